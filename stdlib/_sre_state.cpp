// _sre subjects and match states: what the engine reads, and the slices and
// Match objects made from its results (docs/sre.md, "Subjects").
//
// pyglass's str keeps UTF-8 with ob_size in code points.  The engine wants
// a character per index:
//   * an ASCII str (its `ascii` flag) is used in place, one byte a character;
//   * any other str is decoded once into a Decoded: Latin-1 bytes when every
//     code point is below 256, else UCS-4, plus the UTF-8 offset of every
//     64th code point so a slice [i, j) of the original text costs at most
//     63 steps to find instead of a walk from the start;
//   * bytes (and, with the buffer protocol, any bytes-like object) are bytes.
// Decodings of the last two long non-ASCII subjects are cached, keyed by the
// str object, which the cache keeps alive: a loop like `p.match(s, i)` over a
// long text (json's scanner, a tokenizer) then decodes s once, not once per
// call.  States share a decoding through a shared_ptr, so a sub() callback
// that evicts the cache does not pull the text from under the running state.
#include <cstring>

#include "runtime/text/str.h"
#include "_sre.h"

namespace stdlib::sre {
using namespace rt;

namespace {

constexpr ssize kIndexStep = 64;       // Decoded::index granularity (code points)
constexpr ssize kCacheMinLength = 64;  // shorter subjects are decoded per call
constexpr int kCacheSize = 2;

struct CacheEntry {
  Object* str = nullptr;  // owned
  std::shared_ptr<const Decoded> dec;
};
CacheEntry g_cache[kCacheSize];  // protected by the GIL; [0] is the most recent

std::shared_ptr<const Decoded> decode(Object* s) {
  StrObject* so = as_str(s);
  auto d = std::make_shared<Decoded>();
  const unsigned char* u = reinterpret_cast<const unsigned char*>(so->data);
  ssize nbytes = so->utf8_len, n = so->ob_size;
  // Latin-1 fits in bytes: every lead byte is ASCII or 0xC2/0xC3.
  bool latin1 = true;
  for (ssize k = 0; k < nbytes; k++)
    if (u[k] >= 0xC4 && (u[k] & 0xC0) != 0x80) {
      latin1 = false;
      break;
    }
  d->charsize = latin1 ? 1 : 4;
  if (latin1) d->u1.resize(size_t(n));
  else d->u4.resize(size_t(n));
  d->index.resize(size_t(n / kIndexStep + 1));
  const char* p = so->data;
  for (ssize i = 0; i < n; i++) {
    if (i % kIndexStep == 0) d->index[size_t(i / kIndexStep)] = p - so->data;
    uint32_t cp = utf8_next(p);
    if (latin1) d->u1[size_t(i)] = uint8_t(cp);
    else d->u4[size_t(i)] = cp;
  }
  if (n % kIndexStep == 0) d->index[size_t(n / kIndexStep)] = p - so->data;
  return d;
}

std::shared_ptr<const Decoded> decoded_for(Object* s) {
  for (int i = 0; i < kCacheSize; i++)
    if (g_cache[i].str == s) {
      if (i) std::swap(g_cache[0], g_cache[i]);
      return g_cache[0].dec;
    }
  std::shared_ptr<const Decoded> d = decode(s);
  if (size_of(s) >= kCacheMinLength) {
    Object* old = g_cache[kCacheSize - 1].str;
    for (int i = kCacheSize - 1; i > 0; i--) g_cache[i] = std::move(g_cache[i - 1]);
    g_cache[0].str = newref(s);
    g_cache[0].dec = d;
    xdecref(old);
  }
  return d;
}

// A new str of the valid UTF-8 at p (nbytes bytes, ncp code points).
Object* str_piece(const char* p, ssize nbytes, ssize ncp) {
  if (ncp == 0) return str_empty();
  if (ncp == 1) {
    const char* q = p;
    uint32_t cp = utf8_next(q);
    if (cp < 256) return newref(str_latin1_char(cp));
  }
  StrObject* r = str_alloc(nbytes, ncp, nbytes == ncp);
  if (!r) return nullptr;
  std::memcpy(r->data, p, size_t(nbytes));
  return r;
}

void raise_wrong_subject(Object* string) {
  err_format(Exc_TypeError, "expected string or bytes-like object, got '%.200s'", type_name(string));
}

}  // namespace

ssize Decoded::byte_offset(const char* utf8, ssize i, ssize cp, ssize byte) const {
  ssize steps = i % kIndexStep, off = index[size_t(i / kIndexStep)];
  if (cp >= 0 && cp <= i && i - cp < steps) {
    steps = i - cp;
    off = byte;
  }
  for (; steps > 0; steps--) off += utf8_seq_len(static_cast<unsigned char>(utf8[off]));
  return off;
}

void clear_subject_cache() {
  for (CacheEntry& e : g_cache) {
    Object* s = e.str;
    e.str = nullptr;
    e.dec.reset();
    xdecref(s);
  }
}

State::~State() {
  buffer_release(&view);
  clearref(string);
}

namespace {

// A C-contiguous view of a bytes-like subject; TypeError (CPython's wording) when there is none.
bool get_subject_buffer(Object* string, Buffer* view) {
  if (object_has_buffer(string) && object_get_buffer(string, view, BUF_SIMPLE) == 0) return true;
  err_clear();
  raise_wrong_subject(string);
  return false;
}

}  // namespace

int subject_kind(Object* string) {
  if (is_str(string)) return 0;
  if (is_bytes(string)) return 1;
  Buffer view;
  if (!get_subject_buffer(string, &view)) return -1;
  buffer_release(&view);
  return 1;
}

int template_has_backslash(Object* t) {
  if (is_str(t)) return std::memchr(as_str(t)->data, '\\', size_t(as_str(t)->utf8_len)) != nullptr;
  if (is_bytes(t)) return std::memchr(bytes_data(t), '\\', size_t(size_of(t))) != nullptr;
  Buffer view;
  if (!object_has_buffer(t) || object_get_buffer(t, &view, BUF_SIMPLE) < 0) {
    err_clear();
    return -1;
  }
  int r = std::memchr(view.buf, '\\', size_t(view.len)) != nullptr;
  buffer_release(&view);
  return r;
}

int state_init(State& st, PatternObject* p, Object* string, ssize pos, ssize endpos) {
  buffer_release(&st.view);
  int kind = is_str(string) ? 0 : 1;
  if (kind == 1 && !is_bytes(string) && !get_subject_buffer(string, &st.view)) return -1;
  if (kind == 1 && p->isbytes == 0) {
    err_set_string(Exc_TypeError, "cannot use a string pattern on a bytes-like object");
    return -1;
  }
  if (kind == 0 && p->isbytes > 0) {
    err_set_string(Exc_TypeError, "cannot use a bytes pattern on a string-like object");
    return -1;
  }
  st.isbytes = kind == 1;
  if (kind == 1) {
    bool own = is_bytes(string);
    st.data = own ? bytes_data(string) : static_cast<const char*>(st.view.buf);
    st.length = own ? size_of(string) : st.view.len;
    st.charsize = 1;
    st.utf8 = nullptr;
  } else {
    StrObject* so = as_str(string);
    st.utf8 = so->data;
    st.length = so->ob_size;
    st.ascii = so->ascii != 0;
    if (st.ascii) {
      st.data = so->data;
      st.charsize = 1;
    } else {
      st.decoded = decoded_for(string);
      st.cursor_cp = -1;
      st.charsize = st.decoded->charsize;
      st.data = st.charsize == 1 ? static_cast<const void*>(st.decoded->u1.data())
                                 : static_cast<const void*>(st.decoded->u4.data());
    }
  }
  if (pos < 0) pos = 0;
  else if (pos > st.length) pos = st.length;
  if (endpos < 0) endpos = 0;
  else if (endpos > st.length) endpos = st.length;
  st.pos = st.start = pos;
  st.endpos = st.end = endpos;
  st.ptr = pos;
  st.match_all = st.must_advance = false;
  st.mark.assign(size_t(p->groups) * 2, -1);
  st.lastmark = st.lastindex = -1;
  st.repeat = -1;
  setref(st.string, newref(string));
  return 0;
}

void state_reset(State& st) {
  st.lastmark = st.lastindex = -1;
  st.repeat = -1;
  st.data_stack.clear();
  st.repeats.clear();
}

Object* state_slice(State& st, ssize i, ssize j) {
  if (st.isbytes) {
    if (i == 0 && j == st.length && is_bytes(st.string) && type_of(st.string) == &BytesType) return newref(st.string);
    return bytes_from(static_cast<const char*>(st.data) + i, j - i);
  }
  if (i == 0 && j == st.length && is_str_exact(st.string)) return newref(st.string);
  if (st.ascii) return str_piece(st.utf8 + i, j - i, j - i);
  ssize b0 = st.decoded->byte_offset(st.utf8, i, st.cursor_cp, st.cursor_byte);
  ssize b1 = st.decoded->byte_offset(st.utf8, j, i, b0);
  st.cursor_cp = j;
  st.cursor_byte = b1;
  return str_piece(st.utf8 + b0, b1 - b0, j - i);
}

Object* state_group(State& st, ssize index, bool empty_if_unset) {
  ssize k = (index - 1) * 2;
  ssize i, j;
  if (k >= st.lastmark || st.mark[size_t(k)] < 0 || st.mark[size_t(k) + 1] < 0) {
    if (!empty_if_unset) return none_ref();
    i = j = 0;
  } else {
    i = st.mark[size_t(k)];
    j = st.mark[size_t(k) + 1];
    if (i > j) {
      err_set_string(Exc_SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
      return nullptr;
    }
  }
  return state_slice(st, i, j);
}

void raise_engine_error(ssize status) {
  switch (status) {
    case ERR_MEMORY:
      err_no_memory();
      break;
    case ERR_INTERRUPTED:
      break;  // the exception is set
    default:
      err_set_string(Exc_RuntimeError, "internal error in regular expression engine");
      break;
  }
}

Object* new_match(PatternObject* p, State& st, ssize status) {
  if (status == 0) return none_ref();
  if (status < 0) {
    raise_engine_error(status);
    return nullptr;
  }
  ssize ngroups = p->groups + 1;
  bool offsets = !st.isbytes && !st.ascii;
  ssize nslots = 2 * ngroups * (offsets ? 2 : 1);
  MatchObject* m = static_cast<MatchObject*>(alloc_var_object(&MatchType, nslots));
  if (!m) return nullptr;
  m->string = newref(st.string);
  m->pattern = static_cast<PatternObject*>(newref(static_cast<Object*>(p)));
  m->regs = nullptr;
  m->ngroups = ngroups;
  m->has_offsets = offsets;
  m->mark[0] = st.start;
  m->mark[1] = st.ptr;
  for (ssize g = 0, k = 0; g < p->groups; g++, k += 2) {
    if (k + 1 <= st.lastmark && st.mark[size_t(k)] >= 0 && st.mark[size_t(k) + 1] >= 0) {
      m->mark[k + 2] = st.mark[size_t(k)];
      m->mark[k + 3] = st.mark[size_t(k) + 1];
      if (m->mark[k + 2] > m->mark[k + 3]) {
        decref(m);
        err_set_string(Exc_SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
        return nullptr;
      }
    } else {
      m->mark[k + 2] = m->mark[k + 3] = -1;
    }
  }
  if (offsets) {
    ssize* off = m->mark + 2 * ngroups;
    // The match's start first (from the last slice or match), then every mark from it.
    off[0] = st.decoded->byte_offset(st.utf8, m->mark[0], st.cursor_cp, st.cursor_byte);
    for (ssize k = 1; k < 2 * ngroups; k++)
      off[k] = m->mark[k] < 0 ? -1 : st.decoded->byte_offset(st.utf8, m->mark[k], m->mark[0], off[0]);
    st.cursor_cp = m->mark[1];
    st.cursor_byte = off[1];
  }
  m->pos = st.pos;
  m->endpos = st.endpos;
  m->lastindex = st.lastindex;
  gc_track(m);
  return m;
}

Object* match_group(MatchObject* m, ssize index, Object* dflt) {
  ssize i = m->mark[2 * index], j = m->mark[2 * index + 1];
  if (i < 0) return newref(dflt);
  Object* s = m->string;
  if (is_bytes(s)) {
    ssize n = size_of(s);
    if (i > n) i = n;
    if (j > n) j = n;
    if (i == 0 && j == n && type_of(s) == &BytesType) return newref(s);
    return bytes_from(bytes_data(s) + i, j - i);
  }
  if (is_str(s)) {
    if (i == 0 && j == str_len(s) && is_str_exact(s)) return newref(s);
    if (!m->has_offsets) return str_piece(as_str(s)->data + i, j - i, j - i);
    const ssize* off = m->mark + 2 * m->ngroups;
    return str_piece(as_str(s)->data + off[2 * index], off[2 * index + 1] - off[2 * index], j - i);
  }
  Buffer view;  // another bytes-like object: its content now
  if (!get_subject_buffer(s, &view)) return nullptr;
  ssize n = view.len;
  if (i > n) i = n;
  if (j > n) j = n;
  Object* r = bytes_from(static_cast<const char*>(view.buf) + i, j - i);
  buffer_release(&view);
  return r;
}

}  // namespace stdlib::sre
