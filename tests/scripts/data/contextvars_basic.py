# contextvars (CPython's contextvars.py over _contextvars): variables, tokens, contexts, run, copy.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

def mask(text):
    # addresses vary from run to run: 0x7f... becomes 0x?
    out, i = [], 0
    while i < len(text):
        if text.startswith("0x", i):
            out.append("0x?")
            i += 2
            while i < len(text) and text[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", mask(str(e)))
    else:
        print("ok", mask(repr(r))[:90])

v = ContextVar("v", default=1)
w = ContextVar("w")
print(v.name, v.get(), v.get(5), w.get(7))
show(lambda: w.get())
t = v.set(10)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(20)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get(), v in copy_context())
show(lambda: v.reset(t))

# copy_context snapshots; run() enters a context and leaves it
w.set("outer")
ctx = copy_context()
print(len(ctx), ctx[w], w in ctx, v in ctx, ctx.get(v), ctx.get(v, "dflt"), list(ctx) == [w])
def inside(x, y=0):
    w.set("inner")
    v.set(x + y)
    return w.get(), v.get(), copy_context()[w]
print(ctx.run(inside, 3, y=4))
print(w.get(), v.get(), ctx[w], ctx[v], len(ctx))
print(sorted(k.name for k in ctx.keys()), sorted(map(str, ctx.values())), len(list(ctx.items())))
c2 = ctx.copy()
ctx.run(v.set, 99)
print(ctx[v], c2[v], c2 == ctx, c2 == c2.copy(), Context() == Context(), Context.__hash__)

# iterating a context while it changes sees the mapping as it was
def change_while_iterating():
    seen = []
    for k in copy_context_in:
        seen.append(k.name)
        ContextVar("new").set(1)
    return sorted(seen)
copy_context_in = ctx
print(ctx.run(change_while_iterating), len(ctx))

# nested and re-entered contexts
show(lambda: ctx.run(ctx.run, len, []))
e = Context()
print(e.run(lambda: (w.get("none"), v.get())), len(e))
print(e.run(lambda: ctx.run(lambda: w.get())))

# tokens from another context or variable
tok = ctx.run(w.set, "x")
show(lambda: w.reset(tok))
show(lambda: ctx.run(v.reset, tok))
show(lambda: ctx.run(w.reset, tok))
show(lambda: ctx.run(w.reset, tok))

# errors
show(lambda: ContextVar(1))
show(lambda: ContextVar())
show(lambda: ContextVar("a", 1))
show(lambda: ContextVar("a", foo=1))
show(lambda: type("X", (ContextVar,), {}))
show(lambda: type("X", (Context,), {}))
show(lambda: type("X", (Token,), {}))
show(lambda: Token())
show(lambda: Context(1))
show(lambda: Context(a=1))
show(lambda: v.reset(1))
show(lambda: v.get(1, 2))
show(lambda: v.set())
show(lambda: Context()[1])
show(lambda: Context()[v])
show(lambda: 1 in Context())
show(lambda: Context().get(1))
show(lambda: Context().run())
show(lambda: setattr(v, "name", "x"))
show(lambda: hash(Context()))
show(lambda: ContextVar[int])
show(lambda: Token[int])
show(lambda: (Context.__module__, ContextVar.__module__, Token.__module__))
show(lambda: v)
show(lambda: ContextVar("q", default=[1]))
show(lambda: v.set(3))
show(lambda: isinstance(hash(v), int))
show(lambda: {v: 1}[v])
show(lambda: contextvars.__all__)

# expect: v 1 5 7
# expect: LookupError: <ContextVar name='w' at 0x?>
# expect: 10 True True <Token.MISSING>
# expect: 20 10
# expect: 10
# expect: 1 False
# expect: RuntimeError: <Token used var=<ContextVar name='v' default=1 at 0x?> at 0x?> has already been used once
# expect: 1 outer True False None dflt True
# expect: ('inner', 7, 'inner')
# expect: outer 1 inner 7 2
# expect: ['v', 'w'] ['7', 'inner'] 2
# expect: 99 7 False True True None
# expect: ['v', 'w'] 4
# expect: RuntimeError: cannot enter context: <_contextvars.Context object at 0x?> is already entered
# expect: ('none', 1) 0
# expect: inner
# expect: ValueError: <Token var=<ContextVar name='w' at 0x?> at 0x?> was created in a different Context
# expect: ValueError: <Token var=<ContextVar name='w' at 0x?> at 0x?> was created by a different ContextVar
# expect: ok None
# expect: RuntimeError: <Token used var=<ContextVar name='w' at 0x?> at 0x?> has already been used once
# expect: TypeError: context variable name must be a str
# expect: TypeError: ContextVar() takes exactly 1 positional argument (0 given)
# expect: TypeError: ContextVar() takes at most 1 positional argument (2 given)
# expect: TypeError: 'foo' is an invalid keyword argument for ContextVar()
# expect: TypeError: type '_contextvars.ContextVar' is not an acceptable base type
# expect: TypeError: type '_contextvars.Context' is not an acceptable base type
# expect: TypeError: type '_contextvars.Token' is not an acceptable base type
# expect: RuntimeError: Tokens can only be created by ContextVars
# expect: TypeError: Context() does not accept any arguments
# expect: TypeError: Context() does not accept any arguments
# expect: TypeError: expected an instance of Token, got 1
# expect: TypeError: get expected at most 1 argument, got 2
# expect: TypeError: ContextVar.set() takes exactly one argument (0 given)
# expect: TypeError: a ContextVar key was expected, got 1
# expect: KeyError: <ContextVar name='v' default=1 at 0x?>
# expect: TypeError: a ContextVar key was expected, got 1
# expect: TypeError: a ContextVar key was expected, got 1
# expect: TypeError: run() missing 1 required positional argument
# expect: AttributeError: readonly attribute
# expect: TypeError: unhashable type: '_contextvars.Context'
# expect: ok _contextvars.ContextVar[int]
# expect: ok _contextvars.Token[int]
# expect: ok ('_contextvars', '_contextvars', '_contextvars')
# expect: ok <ContextVar name='v' default=1 at 0x?>
# expect: ok <ContextVar name='q' default=[1] at 0x?>
# expect: ok <Token var=<ContextVar name='v' default=1 at 0x?> at 0x?>
# expect: ok True
# expect: ok 1
# expect: ok ('Context', 'ContextVar', 'Token', 'copy_context')
