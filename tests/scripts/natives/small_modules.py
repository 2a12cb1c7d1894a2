# _string, errno, _stat, _bisect and _heapq: values and CPython's errors.
import _string, _stat, errno, _heapq as h, _bisect as b
for s in ['a{0!r:>5}b{}', 'abc', '', '{{}}', 'a{{b', '}}x', '{', '}', 'a}b', '{a[}b]}', '{a[b}', '{!}', '{!r', '{!rx}', '{:{x}}', '{x!r:{y}z}', '{0[1].a}', '{!é}', '{é:é}', '{:', '{a{b}', 'x{}y{}z', '{:}}}', 'ü{ä!s:ö}ß']:
  try: print(repr(s), list(_string.formatter_parser(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['0.a[1]', '', 'abc', 'a.b.c', '0[x][2]', 'a]', 'a.', 'a[', 'a[]', 'a..b', '99999999999999999999999', 'a[99999999999999999999]', '1a', 'a[x]y', 'a.b[c].d', '9223372036854775807', '9223372036854775808']:
  try:
    f, r = _string.formatter_field_name_split(s)
    print(repr(s), repr(f), list(r))
  except Exception as e: print(repr(s), type(e).__name__, e)
for f in (lambda: _string.formatter_parser(1), lambda: _string.formatter_field_name_split(1), lambda: _string.formatter_parser(), lambda: type(_string.formatter_parser('')), lambda: type(_string.formatter_field_name_split('')[1])):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(sorted((n, getattr(_stat, n)) for n in dir(_stat) if n[0] != '_' and not callable(getattr(_stat, n))))
print(sorted(n for n in dir(_stat) if callable(getattr(_stat, n)) and not n.startswith('__')))
for f in [lambda: _stat.S_ISDIR('a'), lambda: _stat.S_ISDIR(-1), lambda: _stat.S_ISDIR(2**40), lambda: _stat.S_ISDIR(2**70), lambda: _stat.S_ISDIR(1.5), lambda: _stat.filemode(0o170777), lambda: _stat.filemode(-1), lambda: _stat.S_IMODE(0o107755), lambda: _stat.S_IFMT(0o107755), lambda: _stat.S_ISDIR(), lambda: _stat.filemode(0o140755), lambda: _stat.filemode(0o4755|0o100000), lambda: _stat.filemode(0o2644), lambda: _stat.filemode(0o1777|0o40000),lambda: _stat.filemode(0o6000), lambda: _stat.S_ISREG(True), lambda: [_stat.filemode(m) for m in (0o20644, 0o60644, 0o10644, 0o120777)], lambda: [f(0o40000) for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG, _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT, _stat.S_ISWHT)]]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(len(errno.errorcode), errno.ENOENT, errno.errorcode[2], errno.errorcode[11], errno.EWOULDBLOCK, errno.errorcode[95], errno.errorcode[35])
print(sorted(n for n in dir(errno) if n[0] == 'E') == sorted(n for n in __import__('errno').__dict__ if n[0]=='E'), errno.__doc__.splitlines()[0])
print(sorted(errno.errorcode.items())[:5], sorted(errno.errorcode.items())[-5:])
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
show(lambda: h.heappush(1, 2))
show(lambda: h.heappush([]))
show(lambda: h.heappop(1))
show(lambda: h.heappop())
show(lambda: h.heappop([]))
show(lambda: h.heapify(1))
show(lambda: h.heapreplace([], 1))
show(lambda: h._heappop_max([]))
show(lambda: h._heapreplace_max([], 1))
show(lambda: h.heappushpop([], 1))
show(lambda: h.heappush(heap=[], item=1))
show(lambda: b.bisect_right([1], 1, 'a'))
show(lambda: b.bisect_right([1], 1, 0, 'a'))
show(lambda: b.bisect_right([1], 1, 0, None))
show(lambda: b.bisect_right([1], 1, hi=None, lo=0))
show(lambda: b.bisect_right([1]))
show(lambda: b.bisect_right(1, 1))
show(lambda: b.bisect_right([1,2,3], 2, key=lambda x: x))
show(lambda: b.bisect_right([1,2,3], 2, 0, 5))
show(lambda: b.bisect_right([1,2,3], 2, -1))
show(lambda: b.insort_right((1,), 2))
show(lambda: b.bisect_left([1], 1, 0, 1, None))


data = [(i * 7919) % 101 for i in range(200)]
heap = []
for x in data: h.heappush(heap, x)
print(heap[:20])
print([h.heappop(heap) for i in range(10)], heap[:10])
heap2 = data[:]; h.heapify(heap2); print(heap2[:20])
h._heapify_max(heap2); print(heap2[:20], h._heappop_max(heap2), h._heapreplace_max(heap2, 50), heap2[:10])
print(h.heapreplace(heap, 1000), h.heappushpop(heap, -1), h.heappushpop(heap, 1000), heap[:10])
big = list(range(5000, 0, -1)); h.heapify(big); print(big[:10], big[-5:])
sl = sorted(data)
print([b.bisect_left(sl, v) for v in (0, 10, 50, 99, 100)], [b.bisect_right(sl, v) for v in (0, 10, 50, 99, 100)])
print(b.bisect_left(sl, 50, 10, 100), b.bisect_right(sl, 50, hi=60))
keyed = [('a', 1), ('b', 3), ('c', 5)]
print(b.bisect_left(keyed, 3, key=lambda p: p[1]), b.bisect_right(keyed, 3, key=lambda p: p[1]))
b.insort_left(keyed, ('x', 3), key=lambda p: p[1]); b.insort_right(keyed, ('y', 3), key=lambda p: p[1]); print(keyed)
l = [1, 3]; b.insort(l, 2) if hasattr(b, 'insort') else b.insort_right(l, 2); b.insort_left(l, 2); print(l)
class L(list):
    def insert(self, i, x): print('insert', i, x); list.insert(self, i, x)
ll = L([1, 5]); b.insort_right(ll, 3); print(ll)
# a comparison that mutates the heap
class Evil:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        heap3.clear(); return self.v < o.v
heap3 = [Evil(i) for i in range(10)]
try: h.heappush(heap3, Evil(-1))
except Exception as e: print(type(e).__name__, e)
heap3 = [Evil(i) for i in range(10)]
try: h.heappop(heap3)
except Exception as e: print(type(e).__name__, e)

# expect: 'a{0!r:>5}b{}' [('a', '0', '>5', 'r'), ('b', '', '', None)]
# expect: 'abc' [('abc', None, None, None)]
# expect: '' []
# expect: '{{}}' [('{', None, None, None), ('}', None, None, None)]
# expect: 'a{{b' [('a{', None, None, None), ('b', None, None, None)]
# expect: '}}x' [('}', None, None, None), ('x', None, None, None)]
# expect: '{' ValueError Single '{' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: 'a}b' ValueError Single '}' encountered in format string
# expect: '{a[}b]}' [('', 'a[}b]', '', None)]
# expect: '{a[b}' ValueError expected '}' before end of string
# expect: '{!}' ValueError unmatched '{' in format spec
# expect: '{!r' ValueError unmatched '{' in format spec
# expect: '{!rx}' ValueError expected ':' after conversion specifier
# expect: '{:{x}}' [('', '', '{x}', None)]
# expect: '{x!r:{y}z}' [('', 'x', '{y}z', 'r')]
# expect: '{0[1].a}' [('', '0[1].a', '', None)]
# expect: '{!é}' [('', '', '', 'é')]
# expect: '{é:é}' [('', 'é', 'é', None)]
# expect: '{:' ValueError unmatched '{' in format spec
# expect: '{a{b}' ValueError unexpected '{' in field name
# expect: 'x{}y{}z' [('x', '', '', None), ('y', '', '', None), ('z', None, None, None)]
# expect: '{:}}}' [('', '', '', None), ('}', None, None, None)]
# expect: 'ü{ä!s:ö}ß' [('ü', 'ä', 'ö', 's'), ('ß', None, None, None)]
# expect: '0.a[1]' 0 [(True, 'a'), (False, 1)]
# expect: '' '' []
# expect: 'abc' 'abc' []
# expect: 'a.b.c' 'a' [(True, 'b'), (True, 'c')]
# expect: '0[x][2]' 0 [(False, 'x'), (False, 2)]
# expect: 'a]' 'a]' []
# expect: 'a.' ValueError Empty attribute in format string
# expect: 'a[' ValueError Missing ']' in format string
# expect: 'a[]' ValueError Empty attribute in format string
# expect: 'a..b' ValueError Empty attribute in format string
# expect: '99999999999999999999999' ValueError Too many decimal digits in format string
# expect: 'a[99999999999999999999]' ValueError Too many decimal digits in format string
# expect: '1a' '1a' []
# expect: 'a[x]y' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: 'a.b[c].d' 'a' [(True, 'b'), (False, 'c'), (True, 'd')]
# expect: '9223372036854775807' 9223372036854775807 []
# expect: '9223372036854775808' ValueError Too many decimal digits in format string
# expect: TypeError expected str, got int
# expect: TypeError expected str, got int
# expect: TypeError _string.formatter_parser() takes exactly one argument (0 given)
# expect: <class 'formatteriterator'>
# expect: <class 'fieldnameiterator'>
# expect: [('SF_APPEND', 262144), ('SF_ARCHIVED', 65536), ('SF_IMMUTABLE', 131072), ('SF_NOUNLINK', 1048576), ('SF_SNAPSHOT', 2097152), ('ST_ATIME', 7), ('ST_CTIME', 9), ('ST_DEV', 2), ('ST_GID', 5), ('ST_INO', 1), ('ST_MODE', 0), ('ST_MTIME', 8), ('ST_NLINK', 3), ('ST_SIZE', 6), ('ST_UID', 4), ('S_ENFMT', 1024), ('S_IEXEC', 64), ('S_IFBLK', 24576), ('S_IFCHR', 8192), ('S_IFDIR', 16384), ('S_IFDOOR', 0), ('S_IFIFO', 4096), ('S_IFLNK', 40960), ('S_IFPORT', 0), ('S_IFREG', 32768), ('S_IFSOCK', 49152), ('S_IFWHT', 0), ('S_IREAD', 256), ('S_IRGRP', 32), ('S_IROTH', 4), ('S_IRUSR', 256), ('S_IRWXG', 56), ('S_IRWXO', 7), ('S_IRWXU', 448), ('S_ISGID', 1024), ('S_ISUID', 2048), ('S_ISVTX', 512), ('S_IWGRP', 16), ('S_IWOTH', 2), ('S_IWRITE', 128), ('S_IWUSR', 128), ('S_IXGRP', 8), ('S_IXOTH', 1), ('S_IXUSR', 64), ('UF_APPEND', 4), ('UF_COMPRESSED', 32), ('UF_HIDDEN', 32768), ('UF_IMMUTABLE', 2), ('UF_NODUMP', 1), ('UF_NOUNLINK', 16), ('UF_OPAQUE', 8)]
# expect: ['S_IFMT', 'S_IMODE', 'S_ISBLK', 'S_ISCHR', 'S_ISDIR', 'S_ISDOOR', 'S_ISFIFO', 'S_ISLNK', 'S_ISPORT', 'S_ISREG', 'S_ISSOCK', 'S_ISWHT', 'filemode']
# expect: TypeError an integer is required
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError mode out of range
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: TypeError an integer is required
# expect: '?rwxrwxrwx'
# expect: OverflowError can't convert negative value to unsigned int
# expect: 4077
# expect: 32768
# expect: TypeError _stat.S_ISDIR() takes exactly one argument (0 given)
# expect: 'srwxr-xr-x'
# expect: '-rwsr-xr-x'
# expect: '?rw-r-Sr--'
# expect: 'drwxrwxrwt'
# expect: '?--S--S---'
# expect: False
# expect: ['crw-r--r--', 'brw-r--r--', 'prw-r--r--', 'lrwxrwxrwx']
# expect: [True, False, False, False, False, False, False, False, False, False]
# expect: 130 2 ENOENT EAGAIN 11 ENOTSUP EDEADLOCK
# expect: True This module makes available standard errno system symbols.
# expect: [(1, 'EPERM'), (2, 'ENOENT'), (3, 'ESRCH'), (4, 'EINTR'), (5, 'EIO')] [(128, 'EKEYREVOKED'), (129, 'EKEYREJECTED'), (130, 'EOWNERDEAD'), (131, 'ENOTRECOVERABLE'), (132, 'ERFKILL')]
# expect: TypeError: heappush() argument 1 must be list, not int
# expect: TypeError: heappush expected 2 arguments, got 1
# expect: TypeError: heappop() argument must be list, not int
# expect: TypeError: _heapq.heappop() takes exactly one argument (0 given)
# expect: IndexError: index out of range
# expect: TypeError: heapify() argument must be list, not int
# expect: IndexError: index out of range
# expect: IndexError: index out of range
# expect: IndexError: index out of range
# expect: 1
# expect: TypeError: _heapq.heappush() takes no keyword arguments
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: argument should be integer or None, not 'str'
# expect: 1
# expect: 1
# expect: TypeError: bisect_right() missing required argument 'x' (pos 2)
# expect: TypeError: object of type 'int' has no len()
# expect: 2
# expect: 2
# expect: ValueError: lo must be non-negative
# expect: AttributeError: 'tuple' object has no attribute 'insert'
# expect: TypeError: bisect_left() takes at most 4 positional arguments (5 given)
# expect: [0, 1, 0, 2, 1, 3, 6, 2, 4, 5, 4, 8, 3, 9, 12, 18, 6, 5, 11, 12]
# expect: [0, 0, 1, 1, 2, 2, 3, 3, 4, 4] [5, 5, 6, 6, 7, 8, 9, 18, 8, 7]
# expect: [0, 1, 0, 1, 4, 3, 6, 2, 2, 5, 6, 3, 11, 9, 12, 9, 20, 4, 11, 7]
# expect: [100, 100, 98, 99, 99, 98, 97, 97, 93, 96, 95, 95, 93, 91, 96, 80, 85, 91, 86, 89] 100 100 [99, 99, 98, 97, 96, 98, 97, 85, 93, 92]
# expect: 5 -1 5 [6, 6, 8, 8, 7, 11, 9, 18, 9, 7]
# expect: [1, 2, 906, 3, 1930, 1418, 907, 394, 4, 2186] [5000, 4923, 4962, 4377, 3751]
# expect: [0, 20, 99, 196, 198] [2, 22, 101, 198, 200]
# expect: 99 60
# expect: 1 2
# expect: [('a', 1), ('x', 3), ('b', 3), ('y', 3), ('c', 5)]
# expect: [1, 2, 2, 3]
# expect: insert 1 3
# expect: [1, 3, 5]
# expect: RuntimeError list changed size during iteration
# expect: RuntimeError list changed size during iteration
