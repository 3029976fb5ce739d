// reflect_make.c - the parts of package reflect that make values and
// types (Go 1.19): MakeSlice, MakeMap, Append, AppendSlice, Copy, Value's
// Slice, Bytes, SetLen, Convert, CanInt..., Overflow*, Method and
// MethodByName, Swapper, SliceOf, MapOf.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reflect_internal.h"

static const RValue *arg(Value v) { return v.p; }
static int kind_of(const RValue *v) { return v->typ ? v->typ->kind : KIND_INVALID; }

static _Noreturn void panic_text(Runtime *rt, const char *a, const char *b, const char *c, const char *d) {
    StrBuf s = {0};
    sb_puts(&s, a);
    sb_puts(&s, b);
    sb_puts(&s, c);
    sb_puts(&s, d);
    GoString g = rt_string_from_c(rt, s.p, s.len);
    sb_free(&s);
    rt_panic(rt, rt_iface_box(rt, rt_type_basic(rt, KIND_STRING), (Value){.s = g}));
}

// slice_val: a non-addressable Value of slice type t holding s.
static Value slice_val(Runtime *rt, const Type *t, GoSlice s, uint64_t flag) {
    GoSlice *p = rt_alloc(rt, t);
    rt_store(rt, t, p, (Value){.sl = s});
    return rv_new(rt, t, p, flag);
}

// ---- making slices and maps ----

void rv_make_slice(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_nil_deref(rt);
    if (t->kind != KIND_SLICE) rt_panic_string(rt, "reflect.MakeSlice of non-slice type");
    if (a[1].i < 0) rt_panic_string(rt, "reflect.MakeSlice: negative len");
    if (a[2].i < 0) rt_panic_string(rt, "reflect.MakeSlice: negative cap");
    if (a[1].i > a[2].i) rt_panic_string(rt, "reflect.MakeSlice: len > cap");
    res[0] = slice_val(rt, t, rt_make_slice(rt, t->elem, a[1].i, a[2].i), 0);
}

static void make_map(Runtime *rt, GoIface ti, int64_t n, Value *res) {
    const Type *t = rv_type_arg(rt, ti);
    if (!t) rt_panic_nil_deref(rt);
    if (t->kind != KIND_MAP) rt_panic_string(rt, "reflect.MakeMapWithSize of non-map type");
    GoMap **p = rt_alloc(rt, t);
    gc_write_ptr(rt, (void **)p, rt_map_new(rt, t, n));
    res[0] = rv_new(rt, t, p, 0);
}

void rv_make_map(Runtime *rt, Value *a, Value *res) { make_map(rt, a[0].e, 0, res); }
void rv_make_map_size(Runtime *rt, Value *a, Value *res) { make_map(rt, a[0].e, a[1].i, res); }

void rv_slice_of(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_nil_deref(rt);
    res[0] = nil_val();
    res[0].e = rv_type_iface(rt, rt_type_slice(rt, t));
}

void rv_map_of(Runtime *rt, Value *a, Value *res) {
    const Type *k = rv_type_arg(rt, a[0].e), *e = rv_type_arg(rt, a[1].e);
    if (!k || !e) rt_panic_nil_deref(rt);
    if (!(k->flags & TF_COMPARABLE)) panic_text(rt, "reflect.MapOf: invalid key type ", rt_type_string(k), "", "");
    res[0] = nil_val();
    res[0].e = rv_type_iface(rt, rt_type_map(rt, k, e));
}

void rv_array_of(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[1].e);
    if (!t) rt_panic_nil_deref(rt);
    if (a[0].i < 0) rt_panic_string(rt, "reflect: negative length passed to ArrayOf");
    if (t->size > 0 && (uint64_t)a[0].i > ((uint64_t)1 << 40) / t->size)
        rt_panic_string(rt, "reflect.ArrayOf: array size would exceed virtual address space");
    res[0] = nil_val();
    res[0].e = rv_type_iface(rt, rt_type_array(rt, t, a[0].i));
}

// type_list: the descriptors of a []Type (malloc'ed; NULL when empty).
static const Type **type_list(Runtime *rt, GoSlice s) {
    const Type **v = s.len ? malloc(s.len * sizeof *v) : NULL;
    if (s.len && !v) rt_fatal(rt, "runtime: out of memory");
    for (uint32_t i = 0; i < s.len; i++) {
        v[i] = rv_type_arg(rt, ((const GoIface *)s.ptr)[i]);
        if (!v[i]) {
            free(v);
            rt_panic_nil_deref(rt);
        }
    }
    return v;
}

void rv_func_of(Runtime *rt, Value *a, Value *res) {
    GoSlice in = a[0].sl, out = a[1].sl;
    bool variadic = a[2].b;
    if (variadic && (in.len == 0 || rv_type_arg(rt, ((const GoIface *)in.ptr)[in.len - 1])->kind != KIND_SLICE))
        rt_panic_string(rt, "reflect.FuncOf: last arg of variadic func must be slice");
    if (in.len + out.len > 128) rt_panic_string(rt, "reflect.FuncOf: too many arguments");
    const Type **ins = type_list(rt, in), **outs = type_list(rt, out);
    const Type *ft = rt_type_func(rt, ins, (int)in.len, outs, (int)out.len, variadic);
    free(ins);
    free(outs);
    res[0] = nil_val();
    res[0].e = rv_type_iface(rt, ft);
}

// must_be_kind: Go's flag.mustBe (a ValueError naming method).
static const RValue *must_be_kind(Runtime *rt, Value v, int k, const char *method) {
    const RValue *rv = arg(v);
    if (kind_of(rv) != k) rv_panic_kind(rt, method, kind_of(rv));
    return rv;
}

void rv_append(Runtime *rt, Value *a, Value *res) {
    const RValue *s = must_be_kind(rt, a[0], KIND_SLICE, "reflect.Value.Append");
    const Type *et = s->typ->elem;
    GoSlice cur = *(const GoSlice *)s->ptr;
    GoSlice xs = a[1].sl;
    for (uint32_t i = 0; i < xs.len; i++) {
        const void *src = rv_assign_ptr(rt, &((const RValue *)xs.ptr)[i], et, "reflect.Set");
        cur = rt_append(rt, et, cur, src, 1);
    }
    res[0] = slice_val(rt, s->typ, cur, rv_ro(s->flag));
}

void rv_append_slice(Runtime *rt, Value *a, Value *res) {
    const RValue *s = must_be_kind(rt, a[0], KIND_SLICE, "reflect.Value.AppendSlice");
    const RValue *t = must_be_kind(rt, a[1], KIND_SLICE, "reflect.Value.AppendSlice");
    if (s->typ->elem != t->typ->elem)
        panic_text(rt, "reflect.AppendSlice: ", rt_type_string(s->typ->elem), " != ", rt_type_string(t->typ->elem));
    GoSlice src = *(const GoSlice *)t->ptr;
    GoSlice out = rt_append(rt, s->typ->elem, *(const GoSlice *)s->ptr, src.ptr, src.len);
    res[0] = slice_val(rt, s->typ, out, rv_ro(s->flag));
}

// as_slice: the elements of an array, slice or string Value as a GoSlice.
static GoSlice as_slice(const RValue *v) {
    GoSlice s = {NULL, 0, 0};
    if (v->typ->kind == KIND_SLICE) return *(const GoSlice *)v->ptr;
    if (v->typ->kind == KIND_STRING) {
        GoString str = *(const GoString *)v->ptr;
        s.ptr = (void *)str.ptr, s.len = s.cap = (uint32_t)str.len;
        return s;
    }
    s.ptr = v->ptr, s.len = s.cap = (uint32_t)v->typ->len;
    return s;
}

void rv_copy(Runtime *rt, Value *a, Value *res) {
    const RValue *d = arg(a[0]), *s = arg(a[1]);
    int dk = kind_of(d), sk = kind_of(s);
    if (dk != KIND_ARRAY && dk != KIND_SLICE) rv_panic_kind(rt, "reflect.Copy", dk);
    if (dk == KIND_ARRAY && (d->flag & (RV_ADDR | RV_RO)) != RV_ADDR)
        rt_panic_string(rt, "reflect: reflect.Copy using unaddressable value");
    bool str = sk == KIND_STRING && d->typ->elem->kind == KIND_UINT8;
    if (sk != KIND_ARRAY && sk != KIND_SLICE && !str) rv_panic_kind(rt, "reflect.Copy", sk);
    if (!str && d->typ->elem != s->typ->elem)
        panic_text(rt, "reflect.Copy: ", rt_type_string(d->typ->elem), " != ", rt_type_string(s->typ->elem));
    res[0] = nil_val();
    res[0].i = rt_copy_slice(rt, d->typ->elem, as_slice(d), as_slice(s));
}

// ---- Value methods on slices ----

void rv_slice(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    int64_t i = a[1].i, j = a[2].i;
    const Type *st;
    GoSlice base;
    switch (kind_of(v)) {
    case KIND_ARRAY:
        if (!(v->flag & RV_ADDR)) rt_panic_string(rt, "reflect.Value.Slice: slice of unaddressable array");
        st = rt_type_slice(rt, v->typ->elem);
        base = as_slice(v);
        break;
    case KIND_SLICE:
        st = v->typ;
        base = as_slice(v);
        break;
    case KIND_STRING: {
        GoString s = *(const GoString *)v->ptr;
        if (i < 0 || j < i || j > s.len) rt_panic_string(rt, "reflect.Value.Slice: string slice index out of bounds");
        GoString *p = rt_alloc(rt, v->typ);
        gc_write_ptr(rt, (void **)&p->ptr, (void *)(i < s.len ? s.ptr + i : NULL));
        p->len = j - i;
        res[0] = rv_new(rt, v->typ, p, rv_ro(v->flag));
        return;
    }
    default: rv_panic_kind(rt, "reflect.Value.Slice", kind_of(v));
    }
    if (i < 0 || j < i || j > base.cap) rt_panic_string(rt, "reflect.Value.Slice: slice index out of bounds");
    GoSlice out = base;
    out.len = (uint32_t)(j - i);
    out.cap = (uint32_t)(base.cap - i);
    if (out.cap > 0) out.ptr = (char *)base.ptr + (uint64_t)i * st->elem->size;
    res[0] = slice_val(rt, st, out, rv_ro(v->flag));
}

void rv_slice3(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    int64_t i = a[1].i, j = a[2].i, k = a[3].i;
    const Type *st = v->typ;
    if (kind_of(v) == KIND_ARRAY) {
        if (!(v->flag & RV_ADDR)) rt_panic_string(rt, "reflect.Value.Slice3: slice of unaddressable array");
        st = rt_type_slice(rt, v->typ->elem);
    } else if (kind_of(v) != KIND_SLICE) {
        rv_panic_kind(rt, "reflect.Value.Slice3", kind_of(v));
    }
    GoSlice base = as_slice(v);
    if (i < 0 || j < i || k < j || k > base.cap) rt_panic_string(rt, "reflect.Value.Slice3: slice index out of bounds");
    GoSlice out = base;
    out.len = (uint32_t)(j - i);
    out.cap = (uint32_t)(k - i);
    if (k - i > 0) out.ptr = (char *)base.ptr + (uint64_t)i * st->elem->size;
    res[0] = slice_val(rt, st, out, rv_ro(v->flag));
}

void rv_set_cap(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *v = arg(a[0]);
    if (!v->typ) rv_panic_kind(rt, "reflect.Value.SetCap", KIND_INVALID);
    if (v->flag & RV_RO) rt_panic_string(rt, "reflect: reflect.Value.SetCap using value obtained using unexported field");
    if (!(v->flag & RV_ADDR)) rt_panic_string(rt, "reflect: reflect.Value.SetCap using unaddressable value");
    if (kind_of(v) != KIND_SLICE) rv_panic_kind(rt, "reflect.Value.SetCap", kind_of(v));
    GoSlice *s = v->ptr;
    if (a[1].i < s->len || a[1].i > s->cap) rt_panic_string(rt, "reflect: slice capacity out of range in SetCap");
    s->cap = (uint32_t)a[1].i;
}

void rv_bytes(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    res[0] = nil_val();
    if (kind_of(v) == KIND_SLICE) {
        if (v->typ->elem->kind != KIND_UINT8) rt_panic_string(rt, "reflect.Value.Bytes of non-byte slice");
        res[0].sl = *(const GoSlice *)v->ptr;
        return;
    }
    if (kind_of(v) == KIND_ARRAY) {
        if (v->typ->elem->kind != KIND_UINT8) rt_panic_string(rt, "reflect.Value.Bytes of non-byte array");
        if (!(v->flag & RV_ADDR)) rt_panic_string(rt, "reflect.Value.Bytes of unaddressable byte array");
        res[0].sl = as_slice(v);
        return;
    }
    rv_panic_kind(rt, "reflect.Value.Bytes", kind_of(v));
}

void rv_set_len(Runtime *rt, Value *a, Value *res) {
    (void)res;
    const RValue *v = arg(a[0]);
    if (!v->typ) rv_panic_kind(rt, "reflect.Value.SetLen", KIND_INVALID);
    if (v->flag & RV_RO) rt_panic_string(rt, "reflect: reflect.Value.SetLen using value obtained using unexported field");
    if (!(v->flag & RV_ADDR)) rt_panic_string(rt, "reflect: reflect.Value.SetLen using unaddressable value");
    if (kind_of(v) != KIND_SLICE) rv_panic_kind(rt, "reflect.Value.SetLen", kind_of(v));
    GoSlice *s = v->ptr;
    if (a[1].i < 0 || a[1].i > s->cap) rt_panic_string(rt, "reflect: slice length out of range in SetLen");
    s->len = (uint32_t)a[1].i;
}

// ---- kinds and conversions ----

static bool is_int(int k) { return k >= KIND_INT && k <= KIND_INT64; }
static bool is_uint(int k) { return k >= KIND_UINT && k <= KIND_UINTPTR; }
static bool is_float(int k) { return k == KIND_FLOAT32 || k == KIND_FLOAT64; }

void rv_can_int(Runtime *rt, Value *a, Value *res) { (void)rt, res[0] = bool_val(is_int(kind_of(arg(a[0])))); }
void rv_can_uint(Runtime *rt, Value *a, Value *res) { (void)rt, res[0] = bool_val(is_uint(kind_of(arg(a[0])))); }
void rv_can_float(Runtime *rt, Value *a, Value *res) { (void)rt, res[0] = bool_val(is_float(kind_of(arg(a[0])))); }

void rv_overflow_int(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    if (!is_int(kind_of(v))) rv_panic_kind(rt, "reflect.Value.OverflowInt", kind_of(v));
    unsigned bits = (unsigned)v->typ->size * 8;
    int64_t x = a[1].i;
    int64_t trunc = bits == 64 ? x : (int64_t)((uint64_t)x << (64 - bits)) >> (64 - bits);
    res[0] = bool_val(x != trunc);
}

void rv_overflow_uint(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    if (!is_uint(kind_of(v))) rv_panic_kind(rt, "reflect.Value.OverflowUint", kind_of(v));
    unsigned bits = (unsigned)v->typ->size * 8;
    uint64_t x = a[1].u;
    uint64_t trunc = bits == 64 ? x : (x << (64 - bits)) >> (64 - bits);
    res[0] = bool_val(x != trunc);
}

void rv_overflow_float(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    if (!is_float(kind_of(v))) rv_panic_kind(rt, "reflect.Value.OverflowFloat", kind_of(v));
    double x = fabs(a[1].f);
    res[0] = bool_val(kind_of(v) == KIND_FLOAT32 && 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308);
}

// float_to_int: Go's conversion of a float to a 64-bit integer on amd64
// (CVTTSD2SQ: out of range gives the minimum int64).
static int64_t float_to_int(double f) {
    if (!(f > -9223372036854775808.0 && f < 9223372036854775808.0)) return INT64_MIN;
    return (int64_t)f;
}

static uint64_t float_to_uint(double f) {
    if (f < 9223372036854775808.0) return (uint64_t)float_to_int(f);
    if (!(f < 18446744073709551616.0)) return (uint64_t)INT64_MIN;
    return (uint64_t)float_to_int(f - 9223372036854775808.0) ^ ((uint64_t)1 << 63);
}

// convert: v converted to t (Go's convertOp and its cvt functions), into
// fresh storage; false when the conversion is not allowed.
static bool convert(Runtime *rt, const RValue *v, const Type *t, Value *out) {
    const Type *s = v->typ;
    int sk = s->kind, dk = t->kind;
    Value x = rt_load(s, v->ptr), r = nil_val();
    uint64_t fl = rv_ro(v->flag);
    if ((is_int(sk) || is_uint(sk) || is_float(sk)) && (is_int(dk) || is_uint(dk) || is_float(dk))) {
        if (is_float(sk)) {
            double f = sk == KIND_FLOAT32 ? (double)x.f32 : x.f;
            if (dk == KIND_FLOAT32) r.f32 = (float)f;
            else if (dk == KIND_FLOAT64) r.f = f;
            else if (is_int(dk)) r.i = float_to_int(f);
            else r.u = float_to_uint(f);
        } else if (dk == KIND_FLOAT32) {
            r.f32 = is_int(sk) ? (float)x.i : (float)x.u;
        } else if (dk == KIND_FLOAT64) {
            r.f = is_int(sk) ? (double)x.i : (double)x.u;
        } else {
            r.u = x.u;   // rt_store keeps the low bytes
        }
        void *p = rt_alloc(rt, t);
        rt_store(rt, t, p, r);
        *out = rv_new(rt, t, p, fl);
        return true;
    }
    GoString str = {NULL, 0};
    bool to_str = false;
    if ((is_int(sk) || is_uint(sk)) && dk == KIND_STRING) {
        int64_t rn = is_uint(sk) && x.u > 0x10FFFF ? 0xFFFD : x.i;
        str = rt_string_from_rune(rt, rn < 0 || rn > 0x10FFFF ? 0xFFFD : rn);
        to_str = true;
    } else if (sk == KIND_SLICE && dk == KIND_STRING && !s->elem->pkg && s->elem->kind == KIND_UINT8) {
        str = rt_string_from_bytes(rt, x.sl);
        to_str = true;
    } else if (sk == KIND_SLICE && dk == KIND_STRING && !s->elem->pkg && s->elem->kind == KIND_INT32) {
        str = rt_string_from_runes(rt, x.sl);
        to_str = true;
    }
    if (to_str) {
        void *p = rt_alloc(rt, t);
        rt_store(rt, t, p, (Value){.s = str});
        *out = rv_new(rt, t, p, fl);
        return true;
    }
    if (sk == KIND_STRING && dk == KIND_SLICE && !t->elem->pkg &&
        (t->elem->kind == KIND_UINT8 || t->elem->kind == KIND_INT32)) {
        GoSlice sl = t->elem->kind == KIND_UINT8 ? rt_bytes_from_string(rt, t, x.s) : rt_runes_from_string(rt, t, x.s);
        *out = slice_val(rt, t, sl, fl);
        return true;
    }
    if (sk == KIND_SLICE && dk == KIND_POINTER && t->elem->kind == KIND_ARRAY && s->elem == t->elem->elem) {
        if (x.sl.len < t->elem->len) {
            char buf[128];
            snprintf(buf, sizeof buf, "reflect: cannot convert slice with length %u to pointer to array with length %lld",
                     (unsigned)x.sl.len, (long long)t->elem->len);
            rt_panic_string(rt, buf);
        }
        void **p = rt_alloc(rt, t);
        gc_write_ptr(rt, p, t->elem->len == 0 && !x.sl.ptr ? NULL : x.sl.ptr);
        *out = rv_new(rt, t, p, fl);
        return true;
    }
    if (dk == KIND_INTERFACE && rv_implements(t, s)) {
        GoIface e = sk == KIND_INTERFACE ? x.e : rt_iface_box(rt, s, x);
        void *p = rt_alloc(rt, t);
        rt_store(rt, t, p, (Value){.e = e});
        *out = rv_new(rt, t, p, fl);
        return true;
    }
    if (!rv_convertible(t, s)) return false;
    // same underlying type, pointers to it, channels: the bits as they are
    void *p = rt_alloc(rt, t);
    rt_typedmemmove(rt, t, p, v->ptr, 1);
    *out = rv_new(rt, t, p, fl);
    return true;
}

void rv_convert(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    const Type *t = rv_type_arg(rt, a[1].e);
    if (!t) rt_panic_nil_deref(rt);
    if (!v->typ) rv_panic_kind(rt, "reflect.Value.Convert", KIND_INVALID);
    if (!convert(rt, v, t, &res[0]))
        panic_text(rt, "reflect.Value.Convert: value of type ", rt_type_string(v->typ), " cannot be converted to type ",
                   rt_type_string(t));
}

void rv_can_convert(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    const Type *t = rv_type_arg(rt, a[1].e);
    if (!t) rt_panic_nil_deref(rt);
    if (!v->typ) rv_panic_kind(rt, "reflect.Value.Type", KIND_INVALID);
    bool ok = rv_convertible(t, v->typ);
    if (ok && v->typ->kind == KIND_SLICE && t->kind == KIND_POINTER && t->elem->kind == KIND_ARRAY)
        ok = ((const GoSlice *)v->ptr)->len >= t->elem->len;
    res[0] = bool_val(ok);
}

// ---- methods as Values ----

// MethodValue: what a method Value's ptr points to (reflect's methodValue
// type): the receiver as an interface and the method's name.
typedef struct MethodValue {
    GoIface recv;
    GoString name;
} MethodValue;

// rv_method_value: v.Method(i) for i in range: a Func Value of the
// method's signature, called through rt_call_method (rv_call).
static Value method_value(Runtime *rt, const RValue *v, int64_t i) {
    const Type *t = v->typ;
    const Method *m = rv_method_at(t, i);
    GoIface recv;
    if (t->kind == KIND_INTERFACE) {
        recv = *(const GoIface *)v->ptr;
        if (!recv.type) rt_panic_string(rt, "reflect: Method on nil interface value");
    } else {
        recv = rt_iface_box(rt, t, rt_load(t, v->ptr));
    }
    MethodValue *mv = rt_alloc(rt, rv_ptype(rt, RVT_METHOD_VALUE));
    gc_write_ptr(rt, (void **)&mv->recv.type, (void *)recv.type);
    gc_write_ptr(rt, &mv->recv.data, recv.data);
    gc_write_ptr(rt, (void **)&mv->name.ptr, (void *)m->name);
    mv->name.len = (int64_t)strlen(m->name);
    return rv_new(rt, m->type, mv, RV_METHOD | rv_ro(v->flag));
}

void rv_method(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    if (!v->typ) rv_panic_kind(rt, "reflect.Value.Method", KIND_INVALID);
    if ((v->flag & RV_METHOD) || a[1].i < 0 || a[1].i >= rv_num_methods(v->typ))
        rt_panic_string(rt, "reflect: Method index out of range");
    res[0] = method_value(rt, v, a[1].i);
}

void rv_method_by_name(Runtime *rt, Value *a, Value *res) {
    const RValue *v = arg(a[0]);
    if (!v->typ) rv_panic_kind(rt, "reflect.Value.MethodByName", KIND_INVALID);
    int64_t n = (v->flag & RV_METHOD) ? 0 : rv_num_methods(v->typ);
    for (int64_t i = 0; i < n; i++) {
        const char *name = rv_method_at(v->typ, i)->name;
        if ((int64_t)strlen(name) == a[1].s.len && memcmp(name, a[1].s.ptr, (size_t)a[1].s.len) == 0) {
            res[0] = method_value(rt, v, i);
            return;
        }
    }
    res[0] = rv_new(rt, NULL, NULL, 0);
}

bool rv_call_method_value(Runtime *rt, const RValue *fn, Value *args, int nargs, Value *results) {
    const MethodValue *mv = fn->ptr;
    char *name = rt_cstring(mv->name);
    bool ok = rt_call_method(rt, mv->recv, name, args, nargs, results);
    free(name);
    return ok;
}

// method_func: the body of a method Value made a func value (Interface):
// a[0] is the bound method Value (an aggregate, so its address).
static void method_func(Runtime *rt, Value *a, Value *res) {
    const RValue *fn = a[0].p;
    rv_call_method_value(rt, fn, a + 1, fn->typ->nparams, res);
}

void *rv_method_func(Runtime *rt, const RValue *fn) {
    Value recv = nil_val();
    recv.p = (void *)fn;
    return rt_native_func(rt, method_func, &recv);
}

// method_expr: the body of Type.Method(i).Func, the method expression
// T.M: a[0] is the bound MethodValue (the receiver's type, the name),
// a[1] the receiver, the method's arguments after it.
static void method_expr(Runtime *rt, Value *a, Value *res) {
    const MethodValue *mv = a[0].p;
    char *name = rt_cstring(mv->name);
    const Method *m = rt_find_method(mv->recv.type, name);
    GoIface recv = rt_iface_box(rt, mv->recv.type, a[1]);
    rt_call_method(rt, recv, name, a + 2, m ? m->type->nparams : 0, res);
    free(name);
}

void *rv_method_expr(Runtime *rt, const Type *t, const char *name) {
    MethodValue *mv = rt_alloc(rt, rv_ptype(rt, RVT_METHOD_VALUE));
    gc_write_ptr(rt, (void **)&mv->recv.type, (void *)t);
    gc_write_ptr(rt, (void **)&mv->name.ptr, (void *)name);
    mv->name.len = (int64_t)strlen(name);
    Value bound = nil_val();
    bound.p = mv;
    return rt_native_func(rt, method_expr, &bound);
}

// ---- channels ----

void rv_chan_of(Runtime *rt, Value *a, Value *res) {
    int64_t dir = a[0].i;
    const Type *t = rv_type_arg(rt, a[1].e);
    if (!t) rt_panic_nil_deref(rt);
    if (t->size >= 1 << 16) rt_panic_string(rt, "reflect.ChanOf: element size too large");
    if (dir < 1 || dir > 3) rt_panic_string(rt, "reflect.ChanOf: invalid dir");
    // Go's RecvDir 1, SendDir 2; gosub's chandir 1 send, 2 recv
    res[0] = nil_val();
    res[0].e = rv_type_iface(rt, rt_type_chan(rt, t, dir == 3 ? 3 : dir == 1 ? 2 : 1));
}

void rv_make_chan(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_nil_deref(rt);
    if (t->kind != KIND_CHAN) rt_panic_string(rt, "reflect.MakeChan of non-chan type");
    if (a[1].i < 0) rt_panic_string(rt, "reflect.MakeChan: negative buffer size");
    if (t->chandir != 3) rt_panic_string(rt, "reflect.MakeChan: unidirectional channel type");
    GoChan **p = rt_alloc(rt, t);
    gc_write_ptr(rt, (void **)p, rt_chan_new(rt, t, a[1].i));
    res[0] = rv_new(rt, t, p, 0);
}

// chan_arg: the channel of Value v for method (Go's mustBe(Chan) and
// mustBeExported).
static GoChan *chan_arg(Runtime *rt, Value v, const char *method) {
    const RValue *c = must_be_kind(rt, v, KIND_CHAN, method);
    if (c->flag & RV_RO) panic_text(rt, "reflect: ", method, " using value obtained using unexported field", "");
    return *(GoChan **)c->ptr;
}

static bool send(Runtime *rt, Value *a, const char *method, bool nb) {
    GoChan *c = chan_arg(rt, a[0], method);
    const Type *t = arg(a[0])->typ;
    if (!(t->chandir & 1)) rt_panic_string(rt, "reflect: send on recv-only channel");
    const void *p = rv_assign_ptr(rt, arg(a[1]), t->elem, "reflect.Value.Send");
    if (!nb) {
        rt_chan_send(rt, c, p);
        return true;
    }
    RtSelectCase sc = {.c = c, .elem = (void *)p, .send = true};
    return rt_select(rt, &sc, 1, true) == 0;
}

void rv_send(Runtime *rt, Value *a, Value *res) { (void)res, send(rt, a, "reflect.Value.Send", false); }
void rv_try_send(Runtime *rt, Value *a, Value *res) { res[0] = bool_val(send(rt, a, "reflect.Value.TrySend", true)); }

static void recv(Runtime *rt, Value *a, Value *res, const char *method, bool nb) {
    GoChan *c = chan_arg(rt, a[0], method);
    const Type *t = arg(a[0])->typ;
    if (!(t->chandir & 2)) rt_panic_string(rt, "reflect: recv on send-only channel");
    void *p = rt_alloc(rt, t->elem);
    bool ok;
    if (!nb) {
        ok = rt_chan_recv(rt, c, p);
    } else {
        RtSelectCase sc = {.c = c, .elem = p};
        if (rt_select(rt, &sc, 1, true) != 0) {
            res[0] = rv_new(rt, NULL, NULL, 0);
            res[1] = bool_val(false);
            return;
        }
        ok = sc.ok;
    }
    res[0] = rv_new(rt, t->elem, p, 0);
    res[1] = bool_val(ok);
}

void rv_recv(Runtime *rt, Value *a, Value *res) { recv(rt, a, res, "reflect.Value.Recv", false); }
void rv_try_recv(Runtime *rt, Value *a, Value *res) { recv(rt, a, res, "reflect.Value.TryRecv", true); }

void rv_close(Runtime *rt, Value *a, Value *res) {
    (void)res;
    rt_chan_close(rt, chan_arg(rt, a[0], "reflect.Value.Close"));
}

// ---- Select ----

// RSelectCase: reflect.SelectCase.
typedef struct RSelectCase {
    int64_t dir;   // SelectSend 1, SelectRecv 2, SelectDefault 3
    RValue chan, send;
} RSelectCase;

void rv_select(Runtime *rt, Value *a, Value *res) {
    GoSlice cs = a[0].sl;
    const RSelectCase *in = cs.ptr;
    int n = (int)cs.len, def = -1;
    RtSelectCase sc[n > 0 ? n : 1];   // the C stack: scanned by the collector
    int idx[n > 0 ? n : 1], m = 0;
    for (int i = 0; i < n; i++) {
        const RSelectCase *c = &in[i];
        if (c->dir == 3) {
            if (def >= 0) rt_panic_string(rt, "reflect.Select: multiple default cases");
            if (c->chan.typ) rt_panic_string(rt, "reflect.Select: default case has Chan value");
            if (c->send.typ) rt_panic_string(rt, "reflect.Select: default case has Send value");
            def = i;
            continue;
        }
        if (c->dir != 1 && c->dir != 2) rt_panic_string(rt, "reflect.Select: invalid Dir");
        if (c->dir == 2 && c->send.typ) rt_panic_string(rt, "reflect.Select: RecvDir case has Send value");
        sc[m] = (RtSelectCase){.send = c->dir == 1};
        idx[m] = i;
        if (c->chan.typ) {
            Value cv = nil_val();
            cv.p = (void *)&c->chan;
            GoChan *ch = chan_arg(rt, cv, "reflect.Select");
            int dir = c->chan.typ->chandir;
            if (c->dir == 1 && !(dir & 1)) rt_panic_string(rt, "reflect.Select: SendDir case using recv-only channel");
            if (c->dir == 2 && !(dir & 2)) rt_panic_string(rt, "reflect.Select: RecvDir case using send-only channel");
            sc[m].c = ch;
            if (c->dir == 1) {
                if (!c->send.typ) rt_panic_string(rt, "reflect.Select: SendDir case missing Send value");
                sc[m].elem = (void *)rv_assign_ptr(rt, &c->send, c->chan.typ->elem, "reflect.Select");
            } else {
                sc[m].elem = rt_alloc(rt, c->chan.typ->elem);
            }
        }
        m++;
    }
    int k = rt_select(rt, sc, m, def >= 0);
    res[0] = nil_val();
    res[2] = bool_val(false);
    if (k < 0) {
        res[0].i = def;
        res[1] = rv_new(rt, NULL, NULL, 0);
        return;
    }
    res[0].i = idx[k];
    const RSelectCase *c = &in[idx[k]];
    if (c->dir == 2) {
        res[1] = rv_new(rt, c->chan.typ->elem, sc[k].elem, 0);
        res[2] = bool_val(sc[k].ok);
    } else {
        res[1] = rv_new(rt, NULL, NULL, 0);
    }
}

// ---- MakeFunc ----

// MakeFuncImpl: what a func made by MakeFunc is bound to (reflect's
// makeFuncImpl type): its type and the Go func implementing it.
typedef struct MakeFuncImpl {
    const Type *ftyp;
    void *fn;
} MakeFuncImpl;

// make_func_call: the body of every func MakeFunc makes: a[0] is the bound
// MakeFuncImpl, a[1..] the arguments (a variadic one as its slice).
static void make_func_call(Runtime *rt, Value *a, Value *res) {
    const MakeFuncImpl *impl = a[0].p;
    const Type *ft = impl->ftyp, *vt = rv_ptype(rt, RVT_VALUE);
    GoSlice in = rt_make_slice(rt, vt, ft->nparams, ft->nparams);
    for (int i = 0; i < ft->nparams; i++) {
        const Type *t = ft->params[i];
        void *p = rt_alloc(rt, t);
        rt_store(rt, t, p, a[1 + i]);
        rt_store(rt, vt, (char *)in.ptr + (uint64_t)i * vt->size, rv_new(rt, t, p, 0));
    }
    Value fn = nil_val(), arg = nil_val(), out[1] = {nil_val()};
    fn.p = impl->fn;
    arg.sl = in;
    rt_call_func(rt, fn, &arg, 1, out);
    if ((int64_t)out[0].sl.len != ft->nresults)
        rt_panic_string(rt, "reflect: wrong return count from function created by MakeFunc");
    const RValue *rs = out[0].sl.ptr;
    for (int i = 0; i < ft->nresults; i++) {
        const Type *t = ft->results[i];
        if (!rs[i].typ) rt_panic_string(rt, "reflect: function created by MakeFunc returned zero Value");
        const void *src = rv_assign_ptr(rt, &rs[i], t, "reflect.MakeFunc");
        res[i] = rt_copy_value(rt, t, rt_load(t, src));
    }
}

void rv_make_func(Runtime *rt, Value *a, Value *res) {
    const Type *t = rv_type_arg(rt, a[0].e);
    if (!t) rt_panic_nil_deref(rt);
    if (t->kind != KIND_FUNC) rt_panic_string(rt, "reflect: call of MakeFunc with non-Func type");
    MakeFuncImpl *impl = rt_alloc(rt, rv_ptype(rt, RVT_MAKE_FUNC_IMPL));
    gc_write_ptr(rt, (void **)&impl->ftyp, (void *)t);
    gc_write_ptr(rt, &impl->fn, a[1].p);
    Value bound = nil_val();
    bound.p = impl;
    void **p = rt_alloc(rt, t);
    gc_write_ptr(rt, p, rt_native_func(rt, make_func_call, &bound));
    res[0] = rv_new(rt, t, p, 0);
}

// ---- Swapper ----

static void swap_fn(Runtime *rt, Value *a, Value *res) {
    (void)res;
    GoIface e = a[0].e;
    GoSlice s = *(const GoSlice *)e.data;
    int64_t i = a[1].i, j = a[2].i;
    if ((uint64_t)i >= s.len || (uint64_t)j >= s.len) rt_panic_string(rt, "reflect: slice index out of range");
    const Type *et = e.type->elem;
    void *tmp = rt_alloc(rt, et);
    char *pi = (char *)s.ptr + (uint64_t)i * et->size, *pj = (char *)s.ptr + (uint64_t)j * et->size;
    rt_typedmemmove(rt, et, tmp, pi, 1);
    rt_typedmemmove(rt, et, pi, pj, 1);
    rt_typedmemmove(rt, et, pj, tmp, 1);
}

void rv_swapper(Runtime *rt, Value *a, Value *res) {
    GoIface e = a[0].e;
    if (!e.type || e.type->kind != KIND_SLICE) {
        RValue v = {e.type, NULL, 0};
        rv_panic_kind(rt, "Swapper", kind_of(&v));
    }
    res[0] = nil_val();
    res[0].p = rt_native_func(rt, swap_fn, &a[0]);
}
