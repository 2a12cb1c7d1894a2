# sendmsg/recvmsg with SCM_RIGHTS ancillary data (what multiprocessing uses to
# pass descriptors), scatter/gather buffers, and recvmsg_into.
import _socket
import os
import struct

a, b = _socket.socketpair()
r, w = os.pipe()
fds = struct.pack("ii", r, w)
print(a.sendmsg([b"fd", bytearray(b"s!")], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, fds)]))
msg, anc, flags, addr = b.recvmsg(10, _socket.CMSG_SPACE(8))
print(msg, len(anc), anc[0][0] == _socket.SOL_SOCKET, anc[0][1] == _socket.SCM_RIGHTS, len(anc[0][2]), flags, addr)
r2, w2 = struct.unpack("ii", anc[0][2])
print(r2 not in (r, w), w2 not in (r, w))
os.write(w2, b"through a passed descriptor")
print(os.read(r, 100))
for fd in (r, w, r2, w2):
    os.close(fd)
print(a.sendmsg([b"abc", b"defgh"]))
bufs = [bytearray(3), memoryview(bytearray(10))]
n, anc, flags, addr = b.recvmsg_into(bufs)
print(n, bufs[0], bytes(bufs[1][:5]), anc, flags, addr)
for args in [(1,), ([b"x"], 1), ([b"x"], [1]), ([b"x"], [(1, 2)]), (["x"],)]:
    try:
        a.sendmsg(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(-1,), (10, -1)]:
    try:
        b.recvmsg(*args)
    except ValueError as e:
        print(type(e).__name__, e)
a.close()
b.close()

# expect: 4
# expect: b'fds!' 1 True True 8 0 None
# expect: True True
# expect: b'through a passed descriptor'
# expect: 8
# expect: 8 bytearray(b'abc') b'defgh' [] 0 None
# expect: TypeError sendmsg() argument 1 must be an iterable
# expect: TypeError sendmsg() argument 2 must be an iterable
# expect: TypeError [sendmsg() ancillary data items]() argument must be 3-item sequence, not int
# expect: TypeError [sendmsg() ancillary data items]() argument must be sequence of length 3, not 2
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError negative buffer size in recvmsg()
# expect: ValueError invalid ancillary data buffer length
