# _thread._excepthook and _thread._ExceptHookArgs: the default threading.excepthook
# CPython's threading.py installs.
import _thread, sys, io

A = _thread._ExceptHookArgs
print(A.__name__, A.__module__, A.n_sequence_fields, A.n_fields)
try:
    A((1, 2))
except TypeError as e:
    print("TypeError:", e)

class T:
    name = "worker-7"
    _stderr = None

def boom():
    raise ValueError("bad value")

try:
    boom()
except ValueError as e:
    err = e

buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
try:
    print(_thread._excepthook(A((ValueError, err, err.__traceback__, T()))))
    _thread._excepthook(A((SystemExit, SystemExit(3), None, T())))
finally:
    sys.stderr = saved
out = buf.getvalue().splitlines()
print(out[0])
print(out[-1])
print(any(l.endswith("in boom") for l in out))

# sys.stderr None: the thread's _stderr, or nothing
class T2:
    name = "w2"
    _stderr = io.StringIO()
sys.stderr = None
try:
    _thread._excepthook(A((KeyError, KeyError("k"), None, T2())))
    _thread._excepthook(A((KeyError, KeyError("k"), None, None)))
finally:
    sys.stderr = saved
print(repr(T2._stderr.getvalue()))

for bad in (None, (1, 2, 3, 4)):
    try:
        _thread._excepthook(bad)
    except TypeError as e:
        print("TypeError:", e)
a = A((ValueError, err, None, None))
print(a.exc_type.__name__, a.thread, a[1] is err)
# expect: _ExceptHookArgs _thread 4 4
# expect: TypeError: _thread._ExceptHookArgs() takes a 4-sequence (2-sequence given)
# expect: None
# expect: Exception in thread worker-7:
# expect: ValueError: bad value
# expect: True
# expect: "Exception in thread w2:\nKeyError: 'k'\n"
# expect: TypeError: _thread.excepthook argument type must be ExceptHookArgs
# expect: TypeError: _thread.excepthook argument type must be ExceptHookArgs
# expect: ValueError None True
