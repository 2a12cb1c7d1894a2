// _locale: the C library's locale under CPython's locale.py (setlocale,
// localeconv, nl_langinfo and its constants, strcoll, strxfrm, getencoding,
// the gettext family).
//
// CPython sets LC_CTYPE from the environment at start-up and coerces the
// plain "C"/"POSIX" locale to a UTF-8 one (PEP 538).  pyglass does the same
// the first time _locale is imported (nothing in pyglass itself depends on
// the C library's locale: its str, float and int conversions are its own),
// so a script sees CPython's answers.  Strings from the C library are decoded
// from UTF-8 (Latin-1 when they are not valid UTF-8).
// _locale.Error is a class made when the module is first imported; errors
// look it up in the module, so no reference outlives the module.
#include <cerrno>
#include <clocale>
#include <climits>
#include <cstring>
#include <cwchar>
#include <langinfo.h>
#include <libintl.h>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/text/str.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

Object* decode(const char* s) {
  if (!s) s = "";
  Object* r = str_from_utf8(s, ssize(strlen(s)));
  if (r) return r;
  err_clear();
  std::string out;
  for (const char* p = s; *p; p++) utf8_append(out, static_cast<unsigned char>(*p));
  return str_from(out);
}

Object* locale_error(const char* msg) {
  Object* m = import_module("_locale");
  Object* e = m ? object_getattr_str(m, "Error") : nullptr;
  xdecref(m);
  if (!e) return nullptr;
  err_set_string(static_cast<TypeObject*>(e), msg);
  decref(e);
  return nullptr;
}

// A str argument without NUL as a C string (fname/argnum for the messages).
bool cstr_arg(const char* fname, int argnum, Object* o, std::string* out, bool allow_none = false) {
  if (allow_none && o == None) return true;
  if (!is_str(o)) {
    err_format(Exc_TypeError, "%s() argument %d must be str%s, not %.50s", fname, argnum, allow_none ? " or None" : "",
               arg_type_name(o));
    return false;
  }
  std::string_view v = str_view(o);
  if (v.find('\0') != std::string_view::npos) {
    err_set_string(Exc_ValueError, "embedded null character");
    return false;
  }
  out->assign(v);
  return true;
}


Object* l_setlocale(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {};
  if (!native::parse("setlocale", args, nargs, kwnames, "category|locale", a, native::ArgStyle::Getargs))
    return nullptr;
  int category;
  if (!native::int_arg(a[0], &category)) return nullptr;
  const char* result;
  if (a[1] && a[1] != None) {
    std::string loc;
    if (!cstr_arg("setlocale", 2, a[1], &loc)) return nullptr;
    result = ::setlocale(category, loc.c_str());
    if (!result) return locale_error("unsupported locale setting");
  } else {
    result = ::setlocale(category, nullptr);
    if (!result) return locale_error("locale query failed");
  }
  return decode(result);
}

// A grouping string as CPython's list: the values up to and including the
// terminating 0 or CHAR_MAX; [] for an empty string.
Object* grouping_list(const char* s) {
  Object* l = list_new(0);
  if (!l || !s || !*s) return l;
  ssize i = 0;
  for (;; i++) {
    Object* v = int_from_i64(static_cast<unsigned char>(s[i]));
    if (!v || list_append(l, v) < 0) {
      xdecref(v);
      decref(l);
      return nullptr;
    }
    decref(v);
    if (s[i] == '\0' || s[i] == CHAR_MAX) break;
  }
  return l;
}

Object* l_localeconv(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("localeconv", nargs, kwnames)) return nullptr;
  struct lconv* lc = ::localeconv();
  Object* d = dict_new();
  if (!d) return nullptr;
  auto put = [d](const char* k, Object* v) {
    int r = v ? dict_setitem_str(d, k, v) : -1;
    xdecref(v);
    return r;
  };
  auto num = [](char c) { return int_from_i64(c); };
  if (put("int_curr_symbol", decode(lc->int_curr_symbol)) < 0 || put("currency_symbol", decode(lc->currency_symbol)) < 0 ||
      put("mon_decimal_point", decode(lc->mon_decimal_point)) < 0 ||
      put("mon_thousands_sep", decode(lc->mon_thousands_sep)) < 0 ||
      put("mon_grouping", grouping_list(lc->mon_grouping)) < 0 || put("positive_sign", decode(lc->positive_sign)) < 0 ||
      put("negative_sign", decode(lc->negative_sign)) < 0 || put("int_frac_digits", num(lc->int_frac_digits)) < 0 ||
      put("frac_digits", num(lc->frac_digits)) < 0 || put("p_cs_precedes", num(lc->p_cs_precedes)) < 0 ||
      put("p_sep_by_space", num(lc->p_sep_by_space)) < 0 || put("n_cs_precedes", num(lc->n_cs_precedes)) < 0 ||
      put("n_sep_by_space", num(lc->n_sep_by_space)) < 0 || put("p_sign_posn", num(lc->p_sign_posn)) < 0 ||
      put("n_sign_posn", num(lc->n_sign_posn)) < 0 || put("decimal_point", decode(lc->decimal_point)) < 0 ||
      put("thousands_sep", decode(lc->thousands_sep)) < 0 || put("grouping", grouping_list(lc->grouping)) < 0) {
    decref(d);
    return nullptr;
  }
  return d;
}

// The nl_langinfo keys CPython exposes, in its order.
struct LangInfo {
  const char* name;
  nl_item value;
};
const LangInfo langinfo_constants[] = {
    {"RADIXCHAR", RADIXCHAR}, {"THOUSEP", THOUSEP}, {"CRNCYSTR", CRNCYSTR}, {"CODESET", CODESET},
    {"D_T_FMT", D_T_FMT},     {"D_FMT", D_FMT},     {"T_FMT", T_FMT},       {"AM_STR", AM_STR},
    {"PM_STR", PM_STR},       {"T_FMT_AMPM", T_FMT_AMPM},
    {"DAY_1", DAY_1}, {"DAY_2", DAY_2}, {"DAY_3", DAY_3}, {"DAY_4", DAY_4}, {"DAY_5", DAY_5}, {"DAY_6", DAY_6},
    {"DAY_7", DAY_7}, {"ABDAY_1", ABDAY_1}, {"ABDAY_2", ABDAY_2}, {"ABDAY_3", ABDAY_3}, {"ABDAY_4", ABDAY_4},
    {"ABDAY_5", ABDAY_5}, {"ABDAY_6", ABDAY_6}, {"ABDAY_7", ABDAY_7},
    {"MON_1", MON_1}, {"MON_2", MON_2}, {"MON_3", MON_3}, {"MON_4", MON_4}, {"MON_5", MON_5}, {"MON_6", MON_6},
    {"MON_7", MON_7}, {"MON_8", MON_8}, {"MON_9", MON_9}, {"MON_10", MON_10}, {"MON_11", MON_11}, {"MON_12", MON_12},
    {"ABMON_1", ABMON_1}, {"ABMON_2", ABMON_2}, {"ABMON_3", ABMON_3}, {"ABMON_4", ABMON_4}, {"ABMON_5", ABMON_5},
    {"ABMON_6", ABMON_6}, {"ABMON_7", ABMON_7}, {"ABMON_8", ABMON_8}, {"ABMON_9", ABMON_9}, {"ABMON_10", ABMON_10},
    {"ABMON_11", ABMON_11}, {"ABMON_12", ABMON_12},
    {"ERA", ERA}, {"ERA_D_FMT", ERA_D_FMT}, {"ERA_D_T_FMT", ERA_D_T_FMT}, {"ERA_T_FMT", ERA_T_FMT},
    {"ALT_DIGITS", ALT_DIGITS}, {"YESEXPR", YESEXPR}, {"NOEXPR", NOEXPR}, {"_DATE_FMT", _DATE_FMT},
};

Object* l_nl_langinfo(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("nl_langinfo", kwnames) || !cont::check_nargs("nl_langinfo", nargs, 1, 1)) return nullptr;
  int key;
  if (!native::int_arg(args[0], &key)) return nullptr;
  for (const LangInfo& i : langinfo_constants)
    if (i.value == key) return decode(::nl_langinfo(nl_item(key)));
  return err_format_null(Exc_ValueError, "unsupported langinfo constant");
}

// A str as a NUL-terminated wide string (ValueError for an embedded NUL).
bool to_wide(Object* s, std::wstring* out) {
  const char* p = str_utf8(s);
  const char* end = p + str_utf8_len(s);
  out->clear();
  while (p < end) {
    uint32_t c = utf8_next(p);
    if (c == 0) {
      err_set_string(Exc_ValueError, "embedded null character");
      return false;
    }
    out->push_back(wchar_t(c));
  }
  return true;
}

Object* from_wide(const wchar_t* w, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; i++) utf8_append(out, uint32_t(w[i]) > 0x10FFFF ? 0xFFFD : uint32_t(w[i]));
  return str_from(out);
}

Object* l_strcoll(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("strcoll", kwnames) || !cont::check_nargs("strcoll", nargs, 2, 2)) return nullptr;
  for (int i = 0; i < 2; i++)
    if (!is_str(args[i]))
      return err_format_null(Exc_TypeError, "strcoll() argument %d must be str, not %.50s", i + 1,
                             arg_type_name(args[i]));
  std::wstring a, b;
  if (!to_wide(args[0], &a) || !to_wide(args[1], &b)) return nullptr;
  return int_from_i64(wcscoll(a.c_str(), b.c_str()));
}

Object* l_strxfrm(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("strxfrm", kwnames) || !cont::check_nargs("strxfrm", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "strxfrm() argument must be str, not %.50s", arg_type_name(args[0]));
  std::wstring s;
  if (!to_wide(args[0], &s)) return nullptr;
  size_t n = wcsxfrm(nullptr, s.c_str(), 0);
  std::wstring buf(n + 1, L'\0');
  n = wcsxfrm(buf.data(), s.c_str(), n + 1);
  return from_wide(buf.data(), n);
}

Object* l_getencoding(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getencoding", nargs, kwnames)) return nullptr;
  const char* cs = ::nl_langinfo(CODESET);
  return decode(cs && *cs ? cs : "UTF-8");
}

// ---- gettext ---------------------------------------------------------------------------------------------
// domain arguments: str or None.
bool opt_str(const char* fname, int argnum, Object* o, std::string* s, const char** out) {
  *out = nullptr;
  if (o == None) return true;
  if (!cstr_arg(fname, argnum, o, s, true)) return false;
  *out = s->c_str();
  return true;
}

Object* l_gettext(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("gettext", kwnames) || !cont::check_nargs("gettext", nargs, 1, 1)) return nullptr;
  std::string msg;
  if (!cstr_arg("gettext", 1, args[0], &msg)) return nullptr;
  return decode(::gettext(msg.c_str()));
}

Object* l_dgettext(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("dgettext", kwnames) || !cont::check_nargs("dgettext", nargs, 2, 2)) return nullptr;
  std::string dom, msg;
  const char* d;
  if (!opt_str("dgettext", 1, args[0], &dom, &d) || !cstr_arg("dgettext", 2, args[1], &msg)) return nullptr;
  return decode(::dgettext(d, msg.c_str()));
}

Object* l_dcgettext(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("dcgettext", kwnames) || !cont::check_nargs("dcgettext", nargs, 3, 3)) return nullptr;
  std::string dom, msg;
  const char* d;
  int category;
  if (!opt_str("dcgettext", 1, args[0], &dom, &d) || !cstr_arg("dcgettext", 2, args[1], &msg) ||
      !native::int_arg(args[2], &category))
    return nullptr;
  return decode(::dcgettext(d, msg.c_str(), category));
}

Object* l_textdomain(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("textdomain", kwnames) || !cont::check_nargs("textdomain", nargs, 1, 1)) return nullptr;
  std::string dom;
  const char* d;
  if (!opt_str("textdomain", 1, args[0], &dom, &d)) return nullptr;
  const char* r = ::textdomain(d);
  if (!r) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return decode(r);
}

Object* l_bindtextdomain(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("bindtextdomain", kwnames) || !cont::check_nargs("bindtextdomain", nargs, 2, 2)) return nullptr;
  std::string dom;
  if (!cstr_arg("bindtextdomain", 1, args[0], &dom)) return nullptr;
  if (dom.empty()) return locale_error("domain must be a non-empty string");
  std::string dir;
  const char* dirp = nullptr;
  if (args[1] != None) {
    // The directory as os.fsencode would give it (str, bytes or a path-like).
    Object* os = import_module("os");
    Object* b = os ? object_getattr_str(os, "fsencode") : nullptr;
    xdecref(os);
    Object* enc = b ? call1(b, args[1]) : nullptr;
    xdecref(b);
    if (!enc) return nullptr;
    dir.assign(bytes_data(enc), size_t(size_of(enc)));
    decref(enc);
    if (dir.find('\0') != std::string::npos) return err_format_null(Exc_ValueError, "embedded null byte");
    dirp = dir.c_str();
  }
  const char* r = ::bindtextdomain(dom.c_str(), dirp);
  if (!r) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return decode(r);
}

Object* l_bind_textdomain_codeset(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("bind_textdomain_codeset", kwnames) || !cont::check_nargs("bind_textdomain_codeset", nargs, 2, 2))
    return nullptr;
  std::string dom, cs;
  const char* c;
  if (!cstr_arg("bind_textdomain_codeset", 1, args[0], &dom) ||
      !opt_str("bind_textdomain_codeset", 2, args[1], &cs, &c))
    return nullptr;
  errno = 0;
  const char* r = ::bind_textdomain_codeset(dom.c_str(), c);
  if (!r) {
    if (errno) {
      err_set_from_errno(Exc_OSError, errno);
      return nullptr;
    }
    return none_ref();
  }
  return decode(r);
}

MethodDef functions[] = {
    {"setlocale", l_setlocale, METH_DEFAULT, "Activates/queries locale processing."},
    {"localeconv", l_localeconv, METH_DEFAULT, "Returns numeric and monetary locale-specific parameters."},
    {"strcoll", l_strcoll, METH_DEFAULT, "Compares two strings according to the locale."},
    {"strxfrm", l_strxfrm, METH_DEFAULT, "Return a string that can be used as a key for locale-aware comparisons."},
    {"nl_langinfo", l_nl_langinfo, METH_DEFAULT, "Return the value for the locale information associated with key."},
    {"gettext", l_gettext, METH_DEFAULT,
     "gettext(msg) -> string\n\nReturn translation of msg."},
    {"dgettext", l_dgettext, METH_DEFAULT,
     "dgettext(domain, msg) -> string\n\nReturn translation of msg in domain."},
    {"dcgettext", l_dcgettext, METH_DEFAULT, "Return translation of msg in domain and category."},
    {"textdomain", l_textdomain, METH_DEFAULT, "Set the C library's textdmain to domain, returning the new domain."},
    {"bindtextdomain", l_bindtextdomain, METH_DEFAULT, "Bind the C library's domain to dir."},
    {"bind_textdomain_codeset", l_bind_textdomain_codeset, METH_DEFAULT,
     "Bind the C library's domain to codeset."},
    {"getencoding", l_getencoding, METH_DEFAULT, "Get the current locale encoding."},
    {nullptr, nullptr, 0, nullptr},
};

// LC_CTYPE from the environment, coerced to UTF-8 from "C"/"POSIX" (PEP 538), once.
void init_ctype_locale() {
  static bool done = false;
  if (done) return;
  done = true;
  const char* r = ::setlocale(LC_CTYPE, "");
  if (!r || strcmp(r, "C") == 0 || strcmp(r, "POSIX") == 0) {
    for (const char* name : {"C.UTF-8", "C.utf8", "UTF-8"})
      if (::setlocale(LC_CTYPE, name)) return;
    if (!r) ::setlocale(LC_CTYPE, "C");
  }
}

}  // namespace

Object* init_locale_module() {
  init_ctype_locale();
  Object* m = native::make_module("_locale", "Support for POSIX locales.", functions, {});
  if (!m) return nullptr;
  struct {
    const char* name;
    long long v;
  } const ints[] = {{"LC_CTYPE", LC_CTYPE},       {"LC_TIME", LC_TIME},         {"LC_COLLATE", LC_COLLATE},
                    {"LC_MONETARY", LC_MONETARY}, {"LC_MESSAGES", LC_MESSAGES}, {"LC_NUMERIC", LC_NUMERIC},
                    {"LC_ALL", LC_ALL},           {"CHAR_MAX", CHAR_MAX}};
  for (const auto& i : ints)
    if (native::add_int(m, i.name, i.v) < 0) goto fail;
  for (const LangInfo& i : langinfo_constants)
    if (native::add_int(m, i.name, i.value) < 0) goto fail;
  {
    Object* dict = dict_new();
    Object* mod = dict ? str_from_cstr("locale") : nullptr;
    int r = mod ? dict_setitem_str(dict, "__module__", mod) : -1;
    xdecref(mod);
    Object* err = r == 0 ? type_new_simple("Error", static_cast<TypeObject*>(Exc_Exception), dict) : nullptr;
    xdecref(dict);
    if (!err || module_add_object(m, "Error", err) < 0) goto fail;
  }
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib
