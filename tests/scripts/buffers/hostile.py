# Python code that runs in the middle of a buffer operation (__index__,
# __float__, __bool__, iterators, finalizers) and changes or releases what the
# operation works on: a clean exception or a consistent result, never a crash.
import gc

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

target = bytearray(b"abcdef")

class Shrinker:
    def __index__(self):
        target.clear()
        return 65

attempt("setitem value shrinks:", lambda: target.__setitem__(5, Shrinker()))
print(target)

view = None

class Releaser:
    def __index__(self):
        view.release()
        return 1
    def __float__(self):
        view.release()
        return 1.0
    def __bool__(self):
        view.release()
        return True

for fmt in ("B", "d", "?"):
    view = memoryview(bytearray(8)).cast(fmt)
    attempt("memoryview set %s releases:" % fmt, lambda: view.__setitem__(0, Releaser()))

owner = bytearray(b"xyz")
held = memoryview(owner)

class Grower:
    def __index__(self):
        owner.append(1)
        return 0

attempt("find start grows exported:", lambda: owner.find(b"y", Grower()))
held.release()
print(owner)

def gen():
    yield 1
    src.extend(b"!!")
    yield 2

src = bytearray(b"ab")
src[0:1] = gen()
print("slice from generator that extends:", src)
src = bytearray(b"ab")
src.extend(gen())
print("extend from generator that extends:", src)
src = bytearray(b"ab")
attempt("join with generator:", lambda: src.join(x for x in [b"1", bytes(src.extend(b"?") or b"2")]))
print(src)

class Resizer:
    def __del__(self):
        try:
            victim.extend(b"more")
        except BufferError as e:
            print("finalizer:", e)

victim = bytearray(b"a b c d")
junk = Resizer()
junk.cycle = junk
del junk
parts = victim.split()
gc.collect()
print(parts, victim)
# expect: setitem value shrinks: -> IndexError: bytearray index out of range
# expect: bytearray(b'')
# expect: memoryview set B releases: -> ValueError: operation forbidden on released memoryview object
# expect: memoryview set d releases: -> ValueError: operation forbidden on released memoryview object
# expect: memoryview set ? releases: -> ValueError: operation forbidden on released memoryview object
# expect: find start grows exported: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: bytearray(b'xyz')
# expect: slice from generator that extends: bytearray(b'\x01\x02b!!')
# expect: extend from generator that extends: bytearray(b'ab!!\x01\x02')
# expect: join with generator: bytearray(b'1ab?2')
# expect: bytearray(b'ab?')
# expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b'c'), bytearray(b'd')] bytearray(b'a b c dmore')
