// The time module: clocks, sleep, struct_time conversions and formatting.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "fileio.h"
#include "runtime/threads/sched.h"
#include "modules.h"
#include "structseq.h"
#include "runtime/numbers/bigint.h"
#include "runtime/numbers/int.h"
#include <climits>
#include <pthread.h>

namespace stdlib {
using namespace rt;

namespace {

const char* const struct_time_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                          "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", nullptr};
const StructSeqDesc struct_time_desc = {"time.struct_time", struct_time_fields, 9};
StructSeqType StructTimeType;

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
double clock_secs(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// time(), monotonic() and perf_counter() come from the scheduler layer: the OS
// clocks, or the virtual clock in seeded mode (--seed).
Object* t_time(Object*, Object* const*, ssize, Object*) { return float_from_double(sched::wall_time()); }
Object* t_time_ns(Object*, Object* const*, ssize, Object*) { return int_from_i64(sched::wall_time_ns()); }
Object* t_monotonic(Object*, Object* const*, ssize, Object*) { return float_from_double(sched::monotonic()); }
Object* t_monotonic_ns(Object*, Object* const*, ssize, Object*) { return int_from_i64(sched::monotonic_ns()); }
Object* t_process_time(Object*, Object* const*, ssize, Object*) {
  return float_from_double(clock_secs(CLOCK_PROCESS_CPUTIME_ID));
}
Object* t_process_time_ns(Object*, Object* const*, ssize, Object*) {
  return int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
Object* t_thread_time(Object*, Object* const*, ssize, Object*) {
  return float_from_double(clock_secs(CLOCK_THREAD_CPUTIME_ID));
}
Object* t_thread_time_ns(Object*, Object* const*, ssize, Object*) {
  return int_from_i64(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

Object* t_sleep(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sleep", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "time.sleep() takes exactly one argument (%zd given)", nargs);
  if (!is_int(args[0]) && !is_float(args[0]))
    return err_format_null(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  bool ok = true;
  double secs = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (std::isnan(secs)) return err_format_null(Exc_ValueError, "Invalid value NaN (not a number)");
  // CPython counts time in int64 nanoseconds: about 292 years at most.
  if (is_int(args[0]) && std::fabs(secs) * 1e9 >= 9223372036854775807.0)
    return err_format_null(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
  if (secs * 1e9 >= 9223372036854775807.0)
    return err_format_null(Exc_OverflowError, "timestamp out of range for platform time_t");
  if (secs < 0) return err_format_null(Exc_ValueError, "sleep length must be non-negative");
  if (sleep_for(secs) < 0) return nullptr;
  return none_ref();
}

// Seconds argument (None or absent: now) as time_t, flooring as CPython does.
bool secs_arg(Object* o, time_t* out) {
  if (!o || o == None) {
    *out = ::time(nullptr);
    return true;
  }
  if (is_int(o)) {
    int64_t v = int_as_i64(o);
    if (v == -1 && err_occurred()) {
      if (err_matches(Exc_OverflowError)) {
        err_clear();
        err_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
      }
      return false;
    }
    *out = time_t(v);
    return true;
  }
  bool ok = true;
  double d = number_as_double(o, &ok);
  if (!ok) return false;
  if (std::isnan(d)) {
    err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  d = std::floor(d);
  if (d >= 9.2e18 || d <= -9.2e18) {
    err_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = time_t(d);
  return true;
}

Object* tm_to_struct_time(const struct tm& tm) {
  if (structseq_init_type(&StructTimeType, &struct_time_desc) < 0) return nullptr;
  Object* o = structseq_new(&StructTimeType);
  if (!o) return nullptr;
  int64_t vals[9] = {tm.tm_year + 1900LL, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                     tm.tm_sec, (tm.tm_wday + 6) % 7, tm.tm_yday + 1, tm.tm_isdst};
  for (int i = 0; i < 9; i++) {
    Object* v = int_from_i64(vals[i]);
    if (!v) {
      decref(o);
      return nullptr;
    }
    structseq_set_steal(o, i, v);
  }
  Object* zone = str_from_cstr(tm.tm_zone ? tm.tm_zone : "");
  Object* off = int_from_i64(tm.tm_gmtoff);
  if (!zone || !off) {
    xdecref(zone);
    xdecref(off);
    decref(o);
    return nullptr;
  }
  structseq_set_steal(o, 9, zone);
  structseq_set_steal(o, 10, off);
  return o;
}

Object* convert_time(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool local) {
  if (!no_kwargs(fname, kwnames)) return nullptr;
  if (nargs > 1) return err_format_null(Exc_TypeError, "%s expected at most 1 argument, got %zd", fname, nargs);
  time_t t;
  if (!secs_arg(nargs ? args[0] : nullptr, &t)) return nullptr;
  struct tm tm;
  if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
    err_set_from_errno(Exc_OverflowError, errno ? errno : EOVERFLOW);
    return nullptr;
  }
  return tm_to_struct_time(tm);
}

Object* t_gmtime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return convert_time("gmtime", args, nargs, kwnames, false);
}
Object* t_localtime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return convert_time("localtime", args, nargs, kwnames, true);
}

// A 9-sequence (or struct_time) to struct tm.
bool tuple_to_tm(const char* fname, Object* o, struct tm* tm) {
  memset(tm, 0, sizeof *tm);
  if (!is_tuple(o)) {
    err_set_string(Exc_TypeError, "Tuple or struct_time argument required");
    return false;
  }
  ssize n = size_of(o);
  if (n != 9) {
    err_format(Exc_TypeError, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int64_t v[9];
  for (int i = 0; i < 9; i++) {
    Object* item = tuple_get(o, i);
    if (!is_int(item)) {
      err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(item));
      return false;
    }
    v[i] = int_as_i64(item);
    if (v[i] == -1 && err_occurred()) return false;
  }
  tm->tm_year = int(v[0] - 1900);
  tm->tm_mon = int(v[1] - 1);
  tm->tm_mday = int(v[2]);
  tm->tm_hour = int(v[3]);
  tm->tm_min = int(v[4]);
  tm->tm_sec = int(v[5]);
  tm->tm_wday = int((v[6] + 1) % 7);
  tm->tm_yday = int(v[7] - 1);
  tm->tm_isdst = int(v[8]);
  if (type_of(o) == &StructTimeType) {
    Object* zone = structseq_get(o, 9);
    Object* off = structseq_get(o, 10);
    if (zone && is_str(zone)) tm->tm_zone = str_utf8(zone);  // valid while o lives
    if (off && is_int(off)) tm->tm_gmtoff = long(int_as_i64(off));
  }
  return true;
}

// CPython's checks for asctime/strftime, normalizing zero fields.
bool check_tm(struct tm* tm, bool for_strftime) {
  if (for_strftime) {
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    if (tm->tm_isdst < -1) tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
  }
  const char* msg = nullptr;
  if (tm->tm_mon < 0 || tm->tm_mon > 11) msg = "month out of range";
  else if (tm->tm_mday < 1 || tm->tm_mday > 31) msg = "day of month out of range";
  else if (tm->tm_hour < 0 || tm->tm_hour > 23) msg = "hour out of range";
  else if (tm->tm_min < 0 || tm->tm_min > 59) msg = "minute out of range";
  else if (tm->tm_sec < 0 || tm->tm_sec > 61) msg = "seconds out of range";
  else if (tm->tm_wday < 0) msg = "day of week out of range";
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) msg = "day of year out of range";
  if (msg) {
    err_set_string(Exc_ValueError, msg);
    return false;
  }
  return true;
}

Object* format_asctime(const struct tm& tm) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm.tm_wday % 7], months[tm.tm_mon % 12],
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
  return str_from_cstr(buf);
}

// The struct tm for an optional time-tuple argument (absent: local time now).
bool tm_arg(const char* fname, Object* o, struct tm* tm, bool for_strftime) {
  if (!o) {
    time_t t = ::time(nullptr);
    localtime_r(&t, tm);
    return true;
  }
  return tuple_to_tm(fname, o, tm) && check_tm(tm, for_strftime);
}

Object* t_asctime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("asctime", kwnames)) return nullptr;
  if (nargs > 1) return err_format_null(Exc_TypeError, "asctime expected at most 1 argument, got %zd", nargs);
  struct tm tm;
  if (!tm_arg("asctime", nargs ? args[0] : nullptr, &tm, false)) return nullptr;
  return format_asctime(tm);
}

Object* t_ctime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("ctime", kwnames)) return nullptr;
  if (nargs > 1) return err_format_null(Exc_TypeError, "ctime expected at most 1 argument, got %zd", nargs);
  time_t t;
  if (!secs_arg(nargs ? args[0] : nullptr, &t)) return nullptr;
  struct tm tm;
  if (!localtime_r(&t, &tm)) {
    err_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
    return nullptr;
  }
  return format_asctime(tm);
}

Object* t_mktime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("mktime", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "time.mktime() takes exactly one argument (%zd given)", nargs);
  struct tm tm;
  if (!tuple_to_tm("mktime", args[0], &tm)) return nullptr;
  tm.tm_wday = -1;  // sentinel: mktime() sets it on success
  time_t t = ::mktime(&tm);
  if (t == time_t(-1) && tm.tm_wday == -1)
    return err_format_null(Exc_OverflowError, "mktime argument out of range");
  return float_from_double(double(t));
}

Object* t_strftime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("strftime", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "strftime() takes at most 2 arguments (%zd given)", nargs);
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "strftime() argument 1 must be str, not %s", type_name(args[0]));
  struct tm tm;
  if (!tm_arg("strftime", nargs > 1 ? args[1] : nullptr, &tm, true)) return nullptr;
  std::string fmt(str_view(args[0]));
  if (fmt.empty()) return str_from_cstr("");
  // strftime returns 0 both for "too small" and for an empty result: grow up to a bound.
  for (size_t size = 256; size <= 256 * fmt.size() + 1024; size *= 2) {
    std::string buf(size, '\0');
    size_t n = ::strftime(buf.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size > 64 * fmt.size()) return str_from_utf8(buf.data(), ssize(n));
  }
  return str_from_cstr("");
}


// ---- clock_* (POSIX clocks by id) ---------------------------------------------------------------------
// The clk_id argument: CPython's 'i' converter ("signed integer is greater than maximum").
bool clock_id_arg(Object* o, clockid_t* out) {
  Object* i = number_index(o);
  if (!i) return false;
  int64_t v = int_fits_i64(i) ? int_as_i64(i) : (int_sign(i) < 0 ? INT64_MIN : INT64_MAX);
  decref(i);
  if (v > INT_MAX) {
    err_set_string(Exc_OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (v < INT_MIN) {
    err_set_string(Exc_OverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = clockid_t(v);
  return true;
}

bool positional(const char* fname, ssize nargs, Object* kwnames, ssize n) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != n) {
    err_format(Exc_TypeError, "%s() takes exactly %zd argument%s (%zd given)", fname, n, n == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// clock_gettime / clock_getres through fn; nullptr with OSError on failure.
bool query_clock(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                 int (*fn)(clockid_t, struct timespec*), struct timespec* ts) {
  clockid_t id;
  if (!positional(fname, nargs, kwnames, 1) || !clock_id_arg(args[0], &id)) return false;
  if (fn(id, ts) != 0) {
    err_set_from_errno(Exc_OSError, errno);
    return false;
  }
  return true;
}

Object* t_clock_gettime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  struct timespec ts;
  if (!query_clock("clock_gettime", args, nargs, kwnames, ::clock_gettime, &ts)) return nullptr;
  return float_from_double(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}
Object* t_clock_gettime_ns(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  struct timespec ts;
  if (!query_clock("clock_gettime_ns", args, nargs, kwnames, ::clock_gettime, &ts)) return nullptr;
  return int_from_i64(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}
Object* t_clock_getres(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  struct timespec ts;
  if (!query_clock("clock_getres", args, nargs, kwnames, ::clock_getres, &ts)) return nullptr;
  return float_from_double(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}

int set_clock(clockid_t id, int64_t ns) {
  struct timespec ts;
  ts.tv_sec = time_t(ns / 1000000000);
  ts.tv_nsec = long(ns % 1000000000);
  if (ts.tv_nsec < 0) {
    ts.tv_nsec += 1000000000;
    ts.tv_sec -= 1;
  }
  if (::clock_settime(id, &ts) != 0) {
    err_set_from_errno(Exc_OSError, errno);
    return -1;
  }
  return 0;
}

Object* t_clock_settime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  clockid_t id;
  if (!positional("clock_settime", nargs, kwnames, 2) || !clock_id_arg(args[0], &id)) return nullptr;
  int64_t ns;
  if (is_float(args[1])) {
    double d = float_as_double(args[1]);
    if (std::isnan(d)) return err_format_null(Exc_ValueError, "Invalid value NaN (not a number)");
    d *= 1e9;
    if (!(d >= -9.2e18 && d <= 9.2e18))
      return err_format_null(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    ns = int64_t(d);
  } else {
    Object* i = number_index(args[1]);
    if (!i) return nullptr;
    int64_t secs = int_fits_i64(i) ? int_as_i64(i) : INT64_MAX;
    decref(i);
    if (secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000)
      return err_format_null(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    ns = secs * 1000000000;
  }
  if (set_clock(id, ns) < 0) return nullptr;
  return none_ref();
}

Object* t_clock_settime_ns(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  clockid_t id;
  if (!positional("clock_settime_ns", nargs, kwnames, 2) || !clock_id_arg(args[0], &id)) return nullptr;
  if (!is_int(args[1])) return err_format_null(Exc_TypeError, "expect int, got %s", type_name(args[1]));
  if (!int_fits_i64(args[1])) return err_format_null(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
  if (set_clock(id, int_as_i64(args[1])) < 0) return nullptr;
  return none_ref();
}

Object* t_pthread_getcpuclockid(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("pthread_getcpuclockid", nargs, kwnames, 1)) return nullptr;
  if (!is_int(args[0]))
    return err_format_null(Exc_TypeError, "pthread_getcpuclockid() argument 1 must be int, not %s",
                           type_name(args[0]));
  BigInt tmp;
  uint8_t bytes[8];
  if (!bigint_to_bytes(int_as_bigint(args[0], tmp), bytes, 8, true, false))
    return err_format_null(Exc_OverflowError, "Python int too large to convert to C unsigned long");
  uint64_t v;
  memcpy(&v, bytes, 8);
  clockid_t id;
  int err = pthread_getcpuclockid(pthread_t(v), &id);
  if (err) {
    err_set_from_errno(Exc_OSError, err);
    return nullptr;
  }
  return int_from_i64(id);
}

// get_clock_info(name): how each clock of this module is read (seeded mode
// reads the virtual clock instead; the answer describes the real one).
Object* t_get_clock_info(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("get_clock_info", nargs, kwnames, 1)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "get_clock_info() argument 1 must be str, not %s", type_name(args[0]));
  struct Info {
    const char* name;
    const char* impl;
    clockid_t id;
    bool monotonic, adjustable;
  };
  static const Info infos[] = {
      {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
      {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
      {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
      {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false},
      {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false},
  };
  const Info* info = nullptr;
  for (const Info& i : infos)
    if (str_eq_cstr(args[0], i.name)) info = &i;
  if (!info) return err_format_null(Exc_ValueError, "unknown clock");
  struct timespec res;
  double resolution = ::clock_getres(info->id, &res) == 0 ? double(res.tv_sec) + double(res.tv_nsec) * 1e-9 : 1e-9;
  Object* d = dict_new();
  if (!d) return nullptr;
  Object* impl = str_from_cstr(info->impl);
  Object* r = float_from_double(resolution);
  Object* result = nullptr;
  if (impl && r && dict_setitem_str(d, "implementation", impl) == 0 &&
      dict_setitem_str(d, "monotonic", info->monotonic ? True : False) == 0 &&
      dict_setitem_str(d, "adjustable", info->adjustable ? True : False) == 0 &&
      dict_setitem_str(d, "resolution", r) == 0)
    result = namespace_new(d);
  xdecref(impl);
  xdecref(r);
  decref(d);
  return result;
}

// strptime(string, format): CPython's _strptime module does the work.
Object* t_strptime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("strptime", kwnames)) return nullptr;
  Object* mod = import_module("_strptime");
  if (!mod) return nullptr;
  Object* fn = object_getattr_str(mod, "_strptime_time");
  decref(mod);
  if (!fn) return nullptr;
  Object* r = call(fn, args, nargs);
  decref(fn);
  return r;
}

int set_tz_attributes(Object* m);

Object* t_tzset(Object* m, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("time.tzset", nargs, kwnames)) return nullptr;
  ::tzset();
  if (set_tz_attributes(m) < 0) return nullptr;
  return none_ref();
}

MethodDef time_functions[] = {
    {"time", t_time, METH_DEFAULT, nullptr},
    {"time_ns", t_time_ns, METH_DEFAULT, nullptr},
    {"sleep", t_sleep, METH_DEFAULT, nullptr},
    {"perf_counter", t_monotonic, METH_DEFAULT, nullptr},
    {"perf_counter_ns", t_monotonic_ns, METH_DEFAULT, nullptr},
    {"monotonic", t_monotonic, METH_DEFAULT, nullptr},
    {"monotonic_ns", t_monotonic_ns, METH_DEFAULT, nullptr},
    {"process_time", t_process_time, METH_DEFAULT, nullptr},
    {"process_time_ns", t_process_time_ns, METH_DEFAULT, nullptr},
    {"thread_time", t_thread_time, METH_DEFAULT, nullptr},
    {"thread_time_ns", t_thread_time_ns, METH_DEFAULT, nullptr},
    {"clock", t_monotonic, METH_DEFAULT, nullptr},
    {"gmtime", t_gmtime, METH_DEFAULT, nullptr},
    {"localtime", t_localtime, METH_DEFAULT, nullptr},
    {"asctime", t_asctime, METH_DEFAULT, nullptr},
    {"ctime", t_ctime, METH_DEFAULT, nullptr},
    {"mktime", t_mktime, METH_DEFAULT, nullptr},
    {"strftime", t_strftime, METH_DEFAULT, nullptr},
    // natives4: the rest of CPython's time module
    {"clock_gettime", t_clock_gettime, METH_DEFAULT, nullptr},
    {"clock_gettime_ns", t_clock_gettime_ns, METH_DEFAULT, nullptr},
    {"clock_getres", t_clock_getres, METH_DEFAULT, nullptr},
    {"clock_settime", t_clock_settime, METH_DEFAULT, nullptr},
    {"clock_settime_ns", t_clock_settime_ns, METH_DEFAULT, nullptr},
    {"pthread_getcpuclockid", t_pthread_getcpuclockid, METH_DEFAULT, nullptr},
    {"get_clock_info", t_get_clock_info, METH_DEFAULT, nullptr},
    {"strptime", t_strptime, METH_DEFAULT, nullptr},
    {"tzset", t_tzset, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// m.name = v (v stolen; null: an error is set).
int object_setattr_steal(Object* m, const char* name, Object* v) {
  if (!v) return -1;
  int r = object_setattr_str(m, name, v);
  decref(v);
  return r;
}

// tzname, timezone, altzone, daylight from the C library's current zone (at
// import and after tzset()).
int set_tz_attributes(Object* m) {
  ::tzset();
  {
    // Offsets west of UTC, as CPython computes them from January and July of this year.
    time_t now = ::time(nullptr);
    struct tm tm;
    localtime_r(&now, &tm);
    int year = tm.tm_year;
    struct tm jan = {}, jul = {};
    jan.tm_year = jul.tm_year = year;
    jan.tm_mday = jul.tm_mday = 1;
    jul.tm_mon = 6;
    jan.tm_isdst = jul.tm_isdst = -1;
    time_t tjan = ::mktime(&jan), tjul = ::mktime(&jul);
    struct tm ljan, ljul;
    localtime_r(&tjan, &ljan);
    localtime_r(&tjul, &ljul);
    long janoff = -ljan.tm_gmtoff, juloff = -ljul.tm_gmtoff;
    const char* janname = ljan.tm_zone ? ljan.tm_zone : "";
    const char* julname = ljul.tm_zone ? ljul.tm_zone : "";
    long tz = janoff, alt = juloff;
    const char *n0 = janname, *n1 = julname;
    if (janoff < juloff) {  // southern hemisphere: DST in January
      tz = juloff;
      alt = janoff;
      n0 = julname;
      n1 = janname;
    }
    Object* names_tuple = nullptr;
    Object* s0 = str_from_cstr(n0);
    Object* s1 = str_from_cstr(n1);
    if (s0 && s1) names_tuple = tuple_pack(2, s0, s1);
    xdecref(s0);
    xdecref(s1);
    if (!names_tuple || object_setattr_steal(m, "tzname", names_tuple) < 0 ||
        object_setattr_steal(m, "timezone", int_from_i64(tz)) < 0 ||
        object_setattr_steal(m, "altzone", int_from_i64(alt)) < 0 ||
        object_setattr_steal(m, "daylight", int_from_i64(janoff != juloff)) < 0)
      return -1;
  }
  return 0;
}

}  // namespace

int ready_time_types() { return structseq_init_type(&StructTimeType, &struct_time_desc); }

Object* init_time_module() {
  if (structseq_init_type(&StructTimeType, &struct_time_desc) < 0) return nullptr;
  Object* m = module_new("time");
  if (!m) return nullptr;
  if (module_add_functions(m, time_functions) < 0) goto fail;
  if (module_add_object(m, "struct_time", newref(static_cast<Object*>(&StructTimeType))) < 0) goto fail;
  if (set_tz_attributes(m) < 0) goto fail;
  {
    struct {
      const char* name;
      clockid_t id;
    } const clocks[] = {{"CLOCK_BOOTTIME", CLOCK_BOOTTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
                        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
                        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_TAI", CLOCK_TAI},
                        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"_STRUCT_TM_ITEMS", 11}};
    for (const auto& c : clocks)
      if (module_add_object(m, c.name, int_from_i64(c.id)) < 0) goto fail;
  }
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib
