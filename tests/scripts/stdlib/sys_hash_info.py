# sys.hash_info: the parameters of numeric hashing agree with hash() itself.
import sys

h = sys.hash_info
print(type(h).__name__, len(h), h.width, h.modulus == 2**61 - 1, h.inf, h.nan, h.imag, h.hash_bits, h.cutoff)
print(hash(float("inf")) == h.inf, hash(float("-inf")) == -h.inf, hash(h.modulus) == 0, hash(h.modulus + 5) == 5)
print(hash(complex(1, 2)) == hash(1) + h.imag * hash(2), isinstance(h.algorithm, str))
print(h[0] == h.width, h._fields if hasattr(h, "_fields") else "no _fields")

# expect: hash_info 9 64 True 314159 0 1000003 64 0
# expect: True True True True
# expect: True True
# expect: True no _fields
