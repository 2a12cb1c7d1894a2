# Package used by imports.py.
PKG = "vmpkg"
