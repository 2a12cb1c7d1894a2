// Traceback objects and CPython's default exception display.
#include "traceback.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "function.h"

namespace rt {
TypeObject TracebackType;
}

namespace interp {

using namespace rt;

// ---------------------------------------------------------------------------
// Traceback objects
// ---------------------------------------------------------------------------
Object* traceback_new(Object* next, Frame* frame, int lasti, int lineno) {
  auto* tb = static_cast<TracebackObject*>(alloc_object(&TracebackType, sizeof(TracebackObject)));
  if (!tb) return nullptr;
  tb->tb_next = xnewref(next);
  tb->tb_frame = newref(frame);
  tb->tb_lasti = lasti;
  tb->tb_lineno = lineno;
  gc_track(tb);
  return tb;
}

void traceback_add_here(Frame* f) {
  Object* exc = tstate()->curexc;
  if (!exc) return;
  Object* tb = traceback_new(exc_get_traceback(exc), f, f->lasti(), f->lineno());
  if (!tb) return;  // MemoryError replaced the exception
  exc_set_traceback(exc, tb);
  decref(tb);
}

namespace {

void tb_dealloc(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  gc_untrack(o);
  clearref(tb->tb_next);
  clearref(tb->tb_frame);
  free_object(o);
}

int tb_traverse(Object* o, visitproc visit, void* arg) {
  auto* tb = static_cast<TracebackObject*>(o);
  if (tb->tb_next)
    if (int r = visit(tb->tb_next, arg)) return r;
  if (tb->tb_frame)
    if (int r = visit(tb->tb_frame, arg)) return r;
  return 0;
}

int tb_clear(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  clearref(tb->tb_next);
  clearref(tb->tb_frame);
  return 0;
}

Object* tb_get_next(Object* o, void*) {
  auto* tb = static_cast<TracebackObject*>(o);
  return tb->tb_next ? newref(tb->tb_next) : none_ref();
}
int tb_set_next(Object* o, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "can't delete tb_next attribute");
    return -1;
  }
  if (v == None) v = nullptr;
  if (v && !is_traceback(v)) {
    err_format(Exc_TypeError, "expected traceback object, got '%s'", type_name(v));
    return -1;
  }
  for (Object* c = v; c; c = static_cast<TracebackObject*>(c)->tb_next) {
    if (c == o) {
      err_set_string(Exc_ValueError, "traceback loop detected");
      return -1;
    }
  }
  setref(static_cast<TracebackObject*>(o)->tb_next, xnewref(v));
  return 0;
}
Object* tb_get_frame(Object* o, void*) {
  auto* tb = static_cast<TracebackObject*>(o);
  return tb->tb_frame ? newref(static_cast<Object*>(tb->tb_frame)) : none_ref();
}
Object* tb_get_lineno(Object* o, void*) { return int_from_i64(static_cast<TracebackObject*>(o)->tb_lineno); }
Object* tb_get_lasti(Object* o, void*) {
  int l = static_cast<TracebackObject*>(o)->tb_lasti;
  return int_from_i64(l < 0 ? -1 : int64_t(l) * 4);  // bytes: 4 per instruction
}

GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// An int argument of TracebackType(): operator.index, then a C int.
bool tb_int_arg(Object* v, int* out) {
  Object* i = number_index(v);
  if (!i) return false;
  int64_t x = int_as_i64(i);
  decref(i);
  if ((x == -1 && err_occurred()) || x > INT32_MAX || x < INT32_MIN) {
    err_clear();
    err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

Object* tb_tp_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
  Object* a[4] = {};
  if (!parse_clinic_args("TracebackType", kNames, 4, 4, args, nargs, kwnames, a)) return nullptr;
  Object* next = a[0] == None ? nullptr : a[0];
  if (next && !is_traceback(next)) {
    err_format(Exc_TypeError, "expected traceback object or None, got '%s'", type_name(next));
    return nullptr;
  }
  if (type_of(a[1]) != &FrameType) {
    err_format(Exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s", type_name(a[1]));
    return nullptr;
  }
  int lasti, lineno;
  if (!tb_int_arg(a[2], &lasti) || !tb_int_arg(a[3], &lineno)) return nullptr;
  // tb_lasti is in bytes, 4 per instruction.
  return traceback_new(next, static_cast<Frame*>(a[1]), lasti < 0 ? -1 : lasti / 4, lineno);
}

// ---------------------------------------------------------------------------
// Source lines (cached per file; the GIL protects the cache)
// ---------------------------------------------------------------------------
std::map<std::string, std::vector<std::string>>* g_line_cache = nullptr;

const std::vector<std::string>* file_lines(const std::string& path) {
  if (!g_line_cache) g_line_cache = new std::map<std::string, std::vector<std::string>>();
  auto it = g_line_cache->find(path);
  if (it != g_line_cache->end()) return &it->second;
  if (path.empty() || path[0] == '<') return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // A file with a coding declaration is shown decoded by it (kept as it is
  // when that fails: the display never raises).
  if (has_declared_encoding(text)) {
    Object* saved = err_fetch();
    std::string decoded = text;
    if (decode_source_bytes(decoded, path.c_str())) text.swap(decoded);
    err_clear();
    err_restore(saved);
  }
  std::istringstream src(text);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(src, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  auto res = g_line_cache->emplace(path, std::move(lines));
  return &res.first->second;
}

std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f\v\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\f\v\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::string source_line(Object* filename, int lineno) {
  std::string raw;
  if (!source_line_raw(filename, lineno, &raw)) return "";
  return strip(raw);
}

bool source_line_raw(Object* filename, int lineno, std::string* out) {
  if (!filename || !is_str(filename) || lineno < 1) return false;
  const std::vector<std::string>* lines = file_lines(std::string(str_view(filename)));
  if (!lines || size_t(lineno) > lines->size()) return false;
  *out = (*lines)[size_t(lineno - 1)];
  return true;
}

void traceback_fini() {
  delete g_line_cache;
  g_line_cache = nullptr;
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------
namespace {

std::string safe_str(Object* o) {
  Object* s = object_str(o);
  if (!s) {
    err_clear();
    return "<exception str() failed>";
  }
  std::string r(str_view(s));
  decref(s);
  return r;
}

std::string attr_str(Object* o, Object* name, bool* present) {
  bool err = false;
  Object* v = object_lookup_attr(o, name, &err);
  if (err) err_clear();
  *present = v && v != None;
  std::string r;
  if (*present) r = is_str(v) ? std::string(str_view(v)) : safe_str(v);
  xdecref(v);
  return r;
}

long attr_long(Object* o, Object* name, bool* present) {
  bool err = false;
  Object* v = object_lookup_attr(o, name, &err);
  if (err) err_clear();
  *present = v && is_int(v);
  long r = *present ? long(int_as_i64(v)) : 0;
  if (err_occurred()) err_clear();
  xdecref(v);
  return r;
}

std::string exc_type_name(Object* exc) {
  TypeObject* tp = type_of(exc);
  std::string name;
  Object* qn = type_qualname(tp);
  if (qn && is_str(qn)) {
    name = std::string(str_view(qn));
  } else {
    err_clear();
    name = tp->tp_name;
  }
  xdecref(qn);
  Object* mod = type_module_name(tp);
  if (!mod) err_clear();
  if (mod && is_str(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__"))
    name = std::string(str_view(mod)) + "." + name;
  xdecref(mod);
  return name;
}

// The SyntaxError display: location, source line and caret.
std::string format_syntax_error(Object* exc) {
  std::string out;
  bool has_file, has_line, has_off, has_text, has_msg;
  std::string filename = attr_str(exc, names::filename, &has_file);
  long lineno = attr_long(exc, names::lineno, &has_line);
  long offset = attr_long(exc, names::offset, &has_off);
  std::string text = attr_str(exc, names::text, &has_text);
  std::string msg = attr_str(exc, names::msg, &has_msg);
  if (!has_file) filename = "<string>";
  if (has_line) out += "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
  if (has_text) {
    // Strip trailing newline and leading whitespace, moving the caret accordingly.
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    size_t lead = 0;
    while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t' || text[lead] == '\f')) ++lead;
    std::string shown = text.substr(lead);
    out += "    " + shown + "\n";
    if (has_off && offset >= 1) {
      // offset counts code points (1-based); the leading whitespace stripped above is ASCII.
      long shown_len = 0;
      for (unsigned char ch : shown)
        if ((ch & 0xC0) != 0x80) ++shown_len;
      long col = offset - 1 - long(lead);
      if (col < 0) col = 0;
      if (col > shown_len) col = shown_len;
      bool has_end_line, has_end_off;
      long end_lineno = attr_long(exc, names::end_lineno, &has_end_line);
      long end_offset = attr_long(exc, names::end_offset, &has_end_off);
      long carets = 1;
      // An end past the text stops at its end (one past its last character).
      if (end_offset > long(lead) + shown_len + 1) end_offset = long(lead) + shown_len + 1;
      if (has_end_off && (!has_end_line || end_lineno == lineno) && end_offset > offset)
        carets = end_offset - offset;
      out += "    " + std::string(size_t(col), ' ') + std::string(size_t(carets), '^') + "\n";
    }
  }
  std::string tname = exc_type_name(exc);
  if (!has_msg) msg = safe_str(exc);
  out += msg.empty() ? tname + "\n" : tname + ": " + msg + "\n";
  return out;
}

}  // namespace

std::string format_tb(Object* tb) {
  std::string out;
  Object* last_file = nullptr;
  int last_line = -1;
  Object* last_name = nullptr;
  long cnt = 0;
  constexpr long CUTOFF = 3;
  auto repeated = [&](long n) {
    n -= CUTOFF;
    out += "  [Previous line repeated " + std::to_string(n) + " more time" + (n > 1 ? "s" : "") + "]\n";
  };
  for (; tb; tb = static_cast<TracebackObject*>(tb)->tb_next) {
    auto* t = static_cast<TracebackObject*>(tb);
    CodeObject* co = t->tb_frame->code;
    if (!last_file || !str_equal(co->filename, last_file) || t->tb_lineno != last_line ||
        !str_equal(co->name, last_name)) {
      if (cnt > CUTOFF) repeated(cnt);
      last_file = co->filename;
      last_line = t->tb_lineno;
      last_name = co->name;
      cnt = 0;
    }
    ++cnt;
    if (cnt > CUTOFF) continue;
    out += "  File \"";
    out += str_view(co->filename);
    out += "\", line " + std::to_string(t->tb_lineno) + ", in ";
    out += str_view(co->name);
    out += "\n";
    std::string raw;
    if (source_line_raw(co->filename, t->tb_lineno, &raw)) {
      // CPython's printer removes the indentation and keeps trailing spaces.
      size_t lead = 0;
      while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\t' || raw[lead] == '\f')) ++lead;
      if (lead < raw.size()) {
        out += "    " + raw.substr(lead) + "\n";
        std::string carets = traceback_caret_line(co, t->tb_lasti, t->tb_lineno, raw);
        if (!carets.empty()) out += "    " + carets + "\n";
      }
    }
  }
  if (cnt > CUTOFF) repeated(cnt);
  return out;
}

// PEP 678 notes, one per line after the message (a str note as is, another
// object by str()).  As CPython 3.11 prints them: any sequence is iterated (a
// str __notes__ one character per line); anything else is shown by its repr,
// without a newline.
std::string format_notes(Object* exc) {
  bool err = false;
  Object* notes = object_lookup_attr(exc, names::__notes__, &err);
  if (err) err_clear();
  if (!notes) return "";
  std::string out;
  Object* items = nullptr;
  if (is_list(notes) || is_tuple(notes)) {
    items = newref(notes);
  } else if (!is_dict(notes) && type_lookup(type_of(notes), names::__getitem__)) {
    items = sequence_list(notes);
    if (!items) err_clear();
  }
  if (items) {
    ssize n = size_of(items);
    for (ssize i = 0; i < n; ++i) {
      Object* note = is_list(items) ? list_get(items, i) : tuple_get(items, i);
      out += is_str(note) ? std::string(str_view(note)) : safe_str(note);
      out += "\n";
    }
    decref(items);
  } else {
    Object* r = object_repr(notes);
    if (r) {
      out = std::string(str_view(r));
      decref(r);
    } else {
      err_clear();
      out = "<__notes__ repr() failed>";
    }
  }
  decref(notes);
  return out;
}

std::string format_exception_only(Object* exc) {
  if (!is_exception(exc)) return exc_type_name(exc) + ": " + safe_str(exc) + "\n";
  if (is_instance_of(exc, Exc_SyntaxError)) return format_syntax_error(exc) + format_notes(exc);
  std::string name = exc_type_name(exc);
  std::string msg = safe_str(exc);
  std::string out = msg.empty() ? name : name + ": " + msg;
  return out + suggestion_suffix(exc) + "\n" + format_notes(exc);
}

void print_exception(Object* exc, Object* file) {
  Object* saved = err_fetch();
  std::string out = format_exception_tree(exc);
  if (!file) file = sys_get_object("stderr");
  bool written = false;
  if (file && file != None) {
    Object* s = str_from(out);
    if (s) {
      written = file_write_str(file, s) >= 0;
      decref(s);
      Object* r = call_method0(file, names::flush);
      if (r) decref(r);
    }
    if (!written || err_occurred()) err_clear();
  }
  if (!written) {
    size_t off = 0;
    while (off < out.size()) {
      ssize_t n = ::write(2, out.data() + off, out.size() - off);
      if (n <= 0) break;
      off += size_t(n);
    }
  }
  err_restore(saved);
}

void init_traceback_type() {
  TypeObject& t = TracebackType;
  t.tp_name = "traceback";
  t.tp_basicsize = sizeof(TracebackObject);
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = tb_dealloc;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_traverse = tb_traverse;
  t.tp_clear = tb_clear;
  t.tp_getset = tb_getset;
  t.tp_new = tb_tp_new;
  type_ready(&t);
}

}  // namespace interp
