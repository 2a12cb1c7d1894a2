# Submodule of vmpkg; the relative import only runs when imported as part of the package.
if globals().get("__package__"):
    from . import sibling
    SIB = sibling.NAME
    from .sibling import NAME as ALIAS
NAME = "sub"
