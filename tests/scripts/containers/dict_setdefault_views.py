# dict.setdefault looks the key up once; dict views' .mapping is a read-only mappingproxy of the dict.
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
y.setdefault(hashed2, [])
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
print(y.setdefault(hashed1, 0), len(y))
class Dict(dict):
    pass
for cls in (dict, Dict):
    d = cls()
    ms = (d.keys().mapping, d.values().mapping, d.items().mapping)
    print([type(m).__name__ for m in ms], all(m == d for m in ms))
    d["foo"] = "bar"
    print([dict(m) for m in ms])
    try:
        ms[0]["x"] = 1
    except TypeError as e:
        print(e)

# expect: 1 1 1
# expect: 5 2
# expect: ['mappingproxy', 'mappingproxy', 'mappingproxy'] True
# expect: [{'foo': 'bar'}, {'foo': 'bar'}, {'foo': 'bar'}]
# expect: 'mappingproxy' object does not support item assignment
# expect: ['mappingproxy', 'mappingproxy', 'mappingproxy'] True
# expect: [{'foo': 'bar'}, {'foo': 'bar'}, {'foo': 'bar'}]
# expect: 'mappingproxy' object does not support item assignment
