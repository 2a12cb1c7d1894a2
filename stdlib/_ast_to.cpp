// _ast objects back into pyglass's parser tree: compile(tree, filename, mode).
//
// How it works
// ------------
// One recursive walk reads each node's fields as attributes and builds the
// matching interp::ast node in the Module's arena, validating as it goes what
// CPython checks in two passes (obj2ast, then the validator), with CPython's
// messages:
//   - an abstract node (stmt, expr, pattern, excepthandler) reads its position
//     attributes first ("required field \"lineno\" missing from stmt"), then is
//     matched against its constructors with isinstance ("expected some sort of
//     expr, but got 1");
//   - a missing field is a TypeError ("required field \"value\" missing from
//     Expr"), None for a required one a ValueError ("field 'value' is required
//     for Expr"), a list field must be a list ("Module field \"body\" must be
//     a list, not a Pass"), identifiers and strings must be str, integers int;
//   - expressions are checked against the context their place needs
//     ("expression must have Store context but has Load instead"), bodies must
//     not be empty, counts must agree (Compare, Dict, arguments, BoolOp),
//     constants must be of a constant type.
// Shapes pyglass's tree keeps differently are mapped here (Async* classes ->
// is_async flags, TryStar -> a Try of kind TryStar, None names -> empty
// strings; tuple and frozenset constants and complex ones with a real part
// use the Constant fields only these trees fill, interp/ast.h).
//
// Invariants: every failure sets the Python exception, then throws Invalid,
// caught once in tree_to_module; references taken while reading are held by
// Ref so a throw releases them; the C++ nodes live in the Module's arena, so
// an abandoned Module frees them all.
#include <string>

#include "_ast.h"

namespace stdlib::astmod {
using namespace rt;
namespace A = interp::ast;

namespace {

struct Invalid {};

struct Ref {
  Object* o;
  explicit Ref(Object* x = nullptr) : o(x) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { xdecref(o); }
};

[[noreturn]] void invalid() { throw Invalid{}; }

const char* ctx_name(A::ExprContext c) {
  return c == A::ExprContext::Load ? "Load" : c == A::ExprContext::Store ? "Store" : "Del";
}

class To {
 public:
  To(Classes& c, A::Module& m) : C(c), M(m) {}

  A::Expr* expr(Object* o, A::ExprContext want = A::ExprContext::Load);
  A::Stmt* stmt(Object* o);
  A::StmtList stmts(Object* node, const char* field, const char* owner, bool nonempty = false);
  A::ExprList exprs(Object* node, const char* field, const char* owner,
                    A::ExprContext want = A::ExprContext::Load, bool allow_none = false);
  // The node's own field, required (missing: TypeError, None: ValueError).
  Object* req(Object* node, const char* field, const char* owner, Ref& hold) {
    hold.o = lookup(node, field, owner);
    if (hold.o == None) {
      err_format(Exc_ValueError, "field '%s' is required for %s", field, owner);
      invalid();
    }
    return hold.o;
  }
  bool is(Object* o, NodeId id) const { return is_subtype(type_of(o), C[id]); }

 private:
  Classes& C;
  A::Module& M;

  template <class T, class... Args>
  T* make(Args... args) { return M.arena.make<T>(args...); }

  // getattr(node, field): TypeError "required field ... missing from owner" when absent.
  Object* lookup(Object* node, const char* field, const char* owner) {
    Object* name = C.name(field);
    if (!name) invalid();
    bool error = false;
    Object* v = object_lookup_attr(node, name, &error);
    if (error) invalid();
    if (!v) {
      err_format(Exc_TypeError, "required field \"%s\" missing from %s", field, owner);
      invalid();
    }
    return v;
  }
  // An optional field: nullptr when absent or None.
  Object* opt_field(Object* node, const char* field, Ref& hold) {
    Object* name = C.name(field);
    if (!name) invalid();
    bool error = false;
    hold.o = object_lookup_attr(node, name, &error);
    if (error) invalid();
    return hold.o == None ? nullptr : hold.o;
  }
  // A list field (borrowed through hold).
  Object* list_field(Object* node, const char* field, const char* owner, Ref& hold) {
    hold.o = lookup(node, field, owner);
    if (!is_list(hold.o)) {
      err_format(Exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner, field, type_name(hold.o));
      invalid();
    }
    return hold.o;
  }
  static int64_t to_int(Object* v) {
    if (!is_int(v)) {
      Ref r(object_repr(v));
      if (r.o) err_format(Exc_ValueError, "invalid integer value: %s", str_view(r.o).data());
      invalid();
    }
    int64_t x = int_as_i64(v);
    if (x == -1 && err_occurred()) invalid();
    return x;
  }
  int64_t int_field(Object* node, const char* field, const char* owner) {
    Ref h(lookup(node, field, owner));
    return to_int(h.o);
  }
  static std::string str_value(Object* v, const char* what) {
    if (!is_str(v)) {
      err_format(Exc_TypeError, "AST %s must be of type str", what);
      invalid();
    }
    return std::string(str_view(v));
  }
  std::string ident(Object* node, const char* field, const char* owner) {
    Ref h(lookup(node, field, owner));
    if (h.o == None) {
      err_format(Exc_ValueError, "field '%s' is required for %s", field, owner);
      invalid();
    }
    return str_value(h.o, "identifier");
  }
  std::string opt_ident(Object* node, const char* field) {
    Ref h;
    Object* v = opt_field(node, field, h);
    return v ? str_value(v, "identifier") : std::string();
  }
  std::vector<std::string> idents(Object* node, const char* field, const char* owner) {
    Ref h;
    Object* l = list_field(node, field, owner, h);
    std::vector<std::string> out;
    for (ssize i = 0; i < size_of(l); ++i) out.push_back(str_value(list_get(l, i), "identifier"));
    return out;
  }
  void check_string(Object* node, const char* field) {  // type_comment, kind: str or None
    Ref h;
    if (Object* v = opt_field(node, field, h)) str_value(v, "string");
  }
  // lineno, col_offset (required), end_lineno, end_col_offset (optional: the start).
  void positions(Object* o, const char* owner, A::Node* n) {
    n->lineno = int(int_field(o, "lineno", owner));
    n->col_offset = int(int_field(o, "col_offset", owner));
    Ref h1, h2;
    Object* el = opt_field(o, "end_lineno", h1);
    Object* ec = opt_field(o, "end_col_offset", h2);
    n->end_lineno = el ? int(to_int(el)) : n->lineno;
    n->end_col_offset = ec ? int(to_int(ec)) : n->col_offset;
  }
  // The ranges CPython's validator accepts for a statement, expression or pattern.
  static void check_range(const A::Node& n) {
    if (n.lineno > n.end_lineno) {
      err_format(Exc_ValueError, "AST node line range (%d, %d) is not valid", n.lineno, n.end_lineno);
      invalid();
    }
    if ((n.lineno < 0 && n.end_lineno != n.lineno) || (n.col_offset < 0 && n.col_offset != n.end_col_offset)) {
      err_format(Exc_ValueError, "AST node column range (%d, %d) for line range (%d, %d) is not valid",
                 n.col_offset, n.end_col_offset, n.lineno, n.end_lineno);
      invalid();
    }
    if (n.lineno == n.end_lineno && n.col_offset > n.end_col_offset) {
      err_format(Exc_ValueError, "line %d, column %d-%d is not a valid range", n.lineno, n.col_offset,
                 n.end_col_offset);
      invalid();
    }
  }
  [[noreturn]] static void expected(const char* what, Object* got) {
    Ref r(object_repr(got));
    if (r.o) err_format(Exc_TypeError, "expected some sort of %s, but got %s", what, str_view(r.o).data());
    invalid();
  }
  [[noreturn]] static void value_error(const char* msg) {
    err_set_string(Exc_ValueError, msg);
    invalid();
  }
  // Which of a sum's simple constructors o is (Load, Add, Eq ...), as an offset from first.
  int simple(Object* node, const char* field, const char* owner, NodeId first, int count, const char* sum) {
    Ref h;
    Object* v = req(node, field, owner, h);
    for (int i = 0; i < count; ++i)
      if (is(v, NodeId(first + i))) return i;
    expected(sum, v);
  }
  A::OperatorKind binop(Object* node, const char* owner) {
    static const A::OperatorKind ops[] = {  // the grammar's order -> pyglass's
        A::OperatorKind::Add,    A::OperatorKind::Sub,    A::OperatorKind::Mult,   A::OperatorKind::MatMult,
        A::OperatorKind::Div,    A::OperatorKind::Mod,    A::OperatorKind::Pow,    A::OperatorKind::LShift,
        A::OperatorKind::RShift, A::OperatorKind::BitOr,  A::OperatorKind::BitXor, A::OperatorKind::BitAnd,
        A::OperatorKind::FloorDiv};
    return ops[simple(node, "op", owner, N_Add, 13, "operator")];
  }
  A::ExprContext ctx(Object* node, const char* owner) {
    return A::ExprContext(simple(node, "ctx", owner, N_Load, 3, "expr_context"));
  }
  A::Expr* opt_expr(Object* node, const char* field) {
    Ref h;
    Object* v = opt_field(node, field, h);
    return v ? expr(v) : nullptr;
  }
  A::Expr* req_expr(Object* node, const char* field, const char* owner,
                    A::ExprContext want = A::ExprContext::Load) {
    Ref h;
    return expr(req(node, field, owner, h), want);
  }
  void constant(Object* v, A::Constant* k);
  A::Arguments* arguments(Object* o);
  A::Arg* arg(Object* o);
  std::vector<A::Arg*> arg_list(Object* node, const char* field);
  std::vector<A::Keyword*> keywords(Object* node, const char* field, const char* owner);
  std::vector<A::Comprehension*> comprehensions(Object* node, const char* owner);
  A::Pattern* pattern(Object* o, bool star_ok = false);
  A::PatternList patterns(Object* node, const char* field, const char* owner, bool star_ok = false);
  void check_match_value(Object* v, bool key);
  static void check_name(const std::string& n) {  // validate_name: not None, True or False
    if (n == "None" || n == "True" || n == "False") {
      err_format(Exc_ValueError, "identifier field can't represent '%s' constant", n.c_str());
      invalid();
    }
  }
  static void check_capture(const std::string& n) {
    if (n == "_") value_error("can't capture name '_' in patterns");
    check_name(n);
  }
  A::ExceptHandler* handler(Object* o);
  A::Expr* expr_node(Object* o, A::ExprContext want);
  A::Stmt* stmt_node(Object* o);
  A::Pattern* pattern_node(Object* o, bool star_ok);
  template <class T>
  T* seq_node(Object* o, const char* owner, A::ExprContext want) {
    T* x = make<T>();
    x->ctx = ctx(o, owner);
    x->elts = exprs(o, "elts", owner, x->ctx);
    return x;
  }
};

A::StmtList To::stmts(Object* node, const char* field, const char* owner, bool nonempty) {
  Ref h;
  Object* l = list_field(node, field, owner, h);
  A::StmtList out;
  for (ssize i = 0; i < size_of(l); ++i) {
    if (list_get(l, i) == None) value_error("None disallowed in statement list");
    out.push_back(stmt(list_get(l, i)));
  }
  if (nonempty && out.empty()) {
    err_format(Exc_ValueError, "empty %s on %s", field, owner);
    invalid();
  }
  return out;
}

A::ExprList To::exprs(Object* node, const char* field, const char* owner, A::ExprContext want, bool allow_none) {
  Ref h;
  Object* l = list_field(node, field, owner, h);
  A::ExprList out;
  for (ssize i = 0; i < size_of(l); ++i) {
    Object* item = list_get(l, i);
    if (item == None) {
      if (!allow_none) {
        err_format(Exc_ValueError, "None disallowed in expression list");
        invalid();
      }
      out.push_back(nullptr);
    } else {
      out.push_back(expr(item, want));
    }
  }
  return out;
}


// A Constant's value: CPython's constant types, exactly (no subclasses);
// tuples and frozensets of them.
void To::constant(Object* v, A::Constant* k) {
  TypeObject* t = type_of(v);
  if (v == None) k->ckind = A::ConstKind::None;
  else if (v == True) k->ckind = A::ConstKind::True;
  else if (v == False) k->ckind = A::ConstKind::False;
  else if (v == Ellipsis) k->ckind = A::ConstKind::Ellipsis;
  else if (t == &IntType) {
    Ref s(int_fits_i64(v) ? int_to_decimal_string(v) : int_to_base_string(v, 16, true));  // hex: no digit limit
    if (!s.o) invalid();
    k->ckind = A::ConstKind::Int;
    k->text = std::string(str_view(s.o));
  } else if (t == &FloatType) {
    k->ckind = A::ConstKind::Float;
    k->fval = float_as_double(v);
  } else if (t == &ComplexType) {
    k->ckind = A::ConstKind::Complex;
    if (!number_as_complex(v, &k->real, &k->fval)) invalid();
  } else if (t == &StrType) {
    k->ckind = A::ConstKind::Str;
    k->text = std::string(str_view(v));
  } else if (t == &BytesType) {
    k->ckind = A::ConstKind::Bytes;
    k->text.assign(bytes_data(v), size_t(size_of(v)));
  } else if (t == &TupleType || t == &FrozenSetType) {
    k->ckind = t == &TupleType ? A::ConstKind::Tuple : A::ConstKind::FrozenSet;
    Ref items(sequence_tuple(v));
    if (!items.o) invalid();
    for (ssize i = 0; i < size_of(items.o); ++i) {
      auto* item = make<A::Constant>();
      constant(tuple_get(items.o, i), item);
      k->items.push_back(item);
    }
  } else {
    err_format(Exc_TypeError, "got an invalid type in Constant: %s", type_name(v));
    invalid();
  }
}

A::Expr* To::expr(Object* o, A::ExprContext want) {
  if (!enter_recursive_call(" during compilation")) invalid();
  struct Leave {
    ~Leave() { leave_recursive_call(); }
  } leave;
  A::Node pos;
  positions(o, "expr", &pos);
  check_range(pos);
  A::Expr* e = expr_node(o, want);
  e->lineno = pos.lineno, e->col_offset = pos.col_offset;
  e->end_lineno = pos.end_lineno, e->end_col_offset = pos.end_col_offset;
  return e;
}

A::Expr* To::expr_node(Object* o, A::ExprContext want) {
  // Nodes that carry a context must have the one their place needs; others can only be loaded.
  bool has_ctx = is(o, N_Name) || is(o, N_Attribute) || is(o, N_Subscript) || is(o, N_Starred) ||
                 is(o, N_List) || is(o, N_Tuple);
  if (!has_ctx && want != A::ExprContext::Load && (is(o, N_expr))) {
    err_format(Exc_ValueError, "expression which can't be assigned to in %s context", ctx_name(want));
    invalid();
  }
  auto check_ctx = [&](A::ExprContext got) {
    if (got != want) {
      err_format(Exc_ValueError, "expression must have %s context but has %s instead", ctx_name(want),
                 ctx_name(got));
      invalid();
    }
  };
  if (is(o, N_BoolOp)) {
    auto* x = make<A::BoolOp>();
    x->op = A::BoolOpKind(simple(o, "op", "BoolOp", N_And, 2, "boolop"));
    x->values = exprs(o, "values", "BoolOp");
    if (x->values.size() < 2) value_error("BoolOp with less than 2 values");
    return x;
  }
  if (is(o, N_NamedExpr)) {
    auto* x = make<A::NamedExpr>();
    x->target = req_expr(o, "target", "NamedExpr", A::ExprContext::Store);
    x->value = req_expr(o, "value", "NamedExpr");
    return x;
  }
  if (is(o, N_BinOp)) {
    auto* x = make<A::BinOp>();
    x->left = req_expr(o, "left", "BinOp");
    x->op = binop(o, "BinOp");
    x->right = req_expr(o, "right", "BinOp");
    return x;
  }
  if (is(o, N_UnaryOp)) {
    auto* x = make<A::UnaryOp>();
    x->op = A::UnaryOpKind(simple(o, "op", "UnaryOp", N_Invert, 4, "unaryop"));
    x->operand = req_expr(o, "operand", "UnaryOp");
    return x;
  }
  if (is(o, N_Lambda)) {
    auto* x = make<A::Lambda>();
    Ref h;
    x->args = arguments(req(o, "args", "Lambda", h));
    x->body = req_expr(o, "body", "Lambda");
    return x;
  }
  if (is(o, N_IfExp)) {
    auto* x = make<A::IfExp>();
    x->test = req_expr(o, "test", "IfExp");
    x->body = req_expr(o, "body", "IfExp");
    x->orelse = req_expr(o, "orelse", "IfExp");
    return x;
  }
  if (is(o, N_Dict)) {
    auto* x = make<A::Dict>();
    x->keys = exprs(o, "keys", "Dict", A::ExprContext::Load, true);
    x->values = exprs(o, "values", "Dict");
    if (x->keys.size() != x->values.size()) value_error("Dict doesn't have the same number of keys as values");
    return x;
  }
  if (is(o, N_Set)) {
    auto* x = make<A::Set>();
    x->elts = exprs(o, "elts", "Set");
    return x;
  }
  if (is(o, N_ListComp) || is(o, N_SetComp) || is(o, N_GeneratorExp)) {
    const char* owner = is(o, N_ListComp) ? "ListComp" : is(o, N_SetComp) ? "SetComp" : "GeneratorExp";
    std::vector<A::Comprehension*> gens = comprehensions(o, owner);
    A::Expr* elt = req_expr(o, "elt", owner);
    if (is(o, N_ListComp)) {
      auto* x = make<A::ListComp>();
      x->elt = elt, x->generators = std::move(gens);
      return x;
    }
    if (is(o, N_SetComp)) {
      auto* x = make<A::SetComp>();
      x->elt = elt, x->generators = std::move(gens);
      return x;
    }
    auto* x = make<A::GeneratorExp>();
    x->elt = elt, x->generators = std::move(gens);
    return x;
  }
  if (is(o, N_DictComp)) {
    auto* x = make<A::DictComp>();
    x->generators = comprehensions(o, "DictComp");
    x->key = req_expr(o, "key", "DictComp");
    x->value = req_expr(o, "value", "DictComp");
    return x;
  }
  if (is(o, N_Await)) {
    auto* x = make<A::Await>();
    x->value = req_expr(o, "value", "Await");
    return x;
  }
  if (is(o, N_Yield)) {
    auto* x = make<A::Yield>();
    x->value = opt_expr(o, "value");
    return x;
  }
  if (is(o, N_YieldFrom)) {
    auto* x = make<A::YieldFrom>();
    x->value = req_expr(o, "value", "YieldFrom");
    return x;
  }
  if (is(o, N_Compare)) {
    auto* x = make<A::Compare>();
    x->left = req_expr(o, "left", "Compare");
    Ref h;
    Object* ops = list_field(o, "ops", "Compare", h);
    for (ssize i = 0; i < size_of(ops); ++i) {
      Object* op = list_get(ops, i);
      int k = -1;
      for (int j = 0; j < 10 && k < 0; ++j)
        if (is(op, NodeId(N_Eq + j))) k = j;
      if (k < 0) expected("cmpop", op);
      x->ops.push_back(A::CmpOpKind(k));
    }
    x->comparators = exprs(o, "comparators", "Compare");
    if (x->comparators.empty()) value_error("Compare with no comparators");
    if (x->comparators.size() != x->ops.size())
      value_error("Compare has a different number of comparators and operands");
    return x;
  }
  if (is(o, N_Call)) {
    auto* x = make<A::Call>();
    x->func = req_expr(o, "func", "Call");
    x->args = exprs(o, "args", "Call");
    x->keywords = keywords(o, "keywords", "Call");
    return x;
  }
  if (is(o, N_FormattedValue)) {
    auto* x = make<A::FormattedValue>();
    x->value = req_expr(o, "value", "FormattedValue");
    x->conversion = int(int_field(o, "conversion", "FormattedValue"));
    x->format_spec = opt_expr(o, "format_spec");
    return x;
  }
  if (is(o, N_JoinedStr)) {
    auto* x = make<A::JoinedStr>();
    x->values = exprs(o, "values", "JoinedStr");
    return x;
  }
  if (is(o, N_Constant)) {
    Ref h(lookup(o, "value", "Constant"));
    check_string(o, "kind");
    auto* x = make<A::Constant>();
    constant(h.o, x);
    return x;
  }
  if (is(o, N_Attribute)) {
    auto* x = make<A::Attribute>();
    x->value = req_expr(o, "value", "Attribute");
    x->attr = ident(o, "attr", "Attribute");
    x->ctx = ctx(o, "Attribute");
    check_ctx(x->ctx);
    return x;
  }
  if (is(o, N_Subscript)) {
    auto* x = make<A::Subscript>();
    x->value = req_expr(o, "value", "Subscript");
    x->slice = req_expr(o, "slice", "Subscript");
    x->ctx = ctx(o, "Subscript");
    check_ctx(x->ctx);
    return x;
  }
  if (is(o, N_Starred)) {
    auto* x = make<A::Starred>();
    x->ctx = ctx(o, "Starred");
    check_ctx(x->ctx);
    x->value = req_expr(o, "value", "Starred", x->ctx);
    return x;
  }
  if (is(o, N_Name)) {
    auto* x = make<A::Name>();
    x->id = ident(o, "id", "Name");
    x->ctx = ctx(o, "Name");
    check_name(x->id);
    check_ctx(x->ctx);
    return x;
  }
  if (is(o, N_List)) {
    auto* x = seq_node<A::List>(o, "List", want);
    check_ctx(x->ctx);
    return x;
  }
  if (is(o, N_Tuple)) {
    auto* x = seq_node<A::Tuple>(o, "Tuple", want);
    check_ctx(x->ctx);
    return x;
  }
  if (is(o, N_Slice)) {
    auto* x = make<A::Slice>();
    x->lower = opt_expr(o, "lower");
    x->upper = opt_expr(o, "upper");
    x->step = opt_expr(o, "step");
    return x;
  }
  expected("expr", o);
}

std::vector<A::Comprehension*> To::comprehensions(Object* node, const char* owner) {
  Ref h;
  Object* l = list_field(node, "generators", owner, h);
  std::vector<A::Comprehension*> out;
  if (size_of(l) == 0) value_error("comprehension with no generators");
  for (ssize i = 0; i < size_of(l); ++i) {
    Object* g = list_get(l, i);
    if (!is(g, N_comprehension)) expected("comprehension", g);
    auto* c = make<A::Comprehension>();
    c->target = req_expr(g, "target", "comprehension", A::ExprContext::Store);
    c->iter = req_expr(g, "iter", "comprehension");
    c->ifs = exprs(g, "ifs", "comprehension");
    c->is_async = int_field(g, "is_async", "comprehension") != 0;
    out.push_back(c);
  }
  if (out.empty()) {
    err_format(Exc_ValueError, "comprehension with no generators");
    invalid();
  }
  return out;
}

std::vector<A::Keyword*> To::keywords(Object* node, const char* field, const char* owner) {
  Ref h;
  Object* l = list_field(node, field, owner, h);
  std::vector<A::Keyword*> out;
  for (ssize i = 0; i < size_of(l); ++i) {
    Object* k = list_get(l, i);
    if (!is(k, N_keyword)) expected("keyword", k);
    auto* kw = make<A::Keyword>();
    kw->arg = opt_ident(k, "arg");
    kw->value = req_expr(k, "value", "keyword");
    positions(k, "keyword", kw);
    out.push_back(kw);
  }
  return out;
}

A::Arg* To::arg(Object* o) {
  if (!is(o, N_arg)) expected("arg", o);
  auto* a = make<A::Arg>();
  a->arg = ident(o, "arg", "arg");
  a->annotation = opt_expr(o, "annotation");
  check_string(o, "type_comment");
  positions(o, "arg", a);
  return a;
}

std::vector<A::Arg*> To::arg_list(Object* node, const char* field) {
  Ref h;
  Object* l = list_field(node, field, "arguments", h);
  std::vector<A::Arg*> out;
  for (ssize i = 0; i < size_of(l); ++i) out.push_back(arg(list_get(l, i)));
  return out;
}

A::Arguments* To::arguments(Object* o) {
  if (!is(o, N_arguments)) expected("arguments", o);
  auto* a = make<A::Arguments>();
  a->posonlyargs = arg_list(o, "posonlyargs");
  a->args = arg_list(o, "args");
  Ref h1, h2;
  if (Object* v = opt_field(o, "vararg", h1)) a->vararg = arg(v);
  a->kwonlyargs = arg_list(o, "kwonlyargs");
  a->kw_defaults = exprs(o, "kw_defaults", "arguments", A::ExprContext::Load, true);
  if (Object* v = opt_field(o, "kwarg", h2)) a->kwarg = arg(v);
  a->defaults = exprs(o, "defaults", "arguments");
  if (a->defaults.size() > a->posonlyargs.size() + a->args.size())
    value_error("more positional defaults than args on arguments");
  if (a->kw_defaults.size() != a->kwonlyargs.size())
    value_error("length of kwonlyargs is not the same as kw_defaults on arguments");
  return a;
}

A::ExceptHandler* To::handler(Object* o) {
  auto* h = make<A::ExceptHandler>();
  positions(o, "excepthandler", h);
  if (!is(o, N_ExceptHandler)) expected("excepthandler", o);
  h->type = opt_expr(o, "type");
  h->name = opt_ident(o, "name");
  h->body = stmts(o, "body", "ExceptHandler", true);
  return h;
}

A::Stmt* To::stmt(Object* o) {
  if (!enter_recursive_call(" during compilation")) invalid();
  struct Leave {
    ~Leave() { leave_recursive_call(); }
  } leave;
  A::Node pos;
  positions(o, "stmt", &pos);
  check_range(pos);
  A::Stmt* s = stmt_node(o);
  s->lineno = pos.lineno, s->col_offset = pos.col_offset;
  s->end_lineno = pos.end_lineno, s->end_col_offset = pos.end_col_offset;
  return s;
}

A::Stmt* To::stmt_node(Object* o) {
  if (is(o, N_FunctionDef) || is(o, N_AsyncFunctionDef)) {
    const char* owner = is(o, N_FunctionDef) ? "FunctionDef" : "AsyncFunctionDef";
    auto* x = make<A::FunctionDef>();
    x->is_async = is(o, N_AsyncFunctionDef);
    x->name = ident(o, "name", owner);
    Ref h;
    x->args = arguments(req(o, "args", owner, h));
    x->body = stmts(o, "body", owner, true);
    x->decorator_list = exprs(o, "decorator_list", owner);
    x->returns = opt_expr(o, "returns");
    check_string(o, "type_comment");
    return x;
  }
  if (is(o, N_ClassDef)) {
    auto* x = make<A::ClassDef>();
    x->name = ident(o, "name", "ClassDef");
    x->bases = exprs(o, "bases", "ClassDef");
    x->keywords = keywords(o, "keywords", "ClassDef");
    x->body = stmts(o, "body", "ClassDef", true);
    x->decorator_list = exprs(o, "decorator_list", "ClassDef");
    return x;
  }
  if (is(o, N_Return)) {
    auto* x = make<A::Return>();
    x->value = opt_expr(o, "value");
    return x;
  }
  if (is(o, N_Delete)) {
    auto* x = make<A::Delete>();
    x->targets = exprs(o, "targets", "Delete", A::ExprContext::Del);
    if (x->targets.empty()) value_error("empty targets on Delete");
    return x;
  }
  if (is(o, N_Assign)) {
    auto* x = make<A::Assign>();
    x->targets = exprs(o, "targets", "Assign", A::ExprContext::Store);
    if (x->targets.empty()) value_error("empty targets on Assign");
    x->value = req_expr(o, "value", "Assign");
    check_string(o, "type_comment");
    return x;
  }
  if (is(o, N_AugAssign)) {
    auto* x = make<A::AugAssign>();
    x->target = req_expr(o, "target", "AugAssign", A::ExprContext::Store);
    x->op = binop(o, "AugAssign");
    x->value = req_expr(o, "value", "AugAssign");
    return x;
  }
  if (is(o, N_AnnAssign)) {
    auto* x = make<A::AnnAssign>();
    x->target = req_expr(o, "target", "AnnAssign", A::ExprContext::Store);
    x->annotation = req_expr(o, "annotation", "AnnAssign");
    x->value = opt_expr(o, "value");
    x->simple = int_field(o, "simple", "AnnAssign") != 0;
    if (x->simple && x->target->kind != A::ExprKind::Name) value_error("AnnAssign with simple non-Name target");
    return x;
  }
  if (is(o, N_For) || is(o, N_AsyncFor)) {
    const char* owner = is(o, N_For) ? "For" : "AsyncFor";
    auto* x = make<A::For>();
    x->is_async = is(o, N_AsyncFor);
    x->target = req_expr(o, "target", owner, A::ExprContext::Store);
    x->iter = req_expr(o, "iter", owner);
    x->body = stmts(o, "body", owner, true);
    x->orelse = stmts(o, "orelse", owner);
    check_string(o, "type_comment");
    return x;
  }
  if (is(o, N_While)) {
    auto* x = make<A::While>();
    x->test = req_expr(o, "test", "While");
    x->body = stmts(o, "body", "While", true);
    x->orelse = stmts(o, "orelse", "While");
    return x;
  }
  if (is(o, N_If)) {
    auto* x = make<A::If>();
    x->test = req_expr(o, "test", "If");
    x->body = stmts(o, "body", "If", true);
    x->orelse = stmts(o, "orelse", "If");
    return x;
  }
  if (is(o, N_With) || is(o, N_AsyncWith)) {
    const char* owner = is(o, N_With) ? "With" : "AsyncWith";
    auto* x = make<A::With>();
    x->is_async = is(o, N_AsyncWith);
    Ref h;
    Object* items = list_field(o, "items", owner, h);
    for (ssize i = 0; i < size_of(items); ++i) {
      Object* it = list_get(items, i);
      if (!is(it, N_withitem)) expected("withitem", it);
      auto* w = make<A::WithItem>();
      w->context_expr = req_expr(it, "context_expr", "withitem");
      Ref hv;
      if (Object* v = opt_field(it, "optional_vars", hv)) w->optional_vars = expr(v, A::ExprContext::Store);
      x->items.push_back(w);
    }
    if (x->items.empty()) {
      err_format(Exc_ValueError, "empty items on %s", owner);
      invalid();
    }
    x->body = stmts(o, "body", owner, true);
    check_string(o, "type_comment");
    return x;
  }
  if (is(o, N_Match)) {
    auto* x = make<A::Match>();
    x->subject = req_expr(o, "subject", "Match");
    Ref h;
    Object* cases = list_field(o, "cases", "Match", h);
    for (ssize i = 0; i < size_of(cases); ++i) {
      Object* c = list_get(cases, i);
      if (!is(c, N_match_case)) expected("match_case", c);
      auto* mc = make<A::MatchCase>();
      Ref hp;
      mc->pattern = pattern(req(c, "pattern", "match_case", hp));
      mc->guard = opt_expr(c, "guard");
      mc->body = stmts(c, "body", "match_case", true);
      x->cases.push_back(mc);
    }
    if (x->cases.empty()) value_error("empty cases on Match");
    return x;
  }
  if (is(o, N_Raise)) {
    auto* x = make<A::Raise>();
    x->exc = opt_expr(o, "exc");
    x->cause = opt_expr(o, "cause");
    if (x->cause && !x->exc) value_error("Raise with cause but no exception");
    return x;
  }
  if (is(o, N_Try) || is(o, N_TryStar)) {
    bool star = is(o, N_TryStar);
    const char* owner = star ? "TryStar" : "Try";
    auto* x = make<A::Try>(star ? A::StmtKind::TryStar : A::StmtKind::Try);
    x->body = stmts(o, "body", owner, true);
    Ref h;
    Object* hs = list_field(o, "handlers", owner, h);
    for (ssize i = 0; i < size_of(hs); ++i) {
      A::ExceptHandler* eh = handler(list_get(hs, i));
      eh->star = star;
      x->handlers.push_back(eh);
    }
    x->orelse = stmts(o, "orelse", owner);
    x->finalbody = stmts(o, "finalbody", owner);
    if (x->handlers.empty() && x->finalbody.empty()) {
      err_format(Exc_ValueError, "%s has neither except handlers nor finalbody", owner);
      invalid();
    }
    if (x->handlers.empty() && !x->orelse.empty()) {
      err_format(Exc_ValueError, "%s has orelse but no except handlers", owner);
      invalid();
    }
    return x;
  }
  if (is(o, N_Assert)) {
    auto* x = make<A::Assert>();
    x->test = req_expr(o, "test", "Assert");
    x->msg = opt_expr(o, "msg");
    return x;
  }
  if (is(o, N_Import) || is(o, N_ImportFrom)) {
    bool from = is(o, N_ImportFrom);
    const char* owner = from ? "ImportFrom" : "Import";
    std::vector<A::Alias*> names;
    Ref h;
    Object* l = list_field(o, "names", owner, h);
    for (ssize i = 0; i < size_of(l); ++i) {
      Object* a = list_get(l, i);
      if (!is(a, N_alias)) expected("alias", a);
      auto* al = make<A::Alias>();
      al->name = ident(a, "name", "alias");
      al->asname = opt_ident(a, "asname");
      positions(a, "alias", al);
      names.push_back(al);
    }
    if (names.empty()) {
      err_format(Exc_ValueError, "empty names on %s", owner);
      invalid();
    }
    if (!from) {
      auto* x = make<A::Import>();
      x->names = std::move(names);
      return x;
    }
    auto* x = make<A::ImportFrom>();
    x->module = opt_ident(o, "module");
    x->names = std::move(names);
    Ref hl;
    Object* lv = opt_field(o, "level", hl);
    x->level = lv ? int(to_int(lv)) : 0;
    if (x->level < 0) value_error("Negative ImportFrom level");
    return x;
  }
  if (is(o, N_Global) || is(o, N_Nonlocal)) {
    bool global = is(o, N_Global);
    const char* owner = global ? "Global" : "Nonlocal";
    std::vector<std::string> names = idents(o, "names", owner);
    if (names.empty()) {
      err_format(Exc_ValueError, "empty names on %s", owner);
      invalid();
    }
    if (global) {
      auto* x = make<A::Global>();
      x->names = std::move(names);
      return x;
    }
    auto* x = make<A::Nonlocal>();
    x->names = std::move(names);
    return x;
  }
  if (is(o, N_Expr)) {
    auto* x = make<A::ExprStmt>();
    x->value = req_expr(o, "value", "Expr");
    return x;
  }
  if (is(o, N_Pass)) return make<A::Pass>();
  if (is(o, N_Break)) return make<A::Break>();
  if (is(o, N_Continue)) return make<A::Continue>();
  expected("stmt", o);
}

A::PatternList To::patterns(Object* node, const char* field, const char* owner, bool star_ok) {
  Ref h;
  Object* l = list_field(node, field, owner, h);
  A::PatternList out;
  for (ssize i = 0; i < size_of(l); ++i) out.push_back(pattern(list_get(l, i), star_ok));
  return out;
}

// What a value pattern or a mapping pattern's key may be: a literal (not None,
// True or False unless a key, never ... or a tuple), an attribute lookup, or
// the signed/complex forms and f-strings the compiler checks further.
void To::check_match_value(Object* v, bool key) {
  if (is(v, N_Constant)) {
    Ref h(lookup(v, "value", "Constant"));
    if (key && (h.o == None || h.o == True || h.o == False)) return;
    TypeObject* t = type_of(h.o);
    if (t != &IntType && t != &FloatType && t != &ComplexType && t != &StrType && t != &BytesType)
      value_error("unexpected constant inside of a literal pattern");
    return;
  }
  if (is(v, N_Attribute) || is(v, N_UnaryOp) || is(v, N_BinOp) || is(v, N_JoinedStr)) return;
  value_error("patterns may only match literals and attribute lookups");
}

A::Pattern* To::pattern(Object* o, bool star_ok) {
  if (!enter_recursive_call(" during compilation")) invalid();
  struct Leave {
    ~Leave() { leave_recursive_call(); }
  } leave;
  A::Node pos;
  positions(o, "pattern", &pos);
  check_range(pos);
  A::Pattern* p = pattern_node(o, star_ok);
  p->lineno = pos.lineno, p->col_offset = pos.col_offset;
  p->end_lineno = pos.end_lineno, p->end_col_offset = pos.end_col_offset;
  return p;
}

A::Pattern* To::pattern_node(Object* o, bool star_ok) {
  if (is(o, N_MatchValue)) {
    auto* x = make<A::MatchValue>();
    Ref hv;
    check_match_value(req(o, "value", "MatchValue", hv), false);
    x->value = req_expr(o, "value", "MatchValue");
    return x;
  }
  if (is(o, N_MatchSingleton)) {
    auto* x = make<A::MatchSingleton>();
    Ref h(lookup(o, "value", "MatchSingleton"));
    if (h.o == None) x->value = A::ConstKind::None;
    else if (h.o == True) x->value = A::ConstKind::True;
    else if (h.o == False) x->value = A::ConstKind::False;
    else value_error("MatchSingleton can only contain True, False and None");
    return x;
  }
  if (is(o, N_MatchSequence)) {
    auto* x = make<A::MatchSequence>();
    x->patterns = patterns(o, "patterns", "MatchSequence", true);
    return x;
  }
  if (is(o, N_MatchMapping)) {
    auto* x = make<A::MatchMapping>();
    x->keys = exprs(o, "keys", "MatchMapping");
    x->patterns = patterns(o, "patterns", "MatchMapping");
    x->rest = opt_ident(o, "rest");
    if (x->keys.size() != x->patterns.size())
      value_error("MatchMapping doesn't have the same number of keys as patterns");
    if (!x->rest.empty()) check_capture(x->rest);
    Ref hk;
    Object* keys = list_field(o, "keys", "MatchMapping", hk);
    for (ssize i = 0; i < size_of(keys); ++i) check_match_value(list_get(keys, i), true);
    return x;
  }
  if (is(o, N_MatchClass)) {
    auto* x = make<A::MatchClass>();
    Ref hc;
    Object* cls = req(o, "cls", "MatchClass", hc);
    Ref chain(newref(cls));
    while (is(chain.o, N_Attribute)) {
      Object* inner = lookup(chain.o, "value", "Attribute");
      decref(chain.o);
      chain.o = inner;
    }
    if (!is(chain.o, N_Name)) value_error("MatchClass cls field can only contain Name or Attribute nodes.");
    x->cls = req_expr(o, "cls", "MatchClass");
    x->patterns = patterns(o, "patterns", "MatchClass");
    x->kwd_attrs = idents(o, "kwd_attrs", "MatchClass");
    x->kwd_patterns = patterns(o, "kwd_patterns", "MatchClass");
    if (x->kwd_attrs.size() != x->kwd_patterns.size())
      value_error("MatchClass doesn't have the same number of keyword attributes as patterns");
    for (const std::string& a : x->kwd_attrs) check_name(a);
    return x;
  }
  if (is(o, N_MatchStar)) {
    if (!star_ok) value_error("can't use MatchStar here");
    auto* x = make<A::MatchStar>();
    x->name = opt_ident(o, "name");
    if (!x->name.empty()) check_capture(x->name);
    return x;
  }
  if (is(o, N_MatchAs)) {
    auto* x = make<A::MatchAs>();
    Ref h;
    if (Object* p = opt_field(o, "pattern", h)) x->pattern = pattern(p);
    x->name = opt_ident(o, "name");
    if (!x->name.empty()) check_capture(x->name);
    if (x->pattern && x->name.empty())
      value_error("MatchAs must specify a target name if a pattern is given");
    return x;
  }
  if (is(o, N_MatchOr)) {
    auto* x = make<A::MatchOr>();
    x->patterns = patterns(o, "patterns", "MatchOr");
    if (x->patterns.size() < 2) value_error("MatchOr requires at least 2 patterns");
    return x;
  }
  expected("pattern", o);
}

}  // namespace

std::unique_ptr<A::Module> tree_to_module(Object* tree, TreeMode mode) {
  Classes C;
  if (!C.load()) return nullptr;
  NodeId want = mode == TreeMode::Eval ? N_Expression : mode == TreeMode::Single ? N_Interactive : N_Module;
  if (!is_subtype(type_of(tree), C[want])) {
    err_format(Exc_TypeError, "expected %s node, got %s", want == N_Expression ? "Expression"
                                                          : want == N_Interactive ? "Interactive" : "Module",
               type_name(tree));
    return nullptr;
  }
  auto m = std::make_unique<A::Module>();
  To to(C, *m);
  try {
    if (mode == TreeMode::Eval) {
      Ref h;
      m->expr = to.expr(to.req(tree, "body", "Expression", h));
    } else {
      m->body = to.stmts(tree, "body", want == N_Module ? "Module" : "Interactive");
    }
  } catch (const Invalid&) {
    if (!err_occurred()) err_set_string(Exc_SystemError, "invalid AST");
    return nullptr;
  }
  return m;
}

}  // namespace stdlib::astmod
