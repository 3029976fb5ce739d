// pkg_atomic.c - package sync/atomic (Go 1.19): the functions on
// *int32/*int64/*uint32/*uint64/*uintptr and the types Bool, Int32,
// Int64, Uint32, Uint64, Uintptr, Value and the generic Pointer[T]
// (instantiated by the checker; its C methods work for every T).
// Goroutines share one OS thread, so plain loads and stores are atomic
// with respect to each other; the collector's thread sees pointer stores
// through the write barrier (Value).
#include "pkg_internal.h"

static void *ptr(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static Value iv(int64_t i) {
    Value v = {.w = {0, 0}};
    v.i = i;
    return v;
}

static Value bv(bool b) {
    Value v = {.w = {0, 0}};
    v.b = b;
    return v;
}

// One set of operations per width: 32-bit (signed/unsigned share bits).
#define OPS(W, T, SIGNED) \
    static Value ld##W(T x) { return SIGNED ? iv((int64_t)x) : iv((int64_t)(uint64_t)x); } \
    static void add##W(Runtime *rt, Value *a, Value *r) { T *p = ptr(rt, a[0]); *p = (T)(*p + (T)a[1].u); r[0] = ld##W(*p); } \
    static void load##W(Runtime *rt, Value *a, Value *r) { r[0] = ld##W(*(T *)ptr(rt, a[0])); } \
    static void store##W(Runtime *rt, Value *a, Value *r) { (void)r, *(T *)ptr(rt, a[0]) = (T)a[1].u; } \
    static void swap##W(Runtime *rt, Value *a, Value *r) { T *p = ptr(rt, a[0]); T old = *p; *p = (T)a[1].u; r[0] = ld##W(old); } \
    static void cas##W(Runtime *rt, Value *a, Value *r) { \
        T *p = ptr(rt, a[0]); \
        bool ok = *p == (T)a[1].u; \
        if (ok) *p = (T)a[2].u; \
        r[0] = bv(ok); \
    }
OPS(i32, int32_t, true)
OPS(u32, uint32_t, false)
OPS(i64, int64_t, true)
OPS(u64, uint64_t, false)

static void bool_load(Runtime *rt, Value *a, Value *r) { r[0] = bv(*(uint32_t *)ptr(rt, a[0]) != 0); }
static void bool_store(Runtime *rt, Value *a, Value *r) { (void)r, *(uint32_t *)ptr(rt, a[0]) = a[1].b; }
static void bool_swap(Runtime *rt, Value *a, Value *r) {
    uint32_t *p = ptr(rt, a[0]);
    r[0] = bv(*p != 0);
    *p = a[1].b;
}
static void bool_cas(Runtime *rt, Value *a, Value *r) {
    uint32_t *p = ptr(rt, a[0]);
    bool ok = (*p != 0) == a[1].b;
    if (ok) *p = a[2].b;
    r[0] = bv(ok);
}

// ---- Value ----

static void value_load(Runtime *rt, Value *a, Value *r) {
    r[0] = (Value){.w = {0, 0}};
    r[0].e = *(GoIface *)ptr(rt, a[0]);
}

static void value_store(Runtime *rt, Value *a, Value *r) {
    (void)r;
    GoIface *cur = ptr(rt, a[0]);
    if (!a[1].e.type) rt_panic_string(rt, "sync/atomic: store of nil value into Value");
    if (cur->type && cur->type != a[1].e.type) rt_panic_string(rt, "sync/atomic: store of inconsistently typed value into Value");
    rt_store(rt, &rt_ptype_error, cur, a[1]);   // every interface type has the layout of error
}

static void value_swap(Runtime *rt, Value *a, Value *r) {
    GoIface *cur = ptr(rt, a[0]);
    if (!a[1].e.type) rt_panic_string(rt, "sync/atomic: swap of nil value into Value");
    if (cur->type && cur->type != a[1].e.type) rt_panic_string(rt, "sync/atomic: swap of inconsistently typed value into Value");
    r[0] = (Value){.w = {0, 0}};
    r[0].e = *cur;
    rt_store(rt, &rt_ptype_error, cur, a[1]);
}

// value_cas: Go's Value.CompareAndSwap, checks in Go's order.
static void value_cas(Runtime *rt, Value *a, Value *r) {
    GoIface *cur = ptr(rt, a[0]);
    GoIface old = a[1].e, nv = a[2].e;
    if (!nv.type) rt_panic_string(rt, "sync/atomic: compare and swap of nil value into Value");
    if (old.type && nv.type != old.type) rt_panic_string(rt, "sync/atomic: compare and swap of inconsistently typed values");
    bool ok;
    if (!cur->type) {
        ok = !old.type;
    } else {
        if (cur->type != nv.type) rt_panic_string(rt, "sync/atomic: compare and swap of inconsistently typed value into Value");
        ok = rt_equal(rt, &rt_ptype_error, cur, &old);
    }
    if (ok) rt_store(rt, &rt_ptype_error, cur, a[2]);
    r[0] = bv(ok);
}

// ---- Pointer[T]: its pointer is the struct's first word (the fields
// before it have size zero, as in Go's layout) ----

static void pointer_load(Runtime *rt, Value *a, Value *r) {
    r[0] = (Value){.w = {0, 0}};
    r[0].p = *(void **)ptr(rt, a[0]);
}

static void pointer_store(Runtime *rt, Value *a, Value *r) {
    (void)r;
    gc_write_ptr(rt, ptr(rt, a[0]), a[1].p);
}

static void pointer_swap(Runtime *rt, Value *a, Value *r) {
    void **slot = ptr(rt, a[0]);
    r[0] = (Value){.w = {0, 0}};
    r[0].p = *slot;
    gc_write_ptr(rt, slot, a[1].p);
}

static void pointer_cas(Runtime *rt, Value *a, Value *r) {
    void **slot = ptr(rt, a[0]);
    bool ok = *slot == a[1].p;
    if (ok) gc_write_ptr(rt, slot, a[2].p);
    r[0] = bv(ok);
}

#define INT_FUNCS(Name, T, W) \
    {"Add" Name, "func(addr *" T ", delta " T ") (new " T ")", add##W}, \
    {"Load" Name, "func(addr *" T ") (val " T ")", load##W}, \
    {"Store" Name, "func(addr *" T ", val " T ")", store##W}, \
    {"Swap" Name, "func(addr *" T ", new " T ") (old " T ")", swap##W}, \
    {"CompareAndSwap" Name, "func(addr *" T ", old, new " T ") (swapped bool)", cas##W}, \
    {"(*" Name ").Add", "func(delta " T ") (new " T ")", add##W}, \
    {"(*" Name ").Load", "func() " T, load##W}, \
    {"(*" Name ").Store", "func(val " T ")", store##W}, \
    {"(*" Name ").Swap", "func(new " T ") (old " T ")", swap##W}, \
    {"(*" Name ").CompareAndSwap", "func(old, new " T ") (swapped bool)", cas##W}

static const NativeFunc atomic_funcs[] = {
    INT_FUNCS("Int32", "int32", i32),
    INT_FUNCS("Int64", "int64", i64),
    INT_FUNCS("Uint32", "uint32", u32),
    INT_FUNCS("Uint64", "uint64", u64),
    INT_FUNCS("Uintptr", "uintptr", u64),
    {"(*Bool).Load", "func() bool", bool_load},
    {"(*Bool).Store", "func(val bool)", bool_store},
    {"(*Bool).Swap", "func(new bool) (old bool)", bool_swap},
    {"(*Bool).CompareAndSwap", "func(old, new bool) (swapped bool)", bool_cas},
    {"(*Pointer).Load", "func() *T", pointer_load},
    {"(*Pointer).Store", "func(val *T)", pointer_store},
    {"(*Pointer).Swap", "func(new *T) (old *T)", pointer_swap},
    {"(*Pointer).CompareAndSwap", "func(old, new *T) (swapped bool)", pointer_cas},
    {"(*Value).Load", "func() (val any)", value_load},
    {"(*Value).Store", "func(val any)", value_store},
    {"(*Value).Swap", "func(new any) (old any)", value_swap},
    {"(*Value).CompareAndSwap", "func(old, new any) (swapped bool)", value_cas},
};

static const NativeType atomic_types[] = {
    {"Int32", "struct { v int32 }"},
    {"Int64", "struct { v int64 }"},
    {"Uint32", "struct { v uint32 }"},
    {"Uint64", "struct { v uint64 }"},
    {"Uintptr", "struct { v uintptr }"},
    {"Bool", "struct { v uint32 }"},
    {"Value", "struct { v any }"},
    {"Pointer", "generic [T any] struct { _ [0]*T; _ struct{}; v *T }"},
};

const NativePkg rt_pkg_atomic = {
    .path = "sync/atomic", .name = "atomic",
    .funcs = atomic_funcs, .nfuncs = sizeof atomic_funcs / sizeof atomic_funcs[0],
    .types = atomic_types, .ntypes = sizeof atomic_types / sizeof atomic_types[0],
};
