// The _queue module: SimpleQueue (an unbounded FIFO queue, reentrant: put
// never blocks and runs no Python code, so it is safe from __del__, weakref
// callbacks and signal handlers) and the Empty exception.  CPython's queue.py
// takes both from here (it has pure-Python fallbacks; the native one is used
// by concurrent.futures' worker threads and named in the instruments).
//
// How it works.  The items are a Python list read from index `head` on (a
// pop from the front is O(1); the consumed prefix is dropped once it is more
// than half of the list).  `nonempty` is a scheduler lock (runtime/sched.h)
// that getters block on while the queue is empty:
//   * get(): while there is no item, take `nonempty` (the first take of a
//     free lock succeeds at once and only marks it taken; a second one blocks
//     until it is released), then look again.  Having popped an item, a
//     getter releases the lock if it is taken.
//   * put(): append, and if `nonempty` is taken, release it.
// Each release wakes one blocked getter (FIFO in the scheduler).  Invariant:
// a getter blocks only on a taken lock, and the lock is released by every
// put and every successful get after that; so a woken getter either finds an
// item or blocks again, and each get that returns wakes the next waiter:
// items never sit in the queue while getters sleep, however many puts
// happened before the woken getter ran.  The wait goes through the
// scheduler layer: the GIL is released, the deadlock detector sees it,
// seeded mode decides the hand-off, and the instruments name it
// "SimpleQueue.get" (ThreadState::wait_label, runtime/sched_names.cpp).
#include <cmath>

#include "runtime/containers/list.h"
#include "../runtime/objects.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"
#include "clinic.h"
#include "datamodules.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

TypeObject SimpleQueueType, EmptyType;

struct SimpleQueueObject : Object {
  Object* items;  // list (owned); the queue is items[head:]
  ssize head;
  sched::SchedLock nonempty;
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};
SimpleQueueObject* Q(Object* o) { return static_cast<SimpleQueueObject*>(o); }

ssize queue_len(SimpleQueueObject* q) { return q->items ? size_of(q->items) - q->head : 0; }

Object* sq_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (type == &SimpleQueueType) {
    if (nargs > 0) return err_format_null(Exc_TypeError, "SimpleQueue() takes no positional arguments");
    if (kwnames && size_of(kwnames) > 0)
      return err_format_null(Exc_TypeError, "SimpleQueue() takes no keyword arguments");
  }
  (void)args;
  auto* q = native::alloc<SimpleQueueObject>(type);
  if (!q) return nullptr;
  new (&q->nonempty) sched::SchedLock();
  sched::lock_init(&q->nonempty, sched::WaitKind::Lock, q);
  q->items = list_new(0);
  if (!q->items) {
    decref(q);
    return nullptr;
  }
  gc_track(q);
  return q;
}

void sq_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  sched::lock_destroy(&Q(o)->nonempty);
  clearref(Q(o)->items);
  free_object(o);
}

int sq_traverse(Object* o, visitproc visit, void* arg) { return Q(o)->items ? visit(Q(o)->items, arg) : 0; }

int sq_clear(Object* o) {
  clearref(Q(o)->items);
  Q(o)->head = 0;
  return 0;
}

// put(item, block=True, timeout=None): block and timeout are accepted and ignored.
Object* sq_put(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!clinic::parse("put", args, nargs, kwnames, "item|block,timeout", a)) return nullptr;
  SimpleQueueObject* q = Q(self);
  if (!q->items && !(q->items = list_new(0))) return nullptr;  // after a tp_clear
  if (list_append(q->items, a[0]) < 0) return nullptr;
  if (sched::lock_locked(&q->nonempty)) sched::lock_release(&q->nonempty);
  return none_ref();
}

Object* sq_put_nowait(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!clinic::parse("put_nowait", args, nargs, kwnames, "item", a)) return nullptr;
  return sq_put(self, a, 1, nullptr);
}

// The timeout as _PyTime_FromSecondsObject reads it: a float, or an integer
// through __index__.  false with an error.
bool timeout_seconds(Object* o, double* out) {
  if (is_float(o)) {
    *out = float_as_double(o);
    if (std::isnan(*out)) {
      err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    return true;
  }
  Object* n = number_index(o);
  if (!n) return false;
  bool ok = true;
  *out = number_as_double(n, &ok);
  decref(n);
  return ok;
}

Object* pop_front(SimpleQueueObject* q) {
  Object* item = list_get(q->items, q->head);  // the list's reference passes to the caller
  list_set_steal(q->items, q->head, none_ref());
  q->head++;
  ssize n = size_of(q->items);
  if (q->head == n || q->head > n / 2) {  // drop the consumed prefix (Nones: nothing runs)
    if (list_ass_slice_items(q->items, 0, q->head, nullptr, 0) < 0)
      err_clear();  // keep the prefix: the queue stays correct, only larger
    else
      q->head = 0;
  }
  return item;
}

Object* empty_error() {
  err_set_none(&EmptyType);
  return nullptr;
}

Object* sq_get_impl(SimpleQueueObject* q, bool block, Object* timeout_obj) {
  double timeout = -1;  // < 0: none
  if (block && timeout_obj && timeout_obj != None) {
    if (!timeout_seconds(timeout_obj, &timeout)) return nullptr;
    if (timeout < 0) return err_format_null(Exc_ValueError, "'timeout' must be a non-negative number");
  }
  if (!block) timeout = 0;
  double deadline = timeout > 0 ? sched::monotonic() + timeout : 0;
  ThreadState* ts = tstate();
  while (queue_len(q) == 0) {
    // A first, non-blocking take (it succeeds when nobody holds the lock)...
    int r = sched::lock_acquire(&q->nonempty, false, 0);
    if (r == 0 && timeout != 0) {  // ...else wait for a put.
      double left = -1;
      if (timeout > 0 && (left = deadline - sched::monotonic()) < 0) left = 0;
      const char* saved = ts->wait_label;
      ts->wait_label = "SimpleQueue.get";
      r = sched::lock_acquire(&q->nonempty, true, left, true);
      ts->wait_label = saved;
      if (r < 0) return nullptr;  // a signal handler raised
    }
    if (r == 0) return empty_error();
    if (!q->items) return empty_error();  // cleared by the collector meanwhile
  }
  Object* item = pop_front(q);
  // Pass the lock on: a getter that blocked behind this one wakes and finds
  // the next item (or the empty queue, and blocks again).
  if (sched::lock_locked(&q->nonempty)) sched::lock_release(&q->nonempty);
  return item;
}

Object* sq_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!clinic::parse("get", args, nargs, kwnames, "|block,timeout", a)) return nullptr;
  bool block = true;
  if (a[0] && !clinic::to_bool(a[0], &block)) return nullptr;
  return sq_get_impl(Q(self), block, a[1]);
}

Object* sq_get_nowait(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SimpleQueue.get_nowait", nargs, kwnames)) return nullptr;
  return sq_get_impl(Q(self), false, nullptr);
}

Object* sq_empty(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SimpleQueue.empty", nargs, kwnames)) return nullptr;
  return bool_ref(queue_len(Q(self)) == 0);
}

Object* sq_qsize(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SimpleQueue.qsize", nargs, kwnames)) return nullptr;
  return int_from_i64(queue_len(Q(self)));
}

MethodDef sq_methods[] = {
    {"empty", sq_empty, METH_DEFAULT, "Return True if the queue is empty, False otherwise (not reliable!)."},
    {"get", sq_get, METH_DEFAULT,
     "Remove and return an item from the queue.\n\n"
     "If optional args 'block' is true and 'timeout' is None (the default),\n"
     "block if necessary until an item is available. If 'timeout' is\n"
     "a non-negative number, it blocks at most 'timeout' seconds and raises\n"
     "the Empty exception if no item was available within that time.\n"
     "Otherwise ('block' is false), return an item if one is immediately\n"
     "available, else raise the Empty exception ('timeout' is ignored\n"
     "in that case)."},
    {"get_nowait", sq_get_nowait, METH_DEFAULT,
     "Remove and return an item from the queue without blocking.\n\n"
     "Only get an item if one is immediately available. Otherwise\n"
     "raise the Empty exception."},
    {"put", sq_put, METH_DEFAULT,
     "Put the item on the queue.\n\n"
     "The optional 'block' and 'timeout' arguments are ignored, as this method\n"
     "never blocks.  They are provided for compatibility with the Queue class."},
    {"put_nowait", sq_put_nowait, METH_DEFAULT,
     "Put an item into the queue without blocking.\n\n"
     "This is exactly equivalent to `put(item, block=False)` and is only provided\n"
     "for compatibility with the Queue class."},
    {"qsize", sq_qsize, METH_DEFAULT, "Return the approximate size of the queue (not reliable!)."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_queue_module() {
  if (!has_flag(&SimpleQueueType, TPFLAG_READY)) {
    exception_type(&EmptyType, "_queue.Empty", Exc_Exception);
    EmptyType.tp_doc = "Exception raised by Queue.get(block=0)/get_nowait().";
    SimpleQueueType.tp_name = "_queue.SimpleQueue";
    SimpleQueueType.tp_basicsize = sizeof(SimpleQueueObject);
    SimpleQueueType.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
    SimpleQueueType.tp_new = sq_new;
    SimpleQueueType.tp_dealloc = sq_dealloc;
    SimpleQueueType.tp_traverse = sq_traverse;
    SimpleQueueType.tp_clear = sq_clear;
    SimpleQueueType.tp_weaklistoffset = ssize(offsetof(SimpleQueueObject, weaklist));
    SimpleQueueType.tp_methods = sq_methods;
    SimpleQueueType.tp_doc = "Simple, unbounded, reentrant FIFO queue.";
  }
  return native::make_module("_queue",
                             "C implementation of the Python queue module.\n"
                             "This module is an implementation detail, please do not use it directly.",
                             nullptr, {&EmptyType, &SimpleQueueType});
}

}  // namespace stdlib
