// panic.c - Go panics: the handler chain panics unwind to, the panic
// chain, the runtime's own error types (runtime.errorString, plainError,
// boundsError, *TypeAssertionError) with Go 1.19's exact texts, and the
// report printed when a panic reaches the top of the goroutine.
//
// Protocol with the evaluator:
//   - a frame that must run defers (or a goroutine's top) pushes a
//     PanicHandler and setjmp()s its jb; it pops it when it returns
//     normally (rt_pop_handler is a no-op if the handler is gone already);
//   - rt_panic records the panic in rt->panicking (newest first, linked to
//     the panics still in progress), POPS the innermost handler and
//     longjmps to it, so when setjmp returns nonzero the handler is no
//     longer installed (re-push it to run the deferred calls under it);
//   - recover marks rt_current_panic(rt)->recovered; once the deferred
//     call returns, the evaluator unlinks the recovered panic (and panics
//     it aborted) from rt->panicking; if the frame is still panicking
//     after its defers, rt_panic_continue unwinds to the next handler;
//   - with no handler left, rt_report_panic prints Go's report and exits 2.
// Panic records are heap objects (type panic_type below); rt->panicking is
// registered as a GC root by rt_values_init (called by the first rt_panic
// at the latest).
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sched_internal.h"
#include "value_internal.h"

// ---- the runtime's own types -------------------------------------------------

static const uint8_t mask_w0[1] = {0x01};
static const uint8_t mask_w3[1] = {0x08};
static const uint8_t mask_panic[1] = {0x0B};   // value.type, value.data, link

#define BASIC(var, k, sz, nm)                                                          \
    static const Type var = {.kind = k, .align = sz, .size = sz, .name = nm, .str = nm, \
                             .flags = TF_COMPARABLE | TF_NOPTR, .underlying = &var}
BASIC(t_bool, KIND_BOOL, 1, "bool");
BASIC(t_uint8, KIND_UINT8, 1, "uint8");
BASIC(t_int, KIND_INT, 8, "int");
BASIC(t_int64, KIND_INT64, 8, "int64");
BASIC(t_uintptr, KIND_UINTPTR, 8, "uintptr");
#undef BASIC

static const Type t_string = {
    .kind = KIND_STRING, .align = 8, .size = 16, .name = "string", .str = "string",
    .flags = TF_COMPARABLE | TF_BOXED, .underlying = &t_string, .ptrwords = 1, .gcmask = mask_w0,
};

static const Type *const string_result[1] = {&t_string};
static const Type sig_string = {
    .kind = KIND_FUNC, .align = 8, .size = 8, .underlying = &sig_string, .nresults = 1,
    .results = string_result, .str = "func() string", .ptrwords = 1, .gcmask = mask_w0,
};
static const Type sig_void = {
    .kind = KIND_FUNC, .align = 8, .size = 8, .underlying = &sig_void, .str = "func()",
    .ptrwords = 1, .gcmask = mask_w0,
};

static void native_errorString(Runtime *rt, Value *args, Value *results);
static void native_plainError(Runtime *rt, Value *args, Value *results);
static void native_boundsError(Runtime *rt, Value *args, Value *results);
static void native_assertError(Runtime *rt, Value *args, Value *results);
static void native_runtime_error(Runtime *rt, Value *args, Value *results) { (void)rt, (void)args, (void)results; }

// Method sets, sorted by name: Error() string and the RuntimeError() marker.
#define METHODS(var, fn, ptr)                                                            \
    static const Method var[2] = {                                                       \
        {.name = "Error", .type = &sig_string, .native = fn, .ptr_recv = ptr},          \
        {.name = "RuntimeError", .type = &sig_void, .native = native_runtime_error, .ptr_recv = ptr}, \
    }
METHODS(errorString_methods, native_errorString, false);
METHODS(plainError_methods, native_plainError, false);
METHODS(boundsError_methods, native_boundsError, false);
METHODS(assertError_methods, native_assertError, true);
#undef METHODS

#define STRING_ERROR(var, nm, mtab)                                                          \
    const Type var = {.kind = KIND_STRING, .align = 8, .size = 16, .name = nm, .pkg = "runtime", \
                      .str = "runtime." nm, .flags = TF_NAMED | TF_COMPARABLE | TF_BOXED,   \
                      .underlying = &t_string, .nmethods = 2, .methods = mtab,              \
                      .ptrwords = 1, .gcmask = mask_w0}
STRING_ERROR(rt_type_errorString, "errorString", errorString_methods);
STRING_ERROR(rt_type_plainError, "plainError", plainError_methods);
#undef STRING_ERROR

// Go's boundsError{x int64; y int; signed bool; code boundsErrorCode}.
typedef struct BoundsError {
    int64_t x;
    int64_t y;
    bool is_signed;
    uint8_t code;
} BoundsError;

static const Field bounds_fields[4] = {
    {.name = "x", .type = &t_int64, .offset = offsetof(BoundsError, x)},
    {.name = "y", .type = &t_int, .offset = offsetof(BoundsError, y)},
    {.name = "signed", .type = &t_bool, .offset = offsetof(BoundsError, is_signed)},
    {.name = "code", .type = &t_uint8, .offset = offsetof(BoundsError, code)},
};
static const Type bounds_struct = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(BoundsError), .underlying = &bounds_struct,
    .nfields = 4, .fields = bounds_fields, .flags = TF_COMPARABLE | TF_NOPTR | TF_BOXED | TF_AGGREGATE,
    .str = "struct { x int64; y int; signed bool; code uint8 }",
};
const Type rt_type_boundsError = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(BoundsError), .name = "boundsError",
    .pkg = "runtime", .str = "runtime.boundsError", .underlying = &bounds_struct,
    .nfields = 4, .fields = bounds_fields, .nmethods = 2, .methods = boundsError_methods,
    .flags = TF_NAMED | TF_COMPARABLE | TF_NOPTR | TF_BOXED | TF_AGGREGATE,
};

// Go's TypeAssertionError{_interface, concrete, asserted *_type; missingMethod string}.
// Descriptors are never heap objects, so only the string word is a pointer.
typedef struct TypeAssertError {
    const Type *iface, *concrete, *asserted;
    GoString missing;
} TypeAssertError;

static const Field tae_fields[4] = {
    {.name = "_interface", .type = &t_uintptr, .offset = offsetof(TypeAssertError, iface)},
    {.name = "concrete", .type = &t_uintptr, .offset = offsetof(TypeAssertError, concrete)},
    {.name = "asserted", .type = &t_uintptr, .offset = offsetof(TypeAssertError, asserted)},
    {.name = "missingMethod", .type = &t_string, .offset = offsetof(TypeAssertError, missing)},
};
static const Type tae_struct = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(TypeAssertError), .underlying = &tae_struct,
    .nfields = 4, .fields = tae_fields, .flags = TF_COMPARABLE | TF_BOXED | TF_AGGREGATE,
    .ptrwords = 4, .gcmask = mask_w3,
    .str = "struct { _interface uintptr; concrete uintptr; asserted uintptr; missingMethod string }",
};
const Type rt_type_TypeAssertionError = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(TypeAssertError), .name = "TypeAssertionError",
    .pkg = "runtime", .str = "runtime.TypeAssertionError", .underlying = &tae_struct,
    .nfields = 4, .fields = tae_fields, .nmethods = 2, .methods = assertError_methods,
    .flags = TF_NAMED | TF_COMPARABLE | TF_BOXED | TF_AGGREGATE, .ptrwords = 4, .gcmask = mask_w3,
};
const Type rt_type_TypeAssertionError_ptr = {
    .kind = KIND_POINTER, .align = 8, .size = 8, .elem = &rt_type_TypeAssertionError,
    .underlying = &rt_type_TypeAssertionError_ptr, .str = "*runtime.TypeAssertionError",
    .flags = TF_COMPARABLE, .ptrwords = 1, .gcmask = mask_w0,
};

// The heap object behind an RtPanic.
static const Type panic_type = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(RtPanic), .underlying = &panic_type,
    .str = "runtime._panic", .flags = TF_AGGREGATE | TF_BOXED, .ptrwords = 4, .gcmask = mask_panic,
};
_Static_assert(offsetof(RtPanic, link) == 24, "panic_type mask: link is word 3");

static const GoString memory_error_text = {(const uint8_t *)"invalid memory address or nil pointer dereference", 49};
static const GoString divide_error_text = {(const uint8_t *)"integer divide by zero", 22};

// ---- error texts -----------------------------------------------------------------

static const char *const bounds_fmt[] = {
    [BOUNDS_INDEX] = "index out of range [%x] with length %y",
    [BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
    [BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
    [BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
    [BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
    [BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
    [BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
    [BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
    [BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};
// Used instead when x is negative (then y is not worth reporting).
static const char *const bounds_neg_fmt[] = {
    [BOUNDS_INDEX] = "index out of range [%x]",
    [BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
    [BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
    [BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
    [BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
    [BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
    [BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
    [BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
    [BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static void put_int(StrBuf *out, int64_t v, bool is_signed) {
    if (is_signed) sb_printf(out, "%lld", (long long)v);
    else sb_printf(out, "%llu", (unsigned long long)v);
}

static void bounds_text(StrBuf *out, const BoundsError *e) {
    const char *f = (e->is_signed && e->x < 0) ? bounds_neg_fmt[e->code] : bounds_fmt[e->code];
    sb_puts(out, "runtime error: ");
    for (; *f; f++) {
        if (*f != '%') {
            sb_putc(out, *f);
            continue;
        }
        f++;
        if (*f == 'x') put_int(out, e->x, e->is_signed);
        else put_int(out, e->y, true);
    }
}

static const char *pkg_of(const Type *t) {
    if (t->kind == KIND_POINTER && !t->name && t->elem) t = t->elem;
    return t->pkg ? t->pkg : "";
}

// Go's (*TypeAssertionError).Error.
static void assert_text(StrBuf *out, const TypeAssertError *e) {
    const char *inter = e->iface ? rt_type_string(e->iface) : "interface";
    const char *as = rt_type_string(e->asserted);
    sb_puts(out, "interface conversion: ");
    if (!e->concrete) {
        sb_printf(out, "%s is nil, not %s", inter, as);
        return;
    }
    const char *cs = rt_type_string(e->concrete);
    if (e->missing.len == 0) {
        sb_printf(out, "%s is %s, not %s", inter, cs, as);
        if (strcmp(cs, as) == 0) {
            if (strcmp(pkg_of(e->concrete), pkg_of(e->asserted)) != 0) sb_puts(out, " (types from different packages)");
            else sb_puts(out, " (types from different scopes)");
        }
        return;
    }
    sb_printf(out, "%s is not %s: missing method ", cs, as);
    sb_put(out, e->missing.ptr, (size_t)e->missing.len);
}

bool rt_runtime_error_text(Runtime *rt, GoIface v, StrBuf *out) {
    (void)rt;
    if (v.type == &rt_type_errorString || v.type == &rt_type_plainError) {
        const GoString *s = v.data;
        if (v.type == &rt_type_errorString) sb_puts(out, "runtime error: ");
        sb_put(out, s->ptr, (size_t)s->len);
    } else if (v.type == &rt_type_boundsError) {
        bounds_text(out, v.data);
    } else if (v.type == &rt_type_TypeAssertionError_ptr) {
        assert_text(out, v.data);
    } else {
        return false;
    }
    return true;
}

static void error_result(Runtime *rt, GoIface v, Value *results) {
    StrBuf b = {0};
    rt_runtime_error_text(rt, v, &b);
    results[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

// The Error methods: args[0] is the receiver (a string; a boundsError
// held by address; a *TypeAssertionError).
static void native_errorString(Runtime *rt, Value *args, Value *results) {
    GoIface v = {&rt_type_errorString, &args[0].s};
    error_result(rt, v, results);
}

static void native_plainError(Runtime *rt, Value *args, Value *results) {
    GoIface v = {&rt_type_plainError, &args[0].s};
    error_result(rt, v, results);
}

static void native_boundsError(Runtime *rt, Value *args, Value *results) {
    GoIface v = {&rt_type_boundsError, args[0].p};
    error_result(rt, v, results);
}

static void native_assertError(Runtime *rt, Value *args, Value *results) {
    GoIface v = {&rt_type_TypeAssertionError_ptr, args[0].p};
    error_result(rt, v, results);
}

// ---- handlers and the panic chain ---------------------------------------------

void rt_values_init(Runtime *rt) {
    if (rt->panic_root) return;
    rt->panic_root = true;
    gc_add_root(rt, &rt->panicking, sizeof rt->panicking);
}

void rt_values_free(Runtime *rt) {
    sb_free(&rt->out);
}

void rt_push_handler(Runtime *rt, PanicHandler *h) {
    h->prev = rt->handler;
    rt->handler = h;
}

void rt_pop_handler(Runtime *rt, PanicHandler *h) {
    if (rt->handler == h) rt->handler = h->prev;
}

RtPanic *rt_current_panic(Runtime *rt) { return rt->panicking; }

static bool is_runtime_error_type(const Type *t) {
    return t == &rt_type_errorString || t == &rt_type_plainError || t == &rt_type_boundsError ||
           t == &rt_type_TypeAssertionError_ptr;
}

_Noreturn void rt_panic_continue(Runtime *rt) {
    PanicHandler *h = rt->handler;
    if (!h && rt->panicking && rt->panicking->goexit) sched_goexit_done(rt);
    if (!h) rt_report_panic(rt);
    rt->handler = h->prev;
    if (rt->panicking) rt->panicking->frame = h;
    longjmp(h->jb, 1);
}

static bool in_chain(Runtime *rt, const RtPanic *p) {
    for (const RtPanic *q = rt->panicking; q; q = q->link)
        if (q == p) return true;
    return false;
}

// start_panic records a new panic with value v as the newest of the chain.
static RtPanic *start_panic(Runtime *rt, GoIface v) {
    rt_values_init(rt);   // idempotent: makes rt->panicking a GC root
    if (rt->sig_panic && !in_chain(rt, rt->sig_panic)) rt->sig_panic = NULL;   // recovered
    RtPanic *p = rt_alloc(rt, &panic_type);
    p->value.type = v.type;
    gc_write_ptr(rt, &p->value.data, v.data);
    p->runtime_error = is_runtime_error_type(v.type);
    gc_write_ptr(rt, (void **)&p->link, rt->panicking);
    rt->panicking = p;
    return p;
}

_Noreturn void rt_panic(Runtime *rt, GoIface v) {
    start_panic(rt, v);
    // let the interpreter record the panic site's frames before unwinding
    // destroys them (the report prints them after deferred calls ran)
    if (rt->hooks.capture_trace) rt->hooks.capture_trace(rt->hooks.ctx);
    rt_panic_continue(rt);
}

_Noreturn void rt_goexit_start(Runtime *rt) {
    RtPanic *p = start_panic(rt, (GoIface){NULL, NULL});
    p->goexit = true;
    rt_panic_continue(rt);
}

// panic_string_error: panic with a string-kinded runtime error type t.
static _Noreturn void panic_string_error(Runtime *rt, const Type *t, GoString text) {
    GoString *box = rt_alloc(rt, t);
    Value v = {.s = text};
    rt_store(rt, t, box, v);
    GoIface e = {t, box};
    rt_panic(rt, e);
}

_Noreturn void rt_panic_runtime(Runtime *rt, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    char *buf = small;
    if ((size_t)n >= sizeof small) {
        buf = malloc((size_t)n + 1);
        if (!buf) rt_fatal(rt, "out of memory");
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    GoString text = rt_string_from_c(rt, buf, (size_t)n);
    if (buf != small) free(buf);
    panic_string_error(rt, &rt_type_errorString, text);
}

_Noreturn void rt_panic_plain(Runtime *rt, const char *msg) {
    panic_string_error(rt, &rt_type_plainError, rt_string_from_c(rt, msg, strlen(msg)));
}

_Noreturn void rt_panic_plain_string(Runtime *rt, GoString msg) { panic_string_error(rt, &rt_type_plainError, msg); }

_Noreturn void rt_panic_bounds(Runtime *rt, BoundsCode code, int64_t x, bool x_signed, int64_t y) {
    BoundsError *e = rt_alloc(rt, &rt_type_boundsError);
    e->x = x;
    e->y = y;
    e->is_signed = x_signed;
    e->code = (uint8_t)code;
    GoIface v = {&rt_type_boundsError, e};
    rt_panic(rt, v);
}

_Noreturn void rt_panic_slice(Runtime *rt, BoundsCode code, int64_t x, int64_t y) {
    rt_panic_bounds(rt, code, x, true, y);
}

_Noreturn void rt_panic_index(Runtime *rt, int64_t i, int64_t len) {
    rt_panic_bounds(rt, BOUNDS_INDEX, i, true, len);
}

_Noreturn void rt_panic_nil_deref(Runtime *rt) {
    GoIface v = {&rt_type_errorString, (void *)&memory_error_text};
    rt->sig_panic = start_panic(rt, v);   // Go reports the SIGSEGV behind it
    rt_panic_continue(rt);
}

_Noreturn void rt_panic_divide(Runtime *rt) {
    GoIface v = {&rt_type_errorString, (void *)&divide_error_text};
    rt_panic(rt, v);
}

_Noreturn void rt_panic_type_assert(Runtime *rt, const Type *iface, const Type *concrete,
                                    const Type *asserted, const char *missing) {
    TypeAssertError *e = rt_alloc(rt, &rt_type_TypeAssertionError);
    e->iface = iface;
    e->concrete = concrete;
    e->asserted = asserted;
    if (missing) {
        GoString m = rt_string_from_c(rt, missing, strlen(missing));
        gc_write_ptr(rt, (void **)&e->missing.ptr, (void *)m.ptr);
        e->missing.len = m.len;
    }
    GoIface v = {&rt_type_TypeAssertionError_ptr, e};
    rt_panic(rt, v);
}

// ---- printing panics ---------------------------------------------------------------

// Go's runtime printfloat: 7 significant digits, "+d.dddddde+ddd".
void rt_print_float(StrBuf *out, double v) {
    if (v != v) {
        sb_puts(out, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        sb_puts(out, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        sb_puts(out, "-Inf");
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    sb_put(out, buf, sizeof buf);
}

// put_basic prints a value of a basic kind as the print builtin does;
// false for other kinds.
static bool put_basic(StrBuf *out, const Type *t, Value v) {
    switch (t->kind) {
    case KIND_BOOL: sb_puts(out, v.b ? "true" : "false"); return true;
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        sb_printf(out, "%lld", (long long)v.i);
        return true;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        sb_printf(out, "%llu", (unsigned long long)v.u);
        return true;
    case KIND_FLOAT32: rt_print_float(out, v.f32); return true;
    case KIND_FLOAT64: rt_print_float(out, v.f); return true;
    default: return false;
    }
}

// call_text: the text of v.Error() (or v.String()) through the hook.
static bool call_text(Runtime *rt, GoIface v, const char *name, StrBuf *out) {
    GoString s;
    if (!rt->hooks.call_string_method || rt->panic_reporting > 1) return false;
    if (!rt->hooks.call_string_method(rt->hooks.ctx, v, name, &s)) return false;
    sb_put(out, s.ptr, (size_t)s.len);
    return true;
}

void rt_panic_value_text(Runtime *rt, StrBuf *out, GoIface v) {
    const Type *t = v.type;
    if (!t) {
        sb_puts(out, "nil");
        return;
    }
    if (rt_runtime_error_text(rt, v, out)) return;
    if (call_text(rt, v, "Error", out) || call_text(rt, v, "String", out)) return;
    Value x = rt_iface_unbox(v);
    bool named = t->pkg != NULL;   // predeclared types have no package
    if (t->kind == KIND_STRING) {
        if (named) sb_printf(out, "%s(\"", rt_type_string(t));
        sb_put(out, x.s.ptr, (size_t)x.s.len);
        if (named) sb_puts(out, "\")");
        return;
    }
    size_t mark = out->len;
    if (named) sb_printf(out, "%s(", rt_type_string(t));
    if (put_basic(out, t, x)) {
        if (named) sb_putc(out, ')');
        return;
    }
    out->len = mark;
    sb_printf(out, "(%s) 0x%llx", rt_type_string(t), (unsigned long long)(uintptr_t)v.data);
}

// put_panics: Go's printpanics, oldest panic first, later ones indented.
static void put_panics(Runtime *rt, StrBuf *out, RtPanic *p) {
    if (!p) return;
    if (p->link) {
        put_panics(rt, out, p->link);
        sb_putc(out, '\t');
    }
    sb_puts(out, "panic: ");
    rt_panic_value_text(rt, out, p->value);
    if (p->recovered) sb_puts(out, " [recovered]");
    sb_putc(out, '\n');
}

_Noreturn void rt_report_panic(Runtime *rt) {
    rt_print_panic(rt);
    rt_exit_why(rt, 2, RT_EXIT_PANIC);
    exit(2);
}

void rt_clear_panic(Runtime *rt) {
    rt->panicking = NULL;
    rt->sig_panic = NULL;
}

void rt_print_panic(Runtime *rt) {
    rt->panic_reporting++;
    StrBuf b = {0};
    put_panics(rt, &b, rt->panicking);
    if (rt->sig_panic && in_chain(rt, rt->sig_panic))
        sb_printf(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%llx]\n",
                  (unsigned long long)(uintptr_t)rt_panic_nil_deref);
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)rt_goroutine_id(rt));
    rt_write_stderr(rt, b.p, b.len);
    sb_free(&b);
    if (rt->hooks.print_frames) {
        rt_print_frames(rt, stderr);
        rt_print_created_by(rt, stderr);
        fflush(stderr);
    }
    rt->panic_reporting--;
}
