// The code object type: construction, attributes (co_*), co_lines(),
// co_positions(), replace(), ==/hash, repr.  The disassembler is
// interp/code_dis.cpp, the positions table interp/code_positions.cpp.
//
// Code objects are immutable after code_new and hold only constants, names and
// nested code objects, so they cannot be part of a reference cycle and are not
// tracked by the collector.
//
// To Python, instruction i sits at byte offset 4*i: co_code is the 32-bit
// instruction words as little-endian bytes, and co_lines(), co_positions(),
// f_lasti and tb_lasti use those offsets.  co_positions() yields one entry per
// two bytes (two per instruction), as CPython yields one per 16-bit code unit,
// so code that indexes it with lasti // 2 (traceback, inspect) finds the
// instruction's position.
#include "code_internal.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../runtime/objects.h"
#include "code_flow.h"
#include "opcodes.h"

namespace rt {
TypeObject CodeType;
}

namespace interp {

using rt::None;

namespace {

template <class T>
T* copy_array(const T* src, int n) {
  if (!src || n <= 0) return nullptr;
  T* out = new T[n];
  std::memcpy(out, src, sizeof(T) * size_t(n));
  return out;
}

void code_dealloc(Object* o) {
  CodeObject* c = as_code(o);
  rt::clear_weakrefs(o);
  delete[] c->instrs;
  delete[] c->lines;
  delete[] c->linetable;
  delete[] c->cell2arg;
  rt::xdecref(c->consts);
  rt::xdecref(c->names);
  rt::xdecref(c->varnames);
  rt::xdecref(c->cellvars);
  rt::xdecref(c->freevars);
  rt::xdecref(c->filename);
  rt::xdecref(c->name);
  rt::xdecref(c->qualname);
  rt::xdecref(c->docstring);
  rt::free_object(o);
}

Object* code_repr(Object* o) {
  CodeObject* c = as_code(o);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(c));
  std::string s = "<code object ";
  s += rt::str_view(c->name);
  s += buf;
  s += rt::str_view(c->filename);
  s += "\", line ";
  s += std::to_string(c->firstlineno);
  s += ">";
  return rt::str_from(s);
}

// ---- attributes -------------------------------------------------------------------

Object* get_int(Object* o, void* closure) {
  CodeObject* c = as_code(o);
  switch (reinterpret_cast<intptr_t>(closure)) {
    case 0: return rt::int_from_i64(c->argcount);
    case 1: return rt::int_from_i64(c->posonlyargcount);
    case 2: return rt::int_from_i64(c->kwonlyargcount);
    case 3: return rt::int_from_i64(c->nlocals);
    case 4: return rt::int_from_i64(c->flags & ~CO_PYGLASS_INTERNAL);
    case 5: return rt::int_from_i64(c->stacksize);
    case 6: return rt::int_from_i64(c->firstlineno);
  }
  return rt::none_ref();
}

Object* get_obj(Object* o, void* closure) {
  CodeObject* c = as_code(o);
  Object* v = nullptr;
  switch (reinterpret_cast<intptr_t>(closure)) {
    case 0: v = c->name; break;
    case 1: v = c->qualname; break;
    case 2: v = c->filename; break;
    case 3: v = c->varnames; break;
    case 4: v = c->cellvars; break;
    case 5: v = c->freevars; break;
    case 6: v = c->consts; break;
    case 7: v = c->names; break;
  }
  if (!v) return rt::none_ref();
  return rt::newref(v);
}

Object* bytes_of(const std::string& s) { return rt::bytes_from(s.data(), ssize(s.size())); }

std::string code_bytes(CodeObject* c) {
  std::string out;
  out.reserve(size_t(c->ninstrs) * 4);
  for (int i = 0; i < c->ninstrs; i++)
    for (int k = 0; k < 4; k++) out.push_back(char((c->instrs[i] >> (8 * k)) & 0xff));
  return out;
}

Object* get_code(Object* o, void*) { return bytes_of(code_bytes(as_code(o))); }

Object* get_linetable(Object* o, void*) {
  CodeObject* c = as_code(o);
  return rt::bytes_from(reinterpret_cast<const char*>(c->linetable), c->linetable ? c->linetable_len : 0);
}

void put_varint(std::string& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(char(uint8_t(v) | 0x80));
    v >>= 7;
  }
  out.push_back(char(v));
}

// co_exceptiontable: pyglass's handlers are instructions (SETUP_FINALLY ...
// POP_BLOCK), so this table is derived from them: for each run of
// instructions under the same innermost handler, four varints
// (start, length, handler, stack level), in instructions.
Object* get_exceptiontable(Object* o, void*) {
  CodeObject* c = as_code(o);
  std::vector<Block> inner = code_innermost_blocks(c);
  std::string out;
  for (size_t i = 0; i < inner.size();) {
    size_t j = i + 1;
    while (j < inner.size() && inner[j].handler == inner[i].handler && inner[j].level == inner[i].level) j++;
    if (inner[i].handler >= 0) {
      put_varint(out, uint32_t(i));
      put_varint(out, uint32_t(j - i));
      put_varint(out, uint32_t(inner[i].handler));
      put_varint(out, uint32_t(inner[i].level));
    }
    i = j;
  }
  return bytes_of(out);
}

// co_lnotab (deprecated in 3.11, still there): byte-offset and line increments
// in pairs, from the same lines as co_lines().
Object* get_lnotab(Object* o, void*) {
  CodeObject* c = as_code(o);
  std::string out;
  int addr = 0, line = c->firstlineno;
  for (int i = 0; i < c->ninstrs; i++) {
    int l = c->lines[i];
    if (l < 0 || l == line) continue;
    int da = 4 * i - addr, dl = l - line;
    while (da > 255) {
      out += char(255);
      out += char(0);
      da -= 255;
    }
    while (dl > 127 || dl < -128) {
      int step = dl > 0 ? 127 : -128;
      out += char(da);
      out += char(int8_t(step));
      da = 0;
      dl -= step;
    }
    out += char(da);
    out += char(int8_t(dl));
    addr = 4 * i;
    line = l;
  }
  return bytes_of(out);
}

#define INT_ATTR(n, i) {n, get_int, nullptr, nullptr, reinterpret_cast<void*>(intptr_t(i))}
#define OBJ_ATTR(n, i) {n, get_obj, nullptr, nullptr, reinterpret_cast<void*>(intptr_t(i))}
rt::GetSetDef code_getset[] = {
    INT_ATTR("co_argcount", 0),
    INT_ATTR("co_posonlyargcount", 1),
    INT_ATTR("co_kwonlyargcount", 2),
    INT_ATTR("co_nlocals", 3),
    INT_ATTR("co_flags", 4),
    INT_ATTR("co_stacksize", 5),
    INT_ATTR("co_firstlineno", 6),
    OBJ_ATTR("co_name", 0),
    OBJ_ATTR("co_qualname", 1),
    OBJ_ATTR("co_filename", 2),
    OBJ_ATTR("co_varnames", 3),
    OBJ_ATTR("co_cellvars", 4),
    OBJ_ATTR("co_freevars", 5),
    OBJ_ATTR("co_consts", 6),
    OBJ_ATTR("co_names", 7),
    {"co_code", get_code, nullptr, nullptr, nullptr},
    {"co_linetable", get_linetable, nullptr, nullptr, nullptr},
    {"co_exceptiontable", get_exceptiontable, nullptr, nullptr, nullptr},
    {"co_lnotab", get_lnotab, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
#undef INT_ATTR
#undef OBJ_ATTR

// ---- co_lines(), co_positions() ------------------------------------------------------

Object* int_or_none(int v) { return v < 0 ? rt::none_ref() : rt::int_from_i64(v); }

// An iterator over a list of the given tuples (built eagerly: code objects are small).
Object* list_iter_steal(Object* list) {
  if (!list) return nullptr;
  Object* it = rt::object_get_iter(list);
  rt::decref(list);
  return it;
}

std::vector<SourcePos> all_positions(CodeObject* c) {
  std::vector<SourcePos> pos(static_cast<size_t>(c->ninstrs));
  linetable_decode(c->linetable, c->linetable_len, c->firstlineno, c->ninstrs, pos.data());
  return pos;
}

bool same_pos(const SourcePos& a, const SourcePos& b) {
  return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col == b.col && a.end_col == b.end_col;
}

// A method that takes no arguments: false with CPython's TypeError.
bool no_arguments(const char* name, ssize nargs, Object* kwnames) {
  if (!rt::no_kwargs(name, kwnames)) return false;
  if (nargs) rt::err_format(rt::Exc_TypeError, "code.%s() takes no arguments (%zd given)", name, nargs);
  return nargs == 0;
}

Object* code_co_lines(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_arguments("co_lines", nargs, kwnames)) return nullptr;
  CodeObject* c = as_code(self);
  std::vector<SourcePos> pos = all_positions(c);
  Object* out = rt::list_new(0);
  // Before its first instruction a frame is at its entry line (the def line;
  // 0 for module code, as CPython's RESUME): a zero-width range says so.
  int entry = (c->flags & CO_MODULE) ? 0 : c->firstlineno;
  if (out && (pos.empty() || pos[0].lineno != entry)) {
    Object* t = rt::tuple_new(3);
    if (t) {
      rt::tuple_set_steal(t, 0, rt::int_from_i64(0));
      rt::tuple_set_steal(t, 1, rt::int_from_i64(0));
      rt::tuple_set_steal(t, 2, rt::int_from_i64(entry));
    }
    if (!t || rt::list_append(out, t) < 0) rt::clearref(out);
    rt::xdecref(t);
  }
  for (size_t i = 0; out && i < pos.size();) {
    size_t j = i + 1;
    while (j < pos.size() && same_pos(pos[j], pos[i])) j++;  // one entry per table run, as CPython
    Object* t = rt::tuple_new(3);
    if (!t) {
      rt::clearref(out);
      break;
    }
    rt::tuple_set_steal(t, 0, rt::int_from_i64(int64_t(4 * i)));
    rt::tuple_set_steal(t, 1, rt::int_from_i64(int64_t(4 * j)));
    rt::tuple_set_steal(t, 2, int_or_none(pos[i].lineno));
    if (rt::list_append(out, t) < 0) rt::clearref(out);
    rt::decref(t);
    i = j;
  }
  return list_iter_steal(out);
}

Object* code_co_positions(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_arguments("co_positions", nargs, kwnames)) return nullptr;
  CodeObject* c = as_code(self);
  std::vector<SourcePos> pos = all_positions(c);
  Object* out = rt::list_new(0);
  for (size_t i = 0; out && i < pos.size(); i++) {
    const SourcePos& p = pos[i];
    Object* t = rt::tuple_new(4);
    if (!t) {
      rt::clearref(out);
      break;
    }
    rt::tuple_set_steal(t, 0, int_or_none(p.lineno));
    rt::tuple_set_steal(t, 1, int_or_none(p.lineno < 0 ? -1 : p.end_lineno));
    rt::tuple_set_steal(t, 2, int_or_none(p.col));
    rt::tuple_set_steal(t, 3, int_or_none(p.end_col));
    // Two 16-bit units per instruction.
    if (rt::list_append(out, t) < 0 || rt::list_append(out, t) < 0) rt::clearref(out);
    rt::decref(t);
  }
  return list_iter_steal(out);
}

// ---- replace() -------------------------------------------------------------------------

enum ReplaceField {
  R_ARGCOUNT, R_POSONLY, R_KWONLY, R_NLOCALS, R_STACKSIZE, R_FLAGS, R_FIRSTLINENO, R_CODE, R_CONSTS, R_NAMES,
  R_VARNAMES, R_FREEVARS, R_CELLVARS, R_FILENAME, R_NAME, R_QUALNAME, R_LINETABLE, R_EXCEPTIONTABLE, R_COUNT
};
const char* const kReplaceNames[R_COUNT] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
    "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
    "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

// The argument's type check, CPython's message: "replace() argument 'co_code' must be bytes, not int".
bool replace_type_ok(int field, Object* v) {
  const char* want = nullptr;
  bool ok = true;
  if (field == R_CODE || field == R_LINETABLE || field == R_EXCEPTIONTABLE) {
    want = "bytes";
    ok = rt::is_bytes(v);
  } else if (field >= R_CONSTS && field <= R_CELLVARS) {
    want = "tuple";
    ok = rt::is_tuple(v);
  } else if (field >= R_FILENAME && field <= R_QUALNAME) {
    want = "str";
    ok = rt::is_str(v);
  }
  if (!ok)
    rt::err_format(rt::Exc_TypeError, "replace() argument '%s' must be %s, not %s", kReplaceNames[field], want,
                   v == None ? "None" : rt::type_name(v));
  return ok;
}

// An int field: operator.index, then a C int.
bool replace_int(Object* v, int* out) {
  Object* i = rt::number_index(v);
  if (!i) return false;
  int64_t x = rt::int_as_i64(i);
  rt::decref(i);
  if (x == -1 && rt::err_occurred()) {
    rt::err_clear();
    rt::err_set_string(rt::Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  if (x > INT32_MAX || x < INT32_MIN) {
    rt::err_set_string(rt::Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

bool all_str(Object* t) {
  for (ssize i = 0; i < rt::size_of(t); i++)
    if (!rt::is_str_exact(rt::tuple_get(t, i))) return false;
  return true;
}

Object* code_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  CodeObject* c = as_code(self);
  if (nargs) {
    rt::err_set_string(rt::Exc_TypeError, "replace() takes no positional arguments");
    return nullptr;
  }
  Object* given[R_COUNT] = {};
  for (ssize k = 0; kwnames && k < rt::size_of(kwnames); k++) {
    Object* key = rt::tuple_get(kwnames, k);
    int field = -1;
    for (int f = 0; f < R_COUNT; f++)
      if (rt::str_eq_cstr(key, kReplaceNames[f])) field = f;
    if (field < 0) {
      rt::err_format(rt::Exc_TypeError, "'%s' is an invalid keyword argument for replace()", rt::str_utf8(key));
      return nullptr;
    }
    given[field] = args[k];
  }
  int ints[R_FIRSTLINENO + 1] = {c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals,
                                 c->stacksize, int(c->flags & ~CO_PYGLASS_INTERNAL), c->firstlineno};
  for (int f = 0; f < R_COUNT; f++) {
    if (!given[f]) continue;
    if (f <= R_FIRSTLINENO) {
      if (!replace_int(given[f], &ints[f])) return nullptr;
    } else if (!replace_type_ok(f, given[f])) {
      return nullptr;
    }
  }
  for (int f = 0; f <= R_FIRSTLINENO; f++) {
    if (ints[f] < 0) {
      rt::err_format(rt::Exc_ValueError, "%s must be a positive integer", kReplaceNames[f]);
      return nullptr;
    }
  }
  auto pick = [&](int f, Object* cur) { return given[f] ? given[f] : cur; };
  Object* consts = pick(R_CONSTS, c->consts);
  Object* names = pick(R_NAMES, c->names);
  Object* varnames = pick(R_VARNAMES, c->varnames);
  Object* freevars = pick(R_FREEVARS, c->freevars);
  Object* cellvars = pick(R_CELLVARS, c->cellvars);
  // CPython's order of checks.
  int argslots = ints[R_ARGCOUNT] + ints[R_KWONLY] + ((ints[R_FLAGS] & CO_VARARGS) ? 1 : 0) +
                 ((ints[R_FLAGS] & CO_VARKEYWORDS) ? 1 : 0);
  if (ints[R_POSONLY] > ints[R_ARGCOUNT] || argslots > rt::size_of(varnames)) {
    rt::err_set_string(rt::Exc_ValueError, "code: co_varnames is too small");
    return nullptr;
  }
  if (ints[R_NLOCALS] != rt::size_of(varnames)) {
    rt::err_set_string(rt::Exc_ValueError, "code: co_nlocals != len(co_varnames)");
    return nullptr;
  }
  if (!all_str(names) || !all_str(varnames) || !all_str(freevars) || !all_str(cellvars)) {
    rt::err_set_string(rt::Exc_SystemError, "non-string found in code slot");
    return nullptr;
  }
  std::vector<uint32_t> instrs(c->instrs, c->instrs + c->ninstrs);
  if (given[R_CODE]) {
    std::string_view b(rt::bytes_data(given[R_CODE]), size_t(rt::size_of(given[R_CODE])));
    if (b.size() % 4 != 0 || b.size() / 4 > size_t(INT32_MAX)) {
      rt::err_set_string(rt::Exc_ValueError, "code: co_code is malformed");
      return nullptr;
    }
    instrs.assign(b.size() / 4, 0);
    for (size_t i = 0; i < instrs.size(); i++)
      for (int k = 0; k < 4; k++) instrs[i] |= uint32_t(uint8_t(b[4 * i + size_t(k)])) << (8 * k);
  }
  // The positions: a new table, or the current one (its lines follow a new co_firstlineno).
  Object* table = given[R_LINETABLE];
  const uint8_t* tp = table ? reinterpret_cast<const uint8_t*>(rt::bytes_data(table)) : c->linetable;
  ssize tn = table ? rt::size_of(table) : c->linetable_len;
  // co_exceptiontable is checked for its type only: pyglass derives it from the code.
  CodeObject* r = code_new(ints[R_ARGCOUNT], ints[R_POSONLY], ints[R_KWONLY], ints[R_NLOCALS], ints[R_STACKSIZE],
                           (uint32_t(ints[R_FLAGS]) & ~CO_PYGLASS_INTERNAL) | (c->flags & CO_PYGLASS_INTERNAL),
                           ints[R_FIRSTLINENO], instrs.data(), nullptr, int(instrs.size()),
                           consts, names, varnames, cellvars, freevars, pick(R_FILENAME, c->filename),
                           pick(R_NAME, c->name), pick(R_QUALNAME, c->qualname), c->docstring,
                           tp ? tp : reinterpret_cast<const uint8_t*>(""), tn);
  if (!r) return nullptr;
  if (given[R_CODE] || given[R_CONSTS] || given[R_NAMES] || given[R_VARNAMES] || given[R_CELLVARS] ||
      given[R_FREEVARS] || given[R_STACKSIZE] || given[R_FLAGS]) {
    // Bytecode the eval loop would trust blindly is checked (pyglass's own rule:
    // bad bytecode is a ValueError here, never a crash later).
    if (const char* why = code_verify(r)) {
      rt::err_format(rt::Exc_ValueError, "code: co_code is malformed (%s)", why);
      rt::decref(r);
      return nullptr;
    }
  }
  return r;
}

rt::MethodDef code_methods[] = {
    {"co_lines", code_co_lines, rt::METH_DEFAULT, "Return an iterator of (start, end, line) for the instructions."},
    {"co_positions", code_co_positions, rt::METH_DEFAULT,
     "Return an iterator of (line, end_line, column, end_column) for each two bytes of co_code."},
    {"replace", code_replace, rt::METH_DEFAULT, "Return a copy of the code object with new values for the specified fields."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- == and hash --------------------------------------------------------------------------

bool consts_equal(Object* a, Object* b);

// Constants compare by type and value, as CPython's constant keys do: 0, 0.0,
// -0.0 and False are different constants; code objects compare as code.
bool const_equal(Object* x, Object* y) {
  if (x == y) return true;
  rt::TypeObject* t = rt::type_of(x);
  if (t != rt::type_of(y)) return false;
  if (t == &rt::CodeType) return code_equal(as_code(x), as_code(y));
  if (t == &rt::FloatType) {
    double a = rt::float_value(x), b = rt::float_value(y);
    return std::memcmp(&a, &b, sizeof a) == 0;
  }
  if (t == &rt::TupleType) return consts_equal(x, y);
  int r = rt::object_richcompare_bool(x, y, rt::CMP_EQ);
  if (r < 0) rt::err_clear();
  return r > 0;
}

bool consts_equal(Object* a, Object* b) {
  if (rt::size_of(a) != rt::size_of(b)) return false;
  for (ssize i = 0; i < rt::size_of(a); i++)
    if (!const_equal(rt::tuple_get(a, i), rt::tuple_get(b, i))) return false;
  return true;
}

bool str_tuples_equal(Object* a, Object* b) {
  if (rt::size_of(a) != rt::size_of(b)) return false;
  for (ssize i = 0; i < rt::size_of(a); i++)
    if (!rt::str_equal(rt::tuple_get(a, i), rt::tuple_get(b, i))) return false;
  return true;
}

Object* code_richcompare(Object* a, Object* b, int op) {
  if ((op != rt::CMP_EQ && op != rt::CMP_NE) || rt::type_of(b) != &rt::CodeType) return rt::newref(rt::NotImplemented);
  bool eq = code_equal(as_code(a), as_code(b));
  return rt::bool_ref(op == rt::CMP_EQ ? eq : !eq);
}

rt::hash_t code_hash(Object* o) {
  CodeObject* c = as_code(o);
  // Fields that code_equal compares (never the constants' values: 0 == 0.0 there differ).
  uint64_t h = uint64_t(rt::str_hash(c->name));
  auto mix = [&h](uint64_t v) { h = (h ^ v) * 0x100000001b3ull; };
  for (int v : {c->argcount, c->posonlyargcount, c->kwonlyargcount, int(c->flags), c->firstlineno, c->ninstrs})
    mix(uint64_t(uint32_t(v)));
  for (int i = 0; i < c->ninstrs; i++) mix(c->instrs[i]);
  mix(uint64_t(rt::size_of(c->consts)));
  for (Object* t : {c->names, c->varnames, c->cellvars, c->freevars})
    for (ssize i = 0; i < rt::size_of(t); i++) mix(uint64_t(rt::str_hash(rt::tuple_get(t, i))));
  rt::hash_t r = rt::hash_t(h >> 1);
  return r == -1 ? -2 : r;
}

}  // namespace

bool code_equal(CodeObject* a, CodeObject* b) {
  if (a == b) return true;
  if (!rt::str_equal(a->name, b->name) || a->argcount != b->argcount || a->posonlyargcount != b->posonlyargcount ||
      a->kwonlyargcount != b->kwonlyargcount || a->flags != b->flags || a->firstlineno != b->firstlineno ||
      a->ninstrs != b->ninstrs || a->linetable_len != b->linetable_len)
    return false;
  if (a->ninstrs && std::memcmp(a->instrs, b->instrs, sizeof(uint32_t) * size_t(a->ninstrs)) != 0) return false;
  if (a->linetable_len && std::memcmp(a->linetable, b->linetable, size_t(a->linetable_len)) != 0) return false;
  return str_tuples_equal(a->names, b->names) && str_tuples_equal(a->varnames, b->varnames) &&
         str_tuples_equal(a->cellvars, b->cellvars) && str_tuples_equal(a->freevars, b->freevars) &&
         consts_equal(a->consts, b->consts);
}

CodeObject* code_new(int argcount, int posonly, int kwonly, int nlocals, int stacksize, uint32_t flags,
                     int firstlineno, const uint32_t* instrs, const int32_t* lines, int ninstrs, Object* consts,
                     Object* names, Object* varnames, Object* cellvars, Object* freevars, Object* filename,
                     Object* name, Object* qualname, Object* docstring, const uint8_t* linetable,
                     ssize linetable_len) {
  Object* o = rt::alloc_object(&rt::CodeType, sizeof(CodeObject));
  if (!o) return nullptr;
  CodeObject* c = as_code(o);
  c->argcount = argcount;
  c->posonlyargcount = posonly;
  c->kwonlyargcount = kwonly;
  c->nlocals = nlocals;
  c->ncells = cellvars ? int(rt::size_of(cellvars)) : 0;
  c->nfrees = freevars ? int(rt::size_of(freevars)) : 0;
  c->stacksize = stacksize;
  c->flags = flags;
  c->firstlineno = firstlineno;
  c->ninstrs = ninstrs;
  c->instrs = copy_array(instrs, ninstrs);
  c->lines = nullptr;
  c->linetable = nullptr;
  c->linetable_len = 0;
  if (ninstrs > 0) {
    c->lines = new int32_t[size_t(ninstrs)];
    if (linetable) {
      linetable_lines(linetable, linetable_len, firstlineno, ninstrs, c->lines);
      c->linetable_len = linetable_len;
      c->linetable = copy_array(linetable, int(linetable_len));
    } else {
      // Lines alone: positions with unknown columns.
      std::vector<SourcePos> pos(static_cast<size_t>(ninstrs));
      for (int i = 0; i < ninstrs; i++) {
        int l = lines ? lines[i] : firstlineno;
        pos[size_t(i)] = SourcePos{l, l, -1, -1};
        c->lines[i] = l;
      }
      std::string table = linetable_encode(pos.data(), ninstrs, firstlineno);
      c->linetable_len = ssize(table.size());
      c->linetable = copy_array(reinterpret_cast<const uint8_t*>(table.data()), int(table.size()));
    }
  }
  c->consts = consts ? rt::newref(consts) : rt::empty_tuple();
  c->names = names ? rt::newref(names) : rt::empty_tuple();
  c->varnames = varnames ? rt::newref(varnames) : rt::empty_tuple();
  c->cellvars = cellvars ? rt::newref(cellvars) : rt::empty_tuple();
  c->freevars = freevars ? rt::newref(freevars) : rt::empty_tuple();
  c->filename = rt::newref(filename);
  c->name = rt::newref(name);
  c->qualname = rt::newref(qualname ? qualname : name);
  c->docstring = docstring ? rt::newref(docstring) : rt::none_ref();
  // cell2arg: a cellvar that is also a parameter takes the argument's value on entry.
  int nargs = argcount + kwonly + ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
  if (c->ncells > 0 && nargs > 0 && varnames) {
    int32_t* map = new int32_t[c->ncells];
    bool any = false;
    for (int i = 0; i < c->ncells; i++) {
      map[i] = -1;
      Object* cn = rt::tuple_get(cellvars, i);
      for (int a = 0; a < nargs && a < rt::size_of(varnames); a++) {
        if (rt::str_equal(cn, rt::tuple_get(varnames, a))) {
          map[i] = a;
          any = true;
          break;
        }
      }
    }
    if (any) {
      c->cell2arg = map;
    } else {
      delete[] map;
    }
  }
  return c;
}

void init_code_type() {
  rt::TypeObject& t = rt::CodeType;
  t.tp_name = "code";
  t.tp_basicsize = sizeof(CodeObject);
  t.tp_flags = rt::TPFLAG_IMMUTABLE;
  t.tp_doc = "Create a code object.  Not for the faint of heart.";
  t.tp_dealloc = code_dealloc;
  t.tp_weaklistoffset = offsetof(CodeObject, weaklist);
  t.tp_repr = code_repr;
  t.tp_hash = code_hash;
  t.tp_richcompare = code_richcompare;
  t.tp_getset = code_getset;
  t.tp_methods = code_methods;
  rt::type_ready(&t);
}

}  // namespace interp
