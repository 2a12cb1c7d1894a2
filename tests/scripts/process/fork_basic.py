# os.fork: the child's pid and parent, its exit status through waitpid, the
# register_at_fork hooks' order and argument errors, and a hook that raises.
import os, sys

def report(fd, text):
    os.write(fd, text.encode())

def read_all(fd):
    chunks = []
    while True:
        b = os.read(fd, 4096)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b"".join(chunks).decode()

# fork + waitpid + exit status; the child reports its parent's pid
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    report(w, "%d %d" % (os.getppid(), os.getpid()))
    os._exit(7)
os.close(w)
ppid, cpid = map(int, read_all(r).split())
print("child's parent is us:", ppid == os.getpid())
print("child's pid is fork's result:", cpid == pid)
got, status = os.waitpid(pid, 0)
print("waitpid:", got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

# a child killed by a signal
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
print("killed:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# argument errors, as CPython's
for call in (lambda: os.register_at_fork(),
             lambda: os.register_at_fork(before=1),
             lambda: os.register_at_fork(print),
             lambda: os.register_at_fork(before=None),
             lambda: os.register_at_fork(after_in_child=None, before=print),
             lambda: os.register_at_fork(after_in_parent=print, spam=print),
             lambda: os.fork(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# the hooks: before in reverse order, after_* in registration order
order = []
os.register_at_fork(before=lambda: order.append("before1"),
                    after_in_parent=lambda: order.append("parent1"),
                    after_in_child=lambda: order.append("child1"))
os.register_at_fork(before=lambda: order.append("before2"),
                    after_in_parent=lambda: order.append("parent2"),
                    after_in_child=lambda: order.append("child2"))
def register_more():
    order.append("before3")
    os.register_at_fork(before=lambda: order.append("late"))  # not run by this fork
os.register_at_fork(before=register_more)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    report(w, " ".join(order))
    os._exit(0)
os.close(w)
print("child saw:", read_all(r))
print("parent saw:", " ".join(order))
os.waitpid(pid, 0)

# a hook that raises is reported and the others still run
def bad():
    raise ValueError("hook failed")
order.clear()
os.register_at_fork(after_in_parent=bad)
os.register_at_fork(after_in_parent=lambda: order.append("after bad"))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print("parent saw:", " ".join(order))

# expect: child's parent is us: True
# expect: child's pid is fork's result: True
# expect: waitpid: True True 7 7
# expect: killed: -9
# expect: TypeError: At least one argument is required.
# expect: TypeError: 'before' must be callable, not int
# expect: TypeError: register_at_fork() takes no positional arguments
# expect: TypeError: 'before' must be callable, not NoneType
# expect: TypeError: 'after_in_child' must be callable, not NoneType
# expect: TypeError: 'spam' is an invalid keyword argument for register_at_fork()
# expect: TypeError: posix.fork() takes no arguments (1 given)
# expect: child saw: before3 before2 before1 child1 child2
# expect: parent saw: before3 before2 before1 parent1 parent2
# expect: parent saw: late before3 before2 before1 parent1 parent2 after bad
# expect stderr: ^Exception ignored in: <function bad at 0x[0-9a-f]+>
# expect stderr: ^ValueError: hook failed
