# Extended slices whose step is huge (clamped to the largest index) on every sequence type.
big = 1 << 333
for make in (list, tuple, str, bytes, bytearray):
    if make in (str,):
        s = make("abcdefghij")
    elif make in (bytes, bytearray):
        s = make(b"abcdefghij")
    else:
        s = make(range(10))
    print(make.__name__, s[9::big], s[::big], s[::-big], s[3::big], s[-1::-big])
a = list(range(10))
del a[9::big]
print(a)
a = list(range(10))
del a[::big]
print(a)
a = list(range(10))
del a[::-big]
print(a)
a = list(range(10))
a[::big] = ["x"]
print(a)
a = list(range(10))
a[::-big] = ["y"]
print(a)
b = bytearray(b"abcdefghij")
del b[9::big]
del b[::-big]
print(b)
a = list(range(10))
del a[1::3]
print(a)
a = list(range(10))
del a[-2::-3]
print(a)

# expect: list [9] [0] [9] [3] [9]
# expect: tuple (9,) (0,) (9,) (3,) (9,)
# expect: str j a j d j
# expect: bytes b'j' b'a' b'j' b'd' b'j'
# expect: bytearray bytearray(b'j') bytearray(b'a') bytearray(b'j') bytearray(b'd') bytearray(b'j')
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8]
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8]
# expect: ['x', 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 'y']
# expect: bytearray(b'abcdefgh')
# expect: [0, 2, 3, 5, 6, 8, 9]
# expect: [0, 1, 3, 4, 6, 7, 9]
