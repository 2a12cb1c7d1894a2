// Frames: allocation from a per-thread cache, FrameType and its attributes.
#include "frame.h"

#include <cstdio>
#include <cstring>

#include "function.h"

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

Object* frame_get_locals(Frame* f) {
  if (f->locals) return newref(f->locals);
  CodeObject* co = f->code;
  Object* d = dict_new();
  if (!d) return nullptr;
  for (int i = 0; i < co->nlocals; ++i) {
    Object* v = f->localsplus[i];
    if (v && dict_setitem(d, tuple_get(co->varnames, i), v) < 0) { decref(d); return nullptr; }
  }
  for (int i = 0; i < co->ncells + co->nfrees; ++i) {
    Object* c = f->localsplus[co->nlocals + i];
    Object* v = c && is_cell(c) ? cell_get(c) : nullptr;
    if (!v) continue;
    Object* name = i < co->ncells ? tuple_get(co->cellvars, i) : tuple_get(co->freevars, i - co->ncells);
    if (dict_setitem(d, name, v) < 0) { decref(d); return nullptr; }
  }
  return d;
}

namespace {

void frame_clear_slots(Frame* f) {
  int n = f->code->nlocalsplus();
  for (int i = 0; i < n; ++i) clearref(f->localsplus[i]);
  Object** stack = f->stack_base();
  for (int i = 0; i < f->stacktop; ++i) clearref(stack[i]);
  f->stacktop = 0;
}

void frame_dealloc(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  if (gc_is_tracked(o)) gc_untrack(o);
  frame_clear_slots(f);
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
  if (!f->code) return 0;
  int n = f->code->nlocalsplus();
  for (int i = 0; i < n; ++i)
    if (int r = v(f->localsplus[i])) return r;
  Object** stack = f->stack_base();
  for (int i = 0; i < f->stacktop; ++i)
    if (int r = v(stack[i])) return r;
  return 0;
}

int frame_tp_clear(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  if (f->state == FRAME_EXECUTING) return 0;
  if (f->code) frame_clear_slots(f);
  clearref(f->locals);
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
  if (f->back && f->state == FRAME_EXECUTING) return newref(static_cast<Object*>(f->back));
  return none_ref();
}
Object* f_code(Object* o, void*) { return newref(static_cast<Object*>(static_cast<Frame*>(o)->code)); }
Object* f_globals(Object* o, void*) { return newref(static_cast<Frame*>(o)->globals); }
Object* f_builtins(Object* o, void*) { return newref(static_cast<Frame*>(o)->builtins); }
Object* f_locals(Object* o, void*) { return frame_get_locals(static_cast<Frame*>(o)); }
Object* f_lineno(Object* o, void*) {
  Frame* f = static_cast<Frame*>(o);
  return int_from_i64(f->state == FRAME_CREATED ? f->code->firstlineno : f->lineno());
}
Object* f_lasti(Object* o, void*) {
  Frame* f = static_cast<Frame*>(o);
  int i = f->lasti();
  return int_from_i64(i < 0 ? -1 : i * 2);
}
Object* f_trace(Object*, void*) { return none_ref(); }

GetSetDef frame_getset[] = {
    {"f_back", f_back, nullptr, nullptr, nullptr},
    {"f_code", f_code, nullptr, nullptr, nullptr},
    {"f_globals", f_globals, nullptr, nullptr, nullptr},
    {"f_builtins", f_builtins, nullptr, nullptr, nullptr},
    {"f_locals", f_locals, nullptr, nullptr, nullptr},
    {"f_lineno", f_lineno, nullptr, nullptr, nullptr},
    {"f_lasti", f_lasti, nullptr, nullptr, nullptr},
    {"f_trace", f_trace, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* frame_clear_meth(Object* self, Object* const*, ssize, Object*) {
  Frame* f = static_cast<Frame*>(self);
  if (f->state == FRAME_EXECUTING) {
    err_set_string(Exc_RuntimeError, "cannot clear an executing frame");
    return nullptr;
  }
  frame_tp_clear(self);
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
