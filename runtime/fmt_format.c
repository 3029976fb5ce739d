// fmt_format.c - the raw formatter of package fmt: padding to a width,
// integers in a base with precision and flags, %U, %c, %q, strings and
// byte strings in hex, floats through rt_format_float. A line-by-line
// port of Go 1.19's fmt/format.go; each function names its Go original.
// Everything is appended to p->buf.
#include <stdlib.h>
#include <string.h>

#include "fmt_printer.h"

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

// fmt_write_rune appends r's UTF-8 encoding (buffer.writeRune).
void fmt_write_rune(Printer *p, int32_t r) {
    char buf[4];
    sb_put(p->buf, buf, (size_t)rt_encode_rune(buf, r));
}

// fmt_padding: writePadding, n bytes of ' ' or '0'.
void fmt_padding(Printer *p, int n) {
    char c = p->f.zero ? '0' : ' ';
    for (int i = 0; i < n; i++)
        sb_putc(p->buf, c);
}

// fmt_pad: pad, s padded on the left (or the right with '-') to p->wid runes.
void fmt_pad(Printer *p, const char *s, size_t n) {
    if (!p->f.wid_present || p->wid == 0) {
        sb_put(p->buf, s, n);
        return;
    }
    int width = p->wid - (int)rt_rune_count((const uint8_t *)s, n);
    if (!p->f.minus) {
        fmt_padding(p, width);
        sb_put(p->buf, s, n);
    } else {
        sb_put(p->buf, s, n);
        fmt_padding(p, width);
    }
}

void fmt_pad_str(Printer *p, const char *s) {
    fmt_pad(p, s, strlen(s));
}

// fmt_boolean: fmtBoolean.
void fmt_boolean(Printer *p, bool v) {
    fmt_pad_str(p, v ? "true" : "false");
}

// fmt_unicode: fmtUnicode, "U+0078" or with '#' "U+0078 'x'".
void fmt_unicode(Printer *p, uint64_t u) {
    StrBuf tmp = {0};
    int prec = 4;
    if (p->f.prec_present && p->prec > 4)
        prec = p->prec;
    char digits[17];
    int nd = 0;
    uint64_t v = u;
    do {
        digits[nd++] = udigits[v & 0xf];
        v >>= 4;
    } while (v);
    sb_puts(&tmp, "U+");
    for (int i = nd; i < prec; i++)
        sb_putc(&tmp, '0');
    while (nd > 0)
        sb_putc(&tmp, digits[--nd]);
    if (p->f.sharp && u <= 0x10ffff && rt_is_print((int32_t)u)) {
        char r[4];
        sb_puts(&tmp, " '");
        sb_put(&tmp, r, (size_t)rt_encode_rune(r, (int32_t)u));
        sb_putc(&tmp, '\'');
    }
    bool old_zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, tmp.p, tmp.len);
    p->f.zero = old_zero;
    sb_free(&tmp);
}

// fmt_integer: fmtInteger, u in base with sign, precision, '#' prefixes.
void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb, bool upper) {
    const char *digits = upper ? udigits : ldigits;
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    char small[68];
    size_t len = sizeof small;
    if ((p->f.wid_present || p->f.prec_present) && (size_t)(3 + p->wid + p->prec) > len)
        len = (size_t)(3 + p->wid + p->prec);
    char *buf = len == sizeof small ? small : malloc(len);
    int prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool old_zero = p->f.zero;
            p->f.zero = false;
            fmt_padding(p, p->wid);
            p->f.zero = old_zero;
            if (buf != small)
                free(buf);
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--;
    }
    size_t i = len;
    while (u >= (uint64_t)base) {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(len - i))
        buf[--i] = '0';
    if (p->f.sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8 && buf[i] != '0') {
            buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    bool old_zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, buf + i, len - i);
    p->f.zero = old_zero;
    if (buf != small)
        free(buf);
}

// truncate: truncate / truncateString, to p->prec runes when present.
static size_t truncate(Printer *p, const uint8_t *s, size_t n) {
    if (!p->f.prec_present)
        return n;
    int left = p->prec;
    for (size_t i = 0; i < n;) {
        if (--left < 0)
            return i;
        int w = 1;
        if (s[i] >= 0x80) {
            GoString g = {s + i, (int64_t)(n - i)};
            rt_decode_rune(g, 0, &w);
        }
        i += (size_t)w;
    }
    return n;
}

// fmt_s: fmtS / fmtBs.
void fmt_s(Printer *p, const uint8_t *s, size_t n) {
    fmt_pad(p, (const char *)s, truncate(p, s, n));
}

// fmt_sbx: fmtSbx, the bytes of a string or byte slice in hex.
void fmt_sbx(Printer *p, const uint8_t *s, size_t n, bool upper) {
    const char *digits = upper ? udigits : ldigits;
    size_t length = n;
    if (p->f.prec_present && (size_t)p->prec < length)
        length = (size_t)p->prec;
    int width = 2 * (int)length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp)
                width *= 2;
            width += (int)length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present)
            fmt_padding(p, p->wid);
        return;
    }
    if (p->f.wid_present && p->wid > width && !p->f.minus)
        fmt_padding(p, p->wid - width);
    if (p->f.sharp) {
        sb_putc(p->buf, '0');
        sb_putc(p->buf, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            sb_putc(p->buf, ' ');
            if (p->f.sharp) {
                sb_putc(p->buf, '0');
                sb_putc(p->buf, digits[16]);
            }
        }
        sb_putc(p->buf, digits[s[i] >> 4]);
        sb_putc(p->buf, digits[s[i] & 0xf]);
    }
    if (p->f.wid_present && p->wid > width && p->f.minus)
        fmt_padding(p, p->wid - width);
}

// fmt_q: fmtQ, a double-quoted Go string (or backquoted with '#').
void fmt_q(Printer *p, const uint8_t *s, size_t n) {
    n = truncate(p, s, n);
    StrBuf tmp = {0};
    if (p->f.sharp && rt_can_backquote(s, n)) {
        sb_putc(&tmp, '`');
        sb_put(&tmp, s, n);
        sb_putc(&tmp, '`');
    } else {
        rt_quote(&tmp, s, n, p->f.plus);
    }
    fmt_pad(p, tmp.p, tmp.len);
    sb_free(&tmp);
}

// fmt_c: fmtC, the character c (U+FFFD when not a valid rune).
void fmt_c(Printer *p, uint64_t c) {
    char buf[4];
    int32_t r = c > 0x10ffff ? 0xfffd : (int32_t)c;
    fmt_pad(p, buf, (size_t)rt_encode_rune(buf, r));
}

// fmt_qc: fmtQc, a single-quoted character literal.
void fmt_qc(Printer *p, uint64_t c) {
    StrBuf tmp = {0};
    rt_quote_rune(&tmp, c > 0x10ffff ? 0xfffd : (int32_t)c, p->f.plus);
    fmt_pad(p, tmp.p, tmp.len);
    sb_free(&tmp);
}

// restore_sharp: the '#' part of fmtFloat: keep a decimal point and the
// trailing zeros %g would drop. num[0] is the sign slot.
static void restore_sharp(StrBuf *num, int32_t verb, int prec) {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
        digits = prec == -1 ? 6 : prec;
    char tail[16] = "";
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num->len; i++) {
        char c = num->p[i];
        if (c == '.') {
            has_point = true;
            continue;
        }
        if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            size_t n = num->len - i < sizeof tail - 1 ? num->len - i : sizeof tail - 1;
            memcpy(tail, num->p + i, n);
            tail[n] = 0;
            num->len = i;
            break;
        }
        if (c != '0')
            saw_nonzero = true;
        if (saw_nonzero)
            digits--;
    }
    if (!has_point) {
        if (num->len == 2 && num->p[1] == '0')
            digits--;
        sb_putc(num, '.');
    }
    for (; digits > 0; digits--)
        sb_putc(num, '0');
    sb_puts(num, tail);
}

// fmt_float: fmtFloat. verb is one strconv understands ('F' mapped to 'f').
void fmt_float(Printer *p, double v, int size, int32_t verb, int prec) {
    if (p->f.prec_present)
        prec = p->prec;
    StrBuf num = {0};
    sb_putc(&num, '+');
    rt_format_float(&num, v, (char)verb, prec, size);
    char *s = num.p;
    size_t n = num.len;
    if (s[1] == '-' || s[1] == '+')
        s++, n--;
    else
        s[0] = '+';
    if (p->f.space && s[0] == '+' && !p->f.plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        bool old_zero = p->f.zero;
        p->f.zero = false;
        if (s[1] == 'N' && !p->f.space && !p->f.plus)
            s++, n--;
        fmt_pad(p, s, n);
        p->f.zero = old_zero;
        sb_free(&num);
        return;
    }
    if (p->f.sharp && verb != 'b') {
        if (s != num.p) {
            memmove(num.p, s, n);
            num.len = n;
        }
        restore_sharp(&num, verb, prec);
        s = num.p;
        n = num.len;
    }
    if (p->f.plus || s[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->wid > (int)n) {
            sb_putc(p->buf, s[0]);
            fmt_padding(p, p->wid - (int)n);
            sb_put(p->buf, s + 1, n - 1);
        } else {
            fmt_pad(p, s, n);
        }
    } else {
        fmt_pad(p, s + 1, n - 1);
    }
    sb_free(&num);
}
