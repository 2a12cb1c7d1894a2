# Code objects: attributes, co_lines(), co_positions(), replace() and its
# checks, == and hash, and functions made from code objects.
import sys


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def sample(a, b, /, c, *args, d, e=5, **kw):
    local_one = a + b

    def closure():
        return local_one

    return closure


co = sample.__code__
print("names:", co.co_name, co.co_qualname, co.co_filename.endswith("code_objects.py"))
print("counts:", co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print("vars:", co.co_varnames, co.co_cellvars, co.co_freevars)
inner = sample(1, 2, 3, d=4).__code__
print("inner:", inner.co_qualname, inner.co_freevars, inner.co_cellvars, inner.co_varnames)
print("flags:", co.co_flags, inner.co_flags, hex(sample.__code__.co_flags & 0xC))
print("types:", type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__,
      type(co.co_consts).__name__, type(co.co_names).__name__, type(co.co_stacksize).__name__)
print("stacksize positive:", co.co_stacksize > 0, "code even:", len(co.co_code) % 2 == 0)
print("firstlineno:", co.co_firstlineno - attempt.__code__.co_firstlineno)
print("module code:", compile("x = 1", "<s>", "exec").co_flags, compile("x", "<s>", "eval").co_name)


def lines_shape(f):
    code = f.__code__
    lines = list(code.co_lines())
    starts = [s for s, e, l in lines]
    return (all(len(t) == 3 for t in lines), starts == sorted(starts), starts[0],
            all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)),
            lines[-1][1] == len(code.co_code),
            sorted({l - code.co_firstlineno for s, e, l in lines if l is not None}))


def traced(n):
    total = 0
    for i in range(n):
        total += i
    return total


print("co_lines:", lines_shape(traced))


def positions_of(f):
    pos = list(f.__code__.co_positions())
    return len(pos) == len(f.__code__.co_code) // 2, all(len(p) == 4 for p in pos)


print("co_positions:", positions_of(traced))


def where(expr_src):
    # The position of the instruction that raised, through the traceback.
    code = compile(expr_src, "<pos>", "eval")
    try:
        eval(code, {"a": [1], "b": {}, "s": "x"})
    except Exception as e:
        tb = e.__traceback__.tb_next
        p = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
        return type(e).__name__, p, expr_src[p[2]:p[3]]


for src in ("a[5]", "b['k']", "s + 1", "a[0] + s", "len(a, b)", "s.nope", "(s\n .nope)", "-s", "a[0]()"):
    print("position:", repr(src), where(src))

# replace(): every keyword, and CPython's checks.
renamed = co.replace(co_name="x")
print("replace:", renamed.co_name, co.co_name, renamed.co_argcount, renamed == co, co.replace() == co)
print("replace keeps:", co.replace(co_filename="elsewhere.py") == co, co.replace(co_qualname="q") == co,
      co.replace(co_firstlineno=co.co_firstlineno + 1) == co, co.replace(co_linetable=b"") == co)
print("hash:", hash(co) == hash(co.replace()), hash(co) == hash(co.replace(co_filename="elsewhere.py")))
everything = co.replace(co_argcount=co.co_argcount, co_posonlyargcount=co.co_posonlyargcount,
                        co_kwonlyargcount=co.co_kwonlyargcount, co_nlocals=co.co_nlocals,
                        co_stacksize=co.co_stacksize, co_flags=co.co_flags, co_firstlineno=co.co_firstlineno,
                        co_code=co.co_code, co_consts=co.co_consts, co_names=co.co_names,
                        co_varnames=co.co_varnames, co_freevars=co.co_freevars, co_cellvars=co.co_cellvars,
                        co_filename=co.co_filename, co_name=co.co_name, co_qualname=co.co_qualname,
                        co_linetable=co.co_linetable, co_exceptiontable=co.co_exceptiontable)
print("replace everything:", everything == co, everything is co)
for kw in (dict(co_argcount="1"), dict(co_code=1), dict(co_consts=[]), dict(co_name=1), dict(co_varnames=(1,)),
           dict(co_names=("a", 1)), dict(co_linetable="x"), dict(co_exceptiontable=None), dict(bogus=1),
           dict(co_nlocals=-1), dict(co_argcount=-1), dict(co_flags=2 ** 40), dict(co_argcount=10),
           dict(co_nlocals=0), dict(co_qualname=None), dict(co_filename=b"x"), dict(co_code=b"abc")):
    attempt("replace %s:" % sorted(kw)[0], lambda: co.replace(**kw).co_name)
attempt("replace positional:", lambda: co.replace(1))
moved = traced.__code__.replace(co_firstlineno=traced.__code__.co_firstlineno + 100)
print("firstlineno moves lines:", [l for s, e, l in moved.co_lines()][-1] - [l for s, e, l in traced.__code__.co_lines()][-1])

# Constants compare by type and value.
c0 = compile("x = 0", "<c>", "exec")
print("constants:", c0 == compile("x = 0", "<c>", "exec"), c0 == compile("x = 0.0", "<c>", "exec"),
      c0 == compile("x = False", "<c>", "exec"), compile("x = 0.0", "<c>", "exec") == compile("x = -0.0", "<c>", "exec"))
print("not code:", co == 5, co != 5)

# Functions from code objects.
FunctionType = type(sample)
fn = FunctionType(traced.__code__.replace(co_name="renamed_traced"), globals())
print("function from code:", fn(4), fn.__name__, fn.__qualname__, fn.__code__.co_name, fn.__module__)
g = FunctionType(traced.__code__, {"__name__": "mm"}, "newname", (7,))
print("name and defaults:", g.__name__, g.__qualname__, g.__module__, g.__defaults__, g(3))
print("no module:", FunctionType(traced.__code__, {}).__module__, FunctionType(traced.__code__, {}, None, None, ()).__closure__)
cell_of = sample(1, 2, 3, d=4).__closure__[0]
print("closure:", FunctionType(inner, {}, None, None, (cell_of,))())
attempt("closure not a tuple:", lambda: FunctionType(inner, {}, None, None, [cell_of]))
attempt("closure missing:", lambda: FunctionType(inner, {}))
attempt("closure not cells:", lambda: FunctionType(inner, {}, None, None, (1,)))
attempt("closure too long:", lambda: FunctionType(inner, {}, None, None, (cell_of, cell_of)))
attempt("closure for none:", lambda: FunctionType(traced.__code__, {}, None, None, (cell_of,)))
attempt("bad code:", lambda: FunctionType(1, {}))
attempt("bad globals:", lambda: FunctionType(traced.__code__, 1))
attempt("bad name:", lambda: FunctionType(traced.__code__, {}, 5))
attempt("bad defaults:", lambda: FunctionType(traced.__code__, {}, None, 5))
attempt("bad keyword:", lambda: FunctionType(traced.__code__, {}, kwdefaults={}))
attempt("missing globals:", lambda: FunctionType(traced.__code__))
attempt("too many:", lambda: FunctionType(traced.__code__, {}, None, None, None, 1))
print("keywords:", FunctionType(code=traced.__code__, globals={}, name="kw", argdefs=None, closure=None).__name__)

# expect: names: sample sample True
# expect: counts: 3 2 2 8
# expect: vars: ('a', 'b', 'c', 'd', 'e', 'args', 'kw', 'closure') ('local_one',) ()
# expect: inner: sample.<locals>.closure ('local_one',) () ()
# expect: flags: 15 19 0xc
# expect: types: bytes bytes bytes tuple tuple int
# expect: stacksize positive: True code even: True
# expect: firstlineno: 7
# expect: module code: 0 <module>
# expect: co_lines: (True, True, 0, True, True, [0, 1, 2, 3, 4])
# expect: co_positions: (True, True)
# expect: position: 'a[5]' ('IndexError', (1, 1, 0, 4), 'a[5]')
# expect: position: "b['k']" ('KeyError', (1, 1, 0, 6), "b['k']")
# expect: position: 's + 1' ('TypeError', (1, 1, 0, 5), 's + 1')
# expect: position: 'a[0] + s' ('TypeError', (1, 1, 0, 8), 'a[0] + s')
# expect: position: 'len(a, b)' ('TypeError', (1, 1, 0, 9), 'len(a, b)')
# expect: position: 's.nope' ('AttributeError', (1, 1, 0, 6), 's.nope')
# expect: position: '(s\n .nope)' ('AttributeError', (2, 2, 2, 6), '\n .n')
# expect: position: '-s' ('TypeError', (1, 1, 0, 2), '-s')
# expect: position: 'a[0]()' ('TypeError', (1, 1, 0, 6), 'a[0]()')
# expect: replace: x sample 3 False True
# expect: replace keeps: True True False False
# expect: hash: True True
# expect: replace everything: True False
# expect: replace co_argcount: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: replace co_code: -> TypeError: replace() argument 'co_code' must be bytes, not int
# expect: replace co_consts: -> TypeError: replace() argument 'co_consts' must be tuple, not list
# expect: replace co_name: -> TypeError: replace() argument 'co_name' must be str, not int
# expect: replace co_varnames: -> ValueError: code: co_varnames is too small
# expect: replace co_names: -> SystemError: non-string found in code slot
# expect: replace co_linetable: -> TypeError: replace() argument 'co_linetable' must be bytes, not str
# expect: replace co_exceptiontable: -> TypeError: replace() argument 'co_exceptiontable' must be bytes, not None
# expect: replace bogus: -> TypeError: 'bogus' is an invalid keyword argument for replace()
# expect: replace co_nlocals: -> ValueError: co_nlocals must be a positive integer
# expect: replace co_argcount: -> ValueError: co_argcount must be a positive integer
# expect: replace co_flags: -> OverflowError: Python int too large to convert to C int
# expect: replace co_argcount: -> ValueError: code: co_varnames is too small
# expect: replace co_nlocals: -> ValueError: code: co_nlocals != len(co_varnames)
# expect: replace co_qualname: -> TypeError: replace() argument 'co_qualname' must be str, not None
# expect: replace co_filename: -> TypeError: replace() argument 'co_filename' must be str, not bytes
# expect: replace co_code: -> ValueError: code: co_code is malformed
# expect: replace positional: -> TypeError: replace() takes no positional arguments
# expect: firstlineno moves lines: 100
# expect: constants: True False False False
# expect: not code: False True
# expect: function from code: 6 renamed_traced traced renamed_traced __main__
# expect: name and defaults: newname traced mm (7,) 3
# expect: no module: None ()
# expect: closure: 3
# expect: closure not a tuple: -> TypeError: arg 5 (closure) must be None or tuple
# expect: closure missing: -> TypeError: arg 5 (closure) must be tuple
# expect: closure not cells: -> TypeError: arg 5 (closure) expected cell, found int
# expect: closure too long: -> ValueError: closure requires closure of length 1, not 2
# expect: closure for none: -> ValueError: traced requires closure of length 0, not 1
# expect: bad code: -> TypeError: function() argument 'code' must be code, not int
# expect: bad globals: -> TypeError: function() argument 'globals' must be dict, not int
# expect: bad name: -> TypeError: arg 3 (name) must be None or string
# expect: bad defaults: -> TypeError: arg 4 (defaults) must be None or tuple
# expect: bad keyword: -> TypeError: 'kwdefaults' is an invalid keyword argument for function()
# expect: missing globals: -> TypeError: function() missing required argument 'globals' (pos 2)
# expect: too many: -> TypeError: function() takes at most 5 arguments (6 given)
# expect: keywords: kw
