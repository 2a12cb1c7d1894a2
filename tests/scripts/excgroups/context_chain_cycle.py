# Raising while handling an exception whose __context__ chain already loops (issue 25782): no hang.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
def cycle3():
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                raise D()
try:
    cycle3()
except D as d:
    chain = []
    x = d
    for _ in range(6):
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)

# expect: TypeError ValueError True
# expect: ['D', 'C', 'B', 'A', 'C', 'B']
