# time: struct_time, gmtime, strftime, asctime on fixed timestamps.
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], t[-1], len(t))
print(tuple(t)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.asctime(t))
t2 = time.gmtime(1700000000.75)
print(time.strftime("%a %d %b %Y %j %A %B", t2))
print(time.asctime(time.gmtime(86400 * 365)))
print(time.gmtime(1234567890)[:])
print(time.strftime("%%literal %y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
a = time.time()
b = time.perf_counter()
time.sleep(0.01)
print(time.time() >= a, time.perf_counter() - b >= 0.005, type(time.time_ns()) is int)
print(time.monotonic() <= time.monotonic())
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(time.mktime(time.localtime(1000000)) == 1000000.0)
print(len(time.ctime(0)) == 24)
print(isinstance(time.timezone, int), len(time.tzname))
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
# expect: 1970 1 1 3 1 1970 0 9
# expect: (1970, 1, 1, 0, 0, 0)
# expect: 1970-01-01 00:00:00
# expect: Thu Jan  1 00:00:00 1970
# expect: Tue 14 Nov 2023 318 Tuesday November
# expect: Fri Jan  1 00:00:00 1971
# expect: (2009, 2, 13, 23, 31, 30, 4, 44, 0)
# expect: %literal 24
# expect: True True True
# expect: True
# expect: ValueError: sleep length must be non-negative
# expect: True
# expect: True
# expect: True 2
