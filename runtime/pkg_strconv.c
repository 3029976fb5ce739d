// pkg_strconv.c - package strconv's functions over strconv.c, and
// *strconv.NumError, the error its parsers return:
//   strconv.Atoi: parsing "abc": invalid syntax
// NumError is a package type (the checker builds its descriptor from the
// NativeType text); errors are made with the checker's *NumError
// descriptor (rt_pkg_type) so err.(*strconv.NumError) and errors.As see
// it, falling back to the static one here when strconv is not imported.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const uint8_t mask_word0[] = {0x01};
static const uint8_t mask_numerr[] = {0x35};   // Func.ptr, Num.ptr, Err.type, Err.data

typedef struct NumError { GoString func, num; GoIface err; } NumError;

// numerr_error: NumError.Error.
static void numerr_error(Runtime *rt, Value *args, Value *results) {
    const NumError *e = args[0].p;
    StrBuf b = {0};
    sb_puts(&b, "strconv.");
    sb_put(&b, e->func.ptr, (size_t)e->func.len);
    sb_puts(&b, ": parsing ");
    rt_quote(&b, e->num.ptr, (size_t)e->num.len, false);
    sb_puts(&b, ": ");
    GoString text;
    if (rt_error_text(rt, e->err, &text))
        sb_put(&b, text.ptr, (size_t)text.len);
    else
        sb_puts(&b, "<nil>");
    results[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

// numerr_unwrap: NumError.Unwrap, so errors.Is(err, strconv.ErrSyntax) holds.
static void numerr_unwrap(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].e = ((const NumError *)args[0].p)->err;
}

static const Type *const results_error[] = {&rt_ptype_error};
static const Type func_error = {
    .kind = KIND_FUNC, .align = 8, .size = 8, .underlying = &func_error, .nresults = 1,
    .results = results_error, .ptrwords = 1, .gcmask = mask_word0, .str = "func() error",
};
static const Type *const results_string[] = {&rt_ptype_string};
static const Type func_string = {
    .kind = KIND_FUNC, .align = 8, .size = 8, .underlying = &func_string, .nresults = 1,
    .results = results_string, .ptrwords = 1, .gcmask = mask_word0, .str = "func() string",
};
static const Field numerr_fields[] = {
    {.name = "Func", .type = &rt_ptype_string, .offset = 0, .exported = true},
    {.name = "Num", .type = &rt_ptype_string, .offset = 16, .exported = true},
    {.name = "Err", .type = &rt_ptype_error, .offset = 32, .exported = true},
};
static const Method numerr_methods[] = {
    {.name = "Error", .type = &func_string, .native = numerr_error, .ptr_recv = true},
    {.name = "Unwrap", .type = &func_error, .native = numerr_unwrap, .ptr_recv = true},
};
static const Type numerr_struct = {
    .kind = KIND_STRUCT, .align = 8, .flags = TF_COMPARABLE | TF_BOXED | TF_AGGREGATE | TF_FLOAT_KEY,
    .size = 48, .underlying = &numerr_struct, .nfields = 3, .fields = numerr_fields,
    .ptrwords = 6, .gcmask = mask_numerr, .str = "struct { Func string; Num string; Err error }",
};
static const Type numerr_type = {
    .kind = KIND_STRUCT, .align = 8,
    .flags = TF_NAMED | TF_COMPARABLE | TF_BOXED | TF_AGGREGATE | TF_FLOAT_KEY,
    .size = 48, .name = "NumError", .pkg = "strconv", .underlying = &numerr_struct,
    .nfields = 3, .fields = numerr_fields, .nmethods = 2, .methods = numerr_methods,
    .ptrwords = 6, .gcmask = mask_numerr, .str = "strconv.NumError",
};
static const Type numerr_ptr = {
    .kind = KIND_POINTER, .align = 8, .flags = TF_COMPARABLE, .size = 8,
    .underlying = &numerr_ptr, .elem = &numerr_type, .ptrwords = 1, .gcmask = mask_word0,
    .str = "*strconv.NumError",
};

GoIface rt_num_error(Runtime *rt, const char *fn, GoString num, NumErr err, int arg) {
    NumError *e = rt_alloc(rt, &numerr_type);
    Value v;
    v.s = rt_string_from_c(rt, fn, strlen(fn));
    rt_store(rt, &rt_ptype_string, &e->func, v);
    v.s = rt_string_from_c(rt, (const char *)num.ptr, (size_t)num.len);
    rt_store(rt, &rt_ptype_string, &e->num, v);
    if (err == NUM_BASE || err == NUM_BITSIZE) {
        char msg[64];
        int n = snprintf(msg, sizeof msg, "%s %d", err == NUM_BASE ? "invalid base" : "invalid bit size", arg);
        v.e = rt_error_new(rt, msg, (size_t)n);
    } else {
        v.e = rt_errors_sentinel(err);
    }
    rt_store(rt, &rt_ptype_error, &e->err, v);
    const Type *pt = rt_pkg_type(rt, "strconv", "NumError", true);
    return (GoIface){pt ? pt : &numerr_ptr, e};
}

static const GoIface no_error = {NULL, NULL};

// parse_result: the error result of a parse (nil when ok).
static GoIface parse_error(Runtime *rt, const char *fn, GoString s, NumErr err, int arg) {
    return err == NUM_OK ? no_error : rt_num_error(rt, fn, s, err, arg);
}

static GoString sb_to_string(Runtime *rt, StrBuf *b) {
    GoString s = rt_string_from_c(rt, b->p ? b->p : "", b->len);
    sb_free(b);
    return s;
}

// Go's smallsString: 0..99 are substrings of it, no allocation.
static const char smalls[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                             "404142434445464748495051525354555657585960616263646566676869"
                             "707172737475767778798081828384858687888990919293949596979899";

// format_decimal: v in base 10 as Go's FormatInt(v, 10) returns it: a
// static substring for 0..99 (as Go's small), else one heap string
// formatted on the C stack (no StrBuf, no division by a variable base).
static GoString format_decimal(Runtime *rt, int64_t v) {
    if (v >= 0 && v < 100) {
        GoString s = {(const uint8_t *)smalls + (v < 10 ? 2 * v + 1 : 2 * v), v < 10 ? 1 : 2};
        return s;
    }
    char buf[24];
    char *p = buf + sizeof buf;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    return rt_string_from_c(rt, p, (size_t)(buf + sizeof buf - p));
}

static void sc_itoa(Runtime *rt, Value *args, Value *results) { results[0].s = format_decimal(rt, args[0].i); }

static void sc_atoi(Runtime *rt, Value *args, Value *results) {
    int64_t v;
    NumErr err = rt_parse_int(args[0].s, 10, 0, &v);
    results[0].i = err == NUM_SYNTAX ? 0 : v;
    results[1].e = parse_error(rt, "Atoi", args[0].s, err, 0);
}

static void sc_parse_int(Runtime *rt, Value *args, Value *results) {
    int64_t v;
    int base = (int)args[1].i, bits = (int)args[2].i;
    NumErr err = rt_parse_int(args[0].s, base, bits, &v);
    results[0].i = v;
    results[1].e = parse_error(rt, "ParseInt", args[0].s, err, err == NUM_BASE ? base : bits);
}

static void sc_parse_uint(Runtime *rt, Value *args, Value *results) {
    uint64_t v;
    int base = (int)args[1].i, bits = (int)args[2].i;
    NumErr err = rt_parse_uint(args[0].s, base, bits, &v);
    results[0].u = v;
    results[1].e = parse_error(rt, "ParseUint", args[0].s, err, err == NUM_BASE ? base : bits);
}

static void sc_parse_float(Runtime *rt, Value *args, Value *results) {
    double v;
    NumErr err = rt_parse_float(args[0].s, (int)args[1].i, &v);
    results[0].f = v;
    results[1].e = parse_error(rt, "ParseFloat", args[0].s, err, 0);
}

static void sc_parse_bool(Runtime *rt, Value *args, Value *results) {
    bool v;
    NumErr err = rt_parse_bool(args[0].s, &v);
    results[0].b = v;
    results[1].e = parse_error(rt, "ParseBool", args[0].s, err, 0);
}

static void check_base(Runtime *rt, int64_t base) {
    if (base < 2 || base > 36)
        rt_panic_plain(rt, "strconv: illegal AppendInt/FormatInt base");
}

static void sc_format_int(Runtime *rt, Value *args, Value *results) {
    check_base(rt, args[1].i);
    if (args[1].i == 10) {
        results[0].s = format_decimal(rt, args[0].i);
        return;
    }
    StrBuf b = {0};
    rt_format_int(&b, args[0].i, (int)args[1].i);
    results[0].s = sb_to_string(rt, &b);
}

static void sc_format_uint(Runtime *rt, Value *args, Value *results) {
    check_base(rt, args[1].i);
    StrBuf b = {0};
    rt_format_uint(&b, args[0].u, (int)args[1].i);
    results[0].s = sb_to_string(rt, &b);
}

static void sc_format_float(Runtime *rt, Value *args, Value *results) {
    int bits = (int)args[3].i;
    if (bits != 32 && bits != 64)
        rt_panic_plain(rt, "strconv: illegal AppendFloat/FormatFloat bitSize");
    StrBuf b = {0};
    rt_format_float(&b, args[0].f, (char)args[1].u, (int)args[2].i, bits);
    results[0].s = sb_to_string(rt, &b);
}

static void sc_format_bool(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    const char *s = args[0].b ? "true" : "false";
    results[0].s = (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

static void quote_common(Runtime *rt, Value *args, Value *results, bool ascii) {
    StrBuf b = {0};
    rt_quote(&b, args[0].s.ptr, (size_t)args[0].s.len, ascii);
    results[0].s = sb_to_string(rt, &b);
}

static void sc_quote(Runtime *rt, Value *args, Value *results) {
    quote_common(rt, args, results, false);
}

static void sc_quote_ascii(Runtime *rt, Value *args, Value *results) {
    quote_common(rt, args, results, true);
}

static void sc_quote_rune(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    rt_quote_rune(&b, (int32_t)args[0].i, false);
    results[0].s = sb_to_string(rt, &b);
}

static void sc_quote_rune_ascii(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    rt_quote_rune(&b, (int32_t)args[0].i, true);
    results[0].s = sb_to_string(rt, &b);
}

static void sc_unquote(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    if (rt_unquote(&b, args[0].s.ptr, (size_t)args[0].s.len)) {
        results[0].s = sb_to_string(rt, &b);
        results[1].e = no_error;
    } else {
        sb_free(&b);
        results[0].s = (GoString){NULL, 0};
        results[1].e = rt_errors_sentinel(NUM_SYNTAX);
    }
}

static void sc_is_print(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].b = rt_is_print((int32_t)args[0].i);
}

static void sc_can_backquote(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].b = rt_can_backquote(args[0].s.ptr, (size_t)args[0].s.len);
}

// append_text appends b's bytes to the []byte dst.
static GoSlice append_text(Runtime *rt, GoSlice dst, StrBuf *b) {
    GoSlice r = rt_append(rt, &rt_ptype_uint8, dst, b->p, b->len);
    sb_free(b);
    return r;
}

static void sc_append_int(Runtime *rt, Value *args, Value *results) {
    check_base(rt, args[2].i);
    StrBuf b = {0};
    rt_format_int(&b, args[1].i, (int)args[2].i);
    results[0].sl = append_text(rt, args[0].sl, &b);
}

static void sc_append_quote(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    rt_quote(&b, args[1].s.ptr, (size_t)args[1].s.len, false);
    results[0].sl = append_text(rt, args[0].sl, &b);
}

static void sc_append_uint(Runtime *rt, Value *args, Value *results) {
    check_base(rt, args[2].i);
    StrBuf b = {0};
    rt_format_uint(&b, args[1].u, (int)args[2].i);
    results[0].sl = append_text(rt, args[0].sl, &b);
}

static void sc_append_bool(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    sb_puts(&b, args[1].b ? "true" : "false");
    results[0].sl = append_text(rt, args[0].sl, &b);
}

static void sc_append_float(Runtime *rt, Value *args, Value *results) {
    int bits = (int)args[4].i;
    if (bits != 32 && bits != 64)
        rt_panic_plain(rt, "strconv: illegal AppendFloat/FormatFloat bitSize");
    StrBuf b = {0};
    rt_format_float(&b, args[1].f, (char)args[2].u, (int)args[3].i, bits);
    results[0].sl = append_text(rt, args[0].sl, &b);
}

// Quote/QuoteRune in a mode, as a string or appended to a []byte.
static void quote_to(Runtime *rt, GoString s, int mode, Value *results) {
    StrBuf b = {0};
    rt_quote_mode(&b, s.ptr, (size_t)s.len, mode);
    results[0].s = sb_to_string(rt, &b);
}
static void quote_rune_to(Runtime *rt, int64_t r, int mode, Value *results) {
    StrBuf b = {0};
    rt_quote_rune_mode(&b, (int32_t)r, mode);
    results[0].s = sb_to_string(rt, &b);
}
static void append_quote(Runtime *rt, Value *args, int mode, Value *results) {
    StrBuf b = {0};
    rt_quote_mode(&b, args[1].s.ptr, (size_t)args[1].s.len, mode);
    results[0].sl = append_text(rt, args[0].sl, &b);
}
static void append_quote_rune(Runtime *rt, Value *args, int mode, Value *results) {
    StrBuf b = {0};
    rt_quote_rune_mode(&b, (int32_t)args[1].i, mode);
    results[0].sl = append_text(rt, args[0].sl, &b);
}
static void sc_quote_graphic(Runtime *rt, Value *a, Value *r) { quote_to(rt, a[0].s, QUOTE_GRAPHIC, r); }
static void sc_quote_rune_graphic(Runtime *rt, Value *a, Value *r) { quote_rune_to(rt, a[0].i, QUOTE_GRAPHIC, r); }
static void sc_append_quote_ascii(Runtime *rt, Value *a, Value *r) { append_quote(rt, a, QUOTE_ASCII, r); }
static void sc_append_quote_graphic(Runtime *rt, Value *a, Value *r) { append_quote(rt, a, QUOTE_GRAPHIC, r); }
static void sc_append_quote_rune(Runtime *rt, Value *a, Value *r) { append_quote_rune(rt, a, QUOTE_PRINT, r); }
static void sc_append_quote_rune_ascii(Runtime *rt, Value *a, Value *r) { append_quote_rune(rt, a, QUOTE_ASCII, r); }
static void sc_append_quote_rune_graphic(Runtime *rt, Value *a, Value *r) { append_quote_rune(rt, a, QUOTE_GRAPHIC, r); }

static void sc_is_graphic(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].b = rt_is_graphic((int32_t)args[0].i);
}

// sc_unquote_char: UnquoteChar(s, quote) (value rune, multibyte bool, tail string, err error).
static void sc_unquote_char(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    GoString s = args[0].s;
    int32_t v = 0;
    bool mb = false;
    size_t used = 0;
    if (!rt_unquote_char(s.ptr, (size_t)s.len, (char)args[1].u, &v, &mb, &used)) {
        results[0].i = 0;
        results[1].b = false;
        results[2].s = (GoString){NULL, 0};
        results[3].e = rt_errors_sentinel(NUM_SYNTAX);
        return;
    }
    results[0].i = v;
    results[1].b = mb;
    results[2].s = (GoString){s.ptr + used, s.len - (int64_t)used};
    results[3].e = no_error;
}

// sc_quoted_prefix: QuotedPrefix(s): the shortest prefix of s that
// unquotes (a quoted string ends at its first unescaped closing quote).
static void sc_quoted_prefix(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    GoString s = args[0].s;
    for (int64_t end = 2; end <= s.len; end++) {
        if (s.ptr[end - 1] != s.ptr[0])
            continue;
        StrBuf b = {0};
        bool ok = rt_unquote(&b, s.ptr, (size_t)end);
        sb_free(&b);
        if (ok) {
            results[0].s = (GoString){s.ptr, end};
            results[1].e = no_error;
            return;
        }
        if (s.ptr[0] == '`' || s.ptr[0] == '\'')
            break;
    }
    results[0].s = (GoString){NULL, 0};
    results[1].e = rt_errors_sentinel(NUM_SYNTAX);
}

static void var_err_syntax(Runtime *rt, Value *out) {
    (void)rt;
    out->e = rt_errors_sentinel(NUM_SYNTAX);
}

static void var_err_range(Runtime *rt, Value *out) {
    (void)rt;
    out->e = rt_errors_sentinel(NUM_RANGE);
}

static const NativeFunc strconv_funcs[] = {
    {"Itoa", "func(i int) string", sc_itoa},
    {"Atoi", "func(s string) (int, error)", sc_atoi},
    {"ParseInt", "func(s string, base int, bitSize int) (i int64, err error)", sc_parse_int},
    {"ParseUint", "func(s string, base int, bitSize int) (uint64, error)", sc_parse_uint},
    {"ParseFloat", "func(s string, bitSize int) (float64, error)", sc_parse_float},
    {"ParseBool", "func(str string) (bool, error)", sc_parse_bool},
    {"FormatInt", "func(i int64, base int) string", sc_format_int},
    {"FormatUint", "func(i uint64, base int) string", sc_format_uint},
    {"FormatFloat", "func(f float64, fmt byte, prec, bitSize int) string", sc_format_float},
    {"FormatBool", "func(b bool) string", sc_format_bool},
    {"Quote", "func(s string) string", sc_quote},
    {"QuoteToASCII", "func(s string) string", sc_quote_ascii},
    {"QuoteRune", "func(r rune) string", sc_quote_rune},
    {"QuoteRuneToASCII", "func(r rune) string", sc_quote_rune_ascii},
    {"Unquote", "func(s string) (string, error)", sc_unquote},
    {"IsPrint", "func(r rune) bool", sc_is_print},
    {"CanBackquote", "func(s string) bool", sc_can_backquote},
    {"AppendInt", "func(dst []byte, i int64, base int) []byte", sc_append_int},
    {"AppendQuote", "func(dst []byte, s string) []byte", sc_append_quote},
    {"AppendUint", "func(dst []byte, i uint64, base int) []byte", sc_append_uint},
    {"AppendBool", "func(dst []byte, b bool) []byte", sc_append_bool},
    {"AppendFloat", "func(dst []byte, f float64, fmt byte, prec, bitSize int) []byte", sc_append_float},
    {"AppendQuoteToASCII", "func(dst []byte, s string) []byte", sc_append_quote_ascii},
    {"AppendQuoteToGraphic", "func(dst []byte, s string) []byte", sc_append_quote_graphic},
    {"AppendQuoteRune", "func(dst []byte, r rune) []byte", sc_append_quote_rune},
    {"AppendQuoteRuneToASCII", "func(dst []byte, r rune) []byte", sc_append_quote_rune_ascii},
    {"AppendQuoteRuneToGraphic", "func(dst []byte, r rune) []byte", sc_append_quote_rune_graphic},
    {"QuoteToGraphic", "func(s string) string", sc_quote_graphic},
    {"QuoteRuneToGraphic", "func(r rune) string", sc_quote_rune_graphic},
    {"IsGraphic", "func(r rune) bool", sc_is_graphic},
    {"UnquoteChar", "func(s string, quote byte) (value rune, multibyte bool, tail string, err error)", sc_unquote_char},
    {"QuotedPrefix", "func(s string) (string, error)", sc_quoted_prefix},
    {"(*NumError).Error", "func() string", numerr_error},
    {"(*NumError).Unwrap", "func() error", numerr_unwrap},
};

static const NativeType strconv_types[] = {
    {"NumError", "struct { Func string; Num string; Err error }"},
};

static const NativeConst strconv_consts[] = {
    {"IntSize", "untyped int", "64"},
};

static const NativeVar strconv_vars[] = {
    {"ErrSyntax", "error", var_err_syntax},
    {"ErrRange", "error", var_err_range},
};

const NativePkg rt_pkg_strconv = {
    .path = "strconv", .name = "strconv",
    .funcs = strconv_funcs, .nfuncs = sizeof strconv_funcs / sizeof strconv_funcs[0],
    .types = strconv_types, .ntypes = sizeof strconv_types / sizeof strconv_types[0],
    .consts = strconv_consts, .nconsts = sizeof strconv_consts / sizeof strconv_consts[0],
    .vars = strconv_vars, .nvars = sizeof strconv_vars / sizeof strconv_vars[0],
};
