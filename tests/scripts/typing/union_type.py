# types.UnionType (PEP 604): X | Y between classes, None, aliases and unions.
U = type(int | str)

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class TV:
    def __init__(self, name):
        self.name = name
    def __typing_subst__(self, arg):
        return arg
    def __repr__(self):
        return "~" + self.name
T = TV("T")

print(U.__name__, U.__module__, U.__qualname__)
t("ctor", lambda: U(int))
t("subclass", lambda: type("S", (U,), {}))
t("reprs", lambda: (int | str, int | None, None | int, list[int] | None, int | dict[str, list[int]], int | str | float))
t("args", lambda: ((int | None).__args__, (list[int] | int).__args__, (int | str | float).__args__))
t("dedup", lambda: (int | int, (int | str) | int, int | (str | int), list[int] | list[int], (int | str) | (bytes | int)))
t("none none", lambda: None | None)
t("eq", lambda: ((int | str) == (str | int), (int | str | float) == (float | int | str), (int | str) == 3,
                 list[int] == (list[int] | list[int])))
t("hash", lambda: (hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset((int, str)))))
t("set", lambda: len({int | str, str | int}))
t("bool", lambda: bool(int | str))
t("isinstance", lambda: (isinstance(3, int | str), isinstance("s", int | str), isinstance(2.0, int | str),
                         isinstance(None, None | int), isinstance(True, int | None)))
t("isinstance nested", lambda: (isinstance(b"", (int, bytes | str)), isinstance(1.5, int | (float | bytes)),
                                isinstance(1, (str, int | None))))
t("issubclass", lambda: (issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None)))
t("isinstance alias member", lambda: isinstance(1, int | list[int]))
t("isinstance alias", lambda: isinstance([], int | list[int]))
t("issubclass alias", lambda: issubclass(list, int | list[int]))
t("issubclass non-class", lambda: issubclass(1, int | str))
t("or str", lambda: int | "str")
t("or int", lambda: int | 3)
t("or ellipsis", lambda: int | ...)
t("union or int", lambda: (int | str) | 3)
t("int or union", lambda: 3 | (int | str))
t("dunder", lambda: (type.__or__(int, str), type.__or__(int, 3), type.__ror__(int, str), (int | str).__or__(len)))
class M(type):
    pass
class A(metaclass=M):
    pass
t("metaclass", lambda: A | int)
t("no origin", lambda: (int | str).__origin__)
t("no instancecheck", lambda: (int | str).__instancecheck__(1))
t("setattr", lambda: setattr(int | str, "x", 1))
t("readonly", lambda: setattr(int | str, "__args__", ()))
t("dir", lambda: [n for n in dir(int | str) if not n.startswith("_")])
t("call", lambda: (int | str)())
t("not generic", lambda: (int | str)[int])
t("params", lambda: ((int | list[T]).__parameters__, (int | str).__parameters__))
t("subst", lambda: ((int | list[T])[str], (list[T] | dict[str, T])[bytes], (int | list[T])[int]))
t("base class", lambda: type("X", (int | str,), {}))
# expect: UnionType types UnionType
# expect: ctor -> TypeError: cannot create 'types.UnionType' instances
# expect: subclass -> TypeError: type 'types.UnionType' is not an acceptable base type
# expect: reprs (int | str, int | None, None | int, list[int] | None, int | dict[str, list[int]], int | str | float)
# expect: args ((<class 'int'>, <class 'NoneType'>), (list[int], <class 'int'>), (<class 'int'>, <class 'str'>, <class 'float'>))
# expect: dedup (<class 'int'>, int | str, int | str, list[int], int | str | bytes)
# expect: none none -> TypeError: unsupported operand type(s) for |: 'NoneType' and 'NoneType'
# expect: eq (True, True, False, True)
# expect: hash (True, True)
# expect: set 1
# expect: bool True
# expect: isinstance (True, True, False, True, True)
# expect: isinstance nested (True, True, True)
# expect: issubclass (True, False, True)
# expect: isinstance alias member True
# expect: isinstance alias -> TypeError: isinstance() argument 2 cannot be a parameterized generic
# expect: issubclass alias -> TypeError: issubclass() argument 2 cannot be a parameterized generic
# expect: issubclass non-class -> TypeError: issubclass() arg 1 must be a class
# expect: or str -> TypeError: unsupported operand type(s) for |: 'type' and 'str'
# expect: or int -> TypeError: unsupported operand type(s) for |: 'type' and 'int'
# expect: or ellipsis -> TypeError: unsupported operand type(s) for |: 'type' and 'ellipsis'
# expect: union or int -> TypeError: unsupported operand type(s) for |: 'types.UnionType' and 'int'
# expect: int or union -> TypeError: unsupported operand type(s) for |: 'int' and 'types.UnionType'
# expect: dunder (int | str, NotImplemented, str | int, NotImplemented)
# expect: metaclass __main__.A | int
# expect: no origin -> AttributeError: 'types.UnionType' object has no attribute '__origin__'
# expect: no instancecheck -> AttributeError: 'types.UnionType' object has no attribute '__instancecheck__'
# expect: setattr -> AttributeError: 'types.UnionType' object has no attribute 'x'
# expect: readonly -> AttributeError: readonly attribute
# expect: dir []
# expect: call -> TypeError: 'types.UnionType' object is not callable
# expect: not generic -> TypeError: int | str is not a generic class
# expect: params ((~T,), ())
# expect: subst (int | list[str], list[bytes] | dict[str, bytes], int | list[int])
# expect: base class -> TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
