// heap_pages.c - the page heap: arenas from mmap, the page map, and runs
// of free pages.
//
// Invariants:
//   - Arenas are GC_ARENA_SIZE bytes, aligned to GC_ARENA_SIZE, reserved
//     with MAP_NORESERVE; h->l1 maps an arena number to its Arena.
//   - Every page of every arena maps (Arena.pages) to the one Span that
//     covers it, FREE or INUSE. Merging or splitting spans rewrites the
//     entries of the smaller part only, so the cost stays proportional to
//     the pages allocated.
//   - FREE spans never touch each other (freeing coalesces with both
//     neighbours) and sit in h->free[npages] (npages < GC_FREE_BUCKETS) or
//     h->free[0] (larger runs), doubly linked.
//   - A FREE span is `released` when its pages were returned to the OS
//     (or never touched) and are not resident; a run merged from parts of
//     both kinds takes the larger part's state, so heap_released (the sum
//     of released free spans) is an estimate. Whether a span's bytes may
//     be non-zero is needzero's to say, never released's.
//   - Everything here runs with Heap.lock held (or the world stopped). The
//     collector thread reads the page map and span states without it while
//     marking, so those are written with release stores, and span structs
//     freed while marking wait on Heap.limbo until mark termination (a
//     marker holding a stale page-map entry never sees a struct reused).
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc_internal.h"

// ---- Span structs ----------------------------------------------------------------

// span_struct_new: a zeroed Span (recycled or malloc'ed); fatal when out of memory.
Span *span_struct_new(Heap *h) {
    Span *s = h->dead;
    if (s) {
        h->dead = s->next;
        memset(s, 0, sizeof *s);
        return s;
    }
    s = calloc(1, sizeof *s);
    if (!s)
        rt_fatal(h->rt, "runtime: out of memory");
    h->meta_sys += sizeof *s;
    return s;
}

void span_struct_free(Heap *h, Span *s) {
    __atomic_store_n(&s->state, SPAN_DEAD, __ATOMIC_RELEASE);
    if (h->marking) {
        s->next = h->limbo;
        h->limbo = s;
        return;
    }
    s->next = h->dead;
    h->dead = s;
}

// ---- page map ----------------------------------------------------------------------

// pagemap_set points the entries of npages pages from base at s.
static void pagemap_set(Heap *h, uintptr_t base, size_t npages, Span *s) {
    while (npages > 0) {
        Arena *a = h->l1[base >> GC_ARENA_SHIFT];
        size_t first = (base >> GC_PAGE_SHIFT) & (GC_ARENA_PAGES - 1);
        size_t n = GC_ARENA_PAGES - first;
        if (n > npages)
            n = npages;
        for (size_t i = 0; i < n; i++)
            __atomic_store_n(&a->pages[first + i], s, __ATOMIC_RELEASE);
        npages -= n;
        base += n << GC_PAGE_SHIFT;
    }
}

// ---- free lists ----------------------------------------------------------------------

static Span **bucket_of(Heap *h, size_t npages) {
    return &h->free[npages < GC_FREE_BUCKETS ? npages : 0];
}

static void free_list_insert(Heap *h, Span *s) {
    Span **head = bucket_of(h, s->npages);
    s->prev = NULL;
    s->next = *head;
    if (*head)
        (*head)->prev = s;
    *head = s;
}

static void free_list_remove(Heap *h, Span *s) {
    if (s->prev)
        s->prev->next = s->next;
    else
        *bucket_of(h, s->npages) = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

// merge joins the adjacent free spans a (lower) and b (higher), neither on
// a list, and returns the surviving struct. The run takes the larger
// part's released state (the page accounting follows): marking the run
// resident whenever any part was made the scavenger release, every cycle,
// a freed span together with the untouched arena tail it merged into
// (spawn: 50 madvise calls, 3 MB of pages faulted back in per cycle).
static Span *merge(Heap *h, Span *a, Span *b) {
    Span *big = a->npages >= b->npages ? a : b;
    Span *small = big == a ? b : a;
    if (small->released != big->released) {
        if (big->released)
            h->heap_released += small->npages << GC_PAGE_SHIFT;
        else
            h->heap_released -= small->npages << GC_PAGE_SHIFT;
    }
    big->needzero = a->needzero || b->needzero;
    big->base = a->base;
    big->npages = a->npages + b->npages;
    pagemap_set(h, small->base, small->npages, big);
    span_struct_free(h, small);
    return big;
}

// free_insert makes s (not on a list, its pages mapped to it) a free span,
// coalescing with free neighbours.
static void free_insert(Heap *h, Span *s) {
    __atomic_store_n(&s->state, SPAN_FREE, __ATOMIC_RELEASE);
    if (s->released)
        h->heap_released += s->npages << GC_PAGE_SHIFT;
    Span *prev = s->base > h->lo ? span_of(h, s->base - 1) : NULL;
    if (prev && prev->state == SPAN_FREE) {
        free_list_remove(h, prev);
        s = merge(h, prev, s);
    }
    uintptr_t end = s->base + (s->npages << GC_PAGE_SHIFT);
    Span *next = span_of(h, end);
    if (next && next->state == SPAN_FREE) {
        free_list_remove(h, next);
        s = merge(h, s, next);
    }
    free_list_insert(h, s);
}

// ---- arenas ----------------------------------------------------------------------------

// map_aligned reserves size bytes aligned to GC_ARENA_SIZE.
static void *map_aligned(size_t size) {
    size_t total = size + GC_ARENA_SIZE;
    char *p = mmap(NULL, total, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t start = ((uintptr_t)p + GC_ARENA_SIZE - 1) & ~(GC_ARENA_SIZE - 1);
    size_t head = start - (uintptr_t)p;
    if (head)
        munmap(p, head);
    size_t tail = total - head - size;
    if (tail)
        munmap((char *)start + size, tail);
    return (void *)start;
}

// grow adds arenas holding at least npages pages as one free span.
static bool grow(Heap *h, size_t npages) {
    size_t bytes = (npages << GC_PAGE_SHIFT) + GC_ARENA_SIZE - 1;
    size_t count = bytes >> GC_ARENA_SHIFT;
    size_t size = count << GC_ARENA_SHIFT;
    if (size >> GC_PAGE_SHIFT < npages)   // overflow
        return false;
    size_t max = h->rt->cfg.max_heap;    // RtConfig.max_heap: out of memory past it
    if (max && (size > max || (h->narenas << GC_ARENA_SHIFT) > max - size))
        return false;
    char *base = map_aligned(size);
    if (!base || (uintptr_t)base + size > ((uintptr_t)1 << GC_ADDR_BITS))
        return false;
    if (h->narenas + count > h->cap_arenas) {
        size_t cap = (h->narenas + count) * 2;
        Arena **na = realloc(h->arenas, cap * sizeof *na);
        if (!na)
            return false;
        h->arenas = na;
        h->cap_arenas = cap;
    }
    for (size_t i = 0; i < count; i++) {
        Arena *a = calloc(1, sizeof *a);
        if (!a)
            return false;
        a->base = (uintptr_t)base + (i << GC_ARENA_SHIFT);
        __atomic_store_n(&h->l1[a->base >> GC_ARENA_SHIFT], a, __ATOMIC_RELEASE);
        h->arenas[h->narenas++] = a;
        h->meta_sys += sizeof *a;
    }
    h->heap_sys += size;
    Span *s = span_struct_new(h);
    s->base = (uintptr_t)base;
    s->npages = size >> GC_PAGE_SHIFT;
    s->released = true;   // never touched: not resident, reads as zero
    pagemap_set(h, s->base, s->npages, s);
    // Widen the bounds once the page map is filled, hi before lo: a
    // concurrent span_of sees [lo, hi) only ever grow (never hi < lo) and
    // finds NULL in l1 for addresses of no arena.
    if ((uintptr_t)base + size > h->hi)
        __atomic_store_n(&h->hi, (uintptr_t)base + size, __ATOMIC_RELEASE);
    if (!h->lo || (uintptr_t)base < h->lo)
        __atomic_store_n(&h->lo, (uintptr_t)base, __ATOMIC_RELEASE);
    free_insert(h, s);
    return true;
}

// ---- allocation ----------------------------------------------------------------------------

// FIND_LOOK: free spans find_free looks at per bucket for a resident one.
#define FIND_LOOK 8

// find_free: a free span of at least npages pages, the smallest bucket
// first; among the first few of each bucket, one whose pages are still
// resident (not released) before any released one: taking released pages
// while resident ones sit idle grew the process (RSS) by the idle pages.
static Span *find_free(Heap *h, size_t npages) {
    Span *first = NULL;
    for (size_t b = npages; b < GC_FREE_BUCKETS; b++) {
        int k = 0;
        for (Span *s = h->free[b]; s && k < FIND_LOOK; s = s->next, k++) {
            if (!s->released)
                return s;
            if (!first)
                first = s;
        }
    }
    Span *best = NULL;
    for (Span *s = h->free[0]; s; s = s->next)
        if (s->npages >= npages && (!best || s->released < best->released ||
                                    (s->released == best->released && s->npages < best->npages)))
            best = s;
    if (best && (!best->released || !first))
        return best;
    return first ? first : best;
}

Span *pages_alloc(Heap *h, size_t npages) {
    Span *s = find_free(h, npages);
    if (!s) {
        if (!grow(h, npages))
            return NULL;
        s = find_free(h, npages);
    }
    free_list_remove(h, s);
    if (s->released)
        h->heap_released -= s->npages << GC_PAGE_SHIFT;
    if (s->npages > npages) {
        // The allocated head gets a new struct; the tail keeps s.
        Span *a = span_struct_new(h);
        a->base = s->base;
        a->npages = npages;
        a->needzero = s->needzero;
        a->released = s->released;
        s->base += npages << GC_PAGE_SHIFT;
        s->npages -= npages;
        if (s->released)
            h->heap_released += s->npages << GC_PAGE_SHIFT;
        free_list_insert(h, s);
        pagemap_set(h, a->base, a->npages, a);
        s = a;
    }
    s->released = false;
    s->next = s->prev = NULL;
    h->heap_inuse += npages << GC_PAGE_SHIFT;
    return s;
}

void pages_free(Heap *h, Span *s) {
    h->heap_inuse -= s->npages << GC_PAGE_SHIFT;
    s->needzero = true;
    s->released = false;
    s->large = false;
    s->next = s->prev = NULL;
    free_insert(h, s);
}

// release_span returns free span s's pages to the OS.
static void release_span(Heap *h, Span *s) {
    madvise((void *)s->base, s->npages << GC_PAGE_SHIFT, MADV_DONTNEED);
    s->released = true;
    s->needzero = false;
    h->heap_released += s->npages << GC_PAGE_SHIFT;
}

bool pages_scavenge(Heap *h, uint64_t retain, uint64_t max) {
    // Largest runs first: fewest system calls per byte released.
    uint64_t done = 0;
    for (size_t b = 0; b < GC_FREE_BUCKETS; b++) {
        size_t bucket = b == 0 ? 0 : GC_FREE_BUCKETS - b;
        for (Span *s = h->free[bucket]; s; s = s->next) {
            if (h->heap_sys - h->heap_released <= retain)
                return false;
            if (done >= max)
                return true;
            if (!s->released) {
                release_span(h, s);
                done += s->npages << GC_PAGE_SHIFT;
            }
        }
    }
    return false;
}

// ---- lifetime ----------------------------------------------------------------------------

bool pages_init(Heap *h) {
    size_t size = GC_L1_ENTRIES * sizeof(Arena *);
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return false;
    h->l1 = p;
    return true;
}

void pages_fini(Heap *h) {
    // In-use spans were freed by heap_free; what is left are free and dead ones.
    for (size_t b = 0; b < GC_FREE_BUCKETS; b++) {
        for (Span *s = h->free[b], *n; s; s = n) {
            n = s->next;
            free(s);
        }
    }
    for (Span *s = h->dead, *n; s; s = n) {
        n = s->next;
        free(s);
    }
    for (size_t i = 0; i < h->narenas; i++) {
        munmap((void *)h->arenas[i]->base, GC_ARENA_SIZE);
        free(h->arenas[i]);
    }
    free(h->arenas);
    munmap(h->l1, GC_L1_ENTRIES * sizeof(Arena *));
}
