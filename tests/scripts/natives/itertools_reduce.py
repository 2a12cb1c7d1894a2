# itertools: __reduce__/__setstate__ (what pickle and copy use in 3.11) rebuild each iterator at any point.
import itertools as it
def roundtrip(o, n=None):
    r = o.__reduce__()
    f, args = r[0], r[1]
    c = f(*args)
    if len(r) > 2 and r[2] is not None:
        c.__setstate__(r[2])
    return c
def check(make, steps):
    for k in range(steps):
        o = make()
        for _ in range(k):
            try: next(o)
            except StopIteration: break
        c = roundtrip(o)
        print(type(o).__name__, k, list(it.islice(c, 12)), list(it.islice(o, 12)))
check(lambda: it.count(3), 3)
check(lambda: it.count(3.5, 2), 3)
check(lambda: it.cycle('abc'), 6)
check(lambda: it.repeat('a', 3), 5)
check(lambda: it.accumulate([1,2,3,4]), 5)
check(lambda: it.accumulate([1,2,3,4], initial=100), 5)
check(lambda: it.accumulate([None, None, 1], lambda a, b: b), 3)
check(lambda: it.chain('ab', 'cd', ''), 6)
check(lambda: it.compress('abcdef', [1,0,1,1,0,1]), 5)
check(lambda: it.dropwhile(lambda x: x < 3, [1,2,3,4,1,2]), 4)
check(lambda: it.takewhile(lambda x: x < 3, [1,2,3,4,1,2]), 4)
check(lambda: it.filterfalse(lambda x: x % 2, range(10)), 4)
check(lambda: it.starmap(pow, [(2,3), (3,2), (2,5)]), 4)
check(lambda: it.islice(range(20), 2, 15, 3), 6)
check(lambda: it.islice(range(20), 5), 6)
check(lambda: it.zip_longest('abc', 'de', fillvalue='?'), 4)
check(lambda: it.product('ab', 'cd', 'e'), 6)
check(lambda: it.product('ab', repeat=3), 9)
check(lambda: it.product('ab', ''), 2)
check(lambda: it.permutations('abcd', 2), 13)
check(lambda: it.permutations('abc'), 7)
check(lambda: it.combinations('abcde', 3), 11)
check(lambda: it.combinations('ab', 3), 2)
check(lambda: it.combinations_with_replacement('abc', 2), 7)
for k in range(4):
    g = it.groupby('aabbbc')
    for _ in range(k): next(g, None)
    r = g.__reduce__()
    c = r[0](*r[1])
    if len(r) > 2: c.__setstate__(r[2])
    print('groupby', k, [(key, list(grp)) for key, grp in c])
def teecheck():
    a, b = it.tee('abcdefgh')
    next(a); next(a)
    c = roundtrip(a)
    print(list(c), list(a), list(b))
teecheck()
a, b = it.tee(range(200))
print(list(it.islice(a, 60))[-3:], next(b), list(it.islice(b, 60))[-2:])
d = a.__reduce__()[2][0].__reduce__()
print(d[0].__name__, len(d[1][1]), type(d[1][2]).__name__)
print(len(it.tee('ab', 5)), [list(x) for x in it.tee('ab', 3)])
t = it.tee('abc', 1)[0]
print(type(t).__name__, list(t), it.tee(t)[0] is t)
print(type(it.tee(iter(it.tee('ab')[0]))[0]).__name__)
g = it.groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, g2.__reduce__()[0] is type(g2), list(g2), g1.__reduce__()[0] is iter, g1.__reduce__()[1])
print([list(v) for k, v in it.groupby([1,1,2,2,3], key=lambda x: x)])
print(it.repeat(3, 5).__length_hint__(), len(list(it.repeat(None, 4))))
print(list(it.zip_longest()), list(it.product()), list(it.product(repeat=0)))
print(list(it.permutations('', 0)), list(it.permutations('ab', 0)), list(it.permutations('ab', 3)))
print(list(it.combinations('', 0)), list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
print(list(it.islice('abc', None)), list(it.islice('abcdef', None, None, 2)), list(it.islice('abc', 1, None)))
import sys
print(list(it.islice('abcdef', 2, sys.maxsize)))

# expect: count 0 [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
# expect: count 1 [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
# expect: count 2 [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
# expect: count 0 [3.5, 5.5, 7.5, 9.5, 11.5, 13.5, 15.5, 17.5, 19.5, 21.5, 23.5, 25.5] [3.5, 5.5, 7.5, 9.5, 11.5, 13.5, 15.5, 17.5, 19.5, 21.5, 23.5, 25.5]
# expect: count 1 [5.5, 7.5, 9.5, 11.5, 13.5, 15.5, 17.5, 19.5, 21.5, 23.5, 25.5, 27.5] [5.5, 7.5, 9.5, 11.5, 13.5, 15.5, 17.5, 19.5, 21.5, 23.5, 25.5, 27.5]
# expect: count 2 [7.5, 9.5, 11.5, 13.5, 15.5, 17.5, 19.5, 21.5, 23.5, 25.5, 27.5, 29.5] [7.5, 9.5, 11.5, 13.5, 15.5, 17.5, 19.5, 21.5, 23.5, 25.5, 27.5, 29.5]
# expect: cycle 0 ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'] ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']
# expect: cycle 1 ['b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a'] ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']
# expect: cycle 2 ['c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'] ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']
# expect: cycle 3 ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'] ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']
# expect: cycle 4 ['b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a'] ['b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a']
# expect: cycle 5 ['c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'] ['c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b']
# expect: repeat 0 ['a', 'a', 'a'] ['a', 'a', 'a']
# expect: repeat 1 ['a', 'a'] ['a', 'a']
# expect: repeat 2 ['a'] ['a']
# expect: repeat 3 [] []
# expect: repeat 4 [] []
# expect: accumulate 0 [1, 3, 6, 10] []
# expect: accumulate 1 [3, 6, 10] []
# expect: accumulate 2 [6, 10] []
# expect: accumulate 3 [10] []
# expect: accumulate 4 [] []
# expect: accumulate 0 [100, 101, 103, 106, 110] [100]
# expect: accumulate 1 [101, 103, 106, 110] []
# expect: accumulate 2 [103, 106, 110] []
# expect: accumulate 3 [106, 110] []
# expect: accumulate 4 [110] []
# expect: accumulate 0 [None, None, 1] []
# expect: accumulate 1 [None, 1] []
# expect: accumulate 2 [1] []
# expect: chain 0 ['a', 'b', 'c', 'd'] []
# expect: chain 1 ['b', 'c', 'd'] []
# expect: chain 2 ['c', 'd'] []
# expect: chain 3 ['d'] []
# expect: chain 4 [] []
# expect: chain 5 [] []
# expect: compress 0 ['a', 'c', 'd', 'f'] []
# expect: compress 1 ['c', 'd', 'f'] []
# expect: compress 2 ['d', 'f'] []
# expect: compress 3 ['f'] []
# expect: compress 4 [] []
# expect: dropwhile 0 [3, 4, 1, 2] []
# expect: dropwhile 1 [4, 1, 2] []
# expect: dropwhile 2 [1, 2] []
# expect: dropwhile 3 [2] []
# expect: takewhile 0 [1, 2] []
# expect: takewhile 1 [2] []
# expect: takewhile 2 [] []
# expect: takewhile 3 [] []
# expect: filterfalse 0 [0, 2, 4, 6, 8] []
# expect: filterfalse 1 [2, 4, 6, 8] []
# expect: filterfalse 2 [4, 6, 8] []
# expect: filterfalse 3 [6, 8] []
# expect: starmap 0 [8, 9, 32] []
# expect: starmap 1 [9, 32] []
# expect: starmap 2 [32] []
# expect: starmap 3 [] []
# expect: islice 0 [2, 5, 8, 11, 14] [17]
# expect: islice 1 [5, 8, 11, 14] [17]
# expect: islice 2 [8, 11, 14] [17]
# expect: islice 3 [11, 14] [17]
# expect: islice 4 [14] [17]
# expect: islice 5 [] []
# expect: islice 0 [0, 1, 2, 3, 4] [5, 6, 7, 8, 9]
# expect: islice 1 [1, 2, 3, 4] [5, 6, 7, 8]
# expect: islice 2 [2, 3, 4] [5, 6, 7]
# expect: islice 3 [3, 4] [5, 6]
# expect: islice 4 [4] [5]
# expect: islice 5 [] []
# expect: zip_longest 0 [('a', 'd'), ('b', 'e'), ('c', '?')] []
# expect: zip_longest 1 [('b', 'e'), ('c', '?')] []
# expect: zip_longest 2 [('c', '?')] []
# expect: zip_longest 3 [] []
# expect: product 0 [('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'e'), ('b', 'd', 'e')] [('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'e'), ('b', 'd', 'e')]
# expect: product 1 [('a', 'd', 'e'), ('b', 'c', 'e'), ('b', 'd', 'e')] [('a', 'd', 'e'), ('b', 'c', 'e'), ('b', 'd', 'e')]
# expect: product 2 [('b', 'c', 'e'), ('b', 'd', 'e')] [('b', 'c', 'e'), ('b', 'd', 'e')]
# expect: product 3 [('b', 'd', 'e')] [('b', 'd', 'e')]
# expect: product 4 [] []
# expect: product 5 [] []
# expect: product 0 [('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'a'), ('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')] [('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'a'), ('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 1 [('a', 'a', 'b'), ('a', 'b', 'a'), ('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')] [('a', 'a', 'b'), ('a', 'b', 'a'), ('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 2 [('a', 'b', 'a'), ('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')] [('a', 'b', 'a'), ('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 3 [('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')] [('a', 'b', 'b'), ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 4 [('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')] [('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 5 [('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')] [('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 6 [('b', 'b', 'a'), ('b', 'b', 'b')] [('b', 'b', 'a'), ('b', 'b', 'b')]
# expect: product 7 [('b', 'b', 'b')] [('b', 'b', 'b')]
# expect: product 8 [] []
# expect: product 0 [] []
# expect: product 1 [] []
# expect: permutations 0 [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 1 [('a', 'c'), ('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('a', 'c'), ('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 2 [('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 3 [('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 4 [('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 5 [('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 6 [('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 7 [('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 8 [('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')] [('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 9 [('d', 'a'), ('d', 'b'), ('d', 'c')] [('d', 'a'), ('d', 'b'), ('d', 'c')]
# expect: permutations 10 [('d', 'b'), ('d', 'c')] [('d', 'b'), ('d', 'c')]
# expect: permutations 11 [('d', 'c')] [('d', 'c')]
# expect: permutations 12 [] []
# expect: permutations 0 [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')] [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: permutations 1 [('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')] [('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: permutations 2 [('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')] [('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: permutations 3 [('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')] [('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: permutations 4 [('c', 'a', 'b'), ('c', 'b', 'a')] [('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: permutations 5 [('c', 'b', 'a')] [('c', 'b', 'a')]
# expect: permutations 6 [] []
# expect: combinations 0 [('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 1 [('a', 'b', 'd'), ('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('a', 'b', 'd'), ('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 2 [('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 3 [('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 4 [('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 5 [('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 6 [('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 7 [('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')] [('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 8 [('b', 'd', 'e'), ('c', 'd', 'e')] [('b', 'd', 'e'), ('c', 'd', 'e')]
# expect: combinations 9 [('c', 'd', 'e')] [('c', 'd', 'e')]
# expect: combinations 10 [] []
# expect: combinations 0 [] []
# expect: combinations 1 [] []
# expect: combinations_with_replacement 0 [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: combinations_with_replacement 1 [('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: combinations_with_replacement 2 [('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: combinations_with_replacement 3 [('b', 'b'), ('b', 'c'), ('c', 'c')] [('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: combinations_with_replacement 4 [('b', 'c'), ('c', 'c')] [('b', 'c'), ('c', 'c')]
# expect: combinations_with_replacement 5 [('c', 'c')] [('c', 'c')]
# expect: combinations_with_replacement 6 [] []
# expect: groupby 0 [('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])]
# expect: groupby 1 [('b', ['b', 'b', 'b']), ('c', ['c'])]
# expect: groupby 2 [('c', ['c'])]
# expect: groupby 3 []
# expect: ['c', 'd', 'e', 'f', 'g', 'h'] ['c', 'd', 'e', 'f', 'g', 'h'] ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
# expect: [57, 58, 59] 0 [59, 60]
# expect: _tee_dataobject 4 NoneType
# expect: 5 [['a', 'b'], ['a', 'b'], ['a', 'b']]
# expect: _tee ['a', 'b', 'c'] True
# expect: _tee
# expect: a [] b True ['b', 'b'] True ((),)
# expect: [[1, 1], [2, 2], [3]]
# expect: 5 4
# expect: [] [()] [()]
# expect: [()] [()] []
# expect: [()] [()] []
# expect: ['a', 'b', 'c'] ['a', 'c', 'e'] ['b', 'c']
# expect: ['c', 'd', 'e', 'f']
