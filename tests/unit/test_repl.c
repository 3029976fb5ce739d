// test_repl.c - unit tests for the REPL's parser entry points (issue 6):
// parse_repl_needs_more (when a continuation prompt is due) and
// parse_repl_input (declarations apart, statements in the function "",
// session line numbers). The sessions themselves are tested through a
// terminal by tests/repl/run.py.
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "parser/parser.h"

static bool more(const char *s) { return parse_repl_needs_more(s, strlen(s)); }

START_TEST(test_needs_more) {
    ck_assert(!more("x := 1\n"));
    ck_assert(!more("m[\"a\"]\n"));
    ck_assert(!more("func f() {}\n"));
    ck_assert(!more("// just a comment\n"));
    ck_assert(more("func f() {\n"));
    ck_assert(more("f(1,\n"));
    ck_assert(more("xs := []int{\n1,\n"));
    ck_assert(more("s := `raw\n"));
    ck_assert(!more("s := `raw\nstring`\n"));
    ck_assert(more("/* open comment\n"));
    ck_assert(more("x := 1 +\n"));
    ck_assert(!more("s := \"unterminated\n"));   // an error, not a continuation
    ck_assert(!more("}\n"));                     // a stray closer: let the parser say so
}
END_TEST

static void count_err(void *ctx, Pos pos, const char *msg) {
    (void)pos, (void)msg;
    (*(int *)ctx)++;
}

START_TEST(test_input_split) {
    Arena *a = arena_new();
    const char *src = "import \"strings\"\ntype T int\nx := 1\nfunc f() int { return 1 }\n"
                      "func (t T) M() {}\nfunc() {}()\nx++\n";
    int errs = 0, n = -1;
    AstFile *f = parse_repl_input(a, "<repl>", src, strlen(src), 5, count_err, &errs, &n);
    ck_assert_int_eq(n, 0);
    ck_assert_int_eq(errs, 0);
    ck_assert_int_eq(f->imports.n, 1);
    ck_assert_int_eq(f->decls.n, 4);   // type, func f, method M, then ""
    AstDecl *body = f->decls.v[3];
    ck_assert_int_eq(body->kind, AST_FUNC_DECL);
    ck_assert_str_eq(body->u.func.name->u.ident.name, "");
    AstStmtList *l = &body->u.func.body->list;
    ck_assert_int_eq(l->n, 3);         // x := 1, func() {}(), x++
    ck_assert_int_eq(l->v[0]->kind, AST_ASSIGN_STMT);
    ck_assert_int_eq(l->v[0]->pos.line, 7);
    ck_assert_int_eq(l->v[1]->kind, AST_EXPR_STMT);
    ck_assert_int_eq(l->v[2]->pos.line, 11);
    ck_assert_int_eq(f->decls.v[2]->u.func.recv.n, 1);
    arena_free(a);
}
END_TEST

START_TEST(test_input_errors) {
    Arena *a = arena_new();
    const char *src = "x := \n";
    int errs = 0, n = 0;
    parse_repl_input(a, "<repl>", src, strlen(src), 3, count_err, &errs, &n);
    ck_assert_int_eq(n, 1);
    src = "package main\nfunc g() {}\n";   // a pasted package clause is ignored
    n = 0;
    AstFile *f = parse_repl_input(a, "<repl>", src, strlen(src), 1, count_err, &errs, &n);
    ck_assert_int_eq(n, 0);
    ck_assert_int_eq(f->decls.n, 1);
    arena_free(a);
}
END_TEST

Suite *repl_suite(void);
Suite *repl_suite(void) {
    Suite *s = suite_create("repl");
    TCase *tc = tcase_create("parse");
    tcase_add_test(tc, test_needs_more);
    tcase_add_test(tc, test_input_split);
    tcase_add_test(tc, test_input_errors);
    suite_add_tcase(s, tc);
    return s;
}
