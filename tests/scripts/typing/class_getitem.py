# __class_getitem__ on the built-in generic classes and on user classes.
import builtins

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print([n for n in dir(builtins) if hasattr(getattr(builtins, n), "__class_getitem__")])
print(type(list.__dict__["__class_getitem__"]).__name__, list.__class_getitem__.__doc__)
t("builtins", lambda: (list[int], dict[str, int], tuple[int], set[int], frozenset[str], enumerate[str], type[int],
                      ExceptionGroup[ValueError], BaseExceptionGroup[int]))
t("direct", lambda: list.__class_getitem__(int))
t("direct kw", lambda: list.__class_getitem__(item=int))
t("type of type", lambda: type(type[int]).__name__)
t("int", lambda: int[str])
t("str", lambda: str[int])
t("instance", lambda: [1][int])

class Registry:
    log = []
    def __class_getitem__(cls, item):
        cls.log.append(item)
        return f"{cls.__name__}<{getattr(item, '__name__', item)}>"
print(Registry[int], Registry["x"], Registry[int, str], Registry.log[-1])
print(type(Registry.__dict__["__class_getitem__"]).__name__)
class Sub(Registry):
    pass
print(Sub[float])
t("instance subscript", lambda: Sub()[1])
class Plain:
    pass
t("plain", lambda: Plain[int])
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Explicit[1])
class Static:
    @staticmethod
    def __class_getitem__(item):
        return ("static", item)
print(Static[2])
class NotCallable:
    __class_getitem__ = 5
t("not callable", lambda: NotCallable[1])
class Meta(type):
    def __getitem__(cls, item):
        return ("meta wins", item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[3])
class Generic:
    __class_getitem__ = classmethod(type(list[int]))
print(Generic[int], Generic[int].__origin__ is Generic)

# expect: ['BaseExceptionGroup', 'ExceptionGroup', 'dict', 'enumerate', 'frozenset', 'list', 'set', 'tuple']
# expect: classmethod_descriptor See PEP 585
# expect: builtins (list[int], dict[str, int], tuple[int], set[int], frozenset[str], enumerate[str], type[int], ExceptionGroup[ValueError], BaseExceptionGroup[int])
# expect: direct list[int]
# expect: direct kw -> TypeError: list.__class_getitem__() takes no keyword arguments
# expect: type of type 'GenericAlias'
# expect: int -> TypeError: type 'int' is not subscriptable
# expect: str -> TypeError: type 'str' is not subscriptable
# expect: instance -> TypeError: list indices must be integers or slices, not type
# expect: Registry<int> Registry<x> Registry<(<class 'int'>, <class 'str'>)> (<class 'int'>, <class 'str'>)
# expect: classmethod
# expect: Sub<float>
# expect: instance subscript -> TypeError: 'Sub' object is not subscriptable
# expect: plain -> TypeError: type 'Plain' is not subscriptable
# expect: ('Explicit', 1)
# expect: ('static', 2)
# expect: not callable -> TypeError: 'int' object is not callable
# expect: ('meta wins', 3)
# expect: __main__.Generic[int] True
