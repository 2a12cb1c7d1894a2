# str subclasses with custom __hash__/__eq__ as dict/set keys and attribute names
class CI(str):
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return self.lower() == str(other).lower()
d = {CI("Ab"): 1}
print(d.get(CI("aB")), d.get("ab"), d.get("AB"), "ab" in d, CI("AB") in {"ab": 0}, {"ab": 0}.get(CI("AB")))
s = {CI("X"), "x"}
print(len(s), sorted(s))
print(CI("Q") == "q", "q" == CI("Q"), "q" != CI("Q"), ["q"].index(CI("Q")), CI("Q") in ["q"], ("q",).count(CI("q")))
class Noisy(str):
    def __eq__(self, other):
        print("eq called", str(self), other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__
n = Noisy("k")
dd = {"k": 1}
print(dd[n])
print({n: 2}["k"])
print(n == "k", "k" == n)
import sys
print(getattr(sys, CI("version_info")) is sys.version_info)
class O: pass
o = O()
setattr(o, CI("attr"), 5)
print(o.attr, getattr(o, CI("ATTR"), "missing"), list(vars(o)), type(list(vars(o))[0]).__name__)
print("-".join([CI("a"), CI("b")]), type(CI("a") + CI("b")).__name__, "%s" % CI("z"), "{}".format(CI("z")))

# expect: 1 1 None True True 0
# expect: 1 ['X']
# expect: True True True 0 True 1
# expect: eq called k k
# expect: 1
# expect: eq called k k
# expect: 2
# expect: eq called k k
# expect: eq called k k
# expect: True True
# expect: True
# expect: 5 5 ['attr'] CI
# expect: a-b str z z
