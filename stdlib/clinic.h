// Argument converters with the messages of CPython's Argument Clinic, for the
// data modules (zlib, _hashlib, array, ...; stdlib/clinic.cpp).  Each takes a
// borrowed argument, stores the C value and returns true, or returns false
// with CPython's exception set.
#pragma once
#include <cstdint>

#include "../runtime/api.h"

namespace stdlib::clinic {

// Parse arguments as Argument Clinic's _PyArg_UnpackKeywords does, with its
// messages ("compress() takes at least 1 positional argument (0 given)",
// "compress() takes at most 3 arguments (4 given)"); spec is rt::parse_args's
// ("data/|level,wbits": '/' after the positional-only names, '|' before the
// optional ones, '$' before the keyword-only ones).  out[] gets borrowed
// references, null for absent optional arguments.
bool parse(const char* fname, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames, const char* spec,
           rt::Object** out);

// "int": o.__index__() in C int range.  TypeError "'float' object cannot be
// interpreted as an integer"; OverflowError "Python int too large to convert to C int".
bool to_int(rt::Object* o, int* out);
// PyArg_ParseTuple's "i" (_socket, _posixsubprocess): floats refused, OverflowError
// "signed integer is greater than maximum" / "signed integer is less than minimum".
bool to_int_getargs(rt::Object* o, int* out);
// "Py_ssize_t": OverflowError "Python int too large to convert to C ssize_t".
bool to_ssize(rt::Object* o, rt::ssize* out);
// "unsigned_int(bitwise=True)": any int, reduced modulo 2**32 (negative ones too).
bool to_uint32_bitwise(rt::Object* o, uint32_t* out);
// METH_NOARGS / METH_O methods: "HASH.digest() takes no arguments (1 given)",
// "md5.update() takes exactly one argument (0 given)", "md5.update() takes no
// keyword arguments"; qualname is "Type.method" with the type's short name.
bool no_args(const char* qualname, rt::ssize nargs, rt::Object* kwnames);
bool one_arg(const char* qualname, rt::ssize nargs, rt::Object* kwnames);

// "long": OverflowError "Python int too large to convert to C long".
bool to_long(rt::Object* o, long* out);
// "unsigned long" (_PyLong_UnsignedLong_Converter): ints only (TypeError "an
// integer is required"), ValueError "value must be positive" for negative values, OverflowError "Python int too large to convert
// to C unsigned long".
bool to_ulong(rt::Object* o, unsigned long* out);
// "unsigned long long": the same, OverflowError "int too big to convert".
bool to_ulonglong(rt::Object* o, unsigned long long* out);
// "double": anything with __float__ or __index__; TypeError "must be real number, not str".
bool to_double(rt::Object* o, double* out);
// "bool(accept={int})" / "p": o's truth.
bool to_bool(rt::Object* o, bool* out);

}  // namespace stdlib::clinic
