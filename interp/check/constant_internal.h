// constant_internal.h - representation of ConstVal, shared by constant.c
// (context, constructors, literals, extraction, conversions),
// constant_ops.c (arithmetic) and constant_fmt.c (printing). Nothing
// outside interp/constant*.c includes this file.
//
// Invariants:
// - CONST_INT values hold an mpz_t (rep REP_INT).
// - CONST_FLOAT values hold an mpq_t in canonical form (REP_RAT) while
//   numerator and denominator are below CONST_MAX_EXP bits, else a
//   CONST_FLOAT_PREC-bit mpfr_t (REP_BIG) that is finite and nonzero.
//   Integral floats stay CONST_FLOAT (2.0 prints as a float, "2").
// - Every value holding GMP/MPFR data is on its ConstCtx's list, and is
//   cleared by const_ctx_free. Values are never mutated once returned.
#ifndef GOSUB_INTERP_CONSTANT_INTERNAL_H
#define GOSUB_INTERP_CONSTANT_INTERNAL_H

#include <gmp.h>
#include <mpfr.h>

#include "constant.h"

enum {
    CONST_MAX_EXP = 4096,     // go/constant maxExp: rationals stay below this
    CONST_FLOAT_PREC = 512,   // go/constant prec: bits of a big float
};

typedef enum ConstRep { REP_NONE, REP_INT, REP_RAT, REP_BIG } ConstRep;

struct ConstVal {
    ConstKind kind;
    ConstRep rep;
    bool b;                  // CONST_BOOL
    const char *s;           // CONST_STRING bytes (arena, NUL-terminated)
    size_t len;
    union {
        mpz_t z;             // REP_INT
        mpq_t q;             // REP_RAT
        mpfr_t f;            // REP_BIG
    } u;
    ConstVal *next;          // ConstCtx list of values holding GMP data
};

struct ConstCtx {
    Arena *arena;
    ConstVal *gmp_list;
    ConstVal *unknown, *true_val, *false_val;
};

// Fresh values with initialised (zero) storage, on cx's list.
ConstVal *cv_new_int(ConstCtx *cx);
ConstVal *cv_new_rat(ConstCtx *cx);
ConstVal *cv_new_big(ConstCtx *cx);

// cv_make_rat: a float value equal to q (go/constant makeRat): a rational
// if small, else a big float. q is read, not kept.
const ConstVal *cv_make_rat(ConstCtx *cx, const mpq_t q);
// cv_make_big: a float value from f (makeFloat): zero -> rational 0,
// infinite/NaN -> UNKNOWN.
const ConstVal *cv_make_big(ConstCtx *cx, const mpfr_t f);
// cv_make_int: an int value copied from z.
const ConstVal *cv_make_int(ConstCtx *cx, const mpz_t z);

// cv_get_q: exact rational of an INT or RAT value into q (initialised).
void cv_get_q(const ConstVal *x, mpq_t q);
// cv_get_f: x (numeric) into f (initialised; its precision is kept),
// rounded to nearest.
void cv_get_f(const ConstVal *x, mpfr_t f);

// cv_round_q rounds the exact rational q to a binary float with mant_bits
// of mantissa, smallest LSB exponent emin_lsb and largest exponent emax
// (IEEE: 53/-1074/1023 for float64, 24/-149/127 for float32), to nearest
// even. Returns the value as a double (+-inf on overflow); *exact whether
// no rounding happened.
double cv_round_q(const mpq_t q, int mant_bits, long emin_lsb, long emax,
                  bool *exact);

#endif
