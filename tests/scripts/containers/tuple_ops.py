t = (1, 2, 3)
print(t, (), (1,), t[0], t[-1], t[1:], t[::-1], t[::2], t + (4,), t * 2, 2 * t)
print(len(t), 2 in t, t.count(2), t.index(3), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1, 2, 3) > (1, 2), (1, 'a') != (1, 'b'))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(('a', 1)) == hash(('a', 1)))
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: t[5])
err(lambda: t.index(7))
err(lambda: t + [1])
err(lambda: hash(([],)))
err(lambda: t['x'])
print(((1, 2), [3]), repr((None, 'x', 1.5)))
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, p[0], len(p))

# expect: (1, 2, 3) () (1,) 1 3 (2, 3) (3, 2, 1) (1, 3) (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) (1, 2, 3, 1, 2, 3)
# expect: 3 True 1 2 (1, 2) ('a', 'b') (0, 1, 2)
# expect: True True True True
# expect: -3550055125485641917 5740354900026072187 7267574591690527098 True
# expect: 1 2 [3, 4]
# expect: IndexError: tuple index out of range
# expect: ValueError: tuple.index(x): x not in tuple
# expect: TypeError: can only concatenate tuple (not "list") to tuple
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: tuple indices must be integers or slices, not str
# expect: ((1, 2), [3]) (None, 'x', 1.5)
# expect: (1, 2) P 1 2
