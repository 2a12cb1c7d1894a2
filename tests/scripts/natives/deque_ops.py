# collections.deque (_collections): methods, maxlen, rotation, indexing,
# operators, comparisons, copies, repr (recursive too), iterators and the
# "deque mutated during iteration" checks, with CPython's messages.
from _collections import deque

def noaddr(s):
    while " at 0x" in s:
        i = s.index(" at 0x")
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + s[j:]
    return s

d = deque([1,2])
for f in [lambda: d.append(), lambda: d.pop(1), lambda: d.index(), lambda: d.index(1,'a'), lambda: d.insert(1), lambda: d.insert('a', 1), lambda: d.rotate(1,2), lambda: d.rotate(2**80), lambda: d.count(), lambda: d.append(x=1), lambda: d.rotate(n=1), lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d.__setitem__(5, 1), lambda: d.__delitem__(-5), lambda: d.index(1, 0, 'a'), lambda: d.index(3, -100, 100), lambda: d + [1], lambda: d * 'a', lambda: d < [1], lambda: d.__iadd__(1), lambda: deque([1],2).insert(0, 2), lambda: deque([1],1).insert(0, 2), lambda: hash(d), lambda: d.__reversed__(1), lambda: type(iter(d))(1), lambda: type(iter(d))(d, 'a'), lambda: d.extend(1), lambda: d.maxlen, lambda: setattr(d, 'maxlen', 2), lambda: d[True], lambda: d[2**80], lambda: d['a'], lambda: d[1:], lambda: deque([], 'a'), lambda: deque([], -1), lambda: deque(1,2,3), lambda: deque(foo=1)]:
  try: print(noaddr(repr(f())))
  except Exception as e: print(type(e).__name__+':', e)
class D(deque): pass
print(D().__reduce__()[:3])
x = D([1]); x.a = 5; print(x.__reduce__()[:3])
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-13); print(d); d.rotate(10**10+1); print(d)
d = deque([1,2,3]); d *= 3; print(d); d = deque([1,2,3], 5); d *= 3; print(d); print(deque([1,2],3)*2, 2*deque([1]), deque([1]) * -1)
print(deque([1]) == deque([1]), deque([1]) < deque([1,2]), deque([2]) > deque([1,5]), deque([1]) == [1], deque([1,2]) != deque([1]))
d = deque([1,2,3,4]); del d[1]; print(d); d.insert(-1, 9); print(d); d.insert(100, 7); d.insert(-100, 0); print(d); d.remove(9); print(d)
print(d.index(3), d.index(3, -3), d.count(3), 3 in d, 9 in d, len(d), bool(deque()), d[-1], d[0])
d.reverse(); print(d, list(reversed(d)))
d = deque([1,2,3],2); print(d.__copy__(), d.copy().maxlen, d.__reduce__()[1])
d = deque([1,2,3]); d.extendleft('ab'); print(d); d.extend(d); print(d); d.extendleft(d); print(d)
d = deque(maxlen=2); d.extend(range(10)); print(d); d.extendleft(range(10)); print(d); d.appendleft(5); print(d)
d = deque(maxlen=0); d.append(1); d.extend([1,2]); print(d)
d = deque([1,2,3]); d.__init__([4,5]); print(d); d.__init__(maxlen=1); print(d)
d = deque([1,2,3]); d += 'ab'; print(d)
for name, f in [('rotate', lambda d: d.rotate(1)), ('reverse', lambda d: d.reverse()), ('setitem', lambda d: d.__setitem__(0, 9)), ('clear', lambda d: d.clear()), ('iadd', lambda d: d.__iadd__([])), ('imul1', lambda d: d.__imul__(1)), ('extend0', lambda d: d.extend([])), ('rotate0', lambda d: d.rotate(0)), ('delitem', lambda d: d.__delitem__(1)),('remove', lambda d: d.remove(2)), ('insert', lambda d: d.insert(1, 5)), ('copy', lambda d: d.copy()), ('maxlen append', None)]:
    d = deque([1,2,3])
    it = iter(d); next(it)
    if f is None:
        d = deque([1,2,3], 3); it = iter(d); next(it); d.append(4)
    else: f(d)
    try: print(name, next(it), it.__length_hint__())
    except Exception as e: print(name, type(e).__name__, e, it.__length_hint__())
d = deque([1,2,3]); it = reversed(d); next(it); d.append(1)
try: next(it)
except Exception as e: print(e)
print(it.__length_hint__(), noaddr(repr(it.__reduce__())))
d = deque([1,2,3]); it = iter(d); next(it); print(it.__reduce__()[1], type(it).__name__)
print(list(type(it)(d, 1)), list(type(reversed(d))(d, 1)))
d=deque(); d.append(d); print(d, repr(deque([deque([1])])))
print(deque('abc', 2), deque(maxlen=0))
class S(deque): pass
print(S('ab'), S('ab', 5), repr(S('ab').copy()), type(S().__copy__()))
# mutation during comparison
class Evil:
    def __eq__(self, other):
        d.clear(); return False
d = deque([Evil(), 1, 2])
for f in (lambda: d.count(1), lambda: d.index(1), lambda: d.remove(1), lambda: 1 in d):
    d = deque([Evil(), 1, 2])
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
big = deque(range(1000))
for i in range(500): big.rotate(7); big.popleft(); big.append(i)
print(sum(big), big[0], big[-1], len(big))
for i in range(990): big.pop()
print(big)
# Pickle-style round trip through __reduce__.
d = deque('abc', 5)
cls, args, state, items = d.__reduce__()
e = cls(*args)
e.extend(items)
print(e, e == d, e is d)
# A big deque used as a queue and as a stack.
q = deque()
for i in range(100000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], q[len(q) // 2])
while len(q) > 5:
    q.pop()
print(q, q.maxlen)
# Nested deques free without deep recursion.
n = deque()
for i in range(100000):
    n = deque([n])
del n
print("nested freed")

# expect: TypeError: deque.append() takes exactly one argument (0 given)
# expect: TypeError: deque.pop() takes no arguments (1 given)
# expect: TypeError: index() takes at least 1 argument (0 given)
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: TypeError: insert() takes exactly 2 arguments (1 given)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: deque.rotate expected at most 1 argument, got 2
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: deque.count() takes exactly one argument (0 given)
# expect: TypeError: deque.append() takes no keyword arguments
# expect: TypeError: deque.rotate() takes no keyword arguments
# expect: IndexError: pop from an empty deque
# expect: IndexError: pop from an empty deque
# expect: IndexError: deque index out of range
# expect: IndexError: deque index out of range
# expect: IndexError: deque index out of range
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: ValueError: 3 is not in deque
# expect: TypeError: can only concatenate deque (not "list") to deque
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: '<' not supported between instances of 'collections.deque' and 'list'
# expect: TypeError: 'int' object is not iterable
# expect: None
# expect: IndexError: deque already at its maximum size
# expect: TypeError: unhashable type: 'collections.deque'
# expect: TypeError: deque.__reversed__() takes no arguments (1 given)
# expect: TypeError: argument 1 must be collections.deque, not int
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'int' object is not iterable
# expect: None
# expect: AttributeError: attribute 'maxlen' of 'collections.deque' objects is not writable
# expect: 2
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: TypeError: sequence index must be integer, not 'str'
# expect: TypeError: sequence index must be integer, not 'slice'
# expect: TypeError: an integer is required
# expect: ValueError: maxlen must be non-negative
# expect: TypeError: deque() takes at most 2 arguments (3 given)
# expect: TypeError: 'foo' is an invalid keyword argument for deque()
# expect: (<class '__main__.D'>, (), None)
# expect: (<class '__main__.D'>, (), {'a': 5})
# expect: deque([7, 8, 9, 0, 1, 2, 3, 4, 5, 6])
# expect: deque([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: deque([9, 0, 1, 2, 3, 4, 5, 6, 7, 8])
# expect: deque([1, 2, 3, 1, 2, 3, 1, 2, 3])
# expect: deque([2, 3, 1, 2, 3], maxlen=5)
# expect: deque([2, 1, 2], maxlen=3) deque([1, 1]) deque([])
# expect: True True True False True
# expect: deque([1, 3, 4])
# expect: deque([1, 3, 9, 4])
# expect: deque([0, 1, 3, 9, 4, 7])
# expect: deque([0, 1, 3, 4, 7])
# expect: 2 2 1 True False 5 False 7 0
# expect: deque([7, 4, 3, 1, 0]) [0, 1, 3, 4, 7]
# expect: deque([2, 3], maxlen=2) 2 ((), 2)
# expect: deque(['b', 'a', 1, 2, 3])
# expect: deque(['b', 'a', 1, 2, 3, 'b', 'a', 1, 2, 3])
# expect: deque([3, 2, 1, 'a', 'b', 3, 2, 1, 'a', 'b', 'b', 'a', 1, 2, 3, 'b', 'a', 1, 2, 3])
# expect: deque([8, 9], maxlen=2)
# expect: deque([9, 8], maxlen=2)
# expect: deque([5, 9], maxlen=2)
# expect: deque([], maxlen=0)
# expect: deque([4, 5])
# expect: deque([], maxlen=1)
# expect: deque([1, 2, 3, 'a', 'b'])
# expect: rotate RuntimeError deque mutated during iteration 0
# expect: reverse 2 1
# expect: setitem 2 1
# expect: clear RuntimeError deque mutated during iteration 0
# expect: iadd 2 1
# expect: imul1 2 1
# expect: extend0 2 1
# expect: rotate0 RuntimeError deque mutated during iteration 0
# expect: delitem RuntimeError deque mutated during iteration 0
# expect: remove RuntimeError deque mutated during iteration 0
# expect: insert RuntimeError deque mutated during iteration 0
# expect: copy 2 1
# expect: maxlen append RuntimeError deque mutated during iteration 0
# expect: deque mutated during iteration
# expect: 0 (<class '_collections._deque_reverse_iterator'>, (deque([1, 2, 3, 1]), 4))
# expect: (deque([1, 2, 3]), 1) _deque_iterator
# expect: [2, 3] [2, 1]
# expect: deque([[...]]) deque([deque([1])])
# expect: deque(['b', 'c'], maxlen=2) deque([], maxlen=0)
# expect: S(['a', 'b']) S(['a', 'b'], maxlen=5) S(['a', 'b']) <class '__main__.S'>
# expect: RuntimeError deque mutated during iteration
# expect: RuntimeError deque mutated during iteration
# expect: IndexError deque mutated during iteration
# expect: RuntimeError deque mutated during iteration
# expect: 374250 0 499 1000
# expect: deque([0, 332, 2, 165, 4, 498, 6, 331, 8, 164])
# expect: deque(['a', 'b', 'c'], maxlen=5) True False
# expect: 66666 33334 99999 66667
# expect: deque([33334, 33335, 33336, 33337, 33338]) None
# expect: nested freed
