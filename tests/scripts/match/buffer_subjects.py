# bytearray matches itself in class patterns and never a sequence pattern;
# memoryview is a sequence, bytes is not.
def kind(x):
    match x:
        case bytearray(b):
            return "bytearray self " + repr(b)
        case [a, *rest]:
            return "sequence " + repr(a) + " " + repr(len(rest))
        case _:
            return "other"
print(kind(bytearray(b"ab")), "|", kind(memoryview(b"xy")), "|", kind(b"ab"), "|", kind(bytearray()))
class BA(bytearray):
    pass
print(kind(BA(b"z")))
# expect: bytearray self bytearray(b'ab') | sequence 120 1 | other | bytearray self bytearray(b'')
# expect: bytearray self BA(b'z')
# A mappingproxy (cls.__dict__) is a mapping.
match type(type.__dict__)({"a": 1}):
    case {"a": x}:
        print("mapping", x)
    case _:
        print("not a mapping")
# expect: mapping 1
