// pkg_reflect.c - package reflect (Go 1.19), the part scripts use: Type
// (the methods of *rtype), Kind, ChanDir, StructTag, DeepEqual, and the
// package's table. Value is in reflect_value.c, DeepEqual's walk and Go's
// layout in reflect_deep.c; reflect_internal.h says how Types and Values
// are represented.
#include <stdlib.h>
#include <string.h>

#include "reflect_internal.h"

// ---- small helpers ----

static Value str_val(const char *s) {
    Value v = nil_val();
    v.s = cstr(s);
    return v;
}

static void set_str(Runtime *rt, GoString *slot, GoString s) {
    gc_write_ptr(rt, (void **)&slot->ptr, (void *)s.ptr);
    slot->len = s.len;
}

static void set_iface(Runtime *rt, GoIface *slot, GoIface e) {
    gc_write_ptr(rt, (void **)&slot->type, (void *)e.type);
    gc_write_ptr(rt, &slot->data, e.data);
}

// panic_msg: panic(prefix + t.String()) as Go's reflect does.
static _Noreturn void panic_msg(Runtime *rt, const char *prefix, const Type *t) {
    StrBuf b = {0};
    sb_puts(&b, prefix);
    if (t) sb_puts(&b, rt_type_string(t));
    GoString s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
    rt_panic(rt, rt_iface_box(rt, rt_type_basic(rt, KIND_STRING), (Value){.s = s}));
}

static bool exported(const char *name) { return name && name[0] >= 'A' && name[0] <= 'Z'; }

// ---- the RtHooks type makers ----

const Type *rt_type_ptr(Runtime *rt, const Type *elem) {
    if (elem->ptr_to) return elem->ptr_to;
    const Type *t = rt->hooks.type_ptr ? rt->hooks.type_ptr(rt->hooks.ctx, elem) : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

const Type *rt_type_slice(Runtime *rt, const Type *elem) {
    const Type *t = rt->hooks.type_slice ? rt->hooks.type_slice(rt->hooks.ctx, elem) : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

const Type *rt_type_map(Runtime *rt, const Type *key, const Type *elem) {
    const Type *t = rt->hooks.type_map ? rt->hooks.type_map(rt->hooks.ctx, key, elem) : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

const Type *rt_type_chan(Runtime *rt, const Type *elem, int dir) {
    const Type *t = rt->hooks.type_chan ? rt->hooks.type_chan(rt->hooks.ctx, elem, dir) : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

const Type *rt_type_array(Runtime *rt, const Type *elem, int64_t len) {
    const Type *t = rt->hooks.type_array ? rt->hooks.type_array(rt->hooks.ctx, elem, len) : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

const Type *rt_type_basic(Runtime *rt, int kind) {
    const Type *t = rt->hooks.type_basic ? rt->hooks.type_basic(rt->hooks.ctx, kind) : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

const Type *rt_type_func(Runtime *rt, const Type *const *params, int np, const Type *const *results, int nr,
                         bool variadic) {
    const Type *t = rt->hooks.type_func ? rt->hooks.type_func(rt->hooks.ctx, params, np, results, nr, variadic)
                                        : NULL;
    if (!t) rt_fatal(rt, "reflect: no type maker");
    return t;
}

// ---- reflect's own types ----

const Type *rv_ptype(Runtime *rt, RvType which) {
    static const struct { const char *name; bool ptr; } names[RVT__COUNT] = {
        [RVT_VALUE] = {"Value", false}, [RVT_RTYPE_PTR] = {"rtype", true}, [RVT_TYPE] = {"Type", false},
        [RVT_STRUCT_FIELD] = {"StructField", false}, [RVT_METHOD] = {"Method", false},
        [RVT_VALUE_ERROR] = {"ValueError", false}, [RVT_VALUE_ERROR_PTR] = {"ValueError", true},
        [RVT_MAP_ITER] = {"MapIter", false}, [RVT_METHOD_VALUE] = {"methodValue", false},
        [RVT_MAKE_FUNC_IMPL] = {"makeFuncImpl", false},
    };
    const Type *t = rt->reflect_types[which];
    if (!t) {
        t = rt_pkg_type(rt, "reflect", names[which].name, names[which].ptr);
        rt->reflect_types[which] = t;
    }
    return t;
}

// ---- Types as interface values ----

GoIface rv_type_iface(Runtime *rt, const Type *t) {
    GoIface e = {NULL, NULL};
    if (!t) return e;
    e.type = rv_ptype(rt, RVT_RTYPE_PTR);
    e.data = (void *)t;
    return e;
}

const Type *rv_type_arg(Runtime *rt, GoIface t) {
    if (!t.type) return NULL;
    const Type *rtype = rv_ptype(rt, RVT_RTYPE_PTR);
    if (t.type != rtype)   // a Type of the program's own making: Go's u.(*rtype) fails too
        rt_panic_type_assert(rt, rv_ptype(rt, RVT_TYPE), t.type, rtype, NULL);
    return t.data;
}

static Value type_val(Runtime *rt, const Type *t) {
    Value v = nil_val();
    v.e = rv_type_iface(rt, t);
    return v;
}

// recv: the descriptor behind a *rtype receiver (a nil *rtype is Go's
// nil dereference).
static const Type *recv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

// ---- Kind and ChanDir ----

static const char *const kind_names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
    "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
};

static void kind_string(Runtime *rt, Value *a, Value *res) {
    uint64_t k = a[0].u;
    if (k < sizeof kind_names / sizeof kind_names[0]) {
        res[0] = str_val(kind_names[k]);
        return;
    }
    char buf[32];
    int n = snprintf(buf, sizeof buf, "kind%lld", (long long)k);
    res[0] = nil_val();
    res[0].s = rt_string_from_c(rt, buf, (size_t)n);
}

static void chandir_string(Runtime *rt, Value *a, Value *res) {
    int64_t d = a[0].i;
    if (d == 1 || d == 2 || d == 3) {
        res[0] = str_val(d == 2 ? "chan<-" : d == 1 ? "<-chan" : "chan");
        return;
    }
    char buf[40];
    int n = snprintf(buf, sizeof buf, "ChanDir%lld", (long long)d);
    res[0] = nil_val();
    res[0].s = rt_string_from_c(rt, buf, (size_t)n);
}

// ---- StructTag ----

// tag_lookup: Go's StructTag.Lookup; the value is unquoted into *out.
static bool tag_lookup(Runtime *rt, GoString tag, GoString key, GoString *out) {
    const uint8_t *p = tag.ptr;
    int64_t n = tag.len;
    while (n > 0) {
        int64_t i = 0;
        while (i < n && p[i] == ' ') i++;
        p += i, n -= i;
        if (n == 0) break;
        i = 0;
        while (i < n && p[i] > ' ' && p[i] != ':' && p[i] != '"' && p[i] != 0x7f) i++;
        if (i == 0 || i + 1 >= n || p[i] != ':' || p[i + 1] != '"') break;
        GoString name = {p, i};
        p += i + 1, n -= i + 1;
        i = 1;
        while (i < n && p[i] != '"') {
            if (p[i] == '\\') i++;
            i++;
        }
        if (i >= n) break;
        const uint8_t *q = p;
        int64_t qn = i + 1;
        p += i + 1, n -= i + 1;
        if (rt_string_eq(key, name)) {
            StrBuf b = {0};
            if (!rt_unquote(&b, q, (size_t)qn)) {
                sb_free(&b);
                break;
            }
            *out = rt_string_from_c(rt, b.p ? b.p : "", b.len);
            sb_free(&b);
            return true;
        }
    }
    out->ptr = NULL, out->len = 0;
    return false;
}

static void tag_get(Runtime *rt, Value *a, Value *res) {
    res[0] = nil_val();
    tag_lookup(rt, a[0].s, a[1].s, &res[0].s);
}

static void tag_lookup_fn(Runtime *rt, Value *a, Value *res) {
    res[0] = nil_val();
    res[1] = bool_val(tag_lookup(rt, a[0].s, a[1].s, &res[0].s));
}

// ---- StructField and Method values ----

// StructField as laid out by its Go type text below.
typedef struct RStructField {
    GoString name, pkgpath;
    GoIface type;
    GoString tag;
    uint64_t offset;
    GoSlice index;
    bool anonymous;
} RStructField;

// RMethod: reflect.Method.
typedef struct RMethod {
    GoString name, pkgpath;
    GoIface type;
    RValue func;
    int64_t index;
} RMethod;

// sf_is_exported: StructField.IsExported and Method.IsExported (both
// start with Name, PkgPath): PkgPath == "".
static void sf_is_exported(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0] = bool_val(((const RStructField *)a[0].p)->pkgpath.len == 0);
}

// pkg_path_of: the package path unexported names of t belong to.
static const char *pkg_path_of(const Type *t) { return t && t->pkg ? rt_package_path(t->pkg) : "main"; }

// struct_field: StructField i of struct t, with the index path
// prefix[0..n) before i.
static Value struct_field(Runtime *rt, const Type *t, int i, const int64_t *prefix, int n) {
    const Field *f = &t->fields[i];
    RStructField *sf = rt_alloc(rt, rv_ptype(rt, RVT_STRUCT_FIELD));
    set_str(rt, &sf->name, cstr(f->name));
    if (!exported(f->name)) set_str(rt, &sf->pkgpath, cstr(pkg_path_of(t)));
    set_iface(rt, &sf->type, rv_type_iface(rt, f->type));
    if (f->tag) set_str(rt, &sf->tag, cstr(f->tag));
    sf->offset = rt_go_offset(t, i);
    GoSlice idx = rt_make_slice(rt, rt_type_basic(rt, KIND_INT), n + 1, n + 1);
    for (int k = 0; k < n; k++) ((int64_t *)idx.ptr)[k] = prefix[k];
    ((int64_t *)idx.ptr)[n] = i;
    gc_write_ptr(rt, &sf->index.ptr, idx.ptr);
    sf->index.len = idx.len, sf->index.cap = idx.cap;
    sf->anonymous = f->embedded;
    Value v = nil_val();
    v.p = sf;
    return v;
}

// method_owner: the named type whose method table lists t's methods and
// whether t is a pointer to it (all methods) or T itself (value receivers).
static const Type *method_owner(const Type *t, bool *ptr) {
    *ptr = false;
    if (t->kind == KIND_POINTER && !(t->flags & TF_NAMED)) {
        *ptr = true;
        t = t->elem;
        if (!t || t->kind == KIND_POINTER || t->kind == KIND_INTERFACE) return NULL;
    }
    return t->methods && t->kind != KIND_INTERFACE ? t : NULL;
}

// in_set: m is an exported method of the method set (ptr: of *T).
static bool in_set(const Method *m, bool ptr) { return (!m->ptr_recv || ptr) && exported(m->name); }

// exported_method: the i-th exported method of non-interface t (its
// method set) in name order, as Go numbers them (the tables of built-in
// packages are in table order), or NULL; with i < 0 counts them into *count.
static const Method *exported_method(const Type *t, int64_t i, int64_t *count) {
    bool ptr;
    const Type *o = method_owner(t, &ptr);
    int64_t n = 0;
    for (int k = 0; o && k < o->nmethods; k++) {
        const Method *m = &o->methods[k];
        if (!in_set(m, ptr)) continue;
        n++;
        int64_t rank = 0;
        for (int j = 0; j < o->nmethods; j++)
            rank += in_set(&o->methods[j], ptr) && strcmp(o->methods[j].name, m->name) < 0;
        if (rank == i) return m;
    }
    if (count) *count = n;
    return NULL;
}

const Method *rv_method_at(const Type *t, int64_t i) {
    return t->kind == KIND_INTERFACE ? &t->methods[i] : exported_method(t, i, NULL);
}

int64_t rv_num_methods(const Type *t) {
    if (t->kind == KIND_INTERFACE) return t->nmethods;
    int64_t n = 0;
    exported_method(t, -1, &n);
    return n;
}

// method_val: reflect.Method i of t (Go's rtype.Method).
static Value method_val(Runtime *rt, const Type *t, int64_t i) {
    RMethod *rm = rt_alloc(rt, rv_ptype(rt, RVT_METHOD));
    Value v = nil_val();
    v.p = rm;
    if (t->kind == KIND_INTERFACE) {
        if (i < 0 || i >= t->nmethods) return v;
        const Method *m = &t->methods[i];
        set_str(rt, &rm->name, cstr(m->name));
        if (!exported(m->name)) set_str(rt, &rm->pkgpath, cstr(pkg_path_of(t)));
        set_iface(rt, &rm->type, rv_type_iface(rt, m->type));
        rm->index = i;
        return v;
    }
    const Method *m = i >= 0 ? exported_method(t, i, NULL) : NULL;
    if (!m) rt_panic_string(rt, "reflect: Method index out of range");
    const Type *sig = m->type;
    int np = sig->nparams + 1;
    const Type **params = malloc((size_t)np * sizeof *params);
    if (!params) rt_fatal(rt, "runtime: out of memory");
    params[0] = t;
    for (int k = 0; k < sig->nparams; k++) params[k + 1] = sig->params[k];
    const Type *ft = rt_type_func(rt, params, np, sig->results, sig->nresults, sig->variadic);
    free(params);
    set_str(rt, &rm->name, cstr(m->name));
    set_iface(rt, &rm->type, rv_type_iface(rt, ft));
    // Func: the method expression T.Name as a Value
    void **fp = rt_alloc(rt, ft);
    gc_write_ptr(rt, fp, rv_method_expr(rt, t, m->name));
    gc_write_ptr(rt, (void **)&rm->func.typ, (void *)ft);
    gc_write_ptr(rt, &rm->func.ptr, fp);
    rm->index = i;
    return v;
}

// ---- the methods of *rtype ----

static void t_string(Runtime *rt, Value *a, Value *res) { res[0] = str_val(rt_type_string(recv(rt, a[0]))); }

// has_name: Go's tflagNamed (defined and predeclared types).
static bool has_name(const Type *t) { return t->name != NULL; }

static void t_name(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    if (!has_name(t)) {
        res[0] = str_val("");
        return;
    }
    // Go's: what follows the last '.' outside brackets of String()
    const char *s = rt_type_string(t);
    int64_t i = (int64_t)strlen(s) - 1, sq = 0;
    while (i >= 0 && (s[i] != '.' || sq != 0)) {
        if (s[i] == ']') sq++;
        else if (s[i] == '[') sq--;
        i--;
    }
    res[0] = str_val(s + i + 1);
}

static void t_pkg_path(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    res[0] = str_val(has_name(t) && t->pkg ? rt_package_path(t->pkg) : "");
}

static void t_kind(Runtime *rt, Value *a, Value *res) { res[0] = int_val(recv(rt, a[0])->kind); }
static void t_size(Runtime *rt, Value *a, Value *res) { res[0] = int_val((int64_t)rt_go_size(recv(rt, a[0]))); }
static void t_align(Runtime *rt, Value *a, Value *res) { res[0] = int_val((int64_t)rt_go_align(recv(rt, a[0]))); }

static void t_bits(Runtime *rt, Value *a, Value *res) {
    const Type *t = a[0].p;
    if (!t) rt_panic_string(rt, "reflect: Bits of nil Type");
    if (t->kind < KIND_INT || t->kind > KIND_COMPLEX128) panic_msg(rt, "reflect: Bits of non-arithmetic Type ", t);
    res[0] = int_val((int64_t)t->size * 8);
}

static void t_comparable(Runtime *rt, Value *a, Value *res) {
    res[0] = bool_val((recv(rt, a[0])->flags & TF_COMPARABLE) != 0);
}

static void t_elem(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    switch (t->kind) {
    case KIND_ARRAY: case KIND_CHAN: case KIND_MAP: case KIND_POINTER: case KIND_SLICE:
        res[0] = type_val(rt, t->elem);
        return;
    default: panic_msg(rt, "reflect: Elem of invalid type ", t);
    }
}

static void t_key(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    if (t->kind != KIND_MAP) panic_msg(rt, "reflect: Key of non-map type ", t);
    res[0] = type_val(rt, t->key);
}

static void t_len(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    if (t->kind != KIND_ARRAY) panic_msg(rt, "reflect: Len of non-array type ", t);
    res[0] = int_val(t->len);
}

static void t_chan_dir(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    if (t->kind != KIND_CHAN) panic_msg(rt, "reflect: ChanDir of non-chan type ", t);
    // gosub's chandir: 1 send, 2 recv, 3 both; Go's ChanDir: RecvDir 1, SendDir 2, BothDir 3
    res[0] = int_val(t->chandir == 1 ? 2 : t->chandir == 2 ? 1 : 3);
}

static const Type *func_recv(Runtime *rt, Value v, const char *what) {
    const Type *t = recv(rt, v);
    if (t->kind != KIND_FUNC) panic_msg(rt, what, t);
    return t;
}

static void t_is_variadic(Runtime *rt, Value *a, Value *res) {
    res[0] = bool_val(func_recv(rt, a[0], "reflect: IsVariadic of non-func type ")->variadic);
}

static void t_num_in(Runtime *rt, Value *a, Value *res) {
    res[0] = int_val(func_recv(rt, a[0], "reflect: NumIn of non-func type ")->nparams);
}

static void t_num_out(Runtime *rt, Value *a, Value *res) {
    res[0] = int_val(func_recv(rt, a[0], "reflect: NumOut of non-func type ")->nresults);
}

static void t_in(Runtime *rt, Value *a, Value *res) {
    const Type *t = func_recv(rt, a[0], "reflect: In of non-func type ");
    if (a[1].i < 0 || a[1].i >= t->nparams) rt_panic_index(rt, a[1].i, t->nparams);
    res[0] = type_val(rt, t->params[a[1].i]);
}

static void t_out(Runtime *rt, Value *a, Value *res) {
    const Type *t = func_recv(rt, a[0], "reflect: Out of non-func type ");
    if (a[1].i < 0 || a[1].i >= t->nresults) rt_panic_index(rt, a[1].i, t->nresults);
    res[0] = type_val(rt, t->results[a[1].i]);
}

static const Type *struct_recv(Runtime *rt, Value v, const char *what) {
    const Type *t = recv(rt, v);
    if (t->kind != KIND_STRUCT) panic_msg(rt, what, t);
    return t;
}

static void t_num_field(Runtime *rt, Value *a, Value *res) {
    res[0] = int_val(struct_recv(rt, a[0], "reflect: NumField of non-struct type ")->nfields);
}

static void t_field(Runtime *rt, Value *a, Value *res) {
    const Type *t = struct_recv(rt, a[0], "reflect: Field of non-struct type ");
    if (a[1].i < 0 || a[1].i >= t->nfields) rt_panic_string(rt, "reflect: Field index out of bounds");
    res[0] = struct_field(rt, t, (int)a[1].i, NULL, 0);
}

static void t_field_by_index(Runtime *rt, Value *a, Value *res) {
    const Type *t = struct_recv(rt, a[0], "reflect: FieldByIndex of non-struct type ");
    GoSlice idx = a[1].sl;
    const int64_t *ix = idx.ptr;
    for (uint32_t k = 0; k < idx.len; k++) {
        if (k > 0) {
            if (t->kind == KIND_POINTER && t->elem->kind == KIND_STRUCT) t = t->elem;
            if (t->kind != KIND_STRUCT) panic_msg(rt, "reflect: FieldByIndex of non-struct type ", t);
        }
        if (ix[k] < 0 || ix[k] >= t->nfields) rt_panic_string(rt, "reflect: Field index out of bounds");
        if (k + 1 == idx.len) {
            res[0] = struct_field(rt, t, (int)ix[k], ix, (int)k);
            return;
        }
        t = t->fields[ix[k]].type;
    }
    res[0] = nil_val();
    res[0].p = rt_alloc(rt, rv_ptype(rt, RVT_STRUCT_FIELD));
}

// A struct to search for a field name, and the index path that reaches it.
typedef struct FieldScan {
    const Type *t;
    int64_t *path;
    int depth;
} FieldScan;

// rv_field_by_name: Go's FieldByName (breadth first through embedded
// structs; a name found twice at the shallowest depth is no match). The
// path is malloc'ed into *path (its length *n); false when none.
// field_matches: name is fname, or match (a func(string) bool) says so.
static bool field_matches(Runtime *rt, const char *fname, GoString name, const Value *match) {
    if (!match) return (int64_t)strlen(fname) == name.len && memcmp(fname, name.ptr, (size_t)name.len) == 0;
    Value arg = nil_val(), r[1] = {nil_val()};
    arg.s = cstr(fname);
    rt_call_func(rt, *match, &arg, 1, r);
    return r[0].b;
}

bool rv_field_by_name(Runtime *rt, const Type *t, GoString name, const Value *match, int64_t **path, int *n) {
    FieldScan *cur = malloc(sizeof *cur), *next = NULL;
    if (!cur) return false;
    cur[0] = (FieldScan){t, NULL, 0};
    int ncur = 1, nnext = 0;
    bool found = false;
    const Type **seen = NULL;
    int nseen = 0;
    while (ncur > 0 && !found) {
        int count = 0;
        next = NULL, nnext = 0;
        for (int s = 0; s < ncur; s++) {
            const Type *st = cur[s].t;
            bool dup = false;
            for (int k = 0; k < nseen; k++) dup |= seen[k] == st;
            if (dup) continue;
            seen = realloc(seen, (size_t)(nseen + 1) * sizeof *seen);
            seen[nseen++] = st;
            for (int i = 0; i < st->nfields; i++) {
                const Field *f = &st->fields[i];
                const char *fname = f->name;
                if (field_matches(rt, fname, name, match)) {
                    if (count++ == 0) {
                        *n = cur[s].depth + 1;
                        *path = malloc((size_t)*n * sizeof **path);
                        for (int k = 0; k < cur[s].depth; k++) (*path)[k] = cur[s].path[k];
                        (*path)[cur[s].depth] = i;
                    }
                    continue;
                }
                const Type *ft = f->type;
                if (f->embedded && ft->kind == KIND_POINTER && !(ft->flags & TF_NAMED)) ft = ft->elem;
                if (!f->embedded || ft->kind != KIND_STRUCT) continue;
                next = realloc(next, (size_t)(nnext + 1) * sizeof *next);
                int64_t *p = malloc((size_t)(cur[s].depth + 1) * sizeof *p);
                for (int k = 0; k < cur[s].depth; k++) p[k] = cur[s].path[k];
                p[cur[s].depth] = i;
                next[nnext++] = (FieldScan){ft, p, cur[s].depth + 1};
            }
        }
        if (count > 1) {
            free(*path);
            *path = NULL;
            for (int s = 0; s < nnext; s++) free(next[s].path);
            nnext = 0;
        }
        found = count == 1;
        for (int s = 0; s < ncur; s++) free(cur[s].path);
        free(cur);
        cur = next, ncur = nnext;
        if (count > 1) break;
    }
    for (int s = 0; s < ncur; s++) free(cur[s].path);
    free(cur);
    free(seen);
    return found;
}

static void field_by(Runtime *rt, Value *a, Value *res, bool func) {
    const Type *t = struct_recv(rt, a[0], func ? "reflect: FieldByNameFunc of non-struct type "
                                               : "reflect: FieldByName of non-struct type ");
    int64_t *path = NULL;
    int n = 0;
    res[1] = bool_val(rv_field_by_name(rt, t, a[1].s, func ? &a[1] : NULL, &path, &n));
    if (!res[1].b) {
        res[0] = nil_val();
        res[0].p = rt_alloc(rt, rv_ptype(rt, RVT_STRUCT_FIELD));
        return;
    }
    const Type *st = t;
    for (int k = 0; k + 1 < n; k++) {
        st = st->fields[path[k]].type;
        if (st->kind == KIND_POINTER) st = st->elem;
    }
    res[0] = struct_field(rt, st, (int)path[n - 1], path, n - 1);
    free(path);
}

// ---- VisibleFields (Go's visibleFieldsWalker) ----

typedef struct VisField {
    const Type *st;           // the struct declaring it
    int i;                    // its index there
    int64_t *path;            // the index path (malloc'ed), depth entries
    int depth;
    bool hidden;
} VisField;

typedef struct VisWalk {
    VisField *f;
    int n, cap;
    const Type **visiting;
    int nvisiting;
    int64_t *index;
    int depth;
} VisWalk;

static void vis_walk(VisWalk *w, const Type *t) {
    for (int k = 0; k < w->nvisiting; k++)
        if (w->visiting[k] == t) return;
    w->visiting = realloc(w->visiting, (size_t)(w->nvisiting + 1) * sizeof *w->visiting);
    w->visiting[w->nvisiting++] = t;
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        w->index = realloc(w->index, (size_t)(w->depth + 1) * sizeof *w->index);
        w->index[w->depth++] = i;
        bool add = true;
        for (int k = 0; k < w->n; k++) {
            VisField *old = &w->f[k];
            if (old->hidden || strcmp(old->st->fields[old->i].name, f->name) != 0) continue;
            if (w->depth == old->depth) old->hidden = true, add = false;
            else if (w->depth < old->depth) old->hidden = true;
            else add = false;
        }
        if (add) {
            if (w->n == w->cap) {
                w->cap = w->cap ? 2 * w->cap : 8;
                w->f = realloc(w->f, (size_t)w->cap * sizeof *w->f);
            }
            VisField *nf = &w->f[w->n++];
            *nf = (VisField){t, i, malloc((size_t)w->depth * sizeof(int64_t)), w->depth, false};
            memcpy(nf->path, w->index, (size_t)w->depth * sizeof(int64_t));
        }
        if (f->embedded) {
            const Type *ft = f->type;
            if (ft->kind == KIND_POINTER) ft = ft->elem;
            if (ft->kind == KIND_STRUCT) vis_walk(w, ft);
        }
        w->depth--;
    }
    w->nvisiting--;
}

static void f_visible_fields(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_string(rt, "reflect: VisibleFields(nil)");
    if (t->kind != KIND_STRUCT) rt_panic_string(rt, "reflect.VisibleFields of non-struct type");
    VisWalk w = {0};
    vis_walk(&w, t);
    const Type *sft = rv_ptype(rt, RVT_STRUCT_FIELD);
    int64_t n = 0;
    for (int k = 0; k < w.n; k++) n += !w.f[k].hidden;
    GoSlice s = rt_make_slice(rt, sft, n, n);
    for (int k = 0, j = 0; k < w.n; k++) {
        VisField *f = &w.f[k];
        if (!f->hidden)
            rt_store(rt, sft, (char *)s.ptr + (uint64_t)j++ * sft->size,
                     struct_field(rt, f->st, f->i, f->path, f->depth - 1));
        free(f->path);
    }
    free(w.f);
    free(w.visiting);
    free(w.index);
    res[0] = nil_val();
    res[0].sl = s;
}

static void t_field_by_name(Runtime *rt, Value *a, Value *res) { field_by(rt, a, res, false); }
static void t_field_by_name_func(Runtime *rt, Value *a, Value *res) { field_by(rt, a, res, true); }

static void t_num_method(Runtime *rt, Value *a, Value *res) { res[0] = int_val(rv_num_methods(recv(rt, a[0]))); }

static void t_method(Runtime *rt, Value *a, Value *res) { res[0] = method_val(rt, recv(rt, a[0]), a[1].i); }

static void t_method_by_name(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]);
    int64_t n = rv_num_methods(t);
    for (int64_t i = 0; i < n; i++) {
        const Method *m = t->kind == KIND_INTERFACE ? &t->methods[i] : exported_method(t, i, NULL);
        if ((int64_t)strlen(m->name) == a[1].s.len && memcmp(m->name, a[1].s.ptr, (size_t)a[1].s.len) == 0) {
            res[0] = method_val(rt, t, i);
            res[1] = bool_val(true);
            return;
        }
    }
    res[0] = nil_val();
    res[0].p = rt_alloc(rt, rv_ptype(rt, RVT_METHOD));
    res[1] = bool_val(false);
}

// implements: Go's implements(T, V): V's method set has every method of
// the interface T with an identical signature.
bool rv_implements(const Type *T, const Type *V) {
    if (T->kind != KIND_INTERFACE) return false;
    for (int i = 0; i < T->nmethods; i++) {
        const Method *tm = &T->methods[i];
        const Method *vm = NULL;
        if (V->kind == KIND_INTERFACE) {
            for (int k = 0; k < V->nmethods && !vm; k++)
                if (strcmp(V->methods[k].name, tm->name) == 0) vm = &V->methods[k];
        } else {
            vm = rt_find_method(V, tm->name);
        }
        if (!vm || vm->type != tm->type) return false;
    }
    return true;
}

static bool same_underlying(const Type *T, const Type *V) {
    return T == V || T->underlying == V->underlying;
}

static bool chan_assignable(const Type *T, const Type *V) {
    return V->chandir == 3 && (!has_name(T) || !has_name(V)) && T->elem == V->elem;
}

static bool directly_assignable(const Type *T, const Type *V) {
    if (T == V) return true;
    if ((has_name(T) && has_name(V)) || T->kind != V->kind) return false;
    if (T->kind == KIND_CHAN && chan_assignable(T, V)) return true;
    return same_underlying(T, V);
}

bool rv_assignable(const Type *T, const Type *V) { return directly_assignable(T, V) || rv_implements(T, V); }

// rv_convertible: Go's convertOp(dst, src) != nil.
bool rv_convertible(const Type *dst, const Type *src) {
    int sk = src->kind, dk = dst->kind;
    bool dnum = dk >= KIND_INT && dk <= KIND_FLOAT64;
    if (sk >= KIND_INT && sk <= KIND_UINTPTR && (dnum || dk == KIND_STRING)) return true;
    if ((sk == KIND_FLOAT32 || sk == KIND_FLOAT64) && dnum) return true;
    if (sk == KIND_STRING && dk == KIND_SLICE && !dst->elem->pkg &&
        (dst->elem->kind == KIND_UINT8 || dst->elem->kind == KIND_INT32))
        return true;
    if (sk == KIND_SLICE && dk == KIND_STRING && !src->elem->pkg &&
        (src->elem->kind == KIND_UINT8 || src->elem->kind == KIND_INT32))
        return true;
    if (sk == KIND_SLICE && dk == KIND_POINTER && dst->elem->kind == KIND_ARRAY && src->elem == dst->elem->elem)
        return true;
    if (sk == KIND_CHAN && dk == KIND_CHAN && chan_assignable(dst, src)) return true;
    if (same_underlying(dst, src)) return true;
    if (dk == KIND_POINTER && !has_name(dst) && sk == KIND_POINTER && !has_name(src) &&
        same_underlying(dst->elem, src->elem))
        return true;
    return rv_implements(dst, src);
}

static const Type *type_param(Runtime *rt, Value v, const char *what) {
    const Type *u = rv_type_arg(rt, v.e);
    if (!u) rt_panic_string(rt, what);
    return u;
}

static void t_implements(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]), *u = type_param(rt, a[1], "reflect: nil type passed to Type.Implements");
    if (u->kind != KIND_INTERFACE) rt_panic_string(rt, "reflect: non-interface type passed to Type.Implements");
    res[0] = bool_val(rv_implements(u, t));
}

static void t_assignable_to(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]), *u = type_param(rt, a[1], "reflect: nil type passed to Type.AssignableTo");
    res[0] = bool_val(rv_assignable(u, t));
}

static void t_convertible_to(Runtime *rt, Value *a, Value *res) {
    const Type *t = recv(rt, a[0]), *u = type_param(rt, a[1], "reflect: nil type passed to Type.ConvertibleTo");
    res[0] = bool_val(rv_convertible(u, t));
}

// ---- package functions on Types ----

static void f_type_of(Runtime *rt, Value *a, Value *res) { res[0] = type_val(rt, a[0].e.type); }

static void f_pointer_to(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_nil_deref(rt);
    res[0] = type_val(rt, rt_type_ptr(rt, t));
}

static void f_deep_equal(Runtime *rt, Value *a, Value *res) {
    GoIface x = a[0].e, y = a[1].e;
    if (!x.type || !y.type) {
        res[0] = bool_val(x.type == y.type);
        return;
    }
    if (x.type != y.type) {
        res[0] = bool_val(false);
        return;
    }
    const void *px = (x.type->flags & TF_BOXED) ? x.data : (const void *)&a[0].e.data;
    const void *py = (y.type->flags & TF_BOXED) ? y.data : (const void *)&a[1].e.data;
    res[0] = bool_val(rt_deep_equal(rt, x.type, px, py));
}

// ---- the table ----

static const NativeFunc reflect_funcs[] = {
    {"TypeOf", "func(i any) Type", f_type_of},
    {"PtrTo", "func(t Type) Type", f_pointer_to},
    {"PointerTo", "func(t Type) Type", f_pointer_to},
    {"DeepEqual", "func(x, y any) bool", f_deep_equal},
    {"VisibleFields", "func(t Type) []StructField", f_visible_fields},
    {"StructField.IsExported", "func() bool", sf_is_exported},
    {"Method.IsExported", "func() bool", sf_is_exported},
    {"Kind.String", "func() string", kind_string},
    {"ChanDir.String", "func() string", chandir_string},
    {"StructTag.Get", "func(key string) string", tag_get},
    {"StructTag.Lookup", "func(key string) (value string, ok bool)", tag_lookup_fn},
    {"(*rtype).String", "func() string", t_string},
    {"(*rtype).Name", "func() string", t_name},
    {"(*rtype).PkgPath", "func() string", t_pkg_path},
    {"(*rtype).Kind", "func() Kind", t_kind},
    {"(*rtype).Size", "func() uintptr", t_size},
    {"(*rtype).Align", "func() int", t_align},
    {"(*rtype).FieldAlign", "func() int", t_align},
    {"(*rtype).Bits", "func() int", t_bits},
    {"(*rtype).Comparable", "func() bool", t_comparable},
    {"(*rtype).Elem", "func() Type", t_elem},
    {"(*rtype).Key", "func() Type", t_key},
    {"(*rtype).Len", "func() int", t_len},
    {"(*rtype).ChanDir", "func() ChanDir", t_chan_dir},
    {"(*rtype).IsVariadic", "func() bool", t_is_variadic},
    {"(*rtype).NumIn", "func() int", t_num_in},
    {"(*rtype).NumOut", "func() int", t_num_out},
    {"(*rtype).In", "func(i int) Type", t_in},
    {"(*rtype).Out", "func(i int) Type", t_out},
    {"(*rtype).NumField", "func() int", t_num_field},
    {"(*rtype).Field", "func(i int) StructField", t_field},
    {"(*rtype).FieldByIndex", "func(index []int) StructField", t_field_by_index},
    {"(*rtype).FieldByName", "func(name string) (StructField, bool)", t_field_by_name},
    {"(*rtype).FieldByNameFunc", "func(match func(string) bool) (StructField, bool)", t_field_by_name_func},
    {"(*rtype).NumMethod", "func() int", t_num_method},
    {"(*rtype).Method", "func(i int) Method", t_method},
    {"(*rtype).MethodByName", "func(name string) (Method, bool)", t_method_by_name},
    {"(*rtype).Implements", "func(u Type) bool", t_implements},
    {"(*rtype).AssignableTo", "func(u Type) bool", t_assignable_to},
    {"(*rtype).ConvertibleTo", "func(u Type) bool", t_convertible_to},
#define RV_FUNC(name, sig, fn) {name, sig, fn},
    RV_TABLE(RV_FUNC)
#undef RV_FUNC
};

static const NativeConst reflect_consts[] = {
    {"Invalid", "Kind", "0"}, {"Bool", "Kind", "1"}, {"Int", "Kind", "2"}, {"Int8", "Kind", "3"},
    {"Int16", "Kind", "4"}, {"Int32", "Kind", "5"}, {"Int64", "Kind", "6"}, {"Uint", "Kind", "7"},
    {"Uint8", "Kind", "8"}, {"Uint16", "Kind", "9"}, {"Uint32", "Kind", "10"}, {"Uint64", "Kind", "11"},
    {"Uintptr", "Kind", "12"}, {"Float32", "Kind", "13"}, {"Float64", "Kind", "14"},
    {"Complex64", "Kind", "15"}, {"Complex128", "Kind", "16"}, {"Array", "Kind", "17"}, {"Chan", "Kind", "18"},
    {"Func", "Kind", "19"}, {"Interface", "Kind", "20"}, {"Map", "Kind", "21"}, {"Pointer", "Kind", "22"},
    {"Ptr", "Kind", "22"}, {"Slice", "Kind", "23"}, {"String", "Kind", "24"}, {"Struct", "Kind", "25"},
    {"UnsafePointer", "Kind", "26"},
    {"RecvDir", "ChanDir", "1"}, {"SendDir", "ChanDir", "2"}, {"BothDir", "ChanDir", "3"},
    {"SelectSend", "SelectDir", "1"}, {"SelectRecv", "SelectDir", "2"}, {"SelectDefault", "SelectDir", "3"},
};

static const NativeType reflect_types[] = {
    {"Kind", "uint"},
    {"ChanDir", "int"},
    {"StructTag", "string"},
    {"rtype", "struct { kind uint8 }"},
    {"Type", "interface { Align() int; AssignableTo(u Type) bool; Bits() int; ChanDir() ChanDir; "
             "Comparable() bool; ConvertibleTo(u Type) bool; Elem() Type; Field(i int) StructField; "
             "FieldAlign() int; FieldByIndex(index []int) StructField; "
             "FieldByName(name string) (StructField, bool); FieldByNameFunc(match func(string) bool) (StructField, bool); Implements(u Type) bool; In(i int) Type; "
             "IsVariadic() bool; Key() Type; Kind() Kind; Len() int; Method(int) Method; "
             "MethodByName(string) (Method, bool); Name() string; NumField() int; NumIn() int; "
             "NumMethod() int; NumOut() int; Out(i int) Type; PkgPath() string; Size() uintptr; "
             "String() string }"},
    {"StructField", "struct { Name string; PkgPath string; Type Type; Tag StructTag; Offset uintptr; "
                    "Index []int; Anonymous bool }"},
    {"Method", "struct { Name string; PkgPath string; Type Type; Func Value; Index int }"},
    {"Value", "struct { typ *rtype; ptr *byte; flag uintptr }"},
    {"ValueError", "struct { Method string; Kind Kind }"},
    {"methodValue", "struct { recv any; name string }"},
    {"SelectDir", "int"},
    {"SelectCase", "struct { Dir SelectDir; Chan Value; Send Value }"},
    {"makeFuncImpl", "struct { ftyp *byte; fn func([]Value) []Value }"},
    {"MapIter", "struct { m Value; hm *byte; pos int; seq uint64; end uint64; gen uint32; key *byte; "
                "val *byte }"},
};

const NativePkg rt_pkg_reflect = {
    .path = "reflect", .name = "reflect",
    .funcs = reflect_funcs, .nfuncs = sizeof reflect_funcs / sizeof reflect_funcs[0],
    .consts = reflect_consts, .nconsts = sizeof reflect_consts / sizeof reflect_consts[0],
    .types = reflect_types, .ntypes = sizeof reflect_types / sizeof reflect_types[0],
};
