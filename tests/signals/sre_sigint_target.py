# Run by tests/signals/check_sre_sigint.sh: Ctrl-C stops a long regular-expression match.
# The engine holds the GIL for a whole match, as CPython's does, but looks for
# a pending SIGINT every 4096 steps and stops with KeyboardInterrupt.
import _sre
# re.compile('(?:a|aa)*c')'s code (CPython 3.11): it backtracks through
# Fibonacci(60) ways of splitting 60 a's before giving up.
p = _sre.compile('(?:a|aa)*c', 32, [14, 4, 0, 1, 4294967295, 23, 15, 0, 4294967295, 16, 97, 7, 3, 15, 7, 5,
                                    16, 97, 15, 2, 0, 18, 16, 99, 1], 0, {}, (None,))
print("matching", flush=True)
try:
    p.match("a" * 60)
    print("finished?!", flush=True)
except KeyboardInterrupt:
    print("interrupted match", flush=True)
print(p.match("a" * 10 + "c"), flush=True)
