// check_assert.c - type assertions x.(T) and type switches (spec "Type
// assertions", "Type switches").
#include <string.h>

#include "internal.h"

// tc_missing_method: does t fail to implement iface? *missing gets the
// first missing method; *wrong_ptr tells that it exists with a pointer
// receiver only.
bool tc_missing_method(Checker *c, const Type *t, const Type *iface, const char **missing, bool *wrong_ptr) {
    (void)c;
    const Type *it = tc_under(iface);
    *wrong_ptr = false;
    for (int i = 0; i < it->nmethods; i++) {
        const Method *want = &it->methods[i];
        bool ptr = false;
        const Method *m = tc_lookup_method(t, want->name, &ptr);
        if (!m || m->type != want->type ||
            (t->kind != KIND_INTERFACE && ptr && t->kind != KIND_POINTER)) {
            *missing = want->name;
            *wrong_ptr = m && m->type == want->type;
            return true;
        }
    }
    return false;
}

// names_tparam: type expression te is a type parameter's name
static bool names_tparam(Checker *c, AstExpr *te) {
    while (te->kind == AST_PAREN_EXPR) te = te->u.paren.x;
    if (te->kind != AST_IDENT) return false;
    Obj *o = tc_scope_lookup(c->scope, te->u.ident.name, NULL);
    return o && o->kind == OBJ_TYPENAME && o->tparam;
}

// check_assertable: x (an interface) asserted to T: reports Go's
// "impossible type assertion" when T is concrete and cannot implement x.
static bool check_assertable(Checker *c, Operand *x, Type *t, AstExpr *te, AstExpr *e) {
    if (tc_under(t)->kind == KIND_INTERFACE) return true;
    // a type parameter is an interface to types2: x.(T) is never impossible
    // (in an instance T is its type argument; in the generic check, a SynthParam)
    if (tc_synth_param(c, t) || names_tparam(c, te)) return true;
    const char *why = tc_missing_reason(c, t, x->type, true);
    if (!why) return true;
    if (e)
        tc_errorf(c, e->pos, "impossible type assertion: %s\n\t%s does not implement %s %s", tc_expr_str(c, e),
                  tc_expr_type_string(c, te, t), tc_expr_type_string(c, x->expr, x->type), why);
    else
        tc_errorf(c, te->pos, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                  tc_expr_str(c, te), tc_operand_string(c, x), tc_expr_type_string(c, te, t), why);
    return false;
}

void tc_type_assert(Checker *c, Operand *x, AstExpr *e) {
    AstExpr *te = e->u.type_assert.type;
    tc_expr(c, x, e->u.type_assert.x);
    if (x->mode == MODE_INVALID) return;
    if (!te) {
        tc_errorf(c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
        x->mode = MODE_INVALID;
        return;
    }
    if (tc_synth_param(c, x->type)) {
        tc_errorf(c, e->u.type_assert.x->pos, "invalid operation: cannot use type assertion on type parameter value %s",
                  tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    if (tc_under(x->type)->kind != KIND_INTERFACE) {
        tc_errorf(c, e->u.type_assert.x->pos, "invalid operation: %s is not an interface", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    Type *t = tc_type_expr(c, te);
    if (!t) {
        x->mode = MODE_INVALID;
        return;
    }
    if (!check_assertable(c, x, t, te, e)) {
        x->mode = MODE_INVALID;
        return;
    }
    EN(e)->op = OP_TYPE_ASSERT;
    EN(e)->aux = t;
    EN(e)->type = t;
    x->mode = MODE_COMMAOK;
    x->type = t;
    x->expr = e;
}

// dup_type_case reports a case type (NULL: nil) that an earlier case of
// the type switch already lists: Go's "duplicate case T in type switch".
static void dup_type_case(Checker *c, TypeSwitchInfo *ti, AstStmtList *body, int ci, int cj, Type *t) {
    for (int i = 0; i <= ci; i++) {
        AstStmt *cl = body->v[i];
        for (int j = 0; j < (i == ci ? cj : ti->ntypes[i]); j++) {
            if (ti->types[i][j] != t) continue;
            AstExpr *prev = cl->u.case_clause.list.v[j], *te = body->v[ci]->u.case_clause.list.v[cj];
            if (!t && !(prev->kind == AST_IDENT && strcmp(prev->u.ident.name, "nil") == 0)) continue;   // an invalid type
            // case T beside case int: distinct as written, one type in an instance
            if (tc_mentions_tparam(c, prev, 0) || tc_mentions_tparam(c, te, 0)) continue;
            tc_errorf(c, te->pos, "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                      t ? tc_expr_str(c, te) : "nil", c->filename, prev->pos.line, prev->pos.col);
            return;
        }
    }
}

// tc_type_switch checks "switch [init;] [v :=] x.(type) { case T1, T2: ... }".
void tc_type_switch(Checker *c, AstStmt *s) {
    TypeSwitchInfo *ti = arena_alloc(c->arena, sizeof *ti);
    SN(s)->op = SOP_TYPE_SWITCH;
    SN(s)->aux = ti;
    Scope *outer = c->scope;
    c->scope = tc_scope_new(c, outer, false);
    if (s->u.type_switch.init) tc_stmt(c, s->u.type_switch.init);
    AstStmt *a = s->u.type_switch.assign;
    AstExpr *guard = NULL, *lhs = NULL;
    if (a->kind == AST_ASSIGN_STMT && a->u.assign.lhs.n == 1 && a->u.assign.rhs.n == 1) {
        lhs = a->u.assign.lhs.v[0];
        guard = a->u.assign.rhs.v[0];
        if (a->u.assign.tok != TOK_DEFINE) tc_errorf(c, a->u.assign.tok_pos, "expected := in type switch guard");
    } else if (a->kind == AST_EXPR_STMT) {
        guard = a->u.expr.x;
    }
    if (!guard || guard->kind != AST_TYPE_ASSERT_EXPR || guard->u.type_assert.type) {
        tc_errorf(c, a->pos, "invalid type switch guard");
        c->scope = outer;
        return;
    }
    Operand x;
    tc_expr(c, &x, guard->u.type_assert.x);
    bool ok = x.mode != MODE_INVALID;
    if (ok && tc_synth_param(c, x.type)) {
        tc_errorf(c, guard->u.type_assert.x->pos, "cannot use type switch on type parameter value %s",
                  tc_operand_string(c, &x));
        ok = false;
    } else if (ok && tc_under(x.type)->kind != KIND_INTERFACE) {
        tc_errorf(c, guard->u.type_assert.x->pos, "%s is not an interface", tc_operand_string(c, &x));
        ok = false;
    }
    ti->tmp = tc_new_slot(c);
    ti->iface = ok ? x.type : NULL;
    SN(s->u.type_switch.assign)->aux = guard->u.type_assert.x;
    AstStmtList *body = &s->u.type_switch.body->list;
    ti->nclauses = body->n;
    ti->ntypes = arena_alloc(c->arena, (size_t)(body->n + 1) * sizeof *ti->ntypes);
    ti->types = arena_alloc(c->arena, (size_t)(body->n + 1) * sizeof *ti->types);
    ti->vars = arena_alloc(c->arena, (size_t)(body->n + 1) * sizeof *ti->vars);
    ti->default_clause = -1;
    bool v_used = false;
    Obj *first_v = NULL;
    c->switch_depth++;
    for (int i = 0; i < body->n; i++) {
        AstStmt *cl = body->v[i];
        if (cl->u.case_clause.is_default) {
            if (ti->default_clause >= 0) tc_errorf(c, cl->pos, "multiple defaults in switch");
            ti->default_clause = i;
        }
        int n = cl->u.case_clause.list.n;
        ti->ntypes[i] = n;
        ti->types[i] = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(Type *));
        Type *single = NULL;
        AstExpr *single_te = NULL;   // its type as written (messages spell v so)
        for (int j = 0; j < n; j++) {
            AstExpr *te = cl->u.case_clause.list.v[j];
            if (te->kind == AST_IDENT && strcmp(te->u.ident.name, "nil") == 0 &&
                tc_scope_lookup(c->scope, "nil", NULL)->kind == OBJ_NIL) {
                ti->types[i][j] = NULL;
                dup_type_case(c, ti, body, i, j, NULL);
                continue;
            }
            Type *t = tc_type_expr(c, te);
            ti->types[i][j] = t;
            if (t) dup_type_case(c, ti, body, i, j, t);
            if (t && ok) check_assertable(c, &x, t, te, NULL);
            if (n == 1) {
                single = t;
                single_te = te;
            }
        }
        c->scope = tc_scope_new(c, c->scope, false);
        if (lhs && ok) {
            Type *vt = single ? single : x.type;
            Obj *v = tc_declare_var(c, lhs, vt);
            v->spell = single ? SPELL(single_te, SPELL_SELF, 0) : SPELL(x.expr, SPELL_SELF, 0);
            v->pos = lhs->pos;
            tc_declare(c, c->scope, v);
            ti->vars[i] = v;
            if (!first_v) first_v = v;
        }
        AstStmtList *b = &cl->u.case_clause.body;
        for (int k = 0; k < b->n; k++) {
            if (b->v[k]->kind == AST_BRANCH_STMT && b->v[k]->u.branch.tok == TOK_FALLTHROUGH) {
                tc_errorf(c, b->v[k]->pos, "cannot fallthrough in type switch");
                continue;
            }
            tc_stmt(c, b->v[k]);
        }
        if (ti->vars[i]) {
            v_used |= ti->vars[i]->used;
            ti->vars[i]->used = true;   // reported once below, for the whole switch
        }
        tc_check_unused(c, c->scope);
        c->scope = c->scope->parent;
    }
    c->switch_depth--;
    if (lhs && ok && !v_used) tc_errorf(c, lhs->pos, "%s declared but not used", lhs->u.ident.name);
    tc_check_unused(c, c->scope);
    c->scope = outer;
}
