# Pickling of the built-in iterators (__reduce__/__setstate__ in CPython 3.11's forms), as pickle and copy use it.
import copy

def rebuild(it):
    # what rebuild((it)) does with __reduce__'s answer
    r = it.__reduce__()
    obj = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        obj.__setstate__(r[2])
    return obj

def show(label, it):
    r = it.__reduce__()
    print(label, r[0].__name__ if hasattr(r[0], '__name__') else r[0], r[1:])

def roundtrip(label, it):
    outs = [list(rebuild(it)), list(copy.deepcopy(it))]
    c = copy.copy(it)
    print(label, outs[0], all(o == outs[0] for o in outs), type(c).__name__, list(c))

# list iterator
it = iter([1, 2, 3, 4]); next(it)
show('list', it)
roundtrip('list', it)
print(list(it))
show('list-exhausted', it)
r = reversed([1, 2, 3, 4]); next(r)
show('listrev', r)
roundtrip('listrev', r)
list(r); show('listrev-exhausted', r)

t = iter((1, 2, 3)); next(t)
show('tuple', t); roundtrip('tuple', t); list(t); show('tuple-ex', t)

s = iter('héllo wörld'); next(s); next(s)
show('str', s); roundtrip('str', s); list(s); show('str-ex', s)
s = iter('abc'); s.__setstate__(2); print('str setstate', list(s))
s = iter('héllo'); s.__setstate__(3); print('str setstate u', list(s))
s = iter('héllo'); s.__setstate__(-5); print('str setstate neg', list(s))
s = iter('héllo'); s.__setstate__(50); print('str setstate big', list(s))

b = iter(b'abcd'); next(b)
show('bytes', b); roundtrip('bytes', b); list(b); show('bytes-ex', b)
ba = iter(bytearray(b'abcd')); next(ba)
show('bytearray', ba); roundtrip('bytearray', ba); list(ba); show('bytearray-ex', ba)

rg = iter(range(3, 20, 4)); next(rg)
show('range', rg); roundtrip('range', rg); list(rg); show('range-ex', rg)
rg = iter(range(10)); rg.__setstate__(7); print('range setstate', list(rg))
rg = iter(range(10)); rg.__setstate__(-7); print('range setstate neg', list(rg))
rg = iter(range(10)); rg.__setstate__(70); print('range setstate big', list(rg))
rr = reversed(range(5)); next(rr)
show('range-rev', rr); roundtrip('range-rev', rr)
big = 2**70
lr = iter(range(big, big + 10, 3)); next(lr)
show('longrange', lr); roundtrip('longrange', lr)
lr = iter(range(big, big + 10, 3)); lr.__setstate__(2); print('longrange setstate', list(lr))
lr = iter(range(big, big + 10, 3)); lr.__setstate__(-2); print('longrange setstate neg', list(lr))
lr = iter(range(big, big + 10, 3)); lr.__setstate__(big); print('longrange setstate big', list(lr))
lrr = reversed(range(big, big + 10, 3)); next(lrr); show('longrange-rev', lrr); roundtrip('longrange-rev', lrr)

st = iter({1, 2, 3}); next(st)
r = st.__reduce__(); print('set', r[0].__name__, sorted(r[1][0]))
print('set rt', sorted(rebuild((st))))
print('set after', sorted(st))
d = {'a': 1, 'b': 2, 'c': 3}
for mk in (lambda: iter(d), lambda: iter(d.keys()), lambda: iter(d.values()), lambda: iter(d.items()),
           lambda: reversed(d), lambda: reversed(d.values()), lambda: reversed(d.items())):
    i = mk(); next(i)
    show(type(i).__name__, i); roundtrip(type(i).__name__, i)
    print(list(i))

class Seq:
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i * 10
si = iter(Seq()); next(si)
r = si.__reduce__(); print('seqiter', r[0].__name__, type(r[1][0]).__name__, r[2])
si.__setstate__(3); print(list(si)); print(si.__reduce__())

cnt = iter([1, 2, 3, 4]).__next__
ci = iter(cnt, 3)
r = ci.__reduce__(); print('calliter', r[0].__name__, r[1][1])
print(list(ci)); print(ci.__reduce__())

e = enumerate('abc', 5); next(e)
r = e.__reduce__(); print('enumerate', r[0], r[1][1], list(rebuild((e))))
e = enumerate('abc', 2**80); print(e.__reduce__()[1][1])
z = zip('ab', 'cd'); print(z.__reduce__()[0], len(z.__reduce__()), list(rebuild((z))))
z = zip('ab', 'cd', strict=True); print(z.__reduce__()[0], z.__reduce__()[2])
z2 = rebuild((zip('ab', 'c', strict=True)))
try: list(z2)
except ValueError as ex: print('ValueError', ex)
z = zip('ab', 'c'); z.__setstate__(1)
try: list(z)
except ValueError as ex: print('ValueError', ex)
m = map(abs, [-1, -2, 3]); next(m); print(m.__reduce__()[0], list(rebuild((m))))
f = filter(None, [0, 1, 2, 0, 3]); next(f); print(f.__reduce__()[0], list(rebuild((f))))
rv = reversed(Seq.__mro__ and [1, 2, 3]); print(type(rv).__name__)
class S2:
    def __len__(self): return 4
    def __getitem__(self, i): return i
rv = reversed(S2()); next(rv)
r = rv.__reduce__(); print('reversed', r[0], type(r[1][0]).__name__, r[2])
rv.__setstate__(10); print(list(rv))
rv = reversed(S2()); rv.__setstate__(-10); print(list(rv)); print(rv.__reduce__())

# errors
for it in (iter([1]), iter((1,)), iter('a'), iter(b'a'), iter(bytearray(b'a')), iter(range(3)), iter(range(2**70, 2**70+3)), reversed([1])):
    try: it.__setstate__('x')
    except TypeError as ex: print(type(it).__name__, 'TypeError', ex)
    try: it.__reduce__(1)
    except TypeError as ex: print('TypeError', ex)
    try: it.__setstate__()
    except TypeError as ex: print('TypeError', ex)
try: iter([1]).__setstate__(2**100)
except OverflowError as ex: print('OverflowError', ex)
try: iter({1}).__reduce__(1)
except TypeError as ex: print('TypeError', ex)
print(hasattr(iter({1}), '__setstate__'), hasattr(iter({}), '__setstate__'))
# itertools on top
import itertools
c = itertools.chain(iter([1, 2]), iter('ab')); next(c)
print(list(rebuild((c))))
print(list(copy.deepcopy(iter([[1], [2]]))))
# dict mutated during iteration in reduce
dd = {1: 1}; di = iter(dd); dd[2] = 2
try: di.__reduce__()
except RuntimeError as ex: print('RuntimeError', ex)

# __setstate__ reads its state as CPython does
class I:
    def __index__(self): return 3
for st in (2**100, -2**100, I(), True):
    rg = iter(range(10))
    try: rg.__setstate__(st); print(list(rg))
    except Exception as ex: print(type(ex).__name__, ex)
    lr = iter(range(2**70, 2**70+10))
    try: lr.__setstate__(st); print([x - 2**70 for x in lr])
    except Exception as ex: print(type(ex).__name__, ex)
    li = iter([1,2,3])
    try: li.__setstate__(st); print(list(li))
    except Exception as ex: print(type(ex).__name__, ex)
rg = iter(range(10))
try: rg.__setstate__(2.5)
except TypeError as ex: print('TypeError', ex)
# expect: list iter (([1, 2, 3, 4],), 1)
# expect: list [2, 3, 4] True list_iterator [2, 3, 4]
# expect: [2, 3, 4]
# expect: list-exhausted iter (([],),)
# expect: listrev reversed (([1, 2, 3, 4],), 2)
# expect: listrev [3, 2, 1] True list_reverseiterator [3, 2, 1]
# expect: listrev-exhausted iter (([],),)
# expect: tuple iter (((1, 2, 3),), 1)
# expect: tuple [2, 3] True tuple_iterator [2, 3]
# expect: tuple-ex iter (((),),)
# expect: str iter (('héllo wörld',), 2)
# expect: str ['l', 'l', 'o', ' ', 'w', 'ö', 'r', 'l', 'd'] True str_iterator ['l', 'l', 'o', ' ', 'w', 'ö', 'r', 'l', 'd']
# expect: str-ex iter (('',),)
# expect: str setstate ['c']
# expect: str setstate u ['l', 'o']
# expect: str setstate neg ['h', 'é', 'l', 'l', 'o']
# expect: str setstate big []
# expect: bytes iter ((b'abcd',), 1)
# expect: bytes [98, 99, 100] True bytes_iterator [98, 99, 100]
# expect: bytes-ex iter (((),),)
# expect: bytearray iter ((bytearray(b'abcd'),), 1)
# expect: bytearray [98, 99, 100] True bytearray_iterator [98, 99, 100]
# expect: bytearray-ex iter (((),),)
# expect: range iter ((range(3, 23, 4),), 1)
# expect: range [7, 11, 15, 19] True range_iterator [7, 11, 15, 19]
# expect: range-ex iter ((range(3, 23, 4),), 5)
# expect: range setstate [7, 8, 9]
# expect: range setstate neg [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: range setstate big []
# expect: range-rev iter ((range(4, -1, -1),), 1)
# expect: range-rev [3, 2, 1, 0] True range_iterator [3, 2, 1, 0]
# expect: longrange iter ((range(1180591620717411303424, 1180591620717411303436, 3),), 1)
# expect: longrange [1180591620717411303427, 1180591620717411303430, 1180591620717411303433] True longrange_iterator [1180591620717411303427, 1180591620717411303430, 1180591620717411303433]
# expect: longrange setstate [1180591620717411303430, 1180591620717411303433]
# expect: longrange setstate neg [1180591620717411303424, 1180591620717411303427, 1180591620717411303430, 1180591620717411303433]
# expect: longrange setstate big []
# expect: longrange-rev iter ((range(1180591620717411303433, 1180591620717411303421, -3),), 1)
# expect: longrange-rev [1180591620717411303430, 1180591620717411303427, 1180591620717411303424] True longrange_iterator [1180591620717411303430, 1180591620717411303427, 1180591620717411303424]
# expect: set iter [2, 3]
# expect: set rt [2, 3]
# expect: set after [2, 3]
# expect: dict_keyiterator iter ((['b', 'c'],),)
# expect: dict_keyiterator ['b', 'c'] True list_iterator ['b', 'c']
# expect: ['b', 'c']
# expect: dict_keyiterator iter ((['b', 'c'],),)
# expect: dict_keyiterator ['b', 'c'] True list_iterator ['b', 'c']
# expect: ['b', 'c']
# expect: dict_valueiterator iter (([2, 3],),)
# expect: dict_valueiterator [2, 3] True list_iterator [2, 3]
# expect: [2, 3]
# expect: dict_itemiterator iter (([('b', 2), ('c', 3)],),)
# expect: dict_itemiterator [('b', 2), ('c', 3)] True list_iterator [('b', 2), ('c', 3)]
# expect: [('b', 2), ('c', 3)]
# expect: dict_reversekeyiterator iter ((['b', 'a'],),)
# expect: dict_reversekeyiterator ['b', 'a'] True list_iterator ['b', 'a']
# expect: ['b', 'a']
# expect: dict_reversevalueiterator iter (([2, 1],),)
# expect: dict_reversevalueiterator [2, 1] True list_iterator [2, 1]
# expect: [2, 1]
# expect: dict_reverseitemiterator iter (([('b', 2), ('a', 1)],),)
# expect: dict_reverseitemiterator [('b', 2), ('a', 1)] True list_iterator [('b', 2), ('a', 1)]
# expect: [('b', 2), ('a', 1)]
# expect: seqiter iter Seq 1
# expect: [30, 40]
# expect: (<built-in function iter>, ((),))
# expect: calliter iter 3
# expect: [1, 2]
# expect: (<built-in function iter>, ((),))
# expect: enumerate <class 'enumerate'> 6 [(6, 'b'), (7, 'c')]
# expect: 1208925819614629174706176
# expect: <class 'zip'> 2 [('a', 'c'), ('b', 'd')]
# expect: <class 'zip'> True
# expect: ValueError zip() argument 2 is shorter than argument 1
# expect: ValueError zip() argument 2 is shorter than argument 1
# expect: <class 'map'> [2, 3]
# expect: <class 'filter'> [2, 3]
# expect: list_reverseiterator
# expect: reversed <class 'reversed'> S2 2
# expect: [3, 2, 1, 0]
# expect: []
# expect: (<class 'reversed'>, ((),))
# expect: list_iterator TypeError an integer is required
# expect: TypeError list_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError list_iterator.__setstate__() takes exactly one argument (0 given)
# expect: tuple_iterator TypeError an integer is required
# expect: TypeError tuple_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError tuple_iterator.__setstate__() takes exactly one argument (0 given)
# expect: str_ascii_iterator TypeError an integer is required
# expect: TypeError str_ascii_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError str_ascii_iterator.__setstate__() takes exactly one argument (0 given)
# expect: bytes_iterator TypeError an integer is required
# expect: TypeError bytes_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError bytes_iterator.__setstate__() takes exactly one argument (0 given)
# expect: bytearray_iterator TypeError an integer is required
# expect: TypeError bytearray_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError bytearray_iterator.__setstate__() takes exactly one argument (0 given)
# expect: range_iterator TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError range_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError range_iterator.__setstate__() takes exactly one argument (0 given)
# expect: longrange_iterator TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError longrange_iterator.__reduce__() takes no arguments (1 given)
# expect: TypeError longrange_iterator.__setstate__() takes exactly one argument (0 given)
# expect: list_reverseiterator TypeError an integer is required
# expect: TypeError list_reverseiterator.__reduce__() takes no arguments (1 given)
# expect: TypeError list_reverseiterator.__setstate__() takes exactly one argument (0 given)
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: TypeError set_iterator.__reduce__() takes no arguments (1 given)
# expect: False False
# expect: [2, 'a', 'b']
# expect: [[1], [2]]
# expect: RuntimeError dictionary changed size during iteration
# expect: OverflowError Python int too large to convert to C long
# expect: []
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C long
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: [3, 4, 5, 6, 7, 8, 9]
# expect: TypeError '<' not supported between instances of 'I' and 'int'
# expect: TypeError an integer is required
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [2, 3]
# expect: TypeError 'float' object cannot be interpreted as an integer
