# itertools: every iterator that holds references is seen by the cycle
# collector (a cycle through it is freed), a long tee buffer is freed without
# deep recursion, and re-entering a tee or a groupby behaves as in CPython.
import gc
import itertools as it

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

makers = [
    ("chain", lambda l: it.chain(l)), ("cycle", lambda l: it.cycle(l)), ("repeat", lambda l: it.repeat(l)),
    ("islice", lambda l: it.islice(l, 3)), ("accumulate", lambda l: it.accumulate(l)),
    ("compress", lambda l: it.compress(l, l)), ("dropwhile", lambda l: it.dropwhile(None, l)),
    ("takewhile", lambda l: it.takewhile(None, l)), ("filterfalse", lambda l: it.filterfalse(None, l)),
    ("starmap", lambda l: it.starmap(None, l)), ("pairwise", lambda l: it.pairwise(l)),
    ("zip_longest", lambda l: it.zip_longest(l, fillvalue=l)), ("product", lambda l: it.product([l])),
    ("combinations", lambda l: it.combinations([l], 1)), ("permutations", lambda l: it.permutations([l])),
    ("cwr", lambda l: it.combinations_with_replacement([l], 1)), ("tee", lambda l: it.tee(l)[0]),
    ("groupby", lambda l: it.groupby(l, l.append)), ("count", lambda l: it.count(0, 1.0)),
]
gc.collect()
for name, make in makers:
    l = [Node(name)]
    x = make(l)
    l.append(x)
    del x, l
    gc.collect()

# An iterator that has produced results keeps them alive only as CPython does.
p = it.product([Node("in pool")], [1, 2])
first = next(p)
del p
print("product dropped")
del first

# A million buffered tee items are freed link by link.
a, b = it.tee(range(1000000))
for _ in a:
    pass
del a
print(next(b), sum(1 for _ in b))

def gen():
    yield 1
    yield next(t)
t, = it.tee(gen(), 1)
print(next(t))
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError:", e)

# tee of a tee shares its buffer; copies made with __copy__ are independent.
x = it.tee([1, 2, 3])
print([list(y) for y in it.tee(x[0], 3)], list(x[1]))
c1 = it.tee('abc')[0]
next(c1)
c2 = c1.__copy__()
print(list(c1), list(c2), type(c2).__name__)

# groupby: advancing the outer iterator ends the previous group.
g = it.groupby([1, 1, 2, 2, 3])
_, a1 = next(g)
_, a2 = next(g)
print(list(a1), list(a2), [k for k, _ in g])
g = it.groupby('aabbc')
k, grp = next(g)
print(k, next(grp), [k2 for k2, _ in g], list(grp))

# expect: freed chain
# expect: freed cycle
# expect: freed repeat
# expect: freed islice
# expect: freed accumulate
# expect: freed compress
# expect: freed dropwhile
# expect: freed takewhile
# expect: freed filterfalse
# expect: freed starmap
# expect: freed pairwise
# expect: freed zip_longest
# expect: freed product
# expect: freed combinations
# expect: freed permutations
# expect: freed cwr
# expect: freed tee
# expect: freed groupby
# expect: freed count
# expect: product dropped
# expect: freed in pool
# expect: 0 999999
# expect: 1
# expect: RuntimeError: cannot re-enter the tee iterator
# expect: [[1, 2, 3], [1, 2, 3], [1, 2, 3]] [1, 2, 3]
# expect: ['b', 'c'] ['b', 'c'] _tee
# expect: [] [2, 2] [3]
# expect: a a ['b', 'c'] []
