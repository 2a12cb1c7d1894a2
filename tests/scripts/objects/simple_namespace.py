# types.SimpleNamespace (the type of sys.implementation) and what sys.implementation holds.
import sys
NS = type(sys.implementation)

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

impl = sys.implementation
t("impl type", lambda: (type(impl).__name__, type(impl).__module__, isinstance(impl, type(sys))))
t("impl attrs", lambda: sorted(vars(impl)))
t("impl name", lambda: (type(impl.name).__name__, impl.name == impl.name.lower(), impl.cache_tag.startswith(impl.name + "-")))
t("impl version", lambda: (type(impl.version) is type(sys.version_info), len(impl.version), impl.version.releaselevel))
v = impl.version
t("impl hexversion", lambda: impl.hexversion == (v.major << 24 | v.minor << 16 | v.micro << 8 | 0xF0 | v.serial))
t("impl multiarch", lambda: impl._multiarch.endswith("-linux-gnu"))
t("ns", lambda: NS(a=1, b="x"))
t("ns empty", lambda: NS())
t("ns positional", lambda: NS(1))
t("ns positional dict", lambda: NS({"a": 1}))
t("ns eq", lambda: (NS(a=1) == NS(a=1), NS(a=1) != NS(a=2), NS(a=1) == {"a": 1}))
t("ns lt", lambda: NS(a=1) < NS(a=2))
t("ns hash", lambda: hash(NS()))
t("ns names", lambda: (NS.__name__, NS.__module__, NS.__qualname__, NS.__bases__))
n = NS(x=1)
n.y = [2]
del n.x
t("ns mutate", lambda: n)
t("ns del missing", lambda: delattr(n, "q"))
t("ns get missing", lambda: n.q)
n.self = n
t("ns recursive", lambda: n)
class Sub(NS):
    pass
t("sub", lambda: (Sub(a=1), Sub(a=1) == NS(a=1)))
t("ns reduce", lambda: NS(a=1).__reduce__())
r = NS(a=1, b=[2]).__reduce__()
t("ns rebuild", lambda: r[0](**r[2]))
t("ns keywords", lambda: NS(**{1: 2}))
t("ns dict", lambda: NS(a=1).__dict__)
t("ns order", lambda: NS(b=1, a=2))
t("ns odd key", lambda: NS(**{"a b": 1}))
t("ns init again", lambda: (NS.__init__(n, z=3), n.z))
t("ns doc", lambda: NS.__doc__)
# expect: impl type ('SimpleNamespace', 'types', False)
# expect: impl attrs ['_multiarch', 'cache_tag', 'hexversion', 'name', 'version']
# expect: impl name ('str', True, True)
# expect: impl version (True, 5, 'final')
# expect: impl hexversion True
# expect: impl multiarch True
# expect: ns namespace(a=1, b='x')
# expect: ns empty namespace()
# expect: ns positional -> TypeError: no positional arguments expected
# expect: ns positional dict -> TypeError: no positional arguments expected
# expect: ns eq (True, True, False)
# expect: ns lt -> TypeError: '<' not supported between instances of 'dict' and 'dict'
# expect: ns hash -> TypeError: unhashable type: 'types.SimpleNamespace'
# expect: ns names ('SimpleNamespace', 'types', 'SimpleNamespace', (<class 'object'>,))
# expect: ns mutate namespace(y=[2])
# expect: ns del missing -> AttributeError: 'types.SimpleNamespace' object has no attribute 'q'
# expect: ns get missing -> AttributeError: 'types.SimpleNamespace' object has no attribute 'q'
# expect: ns recursive namespace(y=[2], self=namespace(...))
# expect: sub (Sub(a=1), True)
# expect: ns reduce (<class 'types.SimpleNamespace'>, (), {'a': 1})
# expect: ns rebuild namespace(a=1, b=[2])
# expect: ns keywords -> TypeError: keywords must be strings
# expect: ns dict {'a': 1}
# expect: ns order namespace(b=1, a=2)
# expect: ns odd key namespace(a b=1)
# expect: ns init again (None, 3)
# expect: ns doc 'A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)'
