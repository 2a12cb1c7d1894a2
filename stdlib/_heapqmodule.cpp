// _heapq: the heap functions heapq.py takes from C, on lists only (a min-heap:
// heap[k] <= heap[2k+1] and heap[2k+2]), plus the max-heap variants
// heapq.merge(reverse=True) and nlargest use (_heappop_max, _heapify_max,
// _heapreplace_max).
//
// The sift loops do exactly CPython's comparisons, in the same order and
// only with `<`, so a heap of objects with odd orderings ends up the same.
// A comparison runs Python code that may change the list: the loops hold
// references to the items they compare, re-read the item array afterwards,
// and stop with RuntimeError "list changed size during iteration" if the
// size changed.
#include "runtime/containers/list.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

// a < b, for a min-heap; b < a for a max-heap.
int less(Object* a, Object* b, bool max) {
  incref(a);
  incref(b);
  int r = max ? object_richcompare_bool(b, a, CMP_LT) : object_richcompare_bool(a, b, CMP_LT);
  decref(a);
  decref(b);
  return r;
}

Object* changed_size() { return err_format_null(Exc_RuntimeError, "list changed size during iteration"); }
Object* out_of_range() { return err_format_null(Exc_IndexError, "index out of range"); }

// Move heap[pos] up towards startpos while it is smaller than its parent.
int siftdown(Object* heap, ssize startpos, ssize pos, bool max) {
  ssize size = size_of(heap);
  if (pos >= size) {
    out_of_range();
    return -1;
  }
  while (pos > startpos) {
    ssize parentpos = (pos - 1) >> 1;
    Object** arr = list_items(heap);
    int cmp = less(arr[pos], arr[parentpos], max);
    if (cmp < 0) return -1;
    if (size != size_of(heap)) {
      changed_size();
      return -1;
    }
    if (cmp == 0) break;
    arr = list_items(heap);
    Object* parent = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = parent;
    pos = parentpos;
  }
  return 0;
}

// Move the smaller child up until heap[pos] reaches a leaf, then sift it down.
int siftup(Object* heap, ssize pos, bool max) {
  ssize endpos = size_of(heap);
  ssize startpos = pos;
  if (pos >= endpos) {
    out_of_range();
    return -1;
  }
  ssize limit = endpos >> 1;
  while (pos < limit) {
    ssize childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Object** arr = list_items(heap);
      // cmp: the left child comes first (min-heap: left < right; max-heap: right < left).
      int cmp = less(arr[childpos], arr[childpos + 1], max);
      if (cmp < 0) return -1;
      childpos += cmp ^ 1;
      if (endpos != size_of(heap)) {
        changed_size();
        return -1;
      }
    }
    Object** arr = list_items(heap);
    Object* t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  return siftdown(heap, startpos, pos, max);
}

bool heap_arg(const char* fname, Object* heap, bool single) {
  if (is_list(heap)) return true;
  err_format(Exc_TypeError, "%s() argument%s must be list, not %s", fname, single ? "" : " 1", type_name(heap));
  return false;
}

bool two_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  std::string q = std::string("_heapq.") + fname;
  return cont::check_no_kw(q.c_str(), kwnames) && cont::check_nargs(fname, nargs, 2, 2) &&
         heap_arg(fname, args[0], false);
}
bool one_arg(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  std::string q = std::string("_heapq.") + fname;
  return cont::check_no_kw(q.c_str(), kwnames) && cont::check_one_arg(q.c_str(), nargs) &&
         heap_arg(fname, args[0], true);
}

Object* heappush(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("heappush", args, nargs, kwnames)) return nullptr;
  Object* heap = args[0];
  if (list_append(heap, args[1]) < 0 || siftdown(heap, 0, size_of(heap) - 1, false) < 0) return nullptr;
  return none_ref();
}

Object* pop_top(Object* heap, bool max) {
  ssize n = size_of(heap);
  if (n == 0) return out_of_range();
  Object* last = newref(list_get(heap, n - 1));
  if (list_ass_slice_items(heap, n - 1, n, nullptr, 0) < 0) {
    decref(last);
    return nullptr;
  }
  if (n - 1 == 0) return last;
  Object* top = list_get(heap, 0);
  list_set_steal(heap, 0, last);
  if (siftup(heap, 0, max) < 0) {
    decref(top);
    return nullptr;
  }
  return top;
}

Object* replace_top(Object* heap, Object* item, bool max) {
  if (size_of(heap) == 0) return out_of_range();
  Object* top = list_get(heap, 0);
  list_set_steal(heap, 0, newref(item));
  if (siftup(heap, 0, max) < 0) {
    decref(top);
    return nullptr;
  }
  return top;
}

Object* heapify_impl(Object* heap, bool max) {
  for (ssize i = (size_of(heap) >> 1) - 1; i >= 0; i--)
    if (siftup(heap, i, max) < 0) return nullptr;
  return none_ref();
}

Object* heappop(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg("heappop", args, nargs, kwnames)) return nullptr;
  return pop_top(args[0], false);
}
Object* heappop_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg("_heappop_max", args, nargs, kwnames)) return nullptr;
  return pop_top(args[0], true);
}
Object* heapreplace(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("heapreplace", args, nargs, kwnames)) return nullptr;
  return replace_top(args[0], args[1], false);
}
Object* heapreplace_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("_heapreplace_max", args, nargs, kwnames)) return nullptr;
  return replace_top(args[0], args[1], true);
}
Object* heapify(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg("heapify", args, nargs, kwnames)) return nullptr;
  return heapify_impl(args[0], false);
}
Object* heapify_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg("_heapify_max", args, nargs, kwnames)) return nullptr;
  return heapify_impl(args[0], true);
}

Object* heappushpop(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_args("heappushpop", args, nargs, kwnames)) return nullptr;
  Object* heap = args[0];
  Object* item = args[1];
  if (size_of(heap) == 0) return newref(item);
  int cmp = less(list_get(heap, 0), item, false);
  if (cmp < 0) return nullptr;
  if (cmp == 0) return newref(item);
  return replace_top(heap, item, false);
}

MethodDef module_functions[] = {
    {"heappush", heappush, METH_DEFAULT, "Push item onto heap, maintaining the heap invariant."},
    {"heappushpop", heappushpop, METH_DEFAULT,
     "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
     "The combined action runs more efficiently than heappush() followed by\na separate call to heappop()."},
    {"heappop", heappop, METH_DEFAULT, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapreplace, METH_DEFAULT,
     "Pop and return the current smallest value, and add the new item.\n\n"
     "This is more efficient than heappop() followed by heappush(), and can be\n"
     "more appropriate when using a fixed-size heap.  Note that the value\n"
     "returned may be larger than item!  That constrains reasonable uses of\n"
     "this routine unless written as part of a conditional replacement:\n\n"
     "    if item > heap[0]:\n        item = heapreplace(heap, item)"},
    {"heapify", heapify, METH_DEFAULT, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heappop_max, METH_DEFAULT, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapreplace_max, METH_DEFAULT, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapify_max, METH_DEFAULT, "Maxheap variant of heapify."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_heapq_module() {
  return native::make_module("_heapq",
                             "Heap queue algorithm (a.k.a. priority queue).\n\n"
                             "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
                             "all k, counting elements from 0.  For the sake of comparison,\n"
                             "non-existing elements are considered to be infinite.  The interesting\n"
                             "property of a heap is that a[0] is always its smallest element.\n",
                             module_functions, {});
}

}  // namespace stdlib
