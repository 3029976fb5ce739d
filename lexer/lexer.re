// lexer.re - gosub's scanner (re2c source; build/gen/lexer.c is generated).
//
// Behaviour follows Go 1.19's cmd/compile/internal/syntax/scanner.go and
// source.go, including the texts and positions of errors:
//   - re2c dispatches on a token's first bytes: operators (longest match),
//     keywords, ASCII identifiers, and the openers of literals and comments.
//     The bodies of numbers, strings, runes and comments are scanned by
//     hand-written C ported from Go's scanner, which keeps Go's error
//     recovery exact.
//   - Go's source reader drops NUL bytes, invalid UTF-8 and a BOM past the
//     file start, each with an error, wherever it meets them; skip_junk and
//     next_char do the same inside literals and comments, and the token
//     start does it through the `*` rule.
//   - Positions: line is 1-based; col is the 1-based byte offset from
//     line_start. Every newline consumed goes through newline(), which is
//     the only place line/line_start change.
//   - Automatic semicolons: nlsemi says the last token may end a statement.
//     Then a newline, a /*...*/ comment spanning lines, or EOF becomes an
//     implicit SEMICOLON (text "\n", or "EOF" with len 0).
// The input must have a NUL at src[len] (sentinel): no rule matches NUL
// inside a token, so the scanner never reads past it.
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef unsigned char uchar;

enum { RUNE_ERROR = 0xFFFD, RUNE_BOM = 0xFEFF, MAX_RUNE = 0x10FFFF };

struct Lexer {
    const uchar *src;        // buffer start
    const uchar *end;        // src + len; *end == '\0'
    const uchar *cur;        // next unread byte
    const uchar *line_start; // first byte of the current line
    int32_t line;            // current line, 1-based
    bool nlsemi;             // a newline/EOF now becomes a semicolon
    LexErrorFn err;
    void *ctx;
    int nerrors;
    Arena *arena;            // decoded literal values; made on first use
};

// ---- positions and errors ------------------------------------------------

static Pos pos_at(const Lexer *lx, const uchar *p) {
    Pos pos = {lx->line, (int32_t)(p - lx->line_start) + 1};
    return pos;
}

// newline records that the byte at nl, a '\n', has been consumed.
static void newline(Lexer *lx, const uchar *nl) {
    lx->line++;
    lx->line_start = nl + 1;
}

static void error_pos(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_pos(Lexer *lx, Pos pos, const char *fmt, ...) {
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lx->nerrors++;
    if (lx->err != NULL)
        lx->err(lx->ctx, pos, msg);
}

#define ERROR_AT(lx, p, ...) error_pos((lx), pos_at((lx), (p)), __VA_ARGS__)

static Arena *lexer_arena(Lexer *lx) {
    if (lx->arena == NULL)
        lx->arena = arena_new();
    return lx->arena;
}

// ---- UTF-8 and Unicode -----------------------------------------------------

// decode_rune decodes the UTF-8 sequence at p like Go's utf8.DecodeRune:
// an invalid or truncated sequence (overlong, surrogate, > U+10FFFF) gives
// RUNE_ERROR with width 1. Reads stop at the first byte that is not a
// continuation byte, so the NUL sentinel bounds every read.
static int32_t decode_rune(const uchar *p, int *width) {
    uchar c = p[0];
    *width = 1;
    if (c < 0x80)
        return c;
    if (c < 0xC2 || c > 0xF4)
        return RUNE_ERROR;
    int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    int32_t r = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return RUNE_ERROR;
        r = (r << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && r < 0x800) || (n == 4 && (r < 0x10000 || r > MAX_RUNE)) ||
        (r >= 0xD800 && r < 0xE000))
        return RUNE_ERROR;
    *width = n;
    return r;
}

// encode_rune writes r as UTF-8 (U+FFFD for an invalid r); returns bytes.
static int encode_rune(char *d, int32_t r) {
    if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r < 0xE000))
        r = RUNE_ERROR;
    if (r < 0x80) {
        d[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        d[0] = (char)(0xC0 | (r >> 6));
        d[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        d[0] = (char)(0xE0 | (r >> 12));
        d[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        d[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (r >> 18));
    d[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    d[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

static bool valid_rune(int32_t r) {
    return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r < 0xE000);
}

static bool is_letter(int32_t r) {
    switch (utf8proc_category(r)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return true;
    default:
        return false;
    }
}

static bool is_digit(int32_t r) {
    return utf8proc_category(r) == UTF8PROC_CATEGORY_ND;
}

// is_print is Go's unicode.IsPrint: letters, marks, numbers, punctuation,
// symbols and the ASCII space.
static bool is_print(int32_t r) {
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    if (!valid_rune(r))
        return false;
    switch (utf8proc_category(r)) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO:
        return false;
    default:
        return true;
    }
}

// format_U formats r like Go's %#U: "U+0040 '@'" or "U+0001".
static const char *format_U(char *buf, size_t size, int32_t r) {
    int n = snprintf(buf, size, "U+%04X", (unsigned)r);
    if (is_print(r)) {
        char u[4];
        int w = encode_rune(u, r);
        snprintf(buf + n, size - (size_t)n, " '%.*s'", w, u);
    }
    return buf;
}

// format_q formats r like Go's %q of a rune (strconv.QuoteRune).
static const char *format_q(char *buf, size_t size, int32_t r) {
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
    if (r == '\'' || r == '\\') {
        snprintf(buf, size, "'\\%c'", (char)r);
        return buf;
    }
    if (is_print(r)) {
        char u[4];
        int w = encode_rune(u, r);
        snprintf(buf, size, "'%.*s'", w, u);
        return buf;
    }
    for (const char *e = esc; *e != '\0'; e += 2) {
        if (r == *e) {
            snprintf(buf, size, "'\\%c'", e[1]);
            return buf;
        }
    }
    if (r < 0x20 || r == 0x7F)
        snprintf(buf, size, "'\\x%02x'", (unsigned)r);
    else if (r < 0x10000)
        snprintf(buf, size, "'\\u%04x'", (unsigned)r);
    else
        snprintf(buf, size, "'\\U%08x'", (unsigned)r);
    return buf;
}

// ---- Go's source reader inside literals and comments --------------------

// skip_junk passes over the bytes Go's source reader drops with an error:
// NUL (other than the sentinel at end), invalid UTF-8, and a BOM.
static const uchar *skip_junk(Lexer *lx, const uchar *p) {
    for (;;) {
        uchar c = *p;
        if (c != 0 && c < 0x80)
            return p;
        if (c == 0) {
            if (p == lx->end)
                return p;
            ERROR_AT(lx, p, "invalid NUL character");
            p++;
            continue;
        }
        int w;
        int32_t r = decode_rune(p, &w);
        if (r == RUNE_ERROR && w == 1)
            ERROR_AT(lx, p, "invalid UTF-8 encoding");
        else if (r == RUNE_BOM)
            ERROR_AT(lx, p, "invalid BOM in the middle of the file");
        else
            return p;
        p += w;
    }
}

// next_char steps past the (valid) character at p, counting a newline,
// then past any junk. p must not be at end.
static const uchar *next_char(Lexer *lx, const uchar *p) {
    uchar c = *p;
    if (c < 0x80) {
        if (c == '\n')
            newline(lx, p);
        p++;
        if (*p >= 0x20 && *p < 0x80)
            return p;
    } else {
        int w;
        decode_rune(p, &w);
        p += w;
    }
    return skip_junk(lx, p);
}

// ---- identifiers -----------------------------------------------------------

static bool is_word_byte(uchar c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
}

// ident_char checks a non-ASCII rune r at p inside (or, if first, at the
// start of) an identifier, reporting Go's errors. Like Go's atIdentChar,
// every non-ASCII rune continues the identifier.
static void ident_char(Lexer *lx, const uchar *p, int32_t r, bool first) {
    char u[32];
    if (is_letter(r))
        return;
    if (is_digit(r)) {
        if (first)
            ERROR_AT(lx, p, "identifier cannot begin with digit %s",
                     format_U(u, sizeof u, r));
        return;
    }
    ERROR_AT(lx, p, "invalid character %s in identifier",
             format_U(u, sizeof u, r));
}

// ident_tail continues an identifier at p after its ASCII part. Returns
// the end of the identifier.
static const uchar *ident_tail(Lexer *lx, const uchar *p) {
    for (;;) {
        uchar c = *p;
        if (c < 0x80) {
            if (is_word_byte(c)) {
                p++;
                continue;
            }
            if (c != 0 || p == lx->end)
                return p;
            p = skip_junk(lx, p);
            continue;
        }
        int w;
        int32_t r = decode_rune(p, &w);
        if ((r == RUNE_ERROR && w == 1) || r == RUNE_BOM) {
            p = skip_junk(lx, p);
            continue;
        }
        ident_char(lx, p, r, false);
        p += w;
    }
}

// needs_tail: the byte at p may continue an identifier beyond what the
// ASCII rule matched (non-ASCII, or a NUL that Go's reader would drop).
static bool needs_tail(const Lexer *lx, const uchar *p) {
    return *p >= 0x80 || (*p == 0 && p != lx->end);
}

// ---- numbers (Go spec "Integer literals", "Floating-point literals") ----

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

static int lower(int c) { return c | ('a' - 'A'); }
static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) {
    return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

// digits accepts { digit | '_' } at *pp (Go's scanner.digits). For base
// <= 10 any decimal digit is accepted and the offset from start of the
// first digit >= base is recorded in *invalid. Returns bit 0 if digits
// were seen, bit 1 if separators were.
static int digits(Lexer *lx, const uchar **pp, int base, int *invalid,
                  const uchar *start) {
    const uchar *p = *pp;
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        for (; is_decimal(*p) || *p == '_'; p = next_char(lx, p)) {
            if (*p == '_') {
                digsep |= 2;
                continue;
            }
            digsep |= 1;
            if (*p >= max && invalid != NULL && *invalid < 0)
                *invalid = (int)(p - start);
        }
    } else {
        for (; is_hex(*p) || *p == '_'; p = next_char(lx, p))
            digsep |= *p == '_' ? 2 : 1;
    }
    *pp = p;
    return digsep;
}

// invalid_sep returns the index of the first misplaced '_' in x[0..n), or
// -1 (Go's invalidSep).
static int invalid_sep(const uchar *x, int n) {
    int x1 = ' ', d = '.', i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? n - 1 : -1;
}

// number_exponent scans an optional exponent and reports Go's errors.
static bool number_exponent(Lexer *lx, const uchar **pp, int prefix,
                            int *digsep, TokenKind *kind, bool ok) {
    const uchar *p = *pp;
    int e = lower(*p);
    if (e == 'e' || e == 'p') {
        if (ok && e == 'e' && prefix != 0 && prefix != '0') {
            ERROR_AT(lx, p, "'%c' exponent requires decimal mantissa", *p);
            ok = false;
        } else if (ok && e == 'p' && prefix != 'x') {
            ERROR_AT(lx, p, "'%c' exponent requires hexadecimal mantissa", *p);
            ok = false;
        }
        p = next_char(lx, p);
        *kind = TOK_FLOAT;
        if (*p == '+' || *p == '-')
            p = next_char(lx, p);
        *digsep = digits(lx, &p, 10, NULL, p) | (*digsep & 2);
        if ((*digsep & 1) == 0 && ok) {
            ERROR_AT(lx, p, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && *kind == TOK_FLOAT && ok) {
        ERROR_AT(lx, p, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    *pp = p;
    return ok;
}

// scan_number scans a number literal at start (at its '.' if seen_point),
// Go's scanner.number. Like Go's, it steps over dropped bytes (NUL, bad
// UTF-8, BOM) inside the literal. Sets *endp; returns INT, FLOAT or IMAG.
static TokenKind scan_number(Lexer *lx, const uchar *start, bool seen_point,
                             const uchar **endp) {
    const uchar *p = start;
    bool ok = true;
    TokenKind kind = TOK_INT;
    int base = 10, prefix = 0, digsep = 0, invalid = -1;
    if (!seen_point) {
        if (*p == '0') {
            p = next_char(lx, p);
            switch (lower(*p)) {
            case 'x': p = next_char(lx, p); base = 16; prefix = 'x'; break;
            case 'o': p = next_char(lx, p); base = 8; prefix = 'o'; break;
            case 'b': p = next_char(lx, p); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= digits(lx, &p, base, &invalid, start);
        if (*p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                ERROR_AT(lx, p, "invalid radix point in %s literal",
                         base_name(base));
                ok = false;
            }
            p = next_char(lx, p);
            seen_point = true;
        }
    } else {
        p = next_char(lx, p);
    }
    if (seen_point) {
        kind = TOK_FLOAT;
        digsep |= digits(lx, &p, base, &invalid, start);
    }
    if ((digsep & 1) == 0 && ok) {
        ERROR_AT(lx, p, "%s literal has no digits", base_name(base));
        ok = false;
    }
    ok = number_exponent(lx, &p, prefix, &digsep, &kind, ok);
    if (*p == 'i') {
        kind = TOK_IMAG;
        p = next_char(lx, p);
    }
    if (kind == TOK_INT && invalid >= 0 && ok) {
        ERROR_AT(lx, start + invalid, "invalid digit '%c' in %s literal",
                 start[invalid], base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(start, (int)(p - start));
        if (i >= 0)
            ERROR_AT(lx, start + i, "'_' must separate successive digits");
    }
    *endp = p;
    return kind;
}

// ---- escapes, strings and runes (Go spec "Rune literals", ...) ----------

// scan_escape checks the escape after a backslash at *pp (Go's
// scanner.escape), reporting errors. Returns false on an invalid escape.
static bool scan_escape(Lexer *lx, const uchar **pp, int quote) {
    const uchar *p = *pp;
    int n;
    uint32_t base, max;
    switch (*p) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
    case '\\': case '\'': case '"':
        if ((*p == '\'' || *p == '"') && *p != quote)
            goto unknown;
        *pp = next_char(lx, p);
        return true;
    case '0': case '1': case '2': case '3':
    case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': p = next_char(lx, p); n = 2, base = 16, max = 255; break;
    case 'u': p = next_char(lx, p); n = 4, base = 16, max = MAX_RUNE; break;
    case 'U': p = next_char(lx, p); n = 8, base = 16, max = MAX_RUNE; break;
    default:
    unknown:
        if (p == lx->end)
            return true; // the caller complains about EOF
        ERROR_AT(lx, p, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (; n > 0; n--) {
        if (p == lx->end) {
            *pp = p;
            return true;
        }
        uint32_t d = base;
        if (is_decimal(*p))
            d = (uint32_t)(*p - '0');
        else if (lower(*p) >= 'a' && lower(*p) <= 'f')
            d = (uint32_t)(lower(*p) - 'a' + 10);
        if (d >= base) {
            char q[32];
            int w;
            ERROR_AT(lx, p, "invalid character %s in %s escape",
                     format_q(q, sizeof q, decode_rune(p, &w)),
                     base_name((int)base));
            *pp = p;
            return false;
        }
        x = x * base + d;
        p = next_char(lx, p);
    }
    *pp = p;
    if (x > max && base == 8) {
        ERROR_AT(lx, p, "octal escape value %u > 255", (unsigned)x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char u[32];
        ERROR_AT(lx, p, "escape is invalid Unicode code point %s",
                 format_U(u, sizeof u, (int32_t)x));
        return false;
    }
    return true;
}

// unescape decodes one escape after a backslash at *pp, leniently (the
// literal was validated by scan_escape). *is_byte is set for \x and octal
// escapes, whose value is a byte rather than a rune.
static int32_t unescape(const uchar **pp, const uchar *e, bool *is_byte) {
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v";
    const uchar *p = *pp;
    int c = *p++, n = 0, base = 16;
    *is_byte = false;
    for (const char *s = simple; *s != '\0'; s += 2)
        if (c == *s) {
            *pp = p;
            return (uchar)s[1];
        }
    switch (c) {
    case 'x': n = 2, *is_byte = true; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    default:
        if (c < '0' || c > '7') {
            *pp = p;
            return c; // \\ \' \" and unknown escapes
        }
        p--, n = 3, base = 8, *is_byte = true;
    }
    uint32_t x = 0;
    for (; n > 0 && p < e && is_hex(*p); n--, p++) {
        uint32_t d = is_decimal(*p) ? (uint32_t)(*p - '0')
                                    : (uint32_t)(lower(*p) - 'a' + 10);
        if (d >= (uint32_t)base)
            break;
        x = x * (uint32_t)base + d;
    }
    *pp = p;
    return x > MAX_RUNE ? RUNE_ERROR : (int32_t)x;
}

// unquote decodes the body [p, e) of an interpreted string literal into
// the arena. The value is never longer than its source text.
static char *unquote(Lexer *lx, const uchar *p, const uchar *e, size_t *len) {
    char *dst = arena_alloc(lexer_arena(lx), (size_t)(e - p) + 1);
    char *d = dst;
    while (p < e) {
        if (*p != '\\') {
            *d++ = (char)*p++;
            continue;
        }
        if (++p >= e)
            break;
        bool is_byte;
        int32_t r = unescape(&p, e, &is_byte);
        if (is_byte)
            *d++ = (char)r;
        else
            d += encode_rune(d, r);
    }
    *d = '\0';
    *len = (size_t)(d - dst);
    return dst;
}

// raw_value copies a raw string body [p, e) into the arena without '\r'.
static char *raw_value(Lexer *lx, const uchar *p, const uchar *e, size_t *len) {
    char *dst = arena_alloc(lexer_arena(lx), (size_t)(e - p) + 1);
    char *d = dst;
    for (; p < e; p++)
        if (*p != '\r')
            *d++ = (char)*p;
    *d = '\0';
    *len = (size_t)(d - dst);
    return dst;
}

// scan_string scans an interpreted string from its opening quote at start
// (Go's scanner.stdString) and decodes its value into tok.
static const uchar *scan_string(Lexer *lx, const uchar *start, Token *tok) {
    Pos pos = pos_at(lx, start);
    const uchar *p = skip_junk(lx, start + 1);
    const uchar *body_end;
    for (;;) {
        if (*p == '"') {
            body_end = p;
            p = next_char(lx, p);
            break;
        }
        if (*p == '\\') {
            p = next_char(lx, p);
            scan_escape(lx, &p, '"');
            continue;
        }
        if (*p == '\n') {
            ERROR_AT(lx, p, "newline in string");
            body_end = p;
            break;
        }
        if (p == lx->end) {
            error_pos(lx, pos, "string not terminated");
            body_end = p;
            break;
        }
        p = next_char(lx, p);
    }
    tok->sval = unquote(lx, start + 1, body_end, &tok->slen);
    return p;
}

// scan_raw_string scans a raw string from its opening backquote at start.
static const uchar *scan_raw_string(Lexer *lx, const uchar *start,
                                    Token *tok) {
    Pos pos = pos_at(lx, start);
    const uchar *p = skip_junk(lx, start + 1);
    const uchar *body_end;
    for (;;) {
        if (*p == '`') {
            body_end = p;
            p = next_char(lx, p);
            break;
        }
        if (p == lx->end) {
            error_pos(lx, pos, "string not terminated");
            body_end = p;
            break;
        }
        p = next_char(lx, p);
    }
    tok->sval = raw_value(lx, start + 1, body_end, &tok->slen);
    return p;
}

// rune_value decodes the first character of a rune literal body at p.
static int32_t rune_value(const uchar *p, const uchar *e) {
    if (p >= e)
        return 0;
    if (*p == '\\' && p + 1 < e) {
        bool is_byte;
        p++;
        return unescape(&p, e, &is_byte);
    }
    int w;
    return decode_rune(p, &w);
}

// scan_rune scans a rune literal from its opening quote at start (Go's
// scanner.rune); tok gets the rune in ival and its UTF-8 in sval.
static const uchar *scan_rune(Lexer *lx, const uchar *start, Token *tok) {
    Pos pos = pos_at(lx, start);
    const uchar *p = skip_junk(lx, start + 1), *body_end;
    bool ok = true;
    for (int n = 0;; n++) {
        if (*p == '\'') {
            if (ok && n == 0)
                ERROR_AT(lx, p, "empty rune literal or unescaped '");
            else if (ok && n != 1)
                error_pos(lx, pos, "more than one character in rune literal");
            body_end = p;
            p = next_char(lx, p);
            break;
        }
        if (*p == '\\') {
            p = next_char(lx, p);
            if (!scan_escape(lx, &p, '\''))
                ok = false;
            continue;
        }
        if (*p == '\n' || p == lx->end) {
            if (ok && *p == '\n')
                ERROR_AT(lx, p, "newline in rune literal");
            else if (ok)
                error_pos(lx, pos, "rune literal not terminated");
            body_end = p;
            break;
        }
        p = next_char(lx, p);
    }
    tok->ival = rune_value(start + 1, body_end);
    char *v = arena_alloc(lexer_arena(lx), 5);
    tok->slen = (size_t)encode_rune(v, tok->ival);
    tok->sval = v;
    return p;
}

// ---- comments --------------------------------------------------------------

// skip_line_comment skips a // comment body up to (not past) its newline.
static const uchar *skip_line_comment(Lexer *lx, const uchar *p) {
    p = skip_junk(lx, p);
    while (*p != '\n' && p != lx->end)
        p = next_char(lx, p);
    return p;
}

// skip_full_comment skips a /* comment body (Go's skipComment). pos is
// the comment's start, where "comment not terminated" is reported.
static const uchar *skip_full_comment(Lexer *lx, const uchar *p, Pos pos) {
    p = skip_junk(lx, p);
    while (p != lx->end) {
        while (*p == '*') {
            p = next_char(lx, p);
            if (*p == '/')
                return p + 1;
        }
        if (p == lx->end)
            break;
        p = next_char(lx, p);
    }
    error_pos(lx, pos, "comment not terminated");
    return p;
}

// ---- the scanner -------------------------------------------------------------

// emit finishes tok as kind, ending at e; semi is the token's nlsemi.
static void emit(Lexer *lx, Token *tok, TokenKind kind, const uchar *e,
                 bool semi) {
    tok->kind = kind;
    tok->len = (size_t)(e - (const uchar *)tok->text);
    lx->cur = e;
    lx->nlsemi = semi;
}

// emit_word finishes a keyword or ASCII identifier ending at e; if the
// identifier goes on past ASCII, it is an IDENT whatever its prefix.
static void emit_word(Lexer *lx, Token *tok, TokenKind kind, const uchar *e) {
    if (needs_tail(lx, e)) {
        e = ident_tail(lx, e);
        kind = TOK_IDENT;
    }
    bool semi = kind == TOK_IDENT || kind == TOK_BREAK ||
                kind == TOK_CONTINUE || kind == TOK_FALLTHROUGH ||
                kind == TOK_RETURN;
    emit(lx, tok, kind, e, semi);
}

// implicit_semi finishes tok as an automatic semicolon.
static void implicit_semi(Lexer *lx, Token *tok, const char *text,
                          size_t len, const uchar *resume) {
    tok->kind = TOK_SEMICOLON;
    tok->implicit = true;
    tok->text = text;
    tok->len = len;
    lx->cur = resume;
    lx->nlsemi = false;
}

// scan_other handles a token start that no ASCII rule matched: non-ASCII
// identifiers, dropped bytes, invalid characters. Returns false when
// nothing was produced (the caller rescans).
static bool scan_other(Lexer *lx, Token *tok, const uchar *start) {
    char u[32];
    if (*start < 0x80) {
        ERROR_AT(lx, start, "invalid character %s",
                 format_U(u, sizeof u, *start));
        lx->cur = start + 1;
        return false;
    }
    int w;
    int32_t r = decode_rune(start, &w);
    if ((r == RUNE_ERROR && w == 1) || r == RUNE_BOM) {
        lx->cur = skip_junk(lx, start);
        return false;
    }
    ident_char(lx, start, r, true);
    emit(lx, tok, TOK_IDENT, ident_tail(lx, start + w), true);
    return true;
}

static const uchar *skip_space(Lexer *lx, const uchar *p, bool nlsemi) {
    for (;; p++) {
        switch (*p) {
        case ' ': case '\t': case '\r':
            continue;
        case '\n':
            if (nlsemi)
                return p;
            newline(lx, p);
            continue;
        default:
            return p;
        }
    }
}

/*!re2c
    re2c:define:YYCTYPE = uchar;
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
    re2c:yyfill:enable = 0;
    re2c:indent:string = "    ";
*/

// lex_next: see lexer.h.
void lex_next(Lexer *lx, Token *tok) {
    bool nlsemi = lx->nlsemi;
    const uchar *cur, *mar, *start;
    lx->nlsemi = false;
    tok->implicit = false;
    tok->sval = NULL;
    tok->slen = 0;
    tok->ival = 0;
redo:
    start = cur = skip_space(lx, lx->cur, nlsemi);
    tok->pos = pos_at(lx, start);
    tok->text = (const char *)start;
#define OP(k) do { emit(lx, tok, TOK_##k, cur, false); return; } while (0)
#define OPSEMI(k) do { emit(lx, tok, TOK_##k, cur, true); return; } while (0)
#define KW(k) do { emit_word(lx, tok, TOK_##k, cur); return; } while (0)
    /*!re2c
    "\x00" {
        if (start == lx->src && start != lx->end) {
            // Go's reader reports a NUL as first byte of the file this way.
            ERROR_AT(lx, start, "invalid character U+0000");
            lx->cur = start + 1;
            goto redo;
        }
        if (start != lx->end) {
            lx->cur = skip_junk(lx, start);
            goto redo;
        }
        if (nlsemi) {
            implicit_semi(lx, tok, "EOF", 0, start);
            return;
        }
        emit(lx, tok, TOK_EOF, start, false);
        return;
    }
    "\n" {
        implicit_semi(lx, tok, (const char *)start, 1, cur);
        newline(lx, start);
        return;
    }
    "//" {
        lx->cur = skip_line_comment(lx, cur);
        goto redo;
    }
    "/*" {
        int32_t line = lx->line;
        lx->cur = skip_full_comment(lx, cur, tok->pos);
        if (lx->line > line && nlsemi) {
            implicit_semi(lx, tok, "\n", 1, lx->cur);
            return;
        }
        goto redo;
    }
    [0-9] | "." [0-9] {
        TokenKind k = scan_number(lx, start, *start == '.', &cur);
        emit(lx, tok, k, cur, true);
        return;
    }
    ["] {
        cur = scan_string(lx, start, tok);
        emit(lx, tok, TOK_STRING, cur, true);
        return;
    }
    [`] {
        cur = scan_raw_string(lx, start, tok);
        emit(lx, tok, TOK_STRING, cur, true);
        return;
    }
    ['] {
        cur = scan_rune(lx, start, tok);
        emit(lx, tok, TOK_CHAR, cur, true);
        return;
    }

    "break"       { KW(BREAK); }
    "case"        { KW(CASE); }
    "chan"        { KW(CHAN); }
    "const"       { KW(CONST); }
    "continue"    { KW(CONTINUE); }
    "default"     { KW(DEFAULT); }
    "defer"       { KW(DEFER); }
    "else"        { KW(ELSE); }
    "fallthrough" { KW(FALLTHROUGH); }
    "for"         { KW(FOR); }
    "func"        { KW(FUNC); }
    "go"          { KW(GO); }
    "goto"        { KW(GOTO); }
    "if"          { KW(IF); }
    "import"      { KW(IMPORT); }
    "interface"   { KW(INTERFACE); }
    "map"         { KW(MAP); }
    "package"     { KW(PACKAGE); }
    "range"       { KW(RANGE); }
    "return"      { KW(RETURN); }
    "select"      { KW(SELECT); }
    "struct"      { KW(STRUCT); }
    "switch"      { KW(SWITCH); }
    "type"        { KW(TYPE); }
    "var"         { KW(VAR); }
    [a-zA-Z_][a-zA-Z_0-9]* { KW(IDENT); }

    "+"   { OP(ADD); }
    "-"   { OP(SUB); }
    "*"   { OP(MUL); }
    "/"   { OP(QUO); }
    "%"   { OP(REM); }
    "&"   { OP(AND); }
    "|"   { OP(OR); }
    "^"   { OP(XOR); }
    "<<"  { OP(SHL); }
    ">>"  { OP(SHR); }
    "&^"  { OP(AND_NOT); }
    "+="  { OP(ADD_ASSIGN); }
    "-="  { OP(SUB_ASSIGN); }
    "*="  { OP(MUL_ASSIGN); }
    "/="  { OP(QUO_ASSIGN); }
    "%="  { OP(REM_ASSIGN); }
    "&="  { OP(AND_ASSIGN); }
    "|="  { OP(OR_ASSIGN); }
    "^="  { OP(XOR_ASSIGN); }
    "<<=" { OP(SHL_ASSIGN); }
    ">>=" { OP(SHR_ASSIGN); }
    "&^=" { OP(AND_NOT_ASSIGN); }
    "&&"  { OP(LAND); }
    "||"  { OP(LOR); }
    "<-"  { OP(ARROW); }
    "++"  { OPSEMI(INC); }
    "--"  { OPSEMI(DEC); }
    "=="  { OP(EQL); }
    "<"   { OP(LSS); }
    ">"   { OP(GTR); }
    "="   { OP(ASSIGN); }
    "!"   { OP(NOT); }
    "~"   { OP(TILDE); }
    "!="  { OP(NEQ); }
    "<="  { OP(LEQ); }
    ">="  { OP(GEQ); }
    ":="  { OP(DEFINE); }
    "..." { OP(ELLIPSIS); }
    "("   { OP(LPAREN); }
    "["   { OP(LBRACK); }
    "{"   { OP(LBRACE); }
    ","   { OP(COMMA); }
    "."   { OP(PERIOD); }
    ")"   { OPSEMI(RPAREN); }
    "]"   { OPSEMI(RBRACK); }
    "}"   { OPSEMI(RBRACE); }
    ";"   { OP(SEMICOLON); }
    ":"   { OP(COLON); }

    * {
        if (scan_other(lx, tok, start))
            return;
        goto redo;
    }
    */
#undef OP
#undef OPSEMI
#undef KW
}

// ---- lifetime ----------------------------------------------------------------

// lex_new: see lexer.h. A BOM at the very start is dropped silently (it
// still counts in the first line's columns, as in Go); a "#!" first line
// is skipped up to its newline.
Lexer *lex_new(const char *src, size_t len, LexErrorFn err, void *ctx) {
    Lexer *lx = calloc(1, sizeof *lx);
    if (lx == NULL)
        return NULL;
    lx->src = (const uchar *)src;
    lx->end = lx->src + len;
    lx->cur = lx->src;
    lx->line_start = lx->src;
    lx->line = 1;
    lx->err = err;
    lx->ctx = ctx;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur += 3;
    else if (len >= 2 && src[0] == '#' && src[1] == '!')
        while (*lx->cur != '\n' && lx->cur != lx->end)
            lx->cur++;
    return lx;
}

// lex_errors: see lexer.h.
int lex_errors(const Lexer *lx) {
    return lx->nerrors;
}

// lex_free releases the lexer and its decoded values. lx may be NULL.
void lex_free(Lexer *lx) {
    if (lx == NULL)
        return;
    arena_free(lx->arena);
    free(lx);
}
