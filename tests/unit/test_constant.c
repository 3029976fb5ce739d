// test_constant.c - unit tests of exact constant arithmetic
// (interp/constant*.c): literal forms, exactness, representability per
// basic type, correct rounding to float64/float32 (against glibc's
// correctly rounded strtod/strtof), operators, shifts, conversions and the
// texts Go 1.19 prints for constants in messages.
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/check/constant.h"

// Each test gets its own arena and context (T_BEGIN / T_END).
#define T_BEGIN                          \
    Arena *arena = arena_new();          \
    ConstCtx *cx = const_ctx_new(arena)
#define T_END                            \
    const_ctx_free(cx);                  \
    arena_free(arena)

static const ConstVal *ilit(ConstCtx *cx, const char *s) {
    const ConstVal *v = const_from_int_lit(cx, s);
    ck_assert_msg(v != NULL, "int literal %s rejected", s);
    return v;
}

static const ConstVal *flit(ConstCtx *cx, const char *s) {
    const ConstVal *v = const_from_float_lit(cx, s);
    ck_assert_msg(v != NULL, "float literal %s rejected", s);
    return v;
}

static const ConstVal *bin(ConstCtx *cx, const ConstVal *x, TokenKind op,
                           const ConstVal *y, bool intdiv) {
    ConstErr err;
    const ConstVal *v = const_binary_op(cx, x, op, y, intdiv, &err);
    ck_assert_int_eq(err, CONST_OK);
    return v;
}

static uint64_t bits64(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static uint32_t bits32(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

#define ASSERT_REPR(cx, v, want) ck_assert_str_eq(const_string_repr(cx, v), want)

// ---- literals ------------------------------------------------------------------

START_TEST(test_int_literals) {
    T_BEGIN;
    struct { const char *lit; const char *want; } cases[] = {
        {"0", "0"}, {"42", "42"}, {"1_000_000", "1000000"},
        {"0x_FF", "255"}, {"0XfF", "255"}, {"0o17", "15"}, {"0O17", "15"},
        {"017", "15"}, {"0_17", "15"}, {"0b1_01", "5"}, {"0B11", "3"},
        {"18446744073709551615", "18446744073709551615"},
        {"0xFFFFFFFFFFFFFFFFFFFF", "1208925819614629174706175"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const ConstVal *v = ilit(cx, cases[i].lit);
        ck_assert_int_eq(const_kind(v), CONST_INT);
        ASSERT_REPR(cx, v, cases[i].want);
    }
    ck_assert_ptr_null(const_from_int_lit(cx, "09"));
    ck_assert_ptr_null(const_from_int_lit(cx, "0x"));
    ck_assert_ptr_null(const_from_int_lit(cx, "0b2"));
    ck_assert_ptr_null(const_from_int_lit(cx, "1 2"));
    T_END;
}
END_TEST

START_TEST(test_float_literals) {
    T_BEGIN;
    struct { const char *lit; const char *exact; } cases[] = {
        {"0.1", "1/10"}, {"1.5", "3/2"}, {".5", "1/2"}, {"1.", "1"},
        {"1e3", "1000"}, {"1E-2", "1/100"}, {"0x1p-2", "1/4"},
        {"0x1.8p1", "3"}, {"0X.8P0", "1/2"}, {"0x_1p4", "16"},
        {"1_000.5e1_0", "10005000000000"}, {"0e-99999999", "0"},
        {"0.0", "0"}, {"00.5", "1/2"}, {"012.5", "25/2"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const ConstVal *v = flit(cx, cases[i].lit);
        ck_assert_int_eq(const_kind(v), CONST_FLOAT);
        ck_assert_str_eq(const_exact_string(cx, v), cases[i].exact);
    }
    // 1e1000 is an exact integer-valued rational
    const ConstVal *big = flit(cx, "1e1000");
    ck_assert(const_is_integral(big));
    const ConstVal *bi = const_to_int(cx, big);
    ck_assert_int_eq(const_kind(bi), CONST_INT);
    ck_assert_uint_eq(strlen(const_string_repr(cx, bi)), 1001);
    // far outside the rational range: a big float, still finite
    const ConstVal *huge = flit(cx, "1e100000");
    ck_assert_int_eq(const_kind(huge), CONST_FLOAT);
    ASSERT_REPR(cx, huge, "1e+100000");
    ck_assert_ptr_null(const_from_float_lit(cx, "1e"));
    ck_assert_ptr_null(const_from_float_lit(cx, "0x1.5"));
    ck_assert_ptr_null(const_from_float_lit(cx, "1.5p3"));
    T_END;
}
END_TEST

START_TEST(test_simple_constructors) {
    T_BEGIN;
    ASSERT_REPR(cx, const_from_rune(cx, 'a'), "97");
    ASSERT_REPR(cx, const_from_int64(cx, INT64_MIN), "-9223372036854775808");
    ASSERT_REPR(cx, const_from_uint64(cx, UINT64_MAX), "18446744073709551615");
    ASSERT_REPR(cx, const_from_double(cx, 0.1), "0.1");
    ck_assert_str_eq(const_exact_string(cx, const_from_double(cx, 0.5)), "1/2");
    ck_assert_int_eq(const_kind(const_from_double(cx, INFINITY)), CONST_UNKNOWN);
    ck_assert_int_eq(const_sign(const_from_double(cx, -0.0)), 0);
    ck_assert(const_bool(const_from_bool(cx, true)));
    ck_assert(!const_bool(const_from_bool(cx, false)));
    size_t n;
    const char *s = const_string(const_from_string(cx, "a\0b", 3), &n);
    ck_assert_uint_eq(n, 3);
    ck_assert(memcmp(s, "a\0b", 3) == 0);
    ASSERT_REPR(cx, const_unknown(cx), "unknown");
    T_END;
}
END_TEST

// ---- exactness and arithmetic ----------------------------------------------------

START_TEST(test_exactness) {
    T_BEGIN;
    const ConstVal *sum = bin(cx, flit(cx, "0.1"), TOK_ADD, flit(cx, "0.2"), false);
    ck_assert(const_compare(sum, TOK_EQL, flit(cx, "0.3")));
    const ConstVal *z = bin(cx, sum, TOK_SUB, flit(cx, "0.3"), false);
    ck_assert_int_eq(const_sign(z), 0);
    ASSERT_REPR(cx, z, "0");
    ConstErr err;
    const ConstVal *one = ilit(cx, "1");
    const ConstVal *big = const_shift(cx, one, TOK_SHL, ilit(cx, "100"), &err);
    ck_assert_int_eq(err, CONST_OK);
    ck_assert_uint_eq(const_bitlen(big), 101);
    ASSERT_REPR(cx, big, "1267650600228229401496703205376");
    const ConstVal *four = const_shift(cx, big, TOK_SHR, ilit(cx, "98"), &err);
    ck_assert(const_compare(four, TOK_EQL, ilit(cx, "4")));
    // 1/3*3 == 1 exactly
    const ConstVal *third = bin(cx, one, TOK_QUO, flit(cx, "3.0"), false);
    ck_assert(const_compare(bin(cx, third, TOK_MUL, ilit(cx, "3"), false), TOK_EQL, one));
    T_END;
}
END_TEST

START_TEST(test_division) {
    T_BEGIN;
    const ConstVal *seven = ilit(cx, "7"), *two = ilit(cx, "2");
    const ConstVal *m7 = const_from_int64(cx, -7), *m2 = const_from_int64(cx, -2);
    ASSERT_REPR(cx, bin(cx, seven, TOK_QUO, two, true), "3");
    const ConstVal *q = bin(cx, seven, TOK_QUO, two, false);
    ck_assert_int_eq(const_kind(q), CONST_FLOAT);
    ASSERT_REPR(cx, q, "3.5");
    ASSERT_REPR(cx, bin(cx, m7, TOK_QUO, two, true), "-3");
    ASSERT_REPR(cx, bin(cx, m7, TOK_REM, two, true), "-1");
    ASSERT_REPR(cx, bin(cx, seven, TOK_REM, m2, true), "1");
    ASSERT_REPR(cx, bin(cx, flit(cx, "7.0"), TOK_QUO, two, false), "3.5");
    ConstErr err;
    const ConstVal *zero = ilit(cx, "0");
    const ConstVal *r = const_binary_op(cx, seven, TOK_QUO, zero, true, &err);
    ck_assert_int_eq(err, CONST_ERR_DIV_ZERO);
    ck_assert_int_eq(const_kind(r), CONST_UNKNOWN);
    const_binary_op(cx, seven, TOK_REM, zero, true, &err);
    ck_assert_int_eq(err, CONST_ERR_DIV_ZERO);
    const_binary_op(cx, flit(cx, "1.0"), TOK_QUO, zero, false, &err);
    ck_assert_int_eq(err, CONST_ERR_DIV_ZERO);
    const_binary_op(cx, flit(cx, "1e100000"), TOK_QUO, flit(cx, "0.0"), false, &err);
    ck_assert_int_eq(err, CONST_ERR_DIV_ZERO);
    const_binary_op(cx, flit(cx, "5.5"), TOK_REM, two, false, &err);
    ck_assert_int_eq(err, CONST_ERR_BAD_OP);
    T_END;
}
END_TEST

START_TEST(test_bitwise_and_logic) {
    T_BEGIN;
    const ConstVal *a = ilit(cx, "0b1100"), *b = ilit(cx, "0b1010");
    ASSERT_REPR(cx, bin(cx, a, TOK_AND, b, false), "8");
    ASSERT_REPR(cx, bin(cx, a, TOK_OR, b, false), "14");
    ASSERT_REPR(cx, bin(cx, a, TOK_XOR, b, false), "6");
    ASSERT_REPR(cx, bin(cx, a, TOK_AND_NOT, b, false), "4");
    ASSERT_REPR(cx, bin(cx, const_from_int64(cx, -1), TOK_AND_NOT, b, false), "-11");
    ASSERT_REPR(cx, bin(cx, const_from_int64(cx, -6), TOK_AND, ilit(cx, "0xFF"), false), "250");
    const ConstVal *t = const_from_bool(cx, true), *f = const_from_bool(cx, false);
    ck_assert(!const_bool(bin(cx, t, TOK_LAND, f, false)));
    ck_assert(const_bool(bin(cx, t, TOK_LOR, f, false)));
    const ConstVal *s = bin(cx, const_from_string(cx, "ab", 2), TOK_ADD,
                            const_from_string(cx, "c", 1), false);
    ASSERT_REPR(cx, s, "\"abc\"");
    ck_assert(const_compare(s, TOK_GTR, const_from_string(cx, "ab", 2)));
    ck_assert(const_compare(s, TOK_LSS, const_from_string(cx, "abd", 3)));
    ck_assert(const_compare(t, TOK_NEQ, f));
    ck_assert(!const_compare(t, TOK_LSS, f));
    ck_assert(const_compare(ilit(cx, "3"), TOK_LSS, flit(cx, "3.5")));
    ck_assert(const_compare(flit(cx, "1e100000"), TOK_GTR, ilit(cx, "1")));
    ck_assert(const_compare(ilit(cx, "1"), TOK_LSS, flit(cx, "1e100000")));
    ConstErr err;
    const_binary_op(cx, s, TOK_SUB, s, false, &err);
    ck_assert_int_eq(err, CONST_ERR_BAD_OP);
    const ConstVal *u = const_binary_op(cx, const_unknown(cx), TOK_ADD, a, false, &err);
    ck_assert_int_eq(err, CONST_OK);
    ck_assert_int_eq(const_kind(u), CONST_UNKNOWN);
    T_END;
}
END_TEST

START_TEST(test_unary) {
    T_BEGIN;
    ConstErr err;
    const ConstVal *one = ilit(cx, "1");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_XOR, one, 8, &err), "254");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_XOR, one, 0, &err), "-2");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_XOR, ilit(cx, "0"), 64, &err),
                "18446744073709551615");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_XOR, ilit(cx, "0xFFFF"), 16, &err), "0");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_XOR, ilit(cx, "5"), 32, &err), "4294967290");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_SUB, one, 0, &err), "-1");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_SUB, flit(cx, "1.5"), 0, &err), "-1.5");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_SUB, flit(cx, "1e1000000"), 0, &err),
                "-1e+1000000");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_ADD, flit(cx, "2.5"), 0, &err), "2.5");
    ck_assert(!const_bool(const_unary_op(cx, TOK_NOT, const_from_bool(cx, true), 0, &err)));
    const_unary_op(cx, TOK_XOR, flit(cx, "2.0"), 0, &err);
    ck_assert_int_eq(err, CONST_ERR_BAD_OP);
    const_unary_op(cx, TOK_NOT, one, 0, &err);
    ck_assert_int_eq(err, CONST_ERR_BAD_OP);
    T_END;
}
END_TEST

START_TEST(test_shifts) {
    T_BEGIN;
    ConstErr err;
    const ConstVal *one = ilit(cx, "1");
    const ConstVal *v = const_shift(cx, one, TOK_SHL, ilit(cx, "1074"), &err);
    ck_assert_int_eq(err, CONST_OK);
    ck_assert_uint_eq(const_bitlen(v), 1075);
    v = const_shift(cx, one, TOK_SHL, ilit(cx, "1075"), &err);
    ck_assert_int_eq(err, CONST_ERR_SHIFT_COUNT);
    ck_assert_int_eq(const_kind(v), CONST_UNKNOWN);
    const_shift(cx, one, TOK_SHL, const_from_int64(cx, -1), &err);
    ck_assert_int_eq(err, CONST_ERR_SHIFT_NEGATIVE);
    const_shift(cx, one, TOK_SHL, flit(cx, "1.5"), &err);
    ck_assert_int_eq(err, CONST_ERR_SHIFT_COUNT);
    ASSERT_REPR(cx, const_shift(cx, const_from_int64(cx, -7), TOK_SHR, one, &err), "-4");
    ASSERT_REPR(cx, const_shift(cx, ilit(cx, "7"), TOK_SHR, ilit(cx, "1"), &err), "3");
    v = const_shift(cx, flit(cx, "2.0"), TOK_SHL, flit(cx, "2.0"), &err);
    ck_assert_int_eq(err, CONST_OK);
    ck_assert_int_eq(const_kind(v), CONST_INT);
    ASSERT_REPR(cx, v, "8");
    const_shift(cx, flit(cx, "1.5"), TOK_SHL, ilit(cx, "2"), &err);
    ck_assert_int_eq(err, CONST_ERR_BAD_OP);
    // 512-bit rule is the checker's: it reads const_bitlen
    v = const_shift(cx, one, TOK_SHL, ilit(cx, "512"), &err);
    ck_assert_uint_eq(const_bitlen(v), 513);
    ck_assert_str_eq(const_overflow_op_name(TOK_SHL, false), "shift");
    ck_assert_str_eq(const_overflow_op_name(TOK_MUL, false), "multiplication");
    ck_assert_str_eq(const_overflow_op_name(TOK_XOR, true), "bitwise complement");
    ck_assert_str_eq(const_overflow_op_name(TOK_SUB, true), "");
    T_END;
}
END_TEST

// ---- extraction and rounding -------------------------------------------------------

START_TEST(test_int_extraction) {
    T_BEGIN;
    bool ok;
    ck_assert_int_eq(const_int64(ilit(cx, "9223372036854775807"), &ok), INT64_MAX);
    ck_assert(ok);
    const_int64(ilit(cx, "9223372036854775808"), &ok);
    ck_assert(!ok);
    ck_assert_int_eq(const_int64(const_from_int64(cx, INT64_MIN), &ok), INT64_MIN);
    ck_assert(ok);
    ck_assert_uint_eq(const_uint64(ilit(cx, "18446744073709551615"), &ok), UINT64_MAX);
    ck_assert(ok);
    const_uint64(ilit(cx, "18446744073709551616"), &ok);
    ck_assert(!ok);
    const_uint64(const_from_int64(cx, -1), &ok);
    ck_assert(!ok);
    ck_assert_int_eq(const_int64(flit(cx, "4.0"), &ok), 4);
    ck_assert(ok);
    const_int64(flit(cx, "4.5"), &ok);
    ck_assert(!ok);
    T_END;
}
END_TEST

START_TEST(test_float64_rounding) {
    T_BEGIN;
    bool exact;
    ck_assert_uint_eq(bits64(const_float64(flit(cx, "0.1"), &exact)), 0x3FB999999999999Aull);
    ck_assert(!exact);
    ck_assert_uint_eq(bits64(const_float64(flit(cx, "1e23"), NULL)), 0x44B52D02C7E14AF6ull);
    ck_assert(const_float64(flit(cx, "0.5"), &exact) == 0.5 && exact);
    ck_assert(const_float64(flit(cx, "5e-324"), NULL) == 4.9406564584124654e-324);
    // exactly half the smallest subnormal: ties to even gives 0
    ck_assert(const_float64(flit(cx, "0x1p-1075"), NULL) == 0.0);
    ck_assert(const_float64(flit(cx, "0x1.0000001p-1075"), NULL) == 0x1p-1074);
    ck_assert(const_float64(flit(cx, "0x3p-1075"), NULL) == 0x2p-1074);
    ck_assert(const_float64(flit(cx, "1.7976931348623158e308"), NULL) == DBL_MAX);
    ck_assert(isinf(const_float64(flit(cx, "1.7976931348623159e308"), NULL)));
    ck_assert(isinf(const_float64(flit(cx, "0x1.fffffffffffff8p1023"), NULL)));
    ck_assert(const_float64(flit(cx, "0x1.fffffffffffff7p1023"), NULL) == DBL_MAX);
    ck_assert(isinf(const_float64(flit(cx, "1e100000"), NULL)));
    ck_assert(const_float64(flit(cx, "1e-100000"), NULL) == 0.0);
    ck_assert(const_float64(ilit(cx, "9007199254740993"), NULL) == 9007199254740992.0);
    ck_assert(const_float64(ilit(cx, "9007199254740995"), NULL) == 9007199254740996.0);
    ck_assert(const_float64(const_from_int64(cx, -3), NULL) == -3.0);
    ck_assert(const_float64(ilit(cx, "0"), &exact) == 0.0 && exact);
    T_END;
}
END_TEST

START_TEST(test_float32_rounding) {
    T_BEGIN;
    bool exact;
    ck_assert_uint_eq(bits32(const_float32(flit(cx, "0.1"), &exact)), 0x3DCCCCCDu);
    ck_assert(!exact);
    ck_assert(const_float32(ilit(cx, "16777217"), NULL) == 16777216.0f);
    ck_assert(const_float32(ilit(cx, "16777219"), NULL) == 16777220.0f);
    ck_assert(const_float32(flit(cx, "3.4028235e38"), NULL) == FLT_MAX);
    ck_assert(isinf(const_float32(flit(cx, "3.4028236e38"), NULL)));
    ck_assert(const_float32(flit(cx, "1e-46"), NULL) == 0.0f);
    ck_assert(const_float32(flit(cx, "1.4e-45"), NULL) == 0x1p-149f);
    T_END;
}
END_TEST

// random decimal literals compared with glibc's correctly rounded strtod/strtof
START_TEST(test_rounding_vs_strtod) {
    T_BEGIN;
    unsigned seed = 12345;
    char lit[64];
    for (int i = 0; i < 20000; i++) {
        int ndig = 1 + (int)(rand_r(&seed) % 25);
        int j = 0;
        for (int k = 0; k < ndig; k++) {
            lit[j++] = (char)('0' + rand_r(&seed) % 10);
            if (k == 0)
                lit[j++] = '.';
        }
        int e = (int)(rand_r(&seed) % 700) - 350;
        if (i % 4 == 0)
            e = (int)(rand_r(&seed) % 80) - 40 - (i % 8 == 0 ? 300 : 0);
        snprintf(lit + j, sizeof lit - (size_t)j, "e%d", e);
        double want = strtod(lit, NULL);
        float want32 = strtof(lit, NULL);
        const ConstVal *v = flit(cx, lit);
        double got = const_float64(v, NULL);
        float got32 = const_float32(v, NULL);
        ck_assert_msg(bits64(got) == bits64(want), "%s: %a vs %a", lit, got, want);
        ck_assert_msg(bits32(got32) == bits32(want32), "%s: %a vs %a (float32)", lit,
                      (double)got32, (double)want32);
    }
    T_END;
}
END_TEST

// ---- representability ---------------------------------------------------------------

static bool repr(ConstCtx *cx, const ConstVal *v, ConstType t) {
    return const_representable(cx, v, t, NULL);
}

START_TEST(test_representable_ints) {
    T_BEGIN;
    ck_assert(repr(cx, ilit(cx, "127"), CT_INT8));
    ck_assert(!repr(cx, ilit(cx, "128"), CT_INT8));
    ck_assert(repr(cx, const_from_int64(cx, -128), CT_INT8));
    ck_assert(!repr(cx, const_from_int64(cx, -129), CT_INT8));
    ck_assert(repr(cx, ilit(cx, "255"), CT_UINT8));
    ck_assert(!repr(cx, ilit(cx, "256"), CT_UINT8));
    ck_assert(!repr(cx, const_from_int64(cx, -1), CT_UINT8));
    ck_assert(repr(cx, ilit(cx, "32767"), CT_INT16));
    ck_assert(!repr(cx, ilit(cx, "32768"), CT_INT16));
    ck_assert(repr(cx, ilit(cx, "65535"), CT_UINT16));
    ck_assert(repr(cx, const_from_int64(cx, INT32_MIN), CT_INT32));
    ck_assert(!repr(cx, const_from_int64(cx, (int64_t)INT32_MIN - 1), CT_INT32));
    ck_assert(repr(cx, ilit(cx, "4294967295"), CT_UINT32));
    ck_assert(!repr(cx, ilit(cx, "4294967296"), CT_UINT32));
    ck_assert(repr(cx, ilit(cx, "18446744073709551615"), CT_UINT64));
    ck_assert(repr(cx, ilit(cx, "18446744073709551615"), CT_UINT));
    ck_assert(repr(cx, ilit(cx, "18446744073709551615"), CT_UINTPTR));
    ck_assert(!repr(cx, ilit(cx, "18446744073709551616"), CT_UINT64));
    ck_assert(repr(cx, const_from_int64(cx, INT64_MIN), CT_INT64));
    ck_assert(repr(cx, const_from_int64(cx, INT64_MIN), CT_INT));
    ck_assert(!repr(cx, ilit(cx, "9223372036854775808"), CT_INT));
    const ConstVal *min1 = bin(cx, const_from_int64(cx, INT64_MIN), TOK_SUB, ilit(cx, "1"), false);
    ck_assert(!repr(cx, min1, CT_INT64));
    const ConstVal *huge = const_shift(cx, ilit(cx, "1"), TOK_SHL, ilit(cx, "600"), NULL);
    ck_assert(repr(cx, huge, CT_UNTYPED_INT));
    ck_assert(repr(cx, huge, CT_UNTYPED_RUNE));
    ck_assert(!repr(cx, huge, CT_UINT64));
    // floats with integer values are representable as integers
    const ConstVal *r;
    ck_assert(const_representable(cx, flit(cx, "100.0"), CT_INT8, &r));
    ck_assert_int_eq(const_kind(r), CONST_INT);
    ck_assert(!repr(cx, flit(cx, "1.5"), CT_INT));
    ck_assert(repr(cx, flit(cx, "1e18"), CT_INT64));
    ck_assert(!repr(cx, flit(cx, "1e19"), CT_INT64));
    ck_assert(repr(cx, flit(cx, "1e19"), CT_UINT64));
    ck_assert(!repr(cx, const_from_string(cx, "1", 1), CT_INT));
    ck_assert(repr(cx, const_unknown(cx), CT_INT8));
    T_END;
}
END_TEST

START_TEST(test_representable_other) {
    T_BEGIN;
    const ConstVal *r;
    ck_assert(const_representable(cx, flit(cx, "0.1"), CT_FLOAT32, &r));
    ck_assert_str_eq(const_exact_string(cx, r), "13421773/134217728");
    ck_assert(const_representable(cx, flit(cx, "0.1"), CT_FLOAT64, &r));
    ck_assert(const_float64(r, NULL) == 0.1);
    ck_assert(const_representable(cx, flit(cx, "0.1"), CT_UNTYPED_FLOAT, &r));
    ck_assert_str_eq(const_exact_string(cx, r), "1/10");
    ck_assert(!repr(cx, flit(cx, "1e100"), CT_FLOAT32));
    ck_assert(repr(cx, flit(cx, "1e100"), CT_FLOAT64));
    ck_assert(!repr(cx, flit(cx, "1e400"), CT_FLOAT64));
    ck_assert(!repr(cx, flit(cx, "1e100000"), CT_FLOAT64));
    ck_assert(repr(cx, flit(cx, "1e-400"), CT_FLOAT64));   // rounds to 0
    ck_assert(const_representable(cx, ilit(cx, "3"), CT_FLOAT64, &r));
    ck_assert_int_eq(const_kind(r), CONST_FLOAT);
    ck_assert(repr(cx, const_from_string(cx, "x", 1), CT_STRING));
    ck_assert(!repr(cx, ilit(cx, "1"), CT_STRING));
    ck_assert(repr(cx, const_from_bool(cx, true), CT_UNTYPED_BOOL));
    ck_assert(!repr(cx, ilit(cx, "1"), CT_BOOL));
    T_END;
}
END_TEST

START_TEST(test_representation_reasons) {
    T_BEGIN;
    const ConstVal *r;
    ck_assert_int_eq(const_representation(cx, ilit(cx, "300"), true, true, CT_INT8, &r),
                     CONST_REPR_OVERFLOWS);
    ck_assert_int_eq(const_representation(cx, flit(cx, "1.5"), false, true, CT_INT, &r),
                     CONST_REPR_TRUNCATED);
    // float-typed to integer is "truncated" even when the value is huge
    ck_assert_int_eq(const_representation(cx, flit(cx, "1e100"), false, true, CT_INT, &r),
                     CONST_REPR_TRUNCATED);
    ck_assert_int_eq(const_representation(cx, flit(cx, "1e100"), false, true, CT_FLOAT32, &r),
                     CONST_REPR_OVERFLOWS);
    ck_assert_int_eq(const_representation(cx, ilit(cx, "1"), true, true, CT_STRING, &r),
                     CONST_REPR_INVALID);
    ck_assert_int_eq(const_representation(cx, ilit(cx, "100"), true, true, CT_INT8, &r),
                     CONST_REPR_OK);
    ASSERT_REPR(cx, r, "100");
    T_END;
}
END_TEST

START_TEST(test_conversions) {
    T_BEGIN;
    const ConstVal *out;
    size_t n;
    ck_assert(const_convert(cx, ilit(cx, "65"), true, CT_STRING, &out));
    ck_assert_str_eq(const_string(out, &n), "A");
    ck_assert(const_convert(cx, ilit(cx, "0x4E16"), true, CT_STRING, &out));
    ck_assert_str_eq(const_string(out, &n), "\xe4\xb8\x96");
    ck_assert(const_convert(cx, ilit(cx, "0x1F600"), true, CT_STRING, &out));
    ck_assert_uint_eq(n = strlen(const_string(out, &n)), 4);
    const char *bad[] = {"0x110000", "0xD800", "99999999999999999999999"};
    for (size_t i = 0; i < 3; i++) {
        ck_assert(const_convert(cx, ilit(cx, bad[i]), true, CT_STRING, &out));
        ck_assert_str_eq(const_string(out, &n), "\xef\xbf\xbd");
    }
    ck_assert(const_convert(cx, const_from_int64(cx, -1), true, CT_STRING, &out));
    ck_assert_str_eq(const_string(out, &n), "\xef\xbf\xbd");
    ck_assert(!const_convert(cx, flit(cx, "65.0"), false, CT_STRING, &out));
    ck_assert(!const_convert(cx, flit(cx, "1.5"), false, CT_INT, &out));
    ck_assert(const_convert(cx, flit(cx, "2.0"), false, CT_INT, &out));
    ck_assert_int_eq(const_kind(out), CONST_INT);
    ck_assert(!const_convert(cx, ilit(cx, "256"), true, CT_UINT8, &out));
    ASSERT_REPR(cx, out, "256");
    // types2 prints the integer form after a failed conversion: int(1e100)
    ck_assert(!const_convert(cx, flit(cx, "1e100"), false, CT_INT, &out));
    ck_assert_int_eq(const_kind(out), CONST_INT);
    ck_assert_uint_eq(strlen(const_string_repr(cx, out)), 101);
    ck_assert(!const_convert(cx, flit(cx, "1.5"), false, CT_INT8, &out));
    ASSERT_REPR(cx, out, "1.5");
    ck_assert(const_convert(cx, ilit(cx, "0x1_0000_0000_0000_0001"), true, CT_FLOAT64, &out));
    ck_assert(const_float64(out, NULL) == 0x1p64);
    ck_assert(const_convert(cx, const_from_string(cx, "s", 1), false, CT_STRING, &out));
    // ToInt of a huge float: exact when integral, UNKNOWN when out of range
    ck_assert_int_eq(const_kind(const_to_int(cx, flit(cx, "1e2000"))), CONST_UNKNOWN);
    ck_assert_int_eq(const_kind(const_to_int(cx, flit(cx, "1.5"))), CONST_UNKNOWN);
    ck_assert_int_eq(const_kind(const_to_float(cx, ilit(cx, "1"))), CONST_FLOAT);
    T_END;
}
END_TEST

// ---- formatting ----------------------------------------------------------------------

START_TEST(test_format_floats) {
    T_BEGIN;
    // each pair recorded from go1.19 messages ("untyped float constant X")
    struct { const char *lit; const char *want; } cases[] = {
        {"0.1", "0.1"}, {"3.14159265", "3.14159"}, {"123456789.5", "1.23457e+08"},
        {"100000.0", "100000"}, {"1000000.0", "1e+06"}, {"1000000.5", "1e+06"},
        {"1e-5", "1e-05"}, {"0.0001", "0.0001"}, {"0x1p-2", "0.25"}, {"65.0", "65"},
        {"1e100", "1e+100"}, {"1e21", "1e+21"}, {"1e1000", "1e+1000"},
        {"1e-400", "1e-400"}, {"5e-324", "4.94066e-324"},
        {"1.7976931348623157e308", "1.79769e+308"}, {"1e100000", "1e+100000"},
        {"1e-100000", "1e-100000"}, {"1.5", "1.5"}, {"-2.5e-10", "-2.5e-10"},
        {"12345678.0", "1.23457e+07"}, {"1_000.5e1_0", "1.0005e+13"}, {"0.0", "0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const ConstVal *v;
        if (cases[i].lit[0] == '-')
            v = const_unary_op(cx, TOK_SUB, flit(cx, cases[i].lit + 1), 0, NULL);
        else
            v = flit(cx, cases[i].lit);
        ASSERT_REPR(cx, v, cases[i].want);
    }
    const ConstVal *third = bin(cx, ilit(cx, "1"), TOK_QUO, flit(cx, "3.0"), false);
    ASSERT_REPR(cx, third, "0.333333");
    const ConstVal *e300 = flit(cx, "1e300");
    const ConstVal *p = bin(cx, bin(cx, e300, TOK_MUL, e300, false), TOK_MUL, e300, false);
    ASSERT_REPR(cx, p, "1e+900");
    ASSERT_REPR(cx, const_unary_op(cx, TOK_SUB, flit(cx, "1e1000"), 0, NULL), "-1e+1000");
    T_END;
}
END_TEST

START_TEST(test_format_strings) {
    T_BEGIN;
    const char s1[] = "a\tb\0\xc3\xa9\xe2\x80\xa8\"\\";
    ASSERT_REPR(cx, const_from_string(cx, s1, sizeof s1 - 1),
                "\"a\\tb\\x00\xc3\xa9\\u2028\\\"\\\\\"");
    ASSERT_REPR(cx, const_from_string(cx, "\xff\x7f\x01\n", 4), "\"\\xff\\x7f\\x01\\n\"");
    ASSERT_REPR(cx, const_from_string(cx, "\xf0\x9f\x98\x80 \xc2\x85", 7),
                "\"\xf0\x9f\x98\x80 \\u0085\"");
    char longs[92];
    memset(longs, 'a', 91);
    longs[91] = '\0';
    const char *r = const_string_repr(cx, const_from_string(cx, longs, 91));
    ck_assert_str_eq(r, "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...");
    // exactly 72 runes quoted: not shortened
    char s70[71];
    memset(s70, 'b', 70);
    s70[70] = '\0';
    ck_assert_uint_eq(strlen(const_string_repr(cx, const_from_string(cx, s70, 70))), 72);
    ASSERT_REPR(cx, const_from_bool(cx, true), "true");
    T_END;
}
END_TEST

START_TEST(test_operand_strings) {
    T_BEGIN;
    ck_assert_str_eq(const_operand_string(cx, "300", ilit(cx, "300"), true, "untyped int"),
                     "300 (untyped int constant)");
    const ConstVal *c = const_shift(cx, ilit(cx, "1"), TOK_SHL, ilit(cx, "100"), NULL);
    ck_assert_str_eq(const_operand_string(cx, "c", c, true, "untyped int"),
                     "c (untyped int constant 1267650600228229401496703205376)");
    ck_assert_str_eq(const_operand_string(cx, "a * 2", ilit(cx, "200"), false, "int8"),
                     "a * 2 (constant 200 of type int8)");
    ck_assert_str_eq(const_operand_string(cx, "1.5", flit(cx, "1.5"), true, "untyped float"),
                     "1.5 (untyped float constant)");
    ck_assert_str_eq(const_operand_string(cx, "1e100", flit(cx, "1e100"), true, "untyped float"),
                     "1e100 (untyped float constant 1e+100)");
    ck_assert_str_eq(const_operand_string(cx, "65.0", flit(cx, "65.0"), true, "untyped float"),
                     "65.0 (untyped float constant 65)");
    ck_assert_str_eq(const_operand_string(cx, "x", flit(cx, "1.5"), false, "float64"),
                     "x (constant 1.5 of type float64)");
    ck_assert_str_eq(const_operand_string(cx, "\"abc\"", const_from_string(cx, "abc", 3),
                                          true, "untyped string"),
                     "\"abc\" (untyped string constant)");
    ck_assert_str_eq(const_type_name(CT_UNTYPED_RUNE), "untyped rune");
    ck_assert_str_eq(const_type_name(CT_UINTPTR), "uintptr");
    T_END;
}
END_TEST

Suite *constant_suite(void);
Suite *constant_suite(void) {
    Suite *s = suite_create("constant");
    TCase *tc = tcase_create("literals");
    tcase_add_test(tc, test_int_literals);
    tcase_add_test(tc, test_float_literals);
    tcase_add_test(tc, test_simple_constructors);
    suite_add_tcase(s, tc);
    tc = tcase_create("arithmetic");
    tcase_add_test(tc, test_exactness);
    tcase_add_test(tc, test_division);
    tcase_add_test(tc, test_bitwise_and_logic);
    tcase_add_test(tc, test_unary);
    tcase_add_test(tc, test_shifts);
    suite_add_tcase(s, tc);
    tc = tcase_create("rounding");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_int_extraction);
    tcase_add_test(tc, test_float64_rounding);
    tcase_add_test(tc, test_float32_rounding);
    tcase_add_test(tc, test_rounding_vs_strtod);
    suite_add_tcase(s, tc);
    tc = tcase_create("representability");
    tcase_add_test(tc, test_representable_ints);
    tcase_add_test(tc, test_representable_other);
    tcase_add_test(tc, test_representation_reasons);
    tcase_add_test(tc, test_conversions);
    suite_add_tcase(s, tc);
    tc = tcase_create("format");
    tcase_add_test(tc, test_format_floats);
    tcase_add_test(tc, test_format_strings);
    tcase_add_test(tc, test_operand_strings);
    suite_add_tcase(s, tc);
    return s;
}
