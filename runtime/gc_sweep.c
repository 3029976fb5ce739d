// gc_sweep.c - sweeping: after mark termination, every in-use span frees
// its unmarked objects (the design essay is in gc.c).
//
// Per small span: freed = alloc & ~mark (counted with popcount, no
// per-object work in release builds); the mark bitmap becomes the
// allocation bitmap and a cleared bitmap the mark bitmap. A span left with
// no object returns to the page heap; one with free slots goes on its
// class's partial list for the allocator. A large object's span is freed
// when unmarked. Freed slots keep their old bytes (the span is flagged
// needzero, the allocator zeroes); debug builds fill them with 0xdb and
// ASan builds poison them, so a use after free shows.
//
// Concurrent sweep: mark termination adds 2 to Heap.sweepgen, which leaves
// every in-use span two behind (unswept). Spans are swept one at a time
// with Heap.lock held, in in-use order (Heap.sweep_next), by the collector
// thread in the background and by the allocator when it needs a span
// (heap.c refill), so a span is always swept before the allocator uses it
// again; spans allocated after termination are born swept. Freed counts go
// to atomics the mutator folds into its statistics (gc_fold_freed). A span
// released to the page heap leaves a NULL in the in-use array, removed by
// gc_compact_inuse once sweeping is over (by the collector thread when it
// finishes the sweep, else at the next cycle start).
#include <string.h>

#include "gc_internal.h"

// free_dead poisons the freed objects of s (dead: bits of freed slots).
static void free_dead(Span *s, uint32_t w, uint64_t dead) {
#if defined(GOSUB_DEBUG) || defined(GOSUB_ASAN)
    while (dead) {
        uint32_t idx = w * 64 + (uint32_t)__builtin_ctzll(dead);
        dead &= dead - 1;
        void *p = (void *)(s->base + idx * s->elemsize);
#ifdef GOSUB_DEBUG
        memset(p, 0xdb, s->elemsize);
#endif
        gc_poison(p, s->elemsize);
    }
#else
    (void)s;
    (void)w;
    (void)dead;
#endif
}

// sweep_span sweeps s (h->lock held); returns false when s left the in-use set.
static bool sweep_span(Heap *h, Span *s) {
    uint64_t nfreed = 0, nlive = 0;
    for (uint32_t w = 0; w < s->nwords; w++) {
        uint64_t dead = s->allocbits[w] & ~s->markbits[w];
        if (dead) {
            nfreed += (uint64_t)__builtin_popcountll(dead);
            free_dead(s, w, dead);
        }
        nlive += (uint64_t)__builtin_popcountll(s->markbits[w]);
    }
    uint64_t *t = s->allocbits;
    s->allocbits = s->markbits;
    s->markbits = t;
    memset(s->markbits, 0, s->nwords * sizeof(uint64_t));
    __atomic_fetch_add(&h->freed_objs, nfreed, __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->freed_bytes, nfreed * s->elemsize, __ATOMIC_RELAXED);
    s->sweepgen = h->sweepgen;
    if (nfreed)
        s->needzero = true;
    if (nlive == 0) {
        h->inuse[s->index] = NULL;
        heap_release_span(h, s);
        return false;
    }
    s->freeindex = 0;
    span_load_cache(s);
    if (!s->large && nlive < s->nelems) {
        s->next = h->partial[s->spanclass];
        h->partial[s->spanclass] = s;
    }
    return true;
}

bool gc_sweep_one(Heap *h) {
    while (h->sweep_next < h->ninuse) {
        Span *s = h->inuse[h->sweep_next++];
        if (s && s->sweepgen + 2 == h->sweepgen) {
            sweep_span(h, s);
            return true;
        }
    }
    return false;
}

#define PACED_MAX 64   // spans one allocation sweeps at most

void gc_sweep_paced(Heap *h) {
    if (h->sweep_next >= h->sweep_end || h->sweep_budget == 0)
        return;
    uint64_t done = h->total_alloc - h->sweep_alloc0;
    size_t target = done >= h->sweep_budget ? h->sweep_end
                                            : (size_t)((double)h->sweep_end * (double)done / (double)h->sweep_budget);
    for (int i = 0; h->sweep_next < target && i < PACED_MAX; i++)
        if (!gc_sweep_one(h))
            break;
}

void gc_sweep(Heap *h) {
    pthread_mutex_lock(&h->lock);
    while (gc_sweep_one(h))
        ;
    pthread_mutex_unlock(&h->lock);
}

void gc_compact_inuse(Heap *h) {
    size_t j = 0;
    for (size_t i = 0; i < h->ninuse; i++) {
        Span *s = h->inuse[i];
        if (s) {
            s->index = j;
            h->inuse[j++] = s;
        }
    }
    h->ninuse = j;
    h->sweep_next = j;
}

void gc_fold_freed(Heap *h) {
    uint64_t b = __atomic_exchange_n(&h->freed_bytes, 0, __ATOMIC_RELAXED);
    uint64_t n = __atomic_exchange_n(&h->freed_objs, 0, __ATOMIC_RELAXED);
    h->heap_alloc -= b;
    h->sweep_garbage -= b < h->sweep_garbage ? b : h->sweep_garbage;
    h->nfree += n;
}
