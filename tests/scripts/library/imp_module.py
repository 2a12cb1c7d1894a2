# _imp, the native half of importlib: the import lock, built-in and frozen
# module lookups, and source_hash (SipHash-1-3, equal to CPython's).
import _imp
print(_imp.source_hash(3495, b"abc"), _imp.source_hash(0, b""), _imp.source_hash(1, b"hello world, more than 8 bytes"))
print(_imp.is_builtin("sys"), _imp.is_builtin("_thread"), _imp.is_builtin("no_such_module"))
print(_imp.find_frozen("no_such_module"), _imp.is_frozen("no_such_module"))
print(_imp.check_hash_based_pycs, _imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError:", e)
import sys
print(type(_imp.create_builtin(type("Spec", (), {"name": "sys"}))) is type(sys))
# expect: b'\xf4l\x9d\x83\xf8\xaa\xba\x8b' b',S\x0c\x15b\xa7\xfb\xd1' b'Z\xe4\n\x9d\xc8.`k'
# expect: -1 1 0
# expect: None False
# expect: default False
# expect: True
# expect: False
# expect: RuntimeError: not holding the import lock
# expect: True
