// constant_ops.c - constant arithmetic: binary and unary operators,
// comparisons and shifts (go/constant BinaryOp, UnaryOp, Compare, Shift).
//
// Numeric operands are first matched to the larger representation
// (int < rational < big float), as go/constant's match does. Rational
// results go through cv_make_rat (they become big floats when too large);
// big float results are rounded to 512 bits and become UNKNOWN if infinite.
#include <string.h>

#include "constant_internal.h"

static const ConstVal *fail(ConstCtx *cx, ConstErr *err, ConstErr code) {
    if (err)
        *err = code;
    return cx->unknown;
}

static bool is_numeric(const ConstVal *x) {
    return x->kind == CONST_INT || x->kind == CONST_FLOAT;
}

// ---- integers ------------------------------------------------------------------

static const ConstVal *int_binary(ConstCtx *cx, const mpz_t a, TokenKind op,
                                  const mpz_t b, bool int_division, ConstErr *err) {
    if ((op == TOK_QUO || op == TOK_REM) && mpz_sgn(b) == 0)
        return fail(cx, err, CONST_ERR_DIV_ZERO);
    if (op == TOK_QUO && !int_division) {
        mpq_t q;
        mpq_init(q);
        mpz_set(mpq_numref(q), a);
        mpz_set(mpq_denref(q), b);
        mpq_canonicalize(q);
        const ConstVal *v = cv_make_rat(cx, q);
        mpq_clear(q);
        return v;
    }
    ConstVal *v = cv_new_int(cx);
    switch (op) {
    case TOK_ADD: mpz_add(v->u.z, a, b); break;
    case TOK_SUB: mpz_sub(v->u.z, a, b); break;
    case TOK_MUL: mpz_mul(v->u.z, a, b); break;
    case TOK_QUO: mpz_tdiv_q(v->u.z, a, b); break;
    case TOK_REM: mpz_tdiv_r(v->u.z, a, b); break;
    case TOK_AND: mpz_and(v->u.z, a, b); break;
    case TOK_OR: mpz_ior(v->u.z, a, b); break;
    case TOK_XOR: mpz_xor(v->u.z, a, b); break;
    case TOK_AND_NOT:
        mpz_com(v->u.z, b);
        mpz_and(v->u.z, a, v->u.z);
        break;
    default:
        return fail(cx, err, CONST_ERR_BAD_OP);
    }
    return v;
}

// ---- rationals and big floats ------------------------------------------------

static const ConstVal *rat_binary(ConstCtx *cx, const ConstVal *x, TokenKind op,
                                  const ConstVal *y, ConstErr *err) {
    mpq_t a, b;
    mpq_inits(a, b, NULL);
    cv_get_q(x, a);
    cv_get_q(y, b);
    const ConstVal *v = NULL;
    switch (op) {
    case TOK_ADD: mpq_add(a, a, b); break;
    case TOK_SUB: mpq_sub(a, a, b); break;
    case TOK_MUL: mpq_mul(a, a, b); break;
    case TOK_QUO:
        if (mpq_sgn(b) == 0)
            v = fail(cx, err, CONST_ERR_DIV_ZERO);
        else
            mpq_div(a, a, b);
        break;
    default:
        v = fail(cx, err, CONST_ERR_BAD_OP);
        break;
    }
    if (v == NULL)
        v = cv_make_rat(cx, a);
    mpq_clears(a, b, NULL);
    return v;
}

static const ConstVal *big_binary(ConstCtx *cx, const ConstVal *x, TokenKind op,
                                  const ConstVal *y, ConstErr *err) {
    mpfr_t a, b;
    mpfr_inits2(CONST_FLOAT_PREC, a, b, (mpfr_ptr)0);
    cv_get_f(x, a);
    cv_get_f(y, b);
    const ConstVal *v = NULL;
    switch (op) {
    case TOK_ADD: mpfr_add(a, a, b, MPFR_RNDN); break;
    case TOK_SUB: mpfr_sub(a, a, b, MPFR_RNDN); break;
    case TOK_MUL: mpfr_mul(a, a, b, MPFR_RNDN); break;
    case TOK_QUO:
        if (mpfr_zero_p(b))
            v = fail(cx, err, CONST_ERR_DIV_ZERO);
        else
            mpfr_div(a, a, b, MPFR_RNDN);
        break;
    default:
        v = fail(cx, err, CONST_ERR_BAD_OP);
        break;
    }
    if (v == NULL) {
        v = cv_make_big(cx, a);
        if (v->kind == CONST_UNKNOWN && err)
            *err = CONST_ERR_NOT_REPR;
    }
    mpfr_clears(a, b, (mpfr_ptr)0);
    return v;
}

// numeric_binary matches the operands' representations and dispatches.
static const ConstVal *numeric_binary(ConstCtx *cx, const ConstVal *x, TokenKind op,
                                      const ConstVal *y, bool int_division,
                                      ConstErr *err) {
    if (int_division && (op == TOK_QUO || op == TOK_REM) &&
        const_is_integral(x) && const_is_integral(y)) {
        x = const_to_int(cx, x);
        y = const_to_int(cx, y);
    }
    if (x->rep == REP_INT && y->rep == REP_INT)
        return int_binary(cx, x->u.z, op, y->u.z, int_division, err);
    if (x->rep == REP_BIG || y->rep == REP_BIG)
        return big_binary(cx, x, op, y, err);
    return rat_binary(cx, x, op, y, err);
}

const ConstVal *const_binary_op(ConstCtx *cx, const ConstVal *x, TokenKind op,
                                const ConstVal *y, bool int_division,
                                ConstErr *err) {
    if (err)
        *err = CONST_OK;
    if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
        return cx->unknown;
    if (is_numeric(x) && is_numeric(y))
        return numeric_binary(cx, x, op, y, int_division, err);
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
        if (op == TOK_LAND)
            return const_from_bool(cx, x->b && y->b);
        if (op == TOK_LOR)
            return const_from_bool(cx, x->b || y->b);
    }
    if (x->kind == CONST_STRING && y->kind == CONST_STRING && op == TOK_ADD) {
        char *s = arena_alloc(cx->arena, x->len + y->len + 1);
        memcpy(s, x->s, x->len);
        memcpy(s + x->len, y->s, y->len);
        ConstVal *v = arena_alloc(cx->arena, sizeof *v);
        v->kind = CONST_STRING;
        v->s = s;
        v->len = x->len + y->len;
        return v;
    }
    return fail(cx, err, CONST_ERR_BAD_OP);
}

// ---- comparison ------------------------------------------------------------------

// cmp_numeric returns <0, 0, >0 comparing two numeric values exactly
// (big floats are compared through MPFR, which is exact for comparisons).
static int cmp_numeric(const ConstVal *x, const ConstVal *y) {
    if (x->rep == REP_INT && y->rep == REP_INT)
        return mpz_cmp(x->u.z, y->u.z);
    if (x->rep != REP_BIG && y->rep != REP_BIG) {
        mpq_t a, b;
        mpq_inits(a, b, NULL);
        cv_get_q(x, a);
        cv_get_q(y, b);
        int c = mpq_cmp(a, b);
        mpq_clears(a, b, NULL);
        return c;
    }
    if (x->rep == REP_BIG && y->rep == REP_BIG)
        return mpfr_cmp(x->u.f, y->u.f);
    // one big float, one int/rational: compare exactly via MPFR helpers
    const ConstVal *big = x->rep == REP_BIG ? x : y;
    const ConstVal *other = x->rep == REP_BIG ? y : x;
    int c = other->rep == REP_INT ? mpfr_cmp_z(big->u.f, other->u.z)
                                  : mpfr_cmp_q(big->u.f, other->u.q);
    return x == big ? c : -c;
}

static int cmp_strings(const ConstVal *x, const ConstVal *y) {
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c != 0)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

bool const_compare(const ConstVal *x, TokenKind op, const ConstVal *y) {
    int c;
    if (is_numeric(x) && is_numeric(y))
        c = cmp_numeric(x, y);
    else if (x->kind == CONST_STRING && y->kind == CONST_STRING)
        c = cmp_strings(x, y);
    else if (x->kind == CONST_BOOL && y->kind == CONST_BOOL &&
             (op == TOK_EQL || op == TOK_NEQ))
        c = x->b != y->b;
    else
        return false;
    switch (op) {
    case TOK_EQL: return c == 0;
    case TOK_NEQ: return c != 0;
    case TOK_LSS: return c < 0;
    case TOK_LEQ: return c <= 0;
    case TOK_GTR: return c > 0;
    case TOK_GEQ: return c >= 0;
    default: return false;
    }
}

// ---- shifts ------------------------------------------------------------------------

enum { SHIFT_BOUND = 1023 - 1 + 52 };   // types2 shiftBound

const ConstVal *const_shift(ConstCtx *cx, const ConstVal *x, TokenKind op,
                            const ConstVal *count, ConstErr *err) {
    if (err)
        *err = CONST_OK;
    if (x->kind == CONST_UNKNOWN || count->kind == CONST_UNKNOWN)
        return cx->unknown;
    if (!is_numeric(count))
        return fail(cx, err, CONST_ERR_SHIFT_COUNT);
    if (const_sign(count) < 0)
        return fail(cx, err, CONST_ERR_SHIFT_NEGATIVE);
    bool ok;
    uint64_t s = const_uint64(count, &ok);
    if (!ok || s > SHIFT_BOUND)
        return fail(cx, err, CONST_ERR_SHIFT_COUNT);
    if (!is_numeric(x) || !const_is_integral(x) || (op != TOK_SHL && op != TOK_SHR))
        return fail(cx, err, CONST_ERR_BAD_OP);
    const ConstVal *xi = const_to_int(cx, x);
    if (xi->kind != CONST_INT)
        return fail(cx, err, CONST_ERR_BAD_OP);
    ConstVal *v = cv_new_int(cx);
    if (op == TOK_SHL)
        mpz_mul_2exp(v->u.z, xi->u.z, (mp_bitcnt_t)s);
    else
        mpz_fdiv_q_2exp(v->u.z, xi->u.z, (mp_bitcnt_t)s);   // toward -inf
    return v;
}

// ---- unary -----------------------------------------------------------------------------

static const ConstVal *negate(ConstCtx *cx, const ConstVal *x) {
    ConstVal *v;
    switch (x->rep) {
    case REP_INT:
        v = cv_new_int(cx);
        mpz_neg(v->u.z, x->u.z);
        return v;
    case REP_RAT:
        v = cv_new_rat(cx);
        mpq_neg(v->u.q, x->u.q);
        return v;
    default:
        v = cv_new_big(cx);
        mpfr_neg(v->u.f, x->u.f, MPFR_RNDN);
        return v;
    }
}

const ConstVal *const_unary_op(ConstCtx *cx, TokenKind op, const ConstVal *x,
                               unsigned prec_bits, ConstErr *err) {
    if (err)
        *err = CONST_OK;
    if (x->kind == CONST_UNKNOWN)
        return cx->unknown;
    if (op == TOK_ADD && is_numeric(x))
        return x;
    if (op == TOK_SUB && is_numeric(x))
        return negate(cx, x);
    if (op == TOK_NOT && x->kind == CONST_BOOL)
        return const_from_bool(cx, !x->b);
    if (op == TOK_XOR && x->kind == CONST_INT) {
        ConstVal *v = cv_new_int(cx);
        mpz_com(v->u.z, x->u.z);
        if (prec_bits > 0)   // z &^ (-1 << prec): keep the low prec bits
            mpz_fdiv_r_2exp(v->u.z, v->u.z, prec_bits);
        return v;
    }
    return fail(cx, err, CONST_ERR_BAD_OP);
}

const char *const_overflow_op_name(TokenKind op, bool unary) {
    switch (op) {
    case TOK_ADD: return unary ? "" : "addition";
    case TOK_SUB: return unary ? "" : "subtraction";
    case TOK_MUL: return unary ? "" : "multiplication";
    case TOK_XOR: return unary ? "bitwise complement" : "bitwise XOR";
    case TOK_SHL: return unary ? "" : "shift";
    default: return "";
    }
}
