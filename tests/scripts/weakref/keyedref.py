# A reference that remembers a key, as weakref.KeyedRef: a subclass of ref
# with __slots__ and __new__/__init__ overrides (imported by the tests here).
import _weakref


class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, obj, callback, key):
        self = _weakref.ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)
