# __traceback__ accepts only a traceback or None (a bad value used to crash the traceback printer).
import sys
e = ValueError("x")
for v in (5, "x"):
    try:
        e.__traceback__ = v
    except TypeError as x:
        print(x)
try:
    e.with_traceback(5)
except TypeError as x:
    print(x)
try:
    raise KeyError("k")
except KeyError as k:
    tb = k.__traceback__
print(e.with_traceback(tb).__traceback__ is tb, e.with_traceback(None).__traceback__)

# expect: __traceback__ must be a traceback or None
# expect: __traceback__ must be a traceback or None
# expect: __traceback__ must be a traceback or None
# expect: True None
