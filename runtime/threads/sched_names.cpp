// What the reports call a thread and what it waits in (docs/instruments.md,
// "Thread names and wait sites").
//
// pyglass runs CPython's threading.py, which never tells the runtime a
// thread's name and builds Condition, Event, Queue, Barrier, Semaphore, Timer
// and Thread.join out of plain _thread locks.  The reports recover both from
// the Python side, lazily, without any change to CPython's files:
//
// * Names.  A thread started by threading.Thread runs the bound method
//   `Thread._bootstrap`; start_new_thread's bootstrap keeps that Thread
//   object (ThreadState::pythread, owned) while the OS thread lives.  Any
//   other thread (the main thread, threads started by _thread directly that
//   later called threading.current_thread()) is found in
//   `threading._active[ident]`.  The name is the `_name` entry of that
//   object's instance dict, read with dict lookups only: no Python code runs,
//   so the deadlock report and the instruments may read it at any point where
//   the GIL is held.  It is copied into ThreadState::name (the cache every
//   report reads) when the thread starts and ends, before the deadlock
//   report, when the runtime starts to shut down (before module dicts are
//   emptied), and when _pyglass asks.  A thread without a threading object
//   keeps its default label.
//
// * Wait sites.  Only when a wait actually blocks and a report will use it
//   (tracing, the deadlock report), the waiting thread's frames are walked
//   from the innermost outwards over the run of frames whose code comes from
//   CPython's threading, queue, sched or concurrent.futures files.  Private
//   helpers (`_wait_for_tstate_lock`, `_worker`) are skipped and the walk
//   stops at Thread._bootstrap* and Thread.run (which call the target).  The site is the outermost public frame of
//   that run -- what user code called -- followed by the innermost one in
//   parentheses when they differ: "Queue.get (Condition.wait)",
//   "Event.wait (Condition.wait)", "Thread.join", "Timer.run
//   (Condition.wait)".  A native that blocks on behalf of a Python-level API
//   (_queue.SimpleQueue.get) names itself through ThreadState::wait_label,
//   which stands for the innermost frame.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "interp/code.h"
#include "interp/frame.h"
#include "runtime/api.h"
#include "runtime/types/descr.h"
#include "runtime/threads/sched.h"

namespace rt::sched {

namespace {

// The threading module's dict, or null (not imported, or torn down).
Object* threading_dict() {
  Interp* in = g_interp;
  if (!in || !in->modules || !is_dict(in->modules)) return nullptr;
  Object* mod = dict_getitem_str(in->modules, "threading");
  if (!mod || !is_instance_of(mod, &ModuleType)) return nullptr;
  Object* d = module_get_dict(mod);
  return d && is_dict(d) ? d : nullptr;
}

// obj.__dict__['_name'] when it is a str (borrowed), else null.
Object* name_in_dict(Object* obj) {
  Object** dp = object_dict_ptr(obj);
  if (!dp || !*dp || !is_dict(*dp)) return nullptr;
  Object* name = dict_getitem_str(*dp, "_name");
  return name && is_str(name) ? name : nullptr;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool library_file(Object* filename) {
  if (!filename || !is_str(filename)) return false;
  std::string_view f = str_view(filename);
  if (ends_with(f, "/threading.py") || ends_with(f, "/queue.py") || ends_with(f, "/sched.py")) return true;
  size_t at = f.rfind("/concurrent/futures/");
  return at != std::string_view::npos && f.find('/', at + 20) == std::string_view::npos;
}

// "Condition._wait" -> true; "Condition.wait", "Thread.__init__" -> false.
bool private_name(std::string_view qualname) {
  size_t dot = qualname.rfind('.');
  std::string_view last = dot == std::string_view::npos ? qualname : qualname.substr(dot + 1);
  return last.size() > 1 && last[0] == '_' && !(last[1] == '_' && ends_with(last, "__"));
}

}  // namespace

void adopt_python_thread(ThreadState* ts, Object* func) {
  if (!is_instance_of(func, &MethodType)) return;
  Object* self = static_cast<MethodObject*>(func)->self;
  Object* d = threading_dict();
  Object* cls = d ? dict_getitem_str(d, "Thread") : nullptr;
  if (!self || !cls || !is_instance_of(cls, &TypeType) || !is_instance_of(self, static_cast<TypeObject*>(cls))) return;
  Object* old = ts->pythread;
  ts->pythread = newref(self);
  xdecref(old);
  refresh_thread_name(ts);
}

void release_python_thread(ThreadState* ts) {
  refresh_thread_name(ts);
  clearref(ts->pythread);
}

void refresh_thread_name(ThreadState* ts) {
  Object* obj = ts->pythread;
  if (!obj) {
    Object* d = threading_dict();
    Object* active = d ? dict_getitem_str(d, "_active") : nullptr;
    if (!active || !is_dict(active)) return;
    Object* key = int_from_u64(ts->thread_id);
    if (!key) {
      err_clear();
      return;
    }
    obj = dict_getitem(active, key);
    decref(key);
    if (!obj) {
      err_clear();
      return;
    }
  }
  if (Object* name = name_in_dict(obj)) {
    std::string_view s = str_view(name);
    size_t n = std::min(s.size(), sizeof ts->name - 1);
    // Keep a whole UTF-8 sequence: back up over continuation bytes.
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) n--;
    std::memcpy(ts->name, s.data(), n);
    ts->name[n] = 0;
  }
}

void refresh_thread_names() {
  for_each_thread([](ThreadState* ts, void*) { refresh_thread_name(ts); }, nullptr);
}

std::string wait_site(ThreadState* ts) {
  std::string inner = ts->wait_label ? ts->wait_label : "";
  std::string outer = inner;
  for (interp::Frame* f = ts->frame; f && library_file(f->code->filename); f = f->back) {
    Object* qn = f->code->qualname;
    if (!qn || !is_str(qn)) break;
    std::string_view q = str_view(qn);
    if (q.substr(0, 17) == "Thread._bootstrap" || q == "Thread.run") break;  // they call the thread's target
    std::string name(q);
    if (q == "_shutdown") name = "threading._shutdown";  // the exit waiting for non-daemon threads
    else if (private_name(q)) continue;
    if (inner.empty()) inner = name;
    outer = name;
  }
  return outer == inner ? outer : outer + " (" + inner + ")";
}

}  // namespace rt::sched
