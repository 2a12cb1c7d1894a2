# Built-in functions: keywords, defaults and CPython's error messages.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(max, [3, 1, 4, 1, 5])
show(max, 3, 9, 2)
show(min, "hello")
show(max, [], default="empty")
show(max, [])
show(min)
show(max, 1, 2, default=0)
show(max, ["aa", "b", "cccc"], key=len)
show(min, [(1, "b"), (1, "a")])
show(min, 1, 2, foo=3)
show(sum, [1, 2, 3])
show(sum, [1, 2, 3], 10)
show(sum, [0.5, 0.25, 1])
show(sum, [[1], [2]], [])
show(sum, ["a", "b"], "")
show(sum, [2**62, 2**62, 2**62])
show(sorted, [3, 1, 2], reverse=True)
show(sorted, ["b", "A", "c"], key=str.lower)
show(sorted, [3, 1], foo=1)
show(sorted)
show(any, [0, "", None])
show(all, [1, "x", [0]])
show(all, [])
show(next, iter([]), "dflt")
show(next, iter([]))
show(next, [1, 2])
show(len, [1, 2, 3])
show(len, 5)
show(len)
show(abs, -7.5)
show(abs, "x")
show(round, 2.675, 2)
show(round, 7.5)
show(round, 1234, -2)
show(round, "x")
show(divmod, 17, 5)
show(divmod, -7.5, 2)
show(divmod, 1, "a")
show(pow, 2, 10)
show(pow, 2, 10, 1000)
show(pow, 3, -1, 7)
show(pow, 2, 3, 0)
show(hex, 255)
show(oct, -8)
show(bin, 10)
show(hex, 1.5)
show(chr, 0x4e2d)
show(chr, 0x110000)
show(ord, "中")
show(ord, "ab")
show(ord, b"A")
show(format, 3.14159, ".2f")
show(format, 42, "08b")
show(format, 1, 1)
show(getattr, 1, "real")
show(getattr, 1, "nope", "fallback")
show(getattr, 1, "nope")
show(getattr, 1, 2)
show(hasattr, [], "append")
show(hasattr, [], "nope")
show(isinstance, True, int)
show(isinstance, 1, (str, float))
show(issubclass, bool, int)
show(issubclass, 1, int)
show(callable, len)
show(callable, 3)
show(repr, "it's")
show(ascii, "héllo")
show(iter, 1)
show(vars, 1)
show(hash, [])
show(list, zip([1, 2, 3], "ab"))
show(list, map(lambda x: x * 2, [1, 2]))
show(list, filter(None, [0, 1, 2, 0]))
show(list, enumerate("ab", 1))
show(list, reversed([1, 2, 3]))
show(eval, "1 + 2 * 3")
show(eval, "x + y", {"x": 1}, {"y": 2})
show(eval, 5)
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
class C:
    pass
c = C()
setattr(c, "v", 3)
print(vars(c))
delattr(c, "v")
print(vars(c), hasattr(c, "v"))
print(type(id(c)) is int, hash(1) == 1)
print(sorted(dir(c))[:3])
# expect: 5
# expect: 9
# expect: 'e'
# expect: 'empty'
# expect: ValueError: max() arg is an empty sequence
# expect: TypeError: min expected at least 1 argument, got 0
# expect: TypeError: Cannot specify a default for max() with multiple positional arguments
# expect: 'cccc'
# expect: (1, 'a')
# expect: TypeError: 'foo' is an invalid keyword argument for min()
# expect: 6
# expect: 16
# expect: 1.75
# expect: [1, 2]
# expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
# expect: 13835058055282163712
# expect: [3, 2, 1]
# expect: ['A', 'b', 'c']
# expect: TypeError: 'foo' is an invalid keyword argument for sort()
# expect: TypeError: sorted expected 1 argument, got 0
# expect: False
# expect: True
# expect: True
# expect: 'dflt'
# expect: StopIteration: 
# expect: TypeError: 'list' object is not an iterator
# expect: 3
# expect: TypeError: object of type 'int' has no len()
# expect: TypeError: len() takes exactly one argument (0 given)
# expect: 7.5
# expect: TypeError: bad operand type for abs(): 'str'
# expect: 2.67
# expect: 8
# expect: 1200
# expect: TypeError: type str doesn't define __round__ method
# expect: (3, 2)
# expect: (-4.0, 0.5)
# expect: TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'
# expect: 1024
# expect: 24
# expect: 5
# expect: ValueError: pow() 3rd argument cannot be 0
# expect: '0xff'
# expect: '-0o10'
# expect: '0b1010'
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: '中'
# expect: ValueError: chr() arg not in range(0x110000)
# expect: 20013
# expect: TypeError: ord() expected a character, but string of length 2 found
# expect: 65
# expect: '3.14'
# expect: '00101010'
# expect: TypeError: format() argument 2 must be str, not int
# expect: 1
# expect: 'fallback'
# expect: AttributeError: 'int' object has no attribute 'nope'
# expect: TypeError: attribute name must be string, not 'int'
# expect: True
# expect: False
# expect: True
# expect: False
# expect: True
# expect: TypeError: issubclass() arg 1 must be a class
# expect: True
# expect: False
# expect: '"it\'s"'
# expect: "'h\\xe9llo'"
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: vars() argument must have __dict__ attribute
# expect: TypeError: unhashable type: 'list'
# expect: [(1, 'a'), (2, 'b')]
# expect: [2, 4]
# expect: [1, 2]
# expect: [(1, 'a'), (2, 'b')]
# expect: [3, 2, 1]
# expect: 7
# expect: 3
# expect: TypeError: eval() arg 1 must be a string, bytes or code object
# expect: 5 10 True
# expect: {'v': 3}
# expect: {} False
# expect: True True
# expect: ['__class__', '__delattr__', '__dict__']
