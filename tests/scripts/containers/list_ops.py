# list operations, slicing, slice assignment, sorting
a = [3, 1, 2]
a.append(4)
a.extend((5, 6))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(99)
print(a, a.index(2), a.count(1), len(a))
print(a[1:3], a[::2], a[::-1], a[-2:], a[:-2], a[5:1:-2], a[100:], a[-100:2])
b = list(range(10))
b[2:5] = ['x']
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[::3] = 'abcd'
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
b[:] = []
print(b)
c = [1, 2, 3]
c += (4, 5)
c *= 2
print(c, [0] * 3, 2 * [1, 2], [] * 5, [1] * -1)
print([1, 2] + [3], [1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 5], [1, 2] <= [1, 2, 0])
s = [5, 2, 8, 1, 9, 3]
s.sort()
print(s)
s.sort(reverse=True)
print(s)
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'Elder']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
r = [1, 2, 3]
r.reverse()
print(r, r.copy(), list(reversed(r)))
r.clear()
print(r)
l = [1, 2, 3]
l.append(l)
print(l)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].remove(2))
err(lambda: [1, 2].index(5))
err(lambda: [1][3])
err(lambda: [1]['a'])
def f(): x = [1]; x[5] = 2
err(f)
def g(): x = [1, 2, 3]; x[::2] = [1, 2, 3]
err(g)
err(lambda: [1] + (1,))
err(lambda: [1] * 'a')
err(lambda: hash([]))
err(lambda: [3, 'a', 1].sort())
def h():
    x = [3, 2, 1]
    x.sort(key=lambda v: x.append(v))
err(h)
def k():
    x = [3, 2, 1, 5, 4]
    try:
        x.sort(key=lambda v: 1 / (v - 4))
    finally:
        print(sorted(x))
err(k)
print(list('abc'), list((1, 2)), list({'a': 1}), list(range(3)))
class L(list):
    pass
m = L([1, 2])
m.append(3)
print(m, type(m).__name__, len(m), m == [1, 2, 3])
print([1, 2, 3].__len__(), [1, [2, [3]]], 2 in [1, 2], 5 not in [1, 2])

# expect: [0, 3, 1, 2, 4, 5, 99, 6, 7]
# expect: 7 0 [3, 1, 2, 4, 5, 99, 6]
# expect: [3, 1, 2, 4, 5, 6] 2 1 6
# expect: [1, 2] [3, 2, 5] [6, 5, 4, 2, 1, 3] [5, 6] [3, 1, 2, 4] [6, 4] [] [3, 1]
# expect: [0, 1, 'x', 5, 6, 7, 8, 9]
# expect: [0, 10, 20, 30, 1, 'x', 5, 6, 7, 8, 9]
# expect: ['a', 10, 20, 'b', 1, 'x', 'c', 6, 7, 'd', 9]
# expect: [10, 'b', 'x', 6, 'd']
# expect: [10, 6, 'd']
# expect: []
# expect: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5] [0, 0, 0] [1, 2, 1, 2] [] []
# expect: [1, 2, 3] True True True True
# expect: [1, 2, 3, 5, 8, 9]
# expect: [9, 8, 5, 3, 2, 1]
# expect: ['Apple', 'Elder', 'banana', 'cherry', 'date', 'fig'] ['Apple', 'banana', 'cherry', 'date', 'Elder', 'fig'] ['fig', 'date', 'Apple', 'Elder', 'banana', 'cherry'] ['banana', 'cherry', 'Apple', 'Elder', 'date', 'fig']
# expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
# expect: [3, 2, 1] [3, 2, 1] [1, 2, 3]
# expect: []
# expect: [1, 2, 3, [...]]
# expect: IndexError: pop from empty list
# expect: IndexError: pop index out of range
# expect: ValueError: list.remove(x): x not in list
# expect: ValueError: 5 is not in list
# expect: IndexError: list index out of range
# expect: TypeError: list indices must be integers or slices, not str
# expect: IndexError: list assignment index out of range
# expect: ValueError: attempt to assign sequence of size 3 to extended slice of size 2
# expect: TypeError: can only concatenate list (not "tuple") to list
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
# expect: [1, 2, 3, 4, 5]
# expect: ZeroDivisionError: division by zero
# expect: ['a', 'b', 'c'] [1, 2] ['a'] [0, 1, 2]
# expect: [1, 2, 3] L 3 True
# expect: 3 [1, [2, [3]]] True True
