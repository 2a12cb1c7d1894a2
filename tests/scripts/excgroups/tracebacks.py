# The default excepthook's display of exception groups, printed to stdout.
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

def show(e):
    old, sys.stderr = sys.stderr, Capture()
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        cap, sys.stderr = sys.stderr, old
    # python3 names the script by its absolute path
    print("".join(cap.parts).replace(__file__, "tracebacks.py"), end="")
    print("=====")

def leaf():
    raise ValueError("from leaf")

def collect():
    excs = []
    for i in range(3):
        try:
            if i == 1:
                leaf()
            raise TypeError(i)
        except Exception as e:
            e.add_note(f"note {i}")
            excs.append(e)
    return excs

def raise_group():
    excs = collect()
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("outer", [excs[0], ExceptionGroup("nested", excs[1:]), OSError("plain")]) from RuntimeError("cause")

try:
    raise_group()
except ExceptionGroup as e:
    e.add_note("group note\nsecond line")
    show(e)

# never raised: no traceback headers
show(ExceptionGroup("flat", [ValueError(1), ExceptionGroup("b", [TypeError(2)]), KeyError("k")]))
show(ExceptionGroup("last nested", [ValueError(1), ExceptionGroup("b", [TypeError(2)])]))
show(BaseExceptionGroup("", [KeyboardInterrupt(), ValueError("")]))

# more than 15 members, deeper than 10 levels
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("wide16", [ValueError(i) for i in range(16)]))
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"d{i}", [deep])
show(deep)

# chains inside groups print once; a context shared with the group is not repeated
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        v = ValueError("v")
        v.__context__ = k
        raise ExceptionGroup("c", [v])
except ExceptionGroup as g:
    show(g)
x, y = ValueError("x"), TypeError("y")
x.__context__, y.__context__ = y, x
show(ExceptionGroup("cycle", [x, y]))
c = ValueError("with cause")
c.__cause__ = OSError("the cause")
show(ExceptionGroup("causes", [c]))

# a group inside a plain exception's chain
try:
    try:
        raise ExceptionGroup("inner", [ValueError(1)])
    except ExceptionGroup:
        raise RuntimeError("outer")
except RuntimeError as r:
    show(r)

# notes: any sequence; a str or other object is shown by repr
for notes in (["a", 2], ("t",), "as str", 42):
    e = ValueError("noted")
    e.__notes__ = notes
    show(e)

# what try/except* leaves to print
def star():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
try:
    star()
except ExceptionGroup as e:
    show(e)
def naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
try:
    naked()
except ExceptionGroup as e:
    show(e)

# expect: RuntimeError: cause
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "tracebacks.py", line 45, in <module>
# expect:   |     raise_group()
# expect:   |   File "tracebacks.py", line 42, in raise_group
# expect:   |     raise ExceptionGroup("outer", [excs[0], ExceptionGroup("nested", excs[1:]), OSError("plain")]) from RuntimeError("cause")
# expect:   | ExceptionGroup: outer (3 sub-exceptions)
# expect:   | group note
# expect:   | second line
# expect:   +-+---------------- 1 ----------------
# expect:     | Traceback (most recent call last):
# expect:     |   File "tracebacks.py", line 31, in collect
# expect:     |     raise TypeError(i)
# expect:     | TypeError: 0
# expect:     | note 0
# expect:     +---------------- 2 ----------------
# expect:     | ExceptionGroup: nested (2 sub-exceptions)
# expect:     +-+---------------- 1 ----------------
# expect:       | Traceback (most recent call last):
# expect:       |   File "tracebacks.py", line 30, in collect
# expect:       |     leaf()
# expect:       |   File "tracebacks.py", line 23, in leaf
# expect:       |     raise ValueError("from leaf")
# expect:       | ValueError: from leaf
# expect:       | note 1
# expect:       +---------------- 2 ----------------
# expect:       | Traceback (most recent call last):
# expect:       |   File "tracebacks.py", line 31, in collect
# expect:       |     raise TypeError(i)
# expect:       | TypeError: 2
# expect:       | note 2
# expect:       +------------------------------------
# expect:     +---------------- 3 ----------------
# expect:     | OSError: plain
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: flat (3 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | ValueError: 1
# expect:     +---------------- 2 ----------------
# expect:     | ExceptionGroup: b (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | TypeError: 2
# expect:       +------------------------------------
# expect:     +---------------- 3 ----------------
# expect:     | KeyError: 'k'
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: last nested (2 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | ValueError: 1
# expect:     +---------------- 2 ----------------
# expect:     | ExceptionGroup: b (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | TypeError: 2
# expect:       +------------------------------------
# expect: =====
# expect:   | BaseExceptionGroup:  (2 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | KeyboardInterrupt
# expect:     +---------------- 2 ----------------
# expect:     | ValueError
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: wide (17 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | ValueError: 0
# expect:     +---------------- 2 ----------------
# expect:     | ValueError: 1
# expect:     +---------------- 3 ----------------
# expect:     | ValueError: 2
# expect:     +---------------- 4 ----------------
# expect:     | ValueError: 3
# expect:     +---------------- 5 ----------------
# expect:     | ValueError: 4
# expect:     +---------------- 6 ----------------
# expect:     | ValueError: 5
# expect:     +---------------- 7 ----------------
# expect:     | ValueError: 6
# expect:     +---------------- 8 ----------------
# expect:     | ValueError: 7
# expect:     +---------------- 9 ----------------
# expect:     | ValueError: 8
# expect:     +---------------- 10 ----------------
# expect:     | ValueError: 9
# expect:     +---------------- 11 ----------------
# expect:     | ValueError: 10
# expect:     +---------------- 12 ----------------
# expect:     | ValueError: 11
# expect:     +---------------- 13 ----------------
# expect:     | ValueError: 12
# expect:     +---------------- 14 ----------------
# expect:     | ValueError: 13
# expect:     +---------------- 15 ----------------
# expect:     | ValueError: 14
# expect:     +---------------- ... ----------------
# expect:     | and 2 more exceptions
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: wide16 (16 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | ValueError: 0
# expect:     +---------------- 2 ----------------
# expect:     | ValueError: 1
# expect:     +---------------- 3 ----------------
# expect:     | ValueError: 2
# expect:     +---------------- 4 ----------------
# expect:     | ValueError: 3
# expect:     +---------------- 5 ----------------
# expect:     | ValueError: 4
# expect:     +---------------- 6 ----------------
# expect:     | ValueError: 5
# expect:     +---------------- 7 ----------------
# expect:     | ValueError: 6
# expect:     +---------------- 8 ----------------
# expect:     | ValueError: 7
# expect:     +---------------- 9 ----------------
# expect:     | ValueError: 8
# expect:     +---------------- 10 ----------------
# expect:     | ValueError: 9
# expect:     +---------------- 11 ----------------
# expect:     | ValueError: 10
# expect:     +---------------- 12 ----------------
# expect:     | ValueError: 11
# expect:     +---------------- 13 ----------------
# expect:     | ValueError: 12
# expect:     +---------------- 14 ----------------
# expect:     | ValueError: 13
# expect:     +---------------- 15 ----------------
# expect:     | ValueError: 14
# expect:     +---------------- ... ----------------
# expect:     | and 1 more exception
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: d11 (1 sub-exception)
# expect:   +-+---------------- 1 ----------------
# expect:     | ExceptionGroup: d10 (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | ExceptionGroup: d9 (1 sub-exception)
# expect:       +-+---------------- 1 ----------------
# expect:         | ExceptionGroup: d8 (1 sub-exception)
# expect:         +-+---------------- 1 ----------------
# expect:           | ExceptionGroup: d7 (1 sub-exception)
# expect:           +-+---------------- 1 ----------------
# expect:             | ExceptionGroup: d6 (1 sub-exception)
# expect:             +-+---------------- 1 ----------------
# expect:               | ExceptionGroup: d5 (1 sub-exception)
# expect:               +-+---------------- 1 ----------------
# expect:                 | ExceptionGroup: d4 (1 sub-exception)
# expect:                 +-+---------------- 1 ----------------
# expect:                   | ExceptionGroup: d3 (1 sub-exception)
# expect:                   +-+---------------- 1 ----------------
# expect:                     | ExceptionGroup: d2 (1 sub-exception)
# expect:                     +-+---------------- 1 ----------------
# expect:                       | ... (max_group_depth is 10)
# expect:                       +------------------------------------
# expect: =====
# expect: Traceback (most recent call last):
# expect:   File "tracebacks.py", line 66, in <module>
# expect:     raise KeyError("k")
# expect: KeyError: 'k'
# expect: 
# expect: During handling of the above exception, another exception occurred:
# expect: 
# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "tracebacks.py", line 70, in <module>
# expect:   |     raise ExceptionGroup("c", [v])
# expect:   | ExceptionGroup: c (1 sub-exception)
# expect:   +-+---------------- 1 ----------------
# expect:     | ValueError: v
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: cycle (2 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | TypeError: y
# expect:     | 
# expect:     | During handling of the above exception, another exception occurred:
# expect:     | 
# expect:     | ValueError: x
# expect:     +---------------- 2 ----------------
# expect:     | TypeError: y
# expect:     +------------------------------------
# expect: =====
# expect:   | ExceptionGroup: causes (1 sub-exception)
# expect:   +-+---------------- 1 ----------------
# expect:     | OSError: the cause
# expect:     | 
# expect:     | The above exception was the direct cause of the following exception:
# expect:     | 
# expect:     | ValueError: with cause
# expect:     +------------------------------------
# expect: =====
# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "tracebacks.py", line 83, in <module>
# expect:   |     raise ExceptionGroup("inner", [ValueError(1)])
# expect:   | ExceptionGroup: inner (1 sub-exception)
# expect:   +-+---------------- 1 ----------------
# expect:     | ValueError: 1
# expect:     +------------------------------------
# expect: 
# expect: During handling of the above exception, another exception occurred:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "tracebacks.py", line 85, in <module>
# expect:     raise RuntimeError("outer")
# expect: RuntimeError: outer
# expect: =====
# expect: ValueError: noted
# expect: a
# expect: 2
# expect: =====
# expect: ValueError: noted
# expect: t
# expect: =====
# expect: ValueError: noted
# expect: a
# expect: s
# expect:  
# expect: s
# expect: t
# expect: r
# expect: =====
# expect: ValueError: noted
# expect: 42=====
# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "tracebacks.py", line 102, in <module>
# expect:   |     star()
# expect:   | ExceptionGroup:  (2 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | Exception Group Traceback (most recent call last):
# expect:     |   File "tracebacks.py", line 98, in star
# expect:     |     raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
# expect:     | ExceptionGroup: g (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | ValueError: 1
# expect:       +------------------------------------
# expect:     | 
# expect:     | During handling of the above exception, another exception occurred:
# expect:     | 
# expect:     | Traceback (most recent call last):
# expect:     |   File "tracebacks.py", line 100, in star
# expect:     |     raise KeyError("from handler")
# expect:     | KeyError: 'from handler'
# expect:     +---------------- 2 ----------------
# expect:     | Exception Group Traceback (most recent call last):
# expect:     |   File "tracebacks.py", line 98, in star
# expect:     |     raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
# expect:     | ExceptionGroup: g (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | TypeError: 2
# expect:       +------------------------------------
# expect: =====
# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "tracebacks.py", line 111, in <module>
# expect:   |     naked()
# expect:   | ExceptionGroup:  (1 sub-exception)
# expect:   +-+---------------- 1 ----------------
# expect:     | Traceback (most recent call last):
# expect:     |   File "tracebacks.py", line 107, in naked
# expect:     |     raise ValueError(1)
# expect:     | ValueError: 1
# expect:     +------------------------------------
# expect: =====
