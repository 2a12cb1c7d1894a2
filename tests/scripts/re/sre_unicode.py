# str subjects beyond ASCII: spans are code point indexes whether the text is
# Latin-1, BMP or astral (pyglass's str is UTF-8 inside), groups slice the
# right characters, pos/endpos count code points, the decoding of a long text
# is reused from call to call (and dropped safely when a callback changes
# strings), and case-insensitive matching across scripts.
from sre_support import *

for text in ['naïve café', 'Ωmega αβγ δ', '😀 smile 😃 grin', 'mix é Ω 😀 z']:
    words = compile(r'\w+')
    print([(m.span(), m.group()) for m in words.finditer(text)], words.sub('<\\g<0>>', text))
    print(compile(r'(\S)(\S*)').findall(text), compile(r'\s').split(text), len(text))
    print(words.search(text, 2), words.match(text, 1, len(text) - 1), compile('.$').search(text))

print(compile('😀+').search('ab😀😀😀c'), compile('[😀-😃]').findall('😁x😂😄'), compile('[^😀]').findall('😀a😀'))
print(compile('(é)(😀)').search('xé😀').span(2), compile('é', I).findall('ÉéE'), compile('Σ', I).findall('σςΣ'))
print(compile('[ǅ]', I).findall('ǄǅǆDž'), compile('ﬀ', I).findall('ff FF ﬀ'), compile('ß', I).findall('ßẞss'))
print(compile('[α-ω]+', I).findall('ΑΒΓ abc ωΩ'), compile(r'\u0130', I).findall('İi'), compile('ı', I).findall('Iıi'))
print(compile(r'(?i)[^\W\d_]+').findall('Ça va? 42 fois_x'), compile(r'\d+').findall('١٢٣ 456 ٧'))
print(compile(r'\s+').split('a\u2003b\u00a0c\x1cd'), compile(r'\b\w').findall('über älter'))
print(compile(r'(?a)\b\w').findall('über älter'), compile('.', S).findall('\U0010ffff\x00'))

# a long non-ASCII text matched many times from different positions (the decoding is cached),
# with a callback that matches other long non-ASCII texts in the middle of a sub()
long1 = 'äbc ' * 5000 + 'Ω'
long2 = '€uro ' * 3000
long3 = 'ñ' * 200
tok = compile(r'\w+|\s+|.')
pos, n = 0, 0
while pos < len(long1):
    m = tok.match(long1, pos)
    pos, n = m.end(), n + 1
print(n, pos, m.group())


euro, enes = compile('€'), compile('ñ+')


def cb(m):
    return str(len(euro.findall(long2)) + len(enes.findall(long3))) + m.group()[-1]


out = compile('bc').sub(cb, long1)
print(len(out), out[:20], out[-12:])
print(compile(r'(\w)\1').findall('ééaaΩΩ😀😀bc'), compile(r'(?<=é)\w').findall('éaébΩc'))

# expect: [((0, 5), 'naïve'), ((6, 10), 'café')] <naïve> <café>
# expect: [('n', 'aïve'), ('c', 'afé')] ['naïve', 'café'] 10
# expect: <re.Match object; span=(2, 5), match='ïve'> <re.Match object; span=(1, 5), match='aïve'> <re.Match object; span=(9, 10), match='é'>
# expect: [((0, 5), 'Ωmega'), ((6, 9), 'αβγ'), ((10, 11), 'δ')] <Ωmega> <αβγ> <δ>
# expect: [('Ω', 'mega'), ('α', 'βγ'), ('δ', '')] ['Ωmega', 'αβγ', 'δ'] 11
# expect: <re.Match object; span=(2, 5), match='ega'> <re.Match object; span=(1, 5), match='mega'> <re.Match object; span=(10, 11), match='δ'>
# expect: [((2, 7), 'smile'), ((10, 14), 'grin')] 😀 <smile> 😃 <grin>
# expect: [('😀', ''), ('s', 'mile'), ('😃', ''), ('g', 'rin')] ['😀', 'smile', '😃', 'grin'] 14
# expect: <re.Match object; span=(2, 7), match='smile'> None <re.Match object; span=(13, 14), match='n'>
# expect: [((0, 3), 'mix'), ((4, 5), 'é'), ((6, 7), 'Ω'), ((10, 11), 'z')] <mix> <é> <Ω> 😀 <z>
# expect: [('m', 'ix'), ('é', ''), ('Ω', ''), ('😀', ''), ('z', '')] ['mix', 'é', 'Ω', '😀', 'z'] 11
# expect: <re.Match object; span=(2, 3), match='x'> <re.Match object; span=(1, 3), match='ix'> <re.Match object; span=(10, 11), match='z'>
# expect: <re.Match object; span=(2, 5), match='😀😀😀'> ['😁', '😂'] ['a']
# expect: (2, 3) ['É', 'é'] ['σ', 'ς', 'Σ']
# expect: ['Ǆ', 'ǅ', 'ǆ'] ['ﬀ'] ['ß', 'ẞ']
# expect: ['ΑΒΓ', 'ωΩ'] ['İ', 'i'] ['I', 'ı', 'i']
# expect: ['Ça', 'va', 'fois', 'x'] ['١٢٣', '456', '٧']
# expect: ['a', 'b', 'c', 'd'] ['ü', 'ä']
# expect: ['b', 'l'] ['\U0010ffff', '\x00']
# expect: 10001 20001 Ω
# expect: 35001 ä3001c ä3001c ä3001c 01c ä3001c Ω
# expect: ['é', 'a', 'Ω'] ['a', 'b']
