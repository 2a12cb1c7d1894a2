# re.Pattern, re.Match and SRE_Scanner on patterns compiled by CPython's
# re._compiler: every method and attribute, replacement templates (which _sre
# hands to re._subx / re._expand), empty matches, pos/endpos, subjects of
# str and bytes subclasses, and the errors CPython raises.
from sre_support import *

p = compile(r'(?P<key>\w+)=(?P<val>\d*)(;)?')
s = 'a=1; bb=22;c=; =9'
print(p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
print(p.findall(s), [m.span() for m in p.finditer(s)], p.split(s), p.split(s, 2))
print(p.sub(r'\g<val>:\2:\g<key>\3', s), p.subn(r'[\g<0>]', s, count=2), p.sub(r'\\n\n\t', 'a=1'))
print(p.sub(lambda m: m['key'].upper(), s), p.sub('', s), p.subn(lambda m: '', s, 0))
print(p.sub(r'\g<3>', 'x=1;'), repr(p.sub(r'\3', 'x=1')))
m = p.search(s, 4)
print(m, m.group(), m.group(0, 1, 'val'), m['key'], m[3], m.groups(), m.groups('?'))
print(m.groupdict(), m.groupdict('-'), m.span(), m.span('val'), m.start(3), m.end('key'), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string is s, m.re is p, bool(m))
print(m.expand(r'<\g<key>|\2|\g<0>>'), m.expand(r'\3'), m.expand('\\101\\n'))
m = p.match('z=')
print(m.groups(), m.lastindex, m.lastgroup, m.span(3), m.start(3), m.expand(r'(\3)'))
print(compile(r'(a)(b(c))?').match('abc').lastindex, compile(r'(a)(?:b(c))?').match('abc').lastgroup)
print(compile(r'(?P<x>a)(?P<y>b)?').match('ab').lastgroup, compile(r'((?P<in>a))').match('a').lastgroup)

# templates and groups that do not exist
for template in [r'\g<4>', r'\g<nope>', r'\9', r'\g<1a>', r'\g<', '\\', r'\g<-1>', r'\q']:
    try:
        print(p.sub(template, s))
    except error as e:
        print(type(e).__name__, e)
    except Exception as e:
        print('!', type(e).__name__, e)
for call in ['m.group(4)', 'm.group("nope")', 'm.span(-1)', 'm["nope"]', 'm.expand(r"\\g<9>")',
             'p.sub(lambda m: 5, s)', 'p.sub("x", s, count=-1)', 'p.sub(1, s)', 'p.split(s, maxsplit=-1)',
             'p.findall(s, 100)', 'p.findall(s, -100, -1)', 'p.search(s, endpos=3)', 'p.fullmatch(s, 0, 3)',
             'p.match(s, pos=5, endpos=100)', 'p.fullmatch("x=12", 0, 3)', 'p.sub("-", s, 1, 2)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)

# empty matches continue after the last match (3.7+)
e = compile(r'\b|:')
print(e.split('a:b c'), e.sub('|', 'a:b c'), e.findall('ab'), [m.span() for m in e.finditer('a b')])
print(compile(r'x*').split('axbxxc'), compile('').sub('-', 'ab'), compile(r'(?=b)|b').sub('-', 'abc'))
print(compile(r'(|a)').findall('ab'), compile(r'a|').subn('-', 'baac'))

# scanner
sc = compile(r'\s*(\d+|[a-z]+|.)').scanner('12 ab +3', 1, 7)
print(sc.pattern.pattern, [sc.match().group(1) for _ in range(3)], sc.match(), sc.search())
sc = compile(r'\d').scanner('a1b22c')
print(sc.search(), sc.search().span(), sc.match(), sc.search(), sc.search(), sc.search())
print(type(sc).__name__, type(sc).__module__)

# repr, equality, hashing, copies, generic aliases
print(repr(compile('a' * 30 + '(x)')), repr(compile(r'\d', I | M | S | X)), compile(b'x\x00', L))
long = compile('.*').match('x' * 60 + "'\"")
print(long, compile(b'.+').match(b'\x00\xff\n'), compile('').match(''))
q1, q2 = compile('(a)b', 0), compile('(a)b', I)
print(q1 == compile('(a)b'), q1 == q2, hash(q1) == hash(compile('(a)b')), q1 != compile(b'(a)b'))
m = q1.match('ab')
print(q1.__copy__() is q1, q1.__deepcopy__({}) is q1, m.__copy__() is m, m.__deepcopy__({}) is m)
P, Mt = type(q1), type(m)
print(P.__name__, P.__module__, Mt.__name__, Mt.__module__, P[str], Mt[bytes], P[str].__origin__ is P)
for call in ['P()', 'Mt()', 'type(sc)()', 'q1 < q2', 'm < m', 'len(m)', 'm.foo', 'q1.foo',
             'setattr(q1, "pattern", 1)', 'setattr(m, "pos", 1)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)

# subjects of str and bytes subclasses, bytes-like objects
class S(str):
    pass


class B(bytes):
    pass


m = compile(r'(b)c').search(S('abcd'))
print(type(m.string).__name__, type(m.group()).__name__, type(m[1]).__name__, m.group())
m = compile(rb'(b)c').search(B(b'abcd'))
print(type(m.string).__name__, type(m.group()).__name__, m.group(), compile(rb'.*').match(B(b'xy')).group())
print(compile(rb'b').sub(b'X', B(b'abc')), compile('b').sub('X', S('abc')), type(compile('b').sub('X', S('a'))))
print(compile(rb'\d+').findall(memoryview(b'a12b3')), compile(rb'(\d)').split(bytearray(b'a1b')))
print(compile(rb'b+').search(memoryview(b'xabbc')[1:]), compile(rb'b+').search(memoryview(bytearray(b'abbc'))))

# expect: (?P<key>\w+)=(?P<val>\d*)(;)? 32 3 {'key': 1, 'val': 2} mappingproxy
# expect: [('a', '1', ';'), ('bb', '22', ';'), ('c', '', ';')] [(0, 4), (5, 11), (11, 14)] ['', 'a', '1', ';', ' ', 'bb', '22', ';', '', 'c', '', ';', ' =9'] ['', 'a', '1', ';', ' ', 'bb', '22', ';', 'c=; =9']
# expect: 1:1:a; 22:22:bb;::c; =9 ('[a=1;] [bb=22;]c=; =9', 2) \n
# expect: 	
# expect: A BBC =9   =9 ('  =9', 3)
# expect: ; ''
# expect: <re.Match object; span=(5, 11), match='bb=22;'> bb=22; ('bb=22;', 'bb', '22') bb ; ('bb', '22', ';') ('bb', '22', ';')
# expect: {'key': 'bb', 'val': '22'} {'key': 'bb', 'val': '22'} (5, 11) (8, 10) 10 7 ((5, 11), (5, 7), (8, 10), (10, 11))
# expect: 3 None 4 17 True True True
# expect: <bb|22|bb=22;> ; A
# expect: 
# expect: ('z', '', None) 2 val (-1, -1) -1 ()
# expect: 2 None
# expect: y None
# expect: error invalid group reference 4 at position 3
# expect: ! IndexError unknown group name 'nope'
# expect: error invalid group reference 9 at position 1
# expect: error bad character in group name '1a' at position 3
# expect: error missing group name at position 3
# expect: error bad escape (end of pattern) at position 0
# expect: error bad character in group name '-1' at position 3
# expect: error bad escape \q at position 0
# expect: m.group(4) -> IndexError no such group
# expect: m.group("nope") -> IndexError no such group
# expect: m.span(-1) -> IndexError no such group
# expect: m["nope"] -> IndexError no such group
# expect: m.expand(r"\g<9>") -> error invalid group reference 9 at position 3
# expect: p.sub(lambda m: 5, s) -> TypeError sequence item 0: expected str instance, int found
# expect: p.sub("x", s, count=-1) -> a=1; bb=22;c=; =9
# expect: p.sub(1, s) -> TypeError decoding to str: need a bytes-like object, int found
# expect: p.split(s, maxsplit=-1) -> ['a=1; bb=22;c=; =9']
# expect: p.findall(s, 100) -> []
# expect: p.findall(s, -100, -1) -> []
# expect: p.search(s, endpos=3) -> <re.Match object; span=(0, 3), match='a=1'>
# expect: p.fullmatch(s, 0, 3) -> <re.Match object; span=(0, 3), match='a=1'>
# expect: p.match(s, pos=5, endpos=100) -> <re.Match object; span=(5, 11), match='bb=22;'>
# expect: p.fullmatch("x=12", 0, 3) -> <re.Match object; span=(0, 3), match='x=1'>
# expect: p.sub("-", s, 1, 2) -> TypeError sub() takes at most 3 arguments (4 given)
# expect: ['', 'a', '', '', 'b', ' ', 'c', ''] |a|||b| |c| ['', ''] [(0, 0), (1, 1), (2, 2), (3, 3)]
# expect: ['', 'a', '', 'b', '', 'c', ''] -a-b- a--c
# expect: ['', 'a', '', ''] ('-b---c-', 5)
# expect: \s*(\d+|[a-z]+|.) ['2', 'ab', '+'] None None
# expect: <re.Match object; span=(1, 2), match='1'> (3, 4) <re.Match object; span=(4, 5), match='2'> None None None
# expect: SRE_Scanner _sre
# expect: re.compile('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(x)') re.compile('\\d', re.IGNORECASE|re.MULTILINE|re.DOTALL|re.VERBOSE) re.compile(b'x\x00', re.LOCALE)
# expect: <re.Match object; span=(0, 62), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx> <re.Match object; span=(0, 2), match=b'\x00\xff'> <re.Match object; span=(0, 0), match=''>
# expect: True False True True
# expect: True True True True
# expect: Pattern re Match re re.Pattern[str] re.Match[bytes] True
# expect: P() -> TypeError cannot create 're.Pattern' instances
# expect: Mt() -> TypeError cannot create 're.Match' instances
# expect: type(sc)() -> TypeError cannot create '_sre.SRE_Scanner' instances
# expect: q1 < q2 -> TypeError '<' not supported between instances of 're.Pattern' and 're.Pattern'
# expect: m < m -> TypeError '<' not supported between instances of 're.Match' and 're.Match'
# expect: len(m) -> TypeError object of type 're.Match' has no len()
# expect: m.foo -> AttributeError 're.Match' object has no attribute 'foo'
# expect: q1.foo -> AttributeError 're.Pattern' object has no attribute 'foo'
# expect: setattr(q1, "pattern", 1) -> AttributeError readonly attribute
# expect: setattr(m, "pos", 1) -> AttributeError readonly attribute
# expect: S str str bc
# expect: B bytes b'bc' b'xy'
# expect: b'aXc' aXc <class 'str'>
# expect: [b'12', b'3'] [b'a', b'1', b'b']
# expect: <re.Match object; span=(1, 3), match=b'bb'> <re.Match object; span=(1, 3), match=b'bb'>
