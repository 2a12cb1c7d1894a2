# CPython's multiprocessing with the fork start method on pyglass: processes
# (function and subclass), exit codes, terminate/kill, daemon, the
# synchronisation primitives over SemLock, queues, pipes, a pool, a manager
# and ProcessPoolExecutor.  Every result comes back through the primitives
# themselves, so the output does not depend on scheduling.
import multiprocessing as mp
import os, signal, sys, time
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

def exit_with(code):
    sys.exit(code)

def sleeper():
    time.sleep(30)

def add_under_lock(lock, counter, n):
    for _ in range(n):
        with lock:
            counter.value_file.seek(0)
    return None

def put_items(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consume(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()

def pipe_child(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()

def wait_event(ev, q):
    q.put(ev.wait(10))

def cond_child(cond, q):
    with cond:
        q.put("waiting")
        cond.wait(10)
        q.put("notified")

def sem_child(sem, q, i):
    with sem:
        q.put(i)

def rlock_child(rl, q):
    with rl:
        with rl:
            q.put("nested ok")

def fill_manager(d, l):
    d["pid_is_child"] = os.getpid() != d["parent"]
    l.extend([1, 2, 3])

class Worker(mp.Process):
    def __init__(self, q):
        super().__init__(name="Worker-x")
        self.q = q
    def run(self):
        self.q.put((self.name, mp.current_process().name))

if __name__ == "__main__":
    mp.set_start_method("fork")
    print(mp.get_start_method())
    p = mp.Process(target=exit_with, args=(3,))
    p.start(); p.join()
    print("exitcode", p.exitcode, p.is_alive())
    p = mp.Process(target=square, args=(2,))
    p.start(); p.join()
    print("exitcode", p.exitcode)
    p = mp.Process(target=sleeper)
    p.start(); p.terminate(); p.join()
    print("terminated", p.exitcode)
    p = mp.Process(target=sleeper, daemon=True)
    p.start(); p.kill(); p.join()
    print("killed", p.exitcode, p.daemon)

    q = mp.Queue()
    w = Worker(q)
    w.start(); print(q.get()); w.join()

    q = mp.Queue()
    p = mp.Process(target=put_items, args=(q, 5))
    p.start()
    items = []
    while True:
        item = q.get()
        if item is None:
            break
        items.append(item)
    p.join()
    print("queue", items)

    jq, out = mp.JoinableQueue(), mp.SimpleQueue()
    c = mp.Process(target=consume, args=(jq, out))
    c.start()
    for i in range(4):
        jq.put(i)
    jq.put(None)
    jq.join()
    print("joinable", sorted(out.get() for _ in range(4)))
    c.join()

    a, b = mp.Pipe()
    p = mp.Process(target=pipe_child, args=(b,))
    p.start()
    for word in ["ping", "pong"]:
        a.send(word)
        print("pipe", a.recv())
    a.send(None)
    p.join()

    ev, q = mp.Event(), mp.Queue()
    p = mp.Process(target=wait_event, args=(ev, q))
    p.start(); ev.set(); print("event", q.get()); p.join()

    cond, q = mp.Condition(), mp.Queue()
    p = mp.Process(target=cond_child, args=(cond, q))
    p.start()
    print("cond", q.get())
    with cond:
        cond.notify()
    print("cond", q.get())
    p.join()

    sem, q = mp.Semaphore(2), mp.Queue()
    ps = [mp.Process(target=sem_child, args=(sem, q, i)) for i in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print("semaphore", sorted(q.get() for _ in range(4)), sem.get_value())

    rl, q = mp.RLock(), mp.Queue()
    p = mp.Process(target=rlock_child, args=(rl, q))
    p.start(); print(q.get()); p.join()

    with mp.Pool(2) as pool:
        print("apply", pool.apply(square, (7,)))
        got = []
        r = pool.apply_async(square, (8,), callback=got.append)
        r.wait(10)
        print("apply_async", r.get(10), got)
        print("map", pool.map(square, range(6)))
        print("imap", list(pool.imap(square, range(4))))
        print("starmap", pool.starmap(pow, [(2, 3), (3, 2)]))
        pool.close()
        pool.join()

    with mp.Manager() as man:
        d, l = man.dict(parent=os.getpid()), man.list()
        p = mp.Process(target=fill_manager, args=(d, l))
        p.start(); p.join()
        print("manager", d["pid_is_child"], list(l))

    with ProcessPoolExecutor(2) as ex:
        print("executor", list(ex.map(square, range(5))), ex.submit(square, 9).result())
    print("done", mp.active_children())

# expect: fork
# expect: exitcode 3 False
# expect: exitcode 0
# expect: terminated -15
# expect: killed -9 True
# expect: ('Worker-x', 'Worker-x')
# expect: queue [0, 1, 2, 3, 4]
# expect: joinable [0, 10, 20, 30]
# expect: pipe PING
# expect: pipe PONG
# expect: event True
# expect: cond waiting
# expect: cond notified
# expect: semaphore [0, 1, 2, 3] 2
# expect: nested ok
# expect: apply 49
# expect: apply_async 64 [64]
# expect: map [0, 1, 4, 9, 16, 25]
# expect: imap [0, 1, 4, 9]
# expect: starmap [8, 9]
# expect: manager True [1, 2, 3]
# expect: executor [0, 1, 4, 9, 16] 81
# expect: done []
