# _io: close at deallocation, __del__ of subclasses, flush of buffered data, ResourceWarning for unclosed files.
import _io, gc, posix as os
import _warnings

name = "pyglass_io_dealloc_%d.txt" % os.getpid()

# a buffered writer dropped without close() still writes its data out
f = open(name, "w", encoding="utf-8")
f.write("written at dealloc")
del f
with open(name, encoding="utf-8") as f:
    print(f.read())

# subclasses: close() runs once, then __del__ of the subclass
class Traced(_io.FileIO):
    def close(self):
        print("close called, closed =", self.closed)
        super().close()
    def __del__(self):
        print("__del__ of", type(self).__name__)
        super().__del__()
t = Traced(name)
del t
print("after del")

class MyBytes(_io.BytesIO):
    def close(self):
        print("BytesIO close", self.getvalue())
        super().close()
b = MyBytes(b"bye")
del b

# a cycle through an instance dict is collected, and close() runs
class Node(_io.StringIO):
    def close(self):
        print("cycle close")
        super().close()
n = Node("x")
n.me = n
del n
print("collected", gc.collect() > 0)

# errors in close() at deallocation are swallowed (reported only in development mode)
class Bad(_io.BytesIO):
    def close(self):
        raise RuntimeError("close failed")
b = Bad()
del b
print("still running")

# ResourceWarning for a file dropped while open (shown with the "default" action)
_warnings.filters.insert(0, ("default", None, ResourceWarning, None, 0))
_warnings._filters_mutated()
f = _io.FileIO(name)
del f
g = open(name, "rb")
del g
print("done")
os.unlink(name)
# expect stderr: ResourceWarning: unclosed file <_io.FileIO name='pyglass_io_dealloc_\d+.txt' mode='rb' closefd=True>
# expect stderr: ResourceWarning: unclosed file <_io.BufferedReader name='pyglass_io_dealloc_\d+.txt'>
# expect: written at dealloc
# expect: __del__ of Traced
# expect: close called, closed = False
# expect: after del
# expect: BytesIO close b'bye'
# expect: cycle close
# expect: collected True
# expect: still running
# expect: done
