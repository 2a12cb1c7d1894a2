// File objects (_io.TextIOWrapper, _io.BufferedReader/Writer/Random), io.StringIO,
// and the few blocking primitives the GIL work will wrap.
//
// Every read from a file descriptor goes through stdlib::read_fd and every
// sleep through stdlib::sleep_for, so releasing the GIL around blocking calls
// needs changing those two functions only.
#pragma once
#include <sys/types.h>

#include "../runtime/api.h"

namespace stdlib {

// read(2) with EINTR retry: bytes read, 0 at end of file, -1 with errno set.
ssize_t read_fd(int fd, char* buf, size_t n);
// Sleep for secs seconds (>= 0).  Returns -1 with an exception set if interrupted by an error.
int sleep_for(double secs);

// Make the file types ready (idempotent); file_open/file_from_fd call it.
int init_file_types();
// True if o is one of our file objects (fast paths in print and file_write_str).
bool is_file_object(rt::Object* o);
// Append UTF-8 text to a file object's buffer (text or binary data), flushing per its buffering.
int file_write_utf8(rt::Object* file, const char* data, size_t n);
// Read a line from a file object, '\n' kept (text mode: str, binary: bytes); empty at EOF.
rt::Object* file_readline(rt::Object* file, rt::ssize limit);
int file_flush(rt::Object* file);
// -u / PYTHONUNBUFFERED: every write to this file object goes straight to its descriptor.
void file_set_unbuffered(rt::Object* file);

}  // namespace stdlib
