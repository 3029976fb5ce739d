// pkg_state.c - what built-in packages need beyond their tables: their
// package-level state (flag.CommandLine, log's standard logger, os/signal's
// registrations) in Runtime.pkg_state, a GC root; Go func values that call
// C functions; the program's view of a package variable; and calling a
// table function by name (time.Unix for os's ModTime...); waiting for
// the OS without stopping the other goroutines.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"
#include "sched_internal.h"

void **rt_pkg_state(Runtime *rt, RtPkgState which) {
    if (!rt->pkg_state_root) {
        rt->pkg_state_root = true;
        gc_add_root(rt, rt->pkg_state, sizeof rt->pkg_state);
    }
    return &rt->pkg_state[which];
}

void *rt_native_func(Runtime *rt, NativeFn fn, const Value *recv) {
    if (!rt->hooks.native_func)
        rt_fatal(rt, "no interpreter to make a func value");
    return rt->hooks.native_func(rt->hooks.ctx, fn, recv);
}

Value *rt_pkg_var(Runtime *rt, const char *path, const char *name) {
    return rt->hooks.pkg_var ? rt->hooks.pkg_var(rt->hooks.ctx, path, name) : NULL;
}

NativeFn rt_native_fn(const char *pkg, const char *name) {
    const NativePkg *p = rt_find_package(pkg);
    for (int i = 0; p && i < p->nfuncs; i++)
        if (strcmp(p->funcs[i].name, name) == 0)
            return p->funcs[i].fn;
    return NULL;
}

void rt_native_call(Runtime *rt, const char *pkg, const char *name, Value *args, Value *res) {
    NativeFn fn = rt_native_fn(pkg, name);
    if (!fn)
        rt_fatal(rt, "%s.%s: package function missing", pkg, name);
    fn(rt, args, res);
}

bool rt_others_may_run(Runtime *rt) { return rt_num_goroutine(rt) > 1 || (rt->sched && (rt->sched->timers.n > 0 || rt->sched->sleeps.n > 0)); }

enum { IDLE_MIN_NS = 50 * 1000, IDLE_MAX_NS = 10 * 1000 * 1000 };

void rt_idle_wait(Runtime *rt, int64_t *backoff) {
    if (*backoff < IDLE_MIN_NS)
        *backoff = IDLE_MIN_NS;
    rt_sleep(rt, *backoff);
    *backoff = *backoff * 2 > IDLE_MAX_NS ? IDLE_MAX_NS : *backoff * 2;
}
