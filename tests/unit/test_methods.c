// test_methods.c - unit tests for the method-set computation (interp/
// types.c tc_lookup_method, tc_implements, tc_missing_reason; interp/
// check_embed.c tc_lookup_path and promotion): the real pipeline
// in-process (parse_file, tc_new, tc_check_file), then the method sets of
// the declared types are inspected directly, and Go 1.19's compile errors
// for interface satisfaction are asserted. Every expected text was
// recorded from `go build` (go1.19.8) on the same source saved as x.go.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checked.h"

Suite *methods_suite(void);

// check_src: the programs here are all syntactically valid.
static void check_src(Checked *out, const char *src) {
    tu_check_src(out, src);
    ck_assert_int_eq(out->nsyntax, 0);
}

// named returns the package-level type name's Type.
static Type *named(Checked *k, const char *name) {
    Obj *o = tc_scope_lookup(k->c->pkg_scope, name, NULL);
    ck_assert_msg(o && o->kind == OBJ_TYPENAME, "no type %s", name);
    return o->type;
}

// in_method_set: is name in the method set of t (spec "Method sets")?
static bool in_method_set(const Type *t, const char *name) {
    bool ptr = false;
    const Method *m = tc_lookup_method(t, name, &ptr);
    if (!m) return false;
    return !ptr || t->kind == KIND_POINTER || tc_under(t)->kind == KIND_INTERFACE;
}

// reason returns tc_missing_reason's text ("" when t implements iface).
static const char *reason(Checked *k, const char *t, bool ptr, const char *iface) {
    Type *tt = named(k, t);
    if (ptr) tt = tc_pointer(k->c, tt);
    const char *r = tc_missing_reason(k->c, tt, named(k, iface), true);
    return r ? r : "";
}

static const char *const sets_src =
    "package main\n"
    "type I interface{ V(); P() }\n"
    "type J interface{ V() }\n"
    "type E interface{ J; W() }\n"
    "type T struct{ n int }\n"
    "func (T) V() {}\n"
    "func (*T) P() {}\n"
    "type S struct{ T }\n"
    "type SP struct{ *T }\n"
    "type SI struct{ J }\n"
    "type Deep struct{ S }\n"
    "func (Deep) V() {}\n"
    "type Ints []int\n"
    "func (Ints) Len() int { return 0 }\n"
    "type F func()\n"
    "func (F) Call() {}\n"
    "func main() {}\n";

START_TEST(test_value_and_pointer_receivers) {
    Checked k;
    check_src(&k, sets_src);
    ck_assert_int_eq(k.nerrors, 0);
    Type *t = named(&k, "T"), *pt = tc_pointer(k.c, t);
    ck_assert(in_method_set(t, "V"));
    ck_assert(!in_method_set(t, "P"));
    ck_assert(in_method_set(pt, "V"));
    ck_assert(in_method_set(pt, "P"));
    ck_assert(!in_method_set(t, "n"));
    ck_assert(in_method_set(named(&k, "Ints"), "Len"));
    ck_assert(in_method_set(named(&k, "F"), "Call"));
    ck_assert(tc_implements(k.c, named(&k, "T"), named(&k, "J"), NULL));
    ck_assert(!tc_implements(k.c, named(&k, "T"), named(&k, "I"), NULL));
    ck_assert(tc_implements(k.c, pt, named(&k, "I"), NULL));
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_promoted_methods) {
    Checked k;
    check_src(&k, sets_src);
    ck_assert_int_eq(k.nerrors, 0);
    // struct{ T }: T's value methods; *S also gets *T's
    Type *s = named(&k, "S"), *ps = tc_pointer(k.c, s);
    ck_assert(in_method_set(s, "V"));
    ck_assert(!in_method_set(s, "P"));
    ck_assert(in_method_set(ps, "P"));
    ck_assert(tc_implements(k.c, ps, named(&k, "I"), NULL));
    ck_assert_str_eq(reason(&k, "S", false, "I"), "(P method has pointer receiver)");
    // struct{ *T }: all of *T's methods, for SP and *SP
    Type *sp = named(&k, "SP");
    ck_assert(in_method_set(sp, "V"));
    ck_assert(in_method_set(sp, "P"));
    ck_assert(tc_implements(k.c, sp, named(&k, "I"), NULL));
    // an embedded interface promotes its methods
    ck_assert(in_method_set(named(&k, "SI"), "V"));
    ck_assert(tc_implements(k.c, named(&k, "SI"), named(&k, "J"), NULL));
    // interface embedding interface
    Type *e = named(&k, "E");
    ck_assert(in_method_set(e, "V"));
    ck_assert(in_method_set(e, "W"));
    ck_assert(tc_implements(k.c, e, named(&k, "J"), NULL));
    ck_assert_str_eq(reason(&k, "J", false, "E"), "(missing W method)");
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_shadowing_by_depth) {
    Checked k;
    check_src(&k, sets_src);
    ck_assert_int_eq(k.nerrors, 0);
    // Deep.V (depth 0) shadows S.T.V (depth 2); P comes from depth 2
    const Field *path[8], *field = NULL;
    const Method *m = NULL;
    int npath = 0;
    ck_assert_int_eq(tc_lookup_path(named(&k, "Deep"), "V", path, &npath, &field, &m), 1);
    ck_assert_int_eq(npath, 0);
    ck_assert_ptr_nonnull(m);
    ck_assert(!m->promoted);
    m = NULL;
    ck_assert_int_eq(tc_lookup_path(named(&k, "Deep"), "n", path, &npath, &field, &m), 1);
    ck_assert_int_eq(npath, 2);
    ck_assert_ptr_nonnull(field);
    ck_assert_int_eq(tc_lookup_path(named(&k, "Deep"), "nope", path, &npath, &field, &m), 0);
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_ambiguous_selector) {
    Checked k;
    check_src(&k, "package main\n"
                  "type A struct{ X int }\n"
                  "func (A) M() {}\n"
                  "type B struct{ X int }\n"
                  "func (B) M() {}\n"
                  "type C struct {\n\tA\n\tB\n}\n"
                  "type D struct {\n\tC\n\tX string\n}\n"
                  "type I interface{ M() }\n"
                  "func main() {\n"
                  "\tvar c C\n"
                  "\tc.M()\n"
                  "\t_ = c.X\n"
                  "\tvar d D\n"
                  "\td.X = \"ok\"\n"
                  "\tvar i I = c\n"
                  "\t_ = i\n"
                  "}\n");
    const Field *path[8], *field = NULL;
    const Method *m = NULL;
    int npath = 0;
    ck_assert_int_eq(tc_lookup_path(named(&k, "C"), "M", path, &npath, &field, &m), 2);
    ck_assert_int_eq(tc_lookup_path(named(&k, "D"), "X", path, &npath, &field, &m), 1);
    ck_assert_str_eq(k.errors, "x.go:17:4: ambiguous selector c.M\n"
                               "x.go:18:8: ambiguous selector c.X\n"
                               "x.go:21:12: cannot use c (variable of type C) as type I in variable declaration:\n"
                               "\tC does not implement I (missing M method)\n");
    tu_checked_free(&k);
}
END_TEST

typedef struct ErrCase {
    const char *name, *src, *want;
} ErrCase;

static const ErrCase err_cases[] = {
    {"missing",
     "package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
     "x.go:5:12: cannot use T{} (value of type T) as type I in variable declaration:\n"
     "\tT does not implement I (missing M method)\n"},
    {"pointer receiver",
     "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\n"
     "func f(I) {}\nfunc main() {\n\tf(T{})\n}\n",
     "x.go:7:4: cannot use T{} (value of type T) as type I in argument to f:\n"
     "\tT does not implement I (M method has pointer receiver)\n"},
    {"wrong type",
     "package main\ntype I interface{ M(string) }\ntype T struct{}\nfunc (T) M(int) {}\n"
     "func g() I {\n\treturn T{}\n}\nfunc main() { g() }\n",
     "x.go:6:9: cannot use T{} (value of type T) as type I in return statement:\n"
     "\tT does not implement I (wrong type for M method)\n\t\thave M(int)\n\t\twant M(string)\n"},
    {"wrong result type",
     "package main\ntype I interface{ M() (int, error) }\ntype T int\nfunc (T) M() int { return 0 }\n"
     "func main() {\n\tvar i I\n\ti = T(1)\n\t_ = i\n}\n",
     "x.go:7:6: cannot use T(1) (constant 1 of type T) as type I in assignment:\n"
     "\tT does not implement I (wrong type for M method)\n\t\thave M() int\n\t\twant M() (int, error)\n"},
    {"case folded",
     "package main\ntype I interface{ Len() int }\ntype T []int\nfunc (T) len() int { return 0 }\n"
     "func main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
     "x.go:6:12: cannot use T{} (value of type T) as type I in variable declaration:\n"
     "\tT does not implement I (missing Len method)\n\t\thave len() int\n\t\twant Len() int\n"},
    {"pointer to interface",
     "package main\ntype I interface{ M() }\nfunc main() {\n\tvar p *I\n\tvar i I = p\n\t_ = i\n}\n",
     "x.go:5:12: cannot use p (variable of type *I) as type I in variable declaration:\n"
     "\t*I does not implement I (type *I is pointer to interface, not interface)\n"},
    {"interface to interface",
     "package main\ntype I interface{ M(); N() }\ntype J interface{ M() }\n"
     "func main() {\n\tvar j J\n\tvar i I = j\n\t_ = i\n}\n",
     "x.go:6:12: cannot use j (variable of type J) as type I in variable declaration:\n"
     "\tJ does not implement I (missing N method)\n"},
    {"impossible assertion",
     "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\n"
     "func main() {\n\tvar i I\n\t_ = i.(T)\n\t_ = i.(*T)\n}\n",
     "x.go:7:6: impossible type assertion: i.(T)\n"
     "\tT does not implement I (M method has pointer receiver)\n"},
    {"impossible type switch case",
     "package main\ntype I interface{ M() }\ntype T struct{}\n"
     "func main() {\n\tvar i I\n\tswitch i.(type) {\n\tcase T:\n\t}\n}\n",
     "x.go:7:7: impossible type switch case: T\n"
     "\ti (variable of type I) cannot have dynamic type T (missing M method)\n"},
    {"promoted through pointer ok",
     "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\n"
     "type S struct{ *T }\nfunc main() {\n\tvar i I = S{}\n\t_ = i\n}\n",
     ""},
};

START_TEST(test_implements_errors) {
    const ErrCase *tc = &err_cases[_i];
    Checked k;
    check_src(&k, tc->src);
    ck_assert_msg(strcmp(k.errors, tc->want) == 0, "%s:\ngot:\n%s\nwant:\n%s", tc->name, k.errors, tc->want);
    tu_checked_free(&k);
}
END_TEST

Suite *methods_suite(void) {
    Suite *s = suite_create("methods");
    TCase *t = tcase_create("method sets");
    tcase_add_test(t, test_value_and_pointer_receivers);
    tcase_add_test(t, test_promoted_methods);
    tcase_add_test(t, test_shadowing_by_depth);
    tcase_add_test(t, test_ambiguous_selector);
    tcase_add_loop_test(t, test_implements_errors, 0, (int)(sizeof err_cases / sizeof err_cases[0]));
    suite_add_tcase(s, t);
    return s;
}
