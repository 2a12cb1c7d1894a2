# _csv under CPython's csv.py: dialects and their validation, the reader's state machine, the writer's quoting and escaping, the registry, field_size_limit, errors.
import _csv, csv, io
print(sorted(n for n in dir(_csv) if n not in ('__file__','__loader__','__spec__')))
print(type(_csv.reader), _csv.Error.__mro__)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: _csv.reader())
t(lambda: _csv.reader(1))
t(lambda: _csv.reader([], 'excel', 3))
t(lambda: _csv.writer(1))
t(lambda: _csv.writer())
t(lambda: _csv.Dialect(delimiter=1))
t(lambda: _csv.Dialect(delimiter="ab"))
t(lambda: _csv.Dialect(escapechar=1))
t(lambda: _csv.Dialect(escapechar="ab"))
t(lambda: _csv.Dialect(quotechar=None).quoting)
t(lambda: _csv.Dialect(quotechar=None, quoting=0))
t(lambda: _csv.Dialect(quoting=7))
t(lambda: _csv.Dialect(quoting="a"))
t(lambda: _csv.Dialect(quoting=1.0))
t(lambda: _csv.Dialect(lineterminator=None))
t(lambda: _csv.Dialect(lineterminator=1))
t(lambda: _csv.Dialect(delimiter=None))
t(lambda: _csv.Dialect(delimiter=""))
t(lambda: _csv.Dialect(1,2))
t(lambda: _csv.Dialect("nope"))
t(lambda: _csv.Dialect(bogus=1))
t(lambda: _csv.Dialect(1,2,3,4,5,6,7,8,9,10))
t(lambda: _csv.Dialect(1,delimiter=2))
d = _csv.Dialect()
print(d.delimiter, d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar, d.quoting, d.skipinitialspace, d.strict)
t(lambda: setattr(d, 'delimiter', ';'))
t(lambda: setattr(d, 'strict', True))
t(lambda: setattr(d, 'foo', True))
import copy, pickle
t(lambda: copy.copy(d)); t(lambda: pickle.dumps(d))
class D(_csv.Dialect): pass
t(lambda: D(delimiter=';').delimiter)
dd = D(delimiter=';'); dd.x = 1; print(dd.x, type(dd).__name__)
x = _csv.Dialect(); print(_csv.Dialect(x) is x, type(D(x)))
t(lambda: _csv.field_size_limit(1.0))
t(lambda: _csv.field_size_limit(1,2))
t(lambda: _csv.field_size_limit(new_limit=131072))
t(lambda: _csv.field_size_limit())
t(lambda: _csv.register_dialect(1))
t(lambda: _csv.register_dialect())
t(lambda: _csv.unregister_dialect("zz"))
t(lambda: _csv.get_dialect("zz"))
t(lambda: _csv.get_dialect(1))
t(lambda: _csv.list_dialects())
r = _csv.reader(["a,b"]); print(r.line_num, next(r), r.line_num)
t(lambda: setattr(r, 'line_num', 3))
t(lambda: setattr(r, 'dialect', 3))
w = _csv.writer(io.StringIO()); t(lambda: w.writerow(1)); t(lambda: w.writerow([])); t(lambda: w.writerow([""]))
t(lambda: w.writerows(1))
t(lambda: list(_csv.reader([b"a"])))
t(lambda: list(_csv.reader(["a\0b"])))
t(lambda: list(_csv.reader(['"a'], strict=True)))
t(lambda: list(_csv.reader(['"a'])))
t(lambda: list(_csv.reader(['"a"b'], strict=True)))
t(lambda: list(_csv.reader(['"a"b'])))
t(lambda: list(_csv.reader(['a\rb'])))
t(lambda: list(_csv.reader(['1,"2",x'], quoting=_csv.QUOTE_NONNUMERIC)))
t(lambda: list(_csv.reader(['1, 2.5 ,"x"'], quoting=_csv.QUOTE_NONNUMERIC)))
t(lambda: list(_csv.reader(['a,"b\n', 'c",d\n', '\n', 'e\\,f\n'], escapechar='\\')))
t(lambda: list(_csv.reader(['  a,  "b"'], skipinitialspace=True)))
t(lambda: list(_csv.reader(['a;b|c;d|'], delimiter=';', quotechar='|')))
t(lambda: list(_csv.reader(['a,\\\n', 'b'], escapechar='\\')))
t(lambda: list(_csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
t(lambda: list(_csv.reader(['caf\u00e9,\U0001d4b3\u00e9'], delimiter='\u00e9')))
s = io.StringIO(); w = _csv.writer(s, lineterminator="\n"); w.writerow(["a\rb", "c\nd", 'q"', None, 1.5, "", " x", "caf\u00e9"]); print(repr(s.getvalue()))
s = io.StringIO(); w = _csv.writer(s, quoting=_csv.QUOTE_NONE, escapechar="\\"); w.writerow(["a,b", 'q"', "\\"]); print(repr(s.getvalue()))
s = io.StringIO(); w = _csv.writer(s, quoting=_csv.QUOTE_NONNUMERIC); w.writerows([[1, "a", 2.5, None, True], ("x",)]); print(repr(s.getvalue()))
s = io.StringIO(); w = _csv.writer(s, quoting=_csv.QUOTE_ALL, doublequote=False, escapechar="!"); w.writerow(['a"b', "c!d"]); print(repr(s.getvalue()))
t(lambda: _csv.writer(io.StringIO(), quoting=_csv.QUOTE_NONE).writerow(["a,b"]))
t(lambda: _csv.writer(io.StringIO(), quoting=_csv.QUOTE_NONE).writerow([""]))
t(lambda: _csv.writer(io.StringIO(), doublequote=False).writerow(['"']))
print(type(r).__name__, type(r).__module__, type(w))
t(lambda: type(r)())
_csv.field_size_limit(5)
t(lambda: list(_csv.reader(["abcdef"])))
_csv.field_size_limit(131072)
class Excelish:
    delimiter = ';'
    quotechar = "'"
t(lambda: list(_csv.reader(["a;'b;c'"], Excelish)))
t(lambda: list(_csv.reader(["a;'b;c'"], Excelish, delimiter=',')))
_csv.register_dialect("mine", Excelish, lineterminator="\n"); print(_csv.get_dialect("mine").delimiter, repr(_csv.get_dialect("mine").lineterminator)); _csv.unregister_dialect("mine")
print(list(csv.DictReader(io.StringIO("a,b\n1,2\n"))))
s = io.StringIO(); dw = csv.DictWriter(s, ["x", "y"]); dw.writeheader(); dw.writerow({"x": 1, "y": "two"}); print(repr(s.getvalue()))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)
def gen():
    yield "a,b"
    raise ValueError("boom")
t(lambda: list(_csv.reader(gen())))
class Bad:
    def __str__(self): raise RuntimeError("nostr")
t(lambda: _csv.writer(io.StringIO()).writerow([Bad()]))
# cycles through readers and writers are collected (the exit leak check sees them)
import gc
class Lines:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
it = Lines(); it.reader = _csv.reader(it)
class Sink:
    def write(self, s):
        return len(s)
sink = Sink(); sink.writer = _csv.writer(sink); sink.writer.writerow([1])
del it, sink
print(gc.collect() > 0)
# expect: ['Dialect', 'Error', 'QUOTE_ALL', 'QUOTE_MINIMAL', 'QUOTE_NONE', 'QUOTE_NONNUMERIC', 'Reader', 'Writer', '__doc__', '__name__', '__package__', '__version__', '_dialects', 'field_size_limit', 'get_dialect', 'list_dialects', 'reader', 'register_dialect', 'unregister_dialect', 'writer']
# expect: <class 'builtin_function_or_method'> (<class '_csv.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: TypeError  expected at least 1 argument, got 0
# expect: TypeError 'int' object is not iterable
# expect: TypeError  expected at most 2 arguments, got 3
# expect: TypeError argument 1 must have a "write" method
# expect: TypeError  expected at least 1 argument, got 0
# expect: TypeError "delimiter" must be string, not int
# expect: TypeError "delimiter" must be a 1-character string
# expect: TypeError "escapechar" must be string or None, not int
# expect: TypeError "escapechar" must be a 1-character string
# expect: 3
# expect: TypeError quotechar must be set if quoting enabled
# expect: TypeError bad "quoting" value
# expect: TypeError "quoting" must be an integer
# expect: TypeError "quoting" must be an integer
# expect: TypeError lineterminator must be set
# expect: TypeError "lineterminator" must be a string
# expect: TypeError "delimiter" must be string, not NoneType
# expect: TypeError "delimiter" must be a 1-character string
# expect: TypeError "delimiter" must be string, not int
# expect: Error unknown dialect
# expect: TypeError 'bogus' is an invalid keyword argument for this function
# expect: TypeError function takes at most 9 arguments (10 given)
# expect: TypeError "delimiter" must be string, not int
# expect: , True None '\r\n' " 0 False False
# expect: AttributeError attribute 'delimiter' of '_csv.Dialect' objects is not writable
# expect: AttributeError readonly attribute
# expect: AttributeError '_csv.Dialect' object has no attribute 'foo'
# expect: TypeError cannot pickle 'Dialect' instances
# expect: TypeError cannot pickle 'Dialect' instances
# expect: ';'
# expect: 1 D
# expect: True <class '_csv.Dialect'>
# expect: TypeError limit must be an integer
# expect: TypeError field_size_limit() takes at most 1 argument (2 given)
# expect: 131072
# expect: 131072
# expect: TypeError dialect name must be a string
# expect: TypeError  expected at least 1 argument, got 0
# expect: Error unknown dialect
# expect: Error unknown dialect
# expect: Error unknown dialect
# expect: ['excel', 'excel-tab', 'unix']
# expect: 0 ['a', 'b'] 1
# expect: AttributeError readonly attribute
# expect: AttributeError readonly attribute
# expect: Error iterable expected, not int
# expect: 2
# expect: 4
# expect: TypeError 'int' object is not iterable
# expect: Error iterator should return strings, not bytes (the file should be opened in text mode)
# expect: [['a\x00b']]
# expect: Error unexpected end of data
# expect: [['a']]
# expect: Error ',' expected after '"'
# expect: [['ab']]
# expect: Error new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
# expect: ValueError could not convert string to float: 'x'
# expect: [[1.0, 2.5, 'x']]
# expect: [['a', 'b\nc', 'd'], [], ['e,f']]
# expect: [['a', 'b']]
# expect: [['a', 'b|c', 'd|']]
# expect: [['a', '\nb']]
# expect: [['a"b', 'c']]
# expect: [['caf', ',𝒳', '']]
# expect: 'a\rb,"c\nd","q""",,1.5,, x,café\n'
# expect: 'a\\,b,q\\",\\\\\r\n'
# expect: '1,"a",2.5,"",True\r\n"x"\r\n'
# expect: '"a!"b","c!!d"\r\n'
# expect: Error need to escape, but no escapechar set
# expect: Error single empty field record must be quoted
# expect: Error need to escape, but no escapechar set
# expect: reader _csv <class '_csv.writer'>
# expect: TypeError cannot create '_csv.reader' instances
# expect: Error field larger than field limit (5)
# expect: [['a', 'b;c']]
# expect: [["a;'b;c'"]]
# expect: ; '\n'
# expect: [{'a': '1', 'b': '2'}]
# expect: 'x,y\r\n1,two\r\n'
# expect: ;
# expect: ValueError boom
# expect: RuntimeError nostr
# expect: True
