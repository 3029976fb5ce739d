// test_values.c - unit tests of the runtime's value layer: type strings
// and GC masks, load/store, equality and hashing, interfaces, strings,
// slices (growth compared with real Go 1.19), maps, panics and output.
// Expected texts and capacities were recorded from go1.19 runs.
#include <check.h>
#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/internal.h"
#include "runtime/value_internal.h"

// ---- a tiny type builder (what the checker does, without interning) -------

// Types owns everything the builder allocates (free_types releases it,
// with the gcmask and str rt_type_finish / rt_type_string malloc'ed).
typedef struct Types {
    Type *tint, *tint8, *tint32, *tuint8, *tuint64, *tbool, *tfloat32, *tfloat64, *tstring, *tuptr;
    Type *any, *error;
    void **mem;       // every block, types first-class among them
    bool *is_type;
    size_t n, cap;
} Types;

static void *ty_alloc(Types *T, size_t size, bool is_type) {
    if (T->n == T->cap) {
        T->cap = T->cap ? T->cap * 2 : 64;
        T->mem = realloc(T->mem, T->cap * sizeof *T->mem);
        T->is_type = realloc(T->is_type, T->cap * sizeof *T->is_type);
        ck_assert(T->mem && T->is_type);
    }
    void *p = calloc(1, size ? size : 1);
    ck_assert_ptr_nonnull(p);
    T->mem[T->n] = p;
    T->is_type[T->n++] = is_type;
    return p;
}

static void free_types(Types *T) {
    for (size_t i = 0; i < T->n; i++) {
        if (T->is_type[i]) {
            Type *t = T->mem[i];
            free((void *)t->gcmask);
            free((void *)t->str);
        }
        free(T->mem[i]);
    }
    free(T->mem);
    free(T->is_type);
    free(T);
}

static Type *ty_new(Types *T, TypeKind k, uint32_t size, uint8_t align) {
    Type *t = ty_alloc(T, sizeof *t, true);
    t->kind = (uint8_t)k;
    t->size = size;
    t->align = align;
    t->underlying = t;
    t->flags = TF_COMPARABLE;
    return t;
}

static Type *ty_done(Types *T, Type *t) {
    rt_type_finish(t);
    return t;
}

static Type *ty_basic(Types *T, TypeKind k, const char *name, uint32_t size) {
    Type *t = ty_new(T, k, size, (uint8_t)(size > 8 ? 8 : size));
    t->name = name;
    return ty_done(T, t);
}

static Type *ty_slice(Types *T, const Type *e) {
    Type *t = ty_new(T, KIND_SLICE, 16, 8);
    t->elem = e;
    t->flags = 0;
    return ty_done(T, t);
}

static Type *ty_array(Types *T, const Type *e, int64_t n) {
    Type *t = ty_new(T, KIND_ARRAY, (uint32_t)(e->size * n), e->align);
    t->elem = e;
    t->len = n;
    t->flags = e->flags & TF_COMPARABLE;
    return ty_done(T, t);
}

static Type *ty_ptr(Types *T, const Type *e) {
    Type *t = ty_new(T, KIND_POINTER, 8, 8);
    t->elem = e;
    return ty_done(T, t);
}

static Type *ty_map(Types *T, const Type *k, const Type *v) {
    Type *t = ty_new(T, KIND_MAP, 8, 8);
    t->key = k;
    t->elem = v;
    t->flags = 0;
    return ty_done(T, t);
}

static Type *ty_chan(Types *T, const Type *e, int dir) {
    Type *t = ty_new(T, KIND_CHAN, 8, 8);
    t->elem = e;
    t->chandir = (uint8_t)dir;
    return ty_done(T, t);
}

// ty_struct lays fields out as the checker does (names NULL-terminated).
static Type *ty_struct(Types *T, int n, const char *const *names, const Type *const *types) {
    Field *f = ty_alloc(T, (size_t)n * sizeof *f, false);
    uint32_t off = 0, align = 1;
    bool cmp = true;
    for (int i = 0; i < n; i++) {
        uint32_t a = types[i]->align ? types[i]->align : 1;
        off = (off + a - 1) & ~(a - 1);
        f[i].name = names[i];
        f[i].type = types[i];
        f[i].offset = off;
        f[i].exported = names[i][0] >= 'A' && names[i][0] <= 'Z';
        off += types[i]->size;
        if (a > align) align = a;
        if (!(types[i]->flags & TF_COMPARABLE)) cmp = false;
    }
    Type *t = ty_new(T, KIND_STRUCT, (off + align - 1) & ~(align - 1), (uint8_t)align);
    t->fields = f;
    t->nfields = n;
    t->flags = cmp ? TF_COMPARABLE : 0;
    return ty_done(T, t);
}

static Type *ty_named(Types *T, const char *pkg, const char *name, const Type *u) {
    Type *t = ty_alloc(T, sizeof *t, true);
    *t = *u;
    t->str = NULL;
    t->gcmask = NULL;
    t->name = name;
    t->pkg = pkg;
    t->underlying = u;
    t->flags = (u->flags & TF_COMPARABLE) | TF_NAMED;
    return ty_done(T, t);
}

static Type *ty_func(Types *T, int np, const Type **params, int nr, const Type **results, bool variadic) {
    Type *t = ty_new(T, KIND_FUNC, 8, 8);
    t->nparams = np;
    t->params = (const Type *const *)params;
    t->nresults = nr;
    t->results = (const Type *const *)results;
    t->variadic = variadic;
    t->flags = 0;
    return ty_done(T, t);
}

static Type *ty_iface(Types *T, int n, Method *m) {
    Type *t = ty_new(T, KIND_INTERFACE, 16, 8);
    t->nmethods = n;
    t->methods = m;
    return ty_done(T, t);
}

static Types *make_types(void) {
    Types *T = calloc(1, sizeof *T);
    ck_assert_ptr_nonnull(T);
    T->tint = ty_basic(T, KIND_INT, "int", 8);
    T->tint8 = ty_basic(T, KIND_INT8, "int8", 1);
    T->tint32 = ty_basic(T, KIND_INT32, "int32", 4);
    T->tuint8 = ty_basic(T, KIND_UINT8, "uint8", 1);
    T->tuint64 = ty_basic(T, KIND_UINT64, "uint64", 8);
    T->tbool = ty_basic(T, KIND_BOOL, "bool", 1);
    T->tfloat32 = ty_basic(T, KIND_FLOAT32, "float32", 4);
    T->tfloat64 = ty_basic(T, KIND_FLOAT64, "float64", 8);
    T->tstring = ty_basic(T, KIND_STRING, "string", 16);
    T->tuptr = ty_basic(T, KIND_UNSAFE_POINTER, "unsafe.Pointer", 8);
    T->any = ty_iface(T, 0, NULL);
    Method *m = ty_alloc(T, sizeof *m, false);
    m->name = "Error";
    const Type **r = ty_alloc(T, sizeof *r, false);
    r[0] = T->tstring;
    m->type = ty_func(T, 0, NULL, 1, r, false);
    T->error = ty_named(T, NULL, "error", ty_iface(T, 1, m));
    return T;
}

// new_rt: a runtime; GOSUB_TEST_GCSTRESS=N collects every N allocations.
static Runtime *new_rt(void) {
    RtConfig cfg = {0};
    cfg.gogc = 100;
    const char *stress = getenv("GOSUB_TEST_GCSTRESS");
    if (stress) cfg.gcstress = atoi(stress);
    RtHooks hooks = {0};
    Runtime *rt = rt_new(&cfg, &hooks);
    ck_assert_ptr_nonnull(rt);
    return rt;
}

static GoString gs(const char *s) {
    GoString r = {(const uint8_t *)s, (int64_t)strlen(s)};
    return r;
}

#define ck_assert_gostr(g, lit)                                   \
    do {                                                          \
        GoString g_ = (g);                                        \
        ck_assert_int_eq(g_.len, (int64_t)(sizeof(lit) - 1));     \
        ck_assert(memcmp(g_.ptr, lit, sizeof(lit) - 1) == 0);     \
    } while (0)

// ---- catching panics ---------------------------------------------------------

typedef void (*Thunk)(Runtime *rt, void *arg);

// panic_text runs f; if it panics, returns the malloc'ed text Go would
// print after "panic: " (and the dynamic type's spelling in *type_out),
// and forgets the panic (as recover would); NULL if f returns.
static char *panic_text(Runtime *rt, Thunk f, void *arg, const char **type_out) {
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        f(rt, arg);
        rt_pop_handler(rt, &h);
        return NULL;
    }
    RtPanic *p = rt_current_panic(rt);
    StrBuf b = {0};
    rt_panic_value_text(rt, &b, p->value);
    sb_putc(&b, '\0');
    if (type_out) *type_out = rt_type_string(p->value.type);
    rt->panicking = p->link;
    return b.p;
}

#define ck_assert_panics(rt, f, arg, text, type)               \
    do {                                                       \
        const char *ty_ = NULL;                                \
        char *got_ = panic_text(rt, f, arg, &ty_);             \
        ck_assert_ptr_nonnull(got_);                           \
        ck_assert_str_eq(got_, text);                          \
        if (type) ck_assert_str_eq(ty_, (const char *)(type)); \
        free(got_);                                            \
    } while (0)

// ---- types -----------------------------------------------------------------------

START_TEST(test_type_string) {
    Types *T = make_types();
    Type *node = ty_named(T, "main", "Node", ty_struct(T, 0, NULL, NULL));
    ck_assert_str_eq(rt_type_string(T->tint), "int");
    ck_assert_str_eq(rt_type_string(ty_named(T, "main", "Celsius", T->tfloat64)), "main.Celsius");
    ck_assert_str_eq(rt_type_string(ty_slice(T, T->tstring)), "[]string");
    ck_assert_str_eq(rt_type_string(ty_array(T, T->tint, 3)), "[3]int");
    ck_assert_str_eq(rt_type_string(ty_map(T, T->tstring, T->tint)), "map[string]int");
    ck_assert_str_eq(rt_type_string(ty_ptr(T, node)), "*main.Node");
    const Type *p2[] = {T->tint, T->tstring}, *r2[] = {T->tbool, T->error};
    ck_assert_str_eq(rt_type_string(ty_func(T, 2, p2, 2, r2, false)), "func(int, string) (bool, error)");
    const Type *pv[] = {ty_slice(T, T->tint)};
    ck_assert_str_eq(rt_type_string(ty_func(T, 1, pv, 0, NULL, true)), "func(...int)");
    const Type *r1[] = {T->tstring};
    ck_assert_str_eq(rt_type_string(ty_func(T, 1, p2, 1, r1, false)), "func(int) string");
    ck_assert_str_eq(rt_type_string(ty_func(T, 0, NULL, 0, NULL, false)), "func()");
    ck_assert_str_eq(rt_type_string(ty_chan(T, T->tint, 3)), "chan int");
    ck_assert_str_eq(rt_type_string(ty_chan(T, T->tint, 2)), "<-chan int");
    ck_assert_str_eq(rt_type_string(ty_chan(T, T->tint, 1)), "chan<- int");
    ck_assert_str_eq(rt_type_string(ty_chan(T, ty_chan(T, T->tint, 2), 3)), "chan (<-chan int)");
    ck_assert_str_eq(rt_type_string(ty_chan(T, ty_chan(T, T->tint, 3), 1)), "chan<- chan int");
    ck_assert_str_eq(rt_type_string(ty_chan(T, ty_chan(T, T->tint, 2), 2)), "<-chan <-chan int");
    const char *xy[] = {"X", "y"};
    const Type *is[] = {T->tint, T->tstring};
    ck_assert_str_eq(rt_type_string(ty_struct(T, 2, xy, is)), "struct { X int; y string }");
    ck_assert_str_eq(rt_type_string(ty_struct(T, 0, NULL, NULL)), "struct {}");
    ck_assert_str_eq(rt_type_string(ty_slice(T, T->any)), "[]interface {}");
    ck_assert_str_eq(rt_type_string(ty_slice(T, T->error)), "[]error");
    ck_assert_str_eq(rt_type_string(T->tuptr), "unsafe.Pointer");
    // interface { M(); N(int) string }
    Method *ms = ty_alloc(T, 2 * sizeof *ms, false);
    ms[0].name = "M";
    ms[0].type = ty_func(T, 0, NULL, 0, NULL, false);
    ms[1].name = "N";
    ms[1].type = ty_func(T, 1, p2, 1, r1, false);
    ck_assert_str_eq(rt_type_string(ty_slice(T, ty_iface(T, 2, ms))), "[]interface { M(); N(int) string }");
    // struct { main.T } (embedded), struct { _ int }
    Type *tt = ty_named(T, "main", "T", ty_struct(T, 0, NULL, NULL));
    const char *tn[] = {"T"};
    const Type *tts[] = {tt};
    Type *emb = ty_struct(T, 1, tn, tts);
    ((Field *)emb->fields)[0].embedded = true;
    ck_assert_str_eq(rt_type_string(emb), "struct { main.T }");
    const char *blank[] = {"_"};
    const Type *ints[] = {T->tint};
    ck_assert_str_eq(rt_type_string(ty_struct(T, 1, blank, ints)), "struct { _ int }");
    ck_assert_str_eq(rt_type_string(ty_map(T, tt, ty_slice(T, ty_ptr(T, tt)))), "map[main.T][]*main.T");
    const Type *pvs[] = {T->tint, ty_slice(T, T->tstring)};
    ck_assert_str_eq(rt_type_string(ty_slice(T, ty_func(T, 2, pvs, 1, ints, true))), "[]func(int, ...string) int");
    // runtime types
    ck_assert_str_eq(rt_type_string(&rt_type_boundsError), "runtime.boundsError");
    ck_assert_str_eq(rt_type_string(&rt_type_TypeAssertionError_ptr), "*runtime.TypeAssertionError");
    free_types(T);
}
END_TEST

START_TEST(test_type_finish) {
    Types *T = make_types();
    ck_assert(T->tint->flags & TF_NOPTR);
    ck_assert(!(T->tint->flags & TF_BOXED));
    ck_assert(T->tstring->flags & TF_BOXED);
    ck_assert(!(T->tstring->flags & TF_NOPTR));
    ck_assert_uint_eq(T->tstring->ptrwords, 1);
    ck_assert(T->tfloat64->flags & TF_FLOAT_KEY);
    Type *arr = ty_array(T, T->tint, 3);
    ck_assert(arr->flags & TF_NOPTR);
    ck_assert(arr->flags & TF_AGGREGATE);
    ck_assert(arr->flags & TF_BOXED);
    ck_assert(arr->flags & TF_COMPARABLE);   // kept from the checker
    Type *pi = ty_ptr(T, T->tint);
    ck_assert(!(pi->flags & TF_BOXED));
    ck_assert_uint_eq(pi->ptrwords, 1);
    ck_assert_uint_eq(pi->gcmask[0], 1);
    // inner = struct { x int; e interface{} }              words: x | e.type e.data
    const char *in_names[] = {"x", "e"};
    const Type *in_types[] = {T->tint, T->any};
    Type *inner = ty_struct(T, 2, in_names, in_types);
    ck_assert_uint_eq(inner->size, 24);
    ck_assert_uint_eq(inner->gcmask[0], 0x6);
    ck_assert(inner->flags & TF_FLOAT_KEY);
    // outer = struct { a int8; p *int; s string; arr [2]inner; sl []int; f float64; m map[int]int }
    // words: 0 a, 1 p, 2-3 s, 4-9 arr[0..1], 10-11 sl, 12 f, 13 m
    const char *names[] = {"a", "p", "s", "arr", "sl", "f", "m"};
    const Type *types[] = {T->tint8, pi, T->tstring, ty_array(T, inner, 2), ty_slice(T, T->tint), T->tfloat64,
                           ty_map(T, T->tint, T->tint)};
    Type *outer = ty_struct(T, 7, names, types);
    ck_assert_uint_eq(outer->size, 14 * 8);
    ck_assert_uint_eq(outer->ptrwords, 14);
    uint32_t mask = outer->gcmask[0] | (uint32_t)outer->gcmask[1] << 8;
    uint32_t want = 1u << 1 | 1u << 2 | 1u << 5 | 1u << 6 | 1u << 8 | 1u << 9 | 1u << 10 | 1u << 13;
    ck_assert_uint_eq(mask, want);
    // a named type has its underlying type's layout
    Type *named = ty_named(T, "main", "Outer", outer);
    ck_assert_uint_eq(named->ptrwords, 14);
    ck_assert_uint_eq(named->gcmask[0] | (uint32_t)named->gcmask[1] << 8, want);
    // a trailing pointer-free part is not counted in ptrwords
    const char *n2[] = {"p", "big"};
    const Type *t2[] = {T->tstring, ty_array(T, T->tint, 100)};
    Type *s2 = ty_struct(T, 2, n2, t2);
    ck_assert_uint_eq(s2->ptrwords, 1);
    free_types(T);
}
END_TEST

// ---- load / store ----------------------------------------------------------------

START_TEST(test_load_store) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    uint8_t mem[32];
    Value v;
    memset(mem, 0xAA, sizeof mem);
    v.i = -1;
    rt_store(rt, T->tint8, mem, v);
    ck_assert_uint_eq(mem[0], 0xFF);
    ck_assert_uint_eq(mem[1], 0xAA);
    ck_assert_int_eq(rt_load(T->tint8, mem).i, -1);
    v.u = 200;
    rt_store(rt, T->tuint8, mem, v);
    ck_assert_uint_eq(rt_load(T->tuint8, mem).u, 200);
    v.i = -70000;
    rt_store(rt, T->tint32, mem, v);
    ck_assert_int_eq(rt_load(T->tint32, mem).i, -70000);
    ck_assert_uint_eq(mem[4], 0xAA);
    v.u = UINT64_MAX;
    rt_store(rt, T->tuint64, mem, v);
    ck_assert(rt_load(T->tuint64, mem).u == UINT64_MAX);
    memset(mem, 0xAA, sizeof mem);
    v.f32 = 1.5f;
    rt_store(rt, T->tfloat32, mem, v);
    ck_assert(rt_load(T->tfloat32, mem).f32 == 1.5f);
    ck_assert_uint_eq(mem[4], 0xAA);
    v.f = -2.25;
    rt_store(rt, T->tfloat64, mem, v);
    ck_assert(rt_load(T->tfloat64, mem).f == -2.25);
    v.w[0] = 0;
    v.b = true;
    rt_store(rt, T->tbool, mem, v);
    ck_assert_uint_eq(mem[0], 1);
    ck_assert(rt_load(T->tbool, mem).b);
    v.s = gs("hello");
    rt_store(rt, T->tstring, mem, v);
    ck_assert_gostr(rt_load(T->tstring, mem).s, "hello");
    int x = 0;
    v.p = &x;
    Type *pi = ty_ptr(T, T->tint);
    rt_store(rt, pi, mem, v);
    ck_assert_ptr_eq(rt_load(pi, mem).p, &x);
    GoSlice sl = {&x, 1, 7};
    v.sl = sl;
    rt_store(rt, ty_slice(T, T->tint), mem, v);
    ck_assert_uint_eq(rt_load(ty_slice(T, T->tint), mem).sl.cap, 7);
    v.e.type = T->tint;
    v.e.data = (void *)42;
    rt_store(rt, T->any, mem, v);
    ck_assert_ptr_eq(rt_load(T->any, mem).e.type, T->tint);
    // aggregates: load borrows, store copies
    Type *arr = ty_array(T, T->tint, 3);
    int64_t a[3] = {1, 2, 3}, b[3] = {0};
    Value av = rt_load(arr, a);
    ck_assert_ptr_eq(av.p, a);
    rt_store(rt, arr, b, av);
    ck_assert_int_eq(b[2], 3);
    Value c = rt_copy_value(rt, arr, av);
    ck_assert_ptr_ne(c.p, a);
    ck_assert_int_eq(((int64_t *)c.p)[1], 2);
    Value z = rt_zero_value(rt, arr);
    ck_assert_int_eq(((int64_t *)z.p)[0], 0);
    ck_assert_int_eq(rt_zero_value(rt, T->tint).i, 0);
    rt_free(rt);
    free_types(T);
}
END_TEST

// ---- equality, hashing, interfaces ----------------------------------------------------

static void cmp_uncomparable(Runtime *rt, void *arg) {
    const Type **ts = arg;
    Value v = {.sl = {NULL, 0, 0}};
    GoIface a = rt_iface_box(rt, ts[0], v), b = rt_iface_box(rt, ts[0], v);
    rt_equal(rt, ts[1], &a, &b);
}

static void hash_uncomparable(Runtime *rt, void *arg) {
    const Type **ts = arg;
    Value v = {.sl = {NULL, 0, 0}};
    GoIface a = rt_iface_box(rt, ts[0], v);
    rt_hash(rt, ts[1], &a, 0);
}

START_TEST(test_equal) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    double nan = NAN, pz = 0.0, nz = -0.0, one = 1;
    ck_assert(!rt_equal(rt, T->tfloat64, &nan, &nan));
    ck_assert(rt_equal(rt, T->tfloat64, &pz, &nz));
    ck_assert(!rt_equal(rt, T->tfloat64, &pz, &one));
    ck_assert_uint_eq(rt_hash(rt, T->tfloat64, &pz, 0), rt_hash(rt, T->tfloat64, &nz, 0));
    float fn = NAN;
    ck_assert(!rt_equal(rt, T->tfloat32, &fn, &fn));
    GoString s1 = gs("abc"), s2 = rt_string_from_c(rt, "abc", 3), s3 = gs("abd");
    ck_assert(rt_equal(rt, T->tstring, &s1, &s2));
    ck_assert(!rt_equal(rt, T->tstring, &s1, &s3));
    ck_assert_uint_eq(rt_hash(rt, T->tstring, &s1, 0), rt_hash(rt, T->tstring, &s2, 0));
    // interfaces: dynamic type, then value
    Value v = {.i = 5};
    GoIface i5 = rt_iface_box(rt, T->tint, v), i5b = rt_iface_box(rt, T->tint, v);
    GoIface u5 = rt_iface_box(rt, T->tuint64, v);
    ck_assert(rt_equal(rt, T->any, &i5, &i5b));
    ck_assert(!rt_equal(rt, T->any, &i5, &u5));
    Value sv = {.s = gs("abc")};
    GoIface is1 = rt_iface_box(rt, T->tstring, sv);
    sv.s = s2;
    GoIface is2 = rt_iface_box(rt, T->tstring, sv);
    ck_assert(rt_equal(rt, T->any, &is1, &is2));
    ck_assert_uint_eq(rt_hash(rt, T->any, &is1, 0), rt_hash(rt, T->any, &is2, 0));
    Value nv = {.f = NAN};
    GoIface in1 = rt_iface_box(rt, T->tfloat64, nv);
    ck_assert(!rt_equal(rt, T->any, &in1, &in1));
    GoIface nil1 = {0}, nil2 = {0};
    ck_assert(rt_equal(rt, T->any, &nil1, &nil2));
    ck_assert(!rt_equal(rt, T->any, &nil1, &i5));
    // different uncomparable dynamic types compare false without panicking
    Type *si = ty_slice(T, T->tint);
    Value sl = {.sl = {NULL, 0, 0}};
    GoIface a = rt_iface_box(rt, si, sl);
    ck_assert(!rt_equal(rt, T->any, &a, &i5));
    const Type *args[] = {si, T->any};
    ck_assert_panics(rt, cmp_uncomparable, args, "runtime error: comparing uncomparable type []int",
                     "runtime.errorString");
    ck_assert_panics(rt, hash_uncomparable, args, "runtime error: hash of unhashable type []int", NULL);
    // structs: field by field, blank fields ignored, floats IEEE
    const char *names[] = {"s", "_", "f"};
    const Type *types[] = {T->tstring, T->tint, T->tfloat64};
    Type *st = ty_struct(T, 3, names, types);
    struct { GoString s; int64_t blank; double f; } x = {gs("k"), 1, 0.0}, y = {s2, 2, -0.0};
    y.s = rt_string_from_c(rt, "k", 1);
    ck_assert(rt_equal(rt, st, &x, &y));
    ck_assert_uint_eq(rt_hash(rt, st, &x, 0), rt_hash(rt, st, &y, 0));
    x.f = NAN;
    ck_assert(!rt_equal(rt, st, &x, &x));
    // arrays of ints
    Type *arr = ty_array(T, T->tint, 3);
    int64_t a1[3] = {1, 2, 3}, a2[3] = {1, 2, 3}, a3[3] = {1, 2, 4};
    ck_assert(rt_equal(rt, arr, a1, a2));
    ck_assert(!rt_equal(rt, arr, a1, a3));
    rt_free(rt);
    free_types(T);
}
END_TEST

START_TEST(test_iface_box) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Value v = {.i = -3};
    GoIface e = rt_iface_box(rt, T->tint8, v);
    ck_assert_ptr_eq(e.type, T->tint8);
    ck_assert_int_eq(rt_iface_unbox(e).i, -3);
    v.w[1] = 0xdeadbeef;   // garbage above a float32 must not leak into the data word
    v.w[0] = 0xffffffff00000000ull;
    v.f32 = 2.5f;
    e = rt_iface_box(rt, T->tfloat32, v);
    ck_assert((uintptr_t)e.data >> 32 == 0);
    ck_assert(rt_iface_unbox(e).f32 == 2.5f);
    Value s = {.s = gs("boxed")};
    e = rt_iface_box(rt, T->tstring, s);
    ck_assert_ptr_ne(e.data, NULL);
    ck_assert_gostr(rt_iface_unbox(e).s, "boxed");
    const char *names[] = {"a", "b"};
    const Type *types[] = {T->tint, T->tstring};
    Type *st = ty_struct(T, 2, names, types);
    struct { int64_t a; GoString b; } sv = {7, gs("x")};
    Value agg = {.p = &sv};
    e = rt_iface_box(rt, st, agg);
    ck_assert_ptr_ne(e.data, &sv);   // a copy
    sv.a = 8;
    ck_assert_int_eq(*(int64_t *)rt_iface_unbox(e).p, 7);
    GoIface nil = rt_iface_box(rt, NULL, v);
    ck_assert_ptr_null(nil.type);
    rt_free(rt);
    free_types(T);
}
END_TEST

// ---- strings -------------------------------------------------------------------------

START_TEST(test_strings) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    ck_assert_gostr(rt_string_concat(rt, gs("foo"), gs("bar")), "foobar");
    ck_assert_gostr(rt_string_concat(rt, gs(""), gs("bar")), "bar");
    ck_assert_int_lt(rt_string_compare(gs("ab"), gs("abc")), 0);
    ck_assert_int_gt(rt_string_compare(gs("b"), gs("abc")), 0);
    ck_assert_int_eq(rt_string_compare(gs("abc"), gs("abc")), 0);
    ck_assert_int_gt(rt_string_compare(gs("\xff"), gs("a")), 0);   // bytes are unsigned
    GoString zero = {NULL, 0};
    ck_assert(rt_string_eq(zero, gs("")));
    ck_assert_gostr(rt_string_from_rune(rt, -1), "\xEF\xBF\xBD");
    ck_assert_gostr(rt_string_from_rune(rt, 0xD800), "\xEF\xBF\xBD");
    ck_assert_gostr(rt_string_from_rune(rt, 0x110000), "\xEF\xBF\xBD");
    ck_assert_gostr(rt_string_from_rune(rt, ((int64_t)1 << 32) + 65), "\xEF\xBF\xBD");
    ck_assert_gostr(rt_string_from_rune(rt, 0x10000), "\xF0\x90\x80\x80");
    ck_assert_gostr(rt_string_from_rune(rt, 0xE9), "\xC3\xA9");
    ck_assert_gostr(rt_string_from_rune(rt, 'A'), "A");
    // []rune("a\xffb\xe2\x82") = [61 fffd 62 fffd fffd], range offsets 0 1 2 3 4
    GoSlice rs = rt_runes_from_string(rt, ty_slice(T, T->tint32), gs("a\xff" "b\xe2\x82"));
    ck_assert_uint_eq(rs.len, 5);
    int32_t want[] = {0x61, 0xFFFD, 0x62, 0xFFFD, 0xFFFD};
    ck_assert(memcmp(rs.ptr, want, sizeof want) == 0);
    // 10 runes: ED A0 80 | F0 90 80 80 | F4 90 80 80 | C0 AF
    GoString bad = gs("\xed\xa0\x80\xf0\x90\x80\x80\xf4\x90\x80\x80\xc0\xaf");
    rs = rt_runes_from_string(rt, ty_slice(T, T->tint32), bad);
    ck_assert_uint_eq(rs.len, 10);
    ck_assert_int_eq(((int32_t *)rs.ptr)[3], 0x10000);
    int w;
    ck_assert_int_eq(rt_decode_rune(bad, 3, &w), 0x10000);
    ck_assert_int_eq(w, 4);
    ck_assert_int_eq(rt_decode_rune(bad, 0, &w), 0xFFFD);
    ck_assert_int_eq(w, 1);
    GoSlice back = {rs.ptr, 3, 3};
    ck_assert_gostr(rt_string_from_runes(rt, back), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    GoSlice bs = rt_bytes_from_string(rt, ty_slice(T, T->tuint8), gs("hello"));
    ck_assert_uint_eq(bs.len, 5);
    ck_assert_uint_eq(bs.cap, 8);   // Go's rawbyteslice rounds up to the size class
    ck_assert_gostr(rt_string_from_bytes(rt, bs), "hello");
    GoSlice es = rt_bytes_from_string(rt, ty_slice(T, T->tuint8), gs(""));
    ck_assert_ptr_nonnull(es.ptr);   // []byte("") is not nil
    ck_assert_uint_eq(rt_runes_from_string(rt, ty_slice(T, T->tint32), gs("héllo")).cap, 6);
    rt_free(rt);
    free_types(T);
}
END_TEST

// ---- slices ----------------------------------------------------------------------------

// Recorded from go1.19: appended count at which the capacity changes, then
// caps for int, byte, string, a 24-byte struct and a 12-byte struct.
static const int32_t go_caps_one[][6] = {
    {1, 1, 8, 1, 1, 1},           {2, 2, 8, 2, 2, 2},
    {3, 4, 8, 4, 4, 4},           {5, 8, 8, 8, 8, 8},
    {9, 16, 16, 16, 16, 16},      {17, 32, 32, 32, 32, 32},
    {33, 64, 64, 64, 64, 64},     {65, 128, 128, 128, 128, 128},
    {129, 256, 256, 256, 256, 256}, {257, 512, 512, 512, 512, 512},
    {513, 848, 896, 848, 853, 853}, {849, 1280, 896, 1280, 853, 853},
    {854, 1280, 896, 1280, 1365, 1365}, {897, 1280, 1408, 1280, 1365, 1365},
    {1281, 1792, 1408, 1792, 1365, 1365}, {1366, 1792, 1408, 1792, 2048, 2048},
    {1409, 1792, 2048, 1792, 2048, 2048}, {1793, 2560, 2048, 2560, 2048, 2048},
};
// n, then caps of append(nil, n...) for int, byte and the 24-byte struct;
// of append(make([]int, 3, 4), n...); of append(make([]int, 300), n...).
static const int32_t go_caps_bulk[][6] = {
    {1, 1, 8, 1, 4, 608},       {2, 2, 8, 2, 8, 608},        {3, 3, 8, 3, 8, 608},
    {5, 6, 8, 5, 8, 608},       {7, 8, 8, 7, 10, 608},       {9, 10, 16, 9, 12, 608},
    {13, 14, 16, 13, 16, 608},  {17, 18, 24, 17, 20, 608},   {33, 36, 48, 37, 36, 608},
    {100, 112, 112, 112, 112, 608}, {257, 288, 288, 272, 288, 608},
    {1000, 1024, 1024, 1024, 1024, 1360}, {5000, 5120, 5376, 5120, 5120, 6144},
    {100000, 100352, 106496, 100010, 100352, 100352},
};

START_TEST(test_append_growth) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    const Type *s24 = ty_array(T, T->tint, 3), *s12 = ty_array(T, T->tint32, 3);
    const Type *elems[5] = {T->tint, T->tuint8, T->tstring, s24, s12};
    uint8_t zero[32] = {0};
    for (int k = 0; k < 5; k++) {
        GoSlice s = {NULL, 0, 0};
        size_t row = 0, nrows = sizeof go_caps_one / sizeof go_caps_one[0];
        for (int i = 1; i <= 2000; i++) {
            s = rt_append(rt, elems[k], s, zero, 1);
            while (row + 1 < nrows && go_caps_one[row + 1][0] <= i) row++;
            ck_assert_msg((int)s.cap == go_caps_one[row][k + 1], "elem %d: after %d appends cap %u, Go %d", k, i,
                          s.cap, go_caps_one[row][k + 1]);
        }
    }
    for (size_t r = 0; r < sizeof go_caps_bulk / sizeof go_caps_bulk[0]; r++) {
        size_t n = (size_t)go_caps_bulk[r][0];
        void *src = calloc(n, 24);
        GoSlice nil = {NULL, 0, 0};
        ck_assert_int_eq(rt_append(rt, T->tint, nil, src, n).cap, go_caps_bulk[r][1]);
        ck_assert_int_eq(rt_append(rt, T->tuint8, nil, src, n).cap, go_caps_bulk[r][2]);
        ck_assert_int_eq(rt_append(rt, s24, nil, src, n).cap, go_caps_bulk[r][3]);
        ck_assert_int_eq(rt_append(rt, T->tint, rt_make_slice(rt, T->tint, 3, 4), src, n).cap, go_caps_bulk[r][4]);
        ck_assert_int_eq(rt_append(rt, T->tint, rt_make_slice(rt, T->tint, 300, 300), src, n).cap, go_caps_bulk[r][5]);
        free(src);
    }
    rt_free(rt);
    free_types(T);
}
END_TEST

START_TEST(test_slices) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    ck_assert_uint_eq(rt_roundupsize(0), 0);
    ck_assert_uint_eq(rt_roundupsize(1), 8);
    ck_assert_uint_eq(rt_roundupsize(1017), 1024);
    ck_assert_uint_eq(rt_roundupsize(1025), 1152);
    ck_assert_uint_eq(rt_roundupsize(32768), 32768);
    ck_assert_uint_eq(rt_roundupsize(32769), 40960);
    GoSlice s = rt_make_slice(rt, T->tint, 2, 5);
    ck_assert_uint_eq(s.len, 2);
    ck_assert_uint_eq(s.cap, 5);
    int64_t vals[3] = {7, 8, 9};
    GoSlice t = rt_append(rt, T->tint, s, vals, 3);   // fits: same array
    ck_assert_ptr_eq(t.ptr, s.ptr);
    ck_assert_int_eq(((int64_t *)t.ptr)[4], 9);
    GoSlice u = rt_append(rt, T->tint, t, vals, 1);   // grows: new array, old data copied
    ck_assert_ptr_ne(u.ptr, t.ptr);
    ck_assert_uint_eq(u.cap, 10);
    ck_assert_int_eq(((int64_t *)u.ptr)[2], 7);
    ck_assert_int_eq(((int64_t *)u.ptr)[5], 7);
    // append(s, s...) aliasing
    GoSlice w = rt_append(rt, T->tint, u, u.ptr, u.len);
    ck_assert_uint_eq(w.len, 12);
    ck_assert_int_eq(((int64_t *)w.ptr)[8], 7);
    ck_assert_int_eq(rt_copy_slice(rt, T->tint, s, u), 2);
    GoSlice dst = rt_make_slice(rt, T->tint, 3, 3);
    ck_assert_int_eq(rt_copy_slice(rt, T->tint, dst, u), 3);
    ck_assert_int_eq(((int64_t *)dst.ptr)[2], 7);
    GoSlice empty = rt_make_slice(rt, T->tint, 0, 0);
    ck_assert_ptr_nonnull(empty.ptr);   // make([]int, 0) != nil
    rt_free(rt);
    free_types(T);
}
END_TEST

static void make_neg_len(Runtime *rt, void *arg) { rt_make_slice(rt, arg, -1, 0); }
static void make_bad_cap(Runtime *rt, void *arg) { rt_make_slice(rt, arg, 2, 1); }
static void make_huge(Runtime *rt, void *arg) { rt_make_slice(rt, arg, (int64_t)1 << 40, (int64_t)1 << 40); }

START_TEST(test_make_slice_panics) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    ck_assert_panics(rt, make_neg_len, T->tint, "runtime error: makeslice: len out of range", "runtime.errorString");
    ck_assert_panics(rt, make_bad_cap, T->tint, "runtime error: makeslice: cap out of range", NULL);
    ck_assert_panics(rt, make_huge, T->tint, "runtime error: makeslice: len out of range", NULL);
    rt_free(rt);
    free_types(T);
}
END_TEST

// ---- maps ---------------------------------------------------------------------------------

START_TEST(test_map_ints) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Type *mt = ty_map(T, T->tint, T->tint);
    GoMap *m = rt_map_new(rt, mt, 0);
    enum { N = 100000 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)rt_map_assign(rt, mt, m, &i) = i * 2;
    ck_assert_int_eq(rt_map_len(m), N);
    for (int64_t i = 0; i < N; i++) {
        int64_t *v = rt_map_access(rt, mt, m, &i);
        ck_assert_ptr_nonnull(v);
        ck_assert_int_eq(*v, i * 2);
    }
    int64_t missing = N + 5;
    ck_assert_ptr_null(rt_map_access(rt, mt, m, &missing));
    for (int64_t i = 0; i < N; i += 2) rt_map_delete(rt, mt, m, &i);
    ck_assert_int_eq(rt_map_len(m), N / 2);
    for (int64_t i = 0; i < N; i++) ck_assert((rt_map_access(rt, mt, m, &i) != NULL) == (i % 2 == 1));
    // reinsert after deletes (compaction)
    for (int64_t i = 0; i < N; i += 2) *(int64_t *)rt_map_assign(rt, mt, m, &i) = -i;
    ck_assert_int_eq(rt_map_len(m), N);
    int64_t k = 10;
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mt, m, &k), -10);
    MapIter it = {.m = m};
    void *kp, *vp;
    int64_t seen = 0, sum = 0;
    while (rt_map_next(&it, &kp, &vp)) {
        seen++;
        sum += *(int64_t *)kp;
    }
    ck_assert_int_eq(seen, N);
    ck_assert_int_eq(sum, (int64_t)N * (N - 1) / 2);
    ck_assert_int_eq(rt_map_len(NULL), 0);
    ck_assert_ptr_null(rt_map_access(rt, mt, NULL, &k));
    rt_map_delete(rt, mt, NULL, &k);
    rt_free(rt);
    free_types(T);
}
END_TEST

static void assign_nil_map(Runtime *rt, void *arg) {
    int64_t k = 1;
    rt_map_assign(rt, arg, NULL, &k);
}

static void unhashable_key(Runtime *rt, void *arg) {
    const Type **ts = arg;
    GoMap *m = rt_map_new(rt, ts[0], 0);
    Value v = {.sl = {NULL, 0, 0}};
    GoIface k = rt_iface_box(rt, ts[1], v);
    rt_map_assign(rt, ts[0], m, &k);
}

static void unhashable_lookup_nil(Runtime *rt, void *arg) {
    const Type **ts = arg;
    Value v = {.sl = {NULL, 0, 0}};
    GoIface k = rt_iface_box(rt, ts[1], v);
    rt_map_access(rt, ts[0], NULL, &k);
}

START_TEST(test_map_keys) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    // strings
    Type *ms = ty_map(T, T->tstring, T->tint);
    GoMap *m = rt_map_new(rt, ms, 10);
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        GoString k = rt_string_from_c(rt, buf, strlen(buf));
        *(int64_t *)rt_map_assign(rt, ms, m, &k) = i;
    }
    GoString k42 = gs("key42");
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, ms, m, &k42), 42);
    // floats: NaN always adds, +0 and -0 are one key
    Type *mf = ty_map(T, T->tfloat64, T->tint);
    GoMap *f = rt_map_new(rt, mf, 0);
    double nan = NAN, pz = 0.0, nz = -0.0;
    for (int i = 0; i < 3; i++) *(int64_t *)rt_map_assign(rt, mf, f, &nan) = i;
    ck_assert_int_eq(rt_map_len(f), 3);
    ck_assert_ptr_null(rt_map_access(rt, mf, f, &nan));
    rt_map_delete(rt, mf, f, &nan);
    ck_assert_int_eq(rt_map_len(f), 3);
    *(int64_t *)rt_map_assign(rt, mf, f, &pz) = 1;
    *(int64_t *)rt_map_assign(rt, mf, f, &nz) = 2;
    ck_assert_int_eq(rt_map_len(f), 4);
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mf, f, &pz), 2);
    // interfaces: dynamic type + value
    Type *mi = ty_map(T, T->any, T->tint);
    GoMap *im = rt_map_new(rt, mi, 0);
    Value one = {.i = 1}, s1 = {.s = gs("1")};
    GoIface ki = rt_iface_box(rt, T->tint, one), ku = rt_iface_box(rt, T->tuint64, one);
    GoIface ks = rt_iface_box(rt, T->tstring, s1), knil = {0};
    *(int64_t *)rt_map_assign(rt, mi, im, &ki) = 10;
    *(int64_t *)rt_map_assign(rt, mi, im, &ku) = 20;
    *(int64_t *)rt_map_assign(rt, mi, im, &ks) = 30;
    *(int64_t *)rt_map_assign(rt, mi, im, &knil) = 40;
    ck_assert_int_eq(rt_map_len(im), 4);
    GoIface ki2 = rt_iface_box(rt, T->tint, one);
    s1.s = rt_string_from_c(rt, "1", 1);
    GoIface ks2 = rt_iface_box(rt, T->tstring, s1);
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mi, im, &ki2), 10);
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mi, im, &ks2), 30);
    const Type *args[] = {mi, ty_slice(T, T->tint)};
    ck_assert_panics(rt, unhashable_key, args, "runtime error: hash of unhashable type []int", "runtime.errorString");
    ck_assert_panics(rt, unhashable_lookup_nil, args, "runtime error: hash of unhashable type []int", NULL);
    ck_assert_panics(rt, assign_nil_map, ty_map(T, T->tint, T->tint), "assignment to entry in nil map", "runtime.plainError");
    // structs {s string; n int} and arrays [2]string as keys
    const char *names[] = {"s", "n"};
    const Type *types[] = {T->tstring, T->tint};
    Type *st = ty_struct(T, 2, names, types);
    Type *mst = ty_map(T, st, T->tstring);
    GoMap *sm = rt_map_new(rt, mst, 0);
    struct { GoString s; int64_t n; } a = {gs("x"), 1}, b = {rt_string_from_c(rt, "x", 1), 1}, c = {gs("x"), 2};
    Value sv = {.s = gs("A")};
    rt_store(rt, T->tstring, rt_map_assign(rt, mst, sm, &a), sv);
    ck_assert_ptr_nonnull(rt_map_access(rt, mst, sm, &b));
    ck_assert_ptr_null(rt_map_access(rt, mst, sm, &c));
    Type *arr = ty_array(T, T->tstring, 2);
    Type *ma = ty_map(T, arr, T->tbool);
    GoMap *am = rt_map_new(rt, ma, 0);
    GoString k1[2] = {gs("a"), gs("b")}, k2[2] = {gs("a"), rt_string_from_c(rt, "b", 1)};
    *(bool *)rt_map_assign(rt, ma, am, k1) = true;
    ck_assert(*(bool *)rt_map_access(rt, ma, am, k2));
    // zero-size values: map[int]struct{}
    Type *mz = ty_map(T, T->tint, ty_struct(T, 0, NULL, NULL));
    GoMap *zm = rt_map_new(rt, mz, 0);
    for (int64_t i = 0; i < 100; i++) rt_map_assign(rt, mz, zm, &i);
    ck_assert_int_eq(rt_map_len(zm), 100);
    rt_free(rt);
    free_types(T);
}
END_TEST

// probe_stats: the longest and the total probe length over keys[0..n).
static void probe_stats(Runtime *rt, const Type *mt, GoMap *m, const int64_t *keys, int n, uint32_t *max,
                        uint64_t *total) {
    *max = 0;
    *total = 0;
    for (int i = 0; i < n; i++) {
        uint32_t p = rt_map_probe_len(rt, mt, m, &keys[i]);
        if (p > *max) *max = p;
        *total += p;
    }
}

// Integer keys hash to themselves; the probing must still keep probe
// sequences short for keys that agree in their low bits or whose halves
// cancel, and for absent keys that alias into runs of present ones.
START_TEST(test_map_probe_patterns) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Type *mt = ty_map(T, T->tint, T->tint);
    enum { N = 20000 };
    int64_t *keys = malloc(N * sizeof *keys), *miss = malloc(N * sizeof *miss);
    ck_assert(keys && miss);
    for (int pat = 0; pat < 10; pat++) {
        GoMap *m = rt_map_new(rt, mt, 0);
        for (int64_t i = 0; i < N; i++) {
            int64_t x = i % 128, y = i / 128;
            switch (pat) {
            case 0: keys[i] = i; miss[i] = i + 3 * 32768; break;   // a run; misses alias into it
            case 1: keys[i] = i << 20; miss[i] = (i << 20) + 1; break;
            case 2: keys[i] = (int64_t)((uint64_t)i << 32); miss[i] = (int64_t)((uint64_t)i << 32 | 1); break;
            case 3: keys[i] = (int64_t)((uint64_t)i << 32 | (uint64_t)i); miss[i] = -i - 1; break;
            case 4: keys[i] = (int64_t)((uint64_t)x << 32 | (uint64_t)y); miss[i] = (int64_t)((uint64_t)y << 32 | (uint64_t)(x + 200)); break;
            case 5: keys[i] = i << 8; miss[i] = (i << 8) + 128; break;
            case 6: keys[i] = i << 24; miss[i] = (i << 24) + 1; break;
            case 7: keys[i] = i << 40; miss[i] = (i << 40) + (1 << 20); break;
            case 8: keys[i] = i * 1000003; miss[i] = i * 1000003 + 500000; break;
            default: keys[i] = -i * 7; miss[i] = -i * 7 - 3; break;
            }
            *(int64_t *)rt_map_assign(rt, mt, m, &keys[i]) = i;
        }
        ck_assert_int_eq(rt_map_len(m), N);
        for (int i = 0; i < N; i++) {
            int64_t *v = rt_map_access(rt, mt, m, &keys[i]);
            ck_assert_ptr_nonnull(v);
            ck_assert_int_eq(*v, i);
            ck_assert_ptr_null(rt_map_access(rt, mt, m, &miss[i]));
        }
        uint32_t max;
        uint64_t total;
        probe_stats(rt, mt, m, keys, N, &max, &total);
        ck_assert_msg(total <= 4 * (uint64_t)N && max <= 128, "pattern %d hits: avg %.2f max %u", pat,
                      (double)total / N, max);
        probe_stats(rt, mt, m, miss, N, &max, &total);
        ck_assert_msg(total <= 8 * (uint64_t)N && max <= 256, "pattern %d misses: avg %.2f max %u", pat,
                      (double)total / N, max);
    }
    free(keys);
    free(miss);
    rt_free(rt);
    free_types(T);
}
END_TEST

// A queue-like map (insert new keys, delete old ones) leaves tombstones
// behind; lookups, hits and misses, must stay short and the map must not
// grow without bound.
START_TEST(test_map_probe_after_deletes) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Type *mt = ty_map(T, T->tint, T->tint);
    Type *ms = ty_map(T, T->tstring, T->tint);
    GoMap *m = rt_map_new(rt, mt, 0), *sm = rt_map_new(rt, ms, 0);
    enum { LIVE = 1000, ROUNDS = 200000 };
    char buf[32];
    for (int64_t i = 0; i < ROUNDS; i++) {
        *(int64_t *)rt_map_assign(rt, mt, m, &i) = i;
        snprintf(buf, sizeof buf, "k%lld", (long long)i);
        GoString k = rt_string_from_c(rt, buf, strlen(buf));
        *(int64_t *)rt_map_assign(rt, ms, sm, &k) = i;
        if (i >= LIVE) {
            int64_t old = i - LIVE;
            rt_map_delete(rt, mt, m, &old);
            snprintf(buf, sizeof buf, "k%lld", (long long)old);
            GoString ok = gs(buf);
            rt_map_delete(rt, ms, sm, &ok);
        }
    }
    ck_assert_int_eq(rt_map_len(m), LIVE);
    ck_assert_int_eq(rt_map_len(sm), LIVE);
    uint64_t total = 0;
    uint32_t max = 0;
    for (int64_t i = ROUNDS - 2 * LIVE; i < ROUNDS; i++) {   // half present, half deleted
        uint32_t p = rt_map_probe_len(rt, mt, m, &i);
        total += p;
        if (p > max) max = p;
        snprintf(buf, sizeof buf, "k%lld", (long long)i);
        GoString k = gs(buf);
        p = rt_map_probe_len(rt, ms, sm, &k);
        total += p;
        if (p > max) max = p;
        int64_t *v = rt_map_access(rt, mt, m, &i), *sv = rt_map_access(rt, ms, sm, &k);
        ck_assert((v != NULL) == (i >= ROUNDS - LIVE));
        ck_assert((sv != NULL) == (i >= ROUNDS - LIVE));
        if (v) ck_assert_int_eq(*v, i);
        if (sv) ck_assert_int_eq(*sv, i);
    }
    ck_assert_msg(total <= 8 * 4 * LIVE && max <= 256, "avg %.2f max %u", (double)total / (4 * LIVE), max);
    rt_free(rt);
    free_types(T);
}
END_TEST

// rt_map_access remembers the entry it found so that the rt_map_assign of
// `m[k] op= v` skips the lookup; deletions and rebuilds must forget it.
START_TEST(test_map_access_then_assign) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Type *ms = ty_map(T, T->tstring, T->tint);
    GoMap *m = rt_map_new(rt, ms, 0);
    GoString empty = gs(""), x = gs("x"), y = rt_string_from_c(rt, "x", 1);
    *(int64_t *)rt_map_assign(rt, ms, m, &empty) = 1;
    *(int64_t *)rt_map_assign(rt, ms, m, &x) = 2;
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, ms, m, &x), 2);
    ck_assert_int_eq(*(int64_t *)rt_map_assign(rt, ms, m, &y), 2);   // same key, other bytes
    rt_map_delete(rt, ms, m, &x);   // its key slot is cleared to ""
    ck_assert_int_eq(*(int64_t *)rt_map_assign(rt, ms, m, &empty), 1);
    ck_assert_int_eq(rt_map_len(m), 1);
    ck_assert_int_eq(*(int64_t *)rt_map_assign(rt, ms, m, &x), 0);   // back, zeroed
    ck_assert_int_eq(rt_map_len(m), 2);
    // found, then the map grows (entries move to new arrays), then assigned
    Type *mt = ty_map(T, T->tint, T->tint);
    GoMap *im = rt_map_new(rt, mt, 0);
    int64_t k0 = 0;
    *(int64_t *)rt_map_assign(rt, mt, im, &k0) = 5;
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mt, im, &k0), 5);
    for (int64_t i = 1; i < 1000; i++) *(int64_t *)rt_map_assign(rt, mt, im, &i) = i;
    int64_t *slot = rt_map_assign(rt, mt, im, &k0);
    ck_assert_int_eq(*slot, 5);
    *slot = 6;
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mt, im, &k0), 6);
    // found, deleted, compacted away, re-added: a fresh zero entry
    ck_assert_ptr_nonnull(rt_map_access(rt, mt, im, &k0));
    for (int64_t i = 0; i < 1000; i++) rt_map_delete(rt, mt, im, &i);
    ck_assert_int_eq(*(int64_t *)rt_map_assign(rt, mt, im, &k0), 0);
    ck_assert_int_eq(rt_map_len(im), 1);
    rt_free(rt);
    free_types(T);
}
END_TEST

// 4-byte integer keys (negative ones included) and pointer keys use their
// own probe loops.
START_TEST(test_map_small_and_pointer_keys) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Type *m32 = ty_map(T, T->tint32, T->tint);
    GoMap *m = rt_map_new(rt, m32, 0);
    for (int64_t i = -5000; i < 5000; i++) {
        Value k = {.i = i * 3};   // the register form: sign-extended
        *(int64_t *)rt_map_assign(rt, m32, m, &k) = i;
    }
    ck_assert_int_eq(rt_map_len(m), 10000);
    for (int64_t i = -5000; i < 5000; i++) {
        Value k = {.i = i * 3}, miss = {.i = i * 3 + 1};
        ck_assert_int_eq(*(int64_t *)rt_map_access(rt, m32, m, &k), i);
        ck_assert_ptr_null(rt_map_access(rt, m32, m, &miss));
    }
    Type *mp = ty_map(T, T->tuptr, T->tint);
    GoMap *pm = rt_map_new(rt, mp, 0);
    void *objs[500];
    for (int i = 0; i < 500; i++) {
        objs[i] = rt_alloc_noscan(rt, 16, true);
        *(int64_t *)rt_map_assign(rt, mp, pm, &objs[i]) = i;
    }
    for (int i = 0; i < 500; i++) ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mp, pm, &objs[i]), i);
    void *nil = NULL;
    ck_assert_ptr_null(rt_map_access(rt, mp, pm, &nil));
    rt_free(rt);
    free_types(T);
}
END_TEST

START_TEST(test_map_iteration) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    Type *mt = ty_map(T, T->tint, T->tint);
    GoMap *m = rt_map_new(rt, mt, 0);
    enum { N = 1000 };
    for (int64_t i = 0; i < N; i++) *(int64_t *)rt_map_assign(rt, mt, m, &i) = i;
    // deleting entries not yet reached: they are not produced
    MapIter it = {.m = m};
    void *kp, *vp;
    bool seen[N] = {false};
    int count = 0;
    while (rt_map_next(&it, &kp, &vp)) {
        int64_t k = *(int64_t *)kp;
        ck_assert(!seen[k]);
        seen[k] = true;
        count++;
        if (k % 2 == 0) {
            for (int64_t d = k + 1; d < N; d += 2) rt_map_delete(rt, mt, m, &d);   // all odd keys
            for (int64_t j = 0; j < 300; j++) {   // inserts force compactions and growth
                int64_t nk = N + k * 1000 + j;
                rt_map_assign(rt, mt, m, &nk);
            }
            for (int64_t j = 0; j < 300; j++) {
                int64_t nk = N + k * 1000 + j;
                rt_map_delete(rt, mt, m, &nk);
            }
        }
    }
    ck_assert_int_eq(count, N / 2);
    for (int i = 0; i < N; i++) ck_assert(seen[i] == (i % 2 == 0));
    // adding during iteration terminates (new entries are not produced)
    MapIter it2 = {.m = m};
    int n2 = 0;
    while (rt_map_next(&it2, &kp, &vp)) {
        int64_t nk = *(int64_t *)kp + 1000000;
        rt_map_assign(rt, mt, m, &nk);
        n2++;
    }
    ck_assert_int_eq(n2, N / 2);
    ck_assert_int_eq(rt_map_len(m), N);
    // delete everything while iterating; then the map is reusable
    MapIter it3 = {.m = m};
    int n3 = 0;
    while (rt_map_next(&it3, &kp, &vp)) {
        int64_t k = *(int64_t *)kp;
        rt_map_delete(rt, mt, m, &k);
        n3++;
    }
    ck_assert_int_eq(n3, N);
    ck_assert_int_eq(rt_map_len(m), 0);
    int64_t k = 3;
    *(int64_t *)rt_map_assign(rt, mt, m, &k) = 33;
    ck_assert_int_eq(*(int64_t *)rt_map_access(rt, mt, m, &k), 33);
    MapIter nil_it = {.m = NULL};
    ck_assert(!rt_map_next(&nil_it, &kp, &vp));
    rt_free(rt);
    free_types(T);
}
END_TEST

// ---- panics --------------------------------------------------------------------------------

static void p_index(Runtime *rt, void *arg) { rt_panic_index(rt, 5, 3); }
static void p_index_neg(Runtime *rt, void *arg) { rt_panic_index(rt, -1, 3); }
static void p_index_unsigned(Runtime *rt, void *arg) { rt_panic_bounds(rt, BOUNDS_INDEX, INT64_MIN, false, 3); }
static void p_acap(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE_ACAP, 7, 5); }
static void p_alen(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE_ALEN, 7, 5); }
static void p_b(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE_B, 3, 2); }
static void p_b_neg(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE_B, -1, 2); }
static void p_a_neg(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE_ACAP, -1, 3); }
static void p_3acap(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE3_ACAP, 8, 3); }
static void p_3b(Runtime *rt, void *arg) { rt_panic_slice(rt, BOUNDS_SLICE3_B, 2, 1); }
static void p_nil(Runtime *rt, void *arg) { rt_panic_nil_deref(rt); }
static void p_div(Runtime *rt, void *arg) { rt_panic_divide(rt); }
static void p_plain(Runtime *rt, void *arg) { rt_panic_plain(rt, "close of nil channel"); }
static void p_runtime(Runtime *rt, void *arg) { rt_panic_runtime(rt, "hash of unhashable type %s", "[]int"); }
static void p_value(Runtime *rt, void *arg) { rt_panic(rt, *(GoIface *)arg); }
static void p_assert(Runtime *rt, void *arg) {
    const Type **ts = arg;
    rt_panic_type_assert(rt, ts[0], ts[1], ts[2], NULL);
}
static void p_assert_nil(Runtime *rt, void *arg) {
    const Type **ts = arg;
    rt_panic_type_assert(rt, ts[0], NULL, ts[2], NULL);
}
static void p_assert_missing(Runtime *rt, void *arg) {
    const Type **ts = arg;
    rt_panic_type_assert(rt, NULL, ts[1], ts[3], "String");
}

START_TEST(test_panic_texts) {
    Runtime *rt = new_rt();
    Types *T = make_types();
    ck_assert_panics(rt, p_index, NULL, "runtime error: index out of range [5] with length 3", "runtime.boundsError");
    ck_assert_panics(rt, p_index_neg, NULL, "runtime error: index out of range [-1]", NULL);
    ck_assert_panics(rt, p_index_unsigned, NULL, "runtime error: index out of range [9223372036854775808] with length 3", NULL);
    ck_assert_panics(rt, p_acap, NULL, "runtime error: slice bounds out of range [:7] with capacity 5", NULL);
    ck_assert_panics(rt, p_alen, NULL, "runtime error: slice bounds out of range [:7] with length 5", NULL);
    ck_assert_panics(rt, p_b, NULL, "runtime error: slice bounds out of range [3:2]", NULL);
    ck_assert_panics(rt, p_b_neg, NULL, "runtime error: slice bounds out of range [-1:]", NULL);
    ck_assert_panics(rt, p_a_neg, NULL, "runtime error: slice bounds out of range [:-1]", NULL);
    ck_assert_panics(rt, p_3acap, NULL, "runtime error: slice bounds out of range [::8] with capacity 3", NULL);
    ck_assert_panics(rt, p_3b, NULL, "runtime error: slice bounds out of range [:2:1]", NULL);
    ck_assert_panics(rt, p_nil, NULL, "runtime error: invalid memory address or nil pointer dereference", "runtime.errorString");
    ck_assert_panics(rt, p_div, NULL, "runtime error: integer divide by zero", "runtime.errorString");
    ck_assert_panics(rt, p_plain, NULL, "close of nil channel", "runtime.plainError");
    ck_assert_panics(rt, p_runtime, NULL, "runtime error: hash of unhashable type []int", NULL);
    // values: print-builtin formatting, named basic types, others by address
    struct { const Type *t; Value v; const char *text; } cases[] = {
        {T->tint, {.i = 42}, "42"},
        {T->tuint8, {.u = 200}, "200"},
        {T->tint8, {.i = -5}, "-5"},
        {T->tbool, {.b = true}, "true"},
        {T->tfloat64, {.f = 1.5}, "+1.500000e+000"},
        {T->tfloat64, {.f = 1e300}, "+1.000000e+300"},
        {T->tfloat64, {.f = -1.234567e-300}, "-1.234567e-300"},
        {T->tfloat64, {.f = 0.0}, "+0.000000e+000"},
        {T->tfloat64, {.f = NAN}, "NaN"},
        {T->tfloat64, {.f = -INFINITY}, "-Inf"},
        {T->tfloat32, {.f32 = -0.1f}, "-1.000000e-001"},
        {T->tstring, {.s = {(const uint8_t *)"a string", 8}}, "a string"},
        {ty_named(T, "main", "MyInt", T->tint), {.i = 5}, "main.MyInt(5)"},
        {ty_named(T, "main", "S", T->tstring), {.s = {(const uint8_t *)"x", 1}}, "main.S(\"x\")"},
        {ty_named(T, "main", "B", T->tbool), {.b = true}, "main.B(true)"},
        {ty_named(T, "main", "F", T->tfloat64), {.f = 1.5}, "main.F(+1.500000e+000)"},
        {ty_ptr(T, T->tint), {.p = NULL}, "(*int) 0x0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        GoIface e = rt_iface_box(rt, cases[i].t, cases[i].v);
        ck_assert_panics(rt, p_value, &e, cases[i].text, NULL);
    }
    GoIface nil = {0};
    ck_assert_panics(rt, p_value, &nil, "nil", NULL);
    Value sl = {.sl = {NULL, 0, 0}};
    GoIface es = rt_iface_box(rt, ty_slice(T, T->tint), sl);
    char *got = panic_text(rt, p_value, &es, NULL);
    ck_assert_msg(strncmp(got, "([]int) 0x", 10) == 0, "got %s", got);
    free(got);
    // type assertions
    Type *str = ty_named(T, "main", "Str", ty_struct(T, 0, NULL, NULL));
    Type *stringer = ty_named(T, "fmt", "Stringer", T->any);
    const Type *ta[] = {T->any, ty_slice(T, T->tint), T->tstring, stringer};
    ck_assert_panics(rt, p_assert, ta, "interface conversion: interface {} is []int, not string",
                     "*runtime.TypeAssertionError");
    ck_assert_panics(rt, p_assert_nil, ta, "interface conversion: interface {} is nil, not string", NULL);
    const Type *tb[] = {stringer, T->tint, str, stringer};
    ck_assert_panics(rt, p_assert_missing, tb, "interface conversion: int is not fmt.Stringer: missing method String", NULL);
    ck_assert_ptr_null(rt_current_panic(rt));
    rt_free(rt);
    free_types(T);
}
END_TEST

// The Error methods are Method.native functions (for recover + err.Error()).
START_TEST(test_error_methods) {
    Runtime *rt = new_rt();
    const Type *t = &rt_type_boundsError;
    ck_assert_int_eq(t->nmethods, 2);
    ck_assert_str_eq(t->methods[0].name, "Error");
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) rt_panic_index(rt, 5, 3);
    RtPanic *p = rt_current_panic(rt);
    ck_assert(p->runtime_error);
    Value args[1] = {rt_iface_unbox(p->value)}, res[1];
    p->value.type->methods[0].native(rt, args, res);
    ck_assert_gostr(res[0].s, "runtime error: index out of range [5] with length 3");
    rt->panicking = NULL;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) rt_panic_plain(rt, "assignment to entry in nil map");
    p = rt_current_panic(rt);
    args[0] = rt_iface_unbox(p->value);
    p->value.type->methods[0].native(rt, args, res);
    ck_assert_gostr(res[0].s, "assignment to entry in nil map");
    rt->panicking = NULL;
    ck_assert_ptr_null(rt->handler);
    rt_free(rt);
}
END_TEST

// run_child runs f in a child process and returns its stderr; *status gets
// the exit code.
static char *run_child(void (*f)(void), int *status) {
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        dup2(fds[1], 1);
        close(fds[0]);
        f();
        _exit(99);
    }
    close(fds[1]);
    StrBuf b = {0};
    char buf[512];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) sb_put(&b, buf, (size_t)n);
    close(fds[0]);
    int st;
    waitpid(pid, &st, 0);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    sb_putc(&b, '\0');
    return b.p;
}

static void frames(void *ctx, FILE *f) { fputs("main.main()\n\t/tmp/x.go:5 +0x1d\n", f); }

static Runtime *child_rt(void) {
    RtConfig cfg = {0};
    RtHooks hooks = {.print_frames = frames};
    return rt_new(&cfg, &hooks);
}

static void child_chain(void) {
    Runtime *rt = child_rt();
    rt_write_stdout(rt, "out\n", 4);
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) rt_panic_plain(rt, "first");
    rt->panicking->recovered = true;   // recover(), then panic again in the deferred call
    Value v = {.s = {(const uint8_t *)"second", 6}};
    rt_panic(rt, rt_iface_box(rt, &rt_type_plainError, v));
}

static void child_nil(void) {
    Runtime *rt = child_rt();
    rt_panic_nil_deref(rt);
}

START_TEST(test_report_panic) {
    int st;
    char *out = run_child(child_chain, &st);
    ck_assert_int_eq(st, 2);
    ck_assert_str_eq(out, "out\npanic: first [recovered]\n\tpanic: second\n\ngoroutine 1 [running]:\n"
                          "main.main()\n\t/tmp/x.go:5 +0x1d\n");
    free(out);
    out = run_child(child_nil, &st);
    ck_assert_int_eq(st, 2);
    const char *want = "panic: runtime error: invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x";
    ck_assert_msg(strncmp(out, want, strlen(want)) == 0, "got %s", out);
    ck_assert_ptr_nonnull(strstr(out, "]\n\ngoroutine 1 [running]:\n"));
    free(out);
}
END_TEST

// ---- output ---------------------------------------------------------------------------------

static void child_output(void) {
    Runtime *rt = child_rt();
    rt_write_stdout(rt, "a", 1);
    rt_write_stderr(rt, "B", 1);   // flushes "a" first
    rt_write_stdout(rt, "c", 1);
    char big[70000];
    memset(big, 'x', sizeof big);
    rt_write_stdout(rt, big, sizeof big);
    rt_write_stderr(rt, "D", 1);
    rt_exit(rt, 3);
}

START_TEST(test_output) {
    StrBuf b = {0};
    sb_printf(&b, "%d-%s", 12, "ab");
    sb_putc(&b, '!');
    char long_s[600];
    memset(long_s, 'y', sizeof long_s - 1);
    long_s[599] = 0;
    sb_printf(&b, "%s", long_s);
    ck_assert_uint_eq(b.len, 6 + 599);
    ck_assert(memcmp(b.p, "12-ab!", 6) == 0);
    sb_free(&b);
    int st;
    char *out = run_child(child_output, &st);
    ck_assert_int_eq(st, 3);
    ck_assert_uint_eq(strlen(out), 70004);
    ck_assert(strncmp(out, "aBcx", 4) == 0);
    ck_assert_int_eq(out[70003], 'D');
    free(out);
}
END_TEST

Suite *values_suite(void);

Suite *values_suite(void) {
    Suite *s = suite_create("values");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_type_string);
    tcase_add_test(tc, test_type_finish);
    tcase_add_test(tc, test_load_store);
    tcase_add_test(tc, test_equal);
    tcase_add_test(tc, test_iface_box);
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_append_growth);
    tcase_add_test(tc, test_slices);
    tcase_add_test(tc, test_make_slice_panics);
    tcase_add_test(tc, test_map_ints);
    tcase_add_test(tc, test_map_keys);
    tcase_add_test(tc, test_map_iteration);
    tcase_add_test(tc, test_map_probe_patterns);
    tcase_add_test(tc, test_map_probe_after_deletes);
    tcase_add_test(tc, test_map_access_then_assign);
    tcase_add_test(tc, test_map_small_and_pointer_keys);
    tcase_add_test(tc, test_panic_texts);
    tcase_add_test(tc, test_error_methods);
    tcase_add_test(tc, test_report_panic);
    tcase_add_test(tc, test_output);
    suite_add_tcase(s, tc);
    return s;
}
