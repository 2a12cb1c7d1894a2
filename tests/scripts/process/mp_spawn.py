# CPython's multiprocessing with the spawn and forkserver start methods: the
# children are new pyglass processes (sys.executable) that import this file
# as __mp_main__ and run the target; queues, pipes and pools work across them.
import multiprocessing as mp
import os, sys

def square(x):
    return x * x

def report(q, tag):
    q.put((tag, __name__, None))

def echo(conn):
    conn.send(conn.recv() * 2)
    conn.close()

def run(method):
    ctx = mp.get_context(method)
    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q, method))
    p.start()
    print(method, q.get(timeout=60))
    p.join()
    print(method, "exitcode", p.exitcode)
    a, b = ctx.Pipe()
    p = ctx.Process(target=echo, args=(b,))
    p.start()
    a.send("ab")
    print(method, "pipe", a.recv())
    p.join()
    with ctx.Pool(2) as pool:
        print(method, "pool", pool.map(square, range(5)))

if __name__ == "__main__":
    print("executable is this interpreter:", os.path.exists(sys.executable))
    run("spawn")
    run("forkserver")

# expect: executable is this interpreter: True
# expect: spawn ('spawn', '__mp_main__', None)
# expect: spawn exitcode 0
# expect: spawn pipe abab
# expect: spawn pool [0, 1, 4, 9, 16]
# expect: forkserver ('forkserver', '__mp_main__', None)
# expect: forkserver exitcode 0
# expect: forkserver pipe abab
# expect: forkserver pool [0, 1, 4, 9, 16]
