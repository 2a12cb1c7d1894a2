// Start-up of the container and iterator types (runtime/init.h):
// every file fills in its TypeObjects, then all of them are readied.
#include "runtime/containers/dict.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/containers/set.h"

namespace rt {

void init_container_types() {
  static bool done = false;  // idempotent: the lifecycle may call it early
  if (done) return;
  done = true;
  init_tuple_types();
  init_list_types();
  init_dict_types();
  init_set_types();
  init_range_types();
  init_slice_type();
  init_iter_types();
  TypeObject* types[] = {&TupleType, &TupleIterType, &ListType, &ListIterType, &ListRevIterType,
                         &DictType, &DictKeysType, &DictValuesType, &DictItemsType, &DictKeyIterType,
                         &DictValueIterType, &DictItemIterType, &DictRevKeyIterType, &DictRevValueIterType,
                         &DictRevItemIterType, &SetType, &FrozenSetType, &SetIterType, &RangeType, &RangeIterType,
                         &LongRangeIterType, &SliceType, &SeqIterType, &CallIterType, &EnumerateType, &ZipType,
                         &MapType, &FilterType, &ReversedType};
  for (TypeObject* t : types) type_ready(t);
}

}  // namespace rt
