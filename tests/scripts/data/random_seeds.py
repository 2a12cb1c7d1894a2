# random seeded from int, str, bytes, bytearray and float gives CPython's sequences
# (str/bytes seeds go through SHA-512, from _sha512).
import random
for seed in [42, "hello", b"hello", bytearray(b"hello"), "", "h\xe9llo \u20ac", b"\x00" * 100, 2**100 + 7, -5, 3.5]:
    random.seed(seed)
    print(repr(seed)[:24], random.random(), random.randrange(1000), random.getrandbits(40))
random.seed("abc")
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choice("abcdef"), random.gauss(0, 1))
r = random.Random("seed")
print(r.random(), r.randint(1, 6), r.uniform(1, 2))
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)

# expect: 42 0.6394267984578837 25 303832645883
# expect: 'hello' 0.3537754404730722 679 604552077479
# expect: b'hello' 0.3537754404730722 679 604552077479
# expect: bytearray(b'hello') 0.3537754404730722 679 604552077479
# expect: '' 0.9602256525641875 609 426090334336
# expect: 'héllo €' 0.8276585185763456 978 387404261482
# expect: b'\x00\x00\x00\x00\x00\x 0.4193069457660892 329 197054733000
# expect: 126765060022822940149670 0.41604161323913513 334 612183063850
# expect: -5 0.6229016948897019 759 873418259388
# expect: 3.5 0.3039190124834461 235 1004709653623
# expect: [4, 3, 0, 9, 1, 2, 6, 5, 7, 8]
# expect: [9, 85, 83, 1, 88] f -0.1297193613371666
# expect: 0.1382359792209653 2 1.9423386295514558
# expect: TypeError: The only supported seed types are: None,
# expect: int, float, str, bytes, and bytearray.
