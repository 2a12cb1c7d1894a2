# copy.deepcopy of itertools and built-in iterators wrapping built-in iterators: the nested __reduce__/__setstate__ (what test_itertools' pickle tests do).
import copy, itertools as it
def take(n, i): return list(it.islice(i, n))
cases = [
  lambda: it.chain(iter([1,2]), iter((3,4)), iter('ab')),
  lambda: it.islice(iter(range(20)), 2, 15, 3),
  lambda: it.zip_longest(iter([1,2,3]), iter('ab')),
  lambda: it.tee(iter([1,2,3,4]))[0],
  lambda: it.cycle(iter('abc')),
  lambda: it.starmap(pow, zip(range(4), range(4))),
  lambda: it.compress(iter('abcdef'), map(bool, [1,0,1,0,1,1])),
  lambda: it.groupby(iter('aabbbc')),
  lambda: enumerate(reversed([1,2,3])),
  lambda: map(str, filter(None, iter([0,1,2,0,3]))),
  lambda: zip(iter({1:1, 2:2}.items()), iter({3,})),
  lambda: it.accumulate(iter(range(2**70, 2**70+5))),
]
for mk in cases:
    for k in range(3):
        o = mk()
        take(k, o)
        c = copy.deepcopy(o)
        a = take(10, c); b = take(10, o)
        if isinstance(a[0] if a else None, tuple) and a and hasattr(a[0][1], '__next__'):
            a = [(x, list(g)) for x, g in a]; b = [(x, list(g)) for x, g in b]
        print(type(o).__name__, k, a, a == b)
# expect: chain 0 [1, 2, 3, 4, 'a', 'b'] True
# expect: chain 1 [2, 3, 4, 'a', 'b'] True
# expect: chain 2 [3, 4, 'a', 'b'] True
# expect: islice 0 [2, 5, 8, 11, 14] True
# expect: islice 1 [5, 8, 11, 14] True
# expect: islice 2 [8, 11, 14] True
# expect: zip_longest 0 [(1, 'a'), (2, 'b'), (3, None)] True
# expect: zip_longest 1 [(2, 'b'), (3, None)] True
# expect: zip_longest 2 [(3, None)] True
# expect: _tee 0 [1, 2, 3, 4] True
# expect: _tee 1 [2, 3, 4] True
# expect: _tee 2 [3, 4] True
# expect: cycle 0 ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a'] True
# expect: cycle 1 ['b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'] True
# expect: cycle 2 ['c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'] True
# expect: starmap 0 [1, 1, 4, 27] True
# expect: starmap 1 [1, 4, 27] True
# expect: starmap 2 [4, 27] True
# expect: compress 0 ['a', 'c', 'e', 'f'] True
# expect: compress 1 ['c', 'e', 'f'] True
# expect: compress 2 ['e', 'f'] True
# expect: groupby 0 [('a', []), ('b', []), ('c', [])] True
# expect: groupby 1 [('b', []), ('c', [])] True
# expect: groupby 2 [('c', [])] True
# expect: enumerate 0 [(0, 3), (1, 2), (2, 1)] True
# expect: enumerate 1 [(1, 2), (2, 1)] True
# expect: enumerate 2 [(2, 1)] True
# expect: map 0 ['1', '2', '3'] True
# expect: map 1 ['2', '3'] True
# expect: map 2 ['3'] True
# expect: zip 0 [((1, 1), 3)] True
# expect: zip 1 [] True
# expect: zip 2 [] True
# expect: accumulate 0 [1180591620717411303424, 2361183241434822606849, 3541774862152233910275, 4722366482869645213702, 5902958103587056517130] True
# expect: accumulate 1 [2361183241434822606849, 3541774862152233910275, 4722366482869645213702, 5902958103587056517130] True
# expect: accumulate 2 [3541774862152233910275, 4722366482869645213702, 5902958103587056517130] True
