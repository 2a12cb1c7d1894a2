# complex hashing (equal numbers hash alike) and exact equality with int and float
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0), hash(-0j) == hash(0), hash(-1 + 0j))
print(hash(1j), hash(-1j), hash(1 + 1j), hash(2.5 - 3.25j), hash(complex(1e300, -1e-300)), hash(complex(float("inf"), 1)))
print(hash(complex(-float("inf"), float("inf"))), hash(complex(2 ** 61, 0)) == hash(2 ** 61), hash(complex(0, 1e100)))
n = complex(float("nan"), 0)
print(hash(n) == hash(n), n == n, n != n, n in [n], n in {n}, {n: 1}[n])
print(hash(1j) == 1000003, hash(complex(0, 2 ** 61 - 2)), hash(complex(0.5, 0.5)))
print(3 + 0j == 3, 3.0 == complex(3), 1j == 1, complex(1, 0) == True, (2 + 0j) != 2.0, 1j != 1j, 0j == -0.0, 0j == False)
print(complex(2 ** 53 + 1) == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53, 10 ** 400 == complex(1, 0), complex(1e300) == 10 ** 300)
print(float("nan") == complex(float("nan")), complex(1, 0) == 1.0, (1 + 0j).__eq__(1), (1j).__eq__("x"), (1j).__ne__(1j))
print([1, 2.0, 3 + 0j] == [1 + 0j, 2, 3.0], 1j in [0, 1j], (1 + 1j) in {1 + 1j}, sorted({1, 1.0, 1 + 0j, 2 + 0j, 2}, key=abs))
d = {1 + 0j: "c", 1: "i", 1.0: "f", 2j: "j"}
print(d, d[1], d[1 + 0j], {1j, 1j * 1, complex(0, 1)})

# expect: True True True True -2
# expect: 1000003 -2000006 1000004 -576460752306423495 6339398033648882639 1314162
# expect: 314159628318 True -8464859687743665098
# expect: True False True True True 1
# expect: True 1000003 4611686018427387904
# expect: True True False True False False True True
# expect: False True False False
# expect: False True True NotImplemented False
# expect: True True True [1, (2+0j)]
# expect: {(1+0j): 'f', 2j: 'j'} f f {1j}
