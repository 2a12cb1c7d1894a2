# start_new_thread: arguments, results, distinct idents, uncaught exceptions, sentinels.
import _thread, time
done = _thread.allocate_lock()
out = []
def work(a, b, *, c=0):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
done.acquire()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(out, isinstance(ident, int))  # expect: [(1, 2, 3, True)] True
def boom():
    try:
        raise ValueError("boom in thread")
    finally:
        done.release()
_thread.start_new_thread(boom, ())
done.acquire()
def quiet():
    done.release()
    raise SystemExit
_thread.start_new_thread(quiet, ())
done.acquire()
# expect stderr: ^Exception ignored in thread started by: <function boom at 0x
# expect stderr: ^ValueError: boom in thread
# A sentinel lock is released when its thread's state goes away (threading's join).
box = []
def with_sentinel():
    s = _thread._set_sentinel()
    s.acquire()
    box.append(s)
    done.release()
    time.sleep(0.01)
_thread.start_new_thread(with_sentinel, ())
done.acquire()
print(box[0].acquire(True, 10))  # expect: True
done.release()
while _thread._count():
    time.sleep(0.001)
print(_thread._count())  # expect: 0
for args in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
# expect: first arg must be callable
# expect: 2nd arg must be a tuple
# expect: optional 3rd arg must be a dictionary
# Many threads, each waiting on one shared lock.
gate = _thread.allocate_lock(); gate.acquire()
count_lock = _thread.allocate_lock()
n = [0]
def waiter():
    with gate:
        pass
    with count_lock:
        n[0] += 1
for i in range(50):
    _thread.start_new_thread(waiter, ())
gate.release()
while True:
    with count_lock:
        if n[0] == 50:
            break
    time.sleep(0.001)
print(n[0])  # expect: 50
