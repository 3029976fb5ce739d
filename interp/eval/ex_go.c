// ex_go.c - the evaluator's concurrency: go statements (a goroutine runs
// the call on its own stack via rt_go_at), channel send and receive,
// select, range over a channel, and safepoints (eval_go_preempt).
//
// Each goroutine has its own frame chain: the scheduler saves and
// restores Interp.top and the panic trace on every switch (GoCtx, through
// RtGoHooks).
#include "internal.h"

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

// eval_go_init registers the goroutine context hooks (the driver does it
// before main, for goroutines the runtime starts itself: time.AfterFunc).
void eval_go_init(Interp *in) {
    RtGoHooks h = {.ctx = in, .size = sizeof(GoCtx), .save = ctx_save, .restore = ctx_restore};
    rt_sched_hooks(in->rt, &h);
}

void eval_go_preempt(Interp *in) {
    in->preempt = PREEMPT_TICKS;
    rt_preempt(in->rt);
}

static void go_entry(Runtime *rt, void *arg) {
    GoStart *g = arg;
    (void)rt;
    g->in->top = NULL;
    eval_run_defer(g->in, g->call, NULL);
}

static ExecStatus exec_go(const Stmt *s, Frame *fr) {
    Interp *in = fr->in;
    const GoData *d = &s->u.go;
    GoStart *g = eval_alloc_go_start(in);
    gc_write_ptr(in->rt, (void **)&g->call, eval_defer_record(d->site, fr));
    g->in = in;
    fr->line = s->line;
    RtGoOrigin origin = {d->fname, in->filename, s->line, 0x3a + 0x11 * (unsigned)(s->line % 8)};
    rt_go_at(in->rt, go_entry, g, &origin);
    return EXEC_NORMAL;
}

Stmt *eval_lower_go(Lower *L, AstStmt *s) {
    Stmt *st = eval_new_stmt(L, exec_go, s->pos.line);
    st->u.go.site = eval_lower_callsite(L, SN(s)->aux);
    st->u.go.site->copy_args = true;
    st->u.go.fname = L->code ? L->code->name : "main.init";
    return st;
}

// ---- send and receive ----

static ExecStatus exec_send(const Stmt *s, Frame *fr) {
    const SendData *d = &s->u.send;
    GoChan *c = EVAL(d->chan, fr).p;
    Value v = rt_copy_value(fr->in->rt, d->elem, EVAL(d->value, fr));
    rt_chan_send(fr->in->rt, c, rt_value_addr(d->elem, &v));
    return EXEC_NORMAL;
}

Stmt *eval_lower_send(Lower *L, AstStmt *s) {
    Stmt *st = eval_new_stmt(L, exec_send, s->pos.line);
    st->u.send.chan = eval_lower_expr(L, s->u.send.chan);
    st->u.send.value = eval_lower_expr(L, s->u.send.value);
    st->u.send.elem = tc_under(EN(s->u.send.chan)->type)->elem;
    return st;
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

Value eval_recv_commaok(const Node *n, Frame *fr, Value *ok) {
    GoChan *c = EVAL(n->u.un.x, fr).p;
    bool b;
    Value v = recv_into(fr->in, c, n->type, &b);
    if (ok) *ok = eval_vbool(b);
    return v;
}

static Value recv(const Node *n, Frame *fr) { return eval_recv_commaok(n, fr, NULL); }
static void *recv_addr(const Node *n, Frame *fr) { return recv(n, fr).p; }

bool eval_is_recv(const Node *n) { return n->eval == recv; }

Node *eval_lower_recv(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, recv, EN(e)->type, e->pos.line);
    n->u.un.x = eval_lower_expr(L, e->u.unary.x);
    if (EN(e)->type->flags & TF_AGGREGATE) n->addr = recv_addr;
    return n;
}

// eval_range_chan: for v := range ch { ... } receives until ch is closed.
ExecStatus eval_range_chan(const RangeData *r, Frame *fr, Value ch, const Stmt *self) {
    bool first = true;
    for (;;) {
        bool ok;
        Value v = recv_into(fr->in, ch.p, r->key_type, &ok);
        if (!ok) break;
        eval_range_set(fr, &r->key, r->key_var, v, first);
        first = false;
        ExecStatus st = r->body->exec(r->body, fr);
        if (st != EXEC_NORMAL && eval_leave_loop(fr, self, &st)) return st;
        eval_safepoint(fr->in);
    }
    return EXEC_NORMAL;
}

// ---- select ----

// store_recv assigns a received value to a select case's target i.
static void store_recv(Frame *fr, const SelectCaseData *sc, int i, Value v) {
    const Type *from = i == 0 ? sc->elem : fr->in->c->u.types[KIND_BOOL];
    if (sc->vars[i]) {
        eval_declare(fr, sc->vars[i], v);
        return;
    }
    if (sc->lhs[i].kind == TGT_BLANK) return;
    if (tc_under(sc->types[i])->kind == KIND_INTERFACE && tc_under(from)->kind != KIND_INTERFACE)
        v.e = rt_iface_box(fr->in->rt, from, v);
    eval_store_target(fr, &sc->lhs[i], v);
}

static ExecStatus exec_select(const Stmt *s, Frame *fr) {
    const SelectData *si = &s->u.sel;
    Interp *in = fr->in;
    int n = si->n;
    RtSelectCase cases[n > 0 ? n : 1];
    Value vals[n > 0 ? n : 1];
    int map[n > 0 ? n : 1];   // rt case -> select case
    int nc = 0;
    for (int i = 0; i < n; i++) {
        const SelectCaseData *sc = &si->cases[i];
        if (sc->kind == SEL_DEFAULT) continue;
        RtSelectCase *rc = &cases[nc];
        map[nc++] = i;
        rc->c = EVAL(sc->chan, fr).p;
        rc->send = sc->kind == SEL_SEND;
        rc->ok = false;
        if (rc->send) vals[i] = rt_copy_value(in->rt, sc->elem, EVAL(sc->value, fr));
        else if (sc->elem->flags & TF_AGGREGATE) vals[i] = rt_zero_value(in->rt, sc->elem);
        else memset(&vals[i], 0, sizeof vals[i]);
        rc->elem = rt_value_addr(sc->elem, &vals[i]);
    }
    int k = rt_select(in->rt, cases, nc, si->ndefault >= 0);
    int ci = k < 0 ? si->ndefault : map[k];
    const SelectCaseData *sc = &si->cases[ci];
    if (sc->kind == SEL_RECV) {
        Value v = (sc->elem->flags & TF_AGGREGATE) ? vals[ci] : rt_load(sc->elem, &vals[ci]);
        if (sc->nlhs > 0) store_recv(fr, sc, 0, v);
        if (sc->nlhs > 1) store_recv(fr, sc, 1, eval_vbool(cases[k].ok));
    }
    return eval_leave_switch(fr, s, eval_exec_list(&sc->body, fr));
}

Stmt *eval_lower_select(Lower *L, AstStmt *s) {
    SelectInfo *si = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_select, s->pos.line);
    eval_note_target(L, s, st);
    SelectData *d = &st->u.sel;
    d->n = si->n;
    d->ndefault = si->ndefault;
    d->cases = eval_lower_alloc(L, (size_t)(si->n + 1) * sizeof(SelectCaseData));
    for (int i = 0; i < si->n; i++) {
        SelectCase *c = &si->cases[i];
        SelectCaseData *sc = &d->cases[i];
        sc->kind = c->kind;
        sc->elem = c->elem;
        sc->nlhs = c->nlhs;
        if (c->kind != SEL_DEFAULT) sc->chan = eval_lower_expr(L, c->chan);
        if (c->kind == SEL_SEND) sc->value = eval_lower_expr(L, c->value);
        for (int j = 0; j < c->nlhs && j < 2; j++) {
            sc->vars[j] = eval_lower_var(L, c->vars[j]);
            sc->types[j] = c->types[j];
            if (!sc->vars[j]) eval_lower_target(L, c->lhs[j], c->types[j], &sc->lhs[j]);
        }
        eval_lower_stmt_list(L, &c->clause->u.comm_clause.body, &sc->body);
    }
    return st;
}
