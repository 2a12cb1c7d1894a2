# sys: refcounts, version info, recursion limit, settings.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.version_info.releaselevel, len(sys.version_info))
print(sys.maxsize, sys.platform, sys.byteorder)
print(sys.hexversion == 0x030B07F0)
print(type(sys.argv) is list, type(sys.path) is list, "sys" in sys.modules)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.getdefaultencoding())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), sys.exception() is v)
print(sys.intern("abc") == "abc")
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1, None) is not None, sys.getsizeof(object(), "x") is not None)
print(sys.stdout is sys.__stdout__, sys.stderr.name, sys.stdin.name)
print(sys.float_info.max, sys.float_info.epsilon)
# expect: 2
# expect: 3
# expect: 2
# expect: (3, 11) 3 True
# expect: final 5
# expect: 9223372036854775807 linux little
# expect: True
# expect: True True True
# expect: 500
# expect: ValueError: recursion limit must be greater or equal than 1
# expect: 0.005
# expect: 0.01
# expect: ValueError: switch interval must be strictly positive
# expect: utf-8
# expect: (None, None, None) None
# expect: KeyError KeyError('k') True
# expect: True
# expect: TypeError: intern() argument must be str, not int
# expect: True True
# expect: True <stderr> <stdin>
# expect: 1.7976931348623157e+308 2.220446049250313e-16
