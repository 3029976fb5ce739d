// pkg_flag.c - package flag, after Go 1.19's flag.go: FlagSet (Var and
// the typed definers, Parse with parseOne's rules and error texts,
// PrintDefaults with UnquoteUsage and isZeroValue, Visit/VisitAll in
// lexical order, Lookup, Set, Args...), the package-level functions on
// CommandLine, and the Value types (*flag.intValue... pointing at the
// program's variable, as Go's do). Values are always used through the
// Value interface (rt_call_method), so user types implementing flag.Value
// work the same as the built-in ones.
//
// FlagSet is "struct { Usage func(); name string; parsed bool; formal
// []*Flag; actual []*Flag; args []string; errorHandling ErrorHandling;
// output io.Writer; cmdline bool }": the flag lists are kept sorted by
// name instead of Go's maps (VisitAll sorts them anyway). CommandLine lives
// in the runtime's package state; its usage calls the program's flag.Usage.
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"
#include "reflect_internal.h"

typedef struct Flag { GoString name, usage; GoIface value; GoString def_value; } Flag;
typedef struct FlagSet {
    void *usage;
    GoString name;
    bool parsed;
    GoSlice formal, actual, args;
    int64_t error_handling;
    GoIface output;
    bool cmdline;
} FlagSet;

enum { CONTINUE_ON_ERROR, EXIT_ON_ERROR, PANIC_ON_ERROR };

static const GoIface no_error = {NULL, NULL};
static const GoString err_help = {(const uint8_t *)"flag: help requested", 20};
static const GoString err_parse = {(const uint8_t *)"parse error", 11};
static const GoString err_range = {(const uint8_t *)"value out of range", 18};

static const Type *flag_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, "flag", name, ptr);
    if (!t)
        rt_fatal(rt, "flag.%s: package type missing", name);
    return t;
}

static void default_usage_method(Runtime *rt, Value *a, Value *res);
static void cmdline_usage_method(Runtime *rt, Value *a, Value *res);

// set_usage: f.Usage = the C method fn bound to f (Go's f.defaultUsage,
// or commandLineUsage for CommandLine).
static void set_usage(Runtime *rt, FlagSet *f, NativeFn fn) {
    Value recv;
    recv.w[1] = 0;
    recv.p = f;
    gc_write_ptr(rt, &f->usage, rt_native_func(rt, fn, &recv));
}

static FlagSet *new_flag_set(Runtime *rt, GoString name, int64_t handling) {
    FlagSet *f = rt_alloc(rt, flag_type(rt, "FlagSet", false));
    rt_store(rt, &rt_ptype_string, &f->name, (Value){.s = name});
    f->error_handling = handling;
    set_usage(rt, f, default_usage_method);
    return f;
}

static FlagSet *command_line(Runtime *rt) {
    void **slot = rt_pkg_state(rt, RT_PKG_STATE_FLAG);
    if (!*slot) {
        const char *arg0 = rt->cfg.argc > 0 ? rt->cfg.argv[0] : "";
        FlagSet *f = new_flag_set(rt, rt_string_from_c(rt, arg0, strlen(arg0)), EXIT_ON_ERROR);
        f->cmdline = true;
        gc_write_ptr(rt, slot, f);
        set_usage(rt, f, cmdline_usage_method);
    }
    return *slot;
}

static FlagSet *set_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

// ---- output ----------------------------------------------------------------------

static GoIface output_of(Runtime *rt, FlagSet *f) {
    if (f->output.type)
        return f->output;
    Value *v = rt_pkg_var(rt, "os", "Stderr");
    void *file = v ? v->p : rt_os_new_file(rt, 2, rt_string_from_c(rt, "/dev/stderr", 11));
    return (GoIface){rt_pkg_type(rt, "os", "File", true), file};
}

static void out_write(Runtime *rt, FlagSet *f, const char *p, size_t n) {
    GoIface err;
    if (!f->output.type) {
        rt_write_stderr(rt, p, n);
        return;
    }
    rt_io_write(rt, f->output, p, (int64_t)n, &err);
}

static void out_sb(Runtime *rt, FlagSet *f, StrBuf *b) {
    out_write(rt, f, b->p ? b->p : "", b->len);
    sb_free(b);
}

// ---- Values ------------------------------------------------------------------------

static GoString value_string(Runtime *rt, GoIface v) {
    GoString s = {NULL, 0};
    if (v.type)
        rt_call_string_method(rt, v.type, rt_iface_unbox(v), "String", &s);
    return s;
}

static GoIface value_set(Runtime *rt, GoIface v, GoString s) {
    Value a[1], r[1];
    a[0].s = s;
    r[0].e = no_error;
    rt_call_method(rt, v, "Set", a, 1, r);
    return r[0].e;
}

static bool is_bool_flag(Runtime *rt, GoIface v) {
    if (!v.type || !rt_find_method(v.type, "IsBoolFlag"))
        return false;
    Value r[1];
    r[0].w[0] = r[0].w[1] = 0;
    rt_call_method(rt, v, "IsBoolFlag", NULL, 0, r);
    return r[0].b;
}

static GoIface num_error(NumErr e) {
    return e == NUM_OK ? no_error : rt_error_static(e == NUM_RANGE ? &err_range : &err_parse);
}

static void *ptr_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void int_set(Runtime *rt, Value *a, Value *res) {
    int64_t v;
    NumErr e = rt_parse_int(a[1].s, 0, 64, &v);
    *(int64_t *)ptr_of(rt, a[0]) = v;
    res[0].e = num_error(e);
}

static void uint_set(Runtime *rt, Value *a, Value *res) {
    uint64_t v;
    NumErr e = rt_parse_uint(a[1].s, 0, 64, &v);
    *(uint64_t *)ptr_of(rt, a[0]) = v;
    res[0].e = num_error(e);
}

static void bool_set(Runtime *rt, Value *a, Value *res) {
    bool v = false;
    NumErr e = rt_parse_bool(a[1].s, &v);
    *(bool *)ptr_of(rt, a[0]) = v;
    res[0].e = e == NUM_OK ? no_error : rt_error_static(&err_parse);
}

static void float_set(Runtime *rt, Value *a, Value *res) {
    double v;
    NumErr e = rt_parse_float(a[1].s, 64, &v);
    *(double *)ptr_of(rt, a[0]) = v;
    res[0].e = num_error(e);
}

static void string_set(Runtime *rt, Value *a, Value *res) {
    rt_store(rt, &rt_ptype_string, ptr_of(rt, a[0]), a[1]);
    res[0].e = no_error;
}

// parse_duration: time.ParseDuration's grammar ([-+]?([0-9]*(\.[0-9]*)?unit)+
// or "0"), used when package time has no ParseDuration of its own.
static bool parse_duration(GoString s, int64_t *out) {
    static const struct { const char *u; double ns; } units[] = {
        {"ns", 1}, {"us", 1e3}, {"\xc2\xb5s", 1e3}, {"\xce\xbcs", 1e3}, {"ms", 1e6}, {"s", 1e9}, {"m", 60e9}, {"h", 3600e9},
    };
    int64_t i = 0;
    bool neg = false;
    if (i < s.len && (s.ptr[i] == '-' || s.ptr[i] == '+'))
        neg = s.ptr[i++] == '-';
    if (s.len - i == 1 && s.ptr[i] == '0') {
        *out = 0;
        return true;
    }
    if (i == s.len)
        return false;
    double total = 0;
    while (i < s.len) {
        int64_t start = i;
        double v = 0, scale = 1;
        bool digits = false;
        while (i < s.len && s.ptr[i] >= '0' && s.ptr[i] <= '9')
            v = v * 10 + (s.ptr[i++] - '0'), digits = true;
        if (i < s.len && s.ptr[i] == '.') {
            i++;
            while (i < s.len && s.ptr[i] >= '0' && s.ptr[i] <= '9')
                v += (s.ptr[i++] - '0') * (scale /= 10), digits = true;
        }
        if (!digits || i == start)
            return false;
        int64_t u0 = i;
        while (i < s.len && s.ptr[i] != '.' && (s.ptr[i] < '0' || s.ptr[i] > '9'))
            i++;
        bool ok = false;
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
            if ((int64_t)strlen(units[k].u) == i - u0 && memcmp(units[k].u, s.ptr + u0, (size_t)(i - u0)) == 0) {
                total += v * units[k].ns;
                ok = true;
            }
        }
        if (!ok)
            return false;
    }
    if (total > 9223372036854775807.0)
        return false;
    *out = neg ? -(int64_t)total : (int64_t)total;
    return true;
}

static void duration_set(Runtime *rt, Value *a, Value *res) {
    NativeFn pd = rt_native_fn("time", "ParseDuration");
    int64_t d = 0;
    bool ok;
    if (pd) {
        Value r[2];
        r[1].e = no_error;
        pd(rt, a + 1, r);
        d = r[0].i;
        ok = !r[1].e.type;
    } else {
        ok = parse_duration(a[1].s, &d);
    }
    *(int64_t *)ptr_of(rt, a[0]) = d;
    res[0].e = ok ? no_error : rt_error_static(&err_parse);
}

static void func_set(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    rt_call_func(rt, a[0], a + 1, 1, res);
}

static GoString sb_go(Runtime *rt, StrBuf *b) {
    GoString s = rt_string_from_c(rt, b->p ? b->p : "", b->len);
    sb_free(b);
    return s;
}

static void int_string(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    rt_format_int(&b, a[0].p ? *(int64_t *)a[0].p : 0, 10);
    res[0].s = sb_go(rt, &b);
}

static void uint_string(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    rt_format_uint(&b, a[0].p ? *(uint64_t *)a[0].p : 0, 10);
    res[0].s = sb_go(rt, &b);
}

static void bool_string(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0].s = cstr(a[0].p && *(bool *)a[0].p ? "true" : "false");
}

static void float_string(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    rt_format_float(&b, a[0].p ? *(double *)a[0].p : 0, 'g', -1, 64);
    res[0].s = sb_go(rt, &b);
}

static void string_string(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0].s = a[0].p ? *(GoString *)a[0].p : (GoString){NULL, 0};
}

static void duration_string(Runtime *rt, Value *a, Value *res) {
    char buf[32];
    size_t n = rt_duration_string(a[0].p ? *(int64_t *)a[0].p : 0, buf);
    res[0].s = rt_string_from_c(rt, buf, n);
}

static void func_string(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].s = (GoString){NULL, 0}; }

static void is_bool_true(Runtime *rt, Value *a, Value *res) {
    (void)rt, (void)a;
    res[0].w[1] = 0;
    res[0].u = 1;
}

// get_as: Go's Getter.Get of the built-in Values: *p as its underlying
// type t (int for *intValue...).
static void get_as(Runtime *rt, Value *a, Value *res, const Type *t) {
    res[0].e = rt_iface_box(rt, t, rt_load(t, ptr_of(rt, a[0])));
}

#define GETTER(Name, TYPE)                                   \
    static void Name(Runtime *rt, Value *a, Value *res) {    \
        get_as(rt, a, res, TYPE);                            \
    }
GETTER(get_string, rt_type_basic(rt, KIND_STRING))
GETTER(get_int, rt_type_basic(rt, KIND_INT))
GETTER(get_int64, rt_type_basic(rt, KIND_INT64))
GETTER(get_uint, rt_type_basic(rt, KIND_UINT))
GETTER(get_uint64, rt_type_basic(rt, KIND_UINT64))
GETTER(get_bool, rt_type_basic(rt, KIND_BOOL))
GETTER(get_float64, rt_type_basic(rt, KIND_FLOAT64))
GETTER(get_duration, rt_pkg_type(rt, "time", "Duration", false))

// ---- defining flags ------------------------------------------------------------------

// find: the index of name in the sorted list l, or where it would go (*found false).
static uint32_t find(GoSlice l, GoString name, bool *found) {
    uint32_t lo = 0, hi = l.len;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        int c = rt_string_compare(((Flag **)l.ptr)[mid]->name, name);
        if (c == 0) {
            *found = true;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = false;
    return lo;
}

static void insert(Runtime *rt, GoSlice *l, uint32_t at, Flag *f) {
    void *none = NULL;
    const Type *pt = flag_type(rt, "Flag", true);
    GoSlice n = rt_append(rt, pt, *l, &none, 1);
    Flag **v = n.ptr;
    rt_typedmemmove(rt, pt, v + at + 1, v + at, n.len - 1 - at);
    gc_write_ptr(rt, (void **)&v[at], f);
    *l = n;
}

_Noreturn static void panic_msg(Runtime *rt, FlagSet *f, StrBuf *b) {
    GoString s = rt_string_from_c(rt, b->p, b->len);
    sb_putc(b, '\n');
    out_sb(rt, f, b);
    rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, (Value){.s = s}));
}

static void define(Runtime *rt, FlagSet *f, GoIface value, GoString name, GoString usage) {
    StrBuf b = {0};
    if (name.len > 0 && name.ptr[0] == '-') {
        sb_puts(&b, "flag ");
        rt_quote(&b, name.ptr, (size_t)name.len, false);
        sb_puts(&b, " begins with -");
        panic_msg(rt, f, &b);
    }
    if (memchr(name.ptr, '=', (size_t)name.len)) {
        sb_puts(&b, "flag ");
        rt_quote(&b, name.ptr, (size_t)name.len, false);
        sb_puts(&b, " contains =");
        panic_msg(rt, f, &b);
    }
    Flag *fl = rt_alloc(rt, flag_type(rt, "Flag", false));
    rt_store(rt, &rt_ptype_string, &fl->name, (Value){.s = name});
    rt_store(rt, &rt_ptype_string, &fl->usage, (Value){.s = usage});
    rt_store(rt, &rt_ptype_error, &fl->value, (Value){.e = value});
    rt_store(rt, &rt_ptype_string, &fl->def_value, (Value){.s = value_string(rt, value)});
    bool found;
    uint32_t at = find(f->formal, name, &found);
    if (found) {
        if (f->name.len == 0)
            sb_puts(&b, "flag redefined: ");
        else
            sb_printf(&b, "%.*s flag redefined: ", (int)f->name.len, (const char *)f->name.ptr);
        sb_put(&b, name.ptr, (size_t)name.len);
        panic_msg(rt, f, &b);
    }
    GoSlice l = f->formal;
    insert(rt, &l, at, fl);
    rt_store(rt, &rt_ptype_bytes, &f->formal, (Value){.sl = l});
}

// The kinds of built-in Value, in the order of value_types.
typedef enum { V_STRING, V_INT, V_INT64, V_UINT, V_UINT64, V_BOOL, V_FLOAT64, V_DURATION } VKind;
static const char *const value_types[] = {"stringValue", "intValue", "int64Value", "uintValue",
                                          "uint64Value", "boolValue", "float64Value", "durationValue"};

// define_typed: the typed definers: *p = value, then Var((*kindValue)(p), ...).
// p NULL: a new variable (String, Int...), returned in res[0].
static void define_typed(Runtime *rt, FlagSet *f, VKind k, void *p, Value def, GoString name, GoString usage,
                         Value *res) {
    const Type *vt = flag_type(rt, value_types[k], false);
    if (!p) {
        p = rt_alloc(rt, vt);
        res[0].w[1] = 0;
        res[0].p = p;
    }
    rt_store(rt, vt, p, def);
    define(rt, f, (GoIface){flag_type(rt, value_types[k], true), p}, name, usage);
}

// Argument shapes: package-level X(name, value, usage) / XVar(p, name,
// value, usage); FlagSet methods take the receiver first.
#define DEFINERS(K, Name)                                                                   \
    static void pk_##Name(Runtime *rt, Value *a, Value *res) {                              \
        define_typed(rt, command_line(rt), K, NULL, a[1], a[0].s, a[2].s, res);             \
    }                                                                                       \
    static void pk_##Name##_var(Runtime *rt, Value *a, Value *res) {                        \
        define_typed(rt, command_line(rt), K, ptr_of(rt, a[0]), a[2], a[1].s, a[3].s, res); \
    }                                                                                       \
    static void fs_##Name(Runtime *rt, Value *a, Value *res) {                              \
        define_typed(rt, set_of(rt, a[0]), K, NULL, a[2], a[1].s, a[3].s, res);             \
    }                                                                                       \
    static void fs_##Name##_var(Runtime *rt, Value *a, Value *res) {                        \
        define_typed(rt, set_of(rt, a[0]), K, ptr_of(rt, a[1]), a[3], a[2].s, a[4].s, res); \
    }

DEFINERS(V_STRING, string)
DEFINERS(V_INT, int)
DEFINERS(V_INT64, int64)
DEFINERS(V_UINT, uint)
DEFINERS(V_UINT64, uint64)
DEFINERS(V_BOOL, bool)
DEFINERS(V_FLOAT64, float64)
DEFINERS(V_DURATION, duration)

static void pk_var(Runtime *rt, Value *a, Value *res) {
    (void)res;
    define(rt, command_line(rt), a[0].e, a[1].s, a[2].s);
}
static void fs_var(Runtime *rt, Value *a, Value *res) {
    (void)res;
    define(rt, set_of(rt, a[0]), a[1].e, a[2].s, a[3].s);
}

// define_func: Go's f.Var(funcValue(fn), name, usage): the Value is the
// func itself (%T prints flag.funcValue).
static void define_func(Runtime *rt, FlagSet *f, GoString name, GoString usage, Value fn) {
    define(rt, f, rt_iface_box(rt, flag_type(rt, "funcValue", false), fn), name, usage);
}

static void pk_func(Runtime *rt, Value *a, Value *res) {
    (void)res;
    define_func(rt, command_line(rt), a[0].s, a[1].s, a[2]);
}
static void fs_func(Runtime *rt, Value *a, Value *res) {
    (void)res;
    define_func(rt, set_of(rt, a[0]), a[1].s, a[2].s, a[3]);
}

// ---- TextVar -------------------------------------------------------------------------

// textValue is Go's "struct { p encoding.TextUnmarshaler }", a Value held
// by value (so %T of Flag.Value prints flag.textValue, as Go's does).
typedef struct TextValue { GoIface p; } TextValue;

static TextValue *text_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void text_set(Runtime *rt, Value *a, Value *res) {
    Value args[1];
    args[0].sl = rt_bytes_from_string(rt, &rt_ptype_bytes, a[1].s);
    res[0].e = no_error;
    GoIface p = text_of(rt, a[0])->p;
    if (!p.type)
        rt_panic_nil_deref(rt);
    rt_call_method(rt, p, "UnmarshalText", args, 1, res);
}

static void text_get(Runtime *rt, Value *a, Value *res) { res[0].e = text_of(rt, a[0])->p; }

// text_string: Go's textValue.String: MarshalText's text when p is an
// encoding.TextMarshaler and it succeeds, else "".
static void text_string(Runtime *rt, Value *a, Value *res) {
    res[0].s = (GoString){NULL, 0};
    GoIface p = text_of(rt, a[0])->p;
    const Type *tm = rt_pkg_type(rt, "encoding", "TextMarshaler", false);
    if (!p.type || !tm || !rv_implements(tm, p.type))
        return;
    Value r[2];
    memset(r, 0, sizeof r);
    rt_call_method(rt, p, "MarshalText", NULL, 0, r);
    if (!r[1].e.type)
        res[0].s = rt_string_from_bytes(rt, r[0].sl);
}

// define_text: Go's newTextValue then f.Var: *p = value (value itself or,
// for a pointer, what it points to) with reflect's panics when p is not a
// pointer, value is nil or the types differ.
static void define_text(Runtime *rt, FlagSet *f, GoIface p, GoString name, GoIface value, GoString usage) {
    if (!p.type || p.type->kind != KIND_POINTER)
        rt_panic_string(rt, "variable value type must be a pointer");
    const Type *dt = value.type;
    Value def = dt ? rt_iface_unbox(value) : (Value){.w = {0, 0}};
    if (dt && dt->kind == KIND_POINTER) {
        void *elem = def.p;
        dt = elem ? dt->elem : NULL;
        if (elem)
            def = rt_load(dt, elem);
    }
    if (!dt)
        rv_panic_kind(rt, "reflect.Value.Type", KIND_INVALID);
    if (dt != p.type->elem) {
        StrBuf b = {0};
        sb_printf(&b, "default type does not match variable type: %s != %s", rt_type_string(dt),
                  rt_type_string(p.type->elem));
        GoString msg = rt_string_from_c(rt, b.p, b.len);
        sb_free(&b);
        rt_panic_gostring(rt, msg);
    }
    if (!p.data)
        rv_panic_kind(rt, "reflect.Value.Set", KIND_INVALID);
    rt_store(rt, dt, p.data, def);
    const Type *tt = flag_type(rt, "textValue", false);
    TextValue tv = {p};
    define(rt, f, rt_iface_box(rt, tt, (Value){.p = &tv}), name, usage);
}

static void pk_text_var(Runtime *rt, Value *a, Value *res) {
    (void)res;
    define_text(rt, command_line(rt), a[0].e, a[1].s, a[2].e, a[3].s);
}
static void fs_text_var(Runtime *rt, Value *a, Value *res) {
    (void)res;
    define_text(rt, set_of(rt, a[0]), a[1].e, a[2].s, a[3].e, a[4].s);
}

// ---- usage ---------------------------------------------------------------------------

// unquote_usage: Go's UnquoteUsage: the back-quoted name in the usage text,
// else a name from the Value's type.
static void unquote_usage(Runtime *rt, Flag *fl, GoString *name, StrBuf *usage) {
    GoString u = fl->usage;
    for (int64_t i = 0; i < u.len; i++) {
        if (u.ptr[i] != '`')
            continue;
        for (int64_t j = i + 1; j < u.len; j++) {
            if (u.ptr[j] == '`') {
                *name = (GoString){u.ptr + i + 1, j - i - 1};
                sb_put(usage, u.ptr, (size_t)i);
                sb_put(usage, name->ptr, (size_t)name->len);
                sb_put(usage, u.ptr + j + 1, (size_t)(u.len - j - 1));
                return;
            }
        }
        break;
    }
    sb_put(usage, u.ptr, (size_t)u.len);
    const Type *t = fl->value.type;
    *name = cstr("value");
    if (t && rt_find_method(t, "IsBoolFlag"))
        *name = cstr("");
    else if (t == flag_type(rt, "durationValue", true))
        *name = cstr("duration");
    else if (t == flag_type(rt, "float64Value", true))
        *name = cstr("float");
    else if (t == flag_type(rt, "intValue", true) || t == flag_type(rt, "int64Value", true))
        *name = cstr("int");
    else if (t == flag_type(rt, "stringValue", true))
        *name = cstr("string");
    else if (t == flag_type(rt, "uintValue", true) || t == flag_type(rt, "uint64Value", true))
        *name = cstr("uint");
}

// zero_string: String() of a zero value of the flag's Value type (for a
// pointer type, a pointer to a zero value), called as Go's isZeroValue
// does: a panic inside is recovered and returned in *panic_val (true).
static bool zero_string(Runtime *rt, const Type *t, GoString *out, GoIface *panic_val) {
    Value z;
    if (t->kind == KIND_POINTER && !(t->flags & TF_NAMED)) {
        z.w[1] = 0;
        z.p = rt_alloc(rt, t->elem);
    } else {
        z = rt_zero_value(rt, t);
    }
    GoIface v = rt_iface_box(rt, t, z);
    PanicHandler h;
    RtPanic *volatile before = rt_current_panic(rt);
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        *out = value_string(rt, v);
        rt_pop_handler(rt, &h);
        return false;
    }
    *panic_val = rt_current_panic(rt)->value;   // rt_panic popped our handler
    rt->panicking = before;                     // recover()
    return true;
}

// is_zero_value: Go's isZeroValue: whether String() of a zero value of the
// flag's Value type equals value; when that String panics, *err gets Go's
// "panic calling String method on zero T for flag NAME: V" error.
static bool is_zero_value(Runtime *rt, Flag *fl, GoString value, GoIface *err) {
    const Type *t = fl->value.type;
    GoString s = {NULL, 0};
    GoIface pv;
    *err = no_error;
    if (!zero_string(rt, t, &s, &pv))
        return rt_string_eq(s, value);
    StrBuf b = {0};
    sb_printf(&b, "panic calling String method on zero %s for flag ",
              rt_type_string(t->kind == KIND_POINTER && !(t->flags & TF_NAMED) ? t->elem : t));
    sb_put(&b, fl->name.ptr, (size_t)fl->name.len);
    sb_puts(&b, ": ");
    rt_fmt_sprint(rt, &b, &pv, 1);
    *err = rt_error_new(rt, b.p, b.len);
    sb_free(&b);
    return false;
}

static void print_defaults(Runtime *rt, FlagSet *f) {
    GoSlice l = f->formal;
    GoSlice errs = {NULL, 0, 0};
    for (uint32_t i = 0; i < l.len; i++) {
        Flag *fl = ((Flag **)l.ptr)[i];
        StrBuf b = {0}, usage = {0};
        sb_puts(&b, "  -");
        sb_put(&b, fl->name.ptr, (size_t)fl->name.len);
        GoString name;
        unquote_usage(rt, fl, &name, &usage);
        if (name.len > 0) {
            sb_putc(&b, ' ');
            sb_put(&b, name.ptr, (size_t)name.len);
        }
        sb_puts(&b, b.len <= 4 ? "\t" : "\n    \t");
        for (size_t k = 0; k < usage.len; k++) {
            if (usage.p[k] == '\n')
                sb_puts(&b, "\n    \t");
            else
                sb_putc(&b, usage.p[k]);
        }
        sb_free(&usage);
        GoIface err;
        if (!is_zero_value(rt, fl, fl->def_value, &err) && !err.type) {
            sb_puts(&b, " (default ");
            if (fl->value.type == flag_type(rt, "stringValue", true))
                rt_quote(&b, fl->def_value.ptr, (size_t)fl->def_value.len, false);
            else
                sb_put(&b, fl->def_value.ptr, (size_t)fl->def_value.len);
            sb_putc(&b, ')');
        }
        if (err.type)
            errs = rt_append(rt, &rt_ptype_error, errs, &err, 1);
        sb_putc(&b, '\n');
        out_sb(rt, f, &b);
    }
    // Go prints the errors of panicking String methods after all the defaults.
    if (errs.len > 0)
        out_write(rt, f, "\n", 1);
    for (uint32_t i = 0; i < errs.len; i++) {
        GoString et = {NULL, 0};
        rt_error_text(rt, ((GoIface *)errs.ptr)[i], &et);
        StrBuf b = {0};
        sb_put(&b, et.ptr, (size_t)et.len);
        sb_putc(&b, '\n');
        out_sb(rt, f, &b);
    }
}

static void default_usage(Runtime *rt, FlagSet *f) {
    StrBuf b = {0};
    if (f->name.len == 0)
        sb_puts(&b, "Usage:\n");
    else
        sb_printf(&b, "Usage of %.*s:\n", (int)f->name.len, (const char *)f->name.ptr);
    out_sb(rt, f, &b);
    print_defaults(rt, f);
}

// command_line_usage: Go's default flag.Usage: "Usage of os.Args[0]:".
static void command_line_usage(Runtime *rt, Value *a, Value *res) {
    (void)a, (void)res;
    FlagSet *f = command_line(rt);
    StrBuf b = {0};
    const char *arg0 = rt->cfg.argc > 0 ? rt->cfg.argv[0] : "";
    Value *args = rt_pkg_var(rt, "os", "Args");
    if (args && args->sl.len > 0) {
        GoString s = *(GoString *)args->sl.ptr;
        sb_printf(&b, "Usage of %.*s:\n", (int)s.len, (const char *)s.ptr);
    } else {
        sb_printf(&b, "Usage of %s:\n", arg0);
    }
    out_sb(rt, f, &b);
    print_defaults(rt, f);
}


static void default_usage_method(Runtime *rt, Value *a, Value *res) {
    (void)res;
    default_usage(rt, set_of(rt, a[0]));
}

// cmdline_usage_method: Go's commandLineUsage: calls the program's flag.Usage.
static void cmdline_usage_method(Runtime *rt, Value *a, Value *res) {
    (void)a, (void)res;
    Value *u = rt_pkg_var(rt, "flag", "Usage");
    if (u && u->p) {
        Value fn = {.w = {0, 0}}, none[1];
        fn.p = u->p;
        rt_call_func(rt, fn, NULL, 0, none);
        return;
    }
    command_line_usage(rt, NULL, NULL);
}

// usage: Go's f.usage: f.Usage, or the default when it is nil.
static void usage(Runtime *rt, FlagSet *f) {
    if (f->usage) {
        Value fn = {.w = {0, 0}}, none[1];
        fn.p = f->usage;
        rt_call_func(rt, fn, NULL, 0, none);
        return;
    }
    default_usage(rt, f);
}

// ---- parsing ----------------------------------------------------------------------------

static GoIface failf(Runtime *rt, FlagSet *f, StrBuf *b) {
    GoIface e = rt_error_new(rt, b->p, b->len);
    sb_putc(b, '\n');
    out_sb(rt, f, b);
    usage(rt, f);
    return e;
}

static void set_args(Runtime *rt, FlagSet *f, GoSlice args) { rt_store(rt, &rt_ptype_bytes, &f->args, (Value){.sl = args}); }

static GoSlice drop1(GoSlice s) {
    return (GoSlice){(GoString *)s.ptr + 1, s.len - 1, s.cap - 1};
}

static void mark_actual(Runtime *rt, FlagSet *f, Flag *fl) {
    bool found;
    uint32_t at = find(f->actual, fl->name, &found);
    if (found)
        return;
    GoSlice l = f->actual;
    insert(rt, &l, at, fl);
    rt_store(rt, &rt_ptype_bytes, &f->actual, (Value){.sl = l});
}

#define SB_GO(b, s) sb_put(b, (s).ptr, (size_t)(s).len)

// parse_one: Go's parseOne: 1 a flag was consumed, 0 the flags ended, -1 error (*err).
static int parse_one(Runtime *rt, FlagSet *f, GoIface *err) {
    *err = no_error;
    if (f->args.len == 0)
        return 0;
    GoString s = *(GoString *)f->args.ptr;
    if (s.len < 2 || s.ptr[0] != '-')
        return 0;
    int minuses = 1;
    if (s.ptr[1] == '-') {
        minuses++;
        if (s.len == 2) {
            set_args(rt, f, drop1(f->args));
            return 0;
        }
    }
    GoString name = {s.ptr + minuses, s.len - minuses};
    StrBuf b = {0};
    if (name.len == 0 || name.ptr[0] == '-' || name.ptr[0] == '=') {
        sb_puts(&b, "bad flag syntax: ");
        SB_GO(&b, s);
        *err = failf(rt, f, &b);
        return -1;
    }
    set_args(rt, f, drop1(f->args));
    bool has_value = false;
    GoString value = {NULL, 0};
    for (int64_t i = 1; i < name.len; i++) {
        if (name.ptr[i] == '=') {
            value = (GoString){name.ptr + i + 1, name.len - i - 1};
            has_value = true;
            name.len = i;
            break;
        }
    }
    bool found;
    uint32_t at = find(f->formal, name, &found);
    if (!found) {
        if (rt_string_eq(name, cstr("help")) || rt_string_eq(name, cstr("h"))) {
            usage(rt, f);
            *err = rt_error_static(&err_help);
            return -1;
        }
        sb_puts(&b, "flag provided but not defined: -");
        SB_GO(&b, name);
        *err = failf(rt, f, &b);
        return -1;
    }
    Flag *fl = ((Flag **)f->formal.ptr)[at];
    if (is_bool_flag(rt, fl->value)) {
        GoIface e = value_set(rt, fl->value, has_value ? value : cstr("true"));
        if (e.type) {
            GoString et;
            rt_error_text(rt, e, &et);
            if (has_value) {
                sb_puts(&b, "invalid boolean value ");
                rt_quote(&b, value.ptr, (size_t)value.len, false);
                sb_puts(&b, " for -");
                SB_GO(&b, name);
            } else {
                sb_puts(&b, "invalid boolean flag ");
                SB_GO(&b, name);
            }
            sb_puts(&b, ": ");
            SB_GO(&b, et);
            *err = failf(rt, f, &b);
            return -1;
        }
    } else {
        if (!has_value && f->args.len > 0) {
            has_value = true;
            value = *(GoString *)f->args.ptr;
            set_args(rt, f, drop1(f->args));
        }
        if (!has_value) {
            sb_puts(&b, "flag needs an argument: -");
            SB_GO(&b, name);
            *err = failf(rt, f, &b);
            return -1;
        }
        GoIface e = value_set(rt, fl->value, value);
        if (e.type) {
            GoString et;
            rt_error_text(rt, e, &et);
            sb_puts(&b, "invalid value ");
            rt_quote(&b, value.ptr, (size_t)value.len, false);
            sb_puts(&b, " for flag -");
            SB_GO(&b, name);
            sb_puts(&b, ": ");
            SB_GO(&b, et);
            *err = failf(rt, f, &b);
            return -1;
        }
    }
    mark_actual(rt, f, fl);
    return 1;
}

static GoIface parse(Runtime *rt, FlagSet *f, GoSlice args) {
    f->parsed = true;
    set_args(rt, f, args);
    for (;;) {
        GoIface err;
        int r = parse_one(rt, f, &err);
        if (r > 0)
            continue;
        if (r == 0)
            return no_error;
        if (f->error_handling == CONTINUE_ON_ERROR)
            return err;
        if (f->error_handling == EXIT_ON_ERROR)
            rt_exit(rt, err.data == (const void *)&err_help ? 0 : 2);
        rt_panic(rt, err);
    }
}

static GoSlice os_args_rest(Runtime *rt) {
    Value *args = rt_pkg_var(rt, "os", "Args");
    if (args) {
        GoSlice s = args->sl;
        return s.len > 0 ? drop1(s) : s;
    }
    int n = rt->cfg.argc > 1 ? rt->cfg.argc - 1 : 0;
    GoSlice s = rt_make_slice(rt, &rt_ptype_string, n, n);
    for (int i = 0; i < n; i++)
        rt_store(rt, &rt_ptype_string, (GoString *)s.ptr + i,
                 (Value){.s = rt_string_from_c(rt, rt->cfg.argv[i + 1], strlen(rt->cfg.argv[i + 1]))});
    return s;
}

// ---- the API over a FlagSet -------------------------------------------------------------

static void do_parse(Runtime *rt, FlagSet *f, GoSlice args, Value *res) { res[0].e = parse(rt, f, args); }
static void pk_parse(Runtime *rt, Value *a, Value *res) {
    (void)a, (void)res;
    Value r[1];
    do_parse(rt, command_line(rt), os_args_rest(rt), r);
}
static void fs_parse(Runtime *rt, Value *a, Value *res) { do_parse(rt, set_of(rt, a[0]), a[1].sl, res); }

static void set_bool(Value *v, bool b) {
    v->w[1] = 0;
    v->u = b;
}

static void pk_parsed(Runtime *rt, Value *a, Value *res) { (void)a; set_bool(res, command_line(rt)->parsed); }
static void fs_parsed(Runtime *rt, Value *a, Value *res) { set_bool(res, set_of(rt, a[0])->parsed); }
static void pk_args(Runtime *rt, Value *a, Value *res) { (void)a; res[0].sl = command_line(rt)->args; }
static void fs_args(Runtime *rt, Value *a, Value *res) { res[0].sl = set_of(rt, a[0])->args; }
static void pk_narg(Runtime *rt, Value *a, Value *res) { (void)a; res[0].i = command_line(rt)->args.len; }
static void fs_narg(Runtime *rt, Value *a, Value *res) { res[0].i = set_of(rt, a[0])->args.len; }
static void pk_nflag(Runtime *rt, Value *a, Value *res) { (void)a; res[0].i = command_line(rt)->actual.len; }
static void fs_nflag(Runtime *rt, Value *a, Value *res) { res[0].i = set_of(rt, a[0])->actual.len; }

static GoString arg(FlagSet *f, int64_t i) {
    if (i < 0 || i >= f->args.len)
        return (GoString){NULL, 0};
    return ((GoString *)f->args.ptr)[i];
}
static void pk_arg(Runtime *rt, Value *a, Value *res) { res[0].s = arg(command_line(rt), a[0].i); }
static void fs_arg(Runtime *rt, Value *a, Value *res) { res[0].s = arg(set_of(rt, a[0]), a[1].i); }

static void *lookup(FlagSet *f, GoString name) {
    bool found;
    uint32_t at = find(f->formal, name, &found);
    return found ? ((Flag **)f->formal.ptr)[at] : NULL;
}
static void pk_lookup(Runtime *rt, Value *a, Value *res) { res[0].p = lookup(command_line(rt), a[0].s); }
static void fs_lookup(Runtime *rt, Value *a, Value *res) { res[0].p = lookup(set_of(rt, a[0]), a[1].s); }

static GoIface set_flag(Runtime *rt, FlagSet *f, GoString name, GoString value) {
    Flag *fl = lookup(f, name);
    if (!fl) {
        StrBuf b = {0};
        sb_puts(&b, "no such flag -");
        SB_GO(&b, name);
        GoIface e = rt_error_new(rt, b.p, b.len);
        sb_free(&b);
        return e;
    }
    GoIface e = value_set(rt, fl->value, value);
    if (e.type)
        return e;
    mark_actual(rt, f, fl);
    return no_error;
}
static void pk_set(Runtime *rt, Value *a, Value *res) { res[0].e = set_flag(rt, command_line(rt), a[0].s, a[1].s); }
static void fs_set(Runtime *rt, Value *a, Value *res) { res[0].e = set_flag(rt, set_of(rt, a[0]), a[1].s, a[2].s); }

static void visit(Runtime *rt, GoSlice l, Value fn) {
    for (uint32_t i = 0; i < l.len; i++) {
        Value arg1[1];
        arg1[0].w[1] = 0;
        arg1[0].p = ((Flag **)l.ptr)[i];
        Value none[1];
        rt_call_func(rt, fn, arg1, 1, none);
    }
}
static void pk_visit(Runtime *rt, Value *a, Value *res) { (void)res; visit(rt, command_line(rt)->actual, a[0]); }
static void fs_visit(Runtime *rt, Value *a, Value *res) { (void)res; visit(rt, set_of(rt, a[0])->actual, a[1]); }
static void pk_visit_all(Runtime *rt, Value *a, Value *res) { (void)res; visit(rt, command_line(rt)->formal, a[0]); }
static void fs_visit_all(Runtime *rt, Value *a, Value *res) { (void)res; visit(rt, set_of(rt, a[0])->formal, a[1]); }
static void pk_print_defaults(Runtime *rt, Value *a, Value *res) { (void)a, (void)res; print_defaults(rt, command_line(rt)); }
static void fs_print_defaults(Runtime *rt, Value *a, Value *res) { (void)res; print_defaults(rt, set_of(rt, a[0])); }

static void pk_unquote_usage(Runtime *rt, Value *a, Value *res) {
    Flag *fl = ptr_of(rt, a[0]);
    StrBuf u = {0};
    GoString name;
    unquote_usage(rt, fl, &name, &u);
    res[0].s = name;
    res[1].s = sb_go(rt, &u);
}

static void fs_name(Runtime *rt, Value *a, Value *res) { res[0].s = set_of(rt, a[0])->name; }
static void fs_error_handling(Runtime *rt, Value *a, Value *res) { res[0].i = set_of(rt, a[0])->error_handling; }
static void fs_output(Runtime *rt, Value *a, Value *res) { res[0].e = output_of(rt, set_of(rt, a[0])); }
static void fs_set_output(Runtime *rt, Value *a, Value *res) {
    (void)res;
    rt_store(rt, &rt_ptype_error, &set_of(rt, a[0])->output, a[1]);
}
static void fs_init(Runtime *rt, Value *a, Value *res) {
    (void)res;
    FlagSet *f = set_of(rt, a[0]);
    rt_store(rt, &rt_ptype_string, &f->name, a[1]);
    f->error_handling = a[2].i;
}

static void new_set(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].p = new_flag_set(rt, a[0].s, a[1].i);
}

static void var_command_line(Runtime *rt, Value *out) { out->p = command_line(rt); }
static void var_usage(Runtime *rt, Value *out) { out->p = rt_native_func(rt, command_line_usage, NULL); }
static void var_err_help(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_help); }

#define TYPED(Name, T, N)                                                                        \
    {#Name, "func(name string, value " T ", usage string) *" T, pk_##N},                         \
    {#Name "Var", "func(p *" T ", name string, value " T ", usage string)", pk_##N##_var},       \
    {"(*FlagSet)." #Name, "func(name string, value " T ", usage string) *" T, fs_##N},           \
    {"(*FlagSet)." #Name "Var", "func(p *" T ", name string, value " T ", usage string)", fs_##N##_var}

#define VALUE_METHODS(T, set, str)                          \
    {"(*" T ").Set", "func(s string) error", set},         \
    {"(*" T ").String", "func() string", str}

static const NativeFunc flag_funcs[] = {
    TYPED(String, "string", string),
    TYPED(Int, "int", int),
    TYPED(Int64, "int64", int64),
    TYPED(Uint, "uint", uint),
    TYPED(Uint64, "uint64", uint64),
    TYPED(Bool, "bool", bool),
    TYPED(Float64, "float64", float64),
    TYPED(Duration, "time.Duration", duration),
    {"Var", "func(value Value, name string, usage string)", pk_var},
    {"(*FlagSet).Var", "func(value Value, name string, usage string)", fs_var},
    {"Func", "func(name, usage string, fn func(string) error)", pk_func},
    {"(*FlagSet).Func", "func(name, usage string, fn func(string) error)", fs_func},
    {"TextVar", "func(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string)",
     pk_text_var},
    {"(*FlagSet).TextVar",
     "func(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string)", fs_text_var},
    {"Parse", "func()", pk_parse},
    {"(*FlagSet).Parse", "func(arguments []string) error", fs_parse},
    {"Parsed", "func() bool", pk_parsed},
    {"(*FlagSet).Parsed", "func() bool", fs_parsed},
    {"Args", "func() []string", pk_args},
    {"(*FlagSet).Args", "func() []string", fs_args},
    {"NArg", "func() int", pk_narg},
    {"(*FlagSet).NArg", "func() int", fs_narg},
    {"Arg", "func(i int) string", pk_arg},
    {"(*FlagSet).Arg", "func(i int) string", fs_arg},
    {"NFlag", "func() int", pk_nflag},
    {"(*FlagSet).NFlag", "func() int", fs_nflag},
    {"Lookup", "func(name string) *Flag", pk_lookup},
    {"(*FlagSet).Lookup", "func(name string) *Flag", fs_lookup},
    {"Set", "func(name, value string) error", pk_set},
    {"(*FlagSet).Set", "func(name, value string) error", fs_set},
    {"Visit", "func(fn func(*Flag))", pk_visit},
    {"(*FlagSet).Visit", "func(fn func(*Flag))", fs_visit},
    {"VisitAll", "func(fn func(*Flag))", pk_visit_all},
    {"(*FlagSet).VisitAll", "func(fn func(*Flag))", fs_visit_all},
    {"PrintDefaults", "func()", pk_print_defaults},
    {"(*FlagSet).PrintDefaults", "func()", fs_print_defaults},
    {"UnquoteUsage", "func(flag *Flag) (name string, usage string)", pk_unquote_usage},
    {"NewFlagSet", "func(name string, errorHandling ErrorHandling) *FlagSet", new_set},
    {"(*FlagSet).Name", "func() string", fs_name},
    {"(*FlagSet).ErrorHandling", "func() ErrorHandling", fs_error_handling},
    {"(*FlagSet).Output", "func() io.Writer", fs_output},
    {"(*FlagSet).SetOutput", "func(output io.Writer)", fs_set_output},
    {"(*FlagSet).Init", "func(name string, errorHandling ErrorHandling)", fs_init},
    VALUE_METHODS("stringValue", string_set, string_string),
    VALUE_METHODS("intValue", int_set, int_string),
    VALUE_METHODS("int64Value", int_set, int_string),
    VALUE_METHODS("uintValue", uint_set, uint_string),
    VALUE_METHODS("uint64Value", uint_set, uint_string),
    VALUE_METHODS("boolValue", bool_set, bool_string),
    VALUE_METHODS("float64Value", float_set, float_string),
    VALUE_METHODS("durationValue", duration_set, duration_string),
    {"funcValue.Set", "func(s string) error", func_set},
    {"funcValue.String", "func() string", func_string},
    {"(*boolValue).IsBoolFlag", "func() bool", is_bool_true},
    {"(*stringValue).Get", "func() interface{}", get_string},
    {"(*intValue).Get", "func() interface{}", get_int},
    {"(*int64Value).Get", "func() interface{}", get_int64},
    {"(*uintValue).Get", "func() interface{}", get_uint},
    {"(*uint64Value).Get", "func() interface{}", get_uint64},
    {"(*boolValue).Get", "func() interface{}", get_bool},
    {"(*float64Value).Get", "func() interface{}", get_float64},
    {"(*durationValue).Get", "func() interface{}", get_duration},
    {"textValue.Set", "func(s string) error", text_set},
    {"textValue.Get", "func() interface{}", text_get},
    {"textValue.String", "func() string", text_string},
};

static const NativeType flag_types[] = {
    {"ErrorHandling", "int"},
    {"Value", "interface { String() string; Set(string) error }"},
    {"Getter", "interface { Value; Get() interface{} }"},
    {"Flag", "struct { Name string; Usage string; Value Value; DefValue string }"},
    {"FlagSet", "struct { Usage func(); name string; parsed bool; formal []*Flag; actual []*Flag; "
                "args []string; errorHandling ErrorHandling; output io.Writer; cmdline bool }"},
    {"stringValue", "string"},
    {"intValue", "int"},
    {"int64Value", "int64"},
    {"uintValue", "uint"},
    {"uint64Value", "uint64"},
    {"boolValue", "bool"},
    {"float64Value", "float64"},
    {"durationValue", "time.Duration"},
    {"funcValue", "func(string) error"},
    {"textValue", "struct { p encoding.TextUnmarshaler }"},
};

static const NativeConst flag_consts[] = {
    {"ContinueOnError", "ErrorHandling", "0"},
    {"ExitOnError", "ErrorHandling", "1"},
    {"PanicOnError", "ErrorHandling", "2"},
};

static const NativeVar flag_vars[] = {
    {"CommandLine", "*FlagSet", var_command_line},
    {"Usage", "func()", var_usage},
    {"ErrHelp", "error", var_err_help},
};

static const char *const flag_imports[] = {"io", "time", "os", "encoding", NULL};

const NativePkg rt_pkg_flag = {
    .path = "flag", .name = "flag",
    .funcs = flag_funcs, .nfuncs = sizeof flag_funcs / sizeof flag_funcs[0],
    .types = flag_types, .ntypes = sizeof flag_types / sizeof flag_types[0],
    .consts = flag_consts, .nconsts = sizeof flag_consts / sizeof flag_consts[0],
    .vars = flag_vars, .nvars = sizeof flag_vars / sizeof flag_vars[0],
    .imports = flag_imports,
};
