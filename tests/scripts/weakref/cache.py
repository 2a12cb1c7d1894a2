# A WeakValueDictionary-style cache on _weakref: keyed references whose
# callback removes their entry with _remove_dead_weakref; entries go at
# once when a value dies by reference counting, and in gc.collect() when it
# dies in a cycle.
import _weakref
import gc
from keyedref import KeyedRef
gc.disable()

class WeakValues:
    def __init__(self):
        data = self.data = {}
        def remove(wr):
            _weakref._remove_dead_weakref(data, wr.key)
        self._remove = remove
    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)
    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __contains__(self, key):
        return self.get(key) is not None
    def __len__(self):
        return len(self.data)
    def keys(self):
        return sorted(k for k, r in list(self.data.items()) if r() is not None)

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

cache = WeakValues()
n1, n2, n3 = Node("one"), Node("two"), Node("three")
cache["one"], cache["two"], cache["three"] = n1, n2, n3
print(len(cache), cache.keys(), cache.get("one"), "two" in cache)
# expect: 3 ['one', 'three', 'two'] Node(one) True
del n1
print(len(cache), cache.keys(), cache.get("one", "gone"), "one" in cache)
# expect: 2 ['three', 'two'] gone False
try:
    cache["one"]
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'one'
try:
    cache["int"] = 5
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: cannot create weak reference to 'int' object
# Replacing a value: the old reference's callback must not remove the new entry.
old = cache.data["two"]
n2b = Node("two again")
cache["two"] = n2b
del n2
print(cache.get("two"), old() is None)
# expect: Node(two again) True
# A value in a cycle stays until the collector finds the cycle.
n3.me = n3
del n3
print(cache.keys())
# expect: ['three', 'two']
print(gc.collect() > 0, cache.keys(), len(cache))
# expect: True ['two'] 1
del n2b
print(len(cache), cache.data)
# expect: 0 {}
