# type.__basicsize__/__itemsize__/__dictoffset__/__weakrefoffset__ exist (values are pyglass's own layout); huge list repeats fail cleanly.
print(all(isinstance(getattr(t, a), int) for t in (int, tuple, object, list) for a in ("__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__")))
print(tuple.__itemsize__ > 0, object.__dictoffset__, object.__weakrefoffset__)
lst = [0]
size = ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
try:
    lst * size
except (MemoryError, OverflowError):
    print("refused")
try:
    lst *= size
except (MemoryError, OverflowError):
    print("refused")
print(lst)
# expect: True
# expect: True 0 0
# expect: refused
# expect: refused
# expect: [0]
