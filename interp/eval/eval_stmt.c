// eval_stmt.c - the evaluator's statements. Each returns an ExecStatus;
// break/continue with a label carry their target in Frame.branch_target.
#include <string.h>

#include "../internal.h"

static ExecStatus exec_list(Interp *in, Frame *fr, AstStmtList *l) {
    for (int i = 0; i < l->n; i++) {
        ExecStatus st = eval_stmt(in, fr, l->v[i]);
        if (st == EXEC_GOTO && eval_goto_index(fr, l) >= 0) {   // resume at the label (eval_goto.c)
            i = eval_goto_index(fr, l) - 1;
            fr->branch_target = NULL;
            continue;
        }
        if (st != EXEC_NORMAL) return st;
    }
    return EXEC_NORMAL;
}

ExecStatus eval_block(Interp *in, Frame *fr, AstBlock *b) { return exec_list(in, fr, &b->list); }

ExecStatus eval_block_list(Interp *in, Frame *fr, AstStmtList *l) { return exec_list(in, fr, l); }

// A left-hand side whose operands were evaluated before the right-hand
// sides (spec "Assignment statements": two phases).
typedef struct Target {
    AstExpr *lhs;
    void *addr;               // addressable target, or NULL
    GoMap *map;               // map index target
    Value key;
} Target;

static void eval_target(Interp *in, Frame *fr, AstExpr *lhs, Target *t) {
    t->lhs = lhs;
    t->addr = NULL;
    t->map = NULL;
    while (lhs->op == OP_PAREN) lhs = lhs->u.paren.x;
    switch (lhs->op) {
    case OP_BLANK: case OP_LOCAL: return;
    case OP_INDEX_MAP:
        t->map = eval_expr(in, fr, lhs->u.index.x).p;
        t->key = eval_expr(in, fr, lhs->u.index.index);
        t->lhs = lhs;
        return;
    default: t->addr = eval_addr(in, fr, lhs); return;
    }
}

static void store_target(Interp *in, Frame *fr, Target *t, Type *ty, Value v) {
    AstExpr *lhs = t->lhs;
    if (t->addr) {
        rt_store(in->rt, ty, t->addr, v);
    } else if (lhs->op == OP_INDEX_MAP) {
        const Type *mt = lhs->aux;
        void *slot = rt_map_assign(in->rt, mt, t->map, rt_value_addr(mt->key, &t->key));
        rt_store(in->rt, ty, slot, v);
    } else {
        eval_store(in, fr, lhs, ty, v);
    }
}

// assign runs an AssignInfo: = (declare false) or := / var (declare true).
static void assign(Interp *in, Frame *fr, AssignInfo *ai, bool declare) {
    int n = ai->nlhs;
    Value vals[n > 0 ? n : 1];
    Target targets[n > 1 ? n : 1];
    if (n > 1 && !declare) {
        for (int i = 0; i < n; i++) eval_target(in, fr, ai->lhs[i], &targets[i]);
    }
    if (ai->nrhs == 0) {
        for (int i = 0; i < n; i++) vals[i] = rt_zero_value(in->rt, ai->types[i]);
    } else if (ai->tuple) {
        eval_multi(in, fr, ai->rhs[0], vals, n);
    } else {
        for (int i = 0; i < n; i++) {
            vals[i] = eval_expr(in, fr, ai->rhs[i]);
            if (n > 1 && ai->types[i] && (ai->types[i]->flags & TF_AGGREGATE))
                vals[i] = rt_copy_value(in->rt, ai->types[i], vals[i]);
        }
    }
    if (n == 1 && !declare && ai->lhs[0]->op == OP_LOCAL) {
        fr->slots[ai->lhs[0]->slot] = vals[0];
        return;
    }
    // Go evaluates index expressions and pointer indirections on the left
    // before assigning; for the common single-target case order is moot.
    for (int i = 0; i < n; i++) {
        if (declare && ai->decl[i]) {
            eval_declare(in, fr, ai->decl[i], vals[i]);
        } else if (n > 1 && !declare) {
            store_target(in, fr, &targets[i], ai->types[i], vals[i]);
        } else if (ai->lhs[i]) {
            eval_store(in, fr, ai->lhs[i], ai->types[i], vals[i]);
        }
    }
}

// rhs_of evaluates the right operand of an op-assignment; a negative
// signed shift count panics as in Go.
static Value rhs_of(Interp *in, Frame *fr, OpAssignInfo *oi) {
    Value y = eval_expr(in, fr, oi->rhs);
    if ((oi->op == OP_SHL || oi->op == OP_SHR_INT || oi->op == OP_SHR_UINT) && y.i < 0 &&
        !tc_is_unsigned(oi->rhs->type))
        rt_panic_runtime(in->rt, "negative shift amount");
    return y;
}

static void op_assign(Interp *in, Frame *fr, OpAssignInfo *oi) {
    AstExpr *lhs = oi->lhs;

    if (lhs->op == OP_LOCAL) {
        Value *slot = &fr->slots[lhs->slot];
        Value y = rhs_of(in, fr, oi);
        *slot = eval_binop(in, oi->op, oi->kind, *slot, y, oi->type);
        return;
    }
    if (lhs->op == OP_INDEX_MAP) {
        GoMap *m = eval_expr(in, fr, lhs->u.index.x).p;
        const Type *mt = lhs->aux;
        Value k = eval_expr(in, fr, lhs->u.index.index);
        void *ka = rt_value_addr(mt->key, &k);
        void *slot = rt_map_access(in->rt, mt, m, ka);
        Value cur = slot ? rt_load(mt->elem, slot) : rt_zero_value(in->rt, mt->elem);
        Value y = rhs_of(in, fr, oi);
        Value r = eval_binop(in, oi->op, oi->kind, cur, y, oi->type);
        slot = rt_map_assign(in->rt, mt, m, ka);
        rt_store(in->rt, mt->elem, slot, r);
        return;
    }
    void *addr = eval_addr(in, fr, lhs);
    Value cur = rt_load(oi->type, addr);
    Value y = rhs_of(in, fr, oi);
    rt_store(in->rt, oi->type, addr, eval_binop(in, oi->op, oi->kind, cur, y, oi->type));
}

static ExecStatus exec_return(Interp *in, Frame *fr, ReturnInfo *ri) {
    FuncInfo *fn = fr->fn;
    if (ri->n == 0) return EXEC_RETURN;
    Value vals[fn->nresults > 0 ? fn->nresults : 1];
    if (ri->tuple) {
        eval_multi(in, fr, ri->results[0], vals, fn->nresults);
    } else {
        for (int i = 0; i < ri->n; i++)
        {
            const Type *t = fn->results[i]->type;
            vals[i] = eval_expr(in, fr, ri->results[i]);
            if (t->flags & TF_AGGREGATE) vals[i] = rt_copy_value(in->rt, t, vals[i]);
        }
    }
    for (int i = 0; i < fn->nresults; i++) {
        Obj *r = fn->results[i];
        if (r->storage == VS_CELL) rt_store(in->rt, r->type, fr->slots[fn->result_slots[i]].p, vals[i]);
        else fr->slots[fn->result_slots[i]] = vals[i];
    }
    return EXEC_RETURN;
}

// loop_status maps a body's status to the loop's: true = leave the loop.
static bool leave_loop(Frame *fr, AstStmt *loop, ExecStatus *st) {
    switch (*st) {
    case EXEC_BREAK:
        if (fr->branch_target && fr->branch_target != loop) return true;
        fr->branch_target = NULL;
        *st = EXEC_NORMAL;
        return true;
    case EXEC_CONTINUE:
        if (fr->branch_target && fr->branch_target != loop) return true;
        fr->branch_target = NULL;
        *st = EXEC_NORMAL;
        return false;
    case EXEC_NORMAL: return false;
    default: return true;
    }
}

static ExecStatus exec_for(Interp *in, Frame *fr, AstStmt *s) {
    if (s->u.for_stmt.init) eval_stmt(in, fr, s->u.for_stmt.init);
    AstExpr *cond = s->u.for_stmt.cond;
    for (;;) {
        if (cond && !eval_expr(in, fr, cond).b) break;
        ExecStatus st = eval_block(in, fr, s->u.for_stmt.body);
        if (st != EXEC_NORMAL && leave_loop(fr, s, &st)) return st;
        if (s->u.for_stmt.post) eval_stmt(in, fr, s->u.for_stmt.post);
        if (--in->preempt < 0) eval_go_preempt(in);
        eval_poll_interrupt(in);   // REPL Ctrl-C (issue 6)
    }
    return EXEC_NORMAL;
}

// range_set assigns an iteration value. Go 1.19: a := range loop has one
// variable for the whole loop (declared at the first iteration), so
// closures created in the body all see its latest value.
static void range_set(Interp *in, Frame *fr, AstExpr *target, Obj *var, Type *t, Value v, bool first) {
    if (var && first) {
        eval_declare(in, fr, var, v);
    } else if (var) {
        Value *slot = &fr->slots[var->slot];
        if (var->storage == VS_CELL) rt_store(in->rt, var->type, slot->p, v);
        else *slot = v;
    } else if (target && target->op != OP_BLANK) {
        eval_store(in, fr, target, t, v);
    }
}

static ExecStatus exec_range(Interp *in, Frame *fr, AstStmt *s) {
    RangeInfo *ri = s->aux;
    Value x = eval_expr(in, fr, s->u.range.x);
    bool want_val = ri->value && ri->value->op != OP_BLANK;
    Type *it = ri->key_type;
    if (ri->kind == RANGE_CHAN) return eval_range_chan(in, fr, s, x);
    if (ri->kind == RANGE_MAP) {
        const Type *mt = tc_under(ri->key_type);
        MapIter iter;
        memset(&iter, 0, sizeof iter);
        iter.m = x.p;
        void *k, *v;
        bool first = true;
        while (x.p && rt_map_next(&iter, &k, &v)) {
            range_set(in, fr, ri->key, ri->key_var, (Type *)mt->key, rt_load(mt->key, k), first);
            if (want_val) range_set(in, fr, ri->value, ri->value_var, (Type *)mt->elem, rt_load(mt->elem, v), first);
            first = false;
            ExecStatus st = eval_block(in, fr, s->u.range.body);
            if (st != EXEC_NORMAL && leave_loop(fr, s, &st)) return st;
        }
        return EXEC_NORMAL;
    }
    int64_t n;
    char *base = NULL;
    switch (ri->kind) {
    case RANGE_INT: n = x.i; break;
    case RANGE_STRING: n = x.s.len; break;
    case RANGE_SLICE: n = x.sl.len; base = x.sl.ptr; break;
    case RANGE_ARRAY:
        n = tc_under(s->u.range.x->type)->len;
        if (want_val) x = rt_copy_value(in->rt, s->u.range.x->type, x);   // range copies the array
        base = x.p;
        break;
    default:
        n = tc_under(tc_under(s->u.range.x->type)->elem)->len;
        base = x.p;
        if (!base && want_val) rt_panic_nil_deref(in->rt);
        break;
    }
    for (int64_t i = 0; i < n;) {
        Value key;
        key.w[1] = 0;
        key.i = i;
        int64_t next = i + 1;
        if (ri->kind == RANGE_STRING) {
            int w = 1;
            Value r;
            r.w[1] = 0;
            r.i = rt_decode_rune(x.s, i, &w);
            next = i + w;
            range_set(in, fr, ri->key, ri->key_var, it, key, i == 0);
            if (want_val) range_set(in, fr, ri->value, ri->value_var, ri->elem, r, i == 0);
        } else {
            range_set(in, fr, ri->key, ri->key_var, it, key, i == 0);
            if (want_val) range_set(in, fr, ri->value, ri->value_var, ri->elem,
                                    rt_load(ri->elem, base + i * (int64_t)ri->elem->size), i == 0);
        }
        ExecStatus st = eval_block(in, fr, s->u.range.body);
        if (st != EXEC_NORMAL && leave_loop(fr, s, &st)) return st;
        if (--in->preempt < 0) eval_go_preempt(in);
        eval_poll_interrupt(in);   // REPL Ctrl-C (issue 6)
        i = next;
    }
    return EXEC_NORMAL;
}

static ExecStatus exec_switch(Interp *in, Frame *fr, AstStmt *s) {
    SwitchInfo *si = s->aux;
    if (s->u.switch_stmt.init) eval_stmt(in, fr, s->u.switch_stmt.init);
    if (si->tag_obj) eval_declare(in, fr, si->tag_obj, eval_expr(in, fr, s->u.switch_stmt.tag->u.paren.x));
    AstStmtList *body = &s->u.switch_stmt.body->list;
    int chosen = -1;
    for (int i = 0; i < si->nclauses && chosen < 0; i++) {
        for (int j = 0; j < si->ncases[i]; j++) {
            if (eval_expr(in, fr, si->cases[i][j]).b) {
                chosen = i;
                break;
            }
        }
    }
    if (chosen < 0) chosen = si->default_clause;
    if (chosen < 0) return EXEC_NORMAL;
    for (int i = chosen; i < si->nclauses; i++) {
        ExecStatus st = exec_list(in, fr, &body->v[i]->u.case_clause.body);
        if (st == EXEC_FALLTHROUGH) continue;
        if (st == EXEC_BREAK && (!fr->branch_target || fr->branch_target == s)) {
            fr->branch_target = NULL;
            return EXEC_NORMAL;
        }
        return st;
    }
    return EXEC_NORMAL;
}

ExecStatus eval_stmt(Interp *in, Frame *fr, AstStmt *s) {
    fr->line = s->pos.line;
    switch (s->op) {
    case SOP_EXPR: {
        AstExpr *e = s->u.expr.x;
        while (e->op == OP_PAREN) e = e->u.paren.x;
        if (e->op == OP_CALL || e->op == OP_CALL_CLOSURE || e->op == OP_CALL_NATIVE || e->op == OP_CALL_METHOD ||
            e->op == OP_CALL_IFACE) {
            CallInfo *ci = e->aux;
            Value res[ci->nresults > 0 ? ci->nresults : 1];
            eval_call(in, fr, e, res);
        } else {
            eval_expr(in, fr, e);
        }
        return EXEC_NORMAL;
    }
    case SOP_DEFINE: assign(in, fr, s->aux, true); return EXEC_NORMAL;
    case SOP_DEFINE_MULTI: {
        AssignInfo **list = s->aux;
        for (int i = 0; i < s->slot; i++) assign(in, fr, list[i], true);
        return EXEC_NORMAL;
    }
    case SOP_ASSIGN: assign(in, fr, s->aux, false); return EXEC_NORMAL;
    case SOP_OP_ASSIGN: op_assign(in, fr, s->aux); return EXEC_NORMAL;
    case SOP_BLOCK: return eval_block(in, fr, s->u.block.block);
    case SOP_IF:
        if (s->u.if_stmt.init) eval_stmt(in, fr, s->u.if_stmt.init);
        if (eval_expr(in, fr, s->u.if_stmt.cond).b) return eval_block(in, fr, s->u.if_stmt.body);
        if (s->u.if_stmt.else_) return eval_stmt(in, fr, s->u.if_stmt.else_);
        return EXEC_NORMAL;
    case SOP_FOR: return exec_for(in, fr, s);
    case SOP_RANGE: return exec_range(in, fr, s);
    case SOP_SWITCH: return exec_switch(in, fr, s);
    case SOP_TYPE_SWITCH: return eval_type_switch(in, fr, s);
    case SOP_RETURN: return exec_return(in, fr, s->aux);
    case SOP_BREAK: fr->branch_target = s->aux; return EXEC_BREAK;
    case SOP_CONTINUE: fr->branch_target = s->aux; return EXEC_CONTINUE;
    case SOP_FALLTHROUGH: return EXEC_FALLTHROUGH;
    case SOP_LABELED: return eval_stmt(in, fr, s->u.labeled.stmt);
    case SOP_GOTO: fr->branch_target = s->aux; return EXEC_GOTO;
    case SOP_DEFER: eval_defer(in, fr, s->aux); return EXEC_NORMAL;
    case SOP_GO: eval_go_stmt(in, fr, s); return EXEC_NORMAL;
    case SOP_SEND: eval_send(in, fr, s); return EXEC_NORMAL;
    case SOP_SELECT: return eval_select(in, fr, s);
    case SOP_EMPTY: case SOP_DECL_NOP: return EXEC_NORMAL;
    default:
        rt_fatal(in->rt, "gosub: internal error: unexecutable statement at %s:%d", in->filename, s->pos.line);
    }
}
