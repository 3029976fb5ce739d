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
// Sweeping is eager (all spans inside the pause); the concurrent collector
// will sweep lazily span by span.
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

// sweep_span sweeps s; returns false when s left the in-use set.
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
    h->nfree += nfreed;
    h->heap_alloc -= nfreed * s->elemsize;
    if (nfreed)
        s->needzero = true;
    if (nlive == 0) {
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

void gc_sweep(Heap *h) {
    size_t j = 0;
    for (size_t i = 0; i < h->ninuse; i++) {
        Span *s = h->inuse[i];
        if (sweep_span(h, s)) {
            s->index = j;
            h->inuse[j++] = s;
        }
    }
    h->ninuse = j;
}
