// gomath_internal.h - the bit helpers shared by gosub's ports of Go's
// package math (gomath*.c, pkg_math.c).
#ifndef GOSUB_GOMATH_INTERNAL_H
#define GOSUB_GOMATH_INTERNAL_H

#include <stdint.h>
#include <string.h>

// f64bits / f64from: math.Float64bits and math.Float64frombits.
static inline uint64_t f64bits(double f) {
    uint64_t u;
    memcpy(&u, &f, 8);
    return u;
}

static inline double f64from(uint64_t u) {
    double f;
    memcpy(&f, &u, 8);
    return f;
}

// go_nan: math.NaN(), with Go's bits (C's NAN has others).
static inline double go_nan(void) { return f64from(0x7FF8000000000001ULL); }

#endif
