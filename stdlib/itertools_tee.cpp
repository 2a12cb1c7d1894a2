// itertools' iterators that share state between several objects: tee (the
// _tee iterators over a linked list of _tee_dataobject buffers) and groupby
// (whose _grouper sub-iterators pull from their parent).
//
// tee: the items read from the input are stored in a chain of
// _tee_dataobject links of LINKCELLS slots each.  Every _tee holds the link
// it reads and its index in it; the lead iterator fills the link, the others
// read what it stored.  A link is freed once no _tee points into it (or into
// a link before it), so memory holds only the items between the slowest and
// the fastest copy.  Invariants: numread <= LINKCELLS; a link has a
// nextlink only once it is full; all links share the one input iterator.
// Freeing a long chain is iterative (release_chain), so dropping a tee far
// behind its lead does not recurse once per link.
//
// groupby: the parent keeps the current item (currvalue/currkey) and the key
// of the group being handed out (tgtkey); a _grouper yields while the
// current key equals its own, and only while it is the parent's current
// grouper (currgrouper, a borrowed pointer compared by identity): advancing
// the parent to the next group ends the previous group's _grouper.
#include <cstddef>

#include "itertools.h"

#include "runtime/threads/state.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace stdlib::itertools {
using namespace rt;

TypeObject TeeType, TeeDataType, GroupByType, GrouperType;

namespace {

constexpr int LINKCELLS = 57;

// ---- _tee_dataobject -------------------------------------------------------------------
struct TeeDataObject : Object {
  Object* it;
  int numread;
  bool running;
  Object* nextlink;  // a TeeDataObject once this one is full, or null
  Object* values[LINKCELLS];
};
TeeDataObject* TD(Object* o) { return static_cast<TeeDataObject*>(o); }

Object* teedata_make(Object* it) {
  auto* d = native::alloc<TeeDataObject>(&TeeDataType);
  if (!d) return nullptr;
  d->it = newref(it);
  gc_track(d);
  return d;
}

// Drop a reference to a link; the links it alone keeps alive are freed one
// after the other instead of by nested deallocs.
void release_chain(Object* link) {
  while (link && type_of(link) == &TeeDataType && link->ob_refcnt == 1) {
    Object* next = TD(link)->nextlink;
    TD(link)->nextlink = nullptr;
    decref(link);
    link = next;
  }
  xdecref(link);
}

int teedata_clear(Object* o) {
  TeeDataObject* d = TD(o);
  clearref(d->it);
  for (int i = 0; i < d->numread; i++) clearref(d->values[i]);
  d->numread = 0;
  Object* next = d->nextlink;
  d->nextlink = nullptr;
  release_chain(next);
  return 0;
}

void teedata_dealloc(Object* o) {
  gc_untrack(o);
  teedata_clear(o);
  free_object(o);
}

int teedata_traverse(Object* o, visitproc visit, void* arg) {
  TeeDataObject* d = TD(o);
  if (d->it) {
    if (int r = visit(d->it, arg)) return r;
  }
  for (int i = 0; i < d->numread; i++)
    if (int r = visit(d->values[i], arg)) return r;
  return d->nextlink ? visit(d->nextlink, arg) : 0;
}

// Item i of the link (new reference): stored already, or read now by the lead iterator.
Object* teedata_getitem(TeeDataObject* d, int i) {
  if (i < d->numread) return newref(d->values[i]);
  if (d->running) return err_format_null(Exc_RuntimeError, "cannot re-enter the tee iterator");
  d->running = true;
  Object* v = iter_next(d->it);
  d->running = false;
  if (!v) return nullptr;
  d->values[d->numread++] = v;
  return newref(v);
}

Object* teedata_jumplink(TeeDataObject* d) {
  if (!d->nextlink) {
    d->nextlink = teedata_make(d->it);
    if (!d->nextlink) return nullptr;
  }
  return newref(d->nextlink);
}

Object* teedata_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_tee_dataobject", kwnames)) return nullptr;
  if (nargs != 3)
    return err_format_null(Exc_TypeError, "_tee_dataobject expected 3 arguments, got %zd", nargs);
  Object* values = args[1];
  Object* next = args[2];
  if (!is_list(values))
    return err_format_null(Exc_TypeError, "_tee_dataobject() argument 2 must be list, not %s", type_name(values));
  ssize len = size_of(values);
  bool ok = len <= LINKCELLS && (len == LINKCELLS ? (next == None || type_of(next) == &TeeDataType) : next == None);
  if (!ok) return err_format_null(Exc_ValueError, "Invalid arguments");
  Object* o = teedata_make(args[0]);
  if (!o) return nullptr;
  TeeDataObject* d = TD(o);
  for (ssize i = 0; i < len; i++) d->values[i] = newref(list_get(values, i));
  d->numread = int(len);
  if (next != None) d->nextlink = newref(next);
  return o;
}

Object* teedata_reduce(Object* o, Object* const*, ssize, Object*) {
  TeeDataObject* d = TD(o);
  Object* values = list_from_array(d->values, d->numread);
  if (!values) return nullptr;
  Object* args = tuple_pack(3, d->it ? d->it : None, values, d->nextlink ? d->nextlink : None);
  decref(values);
  if (!args) return nullptr;
  Object* r = tuple_pack(2, static_cast<Object*>(type_of(o)), args);
  decref(args);
  return r;
}

// ---- _tee ----------------------------------------------------------------------------
struct TeeObject : Object {
  Object* dataobj;  // the link read now
  int index;        // next slot to read in it
  Object* weakreflist;
};
using TeeRefs = RefFields<TeeObject, &TeeObject::dataobj>;

Object* tee_make(TypeObject* type, Object* dataobj, int index) {
  auto* t = native::alloc<TeeObject>(type);
  if (!t) return nullptr;
  t->dataobj = newref(dataobj);
  t->index = index;
  gc_track(t);
  return t;
}

Object* tee_copy(Object* o, Object* const*, ssize, Object*) {
  auto* t = static_cast<TeeObject*>(o);
  return tee_make(type_of(o), t->dataobj, t->index);
}

Object* tee_fromiterable(Object* iterable) {
  Object* it = object_get_iter(iterable);
  if (!it) return nullptr;
  Object* r;
  if (is_instance_of(it, &TeeType)) {
    r = tee_copy(it, nullptr, 0, nullptr);
  } else {
    Object* d = teedata_make(it);
    r = d ? tee_make(&TeeType, d, 0) : nullptr;
    xdecref(d);
  }
  decref(it);
  return r;
}

Object* tee_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_tee", kwnames)) return nullptr;
  if (!cont::check_nargs("_tee", nargs, 1, 1)) return nullptr;
  return tee_fromiterable(args[0]);
}

Object* tee_next(Object* o) {
  auto* t = static_cast<TeeObject*>(o);
  if (t->index >= LINKCELLS) {
    Object* link = teedata_jumplink(TD(t->dataobj));
    if (!link) return nullptr;
    Object* old = t->dataobj;
    t->dataobj = link;
    t->index = 0;
    release_chain(old);
  }
  Object* v = teedata_getitem(TD(t->dataobj), t->index);
  if (!v) return nullptr;
  t->index++;
  return v;
}

void tee_dealloc(Object* o) {
  auto* t = static_cast<TeeObject*>(o);
  gc_untrack(o);
  clear_weakrefs(o);
  Object* d = t->dataobj;
  t->dataobj = nullptr;
  release_chain(d);
  free_object(o);
}

int tee_clear(Object* o) {
  auto* t = static_cast<TeeObject*>(o);
  Object* d = t->dataobj;
  t->dataobj = nullptr;
  release_chain(d);
  return 0;
}

Object* tee_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* t = static_cast<TeeObject*>(o);
  Object* empty = empty_tuple();
  Object* args = tuple_pack(1, empty);
  decref(empty);
  Object* index = int_from_i64(t->index);
  Object* state = args && index ? tuple_pack(2, t->dataobj, index) : nullptr;
  Object* r = state ? tuple_pack(3, static_cast<Object*>(type_of(o)), args, state) : nullptr;
  xdecref(args);
  xdecref(index);
  xdecref(state);
  return r;
}

Object* tee_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* t = static_cast<TeeObject*>(o);
  Object* state = args[0];
  if (!is_tuple(state)) return err_format_null(Exc_TypeError, "state is not a tuple");
  if (size_of(state) != 2)
    return err_format_null(Exc_TypeError, "function takes exactly 2 arguments (%zd given)", size_of(state));
  Object* d = tuple_get(state, 0);
  if (type_of(d) != &TeeDataType)
    return err_format_null(Exc_TypeError, "argument 1 must be itertools._tee_dataobject, not %s", type_name(d));
  ssize index;
  if (!native::ssize_arg(tuple_get(state, 1), &index)) return nullptr;
  if (index < 0 || index > LINKCELLS) return err_format_null(Exc_ValueError, "Index out of range");
  Object* old = t->dataobj;
  t->dataobj = newref(d);
  t->index = int(index);
  release_chain(old);
  return none_ref();
}

// ---- groupby -------------------------------------------------------------------------
struct GroupByObject : Object {
  Object* it;
  Object* keyfunc;    // None: the item is its own key
  Object* tgtkey;     // key of the group handed out last
  Object* currkey;    // key of currvalue
  Object* currvalue;  // the item read ahead, or null
  Object* currgrouper;  // borrowed: the _grouper allowed to yield, or null
};
using GroupByRefs = RefFields<GroupByObject, &GroupByObject::it, &GroupByObject::keyfunc,
                                      &GroupByObject::tgtkey, &GroupByObject::currkey, &GroupByObject::currvalue>;

struct GrouperObject : Object {
  Object* parent;
  Object* tgtkey;
};
using GrouperRefs = RefFields<GrouperObject, &GrouperObject::parent, &GrouperObject::tgtkey>;

Object* groupby_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("groupby", args, nargs, kwnames, "iterable|key", a, native::ArgStyle::Getargs)) return nullptr;
  Object* it = object_get_iter(a[0]);
  if (!it) return nullptr;
  auto* g = native::alloc<GroupByObject>(type);
  if (!g) {
    decref(it);
    return nullptr;
  }
  g->it = it;
  g->keyfunc = newref(a[1] ? a[1] : None);
  gc_track(g);
  return g;
}

// Read the next item and its key into currvalue/currkey.  -1: error or exhausted.
int groupby_step(GroupByObject* g) {
  Object* value = iter_next(g->it);
  if (!value) return -1;
  Object* key;
  if (g->keyfunc == None) {
    key = newref(value);
  } else {
    key = call1(g->keyfunc, value);
    if (!key) {
      decref(value);
      return -1;
    }
  }
  setref(g->currvalue, value);
  setref(g->currkey, key);
  return 0;
}

Object* grouper_make(GroupByObject* parent, Object* tgtkey) {
  auto* gr = native::alloc<GrouperObject>(&GrouperType);
  if (!gr) return nullptr;
  gr->parent = newref(static_cast<Object*>(parent));
  gr->tgtkey = newref(tgtkey);
  parent->currgrouper = gr;
  gc_track(gr);
  return gr;
}

Object* groupby_next(Object* o) {
  auto* g = static_cast<GroupByObject*>(o);
  g->currgrouper = nullptr;
  // Skip the rest of the current group.
  for (;;) {
    if (g->currkey) {
      if (!g->tgtkey) break;
      int eq = object_richcompare_bool(g->tgtkey, g->currkey, CMP_EQ);
      if (eq < 0) return nullptr;
      if (eq == 0) break;
    }
    if (groupby_step(g) < 0) return nullptr;
  }
  setref(g->tgtkey, newref(g->currkey));
  Object* grouper = grouper_make(g, g->tgtkey);
  if (!grouper) return nullptr;
  Object* r = tuple_pack(2, g->currkey, grouper);
  decref(grouper);
  return r;
}

Object* groupby_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* g = static_cast<GroupByObject*>(o);
  Object* args = tuple_pack(2, g->it, g->keyfunc);
  if (!args) return nullptr;
  Object* r;
  if (g->tgtkey && g->currkey && g->currvalue) {
    Object* state = tuple_pack(3, g->currkey, g->currvalue, g->tgtkey);
    r = state ? tuple_pack(3, static_cast<Object*>(type_of(o)), args, state) : nullptr;
    xdecref(state);
  } else {
    r = tuple_pack(2, static_cast<Object*>(type_of(o)), args);
  }
  decref(args);
  return r;
}

Object* groupby_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* g = static_cast<GroupByObject*>(o);
  Object* state = args[0];
  if (!is_tuple(state)) return err_format_null(Exc_TypeError, "state is not a tuple");
  if (size_of(state) != 3)
    return err_format_null(Exc_TypeError, "function takes exactly 3 arguments (%zd given)", size_of(state));
  setref(g->currkey, newref(tuple_get(state, 0)));
  setref(g->currvalue, newref(tuple_get(state, 1)));
  setref(g->tgtkey, newref(tuple_get(state, 2)));
  return none_ref();
}

Object* grouper_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_grouper", kwnames)) return nullptr;
  if (!cont::check_nargs("_grouper", nargs, 2, 2)) return nullptr;
  if (!is_instance_of(args[0], &GroupByType))
    return err_format_null(Exc_TypeError, "_grouper() argument 1 must be itertools.groupby, not %s",
                           type_name(args[0]));
  return grouper_make(static_cast<GroupByObject*>(args[0]), args[1]);
}

Object* grouper_next(Object* o) {
  auto* gr = static_cast<GrouperObject*>(o);
  auto* g = static_cast<GroupByObject*>(gr->parent);
  if (g->currgrouper != gr) return nullptr;
  if (!g->currvalue && groupby_step(g) < 0) return nullptr;
  int eq = object_richcompare_bool(gr->tgtkey, g->currkey, CMP_EQ);
  if (eq <= 0) return nullptr;  // an error, or the end of this group
  Object* r = g->currvalue;
  g->currvalue = nullptr;
  clearref(g->currkey);
  return r;
}

Object* grouper_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* gr = static_cast<GrouperObject*>(o);
  if (static_cast<GroupByObject*>(gr->parent)->currgrouper != gr) {
    // A finished group pickles as iter(()).
    Object* iter = dict_getitem_str(interp_state()->builtins, "iter");
    if (!iter) return err_format_null(Exc_RuntimeError, "lost builtins.iter");
    Object* empty = empty_tuple();
    Object* args = tuple_pack(1, empty);
    decref(empty);
    if (!args) return nullptr;
    Object* r = tuple_pack(2, iter, args);
    decref(args);
    return r;
  }
  Object* args = tuple_pack(2, gr->parent, gr->tgtkey);
  if (!args) return nullptr;
  Object* r = tuple_pack(2, static_cast<Object*>(type_of(o)), args);
  decref(args);
  return r;
}

const char* const REDUCE_DOC = "Return state information for pickling.";
const char* const SETSTATE_DOC = "Set state information for unpickling.";

MethodDef teedata_methods[] = {{"__reduce__", native::noargs<teedata_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                               {nullptr, nullptr, 0, nullptr}};
MethodDef tee_methods[] = {{"__copy__", native::noargs<tee_copy, native::kCopy>, METH_DEFAULT, "Returns an independent iterator."},
                           {"__reduce__", native::noargs<tee_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                           {"__setstate__", native::onearg<tee_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                           {nullptr, nullptr, 0, nullptr}};
MethodDef groupby_methods[] = {{"__reduce__", native::noargs<groupby_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                               {"__setstate__", native::onearg<groupby_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                               {nullptr, nullptr, 0, nullptr}};
MethodDef grouper_methods[] = {{"__reduce__", native::noargs<grouper_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                               {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* tee_function(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("itertools.tee", kwnames)) return nullptr;
  if (!cont::check_nargs("tee", nargs, 1, 2)) return nullptr;
  ssize n = 2;
  if (nargs > 1 && !native::ssize_arg(args[1], &n)) return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "n must be >= 0");
  if (n == 0) return empty_tuple();
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  bool error = false;
  Object* copyfunc = object_lookup_attr(it, names::__copy__, &error);
  Object* first = it;
  if (error) {
    decref(it);
    return nullptr;
  }
  if (!copyfunc) {
    first = tee_fromiterable(it);
    decref(it);
    if (!first) return nullptr;
    copyfunc = object_getattr(first, names::__copy__);
    if (!copyfunc) {
      decref(first);
      return nullptr;
    }
  }
  Object* result = tuple_new(n);
  if (!result) {
    decref(first);
    decref(copyfunc);
    return nullptr;
  }
  for (ssize i = 0; i < n; i++) tuple_set_steal(result, i, nullptr);
  tuple_set_steal(result, 0, first);
  for (ssize i = 1; i < n; i++) {
    Object* c = call0(copyfunc);
    if (!c) {
      for (ssize j = i; j < n; j++) tuple_set_steal(result, j, none_ref());
      decref(result);
      decref(copyfunc);
      return nullptr;
    }
    tuple_set_steal(result, i, c);
  }
  decref(copyfunc);
  return result;
}

void fill_tee_types() {
  TeeDataType.tp_name = "itertools._tee_dataobject";
  TeeDataType.tp_basicsize = sizeof(TeeDataObject);
  TeeDataType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  TeeDataType.tp_dealloc = teedata_dealloc;
  TeeDataType.tp_traverse = teedata_traverse;
  TeeDataType.tp_clear = teedata_clear;
  TeeDataType.tp_new = teedata_new;
  TeeDataType.tp_methods = teedata_methods;
  TeeDataType.tp_doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.";

  native::iterator_type<TeeRefs>(TeeType, "itertools._tee", sizeof(TeeObject), tee_next, 0, tee_methods,
                                 "Iterator wrapped to make it copyable.");
  TeeType.tp_dealloc = tee_dealloc;
  TeeType.tp_clear = tee_clear;
  TeeType.tp_new = tee_new;
  TeeType.tp_weaklistoffset = offsetof(TeeObject, weakreflist);

  native::iterator_type<GroupByRefs>(GroupByType, "itertools.groupby", sizeof(GroupByObject), groupby_next,
                                     TPFLAG_BASETYPE, groupby_methods,
                                     "groupby(iterable, key=None): (key, group) for runs of equal keys.");
  GroupByType.tp_new = groupby_new;
  native::iterator_type<GrouperRefs>(GrouperType, "itertools._grouper", sizeof(GrouperObject), grouper_next, 0,
                                     grouper_methods, nullptr);
  GrouperType.tp_new = grouper_new;
}

}  // namespace stdlib::itertools
