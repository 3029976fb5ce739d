// gen.c - a grammar-aware generator of Go programs that pass the checker,
// driven by the fuzzer's bytes (gen_program in fuzz.h).
//
// Every decision (which statement, which expression, which literal) takes
// the next input byte, so libFuzzer's coverage-guided mutations of the
// bytes explore programs, not characters. Past the end of the input every
// choice is 0, the simplest production, and depth limits bound the output.
//
// Invariants that keep programs valid Go:
//   - a small fixed set of types (GenType); every expression is generated
//     for a wanted type, so it always type-checks;
//   - literals in arithmetic pass through id()/idf() so no expression is a
//     constant (constant division by zero and constant overflow are
//     compile errors in Go);
//   - every local is followed by "_ = v" (unused variables are errors) and
//     every import is used by a package-level "var _ = ...";
//   - functions with results end with a return; loops are bounded and
//     functions call only earlier ones, but huge allocations, nil
//     dereferences, out-of-range indexes, uncomparable comparisons and
//     deadlocks are all allowed: they are what the limits and Go's panics
//     are for.
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

typedef enum GenType {
    GT_INT, GT_STRING, GT_BOOL, GT_FLOAT, GT_SLICE, GT_MAP, GT_PTR, GT_FUNC, GT_CHAN, GT_ANY, GT_IFACE,
    GT__COUNT
} GenType;

static const char *const type_name[GT__COUNT] = {
    "int", "string", "bool", "float64", "[]int", "map[string]int", "*S", "func(int) int", "chan int",
    "interface{}", "I",
};

enum { MAX_VARS = 64, MAX_DEPTH = 4, MAX_STMT_DEPTH = 3, MAX_FUNCS = 4 };

typedef struct Var {
    char name[16];
    GenType type;
} Var;

typedef struct Gen {
    const uint8_t *data;
    size_t size, pos;
    char *out;
    size_t len, cap;
    Var vars[MAX_VARS];
    int nvars;
    int nnames;       // fresh-name counter
    int nfuncs;       // f0..f(nfuncs-1) callable from the current body
    int stmt_depth;
    int indent;
    int budget;       // statements left in the program
} Gen;

// pick: the next choice in [0, n).
static unsigned pick(Gen *g, unsigned n) {
    if (g->pos >= g->size || n == 0) return 0;
    return g->data[g->pos++] % n;
}

static void emit(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void emit(Gen *g, const char *fmt, ...) {
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(g->out + g->len, g->cap - g->len, fmt, ap);
        va_end(ap);
        if (n < 0) abort();
        if (g->len + (size_t)n < g->cap) {
            g->len += (size_t)n;
            return;
        }
        g->cap = 2 * (g->cap + (size_t)n);
        g->out = realloc(g->out, g->cap);
        if (!g->out) abort();
    }
}

static void line(Gen *g) {
    emit(g, "\n");
    for (int i = 0; i < g->indent; i++) emit(g, "\t");
}

// find_var: the name of a random variable of type t, or NULL.
static const char *find_var(Gen *g, GenType t) {
    int idx[MAX_VARS], n = 0;
    for (int i = 0; i < g->nvars; i++)
        if (g->vars[i].type == t) idx[n++] = i;
    return n ? g->vars[idx[pick(g, (unsigned)n)]].name : NULL;
}

static void expr(Gen *g, GenType t, int depth);

static const char *const int_lits[] = {"0", "1", "-1", "2", "7", "100", "-8", "1 << 62", "9223372036854775807",
                                       "-9223372036854775808", "255", "1 << 31", "64", "3"};
static const char *const str_lits[] = {"\"\"", "\"a\"", "\"héllo\"", "\"\\x00\\xff\"", "\"go\"", "\"日本\""};
static const char *const float_lits[] = {"0.0", "1.5", "-2.25", "1e308", "1e-310", "3.0"};

static void int_expr(Gen *g, int depth) {
    static const char *const ops[] = {"+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"};
    const char *v;
    switch (pick(g, depth >= MAX_DEPTH ? 2 : 10)) {
    case 0: emit(g, "id(%s)", int_lits[pick(g, sizeof int_lits / sizeof *int_lits)]); return;
    case 1:
        if ((v = find_var(g, GT_INT))) emit(g, "%s", v);
        else emit(g, "id(%u)", pick(g, 10));
        return;
    case 2:
        emit(g, "(");
        expr(g, GT_INT, depth + 1);
        emit(g, " %s ", ops[pick(g, sizeof ops / sizeof *ops)]);
        expr(g, GT_INT, depth + 1);
        emit(g, ")");
        return;
    case 3: emit(g, "len("); expr(g, pick(g, 2) ? GT_STRING : GT_SLICE, depth + 1); emit(g, ")"); return;
    case 4: emit(g, "len("); expr(g, GT_MAP, depth + 1); emit(g, ")"); return;
    case 5:
        if (g->nfuncs) {
            emit(g, "f%u(", pick(g, (unsigned)g->nfuncs));
            expr(g, GT_INT, depth + 1);
            emit(g, ", ");
            expr(g, GT_STRING, depth + 1);
            emit(g, ")");
        } else {
            emit(g, "int(");
            expr(g, GT_FLOAT, depth + 1);
            emit(g, ")");
        }
        return;
    case 6: emit(g, "("); expr(g, GT_SLICE, depth + 1); emit(g, ")["); expr(g, GT_INT, depth + 1); emit(g, "]"); return;
    case 7: emit(g, "("); expr(g, GT_MAP, depth + 1); emit(g, ")["); expr(g, GT_STRING, depth + 1); emit(g, "]"); return;
    case 8:
        emit(g, "(");
        if (pick(g, 2)) {
            expr(g, GT_PTR, depth + 1);
            emit(g, pick(g, 2) ? ").a" : ").M(0)");
        } else {
            expr(g, GT_IFACE, depth + 1);
            emit(g, ").M(0)");
        }
        return;
    default: emit(g, "("); expr(g, GT_FUNC, depth + 1); emit(g, ")("); expr(g, GT_INT, depth + 1); emit(g, ")"); return;
    }
}

static void string_expr(Gen *g, int depth) {
    const char *v;
    switch (pick(g, depth >= MAX_DEPTH ? 2 : 8)) {
    case 0: emit(g, "%s", str_lits[pick(g, sizeof str_lits / sizeof *str_lits)]); return;
    case 1:
        if ((v = find_var(g, GT_STRING))) emit(g, "%s", v);
        else emit(g, "\"s\"");
        return;
    case 2: expr(g, GT_STRING, depth + 1); emit(g, " + "); expr(g, GT_STRING, depth + 1); return;
    case 3: emit(g, "strconv.Itoa("); expr(g, GT_INT, depth + 1); emit(g, ")"); return;
    case 4: emit(g, "fmt.Sprint("); expr(g, (GenType)pick(g, GT__COUNT), depth + 1); emit(g, ")"); return;
    case 5:
        emit(g, "(");
        expr(g, GT_STRING, depth + 1);
        emit(g, ")[");
        expr(g, GT_INT, depth + 1);
        emit(g, ":]");
        return;
    case 6: emit(g, "strings.Repeat("); expr(g, GT_STRING, depth + 1); emit(g, ", "); expr(g, GT_INT, depth + 1); emit(g, "%%5)"); return;
    default: emit(g, "fmt.Sprintf(\"%%v|%%d\", "); expr(g, GT_ANY, depth + 1); emit(g, ", "); expr(g, GT_INT, depth + 1); emit(g, ")"); return;
    }
}

static void bool_expr(Gen *g, int depth) {
    static const char *const cmp[] = {"==", "!=", "<", "<=", ">", ">="};
    switch (pick(g, depth >= MAX_DEPTH ? 1 : 6)) {
    case 0: emit(g, pick(g, 2) ? "id(1) > 0" : "id(0) > 0"); return;
    case 1: expr(g, GT_INT, depth + 1); emit(g, " %s ", cmp[pick(g, 6)]); expr(g, GT_INT, depth + 1); return;
    case 2: expr(g, GT_STRING, depth + 1); emit(g, " %s ", cmp[pick(g, 6)]); expr(g, GT_STRING, depth + 1); return;
    case 3: emit(g, "!("); expr(g, GT_BOOL, depth + 1); emit(g, ")"); return;
    case 4: emit(g, "("); expr(g, GT_BOOL, depth + 1); emit(g, pick(g, 2) ? " && " : " || "); expr(g, GT_BOOL, depth + 1); emit(g, ")"); return;
    default: expr(g, GT_ANY, depth + 1); emit(g, " == "); expr(g, GT_ANY, depth + 1); return;   // may panic: uncomparable
    }
}

static void float_expr(Gen *g, int depth) {
    static const char *const ops[] = {"+", "-", "*", "/"};
    switch (pick(g, depth >= MAX_DEPTH ? 1 : 3)) {
    case 0: emit(g, "idf(%s)", float_lits[pick(g, sizeof float_lits / sizeof *float_lits)]); return;
    case 1: emit(g, "float64("); expr(g, GT_INT, depth + 1); emit(g, ")"); return;
    default: emit(g, "("); expr(g, GT_FLOAT, depth + 1); emit(g, " %s ", ops[pick(g, 4)]); expr(g, GT_FLOAT, depth + 1); emit(g, ")"); return;
    }
}

static void slice_expr(Gen *g, int depth) {
    const char *v;
    switch (pick(g, depth >= MAX_DEPTH ? 2 : 6)) {
    case 0: emit(g, "[]int{1, 2, 3}"); return;
    case 1:
        if ((v = find_var(g, GT_SLICE))) emit(g, "%s", v);
        else emit(g, "[]int(nil)");
        return;
    case 2: emit(g, "append("); expr(g, GT_SLICE, depth + 1); emit(g, ", "); expr(g, GT_INT, depth + 1); emit(g, ")"); return;
    case 3: emit(g, "make([]int, "); expr(g, GT_INT, depth + 1); emit(g, "%%1000)"); return;
    case 4:
        emit(g, "(");
        expr(g, GT_SLICE, depth + 1);
        emit(g, ")[");
        expr(g, GT_INT, depth + 1);
        emit(g, ":");
        expr(g, GT_INT, depth + 1);
        emit(g, "]");
        return;
    default: emit(g, "[]int{"); expr(g, GT_INT, depth + 1); emit(g, ", "); expr(g, GT_INT, depth + 1); emit(g, "}"); return;
    }
}

static void other_expr(Gen *g, GenType t, int depth) {
    const char *v = find_var(g, t);
    unsigned c = pick(g, depth >= MAX_DEPTH ? 2 : 4);
    if (c == 1 && v) {
        emit(g, "%s", v);
        return;
    }
    switch (t) {
    case GT_MAP:
        if (c >= 2) {
            emit(g, "map[string]int{");
            expr(g, GT_STRING, depth + 1);
            emit(g, ": ");
            expr(g, GT_INT, depth + 1);
            emit(g, "}");
        } else {
            emit(g, pick(g, 2) ? "map[string]int{}" : "map[string]int(nil)");
        }
        return;
    case GT_PTR:
        if (c >= 2) {
            emit(g, "&S{a: ");
            expr(g, GT_INT, depth + 1);
            emit(g, ", b: ");
            expr(g, GT_STRING, depth + 1);
            emit(g, "}");
        } else {
            emit(g, pick(g, 2) ? "&S{}" : "(*S)(nil)");
        }
        return;
    case GT_FUNC:
        if (c >= 2) {
            emit(g, "func(x int) int { return x + ");
            expr(g, GT_INT, depth + 1);
            emit(g, " }");
        } else {
            emit(g, pick(g, 2) ? "func(x int) int { return x }" : "(func(int) int)(nil)");
        }
        return;
    case GT_CHAN: emit(g, "make(chan int, %u)", pick(g, 4)); return;
    case GT_IFACE:
        if (c >= 2) {
            emit(g, "I(");
            expr(g, GT_PTR, depth + 1);
            emit(g, ")");
        } else {
            emit(g, pick(g, 2) ? "I(&S{})" : "I(nil)");
        }
        return;
    default:   // GT_ANY
        if (c >= 2) {
            GenType u = (GenType)pick(g, GT__COUNT);
            emit(g, "interface{}(");
            expr(g, u == GT_ANY ? GT_INT : u, depth + 1);
            emit(g, ")");
        } else {
            emit(g, "interface{}(nil)");
        }
        return;
    }
}

static void expr(Gen *g, GenType t, int depth) {
    switch (t) {
    case GT_INT: int_expr(g, depth); return;
    case GT_STRING: string_expr(g, depth); return;
    case GT_BOOL: bool_expr(g, depth); return;
    case GT_FLOAT: float_expr(g, depth); return;
    case GT_SLICE: slice_expr(g, depth); return;
    default: other_expr(g, t, depth); return;
    }
}

// declare: "name := expr" and "_ = name", the new variable in scope.
static void declare(Gen *g, GenType t) {
    if (g->nvars == MAX_VARS) return;
    Var *v = &g->vars[g->nvars];
    snprintf(v->name, sizeof v->name, "v%d", g->nnames++);
    v->type = t;
    line(g);
    if (pick(g, 2)) emit(g, "var %s %s = ", v->name, type_name[t]);
    else emit(g, "%s := ", v->name);
    expr(g, t, 0);
    line(g);
    emit(g, "_ = %s", v->name);
    g->nvars++;
}

static void block(Gen *g, int n);

// stmt emits one statement (Go spec "Statements").
static void stmt(Gen *g) {
    g->budget--;
    bool deep = g->stmt_depth >= MAX_STMT_DEPTH;
    const char *v;
    GenType t = (GenType)pick(g, GT__COUNT);
    switch (pick(g, deep ? 4 : 14)) {
    case 0: declare(g, t); return;
    case 1: line(g); emit(g, "fmt.Println("); expr(g, t, 0); emit(g, ", "); expr(g, GT_INT, 1); emit(g, ")"); return;
    case 2:
        if ((v = find_var(g, t))) {
            line(g);
            emit(g, "%s = ", v);
            expr(g, t, 0);
        }
        return;
    case 3:
        if ((v = find_var(g, GT_INT)) || (v = find_var(g, GT_STRING))) {
            line(g);
            emit(g, "%s += %s", v, v);
        }
        return;
    case 4: line(g); emit(g, "if "); expr(g, GT_BOOL, 0); emit(g, " {"); block(g, 2); emit(g, " else {"); block(g, 1); return;
    case 5:
        line(g);
        emit(g, "for i%d := 0; i%d < %u; i%d++ {", g->nnames, g->nnames, pick(g, 6), g->nnames);
        g->nnames++;
        block(g, 2);
        return;
    case 6: line(g); emit(g, "for _, e := range "); expr(g, GT_SLICE, 0); emit(g, " {"); line(g); emit(g, "\t_ = e"); block(g, 1); return;
    case 7: line(g); emit(g, "switch "); expr(g, GT_INT, 0); emit(g, " {\n"); emit(g, "case 0, 1:"); block(g, 1); return;
    case 8: line(g); emit(g, "defer func() { fmt.Println(recover()) }()"); return;
    case 9:
        if ((v = find_var(g, GT_CHAN))) {
            line(g);
            emit(g, "go func() { %s <- ", v);
            expr(g, GT_INT, 1);
            emit(g, " }()");
            line(g);
            emit(g, pick(g, 2) ? "fmt.Println(<-%s)" : "select {\ncase x := <-%s:\n\tfmt.Println(x)\ndefault:\n}", v);
        }
        return;
    case 10:
        if ((v = find_var(g, GT_MAP))) {
            line(g);
            emit(g, "%s[", v);
            expr(g, GT_STRING, 0);
            emit(g, "] = ");
            expr(g, GT_INT, 0);
        } else if ((v = find_var(g, GT_SLICE))) {
            line(g);
            emit(g, "%s[", v);
            expr(g, GT_INT, 0);
            emit(g, "] = ");
            expr(g, GT_INT, 0);
        }
        return;
    case 11:
        line(g);
        emit(g, "if x, ok := ");
        expr(g, GT_ANY, 0);
        emit(g, ".(%s); ok {", pick(g, 2) ? "int" : "string");
        line(g);
        emit(g, "\tfmt.Println(x)");
        block(g, 1);
        return;
    case 12: line(g); emit(g, "if "); expr(g, GT_BOOL, 0); emit(g, " {"); line(g); emit(g, "\tpanic("); expr(g, t, 1); emit(g, ")"); line(g); emit(g, "}"); return;
    default:
        if ((v = find_var(g, GT_PTR))) {
            line(g);
            emit(g, "%s.next = %s", v, v);   // a cycle: printing it must not crash
        }
        return;
    }
}

// block emits up to n statements and the closing brace; variables
// declared inside go out of scope after it.
static void block(Gen *g, int n) {
    int saved = g->nvars;
    g->indent++;
    g->stmt_depth++;
    int k = 1 + (int)pick(g, (unsigned)n + 1);
    for (int i = 0; i < k && g->budget > 0; i++) stmt(g);
    g->stmt_depth--;
    g->indent--;
    g->nvars = saved;
    line(g);
    emit(g, "}");
}

static void func_decl(Gen *g, int i) {
    g->nvars = 0;
    snprintf(g->vars[0].name, sizeof g->vars[0].name, "x");
    g->vars[0].type = GT_INT;
    snprintf(g->vars[1].name, sizeof g->vars[1].name, "s");
    g->vars[1].type = GT_STRING;
    g->nvars = 2;
    g->nfuncs = i;   // earlier functions only: runaway recursion is fuzz-run's (it is slow under ASan)
    emit(g, "\nfunc f%d(x int, s string) int {", i);
    g->indent = 1;
    int k = (int)pick(g, 4);
    for (int j = 0; j < k && g->budget > 0; j++) stmt(g);
    line(g);
    emit(g, "return ");
    expr(g, GT_INT, 0);
    emit(g, "\n}\n");
}

char *gen_program(const uint8_t *data, size_t size) {
    Gen g;
    memset(&g, 0, sizeof g);
    g.data = data;
    g.size = size;
    g.cap = 4096;
    g.out = malloc(g.cap);
    if (!g.out) abort();
    g.out[0] = '\0';
    g.budget = 60;
    emit(&g, "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n"
             "var _ = fmt.Sprint\nvar _ = strconv.Itoa\nvar _ = strings.Repeat\n\n"
             "type S struct {\n\ta    int\n\tb    string\n\tnext *S\n}\n\n"
             "type I interface{ M(int) int }\n\n"
             "func (p *S) M(x int) int { return p.a + x }\n\n"
             "func id(x int) int { return x }\n\nfunc idf(x float64) float64 { return x }\n");
    int nf = (int)pick(&g, MAX_FUNCS + 1);
    for (int i = 0; i < nf; i++) func_decl(&g, i);
    g.nfuncs = nf;
    g.nvars = 0;
    emit(&g, "\nfunc main() {");
    g.indent = 1;
    while (g.budget > 0 && g.pos < g.size) stmt(&g);
    emit(&g, "\n}\n");
    return g.out;
}
