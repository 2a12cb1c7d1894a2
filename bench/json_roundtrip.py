# json.dumps and json.loads of a ~1 MB document (records with nested lists,
# dicts, floats, big and small ints, ASCII and non-ASCII text), a few times
# each, with and without ensure_ascii and sort_keys: the paths of _json's
# encoder and scanner that data-loading labs use.  Prints checksums, so any
# difference from CPython shows.
import json

records = []
for i in range(4000):
    records.append({
        "id": i,
        "name": "item-%d" % i,
        "label": "étiquette n°%d — ✓" % i if i % 3 == 0 else "plain label %d" % i,
        "price": i * 1.25 + 0.01,
        "ratio": i / 7,
        "tags": ["t%d" % (i % 10), "group-%d" % (i % 7), "x"],
        "active": i % 2 == 0,
        "parent": None if i % 5 else i // 5,
        "dims": {"w": i % 100, "h": (i * 3) % 100, "d": [1, 2, 3]},
        "big": 10 ** 20 + i,
        "note": 'quote " backslash \\ newline \n tab \t',
    })
doc = {"version": 3, "records": records}

text = json.dumps(doc)
print("size", len(text))
total = 0
for _ in range(4):
    s = json.dumps(doc)
    back = json.loads(s)
    total += len(s) + len(back["records"])
    u = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    total += len(u) + len(json.loads(u)["records"])
    c = json.dumps(doc, separators=(",", ":"))
    total += len(c)
print("total", total)
print("equal", back == doc, json.loads(u) == doc)
