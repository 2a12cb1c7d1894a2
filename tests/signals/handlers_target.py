# Run by tests/signals/check_handlers.sh: signals sent from outside reach the
# Python handlers in the main thread while it sleeps (PEP 475: the sleep goes
# on after a handler that returns) and while another thread runs.
import _signal
import _thread
import time

def on_usr1(signum, frame):
    print("got", signum, frame.f_code.co_name, flush=True)

def on_usr2(signum, frame):
    print("stopping", flush=True)
    raise SystemExit(5)

_signal.signal(_signal.SIGUSR1, on_usr1)
_signal.signal(_signal.SIGUSR2, on_usr2)

def spin():
    while True:
        time.sleep(0.001)

_thread.start_new_thread(spin, ())

def wait_here():
    time.sleep(60)
    print("not reached", flush=True)

print("ready", flush=True)
wait_here()
