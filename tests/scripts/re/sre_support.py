# CPython's `re` for the script tests in this directory (not a test itself).
#
# re/__init__.py imports enum, functools and collections, which need
# itertools; where that is not there yet, the package's own modules
# (_constants, _parser, _casefix, _compiler: CPython's files, unchanged) are
# loaded under a bare `re` package without running its __init__, and the two
# helpers _sre calls back for replacement templates (re._subx, re._expand)
# are CPython's own source text, taken out of re/__init__.py. Either way the
# patterns are compiled by CPython's re._compiler and run by _sre, so the
# tests' output is python3's.
import sys

try:
    import re
except ImportError:
    re = type(sys)('re')
    init = None
    for entry in sys.path:
        try:
            with open(entry + '/re/__init__.py', encoding='utf-8') as f:
                init = f.read()
        except OSError:
            continue
        re.__path__ = [entry + '/re']
        break
    re.__file__ = re.__path__[0] + '/__init__.py'
    sys.modules['re'] = re
    from re import _compiler, _constants, _parser

    class _NoCache:
        @staticmethod
        def lru_cache(size):
            return lambda function: function

    re.functools = _NoCache
    re._MAXCACHE = 512
    start = init.index('@functools.lru_cache(_MAXCACHE)\ndef _compile_repl')
    end = init.index('# register myself for pickling')
    re._parser = _parser
    re._compiler = _compiler
    exec(init[start:end], re.__dict__)
    re.error = _constants.error
    for name in ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'DEBUG'):
        setattr(re, name, getattr(_constants, 'SRE_FLAG_' + name))
    re.A, re.I, re.L, re.U, re.M, re.S, re.X = (re.ASCII, re.IGNORECASE, re.LOCALE, re.UNICODE, re.MULTILINE,
                                                re.DOTALL, re.VERBOSE)
    re.compile = lambda pattern, flags=0: _compiler.compile(pattern, flags)

compile = re.compile
error = re.error
A, I, L, M, S, U, X, DEBUG = re.A, re.I, re.L, re.M, re.S, re.U, re.X, re.DEBUG
