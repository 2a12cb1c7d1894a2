// --trace FILE: the recorded timeline in the Chrome Trace Event Format (the
// JSON object form: {"traceEvents": [...], ...}), which Perfetto UI and
// chrome://tracing open.
//
// Layout (documented in docs/instruments.md):
//   pid 1, one tid per Python thread (ThreadRec index + 1), named by
//   "thread_name" metadata and ordered by "thread_sort_index";
//   "X" (complete) events "GIL" when the thread held the GIL (args.release:
//   forced / voluntary / exit), "wait: KIND" for blocking waits (args.what);
//   "i" (instant, thread scope) events at thread start and end;
//   tid 1000 "GC" holds "X" events "gc gen N" with the collection's counts;
//   "C" counter events "gc counts" (gen0/gen1/gen2) and "live objects".
// Timestamps are microseconds since the instruments started (real time, in
// seeded mode too).
#include <cstdio>
#include <string>

#include "runtime/instruments/instruments_impl.h"

namespace ins {

namespace {

constexpr int kGcTid = 1000;

std::string us(int64_t ns) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.3f", double(ns) / 1e3);
  return buf;
}

}  // namespace

std::string trace_json() {
  std::string o;
  o.reserve(1 << 16);
  o += "{\"displayTimeUnit\": \"ms\",\n\"traceEvents\": [\n";
  bool first = true;
  auto add = [&](const std::string& ev) {
    if (!first) o += ",\n";
    first = false;
    o += ev;
  };
  add("{\"ph\": \"M\", \"pid\": 1, \"name\": \"process_name\", \"args\": {\"name\": " +
      json_escape("pyglass " + run.script) + "}}");
  for (ThreadRec* r : threads()) {
    std::string tid = std::to_string(r->index + 1);
    add("{\"ph\": \"M\", \"pid\": 1, \"tid\": " + tid + ", \"name\": \"thread_name\", \"args\": {\"name\": " +
        json_escape(r->name) + "}}");
    add("{\"ph\": \"M\", \"pid\": 1, \"tid\": " + tid + ", \"name\": \"thread_sort_index\", \"args\": {\"sort_index\": " +
        tid + "}}");
    for (const Event& e : r->events) {
      switch (e.kind) {
        case Ev::Gil:
          add("{\"ph\": \"X\", \"pid\": 1, \"tid\": " + tid + ", \"ts\": " + us(e.ts) + ", \"dur\": " + us(e.dur) +
              ", \"name\": \"GIL\", \"cat\": \"gil\", \"args\": {\"release\": " + json_escape(e.name) + "}}");
          break;
        case Ev::Wait:
          add("{\"ph\": \"X\", \"pid\": 1, \"tid\": " + tid + ", \"ts\": " + us(e.ts) + ", \"dur\": " + us(e.dur) +
              ", \"name\": " + json_escape("wait: " + e.name) + ", \"cat\": \"wait\", \"args\": {\"what\": " +
              json_escape(e.detail) + "}}");
          break;
        case Ev::Start:
        case Ev::End:
          add("{\"ph\": \"i\", \"s\": \"t\", \"pid\": 1, \"tid\": " + tid + ", \"ts\": " + us(e.ts) +
              ", \"name\": " + json_escape(e.name) + ", \"cat\": \"thread\"}");
          break;
        case Ev::Counter:
          break;
      }
    }
    if (r->dropped)
      add("{\"ph\": \"i\", \"s\": \"t\", \"pid\": 1, \"tid\": " + tid + ", \"ts\": " + us(r->end_ns >= 0 ? r->end_ns : run.wall_ns) +
          ", \"name\": \"events dropped\", \"args\": {\"count\": " + std::to_string(r->dropped) + "}}");
  }
  if (!gc_records.empty()) {
    add("{\"ph\": \"M\", \"pid\": 1, \"tid\": " + std::to_string(kGcTid) +
        ", \"name\": \"thread_name\", \"args\": {\"name\": \"GC\"}}");
    add("{\"ph\": \"M\", \"pid\": 1, \"tid\": " + std::to_string(kGcTid) +
        ", \"name\": \"thread_sort_index\", \"args\": {\"sort_index\": " + std::to_string(kGcTid) + "}}");
  }
  for (const GcRecord& g : gc_records) {
    add("{\"ph\": \"X\", \"pid\": 1, \"tid\": " + std::to_string(kGcTid) + ", \"ts\": " + us(g.start_ns) +
        ", \"dur\": " + us(g.dur_ns) + ", \"name\": \"gc gen " + std::to_string(g.generation) +
        "\", \"cat\": \"gc\", \"args\": {\"generation\": " + std::to_string(g.generation) +
        ", \"examined\": " + std::to_string(g.examined) + ", \"collected\": " + std::to_string(g.collected) +
        ", \"uncollectable\": " + std::to_string(g.uncollectable) + ", \"thread\": " + std::to_string(g.thread + 1) + "}}");
  }
  for (const Counter& c : counters) {
    add("{\"ph\": \"C\", \"pid\": 1, \"ts\": " + us(c.ts) + ", \"name\": \"gc counts\", \"args\": {\"gen0\": " +
        std::to_string(c.gen[0]) + ", \"gen1\": " + std::to_string(c.gen[1]) + ", \"gen2\": " + std::to_string(c.gen[2]) +
        "}}");
    add("{\"ph\": \"C\", \"pid\": 1, \"ts\": " + us(c.ts) + ", \"name\": \"live objects\", \"args\": {\"live\": " +
        std::to_string(c.live) + "}}");
  }
  o += "\n],\n\"otherData\": {\"generator\": \"pyglass\", \"script\": " + json_escape(run.script) + "},\n";
  o += "\"pyglassStats\": " + stats_json() + "}\n";
  return o;
}

bool write_trace_json(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) {
    std::fprintf(stderr, "pyglass: cannot write --trace file '%s'\n", path.c_str());
    return false;
  }
  std::string s = trace_json();
  std::fwrite(s.data(), 1, s.size(), f);
  std::fclose(f);
  return true;
}

}  // namespace ins
