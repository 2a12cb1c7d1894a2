# Helper for the forced-switching tests (switching.py, policy_*.py,
# seeded_switching.py, switch_points_py311.py): each runs this under its own
# flags and lists what it must print.  The check interval and switch interval
# round trip through sys, then a thread spinning on a flag must let the
# thread that sets it run, or "switched" is never printed.
import _thread, sys

print(sys.getcheckinterval())
sys.setcheckinterval(20)
print(sys.getcheckinterval())
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
flag = []
done = _thread.allocate_lock()
done.acquire()


def spinner():
    while not flag:
        pass
    done.release()


def setter():
    for i in range(1000):
        pass
    flag.append(1)


_thread.start_new_thread(spinner, ())
_thread.start_new_thread(setter, ())
done.acquire()
print("switched")
