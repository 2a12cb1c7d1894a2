// Start-up hooks: one per file that defines types or start-up state.
// runtime/lifecycle.cpp calls them in this order; each fills in its global
// TypeObjects (then type_ready) and any caches it owns.  *_fini functions
// drop what their part keeps alive before the leak check at exit.
#pragma once

namespace rt {
void init_object_types();     // runtime/type.cpp: TypeType, BaseObjectType (first: everything is an object)
void init_singleton_types();  // runtime/singletons.cpp: None, NotImplemented, Ellipsis
void init_int_types();        // runtime/int.cpp: IntType, BoolType, small ints, True/False
void init_float_type();       // runtime/float.cpp
void init_str_types();        // runtime/str.cpp: StrType, str iterators, the intern table
void init_bytes_type();       // runtime/bytes.cpp
void init_container_types();  // runtime/tuple.cpp list.cpp dict.cpp set.cpp range.cpp slice.cpp iterobject.cpp
void init_descr_types();      // runtime/descr.cpp: functions/methods/descriptors/property/super...
void init_module_type();      // runtime/module.cpp
void init_exceptions();       // runtime/exceptions.cpp: Exc_* classes
void init_interp_types();     // interp/: code, frame, function, cell, generator, traceback
void names_init();            // runtime/names.cpp: rt::names::*
void str_intern_fini();       // runtime/str.cpp: release the intern table at exit
void float_fini();            // runtime/float.cpp: empty the free list at exit
void list_fini();             // runtime/list.cpp: empty the free list at exit
void interp_fini();           // interp/: frame free lists, caches
// match statements and exception groups
void init_match_flags();       // runtime/matchflags.cpp: which built-in types match sequence/mapping/self patterns
void init_exception_groups();  // runtime/excgroup.cpp: BaseExceptionGroup, ExceptionGroup
// ---- added by weakref ----
void init_weakref_types();    // runtime/weakref.cpp, weakproxy.cpp: ref, ProxyType, CallableProxyType (after names_init)
// ---- added by typing ----
void init_generic_alias_types();  // runtime/genericalias.cpp: types.GenericAlias and its iterator
void init_union_type();           // runtime/unionobject.cpp: types.UnionType
void init_mappingproxy_type();    // runtime/mappingproxy.cpp: types.MappingProxyType
void init_namespace_type();       // runtime/namespaceobject.cpp: types.SimpleNamespace
}  // namespace rt
