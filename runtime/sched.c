// sched.c - the goroutine scheduler: green threads on the main OS thread.
//
// Each goroutine (G) runs on its own C stack (stack.c's Stack and switch).
// Goroutine 1 is the main goroutine on rt_run_main's stack; the others
// start on 128 KiB stacks cut from chunks (stack_seg.c; MAP_NORESERVE:
// pages are committed on first touch), and a call that finds its small
// stack used up continues on a big segment (stack_seg.c). Dead
// goroutines' stacks are reused, most recently used first (their pages
// are still committed: no fault); once TRIM_AT idle stacks hold pages,
// all but the KEEP_DIRTY most recently used give them back (madvise over
// runs of adjacent stacks: few system calls and TLB flushes). A goroutine
// that parks costs about one page of stack (~2 KiB used) plus its G,
// Stack and heap objects, and a sixteenth of a page-table page: ~4.7 KB
// resident measured with 100,000 parked (8.7 KB when every stack
// reserved 64 MiB: a page-table page each). With KEEP_DIRTY at 64,
// spawning and joining a million goroutines (the evaluator runs ~1,000
// between preemptions) spent 60% of its time in page faults and madvise.
//
// Scheduling: a FIFO run queue. A goroutine runs until it parks (channel,
// select, semaphore, sleep), yields (runtime.Gosched) or is preempted at a
// safepoint (rt_preempt, called by the evaluator every few thousand calls
// and loop iterations). When nothing is runnable the scheduler sleeps
// until the next timer; with no timer left every goroutine is blocked for
// good: Go's "all goroutines are asleep - deadlock!".
//
// On a switch the running G saves, on its own stack, the interpreter's
// per-goroutine state (RtGoHooks) and the runtime's panic state; both are
// restored when it resumes. The saved buffers are therefore scanned with
// the stack by the collector.
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "sched_internal.h"

#ifdef GOSUB_ASAN
#include <sanitizer/asan_interface.h>
#endif

#define KEEP_DIRTY 4096            // idle stacks kept committed
#define TRIM_AT 8192               // idle committed stacks that trigger trim_free
#define FIRST_GO_ID 18             // Go 1.19's first user goroutine id (runtime ones before)

int64_t sched_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

uint64_t sched_rand(Sched *s) {
    uint64_t x = s->rand;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    s->rand = x;
    return x;
}

static void add_g(Sched *s, G *g) {
    if (s->nall == s->capall) {
        s->capall = s->capall ? s->capall * 2 : 64;
        s->all = realloc(s->all, (size_t)s->capall * sizeof *s->all);
        if (!s->all) abort();
    }
    s->all[s->nall++] = g;
}

Sched *sched_get(Runtime *rt) {
    if (rt->sched) return rt->sched;
    Sched *s = calloc(1, sizeof *s);
    G *m = calloc(1, sizeof *m);
    if (!s || !m) rt_fatal(rt, "out of memory");
    m->id = 1;
    m->status = G_RUNNING;
    m->stack = rt->stack_cur;
    s->main_g = s->cur = m;
    s->ngoroutines = 1;
    s->next_id = FIRST_GO_ID;
    s->rand = (uint64_t)sched_now() | 1;
    sched_stacks_init(s);
    add_g(s, m);
    rt->sched = s;
    return s;
}

void rt_sched_free(Runtime *rt) {
    Sched *s = rt->sched;
    if (!s) return;
    rt->sched = NULL;
    for (int i = 0; i < s->nall; i++) free(s->all[i]);   // their Stacks are on rt->stacks
    sched_stacks_free(s);
    free(s->all);
    free(s->timers.v);
    free(s->sleeps.v);
    free(s->fdw);
    free(s);
}

void rt_sched_hooks(Runtime *rt, const RtGoHooks *h) {
    Sched *s = sched_get(rt);
    if (s->have_hooks) return;
    if (h->size > 256) rt_fatal(rt, "runtime: goroutine context too large");
    s->hooks = *h;
    s->have_hooks = true;
}

// ---- run queue and switching ----

void sched_ready(Runtime *rt, G *g) {
    Sched *s = rt->sched;
    g->status = G_RUNNABLE;
    g->schednext = NULL;
    if (s->runq_tail) s->runq_tail->schednext = g;
    else s->runq = g;
    s->runq_tail = g;
}

static G *runq_pop(Sched *s) {
    G *g = s->runq;
    if (g) {
        s->runq = g->schednext;
        if (!s->runq) s->runq_tail = NULL;
        g->schednext = NULL;
    }
    return g;
}

// trim_free gives the pages of idle stacks beyond the KEEP_DIRTY most
// recently used back to the kernel, in one madvise per run of adjacent
// stacks (one call per stack would flush the TLB of every thread each
// time).
static int cmp_addr(const void *a, const void *b) {
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static void trim_free(Sched *s) {
    uintptr_t *lo = malloc((size_t)s->ndirty * sizeof *lo);
    if (!lo) return;
    int n = 0, kept = 0;
    for (G *g = s->free; g && n + kept < s->ndirty; g = g->schednext) {
        if (!g->dirty) continue;
        if (kept < KEEP_DIRTY) {
            kept++;
            continue;
        }
        g->dirty = false;
        lo[n++] = g->stack->lo;
    }
    s->ndirty -= n;
    qsort(lo, (size_t)n, sizeof *lo, cmp_addr);
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && lo[j] == lo[j - 1] + s->small.size) j++;
        madvise((void *)lo[i], (size_t)(j - i) * s->small.size, MADV_DONTNEED);
        i = j;
    }
    free(lo);
}

// release_exited puts the goroutine that exited last (whose stack we have
// just left) on the free list, its segment with the idle ones; with too
// many idle stacks holding pages, trim_free returns most of them.
static void release_exited(Runtime *rt, Sched *s) {
    G *g = s->exited;
    if (!g) return;
    s->exited = NULL;
    sched_seg_detach(rt, g);
    g->dirty = true;
    s->ndirty++;
    g->schednext = s->free;
    s->free = g;
    s->nfree++;
    if (s->ndirty >= TRIM_AT) trim_free(s);
}

// switch_to suspends from (saving its context on its own stack) and runs
// to; returns when from is resumed.
__attribute__((noinline))
static void switch_to(Runtime *rt, Sched *s, G *from, G *to) {
    _Alignas(16) unsigned char buf[256];
    PanicHandler *h = rt->handler;
    RtPanic *volatile p = rt->panicking;
    RtPanic *volatile sp = rt->sig_panic;
    int pr = rt->panic_reporting;
    if (s->have_hooks) s->hooks.save(s->hooks.ctx, buf);
    from->ctxbuf = buf;
    s->cur = to;
    to->status = G_RUNNING;
    stack_switch(rt, g_top_stack(from), g_top_stack(to));
    release_exited(rt, s);
    from->ctxbuf = NULL;
    rt->handler = h;
    rt->panicking = p;
    rt->sig_panic = sp;
    rt->panic_reporting = pr;
    if (s->have_hooks) s->hooks.restore(s->hooks.ctx, buf);
}

int64_t rt_goroutine_id(Runtime *rt) { return rt->sched ? rt->sched->cur->id : 1; }

static void print_created_by(const G *g, FILE *f) {
    if (g->origin.fn)
        fprintf(f, "created by %s\n\t%s:%d +0x%x\n", g->origin.fn, g->origin.file, g->origin.line, g->origin.pc);
}

void rt_print_created_by(Runtime *rt, FILE *f) {
    if (rt->sched) print_created_by(rt->sched->cur, f);
}

bool sched_all_asleep(Runtime *rt) {
    Sched *s = rt->sched;
    return s && !s->runq && s->timers.n == 0 && s->sleeps.n == 0 && s->nfdw == 0;
}

// deadlock: Go's report, every live goroutine's trace in creation order
// (each parked G's interpreter context is restored in turn to print it).
// Returns only when the rt_on_exit hook goes on (the REPL, after
// rt_abort_main made the main goroutine runnable).
static void deadlock(Runtime *rt) {
    Sched *s = rt->sched;
    rt_flush(rt);
    int live = 0;
    for (int i = 0; i < s->nall; i++) live += s->all[i]->status != G_DEAD && !s->all[i]->goexited;
    if (live == 0) {   // Go's checkdead: nothing waits, main called runtime.Goexit
        fputs("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", stderr);
        rt_exit_why(rt, 2, RT_EXIT_DEADLOCK);
        return;
    }
    fputs("fatal error: all goroutines are asleep - deadlock!\n", stderr);
    _Alignas(16) unsigned char cur[256];
    if (s->have_hooks) s->hooks.save(s->hooks.ctx, cur);
    rt->panicking = NULL;
    for (int i = 0; i < s->nall; i++) {
        G *g = s->all[i];
        if (g->status == G_DEAD || g->goexited) continue;
        fprintf(stderr, "\ngoroutine %lld [%s]:\n", (long long)g->id, g->wait_reason ? g->wait_reason : "running");
        if (g->wait_frames) fputs(g->wait_frames, stderr);
        const void *ctx = g == s->cur ? cur : g->ctxbuf;
        if (s->have_hooks && ctx) {
            s->hooks.restore(s->hooks.ctx, ctx);
            if (rt->hooks.print_frames) rt->hooks.print_frames(rt->hooks.ctx, stderr);
        }
        print_created_by(g, stderr);
    }
    if (s->have_hooks) s->hooks.restore(s->hooks.ctx, cur);
    fflush(stderr);
    rt_exit_why(rt, 2, RT_EXIT_DEADLOCK);
}

static void idle_until(Runtime *rt, int64_t when) {
    int64_t d = when - sched_now();
    if (d <= 0) return;
    rt_flush(rt);
    struct timespec ts = {(time_t)(d / 1000000000), (long)(d % 1000000000)};
    nanosleep(&ts, NULL);
}

// schedule runs the next runnable goroutine; the caller has already put
// the current one where it belongs (run queue, a wait queue, dead).
static void schedule(Runtime *rt) {
    Sched *s = rt->sched;
    G *cur = s->cur;
    for (;;) {
        G *next = runq_pop(s);
        if (next == cur) {
            cur->status = G_RUNNING;
            return;
        }
        if (next) {
            switch_to(rt, s, cur, next);
            return;
        }
        int64_t when = timer_run(rt);
        if (s->runq) continue;
        if (s->nfdw) {   // sleep in poll(2): a descriptor or the next timer wakes us
            int64_t d = when < 0 ? -1 : when - sched_now();
            rt_flush(rt);
            sched_netpoll(rt, d < 0 && when >= 0 ? 1 : d);
            continue;
        }
        if (when < 0) {
            deadlock(rt);
            continue;   // the REPL woke the main goroutine
        }
        idle_until(rt, when);
    }
}

void sched_park(Runtime *rt, const char *reason) {
    Sched *s = sched_get(rt);
    s->cur->status = G_WAITING;
    s->cur->wait_reason = reason;
    schedule(rt);
}

// ---- the REPL: ending an input, not the process (rt_abort_main, rt_abort_blocked, rt_goexit) ----

void rt_abort_main(Runtime *rt) {
    Sched *s = rt->sched;
    if (!s || !s->main_g) return;
    G *m = s->main_g;
    m->abort = true;
    if (m->status == G_WAITING) sched_ready(rt, m);
}

void rt_abort_blocked(Runtime *rt) {
    Sched *s = rt->sched;
    if (!s) return;
    // the others first: they end (their waits undone, rt_goexit) before
    // the main goroutine resumes to end its input
    for (int i = 0; i < s->nall; i++) {
        G *g = s->all[i];
        if (g == s->main_g || g->status != G_WAITING) continue;
        g->abort = true;
        sched_ready(rt, g);
    }
    rt_abort_main(rt);
}

_Noreturn void sched_abort(Runtime *rt) {
    G *g = rt->sched->cur;
    g->abort = false;
    if (g != rt->sched->main_g) rt_goexit(rt);   // rt_abort_blocked: a blocked goroutine ends
    rt_exit_why(rt, 2, RT_EXIT_ABORT);
    exit(2);
}

_Noreturn void sched_goexit_done(Runtime *rt) {
    Sched *s = sched_get(rt);
    G *g = s->cur;
    if (g != s->main_g) rt_goexit(rt);
    rt->handler = NULL;
    rt->panicking = NULL;
    g->goexited = true;
    s->ngoroutines--;
    sched_park(rt, "goexit");
    // only rt_abort_main (the REPL) wakes it
    g->goexited = false;
    s->ngoroutines++;
    sched_abort(rt);
}

_Noreturn void rt_goexit(Runtime *rt) {
    Sched *s = rt->sched;
    G *g = s ? s->cur : NULL;
    if (!g || g == s->main_g) rt_fatal(rt, "runtime: rt_goexit on the main goroutine");
    rt->handler = NULL;
    rt->panicking = NULL;
    g->status = G_DEAD;   // as g_start does when the function returns
    s->ngoroutines--;
    __atomic_store_n(&g->stack->done, true, __ATOMIC_RELAXED);   // the collector reads it (gc_mark.c)
    if (g->seg) __atomic_store_n(&g->seg->done, true, __ATOMIC_RELAXED);   // ending deep in a call: the segment's frames are dead too
    s->exited = g;
    schedule(rt);
    rt_fatal(rt, "runtime: dead goroutine resumed");
}

void rt_gosched(Runtime *rt) {
    Sched *s = rt->sched;
    if (!s) return;
    if (s->timers.n || s->sleeps.n) timer_run(rt);
    if (s->nfdw) sched_netpoll(rt, 0);
    if (!s->runq) return;
    sched_ready(rt, s->cur);
    schedule(rt);
}

void rt_preempt(Runtime *rt) {
    if (rt->cfg.max_safepoints && ++rt->safepoints > rt->cfg.max_safepoints)
        rt_fatal(rt, "gosub: step limit exceeded (%llu safepoints)", (unsigned long long)rt->cfg.max_safepoints);
    Sched *s = rt->sched;
    if (!s || (!s->runq && !s->nfdw && !((s->timers.n || s->sleeps.n) && timer_next(s) <= sched_now()))) return;
    rt_gosched(rt);
}

int64_t rt_num_goroutine(Runtime *rt) { return rt->sched ? rt->sched->ngoroutines : 1; }

// ---- goroutine start and exit ----

static void g_start(void *arg) {
    G *g = arg;
    Runtime *rt = g->stack->rt;
    Sched *s = rt->sched;
    release_exited(rt, s);
    rt->handler = NULL;
    rt->panicking = NULL;
    rt->sig_panic = NULL;
    rt->panic_reporting = 0;
    if (s->have_hooks) {
        _Alignas(16) unsigned char zero[256];
        memset(zero, 0, sizeof zero);
        s->hooks.restore(s->hooks.ctx, zero);
    }
    void **slot = stack_start_slot(g->stack);
    void *volatile fnarg = *slot;
    *slot = NULL;
    g->fn(rt, fnarg);
    // exit: the stack stays mapped for the next goroutine, but it joins
    // the free list only once we have left it (release_exited), since
    // schedule may start goroutines (AfterFunc timers) before switching.
    g->status = G_DEAD;
    s->ngoroutines--;
    __atomic_store_n(&g->stack->done, true, __ATOMIC_RELAXED);   // the collector reads it (gc_mark.c)
    s->exited = g;
    schedule(rt);
    rt_fatal(rt, "runtime: dead goroutine resumed");
}

void rt_go(Runtime *rt, void (*fn)(Runtime *, void *), void *arg) { rt_go_at(rt, fn, arg, NULL); }

void rt_go_at(Runtime *rt, void (*fn)(Runtime *, void *), void *arg, const RtGoOrigin *origin) {
    Sched *s = sched_get(rt);
    G *g = s->free;
    if (g) {
        s->free = g->schednext;
        s->nfree--;
        if (g->dirty) s->ndirty--;
        g->dirty = false;
#ifdef GOSUB_ASAN
        // the dead goroutine never unwound: forget its frames' poisoning,
        // below the point it last switched away from (a page of slack);
        // the whole 64 MiB reservation would cost 8 MiB of shadow a reuse
        {
            Stack *st = g->stack;
            uintptr_t from = st->saved_sp ? (uintptr_t)st->saved_sp - 4096 : st->lo;
            if (from < st->lo) from = st->lo;
            __asan_unpoison_memory_region((void *)from, st->hi - from);
        }
#endif
    } else {
        g = calloc(1, sizeof *g);
        Stack *st = calloc(1, sizeof *st);
        if (!g || !st || !sched_stack_new(rt, s, st)) rt_fatal(rt, "runtime: cannot allocate goroutine stack");
        g->stack = st;
        st->next = rt->stacks;
        rt->stacks = st;
        add_g(s, g);
    }
    g->id = s->next_id++;
    g->fn = fn;
    g->wait_reason = NULL;
    g->sel_fired = NULL;
    g->ctxbuf = NULL;
    g->wait_frames = NULL;
    g->origin = origin ? *origin : (RtGoOrigin){0};
    stack_prepare(rt, g->stack, g_start, g);
    *stack_start_slot(g->stack) = arg;   // scanned with the stack until g starts
    gc_stack_born(rt, g->stack);
    g->stack->ret = rt->thread_stack;
    s->ngoroutines++;
    sched_ready(rt, g);
}

// ---- semaphores (sync) ----

void sched_sem_wait(Runtime *rt, void *addr, const char *frames, const char *reason) {
    Sched *s = sched_get(rt);
    G *g = s->cur;
    g->sem_addr = addr;
    g->schednext = NULL;
    if (s->semq_tail) s->semq_tail->schednext = g;
    else s->semq = g;
    s->semq_tail = g;
    g->wait_frames = frames;
    sched_park(rt, reason);
    g->wait_frames = NULL;
    if (sched_aborted(g)) {   // rt_abort_main: leave the semaphore queue
        G *prev = NULL;
        for (G *w = s->semq; w; prev = w, w = w->schednext) {
            if (w != g) continue;
            if (prev) prev->schednext = w->schednext;
            else s->semq = w->schednext;
            if (s->semq_tail == w) s->semq_tail = prev;
            break;
        }
        g->schednext = NULL;
        sched_abort(rt);
    }
}

void sched_sem_wake(Runtime *rt, void *addr, bool all) {
    Sched *s = rt->sched;
    if (!s) return;
    G *prev = NULL;
    for (G *g = s->semq, *next; g; g = next) {
        next = g->schednext;
        if (g->sem_addr != addr) {
            prev = g;
            continue;
        }
        if (prev) prev->schednext = next;
        else s->semq = next;
        if (s->semq_tail == g) s->semq_tail = prev;
        g->sem_addr = NULL;
        sched_ready(rt, g);
        if (!all) return;
    }
}
