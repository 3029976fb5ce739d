// gc_mark.c - marking: shading, grey work buffers, root scanning and
// precise object scanning (the design essay is in gc.c).
//
// - gc_shade_work(p): if p points into an allocated, unmarked heap object
//   (interior pointers included), set its mark bit atomically and, unless
//   the object is noscan, push its base address on the marker's GcWork
//   (grey). Pointers to anything else (static data, C memory, Type
//   descriptors, free slots) are ignored, so conservative roots are safe.
//   The mutator (barrier flushes, assists, the stop-the-world phases) and
//   the collector thread may shade at the same time: the atomic fetch-or
//   of the mark bit decides which of them greys the object.
// - Work: each marker keeps a local GcWork of GC_WORK_CAP greys; a full
//   one spills half to the shared grey stack (blocks under mark_lock), an
//   empty one takes a batch from it. Spilling wakes an idle collector. A
//   grey is an object's base address, or for a large object the address
//   where its next oblet starts.
// - Roots are scanned conservatively. With the world stopped at the cycle
//   start (the mutator is the only other thread): every aligned word of
//   the running goroutine's stack from the current frame to its top
//   (callee-saved registers are spilled into the frame by
//   __builtin_unwind_init and setjmp first) and every plain gc_add_root
//   range. Concurrently: suspended stacks, from their saved stack pointer,
//   by the collector thread or by the scheduler before it resumes one,
//   each once per cycle (see "stacks" below), and the global roots
//   (gc_roots.c). These reads may touch ASan redzones,
//   so scan_range is not instrumented.
// - Heap objects are scanned precisely: span_type gives the object's Type;
//   its gcmask (one bit per word) is applied to the object as many times
//   as the Type fits (arrays, and the slack of a size class, which is
//   zeroed). The collector thread reads words the mutator may be writing:
//   any value it sees is fine (the barrier shades both the overwritten and
//   the stored pointer), so scan_object is not instrumented by TSan.
#include <sched.h>
#include <setjmp.h>
#include <string.h>
#include <stdlib.h>

#include "gc_internal.h"

#define BATCH 128   // greys taken from the shared stack at once

// The shared grey stack is a stack of MarkBlocks: the top one holds
// mark_top_n entries, every one below it is full; emptied blocks wait in
// mark_spare.

// shared_push moves n greys to the shared stack (mark_lock held).
static void shared_push(Heap *h, const uintptr_t *objs, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!h->mark_top || h->mark_top_n == GC_MARK_BLOCK) {
            MarkBlock *b = h->mark_spare;
            if (b) {
                h->mark_spare = b->next;
            } else {
                b = malloc(sizeof *b);
                if (!b)
                    rt_fatal(h->rt, "runtime: out of memory (mark stack)");
                h->mark_cap += GC_MARK_BLOCK;
            }
            b->next = h->mark_top;
            h->mark_top = b;
            h->mark_top_n = 0;
        }
        h->mark_top->e[h->mark_top_n++] = objs[i];
        __atomic_store_n(&h->mark_len, h->mark_len + 1, __ATOMIC_RELAXED);
    }
}

// shared_pop takes the top grey (mark_lock held, mark_len > 0).
static uintptr_t shared_pop(Heap *h) {
    if (h->mark_top_n == 0) {
        MarkBlock *b = h->mark_top;
        h->mark_top = b->next;
        b->next = h->mark_spare;
        h->mark_spare = b;
        h->mark_top_n = GC_MARK_BLOCK;
    }
    __atomic_store_n(&h->mark_len, h->mark_len - 1, __ATOMIC_RELAXED);
    return h->mark_top->e[--h->mark_top_n];
}

void gc_mark_stack_free(Heap *h) {
    for (MarkBlock *b = h->mark_top, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    for (MarkBlock *b = h->mark_spare, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    h->mark_top = h->mark_spare = NULL;
}

// spill moves the older half (or all) of w to the shared stack.
static void spill(Heap *h, GcWork *w, size_t n) {
    pthread_mutex_lock(&h->mark_lock);
    shared_push(h, w->buf, n);
    if (h->bg_idle && !h->defer_wake)
        pthread_cond_signal(&h->bg_cond);
    pthread_mutex_unlock(&h->mark_lock);
    for (size_t i = n; i < w->n; i++)
        w->buf[i - n] = w->buf[i];
    w->n -= n;
}

// count_marked adds what w marked to Heap.marked_bytes.
static void count_marked(Heap *h, GcWork *w) {
    if (w->marked) {
        __atomic_fetch_add(&h->marked_bytes, w->marked, __ATOMIC_RELAXED);
        w->marked = 0;
    }
}

void gc_work_flush(Heap *h, GcWork *w) {
    count_marked(h, w);
    if (w->n)
        spill(h, w, w->n);
}

static inline void push_grey(Heap *h, GcWork *w, uintptr_t obj) {
    if (w->n == GC_WORK_CAP)
        spill(h, w, GC_WORK_CAP / 2);
    w->buf[w->n++] = obj;
}

// refill_work takes a batch from the shared stack; false when it is empty,
// or, for an assist (a deadline set), when the collector thread holds the
// lock: a holder the OS preempted made assists wait for milliseconds.
static bool refill_work(Heap *h, GcWork *w) {
    if (w->deadline) {
        if (pthread_mutex_trylock(&h->mark_lock) != 0)
            return false;
    } else {
        pthread_mutex_lock(&h->mark_lock);
    }
    size_t n = h->mark_len < BATCH ? h->mark_len : BATCH;
    for (size_t i = 0; i < n; i++)
        w->buf[w->n++] = shared_pop(h);
    pthread_mutex_unlock(&h->mark_lock);
    return n > 0;
}

// shade_span is gc_shade_work once p's span s is known. record is a
// constant at each call: only root scans note objects for gccheckmark.
static inline __attribute__((always_inline)) void shade_span(Heap *h, GcWork *w, Span *s, uintptr_t p,
                                                             bool record) {
    if (!span_inuse(s))
        return;
    uint32_t idx = span_index(s, p);
    if (idx >= s->nelems)
        return;
    uint64_t bit = (uint64_t)1 << (idx & 63);
    uint32_t wi = idx >> 6;
    if (!(__atomic_load_n(&s->allocbits[wi], __ATOMIC_ACQUIRE) & bit))
        return;
    if (record && __builtin_expect(w->record, 0))
        gc_record_root(h, s->base + idx * s->elemsize);
    if (__atomic_load_n(&s->markbits[wi], __ATOMIC_RELAXED) & bit)
        return;
    if (__atomic_fetch_or(&s->markbits[wi], bit, __ATOMIC_ACQ_REL) & bit)
        return;
    w->marked += s->elemsize;
    if (!s->noscan)
        push_grey(h, w, s->base + idx * s->elemsize);
}

// span_of_heap is span_of for an address already known to lie within
// [Heap.lo, Heap.hi) (the bounds check is the caller's).
static inline Span *span_of_heap(const Heap *h, uintptr_t p) {
    Arena *a = __atomic_load_n(&h->l1[p >> GC_ARENA_SHIFT], __ATOMIC_ACQUIRE);
    if (!a)
        return NULL;
    return __atomic_load_n(&a->pages[(p >> GC_PAGE_SHIFT) & (GC_ARENA_PAGES - 1)], __ATOMIC_ACQUIRE);
}

void gc_shade_work(Heap *h, GcWork *w, uintptr_t p) {
    shade_span(h, w, span_of(h, p), p, true);
}

void gc_shade(Heap *h, uintptr_t p) {
    gc_shade_work(h, &h->mut_work, p);
}

// scan_range shades every aligned word of [lo, hi) (conservative roots).
__attribute__((no_sanitize("address", "thread"), noinline))
static void scan_range(Heap *h, GcWork *w, uintptr_t lo, uintptr_t hi) {
    lo = (lo + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    for (uintptr_t a = lo; a + sizeof(void *) <= hi; a += sizeof(void *)) {
        uintptr_t v = *(volatile uintptr_t *)a;
        if (v - h->lo < h->hi - h->lo)
            gc_shade_work(h, w, v);
    }
}

// scan_object scans the object at p (its mark bit set) precisely and
// returns the work it did: the bytes it covered plus SHADE_COST per
// pointer into the heap it shaded (the cache misses are in those). A
// large object is scanned OBLET bytes at a time (Go's oblets, smaller: 512
// pointers, a few hundred microseconds at worst): p is then the address
// where the rest starts, pushed back as a grey entry, so no marker (an
// assist above all) spends milliseconds on one big array or map.
#define OBLET ((size_t)4 << 10)
#define SHADE_COST 64

// oblet_end: the end (offset in obj) of the part of large object obj
// (reqsize bytes, elements of esz) that a scan from start covers; the
// rest is pushed back as a grey.
__attribute__((noinline))
static size_t oblet_end(Heap *h, GcWork *w, uintptr_t obj, size_t start, size_t reqsize, size_t esz) {
    if (reqsize - start <= OBLET + esz)
        return reqsize;
    size_t end = start + (OBLET > esz ? OBLET / esz * esz : esz);
    push_grey(h, w, obj + end);
    return end;
}

// type_mask64: the pointer mask of t (at most 64 words) as one word.
static inline uint64_t type_mask64(const Type *t) {
    uint64_t m = 0;
    for (uint32_t b = 0; b < (t->ptrwords + 7) / 8; b++)
        m |= (uint64_t)t->gcmask[b] << (8 * b);
    return m;
}

__attribute__((no_sanitize("thread")))
static size_t scan_object(Heap *h, GcWork *w, uintptr_t p) {
    Span *s = span_of_heap(h, p);   // a grey is always a heap address
    uint32_t idx = span_index(s, p);
    const Type *t = span_type(s, idx);
    if (!t || !t->gcmask || t->size == 0)
        return 0;
    uintptr_t obj = s->base + idx * s->elemsize;
    size_t start = p - obj;   // 0, or a multiple of t->size (an oblet)
    size_t esz = t->size;
    size_t limit = __builtin_expect(s->large, 0) ? oblet_end(h, w, obj, start, s->reqsize, esz) : s->elemsize;
    // Whole elements only: a tail shorter than one is the size class's
    // slack, zeroed. The pointer words come from the mask by its set bits
    // (one 64-bit word of it for types of up to 64 words, else a byte, 8
    // words, at a time); the shade is inlined (shade_span).
    size_t shaded = 0;
    uintptr_t lo = __atomic_load_n(&h->lo, __ATOMIC_RELAXED);
    uintptr_t span = __atomic_load_n(&h->hi, __ATOMIC_RELAXED) - lo;
    if (t->ptrwords <= 64) {
        uint64_t mask = type_mask64(t);
        for (size_t off = start; off + esz <= limit; off += esz) {
            const uintptr_t *words = (const uintptr_t *)(obj + off);
            for (uint64_t m = mask; m; m &= m - 1) {
                uintptr_t v = words[__builtin_ctzll(m)];
                if (v - lo < span) {
                    shade_span(h, w, span_of_heap(h, v), v, false);
                    shaded++;
                }
            }
        }
        return limit - start + shaded * SHADE_COST;
    }
    const uint8_t *mask = t->gcmask;
    uint32_t nbytes = (t->ptrwords + 7) / 8;
    for (size_t off = start; off + esz <= limit; off += esz) {
        const uintptr_t *words = (const uintptr_t *)(obj + off);
        for (uint32_t b = 0; b < nbytes; b++) {
            for (unsigned m = mask[b]; m; m &= m - 1) {
                uintptr_t v = words[b * 8 + (unsigned)__builtin_ctz(m)];
                if (v - lo < span) {
                    shade_span(h, w, span_of_heap(h, v), v, false);
                    shaded++;
                }
            }
        }
    }
    return limit - start + shaded * SHADE_COST;
}

// gc_drain_work: grey objects pass through a small FIFO between the work
// buffer and the scanner and are prefetched on entering it, so the cache
// miss of reading an object overlaps the scanning of the ones before it.
#define PREFETCH_RING 16
#define CLOCK_EVERY 4096   // work units (gc_drain_work) between deadline checks
bool gc_drain_work(Heap *h, GcWork *w, uint64_t budget) {
    uintptr_t ring[PREFETCH_RING];
    unsigned head = 0, n = 0;
    uint64_t done = 0, clock_at = CLOCK_EVERY;
    for (;;) {
        bool late = false;
        if (w->deadline && done >= clock_at) {   // the clock every few us of work
            clock_at = done + CLOCK_EVERY;
            late = gc_nanotime() >= w->deadline;
        }
        if (done >= budget || late) {
            // Give the unscanned ones back (they are grey: marked, queued).
            while (n > 0) {
                push_grey(h, w, ring[head]);
                head = (head + 1) % PREFETCH_RING;
                n--;
            }
            w->scanned += done;
            count_marked(h, w);
            return false;
        }
        while (n < PREFETCH_RING && (w->n > 0 || (n == 0 && refill_work(h, w)))) {
            uintptr_t obj = w->buf[--w->n];
            __builtin_prefetch((const void *)obj);
            ring[(head + n++) % PREFETCH_RING] = obj;
        }
        if (n == 0) {
            w->scanned += done;
            count_marked(h, w);
            return true;
        }
        uintptr_t obj = ring[head];
        head = (head + 1) % PREFETCH_RING;
        n--;
        done += scan_object(h, w, obj) + 8;
    }
}

void gc_drain(Heap *h) {
    gc_drain_work(h, &h->mut_work, UINT64_MAX);
}

void gc_scan_root_range(Heap *h, GcWork *w, uintptr_t lo, uintptr_t hi) {
    w->root_bytes += hi - lo;
    w->record = h->dbg_checkmark;
    scan_range(h, w, lo, hi);
    w->record = false;
}

// ---- stacks ------------------------------------------------------------------------
// Each cycle scans every goroutine stack exactly once, outside the
// stop-the-world pauses except for the stack running at the cycle start.
// Stack.scangen says where a stack is in the cycle numbered Heap.stackgen
// (even, += 2 at each start): == stackgen, scanned; == stackgen + 1, being
// scanned; anything else, not yet. A scanner claims a stack by moving
// scangen to stackgen + 1 (compare-and-swap), so the collector thread
// (walking the stacks listed at the start) and the scheduler (which scans
// a stack before it resumes it: gc_stack_resume) do not both scan one,
// except when the scheduler finds the collector thread in the middle of a
// stack it must resume: it then scans the stack itself rather than wait. Why this is enough
// (snapshot at the beginning): a stack that has not run since the cycle
// started still holds what it held then, and one that runs again was
// scanned first; writes into a parked stack (channel hand-offs) go
// through the typed-copy barrier, which shades what they overwrite and
// what they copy.

// stack_claim: true when the caller now owns the scan of s in cycle gen.
static bool stack_claim(Stack *s, uint32_t gen) {
    uint32_t v = __atomic_load_n(&s->scangen, __ATOMIC_ACQUIRE);
    while (v != gen && v != gen + 1)
        if (__atomic_compare_exchange_n(&s->scangen, &v, gen + 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return true;
    return false;
}

// scan_suspended scans claimed stack s from its saved stack pointer (its
// callee-saved registers lie above it) and marks it scanned.
static void scan_suspended(Heap *h, GcWork *w, Stack *s, uint32_t gen) {
    uintptr_t sp = (uintptr_t)__atomic_load_n(&s->saved_sp, __ATOMIC_ACQUIRE);
    if (sp && !__atomic_load_n(&s->done, __ATOMIC_RELAXED)) {
        gc_scan_root_range(h, w, sp, s->hi);
        __atomic_fetch_add(&h->stacks_scanned, 1, __ATOMIC_RELAXED);
        __atomic_fetch_add(&h->stack_bytes, s->hi - sp, __ATOMIC_RELAXED);
    }
    __atomic_store_n(&s->scangen, gen, __ATOMIC_RELEASE);
}

void gc_scan_stacks(Heap *h, GcWork *w, Stack *list, uint32_t gen) {
    for (Stack *s = list; s; s = s->next)
        if (stack_claim(s, gen))
            scan_suspended(h, w, s, gen);
}

bool gc_scan_stack_batch(Heap *h, GcWork *w, size_t max) {
    if (w->deadline) {   // an assist does not wait for the lock (see refill_work)
        if (pthread_mutex_trylock(&h->mark_lock) != 0)
            return false;
    } else {
        pthread_mutex_lock(&h->mark_lock);
    }
    Stack *first = h->scan_next, *end = first;
    for (size_t n = 0; end && n < max; n++)
        end = end->next;
    __atomic_store_n(&h->scan_next, end, __ATOMIC_RELAXED);
    uint32_t gen = h->stackgen;
    if (first)
        __atomic_fetch_add(&h->walkers, 1, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&h->mark_lock);
    if (!first)
        return false;
    for (Stack *s = first; s != end; s = s->next)
        if (stack_claim(s, gen))
            scan_suspended(h, w, s, gen);
    __atomic_fetch_sub(&h->walkers, 1, __ATOMIC_RELEASE);
    return true;
}

void gc_stack_born(Runtime *rt, Stack *s) {
    Heap *h = rt->heap;
    if (!h->marking)
        return;
    uint32_t gen = h->stackgen;
    uint32_t v = __atomic_load_n(&s->scangen, __ATOMIC_ACQUIRE);
    while (v != gen && v != gen + 1)   // gen + 1: the collector is reading it; let it finish
        if (__atomic_compare_exchange_n(&s->scangen, &v, gen, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            break;
}

void gc_stack_resume(Runtime *rt, Stack *s) {
    Heap *h = rt->heap;
    uint32_t gen = h->stackgen;
    if (__atomic_load_n(&s->scangen, __ATOMIC_ACQUIRE) == gen)
        return;
    gc_stall_begin(h);
    if (stack_claim(s, gen)) {
        scan_suspended(h, &h->mut_work, s, gen);
    } else if (__atomic_load_n(&s->scangen, __ATOMIC_ACQUIRE) != gen) {
        // The collector thread is scanning s. Waiting for it (sched_yield)
        // held the mutator up for a time slice whenever the OS had
        // descheduled that thread mid-scan: scan s here too instead. The
        // collector may go on reading s while it runs: any word it sees is
        // a conservative root at worst, and what s held at the snapshot is
        // scanned here.
        uintptr_t sp = (uintptr_t)__atomic_load_n(&s->saved_sp, __ATOMIC_ACQUIRE);
        if (sp && !__atomic_load_n(&s->done, __ATOMIC_RELAXED))
            gc_scan_root_range(h, &h->mut_work, sp, s->hi);
        __atomic_store_n(&s->scangen, gen, __ATOMIC_RELEASE);   // scanned (the collector stores it too)
    }
    gc_stall_end(h, GC_STALL_STACK);
}

// scan_running scans the running stack from lo (the register save area
// of gc_mark_roots, so the registers it spilled are included and the
// collector's own deeper frames, whose padding may hold stale words, are
// not) and marks it scanned.
__attribute__((noinline))
static void scan_running(Runtime *rt, GcWork *w, uintptr_t lo) {
    Heap *h = rt->heap;
    Stack *cur = rt->stack_cur;
    if (cur) {
        gc_scan_root_range(h, w, lo, cur->hi);
        __atomic_store_n(&h->stack_bytes, cur->hi - lo, __ATOMIC_RELAXED);
        __atomic_store_n(&cur->scangen, h->stackgen, __ATOMIC_RELEASE);
        // running on a segment: the goroutine's small stack runs too (its
        // frames are used from the segment), so it is black from the start
        if (cur->base && stack_claim(cur->base, h->stackgen))
            scan_suspended(h, w, cur->base, h->stackgen);
    }
}

void gc_mark_roots(Runtime *rt, GcWork *w) {
    Heap *h = rt->heap;
    jmp_buf regs;
    memset(&regs, 0, sizeof regs);   // setjmp leaves its signal-mask words as they were
    __builtin_unwind_init();
    setjmp(regs);
    scan_running(rt, w, (uintptr_t)&regs);
    gc_scan_plain_roots(h, w);
}
