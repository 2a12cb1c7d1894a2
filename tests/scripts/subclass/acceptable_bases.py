# which built-ins accept subclasses ("type X is not an acceptable base type"), lay-out conflicts, nonempty __slots__ rules
import sys
bases = [int, float, complex, str, tuple, list, dict, set, frozenset, object, type, BaseException, Exception, ValueError,
         KeyError, OSError, StopIteration, SyntaxError, property, staticmethod, classmethod, super, enumerate, zip, map,
         filter, reversed]
for b in bases:
    try:
        C = type("C", (b,), {"extra": 1})
        print(b.__name__, "ok", C.__mro__[1:] == b.__mro__, C.__base__ is b)
    except Exception as e:
        print(b.__name__, type(e).__name__, e)
refused = [bool, range, slice, type(None), type(lambda: 0), type((x for x in [])), type(print), type(len), type(...),
           type(NotImplemented), type(iter([])), type({}.keys()), type(sys), bool,
           type(type.__dict__["__dict__"]), type(str.upper), type((1).__add__), type(property().getter), type(iter("")),
           type(iter(range(3)))]
for b in refused:
    try:
        type("C", (b,), {})
        print(b.__name__, "accepted")
    except TypeError as e:
        print(b.__name__, "TypeError:", e)
for pair in [(int, str), (str, int), (int, float), (float, complex), (list, dict), (tuple, list), (str, tuple), (dict, set),
             (int, BaseException), (str, Exception), (list, Exception), (KeyError, OSError), (ValueError, TypeError),
             (property, int), (object, int), (int, object), (str, object), (enumerate, zip)]:
    try:
        type("M", pair, {})
        print([p.__name__ for p in pair], "ok")
    except TypeError as e:
        print([p.__name__ for p in pair], "TypeError:", e)
for b in [int, float, complex, str, tuple, list, dict, set, frozenset, object, BaseException, property, super, enumerate, zip, map]:
    for slots in [(), ("a",), ("__dict__",), ("a", "__dict__")]:
        try:
            C = type("S", (b,), {"__slots__": slots})
            r = "ok"
        except TypeError as e:
            r = "TypeError: " + str(e)
        print(b.__name__, slots, r)

# expect: int ok True True
# expect: float ok True True
# expect: complex ok True True
# expect: str ok True True
# expect: tuple ok True True
# expect: list ok True True
# expect: dict ok True True
# expect: set ok True True
# expect: frozenset ok True True
# expect: object ok True True
# expect: type ok True True
# expect: BaseException ok True True
# expect: Exception ok True True
# expect: ValueError ok True True
# expect: KeyError ok True True
# expect: OSError ok True True
# expect: StopIteration ok True True
# expect: SyntaxError ok True True
# expect: property ok True True
# expect: staticmethod ok True True
# expect: classmethod ok True True
# expect: super ok True True
# expect: enumerate ok True True
# expect: zip ok True True
# expect: map ok True True
# expect: filter ok True True
# expect: reversed ok True True
# expect: bool TypeError: type 'bool' is not an acceptable base type
# expect: range TypeError: type 'range' is not an acceptable base type
# expect: slice TypeError: type 'slice' is not an acceptable base type
# expect: NoneType TypeError: type 'NoneType' is not an acceptable base type
# expect: function TypeError: type 'function' is not an acceptable base type
# expect: generator TypeError: type 'generator' is not an acceptable base type
# expect: builtin_function_or_method TypeError: type 'builtin_function_or_method' is not an acceptable base type
# expect: builtin_function_or_method TypeError: type 'builtin_function_or_method' is not an acceptable base type
# expect: ellipsis TypeError: type 'ellipsis' is not an acceptable base type
# expect: NotImplementedType TypeError: type 'NotImplementedType' is not an acceptable base type
# expect: list_iterator TypeError: type 'list_iterator' is not an acceptable base type
# expect: dict_keys TypeError: type 'dict_keys' is not an acceptable base type
# expect: module accepted
# expect: bool TypeError: type 'bool' is not an acceptable base type
# expect: getset_descriptor TypeError: type 'getset_descriptor' is not an acceptable base type
# expect: method_descriptor TypeError: type 'method_descriptor' is not an acceptable base type
# expect: method-wrapper TypeError: type 'method-wrapper' is not an acceptable base type
# expect: builtin_function_or_method TypeError: type 'builtin_function_or_method' is not an acceptable base type
# expect: str_ascii_iterator TypeError: type 'str_ascii_iterator' is not an acceptable base type
# expect: range_iterator TypeError: type 'range_iterator' is not an acceptable base type
# expect: ['int', 'str'] TypeError: multiple bases have instance lay-out conflict
# expect: ['str', 'int'] TypeError: multiple bases have instance lay-out conflict
# expect: ['int', 'float'] TypeError: multiple bases have instance lay-out conflict
# expect: ['float', 'complex'] TypeError: multiple bases have instance lay-out conflict
# expect: ['list', 'dict'] TypeError: multiple bases have instance lay-out conflict
# expect: ['tuple', 'list'] TypeError: multiple bases have instance lay-out conflict
# expect: ['str', 'tuple'] TypeError: multiple bases have instance lay-out conflict
# expect: ['dict', 'set'] TypeError: multiple bases have instance lay-out conflict
# expect: ['int', 'BaseException'] TypeError: multiple bases have instance lay-out conflict
# expect: ['str', 'Exception'] TypeError: multiple bases have instance lay-out conflict
# expect: ['list', 'Exception'] TypeError: multiple bases have instance lay-out conflict
# expect: ['KeyError', 'OSError'] ok
# expect: ['ValueError', 'TypeError'] ok
# expect: ['property', 'int'] TypeError: multiple bases have instance lay-out conflict
# expect: ['object', 'int'] TypeError: Cannot create a consistent method resolution
# expect: order (MRO) for bases object, int
# expect: ['int', 'object'] ok
# expect: ['str', 'object'] ok
# expect: ['enumerate', 'zip'] TypeError: multiple bases have instance lay-out conflict
# expect: int () ok
# expect: int ('a',) TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: int ('__dict__',) TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: int ('a', '__dict__') TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: float () ok
# expect: float ('a',) ok
# expect: float ('__dict__',) ok
# expect: float ('a', '__dict__') ok
# expect: complex () ok
# expect: complex ('a',) ok
# expect: complex ('__dict__',) ok
# expect: complex ('a', '__dict__') ok
# expect: str () ok
# expect: str ('a',) ok
# expect: str ('__dict__',) ok
# expect: str ('a', '__dict__') ok
# expect: tuple () ok
# expect: tuple ('a',) TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: tuple ('__dict__',) TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: tuple ('a', '__dict__') TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: list () ok
# expect: list ('a',) ok
# expect: list ('__dict__',) ok
# expect: list ('a', '__dict__') ok
# expect: dict () ok
# expect: dict ('a',) ok
# expect: dict ('__dict__',) ok
# expect: dict ('a', '__dict__') ok
# expect: set () ok
# expect: set ('a',) ok
# expect: set ('__dict__',) ok
# expect: set ('a', '__dict__') ok
# expect: frozenset () ok
# expect: frozenset ('a',) ok
# expect: frozenset ('__dict__',) ok
# expect: frozenset ('a', '__dict__') ok
# expect: object () ok
# expect: object ('a',) ok
# expect: object ('__dict__',) ok
# expect: object ('a', '__dict__') ok
# expect: BaseException () ok
# expect: BaseException ('a',) ok
# expect: BaseException ('__dict__',) TypeError: __dict__ slot disallowed: we already got one
# expect: BaseException ('a', '__dict__') TypeError: __dict__ slot disallowed: we already got one
# expect: property () ok
# expect: property ('a',) ok
# expect: property ('__dict__',) ok
# expect: property ('a', '__dict__') ok
# expect: super () ok
# expect: super ('a',) ok
# expect: super ('__dict__',) ok
# expect: super ('a', '__dict__') ok
# expect: enumerate () ok
# expect: enumerate ('a',) ok
# expect: enumerate ('__dict__',) ok
# expect: enumerate ('a', '__dict__') ok
# expect: zip () ok
# expect: zip ('a',) ok
# expect: zip ('__dict__',) ok
# expect: zip ('a', '__dict__') ok
# expect: map () ok
# expect: map ('a',) ok
# expect: map ('__dict__',) ok
# expect: map ('a', '__dict__') ok
