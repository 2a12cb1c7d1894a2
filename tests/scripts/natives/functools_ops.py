# _functools: reduce, partial, cmp_to_key and _lru_cache_wrapper, with CPython's messages and reprs.
import _functools as ft
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
K = ft.cmp_to_key(lambda a,b: a-b)
show(lambda: K())
show(lambda: K(1,2))
show(lambda: K(obj=1).obj)
show(lambda: K(x=1))
show(lambda: K(1) < K(2))
show(lambda: K(1) < 2)
show(lambda: hash(K(1)))
show(lambda: type(K(1)))
show(lambda: ft.cmp_to_key(lambda a,b: 'x')(1) < ft.cmp_to_key(lambda a,b: 'x')(2))
show(lambda: ft.cmp_to_key())
show(lambda: type(ft.cmp_to_key(mycmp=len)).__name__)
show(lambda: sorted([3,1,2], key=K))
k = K(1); del k.obj
show(lambda: k < K(2))
show(lambda: k.obj)
show(lambda: ft.reduce(lambda a,b: a+b, 5))
show(lambda: ft.reduce(lambda a,b: a+b, [], 7))
show(lambda: ft.reduce(lambda a,b: a+b, [1], x=7))
show(lambda: ft.reduce(lambda a,b: a+b, [1,2,3]))
show(lambda: ft.reduce(lambda a,b: a+b, [1,2,3], 10))
show(lambda: ft.reduce(lambda a,b: a+b, []))
show(lambda: ft.reduce(1))
show(lambda: ft.reduce(1,2,3,4))
show(lambda: ft._lru_cache_wrapper(1, 2, 3, 4))
show(lambda: ft._lru_cache_wrapper(print, 'a', 3, 4))
show(lambda: ft._lru_cache_wrapper(print))
info = lambda *a: a
calls = []
def f(*a, **k):
    calls.append((a, k)); return len(a) + len(k)
w = ft._lru_cache_wrapper(f, 2, False, info)
print(w('a'), w('ab'), w('a'), w('abc'), w('ab'), w.cache_info())
print(w(1, x=2), w(1, x=2), w(x=2), w.cache_info(), len(calls))
w.cache_clear(); print(w.cache_info())
w2 = ft._lru_cache_wrapper(f, None, True, info)
print(w2(1), w2(1.0), w2(1), w2(a=1), w2(a=1.0), w2.cache_info())
w3 = ft._lru_cache_wrapper(f, 0, False, info)
print(w3(1), w3(1), w3.cache_info())
w4 = ft._lru_cache_wrapper(f, -5, False, info); print(w4.cache_info())
w5 = ft._lru_cache_wrapper(f, True, False, info); print(w5(1), w5(2), w5(1), w5.cache_info())
show(lambda: w.__reduce__())
w.__qualname__ = 'f'
show(lambda: w.__reduce__())
show(lambda: w.__copy__() is w)
show(lambda: w.__deepcopy__(None) is w)
show(lambda: type(w).__name__)
show(lambda: type(w).__module__)
show(lambda: w.__dict__)
show(lambda: w({}))
class A:
    m = ft._lru_cache_wrapper(lambda self, x: (self.__class__.__name__, x), 10, False, info)
show(lambda: A().m(5))
show(lambda: A.m(A(), 5))
show(lambda: A.m.cache_info())
p = ft.partial(print, 1, sep='-')
show(lambda: p.__reduce__())
show(lambda: (p.func, p.args, p.keywords))
show(lambda: ft.partial(print, 1, x=2))
show(lambda: ft.partial(p, 2, end='!'))
p(2, 3)
p(2, 3, sep='+')
p.attr = 1
show(lambda: ft.partial(p, 2))
show(lambda: p.__dict__)
show(lambda: p.__setstate__((print, (1,), {}, None)))
show(lambda: p.__setstate__((print, [1], None, None)))
show(lambda: (p.args, p.keywords, p.__dict__))
show(lambda: p.__setstate__((1, (1,), {}, None)))
show(lambda: p.__setstate__((print, (1,), {})))
show(lambda: setattr(p, 'func', 1))
show(lambda: ft.partial(func=print))
show(lambda: ft.partial(print, func=1))
show(lambda: ft.partial())
show(lambda: ft.partial(1))
class P(ft.partial): pass
show(lambda: P(print, 1, a=2))
show(lambda: ft.partial(P(print,1), 2))
show(lambda: P(ft.partial(print,1), 2))
q = ft.partial(print); q.x = 1
show(lambda: ft.partial(q, 1))
r = ft.partial(len); r2 = ft.partial(r)
show(lambda: r2.func is len)
show(lambda: ft.partial(max, key=len)(['aa', 'b']))
kw = {'k': 1}
pk = ft.partial(lambda **k: k, **kw)
show(lambda: pk(j=2))
show(lambda: pk())
show(lambda: pk.keywords)
import sys
rec = ft.partial(print)
rec.__setstate__((print, (rec,), {}, None))
show(lambda: repr(rec))
rec.__setstate__((print, (), {}, None))
show(lambda: ft.partial(print, **{'a b': 1}))
show(lambda: ft.partial.__name__)
show(lambda: ft.partial(print).__class__)

# expect: TypeError: K() missing required argument 'obj' (pos 1)
# expect: TypeError: K() takes at most 1 argument (2 given)
# expect: 1
# expect: TypeError: K() missing required argument 'obj' (pos 1)
# expect: True
# expect: TypeError: other argument must be K instance
# expect: TypeError: unhashable type: 'functools.KeyWrapper'
# expect: <class 'functools.KeyWrapper'>
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: cmp_to_key() missing required argument 'mycmp' (pos 1)
# expect: 'KeyWrapper'
# expect: [1, 2, 3]
# expect: AttributeError: object
# expect: None
# expect: TypeError: reduce() arg 2 must support iteration
# expect: 7
# expect: TypeError: reduce() takes no keyword arguments
# expect: 6
# expect: 16
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: TypeError: reduce expected at least 2 arguments, got 1
# expect: TypeError: reduce expected at most 3 arguments, got 4
# expect: TypeError: the first argument must be callable
# expect: TypeError: maxsize should be integer or None
# expect: TypeError: lru_cache() missing required argument 'maxsize' (pos 2)
# expect: 1 1 1 1 1 (1, 4, 2, 2)
# expect: 2 2 1 (2, 6, 2, 2) 6
# expect: (0, 0, 2, 0)
# expect: 1 1 1 1 1 (1, 4, None, 4)
# expect: 1 1 (0, 2, 0, 0)
# expect: (0, 0, 0, 0)
# expect: 1 1 1 (0, 3, 1, 1)
# expect: AttributeError: 'functools._lru_cache_wrapper' object has no attribute '__qualname__'
# expect: 'f'
# expect: True
# expect: True
# expect: '_lru_cache_wrapper'
# expect: 'functools'
# expect: {'__qualname__': 'f'}
# expect: TypeError: unhashable type: 'dict'
# expect: ('A', 5)
# expect: ('A', 5)
# expect: (0, 2, 10, 2)
# expect: (<class 'functools.partial'>, (<built-in function print>,), (<built-in function print>, (1,), {'sep': '-'}, None))
# expect: (<built-in function print>, (1,), {'sep': '-'})
# expect: functools.partial(<built-in function print>, 1, x=2)
# expect: functools.partial(<built-in function print>, 1, 2, sep='-', end='!')
# expect: 1-2-3
# expect: 1+2+3
# expect: functools.partial(functools.partial(<built-in function print>, 1, sep='-'), 2)
# expect: {'attr': 1}
# expect: None
# expect: TypeError: invalid partial state
# expect: ((1,), {}, {})
# expect: TypeError: invalid partial state
# expect: TypeError: invalid partial state
# expect: AttributeError: readonly attribute
# expect: TypeError: type 'partial' takes at least one argument
# expect: functools.partial(<built-in function print>, func=1)
# expect: TypeError: type 'partial' takes at least one argument
# expect: TypeError: the first argument must be callable
# expect: P(<built-in function print>, 1, a=2)
# expect: functools.partial(<built-in function print>, 1, 2)
# expect: P(<built-in function print>, 1, 2)
# expect: functools.partial(functools.partial(<built-in function print>), 1)
# expect: True
# expect: 'aa'
# expect: {'k': 1, 'j': 2}
# expect: {'k': 1}
# expect: {'k': 1}
# expect: 'functools.partial(<built-in function print>, ...)'
# expect: functools.partial(<built-in function print>, a b=1)
# expect: 'partial'
# expect: <class 'functools.partial'>
