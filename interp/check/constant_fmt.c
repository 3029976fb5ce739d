// constant_fmt.c - printing constants as Go 1.19 prints them in checker
// messages: go/constant's Value.String and ExactString, strconv.Quote for
// strings, and types2's operand formatting for constant operands.
//
// Float String rule (go/constant floatVal.String, Go 1.19): if the value
// (rounded to 512 bits) converts to a finite float64 that is zero exactly
// when the value is zero, print it with "%.6g"; otherwise print an
// approximate "%.6ge%+d" computed from the binary mantissa and exponent.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "constant_internal.h"

// ---- a small growable buffer (malloc; copied into the arena at the end) --

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->p = realloc(b->p, cap);
        if (b->p == NULL)
            abort();
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_str(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

static const char *buf_finish(ConstCtx *cx, Buf *b) {
    const char *s = arena_strndup(cx->arena, b->p ? b->p : "", b->len);
    free(b->p);
    return s;
}

// ---- floats --------------------------------------------------------------------

// format_huge is the out-of-float64-range branch of floatVal.String:
// f = mant * 2^exp with 0.5 <= |mant| < 1, f ~ m * 10^e.
static const char *format_huge(ConstCtx *cx, const mpfr_t f) {
    const double log10_2 = 0.30102999566398119521373889472449302676818988146211;
    long exp = mpfr_get_exp(f);
    mpfr_t mant;
    mpfr_init2(mant, CONST_FLOAT_PREC);
    mpfr_div_2si(mant, f, exp, MPFR_RNDN);
    double m = mpfr_get_d(mant, MPFR_RNDN);
    mpfr_clear(mant);
    double d = (double)exp * log10_2;
    long long e = (long long)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    return arena_printf(cx->arena, "%.6ge%+lld", m, e);
}

static const char *format_float(ConstCtx *cx, const ConstVal *x) {
    mpfr_t f;
    mpfr_init2(f, CONST_FLOAT_PREC);
    cv_get_f(x, f);
    double d = mpfr_get_d(f, MPFR_RNDN);
    const char *s;
    if ((mpfr_zero_p(f) != 0) == (d == 0) && !isinf(d))
        s = arena_printf(cx->arena, "%.6g", d + 0.0);
    else
        s = format_huge(cx, f);
    mpfr_clear(f);
    return s;
}

// ---- strings: strconv.Quote ---------------------------------------------------

// is_go_print approximates unicode.IsPrint: letters, marks, numbers,
// punctuation, symbols and the ASCII space.
static bool is_go_print(int32_t r) {
    if (r == ' ')
        return true;
    switch (utf8proc_category(r)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
        return true;
    default:
        return false;
    }
}

// quote_rune appends rune r (whose UTF-8 bytes are src[0..n)) as
// strconv.Quote writes it.
static void quote_rune(Buf *b, int32_t r, const char *src, size_t n) {
    char tmp[16];
    if (r == '"' || r == '\\') {
        tmp[0] = '\\';
        tmp[1] = (char)r;
        buf_put(b, tmp, 2);
        return;
    }
    if (is_go_print(r)) {
        buf_put(b, src, n);
        return;
    }
    switch (r) {
    case '\a': buf_str(b, "\\a"); return;
    case '\b': buf_str(b, "\\b"); return;
    case '\f': buf_str(b, "\\f"); return;
    case '\n': buf_str(b, "\\n"); return;
    case '\r': buf_str(b, "\\r"); return;
    case '\t': buf_str(b, "\\t"); return;
    case '\v': buf_str(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f)
        snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)r);
    else if (r < 0x10000)
        snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)r);
    else
        snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)r);
    buf_str(b, tmp);
}

// quote_go appends strconv.Quote(s) to b: invalid UTF-8 bytes as \xNN.
static void quote_go(Buf *b, const char *s, size_t len) {
    buf_put(b, "\"", 1);
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t r;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &r);
        if (n <= 0) {
            char tmp[8];
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned char)s[i]);
            buf_str(b, tmp);
            i++;
            continue;
        }
        quote_rune(b, r, s + i, (size_t)n);
        i += (size_t)n;
    }
    buf_put(b, "\"", 1);
}

// shorten keeps the first max-3 runes of a quoted string plus "..." when
// it has more than max runes (stringVal.String, maxLen 72).
static void shorten(Buf *b, size_t max) {
    size_t runes = 0, cut = 0;
    for (size_t i = 0; i < b->len; i++) {
        if (((unsigned char)b->p[i] & 0xC0) == 0x80)
            continue;
        if (runes == max - 3)
            cut = i;
        runes++;
    }
    if (runes > max) {
        b->len = cut;
        buf_str(b, "...");
    }
}

// ---- String / ExactString -------------------------------------------------------

const char *const_string_repr(ConstCtx *cx, const ConstVal *x) {
    switch (x->kind) {
    case CONST_BOOL:
        return x->b ? "true" : "false";
    case CONST_STRING: {
        Buf b = {0};
        quote_go(&b, x->s, x->len);
        shorten(&b, 72);
        return buf_finish(cx, &b);
    }
    case CONST_INT: {
        char *s = mpz_get_str(NULL, 10, x->u.z);
        const char *r = arena_strndup(cx->arena, s, strlen(s));
        free(s);
        return r;
    }
    case CONST_FLOAT:
        return format_float(cx, x);
    default:
        return "unknown";
    }
}

// big_hex is big.Float's Text('p', 0): "-0x.dddp±dd" with the mantissa in
// [0.5, 1) as hex digits, trailing zeros removed.
static const char *big_hex(ConstCtx *cx, const mpfr_t f) {
    mpz_t z;
    mpz_init(z);
    long e2 = mpfr_get_z_2exp(z, f);
    long bits = (long)mpz_sizeinbase(z, 2);
    long exp = e2 + bits;
    mpz_abs(z, z);
    mpz_mul_2exp(z, z, (mp_bitcnt_t)((4 - bits % 4) % 4));
    char *h = mpz_get_str(NULL, 16, z);
    size_t n = strlen(h);
    while (n > 1 && h[n - 1] == '0')
        n--;
    h[n] = '\0';
    const char *r = arena_printf(cx->arena, "%s0x.%sp%+ld",
                                 mpfr_signbit(f) ? "-" : "", h, exp);
    free(h);
    mpz_clear(z);
    return r;
}

const char *const_exact_string(ConstCtx *cx, const ConstVal *x) {
    if (x->kind == CONST_STRING) {
        Buf b = {0};
        quote_go(&b, x->s, x->len);
        return buf_finish(cx, &b);
    }
    if (x->rep == REP_RAT) {
        if (mpz_cmp_ui(mpq_denref(x->u.q), 1) == 0) {
            char *s = mpz_get_str(NULL, 10, mpq_numref(x->u.q));
            const char *r = arena_strndup(cx->arena, s, strlen(s));
            free(s);
            return r;
        }
        char *s = mpq_get_str(NULL, 10, x->u.q);
        const char *r = arena_strndup(cx->arena, s, strlen(s));
        free(s);
        return r;
    }
    if (x->rep == REP_BIG)
        return big_hex(cx, x->u.f);
    return const_string_repr(cx, x);
}

// ---- operands ----------------------------------------------------------------------

const char *const_operand_string(ConstCtx *cx, const char *expr,
                                 const ConstVal *x, bool untyped,
                                 const char *type_name) {
    const char *val = const_string_repr(cx, x);
    bool show = strcmp(val, expr) != 0;
    if (untyped)
        return arena_printf(cx->arena, "%s (%s constant%s%s)", expr, type_name,
                            show ? " " : "", show ? val : "");
    return arena_printf(cx->arena, "%s (constant%s%s of type %s)", expr,
                        show ? " " : "", show ? val : "", type_name);
}
