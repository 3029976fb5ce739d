// gomath_exact.c - package math's exactly rounded operations as Go 1.19
// writes them in pure Go on amd64 (floor.go's Round and RoundToEven,
// frexp.go, ldexp.go, modf.go, mod.go, remainder.go). Their finite results
// equal libm's, but their special cases do not: Go returns a NaN argument
// unchanged where libm quiets a signaling one, returns math.NaN()'s bits
// (0x7FF8000000000001) where libm makes the default NaN, and Modf(±Inf)
// has a NaN fraction where C's modf gives ±0. Float64bits shows all of it.
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

#pragma GCC optimize("fp-contract=off")
#include "gomath_internal.h"
#include "pkg_internal.h"

enum { SHIFT = 52, MASK = 0x7FF, BIAS = 1023 };
#define SIGN_MASK (1ULL << 63)
#define FRAC_MASK ((1ULL << SHIFT) - 1)
#define UVONE 0x3FF0000000000000ULL

// shr: Go's x >> s for unsigned x (0 once s reaches 64).
static uint64_t shr(uint64_t x, uint64_t s) { return s >= 64 ? 0 : x >> s; }

double rt_math_round(double x) {
    uint64_t bits = f64bits(x), e = (bits >> SHIFT) & MASK;
    if (e < BIAS) {
        // Round abs(x) < 1 including denormals.
        bits &= SIGN_MASK;   // +-0
        if (e == BIAS - 1)
            bits |= UVONE;   // +-1
    } else if (e < BIAS + SHIFT) {
        // Round any abs(x) >= 1 containing a fractional component [0,1).
        const uint64_t half = 1ULL << (SHIFT - 1);
        e -= BIAS;
        bits += half >> e;
        bits &= ~(FRAC_MASK >> e);
    }
    return f64from(bits);
}

// rt_math_round_to_even: floor.go's RoundToEven, except that a NaN comes
// back quieted: Go's amd64 compiler replaces a direct call with the
// SSE4.1 ROUNDSD instruction, which quiets it (a call through a func
// value runs the Go code, which does not).
double rt_math_round_to_even(double x) {
    uint64_t bits = f64bits(x), e = (bits >> SHIFT) & MASK;
    if (isnan(x))
        return f64from(bits | 1ULL << 51);
    if (e >= BIAS) {
        // Round abs(x) >= 1: large numbers, infinity and NaN are unchanged.
        const uint64_t half_minus_ulp = (1ULL << (SHIFT - 1)) - 1;
        e -= BIAS;
        bits += shr(half_minus_ulp + (shr(bits, (uint64_t)SHIFT - e) & 1), e);
        bits &= ~shr(FRAC_MASK, e);
    } else if (e == BIAS - 1 && (bits & FRAC_MASK) != 0) {
        bits = (bits & SIGN_MASK) | UVONE;   // Round 0.5 < abs(x) < 1 to +-1.
    } else {
        bits &= SIGN_MASK;   // Round abs(x) <= 0.5 including denormals to +-0.
    }
    return f64from(bits);
}

// normalize: x scaled to a normal number, and the exponent that undoes it.
static double normalize(double x, int64_t *exp) {
    const double smallest_normal = 2.2250738585072014e-308;   // 2**-1022
    *exp = 0;
    if (fabs(x) < smallest_normal) {
        *exp = -52;
        return x * 0x1p52;
    }
    return x;
}

double rt_math_frexp(double f, int64_t *exp) {
    *exp = 0;
    if (f == 0 || isinf(f) || isnan(f))
        return f;   // correctly return -0
    f = normalize(f, exp);
    uint64_t x = f64bits(f);
    *exp += (int64_t)((x >> SHIFT) & MASK) - BIAS + 1;
    x &= ~((uint64_t)MASK << SHIFT);
    x |= (uint64_t)(-1 + BIAS) << SHIFT;
    return f64from(x);
}

double rt_math_ldexp(double frac, int64_t exp) {
    if (frac == 0)
        return frac;   // correctly return -0
    if (isinf(frac) || isnan(frac))
        return frac;
    int64_t e;
    frac = normalize(frac, &e);
    uint64_t ue = (uint64_t)exp + (uint64_t)e;   // Go's int arithmetic wraps
    uint64_t x = f64bits(frac);
    ue += (uint64_t)((int64_t)((x >> SHIFT) & MASK) - BIAS);
    exp = (int64_t)ue;
    if (exp < -1075)
        return copysign(0, frac);   // underflow
    if (exp > 1023)                 // overflow
        return frac < 0 ? -INFINITY : INFINITY;
    double m = 1;
    if (exp < -1022) {   // denormal
        exp += 53;
        m = 0x1p-53;
    }
    x &= ~((uint64_t)MASK << SHIFT);
    x |= (uint64_t)(exp + BIAS) << SHIFT;
    return m * f64from(x);
}

double rt_math_modf(double f, double *frac) {
    if (f < 1) {
        if (f < 0) {
            double ip = rt_math_modf(-f, frac);
            *frac = -*frac;
            return -ip;
        }
        if (f == 0) {
            *frac = f;
            return f;   // Return -0, -0 when f == -0
        }
        *frac = f;
        return 0;
    }
    uint64_t x = f64bits(f), e = ((x >> SHIFT) & MASK) - BIAS;
    // Keep the top 12+e bits, the integer part; clear the rest.
    if (e < 64 - 12)
        x &= ~((1ULL << (64 - 12 - e)) - 1);
    double ip = f64from(x);
    *frac = f - ip;
    return ip;
}

double rt_math_mod(double x, double y) {
    if (y == 0 || isinf(x) || isnan(x) || isnan(y))
        return go_nan();
    y = fabs(y);
    int64_t yexp, rexp;
    double yfr = rt_math_frexp(y, &yexp), r = x;
    if (x < 0)
        r = -x;
    while (r >= y) {
        double rfr = rt_math_frexp(r, &rexp);
        if (rfr < yfr)
            rexp = rexp - 1;
        r = r - rt_math_ldexp(y, rexp - yexp);
    }
    if (x < 0)
        r = -r;
    return r;
}

double rt_math_remainder(double x, double y) {
    const double tiny = 4.45014771701440276618e-308, half_max = 0x1.fffffffffffffp+1022;   // MaxFloat64 / 2
    if (isnan(x) || isnan(y) || isinf(x) || y == 0)
        return go_nan();
    if (isinf(y))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (y < 0)
        y = -y;
    if (x == y)
        return sign ? -0.0 : 0;
    if (y <= half_max)
        x = rt_math_mod(x, y + y);   // now x < 2y
    if (y < tiny) {
        if (x + x > y) {
            x -= y;
            if (x + x >= y)
                x -= y;
        }
    } else {
        double y_half = 0.5 * y;
        if (x > y_half) {
            x -= y;
            if (x >= y_half)
                x -= y;
        }
    }
    return sign ? -x : x;
}
