// rt.c - the Runtime's lifetime and the ways out of the process:
// rt_new / rt_free, rt_exit (os.Exit) and rt_fatal (Go's "fatal error").
//
// rt_new builds the heap and records the OS thread's stack so the
// collector can scan it even before rt_run_main switches to the main
// goroutine's own stack. It also reads the collector's own GOSUBDEBUG
// options (RtConfig carries gogc, gctrace and gcstress):
//   gcstw=1        every cycle fully stop-the-world (gcstw=0: concurrent)
//   gccheckmark=1  verify each concurrent mark with a stop-the-world re-mark
//   gcpauses=1     print the number, max, p99 and total of the
//                  stop-the-world pauses on stderr at exit
//   gcpauses=2     also one line per pause: wall and thread CPU time, the
//                  root scan's share, voluntary/involuntary context switches
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"
#include "pkg_internal.h"

// GC_CONCURRENT_DEFAULT: 1 = concurrent mark and sweep unless GOSUBDEBUG=gcstw=1.
#ifndef GC_CONCURRENT_DEFAULT
#define GC_CONCURRENT_DEFAULT 1
#endif

// debug_opt: the value of name=V in the comma-separated GOSUBDEBUG, or def.
static int debug_opt(const char *env, const char *name, int def) {
    size_t n = strlen(name);
    for (const char *p = env; p && *p;) {
        if (strncmp(p, name, n) == 0 && p[n] == '=')
            return atoi(p + n + 1);
        p = strchr(p, ',');
        if (p)
            p++;
    }
    return def;
}

static void read_debug_env(Heap *h) {
    const char *env = getenv("GOSUBDEBUG");
    h->dbg_stw = debug_opt(env, "gcstw", !GC_CONCURRENT_DEFAULT) != 0;
    h->dbg_checkmark = debug_opt(env, "gccheckmark", 0) != 0;
    h->dbg_pauses = debug_opt(env, "gcpauses", 0);
}

Runtime *rt_new(const RtConfig *cfg, const RtHooks *hooks) {
    Runtime *rt = calloc(1, sizeof *rt);
    if (!rt)
        return NULL;
    if (cfg)
        rt->cfg = *cfg;
    else
        rt->cfg.gogc = 100;
    if (hooks)
        rt->hooks = *hooks;
    rt->heap = heap_new(rt);
    if (rt->heap)
        read_debug_env(rt->heap);
    Stack *ts = calloc(1, sizeof *ts);
    if (!rt->heap || !ts || !stack_init_thread(rt, ts)) {
        free(ts);
        heap_free(rt->heap);
        free(rt);
        return NULL;
    }
    rt->thread_stack = ts;
    rt->stacks = ts;
    rt->stack_cur = ts;
    rt->stack_lo = (void *)ts->lo;
    rt->stack_hi = (void *)ts->hi;
    rt->stack_limit = ts->limit;
    const char *env = getenv("GOSUBDEBUG");
    if (!rt->cfg.max_safepoints)
        rt->cfg.max_safepoints = (uint64_t)debug_opt(env, "maxsafepoints", 0);
    if (!rt->cfg.max_heap)
        rt->cfg.max_heap = (size_t)debug_opt(env, "maxheap", 0) << 20;
    rt->heap->stress_left = rt->cfg.gcstress;
    gc_update_trigger(rt);
    rt_sigpipe_init();
    return rt;
}

void rt_free(Runtime *rt) {
    if (!rt)
        return;
    gc_concurrent_stop(rt);
    rt_sched_free(rt);
    heap_free(rt->heap);
    for (Stack *s = rt->stacks, *n; s; s = n) {
        n = s->next;
        stack_release(s);
        free(s);
    }
    sb_free(&rt->out);
    free(rt->rand_global);   // math/rand (pkg_rand.c)
    free(rt->time_state);    // package time (time_zone.c); its roots die with the heap
    rt_regexp_free(rt);
    free(rt->re2_api);
    rt_json_free(rt);
    rt_func_table_free(rt);
    free(rt);
}

_Noreturn void rt_stack_overflow(Runtime *rt) {
    rt_flush(rt);
    fputs("runtime: goroutine stack exceeds 1000000000-byte limit\n", stderr);   // as the evaluator's
    rt_fatal(rt, "%s", "stack overflow");
}

void rt_set_limits(Runtime *rt, uint64_t max_safepoints, size_t max_heap) {
    if (max_safepoints)
        rt->cfg.max_safepoints = max_safepoints;
    if (max_heap)
        rt->cfg.max_heap = max_heap;
}

void rt_on_exit(Runtime *rt, bool (*fn)(void *ctx, int code, RtExitWhy why), void *ctx) {
    rt->exit_fn = fn;
    rt->exit_ctx = ctx;
}

void rt_exit_why(Runtime *rt, int code, RtExitWhy why) {
    rt_flush(rt);
    if (rt && rt->exit_fn && rt->exit_fn(rt->exit_ctx, code, why) && why == RT_EXIT_DEADLOCK)
        return;
    if (rt)
        gc_print_pauses(rt);
    exit(code);
}

_Noreturn void rt_exit(Runtime *rt, int code) {
    rt_exit_why(rt, code, RT_EXIT_NORMAL);
    exit(code);
}

// ---- tracebacks ----
// Go prints at most 100 frames of a goroutine (_TracebackMaxFrames), then
// "...additional frames elided...". A frame is a line not starting with a
// tab (the function) and the tab-indented lines after it (file:line).
enum { TRACE_MAX_FRAMES = 100 };

typedef struct TraceLimit {
    FILE *to;
    int frames;
    bool line_start;
} TraceLimit;

static ssize_t trace_write(void *cookie, const char *buf, size_t n) {
    TraceLimit *tl = cookie;
    for (size_t i = 0; i < n; i++) {
        if (tl->line_start && buf[i] != '\t' && ++tl->frames == TRACE_MAX_FRAMES + 1)
            fputs("...additional frames elided...\n", tl->to);
        tl->line_start = buf[i] == '\n';
        if (tl->frames <= TRACE_MAX_FRAMES)
            fputc(buf[i], tl->to);
    }
    return (ssize_t)n;
}

void rt_print_frames(Runtime *rt, FILE *f) {
    if (!rt->hooks.print_frames)
        return;
    TraceLimit tl = {f, 0, true};
    cookie_io_functions_t io = {.write = trace_write};
    FILE *lim = fopencookie(&tl, "w", io);
    if (!lim) {
        rt->hooks.print_frames(rt->hooks.ctx, f);
        return;
    }
    rt->hooks.print_frames(rt->hooks.ctx, lim);
    fclose(lim);
    fflush(f);
}

_Noreturn void rt_fatal(Runtime *rt, const char *fmt, ...) {
    if (rt)
        rt_flush(rt);
    fputs("fatal error: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (rt && rt->hooks.print_frames) {
        fprintf(stderr, "\ngoroutine %lld [running]:\n", (long long)rt_goroutine_id(rt));
        rt_print_frames(rt, stderr);
        rt_print_created_by(rt, stderr);
    }
    fflush(stderr);
    if (rt)
        rt_exit_why(rt, 2, RT_EXIT_FATAL);
    exit(2);
}
