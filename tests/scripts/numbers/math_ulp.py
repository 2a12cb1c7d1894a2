# math.ulp and math.nextafter: subnormals, the largest float, infinities, NaN, argument errors
import math
for v in [0.0, -0.0, 1.0, -1.0, 5e-324, 1e-310, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3, 10**20, 2.5]:
    print(repr(v), repr(math.ulp(v)), repr(math.nextafter(v, 0)), repr(math.nextafter(v, math.inf)), repr(math.nextafter(v, -math.inf)))
for s in ['math.ulp()','math.ulp(1,2)','math.nextafter(1)','math.ulp("a")','math.nextafter(1,2,x=1)', 'math.nextafter(1, 1j)']:
    try:
        eval(s)
    except Exception as e:
        print(type(e).__name__, e)

# expect: 0.0 5e-324 0.0 5e-324 -5e-324
# expect: -0.0 5e-324 0.0 5e-324 -5e-324
# expect: 1.0 2.220446049250313e-16 0.9999999999999999 1.0000000000000002 0.9999999999999999
# expect: -1.0 2.220446049250313e-16 -0.9999999999999999 -0.9999999999999999 -1.0000000000000002
# expect: 5e-324 5e-324 0.0 1e-323 0.0
# expect: 1e-310 5e-324 9.9999999999995e-311 1.00000000000005e-310 9.9999999999995e-311
# expect: 1.7976931348623157e+308 1.99584030953472e+292 1.7976931348623155e+308 inf 1.7976931348623155e+308
# expect: inf inf 1.7976931348623157e+308 inf 1.7976931348623157e+308
# expect: -inf inf -1.7976931348623157e+308 -1.7976931348623157e+308 -inf
# expect: nan nan nan nan nan
# expect: 3 4.440892098500626e-16 2.9999999999999996 3.0000000000000004 2.9999999999999996
# expect: 100000000000000000000 16384.0 9.999999999999998e+19 1.0000000000000002e+20 9.999999999999998e+19
# expect: 2.5 4.440892098500626e-16 2.4999999999999996 2.5000000000000004 2.4999999999999996
# expect: TypeError math.ulp() takes exactly one argument (0 given)
# expect: TypeError math.ulp() takes exactly one argument (2 given)
# expect: TypeError nextafter expected 2 arguments, got 1
# expect: TypeError must be real number, not str
# expect: TypeError math.nextafter() takes no keyword arguments
# expect: TypeError must be real number, not complex
