// ast.c - the generic AST constructors of parser.h: node allocation in the
// arena, list pushes, and kind names.
//
// Invariants: every node is zeroed on allocation (so checker annotations
// start at zero); lists grow by doubling inside the arena (the old array is
// abandoned, which is fine for compile-time data) and never shrink.
#include "parser/parser.h"

#include <string.h>

static const char *const expr_kind_names[] = {
#define EXPR(n) #n,
#include "parser/ast_kinds.def"
};

static const char *const stmt_kind_names[] = {
#define STMT(n) #n,
#include "parser/ast_kinds.def"
};

// ast_expr_kind_name returns "IDENT", "BINARY_EXPR", ... (static storage).
const char *ast_expr_kind_name(AstExprKind k) {
    if ((unsigned)k >= AST_EXPR__COUNT)
        return "?";
    return expr_kind_names[k];
}

// ast_stmt_kind_name returns "ASSIGN_STMT", "IF_STMT", ... (static storage).
const char *ast_stmt_kind_name(AstStmtKind k) {
    if ((unsigned)k >= AST_STMT__COUNT)
        return "?";
    return stmt_kind_names[k];
}

// ast_new_expr allocates a zeroed expression of the given kind at pos.
AstExpr *ast_new_expr(Arena *a, AstExprKind kind, Pos pos) {
    AstExpr *e = arena_alloc(a, sizeof *e + AST_EXPR_NOTE);
    e->kind = kind;
    e->pos = pos;
    return e;
}

// ast_new_stmt allocates a zeroed statement of the given kind at pos.
AstStmt *ast_new_stmt(Arena *a, AstStmtKind kind, Pos pos) {
    AstStmt *s = arena_alloc(a, sizeof *s + AST_STMT_NOTE);
    s->kind = kind;
    s->pos = pos;
    return s;
}

// ast_new_decl allocates a zeroed declaration of the given kind at pos.
AstDecl *ast_new_decl(Arena *a, AstDeclKind kind, Pos pos) {
    AstDecl *d = arena_alloc(a, sizeof *d + AST_DECL_NOTE);
    d->kind = kind;
    d->pos = pos;
    return d;
}

// ast_new_spec allocates a zeroed spec of the given kind at pos.
AstSpec *ast_new_spec(Arena *a, AstSpecKind kind, Pos pos) {
    AstSpec *s = arena_alloc(a, sizeof *s);
    s->kind = kind;
    s->pos = pos;
    return s;
}

// ast_new_field allocates a zeroed field.
AstField *ast_new_field(Arena *a) {
    return arena_alloc(a, sizeof(AstField));
}

// ast_new_block allocates an empty block opened at lbrace.
AstBlock *ast_new_block(Arena *a, Pos lbrace) {
    AstBlock *b = arena_alloc(a, sizeof *b);
    b->lbrace = lbrace;
    return b;
}

// grow returns an array of cap' >= n+1 elements holding the n old ones.
static void *grow(Arena *a, void *old, int n, size_t elem) {
    // capacities are powers of two from 4 up; n == cap means full
    if (n >= 4 && (n & (n - 1)) != 0)
        return old;
    if (n > 0 && n < 4)
        return old;
    size_t cap = n == 0 ? 4 : (size_t)n * 2;
    void *v = arena_alloc(a, cap * elem);
    if (n > 0)
        memcpy(v, old, (size_t)n * elem);
    return v;
}

#define PUSH(a, l, x)                                             \
    do {                                                          \
        (l)->v = grow((a), (l)->v, (l)->n, sizeof *(l)->v);       \
        (l)->v[(l)->n++] = (x);                                   \
    } while (0)

// ast_expr_push appends e to l (arena-allocated storage).
void ast_expr_push(Arena *a, AstExprList *l, AstExpr *e) { PUSH(a, l, e); }
// ast_stmt_push appends s to l.
void ast_stmt_push(Arena *a, AstStmtList *l, AstStmt *s) { PUSH(a, l, s); }
// ast_field_push appends f to l.
void ast_field_push(Arena *a, AstFieldList *l, AstField *f) { PUSH(a, l, f); }
// ast_spec_push appends s to l.
void ast_spec_push(Arena *a, AstSpecList *l, AstSpec *s) { PUSH(a, l, s); }
// ast_decl_push appends d to l.
void ast_decl_push(Arena *a, AstDeclList *l, AstDecl *d) { PUSH(a, l, d); }
