# Long subjects: backtracking over a megabyte never recurses in C (the engine
# keeps its own stack), REPEAT_ONE runs without frames, and literal-prefix and
# first-character searches find the one match at the far end.
from sre_support import *

big = 'ab' * 500000 + 'c'
m = compile('(a|b)*c').match(big)
print(m.span(), m.group(1), m.span(1))
print(compile('(?:a|b)*?c').match(big).end(), compile('(ab)+$').match(big))
print(compile('(a|b)*d').match('ab' * 20000), compile('(?:ab)*+c').match(big).end())
print(compile(r'(?:(a)|b)*c').match(big).span(1), compile('(?>(?:a|b)*)c').match(big).end())
m = compile(r'((\w)\w)*c').match(big)
print(m.span(1), m.span(2), m.lastindex)
print(compile('a.*c').match(big).end(), compile('a.*?c').match(big).end(), compile('[ab]*c').match(big).end())
print(compile('b{1000000}').search(big), compile('(?:ab){400000,}c').match(big).end())

hay = 'x' * 1000000 + 'needle' + 'y' * 10
print(compile('needle').search(hay), compile('need(le)').search(hay).span(1), compile('n[aeiou]+dle').search(hay))
print(compile('[mn]e+').search(hay).span(), compile('(?i)NEEDLE').search(hay).span(), compile('y$').search(hay).span())
print(len(compile('x').findall(hay)), len(compile('x{1000}').split(hay)), compile('y+').sub('-', hay)[-8:])
b = b'\x00' * 2000000 + b'\xffEND'
print(compile(rb'\xffE').search(b), compile(rb'[^\x00]+').search(b).span(), compile(b'.*END', S).match(b).end())
print(compile(rb'(\x00\x00)+\xff').match(b).span(1))

# expect: (0, 1000001) b (999999, 1000000)
# expect: 1000001 None
# expect: None 1000001
# expect: (999998, 999999) 1000001
# expect: (999998, 1000000) (999998, 999999) 1
# expect: 1000001 1000001 1000001
# expect: None 1000001
# expect: <re.Match object; span=(1000000, 1000006), match='needle'> (1000004, 1000006) <re.Match object; span=(1000000, 1000006), match='needle'>
# expect: (1000000, 1000003) (1000000, 1000006) (1000015, 1000016)
# expect: 1000000 1001 xneedle-
# expect: <re.Match object; span=(2000000, 2000002), match=b'\xffE'> (2000000, 2000004) 2000004
# expect: (1999998, 2000000)
