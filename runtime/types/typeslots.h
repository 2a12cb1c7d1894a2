// The one table that maps dunder names to type slots (runtime/typeslots.cpp).
//
// Used both ways:
//  * type_ready() adds a slot wrapper (WrapperDescrObject) to a built-in
//    type's dict for every slot the type fills itself, so Python code sees
//    int.__add__, list.__len__, object.__init__ ...
//  * classes get generic slot functions (slot_nb_add ...) that look the dunder
//    up on the type and call it; fixup_slots() computes every slot of a heap
//    type from its MRO, update_slot() recomputes after `Cls.__x__ = ...`.
#pragma once
#include "runtime/api.h"

namespace rt {

struct SlotDef;

// Calls the C slot function `wrapped` with Python-level arguments.
using wrapperfunc = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* wrapped,
                                const SlotDef* sd);

struct SlotDef {
  const char* name;    // "__add__"
  Object** name_obj;   // &names::__add__ (read at use time)
  size_t offset;       // byte offset of the slot in TypeObject
  void* generic;       // the generic heap-type slot function (calls the dunder)
  wrapperfunc wrapper;  // null: no wrapper descriptor (__getattr__, __new__)
  int flags;           // SLOTF_*
  int op;              // CompareOp for the rich comparisons
  const char* doc;
};
enum SlotFlags { SLOTF_KW = 1 };  // the wrapper accepts keyword arguments

// Interned dunder name of a slot (valid once the runtime is up).
Object* slotdef_name(const SlotDef* sd);

// Add wrappers (and __new__) to t->tp_dict for the slots t fills itself.
int add_slot_wrappers(TypeObject* t);
// Compute every dunder slot of heap type t from its MRO.
void fixup_slots(TypeObject* t);
// A dunder was set or deleted on heap type t: recompute the affected slots of t and its subclasses.
void update_slot(TypeObject* t, Object* name);

// tp_hash of unhashable types (__hash__ = None): TypeError "unhashable type: 'list'".
hash_t hash_not_implemented(Object* o);

// The generic slot functions that the abstract layer needs to recognise.
Object* slot_tp_getattr_hook(Object* o, Object* name);

}  // namespace rt

namespace rt {
// Call a special method found on the type (descr, borrowed) bound to self:
// functions get self prepended, other descriptors are bound with __get__.
Object* call_found_special(Object* descr, Object* self, Object* const* args, ssize nargs, Object* kwnames = nullptr);
// Look name up on type(self) and call it; returns nullptr with *found = false
// and NO exception when the type has no such attribute.
Object* call_special(Object* self, Object* name, Object* const* args, ssize nargs, bool* found);
}  // namespace rt
