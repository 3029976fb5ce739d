// test_fmt.c - unit tests of the fmt engine, float formatting and
// strconv (runtime/fmt*.c, ftoa.c, strconv.c, pkg_*.c).
//
// The Printf cases (fmt_cases.inc) and strconv cases (strconv_cases.inc)
// were recorded from Go 1.19 by tests/unit/gen/*.go. Operands are written
// as "kind:text" specs; make_arg builds the same values Go's generator
// built, from hand-made Type descriptors. Addresses differ from Go's, so
// "0x..." runs of at least 6 hex digits are compared as "0xADDR".
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/internal.h"
#include "runtime/pkg_internal.h"

// ---- hand-built types ------------------------------------------------------------

typedef struct Types {
    Type *t_int, *t_int8, *t_int64, *t_int32, *t_uint, *t_uint8, *t_uint64;
    Type *t_float64, *t_float32, *t_string, *t_bool, *t_any;
    Type *ints, *strs, *bytes, *floats, *arr3, *msi, *mis, *mfb;
    Type *point, *ppoint, *points, *ppoints, *celsius, *celsiuses, *anys;
    Type *inner, *anon, *func_string;
    // everything malloc'ed for the descriptors, freed by env_free
    Type *made[64];
    int nmade;
    void *allocs[64];
    int nallocs;
} Types;

// keep: records p (not a Type) for env_free.
static void *keep(Types *ty, void *p) {
    ck_assert_int_lt(ty->nallocs, 64);
    ty->allocs[ty->nallocs++] = p;
    return p;
}

static Type *new_type(Types *ty) {
    ck_assert_int_lt(ty->nmade, 64);
    Type *t = calloc(1, sizeof *t);
    ty->made[ty->nmade++] = t;
    return t;
}

static void free_types(Types *ty) {
    for (int i = 0; i < ty->nmade; i++) {
        free((void *)ty->made[i]->gcmask);
        free((void *)ty->made[i]->str);
        free(ty->made[i]);
    }
    for (int i = 0; i < ty->nallocs; i++)
        free(ty->allocs[i]);
}

static Type *mk(Types *ty, int kind, uint32_t size, const char *name) {
    Type *t = new_type(ty);
    t->kind = (uint8_t)kind;
    t->size = size;
    t->align = (uint8_t)(size >= 8 || size == 0 ? 8 : size);
    t->name = name;
    t->underlying = t;
    t->flags = TF_COMPARABLE;
    return t;
}

static Type *finish(Type *t) {
    rt_type_finish(t);
    return t;
}

static Type *mk_elem(Types *ty, int kind, Type *elem, int64_t len) {
    Type *t = mk(ty, kind, kind == KIND_SLICE ? 16 : kind == KIND_ARRAY ? (uint32_t)(elem->size * len) : 8, NULL);
    t->elem = elem;
    t->len = len;
    if (kind == KIND_SLICE || kind == KIND_MAP)
        t->flags &= (uint16_t)~TF_COMPARABLE;
    return finish(t);
}

static Type *mk_map(Types *ty, Type *key, Type *elem) {
    Type *t = mk_elem(ty, KIND_MAP, elem, 0);
    t->key = key;
    return t;
}

static Type *mk_named(Types *ty, Type *u, const char *name) {
    Type *t = new_type(ty);
    *t = *u;
    t->str = NULL;
    t->gcmask = NULL;   // finish() computes the named type's own
    t->name = name;
    t->pkg = "main";
    t->flags |= TF_NAMED;
    t->underlying = u;
    return t;
}

static Type *mk_struct(Types *ty, int n, const char *const *names, Type *const *types) {
    Field *f = keep(ty, calloc((size_t)n, sizeof *f));
    uint32_t off = 0;
    for (int i = 0; i < n; i++) {
        uint32_t a = types[i]->align;
        off = (off + a - 1) / a * a;
        f[i].name = names[i];
        f[i].type = types[i];
        f[i].offset = off;
        f[i].exported = names[i][0] >= 'A' && names[i][0] <= 'Z';
        off += types[i]->size;
    }
    Type *t = mk(ty, KIND_STRUCT, (off + 7) / 8 * 8, NULL);
    t->nfields = n;
    t->fields = f;
    return finish(t);
}

// Celsius.String: strconv.FormatFloat(c, 'f', 1, 64) + "C".
static void celsius_string(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    rt_format_float(&b, args[0].f, 'f', 1, 64);
    sb_putc(&b, 'C');
    results[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void make_types(Types *ty) {
    ty->t_int = finish(mk(ty, KIND_INT, 8, "int"));
    ty->t_int8 = finish(mk(ty, KIND_INT8, 1, "int8"));
    ty->t_int64 = finish(mk(ty, KIND_INT64, 8, "int64"));
    ty->t_int32 = finish(mk(ty, KIND_INT32, 4, "int32"));
    ty->t_uint = finish(mk(ty, KIND_UINT, 8, "uint"));
    ty->t_uint8 = finish(mk(ty, KIND_UINT8, 1, "uint8"));
    ty->t_uint64 = finish(mk(ty, KIND_UINT64, 8, "uint64"));
    ty->t_float64 = finish(mk(ty, KIND_FLOAT64, 8, "float64"));
    ty->t_float32 = finish(mk(ty, KIND_FLOAT32, 4, "float32"));
    ty->t_string = finish(mk(ty, KIND_STRING, 16, "string"));
    ty->t_bool = finish(mk(ty, KIND_BOOL, 1, "bool"));
    ty->t_any = finish(mk(ty, KIND_INTERFACE, 16, NULL));
    ty->ints = mk_elem(ty, KIND_SLICE, ty->t_int, 0);
    ty->strs = mk_elem(ty, KIND_SLICE, ty->t_string, 0);
    ty->bytes = mk_elem(ty, KIND_SLICE, ty->t_uint8, 0);
    ty->floats = mk_elem(ty, KIND_SLICE, ty->t_float64, 0);
    ty->arr3 = mk_elem(ty, KIND_ARRAY, ty->t_int, 3);
    ty->msi = mk_map(ty, ty->t_string, ty->t_int);
    ty->mis = mk_map(ty, ty->t_int, ty->t_string);
    ty->mfb = mk_map(ty, ty->t_float64, ty->t_bool);
    ty->anys = mk_elem(ty, KIND_SLICE, ty->t_any, 0);
    static const char *const xy[] = {"X", "Y"};
    Type *xy_types[] = {ty->t_int, ty->t_int};
    ty->point = finish(mk_named(ty, mk_struct(ty, 2, xy, xy_types), "Point"));
    ty->ppoint = mk_elem(ty, KIND_POINTER, ty->point, 0);
    ty->points = mk_elem(ty, KIND_SLICE, ty->point, 0);
    ty->ppoints = mk_elem(ty, KIND_SLICE, ty->ppoint, 0);
    ty->func_string = mk(ty, KIND_FUNC, 8, NULL);
    ty->func_string->nresults = 1;
    const Type **res = keep(ty, malloc(sizeof *res));
    res[0] = ty->t_string;
    ty->func_string->results = res;
    finish(ty->func_string);
    Method *m = keep(ty, calloc(1, sizeof *m));
    m->name = "String";
    m->type = ty->func_string;
    m->native = celsius_string;
    ty->celsius = finish(mk_named(ty, ty->t_float64, "Celsius"));
    ty->celsius->nmethods = 1;
    ty->celsius->methods = m;
    ty->celsiuses = mk_elem(ty, KIND_SLICE, ty->celsius, 0);
    static const char *const inner_names[] = {"Name", "Tags", "M"};
    Type *inner_types[] = {ty->t_string, ty->strs, ty->msi};
    ty->inner = finish(mk_named(ty, mk_struct(ty, 3, inner_names, inner_types), "inner"));
    static const char *const anon_names[] = {"A", "B", "c"};
    Type *anon_types[] = {ty->t_int, ty->t_string, ty->t_bool};
    ty->anon = mk_struct(ty, 3, anon_names, anon_types);
}

// ---- operands from specs ---------------------------------------------------------

typedef struct Env {
    Runtime *rt;
    Types ty;
} Env;

static double parse_f(const char *s) {
    if (strcmp(s, "NaN") == 0)
        return NAN;
    return strtod(s, NULL);   // handles "+Inf", "-Inf", "-0"
}

// split_list splits "a,b,c" in place; returns the count (0 for "").
static int split_list(char *s, char sep, char **parts, int max) {
    if (!*s)
        return 0;
    int n = 0;
    parts[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == sep) {
            *p = 0;
            parts[n++] = p + 1;
        }
    return n;
}

static GoString str(Env *e, const char *s) {
    return rt_string_from_c(e->rt, s, strlen(s));
}

static GoIface box(Env *e, const Type *t, Value v) {
    return rt_iface_box(e->rt, t, v);
}

// slice_of makes a slice of n elements of elem from values.
static GoSlice slice_of(Env *e, const Type *elem, const Value *vals, int n) {
    GoSlice s = rt_make_slice(e->rt, elem, n, n);
    for (int i = 0; i < n; i++)
        rt_store(e->rt, elem, (char *)s.ptr + (size_t)i * elem->size, vals[i]);
    return s;
}

static Value point_value(Env *e, int64_t x, int64_t y) {
    Value v;
    int64_t *p = rt_alloc(e->rt, e->ty.point);
    p[0] = x;
    p[1] = y;
    v.p = p;
    return v;
}

static GoIface make_arg(Env *e, const char *spec);

static GoIface make_list_arg(Env *e, const char *kind, char *text) {
    char *parts[64];
    Value vals[64];
    int n = split_list(text, strcmp(kind, "ifaces") == 0 ? ';' : ',', parts, 64);
    Value v;
    const Type *elem = NULL, *st = NULL;
    for (int i = 0; i < n; i++) {
        if (strcmp(kind, "ints") == 0 || strcmp(kind, "arr3") == 0)
            vals[i].i = atoll(parts[i]);
        else if (strcmp(kind, "strs") == 0)
            vals[i].s = str(e, parts[i]);
        else if (strcmp(kind, "floats") == 0 || strcmp(kind, "cels") == 0)
            vals[i].f = parse_f(parts[i]);
        else if (strcmp(kind, "ifaces") == 0)
            vals[i].e = make_arg(e, parts[i]);
        else if (strcmp(kind, "pts") == 0 || strcmp(kind, "pptrs") == 0) {
            char *slash = strchr(parts[i], '/');
            vals[i] = point_value(e, atoll(parts[i]), atoll(slash + 1));
        }
    }
    if (strcmp(kind, "ints") == 0) elem = e->ty.t_int, st = e->ty.ints;
    if (strcmp(kind, "strs") == 0) elem = e->ty.t_string, st = e->ty.strs;
    if (strcmp(kind, "floats") == 0) elem = e->ty.t_float64, st = e->ty.floats;
    if (strcmp(kind, "cels") == 0) elem = e->ty.celsius, st = e->ty.celsiuses;
    if (strcmp(kind, "ifaces") == 0) elem = e->ty.t_any, st = e->ty.anys;
    if (strcmp(kind, "pts") == 0) elem = e->ty.point, st = e->ty.points;
    if (strcmp(kind, "pptrs") == 0) elem = e->ty.ppoint, st = e->ty.ppoints;
    if (strcmp(kind, "arr3") == 0) {
        int64_t *a = rt_alloc(e->rt, e->ty.arr3);
        for (int i = 0; i < n; i++)
            a[i] = vals[i].i;
        v.p = a;
        return box(e, e->ty.arr3, v);
    }
    ck_assert_msg(st != NULL, "bad list kind %s", kind);
    v.sl = n ? slice_of(e, elem, vals, n) : (GoSlice){NULL, 0, 0};   // Go: nil
    return box(e, st, v);
}

static GoIface make_map_arg(Env *e, const char *kind, char *text) {
    const Type *mt = strcmp(kind, "msi") == 0 ? e->ty.msi : strcmp(kind, "mis") == 0 ? e->ty.mis : e->ty.mfb;
    GoMap *m = rt_map_new(e->rt, mt, 0);
    char *parts[64];
    int n = split_list(text, ',', parts, 64);
    for (int i = 0; i < n; i++) {
        char *eq = strchr(parts[i], '=');
        *eq = 0;
        Value k, v;
        if (mt == e->ty.msi) {
            k.s = str(e, parts[i]);
            v.i = atoll(eq + 1);
        } else if (mt == e->ty.mis) {
            k.i = atoll(parts[i]);
            v.s = str(e, eq + 1);
        } else {
            k.f = parse_f(parts[i]);
            v.b = strcmp(eq + 1, "true") == 0;
        }
        void *slot = rt_map_assign(e->rt, mt, m, rt_value_addr(mt->key, &k));
        rt_store(e->rt, mt->elem, slot, v);
    }
    Value mv;
    mv.p = m;
    return box(e, mt, mv);
}

static GoIface make_struct_arg(Env *e, const char *kind, char *text) {
    Value v;
    if (strcmp(kind, "inner") == 0) {
        char *p = rt_alloc(e->rt, e->ty.inner);
        Value f;
        f.s = str(e, text);
        rt_store(e->rt, e->ty.t_string, p, f);
        Value tags[2] = {{.s = str(e, "a")}, {.s = str(e, "b")}};
        f.sl = slice_of(e, e->ty.t_string, tags, 2);
        rt_store(e->rt, e->ty.strs, p + 16, f);
        char kv[] = "z=26,a=1";
        f.p = make_map_arg(e, "msi", kv).data;
        rt_store(e->rt, e->ty.msi, p + 32, f);
        v.p = p;
        return box(e, e->ty.inner, v);
    }
    char *p = rt_alloc(e->rt, e->ty.anon);   // struct { A int; B string; c bool }
    *(int64_t *)p = atoll(text);
    Value f;
    f.s = str(e, "x");
    rt_store(e->rt, e->ty.t_string, p + 8, f);
    p[24] = 1;
    v.p = p;
    return box(e, e->ty.anon, v);
}

static GoIface make_arg(Env *e, const char *spec) {
    GoIface none = {NULL, NULL};
    if (strcmp(spec, "nil") == 0)
        return none;
    char kind[16];
    const char *colon = strchr(spec, ':');
    size_t kn = (size_t)(colon - spec);
    memcpy(kind, spec, kn);
    kind[kn] = 0;
    char *text = strdup(colon + 1);
    Value v = {.w = {0, 0}};
    GoIface r = none;
    Types *ty = &e->ty;
    if (!strcmp(kind, "i")) v.i = atoll(text), r = box(e, ty->t_int, v);
    else if (!strcmp(kind, "i8")) v.i = atoll(text), r = box(e, ty->t_int8, v);
    else if (!strcmp(kind, "i64")) v.i = strtoll(text, NULL, 10), r = box(e, ty->t_int64, v);
    else if (!strcmp(kind, "r")) v.i = atoll(text), r = box(e, ty->t_int32, v);
    else if (!strcmp(kind, "u")) v.u = strtoull(text, NULL, 10), r = box(e, ty->t_uint, v);
    else if (!strcmp(kind, "u8")) v.u = strtoull(text, NULL, 10), r = box(e, ty->t_uint8, v);
    else if (!strcmp(kind, "u64")) v.u = strtoull(text, NULL, 10), r = box(e, ty->t_uint64, v);
    else if (!strcmp(kind, "f")) v.f = parse_f(text), r = box(e, ty->t_float64, v);
    else if (!strcmp(kind, "f32")) v.f32 = (float)parse_f(text), r = box(e, ty->t_float32, v);
    else if (!strcmp(kind, "s")) v.s = str(e, text), r = box(e, ty->t_string, v);
    else if (!strcmp(kind, "b")) v.b = strcmp(text, "true") == 0, r = box(e, ty->t_bool, v);
    else if (!strcmp(kind, "cel")) v.f = parse_f(text), r = box(e, ty->celsius, v);
    else if (!strcmp(kind, "bytes")) {
        GoSlice s = rt_make_slice(e->rt, ty->t_uint8, (int64_t)strlen(text), (int64_t)strlen(text));
        memcpy(s.ptr, text, strlen(text));
        v.sl = s;
        r = box(e, ty->bytes, v);
    } else if (!strcmp(kind, "nilints")) r = box(e, ty->ints, v);
    else if (!strcmp(kind, "nilmap")) r = box(e, ty->msi, v);
    else if (!strcmp(kind, "nilppt")) r = box(e, ty->ppoint, v);
    else if (!strcmp(kind, "pt") || !strcmp(kind, "ppt")) {
        char *comma = strchr(text, ',');
        v = point_value(e, atoll(text), atoll(comma + 1));
        r = box(e, kind[0] == 'p' && kind[1] == 'p' ? ty->ppoint : ty->point, v);
    } else if (!strcmp(kind, "err")) r = rt_error_new(e->rt, text, strlen(text));
    else if (!strcmp(kind, "msi") || !strcmp(kind, "mis") || !strcmp(kind, "mfb"))
        r = make_map_arg(e, kind, text);
    else if (!strcmp(kind, "inner") || !strcmp(kind, "anon"))
        r = make_struct_arg(e, kind, text);
    else
        r = make_list_arg(e, kind, text);
    free(text);
    return r;
}

static Env *env_new(void) {
    Env *e = calloc(1, sizeof *e);
    RtConfig cfg = {.gogc = -1};
    e->rt = rt_new(&cfg, NULL);
    ck_assert_ptr_nonnull(e->rt);
    make_types(&e->ty);
    return e;
}

static void env_free(Env *e) {
    rt_free(e->rt);
    free_types(&e->ty);
    free(e);
}

// normalize_addrs replaces each "0x" + 6 or more hex digits with "0xADDR".
static char *normalize_addrs(const char *s, size_t n) {
    char *out = malloc(n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (i + 1 < n && s[i] == '0' && s[i + 1] == 'x') {
            size_t j = i + 2;
            while (j < n && strchr("0123456789abcdef", s[j]) && s[j])
                j++;
            if (j - i - 2 >= 6) {
                memcpy(out + o, "0xADDR", 6);
                o += 6;
                i = j;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    out[o] = 0;
    return out;
}

// ---- Printf cases ------------------------------------------------------------------

typedef struct FmtCase {
    char mode;
    const char *format;
    int nargs;
    const char *args[12];
    const char *want;
} FmtCase;

static const FmtCase fmt_cases[] = {
#include "fmt_cases.inc"
};

START_TEST(test_printf_cases) {
    Env *e = env_new();
    int failed = 0;
    for (size_t i = 0; i < sizeof fmt_cases / sizeof fmt_cases[0]; i++) {
        const FmtCase *c = &fmt_cases[i];
        GoIface args[12];
        for (int j = 0; j < c->nargs; j++)
            args[j] = make_arg(e, c->args[j]);
        StrBuf out = {0};
        if (c->mode == 'f')
            rt_fmt_sprintf(e->rt, &out, str(e, c->format), args, c->nargs);
        else if (c->mode == 'p')
            rt_fmt_sprint(e->rt, &out, args, c->nargs);
        else
            rt_fmt_sprintln(e->rt, &out, args, c->nargs);
        char *got = normalize_addrs(out.p ? out.p : "", out.len);
        char *want = normalize_addrs(c->want, strlen(c->want));
        if (strcmp(got, want) != 0) {
            if (failed++ < 40)
                fprintf(stderr, "case %zu: %c %s %s: got [%s] want [%s]\n", i, c->mode, c->format,
                        c->nargs ? c->args[0] : "", got, want);
        }
        free(got);
        free(want);
        sb_free(&out);
    }
    ck_assert_msg(failed == 0, "%d of %zu printf cases failed", failed,
                  sizeof fmt_cases / sizeof fmt_cases[0]);
    env_free(e);
}
END_TEST

// ---- strconv cases ---------------------------------------------------------------

typedef struct StrconvCase {
    const char *op, *in;
    int a, b;
    const char *want;
} StrconvCase;

static const StrconvCase strconv_cases[] = {
#include "strconv_cases.inc"
};

// put_err appends "|" and err's text ("<nil>" for none).
static void put_err(Env *e, StrBuf *out, GoIface err) {
    GoString text;
    sb_putc(out, '|');
    if (err.type == NULL)
        sb_puts(out, "<nil>");
    else if (rt_error_text(e->rt, err, &text))
        sb_put(out, text.ptr, (size_t)text.len);
    else
        sb_puts(out, "?");
}

// run_num runs the parse ops through the package functions, so errors
// are real *strconv.NumError values.
static void run_num(Env *e, const StrconvCase *c, StrBuf *out) {
    const NativePkg *pkg = rt_find_package("strconv");
    Value args[3], res[2];
    memset(res, 0, sizeof res);
    args[0].s = str(e, c->in);
    args[1].i = c->a;
    args[2].i = c->b;
    for (int i = 0; i < pkg->nfuncs; i++)
        if (strcmp(pkg->funcs[i].name, c->op) == 0)
            pkg->funcs[i].fn(e->rt, args, res);
    if (!strcmp(c->op, "ParseInt") || !strcmp(c->op, "Atoi"))
        sb_printf(out, "%lld", (long long)res[0].i);
    else if (!strcmp(c->op, "ParseUint"))
        sb_printf(out, "%llu", (unsigned long long)res[0].u);
    else if (!strcmp(c->op, "ParseFloat"))
        rt_format_float(out, res[0].f, 'g', -1, 64);
    else if (!strcmp(c->op, "ParseBool"))
        sb_puts(out, res[0].b ? "true" : "false");
    else if (!strcmp(c->op, "Unquote"))
        sb_put(out, res[0].s.ptr, (size_t)res[0].s.len);
    put_err(e, out, res[1].e);
}

static void run_strconv_case(Env *e, const StrconvCase *c, StrBuf *out) {
    const uint8_t *in = (const uint8_t *)c->in;
    size_t n = strlen(c->in);
    if (!strcmp(c->op, "FormatFloat"))
        rt_format_float(out, parse_f(c->in), (char)(c->a >> 8), (c->a & 0xff) - 1, c->b);
    else if (!strcmp(c->op, "FormatInt"))
        rt_format_int(out, strtoll(c->in, NULL, 10), c->a);
    else if (!strcmp(c->op, "Quote") || !strcmp(c->op, "QuoteToASCII"))
        rt_quote(out, in, n, c->op[5] == 'T');
    else if (!strcmp(c->op, "QuoteRune") || !strcmp(c->op, "QuoteRuneToASCII"))
        rt_quote_rune(out, c->a, c->op[9] == 'T');
    else if (!strcmp(c->op, "CanBackquote"))
        sb_puts(out, rt_can_backquote(in, n) ? "true" : "false");
    else if (!strcmp(c->op, "IsPrint"))
        sb_puts(out, rt_is_print(c->a) ? "true" : "false");
    else
        run_num(e, c, out);
}

START_TEST(test_strconv_cases) {
    Env *e = env_new();
    int failed = 0;
    size_t n = sizeof strconv_cases / sizeof strconv_cases[0];
    for (size_t i = 0; i < n; i++) {
        const StrconvCase *c = &strconv_cases[i];
        StrBuf out = {0};
        run_strconv_case(e, c, &out);
        sb_putc(&out, 0);
        if (strcmp(out.p, c->want) != 0 && failed++ < 40)
            fprintf(stderr, "strconv case %zu: %s(%s, %d, %d): got [%s] want [%s]\n", i, c->op,
                    c->in, c->a, c->b, out.p, c->want);
        sb_free(&out);
    }
    ck_assert_msg(failed == 0, "%d of %zu strconv cases failed", failed, n);
    env_free(e);
}
END_TEST

// ---- strings cases ------------------------------------------------------------------

typedef struct StringsCase {
    const char *op, *a, *b, *c;
    int n;
    const char *want;
} StringsCase;

static const StringsCase strings_cases[] = {
#include "strings_cases.inc"
};

static bool op_in(const char *op, const char *list) {
    size_t n = strlen(op);
    for (const char *p = strstr(list, op); p; p = strstr(p + 1, op))
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == 0))
            return true;
    return false;
}

static void put_quoted(StrBuf *out, GoString s) {
    rt_quote(out, s.ptr, (size_t)s.len, false);
}

// render_strings_result writes the results as the generator's %q / %v.
static void render_strings_result(const char *op, Value *res, StrBuf *out) {
    if (op_in(op, "Fields Split SplitAfter SplitN")) {
        sb_putc(out, '[');
        for (uint32_t i = 0; i < res[0].sl.len; i++) {
            if (i)
                sb_putc(out, ' ');
            put_quoted(out, ((GoString *)res[0].sl.ptr)[i]);
        }
        sb_putc(out, ']');
    } else if (op_in(op, "Count Index LastIndex IndexAny Compare IndexRune IndexByte LastIndexByte")) {
        sb_printf(out, "%lld", (long long)res[0].i);
    } else if (op_in(op, "Contains ContainsAny HasPrefix HasSuffix EqualFold ContainsRune")) {
        sb_puts(out, res[0].b ? "true" : "false");
    } else if (!strcmp(op, "Cut")) {
        put_quoted(out, res[0].s);
        sb_putc(out, ';');
        put_quoted(out, res[1].s);
        sb_puts(out, res[2].b ? ";true" : ";false");
    } else {
        put_quoted(out, res[0].s);
    }
}

static void run_strings_case(Env *e, const StringsCase *c, StrBuf *out) {
    const NativePkg *pkg = rt_find_package("strings");
    Value args[4], res[3];
    memset(args, 0, sizeof args);
    memset(res, 0, sizeof res);
    args[0].s = str(e, c->a);
    args[1].s = str(e, c->b);
    args[2].s = str(e, c->c);
    if (op_in(c->op, "Repeat IndexRune ContainsRune"))
        args[1].i = c->n;
    if (op_in(c->op, "IndexByte LastIndexByte"))
        args[1].u = (uint8_t)c->n;
    if (!strcmp(c->op, "SplitN"))
        args[2].i = c->n;
    if (!strcmp(c->op, "Replace"))
        args[3].i = c->n;
    if (!strcmp(c->op, "Join")) {
        char *parts[16], *text = strdup(c->a);
        Value vals[16];
        int n = split_list(text, ',', parts, 16);
        for (int i = 0; i < n; i++)
            vals[i].s = str(e, parts[i]);
        args[0].sl = n ? slice_of(e, e->ty.t_string, vals, n) : (GoSlice){NULL, 0, 0};
        free(text);
    }
    for (int i = 0; i < pkg->nfuncs; i++)
        if (strcmp(pkg->funcs[i].name, c->op) == 0)
            pkg->funcs[i].fn(e->rt, args, res);
    render_strings_result(c->op, res, out);
}

START_TEST(test_strings_cases) {
    Env *e = env_new();
    int failed = 0;
    size_t n = sizeof strings_cases / sizeof strings_cases[0];
    for (size_t i = 0; i < n; i++) {
        const StringsCase *c = &strings_cases[i];
        StrBuf out = {0};
        run_strings_case(e, c, &out);
        sb_putc(&out, 0);
        if (strcmp(out.p, c->want) != 0 && failed++ < 40)
            fprintf(stderr, "strings case %zu: %s(%s, %s, %s, %d): got [%s] want [%s]\n", i, c->op,
                    c->a, c->b, c->c, c->n, out.p, c->want);
        sb_free(&out);
    }
    ck_assert_msg(failed == 0, "%d of %zu strings cases failed", failed, n);
    env_free(e);
}
END_TEST

// ---- methods, panics, errors ------------------------------------------------------------

// sprintf_args formats with n operands and returns a malloc'ed C string.
static char *sprintf_args(Env *e, const char *format, const GoIface *args, int n) {
    StrBuf out = {0};
    rt_fmt_sprintf(e->rt, &out, str(e, format), args, n);
    sb_putc(&out, 0);
    return out.p;
}

static void panicking_string(Runtime *rt, Value *args, Value *results) {
    (void)args, (void)results;
    rt_panic_plain(rt, "boom");
}

static void v_string(Runtime *rt, Value *args, Value *results) {
    (void)args;
    results[0].s = rt_string_from_c(rt, "V", 1);
}

static Type *type_with_string(Env *e, Type *u, const char *name, NativeFn fn) {
    Method *m = keep(&e->ty, calloc(1, sizeof *m));
    m->name = "String";
    m->type = e->ty.func_string;
    m->native = fn;
    Type *t = finish(mk_named(&e->ty, u, name));
    t->nmethods = 1;
    t->methods = m;
    return t;
}

#define ASSERT_FMT(e, want, format, ...)                                              \
    do {                                                                              \
        GoIface args_[] = {__VA_ARGS__};                                              \
        char *got_ = sprintf_args(e, format, args_, sizeof args_ / sizeof args_[0]); \
        ck_assert_str_eq(got_, want);                                                 \
        free(got_);                                                                   \
    } while (0)

// Expected texts recorded from Go 1.19.
START_TEST(test_method_panics) {
    Env *e = env_new();
    Type *p = type_with_string(e, e->ty.t_int, "P", panicking_string);
    Value v = {.i = 1};
    GoIface a = box(e, p, v);
    ASSERT_FMT(e, "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|1|"
               "%!x(PANIC=String method: boom)", "%v|%s|%d|%x", a, a, a, a);
    ck_assert_ptr_null(e->rt->panicking);
    static const char *const a_name[] = {"A"};
    Type *a_type[] = {e->ty.t_int};
    Type *vt = type_with_string(e, mk_struct(&e->ty, 1, a_name, a_type), "V", v_string);
    Type *pv = mk_elem(&e->ty, KIND_POINTER, vt, 0);
    Value nil = {.p = NULL};
    Value nils;
    nils.sl = slice_of(e, pv, &nil, 1);
    Type *pvs = mk_elem(&e->ty, KIND_SLICE, pv, 0);
    ASSERT_FMT(e, "<nil>|<nil>|[<nil>]", "%v|%s|%+v", box(e, pv, nil), box(e, pv, nil), box(e, pvs, nils));
    env_free(e);
}
END_TEST

static GoIface call_errorf(Env *e, const char *format, const GoIface *args, int n) {
    return rt_fmt_errorf(e->rt, str(e, format), args, n);
}

static bool call_bool(Env *e, const char *pkg, const char *fn, Value *args) {
    const NativePkg *p = rt_find_package(pkg);
    Value res[2] = {{.w = {0, 0}}, {.w = {0, 0}}};
    for (int i = 0; i < p->nfuncs; i++)
        if (strcmp(p->funcs[i].name, fn) == 0)
            p->funcs[i].fn(e->rt, args, res);
    return res[0].b;
}

START_TEST(test_errorf_wrap) {
    Env *e = env_new();
    GoIface inner = rt_error_new(e->rt, "inner", 5);
    GoIface err = call_errorf(e, "wrap: %w", &inner, 1);
    Value is_args[2] = {{.e = err}, {.e = inner}};
    GoIface isv = box(e, e->ty.t_bool, (Value){.b = call_bool(e, "errors", "Is", is_args)});
    ASSERT_FMT(e, "wrap: inner|*fmt.wrapError|true", "%v|%T|%v", err, err, isv);
    GoIface two[2] = {inner, inner};
    GoIface e2 = call_errorf(e, "%w and %w", two, 2);
    ASSERT_FMT(e, "inner and %!w(*errors.errorString=&{inner})|*errors.errorString", "%v|%T", e2, e2);
    GoIface five = box(e, e->ty.t_int, (Value){.i = 5});
    GoIface e4 = call_errorf(e, "x %w", &five, 1);
    ASSERT_FMT(e, "x %!w(int=5)|*errors.errorString", "%v|%T", e4, e4);
    ASSERT_FMT(e, "%!w(*errors.errorString=&{inner})", "%w", inner);
    GoIface num = rt_num_error(e->rt, "Atoi", str(e, "12a"), NUM_SYNTAX, 0);
    Value is2[2] = {{.e = num}, {.e = rt_errors_sentinel(NUM_SYNTAX)}};
    GoIface isv2 = box(e, e->ty.t_bool, (Value){.b = call_bool(e, "errors", "Is", is2)});
    ASSERT_FMT(e, "strconv.Atoi: parsing \"12a\": invalid syntax|*strconv.NumError|true", "%v|%T|%v",
               num, num, isv2);
    env_free(e);
}
END_TEST

static void check_print(Env *e, const Type *t, Value v, const char *want) {
    StrBuf out = {0};
    rt_print_value(e->rt, &out, t, v);
    sb_putc(&out, 0);
    ck_assert_str_eq(out.p, want);
    sb_free(&out);
}

START_TEST(test_print_builtin) {
    Env *e = env_new();
    static const double fs[] = {1.5, -2.0, 0.0, 1e300, 123456789.0, 1e-300, 0.1};
    static const char *const want[] = {"+1.500000e+000", "-2.000000e+000", "+0.000000e+000",
                                       "+1.000000e+300", "+1.234568e+008", "+1.000000e-300",
                                       "+1.000000e-001"};
    for (int i = 0; i < 7; i++)
        check_print(e, e->ty.t_float64, (Value){.f = fs[i]}, want[i]);
    check_print(e, e->ty.t_float32, (Value){.f32 = 0.1f}, "+1.000000e-001");
    check_print(e, e->ty.t_float64, (Value){.f = NAN}, "NaN");
    check_print(e, e->ty.t_float64, (Value){.f = -INFINITY}, "-Inf");
    check_print(e, e->ty.t_float64, (Value){.f = -0.0}, "-0.000000e+000");
    check_print(e, e->ty.t_bool, (Value){.b = true}, "true");
    check_print(e, e->ty.t_int, (Value){.i = -5}, "-5");
    check_print(e, e->ty.t_uint8, (Value){.u = 200}, "200");
    check_print(e, e->ty.t_string, (Value){.s = str(e, "str")}, "str");
    check_print(e, e->ty.ppoint, (Value){.p = NULL}, "0x0");
    Value sl = {.sl = {NULL, 0, 0}};
    check_print(e, e->ty.ints, sl, "[0/0]0x0");
    env_free(e);
}
END_TEST

// Builder through the package table: WriteString, WriteByte, WriteRune,
// Len, String, Reset, Grow.
START_TEST(test_builder) {
    Env *e = env_new();
    const NativePkg *p = rt_find_package("strings");
    static const char *const names[] = {"addr", "buf"};
    Type *fields[] = {e->ty.ppoint, e->ty.bytes};
    void *b = rt_alloc(e->rt, mk_struct(&e->ty, 2, names, fields));   // struct { addr *Builder; buf []byte }
    Value args[2], res[2];
#define CALL(NAME) for (int i = 0; i < p->nfuncs; i++) if (!strcmp(p->funcs[i].name, NAME)) p->funcs[i].fn(e->rt, args, res)
    args[0].p = b;
    args[1].s = str(e, "héllo");
    CALL("(*Builder).WriteString");
    ck_assert_int_eq(res[0].i, 6);
    args[1].u = '!';
    CALL("(*Builder).WriteByte");
    args[1].i = 0x1F600;
    CALL("(*Builder).WriteRune");
    ck_assert_int_eq(res[0].i, 4);
    CALL("(*Builder).Len");
    ck_assert_int_eq(res[0].i, 11);
    CALL("(*Builder).String");
    ck_assert_int_eq(res[0].s.len, 11);
    ck_assert(memcmp(res[0].s.ptr, "héllo!\xf0\x9f\x98\x80", 11) == 0);
    CALL("(*Builder).Reset");
    CALL("(*Builder).Len");
    ck_assert_int_eq(res[0].i, 0);
    args[1].i = 100;
    CALL("(*Builder).Grow");
    CALL("(*Builder).Cap");
    ck_assert_int_eq(res[0].i, 100);
#undef CALL
    env_free(e);
}
END_TEST

// ---- package math, bit for bit ------------------------------------------------------

typedef struct MathCase {
    const char *fn;
    uint64_t x, y, want;
} MathCase;

static const MathCase math_cases[] = {
#include "math_cases.inc"
};

START_TEST(test_math_cases) {
    Env *e = env_new();
    const NativePkg *pkg = rt_find_package("math");
    int failed = 0;
    size_t n = sizeof math_cases / sizeof math_cases[0];
    for (size_t i = 0; i < n; i++) {
        const MathCase *c = &math_cases[i];
        Value args[2], res[1];
        memcpy(&args[0].f, &c->x, 8);
        memcpy(&args[1].f, &c->y, 8);
        res[0].u = 0;
        for (int k = 0; k < pkg->nfuncs; k++)
            if (strcmp(pkg->funcs[k].name, c->fn) == 0)
                pkg->funcs[k].fn(e->rt, args, res);
        if (res[0].u != c->want && failed++ < 20)
            fprintf(stderr, "math case %zu: %s(%a, %a) = %a (%llx) want %llx\n", i, c->fn, args[0].f,
                    args[1].f, res[0].f, (unsigned long long)res[0].u, (unsigned long long)c->want);
    }
    ck_assert_msg(failed == 0, "%d of %zu math cases failed", failed, n);
    env_free(e);
}
END_TEST

Suite *fmt_suite(void);
Suite *fmt_suite(void) {
    Suite *s = suite_create("fmt");
    TCase *tc = tcase_create("printf");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_printf_cases);
    tcase_add_test(tc, test_strconv_cases);
    tcase_add_test(tc, test_strings_cases);
    tcase_add_test(tc, test_method_panics);
    tcase_add_test(tc, test_errorf_wrap);
    tcase_add_test(tc, test_print_builtin);
    tcase_add_test(tc, test_builder);
    tcase_add_test(tc, test_math_cases);
    suite_add_tcase(s, tc);
    return s;
}
