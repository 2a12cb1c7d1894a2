# The empty str, bytes, bytearray-derived bytes and memoryview all hash to 0 in CPython.
print(hash(""), hash(b""), hash(bytes(bytearray())), hash(memoryview(b"")), hash(str()))
print(hash("") == hash(b"") == 0, {"": 1}[str("")], hash(("",)) == hash((b"",)))
# expect: 0 0 0 0 0
# expect: True 1 True
