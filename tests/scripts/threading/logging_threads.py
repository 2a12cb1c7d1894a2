# CPython's logging from several threads: records carry the thread's name,
# handlers serialise through their RLock, LoggerAdapter, exceptions logged
# with their traceback, and logging.shutdown at exit.
import io, logging, threading
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(threadName)s:%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("app")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

def work(i):
    for j in range(20):
        log.info("item %d.%d", i, j)
    log.debug("done %d", i)

ts = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
lines = buf.getvalue().splitlines()
print(len(lines))
for i in range(4):
    mine = [l for l in lines if l.startswith(f"w{i}:")]
    print(len(mine), mine[0], mine[-1])
    # each thread's records are in its own order
    print([l.split(":")[-1] for l in mine[:-1]] == [f"item {i}.{j}" for j in range(20)])
print(type(h.lock).__name__, isinstance(h.lock, type(threading.RLock())))
buf.seek(0); buf.truncate()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
out = buf.getvalue().splitlines()
print(out[0], out[1], out[-1])
ad = logging.LoggerAdapter(log, {"x": 1})
buf.seek(0); buf.truncate()
ad.warning("adapted")
print(buf.getvalue().strip())
logging.getLogger("other").warning("to the last-resort handler")  # stderr
print(logging.getLevelName(logging.WARNING), logging.getLogger("app.sub").parent.name)

# expect: 84
# expect: 21 w0:INFO:app:item 0.0 w0:DEBUG:app:done 0
# expect: True
# expect: 21 w1:INFO:app:item 1.0 w1:DEBUG:app:done 1
# expect: True
# expect: 21 w2:INFO:app:item 2.0 w2:DEBUG:app:done 2
# expect: True
# expect: 21 w3:INFO:app:item 3.0 w3:DEBUG:app:done 3
# expect: True
# expect: RLock True
# expect: MainThread:ERROR:app:failed Traceback (most recent call last): ZeroDivisionError: division by zero
# expect: MainThread:WARNING:app:adapted
# expect: WARNING app
