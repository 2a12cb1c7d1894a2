# Operator overloading: binary, reflected, in-place, comparisons, unary, hash/eq rules.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd")
        return self + o

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return V(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, abs(b))
print(a == V(1, 2), a != V(1, 2), a == 1, a < b, b > a)
try:
    a <= b
except TypeError as e:
    print(e)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)
print(V.__hash__)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __add__(self, x):
        print("add called")
        return NotImplemented


acc = Acc()
before = acc
acc += 1
acc += 2
print(acc.items, acc is before)
try:
    acc - 1
except TypeError as e:
    print(e)
try:
    acc + 1
except TypeError as e:
    print(e)
n = 5
try:
    n += "x"
except TypeError as e:
    print(e)


class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"


print(Base() + Sub(), Sub() + Base(), Base() + Base())


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == getattr(o, "v", o)

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, o):
        print("Num.__lt__")
        return self.v < o.v

    def __gt__(self, o):
        print("Num.__gt__")
        return self.v > o.v


class SubNum(Num):
    def __gt__(self, o):
        print("SubNum.__gt__")
        return self.v > o.v


print(Num(1) < SubNum(2))
print(Num(1) < Num(2))
print(len({Num(1), Num(1), Num(2)}), Num(3) == 3, 3 == Num(3))


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()) if False else 0)


class P:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)

    def __rpow__(self, o):
        return ("rpow", o)

    def __invert__(self):
        return "inv"

    def __pos__(self):
        return "pos"

    def __matmul__(self, o):
        return "matmul"

    def __floordiv__(self, o):
        return "floordiv"

    def __rtruediv__(self, o):
        return "rtruediv"

    def __mod__(self, o):
        return "mod"

    def __lshift__(self, o):
        return "lshift"

    def __and__(self, o):
        return "and"

    def __ror__(self, o):
        return "ror"

    def __xor__(self, o):
        return "xor"


p = P()
print(p ** 2, 2 ** p, pow(p, 2, 5), ~p, +p, p @ 1, p // 1, 1 / p, p % 1, p << 1, p & 1, 1 | p, p ^ 1)
try:
    -p
except TypeError as e:
    print(e)
try:
    p - 1
except TypeError as e:
    print(e)
try:
    pow(1, "a")
except TypeError as e:
    print(e)

# expect: radd
# expect: V(4, 6) V(2, 3) V(2, 3) V(3, 6) V(3, 6) V(-1, -2) 5.0
# expect: True False False True True
# expect: '<=' not supported between instances of 'V' and 'V'
# expect: unsupported operand type(s) for +: 'V' and 'str'
# expect: unhashable type: 'V'
# expect: None
# expect: [1, 2] True
# expect: unsupported operand type(s) for -: 'Acc' and 'int'
# expect: add called
# expect: unsupported operand type(s) for +: 'Acc' and 'int'
# expect: unsupported operand type(s) for +=: 'int' and 'str'
# expect: Sub.radd Base.add Base.add
# expect: SubNum.__gt__
# expect: True
# expect: Num.__lt__
# expect: True
# expect: 2 True True
# expect: 30 c 0
# expect: ('pow', 2, None) ('rpow', 2) ('pow', 2, 5) inv pos matmul floordiv rtruediv mod lshift and ror xor
# expect: bad operand type for unary -: 'P'
# expect: unsupported operand type(s) for -: 'P' and 'int'
# expect: unsupported operand type(s) for ** or pow(): 'int' and 'str'
