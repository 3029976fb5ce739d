// slice.c - make, append and copy on slices, with Go 1.19's growth rule.
//
// Invariants: a slice holds at most 2^31-1 elements (32-bit len/cap);
// after append the capacity is exactly what Go 1.19's growslice gives for
// the same sequence: double below 256 elements, then grow by
// (cap + 3*256)/4 until large enough, then round the byte size up to Go's
// malloc size class (roundupsize). Slices of zero-size elements and empty
// non-nil slices point at a static zero-length base (Go's zerobase).
#include <string.h>

#include "internal.h"
#include "value_internal.h"

#define MAX_SLICE_LEN ((int64_t)INT32_MAX)

// Go 1.19 class_to_size (runtime/sizeclasses.go).
static const uint16_t class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};

enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };

static const uint8_t zerobase[8];

// Go's size_to_class tables map a size to the smallest class that holds
// it; a binary search over class_to_size gives the same answer.
size_t rt_roundupsize(size_t size) {
    if (size < MAX_SMALL_SIZE) {
        size_t lo = 0, hi = sizeof class_to_size / sizeof class_to_size[0] - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (class_to_size[mid] >= size) hi = mid;
            else lo = mid + 1;
        }
        return class_to_size[lo];
    }
    if (size + PAGE_SIZE < size) return size;
    return (size + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
}

// alloc_elems: n zeroed elements of elem; a static base for zero bytes.
static void *alloc_elems(Runtime *rt, const Type *elem, size_t n) {
    if (n == 0 || elem->size == 0) return (void *)zerobase;
    return rt_alloc_array(rt, elem, n);
}

GoSlice rt_make_slice(Runtime *rt, const Type *elem, int64_t len, int64_t cap) {
    uint64_t maxn = elem->size ? ((uint64_t)1 << 47) / elem->size : (uint64_t)MAX_SLICE_LEN;
    if (maxn > (uint64_t)MAX_SLICE_LEN) maxn = MAX_SLICE_LEN;
    if (len < 0 || (uint64_t)len > maxn) rt_panic_runtime(rt, "makeslice: len out of range");
    if (cap < len || (uint64_t)cap > maxn) rt_panic_runtime(rt, "makeslice: cap out of range");
    GoSlice s = {alloc_elems(rt, elem, (size_t)cap), (uint32_t)len, (uint32_t)cap};
    return s;
}

// grow_cap: Go 1.19 growslice's new capacity for a slice of old_cap
// elements of size esize that must hold need elements.
static int64_t grow_cap(int64_t old_cap, int64_t need, size_t esize) {
    int64_t newcap = old_cap;
    int64_t doublecap = newcap + newcap;
    if (need > doublecap) {
        newcap = need;
    } else if (old_cap < 256) {
        newcap = doublecap;
    } else {
        while (0 < newcap && newcap < need) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = need;
    }
    if (esize == 0) return need;
    size_t mem = rt_roundupsize((size_t)newcap * esize);
    return (int64_t)(mem / esize);
}

GoSlice rt_append(Runtime *rt, const Type *elem, GoSlice s, const void *src, size_t n) {
    if (n == 0) return s;
    int64_t need = (int64_t)s.len + (int64_t)n;
    if (need > MAX_SLICE_LEN) rt_panic_runtime(rt, "growslice: len out of range");
    size_t esize = elem->size;
    if ((uint64_t)need > s.cap) {
        int64_t newcap = grow_cap(s.cap, need, esize);
        if (newcap > MAX_SLICE_LEN) newcap = MAX_SLICE_LEN;
        void *p = alloc_elems(rt, elem, (size_t)newcap);
        if (s.len > 0 && esize > 0) rt_typedmemmove(rt, elem, p, s.ptr, s.len);
        s.ptr = p;
        s.cap = (uint32_t)newcap;
    }
    if (esize > 0) rt_typedmemmove(rt, elem, (uint8_t *)s.ptr + (size_t)s.len * esize, src, n);
    s.len = (uint32_t)need;
    return s;
}

int64_t rt_copy_slice(Runtime *rt, const Type *elem, GoSlice dst, GoSlice src) {
    uint32_t n = dst.len < src.len ? dst.len : src.len;
    if (n > 0 && elem->size > 0 && dst.ptr != src.ptr) rt_typedmemmove(rt, elem, dst.ptr, src.ptr, n);
    return n;
}
