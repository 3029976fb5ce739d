// gc_roots.c - the registered roots: ranges of C memory that hold Go
// values (the interpreter's globals, function values made once, timers,
// a few runtime words), scanned conservatively (design: gc.c).
//
// Two kinds:
//   - global roots (gc_add_global_root): every pointer store into them
//     goes through the write barrier (or replaces a zero word), like Go's
//     data and bss segments. They are scanned concurrently, after the
//     start pause, like any grey object: the deletion barrier keeps what
//     they held at the snapshot from escaping a scan that has not reached
//     it yet, so the start pause does no work for them however many or
//     large they are (Go's markroot jobs for data/bss run the same way).
//     Each range is cut into chunks of at most ROOT_CHUNK bytes (GcGlobal,
//     a list pushed at its head under mark_lock); a cycle's start points
//     Heap.global_next at the list, and scanners (the collector thread, an
//     assist, gc_finish_mark) take chunks from it under mark_lock, so each
//     chunk is scanned exactly once per cycle. A chunk registered while
//     marking is not in the cycle's list: it held nothing at the snapshot
//     (what is stored into it now was reachable then, or born black).
//     Removing one while marking first finishes the mark (rare: the REPL
//     growing its globals), so no scanner can be reading a freed range.
//   - plain roots (gc_add_root): stored into without the barrier (the
//     timer heap's sifts move entries with plain copies); scanned inside
//     the start pause. Their size is the program's pending timers and a
//     few words, never its globals.
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

#define ROOT_CHUNK ((size_t)64 << 10)   // bytes of a global root one scanner takes at once

void gc_add_root(Runtime *rt, void *start, size_t size) { gc_roots_append(rt, start, size); }

void gc_add_global_root(Runtime *rt, void *start, size_t size) {
    Heap *h = rt->heap;
    uintptr_t lo = (uintptr_t)start, end = lo + size;
    pthread_mutex_lock(&h->mark_lock);
    do {
        GcGlobal *g = malloc(sizeof *g);
        if (!g) {
            pthread_mutex_unlock(&h->mark_lock);
            rt_fatal(rt, "runtime: out of memory");
        }
        g->lo = lo;
        g->hi = end - lo > ROOT_CHUNK ? lo + ROOT_CHUNK : end;
        g->owner = start;
        g->next = h->globals;
        h->globals = g;
        h->meta_sys += sizeof *g;
        lo = g->hi;
    } while (lo < end);
    pthread_mutex_unlock(&h->mark_lock);
}

// remove_global unlinks and frees every chunk of the global root at start;
// false when there is none.
static bool remove_global(Runtime *rt, void *start) {
    Heap *h = rt->heap;
    bool found = false;
    for (GcGlobal *g = h->globals; g && !found; g = g->next)
        found = g->owner == start;
    if (!found)
        return false;
    // A scanner may be reading it, or the cycle's list still holds it.
    if (h->phase == GC_PHASE_MARK && !h->in_gc)
        gc_finish_mark(rt);
    pthread_mutex_lock(&h->mark_lock);
    for (GcGlobal **p = &h->globals; *p;) {
        GcGlobal *g = *p;
        if (g->owner == start) {
            *p = g->next;
            h->meta_sys -= sizeof *g;
            free(g);
        } else {
            p = &g->next;
        }
    }
    pthread_mutex_unlock(&h->mark_lock);
    return true;
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
    remove_global(rt, start);
}

void gc_globals_free(Heap *h) {
    for (GcGlobal *g = h->globals, *n; g; g = n) {
        n = g->next;
        free(g);
    }
    h->globals = NULL;
}

bool gc_scan_global_batch(Heap *h, GcWork *w, size_t max) {
    if (w->deadline) {   // an assist does not wait for the lock (see refill_work)
        if (pthread_mutex_trylock(&h->mark_lock) != 0)
            return false;
    } else {
        pthread_mutex_lock(&h->mark_lock);
    }
    GcGlobal *first = h->global_next, *end = first;
    for (size_t n = 0; end && n < max; n++)
        end = end->next;
    __atomic_store_n(&h->global_next, end, __ATOMIC_RELAXED);
    if (first)
        __atomic_fetch_add(&h->walkers, 1, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&h->mark_lock);
    if (!first)
        return false;
    // The chunks stay linked while walkers > 0: removal finishes the mark first.
    for (GcGlobal *g = first; g != end; g = g->next) {
        gc_scan_root_range(h, w, g->lo, g->hi);
        __atomic_fetch_add(&h->global_bytes, g->hi - g->lo, __ATOMIC_RELAXED);
    }
    __atomic_fetch_sub(&h->walkers, 1, __ATOMIC_RELEASE);
    return true;
}

void gc_scan_globals(Heap *h, GcWork *w) {
    for (GcGlobal *g = h->globals; g; g = g->next) {
        gc_scan_root_range(h, w, g->lo, g->hi);
        h->global_bytes += g->hi - g->lo;
    }
}

void gc_scan_plain_roots(Heap *h, GcWork *w) {
    for (size_t i = 0; i < h->nroots; i++) {
        uintptr_t lo = (uintptr_t)h->roots[i].start;
        gc_scan_root_range(h, w, lo, lo + h->roots[i].size);
    }
}

bool gc_roots_done(const Heap *h) {
    return h->scan_next == NULL && h->global_next == NULL && __atomic_load_n(&h->walkers, __ATOMIC_ACQUIRE) == 0;
}
