// gc_stats.c - bookkeeping shared by both collectors (ours and the Boehm
// baseline of `make GC=boehm`): the registered-root list and the
// GOSUBDEBUG=gcpauses=1 summary, so both builds report in one format.
#include <stdio.h>
#include <stdlib.h>

#include "gc_internal.h"

// gc_roots_append records [start, start+size) in Heap.roots.
void gc_roots_append(Runtime *rt, void *start, size_t size) {
    Heap *h = rt->heap;
    if (h->nroots == h->cap_roots) {
        size_t cap = h->cap_roots ? h->cap_roots * 2 : 16;
        GcRoot *n = realloc(h->roots, cap * sizeof *n);
        if (!n)
            rt_fatal(rt, "runtime: out of memory");
        h->roots = n;
        h->cap_roots = cap;
    }
    h->roots[h->nroots++] = (GcRoot){start, size};
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

// gc_print_pause_summary prints the gcpauses line for the pauses recorded
// in Heap.pauses (sorting them); mode names the collector.
void gc_print_pause_summary(Heap *h, const char *mode) {
    uint64_t max = 0, p99 = 0, total = 0;
    if (h->npauses) {
        qsort(h->pauses, h->npauses, sizeof *h->pauses, cmp_u64);
        max = h->pauses[h->npauses - 1];
        p99 = h->pauses[(h->npauses * 99) / 100];   // < npauses for npauses >= 1
        for (size_t i = 0; i < h->npauses; i++)
            total += h->pauses[i];
    }
    fprintf(stderr, "gcpauses: mode=%s cycles=%u pauses=%zu max=%lluus p99=%lluus total=%lluus\n", mode,
            h->num_gc, h->npauses, (unsigned long long)(max / 1000), (unsigned long long)(p99 / 1000),
            (unsigned long long)(total / 1000));
}
