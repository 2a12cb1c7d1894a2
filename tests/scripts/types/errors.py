# Error messages of the generic operations and the type system, word for word.
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: setattr(1, 'x', 2))
t(lambda: setattr([], 'append', 2))
t(lambda: setattr(1, 'real', 2))
t(lambda: delattr([], 'append'))
t(lambda: delattr([], 'x'))
t(lambda: setattr(int, 'x', 2))
t(lambda: int.foo)
class D: pass
t(lambda: D.foo)
t(lambda: D().foo)
t(lambda: delattr(D(), 'foo'))
t(lambda: delattr(D, 'foo'))
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
t(lambda: format(D(), 'x'))
t(lambda: D(1))
t(lambda: object(1))
t(lambda: object.__init__(D(), 1))
t(lambda: type('A', (int, list), {}))
class A: pass
class B(A): pass
t(lambda: type('C', (A, B), {}))
t(lambda: type('C', (A, A), {}))
t(lambda: hash([]))
t(lambda: 1 < 'a')
t(lambda: [] >= {})
t(lambda: 1 + 'a')
def f():
    x = 1
    x += 'a'
t(f)
def g():
    x = 1
    x **= 'a'
t(g)
t(lambda: 1 ** 'a')
t(lambda: pow(1, 'a', 3))
t(lambda: pow(1, 2, 'a'))
t(lambda: -'a')
t(lambda: abs('a'))
t(lambda: ~'a')
t(lambda: +'a')
t(lambda: 1 @ 2)
t(lambda: divmod(1, 'a'))
t(lambda: iter(1))
one = 1
t(lambda: one[0])
t(lambda: len(1))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: int([]))
t(lambda: float([]))
t(lambda: 1 in 1)
t(lambda: object.__new__(int))
t(lambda: object.__new__(1))
t(lambda: int.__new__(D))
t(lambda: object.__new__())
t(lambda: list.append(1, 2))
t(lambda: list.append())
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type('a', 2, {}))
t(lambda: type(1, (), {}))
t(lambda: type('X', (), 1))
t(lambda: type('X', (bool,), {}))
t(lambda: type('X', (1,), {}))
t(lambda: type('X', (), {'__qualname__': 1}))
t(lambda: type.__init__(int, 1, 2))
t(lambda: super(int, 'a'))
t(lambda: super(1, 'a'))
t(lambda: getattr(1, 2))
t(lambda: setattr(1, 2, 3))
t(lambda: int[0])
t(lambda: int.__dict__['real'].__set__(1, 2))
t(lambda: int.__dict__['real'].__get__('a'))
t(lambda: int.__add__(1, 'a'))
t(lambda: int.__add__('a', 1))
t(lambda: int.__add__())
t(lambda: list.__len__(1))
t(lambda: list.__len__([], 1))
t(lambda: (1).__add__(2, 3))
t(lambda: list.__dict__['append'](1))
t(lambda: dict.__dict__['fromkeys'].__get__(None, int))
t(lambda: dict.__dict__['fromkeys'](int, [1]))
t(lambda: dict.__dict__['fromkeys'](1, [1]))
t(lambda: dict.__dict__['fromkeys']())
t(lambda: staticmethod())
t(lambda: classmethod(1, 2))
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: object.__eq__(1, 1))
t(lambda: object.__eq__(1, 2))
t(lambda: object.__ne__(1, 2))
t(lambda: object.__lt__(1, 2))
t(lambda: next(D()))
t(lambda: D() < D())
t(lambda: setattr(D(), '__class__', 1))
t(lambda: setattr(D(), '__class__', int))
t(lambda: setattr(D(), '__dict__', 1))
t(lambda: object.__setattr__(D, 'y', 1))
t(lambda: format(1, 2))
t(lambda: super().x)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Z:
        y = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# expect: AttributeError: 'int' object has no attribute 'x'
# expect: AttributeError: 'list' object attribute 'append' is read-only
# expect: AttributeError: attribute 'real' of 'int' objects is not writable
# expect: AttributeError: 'list' object attribute 'append' is read-only
# expect: AttributeError: 'list' object has no attribute 'x'
# expect: TypeError: cannot set 'x' attribute of immutable type 'int'
# expect: AttributeError: type object 'int' has no attribute 'foo'
# expect: AttributeError: type object 'D' has no attribute 'foo'
# expect: AttributeError: 'D' object has no attribute 'foo'
# expect: AttributeError: 'D' object has no attribute 'foo'
# expect: AttributeError: type object 'D' has no attribute 'foo'
# expect: AttributeError: 'object' object has no attribute 'x'
# expect: AttributeError: 'object' object has no attribute 'x'
# expect: TypeError: unsupported format string passed to D.__format__
# expect: TypeError: D() takes no arguments
# expect: TypeError: object() takes no arguments
# expect: TypeError: D.__init__() takes exactly one argument (the instance to initialize)
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: Cannot create a consistent method resolution
# expect: order (MRO) for bases A, B
# expect: TypeError: duplicate base class A
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: TypeError: '>=' not supported between instances of 'list' and 'dict'
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
# expect: TypeError: unsupported operand type(s) for **=: 'int' and 'str'
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'
# expect: TypeError: bad operand type for unary -: 'str'
# expect: TypeError: bad operand type for abs(): 'str'
# expect: TypeError: bad operand type for unary ~: 'str'
# expect: TypeError: bad operand type for unary +: 'str'
# expect: TypeError: unsupported operand type(s) for @: 'int' and 'int'
# expect: TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not subscriptable
# expect: TypeError: object of type 'int' has no len()
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: TypeError: issubclass() arg 1 must be a class
# expect: TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
# expect: TypeError: float() argument must be a string or a real number, not 'list'
# expect: TypeError: argument of type 'int' is not iterable
# expect: TypeError: object.__new__(int) is not safe, use int.__new__()
# expect: TypeError: object.__new__(X): X is not a type object (int)
# expect: TypeError: int.__new__(D): D is not a subtype of int
# expect: TypeError: object.__new__(): not enough arguments
# expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError: unbound method list.append() needs an argument
# expect: TypeError: type() takes 1 or 3 arguments
# expect: TypeError: type() takes 1 or 3 arguments
# expect: TypeError: type.__new__() argument 2 must be tuple, not int
# expect: TypeError: type.__new__() argument 1 must be str, not int
# expect: TypeError: type.__new__() argument 3 must be dict, not int
# expect: TypeError: type 'bool' is not an acceptable base type
# expect: TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: TypeError: type __qualname__ must be a str, not int
# expect: TypeError: type.__init__() takes 1 or 3 arguments
# expect: TypeError: super(type, obj): obj must be an instance or subtype of type
# expect: TypeError: super() argument 1 must be a type, not int
# expect: TypeError: attribute name must be string, not 'int'
# expect: TypeError: attribute name must be string, not 'int'
# expect: TypeError: type 'int' is not subscriptable
# expect: AttributeError: attribute 'real' of 'int' objects is not writable
# expect: TypeError: descriptor 'real' for 'int' objects doesn't apply to a 'str' object
# expect: OK NotImplemented
# expect: TypeError: descriptor '__add__' requires a 'int' object but received a 'str'
# expect: TypeError: descriptor '__add__' of 'int' object needs an argument
# expect: TypeError: descriptor '__len__' requires a 'list' object but received a 'int'
# expect: TypeError: expected 0 arguments, got 1
# expect: TypeError: expected 1 argument, got 2
# expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'
# expect: TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'
# expect: TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2
# expect: TypeError: descriptor 'fromkeys' of 'dict' object needs an argument
# expect: TypeError: staticmethod expected 1 argument, got 0
# expect: TypeError: classmethod expected 1 argument, got 2
# expect: TypeError: property() takes at most 4 arguments (5 given)
# expect: OK True
# expect: OK NotImplemented
# expect: OK True
# expect: OK NotImplemented
# expect: TypeError: 'D' object is not an iterator
# expect: TypeError: '<' not supported between instances of 'D' and 'D'
# expect: TypeError: __class__ must be set to a class, not 'int' object
# expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: TypeError: __dict__ must be set to a dictionary, not a 'int'
# expect: TypeError: can't apply this __setattr__ to type object
# expect: TypeError: format() argument 2 must be str, not int
# expect: RuntimeError: super(): no arguments
# expect: RuntimeError Error calling __set_name__ on 'Bad' instance 'y' in 'Z' ValueError
