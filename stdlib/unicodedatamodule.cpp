// unicodedata: CPython's C module over pyglass's Unicode database
// (runtime/unicode_db.h, generated at build time from the Unicode Character
// Database: docs/codecs.md).  The module's functions answer for Unicode
// 14.0.0; unicodedata.ucd_3_2_0, an instance of unicodedata.UCD, answers the
// same questions for Unicode 3.2.0 (what IDNA's nameprep needs): characters
// unassigned in 3.2.0 have no properties there, a few properties take their
// 3.2.0 values, name aliases and named sequences do not exist, and
// normalization undoes the corrections made after 3.2.0.
//
// Both are the same functions: `self` is the module for the former and the
// UCD object for the latter.
#include <cstdio>
#include <string>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"
#include "runtime/text/unicode_db.h"
#include "modules.h"
#include "datamodules.h"

namespace stdlib {

using namespace rt;

namespace {

struct UCDObject : Object {
  bool old;  // the 3.2.0 database
};

TypeObject UCDType;

bool is_old(Object* self) { return type_of(self) == &UCDType && static_cast<UCDObject*>(self)->old; }

// The one-character argument of the property functions; the functions that
// also take a default name it "argument 1", as CPython's argument clinic does.
bool char_arg(const char* fname, Object* o, uint32_t* cp, bool numbered) {
  if (!is_str(o) || str_len(o) != 1) {
    err_format(Exc_TypeError, "%s() argument %smust be a unicode character, not %.200s", fname, numbered ? "1 " : "",
               arg_type_name(o));
    return false;
  }
  *cp = str_char_at(o, 0);
  return true;
}

// (chr) or (chr, default): positional only.
bool args_chr(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool with_default, uint32_t* cp,
              Object** dflt) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (!with_default && nargs != 1) {
    err_format(Exc_TypeError, "unicodedata.%s() takes exactly one argument (%zd given)", fname, nargs);
    return false;
  }
  if (with_default && (nargs < 1 || nargs > 2)) {
    if (nargs < 1) err_format(Exc_TypeError, "%s expected at least 1 argument, got %zd", fname, nargs);
    else err_format(Exc_TypeError, "%s expected at most 2 arguments, got %zd", fname, nargs);
    return false;
  }
  if (dflt) *dflt = nargs > 1 ? args[1] : nullptr;
  return char_arg(fname, args[0], cp, with_default);
}

Object* no_value(Object* dflt, const char* msg) {
  if (dflt) return newref(dflt);
  return err_format_null(Exc_ValueError, "%s", msg);
}

// ---- properties ---------------------------------------------------------------------------------
Object* u_decimal(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  Object* dflt;
  if (!args_chr("decimal", args, nargs, kwnames, true, &c, &dflt)) return nullptr;
  int v = is_old(self) ? uni::old_decimal(c) : uni::record(c).decimal;
  if (v < 0) return no_value(dflt, "not a decimal");
  return int_from_i64(v);
}

Object* u_digit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  Object* dflt;
  if (!args_chr("digit", args, nargs, kwnames, true, &c, &dflt)) return nullptr;
  int v = uni::record(c).digit;  // as CPython: the same in both versions
  if (v < 0) return no_value(dflt, "not a digit");
  return int_from_i64(v);
}

Object* u_numeric(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  Object* dflt;
  if (!args_chr("numeric", args, nargs, kwnames, true, &c, &dflt)) return nullptr;
  double v;
  if ((is_old(self) && !uni::assigned_3_2(c)) || !uni::numeric_value(c, &v))
    return no_value(dflt, "not a numeric character");
  return float_from_double(v);
}

Object* u_category(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  if (!args_chr("category", args, nargs, kwnames, false, &c, nullptr)) return nullptr;
  return str_from_cstr(uni::kCategoryNames[is_old(self) ? uni::old_category(c) : uni::record(c).category]);
}

Object* u_bidirectional(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  if (!args_chr("bidirectional", args, nargs, kwnames, false, &c, nullptr)) return nullptr;
  return str_from_cstr(uni::kBidiNames[is_old(self) ? uni::old_bidi(c) : uni::record(c).bidi]);
}

Object* u_combining(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  if (!args_chr("combining", args, nargs, kwnames, false, &c, nullptr)) return nullptr;
  if (is_old(self) && !uni::assigned_3_2(c)) return int_from_i64(0);
  return int_from_i64(uni::record(c).combining);
}

Object* u_mirrored(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  if (!args_chr("mirrored", args, nargs, kwnames, false, &c, nullptr)) return nullptr;
  int v = is_old(self) ? uni::old_mirrored(c) : (uni::record(c).flags & uni::F_MIRRORED ? 1 : 0);
  return int_from_i64(v);
}

Object* u_east_asian_width(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  if (!args_chr("east_asian_width", args, nargs, kwnames, false, &c, nullptr)) return nullptr;
  return str_from_cstr(uni::kEawNames[is_old(self) ? uni::old_eaw(c) : uni::record(c).eaw]);
}

Object* u_decomposition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  if (!args_chr("decomposition", args, nargs, kwnames, false, &c, nullptr)) return nullptr;
  int tag, n;
  uint32_t cps[18];
  if ((is_old(self) && !uni::assigned_3_2(c)) || !uni::decomposition(c, &tag, cps, &n)) return str_empty();
  std::string out = uni::kDecompTags[tag];
  char buf[16];
  for (int i = 0; i < n; i++) {
    snprintf(buf, sizeof buf, "%04X", cps[i]);
    if (!out.empty()) out.push_back(' ');
    out += buf;
  }
  return str_from_valid(out);
}

// ---- names ----------------------------------------------------------------------------------------
Object* u_name(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uint32_t c;
  Object* dflt;
  if (!args_chr("name", args, nargs, kwnames, true, &c, &dflt)) return nullptr;
  std::string name;
  if ((is_old(self) && !uni::assigned_3_2(c)) || !uni::char_name(c, name)) return no_value(dflt, "no such name");
  return str_from_valid(name);
}

Object* u_lookup(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "lookup() takes no keyword arguments");
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "unicodedata.lookup() takes exactly one argument (%zd given)", nargs);
  std::string name;
  if (is_str(args[0])) {
    name.assign(str_view(args[0]));
  } else {
    codecs::ByteArg b;
    if (!b.get(args[0])) return nullptr;
    name.assign(b.data(), size_t(b.size()));
  }
  if (name.size() > 256) return err_format_null(Exc_KeyError, "name too long");
  bool old = is_old(self);
  uint32_t cp;
  if (uni::lookup_name(name, &cp)) {
    // 3.2.0 knows neither aliases nor later characters: only the real name of
    // a character it has.
    std::string canonical;
    bool ok = true;
    if (old) {
      ok = uni::assigned_3_2(cp) && uni::char_name(cp, canonical) && canonical.size() == name.size();
      for (size_t i = 0; ok && i < name.size(); i++) {
        char a = name[i];
        ok = (a >= 'a' && a <= 'z' ? char(a - 32) : a) == canonical[i];
      }
    }
    if (ok) return str_from_codepoint(cp);
  } else if (!old) {
    std::u32string seq;
    if (uni::lookup_sequence(name, seq)) return codecs::str_from_codepoints(seq);
  }
  Object* n = str_from_utf8(name.data(), ssize(name.size()));
  if (!n) {
    err_clear();
    n = codecs::utf8_decode_all(name.data(), ssize(name.size()), "replace");
    if (!n) return nullptr;
  }
  Object* msg = str_from_valid("undefined character name '" + std::string(str_view(n)) + "'");
  decref(n);
  if (!msg) return nullptr;
  err_set_object(Exc_KeyError, msg);
  decref(msg);
  return nullptr;
}

// ---- normalization ----------------------------------------------------------------------------------
bool form_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, uni::NormForm* form) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 2) {
    err_format(Exc_TypeError, "%s expected 2 arguments, got %zd", fname, nargs);
    return false;
  }
  for (int i = 0; i < 2; i++)
    if (!is_str(args[i])) {
      err_format(Exc_TypeError, "%s() argument %d must be str, not %.200s", fname, i + 1, type_name(args[i]));
      return false;
    }
  std::string_view f = str_view(args[0]);
  if (f == "NFC") *form = uni::NormForm::NFC;
  else if (f == "NFKC") *form = uni::NormForm::NFKC;
  else if (f == "NFD") *form = uni::NormForm::NFD;
  else if (f == "NFKD") *form = uni::NormForm::NFKD;
  else {
    err_set_string(Exc_ValueError, "invalid normalization form");
    return false;
  }
  return true;
}

Object* u_normalize(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uni::NormForm form;
  if (!form_args("normalize", args, nargs, kwnames, &form)) return nullptr;
  Object* s = args[1];
  if (str_len(s) == 0) return newref(s);
  std::u32string text = codecs::str_codepoints(s);
  bool old = is_old(self);
  if (uni::quick_check(form, text, old) == 1) return newref(s);
  return codecs::str_from_codepoints(uni::normalize(form, text, old));
}

Object* u_is_normalized(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  uni::NormForm form;
  if (!form_args("is_normalized", args, nargs, kwnames, &form)) return nullptr;
  Object* s = args[1];
  if (str_len(s) == 0) return bool_ref(true);
  std::u32string text = codecs::str_codepoints(s);
  bool old = is_old(self);
  int q = uni::quick_check(form, text, old);
  if (q >= 0) return bool_ref(q == 1);
  return bool_ref(uni::normalize(form, text, old) == text);
}

#define FN(name, doc) {#name, u_##name, METH_DEFAULT, doc}
MethodDef unicodedata_functions[] = {
    FN(decimal,
       "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the "
       "character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError "
       "is raised."),
    FN(digit,
       "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the "
       "character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError "
       "is raised."),
    FN(numeric,
       "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the "
       "character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is "
       "raised."),
    FN(category, "Returns the general category assigned to the character chr as string."),
    FN(bidirectional,
       "Returns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an "
       "empty string is returned."),
    FN(combining,
       "Returns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining "
       "class is defined."),
    FN(mirrored,
       "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has "
       "been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise."),
    FN(east_asian_width, "Returns the east asian width assigned to the character chr as string."),
    FN(decomposition,
       "Returns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is "
       "returned in case no such mapping is defined."),
    FN(name,
       "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, "
       "or, if not given,\nValueError is raised."),
    FN(lookup,
       "Look up character by name.\n\nIf a character with the given name is found, return the\ncorresponding "
       "character.  If not found, KeyError is raised."),
    FN(is_normalized,
       "Return whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', "
       "'NFKC', 'NFD', and 'NFKD'."),
    FN(normalize,
       "Return the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', "
       "'NFD', and 'NFKD'."),
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* ucd_version(Object* self, void*) { return str_from_cstr(is_old(self) ? "3.2.0" : "14.0.0"); }

GetSetDef ucd_getset[] = {
    {"unidata_version", ucd_version, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void ucd_dealloc(Object* o) { free_object(o); }

}  // namespace

int ready_unicodedata_types() {
  TypeObject& t = UCDType;
  if (has_flag(&t, TPFLAG_READY)) return 0;
  t.tp_name = "unicodedata.UCD";
  t.tp_basicsize = sizeof(UCDObject);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_dealloc = ucd_dealloc;
  t.tp_methods = unicodedata_functions;
  t.tp_getset = ucd_getset;
  return ready_static_type(&t);
}

Object* init_unicodedata_module() {
  if (ready_unicodedata_types() < 0) return nullptr;
  Object* m = module_new("unicodedata");
  if (!m) return nullptr;
  auto* old = static_cast<UCDObject*>(alloc_object(&UCDType, sizeof(UCDObject)));
  if (!old) {
    decref(m);
    return nullptr;
  }
  old->old = true;
  if (module_add_functions(m, unicodedata_functions) < 0 ||
      module_add_object(m, "UCD", newref(static_cast<Object*>(&UCDType))) < 0 ||
      module_add_object(m, "ucd_3_2_0", old) < 0 ||
      module_add_object(m, "unidata_version", str_from_cstr("14.0.0")) < 0 ||
      module_add_object(m, "__doc__",
                        str_from_cstr("This module provides access to the Unicode Character Database which\ndefines "
                                      "character properties for all Unicode characters. The data in\nthis database "
                                      "is based on the UnicodeData.txt file version\n14.0.0 which is publicly "
                                      "available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and "
                                      "symbols as defined by the\nUnicodeData File Format 14.0.0.")) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib
