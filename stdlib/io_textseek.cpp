// TextIOWrapper.tell() and seek(): opaque cookies (CPython's textio.c).
//
// A text position cannot be a byte offset alone: the decoder may hold bytes
// of an unfinished character, and a newline decoder may hold a '\r'.  The
// cookie packs, as CPython's C implementation does (21 bytes, little-endian,
// read as an unsigned int):
//
//   bits   0..63   start_pos      a byte position where the decoder's input buffer was empty
//   bits  64..95   dec_flags      the decoder's flags at that point (getstate()[1])
//   bits  96..127  bytes_to_feed  bytes to feed from there
//   bits 128..159  chars_to_skip  characters to skip after feeding them
//   bits 160..167  need_eof       whether the decoder must be told the input ended
//
// tell() starts from the snapshot taken by the last chunk read (the flags and
// the bytes fed since a safe point), finds by bisection a nearby safe start
// point, then feeds the decoder one byte at a time, noting the last point at
// which its buffer was empty, until chars_to_skip characters come out.  The
// decoder's state is saved first and restored at the end.  seek(cookie)
// replays that: seek the buffer to start_pos, restore dec_flags, read
// bytes_to_feed bytes, decode them and skip chars_to_skip characters.
#include <cstring>

#include "io_internal.h"
#include "runtime/numbers/int.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

namespace {

struct Cookie {
  int64_t start_pos = 0;
  int32_t dec_flags = 0;
  int32_t bytes_to_feed = 0;
  int32_t chars_to_skip = 0;
  uint8_t need_eof = 0;
};

constexpr size_t COOKIE_LEN = 8 + 4 + 4 + 4 + 1;

Object* build_cookie(const Cookie& c) {
  uint8_t buf[COOKIE_LEN];
  uint64_t sp = uint64_t(c.start_pos);
  for (int i = 0; i < 8; i++) buf[i] = uint8_t(sp >> (8 * i));
  uint32_t v[3] = {uint32_t(c.dec_flags), uint32_t(c.bytes_to_feed), uint32_t(c.chars_to_skip)};
  for (int k = 0; k < 3; k++)
    for (int i = 0; i < 4; i++) buf[8 + 4 * k + i] = uint8_t(v[k] >> (8 * i));
  buf[20] = c.need_eof;
  return int_from_bigint(bigint_from_bytes(buf, COOKIE_LEN, true, false));
}

bool parse_cookie(Object* obj, Cookie* c) {
  Object* n = number_long(obj);
  if (!n) return false;
  BigInt tmp;
  const BigInt& v = int_as_bigint(n, tmp);
  uint8_t buf[COOKIE_LEN];
  bool ok = true;
  if (v.is_neg()) {
    err_set_string(Exc_OverflowError, "can't convert negative int to unsigned");
    ok = false;
  } else if (!bigint_to_bytes(v, buf, COOKIE_LEN, true, false)) {
    err_set_string(Exc_OverflowError, "int too big to convert");
    ok = false;
  }
  decref(n);
  if (!ok) return false;
  uint64_t sp = 0;
  for (int i = 7; i >= 0; i--) sp = (sp << 8) | buf[i];
  uint32_t w[3] = {0, 0, 0};
  for (int k = 0; k < 3; k++)
    for (int i = 3; i >= 0; i--) w[k] = (w[k] << 8) | buf[8 + 4 * k + i];
  c->start_pos = int64_t(sp);
  c->dec_flags = int32_t(w[0]);
  c->bytes_to_feed = int32_t(w[1]);
  c->chars_to_skip = int32_t(w[2]);
  c->need_eof = buf[20];
  return true;
}

TextIOObject* T(Object* o) { return static_cast<TextIOObject*>(o); }

int decoder_setstate(TextIOObject* t, const Cookie& c) {
  // At the start of the stream, reset() rather than setstate(): some decoders
  // (utf-16) start in a state other than (b"", 0).
  if (c.start_pos == 0 && c.dec_flags == 0) return textio_dec_reset(t);
  Object* empty = bytes_from(nullptr, 0);
  if (!empty) return -1;
  int r = textio_dec_setstate(t, empty, uint64_t(uint32_t(c.dec_flags)));
  decref(empty);
  return r;
}

// Characters the decoder gives for n bytes (not final); -1 on error.
ssize decode_count(TextIOObject* t, const char* p, ssize n) {
  Object* s = textio_decode(t, p, n, nullptr, false);
  if (!s) return -1;
  ssize r = str_len(s);
  decref(s);
  return r;
}

// The decoder's buffered byte count and flags; false on error.
bool decoder_state(TextIOObject* t, ssize* buffered, int32_t* flags) {
  Object* b;
  uint64_t f;
  if (textio_dec_getstate(t, &b, &f) < 0) return false;
  *buffered = size_of(b);
  *flags = int32_t(f);
  decref(b);
  return true;
}

Object* call_self0(Object* self, Object* name) {
  Object* r = call_method0(self, name);
  return r;
}

}  // namespace

Object* textio_tell(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("TextIOWrapper.tell", nargs, kw)) return nullptr;
  TextIOObject* t = T(self);
  if (!textio_check_attached(t) || !textio_check_closed(t)) return nullptr;
  if (!t->seekable) return unsupported("underlying stream is not seekable");
  if (!t->telling) return err_format_null(Exc_OSError, "telling position disabled by next() call");
  if (textio_writeflush(t) < 0) return nullptr;
  Object* r = call_self0(self, names::flush);
  if (!r) return nullptr;
  decref(r);
  Object* posobj = call_method0(t->buffer, names::tell);
  if (!posobj) return nullptr;
  if (!t->has_decoder || !t->snap_input) return posobj;
  Cookie cookie;
  Object* pi = number_index(posobj);
  decref(posobj);
  if (!pi) return nullptr;
  cookie.start_pos = int_as_i64(pi);
  decref(pi);
  if (err_occurred()) return nullptr;
  Object* next_input = newref(t->snap_input);
  cookie.dec_flags = int32_t(t->snap_flags);
  cookie.start_pos -= size_of(next_input);
  if (t->decoded_used == 0) {  // we have not moved from the snapshot point
    decref(next_input);
    return build_cookie(cookie);
  }
  ssize chars_to_skip = t->decoded_used;
  Object* saved_buf;
  uint64_t saved_flags;
  if (textio_dec_getstate(t, &saved_buf, &saved_flags) < 0) {
    decref(next_input);
    return nullptr;
  }
  const char* input = bytes_data(next_input);
  ssize input_len = size_of(next_input);
  bool failed = true;
  do {
    // Fast search for an acceptable start point, close to our current position.
    ssize skip_bytes = ssize(t->b2cratio * double(chars_to_skip));
    ssize skip_back = 1;
    if (skip_bytes > input_len) skip_bytes = input_len;
    bool err = false;
    while (skip_bytes > 0) {
      if (decoder_setstate(t, cookie) < 0) {
        err = true;
        break;
      }
      ssize chars_decoded = decode_count(t, input, skip_bytes);
      if (chars_decoded < 0) {
        err = true;
        break;
      }
      if (chars_decoded <= chars_to_skip) {
        ssize buffered;
        int32_t flags;
        if (!decoder_state(t, &buffered, &flags)) {
          err = true;
          break;
        }
        if (buffered == 0) {  // before the position, nothing buffered: a safe point
          cookie.dec_flags = flags;
          chars_to_skip -= chars_decoded;
          break;
        }
        skip_bytes -= buffered;  // skip back by the buffered amount and reset the heuristic
        skip_back = 1;
      } else {
        skip_bytes -= skip_back;  // too far ahead: skip back a bit
        skip_back *= 2;
      }
    }
    if (err) break;
    if (skip_bytes <= 0) {
      skip_bytes = 0;
      if (decoder_setstate(t, cookie) < 0) break;
    }
    cookie.start_pos += skip_bytes;
    cookie.chars_to_skip = int32_t(chars_to_skip);
    if (chars_to_skip == 0) {
      failed = false;
      break;
    }
    // Feed the decoder one byte at a time, noting the nearest safe start point.
    ssize chars_decoded = 0;
    const char* p = input + skip_bytes;
    const char* end = input + input_len;
    while (p < end) {
      ssize n = decode_count(t, p, 1);
      if (n < 0) {
        err = true;
        break;
      }
      chars_decoded += n;
      cookie.bytes_to_feed += 1;
      ssize buffered;
      int32_t flags;
      if (!decoder_state(t, &buffered, &flags)) {
        err = true;
        break;
      }
      if (buffered == 0 && chars_decoded <= chars_to_skip) {
        cookie.start_pos += cookie.bytes_to_feed;
        chars_to_skip -= chars_decoded;
        cookie.dec_flags = flags;
        cookie.bytes_to_feed = 0;
        chars_decoded = 0;
      }
      if (chars_decoded >= chars_to_skip) break;
      p++;
    }
    if (err) break;
    if (p == end) {
      // Not enough decoded data: signal the end of the input to get more.
      Object* s = textio_decode(t, "", 0, nullptr, true);
      if (!s) break;
      chars_decoded += str_len(s);
      decref(s);
      cookie.need_eof = 1;
      if (chars_decoded < chars_to_skip) {
        err_set_string(Exc_OSError, "can't reconstruct logical file position");
        break;
      }
    }
    failed = false;
  } while (false);
  // Restore the decoder's state (keeping an error that happened).
  Object* exc = err_fetch();
  int rs = textio_dec_setstate(t, saved_buf, saved_flags);
  decref(saved_buf);
  decref(next_input);
  if (exc) {
    chain_exceptions(exc);
    return nullptr;
  }
  if (rs < 0 || failed) return nullptr;
  cookie.chars_to_skip = int32_t(chars_to_skip);
  return build_cookie(cookie);
}

Object* textio_seek(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("TextIOWrapper.seek", nargs, kw, 1, 2)) return nullptr;
  int whence = 0;
  if (nargs > 1 && !int_arg(args[1], &whence)) return nullptr;
  TextIOObject* t = T(self);
  if (!textio_check_attached(t) || !textio_check_closed(t)) return nullptr;
  if (!t->seekable) return unsupported("underlying stream is not seekable");
  Object* cookie_obj = newref(args[0]);
  if (whence == 1 || whence == 2) {
    int cmp = object_richcompare_bool(cookie_obj, small_int(0), CMP_EQ);
    if (cmp < 0) {
      decref(cookie_obj);
      return nullptr;
    }
    if (cmp == 0) {
      decref(cookie_obj);
      return unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    }
    if (whence == 1) {
      // Seeking to the current position syncs the buffer with it.
      setref(cookie_obj, call_self0(self, names::tell));
      if (!cookie_obj) return nullptr;
    } else {
      decref(cookie_obj);
      Object* r = call_self0(self, names::flush);
      if (!r) return nullptr;
      decref(r);
      textio_set_decoded(t, nullptr);
      clearref(t->snap_input);
      if (t->has_decoder && textio_dec_reset(t) < 0) return nullptr;
      Object* a[2] = {small_int(0), small_int(2)};
      Object* res = call_method(t->buffer, names::seek, a, 2);
      if (!res) return nullptr;
      if (t->has_encoder) {
        int at0 = object_richcompare_bool(res, small_int(0), CMP_EQ);
        if (at0 < 0 || textio_encoder_reset(t, at0 == 1) < 0) {
          decref(res);
          return nullptr;
        }
      }
      return res;
    }
  } else if (whence != 0) {
    decref(cookie_obj);
    return err_format_null(Exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
  }
  int neg = object_richcompare_bool(cookie_obj, small_int(0), CMP_LT);
  if (neg != 0) {
    if (neg > 0) {
      Object* r = object_repr(cookie_obj);
      if (r) {
        err_format(Exc_ValueError, "negative seek position %s", str_utf8(r));
        decref(r);
      }
    }
    decref(cookie_obj);
    return nullptr;
  }
  Object* r = call_self0(self, names::flush);
  Cookie cookie;
  if (!r || !parse_cookie(cookie_obj, &cookie)) {
    xdecref(r);
    decref(cookie_obj);
    return nullptr;
  }
  decref(r);
  // Seek back to the safe start point.
  Object* pos = int_from_i64(cookie.start_pos);
  Object* res = pos ? call_method1(t->buffer, names::seek, pos) : nullptr;
  xdecref(pos);
  if (!res) {
    decref(cookie_obj);
    return nullptr;
  }
  decref(res);
  textio_set_decoded(t, nullptr);
  clearref(t->snap_input);
  if (t->has_decoder && decoder_setstate(t, cookie) < 0) {
    decref(cookie_obj);
    return nullptr;
  }
  Object* snap;
  if (cookie.chars_to_skip) {
    // Just like a chunk read: feed the decoder and save a snapshot.
    Object* n = int_from_i64(cookie.bytes_to_feed);
    Object* input = n ? call_method1(t->buffer, names::read, n) : nullptr;
    xdecref(n);
    if (!input) {
      decref(cookie_obj);
      return nullptr;
    }
    if (!is_bytes(input)) {
      err_format(Exc_TypeError, "underlying read() should have returned a bytes object, not '%s'", type_name(input));
      decref(input);
      decref(cookie_obj);
      return nullptr;
    }
    t->snap_flags = uint64_t(uint32_t(cookie.dec_flags));
    setref(t->snap_input, newref(input));
    Object* decoded = t->has_decoder
                          ? textio_decode(t, bytes_data(input), size_of(input), input, cookie.need_eof != 0)
                          : nullptr;
    if (!t->has_decoder) err_set_string(Exc_OSError, "can't restore logical file position");
    decref(input);
    if (!decoded) {
      decref(cookie_obj);
      return nullptr;
    }
    textio_set_decoded(t, decoded);
    if (str_len(decoded) < cookie.chars_to_skip) {
      decref(cookie_obj);
      return err_format_null(Exc_OSError, "can't restore logical file position");
    }
    t->decoded_used = cookie.chars_to_skip;
    const char* p = str_utf8(decoded);
    ssize off = 0;
    for (ssize i = 0; i < cookie.chars_to_skip; i++) off += utf8_seq_len(static_cast<unsigned char>(p[off]));
    t->decoded_used_bytes = off;
  } else {
    snap = bytes_from(nullptr, 0);
    if (!snap) {
      decref(cookie_obj);
      return nullptr;
    }
    t->snap_flags = uint64_t(uint32_t(cookie.dec_flags));
    setref(t->snap_input, snap);
  }
  // Finally reset the encoder (for the byte-order mark of utf-16 and friends).
  if (t->has_encoder && textio_encoder_reset(t, cookie.start_pos == 0 && cookie.dec_flags == 0) < 0) {
    decref(cookie_obj);
    return nullptr;
  }
  return cookie_obj;
}

}  // namespace stdlib::io
