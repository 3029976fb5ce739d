// reflect_value.c - reflect.Value (Go 1.19): reading values of any type,
// walking structs, slices and maps, setting addressable values, New,
// Zero, Indirect, Call. reflect_internal.h says how a Value is laid out.
#include <stdlib.h>
#include <string.h>

#include "reflect_internal.h"

// ---- making Values ----

Value rv_new(Runtime *rt, const Type *t, void *ptr, uint64_t flag) {
    RValue *rv = rt_alloc(rt, rv_ptype(rt, RVT_VALUE));
    gc_write_ptr(rt, (void **)&rv->typ, (void *)t);
    gc_write_ptr(rt, &rv->ptr, ptr);
    rv->flag = t ? flag : 0;
    Value v = nil_val();
    v.p = rv;
    return v;
}

// boxed_copy: fresh heap storage holding v (of type t).
static void *boxed_copy(Runtime *rt, const Type *t, Value v) {
    void *p = rt_alloc(rt, t);
    rt_store(rt, t, p, v);
    return p;
}

// val_of: a non-addressable Value holding v of type t.
static Value val_of(Runtime *rt, const Type *t, Value v, uint64_t flag) {
    return rv_new(rt, t, boxed_copy(rt, t, v), flag);
}

Value rv_of(Runtime *rt, GoIface e) {
    if (!e.type) return rv_new(rt, NULL, NULL, 0);
    if (e.type->flags & TF_BOXED) return rv_new(rt, e.type, e.data, 0);   // never written through
    return val_of(rt, e.type, rt_iface_unbox(e), 0);
}

static const RValue *arg(Value v) { return v.p; }

static Value load(const RValue *v) { return rt_load(v->typ, v->ptr); }

static int kind_of(const RValue *v) { return v->typ ? v->typ->kind : KIND_INVALID; }

_Noreturn void rv_panic_kind(Runtime *rt, const char *method, int kind) {
    struct { GoString method; uint64_t kind; } *e = rt_alloc(rt, rv_ptype(rt, RVT_VALUE_ERROR));
    GoString m = cstr(method);
    gc_write_ptr(rt, (void **)&e->method.ptr, (void *)m.ptr);
    e->method.len = m.len;
    e->kind = (uint64_t)kind;
    rt_panic(rt, (GoIface){rv_ptype(rt, RVT_VALUE_ERROR_PTR), e});
}

void rv_value_error_error(Runtime *rt, Value *a, Value *res) {
    const struct { GoString method; uint64_t kind; } *e = a[0].p;
    if (!e) rt_panic_nil_deref(rt);
    StrBuf b = {0};
    sb_puts(&b, "reflect: call of ");
    sb_put(&b, e->method.ptr, (size_t)e->method.len);
    sb_puts(&b, " on ");
    if (e->kind == 0) {
        sb_puts(&b, "zero");
    } else {
        Value k = int_val((int64_t)e->kind), s[1];
        rt_native_call(rt, "reflect", "Kind.String", &k, s);
        sb_put(&b, s[0].s.ptr, (size_t)s[0].s.len);
    }
    sb_puts(&b, " Value");
    res[0] = nil_val();
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

// must_be: the Value's kind is k, else Go's ValueError for method.
static const RValue *must_be(Runtime *rt, Value v, int k, const char *method) {
    const RValue *rv = arg(v);
    if (kind_of(rv) != k) rv_panic_kind(rt, method, kind_of(rv));
    return rv;
}

static _Noreturn void panic_text(Runtime *rt, const char *a, const char *b, const char *c) {
    StrBuf s = {0};
    sb_puts(&s, a);
    sb_puts(&s, b);
    sb_puts(&s, c);
    GoString g = rt_string_from_c(rt, s.p, s.len);
    sb_free(&s);
    rt_panic(rt, rt_iface_box(rt, rt_type_basic(rt, KIND_STRING), (Value){.s = g}));
}

// must_be_assignable: Go's flag.mustBeAssignable for method.
static const RValue *must_be_assignable(Runtime *rt, Value v, const char *method) {
    const RValue *rv = arg(v);
    if (!rv->typ) rv_panic_kind(rt, method, KIND_INVALID);
    if (rv->flag & RV_RO) panic_text(rt, "reflect: ", method, " using value obtained using unexported field");
    if (!(rv->flag & RV_ADDR)) panic_text(rt, "reflect: ", method, " using unaddressable value");
    return rv;
}

// ---- the package functions ----

void rv_value_of(Runtime *rt, Value *a, Value *res) { res[0] = rv_of(rt, a[0].e); }

void rv_new_fn(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_string(rt, "reflect: New(nil)");
    const Type *pt = rt_type_ptr(rt, t);
    Value p = nil_val();
    p.p = rt_alloc(rt, t);
    res[0] = val_of(rt, pt, p, 0);
}

void rv_zero(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_string(rt, "reflect: Zero(nil)");
    res[0] = rv_new(rt, t, rt_alloc(rt, t), 0);
}

// elem: v.Elem() for a pointer or interface Value.
static Value elem(Runtime *rt, const RValue *rv) {
    if (kind_of(rv) == KIND_INTERFACE) {
        GoIface e = *(const GoIface *)rv->ptr;
        Value r = rv_of(rt, e);
        ((RValue *)r.p)->flag |= rv_ro(rv->flag);
        return r;
    }
    void *p = *(void **)rv->ptr;
    if (!p) return rv_new(rt, NULL, NULL, 0);
    return rv_new(rt, rv->typ->elem, p, RV_ADDR | rv_ro(rv->flag));
}

void rv_indirect(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (kind_of(rv) != KIND_POINTER) {
        res[0] = rv_new(rt, rv->typ, rv->ptr, rv->flag);
        return;
    }
    res[0] = elem(rt, rv);
}

// ---- reading ----

void rv_kind(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0] = int_val(kind_of(arg(a[0])));
}

void rv_type(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (!rv->typ) rv_panic_kind(rt, "reflect.Value.Type", KIND_INVALID);
    res[0] = nil_val();
    res[0].e = rv_type_iface(rt, rv->typ);
}

void rv_is_valid(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0] = bool_val(arg(a[0])->typ != NULL);
}

void rv_interface(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (!rv->typ) rv_panic_kind(rt, "reflect.Value.Interface", KIND_INVALID);
    if (rv->flag & RV_RO)
        rt_panic_string(rt, "reflect.Value.Interface: cannot return value obtained from unexported field or method");
    res[0] = nil_val();
    if (rv->flag & RV_METHOD) res[0].e = rt_iface_box(rt, rv->typ, (Value){.p = rv_method_func(rt, rv)});
    else if (rv->typ->kind == KIND_INTERFACE) res[0].e = *(const GoIface *)rv->ptr;
    else res[0].e = rt_iface_box(rt, rv->typ, load(rv));
}

void rv_int(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    int k = kind_of(rv);
    if (k < KIND_INT || k > KIND_INT64) rv_panic_kind(rt, "reflect.Value.Int", k);
    res[0] = int_val(load(rv).i);
}

void rv_uint(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    int k = kind_of(rv);
    if (k < KIND_UINT || k > KIND_UINTPTR) rv_panic_kind(rt, "reflect.Value.Uint", k);
    res[0] = load(rv);
}

void rv_float(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    int k = kind_of(rv);
    if (k != KIND_FLOAT32 && k != KIND_FLOAT64) rv_panic_kind(rt, "reflect.Value.Float", k);
    Value v = load(rv);
    res[0] = nil_val();
    res[0].f = k == KIND_FLOAT32 ? (double)v.f32 : v.f;
}

void rv_bool(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = must_be(rt, a[0], KIND_BOOL, "reflect.Value.Bool");
    res[0] = load(rv);
}

void rv_string(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    res[0] = nil_val();
    if (kind_of(rv) == KIND_STRING) {
        res[0] = load(rv);
        return;
    }
    if (!rv->typ) {
        res[0].s = cstr("<invalid Value>");
        return;
    }
    StrBuf b = {0};
    sb_putc(&b, '<');
    sb_puts(&b, rt_type_string(rv->typ));
    sb_puts(&b, " Value>");
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

void rv_len(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    Value v = rv->typ ? load(rv) : nil_val();
    switch (kind_of(rv)) {
    case KIND_SLICE: res[0] = int_val(v.sl.len); return;
    case KIND_ARRAY: res[0] = int_val(rv->typ->len); return;
    case KIND_CHAN: res[0] = int_val(rt_chan_len(v.p)); return;
    case KIND_MAP: res[0] = int_val(rt_map_len(v.p)); return;
    case KIND_STRING: res[0] = int_val(v.s.len); return;
    case KIND_POINTER:
        if (rv->typ->elem->kind == KIND_ARRAY) {
            res[0] = int_val(rv->typ->elem->len);
            return;
        }
        rt_panic_string(rt, "reflect: call of reflect.Value.Len on ptr to non-array Value");
    default: rv_panic_kind(rt, "reflect.Value.Len", kind_of(rv));
    }
}

void rv_cap(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    Value v = rv->typ ? load(rv) : nil_val();
    switch (kind_of(rv)) {
    case KIND_SLICE: res[0] = int_val(v.sl.cap); return;
    case KIND_ARRAY: res[0] = int_val(rv->typ->len); return;
    case KIND_CHAN: res[0] = int_val(rt_chan_cap(v.p)); return;
    case KIND_POINTER:
        if (rv->typ->elem->kind == KIND_ARRAY) {
            res[0] = int_val(rv->typ->elem->len);
            return;
        }
        rt_panic_string(rt, "reflect: call of reflect.Value.Cap on ptr to non-array Value");
    default: rv_panic_kind(rt, "reflect.Value.Cap", kind_of(rv));
    }
}

void rv_index(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    int64_t i = a[1].i;
    switch (kind_of(rv)) {
    case KIND_ARRAY: {
        const Type *et = rv->typ->elem;
        if (i < 0 || i >= rv->typ->len) rt_panic_string(rt, "reflect: array index out of range");
        res[0] = rv_new(rt, et, (char *)rv->ptr + (uint64_t)i * et->size, (rv->flag & RV_ADDR) | rv_ro(rv->flag));
        return;
    }
    case KIND_SLICE: {
        const Type *et = rv->typ->elem;
        GoSlice s = *(const GoSlice *)rv->ptr;
        if (i < 0 || i >= s.len) rt_panic_string(rt, "reflect: slice index out of range");
        res[0] = rv_new(rt, et, (char *)s.ptr + (uint64_t)i * et->size, RV_ADDR | rv_ro(rv->flag));
        return;
    }
    case KIND_STRING: {
        GoString s = *(const GoString *)rv->ptr;
        if (i < 0 || i >= s.len) rt_panic_string(rt, "reflect: string index out of range");
        Value b = nil_val();
        b.u = s.ptr[i];
        res[0] = val_of(rt, rt_type_basic(rt, KIND_UINT8), b, rv_ro(rv->flag));
        return;
    }
    default: rv_panic_kind(rt, "reflect.Value.Index", kind_of(rv));
    }
}

// field: field i of the struct Value rv.
static Value field(Runtime *rt, const RValue *rv, int64_t i) {
    const Field *f = &rv->typ->fields[i];
    uint64_t fl = rv->flag & (RV_ADDR | RV_RO_STICKY);
    if (!f->exported) fl |= f->embedded ? RV_RO_EMBED : RV_RO_STICKY;
    return rv_new(rt, f->type, (char *)rv->ptr + f->offset, fl);
}

void rv_field(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = must_be(rt, a[0], KIND_STRUCT, "reflect.Value.Field");
    if (a[1].i < 0 || a[1].i >= rv->typ->nfields) rt_panic_string(rt, "reflect: Field index out of range");
    res[0] = field(rt, rv, a[1].i);
}

void rv_num_field(Runtime *rt, Value *a, Value *res) {
    res[0] = int_val(must_be(rt, a[0], KIND_STRUCT, "reflect.Value.NumField")->typ->nfields);
}

// field_path: v.FieldByIndex(path[0..n)) (through embedded pointers).
static Value field_path(Runtime *rt, const RValue *rv, const int64_t *path, int n) {
    Value cur = rv_new(rt, rv->typ, rv->ptr, rv->flag);
    for (int k = 0; k < n; k++) {
        const RValue *c = cur.p;
        if (k > 0 && c->typ->kind == KIND_POINTER && c->typ->elem->kind == KIND_STRUCT) {
            if (!*(void **)c->ptr) rt_panic_string(rt, "reflect: indirection through nil pointer to embedded struct");
            cur = elem(rt, c);
            c = cur.p;
        }
        if (kind_of(c) != KIND_STRUCT) rv_panic_kind(rt, "reflect.Value.Field", kind_of(c));
        if (path[k] < 0 || path[k] >= c->typ->nfields) rt_panic_string(rt, "reflect: Field index out of range");
        cur = field(rt, c, path[k]);
    }
    return cur;
}

static void field_by(Runtime *rt, Value *a, Value *res, bool func) {
    const RValue *rv = must_be(rt, a[0], KIND_STRUCT, func ? "reflect.Value.FieldByNameFunc" : "reflect.Value.FieldByName");
    int64_t *path = NULL;
    int n = 0;
    if (!rv_field_by_name(rt, rv->typ, a[1].s, func ? &a[1] : NULL, &path, &n)) {
        res[0] = rv_new(rt, NULL, NULL, 0);
        return;
    }
    res[0] = field_path(rt, rv, path, n);
    free(path);
}

void rv_field_by_name_fn(Runtime *rt, Value *a, Value *res) { field_by(rt, a, res, false); }
void rv_field_by_name_func(Runtime *rt, Value *a, Value *res) { field_by(rt, a, res, true); }

void rv_field_by_index(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = must_be(rt, a[0], KIND_STRUCT, "reflect.Value.FieldByIndex");
    res[0] = field_path(rt, rv, a[1].sl.ptr, (int)a[1].sl.len);
}

void rv_num_method(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (!rv->typ) rv_panic_kind(rt, "reflect.Value.NumMethod", KIND_INVALID);
    res[0] = int_val((rv->flag & RV_METHOD) ? 0 : rv_num_methods(rv->typ));
}

void rv_elem(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    int k = kind_of(rv);
    if (k != KIND_INTERFACE && k != KIND_POINTER) rv_panic_kind(rt, "reflect.Value.Elem", k);
    res[0] = elem(rt, rv);
}

void rv_is_nil(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    switch (kind_of(rv)) {
    case KIND_CHAN: case KIND_FUNC: case KIND_MAP: case KIND_POINTER: case KIND_UNSAFE_POINTER:
        res[0] = bool_val(*(void **)rv->ptr == NULL);
        return;
    case KIND_INTERFACE: res[0] = bool_val(((const GoIface *)rv->ptr)->type == NULL); return;
    case KIND_SLICE: res[0] = bool_val(((const GoSlice *)rv->ptr)->ptr == NULL); return;
    default: rv_panic_kind(rt, "reflect.Value.IsNil", kind_of(rv));
    }
}

static bool is_zero(const Type *t, const void *p) {
    switch (t->kind) {
    case KIND_STRING: return ((const GoString *)p)->len == 0;
    case KIND_SLICE: return ((const GoSlice *)p)->ptr == NULL;
    case KIND_INTERFACE: return ((const GoIface *)p)->type == NULL;
    case KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!is_zero(t->elem, (const char *)p + (uint64_t)i * t->elem->size)) return false;
        return true;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!is_zero(t->fields[i].type, (const char *)p + t->fields[i].offset)) return false;
        return true;
    default: {   // scalars, pointers...: all bytes zero (a float's -0 is not zero in Go either)
        const uint8_t *b = p;
        for (uint64_t i = 0; i < t->size; i++)
            if (b[i]) return false;
        return true;
    }
    }
}

void rv_is_zero(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (!rv->typ) rv_panic_kind(rt, "reflect.Value.IsZero", KIND_INVALID);
    res[0] = bool_val(is_zero(rv->typ, rv->ptr));
}

void rv_pointer(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    switch (kind_of(rv)) {
    case KIND_CHAN: case KIND_MAP: case KIND_POINTER: case KIND_UNSAFE_POINTER: case KIND_FUNC:
        res[0] = nil_val();
        res[0].p = *(void **)rv->ptr;
        return;
    case KIND_SLICE:
        res[0] = nil_val();
        res[0].p = ((const GoSlice *)rv->ptr)->ptr;
        return;
    default: rv_panic_kind(rt, "reflect.Value.Pointer", kind_of(rv));
    }
}

// ---- maps ----

const void *rv_assign_ptr(Runtime *rt, const RValue *x, const Type *t, const char *context) {
    if (!x->typ) panic_text(rt, "reflect: ", context, " using zero Value argument");
    if (x->flag & RV_RO) panic_text(rt, "reflect: ", context, " using value obtained using unexported field");
    if (x->typ == t || (t->underlying == x->typ->underlying && (!t->name || !x->typ->name))) return x->ptr;
    if (t->kind == KIND_INTERFACE && rv_implements(t, x->typ)) {
        GoIface *e = rt_alloc(rt, t);
        Value v = load(x);
        GoIface i = x->typ->kind == KIND_INTERFACE ? v.e : rt_iface_box(rt, x->typ, v);
        rt_store(rt, t, e, (Value){.e = i});
        return e;
    }
    StrBuf b = {0};
    sb_puts(&b, context);
    sb_puts(&b, ": value of type ");
    sb_puts(&b, rt_type_string(x->typ));
    sb_puts(&b, " is not assignable to type ");
    sb_puts(&b, rt_type_string(t));
    GoString g = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
    rt_panic(rt, rt_iface_box(rt, rt_type_basic(rt, KIND_STRING), (Value){.s = g}));
}

void rv_map_index(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = must_be(rt, a[0], KIND_MAP, "reflect.Value.MapIndex");
    const void *key = rv_assign_ptr(rt, arg(a[1]), rv->typ->key, "reflect.Value.MapIndex");
    void *slot = rt_map_access(rt, rv->typ, *(GoMap **)rv->ptr, key);
    if (!slot) {
        res[0] = rv_new(rt, NULL, NULL, 0);
        return;
    }
    res[0] = val_of(rt, rv->typ->elem, rt_load(rv->typ->elem, slot), rv_ro(rv->flag));
}

void rv_set_map_index(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be(rt, a[0], KIND_MAP, "reflect.Value.SetMapIndex");
    if (rv->flag & RV_RO) rt_panic_string(rt, "reflect: reflect.Value.SetMapIndex using value obtained using unexported field");
    const void *key = rv_assign_ptr(rt, arg(a[1]), rv->typ->key, "reflect.Value.SetMapIndex");
    GoMap *m = *(GoMap **)rv->ptr;
    if (!arg(a[2])->typ) {
        rt_map_delete(rt, rv->typ, m, key);
        return;
    }
    const void *val = rv_assign_ptr(rt, arg(a[2]), rv->typ->elem, "reflect.Value.SetMapIndex");
    void *slot = rt_map_assign(rt, rv->typ, m, key);
    rt_typedmemmove(rt, rv->typ->elem, slot, val, 1);
}

void rv_map_keys(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = must_be(rt, a[0], KIND_MAP, "reflect.Value.MapKeys");
    GoMap *m = *(GoMap **)rv->ptr;
    const Type *vt = rv_ptype(rt, RVT_VALUE);
    int64_t n = rt_map_len(m);
    GoSlice s = rt_make_slice(rt, vt, n, n);
    MapIter it = {.m = m};
    void *k, *v;
    int64_t i = 0;
    while (i < n && rt_map_next(&it, &k, &v)) {
        Value kv = val_of(rt, rv->typ->key, rt_load(rv->typ->key, k), rv_ro(rv->flag));
        rt_store(rt, vt, (char *)s.ptr + (uint64_t)i * vt->size, kv);
        i++;
    }
    s.len = (uint32_t)i;
    res[0] = nil_val();
    res[0].sl = s;
}

// RMapIter: reflect.MapIter (its Go type text in pkg_reflect.c).
typedef struct RMapIter {
    RValue m;
    MapIter it;
    void *key, *val;
} RMapIter;

void rv_map_range(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (kind_of(rv) != KIND_MAP) rv_panic_kind(rt, "reflect.Value.MapRange", kind_of(rv));
    RMapIter *it = rt_alloc(rt, rv_ptype(rt, RVT_MAP_ITER));
    gc_write_ptr(rt, (void **)&it->m.typ, (void *)rv->typ);
    gc_write_ptr(rt, &it->m.ptr, rv->ptr);
    it->m.flag = rv->flag;
    gc_write_ptr(rt, (void **)&it->it.m, *(GoMap **)rv->ptr);
    res[0] = nil_val();
    res[0].p = it;
}

static RMapIter *iter_recv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

void rv_iter_next(Runtime *rt, Value *a, Value *res) {
    RMapIter *it = iter_recv(rt, a[0]);
    if (!it->m.typ) rt_panic_string(rt, "MapIter.Next called on an iterator that does not have an associated map Value");
    if (it->it.pos < 0) rt_panic_string(rt, "MapIter.Next called on exhausted iterator");
    void *k = NULL, *v = NULL;
    bool ok = it->it.m && rt_map_next(&it->it, &k, &v);
    gc_write_ptr(rt, &it->key, ok ? k : NULL);
    gc_write_ptr(rt, &it->val, ok ? v : NULL);
    if (!ok) it->it.pos = -1;
    res[0] = bool_val(ok);
}

static void iter_item(Runtime *rt, Value *a, Value *res, bool key) {
    RMapIter *it = iter_recv(rt, a[0]);
    void *p = key ? it->key : it->val;
    if (!p) {
        if (it->it.pos < 0) rt_panic_string(rt, key ? "MapIter.Key called on exhausted iterator"
                                                    : "MapIter.Value called on exhausted iterator");
        rt_panic_string(rt, key ? "MapIter.Key called before Next" : "MapIter.Value called before Next");
    }
    const Type *t = key ? it->m.typ->key : it->m.typ->elem;
    res[0] = val_of(rt, t, rt_load(t, p), rv_ro(it->m.flag));
}

void rv_iter_key(Runtime *rt, Value *a, Value *res) { iter_item(rt, a, res, true); }
void rv_iter_value(Runtime *rt, Value *a, Value *res) { iter_item(rt, a, res, false); }

void rv_iter_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    RMapIter *it = iter_recv(rt, a[0]);
    const RValue *m = arg(a[1]);
    if (m->typ && m->typ->kind != KIND_MAP) rv_panic_kind(rt, "reflect.MapIter.Reset", m->typ->kind);
    gc_write_ptr(rt, (void **)&it->m.typ, (void *)m->typ);
    gc_write_ptr(rt, &it->m.ptr, m->ptr);
    it->m.flag = m->flag;
    gc_write_ptr(rt, (void **)&it->it.m, m->typ ? *(GoMap **)m->ptr : NULL);
    it->it.pos = 0, it->it.seq = 0, it->it.end = 0, it->it.gen = 0;
    gc_write_ptr(rt, &it->key, NULL);
    gc_write_ptr(rt, &it->val, NULL);
}

// set_iter: v.SetIterKey(iter) / v.SetIterValue(iter).
static void set_iter(Runtime *rt, Value *a, bool key) {
    RMapIter *it = iter_recv(rt, a[1]);
    void *p = key ? it->key : it->val;
    if (!p) {
        if (it->it.pos < 0) rt_panic_string(rt, key ? "reflect: Value.SetIterKey called on exhausted iterator"
                                                    : "reflect: Value.SetIterValue called on exhausted iterator");
        rt_panic_string(rt, key ? "reflect: Value.SetIterKey called before Next"
                                : "reflect: Value.SetIterValue called before Next");
    }
    const RValue *v = must_be_assignable(rt, a[0], key ? "reflect.Value.SetIterKey" : "reflect.Value.SetIterValue");
    RValue x = {key ? it->m.typ->key : it->m.typ->elem, p, it->m.flag & ~(uint64_t)RV_RO};
    const void *src = rv_assign_ptr(rt, &x, v->typ, key ? "reflect.MapIter.SetKey" : "reflect.MapIter.SetValue");
    rt_typedmemmove(rt, v->typ, v->ptr, src, 1);
}

void rv_set_iter_key(Runtime *rt, Value *a, Value *res) { (void)res, set_iter(rt, a, true); }
void rv_set_iter_value(Runtime *rt, Value *a, Value *res) { (void)res, set_iter(rt, a, false); }

// ---- setting ----

void rv_set(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be_assignable(rt, a[0], "reflect.Set");
    const RValue *x = arg(a[1]);
    const void *src = rv_assign_ptr(rt, x, rv->typ, "reflect.Set");
    rt_typedmemmove(rt, rv->typ, rv->ptr, src, 1);
}

void rv_set_int(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be_assignable(rt, a[0], "reflect.Value.SetInt");
    int k = kind_of(rv);
    if (k < KIND_INT || k > KIND_INT64) rv_panic_kind(rt, "reflect.Value.SetInt", k);
    rt_store(rt, rv->typ, rv->ptr, a[1]);
}

void rv_set_uint(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be_assignable(rt, a[0], "reflect.Value.SetUint");
    int k = kind_of(rv);
    if (k < KIND_UINT || k > KIND_UINTPTR) rv_panic_kind(rt, "reflect.Value.SetUint", k);
    rt_store(rt, rv->typ, rv->ptr, a[1]);
}

void rv_set_float(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be_assignable(rt, a[0], "reflect.Value.SetFloat");
    int k = kind_of(rv);
    if (k != KIND_FLOAT32 && k != KIND_FLOAT64) rv_panic_kind(rt, "reflect.Value.SetFloat", k);
    Value v = nil_val();
    if (k == KIND_FLOAT32) v.f32 = (float)a[1].f;
    else v.f = a[1].f;
    rt_store(rt, rv->typ, rv->ptr, v);
}

void rv_set_string(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be_assignable(rt, a[0], "reflect.Value.SetString");
    if (kind_of(rv) != KIND_STRING) rv_panic_kind(rt, "reflect.Value.SetString", kind_of(rv));
    rt_store(rt, rv->typ, rv->ptr, a[1]);
}

void rv_set_bool(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *rv = must_be_assignable(rt, a[0], "reflect.Value.SetBool");
    if (kind_of(rv) != KIND_BOOL) rv_panic_kind(rt, "reflect.Value.SetBool", kind_of(rv));
    rt_store(rt, rv->typ, rv->ptr, a[1]);
}

void rv_can_set(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    const RValue *rv = arg(a[0]);
    res[0] = bool_val((rv->flag & (RV_ADDR | RV_RO)) == RV_ADDR);
}

void rv_can_addr(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0] = bool_val((arg(a[0])->flag & RV_ADDR) != 0);
}

void rv_can_interface(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (!rv->typ) rv_panic_kind(rt, "reflect.Value.CanInterface", KIND_INVALID);
    res[0] = bool_val(!(rv->flag & RV_RO));
}

void rv_addr(Runtime *rt, Value *a, Value *res) {
    const RValue *rv = arg(a[0]);
    if (!(rv->flag & RV_ADDR)) rt_panic_string(rt, "reflect.Value.Addr of unaddressable value");
    Value p = nil_val();
    p.p = rv->ptr;
    res[0] = val_of(rt, rt_type_ptr(rt, rv->typ), p, rv_ro(rv->flag));
}

// ---- Call ----

// call_checks: Go's argument checks of Value.call for op ("Call" or
// "CallSlice") with in[0..n) against func type ft.
static void call_checks(Runtime *rt, const Type *ft, const RValue *in, int n, bool slice) {
    const char *op = slice ? "CallSlice" : "Call";
    int np = ft->nparams;
    if (slice) {
        if (!ft->variadic) rt_panic_string(rt, "reflect: CallSlice of non-variadic function");
        if (n < np) rt_panic_string(rt, "reflect: CallSlice with too few input arguments");
        if (n > np) rt_panic_string(rt, "reflect: CallSlice with too many input arguments");
    } else {
        if (ft->variadic) np--;
        if (n < np) rt_panic_string(rt, "reflect: Call with too few input arguments");
        if (!ft->variadic && n > np) rt_panic_string(rt, "reflect: Call with too many input arguments");
    }
    for (int i = 0; i < n; i++)
        if (!in[i].typ) panic_text(rt, "reflect: ", op, " using zero Value argument");
    for (int i = 0; i < n; i++) {
        const Type *want = i < np ? ft->params[i] : ft->params[np]->elem;
        if (rv_assignable(want, in[i].typ)) continue;
        StrBuf b = {0};
        if (i < np) sb_printf(&b, "reflect: %s using %s as type ", op, rt_type_string(in[i].typ));
        else sb_printf(&b, "reflect: cannot use %s as type ", rt_type_string(in[i].typ));
        sb_puts(&b, rt_type_string(want));
        if (i >= np) sb_printf(&b, " in %s", op);
        GoString g = rt_string_from_c(rt, b.p, b.len);
        sb_free(&b);
        rt_panic(rt, rt_iface_box(rt, rt_type_basic(rt, KIND_STRING), (Value){.s = g}));
    }
}

// call: v.Call(in) / v.CallSlice(in) (slice: the variadic parameter is in's last).
static void call(Runtime *rt, Value *a, Value *res, bool slice) {
    const RValue *rv = must_be(rt, a[0], KIND_FUNC, slice ? "reflect.Value.CallSlice" : "reflect.Value.Call");
    const Type *ft = rv->typ;
    Value fn = (rv->flag & RV_METHOD) ? nil_val() : load(rv);
    if (!fn.p && !(rv->flag & RV_METHOD)) rt_panic_string(rt, "reflect.Value.Call: call of nil function");
    GoSlice in = a[1].sl;
    const RValue *ins = in.ptr;
    int np = ft->nparams, fixed = ft->variadic && !slice ? np - 1 : np;
    call_checks(rt, ft, ins, (int)in.len, slice);
    // on the C stack, which the collector scans (a malloc'ed array would hide the pointers)
    Value args[np > 0 ? np : 1], out[ft->nresults > 0 ? ft->nresults : 1];
    memset(args, 0, sizeof args);
    memset(out, 0, sizeof out);
    for (int i = 0; i < fixed; i++)
        args[i] = rt_load(ft->params[i], rv_assign_ptr(rt, &ins[i], ft->params[i], "reflect.Value.Call"));
    if (fixed < np) {
        const Type *st = ft->params[np - 1], *et = st->elem;
        int64_t n = (int64_t)in.len - fixed;
        GoSlice s = rt_make_slice(rt, et, n, n);
        for (int64_t i = 0; i < n; i++)
            rt_typedmemmove(rt, et, (char *)s.ptr + (uint64_t)i * et->size,
                            rv_assign_ptr(rt, &ins[fixed + i], et, "reflect.Value.Call"), 1);
        args[np - 1].sl = s;
    }
    if (rv->flag & RV_METHOD) rv_call_method_value(rt, rv, args, np, out);
    else rt_call_func(rt, fn, args, np, out);
    const Type *vt = rv_ptype(rt, RVT_VALUE);
    GoSlice rs = rt_make_slice(rt, vt, ft->nresults, ft->nresults);
    for (int i = 0; i < ft->nresults; i++)
        rt_store(rt, vt, (char *)rs.ptr + (uint64_t)i * vt->size, val_of(rt, ft->results[i], out[i], 0));
    res[0] = nil_val();
    res[0].sl = rs;
}

void rv_call(Runtime *rt, Value *a, Value *res) { call(rt, a, res, false); }
void rv_call_slice(Runtime *rt, Value *a, Value *res) { call(rt, a, res, true); }
