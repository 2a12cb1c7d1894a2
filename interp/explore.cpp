// The instrument options of the command line and the race explorer.
//
// `pyglass --explore N script.py` runs the script N times in seeded mode
// with seeds S..S+N-1 (S = --seed-base, default 1).  Each run is a child
// process of pyglass itself (`pyglass [options] --seed k script.py args`),
// so runs are isolated from each other and from the explorer; up to --jobs
// runs (default: one per core) proceed at once.  A run's outcome is its
// stdout, plus "[exit N]" when its status is not 0; the explorer prints how
// many runs gave each distinct outcome and the first seed that gave it (the
// seed reproduces it: same script, input and seed give the same output).
// With --expect OUTPUT (repeatable) each outcome is graded, and the exit
// status is 1 when an unexpected outcome appeared (0 otherwise), so a test
// can pin "this locked counter only ever prints 0".
//
// Invariants: the explorer itself never initialises the runtime; a child's
// stdout is read to EOF before it is reaped, so a chatty child never blocks.
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "runtime/instruments/instruments_impl.h"

namespace ins {

namespace {

bool parse_u64(const char* s, uint64_t& out) {
  if (!s || !*s) return false;
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (errno || *end || s[0] == '-') return false;
  out = v;
  return true;
}

int arg_error(const std::string& msg) {
  std::fprintf(stderr, "%s\nusage: pyglass [option] ... [-c cmd | file | -] [arg] ...\nTry `pyglass -h' for more information.\n",
               msg.c_str());
  return -1;
}

}  // namespace

int parse_option(int argc, char** argv, int& i) {
  std::string a = argv[i];
  auto value = [&](const char*& out) -> bool {
    if (i + 1 >= argc) return false;
    out = argv[++i];
    return true;
  };
  const char* v = nullptr;
  if (a == "--stats") {
    options.stats = true;
    return 1;
  }
  if (a == "--stats-json" || a == "--trace" || a == "--trace-html" || a == "--expect" || a == "--sched") {
    if (!value(v)) return arg_error("Argument expected for the " + a + " option");
    if (a == "--stats-json") options.stats_json = v;
    else if (a == "--trace") options.trace = v;
    else if (a == "--trace-html") options.trace_html = v;
    else if (a == "--expect") options.expects.push_back(v);
    else {
      std::string s = v;
      if (s != "uniform" && s != "pct") return arg_error("--sched must be uniform or pct, not '" + s + "'");
      options.sched = s;
    }
    return 1;
  }
  if (a == "--explore" || a == "--seed-base" || a == "--stats-top" || a == "--jobs") {
    uint64_t n = 0;
    if (!value(v)) return arg_error("Argument expected for the " + a + " option");
    if (!parse_u64(v, n) || (a == "--explore" && n == 0) || n > (1u << 30))
      return arg_error(a + " needs a non-negative integer, not '" + std::string(v) + "'");
    if (a == "--explore") options.explore_runs = int(n);
    else if (a == "--seed-base") options.seed_base = n;
    else if (a == "--stats-top") options.top_types = int(n);
    else options.jobs = int(n);
    return 1;
  }
  return 0;
}

namespace {

struct Child {
  pid_t pid = -1;
  int fd = -1;
  uint64_t seed = 0;
  std::string out;
};

struct Outcome {
  std::string text;  // stdout (+ " [exit N]")
  uint64_t first_seed = 0;
  int runs = 0;
  bool expected = true;
};

std::string self_exe(const char* argv0) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) return std::string(buf, size_t(n));
  return argv0;
}

// The options given before the script, minus the explorer's own and the
// report outputs (each child would overwrite the same files).
std::vector<std::string> passthrough(int argc, char** argv, int script_index) {
  std::vector<std::string> keep;
  for (int i = 1; i < script_index && i < argc; i++) {
    std::string a = argv[i];
    if (a == "--stats") continue;
    if (a == "--explore" || a == "--seed-base" || a == "--expect" || a == "--jobs" || a == "--stats-json" ||
        a == "--trace" || a == "--trace-html" || a == "--stats-top" || a == "--seed") {
      i++;
      continue;
    }
    keep.push_back(a);
  }
  return keep;
}

bool start_child(Child& c, const std::string& exe, const std::vector<std::string>& args) {
  int p[2];
  if (pipe(p) != 0) return false;
  pid_t pid = fork();
  if (pid < 0) {
    close(p[0]);
    close(p[1]);
    return false;
  }
  if (pid == 0) {
    dup2(p[1], 1);
    close(p[0]);
    close(p[1]);
    int dn = open("/dev/null", O_RDWR);
    if (dn >= 0) {
      dup2(dn, 0);
      dup2(dn, 2);
      close(dn);
    }
    std::vector<char*> av;
    av.push_back(const_cast<char*>(exe.c_str()));
    for (const std::string& s : args) av.push_back(const_cast<char*>(s.c_str()));
    av.push_back(nullptr);
    execv(exe.c_str(), av.data());
    _exit(127);
  }
  close(p[1]);
  c.pid = pid;
  c.fd = p[0];
  c.out.clear();
  return true;
}

std::string shown(const std::string& text) {
  std::string r;
  for (char ch : text) {
    if (ch == '\n') r += "\\n";
    else r.push_back(ch);
  }
  if (r.size() > 160) r = r.substr(0, 157) + "...";
  return r.empty() ? "(no output)" : r;
}

}  // namespace

int explore_main(int argc, char** argv, const std::string& script) {
  int script_index = -1;
  for (int i = 1; i < argc; i++)
    if (argv[i] == script && (i == 1 || std::string(argv[i - 1]) != "--expect")) {
      script_index = i;
      break;
    }
  if (script.empty() || script_index < 0) {
    std::fprintf(stderr, "pyglass: --explore needs a script file\n");
    return 2;
  }
  std::string exe = self_exe(argv[0]);
  std::vector<std::string> base = passthrough(argc, argv, script_index);
  std::vector<std::string> tail;
  for (int i = script_index; i < argc; i++) tail.push_back(argv[i]);

  int n = options.explore_runs;
  int jobs = options.jobs > 0 ? options.jobs : int(std::thread::hardware_concurrency());
  if (jobs < 1) jobs = 1;
  if (jobs > n) jobs = n;
  bool progress = isatty(2);

  std::vector<Outcome> outcomes;
  std::map<std::string, size_t> index;
  std::vector<Child> running;
  int next = 0, done = 0, failed_to_start = 0;
  auto launch = [&]() {
    while (int(running.size()) < jobs && next < n) {
      Child c;
      c.seed = options.seed_base + uint64_t(next++);
      std::vector<std::string> args = base;
      args.push_back("--seed");
      args.push_back(std::to_string(c.seed));
      args.insert(args.end(), tail.begin(), tail.end());
      if (!start_child(c, exe, args)) {
        failed_to_start++;
        done++;
        continue;
      }
      running.push_back(std::move(c));
    }
  };
  launch();
  while (!running.empty()) {
    std::vector<pollfd> fds;
    for (Child& c : running) fds.push_back(pollfd{c.fd, POLLIN, 0});
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (size_t k = running.size(); k-- > 0;) {
      if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Child& c = running[k];
      char buf[8192];
      ssize_t got = read(c.fd, buf, sizeof buf);
      if (got > 0) {
        c.out.append(buf, size_t(got));
        continue;
      }
      if (got < 0 && errno == EINTR) continue;
      close(c.fd);
      int st = 0;
      while (waitpid(c.pid, &st, 0) < 0 && errno == EINTR) {
      }
      int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
      std::string key = c.out;
      if (code != 0) key += (key.empty() || key.back() == '\n' ? "" : "\n") + std::string("[exit ") + std::to_string(code) + "]";
      auto it = index.find(key);
      if (it == index.end()) {
        Outcome o;
        o.text = key;
        o.first_seed = c.seed;
        index.emplace(key, outcomes.size());
        outcomes.push_back(o);
        it = index.find(key);
      }
      Outcome& o = outcomes[it->second];
      o.runs++;
      if (c.seed < o.first_seed) o.first_seed = c.seed;
      running.erase(running.begin() + long(k));
      done++;
      if (progress) {
        std::fprintf(stderr, "\rexplore: %d/%d runs, %zu distinct outcome%s", done, n, outcomes.size(),
                     outcomes.size() == 1 ? "" : "s");
        std::fflush(stderr);
      }
    }
    launch();
  }
  if (progress) std::fprintf(stderr, "\r\033[K");

  bool grading = !options.expects.empty();
  int unexpected = 0;
  for (Outcome& o : outcomes) {
    std::string t = o.text;
    if (!t.empty() && t.back() == '\n') t.pop_back();
    o.expected = !grading;
    for (const std::string& e : options.expects)
      if (t == e) o.expected = true;
    if (!o.expected) unexpected++;
  }
  std::stable_sort(outcomes.begin(), outcomes.end(), [](const Outcome& a, const Outcome& b) {
    return a.runs != b.runs ? a.runs > b.runs : a.first_seed < b.first_seed;
  });
  std::printf("pyglass --explore: %d runs of %s, seeds %llu..%llu, scheduler %s\n", n, script.c_str(),
              (unsigned long long)options.seed_base, (unsigned long long)(options.seed_base + uint64_t(n) - 1),
              options.sched.c_str());
  std::printf("%7s  %10s  %s\n", "runs", "first seed", "outcome");
  for (const Outcome& o : outcomes) {
    std::string t = o.text;
    if (!t.empty() && t.back() == '\n') t.pop_back();
    std::printf("%7d  %10llu  %s%s\n", o.runs, (unsigned long long)o.first_seed, shown(t).c_str(),
                grading ? (o.expected ? "   [expected]" : "   [UNEXPECTED]") : "");
  }
  if (failed_to_start) std::printf("%d runs could not be started\n", failed_to_start);
  std::printf("%zu distinct outcome%s in %d runs (%s scheduler)", outcomes.size(), outcomes.size() == 1 ? "" : "s", n,
              options.sched.c_str());
  if (grading) std::printf("; %d unexpected", unexpected);
  std::printf("\n");
  if (!outcomes.empty())
    std::printf("reproduce one with: pyglass%s%s --seed %llu %s\n", options.sched == "pct" ? " --sched pct" : "", "",
                (unsigned long long)outcomes.back().first_seed, script.c_str());
  std::fflush(stdout);
  return (unexpected || failed_to_start) ? 1 : 0;
}

}  // namespace ins
