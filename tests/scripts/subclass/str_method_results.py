# which str methods return an exact str for a subclass instance, and which hand the instance back (as CPython)
class S(str):
    pass
s = S("abc")
tests = {
 'partition': lambda: s.partition('x'), 'rpartition': lambda: s.rpartition('x'), 'partition2': lambda: s.partition('b'),
 'expandtabs': lambda: s.expandtabs(), 'strip': lambda: s.strip(), 'lower': lambda: s.lower(), 'upper': lambda: s.upper(),
 'replace0': lambda: s.replace('x','y'), 'replace': lambda: s.replace('a','y'), 'center': lambda: s.center(2), 'ljust': lambda: s.ljust(2),
 'rjust': lambda: s.rjust(2), 'zfill': lambda: s.zfill(2), 'split': lambda: s.split(), 'rsplit': lambda: s.rsplit(), 'splitlines': lambda: s.splitlines(),
 'join': lambda: ''.join([s]), 'join2': lambda: s.join(['x']), 'slice': lambda: s[:], 'slice2': lambda: s[0:3], 'idx': lambda: s[0],
 'mul': lambda: s*1, 'add': lambda: s+'', 'radd': lambda: ''+s, 'format': lambda: format(s), 'format2': lambda: format(s, ''), 'fmt3': lambda: '{}'.format(s),
 'fstr': lambda: f'{s}', 'str': lambda: str(s), 'repr': lambda: repr(s), 'mod': lambda: s % (), 'pct': lambda: '%s' % s, 'title': lambda: s.title(),
 'casefold': lambda: s.casefold(), 'swapcase': lambda: s.swapcase(), 'capitalize': lambda: s.capitalize(), 'removeprefix': lambda: s.removeprefix('x'),
 'removesuffix': lambda: s.removesuffix('x'), 'translate': lambda: s.translate({}), 'lstrip': lambda: s.lstrip(), 'rstrip': lambda: s.rstrip(),
 'iter': lambda: next(iter(s)), 'encode': lambda: s.encode(), 'getnewargs': lambda: s.__getnewargs__(), 'strip_x': lambda: s.strip('x'),
 'ljust0': lambda: s.ljust(5), 'sorted': lambda: sorted(s), 'min': lambda: min(s), 'reversed': lambda: ''.join(reversed(s)), 'str_str': lambda: str.__str__(s),
 'splitx': lambda: s.split('x'), 'rsplitx': lambda: s.rsplit('x'), 'format_map': lambda: s.format_map({}), 'format_m': lambda: s.format(),
}
for k, f in tests.items():
    r = f()
    def tn(v):
        if isinstance(v, (tuple, list)): return type(v).__name__ + '(' + ','.join(tn(x) for x in v) + ')'
        return type(v).__name__
    print(k, repr(r), tn(r))

# expect: partition ('abc', '', '') tuple(S,str,str)
# expect: rpartition ('', '', 'abc') tuple(str,str,S)
# expect: partition2 ('a', 'b', 'c') tuple(str,str,str)
# expect: expandtabs 'abc' str
# expect: strip 'abc' str
# expect: lower 'abc' str
# expect: upper 'ABC' str
# expect: replace0 'abc' str
# expect: replace 'ybc' str
# expect: center 'abc' str
# expect: ljust 'abc' str
# expect: rjust 'abc' str
# expect: zfill 'abc' str
# expect: split ['abc'] list(str)
# expect: rsplit ['abc'] list(str)
# expect: splitlines ['abc'] list(str)
# expect: join 'abc' str
# expect: join2 'x' str
# expect: slice 'abc' str
# expect: slice2 'abc' str
# expect: idx 'a' str
# expect: mul 'abc' str
# expect: add 'abc' str
# expect: radd 'abc' str
# expect: format 'abc' str
# expect: format2 'abc' str
# expect: fmt3 'abc' str
# expect: fstr 'abc' str
# expect: str 'abc' str
# expect: repr "'abc'" str
# expect: mod 'abc' S
# expect: pct 'abc' str
# expect: title 'Abc' str
# expect: casefold 'abc' str
# expect: swapcase 'ABC' str
# expect: capitalize 'Abc' str
# expect: removeprefix 'abc' str
# expect: removesuffix 'abc' str
# expect: translate 'abc' str
# expect: lstrip 'abc' str
# expect: rstrip 'abc' str
# expect: iter 'a' str
# expect: encode b'abc' bytes
# expect: getnewargs ('abc',) tuple(str)
# expect: strip_x 'abc' str
# expect: ljust0 'abc  ' str
# expect: sorted ['a', 'b', 'c'] list(str,str,str)
# expect: min 'a' str
# expect: reversed 'cba' str
# expect: str_str 'abc' str
# expect: splitx ['abc'] list(str)
# expect: rsplitx ['abc'] list(str)
# expect: format_map 'abc' S
# expect: format_m 'abc' S
