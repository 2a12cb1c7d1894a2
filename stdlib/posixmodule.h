// The posix module's shared pieces (stdlib/posixmodule.cpp, posix_fs.cpp,
// posix_process.cpp): argument conversion and errors, as CPython's posix
// module does them, so that CPython's os.py, shutil, tempfile, subprocess
// and pathlib run on top unchanged.
#pragma once
#include <sys/stat.h>

#include <string>

#include "../runtime/api.h"

namespace stdlib::posix {

using rt::Object;
using rt::ssize;

// A path argument (CPython's path_t): str (encoded with the file-system
// encoding, UTF-8 with surrogateescape), bytes, an os.PathLike giving one of
// those, None where `nullable`, or an open file descriptor where `allow_fd`.
// Errors name the function: "stat: path should be string, bytes, os.PathLike
// or integer, not list"; an embedded NUL is a ValueError, never truncated.
struct Path {
  const char* function;
  const char* argument = "path";
  bool nullable = false;
  bool allow_fd = false;

  Object* object = nullptr;  // the argument as given (borrowed), for error messages
  std::string bytes;         // the encoded path
  int fd = -1;               // when an fd was given
  bool is_bytes = false;     // results (listdir, readlink ...) are bytes, as the argument
  bool is_none = false;

  bool convert(Object* o);
  const char* c_str() const { return bytes.c_str(); }
};

// os.fspath(o): str or bytes (new reference), via __fspath__.
Object* fspath(Object* o);

// Raise OSError (its errno subclass) for errno, with the paths that failed;
// returns nullptr.
Object* raise_errno(const Path* p1 = nullptr, const Path* p2 = nullptr);
Object* raise_errno_obj(Object* filename);

// Integer arguments as CPython's converters take them.
bool fd_arg(Object* o, int* fd);                  // an int >= 0 (any int; the call fails with EBADF)
bool dir_fd_arg(Object* o, int* fd);              // None (AT_FDCWD) or an fd
bool int_arg(Object* o, long long* v);            // an int (via __index__)
bool bool_arg(Object* o, bool dflt, bool* v);     // truth value; null: dflt

// A file name read from the OS as str (surrogateescape) or bytes.
Object* decode_path(const char* s, size_t n, bool as_bytes);
inline Object* decode_path(const std::string& s, bool as_bytes) { return decode_path(s.data(), s.size(), as_bytes); }

// Any bytes-like argument's bytes (bytes, bytearray, memoryview ...): false
// with TypeError "a bytes-like object is required, not 'str'".
bool bytes_like(Object* o, std::string* out);

// stat(2) results as os.stat_result (posix_fs.cpp).
Object* stat_result_from(const struct ::stat& st);
// The module's static types are readied while the runtime starts, so that
// their dicts count among the immortal start-up objects (init_sys_module).
int ready_posix_types();    // posix_fs.cpp: stat_result, statvfs_result, DirEntry ... and the next
int ready_process_types();  // posix_process.cpp: times_result, uname_result, waitid_result

// The three tables of functions, one per file.
extern rt::MethodDef posix_core_functions[];     // posixmodule.cpp: files, descriptors, environment
extern rt::MethodDef posix_fs_functions[];       // posix_fs.cpp: stat, scandir, xattrs, utime ...
extern rt::MethodDef posix_process_functions[];  // posix_process.cpp: processes, ids, wait, system info
extern rt::MethodDef posix_fork_functions[];     // posix_fork.cpp: fork, forkpty, register_at_fork
int add_fs_objects(Object* module);        // posix_fs.cpp: its types
int add_process_objects(Object* module);   // posix_process.cpp: its types and name tables

}  // namespace stdlib::posix
