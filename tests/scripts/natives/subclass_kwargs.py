# Like CPython's constructors, the iterator types refuse keyword arguments
# for themselves and for subclasses without their own __init__, and let a
# subclass's __init__ take its own keywords.
import itertools as it
import operator

def isEven(x):
    return x % 2 == 0

cases = [(it.repeat, (1, 2)), (zip, ([1, 2], 'ab')), (filter, (None, [0, 1])), (it.filterfalse, (None, [0, 1])),
         (it.chain, ([1, 2], [3, 4])), (map, (str, [1, 2])), (it.starmap, (operator.pow, ((2, 3), (3, 2)))),
         (it.islice, ([1, 2, 3, 4], 1, 3)), (it.takewhile, (isEven, [2, 3, 4])), (it.dropwhile, (isEven, [2, 3, 4])),
         (it.cycle, ([1, 2],)), (it.compress, ('ABC', [1, 0, 1])), (it.pairwise, ('abc',)),
         (it.accumulate, ([1, 2],)), (it.groupby, ('aab',))]
for cls, args in cases:
    class sub(cls):
        pass
    u = sub(*args)
    print(cls.__name__, type(u) is sub, list(it.islice(u, 0, 3)) if cls is not it.groupby else 'groups')
    try:
        sub(*args, newarg=3)
        print('  accepted newarg')
    except TypeError as e:
        print('  TypeError:', e)
for cls, args in cases:
    if cls in (it.repeat, zip, it.compress, it.accumulate, it.groupby):
        continue
    class sub_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = sub_init(*args, newarg=3)
    print(cls.__name__, type(u) is sub_init, u.newarg, list(it.islice(u, 0, 3)))

# expect: repeat True [1, 1]
# expect:   TypeError: repeat() takes at most 2 arguments (3 given)
# expect: zip True [(1, 'a'), (2, 'b')]
# expect:   TypeError: 'newarg' is an invalid keyword argument for zip()
# expect: filter True [1]
# expect:   TypeError: filter() takes no keyword arguments
# expect: filterfalse True [0]
# expect:   TypeError: filterfalse() takes no keyword arguments
# expect: chain True [1, 2, 3]
# expect:   TypeError: chain() takes no keyword arguments
# expect: map True ['1', '2']
# expect:   TypeError: map() takes no keyword arguments
# expect: starmap True [8, 9]
# expect:   TypeError: starmap() takes no keyword arguments
# expect: islice True [2, 3]
# expect:   TypeError: islice() takes no keyword arguments
# expect: takewhile True [2]
# expect:   TypeError: takewhile() takes no keyword arguments
# expect: dropwhile True [3, 4]
# expect:   TypeError: dropwhile() takes no keyword arguments
# expect: cycle True [1, 2, 1]
# expect:   TypeError: cycle() takes no keyword arguments
# expect: compress True ['A', 'C']
# expect:   TypeError: compress() takes at most 2 arguments (3 given)
# expect: pairwise True [('a', 'b'), ('b', 'c')]
# expect:   TypeError: pairwise() takes no keyword arguments
# expect: accumulate True [1, 3]
# expect:   TypeError: 'newarg' is an invalid keyword argument for accumulate()
# expect: groupby True groups
# expect:   TypeError: 'newarg' is an invalid keyword argument for groupby()
# expect: filter True 3 [1]
# expect: filterfalse True 3 [0]
# expect: chain True 3 [1, 2, 3]
# expect: map True 3 ['1', '2']
# expect: starmap True 3 [8, 9]
# expect: islice True 3 [2, 3]
# expect: takewhile True 3 [2]
# expect: dropwhile True 3 [3, 4]
# expect: cycle True 3 [1, 2, 1]
# expect: pairwise True 3 [('a', 'b'), ('b', 'c')]
