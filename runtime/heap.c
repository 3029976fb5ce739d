// heap.c - the allocator: size classes, small-object spans, large
// objects, and the rt_alloc* funnel every Go value goes through.
//
// Fast path (rt_alloc of a small object): one compare against the GC
// trigger, a table lookup for the size class, the current span of that
// class and its allocation cache (ctz of the inverted allocation bits),
// set the allocation bit, record the type, zero the slot when the span
// may hold old bytes. No locks on the fast path: one mutator thread owns
// the current spans. When the current span is full, the next comes (under
// Heap.lock) from the class's partial list (spans swept with free slots),
// from sweeping a few unswept spans (lazy sweep: a span is always swept
// before the allocator uses it), or from the page heap. Objects allocated
// while marking is active are born marked (allocate black), so a
// concurrent cycle never frees them: the mark bit is set before the
// allocation bit (release), so a marker that sees the allocation bit finds
// the object already marked and never scans it while it is being filled.
//
// Layout and page map: see gc_internal.h; the page heap: heap_pages.c.
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

// Go 1.19's size classes (runtime/sizeclasses.go): object size and pages per span.
static const uint16_t go_class_size[GC_NUM_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
    4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768};
static const uint8_t go_class_npages[GC_NUM_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5,
    6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

static void init_classes(Heap *h) {
    for (int c = 0; c < GC_NUM_CLASSES; c++) {
        h->class_size[c] = go_class_size[c];
        h->class_npages[c] = go_class_npages[c];
    }
    int c = 1;
    for (size_t s = 0; s <= 1024; s += 8) {
        while (go_class_size[c] < s)
            c++;
        h->class_of8[s / 8] = (uint8_t)c;
    }
    for (size_t s = 1024; s <= GC_MAX_SMALL; s += 128) {
        while (go_class_size[c] < s)
            c++;
        h->class_of128[(s - 1024) / 128] = (uint8_t)c;
    }
}

static inline unsigned size_to_class(const Heap *h, size_t size) {
    if (size <= 1024)
        return h->class_of8[(size + 7) >> 3];
    return h->class_of128[(size - 1024 + 127) >> 7];
}

// ---- spans --------------------------------------------------------------------------

// span_load_cache refills alloc_cache from the bitmap word holding freeindex.
void span_load_cache(Span *s) {
    uint32_t w = s->freeindex >> 6;
    uint64_t bits = w < s->nwords ? ~s->allocbits[w] : 0;
    s->alloc_cache = bits >> (s->freeindex & 63);
}

// span_next_free: index of the next free slot of s, or UINT32_MAX when full.
static inline uint32_t span_next_free(Span *s) {
    while (s->alloc_cache == 0) {
        s->freeindex = (s->freeindex | 63) + 1;
        if (s->freeindex >= s->nelems) {
            s->freeindex = s->nelems;
            return UINT32_MAX;
        }
        span_load_cache(s);
    }
    unsigned b = (unsigned)__builtin_ctzll(s->alloc_cache);
    uint32_t idx = s->freeindex + b;
    if (idx >= s->nelems) {
        s->freeindex = s->nelems;
        s->alloc_cache = 0;
        return UINT32_MAX;
    }
    s->freeindex = idx + 1;
    if ((s->freeindex & 63) == 0)
        span_load_cache(s);
    else
        s->alloc_cache >>= b + 1;
    return idx;
}

static void inuse_add(Heap *h, Span *s) {
    if (h->ninuse == h->cap_inuse) {
        size_t cap = h->cap_inuse ? h->cap_inuse * 2 : 256;
        Span **n = realloc(h->inuse, cap * sizeof *n);
        if (!n)
            rt_fatal(h->rt, "runtime: out of memory");
        h->meta_sys += (cap - h->cap_inuse) * sizeof *n;
        h->inuse = n;
        h->cap_inuse = cap;
    }
    s->index = h->ninuse;
    h->inuse[h->ninuse++] = s;
}

// bits_get: a zeroed block for the two bitmaps of nwords words each.
static uint64_t *bits_get(Heap *h, uint32_t nwords) {
    uint64_t *b = nwords < 17 ? h->bits_cache[nwords] : NULL;
    if (b) {
        h->bits_cache[nwords] = (uint64_t *)b[0];
        memset(b, 0, 2 * nwords * sizeof *b);
        return b;
    }
    b = calloc(2 * (size_t)nwords, sizeof *b);
    if (!b)
        rt_fatal(h->rt, "runtime: out of memory");
    h->meta_sys += 2 * nwords * sizeof *b;
    return b;
}

static void bits_put(Heap *h, uint64_t *b, uint32_t nwords) {
    if (!b)
        return;
    if (nwords >= 17) {
        free(b);
        return;
    }
    b[0] = (uint64_t)h->bits_cache[nwords];
    h->bits_cache[nwords] = b;
}

// span_setup gives in-use span s its bitmaps and type array for nelems
// slots of elemsize bytes.
static void span_setup(Heap *h, Span *s, size_t elemsize, uint32_t nelems, bool noscan) {
    s->noscan = noscan;
    s->elemsize = elemsize;
    s->nelems = nelems;
    s->divmul = (uint32_t)(UINT32_MAX / (uint64_t)(elemsize > UINT32_MAX ? UINT32_MAX : elemsize) + 1);
    s->nwords = (nelems + 63) / 64;
    if (s->nwords == 1) {
        s->inline_bits[0] = s->inline_bits[1] = 0;
        s->allocbits = &s->inline_bits[0];
        s->markbits = &s->inline_bits[1];
        s->bits_mem = NULL;
    } else {
        s->bits_mem = bits_get(h, s->nwords);
        s->allocbits = s->bits_mem;
        s->markbits = s->bits_mem + s->nwords;
    }
    s->types = NULL;
    s->type1 = NULL;
    s->mixed = false;
    s->freeindex = 0;
    s->sweepgen = h->sweepgen;
    span_load_cache(s);
    inuse_add(h, s);
    __atomic_store_n(&s->state, SPAN_INUSE, __ATOMIC_RELEASE);
}

// span_teardown frees s's side arrays (s leaves the in-use set).
static void span_teardown(Heap *h, Span *s) {
    bits_put(h, s->bits_mem, s->nwords);
    free(s->types);
    s->bits_mem = s->allocbits = s->markbits = NULL;
    s->types = NULL;
}

void heap_release_span(Heap *h, Span *s) {
    gc_poison((void *)s->base, s->npages << GC_PAGE_SHIFT);
    span_teardown(h, s);
    pages_free(h, s);
}

// LAZY_SWEEP: spans the allocator sweeps at most per refill before it
// takes fresh pages.
#define LAZY_SWEEP 64

// refill makes a span with a free slot current for span class spc.
__attribute__((noinline))
static Span *refill(Heap *h, unsigned spc) {
    pthread_mutex_lock(&h->lock);
    if (h->phase == GC_PHASE_SWEEP) {
        gc_stall_begin(h);
        gc_sweep_paced(h);
        for (int i = 0; !h->partial[spc] && i < LAZY_SWEEP; i++)
            if (!gc_sweep_one(h))
                break;
        gc_stall_end(h, GC_STALL_SWEEP);
    }
    Span *s = h->partial[spc];
    if (s) {
        h->partial[spc] = s->next;
        s->next = NULL;
    } else {
        unsigned cls = spc >> 1;
        s = pages_alloc(h, h->class_npages[cls]);
        if (!s) {
            pthread_mutex_unlock(&h->lock);   // the REPL goes on after the fatal error
            rt_fatal(h->rt, "runtime: out of memory");
        }
        s->spanclass = (uint8_t)spc;
        size_t esz = h->class_size[cls];
        span_setup(h, s, esz, (uint32_t)((s->npages << GC_PAGE_SHIFT) / esz), spc & 1);
        gc_poison((void *)s->base, s->npages << GC_PAGE_SHIFT);
    }
    pthread_mutex_unlock(&h->lock);
    h->cur[spc] = s;
    return s;
}

// ---- allocation ------------------------------------------------------------------------

// span_set_type records the Type of object idx of s when it differs
// from type1: the span's first object, or the one that makes it mixed.
static void span_set_type(Heap *h, Span *s, uint32_t idx, const Type *t) {
    if (s->noscan)
        return;
    if (!s->type1) {
        s->type1 = t;
        return;
    }
    s->types = malloc(s->nelems * sizeof *s->types);
    if (!s->types)
        rt_fatal(h->rt, "runtime: out of memory");
    h->meta_sys += s->nelems * sizeof *s->types;
    for (uint32_t i = 0; i < s->nelems; i++)
        s->types[i] = s->type1;
    s->types[idx] = t;
    __atomic_store_n(&s->mixed, true, __ATOMIC_RELEASE);   // a marker reads types[] after
}

// finish_object records a new object at slot idx of s. Inlined into the
// three rt_alloc* entry points with alloc: as called functions their
// register saves were a third of an allocation's instructions.
// typed: the caller found s mixed or of type t (no new type to record).
static inline __attribute__((always_inline)) void *finish_object(Heap *h, Span *s, uint32_t idx, const Type *t, bool zero,
                                                                 bool typed) {
    void *p = (void *)(s->base + idx * s->elemsize);
    uint64_t bit = (uint64_t)1 << (idx & 63);
    uint64_t *aw = &s->allocbits[idx >> 6];
    if (h->marking) {
        // Born black: mark first (markers set other bits of the word), then
        // publish the allocation bit. Only the mutator writes allocbits.
        __atomic_fetch_or(&s->markbits[idx >> 6], bit, __ATOMIC_RELAXED);
        __atomic_store_n(aw, *aw | bit, __ATOMIC_RELEASE);
        h->black_alloc += s->elemsize;
    } else {
        __atomic_store_n(aw, *aw | bit, __ATOMIC_RELAXED);
    }
    if (s->mixed)
        s->types[idx] = t;
    else if (!typed && t != s->type1)
        span_set_type(h, s, idx, t);
#ifdef GOSUB_ASAN   // only there: a call to an empty function made every allocation save registers
    gc_unpoison(p, s->elemsize);
#endif
    h->heap_alloc += s->elemsize;
    h->total_alloc += s->elemsize;
    h->nmalloc++;
    if (zero && s->needzero)
        return memset(p, 0, s->elemsize);   // last: a tail call
    return p;
}

__attribute__((noinline))
static void *alloc_large(Heap *h, size_t size, const Type *t, bool noscan, bool zero) {
    size_t npages = (size + GC_PAGE_SIZE - 1) >> GC_PAGE_SHIFT;
    if (size > ((size_t)1 << 46))
        rt_fatal(h->rt, "runtime: out of memory");
    pthread_mutex_lock(&h->lock);
    if (h->phase == GC_PHASE_SWEEP) {
        gc_stall_begin(h);
        gc_sweep_paced(h);
        gc_stall_end(h, GC_STALL_SWEEP);
    }
    Span *s = pages_alloc(h, npages);
    if (!s) {
        pthread_mutex_unlock(&h->lock);   // the REPL goes on after the fatal error
        rt_fatal(h->rt, "runtime: out of memory");
    }
    s->large = true;
    s->spanclass = noscan;
    s->reqsize = size;
    span_setup(h, s, npages << GC_PAGE_SHIFT, 1, noscan);
    s->freeindex = 1;
    s->alloc_cache = 0;
    pthread_mutex_unlock(&h->lock);
    return finish_object(h, s, 0, t, zero, false);
}

// alloc_slow is alloc for every case its fast path leaves out: a trigger
// to check, a large object, a span to refill or to start on a new Type.
__attribute__((noinline))
static void *alloc_slow(Runtime *rt, size_t size, const Type *t, bool noscan, bool zero) {
    Heap *h = rt->heap;
    if (h->heap_alloc >= h->trigger)
        gc_maybe_collect(rt);
    if (size > GC_MAX_SMALL)
        return alloc_large(h, size, t, noscan, zero);
    unsigned spc = size_to_class(h, size ? size : 1) << 1 | noscan;
    Span *s = h->cur[spc];
    uint32_t idx = span_next_free(s);
    if (idx == UINT32_MAX) {
        s = refill(h, spc);
        idx = span_next_free(s);
    }
    return finish_object(h, s, idx, t, zero, false);
}

// alloc is the one funnel: size bytes for an object of type t (element
// type for arrays; NULL when noscan). Its fast path (a free slot in the
// allocation cache of the current span, whose objects are of type t) makes
// no call but tail calls, so it saves no registers; the rest is alloc_slow.
static inline __attribute__((always_inline)) void *alloc(Runtime *rt, size_t size, const Type *t, bool noscan,
                                                         bool zero) {
    Heap *h = rt->heap;
    if (__builtin_expect(h->heap_alloc >= h->trigger || size > GC_MAX_SMALL, 0))
        return alloc_slow(rt, size, t, noscan, zero);
    Span *s = h->cur[size_to_class(h, size ? size : 1) << 1 | noscan];
    uint64_t cache = s->alloc_cache;
    if (__builtin_expect(cache == 0 || (!s->mixed && t != s->type1), 0))
        return alloc_slow(rt, size, t, noscan, zero);
    unsigned b = (unsigned)__builtin_ctzll(cache);
    uint32_t idx = s->freeindex + b;
    if (__builtin_expect(idx >= s->nelems, 0))
        return alloc_slow(rt, size, t, noscan, zero);
    // span_next_free's step, inline
    s->freeindex = idx + 1;
    if ((s->freeindex & 63) == 0) {
        uint32_t w = s->freeindex >> 6;
        s->alloc_cache = w < s->nwords ? ~s->allocbits[w] : 0;
    } else {
        s->alloc_cache = cache >> (b + 1);
    }
    return finish_object(h, s, idx, t, zero, true);
}

static inline bool type_noscan(const Type *t) {
    return t->gcmask == NULL || t->ptrwords == 0;
}

void *rt_alloc(Runtime *rt, const Type *t) {
    if (!(t->flags & TF_NOPTR) && !t->gcmask && t->size > RT_MAX_MASKED)   // see RT_MAX_MASKED
        rt_fatal(rt, "runtime: out of memory");
    bool noscan = type_noscan(t);
    return alloc(rt, t->size, noscan ? NULL : t, noscan, true);
}

void *rt_alloc_array(Runtime *rt, const Type *elem, size_t n) {
    if ((elem->size && n > (((size_t)1 << 46) / elem->size)) ||
        (!(elem->flags & TF_NOPTR) && !elem->gcmask && elem->size > RT_MAX_MASKED))
        rt_fatal(rt, "runtime: out of memory");
    bool noscan = type_noscan(elem);
    return alloc(rt, elem->size * n, noscan ? NULL : elem, noscan, true);
}

void *rt_alloc_noscan(Runtime *rt, size_t size, bool zero) {
    if (size > ((size_t)1 << 46))
        rt_fatal(rt, "runtime: out of memory");
    return alloc(rt, size, NULL, true, zero);
}

void heap_flush_caches(Heap *h) {
    for (int i = 0; i < GC_NUM_SPANCLASSES; i++) {
        h->cur[i] = &h->empty;
        h->partial[i] = NULL;
    }
}

// ---- debug queries ----------------------------------------------------------------------

int gc_object_state(Runtime *rt, const void *p) {
    Span *s = span_of(rt->heap, (uintptr_t)p);
    if (!span_inuse(s))
        return 0;
    int st = GC_OBJ_HEAP | (s->noscan ? GC_OBJ_NOSCAN : 0);
    uint32_t idx = span_index(s, (uintptr_t)p);
    if (idx >= s->nelems)
        return st;
    if (bit_get(s->allocbits, idx))
        st |= GC_OBJ_ALLOCATED;
    if (bit_get(s->markbits, idx))
        st |= GC_OBJ_MARKED;
    return st;
}

void *gc_object_base(Runtime *rt, const void *p, size_t *size) {
    Span *s = span_of(rt->heap, (uintptr_t)p);
    if (!span_inuse(s))
        return NULL;
    uint32_t idx = span_index(s, (uintptr_t)p);
    if (idx >= s->nelems || !bit_get(s->allocbits, idx))
        return NULL;
    if (size)
        *size = s->elemsize;
    return (void *)(s->base + idx * s->elemsize);
}

// ---- lifetime -----------------------------------------------------------------------------

Heap *heap_new(Runtime *rt) {
    Heap *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->rt = rt;
    pthread_mutex_init(&h->lock, NULL);
    pthread_mutex_init(&h->mark_lock, NULL);
    pthread_cond_init(&h->bg_cond, NULL);
    pthread_cond_init(&h->idle_cond, NULL);
    h->sweepgen = 2;
    init_classes(h);
    heap_flush_caches(h);
    if (!pages_init(h)) {
        free(h);
        return NULL;
    }
    h->meta_sys = sizeof *h + GC_L1_ENTRIES * sizeof(Arena *) / 1024;
    h->start_ns = gc_nanotime();
    h->next_gc = GC_MIN_HEAP;
    return h;
}

void heap_free(Heap *h) {
    if (!h)
        return;
    for (size_t i = 0; i < h->ninuse; i++) {
        if (!h->inuse[i])
            continue;
        span_teardown(h, h->inuse[i]);
        free(h->inuse[i]);
    }
    for (Span *s = h->limbo, *n; s; s = n) {
        n = s->next;
        free(s);
    }
    pages_fini(h);
    for (int i = 0; i < 17; i++) {
        for (uint64_t *b = h->bits_cache[i], *n; b; b = n) {
            n = (uint64_t *)b[0];
            free(b);
        }
    }
    free(h->inuse);
    gc_mark_stack_free(h);
    free(h->roots);
    gc_globals_free(h);
    free(h->pauses);
    free(h->stalls);
    free(h->snap_roots);
    pthread_mutex_destroy(&h->lock);
    pthread_mutex_destroy(&h->mark_lock);
    pthread_cond_destroy(&h->bg_cond);
    pthread_cond_destroy(&h->idle_cond);
    free(h);
}
