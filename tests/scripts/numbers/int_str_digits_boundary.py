# int -> str under sys.set_int_max_str_digits: the fast pre-check (before the
# quadratic conversion) never refuses a value that fits, and refuses one
# digit over the limit.
import sys, time

sys.set_int_max_str_digits(0)
wrong = []
for n in list(range(2200, 9000, 37)) + [2226, 2227, 2228]:
    for v in (2 ** n, 2 ** n - 1, 10 ** (n // 3), 10 ** (n // 3) - 1, -(2 ** n) + 1):
        d = len(str(abs(v)))
        if d < 642:
            continue
        sys.set_int_max_str_digits(d)
        try:
            str(v)
        except ValueError:
            wrong.append(("refused", n))
        sys.set_int_max_str_digits(d - 1)
        try:
            str(v)
            wrong.append(("accepted", n))
        except ValueError as e:
            pass
        sys.set_int_max_str_digits(0)
print(wrong)

huge = int("c" * 65000, 16)  # 78268 digits
sys.set_int_max_str_digits(int(.995 * 78268))
try:
    str(huge)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
try:
    str(int("c" * 500000, 16))
except ValueError as e:
    print(e)
# expect: []
# expect: Exceeds the limit (77876 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
