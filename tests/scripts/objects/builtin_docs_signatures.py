# Built-in functions carry CPython's docstrings; a "name(sig)\n--\n\n" prefix
# becomes __text_signature__, which inspect.signature() reads.
import builtins, inspect

names = ['__build_class__', '__import__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'callable', 'chr',
         'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash',
         'hex', 'id', 'isinstance', 'issubclass', 'iter', 'locals', 'max', 'min', 'next', 'oct', 'ord', 'pow',
         'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', 'len', 'print', 'input']
for n in names:
    f = getattr(builtins, n)
    doc = f.__doc__
    try:
        sig = str(inspect.signature(f))
    except ValueError as e:
        sig = "ValueError"
    print(n, f.__text_signature__, sig, doc.splitlines()[0] if doc else doc, len(doc or ""))
print(max.__doc__)
# expect: __build_class__ None ValueError __build_class__(func, name, /, *bases, [metaclass], **kwds) -> class 123
# expect: __import__ ($module, /, name, globals=None, locals=None, fromlist=(),
# expect:            level=0) (name, globals=None, locals=None, fromlist=(), level=0) Import a module. 798
# expect: abs ($module, x, /) (x, /) Return the absolute value of the argument. 42
# expect: aiter ($module, async_iterable, /) (async_iterable, /) Return an AsyncIterator for an AsyncIterable object. 52
# expect: all ($module, iterable, /) (iterable, /) Return True if bool(x) is True for all values x in the iterable. 104
# expect: anext ($module, aiterator, default=<unrepresentable>, /) ValueError async anext(aiterator[, default]) 192
# expect: any ($module, iterable, /) (iterable, /) Return True if bool(x) is True for any x in the iterable. 98
# expect: ascii ($module, obj, /) (obj, /) Return an ASCII-only representation of an object. 301
# expect: bin ($module, number, /) (number, /) Return the binary representation of an integer. 98
# expect: callable ($module, obj, /) (obj, /) Return whether the object is callable (i.e., some kind of function). 155
# expect: chr ($module, i, /) (i, /) Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff. 76
# expect: compile ($module, /, source, filename, mode, flags=0,
# expect:         dont_inherit=False, optimize=-1, *, _feature_version=-1) (source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1) Compile source into a code object that can be executed by exec() or eval(). 703
# expect: delattr ($module, obj, name, /) (obj, name, /) Deletes the named attribute from the given object. 96
# expect: dir None ValueError dir([object]) -> list of strings 623
# expect: divmod ($module, x, y, /) (x, y, /) Return the tuple (x//y, x%y).  Invariant: div*y + mod == x. 59
# expect: eval ($module, source, globals=None, locals=None, /) (source, globals=None, locals=None, /) Evaluate the given source in the context of globals and locals. 326
# expect: exec ($module, source, globals=None, locals=None, /, *, closure=None) (source, globals=None, locals=None, /, *, closure=None) Execute the given source in the context of globals and locals. 464
# expect: format ($module, value, format_spec='', /) (value, format_spec='', /) Return value.__format__(format_spec) 165
# expect: getattr None ValueError getattr(object, name[, default]) -> value 250
# expect: globals ($module, /) () Return the dictionary containing the current scope's global variables. 175
# expect: hasattr ($module, obj, name, /) (obj, name, /) Return whether the object has an attribute with the given name. 136
# expect: hash ($module, obj, /) (obj, /) Return the hash value for the given object. 152
# expect: hex ($module, number, /) (number, /) Return the hexadecimal representation of an integer. 88
# expect: id ($module, obj, /) (obj, /) Return the identity of an object. 149
# expect: isinstance ($module, obj, class_or_tuple, /) (obj, class_or_tuple, /) Return whether an object is an instance of a class or of a subclass thereof. 244
# expect: issubclass ($module, cls, class_or_tuple, /) (cls, class_or_tuple, /) Return whether 'cls' is derived from another class or is the same class. 236
# expect: iter None ValueError iter(iterable) -> iterator 251
# expect: locals ($module, /) () Return a dictionary containing the current scope's local variables. 264
# expect: max None ValueError max(iterable, *[, default=obj, key=func]) -> value 312
# expect: min None ValueError min(iterable, *[, default=obj, key=func]) -> value 314
# expect: next None ValueError next(iterator[, default]) 166
# expect: oct ($module, number, /) (number, /) Return the octal representation of an integer. 81
# expect: ord ($module, c, /) (c, /) Return the Unicode code point for a one-character string. 57
# expect: pow ($module, /, base, exp, mod=None) (base, exp, mod=None) Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments 190
# expect: repr ($module, obj, /) (obj, /) Return the canonical string representation of the object. 130
# expect: round ($module, /, number, ndigits=None) (number, ndigits=None) Round a number to a given precision in decimal digits. 204
# expect: setattr ($module, obj, name, value, /) (obj, name, value, /) Sets the named attribute on the given object to the specified value. 117
# expect: sorted ($module, iterable, /, *, key=None, reverse=False) (iterable, /, *, key=None, reverse=False) Return a new list containing all items from the iterable in ascending order. 219
# expect: sum ($module, iterable, /, start=0) (iterable, /, start=0) Return the sum of a 'start' value (default: 0) plus an iterable of numbers 228
# expect: vars None ValueError vars([object]) -> dictionary 121
# expect: len ($module, obj, /) (obj, /) Return the number of items in a container. 42
# expect: print ($module, /, *args, sep=' ', end='\n', file=None, flush=False) (*args, sep=' ', end='\n', file=None, flush=False) Prints the values to a stream, or to sys.stdout by default. 312
# expect: input ($module, prompt='', /) (prompt='', /) Read a string from standard input.  The trailing newline is stripped. 304
# expect: max(iterable, *[, default=obj, key=func]) -> value
# expect: max(arg1, arg2, *args, *[, key=func]) -> value
# expect: 
# expect: With a single iterable argument, return its biggest item. The
# expect: default keyword-only argument specifies an object to return if
# expect: the provided iterable is empty.
# expect: With two or more arguments, return the largest argument.
