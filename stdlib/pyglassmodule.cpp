// The _pyglass module: the instruments' figures from inside a script
// (documented in docs/instruments.md).
//
// Importing it turns counting on (ins::enable_counting) for the allocator and
// collector figures, which are otherwise kept only under --stats and the
// other instrument flags: counts then start at the import.  GIL figures come
// from the ThreadStates (runtime/gil.cpp keeps them in every run).
#include "runtime/threads/gil.h"
#include "../gc/gc.h"
#include "runtime/instruments/instruments_impl.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"
#include "modules.h"

namespace rt {
size_t str_interned_count();  // runtime/str.cpp
}

namespace stdlib {

using namespace rt;

namespace {

// d[key] = v (v stolen); returns false on error.
bool put(Object* d, const char* key, Object* v) {
  if (!v) return false;
  int r = dict_setitem_str(d, key, v);
  decref(v);
  return r == 0;
}

Object* thread_dict(ThreadState* ts) {
  Object* d = dict_new();
  if (!d) return nullptr;
  Interp* in = interp_state();
  int64_t interval = in->check_interval > 0 ? in->check_interval : 1;
  int64_t pending = interval - ts->ticker;
  uint64_t bytecodes = ts->bytecodes + uint64_t(pending > 0 && pending <= interval ? pending : 0);
  sched::refresh_thread_name(ts);
  const char* name = ts->name[0] ? ts->name : (ts->serial <= 1 ? "MainThread" : "");
  bool ok = put(d, "name", str_from_cstr(name)) && put(d, "ident", int_from_u64(ts->thread_id)) &&
            put(d, "native_id", int_from_u64(ts->native_id)) && put(d, "bytecodes", int_from_u64(bytecodes)) &&
            put(d, "gil_hold_s", float_from_double(double(ts->gil_hold_ns) / 1e9)) &&
            put(d, "gil_wait_s", float_from_double(double(ts->gil_wait_ns) / 1e9)) &&
            put(d, "acquisitions", int_from_u64(ts->gil_acquisitions)) &&
            put(d, "forced_releases", int_from_u64(ts->gil_forced_releases)) &&
            put(d, "voluntary_releases", int_from_u64(ts->gil_voluntary_releases)) &&
            put(d, "futile_wakeups", int_from_u64(ts->gil_futile_wakeups));
  if (!ok) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* pg_thread_stats(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("thread_stats", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return thread_dict(tstate());
}

Object* pg_all_thread_stats(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("all_thread_stats", nullptr, nargs, kw, "", nullptr)) return nullptr;
  Object* l = list_new(0);
  if (!l) return nullptr;
  // The interp's list is newest first: report in creation order.
  std::vector<ThreadState*> v;
  for (ThreadState* ts = interp_state()->threads; ts; ts = ts->next) v.push_back(ts);
  for (size_t i = v.size(); i-- > 0;) {
    Object* d = thread_dict(v[i]);
    if (!d || list_append(l, d) < 0) {
      xdecref(d);
      decref(l);
      return nullptr;
    }
    decref(d);
  }
  return l;
}

Object* pg_switches(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("switches", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return int_from_u64(gil::switches_total());
}

Object* pg_gc_stats(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("gc_stats", nullptr, nargs, kw, "", nullptr)) return nullptr;
  Object* l = list_new(0);
  if (!l) return nullptr;
  for (int g = 0; g < 3; g++) {
    const ins::GenTotals& t = ins::gen_totals[g];
    Object* d = dict_new();
    bool ok = d && put(d, "generation", int_from_i64(g)) && put(d, "collections", int_from_i64(gc::get_stats(g).collections)) &&
              put(d, "collected", int_from_i64(gc::get_stats(g).collected)) &&
              put(d, "uncollectable", int_from_i64(gc::get_stats(g).uncollectable)) &&
              put(d, "examined", int_from_i64(t.examined)) &&
              put(d, "total_pause_s", float_from_double(double(t.total_ns) / 1e9)) &&
              put(d, "max_pause_s", float_from_double(double(t.max_ns) / 1e9)) && put(d, "count", int_from_i64(gc::get_count(g)));
    if (!ok || list_append(l, d) < 0) {
      xdecref(d);
      decref(l);
      return nullptr;
    }
    decref(d);
  }
  return l;
}

Object* pg_alloc_stats(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("alloc_stats", nullptr, nargs, kw, "", nullptr)) return nullptr;
  Object* d = dict_new();
  if (!d) return nullptr;
  const ins::AllocStats& a = ins::alloc;
  bool ok = put(d, "created", int_from_u64(a.created)) && put(d, "freed", int_from_u64(a.freed)) &&
            put(d, "float_freelist_hits", int_from_u64(a.float_hits)) &&
            put(d, "float_freelist_misses", int_from_u64(a.float_misses)) &&
            put(d, "list_freelist_hits", int_from_u64(a.list_hits)) &&
            put(d, "list_freelist_misses", int_from_u64(a.list_misses)) &&
            put(d, "small_int_hits", int_from_u64(a.smallint_hits)) &&
            put(d, "interned", int_from_u64(str_interned_count()));
  if (!ok) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* pg_refchain_length(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("refchain_length", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return int_from_i64(refchain_length());
}

Object* pg_check_interval(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("check_interval", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return int_from_i64(interp_state()->check_interval);
}

Object* pg_seeded(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("seeded", nullptr, nargs, kw, "", nullptr)) return nullptr;
  return bool_ref(interp_state()->seeded);
}

Object* pg_seed(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!parse_args("seed", nullptr, nargs, kw, "", nullptr)) return nullptr;
  if (!interp_state()->seeded) return none_ref();
  return int_from_u64(interp_state()->seed);
}

MethodDef pyglass_methods[] = {
    {"thread_stats", pg_thread_stats, METH_DEFAULT, "GIL counters of the calling thread (a dict)."},
    {"all_thread_stats", pg_all_thread_stats, METH_DEFAULT, "GIL counters of every live thread, oldest first."},
    {"switches", pg_switches, METH_DEFAULT, "How many times the GIL changed hands between threads."},
    {"gc_stats", pg_gc_stats, METH_DEFAULT, "Per-generation collector figures (a list of 3 dicts)."},
    {"alloc_stats", pg_alloc_stats, METH_DEFAULT, "Allocator figures: objects, free lists, small ints, interning."},
    {"refchain_length", pg_refchain_length, METH_DEFAULT, "Number of live objects on the refchain."},
    {"check_interval", pg_check_interval, METH_DEFAULT, "The current check interval (bytecodes)."},
    {"seeded", pg_seeded, METH_DEFAULT, "Whether seeded (deterministic) scheduling is on."},
    {"seed", pg_seed, METH_DEFAULT, "The --seed value, or None."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_pyglass_module() {
  ins::enable_counting();
  Object* m = module_new("_pyglass");
  if (!m) return nullptr;
  if (module_add_functions(m, pyglass_methods) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib
