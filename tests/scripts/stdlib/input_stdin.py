# input() reads lines from sys.stdin; EOFError at the end.
# stdin: first line
# stdin: 第二行
name = input()
print("got", repr(name))
second = input("prompt> ")
print()
print("got", repr(second))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
# expect: got 'first line'
# expect: prompt> 
# expect: got '第二行'
# expect: EOFError: EOF when reading a line
