# The dis module.  pyglass's bytecode is its own, so this test prints what
# both interpreters share: the instructions of simple code (CPython's
# RESUME/PRECALL/CACHE bookkeeping left out), the Instruction and Positions
# tuples, code_info's fields, stack_effect's checks, the listing's columns.
import dis
import io
import sys
import _opcode

BOOKKEEPING = {"RESUME", "PRECALL", "CACHE", "PUSH_NULL", "KW_NAMES"}

n = 0


def increment():
    global n
    n += 1


def shared(x):
    return [(i.opname, i.argrepr) for i in dis.get_instructions(x) if i.opname not in BOOKKEEPING]


print("n += 1:", shared(increment))
print("expression:", shared("x + 1"))
print("attribute:", shared(lambda o: o.attr))
print("compare:", shared(lambda a, b: a < b))
print("store:", shared(compile("a = b", "<s>", "exec")))

out = io.StringIO()
dis.dis(increment, file=out)
listing = out.getvalue().splitlines()
print("listing has the op:", [line.split()[-3:] for line in listing if "BINARY_OP" in line])
print("first line starts the listing:", listing[0].split()[0] == str(increment.__code__.co_firstlineno + 2) or
      listing[0].split()[0] == str(increment.__code__.co_firstlineno))
columns = [line for line in listing if "STORE_GLOBAL" in line][0]
print("columns:", columns.index("STORE_GLOBAL") - len(columns) + len(columns.lstrip()) > 0,
      columns.rstrip().endswith("0 (n)"))
native_listing = getattr(_opcode, "listing", None)
print("--dis prints the same:", native_listing is None or native_listing(increment.__code__) == out.getvalue())

ins = next(i for i in dis.get_instructions(increment) if i.opname == "BINARY_OP")
print("Instruction:", dis.Instruction._fields, type(ins).__name__, ins.opname == dis.opname[ins.opcode])
print("Positions:", dis.Positions._fields, ins.positions.lineno - increment.__code__.co_firstlineno,
      ins.positions.col_offset, ins.positions.end_col_offset)
print("Positions defaults:", dis.Positions(), dis.Positions(1, 2)._replace(lineno=5))
print("is_jump_target:", ins.is_jump_target, "starts_line:", ins.starts_line)

binop = next(i for i in dis.get_instructions("a + b") if i.opname == "BINARY_OP")
print("binop position:", tuple(binop.positions), binop.argrepr)
print("findlinestarts:", sorted({line for offset, line in dis.findlinestarts(compile("a\nb\n\nc", "<s>", "exec"))}))


def sample(a, b=1, *args, c, **kw):
    x = a + b
    return x


info = dis.code_info(sample).splitlines()
keep = ("Name:", "Argument count:", "Positional-only", "Kw-only", "Number of locals:", "Flags:")
print("code_info:")
for line in info:
    if line.startswith(keep):
        print("  " + line)
print("  variable names:", info[info.index("Variable names:") + 1:info.index("Variable names:") + 7])
out = io.StringIO()
dis.show_code(sample, file=out)
print("show_code = code_info:", out.getvalue() == dis.code_info(sample) + "\n")
print("pretty_flags:", dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x10), dis.pretty_flags(0))
print("COMPILER_FLAG_NAMES:", sorted(dis.COMPILER_FLAG_NAMES.values()))

print("opmap:", dis.opname[dis.opmap["LOAD_FAST"]], dis.opmap["LOAD_CONST"] in dis.hasconst,
      dis.opmap["LOAD_NAME"] in dis.hasname, dis.opmap["LOAD_FAST"] in dis.haslocal,
      dis.opmap["COMPARE_OP"] in dis.hascompare, dis.opmap["LOAD_DEREF"] in dis.hasfree, dis.cmp_op)
for op, arg in (("BINARY_OP", 0), ("LOAD_CONST", 0), ("POP_TOP", None), ("RETURN_VALUE", None), ("BUILD_TUPLE", 3)):
    print("stack_effect", op, dis.stack_effect(dis.opmap[op], arg))
for args in ((dis.opmap["POP_TOP"], 0), (dis.opmap["LOAD_CONST"],), (300,)):
    try:
        dis.stack_effect(*args)
    except ValueError as e:
        print("stack_effect error:", e)

for bad in (5, None.__class__):
    try:
        dis.dis(bad, file=io.StringIO())
        print("dis of", bad.__class__.__name__, "ok")
    except TypeError as e:
        print("dis error:", e)
try:
    dis.code_info(5)
except TypeError as e:
    print("code_info error:", e)


class Shapes:
    def area(self):
        return 1

    def perimeter(self):
        return 2


out = io.StringIO()
dis.dis(Shapes, file=out)
print("class:", [line for line in out.getvalue().splitlines() if line.startswith("Disassembly of")])
out = io.StringIO()
dis.dis(compile("def f():\n    def g():\n        pass\n", "<nested>", "exec"), file=out)
print("nested:", [line.split(" at ")[0] for line in out.getvalue().splitlines() if line.startswith("Disassembly of")])
out = io.StringIO()
dis.dis(compile("def f():\n    def g():\n        pass\n", "<nested>", "exec"), file=out, depth=0)
print("depth 0:", [line for line in out.getvalue().splitlines() if line.startswith("Disassembly of")])

bc = dis.Bytecode(increment)
print("Bytecode:", repr(bc).startswith("Bytecode(<function increment"), bc.first_line == increment.__code__.co_firstlineno,
      [i.opname for i in bc if i.opname not in BOOKKEEPING][:4], bc.info() == dis.code_info(increment),
      bc.dis() == dis.Bytecode(increment).dis())
shifted = dis.Bytecode(increment, first_line=100)
print("first_line:", max(i.starts_line for i in shifted if i.starts_line))


def fails():
    return 1 / 0


try:
    fails()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    bc = dis.Bytecode.from_traceback(e.__traceback__)
    print("from_traceback:", bc.current_offset == tb.tb_lasti, bc.codeobj is fails.__code__)
    marked = [line for line in bc.dis().splitlines() if "-->" in line]
    print("current instruction:", len(marked), marked[0].split()[-3], marked[0].split()[-1])
    out = io.StringIO()
    dis.distb(tb, file=out)
    print("distb marks it:", "-->" in out.getvalue())

print("imports:", list(dis._find_imports(compile("import a.b as c\nfrom .x import y, z", "m", "exec"))))
print("stores:", list(dis._find_store_names(compile("a = 1\nglobal q\nq = 2\ndef f(): pass", "m", "exec"))))
print("labels are offsets:", all(label % 2 == 0 for label in dis.findlabels(compile("for i in x: pass", "m", "exec").co_code)))

# expect: n += 1: [('LOAD_GLOBAL', 'n'), ('LOAD_CONST', '1'), ('BINARY_OP', '+='), ('STORE_GLOBAL', 'n'), ('LOAD_CONST', 'None'), ('RETURN_VALUE', '')]
# expect: expression: [('LOAD_NAME', 'x'), ('LOAD_CONST', '1'), ('BINARY_OP', '+'), ('RETURN_VALUE', '')]
# expect: attribute: [('LOAD_FAST', 'o'), ('LOAD_ATTR', 'attr'), ('RETURN_VALUE', '')]
# expect: compare: [('LOAD_FAST', 'a'), ('LOAD_FAST', 'b'), ('COMPARE_OP', '<'), ('RETURN_VALUE', '')]
# expect: store: [('LOAD_NAME', 'b'), ('STORE_NAME', 'a'), ('LOAD_CONST', 'None'), ('RETURN_VALUE', '')]
# expect: listing has the op: [['BINARY_OP', '13', '(+=)']]
# expect: first line starts the listing: True
# expect: columns: True True
# expect: --dis prints the same: True
# expect: Instruction: ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions') Instruction True
# expect: Positions: ('lineno', 'end_lineno', 'col_offset', 'end_col_offset') 2 4 10
# expect: Positions defaults: Positions(lineno=None, end_lineno=None, col_offset=None, end_col_offset=None) Positions(lineno=5, end_lineno=2, col_offset=None, end_col_offset=None)
# expect: is_jump_target: False starts_line: None
# expect: binop position: (1, 1, 0, 5) +
# expect: findlinestarts: [0, 1, 2, 4]
# expect: code_info:
# expect:   Name:              sample
# expect:   Argument count:    2
# expect:   Positional-only arguments: 0
# expect:   Kw-only arguments: 1
# expect:   Number of locals:  6
# expect:   Flags:             OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS
# expect:   variable names: ['   0: a', '   1: b', '   2: c', '   3: args', '   4: kw', '   5: x']
# expect: show_code = code_info: True
# expect: pretty_flags: OPTIMIZED, NEWLOCALS NESTED, GENERATOR 0x0
# expect: COMPILER_FLAG_NAMES: ['ASYNC_GENERATOR', 'COROUTINE', 'GENERATOR', 'ITERABLE_COROUTINE', 'NESTED', 'NEWLOCALS', 'NOFREE', 'OPTIMIZED', 'VARARGS', 'VARKEYWORDS']
# expect: opmap: LOAD_FAST True True True True True ('<', '<=', '==', '!=', '>', '>=')
# expect: stack_effect BINARY_OP -1
# expect: stack_effect LOAD_CONST 1
# expect: stack_effect POP_TOP -1
# expect: stack_effect RETURN_VALUE -1
# expect: stack_effect BUILD_TUPLE -2
# expect: stack_effect error: stack_effect: opcode does not permit oparg but oparg was specified
# expect: stack_effect error: stack_effect: opcode requires oparg but oparg was not specified
# expect: stack_effect error: stack_effect: opcode requires oparg but oparg was not specified
# expect: dis error: don't know how to disassemble int objects
# expect: dis of type ok
# expect: code_info error: don't know how to disassemble int objects
# expect: class: ['Disassembly of area:', 'Disassembly of perimeter:']
# expect: nested: ['Disassembly of <code object f', 'Disassembly of <code object g']
# expect: depth 0: []
# expect: Bytecode: True True ['LOAD_GLOBAL', 'LOAD_CONST', 'BINARY_OP', 'STORE_GLOBAL'] True True
# expect: first_line: 102
# expect: from_traceback: True True
# expect: current instruction: 1 BINARY_OP (/)
# expect: distb marks it: True
# expect: imports: [('a.b', 0, None), ('x', 1, ('y', 'z'))]
# expect: stores: ['a', 'q', 'f']
# expect: labels are offsets: True
