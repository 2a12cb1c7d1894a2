// _csv: the parser and writer under CPython's csv.py (CPython 3.11's behaviour).
//
// Dialect objects hold the formatting options as code points (NOT_SET for an
// absent quotechar/escapechar) and the lineterminator str; they are immutable
// once made, so readers and writers share them.  Dialect(dialect, **kw) takes
// each option from the keyword, else from the `dialect` argument's attribute
// (a registered name, a Dialect, or any object such as csv.excel), else the
// default; a Dialect given alone is returned as is.
//
// The reader is CPython's state machine, fed one code point at a time from
// each line the input iterator yields, plus an end-of-line mark (EOL, not a
// code point, so NUL is ordinary data as in 3.11) after each line; a row is
// returned when the machine is back at START_RECORD, so a quoted field may
// span lines.  Fields accumulate as UTF-8 with their length in code points
// (checked against field_size_limit).
//
// The writer joins a row into one UTF-8 string: each field is quoted when the
// quoting mode says so or when it holds the delimiter, the quotechar, the
// escapechar or a character of the lineterminator (QUOTE_MINIMAL), and is
// escaped instead under QUOTE_NONE; then the file's write() gets the line.
// The registry of named dialects is one dict, also the module's `_dialects`.
#include <string>
#include <vector>

#include "runtime/text/str.h"
#include "datamodules.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

#include "_csv_docs.inc"

constexpr uint32_t NOT_SET = 0xFFFFFFFFu;
constexpr uint32_t EOL = 0xFFFFFFFEu;
enum Quoting { QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3 };

TypeObject CsvErrorType, DialectType, ReaderType, WriterType;
Object* g_dialects = nullptr;  // owned: name -> Dialect (also _csv._dialects)
long g_field_limit = 128 * 1024;

// ---- Dialect ---------------------------------------------------------------------------------

struct DialectObject : Object {
  uint32_t delimiter;
  uint32_t quotechar;
  uint32_t escapechar;
  int quoting;
  bool doublequote;
  bool skipinitialspace;
  bool strict;
  Object* lineterminator;  // owned str
};
DialectObject* D(Object* o) { return static_cast<DialectObject*>(o); }

void dialect_dealloc(Object* o) {
  clearref(D(o)->lineterminator);
  free_object(o);
}

Object* char_or_none(uint32_t c) { return c == NOT_SET ? none_ref() : str_from_codepoint(c); }

Object* get_delimiter(Object* self, void*) { return char_or_none(D(self)->delimiter); }
Object* get_quotechar(Object* self, void*) { return char_or_none(D(self)->quotechar); }
Object* get_escapechar(Object* self, void*) { return char_or_none(D(self)->escapechar); }
Object* get_lineterminator(Object* self, void*) { return newref(D(self)->lineterminator); }
Object* get_quoting(Object* self, void*) { return int_from_i64(D(self)->quoting); }
Object* get_doublequote(Object* self, void*) { return bool_from(D(self)->doublequote); }
Object* get_skipinitialspace(Object* self, void*) { return bool_from(D(self)->skipinitialspace); }
Object* get_strict(Object* self, void*) { return bool_from(D(self)->strict); }

GetSetDef dialect_getset[] = {
    {"delimiter", get_delimiter, nullptr, nullptr, nullptr},
    {"escapechar", get_escapechar, nullptr, nullptr, nullptr},
    {"lineterminator", get_lineterminator, nullptr, nullptr, nullptr},
    {"quotechar", get_quotechar, nullptr, nullptr, nullptr},
    {"quoting", get_quoting, nullptr, nullptr, nullptr},
    // members in CPython: setting them says "readonly attribute"
    {"doublequote", get_doublequote, native::readonly_member, nullptr, nullptr},
    {"skipinitialspace", get_skipinitialspace, native::readonly_member, nullptr, nullptr},
    {"strict", get_strict, native::readonly_member, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* dialect_reduce_ex(Object* self, Object* const*, ssize, Object*) {
  return err_format_null(Exc_TypeError, "cannot pickle '%s' instances", native::short_name(type_of(self)));
}

MethodDef dialect_methods[] = {
    {"__reduce_ex__", dialect_reduce_ex, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// The option converters: src null means absent (the default).
bool set_char(const char* name, uint32_t* target, Object* src, uint32_t dflt, bool none_ok) {
  if (!src) {
    *target = dflt;
    return true;
  }
  *target = NOT_SET;
  if (none_ok && src == None) return true;
  if (!is_str(src)) {
    err_format(Exc_TypeError, none_ok ? "\"%s\" must be string or None, not %s" : "\"%s\" must be string, not %s", name,
               type_name(src));
    return false;
  }
  if (str_len(src) != 1) {
    err_format(Exc_TypeError, "\"%s\" must be a 1-character string", name);
    return false;
  }
  const char* p = str_utf8(src);
  *target = utf8_next(p);
  return true;
}

bool set_bool(bool* target, Object* src, bool dflt) {
  if (!src) {
    *target = dflt;
    return true;
  }
  int t = object_is_true(src);
  if (t < 0) return false;
  *target = t;
  return true;
}

constexpr const char* kDialectArgs[] = {"dialect",   "delimiter", "doublequote",      "escapechar", "lineterminator",
                                        "quotechar", "quoting",   "skipinitialspace", "strict"};
constexpr int kNDialectArgs = 9;

Object* dialect_from_registry(Object* name) {
  Object* d = dict_getitem(g_dialects, name);
  if (!d) {
    if (!err_occurred()) err_set_string(&CsvErrorType, "unknown dialect");
    return nullptr;
  }
  return newref(d);
}

// PyArg_ParseTupleAndKeywords("|OOOOOOOOO") with no function name.
bool parse_dialect_args(Object* const* args, ssize nargs, Object* kwnames, Object** a) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (int i = 0; i < kNDialectArgs; i++) a[i] = i < nargs ? args[i] : nullptr;
  if (nargs + nkw > kNDialectArgs) {
    err_format(Exc_TypeError, "function takes at most %d %sarguments (%zd given)", kNDialectArgs,
               nargs == 0 ? "keyword " : "", nargs + nkw);
    return false;
  }
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    int i = 0;
    while (i < kNDialectArgs && str_view(key) != kDialectArgs[i]) i++;
    if (i == kNDialectArgs) {
      err_format(Exc_TypeError, "'%s' is an invalid keyword argument for this function", str_utf8(key));
      return false;
    }
    if (i < nargs) {
      err_format(Exc_TypeError, "argument for function given by name ('%s') and position (%d)", kDialectArgs[i],
                 i + 1);
      return false;
    }
    a[i] = args[nargs + k];
  }
  return true;
}

Object* dialect_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[kNDialectArgs];
  if (!parse_dialect_args(args, nargs, kwnames, a)) return nullptr;
  Object* base = nullptr;  // owned
  if (a[0]) {
    base = is_str(a[0]) ? dialect_from_registry(a[0]) : newref(a[0]);
    if (!base) return nullptr;
    bool alone = true;
    for (int i = 1; i < kNDialectArgs; i++) alone = alone && !a[i];
    if (alone && is_instance_of(base, &DialectType)) return base;  // immutable: share it
  }
  Object* owned[kNDialectArgs] = {};  // attributes read from base
  if (base) {
    for (int i = 1; i < kNDialectArgs; i++) {
      if (a[i]) continue;
      owned[i] = object_getattr_str(base, kDialectArgs[i]);
      if (!owned[i]) err_clear();
      a[i] = owned[i];
    }
  }
  DialectObject* self = nullptr;
  bool ok = false;
  auto* d = static_cast<DialectObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (d) {
    self = d;
    ok = set_char("delimiter", &d->delimiter, a[1], ',', false) && set_bool(&d->doublequote, a[2], true) &&
         set_char("escapechar", &d->escapechar, a[3], NOT_SET, true);
    if (ok) {  // lineterminator
      if (!a[4]) {
        d->lineterminator = str_from_cstr("\r\n");
        ok = d->lineterminator != nullptr;
      } else if (a[4] != None) {
        if (!is_str(a[4])) {
          err_set_string(Exc_TypeError, "\"lineterminator\" must be a string");
          ok = false;
        } else {
          d->lineterminator = newref(a[4]);
        }
      }
    }
    ok = ok && set_char("quotechar", &d->quotechar, a[5], '"', true);
    if (ok) {  // quoting
      if (!a[6]) {
        d->quoting = QUOTE_MINIMAL;
      } else if (!is_int(a[6]) || type_of(a[6]) != &IntType) {
        err_set_string(Exc_TypeError, "\"quoting\" must be an integer");
        ok = false;
      } else {
        ok = native::int_arg(a[6], &d->quoting);
      }
    }
    ok = ok && set_bool(&d->skipinitialspace, a[7], false) && set_bool(&d->strict, a[8], false);
    if (ok && (d->quoting < QUOTE_MINIMAL || d->quoting > QUOTE_NONE)) {
      err_set_string(Exc_TypeError, "bad \"quoting\" value");
      ok = false;
    }
    if (ok && d->delimiter == NOT_SET) {
      err_set_string(Exc_TypeError, "\"delimiter\" must be a 1-character string");
      ok = false;
    }
    if (ok && a[5] == None && !a[6]) d->quoting = QUOTE_NONE;
    if (ok && d->quoting != QUOTE_NONE && d->quotechar == NOT_SET) {
      err_set_string(Exc_TypeError, "quotechar must be set if quoting enabled");
      ok = false;
    }
    if (ok && !d->lineterminator) {
      err_set_string(Exc_TypeError, "lineterminator must be set");
      ok = false;
    }
  }
  for (Object* o : owned) xdecref(o);
  xdecref(base);
  if (!ok) {
    xdecref(self);
    return nullptr;
  }
  if (has_flag(type, TPFLAG_HAVE_GC)) gc_track(self);  // a subclass with a __dict__
  return self;
}

// Dialect(dialect, **kwargs) as reader/writer/register_dialect make it;
// kwargs holds the keyword values (vectorcall layout).
Object* call_dialect(Object* dialect, Object* const* kwargs, Object* kwnames) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (!dialect) return call(&DialectType, kwargs, 0, nkw ? kwnames : nullptr);
  std::vector<Object*> buf(size_t(nkw) + 1);
  buf[0] = dialect;
  for (ssize k = 0; k < nkw; k++) buf[size_t(k) + 1] = kwargs[k];
  return call(&DialectType, buf.data(), 1, nkw ? kwnames : nullptr);
}

// PyArg_UnpackTuple(args, "", min, max) as reader/writer/register_dialect use it.
bool unpack(ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    err_format(Exc_TypeError, " expected at least %zd argument%s, got %zd", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    err_format(Exc_TypeError, " expected at most %zd argument%s, got %zd", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// ---- reader ----------------------------------------------------------------------------------

enum ParserState {
  START_RECORD,
  START_FIELD,
  ESCAPED_CHAR,
  IN_FIELD,
  IN_QUOTED_FIELD,
  ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD,
  EAT_CRNL,
  AFTER_ESCAPED_CRNL
};

struct ReaderObject : Object {
  Object* input_iter;  // owned
  Object* dialect;     // owned DialectObject
  Object* fields;      // owned list being filled, or null
  ParserState state;
  std::string* field;  // owned (new): the field being read, UTF-8
  ssize field_len;     // its length in code points
  bool numeric_field;
  unsigned long line_num;
};
ReaderObject* R(Object* o) { return static_cast<ReaderObject*>(o); }

int reader_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* f : {R(o)->input_iter, R(o)->dialect, R(o)->fields})
    if (f)
      if (int r = visit(f, arg)) return r;
  return 0;
}

int reader_clear(Object* o) {
  clearref(R(o)->input_iter);
  clearref(R(o)->dialect);
  clearref(R(o)->fields);
  return 0;
}

void reader_dealloc(Object* o) {
  gc_untrack(o);
  reader_clear(o);
  delete R(o)->field;
  free_object(o);
}

bool save_field(ReaderObject* r) {
  Object* field = str_from_valid(*r->field);
  r->field->clear();
  r->field_len = 0;
  if (!field) return false;
  if (r->numeric_field) {
    r->numeric_field = false;
    Object* f = number_float(field);
    decref(field);
    if (!f) return false;
    field = f;
  }
  int rc = list_append(r->fields, field);
  decref(field);
  return rc == 0;
}

bool add_char(ReaderObject* r, uint32_t c) {
  if (r->field_len >= g_field_limit) {
    err_format(&CsvErrorType, "field larger than field limit (%ld)", g_field_limit);
    return false;
  }
  utf8_append(*r->field, c);
  r->field_len++;
  return true;
}

bool is_crlf(uint32_t c) { return c == '\n' || c == '\r'; }

bool process_char(ReaderObject* r, uint32_t c) {
  DialectObject* d = D(r->dialect);
  switch (r->state) {
    case START_RECORD:
      if (c == EOL) break;  // an empty line: []
      if (is_crlf(c)) {
        r->state = EAT_CRNL;
        break;
      }
      r->state = START_FIELD;
      [[fallthrough]];
    case START_FIELD:
      if (is_crlf(c) || c == EOL) {
        if (!save_field(r)) return false;
        r->state = c == EOL ? START_RECORD : EAT_CRNL;
      } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
        r->state = IN_QUOTED_FIELD;
      } else if (c == d->escapechar) {
        r->state = ESCAPED_CHAR;
      } else if (c == ' ' && d->skipinitialspace) {
        // spaces at the start of a field are skipped
      } else if (c == d->delimiter) {
        if (!save_field(r)) return false;
      } else {
        if (d->quoting == QUOTE_NONNUMERIC) r->numeric_field = true;
        if (!add_char(r, c)) return false;
        r->state = IN_FIELD;
      }
      break;
    case ESCAPED_CHAR:
      if (is_crlf(c)) {
        if (!add_char(r, c)) return false;
        r->state = AFTER_ESCAPED_CRNL;
        break;
      }
      if (c == EOL) c = '\n';
      if (!add_char(r, c)) return false;
      r->state = IN_FIELD;
      break;
    case AFTER_ESCAPED_CRNL:
      if (c == EOL) break;
      [[fallthrough]];
    case IN_FIELD:
      if (is_crlf(c) || c == EOL) {
        if (!save_field(r)) return false;
        r->state = c == EOL ? START_RECORD : EAT_CRNL;
      } else if (c == d->escapechar) {
        r->state = ESCAPED_CHAR;
      } else if (c == d->delimiter) {
        if (!save_field(r)) return false;
        r->state = START_FIELD;
      } else if (!add_char(r, c)) {
        return false;
      }
      break;
    case IN_QUOTED_FIELD:
      if (c == EOL) {
        // a quoted field goes on on the next line
      } else if (c == d->escapechar) {
        r->state = ESCAPE_IN_QUOTED_FIELD;
      } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
        r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
      } else if (!add_char(r, c)) {
        return false;
      }
      break;
    case ESCAPE_IN_QUOTED_FIELD:
      if (c == EOL) c = '\n';
      if (!add_char(r, c)) return false;
      r->state = IN_QUOTED_FIELD;
      break;
    case QUOTE_IN_QUOTED_FIELD:
      if (d->quoting != QUOTE_NONE && c == d->quotechar) {  // "" is "
        if (!add_char(r, c)) return false;
        r->state = IN_QUOTED_FIELD;
      } else if (c == d->delimiter) {
        if (!save_field(r)) return false;
        r->state = START_FIELD;
      } else if (is_crlf(c) || c == EOL) {
        if (!save_field(r)) return false;
        r->state = c == EOL ? START_RECORD : EAT_CRNL;
      } else if (!d->strict) {
        if (!add_char(r, c)) return false;
        r->state = IN_FIELD;
      } else {
        std::string m = "'";
        utf8_append(m, d->delimiter);
        m += "' expected after '";
        utf8_append(m, d->quotechar);
        m += "'";
        err_set_string(&CsvErrorType, m.c_str());
        return false;
      }
      break;
    case EAT_CRNL:
      if (is_crlf(c)) break;
      if (c == EOL) {
        r->state = START_RECORD;
        break;
      }
      err_set_string(&CsvErrorType,
                     "new-line character seen in unquoted field - do you need to open the file in universal-newline "
                     "mode?");
      return false;
  }
  return true;
}

Object* reader_next(Object* self) {
  ReaderObject* r = R(self);
  if (!r->input_iter) return nullptr;  // cleared by the collector
  // A new row.
  Object* fields = list_new(0);
  if (!fields) return nullptr;
  xdecref(r->fields);
  r->fields = fields;
  r->field->clear();
  r->field_len = 0;
  r->state = START_RECORD;
  r->numeric_field = false;
  do {
    Object* line = iter_next(r->input_iter);
    if (!line) {
      if (!err_occurred() && (r->field_len != 0 || r->state == IN_QUOTED_FIELD)) {
        if (D(r->dialect)->strict)
          err_set_string(&CsvErrorType, "unexpected end of data");
        else if (save_field(r))
          break;
      }
      return nullptr;
    }
    if (!is_str(line)) {
      err_format(&CsvErrorType, "iterator should return strings, not %s (the file should be opened in text mode)",
                 type_name(line));
      decref(line);
      return nullptr;
    }
    r->line_num++;
    const char* p = str_utf8(line);
    const char* end = p + str_utf8_len(line);
    bool ok = true;
    while (ok && p < end) ok = process_char(r, utf8_next(p));
    decref(line);
    if (!ok || !process_char(r, EOL)) return nullptr;
  } while (r->state != START_RECORD);
  Object* row = r->fields;
  r->fields = nullptr;
  return row;
}

Object* reader_get_dialect(Object* self, void*) { return newref(R(self)->dialect); }
Object* reader_get_line_num(Object* self, void*) { return int_from_u64(R(self)->line_num); }

GetSetDef reader_getset[] = {
    {"dialect", reader_get_dialect, native::readonly_member, nullptr, nullptr},
    {"line_num", reader_get_line_num, native::readonly_member, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* csv_reader(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!unpack(nargs, 1, 2)) return nullptr;
  auto* r = native::alloc<ReaderObject>(&ReaderType);
  if (!r) return nullptr;
  r->field = new std::string();
  r->state = START_RECORD;
  r->input_iter = object_get_iter(args[0]);
  if (!r->input_iter) {
    decref(r);
    return nullptr;
  }
  r->dialect = call_dialect(nargs > 1 ? args[1] : nullptr, args + nargs, kwnames);
  if (!r->dialect) {
    decref(r);
    return nullptr;
  }
  gc_track(r);
  return r;
}

// ---- writer ----------------------------------------------------------------------------------

struct WriterObject : Object {
  Object* write;    // owned: the file's bound write method
  Object* dialect;  // owned DialectObject
};
WriterObject* W(Object* o) { return static_cast<WriterObject*>(o); }
using WriterRefs = RefFields<WriterObject, &WriterObject::write, &WriterObject::dialect>;

bool in_str(Object* s, uint32_t c) {
  const char* p = str_utf8(s);
  const char* end = p + str_utf8_len(s);
  while (p < end)
    if (utf8_next(p) == c) return true;
  return false;
}

// Append one field (null: None, an empty field) to the record.
bool join_field(DialectObject* d, std::string& rec, bool first, Object* field, bool quoted) {
  std::string body;
  if (field) {
    const char* p = str_utf8(field);
    const char* end = p + str_utf8_len(field);
    while (p < end) {
      uint32_t c = utf8_next(p);
      if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_str(d->lineterminator, c)) {
        bool escape = false;
        if (d->quoting == QUOTE_NONE) {
          escape = true;
        } else {
          if (c == d->quotechar) {
            if (d->doublequote)
              utf8_append(body, d->quotechar);
            else
              escape = true;
          } else if (c == d->escapechar) {
            escape = true;
          }
          if (!escape) quoted = true;
        }
        if (escape) {
          if (d->escapechar == NOT_SET) {
            err_set_string(&CsvErrorType, "need to escape, but no escapechar set");
            return false;
          }
          utf8_append(body, d->escapechar);
        }
      }
      utf8_append(body, c);
    }
  }
  if (!first) utf8_append(rec, d->delimiter);
  if (quoted) utf8_append(rec, d->quotechar);
  rec += body;
  if (quoted) utf8_append(rec, d->quotechar);
  return true;
}

// PyNumber_Check.
bool is_number(Object* o) {
  TypeObject* t = type_of(o);
  return t->nb_index || t->nb_int || t->nb_float || is_complex(o);
}

Object* writer_writerow(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "writerow", nargs, kwnames)) return nullptr;
  WriterObject* w = W(self);
  if (!w->write || !w->dialect) return err_format_null(Exc_ValueError, "writer is not initialized");
  DialectObject* d = D(w->dialect);
  Object* it = object_get_iter(args[0]);
  if (!it) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_format(&CsvErrorType, "iterable expected, not %s", type_name(args[0]));
    }
    return nullptr;
  }
  std::string rec;
  ssize nfields = 0;
  Object* field;
  while ((field = iter_next(it))) {
    bool quoted = d->quoting == QUOTE_ALL || (d->quoting == QUOTE_NONNUMERIC && !is_number(field));
    Object* s = field == None ? nullptr : is_str(field) ? newref(field) : object_str(field);
    decref(field);
    if (field != None && !s) {
      decref(it);
      return nullptr;
    }
    bool ok = join_field(d, rec, nfields == 0, s, quoted);
    xdecref(s);
    if (!ok) {
      decref(it);
      return nullptr;
    }
    nfields++;
  }
  decref(it);
  if (err_occurred()) return nullptr;
  if (nfields == 1 && rec.empty()) {  // a single empty field must be written as ""
    if (d->quoting == QUOTE_NONE) return err_format_null(&CsvErrorType, "single empty field record must be quoted");
    if (!join_field(d, rec, true, nullptr, true)) return nullptr;
  }
  rec.append(str_utf8(d->lineterminator), size_t(str_utf8_len(d->lineterminator)));
  Object* line = str_from_valid(rec);
  if (!line) return nullptr;
  Object* r = call(w->write, &line, 1);
  decref(line);
  return r;
}

Object* writer_writerows(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "writerows", nargs, kwnames)) return nullptr;
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  Object* row;
  while ((row = iter_next(it))) {
    Object* r = writer_writerow(self, &row, 1, nullptr);
    decref(row);
    if (!r) {
      decref(it);
      return nullptr;
    }
    decref(r);
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return none_ref();
}

MethodDef writer_methods[] = {
    {"writerow", writer_writerow, METH_DEFAULT, kWriterowDoc},
    {"writerows", writer_writerows, METH_DEFAULT, kWriterowsDoc},
    {nullptr, nullptr, 0, nullptr},
};

Object* writer_get_dialect(Object* self, void*) { return newref(W(self)->dialect); }

GetSetDef writer_getset[] = {
    {"dialect", writer_get_dialect, native::readonly_member, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* csv_writer(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!unpack(nargs, 1, 2)) return nullptr;
  auto* w = native::alloc<WriterObject>(&WriterType);
  if (!w) return nullptr;
  w->write = object_getattr_str(args[0], "write");
  if (!w->write) {
    if (!err_matches(Exc_AttributeError)) {
      decref(w);
      return nullptr;
    }
    err_clear();
  }
  if (!w->write || !is_callable(w->write)) {
    decref(w);
    return err_format_null(Exc_TypeError, "argument 1 must have a \"write\" method");
  }
  w->dialect = call_dialect(nargs > 1 ? args[1] : nullptr, args + nargs, kwnames);
  if (!w->dialect) {
    decref(w);
    return nullptr;
  }
  gc_track(w);
  return w;
}

// ---- the registry and the limit ------------------------------------------------------------

Object* csv_register_dialect(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!unpack(nargs, 1, 2)) return nullptr;
  if (!is_str(args[0])) return err_format_null(Exc_TypeError, "dialect name must be a string");
  Object* d = call_dialect(nargs > 1 ? args[1] : nullptr, args + nargs, kwnames);
  if (!d) return nullptr;
  int rc = dict_setitem(g_dialects, args[0], d);
  decref(d);
  return rc < 0 ? nullptr : none_ref();
}

Object* csv_unregister_dialect(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("unregister_dialect", kwnames) || !cont::check_nargs("unregister_dialect", nargs, 1, 1))
    return nullptr;
  if (dict_delitem(g_dialects, args[0]) < 0) {
    if (err_matches(Exc_KeyError)) {
      err_clear();
      err_set_string(&CsvErrorType, "unknown dialect");
    }
    return nullptr;
  }
  return none_ref();
}

Object* csv_get_dialect(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("get_dialect", kwnames) || !cont::check_nargs("get_dialect", nargs, 1, 1)) return nullptr;
  return dialect_from_registry(args[0]);
}

Object* csv_list_dialects(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("list_dialects", nargs, kwnames)) return nullptr;
  return dict_keys_list(g_dialects);
}

Object* csv_field_size_limit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {};
  if (!native::parse("field_size_limit", args, nargs, kwnames, "|new_limit", a, native::ArgStyle::Getargs))
    return nullptr;
  long old = g_field_limit;
  if (a[0]) {
    if (type_of(a[0]) != &IntType) return err_format_null(Exc_TypeError, "limit must be an integer");
    int64_t v = int_as_i64(a[0]);
    if (v == -1 && err_occurred()) return nullptr;
    g_field_limit = long(v);
  }
  return int_from_i64(old);
}

MethodDef functions[] = {
    {"reader", csv_reader, METH_DEFAULT, kReaderFnDoc},
    {"writer", csv_writer, METH_DEFAULT, kWriterFnDoc},
    {"list_dialects", csv_list_dialects, METH_DEFAULT, k_list_dialects},
    {"register_dialect", csv_register_dialect, METH_DEFAULT, k_register_dialect},
    {"unregister_dialect", csv_unregister_dialect, METH_DEFAULT, k_unregister_dialect},
    {"get_dialect", csv_get_dialect, METH_DEFAULT, k_get_dialect},
    {"field_size_limit", csv_field_size_limit, METH_DEFAULT, k_field_size_limit},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int ready_csv_types() {
  if (has_flag(&DialectType, TPFLAG_READY)) return 0;
  exception_type(&CsvErrorType, "_csv.Error", Exc_Exception);
  DialectType.tp_name = "_csv.Dialect";
  DialectType.tp_basicsize = sizeof(DialectObject);
  DialectType.tp_flags = TPFLAG_BASETYPE;
  DialectType.tp_new = dialect_new;
  DialectType.tp_dealloc = dialect_dealloc;
  DialectType.tp_getset = dialect_getset;
  DialectType.tp_methods = dialect_methods;
  DialectType.tp_doc = kDialectDoc;
  ReaderType.tp_name = "_csv.reader";
  ReaderType.tp_basicsize = sizeof(ReaderObject);
  ReaderType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  ReaderType.tp_dealloc = reader_dealloc;
  ReaderType.tp_traverse = reader_traverse;
  ReaderType.tp_clear = reader_clear;
  ReaderType.tp_iter = object_self_iter;
  ReaderType.tp_iternext = reader_next;
  ReaderType.tp_getset = reader_getset;
  ReaderType.tp_doc = kReaderDoc;
  WriterType.tp_name = "_csv.writer";
  WriterType.tp_basicsize = sizeof(WriterObject);
  WriterType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  WriterType.tp_dealloc = WriterRefs::dealloc;
  WriterType.tp_traverse = WriterRefs::traverse;
  WriterType.tp_clear = WriterRefs::clear;
  WriterType.tp_methods = writer_methods;
  WriterType.tp_getset = writer_getset;
  WriterType.tp_doc = kWriterDoc;
  for (TypeObject* t : {&CsvErrorType, &DialectType, &ReaderType, &WriterType})
    if (ready_static_type(t) < 0) return -1;
  return 0;
}

Object* init_csv_module() {
  if (ready_csv_types() < 0) return nullptr;
  if (!g_dialects && !(g_dialects = dict_new())) return nullptr;
  Object* m = native::make_module("_csv", kModuleDoc, functions, {});
  if (!m) return nullptr;
  struct {
    const char* name;
    Object* value;
  } const objs[] = {
      {"Error", &CsvErrorType}, {"Dialect", &DialectType}, {"Reader", &ReaderType},
      {"Writer", &WriterType},  {"_dialects", g_dialects},
  };
  bool ok = module_add_object(m, "__version__", str_from_cstr("1.0")) == 0;
  for (const auto& o : objs)
    if (ok) ok = module_add_object(m, o.name, newref(o.value)) == 0;
  for (int q = QUOTE_MINIMAL; ok && q <= QUOTE_NONE; q++) {
    static const char* const names[] = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"};
    ok = native::add_int(m, names[q], q) == 0;
  }
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

// At exit: the registry's dialects are dropped (before the leak check).
void csv_fini() { clearref(g_dialects); }

}  // namespace stdlib
