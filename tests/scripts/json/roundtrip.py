# Round trips through the C encoder and scanner: a generated document with
# every kind of value (non-BMP text, big ints, floats at the edges), compared
# with the input and with its pure-Python encoding; json.dump/json.load on a
# file object; raw_decode of concatenated documents; GC of hooks that refer to
# their decoder.
import json, gc, io, random, _json
import json.encoder as je

rng = random.Random(1234)
alphabet = "abc xyz\"\\/\n\t\x00\x1fé€ß😀𝄞\u2028\ud7ff\ue000"

def text():
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))

def value(depth):
    k = rng.randrange(9 if depth < 5 else 6)
    if k == 0: return None
    if k == 1: return rng.random() < 0.5
    if k == 2: return rng.randrange(-10**30, 10**30)
    if k == 3: return rng.choice([0.0, -0.0, 0.1, 1e-310, 1.7976931348623157e308, 2.5e-5, 1e22, rng.random()])
    if k == 4 or k == 5: return text()
    if k == 6 or k == 7: return [value(depth + 1) for _ in range(rng.randrange(5))]
    return {text(): value(depth + 1) for _ in range(rng.randrange(5))}

docs = [value(0) for _ in range(300)]
ok = 0
for d in docs:
    for ascii_ in (True, False):
        s = json.dumps(d, ensure_ascii=ascii_)
        if json.loads(s) != d:
            print("mismatch", repr(d)[:80])
        # the same text as the pure-Python encoder
        py = json.JSONEncoder(ensure_ascii=ascii_)
        chunks = py.iterencode(d)              # not one-shot: Python's _make_iterencode
        if "".join(chunks) != s:
            print("differs from pure Python", repr(d)[:80])
        ok += 1
print("round trips:", ok)
big = {"list": docs, "text": "😀" * 1000, "n": 10**100}
s = json.dumps(big)
print(len(s), json.loads(s) == big)
print(json.dumps(json.loads(s), sort_keys=True, separators=(",", ":")) == json.dumps(big, sort_keys=True, separators=(",", ":")))

# dump/load on a file object
f = io.StringIO()
json.dump({"a": [1, 2, {"b": "é😀"}]}, f)
f.seek(0)
print(f.getvalue(), json.load(f))

# raw_decode of concatenated documents: end positions are code-point indexes
dec = json.JSONDecoder()
s = '{"é": 1} ["😀"] "x" 12 null'
i = 0
while i < len(s):
    while s[i] == " ":
        i += 1
    v, i = dec.raw_decode(s, i)
    print(repr(v), i)

# Hooks that refer back to their decoder/encoder form cycles the collector frees
class Holder:
    pass
for _ in range(3):
    h = Holder()
    h.dec = json.JSONDecoder(object_hook=lambda d, h=h: d)
    h.enc = _json.make_encoder({}, lambda o, h=h: None, _json.encode_basestring, None, ":", ",", False, False, True)
    h.scan = h.dec.scan_once
del h
print(gc.collect() > 0)
# expect: round trips: 600
# expect: 25839 True
# expect: True
# expect: {"a": [1, 2, {"b": "\u00e9\ud83d\ude00"}]} {'a': [1, 2, {'b': 'é😀'}]}
# expect: {'é': 1} 8
# expect: ['😀'] 14
# expect: 'x' 18
# expect: 12 21
# expect: None 26
# expect: True
