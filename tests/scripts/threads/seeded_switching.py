# Forced switching in seeded mode.
# args: --seed 42
import _thread, sys
print(sys.getcheckinterval())  # expect: 100
sys.setcheckinterval(20)
print(sys.getcheckinterval())  # expect: 20
print(sys.getswitchinterval())  # expect: 0.005
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())  # expect: 0.001
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)  # expect: switch interval must be strictly positive
flag = []
done = _thread.allocate_lock(); done.acquire()
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
print("switched")  # expect: switched
