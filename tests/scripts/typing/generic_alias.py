# types.GenericAlias (PEP 585): list[int] and friends, without the typing module.
GA = type(list[int])

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class TV:
    # A TypeVar-like parameter: it has __typing_subst__.
    def __init__(self, name):
        self.name = name
    def __typing_subst__(self, arg):
        return arg
    def __repr__(self):
        return "~" + self.name
T, S = TV("T"), TV("S")

print(GA.__name__, GA.__module__, GA.__qualname__, type(GA).__name__)
t("reprs", lambda: (list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[None], list["x"]))
t("repr items", lambda: (list[len], list[...], list[type(None)], list[list[tuple[int, ...]]]))
t("ctor", lambda: GA(list, int))
t("ctor tuple", lambda: GA(list, (int, str)))
t("ctor kw", lambda: GA(list, int, x=1))
t("ctor one", lambda: GA(list))
t("ctor three", lambda: GA(list, int, str))
t("origin/args", lambda: (dict[str, int].__origin__, dict[str, int].__args__, list[int].__parameters__))
t("readonly", lambda: setattr(list[int], "__origin__", 1))
t("no attr", lambda: setattr(list[int], "x", 1))
t("eq", lambda: (list[int] == list[int], list[int] != list[str], list[int] == list, list[int] == 3))
t("hash", lambda: hash(list[int]) == hash(list[int]) and hash(list[int]) == hash(list) ^ hash((int,)))
t("lt", lambda: list[int] < list[int])
t("call", lambda: (list[int](), list[int]("ab"), dict[str, int](a=1), type(tuple[int]((1,))).__name__))
t("call error", lambda: list[int](1))
class C(list):
    pass
c = C[int]()
t("orig_class", lambda: (c.__orig_class__, type(c).__name__))
t("no orig_class", lambda: hasattr(dict[int, int](), "__orig_class__"))
t("delegation", lambda: (list[int].append is list.append, list[int].__name__, list[int].__module__,
                         list[int].__class__.__name__, dict[str, int].fromkeys("ab")))
t("isinstance", lambda: isinstance([], list[int]))
t("issubclass", lambda: issubclass(list, list[int]))
t("isinstance type", lambda: isinstance(list[int], type))
t("mro_entries", lambda: list[int].__mro_entries__((list[int],)))
t("reduce", lambda: list[int].__reduce__())
t("not generic", lambda: list[int][str])
t("not generic dict", lambda: dict[str, int][int])
t("params", lambda: (list[T].__parameters__, dict[T, list[T]].__parameters__, dict[T, S].__parameters__))
t("subst", lambda: (dict[str, T][int], dict[T, list[T]][int], dict[T, list[S]][str, int]))
t("subst too many", lambda: list[T][int, str])
t("subst too few", lambda: dict[T, S][int])
t("unpacked", lambda: ((*tuple[int, ...],), tuple[int, *tuple[str, ...]]))
t("unpacked attrs", lambda: ([*tuple[int]][0].__unpacked__, tuple[int].__unpacked__,
                             [*tuple[int, str]][0].__typing_unpacked_tuple_args__,
                             tuple[int].__typing_unpacked_tuple_args__, [*list[int]][0].__typing_unpacked_tuple_args__))
t("iter", lambda: (list(iter(tuple[int])), next(iter(list[int])) == list[int]))
starred = next(iter(tuple[int]))
t("starred reduce", lambda: (starred.__reduce__()[0].__name__, list(starred.__reduce__()[1][0])))
t("subst unpacked", lambda: dict[T, S][*tuple[int, str]])
t("or", lambda: (list[int] | int, int | list[int], list[int] | None))
t("dir", lambda: sorted(set(dir(list[int])) - set(dir(list))))
class G(GA):
    pass
g = G(list, int)
g.note = "subclass instances have a __dict__"
t("subclass", lambda: (type(g).__name__, g, g.note, g == list[int]))
t("subclass getitem", lambda: type(G(list, T)[int]).__name__)
# expect: GenericAlias types GenericAlias type
# expect: reprs (list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[None], list['x'])
# expect: repr items (list[len], list[...], list[NoneType], list[list[tuple[int, ...]]])
# expect: ctor list[int]
# expect: ctor tuple list[int, str]
# expect: ctor kw -> TypeError: GenericAlias() takes no keyword arguments
# expect: ctor one -> TypeError: GenericAlias expected 2 arguments, got 1
# expect: ctor three -> TypeError: GenericAlias expected 2 arguments, got 3
# expect: origin/args (<class 'dict'>, (<class 'str'>, <class 'int'>), ())
# expect: readonly -> AttributeError: readonly attribute
# expect: no attr -> AttributeError: 'types.GenericAlias' object has no attribute 'x'
# expect: eq (True, True, False, False)
# expect: hash True
# expect: lt -> TypeError: '<' not supported between instances of 'types.GenericAlias' and 'types.GenericAlias'
# expect: call ([], ['a', 'b'], {'a': 1}, 'tuple')
# expect: call error -> TypeError: 'int' object is not iterable
# expect: orig_class (__main__.C[int], 'C')
# expect: no orig_class False
# expect: delegation (True, 'list', 'builtins', 'GenericAlias', {'a': None, 'b': None})
# expect: isinstance -> TypeError: isinstance() argument 2 cannot be a parameterized generic
# expect: issubclass -> TypeError: issubclass() argument 2 cannot be a parameterized generic
# expect: isinstance type False
# expect: mro_entries (<class 'list'>,)
# expect: reduce (<class 'types.GenericAlias'>, (<class 'list'>, (<class 'int'>,)))
# expect: not generic -> TypeError: list[int] is not a generic class
# expect: not generic dict -> TypeError: dict[str, int] is not a generic class
# expect: params ((~T,), (~T,), (~T, ~S))
# expect: subst (dict[str, int], dict[int, list[int]], dict[str, list[int]])
# expect: subst too many -> TypeError: Too many arguments for list[~T]; actual 2, expected 1
# expect: subst too few -> TypeError: Too few arguments for dict[~T, ~S]; actual 1, expected 2
# expect: unpacked ((*tuple[int, ...],), tuple[int, *tuple[str, ...]])
# expect: unpacked attrs (True, False, (<class 'int'>, <class 'str'>), None, None)
# expect: iter ([*tuple[int]], False)
# expect: starred reduce ('next', [*tuple[int]])
# expect: subst unpacked dict[int, str]
# expect: or (list[int] | int, int | list[int], list[int] | None)
# expect: dir ['__args__', '__copy__', '__deepcopy__', '__mro_entries__', '__origin__', '__parameters__', '__typing_unpacked_tuple_args__', '__unpacked__']
# expect: subclass -> AttributeError: type object 'list' has no attribute 'note'
# expect: subclass getitem 'GenericAlias'
