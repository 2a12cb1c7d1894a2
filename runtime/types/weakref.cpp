// Weak references: _weakref.ref (weakref.ReferenceType), the per-object
// lists of weak references, and clearing them when the referent dies.
//
// How it works
// ------------
// An object whose type has a nonzero tp_weaklistoffset has one word (its
// "weak list") holding the first weak reference to it, or null.  Each weak
// reference (WeakRefObject: ref, a subclass of ref, or a proxy) points at its
// referent without owning a reference, and sits on the referent's list,
// doubly linked through wr_prev/wr_next.  The list is kept in CPython's
// order, which scripts can see through getweakrefs() and the order in which
// callbacks run:
//
//   head → [basic ref] → [basic proxy] → newest other ... → oldest other
//
// The "basic" ref is an exact ref without callback, the basic proxy a proxy
// without callback; there is at most one of each and weakref.ref(o) (resp.
// proxy(o)) returns the existing one, so `ref(o) is ref(o)`.  Every other
// weak reference (with a callback, or of a subclass of ref) is inserted right
// after the basic ones, so the newest comes first.
//
// When the referent dies by reference counting, its tp_dealloc calls
// clear_weakrefs(o) (api.h), CPython's PyObject_ClearWeakRefs: every weak
// reference on the list is unlinked and forgets the referent FIRST, and only
// then are the callbacks called, in list order (newest first), each with its
// weak reference as the argument; so a callback finds every weak reference to
// the object already dead and cannot reach the dying object.  A callback is
// taken off its weak reference before it is called (ref.__callback__ is None
// afterwards), is called only if the weak reference is itself alive
// (refcount > 0), and an exception in it is reported as unraisable
// ("Exception ignored in: <function ...>") and does not propagate.  A pending
// exception (a referent dying while an exception unwinds) is saved around
// the callbacks.
//
// When the referent dies in a cycle, the collector clears its weak
// references before any finalizer runs and calls only the callbacks of weak
// references that are themselves reachable (gc/collector.cpp,
// handle_weakrefs; docs/weakref.md).
//
// Invariants (all under the GIL):
//   * wr_object != null  <=>  wr is on wr_object's list.
//   * A referent's list holds only weak references to it; clear_weakrefs
//     leaves it empty.
//   * A weak reference owns its callback and is a GC container (the
//     callback may refer back to the weak reference, or to the referent);
//     tp_traverse visits the callback only, never the referent.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "runtime/containers/list.h"
#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "runtime/types/weakref.h"

namespace rt {

TypeObject WeakRefType;

namespace {

// ---- the referent's list ----------------------------------------------------------

void insert_head(WeakRefObject* wr, Object** list) {
  auto* next = static_cast<WeakRefObject*>(*list);
  wr->wr_prev = nullptr;
  wr->wr_next = next;
  if (next) next->wr_prev = wr;
  *list = wr;
}

void insert_after(WeakRefObject* wr, WeakRefObject* prev) {
  wr->wr_prev = prev;
  wr->wr_next = prev->wr_next;
  if (prev->wr_next) prev->wr_next->wr_prev = wr;
  prev->wr_next = wr;
}

// The basic ref and basic proxy at the head of a list, if there are any.
void basic_refs(Object* head, WeakRefObject** ref, WeakRefObject** proxy) {
  *ref = *proxy = nullptr;
  auto* h = static_cast<WeakRefObject*>(head);
  if (!h || h->wr_callback) return;
  if (type_of(h) == &WeakRefType) {
    *ref = h;
    h = h->wr_next;
  }
  if (h && !h->wr_callback && is_weakref_proxy(h)) *proxy = h;
}

// Create a weak reference of `type` to ob (checked by the caller) and put it on ob's list.
Object* make_weakref(TypeObject* type, Object* ob, Object* callback) {
  if (callback == None) callback = nullptr;
  bool proxy_type = type == &WeakProxyType || type == &WeakCallableProxyType;
  bool basic = !callback && (type == &WeakRefType || proxy_type);
  WeakRefObject *ref, *proxy;
  basic_refs(*weaklist_ptr(ob), &ref, &proxy);
  if (basic) {
    WeakRefObject* shared = proxy_type ? proxy : ref;
    if (shared) return newref(shared);
  }
  auto* wr = static_cast<WeakRefObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!wr) return nullptr;
  wr->wr_object = ob;
  wr->wr_callback = xnewref(callback);
  wr->hash = -1;
  // The allocation may have run a collection, and callbacks that changed the list: look again.
  Object** list = weaklist_ptr(ob);
  basic_refs(*list, &ref, &proxy);
  WeakRefObject* prev;
  if (basic && !proxy_type)
    prev = nullptr;  // the basic ref leads
  else if (basic)
    prev = ref;  // the basic proxy follows the basic ref
  else
    prev = proxy ? proxy : ref;
  if (prev)
    insert_after(wr, prev);
  else
    insert_head(wr, list);
  gc_track(wr);
  return wr;
}

// ---- ref's slots ----------------------------------------------------------------

// ref.__new__(type, ob, callback=None): keyword arguments are ignored, as in
// CPython (a subclass's __init__ may take its own).
Object* ref_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_nargs("__new__", nargs, 1, 2)) return nullptr;
  return weakref_new(type, args[0], nargs > 1 ? args[1] : nullptr);
}

int ref_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("ref", kwnames)) return -1;
  return cont::check_nargs("__init__", nargs, 1, 2) ? 0 : -1;
}

Object* ref_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("weakref", kwnames)) return nullptr;
  if (!cont::check_nargs("weakref", nargs, 0, 0)) return nullptr;
  return newref(weakref_referent(self));
}

// The referent's hash, computed once; a reference that died before anyone
// asked cannot get one.
hash_t ref_hash(Object* self) {
  WeakRefObject* wr = as_weakref(self);
  if (wr->hash != -1) return wr->hash;
  Object* o = wr->wr_object;
  if (!o) {
    err_set_string(Exc_TypeError, "weak object has gone away");
    return -1;
  }
  incref(o);
  wr->hash = object_hash(o);
  decref(o);
  return wr->hash;
}

// == and != only, between weak references: the referents compare while both
// are alive; once either is dead, a reference equals only itself.
Object* ref_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_weakref(a) || !is_weakref(b)) return notimpl_ref();
  Object* x = as_weakref(a)->wr_object;
  Object* y = as_weakref(b)->wr_object;
  if (!x || !y) return bool_ref((a == b) == (op == CMP_EQ));
  incref(x);
  incref(y);
  Object* r = object_richcompare(x, y, op);
  decref(x);
  decref(y);
  return r;
}

// "<weakref at 0x...; to 'Node' at 0x...>", with " (name)" for referents
// whose type defines __name__ (classes, functions), "<weakref at 0x...; dead>".
Object* ref_repr(Object* self) {
  Object* o = as_weakref(self)->wr_object;
  std::string s = "<weakref at " + format_pointer(self) + "; ";
  if (!o) return str_from(s + "dead>");
  incref(o);
  Object* name = nullptr;
  if (Object* d = type_lookup(type_of(o), names::__name__)) {
    incref(d);
    descrgetfunc get = type_of(d)->tp_descr_get;
    name = get ? get(d, o, type_of(o)) : newref(d);
    decref(d);
    if (!name) {
      decref(o);
      return nullptr;
    }
  }
  s += "to '" + std::string(type_of(o)->tp_name) + "' at " + format_pointer(o);
  if (name && is_str(name)) s += " (" + std::string(str_view(name)) + ")";
  s += ">";
  xdecref(name);
  decref(o);
  return str_from(s);
}

}  // namespace

// ---- shared with the proxies and the collector (weakref.h) ---------------------------

bool weakref_check_referent(Object* o) {
  if (type_of(o)->tp_weaklistoffset) return true;
  err_format(Exc_TypeError, "cannot create weak reference to '%s' object", type_name(o));
  return false;
}

Object* weakref_new(TypeObject* type, Object* ob, Object* callback) {
  if (!weakref_check_referent(ob)) return nullptr;
  return make_weakref(type, ob, callback);
}

Object* weakproxy_new(Object* ob, Object* callback) {
  if (!weakref_check_referent(ob)) return nullptr;
  return make_weakref(is_callable(ob) ? &WeakCallableProxyType : &WeakProxyType, ob, callback);
}

void weakref_unlink(WeakRefObject* wr) {
  Object* o = wr->wr_object;
  if (!o) return;
  Object** list = weaklist_ptr(o);
  if (*list == wr) *list = wr->wr_next;
  if (wr->wr_prev) wr->wr_prev->wr_next = wr->wr_next;
  if (wr->wr_next) wr->wr_next->wr_prev = wr->wr_prev;
  wr->wr_prev = wr->wr_next = nullptr;
  wr->wr_object = nullptr;
}

ssize weakref_count(Object* o) {
  Object** list = weaklist_ptr(o);
  ssize n = 0;
  for (auto* wr = static_cast<WeakRefObject*>(list ? *list : nullptr); wr; wr = wr->wr_next)
    if (wr->ob_refcnt > 0) n++;
  return n;
}

Object* weakref_list(Object* o) {
  for (;;) {
    ssize n = weakref_count(o);
    Object* l = list_new(n);
    if (!l) return nullptr;
    // The allocation may have run a collection whose callbacks changed o's list.
    if (weakref_count(o) != n) {
      decref(l);
      continue;
    }
    Object** list = weaklist_ptr(o);
    ssize i = 0;
    for (auto* wr = static_cast<WeakRefObject*>(list ? *list : nullptr); wr; wr = wr->wr_next)
      if (wr->ob_refcnt > 0) list_set_steal(l, i++, newref(static_cast<Object*>(wr)));
    return l;
  }
}

void weakref_dealloc(Object* o) {
  gc_untrack(o);
  weakref_unlink(as_weakref(o));
  clearref(as_weakref(o)->wr_callback);
  free_object(o);
}

int weakref_traverse(Object* o, visitproc visit, void* arg) {
  if (Object* cb = as_weakref(o)->wr_callback) return visit(cb, arg);
  return 0;
}

int weakref_clear(Object* o) {
  weakref_unlink(as_weakref(o));
  clearref(as_weakref(o)->wr_callback);
  return 0;
}

void clear_weakrefs_slow(Object* o) {
  Object** list = weaklist_ptr(o);
  // First clear them all, keeping the callbacks of the live ones (with a
  // reference to their weak reference), then call those.
  struct Pending {
    Object* wr;
    Object* callback;
  };
  Pending small[8];
  std::vector<Pending> more;
  ssize n = 0;
  while (*list) {
    WeakRefObject* wr = static_cast<WeakRefObject*>(*list);
    Object* cb = wr->wr_callback;
    wr->wr_callback = nullptr;
    weakref_unlink(wr);
    if (!cb) continue;
    Pending p{nullptr, cb};
    if (wr->ob_refcnt > 0) p.wr = newref(static_cast<Object*>(wr));
    if (n < 8)
      small[n] = p;
    else
      more.push_back(p);
    n++;
  }
  if (n == 0) return;
  Object* saved = err_fetch();
  for (ssize i = 0; i < n; i++) {
    Pending p = i < 8 ? small[i] : more[size_t(i - 8)];
    if (p.wr) {
      Object* r = call1(p.callback, p.wr);
      if (r)
        decref(r);
      else
        err_write_unraisable(p.callback);
      decref(p.wr);
    }
    decref(p.callback);
  }
  err_restore(saved);
}

void init_weakref_types() {
  TypeObject& t = WeakRefType;
  t.tp_name = "weakref.ReferenceType";
  t.tp_basicsize = sizeof(WeakRefObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF;
  t.tp_dealloc = weakref_dealloc;
  t.tp_traverse = weakref_traverse;
  t.tp_clear = weakref_clear;
  t.tp_new = ref_new;
  t.tp_init = ref_init;
  t.tp_call = ref_call;
  t.tp_hash = ref_hash;
  t.tp_richcompare = ref_richcompare;
  t.tp_repr = ref_repr;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  type_ready(&t);
  // ref.__callback__: a read-only member, None without a callback.
  Object* name = str_intern_cstr("__callback__");
  Object* d = name ? member_descr_new(&t, name, offsetof(WeakRefObject, wr_callback),
                                      MEMBER_READONLY | MEMBER_NONE_IF_NULL)
                   : nullptr;
  if (!d || dict_setitem(t.tp_dict, name, d) < 0) {
    std::fprintf(stderr, "pyglass: cannot initialise weakref.ReferenceType\n");
    std::abort();
  }
  decref(d);
  decref(name);
  init_weakproxy_types();
}

}  // namespace rt
