# A bytearray subject stays exported while a match state uses it (sub callbacks,
# a live finditer): resizing it raises BufferError, as in CPython; a Match made
# before the bytearray shrank reads it again and clamps its span.
import _sre
bp = _sre.compile(b'[a-c]+', 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,))
ba = bytearray(b'xabcx')
def cb(m):
    ba.extend(b'zz')
    return b''
try:
    print(bp.sub(cb, ba))
except Exception as e:
    print(type(e).__name__, e)
it = bp.finditer(ba)
try:
    ba.append(1)
except Exception as e:
    print(type(e).__name__, e)
print(next(it))
del it
ba.append(97)
m = bp.search(ba)
del ba[:]
print(m.group(), m.span())

# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: <re.Match object; span=(1, 4), match=b'abc'>
# expect: b'' (1, 4)
