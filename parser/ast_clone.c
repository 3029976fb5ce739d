// ast_clone.c - deep copies of subtrees, without the checker's annotations.
//
// The checker instantiates a generic function or type by checking a copy
// of its declaration with the type parameters bound to the type
// arguments (interp/check/generic.c); each copy carries its own
// annotations. Positions are kept, so messages and traces point at the
// generic source.
#include <string.h>

#include "parser.h"

static AstExpr *clone_expr(Arena *a, const AstExpr *e);
static AstStmt *clone_stmt(Arena *a, const AstStmt *s);
static AstBlock *clone_block(Arena *a, const AstBlock *b);

static void clone_exprs(Arena *a, AstExprList *l) {
    if (l->n == 0) return;
    AstExpr **v = arena_alloc(a, (size_t)l->n * sizeof *v);
    for (int i = 0; i < l->n; i++) v[i] = clone_expr(a, l->v[i]);
    l->v = v;
}

static void clone_stmts(Arena *a, AstStmtList *l) {
    if (l->n == 0) return;
    AstStmt **v = arena_alloc(a, (size_t)l->n * sizeof *v);
    for (int i = 0; i < l->n; i++) v[i] = clone_stmt(a, l->v[i]);
    l->v = v;
}

static void clone_fields(Arena *a, AstFieldList *l) {
    if (l->n == 0) return;
    AstField **v = arena_alloc(a, (size_t)l->n * sizeof *v);
    for (int i = 0; i < l->n; i++) {
        AstField *f = arena_alloc(a, sizeof *f);
        *f = *l->v[i];
        clone_exprs(a, &f->names);
        f->type = clone_expr(a, f->type);
        f->tag = clone_expr(a, f->tag);
        v[i] = f;
    }
    l->v = v;
}

static AstSpec *clone_spec(Arena *a, const AstSpec *s) {
    AstSpec *n = arena_alloc(a, sizeof *n);
    *n = *s;
    switch (s->kind) {
    case AST_IMPORT_SPEC: break;
    case AST_VALUE_SPEC:
        clone_exprs(a, &n->u.value.names);
        n->u.value.type = clone_expr(a, s->u.value.type);
        clone_exprs(a, &n->u.value.values);
        break;
    case AST_TYPE_SPEC:
        n->u.type_spec.name = clone_expr(a, s->u.type_spec.name);
        n->u.type_spec.type = clone_expr(a, s->u.type_spec.type);
        clone_fields(a, &n->u.type_spec.tparams);
        break;
    }
    return n;
}

// ast_clone_decl: see parser.h.
AstDecl *ast_clone_decl(Arena *a, const AstDecl *d) {
    if (!d) return NULL;
    AstDecl *n = ast_new_decl(a, d->kind, d->pos);
    *n = *d;
    if (d->kind == AST_GEN_DECL) {
        if (d->u.gen.specs.n) {
            AstSpec **v = arena_alloc(a, (size_t)d->u.gen.specs.n * sizeof *v);
            for (int i = 0; i < d->u.gen.specs.n; i++) v[i] = clone_spec(a, d->u.gen.specs.v[i]);
            n->u.gen.specs.v = v;
        }
    } else if (d->kind == AST_FUNC_DECL) {
        clone_fields(a, &n->u.func.recv);
        n->u.func.name = clone_expr(a, d->u.func.name);
        n->u.func.type = clone_expr(a, d->u.func.type);
        n->u.func.body = clone_block(a, d->u.func.body);
    }
    return n;
}

// ast_copy_expr: see parser.h.
AstExpr *ast_copy_expr(Arena *a, const AstExpr *e) {
    AstExpr *n = arena_alloc(a, sizeof *n + AST_EXPR_NOTE);
    memcpy(n, e, sizeof *n + AST_EXPR_NOTE);
    return n;
}

// ast_clone_expr: see parser.h.
AstExpr *ast_clone_expr(Arena *a, const AstExpr *e) { return clone_expr(a, e); }

static AstExpr *clone_expr(Arena *a, const AstExpr *e) {
    if (!e) return NULL;
    AstExpr *n = ast_new_expr(a, e->kind, e->pos);   // a fresh (zero) checker record
    *n = *e;
    switch (e->kind) {
    case AST_BAD_EXPR: case AST_IDENT: case AST_BASIC_LIT: break;
    case AST_COMPOSITE_LIT:
        n->u.composite.type = clone_expr(a, e->u.composite.type);
        clone_exprs(a, &n->u.composite.elts);
        break;
    case AST_FUNC_LIT:
        n->u.func_lit.type = clone_expr(a, e->u.func_lit.type);
        n->u.func_lit.body = clone_block(a, e->u.func_lit.body);
        break;
    case AST_PAREN_EXPR: n->u.paren.x = clone_expr(a, e->u.paren.x); break;
    case AST_SELECTOR_EXPR:
        n->u.selector.x = clone_expr(a, e->u.selector.x);
        n->u.selector.sel = clone_expr(a, e->u.selector.sel);
        n->u.selector.implicit = e->u.selector.implicit;
        break;
    case AST_INDEX_EXPR:
        n->u.index.x = clone_expr(a, e->u.index.x);
        n->u.index.index = clone_expr(a, e->u.index.index);
        break;
    case AST_INDEX_LIST_EXPR:
        n->u.index_list.x = clone_expr(a, e->u.index_list.x);
        clone_exprs(a, &n->u.index_list.indices);
        break;
    case AST_SLICE_EXPR:
        n->u.slice.x = clone_expr(a, e->u.slice.x);
        n->u.slice.low = clone_expr(a, e->u.slice.low);
        n->u.slice.high = clone_expr(a, e->u.slice.high);
        n->u.slice.max = clone_expr(a, e->u.slice.max);
        break;
    case AST_TYPE_ASSERT_EXPR:
        n->u.type_assert.x = clone_expr(a, e->u.type_assert.x);
        n->u.type_assert.type = clone_expr(a, e->u.type_assert.type);
        break;
    case AST_CALL_EXPR:
        n->u.call.fun = clone_expr(a, e->u.call.fun);
        clone_exprs(a, &n->u.call.args);
        break;
    case AST_STAR_EXPR: n->u.star.x = clone_expr(a, e->u.star.x); break;
    case AST_UNARY_EXPR: n->u.unary.x = clone_expr(a, e->u.unary.x); break;
    case AST_BINARY_EXPR:
        n->u.binary.x = clone_expr(a, e->u.binary.x);
        n->u.binary.y = clone_expr(a, e->u.binary.y);
        break;
    case AST_KEY_VALUE_EXPR:
        n->u.key_value.key = clone_expr(a, e->u.key_value.key);
        n->u.key_value.value = clone_expr(a, e->u.key_value.value);
        break;
    case AST_ELLIPSIS: n->u.ellipsis.elt = clone_expr(a, e->u.ellipsis.elt); break;
    case AST_ARRAY_TYPE:
        n->u.array_type.len = clone_expr(a, e->u.array_type.len);
        n->u.array_type.elt = clone_expr(a, e->u.array_type.elt);
        break;
    case AST_STRUCT_TYPE: clone_fields(a, &n->u.struct_type.fields); break;
    case AST_FUNC_TYPE:
        clone_fields(a, &n->u.func_type.params);
        clone_fields(a, &n->u.func_type.results);
        clone_fields(a, &n->u.func_type.tparams);
        break;
    case AST_INTERFACE_TYPE: clone_fields(a, &n->u.interface_type.methods); break;
    case AST_MAP_TYPE:
        n->u.map_type.key = clone_expr(a, e->u.map_type.key);
        n->u.map_type.value = clone_expr(a, e->u.map_type.value);
        break;
    case AST_CHAN_TYPE: n->u.chan_type.value = clone_expr(a, e->u.chan_type.value); break;
    case AST_EXPR__COUNT: break;
    }
    return n;
}

static AstBlock *clone_block(Arena *a, const AstBlock *b) {
    if (!b) return NULL;
    AstBlock *n = arena_alloc(a, sizeof *n);
    *n = *b;
    clone_stmts(a, &n->list);
    return n;
}

static AstStmt *clone_stmt(Arena *a, const AstStmt *s) {
    if (!s) return NULL;
    AstStmt *n = ast_new_stmt(a, s->kind, s->pos);
    *n = *s;
    switch (s->kind) {
    case AST_BAD_STMT: case AST_EMPTY_STMT: break;
    case AST_DECL_STMT: n->u.decl.decl = ast_clone_decl(a, s->u.decl.decl); break;
    case AST_LABELED_STMT:
        n->u.labeled.label = clone_expr(a, s->u.labeled.label);
        n->u.labeled.stmt = clone_stmt(a, s->u.labeled.stmt);
        break;
    case AST_EXPR_STMT: n->u.expr.x = clone_expr(a, s->u.expr.x); break;
    case AST_SEND_STMT:
        n->u.send.chan = clone_expr(a, s->u.send.chan);
        n->u.send.value = clone_expr(a, s->u.send.value);
        break;
    case AST_INC_DEC_STMT: n->u.inc_dec.x = clone_expr(a, s->u.inc_dec.x); break;
    case AST_ASSIGN_STMT:
        clone_exprs(a, &n->u.assign.lhs);
        clone_exprs(a, &n->u.assign.rhs);
        break;
    case AST_GO_STMT: n->u.go_stmt.call = clone_expr(a, s->u.go_stmt.call); break;
    case AST_DEFER_STMT: n->u.defer_stmt.call = clone_expr(a, s->u.defer_stmt.call); break;
    case AST_RETURN_STMT: clone_exprs(a, &n->u.return_stmt.results); break;
    case AST_BRANCH_STMT: n->u.branch.label = clone_expr(a, s->u.branch.label); break;
    case AST_BLOCK_STMT: n->u.block.block = clone_block(a, s->u.block.block); break;
    case AST_IF_STMT:
        n->u.if_stmt.init = clone_stmt(a, s->u.if_stmt.init);
        n->u.if_stmt.cond = clone_expr(a, s->u.if_stmt.cond);
        n->u.if_stmt.body = clone_block(a, s->u.if_stmt.body);
        n->u.if_stmt.else_ = clone_stmt(a, s->u.if_stmt.else_);
        break;
    case AST_CASE_CLAUSE:
        clone_exprs(a, &n->u.case_clause.list);
        clone_stmts(a, &n->u.case_clause.body);
        break;
    case AST_SWITCH_STMT:
        n->u.switch_stmt.init = clone_stmt(a, s->u.switch_stmt.init);
        n->u.switch_stmt.tag = clone_expr(a, s->u.switch_stmt.tag);
        n->u.switch_stmt.body = clone_block(a, s->u.switch_stmt.body);
        break;
    case AST_TYPE_SWITCH_STMT:
        n->u.type_switch.init = clone_stmt(a, s->u.type_switch.init);
        n->u.type_switch.assign = clone_stmt(a, s->u.type_switch.assign);
        n->u.type_switch.body = clone_block(a, s->u.type_switch.body);
        break;
    case AST_COMM_CLAUSE:
        n->u.comm_clause.comm = clone_stmt(a, s->u.comm_clause.comm);
        clone_stmts(a, &n->u.comm_clause.body);
        break;
    case AST_SELECT_STMT: n->u.select_stmt.body = clone_block(a, s->u.select_stmt.body); break;
    case AST_FOR_STMT:
        n->u.for_stmt.init = clone_stmt(a, s->u.for_stmt.init);
        n->u.for_stmt.cond = clone_expr(a, s->u.for_stmt.cond);
        n->u.for_stmt.post = clone_stmt(a, s->u.for_stmt.post);
        n->u.for_stmt.body = clone_block(a, s->u.for_stmt.body);
        break;
    case AST_RANGE_STMT:
        n->u.range.key = clone_expr(a, s->u.range.key);
        n->u.range.value = clone_expr(a, s->u.range.value);
        n->u.range.x = clone_expr(a, s->u.range.x);
        n->u.range.body = clone_block(a, s->u.range.body);
        break;
    case AST_STMT__COUNT: break;
    }
    return n;
}
