// _functools: what CPython's functools.py imports from C — reduce, partial,
// cmp_to_key (KeyWrapper) and _lru_cache_wrapper.
//
// partial: a callable holding fn, a tuple of leading positional arguments,
// a dict of keyword arguments and an instance __dict__.  Wrapping a plain
// partial (one without instance attributes, called through partial's own
// call slot) flattens: partial(partial(f, 1), 2) is partial(f, 1, 2).  A call
// with no stored keywords goes straight through vectorcall with the stored
// arguments prepended; otherwise the stored keywords are copied (the callee
// may keep **kwargs) and updated with the call's.
//
// _lru_cache_wrapper: the cache is a dict from the call's key to a link of a
// doubly linked list ordered from least to most recently used (root.next is
// the oldest).  Links are small non-GC objects (functools._lru_list_elem)
// holding the key, its hash and the result; the dict and the list each own
// a reference to every link (so the collector clearing the dict first
// leaves the list valid), and the wrapper's traverse visits the keys and
// results the links hold.  maxsize None: a plain dict of
// results; 0: no caching, only a miss count.  The bounded wrapper keeps the
// cache consistent when the user function (or a key's __eq__/__hash__)
// re-enters the wrapper or, with the GIL released, another thread uses it:
// a key added meanwhile is not added twice, an eviction that finds its key
// gone leaves the list alone, and a link enters the list only once it is in
// the dict.  Keys are built like CPython's (one exact str or int argument
// is its own key; keyword names follow a marker; typed adds the types).
#include <cstddef>
#include <string>
#include <vector>

#include "runtime/containers/dict.h"
#include "modules.h"
#include "native.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace stdlib {
using namespace rt;

namespace functools {
namespace {

TypeObject PartialType, KeyWrapperType, LruCacheType, LruLinkType;

// ---- reduce ----------------------------------------------------------------------------
Object* reduce(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("reduce", kwnames) || !cont::check_nargs("reduce", nargs, 2, 3)) return nullptr;
  Object* func = args[0];
  Object* result = nargs > 2 ? newref(args[2]) : nullptr;
  Object* it = object_get_iter(args[1]);
  if (!it) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_set_string(Exc_TypeError, "reduce() arg 2 must support iteration");
    }
    xdecref(result);
    return nullptr;
  }
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    if (!result) {
      result = item;
      continue;
    }
    Object* r = call2(func, result, item);
    decref(result);
    decref(item);
    result = r;
    if (!r) break;
  }
  decref(it);
  if (err_occurred()) {
    xdecref(result);
    return nullptr;
  }
  if (!result) return err_format_null(Exc_TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ---- partial ---------------------------------------------------------------------------
struct PartialObject : Object {
  Object* fn;
  Object* args;  // tuple
  Object* kw;    // dict
  Object* dict;  // instance __dict__, or null
  Object* weakreflist;
};
using PartialRefs = RefFields<PartialObject, &PartialObject::fn, &PartialObject::args, &PartialObject::kw,
                                      &PartialObject::dict>;
PartialObject* P(Object* o) { return static_cast<PartialObject*>(o); }

Object* partial_call(Object* self, Object* const* args, ssize nargs, Object* kwnames);

Object* partial_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) return err_format_null(Exc_TypeError, "type 'partial' takes at least one argument");
  Object* func = args[0];
  Object* pargs = nullptr;
  Object* pkw = nullptr;
  if (type_of(func)->tp_call == partial_call && !P(func)->dict) {
    pargs = P(func)->args;
    pkw = P(func)->kw;
    func = P(func)->fn;
  }
  if (!is_callable(func)) return err_format_null(Exc_TypeError, "the first argument must be callable");
  Object* fargs;
  if (pargs) {
    ssize np = size_of(pargs);
    fargs = tuple_new(np + nargs - 1);
    if (!fargs) return nullptr;
    for (ssize i = 0; i < np; i++) tuple_set_steal(fargs, i, newref(tuple_get(pargs, i)));
    for (ssize i = 1; i < nargs; i++) tuple_set_steal(fargs, np + i - 1, newref(args[i]));
  } else {
    fargs = tuple_from_array(args + 1, nargs - 1);
    if (!fargs) return nullptr;
  }
  Object* kw = pkw ? dict_copy(pkw) : dict_new();
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; kw && i < nkw; i++) {
    if (dict_setitem(kw, tuple_get(kwnames, i), args[nargs + i]) < 0) clearref(kw);
  }
  auto* p = kw ? native::alloc<PartialObject>(type) : nullptr;
  if (!p) {
    decref(fargs);
    xdecref(kw);
    return nullptr;
  }
  p->fn = newref(func);
  p->args = fargs;
  p->kw = kw;
  gc_track(p);
  return p;
}

Object* partial_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  PartialObject* p = P(self);
  ssize np = size_of(p->args);
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (dict_size(p->kw) == 0) {
    if (np == 0) return call(p->fn, args, nargs, kwnames);
    Object* small[8];
    std::vector<Object*> big;
    Object** all = small;
    if (np + nargs + nkw > 8) {
      big.resize(size_t(np + nargs + nkw));
      all = big.data();
    }
    for (ssize i = 0; i < np; i++) all[i] = tuple_get(p->args, i);
    for (ssize i = 0; i < nargs + nkw; i++) all[np + i] = args[i];
    Object* fn = newref(p->fn);  // the call may replace p's state
    Object* pa = newref(p->args);
    Object* r = call(fn, all, np + nargs, kwnames);
    decref(pa);
    decref(fn);
    return r;
  }
  Object* kw = dict_copy(p->kw);
  if (!kw) return nullptr;
  for (ssize i = 0; i < nkw; i++) {
    if (dict_setitem(kw, tuple_get(kwnames, i), args[nargs + i]) < 0) {
      decref(kw);
      return nullptr;
    }
  }
  Object* all = tuple_new(np + nargs);
  if (!all) {
    decref(kw);
    return nullptr;
  }
  for (ssize i = 0; i < np; i++) tuple_set_steal(all, i, newref(tuple_get(p->args, i)));
  for (ssize i = 0; i < nargs; i++) tuple_set_steal(all, np + i, newref(args[i]));
  Object* fn = newref(p->fn);
  Object* r = call_tuple_dict(fn, all, kw);
  decref(fn);
  decref(all);
  decref(kw);
  return r;
}

// "%s(%R, args..., key=value...)" with the type's tp_name, "..." when
// recursive.  As in CPython, the arguments are formatted before fn.
Object* partial_repr(Object* self) {
  int status = repr_enter(self);
  if (status != 0) return status < 0 ? nullptr : str_from_cstr("...");
  PartialObject* p = P(self);
  std::string rest;
  bool ok = true;
  auto add = [&](std::string& out, Object* piece) {
    if (!piece) {
      ok = false;
      return;
    }
    out += str_view(piece);
    decref(piece);
  };
  Object* args = newref(p->args);  // a repr may change p's state
  for (ssize i = 0; ok && i < size_of(args); i++) {
    rest += ", ";
    add(rest, object_repr(tuple_get(args, i)));
  }
  decref(args);
  Object* kw = ok ? dict_copy(p->kw) : nullptr;
  ssize pos = 0;
  Object *k, *v;
  while (kw && ok && dict_next(kw, &pos, &k, &v)) {
    rest += ", ";
    add(rest, object_str(k));
    rest += "=";
    if (ok) add(rest, object_repr(v));
  }
  xdecref(kw);
  std::string s = type_of(self)->tp_name;
  s += "(";
  if (ok && kw) {
    Object* fn = newref(p->fn);
    add(s, object_repr(fn));
    decref(fn);
  }
  repr_leave(self);
  if (!ok || !kw) return nullptr;
  return str_from(s + rest + ")");
}

Object* partial_reduce(Object* self, Object* const*, ssize, Object*) {
  PartialObject* p = P(self);
  Object* args = tuple_pack(1, p->fn);
  Object* state = tuple_pack(4, p->fn, p->args, p->kw, p->dict ? p->dict : None);
  Object* r = args && state ? tuple_pack(3, static_cast<Object*>(type_of(self)), args, state) : nullptr;
  xdecref(args);
  xdecref(state);
  return r;
}

Object* partial_setstate(Object* self, Object* const* a, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("partial.__setstate__", kwnames) || !cont::check_one_arg("partial.__setstate__", nargs))
    return nullptr;
  Object* state = a[0];
  if (!is_tuple(state) || size_of(state) != 4 || !is_callable(tuple_get(state, 0)) ||
      !is_tuple(tuple_get(state, 1)) || (tuple_get(state, 2) != None && !is_dict(tuple_get(state, 2))))
    return err_format_null(Exc_TypeError, "invalid partial state");
  Object* fn = tuple_get(state, 0);
  Object* fnargs = tuple_get(state, 1);
  Object* kw = tuple_get(state, 2);
  Object* dict = tuple_get(state, 3);
  fnargs = is_tuple_exact(fnargs) ? newref(fnargs) : sequence_tuple(fnargs);
  if (!fnargs) return nullptr;
  kw = kw == None ? dict_new() : is_dict_exact(kw) ? newref(kw) : dict_copy(kw);
  if (!kw) {
    decref(fnargs);
    return nullptr;
  }
  PartialObject* p = P(self);
  setref(p->fn, newref(fn));
  setref(p->args, fnargs);
  setref(p->kw, kw);
  setref(p->dict, dict == None ? nullptr : newref(dict));
  return none_ref();
}

// The instance __dict__ of types with their own dict slot (partial, _lru_cache_wrapper).
Object* get_dict(Object* self, void*) {
  Object** dp = object_dict_ptr(self);
  if (!*dp) {
    *dp = dict_new();
    if (!*dp) return nullptr;
  }
  return newref(*dp);
}
int set_dict(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(Exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(value)) {
    err_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(value));
    return -1;
  }
  setref(*object_dict_ptr(self), newref(value));
  return 0;
}

Object* partial_get_func(Object* self, void*) { return newref(P(self)->fn); }
Object* partial_get_args(Object* self, void*) { return newref(P(self)->args); }
Object* partial_get_keywords(Object* self, void*) { return newref(P(self)->kw); }

MethodDef partial_methods[] = {
    {"__reduce__", native::noargs<partial_reduce, native::kReduce>, METH_DEFAULT, nullptr},
    {"__setstate__", partial_setstate, METH_DEFAULT, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef partial_getset[] = {
    {"func", partial_get_func, native::readonly_member, "function object to use in future partial calls", nullptr},
    {"args", partial_get_args, native::readonly_member, "tuple of arguments to future partial calls", nullptr},
    {"keywords", partial_get_keywords, native::readonly_member, "dictionary of keyword arguments to future partial calls", nullptr},
    {"__dict__", get_dict, set_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- cmp_to_key ------------------------------------------------------------------------
struct KeyObject : Object {
  Object* cmp;
  Object* object;  // may be null
};
using KeyRefs = RefFields<KeyObject, &KeyObject::cmp, &KeyObject::object>;
KeyObject* K(Object* o) { return static_cast<KeyObject*>(o); }

Object* key_make(Object* cmp, Object* object) {
  auto* k = native::alloc<KeyObject>(&KeyWrapperType);
  if (!k) return nullptr;
  k->cmp = newref(cmp);
  k->object = xnewref(object);
  gc_track(k);
  return k;
}

Object* cmp_to_key(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!native::parse("cmp_to_key", args, nargs, kwnames, "mycmp", a, native::ArgStyle::Getargs)) return nullptr;
  return key_make(a[0], nullptr);
}

Object* key_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!native::parse("K", args, nargs, kwnames, "obj", a, native::ArgStyle::Getargs)) return nullptr;
  return key_make(K(self)->cmp, a[0]);
}

Object* key_richcompare(Object* self, Object* other, int op) {
  if (type_of(other) != type_of(self)) return err_format_null(Exc_TypeError, "other argument must be K instance");
  Object* x = K(self)->object;
  Object* y = K(other)->object;
  if (!x || !y) return err_format_null(Exc_AttributeError, "object");
  Object* res = call2(K(self)->cmp, x, y);
  if (!res) return nullptr;
  Object* answer = object_richcompare(res, small_int(0), op);
  decref(res);
  return answer;
}

Object* key_get_obj(Object* self, void*) { return newref(K(self)->object ? K(self)->object : None); }
int key_set_obj(Object* self, Object* value, void*) {
  setref(K(self)->object, xnewref(value));
  return 0;
}
GetSetDef key_getset[] = {
    {"obj", key_get_obj, key_set_obj, "Value wrapped by a key function.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- _lru_cache_wrapper -------------------------------------------------------------------
struct LruNode {
  LruNode* prev;
  LruNode* next;
};
struct LruLink : Object {
  LruNode node;
  hash_t hash;
  Object* key;
  Object* result;
};
LruLink* link_of(LruNode* n) { return reinterpret_cast<LruLink*>(reinterpret_cast<char*>(n) - offsetof(LruLink, node)); }

void link_dealloc(Object* o) {
  auto* l = static_cast<LruLink*>(o);
  xdecref(l->key);
  xdecref(l->result);
  free_object(o);
}

enum class LruKind { Infinite, Uncached, Bounded };

struct LruObject : Object {
  LruNode root;  // root.next: least recently used; root.prev: most recently used
  LruKind kind;
  bool typed;
  Object* cache;  // dict: key -> result (Infinite) or key -> link (Bounded)
  Object* func;
  Object* cache_info_type;
  Object* dict;
  ssize hits, misses;
  ssize maxsize;  // -1: None
  Object* weakreflist;
};
LruObject* L(Object* o) { return static_cast<LruObject*>(o); }

// The marker between positional and keyword arguments in keys: one object()
// for the process, made when the module is first imported.
Object* kwd_mark = nullptr;

void link_append(LruObject* lru, LruLink* link) {
  LruNode* root = &lru->root;
  LruNode* last = root->prev;
  last->next = root->prev = &link->node;
  link->node.prev = last;
  link->node.next = root;
}
void link_prepend(LruObject* lru, LruLink* link) {
  LruNode* root = &lru->root;
  LruNode* first = root->next;
  first->prev = root->next = &link->node;
  link->node.prev = root;
  link->node.next = first;
}
void link_extract(LruLink* link) {
  link->node.prev->next = link->node.next;
  link->node.next->prev = link->node.prev;
}

// Detach the whole list and return its first node (the list's references
// to the links go with it: drop them with release_list).
LruNode* unlink_list(LruObject* lru) {
  LruNode* root = &lru->root;
  LruNode* first = root->next;
  if (first == root) return nullptr;
  root->prev->next = nullptr;
  root->next = root->prev = root;
  return first;
}

Object* make_key(Object* const* args, ssize nargs, Object* kwnames, bool typed) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (!typed && nkw == 0) {
    if (nargs == 1 && (is_str_exact(args[0]) || is_int_exact(args[0]))) return newref(args[0]);
    return tuple_from_array(args, nargs);
  }
  ssize size = nargs + (nkw ? 2 * nkw + 1 : 0) + (typed ? nargs + nkw : 0);
  Object* key = tuple_new(size);
  if (!key) return nullptr;
  ssize k = 0;
  for (ssize i = 0; i < nargs; i++) tuple_set_steal(key, k++, newref(args[i]));
  if (nkw) {
    tuple_set_steal(key, k++, newref(kwd_mark));
    for (ssize i = 0; i < nkw; i++) {
      tuple_set_steal(key, k++, newref(tuple_get(kwnames, i)));
      tuple_set_steal(key, k++, newref(args[nargs + i]));
    }
  }
  if (typed) {
    for (ssize i = 0; i < nargs + nkw; i++) tuple_set_steal(key, k++, newref(static_cast<Object*>(type_of(args[i]))));
  }
  return key;
}

// Build the call's key and look it up: false on error; else *key (a new
// reference) and *hash are set and *found is the cached entry (borrowed) or null.
bool lru_lookup(LruObject* lru, Object* const* args, ssize nargs, Object* kwnames, Object** key, hash_t* hash,
                Object** found) {
  *key = make_key(args, nargs, kwnames, lru->typed);
  if (!*key) return false;
  *hash = object_hash(*key);
  *found = *hash == -1 ? nullptr : dict_getitem_known_hash(lru->cache, *key, *hash);
  if (!*found && err_occurred()) {
    clearref(*key);
    return false;
  }
  return true;
}

Object* lru_infinite(LruObject* lru, Object* const* args, ssize nargs, Object* kwnames) {
  Object* key;
  hash_t h;
  Object* r;
  if (!lru_lookup(lru, args, nargs, kwnames, &key, &h, &r)) return nullptr;
  if (r) {
    lru->hits++;
    decref(key);
    return newref(r);
  }
  lru->misses++;
  r = call(lru->func, args, nargs, kwnames);
  if (r && dict_setitem_known_hash(lru->cache, key, h, r) < 0) clearref(r);
  decref(key);
  return r;
}

Object* lru_bounded(LruObject* lru, Object* const* args, ssize nargs, Object* kwnames) {
  Object* key;
  hash_t h;
  Object* found;
  if (!lru_lookup(lru, args, nargs, kwnames, &key, &h, &found)) return nullptr;
  if (found) {
    auto* link = static_cast<LruLink*>(found);
    link_extract(link);
    link_append(lru, link);
    lru->hits++;
    decref(key);
    return newref(link->result);
  }
  lru->misses++;
  Object* result = call(lru->func, args, nargs, kwnames);
  if (!result) {
    decref(key);
    return nullptr;
  }
  // The call may have added this key already (re-entry, another thread).
  Object* again = dict_getitem_known_hash(lru->cache, key, h);
  if (again || err_occurred()) {
    decref(key);
    if (!again) clearref(result);
    return result;
  }
  if (dict_size(lru->cache) < lru->maxsize || lru->root.next == &lru->root) {
    // Not full: a new link.
    auto* link = static_cast<LruLink*>(alloc_object(&LruLinkType, sizeof(LruLink)));
    if (!link) {
      decref(key);
      decref(result);
      return nullptr;
    }
    link->hash = h;
    link->key = key;
    link->result = newref(result);
    link->node.prev = link->node.next = nullptr;
    if (dict_setitem_known_hash(lru->cache, key, h, link) < 0) {
      decref(link);
      decref(result);
      return nullptr;
    }
    link_append(lru, link);  // the list takes our reference; the dict has its own
    return result;
  }
  // Full: reuse the oldest link for the new key, after taking it out of the
  // dict.  Out of the list, its list reference is ours.
  LruLink* old = link_of(lru->root.next);
  link_extract(old);
  Object* popped = dict_pop_known_hash(lru->cache, old->key, old->hash, None);  // no second __hash__
  if (popped == None) {
    // Someone removed the old key meanwhile: the link is an orphan, drop it.
    decref(popped);
    decref(old);
    decref(key);
    return result;
  }
  if (!popped) {
    link_prepend(lru, old);  // back in the list, with our reference
    decref(key);
    decref(result);
    return nullptr;
  }
  Object* oldkey = old->key;
  Object* oldresult = old->result;
  old->hash = h;
  old->key = key;
  old->result = newref(result);
  if (dict_setitem_known_hash(lru->cache, key, h, old) < 0) {
    decref(popped);
    decref(old);
    decref(oldkey);
    decref(oldresult);
    decref(result);
    return nullptr;
  }
  link_append(lru, old);  // the list takes our reference back
  decref(popped);
  decref(oldkey);
  decref(oldresult);
  return result;
}

Object* lru_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  LruObject* lru = L(self);
  switch (lru->kind) {
    case LruKind::Uncached:
      lru->misses++;
      return call(lru->func, args, nargs, kwnames);
    case LruKind::Infinite:
      return lru_infinite(lru, args, nargs, kwnames);
    case LruKind::Bounded:
      break;
  }
  return lru_bounded(lru, args, nargs, kwnames);
}

Object* lru_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (!native::parse("lru_cache", args, nargs, kwnames, "user_function,maxsize,typed,cache_info_type", a,
                     native::ArgStyle::Getargs))
    return nullptr;
  int typed = object_is_true(a[2]);
  if (typed < 0) return nullptr;
  if (!is_callable(a[0])) return err_format_null(Exc_TypeError, "the first argument must be callable");
  LruKind kind;
  ssize maxsize = -1;
  if (a[1] == None) {
    kind = LruKind::Infinite;
  } else if (cont::has_index(a[1])) {
    maxsize = number_as_ssize(a[1], Exc_OverflowError);
    if (maxsize == -1 && err_occurred()) return nullptr;
    if (maxsize < 0) maxsize = 0;
    kind = maxsize == 0 ? LruKind::Uncached : LruKind::Bounded;
  } else {
    return err_format_null(Exc_TypeError, "maxsize should be integer or None");
  }
  Object* cache = dict_new();
  if (!cache) return nullptr;
  auto* lru = native::alloc<LruObject>(type);
  if (!lru) {
    decref(cache);
    return nullptr;
  }
  lru->root.prev = lru->root.next = &lru->root;
  lru->kind = kind;
  lru->typed = typed;
  lru->cache = cache;
  lru->func = newref(a[0]);
  lru->cache_info_type = newref(a[3]);
  lru->maxsize = maxsize;
  gc_track(lru);
  return lru;
}

void release_list(LruNode* n) {
  while (n) {
    LruNode* next = n->next;
    decref(link_of(n));
    n = next;
  }
}

// Empty the list and the dict (each holds a reference to every link).
int lru_clear_all(LruObject* lru) {
  LruNode* list = unlink_list(lru);
  if (lru->cache) dict_clear(lru->cache);
  release_list(list);
  return 0;
}

int lru_tp_clear(Object* self) {
  LruObject* lru = L(self);
  lru_clear_all(lru);
  clearref(lru->func);
  clearref(lru->cache);
  clearref(lru->cache_info_type);
  clearref(lru->dict);
  return 0;
}

void lru_dealloc(Object* self) {
  gc_untrack(self);
  clear_weakrefs(self);
  lru_tp_clear(self);
  free_object(self);
}

int lru_traverse(Object* self, visitproc visit, void* arg) {
  LruObject* lru = L(self);
  // The links are not GC objects: their references are the wrapper's.
  for (LruNode* n = lru->root.next; n != &lru->root; n = n->next) {
    for (Object* o : {link_of(n)->key, link_of(n)->result}) {
      if (o) {
        if (int rc = visit(o, arg)) return rc;
      }
    }
  }
  for (Object* o : {lru->cache, lru->func, lru->cache_info_type, lru->dict}) {
    if (o) {
      if (int rc = visit(o, arg)) return rc;
    }
  }
  return 0;
}

Object* lru_get(Object* self, Object* obj, Object*) {
  if (!obj || obj == None) return newref(self);
  return method_new(self, obj);
}

Object* lru_cache_info(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_lru_cache_wrapper.cache_info", nargs, kwnames)) return nullptr;
  LruObject* lru = L(self);
  Object* v[4] = {int_from_i64(lru->hits), int_from_i64(lru->misses),
                  lru->maxsize == -1 ? none_ref() : int_from_i64(lru->maxsize), int_from_i64(dict_size(lru->cache))};
  Object* r = nullptr;
  if (v[0] && v[1] && v[2] && v[3]) r = call(lru->cache_info_type, v, 4);
  for (Object* x : v) xdecref(x);
  return r;
}

Object* lru_cache_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_lru_cache_wrapper.cache_clear", nargs, kwnames)) return nullptr;
  LruObject* lru = L(self);
  lru->hits = lru->misses = 0;
  lru_clear_all(lru);
  return none_ref();
}

Object* lru_reduce(Object* self, Object* const*, ssize, Object*) { return object_getattr(self, names::__qualname__); }
Object* lru_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_lru_cache_wrapper.__copy__", nargs, kwnames)) return nullptr;
  return newref(self);
}
Object* lru_deepcopy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_lru_cache_wrapper.__deepcopy__", kwnames) ||
      !cont::check_one_arg("_lru_cache_wrapper.__deepcopy__", nargs))
    return nullptr;
  return newref(self);
}

MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, METH_DEFAULT, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, METH_DEFAULT, "Clear the cache and cache statistics"},
    {"__reduce__", native::noargs<lru_reduce, native::kReduce>, METH_DEFAULT, nullptr},
    {"__copy__", lru_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", lru_deepcopy, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef lru_getset[] = {
    {"__dict__", get_dict, set_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef module_functions[] = {
    {"reduce", reduce, METH_DEFAULT,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single value."},
    {"cmp_to_key", cmp_to_key, METH_DEFAULT, "Convert a cmp= function into a key= function."},
    {nullptr, nullptr, 0, nullptr},
};

void fill_types() {
  TypeObject& p = PartialType;
  p.tp_name = "functools.partial";
  p.tp_basicsize = sizeof(PartialObject);
  p.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;
  p.tp_doc = "partial(func, *args, **keywords) - new function with partial application\n"
             "    of the given arguments and keywords.\n";
  p.tp_new = partial_new;
  p.tp_call = partial_call;
  p.tp_repr = partial_repr;
  p.tp_dealloc = PartialRefs::dealloc;
  p.tp_traverse = PartialRefs::traverse;
  p.tp_clear = PartialRefs::clear;
  p.tp_dictoffset = offsetof(PartialObject, dict);
  p.tp_weaklistoffset = offsetof(PartialObject, weakreflist);
  p.tp_methods = partial_methods;
  p.tp_getset = partial_getset;

  TypeObject& k = KeyWrapperType;
  k.tp_name = "functools.KeyWrapper";
  k.tp_basicsize = sizeof(KeyObject);
  k.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  k.tp_call = key_call;
  k.tp_richcompare = key_richcompare;
  k.tp_dealloc = KeyRefs::dealloc;
  k.tp_traverse = KeyRefs::traverse;
  k.tp_clear = KeyRefs::clear;
  k.tp_getset = key_getset;

  TypeObject& l = LruCacheType;
  l.tp_name = "functools._lru_cache_wrapper";
  l.tp_basicsize = sizeof(LruObject);
  l.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;
  l.tp_doc = "Create a cached callable that wraps another function.\n\n"
             "user_function:      the function being cached\n\n"
             "maxsize:  0         for no caching\n"
             "          None      for unlimited cache size\n"
             "          n         for a bounded cache\n\n"
             "typed:    False     cache f(3) and f(3.0) as identical calls\n"
             "          True      cache f(3) and f(3.0) as distinct calls\n\n"
             "cache_info_type:    namedtuple class with the fields:\n"
             "                        hits misses currsize maxsize\n";
  l.tp_new = lru_new;
  l.tp_call = lru_call;
  l.tp_descr_get = lru_get;
  l.tp_dealloc = lru_dealloc;
  l.tp_traverse = lru_traverse;
  l.tp_clear = lru_tp_clear;
  l.tp_dictoffset = offsetof(LruObject, dict);
  l.tp_weaklistoffset = offsetof(LruObject, weakreflist);
  l.tp_methods = lru_methods;
  l.tp_getset = lru_getset;

  TypeObject& e = LruLinkType;
  e.tp_name = "functools._lru_list_elem";
  e.tp_basicsize = sizeof(LruLink);
  e.tp_flags = TPFLAG_IMMUTABLE;
  e.tp_dealloc = link_dealloc;
}

}  // namespace
}  // namespace functools

Object* init_functools_module() {
  using namespace functools;
  if (!has_flag(&PartialType, TPFLAG_READY)) {
    fill_types();
    // KeyWrapper is reached through cmp_to_key only, as in CPython.
    if (native::ready_types({&LruLinkType, &KeyWrapperType}) < 0) return nullptr;
    kwd_mark = object_new_instance(&BaseObjectType);
    if (!kwd_mark) return nullptr;
    make_immortal(kwd_mark);
  }
  return native::make_module("_functools", "Tools that operate on functions.", module_functions,
                             {&PartialType, &LruCacheType});
}

}  // namespace stdlib
