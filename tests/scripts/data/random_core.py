# _random.Random: CPython's Mersenne Twister core, seeded and read bit for bit as CPython does.
import _random

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r)[:70])

R = _random.Random
for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 3, -(2**100), 10**300, True, 3.5, (1, 2), "abc"[:0] == "", b"xyz"[0]]:
    r = R(seed)
    print(repr(seed)[:20], r.random(), r.getrandbits(32), r.getrandbits(7))
r = R(12345)
print([r.getrandbits(k) for k in (0, 1, 31, 32, 33, 63, 64, 65, 100, 200)])
print(r.getrandbits(1000) % 10**20)
r.seed(99)
a = [r.random() for _ in range(700)]   # past one twist of the state
print(a[0], a[623], a[624], a[699])
s = r.getstate()
print(type(s).__name__, len(s), s[-1], all(0 <= x < 2**32 for x in s))
x = r.random()
r.setstate(s)
print(x == r.random())
r2 = R()
r2.setstate(s)
print(r2.getstate() == s)
r.seed()
r.seed(None)
print(type(r.random()).__name__)

class Sub(R):
    def __init__(self, a, b, c=3):
        self.extra = (a, b, c)
        super().seed(a)
s = Sub(5, 6)
print(s.extra, s.random() == R(5).random())

class Sub2(R):
    def seed(self, a=None):
        super().seed(a + 1)
print(Sub2(4).random() == R(4).random(), Sub2(4).random() == R(5).random())

show(lambda: R(1, 2))
show(lambda: R(x=1))
show(lambda: R().seed(1, 2))
show(lambda: R().seed(a=1))
show(lambda: R().seed([1]))
show(lambda: R().getrandbits(-1))
show(lambda: R().getrandbits(1.0))
show(lambda: R().getrandbits(2**40))
show(lambda: R().getrandbits())
show(lambda: R().random(1))
show(lambda: R().setstate([0] * 625))
show(lambda: R().setstate((0,) * 3))
show(lambda: R().setstate((0,) * 624 + (625,)))
show(lambda: R().setstate((0,) * 624 + (-1,)))
show(lambda: R().setstate((-1,) + (0,) * 623 + (1,)))
show(lambda: R().setstate((1.0,) + (0,) * 623 + (1,)))
show(lambda: R().setstate((0,) * 624 + (1.0,)))
t = R(); t.setstate((2**32 + 5,) + (7,) * 623 + (624,)); print(t.getstate()[0], t.random())
show(lambda: R().getstate(1))
show(lambda: R().__reduce_ex__(2))

# expect: 0 0.8444218515250481 3255389356 113
# expect: 1 0.13436424411240122 3639700191 102
# expect: 42 0.6394267984578837 107420369 94
# expect: -42 0.6394267984578837 107420369 94
# expect: 4294967295 0.6353574441341173 872737089 27
# expect: 4294967296 0.11299430095636409 1794561286 119
# expect: 18446744073709551619 0.9129684455472157 3962962676 12
# expect: -1267650600228229401 0.7586581712996778 969030735 10
# expect: 10000000000000000000 0.6754128837732558 39791569 76
# expect: True 0.13436424411240122 3639700191 102
# expect: 3.5 0.3039190124834461 988463132 118
# expect: (1, 2) 0.9332138816850685 1444290100 4
# expect: True 0.13436424411240122 3639700191 102
# expect: 120 0.5149379540077491 810237719 120
# expect: [0, 0, 1573429661, 43676229, 7817590892, 2754466438516799719, 6795996055430912186, 3572421395562983696, 408951041752918591462038694213, 280129567047095736550147590626811031259462694299273930994772]
# expect: 20418110340004112908
# expect: 0.40397807494366633 0.12686534563999408 0.8112150713204658 0.1557611565809286
# expect: tuple 625 152 True
# expect: True
# expect: True
# expect: float
# expect: (5, 6, 3) True
# expect: True False
# expect: TypeError: Random() requires 0 or 1 argument
# expect: TypeError: Random() takes no keyword arguments
# expect: TypeError: seed expected at most 1 argument, got 2
# expect: TypeError: Random.seed() takes no keyword arguments
# expect: TypeError: unhashable type: 'list'
# expect: ValueError: number of bits must be non-negative
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: OverflowError: Python int too large to convert to C int
# expect: TypeError: Random.getrandbits() takes exactly one argument (0 given)
# expect: TypeError: Random.random() takes no arguments (1 given)
# expect: TypeError: state vector must be a tuple
# expect: ValueError: state vector is the wrong size
# expect: ValueError: invalid state
# expect: ValueError: invalid state
# expect: OverflowError: can't convert negative value to unsigned int
# expect: TypeError: an integer is required
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: 5 0.9983811825393227
# expect: TypeError: Random.getstate() takes no arguments (1 given)
# expect: TypeError: cannot pickle '_random.Random' object
