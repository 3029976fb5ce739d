// gc.c - the collector's cycle: when it runs, its phases, pacing,
// statistics (runtime.MemStats) and the gctrace line.
//
// Design (../shared/DESIGN.md §3). This first collector is a
// stop-the-world mark-sweep; its data structures are the ones the
// concurrent collector will use.
//
//   Colours: an object is white (mark bit clear), grey (mark bit set and
//   its address on the mark stack, not yet scanned) or black (mark bit set,
//   scanned). gc_shade turns a white object grey; noscan objects go
//   straight to black. The invariant while marking: no black object points
//   to a white one that is not also reachable from a grey one.
//
//   Phases of gc_run_cycle, all on the mutator thread for now:
//     1. sweep termination: forget the allocator's current spans (they
//        will be re-partitioned by the sweep);
//     2. mark setup: marking = true (write barrier on, allocate black),
//        scan the roots: every goroutine's C stack and saved registers,
//        conservatively, and ranges registered by gc_add_root;
//     3. mark: drain the grey stack, scanning heap objects precisely by
//        their Type's gcmask (arrays: the element layout repeated);
//     4. mark termination: marking = false;
//     5. sweep: every in-use span: unmarked objects are freed (the mark
//        bitmap becomes the allocation bitmap), wholly free spans return
//        to the page heap; idle pages above the heap goal go back to the
//        OS (MADV_DONTNEED).
//   The pause is 1-5 together. With a concurrent collector, 3 and 5 run
//   beside the program and the barrier keeps the invariant.
//
//   Barrier (gc_barrier.c): while marking, a pointer store shades the
//   overwritten pointer and the new one (Go's hybrid barrier without the
//   stack-colour condition, i.e. Yuasa deletion + Dijkstra insertion).
//
//   Pacing: the next cycle starts when heap_alloc reaches
//   next_gc = max(4 MiB * GOGC/100, live * (1 + GOGC/100)); GOGC < 0 turns
//   it off; gcstress=N collects every N allocations as well.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

void gc_update_trigger(Runtime *rt) {
    Heap *h = rt->heap;
    if (rt->cfg.gcstress > 0)
        h->trigger = 0;   // every allocation takes the slow check
    else if (rt->cfg.gogc < 0)
        h->trigger = UINT64_MAX;
    else
        h->trigger = h->next_gc;
}

// set_goal computes next_gc from the bytes marked live.
static void set_goal(Runtime *rt, uint64_t live) {
    Heap *h = rt->heap;
    if (rt->cfg.gogc < 0) {
        h->next_gc = UINT64_MAX;
    } else {
        uint64_t gogc = (uint64_t)rt->cfg.gogc;
        uint64_t goal = live + live * gogc / 100;
        uint64_t min = GC_MIN_HEAP * gogc / 100;
        h->next_gc = goal > min ? goal : min;
    }
    gc_update_trigger(rt);
}

void gc_maybe_collect(Runtime *rt) {
    Heap *h = rt->heap;
    if (h->in_gc)
        return;
    if (rt->cfg.gcstress > 0 && --h->stress_left <= 0) {
        h->stress_left = rt->cfg.gcstress;
        gc_run_cycle(rt, false);
    } else if (h->heap_alloc >= h->next_gc && rt->cfg.gogc >= 0) {
        gc_run_cycle(rt, false);
    }
}

void gc_collect(Runtime *rt) {
    gc_run_cycle(rt, true);
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

typedef struct CycleTimes {
    uint64_t t0, t1, t2, t3;          // start, roots scanned, mark done, sweep done
    uint64_t heap0, heap2, goal;
    bool forced;
} CycleTimes;

static void print_trace(Runtime *rt, const CycleTimes *c) {
    Heap *h = rt->heap;
    char b[6][32];
    StrBuf sb = {0};
    double frac = (double)h->gc_total_ns / (double)(c->t3 - h->start_ns + 1);
    sb_printf(&sb, "gc %u @%ss ", h->num_gc,
              itoa_div(b[0], sizeof b[0], (c->t0 - h->start_ns) / 1000000, 3));
    sb_printf(&sb, "%d%%: %s+%s+%s ms clock, ", (int)(frac * 100),
              fmt_ms(b[1], 32, c->t1 - c->t0), fmt_ms(b[2], 32, c->t2 - c->t1),
              fmt_ms(b[3], 32, c->t3 - c->t2));
    sb_printf(&sb, "%s+0/%s/0+%s ms cpu, ", fmt_ms(b[1], 32, c->t1 - c->t0),
              fmt_ms(b[2], 32, c->t2 - c->t1), fmt_ms(b[3], 32, c->t3 - c->t2));
    sb_printf(&sb, "%llu->%llu->%llu MB, %llu MB goal, 0 MB stacks, 0 MB globals, 1 P%s\n",
              (unsigned long long)(c->heap0 >> 20), (unsigned long long)(c->heap0 >> 20),
              (unsigned long long)(c->heap2 >> 20), (unsigned long long)(c->goal >> 20),
              c->forced ? " (forced)" : "");
    rt_write_stderr(rt, sb.p, sb.len);
    sb_free(&sb);
}

// ---- the cycle -------------------------------------------------------------------

static void record_pause(Heap *h, const CycleTimes *c) {
    uint64_t pause = c->t3 - c->t0;
    h->num_gc++;
    if (c->forced)
        h->num_forced_gc++;
    h->last_gc = unix_nanotime();
    h->pause_total_ns += pause;
    h->gc_total_ns += pause;
    h->pause_ns[(h->num_gc + 255) % 256] = pause;
    h->pause_end[(h->num_gc + 255) % 256] = h->last_gc;
}

void gc_run_cycle(Runtime *rt, bool forced) {
    Heap *h = rt->heap;
    if (h->in_gc)
        return;
    h->in_gc = true;
    CycleTimes c = {.forced = forced, .goal = h->next_gc};
    c.t0 = gc_nanotime();
    c.heap0 = h->heap_alloc;
    heap_flush_caches(h);
    h->marking = true;
    h->marked_bytes = 0;
    gc_mark_roots(rt);
    c.t1 = gc_nanotime();
    gc_drain(h);
    h->marking = false;
    c.t2 = gc_nanotime();
    c.heap2 = h->marked_bytes;
    gc_sweep(h);
    set_goal(rt, h->heap_alloc);
    uint64_t retain = h->next_gc == UINT64_MAX ? h->heap_inuse : h->next_gc + h->next_gc / 10;
    pages_scavenge(h, retain + GC_MIN_HEAP);
    c.t3 = gc_nanotime();
    record_pause(h, &c);
    if (c.goal == UINT64_MAX)
        c.goal = h->next_gc;
    if (rt->cfg.gctrace)
        print_trace(rt, &c);
    h->in_gc = false;
}

// ---- roots --------------------------------------------------------------------------

void gc_add_root(Runtime *rt, void *start, size_t size) {
    Heap *h = rt->heap;
    if (h->nroots == h->cap_roots) {
        size_t cap = h->cap_roots ? h->cap_roots * 2 : 16;
        GcRoot *n = realloc(h->roots, cap * sizeof *n);
        if (!n)
            rt_fatal(rt, "runtime: out of memory");
        h->roots = n;
        h->cap_roots = cap;
    }
    h->roots[h->nroots++] = (GcRoot){start, size};
}

void gc_remove_root(Runtime *rt, void *start) {
    Heap *h = rt->heap;
    for (size_t i = h->nroots; i-- > 0;) {
        if (h->roots[i].start == start) {
            memmove(&h->roots[i], &h->roots[i + 1], (h->nroots - i - 1) * sizeof *h->roots);
            h->nroots--;
            return;
        }
    }
}

// ---- statistics -----------------------------------------------------------------------

void gc_read_memstats(Runtime *rt, RtMemStats *m) {
    Heap *h = rt->heap;
    memset(m, 0, sizeof *m);
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
    m->next_gc = h->next_gc;
    m->last_gc = h->last_gc;
    m->pause_total_ns = h->pause_total_ns;
    memcpy(m->pause_ns, h->pause_ns, sizeof m->pause_ns);
    memcpy(m->pause_end, h->pause_end, sizeof m->pause_end);
    m->num_gc = h->num_gc;
    m->num_forced_gc = h->num_forced_gc;
    uint64_t elapsed = gc_nanotime() - h->start_ns;
    m->gc_cpu_fraction = elapsed ? (double)h->gc_total_ns / (double)elapsed : 0;
}
