# _io.IncrementalNewlineDecoder: translation, a '\r' held across calls, getstate/setstate/reset,
# newlines, and wrapping another decoder.
from _io import IncrementalNewlineDecoder

d = IncrementalNewlineDecoder(None, translate=True)
for chunk, final in (("a\r", False), ("\nb\r", False), ("c\n", False), ("\r", False), ("", True)):
    print(repr(d.decode(chunk, final)), d.newlines)
d = IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r")), d.getstate(), repr(d.decode("\ny\r\r")), d.getstate(), d.newlines)
d.setstate((b"", 0))
print(d.getstate(), repr(d.decode("\n", final=True)))
d.reset()
print(d.getstate(), d.newlines)

class Upper:
    """A decoder-like object: bytes in, upper-case str out, with a state of its own."""
    def __init__(self):
        self.calls = []
    def decode(self, data, final=False):
        self.calls.append((data, final))
        return data.decode("ascii").upper()
    def getstate(self):
        return (b"pending", 5)
    def setstate(self, state):
        self.calls.append(("setstate", state))
    def reset(self):
        self.calls.append("reset")
inner = Upper()
d = IncrementalNewlineDecoder(inner, translate=True)
print(repr(d.decode(b"one\r")), repr(d.decode(b"\ntwo\r\n", final=True)), d.newlines)
print(d.getstate())
d.setstate((b"x", 3))
d.reset()
print(inner.calls)
d = IncrementalNewlineDecoder(inner, True)
print(repr(d.decode(b"end\r")), d.getstate())

for bad in (lambda: IncrementalNewlineDecoder(), lambda: IncrementalNewlineDecoder(None, True).decode(5),
            lambda: IncrementalNewlineDecoder(None, True).setstate(5),
            lambda: IncrementalNewlineDecoder(None, True).setstate((b"", "x"))):
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
class Sub(IncrementalNewlineDecoder):
    pass
print(repr(Sub(None, True).decode("p\r\nq")))
# expect: 'a' None
# expect: '\nb' 
# expect: 
# expect: '\nc\n' ('\r', '\n', '\r\n')
# expect: '' ('\r', '\n', '\r\n')
# expect: '\n' ('\r', '\n', '\r\n')
# expect: 'x' (b'', 1) '\r\ny\r' (b'', 1) ('\r', '\r\n')
# expect: (b'', 0) '\n'
# expect: (b'', 0) None
# expect: 'ONE' '\nTWO\n' 
# expect: 
# expect: (b'pending', 10)
# expect: [(b'one\r', False), (b'\ntwo\r\n', True), ('setstate', (b'x', 1)), 'reset']
# expect: 'END' (b'pending', 11)
# expect: TypeError IncrementalNewlineDecoder() missing required argument 'decoder' (pos 1)
# expect: TypeError decoder should return a string result, not 'int'
# expect: TypeError state argument must be a tuple
# expect: TypeError setstate(): illegal state argument
# expect: 'p\nq'
