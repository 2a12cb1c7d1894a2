// Struct sequences: tuple subclasses whose items also have names
// (sys.version_info, time.struct_time, os.stat_result, sys.flags).
//
// An instance is laid out exactly as a tuple, with n_fields item slots; only
// the first n_in_sequence are visible to the tuple protocol (ob_size), the
// rest are attribute-only fields (struct_time.tm_zone, tm_gmtoff).
#pragma once
#include <initializer_list>

#include "../runtime/api.h"

namespace stdlib {

struct StructSeqDesc {
  const char* type_name;      // "time.struct_time" (module.qualname)
  const char* const* fields;  // field names, nullptr-terminated; structseq_unnamed for an index-only field
  int n_in_sequence;          // how many fields are visible as tuple items
};
// The name of a field reachable only by index (os.stat_result's integer times).
extern const char structseq_unnamed[];

// A struct-sequence type: a TypeObject that remembers its description.
struct StructSeqType : rt::TypeObject {
  const StructSeqDesc* desc = nullptr;
  int n_fields = 0;
  int n_unnamed = 0;
  rt::GetSetDef* getsets = nullptr;  // owned (new[]), one per named field
};

// Fill in and ready a statically allocated struct-sequence type (idempotent).
int structseq_init_type(StructSeqType* type, const StructSeqDesc* desc);
// The same for a module's struct sequence readied when the module is first
// imported: what readying makes is immortal (stdlib/native.h, ready_immortal).
int structseq_ready_on_import(StructSeqType* type, const StructSeqDesc* desc);
// A new instance with every field None; fill it with structseq_set_steal.
rt::Object* structseq_new(StructSeqType* type);
inline void structseq_set_steal(rt::Object* o, int i, rt::Object* v) {
  rt::Object*& slot = rt::tuple_items(o)[i];
  rt::Object* old = slot;
  slot = v;
  rt::xdecref(old);
}
// A new instance filled from items (stolen, in field order); if any item is
// null (an error is set), the others are dropped and null is returned.
rt::Object* structseq_pack(StructSeqType* type, std::initializer_list<rt::Object*> items);
inline rt::Object* structseq_get(rt::Object* o, int i) { return rt::tuple_items(o)[i]; }  // borrowed

// Ready the stdlib's static types while the runtime starts (before start-up
// objects are made immortal), so their dicts and descriptors are not
// reported as leaks.  init_sys_module calls these.
int ready_time_types();    // stdlib/timemodule.cpp
int ready_random_types();  // stdlib/randommodule.cpp

}  // namespace stdlib
