# Decimal literals longer than sys.get_int_max_str_digits() are a SyntaxError at
# parse time (hexadecimal ones are not limited), and huge constants compile.
import ast
import sys

for src in ['x = ' + '1' * 4301, 'x = 0x' + 'f' * 5000, 'x = ' + '1' * 4300]:
    try:
        compile(src, 'f', 'exec')
        print("ok")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno)
sys.set_int_max_str_digits(4000)
try:
    ast.literal_eval('3' * 4001)
except SyntaxError as e:
    print(str(e)[:40])
print(ast.literal_eval('3' * 4000) % 7)
t = ast.fix_missing_locations(ast.Expression(ast.Constant(-(2 ** 20000) + 5)))
print(eval(compile(t, 'f', 'eval')) == -(2 ** 20000) + 5)

# expect: 'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.' 1
# expect: ok
# expect: ok
# expect: Exceeds the limit (4000 digits) for inte
# expect: 1
# expect: True
