// ex_call.c - calls (spec "Calls", "Passing arguments to ... parameters")
// and activations: Go functions, closures, package functions in C.
//
// A Go call allocates its slots as a C variable-length array in the call
// handler, so frames cost no heap allocation and the collector finds them
// by scanning the goroutine's C stack conservatively. A call to a
// statically known function evaluates its arguments straight into the
// callee's parameter slots (call_static); every other call packs its
// arguments into an array first (eval_pack_args) and copies them in
// (eval_call_code). One extra slot past the frame takes the arguments of
// blank parameters.
#include "internal.h"

// ---- closures ----

// eval_static_closure: the value of a top-level function (made once).
Closure *eval_static_closure(Interp *in, const Code *code) {
    if (code->static_closure) return code->static_closure;
    Code *c = (Code *)code;
    Closure *cl = eval_alloc_closure(in, 0);
    cl->kind = CLOSURE_GO;
    cl->code = code;
    c->static_closure = cl;
    gc_add_global_root(in->rt, &c->static_closure, sizeof c->static_closure);   // set once, from NULL
    return cl;
}

// eval_make_closure: the function value of a function literal, capturing
// the cells it uses from frame fr.
Closure *eval_make_closure(Frame *fr, const Code *code) {
    if (code->ncaptures == 0) return eval_static_closure(fr->in, code);
    Interp *in = fr->in;
    Closure *cl = eval_alloc_closure(in, code->ncaptures);
    cl->kind = CLOSURE_GO;
    cl->code = code;
    cl->ncells = (uint32_t)code->ncaptures;
    for (int i = 0; i < code->ncaptures; i++) {
        const CaptureFrom *cf = &code->captures[i];
        void *cell = cf->from_closure ? fr->closure->cells[cf->index] : fr->slots[cf->index].p;
        gc_write_ptr(in->rt, &cl->cells[i], cell);
    }
    return cl;
}

static Value func_lit(const Node *n, Frame *fr) {
    Value r;
    r.w[1] = 0;
    r.p = eval_make_closure(fr, n->u.lit.code);
    return r;
}

Node *eval_lower_func_lit(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, func_lit, EN(e)->type, e->pos.line);
    n->u.lit.code = eval_code_of(L->in, EN(e)->aux);
    return n;
}

static inline Value copy_arg(Interp *in, const Type *t, Value v) {
    return (t->flags & TF_AGGREGATE) ? rt_copy_value(in->rt, t, v) : v;
}

// ---- activations ----

// out_of_stack: a Go call found its goroutine's stack used up (Go's
// report; the REPL survives runaway recursion).
static _Noreturn __attribute__((noinline, cold)) void out_of_stack(Interp *in) {
    if (in->interrupt) repl_stack_overflow(in);
    rt_flush(in->rt);
    fputs("runtime: goroutine stack exceeds 1000000000-byte limit\n", stderr);
    rt_fatal(in->rt, "stack overflow");
}

// enter: the checks every Go call makes (stack depth, safepoint); false
// when the frame lies below the stack's limit: the call's body must run
// by on_more_stack.
static inline bool enter(Interp *in) {
    if (__builtin_expect((uintptr_t)__builtin_frame_address(0) < *in->stack_limit, 0)) return false;
    eval_safepoint(in);
    return true;
}

// on_more_stack runs fn(arg), the rest of a call, where the goroutine
// has more stack (a goroutine's small first stack continues on a big
// segment: rt_stack_grow), or reports the overflow.
static __attribute__((noinline)) void on_more_stack(Interp *in, void (*fn)(void *), void *arg) {
    if (!rt_stack_grow(in->rt, fn, arg)) out_of_stack(in);
}

// run_body runs the body of fr's function (parameters in place).
static void run_body(Interp *in, const Code *code, Frame *fr) {
    Value *slots = fr->slots;
    for (int i = 0; i < code->ncellinit; i++) {   // captured, address-taken or aggregate parameters and results
        const CellInit *ci = &code->cellinit[i];
        if (ci->adopt) continue;   // already a fresh copy (copy_arg, method receivers)
        Value v = ci->result ? rt_zero_value(in->rt, ci->type) : slots[ci->slot];
        void *cell = rt_alloc(in->rt, ci->type);
        rt_store(in->rt, ci->type, cell, v);
        slots[ci->slot].w[1] = 0;
        slots[ci->slot].p = cell;
    }
    if (code->has_defer) eval_run_with_defers(fr);
    else code->body->exec(code->body, fr);
}

static void run_body_far(void *arg) {
    Frame *fr = arg;
    run_body(fr->in, fr->code, fr);
}

// run_code runs code in a fresh frame over slots (parameters already in
// place); the results stay in their slots.
static void run_code(Interp *in, const Code *code, Closure *cl, Value *slots, Frame *caller) {
    Frame fr = {.slots = slots, .closure = cl, .in = in, .code = code, .caller = caller, .line = code->line};
    Frame *saved = in->top;
    in->top = &fr;
    if (enter(in)) run_body(in, code, &fr);
    else on_more_stack(in, run_body_far, &fr);
    in->top = saved;
}

static inline Value result_of(const Code *code, Value *slots, int i) {
    Value v = slots[code->result_slot[i]];
    if (code->result_cell[i]) v = eval_load(code->result_type[i], v.p);
    return v;
}

// eval_call_code runs Go code (closure cl) with args; results to out.
void eval_call_code(Interp *in, const Code *code, Closure *cl, Value *args, int nargs, Value *out, Frame *caller) {
    if (!code->body) eval_code_prepare(in, (Code *)code);
    Value slots[code->nslots + 1];
    memset(slots, 0, sizeof slots);   // no stale words for the conservative stack scan
    for (int i = 0; i < nargs && i < code->nparams; i++) {
        int s = code->param_slot[i];
        if (s >= 0) slots[s] = args[i];
    }
    run_code(in, code, cl, slots, caller);
    for (int i = 0; i < code->nresults; i++) out[i] = result_of(code, slots, i);
}

// eval_call_value calls a function value (closure, C function, method value).
void eval_call_value(Interp *in, Value fnv, Value *args, int nargs, Value *results, Frame *caller) {
    Closure *cl = fnv.p;
    if (!cl) rt_panic_nil_deref(in->rt);
    switch ((ClosureKind)cl->kind) {
    case CLOSURE_GO: eval_call_code(in, cl->code, cl, args, nargs, results, caller); return;
    case CLOSURE_NATIVE: cl->native(in->rt, args, results); return;
    case CLOSURE_METHOD: break;
    }
    // a method value (bound receiver) or a method expression of a C method
    Value all[nargs + 1];
    int n = nargs;
    if (cl->recv) {   // each call gets its own copy of the bound receiver
        all[0] = cl->code ? copy_arg(in, cl->code->param_type[0], *cl->recv) : *cl->recv;
        for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
        n = nargs + 1;
    } else {
        for (int i = 0; i < nargs; i++) all[i] = args[i];
    }
    if (cl->code) eval_call_code(in, cl->code, NULL, all, n, results, caller);
    else cl->native(in->rt, all, results);
}

// ---- arguments ----

// pack_variadic: a slice of element type et holding vals[0..n).
static GoSlice pack_variadic(Interp *in, const Type *et, Value *vals, int n) {
    GoSlice s = {NULL, 0, 0};
    if (n <= 0) return s;
    char *p = rt_alloc_array(in->rt, et, (size_t)n);
    for (int i = 0; i < n; i++) rt_store(in->rt, et, p + (size_t)i * et->size, vals[i]);
    s.ptr = p;
    s.len = s.cap = (uint32_t)n;
    return s;
}

// eval_pack_args evaluates the arguments of cs into args (the variadic
// tail packed into a slice). Returns the count.
int eval_pack_args(const CallSite *cs, Frame *fr, Value *args) {
    Interp *in = fr->in;
    int n = cs->tuple_arg ? cs->ntuple : cs->nargs;
    Value vals[n > 0 ? n : 1];
    if (cs->tuple_arg) {
        eval_multi(cs->args[0], fr, vals, n);
        eval_box_multi(in, cs->tuple_box, vals, n);
    } else {
        for (int i = 0; i < n; i++) vals[i] = EVAL(cs->args[i], fr);
    }
    if (!cs->variadic) {
        for (int i = 0; i < n; i++) args[i] = cs->tuple_arg ? vals[i] : copy_arg(in, cs->arg_types[i], vals[i]);
        return n;
    }
    for (int i = 0; i < cs->nfixed; i++) args[i] = cs->tuple_arg ? vals[i] : copy_arg(in, cs->arg_types[i], vals[i]);
    args[cs->nfixed].w[1] = 0;
    args[cs->nfixed].sl = pack_variadic(in, cs->velem, vals + cs->nfixed, n - cs->nfixed);
    return cs->nfixed + 1;
}

// ---- call handlers ----

// load_args evaluates the arguments of cs (and a method's receiver)
// straight into the parameter slots of code; blank parameters' values go
// to the spare slot past the frame.
__attribute__((always_inline)) static inline void load_args(const CallSite *cs, Frame *fr, const Code *code, Value *slots, const Value *recv) {
    int ns = code->nslots;
    const int *ps = code->param_slot;
    if (recv) {   // a method: the receiver is parameter 0
        slots[ps[0] >= 0 ? ps[0] : ns] = *recv;
        ps++;
    }
    for (int i = 0; i < cs->nargs; i++) {
        int s = ps[i];
        slots[s >= 0 ? s : ns] = EVAL(cs->args[i], fr);
    }
}

// frame_body runs the body of callee's function, a simple function, and
// returns its result.
__attribute__((always_inline)) static inline Value frame_body(Frame *callee) {
    const Code *code = callee->code;
    if (code->ret_expr) {   // func(...) T { return e }: e is the result
        callee->line = code->ret_line;
        return EVAL(code->ret_expr, callee);
    }
    eval_exec_list(&code->body->u.block, callee);
    return callee->slots[code->nresults ? code->result_slot[0] : code->nslots];
}

// A simple function's call continued by on_more_stack.
typedef struct FarFrame {
    Frame *callee;
    Value r;
} FarFrame;

static void frame_body_far(void *arg) {
    FarFrame *f = arg;
    f->r = frame_body(f->callee);
}

static __attribute__((noinline)) Value frame_on_more_stack(Frame *callee) {
    FarFrame f = {.callee = callee};
    on_more_stack(callee->in, frame_body_far, &f);
    return f.r;
}

// run_frame runs code (closure cl), a simple function (no defer, cells
// or named results; at most one result) whose parameters are already in
// slots, called from fr at line: the shortest path. Slots other than the
// parameters are not zeroed: every one is written before it is read
// (locals at their declaration, the result by the return statement).
__attribute__((always_inline)) static inline Value run_frame(Frame *fr, int line, const Code *code, Closure *cl, Value *slots) {
    Interp *in = fr->in;
    fr->line = line;
    Frame callee = {.slots = slots, .closure = cl, .in = in, .code = code, .caller = fr, .line = code->line};
    in->top = &callee;   // an overflow is reported in the callee, at its declaration (as Go does)
    Value r = __builtin_expect(enter(in), 1) ? frame_body(&callee) : frame_on_more_stack(&callee);
    in->top = fr;
    return r;
}

// run_simple calls code (closure cl), a simple function, with the
// arguments of cs evaluated straight into its slots.
__attribute__((always_inline)) static inline Value run_simple(const CallSite *cs, Frame *fr, const Code *code, Closure *cl, const Value *recv) {
    Value slots[code->nslots + 1];
    load_args(cs, fr, code, slots, recv);
    return run_frame(fr, cs->line, code, cl, slots);
}

// call_direct runs code (closure cl) with the arguments of cs evaluated
// straight into its slots: simple functions by run_simple, others (defer,
// cells, named or several results) by run_code with the results zeroed.
static inline Value call_direct(const CallSite *cs, Frame *fr, const Code *code, Closure *cl, const Value *recv) {
    Interp *in = fr->in;
    if (__builtin_expect(!code->body, 0)) eval_code_prepare(in, (Code *)code);
    if (code->simple) return run_simple(cs, fr, code, cl, recv);
    Value slots[code->nslots + 1];
    load_args(cs, fr, code, slots, recv);
    const int *rs = code->result_slot;
    for (int i = 0; i < code->nresults; i++) slots[rs[i]].w[0] = slots[rs[i]].w[1] = 0;
    fr->line = cs->line;
    run_code(in, code, cl, slots, fr);
    if (code->nresults) return result_of(code, slots, 0);
    Value none;
    none.w[0] = none.w[1] = 0;
    return none;
}

// call_simple: a static call of a simple function (see run_simple).
static Value call_simple(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    const Code *code = cs->code;
    if (__builtin_expect(!code->body || !code->simple, 0)) return call_direct(cs, fr, code, NULL, NULL);
    return run_simple(cs, fr, code, NULL, NULL);
}

// call_static: a call of a top-level function whose arguments need no
// packing.
static Value call_static(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    return call_direct(cs, fr, cs->code, NULL, NULL);
}


// ---- fixed-arity calls ----
//
// Calls of up to CALL_INLINE_ARGS plain arguments whose callee takes them
// in slots 0..k-1 (Code.dense_params): the callee and the arguments come
// from the node (CallData), the arguments are evaluated into registers
// before the callee's frame exists, and the argument loop is unrolled.

// call_static_k: a static call of a simple function with k arguments,
// evaluated straight into the callee's slots.
__attribute__((always_inline)) static inline Value call_static_k(const Node *n, Frame *fr, int k) {
    const CallData *d = &n->u.call;
    const Code *code = d->code;
    if (__builtin_expect(!code->body, 0)) eval_code_prepare(fr->in, (Code *)code);
    Value slots[code->nslots + 1];
#pragma GCC unroll 4
    for (int i = 0; i < k; i++) slots[i] = EVAL(d->arg[i], fr);
    return run_frame(fr, n->line, code, NULL, slots);
}

// closure_slow: a call of cl (any kind of func value, or nil) with the k
// arguments of n.
static Value closure_slow(const Node *n, Frame *fr, Closure *cl, int k) {
    const CallSite *cs = n->u.call.site;
    Value a[CALL_INLINE_ARGS];
    for (int i = 0; i < k; i++) a[i] = EVAL(n->u.call.arg[i], fr);
    fr->line = cs->line;
    if (!cl) rt_panic_nil_deref(fr->in->rt);   // after the arguments, as in Go
    Value res[cs->nresults > 0 ? cs->nresults : 1];
    memset(res, 0, sizeof res);
    Value fnv;
    fnv.w[1] = 0;
    fnv.p = cl;
    eval_call_value(fr->in, fnv, a, k, res, fr);
    eval_forget(a, sizeof a);
    return res[0];
}

// call_closure_k: a call of a func value with k plain arguments: the
// function value is evaluated first, then the arguments (straight into
// the callee's slots when it is a simple Go function).
__attribute__((always_inline)) static inline Value call_closure_k(const Node *n, Frame *fr, int k) {
    const CallData *d = &n->u.call;
    Closure *cl = EVAL(d->fn, fr).p;
    if (__builtin_expect(!cl || cl->kind != CLOSURE_GO, 0)) return closure_slow(n, fr, cl, k);
    const Code *code = cl->code;
    if (__builtin_expect(!code->direct_ok, 0)) return closure_slow(n, fr, cl, k);
    Value slots[code->nslots + 1];
#pragma GCC unroll 4
    for (int i = 0; i < k; i++) slots[i] = EVAL(d->arg[i], fr);
    return run_frame(fr, n->line, code, cl, slots);
}

#define FIXED_ARITY(K)                                                                           \
    static Value call_static##K(const Node *n, Frame *fr) { return call_static_k(n, fr, K); }   \
    static Value call_closure##K(const Node *n, Frame *fr) { return call_closure_k(n, fr, K); }
FIXED_ARITY(0)
FIXED_ARITY(1)
FIXED_ARITY(2)
FIXED_ARITY(3)
FIXED_ARITY(4)
static const EvalFn static_fixed[CALL_INLINE_ARGS + 1] = {call_static0, call_static1, call_static2, call_static3, call_static4};
static const EvalFn closure_fixed[CALL_INLINE_ARGS + 1] = {call_closure0, call_closure1, call_closure2, call_closure3,
                                                            call_closure4};

static bool is_fixed(const Node *n) {
    for (int k = 0; k <= CALL_INLINE_ARGS; k++)
        if (n->eval == static_fixed[k] || n->eval == closure_fixed[k]) return true;
    return false;
}

static Value call_general(const Node *n, Frame *fr);

// call_closure: a call of a func value with plain arguments; a Go
// closure gets them straight into its slots, anything else goes the
// general way.
static Value call_closure(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    Closure *cl = EVAL(cs->fn, fr).p;
    if (!cl) rt_panic_nil_deref(fr->in->rt);
    if (cl->kind != CLOSURE_GO) {
        Value res[cs->nresults > 0 ? cs->nresults : 1];
        memset(res, 0, sizeof res);
        int cap = cs->nargs + 1;
        Value args[cap];
        memset(args, 0, sizeof args);
        int nargs = eval_pack_args(cs, fr, args);
        fr->line = cs->line;
        Value fnv;
        fnv.w[1] = 0;
        fnv.p = cl;
        eval_call_value(fr->in, fnv, args, nargs, res, fr);
        return res[0];
    }
    const Code *code = cl->code;
    if (code->body && code->simple) return run_simple(cs, fr, code, cl, NULL);
    return call_direct(cs, fr, code, cl, NULL);
}

// call_native: a package function in C with plain arguments.
// Its frame has fixed-size, zeroed arrays: C functions may start a
// collection (runtime.GC), and the conservative stack scan must not find
// stale words of earlier calls in the slack of variable-length arrays.
enum { NATIVE_MAX_INLINE = 8 };
static Value call_native(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    Value args[NATIVE_MAX_INLINE], res[NATIVE_MAX_INLINE];
    memset(args, 0, sizeof args);
    memset(res, 0, sizeof res);
    for (int i = 0; i < cs->nargs; i++) args[i] = EVAL(cs->args[i], fr);
    fr->line = cs->line;
    cs->native(fr->in->rt, args, res);
    eval_forget(args, (size_t)cs->nargs * sizeof(Value));
    return res[0];
}

// call_method_direct: a method call with plain arguments; a Go method
// gets the receiver and arguments straight into its slots.
static Value call_method_direct(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    Value recv;
    const Code *code;
    NativeFn native;
    eval_method_recv(&cs->method, fr, &recv, &code, &native);
    if (code && code->body && code->simple) return run_simple(cs, fr, code, NULL, &recv);
    if (code) return call_direct(cs, fr, code, NULL, &recv);
    Value args[cs->nargs + 2];
    memset(args, 0, sizeof args);
    args[0] = recv;
    int nargs = eval_pack_args(cs, fr, args + 1) + 1;
    Value res[cs->nresults > 0 ? cs->nresults : 1];
    memset(res, 0, sizeof res);
    fr->line = cs->line;
    native(fr->in->rt, args, res);
    (void)nargs;
    return res[0];
}

// call_general: every other call, through an argument array.
static Value call_general(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    Value res[cs->nresults > 0 ? cs->nresults : 1];
    memset(res, 0, sizeof res);
    eval_call_site(cs, fr, res);
    return res[0];
}

static void *call_addr(const Node *n, Frame *fr) { return EVAL(n, fr).p; }   // aggregate results: fresh storage

bool eval_is_call(const Node *n) {
    return n->eval == call_static || n->eval == call_simple || n->eval == call_general || n->eval == call_closure || n->eval == call_method_direct ||
           n->eval == call_native || is_fixed(n);
}

static void call_method(const CallSite *cs, Frame *fr, Value *out) {
    Interp *in = fr->in;
    int cap = (cs->tuple_arg ? cs->ntuple : cs->nargs) + 2;
    Value args[cap];
    memset(args, 0, sizeof args);
    const Code *code;
    NativeFn native;
    eval_method_recv(&cs->method, fr, &args[0], &code, &native);
    int nargs = eval_pack_args(cs, fr, args + 1) + 1;
    fr->line = cs->line;
    if (code) eval_call_code(in, code, NULL, args, nargs, out, fr);
    else native(in->rt, args, out);
    eval_forget(args, sizeof args);
}

void eval_call_site(const CallSite *cs, Frame *fr, Value *out) {
    Interp *in = fr->in;
    if (cs->kind == CALL_BUILTIN) {
        out[0] = eval_builtin(cs, fr);
        return;
    }
    if (cs->kind == CALL_METHOD) {
        call_method(cs, fr, out);
        return;
    }
    Value fnv;
    fnv.w[1] = 0;
    fnv.p = NULL;
    if (cs->kind == CALL_CLOSURE) fnv = EVAL(cs->fn, fr);
    int cap = (cs->tuple_arg ? cs->ntuple : cs->nargs) + 1;
    Value args[cap];
    memset(args, 0, sizeof args);
    int nargs = eval_pack_args(cs, fr, args);
    fr->line = cs->line;
    switch (cs->kind) {
    case CALL_STATIC: eval_call_code(in, cs->code, NULL, args, nargs, out, fr); break;
    case CALL_NATIVE: cs->native(in->rt, args, out); break;
    default: eval_call_value(in, fnv, args, nargs, out, fr); break;
    }
    eval_forget(args, sizeof args);
}

void eval_box_multi(Interp *in, const Type *const *box, Value *out, int count) {
    if (!box) return;
    for (int i = 0; i < count; i++)
        if (box[i]) out[i].e = rt_iface_box(in->rt, box[i], out[i]);
}

// eval_multi evaluates a tuple-producing node into out[0..count).
void eval_multi(const Node *n, Frame *fr, Value *out, int count) {
    if (eval_is_map_index(n)) {
        out[0] = eval_map_index_commaok(n, fr, count > 1 ? &out[1] : NULL);
    } else if (eval_is_assert(n)) {
        out[0] = eval_assert_commaok(n, fr, count > 1 ? &out[1] : NULL);
    } else if (eval_is_recv(n)) {
        out[0] = eval_recv_commaok(n, fr, count > 1 ? &out[1] : NULL);
    } else if (eval_is_call(n)) {
        eval_call_site(n->u.call.site, fr, out);
    } else {
        out[0] = EVAL(n, fr);
    }
}

// ---- lowering ----

CallSite *eval_lower_callsite(Lower *L, AstExpr *e) {
    CallInfo *ci = EN(e)->aux;
    CallSite *cs = eval_lower_alloc(L, sizeof *cs);
    AstExprList *al = &e->u.call.args;
    cs->line = e->pos.line;
    cs->nargs = al->n;
    cs->args = eval_lower_alloc(L, (size_t)(al->n + 1) * sizeof(Node *));
    bool type_arg = EN(e)->op == OP_CALL_BUILTIN && (EN(e)->slot == BI_MAKE || EN(e)->slot == BI_NEW);
    for (int i = 0; i < al->n; i++)   // make and new take a type: no node
        cs->args[i] = (i == 0 && type_arg) || EN(al->v[i])->op == OP_TYPE_EXPR ? NULL : eval_lower_expr(L, al->v[i]);
    cs->nresults = ci ? ci->nresults : 1;
    cs->rtype = EN(e)->type;
    switch (EN(e)->op) {
    case OP_CALL_BUILTIN:
        cs->kind = CALL_BUILTIN;
        cs->builtin = EN(e)->slot;
        cs->btype = ci ? ci->sig : NULL;
        cs->bflag = ci && ci->variadic_slice != NULL;
        cs->variadic = ci && ci->spread;
        cs->tuple_arg = ci && ci->tuple_arg;   // println(f())
        cs->ntuple = cs->tuple_arg ? ci->nargs : 0;
        cs->nresults = 1;
        return cs;
    case OP_CALL: cs->kind = CALL_STATIC; cs->code = eval_code_of(L->in, ci->fn); break;
    case OP_CALL_NATIVE: cs->kind = CALL_NATIVE; cs->native = ci->native->fn; break;
    case OP_CALL_CLOSURE: cs->kind = CALL_CLOSURE; cs->fn = eval_lower_expr(L, e->u.call.fun); break;
    default: {
        AstExpr *fun = e->u.call.fun;
        while (EN(fun)->op == OP_PAREN) fun = fun->u.paren.x;
        cs->kind = CALL_METHOD;
        eval_lower_method(L, fun, &cs->method);
        break;
    }
    }
    const Type *sig = ci->sig;
    const Type **at = eval_lower_alloc(L, (size_t)(sig->nparams + 1) * sizeof(Type *));
    for (int i = 0; i < sig->nparams; i++) at[i] = sig->params[i];
    cs->arg_types = at;
    cs->nparams = sig->nparams;
    cs->tuple_arg = ci->tuple_arg;
    cs->ntuple = ci->tuple_arg ? ci->nargs : 0;
    cs->tuple_box = (const Type *const *)ci->tuple_box;
    cs->variadic = ci->variadic && !ci->spread;
    cs->nfixed = ci->nfixed;
    if (cs->variadic) cs->velem = tc_under(sig->params[sig->nparams - 1])->elem;
    return cs;
}

// direct: can the call's arguments go straight into the callee's slots?
// Aggregates need a copy, unless the callee is a pure leaf (Code.pure).
static bool direct(const CallSite *cs) {
    if (cs->kind == CALL_BUILTIN || cs->variadic || cs->tuple_arg) return false;
    const Code *callee = cs->kind == CALL_STATIC ? cs->code : cs->kind == CALL_METHOD ? cs->method.code : NULL;
    if (callee && callee->pure && (cs->kind != CALL_METHOD || cs->method.mode != RECV_IFACE)) return true;
    for (int i = 0; i < cs->nargs; i++)
        if (cs->arg_types[i]->flags & TF_AGGREGATE) return false;
    return true;
}

Node *eval_lower_call(Lower *L, AstExpr *e) {
    CallSite *cs = eval_lower_callsite(L, e);
    if (cs->kind == CALL_METHOD) {   // the call runs now: a pure method may read the receiver in place
        const MethodSel *ms = &cs->method;
        cs->method.borrow = ms->code && ms->code->pure && (ms->mode == RECV_VALUE || ms->mode == RECV_DEREF);
    }
    EvalFn fn = call_general;
    if (cs->kind == CALL_BUILTIN) fn = eval_builtin_handler(cs);
    else if (direct(cs))
        fn = cs->kind == CALL_STATIC ? (cs->code->simple ? call_simple : call_static)
           : cs->kind == CALL_CLOSURE ? call_closure
           : cs->kind == CALL_NATIVE ? (cs->nargs <= NATIVE_MAX_INLINE && cs->nresults <= NATIVE_MAX_INLINE
                                        ? call_native : call_general)
           : call_method_direct;
    if (direct(cs) && cs->nargs <= CALL_INLINE_ARGS) {
        if (cs->kind == CALL_STATIC && cs->code->simple && cs->code->dense_params) fn = static_fixed[cs->nargs];
        else if (cs->kind == CALL_CLOSURE) fn = closure_fixed[cs->nargs];
    }
    Node *n = eval_new_node(L, fn, EN(e)->type, e->pos.line);
    n->u.call.site = cs;
    n->u.call.code = cs->code;
    n->u.call.fn = cs->fn;
    for (int i = 0; i < cs->nargs && i < CALL_INLINE_ARGS; i++) n->u.call.arg[i] = cs->args[i];
    if (EN(e)->type && EN(e)->type->kind != KIND_TUPLE && (EN(e)->type->flags & TF_AGGREGATE)) n->addr = call_addr;
    return n;
}
