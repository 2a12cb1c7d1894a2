r = range(10)
print(r, range(1, 10, 3), range(5, 0, -1), list(range(5, 0, -2)), len(range(0, 10, 3)), len(range(10, 0)))
print(r[3], r[-1], r[2:8:2], r[::-1], r[::-3], range(1, 10, 2)[-2:], r.start, r.stop, r.step)
print(5 in r, 10 in r, -1 in r, 3.0 in r, range(0, 10, 2).index(4), range(0, 10, 2).count(3), r.count(3))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(1, 10, 3))), sum(range(101)), list(range(-3, 3)), bool(range(0)), bool(range(1)))
big = range(10**20, 10**20 + 3)
print(big, list(big), 10**20 + 1 in big, big[1], len(big))
s = slice(1, 5, 2)
print(s, slice(3), slice(None, None, -1), s.start, s.stop, s.step, s == slice(1, 5, 2), s.indices(3))
print(slice(None, None, -1).indices(5), slice(-100, 100).indices(10), slice(2, -2, 3).indices(7))
t = 'abcdefgh'
print(t[1:6:2], t[::-1], t[-3:], [1, 2, 3, 4][slice(1, None)])
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: range(1.5))
err(lambda: range(1, 2, 0))
err(lambda: r[10])
err(lambda: range(3).index(5))
err(lambda: [1][::0])
err(lambda: [1]['a':])
err(lambda: hash(slice(1)))
err(lambda: range())

# expect: range(0, 10) range(1, 10, 3) range(5, 0, -1) [5, 3, 1] 4 0
# expect: 3 9 range(2, 8, 2) range(9, -1, -1) range(9, -1, -3) range(7, 11, 2) 0 10 1
# expect: True False False True 2 0 1
# expect: True True True True
# expect: [7, 4, 1] 5050 [-3, -2, -1, 0, 1, 2] False True
# expect: range(100000000000000000000, 100000000000000000003) [100000000000000000000, 100000000000000000001, 100000000000000000002] True 100000000000000000001 3
# expect: slice(1, 5, 2) slice(None, 3, None) slice(None, None, -1) 1 5 2 True (1, 3, 2)
# expect: (4, -1, -1) (0, 10, 1) (2, 5, 3)
# expect: bdf hgfedcba fgh [2, 3, 4]
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: range() arg 3 must not be zero
# expect: IndexError: range object index out of range
# expect: ValueError: 5 is not in range
# expect: ValueError: slice step cannot be zero
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: TypeError: unhashable type: 'slice'
# expect: TypeError: range expected at least 1 argument, got 0
