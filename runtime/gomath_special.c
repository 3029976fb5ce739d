// gomath_special.c - package math's special functions as Go 1.19 computes
// them (pure-Go code on amd64): Log1p, Expm1, Asinh, Acosh, Atanh, Erf and
// Erfc, ported line by line from Go's math/*.go (themselves from FreeBSD's
// msun). glibc's versions of these differ from Go's in the last place for
// a share of arguments, so printed results would not match without them.
// Built without FMA contraction, as Go's amd64 compiler never fuses.
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

#pragma GCC optimize("fp-contract=off")
#include "gomath_internal.h"
#include "pkg_internal.h"

#define LN2 0x1.62e42fefa39efp-01

// ---- log1p.go ----------------------------------------------------------------

// log1p_reduce: log1p's argument reduction 1+x = 2^k * (1+f), with the
// correction term *c; returns f and sets *k, *iu as Go's code does.
static double log1p_reduce(double x, double absx, int *k, uint64_t *iu, double *c) {
    double u;
    if (absx < 0x1p53) {
        u = 1.0 + x;
        *iu = f64bits(u);
        *k = (int)((int64_t)(*iu >> 52) - 1023);
        *c = *k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
        *c /= u;
    } else {
        u = x;
        *iu = f64bits(u);
        *k = (int)((int64_t)(*iu >> 52) - 1023);
        *c = 0;
    }
    *iu &= 0x000fffffffffffffULL;
    if (*iu < 0x0006a09e667f3bcdULL) {
        u = f64from(*iu | 0x3ff0000000000000ULL);
    } else {
        (*k)++;
        u = f64from(*iu | 0x3fe0000000000000ULL);
        *iu = (0x0010000000000000ULL - *iu) >> 2;
    }
    return u - 1.0;
}

double rt_math_log1p(double x) {
    const double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01;
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
                 Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                 Lp7 = 1.479819860511658591e-01;
    if (x < -1 || isnan(x)) return go_nan();
    if (x == -1) return -INFINITY;
    if (isinf(x)) return INFINITY;
    double absx = fabs(x), f = 0, c = 0;
    uint64_t iu = 0;
    int k = 1;
    if (absx < Sqrt2M1) {
        if (absx < 0x1p-29) {
            if (absx < 0x1p-54) return x;
            return x - x * x * 0.5;
        }
        if (x > Sqrt2HalfM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    if (k != 0) f = log1p_reduce(x, absx, &k, &iu, &c);
    double hfsq = 0.5 * f * f, dk = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0) return 0;
            c += dk * Ln2Lo;
            return dk * Ln2Hi + c;
        }
        double R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return dk * Ln2Hi - ((R - (dk * Ln2Lo + c)) - f);
    }
    double s = f / (2.0 + f), z = s * s;
    double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * Ln2Hi - ((hfsq - (s * (hfsq + R) + (dk * Ln2Lo + c))) - f);
}

// ---- expm1.go ----------------------------------------------------------------

static double add_exponent(double y, int k) { return f64from(f64bits(y) + ((uint64_t)(int64_t)k << 52)); }

// expm1_finish: expm1's reconstruction from the reduced x, k and c.
static double expm1_finish(double x, int k, double c) {
    const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                 Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                 Q5 = -2.01099218183624371326e-07;
    double hfx = 0.5 * x, hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25) return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) return add_exponent(1 - (e - x), k) - 1;
    if (k < 20) {
        t = f64from(0x3ff0000000000000ULL - (0x20000000000000ULL >> k));
        return add_exponent(t - (e - x), k);
    }
    t = f64from((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + t);
    y++;
    return add_exponent(y, k);
}

double rt_math_expm1(double x) {
    const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
                 Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
                 Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                 InvLn2 = 1.44269504088896338700e+00;
    if ((isinf(x) && x > 0) || isnan(x)) return x;
    if (isinf(x)) return -1;
    double absx = fabs(x);
    bool sign = x < 0;
    if (absx >= Ln2X56) {
        if (sign) return -1;
        if (absx >= Othreshold) return INFINITY;
    }
    double c = 0;
    int k = 0;
    if (absx > Ln2Half) {
        double hi, lo;
        if (absx < Ln2HalfX3) {
            hi = sign ? x + Ln2Hi : x - Ln2Hi;
            lo = sign ? -Ln2Lo : Ln2Lo;
            k = sign ? -1 : 1;
        } else {
            k = (int)(sign ? InvLn2 * x - 0.5 : InvLn2 * x + 0.5);
            double t = (double)k;
            hi = x - t * Ln2Hi;
            lo = t * Ln2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < 0x1p-54) {
        return x;
    }
    return expm1_finish(x, k, c);
}

// ---- asinh.go, acosh.go, atanh.go ----------------------------------------------

double rt_math_asinh(double x) {
    if (isnan(x) || isinf(x)) return x;
    bool sign = x < 0;
    if (sign) x = -x;
    double temp;
    if (x > 0x1p28)
        temp = rt_math_log(x) + LN2;
    else if (x > 2)
        temp = rt_math_log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < 0x1p-28)
        temp = x;
    else
        temp = rt_math_log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return sign ? -temp : temp;
}

double rt_math_acosh(double x) {
    if (x < 1 || isnan(x)) return go_nan();
    if (x == 1) return 0;
    if (x >= 0x1p28) return rt_math_log(x) + LN2;
    if (x > 2) return rt_math_log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return rt_math_log1p(t + sqrt(2 * t + t * t));
}

double rt_math_atanh(double x) {
    if (x < -1 || x > 1 || isnan(x)) return go_nan();
    if (x == 1) return INFINITY;
    if (x == -1) return -INFINITY;
    bool sign = x < 0;
    if (sign) x = -x;
    double temp;
    if (x < 0x1p-28) {
        temp = x;
    } else if (x < 0.5) {
        temp = x + x;
        temp = 0.5 * rt_math_log1p(temp + temp * x / (1 - x));
    } else {
        temp = 0.5 * rt_math_log1p((x + x) / (1 - x));
    }
    return sign ? -temp : temp;
}

// ---- erf.go --------------------------------------------------------------------

static const double erx = 8.45062911510467529297e-01;
static const double efx = 1.28379167095512586316e-01;
static const double efx8 = 1.02703333676410069053e+00;
static const double pp0 = 1.28379167095512558561e-01;
static const double pp1 = -3.25042107247001499370e-01;
static const double pp2 = -2.84817495755985104766e-02;
static const double pp3 = -5.77027029648944159157e-03;
static const double pp4 = -2.37630166566501626084e-05;
static const double qq1 = 3.97917223959155352819e-01;
static const double qq2 = 6.50222499887672944485e-02;
static const double qq3 = 5.08130628187576562776e-03;
static const double qq4 = 1.32494738004321644526e-04;
static const double qq5 = -3.96022827877536812320e-06;
static const double pa0 = -2.36211856075265944077e-03;
static const double pa1 = 4.14856118683748331666e-01;
static const double pa2 = -3.72207876035701323847e-01;
static const double pa3 = 3.18346619901161753674e-01;
static const double pa4 = -1.10894694282396677476e-01;
static const double pa5 = 3.54783043256182359371e-02;
static const double pa6 = -2.16637559486879084300e-03;
static const double qa1 = 1.06420880400844228286e-01;
static const double qa2 = 5.40397917702171048937e-01;
static const double qa3 = 7.18286544141962662868e-02;
static const double qa4 = 1.26171219808761642112e-01;
static const double qa5 = 1.36370839120290507362e-02;
static const double qa6 = 1.19844998467991074170e-02;
static const double ra0 = -9.86494403484714822705e-03;
static const double ra1 = -6.93858572707181764372e-01;
static const double ra2 = -1.05586262253232909814e+01;
static const double ra3 = -6.23753324503260060396e+01;
static const double ra4 = -1.62396669462573470355e+02;
static const double ra5 = -1.84605092906711035994e+02;
static const double ra6 = -8.12874355063065934246e+01;
static const double ra7 = -9.81432934416914548592e+00;
static const double sa1 = 1.96512716674392571292e+01;
static const double sa2 = 1.37657754143519042600e+02;
static const double sa3 = 4.34565877475229228821e+02;
static const double sa4 = 6.45387271733267880336e+02;
static const double sa5 = 4.29008140027567833386e+02;
static const double sa6 = 1.08635005541779435134e+02;
static const double sa7 = 6.57024977031928170135e+00;
static const double sa8 = -6.04244152148580987438e-02;
static const double rb0 = -9.86494292470009928597e-03;
static const double rb1 = -7.99283237680523006574e-01;
static const double rb2 = -1.77579549177547519889e+01;
static const double rb3 = -1.60636384855821916062e+02;
static const double rb4 = -6.37566443368389627722e+02;
static const double rb5 = -1.02509513161107724954e+03;
static const double rb6 = -4.83519191608651397019e+02;
static const double sb1 = 3.03380607434824582924e+01;
static const double sb2 = 3.25792512996573918826e+02;
static const double sb3 = 1.53672958608443695994e+03;
static const double sb4 = 3.19985821950859553908e+03;
static const double sb5 = 2.55305040643316442583e+03;
static const double sb6 = 4.74528541206955367215e+02;
static const double sb7 = -2.24409524465858183362e+01;

// erf_small: erf's polynomial for |x| < 0.84375 (x*y, added to x by the
// callers).
static double erf_small_y(double x) {
    double z = x * x;
    double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    return r / s;
}

// erf_mid: P/Q for 0.84375 <= |x| < 1.25.
static double erf_mid(double x) {
    double s = x - 1;
    double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return P / Q;
}

// erf_tail: r/x for 1.25 <= x < 28, shared by erf and erfc.
static double erf_tail(double x) {
    double s = 1 / (x * x), R, S;
    if (x < 20.0 / 7.0) {
        R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
        S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
    } else {
        R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
        S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
    }
    double z = f64from(f64bits(x) & 0xffffffff00000000ULL);
    double r = rt_math_exp(-z * z - 0.5625) * rt_math_exp((z - x) * (z + x) + R / S);
    return r / x;
}

double rt_math_erf(double x) {
    if (isnan(x)) return go_nan();
    if (isinf(x)) return x > 0 ? 1 : -1;
    bool sign = x < 0;
    if (sign) x = -x;
    if (x < 0.84375) {
        double temp;
        if (x < 0x1p-28)
            temp = x < 2.848094538889218e-306 ? 0.125 * (8.0 * x + efx8 * x) : x + efx * x;
        else
            temp = x + x * erf_small_y(x);
        return sign ? -temp : temp;
    }
    if (x < 1.25) return sign ? -erx - erf_mid(x) : erx + erf_mid(x);
    if (x >= 6) return sign ? -1 : 1;
    double rx = erf_tail(x);
    return sign ? rx - 1 : 1 - rx;
}

double rt_math_erfc(double x) {
    if (isnan(x)) return go_nan();
    if (isinf(x)) return x > 0 ? 0 : 2;
    bool sign = x < 0;
    if (sign) x = -x;
    if (x < 0.84375) {
        double temp;
        if (x < 0x1p-56) {
            temp = x;
        } else {
            double y = erf_small_y(x);
            temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
        }
        return sign ? 1 + temp : 1 - temp;
    }
    if (x < 1.25) return sign ? 1 + erx + erf_mid(x) : 1 - erx - erf_mid(x);
    if (x < 28) {
        if (sign && x > 6 && x >= 20.0 / 7.0) return 2;
        double rx = erf_tail(x);
        return sign ? 2 - rx : rx;
    }
    return sign ? 2 : 0;
}
