// ftoa.c - float to text as Go's strconv.FormatFloat does.
//
// Digits come from the C library, whose printf is exact (correctly
// rounded, ties to even, like Go's decimal rounding) and whose strtod /
// strtof are correctly rounded:
//   - shortest (prec < 0): the fewest significant digits p for which
//     "%.{p-1}e" reads back (strtod, or strtof for bitsize 32) as the same
//     value. The correctly rounded p-digit decimal is the closest one, so
//     it lies in the round-trip interval whenever any p-digit one does:
//     these are the digits Go's Ryu produces.
//   - fixed precision: "%.{n}e" with the number of significant digits the
//     format asks for, or "%.{prec}f" for 'f'.
// The digits (a Decimal: d[0..nd) with the decimal point dp digits from
// the left, trailing zeros trimmed) are then laid out by ports of Go's
// formatDigits / fmtE / fmtF, so exponent spelling ("1e+06", "1e-07",
// "1e+100") and the %g switch-over rule are Go's. 'b', 'x' and 'X' are
// ports of Go's fmtB / fmtX working on the bits.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

// Decimal digits of |f|: value = 0.d[0]d[1]...d[nd-1] * 10^dp.
typedef struct Decimal {
    char *d;                  // malloc'ed digits (not NUL-terminated)
    int nd, dp;
} Decimal;

// parse_printf_digits fills dec from the output of "%.*e" or "%.*f"
// (no sign, finite): collects the digits, places the point, and trims
// leading and trailing zeros.
static void parse_printf_digits(Decimal *dec, const char *s) {
    size_t n = strlen(s);
    dec->d = malloc(n + 1);
    dec->nd = 0;
    int dp = -1, exp = 0;
    for (const char *c = s; *c; c++) {
        if (*c >= '0' && *c <= '9') {
            dec->d[dec->nd++] = *c;
        } else if (*c == '.') {
            dp = dec->nd;
        } else if (*c == 'e' || *c == 'E') {
            exp = atoi(c + 1);
            break;
        }
    }
    if (dp < 0)
        dp = dec->nd;
    dp += exp;
    int lead = 0;
    while (lead < dec->nd && dec->d[lead] == '0') {
        lead++;
        dp--;
    }
    memmove(dec->d, dec->d + lead, (size_t)(dec->nd - lead));
    dec->nd -= lead;
    while (dec->nd > 0 && dec->d[dec->nd - 1] == '0')
        dec->nd--;
    if (dec->nd == 0)
        dp = 0;
    dec->dp = dp;
}

// print_digits runs snprintf(fmt, prec, f) into a fresh buffer and parses it.
static void print_digits(Decimal *dec, const char *fmt, int prec, double f) {
    char small[64];
    int n = snprintf(small, sizeof small, fmt, prec, f);
    if (n < (int)sizeof small) {
        parse_printf_digits(dec, small);
        return;
    }
    char *big = malloc((size_t)n + 1);
    snprintf(big, (size_t)n + 1, fmt, prec, f);
    parse_printf_digits(dec, big);
    free(big);
}

// shortest_digits: the shortest digits that read back as f (|f|, finite).
static void shortest_digits(Decimal *dec, double f, int bitsize) {
    char buf[64];
    if (f == 0) {
        dec->d = malloc(1);
        dec->nd = dec->dp = 0;
        return;
    }
    // Round-tripping is monotonic in the digit count (p+1 correctly
    // rounded digits are at least as close as p), so binary search for
    // the least p in [1, maxp]; maxp digits always round-trip.
    int lo = 1, hi = bitsize == 32 ? 9 : 17;
    while (lo < hi) {
        int p = (lo + hi) / 2;
        snprintf(buf, sizeof buf, "%.*e", p - 1, f);
        bool same = bitsize == 32 ? strtof(buf, NULL) == (float)f : strtod(buf, NULL) == f;
        if (same)
            hi = p;
        else
            lo = p + 1;
    }
    snprintf(buf, sizeof buf, "%.*e", lo - 1, f);
    parse_printf_digits(dec, buf);
}

static void fmt_e(StrBuf *out, const Decimal *d, int prec, char fmt) {
    sb_putc(out, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        sb_putc(out, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            sb_put(out, d->d + i, (size_t)(m - i));
            i = m;
        }
        for (; i <= prec; i++)
            sb_putc(out, '0');
    }
    sb_putc(out, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    sb_putc(out, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    if (exp < 10)
        sb_printf(out, "0%d", exp);
    else
        sb_printf(out, "%d", exp);
}

static void fmt_f(StrBuf *out, const Decimal *d, int prec) {
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        sb_put(out, d->d, (size_t)m);
        for (; m < d->dp; m++)
            sb_putc(out, '0');
    } else {
        sb_putc(out, '0');
    }
    if (prec > 0) {
        sb_putc(out, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            sb_putc(out, j >= 0 && j < d->nd ? d->d[j] : '0');
        }
    }
}

// format_digits: Go's formatDigits.
static void format_digits(StrBuf *out, bool shortest, const Decimal *d, int prec, char fmt) {
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(out, d, prec, fmt);
        return;
    case 'f':
        fmt_f(out, d, prec);
        return;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp)
            eprec = d->nd;
        if (shortest)
            eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd)
                prec = d->nd;
            fmt_e(out, d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp)
            prec = d->nd;
        fmt_f(out, d, prec - d->dp > 0 ? prec - d->dp : 0);
        return;
    }
    }
    sb_putc(out, '%');
    sb_putc(out, fmt);
}

// fmt_b: Go's fmtB, "mantissa p exponent" in decimal.
static void fmt_b(StrBuf *out, uint64_t mant, int exp, int mantbits) {
    exp -= mantbits;
    sb_printf(out, "%llup%s%d", (unsigned long long)mant, exp >= 0 ? "+" : "", exp);
}

// fmt_x: Go's fmtX, hexadecimal mantissa and binary exponent.
static void fmt_x(StrBuf *out, int prec, char fmt, uint64_t mant, int exp, int mantbits) {
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (1ULL << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ULL << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ULL << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ULL << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    sb_putc(out, '0');
    sb_putc(out, fmt);
    sb_putc(out, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        sb_putc(out, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            sb_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    sb_putc(out, fmt == 'X' ? 'P' : 'p');
    sb_putc(out, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    sb_printf(out, "%02d", exp);
}

// format_binary handles 'b', 'x', 'X' from the bits of f.
static void format_binary(StrBuf *out, double f, char fmt, int prec, int bitsize) {
    uint64_t mant;
    int exp, mantbits, bias;
    if (bitsize == 32) {
        float x = (float)f;
        uint32_t bits;
        memcpy(&bits, &x, 4);
        mantbits = 23, bias = -127;
        exp = (int)((bits >> 23) & 0xff);
        mant = bits & ((1u << 23) - 1);
    } else {
        uint64_t bits;
        memcpy(&bits, &f, 8);
        mantbits = 52, bias = -1023;
        exp = (int)((bits >> 52) & 0x7ff);
        mant = bits & ((1ULL << 52) - 1);
    }
    if (exp == 0)
        exp++;
    else
        mant |= 1ULL << mantbits;
    exp += bias;
    if (fmt == 'b')
        fmt_b(out, mant, exp, mantbits);
    else
        fmt_x(out, prec, fmt, mant, exp, mantbits);
}

void rt_format_float(StrBuf *out, double f, char fmt, int prec, int bitsize) {
    if (bitsize == 32)
        f = (float)f;
    if (isnan(f)) {
        sb_puts(out, "NaN");
        return;
    }
    if (isinf(f)) {
        sb_puts(out, f < 0 ? "-Inf" : "+Inf");
        return;
    }
    if (signbit(f)) {
        sb_putc(out, '-');
        f = -f;
    }
    if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
        format_binary(out, f, fmt, prec, bitsize);
        return;
    }
    Decimal d;
    bool shortest = prec < 0;
    if (shortest) {
        shortest_digits(&d, f, bitsize);
        if (fmt == 'e' || fmt == 'E')
            prec = d.nd - 1 > 0 ? d.nd - 1 : 0;
        else if (fmt == 'f')
            prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0;
        else
            prec = d.nd;
    } else if (fmt == 'f') {
        print_digits(&d, "%.*f", prec, f);
    } else {
        int digits = 1;
        if (fmt == 'e' || fmt == 'E') {
            digits = prec + 1;
        } else if (fmt == 'g' || fmt == 'G') {
            if (prec == 0)
                prec = 1;
            digits = prec;
        }
        print_digits(&d, "%.*e", digits - 1, f);
    }
    format_digits(out, shortest, &d, prec, fmt);
    free(d.d);
}
