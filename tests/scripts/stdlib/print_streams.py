# print(): sep, end, file=, flush= and errors.
import sys
print("a", "b", "c", sep="-")
print("x", end="")
print("y")
print(1, 2, sep=None, end=None)
print()
print("no", "sep", sep="")
print("to stderr", file=sys.stderr)
print("err", 42, sep=":", file=sys.stderr, flush=True)
try:
    print(1, sep=1)
except TypeError as e:
    print(e)
try:
    print(1, end=[])
except TypeError as e:
    print(e)
try:
    print(1, foo=2)
except TypeError as e:
    print(e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("one", "two", file=w)  # one write per print call (CPython makes four)
print(len(w.parts), repr("".join(w.parts)))
sys.stdout.write("direct\n")
print(sys.stdout.write("abc"), flush=True)
print(repr(sys.stdout), sys.stdout.encoding)
# expect stderr: ^to stderr$
# expect stderr: ^err:42$
# expect: a-b-c
# expect: xy
# expect: 1 2
# expect:
# expect: nosep
# expect: sep must be None or a string, not int
# expect: end must be None or a string, not list
# expect: 'foo' is an invalid keyword argument for print()
# expect: 1 'one two\n'
# expect: direct
# expect: abc3
# expect: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> utf-8
