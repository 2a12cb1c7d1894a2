# A comparison method that cannot be bound (a property raising) makes the comparison NotImplemented.
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
    __lt__ = property(booh)
e = E()
print(e == e, E() == E(), e != E())
try:
    E() < E()
except TypeError as x:
    print(x)
class A:
    a = property(booh)
try:
    A().a
except AttributeError as x:
    print(x)

# expect: True False True
# expect: '<' not supported between instances of 'E' and 'E'
# expect: booh
