// strconv.c - number and string conversions of Go's strconv, as C
// functions over bytes: integer formatting and parsing, float parsing,
// booleans, quoting and unquoting. Ports of Go 1.19's atoi.go, atof.go
// (syntax only: the rounding is strtod's, which is correctly rounded),
// quote.go. Printability is unicode.IsPrint, decided with utf8proc.
// Nothing here allocates on the Go heap; the package glue (pkg_strconv.c)
// turns results into Go values and errors.
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "pkg_internal.h"

static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// ---- integers ----------------------------------------------------------------

void rt_format_uint(StrBuf *out, uint64_t v, int base) {
    char buf[65];
    int i = sizeof buf;
    do {
        buf[--i] = lower_digits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    sb_put(out, buf + i, sizeof buf - (size_t)i);
}

void rt_format_int(StrBuf *out, int64_t v, int base) {
    if (v < 0) {
        sb_putc(out, '-');
        rt_format_uint(out, -(uint64_t)v, base);
    } else {
        rt_format_uint(out, (uint64_t)v, base);
    }
}

static int lower(int c) { return c | ('x' - 'X'); }

// underscore_ok: Go's underscoreOK: underscores only between digits or
// after a base prefix.
static bool underscore_ok(const uint8_t *s, size_t n) {
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

NumErr rt_parse_uint(GoString str, int base, int bitsize, uint64_t *out) {
    *out = 0;
    const uint8_t *s = str.ptr;
    size_t n = (size_t)str.len;
    if (n == 0)
        return NUM_SYNTAX;
    bool base0 = base == 0;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b')
                base = 2, s += 2, n -= 2;
            else if (n >= 3 && lower(s[1]) == 'o')
                base = 8, s += 2, n -= 2;
            else if (n >= 3 && lower(s[1]) == 'x')
                base = 16, s += 2, n -= 2;
            else
                base = 8, s += 1, n -= 1;
        }
    } else if (base < 2 || base > 36) {
        return NUM_BASE;
    }
    if (bitsize == 0)
        bitsize = 64;
    else if (bitsize < 0 || bitsize > 64)
        return NUM_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : (1ULL << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return NUM_SYNTAX;
        }
        if (d >= base)
            return NUM_SYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return NUM_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + (uint64_t)d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return NUM_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(str.ptr, (size_t)str.len))
        return NUM_SYNTAX;
    *out = v;
    return NUM_OK;
}

NumErr rt_parse_int(GoString s, int base, int bitsize, int64_t *out) {
    *out = 0;
    if (s.len == 0)
        return NUM_SYNTAX;
    bool neg = false;
    GoString t = s;
    if (s.ptr[0] == '+' || s.ptr[0] == '-') {
        neg = s.ptr[0] == '-';
        t.ptr++, t.len--;
    }
    uint64_t un;
    NumErr err = rt_parse_uint(t, base, bitsize, &un);
    if (err != NUM_OK && err != NUM_RANGE)
        return err;
    if (bitsize == 0)
        bitsize = 64;
    uint64_t cutoff = 1ULL << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return NUM_RANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return NUM_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return NUM_OK;
}

NumErr rt_parse_bool(GoString s, bool *out) {
    static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
    for (int i = 0; i < 6; i++) {
        if ((size_t)s.len == strlen(yes[i]) && memcmp(s.ptr, yes[i], (size_t)s.len) == 0) {
            *out = true;
            return NUM_OK;
        }
        if ((size_t)s.len == strlen(no[i]) && memcmp(s.ptr, no[i], (size_t)s.len) == 0) {
            *out = false;
            return NUM_OK;
        }
    }
    *out = false;
    return NUM_SYNTAX;
}

// ---- floats ------------------------------------------------------------------

// prefix_ci: length of the common case-insensitive prefix of s and word.
static size_t prefix_ci(const uint8_t *s, size_t n, const char *word) {
    size_t i = 0;
    while (i < n && word[i] && lower(s[i]) == word[i])
        i++;
    return i;
}

// parse_special: Go's special(): [+-]inf, [+-]infinity, nan (whole string).
static bool parse_special(const uint8_t *s, size_t n, double *out) {
    if (n == 0)
        return false;
    double sign = 1;
    size_t nsign = 0;
    if (s[0] == '+' || s[0] == '-') {
        sign = s[0] == '-' ? -1 : 1;
        nsign = 1;
    } else if (lower(s[0]) == 'n') {
        if (n == 3 && prefix_ci(s, n, "nan") == 3) {
            *out = NAN;
            return true;
        }
        return false;
    }
    size_t k = prefix_ci(s + nsign, n - nsign, "infinity");
    if (k > 3 && k < 8)
        k = 3;
    if ((k == 3 || k == 8) && nsign + k == n) {
        *out = sign * INFINITY;
        return true;
    }
    return false;
}

// float_syntax_ok: Go's readFloat syntax over the whole string: sign,
// decimal or 0x-hex mantissa with optional '.', exponent (required 'p'
// for hex), underscores only where underscoreOK allows them.
static bool float_syntax_ok(const uint8_t *s, size_t n) {
    size_t i = 0;
    bool underscores = false, hex = false, sawdot = false, sawdigits = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        i += 2;
    }
    for (; i < n; i++) {
        int c = s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.') {
            if (sawdot)
                break;
            sawdot = true;
        } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
        } else {
            break;
        }
    }
    if (!sawdigits)
        return false;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_')
                underscores = true;
    } else if (hex) {
        return false;
    }
    if (i != n)
        return false;
    return !underscores || underscore_ok(s, n);
}

NumErr rt_parse_float(GoString str, int bitsize, double *out) {
    const uint8_t *s = str.ptr;
    size_t n = (size_t)str.len;
    *out = 0;
    if (parse_special(s, n, out))
        return NUM_OK;
    if (!float_syntax_ok(s, n))
        return NUM_SYNTAX;
    char small[128];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            buf[k++] = (char)s[i];
    buf[k] = 0;
    double v = bitsize == 32 ? (double)strtof(buf, NULL) : strtod(buf, NULL);
    if (buf != small)
        free(buf);
    *out = v;
    return isinf(v) ? NUM_RANGE : NUM_OK;
}

// ---- runes and quoting ---------------------------------------------------------

// Code points assigned after Unicode 13.0 (Go 1.19's tables) that the
// installed utf8proc may know: Go treats them as unassigned (not
// printable, no case mapping). Sorted, inclusive ranges.
static const int32_t after13[][2] = {
    {0x61d, 0x61d}, {0x870, 0x88e}, {0x898, 0x89f}, {0x8b5, 0x8b5}, {0x8c8, 0x8d2},
    {0xc3c, 0xc3c}, {0xc5d, 0xc5d}, {0xcdd, 0xcdd}, {0xcf3, 0xcf3}, {0xece, 0xece},
    {0x170d, 0x170d}, {0x1715, 0x1715}, {0x171f, 0x171f}, {0x180f, 0x180f}, {0x1ac1, 0x1ace},
    {0x1b4c, 0x1b4c}, {0x1b7d, 0x1b7e}, {0x1dfa, 0x1dfa}, {0x20c0, 0x20c0}, {0x2c2f, 0x2c2f},
    {0x2c5f, 0x2c5f}, {0x2e53, 0x2e5d}, {0x9ffd, 0x9fff}, {0xa7c0, 0xa7c1}, {0xa7d0, 0xa7d1},
    {0xa7d3, 0xa7d3}, {0xa7d5, 0xa7d9}, {0xa7f2, 0xa7f4}, {0xfbc2, 0xfbc2}, {0xfd40, 0xfd4f},
    {0xfdcf, 0xfdcf}, {0xfdfe, 0xfdff}, {0x10570, 0x1057a}, {0x1057c, 0x1058a},
    {0x1058c, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105a1}, {0x105a3, 0x105b1},
    {0x105b3, 0x105b9}, {0x105bb, 0x105bc}, {0x10780, 0x10785}, {0x10787, 0x107b0},
    {0x107b2, 0x107ba}, {0x10efd, 0x10eff}, {0x10f70, 0x10f89}, {0x11070, 0x11075},
    {0x110c2, 0x110c2}, {0x1123f, 0x11241}, {0x116b9, 0x116b9}, {0x11740, 0x11746},
    {0x11ab0, 0x11abf}, {0x11b00, 0x11b09}, {0x11f00, 0x11f10}, {0x11f12, 0x11f3a},
    {0x11f3e, 0x11f59}, {0x12f90, 0x12ff2}, {0x1342f, 0x1342f}, {0x13440, 0x13455},
    {0x16a70, 0x16abe}, {0x16ac0, 0x16ac9}, {0x1aff0, 0x1aff3}, {0x1aff5, 0x1affb},
    {0x1affd, 0x1affe}, {0x1b11f, 0x1b122}, {0x1b132, 0x1b132}, {0x1b155, 0x1b155},
    {0x1cf00, 0x1cf2d}, {0x1cf30, 0x1cf46}, {0x1cf50, 0x1cfc3}, {0x1d1e9, 0x1d1ea},
    {0x1d2c0, 0x1d2d3}, {0x1df00, 0x1df1e}, {0x1df25, 0x1df2a}, {0x1e030, 0x1e06d},
    {0x1e08f, 0x1e08f}, {0x1e290, 0x1e2ae}, {0x1e4d0, 0x1e4f9}, {0x1e7e0, 0x1e7e6},
    {0x1e7e8, 0x1e7eb}, {0x1e7ed, 0x1e7ee}, {0x1e7f0, 0x1e7fe}, {0x1f6dc, 0x1f6df},
    {0x1f774, 0x1f776}, {0x1f77b, 0x1f77f}, {0x1f7d9, 0x1f7d9}, {0x1f7f0, 0x1f7f0},
    {0x1f979, 0x1f979}, {0x1f9cc, 0x1f9cc}, {0x1fa75, 0x1fa77}, {0x1fa7b, 0x1fa7c},
    {0x1fa87, 0x1fa88}, {0x1faa9, 0x1faaf}, {0x1fab7, 0x1fabd}, {0x1fabf, 0x1fabf},
    {0x1fac3, 0x1fac5}, {0x1face, 0x1facf}, {0x1fad7, 0x1fadb}, {0x1fae0, 0x1fae8},
    {0x1faf0, 0x1faf8}, {0x2a6de, 0x2a6df}, {0x2b735, 0x2b739}, {0x31350, 0x323af},
};

bool rt_unicode_after13(int32_t r) {
    size_t lo = 0, hi = sizeof after13 / sizeof after13[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r < after13[mid][0])
            hi = mid;
        else if (r > after13[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool rt_is_print(int32_t r) {
    if (r < 0x20)
        return false;
    if (r < 0x7f)
        return true;
    if (r < 0xa1)
        return false;
    if (r == 0xad)
        return false;
    if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000) || rt_unicode_after13(r))
        return false;
    switch (utf8proc_category(r)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return true;
    default:
        return false;
    }
}

int rt_encode_rune(char buf[4], int32_t r) {
    uint32_t c = (uint32_t)r;
    if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000))
        c = 0xfffd;
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xc0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xe0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    buf[0] = (char)(0xf0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

// decode: the rune at p[0..n) (n >= 1) and its width; invalid: U+FFFD, 1.
static int32_t decode(const uint8_t *p, size_t n, int *w) {
    GoString s = {p, (int64_t)n};
    return rt_decode_rune(s, 0, w);
}

size_t rt_rune_count(const uint8_t *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; count++) {
        int w = 1;
        if (p[i] >= 0x80)
            decode(p + i, n - i, &w);
        i += (size_t)w;
    }
    return count;
}

// rt_is_graphic: see pkg_internal.h (Go's isGraphic list beyond IsPrint).
bool rt_is_graphic(int32_t r) {
    return rt_is_print(r) || r == 0xa0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x202f || r == 0x205f ||
           r == 0x3000;
}

// escape_rune: Go's appendEscapedRune; mode QUOTE_ASCII escapes every
// non-ASCII rune, QUOTE_GRAPHIC keeps the graphic ones.
static void escape_rune(StrBuf *out, int32_t r, char quote, int mode) {
    bool ascii = mode == QUOTE_ASCII;
    static const char hex[] = "0123456789abcdef";
    char buf[4];
    if (r == quote || r == '\\') {
        sb_putc(out, '\\');
        sb_putc(out, (char)r);
        return;
    }
    if (ascii ? (r < 0x80 && rt_is_print(r)) : mode == QUOTE_GRAPHIC ? rt_is_graphic(r) : rt_is_print(r)) {
        sb_put(out, buf, (size_t)rt_encode_rune(buf, r));
        return;
    }
    switch (r) {
    case '\a': sb_puts(out, "\\a"); return;
    case '\b': sb_puts(out, "\\b"); return;
    case '\f': sb_puts(out, "\\f"); return;
    case '\n': sb_puts(out, "\\n"); return;
    case '\r': sb_puts(out, "\\r"); return;
    case '\t': sb_puts(out, "\\t"); return;
    case '\v': sb_puts(out, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f) {
        sb_puts(out, "\\x");
        sb_putc(out, hex[(r >> 4) & 0xf]);
        sb_putc(out, hex[r & 0xf]);
        return;
    }
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    int digits = r < 0x10000 ? 4 : 8;
    sb_puts(out, digits == 4 ? "\\u" : "\\U");
    for (int s = (digits - 1) * 4; s >= 0; s -= 4)
        sb_putc(out, hex[(r >> s) & 0xf]);
}

void rt_quote(StrBuf *out, const uint8_t *s, size_t n, bool ascii) {
    rt_quote_mode(out, s, n, ascii ? QUOTE_ASCII : QUOTE_PRINT);
}

void rt_quote_rune(StrBuf *out, int32_t r, bool ascii) {
    rt_quote_rune_mode(out, r, ascii ? QUOTE_ASCII : QUOTE_PRINT);
}

void rt_quote_mode(StrBuf *out, const uint8_t *s, size_t n, int mode) {
    sb_putc(out, '"');
    for (size_t i = 0; i < n;) {
        int w = 1;
        int32_t r = s[i];
        if (r >= 0x80)
            r = decode(s + i, n - i, &w);
        if (w == 1 && r == 0xfffd) {
            sb_printf(out, "\\x%02x", s[i]);
        } else {
            escape_rune(out, r, '"', mode);
        }
        i += (size_t)w;
    }
    sb_putc(out, '"');
}

void rt_quote_rune_mode(StrBuf *out, int32_t r, int mode) {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    sb_putc(out, '\'');
    escape_rune(out, r, '\'', mode);
    sb_putc(out, '\'');
}

bool rt_can_backquote(const uint8_t *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int w = 1;
        int32_t r = s[i];
        if (r >= 0x80)
            r = decode(s + i, n - i, &w);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xfeff)
                return false;
            continue;
        }
        if (r == 0xfffd)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7f)
            return false;
    }
    return true;
}

static int unhex(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'f')
        return lower(c) - 'a' + 10;
    return -1;
}

// unquote_escape: Go's UnquoteChar after a backslash at s[0]; appends the
// value and returns the bytes consumed, or 0 on a syntax error.
static size_t unquote_escape(StrBuf *out, const uint8_t *s, size_t n, char quote) {
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    if (n < 2)
        return 0;
    int c = s[1];
    for (const char *p = simple; *p; p += 2)
        if (*p == c) {
            sb_putc(out, p[1]);
            return 2;
        }
    if (c == '\'' || c == '"') {
        if (c != quote)
            return 0;
        sb_putc(out, (char)c);
        return 2;
    }
    if (c == 'x' || c == 'u' || c == 'U') {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n < 2 + k)
            return 0;
        int32_t v = 0;
        for (size_t j = 0; j < k; j++) {
            int x = unhex(s[2 + j]);
            if (x < 0)
                return 0;
            v = v << 4 | x;
        }
        if (c == 'x') {
            sb_putc(out, (char)v);
        } else {
            if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
                return 0;
            char buf[4];
            sb_put(out, buf, (size_t)rt_encode_rune(buf, v));
        }
        return 2 + k;
    }
    if (c >= '0' && c <= '7') {
        if (n < 4)
            return 0;
        int v = c - '0';
        for (int j = 2; j < 4; j++) {
            if (s[j] < '0' || s[j] > '7')
                return 0;
            v = v << 3 | (s[j] - '0');
        }
        if (v > 255)
            return 0;
        sb_putc(out, (char)v);
        return 4;
    }
    return 0;
}

// unquote_quoted handles "..." and '...' bodies.
static bool unquote_quoted(StrBuf *out, const uint8_t *s, size_t n) {
    char quote = (char)s[0];
    size_t i = 1, runes = 0;
    while (i < n && s[i] != quote) {
        if (s[i] == '\n')
            return false;
        if (quote == '\'' && runes == 1)
            return false;
        if (s[i] == '\\') {
            size_t k = unquote_escape(out, s + i, n - i, quote);
            if (k == 0)
                return false;
            i += k;
        } else {
            int w = 1;
            int32_t r = s[i] >= 0x80 ? decode(s + i, n - i, &w) : s[i];
            if (r == 0xfffd && w == 1)
                sb_puts(out, "\xef\xbf\xbd");   // Go decodes invalid bytes to U+FFFD
            else
                sb_put(out, s + i, (size_t)w);
            i += (size_t)w;
        }
        runes++;
    }
    // Go accepts '' (an empty body passes its fast path).
    return i == n - 1 && s[i] == quote;
}

bool rt_unquote(StrBuf *out, const uint8_t *s, size_t n) {
    if (n < 2 || s[0] != s[n - 1])
        return false;
    switch (s[0]) {
    case '`':
        for (size_t i = 1; i < n - 1; i++) {
            if (s[i] == '`')
                return false;
            if (s[i] != '\r')
                sb_putc(out, (char)s[i]);
        }
        return true;
    case '"': case '\'':
        return unquote_quoted(out, s, n);
    default:
        return false;
    }
}

// rt_unquote_char: see pkg_internal.h (Go's UnquoteChar).
bool rt_unquote_char(const uint8_t *s, size_t n, char quote, int32_t *value, bool *multibyte, size_t *used) {
    *multibyte = false;
    if (n == 0)
        return false;
    int c = s[0];
    if (c == quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        int w;
        *value = decode(s, n, &w);
        *multibyte = true;
        *used = (size_t)w;
        return true;
    }
    if (c != '\\') {
        *value = c;
        *used = 1;
        return true;
    }
    if (n < 2)
        return false;
    c = s[1];
    StrBuf tmp = {0};
    size_t k = unquote_escape(&tmp, s, n, quote);
    sb_free(&tmp);
    if (k == 0 && c == '\\')
        k = 2;
    if (k == 0)
        return false;
    int32_t v = 0;
    switch (c) {
    case 'a': v = '\a'; break;
    case 'b': v = '\b'; break;
    case 'f': v = '\f'; break;
    case 'n': v = '\n'; break;
    case 'r': v = '\r'; break;
    case 't': v = '\t'; break;
    case 'v': v = '\v'; break;
    case 'x': case 'u': case 'U':
        for (size_t j = 2; j < k; j++)
            v = v << 4 | unhex(s[j]);
        *multibyte = c != 'x';
        break;
    default:
        if (c >= '0' && c <= '7') {
            for (size_t j = 1; j < 4; j++)
                v = v << 3 | (s[j] - '0');
        } else {
            v = c;   // \\ \' \"
        }
    }
    *value = v;
    *used = k;
    return true;
}
