// ast_string.c - ast_expr_string: expressions rendered as cmd/compile's
// types2 prints them in error messages (syntax.String, Go 1.19 ShortForm):
// "it.Qty * it.Price", "Counter{}", "T{…}", "func(x int) int {…}",
// "inv[item].Qty", "[]int{…}[0:1:1]", "struct{a, b int}{}".
//
// Rules (cmd/compile/internal/syntax/printer.go): source parentheses are
// kept and none are added; a non-empty composite literal or function body
// prints as "{…}", an empty one as "{}"; parameter types are printed
// without their parentheses; "chan (<-chan T)" keeps its parentheses.
#include "parser/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct StrBuf {
    char *s;
    size_t n, cap;
} StrBuf;

static void put(StrBuf *b, const char *s) {
    size_t k = strlen(s);
    if (b->n + k + 1 > b->cap) {
        b->cap = (b->n + k + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) {
            fputs("fatal error: out of memory\n", stderr);
            abort();
        }
    }
    memcpy(b->s + b->n, s, k + 1);
    b->n += k;
}

static void write_expr(StrBuf *b, const AstExpr *e);

static void write_list(StrBuf *b, const AstExprList *l) {
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(b, ", ");
        write_expr(b, l->v[i]);
    }
}

static const AstExpr *unparen(const AstExpr *e) {
    while (e && e->kind == AST_PAREN_EXPR)
        e = e->u.paren.x;
    return e;
}

// write_params prints "(a, b int, c string)" (printParameterList).
static void write_params(StrBuf *b, const AstFieldList *l) {
    put(b, "(");
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        if (i)
            put(b, ", ");
        if (f->names.n) {
            write_list(b, &f->names);
            put(b, " ");
        }
        write_expr(b, unparen(f->type));
    }
    put(b, ")");
}

// write_signature prints params and results (printSignature).
static void write_signature(StrBuf *b, const AstExpr *ft) {
    write_params(b, &ft->u.func_type.params);
    const AstFieldList *res = &ft->u.func_type.results;
    if (res->n == 0)
        return;
    put(b, " ");
    if (res->n == 1 && res->v[0]->names.n == 0)
        write_expr(b, res->v[0]->type);
    else
        write_params(b, res);
}

static void write_struct(StrBuf *b, const AstFieldList *l) {
    put(b, "struct{");
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        if (i)
            put(b, "; ");
        if (f->names.n) {
            write_list(b, &f->names);
            put(b, " ");
        }
        write_expr(b, f->type);
        if (f->tag) {
            put(b, " ");
            write_expr(b, f->tag);
        }
    }
    put(b, "}");
}

static void write_interface(StrBuf *b, const AstFieldList *l) {
    put(b, "interface{");
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        if (i)
            put(b, "; ");
        if (f->names.n) {
            write_expr(b, f->names.v[0]);
            write_signature(b, f->type);
        } else {
            write_expr(b, f->type);
        }
    }
    put(b, "}");
}

static void write_chan(StrBuf *b, const AstExpr *e) {
    int dir = e->u.chan_type.dir;
    put(b, dir == CHAN_RECV ? "<-chan" : dir == CHAN_SEND ? "chan<-" : "chan");
    put(b, " ");
    const AstExpr *v = e->u.chan_type.value;
    bool paren = dir == CHAN_BOTH && v && v->kind == AST_CHAN_TYPE && v->u.chan_type.dir == CHAN_RECV;
    if (paren)
        put(b, "(");
    write_expr(b, v);
    if (paren)
        put(b, ")");
}

static void write_slice(StrBuf *b, const AstExpr *e) {
    write_expr(b, e->u.slice.x);
    put(b, "[");
    if (e->u.slice.low)
        write_expr(b, e->u.slice.low);
    put(b, ":");
    if (e->u.slice.high)
        write_expr(b, e->u.slice.high);
    if (e->u.slice.max) {
        put(b, ":");
        write_expr(b, e->u.slice.max);
    }
    put(b, "]");
}

static void write_call(StrBuf *b, const AstExpr *e) {
    write_expr(b, e->u.call.fun);
    put(b, "(");
    write_list(b, &e->u.call.args);
    if (e->u.call.has_ellipsis)
        put(b, "...");
    put(b, ")");
}

static void write_literals(StrBuf *b, const AstExpr *e) {
    if (e->kind == AST_FUNC_LIT) {
        write_expr(b, e->u.func_lit.type);
        put(b, " ");
        put(b, e->u.func_lit.body && e->u.func_lit.body->list.n ? "{…}" : "{}");
        return;
    }
    if (e->u.composite.type)
        write_expr(b, e->u.composite.type);
    put(b, e->u.composite.elts.n ? "{…}" : "{}");
}

static void write_expr(StrBuf *b, const AstExpr *e) {
    if (!e) {
        put(b, "<nil>");
        return;
    }
    switch (e->kind) {
    case AST_BAD_EXPR: put(b, "<bad expr>"); break;
    case AST_IDENT: put(b, e->u.ident.name); break;
    case AST_BASIC_LIT: put(b, e->u.lit.text); break;
    case AST_COMPOSITE_LIT:
    case AST_FUNC_LIT: write_literals(b, e); break;
    case AST_PAREN_EXPR:   // the checker's synthetic wrappers (tc_wrap) have no ')' position: not shown
        if (e->u.paren.rparen.line == 0) {
            write_expr(b, e->u.paren.x);
            break;
        }
        put(b, "(");
        write_expr(b, e->u.paren.x);
        put(b, ")");
        break;
    case AST_SELECTOR_EXPR:
        write_expr(b, e->u.selector.x);
        if (e->u.selector.implicit) break;   // o.B, not o.Inner.B
        put(b, ".");
        write_expr(b, e->u.selector.sel);
        break;
    case AST_INDEX_EXPR:
        write_expr(b, e->u.index.x);
        put(b, "[");
        write_expr(b, e->u.index.index);
        put(b, "]");
        break;
    case AST_INDEX_LIST_EXPR:
        write_expr(b, e->u.index_list.x);
        put(b, "[");
        for (int i = 0; i < e->u.index_list.indices.n; i++) {
            if (i) put(b, ", ");
            write_expr(b, e->u.index_list.indices.v[i]);
        }
        put(b, "]");
        break;
    case AST_SLICE_EXPR: write_slice(b, e); break;
    case AST_TYPE_ASSERT_EXPR:
        write_expr(b, e->u.type_assert.x);
        put(b, ".(");
        if (e->u.type_assert.type)
            write_expr(b, e->u.type_assert.type);
        else
            put(b, "type");
        put(b, ")");
        break;
    case AST_CALL_EXPR: write_call(b, e); break;
    case AST_STAR_EXPR: put(b, "*"); write_expr(b, e->u.star.x); break;
    case AST_UNARY_EXPR: put(b, lex_token_name(e->u.unary.op)); write_expr(b, e->u.unary.x); break;
    case AST_BINARY_EXPR:
        write_expr(b, e->u.binary.x);
        put(b, " ");
        put(b, lex_token_name(e->u.binary.op));
        put(b, " ");
        write_expr(b, e->u.binary.y);
        break;
    case AST_KEY_VALUE_EXPR:
        write_expr(b, e->u.key_value.key);
        put(b, ": ");
        write_expr(b, e->u.key_value.value);
        break;
    case AST_ELLIPSIS: put(b, "..."); if (e->u.ellipsis.elt) write_expr(b, e->u.ellipsis.elt); break;
    case AST_ARRAY_TYPE:
        put(b, "[");
        if (e->u.array_type.len)
            write_expr(b, e->u.array_type.len);
        put(b, "]");
        write_expr(b, e->u.array_type.elt);
        break;
    case AST_STRUCT_TYPE: write_struct(b, &e->u.struct_type.fields); break;
    case AST_FUNC_TYPE: put(b, "func"); write_signature(b, e); break;
    case AST_INTERFACE_TYPE: write_interface(b, &e->u.interface_type.methods); break;
    case AST_MAP_TYPE:
        put(b, "map[");
        write_expr(b, e->u.map_type.key);
        put(b, "]");
        write_expr(b, e->u.map_type.value);
        break;
    case AST_CHAN_TYPE: write_chan(b, e); break;
    default: put(b, "?"); break;
    }
}

// ast_expr_string: see parser.h. The result is a NUL-terminated copy in
// arena; e may be NULL ("<nil>").
const char *ast_expr_string(Arena *arena, const AstExpr *e) {
    StrBuf b = {0};
    put(&b, "");
    write_expr(&b, e);
    char *s = arena_strndup(arena, b.s, b.n);
    free(b.s);
    return s;
}
