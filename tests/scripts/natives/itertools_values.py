# itertools: the values every iterator yields, and the reprs of count and repeat.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(2.5, 0.5), 3)), list(it.islice(it.count(10, -3), 3)))
print(it.count(5), it.count(5, 2), it.count(1.5), it.count(1, 1.0), it.count(2**64, 2**64), it.count(True))
import sys
c = it.count(sys.maxsize - 1)
print(next(c), next(c), next(c), c)
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
print(list(it.repeat('x', 3)), it.repeat(1, 2), it.repeat([1]), it.repeat(1, -5), list(it.repeat(1, 0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.accumulate([], initial=7)), list(it.accumulate('abc')), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain('ab', 'cd')), list(it.chain.from_iterable(['ab', 'cd'])), list(it.chain()))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 2])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(max, [[1, 5], 'ab'])))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abcdefg', 1, 5, 3)))
print(list(it.islice('abc', None)), list(it.islice('abc', 1, None)), list(it.islice('abc', 2**100 // 2**40)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.zip_longest('abc', 'd', fillvalue='-')))
print(list(it.zip_longest()), list(it.zip_longest('ab')), list(it.zip_longest('a', 'bcd', [1])))
print(list(it.product('ab', range(2))), list(it.product('ab', repeat=2)), list(it.product()), list(it.product('ab', '')))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(12), 5))), len(list(it.product(range(4), repeat=4))))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, list(g)) for k, g in it.groupby(range(10), lambda x: x // 3)])
a, b = it.tee(iter(range(100)))
print(list(it.islice(a, 3)), list(b)[:5], list(a)[:3])
print(it.count.__module__, it.count.__name__, type(it.count()).__name__, it.tee.__name__)

# Subclasses: the repr uses the subclass name; from_iterable builds the subclass.
class C(it.chain): pass
class R(it.repeat): pass
class K(it.count): pass
print(type(C.from_iterable(['ab'])).__name__, list(C('a', 'b')), R(1, 2), K(3), K(1.5, 2))
class Custom(it.islice):
    def __init__(self, *args, tag=None):
        self.tag = tag
s = Custom('abcdef', 1, 4, tag='t')
print(list(s), s.tag)

# expect: [0, 1, 2, 3, 4] [2.5, 3.0, 3.5] [10, 7, 4]
# expect: count(5) count(5, 2) count(1.5) count(1, 1.0) count(18446744073709551616, 18446744073709551616) count(1)
# expect: 9223372036854775806 9223372036854775807 9223372036854775808 count(9223372036854775809)
# expect: ['a', 'b', 'c', 'a', 'b', 'c', 'a'] []
# expect: ['x', 'x', 'x'] repeat(1, 2) repeat([1]) repeat(1, 0) []
# expect: [1, 3, 6, 10] [10, 10, 20, 60]
# expect: [7] ['a', 'ab', 'abc'] [3, 3, 4, 4, 5]
# expect: ['a', 'b', 'c', 'd'] ['a', 'b', 'c', 'd'] []
# expect: ['a', 'c', 'e', 'f'] ['a']
# expect: [3, 4, 1] [1, 2]
# expect: [0, ''] [0, 2, 4, 6]
# expect: [8, 9] [5, 'b']
# expect: ['a', 'b'] ['c', 'e', 'g'] ['b', 'e']
# expect: ['a', 'b', 'c'] ['b', 'c'] ['a', 'b', 'c']
# expect: [('a', 'b'), ('b', 'c'), ('c', 'd')] [] [('a', 'd'), ('b', '-'), ('c', '-')]
# expect: [] [('a',), ('b',)] [('a', 'b', 1), (None, 'c', None), (None, 'd', None)]
# expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [()] []
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] []
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [()] []
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [()]
# expect: 720 792 256
# expect: [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])] [(0, [0, 1, 2]), (1, [3, 4, 5]), (2, [6, 7, 8]), (3, [9])]
# expect: [0, 1, 2] [0, 1, 2, 3, 4] [3, 4, 5]
# expect: itertools count count tee
# expect: C ['a', 'b'] R(1, 2) K(3) K(1.5, 2)
# expect: ['b', 'c', 'd'] t
