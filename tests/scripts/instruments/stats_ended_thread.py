# --stats: a thread that ended long before the exit is reported with the GIL
# time it held, not with the time until the exit.
# args: --stats
import threading, time

def work():
    return sum(range(100))

t = threading.Thread(target=work)
t.start()
t.join()
end = time.perf_counter() + 0.2
n = 0
while time.perf_counter() < end:
    n += 1
print(n > 0)
# expect: True
# expect stderr: ^  Thread-1 \(work\) +[\d,]+ +(\d+(\.\d+)? us|0\.0[0-4]\d s) 
