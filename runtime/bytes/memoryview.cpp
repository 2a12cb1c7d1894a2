// memoryview: a view of another object's memory through the buffer protocol.
//
// A memoryview sees items of `itemsize` bytes arranged in ndim dimensions;
// the item at index (i0, i1, ...) lives at
//     view.buf + i0 * strides[0] + i1 * strides[1] + ...
// Slicing m[a:b:c] therefore makes no copy: the new view starts at item a
// (buf += a * strides[0]), has len(range(a, b, c)) items in dimension 0 and
// stride strides[0] * c, which may be negative.  cast() reinterprets a
// C-contiguous view with another format or shape (1-D <-> N-D).  Every view
// made from a memoryview shares its ManagedBuffer (runtime/memoryview.h), so
// the exporter's buffer is acquired once and given back when the last view
// lets go of it.
//
// Invariants: mbuf == null exactly when released (every operation but
// release(), repr and == then raises ValueError); exports counts the buffers
// taken from this memoryview, and release() refuses while it is non-zero;
// contig caches C/F contiguity of `view`, which never changes after creation.
#include <cstring>
#include <string>

#include "runtime/containers/list.h"
#include "runtime/bytes/memoryview.h"
#include "runtime/text/str.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject MemoryViewType;
TypeObject ManagedBufferType;
TypeObject MemoryIterType;

namespace {

// ---- managed buffers ------------------------------------------------------------------------
void mbuf_dealloc(Object* o) {
  gc_untrack(o);
  buffer_release(&static_cast<ManagedBufferObject*>(o)->master);
  free_object(o);
}

int mbuf_traverse(Object* o, visitproc visit, void* arg) {
  Object* e = static_cast<ManagedBufferObject*>(o)->master.obj;
  return e ? visit(e, arg) : 0;
}

// A ManagedBuffer holding o's full buffer.
ManagedBufferObject* mbuf_from_object(Object* o) {
  if (!object_has_buffer(o))
    return static_cast<ManagedBufferObject*>(
        err_format_null(Exc_TypeError, "memoryview: a bytes-like object is required, not '%.200s'", type_name(o)));
  auto* mb = static_cast<ManagedBufferObject*>(alloc_object(&ManagedBufferType, sizeof(ManagedBufferObject)));
  if (!mb) return nullptr;
  mb->master = Buffer();
  if (object_get_buffer(o, &mb->master, BUF_FULL_RO) < 0) {
    decref(mb);
    return nullptr;
  }
  gc_track(mb);
  return mb;
}

// ---- memoryview objects ------------------------------------------------------------------------
bool released(MemoryViewObject* m) {
  if (m->mbuf) return false;
  err_set_string(Exc_ValueError, "operation forbidden on released memoryview object");
  return true;
}

void compute_contig(MemoryViewObject* m) {
  m->contig = (buffer_is_contiguous(&m->view, 'C') ? MV_C : 0) | (buffer_is_contiguous(&m->view, 'F') ? MV_F : 0);
}

// A new memoryview over mbuf with room for ndim dimensions; the caller fills
// view (shape/strides already point at dims) and then calls finish().
MemoryViewObject* mv_alloc(ManagedBufferObject* mbuf, int ndim) {
  // The reference is taken first: the allocation may run the collector and
  // finalizers, which could release the view mbuf came from.
  incref(mbuf);
  auto* m = static_cast<MemoryViewObject*>(alloc_var_object(&MemoryViewType, 2 * ssize(ndim)));
  if (!m) {
    decref(mbuf);
    return nullptr;
  }
  m->mbuf = mbuf;
  m->view = Buffer();
  m->view.ndim = ndim;
  m->view.shape = m->dims;
  m->view.strides = m->dims + ndim;
  m->hash = -1;
  m->exports = 0;
  m->contig = 0;
  return m;
}

Object* finish(MemoryViewObject* m) {
  compute_contig(m);
  gc_track(m);
  return m;
}

// A copy of src's view (same memory, format, shape and strides) over the same ManagedBuffer.
MemoryViewObject* mv_copy(MemoryViewObject* src) {
  int nd = src->view.ndim;
  MemoryViewObject* m = mv_alloc(src->mbuf, nd);
  if (!m) return nullptr;
  ssize* shape = m->view.shape;
  ssize* strides = m->view.strides;
  m->view = src->view;
  m->view.shape = shape;
  m->view.strides = strides;
  for (int d = 0; d < nd; d++) {
    shape[d] = src->view.shape[d];
    strides[d] = src->view.strides[d];
  }
  return m;
}

Object* mv_from_mbuf(ManagedBufferObject* mbuf) {
  const Buffer& b = mbuf->master;
  MemoryViewObject* m = mv_alloc(mbuf, b.ndim);
  if (!m) return nullptr;
  m->view.buf = b.buf;
  m->view.len = b.len;
  m->view.itemsize = b.itemsize;
  m->view.readonly = b.readonly;
  m->view.format = buffer_format(&b);
  for (int d = 0; d < b.ndim; d++) m->view.shape[d] = buffer_shape(&b, d);
  if (b.strides)
    for (int d = 0; d < b.ndim; d++) m->view.strides[d] = b.strides[d];
  else
    buffer_c_strides(b.ndim, m->view.shape, b.itemsize, m->view.strides);
  return finish(m);
}

}  // namespace

Object* memoryview_from_object(Object* o) {
  if (type_of(o) == &MemoryViewType) {
    if (released(MV(o))) return nullptr;
    MemoryViewObject* m = mv_copy(MV(o));
    return m ? finish(m) : nullptr;
  }
  ManagedBufferObject* mb = mbuf_from_object(o);
  if (!mb) return nullptr;
  Object* m = mv_from_mbuf(mb);
  decref(mb);
  return m;
}

namespace {

Object* mv_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"object"};
  Object* a[1];
  if (!str_parse_args("memoryview", args, nargs, kwnames, kw, 1, 1, a)) return nullptr;
  return memoryview_from_object(a[0]);
}

void mv_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  clearref(MV(o)->mbuf);
  free_object(o);
}

int mv_traverse(Object* o, visitproc visit, void* arg) {
  Object* mb = MV(o)->mbuf;
  return mb ? visit(mb, arg) : 0;
}

int mv_clear(Object* o) {
  // A view whose memory is lent out keeps it (the borrower holds a reference to us anyway).
  if (MV(o)->exports == 0) clearref(MV(o)->mbuf);
  return 0;
}

Object* mv_repr(Object* o) {
  std::string s = MV(o)->mbuf ? "<memory at " : "<released memory at ";
  s += format_pointer(o);
  s += '>';
  return str_from_valid(s);
}

// ---- indexing ------------------------------------------------------------------------------------
// The address of item index in dimension dim, starting from p.
char* lookup_dim(const Buffer* v, char* p, int dim, ssize index) {
  ssize n = v->shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    err_format(Exc_IndexError, "index out of bounds on dimension %d", dim + 1);
    return nullptr;
  }
  return p + index * v->strides[dim];
}

bool is_multiindex(Object* key) {
  if (!is_tuple(key)) return false;
  for (ssize i = 0; i < size_of(key); i++)
    if (!type_of(tuple_get(key, i))->nb_index) return false;
  return true;
}

bool is_multislice(Object* key) {
  if (!is_tuple(key) || size_of(key) == 0) return false;
  for (ssize i = 0; i < size_of(key); i++)
    if (!is_instance_of(tuple_get(key, i), &SliceType)) return false;
  return true;
}

// The address named by a tuple of as many indexes as dimensions.
char* ptr_from_tuple(const Buffer* v, Object* key) {
  ssize n = size_of(key);
  if (n > v->ndim) {
    err_format(Exc_TypeError, "cannot index %d-dimension view with %zd-element tuple", v->ndim, n);
    return nullptr;
  }
  char* p = static_cast<char*>(v->buf);
  for (ssize d = 0; d < n; d++) {
    ssize i = number_as_ssize(tuple_get(key, d), Exc_IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    p = lookup_dim(v, p, int(d), i);
    if (!p) return nullptr;
  }
  return p;
}

// Restrict dimension 0 of v to the slice key.
bool apply_slice(Buffer* v, Object* key) {
  ssize start, stop, step;
  ssize n = slice_indices(key, v->shape[0], &start, &stop, &step);
  if (n < 0) return false;
  v->buf = static_cast<char*>(v->buf) + start * v->strides[0];
  v->shape[0] = n;
  v->strides[0] *= step;
  v->len = v->itemsize;
  for (int d = 0; d < v->ndim; d++) v->len *= v->shape[d];
  return true;
}

Object* mv_subscript(Object* o, Object* key) {
  MemoryViewObject* m = MV(o);
  if (released(m)) return nullptr;
  Buffer* v = &m->view;
  const char* fmt = buffer_format(v);
  if (v->ndim == 0) {
    if (is_tuple(key) && size_of(key) == 0) {
      if (!check_item_format(fmt)) return nullptr;
      return unpack_item(fmt, static_cast<char*>(v->buf));
    }
    if (key == Ellipsis) return newref(o);
    return err_format_null(Exc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (type_of(key)->nb_index) {
    ssize i = number_as_ssize(key, Exc_IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    if (!check_item_format(fmt)) return nullptr;
    if (v->ndim > 1) return err_format_null(Exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    char* p = lookup_dim(v, static_cast<char*>(v->buf), 0, i);
    return p ? unpack_item(fmt, p) : nullptr;
  }
  if (is_instance_of(key, &SliceType)) {
    MemoryViewObject* s = mv_copy(m);
    if (!s) return nullptr;
    if (!apply_slice(&s->view, key)) {
      decref(s);
      return nullptr;
    }
    return finish(s);
  }
  if (is_multiindex(key)) {
    if (!check_item_format(fmt)) return nullptr;
    if (size_of(key) < v->ndim) return err_format_null(Exc_NotImplementedError, "sub-views are not implemented");
    char* p = ptr_from_tuple(v, key);
    return p ? unpack_item(fmt, p) : nullptr;
  }
  if (is_multislice(key))
    return err_format_null(Exc_NotImplementedError, "multi-dimensional slicing is not implemented");
  return err_format_null(Exc_TypeError, "memoryview: invalid slice key");
}

// Store value into the item at p.  Converting the value can run Python code
// (__index__, __float__, __bool__) that releases this view: the value is
// packed into a local first and written only if the memory is still ours.
int store_item(MemoryViewObject* m, const char* fmt, char* p, Object* value) {
  char item[16];
  if (pack_item(fmt, item, value) < 0) return -1;
  if (released(m)) return -1;
  memcpy(p, item, size_t(m->view.itemsize));
  return 0;
}

// Same format (ignoring '@'), itemsize and shape: the condition for copying one view into another.
bool same_structure(const Buffer* a, const Buffer* b) {
  const char* fa = buffer_format(a);
  const char* fb = buffer_format(b);
  if (fa[0] == '@') fa++;
  if (fb[0] == '@') fb++;
  bool same = strcmp(fa, fb) == 0 && a->itemsize == b->itemsize && a->ndim == b->ndim;
  for (int d = 0; same && d < a->ndim; d++) same = buffer_shape(a, d) == buffer_shape(b, d);
  if (!same)
    err_set_string(Exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  return same;
}

int mv_ass_subscript(Object* o, Object* key, Object* value) {
  MemoryViewObject* m = MV(o);
  if (released(m)) return -1;
  Buffer* v = &m->view;
  const char* fmt = buffer_format(v);
  if (v->readonly) {
    err_set_string(Exc_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    err_set_string(Exc_TypeError, "cannot delete memory");
    return -1;
  }
  if (v->ndim == 0) {
    if (key == Ellipsis || (is_tuple(key) && size_of(key) == 0)) {
      if (!check_item_format(fmt)) return -1;
      return store_item(m, fmt, static_cast<char*>(v->buf), value);
    }
    err_set_string(Exc_TypeError, "invalid indexing of 0-dim memory");
    return -1;
  }
  if (type_of(key)->nb_index) {
    if (v->ndim > 1) {
      err_set_string(Exc_NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    ssize i = number_as_ssize(key, Exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    if (!check_item_format(fmt)) return -1;
    char* p = lookup_dim(v, static_cast<char*>(v->buf), 0, i);
    return p ? store_item(m, fmt, p, value) : -1;
  }
  if (is_instance_of(key, &SliceType) && v->ndim == 1) {
    Buffer src;
    if (object_get_buffer(value, &src, BUF_FULL_RO) < 0) return -1;
    ssize shape0 = v->shape[0], stride0 = v->strides[0];
    Buffer dest = *v;
    dest.shape = &shape0;
    dest.strides = &stride0;
    int r = -1;
    if (apply_slice(&dest, key) && same_structure(&dest, &src)) {
      // Through a contiguous copy: source and destination may overlap.
      std::string tmp(size_t(src.len), '\0');
      buffer_to_contiguous(tmp.data(), &src, 'C');
      buffer_from_contiguous(&dest, tmp.data());
      r = 0;
    }
    buffer_release(&src);
    return r;
  }
  if (is_multiindex(key)) {
    if (size_of(key) < v->ndim) {
      err_set_string(Exc_NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    if (!check_item_format(fmt)) return -1;
    char* p = ptr_from_tuple(v, key);
    return p ? store_item(m, fmt, p, value) : -1;
  }
  if (is_instance_of(key, &SliceType) || is_multislice(key)) {
    err_set_string(Exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
  }
  err_set_string(Exc_TypeError, "memoryview: invalid slice key");
  return -1;
}

ssize mv_length(Object* o) {
  MemoryViewObject* m = MV(o);
  if (released(m)) return -1;
  return m->view.ndim == 0 ? 1 : m->view.shape[0];  // CPython counts the single item of a 0-dim view
}

// ---- comparison and hashing ------------------------------------------------------------------
Object* mv_richcompare(Object* a, Object* b, int op) {
  if (op != CMP_EQ && op != CMP_NE) return notimpl_ref();
  bool a_mv = type_of(a) == &MemoryViewType, b_mv = type_of(b) == &MemoryViewType;
  if ((a_mv && !MV(a)->mbuf) || (b_mv && !MV(b)->mbuf)) return bool_ref((a == b) == (op == CMP_EQ));
  Buffer tmp;
  const Buffer* va;
  const Buffer* vb;
  Object* other = a_mv ? b : a;
  if (type_of(other) == &MemoryViewType) {
    va = &MV(a)->view;
    vb = &MV(b)->view;
  } else {
    if (!object_has_buffer(other)) return notimpl_ref();
    if (object_get_buffer(other, &tmp, BUF_FULL_RO) < 0) {
      err_clear();
      return notimpl_ref();
    }
    va = a_mv ? &MV(a)->view : &tmp;
    vb = a_mv ? &tmp : &MV(b)->view;
  }
  int eq = buffer_equal(va, vb);
  buffer_release(&tmp);
  if (eq < 0) return nullptr;
  return bool_ref((eq == 1) == (op == CMP_EQ));
}

hash_t mv_hash(Object* o) {
  MemoryViewObject* m = MV(o);
  if (m->hash != -1) return m->hash;
  if (released(m)) return -1;
  if (!m->view.readonly) {
    err_set_string(Exc_ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  if (!is_byte_format(buffer_format(&m->view))) {
    err_set_string(Exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  // The exporter must be hashable itself (a read-only view of a bytearray is not).
  if (object_hash(m->mbuf->master.obj) == -1 && err_occurred()) return -1;
  std::string bytes(size_t(m->view.len), '\0');
  buffer_to_contiguous(bytes.data(), &m->view, 'C');
  m->hash = hash_bytes(bytes.data(), ssize(bytes.size()));
  return m->hash;
}

// ---- the buffer export of a memoryview ------------------------------------------------------------
int mv_getbuffer(Object* o, Buffer* out, int flags) {
  MemoryViewObject* m = MV(o);
  if (released(m)) return -1;
  const Buffer& v = m->view;
  auto refuse = [](const char* msg) {
    err_set_string(Exc_BufferError, msg);
    return -1;
  };
  if ((flags & BUF_WRITABLE) && v.readonly) return refuse("memoryview: underlying buffer is not writable");
  bool c = m->contig & MV_C, f = m->contig & MV_F;
  if ((flags & BUF_C_CONTIGUOUS) == BUF_C_CONTIGUOUS && !c) return refuse("memoryview: underlying buffer is not C-contiguous");
  if ((flags & BUF_F_CONTIGUOUS) == BUF_F_CONTIGUOUS && !f)
    return refuse("memoryview: underlying buffer is not Fortran contiguous");
  if ((flags & BUF_ANY_CONTIGUOUS) == BUF_ANY_CONTIGUOUS && !c && !f)
    return refuse("memoryview: underlying buffer is not contiguous");
  if ((flags & BUF_STRIDES) != BUF_STRIDES && !c) return refuse("memoryview: underlying buffer is not C-contiguous");
  *out = v;
  if (!(flags & BUF_FORMAT)) out->format = nullptr;  // the consumer sees plain bytes
  if ((flags & BUF_STRIDES) != BUF_STRIDES) out->strides = nullptr;
  if ((flags & BUF_ND) != BUF_ND) {
    if (flags & BUF_FORMAT) return refuse("memoryview: cannot cast to unsigned bytes if the format flag is present");
    out->ndim = 1;
    out->shape = nullptr;
    out->itemsize = 1;
  }
  out->obj = newref(o);
  m->exports++;
  return 0;
}

void mv_releasebuffer(Object* o, Buffer*) { MV(o)->exports--; }

// ---- iteration ------------------------------------------------------------------------------------
struct MemoryIterObject : Object {
  Object* mv;  // null once exhausted
  ssize index;
};

Object* mv_iter(Object* o) {
  MemoryViewObject* m = MV(o);
  if (released(m)) return nullptr;
  if (m->view.ndim == 0) return err_format_null(Exc_TypeError, "invalid indexing of 0-dim memory");
  if (m->view.ndim > 1) return err_format_null(Exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  if (!check_item_format(buffer_format(&m->view))) return nullptr;
  auto* it = static_cast<MemoryIterObject*>(alloc_object(&MemoryIterType, sizeof(MemoryIterObject)));
  if (!it) return nullptr;
  it->mv = newref(o);
  it->index = 0;
  gc_track(it);
  return it;
}

Object* mv_iter_next(Object* o) {
  auto* it = static_cast<MemoryIterObject*>(o);
  if (!it->mv) return nullptr;
  MemoryViewObject* m = MV(it->mv);
  if (released(m)) return nullptr;
  if (it->index >= m->view.shape[0]) {
    clearref(it->mv);
    return nullptr;
  }
  const char* p = static_cast<const char*>(m->view.buf) + it->index++ * m->view.strides[0];
  return unpack_item(buffer_format(&m->view), p);
}

void mv_iter_dealloc(Object* o) {
  gc_untrack(o);
  clearref(static_cast<MemoryIterObject*>(o)->mv);
  free_object(o);
}

int mv_iter_traverse(Object* o, visitproc visit, void* arg) {
  Object* m = static_cast<MemoryIterObject*>(o)->mv;
  return m ? visit(m, arg) : 0;
}

int mv_iter_clear(Object* o) {
  clearref(static_cast<MemoryIterObject*>(o)->mv);
  return 0;
}

// ---- methods -------------------------------------------------------------------------------------
bool no_args(const char* name, ssize nargs, Object* kw) {
  std::string q = std::string("memoryview.") + name;
  if (!cont::check_no_kw(q.c_str(), kw)) return false;
  if (nargs) {
    err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", q.c_str(), nargs);
    return false;
  }
  return true;
}

Object* m_release(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("release", nargs, kw)) return nullptr;
  MemoryViewObject* m = MV(self);
  if (m->exports > 0)
    return err_format_null(Exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                           m->exports == 1 ? "" : "s");
  clearref(m->mbuf);
  return none_ref();
}

Object* m_enter(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("__enter__", nargs, kw)) return nullptr;
  if (released(MV(self))) return nullptr;
  return newref(self);
}

Object* m_exit(Object* self, Object* const*, ssize, Object*) { return m_release(self, nullptr, 0, nullptr); }

// The items of the view as contiguous bytes in the given order.
bool contiguous_copy(MemoryViewObject* m, char order, std::string& out) {
  out.assign(size_t(m->view.len), '\0');
  buffer_to_contiguous(out.data(), &m->view, order);
  return true;
}

Object* m_tobytes(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"order"};
  Object* a[1];
  if (!str_parse_args("tobytes", args, nargs, kw, names, 1, 0, a)) return nullptr;
  MemoryViewObject* m = MV(self);
  if (released(m)) return nullptr;
  char order = 'C';
  if (a[0] && a[0] != None) {
    if (!is_str(a[0]))
      return err_format_null(Exc_TypeError, "tobytes() argument 'order' must be str or None, not %.200s",
                             type_name(a[0]));
    std::string_view o = str_view(a[0]);
    if (o == "F") order = 'F';
    else if (o == "A") order = (m->contig & MV_F) && !(m->contig & MV_C) ? 'F' : 'C';
    else if (o != "C") return err_format_null(Exc_ValueError, "order must be 'C', 'F' or 'A'");
  }
  std::string out;
  contiguous_copy(m, order, out);
  return bytes_from(out.data(), ssize(out.size()));
}

Object* m_hex(Object* self, Object* const* args, ssize nargs, Object* kw) {
  MemoryViewObject* m = MV(self);
  if (released(m)) return nullptr;
  std::string out;
  contiguous_copy(m, 'C', out);
  return hex_with_sep("hex", out.data(), ssize(out.size()), args, nargs, kw);
}

Object* m_tolist(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("tolist", nargs, kw)) return nullptr;
  if (released(MV(self))) return nullptr;
  return buffer_tolist(&MV(self)->view);
}

Object* m_toreadonly(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("toreadonly", nargs, kw)) return nullptr;
  if (released(MV(self))) return nullptr;
  MemoryViewObject* r = mv_copy(MV(self));
  if (!r) return nullptr;
  r->view.readonly = true;
  return finish(r);
}

// cast(format[, shape]): see docs/buffers.md for the rules.
Object* m_cast(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"format", "shape"};
  Object* a[2];
  if (!str_parse_args("cast", args, nargs, kw, names, 2, 1, a)) return nullptr;
  if (!is_str(a[0]))
    return err_format_null(Exc_TypeError, "cast() argument 'format' must be str, not %.200s", arg_type_name(a[0]));
  MemoryViewObject* m = MV(self);
  if (released(m)) return nullptr;
  const Buffer& v = m->view;
  Object* shape = a[1];
  if (!(m->contig & MV_C))
    return err_format_null(Exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  if (shape || v.ndim != 1) {
    bool zero = v.len == 0;
    for (int d = 0; d < v.ndim; d++) zero |= v.shape[d] == 0 || v.strides[d] == 0;
    if (zero) return err_format_null(Exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  }
  ssize ndim = 1;
  if (shape) {
    if (!is_list(shape) && !is_tuple(shape)) return err_format_null(Exc_TypeError, "shape must be a list or a tuple");
    ndim = size_of(shape);
    if (ndim > BUF_MAX_NDIM)
      return err_format_null(Exc_ValueError, "memoryview: number of dimensions must not exceed %d", BUF_MAX_NDIM);
    if (v.ndim != 1 && ndim != 1)
      return err_format_null(Exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  const char* fmt = native_format_static(str_utf8(a[0]));
  if (!fmt || strlen(str_utf8(a[0])) != size_t(str_utf8_len(a[0])))
    return err_format_null(Exc_ValueError,
                           "memoryview: destination format must be a native single character format prefixed with "
                           "an optional '@'");
  if (!native_format_size(buffer_format(&v)))
    return err_format_null(Exc_ValueError,
                           "memoryview: source format must be a native single character format prefixed with an "
                           "optional '@'");
  if (!is_byte_format(fmt) && !is_byte_format(buffer_format(&v)))
    return err_format_null(Exc_TypeError, "memoryview: cannot cast between two non-byte formats");
  ssize itemsize = native_format_size(fmt);
  if (v.len % itemsize) return err_format_null(Exc_TypeError, "memoryview: length is not a multiple of itemsize");
  // Shape values, checked before anything is built.
  ssize dims[BUF_MAX_NDIM];
  if (shape) {
    Object** items = is_list(shape) ? list_items(shape) : tuple_items(shape);
    ssize product = 1;
    for (ssize d = 0; d < ndim; d++) {
      Object* x = items[d];
      if (!is_int(x)) return err_format_null(Exc_TypeError, "memoryview.cast(): elements of shape must be integers");
      ssize n = int_as_ssize(x);
      if (n == -1 && err_occurred()) {
        if (err_matches(Exc_OverflowError)) {
          err_clear();
          err_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return nullptr;
      }
      if (n <= 0) return err_format_null(Exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      if (product > PTRDIFF_MAX / n)
        return err_format_null(Exc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      product *= n;
      dims[d] = n;
    }
    if (product * itemsize != v.len)
      return err_format_null(Exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  } else {
    dims[0] = v.len / itemsize;
  }
  MemoryViewObject* r = mv_alloc(m->mbuf, int(ndim));
  if (!r) return nullptr;
  r->view.buf = v.buf;
  r->view.len = v.len;
  r->view.readonly = v.readonly;
  r->view.itemsize = itemsize;
  r->view.format = fmt;
  for (ssize d = 0; d < ndim; d++) r->view.shape[d] = dims[d];
  buffer_c_strides(int(ndim), r->view.shape, itemsize, r->view.strides);
  return finish(r);
}

MethodDef mv_methods[] = {
    {"__enter__", m_enter, METH_DEFAULT, nullptr},
    {"__exit__", m_exit, METH_DEFAULT, nullptr},
    {"cast", m_cast, METH_DEFAULT, "Cast a memoryview to a new format or shape."},
    {"hex", m_hex, METH_DEFAULT, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", m_release, METH_DEFAULT, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", m_tobytes, METH_DEFAULT, "Return the data in the buffer as a byte string."},
    {"tolist", m_tolist, METH_DEFAULT, "Return the data in the buffer as a list of elements."},
    {"toreadonly", m_toreadonly, METH_DEFAULT, "Return a readonly version of the memoryview."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- attributes ----------------------------------------------------------------------------------
template <class F>
Object* attr(Object* self, F get) {
  MemoryViewObject* m = MV(self);
  if (released(m)) return nullptr;
  return get(m);
}

Object* dims_tuple(const ssize* p, int n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (int i = 0; i < n; i++) {
    Object* x = int_from_i64(p[i]);
    if (!x) {
      for (int k = i; k < n; k++) tuple_set_steal(t, k, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, i, x);
  }
  return t;
}

Object* g_obj(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return newref(m->mbuf->master.obj); }); }
Object* g_nbytes(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return int_from_i64(m->view.len); }); }
Object* g_readonly(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return bool_ref(m->view.readonly); }); }
Object* g_itemsize(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return int_from_i64(m->view.itemsize); }); }
Object* g_format(Object* s, void*) {
  return attr(s, [](MemoryViewObject* m) { return str_from_cstr(buffer_format(&m->view)); });
}
Object* g_ndim(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return int_from_i64(m->view.ndim); }); }
Object* g_shape(Object* s, void*) {
  return attr(s, [](MemoryViewObject* m) { return dims_tuple(m->view.shape, m->view.ndim); });
}
Object* g_strides(Object* s, void*) {
  return attr(s, [](MemoryViewObject* m) { return dims_tuple(m->view.strides, m->view.ndim); });
}
Object* g_suboffsets(Object* s, void*) { return attr(s, [](MemoryViewObject*) { return empty_tuple(); }); }
Object* g_c_contig(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return bool_ref(m->contig & MV_C); }); }
Object* g_f_contig(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return bool_ref(m->contig & MV_F); }); }
Object* g_contig(Object* s, void*) { return attr(s, [](MemoryViewObject* m) { return bool_ref(m->contig != 0); }); }

GetSetDef mv_getset[] = {
    {"obj", g_obj, nullptr, "The underlying object of the memoryview.", nullptr},
    {"nbytes", g_nbytes, nullptr, "The amount of space in bytes that the array would use in a contiguous representation.", nullptr},
    {"readonly", g_readonly, nullptr, "A bool indicating whether the memory is read only.", nullptr},
    {"itemsize", g_itemsize, nullptr, "The size in bytes of each element of the memoryview.", nullptr},
    {"format", g_format, nullptr, "A string containing the format (in struct module style) for each element in the view.", nullptr},
    {"ndim", g_ndim, nullptr, "An integer indicating how many dimensions of a multi-dimensional array the memory represents.", nullptr},
    {"shape", g_shape, nullptr, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array.", nullptr},
    {"strides", g_strides, nullptr, "A tuple of ndim integers giving the size in bytes to access each element for each dimension of the array.", nullptr},
    {"suboffsets", g_suboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays.", nullptr},
    {"c_contiguous", g_c_contig, nullptr, "A bool indicating whether the memory is C contiguous.", nullptr},
    {"f_contiguous", g_f_contig, nullptr, "A bool indicating whether the memory is Fortran contiguous.", nullptr},
    {"contiguous", g_contig, nullptr, "A bool indicating whether the memory is contiguous.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_memoryview_type() {
  TypeObject& t = MemoryViewType;
  t.tp_name = "memoryview";
  t.tp_basicsize = sizeof(MemoryViewObject);
  t.tp_itemsize = sizeof(ssize);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_doc = "Create a new memoryview object which references the given object.";
  t.tp_dealloc = mv_dealloc;
  t.tp_weaklistoffset = offsetof(MemoryViewObject, weaklist);
  t.tp_traverse = mv_traverse;
  t.tp_clear = mv_clear;
  t.tp_repr = mv_repr;
  t.tp_hash = mv_hash;
  t.tp_richcompare = mv_richcompare;
  t.tp_iter = mv_iter;
  t.tp_new = mv_new;
  t.mp_length = mv_length;
  t.mp_subscript = mv_subscript;
  t.mp_ass_subscript = mv_ass_subscript;
  t.bf_getbuffer = mv_getbuffer;
  t.bf_releasebuffer = mv_releasebuffer;
  t.tp_methods = mv_methods;
  t.tp_getset = mv_getset;
  type_ready(&t);

  TypeObject& mb = ManagedBufferType;
  mb.tp_name = "managedbuffer";
  mb.tp_basicsize = sizeof(ManagedBufferObject);
  mb.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  mb.tp_dealloc = mbuf_dealloc;
  mb.tp_traverse = mbuf_traverse;
  type_ready(&mb);

  TypeObject& it = MemoryIterType;
  it.tp_name = "memory_iterator";
  it.tp_basicsize = sizeof(MemoryIterObject);
  it.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  it.tp_dealloc = mv_iter_dealloc;
  it.tp_traverse = mv_iter_traverse;
  it.tp_clear = mv_iter_clear;
  it.tp_iter = object_self_iter;
  it.tp_iternext = mv_iter_next;
  type_ready(&it);
}

}  // namespace rt
