# random: sequences for fixed seeds must match CPython's.
import random
random.seed(42)
print([random.randint(1, 10) for _ in range(8)])
print(random.random())
random.seed(12345)
print([random.random() for _ in range(3)])
print(random.getrandbits(70), random.getrandbits(5), random.getrandbits(32))
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5), random.randrange(10, 0, -3))
l = list(range(12))
random.shuffle(l)
print(l)
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.sample(range(50), 6), random.sample("abcdef", 3))
print(random.sample(range(10000), 4))
print(random.choices("xyz", k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=5))
print(random.uniform(5, 10))
print(random.gauss(0, 1), random.gauss(0, 1))
r = random.Random(7)
print(r.random(), r.randint(0, 1000))
state = r.getstate()
x = [r.random() for _ in range(3)]
r.setstate(state)
print(x == [r.random() for _ in range(3)])
random.seed(2**80 + 17)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(0)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
# expect: [2, 1, 5, 4, 4, 3, 2, 9]
# expect: 0.08693883262941615
# expect: [0.41661987254534116, 0.010169169457068361, 0.8252065092537432]
# expect: 440049631897308080450 29 831769172
# expect: 34 19 65 7
# expect: [11, 0, 3, 7, 10, 9, 8, 2, 4, 6, 1, 5]
# expect: e 30
# expect: [26, 37, 32, 10, 9, 13] ['f', 'a', 'b']
# expect: [5596, 5276, 385, 7517]
# expect: ['y', 'z', 'z', 'z', 'x'] [3, 3, 2, 1, 1]
# expect: 7.072662342559289
# expect: 0.9883723077602413 -0.8654639595873392
# expect: 0.32383276483316237 154
# expect: True
# expect: 0.888540338304147
# expect: 0.6229016948897019
# expect: 0.8444218515250481
# expect: IndexError: Cannot choose from an empty sequence
# expect: ValueError: empty range for randrange() (5, 5, 0)
# expect: ValueError: Sample larger than population or is negative
