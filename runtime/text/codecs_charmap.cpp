// The one-byte codecs: ASCII, Latin-1 and charmap (the table-driven codec
// behind cp1252, koi8_r, mac_roman ... in CPython's `encodings`), and
// EncodingMap, the compact reverse table codecs.charmap_build makes.
//
// ASCII and Latin-1 encode a whole run of unencodable characters as one
// error range ("ordinal not in range(128)"), as CPython does; a text
// replacement from a handler must itself be encodable.
//
// charmap decoding maps each byte through a str (a 256-character decoding
// table; U+FFFE means undefined) or any mapping (byte -> int, str or None).
// Encoding maps each character through an EncodingMap or any mapping
// (ord -> int 0..255, bytes or None; a missing key means undefined).  An
// error range covers the run of unmappable characters; a text replacement is
// itself encoded through the mapping (failing that, the original range raises).
//
// EncodingMap (what codecs.charmap_build returns for a table whose first
// character is U+0000 and whose other characters are BMP code points, not
// U+0000): three levels indexed by the code point's bits 11-15, 7-10 and 0-6.
// Level 1 is 32 bytes naming level-2 blocks (16 entries each) naming level-3
// blocks (128 byte values each); 0xFF means "no block", and byte value 0
// means unmapped except for U+0000 itself.  Tables that do not fit become a
// dict {code point: byte} instead, as in CPython.
#include <cstring>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"

namespace rt::codecs {

TypeObject EncodingMapType;

namespace {

struct EncodingMapObject : Object {
  uint8_t level1[32];
  int count2, count3;
  uint8_t* level2;  // count2 * 16 entries, then level3: count3 * 128 entries (inline after the object)
  uint8_t* level3;
};

// The byte for c, or -1.
int map_lookup(EncodingMapObject* m, uint32_t c) {
  if (c == 0) return 0;
  if (c > 0xFFFF) return -1;
  uint8_t i = m->level1[c >> 11];
  if (i == 0xFF) return -1;
  i = m->level2[16 * i + ((c >> 7) & 0xF)];
  if (i == 0xFF) return -1;
  uint8_t v = m->level3[128 * i + (c & 0x7F)];
  return v == 0 ? -1 : v;
}

void encoding_map_dealloc(Object* o) { free_object(o); }

Object* encoding_map_size(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("size", args, nargs, kwnames, "", nullptr)) return nullptr;
  auto* m = static_cast<EncodingMapObject*>(self);
  // The size of CPython's structure for the same table (its header, level 1,
  // the two counts, the level-2 and level-3 blocks).
  return int_from_i64(64 + 16 * m->count2 + 128 * m->count3 - 1);
}

MethodDef encoding_map_methods[] = {
    {"size", encoding_map_size, METH_DEFAULT, "Return the size (in bytes) of this object"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int ready_codec_types() {
  TypeObject& t = EncodingMapType;
  if (has_flag(&t, TPFLAG_READY)) return 0;
  t.tp_name = "EncodingMap";
  t.tp_basicsize = sizeof(EncodingMapObject);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_dealloc = encoding_map_dealloc;
  t.tp_methods = encoding_map_methods;
  t.ob_type = &TypeType;
  t.ob_refcnt = IMMORTAL_REFCNT;
  if (type_ready(&t) < 0) return -1;
  if (!t.ob_next) refchain_link(&t);
  return 0;
}

Object* charmap_build(Object* table) {
  std::u32string cps = str_codepoints(table);
  bool need_dict = cps.size() != 256 || cps[0] != 0;
  uint8_t level1[32], level2[512];
  memset(level1, 0xFF, sizeof level1);
  memset(level2, 0xFF, sizeof level2);
  int count2 = 0, count3 = 0;
  for (size_t i = 1; !need_dict && i < cps.size(); i++) {
    uint32_t ch = uint32_t(cps[i]);
    if (ch == 0 || ch > 0xFFFF) {
      need_dict = true;
      break;
    }
    if (ch == 0xFFFE) continue;
    if (level1[ch >> 11] == 0xFF) level1[ch >> 11] = uint8_t(count2++);
    if (level2[ch >> 7] == 0xFF) level2[ch >> 7] = uint8_t(count3++);
  }
  if (count2 >= 0xFF || count3 >= 0xFF) need_dict = true;
  if (need_dict) {
    // As CPython: only the first 256 characters count (the byte values).
    Object* d = dict_new();
    if (!d) return nullptr;
    for (size_t i = 0; i < cps.size() && i < 256; i++) {
      Object* k = int_from_i64(int64_t(cps[i]));
      Object* v = int_from_i64(int64_t(i));
      int r = k && v ? dict_setitem(d, k, v) : -1;
      xdecref(k);
      xdecref(v);
      if (r < 0) {
        decref(d);
        return nullptr;
      }
    }
    return d;
  }
  size_t extra = size_t(16 * count2 + 128 * count3);
  auto* m = static_cast<EncodingMapObject*>(alloc_object(&EncodingMapType, sizeof(EncodingMapObject) + extra));
  if (!m) return nullptr;
  m->count2 = count2;
  m->count3 = count3;
  m->level2 = reinterpret_cast<uint8_t*>(m + 1);
  m->level3 = m->level2 + 16 * count2;
  memcpy(m->level1, level1, sizeof level1);
  memset(m->level2, 0xFF, size_t(16 * count2));
  memset(m->level3, 0, size_t(128 * count3));
  int used3 = 0;
  for (size_t i = 1; i < 256; i++) {
    uint32_t ch = uint32_t(cps[i]);
    if (ch == 0xFFFE) continue;
    uint8_t& l2 = m->level2[16 * level1[ch >> 11] + ((ch >> 7) & 0xF)];
    if (l2 == 0xFF) l2 = uint8_t(used3++);
    m->level3[128 * l2 + (ch & 0x7F)] = uint8_t(i);
  }
  return m;
}

// ---- ASCII and Latin-1 ------------------------------------------------------------------------------
namespace {

Object* ucs1_encode(Object* str, const char* errors, uint32_t limit) {
  StrObject* so = as_str(str);
  if (so->ascii) return bytes_from(so->data, so->utf8_len);
  const char* name = limit == 128 ? "ascii" : "latin-1";
  const char* reason = limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
  Encoder enc(name, str, errors);
  enc.escape_prefix = true;
  const char32_t* t = enc.text.data();
  ssize n = ssize(enc.text.size());
  enc.out.reserve(size_t(n));
  Replacement rep;
  for (ssize i = 0; i < n;) {
    if (uint32_t(t[i]) < limit) {
      enc.out.push_back(char(t[i]));
      i++;
      continue;
    }
    ssize end = i + 1;
    while (end < n && uint32_t(t[end]) >= limit) end++;
    ssize newpos;
    if (!enc.handle(i, end, reason, rep, &newpos)) return nullptr;
    if (rep.is_bytes) {
      enc.out += rep.bytes;
    } else {
      for (char32_t r : rep.text) {
        if (uint32_t(r) >= limit) {
          enc.raise(i, end, reason);
          return nullptr;
        }
        enc.out.push_back(char(r));
      }
    }
    i = newpos;
  }
  return enc.result();
}

}  // namespace

Object* ascii_encode(Object* str, const char* errors) { return ucs1_encode(str, errors, 128); }
Object* latin1_encode(Object* str, const char* errors) { return ucs1_encode(str, errors, 256); }

Object* ascii_decode(const char* data, ssize n, const char* errors) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(data);
  ssize i = 0;
  while (i < n && u[i] < 0x80) i++;
  if (i == n) return str_from_valid(data, n);
  Decoder d("ascii", data, n, errors);
  d.out.append(data, size_t(i));
  while (i < d.len) {
    unsigned char c = d.in[i];
    if (c < 0x80) {
      d.out.push_back(char(c));
      i++;
    } else if (!d.handle(i, i + 1, "ordinal not in range(128)", &i)) {
      return nullptr;
    }
  }
  return d.result();
}

Object* latin1_decode(const char* data, ssize n, const char* errors) {
  std::string out;
  out.reserve(size_t(n));
  for (ssize i = 0; i < n; i++) utf8_append(out, static_cast<unsigned char>(data[i]));
  return str_from_valid(out);
}

// ---- charmap decoding -------------------------------------------------------------------------------
Object* charmap_decode(const char* data, ssize n, const char* errors, Object* mapping) {
  if (!mapping || mapping == None) return latin1_decode(data, n, errors);
  Decoder d("charmap", data, n, errors);
  const char* undefined = "character maps to <undefined>";
  if (is_str(mapping)) {
    std::u32string table = str_codepoints(mapping);
    for (ssize i = 0; i < d.len;) {
      unsigned char b = d.in[i];
      if (b < table.size() && table[b] != 0xFFFE) {
        d.put(uint32_t(table[b]));
        i++;
      } else if (!d.handle(i, i + 1, undefined, &i)) {
        return nullptr;
      }
    }
    return d.result();
  }
  for (ssize i = 0; i < d.len;) {
    Object* key = int_from_i64(d.in[i]);
    if (!key) return nullptr;
    Object* x = object_getitem(mapping, key);
    decref(key);
    bool mapped = false;
    if (!x) {
      if (!err_matches(Exc_LookupError)) return nullptr;
      err_clear();
    } else if (x == None) {
      decref(x);
    } else if (is_int(x)) {
      int64_t v = int_as_i64(x);
      decref(x);
      if (v == -1 && err_occurred()) return nullptr;
      if (v < 0 || v > 0x10FFFF)
        return err_format_null(Exc_TypeError, "character mapping must be in range(0x110000)");
      if (v != 0xFFFE) {
        d.put(uint32_t(v));
        mapped = true;
      }
    } else if (is_str(x)) {
      if (!(str_len(x) == 1 && str_char_at(x, 0) == 0xFFFE)) {
        d.out.append(str_view(x));
        mapped = true;
      }
      decref(x);
    } else {
      decref(x);
      return err_format_null(Exc_TypeError, "character mapping must return integer, None or str");
    }
    if (mapped) {
      i++;
    } else if (!d.handle(i, i + 1, undefined, &i)) {
      return nullptr;
    }
  }
  return d.result();
}

// ---- charmap encoding ---------------------------------------------------------------------------------
namespace {

// Encode c through the mapping: 1 done (appended to out), 0 undefined, -1 error.
int charmap_put(Object* mapping, uint32_t c, std::string* out) {
  if (type_of(mapping) == &EncodingMapType) {
    int b = map_lookup(static_cast<EncodingMapObject*>(mapping), c);
    if (b < 0) return 0;
    if (out) out->push_back(char(b));
    return 1;
  }
  Object* key = int_from_i64(c);
  if (!key) return -1;
  Object* x = object_getitem(mapping, key);
  decref(key);
  if (!x) {
    if (!err_matches(Exc_LookupError)) return -1;
    err_clear();
    return 0;
  }
  int r = 1;
  if (x == None) {
    r = 0;
  } else if (is_int(x)) {
    int64_t v = int_as_i64(x);
    if ((v == -1 && err_occurred()) || v < 0 || v > 255) {
      err_clear();
      err_set_string(Exc_TypeError, "character mapping must be in range(256)");
      r = -1;
    } else if (out) {
      out->push_back(char(v));
    }
  } else if (is_bytes(x)) {
    if (out) out->append(bytes_data(x), size_t(size_of(x)));
  } else {
    err_format(Exc_TypeError, "character mapping must return integer, bytes or None, not %.400s", type_name(x));
    r = -1;
  }
  decref(x);
  return r;
}

}  // namespace

Object* charmap_encode(Object* str, const char* errors, Object* mapping) {
  if (!mapping || mapping == None) return latin1_encode(str, errors);
  Encoder enc("charmap", str, errors);
  const char* undefined = "character maps to <undefined>";
  const char32_t* t = enc.text.data();
  ssize n = ssize(enc.text.size());
  Replacement rep;
  for (ssize i = 0; i < n;) {
    int r = charmap_put(mapping, uint32_t(t[i]), &enc.out);
    if (r < 0) return nullptr;
    if (r) {
      i++;
      continue;
    }
    ssize end = i + 1;
    for (; end < n; end++) {
      int m = charmap_put(mapping, uint32_t(t[end]), nullptr);
      if (m < 0) return nullptr;
      if (m) break;
    }
    ssize newpos;
    if (!enc.handle(i, end, undefined, rep, &newpos)) return nullptr;
    if (rep.is_bytes) {
      enc.out += rep.bytes;
    } else {
      for (char32_t c : rep.text) {
        int m = charmap_put(mapping, uint32_t(c), &enc.out);
        if (m < 0) return nullptr;
        if (!m) {
          enc.raise(i, end, undefined);
          return nullptr;
        }
      }
    }
    i = newpos;
  }
  return enc.result();
}

}  // namespace rt::codecs
