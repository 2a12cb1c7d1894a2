// Memory layouts of the core built-in objects that several parts touch
// directly (the eval loop's fast paths, the compiler's constants).  Types
// whose layout is private to one file (dict, set, ...) define it there.
#pragma once
#include "object.h"

namespace rt {

struct BigInt;  // runtime/bigint.h: arbitrary-precision magnitude + sign

// int (and bool): a value that fits in int64_t is held in ival with big ==
// nullptr; larger values live in *big (owned) and ival is unused.
// Small ints -5..256 are preallocated and immortal.
struct IntObject : Object {
  int64_t ival;
  BigInt* big;
};
inline bool int_is_small(const Object* o) { return static_cast<const IntObject*>(o)->big == nullptr; }
inline int64_t int_small_value(const Object* o) { return static_cast<const IntObject*>(o)->ival; }
constexpr int SMALL_INT_MIN = -5, SMALL_INT_MAX = 256;
extern IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
inline Object* small_int(int64_t v) { return &small_ints[v - SMALL_INT_MIN]; }  // borrowed

struct FloatObject : Object {
  double fval;
};
inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->fval; }

// str: UTF-8 bytes inline, NUL-terminated.  ob_size = length in code points.
struct StrObject : VarObject {
  hash_t hash;      // -1: not computed yet
  ssize utf8_len;   // bytes, excluding the NUL
  uint8_t interned;
  uint8_t ascii;    // all code points < 128: byte index == code point index
  char data[1];
};
inline StrObject* as_str(Object* o) { return static_cast<StrObject*>(o); }

// bytes: ob_size bytes inline, NUL-terminated.
struct BytesObject : VarObject {
  hash_t hash;
  char data[1];
};

struct TupleObject : VarObject {
  Object* items[1];
};
inline Object** tuple_items(Object* t) { return static_cast<TupleObject*>(t)->items; }
inline Object* tuple_get(Object* t, ssize i) { return static_cast<TupleObject*>(t)->items[i]; }
inline void tuple_set_steal(Object* t, ssize i, Object* v) { static_cast<TupleObject*>(t)->items[i] = v; }

struct ListObject : VarObject {
  Object** items;
  ssize allocated;
};
inline Object** list_items(Object* l) { return static_cast<ListObject*>(l)->items; }
inline Object* list_get(Object* l, ssize i) { return static_cast<ListObject*>(l)->items[i]; }
inline void list_set_steal(Object* l, ssize i, Object* v) { static_cast<ListObject*>(l)->items[i] = v; }

}  // namespace rt
