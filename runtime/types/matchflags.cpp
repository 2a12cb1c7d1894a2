// Which objects the patterns of a match statement treat as sequences,
// mappings or "self-matching" (docs/match.md).
//
// As in CPython these are type flags, inherited by subclasses
// from the first class of the MRO that has one (inherit_match_flags, called by
// type_ready): a sequence pattern matches an instance of
// a TPFLAG_SEQUENCE type (list, tuple, range; never str, bytes or bytearray),
// a mapping pattern one of a TPFLAG_MAPPING type (dict), and a class pattern
// with one positional sub-pattern matches the subject itself for the
// TPFLAG_MATCH_SELF types (bool, bytearray, bytes, dict, float, frozenset,
// int, list, set, str, tuple).  memoryview is a sequence, mappingproxy a
// mapping.
//
// Classes: CPython's `_collections_abc` marks Sequence and Mapping with an
// `__abc_tpflags__` class attribute that ABCMeta's C helper turns into the
// flags (and removes).  pyglass does that at class creation for every class
// (type_apply_abc_tpflags, called by type_new), so the same library code works
// whatever metaclass implements abc.
#include "runtime/api.h"
#include "runtime/bytes/buffer.h"
#include "runtime/init.h"

namespace rt {

void init_match_flags() {
  for (TypeObject* t : {&ListType, &TupleType, &RangeType, &MemoryViewType}) t->tp_flags |= TPFLAG_SEQUENCE;
  for (TypeObject* t : {&DictType, &MappingProxyType}) t->tp_flags |= TPFLAG_MAPPING;
  for (TypeObject* t : {&BoolType, &ByteArrayType, &BytesType, &DictType, &FloatType, &FrozenSetType, &IntType,
                        &ListType, &SetType, &StrType, &TupleType})
    t->tp_flags |= TPFLAG_MATCH_SELF;
}

// A class is a sequence or a mapping as the first class of its MRO that is
// either (CPython's rule): class M(UserDict, Sequence) is a mapping, since
// Mapping comes before Sequence in its MRO.  A static type keeps the flags
// init_match_flags gave it.
void inherit_match_flags(TypeObject* t) {
  constexpr uint64_t kFlags = TPFLAG_SEQUENCE | TPFLAG_MAPPING;
  if (t->tp_flags & kFlags) return;
  Object* mro = t->tp_mro;
  for (ssize i = 1; mro && i < size_of(mro); i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(mro, i));
    if (b->tp_flags & kFlags) {
      t->tp_flags |= b->tp_flags & kFlags;
      return;
    }
  }
}

int type_apply_abc_tpflags(TypeObject* t) {
  constexpr int64_t kSequence = 1 << 5, kMapping = 1 << 6;  // CPython's flag values, used by _collections_abc
  Object* v = dict_getitem(t->tp_dict, names::__abc_tpflags__);
  if (!v) return err_occurred() ? -1 : 0;
  if (is_int(v)) {
    int64_t f = int_as_i64(v);
    if (f == -1 && err_occurred()) {
      err_clear();
      f = 0;
    }
    if ((f & (kSequence | kMapping)) == (kSequence | kMapping)) {
      err_set_string(Exc_TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
      return -1;
    }
    if (f & (kSequence | kMapping)) t->tp_flags &= ~(TPFLAG_SEQUENCE | TPFLAG_MAPPING);  // its own flags win
    if (f & kSequence) t->tp_flags |= TPFLAG_SEQUENCE;
    if (f & kMapping) t->tp_flags |= TPFLAG_MAPPING;
  }
  if (dict_delitem(t->tp_dict, names::__abc_tpflags__) < 0) return -1;
  type_modified(t);
  return 0;
}

}  // namespace rt
