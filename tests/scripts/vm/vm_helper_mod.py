# Helper module for imports.py (also runs on its own as an empty script test).
VALUE = 42
__all__ = ["VALUE", "helper_func"]

def helper_func(x):
    return x * 2

_private = 1
public_not_in_all = 2
