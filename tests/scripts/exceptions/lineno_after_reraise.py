# A frame an exception left through a cleanup handler reports the line that
# raised (f_lineno), as CPython 3.11 does (PEP 626): RERAISE 1 returns the
# frame to where the exception last unwound from.
def lines_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    out = []
    while t:
        n = t.tb_frame.f_lineno
        out.append(None if n is None else n - t.tb_frame.f_code.co_firstlineno)
        t = t.tb_next
    return tuple(out)

def simple():
    1/0
    pass

def in_except():
    try:
        1/0
    except:
        1/0
        pass

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass

def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass

def in_try():
    try:
        1/0
    finally:
        pass

def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass

class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError

def after_with():
    with Noop():
        1/0
        pass

def with_exit_fails():
    with ExitFails():
        1/0

for f in [simple, in_except, other_except, in_named_except, in_try, in_finally_except,
          after_with, with_exit_fails]:
    print(f.__name__, lines_after_raise(f))

# expect: simple (1,)
# expect: in_except (4,)
# expect: other_except (3,)
# expect: in_named_except (4,)
# expect: in_try (4,)
# expect: in_finally_except (4,)
# expect: after_with (2,)
# expect: with_exit_fails (1, 1)
