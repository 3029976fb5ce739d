// json_scan.c - Go 1.19's JSON scanner (encoding/json/scanner.go), state
// function for state function, so validity and every SyntaxError text
// and offset are Go's; and Indent / compact (indent.go) on top of it.
#include <stdlib.h>
#include <string.h>

#include "json_internal.h"

enum { PARSE_OBJECT_KEY, PARSE_OBJECT_VALUE, PARSE_ARRAY_VALUE };
enum { MAX_NESTING_DEPTH = 10000 };

static int state_begin_value(JsonScanner *s, uint8_t c);
static int state_end_value(JsonScanner *s, uint8_t c);
static int state_end_top(JsonScanner *s, uint8_t c);
static int state_in_string(JsonScanner *s, uint8_t c);
static int state_begin_string(JsonScanner *s, uint8_t c);

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static int state_error(JsonScanner *s, uint8_t c) {
    (void)s, (void)c;
    return SCAN_ERROR;
}

void json_quote_char(StrBuf *b, uint8_t c) {
    if (c == '\'') {
        sb_puts(b, "'\\''");
    } else if (c == '"') {
        sb_puts(b, "'\"'");
    } else {
        StrBuf q = {0};
        rt_quote_rune(&q, c, false);   // strconv.Quote(string(c)) between single quotes
        sb_putc(b, '\'');
        sb_put(b, q.p + 1, q.len - 2);
        sb_putc(b, '\'');
        sb_free(&q);
    }
}

// scan_error: Go's s.error: "invalid character 'x' context".
static int scan_error(JsonScanner *s, uint8_t c, const char *context) {
    s->step = state_error;
    StrBuf b = {0};
    sb_puts(&b, "invalid character ");
    json_quote_char(&b, c);
    sb_putc(&b, ' ');
    sb_puts(&b, context);
    sb_putc(&b, 0);
    free(s->err);
    s->err = b.p;
    s->err_off = s->bytes;
    return SCAN_ERROR;
}

static int push_parse_state(JsonScanner *s, uint8_t c, int state, int success) {
    if (s->nstate == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 16;
        s->parse_state = realloc(s->parse_state, s->cap * sizeof *s->parse_state);
        if (!s->parse_state) abort();
    }
    s->parse_state[s->nstate++] = state;
    if (s->nstate <= MAX_NESTING_DEPTH) return success;
    return scan_error(s, c, "exceeded max depth");
}

static void pop_parse_state(JsonScanner *s) {
    if (--s->nstate == 0) {
        s->step = state_end_top;
        s->end_top = true;
    } else {
        s->step = state_end_value;
    }
}

void json_scan_reset(JsonScanner *s) {
    s->step = state_begin_value;
    s->nstate = 0;
    free(s->err);
    s->err = NULL;
    s->end_top = false;
}

void json_scan_free(JsonScanner *s) {
    free(s->parse_state);
    free(s->err);
    memset(s, 0, sizeof *s);
}

int json_scan_eof(JsonScanner *s) {
    if (s->err) return SCAN_ERROR;
    if (s->end_top) return SCAN_END;
    s->step(s, ' ');
    if (s->end_top) return SCAN_END;
    if (!s->err) {
        s->err = strdup("unexpected end of JSON input");
        s->err_off = s->bytes;
    }
    return SCAN_ERROR;
}

static int state_begin_value_or_empty(JsonScanner *s, uint8_t c) {
    if (is_space(c)) return SCAN_SKIP_SPACE;
    if (c == ']') return state_end_value(s, c);
    return state_begin_value(s, c);
}

static int state_neg(JsonScanner *s, uint8_t c);
static int state0(JsonScanner *s, uint8_t c);
static int state1(JsonScanner *s, uint8_t c);
static int state_t(JsonScanner *s, uint8_t c);
static int state_f(JsonScanner *s, uint8_t c);
static int state_n(JsonScanner *s, uint8_t c);
static int state_begin_string_or_empty(JsonScanner *s, uint8_t c);

static int state_begin_value(JsonScanner *s, uint8_t c) {
    if (is_space(c)) return SCAN_SKIP_SPACE;
    switch (c) {
    case '{':
        s->step = state_begin_string_or_empty;
        return push_parse_state(s, c, PARSE_OBJECT_KEY, SCAN_BEGIN_OBJECT);
    case '[':
        s->step = state_begin_value_or_empty;
        return push_parse_state(s, c, PARSE_ARRAY_VALUE, SCAN_BEGIN_ARRAY);
    case '"': s->step = state_in_string; return SCAN_BEGIN_LITERAL;
    case '-': s->step = state_neg; return SCAN_BEGIN_LITERAL;
    case '0': s->step = state0; return SCAN_BEGIN_LITERAL;
    case 't': s->step = state_t; return SCAN_BEGIN_LITERAL;
    case 'f': s->step = state_f; return SCAN_BEGIN_LITERAL;
    case 'n': s->step = state_n; return SCAN_BEGIN_LITERAL;
    }
    if ('1' <= c && c <= '9') {
        s->step = state1;
        return SCAN_BEGIN_LITERAL;
    }
    return scan_error(s, c, "looking for beginning of value");
}

static int state_begin_string_or_empty(JsonScanner *s, uint8_t c) {
    if (is_space(c)) return SCAN_SKIP_SPACE;
    if (c == '}') {
        s->parse_state[s->nstate - 1] = PARSE_OBJECT_VALUE;
        return state_end_value(s, c);
    }
    return state_begin_string(s, c);
}

static int state_begin_string(JsonScanner *s, uint8_t c) {
    if (is_space(c)) return SCAN_SKIP_SPACE;
    if (c == '"') {
        s->step = state_in_string;
        return SCAN_BEGIN_LITERAL;
    }
    return scan_error(s, c, "looking for beginning of object key string");
}

static int state_end_value(JsonScanner *s, uint8_t c) {
    size_t n = s->nstate;
    if (n == 0) {
        s->step = state_end_top;
        s->end_top = true;
        return state_end_top(s, c);
    }
    if (is_space(c)) {
        s->step = state_end_value;
        return SCAN_SKIP_SPACE;
    }
    switch (s->parse_state[n - 1]) {
    case PARSE_OBJECT_KEY:
        if (c == ':') {
            s->parse_state[n - 1] = PARSE_OBJECT_VALUE;
            s->step = state_begin_value;
            return SCAN_OBJECT_KEY;
        }
        return scan_error(s, c, "after object key");
    case PARSE_OBJECT_VALUE:
        if (c == ',') {
            s->parse_state[n - 1] = PARSE_OBJECT_KEY;
            s->step = state_begin_string;
            return SCAN_OBJECT_VALUE;
        }
        if (c == '}') {
            pop_parse_state(s);
            return SCAN_END_OBJECT;
        }
        return scan_error(s, c, "after object key:value pair");
    case PARSE_ARRAY_VALUE:
        if (c == ',') {
            s->step = state_begin_value;
            return SCAN_ARRAY_VALUE;
        }
        if (c == ']') {
            pop_parse_state(s);
            return SCAN_END_ARRAY;
        }
        return scan_error(s, c, "after array element");
    }
    return scan_error(s, c, "");
}

static int state_end_top(JsonScanner *s, uint8_t c) {
    if (!is_space(c)) scan_error(s, c, "after top-level value");
    return SCAN_END;
}

static int state_in_string_esc(JsonScanner *s, uint8_t c);

static int state_in_string(JsonScanner *s, uint8_t c) {
    if (c == '"') {
        s->step = state_end_value;
        return SCAN_CONTINUE;
    }
    if (c == '\\') {
        s->step = state_in_string_esc;
        return SCAN_CONTINUE;
    }
    if (c < 0x20) return scan_error(s, c, "in string literal");
    return SCAN_CONTINUE;
}

static bool is_hex(uint8_t c) { return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F'); }

// The four hex digits of \uXXXX: the state counts them in parse order.
static int state_esc_u4(JsonScanner *s, uint8_t c) {
    if (is_hex(c)) {
        s->step = state_in_string;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in \\u hexadecimal character escape");
}

static int state_esc_u3(JsonScanner *s, uint8_t c) {
    if (is_hex(c)) {
        s->step = state_esc_u4;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in \\u hexadecimal character escape");
}

static int state_esc_u2(JsonScanner *s, uint8_t c) {
    if (is_hex(c)) {
        s->step = state_esc_u3;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in \\u hexadecimal character escape");
}

static int state_esc_u1(JsonScanner *s, uint8_t c) {
    if (is_hex(c)) {
        s->step = state_esc_u2;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in \\u hexadecimal character escape");
}

static int state_in_string_esc(JsonScanner *s, uint8_t c) {
    switch (c) {
    case 'b': case 'f': case 'n': case 'r': case 't': case '\\': case '/': case '"':
        s->step = state_in_string;
        return SCAN_CONTINUE;
    case 'u':
        s->step = state_esc_u1;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in string escape code");
}

static int state_dot(JsonScanner *s, uint8_t c);
static int state_e(JsonScanner *s, uint8_t c);

static int state_neg(JsonScanner *s, uint8_t c) {
    if (c == '0') {
        s->step = state0;
        return SCAN_CONTINUE;
    }
    if ('1' <= c && c <= '9') {
        s->step = state1;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in numeric literal");
}

static int state1(JsonScanner *s, uint8_t c) {
    if ('0' <= c && c <= '9') {
        s->step = state1;
        return SCAN_CONTINUE;
    }
    return state0(s, c);
}

static int state0(JsonScanner *s, uint8_t c) {
    if (c == '.') {
        s->step = state_dot;
        return SCAN_CONTINUE;
    }
    if (c == 'e' || c == 'E') {
        s->step = state_e;
        return SCAN_CONTINUE;
    }
    return state_end_value(s, c);
}

static int state_dot0(JsonScanner *s, uint8_t c) {
    if ('0' <= c && c <= '9') return SCAN_CONTINUE;
    if (c == 'e' || c == 'E') {
        s->step = state_e;
        return SCAN_CONTINUE;
    }
    return state_end_value(s, c);
}

static int state_dot(JsonScanner *s, uint8_t c) {
    if ('0' <= c && c <= '9') {
        s->step = state_dot0;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "after decimal point in numeric literal");
}

static int state_e0(JsonScanner *s, uint8_t c) {
    if ('0' <= c && c <= '9') return SCAN_CONTINUE;
    return state_end_value(s, c);
}

static int state_esign(JsonScanner *s, uint8_t c) {
    if ('0' <= c && c <= '9') {
        s->step = state_e0;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, "in exponent of numeric literal");
}

static int state_e(JsonScanner *s, uint8_t c) {
    if (c == '+' || c == '-') {
        s->step = state_esign;
        return SCAN_CONTINUE;
    }
    return state_esign(s, c);
}

// The literals true, false, null: one state per remaining letter.
#define LITERAL_STATE(name, want, next, msg) \
    static int name(JsonScanner *s, uint8_t c) { \
        if (c == (want)) { \
            s->step = (next); \
            return SCAN_CONTINUE; \
        } \
        return scan_error(s, c, msg); \
    }
LITERAL_STATE(state_tru, 'e', state_end_value, "in literal true (expecting 'e')")
LITERAL_STATE(state_tr, 'u', state_tru, "in literal true (expecting 'u')")
LITERAL_STATE(state_t, 'r', state_tr, "in literal true (expecting 'r')")
LITERAL_STATE(state_fals, 'e', state_end_value, "in literal false (expecting 'e')")
LITERAL_STATE(state_fal, 's', state_fals, "in literal false (expecting 's')")
LITERAL_STATE(state_fa, 'l', state_fal, "in literal false (expecting 'l')")
LITERAL_STATE(state_f, 'a', state_fa, "in literal false (expecting 'a')")
LITERAL_STATE(state_nul, 'l', state_end_value, "in literal null (expecting 'l')")
LITERAL_STATE(state_nu, 'l', state_nul, "in literal null (expecting 'l')")
LITERAL_STATE(state_n, 'u', state_nu, "in literal null (expecting 'u')")

bool json_check_valid(JsonScanner *s, const uint8_t *p, size_t n) {
    json_scan_reset(s);
    for (size_t i = 0; i < n; i++) {
        s->bytes++;
        if (s->step(s, p[i]) == SCAN_ERROR) return false;
    }
    return json_scan_eof(s) != SCAN_ERROR;
}

static void newline(StrBuf *dst, GoString prefix, GoString indent, int depth) {
    sb_putc(dst, '\n');
    sb_put(dst, prefix.ptr, (size_t)prefix.len);
    for (int i = 0; i < depth; i++) sb_put(dst, indent.ptr, (size_t)indent.len);
}

bool json_indent(JsonScanner *s, StrBuf *dst, const uint8_t *p, size_t n, GoString prefix, GoString indent) {
    size_t orig = dst->len;
    json_scan_reset(s);
    bool need_indent = false;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        s->bytes++;
        int v = s->step(s, c);
        if (v == SCAN_SKIP_SPACE) continue;
        if (v == SCAN_ERROR) break;
        if (need_indent && v != SCAN_END_OBJECT && v != SCAN_END_ARRAY) {
            need_indent = false;
            depth++;
            newline(dst, prefix, indent, depth);
        }
        if (v == SCAN_CONTINUE) {
            sb_putc(dst, (char)c);
            continue;
        }
        switch (c) {
        case '{': case '[':
            need_indent = true;
            sb_putc(dst, (char)c);
            break;
        case ',':
            sb_putc(dst, (char)c);
            newline(dst, prefix, indent, depth);
            break;
        case ':':
            sb_puts(dst, ": ");
            break;
        case '}': case ']':
            if (need_indent) {
                need_indent = false;
            } else {
                depth--;
                newline(dst, prefix, indent, depth);
            }
            sb_putc(dst, (char)c);
            break;
        default:
            sb_putc(dst, (char)c);
        }
    }
    if (json_scan_eof(s) == SCAN_ERROR) {
        dst->len = orig;
        return false;
    }
    return true;
}

bool json_compact(JsonScanner *s, StrBuf *dst, const uint8_t *src, size_t n, bool escape) {
    static const char hex[] = "0123456789abcdef";
    size_t orig = dst->len, start = 0;
    json_scan_reset(s);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        if (escape && (c == '<' || c == '>' || c == '&')) {
            sb_put(dst, src + start, i - start);
            sb_puts(dst, "\\u00");
            sb_putc(dst, hex[c >> 4]);
            sb_putc(dst, hex[c & 0xF]);
            start = i + 1;
        }
        if (escape && c == 0xE2 && i + 2 < n && src[i + 1] == 0x80 && (src[i + 2] & ~1) == 0xA8) {
            sb_put(dst, src + start, i - start);
            sb_puts(dst, "\\u202");
            sb_putc(dst, hex[src[i + 2] & 0xF]);
            start = i + 3;
        }
        int v = s->step(s, c);
        if (v >= SCAN_SKIP_SPACE) {
            if (v == SCAN_ERROR) break;
            if (start < i) sb_put(dst, src + start, i - start);
            start = i + 1;
        }
    }
    if (json_scan_eof(s) == SCAN_ERROR) {
        dst->len = orig;
        return false;
    }
    if (start < n) sb_put(dst, src + start, n - start);
    return true;
}
