# Every opcode re._compiler emits, through patterns compiled by CPython's
# re._compiler and run by _sre: for each pattern, the span and groups of the
# first match (search) in each subject, and every match (findall).
from sre_support import *


def show(pattern, *subjects, flags=0):
    p = compile(pattern, flags)
    out = []
    for s in subjects:
        m = p.search(s)
        out.append(m and (m.span(), m.groups()) if p.groups else m and m.span())
    print(pattern, out, p.findall(subjects[0]))


# LITERAL, NOT_LITERAL and their ignore-case forms (ASCII, Unicode, locale)
show('abc', 'xxabcab', 'ab')
show('[^a]b', 'abxb', 'aab')
show('ABC', 'xabc', 'xAbC', flags=I | A)
show('[^k]b', 'KBxb', 'kb', flags=I | A)
show('straSSe', 'STRASSE', 'Strasse', flags=I)
show('é[^é]', 'ÉÉÉx', 'éÉ', flags=I)
show('ǅ', 'Ǆ ǆ ǅ', flags=I)
show('k', 'K\u212a', flags=I)
show('k', 'K\u212a', flags=I | A)
show(b'AB[^c]', b'abc abd', flags=I | L)
show(b'\xe9', b'\xc9\xe9', flags=I | L)
# ANY and ANY_ALL
show('a.c', 'a\nc abc', 'a\nc')
show('a.c', 'a\nc abc', flags=S)
show(b'.+', b'ab\ncd')
# IN: LITERAL, RANGE, CHARSET, BIGCHARSET, CATEGORY, NEGATE, and IN_*IGNORE
show('[ace]+', 'bbacex', 'zzz')
show('[c-f]+', 'abcdefg')
show('[^c-f]+', 'cdab')
show('[a-fx-z0-5]+', '-aX09bz-')
show('[\u0100-\u0200\u4e00]+', 'aĀȀ一x')
show('[^\u0100-\u0200\u4e00]+', 'ĀabȀ')
show('[\u0101\u0201\u0301\u0401\u0501\u0601\u0701\u0801\u0901\u0a01\u0b01\u0c01\u0d01\u0e01\u0f01]+',
     'x\u0301\u0f01\u0a01y')
show(r'[\d\s]+', 'ab 12 \u0663x')
show(r'[\D]+', '12ab3')
show(r'[\w]+', ' héllo_1 ')
show(r'[\W]+', 'ab, c')
show(r'[\S]+', '  ab ')
show(r'[\w]+', ' héllo_1 ', flags=A)
show(r'[\d]+', '\u0663\u0664 12', flags=A)
show('[a-c]+', 'xABCx', flags=I)
show('[a-c]+', 'xABCx', flags=I | A)
show('[ſ]+', 'sSſ', flags=I)
show('[ß-ÿ]+', 'xÀÞßx', flags=I)
show('[k-m]+', 'K\u212aLM', flags=I)
show('[^a-c]+', 'ABCdef', flags=I)
show(b'[a-c]+', b'xABCx', flags=I | L)
show(b'[^\xe0-\xef]+', b'ab\xe0\xefcd')
# CATEGORY outside sets
show(r'\d+\s\w+', 'x 12 ab')
show(r'\D\S\W', 'ab!?')
show(rb'\w+\s+\d', b'ab  1')
show(r'\w+', 'a\u00e9\u0661_', flags=A)
show(rb'\w+', b'a\xe9b', flags=L)
# AT codes
show(r'^a', 'ab', 'ba')
show(r'^a', 'b\na', flags=M)
show(r'a$', 'ba', 'ba\n', 'ab')
show(r'a$', 'a\nb', flags=M)
show(r'\Aa', 'a\na', flags=M)
show(r'a\Z', 'a\na', 'a\n')
show(r'\bx\b', 'axb x', 'ax')
show(r'\Bx\B', 'x axb')
show(r'\bé', 'éa a', flags=A)
show(r'\bé', 'éa a')
show(rb'\b\xe9', b'\xe9a a', flags=L)
show(r'\B', '')
show(r'\b', '')
# BRANCH and JUMP
show('ab|cd|c', 'xcdab', 'c')
show('(?:a|ab)c', 'abc')
show('(a)|b|(c)', 'bca')
# REPEAT with MAX_UNTIL and MIN_UNTIL
show('(ab)*c', 'ababc', 'c')
show('(ab){2,3}', 'abababab', 'ab')
show('(ab)*?c', 'ababc')
show('(a|b)+?b', 'aabab')
show('(a*)*b', 'aab', 'b')
show('(a*)+?b', 'aab')
show('(?:x|(a))*', 'axa')
show('(?:(a)|b){2}', 'ab')
show('((a)|(b))*?c', 'abc')
# REPEAT_ONE and MIN_REPEAT_ONE
show('a*a', 'aaaa')
show('a{2,3}', 'aaaaaaa')
show('[ab]*?b', 'aab')
show('a+?', 'aaa')
show('x.*y', 'xaaybbyc')
show('x.*?y', 'xaaybbyc')
show('.{3}', 'abcdefgh')
show('a{0}b', 'ab')
show('\\d{2,}?x', '12345x')
# POSSESSIVE_REPEAT and POSSESSIVE_REPEAT_ONE
show('a*+a', 'aaaa')
show('a++b', 'aab', 'b')
show('(ab)*+c', 'ababc', 'ababac')
show('(?:a|ab)*+c', 'aabc', 'abc')
show('(?:(a)c|a)*+', 'acad')
show('[ab]{1,2}+b', 'abb', 'ab')
show('x?+x', 'x', 'xx')
# ATOMIC_GROUP
show('(?>a*)a', 'aaa')
show('(?>ab|a)c', 'abc', 'ac')
show('(?>(a+))b', 'aaab')
# MARK, GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE
show(r'(a+)b\1', 'aabaa aaba')
show(r'(?P<q>["\']).*?(?P=q)', '"a\'b" \'c"\'')
show(r'(a)\1', 'aA', flags=I | A)
show(r'(é)\1', 'éÉ', flags=I)
show(rb'(a)\1', b'aA', flags=I | L)
show(r'(a)?\1', 'b')
show(r'(a)|\1', 'x')
# GROUPREF_EXISTS
show(r'(<)?\w+(?(1)>)', '<a> b <c', 'x')
show(r'(?P<o>\()?\d+(?(o)\)|;)', '(1) 2; (3;')
show(r'(a)?(?(1)b|c)', 'ab c')
# ASSERT and ASSERT_NOT, look-ahead and look-behind
show(r'a(?=b)', 'acab')
show(r'a(?!b)', 'abac')
show(r'(?<=x)a', 'aaxa')
show(r'(?<!x)a', 'xaa')
show(r'(?<=ab|cd)e', 'abe cde xe')
show(r'(?<=(a))b', 'ab')
show(r'(?<!(a)c)d', 'acd bd')
show(r'(?=(a+))a*b\1', 'baaabac')
show(r'(?<=\bfoo)bar', 'foobar xfoobar')
# INFO prefixes and charsets, and patterns that are entirely literal
show('abcabd', 'abcabcabd')
show('aab', 'aaab')
show('(abc)def', 'xabcdef')
show('[xy]z', 'azyz')
show('hello|world', 'say world')
show('ab?c', 'xxac abc')
show('', 'abc')
show('x*', 'axb')

# expect: abc [(2, 5), None] ['abc']
# expect: [^a]b [(2, 4), None] ['xb']
# expect: ABC [(1, 4), (1, 4)] ['abc']
# expect: [^k]b [(2, 4), None] ['xb']
# expect: straSSe [(0, 7), (0, 7)] ['STRASSE']
# expect: é[^é] [(2, 4), None] ['Éx']
# expect: ǅ [(0, 1)] ['Ǆ', 'ǆ', 'ǅ']
# expect: k [(0, 1)] ['K', 'K']
# expect: k [(0, 1)] ['K']
# expect: b'AB[^c]' [(4, 7)] [b'abd']
# expect: b'\xe9' [(1, 2)] [b'\xe9']
# expect: a.c [(4, 7), None] ['abc']
# expect: a.c [(0, 3)] ['a\nc', 'abc']
# expect: b'.+' [(0, 2)] [b'ab', b'cd']
# expect: [ace]+ [(2, 5), None] ['ace']
# expect: [c-f]+ [(2, 6)] ['cdef']
# expect: [^c-f]+ [(2, 4)] ['ab']
# expect: [a-fx-z0-5]+ [(1, 2)] ['a', '0', 'bz']
# expect: [Ā-Ȁ一]+ [(1, 4)] ['ĀȀ一']
# expect: [^Ā-Ȁ一]+ [(1, 3)] ['ab']
# expect: [āȁ́Ёԁ؁܁ࠁँਁଁఁഁก༁]+ [(1, 4)] ['́༁ਁ']
# expect: [\d\s]+ [(2, 7)] [' 12 ٣']
# expect: [\D]+ [(2, 4)] ['ab']
# expect: [\w]+ [(1, 8)] ['héllo_1']
# expect: [\W]+ [(2, 4)] [', ']
# expect: [\S]+ [(2, 4)] ['ab']
# expect: [\w]+ [(1, 2)] ['h', 'llo_1']
# expect: [\d]+ [(3, 5)] ['12']
# expect: [a-c]+ [(1, 4)] ['ABC']
# expect: [a-c]+ [(1, 4)] ['ABC']
# expect: [ſ]+ [(0, 3)] ['sSſ']
# expect: [ß-ÿ]+ [(1, 4)] ['ÀÞß']
# expect: [k-m]+ [(0, 4)] ['KKLM']
# expect: [^a-c]+ [(3, 6)] ['def']
# expect: b'[a-c]+' [(1, 4)] [b'ABC']
# expect: b'[^\xe0-\xef]+' [(0, 2)] [b'ab', b'cd']
# expect: \d+\s\w+ [(2, 7)] ['12 ab']
# expect: \D\S\W [(0, 3)] ['ab!']
# expect: b'\\w+\\s+\\d' [(0, 5)] [b'ab  1']
# expect: \w+ [(0, 1)] ['a', '_']
# expect: b'\\w+' [(0, 1)] [b'a', b'b']
# expect: ^a [(0, 1), None] ['a']
# expect: ^a [(2, 3)] ['a']
# expect: a$ [(1, 2), (1, 2), None] ['a']
# expect: a$ [(0, 1)] ['a']
# expect: \Aa [(0, 1)] ['a']
# expect: a\Z [(2, 3), None] ['a']
# expect: \bx\b [(4, 5), None] ['x']
# expect: \Bx\B [(3, 4)] ['x']
# expect: \bé [None] []
# expect: \bé [(0, 1)] ['é']
# expect: b'\\b\\xe9' [None] []
# expect: \B [None] []
# expect: \b [None] []
# expect: ab|cd|c [(1, 3), (0, 1)] ['cd', 'ab']
# expect: (?:a|ab)c [(0, 3)] ['abc']
# expect: (a)|b|(c) [((0, 1), (None, None))] [('', ''), ('', 'c'), ('a', '')]
# expect: (ab)*c [((0, 5), ('ab',)), ((0, 1), (None,))] ['ab']
# expect: (ab){2,3} [((0, 6), ('ab',)), None] ['ab']
# expect: (ab)*?c [((0, 5), ('ab',))] ['ab']
# expect: (a|b)+?b [((0, 3), ('a',))] ['a', 'a']
# expect: (a*)*b [((0, 3), ('',)), ((0, 1), ('',))] ['']
# expect: (a*)+?b [((0, 3), ('aa',))] ['aa']
# expect: (?:x|(a))* [((0, 3), ('a',))] ['a', '']
# expect: (?:(a)|b){2} [((0, 2), ('a',))] ['a']
# expect: ((a)|(b))*?c [((0, 3), ('b', 'a', 'b'))] [('b', 'a', 'b')]
# expect: a*a [(0, 4)] ['aaaa']
# expect: a{2,3} [(0, 3)] ['aaa', 'aaa']
# expect: [ab]*?b [(0, 3)] ['aab']
# expect: a+? [(0, 1)] ['a', 'a', 'a']
# expect: x.*y [(0, 7)] ['xaaybby']
# expect: x.*?y [(0, 4)] ['xaay']
# expect: .{3} [(0, 3)] ['abc', 'def']
# expect: a{0}b [(1, 2)] ['b']
# expect: \d{2,}?x [(0, 6)] ['12345x']
# expect: a*+a [None] []
# expect: a++b [(0, 3), None] ['aab']
# expect: (ab)*+c [((0, 5), ('ab',)), ((5, 6), (None,))] ['ab']
# expect: (?:a|ab)*+c [(3, 4), (2, 3)] ['c']
# expect: (?:(a)c|a)*+ [((0, 3), ('a',))] ['a', '', '']
# expect: [ab]{1,2}+b [(0, 3), None] ['abb']
# expect: x?+x [None, (0, 2)] []
# expect: (?>a*)a [None] []
# expect: (?>ab|a)c [(0, 3), (0, 2)] ['abc']
# expect: (?>(a+))b [((0, 4), ('aaa',))] ['aaa']
# expect: (a+)b\1 [((0, 5), ('aa',))] ['aa', 'a']
# expect: (?P<q>["\']).*?(?P=q) [((0, 5), ('"',))] ['"', "'"]
# expect: (a)\1 [((0, 2), ('a',))] ['a']
# expect: (é)\1 [((0, 2), ('é',))] ['é']
# expect: b'(a)\\1' [((0, 2), (b'a',))] [b'a']
# expect: (a)?\1 [None] []
# expect: (a)|\1 [None] []
# expect: (<)?\w+(?(1)>) [((0, 3), ('<',)), ((0, 1), (None,))] ['<', '', '']
# expect: (?P<o>\()?\d+(?(o)\)|;) [((0, 3), ('(',))] ['(', '', '']
# expect: (a)?(?(1)b|c) [((0, 2), ('a',))] ['a', '']
# expect: a(?=b) [(2, 3)] ['a']
# expect: a(?!b) [(2, 3)] ['a']
# expect: (?<=x)a [(3, 4)] ['a']
# expect: (?<!x)a [(2, 3)] ['a']
# expect: (?<=ab|cd)e [(2, 3)] ['e', 'e']
# expect: (?<=(a))b [((1, 2), ('a',))] ['a']
# expect: (?<!(a)c)d [((5, 6), (None,))] ['']
# expect: (?=(a+))a*b\1 [((3, 6), ('a',))] ['a']
# expect: (?<=\bfoo)bar [(3, 6)] ['bar']
# expect: abcabd [(3, 9)] ['abcabd']
# expect: aab [(1, 4)] ['aab']
# expect: (abc)def [((1, 7), ('abc',))] ['abc']
# expect: [xy]z [(2, 4)] ['yz']
# expect: hello|world [(4, 9)] ['world']
# expect: ab?c [(2, 4)] ['ac', 'abc']
# expect:  [(0, 0)] ['', '', '', '']
# expect: x* [(0, 0)] ['', 'x', '', '']
