# marshal writes and reads complex numbers (binary in versions 2+, as text before), also inside code constants
import marshal
values = [complex(1, 2), complex(-0.0, -0.0), complex(float("inf"), float("-inf")), complex(0, 1e300), complex(1.5, 1e-300)]
for v in range(5):
    data = marshal.dumps(values, v)
    back = marshal.loads(data)
    print(v, data.hex(), back == values, [repr(z) for z in back])
nan = marshal.loads(marshal.dumps(complex(float("nan"), 1)))
print(repr(nan), type(nan).__name__)
code = compile("z = 2.5j + (-0j)", "<m>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns["z"])
try:
    marshal.loads(marshal.dumps(1j)[:-3])
except EOFError as e:
    print("EOFError:", e)

# expect: 0 5b05000000780131013278022d30022d307803696e66042d696e6678013017312e30303030303030303030303030303031652b3330307803312e350631652d333030 True ['(1+2j)', '(-0-0j)', '(inf-infj)', '1e+300j', '(1.5+1e-300j)']
# expect: 1 5b05000000780131013278022d30022d307803696e66042d696e6678013017312e30303030303030303030303030303031652b3330307803312e350631652d333030 True ['(1+2j)', '(-0-0j)', '(inf-infj)', '1e+300j', '(1.5+1e-300j)']
# expect: 2 5b0500000079000000000000f03f0000000000000040790000000000000080000000000000008079000000000000f07f000000000000f0ff7900000000000000009c7500883ce4377e79000000000000f83f59f3f8c21f6ea501 True ['(1+2j)', '(-0-0j)', '(inf-infj)', '1e+300j', '(1.5+1e-300j)']
# expect: 3 db0500000079000000000000f03f0000000000000040790000000000000080000000000000008079000000000000f07f000000000000f0ff7900000000000000009c7500883ce4377e79000000000000f83f59f3f8c21f6ea501 True ['(1+2j)', '(-0-0j)', '(inf-infj)', '1e+300j', '(1.5+1e-300j)']
# expect: 4 db0500000079000000000000f03f0000000000000040790000000000000080000000000000008079000000000000f07f000000000000f0ff7900000000000000009c7500883ce4377e79000000000000f83f59f3f8c21f6ea501 True ['(1+2j)', '(-0-0j)', '(inf-infj)', '1e+300j', '(1.5+1e-300j)']
# expect: (nan+1j) complex
# expect: 2.5j
# expect: EOFError: marshal data too short
