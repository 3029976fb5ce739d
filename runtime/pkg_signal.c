// pkg_signal.c - package os/signal: Notify, Stop, Ignore, Ignored, Reset.
//
// A signal handler gets no context, so the signals that arrived are noted
// in one process-wide atomic bit set (pending): the only state of gosub
// outside its Runtime, and the reason this file exists apart. A watcher
// goroutine (started by the first Notify, C code on its own green stack)
// takes the set every few milliseconds and sends each signal to every
// channel registered for it without blocking, as Go's signal loop does
// (a full channel misses the signal). The registrations live in the
// runtime's package state: "struct { chans []chan<- os.Signal; masks
// []uint64; watching bool }".
#include <signal.h>
#include <stdatomic.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

enum { WATCH_NS = 5 * 1000 * 1000 };

static _Atomic uint64_t pending;

static void on_signal(int sig) { atomic_fetch_or(&pending, (uint64_t)1 << sig); }

typedef struct Handlers { GoSlice chans, masks; bool watching; uint64_t ignored; } Handlers;

static const Type *sig_type(Runtime *rt, const char *pkg, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, pkg, name, ptr);
    if (!t)
        rt_fatal(rt, "%s.%s: package type missing", pkg, name);
    return t;
}

static Handlers *handlers(Runtime *rt) {
    void **slot = rt_pkg_state(rt, RT_PKG_STATE_SIGNAL);
    if (!*slot)
        gc_write_ptr(rt, slot, rt_alloc(rt, sig_type(rt, "os/signal", "handlers", false)));
    return *slot;
}

static uint64_t wanted(Handlers *h) {
    uint64_t m = 0;
    for (uint32_t i = 0; i < h->masks.len; i++)
        m |= ((uint64_t *)h->masks.ptr)[i];
    return m;
}

static void deliver(Runtime *rt, Handlers *h, int sig) {
    Value v;
    rt_os_signal_value(rt, &v, sig);
    for (uint32_t i = 0; i < h->chans.len; i++) {
        if (!(((uint64_t *)h->masks.ptr)[i] & ((uint64_t)1 << sig)))
            continue;
        GoIface e = v.e;
        RtSelectCase c = {.c = ((GoChan **)h->chans.ptr)[i], .elem = &e, .send = true};
        rt_select(rt, &c, 1, true);
    }
}

// watch: the watcher goroutine; it ends when no channel is registered.
static void watch(Runtime *rt, void *arg) {
    (void)arg;
    for (;;) {
        Handlers *h = handlers(rt);
        if (h->chans.len == 0) {
            h->watching = false;
            return;
        }
        uint64_t got = atomic_exchange(&pending, 0);
        for (int sig = 1; sig < 64; sig++)
            if (got & ((uint64_t)1 << sig))
                deliver(rt, h, sig);
        rt_sleep(rt, WATCH_NS);
    }
}

static void set_action(int sig, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, NULL);
}

// sig_mask: the signals of a ...os.Signal argument (all catchable ones when empty).
static uint64_t sig_mask(GoSlice sigs) {
    uint64_t m = 0;
    for (uint32_t i = 0; i < sigs.len; i++) {
        GoIface s = ((GoIface *)sigs.ptr)[i];
        int n = (int)(intptr_t)s.data;
        if (n > 0 && n < 64)
            m |= (uint64_t)1 << n;
    }
    if (sigs.len == 0) {
        static const int all[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
                                  SIGCHLD, SIGWINCH, SIGTSTP, SIGCONT, SIGTTIN, SIGTTOU};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            m |= (uint64_t)1 << all[i];
    }
    return m;
}

static void signal_notify(Runtime *rt, Value *a, Value *res) {
    (void)res;
    if (!a[0].p)
        rt_panic_plain(rt, "os/signal: Notify using nil channel");
    Handlers *h = handlers(rt);
    uint64_t m = sig_mask(a[1].sl);
    h->ignored &= ~m;   // Go's signal_enable
    for (int sig = 1; sig < 64; sig++)
        if (m & ((uint64_t)1 << sig))
            set_action(sig, on_signal);
    uint32_t i = 0;
    while (i < h->chans.len && ((GoChan **)h->chans.ptr)[i] != a[0].p)
        i++;
    if (i == h->chans.len) {
        GoSlice c = rt_append(rt, sig_type(rt, "os/signal", "sigChan", false), h->chans, &a[0].p, 1);
        uint64_t zero = 0;
        GoSlice mk = rt_append(rt, sig_type(rt, "os/signal", "sigMask", false), h->masks, &zero, 1);
        rt_store(rt, &rt_ptype_bytes, &h->chans, (Value){.sl = c});
        rt_store(rt, &rt_ptype_bytes, &h->masks, (Value){.sl = mk});
    }
    ((uint64_t *)h->masks.ptr)[i] |= m;
    if (!h->watching) {
        h->watching = true;
        static const RtGoOrigin origin = {"os/signal.Notify.func1", "/usr/lib/go-1.19/src/os/signal/signal.go", 151, 0x5c};
        rt_go_at(rt, watch, NULL, &origin);
    }
}

static void restore_unwanted(Handlers *h, uint64_t before) {
    uint64_t now = wanted(h);
    for (int sig = 1; sig < 64; sig++)
        if ((before & ((uint64_t)1 << sig)) && !(now & ((uint64_t)1 << sig)))
            set_action(sig, SIG_DFL);
}

static void signal_stop(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Handlers *h = handlers(rt);
    uint64_t before = wanted(h);
    for (uint32_t i = 0; i < h->chans.len; i++) {
        if (((GoChan **)h->chans.ptr)[i] != a[0].p)
            continue;
        GoChan **cs = h->chans.ptr;
        uint64_t *ms = h->masks.ptr;
        rt_typedmemmove(rt, sig_type(rt, "os/signal", "sigChan", false), cs + i, cs + i + 1, h->chans.len - i - 1);
        memmove(ms + i, ms + i + 1, (h->masks.len - i - 1) * sizeof *ms);
        gc_write_ptr(rt, (void **)&cs[h->chans.len - 1], NULL);
        h->chans.len--;
        h->masks.len--;
        break;
    }
    restore_unwanted(h, before);
}

static void set_all(GoSlice sigs, void (*fn)(int)) {
    uint64_t m = sig_mask(sigs);
    for (int sig = 1; sig < 64; sig++)
        if (m & ((uint64_t)1 << sig))
            set_action(sig, fn);
}

static void signal_ignore(Runtime *rt, Value *a, Value *res) {
    (void)res;
    handlers(rt)->ignored |= sig_mask(a[0].sl);
    set_all(a[0].sl, SIG_IGN);
}

// signal_ignored: Ignored(sig): Ignore named it and no Notify did since
// (Go's sig.ignored bits: Reset and Stop leave them).
static void signal_ignored(Runtime *rt, Value *a, Value *res) {
    int n = (int)(intptr_t)a[0].e.data;
    res[0] = (Value){.w = {0, 0}};
    res[0].b = a[0].e.type && n > 0 && n < 64 && (handlers(rt)->ignored >> n & 1);
}

static void signal_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Handlers *h = handlers(rt);
    uint64_t m = sig_mask(a[0].sl);
    for (uint32_t i = 0; i < h->masks.len; i++)
        ((uint64_t *)h->masks.ptr)[i] &= ~m;
    set_all(a[0].sl, SIG_DFL);
}

// ---- NotifyContext ---------------------------------------------------------------------

// signalCtx: "struct { ctx context.Context; c chan os.Signal }": the
// context NotifyContext returns, whose Context methods forward to ctx.
typedef struct SignalCtx { GoIface ctx; GoChan *c; } SignalCtx;

static void stop_notify(Runtime *rt, SignalCtx *sc) {
    Value a[1], r[1];
    a[0].w[1] = 0;
    a[0].p = sc->c;
    signal_stop(rt, a, r);
    rt_context_cancel(rt, sc->ctx);
}

// notify_wait: the goroutine of NotifyContext: a signal (or the end of the
// context) cancels the context and stops the notification.
static void notify_wait(Runtime *rt, void *arg) {
    SignalCtx *sc = arg;
    GoIface sig;
    RtSelectCase cs[2] = {{.c = sc->c, .elem = &sig}, {.c = rt_context_done(rt, sc->ctx)}};
    rt_select(rt, cs, 2, false);
    stop_notify(rt, sc);
}

static void stop_method(Runtime *rt, Value *a, Value *res) {
    (void)res;
    stop_notify(rt, a[0].p);
}

static void forward(Runtime *rt, Value *a, Value *res, const char *name, int nargs) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    rt_call_method(rt, ((SignalCtx *)a[0].p)->ctx, name, a + 1, nargs, res);
}

static void sc_deadline(Runtime *rt, Value *a, Value *res) { forward(rt, a, res, "Deadline", 0); }
static void sc_done(Runtime *rt, Value *a, Value *res) { forward(rt, a, res, "Done", 0); }
static void sc_err(Runtime *rt, Value *a, Value *res) { forward(rt, a, res, "Err", 0); }
static void sc_value(Runtime *rt, Value *a, Value *res) { forward(rt, a, res, "Value", 1); }

static void signal_notify_context(Runtime *rt, Value *a, Value *res) {
    Value wc[2];
    rt_context_with_cancel(rt, a[0].e, wc);
    const Type *st = sig_type(rt, "os/signal", "signalCtx", false);
    SignalCtx *sc = rt_alloc(rt, st);
    rt_store(rt, &rt_ptype_error, &sc->ctx, wc[0]);
    gc_write_ptr(rt, (void **)&sc->c, rt_chan_new(rt, st->underlying->fields[1].type, 1));
    Value na[2], nr[1];
    na[0].w[1] = 0;
    na[0].p = sc->c;
    na[1].sl = a[1].sl;
    signal_notify(rt, na, nr);
    rt_go(rt, notify_wait, sc);
    res[0].e = (GoIface){sig_type(rt, "os/signal", "signalCtx", true), sc};
    Value recv;
    recv.w[1] = 0;
    recv.p = sc;
    res[1].w[1] = 0;
    res[1].p = rt_native_func(rt, stop_method, &recv);
}

static const NativeFunc signal_funcs[] = {
    {"NotifyContext", "func(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc)",
     signal_notify_context},
    {"(*signalCtx).stop", "func()", stop_method},
    {"(*signalCtx).Deadline", "func() (deadline time.Time, ok bool)", sc_deadline},
    {"(*signalCtx).Done", "func() <-chan struct{}", sc_done},
    {"(*signalCtx).Err", "func() error", sc_err},
    {"(*signalCtx).Value", "func(key interface{}) interface{}", sc_value},
    {"Notify", "func(c chan<- os.Signal, sig ...os.Signal)", signal_notify},
    {"Stop", "func(c chan<- os.Signal)", signal_stop},
    {"Ignore", "func(sig ...os.Signal)", signal_ignore},
    {"Ignored", "func(sig os.Signal) bool", signal_ignored},
    {"Reset", "func(sig ...os.Signal)", signal_reset},
};

static const NativeType signal_types[] = {
    {"sigChan", "chan<- os.Signal"},
    {"sigMask", "uint64"},
    {"handlers", "struct { chans []sigChan; masks []sigMask; watching bool; ignored uint64 }"},
    {"signalCtx", "struct { ctx context.Context; c chan os.Signal }"},
};

static const char *const signal_imports[] = {"os", "syscall", "context", "time", NULL};

const NativePkg rt_pkg_signal = {
    .path = "os/signal", .name = "signal",
    .funcs = signal_funcs, .nfuncs = sizeof signal_funcs / sizeof signal_funcs[0],
    .types = signal_types, .ntypes = sizeof signal_types / sizeof signal_types[0],
    .imports = signal_imports,
};
