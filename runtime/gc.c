// gc.c - the collector's cycle: when it runs, pacing, statistics
// (runtime.MemStats), the gctrace line, and the stop-the-world cycle
// (GOSUBDEBUG=gcstw=1); the concurrent cycle is in gc_cycle.c.
//
// Design (../shared/DESIGN.md §3).
//
//   Colours: an object is white (mark bit clear), grey (mark bit set and
//   its address in a marker's GcWork or on the shared grey stack, not yet
//   scanned) or black (mark bit set, scanned). Shading turns a white
//   object grey; noscan objects go straight to black. Objects allocated
//   while marking are born black. The invariant while marking (snapshot at
//   the beginning): every object reachable when the cycle started gets
//   marked, because the roots were greyed then and the deletion barrier
//   shades any heap reference before it is overwritten.
//
//   Concurrent cycle (gc_cycle.c), phases:
//     1. cycle start, stop-the-world (the mutator is the only other thread:
//        it stops itself at an allocation, the safepoint): finish the last
//        cycle's sweep, marking = true (barrier on, allocate black), grey
//        the running goroutine's C stack and saved registers and the plain
//        registered ranges (timers, a few words), conservatively, and hand
//        them to the collector. Its work does not grow with the number of
//        goroutines nor with the program's globals;
//     2. concurrent mark: the collector thread scans the suspended stacks
//        (each exactly once per cycle: a stack the scheduler resumes first
//        is scanned by the scheduler, gc_mark.c) and the global roots
//        (gc_roots.c: the barrier covers them), and drains the grey set
//        while the program runs; the mutator flushes its barrier buffer to
//        it and assists (bounded slices of marking) when it outruns it;
//     3. mark termination, stop-the-world: once the collector is idle, the
//        mutator flushes its barrier buffer and drains what that greyed
//        (bounded: if too much is left, marking resumes concurrently),
//        marking = false, sweepgen += 2, next goal;
//     4. concurrent sweep: the collector thread sweeps span by span, the
//        allocator sweeps lazily before reusing a span (gc_sweep.c).
//   The stop-the-world cycle (gc_run_cycle) runs 1-4 in one pause.
//
//   Barrier (gc_barrier.c): while marking, a pointer store shades the
//   overwritten pointer (Yuasa's deletion barrier: Go's hybrid barrier
//   with every running stack black, since a stack is scanned before it
//   runs in a cycle); single stores also shade the stored one, bulk copies
//   do not (gc_barrier.c says why).
//
//   Pacing: goal next_gc = max(4 MiB * GOGC/100, live + (live + stacks)
//   * GOGC/100 - the collector's own memory);
//   a concurrent cycle starts at 7/8 of the way from live to the goal, or
//   earlier (not before halfway) when the last mark allocated more than
//   the last eighth (so a big heap, slow to mark, still ends near the
//   goal); past halfway from the trigger to the goal the mutator assists
//   in bounded slices. The sweep's garbage does not count towards the
//   trigger, and the allocator sweeps in proportion to what it allocates. GOGC < 0 turns it off; gcstress=N
//   starts (or completes) a cycle every N allocations.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "gc_internal.h"

uint64_t gc_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t unix_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// gc_trigger_for: the heap size at which a cycle starts for goal and live.
uint64_t gc_trigger_for(uint64_t goal, uint64_t live, bool stw) {
    if (goal == UINT64_MAX)
        return UINT64_MAX;
    if (stw || goal <= live)
        return goal;
    return live + (goal - live) / 8 * 7;
}

// early_trigger: the trigger t moved earlier so that, if marking allocates
// as much as the last mark did (plus a quarter, plus 1/32 of the runway),
// it ends by the goal; never before halfway from live to the goal.
static uint64_t early_trigger(const Heap *h, uint64_t t) {
    uint64_t goal = h->next_gc, live = h->last_live;
    if (t == UINT64_MAX || goal <= live || h->mark_alloc == 0)
        return t;
    uint64_t runway = h->mark_alloc + h->mark_alloc / 4 + (goal - live) / 32;
    uint64_t lo = live + (goal - live) / 2;
    if (goal > runway && goal - runway < t)
        return goal - runway > lo ? goal - runway : lo;
    return goal <= runway ? lo : t;
}

void gc_update_trigger(Runtime *rt) {
    Heap *h = rt->heap;
    h->gc_trigger = rt->cfg.gogc < 0 ? UINT64_MAX : gc_trigger_for(h->next_gc, h->last_live, h->dbg_stw);
    if (!h->dbg_stw)
        h->gc_trigger = early_trigger(h, h->gc_trigger);
    if (rt->cfg.gcstress > 0)
        h->trigger = 0;   // every allocation takes the slow check
    else if (h->phase == GC_PHASE_MARK)
        h->trigger = h->check_at;
    else
        h->trigger = h->gc_trigger == UINT64_MAX ? UINT64_MAX : h->gc_trigger + h->sweep_garbage;
}

int rt_set_gc_percent(Runtime *rt, int pct) {
    int old = rt->cfg.gogc;
    rt->cfg.gogc = pct < 0 ? -1 : pct;
    gc_set_goal(rt, rt->heap->last_live);
    return old;
}

void gc_set_goal(Runtime *rt, uint64_t live) {
    Heap *h = rt->heap;
    h->last_live = live;
    if (rt->cfg.gogc < 0) {
        h->next_gc = UINT64_MAX;
    } else {
        uint64_t gogc = (uint64_t)rt->cfg.gogc;
        // What the process holds besides the heap's objects comes out of
        // the runway, so that the whole process, not only the heap, stays
        // under (1 + GOGC/100) x live: the collector's own memory (span
        // structs, bitmaps, the grey stack: ~2-4% of the heap; up to a
        // quarter of the runway) and a 1/16 margin for the rest (the
        // interpreter, C memory, free pages not yet returned to the OS).
        // Without the margin a 1 GB live heap peaked at 2.00-2.05x live.
        // Go 1.18's goal: the stacks scanned count with the live heap
        // (100,000 parked goroutines are 200 MB of stack to scan).
        uint64_t runway = (live + h->last_stack_bytes) * gogc / 100;
        uint64_t over = h->meta_sys + h->mark_cap * sizeof(uintptr_t);
        uint64_t goal = live + runway - (over < runway / 4 ? over : runway / 4) - runway / 16;
        uint64_t min = GC_MIN_HEAP * gogc / 100;
        h->next_gc = goal > min ? goal : min;
    }
    gc_update_trigger(rt);
}

void gc_maybe_collect(Runtime *rt) {
    Heap *h = rt->heap;
    if (h->in_gc)
        return;
    if (!h->dbg_stw) {
        gc_stall_begin(h);
        gc_concurrent_poll(rt);
        gc_stall_end(h, GC_STALL_NONE);
        return;
    }
    if (rt->cfg.gcstress > 0 && --h->stress_left <= 0) {
        h->stress_left = rt->cfg.gcstress;
        gc_run_cycle(rt, false);
    } else if (h->heap_alloc >= h->next_gc && rt->cfg.gogc >= 0) {
        gc_run_cycle(rt, false);
    }
}

// gc_collect: runtime.GC(). Not a stall of the mutator (the program
// asked for it): the bracket is dropped without being recorded.
void gc_collect(Runtime *rt) {
    Heap *h = rt->heap;
    gc_stall_begin(h);
    if (h->dbg_stw)
        gc_run_cycle(rt, true);
    else
        gc_concurrent_collect(rt);
    if (h->dbg_pauses)
        h->stall_depth--;
}

// ---- gctrace ---------------------------------------------------------------------

// itoa_div writes val with a decimal point dec digits from the right
// (Go's runtime.itoaDiv) into the end of buf; returns the start.
static char *itoa_div(char *buf, size_t len, uint64_t val, int dec) {
    size_t i = len - 1;
    buf[i] = 0;
    i--;
    size_t idec = i - (size_t)dec;
    while (val >= 10 || i >= idec) {
        buf[i--] = (char)('0' + val % 10);
        if (i == idec)
            buf[i--] = '.';
        val /= 10;
    }
    buf[i] = (char)('0' + val);
    return buf + i;
}

// fmt_ms: Go's runtime.fmtNSAsMS (two significant digits, at most three decimals).
static const char *fmt_ms(char *buf, size_t len, uint64_t ns) {
    if (ns >= 10000000)
        return itoa_div(buf, len, ns / 1000000, 0);
    uint64_t x = ns / 1000;
    if (x == 0)
        return "0";
    int dec = 3;
    while (x >= 100) {
        x /= 10;
        dec--;
    }
    return itoa_div(buf, len, x, dec);
}

static void print_trace(Runtime *rt, const CycleTimes *c) {
    Heap *h = rt->heap;
    char b[6][32];
    StrBuf sb = {0};
    double frac = (double)h->gc_total_ns / (double)(c->t3 - h->start_ns + 1) /
                  (h->thread_started ? 2 : 1);
    sb_printf(&sb, "gc %u @%ss ", h->num_gc,
              itoa_div(b[0], sizeof b[0], (c->t0 - h->start_ns) / 1000000, 3));
    sb_printf(&sb, "%d%%: %s+%s+%s ms clock, ", (int)(frac * 100),
              fmt_ms(b[1], 32, c->t1 - c->t0), fmt_ms(b[2], 32, c->t2 - c->t1),
              fmt_ms(b[3], 32, c->t3 - c->t2));
    sb_printf(&sb, "%s+%s/%s/0+%s ms cpu, ", fmt_ms(b[1], 32, c->t1 - c->t0),
              fmt_ms(b[4], 32, c->assist_ns), fmt_ms(b[2], 32, c->t2 - c->t1),
              fmt_ms(b[3], 32, c->t3 - c->t2));
    sb_printf(&sb, "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, 1 P%s\n",
              (unsigned long long)(c->heap0 >> 20), (unsigned long long)(c->heap1 >> 20),
              (unsigned long long)(c->heap2 >> 20), (unsigned long long)(c->goal >> 20),
              (unsigned long long)(__atomic_load_n(&h->stack_bytes, __ATOMIC_RELAXED) >> 20),
              (unsigned long long)(__atomic_load_n(&h->global_bytes, __ATOMIC_RELAXED) >> 20),
              c->forced ? " (forced)" : "");
    rt_write_stderr(rt, sb.p, sb.len);
    sb_free(&sb);
}

// ---- the cycle -------------------------------------------------------------------

uint64_t gc_thread_cputime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// thread_csw: this thread's voluntary (blocked) and involuntary
// (preempted) context switches so far.
static void thread_csw(long *v, long *iv) {
    struct rusage ru;
    getrusage(RUSAGE_THREAD, &ru);
    *v = ru.ru_nvcsw;
    *iv = ru.ru_nivcsw;
}

uint64_t gc_pause_begin(Heap *h) {
    gc_stall_begin(h);
    if (h->dbg_pauses)
        h->pause_cpu0 = gc_thread_cputime();
    if (h->dbg_pauses >= 2)
        thread_csw(&h->pause_vcsw, &h->pause_ivcsw);
    h->pause_sub = 0;
    return gc_nanotime();
}

void gc_record_pause(Heap *h, const char *what, uint64_t ns) {
    h->gc_total_ns += ns;
    if (!h->dbg_pauses)
        return;
    gc_record_stall(h, gc_nanotime() - ns, ns, GC_STALL_STW);
    gc_stall_end(h, GC_STALL_PAUSE);
    if (h->dbg_pauses >= 2) {
        long v, iv;
        thread_csw(&v, &iv);
        fprintf(stderr, "gcpause: %-9s wall=%lluus cpu=%lluus sub=%lluus blocked=%ld preempted=%ld\n",
                what, (unsigned long long)(ns / 1000),
                (unsigned long long)((gc_thread_cputime() - h->pause_cpu0) / 1000),
                (unsigned long long)(h->pause_sub / 1000), v - h->pause_vcsw, iv - h->pause_ivcsw);
    }
    if (h->npauses == h->cap_pauses) {
        size_t cap = h->cap_pauses ? h->cap_pauses * 2 : 256;
        uint64_t *n = realloc(h->pauses, cap * sizeof *n);
        if (!n)
            return;
        h->pauses = n;
        h->cap_pauses = cap;
    }
    h->pauses[h->npauses++] = ns;
}

void gc_finish_cycle(Runtime *rt) {
    Heap *h = rt->heap;
    CycleTimes *c = &h->cyc;
    uint64_t pause = c->pause1 + c->pause2;
    h->num_gc++;
    if (c->forced)
        h->num_forced_gc++;
    h->last_gc = unix_nanotime();
    h->pause_total_ns += pause;
    h->gc_total_ns += c->assist_ns;
    h->pause_ns[(h->num_gc + 255) % 256] = pause;
    h->pause_end[(h->num_gc + 255) % 256] = h->last_gc;
    if (c->goal == UINT64_MAX)
        c->goal = h->next_gc;
    if (rt->cfg.gctrace)
        print_trace(rt, c);
}

// gc_print_pauses: GOSUBDEBUG=gcpauses=1 summary on stderr at exit.
void gc_print_pauses(Runtime *rt) {
    Heap *h = rt->heap;
    if (h && h->dbg_pauses)
        gc_print_pause_summary(h, h->dbg_stw ? "stw" : "concurrent");
}

void gc_run_cycle(Runtime *rt, bool forced) {
    Heap *h = rt->heap;
    if (h->in_gc)
        return;
    h->in_gc = true;
    CycleTimes *c = &h->cyc;
    *c = (CycleTimes){.forced = forced, .goal = h->next_gc};
    c->t0 = gc_pause_begin(h);
    gc_fold_freed(h);
    c->heap0 = h->heap_alloc;
    pthread_mutex_lock(&h->lock);
    heap_flush_caches(h);
    pthread_mutex_unlock(&h->lock);
    h->marking = true;
    h->marked_bytes = 0;
    h->stackgen += 2;
    h->global_bytes = 0;
    gc_mark_roots(rt, &h->mut_work);
    gc_scan_globals(h, &h->mut_work);
    gc_scan_stacks(h, &h->mut_work, rt->stacks, h->stackgen);
    c->t1 = gc_nanotime();
    gc_drain(h);
    h->marking = false;
    c->t2 = gc_nanotime();
    c->heap1 = h->heap_alloc;
    pthread_mutex_lock(&h->lock);
    for (Span *s = h->limbo, *n; s; s = n) {
        n = s->next;
        span_struct_free(h, s);
    }
    h->limbo = NULL;
    h->sweepgen += 2;
    h->sweep_next = 0;
    pthread_mutex_unlock(&h->lock);
    gc_sweep(h);
    gc_fold_freed(h);
    gc_compact_inuse(h);
    c->heap2 = h->heap_alloc;
    gc_set_goal(rt, h->heap_alloc);
    uint64_t retain = h->next_gc == UINT64_MAX ? h->heap_inuse : h->next_gc + h->next_gc / 8;
    pthread_mutex_lock(&h->lock);
    pages_scavenge(h, retain + GC_MIN_HEAP, UINT64_MAX);
    pthread_mutex_unlock(&h->lock);
    c->t3 = gc_nanotime();
    c->pause1 = c->t3 - c->t0;
    gc_record_pause(h, "stw-cycle", c->pause1);
    gc_finish_cycle(rt);
    h->in_gc = false;
}

// ---- statistics -----------------------------------------------------------------------

void gc_read_memstats(Runtime *rt, RtMemStats *m) {
    Heap *h = rt->heap;
    gc_fold_freed(h);
    memset(m, 0, sizeof *m);
    pthread_mutex_lock(&h->lock);   // page-heap counters move under a background sweep
    m->alloc = m->heap_alloc = h->heap_alloc;
    m->total_alloc = h->total_alloc;
    m->mallocs = h->nmalloc;
    m->frees = h->nfree;
    m->heap_objects = h->nmalloc - h->nfree;
    m->heap_sys = h->heap_sys;
    m->heap_inuse = h->heap_inuse;
    m->heap_idle = h->heap_sys - h->heap_inuse;
    m->heap_released = h->heap_released;
    m->sys = h->heap_sys + h->meta_sys + h->mark_cap * sizeof(uintptr_t);
    pthread_mutex_unlock(&h->lock);
    m->next_gc = h->next_gc;
    m->last_gc = h->last_gc;
    m->pause_total_ns = h->pause_total_ns;
    memcpy(m->pause_ns, h->pause_ns, sizeof m->pause_ns);
    memcpy(m->pause_end, h->pause_end, sizeof m->pause_end);
    m->num_gc = h->num_gc;
    m->num_forced_gc = h->num_forced_gc;
    uint64_t elapsed = gc_nanotime() - h->start_ns;
    uint64_t gc_ns = h->gc_total_ns + __atomic_load_n(&h->bg_ns, __ATOMIC_RELAXED);
    m->gc_cpu_fraction = elapsed ? (double)gc_ns / (double)elapsed / (h->thread_started ? 2 : 1) : 0;
}
