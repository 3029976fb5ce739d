// eval.c - the evaluator's entry points for the driver (run.c) and the
// REPL: package initialisation, main.main, REPL statements, and the hooks
// package code calls back through (RtHooks).
#include "internal.h"

static Lower lower_for(Interp *in, FuncInfo *fn) {
    Lower L = {.in = in, .c = in->c, .arena = in->c->arena, .fn = fn};
    if (fn) L.code = eval_code_of(in, fn);
    return L;
}

// eval_package_init runs what package-level declarations need at start,
// from where *done left off (the REPL calls it after every input): the
// variables of built-in packages, package variables in dependency order,
// then the init functions.
void eval_package_init(Interp *in, Frame *fr, InitProgress *done) {
    Checker *c = in->c;
    while (done->native_vars < c->nnative_vars) {
        Obj *o = c->native_vars[done->native_vars++];
        o->native_var->init(in->rt, &in->globals[o->slot]);
    }
    AssignInfo *last = NULL;
    Lower L = lower_for(in, NULL);
    while (done->vars < c->ninit) {
        Obj *o = c->init_order[done->vars++];
        if (!o->init || o->init == last) continue;   // one spec may declare several names
        last = o->init;
        fr->line = o->pos.line;
        Stmt *s = eval_lower_init_assign(&L, o->init, o->pos.line);
        s->exec(s, fr);
    }
    while (done->init_fns < c->ninit_fns) {
        Value res[1], fnv;
        fnv.w[1] = 0;
        fnv.p = eval_static_closure(in, eval_code_of(in, c->init_fninfo[done->init_fns++]));
        // the program's init pseudo-frame has no caller and is not shown in traces
        eval_call_value(in, fnv, NULL, 0, res, fr->caller ? fr : NULL);
    }
}

// eval_run_main initialises the package, then runs main.main.
void eval_run_main(Interp *in) {
    Value dummy_slots[1];
    Code init_code = {.name = "main.init"};
    Frame fr = {.slots = dummy_slots, .in = in, .code = &init_code};
    in->top = &fr;
    eval_go_init(in);   // goroutines the runtime starts (time.AfterFunc)
    InitProgress done = {0, 0, 0};
    eval_package_init(in, &fr, &done);
    Value res[1];
    Value fnv;
    fnv.w[1] = 0;
    fnv.p = eval_static_closure(in, eval_code_of(in, in->c->main_fn));
    in->top = NULL;
    eval_call_value(in, fnv, NULL, 0, res, NULL);
}

ExecStatus eval_repl_stmt(Interp *in, Frame *fr, FuncInfo *fn, AstStmt *s) {
    Lower L = lower_for(in, fn);
    Stmt *st = eval_lower_stmt(&L, s);
    fr->line = st->line;
    return st->exec(st, fr);
}

void eval_repl_values(Interp *in, Frame *fr, FuncInfo *fn, AstExpr *e, Value *vals, int n) {
    Lower L = lower_for(in, fn);
    Node *x = eval_lower_expr(&L, e);
    if (n > 1) eval_multi(x, fr, vals, n);
    else vals[0] = EVAL(x, fr);
}

// ---- RtHooks ----

void eval_call_func_hook(void *ctx, Value fn, Value *args, int nargs, Value *results) {
    Interp *in = ctx;
    eval_call_value(in, fn, args, nargs, results, in->top);
}

bool eval_call_method_hook(void *ctx, GoIface recv, const char *name, Value *args, int nargs, Value *results) {
    return eval_call_method(ctx, recv, name, args, nargs, results);
}

bool eval_string_method_hook(void *ctx, GoIface v, const char *name, GoString *out) {
    return eval_string_method(ctx, v, name, out);
}
