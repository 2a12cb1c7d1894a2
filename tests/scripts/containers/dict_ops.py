d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' in d)
del d['b']
d['b'] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop('a'), d.pop('zz', None), d.setdefault('e', 5), d.setdefault('c', 9), d)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print({1: 2} | {3: 4}, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
e = {1: 'a'}
e |= {2: 'b'}
e |= [(3, 'c')]
print(e, list(reversed(e)), list(reversed(e.items())))
k = {'a': 1, 'b': 2, 'c': 3}.keys()
print(sorted(k & {'a', 'c'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k == {'a', 'b', 'c'}, 'b' in k)
print({1: 2}.items() | {(3, 4)}, (1, 2) in {1: 2}.items(), {1: 2}.keys().isdisjoint([3]))
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
c = d.copy()
c.clear()
print(c, d == c)
r = {}
r['self'] = r
print(r)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: {}['k'])
err(lambda: {}.pop('k'))
err(lambda: {}.popitem())
err(lambda: dict([1]))
err(lambda: dict([[1]]))
err(lambda: {[]: 1})
err(lambda: hash({}))
def mut():
    m = {1: 1, 2: 2}
    for x in m:
        m[x + 10] = 0
err(mut)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd['a'], dd['zz'], dd, type(dd).__name__)
from_pairs = dict(zip('abc', range(3)))
print(from_pairs, {k: v for k, v in from_pairs.items() if v})

# expect: {'a': 1, 'b': 2, 'c': 3} 3 1 None 0 True False
# expect: {'a': 1, 'c': 3, 'b': 4} ['a', 'c', 'b'] ['a', 'c', 'b'] [1, 3, 4] [('a', 1), ('c', 3), ('b', 4)]
# expect: dict_keys(['a', 'c', 'b']) dict_values([1, 3, 4]) dict_items([('a', 1), ('c', 3), ('b', 4)])
# expect: 1 None 5 3 {'c': 3, 'b': 4, 'e': 5}
# expect: ('e', 5) {'c': 3, 'b': 4}
# expect: {'c': 3, 'b': 4, 'x': 1, 'y': 2, 'z': 3}
# expect: {'a': 1, 'b': 2} {1: 2, 3: 4} {'k': 'v', 'k2': 'v2'} {'a': None, 'b': None} {1: 0, 2: 0}
# expect: {1: 2, 3: 4} True True True
# expect: {1: 'a', 2: 'b', 3: 'c'} [3, 2, 1] [(3, 'c'), (2, 'b'), (1, 'a')]
# expect: ['a', 'c'] ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q'] True True
# expect: {(1, 2), (3, 4)} True True
# expect: 666 [1, 2, 4, 5, 7] 221555889
# expect: {} False
# expect: {'self': {...}}
# expect: KeyError: 'k'
# expect: KeyError: 'k'
# expect: KeyError: 'popitem(): dictionary is empty'
# expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: ValueError: dictionary update sequence element #0 has length 1; 2 is required
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: RuntimeError: dictionary changed size during iteration
# expect: 1 zzzz {'a': 1} D
# expect: {'a': 0, 'b': 1, 'c': 2} {'b': 1, 'c': 2}
