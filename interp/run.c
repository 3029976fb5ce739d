// run.c - interp_run: parse, check and evaluate one program on a fresh
// runtime, and the hooks the runtime calls back (trace frames, String()
// and Error() methods).
#include <pthread.h>
#include <stdlib.h>
#include <sys/resource.h>
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

// The hooks below call Go code for the runtime (fmt's String/Error,
// sort's less...). A panic in that code may be caught by C (fmt's
// catchPanic) that knows nothing of the evaluator: so each hook notes the
// innermost frame and depth, and when a panic unwinds through it puts
// them back before the panic goes on (the frames above are gone).
typedef struct GoCallMark {
    PanicHandler h;
    Frame *top;
    int depth;
} GoCallMark;

#define GUARDED_GO_CALL(in, call)                       \
    do {                                                \
        GoCallMark mark_ = {.top = (in)->top, .depth = (in)->depth}; \
        rt_push_handler((in)->rt, &mark_.h);            \
        if (setjmp(mark_.h.jb) == 0) {                  \
            call;                                       \
            rt_pop_handler((in)->rt, &mark_.h);         \
        } else {                                        \
            (in)->top = mark_.top;                      \
            (in)->depth = mark_.depth;                  \
            rt_panic_continue((in)->rt);                \
        }                                               \
    } while (0)

static bool call_string_method(void *ctx, GoIface v, const char *name, GoString *out) {
    Interp *in = ctx;
    volatile bool ok = false;
    GUARDED_GO_CALL(in, ok = eval_string_method_hook(in, v, name, out));
    return ok;
}

static void call_func(void *ctx, Value fn, Value *args, int nargs, Value *results) {
    Interp *in = ctx;
    GUARDED_GO_CALL(in, eval_call_func_hook(in, fn, args, nargs, results));
}

static bool call_method(void *ctx, GoIface recv, const char *name, Value *args, int nargs, Value *results) {
    Interp *in = ctx;
    volatile bool ok = false;
    GUARDED_GO_CALL(in, ok = eval_call_method_hook(in, recv, name, args, nargs, results));
    return ok;
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
    int i = 0;
    while (i < in->npkg_vars && !(in->pkg_vars[i].path == path && in->pkg_vars[i].name == name)) i++;
    if (i == (int)(sizeof in->pkg_vars / sizeof in->pkg_vars[0])) i = 0;   // full: reuse the first entry
    else if (i == in->npkg_vars) in->npkg_vars++, in->pkg_vars[i].path = NULL;
    if (in->pkg_vars[i].path != path || in->pkg_vars[i].name != name ||
        (!in->pkg_vars[i].obj && in->pkg_vars[i].nglobals != in->nglobals)) {
        in->pkg_vars[i].path = path;
        in->pkg_vars[i].name = name;
        in->pkg_vars[i].obj = tc_native_obj(in->c, path, name);
        in->pkg_vars[i].nglobals = in->nglobals;
    }
    Obj *o = in->pkg_vars[i].obj;
    if (!o || o->kind != OBJ_VAR || o->slot >= in->nglobals) return NULL;
    return &in->globals[o->slot];
}

// type_ptr, type_basic, type_func: types made for package reflect
// (reflect.New's *T, the uint8 of a string's bytes, a method's type).
static const Type *type_ptr(void *ctx, const Type *elem) {
    return tc_pointer(((Interp *)ctx)->c, (Type *)elem);
}

static const Type *type_slice(void *ctx, const Type *elem) {
    return tc_slice(((Interp *)ctx)->c, (Type *)elem);
}

static const Type *type_map(void *ctx, const Type *key, const Type *elem) {
    return tc_map(((Interp *)ctx)->c, (Type *)key, (Type *)elem);
}

static const Type *type_chan(void *ctx, const Type *elem, int dir) {
    return tc_chan(((Interp *)ctx)->c, (Type *)elem, dir);
}

static const Type *type_array(void *ctx, const Type *elem, int64_t len) {
    return tc_array(((Interp *)ctx)->c, (Type *)elem, len);
}

static const Type *type_basic(void *ctx, int kind) {
    Checker *c = ((Interp *)ctx)->c;
    return kind > KIND_INVALID && kind < KIND__COUNT ? c->u.types[kind] : NULL;
}

static const Type *type_func(void *ctx, const Type *const *params, int np, const Type *const *results, int nr,
                             bool variadic) {
    return tc_func(((Interp *)ctx)->c, (Type **)params, np, (Type **)results, nr, variadic);
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
    RtHooks hooks = {.ctx = in, .print_frames = eval_print_frames, .call_string_method = call_string_method,
                     .call_func = call_func, .call_method = call_method, .pkg_type = pkg_type,
                     .native_func = native_func, .pkg_var = pkg_var,
                     .type_ptr = type_ptr, .type_slice = type_slice, .type_map = type_map, .type_chan = type_chan, .type_array = type_array,
                     .type_basic = type_basic, .type_func = type_func,
                     .capture_trace = eval_capture_trace, .caller = eval_caller};
    in->rt = rt_new(&cfg, &hooks);
    if (in->rt) in->stack_limit = rt_stack_limit_addr(in->rt);
    return in->rt;
}

// RunExit: where interp_run's return_status mode lands (rt_on_exit).
typedef struct RunExit {
    jmp_buf jb;
    Runtime *rt;
    pthread_t thread;
    int code;
} RunExit;

static bool run_exit(void *ctx, int code, RtExitWhy why) {
    RunExit *ex = ctx;
    (void)why;
    if (!pthread_equal(pthread_self(), ex->thread)) return false;   // the collector's thread: exit
    ex->code = code;
    rt_leave(ex->rt, ex->jb);
}

// absolute_path: path made absolute against the working directory (as go
// run names the file in runtime.Caller), malloc'ed.
static char *absolute_path(const char *path) {
    char *abs = realpath(path, NULL);
    if (abs) return abs;
    char *cwd = getcwd(NULL, 0);
    if (path[0] == '/' || !cwd) {
        free(cwd);
        abs = strdup(path);
    } else if (asprintf(&abs, "%s/%s", cwd, path) < 0) {
        abs = NULL;
    }
    free(cwd);
    if (!abs) abort();
    return abs;
}

// run_program runs a checked program on a fresh runtime: exits the
// process, or returns the status when opt->return_status.
static int run_program(const RunOptions *opt, Checker *c) {
    Interp in;
    memset(&in, 0, sizeof in);
    in.c = c;
    in.filename = opt->filename;
    const char *slash = strrchr(opt->filename, '/');
    if (slash) in.filename = slash + 1;
    in.abs_filename = absolute_path(opt->filename);
    if (!interp_new_runtime(&in, opt->argc, opt->argv)) {
        fprintf(stderr, "fatal error: runtime: out of memory\n");
        return 2;
    }
    rt_set_limits(in.rt, opt->max_safepoints, opt->max_heap);
    in.nglobals = c->nglobals;
    in.globals = calloc((size_t)(c->nglobals + 1), sizeof(Value));
    if (!in.globals) abort();
    gc_add_global_root(in.rt, in.globals, (size_t)(c->nglobals + 1) * sizeof(Value));
    MainArgs ma = {&in};
    if (!opt->return_status) {
        rt_run_main(in.rt, run_main, &ma);
        rt_exit(in.rt, 0);
    }
    RunExit *ex = calloc(1, sizeof *ex);
    if (!ex) abort();
    ex->rt = in.rt;
    ex->thread = pthread_self();
    rt_on_exit(in.rt, run_exit, ex);
    if (setjmp(ex->jb) == 0) {
        rt_run_main(in.rt, run_main, &ma);
        rt_exit(in.rt, 0);
    }
    rt_left(in.rt);
    int code = ex->code;
    free(ex);
    rt_free(in.rt);
    free(in.globals);
    eval_interp_free(&in);
    sb_free(&in.trace);
    free(in.abs_filename);
    return code;
}

// FRONTEND_STACK: the parser builds and the checker walks the AST
// recursively; Go accepts a 40,000-term sum or 3,000 nested function
// literals, so they run on a thread with this much stack (reserved, not
// committed), bounded by the parser's PARSE_MAX_DEPTH.
#define FRONTEND_STACK ((size_t)1 << 30)

typedef struct FrontEnd {
    const RunOptions *opt;
    Arena *arena;
    Checker *c;               // NULL after errors (printed)
    int code;                 // the exit status after errors
} FrontEnd;

// front_end parses and checks fe->opt's program, printing its errors.
static void *front_end(void *arg) {
    FrontEnd *fe = arg;
    const RunOptions *opt = fe->opt;
    Diags d = {opt->filename, 0};
    int nerr = 0;
    AstFile *file = parse_file(fe->arena, opt->filename, opt->src, opt->len, syntax_error, &d, &nerr);
    if (nerr) {
        if (d.n > 10) fprintf(stderr, "%s: too many errors\n", opt->filename);
        return NULL;
    }
    Checker *c = tc_new(fe->arena, opt->filename);
    if (tc_check_file(c, file) > 0) {
        tc_print_errors(c, stderr);
        fe->code = tc_exit_status(c);
        tc_free(c);
        return NULL;
    }
    fe->c = c;
    return NULL;
}

// on_big_stack runs fn(arg) on a thread with FRONTEND_STACK bytes of
// stack (on this thread when no such thread can be made).
static void on_big_stack(void *(*fn)(void *), void *arg) {
    pthread_attr_t attr;
    pthread_t t;
    bool made = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, FRONTEND_STACK) == 0 &&
                pthread_create(&t, &attr, fn, arg) == 0;
    pthread_attr_destroy(&attr);
    if (made) pthread_join(t, NULL);
    else fn(arg);
}

// SMALL_SOURCE: a program this short nests at most a few thousand levels
// deep, which the main thread's stack (8 MiB by default) holds: it is
// parsed and checked there, saving the thread's start-up.
#if defined(GOSUB_ASAN) || defined(GOSUB_TSAN)
#define SMALL_SOURCE ((size_t)2 << 10)   // sanitizers' frames are several times larger
#else
#define SMALL_SOURCE ((size_t)16 << 10)
#endif

static bool main_stack_enough(void) {
    struct rlimit rl;
    return getrlimit(RLIMIT_STACK, &rl) == 0 && (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= ((rlim_t)8 << 20));
}

int interp_run(const RunOptions *opt) {
    FrontEnd fe = {.opt = opt, .arena = arena_new(), .code = 2};
    if (opt->len <= SMALL_SOURCE && main_stack_enough()) front_end(&fe);
    else on_big_stack(front_end, &fe);
    int code = fe.code;
    if (fe.c) {
        code = run_program(opt, fe.c);
        tc_free(fe.c);
    }
    arena_free(fe.arena);
    return code;
}
