# Recursion inside except blocks stops at the limit as in CPython (a lasting allowance after the first RecursionError let it run unbounded).
import sys, time
def set_relative_recursion_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError:
            depth += 1
        else:
            break
    sys.setrecursionlimit(depth+n)
    return depth
def recurse_in_except():
    try:
        1/0
    except:
        recurse_in_except()
def recurse_after_except():
    try:
        1/0
    except:
        pass
    recurse_after_except()
def recurse_in_body_and_except():
    try:
        recurse_in_body_and_except()
    except:
        recurse_in_body_and_except()
calls = 0
def counted():
    global calls
    calls += 1
    try:
        counted()
    except:
        counted()
old = sys.getrecursionlimit()
d = set_relative_recursion_limit(10)
print("depth found", d, flush=True)
for func in (recurse_in_except, recurse_after_except, recurse_in_body_and_except, counted):
    t = time.time()
    try:
        func()
    except RecursionError:
        print(func.__name__, "RecursionError", flush=True)
sys.setrecursionlimit(old)
print(calls)

# expect: depth found 4
# expect: recurse_in_except RecursionError
# expect: recurse_after_except RecursionError
# expect: recurse_in_body_and_except RecursionError
# expect: counted RecursionError
# expect: 8191
