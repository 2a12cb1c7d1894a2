// The _abc module: the native half of abc.ABCMeta.  CPython's abc.py imports
// it (falling back to _py_abc when it is missing); its ABCMeta calls
// _abc_init from __new__, and register/__instancecheck__/__subclasscheck__
// are one call each into here.
//
// How it works.  Each ABC carries an `_abc_impl` attribute, an `_abc_data`
// object holding three sets of weak references to classes: the registry
// (classes registered as virtual subclasses), the positive cache (classes
// known to be subclasses) and the negative cache (known not to be), plus the
// value of the global invalidation counter the negative cache was filled
// under.  register() bumps the counter, so every ABC's negative cache is
// stale from then on and is emptied on its next subclass check; the
// positive caches stay valid (registering only ever adds subclasses).
//
// Invariants:
//  * The sets hold only weak references, so an ABC never keeps a class alive.
//    Each weak reference carries a callback (a built-in function bound to a
//    weak reference to its set) that discards it from the set when the
//    class dies; the set itself may be gone by then, which the callback
//    tolerates.  A class that cannot be weakly referenced is never cached
//    and never found in a set.
//  * A set is made on its first use and may be emptied but not replaced
//    while an _abc_data lives; the registry is copied before it is walked,
//    since issubclass() calls back into Python that may register classes.
//  * The subclass check follows CPython's order exactly (positive cache,
//    negative cache, __subclasshook__, the MRO, the registry, then
//    __subclasses__()), since library code and tests observe the calls.
#include "../runtime/objects.h"
#include "runtime/containers/set.h"
#include "runtime/types/weakref.h"
#include "clinic.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

TypeObject AbcDataType;

struct AbcDataObject : Object {
  Object* registry;        // set of weak references or null (owned)
  Object* cache;           // idem
  Object* negative_cache;  // idem
  uint64_t negative_cache_version;
};
AbcDataObject* D(Object* o) { return static_cast<AbcDataObject*>(o); }

// CPython keeps this per interpreter in the module state; pyglass has one interpreter.
uint64_t abc_invalidation_counter = 0;

Object* abc_data_new(TypeObject* type, Object* const*, ssize, Object*) {
  auto* d = native::alloc<AbcDataObject>(type);
  if (!d) return nullptr;
  d->registry = d->cache = d->negative_cache = nullptr;
  d->negative_cache_version = abc_invalidation_counter;
  gc_track(d);
  return d;
}


int abc_data_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* s : {D(o)->registry, D(o)->cache, D(o)->negative_cache})
    if (s)
      if (int r = visit(s, arg)) return r;
  return 0;
}

int abc_data_clear(Object* o) {
  clearref(D(o)->registry);
  clearref(D(o)->cache);
  clearref(D(o)->negative_cache);
  return 0;
}

void abc_data_dealloc(Object* o) {
  gc_untrack(o);
  abc_data_clear(o);
  free_object(o);
}

// cls._abc_impl, which must be an _abc_data.
AbcDataObject* get_impl(Object* cls) {
  Object* impl = object_getattr(cls, names::_abc_impl);
  if (!impl) return nullptr;
  if (type_of(impl) != &AbcDataType) {
    decref(impl);
    err_set_string(Exc_TypeError, "_abc_impl is set to a wrong type");
    return nullptr;
  }
  return D(impl);
}

// ---- sets of weak references ---------------------------------------------------------
// Is obj in the set?  0 when the set is absent or obj cannot be weakly referenced.
int in_weak_set(Object* set, Object* obj) {
  if (!set || set_size(set) == 0) return 0;
  Object* ref = weakref_new(&WeakRefType, obj, nullptr);
  if (!ref) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      return 0;
    }
    return -1;
  }
  int r = set_contains(set, ref);
  decref(ref);
  return r;
}

// The callback of the weak references in a set: self is a weak reference to
// the set, the argument the dead weak reference to drop.
Object* destroy_entry(Object* self, Object* const* args, ssize nargs, Object*) {
  Object* set = weakref_referent(self);
  if (nargs == 1 && set != None && set_discard(set, args[0]) < 0) return nullptr;
  return none_ref();
}
MethodDef destroy_def = {"_destroy", destroy_entry, METH_DEFAULT, nullptr};

int add_to_weak_set(Object** pset, Object* obj) {
  if (!*pset && !(*pset = set_new(nullptr))) return -1;
  Object* set_ref = weakref_new(&WeakRefType, *pset, nullptr);
  if (!set_ref) return -1;
  Object* cb = builtin_function_new(&destroy_def, set_ref, nullptr);
  decref(set_ref);
  if (!cb) return -1;
  Object* ref = weakref_new(&WeakRefType, obj, cb);
  decref(cb);
  if (!ref) return -1;
  int r = set_add(*pset, ref);
  decref(ref);
  return r;
}

// ---- _abc_init ---------------------------------------------------------------------------
int is_abstract(Object* o) {
  bool error = false;
  Object* v = object_lookup_attr(o, names::__isabstractmethod__, &error);
  if (!v) return error ? -1 : 0;
  int r = object_is_true(v);
  decref(v);
  return r;
}

// Adds `key` to `abstracts` when `value` is abstract.
int add_if_abstract(Object* abstracts, Object* key, Object* value) {
  int r = is_abstract(value);
  if (r <= 0) return r;
  return set_add(abstracts, key);
}

// cls.__abstractmethods__ = the names in cls.__dict__ bound to abstract
// objects, plus those of the bases' __abstractmethods__ still abstract on cls.
int compute_abstract_methods(Object* cls) {
  Object* abstracts = set_new(nullptr);
  if (!abstracts) return -1;
  auto fail = [&](std::initializer_list<Object*> also) {
    for (Object* o : also) xdecref(o);
    decref(abstracts);
    return -1;
  };
  // Stage 1: the class's own namespace, in its order.
  Object* ns = object_getattr(cls, names::__dict__);
  if (!ns) return fail({});
  Object* keys = call_method0(ns, names::keys);
  Object* it = keys ? object_get_iter(keys) : nullptr;
  if (!it) return fail({ns, keys});
  while (Object* key = iter_next(it)) {
    Object* value = object_getitem(ns, key);
    int r = value ? add_if_abstract(abstracts, key, value) : -1;
    xdecref(value);
    decref(key);
    if (r < 0) return fail({ns, keys, it});
  }
  decref(it);
  decref(keys);
  decref(ns);
  if (err_occurred()) return fail({});
  // Stage 2: what the bases left abstract.
  Object* bases = object_getattr(cls, names::__bases__);
  if (!bases) return fail({});
  if (!is_tuple(bases)) {
    err_set_string(Exc_TypeError, "__bases__ is not tuple");
    return fail({bases});
  }
  for (ssize i = 0; i < size_of(bases); i++) {
    bool error = false;
    Object* base_abstracts = object_lookup_attr(tuple_get(bases, i), names::__abstractmethods__, &error);
    if (error) return fail({bases});
    if (!base_abstracts) continue;
    Object* bit = object_get_iter(base_abstracts);
    decref(base_abstracts);
    if (!bit) return fail({bases});
    while (Object* key = iter_next(bit)) {
      Object* value = is_str(key) ? object_lookup_attr(cls, key, &error) : nullptr;
      if (!is_str(key)) {
        err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(key));
        error = true;
      }
      int r = error ? -1 : value ? add_if_abstract(abstracts, key, value) : 0;
      xdecref(value);
      decref(key);
      if (r < 0) return fail({bases, bit});
    }
    decref(bit);
    if (err_occurred()) return fail({bases});
  }
  decref(bases);
  Object* frozen = frozenset_new(abstracts);
  decref(abstracts);
  if (!frozen) return -1;
  int r = object_setattr(cls, names::__abstractmethods__, frozen);
  decref(frozen);
  return r;
}

Object* abc_init(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("_abc._abc_init", nargs, kwnames)) return nullptr;
  Object* cls = args[0];
  if (compute_abstract_methods(cls) < 0) return nullptr;
  Object* data = abc_data_new(&AbcDataType, nullptr, 0, nullptr);
  if (!data) return nullptr;
  int r = object_setattr(cls, names::_abc_impl, data);
  decref(data);
  if (r < 0) return nullptr;
  // __abc_tpflags__ (collections.abc's Sequence and Mapping): type_new has
  // already turned it into flags for classes; this covers a type made otherwise.
  if (is_type(cls) && type_apply_abc_tpflags(static_cast<TypeObject*>(cls)) < 0) return nullptr;
  return none_ref();
}

// ---- register --------------------------------------------------------------------------
// Registering a virtual subclass of a Sequence or Mapping ABC gives it (and
// its subclasses) the ABC's pattern-matching flag, as in CPython.
void set_collection_flag_recursive(TypeObject* child, uint64_t flag) {
  constexpr uint64_t collection = TPFLAG_SEQUENCE | TPFLAG_MAPPING;
  if (!has_flag(child, TPFLAG_HEAPTYPE) || has_flag(child, TPFLAG_IMMUTABLE) ||
      (child->tp_flags & collection) == flag)
    return;
  child->tp_flags = (child->tp_flags & ~collection) | flag;
  if (Object* subs = child->tp_subclasses)
    for (ssize i = 0; i < size_of(subs); i++)
      set_collection_flag_recursive(static_cast<TypeObject*>(list_get(subs, i)), flag);
}

bool two_args(const char* fname, ssize nargs, Object* kwnames) {
  return cont::check_no_kw(fname, kwnames) && cont::check_nargs(fname, nargs, 2, 2);
}

Object* abc_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("_abc_register", nargs, kwnames)) return nullptr;
  Object* self = args[0];
  Object* subclass = args[1];
  if (!is_type(subclass)) return err_format_null(Exc_TypeError, "Can only register classes");
  int r = object_issubclass(subclass, self);
  if (r > 0) return newref(subclass);  // already a subclass
  if (r < 0) return nullptr;
  // Subtle: test for cycles *after* testing for "already a subclass";
  // this means we allow X.register(X) and interpret it as a no-op.
  r = object_issubclass(self, subclass);
  if (r > 0) return err_format_null(Exc_RuntimeError, "Refusing to create an inheritance cycle");
  if (r < 0) return nullptr;
  AbcDataObject* impl = get_impl(self);
  if (!impl) return nullptr;
  r = add_to_weak_set(&impl->registry, subclass);
  decref(impl);
  if (r < 0) return nullptr;
  abc_invalidation_counter++;  // every ABC's negative cache is stale now
  if (is_type(self)) {
    uint64_t flag = static_cast<TypeObject*>(self)->tp_flags & (TPFLAG_SEQUENCE | TPFLAG_MAPPING);
    if (flag) set_collection_flag_recursive(static_cast<TypeObject*>(subclass), flag);
  }
  return newref(subclass);
}

// ---- instance and subclass checks --------------------------------------------------------
Object* call_subclasscheck(Object* self, Object* cls) { return call_method1(self, names::__subclasscheck__, cls); }

Object* abc_instancecheck(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("_abc_instancecheck", nargs, kwnames)) return nullptr;
  Object* self = args[0];
  Object* instance = args[1];
  AbcDataObject* impl = get_impl(self);
  if (!impl) return nullptr;
  Object* subclass = object_getattr(instance, names::__class__);
  if (!subclass) {
    decref(impl);
    return nullptr;
  }
  Object* result = nullptr;
  int r = in_weak_set(impl->cache, subclass);  // inline the cache checking
  if (r > 0) {
    result = bool_ref(true);
  } else if (r == 0) {
    Object* subtype = type_of(instance);
    if (subtype == subclass) {
      if (impl->negative_cache_version == abc_invalidation_counter) {
        r = in_weak_set(impl->negative_cache, subclass);
        if (r > 0) result = bool_ref(false);
      }
      if (r == 0) result = call_subclasscheck(self, subclass);  // fall back to the subclass check
    } else {
      result = call_subclasscheck(self, subclass);
      if (result) {
        int t = object_is_true(result);
        if (t == 0) {
          decref(result);
          result = call_subclasscheck(self, subtype);
        } else if (t < 0) {
          clearref(result);
        }
      }
    }
  }
  decref(subclass);
  decref(impl);
  return result;
}

// The registered classes, alive, as a list (the set may change while they are checked).
Object* live_registry(Object* registry) {
  Object* out = list_new(0);
  if (!out || !registry) return out;
  Object* it = object_get_iter(registry);
  if (!it) {
    decref(out);
    return nullptr;
  }
  while (Object* ref = iter_next(it)) {
    Object* cls = is_weakref(ref) ? weakref_referent(ref) : None;
    int r = cls == None ? 0 : list_append(out, cls);
    decref(ref);
    if (r < 0) {
      decref(it);
      decref(out);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) clearref(out);
  return out;
}

// Is subclass a subclass of one of the classes in `classes` (a list)?  -1 on error.
int any_issubclass(Object* subclass, Object* classes) {
  for (ssize i = 0; i < size_of(classes); i++) {
    int r = object_issubclass(subclass, list_get(classes, i));
    if (r != 0) return r;
  }
  return 0;
}

Object* abc_subclasscheck(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("_abc_subclasscheck", nargs, kwnames)) return nullptr;
  Object* self = args[0];
  Object* subclass = args[1];
  if (!is_type(subclass)) return err_format_null(Exc_TypeError, "issubclass() arg 1 must be a class");
  AbcDataObject* impl = get_impl(self);
  if (!impl) return nullptr;
  Object* result = nullptr;
  auto finish = [&](bool yes) -> Object* {  // cache the answer and return it
    if (add_to_weak_set(yes ? &impl->cache : &impl->negative_cache, subclass) < 0) return nullptr;
    return bool_ref(yes);
  };
  int r;
  // 1. The positive cache.
  if ((r = in_weak_set(impl->cache, subclass)) != 0) {
    result = r > 0 ? bool_ref(true) : nullptr;
    goto done;
  }
  // 2. The negative cache; may have to invalidate it.
  if (impl->negative_cache_version < abc_invalidation_counter) {
    if (impl->negative_cache) clearref(impl->negative_cache);
    impl->negative_cache_version = abc_invalidation_counter;
  } else if ((r = in_weak_set(impl->negative_cache, subclass)) != 0) {
    result = r > 0 ? bool_ref(false) : nullptr;
    goto done;
  }
  // 3. The subclass hook.
  {
    Object* ok = call_method1(self, names::__subclasshook__, subclass);
    if (!ok) goto done;
    if (ok == True || ok == False) {
      result = finish(ok == True);
      decref(ok);
      goto done;
    }
    bool notimpl = ok == NotImplemented;
    decref(ok);
    if (!notimpl) {
      err_set_string(Exc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
      goto done;
    }
  }
  // 4. A direct subclass: self is on its MRO.
  if (Object* mro = static_cast<TypeObject*>(subclass)->tp_mro) {
    for (ssize i = 0; i < size_of(mro); i++)
      if (tuple_get(mro, i) == self) {
        result = finish(true);
        goto done;
      }
  }
  // 5. A subclass of a registered class (recursively); a registered class
  // itself is answered at once and not cached.
  if ((r = in_weak_set(impl->registry, subclass)) != 0) {
    result = r > 0 ? bool_ref(true) : nullptr;
    goto done;
  }
  {
    Object* reg = live_registry(impl->registry);
    if (!reg) goto done;
    r = any_issubclass(subclass, reg);
    decref(reg);
    if (r != 0) {
      result = r > 0 ? finish(true) : nullptr;
      goto done;
    }
  }
  // 6. A subclass of a subclass (recursively).
  {
    Object* subs = call_method0(self, names::__subclasses__);
    if (!subs) goto done;
    if (!is_list(subs)) {
      decref(subs);
      err_set_string(Exc_TypeError, "__subclasses__() must return a list");
      goto done;
    }
    r = any_issubclass(subclass, subs);
    decref(subs);
    if (r != 0) {
      result = r > 0 ? finish(true) : nullptr;
      goto done;
    }
  }
  // 7. No.
  result = finish(false);
done:
  decref(impl);
  return result;
}

// ---- introspection and resets -------------------------------------------------------------
Object* copy_or_empty(Object* set) { return set_new(set); }

Object* abc_get_dump(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("_abc._get_dump", nargs, kwnames)) return nullptr;
  AbcDataObject* impl = get_impl(args[0]);
  if (!impl) return nullptr;
  Object* items[4] = {copy_or_empty(impl->registry), copy_or_empty(impl->cache),
                      copy_or_empty(impl->negative_cache), int_from_u64(impl->negative_cache_version)};
  decref(impl);
  Object* out = nullptr;
  if (items[0] && items[1] && items[2] && items[3]) out = tuple_from_array(items, 4);
  for (Object* o : items) xdecref(o);
  return out;
}

Object* abc_reset_registry(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("_abc._reset_registry", nargs, kwnames)) return nullptr;
  AbcDataObject* impl = get_impl(args[0]);
  if (!impl) return nullptr;
  clearref(impl->registry);
  decref(impl);
  return none_ref();
}

Object* abc_reset_caches(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("_abc._reset_caches", nargs, kwnames)) return nullptr;
  AbcDataObject* impl = get_impl(args[0]);
  if (!impl) return nullptr;
  clearref(impl->cache);
  clearref(impl->negative_cache);  // the version is left as it is
  decref(impl);
  return none_ref();
}

Object* abc_get_cache_token(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!clinic::no_args("_abc.get_cache_token", nargs, kwnames)) return nullptr;
  return int_from_u64(abc_invalidation_counter);
}

MethodDef abc_functions[] = {
    {"get_cache_token", abc_get_cache_token, METH_DEFAULT,
     "Returns the current ABC cache token.\n\n"
     "The token is an opaque object (supporting equality testing) identifying the\n"
     "current version of the ABC cache for virtual subclasses. The token changes\n"
     "with every call to register() on any ABC."},
    {"_abc_init", abc_init, METH_DEFAULT,
     "Internal ABC helper for class set-up. Should be never used outside abc module."},
    {"_reset_registry", abc_reset_registry, METH_DEFAULT,
     "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
    {"_reset_caches", abc_reset_caches, METH_DEFAULT,
     "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
    {"_get_dump", abc_get_dump, METH_DEFAULT,
     "Internal ABC helper for cache and registry debugging.\n\n"
     "Return shallow copies of registry, of both caches, and\n"
     "negative cache version. Don't call this function directly,\n"
     "instead use ABC._dump_registry() for a nice repr."},
    {"_abc_register", abc_register, METH_DEFAULT, "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
    {"_abc_instancecheck", abc_instancecheck, METH_DEFAULT,
     "Internal ABC helper for instance checks. Should be never used outside abc module."},
    {"_abc_subclasscheck", abc_subclasscheck, METH_DEFAULT,
     "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_abc_module() {
  if (!has_flag(&AbcDataType, TPFLAG_READY)) {
    AbcDataType.tp_name = "_abc._abc_data";
    AbcDataType.tp_basicsize = sizeof(AbcDataObject);
    AbcDataType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
    AbcDataType.tp_new = abc_data_new;
    AbcDataType.tp_dealloc = abc_data_dealloc;
    AbcDataType.tp_traverse = abc_data_traverse;
    AbcDataType.tp_clear = abc_data_clear;
    AbcDataType.tp_doc = "Internal state held by ABC machinery.";
  }
  Object* m = native::make_module("_abc", "Module contains faster C implementation of abc.ABCMeta", abc_functions,
                                  {&AbcDataType});
  // _abc_data is not a module attribute in CPython (only reachable as cls._abc_impl).
  if (m && object_setattr_str(m, "_abc_data", nullptr) < 0) clearref(m);
  return m;
}

}  // namespace stdlib
