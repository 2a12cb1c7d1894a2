// mmap: memory-mapped files and anonymous shared memory, as CPython 3.11's
// module on Linux (multiprocessing.heap maps its arenas with it, so that a
// forked child shares them).
//
// An mmap object owns one mapping: data/size (null data: closed), a file
// position `pos` for the file-like methods, the `offset` it was mapped at,
// the access mode, and a dup of the file descriptor (-1 for an anonymous
// map) that size() and resize() use, so closing the caller's file does not
// disturb the map.  Invariants:
//   * data != null <=> the object is open; every method but close() and the
//     closed property checks it first ("mmap closed or invalid");
//   * 0 <= pos, and pos <= size after every method that moves it (seek and
//     read refuse or clamp; resize may leave it past the end, as CPython);
//   * exports counts the buffers handed out (memoryview, bytes(m) ...): while
//     any exists the mapping must not move or go away, so resize() and
//     close() raise BufferError;
//   * ACCESS_READ maps are never written through the object (TypeError), an
//     ACCESS_COPY map is MAP_PRIVATE (writes stay in this process), and flush
//     does nothing for either.
// Iteration yields 1-byte bytes objects (CPython's sequence item), while
// indexing gives ints, as in CPython.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/bytes/buffer.h"
#include "runtime/containers/list.h"
#include "clinic.h"
#include "modules.h"
#include "native.h"

namespace stdlib {

using namespace rt;

namespace {

enum Access { ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3 };

TypeObject MmapType, MmapIterType;

struct MmapObject : Object {
  char* data;
  ssize size;
  ssize pos;
  long long offset;
  ssize exports;
  int fd;
  int flags;
  int prot;
  int access;
  Object* weaklist;
};

MmapObject* M(Object* o) { return static_cast<MmapObject*>(o); }

bool check_valid(MmapObject* m) {
  if (m->data) return true;
  err_set_string(Exc_ValueError, "mmap closed or invalid");
  return false;
}

bool is_writable(MmapObject* m) {
  if (m->access != ACCESS_READ) return true;
  err_set_string(Exc_TypeError, "mmap can't modify a readonly memory map.");
  return false;
}

bool is_resizeable(MmapObject* m) {
  if (m->exports > 0) {
    err_set_string(Exc_BufferError, "mmap can't resize with extant buffers exported.");
    return false;
  }
  if (m->access == ACCESS_WRITE || m->access == ACCESS_DEFAULT) return true;
  err_set_string(Exc_TypeError, "mmap can't resize a readonly or copy-on-write memory map.");
  return false;
}

Object* oserror() {
  err_set_from_errno(Exc_OSError, errno);
  return nullptr;
}

// An optional "n" argument (null or None: dflt).
bool opt_ssize(Object* o, ssize dflt, ssize* out) {
  if (!o || o == None) {
    *out = dflt;
    return true;
  }
  return native::ssize_arg(o, out);
}

// mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0)
Object* mmap_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[6] = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
  if (!native::parse("mmap", args, nargs, kwnames, "fileno,length|flags,prot,access,offset", a,
                     native::ArgStyle::Getargs))
    return nullptr;
  int fd, flags = MAP_SHARED, prot = PROT_WRITE | PROT_READ, access = ACCESS_DEFAULT;
  ssize size;
  long long offset = 0;
  if (!native::int_arg(a[0], &fd) || !native::ssize_arg(a[1], &size) || (a[2] && !native::int_arg(a[2], &flags)) ||
      (a[3] && !native::int_arg(a[3], &prot)) || (a[4] && !native::int_arg(a[4], &access)))
    return nullptr;
  if (a[5]) {
    long v;
    if (!clinic::to_long(a[5], &v)) return nullptr;
    offset = v;
  }
  if (size < 0) return err_format_null(Exc_OverflowError, "memory mapped length must be positive");
  if (offset < 0) return err_format_null(Exc_OverflowError, "memory mapped offset must be positive");
  if (access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ)))
    return err_format_null(Exc_ValueError, "mmap can't specify both access and flags, prot.");
  switch (access) {
    case ACCESS_READ:
      flags = MAP_SHARED;
      prot = PROT_READ;
      break;
    case ACCESS_WRITE:
      flags = MAP_SHARED;
      prot = PROT_READ | PROT_WRITE;
      break;
    case ACCESS_COPY:
      flags = MAP_PRIVATE;
      prot = PROT_READ | PROT_WRITE;
      break;
    case ACCESS_DEFAULT:
      if ((prot & PROT_READ) && (prot & PROT_WRITE)) break;
      access = (prot & PROT_WRITE) ? ACCESS_WRITE : ACCESS_READ;
      break;
    default:
      return err_format_null(Exc_ValueError, "mmap invalid access parameter.");
  }
  if (sys_audit_active()) {
    Object* items[4] = {int_from_i64(fd), int_from_i64(size), int_from_i64(access), int_from_i64(offset)};
    if (audit_event("mmap.__new__", {items[0], items[1], items[2], items[3]}) < 0) return nullptr;
  }
  if (fd != -1) {
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
      if (size == 0) {
        if (st.st_size == 0) return err_format_null(Exc_ValueError, "cannot mmap an empty file");
        if (offset >= st.st_size) return err_format_null(Exc_ValueError, "mmap offset is greater than file size");
        if (st.st_size - offset > PTRDIFF_MAX) return err_format_null(Exc_ValueError, "mmap length is too large");
        size = ssize(st.st_size - offset);
      } else if (offset > st.st_size || st.st_size - offset < size) {
        return err_format_null(Exc_ValueError, "mmap length is greater than file size");
      }
    }
  }
  int own_fd = -1;
  if (fd == -1) {
    flags |= MAP_ANONYMOUS;
  } else {
    own_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (own_fd < 0) return oserror();
  }
  void* data = ::mmap(nullptr, size_t(size), prot, flags, own_fd, off_t(offset));
  if (data == MAP_FAILED) {
    int e = errno;
    if (own_fd >= 0) close(own_fd);
    errno = e;
    return oserror();
  }
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) {
    munmap(data, size_t(size));
    if (own_fd >= 0) close(own_fd);
    return nullptr;
  }
  MmapObject* m = M(o);
  m->data = static_cast<char*>(data);
  m->size = size;
  m->pos = 0;
  m->offset = offset;
  m->exports = 0;
  m->fd = own_fd;
  m->flags = flags;
  m->prot = prot;
  m->access = access;
  return o;
}

void unmap(MmapObject* m) {
  if (m->data) munmap(m->data, size_t(m->size));
  m->data = nullptr;
  if (m->fd >= 0) close(m->fd);
  m->fd = -1;
}

void mmap_dealloc(Object* o) {
  clear_weakrefs(o);
  unmap(M(o));
  free_object(o);
}

Object* mmap_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("mmap.close", nargs, kwnames)) return nullptr;
  MmapObject* m = M(self);
  if (m->exports > 0) return err_format_null(Exc_BufferError, "cannot close exported pointers exist");
  unmap(m);
  return none_ref();
}

Object* mmap_closed(Object* self, void*) { return bool_ref(M(self)->data == nullptr); }

Object* mmap_enter(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("mmap.__enter__", nargs, kwnames)) return nullptr;
  if (!check_valid(M(self))) return nullptr;
  return newref(self);
}

Object* mmap_exit(Object* self, Object* const*, ssize, Object* kwnames) {
  if (!no_kwargs("__exit__", kwnames)) return nullptr;
  return mmap_close(self, nullptr, 0, nullptr);
}

Object* mmap_read_byte(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("mmap.read_byte", nargs, kwnames)) return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m)) return nullptr;
  if (m->pos >= m->size) return err_format_null(Exc_ValueError, "read byte out of range");
  return int_from_i64(static_cast<unsigned char>(m->data[m->pos++]));
}

Object* mmap_readline(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("mmap.readline", nargs, kwnames)) return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m)) return nullptr;
  ssize left = m->pos < m->size ? m->size - m->pos : 0;
  if (left == 0) return bytes_from("", 0);
  const char* start = m->data + m->pos;
  const void* nl = memchr(start, '\n', size_t(left));
  ssize n = nl ? static_cast<const char*>(nl) - start + 1 : left;
  Object* r = bytes_from(start, n);
  if (r) m->pos += n;
  return r;
}

Object* mmap_read(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {nullptr};
  if (!native::parse("read", args, nargs, kwnames, "|n/", a, native::ArgStyle::Getargs)) return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m)) return nullptr;
  ssize n;
  if (!opt_ssize(a[0], -1, &n)) return nullptr;
  ssize left = m->pos < m->size ? m->size - m->pos : 0;
  if (n < 0 || n > left) n = left;
  Object* r = bytes_from(m->data + m->pos, n);
  if (r) m->pos += n;
  return r;
}

Object* find_impl(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool reverse) {
  const char* fname = reverse ? "rfind" : "find";
  if (!no_kwargs(fname, kwnames)) return nullptr;
  if (!native::check_getargs_count(fname, nargs, 1, 3)) return nullptr;
  MmapObject* m = M(self);
  BytesLike needle;
  if (!needle.get(args[0])) return nullptr;
  ssize start = m->pos, end = m->size;
  if ((nargs > 1 && !native::ssize_arg(args[1], &start)) || (nargs > 2 && !native::ssize_arg(args[2], &end)))
    return nullptr;
  if (!check_valid(m)) return nullptr;
  auto clamp = [m](ssize v) {
    if (v < 0) v += m->size;
    if (v < 0) return ssize(0);
    return v > m->size ? m->size : v;
  };
  start = clamp(start);
  end = clamp(end);
  if (end < start) return int_from_i64(-1);
  std::string_view hay(m->data + start, size_t(end - start));
  size_t at = reverse ? hay.rfind(needle.sv()) : hay.find(needle.sv());
  return int_from_i64(at == std::string_view::npos ? -1 : int64_t(at) + start);
}

Object* mmap_find(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_impl(self, args, nargs, kwnames, false);
}
Object* mmap_rfind(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_impl(self, args, nargs, kwnames, true);
}

Object* mmap_write(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!native::parse("write", args, nargs, kwnames, "data/", a, native::ArgStyle::Getargs)) return nullptr;
  MmapObject* m = M(self);
  BytesLike data;
  if (!data.get(a[0])) return nullptr;
  if (!check_valid(m) || !is_writable(m)) return nullptr;
  if (m->pos > m->size || m->size - m->pos < data.size()) return err_format_null(Exc_ValueError, "data out of range");
  std::memcpy(m->data + m->pos, data.data(), size_t(data.size()));
  m->pos += data.size();
  return int_from_i64(data.size());
}

Object* mmap_write_byte(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!native::parse("write_byte", args, nargs, kwnames, "byte/", a, native::ArgStyle::Getargs)) return nullptr;
  long v;
  if (!clinic::to_long(a[0], &v)) return nullptr;
  if (v < 0) return err_format_null(Exc_OverflowError, "unsigned byte integer is less than minimum");
  if (v > 255) return err_format_null(Exc_OverflowError, "unsigned byte integer is greater than maximum");
  MmapObject* m = M(self);
  if (!check_valid(m) || !is_writable(m)) return nullptr;
  if (m->pos >= m->size) return err_format_null(Exc_ValueError, "write byte out of range");
  m->data[m->pos++] = char(v);
  return none_ref();
}

Object* mmap_size(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("mmap.size", nargs, kwnames)) return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m)) return nullptr;
  struct stat st;  // an anonymous map has no file: EBADF, as CPython 3.11
  if (fstat(m->fd, &st) < 0) return oserror();
  return int_from_i64(st.st_size);
}

Object* mmap_resize(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!native::parse("resize", args, nargs, kwnames, "newsize/", a, native::ArgStyle::Getargs)) return nullptr;
  ssize n;
  if (!native::ssize_arg(a[0], &n)) return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m) || !is_resizeable(m)) return nullptr;
  if (n < 0 || PTRDIFF_MAX - n < m->offset) return err_format_null(Exc_ValueError, "new size out of range");
  if (m->fd != -1 && ftruncate(m->fd, off_t(m->offset + n)) < 0) return oserror();
  void* p = mremap(m->data, size_t(m->size), size_t(n), MREMAP_MAYMOVE);
  if (p == MAP_FAILED) return oserror();
  m->data = static_cast<char*>(p);
  m->size = n;
  return none_ref();
}

Object* mmap_tell(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("mmap.tell", nargs, kwnames)) return nullptr;
  if (!check_valid(M(self))) return nullptr;
  return int_from_i64(M(self)->pos);
}

// seek(pos, whence=0)
Object* mmap_seek(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("seek", kwnames)) return nullptr;
  if (!native::check_getargs_count("seek", nargs, 1, 2)) return nullptr;
  ssize dist;
  int how = 0;
  if (!native::ssize_arg(args[0], &dist) || (nargs > 1 && !native::int_arg(args[1], &how))) return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m)) return nullptr;
  ssize where = 0;
  bool overflow = false;
  switch (how) {
    case 0: where = dist; break;
    case 1: overflow = __builtin_add_overflow(m->pos, dist, &where); break;
    case 2: overflow = __builtin_add_overflow(m->size, dist, &where); break;
    default: return err_format_null(Exc_ValueError, "unknown seek type");
  }
  if (overflow || where > m->size || where < 0) return err_format_null(Exc_ValueError, "seek out of range");
  m->pos = where;
  return none_ref();
}

Object* mmap_flush(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!native::parse("flush", args, nargs, kwnames, "|offset,size/", a, native::ArgStyle::Getargs)) return nullptr;
  MmapObject* m = M(self);
  ssize off = 0, n = m->size;
  if ((a[0] && !native::ssize_arg(a[0], &off)) || (a[1] && !native::ssize_arg(a[1], &n))) return nullptr;
  if (!check_valid(m)) return nullptr;
  if (n < 0 || off < 0 || m->size - off < n) return err_format_null(Exc_ValueError, "flush values out of range");
  if (m->access == ACCESS_READ || m->access == ACCESS_COPY) return none_ref();
  if (n > 0 && msync(m->data + off, size_t(n), MS_SYNC) < 0) return oserror();
  return none_ref();
}

Object* mmap_move(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("move", kwnames)) return nullptr;
  if (!native::check_getargs_count("move", nargs, 3, 3)) return nullptr;
  ssize dest, src, cnt;
  if (!native::ssize_arg(args[0], &dest) || !native::ssize_arg(args[1], &src) || !native::ssize_arg(args[2], &cnt))
    return nullptr;
  MmapObject* m = M(self);
  if (!check_valid(m) || !is_writable(m)) return nullptr;
  if (dest < 0 || src < 0 || cnt < 0 || m->size - dest < cnt || m->size - src < cnt)
    return err_format_null(Exc_ValueError, "source, destination, or count out of range");
  std::memmove(m->data + dest, m->data + src, size_t(cnt));
  return none_ref();
}

Object* mmap_madvise(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("madvise", kwnames)) return nullptr;
  if (!native::check_getargs_count("madvise", nargs, 1, 3)) return nullptr;
  MmapObject* m = M(self);
  int option;
  ssize start = 0, length = m->size;
  if (!native::int_arg(args[0], &option) || (nargs > 1 && !native::ssize_arg(args[1], &start)) ||
      (nargs > 2 && !native::ssize_arg(args[2], &length)))
    return nullptr;
  if (!check_valid(m)) return nullptr;
  if (start < 0 || start >= m->size) return err_format_null(Exc_ValueError, "madvise start out of bounds");
  if (length < 0) return err_format_null(Exc_ValueError, "madvise length invalid");
  if (PTRDIFF_MAX - start < length) return err_format_null(Exc_OverflowError, "madvise length too large");
  if (start + length > m->size) length = m->size - start;
  if (::madvise(m->data + start, size_t(length), option) < 0) return oserror();
  return none_ref();
}

const char* access_name(int access) {
  switch (access) {
    case ACCESS_READ: return "ACCESS_READ";
    case ACCESS_WRITE: return "ACCESS_WRITE";
    case ACCESS_COPY: return "ACCESS_COPY";
    default: return "ACCESS_DEFAULT";
  }
}

Object* mmap_repr(Object* self) {
  MmapObject* m = M(self);
  const char* tn = type_of(self)->tp_name;
  std::string r = std::string("<") + tn;
  if (!m->data) return str_from_cstr((r + " closed=True>").c_str());
  char buf[160];
  std::snprintf(buf, sizeof buf, " closed=False, access=%s, length=%zd, pos=%zd, offset=%lld>",
                access_name(m->access), m->size, m->pos, m->offset);
  return str_from_cstr((r + buf).c_str());
}

ssize mmap_length(Object* self) {
  if (!check_valid(M(self))) return -1;
  return M(self)->size;
}

Object* mmap_subscript(Object* self, Object* item) {
  MmapObject* m = M(self);
  if (!check_valid(m)) return nullptr;
  if (cont::has_index(item)) {
    ssize i = number_as_ssize(item, Exc_IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    if (i < 0) i += m->size;
    if (i < 0 || i >= m->size) return err_format_null(Exc_IndexError, "mmap index out of range");
    return int_from_i64(static_cast<unsigned char>(m->data[i]));
  }
  if (type_of(item) == &SliceType) {
    ssize start, stop, step;
    ssize n = slice_indices(item, m->size, &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) return bytes_from(m->data + start, n);
    std::string out(size_t(n), '\0');
    for (ssize k = 0, at = start; k < n; k++, at += step) out[size_t(k)] = m->data[at];
    return bytes_from(out.data(), n);
  }
  return err_format_null(Exc_TypeError, "mmap indices must be integers");
}

int mmap_ass_subscript(Object* self, Object* item, Object* value) {
  MmapObject* m = M(self);
  if (!check_valid(m) || !is_writable(m)) return -1;
  if (cont::has_index(item)) {
    ssize i = number_as_ssize(item, Exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += m->size;
    if (i < 0 || i >= m->size) return err_format(Exc_IndexError, "mmap index out of range"), -1;
    if (!value) return err_format(Exc_TypeError, "mmap doesn't support item deletion"), -1;
    if (!cont::has_index(value)) return err_format(Exc_TypeError, "mmap item value must be an int"), -1;
    long v;
    if (!clinic::to_long(value, &v)) return -1;
    if (v < 0 || v > 255) return err_format(Exc_ValueError, "mmap item value must be in range(0, 256)"), -1;
    m->data[i] = char(v);
    return 0;
  }
  if (type_of(item) == &SliceType) {
    ssize start, stop, step;
    ssize n = slice_indices(item, m->size, &start, &stop, &step);
    if (n < 0) return -1;
    if (!value) return err_format(Exc_TypeError, "mmap object doesn't support slice deletion"), -1;
    BytesLike v;
    if (!v.get(value)) return -1;
    if (v.size() != n) return err_format(Exc_IndexError, "mmap slice assignment is wrong size"), -1;
    if (!m->data) return check_valid(m) ? 0 : -1;  // closed meanwhile (a __buffer__ can run code)
    for (ssize k = 0, at = start; k < n; k++, at += step) m->data[at] = v.data()[k];
    return 0;
  }
  err_format(Exc_TypeError, "mmap indices must be integer");
  return -1;
}

int mmap_getbuffer(Object* self, Buffer* view, int flags) {
  MmapObject* m = M(self);
  if (!check_valid(m)) return -1;
  if (buffer_fill_info(view, self, m->data, m->size, m->access == ACCESS_READ, flags) < 0) return -1;
  m->exports++;
  return 0;
}

void mmap_releasebuffer(Object* self, Buffer*) { M(self)->exports--; }

// ---- iteration: 1-byte bytes, as CPython's sequence iteration of an mmap ----
struct MmapIterObject : Object {
  Object* map;  // owned; null when exhausted
  ssize index;
};

Object* mmap_iter(Object* self) {
  if (!check_valid(M(self))) return nullptr;
  auto* it = native::alloc<MmapIterObject>(&MmapIterType);
  if (!it) return nullptr;
  it->map = newref(self);
  it->index = 0;
  gc_track(it);
  return it;
}

Object* mmap_iter_next(Object* o) {
  auto* it = static_cast<MmapIterObject*>(o);
  if (!it->map) return nullptr;
  MmapObject* m = M(it->map);
  if (!check_valid(m)) return nullptr;
  if (it->index >= m->size) {
    clearref(it->map);
    return nullptr;
  }
  return bytes_from(m->data + it->index++, 1);
}

using IterRefs = RefFields<MmapIterObject, &MmapIterObject::map>;

MethodDef mmap_methods[] = {
    {"close", mmap_close, METH_DEFAULT, nullptr},
    {"find", mmap_find, METH_DEFAULT, nullptr},
    {"rfind", mmap_rfind, METH_DEFAULT, nullptr},
    {"flush", mmap_flush, METH_DEFAULT, nullptr},
    {"madvise", mmap_madvise, METH_DEFAULT, nullptr},
    {"move", mmap_move, METH_DEFAULT, nullptr},
    {"read", mmap_read, METH_DEFAULT, nullptr},
    {"read_byte", mmap_read_byte, METH_DEFAULT, nullptr},
    {"readline", mmap_readline, METH_DEFAULT, nullptr},
    {"resize", mmap_resize, METH_DEFAULT, nullptr},
    {"seek", mmap_seek, METH_DEFAULT, nullptr},
    {"size", mmap_size, METH_DEFAULT, nullptr},
    {"tell", mmap_tell, METH_DEFAULT, nullptr},
    {"write", mmap_write, METH_DEFAULT, nullptr},
    {"write_byte", mmap_write_byte, METH_DEFAULT, nullptr},
    {"__enter__", mmap_enter, METH_DEFAULT, nullptr},
    {"__exit__", mmap_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef mmap_getset[] = {
    {"closed", mmap_closed, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const char mmap_doc[] =
    "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\n"
    "Maps length bytes from the file specified by the file handle fileno,\n"
    "and returns a mmap object.  If length is larger than the current size\n"
    "of the file, the file is extended to contain length bytes.  If length\n"
    "is 0, the maximum length of the map is the current size of the file,\n"
    "except that if the file is empty Windows raises an exception (you cannot\n"
    "create an empty mapping on Windows).\n\n"
    "Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n"
    "Maps length bytes from the file specified by the file descriptor fileno,\n"
    "and returns a mmap object.  If length is 0, the maximum length of the map\n"
    "will be the current size of the file when mmap is called.\n"
    "flags specifies the nature of the mapping. MAP_PRIVATE creates a\n"
    "private copy-on-write mapping, so changes to the contents of the mmap\n"
    "object will be private to this process, and MAP_SHARED creates a mapping\n"
    "that's shared with all other processes mapping the same areas of the file.\n"
    "The default value is MAP_SHARED.\n\n"
    "To map anonymous memory, pass -1 as the fileno (both versions).";

struct MmapConst {
  const char* name;
  long long value;
};
const MmapConst mmap_constants[] = {
    {"ACCESS_DEFAULT", ACCESS_DEFAULT}, {"ACCESS_READ", ACCESS_READ}, {"ACCESS_WRITE", ACCESS_WRITE},
    {"ACCESS_COPY", ACCESS_COPY}, {"PROT_EXEC", PROT_EXEC}, {"PROT_READ", PROT_READ}, {"PROT_WRITE", PROT_WRITE},
    {"MAP_SHARED", MAP_SHARED}, {"MAP_PRIVATE", MAP_PRIVATE}, {"MAP_DENYWRITE", MAP_DENYWRITE},
    {"MAP_EXECUTABLE", MAP_EXECUTABLE}, {"MAP_ANON", MAP_ANONYMOUS}, {"MAP_ANONYMOUS", MAP_ANONYMOUS},
    {"MAP_POPULATE", MAP_POPULATE}, {"MAP_STACK", MAP_STACK},
    {"MADV_NORMAL", MADV_NORMAL}, {"MADV_RANDOM", MADV_RANDOM}, {"MADV_SEQUENTIAL", MADV_SEQUENTIAL},
    {"MADV_WILLNEED", MADV_WILLNEED}, {"MADV_DONTNEED", MADV_DONTNEED}, {"MADV_REMOVE", MADV_REMOVE},
    {"MADV_DONTFORK", MADV_DONTFORK}, {"MADV_DOFORK", MADV_DOFORK}, {"MADV_HWPOISON", MADV_HWPOISON},
    {"MADV_MERGEABLE", MADV_MERGEABLE}, {"MADV_UNMERGEABLE", MADV_UNMERGEABLE}, {"MADV_HUGEPAGE", MADV_HUGEPAGE},
    {"MADV_NOHUGEPAGE", MADV_NOHUGEPAGE}, {"MADV_DONTDUMP", MADV_DONTDUMP}, {"MADV_DODUMP", MADV_DODUMP},
    {"MADV_FREE", MADV_FREE},
    {nullptr, 0},
};

}  // namespace

Object* init_mmap_module() {
  if (!has_flag(&MmapType, TPFLAG_READY)) {
    MmapType.tp_name = "mmap.mmap";
    MmapType.tp_basicsize = sizeof(MmapObject);
    MmapType.tp_flags = TPFLAG_BASETYPE;
    MmapType.tp_new = mmap_new;
    MmapType.tp_dealloc = mmap_dealloc;
    MmapType.tp_repr = mmap_repr;
    MmapType.tp_iter = mmap_iter;
    MmapType.mp_length = mmap_length;
    MmapType.mp_subscript = mmap_subscript;
    MmapType.mp_ass_subscript = mmap_ass_subscript;
    MmapType.bf_getbuffer = mmap_getbuffer;
    MmapType.bf_releasebuffer = mmap_releasebuffer;
    MmapType.tp_methods = mmap_methods;
    MmapType.tp_getset = mmap_getset;
    MmapType.tp_weaklistoffset = ssize(offsetof(MmapObject, weaklist));
    MmapType.tp_doc = mmap_doc;
    native::iterator_type<IterRefs>(MmapIterType, "mmap.mmap_iterator", sizeof(MmapIterObject), mmap_iter_next, 0);
  }
  Object* m = native::make_module("mmap", nullptr, nullptr, {&MmapType});
  if (!m) return nullptr;
  if (native::ready_types({&MmapIterType}) < 0) {
    decref(m);
    return nullptr;
  }
  long page = sysconf(_SC_PAGESIZE);
  bool ok = native::add_int(m, "PAGESIZE", page) == 0 && native::add_int(m, "ALLOCATIONGRANULARITY", page) == 0 &&
            module_add_object(m, "error", newref(reinterpret_cast<Object*>(Exc_OSError))) == 0;
  for (const MmapConst* c = mmap_constants; ok && c->name; ++c) ok = native::add_int(m, c->name, c->value) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib
