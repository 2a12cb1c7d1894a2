# A thread that ran Python code leaves nothing behind when it ends (its
# cached frames are freed with it): 10,000 short threads do not grow the
# process by more than a few MiB (issue 13; each leaked 2-3 KiB before).
import resource, threading

def work():
    def g():
        return 1
    return [g() for i in range(3)]

def run(n):
    for i in range(n):
        t = threading.Thread(target=work)
        t.start()
        t.join()

run(2000)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
run(10000)
grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print("bounded:", grown_kib < 8 * 1024)

# expect: bounded: True
