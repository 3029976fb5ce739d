// pkg_errors.c - package errors (New, Is, As, Unwrap), io.EOF and the
// error values the
// runtime makes: *errors.errorString (errors.New, fmt.Errorf without %w,
// strconv's ErrSyntax / ErrRange) and *fmt.wrapError (fmt.Errorf with %w).
// Their descriptors are static const; their Error and Unwrap methods are
// native.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const uint8_t mask_word0[] = {0x01};
static const uint8_t mask_wraperr[] = {0x0d};   // msg.ptr, err.type, err.data

// errorString: struct { s string }
typedef struct ErrorString { GoString s; } ErrorString;
// wrapError: struct { msg string; err error }
typedef struct WrapError { GoString msg; GoIface err; } WrapError;

static void errstr_error(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].s = ((const ErrorString *)args[0].p)->s;
}

static void wraperr_error(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].s = ((const WrapError *)args[0].p)->msg;
}

static void wraperr_unwrap(Runtime *rt, Value *args, Value *results) {
    (void)rt;
    results[0].e = ((const WrapError *)args[0].p)->err;
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

static const Field errstr_fields[] = {{.name = "s", .type = &rt_ptype_string, .offset = 0}};
static const Method errstr_methods[] = {
    {.name = "Error", .type = &func_string, .native = errstr_error, .ptr_recv = true},
};
static const Type errstr_struct = {
    .kind = KIND_STRUCT, .align = 8, .flags = TF_COMPARABLE | TF_BOXED | TF_AGGREGATE,
    .size = 16, .underlying = &errstr_struct, .nfields = 1, .fields = errstr_fields,
    .ptrwords = 1, .gcmask = mask_word0, .str = "struct { s string }",
};
static const Type errstr_type = {
    .kind = KIND_STRUCT, .align = 8, .flags = TF_NAMED | TF_COMPARABLE | TF_BOXED | TF_AGGREGATE,
    .size = 16, .name = "errorString", .pkg = "errors", .underlying = &errstr_struct,
    .nfields = 1, .fields = errstr_fields, .nmethods = 1, .methods = errstr_methods,
    .ptrwords = 1, .gcmask = mask_word0, .str = "errors.errorString",
};
static const Type errstr_ptr = {
    .kind = KIND_POINTER, .align = 8, .flags = TF_COMPARABLE, .size = 8,
    .underlying = &errstr_ptr, .elem = &errstr_type, .ptrwords = 1, .gcmask = mask_word0,
    .str = "*errors.errorString",
};

static const Field wraperr_fields[] = {
    {.name = "msg", .type = &rt_ptype_string, .offset = 0},
    {.name = "err", .type = &rt_ptype_error, .offset = 16},
};
static const Method wraperr_methods[] = {
    {.name = "Error", .type = &func_string, .native = wraperr_error, .ptr_recv = true},
    {.name = "Unwrap", .type = &func_error, .native = wraperr_unwrap, .ptr_recv = true},
};
static const Type wraperr_struct = {
    .kind = KIND_STRUCT, .align = 8, .flags = TF_COMPARABLE | TF_BOXED | TF_AGGREGATE | TF_FLOAT_KEY,
    .size = 32, .underlying = &wraperr_struct, .nfields = 2, .fields = wraperr_fields,
    .ptrwords = 4, .gcmask = mask_wraperr, .str = "struct { msg string; err error }",
};
static const Type wraperr_type = {
    .kind = KIND_STRUCT, .align = 8,
    .flags = TF_NAMED | TF_COMPARABLE | TF_BOXED | TF_AGGREGATE | TF_FLOAT_KEY,
    .size = 32, .name = "wrapError", .pkg = "fmt", .underlying = &wraperr_struct,
    .nfields = 2, .fields = wraperr_fields, .nmethods = 2, .methods = wraperr_methods,
    .ptrwords = 4, .gcmask = mask_wraperr, .str = "fmt.wrapError",
};
static const Type wraperr_ptr = {
    .kind = KIND_POINTER, .align = 8, .flags = TF_COMPARABLE, .size = 8,
    .underlying = &wraperr_ptr, .elem = &wraperr_type, .ptrwords = 1, .gcmask = mask_word0,
    .str = "*fmt.wrapError",
};

// strconv's sentinel errors live in static memory.
static const ErrorString err_syntax = {{(const uint8_t *)"invalid syntax", 14}};
static const ErrorString err_range = {{(const uint8_t *)"value out of range", 18}};

GoIface rt_errors_sentinel(NumErr err) {
    GoIface e = {&errstr_ptr, (void *)(err == NUM_RANGE ? &err_range : &err_syntax)};
    return e;
}

static const ErrorString err_eof = {{(const uint8_t *)"EOF", 3}};

GoIface rt_error_static(const GoString *msg) { return (GoIface){&errstr_ptr, (void *)msg}; }

GoIface rt_io_eof(void) { return (GoIface){&errstr_ptr, (void *)&err_eof}; }

GoIface rt_error_new(Runtime *rt, const char *msg, size_t n) {
    ErrorString *es = rt_alloc(rt, &errstr_type);
    Value v;
    v.s = rt_string_from_c(rt, msg, n);
    rt_store(rt, &rt_ptype_string, &es->s, v);
    GoIface e = {&errstr_ptr, es};
    return e;
}

GoIface rt_error_wrap(Runtime *rt, GoString msg, GoIface err) {
    WrapError *we = rt_alloc(rt, &wraperr_type);
    Value v;
    v.s = msg;
    rt_store(rt, &rt_ptype_string, &we->msg, v);
    v.e = err;
    rt_store(rt, &rt_ptype_error, &we->err, v);
    GoIface e = {&wraperr_ptr, we};
    return e;
}

// call_method calls a method through the interpreter's hook (false
// without an interpreter, as in unit tests, or when there is no method).
static bool call_method(Runtime *rt, GoIface e, const char *name, Value *args, int nargs, Value *res) {
    if (!rt->hooks.call_method)
        return false;
    return rt_call_method(rt, e, name, args, nargs, res);
}

// unwrap: the error e wraps through its Unwrap() error method (native
// methods directly, Go methods through the interpreter), or a nil
// interface when e has none.
static GoIface unwrap(Runtime *rt, GoIface e) {
    GoIface none = {NULL, NULL};
    if (!e.type)
        return none;
    const Method *m = rt_find_method(e.type, "Unwrap");
    Value args[1], res[1];
    res[0].e = none;
    if (m && m->native) {
        if (!e.data)
            return none;
        args[0] = rt_iface_unbox(e);
        m->native(rt, args, res);
        return res[0].e;
    }
    if (m && m->type && (m->type->nparams != 0 || m->type->nresults != 1 ||
                         m->type->results[0]->kind != KIND_INTERFACE))
        return none;
    if (!call_method(rt, e, "Unwrap", NULL, 0, res))
        return none;
    return res[0].e;
}

// call_bool_method calls e's method name(arg) returning a bool when e's
// dynamic type has one (Is(error) bool, As(interface{}) bool).
static bool call_bool_method(Runtime *rt, GoIface e, const char *name, GoIface arg) {
    const Method *m = rt_find_method(e.type, name);
    if (m && m->type && (m->type->nparams != 1 || m->type->nresults != 1 ||
                         m->type->results[0]->kind != KIND_BOOL))
        return false;
    Value args[1], res[1];
    args[0].e = arg;
    res[0].w[0] = res[0].w[1] = 0;
    if (!call_method(rt, e, name, args, 1, res))
        return false;
    return res[0].b;
}

_Noreturn static void panic_string(Runtime *rt, const char *msg) {
    Value v;
    v.s = rt_string_from_c(rt, msg, strlen(msg));
    rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, v));
}

// implements: whether dynamic type t has every method of interface type
// iface (by name and arity: signatures are not compared).
static bool implements(const Type *t, const Type *iface) {
    const Type *u = iface->underlying ? iface->underlying : iface;
    for (int i = 0; i < u->nmethods; i++) {
        const Method *m = rt_find_method(t, u->methods[i].name);
        const Type *want = u->methods[i].type;
        if (!m)
            return false;
        if (m->type && want && (m->type->nparams != want->nparams || m->type->nresults != want->nresults))
            return false;
    }
    return true;
}

// ---- package errors ----------------------------------------------------------------

static void errors_new(Runtime *rt, Value *args, Value *results) {
    ErrorString *es = rt_alloc(rt, &errstr_type);
    rt_store(rt, &rt_ptype_string, &es->s, args[0]);
    results[0].e = (GoIface){&errstr_ptr, es};
}

static void errors_unwrap(Runtime *rt, Value *args, Value *results) {
    results[0].e = unwrap(rt, args[0].e);
}

// errors.Is: err or any error it wraps equals target (comparable types)
// or has an Is(error) bool method reporting true.
static void errors_is(Runtime *rt, Value *args, Value *results) {
    GoIface err = args[0].e, target = args[1].e;
    results[0].b = false;
    if (err.type == NULL || target.type == NULL) {
        results[0].b = err.type == target.type;
        return;
    }
    bool comparable = (target.type->flags & TF_COMPARABLE) != 0;
    for (; err.type; err = unwrap(rt, err)) {
        if (comparable && err.type == target.type && rt_equal(rt, &rt_ptype_error, &err, &target)) {
            results[0].b = true;
            return;
        }
        if (call_bool_method(rt, err, "Is", target)) {
            results[0].b = true;
            return;
        }
    }
}

// errors.As: stores the first error in err's chain assignable to
// *target into *target (or the first whose As method accepts target).
static void errors_as(Runtime *rt, Value *args, Value *results) {
    GoIface err = args[0].e, target = args[1].e;
    results[0].b = false;
    if (!target.type)
        panic_string(rt, "errors: target cannot be nil");
    if (target.type->kind != KIND_POINTER || !target.data)
        panic_string(rt, "errors: target must be a non-nil pointer");
    const Type *elem = target.type->elem;
    if (elem->kind != KIND_INTERFACE && !implements(elem, &rt_ptype_error))
        panic_string(rt, "errors: *target must be interface or implement error");
    for (; err.type; err = unwrap(rt, err)) {
        bool ok = elem->kind == KIND_INTERFACE ? implements(err.type, elem) : err.type == elem;
        if (ok) {
            Value v;
            if (elem->kind == KIND_INTERFACE)
                v.e = err;
            else
                v = rt_iface_unbox(err);
            rt_store(rt, elem, target.data, v);
            results[0].b = true;
            return;
        }
        if (call_bool_method(rt, err, "As", target)) {
            results[0].b = true;
            return;
        }
    }
}

static const NativeFunc errors_funcs[] = {
    {"New", "func(text string) error", errors_new},
    {"Unwrap", "func(err error) error", errors_unwrap},
    {"Is", "func(err, target error) bool", errors_is},
    {"As", "func(err error, target interface{}) bool", errors_as},
};

const NativePkg rt_pkg_errors = {
    .path = "errors", .name = "errors",
    .funcs = errors_funcs, .nfuncs = sizeof errors_funcs / sizeof errors_funcs[0],
};
