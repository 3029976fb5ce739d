// rt.c - the Runtime's lifetime and the ways out of the process:
// rt_new / rt_free, rt_exit (os.Exit) and rt_fatal (Go's "fatal error").
//
// rt_new builds the heap and records the OS thread's stack so the
// collector can scan it even before rt_run_main switches to the main
// goroutine's own stack.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc_internal.h"

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
    rt->heap->stress_left = rt->cfg.gcstress;
    gc_update_trigger(rt);
    return rt;
}

void rt_free(Runtime *rt) {
    if (!rt)
        return;
    heap_free(rt->heap);
    for (Stack *s = rt->stacks, *n; s; s = n) {
        n = s->next;
        stack_release(s);
        free(s);
    }
    sb_free(&rt->out);
    free(rt);
}

_Noreturn void rt_exit(Runtime *rt, int code) {
    rt_flush(rt);
    exit(code);
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
        fputs("\ngoroutine 1 [running]:\n", stderr);
        rt->hooks.print_frames(rt->hooks.ctx, stderr);
    }
    fflush(stderr);
    exit(2);
}
