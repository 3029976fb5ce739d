// constant_conv.c - rounding to float64/float32, go/constant's ToInt and
// ToFloat, and types2's representability and constant conversion rules
// (Go spec "Representability", "Conversions"; types2 representableConst,
// representation, constConvertibleTo).
#include <math.h>

#include "constant_internal.h"

// ---- correct rounding ------------------------------------------------------

// quo_scaled sets m, r to the quotient and remainder of n*2^-e / d (exact
// integers: the scale goes on whichever side keeps them integral) and
// returns the (scaled) divisor in dd.
static void quo_scaled(mpz_t m, mpz_t r, mpz_t dd, const mpz_t n, const mpz_t d,
                       long e) {
    mpz_t nn;
    mpz_init(nn);
    if (e < 0) {
        mpz_mul_2exp(nn, n, (mp_bitcnt_t)-e);
        mpz_set(dd, d);
    } else {
        mpz_set(nn, n);
        mpz_mul_2exp(dd, d, (mp_bitcnt_t)e);
    }
    mpz_tdiv_qr(m, r, nn, dd);
    mpz_clear(nn);
}

// cv_round_q: see constant_internal.h. The value is m * 2^e with m an
// integer of at most mant_bits bits and e >= emin_lsb (subnormals have
// fewer bits); the remainder decides round-to-nearest-even.
double cv_round_q(const mpq_t q, int mant_bits, long emin_lsb, long emax,
                  bool *exact) {
    int sign = mpq_sgn(q);
    *exact = true;
    if (sign == 0)
        return 0.0;
    mpz_t n, m, r, dd;
    mpz_inits(n, m, r, dd, NULL);
    mpz_abs(n, mpq_numref(q));
    long k = (long)mpz_sizeinbase(n, 2) - (long)mpz_sizeinbase(mpq_denref(q), 2);
    double res;
    if (k > emax + 2) {
        *exact = false;
        res = INFINITY;
    } else if (k < emin_lsb - 2) {
        *exact = false;
        res = 0.0;
    } else {
        long e = k - mant_bits;
        if (e < emin_lsb)
            e = emin_lsb;
        quo_scaled(m, r, dd, n, mpq_denref(q), e);
        if ((long)mpz_sizeinbase(m, 2) > mant_bits) {
            e++;
            quo_scaled(m, r, dd, n, mpq_denref(q), e);
        }
        *exact = mpz_sgn(r) == 0;
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, dd);
        if (c > 0 || (c == 0 && mpz_odd_p(m)))
            mpz_add_ui(m, m, 1);
        if ((long)mpz_sizeinbase(m, 2) > mant_bits) {
            mpz_tdiv_q_2exp(m, m, 1);
            e++;
        }
        if (e + mant_bits - 1 > emax) {
            *exact = false;
            res = INFINITY;
        } else {
            res = ldexp(mpz_get_d(m), (int)e);
        }
    }
    mpz_clears(n, m, r, dd, NULL);
    return sign < 0 ? -res : res;
}

// ---- ToInt / ToFloat -------------------------------------------------------

// big_to_int is go/constant ToInt for a big float: exact integers convert,
// and so do values that become integers when rounded a little (to 508 bits)
// down or up, "assuming x is not an integer because of rounding errors in
// previous computations".
static const ConstVal *big_to_int(ConstCtx *cx, const mpfr_t f) {
    long e = mpfr_get_exp(f);
    if (e <= -CONST_MAX_EXP || e >= CONST_MAX_EXP)
        return cx->unknown;
    ConstVal *v = NULL;
    if (mpfr_integer_p(f)) {
        v = cv_new_int(cx);
        mpfr_get_z(v->u.z, f, MPFR_RNDZ);
        return v;
    }
    mpfr_t t;
    mpfr_init2(t, CONST_FLOAT_PREC - 4);
    mpfr_rnd_t modes[2] = {MPFR_RNDZ, MPFR_RNDA};
    for (int i = 0; i < 2 && v == NULL; i++) {
        mpfr_set(t, f, modes[i]);
        if (mpfr_integer_p(t)) {
            v = cv_new_int(cx);
            mpfr_get_z(v->u.z, t, MPFR_RNDZ);
        }
    }
    mpfr_clear(t);
    return v ? v : cx->unknown;
}

const ConstVal *const_to_int(ConstCtx *cx, const ConstVal *x) {
    switch (x->rep) {
    case REP_INT:
        return x;
    case REP_RAT:
        if (mpz_cmp_ui(mpq_denref(x->u.q), 1) != 0)
            return cx->unknown;
        return cv_make_int(cx, mpq_numref(x->u.q));
    case REP_BIG:
        return big_to_int(cx, x->u.f);
    default:
        return cx->unknown;
    }
}

const ConstVal *const_to_float(ConstCtx *cx, const ConstVal *x) {
    if (x->rep == REP_RAT || x->rep == REP_BIG)
        return x;
    if (x->rep != REP_INT)
        return cx->unknown;
    mpq_t q;
    mpq_init(q);
    mpq_set_z(q, x->u.z);
    const ConstVal *v = cv_make_rat(cx, q);
    mpq_clear(q);
    return v;
}

// ---- representability --------------------------------------------------------

static bool is_integer_type(ConstType t) {
    return (t >= CT_INT && t <= CT_UINTPTR) || t == CT_UNTYPED_INT ||
           t == CT_UNTYPED_RUNE;
}

static bool is_float_type(ConstType t) {
    return t == CT_FLOAT32 || t == CT_FLOAT64 || t == CT_UNTYPED_FLOAT;
}

static bool is_string_type(ConstType t) {
    return t == CT_STRING || t == CT_UNTYPED_STRING;
}

// int_fits: the integer z fits t (int, uint, uintptr are 64-bit).
static bool int_fits(const mpz_t z, ConstType t) {
    static const int bits[] = {
        [CT_INT] = 64, [CT_INT8] = 8, [CT_INT16] = 16, [CT_INT32] = 32,
        [CT_INT64] = 64, [CT_UINT] = 64, [CT_UINT8] = 8, [CT_UINT16] = 16,
        [CT_UINT32] = 32, [CT_UINT64] = 64, [CT_UINTPTR] = 64,
    };
    if (t == CT_UNTYPED_INT || t == CT_UNTYPED_RUNE)
        return true;
    size_t n = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    if (t >= CT_UINT) {
        return mpz_sgn(z) >= 0 && n <= (size_t)bits[t];
    }
    // signed: -2^(b-1) <= z <= 2^(b-1)-1
    size_t b = (size_t)bits[t];
    if (mpz_sgn(z) >= 0)
        return n < b;
    if (n < b)
        return true;
    return n == b && mpz_scan1(z, 0) == b - 1;   // exactly -2^(b-1)
}

// float_representable: types2's float cases (roundFloat32/roundFloat64).
static bool float_representable(ConstCtx *cx, const ConstVal *x, ConstType t,
                                const ConstVal **rounded) {
    const ConstVal *f = const_to_float(cx, x);
    if (f->kind != CONST_FLOAT)
        return false;
    if (t == CT_UNTYPED_FLOAT)
        return true;
    double d = t == CT_FLOAT32 ? (double)const_float32(f, NULL)
                               : const_float64(f, NULL);
    if (isinf(d))
        return false;
    if (rounded)
        *rounded = const_from_double(cx, d);
    return true;
}

bool const_representable(ConstCtx *cx, const ConstVal *x, ConstType t,
                         const ConstVal **rounded) {
    if (rounded)
        *rounded = x;
    if (x->kind == CONST_UNKNOWN)
        return true;   // types2: unknown values are representable (error reported)
    if (is_integer_type(t)) {
        const ConstVal *i = const_to_int(cx, x);
        if (i->kind != CONST_INT)
            return false;
        if (rounded)
            *rounded = i;
        return int_fits(i->u.z, t);
    }
    if (is_float_type(t))
        return float_representable(cx, x, t, rounded);
    if (is_string_type(t))
        return x->kind == CONST_STRING;
    return x->kind == CONST_BOOL;   // CT_BOOL, CT_UNTYPED_BOOL
}

ConstRepr const_representation(ConstCtx *cx, const ConstVal *x,
                               bool x_is_integer_type, bool x_is_numeric_type,
                               ConstType t, const ConstVal **rounded) {
    if (const_representable(cx, x, t, rounded))
        return CONST_REPR_OK;
    bool t_numeric = is_integer_type(t) || is_float_type(t);
    if (x_is_numeric_type && t_numeric) {
        if (!x_is_integer_type && is_integer_type(t))
            return CONST_REPR_TRUNCATED;
        return CONST_REPR_OVERFLOWS;
    }
    return CONST_REPR_INVALID;
}

// encode_rune appends the UTF-8 encoding of r (a valid scalar) to buf.
static size_t encode_rune(char *buf, uint32_t r) {
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xC0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

bool const_convert(ConstCtx *cx, const ConstVal *x, bool x_is_integer_type,
                   ConstType t, const ConstVal **out) {
    const ConstVal *v = x;
    bool ok_repr = const_representable(cx, x, t, &v);
    *out = v;   // also on failure: types2 prints the partly converted value
    if (ok_repr)
        return true;
    if (!(x_is_integer_type && is_string_type(t)))
        return false;
    bool ok;
    uint64_t u = const_uint64(x, &ok);
    uint32_t r = 0xFFFD;
    if (ok && u <= 0x10FFFF && !(u >= 0xD800 && u <= 0xDFFF))
        r = (uint32_t)u;
    char buf[4];
    size_t n = encode_rune(buf, r);
    *out = const_from_string(cx, buf, n);
    return true;
}

const char *const_type_name(ConstType t) {
    static const char *const names[] = {
        [CT_BOOL] = "bool", [CT_STRING] = "string", [CT_INT] = "int",
        [CT_INT8] = "int8", [CT_INT16] = "int16", [CT_INT32] = "int32",
        [CT_INT64] = "int64", [CT_UINT] = "uint", [CT_UINT8] = "uint8",
        [CT_UINT16] = "uint16", [CT_UINT32] = "uint32", [CT_UINT64] = "uint64",
        [CT_UINTPTR] = "uintptr", [CT_FLOAT32] = "float32",
        [CT_FLOAT64] = "float64", [CT_UNTYPED_BOOL] = "untyped bool",
        [CT_UNTYPED_INT] = "untyped int", [CT_UNTYPED_RUNE] = "untyped rune",
        [CT_UNTYPED_FLOAT] = "untyped float",
        [CT_UNTYPED_STRING] = "untyped string",
    };
    if ((unsigned)t >= sizeof names / sizeof names[0] || names[t] == NULL)
        return "invalid type";
    return names[t];
}
