// The file API the rest of pyglass uses (print, input, tracebacks, warnings,
// the time and os modules), over the _io module (stdlib/_iomodule.cpp and
// io_*.cpp; docs/io.md).
//
// Reads and sleeps go through the scheduler layer (runtime/sched.h), which
// releases the GIL while they block.
#pragma once
#include <sys/types.h>

#include "../runtime/api.h"

namespace stdlib {

// read(2) with the GIL released and EINTR retried: bytes read, 0 at end of file, -1 with errno set.
ssize_t read_fd(int fd, char* buf, size_t n);
// Sleep for secs seconds (>= 0).  Returns -1 with an exception set if interrupted by an error.
int sleep_for(double secs);

// Make the _io types ready (idempotent; at start-up, so that they are immortal).
int init_file_types();
// True if o is an exact _io.TextIOWrapper (the fast paths of print and input).
bool is_file_object(rt::Object* o);
// Write UTF-8 text to a TextIOWrapper (is_file_object) as write() would, without making a str.
int file_write_utf8(rt::Object* file, const char* data, size_t n);
// file.readline(limit) ('\n' kept; empty at EOF); exact TextIOWrapper without a method call.
rt::Object* file_readline(rt::Object* file, rt::ssize limit);
// The function object `open`, shared by builtins and _io (made once, borrowed).
rt::Object* io_open_function();
// file.flush(); exact TextIOWrapper without a method call.
int file_flush(rt::Object* file);

// sys.stdin/stdout/stderr (and __stdin__ ...) on the sys module, as CPython
// builds them (stdlib/_iomodule.cpp): 0, or -1 with an exception set.
int create_std_streams(rt::Object* sys_module);
// At exit, after the last flush: empty the start-up stream objects of what
// the script left in them (runtime_finalize, before the leak check).
void io_fini();
}  // namespace stdlib
