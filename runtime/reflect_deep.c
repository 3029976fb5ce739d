// reflect_deep.c - reflect.DeepEqual (Go 1.19's deepValueEqual, on
// values in memory) and Go's layout of types (Size, Align, Offset: a
// gosub slice is 16 bytes, Go's 24, so structs holding slices differ).
#include <stdlib.h>
#include <string.h>

#include "reflect_internal.h"

// ---- Go's layout ----

uint64_t rt_go_align(const Type *t) {
    switch (t->kind) {
    case KIND_SLICE: return 8;
    case KIND_ARRAY: return rt_go_align(t->elem);
    case KIND_STRUCT: {
        uint64_t a = 1;
        for (int i = 0; i < t->nfields; i++) {
            uint64_t fa = rt_go_align(t->fields[i].type);
            if (fa > a) a = fa;
        }
        return a;
    }
    default: return t->align ? t->align : 1;
    }
}

static uint64_t round_up(uint64_t x, uint64_t a) { return (x + a - 1) / a * a; }

// struct_layout: Go's offset of field upto (nfields: the struct's size).
static uint64_t struct_layout(const Type *t, int upto) {
    uint64_t off = 0;
    for (int i = 0; i < t->nfields; i++) {
        const Type *ft = t->fields[i].type;
        off = round_up(off, rt_go_align(ft));
        if (i == upto) return off;
        off += rt_go_size(ft);
    }
    // a final zero-size field gets a byte of padding (Go's rule, so that
    // &s.last does not point past the object)
    if (t->nfields > 0 && rt_go_size(t->fields[t->nfields - 1].type) == 0 && off > 0) off++;
    return round_up(off, rt_go_align(t));
}

uint64_t rt_go_size(const Type *t) {
    switch (t->kind) {
    case KIND_SLICE: return 24;
    case KIND_ARRAY: return (uint64_t)t->len * rt_go_size(t->elem);
    case KIND_STRUCT: return struct_layout(t, t->nfields);
    default: return t->size;
    }
}

uint64_t rt_go_offset(const Type *t, int i) { return struct_layout(t, i); }

// ---- DeepEqual ----

// A comparison in progress (Go's visit): the hard values already being
// compared are taken as equal when met again (cycles).
typedef struct Visit {
    const void *a, *b;
    const Type *t;
} Visit;

typedef struct Deep {
    Runtime *rt;
    Visit *v;
    size_t n, cap;
} Deep;

static bool deep(Deep *d, const Type *t, const void *a, const void *b);

// seen: Go's visited check for maps, slices, pointers and interfaces
// that are not nil: true when (a, b, t) is already being compared.
static bool seen(Deep *d, const Type *t, const void *a, const void *b) {
    if ((uintptr_t)a > (uintptr_t)b) {
        const void *x = a;
        a = b, b = x;
    }
    for (size_t i = 0; i < d->n; i++)
        if (d->v[i].a == a && d->v[i].b == b && d->v[i].t == t) return true;
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = realloc(d->v, d->cap * sizeof *d->v);
        if (!d->v) rt_fatal(d->rt, "runtime: out of memory");
    }
    d->v[d->n++] = (Visit){a, b, t};
    return false;
}

static const void *iface_addr(const GoIface *e) {
    return (e->type->flags & TF_BOXED) ? e->data : (const void *)&e->data;
}

static bool deep_map(Deep *d, const Type *t, GoMap *m1, GoMap *m2) {
    if ((m1 == NULL) != (m2 == NULL) || rt_map_len(m1) != rt_map_len(m2)) return false;
    if (m1 == m2) return true;
    MapIter it = {.m = m1};
    void *k, *v;
    while (rt_map_next(&it, &k, &v)) {
        void *v2 = rt_map_access(d->rt, t, m2, k);
        if (!v2 || !deep(d, t->elem, v, v2)) return false;
    }
    return true;
}

static bool deep(Deep *d, const Type *t, const void *a, const void *b) {
    if (rt_stack_low(d->rt)) rt_stack_overflow(d->rt);
    switch (t->kind) {
    case KIND_POINTER: case KIND_MAP: {
        void *pa = *(void *const *)a, *pb = *(void *const *)b;
        if (pa && pb && seen(d, t, pa, pb)) return true;
        if (t->kind == KIND_MAP) return deep_map(d, t, pa, pb);
        if (pa == pb) return true;
        if (!pa || !pb) return false;
        return deep(d, t->elem, pa, pb);
    }
    case KIND_SLICE: {
        const GoSlice *sa = a, *sb = b;
        if (sa->ptr && sb->ptr && seen(d, t, sa->ptr, sb->ptr)) return true;
        if ((sa->ptr == NULL) != (sb->ptr == NULL) || sa->len != sb->len) return false;
        if (sa->ptr == sb->ptr) return true;
        const Type *et = t->elem;
        if (et->kind == KIND_UINT8) return memcmp(sa->ptr, sb->ptr, sa->len) == 0;
        for (uint32_t i = 0; i < sa->len; i++)
            if (!deep(d, et, (const char *)sa->ptr + i * et->size, (const char *)sb->ptr + i * et->size))
                return false;
        return true;
    }
    case KIND_INTERFACE: {
        const GoIface *ea = a, *eb = b;
        if (ea->type && eb->type && seen(d, t, a, b)) return true;
        if (!ea->type || !eb->type) return ea->type == eb->type;
        if (ea->type != eb->type) return false;
        return deep(d, ea->type, iface_addr(ea), iface_addr(eb));
    }
    case KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            uint64_t off = (uint64_t)i * t->elem->size;
            if (!deep(d, t->elem, (const char *)a + off, (const char *)b + off)) return false;
        }
        return true;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            uint32_t off = t->fields[i].offset;
            if (!deep(d, t->fields[i].type, (const char *)a + off, (const char *)b + off)) return false;
        }
        return true;
    case KIND_FUNC: return *(void *const *)a == NULL && *(void *const *)b == NULL;
    default: return rt_equal(d->rt, t, a, b);   // numbers (NaN != NaN), strings, bools, chans
    }
}

bool rt_deep_equal(Runtime *rt, const Type *t, const void *a, const void *b) {
    Deep d = {.rt = rt};
    bool eq = deep(&d, t, a, b);
    free(d.v);
    return eq;
}
