# Export counting: while a memoryview (or a slice, cast or copy of one) holds
# a bytearray's memory, resizing raises BufferError; assignments that keep
# the size still work.  Releasing every view (or dropping them) makes the
# bytearray resizable again.  Also: __alloc__ growth as in CPython, and
# reference cycles through memoryviews collected by gc.
import gc

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

buf = bytearray(b"abc")
m = memoryview(buf)
m2 = memoryview(m)
print(m2.obj is buf, m2[0])
m.release()
print("m2 still works:", m2[1])
for label, fn in (("append", lambda: buf.append(1)), ("extend", lambda: buf.extend(b"x")), ("pop", lambda: buf.pop()),
                  ("remove", lambda: buf.remove(97)), ("insert", lambda: buf.insert(0, 1)), ("clear", lambda: buf.clear()),
                  ("del item", lambda: buf.__delitem__(0)), ("del slice", lambda: buf.__delitem__(slice(0, 2))),
                  ("del ext", lambda: buf.__delitem__(slice(None, None, 2))), ("grow slice", lambda: buf.__setitem__(slice(0, 1), b"xy")),
                  ("shrink slice", lambda: buf.__setitem__(slice(0, 2), b"x")), ("iadd", lambda: buf.__iadd__(b"x")),
                  ("imul", lambda: buf.__imul__(2)), ("init", lambda: buf.__init__(b"new"))):
    attempt("exported " + label + ":", fn)
buf[0] = 65
buf[1:3] = b"BC"
buf[::2] = b"ac"
buf.reverse()
print("same-size writes:", buf, m2.tobytes())
m2.release()
buf.append(100)
print("released:", buf)

views = [memoryview(buf)[1:], memoryview(buf).cast("c"), memoryview(buf).toreadonly()]
attempt("with 3 views:", lambda: buf.append(1))
del views[0]
attempt("with 2 views:", lambda: buf.append(1))
views.clear()
buf.append(101)
print("views dropped:", buf)

with memoryview(buf) as v:
    attempt("in with:", lambda: buf.extend(b"!"))
buf.extend(b"!")
print("after with:", buf)

it = iter(memoryview(buf))
attempt("iterator holds:", lambda: buf.append(1))
del it
buf.append(33)

e = bytearray(b"xy")
attempt("iadd self:", lambda: e.__iadd__(e))
e.extend(e)
e[0:1] = e
print("self ops:", e)

class Holder(bytearray):
    pass

h = Holder(b"cycle")
h.view = memoryview(h)
h.self = h
del h
print("collected something:", gc.collect() > 0)

class Node:
    pass

n = Node()
n.mem = memoryview(bytearray(b"data"))
n.mem2 = n.mem[1:]
n.me = n
del n
gc.collect()

b2 = bytes(b"immutable")
mb = memoryview(b2)
print(mb.obj is b2, mb.readonly, hash(mb) == hash(b2))

allocs = []
g = bytearray()
for i in range(40):
    g.append(1)
    allocs.append(g.__alloc__())
print(allocs)
print(bytearray().__alloc__(), bytearray(3).__alloc__(), bytearray(b"abc").__alloc__(), bytearray(range(5)).__alloc__(),
      bytearray([1] * 20).__alloc__())
g = bytearray(b"x" * 40)
del g[:30]
print(g.__alloc__(), len(g))
g.append(1)
print(g.__alloc__())
g += b"y" * 30
print(g.__alloc__())
g = bytearray(b"x" * 40)
del g[10:]
print(g.__alloc__())
g = bytearray(b"x" * 40)
g.clear()
print(g.__alloc__())
g = bytearray(b"x" * 40)
g.pop(0)
print(g.__alloc__(), g[:3])
q = bytearray(b"0123456789")
for i in range(5):
    del q[:1]
    q.append(48 + i)
print("queue", q, q.__alloc__())
# expect: True 97
# expect: m2 still works: 98
# expect: exported append: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported extend: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported pop: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported remove: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported insert: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported clear: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported del item: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported del slice: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported del ext: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported grow slice: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported shrink slice: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported iadd: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported imul: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: exported init: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: same-size writes: bytearray(b'cBa') b'cBa'
# expect: released: bytearray(b'cBad')
# expect: with 3 views: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: with 2 views: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: views dropped: bytearray(b'cBade')
# expect: in with: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: after with: bytearray(b'cBade!')
# expect: iterator holds: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: iadd self: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: self ops: bytearray(b'xyxyyxy')
# expect: collected something: True
# expect: True True True
# expect: [2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27, 27, 27, 27, 27, 27, 27, 36, 36, 36, 36, 36, 36, 36, 36, 36, 46, 46, 46, 46, 46]
# expect: 0 4 4 8 21
# expect: 11 10
# expect: 18
# expect: 42
# expect: 11
# expect: 1
# expect: 41 bytearray(b'xxx')
# expect: queue bytearray(b'5678901234') 17
