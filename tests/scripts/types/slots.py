# __slots__: member descriptors, layout, conflicts, mangling.
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    __slots__ = ('x', 'y')
a = A()
t(lambda: a.x)
a.x = 1
t(lambda: a.x)
t(lambda: setattr(a, 'z', 1))
t(lambda: a.__dict__)
del a.x
t(lambda: delattr(a, 'x'))
t(lambda: A.x)
t(lambda: A.x.__name__)
t(lambda: type(A.x).__name__)
t(lambda: A.__slots__)
class B(A):
    __slots__ = 'w'
b = B(); b.w = 1; b.x = 2
t(lambda: (b.w, b.x))
t(lambda: b.__dict__)
class C(A):
    pass
c = C(); c.q = 5
t(lambda: (c.q, c.__dict__))
t(lambda: type('D', (), {'__slots__': ('a',), 'a': 1}))
class E:
    __slots__ = ('__dict__', 'v')
e = E(); e.v = 1; e.k = 2
t(lambda: (e.v, e.__dict__))
t(lambda: type('F', (int,), {'__slots__': ('a',)}))
t(lambda: type('F', (tuple,), {'__slots__': ('a',)}))
class G:
    __slots__ = ('__p',)
    def __init__(self): self.__p = 3
    def get(self): return self.__p
t(lambda: G().get())
t(lambda: sorted(k for k in G.__dict__ if 'p' in k))
t(lambda: type('H', (), {'__slots__': 1}))
t(lambda: type('H', (), {'__slots__': ('1a',)}))
t(lambda: A.x.__get__(a))

# expect: AttributeError: 'A' object has no attribute 'x'
# expect: OK 1
# expect: AttributeError: 'A' object has no attribute 'z'
# expect: AttributeError: 'A' object has no attribute '__dict__'
# expect: AttributeError: x
# expect: OK <member 'x' of 'A' objects>
# expect: OK 'x'
# expect: OK 'member_descriptor'
# expect: OK ('x', 'y')
# expect: OK (1, 2)
# expect: AttributeError: 'B' object has no attribute '__dict__'
# expect: OK (5, {'q': 5})
# expect: ValueError: 'a' in __slots__ conflicts with class variable
# expect: OK (1, {'k': 2})
# expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: OK 3
# expect: OK ['_G__p']
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: __slots__ must be identifiers
# expect: AttributeError: 'A' object has no attribute 'x'
