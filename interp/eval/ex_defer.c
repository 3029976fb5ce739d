// ex_defer.c - defer statements, panics through frames and the frames
// printed in panic traces (spec "Defer statements", "Handling panics").
//
// Panics unwind by longjmp to a handler that only functions with defer
// install (eval_run_with_defers): the deferred calls run with the handler
// still installed, so a panic inside one of them lands there again and the
// remaining deferred calls still run, as in Go. A deferred call's function
// and arguments are evaluated when the defer statement runs and kept in a
// DeferRec on the Go heap, chained from the frame.
#include "internal.h"

static Value *new_args(Interp *in, int n) { return rt_alloc_array(in->rt, in->c->u.t_any, (size_t)(n > 0 ? n : 1)); }

// eval_defer_record evaluates the callee and arguments of call site cs.
DeferRec *eval_defer_record(const CallSite *cs, Frame *fr) {
    Interp *in = fr->in;
    Runtime *rt = in->rt;
    DeferRec *d = eval_alloc_defer(in);
    d->site = cs;
    int cap = (cs->tuple_arg ? cs->ntuple : cs->nargs) + 2;
    Value *args = new_args(in, cap);
    gc_write_ptr(rt, (void **)&d->args, args);
    if (cs->kind == CALL_BUILTIN) {
        eval_builtin_args(cs, fr, args);
        d->nargs = cs->tuple_arg ? cs->ntuple : cs->nargs;
        return d;
    }
    if (cs->kind == CALL_METHOD) {
        Value recv;
        const Code *code;
        NativeFn native;
        eval_method_recv(&cs->method, fr, &recv, &code, &native);
        rt_store(rt, in->c->u.t_any, &args[0], recv);
        Value tmp[cap];
        d->nargs = eval_pack_args(cs, fr, tmp) + 1;
        for (int i = 1; i < d->nargs; i++) rt_store(rt, in->c->u.t_any, &args[i], tmp[i - 1]);
        d->method = code;
        d->native = native;
        return d;
    }
    Value fn;
    fn.w[1] = 0;
    switch (cs->kind) {
    case CALL_CLOSURE: fn = EVAL(cs->fn, fr); break;
    case CALL_STATIC: fn.p = eval_static_closure(in, cs->code); break;
    default: {
        Closure *cl = eval_alloc_closure(in, 0);
        cl->kind = CLOSURE_NATIVE;
        cl->native = cs->native;
        fn.p = cl;
        break;
    }
    }
    gc_write_ptr(rt, &d->fn.p, fn.p);
    Value tmp[cap];
    d->nargs = eval_pack_args(cs, fr, tmp);
    for (int i = 0; i < d->nargs; i++) rt_store(rt, in->c->u.t_any, &args[i], tmp[i]);
    return d;
}

// eval_run_defer runs one deferred call (or a goroutine's start) from
// frame fr (NULL for a goroutine's first call).
void eval_run_defer(Interp *in, DeferRec *d, Frame *fr) {
    const CallSite *cs = d->site;
    Value res[cs->nresults > 0 ? cs->nresults : 1];
    if (cs->kind == CALL_BUILTIN) eval_builtin_apply(cs, in, fr, d->args);
    else if (d->method) eval_call_code(in, d->method, NULL, d->args, d->nargs, res, fr);
    else if (d->native) d->native(in->rt, d->args, res);
    else eval_call_value(in, d->fn, d->args, d->nargs, res, fr);
}

static ExecStatus exec_defer(const Stmt *s, Frame *fr) {
    DeferRec *d = eval_defer_record(s->u.defer, fr);
    gc_write_ptr(fr->in->rt, (void **)&d->next, fr->defers);
    fr->defers = d;
    return EXEC_NORMAL;
}

Stmt *eval_lower_defer(Lower *L, AstStmt *s) {
    Stmt *st = eval_new_stmt(L, exec_defer, s->pos.line);
    st->u.defer = eval_lower_callsite(L, SN(s)->aux);
    return st;
}

static void run_defers(Interp *in, Frame *fr) {
    fr->running_defers = true;
    while (fr->defers) {
        DeferRec *d = fr->defers;
        fr->defers = d->next;
        eval_run_defer(in, d, fr);
    }
}

// eval_run_with_defers runs the body of fr's function under a panic
// handler, then its deferred calls.
void eval_run_with_defers(Frame *fr) {
    Interp *in = fr->in;
    const Code *code = fr->code;
    PanicHandler h;
    rt_push_handler(in->rt, &h);
    if (setjmp(h.jb) == 0) {
        if (code->body->exec(code->body, fr) == EXEC_NORMAL) fr->line = code->end_line;   // fell off the end
        in->top = fr;
        run_defers(in, fr);
        rt_pop_handler(in->rt, &h);
        return;
    }
    // rt_panic_continue popped h; the panic site's frames were kept by
    // eval_capture_trace when the panic started.
    in->top = fr;
    rt_push_handler(in->rt, &h);
    run_defers(in, fr);
    rt_pop_handler(in->rt, &h);
    RtPanic *p = rt_current_panic(in->rt);
    if (!p || !p->recovered) rt_panic_continue(in->rt);
    rt_recovered(in->rt, p);
}

// ---- traces ----

// write_frames writes the frames from top outwards; past Go's 100
// (runtime._TracebackMaxFrames) the rest are elided as Go elides them.
static void write_frames(Interp *in, Frame *top, StrBuf *b) {
    int n = 0;
    for (Frame *fr = top; fr; fr = fr->caller) {
        if (n++ == 100) {
            sb_printf(b, "...additional frames elided...\n");
            return;
        }
        sb_printf(b, "%s(%s)\n\t%s:%d%s\n", fr->code->name, fr->code->show_args ? "..." : "", in->filename, fr->line,
                  fr->caller ? "" : " +0x1d");
    }
}

bool eval_caller(void *ctx, int skip, const char **func, const char **file, int *line) {
    Interp *in = ctx;
    Frame *fr = in->top;
    for (; fr && skip > 0; skip--) fr = fr->caller;
    if (!fr) return false;
    *func = fr->code->name;
    *file = in->abs_filename ? in->abs_filename : in->filename;
    *line = fr->line;
    return true;
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
