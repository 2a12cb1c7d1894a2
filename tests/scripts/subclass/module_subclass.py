# subclasses of the module type: tp_new, properties and slots, __class__ assignment, generic setattr
import sys
M = type(sys)
class C(M):
    @property
    def answer(self):
        return 42
    def hello(self):
        return "hi " + self.__name__
m = C("mod", "the doc")
m.x = 1
print(type(m).__name__, m.x, m.answer, m.hello(), m.__doc__, m.__dict__["x"], sorted(k for k in vars(m) if not k.startswith("__")))
try:
    m.answer = 3
except AttributeError as e:
    print("AttributeError:", e)
class D(M):
    __slots__ = ("s",)
d = D("d")
d.s = 5
d.y = 6
print(d.s, d.y, "s" in d.__dict__)
class MyMod(M):
    def f(self):
        return "f of " + self.__name__
plain = M("q")
plain.__class__ = MyMod
print(type(plain).__name__, plain.f())
try:
    del sys.nonexistent_attribute
except AttributeError as e:
    print("AttributeError:", e)
sys.tmp_attr = 1
print(sys.tmp_attr, "tmp_attr" in vars(sys))
del sys.tmp_attr
print(hasattr(sys, "tmp_attr"))

# expect: C 1 42 hi mod the doc 1 ['x']
# expect: AttributeError: property 'answer' of 'C' object has no setter
# expect: 5 6 False
# expect: MyMod f of q
# expect: AttributeError: 'module' object has no attribute 'nonexistent_attribute'
# expect: 1 True
# expect: False
