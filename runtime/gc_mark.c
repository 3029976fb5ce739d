// gc_mark.c - marking: shading, the grey stack, root scanning and
// precise object scanning (the design essay is in gc.c).
//
// - gc_shade(p): if p points into an allocated, unmarked heap object
//   (interior pointers included), set its mark bit and, unless the object
//   is noscan, push its base address on the mark stack (grey). Pointers
//   to anything else (static data, C memory, Type descriptors, free
//   slots) are ignored, so conservative roots are safe.
// - Roots are scanned conservatively: every aligned word of the running
//   goroutine's stack from the current frame to its top (callee-saved
//   registers are spilled into the frame by __builtin_unwind_init and
//   setjmp first), every suspended stack from its saved stack pointer,
//   and every gc_add_root range. These reads may touch ASan redzones, so
//   scan_range is not instrumented.
// - Heap objects are scanned precisely: span_type gives the object's Type; its gcmask (one bit per word) is applied to the object
//   as many times as the Type fits (arrays, and the slack of a size class,
//   which is zeroed).
// - The mark stack is an explicit array (no recursion), grown by doubling.
#include <setjmp.h>
#include <stdlib.h>

#include "gc_internal.h"

static void push_grey(Heap *h, uintptr_t obj) {
    if (h->mark_len == h->mark_cap) {
        size_t cap = h->mark_cap ? h->mark_cap * 2 : 4096;
        uintptr_t *n = realloc(h->mark_stack, cap * sizeof *n);
        if (!n)
            rt_fatal(h->rt, "runtime: out of memory (mark stack)");
        h->mark_stack = n;
        h->mark_cap = cap;
    }
    h->mark_stack[h->mark_len++] = obj;
}

// shade_span is gc_shade once p's span s is known.
static inline void shade_span(Heap *h, Span *s, uintptr_t p) {
    if (!s || s->state != SPAN_INUSE)
        return;
    uint32_t idx = span_index(s, p);
    if (idx >= s->nelems)
        return;
    uint64_t bit = (uint64_t)1 << (idx & 63);
    uint32_t w = idx >> 6;
    if (!(s->allocbits[w] & bit) || (s->markbits[w] & bit))
        return;
    s->markbits[w] |= bit;
    h->marked_bytes += s->elemsize;
    if (!s->noscan)
        push_grey(h, s->base + idx * s->elemsize);
}

void gc_shade(Heap *h, uintptr_t p) {
    shade_span(h, span_of(h, p), p);
}

// scan_range shades every aligned word of [lo, hi) (conservative roots).
__attribute__((no_sanitize("address"), noinline))
static void scan_range(Heap *h, uintptr_t lo, uintptr_t hi) {
    lo = (lo + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    for (uintptr_t a = lo; a + sizeof(void *) <= hi; a += sizeof(void *)) {
        uintptr_t v = *(volatile uintptr_t *)a;
        if (v - h->lo < h->hi - h->lo)
            gc_shade(h, v);
    }
}

// scan_object scans the object at obj (its mark bit set) precisely.
static void scan_object(Heap *h, uintptr_t obj) {
    Span *s = span_of(h, obj);
    uint32_t idx = span_index(s, obj);
    const Type *t = span_type(s, idx);
    if (!t || !t->gcmask || t->size == 0)
        return;
    size_t limit = s->large ? s->reqsize : s->elemsize;
    size_t esz = t->size;
    uint32_t nptr = t->ptrwords;
    for (size_t off = 0; off + sizeof(void *) <= limit; off += esz) {
        const uintptr_t *words = (const uintptr_t *)(obj + off);
        uint32_t n = nptr;
        if (off + (size_t)n * 8 > limit)
            n = (uint32_t)((limit - off) / 8);
        for (uint32_t w = 0; w < n; w++) {
            if (!type_ptr_word(t, w))
                continue;
            uintptr_t v = words[w];
            if (v - h->lo < h->hi - h->lo)
                gc_shade(h, v);
        }
    }
}

// gc_drain scans grey objects until none is left. Objects pass through
// a small FIFO between the mark stack and the scanner and are prefetched
// on entering it, so the cache miss of reading an object overlaps the
// scanning of the ones before it.
#define PREFETCH_RING 16
void gc_drain(Heap *h) {
    uintptr_t ring[PREFETCH_RING];
    unsigned head = 0, n = 0;
    for (;;) {
        while (n < PREFETCH_RING && h->mark_len > 0) {
            uintptr_t obj = h->mark_stack[--h->mark_len];
            __builtin_prefetch((const void *)obj);
            ring[(head + n++) % PREFETCH_RING] = obj;
        }
        if (n == 0)
            return;
        uintptr_t obj = ring[head];
        head = (head + 1) % PREFETCH_RING;
        n--;
        scan_object(h, obj);
    }
}

// scan_stacks runs in a frame below gc_mark_roots's, so the registers
// that function spilled lie inside [sp, top) of the running stack.
__attribute__((noinline))
static void scan_stacks(Runtime *rt) {
    Heap *h = rt->heap;
    volatile uintptr_t here = 0;
    uintptr_t sp = (uintptr_t)&here;
    Stack *cur = rt->stack_cur;
    if (cur)
        scan_range(h, sp, cur->hi);
    for (Stack *s = rt->stacks; s; s = s->next)
        if (s != cur && s->saved_sp && !s->done)
            scan_range(h, (uintptr_t)s->saved_sp, s->hi);
}

void gc_mark_roots(Runtime *rt) {
    Heap *h = rt->heap;
    jmp_buf regs;
    __builtin_unwind_init();
    setjmp(regs);
    scan_stacks(rt);
    for (size_t i = 0; i < h->nroots; i++) {
        uintptr_t lo = (uintptr_t)h->roots[i].start;
        scan_range(h, lo, lo + h->roots[i].size);
    }
}
