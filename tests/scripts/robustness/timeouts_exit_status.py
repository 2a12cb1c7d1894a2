# Lock timeouts are converted as CPython converts them (NaN and overflow
# first); os._exit's status is a C int (issue 13).
import subprocess, sys, threading
l = threading.Lock()
l.acquire()
for args in [dict(timeout=float('nan')), dict(timeout=-2), dict(timeout=float('inf')), dict(timeout=1e300),
             dict(blocking=False, timeout=float('nan')), dict(blocking=False, timeout=1), dict(timeout=0.01)]:
    try:
        print(l.acquire(**args))
    except Exception as e:
        print(type(e).__name__, e)
r = threading.RLock()
try:
    r.acquire(timeout=float('nan'))
except ValueError as e:
    print('RLock', e)
for code in ['import os; os._exit(2**40)', 'import os; os._exit(3)', 'import os; os._exit(-1)']:
    p = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    print(p.returncode, p.stderr.strip().splitlines()[-1:] )
import time
for secs in [1e300, 9.3e9, 2**70, float('nan'), -1]:
    try:
        time.sleep(secs)
    except Exception as e:
        print('sleep', type(e).__name__, e)

# expect: ValueError Invalid value NaN (not a number)
# expect: ValueError timeout value must be positive
# expect: OverflowError timestamp out of range for platform time_t
# expect: OverflowError timestamp out of range for platform time_t
# expect: ValueError Invalid value NaN (not a number)
# expect: ValueError can't specify a timeout for a non-blocking call
# expect: False
# expect: RLock Invalid value NaN (not a number)
# expect: 1 ['OverflowError: Python int too large to convert to C int']
# expect: 3 []
# expect: 255 []
# expect: sleep OverflowError timestamp out of range for platform time_t
# expect: sleep OverflowError timestamp out of range for platform time_t
# expect: sleep OverflowError timestamp too large to convert to C _PyTime_t
# expect: sleep ValueError Invalid value NaN (not a number)
# expect: sleep ValueError sleep length must be non-negative
