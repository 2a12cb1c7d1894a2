# Ellipsis and NotImplemented reduce to their names: copy and pickle keep the singletons.
import copy
import pickle

for o in (..., NotImplemented):
    print(o.__reduce__(), copy.copy(o) is o, copy.deepcopy([o])[0] is o)
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        print(proto, pickle.dumps(o, proto))

# expect: Ellipsis True True
# expect: 0 b'c__builtin__\nEllipsis\np0\n.'
# expect: 1 b'c__builtin__\nEllipsis\nq\x00.'
# expect: 2 b'\x80\x02c__builtin__\nEllipsis\nq\x00.'
# expect: 3 b'\x80\x03cbuiltins\nEllipsis\nq\x00.'
# expect: 4 b'\x80\x04\x95\x19\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x08Ellipsis\x94\x93\x94.'
# expect: 5 b'\x80\x05\x95\x19\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x08Ellipsis\x94\x93\x94.'
# expect: NotImplemented True True
# expect: 0 b'c__builtin__\nNotImplemented\np0\n.'
# expect: 1 b'c__builtin__\nNotImplemented\nq\x00.'
# expect: 2 b'\x80\x02c__builtin__\nNotImplemented\nq\x00.'
# expect: 3 b'\x80\x03cbuiltins\nNotImplemented\nq\x00.'
# expect: 4 b'\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x0eNotImplemented\x94\x93\x94.'
# expect: 5 b'\x80\x05\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x0eNotImplemented\x94\x93\x94.'
