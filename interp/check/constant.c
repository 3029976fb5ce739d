// constant.c - constant values: the context that owns their GMP storage,
// constructors, Go literal parsing, extraction with correct rounding, and
// conversions/representability (go/constant + types2 representableConst).
//
// Representation invariants are in constant_internal.h. Arithmetic lives in
// constant_ops.c, printing in constant_fmt.c.
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "constant_internal.h"

_Static_assert(sizeof(long) == 8, "constant.c assumes 64-bit long (LP64)");

// ---- context and allocation -------------------------------------------------

// const_ctx_new: see constant.h.
ConstCtx *const_ctx_new(Arena *arena) {
    ConstCtx *cx = arena_alloc(arena, sizeof *cx);
    cx->arena = arena;
    cx->unknown = arena_alloc(arena, sizeof(ConstVal));
    cx->unknown->kind = CONST_UNKNOWN;
    cx->true_val = arena_alloc(arena, sizeof(ConstVal));
    cx->true_val->kind = CONST_BOOL;
    cx->true_val->b = true;
    cx->false_val = arena_alloc(arena, sizeof(ConstVal));
    cx->false_val->kind = CONST_BOOL;
    return cx;
}

// const_ctx_free: see constant.h. The context itself is arena memory.
void const_ctx_free(ConstCtx *cx) {
    if (cx == NULL)
        return;
    for (ConstVal *v = cx->gmp_list; v != NULL; v = v->next) {
        switch (v->rep) {
        case REP_INT: mpz_clear(v->u.z); break;
        case REP_RAT: mpq_clear(v->u.q); break;
        case REP_BIG: mpfr_clear(v->u.f); break;
        case REP_NONE: break;
        }
        v->rep = REP_NONE;
    }
    cx->gmp_list = NULL;
}

static ConstVal *new_tracked(ConstCtx *cx, ConstKind kind, ConstRep rep) {
    ConstVal *v = arena_alloc(cx->arena, sizeof *v);
    v->kind = kind;
    v->rep = rep;
    v->next = cx->gmp_list;
    cx->gmp_list = v;
    return v;
}

ConstVal *cv_new_int(ConstCtx *cx) {
    ConstVal *v = new_tracked(cx, CONST_INT, REP_INT);
    mpz_init(v->u.z);
    return v;
}

ConstVal *cv_new_rat(ConstCtx *cx) {
    ConstVal *v = new_tracked(cx, CONST_FLOAT, REP_RAT);
    mpq_init(v->u.q);
    return v;
}

ConstVal *cv_new_big(ConstCtx *cx) {
    ConstVal *v = new_tracked(cx, CONST_FLOAT, REP_BIG);
    mpfr_init2(v->u.f, CONST_FLOAT_PREC);
    return v;
}

const ConstVal *cv_make_int(ConstCtx *cx, const mpz_t z) {
    ConstVal *v = cv_new_int(cx);
    mpz_set(v->u.z, z);
    return v;
}

const ConstVal *cv_make_big(ConstCtx *cx, const mpfr_t f) {
    if (mpfr_nan_p(f) || mpfr_inf_p(f))
        return cx->unknown;
    if (mpfr_zero_p(f))
        return cv_new_rat(cx);
    ConstVal *v = cv_new_big(cx);
    mpfr_set(v->u.f, f, MPFR_RNDN);
    return v;
}

const ConstVal *cv_make_rat(ConstCtx *cx, const mpq_t q) {
    if (mpz_sizeinbase(mpq_numref(q), 2) < CONST_MAX_EXP &&
        mpz_sizeinbase(mpq_denref(q), 2) < CONST_MAX_EXP) {
        ConstVal *v = cv_new_rat(cx);
        mpq_set(v->u.q, q);
        return v;
    }
    mpfr_t f;
    mpfr_init2(f, CONST_FLOAT_PREC);
    mpfr_set_q(f, q, MPFR_RNDN);
    const ConstVal *v = cv_make_big(cx, f);
    mpfr_clear(f);
    return v;
}

void cv_get_q(const ConstVal *x, mpq_t q) {
    if (x->rep == REP_INT)
        mpq_set_z(q, x->u.z);
    else if (x->rep == REP_RAT)
        mpq_set(q, x->u.q);
    else
        mpq_set_ui(q, 0, 1);
}

void cv_get_f(const ConstVal *x, mpfr_t f) {
    switch (x->rep) {
    case REP_INT: mpfr_set_z(f, x->u.z, MPFR_RNDN); break;
    case REP_RAT: mpfr_set_q(f, x->u.q, MPFR_RNDN); break;
    case REP_BIG: mpfr_set(f, x->u.f, MPFR_RNDN); break;
    case REP_NONE: mpfr_set_zero(f, 1); break;
    }
}

// ---- simple constructors ------------------------------------------------------

const ConstVal *const_unknown(ConstCtx *cx) { return cx->unknown; }

const ConstVal *const_from_bool(ConstCtx *cx, bool b) {
    return b ? cx->true_val : cx->false_val;
}

const ConstVal *const_from_string(ConstCtx *cx, const char *s, size_t len) {
    ConstVal *v = arena_alloc(cx->arena, sizeof *v);
    v->kind = CONST_STRING;
    v->s = arena_strndup(cx->arena, len ? s : "", len);
    v->len = len;
    return v;
}

const ConstVal *const_from_int64(ConstCtx *cx, int64_t i) {
    ConstVal *v = cv_new_int(cx);
    mpz_set_si(v->u.z, (long)i);
    return v;
}

const ConstVal *const_from_uint64(ConstCtx *cx, uint64_t u) {
    ConstVal *v = cv_new_int(cx);
    mpz_set_ui(v->u.z, (unsigned long)u);
    return v;
}

const ConstVal *const_from_rune(ConstCtx *cx, int32_t r) {
    return const_from_int64(cx, r);
}

const ConstVal *const_from_double(ConstCtx *cx, double d) {
    if (!isfinite(d))
        return cx->unknown;
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, d + 0.0);   // exact; -0 becomes 0
    const ConstVal *v = cv_make_rat(cx, q);
    mpq_clear(q);
    return v;
}

// ---- literals -------------------------------------------------------------------

// strip_underscores copies text without '_' into a malloc'd string.
static char *strip_underscores(const char *text) {
    size_t n = strlen(text);
    char *s = malloc(n + 1);
    if (s == NULL)
        abort();
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (text[i] != '_')
            s[j++] = text[i];
    s[j] = '\0';
    return s;
}

// all_alnum: s is a non-empty run of ASCII letters/digits (mpz_set_str
// would otherwise skip white space).
static bool all_alnum(const char *s) {
    if (*s == '\0')
        return false;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z')))
            return false;
    return true;
}

// const_from_int_lit: Go spec "Integer literals".
const ConstVal *const_from_int_lit(ConstCtx *cx, const char *text) {
    char *s = strip_underscores(text);
    const char *digits = s;
    int base = 10;
    if (s[0] == '0' && s[1] != '\0') {
        char p = (char)(s[1] | 0x20);
        if (p == 'x' || p == 'o' || p == 'b') {
            base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            digits = s + 2;
        } else {
            base = 8;            // legacy octal 017
            digits = s + 1;
        }
    }
    ConstVal *v = NULL;
    if (all_alnum(digits)) {
        v = cv_new_int(cx);
        if (mpz_set_str(v->u.z, digits, base) != 0)
            v = NULL;   // storage stays on the list and is freed later
    }
    free(s);
    return v;
}

// parse_mantissa splits a float literal (no underscores) into its digits
// without the point (into *mant, malloc'd), the count of digits after the
// point, the exponent and the base (10 or 16). Returns false if malformed.
static bool parse_mantissa(const char *s, char **mant, long *frac, long *exp,
                           int *base) {
    *base = 10;
    if (s[0] == '0' && (s[1] | 0x20) == 'x') {
        *base = 16;
        s += 2;
    }
    size_t n = strlen(s);
    char *m = malloc(n + 1);
    if (m == NULL)
        abort();
    size_t j = 0;
    bool point = false;
    *frac = 0;
    for (; *s && *s != 'e' && *s != 'E' && *s != 'p' && *s != 'P'; s++) {
        if (*s == '.') {
            if (point)
                break;
            point = true;
            continue;
        }
        m[j++] = *s;
        if (point)
            (*frac)++;
    }
    m[j] = '\0';
    *mant = m;
    *exp = 0;
    if (*s != '\0') {
        bool hexexp = (*s | 0x20) == 'p';
        if (hexexp != (*base == 16))
            return false;
        char *end;
        *exp = strtol(s + 1, &end, 10);
        if (*end != '\0' || end == s + 1)
            return false;
    } else if (*base == 16) {
        return false;   // hex mantissa needs a p exponent
    }
    return j > 0 && all_alnum(m);
}

// exact_float_lit computes the literal's exact rational value into q.
static bool exact_float_lit(const char *s, mpq_t q) {
    char *mant;
    long frac, exp;
    int base;
    bool ok = parse_mantissa(s, &mant, &frac, &exp, &base);
    if (ok && mpz_set_str(mpq_numref(q), mant, base) != 0)
        ok = false;
    free(mant);
    if (!ok)
        return false;
    mpz_set_ui(mpq_denref(q), 1);
    long scale = base == 10 ? exp - frac : exp - 4 * frac;   // power of 10 or 2
    mpz_t p;
    mpz_init(p);
    if (base == 10)
        mpz_ui_pow_ui(p, 10, (unsigned long)labs(scale));
    else
        mpz_setbit(p, (mp_bitcnt_t)labs(scale));
    if (scale >= 0)
        mpz_mul(mpq_numref(q), mpq_numref(q), p);
    else
        mpz_set(mpq_denref(q), p);
    mpz_clear(p);
    mpq_canonicalize(q);
    return true;
}

// const_from_float_lit: Go spec "Floating-point literals"; go/constant
// makeFloatFromLiteral: exact rational when the value's binary exponent is
// within (-4096, 4096), else a 512-bit float.
const ConstVal *const_from_float_lit(ConstCtx *cx, const char *text) {
    char *s = strip_underscores(text);
    mpfr_t f;
    mpfr_init2(f, CONST_FLOAT_PREC);
    char *end;
    const ConstVal *v = NULL;
    mpfr_strtofr(f, s, &end, 0, MPFR_RNDN);
    if (*end == '\0' && end != s) {
        if (mpfr_zero_p(f)) {
            v = cv_new_rat(cx);
        } else if (mpfr_regular_p(f) && mpfr_get_exp(f) > -CONST_MAX_EXP &&
                   mpfr_get_exp(f) < CONST_MAX_EXP) {
            ConstVal *r = cv_new_rat(cx);   // kept as a rational whatever its size
            if (exact_float_lit(s, r->u.q))
                v = r;
        } else {
            v = cv_make_big(cx, f);
        }
    }
    mpfr_clear(f);
    free(s);
    return v;
}

// ---- inspection ------------------------------------------------------------------

ConstKind const_kind(const ConstVal *x) { return x->kind; }

int const_sign(const ConstVal *x) {
    switch (x->rep) {
    case REP_INT: return mpz_sgn(x->u.z);
    case REP_RAT: return mpq_sgn(x->u.q);
    case REP_BIG: return mpfr_sgn(x->u.f);
    default: return 0;
    }
}

size_t const_bitlen(const ConstVal *x) {
    if (x->rep != REP_INT || mpz_sgn(x->u.z) == 0)
        return 0;
    return mpz_sizeinbase(x->u.z, 2);
}

bool const_is_integral(const ConstVal *x) {
    switch (x->rep) {
    case REP_INT: return true;
    case REP_RAT: return mpz_cmp_ui(mpq_denref(x->u.q), 1) == 0;
    case REP_BIG: return mpfr_integer_p(x->u.f) != 0;
    default: return false;
    }
}

// ---- extraction --------------------------------------------------------------------

// get_integral sets z to x's value if x is integral (ints, integral
// rationals, integral big floats). Returns false otherwise.
static bool get_integral(const ConstVal *x, mpz_t z) {
    if (!const_is_integral(x))
        return false;
    if (x->rep == REP_INT)
        mpz_set(z, x->u.z);
    else if (x->rep == REP_RAT)
        mpz_set(z, mpq_numref(x->u.q));
    else if (mpfr_get_exp(x->u.f) > 2 * CONST_MAX_EXP)
        return false;   // absurdly large: never fits what callers ask
    else
        mpfr_get_z(z, x->u.f, MPFR_RNDZ);
    return true;
}

int64_t const_int64(const ConstVal *x, bool *ok) {
    mpz_t z;
    mpz_init(z);
    bool fits = get_integral(x, z) && mpz_fits_slong_p(z);
    int64_t r = fits ? (int64_t)mpz_get_si(z) : 0;
    mpz_clear(z);
    if (ok)
        *ok = fits;
    return r;
}

uint64_t const_uint64(const ConstVal *x, bool *ok) {
    mpz_t z;
    mpz_init(z);
    bool fits = get_integral(x, z) && mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z);
    uint64_t r = fits ? (uint64_t)mpz_get_ui(z) : 0;
    mpz_clear(z);
    if (ok)
        *ok = fits;
    return r;
}

// round_big rounds a big float to a binary format like cv_round_q, through
// its exact rational value (the exponent is bounded first: far outside the
// format's range the answer is 0 or inf).
static double round_big(const mpfr_t f, int mant_bits, long emin_lsb, long emax,
                        bool *exact) {
    long e = mpfr_get_exp(f);
    if (e > emax + 2 || e < emin_lsb - 2) {
        *exact = false;
        double r = e > 0 ? INFINITY : 0.0;
        return mpfr_signbit(f) ? -r : r;
    }
    mpz_t z;
    mpq_t q;
    mpz_init(z);
    mpq_init(q);
    long e2 = mpfr_get_z_2exp(z, f);
    mpq_set_z(q, z);
    if (e2 >= 0)
        mpq_mul_2exp(q, q, (mp_bitcnt_t)e2);
    else
        mpq_div_2exp(q, q, (mp_bitcnt_t)-e2);
    double r = cv_round_q(q, mant_bits, emin_lsb, emax, exact);
    mpq_clear(q);
    mpz_clear(z);
    return r;
}

// round_value rounds a numeric value to the given binary format.
static double round_value(const ConstVal *x, int mant_bits, long emin_lsb,
                          long emax, bool *exact) {
    bool ex = false;
    double r = 0;
    if (x->rep == REP_BIG) {
        r = round_big(x->u.f, mant_bits, emin_lsb, emax, &ex);
    } else if (x->rep == REP_INT || x->rep == REP_RAT) {
        mpq_t q;
        mpq_init(q);
        cv_get_q(x, q);
        r = cv_round_q(q, mant_bits, emin_lsb, emax, &ex);
        mpq_clear(q);
    }
    if (exact)
        *exact = ex;
    return r;
}

double const_float64(const ConstVal *x, bool *exact) {
    return round_value(x, 53, -1074, 1023, exact);
}

float const_float32(const ConstVal *x, bool *exact) {
    return (float)round_value(x, 24, -149, 127, exact);
}

bool const_bool(const ConstVal *x) { return x->kind == CONST_BOOL && x->b; }

const char *const_string(const ConstVal *x, size_t *len) {
    if (x->kind != CONST_STRING) {
        *len = 0;
        return "";
    }
    *len = x->len;
    return x->s;
}
