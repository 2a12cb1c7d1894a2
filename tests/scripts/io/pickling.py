# _io: the pickle protocol: BytesIO and StringIO reduce to their state; file objects refuse.
import _io, copyreg
b = _io.BytesIO(b"abc"); b.read(1); b.x = 1
r = b.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1], r[2])
c = r[1][0].__new__(r[1][0]); c.__setstate__(r[2])
print(c.getvalue(), c.tell(), c.x, type(c).__name__)
s = _io.StringIO("xyz", newline=""); s.read(2)
r = s.__reduce_ex__(2)
print(r[1], r[2])
f = open(__file__, "rb")
for o in (f, f.raw, _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8")):
    for p in (2, 4):
        try:
            o.__reduce_ex__(p)
        except TypeError as ex:
            print(ex)
f.close()
# expect: True (<class '_io.BytesIO'>,) (b'abc', 1, {'x': 1})
# expect: b'abc' 1 1 BytesIO
# expect: (<class '_io.StringIO'>,) ('xyz', '', 2, None)
# expect: cannot pickle '_io.BufferedReader' object
# expect: cannot pickle '_io.BufferedReader' object
# expect: cannot pickle '_io.FileIO' object
# expect: cannot pickle '_io.FileIO' object
# expect: cannot pickle '_io.TextIOWrapper' object
# expect: cannot pickle '_io.TextIOWrapper' object
