# _locale and CPython's locale.py over it: setlocale, localeconv, nl_langinfo, strcoll/strxfrm, getencoding, gettext family, Error.
import _locale as L, locale
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(L) if not n.startswith('__')))
print(L.CHAR_MAX, L.LC_ALL, L.LC_CTYPE, L.Error, L.Error.__mro__, L.Error.__module__)
print(L.setlocale(L.LC_CTYPE), L.getencoding(), L.nl_langinfo(L.CODESET), L.localeconv())
for f in [lambda: L.setlocale(999), lambda: L.setlocale(L.LC_ALL, 'xx_YY'), lambda: L.nl_langinfo(99999),
          lambda: L.strcoll('a', 'b'), lambda: L.strcoll('b', 'a'), lambda: L.strcoll('a', 'a'), lambda: L.strxfrm('abc'),
          lambda: L.strcoll('a', 1), lambda: L.setlocale('x'), lambda: L.gettext('hello'), lambda: L.textdomain(None),
          lambda: L.bindtextdomain('x', None), lambda: L.bind_textdomain_codeset('x', None), lambda: L.dgettext(None, 'm'),
          lambda: L.dcgettext(None, 'm', L.LC_MESSAGES), lambda: L.nl_langinfo(L.DAY_1), lambda: L.nl_langinfo(L.RADIXCHAR),
          lambda: [L.nl_langinfo(getattr(L, 'MON_%d' % i)) for i in range(1, 13)], lambda: L.nl_langinfo(L.D_T_FMT),
          lambda: L.setlocale(L.LC_ALL, 'C'), lambda: L.setlocale(L.LC_NUMERIC, None), lambda: L.strxfrm('a\0b'),
          lambda: L.setlocale(L.LC_ALL, 'C.UTF-8'), lambda: L.nl_langinfo(L.CODESET), lambda: L.setlocale(L.LC_ALL, 'POSIX'),
          lambda: L.nl_langinfo(L.CODESET), lambda: L.getencoding(), lambda: L.setlocale(L.LC_ALL, 'C.UTF-8'),
          lambda: L.setlocale(L.LC_ALL, 'a\0b'), lambda: L.bindtextdomain('', None), lambda: L.strxfrm(5)]:
    show(f)
# locale.py
print(locale.getlocale(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.format_string('%d', 1234567, grouping=True), locale.str(1.5), locale.atof('2.5'), locale.atoi('42'))
print(locale.currency(3.5) if locale.localeconv()['currency_symbol'] else 'no currency', locale.normalize('en_US'))
print(sorted(['b', 'a', 'C'], key=locale.strxfrm), locale.strcoll('x', 'y') < 0, locale.setlocale(locale.LC_ALL, 'C'))
show(lambda: locale.setlocale(locale.LC_ALL, 'nonexistent_LOCALE'))
print(locale.getdefaultlocale.__name__, locale.Error is L.Error)
# expect: ['ABDAY_1', 'ABDAY_2', 'ABDAY_3', 'ABDAY_4', 'ABDAY_5', 'ABDAY_6', 'ABDAY_7', 'ABMON_1', 'ABMON_10', 'ABMON_11', 'ABMON_12', 'ABMON_2', 'ABMON_3', 'ABMON_4', 'ABMON_5', 'ABMON_6', 'ABMON_7', 'ABMON_8', 'ABMON_9', 'ALT_DIGITS', 'AM_STR', 'CHAR_MAX', 'CODESET', 'CRNCYSTR', 'DAY_1', 'DAY_2', 'DAY_3', 'DAY_4', 'DAY_5', 'DAY_6', 'DAY_7', 'D_FMT', 'D_T_FMT', 'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'Error', 'LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LC_MESSAGES', 'LC_MONETARY', 'LC_NUMERIC', 'LC_TIME', 'MON_1', 'MON_10', 'MON_11', 'MON_12', 'MON_2', 'MON_3', 'MON_4', 'MON_5', 'MON_6', 'MON_7', 'MON_8', 'MON_9', 'NOEXPR', 'PM_STR', 'RADIXCHAR', 'THOUSEP', 'T_FMT', 'T_FMT_AMPM', 'YESEXPR', '_DATE_FMT', 'bind_textdomain_codeset', 'bindtextdomain', 'dcgettext', 'dgettext', 'getencoding', 'gettext', 'localeconv', 'nl_langinfo', 'setlocale', 'strcoll', 'strxfrm', 'textdomain']
# expect: 127 6 0 <class 'locale.Error'> (<class 'locale.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) locale
# expect: C.UTF-8 UTF-8 UTF-8 {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': 127, 'frac_digits': 127, 'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127, 'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}
# expect: Error: locale query failed
# expect: Error: unsupported locale setting
# expect: ValueError: unsupported langinfo constant
# expect: -1
# expect: 1
# expect: 0
# expect: 'abc'
# expect: TypeError: strcoll() argument 2 must be str, not int
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: 'hello'
# expect: 'messages'
# expect: '/usr/share/locale'
# expect: None
# expect: 'm'
# expect: 'm'
# expect: 'Sunday'
# expect: '.'
# expect: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
# expect: '%a %b %e %H:%M:%S %Y'
# expect: 'C'
# expect: 'C'
# expect: ValueError: embedded null character
# expect: 'C.UTF-8'
# expect: 'UTF-8'
# expect: 'C'
# expect: 'ANSI_X3.4-1968'
# expect: 'ANSI_X3.4-1968'
# expect: 'C.UTF-8'
# expect: ValueError: embedded null character
# expect: Error: domain must be a non-empty string
# expect: TypeError: strxfrm() argument must be str, not int
# expect: ('en_US', 'UTF-8') UTF-8 UTF-8
# expect: 1234567 1.5 2.5 42
# expect: no currency en_US.ISO8859-1
# expect: ['C', 'a', 'b'] True C
# expect: Error: unsupported locale setting
# expect: getdefaultlocale True
