// The text of CPython's default excepthook for a whole exception: its chain
// of causes and contexts, and exception groups drawn as nested boxes
// (docs/excgroups.md, "Tracebacks").
//
//   + Exception Group Traceback (most recent call last):
//   |   File "x.py", line 3, in <module>
//   |     raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
//   | ExceptionGroup: g (2 sub-exceptions)
//   +-+---------------- 1 ----------------
//     | ValueError: 1
//     +---------------- 2 ----------------
//     | TypeError: 2
//     +------------------------------------
//
// How it works: every line an exception contributes goes through emit(),
// which prefixes it with the current margin: two spaces per group level and,
// inside a group, "| " (or "+ " for the header of the outermost group).  A
// group prints its traceback and message at its own level, then each member
// under a separator line, one level deeper, recursively (members' chains
// included); past 15 members it prints "and N more exceptions", past a depth
// of 10 "... (max_group_depth is 10)".  The closing line is printed once,
// after the last member of the innermost group that ends there (need_close:
// a nested group that closes itself clears it for its parent).
//
// Invariants: `seen` holds every exception printed or being printed; a cause
// or context already in it is not followed again (cycles, and contexts shared
// by the members of a group, print once).  Outside groups (depth 0) the text
// is exactly the classic "Traceback (most recent call last):" display.
#include <string>
#include <unordered_set>

#include "traceback.h"

namespace interp {

using namespace rt;

namespace {

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

struct PrintCtx {
  std::string out;
  std::unordered_set<Object*> seen;
  int depth = 0;  // group nesting of what is being printed
  bool need_close = false;

  std::string indent() const { return std::string(size_t(2 * depth), ' '); }

  // Append text, each line prefixed with the margin ("" at depth 0).
  void emit(const std::string& text, char margin = '|') {
    std::string prefix = indent();
    if (depth > 0) {
      prefix += margin;
      prefix += ' ';
    }
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix;
      out.append(text, pos, end - pos);
      pos = end;
    }
  }
};

void print_recursive(PrintCtx& ctx, Object* exc);

// The cause or context first, then the message that links it to exc.
void print_chain(PrintCtx& ctx, Object* exc) {
  ctx.seen.insert(exc);
  if (!is_exception(exc)) return;
  Object* cause = exc_get_cause(exc);
  Object* context = exc_get_context(exc);
  Object* next = nullptr;
  const char* message = nullptr;
  if (cause && is_exception(cause)) {
    if (!ctx.seen.count(cause)) {
      next = cause;
      message = "\nThe above exception was the direct cause of the following exception:\n\n";
    }
  } else if (context && is_exception(context) && !exc_suppress_context(exc) && !ctx.seen.count(context)) {
    next = context;
    message = "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!next) return;
  bool need_close = ctx.need_close;
  print_recursive(ctx, next);
  ctx.need_close = need_close;
  ctx.emit(message);
}

void print_traceback(PrintCtx& ctx, Object* exc, const char* header, char margin) {
  Object* tb = is_exception(exc) ? exc_get_traceback(exc) : nullptr;
  if (!tb || tb == None || !is_traceback(tb)) return;
  ctx.emit(header, margin);
  ctx.emit(format_tb(tb));
}

void print_group(PrintCtx& ctx, Object* group) {
  if (ctx.depth > kMaxGroupDepth) {
    ctx.emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    return;
  }
  bool toplevel = ctx.depth == 0;
  if (toplevel) ctx.depth++;
  print_traceback(ctx, group, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
  ctx.emit(format_exception_only(group));
  Object* excs = exception_group_excs(group);
  if (excs) {
    ssize total = size_of(excs);
    ssize n = total <= kMaxGroupWidth ? total : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (ssize i = 0; i < n; i++) {
      bool last = i == n - 1;
      if (last) ctx.need_close = true;
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ctx.depth++;
      if (!truncated) {
        print_recursive(ctx, tuple_get(excs, i));
      } else {
        ssize more = total - kMaxGroupWidth;
        ctx.emit("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
      }
      if (last && ctx.need_close) {
        ctx.out += ctx.indent() + "+------------------------------------\n";
        ctx.need_close = false;
      }
      ctx.depth--;
    }
  }
  if (toplevel) ctx.depth = 0;
}

void print_recursive(PrintCtx& ctx, Object* exc) {
  if (!enter_recursive_call(" while printing an exception")) {
    err_clear();
    ctx.emit("... (exception chain too deep)\n");
    return;
  }
  print_chain(ctx, exc);
  if (is_exception(exc) && is_exception_group(exc)) {
    print_group(ctx, exc);
  } else {
    print_traceback(ctx, exc, "Traceback (most recent call last):\n", '|');
    ctx.emit(format_exception_only(exc));
  }
  leave_recursive_call();
}

}  // namespace

std::string format_exception_tree(Object* exc) {
  PrintCtx ctx;
  print_recursive(ctx, exc);
  return std::move(ctx.out);
}

}  // namespace interp
