# bytearray: construction, repr, indexing, slice assignment and deletion
# (linear and extended), the mutating methods, operators and their errors.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(bytearray(), bytearray(3), bytearray(b"ab"), bytearray([65, 66]), bytearray("hé", "utf-8"))
print(bytearray(range(3)), bytearray(iter([1, 2])), bytearray(memoryview(b"xy")), bytearray(x for x in b"gen"))
print(bytearray(b"\"'"), bytearray(b"'"), bytearray(b"\x00\t\n\r\x7f\xff"), bytearray(source=b"kw"))
print(bytearray(True), bytearray((1, 2)), bytearray({5: 0}), bytearray("é", "ascii", "ignore"))
for label, fn in (("neg", lambda: bytearray(-1)), ("str", lambda: bytearray("x")), ("256", lambda: bytearray([256])),
                  ("float", lambda: bytearray(1.5)), ("enc no str", lambda: bytearray(b"x", "ascii")),
                  ("errors no str", lambda: bytearray(1, errors="x")), ("enc type", lambda: bytearray("a", 1)),
                  ("enc None", lambda: bytearray(b"x", encoding=None)), ("none", lambda: bytearray(None)),
                  ("huge", lambda: bytearray(2 ** 70)), ("item type", lambda: bytearray([1, "a"])),
                  ("bad codec", lambda: bytearray("a", "nope")), ("encode err", lambda: bytearray("é", "ascii")),
                  ("two args", lambda: bytearray([1, 2], "ascii"))):
    attempt("ctor " + label + ":", fn)

b = bytearray(b"hello world")
b[0] = 72
b[-1] -= 32
print(b, b[0], b[-1], b[1:3], b[::-1], b[::3], b[10:2:-2], b[100:], type(b[1:2]).__name__)
for label, fn in (("index", lambda: b[11]), ("neg index", lambda: b[-12]), ("str key", lambda: b["a"]),
                  ("float key", lambda: b[1.0]), ("big key", lambda: b[2 ** 70]), ("set range", lambda: b.__setitem__(0, 256)),
                  ("set neg", lambda: b.__setitem__(0, -1)), ("set bytes", lambda: b.__setitem__(0, b"a")),
                  ("set index", lambda: b.__setitem__(20, 1)), ("set key", lambda: b.__setitem__("a", 1)),
                  ("del index", lambda: b.__delitem__(20)), ("step 0", lambda: b[::0])):
    attempt(label + ":", fn)

s = bytearray(b"0123456789")
s[2:4] = b"abcd"
print("grow", s)
s[2:6] = b"-"
print("shrink", s)
s[0:0] = memoryview(b"<<")
print("insert", s)
s[len(s):] = [33, 34]
print("append via slice", s)
s[:3] = b""
print("front cut", s, len(s))
s[::2] = b"*" * len(s[::2])
print("extended", s)
s[::-3] = b"R" * len(s[::-3])
print("extended reversed", s)
del s[::2]
print("del step", s)
del s[1:3]
print("del slice", s)
del s[0]
print("del item", s)
s[1:2] = s
print("self assign", s)
t = bytearray(b"abcd")
t[::2] = t[1::2]
print("overlap", t)
for label, value in (("int", 5), ("str", "ab"), ("float", 1.5), ("None", None), ("range", [300]), ("dict", {1: 2})):
    u = bytearray(b"xyz")
    attempt("slice assign " + label + ":", lambda: (u.__setitem__(slice(0, 1), value), u)[1])
attempt("ext size:", lambda: bytearray(b"abc").__setitem__(slice(None, None, -1), b"xy"))

c = bytearray(b"abc")
c.append(100)
c.extend(b"ef")
c.extend([103, 104])
c.extend(iter(range(105, 107)))
c.extend(memoryview(b"kl"))
c.extend(c)
c.insert(0, 95)
c.insert(-1, 45)
c.insert(100, 33)
c.insert(-100, 35)
print("grown", c, len(c))
print("pop", c.pop(), c.pop(0), c.pop(3), c.pop(-2), c)
c.remove(ord("a"))
c.reverse()
print("remove/reverse", c)
d = c.copy()
c.clear()
print("copy/clear", d, c, d is not c, type(d).__name__)
for label, fn in (("append str", lambda: c.append("a")), ("append range", lambda: c.append(256)),
                  ("append float", lambda: c.append(1.0)), ("append none", lambda: c.append()),
                  ("append two", lambda: c.append(1, 2)), ("extend int", lambda: c.extend(5)),
                  ("extend str", lambda: c.extend("ab")), ("extend bad", lambda: c.extend([300])),
                  ("extend kw", lambda: c.extend(x=1)), ("pop empty", lambda: bytearray().pop()),
                  ("pop range", lambda: bytearray(b"ab").pop(5)), ("pop type", lambda: bytearray(b"ab").pop("a")),
                  ("pop big", lambda: bytearray(b"ab").pop(2 ** 70)), ("pop two", lambda: bytearray(b"ab").pop(1, 2)),
                  ("insert one", lambda: c.insert(1)), ("insert type", lambda: c.insert(1, "a")),
                  ("insert range", lambda: c.insert(1, 256)), ("remove missing", lambda: bytearray(b"ab").remove(99)),
                  ("remove bytes", lambda: bytearray(b"ab").remove(b"a")), ("remove range", lambda: bytearray(b"ab").remove(300)),
                  ("reverse arg", lambda: c.reverse(1)), ("copy arg", lambda: c.copy(1)), ("clear kw", lambda: c.clear(x=1))):
    attempt(label + ":", fn)

e = bytearray(b"ab")
e += b"cd"
e += memoryview(b"ef")
e += bytearray(b"gh")
print("iadd", e)
e *= 2
print("imul", e)
e *= 0
print("imul 0", e)
attempt("iadd list:", lambda: bytearray(b"ab").__iadd__([1]))
attempt("iadd str:", lambda: bytearray(b"ab").__iadd__("x"))
attempt("imul str:", lambda: bytearray(b"ab").__imul__("x"))
f = bytearray(b"ab")
attempt("iadd self:", lambda: f.__iadd__(f))
print("ops", bytearray(b"ab") + b"c", bytearray(b"ab") + memoryview(b"z"), b"ab" + bytearray(b"c"), bytearray(b"ab") * 2,
      3 * bytearray(b"x"), bytearray(b"ab") * -1, type(b"x" + bytearray(b"y")).__name__)
for label, fn in (("concat str", lambda: bytearray(b"ab") + "a"), ("concat int", lambda: bytearray(b"ab") + 1),
                  ("concat list", lambda: bytearray(b"ab") + [1]), ("str concat", lambda: "a" + bytearray(b"ab")),
                  ("mul str", lambda: bytearray(b"ab") * "a"), ("mul float", lambda: bytearray(b"ab") * 2.0),
                  ("mul huge", lambda: bytearray(b"ab") * 2 ** 62)):
    attempt(label + ":", fn)

g = bytearray(b"abc")
print("iter", list(g), list(reversed(g)), [x for x in bytearray()], type(iter(g)).__name__, iter(g).__length_hint__())
it = iter(g)
next(it)
g.append(100)
print("iter sees append", list(it))
print("contains", 97 in g, 120 in g, b"bc" in g, memoryview(b"ab") in g, bytearray(b"") in g)
attempt("contains str:", lambda: "a" in g)
attempt("contains range:", lambda: 256 in g)
attempt("contains float:", lambda: 1.0 in g)
print("compare", bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"b"),
      bytearray(b"x") == memoryview(b"x"), bytearray(b"x") != "x", bytearray(b"ac") == memoryview(b"abcd")[::2],
      sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
attempt("compare str:", lambda: bytearray(b"x") < "y")
attempt("compare list:", lambda: bytearray(b"x") <= [1])
attempt("hash:", lambda: hash(bytearray(b"x")))
attempt("dict key:", lambda: {bytearray(b"k"): 1})
print("len/bool", len(bytearray(5)), bool(bytearray()), bool(bytearray(1)))
print("reduce", bytearray(b"a\xff").__reduce__(), bytearray(b"ab").__reduce_ex__(4), bytearray(b"ab").__reduce_ex__(2))
print("str", str(bytearray(b"x")), repr(bytearray()), "%s" % bytearray(b"q"))
# expect: bytearray(b'') bytearray(b'\x00\x00\x00') bytearray(b'ab') bytearray(b'AB') bytearray(b'h\xc3\xa9')
# expect: bytearray(b'\x00\x01\x02') bytearray(b'\x01\x02') bytearray(b'xy') bytearray(b'gen')
# expect: bytearray(b'"\'') bytearray(b"\'") bytearray(b'\x00\t\n\r\x7f\xff') bytearray(b'kw')
# expect: bytearray(b'\x00') bytearray(b'\x01\x02') bytearray(b'\x05') bytearray(b'')
# expect: ctor neg: -> ValueError: negative count
# expect: ctor str: -> TypeError: string argument without an encoding
# expect: ctor 256: -> ValueError: byte must be in range(0, 256)
# expect: ctor float: -> TypeError: cannot convert 'float' object to bytearray
# expect: ctor enc no str: -> TypeError: encoding without a string argument
# expect: ctor errors no str: -> TypeError: errors without a string argument
# expect: ctor enc type: -> TypeError: bytearray() argument 'encoding' must be str, not int
# expect: ctor enc None: -> TypeError: bytearray() argument 'encoding' must be str, not None
# expect: ctor none: -> TypeError: cannot convert 'NoneType' object to bytearray
# expect: ctor huge: -> OverflowError: cannot fit 'int' into an index-sized integer
# expect: ctor item type: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: ctor bad codec: -> LookupError: unknown encoding: nope
# expect: ctor encode err: -> UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: ctor two args: -> TypeError: encoding without a string argument
# expect: bytearray(b'Hello worlD') 72 68 bytearray(b'el') bytearray(b'Dlrow olleH') bytearray(b'Hlwl') bytearray(b'Drwo') bytearray(b'') bytearray
# expect: index: -> IndexError: bytearray index out of range
# expect: neg index: -> IndexError: bytearray index out of range
# expect: str key: -> TypeError: bytearray indices must be integers or slices, not str
# expect: float key: -> TypeError: bytearray indices must be integers or slices, not float
# expect: big key: -> IndexError: cannot fit 'int' into an index-sized integer
# expect: set range: -> ValueError: byte must be in range(0, 256)
# expect: set neg: -> ValueError: byte must be in range(0, 256)
# expect: set bytes: -> TypeError: 'bytes' object cannot be interpreted as an integer
# expect: set index: -> IndexError: bytearray index out of range
# expect: set key: -> TypeError: bytearray indices must be integers or slices, not str
# expect: del index: -> IndexError: bytearray index out of range
# expect: step 0: -> ValueError: slice step cannot be zero
# expect: grow bytearray(b'01abcd456789')
# expect: shrink bytearray(b'01-456789')
# expect: insert bytearray(b'<<01-456789')
# expect: append via slice bytearray(b'<<01-456789!"')
# expect: front cut bytearray(b'1-456789!"') 10
# expect: extended bytearray(b'*-*5*7*9*"')
# expect: extended reversed bytearray(b'R-*R*7R9*R')
# expect: del step bytearray(b'-R79R')
# expect: del slice bytearray(b'-9R')
# expect: del item bytearray(b'9R')
# expect: self assign bytearray(b'99R')
# expect: overlap bytearray(b'bbdd')
# expect: slice assign int: -> TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: slice assign str: -> TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: slice assign float: -> TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: slice assign None: -> TypeError: cannot convert 'NoneType' object to bytearray
# expect: slice assign range: -> ValueError: byte must be in range(0, 256)
# expect: slice assign dict: bytearray(b'\x01yz')
# expect: ext size: -> ValueError: attempt to assign bytes of size 2 to extended slice of size 3
# expect: grown bytearray(b'#_abcdefghijklabcdefghijk-l!') 28
# expect: pop 33 35 99 45 bytearray(b'_abdefghijklabcdefghijkl')
# expect: remove/reverse bytearray(b'lkjihgfedcbalkjihgfedb_')
# expect: copy/clear bytearray(b'lkjihgfedcbalkjihgfedb_') bytearray(b'') True bytearray
# expect: append str: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: append range: -> ValueError: byte must be in range(0, 256)
# expect: append float: -> TypeError: 'float' object cannot be interpreted as an integer
# expect: append none: -> TypeError: bytearray.append() takes exactly one argument (0 given)
# expect: append two: -> TypeError: bytearray.append() takes exactly one argument (2 given)
# expect: extend int: -> TypeError: can't extend bytearray with int
# expect: extend str: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: extend bad: -> ValueError: byte must be in range(0, 256)
# expect: extend kw: -> TypeError: bytearray.extend() takes no keyword arguments
# expect: pop empty: -> IndexError: pop from empty bytearray
# expect: pop range: -> IndexError: pop index out of range
# expect: pop type: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: pop big: -> OverflowError: Python int too large to convert to C ssize_t
# expect: pop two: -> TypeError: pop expected at most 1 argument, got 2
# expect: insert one: -> TypeError: insert expected 2 arguments, got 1
# expect: insert type: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: insert range: -> ValueError: byte must be in range(0, 256)
# expect: remove missing: -> ValueError: value not found in bytearray
# expect: remove bytes: -> TypeError: 'bytes' object cannot be interpreted as an integer
# expect: remove range: -> ValueError: byte must be in range(0, 256)
# expect: reverse arg: -> TypeError: bytearray.reverse() takes no arguments (1 given)
# expect: copy arg: -> TypeError: bytearray.copy() takes no arguments (1 given)
# expect: clear kw: -> TypeError: bytearray.clear() takes no keyword arguments
# expect: iadd bytearray(b'abcdefgh')
# expect: imul bytearray(b'abcdefghabcdefgh')
# expect: imul 0 bytearray(b'')
# expect: iadd list: -> TypeError: can't concat list to bytearray
# expect: iadd str: -> TypeError: can't concat str to bytearray
# expect: imul str: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: iadd self: -> BufferError: Existing exports of data: object cannot be re-sized
# expect: ops bytearray(b'abc') bytearray(b'abz') b'abc' bytearray(b'abab') bytearray(b'xxx') bytearray(b'') bytes
# expect: concat str: -> TypeError: can't concat str to bytearray
# expect: concat int: -> TypeError: can't concat int to bytearray
# expect: concat list: -> TypeError: can't concat list to bytearray
# expect: str concat: -> TypeError: can only concatenate str (not "bytearray") to str
# expect: mul str: -> TypeError: can't multiply sequence by non-int of type 'str'
# expect: mul float: -> TypeError: can't multiply sequence by non-int of type 'float'
# expect: mul huge: -> MemoryError: 
# expect: iter [97, 98, 99] [99, 98, 97] [] bytearray_iterator 3
# expect: iter sees append [98, 99, 100]
# expect: contains True False True True True
# expect: contains str: -> TypeError: a bytes-like object is required, not 'str'
# expect: contains range: -> ValueError: byte must be in range(0, 256)
# expect: contains float: -> TypeError: a bytes-like object is required, not 'float'
# expect: compare True True True True True True True [b'a', bytearray(b'b'), bytearray(b'c')]
# expect: compare str: -> TypeError: '<' not supported between instances of 'bytearray' and 'str'
# expect: compare list: -> TypeError: '<=' not supported between instances of 'bytearray' and 'list'
# expect: hash: -> TypeError: unhashable type: 'bytearray'
# expect: dict key: -> TypeError: unhashable type: 'bytearray'
# expect: len/bool 5 False True
# expect: reduce (<class 'bytearray'>, ('aÿ', 'latin-1'), None) (<class 'bytearray'>, (b'ab',), None) (<class 'bytearray'>, ('ab', 'latin-1'), None)
# expect: str bytearray(b'x') bytearray(b'') bytearray(b'q')
