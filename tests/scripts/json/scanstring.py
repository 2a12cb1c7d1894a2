# _json.scanstring: results, end positions (code points, also after non-ASCII
# text), every JSONDecodeError message with its position, surrogate pairs.
from _json import scanstring
import json

def t(*a):
    try:
        print(repr(scanstring(*a)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)

t('"abc"', 1)
t('xx"abc" tail', 3)
t('"abc"', 1, False)
t('"a\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti"', 1)
t('"\\u0041\\u00e9\\u20ac"', 1)
t('"\\ud83d\\ude00!"', 1)        # a surrogate pair joined
t('"\\ud83dx"', 1)               # a lone high surrogate stays
t('"\\ude00"', 1)                # a lone low surrogate
t('"\\ud83d\\u0041"', 1)         # high surrogate then a non-surrogate
t('"\\ud83d\\ud83d\\ude00"', 1)  # high, then a pair
t('"é€😀" + more', 1)           # non-ASCII: the end is a code-point index
t('é€😀"x\\ny"', 4)
t('"abc', 1)
t('é"abc', 2)
t('"abc"', 5)
t('"abc"', 6)
t('"abc"', -1)
t('"a\x01b"', 1)
t('"é\x1fb"', 1)
t('"a\x01b"', 1, 0)
t('"a\\qb"', 1)
t('"é\\xb"', 1)
t('"a\\', 1)
t('"a\\u12"', 1)
t('"a\\u12"x', 1)
t('"a\\u12g4"', 1)
t('"a\\u1234', 1)
t('"\\ud83d\\uzzzz"', 1)
t('"\\ud83d\\u12"', 1)
t('"\\ud83d\\', 1)
t('"x\n\ny\x00"', 1)
t(b'"abc"', 1)
t('"abc"', 1.0)
t('"abc"', 1, 'x')
t('"abc"', 1, 1 << 40)
t('"abc"')
t('"abc"', 1, True, 4)
try:
    scanstring('"abc"', end=1)
except TypeError as e:
    print(e)
print(scanstring.__module__, scanstring.__name__)
# expect: ('abc', 5)
# expect: ('abc', 7)
# expect: ('abc', 5)
# expect: ('a"b\\c/d\x08e\x0cf\ng\rh\ti', 27)
# expect: ('Aé€', 20)
# expect: ('😀!', 15)
# expect: ('\ud83dx', 9)
# expect: ('\ude00', 8)
# expect: ('\ud83dA', 14)
# expect: ('\ud83d😀', 20)
# expect: ('é€😀', 5)
# expect: ('x\ny', 9)
# expect: JSONDecodeError Unterminated string starting at 0 1 1
# expect: JSONDecodeError Unterminated string starting at 1 1 2
# expect: JSONDecodeError Unterminated string starting at 4 1 5
# expect: ValueError end is out of bounds
# expect: ValueError end is out of bounds
# expect: JSONDecodeError Invalid control character at 2 1 3
# expect: JSONDecodeError Invalid control character at 2 1 3
# expect: ('a\x01b', 5)
# expect: JSONDecodeError Invalid \escape 2 1 3
# expect: JSONDecodeError Invalid \escape 2 1 3
# expect: JSONDecodeError Unterminated string starting at 0 1 1
# expect: JSONDecodeError Invalid \uXXXX escape 3 1 4
# expect: JSONDecodeError Invalid \uXXXX escape 3 1 4
# expect: JSONDecodeError Invalid \uXXXX escape 3 1 4
# expect: JSONDecodeError Invalid \uXXXX escape 3 1 4
# expect: JSONDecodeError Invalid \uXXXX escape 8 1 9
# expect: JSONDecodeError Invalid \uXXXX escape 8 1 9
# expect: JSONDecodeError Unterminated string starting at 0 1 1
# expect: JSONDecodeError Invalid control character at 2 1 3
# expect: TypeError first argument must be a string, not bytes
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError signed integer is greater than maximum
# expect: TypeError scanstring() takes at least 2 arguments (1 given)
# expect: TypeError scanstring() takes at most 3 arguments (4 given)
# expect: scanstring() takes no keyword arguments
# expect: _json scanstring
