// gc_barrier.c - the write barrier and typed copies.
//
// Rule (see gc.c): while Heap.marking is set, a store of a pointer into
// memory shades the pointer it overwrites (Yuasa's deletion barrier: a
// reference the collector may not have seen yet cannot disappear, so
// everything reachable at the cycle's snapshot gets marked). That is Go's
// hybrid barrier with every running stack black: a goroutine's stack is
// scanned at the cycle start or before it first runs in the cycle, so no
// grey stack ever stores. The roots scanned concurrently (parked stacks,
// globals) are covered because every store into them goes through here;
// those scanned in the start pause (plain roots) are black from the start
// and need no barrier. When marking is off the barrier is one load and a
// predictable branch.
//
// The stored pointer. gc_write_ptr shades it too; bulk copies
// (gc_write_bulk, rt_typedmemmove) do not: they were 9 in 10 of the
// barrier's shades on map_churn. Reachability needs neither, but a stored
// value may be an invented reference: a slice or string emptied by C code
// that points one past its array, at the next heap object, garbage at the
// snapshot. The sweep may then free that object under a pointer that is
// never dereferenced (harmless), but gccheckmark, which re-marks from the
// roots as they are now, reports it. Shading single stores covers the
// runtime's re-slicing (flag's args, measured: 3 checkmark failures in 15
// gcstress runs of differential_flag_bufio.go without it); the evaluator's
// slice expressions keep the base pointer for an empty result, as Go does.
//
// Fresh objects. A composite literal fills its newly allocated object
// field by field (rt_store_init) before any other code can see it, and
// its pointer-typed fields (pointer, map, chan, func: never an invented
// reference, those are slices and strings) go in without the barrier:
// the word overwritten is nil, and the pointer stored is marked anyway,
// since a mutator with a black stack only holds pointers to objects
// reachable at the snapshot or allocated black since. If the object was
// allocated before the cycle started, the start pause found it on the
// stack (grey): a marker scanning it before the store sees nil, which is
// fine for the same reason. binary_trees: 40% of the barrier's shades.
//
// While marking, the barrier only appends the overwritten pointer to the
// mutator's buffer (Heap.wbuf); a full buffer is shaded by the mutator (atomic mark
// bits) and the greys it produced handed to the collector thread through
// the shared grey stack (gc_barrier_flush). Mark termination flushes the
// buffer before it confirms that no grey object is left.
#include <string.h>

#include "gc_internal.h"

void gc_barrier_flush(Heap *h) {
    size_t n = h->wbuf_n;
    h->wbuf_n = 0;
    for (size_t i = 0; i < n; i++)
        gc_shade_work(h, &h->mut_work, h->wbuf[i]);
}

static inline void wbuf_add(Heap *h, uintptr_t p) {
    if (p - h->lo >= h->hi - h->lo)
        return;
    if (__builtin_expect(h->wbuf_n == GC_WBUF_CAP, 0)) {
        gc_barrier_flush(h);
        if (h->phase != GC_PHASE_MARKTERM)
            gc_work_flush(h, &h->mut_work);
    }
    h->wbuf[h->wbuf_n++] = p;
}

void gc_write_ptr(Runtime *rt, void **slot, void *ptr) {
    Heap *h = rt->heap;
    if (__builtin_expect(h->marking, 0)) {
        wbuf_add(h, (uintptr_t)*slot);
        wbuf_add(h, (uintptr_t)ptr);   // see "The stored pointer" above
    }
    *slot = ptr;
}

// shade_typed buffers every pointer word of n values of type t at p.
static void shade_typed(Heap *h, const Type *t, const void *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const uintptr_t *words = (const uintptr_t *)((const char *)p + i * t->size);
        for (uint32_t w = 0; w < t->ptrwords; w++)
            if (type_ptr_word(t, w))
                wbuf_add(h, words[w]);
    }
}

// gc_write_bulk: n is the number of elements of type t at dst (and src,
// which the deletion barrier does not need to look at).
void gc_write_bulk(Runtime *rt, const Type *t, void *dst, const void *src, size_t n) {
    Heap *h = rt->heap;
    (void)src;
    if (!h->marking || !t->gcmask || t->ptrwords == 0 || t->size == 0)
        return;
    shade_typed(h, t, dst, n);
}

void rt_typedmemmove(Runtime *rt, const Type *t, void *dst, const void *src, size_t n) {
    if (n == 0 || dst == src)
        return;
    gc_write_bulk(rt, t, dst, src, n);
    memmove(dst, src, n * t->size);
}
