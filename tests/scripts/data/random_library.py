# CPython's random.py on _random and _sha512: the same sequences as CPython for every method.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print(random.randrange(1000), random.randint(1, 6), random.choice("abcdef"))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.gauss(0, 1), random.getrandbits(100))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(2**100 + 7); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.5); print(random.random())
r = random.Random(7); s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), s[0], len(s[1]))
print(random.choices("abc", k=5), random.uniform(1, 2), random.triangular(), random.expovariate(2))
print(random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2), random.normalvariate())
print(random.randbytes(5))

# expect: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]
# expect: 228 2 f
# expect: [7, 2, 5, 6, 0, 3, 4, 9, 8, 1]
# expect: [29, 64, 77, 3, 71] 0.45775079868034557 572062242770208766021882431734
# expect: 0.3537754404730722
# expect: 0.3537754404730722
# expect: 0.41604161323913513
# expect: 0.6229016948897019
# expect: 0.3039190124834461
# expect: True 3 625
# expect: ['a', 'c', 'b', 'a', 'a'] 1.4120875545464129 0.15266081676882012 0.5669371575464106
# expect: 0.3217781943880755 3.757631015821288 1.566797777611539 2.06853105308897 1.7231282104740133 0.9531058838281914 -0.13819840862827
# expect: b'\x94\xba\xc8\xbe\x88'
