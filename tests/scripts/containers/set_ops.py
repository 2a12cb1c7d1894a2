print({3, 1, 2}, set([10, 100, 5, 33, 17]), set(), frozenset(), frozenset({2, 1}), set('a'))
print(set([-1, -2, 8, 16, 0]), set(range(20, 0, -3)), {1000, 1, 999})
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, 9 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 9]))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset([1, 2]), a.isdisjoint({9}), {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, a == {4, 3, 2, 1})
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(c)
c.update([5], (6,))
c.intersection_update(range(6))
print(c)
c.difference_update([3])
c.symmetric_difference_update({7})
print(c)
print(sorted({'b', 'a', 'c'}), frozenset({1, 2}) | {3}, {3} | frozenset({4}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a'})) == hash(frozenset(['a'])))
p = {5, 6, 7}
print(p.pop(), p.pop(), p)
print({frozenset({1})}, {1, 2} == frozenset({1, 2}), set({'k': 1}), set([1, 1, 2]))
print({1, 2, 3} - {2}, {(1, 2), (3, 4)}, set([True, 2.5, 7]))
x = set(range(100))
for i in range(0, 100, 2):
    x.discard(i)
print(len(x), sorted(x)[:5], min(x), max(x))
print(set(i * 7 % 13 for i in range(13)))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {[]})
err(lambda: hash(set()))
err(lambda: {1} | [2])
def mut():
    m = {1, 2}
    for v in m:
        m.add(v + 10)
err(mut)
print({1, 2} in [{2, 1}], frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
class S(set):
    pass
print(S([1, 2]), S(), frozenset([3]))

# expect: {1, 2, 3} {33, 100, 5, 10, 17} set() frozenset() frozenset({1, 2}) {'a'}
# expect: {0, 8, 16, -2, -1} {2, 5, 8, 11, 14, 17, 20} {1000, 1, 999}
# expect: {2, 3, 4} 3 True False
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# expect: {1, 2, 3, 4, 7} {4} {3, 4} {2, 3, 4, 9}
# expect: True True True True True True True
# expect: {3, 10}
# expect: {3, 5}
# expect: {5, 7}
# expect: ['a', 'b', 'c'] frozenset({1, 2, 3}) {3, 4} True
# expect: 133146708735736 -272375401224217160 True
# expect: 5 6 {7}
# expect: {frozenset({1})} True {'k'} {1, 2}
# expect: {1, 3} {(1, 2), (3, 4)} {True, 2.5, 7}
# expect: 50 [1, 3, 5, 7, 9] 1 99
# expect: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
# expect: KeyError: 'pop from an empty set'
# expect: KeyError: 2
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'set'
# expect: TypeError: unsupported operand type(s) for |: 'set' and 'list'
# expect: RuntimeError: Set changed size during iteration
# expect: True True True
# expect: S({1, 2}) S() frozenset({3})
