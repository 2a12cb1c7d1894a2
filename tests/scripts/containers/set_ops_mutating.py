# Set operations whose elements' __eq__ clears the sets being compared or merged (bpo-46615): no crash.
from random import randrange, seed
import sys
seed(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
def make():
    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if randrange(20) == 0:
                set1.clear()
            if randrange(20) == 0:
                set2.clear()
            return bool(randrange(2))
        def __hash__(self):
            return randrange(2)
    enabled = False
    set1 = set(Bad() for _ in range(randrange(50)))
    set2 = set(Bad() for _ in range(randrange(50)))
    enabled = True
    return set1, set2
ops = {'ior': lambda a, b: a.__ior__(b), 'isub': lambda a, b: a.__isub__(b), 'ixor': lambda a, b: a.__ixor__(b),
       'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'sub': lambda a, b: a - b, 'xor': lambda a, b: a ^ b,
       'eq': lambda a, b: a == b, 'le': lambda a, b: a <= b, 'ge': lambda a, b: a >= b, 'iand': lambda a, b: a.__iand__(b),
       'issubset': lambda a, b: a.issubset(b), 'issuperset': lambda a, b: a.issuperset(b), 'intersection': lambda a, b: a.intersection(b),
       'union': lambda a, b: a.union(b), 'difference': lambda a, b: a.difference(b), 'isdisjoint': lambda a, b: a.isdisjoint(b),
       'update': lambda a, b: a.update(b), 'symdiff_update': lambda a, b: a.symmetric_difference_update(b),
       'diff_update': lambda a, b: a.difference_update(b), 'inter_update': lambda a, b: a.intersection_update(b),
       'iter': lambda a, b: [x for x in a] and [y for y in b]}
for name, f in ops.items():
    for _ in range(200):
        a, b = make()
        try:
            f(a, b)
        except RuntimeError as e:
            assert "changed size during iteration" in str(e), e
    print(name, "ok", flush=True)

# expect: ior ok
# expect: isub ok
# expect: ixor ok
# expect: and ok
# expect: or ok
# expect: sub ok
# expect: xor ok
# expect: eq ok
# expect: le ok
# expect: ge ok
# expect: iand ok
# expect: issubset ok
# expect: issuperset ok
# expect: intersection ok
# expect: union ok
# expect: difference ok
# expect: isdisjoint ok
# expect: update ok
# expect: symdiff_update ok
# expect: diff_update ok
# expect: inter_update ok
# expect: iter ok
