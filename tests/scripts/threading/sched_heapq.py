# CPython's sched over time.monotonic/time.sleep (pyglass's scheduler layer),
# and heapq over the native _heapq.
import heapq, sched, time
s = sched.scheduler(time.monotonic, time.sleep)
out = []
now = time.monotonic()
e1 = s.enterabs(now + 0.02, 1, out.append, ("late",))
s.enterabs(now + 0.01, 2, out.append, ("b",))
s.enterabs(now + 0.01, 1, out.append, ("a",))
s.enter(0.01, 3, lambda **kw: out.append(kw["v"]), kwargs={"v": "kw"})
e2 = s.enter(0.015, 1, out.append, ("cancelled",))
s.cancel(e2)
print(len(s.queue), s.empty())

s.run()
print(out, time.monotonic() >= now + 0.02, s.empty())
s.enterabs(time.monotonic() + 10, 1, out.append, ("never",))
print(s.run(blocking=False) > 5)
try:
    s.cancel(e1)
except ValueError:
    print("ValueError")
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nsmallest(3, [7, 1, 4, 9, 2]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 5], 9))
h = [(2, "b"), (1, "a")]; heapq.heapify(h); print(h[0])
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print(e)

# expect: 4 False
# expect: ['a', 'b', 'kw', 'late'] True True
# expect: True
# expect: ValueError
# expect: 1 [1, 2, 3] [5, 9, 8]
# expect: [1, 2, 4] ['o', 'l'] [1, 2, 3, 4, 5, 7]
# expect: 0 1
# expect: (1, 'a')
# expect: heappush expected 2 arguments, got 3
