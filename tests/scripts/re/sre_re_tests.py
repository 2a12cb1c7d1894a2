# CPython's own table of regular-expression cases (Lib/test/re_tests.py, the
# data of test_re.test_re_tests), checked the way that test checks them:
# syntax errors, failures, the grouping expression each case evaluates, and
# the same search as bytes, with LOCALE, limited to the match's range, with
# IGNORECASE and with UNICODE. Prints the counts and every case that differs.
from sre_support import *
try:
    from test.re_tests import tests, FAIL, SYNTAX_ERROR
except SyntaxError:
    # pyglass's lexer knows only a short table of \N{...} names (there is no
    # unicodedata yet), and the table spells one character so: load it with
    # that one escape written as the character it names.
    import test
    source = open(test.__path__[0] + '/re_tests.py', encoding='utf-8').read()
    table = {}
    exec(source.replace('\\N{LATIN CAPITAL LETTER A WITH DIAERESIS}', '\\xc4'), table)
    tests, FAIL, SYNTAX_ERROR = table['tests'], table['FAIL'], table['SYNTAX_ERROR']

counts = {}
bad = []


def check(kind, ok, case):
    counts[kind] = counts.get(kind, 0) + 1
    if not ok:
        bad.append((kind, case[:2]))


for t in tests:
    pattern, s, outcome = t[:3]
    repl, expected = t[3:] if len(t) == 5 else (None, None)
    if outcome == SYNTAX_ERROR:
        try:
            compile(pattern)
            check('syntax error', False, t)
        except error:
            check('syntax error', True, t)
        continue
    result = compile(pattern).search(s)
    if outcome == FAIL:
        check('no match', result is None, t)
        continue
    check('match', result is not None, t)
    if result is None:
        continue
    start, end = result.span(0)
    if repl is not None:
        vardict = {'found': result.group(0), 'groups': result.group(), 'flags': result.re.flags}
        for i in range(1, 100):
            try:
                gi = result.group(i)
                vardict['g%d' % i] = 'None' if gi is None else gi
            except IndexError:
                vardict['g%d' % i] = 'Error'
        for name in result.re.groupindex.keys():
            gi = result.group(name)
            vardict[name] = 'None' if gi is None else gi
        check('groups', eval(repl, vardict) == expected, t)
    try:
        bpat, bs = bytes(pattern, 'ascii'), bytes(s, 'ascii')
    except UnicodeEncodeError:
        pass
    else:
        check('bytes', compile(bpat).search(bs) is not None, t)
        check('locale', compile(bpat, L).search(bs) is not None, t)
    if pattern[:2] != r'\B' and pattern[-2:] != r'\B':
        check('range', compile(pattern).search(s, start, end + 1) is not None, t)
    check('ignorecase', compile(pattern, I).search(s) is not None, t)
    check('unicode', compile(pattern, U).search(s) is not None, t)

print(len(tests), sorted(counts.items()))
print(bad)

# expect: 403 [('bytes', 286), ('groups', 289), ('ignorecase', 289), ('locale', 286), ('match', 289), ('no match', 74), ('range', 284), ('syntax error', 40), ('unicode', 289)]
# expect: []
