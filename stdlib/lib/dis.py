"""Disassembler of pyglass's bytecode into mnemonics.

pyglass's bytecode is its own, so this module is pyglass's own too (CPython's
Lib/dis.py reads CPython 3.11's instructions and cannot read these).  It has
CPython's interface -- dis(), get_instructions(), Bytecode, Instruction,
code_info() ... -- and prints in CPython's column layout:

    line  >> offset OPNAME               arg (meaning)

Offsets are bytes, four per instruction (co_code holds 32-bit words).  The
listing is the one `pyglass --dis FILE` prints: both come from the same
decoder in the interpreter (the _opcode module).
"""

import builtins as _builtins
import sys
import io

import _opcode
from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all


# dis depends only on built-in modules, so that it works wherever the
# interpreter does: the types it needs are taken from objects, and its named
# tuples are made here rather than by collections.namedtuple.
def _function():
    pass


class _Class:
    def _method(self):
        pass


_have_code = (type(_Class()._method), type(_function), type(_function.__code__),
              classmethod, staticmethod, type)
_raw_bytes = tuple(t for t in (bytes, getattr(_builtins, 'bytearray', None)) if t is not None)


def _named_tuple(name, fields, defaults=()):
    """A tuple subclass with named fields, like collections.namedtuple's."""
    fields = tuple(fields)
    defaults = tuple(defaults)
    first_default = len(fields) - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}.__new__() takes {len(fields) + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        for i in range(len(args), len(fields)):
            field = fields[i]
            if field in kwargs:
                values.append(kwargs.pop(field))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                raise TypeError(f"{name}.__new__() missing required argument: '{field}'")
        if kwargs:
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        return type(self)(*values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
                 "__getnewargs__": __getnewargs__, "__slots__": (), "_fields": fields,
                 "_field_defaults": dict(zip(fields[first_default:], defaults)),
                 "__match_args__": fields}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: self[i], doc=f"Alias for field number {index}")
    return type(name, (tuple,), namespace)

FORMAT_VALUE = opmap['FORMAT_VALUE']
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']

# The flag names of co_flags (the inspect module builds its CO_* constants
# from this dictionary).
COMPILER_FLAG_NAMES = {
    0x1: "OPTIMIZED",
    0x2: "NEWLOCALS",
    0x4: "VARARGS",
    0x8: "VARKEYWORDS",
    0x10: "NESTED",
    0x20: "GENERATOR",
    0x40: "NOFREE",
    0x80: "COROUTINE",
    0x100: "ITERABLE_COROUTINE",
    0x200: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# Stands for values that cannot be computed (raw bytecode without its code object).
UNKNOWN = _Unknown()

Positions = _named_tuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'], [None] * 4)
Positions.__module__ = __name__

_Instruction = _named_tuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target", "positions"],
    [None])

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output

        *lineno_width* sets the width of the line number field (0 omits it)
        *mark_as_current* inserts a '-->' marker arrow as part of the line
        *offset_width* sets the width of the instruction offset field
        """
        parts = []
        if lineno_width:
            if self.starts_line is None:
                parts.append(' ' * lineno_width)
            else:
                parts.append(str(self.starts_line).rjust(lineno_width))
        parts.append('-->' if mark_as_current else '   ')
        parts.append('>>' if self.is_jump_target else '  ')
        parts.append(str(self.offset).rjust(offset_width))
        parts.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            parts.append(str(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                parts.append('(' + self.argrepr + ')')
        return ' '.join(parts).rstrip()


# ---- finding the code object --------------------------------------------------------

def _try_compile(source, name):
    """Compile source as an expression, or failing that as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    """The code-bearing object inside methods, functions and generators."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, code object or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


# ---- information about a code object --------------------------------------------

def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _numbered(title, items, fmt):
    if not items:
        return []
    return [title] + [fmt % pair for pair in enumerate(items)]


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    lines += _numbered("Constants:", co.co_consts, "%4d: %r")
    lines += _numbered("Names:", co.co_names, "%4d: %s")
    lines += _numbered("Variable names:", co.co_varnames, "%4d: %s")
    lines += _numbered("Free variables:", co.co_freevars, "%4d: %s")
    lines += _numbered("Cell variables:", co.co_cellvars, "%4d: %s")
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


# ---- instructions -------------------------------------------------------------------------

def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _words(code):
    """(offset, opcode, argument) of each 32-bit instruction word in raw bytecode."""
    for offset in range(0, len(code) - len(code) % 4, 4):
        word = int.from_bytes(code[offset:offset + 4], 'little')
        yield offset, word & 0xff, word >> 8


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for offset, op, arg in _words(code):
        if op in hasjabs:
            label = arg * 4
            if label not in labels:
                labels.append(label)
    return labels


def _instructions(co, line_offset=0):
    """The Instructions of a code object (decoded by the interpreter)."""
    for (name, op, arg, argval, argrepr, offset, starts_line, is_target,
         positions) in _opcode.instructions(co):
        if starts_line is not None:
            starts_line += line_offset
        yield Instruction(name, op, arg, argval, argrepr, offset, starts_line,
                          is_target, Positions(*positions))


def _raw_instructions(code):
    """Instructions of raw bytecode: without its code object, only jumps have a meaning."""
    labels = set(findlabels(code))
    for offset, op, arg in _words(code):
        name = opname[op]
        if op not in hasarg:
            arg = argval = None
            argrepr = ''
        elif op in hasjabs:
            argval = arg * 4
            argrepr = "to " + repr(argval)
        else:
            argval = arg
            argrepr = ''
        yield Instruction(name, op, arg, argval, argrepr, offset, None, offset in labels, Positions())


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, offset)


_ExceptionTableEntry = _named_tuple("_ExceptionTableEntry", ["start", "end", "target", "depth", "lasti"])


def _parse_exception_table(code):
    """The handlers covering the code's instructions: start and end (exclusive) offsets, target, stack depth."""
    return [_ExceptionTableEntry(start, end, target, depth, False)
            for start, end, target, depth in _opcode.exception_table(code)]


# ---- printing ------------------------------------------------------------------------------

def _print_listing(instructions, code_size, lasti=-1, *, file=None, exception_entries=()):
    starts = [i.starts_line for i in instructions if i.starts_line is not None]
    if starts:
        biggest = max(starts)
        lineno_width = len(str(biggest)) if biggest >= 1000 else 3
    else:
        lineno_width = 0
    biggest_offset = code_size - 4
    offset_width = len(str(biggest_offset)) if biggest_offset >= 10000 else 4
    for instr in instructions:
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 4} -> {entry.target} [{entry.depth}]{lasti_mark}", file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _print_listing(list(_instructions(co)), len(co.co_code), lasti, file=file,
                   exception_entries=_parse_exception_table(co))


disco = disassemble                     # the old name


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file)
    if depth is not None and depth <= 0:
        return
    inner_depth = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=inner_depth)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):  # a class or a module: each of its functions and code objects
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, _raw_bytes):
        _print_listing(list(_raw_instructions(bytes(x))), len(x), file=file)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        lasti = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as output:
            _print_listing(list(self), len(self.codeobj.co_code), lasti, file=output,
                           exception_entries=self.exception_entries)
            return output.getvalue()


# ---- what modulefinder asks -------------------------------------------------------------

def _find_imports(co):
    """Find import statements in the code

    Generate triplets (name, level, fromlist) where
    name is the imported module and level, fromlist are
    the corresponding args to __import__.
    """
    instrs = list(_instructions(co))
    for i, ins in enumerate(instrs):
        if ins.opname == 'IMPORT_NAME' and i >= 2:
            level, fromlist = instrs[i - 2], instrs[i - 1]
            if level.opcode in hasconst and fromlist.opcode in hasconst:
                yield (ins.argval, level.argval, fromlist.argval)


def _find_store_names(co):
    """Find names of variables which are written in the code

    Generate sequence of strings
    """
    for ins in _instructions(co):
        if ins.opname in ('STORE_NAME', 'STORE_GLOBAL'):
            yield ins.argval


def _test():
    """Disassemble a file (or stdin): python -m dis [FILE]."""
    args = sys.argv[1:]
    if len(args) > 1:
        print("usage: python -m dis [infile]", file=sys.stderr)
        sys.exit(2)
    if args and args[0] != '-':
        name = args[0]
        with open(name, 'rb') as f:
            source = f.read()
    else:
        name = '<stdin>'
        source = sys.stdin.buffer.read() if hasattr(sys.stdin, 'buffer') else sys.stdin.read()
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()
