# Searching bytes for an int out of range(256), however large, is a
# ValueError; hex() separators must be one ASCII character, NUL included;
# an empty value deletes an extended slice of a bytearray (test_bytes).
import sys

for t in (bytes, bytearray):
    b = t(b'mississippi')
    for v in (-1, 256, sys.maxsize + 1, -sys.maxsize - 5, 2 ** 100):
        for what, f in (("in", lambda: v in b), ("find", lambda: b.find(v)), ("count", lambda: b.count(v)),
                        ("index", lambda: b.index(v))):
            try:
                f()
            except ValueError as e:
                print(t.__name__, what, v == 2 ** 100, e)
    print(105 in b, b.find(115), b.rfind(115), b.count(115))

three = bytes([0xb9, 0x01, 0xef])
for sep in ('xx', '\xff', b'\xff', b'\x80', chr(0x100), b''):
    try:
        three.hex(sep)
    except ValueError as e:
        print(repr(sep), e)
print(repr(three.hex(b'\x00')), repr(three.hex('\x00')), repr(bytearray(three).hex(':', 2)), three.hex(b'-', -2))
print(repr(memoryview(three).hex('\x00')))

b = bytearray(b'abcdefgh')
b[1:-1:2] = b''
print(b)
b[::-3] = bytearray()
print(b)
b = bytearray(b'abcdef')
m = memoryview(b)
try:
    b[1:-1:2] = b''
except BufferError as e:
    print(e)
m.release()
print(b)
try:
    b[::2] = b'x'
except ValueError as e:
    print(e)
# expect: bytes in False byte must be in range(0, 256)
# expect: bytes find False byte must be in range(0, 256)
# expect: bytes count False byte must be in range(0, 256)
# expect: bytes index False byte must be in range(0, 256)
# expect: bytes in False byte must be in range(0, 256)
# expect: bytes find False byte must be in range(0, 256)
# expect: bytes count False byte must be in range(0, 256)
# expect: bytes index False byte must be in range(0, 256)
# expect: bytes in False byte must be in range(0, 256)
# expect: bytes find False byte must be in range(0, 256)
# expect: bytes count False byte must be in range(0, 256)
# expect: bytes index False byte must be in range(0, 256)
# expect: bytes in False byte must be in range(0, 256)
# expect: bytes find False byte must be in range(0, 256)
# expect: bytes count False byte must be in range(0, 256)
# expect: bytes index False byte must be in range(0, 256)
# expect: bytes in True byte must be in range(0, 256)
# expect: bytes find True byte must be in range(0, 256)
# expect: bytes count True byte must be in range(0, 256)
# expect: bytes index True byte must be in range(0, 256)
# expect: True 2 6 4
# expect: bytearray in False byte must be in range(0, 256)
# expect: bytearray find False byte must be in range(0, 256)
# expect: bytearray count False byte must be in range(0, 256)
# expect: bytearray index False byte must be in range(0, 256)
# expect: bytearray in False byte must be in range(0, 256)
# expect: bytearray find False byte must be in range(0, 256)
# expect: bytearray count False byte must be in range(0, 256)
# expect: bytearray index False byte must be in range(0, 256)
# expect: bytearray in False byte must be in range(0, 256)
# expect: bytearray find False byte must be in range(0, 256)
# expect: bytearray count False byte must be in range(0, 256)
# expect: bytearray index False byte must be in range(0, 256)
# expect: bytearray in False byte must be in range(0, 256)
# expect: bytearray find False byte must be in range(0, 256)
# expect: bytearray count False byte must be in range(0, 256)
# expect: bytearray index False byte must be in range(0, 256)
# expect: bytearray in True byte must be in range(0, 256)
# expect: bytearray find True byte must be in range(0, 256)
# expect: bytearray count True byte must be in range(0, 256)
# expect: bytearray index True byte must be in range(0, 256)
# expect: True 2 6 4
# expect: 'xx' sep must be length 1.
# expect: 'ÿ' sep must be ASCII.
# expect: b'\xff' sep must be ASCII.
# expect: b'\x80' sep must be ASCII.
# expect: 'Ā' sep must be ASCII.
# expect: b'' sep must be length 1.
# expect: 'b9\x0001\x00ef' 'b9\x0001\x00ef' 'b9:01ef' b901-ef
# expect: 'b9\x0001\x00ef'
# expect: bytearray(b'acegh')
# expect: bytearray(b'aeg')
# expect: Existing exports of data: object cannot be re-sized
# expect: bytearray(b'abcdef')
# expect: attempt to assign bytes of size 1 to extended slice of size 3
