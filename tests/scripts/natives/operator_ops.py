# _operator: every function operator.py imports, itemgetter/attrgetter/methodcaller, with CPython's messages and reprs.
import _operator as op
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
show(lambda: op.itemgetter(1))
show(lambda: op.itemgetter((1,2)))
show(lambda: op.itemgetter(1, 'a', None))
show(lambda: op.itemgetter(1).__reduce__())
show(lambda: op.itemgetter((1,2)).__reduce__())
show(lambda: op.itemgetter(1)([1,2], 3))
show(lambda: op.itemgetter(1)(x=1))
show(lambda: op.itemgetter(5)([1]))
show(lambda: op.itemgetter(0, 2, -1)('abcdef'))
show(lambda: op.itemgetter(slice(1, 3))('abcdef'))
show(lambda: op.itemgetter())
show(lambda: op.attrgetter('a.b')(1))
show(lambda: op.attrgetter('a..b'))
show(lambda: op.attrgetter('a').__reduce__())
show(lambda: op.attrgetter('real', 'imag.real')(3))
show(lambda: op.attrgetter('real', 'imag.real'))
show(lambda: op.attrgetter(1))
show(lambda: op.attrgetter())
show(lambda: op.methodcaller('bit_length')(7))
show(lambda: op.methodcaller('f', 1, x=2))
show(lambda: op.methodcaller(name='f'))
show(lambda: op.methodcaller(1))
show(lambda: op.methodcaller('f')(1, 2))
show(lambda: op.methodcaller('f').__reduce__())
show(lambda: op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
show(lambda: op.methodcaller('split', ',')('a,b,c'))
show(lambda: op.methodcaller('f', 1, 2).__reduce__())
for t in (op.itemgetter, op.attrgetter, op.methodcaller):
    try:
        class X(t): pass
        print('subclassable', t)
    except TypeError as e: print(e)
show(lambda: op.concat(1, 2))
show(lambda: op.concat([1], (2,)))
show(lambda: op.concat({}, {}))
show(lambda: op.concat('a', 'b'))
show(lambda: op.iconcat(1, 2))
show(lambda: op.iconcat([1], (2,)))
show(lambda: op.countOf(1, 2))
show(lambda: op.countOf([1, 1.0, 2], 1))
show(lambda: op.indexOf([1, 2], 2))
show(lambda: op.indexOf([1, 2], 3))
show(lambda: op.indexOf(1, 3))
show(lambda: op.contains(1, 3))
show(lambda: op.contains([3], 3))
show(lambda: op.length_hint([1,2]))
show(lambda: op.length_hint(iter([1,2])))
show(lambda: op.length_hint(1, 5))
show(lambda: op.length_hint(1, default=5))
show(lambda: op.length_hint())
show(lambda: op.length_hint(1, 'a'))
show(lambda: op.call(max, 1, 2, key=None))
show(lambda: op.call())
show(lambda: op.truth(0), )
show(lambda: op.not_([]))
show(lambda: op.pow(2, 10))
show(lambda: op.ipow(2, 10))
show(lambda: op.index(5.0))
show(lambda: op.index(True))
show(lambda: op.is_(None, None))
show(lambda: op.is_not(None, None))
show(lambda: op.lt(1))
show(lambda: op.lt(1, 2, 3))
show(lambda: op.add(a=1, b=2))
show(lambda: op.setitem([1], 0, 5))
show(lambda: op.delitem([1], 0))
show(lambda: op.inv(5))
show(lambda: op.neg(x=5))
show(lambda: [op.add(3, 4), op.sub(3, 4), op.mul(3, 4), op.truediv(3, 4), op.floordiv(7, 2), op.mod(7, 3), op.lshift(1, 3), op.rshift(8, 1), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.neg(3), op.pos(-3), op.abs(-3), op.invert(3)])
show(lambda: [op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(2, 1)])
l = [1]
show(lambda: (op.iadd(l, [2]), l, op.imul(l, 2), op.iadd(1, 2), op.isub(5, 1), op.imod(7, 4), op.ifloordiv(7, 2), op.itruediv(1, 4), op.ilshift(1, 2), op.irshift(8, 2), op.iand(3, 1), op.ior(1, 2), op.ixor(3, 1)))
class C:
    def __length_hint__(self): return 'x'
show(lambda: op.length_hint(C()))
class D:
    def __length_hint__(self): return -1
show(lambda: op.length_hint(D()))
class E:
    def __length_hint__(self): return NotImplemented
show(lambda: op.length_hint(E(), 7))
show(lambda: op._compare_digest('abc', 'abc'))
show(lambda: op._compare_digest('abc', 'abd'))
show(lambda: op._compare_digest(b'abc', b'abc'))
show(lambda: op._compare_digest(b'abc', b'ab'))
show(lambda: op._compare_digest('a', b'a'))
show(lambda: op._compare_digest('a', 'é'))
show(lambda: op._compare_digest(1, 1))
show(lambda: op._compare_digest(1, b'a'))
print(op.__doc__[:40])
print(type(op.itemgetter(1)).__name__, op.itemgetter.__module__, op.add.__name__, op.add.__doc__)
ig = op.itemgetter(0); print(sorted([(2, 'b'), (1, 'a')], key=ig))

show(lambda: op._compare_digest(b'ab', bytearray(b'ab')))
show(lambda: op._compare_digest(memoryview(b'ab'), b'ac'))
show(lambda: op._compare_digest(bytearray(b'a'), b'ab'))
show(lambda: op._compare_digest(b'a', 'a'))
show(lambda: op._compare_digest(memoryview(b'abcd').cast('B', (2, 2)), b'abcd'))

# expect: operator.itemgetter(1)
# expect: operator.itemgetter((1, 2))
# expect: operator.itemgetter(1, 'a', None)
# expect: (<class 'operator.itemgetter'>, (1,))
# expect: (<class 'operator.itemgetter'>, ((1, 2),))
# expect: TypeError: itemgetter expected 1 argument, got 2
# expect: TypeError: itemgetter() takes no keyword arguments
# expect: IndexError: list index out of range
# expect: ('a', 'c', 'f')
# expect: 'bc'
# expect: TypeError: itemgetter expected 1 argument, got 0
# expect: AttributeError: 'int' object has no attribute 'a'
# expect: operator.attrgetter('a..b')
# expect: (<class 'operator.attrgetter'>, ('a',))
# expect: (3, 0)
# expect: operator.attrgetter('real', 'imag.real')
# expect: TypeError: attribute name must be a string
# expect: TypeError: attrgetter expected 1 argument, got 0
# expect: 3
# expect: operator.methodcaller('f', 1, x=2)
# expect: TypeError: methodcaller needs at least one argument, the method name
# expect: TypeError: method name must be a string
# expect: TypeError: methodcaller expected 1 argument, got 2
# expect: (<class 'operator.methodcaller'>, ('f',))
# expect: ['a', 'b,c']
# expect: ['a', 'b', 'c']
# expect: (<class 'operator.methodcaller'>, ('f', 1, 2))
# expect: type 'operator.itemgetter' is not an acceptable base type
# expect: type 'operator.attrgetter' is not an acceptable base type
# expect: type 'operator.methodcaller' is not an acceptable base type
# expect: TypeError: 'int' object can't be concatenated
# expect: TypeError: can only concatenate list (not "tuple") to list
# expect: TypeError: 'dict' object can't be concatenated
# expect: 'ab'
# expect: TypeError: 'int' object can't be concatenated
# expect: [1, 2]
# expect: TypeError: argument of type 'int' is not iterable
# expect: 2
# expect: 1
# expect: ValueError: sequence.index(x): x not in sequence
# expect: TypeError: argument of type 'int' is not iterable
# expect: TypeError: argument of type 'int' is not iterable
# expect: True
# expect: 2
# expect: 2
# expect: 5
# expect: TypeError: _operator.length_hint() takes no keyword arguments
# expect: TypeError: length_hint expected at least 1 argument, got 0
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: 2
# expect: TypeError: call expected at least 1 argument, got 0
# expect: False
# expect: True
# expect: 1024
# expect: 1024
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: 1
# expect: True
# expect: False
# expect: TypeError: lt expected 2 arguments, got 1
# expect: TypeError: lt expected 2 arguments, got 3
# expect: TypeError: _operator.add() takes no keyword arguments
# expect: None
# expect: None
# expect: -6
# expect: TypeError: _operator.neg() takes no keyword arguments
# expect: [7, -1, 12, 0.75, 3, 1, 8, 4, 2, 7, 5, -3, -3, 3, -4]
# expect: [True, True, True, True, False, True]
# expect: ([1, 2, 1, 2], [1, 2, 1, 2], [1, 2, 1, 2], 3, 4, 3, 3, 0.25, 4, 2, 1, 3, 2)
# expect: TypeError: __length_hint__ must be an integer, not str
# expect: ValueError: __length_hint__() should return >= 0
# expect: 7
# expect: True
# expect: False
# expect: True
# expect: False
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: comparing strings with non-ASCII characters is not supported
# expect: TypeError: unsupported operand types(s) or combination of types: 'int' and 'int'
# expect: TypeError: a bytes-like object is required, not 'int'
# expect: Operator interface.
# expect: 
# expect: This module exports
# expect: itemgetter operator add Same as a + b.
# expect: [(1, 'a'), (2, 'b')]
# expect: True
# expect: False
# expect: False
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: True
