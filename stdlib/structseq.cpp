// Struct sequences (see structseq.h).
#include "structseq.h"
#include "native.h"

#include <string>

namespace stdlib {
using namespace rt;

const char structseq_unnamed[] = "unnamed field";

namespace {

bool is_unnamed(const char* f) { return f == structseq_unnamed; }

StructSeqType* sstype(Object* o) { return static_cast<StructSeqType*>(type_of(o)); }

void ss_dealloc(Object* o) {
  gc_untrack(o);
  int n = sstype(o)->n_fields;
  Object** items = tuple_items(o);
  for (int i = 0; i < n; i++) clearref(items[i]);
  free_object(o);
}

int ss_traverse(Object* o, visitproc visit, void* arg) {
  int n = sstype(o)->n_fields;
  Object** items = tuple_items(o);
  for (int i = 0; i < n; i++)
    if (items[i]) {
      int r = visit(items[i], arg);
      if (r) return r;
    }
  return 0;
}

int ss_clear(Object* o) {
  int n = sstype(o)->n_fields;
  Object** items = tuple_items(o);
  for (int i = 0; i < n; i++) {
    Object* old = items[i];
    items[i] = none_ref();
    xdecref(old);
  }
  return 0;
}

// As CPython: the visible items, each labelled with the next *named* field
// (so os.stat_result shows its integer times as st_atime=...).
Object* ss_repr(Object* o) {
  StructSeqType* t = sstype(o);
  std::string out = t->desc->type_name;
  out += '(';
  int named = 0;
  for (int i = 0; i < t->desc->n_in_sequence; i++) {
    while (named < t->n_fields && is_unnamed(t->desc->fields[named])) named++;
    if (i) out += ", ";
    out += named < t->n_fields ? t->desc->fields[named++] : "?";
    out += '=';
    Object* r = object_repr(tuple_items(o)[i]);
    if (!r) return nullptr;
    out += str_view(r);
    decref(r);
  }
  out += ')';
  return str_from(out);
}

Object* ss_get_field(Object* self, void* closure) {
  Object* v = tuple_items(self)[reinterpret_cast<intptr_t>(closure)];
  return newref(v ? v : None);
}

// struct_time(sequence): the sequence gives the visible fields and optionally the hidden ones.
Object* ss_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  StructSeqType* t = static_cast<StructSeqType*>(type);
  Object* argv[2] = {nullptr, nullptr};
  if (!parse_args(type->tp_name, args, nargs, kwnames, "sequence|dict", argv)) return nullptr;
  Object* seq = sequence_tuple(argv[0]);
  if (!seq) return nullptr;
  ssize len = size_of(seq);
  int min = t->desc->n_in_sequence, max = t->n_fields;
  if (len < min || len > max) {
    if (min == max)
      err_format(Exc_TypeError, "%s() takes a %d-sequence (%zd-sequence given)", type->tp_name, min, len);
    else if (len < min)
      err_format(Exc_TypeError, "%s() takes an at least %d-sequence (%zd-sequence given)", type->tp_name, min,
                 len);
    else
      err_format(Exc_TypeError, "%s() takes an at most %d-sequence (%zd-sequence given)", type->tp_name, max,
                 len);
    decref(seq);
    return nullptr;
  }
  Object* dict = argv[1] && argv[1] != None ? argv[1] : nullptr;
  if (dict && !is_dict(dict)) {
    err_format(Exc_TypeError, "%s() takes a dict as second arg, if any", type->tp_name);
    decref(seq);
    return nullptr;
  }
  Object* o = structseq_new(t);
  if (!o) {
    decref(seq);
    return nullptr;
  }
  for (ssize i = 0; i < len; i++) structseq_set_steal(o, int(i), newref(tuple_get(seq, i)));
  decref(seq);
  // Fields past the sequence come from the dict by name (None when absent).
  for (int i = int(len); dict && i < t->n_fields; i++) {
    if (is_unnamed(t->desc->fields[i])) continue;
    Object* v = dict_getitem_str(dict, t->desc->fields[i]);
    if (v) structseq_set_steal(o, i, newref(v));
  }
  return o;
}

// __reduce__: (type, (visible items, {hidden field: value})), so copy and pickle work.
Object* ss_reduce(Object* self, Object* const*, ssize, Object*) {
  StructSeqType* t = sstype(self);
  Object* visible = tuple_from_array(tuple_items(self), t->desc->n_in_sequence);
  Object* hidden = dict_new();
  if (!visible || !hidden) {
    xdecref(visible);
    xdecref(hidden);
    return nullptr;
  }
  for (int i = t->desc->n_in_sequence; i < t->n_fields; i++) {
    if (is_unnamed(t->desc->fields[i])) continue;
    if (dict_setitem_str(hidden, t->desc->fields[i], tuple_items(self)[i]) < 0) {
      decref(visible);
      decref(hidden);
      return nullptr;
    }
  }
  Object* args = tuple_pack(2, visible, hidden);
  decref(visible);
  decref(hidden);
  if (!args) return nullptr;
  Object* r = tuple_pack(2, reinterpret_cast<Object*>(t), args);
  decref(args);
  return r;
}

MethodDef ss_methods[] = {
    {"__reduce__", ss_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int set_class_int(StructSeqType* t, const char* name, int v) {
  Object* i = int_from_i64(v);
  if (!i) return -1;
  int r = dict_setitem_str(t->tp_dict, name, i);
  decref(i);
  return r;
}

}  // namespace

int structseq_init_type(StructSeqType* t, const StructSeqDesc* desc) {
  if (has_flag(t, TPFLAG_READY)) return 0;
  int n = 0;
  while (desc->fields[n]) n++;
  t->desc = desc;
  t->n_fields = n;
  t->getsets = new GetSetDef[n + 1]();
  int g = 0;
  for (int i = 0; i < n; i++) {
    if (is_unnamed(desc->fields[i])) {
      t->n_unnamed++;
      continue;
    }
    t->getsets[g++] = GetSetDef{desc->fields[i], ss_get_field, nullptr, nullptr,
                                reinterpret_cast<void*>(static_cast<intptr_t>(i))};
  }
  t->getsets[g] = GetSetDef{nullptr, nullptr, nullptr, nullptr, nullptr};
  t->tp_methods = ss_methods;
  t->tp_name = desc->type_name;
  t->tp_basicsize = sizeof(VarObject);
  t->tp_itemsize = sizeof(Object*);
  t->tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_TUPLE_SUBCLASS;
  t->tp_base = &TupleType;
  t->tp_dealloc = ss_dealloc;
  t->tp_traverse = ss_traverse;
  t->tp_clear = ss_clear;
  t->tp_repr = ss_repr;
  t->tp_str = ss_repr;
  t->tp_new = ss_new;
  t->tp_getset = t->getsets;
  // A static type: immortal, linked into the refchain once.
  t->ob_type = &TypeType;
  t->ob_refcnt = IMMORTAL_REFCNT;
  if (type_ready(t) < 0) return -1;
  if (!t->ob_next) refchain_link(t);
  // Class attributes CPython's struct sequences have.
  if (set_class_int(t, "n_sequence_fields", desc->n_in_sequence) < 0 || set_class_int(t, "n_fields", n) < 0 ||
      set_class_int(t, "n_unnamed_fields", t->n_unnamed) < 0)
    return -1;
  Object* match_args = list_new(0);
  if (!match_args) return -1;
  for (int i = 0; i < desc->n_in_sequence; i++) {
    if (is_unnamed(desc->fields[i])) continue;
    Object* name = str_intern_cstr(desc->fields[i]);
    if (!name || list_append(match_args, name) < 0) {
      xdecref(name);
      decref(match_args);
      return -1;
    }
    decref(name);
  }
  Object* ma = list_as_tuple(match_args);
  decref(match_args);
  if (!ma) return -1;
  int r = dict_setitem_str(t->tp_dict, "__match_args__", ma);
  decref(ma);
  return r;
}

Object* structseq_new(StructSeqType* t) {
  VarObject* o = alloc_var_object(t, t->n_fields);
  if (!o) return nullptr;
  Object** items = tuple_items(o);
  for (int i = 0; i < t->n_fields; i++) items[i] = none_ref();
  o->ob_size = t->desc->n_in_sequence;
  gc_track(o);
  return o;
}

Object* structseq_pack(StructSeqType* type, std::initializer_list<Object*> items) {
  Object* o = structseq_new(type);
  bool ok = o != nullptr;
  int i = 0;
  for (Object* v : items) {
    if (!v) ok = false;
    if (o) structseq_set_steal(o, i, v ? v : none_ref());
    else xdecref(v);
    i++;
  }
  if (!ok) {
    xdecref(o);
    return nullptr;
  }
  return o;
}

int structseq_ready_on_import(StructSeqType* type, const StructSeqDesc* desc) {
  return native::ready_immortal(
      type,
      [](TypeObject* t, const void* d) {
        return structseq_init_type(static_cast<StructSeqType*>(t), static_cast<const StructSeqDesc*>(d));
      },
      desc);
}

}  // namespace stdlib
