# contextvars: each thread has its own current context (a new thread starts
# with an empty one, as in CPython 3.11); cycles through contexts are collected.
import contextvars
import gc
import threading

v = contextvars.ContextVar("v", default="unset")
v.set("main")
results = {}

def worker(n):
    results[n] = [v.get()]
    v.set("thread %d" % n)
    results[n].append(v.get())
    ctx = contextvars.copy_context()
    results[n].append(ctx.run(lambda: (v.set("run %d" % n), v.get())[1]))
    results[n].append(v.get())

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print(v.get())

# one context run by another thread while not entered here
ctx = contextvars.copy_context()
out = []
t = threading.Thread(target=lambda: out.append(ctx.run(v.get)))
t.start()
t.join()
print(out)

# cycles: a context holding a value that refers to the context, a variable
# whose default refers to itself, a token kept in the variable's own context
class Box:
    pass
for i in range(3):
    c = contextvars.Context()
    b = Box()
    b.ctx = c
    w = contextvars.ContextVar("w", default=b)
    b.var = w
    c.run(w.set, b)
    tok = c.run(w.set, [c])
    b.tok = tok
del c, b, w, tok
print(gc.collect() > 0)

# expect: 0 ['unset', 'thread 0', 'run 0', 'thread 0']
# expect: 1 ['unset', 'thread 1', 'run 1', 'thread 1']
# expect: 2 ['unset', 'thread 2', 'run 2', 'thread 2']
# expect: 3 ['unset', 'thread 3', 'run 3', 'thread 3']
# expect: main
# expect: ['main']
# expect: True
