# Constant list/set displays and for/in iterables fold like CPython 3.11 (set printing order).
print({10, 100, 5, 33, 17})
print({1, 2, 3}, {-1, -5, 7, 1000}, {(1, 2), 3, 4.5})
print([1, 2, 3], (1, 2, 3), [1, -2, (3, 4)])
x = 5
print({x, 100, 5, 33, 17}, {10, 100, x, 33, 17})
print([*[1], 2, 3], (*[1], 2, 3), {*[9], 100, 33})
print(list(range(40)) == [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39])
y = [x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,1]
print(len(y), y[-1])
z = (x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,1)
print(len(z), type(z), {x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,1, 1000, 77})
print({1000, 77, 5, 6, 99, 1024, 64, 32, 31})
s = {100, 200, 8, 16}
s.add(3)
print(s)
for x in {10, 100, 5, 33, 17}: print(x, end=" ")
print([x for x in {10, 100, 5, 33, 17}])
print([(x,y) for y in [1] for x in {10, 100, 5, 33, 17}])
print(5 in {1,2,5}, 3 not in [1,2], 1 < 2 in {2, 3})
for x in [1,2,3]: print(x)
# expect: {33, 17, 100, 5, 10}
# expect: {1, 2, 3} {1000, -5, -1, 7} {(1, 2), 3, 4.5}
# expect: [1, 2, 3] (1, 2, 3) [1, -2, (3, 4)]
# expect: {33, 100, 5, 17} {33, 100, 5, 10, 17}
# expect: [1, 2, 3] (1, 2, 3) {9, 100, 33}
# expect: True
# expect: 36 1
# expect: 36 <class 'tuple'> {1000, 1, 77, 5}
# expect: {1024, 32, 64, 99, 5, 6, 1000, 77, 31}
# expect: {3, 100, 200, 8, 16}
# expect: 33 100 5 10 17 [33, 100, 5, 10, 17]
# expect: [(33, 1), (100, 1), (5, 1), (10, 1), (17, 1)]
# expect: True True True
# expect: 1
# expect: 2
# expect: 3
