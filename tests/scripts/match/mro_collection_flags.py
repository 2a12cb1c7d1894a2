# A class is a sequence or a mapping for match as the first class of its MRO
# that is one (test_patma.TestInheritance.test_multiple_inheritance_*).
import collections, collections.abc

def seq_first(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"

def map_first(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"

class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
for k in (M1, M2, M3, M4, S1, S2, S3, S4):
    print(k.__name__, seq_first(k()), map_first(k()))
print(seq_first(C()), map_first(C()))

# expect: M1 map map
# expect: M2 map map
# expect: M3 map map
# expect: M4 map map
# expect: S1 seq seq
# expect: S2 seq seq
# expect: S3 seq seq
# expect: S4 seq seq
# expect: None None
