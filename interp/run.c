// run.c - interp_run: parse, check and evaluate one program on a fresh
// runtime, and the hooks the runtime calls back (trace frames, String()
// and Error() methods).
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "eval/internal.h"   // eval_alloc_closure, for RtHooks.native_func

typedef struct Diags {
    const char *filename;
    int n;
} Diags;

static void syntax_error(void *ctx, Pos pos, const char *msg) {
    Diags *d = ctx;
    if (d->n++ < 10) fprintf(stderr, "%s:%d:%d: %s\n", d->filename, pos.line, pos.col, msg);
}

// pkg_type finds the named type of a built-in package in the checker's
// scope of that package (made when the program, or a package it uses,
// first referred to the package).
static const Type *pkg_type(void *ctx, const char *path, const char *name, bool ptr) {
    Checker *c = ((Interp *)ctx)->c;
    Type *t = tc_native_type(c, path, name);
    if (!t) return NULL;
    return ptr ? tc_pointer(c, t) : t;
}

// native_func: a func value calling the C function fn (what the evaluator
// makes for a package function used as a value), or fn bound to *recv
// (a method value of a C method).
static void *native_func(void *ctx, NativeFn fn, const Value *recv) {
    Interp *in = ctx;
    Closure *cl = eval_alloc_closure(in, 0);
    cl->kind = recv ? CLOSURE_METHOD : CLOSURE_NATIVE;
    cl->native = fn;
    if (recv) {
        Value *cell = rt_alloc(in->rt, in->c->u.t_any);
        gc_write_ptr(in->rt, (void **)&cell->w[0], (void *)recv->w[0]);
        gc_write_ptr(in->rt, (void **)&cell->w[1], (void *)recv->w[1]);
        gc_write_ptr(in->rt, (void **)&cl->recv, cell);
    }
    return cl;
}

// pkg_var: the global slot of a built-in package's variable, if the
// program referred to it.
static Value *pkg_var(void *ctx, const char *path, const char *name) {
    Interp *in = ctx;
    Obj *o = tc_native_obj(in->c, path, name);
    if (!o || o->kind != OBJ_VAR || o->slot >= in->nglobals) return NULL;
    return &in->globals[o->slot];
}

typedef struct MainArgs {
    Interp *in;
} MainArgs;

static void run_main(void *arg) { eval_run_main(((MainArgs *)arg)->in); }

static void parse_gogc(RtConfig *cfg) {
    const char *g = getenv("GOGC");
    cfg->gogc = 100;
    if (g && *g) cfg->gogc = strcmp(g, "off") == 0 ? -1 : atoi(g);
    const char *dbg = getenv("GODEBUG");
    if (dbg && strstr(dbg, "gctrace=1")) cfg->gctrace = true;
    const char *sd = getenv("GOSUBDEBUG");
    const char *st = sd ? strstr(sd, "gcstress=") : NULL;
    if (st) cfg->gcstress = atoi(st + 9);
}

// interp_new_runtime: see internal.h.
Runtime *interp_new_runtime(Interp *in, int argc, char **argv) {
    RtConfig cfg = {.argc = argc, .argv = argv};
    parse_gogc(&cfg);
    RtHooks hooks = {.ctx = in, .print_frames = eval_print_frames, .call_string_method = eval_string_method_hook,
                     .call_func = eval_call_func_hook, .call_method = eval_call_method_hook, .pkg_type = pkg_type,
                     .native_func = native_func, .pkg_var = pkg_var,
                     .capture_trace = eval_capture_trace};
    in->rt = rt_new(&cfg, &hooks);
    if (in->rt) in->stack_limit = rt_stack_limit_addr(in->rt);
    return in->rt;
}

int interp_run(const RunOptions *opt) {
    Arena *arena = arena_new();
    Diags d = {opt->filename, 0};
    int nerr = 0;
    AstFile *file = parse_file(arena, opt->filename, opt->src, opt->len, syntax_error, &d, &nerr);
    if (nerr) {
        if (d.n > 10) fprintf(stderr, "%s: too many errors\n", opt->filename);
        arena_free(arena);
        return 2;
    }
    Checker *c = tc_new(arena, opt->filename);
    if (tc_check_file(c, file) > 0) {
        tc_print_errors(c, stderr);
        tc_free(c);
        arena_free(arena);
        return 2;
    }
    Interp in;
    memset(&in, 0, sizeof in);
    in.c = c;
    in.filename = opt->filename;
    const char *slash = strrchr(opt->filename, '/');
    if (slash) in.filename = slash + 1;
    if (!interp_new_runtime(&in, opt->argc, opt->argv)) {
        fprintf(stderr, "fatal error: out of memory\n");
        return 2;
    }
    in.nglobals = c->nglobals;
    in.globals = calloc((size_t)(c->nglobals + 1), sizeof(Value));
    if (!in.globals) abort();
    gc_add_root(in.rt, in.globals, (size_t)(c->nglobals + 1) * sizeof(Value));
    MainArgs ma = {&in};
    rt_run_main(in.rt, run_main, &ma);
    rt_exit(in.rt, 0);
}
