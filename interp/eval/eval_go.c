// eval_go.c - the evaluator's concurrency: go statements (a goroutine
// runs the call on its own stack via rt_go), channel send and receive,
// select, range over a channel, and safepoints (eval_go_preempt).
//
// Each goroutine has its own frame chain: the scheduler saves and
// restores Interp.top, the panic trace and the depth on every switch
// (GoCtx, through RtGoHooks).
#include <string.h>

#include "../internal.h"

#define PREEMPT_TICKS 2048

typedef struct GoCtx {
    Frame *top;
    int depth;
    StrBuf trace;
    RtPanic *trace_for;
} GoCtx;

static void ctx_save(void *ctx, void *buf) {
    Interp *in = ctx;
    GoCtx g = {in->top, in->depth, in->trace, in->trace_for};
    memcpy(buf, &g, sizeof g);
}

static void ctx_restore(void *ctx, const void *buf) {
    Interp *in = ctx;
    GoCtx g;
    memcpy(&g, buf, sizeof g);
    in->top = g.top;
    in->depth = g.depth;
    in->trace = g.trace;
    in->trace_for = g.trace_for;
}

// eval_go_init registers the goroutine context hooks (the go statement
// does it; so does the driver before main, for goroutines the runtime
// starts itself: time.AfterFunc).
void eval_go_init(Interp *in) {
    RtGoHooks h = {.ctx = in, .size = sizeof(GoCtx), .save = ctx_save, .restore = ctx_restore};
    rt_sched_hooks(in->rt, &h);
}

void eval_go_preempt(Interp *in) {
    in->preempt = PREEMPT_TICKS;
    rt_preempt(in->rt);
}

// go_entry runs on the new goroutine's stack: the deferred-call record
// made at the go statement holds the function and evaluated arguments.
static void go_entry(Runtime *rt, void *arg) {
    void **start = arg;
    Defer *d = start[0];
    Interp *in = start[1];
    Value res[32];
    (void)rt;
    if (d->method || d->native_method) {
        Closure *cl = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, 6);
        cl->cells[0] = d->method;
        cl->cells[1] = (void *)d->native_method;
        Value fn;
        fn.w[1] = 0;
        fn.p = cl;
        eval_call_value(in, fn, d->args, d->nargs, res, NULL);
    } else {
        eval_call_value(in, d->fn, d->args, d->nargs, res, NULL);
    }
}

// go_builtin_entry runs a built-in started by a go statement (go
// close(ch), go println(x)...) with the arguments evaluated at the go
// statement: start[2] the call, start[3] its argument Values.
static void go_builtin_entry(Runtime *rt, void *arg) {
    void **start = arg;
    AstExpr *call = start[2];
    Value *args = start[3];
    Interp *in = start[1];
    CallInfo *ci = call->aux;
    AstExprList *al = &call->u.call.args;
    switch ((BuiltinId)call->slot) {
    case BI_CLOSE: rt_chan_close(rt, args[0].p); break;
    case BI_PANIC: rt_panic(rt, args[0].e);
    case BI_PRINT:
    case BI_PRINTLN: {
        bool ln = call->slot == BI_PRINTLN;
        StrBuf b = {0};
        for (int i = 0; i < al->n; i++) {
            if (ln && i > 0) sb_putc(&b, ' ');
            rt_print_value(rt, &b, al->v[i]->type, args[i]);
        }
        if (ln) sb_putc(&b, '\n');
        rt_write_stderr(rt, b.p ? b.p : "", b.len);
        sb_free(&b);
        break;
    }
    case BI_DELETE: {
        const Type *mt = ci->sig;
        rt_map_delete(rt, mt, args[0].p, rt_value_addr(tc_under(mt)->key, &args[1]));
        break;
    }
    case BI_COPY: {
        GoSlice src = args[1].sl;
        if (ci->variadic_slice) src = (GoSlice){(void *)args[1].s.ptr, (uint32_t)args[1].s.len, (uint32_t)args[1].s.len};
        rt_copy_slice(rt, ci->sig, args[0].sl, src);
        break;
    }
    default: break;   // recover() outside a deferred call: nil
    }
    (void)in;
}

// GoStmt: the function value and arguments are evaluated here, in the
// calling goroutine (eval_defer does exactly that; built-ins here).
void eval_go_stmt(Interp *in, Frame *fr, AstStmt *s) {
    eval_go_init(in);
    AstExpr *call = s->aux;
    void **start = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, 4);
    start[1] = in;
    fr->line = s->pos.line;
    RtGoOrigin origin = {fr->fn->name, in->filename, s->pos.line, 0x3a + 0x11 * (unsigned)(s->pos.line % 8)};
    if (call->op == OP_CALL_BUILTIN) {
        AstExprList *al = &call->u.call.args;
        Value *args = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, 2 * (size_t)(al->n > 0 ? al->n : 1));
        for (int i = 0; i < al->n; i++) {
            Value v = eval_expr(in, fr, al->v[i]);
            args[i] = rt_copy_value(in->rt, al->v[i]->type, v);
        }
        start[2] = call;
        start[3] = args;
        rt_go_at(in->rt, go_builtin_entry, start, &origin);
        return;
    }
    Frame tmp = *fr;
    tmp.defers = NULL;
    eval_defer(in, &tmp, s->aux);
    fr->line = tmp.line;
    start[0] = tmp.defers;
    rt_go_at(in->rt, go_entry, start, &origin);
}

void eval_send(Interp *in, Frame *fr, AstStmt *s) {
    GoChan *c = eval_expr(in, fr, s->u.send.chan).p;
    const Type *et = tc_under(s->u.send.chan->type)->elem;
    Value v = rt_copy_value(in->rt, et, eval_expr(in, fr, s->u.send.value));
    rt_chan_send(in->rt, c, rt_value_addr(et, &v));
}

// recv_into receives from c into fresh storage for element type et.
static Value recv_into(Interp *in, GoChan *c, const Type *et, bool *ok) {
    if (et->flags & TF_AGGREGATE) {
        Value v = rt_zero_value(in->rt, et);
        *ok = rt_chan_recv(in->rt, c, v.p);
        return v;
    }
    uint64_t tmp[2] = {0, 0};
    *ok = rt_chan_recv(in->rt, c, tmp);
    return rt_load(et, tmp);
}

Value eval_recv(Interp *in, Frame *fr, AstExpr *e, Value *ok) {
    GoChan *c = eval_expr(in, fr, e->u.unary.x).p;
    bool b;
    Value v = recv_into(in, c, e->type, &b);
    if (ok) {
        memset(ok, 0, sizeof *ok);
        ok->b = b;
    }
    return v;
}

// store_recv assigns a received value to a select case's target i.
static void store_recv(Interp *in, Frame *fr, SelectCase *sc, int i, Value v) {
    const Type *from = i == 0 ? sc->elem : in->c->u.types[KIND_BOOL];
    if (sc->vars[i]) {
        eval_declare(in, fr, sc->vars[i], v);
        return;
    }
    AstExpr *lhs = sc->lhs[i];
    if (!lhs || lhs->op == OP_BLANK) return;
    if (tc_under(sc->types[i])->kind == KIND_INTERFACE && tc_under(from)->kind != KIND_INTERFACE)
        v.e = rt_iface_box(in->rt, from, v);
    eval_store(in, fr, lhs, sc->types[i], v);
}

ExecStatus eval_select(Interp *in, Frame *fr, AstStmt *s) {
    SelectInfo *si = s->aux;
    int n = si->n;
    RtSelectCase cases[n > 0 ? n : 1];
    Value vals[n > 0 ? n : 1];
    int map[n > 0 ? n : 1];   // rt case -> SelectCase
    int nc = 0;
    for (int i = 0; i < n; i++) {
        SelectCase *sc = &si->cases[i];
        if (sc->kind == SEL_DEFAULT) continue;
        RtSelectCase *rc = &cases[nc];
        map[nc++] = i;
        rc->c = eval_expr(in, fr, sc->chan).p;
        rc->send = sc->kind == SEL_SEND;
        rc->ok = false;
        if (rc->send) {
            vals[i] = rt_copy_value(in->rt, sc->elem, eval_expr(in, fr, sc->value));
        } else if (sc->elem->flags & TF_AGGREGATE) {
            vals[i] = rt_zero_value(in->rt, sc->elem);
        } else {
            memset(&vals[i], 0, sizeof vals[i]);
        }
        rc->elem = rt_value_addr(sc->elem, &vals[i]);
    }
    int k = rt_select(in->rt, cases, nc, si->ndefault >= 0);
    int ci = k < 0 ? si->ndefault : map[k];
    SelectCase *sc = &si->cases[ci];
    if (sc->kind == SEL_RECV) {
        Value v = (sc->elem->flags & TF_AGGREGATE) ? vals[ci] : rt_load(sc->elem, &vals[ci]);
        if (sc->nlhs > 0) store_recv(in, fr, sc, 0, v);
        if (sc->nlhs > 1) {
            Value ok;
            memset(&ok, 0, sizeof ok);
            ok.b = cases[k].ok;
            store_recv(in, fr, sc, 1, ok);
        }
    }
    ExecStatus st = eval_block_list(in, fr, &sc->clause->u.comm_clause.body);
    if (st == EXEC_BREAK && (!fr->branch_target || fr->branch_target == s)) {
        fr->branch_target = NULL;
        return EXEC_NORMAL;
    }
    return st;
}

// eval_range_chan: for v := range ch { ... } receives until ch is closed.
ExecStatus eval_range_chan(Interp *in, Frame *fr, AstStmt *s, Value ch) {
    RangeInfo *ri = s->aux;
    const Type *et = ri->key_type;
    bool first = true;
    for (;;) {
        bool ok;
        Value v = recv_into(in, ch.p, et, &ok);
        if (!ok) break;
        if (ri->key_var && first) {
            eval_declare(in, fr, ri->key_var, v);
        } else if (ri->key_var) {
            Value *slot = &fr->slots[ri->key_var->slot];
            if (ri->key_var->storage == VS_CELL) rt_store(in->rt, ri->key_var->type, slot->p, v);
            else *slot = v;
        } else if (ri->key && ri->key->op != OP_BLANK) {
            eval_store(in, fr, ri->key, ri->key->type, v);
        }
        first = false;
        ExecStatus st = eval_block(in, fr, s->u.range.body);
        if (st == EXEC_BREAK || st == EXEC_CONTINUE) {
            if (fr->branch_target && fr->branch_target != s) return st;
            fr->branch_target = NULL;
            if (st == EXEC_BREAK) break;
        } else if (st != EXEC_NORMAL) {
            return st;
        }
        if (--in->preempt < 0) eval_go_preempt(in);
    }
    return EXEC_NORMAL;
}
