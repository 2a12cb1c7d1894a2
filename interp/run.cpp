// Running code: module and eval code in a new frame (eval_code, run_source),
// and what the running frame tells the rest of the VM (its globals, locals,
// line, and zero-argument super()'s arguments).
#include "frame.h"
#include "function.h"

namespace interp {

using namespace rt;

Object* eval_code(CodeObject* code, Object* globals, Object* locals, Object* closure) {
  if (!dict_getitem_known_hash(globals, names::__builtins__, str_hash(names::__builtins__))) {
    if (err_occurred()) return nullptr;
    Object* bmod = dict_getitem_str(interp_state()->modules, "builtins");
    if (dict_setitem(globals, names::__builtins__, bmod ? bmod : interp_state()->builtins) < 0) return nullptr;
  }
  Frame* f = frame_new(code, nullptr, globals, builtins_for_globals(globals),
                       (code->flags & CO_OPTIMIZED) ? nullptr : (locals ? locals : globals));
  if (!f) return nullptr;
  if ((code->ncells | code->nfrees) && frame_init_cells(f, closure) < 0) {
    decref(f);
    return nullptr;
  }
  Object* r = eval_frame(f, false);
  frame_after_call(f);
  decref(f);
  return r;
}

Object* run_source(std::string_view source, const char* filename, Object* globals) {
  CodeObject* code = compile_source(source, filename, CompileMode::File);
  if (!code) return nullptr;
  if (!globals) {
    Object* m = interp_state()->main_module;
    if (!m) m = dict_getitem_str(interp_state()->modules, "__main__");
    if (!m) {
      decref(code);
      err_set_string(Exc_RuntimeError, "no __main__ module");
      return nullptr;
    }
    globals = module_get_dict(m);
  }
  if (!dict_getitem_known_hash(globals, names::__file__, str_hash(names::__file__))) {
    Object* fn = str_from_cstr(filename);
    if (fn) {
      dict_setitem(globals, names::__file__, fn);
      decref(fn);
    }
  }
  Object* r = eval_code(code, globals, globals);
  decref(code);
  return r;
}

Object* current_globals() {
  Frame* f = tstate()->frame;
  return f ? f->globals : nullptr;
}

Object* current_builtins() {
  Frame* f = tstate()->frame;
  return f ? f->builtins : interp_state()->builtins;
}

Object* current_locals() {
  Frame* f = tstate()->frame;
  if (!f) {
    err_set_string(Exc_SystemError, "no current frame");
    return nullptr;
  }
  return frame_get_locals(f);
}

int current_line() {
  Frame* f = tstate()->frame;
  return f ? f->lineno() : 0;
}

bool frame_super_args(TypeObject** cls, Object** self) {
  Frame* f = tstate()->frame;
  if (!f) {
    err_set_string(Exc_RuntimeError, "super(): no current frame");
    return false;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0) {
    err_set_string(Exc_RuntimeError, "super(): no arguments");
    return false;
  }
  Object* first = f->localsplus[0];
  if (!first && co->cell2arg) {
    for (int i = 0; i < co->ncells; ++i) {
      if (co->cell2arg[i] == 0) {
        Object* c = f->localsplus[co->nlocals + i];
        first = c ? cell_get(c) : nullptr;
        break;
      }
    }
  }
  if (!first) {
    err_set_string(Exc_RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < co->nfrees; ++i) {
    Object* name = tuple_get(co->freevars, i);
    if (name == names::__class__ || str_equal(name, names::__class__)) {
      Object* cell = f->localsplus[co->nlocals + co->ncells + i];
      Object* c = cell && is_cell(cell) ? cell_get(cell) : nullptr;
      if (!c) {
        err_set_string(Exc_RuntimeError, "super(): empty __class__ cell");
        return false;
      }
      if (!is_type(c)) {
        err_format(Exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(c));
        return false;
      }
      *cls = static_cast<TypeObject*>(c);
      *self = first;
      return true;
    }
  }
  err_set_string(Exc_RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace interp
