// pkg_context.c - package context: Background, TODO, WithCancel,
// WithDeadline, WithTimeout, WithValue, Canceled, DeadlineExceeded, after
// Go 1.19's context.go: cancelling a context closes its Done channel,
// records its error and cancels its children; a child of an already
// cancelled parent is cancelled at once; a deadline later than the
// parent's is the parent's.
//
// Every context made here is one Go struct (the kind says which of Go's
// cancelCtx / timerCtx / valueCtx it plays): "struct { kind int; parent
// Context; done chan struct{}; err error; children []*ctx; deadline int64;
// key interface{}; val interface{} }" (deadline in Unix nanoseconds, 0:
// none). A deadline is kept by a goroutine sleeping until it (C code on
// its own green stack); a parent of a program-defined Context type is
// watched by a goroutine waiting on its Done channel, as Go's
// propagateCancel does. CancelFunc values are the C cancel method bound
// to the context (RtHooks.native_func).
#include <string.h>
#include <time.h>

#include "internal.h"
#include "pkg_internal.h"

typedef enum { CTX_CANCEL, CTX_TIMER, CTX_VALUE } CtxKind;

typedef struct Ctx {
    int64_t kind;
    GoIface parent;
    GoChan *done;
    GoIface err;
    GoSlice children;
    int64_t deadline;
    GoIface key, val;
} Ctx;

static const GoIface no_error = {NULL, NULL};
static const GoString err_canceled = {(const uint8_t *)"context canceled", 16};

static const Type *ctx_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, "context", name, ptr);
    if (!t)
        rt_fatal(rt, "context.%s: package type missing", name);
    return t;
}

static GoIface deadline_exceeded(Runtime *rt) {
    const Type *t = ctx_type(rt, "deadlineExceededError", false);
    return rt_iface_box(rt, t, rt_zero_value(rt, t));
}

static bool is_ctx(Runtime *rt, GoIface c) { return c.type && c.type == ctx_type(rt, "ctx", true) && c.data; }

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// ---- cancelling ------------------------------------------------------------------------

static void cancel(Runtime *rt, Ctx *c, GoIface err) {
    if (c->err.type)
        return;
    rt_store(rt, &rt_ptype_error, &c->err, (Value){.e = err});
    if (c->done)
        rt_chan_close(rt, c->done);
    GoSlice kids = c->children;
    rt_store(rt, &rt_ptype_bytes, &c->children, (Value){.sl = (GoSlice){NULL, 0, 0}});
    for (uint32_t i = 0; i < kids.len; i++)
        cancel(rt, ((Ctx **)kids.ptr)[i], err);
}

// done_of / err_of: parent.Done() and parent.Err() of any Context.
static GoChan *done_of(Runtime *rt, GoIface c) {
    if (!c.type)
        return NULL;
    if (is_ctx(rt, c)) {
        Ctx *x = c.data;
        return x->kind == CTX_VALUE ? done_of(rt, x->parent) : x->done;
    }
    Value r[1];
    r[0].p = NULL;
    rt_call_method(rt, c, "Done", NULL, 0, r);
    return r[0].p;
}

static GoIface err_of(Runtime *rt, GoIface c) {
    if (!c.type)
        return no_error;
    if (is_ctx(rt, c)) {
        Ctx *x = c.data;
        return x->kind == CTX_VALUE ? err_of(rt, x->parent) : x->err;
    }
    Value r[1];
    r[0].e = no_error;
    rt_call_method(rt, c, "Err", NULL, 0, r);
    return r[0].e;
}

// watch_parent: the goroutine of a child of a program-defined Context:
// cancels the child when the parent is done (or ends when the child is).
static void watch_parent(Runtime *rt, void *arg) {
    Ctx *c = arg;
    GoChan *pd = done_of(rt, c->parent);
    RtSelectCase cs[2] = {{.c = pd}, {.c = c->done}};
    if (rt_select(rt, cs, 2, false) == 0)
        cancel(rt, c, err_of(rt, c->parent));
}

// propagate: Go's propagateCancel: tie c to its nearest cancellable ancestor.
static void propagate(Runtime *rt, Ctx *c) {
    GoIface p = c->parent;
    while (is_ctx(rt, p) && ((Ctx *)p.data)->kind == CTX_VALUE)
        p = ((Ctx *)p.data)->parent;
    if (is_ctx(rt, p)) {
        Ctx *a = p.data;
        if (a->err.type) {
            cancel(rt, c, a->err);
            return;
        }
        GoSlice kids = rt_append(rt, ctx_type(rt, "ctx", true), a->children, &c, 1);
        rt_store(rt, &rt_ptype_bytes, &a->children, (Value){.sl = kids});
        return;
    }
    GoChan *pd = done_of(rt, p);
    if (!pd)
        return;   // Background, TODO, or a context that is never done
    GoIface e = err_of(rt, p);
    if (e.type) {
        cancel(rt, c, e);
        return;
    }
    rt_go(rt, watch_parent, c);
}

static Ctx *new_ctx(Runtime *rt, CtxKind kind, GoIface parent) {
    if (!parent.type)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                  (Value){.s = rt_string_from_c(rt, "cannot create context from nil parent", 37)}));
    Ctx *c = rt_alloc(rt, ctx_type(rt, "ctx", false));
    c->kind = kind;
    rt_store(rt, &rt_ptype_error, &c->parent, (Value){.e = parent});
    if (kind != CTX_VALUE) {
        const Type *dt = ctx_type(rt, "ctx", false)->underlying->fields[2].type;
        gc_write_ptr(rt, (void **)&c->done, rt_chan_new(rt, dt, 0));
    }
    return c;
}

static void cancel_method(Runtime *rt, Value *a, Value *res) {
    (void)res;
    cancel(rt, a[0].p, rt_error_static(&err_canceled));
}

static void with_cancel_result(Runtime *rt, Ctx *c, Value *res) {
    res[0].e = (GoIface){ctx_type(rt, "ctx", true), c};
    Value recv;
    recv.w[1] = 0;
    recv.p = c;
    res[1].w[1] = 0;
    res[1].p = rt_native_func(rt, cancel_method, &recv);
}

void rt_context_with_cancel(Runtime *rt, GoIface parent, Value *res) {
    Ctx *c = new_ctx(rt, CTX_CANCEL, parent);
    propagate(rt, c);
    with_cancel_result(rt, c, res);
}

void rt_context_cancel(Runtime *rt, GoIface ctx) {
    if (is_ctx(rt, ctx))
        cancel(rt, ctx.data, rt_error_static(&err_canceled));
}

GoChan *rt_context_done(Runtime *rt, GoIface ctx) { return done_of(rt, ctx); }

static void ctx_with_cancel(Runtime *rt, Value *a, Value *res) {
    Ctx *c = new_ctx(rt, CTX_CANCEL, a[0].e);
    propagate(rt, c);
    with_cancel_result(rt, c, res);
}

// deadline_of: the deadline of any Context in Unix ns (false: none).
static bool deadline_of(Runtime *rt, GoIface c, int64_t *ns) {
    if (!c.type)
        return false;
    if (is_ctx(rt, c)) {
        Ctx *x = c.data;
        if (x->kind == CTX_TIMER) {
            *ns = x->deadline;
            return true;
        }
        return deadline_of(rt, x->parent, ns);
    }
    Value r[2];
    r[1].w[0] = r[1].w[1] = 0;
    if (!rt_call_method(rt, c, "Deadline", NULL, 0, r) || !r[1].b)
        return false;
    Value un[1];
    rt_native_call(rt, "time", "Time.UnixNano", r, un);
    *ns = un[0].i;
    return true;
}

static void timer_wait(Runtime *rt, void *arg) {
    Ctx *c = arg;
    int64_t left = c->deadline - now_ns();
    if (left > 0)
        rt_sleep(rt, left);
    cancel(rt, c, deadline_exceeded(rt));
}

static void with_deadline_ns(Runtime *rt, GoIface parent, int64_t d, Value *res) {
    int64_t cur;
    if (deadline_of(rt, parent, &cur) && cur < d) {
        Value a[1];
        a[0].e = parent;
        ctx_with_cancel(rt, a, res);
        return;
    }
    Ctx *c = new_ctx(rt, CTX_TIMER, parent);
    c->deadline = d;
    propagate(rt, c);
    if (d - now_ns() <= 0)
        cancel(rt, c, deadline_exceeded(rt));
    else if (!c->err.type)
        rt_go(rt, timer_wait, c);
    with_cancel_result(rt, c, res);
}

static void ctx_with_deadline(Runtime *rt, Value *a, Value *res) {
    Value un[1];
    rt_native_call(rt, "time", "Time.UnixNano", a + 1, un);
    with_deadline_ns(rt, a[0].e, un[0].i, res);
}

static void ctx_with_timeout(Runtime *rt, Value *a, Value *res) { with_deadline_ns(rt, a[0].e, now_ns() + a[1].i, res); }

static void ctx_with_value(Runtime *rt, Value *a, Value *res) {
    if (!a[1].e.type)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, (Value){.s = rt_string_from_c(rt, "nil key", 7)}));
    Ctx *c = new_ctx(rt, CTX_VALUE, a[0].e);
    rt_store(rt, &rt_ptype_error, &c->key, a[1]);
    rt_store(rt, &rt_ptype_error, &c->val, a[2]);
    res[0].e = (GoIface){ctx_type(rt, "ctx", true), c};
}

// ---- the Context methods ------------------------------------------------------------------

static Ctx *ctx_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void time_of(Runtime *rt, bool ok, int64_t ns, Value *res) {
    Value a[2];
    if (ok) {
        a[0].i = ns / 1000000000;
        a[1].i = ns % 1000000000;
        rt_native_call(rt, "time", "Unix", a, res);
    } else {
        res[0] = rt_zero_value(rt, rt_pkg_type(rt, "time", "Time", false));
    }
    res[1].w[1] = 0;
    res[1].u = ok;
}

static void m_deadline(Runtime *rt, Value *a, Value *res) {
    int64_t ns = 0;
    bool ok = deadline_of(rt, (GoIface){ctx_type(rt, "ctx", true), ctx_of(rt, a[0])}, &ns);
    time_of(rt, ok, ns, res);
}

static void m_done(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].p = done_of(rt, (GoIface){ctx_type(rt, "ctx", true), ctx_of(rt, a[0])});
}

static void m_err(Runtime *rt, Value *a, Value *res) {
    res[0].e = err_of(rt, (GoIface){ctx_type(rt, "ctx", true), ctx_of(rt, a[0])});
}

static GoIface value_of(Runtime *rt, GoIface c, GoIface key) {
    while (is_ctx(rt, c)) {
        Ctx *x = c.data;
        if (x->kind == CTX_VALUE && x->key.type == key.type && rt_equal(rt, &rt_ptype_error, &x->key, &key))
            return x->val;
        c = x->parent;
    }
    if (!c.type || c.type == ctx_type(rt, "emptyCtx", false))
        return no_error;
    Value arg[1], r[1];
    arg[0].e = key;
    r[0].e = no_error;
    rt_call_method(rt, c, "Value", arg, 1, r);
    return r[0].e;
}

static void m_value(Runtime *rt, Value *a, Value *res) {
    res[0].e = value_of(rt, (GoIface){ctx_type(rt, "ctx", true), ctx_of(rt, a[0])}, a[1].e);
}

static void e_deadline(Runtime *rt, Value *a, Value *res) { (void)a; time_of(rt, false, 0, res); }
static void e_done(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].w[1] = 0; res[0].p = NULL; }
static void e_err(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].e = no_error; }
static void e_value(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].e = no_error; }
static void e_string(Runtime *rt, Value *a, Value *res) {
    const char *s = a[0].i == 0 ? "context.Background" : "context.TODO";
    res[0].s = rt_string_from_c(rt, s, strlen(s));
}

static void empty(Runtime *rt, Value *res, int64_t which) {
    res[0].e = (GoIface){ctx_type(rt, "emptyCtx", false), (void *)(intptr_t)which};
}
static void ctx_background(Runtime *rt, Value *a, Value *res) { (void)a; empty(rt, res, 0); }
static void ctx_todo(Runtime *rt, Value *a, Value *res) { (void)a; empty(rt, res, 1); }

static void dl_error(Runtime *rt, Value *a, Value *res) {
    (void)a;
    res[0].s = rt_string_from_c(rt, "context deadline exceeded", 25);
}
static void dl_true(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].w[1] = 0; res[0].u = 1; }

static void var_canceled(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_canceled); }
static void var_deadline_exceeded(Runtime *rt, Value *out) { out->e = deadline_exceeded(rt); }

static const NativeFunc context_funcs[] = {
    {"Background", "func() Context", ctx_background},
    {"TODO", "func() Context", ctx_todo},
    {"WithCancel", "func(parent Context) (ctx Context, cancel CancelFunc)", ctx_with_cancel},
    {"WithDeadline", "func(parent Context, d time.Time) (Context, CancelFunc)", ctx_with_deadline},
    {"WithTimeout", "func(parent Context, timeout time.Duration) (Context, CancelFunc)", ctx_with_timeout},
    {"WithValue", "func(parent Context, key, val interface{}) Context", ctx_with_value},
    {"(*ctx).Deadline", "func() (deadline time.Time, ok bool)", m_deadline},
    {"(*ctx).Done", "func() <-chan struct{}", m_done},
    {"(*ctx).Err", "func() error", m_err},
    {"(*ctx).Value", "func(key interface{}) interface{}", m_value},
    {"(*ctx).cancel", "func()", cancel_method},
    {"emptyCtx.Deadline", "func() (deadline time.Time, ok bool)", e_deadline},
    {"emptyCtx.Done", "func() <-chan struct{}", e_done},
    {"emptyCtx.Err", "func() error", e_err},
    {"emptyCtx.Value", "func(key interface{}) interface{}", e_value},
    {"emptyCtx.String", "func() string", e_string},
    {"deadlineExceededError.Error", "func() string", dl_error},
    {"deadlineExceededError.Timeout", "func() bool", dl_true},
    {"deadlineExceededError.Temporary", "func() bool", dl_true},
};

static const NativeType context_types[] = {
    {"Context", "interface { Deadline() (deadline time.Time, ok bool); Done() <-chan struct{}; Err() error; "
                "Value(key interface{}) interface{} }"},
    {"CancelFunc", "func()"},
    {"emptyCtx", "int"},
    {"deadlineExceededError", "struct {}"},
    {"ctx", "struct { kind int; parent Context; done chan struct{}; err error; children []*ctx; deadline int64; "
            "key interface{}; val interface{} }"},
};

static const NativeVar context_vars[] = {
    {"Canceled", "error", var_canceled},
    {"DeadlineExceeded", "error", var_deadline_exceeded},
};

static const char *const context_imports[] = {"time", NULL};

const NativePkg rt_pkg_context = {
    .path = "context", .name = "context",
    .funcs = context_funcs, .nfuncs = sizeof context_funcs / sizeof context_funcs[0],
    .types = context_types, .ntypes = sizeof context_types / sizeof context_types[0],
    .vars = context_vars, .nvars = sizeof context_vars / sizeof context_vars[0],
    .imports = context_imports,
};
