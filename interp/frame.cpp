// Frames: allocation from a per-thread cache, FrameType and its attributes.
#include "frame.h"

#include <cstdio>
#include <cstring>
#include <new>

#include "function.h"
#include "tracing.h"

namespace rt {
TypeObject FrameType;
}

namespace interp {

using namespace rt;

namespace {

// Capacity classes of cached frames: 16, 32, 64, 128, 256 slots.  Bigger
// frames are allocated and freed each time (rare).
constexpr int NCLASSES = 5;
constexpr int MIN_CAP_SHIFT = 4;
constexpr int CACHE_PER_CLASS = 64;

// The frame cache of one thread.  Frames on it are unlinked from the refchain
// and untracked; their slots may hold stale pointers (frame_new clears the
// locals).  Frames can be freed on another thread
// than the one that made them (generators): they go to the freeing thread's
// cache, which is fine because all of them have the same layout.
struct FrameCache {
  Frame* head[NCLASSES] = {};
  int count[NCLASSES] = {};
  ThreadState* owner = nullptr;
};
thread_local FrameCache t_cache;

inline int size_class(int needed) {
  int cap = 1 << MIN_CAP_SHIFT;
  for (int c = 0; c < NCLASSES; ++c, cap <<= 1)
    if (needed <= cap) return c;
  return -1;
}

// localsplus is the last member and pointer-aligned, so sizeof(Frame) ends right after localsplus[0].
inline size_t frame_bytes(int capacity) { return sizeof(Frame) - sizeof(Object*) + sizeof(Object*) * size_t(capacity); }

}  // namespace

Frame* frame_new(CodeObject* code, FunctionObject* func, Object* globals, Object* builtins, Object* locals) {
  int needed = code->nlocalsplus() + code->stacksize + 1;
  int cls = size_class(needed);
  Frame* f;
  FrameCache& cache = t_cache;
  if (cls >= 0 && cache.head[cls]) {
    f = cache.head[cls];
    cache.head[cls] = f->back;
    cache.count[cls]--;
    reinit_object(f, &FrameType);
    // Stack slots of the previous user may hold stale pointers: the locals must start empty.
    std::memset(f->localsplus, 0, sizeof(Object*) * size_t(code->nlocalsplus()));
  } else {
    int cap = cls >= 0 ? (1 << (cls + MIN_CAP_SHIFT)) : needed;
    f = static_cast<Frame*>(alloc_object(&FrameType, frame_bytes(cap)));
    if (!f) return nullptr;
    f->capacity = cap;
    f->from_cache = cls >= 0;
  }
  f->back = nullptr;
  f->code = newref(code);
  f->func = xnewref(func);
  f->globals = newref(globals);
  f->builtins = newref(builtins);
  f->locals = xnewref(locals);
  f->gen = nullptr;
  f->next_instr = code->instrs;
  f->stacktop = 0;
  f->nblocks = 0;
  f->state = FRAME_CREATED;
  // extras is null here: zeroed by alloc_object, freed by frame_dealloc before caching.
  return f;
}

int frame_init_cells(Frame* f, Object* closure) {
  CodeObject* co = f->code;
  Object** slots = f->localsplus + co->nlocals;
  for (int i = 0; i < co->ncells; ++i) {
    Object* init = nullptr;
    int arg = co->cell2arg ? co->cell2arg[i] : -1;
    if (arg >= 0) init = f->localsplus[arg];
    Object* c = cell_new(init);
    if (!c) return -1;
    if (arg >= 0) clearref(f->localsplus[arg]);
    setref(slots[i], c);
  }
  if (co->nfrees) {
    if (!closure || !is_tuple(closure) || size_of(closure) < co->nfrees) {
      err_set_string(Exc_SystemError, "code requires a closure of the right size");
      return -1;
    }
    for (int i = 0; i < co->nfrees; ++i) setref(slots[co->ncells + i], newref(tuple_get(closure, i)));
  }
  return 0;
}

Object* builtins_for_globals(Object* globals) {
  Object* b = globals ? dict_getitem_known_hash(globals, names::__builtins__, str_hash(names::__builtins__)) : nullptr;
  if (b) {
    if (is_dict(b)) return b;
    if (type_of(b) == &ModuleType) return module_get_dict(b);
  }
  return interp_state()->builtins;
}

// ---- f_locals of optimized frames --------------------------------------------
//
// As in CPython 3.11, an optimized (function) frame has one f_locals dict,
// made on first use and refreshed from the fast locals and cells on every
// read (frame.f_locals, locals(), before each trace call): bound variables are
// set, unbound ones removed, other keys (an exec() into locals()) kept.
// After a trace function returns, frame_locals_to_fast writes the dict back,
// so a debugger can change a local through frame.f_locals.

namespace {

// The cell index whose variable is also parameter `arg` (its value lives in the cell), or -1.
int cell_of_arg(CodeObject* co, int arg) {
  if (!co->cell2arg) return -1;
  for (int c = 0; c < co->ncells; ++c)
    if (co->cell2arg[c] == arg) return c;
  return -1;
}

// c indexes cells then free variables; only a cell can be a parameter's.
bool cell_is_arg(CodeObject* co, int c) { return c < co->ncells && co->cell2arg && co->cell2arg[c] >= 0; }

Object* localsplus_name(CodeObject* co, int i) {
  if (i < co->nlocals) return tuple_get(co->varnames, i);
  i -= co->nlocals;
  return i < co->ncells ? tuple_get(co->cellvars, i) : tuple_get(co->freevars, i - co->ncells);
}

// Set or remove one name of the snapshot.
int sync_one(Object* d, Object* name, Object* v) {
  if (v) return dict_setitem(d, name, v);
  int has = dict_contains(d, name);
  if (has <= 0) return has;
  return dict_delitem(d, name);
}

}  // namespace

void frame_outlives_call(Frame* f) {
  Frame* caller = tstate()->frame;  // the caller runs again
  if (caller && !f->back && !f->gen) {
    f->back = caller;
    incref(caller);
    f->back_owned = true;
  }
  if (!gc_is_tracked(f)) gc_track(f);
}

FrameExtras* frame_extras(Frame* f) {
  if (!f->extras) {
    f->extras = new (std::nothrow) FrameExtras();
    if (!f->extras) err_no_memory();
  }
  return f->extras;
}

Object* frame_get_locals(Frame* f) {
  if (f->locals) return newref(f->locals);
  CodeObject* co = f->code;
  FrameExtras* x = frame_extras(f);
  if (!x) return nullptr;
  if (!x->locals_snapshot) {
    x->locals_snapshot = dict_new();
    if (!x->locals_snapshot) return nullptr;
  }
  Object* d = x->locals_snapshot;
  for (int i = 0; i < co->nlocalsplus(); ++i) {
    Object* v = f->localsplus[i];
    if (i >= co->nlocals) {
      if (cell_is_arg(co, i - co->nlocals)) continue;  // reported with its parameter
      v = v && is_cell(v) ? cell_get(v) : nullptr;
    } else if (!v) {
      int c = cell_of_arg(co, i);
      Object* cell = c >= 0 ? f->localsplus[co->nlocals + c] : nullptr;
      v = cell && is_cell(cell) ? cell_get(cell) : nullptr;
    }
    if (sync_one(d, localsplus_name(co, i), v) < 0) return nullptr;
  }
  return newref(d);
}

int frame_locals_to_fast(Frame* f) {
  Object* d = f->extras ? f->extras->locals_snapshot : nullptr;
  if (!d || f->locals) return 0;
  CodeObject* co = f->code;
  for (int i = 0; i < co->nlocalsplus(); ++i) {
    Object* v = dict_getitem(d, localsplus_name(co, i));
    if (!v && err_occurred()) return -1;
    Object** slot = &f->localsplus[i];
    if (i >= co->nlocals) {
      if (cell_is_arg(co, i - co->nlocals)) continue;
    } else if (!*slot) {
      int c = cell_of_arg(co, i);
      if (c >= 0) slot = &f->localsplus[co->nlocals + c];
    }
    if (slot != &f->localsplus[i] || i >= co->nlocals) {
      // A cell: write its contents.
      if (*slot && is_cell(*slot) && cell_get(*slot) != v) cell_set(*slot, v);
      continue;
    }
    if (*slot != v) {
      Object* old = *slot;
      *slot = xnewref(v);
      xdecref(old);
    }
  }
  return 0;
}

namespace {

void frame_clear_slots(Frame* f) {
  int n = f->code->nlocalsplus();
  for (int i = 0; i < n; ++i) clearref(f->localsplus[i]);
  Object** stack = f->stack_base();
  for (int i = 0; i < f->stacktop; ++i) clearref(stack[i]);
  f->stacktop = 0;
}

void drop_back(Frame* f) {
  Frame* b = f->back;
  f->back = nullptr;
  f->back_owned = false;
  decref(b);
}

__attribute__((noinline, cold)) void free_extras(Frame* f) {
  FrameExtras* x = f->extras;
  f->extras = nullptr;
  xdecref(x->trace);
  xdecref(x->locals_snapshot);
  delete x;
}

void frame_dealloc(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  if (gc_is_tracked(o)) gc_untrack(o);
  frame_clear_slots(f);
  if (__builtin_expect(f->extras != nullptr, 0)) free_extras(f);
  if (f->back_owned) drop_back(f);
  clearref(f->func);
  clearref(f->globals);
  clearref(f->builtins);
  clearref(f->locals);
  CodeObject* code = f->code;
  f->code = nullptr;
  decref(code);
  if (f->from_cache) {
    int cls = size_class(f->capacity);
    FrameCache& cache = t_cache;
    if (cls >= 0 && cache.count[cls] < CACHE_PER_CLASS) {
      f->back = cache.head[cls];
      cache.head[cls] = f;
      cache.count[cls]++;
      return;
    }
  }
  free_object(o);
}

int frame_traverse(Object* o, visitproc visit, void* arg) {
  Frame* f = static_cast<Frame*>(o);
  auto v = [&](Object* x) { return x ? visit(x, arg) : 0; };
  if (int r = v(f->func)) return r;
  if (int r = v(f->globals)) return r;
  if (int r = v(f->builtins)) return r;
  if (int r = v(f->locals)) return r;
  if (f->back_owned)
    if (int r = v(f->back)) return r;
  if (f->extras) {
    if (int r = v(f->extras->trace)) return r;
    if (int r = v(f->extras->locals_snapshot)) return r;
  }
  if (!f->code) return 0;
  int n = f->code->nlocalsplus();
  for (int i = 0; i < n; ++i)
    if (int r = v(f->localsplus[i])) return r;
  Object** stack = f->stack_base();
  for (int i = 0; i < f->stacktop; ++i)
    if (int r = v(stack[i])) return r;
  return 0;
}

// frame.clear(): the locals, the stack, f_trace and the f_locals dict (f_back stays).
void frame_clear_contents(Frame* f) {
  if (f->code) frame_clear_slots(f);
  clearref(f->locals);
  if (f->extras) {
    clearref(f->extras->trace);
    clearref(f->extras->locals_snapshot);
  }
}

int frame_tp_clear(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  if (f->state == FRAME_EXECUTING) return 0;
  frame_clear_contents(f);
  if (f->back_owned) drop_back(f);
  return 0;
}

Object* frame_repr(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  char buf[512];
  snprintf(buf, sizeof buf, "<frame at %p, file '%s', line %d, code %s>", (void*)o, str_utf8(f->code->filename),
           f->state == FRAME_CREATED ? f->code->firstlineno : f->lineno(), str_utf8(f->code->name));
  return str_from_cstr(buf);
}

Object* f_back(Object* o, void*) {
  Frame* f = static_cast<Frame*>(o);
  if (f->back && (f->state == FRAME_EXECUTING || f->back_owned)) return newref(static_cast<Object*>(f->back));
  return none_ref();
}
Object* f_code(Object* o, void*) { return newref(static_cast<Object*>(static_cast<Frame*>(o)->code)); }
Object* f_globals(Object* o, void*) { return newref(static_cast<Frame*>(o)->globals); }
Object* f_builtins(Object* o, void*) { return newref(static_cast<Frame*>(o)->builtins); }
Object* f_locals(Object* o, void*) { return frame_get_locals(static_cast<Frame*>(o)); }
Object* f_lineno(Object* o, void*) {
  Frame* f = static_cast<Frame*>(o);
  // Module code starts at line 0 (where CPython 3.11 puts its RESUME): a
  // 'call' trace event of a module reports f_lineno 0.
  if (f->lasti() < 0 && (f->code->flags & CO_MODULE)) return int_from_i64(0);
  return int_from_i64(f->lineno());
}
Object* f_lasti(Object* o, void*) {
  Frame* f = static_cast<Frame*>(o);
  int i = f->lasti();
  return int_from_i64(i < 0 ? -1 : int64_t(i) * 4);
}
Object* f_trace(Object* o, void*) {
  Object* t = frame_trace(static_cast<Frame*>(o));
  return t ? newref(t) : none_ref();
}
int f_set_trace(Object* o, Object* v, void*) {
  Frame* f = static_cast<Frame*>(o);
  if (v == None) v = nullptr;
  if (!v && !f->extras) return 0;
  FrameExtras* x = frame_extras(f);
  if (!x) return -1;
  setref(x->trace, xnewref(v));
  if (v) trace_frame_wants_events(f);
  return 0;
}

// f_trace_lines / f_trace_opcodes: bool members (closure 0 / 1).
Object* f_trace_flag(Object* o, void* which) {
  Frame* f = static_cast<Frame*>(o);
  if (!f->extras) return bool_ref(!which);  // the defaults: lines on, opcodes off
  return bool_ref(which ? f->extras->trace_opcodes : f->extras->trace_lines);
}
int f_set_trace_flag(Object* o, Object* v, void* which) {
  if (!v) {
    err_set_string(Exc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (!is_bool(v)) {
    err_set_string(Exc_TypeError, "attribute value type must be bool");
    return -1;
  }
  FrameExtras* x = frame_extras(static_cast<Frame*>(o));
  if (!x) return -1;
  (which ? x->trace_opcodes : x->trace_lines) = v == True;
  return 0;
}

GetSetDef frame_getset[] = {
    {"f_back", f_back, nullptr, nullptr, nullptr},
    {"f_code", f_code, nullptr, nullptr, nullptr},
    {"f_globals", f_globals, nullptr, nullptr, nullptr},
    {"f_builtins", f_builtins, nullptr, nullptr, nullptr},
    {"f_locals", f_locals, nullptr, nullptr, nullptr},
    {"f_lineno", f_lineno, frame_set_lineno, nullptr, nullptr},
    {"f_lasti", f_lasti, nullptr, nullptr, nullptr},
    {"f_trace", f_trace, f_set_trace, nullptr, nullptr},
    {"f_trace_lines", f_trace_flag, f_set_trace_flag, nullptr, nullptr},
    {"f_trace_opcodes", f_trace_flag, f_set_trace_flag, nullptr, reinterpret_cast<void*>(1)},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* frame_clear_meth(Object* self, Object* const*, ssize, Object*) {
  Frame* f = static_cast<Frame*>(self);
  if (f->state == FRAME_EXECUTING) {
    err_set_string(Exc_RuntimeError, "cannot clear an executing frame");
    return nullptr;
  }
  if (f->gen && f->state == FRAME_SUSPENDED) {
    // A suspended generator is closed first (its finally blocks run), as in CPython.
    Object* gen = reinterpret_cast<Object*>(f->gen);
    incref(gen);
    Object* r = call_method0(gen, names::close);
    decref(gen);
    if (!r) return nullptr;
    decref(r);
  }
  frame_clear_contents(f);
  return none_ref();
}

MethodDef frame_methods[] = {
    {"clear", frame_clear_meth, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void frame_cache_clear() {
  FrameCache& cache = t_cache;
  for (int c = 0; c < NCLASSES; ++c) {
    while (Frame* f = cache.head[c]) {
      cache.head[c] = f->back;
      free_object(f);
    }
    cache.count[c] = 0;
  }
}

void init_frame_type() {
  TypeObject& t = FrameType;
  t.tp_name = "frame";
  t.tp_basicsize = sizeof(Frame);
  t.tp_itemsize = sizeof(Object*);
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = frame_dealloc;
  t.tp_repr = frame_repr;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_traverse = frame_traverse;
  t.tp_clear = frame_tp_clear;
  t.tp_getset = frame_getset;
  t.tp_methods = frame_methods;
  type_ready(&t);
}

}  // namespace interp
