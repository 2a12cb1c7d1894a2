# Class __annotations__ are a class's own (3.10+): never inherited, made empty on first read, settable and deletable.
class A:
    attr: int
class B(A):
    pass
class C(A):
    attr: str
class D:
    attr2: int
class E(A, D):
    pass
class F(C, A):
    pass
for cls in (A, B, C, D, E, F):
    print(cls.__name__, cls.__annotations__, '__annotations__' in cls.__dict__)
B.__annotations__ = {'q': 1}
print(B.__annotations__)
del B.__annotations__
print('__annotations__' in B.__dict__)
try:
    del B.__annotations__
except AttributeError as e:
    print(repr(e))
try:
    int.__annotations__ = {}
except TypeError as e:
    print(e)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
print(B().__class__.__annotations__ is B.__annotations__, hasattr(B(), '__annotations__'))

# expect: A {'attr': <class 'int'>} True
# expect: B {} True
# expect: C {'attr': <class 'str'>} True
# expect: D {'attr2': <class 'int'>} True
# expect: E {} True
# expect: F {} True
# expect: {'q': 1}
# expect: False
# expect: AttributeError('__annotations__')
# expect: cannot set '__annotations__' attribute of immutable type 'int'
# expect: type object 'int' has no attribute '__annotations__'
# expect: True True
