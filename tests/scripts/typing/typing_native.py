# The _typing accelerator module: _idfunc, used as NewType.__call__.
import _typing, typing, pickle
print(_typing.__doc__.strip(), _typing._idfunc.__module__, _typing._idfunc.__name__, repr(_typing._idfunc))
print(typing.NewType.__call__ is _typing._idfunc, typing._idfunc is _typing._idfunc)
UserId = typing.NewType("UserId", int)
x = [1, 2]
print(UserId(5), UserId(x) is x, UserId.__supertype__, UserId)
try:
    _typing._idfunc(1, 2)
except TypeError as e:
    print(e)
try:
    _typing._idfunc(x=1)
except TypeError as e:
    print(e)
print(pickle.loads(pickle.dumps(UserId)) is UserId, UserId | None)
# expect: Accelerators for the typing module. _typing _idfunc <built-in function _idfunc>
# expect: True True
# expect: 5 True <class 'int'> __main__.UserId
# expect: _typing._idfunc() takes exactly one argument (2 given)
# expect: _typing._idfunc() takes no keyword arguments
# expect: True typing.Optional[__main__.UserId]
