// gomath.c - package math's elementary functions computed exactly as Go
// 1.19 computes them on amd64, so printed results match to the last bit
// (libm's answers differ from Go's in the last place for a large share of
// arguments). Ports of Go's math/*.go (sin, cos, tan with Payne-Hanek
// reduction, atan, asin, acos, atan2, pow, log10, log2, exp2, sinh, cosh,
// tanh, cbrt) and of the amd64 assembly Go uses instead of its Go code
// for Exp (with the FMA path Go takes when the CPU has AVX and FMA), Log
// and Hypot. Sqrt, Floor, Ceil, Trunc, Frexp, Ldexp, Modf and Mod are
// exact operations, so libm's are Go's.
//
// Constants Go writes as constant expressions (4/Pi, 3*Pi/4, 1/Ln10...)
// are the correctly rounded values Go's exact constant arithmetic gives,
// written here as hex literals. The code must be compiled without
// -ffast-math; FMA contraction is turned off below (Go's amd64 compiler
// never fuses).
#include <math.h>
#if defined(__x86_64__)
#include <cpuid.h>
#endif
#include <stdint.h>
#include <string.h>

#include "internal.h"

#pragma GCC optimize("fp-contract=off")
#include "gomath_internal.h"
#include "pkg_internal.h"

#define PI 0x1.921fb54442d18p+01
#define PI_2 0x1.921fb54442d18p+00
#define PI_4 0x1.921fb54442d18p-01
#define PI3_4 0x1.2d97c7f3321d2p+01
#define FOUR_OVER_PI 0x1.45f306dc9c883p+00
#define INV_LN10 0x1.bcb7b1526e50ep-02
#define INV_LN2 0x1.71547652b82fep+00

// ---- trigonometry (sin.go, tan.go, trig_reduce.go) --------------------------------

static const double sin_c[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double cos_c[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
static const uint64_t mpi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define REDUCE_THRESHOLD ((double)(1 << 29))

// trig_reduce: Go's trigReduce, Payne-Hanek reduction of a huge x to
// the octant j and z in [0, Pi/4).
static double trig_reduce(double x, uint64_t *jp) {
    if (x < PI_4) {
        *jp = 0;
        return x;
    }
    uint64_t ix = f64bits(x);
    int exp = (int)((ix >> 52) & 0x7ff) - 1023 - 52;
    ix &= ~(0x7ffULL << 52);
    ix |= 1ULL << 52;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    uint64_t z0 = (mpi4[digit] << bitshift) | (bitshift ? mpi4[digit + 1] >> (64 - bitshift) : 0);
    uint64_t z1 = (mpi4[digit + 1] << bitshift) | (bitshift ? mpi4[digit + 2] >> (64 - bitshift) : 0);
    uint64_t z2 = (mpi4[digit + 2] << bitshift) | (bitshift ? mpi4[digit + 3] >> (64 - bitshift) : 0);
    uint64_t z2hi = (uint64_t)(((unsigned __int128)z2 * ix) >> 64);
    unsigned __int128 z1p = (unsigned __int128)z1 * ix;
    uint64_t z1hi = (uint64_t)(z1p >> 64), z1lo = (uint64_t)z1p;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t carry = lo < z1lo;
    uint64_t hi = z0lo + z1hi + carry;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)));
    hi >>= 64 - 52;
    hi |= e << 52;
    double z = f64from(hi);
    if (j & 1) {
        j++;
        j &= 7;
        z--;
    }
    *jp = j;
    return z * PI_4;
}

// reduce: the octant j and the reduced argument z of |x|, as sin/cos/tan do.
static double reduce(double x, uint64_t *jp) {
    if (x >= REDUCE_THRESHOLD)
        return trig_reduce(x, jp);
    uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)j;
    if (j & 1) {
        j++;
        y++;
    }
    *jp = j;
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz) {
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz + sin_c[4]) * zz + sin_c[5]);
}

static double cos_poly(double zz) {
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double rt_math_sin(double x) {
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z = reduce(x, &j);
    if (x < REDUCE_THRESHOLD)
        j &= 7;
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

double rt_math_cos(double x) {
    if (isnan(x) || isinf(x))
        return go_nan();
    bool sign = false;
    x = fabs(x);
    uint64_t j;
    double z = reduce(x, &j);
    if (x < REDUCE_THRESHOLD)
        j &= 7;
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

double rt_math_tan(double x) {
    static const double p[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    static const double q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                               2.50083801823357915839e7, -5.38695755929454629881e7};
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z = reduce(x, &j);
    double zz = z * z, y;
    if (zz > 1e-14)
        y = z + z * (zz * (((p[0] * zz) + p[1]) * zz + p[2]) / ((((zz + q[1]) * zz + q[2]) * zz + q[3]) * zz + q[4]));
    else
        y = z;
    if (j & 2)
        y = -1 / y;
    return sign ? -y : y;
}

// ---- inverse trigonometry (atan.go, asin.go, atan2.go) --------------------------------

static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

static double satan(double x) {
    const double morebits = 6.123233995736765886130e-17, tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66)
        return xatan(x);
    if (x > tan3pio8)
        return PI_2 - xatan(1 / x) + morebits;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits;
}

double rt_math_atan(double x) {
    if (x == 0)
        return x;
    return x > 0 ? satan(x) : -satan(-x);
}

double rt_math_asin(double x) {
    if (x == 0)
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x > 1)
        return go_nan();
    double temp = sqrt(1 - x * x);
    temp = x > 0.7 ? PI_2 - satan(temp / x) : satan(x / temp);
    return sign ? -temp : temp;
}

double rt_math_acos(double x) { return PI_2 - rt_math_asin(x); }

double rt_math_atan2(double y, double x) {
    if (isnan(y) || isnan(x))
        return go_nan();
    if (y == 0)
        return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y);
    if (x == 0)
        return copysign(PI_2, y);
    if (isinf(x)) {
        if (x > 0)
            return isinf(y) ? copysign(PI_4, y) : copysign(0, y);
        return isinf(y) ? copysign(PI3_4, y) : copysign(PI, y);
    }
    if (isinf(y))
        return copysign(PI_2, y);
    double q = rt_math_atan(y / x);
    if (x < 0)
        return q <= 0 ? q + PI : q - PI;
    return q;
}

// ---- exponentials and logarithms (exp_amd64.s, log_amd64.s, exp.go, log10.go) ---------

// go_use_fma: Go's useFMA (cpu.X86.HasAVX && cpu.X86.HasFMA), asked of
// cpuid on first use. (__builtin_cpu_supports would link libgcc's
// constructor that runs a dozen cpuid instructions at every start, each a
// trap to the hypervisor on a virtual machine.) The cache holds a fact of
// the hardware, the same for every Runtime: 0 unknown, 1 no, 2 yes.
static bool go_use_fma(void) {
#if defined(__x86_64__)
    static _Atomic int cached;
    int v = cached;
    if (v == 0) {
        unsigned a, b, c, d;
        bool fma = false;
        if (__get_cpuid(1, &a, &b, &c, &d)) {
            bool osxsave = c & bit_OSXSAVE, avx = c & bit_AVX;
            bool ymm = false;
            if (osxsave) {
                unsigned lo, hi;
                __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
                ymm = (lo & 6) == 6;   // the OS saves XMM and YMM state
            }
            fma = avx && ymm && (c & bit_FMA);
        }
        v = fma ? 2 : 1;
        cached = v;
    }
    return v == 2;
#else
    return false;
#endif
}

// cvtsd2sl: the x86 conversion with round-to-nearest, INT32_MIN when out
// of range (the "integer indefinite" value).
static int32_t cvtsd2sl(double v) {
    double r = nearbyint(v);
    if (!(r >= -2147483648.0 && r <= 2147483647.0))
        return INT32_MIN;
    return (int32_t)r;
}

// exp_series: the reduced-argument evaluation of archExp.
static double exp_series(double x0, bool fma_path) {
    static const double c[] = {2.4801587301587301587e-5, 1.9841269841269841270e-4,
                               1.3888888888888888889e-3, 8.3333333333333333333e-3,
                               4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0};
    double x1 = c[0];
    for (int i = 1; i < 8; i++)
        x1 = fma_path ? fma(x1, x0, c[i]) : x1 * x0 + c[i];
    x0 = x0 * x1;
    for (int i = 0; i < 3; i++)
        x0 = x0 * (x0 + 2.0);
    return fma_path ? fma(x0, x0 + 2.0, 1.0) : x0 * (x0 + 2.0) + 1.0;
}

double rt_math_exp(double x) {
    const double LOG2E = 1.4426950408889634073599246810018920;
    const double LN2U = 0.69314718055966295651160180568695068359375;
    const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    uint64_t bx = f64bits(x);
    if ((bx & ~(1ULL << 63)) >= 0x7FF0000000000000ULL)
        return bx == 0xFFF0000000000000ULL ? 0 : x;   // -Inf: 0; NaN, +Inf: x
    if (x > 7.09782712893384e+02)
        return INFINITY;
    int32_t k = cvtsd2sl(LOG2E * x);
    double kf = (double)k, x0;
    bool fma_path = go_use_fma();
    if (fma_path) {
        x0 = fma(-LN2U, kf, x);
        x0 = fma(-LN2L, kf, x0);
    } else {
        x0 = x - LN2U * kf;
        x0 = x0 - LN2L * kf;
    }
    x0 = exp_series(x0 * 0.0625, fma_path);
    int64_t bexp = (int64_t)k + 0x3FF;
    if (bexp <= 0) {   // denormal result: two scalings, as the assembly does
        if (bexp < -52)
            return 0;
        x0 *= f64from((uint64_t)(bexp + 0x3FE) << 52);
        return x0 * f64from(1ULL << 52);
    }
    if (bexp >= 0x7FF)
        return INFINITY;
    return x0 * f64from((uint64_t)bexp << 52);
}

double rt_math_log(double x) {
    const double HSQRT2 = 7.07106781186547524401e-01, LN2HI = 6.93147180369123816490e-01,
                 LN2LO = 1.90821492927058770002e-10, L1 = 6.666666666666735130e-01,
                 L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                 L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
                 L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;
    uint64_t bx = f64bits(x);
    if ((bx & ~(1ULL << 63)) == 0)
        return -INFINITY;
    if ((int64_t)bx < 0)
        return go_nan();
    if (bx >= 0x7FF0000000000000ULL)
        return x;
    // the assembly's frexp: no special case for subnormals
    double f1 = f64from((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
    if (!(HSQRT2 < f1)) {
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    double r = t1 + t2;
    double hfsq = 0.5 * f * f;
    double x0 = hfsq - (s * (hfsq + r) + k * LN2LO);
    x0 = x0 - f;
    return k * LN2HI - x0;
}

double rt_math_log10(double x) { return rt_math_log(x) * INV_LN10; }

double rt_math_log2(double x) {
    int e;
    double frac = frexp(x, &e);
    if (frac == 0.5)
        return (double)(e - 1);
    return rt_math_log(frac) * INV_LN2 + (double)e;
}

// expmulti: Go's expmulti, e**(hi-lo) * 2**k.
static double expmulti(double hi, double lo, int k) {
    const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                 P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                 P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return ldexp(y, k);
}

double rt_math_exp2(double x) {
    const double LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10;
    if (isnan(x) || (isinf(x) && x > 0))
        return x;
    if (isinf(x))
        return 0;
    if (x > 1.0239999999999999e+03)
        return INFINITY;
    if (x < -1.0740e+03)
        return 0;
    int k = 0;
    if (x > 0)
        k = (int)(x + 0.5);
    else if (x < 0)
        k = (int)(x - 0.5);
    double t = x - (double)k;
    return expmulti(t * LN2HI, -t * LN2LO, k);
}

// ---- powers and roots (pow.go, cbrt.go, hypot_amd64.s) ------------------------------------

static bool is_odd_int(double x) {
    double xi;
    double xf = modf(x, &xi);
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

// pow_special: Go's special cases of Pow; false when none applies.
static bool pow_special(double x, double y, double *r) {
    if (y == 0 || x == 1)
        *r = 1;
    else if (y == 1)
        *r = x;
    else if (isnan(x) || isnan(y))
        *r = go_nan();
    else if (x == 0 && y < 0)
        *r = is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
    else if (x == 0 && y > 0)
        *r = is_odd_int(y) ? x : 0;
    else if (isinf(y))
        *r = x == -1 ? 1 : ((fabs(x) < 1) == (y > 0)) ? 0 : INFINITY;
    else if (isinf(x) && x < 0)
        *r = rt_math_pow(1 / x, -y);
    else if (isinf(x))
        *r = y < 0 ? 0 : INFINITY;
    else if (y == 0.5)
        *r = sqrt(x);
    else if (y == -0.5)
        *r = 1 / sqrt(x);
    else
        return false;
    return true;
}

double rt_math_pow(double x, double y) {
    double r;
    if (pow_special(x, y, &r))
        return r;
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return go_nan();
    if (yi >= 0x1p63) {
        if (x == -1)
            return 1;
        return ((fabs(x) < 1) == (y > 0)) ? 0 : INFINITY;
    }
    double a1 = 1.0;
    int ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = rt_math_exp(yf * rt_math_log(x));
    }
    int xe;
    double x1 = frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2;   // Go: xe <<= 1 (xe may be negative)
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return ldexp(a1, ae);
}

double rt_math_cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01, SMALLEST_NORMAL = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double t = f64from(f64bits(x) / 3 + (B1 << 32));
    if (x < SMALLEST_NORMAL) {
        t = (double)(1ULL << 54);
        t *= x;
        t = f64from(f64bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64from((f64bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

double rt_math_hypot(double p, double q) {
    uint64_t bp = f64bits(p) & ~(1ULL << 63), bq = f64bits(q) & ~(1ULL << 63);
    const uint64_t inf = 0x7FF0000000000000ULL;
    if (bp >= inf || bq >= inf)
        return bp == inf || bq == inf ? INFINITY : go_nan();
    if ((bp | bq) == 0)
        return 0;
    double a = f64from(bp), b = f64from(bq);
    double mx = a > b ? a : b, mn = a > b ? b : a;
    mn = mn / mx;
    mn = sqrt(mn * mn + 1.0);
    return mx * mn;
}

// ---- hyperbolic functions (sinh.go, tanh.go) ----------------------------------------------------

double rt_math_sinh(double x) {
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > 21) {
        temp = rt_math_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = rt_math_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

double rt_math_cosh(double x) {
    x = fabs(x);
    if (x > 21)
        return rt_math_exp(x) * 0.5;
    double ex = rt_math_exp(x);
    return (ex + 1 / ex) * 0.5;
}

double rt_math_tanh(double x) {
    static const double p[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
    static const double q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * MAXLOG)
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = rt_math_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((p[0] * s + p[1]) * s + p[2]) / (((s + q[0]) * s + q[1]) * s + q[2]);
}
