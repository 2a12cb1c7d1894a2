# Argument-count and keyword errors of the native modules' functions and
# methods name them as CPython 3.11 does ("count.__reduce__() takes no
# arguments (1 given)", "_heapq.heappop() takes no keyword arguments", ...).
import itertools as it
import _collections as collections, _functools as functools, _operator as operator
import _heapq, _string, _stat

calls = [
    lambda: it.count().__reduce__(1), lambda: it.cycle('a').__setstate__(), lambda: it.repeat(1).__length_hint__(2),
    lambda: it.tee('a')[0].__copy__(1), lambda: collections.deque().__reduce__(1),
    lambda: iter(collections.deque()).__length_hint__(1), lambda: functools.partial(len).__reduce__(1),
    lambda: functools.partial(len).__setstate__(), lambda: operator.itemgetter(1).__reduce__(1),
    lambda: collections.defaultdict().__reduce__(1), lambda: it.count().__reduce__(x=1),
    lambda: it.cycle('a').__setstate__(x=1), lambda: it.groupby('a').__setstate__(1, 2),
    lambda: it.takewhile(len, []).__reduce__(1), lambda: it.dropwhile(len, []).__setstate__(),
    lambda: it.product().__setstate__(), lambda: it.permutations('a').__reduce__(5),
    lambda: it.islice('a', 1).__setstate__(1, 2),
    lambda: it.tee([], x=1), lambda: functools.reduce(len, [], x=1), lambda: functools.cmp_to_key(len, x=1),
    lambda: _heapq.heappush([], 1, x=1), lambda: _heapq.heappop([], x=1), lambda: _string.formatter_parser('', x=1),
    lambda: _stat.S_ISDIR(1, x=1), lambda: collections._count_elements({}, [], x=1),
    lambda: operator.length_hint([], x=1), lambda: collections.deque().append(1, x=1),
    lambda: collections.deque().pop(x=1), lambda: collections.deque().rotate(x=1),
    lambda: collections.deque().index(1, x=1), lambda: collections.deque().insert(1, 1, x=1),
    lambda: functools.partial(len).__setstate__(x=1), lambda: collections.defaultdict().__missing__(1, x=1),
    lambda: collections.defaultdict().copy(x=1), lambda: collections.defaultdict().__copy__(1),
    lambda: functools._lru_cache_wrapper(len, 1, 0, tuple).cache_info(x=1),
    lambda: functools._lru_cache_wrapper(len, 1, 0, tuple).cache_clear(1),
    lambda: it.chain.from_iterable([], x=1), lambda: collections.deque().clear(1),
]
for f in calls:
    try:
        f()
        print("no error")
    except TypeError as e:
        print(e)

class Sub(it.count):
    pass
try:
    Sub().__reduce__(1)
except TypeError as e:
    print(e)

# expect: count.__reduce__() takes no arguments (1 given)
# expect: cycle.__setstate__() takes exactly one argument (0 given)
# expect: repeat.__length_hint__() takes no arguments (1 given)
# expect: _tee.__copy__() takes no arguments (1 given)
# expect: deque.__reduce__() takes no arguments (1 given)
# expect: _deque_iterator.__length_hint__() takes no arguments (1 given)
# expect: partial.__reduce__() takes no arguments (1 given)
# expect: partial.__setstate__() takes exactly one argument (0 given)
# expect: itemgetter.__reduce__() takes no arguments (1 given)
# expect: defaultdict.__reduce__() takes no arguments (1 given)
# expect: count.__reduce__() takes no keyword arguments
# expect: cycle.__setstate__() takes no keyword arguments
# expect: groupby.__setstate__() takes exactly one argument (2 given)
# expect: takewhile.__reduce__() takes no arguments (1 given)
# expect: dropwhile.__setstate__() takes exactly one argument (0 given)
# expect: product.__setstate__() takes exactly one argument (0 given)
# expect: permutations.__reduce__() takes no arguments (1 given)
# expect: islice.__setstate__() takes exactly one argument (2 given)
# expect: itertools.tee() takes no keyword arguments
# expect: reduce() takes no keyword arguments
# expect: cmp_to_key() takes at most 1 argument (2 given)
# expect: _heapq.heappush() takes no keyword arguments
# expect: _heapq.heappop() takes no keyword arguments
# expect: _string.formatter_parser() takes no keyword arguments
# expect: _stat.S_ISDIR() takes no keyword arguments
# expect: _collections._count_elements() takes no keyword arguments
# expect: _operator.length_hint() takes no keyword arguments
# expect: deque.append() takes no keyword arguments
# expect: deque.pop() takes no keyword arguments
# expect: deque.rotate() takes no keyword arguments
# expect: deque.index() takes no keyword arguments
# expect: deque.insert() takes no keyword arguments
# expect: partial.__setstate__() takes no keyword arguments
# expect: defaultdict.__missing__() takes no keyword arguments
# expect: defaultdict.copy() takes no keyword arguments
# expect: defaultdict.__copy__() takes no arguments (1 given)
# expect: _lru_cache_wrapper.cache_info() takes no keyword arguments
# expect: _lru_cache_wrapper.cache_clear() takes no arguments (1 given)
# expect: chain.from_iterable() takes no keyword arguments
# expect: deque.clear() takes no arguments (1 given)
# expect: count.__reduce__() takes no arguments (1 given)
