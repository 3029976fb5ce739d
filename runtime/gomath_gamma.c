// gomath_gamma.c - package math's Gamma, Lgamma, Erfinv and Erfcinv as Go
// 1.19 computes them (pure Go on every port), ported line by line from
// Go's math/gamma.go (Cephes), lgamma.go (FreeBSD's e_lgamma_r.c) and
// erfinv.go (Wichura's AS241), so results agree bit for bit. Go's
// untyped constant expressions ("Ymin - 1 + 0.27", "Tc - 1") are exact
// before rounding: they are written here as the float64 Go rounds them
// to (hex literals). Built without FMA contraction, as Go's amd64
// compiler never fuses.
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

#pragma GCC optimize("fp-contract=off")
#include "gomath_internal.h"
#include "pkg_internal.h"

#define PI 0x1.921fb54442d18p+1    // float64(math.Pi)
#define LN2 0x1.62e42fefa39efp-1   // float64(math.Ln2)

// ---- gamma.go ----------------------------------------------------------------------------

static const double gamP[7] = {1.60119522476751861407e-04, 1.19135147006586384913e-03,
    1.04213797561761569935e-02, 4.76367800457137231464e-02, 2.07448227648435975150e-01,
    4.94214826801497100753e-01, 9.99999999999999996796e-01};
static const double gamQ[8] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04,
    -4.45641913851797240494e-03, 1.18139785222060435552e-02, 3.58236398605498653373e-02,
    -2.34591795718243348568e-01, 7.14304917030273074085e-02, 1.00000000000000000320e+00};
static const double gamS[5] = {7.87311395793093628397e-04, -2.29549961613378126380e-04,
    -2.68132617805781232825e-03, 3.47222221605458667310e-03, 8.33333333333482257126e-02};

// stirling: Gamma by Stirling's formula for 33 <= x <= 172, as the pair
// y1 * y2 so that Gamma's caller can avoid an intermediate overflow.
static void stirling(double x, double *y1, double *y2) {
    if (x > 200) {
        *y1 = INFINITY;
        *y2 = 1;
        return;
    }
    const double sqrt_two_pi = 2.506628274631000502417, max_stirling = 143.01608;
    double w = 1 / x;
    w = 1 + w * ((((gamS[0] * w + gamS[1]) * w + gamS[2]) * w + gamS[3]) * w + gamS[4]);
    *y1 = rt_math_exp(x);
    *y2 = 1.0;
    if (x > max_stirling) {   // avoid Pow() overflow
        double v = rt_math_pow(x, 0.5 * x - 0.25);
        *y2 = v / *y1;
        *y1 = v;
    } else {
        *y1 = rt_math_pow(x, x - 0.5) / *y1;
    }
    *y2 = sqrt_two_pi * w * *y2;
}

static bool is_neg_int(double x) {
    double ip;
    return x < 0 && modf(x, &ip) == 0;
}

// gamma_large: Gamma for |x| > 33 (q = |x|, p = Floor(q)).
static double gamma_large(double x, double q, double p) {
    double y1, y2;
    if (x >= 0) {
        stirling(x, &y1, &y2);
        return y1 * y2;
    }
    int sgn = ((int64_t)p & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
        p = p + 1;
        z = q - p;
    }
    z = q * rt_math_sin(PI * z);
    if (z == 0)
        return sgn > 0 ? INFINITY : -INFINITY;
    stirling(q, &y1, &y2);
    double absz = fabs(z), d = absz * y1 * y2;
    if (isinf(d))
        z = PI / absz / y1 / y2;
    else
        z = PI / d;
    return (double)sgn * z;
}

double rt_math_gamma(double x) {
    const double euler = 0.57721566490153286060651209008240243104215933593992;
    if (is_neg_int(x) || (isinf(x) && x < 0) || isnan(x))
        return go_nan();
    if (isinf(x))
        return INFINITY;
    if (x == 0)
        return signbit(x) ? -INFINITY : INFINITY;
    double q = fabs(x), p = floor(q);
    if (q > 33)
        return gamma_large(x, q, p);
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    p = (((((x * gamP[0] + gamP[1]) * x + gamP[2]) * x + gamP[3]) * x + gamP[4]) * x + gamP[5]) * x + gamP[6];
    q = ((((((x * gamQ[0] + gamQ[1]) * x + gamQ[2]) * x + gamQ[3]) * x + gamQ[4]) * x + gamQ[5]) * x + gamQ[6]) * x
        + gamQ[7];
    return z * p / q;
small:
    if (x == 0)
        return INFINITY;
    return z / ((1 + euler * x) * x);
}

// ---- lgamma.go ---------------------------------------------------------------------------

static const double lgamA[12] = {7.72156649015328655494e-02, 3.22467033424113591611e-01,
    6.73523010531292681824e-02, 2.05808084325167332806e-02, 7.38555086081402883957e-03,
    2.89051383673415629091e-03, 1.19270763183362067845e-03, 5.10069792153511336608e-04,
    2.20862790713908385557e-04, 1.08011567247583939954e-04, 2.52144565451257326939e-05,
    4.48640949618915160150e-05};
static const double lgamR[7] = {1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01,
    1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04,
    7.32668430744625636189e-06};
static const double lgamS[7] = {-7.72156649015328655494e-02, 2.14982415960608852501e-01,
    3.25778796408930981787e-01, 1.46350472652464452805e-01, 2.66422703033638609560e-02,
    1.84028451407337715652e-03, 3.19475326584100867617e-05};
static const double lgamT[15] = {4.83836122723810047042e-01, -1.47587722994593911752e-01,
    6.46249402391333854778e-02, -3.27885410759859649565e-02, 1.79706750811820387126e-02,
    -1.03142241298341437450e-02, 6.10053870246291332635e-03, -3.68452016781138256760e-03,
    2.25964780900612472250e-03, -1.40346469989232843813e-03, 8.81081882437654011382e-04,
    -5.38595305356740546715e-04, 3.15632070903625950361e-04, -3.12754168375120860518e-04,
    3.35529192635519073543e-04};
static const double lgamU[6] = {-7.72156649015328655494e-02, 6.32827064025093366517e-01,
    1.45492250137234768737e+00, 9.77717527963372745603e-01, 2.28963728064692451092e-01,
    1.33810918536787660377e-02};
static const double lgamV[6] = {1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00,
    7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03};
static const double lgamW[7] = {4.18938533204672725052e-01, 8.33333333333329678849e-02,
    -2.77777777728775536470e-03, 7.93650558643019558500e-04, -5.95187557450339963135e-04,
    8.36339918996282139126e-04, -1.63092934096575273989e-03};

// sin_pi: lgamma.go's sinPi: -sin(Pi*x) for x >= 0 with an exact zero at
// the integers.
static double sin_pi(double x) {
    const double two52 = 0x1p52, two53 = 0x1p53;
    if (x < 0.25)
        return -rt_math_sin(PI * x);
    double z = floor(x);
    int n;
    if (z != x) {   // inexact
        x = fmod(x, 2);
        n = (int)(x * 4);
    } else {
        if (x >= two53) {   // x must be even
            x = 0;
            n = 0;
        } else {
            if (x < two52)
                z = x + two52;   // exact
            n = (int)(1 & f64bits(z));
            x = (double)n;
            n <<= 2;
        }
    }
    switch (n) {
    case 0: x = rt_math_sin(PI * x); break;
    case 1: case 2: x = rt_math_cos(PI * (0.5 - x)); break;
    case 3: case 4: x = rt_math_sin(PI * (1 - x)); break;
    case 5: case 6: x = -rt_math_cos(PI * (x - 1.5)); break;
    default: x = rt_math_sin(PI * (x - 2)); break;
    }
    return -x;
}

#define LG_YMIN_M1_P27 0x1.76987d0eaed22p-1   // Ymin - 1 + 0.27
#define LG_YMIN_M1_M27 0x1.88766f1c02f69p-3   // Ymin - 1 - 0.27
#define LG_YMIN_P27 0x1.bb4c3e8757691p+0      // Ymin + 0.27
#define LG_YMIN_M27 0x1.310ecde3805edp+0      // Ymin - 0.27
#define LG_TC 1.46163214496836224576e+00
#define LG_TC_M1 0x1.d8b618d5af8fcp-2         // Tc - 1
#define LG_TF -1.21486290535849611461e-01
#define LG_TT -3.63867699703950536541e-18

// lgamma_small: Lgamma for 0 < x < 2 (x not 1).
static double lgamma_small(double x) {
    double y, lg;
    int i;
    if (x <= 0.9) {
        lg = -rt_math_log(x);
        if (x >= LG_YMIN_M1_P27) {   // 0.7316 <= x <= 0.9
            y = 1 - x;
            i = 0;
        } else if (x >= LG_YMIN_M1_M27) {   // 0.2316 <= x < 0.7316
            y = x - LG_TC_M1;
            i = 1;
        } else {   // 0 < x < 0.2316
            y = x;
            i = 2;
        }
    } else {
        lg = 0;
        if (x >= LG_YMIN_P27) {   // 1.7316 <= x < 2
            y = 2 - x;
            i = 0;
        } else if (x >= LG_YMIN_M27) {   // 1.2316 <= x < 1.7316
            y = x - LG_TC;
            i = 1;
        } else {   // 0.9 < x < 1.2316
            y = x - 1;
            i = 2;
        }
    }
    if (i == 0) {
        double z = y * y;
        double p1 = lgamA[0] + z * (lgamA[2] + z * (lgamA[4] + z * (lgamA[6] + z * (lgamA[8] + z * lgamA[10]))));
        double p2 = z * (lgamA[1] + z * (+lgamA[3] + z * (lgamA[5] + z * (lgamA[7] + z * (lgamA[9] + z * lgamA[11])))));
        double p = y * p1 + p2;
        lg += (p - 0.5 * y);
    } else if (i == 1) {
        double z = y * y, w = z * y;
        double p1 = lgamT[0] + w * (lgamT[3] + w * (lgamT[6] + w * (lgamT[9] + w * lgamT[12])));   // parallel comp
        double p2 = lgamT[1] + w * (lgamT[4] + w * (lgamT[7] + w * (lgamT[10] + w * lgamT[13])));
        double p3 = lgamT[2] + w * (lgamT[5] + w * (lgamT[8] + w * (lgamT[11] + w * lgamT[14])));
        double p = z * p1 - (LG_TT - w * (p2 + y * p3));
        lg += (LG_TF + p);
    } else {
        double p1 = y * (lgamU[0] + y * (lgamU[1] + y * (lgamU[2] + y * (lgamU[3] + y * (lgamU[4] + y * lgamU[5])))));
        double p2 = 1 + y * (lgamV[1] + y * (lgamV[2] + y * (lgamV[3] + y * (lgamV[4] + y * lgamV[5]))));
        lg += (-0.5 * y + p1 / p2);
    }
    return lg;
}

// lgamma_mid: Lgamma for 2 <= x < 8.
static double lgamma_mid(double x) {
    int i = (int)x;
    double y = x - (double)i;
    double p = y * (lgamS[0] + y * (lgamS[1] + y * (lgamS[2] + y * (lgamS[3] + y * (lgamS[4] + y * (lgamS[5] + y * lgamS[6]))))));
    double q = 1 + y * (lgamR[1] + y * (lgamR[2] + y * (lgamR[3] + y * (lgamR[4] + y * (lgamR[5] + y * lgamR[6])))));
    double lg = 0.5 * y + p / q;
    double z = 1.0;   // Lgamma(1+s) = Log(s) + Lgamma(s)
    switch (i) {
    case 7: z *= (y + 6); // fall through
    case 6: z *= (y + 5); // fall through
    case 5: z *= (y + 4); // fall through
    case 4: z *= (y + 3); // fall through
    case 3:
        z *= (y + 2);
        lg += rt_math_log(z);
    }
    return lg;
}

double rt_math_lgamma(double x, int64_t *sign) {
    const double two52 = 0x1p52, two58 = 0x1p58, tiny = 0x1p-70;
    *sign = 1;
    if (isnan(x) || isinf(x))
        return x;
    if (x == 0)
        return INFINITY;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    if (x < tiny) {   // if |x| < 2**-70, return -log(|x|)
        if (neg)
            *sign = -1;
        return -rt_math_log(x);
    }
    double nadj = 0, lg;
    if (neg) {
        if (x >= two52)   // |x| >= 2**52, must be -integer
            return INFINITY;
        double t = sin_pi(x);
        if (t == 0)
            return INFINITY;   // -integer
        nadj = rt_math_log(PI / fabs(t * x));
        if (t < 0)
            *sign = -1;
    }
    if (x == 1 || x == 2) {   // purge off 1 and 2
        return 0;
    } else if (x < 2) {   // use lgamma(x) = lgamma(x+1) - log(x)
        lg = lgamma_small(x);
    } else if (x < 8) {
        lg = lgamma_mid(x);
    } else if (x < two58) {   // 8 <= x < 2**58
        double t = rt_math_log(x), z = 1 / x, y = z * z;
        double w = lgamW[0] + z * (lgamW[1] + y * (lgamW[2] + y * (lgamW[3] + y * (lgamW[4] + y * (lgamW[5] + y * lgamW[6])))));
        lg = (x - 0.5) * (t - 1) + w;
    } else {   // 2**58 <= x <= Inf
        lg = x * (rt_math_log(x) - 1);
    }
    if (neg)
        lg = nadj - lg;
    return lg;
}

// ---- erfinv.go ---------------------------------------------------------------------------

static const double erfinv_a[8] = {1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
    4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4, 1.1819493347062294404278e4,
    8.8709406962545514830200e2};
static const double erfinv_b[8] = {1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
    5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
    5.2264952788528545610e3};
static const double erfinv_c[8] = {1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2,
    7.74545014278341407640e-4};
static const double erfinv_d[8] = {1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
    2.3707661626024532365971225e0, 9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1,
    2.1494160384252876777097297e-2, 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9};
static const double erfinv_e[8] = {6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5,
    2.01033439929228813265e-7};
static const double erfinv_f[8] = {1.414213562373095048801689e0, 8.482908416595164588112026e-1,
    1.936480946950659106176712e-1, 2.103693768272068968719679e-2, 1.112800997078859844711555e-3,
    2.611088405080593625138020e-5, 2.010321207683943062279931e-7, 2.891024605872965461538222e-15};

// poly7: ((((((c[7]*r+c[6])*r+c[5])*r+c[4])*r+c[3])*r+c[2])*r+c[1])*r + c[0], in Go's order.
static double poly7(const double *c, double r) {
    return ((((((c[7] * r + c[6]) * r + c[5]) * r + c[4]) * r + c[3]) * r + c[2]) * r + c[1]) * r + c[0];
}

double rt_math_erfinv(double x) {
    if (isnan(x) || x <= -1 || x >= 1) {
        if (x == -1 || x == 1)
            return x > 0 ? INFINITY : -INFINITY;
        return go_nan();
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double ans;
    if (x <= 0.85) {   // |x| <= 0.85
        double r = 0.180625 - 0.25 * x * x;
        ans = (x * poly7(erfinv_a, r)) / poly7(erfinv_b, r);
    } else {
        double r = sqrt(LN2 - rt_math_log(1.0 - x));
        if (r <= 5.0) {
            r -= 1.6;
            ans = poly7(erfinv_c, r) / poly7(erfinv_d, r);
        } else {
            r -= 5.0;
            ans = poly7(erfinv_e, r) / poly7(erfinv_f, r);
        }
    }
    return sign ? -ans : ans;
}

double rt_math_erfcinv(double x) { return rt_math_erfinv(1 - x); }
