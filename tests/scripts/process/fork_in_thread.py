# os.fork from a thread other than the main one: in the child that thread is
# the main thread (threading's and the signal handlers'); a child that ends
# normally runs the whole shutdown (atexit, the exit status of sys.exit) and,
# when no other thread was lost in the fork, the exit leak check.
import atexit, os, signal, sys, threading

def in_thread():
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        print("child: main is current:", threading.main_thread() is threading.current_thread())
        print("child: name:", threading.current_thread().name)
        print("child: active_count:", threading.active_count())
        got = []
        signal.signal(signal.SIGUSR1, lambda *a: got.append("handler"))
        os.kill(os.getpid(), signal.SIGUSR1)
        print("child: signal handled:", got)
        sys.stdout.flush()
        os._exit(3)
    print("parent: child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

t = threading.Thread(target=in_thread, name="forker")
t.start()
t.join()

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    atexit.register(lambda: print("child: atexit ran"))
    keep = [object() for i in range(10)]
    print("child: exits through sys.exit(5)")
    sys.exit(5)
print("parent: child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# expect: child: main is current: True
# expect: child: name: forker
# expect: child: active_count: 1
# expect: child: signal handled: ['handler']
# expect: parent: child status 3
# expect: child: exits through sys.exit(5)
# expect: child: atexit ran
# expect: parent: child status 5
