// Weak references: the object layout shared by the reference type
// (runtime/weakref.cpp), the proxy types (runtime/weakproxy.cpp), the
// collector's handling of weak references (gc/collector.cpp) and the
// _weakref module (stdlib/weakrefmodule.cpp).  How it all fits together:
// docs/weakref.md.
#pragma once
#include "runtime/api.h"

namespace rt {

// A weak reference (ref, a subclass of ref, or a proxy).  It does not own its
// referent: the referent's dealloc (clear_weakrefs) or the collector clears
// wr_object before the referent's memory goes away.  Every weak reference to
// an object is on the object's list, doubly linked through wr_prev/wr_next,
// whose head is the word at the referent's tp_weaklistoffset.
struct WeakRefObject : Object {
  Object* wr_object;        // the referent (no reference counted), null once cleared
  Object* wr_callback;      // owned, may be null
  hash_t hash;              // the referent's hash once asked for, -1 before
  WeakRefObject* wr_prev;   // neighbours on the referent's list
  WeakRefObject* wr_next;
};
inline WeakRefObject* as_weakref(Object* o) { return static_cast<WeakRefObject*>(o); }

inline bool is_weakref_proxy(const Object* o) {
  return type_of(o) == &WeakProxyType || type_of(o) == &WeakCallableProxyType;
}
// ref, a subclass of ref, or a proxy (CPython's PyWeakref_Check): one flag
// test, because the collector asks it of every unreachable object.
inline bool is_weakref(const Object* o) { return has_flag(type_of(o), TPFLAG_WEAKREF); }

// The referent, or None once cleared (borrowed).
inline Object* weakref_referent(Object* wr) {
  Object* o = as_weakref(wr)->wr_object;
  return o ? o : None;
}

// TypeError "cannot create weak reference to 'int' object" unless o's type accepts weak references.
bool weakref_check_referent(Object* o);
// A new reference of `type` (ref or a subclass) to ob; callback may be null or None.
// An exact ref without callback is shared: the existing one is returned.
Object* weakref_new(TypeObject* type, Object* ob, Object* callback);
// _weakref.proxy(ob, callback): a ProxyType, or a CallableProxyType for callable ob.
Object* weakproxy_new(Object* ob, Object* callback);
// Take wr off its referent's list and forget the referent; the callback stays
// (the collector calls it later, or drops it with the weak reference).
void weakref_unlink(WeakRefObject* wr);
// The weak references to o that are alive (refcount > 0): their number, a list of them.
ssize weakref_count(Object* o);
Object* weakref_list(Object* o);

// Slots shared by ref and the proxies.
void weakref_dealloc(Object* o);
int weakref_traverse(Object* o, visitproc visit, void* arg);
int weakref_clear(Object* o);

void init_weakref_types();  // ref (runtime/weakref.cpp), then the proxies
void init_weakproxy_types();  // runtime/weakproxy.cpp

}  // namespace rt
