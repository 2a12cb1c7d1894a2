# CPython's own Python modules running on pyglass's native ones: operator.py
# (from _operator import *), bisect.py, stat.py, reprlib.py (itertools.islice)
# and heapq.py (its merge/nlargest/nsmallest use _heapq's max-heap helpers).
import sys
import operator, bisect, stat, reprlib, keyword

print(operator.add(1, 2), operator.__add__ is operator.add, operator.itemgetter.__module__,
      operator.__doc__.splitlines()[0], operator.attrgetter('real')(5), operator.index(True))
print(bisect.bisect([1, 2, 3], 2), bisect.insort is bisect.insort_right, bisect.bisect_left.__module__)
print(stat.filemode(0o100644), stat.S_ISDIR(0o40755), stat.S_IFMT(0o100644), stat.S_IMODE(0o104755),
      stat.filemode(0o120777), stat.UF_HIDDEN, stat.SF_SNAPSHOT)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), keyword.iskeyword('yield'))

# heapq.py from CPython's library, run as a module of its own.
heapq = type(sys)('heapq_cpython')
with open(operator.__file__[:-len('operator.py')] + 'heapq.py') as f:
    exec(compile(f.read(), 'heapq.py', 'exec'), heapq.__dict__)
print(heapq.heappush.__module__, heapq._heappop_max.__module__)
data = [(i * 37) % 23 for i in range(40)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(8)])

# expect: 3 True operator Operator interface. 5 1
# expect: 2 True _bisect
# expect: -rw-r--r-- True 32768 2541 lrwxrwxrwx 32768 2097152
# expect: [0, 1, 2, 3, 4, 5, ...] 'xxxxxxxxxxxx...xxxxxxxxxxxxx' True
# expect: _heapq _heapq
# expect: [22, 21, 21, 20, 20] [0, 0, 1, 1, 2] [0, 0, 1]
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9] [8, 7, 5, 4, 2, 1]
# expect: [0, 0, 1, 1, 2, 2, 3, 3]
