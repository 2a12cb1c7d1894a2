// The run-time side of the match statement and of except*: the helpers behind
// MATCH_CLASS, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and CHECK_EG_MATCH
// (interp/eval_match.cpp; docs/match.md, docs/excgroups.md).  The eval loop
// keeps only thin cases that call these.
#pragma once
#include "../runtime/api.h"

namespace interp {

// MATCH_CLASS: the tuple of extracted attributes (positional sub-patterns
// through __match_args__, then the keyword names in kw), None when the
// subject is not an instance of cls or an attribute is missing; nullptr on error.
rt::Object* match_class(rt::Object* subject, rt::Object* cls, rt::ssize npos, rt::Object* kw);
// MATCH_KEYS: tuple of subject.get(k) for the keys, None when one is missing; nullptr on error.
rt::Object* match_keys(rt::Object* subject, rt::Object* keys);
// COPY_DICT_WITHOUT_KEYS: dict(subject) minus keys; nullptr on error.
rt::Object* copy_dict_without_keys(rt::Object* subject, rt::Object* keys);
// CHECK_EG_MATCH: check the clause's type, split exc; a match becomes the
// handled exception.  New references in *rest and *match; -1 on error.
int check_eg_match(rt::Object* exc, rt::Object* type, rt::Object** rest, rt::Object** match);

}  // namespace interp
