# queue.Queue / LifoQueue / PriorityQueue / SimpleQueue with worker threads.
import queue
import threading

q = queue.Queue()
done = []
guard = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with guard:
            done.append(item * 2)
        q.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(20):
    q.put(i)
q.join()
for _ in ts:
    q.put(None)
for t in ts:
    t.join()
print(sorted(done) == [i * 2 for i in range(20)], q.empty(), q.qsize())  # expect: True True 0
try:
    q.task_done()
except ValueError as e:
    print(e)  # expect: task_done() called too many times
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")  # expect: Empty

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.maxsize)  # expect: True 2
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full")  # expect: Full
try:
    b.put_nowait(3)
except queue.Full:
    print("Full again")  # expect: Full again

# A bounded queue between a producer and a consumer keeps order.
pipe = queue.Queue(maxsize=3)
got = []


def consume():
    while True:
        x = pipe.get()
        if x is None:
            return
        got.append(x)


c = threading.Thread(target=consume)
c.start()
for i in range(50):
    pipe.put(i)
pipe.put(None)
c.join()
print(got == list(range(50)))  # expect: True

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])  # expect: ['c', 'b', 'a']
pq = queue.PriorityQueue()
for x in [(20, "a"), (10, "b"), (30, "c"), (5, "d")]:
    pq.put(x)
print([pq.get_nowait() for _ in range(4)])  # expect: [(5, 'd'), (10, 'b'), (20, 'a'), (30, 'c')]
sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print([sq.get() for _ in range(3)], sq.empty())  # expect: [0, 1, 2] True
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")  # expect: SimpleQueue Empty
