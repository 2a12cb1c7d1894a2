# sys: hash_info, float_repr_style, thread_info, is_finalizing, the int<->str digit limit, coroutine origin depth,
# call_tracing, _clear_type_cache, _current_frames/_current_exceptions, breakpointhook, unraisablehook.
import sys, threading, gc
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sys.hash_info[:5], sys.hash_info.hash_bits, sys.hash_info.cutoff, sys.float_repr_style, sys.thread_info.name, sys.thread_info.lock, type(sys.hash_info).__name__)
print(len(sys.int_info), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.int_info.sizeof_digit)
print(sys.is_finalizing(), sys.get_int_max_str_digits(), sys.get_coroutine_origin_tracking_depth(), sys.abiflags)
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() > 0, sys._clear_type_cache(), type(sys.orig_argv).__name__)
print(sys.breakpointhook is sys.__breakpointhook__, sys.unraisablehook is sys.__unraisablehook__, sys._home, sys.getdlopenflags())
for f in [lambda: sys.set_int_max_str_digits(10), lambda: sys.set_int_max_str_digits('x'), lambda: sys.set_int_max_str_digits(),
          lambda: sys.set_int_max_str_digits(2**40), lambda: sys.set_coroutine_origin_tracking_depth(-1),
          lambda: sys.set_coroutine_origin_tracking_depth(depth=3), lambda: sys.get_coroutine_origin_tracking_depth(),
          lambda: sys.call_tracing(len, ([1],)), lambda: sys.call_tracing(len, [1]), lambda: sys.is_finalizing(1),
          lambda: sys._clear_type_cache(1)]:
    show(f)
sys.set_int_max_str_digits(maxdigits=700)
show(lambda: int('1' * 701)); print(len(str(int('1' * 700))))
show(lambda: str(10 ** 800))
sys.set_int_max_str_digits(0); print(len(str(10 ** 5000))); sys.set_int_max_str_digits(4300)
show(lambda: int('2' * 4301))
# frames and exceptions of every thread
ready = threading.Event(); go = threading.Event()
def worker():
    try:
        raise KeyError('in worker')
    except KeyError:
        ready.set(); go.wait()
t = threading.Thread(target=worker); t.start(); ready.wait()
frames = sys._current_frames()
print(sorted(frames) == sorted([threading.get_ident(), t.ident]), frames[threading.get_ident()].f_code.co_name)
print(frames[t.ident].f_code.co_name)
excs = sys._current_exceptions()
print(excs[threading.get_ident()], excs[t.ident][0], excs[t.ident][1])
try:
    raise ValueError('here')
except ValueError:
    print(sys._current_exceptions()[threading.get_ident()][1])
del frames, excs
go.set(); t.join()
# breakpoint hooks
import os
os.environ['PYTHONBREAKPOINT'] = '0'; print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'; breakpoint('called', 'through', sep='-')
os.environ['PYTHONBREAKPOINT'] = 'nosuchmodule.func'
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always'); breakpoint(); print(w[0].category.__name__, w[0].message)
sys.breakpointhook = lambda *a, **k: ('mine', a, k); print(breakpoint(1, x=2)); sys.breakpointhook = sys.__breakpointhook__
del os.environ['PYTHONBREAKPOINT']  # (a value left in os.environ at exit shows as a leak on main today)
# unraisablehook
class Bad:
    def __del__(self):
        raise RuntimeError('from __del__')
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__, u.exc_traceback is not None, type(u).__name__))
sys.unraisablehook = hook
Bad(); gc.collect()
print(seen)
def broken(u):
    raise OSError('hook broke')
sys.unraisablehook = broken
Bad()
sys.unraisablehook = sys.__unraisablehook__
Bad()
show(lambda: sys.unraisablehook(1))
print('end')
# expect stderr: Exception ignored in sys.unraisablehook
# expect stderr: OSError: hook broke
# expect stderr: Exception ignored in: <function Bad.__del__
# expect stderr: RuntimeError: from __del__
# expect: (64, 2305843009213693951, 314159, 0, 1000003) 64 0 short pthread semaphore hash_info
# expect: 4 4300 640 4
# expect: False 4300 0 
# expect: int True None list
# expect: True True None 2
# expect: ValueError: maxdigits must be 0 or larger than 640
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
# expect: OverflowError: Python int too large to convert to C int
# expect: ValueError: depth must be >= 0
# expect: None
# expect: 3
# expect: 1
# expect: TypeError: call_tracing() argument 2 must be tuple, not list
# expect: TypeError: sys.is_finalizing() takes no arguments (1 given)
# expect: TypeError: sys._clear_type_cache() takes no arguments (1 given)
# expect: ValueError: Exceeds the limit (700 digits) for integer string conversion: value has 701 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: 700
# expect: ValueError: Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 5001
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: True <module>
# expect: wait
# expect: (None, None, None) <class 'KeyError'> 'in worker'
# expect: here
# expect: None
# expect: called-through
# expect: RuntimeWarning Ignoring unimportable $PYTHONBREAKPOINT: "nosuchmodule.func"
# expect: ('mine', (1,), {'x': 2})
# expect: [('RuntimeError', 'from __del__', None, 'function', True, 'UnraisableHookArgs')]
# expect: TypeError: sys.unraisablehook argument type must be UnraisableHookArgs
# expect: end
