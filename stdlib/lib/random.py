"""Pseudo-random numbers (pyglass).

The generator is _random.Random (MT19937, seeded as CPython seeds it); the
methods below use the same algorithms as CPython 3.11, so a given integer seed
produces the same sequences.

Seeds from str, bytes and bytearray go through SHA-512 as CPython's version 2
seeding does (from _sha512), so they give CPython's sequences too.

Not supported: SystemRandom, betavariate/gammavariate and friends are absent.
This file goes once itertools exists: CPython's own random.py then runs on
_random and _sha512 (docs/native-modules.md).
"""

import _random
from _sha512 import sha512 as _sha512
from math import log as _log, sqrt as _sqrt, cos as _cos, sin as _sin, exp as _exp, ceil as _ceil
from math import isfinite as _isfinite

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample", "randrange", "shuffle",
           "choices", "gauss", "normalvariate", "triangular", "expovariate", "getstate", "setstate",
           "getrandbits"]

TWOPI = 6.283185307179586
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)


def _as_index(value, what):
    # Integers pass through; integral floats are accepted (deprecated in CPython), others rejected.
    if isinstance(value, int):
        return value
    conv = getattr(type(value), "__index__", None)
    if conv is not None:
        return conv(value)
    as_int = int(value)
    if as_int != value:
        raise ValueError("non-integer %s for randrange()" % what)
    return as_int


_NO_STEP = object()


class Random(_random.Random):
    """Random number generator with the interface of CPython's random.Random."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a).digest(), "big")
        elif a is not None and not isinstance(a, (int, float)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        if state[0] != 3:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (state[0], self.VERSION))
        _, inner, self.gauss_next = state
        super().setstate(tuple(inner))

    # ---- integers ------------------------------------------------------------

    def _randbelow(self, n):
        # A uniform int in [0, n): draw bit_length(n) bits until the value is below n.
        bits = n.bit_length()
        getrandbits = self.getrandbits
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return r

    def randrange(self, start, stop=None, step=_NO_STEP):
        istart = _as_index(start, "arg 1")
        if stop is None:
            if step is not _NO_STEP:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop, "stop")
        width = istop - istart
        istep = 1 if step is _NO_STEP else _as_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    # ---- sequences -------------------------------------------------------------

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, "__getitem__"):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum = []
            total = 0
            for c in counts:
                total += c
                cum.append(total)
            if len(cum) != n:
                raise ValueError("The number of counts does not match the population")
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(cum, s, 0, n)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Small populations: partial shuffle of a copy; large ones: rejection with a set.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = randbelow(n)
                while j in chosen:
                    j = randbelow(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                fn = n + 0.0
                return [population[int(random() * fn)] for _ in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total = total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for _ in range(k)]

    # ---- real-valued distributions ---------------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def expovariate(self, lambd=1.0):
        return -_log(1.0 - self.random()) / lambd


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
gauss = _inst.gauss
expovariate = _inst.expovariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
