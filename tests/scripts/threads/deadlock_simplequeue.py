# A thread blocked in _queue.SimpleQueue.get (concurrent.futures' workers
# wait there) is named in the deadlock report.
import queue, threading
q = queue.SimpleQueue()
t = threading.Thread(target=q.get, name="sq-getter")
t.start()
t.join()
# expect exit: 3
# expect stderr: ^Thread "sq-getter" waits in SimpleQueue\.get for <_queue\.SimpleQueue object at 0x[0-9a-f]+> held by
