# os.fork under the instruments and seeded mode (args below): the fork with
# a thread alive and a child that exits normally neither hangs nor crashes;
# the child records nothing and writes no report (only the parent's
# --stats report appears, once), and os.forkpty works the same way.
# args: --seed 3 --stats
import os, sys, threading

go = threading.Event()
def worker():
    total = 0
    for i in range(20000):
        total += i
    go.wait()

t = threading.Thread(target=worker)
t.start()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child: threads", threading.active_count())
    sys.exit(4)   # a normal exit: atexit, teardown (no leak check: a thread was lost)
print("parent: child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
go.set()
t.join()

pid, fd = os.forkpty()
if pid == 0:
    print("in the pty")
    sys.stdout.flush()
    os._exit(0)
data = b""
while True:
    try:
        b = os.read(fd, 1024)
    except OSError:   # EIO once the child closed the terminal
        break
    if not b:
        break
    data += b
os.close(fd)
print("parent: pty said", data.decode().strip())
print("parent: pty child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# expect: child: threads 1
# expect: parent: child status 4
# expect: parent: pty said in the pty
# expect: parent: pty child status 0
# expect stderr: ^==== pyglass --stats
# expect stderr: \A(?![\s\S]*pyglass --stats[\s\S]*pyglass --stats)
