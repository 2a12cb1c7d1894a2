// fork(2) and the runtime (runtime/fork.cpp): what os.fork does around the
// system call so that the child's runtime is consistent.  docs/processes.md
// ("os.fork") lists what is kept, dropped and made anew, and why.
//
// Use (the forking thread holds the GIL throughout):
//     fork_prepare();
//     pid_t pid = ::fork();
//     if (pid == 0) fork_after_child(); else fork_after_parent();
// Nothing that takes a runtime lock may run between fork_prepare() and the
// after call (no Python code, no allocation of objects, no blocking wait).
#pragma once

namespace rt {

void fork_prepare();
void fork_after_parent();
// In the child: only the calling thread exists; it becomes the main thread.
void fork_after_child();
// This process is a forked child in which the fork dropped other threads: their
// frames' references can never be released (no exit leak check then).
bool fork_lost_threads();
// This process is a forked child (of a pyglass process).
bool fork_in_child();

}  // namespace rt
