# Run by tests/signals/check_sigint.sh: Ctrl-C (SIGINT) becomes KeyboardInterrupt in the main thread.
import time
print("sleeping", flush=True)
try:
    time.sleep(20)
except KeyboardInterrupt:
    print("interrupted sleep", flush=True)
n = 0
try:
    while True: n += 1
except KeyboardInterrupt:
    print("interrupted loop", flush=True)
time.sleep(20)
