// test_parser.c - unit tests for parser/: token numbering, tree shapes,
// positions, semicolon and composite-literal edge cases, Go 1.19's exact
// syntax error texts and positions (recorded from `go run`), and
// ast_expr_string (recorded from cmd/compile's messages).
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "parser/parse_state.h"

typedef struct Errs {
    char text[4096];
    int n;
} Errs;

static void collect(void *ctx, Pos pos, const char *msg) {
    Errs *e = ctx;
    size_t len = strlen(e->text);
    snprintf(e->text + len, sizeof e->text - len, "%d:%d: %s\n", pos.line, pos.col, msg);
    e->n++;
}

static AstFile *parse(Arena *a, const char *src, Errs *errs) {
    int n = 0;
    memset(errs, 0, sizeof *errs);
    AstFile *f = parse_file(a, "x.go", src, strlen(src), collect, errs, &n);
    ck_assert_int_eq(n, errs->n);
    return f;
}

// body_dump parses "package p; func f() { body }" and dumps f's body.
static char *body_dump(Arena *a, const char *body) {
    char src[2048];
    snprintf(src, sizeof src, "package p\n\nfunc f() {\n%s\n}\n", body);
    Errs errs;
    AstFile *f = parse(a, src, &errs);
    if (errs.n)
        return arena_printf(a, "ERRORS: %s", errs.text);
    ck_assert_int_eq(f->decls.n, 1);
    char *s = ast_dump_decl(a, f->decls.v[0]);
    const char *prefix = "(func f (functype () ()) (block";
    ck_assert_msg(strncmp(s, prefix, strlen(prefix)) == 0, "%s", s);
    s += strlen(prefix);
    if (*s == ' ')
        s++;
    s[strlen(s) - 2] = 0;  // drop "))"
    return s;
}

static void check_body(const char *body, const char *want) {
    Arena *a = arena_new();
    char *got = body_dump(a, body);
    ck_assert_msg(strcmp(got, want) == 0, "body:\n%s\nwant: %s\ngot:  %s", body, want, got);
    arena_free(a);
}

static void check_file(const char *src, const char *want) {
    Arena *a = arena_new();
    Errs errs;
    AstFile *f = parse(a, src, &errs);
    ck_assert_msg(errs.n == 0, "%s", errs.text);
    char *got = ast_dump_file(a, f);
    ck_assert_msg(strcmp(got, want) == 0, "src:\n%s\nwant: %s\ngot:  %s", src, want, got);
    arena_free(a);
}

// check_errors: src's errors must be exactly want ("L:C: msg\n" lines).
static void check_errors(const char *src, const char *want) {
    Arena *a = arena_new();
    Errs errs;
    parse(a, src, &errs);
    ck_assert_msg(strcmp(errs.text, want) == 0, "src:\n%s\nwant:\n%sgot:\n%s", src, want, errs.text);
    arena_free(a);
}

// ---- token numbers ------------------------------------------------------

static const struct {
    const char *name;
    int value;
} token_kinds[] = {
#define TOK(name, spelling) {#name, TOK_##name},
#include "lexer/tokens.def"
#undef TOK
};

START_TEST(test_bison_token_numbers) {
    int n = 0;
    for (const struct ParseTokenNumber *t = parse_bison_tokens; t->name; t++, n++) {
        if (strcmp(t->name, "LBODY") == 0) {
            ck_assert_int_eq(t->value, PARSE_TOK_LBODY);
            ck_assert_int_ge(t->value, TOK__COUNT);
            continue;
        }
        ck_assert_msg(n < TOK__COUNT, "extra bison token %s", t->name);
        ck_assert_str_eq(t->name, token_kinds[n].name);
        ck_assert_msg(t->value == token_kinds[n].value, "bison %s = %d, TokenKind = %d", t->name, t->value,
                      token_kinds[n].value);
    }
    ck_assert_int_eq(n, TOK__COUNT + 1);
}
END_TEST

// ---- declarations -------------------------------------------------------

START_TEST(test_imports_and_consts) {
    check_file("package main\n"
               "import \"fmt\"\n"
               "import (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\n"
               "const (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE\n)\n",
               "(file main (import (import nil \"fmt\")) (import (import m \"math\") (import . \"strings\") "
               "(import _ \"os\")) (const (spec (A) nil (iota) iota=0) (spec (B) nil () implicit iota=1) "
               "(spec (C D) nil (1 2) iota=2) (spec (E) nil () implicit iota=3)))");
}
END_TEST

START_TEST(test_types_and_vars) {
    check_file("package p\n"
               "type T struct {\n\ta, b int `json:\"a\"`\n\t*E\n\tpkg.O\n}\n"
               "type A = []map[string]*T\n"
               "type I interface {\n\tM(x int) (string, error)\n\tfmt.Stringer\n}\n"
               "var x, y int = 1, 2\n"
               "var (\n\tc <-chan int\n\td chan<- []int\n\te chan (<-chan int)\n\tf func(int, ...string) bool\n)\n"
               "type G [3][]int\n",
               "(file p (type (typespec T (struct ((field (a b) int `json:\"a\"`) (field () (star E)) "
               "(field () (sel pkg O)))))) (type (typespec A = (array nil (map string (star T))))) "
               "(type (typespec I (interface ((field (M) (functype ((field (x) int)) ((field () string) "
               "(field () error)))) (field () (sel fmt Stringer)))))) (var (spec (x y) int (1 2) iota=0)) "
               "(var (spec (c) (chan<-recv int) () iota=0) (spec (d) (chan<- (array nil int)) () iota=0) "
               "(spec (e) (chan (paren (chan<-recv int))) () iota=0) (spec (f) (functype ((field () int) "
               "(field () (... string))) ((field () bool))) () iota=0)) (type (typespec G (array 3 (array nil int)))))");
}
END_TEST

// Go 1.18 type parameters: generic types and functions, instantiations
// (x[T] is an INDEX, x[A, B] an INDEX_LIST), unions and ~ terms, and the
// array/type-parameter ambiguity of "type T[...]" resolved as the spec says
START_TEST(test_generics) {
    check_file("package p\n"
               "type List[T any] struct{ next *List[T] }\n"
               "type Pair[K comparable, V any] struct{}\n"
               "type A [N]int\n"
               "type Num interface{ ~int | ~float64 }\n"
               "func Max[T int | float64](a, b T) T { return Max[T](a, b) }\n"
               "func (l *List[T]) Push(v T) {}\n"
               "var m Pair[string, []int]\n",
               "(file p (type (typespec List (tparams ((field (T) any))) (struct ((field (next) (star (index List T)))))))"
               " (type (typespec Pair (tparams ((field (K) comparable) (field (V) any))) (struct ())))"
               " (type (typespec A (array N int)))"
               " (type (typespec Num (interface ((field () (| (~ int) (~ float64)))))))"
               " (func Max (functype (tparams ((field (T) (| int float64)))) ((field (a b) T)) ((field () T)))"
               " (block (return ((call (index Max T) (a b))))))"
               " (func ((field (l) (star (index List T)))) Push (functype ((field (v) T)) ()) (block))"
               " (var (spec (m) (index-list Pair string (array nil int)) () iota=0)))");
    check_errors("package p\nfunc F[]() {}\n", "2:8: syntax error: empty type parameter list\n");
    check_errors("package p\nfunc (T) M[U any]() {}\n", "2:11: syntax error: method must have no type parameters\n");
    check_errors("package p\nvar f = func[T any]() {}\n", "2:13: syntax error: function type must have no type parameters\n");
}
END_TEST

// ast_clone_decl copies deep: the copy's nodes are new and changing them
// leaves the original alone
START_TEST(test_clone) {
    Arena *a = arena_new();
    Errs errs;
    AstFile *f = parse(a, "package p\nfunc F[T any](x T) T { if x == x { return x }; return F(x) }\n", &errs);
    ck_assert_int_eq(errs.n, 0);
    AstDecl *d = f->decls.v[0];
    AstDecl *c = ast_clone_decl(a, d);
    ck_assert_str_eq(ast_dump_decl(a, c), ast_dump_decl(a, d));
    ck_assert_ptr_ne(c->u.func.body, d->u.func.body);
    ck_assert_ptr_ne(c->u.func.body->list.v[0], d->u.func.body->list.v[0]);
    c->u.func.name->u.ident.name = "G";
    ck_assert_str_eq(d->u.func.name->u.ident.name, "F");
    arena_free(a);
}
END_TEST

START_TEST(test_funcs_and_params) {
    check_file("package p\n"
               "func (t *T) M(a, b int, c ...string) (r int, err error) {}\n"
               "func f(int, string) (int)\n"
               "func g(a, b, c int, d string) {}\n",
               "(file p (func ((field (t) (star T))) M (functype ((field (a b) int) (field (c) (... string))) "
               "((field (r) int) (field (err) error))) (block)) (func f (functype ((field () int) "
               "(field () string)) ((field () int))) nil) (func g (functype ((field (a b c) int) "
               "(field (d) string)) ()) (block)))");
}
END_TEST

// ---- statements ---------------------------------------------------------

START_TEST(test_simple_statements) {
    check_body("x := 1\nx, y = y, x\nx += 2\nx++\ny--\nch <- v\nf(a, b...)\n<-ch",
               "(assign := (x) (1)) (assign = (x y) (y x)) (assign += (x) (2)) (++ x) (-- y) (send ch v) "
               "(expr (call f (a b) ...)) (expr (<- ch))");
}
END_TEST

START_TEST(test_control_statements) {
    check_body("if x := f(); x > 0 {\n} else if y {\n} else {\n}\n"
               "for {\n}\nfor x < 3 {\n}\nfor i := 0; i < 10; i++ {\n\tcontinue\n}\n"
               "for k, v := range m {\n}\nfor k = range m {\n}\nfor range ch {\n}\n"
               "L:\n\tfor ;; {\n\t\tbreak L\n\t}\ngoto L",
               "(if (assign := (x) ((call f ()))) (> x 0) (block) (if nil y (block) (block))) "
               "(for nil nil nil (block)) (for nil (< x 3) nil (block)) "
               "(for (assign := (i) (0)) (< i 10) (++ i) (block (continue))) (range k v := m (block)) "
               "(range k nil = m (block)) (range nil nil none ch (block)) "
               "(label L (for nil nil nil (block (break L)))) (goto L)");
}
END_TEST

START_TEST(test_switch_select) {
    check_body("switch x := 1; x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}\n"
               "switch {\n}\n"
               "switch t := v.(type) {\ncase int, []string:\ncase nil:\n}\n"
               "switch v.(type) {\n}\n"
               "select {\ncase x := <-ch:\n\t_ = x\ncase ch <- 1:\ncase <-ch:\ndefault:\n}",
               "(switch (assign := (x) (1)) x (block (case (1 2) (fallthrough)) (default))) "
               "(switch nil nil (block)) "
               "(typeswitch nil (assign := (t) ((assert v type))) (block (case (int (array nil string))) "
               "(case (nil)))) (typeswitch nil (expr (assert v type)) (block)) "
               "(select (block (comm (assign := (x) ((<- ch))) (assign = (_) (x))) (comm (send ch 1)) "
               "(comm (expr (<- ch))) (default)))");
}
END_TEST

START_TEST(test_go_defer_return_decl) {
    check_body("go func() {}()\ndefer mu.Unlock()\nvar a, b = 1, 2\nconst c = 3\ntype t int\nreturn 1, nil",
               "(go (call (funclit (functype () ()) (block)) ())) (defer (call (sel mu Unlock) ())) "
               "(var (spec (a b) nil (1 2) iota=0)) (const (spec (c) nil (3) iota=0)) (type (typespec t int)) "
               "(return (1 nil))");
}
END_TEST

// ---- expressions --------------------------------------------------------

START_TEST(test_expressions) {
    check_body("_ = a + b*c - d\n_ = !x || y && z == w\n_ = -x + ^y\n_ = *p + &v\n"
               "_ = a.b.c(d)[e:f][1:2:3]\n_ = x.(T)\n_ = []byte(s)\n_ = (*T)(nil)\n"
               "_ = map[string]int{\"a\": 1}\n_ = [...]int{1, 2}\n_ = []Point{{1, 2}, {X: 3}}\n"
               "_ = struct{}{}\n_ = func(x int) int { return x }\n_ = x << 2 >> 1 &^ 3 % 4 / 5\n"
               "_ = a < b != (c >= d)\n_ = interface{}(nil)\n_ = chan int(nil)",
               "(assign = (_) ((- (+ a (* b c)) d))) (assign = (_) ((|| (! x) (&& y (== z w))))) "
               "(assign = (_) ((+ (- x) (^ y)))) (assign = (_) ((+ (star p) (& v)))) "
               "(assign = (_) ((slice3 (slice (call (sel (sel a b) c) (d)) e f) 1 2 3))) "
               "(assign = (_) ((assert x T))) (assign = (_) ((call (array nil byte) (s)))) "
               "(assign = (_) ((call (paren (star T)) (nil)))) "
               "(assign = (_) ((composite (map string int) ((kv \"a\" 1))))) "
               "(assign = (_) ((composite (array (...) int) (1 2)))) "
               "(assign = (_) ((composite (array nil Point) ((composite nil (1 2)) (composite nil ((kv X 3))))))) "
               "(assign = (_) ((composite (struct ()) ()))) "
               "(assign = (_) ((funclit (functype ((field (x) int)) ((field () int))) (block (return (x)))))) "
               "(assign = (_) ((/ (% (&^ (>> (<< x 2) 1) 3) 4) 5))) "
               "(assign = (_) ((!= (< a b) (paren (>= c d))))) "
               "(assign = (_) ((call (interface ()) (nil)))) (assign = (_) ((call (chan int) (nil))))");
}
END_TEST

// Composite literals in if/for/switch headers: bare type names need
// parentheses, literal types and func literals do not.
START_TEST(test_header_composite_literals) {
    check_body("if x == (T{}) {\n}\n"
               "for _, p := range []Point{{1, 2}} {\n}\n"
               "if f := func() bool { if a { return b }; return c }; f() {\n}\n"
               "switch x := (struct{ a int }{1}); x.a {\n}\n"
               "for i := range [3]int{} {\n\t_ = T{i}\n}",
               "(if nil (== x (paren (composite T ()))) (block) nil) "
               "(range _ p := (composite (array nil Point) ((composite nil (1 2)))) (block)) "
               "(if (assign := (f) ((funclit (functype () ((field () bool))) (block (if nil a "
               "(block (return (b))) nil) (return (c)))))) (call f ()) (block) nil) "
               "(switch (assign := (x) ((paren (composite (struct ((field (a) int))) (1))))) (sel x a) (block)) "
               "(range i nil := (composite (array 3 int) ()) (block (assign = (_) ((composite T (i))))))");
}
END_TEST

START_TEST(test_semicolons) {
    // a trailing ";" before "}" or ")" is optional; "if x\n{" is two lines
    check_body("x := 1; y := 2;\n;\nf(\n\ta,\n\tb,\n)\nvar (a int; b int)\n_ = []int{\n\t1,\n\t2,\n}",
               "(assign := (x) (1)) (assign := (y) (2)) (expr (call f (a b))) "
               "(var (spec (a) int () iota=0) (spec (b) int () iota=0)) "
               "(assign = (_) ((composite (array nil int) (1 2))))");
    check_body("switch x\n{\n}", "(switch (expr x) nil (block))");
    check_file("package p\nfunc f() { return }", "(file p (func f (functype () ()) (block (return ()))))");
    check_file("package p; var x = 1; var y = 2", "(file p (var (spec (x) nil (1) iota=0)) "
                                                 "(var (spec (y) nil (2) iota=0)))");
}
END_TEST

START_TEST(test_positions) {
    Arena *a = arena_new();
    Errs errs;
    AstFile *f = parse(a, "package p\n\nfunc f() {\n\tx := a + b*c\n\tif x {\n\t}\n}\n", &errs);
    ck_assert_int_eq(errs.n, 0);
    ck_assert_int_eq(f->package_name->pos.line, 1);
    ck_assert_int_eq(f->package_name->pos.col, 9);
    AstDecl *d = f->decls.v[0];
    ck_assert_int_eq(d->pos.line, 3);
    ck_assert_int_eq(d->pos.col, 1);
    AstBlock *body = d->u.func.body;
    ck_assert_int_eq(body->lbrace.col, 10);
    ck_assert_int_eq(body->rbrace.line, 7);
    AstStmt *s = body->list.v[0];
    ck_assert_int_eq(s->kind, AST_ASSIGN_STMT);
    ck_assert_int_eq(s->pos.col, 2);
    ck_assert_int_eq(s->u.assign.tok_pos.col, 4);
    AstExpr *bin = s->u.assign.rhs.v[0];
    ck_assert_int_eq(bin->kind, AST_BINARY_EXPR);
    ck_assert_int_eq(bin->pos.col, 7);
    ck_assert_int_eq(bin->u.binary.op_pos.col, 9);
    ck_assert_int_eq(bin->u.binary.y->u.binary.op_pos.col, 12);
    AstStmt *ifs = body->list.v[1];
    ck_assert_int_eq(ifs->kind, AST_IF_STMT);
    ck_assert_int_eq(ifs->pos.line, 5);
    ck_assert_int_eq(ifs->u.if_stmt.body->lbrace.col, 7);
    arena_free(a);
}
END_TEST

// ---- syntax errors (texts and positions recorded from go1.19 `go run`) ---

#define MAIN(body) "package main\nfunc main() {\n" body "}\n"

START_TEST(test_syntax_errors_common) {
    check_errors(MAIN("\tf(a, b\n"), "3:8: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
    check_errors(MAIN("\tx := foo bar\n"), "3:11: syntax error: unexpected bar at end of statement\n");
    check_errors("package main\nx := 1\n", "2:1: syntax error: non-declaration statement outside function body\n");
    check_errors("package main\nfunc main()\n{\n}\n", "3:1: syntax error: unexpected semicolon or newline before {\n");
    check_errors(MAIN("\tif x\n\t{\n\t}\n"), "3:6: syntax error: unexpected newline, expecting { after if clause\n");
    check_errors(MAIN("\tif x := 1 {\n\t}\n"), "3:7: syntax error: cannot use x := 1 as value\n");
    check_errors(MAIN("\tif x = 1 {\n\t}\n"), "3:7: syntax error: cannot use assignment (x) = (1) as value\n");
    check_errors(MAIN("\tx = 42 7\n"), "3:9: syntax error: unexpected literal 7 at end of statement\n");
    check_errors(MAIN("\tvar a []int = []int{1, 2\n}\n"),
                 "3:26: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
    check_errors("package main\nfunc main() {\n\tx := 1\n", "4:1: syntax error: unexpected EOF, expecting }\n");
    check_errors("package main\nfunc main() {\n}\n}\n",
                 "4:1: syntax error: non-declaration statement outside function body\n");
    check_errors(MAIN("\tfmt.Println(\"a\" \"b\")\n"),
                 "3:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )\n");
    check_errors("package main\nfunc f(a int b int) {}\n",
                 "2:14: syntax error: unexpected b in parameter list; possibly missing comma or )\n");
    check_errors("package main\nfunc f(a int, b) {}\n", "2:15: syntax error: mixed named and unnamed parameters\n");
    check_errors(MAIN("\tif x == T{} {\n\t}\n"), "3:14: syntax error: unexpected { at end of statement\n");
    check_errors(MAIN("\tif x {\n\t}\n\telse {\n\t}\n"), "5:2: syntax error: unexpected else, expecting }\n");
}
END_TEST

START_TEST(test_syntax_errors_more) {
    check_errors(MAIN("\tfor x := range y z {\n\t}\n"), "3:19: syntax error: unexpected z, expecting { after for clause\n");
    check_errors(MAIN("\tswitch x {\n\tcase 1\n\t}\n"), "4:8: syntax error: unexpected newline, expecting :\n");
    check_errors("package main\nfunc main() {}\nimport \"fmt\"\n",
                 "3:1: syntax error: non-declaration statement outside function body\n");
    check_errors(MAIN("\tx++ ++\n"), "3:6: syntax error: unexpected ++ at end of statement\n");
    check_errors("package main\nvar a = [3]int{1, 2, 3",
                 "2:23: syntax error: unexpected EOF in composite literal; possibly missing comma or }\n");
    check_errors("package main\ntype T struct { a int b int }\n",
                 "2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }\n");
    check_errors(MAIN("\tx := 1 +\n"), "4:1: syntax error: unexpected }, expecting expression\n");
    check_errors("package main\nfunc f() (int, int) {\n\treturn 1,\n}\n",
                 "4:1: syntax error: unexpected }, expecting expression\n");
    check_errors(MAIN("\tif x {\n\t} else y\n"), "4:9: syntax error: else must be followed by if or statement block\n");
    check_errors("package main\nfunc main() {\n\tfmt.Println(\n", "4:1: syntax error: unexpected EOF, expecting )\n");
    check_errors("package main\nvar (a int b int)\n",
                 "2:12: syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or )\n");
    check_errors(MAIN("\ta, b += 1\n"), "3:7: syntax error: unexpected +=, expecting := or = or comma\n");
    check_errors(MAIN("\tif x {\n\t} else if {\n\t}\n"), "4:12: syntax error: missing condition in if statement\n");
    check_errors(MAIN("\tif x := 1; {\n\t}\n"), "3:11: syntax error: missing condition in if statement\n");
    check_errors(MAIN("\tfor i := 0; i < 3 {\n\t}\n"), "3:20: syntax error: unexpected {, expecting semicolon or newline\n");
    check_errors(MAIN("\tfor i := 0; i < 3; j := 1 {\n\t}\n"),
                 "3:23: syntax error: cannot declare in post statement of for loop\n");
    check_errors(MAIN("\tfor i := 0; i < 3; i++\n\t{\n\t}\n"),
                 "3:24: syntax error: unexpected newline, expecting { after for clause\n");
    check_errors(MAIN("\tif var x = 1; x {\n\t}\n"), "3:9: syntax error: var declaration not allowed in if initializer\n");
    check_errors("package main\nfunc main() {\n\tfmt.Println(\"x\")",
                 "3:18: syntax error: unexpected EOF, expecting }\n");
    check_errors(MAIN("\tx : = 1\n"), "3:4: syntax error: missing statement after label\n");
    check_errors(MAIN("\tcase 1:\n"), "3:2: syntax error: unexpected case, expecting }\n");
    check_errors(MAIN("\tx := a.\n"), "4:1: syntax error: unexpected }, expecting name or (\n");
    check_errors(MAIN("\tx := func\n"), "4:1: syntax error: unexpected }, expecting (\n");
    check_errors(MAIN("\t_ = a[1\n"), "3:9: syntax error: unexpected newline, expecting comma, : or ]\n");
    check_errors(MAIN("\tf(;)\n"), "3:4: syntax error: unexpected semicolon, expecting expression\n");
    check_errors("package main\nvar x\n", "2:6: syntax error: unexpected newline, expecting type\n");
    check_errors("package main\ntype T\n", "2:7: syntax error: unexpected newline in type declaration\n");
    check_errors("package main\nvar c chan<- <-int\n", "2:16: syntax error: unexpected int, expecting chan\n");
    check_errors("package main\nfunc f(a ...) {}\n", "2:13: syntax error: ... is missing type\n");
    check_errors("package main\nfunc (x int) {}\n", "2:14: syntax error: unexpected {, expecting name or (\n");
    check_errors(MAIN("\tgo f\n"), "3:5: expression in go must be function call\n");
    check_errors(MAIN("\tdefer (f())\n"), "3:8: expression in defer must not be parenthesized\n");
    check_errors(MAIN("\t_ = a[1:2:]\n"), "3:12: final index required in 3-index slice\n");
    check_errors(MAIN("\tx := \"abc\n"), "3:11: newline in string\n");
}
END_TEST

START_TEST(test_syntax_errors_recovery) {
    // one error per line; recovery at statement and declaration boundaries
    check_errors(MAIN("\tx := foo bar\n\ty := foo bar\n\tz := ,\n\tw := 1\n\tv := )\n"),
                 "3:11: syntax error: unexpected bar at end of statement\n"
                 "4:11: syntax error: unexpected bar at end of statement\n"
                 "5:7: syntax error: unexpected comma, expecting expression\n"
                 "7:7: syntax error: unexpected ), expecting expression\n");
    check_errors("package main\nx := 1\nfmt.Println(x)\nfor {\n}\nfunc main() {\n\tx = 1 2\n}\n",
                 "2:1: syntax error: non-declaration statement outside function body\n"
                 "7:8: syntax error: unexpected literal 2 at end of statement\n");
    check_errors(MAIN("\tf(a b, g(c))\n\tx := 1 2\n"),
                 "3:6: syntax error: unexpected b in argument list; possibly missing comma or )\n"
                 "4:9: syntax error: unexpected literal 2 at end of statement\n");
}
END_TEST

// ---- ast_expr_string (texts from go1.19's "cannot use ..." messages) ------

static void check_string(const char *expr, const char *want) {
    Arena *a = arena_new();
    char src[1024];
    snprintf(src, sizeof src, "package p\nvar _ = %s\n", expr);
    Errs errs;
    AstFile *f = parse(a, src, &errs);
    ck_assert_msg(errs.n == 0, "%s: %s", expr, errs.text);
    AstExpr *e = f->decls.v[0]->u.gen.specs.v[0]->u.value.values.v[0];
    const char *got = ast_expr_string(a, e);
    ck_assert_msg(strcmp(got, want) == 0, "want %s, got %s", want, got);
    arena_free(a);
}

START_TEST(test_expr_string) {
    check_string("it.Qty * it.Price", "it.Qty * it.Price");
    check_string("Counter{}", "Counter{}");
    check_string("inv[item].Qty", "inv[item].Qty");
    check_string("x[1:] + x[:2] + <-ch", "x[1:] + x[:2] + <-ch");
    check_string("func() {}", "func() {}");
    check_string("func(a, b int, c ...string) (int, error) { return 1, nil }",
                 "func(a, b int, c ...string) (int, error) {…}");
    check_string("func() (r int) { return }", "func() (r int) {…}");
    check_string("new(struct{})", "new(struct{})");
    check_string("-len(x)", "-len(x)");
    check_string("!b", "!b");
    check_string("i.(int)", "i.(int)");
    check_string("*p", "*p");
    check_string("&T{a: 1}", "&T{…}");
    check_string("chan (<-chan int)(nil)", "chan (<-chan int)(nil)");
    check_string("append(s, s...)", "append(s, s...)");
    check_string("s[1:2:3]", "s[1:2:3]");
    check_string("[2][]int{}", "[2][]int{}");
    check_string("struct{ a int; b string }{}", "struct{a int; b string}{}");
    check_string("struct{ a, b int }{}", "struct{a, b int}{}");
    check_string("(x)", "(x)");
    check_string("x[0] &^ 3 | 1", "x[0] &^ 3 | 1");
    check_string("'a'", "'a'");
    check_string("0x1F", "0x1F");
    check_string("map[T]func(int) (string, error){}", "map[T]func(int) (string, error){}");
    check_string("map[string]chan<- int{}", "map[string]chan<- int{}");
    check_string("interface{ M(int) string }(nil)", "interface{M(int) string}(nil)");
    check_string("[...]int{1}[0]", "[...]int{…}[0]");
    check_string("(*T)(nil)", "(*T)(nil)");
}
END_TEST

Suite *parser_suite(void);
Suite *parser_suite(void) {
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_bison_token_numbers);
    tcase_add_test(tc, test_imports_and_consts);
    tcase_add_test(tc, test_types_and_vars);
    tcase_add_test(tc, test_funcs_and_params);
    tcase_add_test(tc, test_simple_statements);
    tcase_add_test(tc, test_generics);
    tcase_add_test(tc, test_clone);
    tcase_add_test(tc, test_control_statements);
    tcase_add_test(tc, test_switch_select);
    tcase_add_test(tc, test_go_defer_return_decl);
    tcase_add_test(tc, test_expressions);
    tcase_add_test(tc, test_header_composite_literals);
    tcase_add_test(tc, test_semicolons);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_syntax_errors_common);
    tcase_add_test(tc, test_syntax_errors_more);
    tcase_add_test(tc, test_syntax_errors_recovery);
    tcase_add_test(tc, test_expr_string);
    suite_add_tcase(s, tc);
    return s;
}
