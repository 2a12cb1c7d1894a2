# Thread lifecycle, names, repr, errors, join and the old camelCase names.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon)  # expect: MainThread True False
print(repr(main).startswith("<_MainThread(MainThread, started "))  # expect: True

out = []
lock = threading.Lock()


def work(n, *, scale=1):
    with lock:
        out.append(n * scale)


def f():
    pass


t = threading.Thread(target=f)
print(repr(t))  # expect: <Thread(Thread-1 (f), initial)>
t.start()
t.join()
print(repr(t).startswith("<Thread(Thread-1 (f), stopped "), t.is_alive())  # expect: True False
print(threading.Thread(target=print).name, threading.Thread().name)  # expect: Thread-2 (print) Thread-3
print(threading.Timer(1, f).name)  # expect: Thread-4

threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}, name="w%d" % i) for i in range(8)]
for x in threads:
    x.start()
for x in threads:
    x.join()
print(sorted(out), all(not x.is_alive() for x in threads))  # expect: [0, 10, 20, 30, 40, 50, 60, 70] True
print(len({x.ident for x in threads}) >= 1, threads[0].native_id is not None)  # expect: True True

for action in (lambda: t.start(), lambda: threading.Thread().join(), lambda: main.join()):
    try:
        action()
    except RuntimeError as e:
        print(e)
# expect: threads can only be started once
# expect: cannot join thread before it is started
# expect: cannot join current thread

d = threading.Thread(target=f, daemon=True)
print(repr(d))  # expect: <Thread(Thread-6 (f), initial daemon)>
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print(e)  # expect: cannot set daemon status of active thread


class Job(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n ** 2
        self.inherited = threading.current_thread().daemon


jobs = [Job(i) for i in range(4)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print([j.result for j in jobs], [j.name for j in jobs])  # expect: [0, 1, 4, 9] ['Thread-7', 'Thread-8', 'Thread-9', 'Thread-10']


def spawn_child(box):
    c = threading.Thread(target=f)
    box.append(c.daemon)


box = []
parent = threading.Thread(target=spawn_child, args=(box,), daemon=True)
parent.start()
parent.join()
print(box)  # expect: [True]
print(threading.active_count(), len(threading.enumerate()), threading.enumerate()[0] is main)  # expect: 1 1 True
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))  # expect: True True
