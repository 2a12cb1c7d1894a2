# args: --seed 5
# Seeded mode: select, poll and epoll wait on the virtual clock (a look, then
# a virtual millisecond's sleep that lets the other threads run), so a wait
# for a pipe another thread writes ends, and timeouts are virtual.
import _thread
import posix as os
import select
import time

r, w = os.pipe()

def writer():
    time.sleep(0.5)
    os.write(w, b"late")

t0 = time.monotonic()
print(select.select([r], [], [], 0.25), round(time.monotonic() - t0, 2) >= 0.25)
_thread.start_new_thread(writer, ())
print(select.select([r], [], [], 10)[0] == [r], os.read(r, 100))
p = select.poll()
p.register(r)
_thread.start_new_thread(writer, ())
print(p.poll(), os.read(r, 100))
with select.epoll() as ep:
    ep.register(r)
    _thread.start_new_thread(writer, ())
    print(ep.poll(), os.read(r, 100))
# expect: ([], [], []) True
# expect: True b'late'
# expect: [(3, 1)] b'late'
# expect: [(3, 1)] b'late'
