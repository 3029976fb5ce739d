// check_stmt.c - statements (spec "Statements"): assignments and short
// variable declarations, if/for/range/switch, labels and branches,
// return, defer, and terminating statements (spec "Terminating
// statements") for "missing return".
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void stmt(Checker *c, AstStmt *s);

void tc_stmt(Checker *c, AstStmt *s) { stmt(c, s); }

static void open_scope(Checker *c) { c->scope = tc_scope_new(c, c->scope, false); }

static void close_scope(Checker *c) {
    tc_check_unused(c, c->scope);
    c->scope = c->scope->parent;
}

void tc_stmt_list(Checker *c, AstStmtList *l) {
    for (int i = 0; i < l->n; i++) stmt(c, l->v[i]);
}

void tc_block(Checker *c, AstBlock *b) {
    open_scope(c);
    tc_stmt_list(c, &b->list);
    close_scope(c);
}

// ---- assignments ----

// tc_lvalue checks e as an assignment target; returns its type or NULL.
Type *tc_lvalue(Checker *c, AstExpr *e) {
    if (e->kind == AST_IDENT && strcmp(e->u.ident.name, "_") == 0) {
        EN(e)->op = OP_BLANK;
        return NULL;
    }
    Operand x;
    c->lhs_ident = e->kind == AST_IDENT;
    tc_expr(c, &x, e);
    c->lhs_ident = false;
    if (x.mode == MODE_INVALID) return NULL;
    if (x.mode == MODE_VARIABLE || x.mode == MODE_MAPINDEX) {
        if (e->kind == AST_SELECTOR_EXPR && EN(e)->op == OP_FIELD) {
            AstExpr *root = e->u.selector.x;
            while (root->kind == AST_PAREN_EXPR) root = root->u.paren.x;
            if (EN(root)->op == OP_INDEX_MAP) {
                tc_errorf(c, e->pos, "cannot assign to struct field %s in map", tc_expr_str(c, e));
                return NULL;
            }
        }
        return x.type;
    }
    if (e->kind == AST_SELECTOR_EXPR && EN(e)->op == OP_FIELD) {
        AstExpr *root = e->u.selector.x;
        while (root->kind == AST_PAREN_EXPR) root = root->u.paren.x;
        if (EN(root)->op == OP_INDEX_MAP) {
            tc_errorf(c, e->pos, "cannot assign to struct field %s in map", tc_expr_str(c, e));
            return NULL;
        }
    }
    tc_errorf(c, e->pos, "cannot assign to %s", tc_operand_string(c, &x));
    return NULL;
}

static AssignInfo *new_assign(Checker *c, int nlhs) {
    AssignInfo *ai = arena_alloc(c->arena, sizeof *ai);
    ai->nlhs = nlhs;
    ai->lhs = arena_alloc(c->arena, (size_t)(nlhs + 1) * sizeof *ai->lhs);
    ai->decl = arena_alloc(c->arena, (size_t)(nlhs + 1) * sizeof *ai->decl);
    ai->types = arena_alloc(c->arena, (size_t)(nlhs + 1) * sizeof *ai->types);
    return ai;
}

// returns_tuple: e is a call of a function with several results (checked
// lazily: only the callee's signature is looked at).
static bool returns_tuple(Checker *c, AstExpr *e) {
    (void)c;
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind != AST_CALL_EXPR) return false;
    AstExpr *f = e->u.call.fun;
    if (f->kind == AST_IDENT) {
        Obj *o = tc_scope_lookup(c->scope, f->u.ident.name, NULL);
        if (o && o->kind == OBJ_FUNC) {
            if (o->decl && o->state != 2) tc_resolve_obj(c, o);
            return o->type && o->type->nresults > 1;
        }
    }
    return false;
}

// assign_rhs checks the right-hand sides against lhs types (NULL: infer
// from the value, as := does). Fills ai->types for inferred ones.
const Type *tc_box_type(const Type *t, const Type *vt) {
    return t && vt && tc_under(t)->kind == KIND_INTERFACE && tc_under(vt)->kind != KIND_INTERFACE ? vt : NULL;
}

void tc_tuple_box(Checker *c, AssignInfo *ai, int i, const Type *vt) {
    const Type *box = tc_box_type(ai->types[i], vt);
    if (!box) return;
    if (!ai->tuple_box) ai->tuple_box = arena_alloc(c->arena, (size_t)ai->nlhs * sizeof *ai->tuple_box);
    ai->tuple_box[i] = box;
}

static void assign_rhs(Checker *c, AssignInfo *ai, AstExprList *rhs, Pos pos, const char *ctx) {
    int n = ai->nlhs;
    ai->nrhs = rhs->n;
    ai->rhs = rhs->v;
    if (rhs->n == n && !(n == 1 && returns_tuple(c, rhs->v[0]))) {
        for (int i = 0; i < n; i++) {
            Operand x;
            if (n == 1) tc_assigned_value(c, &x, rhs->v[i]);
            else tc_expr(c, &x, rhs->v[i]);
            if (x.mode == MODE_INVALID) continue;
            if (ai->types[i]) {
                tc_assignment_as(c, &x, &rhs->v[i], ai->types[i], SPELL(ai->lhs[i], SPELL_SELF, 0), ctx);
            } else if (ai->lhs[i] && EN(ai->lhs[i])->op == OP_BLANK && !ai->decl[i]) {
                if (x.type && x.type->kind == KIND_UNTYPED_NIL) {
                    tc_errorf(c, x.expr->pos, "use of untyped nil in %s", ctx);
                    continue;
                }
                tc_use_default(c, &x);
                tc_assignment(c, &x, &rhs->v[i], x.type, ctx);
            } else {
                if (x.type && x.type->kind == KIND_UNTYPED_NIL) {
                    tc_errorf(c, x.expr->pos, "use of untyped nil in %s", ctx);
                    continue;
                }
                tc_use_default(c, &x);
                if (x.mode == MODE_NOVALUE || !x.type) {
                    tc_errorf(c, x.expr->pos, "%s (no value) used as value", tc_expr_str(c, x.expr));
                    continue;
                }
                ai->types[i] = x.type;
                tc_assignment(c, &x, &rhs->v[i], x.type, ctx);
            }
            if (ai->types[i] && (ai->types[i]->flags & TF_AGGREGATE)) ai->copy_first = n > 1;
        }
        return;
    }
    if (rhs->n == 1) {
        Operand x;
        tc_multi_expr(c, &x, rhs->v[0]);
        if (x.mode == MODE_INVALID) return;
        int got = x.type && x.type->kind == KIND_TUPLE ? x.type->nfields : 1;
        bool commaok = (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK) && n == 2;
        if (commaok) got = 2;
        AstExpr *call = rhs->v[0];
        while (call->kind == AST_PAREN_EXPR) call = call->u.paren.x;
        if (got != n) {
            if (call->kind == AST_CALL_EXPR)
                tc_errorf(c, rhs->v[0]->pos, "assignment mismatch: %d variable%s but %s returns %d value%s",
                          n, n > 1 ? "s" : "", tc_expr_str(c, call->u.call.fun), got, got > 1 ? "s" : "");
            else
                tc_errorf(c, rhs->v[0]->pos, "assignment mismatch: %d variable%s but %d value%s", n,
                          n > 1 ? "s" : "", got, got > 1 ? "s" : "");
            return;
        }
        ai->tuple = true;
        if (commaok) tc_commaok_mark(c, &x, rhs->v[0], 2);
        for (int i = 0; i < n; i++) {
            Type *vt = commaok ? (i == 0 ? x.type : c->u.types[KIND_BOOL]) : (Type *)x.type->fields[i].type;
            if (ai->types[i]) {
                Operand o = {.mode = MODE_VALUE, .type = vt, .expr = rhs->v[0]};
                if (commaok && i == 1) o.type = c->u.types[KIND_UNTYPED_BOOL];
                if (!(commaok && i == 1))
                    tc_assignment_as(c, &o, NULL, ai->types[i], SPELL(ai->lhs[i], SPELL_SELF, 0), ctx);
                tc_tuple_box(c, ai, i, vt);
            } else {
                ai->types[i] = vt;
            }
        }
        return;
    }
    (void)pos;
    tc_errorf(c, rhs->v[0]->pos, "assignment mismatch: %d variable%s but %d value%s", n,
              n > 1 ? "s" : "", rhs->n, rhs->n > 1 ? "s" : "");
}

static void assign_stmt(Checker *c, AstStmt *s) {
    AstExprList *lhs = &s->u.assign.lhs;
    AssignInfo *ai = new_assign(c, lhs->n);
    for (int i = 0; i < lhs->n; i++) {
        ai->lhs[i] = lhs->v[i];
        ai->types[i] = tc_lvalue(c, lhs->v[i]);
    }
    assign_rhs(c, ai, &s->u.assign.rhs, s->u.assign.tok_pos, "assignment");
    SN(s)->op = SOP_ASSIGN;
    SN(s)->aux = ai;
}

static void define_stmt(Checker *c, AstStmt *s) {
    AstExprList *lhs = &s->u.assign.lhs;
    AssignInfo *ai = new_assign(c, lhs->n);
    bool any_new = false;
    bool *is_new = arena_alloc(c->arena, (size_t)(lhs->n + 1) * sizeof *is_new);
    for (int i = 0; i < lhs->n; i++) {
        AstExpr *e = lhs->v[i];
        ai->lhs[i] = e;
        is_new[i] = false;
        if (e->kind != AST_IDENT) {
            tc_errorf(c, e->pos, "non-name %s on left side of :=", tc_expr_str(c, e));
            continue;
        }
        const char *nm = e->u.ident.name;
        if (strcmp(nm, "_") == 0) {
            EN(e)->op = OP_BLANK;
            continue;
        }
        for (int j = 0; j < i; j++)
            if (lhs->v[j]->kind == AST_IDENT && strcmp(lhs->v[j]->u.ident.name, nm) == 0)
                tc_errorf(c, e->pos, "%s repeated on left side of :=", nm);
        Obj *old = tc_scope_lookup_local(c->scope, nm);
        if (old) {
            ai->types[i] = tc_lvalue(c, e);
            continue;
        }
        any_new = true;
        is_new[i] = true;
    }
    if (!any_new) tc_errorf(c, s->u.assign.tok_pos, "no new variables on left side of :=");
    assign_rhs(c, ai, &s->u.assign.rhs, s->u.assign.tok_pos, "assignment");
    for (int i = 0; i < lhs->n; i++) {
        if (!is_new[i]) continue;
        Obj *o = tc_declare_var(c, lhs->v[i], ai->types[i]);
        if (!ai->types[i]) o->used = true;   // its initialiser was in error: Go reports only that
        o->spell = ai->tuple ? SPELL(ai->rhs[0], SPELL_RESULT, i) : SPELL(ai->rhs[i], SPELL_SELF, 0);
        ai->decl[i] = o;
    }
    for (int i = 0; i < lhs->n; i++)
        if (ai->decl[i]) tc_declare(c, c->scope, ai->decl[i]);
    SN(s)->op = SOP_DEFINE;
    SN(s)->aux = ai;
}

static TokenKind binop_of(TokenKind assign_op) {
    switch (assign_op) {
    case TOK_ADD_ASSIGN: return TOK_ADD;
    case TOK_SUB_ASSIGN: return TOK_SUB;
    case TOK_MUL_ASSIGN: return TOK_MUL;
    case TOK_QUO_ASSIGN: return TOK_QUO;
    case TOK_REM_ASSIGN: return TOK_REM;
    case TOK_AND_ASSIGN: return TOK_AND;
    case TOK_OR_ASSIGN: return TOK_OR;
    case TOK_XOR_ASSIGN: return TOK_XOR;
    case TOK_SHL_ASSIGN: return TOK_SHL;
    case TOK_SHR_ASSIGN: return TOK_SHR;
    case TOK_AND_NOT_ASSIGN: return TOK_AND_NOT;
    default: return TOK_ILLEGAL;
    }
}

// op_assign checks "x op= y" and "x++" by checking the binary expression
// x op y (a synthetic node) and storing the result back to x.
static void op_assign(Checker *c, AstStmt *s, AstExpr *lhs, AstExpr *rhs, TokenKind op, Pos op_pos) {
    OpAssignInfo *oi = arena_alloc(c->arena, sizeof *oi);
    SN(s)->op = SOP_OP_ASSIGN;
    SN(s)->aux = oi;
    oi->lhs = lhs;
    // the binary checker gets its own copy of the lhs, made before either
    // is checked: checking a shared child twice (m[k] with an interface
    // key: the key's conversion node) would overwrite the lhs's annotations
    AstExpr *lcopy = ast_clone_expr(c->arena, lhs);
    Type *lt = tc_lvalue(c, lhs);
    if (!lt) return;
    if (lhs->kind == AST_IDENT && EN(lhs)->obj) EN(lhs)->obj->used = true;
    AstExpr *bin = ast_new_expr(c->arena, AST_BINARY_EXPR, lhs->pos);
    bin->u.binary.x = lhs;
    bin->u.binary.op = op;
    bin->u.binary.op_pos = op_pos;
    bin->u.binary.y = rhs;
    // check the right operand and the operator via the binary checker on the
    // copy of the lhs (so the lhs itself keeps its lvalue annotation)
    bin->u.binary.x = lcopy;
    Operand x;
    // messages spell the statement ("total += \"x\""), not the binary expression
    c->opassign_str = arena_printf(c->arena, "%s %s= %s", tc_expr_str(c, lhs), lex_token_name(op), tc_expr_str(c, rhs));
    tc_binary(c, &x, bin);
    c->opassign_str = NULL;
    if (x.mode == MODE_INVALID) return;
    if (x.mode == MODE_CONSTANT) tc_set_const(c, bin, x.val, lt);
    oi->rhs = bin->u.binary.y;
    oi->op = EN(bin)->op;
    oi->kind = tc_under(lt)->kind;
    oi->type = lt;
    if (EN(bin)->op == OP_CONST || EN(bin)->op == OP_NONE) {
        // x op= c where both folded: cannot happen for variables
        oi->op = tc_arith_op(op, lt);
    }
}

static void inc_dec(Checker *c, AstStmt *s) {
    AstExpr *one = ast_new_expr(c->arena, AST_BASIC_LIT, s->u.inc_dec.tok_pos);
    one->u.lit.kind = LIT_INT;
    one->u.lit.text = "1";
    op_assign(c, s, s->u.inc_dec.x, one, s->u.inc_dec.tok == TOK_INC ? TOK_ADD : TOK_SUB, s->u.inc_dec.tok_pos);
}

// ---- declarations in functions ----

static void decl_stmt(Checker *c, AstStmt *s) {
    AstDecl *d = s->u.decl.decl;
    SN(s)->op = SOP_DECL_NOP;
    if (d->kind != AST_GEN_DECL) return;
    AstSpec *last_values = NULL;
    for (int i = 0; i < d->u.gen.specs.n; i++) {
        AstSpec *sp = d->u.gen.specs.v[i];
        if (sp->kind == AST_VALUE_SPEC && d->u.gen.tok == TOK_VAR) {
            AssignInfo *ai = tc_var_spec(c, sp, true);
            for (int j = 0; j < ai->nlhs; j++)
                if (ai->decl[j]) tc_declare(c, c->scope, ai->decl[j]);
            // a declaration with several specs runs each one: chain them
            if (d->u.gen.specs.n == 1) {
                SN(s)->op = SOP_DEFINE;
                SN(s)->aux = ai;
            } else {
                AssignInfo **list = SN(s)->aux;
                if (!list) {
                    list = arena_alloc(c->arena, (size_t)(d->u.gen.specs.n + 1) * sizeof *list);
                    SN(s)->aux = list;
                }
                list[SN(s)->slot++] = ai;
                SN(s)->op = SOP_DEFINE;
                SN(s)->slot = SN(s)->slot;   // count of AssignInfos in aux (multi-spec form)
            }
        } else if (sp->kind == AST_VALUE_SPEC) {
            if (!sp->u.value.implicit) last_values = sp;
            for (int j = 0; j < sp->u.value.names.n; j++) {
                AstExpr *name = sp->u.value.names.v[j];
                Obj *o = tc_new_obj(c, OBJ_CONST, name->u.ident.name, name->pos, NULL);
                o->spec = sp->u.value.implicit && last_values ? last_values : sp;
                o->import_spec = sp;
                o->spec_index = j;
                o->decl = d;
                o->used = true;
                EN(name)->obj = o;
                tc_resolve_local_const(c, o);
                tc_declare(c, c->scope, o);
            }
        } else if (sp->kind == AST_TYPE_SPEC) {
            AstExpr *name = sp->u.type_spec.name;
            bool in_generic = false;
            for (FuncInfo *f = c->fn; f; f = f->parent) in_generic = in_generic || f->generic;
            // reported after the declaration is checked (gc's noder, after types2)
            if (in_generic) tc_errorf(c, s->pos, "type declarations inside generic functions are not currently supported");
            Obj *o = tc_new_obj(c, OBJ_TYPENAME, name->u.ident.name, name->pos, NULL);
            o->spec = sp;
            o->decl = d;
            EN(name)->obj = o;
            tc_declare(c, c->scope, o);
            tc_resolve_local_type(c, o);
            c->local_types = realloc(c->local_types, (size_t)(c->nlocal_types + 1) * sizeof *c->local_types);
            if (!c->local_types) abort();
            c->local_types[c->nlocal_types++] = o;
        }
    }
    if (SN(s)->op == SOP_DEFINE && d->u.gen.specs.n > 1) SN(s)->op = SOP_DEFINE_MULTI;
}

// ---- control flow ----

static void if_stmt(Checker *c, AstStmt *s) {
    open_scope(c);
    if (s->u.if_stmt.init) stmt(c, s->u.if_stmt.init);
    Operand x;
    tc_expr(c, &x, s->u.if_stmt.cond);
    if (x.mode != MODE_INVALID) {
        if (!tc_is_boolean(tc_under(x.type)))
            tc_errorf(c, s->u.if_stmt.cond->pos, "non-boolean condition in if statement");
        else
            tc_assignment(c, &x, &s->u.if_stmt.cond, c->u.types[KIND_BOOL], "condition");
    }
    tc_block(c, s->u.if_stmt.body);
    if (s->u.if_stmt.else_) stmt(c, s->u.if_stmt.else_);
    close_scope(c);
    SN(s)->op = SOP_IF;
}

static void for_stmt(Checker *c, AstStmt *s) {
    open_scope(c);
    if (s->u.for_stmt.init) stmt(c, s->u.for_stmt.init);
    if (s->u.for_stmt.cond) {
        Operand x;
        tc_expr(c, &x, s->u.for_stmt.cond);
        if (x.mode != MODE_INVALID) {
            if (!tc_is_boolean(tc_under(x.type)))
                tc_errorf(c, s->u.for_stmt.cond->pos, "non-boolean condition in for statement");
            else
                tc_assignment(c, &x, &s->u.for_stmt.cond, c->u.types[KIND_BOOL], "condition");
        }
    }
    if (s->u.for_stmt.post) {
        AstStmt *p = s->u.for_stmt.post;
        if (p->kind == AST_ASSIGN_STMT && p->u.assign.tok == TOK_DEFINE)
            tc_errorf(c, p->pos, "cannot declare in post statement of for loop");
        else
            stmt(c, p);
    }
    c->loop_depth++;
    tc_block(c, s->u.for_stmt.body);
    c->loop_depth--;
    close_scope(c);
    SN(s)->op = SOP_FOR;
}

static void range_stmt(Checker *c, AstStmt *s) {
    RangeInfo *ri = arena_alloc(c->arena, sizeof *ri);
    SN(s)->op = SOP_RANGE;
    SN(s)->aux = ri;
    open_scope(c);
    Operand x;
    tc_expr(c, &x, s->u.range.x);
    Type *kt = NULL, *vt = NULL;
    const SynthParam *sp = x.mode != MODE_INVALID ? tc_synth_param(c, x.type) : NULL;
    if (sp && !sp->core) {
        tc_errorf(c, x.expr->pos, "cannot range over %s (%s has no core type)", tc_operand_string(c, &x),
                  tc_type_string(c, x.type));
        x.mode = MODE_INVALID;
    }
    if (x.mode != MODE_INVALID) {
        Operand x0 = x;   // the message shows the operand as written (an untyped constant stays so)
        tc_use_default(c, &x);
        const Type *u = tc_under(x.type);
        if (u->kind == KIND_POINTER && tc_under(u->elem)->kind == KIND_ARRAY) {
            ri->kind = RANGE_PTR_ARRAY;
            u = tc_under(u->elem);
        } else if (u->kind == KIND_ARRAY) {
            ri->kind = RANGE_ARRAY;
        }
        switch (u->kind) {
        case KIND_ARRAY: kt = c->u.types[KIND_INT]; vt = (Type *)u->elem; break;
        case KIND_SLICE: ri->kind = RANGE_SLICE; kt = c->u.types[KIND_INT]; vt = (Type *)u->elem; break;
        case KIND_STRING: ri->kind = RANGE_STRING; kt = c->u.types[KIND_INT]; vt = c->u.types[KIND_INT32]; break;
        case KIND_MAP: ri->kind = RANGE_MAP; kt = (Type *)u->key; vt = (Type *)u->elem; ri->key_type = x.type; break;
        case KIND_CHAN: ri->kind = RANGE_CHAN; kt = (Type *)u->elem; break;   // check_chan.c / eval/ex_go.c
        default:   // Go 1.19: no range over integers (Go 1.22's) or functions
            tc_errorf(c, x.expr->pos, "cannot range over %s", tc_operand_string(c, &x0));
            x.mode = MODE_INVALID;
            break;
        }
    }
    ri->elem = vt;
    if (!ri->key_type) ri->key_type = kt;
    ri->tmp = tc_new_slot(c);
    tc_new_slot(c);
    tc_new_slot(c);
    AstExpr *vars[2] = {s->u.range.key, s->u.range.value};
    Type *types[2] = {kt, vt};
    for (int i = 0; i < 2; i++) {
        AstExpr *v = vars[i];
        if (!v) continue;
        if (s->u.range.tok == TOK_DEFINE) {
            if (v->kind != AST_IDENT) {
                tc_errorf(c, v->pos, "non-name %s on left side of :=", tc_expr_str(c, v));
                continue;
            }
            if (strcmp(v->u.ident.name, "_") == 0) {
                EN(v)->op = OP_BLANK;
                continue;
            }
            Obj *o = tc_declare_var(c, v, types[i]);
            o->spell = SPELL(s->u.range.x, i == 0 ? SPELL_RANGE_KEY : SPELL_RANGE_VALUE, 0);
            if (i == 0) ri->key_var = o;
            else ri->value_var = o;
            tc_declare(c, c->scope, o);
            tc_var_ref(c, v, o);
        } else {
            Type *lt = tc_lvalue(c, v);
            if (lt && types[i]) {
                Operand o = {.mode = MODE_VALUE, .type = types[i], .expr = v};
                tc_assignment_as(c, &o, NULL, lt, SPELL(v, SPELL_SELF, 0), "range");
            }
        }
    }
    ri->key = s->u.range.key;
    ri->value = s->u.range.value;
    c->loop_depth++;
    tc_block(c, s->u.range.body);
    c->loop_depth--;
    close_scope(c);
}

static void switch_stmt(Checker *c, AstStmt *s) {
    SwitchInfo *si = arena_alloc(c->arena, sizeof *si);
    SN(s)->op = SOP_SWITCH;
    SN(s)->aux = si;
    open_scope(c);
    if (s->u.switch_stmt.init) stmt(c, s->u.switch_stmt.init);
    Obj *tag = NULL;
    AstExpr *tag_e = s->u.switch_stmt.tag;
    if (tag_e) {
        Operand x;
        tc_expr(c, &x, tag_e);
        if (x.mode != MODE_INVALID) {
            tc_use_default(c, &x);
            AstExpr *id = ast_new_expr(c->arena, AST_IDENT, tag_e->pos);
            id->u.ident.name = ".tag";
            tag = tc_declare_var(c, id, x.type);
            tag->spell = SPELL(tag_e, SPELL_SELF, 0);   // messages spell it as the tag expression (check_ops.c)
            tag->used = true;
            tc_declare(c, c->scope, tag);
            si->tag_slot = tag->slot;
            s->u.switch_stmt.tag = tc_wrap(c, tag_e, OP_PAREN, x.type);
            EN(s->u.switch_stmt.tag)->slot = tag->slot;
            si->tag_obj = tag;
        } else {
            tag_e = NULL;
            si->tag_slot = -1;
        }
    } else {
        si->tag_slot = -1;
    }
    AstStmtList *body = &s->u.switch_stmt.body->list;
    si->nclauses = body->n;
    si->cases = arena_alloc(c->arena, (size_t)(body->n + 1) * sizeof *si->cases);
    si->ncases = arena_alloc(c->arena, (size_t)(body->n + 1) * sizeof *si->ncases);
    si->default_clause = -1;
    c->switch_depth++;
    for (int i = 0; i < body->n; i++) {
        AstStmt *cl = body->v[i];
        if (cl->u.case_clause.is_default) {
            if (si->default_clause >= 0) tc_errorf(c, cl->pos, "multiple defaults in switch");
            si->default_clause = i;
        }
        int n = cl->u.case_clause.list.n;
        si->ncases[i] = n;
        si->cases[i] = arena_alloc(c->arena, (size_t)(n + 1) * sizeof(AstExpr *));
        for (int j = 0; j < n; j++) {
            AstExpr *ce = cl->u.case_clause.list.v[j];
            if (tag) {
                AstExpr *id = ast_new_expr(c->arena, AST_IDENT, ce->pos);
                id->u.ident.name = ".tag";
                AstExpr *bin = ast_new_expr(c->arena, AST_BINARY_EXPR, ce->pos);
                bin->u.binary.x = id;
                bin->u.binary.op = TOK_EQL;
                bin->u.binary.y = ce;
                Operand x;
                tc_expr(c, &x, bin);
                if (x.mode == MODE_CONSTANT) tc_set_const(c, bin, x.val, c->u.types[KIND_BOOL]);
                si->cases[i][j] = bin;
            } else if (tag_e == NULL && s->u.switch_stmt.tag == NULL) {
                Operand x;
                tc_expr(c, &x, ce);
                si->cases[i][j] = cl->u.case_clause.list.v[j];
                if (x.mode != MODE_INVALID) {
                    Type *bt = c->u.types[KIND_BOOL];
                    if (tc_is_boolean(tc_under(x.type))) {
                        tc_assignment(c, &x, &cl->u.case_clause.list.v[j], bt, "switch case");
                    } else if (tc_under(x.type)->kind == KIND_INTERFACE && tc_implements(c, bt, x.type, NULL)) {
                        // the case is compared with the implicit tag true: an
                        // interface value holding true matches (switch.go)
                        AstExpr *t = ast_new_expr(c->arena, AST_IDENT, ce->pos);
                        t->u.ident.name = "true";
                        AstExpr *bin = ast_new_expr(c->arena, AST_BINARY_EXPR, ce->pos);
                        bin->u.binary.x = ce;
                        bin->u.binary.op = TOK_EQL;
                        bin->u.binary.y = t;
                        tc_expr(c, &x, bin);
                        if (x.mode != MODE_INVALID) tc_assignment(c, &x, &bin, bt, "switch case");
                        si->cases[i][j] = bin;
                    } else {
                        tc_errorf(c, ce->pos, "invalid case %s in switch on true (mismatched types %s and bool)",
                                  tc_expr_str(c, ce), tc_expr_type_string(c, ce, x.type));
                    }
                }
            } else {
                Operand x;
                tc_expr(c, &x, ce);
                si->cases[i][j] = ce;
            }
        }
        open_scope(c);
        AstStmtList *b = &cl->u.case_clause.body;
        for (int k = 0; k < b->n; k++) {
            AstStmt *bs = b->v[k];
            if (bs->kind == AST_BRANCH_STMT && bs->u.branch.tok == TOK_FALLTHROUGH) {
                if (k != b->n - 1) tc_errorf(c, bs->pos, "fallthrough statement out of place");
                else if (i == body->n - 1) tc_errorf(c, bs->pos, "cannot fallthrough final case in switch");
                SN(bs)->op = SOP_FALLTHROUGH;
                continue;
            }
            stmt(c, bs);
        }
        close_scope(c);
    }
    c->switch_depth--;
    close_scope(c);
}

// ---- labels and branches ----

static void labeled(Checker *c, AstStmt *s) {
    if (c->nlabels == c->labelcap) {
        c->labelcap = c->labelcap ? 2 * c->labelcap : 16;
        c->labels = realloc(c->labels, (size_t)c->labelcap * sizeof *c->labels);
        if (!c->labels) abort();
    }
    {
        c->labels[c->nlabels].name = s->u.labeled.label->u.ident.name;
        c->labels[c->nlabels].stmt = s->u.labeled.stmt;
        c->labels[c->nlabels].used = false;
        c->labels[c->nlabels].pos = s->u.labeled.label->pos;
        c->nlabels++;
    }
    int idx = c->nlabels - 1;
    stmt(c, s->u.labeled.stmt);
    if (idx >= 0 && !c->labels[idx].used && !tc_goto_uses_label(c, s->u.labeled.label->u.ident.name))
        tc_errorf(c, s->u.labeled.label->pos, "label %s defined and not used", s->u.labeled.label->u.ident.name);
    c->labels[idx].stmt = NULL;
    SN(s)->op = SOP_LABELED;
}

static void branch(Checker *c, AstStmt *s) {
    TokenKind tok = s->u.branch.tok;
    if (tok == TOK_FALLTHROUGH) {
        tc_errorf(c, s->pos, "fallthrough statement out of place");
        return;
    }
    if (tok == TOK_GOTO) {
        tc_goto(c, s);
        return;
    }
    SN(s)->op = tok == TOK_BREAK ? SOP_BREAK : SOP_CONTINUE;
    if (s->u.branch.label) {
        const char *nm = s->u.branch.label->u.ident.name;
        for (int i = c->nlabels - 1; i >= 0; i--) {
            if (c->labels[i].stmt && strcmp(c->labels[i].name, nm) == 0) {
                AstStmt *t = c->labels[i].stmt;
                c->labels[i].used = true;
                bool loop = t->kind == AST_FOR_STMT || t->kind == AST_RANGE_STMT;
                bool brk = loop || t->kind == AST_SWITCH_STMT || t->kind == AST_TYPE_SWITCH_STMT || t->kind == AST_SELECT_STMT;
                if ((tok == TOK_CONTINUE && !loop) || (tok == TOK_BREAK && !brk)) {
                    tc_errorf(c, s->u.branch.label->pos, "invalid %s label %s", tok == TOK_BREAK ? "break" : "continue", nm);
                    return;
                }
                SN(s)->aux = t;
                return;
            }
        }
        tc_errorf(c, s->u.branch.label->pos, "%s label not defined: %s", tok == TOK_BREAK ? "break" : "continue", nm);
        return;
    }
    if (tok == TOK_CONTINUE && c->loop_depth == 0) tc_errorf(c, s->pos, "continue is not in a loop");
    if (tok == TOK_BREAK && c->loop_depth == 0 && c->switch_depth == 0)
        tc_errorf(c, s->pos, "break is not in a loop, switch, or select");
}

// ---- return, expression statements, defer ----

static void return_stmt(Checker *c, AstStmt *s) {
    ReturnInfo *ri = arena_alloc(c->arena, sizeof *ri);
    SN(s)->op = SOP_RETURN;
    SN(s)->aux = ri;
    FuncInfo *fn = c->fn;
    AstExprList *rl = &s->u.return_stmt.results;
    ri->n = rl->n;
    ri->results = rl->v;
    int want = fn->nresults;
    if (rl->n == 0) {
        if (want > 0 && !fn->named_results) tc_errorf(c, s->pos, "not enough return values\n\thave ()\n\twant %s",
                                                      tc_tuple_string(c, fn->sig->results, want, false, fn->ftype, true));
        return;
    }
    if (want == 0) {
        Operand x;
        tc_multi_expr(c, &x, rl->v[0]);
        bool num = x.mode == MODE_CONSTANT && tc_is_untyped(x.type) && tc_is_numeric(x.type);
        tc_errorf(c, rl->v[0]->pos, "too many return values\n\thave (%s)\n\twant ()",
                  num || !x.type ? "number" : tc_expr_type_string(c, x.expr, tc_default_type(c, x.type)));
        return;
    }
    Operand *xs = arena_alloc(c->arena, (size_t)(rl->n + 1) * sizeof *xs);
    memset(xs, 0, (size_t)(rl->n + 1) * sizeof *xs);
    int n = rl->n;
    if (n == 1 && want > 1) {
        tc_multi_expr(c, &xs[0], rl->v[0]);
        if (xs[0].mode == MODE_INVALID) return;
        if (xs[0].type && xs[0].type->kind == KIND_TUPLE && xs[0].type->nfields == want) {
            ri->tuple = true;
            for (int i = 0; i < want; i++) {
                Operand o = {.mode = MODE_VALUE, .type = (Type *)xs[0].type->fields[i].type, .expr = rl->v[0]};
                const Type *rt = fn->sig->results[i];
                tc_assignment_as(c, &o, NULL, (Type *)rt, SPELL(fn->ftype, SPELL_RESULT, i), "return statement");
                if (tc_box_type(rt, o.type)) {
                    if (!ri->tuple_box) ri->tuple_box = arena_alloc(c->arena, (size_t)want * sizeof *ri->tuple_box);
                    ri->tuple_box[i] = o.type;
                }
            }
            return;
        }
    } else {
        for (int i = 0; i < n; i++) tc_expr(c, &xs[i], rl->v[i]);
    }
    if (n != want) {
        StrBuf b = {0};
        sb_putc(&b, '(');
        for (int i = 0; i < n; i++) {
            if (i) sb_puts(&b, ", ");
            bool num = xs[i].mode == MODE_CONSTANT && tc_is_untyped(xs[i].type) && tc_is_numeric(xs[i].type);
            sb_puts(&b, xs[i].mode == MODE_INVALID ? "invalid type"
                        : num                      ? "number"
                                                   : tc_expr_type_string(c, xs[i].expr, xs[i].type));
        }
        sb_putc(&b, ')');
        tc_errorf(c, rl->v[n > want ? want : 0]->pos, "%s return values\n\thave %.*s\n\twant %s",
                  n > want ? "too many" : "not enough", (int)b.len, b.p,
                  tc_tuple_string(c, fn->sig->results, want, false, fn->ftype, true));
        sb_free(&b);
        return;
    }
    for (int i = 0; i < n; i++)
        if (xs[i].mode != MODE_INVALID)
            tc_assignment_as(c, &xs[i], &rl->v[i], (Type *)fn->sig->results[i], SPELL(fn->ftype, SPELL_RESULT, i),
                             "return statement");
}

static void expr_stmt(Checker *c, AstStmt *s) {
    Operand x;
    AstExpr *e = s->u.expr.x;
    tc_multi_expr(c, &x, e);
    SN(s)->op = SOP_EXPR;
    if (x.mode == MODE_INVALID) return;
    AstExpr *inner = e;
    while (inner->kind == AST_PAREN_EXPR) inner = inner->u.paren.x;
    bool is_call = inner->kind == AST_CALL_EXPR &&
                   (EN(inner)->op == OP_CALL || EN(inner)->op == OP_CALL_CLOSURE || EN(inner)->op == OP_CALL_NATIVE ||
                    EN(inner)->op == OP_CALL_METHOD || EN(inner)->op == OP_CALL_IFACE);
    if (inner->kind == AST_CALL_EXPR && EN(inner)->op == OP_CALL_BUILTIN) {
        BuiltinId id = (BuiltinId)EN(inner)->slot;
        is_call = id == BI_COPY || id == BI_DELETE || id == BI_PANIC || id == BI_PRINT || id == BI_PRINTLN ||
                  id == BI_RECOVER || id == BI_CLEAR || id == BI_CLOSE;
    }
    if (EN(inner)->op == OP_RECV) is_call = true;   // <-ch (check_chan.c)
    if (!is_call) tc_errorf(c, e->pos, "%s is not used", tc_operand_string(c, &x));
}

static void defer_stmt(Checker *c, AstStmt *s) {
    AstExpr *call = s->u.defer_stmt.call;
    SN(s)->op = SOP_DEFER;
    if (c->fn) c->fn->has_defer = true;
    if (call->kind != AST_CALL_EXPR) {
        tc_errorf(c, call->pos, "expression in defer must be function call");
        return;
    }
    Operand x;
    tc_multi_expr(c, &x, call);
    if (EN(call)->op == OP_CALL_BUILTIN) {
        BuiltinId id = (BuiltinId)EN(call)->slot;
        if (id == BI_LEN || id == BI_CAP || id == BI_APPEND || id == BI_MAKE || id == BI_NEW)
            tc_errorf(c, call->pos, "defer discards result of %s", tc_expr_str(c, call));
    }
    SN(s)->aux = call;
}

static void stmt(Checker *c, AstStmt *s) {
    switch (s->kind) {
    case AST_BAD_STMT: break;
    case AST_EMPTY_STMT: SN(s)->op = SOP_EMPTY; break;
    case AST_DECL_STMT: decl_stmt(c, s); break;
    case AST_LABELED_STMT: labeled(c, s); break;
    case AST_EXPR_STMT: expr_stmt(c, s); break;
    case AST_SEND_STMT: tc_send_stmt(c, s); break;
    case AST_INC_DEC_STMT: inc_dec(c, s); break;
    case AST_ASSIGN_STMT:
        if (s->u.assign.tok == TOK_ASSIGN) assign_stmt(c, s);
        else if (s->u.assign.tok == TOK_DEFINE) define_stmt(c, s);
        else {
            if (s->u.assign.lhs.n != 1 || s->u.assign.rhs.n != 1) {
                tc_errorf(c, s->u.assign.tok_pos, "assignment operation %s requires single-valued expressions",
                          lex_token_name(s->u.assign.tok));
                break;
            }
            op_assign(c, s, s->u.assign.lhs.v[0], s->u.assign.rhs.v[0], binop_of(s->u.assign.tok), s->u.assign.tok_pos);
        }
        break;
    case AST_GO_STMT: tc_go_stmt(c, s); break;
    case AST_DEFER_STMT: defer_stmt(c, s); break;
    case AST_RETURN_STMT: return_stmt(c, s); break;
    case AST_BRANCH_STMT: branch(c, s); break;
    case AST_BLOCK_STMT: tc_block(c, s->u.block.block); SN(s)->op = SOP_BLOCK; break;
    case AST_IF_STMT: if_stmt(c, s); break;
    case AST_SWITCH_STMT: switch_stmt(c, s); break;
    case AST_TYPE_SWITCH_STMT: tc_type_switch(c, s); break;
    case AST_SELECT_STMT: tc_select_stmt(c, s); break;
    case AST_FOR_STMT: for_stmt(c, s); break;
    case AST_RANGE_STMT: range_stmt(c, s); break;
    default: break;
    }
}

// ---- terminating statements ----

static bool has_break(AstStmt *s, AstStmt *target, bool nested);

static bool list_has_break(AstStmtList *l, AstStmt *target, bool nested) {
    for (int i = 0; i < l->n; i++)
        if (has_break(l->v[i], target, nested)) return true;
    return false;
}

// has_break: s contains a break that leaves target (unlabeled ones only
// when not nested in another breakable statement).
static bool has_break(AstStmt *s, AstStmt *target, bool nested) {
    if (!s) return false;
    switch (s->kind) {
    case AST_BRANCH_STMT:
        return s->u.branch.tok == TOK_BREAK && ((!s->u.branch.label && !nested) || SN(s)->aux == target);
    case AST_BLOCK_STMT: return list_has_break(&s->u.block.block->list, target, nested);
    case AST_IF_STMT:
        return list_has_break(&s->u.if_stmt.body->list, target, nested) || has_break(s->u.if_stmt.else_, target, nested);
    case AST_LABELED_STMT: return has_break(s->u.labeled.stmt, target, nested);
    case AST_CASE_CLAUSE: return list_has_break(&s->u.case_clause.body, target, nested);
    case AST_SWITCH_STMT: return list_has_break(&s->u.switch_stmt.body->list, target, true);
    case AST_TYPE_SWITCH_STMT: return list_has_break(&s->u.type_switch.body->list, target, true);
    case AST_FOR_STMT: return list_has_break(&s->u.for_stmt.body->list, target, true);
    case AST_RANGE_STMT: return list_has_break(&s->u.range.body->list, target, true);
    default: return false;
    }
}

bool tc_is_terminating_list(Checker *c, AstStmtList *l) {
    // trailing empty statements are ignored
    int n = l->n;
    while (n > 0 && l->v[n - 1]->kind == AST_EMPTY_STMT) n--;
    return n > 0 && tc_is_terminating(c, l->v[n - 1], NULL);
}

bool tc_is_terminating(Checker *c, AstStmt *s, const char *label) {
    (void)label;
    switch (s->kind) {
    case AST_RETURN_STMT: return true;
    case AST_BRANCH_STMT: return s->u.branch.tok == TOK_GOTO || s->u.branch.tok == TOK_FALLTHROUGH;
    case AST_EXPR_STMT: {
        AstExpr *e = s->u.expr.x;
        while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
        return e->kind == AST_CALL_EXPR && EN(e)->op == OP_CALL_BUILTIN && EN(e)->slot == BI_PANIC;
    }
    case AST_BLOCK_STMT: return tc_is_terminating_list(c, &s->u.block.block->list);
    case AST_IF_STMT:
        return s->u.if_stmt.else_ && tc_is_terminating_list(c, &s->u.if_stmt.body->list) &&
               tc_is_terminating(c, s->u.if_stmt.else_, NULL);
    case AST_LABELED_STMT: return tc_is_terminating(c, s->u.labeled.stmt, NULL);
    case AST_SELECT_STMT: return tc_select_terminating(c, s);   // check_chan.c
    case AST_FOR_STMT: return !s->u.for_stmt.cond && !list_has_break(&s->u.for_stmt.body->list, s, false);
    case AST_SWITCH_STMT: case AST_TYPE_SWITCH_STMT: {
        AstStmtList *b = s->kind == AST_SWITCH_STMT ? &s->u.switch_stmt.body->list : &s->u.type_switch.body->list;
        bool has_default = false;
        for (int i = 0; i < b->n; i++) {
            AstStmt *cl = b->v[i];
            if (cl->u.case_clause.is_default) has_default = true;
            AstStmtList *body = &cl->u.case_clause.body;
            if (list_has_break(body, s, false)) return false;
            if (!tc_is_terminating_list(c, body)) return false;
        }
        return has_default;
    }
    default: return false;
    }
}
