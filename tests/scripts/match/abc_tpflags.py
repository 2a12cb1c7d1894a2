# Sequence/Mapping ABC flags: visible in __flags__, inherited by registration-free subclasses, and refused together.
from collections.abc import Collection, Sequence, Mapping
print(bool(Sequence.__flags__ & (1 << 5)), bool(Mapping.__flags__ & (1 << 6)), bool(list.__flags__ & (1 << 5)), bool(dict.__flags__ & (1 << 6)))
try:
    class Both(Collection):
        __abc_tpflags__ = (Sequence.__flags__ | Mapping.__flags__)
except TypeError as e:
    print(e)
class S(Sequence):
    def __getitem__(self, i):
        return [1, 2][i]
    def __len__(self):
        return 2
match S():
    case [a, b]:
        print("sequence", a, b)

# expect: True True True True
# expect: __abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING
# expect: sequence 1 2
