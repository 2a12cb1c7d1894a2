// The buffer protocol: acquiring and releasing views, the flat-bytes filler
// for simple exporters, and the strided copy loops that memoryview, bytes()
// and friends use to gather or scatter the items of an N-dimensional view.
//
// The copy loops walk the view's index space in C order (last index fastest)
// or F order (first index fastest) with an odometer of ndim counters; each
// step adds the dimension's stride to a running byte offset from buf, so
// negative strides (reversed slices) need no special case.
#include "runtime/bytes/buffer.h"

#include <cstring>
#include <vector>

namespace rt {

int object_get_buffer(Object* o, Buffer* view, int flags) {
  getbufferproc f = type_of(o)->bf_getbuffer;
  if (!f) {
    err_format(Exc_TypeError, "a bytes-like object is required, not '%.100s'", type_name(o));
    return -1;
  }
  *view = Buffer();
  if (f(o, view, flags) < 0) {
    view->obj = nullptr;
    return -1;
  }
  return 0;
}

void buffer_release(Buffer* view) {
  Object* o = view->obj;
  if (!o) return;
  view->obj = nullptr;
  if (releasebufferproc f = type_of(o)->bf_releasebuffer) f(o, view);
  decref(o);
}

int buffer_fill_info(Buffer* view, Object* exporter, void* buf, ssize len, bool readonly, int flags) {
  if ((flags & BUF_WRITABLE) && readonly) {
    err_set_string(Exc_BufferError, "Object is not writable.");
    return -1;
  }
  view->obj = newref(exporter);
  view->buf = buf;
  view->len = len;
  view->readonly = readonly;
  view->itemsize = 1;
  view->format = (flags & BUF_FORMAT) ? "B" : nullptr;
  view->ndim = 1;
  // One dimension of len bytes: the view's own len and itemsize serve as the
  // shape and stride arrays (they live exactly as long as the view).
  view->shape = (flags & BUF_ND) == BUF_ND ? &view->len : nullptr;
  view->strides = (flags & BUF_STRIDES) == BUF_STRIDES ? &view->itemsize : nullptr;
  view->internal = nullptr;
  return 0;
}

void buffer_c_strides(int ndim, const ssize* shape, ssize itemsize, ssize* strides) {
  ssize s = itemsize;
  for (int d = ndim - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d];
  }
}

bool buffer_is_contiguous(const Buffer* v, char order) {
  if (!v->strides || v->len == 0) return true;
  auto c_order = [v] {
    ssize s = v->itemsize;
    for (int d = v->ndim - 1; d >= 0; d--) {
      ssize n = buffer_shape(v, d);
      if (n > 1 && v->strides[d] != s) return false;
      s *= n;
    }
    return true;
  };
  auto f_order = [v] {
    ssize s = v->itemsize;
    for (int d = 0; d < v->ndim; d++) {
      ssize n = buffer_shape(v, d);
      if (n > 1 && v->strides[d] != s) return false;
      s *= n;
    }
    return true;
  };
  if (order == 'C') return c_order();
  if (order == 'F') return f_order();
  return c_order() || f_order();
}

namespace {

// Visit the byte offset (from buf) of every item of v in C or F order.
template <class F>
void for_each_item(const Buffer* v, char order, F fn) {
  int nd = v->ndim;
  if (nd == 0) {
    fn(ssize(0));
    return;
  }
  for (int d = 0; d < nd; d++)
    if (buffer_shape(v, d) == 0) return;
  std::vector<ssize> idx(size_t(nd), 0);
  ssize off = 0;
  for (;;) {
    fn(off);
    // Advance the odometer: the fastest dimension is the last (C) or the first (F).
    int k = 0;
    for (; k < nd; k++) {
      int d = order == 'F' ? k : nd - 1 - k;
      ssize st = buffer_stride(v, d);
      if (++idx[size_t(d)] < buffer_shape(v, d)) {
        off += st;
        break;
      }
      off -= st * (idx[size_t(d)] - 1);
      idx[size_t(d)] = 0;
    }
    if (k == nd) return;
  }
}

}  // namespace

void buffer_to_contiguous(char* dst, const Buffer* v, char order) {
  if (buffer_is_contiguous(v, order == 'F' ? 'F' : 'C')) {
    memcpy(dst, v->buf, size_t(v->len));
    return;
  }
  const char* base = static_cast<const char*>(v->buf);
  size_t isz = size_t(v->itemsize);
  for_each_item(v, order, [&](ssize off) {
    memcpy(dst, base + off, isz);
    dst += isz;
  });
}

void buffer_from_contiguous(Buffer* v, const char* src) {
  if (buffer_is_contiguous(v, 'C')) {
    memmove(v->buf, src, size_t(v->len));
    return;
  }
  char* base = static_cast<char*>(v->buf);
  size_t isz = size_t(v->itemsize);
  for_each_item(v, 'C', [&](ssize off) {
    memcpy(base + off, src, isz);
    src += isz;
  });
}

}  // namespace rt
