// gc_stats.c - bookkeeping shared by both collectors (ours and the Boehm
// baseline of `make GC=boehm`): the registered-root list, the record of
// what held the mutator up, and the GOSUBDEBUG=gcpauses summary, so both
// builds report in one format.
//
// A stall is one stretch of time the mutator spent doing the collector's
// work instead of the program's: a stop-the-world pause, an assist, the
// sweeping an allocation or a cycle start had to do, the scan of a stack
// before it resumed. Stretches that nest (a cycle start finishes the last
// sweep, then pauses) count once, as a whole; stalls under
// GC_STALL_MIN_NS are not recorded (thousands of allocation checks that
// find nothing to do). runtime.GC() is not a stall: the program asked.
// A stall's "own" time leaves out the time the OS ran another thread
// instead (a stall that was preempted but never blocked counts its CPU
// time): on a shared machine a 100 us assist preempted by another process
// otherwise shows as a 5-20 ms stall. Preemption by our own collector
// thread is left out too; it runs under SCHED_BATCH so it never preempts
// the mutator on waking (gc_cycle.c).
//   gcpauses=1  at exit: "gcpauses: mode=.. cycles=.. pauses=.. max=..us
//               p99=..us total=..us stalls=.. stall_max=..us stall_p99=..us
//               stall_own_max=..us" (max and p99 of wall times)
//   gcpauses=3  also, at exit, one "gclog: <ms> <kind> <wall us> <heap MB>
//               <own us>" line per stall, per stop-the-world pause (kind
//               "stw") and per cycle start or end (kind "cycle", length 0),
//               in time order: what bench/gc/run.sh plots
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "gc_internal.h"

// gc_roots_append records [start, start+size) in Heap.roots.
void gc_roots_append(Runtime *rt, void *start, size_t size) {
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

#define GC_STALL_MIN_NS 2000
#define GC_STALL_OWN_CHECK_NS 100000   // longer stalls read the thread's rusage again

// thread_usage: this thread's CPU time (ns; the clock, not rusage, whose
// times may tick in 4 ms steps) and its voluntary and involuntary
// context switches so far.
static uint64_t thread_usage(long *vcsw, long *ivcsw) {
    struct rusage ru;
    getrusage(RUSAGE_THREAD, &ru);
    *vcsw = ru.ru_nvcsw;
    *ivcsw = ru.ru_nivcsw;
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void gc_record_stall(Heap *h, uint64_t t0, uint64_t ns, int kind) {
    if (!h->dbg_pauses || (ns < GC_STALL_MIN_NS && kind < GC_STALL_CYCLE))
        return;
    if (h->nstalls == h->cap_stalls) {
        size_t cap = h->cap_stalls ? h->cap_stalls * 2 : 256;
        GcStall *n = realloc(h->stalls, cap * sizeof *n);
        if (!n)
            return;
        h->stalls = n;
        h->cap_stalls = cap;
    }
    // the heap as pacing sees it: what the sweep will free left out
    uint64_t heap = h->heap_alloc > h->sweep_garbage ? h->heap_alloc - h->sweep_garbage : h->heap_alloc;
    GcStall st = {t0 - h->start_ns, ns, ns, heap, kind};
    if (kind >= GC_STALL_CYCLE) {
        st.own = ns;
    } else if (h->stall_depth == 0 && ns >= GC_STALL_OWN_CHECK_NS) {
        // Preempted but never blocked: the time off the CPU was the OS
        // running another thread (or process), not the collector holding
        // us up; a stall that blocked (a lock, a wait) keeps its wall time.
        long v, iv;
        uint64_t cpu = thread_usage(&v, &iv) - h->stall_cpu0;
        if (iv != h->stall_ivcsw && v == h->stall_vcsw && cpu < ns)
            st.own = cpu;
    }
    h->stalls[h->nstalls++] = st;
}

void gc_stall_begin(Heap *h) {
    if (h->dbg_pauses && h->stall_depth++ == 0) {
        h->stall_cpu0 = thread_usage(&h->stall_vcsw, &h->stall_ivcsw);
        h->stall_t0 = gc_nanotime();
        h->stall_kind = GC_STALL_NONE;
    }
}

void gc_stall_end(Heap *h, int kind) {
    if (!h->dbg_pauses)
        return;
    if (kind < h->stall_kind)
        h->stall_kind = kind;
    if (--h->stall_depth == 0 && h->stall_kind != GC_STALL_NONE) {
        uint64_t t = gc_nanotime();
        gc_record_stall(h, h->stall_t0, t - h->stall_t0, h->stall_kind);
    }
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static const char *const stall_names[] = {"pause", "assist", "sweep", "stack", "cycle", "stw"};

// print_log: gcpauses=3's gclog lines, in time order.
static void print_log(Heap *h) {
    for (size_t i = 0; i < h->nstalls; i++) {
        const GcStall *st = &h->stalls[i];
        fprintf(stderr, "gclog: %.3f %s %.1f %.1f %.1f\n", (double)st->at / 1e6, stall_names[st->kind],
                (double)st->ns / 1e3, (double)st->heap / 1048576.0, (double)st->own / 1e3);
    }
}

// quantiles of n values v (sorted in place): max and 99th percentile.
static void quantiles(uint64_t *v, size_t n, uint64_t *max, uint64_t *p99) {
    *max = *p99 = 0;
    if (!n)
        return;
    qsort(v, n, sizeof *v, cmp_u64);
    *max = v[n - 1];
    *p99 = v[(n * 99) / 100];   // < n for n >= 1
}

// gc_print_pause_summary prints the gcpauses line for the pauses recorded
// in Heap.pauses and the stalls in Heap.stalls (sorting the pauses); mode
// names the collector.
void gc_print_pause_summary(Heap *h, const char *mode) {
    uint64_t max, p99, total = 0, smax, sp99;
    gc_record_stall(h, gc_nanotime(), 0, GC_STALL_CYCLE);   // the heap at exit (gclog)
    quantiles(h->pauses, h->npauses, &max, &p99);
    for (size_t i = 0; i < h->npauses; i++)
        total += h->pauses[i];
    if (h->dbg_pauses >= 3)
        print_log(h);
    uint64_t *st = malloc((h->nstalls + 1) * sizeof *st);
    size_t n = 0;
    uint64_t own = 0;
    for (size_t i = 0; st && i < h->nstalls; i++) {
        if (h->stalls[i].kind < GC_STALL_CYCLE) {
            st[n++] = h->stalls[i].ns;
            own = h->stalls[i].own > own ? h->stalls[i].own : own;
        }
    }
    quantiles(st, n, &smax, &sp99);
    free(st);
    fprintf(stderr, "gcpauses: mode=%s cycles=%u pauses=%zu max=%lluus p99=%lluus total=%lluus "
            "stalls=%zu stall_max=%lluus stall_p99=%lluus stall_own_max=%lluus\n", mode,
            h->num_gc, h->npauses, (unsigned long long)(max / 1000), (unsigned long long)(p99 / 1000),
            (unsigned long long)(total / 1000), n, (unsigned long long)(smax / 1000),
            (unsigned long long)(sp99 / 1000), (unsigned long long)(own / 1000));
}
