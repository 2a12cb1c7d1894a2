// Micro-benchmarks of the operations the eval loop leans on.
#include <benchmark/benchmark.h>

#include "interp/code.h"
#include "runtime/api.h"
#include "runtime/threads/state.h"

namespace {

void ensure_runtime() {
  static bool done = [] {
    rt::runtime_init();
    return true;
  }();
  (void)done;
}

void BM_SmallIntAdd(benchmark::State& st) {
  ensure_runtime();
  rt::Object* a = rt::int_from_i64(1000);
  rt::Object* b = rt::int_from_i64(7);
  for (auto _ : st) {
    rt::Object* r = rt::number_binop(a, b, rt::BINOP_ADD);
    benchmark::DoNotOptimize(r);
    rt::decref(r);
  }
  rt::decref(a);
  rt::decref(b);
}
BENCHMARK(BM_SmallIntAdd);

void BM_FloatAllocFree(benchmark::State& st) {
  ensure_runtime();
  double d = 0.5;
  for (auto _ : st) {
    rt::Object* f = rt::float_from_double(d);
    benchmark::DoNotOptimize(f);
    rt::decref(f);
  }
}
BENCHMARK(BM_FloatAllocFree);

void BM_DictLookupInternedStr(benchmark::State& st) {
  ensure_runtime();
  rt::Object* d = rt::dict_new();
  for (int i = 0; i < 64; i++) {
    rt::Object* k = rt::str_intern_cstr(("name" + std::to_string(i)).c_str());
    rt::dict_setitem(d, k, rt::None);
    rt::decref(k);
  }
  rt::Object* key = rt::str_intern_cstr("name17");
  rt::hash_t h = rt::str_hash(key);
  for (auto _ : st) benchmark::DoNotOptimize(rt::dict_getitem_known_hash(d, key, h));
  rt::decref(key);
  rt::decref(d);
}
BENCHMARK(BM_DictLookupInternedStr);

void BM_ListAppend(benchmark::State& st) {
  ensure_runtime();
  for (auto _ : st) {
    rt::Object* l = rt::list_new(0);
    for (int i = 0; i < 100; i++) rt::list_append(l, rt::None);
    rt::decref(l);
  }
}
BENCHMARK(BM_ListAppend);

void BM_EvalCountdown(benchmark::State& st) {
  ensure_runtime();
  const char* src = "def f(n):\n    while n > 0:\n        n -= 1\nf(10000)\n";
  interp::CodeObject* code = interp::compile_source(src, "<bench>", interp::CompileMode::File);
  for (auto _ : st) {
    rt::Object* g = rt::dict_new();
    rt::dict_setitem_str(g, "__builtins__", rt::dict_getitem_str(rt::interp_state()->modules, "builtins"));
    rt::Object* r = interp::eval_code(code, g, g);
    benchmark::DoNotOptimize(r);
    rt::xdecref(r);
    rt::dict_clear(g);
    rt::decref(g);
  }
  rt::xdecref(code);
  st.SetItemsProcessed(st.iterations() * 10000);
}
BENCHMARK(BM_EvalCountdown);

}  // namespace

BENCHMARK_MAIN();
