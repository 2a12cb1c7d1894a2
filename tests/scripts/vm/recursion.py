# The recursion limit: RecursionError is catchable and calls work again afterwards.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

try:
    down(0)
except RecursionError:
    print("again")
print(depth(900))

# ---- expected output (produced by python3) ----
# expect: RecursionError: maximum recursion depth exceeded
# expect: 6765
# expect: 500
# expect: again
# expect: 900
