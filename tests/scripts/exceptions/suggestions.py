# "Did you mean" in the native exception display, and AttributeError's
# name/obj filled in by getattr (CPython 3.11).
import io, sys

def show():
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = old
    print(buf.getvalue().splitlines()[-1])
class A:
    blech = 1
    def __getattr__(self, n):
        raise AttributeError()
class E(AttributeError): pass
def f():
    blech = 1
    try:
        bluch
    except NameError:
        show()
    try:
        A().bluch
    except AttributeError:
        show()
    try:
        raise E('x', name='blec', obj=A())
    except AttributeError:
        show()
    try:
        raise AttributeError('x', name='blec', obj=A())
    except AttributeError as e:
        show()
    try:
        raise AttributeError('x', name='blec')
    except AttributeError as e:
        print(e.obj, e.name)
        show()
    try:
        raise AttributeError('x', name='None', obj=None)
    except AttributeError as e:
        show()
    def g():
        print(blech)
        blech = 2
    try: g()
    except NameError: show()
    try: print(ZeroDivisionErrrrr)
    except NameError: show()
    try: print(abc.foo)
    except NameError: show()
    try: (3).reals
    except AttributeError: show()
    try: sys.getrecursionlimitt
    except AttributeError: show()
    try: A.blach
    except AttributeError: show()
    class P:
        @property
        def x(self): raise AttributeError('inner')
        xx = 2
    try: P().x
    except AttributeError as e: print(e.name, type(e.obj).__name__); show()
    e = AttributeError('q')
    print(e.name, e.obj)
f()

class B:
    blech = 1
    def __getattribute__(self, n):
        return a.blich
a = B.__new__(B)
try:
    object.__getattribute__(a, 'blach')
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
    show()
long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 1
try:
    long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab
except NameError:
    show()
try:
    long_name_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
except NameError:
    show()
class Many:
    pass
for i in range(800):
    setattr(Many, 'attr%d' % i, i)
try:
    Many().attr1x
except AttributeError:
    show()
class Case:
    Value = 1
    valeu = 2
try:
    Case().value
except AttributeError:
    show()
try:
    Case().vlaue
except AttributeError:
    show()

# expect: NameError: name 'bluch' is not defined. Did you mean: 'blech'?
# expect: AttributeError. Did you mean: 'blech'?
# expect: E: x
# expect: AttributeError: x. Did you mean: 'blech'?
# expect: None blec
# expect: AttributeError: x
# expect: AttributeError: x
# expect: UnboundLocalError: cannot access local variable 'blech' where it is not associated with a value
# expect: NameError: name 'ZeroDivisionErrrrr' is not defined. Did you mean: 'ZeroDivisionError'?
# expect: NameError: name 'abc' is not defined. Did you mean: 'abs'?
# expect: AttributeError: 'int' object has no attribute 'reals'. Did you mean: 'real'?
# expect: AttributeError: module 'sys' has no attribute 'getrecursionlimitt'. Did you mean: 'getrecursionlimit'?
# expect: AttributeError: type object 'A' has no attribute 'blach'. Did you mean: 'blech'?
# expect: x P
# expect: AttributeError: inner. Did you mean: 'xx'?
# expect: None None
# expect: blach B
# expect: AttributeError: 'B' object has no attribute 'blach'
# expect: NameError: name 'long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' is not defined. Did you mean: 'long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'?
# expect: NameError: name 'long_name_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' is not defined
# expect: AttributeError: 'Many' object has no attribute 'attr1x'
# expect: AttributeError: 'Case' object has no attribute 'value'. Did you mean: 'Value'?
# expect: AttributeError: 'Case' object has no attribute 'vlaue'
