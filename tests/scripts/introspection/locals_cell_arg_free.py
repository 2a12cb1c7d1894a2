# locals() in a function whose parameter is a cell and which has a free variable (cell2arg was read past its end).
def f(x):
    def g(y):
        def h(z):
            return y + z
        w = x + y
        y += 3
        return locals()
    return g
d = f(2)(4)
del d['h']
print(d)

# expect: {'y': 7, 'w': 6, 'x': 2}
