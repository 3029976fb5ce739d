// gc_boehm.c - the Boehm-GC baseline (`make GC=boehm`, build/gosub-boehm):
// the rt_alloc* funnel, runtime.GC, MemStats, roots and the write-barrier
// entry points on top of libgc, with our own collector (gc.c, gc_cycle.c,
// gc_mark.c, gc_sweep.c, gc_barrier.c, gc_check.c, heap.c, heap_pages.c)
// compiled out. The Makefile compiles this file only with -DGOSUB_BOEHM;
// the default build never links libgc.
//
// Allocation: objects whose type has pointers come from GC_MALLOC (scanned
// conservatively, whole), pointer-free ones (strings, noscan arrays) from
// GC_MALLOC_ATOMIC, zeroed when asked as our allocator does. Barriers are
// plain stores: Boehm is a non-incremental stop-the-world collector here.
//
// Stacks. Goroutines are green threads on the one OS thread, each on its
// own mmap'd C stack (stack.c, sched.c): Boehm only knows the OS thread's
// stack. Two hooks make it see all of them:
//   - GC_EVENT_START (the on-collection-event callback, called with the GC
//     lock held before any root is pushed) moves the current thread's
//     "stack bottom" to the top of the stack that is running now
//     (rt->stack_cur->hi) with GC_set_stackbottom, so Boehm scans the
//     running stack from its stack pointer up to there and never strays
//     into unrelated memory;
//   - the push-other-roots callback pushes every suspended stack's live
//     range [saved_sp, hi) (the switch saved the callee-saved registers
//     inside it), the same ranges our collector scans (gc_mark.c).
// Registering stacks with GC_add_roots on every switch would cost a lock
// per switch; these hooks cost nothing until a collection.
//
// Libgc's callbacks take no argument, so the Runtime is found through one
// static pointer (set by heap_new; one Runtime per process in this build).
// The pause statistics (GOSUBDEBUG=gcpauses=1) time each collection from
// GC_EVENT_START to GC_EVENT_END: the whole collection stops the world.
#ifdef GOSUB_BOEHM   // only `make GC=boehm` compiles this file (see the Makefile)
#define GC_THREADS   // for GC_allow_register_threads (no thread is created here)
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc_internal.h"

static Runtime *the_rt;   // for libgc's argument-less callbacks
static GC_push_other_roots_proc old_push_other_roots;

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

static void record_pause(Heap *h, uint64_t ns) {
    h->pause_total_ns += ns;
    h->pause_ns[h->num_gc % 256] = ns;
    h->pause_end[h->num_gc % 256] = unix_nanotime();
    h->num_gc++;
    if (!h->dbg_pauses)
        return;
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

// on_event: GC_EVENT_START points Boehm at the running stack and starts
// the pause clock; GC_EVENT_END stops it.
static void GC_CALLBACK on_event(GC_EventType ev) {
    Runtime *rt = the_rt;
    if (!rt)
        return;
    Heap *h = rt->heap;
    // heap_alloc only feeds gcpauses=3's log here: the heap libgc holds
    // minus its free blocks (unsynchronized getters, callable here).
    h->heap_alloc = GC_get_heap_size() - GC_get_free_bytes();
    if (ev == GC_EVENT_START) {
        h->cyc.t0 = gc_nanotime();
        gc_record_stall(h, h->cyc.t0, 0, GC_STALL_CYCLE);
        if (rt->stack_cur) {
            struct GC_stack_base sb = {.mem_base = (void *)rt->stack_cur->hi};
            GC_set_stackbottom(NULL, &sb);
        }
    } else if (ev == GC_EVENT_END && h->cyc.t0) {
        uint64_t ns = gc_nanotime() - h->cyc.t0;
        record_pause(h, ns);
        gc_record_stall(h, h->cyc.t0, ns, GC_STALL_STW);
        gc_record_stall(h, h->cyc.t0, ns, GC_STALL_PAUSE);   // the whole collection
        h->cyc.t0 = 0;
    }
}

// push_stacks: every suspended goroutine stack, conservatively.
static void GC_CALLBACK push_stacks(void) {
    Runtime *rt = the_rt;
    if (rt) {
        for (Stack *s = rt->stacks; s; s = s->next)
            if (s != rt->stack_cur && s->saved_sp && !s->done)
                GC_push_all_eager(s->saved_sp, (void *)s->hi);
    }
    if (old_push_other_roots)
        old_push_other_roots();
}

Heap *heap_new(Runtime *rt) {
    GC_INIT();
    // Multi-threaded mode makes libgc's pacing use the stack sizes it
    // measured at the last collection; single-threaded, it would use the
    // distance from the OS stack's bottom to the stack pointer, which is
    // meaningless (and huge) while a goroutine stack runs.
    GC_allow_register_threads();
    Heap *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->rt = rt;
    h->start_ns = gc_nanotime();
    the_rt = rt;
    old_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_stacks);
    GC_set_on_collection_event(on_event);
    return h;
}

void heap_free(Heap *h) {
    if (!h)
        return;
    if (the_rt == h->rt)
        the_rt = NULL;
    free(h->pauses);
    free(h->stalls);
    free(h->roots);
    free(h);
}

void gc_update_trigger(Runtime *rt) { (void)rt; }
// Never marking concurrently here: stack_switch never calls gc_stack_resume.
void gc_stack_resume(Runtime *rt, Stack *s) { (void)rt, (void)s; }
void gc_stack_retire(Runtime *rt) { (void)rt; }
void gc_stack_born(Runtime *rt, Stack *s) { (void)rt, (void)s; }
void gc_concurrent_stop(Runtime *rt) { (void)rt; }

static void *alloc(Runtime *rt, size_t size, bool noscan, bool zero) {
    if (size == 0)
        size = 1;
    void *p = noscan ? GC_MALLOC_ATOMIC(size) : GC_MALLOC(size);
    if (!p)
        rt_fatal(rt, "runtime: out of memory");
    rt->heap->nmalloc++;
    if (noscan && zero)
        memset(p, 0, size);   // GC_MALLOC clears; GC_MALLOC_ATOMIC does not
    return p;
}

void *rt_alloc(Runtime *rt, const Type *t) {
    bool noscan = t->gcmask == NULL || t->ptrwords == 0;
    return alloc(rt, t->size, noscan, true);
}

void *rt_alloc_array(Runtime *rt, const Type *elem, size_t n) {
    if (elem->size && n > (((size_t)1 << 46) / elem->size))
        rt_fatal(rt, "runtime: out of memory");
    bool noscan = elem->gcmask == NULL || elem->ptrwords == 0;
    return alloc(rt, elem->size * n, noscan, true);
}

void *rt_alloc_noscan(Runtime *rt, size_t size, bool zero) {
    if (size > ((size_t)1 << 46))
        rt_fatal(rt, "runtime: out of memory");
    return alloc(rt, size, true, zero);
}

void gc_collect(Runtime *rt) {
    (void)rt;
    GC_gcollect();
}

int rt_set_gc_percent(Runtime *rt, int pct) {
    int old = rt->cfg.gogc;
    rt->cfg.gogc = pct < 0 ? -1 : pct;
    if (old < 0 && pct >= 0)
        GC_enable();
    else if (old >= 0 && pct < 0)
        GC_disable();
    return old;
}

// Roots: Boehm's GC_remove_roots wants the range's end, our API only the
// start, so the ranges are kept in Heap.roots too.
void gc_add_root(Runtime *rt, void *start, size_t size) {
    gc_roots_append(rt, start, size);
    GC_add_roots(start, (char *)start + size);
}

// Boehm stops the world for the whole collection: a global root is a root.
void gc_add_global_root(Runtime *rt, void *start, size_t size) { gc_add_root(rt, start, size); }

void gc_remove_root(Runtime *rt, void *start) {
    Heap *h = rt->heap;
    for (size_t i = h->nroots; i-- > 0;) {
        if (h->roots[i].start == start) {
            GC_remove_roots(start, (char *)start + h->roots[i].size);
            memmove(&h->roots[i], &h->roots[i + 1], (h->nroots - i - 1) * sizeof *h->roots);
            h->nroots--;
            return;
        }
    }
}

void gc_write_ptr(Runtime *rt, void **slot, void *ptr) {
    (void)rt;
    *slot = ptr;
}

void gc_write_bulk(Runtime *rt, const Type *t, void *dst, const void *src, size_t n) {
    (void)rt, (void)t, (void)dst, (void)src, (void)n;
}

void rt_typedmemmove(Runtime *rt, const Type *t, void *dst, const void *src, size_t n) {
    (void)rt;
    if (n && dst != src)
        memmove(dst, src, n * t->size);
}

void gc_read_memstats(Runtime *rt, RtMemStats *m) {
    Heap *h = rt->heap;
    memset(m, 0, sizeof *m);
    GC_word heap, free_b, unmapped, since, total;
    GC_get_heap_usage_safe(&heap, &free_b, &unmapped, &since, &total);
    m->heap_sys = heap;
    m->heap_idle = free_b;
    m->heap_inuse = heap - free_b;
    m->heap_released = unmapped;
    m->alloc = m->heap_alloc = heap - free_b;
    m->total_alloc = total;
    // libgc counts no objects: Frees and HeapObjects are estimated from
    // the share of all bytes allocated that is still in use.
    m->mallocs = h->nmalloc;
    m->heap_objects = total ? (uint64_t)((double)h->nmalloc * (double)m->heap_alloc / (double)total) : 0;
    if (m->heap_objects > m->mallocs)
        m->heap_objects = m->mallocs;
    m->frees = m->mallocs - m->heap_objects;
    m->sys = heap;
    m->next_gc = heap;
    m->last_gc = h->num_gc ? h->pause_end[(h->num_gc + 255) % 256] : 0;
    m->pause_total_ns = h->pause_total_ns;
    memcpy(m->pause_ns, h->pause_ns, sizeof m->pause_ns);
    memcpy(m->pause_end, h->pause_end, sizeof m->pause_end);
    m->num_gc = h->num_gc;
    uint64_t elapsed = gc_nanotime() - h->start_ns;
    m->gc_cpu_fraction = elapsed ? (double)h->pause_total_ns / (double)elapsed : 0;
}

// gc_print_pauses: the GOSUBDEBUG=gcpauses=1 line, in gc.c's format.
void gc_print_pauses(Runtime *rt) {
    Heap *h = rt->heap;
    if (h && h->dbg_pauses) {
        h->heap_alloc = GC_get_heap_size() - GC_get_free_bytes();
        gc_print_pause_summary(h, "boehm");
    }
}

// ASan/test hooks of gc_internal.h that other runtime files may call.
int gc_object_state(Runtime *rt, const void *p) {
    (void)rt;
    return GC_base((void *)p) ? GC_OBJ_HEAP | GC_OBJ_ALLOCATED : 0;
}

void *gc_object_base(Runtime *rt, const void *p, size_t *size) {
    (void)rt;
    void *b = GC_base((void *)p);
    if (b && size)
        *size = GC_size(b);
    return b;
}
#endif
