# At exit, the collector runs while module globals are intact (a __del__ of
# an object kept by a cycle sees its module's names), and an error from
# threading's atexit hooks is reported as unraisable without changing the
# exit status (CPython 3.11's shutdown order).
import subprocess, sys

def run(code):
    p = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    print(p.returncode, p.stdout.strip())
    err = [l for l in p.stderr.splitlines() if not l.startswith('  ')]
    for line in err:
        print('stderr:', line.split(' from ')[0])

run('''if 1:
    import threading
    class Atexit:
        def __del__(self):
            print("thread_dict.atexit = %r" % thread_dict.atexit)
    thread_dict = threading.local()
    thread_dict.atexit = "value"
    atexit = Atexit()
''')
run('''if 1:
    import gc, threading
    main_thread = threading.current_thread()
    class RefCycle:
        def __init__(self):
            self.cycle = self
        def __del__(self):
            print("GC:", threading.current_thread() is main_thread,
                  threading.main_thread() is main_thread,
                  threading.enumerate() == [main_thread])
    RefCycle()
    gc.collect()
    x = RefCycle()
''')
run('''if 1:
    import threading
    def func():
        pass
    def run_last():
        threading._register_atexit(func)
    threading._register_atexit(run_last)
''')
run('''if 1:
    import os
    class Late:
        def __del__(self):
            print("late", os.sep)
    late = Late()
''')

# expect: 0 thread_dict.atexit = 'value'
# expect: 0 GC: True True True
# expect: GC: True True True
# expect: 0 
# expect: stderr: Exception ignored in: <module 'threading'
# expect: stderr: Traceback (most recent call last):
# expect: stderr: RuntimeError: can't register atexit after shutdown
# expect: 0 late /
