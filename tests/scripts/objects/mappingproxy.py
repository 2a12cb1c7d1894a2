# types.MappingProxyType: cls.__dict__, vars(cls), and proxies of any mapping.
MP = type(type.__dict__)
class OD(dict):
    def copy(self): return OD(self)
    def __repr__(self): return "OrderedDict(%r)" % list(self.items())

def t(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, "->", type(e).__name__ + ":", e)
p = MP({"a": 1, "b": 2})
t("repr", lambda: p)
t("str", lambda: str(p))
t("hash", lambda: hash(p))
t("hash2", lambda: hash(MP(OD())))
t("eq", lambda: p == {"a": 1, "b": 2})
t("eq2", lambda: {"a": 1, "b": 2} == p)
t("lt", lambda: p < {})
t("len", lambda: len(p))
t("iter", lambda: list(p))
t("reversed", lambda: list(reversed(p)))
t("keys", lambda: p.keys())
t("values", lambda: p.values())
t("items", lambda: p.items())
t("get", lambda: p.get("a"))
t("get2", lambda: p.get())
t("get kw", lambda: p.get("a", default=3))
t("contains", lambda: "a" in p)
t("contains unhash", lambda: [] in p)
t("getitem missing", lambda: p["zz"])
t("or", lambda: p | p)
t("ror", lambda: {"z": 0} | p)
t("or bad", lambda: p | 3)
def ior():
    global p
    p |= {"c": 3}
t("ior", ior)
t("copy", lambda: p.copy())
t("copy od", lambda: MP(OD(a=1)).copy())
t("ctor no arg", lambda: MP())
t("ctor kw", lambda: MP(mapping={}))
t("ctor 2", lambda: MP({}, {}))
t("ctor str", lambda: MP("abc"))
t("ctor tuple", lambda: MP((1,2)))
t("ctor mp", lambda: MP(p))
t("setattr", lambda: setattr(p, "x", 1))
t("delitem", lambda: p.__delitem__("a"))
t("subclass", lambda: type("S", (MP,), {}))
t("dir", lambda: [n for n in dir(p) if not n.startswith("__")])
t("class_getitem", lambda: MP[str, int])
t("bool", lambda: bool(MP({})))
t("type dict", lambda: type.__dict__["__dict__"])
t("proxy in gc", lambda: __import__('gc').is_tracked(p))
t("new via call", lambda: type(int.__dict__)({1: 2})[1])
class P:
    x = 1
class P:
    x = 1
    def m(self):
        return "m"
cd = P.__dict__
t("class dict", lambda: (type(cd).__name__, type(vars(P)).__name__, "m" in cd, cd["x"], cd.get("zz", "none")))
t("class dict setitem", lambda: cd.__setitem__("y", 2))
def set_item():
    cd["y"] = 2
def del_item():
    del cd["x"]
t("setitem", set_item)
t("delitem", del_item)
t("pop", lambda: cd.pop("x"))
P.y = 5
P.m = lambda self: "replaced"
t("setattr visible", lambda: (cd["y"], "y" in cd, P().m()))
del P.y
t("delattr visible", lambda: "y" in cd)
class Q(P):
    pass
P.m = lambda self: "again"
t("method cache", lambda: (Q().m(), "m" in vars(Q)))
t("type dict", lambda: (type(type.__dict__).__name__, type(int.__dict__).__name__, "__add__" in int.__dict__))
t("module dict is a dict", lambda: type(__import__("sys").__dict__).__name__)
t("proxy of proxy", lambda: MP(MP({"k": 1}))["k"])
t("proxy gc", lambda: __import__("gc").is_tracked(MP({})))
class Q2:
    def __getitem__(self, k):
        return k * 2
t("any mapping", lambda: MP(Q2())["ab"])
t("dunders", lambda: sorted(n for n in MP.__dict__ if n not in ("__getattribute__",)))
# expect: repr mappingproxy({'a': 1, 'b': 2})
# expect: str "{'a': 1, 'b': 2}"
# expect: hash -> TypeError: unhashable type: 'mappingproxy'
# expect: hash2 -> TypeError: unhashable type: 'mappingproxy'
# expect: eq True
# expect: eq2 True
# expect: lt -> TypeError: '<' not supported between instances of 'dict' and 'dict'
# expect: len 2
# expect: iter ['a', 'b']
# expect: reversed ['b', 'a']
# expect: keys dict_keys(['a', 'b'])
# expect: values dict_values([1, 2])
# expect: items dict_items([('a', 1), ('b', 2)])
# expect: get 1
# expect: get2 -> TypeError: get expected at least 1 argument, got 0
# expect: get kw -> TypeError: mappingproxy.get() takes no keyword arguments
# expect: contains True
# expect: contains unhash -> TypeError: unhashable type: 'list'
# expect: getitem missing -> KeyError: 'zz'
# expect: or {'a': 1, 'b': 2}
# expect: ror {'z': 0, 'a': 1, 'b': 2}
# expect: or bad -> TypeError: unsupported operand type(s) for |: 'dict' and 'int'
# expect: ior -> TypeError: '|=' is not supported by mappingproxy; use '|' instead
# expect: copy {'a': 1, 'b': 2}
# expect: copy od OrderedDict([('a', 1)])
# expect: ctor no arg -> TypeError: mappingproxy() missing required argument 'mapping' (pos 1)
# expect: ctor kw mappingproxy({})
# expect: ctor 2 -> TypeError: mappingproxy() takes at most 1 argument (2 given)
# expect: ctor str mappingproxy('abc')
# expect: ctor tuple -> TypeError: mappingproxy() argument must be a mapping, not tuple
# expect: ctor mp mappingproxy(mappingproxy({'a': 1, 'b': 2}))
# expect: setattr -> AttributeError: 'mappingproxy' object has no attribute 'x'
# expect: delitem -> AttributeError: 'mappingproxy' object has no attribute '__delitem__'
# expect: subclass -> TypeError: type 'mappingproxy' is not an acceptable base type
# expect: dir ['copy', 'get', 'items', 'keys', 'values']
# expect: class_getitem mappingproxy[str, int]
# expect: bool False
# expect: type dict <attribute '__dict__' of 'type' objects>
# expect: proxy in gc True
# expect: new via call 2
# expect: class dict ('mappingproxy', 'mappingproxy', True, 1, 'none')
# expect: class dict setitem -> AttributeError: 'mappingproxy' object has no attribute '__setitem__'
# expect: setitem -> TypeError: 'mappingproxy' object does not support item assignment
# expect: delitem -> TypeError: 'mappingproxy' object does not support item deletion
# expect: pop -> AttributeError: 'mappingproxy' object has no attribute 'pop'
# expect: setattr visible (5, True, 'replaced')
# expect: delattr visible False
# expect: method cache ('again', False)
# expect: type dict ('mappingproxy', 'mappingproxy', True)
# expect: module dict is a dict 'dict'
# expect: proxy of proxy 1
# expect: proxy gc True
# expect: any mapping 'abab'
# expect: dunders ['__class_getitem__', '__contains__', '__doc__', '__eq__', '__ge__', '__getitem__', '__gt__', '__hash__', '__ior__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__repr__', '__reversed__', '__ror__', '__str__', 'copy', 'get', 'items', 'keys', 'values']
