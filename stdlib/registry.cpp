// The table of built-in (C++) modules, looked up by the import system.
#include "modules.h"

namespace rt {

namespace {
const BuiltinModule builtin_modules[] = {
    {"builtins", stdlib::init_builtins_module},
    {"sys", stdlib::init_sys_module},
    {"math", stdlib::init_math_module},
    {"time", stdlib::init_time_module},
    {"_random", stdlib::init_random_module},
    {"gc", stdlib::init_gc_module},
    {"_io", stdlib::init_io_module},
    {"_thread", stdlib::init_thread_module},
    {"_pyglass", stdlib::init_pyglass_module},
    // the library issue
    {"marshal", stdlib::init_marshal_module},
    {"_imp", stdlib::init_imp_module},
    {"posix", stdlib::init_posix_module},
    // weak references
    {"_weakref", stdlib::init_weakref_module},
    // typing
    {"_warnings", stdlib::init_warnings_module},
    // the language issue: numbers
    {"cmath", stdlib::init_cmath_module},
    // introspection
    {"_opcode", stdlib::init_opcode_module},
    // native modules under CPython's library (natives1)
    {"itertools", stdlib::init_itertools_module},
    {"_collections", stdlib::init_collections_module},
    {"_functools", stdlib::init_functools_module},
    {"_operator", stdlib::init_operator_module},
    {"_string", stdlib::init_string_module},
    {"errno", stdlib::init_errno_module},
    {"_stat", stdlib::init_stat_module},
    {"_bisect", stdlib::init_bisect_module},
    {"_heapq", stdlib::init_heapq_module},
    {"_struct", stdlib::init_struct_module},
    {"binascii", stdlib::init_binascii_module},
    // natives2: operating-system modules
    {"_signal", stdlib::init_signal_module},
    {"atexit", stdlib::init_atexit_module},
    {"select", stdlib::init_select_module},
    // natives3: the data modules
    {"zlib", stdlib::init_zlib_module},
    {"_hashlib", stdlib::init_hashlib_module},
    {"_md5", stdlib::init_md5_module},
    {"_sha1", stdlib::init_sha1_module},
    {"_sha256", stdlib::init_sha256_module},
    {"_sha512", stdlib::init_sha512_module},
    {"_sha3", stdlib::init_sha3_module},
    {"_blake2", stdlib::init_blake2_module},
    {"_contextvars", stdlib::init_contextvars_module},
    // _sre: the regular-expression engine under re
    {"_sre", stdlib::init_sre_module},
    // codecs (docs/codecs.md)
    {"_codecs", stdlib::init_codecs_module},
    {"unicodedata", stdlib::init_unicodedata_module},
    // ast: the node classes and compile()'s trees (docs/ast.md)
    {"_ast", stdlib::init_ast_module},
    // threading (lib/threading): CPython's queue.py takes SimpleQueue and Empty from here
    {"_queue", stdlib::init_queue_module},
    // sockets and subprocesses (lib/socket)
    {"_socket", stdlib::init_socket_module},
    {"_posixsubprocess", stdlib::init_posixsubprocess_module},
    // _json: the json package's accelerator
    {"_json", stdlib::init_json_module},
    // natives4: system and data modules
    {"array", stdlib::init_array_module},
    {"_locale", stdlib::init_locale_module},
    {"pwd", stdlib::init_pwd_module},
    {"grp", stdlib::init_grp_module},
    {"resource", stdlib::init_resource_module},
    {"fcntl", stdlib::init_fcntl_module},
    // coretests: tracebacks on fatal signals and timeouts (test.support uses it)
    {"faulthandler", stdlib::init_faulthandler_module},
    {nullptr, nullptr},
};
}  // namespace

const BuiltinModule* find_builtin_module(std::string_view name) {
  for (const BuiltinModule* m = builtin_modules; m->name; ++m)
    if (name == m->name) return m;
  return nullptr;
}

}  // namespace rt

namespace stdlib {
// sys.builtin_module_names, in sorted order (used by sysmodule.cpp).
extern const char* const builtin_module_names[];
const char* const builtin_module_names[] = {"_ast", "_bisect", "_blake2", "_codecs", "_collections", "_contextvars", "_functools", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_md5", "_opcode", "_operator", "_posixsubprocess", "_pyglass", "_queue", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sre", "_stat", "_string", "_struct", "_thread", "_warnings", "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "errno", "faulthandler", "fcntl", "gc", "grp", "itertools", "marshal", "math", "posix", "pwd", "resource", "select", "sys", "time", "unicodedata", "zlib", nullptr};
}  // namespace stdlib
