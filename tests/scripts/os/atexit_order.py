# atexit callbacks run after the non-daemon threads finished and after an
# uncaught exception's traceback, with the modules still intact.
# expect stderr: ^ZeroDivisionError: division by zero$
# expect exit: 1
import atexit
import threading
import time

log = []

def worker():
    time.sleep(0.05)
    log.append("worker done")
    print("worker done", flush=True)

def at_exit(tag):
    print("atexit", tag, log, threading.current_thread().name, time is not None)

atexit.register(at_exit, "first")
atexit.register(at_exit, tag="second")
threading.Thread(target=worker).start()
print("main done", flush=True)
1 / 0
# expect: main done
# expect: worker done
# expect: atexit second ['worker done'] MainThread True
# expect: atexit first ['worker done'] MainThread True
