# yield from: a class iterator's StopIteration value, and throw()/close()
# delegated to the sub-iterator (PEP 380).

class Countdown:
    def __init__(self, n):
        self.n = n
    __iter__ = lambda self: self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1

it = Countdown(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
print(next(Countdown(0), "default"))
def delegator():
    result = yield from Countdown(2)
    yield "got " + repr(result)
print(list(delegator()))
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)], dict.fromkeys(Countdown(2)))
print(list(zip(Countdown(3), "ab")), list(map(str, Countdown(2))), list(enumerate(Countdown(2))))
it = Countdown(1)
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("direct __next__:", e.value)

class Thrower:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def throw(self, *args):
        self.log.append(args)
        typ = args[0]
        exc = typ if isinstance(typ, BaseException) else (args[1] if len(args) > 1 else None)
        if isinstance(exc, ValueError) or typ is ValueError:
            return "recovered"
        raise StopIteration("thrower done")
    def close(self):
        self.log.append("close")

t = Thrower()
def host():
    r = yield from t
    yield "after: " + r
h = host()
print(next(h), h.throw(ValueError("v")), h.throw(ValueError, "as value"), h.throw(KeyError("k")))
print(t.log)

t2 = Thrower()
def host2():
    yield from t2
h2 = host2()
next(h2)
h2.close()
print("closed:", t2.log, h2.gi_frame)

def plain_host():
    yield from iter([1, 2])
ph = plain_host()
next(ph)
try:
    ph.throw(IndexError("ix"))
except IndexError as e:
    print("not delegated:", repr(e), ph.gi_frame)

# a delegate whose throw raises something else: it propagates from the host
class Angry(Thrower):
    def throw(self, *args):
        raise RuntimeError("angry")
def host3():
    try:
        yield from Angry()
    except RuntimeError as e:
        yield "host caught " + str(e)
h3 = host3()
next(h3)
print(h3.throw(ValueError))

# through two levels of generators
def inner():
    try:
        yield 1
    except KeyError:
        yield "inner caught"
    return "inner result"
def middle():
    r = yield from inner()
    yield r
def outer():
    yield from middle()
o = outer()
print(next(o), o.throw(KeyError), next(o), o.gi_yieldfrom.gi_yieldfrom)
o.close()
print(o.gi_frame, o.gi_yieldfrom)

# close() of a delegate that refuses: the host sees the RuntimeError
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def host4():
    yield from refuses()
h4 = host4()
next(h4)
try:
    h4.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: 2 1
# expect: value: liftoff ('liftoff',)
# expect: default
# expect: [2, 1, "got 'liftoff'"]
# expect: [3, 2, 1] 10 [2, 1] {2: None, 1: None}
# expect: [(3, 'a'), (2, 'b')] ['2', '1'] [(0, 2), (1, 1)]
# expect: 1
# expect: direct __next__: liftoff
# expect: tick recovered recovered after: thrower done
# expect: [(ValueError('v'),), (<class 'ValueError'>, 'as value'), (KeyError('k'),)]
# expect: closed: ['close'] None
# expect: not delegated: IndexError('ix') None
# expect: host caught angry
# expect: 1 inner caught inner result None
# expect: None None
# expect: RuntimeError: generator ignored GeneratorExit
