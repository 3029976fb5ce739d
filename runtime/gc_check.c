// gc_check.c - GOSUBDEBUG=gccheckmark=1: after each concurrent mark, mark
// again with the world stopped and abort if the concurrent mark left any
// reachable object unmarked (a missing write barrier, a race).
//
// The check re-marks from the roots the cycle started with (the objects
// the cycle-start root scan greyed, recorded in Heap.snap_roots) plus the
// registered root ranges, through the heap as it is now. The roots are
// those of the start pause and of every stack scanned during the cycle
// (each scanned before it ran again, so it held what it held at the start,
// plus what channel hand-offs put there through the barrier). Everything it
// reaches existed at the snapshot and was reachable then (the program can
// only copy references it has), or was allocated during the cycle (born
// black); either way the concurrent mark must have marked it. The current
// C stacks are not rescanned: their dead slots may hold stale words that
// look like pointers to objects that were already garbage.
//
// The concurrent mark bits are saved, cleared, the check marks, every
// allocated object marked now but not before is reported, and the saved
// bits are put back (the concurrent result stays authoritative).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

// gc_record_root notes obj as a root of the cycle; the mutator and the
// collector thread (scanning stacks) both call it, so under mark_lock.
void gc_record_root(Heap *h, uintptr_t obj) {
    pthread_mutex_lock(&h->mark_lock);
    if (h->nsnap == h->cap_snap) {
        size_t cap = h->cap_snap ? h->cap_snap * 2 : 1024;
        uintptr_t *n = realloc(h->snap_roots, cap * sizeof *n);
        if (!n)
            rt_fatal(h->rt, "runtime: out of memory (gccheckmark)");
        h->snap_roots = n;
        h->cap_snap = cap;
    }
    h->snap_roots[h->nsnap++] = obj;
    pthread_mutex_unlock(&h->mark_lock);
}

void gc_checkmark(Runtime *rt) {
    Heap *h = rt->heap;
    pthread_mutex_lock(&h->lock);
    size_t n = h->ninuse;
    uint64_t **saved = calloc(n ? n : 1, sizeof *saved);
    if (!saved)
        rt_fatal(rt, "runtime: out of memory (gccheckmark)");
    for (size_t i = 0; i < n; i++) {
        Span *s = h->inuse[i];
        if (!s)
            continue;
        saved[i] = malloc(s->nwords * sizeof(uint64_t));
        if (!saved[i])
            rt_fatal(rt, "runtime: out of memory (gccheckmark)");
        memcpy(saved[i], s->markbits, s->nwords * sizeof(uint64_t));
        memset(s->markbits, 0, s->nwords * sizeof(uint64_t));
    }
    uint64_t marked = h->marked_bytes;
    for (size_t i = 0; i < h->nsnap; i++)
        gc_shade_work(h, &h->mut_work, h->snap_roots[i]);
    for (size_t i = 0; i < h->nroots; i++) {
        const uintptr_t *w = h->roots[i].start;
        for (size_t k = 0; k < h->roots[i].size / sizeof *w; k++)
            gc_shade_work(h, &h->mut_work, w[k]);
    }
    for (const GcGlobal *g = h->globals; g; g = g->next)
        for (const uintptr_t *w = (const uintptr_t *)g->lo; (uintptr_t)(w + 1) <= g->hi; w++)
            gc_shade_work(h, &h->mut_work, *w);
    gc_drain_work(h, &h->mut_work, UINT64_MAX);
    for (size_t i = 0; i < n; i++) {
        Span *s = h->inuse[i];
        if (!s)
            continue;
        for (uint32_t w = 0; w < s->nwords; w++) {
            uint64_t missed = s->markbits[w] & ~saved[i][w] & s->allocbits[w];
            if (missed) {
                uint32_t idx = w * 64 + (uint32_t)__builtin_ctzll(missed);
                const Type *t = s->noscan ? NULL : span_type(s, idx);
                rt_fatal(rt, "gccheckmark: object %p (%zu-byte slot, %s, type kind %d, size %zu) "
                         "is reachable but the concurrent mark left it unmarked",
                         (void *)(s->base + idx * s->elemsize), s->elemsize,
                         s->noscan ? "noscan" : "scan", t ? (int)t->kind : -1,
                         t ? (size_t)t->size : (size_t)0);
            }
        }
        memcpy(s->markbits, saved[i], s->nwords * sizeof(uint64_t));
        free(saved[i]);
    }
    free(saved);
    h->marked_bytes = marked;
    h->nsnap = 0;
    pthread_mutex_unlock(&h->lock);
}
