// _io.TextIOWrapper: text over a buffered binary stream (CPython's textio.c;
// tell() and seek() are in io_textseek.cpp).
//
// Writing: write() translates "\n" to the newline argument, encodes, and
// appends the bytes to `pending`; the pending bytes go to buffer.write() in
// one piece when they reach _CHUNK_SIZE (8192), when a line ends on a
// line-buffered stream (then buffer.flush() follows), at every write with
// write_through, and before any read, seek, tell or flush.  The bytes are
// taken out of `pending` before the buffer is called (it may release the GIL,
// and another thread may write meanwhile).  With an exact BufferedWriter or
// BufferedRandom (or FileIO) under it, the bytes go to that object's C++ entry
// point without a bytes object being made.
//
// Reading: a chunk of at least _CHUNK_SIZE bytes comes from buffer.read1()
// (read() when the buffer has no read1), is decoded (the codec, then the
// newline step: universal newlines translate or record "\r", "\r\n", "\n"),
// and becomes `decoded_chars`; read(), readline() and iteration take text from
// there.  pyglass's str is UTF-8, so the position in decoded_chars is kept in
// both code points and bytes, and line endings are found over the bytes.
//
// For tell(), every chunk read records a snapshot: the decoder's flags and
// the input fed to it since the last point at which it held no undecoded
// bytes (io_textseek.cpp explains the cookie).  Iterating with next()
// disables tell() until the end of the file, as in CPython.
#include <cstring>

#include "config.h"
#include "io_internal.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

TypeObject TextIOWrapperType;

namespace {
TextIOObject* T(Object* o) { return static_cast<TextIOObject*>(o); }

bool check_initialized(TextIOObject* t) {
  if (t->ok) return true;
  err_set_string(Exc_ValueError,
                 t->detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
  return false;
}

ssize nchars(Object* s, const char* p, ssize nbytes) { return str_is_ascii(s) ? nbytes : utf8_count(p, nbytes); }

// Byte offset after n code points from byte offset off in s.
ssize advance(Object* s, ssize off, ssize n) {
  if (str_is_ascii(s)) return off + n;
  const char* p = str_utf8(s) + off;
  const char* start = p;
  for (ssize i = 0; i < n; i++) p += utf8_seq_len(static_cast<unsigned char>(*p));
  return off + (p - start);
}

}  // namespace

bool textio_check_attached(TextIOObject* t) { return check_initialized(t); }

bool textio_check_closed(TextIOObject* t) {
  if (type_of(t) != &TextIOWrapperType) return check_closed(t);
  int closed;
  if (t->raw) {
    closed = fileio_closed(t->raw);
  } else {
    Object* c = object_getattr(t->buffer, names::closed);
    if (!c) return false;
    closed = object_is_true(c);
    decref(c);
    if (closed < 0) return false;
  }
  if (closed) {
    err_set_string(Exc_ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

void textio_set_decoded(TextIOObject* t, Object* steal) {
  setref(t->decoded_chars, steal);
  t->decoded_used = 0;
  t->decoded_used_bytes = 0;
}

namespace {

void clear_snapshot(TextIOObject* t) { clearref(t->snap_input); }

// decoded_chars[used:used+n] (n < 0: all), consumed.
Object* get_decoded_chars(TextIOObject* t, ssize n) {
  if (!t->decoded_chars) return str_empty();
  Object* dc = t->decoded_chars;
  ssize avail = str_len(dc) - t->decoded_used;
  if (n < 0 || n > avail) n = avail;
  Object* r;
  ssize end;
  if (t->decoded_used > 0 || n < avail) {
    end = advance(dc, t->decoded_used_bytes, n);
    r = str_from_valid(str_utf8(dc) + t->decoded_used_bytes, end - t->decoded_used_bytes);
    if (!r) return nullptr;
  } else {
    end = str_utf8_len(dc);
    r = newref(dc);
  }
  t->decoded_used += n;
  t->decoded_used_bytes = end;
  return r;
}

}  // namespace

// ---- the codec chain -------------------------------------------------------------------------------
Object* textio_decode(TextIOObject* t, const char* data, ssize n, Object* obj, bool final) {
  Object* s;
  if (t->fast_dec != FastCodec::None) {
    if (!t->dec_pending) t->dec_pending = new std::string();
    s = fast_decode(t->fast_dec, str_utf8(t->errors), *t->dec_pending, data, n, final);
  } else {
    Object* input = obj ? newref(obj) : bytes_from(data, n);
    if (!input) return nullptr;
    Object* v[2] = {input, final ? True : False};
    s = call_method(t->decoder, names::decode, v, 2);
    decref(input);
    if (s && !is_str(s)) {
      err_format(Exc_TypeError, "decoder should return a string result, not '%s'", type_name(s));
      decref(s);
      return nullptr;
    }
  }
  if (!s) return nullptr;
  if (t->readuniversal) return newline_decode_steal(&t->nl, s, final);
  return s;
}

namespace {
bool u64_of(Object* o, uint64_t* out) {
  if (!is_int(o)) return false;
  if (int_fits_i64(o)) {
    *out = uint64_t(int_as_i64(o));
    return true;
  }
  Object* mask = int_from_u64(UINT64_MAX);
  Object* m = mask ? number_binop(o, mask, BINOP_AND) : nullptr;
  xdecref(mask);
  if (!m) return false;
  Object* hi = int_from_i64(32);
  Object* top = hi ? number_binop(m, hi, BINOP_RSHIFT) : nullptr;
  xdecref(hi);
  bool ok = top && int_fits_i64(top);
  if (ok) {
    Object* low_mask = int_from_u64(0xFFFFFFFFu);
    Object* low = low_mask ? number_binop(m, low_mask, BINOP_AND) : nullptr;
    xdecref(low_mask);
    if (low) *out = (uint64_t(int_as_i64(top)) << 32) | uint64_t(int_as_i64(low));
    else ok = false;
    xdecref(low);
  }
  xdecref(top);
  decref(m);
  if (!ok) err_clear();
  return ok;
}
}  // namespace

int textio_dec_getstate(TextIOObject* t, Object** buf, uint64_t* flags) {
  uint64_t f = 0;
  Object* b;
  if (t->fast_dec != FastCodec::None) {
    const std::string* p = t->dec_pending;
    b = bytes_from(p ? p->data() : nullptr, p ? ssize(p->size()) : 0);
    if (!b) return -1;
  } else {
    Object* state = call_method0(t->decoder, names::getstate);
    if (!state) return -1;
    if (!is_tuple(state) || size_of(state) != 2 || !u64_of(tuple_get(state, 1), &f)) {
      decref(state);
      err_set_string(Exc_TypeError, "illegal decoder state");
      return -1;
    }
    b = newref(tuple_get(state, 0));
    decref(state);
    if (!is_bytes(b)) {
      err_format(Exc_TypeError, "illegal decoder state: the first item should be a bytes object, not '%s'",
                 type_name(b));
      decref(b);
      return -1;
    }
  }
  if (t->readuniversal) f = (f << 1) | (t->nl.pendingcr ? 1 : 0);
  *buf = b;
  *flags = f;
  return 0;
}

int textio_dec_setstate(TextIOObject* t, Object* buf, uint64_t flags) {
  if (t->readuniversal) {
    t->nl.pendingcr = flags & 1;
    flags >>= 1;
  }
  if (t->fast_dec != FastCodec::None) {
    if (!t->dec_pending) t->dec_pending = new std::string();
    t->dec_pending->assign(bytes_data(buf), size_t(size_of(buf)));
    return 0;
  }
  Object* f = int_from_u64(flags);
  Object* state = f ? tuple_pack(2, buf, f) : nullptr;
  xdecref(f);
  Object* r = state ? call_method1(t->decoder, names::setstate, state) : nullptr;
  xdecref(state);
  if (!r) return -1;
  decref(r);
  return 0;
}

int textio_dec_reset(TextIOObject* t) {
  if (t->readuniversal) {
    t->nl.seennl = 0;
    t->nl.pendingcr = false;
  }
  if (t->fast_dec != FastCodec::None) {
    if (t->dec_pending) t->dec_pending->clear();
    return 0;
  }
  Object* r = call_method0(t->decoder, names::reset);
  if (!r) return -1;
  decref(r);
  return 0;
}

int textio_encoder_reset(TextIOObject* t, bool start_of_stream) {
  t->encoding_start_of_stream = start_of_stream;
  if (!t->encoder) return 0;
  Object* r = start_of_stream ? call_method0(t->encoder, names::reset)
                              : call_method1(t->encoder, names::setstate, small_int(0));
  if (!r) return -1;
  decref(r);
  return 0;
}

// ---- writing ------------------------------------------------------------------------------------------------
int textio_writeflush(TextIOObject* t) {
  if (!t->pending || t->pending->empty()) return 0;
  std::string data;
  data.swap(*t->pending);  // another thread may write while the buffer releases the GIL
  Object* buffer = newref(t->buffer);
  int rc = 0;
  TypeObject* bt = type_of(buffer);
  if (bt == &BufferedWriterType || bt == &BufferedRandomType) {
    ssize n;
    do {
      n = buffered_write_data(static_cast<BufferedObject*>(buffer), data.data(), ssize(data.size()));
    } while (n < 0 && trap_eintr());
    rc = n < 0 ? -1 : 0;
  } else if (bt == &FileIOType) {
    ssize n;
    do {
      n = fileio_write_checked(static_cast<FileIOObject*>(buffer), data.data(), ssize(data.size()));
    } while (n == -1 && trap_eintr());
    rc = n == -1 ? -1 : 0;
  } else {
    Object* b = bytes_from(data.data(), ssize(data.size()));
    if (!b) {
      rc = -1;
    } else {
      Object* r;
      do {
        r = call_method1(buffer, names::write, b);
      } while (!r && trap_eintr());
      decref(b);
      if (!r) rc = -1;
      else decref(r);
    }
  }
  decref(buffer);
  return rc;
}

namespace {

int buffer_flush(Object* buffer) {
  if (is_exact_buffered(buffer)) return buffered_flush(static_cast<BufferedObject*>(buffer));
  Object* r = call_method0(buffer, names::flush);
  if (!r) return -1;
  decref(r);
  return 0;
}

// write(): data/n is the text as UTF-8 (nch code points); str_obj the str when there is one.
ssize write_impl(TextIOObject* t, const char* data, ssize n, Object* str_obj) {
  if (!check_initialized(t) || !textio_check_closed(t)) return -1;
  if (!t->has_encoder) {
    unsupported("not writable");
    return -1;
  }
  bool haslf = false;
  if (((t->writetranslate && t->writenl) || t->line_buffering) && n && memchr(data, '\n', size_t(n))) haslf = true;
  std::string translated;
  if (haslf && t->writetranslate && t->writenl) {
    translated.reserve(size_t(n) + 16);
    for (ssize i = 0; i < n; i++) {
      if (data[i] == '\n') translated += t->writenl;
      else translated += data[i];
    }
    data = translated.data();
    n = ssize(translated.size());
    str_obj = nullptr;
  }
  bool text_needflush = t->write_through;
  bool needflush = t->line_buffering && (haslf || (n && memchr(data, '\r', size_t(n))));
  if (!t->pending) t->pending = new std::string();
  if (t->fast_enc == FastCodec::Utf8 && ssize(t->pending->size()) + n <= t->chunk_size) {
    // The common case, encoded straight into the pending bytes (never longer than n).
    if (fast_encode(FastCodec::Utf8, str_utf8(t->errors), data, n, str_obj, *t->pending) < 0) return -1;
  } else {
    std::string b;
    if (t->fast_enc != FastCodec::None) {
      if (fast_encode(t->fast_enc, str_utf8(t->errors), data, n, str_obj, b) < 0) return -1;
    } else {
      Object* s = str_obj ? newref(str_obj) : str_from_valid(data, n);
      if (!s) return -1;
      Object* r = call_method1(t->encoder, names::encode, s);
      decref(s);
      if (!r) return -1;
      if (!is_bytes(r)) {
        err_format(Exc_TypeError, "encoder should return a bytes object, not '%s'", type_name(r));
        decref(r);
        return -1;
      }
      b.assign(bytes_data(r), size_t(size_of(r)));
      decref(r);
    }
    t->encoding_start_of_stream = false;
    // Never concatenate more than chunk_size bytes.
    if (ssize(t->pending->size() + b.size()) > t->chunk_size && textio_writeflush(t) < 0) return -1;
    t->pending->append(b);
  }
  if (t->fast_enc != FastCodec::None) t->encoding_start_of_stream = false;
  if (ssize(t->pending->size()) >= t->chunk_size || needflush || text_needflush) {
    if (textio_writeflush(t) < 0) return -1;
  }
  if (needflush && buffer_flush(t->buffer) < 0) return -1;
  textio_set_decoded(t, nullptr);
  clear_snapshot(t);
  if (t->has_decoder && textio_dec_reset(t) < 0) return -1;
  return 0;
}

// ---- reading --------------------------------------------------------------------------------------------------
// Read and decode a chunk into decoded_chars: 1 data, 0 end of file, -1 error.
int read_chunk(TextIOObject* t, ssize size_hint) {
  if (!t->has_decoder) {
    unsupported("not readable");
    return -1;
  }
  Object* dec_buffer = nullptr;
  uint64_t dec_flags = 0;
  if (t->telling && textio_dec_getstate(t, &dec_buffer, &dec_flags) < 0) return -1;
  if (size_hint > 0) size_hint = ssize((t->b2cratio > 1.0 ? t->b2cratio : 1.0) * double(size_hint));
  ssize chunk = t->chunk_size > size_hint ? t->chunk_size : size_hint;
  Object* input;
  if (t->has_read1 && (type_of(t->buffer) == &BufferedReaderType || type_of(t->buffer) == &BufferedRandomType)) {
    input = buffered_read1(static_cast<BufferedObject*>(t->buffer), chunk);
  } else {
    Object* c = int_from_i64(chunk);
    input = c ? call_method1(t->buffer, t->has_read1 ? names::read1 : names::read, c) : nullptr;
    xdecref(c);
  }
  if (!input) {
    xdecref(dec_buffer);
    return -1;
  }
  BytesLike view;
  if (!view.get(input)) {
    err_clear();
    err_format(Exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%s'",
               t->has_read1 ? "read1" : "read", type_name(input));
    decref(input);
    xdecref(dec_buffer);
    return -1;
  }
  ssize nbytes = view.size();
  bool eof = nbytes == 0;
  Object* decoded = textio_decode(t, view.data(), nbytes, is_bytes(input) ? input : nullptr, eof);
  if (!decoded) {
    decref(input);
    xdecref(dec_buffer);
    return -1;
  }
  ssize nch = str_len(decoded);
  textio_set_decoded(t, decoded);
  t->b2cratio = nch > 0 ? double(nbytes) / double(nch) : 0.0;
  if (nch > 0) eof = false;
  if (t->telling) {
    // At the snapshot point, len(dec_buffer) bytes before the read, the next
    // input to be decoded is dec_buffer + input_chunk.
    std::string next(bytes_data(dec_buffer), size_t(size_of(dec_buffer)));
    next.append(view.data(), size_t(nbytes));
    Object* ni = bytes_from(next.data(), ssize(next.size()));
    decref(dec_buffer);
    if (!ni) {
      decref(input);
      return -1;
    }
    t->snap_flags = dec_flags;
    setref(t->snap_input, ni);
  }
  view.release();
  decref(input);
  return eof ? 0 : 1;
}

Object* read_impl(TextIOObject* t, ssize n) {
  if (!check_initialized(t) || !textio_check_closed(t)) return nullptr;
  if (!t->has_decoder) return unsupported("not readable");
  if (textio_writeflush(t) < 0) return nullptr;
  if (n < 0) {
    Object* bytes = call_method0(t->buffer, names::read);
    if (!bytes) return nullptr;
    Object* decoded;
    if (t->fast_dec != FastCodec::None) {
      BytesLike view;
      if (!view.get(bytes)) {
        decref(bytes);
        return nullptr;
      }
      decoded = textio_decode(t, view.data(), view.size(), nullptr, true);
    } else {
      decoded = textio_decode(t, nullptr, 0, bytes, true);
    }
    decref(bytes);
    if (!decoded) return nullptr;
    Object* head = get_decoded_chars(t, -1);
    if (!head) {
      decref(decoded);
      return nullptr;
    }
    Object* result = str_len(head) == 0 ? newref(decoded) : str_concat(head, decoded);
    decref(head);
    decref(decoded);
    if (!result) return nullptr;
    textio_set_decoded(t, nullptr);
    clear_snapshot(t);
    return result;
  }
  Object* result = get_decoded_chars(t, n);
  if (!result) return nullptr;
  ssize remaining = n - str_len(result);
  if (remaining <= 0) return result;
  std::string acc(str_view(result));
  decref(result);
  while (remaining > 0) {
    int res = read_chunk(t, remaining);
    if (res < 0) {
      if (trap_eintr()) continue;
      return nullptr;
    }
    if (res == 0) break;
    Object* part = get_decoded_chars(t, remaining);
    if (!part) return nullptr;
    acc += str_view(part);
    remaining -= str_len(part);
    decref(part);
  }
  return str_from_valid(acc);
}

Object* readline_impl(TextIOObject* t, ssize limit) {
  if (!textio_check_closed(t)) return nullptr;
  if (textio_writeflush(t) < 0) return nullptr;
  std::string chunks;  // text put aside (UTF-8)
  ssize chunked = 0;   // its length in code points
  Object* remaining = nullptr;
  Object* line = nullptr;
  ssize start_b = 0, endpos_b = 0, endpos_c = 0, offset_b = 0, offset_c = 0;
  const char* readnl = t->readnl ? str_utf8(t->readnl) : "\n";
  for (;;) {
    int res = 1;
    while (!t->decoded_chars || str_len(t->decoded_chars) == 0) {
      res = read_chunk(t, 0);
      if (res < 0) {
        if (trap_eintr()) continue;
        xdecref(remaining);
        return nullptr;
      }
      if (res == 0) break;
    }
    if (res == 0) {
      textio_set_decoded(t, nullptr);
      clear_snapshot(t);
      break;
    }
    ssize start_c;
    if (!remaining) {
      line = newref(t->decoded_chars);
      start_b = t->decoded_used_bytes;
      start_c = t->decoded_used;
      offset_b = offset_c = 0;
    } else {
      line = str_concat(remaining, t->decoded_chars);
      offset_b = str_utf8_len(remaining);
      offset_c = str_len(remaining);
      clearref(remaining);
      if (!line) return nullptr;
      start_b = 0;
      start_c = 0;
    }
    const char* p = str_utf8(line);
    ssize line_b = str_utf8_len(line);
    ssize consumed = 0;
    ssize found = find_line_ending<char>(t->readtranslate, t->readuniversal, readnl, p + start_b, p + line_b,
                                         &consumed);
    if (found >= 0) {
      endpos_b = start_b + found;
      ssize seg_c = nchars(line, p + start_b, found);
      endpos_c = start_c + seg_c;
      if (limit >= 0 && seg_c + chunked >= limit) {
        endpos_c = start_c + limit - chunked;
        endpos_b = advance(line, start_b, limit - chunked);
      }
      break;
    }
    // No line ending: put aside up to `consumed`.
    endpos_b = start_b + consumed;
    ssize seg_c = nchars(line, p + start_b, consumed);
    endpos_c = start_c + seg_c;
    if (limit >= 0 && seg_c + chunked >= limit) {
      endpos_c = start_c + limit - chunked;
      endpos_b = advance(line, start_b, limit - chunked);
      break;
    }
    if (endpos_b > start_b) {
      chunks.append(p + start_b, size_t(endpos_b - start_b));
      chunked += seg_c;
    }
    if (endpos_b < line_b) {
      remaining = str_from_valid(p + endpos_b, line_b - endpos_b);
      if (!remaining) {
        decref(line);
        return nullptr;
      }
    }
    clearref(line);
    textio_set_decoded(t, nullptr);
  }
  if (line) {
    // The line ends in the current decoded_chars.
    t->decoded_used = endpos_c - offset_c;
    t->decoded_used_bytes = endpos_b - offset_b;
    chunks.append(str_utf8(line) + start_b, size_t(endpos_b - start_b));
    decref(line);
  }
  if (remaining) {
    chunks.insert(chunks.size(), str_view(remaining));
    decref(remaining);
  }
  return str_from_valid(chunks);
}

// ---- codec setup -------------------------------------------------------------------------------------------
bool codecs_available() { return find_builtin_module("_codecs") != nullptr; }

bool fast_ok(FastCodec c, const char* errors, bool encode) {
  if (c == FastCodec::None) return false;
  if (!codecs_available()) return true;  // nothing else to use
  if (encode) return fast_encode_errors_ok(errors) && (strcmp(errors, "surrogatepass") != 0 || c == FastCodec::Utf8);
  return fast_decode_errors_ok(errors);
}

Object* incremental(Object* info, Object* attr, const char* errors) {
  Object* fn = object_getattr(info, attr);
  if (!fn) return nullptr;
  Object* e = str_from_cstr(errors);
  Object* r = e ? call1(fn, e) : nullptr;
  xdecref(e);
  decref(fn);
  return r;
}

// Set up the decoder and the encoder for encoding/errors (CPython's
// _textiowrapper_set_decoder / _set_encoder: asks buffer.readable() and writable()).
int set_codec(TextIOObject* t, const char* encoding, const char* errors) {
  FastCodec fast = fast_codec_for(encoding);
  Object* info = nullptr;
  if (fast == FastCodec::None) {
    info = lookup_text_encoding(encoding);
    if (!info) return -1;
  }
  int rc = -1;
  int readable = call_bool_method(t->buffer, names::readable);
  if (readable < 0) goto done;
  if (readable) {
    clearref(t->decoder);
    t->fast_dec = FastCodec::None;
    if (t->dec_pending) t->dec_pending->clear();
    if (fast_ok(fast, errors, false)) {
      t->fast_dec = fast;
    } else {
      if (!info && !(info = lookup_text_encoding(encoding))) goto done;
      t->decoder = incremental(info, names::incrementaldecoder, errors);
      if (!t->decoder) goto done;
    }
    t->nl = NewlineState();
    t->nl.translate = t->readtranslate;
    t->has_decoder = true;
  }
  {
    int writable = call_bool_method(t->buffer, names::writable);
    if (writable < 0) goto done;
    if (writable) {
      clearref(t->encoder);
      t->fast_enc = FastCodec::None;
      if (fast_ok(fast, errors, true)) {
        t->fast_enc = fast;
      } else {
        if (!info && !(info = lookup_text_encoding(encoding))) goto done;
        t->encoder = incremental(info, names::incrementalencoder, errors);
        if (!t->encoder) goto done;
      }
      t->has_encoder = true;
    }
  }
  rc = 0;
done:
  xdecref(info);
  return rc;
}

int fix_encoder_state(TextIOObject* t) {
  if (!t->seekable || !t->has_encoder) return 0;
  t->encoding_start_of_stream = true;
  Object* cookie = call_method0(t->buffer, names::tell);
  if (!cookie) return -1;
  int cmp = object_richcompare_bool(cookie, small_int(0), CMP_EQ);
  decref(cookie);
  if (cmp < 0) return -1;
  if (cmp == 0) return textio_encoder_reset(t, false);
  return 0;
}

bool valid_newline(const char* nl) {
  return !nl || !nl[0] || !strcmp(nl, "\n") || !strcmp(nl, "\r") || !strcmp(nl, "\r\n");
}

int set_newline(TextIOObject* t, const char* newline) {
  Object* nl = nullptr;
  if (newline) {
    nl = str_from_cstr(newline);
    if (!nl) return -1;
  }
  setref(t->readnl, nl);
  t->readuniversal = !newline || !newline[0];
  t->readtranslate = !newline;
  t->writetranslate = !newline || newline[0];
  t->writenl = nullptr;
  if (!t->readuniversal && t->readnl && strcmp(newline, "\n") != 0) t->writenl = str_utf8(t->readnl);
  return 0;
}

Object* textio_new_obj(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  T(o)->chunk_size = 8192;
  gc_track(o);
  return o;
}

void clear_state(TextIOObject* t) {
  clearref(t->buffer);
  clearref(t->encoding);
  clearref(t->encoder);
  clearref(t->decoder);
  clearref(t->readnl);
  clearref(t->decoded_chars);
  clearref(t->snap_input);
  clearref(t->errors);
  clearref(t->raw);
  if (t->pending) t->pending->clear();
  if (t->dec_pending) t->dec_pending->clear();
  t->has_decoder = t->has_encoder = false;
  t->fast_dec = t->fast_enc = FastCodec::None;
  t->writenl = nullptr;
}

const char* const init_names[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};

int textio_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  TextIOObject* t = T(self);
  Object* a[6];
  if (!parse_kw("TextIOWrapper", args, nargs, kwnames, init_names, 6, 1, 6, a)) return -1;
  Object* buffer = a[0];
  std::string encoding, newline, errors = "strict";
  bool enc_none = true, nl_none = true;
  if (a[1] && !str_arg("TextIOWrapper", "encoding", a[1], true, &encoding, &enc_none)) return -1;
  if (a[3] && !str_arg("TextIOWrapper", "newline", a[3], true, &newline, &nl_none)) return -1;
  bool line_buffering = false, write_through = false;
  if (a[4] && !bool_int_arg(a[4], &line_buffering)) return -1;
  if (a[5] && !bool_int_arg(a[5], &write_through)) return -1;
  Object* errors_obj = a[2] && a[2] != None ? a[2] : nullptr;
  if (errors_obj) {
    if (!is_str(errors_obj)) {
      err_format(Exc_TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %s",
                 type_name(errors_obj));
      return -1;
    }
    errors = str_view(errors_obj);
  }
  if (!nl_none && !valid_newline(newline.c_str())) {
    err_format(Exc_ValueError, "illegal newline value: %s", newline.c_str());
    return -1;
  }
  t->ok = false;
  t->detached = false;
  clear_state(t);
  t->decoded_used = t->decoded_used_bytes = 0;
  t->b2cratio = 0.0;
  if (enc_none) {
    for (const std::string& x : startup_config().xoptions)
      if (x == "warn_default_encoding" && err_warn(Exc_EncodingWarning, "'encoding' argument not specified", 1) < 0)
        return -1;
  }
  if (enc_none && utf8_mode()) {
    t->encoding = str_from_cstr("utf-8");
  } else if (enc_none || encoding == "locale") {
    t->encoding = newref(locale_encoding());
  } else {
    t->encoding = newref(a[1]);
  }
  if (!t->encoding) return -1;
  t->errors = errors_obj ? newref(errors_obj) : str_from_cstr("strict");
  if (!t->errors) return -1;
  t->chunk_size = 8192;
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  if (set_newline(t, nl_none ? nullptr : newline.c_str()) < 0) return -1;
  t->buffer = newref(buffer);
  if (set_codec(t, str_utf8(t->encoding), errors.c_str()) < 0) return -1;
  if (is_exact_buffered(buffer)) {
    bool error;
    Object* raw = object_lookup_attr(buffer, names::raw, &error);
    if (error) return -1;
    if (raw && type_of(raw) == &FileIOType) t->raw = raw;
    else xdecref(raw);
  }
  int r = call_bool_method(buffer, names::seekable);
  if (r < 0) return -1;
  t->seekable = t->telling = r;
  bool error;
  Object* read1 = object_lookup_attr(buffer, names::read1, &error);
  if (error) return -1;
  t->has_read1 = read1 != nullptr;
  xdecref(read1);
  t->encoding_start_of_stream = false;
  if (fix_encoder_state(t) < 0) return -1;
  t->ok = true;
  return 0;
}

void textio_dealloc(Object* self) {
  TextIOObject* t = T(self);
  t->finalizing = true;
  if (!dealloc_finalize(self)) return;
  gc_untrack(self);
  clear_weakrefs(self);
  t->ok = false;
  clear_state(t);
  delete t->pending;
  delete t->dec_pending;
  clearref(t->dict);
  free_object(self);
}

int textio_traverse(Object* self, visitproc visit, void* arg) {
  TextIOObject* t = T(self);
  for (Object* o : {t->buffer, t->encoding, t->errors, t->encoder, t->decoder, t->readnl, t->decoded_chars,
                    t->snap_input, t->raw})
    if (o)
      if (int r = visit(o, arg)) return r;
  return io_traverse_head(self, visit, arg);
}

int textio_clear(Object* self) {
  T(self)->ok = false;
  clear_state(T(self));
  clearref(T(self)->dict);
  return 0;
}

// ---- methods -------------------------------------------------------------------------------------------------------
Object* m_write(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("TextIOWrapper.write", nargs, kw)) return nullptr;
  Object* text = args[0];
  if (!is_str(text)) return err_format_null(Exc_TypeError, "write() argument must be str, not %s", type_name(text));
  incref(text);
  ssize r = write_impl(T(self), str_utf8(text), str_utf8_len(text), text);
  ssize n = str_len(text);
  decref(text);
  return r < 0 ? nullptr : int_from_i64(n);
}

Object* m_read(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("TextIOWrapper.read", nargs, kw, 0, 1)) return nullptr;
  ssize n = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &n)) return nullptr;
  return read_impl(T(self), n);
}

Object* m_readline(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("TextIOWrapper.readline", nargs, kw, 0, 1)) return nullptr;
  ssize n = -1;
  if (nargs > 0 && !ssize_arg(args[0], &n)) return nullptr;
  if (!check_initialized(T(self))) return nullptr;
  return readline_impl(T(self), n);
}

Object* m_flush(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("TextIOWrapper.flush", nargs, kw)) return nullptr;
  if (textio_flush(self) < 0) return nullptr;
  return none_ref();
}

Object* m_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("TextIOWrapper.close", nargs, kw)) return nullptr;
  TextIOObject* t = T(self);
  if (!check_initialized(t)) return nullptr;
  Object* c = object_getattr(t->buffer, names::closed);
  if (!c) return nullptr;
  int closed = object_is_true(c);
  decref(c);
  if (closed < 0) return nullptr;
  if (closed) return none_ref();
  if (t->finalizing) {
    Object* r = call_method1(t->buffer, names::_dealloc_warn, self);
    if (r) decref(r);
    else err_clear();
  }
  Object* res = call_method0(self, names::flush);
  Object* exc = nullptr;
  if (!res) exc = err_fetch();
  else decref(res);
  Object* buffer = newref(t->buffer);
  res = call_method0(buffer, names::close);
  decref(buffer);
  if (exc) {
    chain_exceptions(exc);
    clearref(res);
  }
  return res;
}

Object* m_detach(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("TextIOWrapper.detach", nargs, kw)) return nullptr;
  TextIOObject* t = T(self);
  if (!check_initialized(t)) return nullptr;
  Object* r = call_method0(self, names::flush);
  if (!r) return nullptr;
  decref(r);
  Object* buffer = t->buffer;
  t->buffer = nullptr;
  t->ok = false;
  t->detached = true;
  return buffer;
}

Object* forward0(Object* self, ssize nargs, Object* kw, const char* qual, Object* name) {
  if (!no_args(qual, nargs, kw)) return nullptr;
  if (!check_initialized(T(self))) return nullptr;
  return call_method0(T(self)->buffer, name);
}
Object* m_fileno(Object* self, Object* const*, ssize n, Object* kw) {
  return forward0(self, n, kw, "TextIOWrapper.fileno", names::fileno);
}
Object* m_seekable(Object* self, Object* const*, ssize n, Object* kw) {
  return forward0(self, n, kw, "TextIOWrapper.seekable", names::seekable);
}
Object* m_readable(Object* self, Object* const*, ssize n, Object* kw) {
  return forward0(self, n, kw, "TextIOWrapper.readable", names::readable);
}
Object* m_writable(Object* self, Object* const*, ssize n, Object* kw) {
  return forward0(self, n, kw, "TextIOWrapper.writable", names::writable);
}
Object* m_isatty(Object* self, Object* const*, ssize n, Object* kw) {
  return forward0(self, n, kw, "TextIOWrapper.isatty", names::isatty);
}

Object* m_truncate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("TextIOWrapper.truncate", nargs, kw, 0, 1)) return nullptr;
  if (!check_initialized(T(self))) return nullptr;
  Object* r = call_method0(self, names::flush);
  if (!r) return nullptr;
  decref(r);
  return call_method1(T(self)->buffer, names::truncate, nargs > 0 ? args[0] : None);
}

const char* const reconf_names[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};

Object* m_reconfigure(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  TextIOObject* t = T(self);
  Object* a[5];
  if (!parse_kw("reconfigure", args, nargs, kwnames, reconf_names, 5, 0, 0, a)) return nullptr;
  Object* encoding = a[0] ? a[0] : None;
  Object* errors = a[1] ? a[1] : None;
  Object* newline_obj = a[2];
  const char* argn[3] = {"encoding", "errors", "newline"};
  for (int i = 0; i < 3; i++)
    if (a[i] && a[i] != None && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "reconfigure() argument '%s' must be str or None, not %s", argn[i],
                             type_name(a[i]));
  if (!check_initialized(t)) return nullptr;
  if (t->decoded_chars && (encoding != None || errors != None || newline_obj))
    return unsupported("It is not possible to set the encoding or newline of stream after the first read");
  std::string newline;
  bool nl_none = true;
  if (newline_obj && newline_obj != None) {
    if (!str_arg("reconfigure", "newline", newline_obj, false, &newline, nullptr)) return nullptr;
    nl_none = false;
    if (!valid_newline(newline.c_str()))
      return err_format_null(Exc_ValueError, "illegal newline value: %s", newline.c_str());
  }
  bool lb = t->line_buffering, wt = t->write_through;
  if (a[3] && a[3] != None) {
    int v = object_is_true(a[3]);
    if (v < 0) return nullptr;
    lb = v;
  }
  if (a[4] && a[4] != None) {
    int v = object_is_true(a[4]);
    if (v < 0) return nullptr;
    wt = v;
  }
  Object* r = call_method0(self, names::flush);
  if (!r) return nullptr;
  decref(r);
  t->b2cratio = 0;
  if (newline_obj && set_newline(t, nl_none ? nullptr : newline.c_str()) < 0) return nullptr;
  if (encoding != None || errors != None || newline_obj) {
    Object* enc;
    if (encoding == None) {
      enc = newref(t->encoding);
      if (errors == None) errors = t->errors;
    } else {
      enc = str_eq_cstr(encoding, "locale") ? newref(locale_encoding()) : newref(encoding);
      if (errors == None) errors = nullptr;
    }
    Object* errs = errors ? newref(errors) : str_from_cstr("strict");
    if (!errs || set_codec(t, str_utf8(enc), str_utf8(errs)) < 0) {
      decref(enc);
      xdecref(errs);
      return nullptr;
    }
    setref(t->encoding, enc);
    setref(t->errors, errs);
    if (fix_encoder_state(t) < 0) return nullptr;
  }
  t->line_buffering = lb;
  t->write_through = wt;
  return none_ref();
}

Object* textio_iternext(Object* self) {
  TextIOObject* t = T(self);
  if (!check_initialized(t)) return nullptr;
  t->telling = false;
  Object* line;
  if (type_of(self) == &TextIOWrapperType) {
    line = readline_impl(t, -1);
  } else {
    line = call_readline_checked(self, true);
  }
  if (!line) return nullptr;
  if (str_len(line) == 0) {
    decref(line);
    clear_snapshot(t);
    t->telling = t->seekable;
    return nullptr;
  }
  return line;
}

Object* textio_repr(Object* self) {
  TextIOObject* t = T(self);
  if (!check_initialized(t)) return nullptr;
  std::string out = "<_io.TextIOWrapper";
  int status = repr_enter(self);
  if (status != 0) {
    if (status > 0) err_format(Exc_RuntimeError, "reentrant call inside %s.__repr__", type_name(self));
    return nullptr;
  }
  bool ok = false;
  do {
    bool error;
    Object* name = object_lookup_attr(self, names::name, &error);
    if (error) {
      if (!err_matches(Exc_ValueError)) break;
      err_clear();
    }
    if (name) {
      Object* r = object_repr(name);
      decref(name);
      if (!r) break;
      out += " name=" + std::string(str_view(r));
      decref(r);
    }
    Object* mode = object_lookup_attr(self, names::mode, &error);
    if (error) break;
    if (mode) {
      Object* r = object_repr(mode);
      decref(mode);
      if (!r) break;
      out += " mode=" + std::string(str_view(r));
      decref(r);
    }
    Object* r = object_repr(t->encoding);
    if (!r) break;
    out += " encoding=" + std::string(str_view(r)) + ">";
    decref(r);
    ok = true;
  } while (false);
  repr_leave(self);
  return ok ? str_from(out) : nullptr;
}

// ---- attributes -------------------------------------------------------------------------------------------------
Object* g_encoding(Object* self, void*) { return newref(T(self)->encoding ? T(self)->encoding : None); }
Object* g_buffer(Object* self, void*) { return newref(T(self)->buffer ? T(self)->buffer : None); }
Object* g_line_buffering(Object* self, void*) { return bool_ref(T(self)->line_buffering); }
Object* g_write_through(Object* self, void*) { return bool_ref(T(self)->write_through); }
Object* g_name(Object* self, void*) {
  if (!check_initialized(T(self))) return nullptr;
  return object_getattr(T(self)->buffer, names::name);
}
Object* g_closed(Object* self, void*) {
  if (!check_initialized(T(self))) return nullptr;
  return object_getattr(T(self)->buffer, names::closed);
}
Object* g_errors(Object* self, void*) {
  if (!check_initialized(T(self))) return nullptr;
  return newref(T(self)->errors);
}
Object* g_newlines(Object* self, void*) {
  TextIOObject* t = T(self);
  if (!check_initialized(t)) return nullptr;
  if (!t->has_decoder) return none_ref();
  if (t->readuniversal) return newlines_value(t->nl.seennl);
  if (!t->decoder) return none_ref();
  bool error;
  Object* r = object_lookup_attr(t->decoder, names::newlines, &error);
  if (error) return nullptr;
  return r ? r : none_ref();
}
Object* g_chunk_size(Object* self, void*) {
  if (!check_initialized(T(self))) return nullptr;
  return int_from_i64(T(self)->chunk_size);
}
int s_chunk_size(Object* self, Object* v, void*) {
  if (!check_initialized(T(self))) return -1;
  if (!v) {
    err_set_string(Exc_AttributeError, "cannot delete attribute");
    return -1;
  }
  ssize n = number_as_ssize(v, Exc_ValueError);
  if (n == -1 && err_occurred()) return -1;
  if (n <= 0) {
    err_set_string(Exc_ValueError, "a strictly positive integer is required");
    return -1;
  }
  T(self)->chunk_size = n;
  return 0;
}

MethodDef textio_methods[] = {
    {"detach", m_detach, METH_DEFAULT, nullptr},
    {"reconfigure", m_reconfigure, METH_DEFAULT,
     "Reconfigure the text stream with new parameters.\n\nThis also does an implicit stream flush."},
    {"write", m_write, METH_DEFAULT, nullptr},
    {"read", m_read, METH_DEFAULT, nullptr},
    {"readline", m_readline, METH_DEFAULT, nullptr},
    {"flush", m_flush, METH_DEFAULT, nullptr},
    {"close", m_close, METH_DEFAULT, nullptr},
    {"fileno", m_fileno, METH_DEFAULT, nullptr},
    {"seekable", m_seekable, METH_DEFAULT, nullptr},
    {"readable", m_readable, METH_DEFAULT, nullptr},
    {"writable", m_writable, METH_DEFAULT, nullptr},
    {"isatty", m_isatty, METH_DEFAULT, nullptr},
    {"seek", textio_seek, METH_DEFAULT, nullptr},
    {"tell", textio_tell, METH_DEFAULT, nullptr},
    {"truncate", m_truncate, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef textio_getset[] = {
    {"encoding", g_encoding, nullptr, nullptr, nullptr},
    {"buffer", g_buffer, nullptr, nullptr, nullptr},
    {"line_buffering", g_line_buffering, nullptr, nullptr, nullptr},
    {"write_through", g_write_through, nullptr, nullptr, nullptr},
    {"_finalizing", finalizing_get, finalizing_set, nullptr, nullptr},
    {"name", g_name, nullptr, nullptr, nullptr},
    {"closed", g_closed, nullptr, nullptr, nullptr},
    {"newlines", g_newlines, nullptr, nullptr, nullptr},
    {"errors", g_errors, nullptr, nullptr, nullptr},
    {"_CHUNK_SIZE", g_chunk_size, s_chunk_size, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

// ---- C++ entry points --------------------------------------------------------------------------------------------
int textio_write_utf8(Object* self, const char* data, ssize n, Object* str_obj) {
  incref(self);
  ssize r = write_impl(T(self), data, n, str_obj);
  decref(self);
  return r < 0 ? -1 : 0;
}

int textio_flush(Object* self) {
  TextIOObject* t = T(self);
  if (!check_initialized(t) || !textio_check_closed(t)) return -1;
  t->telling = t->seekable;
  incref(self);
  int rc = textio_writeflush(t);
  if (rc == 0) {
    Object* buffer = newref(t->buffer);
    rc = buffer_flush(buffer);
    decref(buffer);
  }
  decref(self);
  return rc;
}

Object* textio_readline(Object* self, ssize limit) {
  if (!check_initialized(T(self))) return nullptr;
  incref(self);
  Object* r = readline_impl(T(self), limit);
  decref(self);
  return r;
}

Object* textio_new(Object* buffer, const char* encoding, const char* errors, const char* newline,
                   bool line_buffering, bool write_through) {
  Object* e = str_from_cstr(encoding);
  Object* er = str_from_cstr(errors);
  Object* nl = newline ? str_from_cstr(newline) : none_ref();
  Object* r = nullptr;
  if (e && er && nl) {
    Object* a[6] = {buffer, e, er, nl, line_buffering ? True : False, write_through ? True : False};
    r = call(&TextIOWrapperType, a, 6);
  }
  xdecref(e);
  xdecref(er);
  xdecref(nl);
  return r;
}

void init_textio_type() {
  io_type(TextIOWrapperType, "_io.TextIOWrapper", sizeof(TextIOObject), &TextIOBaseType, textio_new_obj,
          textio_init, textio_dealloc, textio_traverse, textio_clear, textio_methods, textio_getset, nullptr);
  TextIOWrapperType.tp_repr = textio_repr;
  TextIOWrapperType.tp_iternext = textio_iternext;
  TextIOWrapperType.tp_doc =
      "TextIOWrapper(buffer, encoding=None, errors=None, newline=None,\n              line_buffering=False, "
      "write_through=False)\n--\n\nCharacter and line based layer over a BufferedIOBase object, buffer.\n\n"
      "encoding gives the name of the encoding that the stream will be\ndecoded or encoded with. It defaults to "
      "locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\n"
      "help(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline "
      "controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as "
      "follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can "
      "end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  "
      "caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller "
      "untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n"
      "  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, "
      "any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  "
      "newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any "
      "'\\n' characters written are translated\n  to the given string.\n\nIf line_buffering is True, a call to "
      "flush is implied when a call to\nwrite contains a newline character.";
}

}  // namespace stdlib::io
