# sys.get_int_max_str_digits / set_int_max_str_digits and the limit they set.
import sys
print(sys.get_int_max_str_digits())
for a in (5, "x"):
    try:
        sys.set_int_max_str_digits(a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 800)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 800)), sys.get_int_max_str_digits())

# expect: 4300
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
# expect: 700
# expect: Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 801 0
