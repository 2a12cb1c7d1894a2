// The exit report (--stats, on stderr) and the same figures as JSON
// (--stats-json FILE).  Both read the records of runtime/instruments.cpp
// after the program ended; the JSON schema is documented in
// docs/instruments.md ("version" is bumped on any incompatible change).
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <string>

#include "runtime/threads/gil.h"
#include "runtime/api.h"
#include "runtime/instruments/instruments_impl.h"
#include "runtime/threads/state.h"

namespace rt {
size_t str_interned_count();  // runtime/str.cpp: live entries of the intern table
}

namespace ins {

namespace {

// Types merged by name (a retired heap type and a new one of the same name
// count together), sorted by objects created, most first.
std::vector<TypeCount> merged_types() {
  std::map<std::string, TypeCount> by;
  for (const TypeCount& t : type_counts()) {
    TypeCount& m = by[t.name];
    m.name = t.name;
    m.created += t.created;
    m.freed += t.freed;
  }
  std::vector<TypeCount> v;
  for (auto& kv : by) v.push_back(kv.second);
  std::stable_sort(v.begin(), v.end(), [](const TypeCount& a, const TypeCount& b) {
    return a.created != b.created ? a.created > b.created : a.name < b.name;
  });
  return v;
}

std::string commas(uint64_t n) {
  std::string s = std::to_string(n), r;
  int k = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    if (k && k % 3 == 0) r.push_back(',');
    r.push_back(*it);
    k++;
  }
  return std::string(r.rbegin(), r.rend());
}

std::string secs(int64_t ns) {
  char buf[64];
  double s = double(ns) / 1e9;
  if (s < 0.001 && ns > 0) std::snprintf(buf, sizeof buf, "%.1f us", double(ns) / 1e3);
  else std::snprintf(buf, sizeof buf, "%.3f s", s);
  return buf;
}

std::string json_str(const std::string& s) {
  std::string r = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': r += "\\\""; break;
      case '\\': r += "\\\\"; break;
      case '\n': r += "\\n"; break;
      case '\r': r += "\\r"; break;
      case '\t': r += "\\t"; break;
      default:
        if (c < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          r += b;
        } else {
          r.push_back(char(c));
        }
    }
  }
  return r + "\"";
}

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

uint64_t switches() {
  rt::Interp* in = rt::interp_state();
  return in ? rt::gil::switches_total() : 0;
}

}  // namespace

std::string json_escape(const std::string& s) { return json_str(s); }

void write_text_report(FILE* out) {
  auto& th = threads();
  std::fprintf(out, "\n==== pyglass --stats ====================================================\n");
  std::fprintf(out, "program     %s", run.script.empty() ? "(no script)" : run.script.c_str());
  if (run.exit_status >= 0) std::fprintf(out, "   exit status %d", run.exit_status);
  else std::fprintf(out, "   ended by exit()");
  if (run.seeded) std::fprintf(out, "   seeded (--seed %" PRIu64 ")", run.seed);
  std::fprintf(out, "\ntime        wall %s   cpu %s\n", secs(run.wall_ns).c_str(), secs(int64_t(run.cpu_s * 1e9)).c_str());

  std::fprintf(out, "\nthreads: %zu, GIL switches between threads: %s\n", th.size(), commas(switches()).c_str());
  std::fprintf(out, "  %-24s %12s %11s %11s %9s %8s %9s %7s\n", "thread", "bytecodes", "GIL held", "GIL wait",
               "acquired", "forced", "voluntary", "futile");
  for (ThreadRec* r : th) {
    std::string name = r->name.size() > 24 ? r->name.substr(0, 23) + "~" : r->name;
    std::fprintf(out, "  %-24s %12s %11s %11s %9s %8s %9s %7s\n", name.c_str(), commas(r->bytecodes).c_str(),
                 secs(r->gil_held_ns).c_str(), secs(r->gil_wait_ns).c_str(), commas(r->acquisitions).c_str(),
                 commas(r->forced_releases).c_str(), commas(r->voluntary_releases).c_str(),
                 commas(r->futile_wakeups).c_str());
  }

  std::fprintf(out, "\ngarbage collector\n");
  std::fprintf(out, "  %-4s %11s %12s %10s %13s %12s %12s\n", "gen", "collections", "examined", "collected",
               "uncollectable", "total pause", "longest");
  for (int g = 0; g < 3; g++) {
    const GenTotals& t = gen_totals[g];
    std::fprintf(out, "  %-4d %11s %12s %10s %13s %12s %12s\n", g, commas(uint64_t(t.collections)).c_str(),
                 commas(uint64_t(t.examined)).c_str(), commas(uint64_t(t.collected)).c_str(),
                 commas(uint64_t(t.uncollectable)).c_str(), secs(t.total_ns).c_str(), secs(t.max_ns).c_str());
  }

  std::fprintf(out, "\nallocator\n");
  std::fprintf(out, "  objects created %s, freed %s\n", commas(alloc.created).c_str(), commas(alloc.freed).c_str());
  std::fprintf(out, "  float free list: %s hits, %s misses\n", commas(alloc.float_hits).c_str(),
               commas(alloc.float_misses).c_str());
  std::fprintf(out, "  list free list:  %s hits, %s misses\n", commas(alloc.list_hits).c_str(),
               commas(alloc.list_misses).c_str());
  std::fprintf(out, "  small-int cache: %s hits\n", commas(alloc.smallint_hits).c_str());
  std::fprintf(out, "  interned strings: %s when the program ended (%s added, %s removed in all)\n",
               commas(uint64_t(std::max<int64_t>(run.interned_at_end, 0))).c_str(), commas(alloc.interned_added).c_str(),
               commas(alloc.interned_removed).c_str());
  std::vector<TypeCount> types = merged_types();
  size_t n = std::min(types.size(), size_t(options.top_types > 0 ? options.top_types : 0));
  if (n) {
    std::fprintf(out, "  %-28s %14s %14s\n", "type (top by created)", "created", "freed");
    for (size_t i = 0; i < n; i++)
      std::fprintf(out, "  %-28s %14s %14s\n", types[i].name.c_str(), commas(types[i].created).c_str(),
                   commas(types[i].freed).c_str());
    if (types.size() > n) std::fprintf(out, "  ... %zu more types (see --stats-json)\n", types.size() - n);
  }

  std::fprintf(out, "\nrefchain    %s live objects when the program ended", commas(uint64_t(std::max<int64_t>(run.live_at_end, 0))).c_str());
  if (run.live_at_exit >= 0) std::fprintf(out, ", %s at exit (immortals)", commas(uint64_t(run.live_at_exit)).c_str());
  std::fprintf(out, "\n=========================================================================\n");
}

std::string stats_json() {
  std::string j = "{\n";
  j += "  \"version\": 1,\n";
  j += "  \"pyglass\": " + json_str(PYGLASS_VERSION) + ",\n";
  j += "  \"script\": " + json_str(run.script) + ",\n";
  j += "  \"exit_status\": " + (run.exit_status >= 0 ? std::to_string(run.exit_status) : std::string("null")) + ",\n";
  j += "  \"seeded\": " + std::string(run.seeded ? "true" : "false") + ",\n";
  j += "  \"seed\": " + (run.seeded ? std::to_string(run.seed) : std::string("null")) + ",\n";
  j += "  \"wall_s\": " + num(double(run.wall_ns) / 1e9) + ",\n";
  j += "  \"cpu_s\": " + num(run.cpu_s) + ",\n";
  j += "  \"switches\": " + std::to_string(switches()) + ",\n";
  j += "  \"threads\": [";
  bool first = true;
  for (ThreadRec* r : threads()) {
    j += first ? "\n" : ",\n";
    first = false;
    j += "    {\"index\": " + std::to_string(r->index) + ", \"name\": " + json_str(r->name) +
         ", \"ident\": " + std::to_string(r->ident) + ", \"native_id\": " + std::to_string(r->native_id) +
         ", \"bytecodes\": " + std::to_string(r->bytecodes) + ", \"gil_hold_s\": " + num(double(r->gil_held_ns) / 1e9) +
         ", \"gil_wait_s\": " + num(double(r->gil_wait_ns) / 1e9) + ", \"acquisitions\": " + std::to_string(r->acquisitions) +
         ", \"forced_releases\": " + std::to_string(r->forced_releases) +
         ", \"voluntary_releases\": " + std::to_string(r->voluntary_releases) +
         ", \"futile_wakeups\": " + std::to_string(r->futile_wakeups) + ", \"waits\": " + std::to_string(r->waits) +
         ", \"blocked_s\": " + num(double(r->blocked_ns) / 1e9) + ", \"start_s\": " + num(double(r->start_ns) / 1e9) +
         ", \"end_s\": " + (r->end_ns >= 0 ? num(double(r->end_ns) / 1e9) : std::string("null")) + "}";
  }
  j += "\n  ],\n  \"gc\": [";
  for (int g = 0; g < 3; g++) {
    const GenTotals& t = gen_totals[g];
    j += g ? ",\n" : "\n";
    j += "    {\"generation\": " + std::to_string(g) + ", \"collections\": " + std::to_string(t.collections) +
         ", \"examined\": " + std::to_string(t.examined) + ", \"collected\": " + std::to_string(t.collected) +
         ", \"uncollectable\": " + std::to_string(t.uncollectable) +
         ", \"total_pause_s\": " + num(double(t.total_ns) / 1e9) + ", \"max_pause_s\": " + num(double(t.max_ns) / 1e9) +
         "}";
  }
  j += "\n  ],\n  \"alloc\": {\n";
  j += "    \"created\": " + std::to_string(alloc.created) + ", \"freed\": " + std::to_string(alloc.freed) + ",\n";
  j += "    \"float_freelist\": {\"hits\": " + std::to_string(alloc.float_hits) +
       ", \"misses\": " + std::to_string(alloc.float_misses) + "},\n";
  j += "    \"list_freelist\": {\"hits\": " + std::to_string(alloc.list_hits) +
       ", \"misses\": " + std::to_string(alloc.list_misses) + "},\n";
  j += "    \"small_int_hits\": " + std::to_string(alloc.smallint_hits) + ",\n";
  j += "    \"interned\": {\"live\": " + std::to_string(std::max<int64_t>(run.interned_at_end, 0)) +
       ", \"added\": " + std::to_string(alloc.interned_added) +
       ", \"removed\": " + std::to_string(alloc.interned_removed) + "},\n";
  j += "    \"by_type\": [";
  first = true;
  for (const TypeCount& t : merged_types()) {
    j += first ? "\n" : ",\n";
    first = false;
    j += "      {\"type\": " + json_str(t.name) + ", \"created\": " + std::to_string(t.created) +
         ", \"freed\": " + std::to_string(t.freed) + "}";
  }
  j += "\n    ]\n  },\n";
  j += "  \"refchain\": {\"at_program_end\": " +
       (run.live_at_end >= 0 ? std::to_string(run.live_at_end) : std::string("null")) +
       ", \"at_exit\": " + (run.live_at_exit >= 0 ? std::to_string(run.live_at_exit) : std::string("null")) + "}\n";
  j += "}\n";
  return j;
}

bool write_stats_json(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) {
    std::fprintf(stderr, "pyglass: cannot write --stats-json file '%s'\n", path.c_str());
    return false;
  }
  std::string j = stats_json();
  std::fwrite(j.data(), 1, j.size(), f);
  std::fclose(f);
  return true;
}

}  // namespace ins
