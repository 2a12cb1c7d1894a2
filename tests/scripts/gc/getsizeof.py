# sys.getsizeof adds the collector's header for objects that carry one.
import sys
print(sys.getsizeof([]) > [].__sizeof__(), sys.getsizeof({}) > {}.__sizeof__())
# expect: True True
print(sys.getsizeof([]) - [].__sizeof__() == sys.getsizeof(()) - ().__sizeof__())
# expect: True
print(sys.getsizeof(1) == (1).__sizeof__(), sys.getsizeof(1.5) == (1.5).__sizeof__(), sys.getsizeof("ab") == "ab".__sizeof__())
# expect: True True True
class C:
    pass
print(sys.getsizeof(C()) > C().__sizeof__(), sys.getsizeof(int) > 0)
# expect: True True
print(sys.getsizeof([1, 2, 3]) - sys.getsizeof([]) == [1, 2, 3].__sizeof__() - [].__sizeof__())
# expect: True
print(sys.getsizeof(object(), 7) > 0)
# expect: True
