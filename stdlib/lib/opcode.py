"""pyglass's opcodes, for the dis module.

pyglass runs its own bytecode (interp/opcodes.def in its sources), not
CPython's: this module describes that instruction set with the names
CPython's opcode module uses.  Instructions are 32-bit words (the opcode in
the low 8 bits, the argument in the high 24), so there is no EXTENDED_ARG and
no HAVE_ARGUMENT threshold: `hasarg` lists the opcodes that use their argument.
Jump arguments are absolute instruction indexes, so every jump is in `hasjabs`.
"""

import _opcode
from _opcode import stack_effect

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasnargs", "opname", "opmap",
           "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []

_by_kind = {
    'const': hasconst,
    'name': hasname,
    'jump': hasjabs,
    'local': haslocal,
    'compare': hascompare,
    'free': hasfree,
}

for _name, _op, _kind in _opcode.opcodes():
    opname[_op] = _name
    opmap[_name] = _op
    if _kind != 'none':
        hasarg.append(_op)
    if _kind in _by_kind:
        _by_kind[_kind].append(_op)

del _name, _op, _kind, _by_kind
