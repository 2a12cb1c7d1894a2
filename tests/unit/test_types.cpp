// Unit tests for the type system (runtime/type*.cpp, typeslots.cpp, descr.cpp,
// abstract*.cpp): MRO, attribute lookup order, slot dispatch for classes,
// rich-comparison reflection, isinstance with tuples.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "runtime/api.h"
#include "tests/unit/runtime_env.h"

using namespace rt;

namespace {

// A class made through type(name, bases, dict); attrs are borrowed.
Object* make_class(const char* name, std::initializer_list<Object*> bases,
                   std::initializer_list<std::pair<const char*, Object*>> attrs = {}) {
  Object* n = str_from_cstr(name);
  std::vector<Object*> bv(bases);
  Object* b = tuple_from_array(bv.data(), ssize(bv.size()));
  Object* d = dict_new();
  for (auto& [k, v] : attrs) dict_setitem_str(d, k, v);
  Object* a[3] = {n, b, d};
  Object* cls = call(&TypeType, a, 3);
  decref(n);
  decref(b);
  decref(d);
  return cls;
}

std::vector<std::string> mro_names(Object* cls) {
  std::vector<std::string> out;
  Object* mro = static_cast<TypeObject*>(cls)->tp_mro;
  for (ssize i = 0; i < size_of(mro); i++) out.push_back(static_cast<TypeObject*>(tuple_get(mro, i))->tp_name);
  return out;
}

std::string str_of(Object* o) {
  if (!o) return "<null>";
  Object* s = object_str(o);
  std::string r = s ? std::string(str_view(s)) : "<error>";
  xdecref(s);
  return r;
}

std::string pending_error() {
  Object* e = err_fetch();
  if (!e) return "";
  std::string r = std::string(type_name(e)) + ": " + str_of(e);
  decref(e);
  return r;
}

// Methods implemented in C++ that answer with a fixed marker: they are stored
// as method descriptors of `object`, so they bind like Python functions.
#define MARK(fname, text)                                                      \
  Object* fname(Object* self, Object* const* args, ssize nargs, Object* kw) { \
    return str_from_cstr(text);                                                \
  }
MARK(m_add, "add")
MARK(m_radd, "radd")
MARK(m_iadd, "iadd")
MARK(m_sub_radd, "sub-radd")
MARK(m_lt, "lt")
MARK(m_gt, "gt")
MARK(m_sub_gt, "sub-gt")
MARK(m_getter, "from-property")
MARK(m_static, "from-class")
#undef MARK
Object* m_notimpl(Object*, Object* const*, ssize, Object*) { return notimpl_ref(); }

MethodDef defs[] = {
    {"__add__", m_add, METH_DEFAULT, nullptr},          {"__radd__", m_radd, METH_DEFAULT, nullptr},
    {"__iadd__", m_iadd, METH_DEFAULT, nullptr},        {"__radd__", m_sub_radd, METH_DEFAULT, nullptr},
    {"__lt__", m_lt, METH_DEFAULT, nullptr},            {"__gt__", m_gt, METH_DEFAULT, nullptr},
    {"__gt__", m_sub_gt, METH_DEFAULT, nullptr},        {"fget", m_getter, METH_DEFAULT, nullptr},
    {"static", m_static, METH_DEFAULT, nullptr},        {"__add__", m_notimpl, METH_DEFAULT, nullptr},
};
enum { D_ADD, D_RADD, D_IADD, D_SUB_RADD, D_LT, D_GT, D_SUB_GT, D_GETTER, D_STATIC, D_NOTIMPL };

Object* meth(int i) { return method_descr_new(&BaseObjectType, &defs[i]); }

}  // namespace

TEST(Types, MroDiamond) {
  ensure_runtime();
  Object* A = make_class("A", {});
  ASSERT_NE(A, nullptr) << pending_error();
  Object* B = make_class("B", {A});
  Object* C = make_class("C", {A});
  Object* D = make_class("D", {B, C});
  ASSERT_NE(D, nullptr) << pending_error();
  EXPECT_EQ(mro_names(D), (std::vector<std::string>{"D", "B", "C", "A", "object"}));
  EXPECT_TRUE(is_subtype(static_cast<TypeObject*>(D), static_cast<TypeObject*>(A)));
  EXPECT_FALSE(is_subtype(static_cast<TypeObject*>(B), static_cast<TypeObject*>(C)));
  EXPECT_EQ(static_cast<TypeObject*>(D)->tp_base, static_cast<TypeObject*>(B));
  decref(D);
  decref(C);
  decref(B);
  decref(A);
}

TEST(Types, MroConflict) {
  ensure_runtime();
  Object* A = make_class("A", {});
  Object* B = make_class("B", {A});
  Object* X = make_class("X", {A, B});
  EXPECT_EQ(X, nullptr);
  EXPECT_EQ(pending_error(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  decref(B);
  decref(A);
}

TEST(Types, AttributeLookupOrder) {
  ensure_runtime();
  Object* getter = meth(D_GETTER);
  // property(fget) where fget is a builtin bound method descriptor used unbound: fget(obj).
  Object* prop = property_new(getter, nullptr, nullptr, nullptr);
  ASSERT_NE(prop, nullptr) << pending_error();
  Object* nondata = meth(D_STATIC);
  Object* cls = make_class("Host", {}, {{"p", prop}, {"n", nondata}});
  ASSERT_NE(cls, nullptr) << pending_error();
  Object* inst = call0(cls);
  ASSERT_NE(inst, nullptr) << pending_error();
  Object** dp = object_dict_ptr(inst);
  ASSERT_NE(dp, nullptr);
  Object* v = str_from_cstr("from-instance");
  Object* p_name = str_intern_cstr("p");
  Object* n_name = str_intern_cstr("n");
  // Instance dict entries for both names.
  Object* d = object_getattr(inst, names::__dict__);
  ASSERT_NE(d, nullptr);
  dict_setitem(d, p_name, v);
  dict_setitem(d, n_name, v);
  decref(d);
  // The data descriptor beats the instance dict; the instance dict beats the non-data descriptor.
  Object* r = object_getattr(inst, p_name);
  EXPECT_EQ(str_of(r), "from-property");
  xdecref(r);
  r = object_getattr(inst, n_name);
  EXPECT_EQ(str_of(r), "from-instance");
  xdecref(r);
  // Setting a property without a setter fails with CPython's message.
  EXPECT_EQ(object_setattr(inst, p_name, v), -1);
  EXPECT_EQ(pending_error(), "AttributeError: property 'p' of 'Host' object has no setter");
  // Missing attributes.
  Object* z = str_intern_cstr("z");
  EXPECT_EQ(object_getattr(inst, z), nullptr);
  EXPECT_EQ(pending_error(), "AttributeError: 'Host' object has no attribute 'z'");
  bool error = true;
  EXPECT_EQ(object_lookup_attr(inst, z, &error), nullptr);
  EXPECT_FALSE(error);
  EXPECT_EQ(err_occurred(), nullptr);
  EXPECT_EQ(object_hasattr(inst, z), 0);
  // Class attribute set after creation is seen (method cache invalidation).
  Object* one = int_from_i64(1);
  Object* two = int_from_i64(2);
  ASSERT_EQ(object_setattr(cls, z, one), 0);
  r = object_getattr(inst, z);
  EXPECT_EQ(r, one);
  xdecref(r);
  ASSERT_EQ(object_setattr(cls, z, two), 0);
  r = object_getattr(inst, z);
  EXPECT_EQ(r, two);
  xdecref(r);
  decref(one);
  decref(two);
  decref(z);
  decref(p_name);
  decref(n_name);
  decref(v);
  decref(inst);
  decref(cls);
  decref(nondata);
  decref(prop);
  decref(getter);
}

TEST(Types, SlotDispatchForClasses) {
  ensure_runtime();
  Object* add = meth(D_ADD);
  Object* radd = meth(D_RADD);
  Object* iadd = meth(D_IADD);
  Object* sub_radd = meth(D_SUB_RADD);
  Object* A = make_class("A", {}, {{"__add__", add}, {"__radd__", radd}});
  ASSERT_NE(A, nullptr) << pending_error();
  Object* S = make_class("S", {A}, {{"__radd__", sub_radd}});
  Object* I = make_class("I", {}, {{"__iadd__", iadd}});
  Object* a = call0(A);
  Object* s = call0(S);
  Object* i = call0(I);
  Object* one = int_from_i64(1);
  Object* r = number_binop(a, one, BINOP_ADD);
  EXPECT_EQ(str_of(r), "add");
  xdecref(r);
  r = number_binop(one, a, BINOP_ADD);
  EXPECT_EQ(str_of(r), "radd");
  xdecref(r);
  // The right operand's type is a subclass overriding __radd__: it goes first.
  r = number_binop(a, s, BINOP_ADD);
  EXPECT_EQ(str_of(r), "sub-radd");
  xdecref(r);
  r = number_inplace_binop(i, one, BINOP_ADD);
  EXPECT_EQ(str_of(r), "iadd");
  xdecref(r);
  r = number_binop(i, one, BINOP_SUB);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(pending_error(), "TypeError: unsupported operand type(s) for -: 'I' and 'int'");
  r = number_inplace_binop(one, i, BINOP_SUB);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(pending_error(), "TypeError: unsupported operand type(s) for -=: 'int' and 'I'");
  // __add__ assigned after the class was made updates the slot (and NotImplemented falls through).
  Object* notimpl = meth(D_NOTIMPL);
  ASSERT_EQ(object_setattr(I, names::__add__, notimpl), 0);
  r = number_binop(i, one, BINOP_ADD);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(pending_error(), "TypeError: unsupported operand type(s) for +: 'I' and 'int'");
  // The wrapper of a built-in slot is visible from Python.
  Object* w = object_getattr(&IntType, names::__add__);
  EXPECT_EQ(str_of(w), "<slot wrapper '__add__' of 'int' objects>");
  xdecref(w);
  decref(notimpl);
  decref(one);
  decref(i);
  decref(s);
  decref(a);
  decref(I);
  decref(S);
  decref(A);
  decref(add);
  decref(radd);
  decref(iadd);
  decref(sub_radd);
}

TEST(Types, RichCompareReflection) {
  ensure_runtime();
  Object* lt = meth(D_LT);
  Object* gt = meth(D_GT);
  Object* sub_gt = meth(D_SUB_GT);
  Object* N = make_class("N", {}, {{"__lt__", lt}, {"__gt__", gt}});
  Object* SN = make_class("SN", {N}, {{"__gt__", sub_gt}});
  Object* n = call0(N);
  Object* sn = call0(SN);
  Object* r = object_richcompare(n, sn, CMP_LT);
  EXPECT_EQ(str_of(r), "sub-gt");  // reflected first: SN is a subclass of N
  xdecref(r);
  r = object_richcompare(n, n, CMP_GT);
  EXPECT_EQ(str_of(r), "gt");
  xdecref(r);
  Object* one = int_from_i64(1);
  r = object_richcompare(one, n, CMP_GT);  // int gives up, N.__lt__ is the reflection
  EXPECT_EQ(str_of(r), "lt");
  xdecref(r);
  Object* s = str_from_cstr("a");
  r = object_richcompare(one, s, CMP_LT);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(pending_error(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(object_richcompare_bool(n, n, CMP_EQ), 1);
  EXPECT_EQ(object_richcompare_bool(n, sn, CMP_EQ), 0);
  EXPECT_EQ(object_richcompare_bool(n, sn, CMP_NE), 1);
  decref(s);
  decref(one);
  decref(sn);
  decref(n);
  decref(SN);
  decref(N);
  decref(lt);
  decref(gt);
  decref(sub_gt);
}

TEST(Types, IsinstanceWithTuples) {
  ensure_runtime();
  Object* one = int_from_i64(1);
  Object* inner = tuple_pack(2, static_cast<Object*>(&FloatType), static_cast<Object*>(&IntType));
  Object* outer = tuple_pack(2, static_cast<Object*>(&StrType), inner);
  EXPECT_EQ(object_isinstance(one, outer), 1);
  EXPECT_EQ(object_isinstance(one, inner), 1);
  Object* only_str = tuple_pack(1, static_cast<Object*>(&StrType));
  EXPECT_EQ(object_isinstance(one, only_str), 0);
  EXPECT_EQ(object_isinstance(True, &IntType), 1);
  EXPECT_EQ(object_issubclass(&BoolType, outer), 1);
  EXPECT_EQ(object_isinstance(one, one), -1);
  EXPECT_EQ(pending_error(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(object_issubclass(one, &IntType), -1);
  EXPECT_EQ(pending_error(), "TypeError: issubclass() arg 1 must be a class");
  decref(only_str);
  decref(outer);
  decref(inner);
  decref(one);
}

TEST(Types, ObjectBasics) {
  ensure_runtime();
  Object* A = make_class("Dyn", {});
  Object* a = call0(A);
  Object* r = object_repr(a);
  std::string s = str_of(r);
  EXPECT_EQ(s.rfind("<Dyn object at 0x", 0) == 0 || s.rfind("<__main__.Dyn object at 0x", 0) == 0 ||
                s.find(".Dyn object at 0x") != std::string::npos,
            true)
      << s;
  xdecref(r);
  r = object_repr(A);
  EXPECT_NE(str_of(r).find("Dyn'>"), std::string::npos);
  xdecref(r);
  EXPECT_NE(object_hash(a), -1);
  Object* one = int_from_i64(1);
  EXPECT_EQ(call1(A, one), nullptr);
  EXPECT_EQ(pending_error(), "TypeError: Dyn() takes no arguments");
  Object* l = list_new(0);
  EXPECT_EQ(object_hash(l), -1);
  EXPECT_EQ(pending_error(), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(object_length(one), -1);
  EXPECT_EQ(pending_error(), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(object_get_iter(one), nullptr);
  EXPECT_EQ(pending_error(), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(number_negative(l), nullptr);
  EXPECT_EQ(pending_error(), "TypeError: bad operand type for unary -: 'list'");
  EXPECT_STREQ(binop_symbol(BINOP_FLOORDIV), "//");
  EXPECT_STREQ(binop_symbol(BINOP_COUNT + BINOP_ADD), "+=");
  decref(l);
  decref(one);
  decref(a);
  decref(A);
}
