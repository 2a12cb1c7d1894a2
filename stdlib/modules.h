// Built-in modules written in C++: each init function builds its module
// object (new reference).  stdlib/registry.cpp lists them by name.
#pragma once
#include <initializer_list>
#include "../runtime/api.h"

namespace stdlib {
rt::Object* init_builtins_module();  // stdlib/builtins.cpp
rt::Object* init_sys_module();       // stdlib/sysmodule.cpp
rt::Object* init_math_module();      // stdlib/mathmodule.cpp
rt::Object* init_time_module();      // stdlib/timemodule.cpp
rt::Object* init_random_module();    // stdlib/randommodule.cpp: "_random" (random.py sits on it)
rt::Object* init_io_module();        // stdlib/_iomodule.cpp: "_io"
rt::Object* init_thread_module();   // stdlib/threadmodule.cpp: "_thread"
int ready_thread_types();            // its types, readied at start-up (immortal), called by sysmodule.cpp
rt::Object* init_gc_module();        // stdlib/gcmodule.cpp
rt::Object* init_pyglass_module();   // stdlib/pyglassmodule.cpp: "_pyglass" (the instruments)
// ---- the library issue: native modules under CPython's Lib ----
rt::Object* init_marshal_module();   // stdlib/marshal.cpp
rt::Object* init_imp_module();       // stdlib/impmodule.cpp: "_imp"
rt::Object* init_posix_module();     // stdlib/posixmodule.cpp (+ posix_fs.cpp, posix_process.cpp)
// _sre, the regular-expression engine under re (stdlib/_sremodule.cpp and _sre_*.cpp)
rt::Object* init_sre_module();
int ready_sre_types();  // re.Pattern, re.Match, _sre.SRE_Scanner, readied at start-up (immortal)
void sre_fini();        // drop cached subject decodings (runtime_finalize)
rt::Object* marshal_dumps(rt::Object* value);               // marshal.dumps(value) (version 4)
rt::Object* marshal_loads(const char* data, rt::ssize n);   // marshal.loads(data)
// codecs (docs/codecs.md)
rt::Object* init_codecs_module();    // stdlib/_codecsmodule.cpp: "_codecs"
rt::Object* init_unicodedata_module();  // stdlib/unicodedatamodule.cpp
int ready_unicodedata_types();       // unicodedata.UCD, readied at start-up (runtime/lifecycle.cpp)
// async/await: add sys.set_asyncgen_hooks/get_asyncgen_hooks to sys (stdlib/sys_asyncgen.cpp)
int sys_add_asyncgen_hooks(rt::Object* sys_module);
// ---- added by weakref ----
rt::Object* init_weakref_module();   // stdlib/weakrefmodule.cpp: "_weakref"
// ---- added by typing ----
rt::Object* init_warnings_module();  // stdlib/warnings.cpp: "_warnings" (under CPython's warnings.py)
void warnings_fini();                // stdlib/warnings.cpp: drop the filters and registries at exit
// ---- the language issue: numbers ----
rt::Object* init_cmath_module();     // stdlib/cmathmodule.cpp
// ---- introspection ----
extern rt::MethodDef sys_frame_functions[];  // stdlib/sys_frames.cpp: sys._getframe, settrace, setprofile ...
rt::Object* init_opcode_module();             // stdlib/opcodemodule.cpp: "_opcode" (opcode.py and dis.py sit on it)
// ---- added by natives2 (operating-system modules) ----
rt::Object* init_signal_module();    // stdlib/signalmodule.cpp: "_signal" (runtime/signals.h underneath)
int ready_signal_types();            // its struct_siginfo and ItimerError, readied at start-up (immortal)
rt::Object* init_atexit_module();    // stdlib/atexitmodule.cpp: "atexit"
void atexit_run();                   // call the callbacks (last first) and forget them; exceptions reported
void atexit_fini();                  // drop the callback list (runtime_finalize)
struct IntConst {  // a module's integer constant, for module_add_int_constants
  const char* name;
  int64_t value;
};
int module_add_int_constants(rt::Object* m, const IntConst* table);  // {nullptr, 0}-terminated; -1 on error
rt::Object* init_select_module();    // stdlib/selectmodule.cpp: "select" (select, poll, epoll)
int ready_select_types();            // its poll and epoll types, readied at start-up (immortal)
// ---- natives3: the data modules (docs/native-modules.md) ----
int ready_data_types();              // stdlib/datamodules.cpp: their static types, readied at start-up
rt::Object* init_zlib_module();      // stdlib/zlibmodule.cpp
rt::Object* init_hashlib_module();   // stdlib/_hashopenssl.cpp: "_hashlib"
rt::Object* init_md5_module();       // stdlib/hashfallbacks.cpp: "_md5", "_sha1", "_sha256", "_sha512", "_sha3"
rt::Object* init_sha1_module();
rt::Object* init_sha256_module();
rt::Object* init_sha512_module();
rt::Object* init_sha3_module();
rt::Object* init_blake2_module();    // stdlib/blake2module.cpp: "_blake2"
rt::Object* init_contextvars_module();  // stdlib/_contextvarsmodule.cpp: "_contextvars"
}  // namespace stdlib

// ---- native modules under CPython's library (natives1; plumbing in stdlib/native.h) ----
namespace stdlib {
rt::Object* init_itertools_module();  // stdlib/itertoolsmodule.cpp (+ itertools_combinatorics.cpp, itertools_tee.cpp)
rt::Object* init_string_module();       // stdlib/_stringmodule.cpp: "_string"
rt::Object* init_errno_module();        // stdlib/errnomodule.cpp: "errno"
rt::Object* init_stat_module();         // stdlib/_stat.cpp: "_stat"
rt::Object* init_bisect_module();       // stdlib/_bisectmodule.cpp: "_bisect"
rt::Object* init_heapq_module();        // stdlib/_heapqmodule.cpp: "_heapq"
rt::Object* init_struct_module();       // stdlib/_struct.cpp: "_struct" (struct.py)
rt::Object* init_binascii_module();     // stdlib/binascii.cpp: "binascii"
rt::Object* init_operator_module();     // stdlib/_operator.cpp: "_operator"
rt::Object* init_functools_module();    // stdlib/_functoolsmodule.cpp: "_functools"
rt::Object* init_collections_module();  // stdlib/_collectionsmodule.cpp (+ _collections_deque.cpp): "_collections"
}  // namespace stdlib

// ---- added by ast: the _ast module (stdlib/_ast_nodes.cpp, _ast_from.cpp, _ast_to.cpp; docs/ast.md) ----
namespace stdlib {
rt::Object* init_ast_module();
}  // namespace stdlib

// ---- threading (lib/threading) ----
namespace stdlib {
rt::Object* init_queue_module();  // stdlib/_queuemodule.cpp: "_queue" (SimpleQueue, Empty)
}  // namespace stdlib

// ---- sockets and subprocesses (lib/socket; docs/native-modules.md, docs/processes.md) ----
namespace stdlib {
rt::Object* init_socket_module();           // stdlib/socketmodule.cpp (+ socket_addr.cpp, socket_resolve.cpp): "_socket"
int ready_socket_types();                   // _socket.socket, readied at start-up (immortal)
rt::Object* init_posixsubprocess_module();  // stdlib/_posixsubprocess.cpp: "_posixsubprocess"
}  // namespace stdlib

// ---- _json: the json package's accelerator (docs/native-modules.md) ----
namespace stdlib {
rt::Object* init_json_module();  // stdlib/_json.cpp (+ _json_scanner.cpp, _json_encoder.cpp): "_json"
}  // namespace stdlib

// ---- natives4: system and data modules ----
struct rusage;
namespace stdlib {
rt::Object* init_array_module();  // stdlib/arraymodule.cpp: "array"
rt::Object* init_locale_module();  // stdlib/_localemodule.cpp: "_locale"
rt::Object* init_pwd_module();     // stdlib/pwdmodule.cpp: "pwd"
rt::Object* init_grp_module();     // stdlib/pwdmodule.cpp: "grp"
rt::Object* init_resource_module();  // stdlib/resourcemodule.cpp: "resource"
rt::Object* rusage_struct(const struct ::rusage& ru);
rt::Object* init_fcntl_module();   // stdlib/fcntlmodule.cpp: "fcntl"
// coretests
rt::Object* init_faulthandler_module();  // stdlib/faulthandler.cpp: "faulthandler"
// A file descriptor: an int, or an object with a fileno() method (CPython's
// PyObject_AsFileDescriptor; stdlib/selectmodule.cpp).  -1 with an exception.
int as_fd(rt::Object* o);  // resource.struct_rusage (os.wait3/os.wait4 too)
int sys_add_audit(rt::Object* sys_module);  // stdlib/sys_audit.cpp: sys.audit, sys.addaudithook
int run_hooks_for(rt::Object* event, rt::Object* args);
void sys_audit_fini();                      // drop the audit hooks at exit
// Raise an audit event with these arguments (stolen; a null one means an
// error is set and the event is not raised).  Only when rt::sys_audit_active().
int audit_event(const char* event, std::initializer_list<rt::Object*> items_steal);
int sys_add_info(rt::Object* sys_module);   // stdlib/sys_info.cpp: int_info, unraisablehook, ...
extern rt::MethodDef breakpoint_functions[];  // stdlib/sys_info.cpp: builtins.breakpoint
// err_write_unraisable asks this first: 1 when sys.unraisablehook is the default
// (the caller writes the default report), 0 when a Python hook handled it.
int sys_call_unraisablehook(rt::Object* exc, rt::Object* obj, const char* where);
}  // namespace stdlib
