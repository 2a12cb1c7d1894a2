# int() and operator.index() of objects whose __index__/__int__/__trunc__ return bools or int subclasses.
import operator, warnings
warnings.simplefilter("always")
def show(f, *a):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f(*a)
            print(repr(r), type(r).__name__, [str(x.message) for x in w])
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e, [str(x.message) for x in w])
class BadIndex:
    def __index__(self):
        return True
class BadIndex2(int):
    def __index__(self):
        return True
class BadInt:
    def __int__(self):
        return True
class BadInt2(int):
    def __int__(self):
        return True
class TruncReturnsBadIndex:
    def __trunc__(self):
        return BadIndex()
class TruncReturnsBadInt:
    def __trunc__(self):
        return BadInt()
class TruncReturnsIntSubclass:
    def __trunc__(self):
        return True
class IntSubclass(int):
    pass
class NotInt:
    def __int__(self):
        return "x"
for obj in (BadIndex(), BadIndex2(), BadInt(), BadInt2(), TruncReturnsBadIndex(), TruncReturnsBadInt(), TruncReturnsIntSubclass(), NotInt()):
    show(int, obj)
show(IntSubclass, TruncReturnsIntSubclass())
show(operator.index, True)
show(operator.index, BadIndex())
show(operator.index, IntSubclass(5))
show(int, '101', BadIndex())
class MyIndexable:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value
print(int('101', base=MyIndexable(2)), int('101', base=MyIndexable(36)))
print([1, 2, 3][BadIndex():], range(10)[IntSubclass(3)])

# expect: 1 int ['__index__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.']
# expect: 0 int []
# expect: 1 int ['__int__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.']
# expect: 1 int ['__int__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.']
# expect: 1 int ['The delegation of int() to __trunc__ is deprecated.', '__index__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.']
# expect: TypeError: __trunc__ returned non-Integral (type BadInt) ['The delegation of int() to __trunc__ is deprecated.']
# expect: 1 int ['The delegation of int() to __trunc__ is deprecated.']
# expect: TypeError: __int__ returned non-int (type str) []
# expect: 1 IntSubclass ['The delegation of int() to __trunc__ is deprecated.']
# expect: 1 int []
# expect: 1 int ['__index__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.']
# expect: 5 int []
# expect: ValueError: int() base must be >= 2 and <= 36, or 0 ['__index__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.']
# expect: 5 1297
# expect: [2, 3] 3
