# add_note() and __notes__ on every exception (PEP 678).
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
for bad in (3, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError")
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
class MyError(Exception):
    pass
m = MyError()
m.add_note("on a subclass")
print(m.__notes__)
g = ExceptionGroup("g", [ValueError()])
g.add_note("on a group")
print(g.__notes__)

# expect: False
# expect: ['first', 'second'] {'__notes__': ['first', 'second']}
# expect: TypeError: note must be a str, not 'int'
# expect: TypeError: note must be a str, not 'NoneType'
# expect: TypeError: note must be a str, not 'bytes'
# expect: TypeError
# expect: TypeError: Cannot add note: __notes__ is not a list
# expect: ['fresh']
# expect: ['on a subclass']
# expect: ['on a group']
