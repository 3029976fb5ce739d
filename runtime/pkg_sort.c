// pkg_sort.c - package sort: Ints, Strings, Float64s, the *AreSorted
// checks and SearchInts/SearchStrings. Sorting with a Go comparator
// (sort.Slice, sort.Sort) needs calls back into the interpreter (issue 3).
//
// The sorts are stable merge-free qsort calls: for ints, strings and
// floats equal elements are indistinguishable, so stability is moot.
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static int cmp_int(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int cmp_string(const void *a, const void *b) {
    return rt_string_compare(*(const GoString *)a, *(const GoString *)b);
}

// Go's sort.Float64s orders NaNs first
static int cmp_float(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    bool xn = x != x, yn = y != y;
    if (xn || yn) return yn - xn;
    return (x > y) - (x < y);
}

static void sort_ints(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)res;
    qsort(args[0].sl.ptr, args[0].sl.len, 8, cmp_int);
}

static void sort_strings(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)res;
    // strings hold pointers: sorting only permutes them within the same
    // array, so no pointer becomes newly reachable (no barrier needed
    // for a stop-the-world or snapshot collector).
    qsort(args[0].sl.ptr, args[0].sl.len, sizeof(GoString), cmp_string);
}

static void sort_floats(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)res;
    qsort(args[0].sl.ptr, args[0].sl.len, 8, cmp_float);
}

static bool sorted(GoSlice s, size_t size, int (*cmp)(const void *, const void *)) {
    for (uint32_t i = 1; i < s.len; i++)
        if (cmp((char *)s.ptr + i * size, (char *)s.ptr + (i - 1) * size) < 0) return false;
    return true;
}

static void ints_sorted(Runtime *rt, Value *args, Value *res) { (void)rt; res[0].u = sorted(args[0].sl, 8, cmp_int); }
static void strings_sorted(Runtime *rt, Value *args, Value *res) {
    (void)rt;
    res[0].u = sorted(args[0].sl, sizeof(GoString), cmp_string);
}
static void floats_sorted(Runtime *rt, Value *args, Value *res) { (void)rt; res[0].u = sorted(args[0].sl, 8, cmp_float); }

// search: the smallest index i in [0, n) with a[i] >= x (binary search)
static int64_t search(GoSlice s, size_t size, const void *x, int (*cmp)(const void *, const void *)) {
    int64_t lo = 0, hi = s.len;
    while (lo < hi) {
        int64_t mid = (int64_t)((uint64_t)(lo + hi) >> 1);
        if (cmp((char *)s.ptr + (size_t)mid * size, x) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static void search_ints(Runtime *rt, Value *args, Value *res) {
    (void)rt;
    res[0].w[1] = 0;
    res[0].i = search(args[0].sl, 8, &args[1].i, cmp_int);
}

static void search_strings(Runtime *rt, Value *args, Value *res) {
    (void)rt;
    res[0].w[1] = 0;
    res[0].i = search(args[0].sl, sizeof(GoString), &args[1].s, cmp_string);
}

static const NativeFunc sort_funcs[] = {
    {"Ints", "func(x []int)", sort_ints},
    {"Strings", "func(x []string)", sort_strings},
    {"Float64s", "func(x []float64)", sort_floats},
    {"IntsAreSorted", "func(x []int) bool", ints_sorted},
    {"StringsAreSorted", "func(x []string) bool", strings_sorted},
    {"Float64sAreSorted", "func(x []float64) bool", floats_sorted},
    {"SearchInts", "func(a []int, x int) int", search_ints},
    {"SearchStrings", "func(a []string, x string) int", search_strings},
};

const NativePkg rt_pkg_sort = {
    .path = "sort", .name = "sort",
    .funcs = sort_funcs, .nfuncs = sizeof sort_funcs / sizeof sort_funcs[0],
};
