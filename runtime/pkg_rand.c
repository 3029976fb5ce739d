// pkg_rand.c - package math/rand, ported from Go 1.19 so that every
// program prints the numbers Go prints: the additive lagged Fibonacci
// source (rngSource, seeded through seedrand and xored with rngCooked),
// Rand's derivations (Int63n, Int31n, the unexported int31n of Shuffle,
// Float64, Perm, Read) and the ziggurat NormFloat64/ExpFloat64 with Go's
// tables (rand_tables.inc) and Go's amd64 math.Log/Exp (gomath.c).
//
// The top-level functions use the global source, seeded with Seed(1) as
// Go 1.19 does; it lives in C memory (Runtime.rand_global, made on first
// use) because Go code can never reach it. A *Rand made by rand.New holds
// any Source: a *rngSource is driven directly, any other Source through
// its Go methods (rt_call_method).
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

#include "rand_tables.inc"

enum { RNG_LEN = 607, RNG_TAP = 273 };
#define INT32_MAX_GO INT64_C(2147483647)

// rngSource (Go's layout: struct { tap int; feed int; vec [607]int64 }).
typedef struct RngSource {
    int64_t tap, feed;
    int64_t vec[RNG_LEN];
} RngSource;

// Rand (Go's layout: struct { src Source; s64 Source64; readVal int64; readPos int8 }).
typedef struct Rand {
    GoIface src, s64;
    int64_t read_val;
    int8_t read_pos;
} Rand;

// The global generator of the top-level functions (Go's globalRand).
struct RandGlobal {
    RngSource src;
    int64_t read_val;
    int8_t read_pos;
};

// Gen: what the derivations draw from: rng when the source is an
// *rngSource (or the global one), else the Go Source value src (and s64
// when it has Uint64).
typedef struct Gen {
    Runtime *rt;
    RngSource *rng;
    GoIface src, s64;
    int64_t *read_val;
    int8_t *read_pos;
} Gen;

static int32_t seedrand(int32_t x) {
    const int32_t A = 48271, Q = 44488, R = 3399;
    int32_t hi = x / Q, lo = x % Q;
    x = A * lo - R * hi;
    if (x < 0) x += (int32_t)INT32_MAX_GO;
    return x;
}

static void rng_seed(RngSource *rng, int64_t seed) {
    rng->tap = 0;
    rng->feed = RNG_LEN - RNG_TAP;
    seed %= INT32_MAX_GO;
    if (seed < 0) seed += INT32_MAX_GO;
    if (seed == 0) seed = 89482311;
    int32_t x = (int32_t)seed;
    for (int i = -20; i < RNG_LEN; i++) {
        x = seedrand(x);
        if (i >= 0) {
            uint64_t u = (uint64_t)(int64_t)x << 40;
            x = seedrand(x);
            u ^= (uint64_t)(int64_t)x << 20;
            x = seedrand(x);
            u ^= (uint64_t)(int64_t)x;
            u ^= (uint64_t)rng_cooked[i];
            rng->vec[i] = (int64_t)u;
        }
    }
}

static uint64_t rng_uint64(RngSource *rng) {
    if (--rng->tap < 0) rng->tap += RNG_LEN;
    if (--rng->feed < 0) rng->feed += RNG_LEN;
    uint64_t x = (uint64_t)rng->vec[rng->feed] + (uint64_t)rng->vec[rng->tap];
    rng->vec[rng->feed] = (int64_t)x;
    return x;
}

static int64_t rng_int63(RngSource *rng) { return (int64_t)(rng_uint64(rng) & (UINT64_MAX >> 1)); }

// ---- the derivations (Go's Rand methods) ----

static int64_t gen_int63(Gen *g) {
    if (g->rng) return rng_int63(g->rng);
    Value res[1] = {{.w = {0, 0}}};
    rt_call_method(g->rt, g->src, "Int63", NULL, 0, res);
    return res[0].i;
}

static uint32_t gen_uint32(Gen *g) { return (uint32_t)(gen_int63(g) >> 31); }
static int32_t gen_int31(Gen *g) { return (int32_t)(gen_int63(g) >> 32); }

static uint64_t gen_uint64(Gen *g) {
    if (g->rng) return rng_uint64(g->rng);
    if (g->s64.type) {
        Value res[1] = {{.w = {0, 0}}};
        rt_call_method(g->rt, g->s64, "Uint64", NULL, 0, res);
        return res[0].u;
    }
    uint64_t lo = (uint64_t)gen_int63(g) >> 31;
    return lo | (uint64_t)gen_int63(g) << 32;
}

static int64_t gen_int63n(Gen *g, int64_t n) {
    if (n <= 0) rt_panic_string(g->rt, "invalid argument to Int63n");
    if ((n & (n - 1)) == 0) return gen_int63(g) & (n - 1);
    int64_t max = (int64_t)((UINT64_C(1) << 63) - 1 - (UINT64_C(1) << 63) % (uint64_t)n);
    int64_t v = gen_int63(g);
    while (v > max) v = gen_int63(g);
    return v % n;
}

static int32_t gen_int31n(Gen *g, int32_t n) {
    if (n <= 0) rt_panic_string(g->rt, "invalid argument to Int31n");
    if ((n & (n - 1)) == 0) return gen_int31(g) & (n - 1);
    int32_t max = (int32_t)((UINT32_C(1) << 31) - 1 - (UINT32_C(1) << 31) % (uint32_t)n);
    int32_t v = gen_int31(g);
    while (v > max) v = gen_int31(g);
    return v % n;
}

// gen_int31n_fast: Go's unexported int31n (Lemire's method), used by Shuffle.
static int32_t gen_int31n_fast(Gen *g, int32_t n) {
    uint32_t v = gen_uint32(g);
    uint64_t prod = (uint64_t)v * (uint64_t)n;
    uint32_t low = (uint32_t)prod;
    if (low < (uint32_t)n) {
        uint32_t thresh = (uint32_t)-n % (uint32_t)n;
        while (low < thresh) {
            v = gen_uint32(g);
            prod = (uint64_t)v * (uint64_t)n;
            low = (uint32_t)prod;
        }
    }
    return (int32_t)(prod >> 32);
}

static int64_t gen_intn(Gen *g, int64_t n) {
    if (n <= 0) rt_panic_string(g->rt, "invalid argument to Intn");
    if (n <= INT32_MAX_GO) return gen_int31n(g, (int32_t)n);
    return gen_int63n(g, n);
}

static double gen_float64(Gen *g) {
    for (;;) {
        double f = (double)gen_int63(g) / 9223372036854775808.0;
        if (f != 1) return f;
    }
}

static float gen_float32(Gen *g) {
    for (;;) {
        float f = (float)gen_float64(g);
        if (f != 1) return f;
    }
}

static double gen_norm(Gen *g) {
    const double rn = 3.442619855899;
    for (;;) {
        int32_t j = (int32_t)gen_uint32(g);
        int32_t i = j & 0x7F;
        double x = (double)j * (double)wn[i];
        uint32_t absj = j < 0 ? (uint32_t)-(int64_t)j : (uint32_t)j;
        if (absj < kn[i]) return x;
        if (i == 0) {
            for (;;) {
                x = -rt_math_log(gen_float64(g)) * (1.0 / rn);
                double y = -rt_math_log(gen_float64(g));
                if (y + y >= x * x) break;
            }
            return j > 0 ? rn + x : -rn - x;
        }
        if (fn[i] + (float)gen_float64(g) * (fn[i - 1] - fn[i]) < (float)rt_math_exp(-.5 * x * x)) return x;
    }
}

static double gen_exp(Gen *g) {
    const double re = 7.69711747013104972;
    for (;;) {
        uint32_t j = gen_uint32(g);
        uint32_t i = j & 0xFF;
        double x = (double)j * (double)we[i];
        if (j < ke[i]) return x;
        if (i == 0) return re - rt_math_log(gen_float64(g));
        if (fe[i] + (float)gen_float64(g) * (fe[i - 1] - fe[i]) < (float)rt_math_exp(-x)) return x;
    }
}

static GoSlice gen_perm(Gen *g, int64_t n) {
    if (n < 0) rt_panic_runtime(g->rt, "makeslice: len out of range");
    GoSlice m = rt_make_slice(g->rt, &rt_ptype_int, n, n);
    int64_t *v = m.ptr;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = gen_intn(g, i + 1);
        v[i] = v[j];
        v[j] = i;
    }
    return m;
}

static void gen_shuffle(Gen *g, int64_t n, Value swap) {
    if (n < 0) rt_panic_string(g->rt, "invalid argument to Shuffle");
    int64_t i = n - 1;
    Value args[2], res[1];
    for (; i > 0; i--) {
        int64_t j = i > INT32_MAX_GO - 1 ? gen_int63n(g, i + 1) : gen_int31n_fast(g, (int32_t)(i + 1));
        args[0] = (Value){.w = {0, 0}};
        args[1] = (Value){.w = {0, 0}};
        args[0].i = i;
        args[1].i = j;
        rt_call_func(g->rt, swap, args, 2, res);
    }
}

static int64_t gen_read(Gen *g, GoSlice p) {
    int8_t pos = *g->read_pos;
    int64_t val = *g->read_val;
    uint8_t *b = p.ptr;
    for (uint32_t n = 0; n < p.len; n++) {
        if (pos == 0) {
            val = gen_int63(g);
            pos = 7;
        }
        b[n] = (uint8_t)val;
        val >>= 8;
        pos--;
    }
    *g->read_pos = pos;
    *g->read_val = val;
    return p.len;
}

// ---- the global generator and *Rand receivers ----

static Gen global_gen(Runtime *rt) {
    if (!rt->rand_global) {
        rt->rand_global = calloc(1, sizeof *rt->rand_global);
        if (!rt->rand_global) rt_fatal(rt, "out of memory");
        rng_seed(&rt->rand_global->src, 1);
    }
    struct RandGlobal *gl = rt->rand_global;
    return (Gen){.rt = rt, .rng = &gl->src, .read_val = &gl->read_val, .read_pos = &gl->read_pos};
}

static bool is_rng_source(const Type *t) {
    return t && t->kind == KIND_POINTER && t->elem && t->elem->name && strcmp(t->elem->name, "rngSource") == 0
        && t->elem->pkg && strcmp(t->elem->pkg, "rand") == 0;
}

static Gen rand_gen(Runtime *rt, Value recv) {
    Rand *r = recv.p;
    if (!r) rt_panic_nil_deref(rt);
    if (!r->src.type) rt_panic_nil_deref(rt);
    Gen g = {.rt = rt, .src = r->src, .s64 = r->s64, .read_val = &r->read_val, .read_pos = &r->read_pos};
    if (is_rng_source(r->src.type)) g.rng = r->src.data;
    return g;
}

static Value ival(int64_t i) {
    Value v = {.w = {0, 0}};
    v.i = i;
    return v;
}

static Value uval(uint64_t u) {
    Value v = {.w = {0, 0}};
    v.u = u;
    return v;
}

static Value fval(double f) {
    Value v = {.w = {0, 0}};
    v.f = f;
    return v;
}

static Value f32val(float f) {
    Value v = {.w = {0, 0}};
    v.f32 = f;
    return v;
}

static Value slval(GoSlice s) {
    Value v = {.w = {0, 0}};
    v.sl = s;
    return v;
}

// One table entry per derivation for the global generator (G) and *Rand (R).
#define RAND_FUNCS(X) \
    X(int63, ival(gen_int63(&g))) \
    X(uint32, uval(gen_uint32(&g))) \
    X(uint64, uval(gen_uint64(&g))) \
    X(int31, ival(gen_int31(&g))) \
    X(int, ival((int64_t)((uint64_t)gen_int63(&g) << 1 >> 1))) \
    X(int63n, ival(gen_int63n(&g, a[1].i))) \
    X(int31n, ival(gen_int31n(&g, (int32_t)a[1].i))) \
    X(intn, ival(gen_intn(&g, a[1].i))) \
    X(float64, fval(gen_float64(&g))) \
    X(float32, f32val(gen_float32(&g))) \
    X(perm, slval(gen_perm(&g, a[1].i))) \
    X(norm, fval(gen_norm(&g))) \
    X(exp, fval(gen_exp(&g)))

// The global functions take their arguments at a[0]: shift by one so the
// expressions above (written for methods, receiver at a[0]) fit both.
#define GLOBAL_FN(name, expr) \
    static void g_##name(Runtime *rt, Value *args, Value *res) { \
        Value *a = args - 1; \
        (void)a; \
        Gen g = global_gen(rt); \
        res[0] = expr; \
    }
#define METHOD_FN(name, expr) \
    static void r_##name(Runtime *rt, Value *a, Value *res) { \
        Gen g = rand_gen(rt, a[0]); \
        res[0] = expr; \
    }
RAND_FUNCS(GLOBAL_FN)
RAND_FUNCS(METHOD_FN)

static void g_seed(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Gen g = global_gen(rt);
    rng_seed(g.rng, a[0].i);
    *g.read_pos = 0;
}

static void g_shuffle(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Gen g = global_gen(rt);
    gen_shuffle(&g, a[0].i, a[1]);
}

static void g_read(Runtime *rt, Value *a, Value *res) {
    Gen g = global_gen(rt);
    res[0] = ival(gen_read(&g, a[0].sl));
    res[1] = (Value){.w = {0, 0}};
}

static void r_seed(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Gen g = rand_gen(rt, a[0]);
    if (g.rng) {
        rng_seed(g.rng, a[1].i);
    } else {
        Value args[1] = {ival(a[1].i)}, r[1];
        rt_call_method(rt, g.src, "Seed", args, 1, r);
    }
    *g.read_pos = 0;
}

static void r_shuffle(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Gen g = rand_gen(rt, a[0]);
    gen_shuffle(&g, a[1].i, a[2]);
}

static void r_read(Runtime *rt, Value *a, Value *res) {
    Gen g = rand_gen(rt, a[0]);
    res[0] = ival(gen_read(&g, a[1].sl));
    res[1] = (Value){.w = {0, 0}};
}

// ---- rngSource methods, NewSource, New ----

static RngSource *rng_recv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static void s_int63(Runtime *rt, Value *a, Value *res) { res[0] = ival(rng_int63(rng_recv(rt, a[0]))); }
static void s_uint64(Runtime *rt, Value *a, Value *res) { res[0] = uval(rng_uint64(rng_recv(rt, a[0]))); }
static void s_seed(Runtime *rt, Value *a, Value *res) {
    (void)res;
    rng_seed(rng_recv(rt, a[0]), a[1].i);
}

static void new_source(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "math/rand", "rngSource", false);
    if (!t) rt_fatal(rt, "math/rand: package type missing");
    RngSource *rng = rt_alloc(rt, t);
    rng_seed(rng, a[0].i);
    Value v = {.w = {0, 0}};
    v.p = rng;
    res[0].e = rt_iface_box(rt, rt_pkg_type(rt, "math/rand", "rngSource", true), v);
}

static void new_rand(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "math/rand", "Rand", false);
    if (!t) rt_fatal(rt, "math/rand: package type missing");
    Rand *r = rt_alloc(rt, t);
    GoIface src = a[0].e;
    gc_write_ptr(rt, (void **)&r->src.type, (void *)src.type);
    gc_write_ptr(rt, &r->src.data, src.data);
    if (src.type && (is_rng_source(src.type) || rt_find_method(src.type, "Uint64"))) {
        gc_write_ptr(rt, (void **)&r->s64.type, (void *)src.type);
        gc_write_ptr(rt, &r->s64.data, src.data);
    }
    res[0] = (Value){.w = {0, 0}};
    res[0].p = r;
}

// ---- Zipf ----

// Zipf (Go's layout: a *Rand then eight float64s).
typedef struct Zipf {
    Rand *r;
    double imax, v, q, s, oneminus_q, oneminus_qinv, hxm, hx0minus_hxm;
} Zipf;

static double zipf_h(const Zipf *z, double x) { return rt_math_exp(z->oneminus_q * rt_math_log(z->v + x)) * z->oneminus_qinv; }
static double zipf_hinv(const Zipf *z, double x) { return rt_math_exp(z->oneminus_qinv * rt_math_log(z->oneminus_q * x)) - z->v; }

static void new_zipf(Runtime *rt, Value *a, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    double s = a[1].f, v = a[2].f;
    if (s <= 1.0 || v < 1) return;
    const Type *t = rt_pkg_type(rt, "math/rand", "Zipf", false);
    if (!t) rt_fatal(rt, "math/rand: package type missing");
    Zipf *z = rt_alloc(rt, t);
    gc_write_ptr(rt, (void **)&z->r, a[0].p);
    z->imax = (double)a[3].u;
    z->v = v;
    z->q = s;
    z->oneminus_q = 1.0 - z->q;
    z->oneminus_qinv = 1.0 / z->oneminus_q;
    z->hxm = zipf_h(z, z->imax + 0.5);
    z->hx0minus_hxm = zipf_h(z, 0.5) - rt_math_exp(rt_math_log(z->v) * (-z->q)) - z->hxm;
    z->s = 1 - zipf_hinv(z, zipf_h(z, 1.5) - rt_math_exp(-z->q * rt_math_log(z->v + 1.0)));
    res[0].p = z;
}

static void zipf_uint64(Runtime *rt, Value *a, Value *res) {
    Zipf *z = a[0].p;
    if (!z) rt_panic_string(rt, "rand: nil Zipf");
    Value rv = {.w = {0, 0}};
    rv.p = z->r;
    Gen g = rand_gen(rt, rv);
    double k;
    for (;;) {
        double r = gen_float64(&g);
        double ur = z->hxm + r * z->hx0minus_hxm;
        double x = zipf_hinv(z, ur);
        k = floor(x + 0.5);
        if (k - x <= z->s) break;
        if (ur >= zipf_h(z, k + 0.5) - rt_math_exp(-rt_math_log(k + z->v) * z->q)) break;
    }
    res[0] = uval((uint64_t)k);
}

static const NativeFunc rand_funcs[] = {
    {"NewZipf", "func(r *Rand, s float64, v float64, imax uint64) *Zipf", new_zipf},
    {"(*Zipf).Uint64", "func() uint64", zipf_uint64},
    {"NewSource", "func(seed int64) Source", new_source},
    {"New", "func(src Source) *Rand", new_rand},
    {"Seed", "func(seed int64)", g_seed},
    {"Int63", "func() int64", g_int63},
    {"Uint32", "func() uint32", g_uint32},
    {"Uint64", "func() uint64", g_uint64},
    {"Int31", "func() int32", g_int31},
    {"Int", "func() int", g_int},
    {"Int63n", "func(n int64) int64", g_int63n},
    {"Int31n", "func(n int32) int32", g_int31n},
    {"Intn", "func(n int) int", g_intn},
    {"Float64", "func() float64", g_float64},
    {"Float32", "func() float32", g_float32},
    {"Perm", "func(n int) []int", g_perm},
    {"Shuffle", "func(n int, swap func(i, j int))", g_shuffle},
    {"Read", "func(p []byte) (n int, err error)", g_read},
    {"NormFloat64", "func() float64", g_norm},
    {"ExpFloat64", "func() float64", g_exp},
    {"(*Rand).Seed", "func(seed int64)", r_seed},
    {"(*Rand).Int63", "func() int64", r_int63},
    {"(*Rand).Uint32", "func() uint32", r_uint32},
    {"(*Rand).Uint64", "func() uint64", r_uint64},
    {"(*Rand).Int31", "func() int32", r_int31},
    {"(*Rand).Int", "func() int", r_int},
    {"(*Rand).Int63n", "func(n int64) int64", r_int63n},
    {"(*Rand).Int31n", "func(n int32) int32", r_int31n},
    {"(*Rand).Intn", "func(n int) int", r_intn},
    {"(*Rand).Float64", "func() float64", r_float64},
    {"(*Rand).Float32", "func() float32", r_float32},
    {"(*Rand).Perm", "func(n int) []int", r_perm},
    {"(*Rand).Shuffle", "func(n int, swap func(i, j int))", r_shuffle},
    {"(*Rand).Read", "func(p []byte) (n int, err error)", r_read},
    {"(*Rand).NormFloat64", "func() float64", r_norm},
    {"(*Rand).ExpFloat64", "func() float64", r_exp},
    {"(*rngSource).Int63", "func() int64", s_int63},
    {"(*rngSource).Uint64", "func() uint64", s_uint64},
    {"(*rngSource).Seed", "func(seed int64)", s_seed},
};

static const NativeType rand_types[] = {
    {"Source", "interface { Int63() int64; Seed(seed int64) }"},
    {"Source64", "interface { Int63() int64; Seed(seed int64); Uint64() uint64 }"},
    {"Rand", "struct { src Source; s64 Source64; readVal int64; readPos int8 }"},
    {"Zipf", "struct { r *Rand; imax float64; v float64; q float64; s float64; oneminusQ float64; "
             "oneminusQinv float64; hxm float64; hx0minusHxm float64 }"},
    {"rngSource", "struct { tap int; feed int; vec [607]int64 }"},
};

const NativePkg rt_pkg_rand = {
    .path = "math/rand", .name = "rand",
    .funcs = rand_funcs, .nfuncs = sizeof rand_funcs / sizeof rand_funcs[0],
    .types = rand_types, .ntypes = sizeof rand_types / sizeof rand_types[0],
};
