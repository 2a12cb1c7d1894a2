# functools.lru_cache (the native _functools one) hashes an argument once per
# call: evicting the oldest entry reuses the hash it stored.
import functools

class Key:
    def __init__(self, v):
        self.v = v
        self.hashes = 0
    def __hash__(self):
        self.hashes += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v

@functools.lru_cache(maxsize=1)
def f(x, y):
    return (x.v if isinstance(x, Key) else x) * 3 + y

k = Key(5)
print(f(k, 1), k.hashes, f.cache_info())
print(f(k, 1), k.hashes, f.cache_info())
print(f(6, 2), k.hashes, f.cache_info())   # evicts (k, 1): no hash of k
print(f(k, 1), k.hashes, f.cache_info())

@functools.lru_cache(maxsize=2)
def g(x):
    return x.v
keys = [Key(i) for i in range(4)]
for key in keys:
    g(key)
print([key.hashes for key in keys], g.cache_info())
# expect: 16 1 CacheInfo(hits=0, misses=1, maxsize=1, currsize=1)
# expect: 16 2 CacheInfo(hits=1, misses=1, maxsize=1, currsize=1)
# expect: 20 2 CacheInfo(hits=1, misses=2, maxsize=1, currsize=1)
# expect: 16 3 CacheInfo(hits=1, misses=3, maxsize=1, currsize=1)
# expect: [1, 1, 1, 1] CacheInfo(hits=0, misses=4, maxsize=2, currsize=2)
