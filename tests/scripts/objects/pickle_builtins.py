# Built-in functions, bound built-in methods and method, member and wrapper descriptors pickle as in CPython (getset descriptors do not).
import pickle, copy
print(iter.__reduce__(), len.__reduce__())
print(list.append.__reduce__()[1], dict.fromkeys.__reduce__()[1])
print(str.__add__.__reduce__()[1], (1).__add__.__reduce__()[1])
for obj in (iter, len, list.append, dict.fromkeys, str.__add__, [1].append, (5).__add__):
    r = pickle.loads(pickle.dumps(obj))
    print(type(obj).__name__, r == obj or repr(r) == repr(obj))
for it in (iter([1, 2, 3]), iter((1, 2)), iter({1: 2}), reversed([1, 2]), iter({1: 2}.items())):
    next(it)
    print(list(pickle.loads(pickle.dumps(it))))
print(copy.copy(len) is len, copy.deepcopy([].append.__self__))
class C:
    __slots__ = ("a",)
print(pickle.loads(pickle.dumps(C.a)) is C.a)

# expect: iter len
# expect: (<class 'list'>, 'append') (<class 'dict'>, 'fromkeys')
# expect: (<class 'str'>, '__add__') (1, '__add__')
# expect: builtin_function_or_method True
# expect: builtin_function_or_method True
# expect: method_descriptor True
# expect: builtin_function_or_method True
# expect: wrapper_descriptor True
# expect: builtin_function_or_method False
# expect: method-wrapper True
# expect: [2, 3]
# expect: [2]
# expect: []
# expect: [1]
# expect: []
# expect: True []
# expect: True
