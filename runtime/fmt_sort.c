// fmt_sort.c - sorting map keys for printing, as Go's internal/fmtsort:
// numbers by value (NaN first), strings bytewise, false before true,
// pointers and chans by address (nil first), structs and arrays
// element by element, interfaces nil first, then by dynamic type, then
// by value. Go orders dynamic types by the address of their descriptors,
// which its linker lays out by size and then by name; we approximate that
// with predeclared types first, each group by type name. The sort is a
// stable merge sort, as Go's sort.Stable.
#include <stdlib.h>
#include <string.h>

#include "fmt_sort.h"

static int cmp_u64(uint64_t a, uint64_t b) { return a < b ? -1 : a > b; }
static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int cmp_float(double a, double b) {
    if (a != a)
        return -1;
    if (b != b)
        return 1;
    return a < b ? -1 : a > b;
}

// type_rank: predeclared types come first in Go's binary (small
// descriptors), then all others.
static int type_rank(const Type *t) {
    bool basic = (t->kind >= KIND_BOOL && t->kind <= KIND_COMPLEX128) || t->kind == KIND_STRING;
    return t->pkg == NULL && basic ? 0 : 1;
}

static int cmp_types(const Type *a, const Type *b) {
    if (a == b)
        return 0;
    if (type_rank(a) != type_rank(b))
        return type_rank(a) - type_rank(b);
    int c = strcmp(rt_type_string(a), rt_type_string(b));
    return c ? c : (a < b ? -1 : 1);
}

static int cmp_iface(const GoIface *a, const GoIface *b) {
    if (a->type == NULL || b->type == NULL)
        return (a->type != NULL) - (b->type != NULL);
    int c = cmp_types(a->type, b->type);
    if (c != 0)
        return c;
    Value va = rt_iface_unbox(*a), vb = rt_iface_unbox(*b);
    return fmt_compare(a->type, rt_value_addr(a->type, &va), rt_value_addr(b->type, &vb));
}

int fmt_compare(const Type *t, const void *a, const void *b) {
    Value va = rt_load(t, a), vb = rt_load(t, b);
    switch (t->kind) {
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        return cmp_i64(va.i, vb.i);
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        return cmp_u64(va.u, vb.u);
    case KIND_STRING: {
        int c = rt_string_compare(va.s, vb.s);
        return c < 0 ? -1 : c > 0;
    }
    case KIND_FLOAT32:
        return cmp_float(va.f32, vb.f32);
    case KIND_FLOAT64:
        return cmp_float(va.f, vb.f);
    case KIND_BOOL:
        return va.b == vb.b ? 0 : va.b ? 1 : -1;
    case KIND_POINTER: case KIND_UNSAFE_POINTER: case KIND_CHAN:
        return cmp_u64((uint64_t)(uintptr_t)va.p, (uint64_t)(uintptr_t)vb.p);
    case KIND_STRUCT: {
        const Type *u = t->underlying ? t->underlying : t;
        for (int i = 0; i < u->nfields; i++) {
            const Field *f = &u->fields[i];
            int c = fmt_compare(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
            if (c)
                return c;
        }
        return 0;
    }
    case KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            int c = fmt_compare(t->elem, (const char *)a + off, (const char *)b + off);
            if (c)
                return c;
        }
        return 0;
    case KIND_INTERFACE:
        return cmp_iface(&va.e, &vb.e);
    default:
        return 0;
    }
}

// merge_sort sorts idx[0..n) by key, stably, using tmp as scratch.
static void merge_sort(size_t *idx, size_t *tmp, size_t n, const Type *kt, void **keys) {
    if (n < 2)
        return;
    size_t h = n / 2;
    merge_sort(idx, tmp, h, kt, keys);
    merge_sort(idx + h, tmp, n - h, kt, keys);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (fmt_compare(kt, keys[idx[j]], keys[idx[i]]) < 0)
            tmp[k++] = idx[j++];
        else
            tmp[k++] = idx[i++];
    }
    while (i < h)
        tmp[k++] = idx[i++];
    while (j < n)
        tmp[k++] = idx[j++];
    memcpy(idx, tmp, n * sizeof *idx);
}

void fmt_sort_map(SortedMap *sm, const Type *map_type, GoMap *m) {
    size_t cap = m ? (size_t)rt_map_len(m) : 0;
    sm->n = 0;
    sm->keys = malloc((cap + 1) * sizeof(void *));
    sm->vals = malloc((cap + 1) * sizeof(void *));
    if (m) {
        MapIter it = {0};
        it.m = m;
        void *k, *v;
        while (rt_map_next(&it, &k, &v)) {
            if (sm->n == cap) {
                cap = cap * 2 + 1;
                sm->keys = realloc(sm->keys, cap * sizeof(void *));
                sm->vals = realloc(sm->vals, cap * sizeof(void *));
            }
            sm->keys[sm->n] = k;
            sm->vals[sm->n++] = v;
        }
    }
    size_t *idx = malloc((sm->n + 1) * sizeof *idx), *tmp = malloc((sm->n + 1) * sizeof *tmp);
    for (size_t i = 0; i < sm->n; i++)
        idx[i] = i;
    merge_sort(idx, tmp, sm->n, map_type->key, sm->keys);
    void **keys = malloc((sm->n + 1) * sizeof(void *)), **vals = malloc((sm->n + 1) * sizeof(void *));
    for (size_t i = 0; i < sm->n; i++) {
        keys[i] = sm->keys[idx[i]];
        vals[i] = sm->vals[idx[i]];
    }
    free(sm->keys);
    free(sm->vals);
    free(idx);
    free(tmp);
    sm->keys = keys;
    sm->vals = vals;
}

void fmt_sort_free(SortedMap *sm) {
    free(sm->keys);
    free(sm->vals);
}
