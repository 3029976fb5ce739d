// ast_dump.c - a compact S-expression rendering of the AST, for unit tests
// and debugging: (kind child...) with names, literals and operators inline,
// e.g. "(assign := (x) (1))". Declared in parse_state.h.
#include "parser/parse_state.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct Buf {
    char *s;
    size_t n, cap;
} Buf;

static void put(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(b->n < b->cap ? b->s + b->n : NULL, b->n < b->cap ? b->cap - b->n : 0, fmt, ap);
    va_end(ap);
    if (k > 0)
        b->n += (size_t)k;
}

static void dump_expr(Buf *b, const AstExpr *e);
static void dump_stmt(Buf *b, const AstStmt *s);

static void dump_exprs(Buf *b, const AstExprList *l) {
    put(b, "(");
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(b, " ");
        dump_expr(b, l->v[i]);
    }
    put(b, ")");
}

static void dump_fields(Buf *b, const AstFieldList *l) {
    put(b, "(");
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        if (i)
            put(b, " ");
        put(b, "(field ");
        dump_exprs(b, &f->names);
        put(b, " ");
        dump_expr(b, f->type);
        if (f->tag) {
            put(b, " ");
            dump_expr(b, f->tag);
        }
        put(b, ")");
    }
    put(b, ")");
}

static void dump_block(Buf *b, const AstBlock *blk) {
    if (!blk) {
        put(b, "nil");
        return;
    }
    put(b, "(block");
    for (int i = 0; i < blk->list.n; i++) {
        put(b, " ");
        dump_stmt(b, blk->list.v[i]);
    }
    put(b, ")");
}

static void opt_expr(Buf *b, const AstExpr *e) {
    put(b, " ");
    dump_expr(b, e);
}

static void dump_expr(Buf *b, const AstExpr *e) {
    if (!e) {
        put(b, "nil");
        return;
    }
    switch (e->kind) {
    case AST_BAD_EXPR: put(b, "(bad)"); break;
    case AST_IDENT: put(b, "%s", e->u.ident.name); break;
    case AST_BASIC_LIT: put(b, "%s", e->u.lit.text); break;
    case AST_COMPOSITE_LIT:
        put(b, "(composite ");
        dump_expr(b, e->u.composite.type);
        put(b, " ");
        dump_exprs(b, &e->u.composite.elts);
        put(b, ")");
        break;
    case AST_FUNC_LIT:
        put(b, "(funclit ");
        dump_expr(b, e->u.func_lit.type);
        put(b, " ");
        dump_block(b, e->u.func_lit.body);
        put(b, ")");
        break;
    case AST_PAREN_EXPR: put(b, "(paren"); opt_expr(b, e->u.paren.x); put(b, ")"); break;
    case AST_SELECTOR_EXPR:
        put(b, "(sel");
        opt_expr(b, e->u.selector.x);
        opt_expr(b, e->u.selector.sel);
        put(b, ")");
        break;
    case AST_INDEX_EXPR:
        put(b, "(index");
        opt_expr(b, e->u.index.x);
        opt_expr(b, e->u.index.index);
        put(b, ")");
        break;
    case AST_INDEX_LIST_EXPR:
        put(b, "(index-list");
        opt_expr(b, e->u.index_list.x);
        for (int i = 0; i < e->u.index_list.indices.n; i++) opt_expr(b, e->u.index_list.indices.v[i]);
        put(b, ")");
        break;
    case AST_SLICE_EXPR:
        put(b, "(slice%s", e->u.slice.slice3 ? "3" : "");
        opt_expr(b, e->u.slice.x);
        opt_expr(b, e->u.slice.low);
        opt_expr(b, e->u.slice.high);
        if (e->u.slice.slice3)
            opt_expr(b, e->u.slice.max);
        put(b, ")");
        break;
    case AST_TYPE_ASSERT_EXPR:
        put(b, "(assert");
        opt_expr(b, e->u.type_assert.x);
        if (e->u.type_assert.type)
            opt_expr(b, e->u.type_assert.type);
        else
            put(b, " type");
        put(b, ")");
        break;
    case AST_CALL_EXPR:
        put(b, "(call");
        opt_expr(b, e->u.call.fun);
        put(b, " ");
        dump_exprs(b, &e->u.call.args);
        if (e->u.call.has_ellipsis)
            put(b, " ...");
        put(b, ")");
        break;
    case AST_STAR_EXPR: put(b, "(star"); opt_expr(b, e->u.star.x); put(b, ")"); break;
    case AST_UNARY_EXPR:
        put(b, "(%s", lex_token_name(e->u.unary.op));
        opt_expr(b, e->u.unary.x);
        put(b, ")");
        break;
    case AST_BINARY_EXPR:
        put(b, "(%s", lex_token_name(e->u.binary.op));
        opt_expr(b, e->u.binary.x);
        opt_expr(b, e->u.binary.y);
        put(b, ")");
        break;
    case AST_KEY_VALUE_EXPR:
        put(b, "(kv");
        opt_expr(b, e->u.key_value.key);
        opt_expr(b, e->u.key_value.value);
        put(b, ")");
        break;
    case AST_ELLIPSIS: put(b, "(..."); if (e->u.ellipsis.elt) opt_expr(b, e->u.ellipsis.elt); put(b, ")"); break;
    case AST_ARRAY_TYPE:
        put(b, "(array");
        opt_expr(b, e->u.array_type.len);
        opt_expr(b, e->u.array_type.elt);
        put(b, ")");
        break;
    case AST_STRUCT_TYPE: put(b, "(struct "); dump_fields(b, &e->u.struct_type.fields); put(b, ")"); break;
    case AST_FUNC_TYPE:
        put(b, "(functype ");
        if (e->u.func_type.tparams.n) {
            put(b, "(tparams ");
            dump_fields(b, &e->u.func_type.tparams);
            put(b, ") ");
        }
        dump_fields(b, &e->u.func_type.params);
        put(b, " ");
        dump_fields(b, &e->u.func_type.results);
        put(b, ")");
        break;
    case AST_INTERFACE_TYPE:
        put(b, "(interface ");
        dump_fields(b, &e->u.interface_type.methods);
        put(b, ")");
        break;
    case AST_MAP_TYPE:
        put(b, "(map");
        opt_expr(b, e->u.map_type.key);
        opt_expr(b, e->u.map_type.value);
        put(b, ")");
        break;
    case AST_CHAN_TYPE:
        put(b, "(chan%s", e->u.chan_type.dir == CHAN_SEND ? "<-" : e->u.chan_type.dir == CHAN_RECV ? "<-recv" : "");
        opt_expr(b, e->u.chan_type.value);
        put(b, ")");
        break;
    default: put(b, "(?)"); break;
    }
}

static void dump_decl(Buf *b, const AstDecl *d);

static void opt_stmt(Buf *b, const AstStmt *s) {
    put(b, " ");
    if (s)
        dump_stmt(b, s);
    else
        put(b, "nil");
}

static void dump_stmt(Buf *b, const AstStmt *s) {
    switch (s->kind) {
    case AST_BAD_STMT: put(b, "(badstmt)"); break;
    case AST_DECL_STMT: dump_decl(b, s->u.decl.decl); break;
    case AST_EMPTY_STMT: put(b, "(empty)"); break;
    case AST_LABELED_STMT:
        put(b, "(label %s", s->u.labeled.label->u.ident.name);
        opt_stmt(b, s->u.labeled.stmt);
        put(b, ")");
        break;
    case AST_EXPR_STMT: put(b, "(expr"); opt_expr(b, s->u.expr.x); put(b, ")"); break;
    case AST_SEND_STMT:
        put(b, "(send");
        opt_expr(b, s->u.send.chan);
        opt_expr(b, s->u.send.value);
        put(b, ")");
        break;
    case AST_INC_DEC_STMT:
        put(b, "(%s", lex_token_name(s->u.inc_dec.tok));
        opt_expr(b, s->u.inc_dec.x);
        put(b, ")");
        break;
    case AST_ASSIGN_STMT:
        put(b, "(assign %s ", lex_token_name(s->u.assign.tok));
        dump_exprs(b, &s->u.assign.lhs);
        put(b, " ");
        dump_exprs(b, &s->u.assign.rhs);
        put(b, ")");
        break;
    case AST_GO_STMT: put(b, "(go"); opt_expr(b, s->u.go_stmt.call); put(b, ")"); break;
    case AST_DEFER_STMT: put(b, "(defer"); opt_expr(b, s->u.defer_stmt.call); put(b, ")"); break;
    case AST_RETURN_STMT: put(b, "(return "); dump_exprs(b, &s->u.return_stmt.results); put(b, ")"); break;
    case AST_BRANCH_STMT:
        put(b, "(%s", lex_token_name(s->u.branch.tok));
        if (s->u.branch.label)
            opt_expr(b, s->u.branch.label);
        put(b, ")");
        break;
    case AST_BLOCK_STMT: dump_block(b, s->u.block.block); break;
    case AST_IF_STMT:
        put(b, "(if");
        opt_stmt(b, s->u.if_stmt.init);
        opt_expr(b, s->u.if_stmt.cond);
        put(b, " ");
        dump_block(b, s->u.if_stmt.body);
        opt_stmt(b, s->u.if_stmt.else_);
        put(b, ")");
        break;
    case AST_CASE_CLAUSE:
        if (s->u.case_clause.is_default)
            put(b, "(default");
        else {
            put(b, "(case ");
            dump_exprs(b, &s->u.case_clause.list);
        }
        for (int i = 0; i < s->u.case_clause.body.n; i++)
            opt_stmt(b, s->u.case_clause.body.v[i]);
        put(b, ")");
        break;
    case AST_SWITCH_STMT:
        put(b, "(switch");
        opt_stmt(b, s->u.switch_stmt.init);
        opt_expr(b, s->u.switch_stmt.tag);
        put(b, " ");
        dump_block(b, s->u.switch_stmt.body);
        put(b, ")");
        break;
    case AST_TYPE_SWITCH_STMT:
        put(b, "(typeswitch");
        opt_stmt(b, s->u.type_switch.init);
        opt_stmt(b, s->u.type_switch.assign);
        put(b, " ");
        dump_block(b, s->u.type_switch.body);
        put(b, ")");
        break;
    case AST_COMM_CLAUSE:
        put(b, s->u.comm_clause.is_default ? "(default" : "(comm");
        if (!s->u.comm_clause.is_default)
            opt_stmt(b, s->u.comm_clause.comm);
        for (int i = 0; i < s->u.comm_clause.body.n; i++)
            opt_stmt(b, s->u.comm_clause.body.v[i]);
        put(b, ")");
        break;
    case AST_SELECT_STMT: put(b, "(select "); dump_block(b, s->u.select_stmt.body); put(b, ")"); break;
    case AST_FOR_STMT:
        put(b, "(for");
        opt_stmt(b, s->u.for_stmt.init);
        opt_expr(b, s->u.for_stmt.cond);
        opt_stmt(b, s->u.for_stmt.post);
        put(b, " ");
        dump_block(b, s->u.for_stmt.body);
        put(b, ")");
        break;
    case AST_RANGE_STMT:
        put(b, "(range");
        opt_expr(b, s->u.range.key);
        opt_expr(b, s->u.range.value);
        put(b, " %s", s->u.range.tok == TOK_ILLEGAL ? "none" : lex_token_name(s->u.range.tok));
        opt_expr(b, s->u.range.x);
        put(b, " ");
        dump_block(b, s->u.range.body);
        put(b, ")");
        break;
    default: put(b, "(?stmt)"); break;
    }
}

static void dump_spec(Buf *b, const AstSpec *s) {
    switch (s->kind) {
    case AST_IMPORT_SPEC:
        put(b, "(import");
        opt_expr(b, s->u.import.name);
        opt_expr(b, s->u.import.path);
        put(b, ")");
        break;
    case AST_VALUE_SPEC:
        put(b, "(spec ");
        dump_exprs(b, &s->u.value.names);
        opt_expr(b, s->u.value.type);
        put(b, " ");
        dump_exprs(b, &s->u.value.values);
        if (s->u.value.implicit)
            put(b, " implicit");
        put(b, " iota=%d)", s->u.value.iota);
        break;
    case AST_TYPE_SPEC:
        put(b, "(typespec %s%s", s->u.type_spec.name->u.ident.name, s->u.type_spec.assign ? " =" : "");
        if (s->u.type_spec.tparams.n) {
            put(b, " (tparams ");
            dump_fields(b, &s->u.type_spec.tparams);
            put(b, ")");
        }
        opt_expr(b, s->u.type_spec.type);
        put(b, ")");
        break;
    }
}

static void dump_decl(Buf *b, const AstDecl *d) {
    switch (d->kind) {
    case AST_GEN_DECL:
        put(b, "(%s", lex_token_name(d->u.gen.tok));
        for (int i = 0; i < d->u.gen.specs.n; i++) {
            put(b, " ");
            dump_spec(b, d->u.gen.specs.v[i]);
        }
        put(b, ")");
        break;
    case AST_FUNC_DECL:
        put(b, "(func ");
        if (d->u.func.recv.n) {
            dump_fields(b, &d->u.func.recv);
            put(b, " ");
        }
        dump_expr(b, d->u.func.name);
        opt_expr(b, d->u.func.type);
        put(b, " ");
        dump_block(b, d->u.func.body);
        put(b, ")");
        break;
    default: put(b, "(baddecl)"); break;
    }
}

static char *finish(Arena *a, Buf *b) {
    char *s = arena_alloc(a, b->n + 1);
    b->s = s;
    b->cap = b->n + 1;
    return s;
}

// ast_dump_expr/stmt/decl/file render a node (arena-allocated string).
// Each runs the printer twice: once to measure, once to write.
#define DUMP_TWICE(a, call)           \
    Buf b = {0};                      \
    call;                             \
    finish(a, &b);                    \
    b.n = 0;                          \
    call;                             \
    return b.s

char *ast_dump_expr(Arena *a, const AstExpr *e) { DUMP_TWICE(a, dump_expr(&b, e)); }
char *ast_dump_stmt(Arena *a, const AstStmt *s) { DUMP_TWICE(a, dump_stmt(&b, s)); }
char *ast_dump_decl(Arena *a, const AstDecl *d) { DUMP_TWICE(a, dump_decl(&b, d)); }

static void dump_file(Buf *b, const AstFile *f) {
    put(b, "(file %s", f->package_name ? f->package_name->u.ident.name : "?");
    for (int i = 0; i < f->imports.n; i++) {
        put(b, " ");
        dump_decl(b, f->imports.v[i]);
    }
    for (int i = 0; i < f->decls.n; i++) {
        put(b, " ");
        dump_decl(b, f->decls.v[i]);
    }
    put(b, ")");
}

char *ast_dump_file(Arena *a, const AstFile *f) { DUMP_TWICE(a, dump_file(&b, f)); }
