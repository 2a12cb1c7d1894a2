# Comprehension scopes, nesting, generator expressions.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)

print([(i, j) for i in range(3) for j in range(i) if j != 1])
print({k: v for k, v in zip("abc", range(3))})
print({c for c in "hello"} == set("helo"))
print(sorted({i % 3 for i in range(10)}))

g = (i * i for i in range(4))
print(next(g), list(g))

def lazy():
    log = []
    def it():
        for i in range(3):
            log.append(i)
            yield i
    gen = (v * 10 for v in it())
    log.append("made")
    first = next(gen)
    return log, first
print(lazy())

def outer_iter_eval_first():
    try:
        (y for y in 1)
    except TypeError as e:
        return str(e)
print(outer_iter_eval_first())

class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)

def nested_comp():
    return [[r * c for c in range(3)] for r in range(3)]
print(nested_comp())

print([n for n in range(20) if n % 2 if n % 3])
print((lambda: [a for a in range(2)])())
print(sum(i for i in range(101)))
if any((found := n) > 3 for n in [1, 5, 7]):
    print("found", found)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print([*range(3), *"ab"], (*range(2),), {*()}, {**{'a': 1}, 'b': 2})

# expect: [0, 1, 2] outer
# expect: [(1, 0), (2, 0)]
# expect: {'a': 0, 'b': 1, 'c': 2}
# expect: True
# expect: [0, 1, 2]
# expect: 0 [1, 4, 9]
# expect: (['made', 0], 0)
# expect: 'int' object is not iterable
# expect: [2, 4, 6]
# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
# expect: [1, 5, 7, 11, 13, 17, 19]
# expect: [0, 1]
# expect: 5050
# expect: found 5
# expect: [2, 12]
# expect: [0, 1, 2, 'a', 'b'] (0, 1) set() {'a': 1, 'b': 2}
