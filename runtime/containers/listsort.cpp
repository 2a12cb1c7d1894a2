// list.sort: a stable natural merge sort that only asks `a < b`.
//
// The list is emptied while sorting (items null, allocated -1) so that a key
// function or comparison that mutates it is detected ("list modified during
// sort").  Keys are computed first; if one raises, the list is left as it was.
// Sorting works on (key, value) pairs: runs are found (descending runs are
// reversed, short ones extended by binary insertion to MIN_RUN), then merged
// pairwise.  Every step keeps the array a permutation even when a comparison
// raises, so the list always ends up holding exactly its original items.
//
// When every key is an exact small int, exact float or exact str, comparisons
// skip rich comparison (their `<` is fixed and cannot fail).
#include <cstdlib>
#include <cstring>

#include "runtime/containers/list.h"

namespace rt {

namespace {

struct Pair {
  Object* k;
  Object* v;
};

constexpr ssize MIN_RUN = 32;

struct GenericLess {
  int operator()(Object* a, Object* b) const { return object_richcompare_bool(a, b, CMP_LT); }
};
struct IntLess {
  int operator()(Object* a, Object* b) const { return int_small_value(a) < int_small_value(b); }
};
struct FloatLess {
  int operator()(Object* a, Object* b) const { return float_value(a) < float_value(b); }
};
struct StrLess {
  // UTF-8 byte order is code point order.
  int operator()(Object* a, Object* b) const {
    StrObject* x = as_str(a);
    StrObject* y = as_str(b);
    ssize n = x->utf8_len < y->utf8_len ? x->utf8_len : y->utf8_len;
    int c = std::memcmp(x->data, y->data, size_t(n));
    if (c) return c < 0;
    return x->utf8_len < y->utf8_len;
  }
};

template <class Less>
class Sorter {
 public:
  Sorter(Pair* a, ssize n) : a_(a), n_(n) {}
  ~Sorter() { std::free(tmp_); }

  int sort() {
    if (n_ < 2) return 0;
    // 1. Split into runs of at least MIN_RUN (except the last).
    ssize* bounds = static_cast<ssize*>(std::malloc(sizeof(ssize) * size_t(n_ / MIN_RUN + 3)));
    if (!bounds) {
      err_no_memory();
      return -1;
    }
    ssize nruns = 0;
    bounds[nruns++] = 0;
    ssize lo = 0;
    int rc = 0;
    while (lo < n_) {
      ssize end = count_run(lo, &rc);
      if (rc < 0) break;
      if (end - lo < MIN_RUN) {
        ssize force = lo + MIN_RUN < n_ ? lo + MIN_RUN : n_;
        rc = binary_insertion(lo, end, force);
        if (rc < 0) break;
        end = force;
      }
      bounds[nruns++] = end;
      lo = end;
    }
    // 2. Merge neighbouring runs until one is left.
    ssize runs = nruns - 1;
    while (rc == 0 && runs > 1) {
      ssize out = 1;
      ssize r = 0;
      for (; r + 1 < runs; r += 2) {
        rc = merge(bounds[r], bounds[r + 1], bounds[r + 2]);
        if (rc < 0) break;
        bounds[out++] = bounds[r + 2];
      }
      if (rc < 0) break;
      if (r < runs) bounds[out++] = bounds[r + 1];
      runs = out - 1;
    }
    std::free(bounds);
    return rc;
  }

 private:
  // Length of the run starting at lo; a strictly descending run is reversed in place.
  ssize count_run(ssize lo, int* rc) {
    ssize hi = lo + 1;
    if (hi == n_) return hi;
    int k = less_(a_[hi].k, a_[lo].k);
    if (k < 0) {
      *rc = -1;
      return hi;
    }
    if (k) {
      for (hi++; hi < n_; hi++) {
        k = less_(a_[hi].k, a_[hi - 1].k);
        if (k < 0) {
          *rc = -1;
          return hi;
        }
        if (!k) break;
      }
      for (ssize i = lo, j = hi - 1; i < j; i++, j--) std::swap(a_[i], a_[j]);
    } else {
      for (hi++; hi < n_; hi++) {
        k = less_(a_[hi].k, a_[hi - 1].k);
        if (k < 0) {
          *rc = -1;
          return hi;
        }
        if (k) break;
      }
    }
    return hi;
  }

  // a[lo..start) is sorted; insert a[start..hi) one by one.
  int binary_insertion(ssize lo, ssize start, ssize hi) {
    for (; start < hi; start++) {
      Pair pivot = a_[start];
      ssize l = lo, r = start;
      while (l < r) {
        ssize mid = l + ((r - l) >> 1);
        int k = less_(pivot.k, a_[mid].k);
        if (k < 0) return -1;
        if (k) r = mid;
        else l = mid + 1;
      }
      std::memmove(a_ + l + 1, a_ + l, sizeof(Pair) * size_t(start - l));
      a_[l] = pivot;
    }
    return 0;
  }

  // Merge the sorted a[lo..mid) and a[mid..hi).
  int merge(ssize lo, ssize mid, ssize hi) {
    int k = less_(a_[mid].k, a_[mid - 1].k);
    if (k <= 0) return k;  // already in order (or error, nothing moved)
    ssize nl = mid - lo;
    if (cap_ < nl) {
      Pair* t = static_cast<Pair*>(std::realloc(tmp_, sizeof(Pair) * size_t(nl)));
      if (!t) {
        err_no_memory();
        return -1;
      }
      tmp_ = t;
      cap_ = nl;
    }
    std::memcpy(tmp_, a_ + lo, sizeof(Pair) * size_t(nl));
    ssize i = 0, j = mid, d = lo;
    int rc = 0;
    while (i < nl && j < hi) {
      k = less_(a_[j].k, tmp_[i].k);
      if (k < 0) {
        rc = -1;
        break;
      }
      if (k) a_[d++] = a_[j++];
      else a_[d++] = tmp_[i++];
    }
    // The rest of the left run fills the gap before a[j..hi), which is in place.
    std::memcpy(a_ + d, tmp_ + i, sizeof(Pair) * size_t(nl - i));
    return rc;
  }

  Pair* a_;
  ssize n_;
  Pair* tmp_ = nullptr;
  ssize cap_ = 0;
  Less less_;
};

void reverse_pairs(Pair* a, ssize n) {
  for (ssize i = 0, j = n - 1; i < j; i++, j--) std::swap(a[i], a[j]);
}

int sort_pairs(Pair* p, ssize n) {
  bool all_int = true, all_float = true, all_str = true;
  for (ssize i = 0; i < n && (all_int || all_float || all_str); i++) {
    Object* k = p[i].k;
    TypeObject* t = type_of(k);
    if (t != &IntType || !int_is_small(k)) all_int = false;
    if (t != &FloatType) all_float = false;
    if (t != &StrType) all_str = false;
  }
  if (all_int) return Sorter<IntLess>(p, n).sort();
  if (all_float) return Sorter<FloatLess>(p, n).sort();
  if (all_str) return Sorter<StrLess>(p, n).sort();
  return Sorter<GenericLess>(p, n).sort();
}

}  // namespace

int list_sort(Object* l, Object* key, bool reverse) {
  auto* self = static_cast<ListObject*>(l);
  if (key == None) key = nullptr;
  ssize n = self->ob_size;
  Object** saved = self->items;
  ssize saved_allocated = self->allocated;
  self->ob_size = 0;
  self->items = nullptr;
  self->allocated = -1;

  int rc = 0;
  Pair* pairs = nullptr;
  if (n > 1 || (key && n > 0)) {
    pairs = static_cast<Pair*>(std::malloc(sizeof(Pair) * size_t(n)));
    if (!pairs) {
      err_no_memory();
      rc = -1;
    }
  }
  ssize nkeys = 0;
  if (rc == 0 && pairs) {
    for (ssize i = 0; i < n; i++) {
      pairs[i].v = saved[i];
      if (key) {
        Object* k = call1(key, saved[i]);
        if (!k) {
          rc = -1;
          break;
        }
        pairs[i].k = k;
        nkeys++;
      } else {
        pairs[i].k = saved[i];
      }
    }
  }
  if (rc == 0 && pairs && n > 1) {
    if (reverse) reverse_pairs(pairs, n);
    rc = sort_pairs(pairs, n);
    if (reverse) reverse_pairs(pairs, n);
    for (ssize i = 0; i < n; i++) saved[i] = pairs[i].v;
  }
  if (key && pairs)
    for (ssize i = 0; i < nkeys; i++) decref(pairs[i].k);
  std::free(pairs);

  Object** final_items = self->items;
  ssize final_n = self->ob_size;
  bool modified = self->allocated != -1;
  self->ob_size = n;
  self->items = saved;
  self->allocated = saved_allocated;
  if (final_items) {
    while (--final_n >= 0) xdecref(final_items[final_n]);
    std::free(final_items);
  }
  if (modified && rc == 0) {
    err_set_string(Exc_ValueError, "list modified during sort");
    rc = -1;
  }
  return rc;
}

}  // namespace rt
