# time: CLOCK_* constants, clock_gettime/_ns, clock_getres, clock_settime errors, get_clock_info, pthread_getcpuclockid, strptime, tzset.
import time, threading, os
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(time) if not n.startswith('__') and n != 'clock'))
print([(n, getattr(time, n)) for n in sorted(dir(time)) if n.startswith('CLOCK')], time._STRUCT_TM_ITEMS)
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    i = time.get_clock_info(n)
    print(n, i.implementation, i.monotonic, i.adjustable, i.resolution, type(i).__name__)
show(lambda: time.get_clock_info('x')); show(lambda: time.get_clock_info(1)); show(lambda: time.get_clock_info())
for c in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_BOOTTIME):
    a = time.clock_gettime(c); b = time.clock_gettime_ns(c)
    print(type(a).__name__, type(b).__name__, a >= 0, b >= 0, time.clock_getres(c))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
m1 = time.clock_gettime_ns(time.CLOCK_MONOTONIC); m2 = time.clock_gettime_ns(time.CLOCK_MONOTONIC); print(m2 >= m1)
for f in [lambda: time.clock_gettime(), lambda: time.clock_gettime('x'), lambda: time.clock_gettime(1234),
          lambda: time.clock_gettime_ns(1234), lambda: time.clock_getres(1234), lambda: time.clock_settime(1234, 1.0),
          lambda: time.clock_settime_ns(1234, 1), lambda: time.clock_settime(1234, 'x'), lambda: time.clock_settime_ns(1234, 1.5),
          lambda: time.clock_gettime(clk_id=1), lambda: time.clock_gettime(2**40), lambda: time.clock_settime(1234, float('nan')),
          lambda: time.clock_gettime(1.5), lambda: time.pthread_getcpuclockid('x')]:
    show(f)
cid = time.pthread_getcpuclockid(threading.get_ident())
print(type(cid).__name__, time.clock_gettime(cid) >= 0)
print(time.strptime('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Mar  5 10:11:12 2024'))
show(lambda: time.strptime('x', '%Y')); show(lambda: time.strptime(1)); show(lambda: time.strptime('1999'))
show(lambda: time.strptime('2024', format='%Y'))
os.environ['TZ'] = 'UTC'; time.tzset(); print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'; time.tzset(); print(time.tzname, time.timezone, time.altzone, time.daylight)
print(time.localtime(0).tm_hour, time.strftime('%Z', time.localtime(0)))
os.environ['TZ'] = 'UTC'; time.tzset(); print(time.localtime(0).tm_hour)
show(lambda: time.tzset(1))
del os.environ['TZ']  # (a value left in os.environ at exit shows as a leak on main today)
# expect: ['CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_REALTIME', 'CLOCK_TAI', 'CLOCK_THREAD_CPUTIME_ID', '_STRUCT_TM_ITEMS', 'altzone', 'asctime', 'clock_getres', 'clock_gettime', 'clock_gettime_ns', 'clock_settime', 'clock_settime_ns', 'ctime', 'daylight', 'get_clock_info', 'gmtime', 'localtime', 'mktime', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'process_time', 'process_time_ns', 'pthread_getcpuclockid', 'sleep', 'strftime', 'strptime', 'struct_time', 'thread_time', 'thread_time_ns', 'time', 'time_ns', 'timezone', 'tzname', 'tzset']
# expect: [('CLOCK_BOOTTIME', 7), ('CLOCK_MONOTONIC', 1), ('CLOCK_MONOTONIC_RAW', 4), ('CLOCK_PROCESS_CPUTIME_ID', 2), ('CLOCK_REALTIME', 0), ('CLOCK_TAI', 11), ('CLOCK_THREAD_CPUTIME_ID', 3)] 11
# expect: time clock_gettime(CLOCK_REALTIME) False True 1e-09 SimpleNamespace
# expect: monotonic clock_gettime(CLOCK_MONOTONIC) True False 1e-09 SimpleNamespace
# expect: perf_counter clock_gettime(CLOCK_MONOTONIC) True False 1e-09 SimpleNamespace
# expect: process_time clock_gettime(CLOCK_PROCESS_CPUTIME_ID) True False 1e-09 SimpleNamespace
# expect: thread_time clock_gettime(CLOCK_THREAD_CPUTIME_ID) True False 1e-09 SimpleNamespace
# expect: ValueError: unknown clock
# expect: TypeError: get_clock_info() argument 1 must be str, not int
# expect: TypeError: get_clock_info() takes exactly 1 argument (0 given)
# expect: float int True True 1e-09
# expect: float int True True 1e-09
# expect: float int True True 1e-09
# expect: float int True True 1e-09
# expect: float int True True 1e-09
# expect: True
# expect: True
# expect: TypeError: clock_gettime() takes exactly 1 argument (0 given)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: OSError: [Errno 22] Invalid argument
# expect: OSError: [Errno 22] Invalid argument
# expect: OSError: [Errno 22] Invalid argument
# expect: OSError: [Errno 22] Invalid argument
# expect: OSError: [Errno 22] Invalid argument
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: expect int, got float
# expect: TypeError: clock_gettime() takes no keyword arguments
# expect: OverflowError: signed integer is greater than maximum
# expect: ValueError: Invalid value NaN (not a number)
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: pthread_getcpuclockid() argument 1 must be int, not str
# expect: int True
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=10, tm_min=11, tm_sec=12, tm_wday=1, tm_yday=65, tm_isdst=-1)
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=10, tm_min=11, tm_sec=12, tm_wday=1, tm_yday=65, tm_isdst=-1)
# expect: ValueError: time data 'x' does not match format '%Y'
# expect: TypeError: strptime() argument 0 must be str, not <class 'int'>
# expect: ValueError: time data '1999' does not match format '%a %b %d %H:%M:%S %Y'
# expect: TypeError: strptime() takes no keyword arguments
# expect: ('UTC', 'UTC') 0 0 0
# expect: ('EST', 'EDT') 18000 14400 1
# expect: 19 EST
# expect: 0
# expect: TypeError: time.tzset() takes no arguments (1 given)
