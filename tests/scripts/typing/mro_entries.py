# PEP 560: __mro_entries__ replaces non-class bases; __orig_bases__ keeps the originals.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Base1:
    def who(self):
        return "Base1"
class Base2:
    tag = "b2"
class Maker:
    def __init__(self, *real):
        self.real = real
    def __mro_entries__(self, bases):
        print("  mro_entries got", len(bases), "bases:", [getattr(b, "__name__", "maker") for b in bases])
        return self.real
maker = Maker(Base1, Base2)
class Made(maker):
    pass
print([c.__name__ for c in Made.__mro__], Made.__orig_bases__[0] is maker, Made().who(), Made.tag)
class Mixed(Base2, Maker(Base1)):
    pass
print(Mixed.__bases__, len(Mixed.__orig_bases__))
class FromAlias(list[int]):
    pass
print(FromAlias.__bases__, FromAlias.__orig_bases__, FromAlias([1]), "__orig_bases__" in vars(FromAlias))
class Normal(Base1):
    pass
print("__orig_bases__" in vars(Normal))
class Empty:
    def __mro_entries__(self, bases):
        return ()
class OnlyObject(Empty()):
    pass
print(OnlyObject.__bases__, OnlyObject.__orig_bases__[0].__class__.__name__)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
def bad_class():
    class X(Bad()):
        pass
t("list result", bad_class)
class Raises:
    def __mro_entries__(self, bases):
        raise ValueError("no entries")
def raising():
    class X(Raises()):
        pass
t("raises", raising)
t("type()", lambda: type("X", (Maker(),), {}))
t("type() int base", lambda: type("X", (1,), {}))
def plain_object_base():
    class X(1):
        pass
t("int base", plain_object_base)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("  __prepare__ sees", bases)
        return {}
class WithPrep(Maker(Base1), metaclass=Prep):
    pass
print(WithPrep.__bases__)
# expect:   mro_entries got 1 bases: ['maker']
# expect: ['Made', 'Base1', 'Base2', 'object'] True Base1 b2
# expect:   mro_entries got 2 bases: ['Base2', 'maker']
# expect: (<class '__main__.Base2'>, <class '__main__.Base1'>) 2
# expect: (<class 'list'>,) (list[int],) [1] True
# expect: False
# expect: (<class 'object'>,) Empty
# expect: list result -> TypeError: __mro_entries__ must return a tuple
# expect: raises -> ValueError: no entries
# expect: type() -> TypeError: type() doesn't support MRO entry resolution; use types.new_class()
# expect: type() int base -> TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: int base -> TypeError: int() takes at most 2 arguments (3 given)
# expect:   mro_entries got 1 bases: ['maker']
# expect:   __prepare__ sees (<class '__main__.Base1'>,)
# expect: (<class '__main__.Base1'>,)
