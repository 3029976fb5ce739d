// eval_call.c - calls: Go functions (frames on the C stack), closures,
// package functions in C, built-in functions, deferred calls and the
// frames printed in panic traces.
//
// A Go call allocates its slots as a C variable-length array, so frames
// cost no heap allocation and the collector finds them by scanning the
// goroutine's C stack conservatively.
#include <string.h>

#include "../internal.h"

// eval_make_closure: the function value of fn, capturing the cells it
// uses from frame fr (NULL for top-level functions, which are cached).
Closure *eval_make_closure(Interp *in, Frame *fr, FuncInfo *fn) {
    if (fn->ncaptures == 0 && fn->static_closure) return fn->static_closure;
    Closure *cl = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, (size_t)(2 + fn->ncaptures));
    cl->fn = fn;
    for (int i = 0; i < fn->ncaptures; i++) {
        CaptureSrc *cs = &fn->captures[i];
        void *cell = cs->from_capture ? fr->closure->cells[cs->index] : fr->slots[cs->index].p;
        gc_write_ptr(in->rt, &cl->cells[i], cell);
    }
    if (fn->ncaptures == 0) {
        fn->static_closure = cl;
        gc_add_root(in->rt, &fn->static_closure, sizeof fn->static_closure);
    }
    return cl;
}

// eval_declare initialises variable o in frame fr with v, giving it a
// heap cell when it is captured, address-taken or an aggregate.
void eval_declare(Interp *in, Frame *fr, Obj *o, Value v) {
    if (o->slot < 0) return;
    Value *slot = o->owner ? &fr->slots[o->slot] : &in->globals[o->slot];
    if (o->storage == VS_CELL || o->storage == VS_GLOBAL_CELL) {
        void *cell = rt_alloc(in->rt, o->type);
        rt_store(in->rt, o->type, cell, v);
        slot->w[1] = 0;
        slot->p = cell;
    } else {
        *slot = v;
    }
}

static void write_frames(Interp *in, Frame *top, StrBuf *b);
static void call_go(Interp *in, FuncInfo *fn, Closure *cl, Value *args, int nargs, Value *out, Frame *caller);
static Value method_recv(Interp *in, Frame *fr, MethodRef *mr, AstExpr *x);
static const Method *iface_method(Interp *in, GoIface e, const char *name, Value *recv);

static void run_defers(Interp *in, Frame *fr) {
    fr->running_defers = true;
    while (fr->defers) {
        Defer *d = fr->defers;
        fr->defers = d->next;
        Value res[16];
        if (d->method) call_go(in, d->method, NULL, d->args, d->nargs, res, fr);
        else if (d->native_method) d->native_method(in->rt, d->args, res);
        else if (!d->fn.p) eval_builtin(in, fr, d->call, res);
        else eval_call_value(in, d->fn, d->args, d->nargs, res, fr);
    }
}

// eval_run_func runs fn with its parameters already in slots.
void eval_run_func(Interp *in, FuncInfo *fn, Closure *cl, Value *slots, Frame *caller) {
    Frame fr = {.fn = fn, .slots = slots, .closure = cl, .caller = caller, .line = fn->pos.line};
    if (rt_stack_low(in->rt)) {
        if (in->interrupt) repl_stack_overflow(in);   // the REPL survives runaway recursion
        rt_fatal(in->rt, "stack overflow");
    }
    if (--in->preempt < 0) eval_go_preempt(in);
    if (fn->cells_state == 0) {   // first call: storage is final once checked
        fn->cells_state = 1;
        for (int i = 0; i < fn->nparams; i++)
            if (fn->params[i]->storage == VS_CELL) fn->cells_state = 2;
        for (int i = 0; i < fn->nresults; i++)
            if (fn->results[i]->storage == VS_CELL) fn->cells_state = 2;
    }
    if (fn->cells_state == 2) {   // captured, address-taken or aggregate parameters and results
        for (int i = 0; i < fn->nparams; i++) {
            Obj *p = fn->params[i];
            if (p->storage == VS_CELL) eval_declare(in, &fr, p, slots[fn->param_slots[i]]);
        }
        for (int i = 0; i < fn->nresults; i++) {
            Obj *r = fn->results[i];
            if (r->storage == VS_CELL) eval_declare(in, &fr, r, rt_zero_value(in->rt, r->type));
        }
    }
    Frame *saved = in->top;
    in->top = &fr;
    if (!fn->has_defer) {
        eval_block(in, &fr, fn->body);
        in->top = saved;
        return;
    }
    // Functions with defers catch panics: the deferred calls run with the
    // handler still installed, so a panic inside one of them lands here
    // again and the remaining deferred calls still run (as in Go).
    PanicHandler h;
    rt_push_handler(in->rt, &h);
    if (setjmp(h.jb) == 0) {
        eval_block(in, &fr, fn->body);
        in->top = &fr;
        run_defers(in, &fr);
        rt_pop_handler(in->rt, &h);
    } else {
        // rt_panic_continue popped h; the panic site's frames were kept by
        // eval_capture_trace when the panic started.
        RtPanic *p = rt_current_panic(in->rt);
        in->top = &fr;
        rt_push_handler(in->rt, &h);
        run_defers(in, &fr);
        rt_pop_handler(in->rt, &h);
        p = rt_current_panic(in->rt);
        if (!p || !p->recovered) rt_panic_continue(in->rt);
        rt_recovered(in->rt, p);
    }
    in->top = saved;
}

static Value result_of(FuncInfo *fn, Value *slots, int i) {
    Obj *r = fn->results[i];
    Value v = slots[fn->result_slots[i]];
    if (r->storage == VS_CELL) v = rt_load(r->type, v.p);
    return v;
}

// call_go runs Go function fn (closure cl) with args; results to out.
static void call_go(Interp *in, FuncInfo *fn, Closure *cl, Value *args, int nargs, Value *out, Frame *caller) {
    Value slots[fn->nslots > 0 ? fn->nslots : 1];
    memset(slots, 0, sizeof slots);
    for (int i = 0; i < nargs && i < fn->nparams; i++)
        if (fn->param_slots[i] >= 0) slots[fn->param_slots[i]] = args[i];   // "_" parameters have no slot
    // results start as the zero Value (memset): non-cell results are never aggregates
    eval_run_func(in, fn, cl, slots, caller);
    for (int i = 0; i < fn->nresults; i++) out[i] = result_of(fn, slots, i);
}

// eval_call_value calls a function value (closure, native, method value).
void eval_call_value(Interp *in, Value fnv, Value *args, int nargs, Value *results, Frame *caller) {
    Closure *cl = fnv.p;
    if (!cl) rt_panic_nil_deref(in->rt);
    if (cl->native) {
        cl->native->fn(in->rt, args, results);
        return;
    }
    if (cl->fn) {
        call_go(in, cl->fn, cl, args, nargs, results, caller);
        return;
    }
    // a method value (bound receiver in cells[2]) or a C method expression
    FuncInfo *fn = cl->cells[0];
    NativeFn nf = (NativeFn)cl->cells[1];
    Value all[nargs + 1];
    int n = nargs;
    if (cl->cells[2]) {
        all[0] = *(Value *)cl->cells[2];
        for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
        n = nargs + 1;
    } else {
        for (int i = 0; i < nargs; i++) all[i] = args[i];
    }
    if (fn) call_go(in, fn, NULL, all, n, results, caller);
    else nf(in->rt, all, results);
}

// eval_method_value makes the closure of method value x.M (receiver
// evaluated now) or of a C method expression T.M.
Closure *eval_method_value(Interp *in, Frame *fr, AstExpr *e) {
    Closure *cl = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, 6);
    if (e->op == OP_NATIVE_METHOD_EXPR) {
        const Method *m = e->aux;
        cl->cells[1] = (void *)m->native;
        return cl;
    }
    MethodRef *mr = e->aux;
    Value recv;
    FuncInfo *fn = mr->fn;
    NativeFn nf = mr->native;
    if (mr->mode == RECV_IFACE) {
        const Method *m = iface_method(in, eval_expr(in, fr, e->u.selector.x).e, mr->name, &recv);
        fn = m->fn;
        nf = m->native;
    } else {
        recv = method_recv(in, fr, mr, e->u.selector.x);
    }
    Value *cell = rt_alloc(in->rt, in->c->u.t_any);
    gc_write_ptr(in->rt, (void **)&cell->w[0], (void *)recv.w[0]);
    gc_write_ptr(in->rt, (void **)&cell->w[1], (void *)recv.w[1]);
    cl->cells[0] = fn;
    cl->cells[1] = (void *)nf;
    gc_write_ptr(in->rt, &cl->cells[2], cell);
    return cl;
}

// copy_arg: an argument owns its value (aggregates are copied).
static inline Value copy_arg(Interp *in, const Type *t, Value v) {
    return (t->flags & TF_AGGREGATE) ? rt_copy_value(in->rt, t, v) : v;
}

// eval_args evaluates the arguments of call e into args, packing the
// variadic tail into a slice. Returns the count.
static int eval_args(Interp *in, Frame *fr, AstExpr *e, CallInfo *ci, Value *args) {
    AstExprList *al = &e->u.call.args;
    const Type *sig = ci->sig;
    if (ci->tuple_arg) {
        Value tmp[64];
        eval_multi(in, fr, al->v[0], tmp, ci->nargs);
        for (int i = 0; i < ci->nargs; i++)
            if (ci->tuple_box[i]) tmp[i].e = rt_iface_box(in->rt, ci->tuple_box[i], tmp[i]);
        if (!ci->variadic) {
            for (int i = 0; i < ci->nargs; i++) args[i] = tmp[i];
            return ci->nargs;
        }
        for (int i = 0; i < ci->nfixed; i++) args[i] = tmp[i];
        int nv = ci->nargs - ci->nfixed;
        const Type *et = ci->variadic_slice->elem;
        Value s;
        memset(&s, 0, sizeof s);
        if (nv > 0) {
            char *p = rt_alloc_array(in->rt, et, (size_t)nv);
            for (int i = 0; i < nv; i++) rt_store(in->rt, et, p + (size_t)i * et->size, tmp[ci->nfixed + i]);
            s.sl.ptr = p;
            s.sl.len = s.sl.cap = (uint32_t)nv;
        }
        args[ci->nfixed] = s;
        return ci->nfixed + 1;
    }
    int np = sig->nparams;
    if (!ci->variadic || ci->spread) {
        for (int i = 0; i < al->n; i++) args[i] = copy_arg(in, sig->params[i], eval_expr(in, fr, al->v[i]));
        return al->n;
    }
    for (int i = 0; i < ci->nfixed; i++) args[i] = copy_arg(in, sig->params[i], eval_expr(in, fr, al->v[i]));
    int nv = al->n - ci->nfixed;
    const Type *et = sig->params[np - 1]->elem;
    Value s;
    memset(&s, 0, sizeof s);
    if (nv > 0) {
        char *p = rt_alloc_array(in->rt, et, (size_t)nv);
        for (int i = 0; i < nv; i++)
            rt_store(in->rt, et, p + (size_t)i * et->size, eval_expr(in, fr, al->v[ci->nfixed + i]));
        s.sl.ptr = p;
        s.sl.len = s.sl.cap = (uint32_t)nv;
    }
    args[ci->nfixed] = s;
    return ci->nfixed + 1;
}

// method_recv evaluates the receiver of a static method call.
static Value method_recv(Interp *in, Frame *fr, MethodRef *mr, AstExpr *x) {
    Value v;
    switch (mr->mode) {
    case RECV_ADDR:
        v.w[1] = 0;
        v.p = eval_addr(in, fr, x);
        return v;
    case RECV_DEREF: {
        void *p = eval_expr(in, fr, x).p;
        if (!p) rt_panic_nil_deref(in->rt);
        return rt_copy_value(in->rt, mr->recv_type, rt_load(mr->recv_type, p));
    }
    default:
        return rt_copy_value(in->rt, mr->recv_type, eval_expr(in, fr, x));
    }
}

static const Method *iface_method(Interp *in, GoIface e, const char *name, Value *recv);

// promoted_method: m of e's dynamic type T is promoted from the embedded
// field at m->promote_offset; find that field and the receiver it gives.
static const Method *promoted_method(Interp *in, GoIface e, const Method *m, Value *recv) {
    char *base = e.data;   // T is a struct: boxed, or e holds *T
    if (!base) rt_panic_nil_deref(in->rt);
    char *field = base + m->promote_offset;
    const Type *tt = e.type->kind == KIND_POINTER ? e.type->elem : e.type;
    const Type *ft = NULL;
    for (int i = 0; i < tt->underlying->nfields; i++)
        if (tt->underlying->fields[i].offset == m->promote_offset && tt->underlying->fields[i].embedded)
            ft = tt->underlying->fields[i].type;
    // dispatch again on the embedded field, seen as an interface value:
    // this follows promotions through any number of levels
    GoIface inner;
    if (ft->underlying->kind == KIND_INTERFACE) {
        inner = *(GoIface *)field;
    } else if (ft->kind == KIND_POINTER) {
        inner.type = ft;
        inner.data = *(void **)field;
    } else {
        inner.type = ft;   // the field itself stands for the boxed value (and its address)
        inner.data = field;
    }
    return iface_method(in, inner, m->name, recv);
}

// iface_method finds method name of e's dynamic type and the receiver to
// pass it; panics on a nil interface.
static const Method *iface_method(Interp *in, GoIface e, const char *name, Value *recv) {
    if (!e.type) rt_panic_nil_deref(in->rt);
    bool ptr = false;
    const Method *m = tc_lookup_method(e.type, name, &ptr);
    if (!m) rt_fatal(in->rt, "gosub: internal error: %s has no method %s", rt_type_string(e.type), name);
    if (m->promoted) return promoted_method(in, e, m, recv);
    recv->w[1] = 0;
    if (m->ptr_recv && e.type->kind != KIND_POINTER) {   // reached through an embedded value field
        recv->p = e.data;
        return m;
    }
    if (e.type->kind == KIND_POINTER && !m->ptr_recv) {
        const Type *t = e.type->elem;
        if (!e.data) rt_panic_nil_deref(in->rt);
        *recv = rt_copy_value(in->rt, t, rt_load(t, e.data));
    } else if (e.type->kind == KIND_POINTER) {
        recv->p = e.data;
    } else {
        *recv = rt_copy_value(in->rt, e.type, rt_iface_unbox(e));
    }
    return m;
}

static void call_method(Interp *in, Frame *fr, AstExpr *e, CallInfo *ci, Value *results) {
    AstExpr *fun = e->u.call.fun;
    while (fun->op == OP_PAREN) fun = fun->u.paren.x;
    MethodRef *mr = fun->aux;
    int n = ci->sig->nparams + (ci->tuple_arg ? 64 : 0) + 2;
    Value args[n];
    const Method *m = NULL;
    if (mr->mode == RECV_IFACE) {
        GoIface iv = eval_expr(in, fr, fun->u.selector.x).e;
        m = iface_method(in, iv, mr->name, &args[0]);
    } else {
        args[0] = method_recv(in, fr, mr, fun->u.selector.x);
    }
    int nargs = eval_args(in, fr, e, ci, args + 1) + 1;
    fr->line = e->pos.line;
    FuncInfo *fn = m ? m->fn : mr->fn;
    NativeFn native = m ? m->native : mr->native;
    if (fn) call_go(in, fn, NULL, args, nargs, results, fr);
    else native(in->rt, args, results);
}

// eval_call evaluates a call expression; results go to results[].
Value eval_call(Interp *in, Frame *fr, AstExpr *e, Value *results) {
    CallInfo *ci = e->aux;
    if (e->op == OP_CALL_BUILTIN) return eval_builtin(in, fr, e, results);
    if (e->op == OP_CALL_METHOD || e->op == OP_CALL_IFACE) {
        call_method(in, fr, e, ci, results);
        return results[0];
    }
    Value fnv;
    fnv.w[1] = 0;
    fnv.p = NULL;
    if (e->op == OP_CALL_CLOSURE) fnv = eval_expr(in, fr, e->u.call.fun);
    int n = ci->sig->nparams + (ci->tuple_arg ? 64 : 0) + 1;
    Value args[n];
    int nargs = eval_args(in, fr, e, ci, args);
    fr->line = e->pos.line;
    switch (e->op) {
    case OP_CALL: call_go(in, ci->fn, NULL, args, nargs, results, fr); break;
    case OP_CALL_NATIVE: ci->native->fn(in->rt, args, results); break;
    default: eval_call_value(in, fnv, args, nargs, results, fr); break;
    }
    return results[0];
}

// eval_defer records a deferred call: function and arguments evaluated now.
void eval_defer(Interp *in, Frame *fr, AstExpr *call) {
    Defer *d = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, sizeof(Defer) / 8 + 1);
    CallInfo *ci = call->aux;
    if (call->op == OP_CALL_METHOD || call->op == OP_CALL_IFACE) {
        AstExpr *fun = call->u.call.fun;
        while (fun->op == OP_PAREN) fun = fun->u.paren.x;
        MethodRef *mr = fun->aux;
        int n = ci->sig->nparams + (ci->tuple_arg ? 64 : 0) + 2;
        Value *args = rt_alloc_array(in->rt, in->c->u.t_any, (size_t)n);
        const Method *m = NULL;
        if (mr->mode == RECV_IFACE) m = iface_method(in, eval_expr(in, fr, fun->u.selector.x).e, mr->name, &args[0]);
        else args[0] = method_recv(in, fr, mr, fun->u.selector.x);
        d->nargs = eval_args(in, fr, call, ci, args + 1) + 1;
        d->args = args;
        d->method = m ? m->fn : mr->fn;
        d->native_method = m ? m->native : mr->native;
        d->call = call;
        d->fn.p = (void *)1;   // not a builtin
    } else if (call->op == OP_CALL_BUILTIN) {
        // defer of a builtin (panic, print, close...): wrap as a thunk call
        d->call = call;
        d->fn.p = NULL;
    } else {
        if (call->op == OP_CALL_CLOSURE) d->fn = eval_expr(in, fr, call->u.call.fun);
        else if (call->op == OP_CALL) d->fn.p = eval_make_closure(in, NULL, ci->fn);
        else {
            Closure *cl = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, 2);
            cl->native = ci->native;
            d->fn.p = cl;
        }
        int n = ci->sig->nparams + (ci->tuple_arg ? 64 : 0) + 1;
        Value *args = rt_alloc_array(in->rt, in->c->u.t_any, (size_t)n);
        d->nargs = eval_args(in, fr, call, ci, args);
        d->args = args;
        d->call = call;
    }
    d->next = fr->defers;
    fr->defers = d;
}

// ---- traces ----

static void write_frames(Interp *in, Frame *top, StrBuf *b) {
    for (Frame *fr = top; fr; fr = fr->caller) {
        bool args = fr->fn->nparams > 0;
        sb_printf(b, "%s(%s)\n\t%s:%d%s\n", fr->fn->name, args ? "..." : "", in->filename, fr->line,
                  fr->caller ? "" : " +0x1d");
    }
}

// eval_capture_trace (RtHooks.capture_trace) keeps the frames of the
// panic that is starting, while they are still alive.
void eval_capture_trace(void *ctx) {
    Interp *in = ctx;
    RtPanic *p = rt_current_panic(in->rt);
    if (in->trace_for == p) return;
    in->trace.len = 0;
    write_frames(in, in->top, &in->trace);
    in->trace_for = p;
}

void eval_print_frames(void *ctx, FILE *f) {
    Interp *in = ctx;
    StrBuf b = {0};
    if (in->trace_for && in->trace_for == rt_current_panic(in->rt)) {
        fwrite(in->trace.p, 1, in->trace.len, f);
        return;
    }
    write_frames(in, in->top, &b);
    fwrite(b.p ? b.p : "", 1, b.len, f);
    sb_free(&b);
}

// eval_string_method calls v's method name (func() string) for fmt and
// panic messages (Error, String); false when v's dynamic type has none.
bool eval_string_method(Interp *in, GoIface v, const char *name, GoString *out) {
    if (!v.type) return false;
    bool ptr = false;
    const Method *m = tc_lookup_method(v.type, name, &ptr);
    if (!m || m->type->nparams != 0 || m->type->nresults != 1 || tc_under(m->type->results[0])->kind != KIND_STRING)
        return false;
    if (m->ptr_recv && v.type->kind != KIND_POINTER) return false;   // not in T's method set
    Value args[1], res[1];
    iface_method(in, v, name, &args[0]);
    if (m->fn) call_go(in, m->fn, NULL, args, 1, res, in->top);
    else m->native(in->rt, args, res);
    *out = res[0].s;
    return true;
}

// eval_call_method calls method name of recv's dynamic type with args
// (the receiver is prepended); false when the method does not exist.
bool eval_call_method(Interp *in, GoIface recv, const char *name, Value *args, int nargs, Value *results) {
    if (!recv.type) rt_panic_nil_deref(in->rt);
    if (!tc_lookup_method(recv.type, name, NULL)) return false;
    Value all[nargs + 1];
    const Method *m = iface_method(in, recv, name, &all[0]);
    for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
    if (m->fn) call_go(in, m->fn, NULL, all, nargs + 1, results, in->top);
    else m->native(in->rt, all, results);
    return true;
}
