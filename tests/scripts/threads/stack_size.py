# _thread.stack_size(n) applies to threads started afterwards.  (A thread whose
# stack runs out gets RecursionError, never a crash: tests/unit/test_vm.cpp
# checks that guard, since CPython itself crashes there.)
import _thread, threading, sys

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for v in (100, -1, 32767, "x", 1.5):
    t("stack_size(%r)" % (v,), lambda: _thread.stack_size(v))
t("two args", lambda: _thread.stack_size(1, 2))
t("keyword", lambda: _thread.stack_size(size=5))
print(_thread.stack_size(), _thread.stack_size(32768), _thread.stack_size(1 << 20), threading.stack_size(0),
      threading.stack_size())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def nested(n):
    return 0 if n == 0 else 1 + sum(map(nested, [n - 1]))
results = {}
def run(tag, fn, n):
    try:
        results[tag] = fn(n)
    except RecursionError:
        results[tag] = "RecursionError"
def in_thread(tag, fn, n):
    th = threading.Thread(target=run, args=(tag, fn, n))
    th.start()
    th.join()

threading.stack_size(32768)
in_thread("small, shallow", depth, 20)
threading.stack_size(8 << 20)
in_thread("8 MiB, nested past the limit", nested, 100000)
threading.stack_size(256 << 20)
sys.setrecursionlimit(60000)
in_thread("large, deep", depth, 50000)
threading.stack_size(0)
print(sorted(results.items()))
# expect: stack_size(100) -> ValueError: size not valid: 100 bytes
# expect: stack_size(-1) -> ValueError: size must be 0 or a positive value
# expect: stack_size(32767) -> ValueError: size not valid: 32767 bytes
# expect: stack_size('x') -> TypeError: 'str' object cannot be interpreted as an integer
# expect: stack_size(1.5) -> TypeError: 'float' object cannot be interpreted as an integer
# expect: two args -> TypeError: stack_size() takes at most 1 argument (2 given)
# expect: keyword -> TypeError: stack_size() takes no keyword arguments
# expect: 0 0 32768 1048576 0
# expect: [('8 MiB, nested past the limit', 'RecursionError'), ('large, deep', 50000), ('small, shallow', 20)]
