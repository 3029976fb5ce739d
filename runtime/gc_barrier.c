// gc_barrier.c - the write barrier and typed copies.
//
// Rule (see gc.c): while Heap.marking is set, a store of a pointer into
// memory shades the pointer it overwrites (deletion barrier: a reference
// the collector may not have seen yet cannot disappear) and the pointer
// it stores (insertion barrier: a black object never gains a white child).
// That is Go's hybrid barrier applied unconditionally, which makes stacks
// safe to scan once per cycle. When marking is off the barrier is one
// load and a predictable branch. Today marking is only set inside the
// stop-the-world cycle; the concurrent collector will set it while the
// program runs (and buffer the shades per mutator).
#include <string.h>

#include "gc_internal.h"

void gc_write_ptr(Runtime *rt, void **slot, void *ptr) {
    Heap *h = rt->heap;
    if (__builtin_expect(h->marking, 0)) {
        gc_shade(h, (uintptr_t)*slot);
        gc_shade(h, (uintptr_t)ptr);
    }
    *slot = ptr;
}

// shade_typed shades every pointer word of n values of type t at p.
static void shade_typed(Heap *h, const Type *t, const void *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const uintptr_t *words = (const uintptr_t *)((const char *)p + i * t->size);
        for (uint32_t w = 0; w < t->ptrwords; w++)
            if (type_ptr_word(t, w))
                gc_shade(h, words[w]);
    }
}

// gc_write_bulk: n is the number of elements of type t at dst and src.
void gc_write_bulk(Runtime *rt, const Type *t, void *dst, const void *src, size_t n) {
    Heap *h = rt->heap;
    if (!h->marking || !t->gcmask || t->ptrwords == 0 || t->size == 0)
        return;
    shade_typed(h, t, dst, n);
    if (src)
        shade_typed(h, t, src, n);
}

void rt_typedmemmove(Runtime *rt, const Type *t, void *dst, const void *src, size_t n) {
    if (n == 0 || dst == src)
        return;
    gc_write_bulk(rt, t, dst, src, n);
    memmove(dst, src, n * t->size);
}
