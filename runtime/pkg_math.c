// pkg_math.c - package math: float64 functions and math's constants as Go
// spells them. Elementary functions come from gomath.c (bit-for-bit Go's
// results), gomath_special.c (Log1p, Expm1, Asinh, Acosh, Atanh, Erf,
// Erfc), gomath_gamma.c (Gamma, Lgamma, Erfinv, Erfcinv) and
// gomath_bessel.c (J0, J1, Jn, Y0, Y1, Yn) and gomath_exact.c (Round,
// RoundToEven, Frexp, Ldexp, Modf, Mod, Remainder: Go's special cases);
// the other exact operations (Sqrt, Floor, Ceil, Trunc, Nextafter, FMA)
// come from libm.
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "gomath_internal.h"
#include "pkg_internal.h"

#define UNARY(NAME, EXPR) \
    static void NAME(Runtime *rt, Value *args, Value *results) { \
        (void)rt; \
        double x = args[0].f; \
        results[0].f = (EXPR); \
    }
#define BINARY(NAME, EXPR) \
    static void NAME(Runtime *rt, Value *args, Value *results) { \
        (void)rt; \
        double x = args[0].f, y = args[1].f; \
        results[0].f = (EXPR); \
    }

UNARY(m_sqrt, sqrt(x))
UNARY(m_abs, fabs(x))
UNARY(m_floor, floor(x))
UNARY(m_ceil, ceil(x))
UNARY(m_trunc, trunc(x))
UNARY(m_round, rt_math_round(x))
UNARY(m_round_even, rt_math_round_to_even(x))
UNARY(m_log, rt_math_log(x))
UNARY(m_log2, rt_math_log2(x))
UNARY(m_log10, rt_math_log10(x))
UNARY(m_log1p, rt_math_log1p(x))
UNARY(m_exp, rt_math_exp(x))
UNARY(m_exp2, rt_math_exp2(x))
UNARY(m_expm1, rt_math_expm1(x))
UNARY(m_sin, rt_math_sin(x))
UNARY(m_cos, rt_math_cos(x))
UNARY(m_tan, rt_math_tan(x))
UNARY(m_asin, rt_math_asin(x))
UNARY(m_acos, rt_math_acos(x))
UNARY(m_atan, rt_math_atan(x))
UNARY(m_sinh, rt_math_sinh(x))
UNARY(m_cosh, rt_math_cosh(x))
UNARY(m_tanh, rt_math_tanh(x))
UNARY(m_cbrt, rt_math_cbrt(x))
UNARY(m_asinh, rt_math_asinh(x))
UNARY(m_acosh, rt_math_acosh(x))
UNARY(m_atanh, rt_math_atanh(x))
UNARY(m_erf, rt_math_erf(x))
UNARY(m_erfc, rt_math_erfc(x))
UNARY(m_gamma, rt_math_gamma(x))
UNARY(m_erfinv, rt_math_erfinv(x))
UNARY(m_erfcinv, rt_math_erfcinv(x))
UNARY(m_j0, rt_math_j0(x))
UNARY(m_j1, rt_math_j1(x))
UNARY(m_y0, rt_math_y0(x))
UNARY(m_y1, rt_math_y1(x))
UNARY(m_logb, isinf(x) ? INFINITY : x == 0 ? -INFINITY : isnan(x) ? x : (double)ilogb(x))
BINARY(m_pow, rt_math_pow(x, y))
BINARY(m_atan2, rt_math_atan2(x, y))
BINARY(m_hypot, rt_math_hypot(x, y))
BINARY(m_mod, rt_math_mod(x, y))
BINARY(m_remainder, rt_math_remainder(x, y))
BINARY(m_copysign, copysign(x, y))
BINARY(m_dim, x - y <= 0 ? 0 : x - y)

// Go's Max/Min: NaN and ±0 rules differ from fmax/fmin.
static void m_max(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double x = args[0].f, y = args[1].f;
    if (isinf(x) && x > 0)
        results[0].f = x;
    else if (isinf(y) && y > 0)
        results[0].f = y;
    else if (isnan(x) || isnan(y))
        results[0].f = go_nan();
    else if (x == 0 && x == y)
        results[0].f = signbit(x) ? y : x;
    else
        results[0].f = x > y ? x : y;
}

static void m_min(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double x = args[0].f, y = args[1].f;
    if (isinf(x) && x < 0)
        results[0].f = x;
    else if (isinf(y) && y < 0)
        results[0].f = y;
    else if (isnan(x) || isnan(y))
        results[0].f = go_nan();
    else if (x == 0 && x == y)
        results[0].f = signbit(x) ? x : y;
    else
        results[0].f = x < y ? x : y;
}

static void m_inf(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].f = args[0].i >= 0 ? INFINITY : -INFINITY;
}

static void m_nan(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    (void)args;
    results[0].f = go_nan();
}

static void m_is_nan(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].b = isnan(args[0].f);
}

static void m_is_inf(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double f = args[0].f;
    int64_t sign = args[1].i;
    results[0].b = (sign >= 0 && f > 0 && isinf(f)) || (sign <= 0 && f < 0 && isinf(f));
}

static void m_signbit(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].b = signbit(args[0].f) != 0;
}

static void m_modf(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double frac;
    results[0].f = rt_math_modf(args[0].f, &frac);
    results[1].f = frac;
}

static void m_float64bits(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    memcpy(&results[0].u, &args[0].f, 8);
}

static void m_float64frombits(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    memcpy(&results[0].f, &args[0].u, 8);
}

static void m_float32bits(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    uint32_t u;
    memcpy(&u, &args[0].f32, 4);
    results[0].u = u;
}

static void m_float32frombits(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    uint32_t u = (uint32_t)args[0].u;
    results[0].u = 0;
    memcpy(&results[0].f32, &u, 4);
}

static void m_ilogb(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double x = args[0].f;
    results[0].i = x == 0 ? INT32_MIN : (isnan(x) || isinf(x)) ? INT32_MAX : ilogb(x);
}

static void m_frexp(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    int64_t e;
    results[0].f = rt_math_frexp(args[0].f, &e);
    results[1].w[1] = 0;
    results[1].i = e;
}

static void m_ldexp(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].f = rt_math_ldexp(args[0].f, args[1].i);
}

// Go's Nextafter: nextafter(0, -0) is 0 (C's is -0).
static void m_nextafter(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double x = args[0].f, y = args[1].f;
    if (isnan(x) || isnan(y))
        results[0].f = go_nan();
    else if (x == y)
        results[0].f = x;
    else
        results[0].f = nextafter(x, y);
}

static void m_nextafter32(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    float x = args[0].f32, y = args[1].f32;
    results[0].u = 0;
    if (isnan(x) || isnan(y))
        results[0].f32 = NAN;
    else if (x == y)
        results[0].f32 = x;
    else
        results[0].f32 = nextafterf(x, y);
}

static void m_fma(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].f = fma(args[0].f, args[1].f, args[2].f);
}

// Go's Sincos: NaN() for NaN and ±Inf (Sin returns a NaN argument itself).
static void m_sincos(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    double x = args[0].f;
    if (isnan(x) || isinf(x)) {
        results[0].f = results[1].f = go_nan();
        return;
    }
    results[0].f = rt_math_sin(x);
    results[1].f = rt_math_cos(x);
}

// Go's Pow10: 10^n from two tables of exact powers, so the rounding
// matches Go's (one multiplication or division of two correctly rounded
// powers).
static void m_pow10(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    static const double tab[32] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                   1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
    static const double postab32[] = {1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    static const double negtab32[] = {1e-0,   1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                      1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
    int64_t n = args[0].i;
    if (0 <= n && n <= 308)
        results[0].f = postab32[n / 32] * tab[n % 32];
    else if (-323 <= n && n <= 0)
        results[0].f = negtab32[-n / 32] / tab[-n % 32];
    else
        results[0].f = n > 0 ? INFINITY : 0;
}

static void m_lgamma(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    int64_t sign;
    results[0].f = rt_math_lgamma(args[0].f, &sign);
    results[1].w[1] = 0;
    results[1].i = sign;
}

static void m_jn(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].f = rt_math_jn(args[0].i, args[1].f);
}

static void m_yn(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].f = rt_math_yn(args[0].i, args[1].f);
}

#define F1 "func(x float64) float64"
#define F2 "func(x, y float64) float64"

static const NativeFunc math_funcs[] = {
    {"Sqrt", F1, m_sqrt}, {"Abs", F1, m_abs}, {"Floor", F1, m_floor}, {"Ceil", F1, m_ceil},
    {"Trunc", F1, m_trunc}, {"Round", F1, m_round}, {"RoundToEven", F1, m_round_even},
    {"Log", F1, m_log}, {"Log2", F1, m_log2}, {"Log10", F1, m_log10}, {"Log1p", F1, m_log1p},
    {"Exp", F1, m_exp}, {"Exp2", F1, m_exp2}, {"Expm1", F1, m_expm1},
    {"Sin", F1, m_sin}, {"Cos", F1, m_cos}, {"Tan", F1, m_tan},
    {"Asin", F1, m_asin}, {"Acos", F1, m_acos}, {"Atan", F1, m_atan},
    {"Sinh", F1, m_sinh}, {"Cosh", F1, m_cosh}, {"Tanh", F1, m_tanh}, {"Cbrt", F1, m_cbrt},
    {"Pow", F2, m_pow}, {"Atan2", "func(y, x float64) float64", m_atan2},
    {"Hypot", "func(p, q float64) float64", m_hypot}, {"Mod", F2, m_mod},
    {"Remainder", F2, m_remainder}, {"Copysign", "func(f, sign float64) float64", m_copysign},
    {"Dim", F2, m_dim}, {"Max", F2, m_max}, {"Min", F2, m_min},
    {"Inf", "func(sign int) float64", m_inf}, {"NaN", "func() float64", m_nan},
    {"IsNaN", "func(f float64) (is bool)", m_is_nan},
    {"IsInf", "func(f float64, sign int) bool", m_is_inf},
    {"Signbit", "func(x float64) bool", m_signbit},
    {"Modf", "func(f float64) (int float64, frac float64)", m_modf},
    {"Float64bits", "func(f float64) uint64", m_float64bits},
    {"Float64frombits", "func(b uint64) float64", m_float64frombits},
    {"Float32bits", "func(f float32) uint32", m_float32bits},
    {"Float32frombits", "func(b uint32) float32", m_float32frombits},
    {"Asinh", F1, m_asinh}, {"Acosh", F1, m_acosh}, {"Atanh", F1, m_atanh},
    {"Erf", F1, m_erf}, {"Erfc", F1, m_erfc}, {"Logb", F1, m_logb},
    {"Ilogb", "func(x float64) int", m_ilogb},
    {"Frexp", "func(f float64) (frac float64, exp int)", m_frexp},
    {"Ldexp", "func(frac float64, exp int) float64", m_ldexp},
    {"Nextafter", F2, m_nextafter},
    {"Nextafter32", "func(x, y float32) (r float32)", m_nextafter32},
    {"FMA", "func(x, y, z float64) float64", m_fma},
    {"Sincos", "func(x float64) (sin, cos float64)", m_sincos},
    {"Pow10", "func(n int) float64", m_pow10},
    {"Gamma", F1, m_gamma}, {"Lgamma", "func(x float64) (lgamma float64, sign int)", m_lgamma},
    {"Erfinv", F1, m_erfinv}, {"Erfcinv", F1, m_erfcinv},
    {"J0", F1, m_j0}, {"J1", F1, m_j1}, {"Jn", "func(n int, x float64) float64", m_jn},
    {"Y0", F1, m_y0}, {"Y1", F1, m_y1}, {"Yn", "func(n int, x float64) float64", m_yn},
};

// Constants with Go's literals (math/const.go); the limits of float32 and
// float64 are written out as the exact decimals of Go's expressions
// (0x1p1023 * (1 + (1 - 0x1p-52))...). Log2E and Log10E (1/Ln2, 1/Ln10 in
// Go) are 63-digit decimals.
static const NativeConst math_consts[] = {
    {"E", "untyped float", "2.71828182845904523536028747135266249775724709369995957496696763"},
    {"Pi", "untyped float", "3.14159265358979323846264338327950288419716939937510582097494459"},
    {"Phi", "untyped float", "1.61803398874989484820458683436563811772030917980576286213544862"},
    {"Sqrt2", "untyped float", "1.41421356237309504880168872420969807856967187537694807317667974"},
    {"SqrtE", "untyped float", "1.64872127070012814684865078781416357165377610071014801157507931"},
    {"SqrtPi", "untyped float", "1.77245385090551602729816748334114518279754945612238712821380779"},
    {"SqrtPhi", "untyped float", "1.27201964951406896425242246173749149171560804184009624861664038"},
    {"Ln2", "untyped float", "0.693147180559945309417232121458176568075500134360255254120680009"},
    {"Log2E", "untyped float", "1.44269504088896340735992468100189213742664595415298593413544940"},
    {"Ln10", "untyped float", "2.30258509299404568401799145468436420760110148862877297603332790"},
    {"Log10E", "untyped float", "0.43429448190325182765112891891660508229439700580366656611445378"},
    {"MaxFloat32", "untyped float",
     "3.40282346638528859811704183484516925440e+38"},
    {"SmallestNonzeroFloat32", "untyped float",
     "1.4012984643248170709237295832899161312802619418765157717570682838897910826858606014866381883621"
     "2158203125e-45"},
    {"MaxFloat64", "untyped float",
     "1.7976931348623157081452742373170435679807056752584499659891747680315726078002853876058955863276"
     "687817154045895351438246423432132688946418276846754670353751698604991057655128207624549009038932"
     "894407586850845513394230458323690322294816580855933212334827479782620414472316873817718091929988"
     "1250404026184124858368e+308"},
    {"SmallestNonzeroFloat64", "untyped float",
     "4.9406564584124654417656879286822137236505980261432476442558568250067550727020875186529983636163"
     "599237979656469544571773092665671035593979639877479601078187812630071319031140452784581716784898"
     "210368871863605699873072305000638740915356498438731247339727316961514003171538539807412623856559"
     "117102665855668676818703956031062493194527159149245532930545654440112748012970999954193198940908"
     "041656332452475714786901472678015935523861155013480352649347201937902681071074917033322268447533"
     "357208324319360923828934583680601060115061698097530783422773183292479049825247307763759272478746"
     "560847782037344696995336470179726777175851256605511991315048911014510378627381672509558373897335"
     "98993664809941164205702637090279242767544565229087538682506419718265533447265625e-324"},
    {"MaxInt", "untyped int", "9223372036854775807"},
    {"MinInt", "untyped int", "-9223372036854775808"},
    {"MaxInt8", "untyped int", "127"},
    {"MinInt8", "untyped int", "-128"},
    {"MaxInt16", "untyped int", "32767"},
    {"MinInt16", "untyped int", "-32768"},
    {"MaxInt32", "untyped int", "2147483647"},
    {"MinInt32", "untyped int", "-2147483648"},
    {"MaxInt64", "untyped int", "9223372036854775807"},
    {"MinInt64", "untyped int", "-9223372036854775808"},
    {"MaxUint", "untyped int", "18446744073709551615"},
    {"MaxUint8", "untyped int", "255"},
    {"MaxUint16", "untyped int", "65535"},
    {"MaxUint32", "untyped int", "4294967295"},
    {"MaxUint64", "untyped int", "18446744073709551615"},
};

const NativePkg rt_pkg_math = {
    .path = "math", .name = "math",
    .funcs = math_funcs, .nfuncs = sizeof math_funcs / sizeof math_funcs[0],
    .consts = math_consts, .nconsts = sizeof math_consts / sizeof math_consts[0],
};
