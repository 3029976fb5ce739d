// pkg_fmt_scan.c - fmt's scanning functions (Scan, Scanln, Scanf and their
// Fscan*/Sscan* forms), ported from Go 1.19's scan.go: the same rune
// reader (a reader that is no io.RuneScanner is read one byte at a time
// and may lose the one rune read past a token, as in Go), SkipSpace's
// newline rules, the verbs of scanInt/scanUint/floatToken/convertString/
// scanBool, the format matching of advance/doScanf, and the same error
// texts. Operands are pointers to bools, integers, floats, strings and
// []byte (named types by their underlying kind), or values with a Scan
// method (fmt.Scanner): those get a *fmt.ss whose methods (ReadRune,
// UnreadRune, SkipSpace, Token, Width, Read) are the C scanner's.
//
// Go's scanner panics with its error and recovers at the top; here the
// error is recorded and a longjmp returns to the top of the call. Nothing
// between the setjmp and a longjmp owns C memory except ScanState.buf,
// which the top frees.
#include <setjmp.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

enum { EOF_RUNE = -1 };

typedef struct ScanState {
    Runtime *rt;
    GoIface r;                  // the reader (type NULL: src)
    GoString src;               // Sscan*: the string
    int64_t pos;
    bool rune_scanner;          // r has ReadRune and UnreadRune
    int32_t peek;               // readRune's pushed-back rune (-1: none)
    int32_t last;               // the last rune read (for UnreadRune)
    bool at_eof, nl_is_space, nl_is_end;
    int64_t count, arg_limit;
    int64_t max_wid;            // Scanf's width of the operand, -1 when none (Width)
    GoSlice one;                // 1-byte Go buffer for reading
    StrBuf buf;
    GoIface err;
    jmp_buf jb;
} ScanState;

static const GoIface no_error = {NULL, NULL};

_Noreturn static void fail(ScanState *s, GoIface err) {
    s->err = err;
    longjmp(s->jb, 1);
}

_Noreturn static void fail_text(ScanState *s, const char *msg) { fail(s, rt_error_new(s->rt, msg, strlen(msg))); }

static bool is_space(int32_t r) {
    if (r >= 0x10000)
        return false;
    static const int32_t spaces[][2] = {{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
                                        {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
                                        {0x205f, 0x205f}, {0x3000, 0x3000}};
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
        if (r >= spaces[i][0] && r <= spaces[i][1])
            return true;
    return false;
}

// read_byte: one byte of the reader, or -1 at the end (other errors fail).
static int read_byte(ScanState *s) {
    if (!s->r.type) {
        if (s->pos >= s->src.len)
            return -1;
        return s->src.ptr[s->pos++];
    }
    GoIface err;
    int64_t n = rt_io_read(s->rt, s->r, s->one, &err);
    if (n == 1)
        return *(uint8_t *)s->one.ptr;
    if (err.type && err.data != rt_io_eof().data)
        fail(s, err);
    return -1;
}

// raw_read_rune: Go's readRune.ReadRune (or the reader's own ReadRune).
static int32_t raw_read_rune(ScanState *s) {
    if (s->rune_scanner) {
        Value res[3];
        res[2].e = no_error;
        rt_call_method(s->rt, s->r, "ReadRune", NULL, 0, res);
        if (res[2].e.type) {
            if (res[2].e.data == rt_io_eof().data)
                return EOF_RUNE;
            fail(s, res[2].e);
        }
        return (int32_t)res[0].i;
    }
    if (s->peek >= 0) {
        int32_t r = s->peek;
        s->peek = -1;
        return r;
    }
    int b = read_byte(s);
    if (b < 0)
        return EOF_RUNE;
    if (b < 0x80)
        return b;
    uint8_t buf[4] = {(uint8_t)b};
    int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1, n = 1;
    while (n < need) {
        int c = read_byte(s);
        if (c < 0)
            break;
        buf[n++] = (uint8_t)c;
        if ((c & 0xc0) != 0x80)
            break;
    }
    int w;
    return rt_decode_rune((GoString){buf, n}, 0, &w);
}

// get_rune: ss.getRune (EOF_RUNE at the end, at the argument limit, or
// after the newline that ends a Scanln).
static int32_t get_rune(ScanState *s) {
    if (s->at_eof || s->count >= s->arg_limit)
        return EOF_RUNE;
    int32_t r = raw_read_rune(s);
    if (r == EOF_RUNE) {
        s->at_eof = true;
        return r;
    }
    s->count++;
    s->last = r;
    if (s->nl_is_end && r == '\n')
        s->at_eof = true;
    return r;
}

static void unread_rune(ScanState *s) {
    if (s->rune_scanner) {
        Value res[1];
        rt_call_method(s->rt, s->r, "UnreadRune", NULL, 0, res);
    } else {
        s->peek = s->last;
    }
    s->at_eof = false;
    s->count--;
}

static int32_t must_read_rune(ScanState *s) {
    int32_t r = get_rune(s);
    if (r == EOF_RUNE)
        fail(s, rt_io_unexpected_eof());
    return r;
}

static bool peek_is(ScanState *s, const char *ok) {
    int32_t r = get_rune(s);
    if (r != EOF_RUNE)
        unread_rune(s);
    return r != EOF_RUNE && r < 0x80 && r > 0 && strchr(ok, r);
}

static void skip_space(ScanState *s) {
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE)
            return;
        if (r == '\r' && peek_is(s, "\n"))
            continue;
        if (r == '\n') {
            if (s->nl_is_space)
                continue;
            fail_text(s, "unexpected newline");
        }
        if (!is_space(r)) {
            unread_rune(s);
            return;
        }
    }
}

static void not_eof(ScanState *s) {
    if (get_rune(s) == EOF_RUNE)
        fail(s, rt_io_eof());
    unread_rune(s);
}

static void put_rune(StrBuf *b, int32_t r) {
    char tmp[4];
    sb_put(b, tmp, (size_t)rt_encode_rune(tmp, r));
}

// consume: ss.consume: the next rune is in ok (kept in buf when accept).
static bool consume(ScanState *s, const char *ok, bool accept) {
    int32_t r = get_rune(s);
    if (r == EOF_RUNE)
        return false;
    if (r > 0 && r < 0x80 && strchr(ok, r)) {
        if (accept)
            put_rune(&s->buf, r);
        return true;
    }
    if (accept)
        unread_rune(s);
    return false;
}

static bool accept(ScanState *s, const char *ok) { return consume(s, ok, true); }

static void ok_verb(ScanState *s, int32_t verb, const char *verbs, const char *typ) {
    if (verb > 0 && verb < 0x80 && strchr(verbs, verb))
        return;
    StrBuf b = {0};
    sb_puts(&b, "bad verb '%");
    put_rune(&b, verb);
    sb_printf(&b, "' for %s", typ);
    GoIface e = rt_error_new(s->rt, b.p, b.len);
    sb_free(&b);
    fail(s, e);
}

// ---- numbers ------------------------------------------------------------------------

#define DEC "0123456789"
#define HEX "0123456789aAbBcCdDeEfF"

static void scan_number(ScanState *s, const char *digits, bool have) {
    if (!have) {
        not_eof(s);
        if (!accept(s, digits))
            fail_text(s, "expected integer");
    }
    while (accept(s, digits))
        ;
}

static const char *base_prefix(ScanState *s, bool *have) {
    *have = false;
    if (!peek_is(s, "0"))
        return DEC "_";
    accept(s, "0");
    *have = true;
    if (peek_is(s, "bB")) {
        consume(s, "bB", true);
        return "01_";
    }
    if (peek_is(s, "oO")) {
        consume(s, "oO", true);
        return "01234567_";
    }
    if (peek_is(s, "xX")) {
        consume(s, "xX", true);
        return HEX "_";
    }
    return "01234567_";
}

static int get_base(ScanState *s, int32_t verb, const char **digits) {
    ok_verb(s, verb, "bdoUxXv", "integer");
    *digits = verb == 'b' ? "01" : verb == 'o' ? "01234567" : (verb == 'x' || verb == 'X' || verb == 'U') ? HEX : DEC;
    return verb == 'b' ? 2 : verb == 'o' ? 8 : (verb == 'x' || verb == 'X' || verb == 'U') ? 16 : 10;
}

static GoString token_string(ScanState *s) { return (GoString){(const uint8_t *)s->buf.p, (int64_t)s->buf.len}; }

// integer scans an integer token (scanInt / scanUint) and parses it.
static uint64_t integer(ScanState *s, int32_t verb, int bits, bool is_signed) {
    if (verb == 'c') {
        not_eof(s);
        int32_t r = get_rune(s);
        int64_t x = bits == 64 ? r : (int64_t)((uint64_t)(int64_t)r << (64 - bits)) >> (64 - bits);
        if (x != r) {
            StrBuf b = {0};
            sb_puts(&b, "overflow on character value ");
            put_rune(&b, r);
            GoIface e = rt_error_new(s->rt, b.p, b.len);
            sb_free(&b);
            fail(s, e);
        }
        return (uint64_t)(int64_t)r;
    }
    skip_space(s);
    not_eof(s);
    const char *digits;
    int base = get_base(s, verb, &digits);
    bool have = false;
    if (verb == 'U') {
        if (!consume(s, "U", false) || !consume(s, "+", false))
            fail_text(s, "bad unicode format ");
    } else {
        if (is_signed)
            accept(s, "+-");
        if (verb == 'v') {
            digits = base_prefix(s, &have);
            base = 0;
        }
    }
    scan_number(s, digits, have);
    GoString tok = token_string(s);
    int64_t i = 0;
    uint64_t u = 0;
    NumErr e = is_signed ? rt_parse_int(tok, base, 64, &i) : rt_parse_uint(tok, base, 64, &u);
    if (e != NUM_OK)
        fail(s, rt_num_error(s->rt, is_signed ? "ParseInt" : "ParseUint", rt_string_from_c(s->rt, s->buf.p, s->buf.len), e, base));
    if (is_signed) {
        int64_t x = bits == 64 ? i : (int64_t)((uint64_t)i << (64 - bits)) >> (64 - bits);
        if (x != i) {
            StrBuf b = {0};
            sb_puts(&b, "integer overflow on token ");
            sb_put(&b, tok.ptr, (size_t)tok.len);
            GoIface err = rt_error_new(s->rt, b.p, b.len);
            sb_free(&b);
            fail(s, err);
        }
        return (uint64_t)i;
    }
    uint64_t x = bits == 64 ? u : (u << (64 - bits)) >> (64 - bits);
    if (x != u) {
        StrBuf b = {0};
        sb_puts(&b, "unsigned integer overflow on token ");
        sb_put(&b, tok.ptr, (size_t)tok.len);
        GoIface err = rt_error_new(s->rt, b.p, b.len);
        sb_free(&b);
        fail(s, err);
    }
    return u;
}

static double floating(ScanState *s, int32_t verb, int bits) {
    ok_verb(s, verb, "beEfFgGv", bits == 32 ? "float32" : "float64");
    skip_space(s);
    not_eof(s);
    s->buf.len = 0;
    if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN")) {
    } else {
        accept(s, "+-");
        if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF")) {
        } else {
            const char *digits = DEC "_", *exp = "eEpP";
            if (accept(s, "0") && accept(s, "xX")) {
                digits = HEX "_";
                exp = "pP";
            }
            while (accept(s, digits))
                ;
            if (accept(s, "."))
                while (accept(s, digits))
                    ;
            if (accept(s, exp)) {
                accept(s, "+-");
                while (accept(s, DEC "_"))
                    ;
            }
        }
    }
    double f = 0;
    NumErr e = rt_parse_float(token_string(s), bits, &f);
    if (e != NUM_OK)
        fail(s, rt_num_error(s->rt, "ParseFloat", rt_string_from_c(s->rt, s->buf.p ? s->buf.p : "", s->buf.len), e, 0));
    return f;
}

static bool boolean(ScanState *s, int32_t verb) {
    skip_space(s);
    not_eof(s);
    ok_verb(s, verb, "tv", "boolean");
    static const char *bool_error = "syntax error scanning boolean";
    switch (get_rune(s)) {
    case '0': return false;
    case '1': return true;
    case 't': case 'T':
        if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE")))
            fail_text(s, bool_error);
        return true;
    case 'f': case 'F':
        if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE")))
            fail_text(s, bool_error);
        return false;
    }
    return false;
}

// ---- strings --------------------------------------------------------------------------

static GoString string_token(ScanState *s, int32_t verb) {
    ok_verb(s, verb, "svqxX", "string");
    skip_space(s);
    not_eof(s);
    if (verb == 'q') {
        int32_t q = get_rune(s);
        if (q == '`') {
            for (int32_t r; (r = must_read_rune(s)) != '`';)
                put_rune(&s->buf, r);
            return rt_string_from_c(s->rt, s->buf.p ? s->buf.p : "", s->buf.len);
        }
        if (q != '"')
            fail_text(s, "expected quoted string");
        sb_putc(&s->buf, '"');
        for (;;) {
            int32_t r = must_read_rune(s);
            put_rune(&s->buf, r);
            if (r == '\\')
                put_rune(&s->buf, must_read_rune(s));
            else if (r == '"')
                break;
        }
        StrBuf out = {0};
        if (!rt_unquote(&out, (const uint8_t *)s->buf.p, s->buf.len))
            fail(s, rt_errors_sentinel(NUM_SYNTAX));
        GoString str = rt_string_from_c(s->rt, out.p ? out.p : "", out.len);
        sb_free(&out);
        return str;
    }
    if (verb == 'x' || verb == 'X') {
        for (;;) {
            int32_t a = get_rune(s);
            if (a == EOF_RUNE)
                break;
            const char *hx = "0123456789abcdefABCDEF";
            if (a >= 0x80 || !strchr(hx, a) || a == 0) {
                unread_rune(s);
                break;
            }
            int32_t b = must_read_rune(s);
            if (b >= 0x80 || !strchr(hx, b) || b == 0)
                fail_text(s, "illegal hex digit");
            int hi = a <= '9' ? a - '0' : (a | 0x20) - 'a' + 10, lo = b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
            sb_putc(&s->buf, (char)(hi << 4 | lo));
        }
        if (s->buf.len == 0)
            fail_text(s, "no hex data for %x string");
        return rt_string_from_c(s->rt, s->buf.p, s->buf.len);
    }
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE)
            break;
        if (is_space(r)) {
            unread_rune(s);
            break;
        }
        put_rune(&s->buf, r);
    }
    return rt_string_from_c(s->rt, s->buf.p ? s->buf.p : "", s->buf.len);
}

// ---- fmt.Scanner: a *fmt.ss over the C scanner ----------------------------------------
//
// A Scanner's Scan method is Go code between this scanner's setjmp and the
// ss methods it calls. A failure inside those methods must not longjmp
// across that Go code: each method installs its own s->jb for its work
// and turns a failure into what Go does (SkipSpace panics with a
// scanError, Token and ReadRune return the error); scan_with_method
// catches the Go panics that leave Scan, as Go's errorHandler does.

// SsBox: fmt.ss as Go sees it, "struct { state uintptr }": the running
// call's ScanState (0 once the Scan method returned).
typedef struct SsBox { uintptr_t state; } SsBox;

static const Type *fmt_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, RT_FMT_SS_PATH, name, ptr);
    if (!t)
        rt_fatal(rt, "fmt.%s: package type missing", name);
    return t;
}

static ScanState *ss_of(Runtime *rt, Value v) {
    SsBox *b = v.p;
    if (!b || !b->state)
        rt_panic_nil_deref(rt);
    return (ScanState *)b->state;
}

// GUARDED runs body with s->jb set here: on a failure inside, s->err is
// the error and on_fail runs (after s->jb is restored).
#define GUARDED(s, body, on_fail)                     \
    do {                                              \
        jmp_buf outer_;                               \
        memcpy(outer_, (s)->jb, sizeof outer_);       \
        if (setjmp((s)->jb)) {                        \
            memcpy((s)->jb, outer_, sizeof outer_);   \
            on_fail;                                  \
        } else {                                      \
            body;                                     \
            memcpy((s)->jb, outer_, sizeof outer_);   \
        }                                             \
    } while (0)

// take_err: s->err, cleared (a method's failure is not the scan's yet).
static GoIface take_err(ScanState *s) {
    GoIface e = s->err;
    s->err = no_error;
    return e;
}

void rt_fmt_ss_read_rune(Runtime *rt, Value *a, Value *res) {
    ScanState *s = ss_of(rt, a[0]);
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = res[1].i = 0;
    res[2].e = no_error;
    volatile int32_t r = EOF_RUNE;
    GUARDED(s, r = get_rune(s), res[2].e = take_err(s); return);
    if (r == EOF_RUNE) {
        res[2].e = rt_io_eof();
        return;
    }
    char tmp[4];
    res[0].i = r;
    res[1].i = rt_encode_rune(tmp, r);
}

void rt_fmt_ss_unread_rune(Runtime *rt, Value *a, Value *res) {
    ScanState *s = ss_of(rt, a[0]);
    unread_rune(s);
    res[0].e = no_error;
}

// scan_error_panic: Go's s.error(err): panic(scanError{err}).
_Noreturn static void scan_error_panic(Runtime *rt, GoIface err) {
    GoIface *box = rt_alloc(rt, fmt_type(rt, "scanError", false));
    rt_store(rt, &rt_ptype_error, box, (Value){.e = err});
    rt_panic(rt, (GoIface){fmt_type(rt, "scanError", true), box});
}

void rt_fmt_ss_skip_space(Runtime *rt, Value *a, Value *res) {
    (void)res;
    ScanState *s = ss_of(rt, a[0]);
    GUARDED(s, skip_space(s), scan_error_panic(rt, take_err(s)));
}

static bool token_accepts(Runtime *rt, Value fn, int32_t r) {
    if (!fn.p)
        return !is_space(r);
    Value arg = {.w = {0, 0}}, out[1] = {{.w = {0, 0}}};
    arg.i = r;
    rt_call_func(rt, fn, &arg, 1, out);
    return out[0].b;
}

// token: Go's ss.token.
static void token(ScanState *s, bool skip, Value fn) {
    if (skip)
        skip_space(s);
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE)
            break;
        if (!token_accepts(s->rt, fn, r)) {
            unread_rune(s);
            break;
        }
        put_rune(&s->buf, r);
    }
}

void rt_fmt_ss_token(Runtime *rt, Value *a, Value *res) {
    ScanState *s = ss_of(rt, a[0]);
    res[0].w[0] = res[0].w[1] = 0;
    res[1].e = no_error;
    s->buf.len = 0;
    GUARDED(s, token(s, a[1].b, a[2]), res[1].e = take_err(s); return);
    GoString tok = {(const uint8_t *)s->buf.p, (int64_t)s->buf.len};
    res[0].sl = rt_bytes_from_string(rt, &rt_ptype_bytes, tok);
}

void rt_fmt_ss_width(Runtime *rt, Value *a, Value *res) {
    ScanState *s = ss_of(rt, a[0]);
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = s->max_wid < 0 ? 0 : s->max_wid;
    res[1].i = 0;
    res[1].b = s->max_wid >= 0;
}

void rt_fmt_ss_read(Runtime *rt, Value *a, Value *res) {
    static const char msg[] = "ScanState's Read should not be called. Use ReadRune";
    ss_of(rt, a[0]);
    res[0].w[1] = 0;
    res[0].i = 0;
    res[1].e = rt_error_new(rt, msg, sizeof msg - 1);
}

// scan_with_method: Go's scanOne for an operand with a Scan method.
static void scan_with_method(ScanState *s, int32_t verb, GoIface arg) {
    Runtime *rt = s->rt;
    SsBox *box = rt_alloc(rt, fmt_type(rt, "ss", false));
    box->state = (uintptr_t)s;
    Value args[2] = {{.w = {0, 0}}, {.w = {0, 0}}}, res[1] = {{.w = {0, 0}}};
    args[0].e = (GoIface){fmt_type(rt, "ss", true), box};
    args[1].i = verb;
    jmp_buf outer;
    memcpy(outer, s->jb, sizeof outer);
    PanicHandler h;
    RtPanic *volatile before = rt_current_panic(rt);
    rt_push_handler(rt, &h);
    if (setjmp(h.jb)) {   // a panic left Scan (our handler is popped)
        box->state = 0;
        memcpy(s->jb, outer, sizeof outer);
        GoIface v = rt_current_panic(rt)->value;
        if (v.type == fmt_type(rt, "scanError", true)) {
            rt->panicking = before;
            fail(s, *(GoIface *)v.data);
        }
        if (v.type && v.data == rt_io_eof().data) {
            rt->panicking = before;
            fail(s, v);
        }
        rt_panic_continue(rt);
    }
    rt_call_method(rt, arg, "Scan", args, 2, res);
    rt_pop_handler(rt, &h);
    box->state = 0;
    memcpy(s->jb, outer, sizeof outer);
    GoIface err = res[0].e;
    if (err.type)
        fail(s, err.data == rt_io_eof().data ? rt_io_unexpected_eof() : err);
}

static bool is_scanner(const Type *t) {
    const Method *m = rt_find_method(t, "Scan");
    return m && (!m->type || (m->type->nparams == 2 && m->type->nresults == 1));
}

// ---- operands -------------------------------------------------------------------------

static void scan_one(ScanState *s, int32_t verb, GoIface arg) {
    s->buf.len = 0;
    const Type *t = arg.type;
    if (t && is_scanner(t)) {
        scan_with_method(s, verb, arg);
        return;
    }
    if (!t || t->kind != KIND_POINTER) {
        StrBuf b = {0};
        sb_printf(&b, "type not a pointer: %s", t ? rt_type_string(t) : "<nil>");
        GoIface e = rt_error_new(s->rt, b.p, b.len);
        sb_free(&b);
        fail(s, e);
    }
    const Type *et = t->elem;
    void *p = arg.data;
    if (!p)
        rt_panic_nil_deref(s->rt);
    switch (et->kind) {
    case KIND_BOOL: *(bool *)p = boolean(s, verb); return;
    case KIND_INT: case KIND_INT64: *(int64_t *)p = (int64_t)integer(s, verb, 64, true); return;
    case KIND_INT32: *(int32_t *)p = (int32_t)integer(s, verb, 32, true); return;
    case KIND_INT16: *(int16_t *)p = (int16_t)integer(s, verb, 16, true); return;
    case KIND_INT8: *(int8_t *)p = (int8_t)integer(s, verb, 8, true); return;
    case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR: *(uint64_t *)p = integer(s, verb, 64, false); return;
    case KIND_UINT32: *(uint32_t *)p = (uint32_t)integer(s, verb, 32, false); return;
    case KIND_UINT16: *(uint16_t *)p = (uint16_t)integer(s, verb, 16, false); return;
    case KIND_UINT8: *(uint8_t *)p = (uint8_t)integer(s, verb, 8, false); return;
    case KIND_FLOAT64: *(double *)p = floating(s, verb, 64); return;
    case KIND_FLOAT32: *(float *)p = (float)floating(s, verb, 32); return;
    case KIND_STRING: rt_store(s->rt, et, p, (Value){.s = string_token(s, verb)}); return;
    case KIND_SLICE:
        if (et->elem && et->elem->kind == KIND_UINT8) {
            GoString str = string_token(s, verb);
            rt_store(s->rt, et, p, (Value){.sl = rt_bytes_from_string(s->rt, et, str)});
            return;
        }
        break;
    default: break;
    }
    StrBuf b = {0};
    sb_printf(&b, "can't scan type: %s", rt_type_string(t));
    GoIface e = rt_error_new(s->rt, b.p, b.len);
    sb_free(&b);
    fail(s, e);
}

// do_scan: ss.doScan: one operand after another, then (Scanln) the newline.
static int64_t do_scan(ScanState *volatile s, const GoIface *args, int64_t n) {
    volatile int64_t done = 0;
    if (setjmp(s->jb))
        return done;
    for (int64_t i = 0; i < n; i++) {
        scan_one(s, 'v', args[i]);
        done++;
    }
    if (s->nl_is_end) {
        for (;;) {
            int32_t r = get_rune(s);
            if (r == '\n' || r == EOF_RUNE)
                break;
            if (!is_space(r)) {
                fail_text(s, "expected newline");
            }
        }
    }
    return done;
}

// advance: Go's ss.advance: matches format text (spaces, newlines,
// literal runes, %%) against the input; the bytes of format used, or -1
// when a literal rune does not match.
static int64_t advance(ScanState *s, GoString f) {
    int64_t i = 0;
    while (i < f.len) {
        int w;
        int32_t fc = rt_decode_rune(f, i, &w);
        if (is_space(fc)) {
            int newlines = 0;
            bool trailing = false;
            while (is_space(fc) && i < f.len) {
                if (fc == '\n') {
                    newlines++;
                    trailing = false;
                } else {
                    trailing = true;
                }
                i += w;
                fc = i < f.len ? rt_decode_rune(f, i, &w) : 0;
            }
            for (int j = 0; j < newlines; j++) {
                int32_t in = get_rune(s);
                while (is_space(in) && in != '\n')
                    in = get_rune(s);
                if (in != '\n' && in != EOF_RUNE)
                    fail_text(s, "newline in format does not match input");
            }
            if (trailing) {
                int32_t in = get_rune(s);
                if (newlines == 0) {
                    if (!is_space(in) && in != EOF_RUNE)
                        fail_text(s, "expected space in input to match format");
                    if (in == '\n')
                        fail_text(s, "newline in input does not match format");
                }
                while (is_space(in) && in != '\n')
                    in = get_rune(s);
                if (in != EOF_RUNE)
                    unread_rune(s);
            }
            continue;
        }
        if (fc == '%') {
            if (i + w == f.len)
                fail_text(s, "missing verb: % at end of format string");
            int w2;
            if (rt_decode_rune(f, i + w, &w2) != '%')
                return i;
            i += w;
        }
        int32_t in = must_read_rune(s);
        if (fc != in) {
            unread_rune(s);
            return -1;
        }
        i += w;
    }
    return i;
}

static int64_t do_scanf(ScanState *volatile s, GoString f, const GoIface *args, int64_t n) {
    volatile int64_t done = 0;
    if (setjmp(s->jb))
        return done;
    int64_t end = f.len - 1;
    for (int64_t i = 0; i <= end;) {
        int64_t w = advance(s, (GoString){f.ptr + i, f.len - i});
        if (w > 0) {
            i += w;
            continue;
        }
        if (f.ptr[i] != '%') {
            if (w < 0)
                fail_text(s, "input does not match format");
            break;
        }
        i++;
        int64_t wid = 0;
        bool wid_present = false;
        while (i <= end && f.ptr[i] >= '0' && f.ptr[i] <= '9') {
            wid = wid * 10 + (f.ptr[i++] - '0');
            wid_present = true;
        }
        int cw;
        int32_t c = i < f.len ? rt_decode_rune(f, i, &cw) : (cw = 0, 0);
        i += cw;
        if (c != 'c')
            skip_space(s);
        if (c == '%') {
            skip_space(s);
            not_eof(s);
            if (!accept(s, "%"))
                fail_text(s, "missing literal %");
            continue;
        }
        s->arg_limit = wid_present ? s->count + wid : INT64_MAX;
        s->max_wid = wid_present ? wid : -1;
        if (done >= n) {
            StrBuf b = {0};
            sb_puts(&b, "too few operands for format '%");
            sb_put(&b, f.ptr + i - cw, (size_t)(f.len - i + cw));
            sb_putc(&b, '\'');
            GoIface e = rt_error_new(s->rt, b.p, b.len);
            sb_free(&b);
            fail(s, e);
        }
        scan_one(s, c, args[done]);
        done++;
        s->arg_limit = INT64_MAX;
    }
    if (done < n)
        fail_text(s, "too many operands");
    return done;
}

// ---- entry points -----------------------------------------------------------------------

static void init_state(Runtime *rt, ScanState *s, GoIface r, GoString src, bool nl_is_space, bool nl_is_end) {
    memset(s, 0, sizeof *s);
    s->rt = rt;
    s->r = r;
    s->src = src;
    s->peek = -1;
    s->arg_limit = INT64_MAX;
    s->max_wid = -1;
    s->nl_is_space = nl_is_space;
    s->nl_is_end = nl_is_end;
    if (r.type) {
        s->rune_scanner = rt_find_method(r.type, "ReadRune") && rt_find_method(r.type, "UnreadRune");
        s->one = rt_make_slice(rt, &rt_ptype_uint8, 1, 1);
    }
}

static GoIface stdin_reader(Runtime *rt) {
    Value *v = rt_pkg_var(rt, "os", "Stdin");
    void *f = v ? v->p : rt_os_new_file(rt, 0, rt_string_from_c(rt, "/dev/stdin", 10));
    return (GoIface){rt_pkg_type(rt, "os", "File", true), f};
}

typedef enum { SC_SCAN, SC_SCANLN, SC_SCANF } ScanKind;

// scan_call runs one call: r (or src when r has no type), format for Scanf.
static void scan_call(Runtime *rt, GoIface r, GoString src, ScanKind k, GoString format, GoSlice args, Value *res) {
    ScanState s;
    init_state(rt, &s, r, src, k == SC_SCAN, k == SC_SCANLN);
    const GoIface *a = args.ptr;
    int64_t n = k == SC_SCANF ? do_scanf(&s, format, a, args.len) : do_scan(&s, a, args.len);
    sb_free(&s.buf);
    res[0].w[1] = 0;
    res[0].i = n;
    res[1].e = s.err;
}

static const GoString none = {NULL, 0};

void rt_fmt_scan(Runtime *rt, Value *a, Value *res) { scan_call(rt, stdin_reader(rt), none, SC_SCAN, none, a[0].sl, res); }
void rt_fmt_scanln(Runtime *rt, Value *a, Value *res) { scan_call(rt, stdin_reader(rt), none, SC_SCANLN, none, a[0].sl, res); }
void rt_fmt_scanf(Runtime *rt, Value *a, Value *res) { scan_call(rt, stdin_reader(rt), none, SC_SCANF, a[0].s, a[1].sl, res); }
void rt_fmt_sscan(Runtime *rt, Value *a, Value *res) { scan_call(rt, no_error, a[0].s, SC_SCAN, none, a[1].sl, res); }
void rt_fmt_sscanln(Runtime *rt, Value *a, Value *res) { scan_call(rt, no_error, a[0].s, SC_SCANLN, none, a[1].sl, res); }
void rt_fmt_sscanf(Runtime *rt, Value *a, Value *res) { scan_call(rt, no_error, a[0].s, SC_SCANF, a[1].s, a[2].sl, res); }
void rt_fmt_fscan(Runtime *rt, Value *a, Value *res) { scan_call(rt, a[0].e, none, SC_SCAN, none, a[1].sl, res); }
void rt_fmt_fscanln(Runtime *rt, Value *a, Value *res) { scan_call(rt, a[0].e, none, SC_SCANLN, none, a[1].sl, res); }
void rt_fmt_fscanf(Runtime *rt, Value *a, Value *res) { scan_call(rt, a[0].e, none, SC_SCANF, a[1].s, a[2].sl, res); }

