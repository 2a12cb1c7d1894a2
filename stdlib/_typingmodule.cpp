// The _typing module: typing.py's accelerators.  CPython 3.11 has one,
// _idfunc(x) -> x, which typing.NewType uses as its __call__ (a built-in
// function is no descriptor, so NewType('UserId', int)(5) calls it with the
// value alone).  typing.py falls back to a Python function when the module
// is missing; test_typing runs NewType's tests on both.
#include "../runtime/objects.h"
#include "clinic.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

Object* typing_idfunc(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("_typing._idfunc", nargs, kwnames)) return nullptr;
  return newref(args[0]);
}

MethodDef typing_functions[] = {
    {"_idfunc", typing_idfunc, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_typing_module() {
  return native::make_module("_typing", "Accelerators for the typing module.\n", typing_functions, {});
}

}  // namespace stdlib
