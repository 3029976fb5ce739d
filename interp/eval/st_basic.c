// st_basic.c - statements: blocks, expression statements, assignments and
// declarations, op-assignments and ++/--, if, for, return, break,
// continue, goto (spec "Statements").
//
// Each handler returns an ExecStatus. break/continue with a label and goto
// carry their target (a lowered Stmt) in Frame.branch_target; a goto
// unwinds through the statements until the list holding its label
// resumes there (the checker guarantees the label is in an enclosing list).
#include "internal.h"

ExecStatus eval_exec_list(const Block *b, Frame *fr) {
    for (int i = 0; i < b->n; i++) {
        const Stmt *s = b->v[i];
        fr->line = s->line;
        ExecStatus st = s->exec(s, fr);
        if (__builtin_expect(st != EXEC_NORMAL, 0)) {
            if (st == EXEC_GOTO) {
                int j = 0;
                while (j < b->n && b->v[j] != fr->branch_target) j++;
                if (j < b->n) {   // resume at the label
                    fr->branch_target = NULL;
                    i = j - 1;
                    continue;
                }
            }
            return st;
        }
    }
    return EXEC_NORMAL;
}

ExecStatus eval_exec_block(const Stmt *s, Frame *fr) { return eval_exec_list(&s->u.block, fr); }

// ---- expression statements ----

static ExecStatus exec_expr(const Stmt *s, Frame *fr) {
    EVAL(s->u.expr, fr);
    return EXEC_NORMAL;
}

static ExecStatus exec_call(const Stmt *s, Frame *fr) {
    const CallSite *cs = s->u.expr->u.call.site;
    Value res[cs->nresults > 0 ? cs->nresults : 1];
    eval_call_site(cs, fr, res);
    return EXEC_NORMAL;
}

Stmt *eval_lower_expr_stmt(Lower *L, AstStmt *s) {
    Node *x = eval_lower_expr(L, s->u.expr.x);
    bool multi = eval_is_call(x) && x->u.call.site->nresults > 1;
    Stmt *st = eval_new_stmt(L, multi ? exec_call : exec_expr, s->pos.line);
    st->u.expr = x;
    return st;
}

// ---- assignment targets ----

void eval_lower_target(Lower *L, AstExpr *lhs, const Type *t, Target *out) {
    memset(out, 0, sizeof *out);
    out->type = t;
    if (!lhs || EN(lhs)->op == OP_BLANK) return;
    while (EN(lhs)->op == OP_PAREN) lhs = lhs->u.paren.x;
    switch (EN(lhs)->op) {
    case OP_BLANK: return;
    case OP_LOCAL: out->kind = TGT_LOCAL; out->slot = EN(lhs)->slot; return;
    case OP_INDEX_MAP:
        out->kind = TGT_MAP;
        out->x = eval_lower_expr(L, lhs->u.index.x);
        out->key = eval_lower_expr(L, lhs->u.index.index);
        out->map_type = EN(lhs)->aux;
        return;
    default:
        out->kind = TGT_ADDR;
        out->x = eval_lower_expr(L, lhs);
        if (!out->x->addr) rt_fatal(L->in->rt, "gosub: internal error: assignment to a non-addressable node");
        return;
    }
}

// eval_prepare_target evaluates the operands of target t (the first phase
// of an assignment, spec "Assignment statements").
void eval_prepare_target(Frame *fr, const Target *t, void **addr, GoMap **m, Value *key) {
    switch (t->kind) {
    case TGT_ADDR: *addr = t->x->addr(t->x, fr); break;
    case TGT_MAP:
        *m = EVAL(t->x, fr).p;
        *key = EVAL(t->key, fr);
        break;
    default: break;
    }
}

void eval_store_prepared(Frame *fr, const Target *t, void *addr, GoMap *m, Value *key, Value v) {
    Runtime *rt = fr->in->rt;
    switch (t->kind) {
    case TGT_BLANK: return;
    case TGT_LOCAL: fr->slots[t->slot] = v; return;
    case TGT_ADDR: rt_store(rt, t->type, addr, v); return;
    case TGT_MAP: {
        void *slot = rt_map_assign(rt, t->map_type, m, rt_value_addr(t->map_type->key, key));
        rt_store(rt, t->type, slot, v);
        return;
    }
    }
}

void eval_store_target(Frame *fr, const Target *t, Value v) {
    void *addr = NULL;
    GoMap *m = NULL;
    Value key;
    key.w[0] = key.w[1] = 0;
    eval_prepare_target(fr, t, &addr, &m, &key);
    eval_store_prepared(fr, t, addr, m, &key, v);
}

// ---- assignments and declarations ----

void eval_exec_assign(const AssignData *a, Frame *fr) {
    Interp *in = fr->in;
    int n = a->n;
    Value vals[n > 0 ? n : 1];
    void *addrs[n > 0 ? n : 1];
    GoMap *maps[n > 0 ? n : 1];
    Value keys[n > 0 ? n : 1];
    bool two_phase = n > 1 && !a->define;
    // as gc: calls in the targets' operands first (left to right), then the
    // values; else the values, then the targets' operands and checks
    if (two_phase && a->lhs_first)
        for (int i = 0; i < n; i++) eval_prepare_target(fr, &a->lhs[i], &addrs[i], &maps[i], &keys[i]);
    if (a->nrhs == 0) {
        for (int i = 0; i < n; i++) vals[i] = rt_zero_value(in->rt, a->types[i]);
    } else if (a->tuple) {
        eval_multi(a->rhs[0], fr, vals, n);
        eval_box_multi(in, a->tuple_box, vals, n);   // var a, b any = f()
    } else {
        for (int i = 0; i < n; i++) {
            vals[i] = EVAL(a->rhs[i], fr);
            if (n > 1 && a->types[i] && (a->types[i]->flags & TF_AGGREGATE))
                vals[i] = rt_copy_value(in->rt, a->types[i], vals[i]);
        }
    }
    if (two_phase && !a->lhs_first)
        for (int i = 0; i < n; i++) eval_prepare_target(fr, &a->lhs[i], &addrs[i], &maps[i], &keys[i]);
    for (int i = 0; i < n; i++) {
        if (a->define && a->decl[i]) eval_declare(fr, a->decl[i], vals[i]);
        else if (two_phase) eval_store_prepared(fr, &a->lhs[i], addrs[i], maps[i], &keys[i], vals[i]);
        else eval_store_target(fr, &a->lhs[i], vals[i]);
    }
}

static ExecStatus exec_assign(const Stmt *s, Frame *fr) {
    eval_exec_assign(&s->u.assign, fr);
    return EXEC_NORMAL;
}

// x = e, x := e with x a plain local
static ExecStatus exec_set_local(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    fr->slots[a->lhs[0].slot] = EVAL(a->rhs[0], fr);
    return EXEC_NORMAL;
}

// x = e with x an addressable word-sized value without pointers (an int
// or float64 element or field): no write barrier, no type dispatch
static ExecStatus exec_set_word(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    const Node *x = a->lhs[0].x;
    uint64_t v = EVAL(a->rhs[0], fr).u;   // as gc: the right side, then the left's index and nil checks
    uint64_t *p = x->addr(x, fr);
    *p = v;
    return EXEC_NORMAL;
}

// x = e with x an addressable scalar of 1, 2 or 4 bytes without pointers
static ExecStatus exec_set_small(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    const Node *x = a->lhs[0].x;
    Value v = EVAL(a->rhs[0], fr);
    void *p = x->addr(x, fr);
    switch (a->lhs[0].type->size) {
    case 1: *(uint8_t *)p = (uint8_t)v.u; break;
    case 2: memcpy(p, &v, 2); break;
    default: memcpy(p, &v, 4); break;
    }
    return EXEC_NORMAL;
}

// a, b = x, y with a and b plain locals
static ExecStatus exec_set_locals(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    int n = a->n;
    Value vals[n];
    for (int i = 0; i < n; i++) vals[i] = EVAL(a->rhs[i], fr);
    for (int i = 0; i < n; i++) fr->slots[a->lhs[i].slot] = vals[i];
    return EXEC_NORMAL;
}

static ExecStatus exec_map_commaok(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    Value ok;
    Value v = eval_map_index_commaok(a->rhs[0], fr, &ok);
    fr->slots[a->lhs[0].slot] = v;
    fr->slots[a->lhs[1].slot] = ok;
    return EXEC_NORMAL;
}

static ExecStatus exec_set_locals2(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    Value v0 = EVAL(a->rhs[0], fr);
    Value v1 = EVAL(a->rhs[1], fr);
    fr->slots[a->lhs[0].slot] = v0;
    fr->slots[a->lhs[1].slot] = v1;
    return EXEC_NORMAL;
}

// i, j = i+1, j-1 and the like: two wide-int locals, each a local plus a
// constant
static ExecStatus exec_step2(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    Value *v = fr->slots;
    int64_t x = (int64_t)((uint64_t)v[a->step_from[0]].i + (uint64_t)a->step[0]);
    int64_t y = (int64_t)((uint64_t)v[a->step_from[1]].i + (uint64_t)a->step[1]);
    v[a->lhs[0].slot] = eval_vint(x);
    v[a->lhs[1].slot] = eval_vint(y);
    return EXEC_NORMAL;
}

// s[i], s[j] = s[j], s[i]: a local slice of words, local indices; as Go,
// the right side's s[j] is checked first
static ExecStatus exec_swap(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    GoSlice sl = fr->slots[a->swap_s].sl;
    int64_t i = fr->slots[a->swap_i].i, j = fr->slots[a->swap_j].i;
    if ((uint64_t)j >= (uint64_t)sl.len) rt_panic_index(fr->in->rt, j, sl.len);
    if ((uint64_t)i >= (uint64_t)sl.len) rt_panic_index(fr->in->rt, i, sl.len);
    uint64_t *p = sl.ptr, t = p[i];
    p[i] = p[j];
    p[j] = t;
    return EXEC_NORMAL;
}

// is_swap: are the targets and values of a s[i], s[j] = s[j], s[i]?
static bool is_swap(AssignData *a) {
    int s0, i0, s1, i1, s2, i2, s3, i3;
    if (!eval_slice_ll_word(a->lhs[0].x, &s0, &i0) || !eval_slice_ll_word(a->lhs[1].x, &s1, &i1) ||
        !eval_slice_ll_word(a->rhs[0], &s2, &i2) || !eval_slice_ll_word(a->rhs[1], &s3, &i3))
        return false;
    if (s0 != s1 || s0 != s2 || s0 != s3 || i0 != i3 || i1 != i2) return false;
    a->swap_s = s0;
    a->swap_i = i0;
    a->swap_j = i1;
    return true;
}

// a[i], a[j] = a[j], a[i] and the like: addressable word-sized values
// without pointers, targets without calls: the values first, as gc
static ExecStatus exec_set_words(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    int n = a->n;
    uint64_t *addrs[n];
    uint64_t vals[n];
    for (int i = 0; i < n; i++) vals[i] = EVAL(a->rhs[i], fr).u;
    for (int i = 0; i < n; i++) addrs[i] = a->lhs[i].x->addr(a->lhs[i].x, fr);
    for (int i = 0; i < n; i++) *addrs[i] = vals[i];
    return EXEC_NORMAL;
}

static ExecStatus exec_set_words2(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    uint64_t v0 = EVAL(a->rhs[0], fr).u;
    uint64_t v1 = EVAL(a->rhs[1], fr).u;
    uint64_t *p0 = a->lhs[0].x->addr(a->lhs[0].x, fr);
    uint64_t *p1 = a->lhs[1].x->addr(a->lhs[1].x, fr);
    *p0 = v0;
    *p1 = v1;
    return EXEC_NORMAL;
}

static bool word_target(const Target *t) {
    return t->kind == TGT_ADDR && t->type && t->type->size == 8 && (t->type->flags & TF_NOPTR) &&
           !(t->type->flags & TF_AGGREGATE);
}

static bool small_target(const Target *t) {
    return t->kind == TGT_ADDR && t->type && (t->type->size == 1 || t->type->size == 2 || t->type->size == 4) &&
           (t->type->flags & TF_NOPTR) && !(t->type->flags & TF_AGGREGATE);
}

static ExecStatus exec_assign1(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    Value v = EVAL(a->rhs[0], fr);
    if (a->define && a->decl[0]) eval_declare(fr, a->decl[0], v);
    else eval_store_target(fr, &a->lhs[0], v);
    return EXEC_NORMAL;
}

// x = e where x's operands call functions: those calls come before e's
// (spec "Assignment statements", "Order of evaluation"): m[k()] = v().
// Otherwise the right side runs first and the left's variables are read
// after it, as gc does (a[i] = f() with f changing i stores at the new i).
static ExecStatus exec_assign1_lhs_first(const Stmt *s, Frame *fr) {
    const AssignData *a = &s->u.assign;
    void *addr = NULL;
    GoMap *m = NULL;
    Value key;
    key.w[0] = key.w[1] = 0;
    eval_prepare_target(fr, &a->lhs[0], &addr, &m, &key);
    Value v = EVAL(a->rhs[0], fr);
    eval_store_prepared(fr, &a->lhs[0], addr, m, &key, v);
    return EXEC_NORMAL;
}

// has_effects: may evaluating e call a function or receive (conservative)?
static bool has_effects(const AstExpr *e) {
    if (!e) return false;
    switch (e->kind) {
    case AST_IDENT: case AST_BASIC_LIT: case AST_FUNC_LIT: return false;
    case AST_PAREN_EXPR: return has_effects(e->u.paren.x);
    case AST_SELECTOR_EXPR: return has_effects(e->u.selector.x);
    case AST_STAR_EXPR: return has_effects(e->u.star.x);
    case AST_TYPE_ASSERT_EXPR: return has_effects(e->u.type_assert.x);
    case AST_UNARY_EXPR: return e->u.unary.op == TOK_ARROW || has_effects(e->u.unary.x);
    case AST_BINARY_EXPR: return has_effects(e->u.binary.x) || has_effects(e->u.binary.y);
    case AST_INDEX_EXPR: return has_effects(e->u.index.x) || has_effects(e->u.index.index);
    case AST_SLICE_EXPR:
        return has_effects(e->u.slice.x) || has_effects(e->u.slice.low) || has_effects(e->u.slice.high) ||
               has_effects(e->u.slice.max);
    case AST_KEY_VALUE_EXPR: return has_effects(e->u.key_value.key) || has_effects(e->u.key_value.value);
    case AST_COMPOSITE_LIT:
        for (int i = 0; i < e->u.composite.elts.n; i++)
            if (has_effects(e->u.composite.elts.v[i])) return true;
        return false;
    default: return true;   // calls (and conversions), anything else
    }
}

static void lower_assign_data(Lower *L, AssignInfo *ai, bool define, AssignData *a) {
    int n = ai->nlhs;
    a->n = n;
    a->define = define;
    a->nrhs = ai->nrhs;
    a->tuple = ai->tuple;
    a->types = (const Type *const *)ai->types;
    a->tuple_box = (const Type *const *)ai->tuple_box;
    a->lhs = eval_lower_alloc(L, (size_t)(n + 1) * sizeof(Target));
    a->decl = eval_lower_alloc(L, (size_t)(n + 1) * sizeof(VarDecl *));
    a->rhs = eval_lower_alloc(L, (size_t)(ai->nrhs + 1) * sizeof(Node *));
    for (int i = 0; i < ai->nrhs; i++) a->rhs[i] = eval_lower_expr(L, ai->rhs[i]);
    for (int i = 0; i < n; i++) {
        if (define && ai->decl && ai->decl[i]) a->decl[i] = eval_lower_var(L, ai->decl[i]);
        else eval_lower_target(L, ai->lhs[i], ai->types ? ai->types[i] : NULL, &a->lhs[i]);
        if (a->lhs[i].kind == TGT_MAP || a->lhs[i].kind == TGT_ADDR) a->lhs_first = a->lhs_first || has_effects(ai->lhs[i]);
    }
}

Stmt *eval_lower_init_assign(Lower *L, AssignInfo *ai, int line) {
    Stmt *st = eval_new_stmt(L, exec_assign, line);
    lower_assign_data(L, ai, true, &st->u.assign);
    return st;
}

Stmt *eval_lower_assign(Lower *L, AstStmt *s, AssignInfo *ai, bool define) {
    Stmt *st = eval_new_stmt(L, exec_assign, s->pos.line);
    AssignData *a = &st->u.assign;
    lower_assign_data(L, ai, define, a);
    if (a->n == 1 && a->nrhs == 1 && !a->tuple) {
        st->exec = exec_assign1;
        VarDecl *d = a->decl[0];
        if (define && d && !d->cell && !d->global) {
            a->lhs[0].kind = TGT_LOCAL;
            a->lhs[0].slot = d->slot;
            a->decl[0] = NULL;
            a->define = false;
        }
        if (a->lhs[0].kind == TGT_LOCAL && !a->decl[0]) st->exec = exec_set_local;
        else if (!a->decl[0] && (a->lhs[0].kind == TGT_MAP || a->lhs[0].kind == TGT_ADDR) && has_effects(ai->lhs[0]))
            st->exec = exec_assign1_lhs_first;
        else if (!a->decl[0] && word_target(&a->lhs[0])) st->exec = exec_set_word;
        else if (!a->decl[0] && small_target(&a->lhs[0])) st->exec = exec_set_small;
    } else if (a->n > 1 && (a->nrhs == a->n || a->tuple)) {
        if (define) {   // a, b := x, y: plain new locals are plain targets
            bool plain = true;
            for (int i = 0; i < a->n; i++) {
                VarDecl *d = a->decl[i];
                plain = plain && (d ? !d->cell && !d->global : a->lhs[i].kind == TGT_LOCAL);
            }
            if (plain) {
                for (int i = 0; i < a->n; i++)
                    if (a->decl[i]) {
                        a->lhs[i].kind = TGT_LOCAL;
                        a->lhs[i].slot = a->decl[i]->slot;
                        a->decl[i] = NULL;
                    }
                a->define = false;
            }
        }
        bool locals = true, words = true;
        for (int i = 0; i < a->n; i++) {
            locals = locals && a->lhs[i].kind == TGT_LOCAL;
            words = words && word_target(&a->lhs[i]);
        }
        if (a->tuple) {   // v, ok := m[k] into plain locals
            if (locals && !a->define && a->n == 2 && !a->tuple_box && eval_is_map_index(a->rhs[0]))
                st->exec = exec_map_commaok;
        } else if (locals && !a->define) {
            st->exec = a->n == 2 ? exec_set_locals2 : exec_set_locals;
            if (a->n == 2 && eval_local_step(a->rhs[0], &a->step_from[0], &a->step[0]) &&
                eval_local_step(a->rhs[1], &a->step_from[1], &a->step[1]))
                st->exec = exec_step2;
        } else if (words && !a->define && !a->lhs_first) {
            st->exec = a->n == 2 ? exec_set_words2 : exec_set_words;
            if (a->n == 2 && is_swap(a)) st->exec = exec_swap;
        }
    }
    return st;
}

static ExecStatus exec_define_multi(const Stmt *s, Frame *fr) {
    const Block *b = &s->u.block;
    for (int i = 0; i < b->n; i++) b->v[i]->exec(b->v[i], fr);
    return EXEC_NORMAL;
}

Stmt *eval_lower_define_multi(Lower *L, AstStmt *s) {
    AssignInfo **list = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_define_multi, s->pos.line);
    st->u.block.n = SN(s)->slot;
    st->u.block.v = eval_lower_alloc(L, (size_t)(SN(s)->slot + 1) * sizeof(Stmt *));
    for (int i = 0; i < SN(s)->slot; i++) st->u.block.v[i] = eval_lower_init_assign(L, list[i], s->pos.line);
    return st;
}

// ---- op-assignments ----

static Value opassign_rhs(const OpAssignData *o, Frame *fr) {
    Value y = EVAL(o->rhs, fr);
    if (o->shift_signed && y.i < 0) rt_panic_runtime(fr->in->rt, "negative shift amount");
    return y;
}

static ExecStatus exec_opassign(const Stmt *s, Frame *fr) {
    const OpAssignData *o = &s->u.opassign;
    Interp *in = fr->in;
    const Target *t = &o->lhs;
    if (t->kind == TGT_LOCAL) {
        Value *slot = &fr->slots[t->slot];
        Value y = opassign_rhs(o, fr);
        *slot = eval_binop(in, o->op, o->op_kind, *slot, y, t->type);
        return EXEC_NORMAL;
    }
    // as gc: calls in the target's operands, then the right side, then the target's current value
    Value y = {.w = {0, 0}};
    if (!o->lhs_first) y = opassign_rhs(o, fr);
    if (t->kind == TGT_MAP) {
        GoMap *m = EVAL(t->x, fr).p;
        const Type *mt = t->map_type;
        Value k = EVAL(t->key, fr);
        if (o->lhs_first) y = opassign_rhs(o, fr);
        void *ka = rt_value_addr(mt->key, &k);
        void *slot = rt_map_access(in->rt, mt, m, ka);
        Value cur = slot ? rt_load(mt->elem, slot) : rt_zero_value(in->rt, mt->elem);
        Value r = eval_binop(in, o->op, o->op_kind, cur, y, t->type);
        slot = rt_map_assign(in->rt, mt, m, ka);
        rt_store(in->rt, mt->elem, slot, r);
        return EXEC_NORMAL;
    }
    void *addr = t->x->addr(t->x, fr);
    if (o->lhs_first) y = opassign_rhs(o, fr);
    Value cur = eval_load(t->type, addr);
    rt_store(in->rt, t->type, addr, eval_binop(in, o->op, o->op_kind, cur, y, t->type));
    return EXEC_NORMAL;
}

// the hot shapes: a wide-int local plus a constant or an expression
static ExecStatus exec_local_add_k(const Stmt *s, Frame *fr) {
    Value *v = &fr->slots[s->u.opassign.slot];
    v->i = (int64_t)((uint64_t)v->i + (uint64_t)s->u.opassign.k.i);
    return EXEC_NORMAL;
}
static ExecStatus exec_local_add(const Stmt *s, Frame *fr) {
    int64_t y = EVAL(s->u.opassign.rhs, fr).i;
    Value *v = &fr->slots[s->u.opassign.slot];
    v->i = (int64_t)((uint64_t)v->i + (uint64_t)y);
    return EXEC_NORMAL;
}
static ExecStatus exec_local_add_l(const Stmt *s, Frame *fr) {
    Value *v = &fr->slots[s->u.opassign.slot];
    v->i = (int64_t)((uint64_t)v->i + (uint64_t)fr->slots[s->u.opassign.rslot].i);
    return EXEC_NORMAL;
}
static ExecStatus exec_local_sub(const Stmt *s, Frame *fr) {
    int64_t y = EVAL(s->u.opassign.rhs, fr).i;
    Value *v = &fr->slots[s->u.opassign.slot];
    v->i = (int64_t)((uint64_t)v->i - (uint64_t)y);
    return EXEC_NORMAL;
}
static ExecStatus exec_local_fadd(const Stmt *s, Frame *fr) {
    double y = EVAL(s->u.opassign.rhs, fr).f;
    fr->slots[s->u.opassign.slot].f += y;
    return EXEC_NORMAL;
}

// a[i] += e, p.n-- ... on a wide integer without pointers
static ExecStatus exec_word_add(const Stmt *s, Frame *fr) {
    const OpAssignData *o = &s->u.opassign;
    int64_t y = EVAL(o->rhs, fr).i;
    int64_t *p = o->lhs.x->addr(o->lhs.x, fr);
    *p = (int64_t)((uint64_t)*p + (uint64_t)(o->op == OP_SUB_INT ? -(uint64_t)y : (uint64_t)y));
    return EXEC_NORMAL;
}

// v.x *= k, a[i] %= m ... on a wide integer without pointers: any operator
// (shifts excluded: their count check is in exec_opassign)
static ExecStatus exec_word_intop(const Stmt *s, Frame *fr) {
    const OpAssignData *o = &s->u.opassign;
    Value y = EVAL(o->rhs, fr);
    int64_t *p = o->lhs.x->addr(o->lhs.x, fr);
    Value cur = eval_vint(*p);
    *p = eval_binop(fr->in, o->op, o->op_kind, cur, y, o->lhs.type).i;
    return EXEC_NORMAL;
}

static ExecStatus exec_word_mul(const Stmt *s, Frame *fr) {
    const OpAssignData *o = &s->u.opassign;
    int64_t y = EVAL(o->rhs, fr).i;
    int64_t *p = o->lhs.x->addr(o->lhs.x, fr);
    *p = (int64_t)((uint64_t)*p * (uint64_t)y);
    return EXEC_NORMAL;
}

static ExecStatus exec_word_rem(const Stmt *s, Frame *fr) {
    const OpAssignData *o = &s->u.opassign;
    int64_t y = EVAL(o->rhs, fr).i;
    int64_t *p = o->lhs.x->addr(o->lhs.x, fr);
    if (y == 0) rt_panic_divide(fr->in->rt);
    *p = y == -1 ? 0 : *p % y;
    return EXEC_NORMAL;
}

// b.vx -= e, a[i] *= k ... on a float64
static ExecStatus exec_word_farith(const Stmt *s, Frame *fr) {
    const OpAssignData *o = &s->u.opassign;
    double y = EVAL(o->rhs, fr).f;
    double *p = o->lhs.x->addr(o->lhs.x, fr);
    switch (o->op) {
    case OP_ADD_F64: *p += y; break;
    case OP_SUB_F64: *p -= y; break;
    case OP_MUL_F64: *p *= y; break;
    default: *p /= y; break;
    }
    return EXEC_NORMAL;
}

static bool wide_int(int kind) {
    return kind == KIND_INT || kind == KIND_INT64 || kind == KIND_UINT || kind == KIND_UINT64 || kind == KIND_UINTPTR;
}

Stmt *eval_lower_opassign(Lower *L, AstStmt *s) {
    OpAssignInfo *oi = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_opassign, s->pos.line);
    OpAssignData *o = &st->u.opassign;
    eval_lower_target(L, oi->lhs, oi->type, &o->lhs);
    o->rhs = oi->rhs ? eval_lower_expr(L, oi->rhs) : eval_const_node(L, oi->one, oi->type, s->pos.line);
    o->op = oi->op;
    o->op_kind = oi->kind;
    o->shift_signed = (oi->op == OP_SHL || oi->op == OP_SHR_INT || oi->op == OP_SHR_UINT) && oi->rhs &&
                      !tc_is_unsigned(EN(oi->rhs)->type);
    o->lhs_first = o->lhs.kind != TGT_LOCAL && has_effects(oi->lhs);
    if (o->lhs_first) return st;
    if (o->lhs.kind == TGT_ADDR && wide_int(oi->kind) && word_target(&o->lhs) && !o->shift_signed &&
        oi->op != OP_SHL && oi->op != OP_SHR_INT && oi->op != OP_SHR_UINT)
        st->exec = oi->op == OP_ADD_INT || oi->op == OP_SUB_INT ? exec_word_add
                 : oi->op == OP_MUL_INT ? exec_word_mul
                 : oi->op == OP_REM_INT ? exec_word_rem
                 : exec_word_intop;
    if (o->lhs.kind == TGT_ADDR && oi->kind == KIND_FLOAT64 && word_target(&o->lhs) &&
        (oi->op == OP_ADD_F64 || oi->op == OP_SUB_F64 || oi->op == OP_MUL_F64 || oi->op == OP_DIV_F64))
        st->exec = exec_word_farith;
    if (o->lhs.kind != TGT_LOCAL) return st;
    o->slot = o->lhs.slot;
    if (wide_int(oi->kind) && (oi->op == OP_ADD_INT || oi->op == OP_SUB_INT)) {
        if (eval_const_of(o->rhs, &o->k)) {
            if (oi->op == OP_SUB_INT) o->k.i = (int64_t)(0 - (uint64_t)o->k.i);
            st->exec = exec_local_add_k;
        } else {
            st->exec = oi->op == OP_ADD_INT ? exec_local_add : exec_local_sub;
            o->rslot = eval_local_slot(o->rhs);
            if (oi->op == OP_ADD_INT && o->rslot >= 0) st->exec = exec_local_add_l;
        }
    } else if (oi->kind == KIND_FLOAT64 && oi->op == OP_ADD_F64) {
        st->exec = exec_local_fadd;
    }
    return st;
}

// ---- if and for ----

static ExecStatus exec_if(const Stmt *s, Frame *fr) {
    const IfData *d = &s->u.if_;
    if (d->init) d->init->exec(d->init, fr);
    if (EVAL(d->cond, fr).b) return eval_exec_body(&d->then_->u.block, fr);
    if (d->else_) {
        fr->line = d->else_->line;
        return d->else_->exec(d->else_, fr);
    }
    return EXEC_NORMAL;
}

// Fused conditions: CMPS(NAME, OP) makes the if and for handlers of one
// comparison for both operand shapes.
#define IF_FUSED(NAME, OP, B)                                                            \
    static ExecStatus NAME(const Stmt *s, Frame *fr) {                                   \
        const IfData *d = &s->u.if_;                                                     \
        if (d->init) d->init->exec(d->init, fr);                                         \
        if (fr->slots[d->sx].i OP (B)) return eval_exec_body(&d->then_->u.block, fr);    \
        if (d->else_) {                                                                  \
            fr->line = d->else_->line;                                                   \
            return d->else_->exec(d->else_, fr);                                         \
        }                                                                                \
        return EXEC_NORMAL;                                                              \
    }
#define FOR_FUSED(NAME, OP, B)                                                           \
    static ExecStatus NAME(const Stmt *s, Frame *fr) {                                   \
        const ForData *d = &s->u.for_;                                                   \
        Interp *in = fr->in;                                                             \
        if (d->init) d->init->exec(d->init, fr);                                         \
        while (fr->slots[d->sx].i OP (B)) {                                              \
            ExecStatus st = eval_exec_body(&d->body->u.block, fr);                       \
            if (st != EXEC_NORMAL && eval_leave_loop(fr, s, &st)) return st;             \
            if (d->post) d->post->exec(d->post, fr);                                     \
            eval_back_edge(in);                                                          \
        }                                                                                \
        return EXEC_NORMAL;                                                              \
    }
#define CMPS(NAME, OP)                                                                   \
    IF_FUSED(if_##NAME##_k, OP, d->k)                                                    \
    IF_FUSED(if_##NAME##_l, OP, fr->slots[d->sy].i)                                      \
    FOR_FUSED(for_##NAME##_k, OP, d->k)                                                  \
    FOR_FUSED(for_##NAME##_l, OP, fr->slots[d->sy].i)
CMPS(lt, <)
CMPS(le, <=)
CMPS(gt, >)
CMPS(ge, >=)
CMPS(eq, ==)
CMPS(ne, !=)
static const ExecFn if_fused[6][2] = {{if_lt_k, if_lt_l}, {if_le_k, if_le_l}, {if_gt_k, if_gt_l},
                                      {if_ge_k, if_ge_l}, {if_eq_k, if_eq_l}, {if_ne_k, if_ne_l}};
static const ExecFn for_fused[6][2] = {{for_lt_k, for_lt_l}, {for_le_k, for_le_l}, {for_gt_k, for_gt_l},
                                       {for_ge_k, for_ge_l}, {for_eq_k, for_eq_l}, {for_ne_k, for_ne_l}};

Stmt *eval_lower_if(Lower *L, AstStmt *s) {
    Stmt *st = eval_new_stmt(L, exec_if, s->pos.line);
    IfData *d = &st->u.if_;
    d->init = s->u.if_stmt.init ? eval_lower_stmt(L, s->u.if_stmt.init) : NULL;
    d->cond = eval_lower_expr(L, s->u.if_stmt.cond);
    d->then_ = eval_lower_block(L, &s->u.if_stmt.body->list, s->pos.line);
    d->else_ = s->u.if_stmt.else_ ? eval_lower_stmt(L, s->u.if_stmt.else_) : NULL;
    int cmp, shape = eval_cmp_shape(d->cond, &cmp, &d->sx, &d->sy, &d->k);
    if (shape) st->exec = if_fused[cmp][shape - 1];
    return st;
}

static ExecStatus exec_for(const Stmt *s, Frame *fr) {
    const ForData *d = &s->u.for_;
    Interp *in = fr->in;
    if (d->init) d->init->exec(d->init, fr);
    for (;;) {
        if (d->cond && !EVAL(d->cond, fr).b) break;
        ExecStatus st = eval_exec_body(&d->body->u.block, fr);
        if (st != EXEC_NORMAL && eval_leave_loop(fr, s, &st)) return st;
        if (d->post) d->post->exec(d->post, fr);
        eval_back_edge(in);
    }
    return EXEC_NORMAL;
}

Stmt *eval_lower_for(Lower *L, AstStmt *s) {
    Stmt *st = eval_new_stmt(L, exec_for, s->pos.line);
    eval_note_target(L, s, st);
    ForData *d = &st->u.for_;
    d->init = s->u.for_stmt.init ? eval_lower_stmt(L, s->u.for_stmt.init) : NULL;
    d->cond = s->u.for_stmt.cond ? eval_lower_expr(L, s->u.for_stmt.cond) : NULL;
    d->post = s->u.for_stmt.post ? eval_lower_stmt(L, s->u.for_stmt.post) : NULL;
    d->body = eval_lower_block(L, &s->u.for_stmt.body->list, s->pos.line);
    int cmp, shape = d->cond ? eval_cmp_shape(d->cond, &cmp, &d->sx, &d->sy, &d->k) : 0;
    if (shape) st->exec = for_fused[cmp][shape - 1];
    return st;
}

// ---- return ----

static void store_results(const Code *code, Frame *fr, Value *vals) {
    for (int i = 0; i < code->nresults; i++) {
        Value *slot = &fr->slots[code->result_slot[i]];
        if (code->result_cell[i]) rt_store(fr->in->rt, code->result_type[i], slot->p, vals[i]);
        else *slot = vals[i];
    }
}

static ExecStatus exec_return(const Stmt *s, Frame *fr) {
    const ReturnData *r = &s->u.ret;
    const Code *code = fr->code;
    if (r->n == 0) return EXEC_RETURN;
    int n = code->nresults;
    Value vals[n > 0 ? n : 1];
    if (r->tuple) {
        eval_multi(r->results[0], fr, vals, n);
        eval_box_multi(fr->in, r->tuple_box, vals, n);   // return f() into interface results
    } else {
        for (int i = 0; i < r->n; i++) {
            vals[i] = EVAL(r->results[i], fr);
            if (r->copy[i]) vals[i] = rt_copy_value(fr->in->rt, code->result_type[i], vals[i]);
        }
    }
    store_results(code, fr, vals);
    return EXEC_RETURN;
}

// return e: one result in a plain slot (a scalar, or fresh storage)
static ExecStatus exec_return1(const Stmt *s, Frame *fr) {
    fr->slots[s->u.ret.single_slot] = EVAL(s->u.ret.single, fr);
    return EXEC_RETURN;
}

// A body "if c { return a }; return b" (one plain result) is the node
// c ? a : b, evaluated straight into the caller like "return e" (fib's
// shape, and every recursion with a base case).
typedef struct GuardData {
    Node *c, *a, *b;
    int line_a, line_b;
} GuardData;

static Value guarded(const Node *n, Frame *fr) {
    const GuardData *g = n->u.guard;
    if (EVAL(g->c, fr).b) {
        fr->line = g->line_a;
        return EVAL(g->a, fr);
    }
    fr->line = g->line_b;
    return EVAL(g->b, fr);
}

static bool is_if(const Stmt *s) {
    if (s->exec == exec_if) return true;
    for (int c = 0; c < 6; c++)
        if (s->exec == if_fused[c][0] || s->exec == if_fused[c][1]) return true;
    return false;
}

Node *eval_guarded_return(Lower *L, const Block *body) {
    if (body->n != 2 || !is_if(body->v[0]) || body->v[1]->exec != exec_return1) return NULL;
    const IfData *d = &body->v[0]->u.if_;
    if (d->init || d->else_ || d->then_->u.block.n != 1 || d->then_->u.block.v[0]->exec != exec_return1) return NULL;
    GuardData *g = eval_lower_alloc(L, sizeof *g);
    g->c = d->cond;
    g->a = d->then_->u.block.v[0]->u.ret.single;
    g->line_a = d->then_->u.block.v[0]->line;
    g->b = body->v[1]->u.ret.single;
    g->line_b = body->v[1]->line;
    Node *n = eval_new_node(L, guarded, g->b->type, body->v[0]->line);
    n->u.guard = g;
    return n;
}

// eval_single_return: the expression of a one-result "return e" statement
// whose result lives in a plain slot, or NULL.
const Node *eval_single_return(const Stmt *s) { return s->exec == exec_return1 ? s->u.ret.single : NULL; }

Stmt *eval_lower_return(Lower *L, AstStmt *s) {
    ReturnInfo *ri = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_return, s->pos.line);
    ReturnData *r = &st->u.ret;
    r->n = ri->n;
    r->tuple = ri->tuple;
    r->tuple_box = (const Type *const *)ri->tuple_box;
    r->results = eval_lower_alloc(L, (size_t)(ri->n + 1) * sizeof(Node *));
    r->copy = eval_lower_alloc(L, (size_t)(ri->n + 1) * sizeof(bool));
    const Code *code = L->code;
    for (int i = 0; i < ri->n; i++) {
        r->results[i] = eval_lower_expr(L, ri->results[i]);
        r->copy[i] = !ri->tuple && (code->result_type[i]->flags & TF_AGGREGATE) && !eval_is_fresh(r->results[i]);
    }
    if (ri->n == 1 && !ri->tuple && code->nresults == 1 && !code->result_cell[0] && !r->copy[0]) {
        r->single = r->results[0];
        r->single_slot = code->result_slot[0];
        st->exec = exec_return1;
    }
    return st;
}

// ---- break, continue, goto ----

static ExecStatus exec_break(const Stmt *s, Frame *fr) {
    fr->branch_target = s->u.target;
    return EXEC_BREAK;
}
static ExecStatus exec_continue(const Stmt *s, Frame *fr) {
    fr->branch_target = s->u.target;
    return EXEC_CONTINUE;
}
static ExecStatus exec_goto(const Stmt *s, Frame *fr) {
    fr->branch_target = s->u.target;
    return EXEC_GOTO;
}

Stmt *eval_lower_branch(Lower *L, AstStmt *s) {
    ExecFn fn = SN(s)->op == SOP_BREAK ? exec_break : SN(s)->op == SOP_CONTINUE ? exec_continue : exec_goto;
    Stmt *st = eval_new_stmt(L, fn, s->pos.line);
    eval_branch_target(L, SN(s)->aux, &st->u.target);
    return st;
}
