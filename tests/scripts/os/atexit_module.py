# atexit: register/unregister/_run_exitfuncs/_clear/_ncallbacks, run at exit
# last registered first, after the main program and before teardown;
# exceptions in callbacks are reported and ignored.
# expect stderr: ^Exception ignored in atexit callback: <function ex at 0x
# expect stderr: ^SystemExit: 3$
# expect stderr: ^Exception ignored in atexit callback: <function bad at 0x
# expect stderr: ^ValueError: x$
# expect exit: 2
import atexit
import sys

base = atexit._ncallbacks()

def f():
    print("f")

def g():
    print("g")

print(atexit.register(f) is f, atexit.register(g) is g, atexit.register(f) is f)
print(atexit._ncallbacks() - base)
atexit.unregister(f)
print(atexit._ncallbacks() - base)  # unregistered slots still count until a clear
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(f)
atexit._clear()
print(atexit._ncallbacks())
atexit._run_exitfuncs()

for call in (lambda: atexit.register(5), lambda: atexit.register(), lambda: atexit.unregister(),
             lambda: atexit.unregister(f, g)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

class E:
    def __eq__(self, other):
        raise KeyError("eq")

atexit.register(g)
try:
    atexit.unregister(E())
except KeyError as e:
    print("KeyError", e)
atexit._clear()
print(atexit.register.__doc__.splitlines()[0])

# Callbacks that run at exit, in reverse order; those registered during the
# run are dropped; a callback's SystemExit does not change the exit status.
print(atexit.register(print, 1, 2, sep="-") is print)

def bad():
    raise ValueError("x")

def ex():
    raise SystemExit(3)

def reg():
    print("reg", main_done)
    atexit.register(lambda: print("late"))

atexit.register(bad)
atexit.register(ex)
atexit.register(reg)
main_done = True
sys.exit(2)
# expect: True True True
# expect: 3
# expect: 3
# expect: g
# expect: 0
# expect: 0
# expect: TypeError the first argument must be callable
# expect: TypeError register() takes at least 1 argument (0 given)
# expect: TypeError atexit.unregister() takes exactly one argument (0 given)
# expect: TypeError atexit.unregister() takes exactly one argument (2 given)
# expect: KeyError 'eq'
# expect: register(func, *args, **kwargs) -> func
# expect: True
# expect: reg True
# expect: 1-2
