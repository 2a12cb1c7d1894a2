// RefFields: the GC slots (tp_dealloc, tp_traverse, tp_clear) of a small
// container whose references are the Object* members listed as template
// arguments.  Used by the built-in iterators (runtime/iterobject.cpp) and the
// awaitables of coroutines and async generators (interp/), and the native
// modules (stdlib/native.h).  The object must be tracked by the collector when
// it is deallocated; if its type accepts weak references, they are cleared first.
#pragma once
#include "api.h"

namespace rt {

template <class T, Object* T::*... Fields>
struct RefFields {
  static void dealloc(Object* o) {
    gc_untrack(o);
    clear_weakrefs(o);  // nothing to do unless the type accepts weak references
    T* t = static_cast<T*>(o);
    (xdecref(t->*Fields), ...);
    free_object(o);
  }
  static int traverse(Object* o, visitproc visit, void* arg) {
    T* t = static_cast<T*>(o);
    int r = 0;
    ((r = r ? r : (t->*Fields ? visit(t->*Fields, arg) : 0)), ...);
    return r;
  }
  static int clear(Object* o) {
    T* t = static_cast<T*>(o);
    (clearref(t->*Fields), ...);
    return 0;
  }
};

}  // namespace rt
