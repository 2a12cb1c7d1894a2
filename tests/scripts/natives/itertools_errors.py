# itertools: CPython's TypeErrors and ValueErrors, word for word.
import itertools as it

def noaddr(s):
    # "<x object at 0x7f...>" -> "<x object>"
    while " at 0x" in s:
        i = s.index(" at 0x")
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + s[j:]
    return s

def show(f):
    try: print(noaddr(repr(f())))
    except Exception as e: print(type(e).__name__ + ":", e)
show(lambda: it.count('a'))
show(lambda: it.count(1, 'a'))
show(lambda: it.count(1, 2, 3))
show(lambda: it.count(x=1))
show(lambda: it.count(start=3, step=2))
show(lambda: it.count(1.0))
show(lambda: it.count(0, 1.0))
show(lambda: it.count(2**70))
show(lambda: it.count(3).__reduce__())
show(lambda: it.count(3, 2).__reduce__())
show(lambda: it.count(3, 1.0).__reduce__())
show(lambda: it.cycle())
show(lambda: it.cycle(1))
show(lambda: it.cycle([1], 2))
show(lambda: it.cycle([1],x=2))
show(lambda: it.repeat())
show(lambda: it.repeat(1, 'a'))
show(lambda: it.repeat(1, -3))
show(lambda: it.repeat(1, times=-3).__length_hint__())
show(lambda: it.repeat(1))
show(lambda: it.repeat(1).__length_hint__())
show(lambda: it.repeat(1, 3).__reduce__())
show(lambda: it.repeat(1).__reduce__())
show(lambda: it.accumulate())
show(lambda: it.accumulate([1], 2, 3))
show(lambda: it.accumulate([1], initial=3))
show(lambda: it.accumulate([1], initial=3).__reduce__())
show(lambda: it.chain(1))
show(lambda: next(it.chain(1)))
show(lambda: it.chain(a=1))
show(lambda: it.chain.from_iterable())
show(lambda: it.compress())
show(lambda: it.compress([1]))
show(lambda: it.dropwhile())
show(lambda: it.filterfalse(None))
show(lambda: it.groupby())
show(lambda: it.islice())
show(lambda: it.islice([1]))
show(lambda: it.islice([1], -1))
show(lambda: it.islice([1], 'a'))
show(lambda: it.islice([1], 1, -1))
show(lambda: it.islice([1], 1, 2, 0))
show(lambda: it.islice([1], 1, 2, -1))
show(lambda: it.islice([1], 1, 2, 3, 4))
show(lambda: it.islice([1], None))
show(lambda: it.islice([1], 1, 'a'))
show(lambda: it.islice([1], 1, None, 'a'))
show(lambda: it.islice([1], x=1))
show(lambda: it.pairwise())
show(lambda: it.pairwise(1))
show(lambda: it.pairwise([1], x=1))
show(lambda: it.starmap())
show(lambda: next(it.starmap(print, [1])))
show(lambda: it.takewhile(1))
show(lambda: it.tee())
show(lambda: it.tee([1], -1))
show(lambda: it.tee([1], 'a'))
show(lambda: it.tee([1], 0))
show(lambda: it.zip_longest(x=1))
show(lambda: it.zip_longest(1))
show(lambda: it.product(1))
show(lambda: it.product([1], repeat=-1))
show(lambda: it.product([1], x=1))
show(lambda: it.permutations())
show(lambda: it.permutations([1], -1))
show(lambda: it.permutations([1], 'a'))
show(lambda: it.combinations([1]))
show(lambda: it.combinations([1], -1))
show(lambda: it.combinations_with_replacement([1], -1))
show(lambda: it.combinations_with_replacement([1]))
show(lambda: it.islice([1], 2**100))
show(lambda: it.islice([1], -2))
show(lambda: it.islice([1], 'a', 2))
show(lambda: it.islice([1], 0, 2, 2**100))
show(lambda: it.groupby(1, 2, 3))
show(lambda: it.groupby([], key=1, x=2))
show(lambda: it.combinations(1, 2, 3))
show(lambda: it.count(start=1, x=2))
show(lambda: it.count(1, start=2))
show(lambda: it.repeat(1, times=2, object=3))
show(lambda: it.repeat(1, 2**70))
show(lambda: it.accumulate(x=1))
show(lambda: it.product([1], repeat=1, x=2))
show(lambda: it.permutations([1], 2**70))
show(lambda: it.cycle('a').__setstate__(1))
show(lambda: it.cycle('a').__setstate__((1, 2)))
show(lambda: it.chain('a').__setstate__((1,)))
show(lambda: it.chain('a').__setstate__(1))
show(lambda: it.islice('a', 1).__setstate__('a'))
show(lambda: it.permutations('abc', 2).__setstate__(1))
show(lambda: it.permutations('abc', 2).__setstate__((1, 2)))
show(lambda: it.product('ab').__setstate__((1, 2)))
show(lambda: it.combinations('ab', 1).__setstate__(()))
show(lambda: it.tee('a')[0].__setstate__(1))
show(lambda: it.tee('a')[0].__setstate__((1, 2)))
show(lambda: it._grouper(1, 2))
show(lambda: next(it.starmap(pow, [1])))
show(lambda: list(it.pairwise(1)))
show(lambda: it.repeat(1).__length_hint__())
show(lambda: it.tee('abc', 2**70))
show(lambda: type('X', (it.tee('a')[0].__class__,), {}))

# expect: TypeError: a number is required
# expect: TypeError: a number is required
# expect: TypeError: count() takes at most 2 arguments (3 given)
# expect: TypeError: 'x' is an invalid keyword argument for count()
# expect: count(3, 2)
# expect: count(1.0)
# expect: count(0, 1.0)
# expect: count(1180591620717411303424)
# expect: (<class 'itertools.count'>, (3,))
# expect: (<class 'itertools.count'>, (3, 2))
# expect: (<class 'itertools.count'>, (3, 1.0))
# expect: TypeError: cycle expected 1 argument, got 0
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: cycle expected 1 argument, got 2
# expect: TypeError: cycle() takes no keyword arguments
# expect: TypeError: repeat() missing required argument 'object' (pos 1)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: repeat(1, 0)
# expect: 0
# expect: repeat(1)
# expect: TypeError: len() of unsized object
# expect: (<class 'itertools.repeat'>, (1, 3))
# expect: (<class 'itertools.repeat'>, (1,))
# expect: TypeError: accumulate() missing required argument 'iterable' (pos 1)
# expect: TypeError: accumulate() takes at most 2 positional arguments (3 given)
# expect: <itertools.accumulate object>
# expect: (<class 'itertools.accumulate'>, (<itertools.chain object>, None), None)
# expect: <itertools.chain object>
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: chain() takes no keyword arguments
# expect: TypeError: chain.from_iterable() takes exactly one argument (0 given)
# expect: TypeError: compress() missing required argument 'data' (pos 1)
# expect: TypeError: compress() missing required argument 'selectors' (pos 2)
# expect: TypeError: dropwhile expected 2 arguments, got 0
# expect: TypeError: filterfalse expected 2 arguments, got 1
# expect: TypeError: groupby() missing required argument 'iterable' (pos 1)
# expect: TypeError: islice expected at least 2 arguments, got 0
# expect: TypeError: islice expected at least 2 arguments, got 1
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: TypeError: islice expected at most 4 arguments, got 5
# expect: <itertools.islice object>
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: TypeError: islice() takes no keyword arguments
# expect: TypeError: pairwise expected 1 argument, got 0
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: pairwise() takes no keyword arguments
# expect: TypeError: starmap expected 2 arguments, got 0
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: takewhile expected 2 arguments, got 1
# expect: TypeError: tee expected at least 1 argument, got 0
# expect: ValueError: n must be >= 0
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ()
# expect: TypeError: zip_longest() got an unexpected keyword argument
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: repeat argument cannot be negative
# expect: TypeError: 'x' is an invalid keyword argument for product()
# expect: TypeError: permutations() missing required argument 'iterable' (pos 1)
# expect: ValueError: r must be non-negative
# expect: TypeError: Expected int as r
# expect: TypeError: combinations() missing required argument 'r' (pos 2)
# expect: ValueError: r must be non-negative
# expect: ValueError: r must be non-negative
# expect: TypeError: combinations_with_replacement() missing required argument 'r' (pos 2)
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: TypeError: groupby() takes at most 2 arguments (3 given)
# expect: TypeError: groupby() takes at most 2 arguments (3 given)
# expect: TypeError: combinations() takes at most 2 arguments (3 given)
# expect: TypeError: 'x' is an invalid keyword argument for count()
# expect: TypeError: argument for count() given by name ('start') and position (1)
# expect: TypeError: repeat() takes at most 2 arguments (3 given)
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: accumulate() missing required argument 'iterable' (pos 1)
# expect: TypeError: product() takes at most 1 keyword argument (2 given)
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: state is not a tuple
# expect: TypeError: argument 1 must be list, not int
# expect: TypeError: Arguments must be iterators.
# expect: TypeError: state is not a tuple
# expect: TypeError: an integer is required
# expect: TypeError: state is not a tuple
# expect: TypeError: argument 1 must be tuple, not int
# expect: ValueError: invalid arguments
# expect: ValueError: invalid arguments
# expect: TypeError: state is not a tuple
# expect: TypeError: argument 1 must be itertools._tee_dataobject, not int
# expect: TypeError: _grouper() argument 1 must be itertools.groupby, not int
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: len() of unsized object
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: type 'itertools._tee' is not an acceptable base type
