// The gc module: the collector seen from Python (gc/collector.cpp does the work).
#include "../gc/gc.h"
#include "modules.h"
#include "native.h"

namespace stdlib {

using namespace rt;

namespace {

Object* gc_enable(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("enable", nullptr, nargs, kw, "", nullptr)) return nullptr;
  gc::set_enabled(true);
  return none_ref();
}
Object* gc_disable(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("disable", nullptr, nargs, kw, "", nullptr)) return nullptr;
  gc::set_enabled(false);
  return none_ref();
}
Object* gc_isenabled(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("isenabled", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return bool_ref(gc::is_enabled());
}

Object* gc_collect(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* gen = nullptr;
  if (!parse_args("collect", args, nargs, kw, "|generation", &gen)) return nullptr;
  int64_t g = 2;
  if (gen) {
    g = int_as_i64(gen);
    if (g == -1 && err_occurred()) return nullptr;
  }
  if (g < 0 || g > 2) return err_format_null(Exc_ValueError, "invalid generation");
  ssize n = gc::collect(int(g));
  return int_from_i64(n < 0 ? 0 : n);
}

Object* gc_get_count(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("get_count", nullptr, nargs, kw, "", nullptr)) return nullptr;
  int counts[3];  // read before the result tuple's allocation counts itself, as CPython does
  for (int i = 0; i < 3; i++) counts[i] = gc::get_count(i);
  Object* t = tuple_new(3);
  if (!t) return nullptr;
  for (int i = 0; i < 3; i++) tuple_set_steal(t, i, int_from_i64(counts[i]));
  return t;
}

Object* gc_get_threshold(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("get_threshold", nullptr, nargs, kw, "", nullptr)) return nullptr;
  Object* t = tuple_new(3);
  if (!t) return nullptr;
  for (int i = 0; i < 3; i++) tuple_set_steal(t, i, int_from_i64(gc::get_threshold(i)));
  return t;
}

Object* gc_set_threshold(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* v[3] = {nullptr, nullptr, nullptr};
  if (!parse_args("set_threshold", args, nargs, kw, "threshold0/|threshold1,threshold2", v)) return nullptr;
  for (int i = 0; i < 3; i++) {
    if (!v[i]) continue;
    int64_t n = int_as_i64(v[i]);
    if (n == -1 && err_occurred()) return nullptr;
    gc::set_threshold(i, int(n));
  }
  return none_ref();
}

// The result list itself is tracked (in generation 0) but not reported, as in CPython.
bool add_to_list(Object* o, void* ctx) { return o == ctx || list_append(static_cast<Object*>(ctx), o) == 0; }

Object* gc_get_objects(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* gen = nullptr;
  if (!parse_args("get_objects", args, nargs, kw, "|generation", &gen)) return nullptr;
  ssize g = -1;
  if (gen && gen != None) {
    if (!native::opt_ssize_arg(gen, &g)) return nullptr;
    if (g >= 3) return err_format_null(Exc_ValueError, "generation parameter must be less than the number of available generations (3)");
    if (g < -1) return err_format_null(Exc_ValueError, "generation parameter cannot be negative");  // -1: all
  }
  Object* l = list_new(0);
  if (!l) return nullptr;
  gc::for_each_tracked(int(g), add_to_list, l);
  if (err_occurred()) {
    decref(l);
    return nullptr;
  }
  return l;
}

Object* gc_get_stats(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("get_stats", nullptr, nargs, kw, "", nullptr)) return nullptr;
  Object* l = list_new(0);
  for (int i = 0; l && i < 3; i++) {
    const gc::GenStats& s = gc::get_stats(i);
    Object* d = dict_new();
    Object* a = int_from_i64(s.collections);
    Object* b = int_from_i64(s.collected);
    Object* c = int_from_i64(s.uncollectable);
    dict_setitem_str(d, "collections", a);
    dict_setitem_str(d, "collected", b);
    dict_setitem_str(d, "uncollectable", c);
    decref(a);
    decref(b);
    decref(c);
    list_append(l, d);
    decref(d);
  }
  return l;
}

struct ReferrerCtx {
  Object* const* targets;
  ssize ntargets;
  Object* result;
  bool found;
};

int visit_match(Object* o, void* arg) {
  auto* c = static_cast<ReferrerCtx*>(arg);
  for (ssize i = 0; i < c->ntargets; i++)
    if (o == c->targets[i]) c->found = true;
  return 0;
}

bool check_referrer(Object* o, void* arg) {
  auto* c = static_cast<ReferrerCtx*>(arg);
  if (o == c->result) return true;
  c->found = false;
  if (auto tr = type_of(o)->tp_traverse) tr(o, visit_match, c);
  if (c->found) return list_append(c->result, o) == 0;
  return true;
}

Object* gc_get_referrers(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!no_kwargs("get_referrers", kw)) return nullptr;
  ReferrerCtx c{args, nargs, list_new(0), false};
  if (!c.result) return nullptr;
  gc::for_each_tracked(-1, check_referrer, &c);
  return c.result;
}

int visit_append(Object* o, void* arg) {
  // Like CPython, only referents that are containers or atoms reachable by traverse.
  return o ? list_append(static_cast<Object*>(arg), o) : 0;
}

Object* gc_get_referents(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!no_kwargs("get_referents", kw)) return nullptr;
  Object* l = list_new(0);
  for (ssize i = 0; l && i < nargs; i++)
    if (object_is_gc(args[i]))
      if (auto tr = type_of(args[i])->tp_traverse)
        if (tr(args[i], visit_append, l) < 0) {
          decref(l);
          return nullptr;
        }
  return l;
}

Object* gc_is_tracked(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* o = nullptr;
  if (!parse_args("is_tracked", args, nargs, kw, "obj/", &o)) return nullptr;
  return bool_ref(gc_is_tracked(o));
}

Object* gc_is_finalized(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* o = nullptr;
  if (!parse_args("is_finalized", args, nargs, kw, "obj/", &o)) return nullptr;
  return bool_ref(gc::is_finalized(o));
}

Object* gc_freeze(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("freeze", nullptr, nargs, kw, "", nullptr)) return nullptr;
  gc::freeze();
  return none_ref();
}
Object* gc_unfreeze(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("unfreeze", nullptr, nargs, kw, "", nullptr)) return nullptr;
  gc::unfreeze();
  return none_ref();
}
Object* gc_get_freeze_count(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("get_freeze_count", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return int_from_i64(gc::get_freeze_count());
}

Object* gc_set_debug(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* f = nullptr;
  if (!parse_args("set_debug", args, nargs, kw, "flags/", &f)) return nullptr;
  int64_t v = int_as_i64(f);
  if (v == -1 && err_occurred()) return nullptr;
  gc::set_debug(int(v));
  return none_ref();
}
Object* gc_get_debug(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("get_debug", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return int_from_i64(gc::get_debug());
}

MethodDef gc_methods[] = {
    {"enable", gc_enable, METH_DEFAULT, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_DEFAULT, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_DEFAULT, "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, METH_DEFAULT, "Run the garbage collector; returns the number of unreachable objects found."},
    {"get_count", gc_get_count, METH_DEFAULT, "Return the current collection counts."},
    {"get_threshold", gc_get_threshold, METH_DEFAULT, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, METH_DEFAULT, "Set the collection thresholds."},
    {"get_objects", gc_get_objects, METH_DEFAULT, "Return a list of objects tracked by the collector."},
    {"get_stats", gc_get_stats, METH_DEFAULT, "Return a list of dictionaries of per-generation statistics."},
    {"get_referrers", gc_get_referrers, METH_DEFAULT, "Return the list of objects that directly refer to any of the arguments."},
    {"get_referents", gc_get_referents, METH_DEFAULT, "Return the list of objects directly referred to by any of the arguments."},
    {"is_tracked", gc_is_tracked, METH_DEFAULT, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, METH_DEFAULT, "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, METH_DEFAULT, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, METH_DEFAULT, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, METH_DEFAULT, "Return the number of objects in the permanent generation."},
    {"set_debug", gc_set_debug, METH_DEFAULT, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug, METH_DEFAULT, "Get the garbage collection debugging flags."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_gc_module() {
  Object* m = module_new("gc");
  if (!m) return nullptr;
  if (module_add_functions(m, gc_methods) < 0) return nullptr;
  module_add_object(m, "garbage", newref(gc::garbage_list()));
  module_add_object(m, "callbacks", newref(gc::callbacks_list()));
  module_add_object(m, "DEBUG_STATS", int_from_i64(gc::DEBUG_STATS));
  module_add_object(m, "DEBUG_COLLECTABLE", int_from_i64(gc::DEBUG_COLLECTABLE));
  module_add_object(m, "DEBUG_UNCOLLECTABLE", int_from_i64(gc::DEBUG_UNCOLLECTABLE));
  module_add_object(m, "DEBUG_SAVEALL", int_from_i64(gc::DEBUG_SAVEALL));
  module_add_object(m, "DEBUG_LEAK", int_from_i64(gc::DEBUG_COLLECTABLE | gc::DEBUG_UNCOLLECTABLE | gc::DEBUG_SAVEALL));
  return m;
}

}  // namespace stdlib
