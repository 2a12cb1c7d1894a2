print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip((1,), [2], 'x')), dict(zip('ab', 'cd')))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, [-1, -2])))
print(list(filter(None, [0, 1, '', 'a', None, 2])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(4))), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), list(Seq()))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(type(enumerate([])), type(zip()), type(map(len, [])), type(filter(None, [])), type(reversed([1])), type(reversed((1,))))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(3))).__name__, type(iter(tick, 1)).__name__)
print(type({}.items().__iter__()).__name__, type(reversed({}.values())).__name__, type(iter(Seq())).__name__)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
e = enumerate('xy')
print(next(e), next(e), next(e, 'done'))
def err(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
err(lambda: list(zip([1], [], strict=True)))
err(lambda: list(zip([1, 2], [3], strict=True)))
err(lambda: list(zip([1], [2], [3, 4], strict=True)))
err(lambda: list(zip([1], [2, 3], strict=True)))
err(lambda: reversed(1))
err(lambda: reversed({1}))
err(lambda: map(len))
err(lambda: enumerate())
err(lambda: enumerate([], 1.5))
err(lambda: filter())
print(list(zip([1, 2], [3, 4], strict=True)), [(i, j) for i, j in enumerate(zip('ab', 'cd'))])
pairs = list(enumerate('abc'))
print(pairs, [p for p in zip('ab', 'cd')])

# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(5, 'a'), (6, 'b')] [(-1, 'a'), (0, 'b')]
# expect: [(1, 'a'), (2, 'b')] [] [(1, 2, 'x')] {'a': 'c', 'b': 'd'}
# expect: ['1', '2'] [11, 22] [1, 2]
# expect: [1, 'a', 2] [1, 3, 5, 7, 9]
# expect: [3, 2, 1] [2, 1] ['c', 'b', 'a'] [3, 2, 1, 0] ['b', 'a']
# expect: [20, 10, 0] [0, 10, 20] [0, 10, 20]
# expect: ['z', 'y', 'x']
# expect: [1, 2, 3]
# expect: <class 'enumerate'> <class 'zip'> <class 'map'> <class 'filter'> <class 'list_reverseiterator'> <class 'reversed'>
# expect: list_iterator tuple_iterator dict_keyiterator set_iterator range_iterator callable_iterator
# expect: dict_itemiterator dict_reversevalueiterator iterator
# expect: 1 [2, 3] []
# expect: (0, 'x') (1, 'y') done
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: TypeError: 'int' object is not reversible
# expect: TypeError: 'set' object is not reversible
# expect: TypeError: map() must have at least two arguments.
# expect: TypeError: enumerate() missing required argument 'iterable'
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: filter expected 2 arguments, got 0
# expect: [(1, 3), (2, 4)] [(0, ('a', 'c')), (1, ('b', 'd'))]
# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [('a', 'c'), ('b', 'd')]
