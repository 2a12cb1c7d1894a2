// --trace-html FILE: one self-contained HTML page (no network: inline CSS
// and SVG, no script needed) drawing the recorded timeline, with the --stats
// report beside it.
//
// How it draws: time maps linearly onto kWidth SVG units.  Each thread gets a
// row; its GIL spans (green) and waits (coloured by kind) become rectangles.
// Spans that fall within the same pixel as the previous rectangle of the same
// kind are merged into it, so a run with millions of switches still gives at
// most a few thousand rectangles per row (a merged rectangle's tooltip says
// how many spans it holds).  Below the threads: a GC row (one mark per
// collection, tooltip with its counts) and two line charts sampled from the
// counter track: live objects and the generation counts.
#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/instruments/instruments_impl.h"

namespace ins {

namespace {

constexpr double kWidth = 1000;  // timeline width in SVG units
constexpr double kLeft = 150;    // room for thread names
constexpr double kRow = 26;

std::string esc(const std::string& s) {
  std::string r;
  for (char c : s) {
    switch (c) {
      case '<': r += "&lt;"; break;
      case '>': r += "&gt;"; break;
      case '&': r += "&amp;"; break;
      case '"': r += "&quot;"; break;
      default: r.push_back(c);
    }
  }
  return r;
}

std::string f2(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

std::string ms(int64_t ns) {
  char b[32];
  std::snprintf(b, sizeof b, "%.3f ms", double(ns) / 1e6);
  return b;
}

const char* wait_colour(const std::string& kind) {
  if (kind.find("lock") != std::string::npos || kind == "condition" || kind == "semaphore") return "#d9534f";
  if (kind == "sleep" || kind == "timer") return "#5b9bd5";
  if (kind == "join") return "#9b59b6";
  if (kind == "io" || kind == "input" || kind == "read") return "#f0ad4e";
  if (kind == "event" || kind == "queue") return "#e377c2";
  return "#999999";
}

struct Run {
  double x0, x1;
  int n;
  std::string title;
  std::string colour;
};

// Merge spans into rectangles no narrower than a pixel-ish unit.
void add_span(std::vector<Run>& runs, double x0, double x1, const std::string& colour, const std::string& title) {
  if (x1 < x0 + 0.15) x1 = x0 + 0.15;
  if (!runs.empty()) {
    Run& b = runs.back();
    if (b.colour == colour && x0 <= b.x1 + 0.5) {
      b.x1 = std::max(b.x1, x1);
      b.n++;
      return;
    }
  }
  runs.push_back(Run{x0, x1, 1, title, colour});
}

}  // namespace

bool write_trace_html(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) {
    std::fprintf(stderr, "pyglass: cannot write --trace-html file '%s'\n", path.c_str());
    return false;
  }
  int64_t t_end = std::max<int64_t>(run.wall_ns, 1);
  auto X = [&](int64_t ns) { return kLeft + kWidth * double(std::clamp<int64_t>(ns, 0, t_end)) / double(t_end); };

  auto& th = threads();
  double chart_h = 70;
  double y_threads = 30;
  double y_gc = y_threads + kRow * double(th.size()) + 10;
  double y_live = y_gc + kRow + 20;
  double y_gen = y_live + chart_h + 25;
  double height = y_gen + chart_h + 30;

  std::string s;
  s.reserve(1 << 16);
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + f2(kLeft + kWidth + 20) + " " + f2(height) +
       "\" width=\"100%\" role=\"img\" aria-label=\"timeline\">\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + f2(kLeft + kWidth + 20) + "\" height=\"" + f2(height) + "\" fill=\"#ffffff\"/>\n";
  // time axis
  for (int i = 0; i <= 10; i++) {
    double x = kLeft + kWidth * i / 10.0;
    s += "<line x1=\"" + f2(x) + "\" y1=\"20\" x2=\"" + f2(x) + "\" y2=\"" + f2(height - 20) +
         "\" stroke=\"#e4e4e4\"/>\n";
    s += "<text x=\"" + f2(x) + "\" y=\"14\" class=\"ax\" text-anchor=\"middle\">" + ms(t_end * i / 10) + "</text>\n";
  }
  // threads
  for (size_t i = 0; i < th.size(); i++) {
    ThreadRec* r = th[i];
    double y = y_threads + kRow * double(i);
    s += "<text x=\"" + f2(kLeft - 6) + "\" y=\"" + f2(y + kRow * 0.62) + "\" class=\"lbl\" text-anchor=\"end\">" +
         esc(r->name) + "</text>\n";
    s += "<rect x=\"" + f2(X(r->start_ns)) + "\" y=\"" + f2(y + kRow * 0.45) + "\" width=\"" +
         f2(std::max(0.5, X(r->end_ns >= 0 ? r->end_ns : t_end) - X(r->start_ns))) + "\" height=\"2\" fill=\"#bbbbbb\"/>\n";
    std::vector<Run> gil, waits;
    for (const Event& e : r->events) {
      if (e.kind == Ev::Gil) {
        add_span(gil, X(e.ts), X(e.ts + e.dur), "#2e9d4f", "GIL held " + ms(e.dur) + ", released: " + e.name);
      } else if (e.kind == Ev::Wait) {
        add_span(waits, X(e.ts), X(e.ts + e.dur), wait_colour(e.name),
                 "waits (" + e.name + ") " + ms(e.dur) + (e.detail.empty() ? "" : ": " + e.detail));
      }
    }
    for (const Run& w : waits)
      s += "<rect x=\"" + f2(w.x0) + "\" y=\"" + f2(y + 4) + "\" width=\"" + f2(w.x1 - w.x0) + "\" height=\"" +
           f2(kRow - 8) + "\" fill=\"" + w.colour + "\" fill-opacity=\"0.55\"><title>" +
           esc(w.n > 1 ? std::to_string(w.n) + " waits" : w.title) + "</title></rect>\n";
    for (const Run& g : gil)
      s += "<rect x=\"" + f2(g.x0) + "\" y=\"" + f2(y + 7) + "\" width=\"" + f2(g.x1 - g.x0) + "\" height=\"" +
           f2(kRow - 14) + "\" fill=\"" + g.colour + "\"><title>" +
           esc(g.n > 1 ? std::to_string(g.n) + " GIL spans" : g.title) + "</title></rect>\n";
    for (const Event& e : r->events)
      if (e.kind == Ev::Start || e.kind == Ev::End)
        s += "<path d=\"M" + f2(X(e.ts)) + " " + f2(y + 2) + " l3 -2 l-3 -2 z\" fill=\"#333\"><title>" + esc(e.name) +
             " at " + ms(e.ts) + "</title></path>\n";
  }
  // GC row
  s += "<text x=\"" + f2(kLeft - 6) + "\" y=\"" + f2(y_gc + kRow * 0.62) + "\" class=\"lbl\" text-anchor=\"end\">GC</text>\n";
  {
    std::vector<Run> runs;
    for (const GcRecord& g : gc_records) {
      static const char* col[3] = {"#f4a582", "#d6604d", "#67001f"};
      add_span(runs, X(g.start_ns), X(g.start_ns + g.dur_ns), col[g.generation],
               "gc gen " + std::to_string(g.generation) + ": " + ms(g.dur_ns) + ", examined " +
                   std::to_string(g.examined) + ", collected " + std::to_string(g.collected) + ", uncollectable " +
                   std::to_string(g.uncollectable));
    }
    for (const Run& g : runs)
      s += "<rect x=\"" + f2(g.x0) + "\" y=\"" + f2(y_gc + 5) + "\" width=\"" + f2(std::max(1.0, g.x1 - g.x0)) +
           "\" height=\"" + f2(kRow - 10) + "\" fill=\"" + g.colour + "\"><title>" +
           esc(g.n > 1 ? std::to_string(g.n) + " collections" : g.title) + "</title></rect>\n";
  }
  // counter charts
  auto chart = [&](double y0, const char* label, int which) {
    s += "<text x=\"" + f2(kLeft - 6) + "\" y=\"" + f2(y0 + chart_h / 2) + "\" class=\"lbl\" text-anchor=\"end\">" +
         label + "</text>\n";
    s += "<rect x=\"" + f2(kLeft) + "\" y=\"" + f2(y0) + "\" width=\"" + f2(kWidth) + "\" height=\"" + f2(chart_h) +
         "\" fill=\"none\" stroke=\"#cccccc\"/>\n";
    if (counters.empty()) return;
    int series = which == 0 ? 1 : 3;
    static const char* col[3] = {"#1f77b4", "#ff7f0e", "#2ca02c"};
    int64_t maxv = 1;
    for (const Counter& c : counters)
      for (int k = 0; k < series; k++) maxv = std::max(maxv, which == 0 ? c.live : c.gen[k]);
    for (int k = 0; k < series; k++) {
      std::string pts;
      double lastx = -1;
      for (const Counter& c : counters) {
        double x = X(c.ts);
        if (x - lastx < 0.5 && &c != &counters.back()) continue;
        lastx = x;
        int64_t v = which == 0 ? c.live : c.gen[k];
        pts += f2(x) + "," + f2(y0 + chart_h - chart_h * double(v) / double(maxv)) + " ";
      }
      s += "<polyline fill=\"none\" stroke=\"" + std::string(col[k]) + "\" stroke-width=\"1.5\" points=\"" + pts + "\"/>\n";
    }
    s += "<text x=\"" + f2(kLeft + 4) + "\" y=\"" + f2(y0 + 11) + "\" class=\"ax\">max " + std::to_string(maxv) +
         (which == 0 ? "" : "  (gen0 blue, gen1 orange, gen2 green)") + "</text>\n";
  };
  chart(y_live, "live objects", 0);
  chart(y_gen, "gc counts", 1);
  s += "</svg>\n";

  // the stats beside it
  std::string report;
  {
    char* buf = nullptr;
    size_t len = 0;
    FILE* mem = open_memstream(&buf, &len);
    if (mem) {
      write_text_report(mem);
      std::fclose(mem);
      report.assign(buf, len);
      std::free(buf);
    }
  }

  std::string page;
  page += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>pyglass timeline: " +
          esc(run.script) + "</title>\n<style>\n"
          "body{font-family:sans-serif;margin:12px;background:#fafafa;color:#222}\n"
          "h1{font-size:18px;margin:0 0 8px}\n"
          ".wrap{display:flex;gap:14px;align-items:flex-start}\n"
          ".tl{flex:3 1 700px;background:#fff;border:1px solid #ddd;padding:6px}\n"
          ".st{flex:2 1 380px;background:#fff;border:1px solid #ddd;padding:6px;overflow:auto}\n"
          ".st pre{font-size:11px;margin:0}\n"
          ".lbl{font-size:12px;fill:#222}\n.ax{font-size:10px;fill:#666}\n"
          ".key span{display:inline-block;margin-right:12px;font-size:12px}\n"
          ".key i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}\n"
          "</style></head><body>\n";
  page += "<h1>pyglass timeline &mdash; " + esc(run.script.empty() ? "(no script)" : run.script) + "</h1>\n";
  page += "<div class=\"key\"><span><i style=\"background:#2e9d4f\"></i>holds the GIL</span>"
          "<span><i style=\"background:#d9534f\"></i>waits: lock</span>"
          "<span><i style=\"background:#5b9bd5\"></i>sleep</span>"
          "<span><i style=\"background:#9b59b6\"></i>join</span>"
          "<span><i style=\"background:#f0ad4e\"></i>I/O</span>"
          "<span><i style=\"background:#e377c2\"></i>event/queue</span>"
          "<span><i style=\"background:#d6604d\"></i>GC pause</span></div>\n";
  page += "<div class=\"wrap\"><div class=\"tl\">\n" + s + "</div>\n<div class=\"st\"><pre>" + esc(report) +
          "</pre></div></div>\n</body></html>\n";
  std::fwrite(page.data(), 1, page.size(), f);
  std::fclose(f);
  return true;
}

}  // namespace ins
