// pkg_sort.c - package sort: Sort, Stable, IsSorted over sort.Interface
// (Len/Less/Swap called through the interpreter), Slice, SliceStable,
// SliceIsSorted with a Go less function, Reverse, Search, the typed
// helpers (Ints, Strings, Float64s, ...) and the IntSlice, StringSlice,
// Float64Slice types.
//
// Every sort runs Go 1.19's algorithms (pkg_sort_algo.c), so orders of
// equal elements match Go. sort.Sort recognises IntSlice / StringSlice /
// Float64Slice and Reverse wrappers around them and compares in C.
// Element swaps go through rt_typedmemmove (the write barrier).
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

// ---- typed slices ([]int, []string, []float64) ----------------------------------

typedef enum SliceKind { SK_INTS, SK_STRINGS, SK_FLOATS } SliceKind;

typedef struct TypedData {
    Runtime *rt;
    SliceKind kind;
    GoSlice s;
    bool reversed;
} TypedData;

static bool float_less(double x, double y) { return x < y || (x != x && y == y); }

static bool typed_less(void *ctx, int64_t i, int64_t j) {
    TypedData *d = ctx;
    if (d->reversed) {
        int64_t t = i;
        i = j;
        j = t;
    }
    switch (d->kind) {
    case SK_INTS: return ((int64_t *)d->s.ptr)[i] < ((int64_t *)d->s.ptr)[j];
    case SK_FLOATS: return float_less(((double *)d->s.ptr)[i], ((double *)d->s.ptr)[j]);
    default: return rt_string_compare(((GoString *)d->s.ptr)[i], ((GoString *)d->s.ptr)[j]) < 0;
    }
}

static void typed_swap(void *ctx, int64_t i, int64_t j) {
    TypedData *d = ctx;
    if (d->kind == SK_STRINGS) {
        GoString *p = d->s.ptr, t = p[i];
        rt_typedmemmove(d->rt, &rt_ptype_string, &p[i], &p[j], 1);
        rt_typedmemmove(d->rt, &rt_ptype_string, &p[j], &t, 1);
        return;
    }
    uint64_t *p = d->s.ptr, t = p[i];
    p[i] = p[j];
    p[j] = t;
}

static void sort_typed(Runtime *rt, SliceKind kind, GoSlice s, bool stable) {
    TypedData d = {rt, kind, s, false};
    RtLessSwap ls = {typed_less, typed_swap, &d};
    if (stable)
        rt_stable_sort(&ls, s.len);
    else
        rt_sort(&ls, s.len);
}

static bool typed_sorted(Runtime *rt, SliceKind kind, GoSlice s) {
    TypedData d = {rt, kind, s, false};
    RtLessSwap ls = {typed_less, typed_swap, &d};
    return rt_is_sorted(&ls, s.len);
}

static void sort_ints(Runtime *rt, Value *args, Value *res) { (void)res; sort_typed(rt, SK_INTS, args[0].sl, false); }
static void sort_strings(Runtime *rt, Value *args, Value *res) { (void)res; sort_typed(rt, SK_STRINGS, args[0].sl, false); }
static void sort_floats(Runtime *rt, Value *args, Value *res) { (void)res; sort_typed(rt, SK_FLOATS, args[0].sl, false); }
static void ints_sorted(Runtime *rt, Value *args, Value *res) { res[0].u = typed_sorted(rt, SK_INTS, args[0].sl); }
static void strings_sorted(Runtime *rt, Value *args, Value *res) { res[0].u = typed_sorted(rt, SK_STRINGS, args[0].sl); }
static void floats_sorted(Runtime *rt, Value *args, Value *res) { res[0].u = typed_sorted(rt, SK_FLOATS, args[0].sl); }

// ---- searching ----------------------------------------------------------------------

static int64_t search_typed(SliceKind kind, GoSlice s, const Value *x) {
    int64_t lo = 0, hi = s.len;
    while (lo < hi) {
        int64_t h = (int64_t)((uint64_t)(lo + hi) >> 1);
        bool below;
        switch (kind) {
        case SK_INTS: below = ((int64_t *)s.ptr)[h] < x->i; break;
        case SK_FLOATS: below = ((double *)s.ptr)[h] < x->f; break;
        default: below = rt_string_compare(((GoString *)s.ptr)[h], x->s) < 0; break;
        }
        if (below)
            lo = h + 1;
        else
            hi = h;
    }
    return lo;
}

static void search_ints(Runtime *rt, Value *args, Value *res) { (void)rt; res[0].i = search_typed(SK_INTS, args[0].sl, &args[1]); }
static void search_strings(Runtime *rt, Value *args, Value *res) { (void)rt; res[0].i = search_typed(SK_STRINGS, args[0].sl, &args[1]); }
static void search_floats(Runtime *rt, Value *args, Value *res) { (void)rt; res[0].i = search_typed(SK_FLOATS, args[0].sl, &args[1]); }

// sort.Search(n, f): the smallest i in [0, n) with f(i) true (n if none).
static void sort_search(Runtime *rt, Value *args, Value *res) {
    int64_t i = 0, j = args[0].i;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        Value a[1], r[1];
        a[0].w[1] = 0;
        a[0].i = h;
        r[0].w[0] = 0;
        rt_call_func(rt, args[1], a, 1, r);
        if (!r[0].b)
            i = h + 1;
        else
            j = h;
    }
    res[0].i = i;
}

// sort_find: Go 1.19's Find(n, cmp): the smallest i with cmp(i) <= 0.
static int64_t call_cmp(Runtime *rt, Value cmp, int64_t i) {
    Value a[1] = {{.w = {0, 0}}}, r[1] = {{.w = {0, 0}}};
    a[0].i = i;
    rt_call_func(rt, cmp, a, 1, r);
    return r[0].i;
}

static void sort_find(Runtime *rt, Value *args, Value *res) {
    int64_t i = 0, j = args[0].i, n = j;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (call_cmp(rt, args[1], h) > 0)
            i = h + 1;
        else
            j = h;
    }
    res[0] = res[1] = (Value){.w = {0, 0}};
    res[0].i = i;
    res[1].b = i < n && call_cmp(rt, args[1], i) == 0;
}

// ---- sort.Slice: a slice of any type with a Go less function -------------------

typedef struct FuncData {
    Runtime *rt;
    Value less;
    const Type *elem;
    char *base;
    void *tmp;                // one element, on the heap (the collector sees it)
} FuncData;

static bool func_less(void *ctx, int64_t i, int64_t j) {
    FuncData *d = ctx;
    Value a[2], r[1];
    a[0].w[1] = a[1].w[1] = 0;
    a[0].i = i;
    a[1].i = j;
    r[0].w[0] = 0;
    rt_call_func(d->rt, d->less, a, 2, r);
    return r[0].b;
}

static void func_swap(void *ctx, int64_t i, int64_t j) {
    FuncData *d = ctx;
    size_t sz = d->elem->size;
    char *x = d->base + (size_t)i * sz, *y = d->base + (size_t)j * sz;
    rt_typedmemmove(d->rt, d->elem, d->tmp, x, 1);
    rt_typedmemmove(d->rt, d->elem, x, y, 1);
    rt_typedmemmove(d->rt, d->elem, y, d->tmp, 1);
}

// func_data unpacks sort.Slice's x (an interface{} holding a slice).
static GoSlice func_data(Runtime *rt, Value *args, FuncData *d) {
    GoIface x = args[0].e;
    if (!x.type || x.type->underlying->kind != KIND_SLICE) {
        // Go's reflectlite.Swapper(x): "reflect: call of Swapper on int Value"
        StrBuf b = {0};
        sb_puts(&b, "reflect: call of Swapper on ");
        if (!x.type) {
            sb_puts(&b, "zero");
        } else {
            Value k = {.w = {0, 0}}, ks[1];
            k.i = x.type->underlying->kind;
            rt_native_call(rt, "reflect", "Kind.String", &k, ks);
            sb_put(&b, ks[0].s.ptr, (size_t)ks[0].s.len);
        }
        sb_puts(&b, " Value");
        Value v = {.w = {0, 0}};
        v.s = rt_string_from_c(rt, b.p, b.len);
        sb_free(&b);
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, v));
    }
    GoSlice s = rt_iface_unbox(x).sl;
    d->rt = rt;
    d->less = args[1];
    d->elem = x.type->underlying->elem;
    d->base = s.ptr;
    d->tmp = s.len > 1 ? rt_alloc_array(rt, d->elem, 1) : NULL;
    return s;
}

static void sort_slice(Runtime *rt, Value *args, Value *res) {
    (void)res;
    FuncData d;
    GoSlice s = func_data(rt, args, &d);
    RtLessSwap ls = {func_less, func_swap, &d};
    rt_sort(&ls, s.len);
}

static void sort_slice_stable(Runtime *rt, Value *args, Value *res) {
    (void)res;
    FuncData d;
    GoSlice s = func_data(rt, args, &d);
    RtLessSwap ls = {func_less, func_swap, &d};
    rt_stable_sort(&ls, s.len);
}

static void slice_is_sorted(Runtime *rt, Value *args, Value *res) {
    FuncData d;
    GoSlice s = func_data(rt, args, &d);
    RtLessSwap ls = {func_less, func_swap, &d};
    res[0].u = rt_is_sorted(&ls, s.len);
}

// ---- sort.Interface --------------------------------------------------------------

typedef struct IfaceData {
    Runtime *rt;
    GoIface data;
} IfaceData;

static bool iface_less(void *ctx, int64_t i, int64_t j) {
    IfaceData *d = ctx;
    Value a[2], r[1];
    a[0].w[1] = a[1].w[1] = 0;
    a[0].i = i;
    a[1].i = j;
    r[0].w[0] = 0;
    rt_call_method(d->rt, d->data, "Less", a, 2, r);
    return r[0].b;
}

static void iface_swap(void *ctx, int64_t i, int64_t j) {
    IfaceData *d = ctx;
    Value a[2], r[1];
    a[0].w[1] = a[1].w[1] = 0;
    a[0].i = i;
    a[1].i = j;
    rt_call_method(d->rt, d->data, "Swap", a, 2, r);
}

static int64_t iface_len(Runtime *rt, GoIface data) {
    Value r[1];
    r[0].i = 0;
    rt_call_method(rt, data, "Len", NULL, 0, r);
    return r[0].i;
}

static bool is_sort_type(const Type *t, const char *name) {
    return t && t->name && t->pkg && (t->flags & TF_NAMED) && strcmp(t->pkg, "sort") == 0 &&
           strcmp(t->name, name) == 0;
}

// typed_view recognises IntSlice, StringSlice, Float64Slice, possibly
// inside sort.Reverse wrappers, so they sort without Go calls.
static bool typed_view(Runtime *rt, GoIface data, TypedData *out) {
    bool rev = false;
    while (data.type && data.type->kind == KIND_POINTER && is_sort_type(data.type->elem, "reverse")) {
        if (!data.data)
            return false;
        data = *(GoIface *)data.data;
        rev = !rev;
    }
    SliceKind k;
    if (is_sort_type(data.type, "IntSlice"))
        k = SK_INTS;
    else if (is_sort_type(data.type, "StringSlice"))
        k = SK_STRINGS;
    else if (is_sort_type(data.type, "Float64Slice"))
        k = SK_FLOATS;
    else
        return false;
    *out = (TypedData){rt, k, rt_iface_unbox(data).sl, rev};
    return true;
}

typedef enum SortOp { OP_SORT, OP_STABLE, OP_IS_SORTED } SortOp;

static bool sort_iface(Runtime *rt, GoIface data, SortOp op) {
    TypedData td;
    IfaceData id = {rt, data};
    RtLessSwap ls = {iface_less, iface_swap, &id};
    int64_t n;
    if (typed_view(rt, data, &td)) {
        ls = (RtLessSwap){typed_less, typed_swap, &td};
        n = td.s.len;
    } else {
        n = iface_len(rt, data);
    }
    switch (op) {
    case OP_SORT: rt_sort(&ls, n); return true;
    case OP_STABLE: rt_stable_sort(&ls, n); return true;
    default: return rt_is_sorted(&ls, n);
    }
}

static void sort_sort(Runtime *rt, Value *args, Value *res) { (void)res; sort_iface(rt, args[0].e, OP_SORT); }
static void sort_stable(Runtime *rt, Value *args, Value *res) { (void)res; sort_iface(rt, args[0].e, OP_STABLE); }
static void sort_is_sorted(Runtime *rt, Value *args, Value *res) { res[0].u = sort_iface(rt, args[0].e, OP_IS_SORTED); }

// ---- Reverse: *sort.reverse{data} -----------------------------------------------------

static void sort_reverse(Runtime *rt, Value *args, Value *res) {
    const Type *t = rt_pkg_type(rt, "sort", "reverse", false);
    const Type *pt = rt_pkg_type(rt, "sort", "reverse", true);
    if (!t || !pt)
        rt_fatal(rt, "sort.Reverse: package type missing");
    GoIface *r = rt_alloc(rt, t);
    rt_store(rt, t->underlying->fields[0].type, r, args[0]);
    res[0].e = (GoIface){pt, r};
}

static GoIface reverse_inner(Runtime *rt, Value recv) {
    if (!recv.p)
        rt_panic_nil_deref(rt);
    return *(GoIface *)recv.p;
}

static void reverse_len(Runtime *rt, Value *args, Value *res) { res[0].i = iface_len(rt, reverse_inner(rt, args[0])); }

static void reverse_less(Runtime *rt, Value *args, Value *res) {
    IfaceData d = {rt, reverse_inner(rt, args[0])};
    res[0].u = iface_less(&d, args[2].i, args[1].i);
}

static void reverse_swap(Runtime *rt, Value *args, Value *res) {
    (void)res;
    IfaceData d = {rt, reverse_inner(rt, args[0])};
    iface_swap(&d, args[1].i, args[2].i);
}

// ---- IntSlice, StringSlice, Float64Slice methods ---------------------------------------

static void check_index(Runtime *rt, GoSlice s, int64_t i) {
    if ((uint64_t)i >= s.len)
        rt_panic_index(rt, i, s.len);
}

static void typed_method_less(Runtime *rt, SliceKind k, Value *args, Value *res) {
    check_index(rt, args[0].sl, args[1].i);
    check_index(rt, args[0].sl, args[2].i);
    TypedData d = {rt, k, args[0].sl, false};
    res[0].u = typed_less(&d, args[1].i, args[2].i);
}

static void typed_method_swap(Runtime *rt, SliceKind k, Value *args) {
    check_index(rt, args[0].sl, args[1].i);
    check_index(rt, args[0].sl, args[2].i);
    TypedData d = {rt, k, args[0].sl, false};
    typed_swap(&d, args[1].i, args[2].i);
}

static void slice_len(Runtime *rt, Value *args, Value *res) { (void)rt; res[0].i = args[0].sl.len; }
static void ints_less(Runtime *rt, Value *args, Value *res) { typed_method_less(rt, SK_INTS, args, res); }
static void strs_less(Runtime *rt, Value *args, Value *res) { typed_method_less(rt, SK_STRINGS, args, res); }
static void floats_less(Runtime *rt, Value *args, Value *res) { typed_method_less(rt, SK_FLOATS, args, res); }
static void ints_swap(Runtime *rt, Value *args, Value *res) { (void)res; typed_method_swap(rt, SK_INTS, args); }
static void strs_swap(Runtime *rt, Value *args, Value *res) { (void)res; typed_method_swap(rt, SK_STRINGS, args); }
static void floats_swap(Runtime *rt, Value *args, Value *res) { (void)res; typed_method_swap(rt, SK_FLOATS, args); }

static const NativeFunc sort_funcs[] = {
    {"Ints", "func(x []int)", sort_ints},
    {"Strings", "func(x []string)", sort_strings},
    {"Float64s", "func(x []float64)", sort_floats},
    {"IntsAreSorted", "func(x []int) bool", ints_sorted},
    {"StringsAreSorted", "func(x []string) bool", strings_sorted},
    {"Float64sAreSorted", "func(x []float64) bool", floats_sorted},
    {"SearchInts", "func(a []int, x int) int", search_ints},
    {"SearchStrings", "func(a []string, x string) int", search_strings},
    {"SearchFloat64s", "func(a []float64, x float64) int", search_floats},
    {"Search", "func(n int, f func(int) bool) int", sort_search},
    {"Find", "func(n int, cmp func(int) int) (i int, found bool)", sort_find},
    {"Slice", "func(x any, less func(i, j int) bool)", sort_slice},
    {"SliceStable", "func(x any, less func(i, j int) bool)", sort_slice_stable},
    {"SliceIsSorted", "func(x any, less func(i, j int) bool) bool", slice_is_sorted},
    {"Sort", "func(data Interface)", sort_sort},
    {"Stable", "func(data Interface)", sort_stable},
    {"IsSorted", "func(data Interface) bool", sort_is_sorted},
    {"Reverse", "func(data Interface) Interface", sort_reverse},
    {"(*reverse).Len", "func() int", reverse_len},
    {"(*reverse).Less", "func(i, j int) bool", reverse_less},
    {"(*reverse).Swap", "func(i, j int)", reverse_swap},
    {"IntSlice.Len", "func() int", slice_len},
    {"IntSlice.Less", "func(i, j int) bool", ints_less},
    {"IntSlice.Swap", "func(i, j int)", ints_swap},
    {"IntSlice.Sort", "func()", sort_ints},
    {"IntSlice.Search", "func(x int) int", search_ints},
    {"StringSlice.Len", "func() int", slice_len},
    {"StringSlice.Less", "func(i, j int) bool", strs_less},
    {"StringSlice.Swap", "func(i, j int)", strs_swap},
    {"StringSlice.Sort", "func()", sort_strings},
    {"StringSlice.Search", "func(x string) int", search_strings},
    {"Float64Slice.Len", "func() int", slice_len},
    {"Float64Slice.Less", "func(i, j int) bool", floats_less},
    {"Float64Slice.Swap", "func(i, j int)", floats_swap},
    {"Float64Slice.Sort", "func()", sort_floats},
    {"Float64Slice.Search", "func(x float64) int", search_floats},
};

static const NativeType sort_types[] = {
    {"Interface", "interface { Len() int; Less(i, j int) bool; Swap(i, j int) }"},
    {"reverse", "struct { data Interface }"},
    {"IntSlice", "[]int"},
    {"StringSlice", "[]string"},
    {"Float64Slice", "[]float64"},
};

const NativePkg rt_pkg_sort = {
    .path = "sort", .name = "sort",
    .funcs = sort_funcs, .nfuncs = sizeof sort_funcs / sizeof sort_funcs[0],
    .types = sort_types, .ntypes = sizeof sort_types / sizeof sort_types[0],
};
