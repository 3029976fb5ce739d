// fmt_sort.h - map entries in the order Go's internal/fmtsort prints them.
#ifndef GOSUB_RUNTIME_FMT_SORT_H
#define GOSUB_RUNTIME_FMT_SORT_H

#include "internal.h"

// The entries of a map: keys[i] and vals[i] point to the map's slots
// (in-memory form), sorted by key.
typedef struct SortedMap {
    void **keys, **vals;
    size_t n;
} SortedMap;

// fmt_sort_map collects and sorts the entries of m (of type map_type; NULL
// is an empty map). Free with fmt_sort_free.
void fmt_sort_map(SortedMap *sm, const Type *map_type, GoMap *m);
void fmt_sort_free(SortedMap *sm);

// fmt_compare: fmtsort's compare of two values of type t in memory.
int fmt_compare(const Type *t, const void *a, const void *b);

#endif
