// eval_expr.c - the evaluator's expressions: one switch over the op the
// checker chose for each node. No type dispatch on values and no name
// lookup: variables are frame slots, cells, closure cells or globals.
//
// Panics unwind by longjmp (rt_panic*), so no status is threaded through.
#include <math.h>
#include <string.h>

#include "../internal.h"

// wrap truncates an integer result to its type's width (Go's wrap-around).
static inline int64_t wrap(int kind, int64_t v) {
    switch (kind) {
    case KIND_INT8: return (int8_t)v;
    case KIND_INT16: return (int16_t)v;
    case KIND_INT32: return (int32_t)v;
    case KIND_UINT8: return (uint8_t)v;
    case KIND_UINT16: return (uint16_t)v;
    case KIND_UINT32: return (uint32_t)v;
    default: return v;
    }
}

static Value vint(int64_t i) { Value v; v.w[1] = 0; v.i = i; return v; }
static Value vbool(bool b) { Value v; v.w[1] = 0; v.u = b; return v; }


// eval_binop applies binary op to a and b (operands of kind).
Value eval_binop(Interp *in, int op, int kind, Value a, Value b, const Type *t) {
    Value r;
    r.w[1] = 0;
    switch (op) {
    case OP_ADD_INT: return vint(wrap(kind, (int64_t)((uint64_t)a.i + (uint64_t)b.i)));
    case OP_SUB_INT: return vint(wrap(kind, (int64_t)((uint64_t)a.i - (uint64_t)b.i)));
    case OP_MUL_INT: return vint(wrap(kind, (int64_t)((uint64_t)a.i * (uint64_t)b.i)));
    case OP_DIV_INT:
        if (b.i == 0) rt_panic_divide(in->rt);
        if (b.i == -1) return vint(wrap(kind, (int64_t)(0 - (uint64_t)a.i)));
        return vint(wrap(kind, a.i / b.i));
    case OP_REM_INT:
        if (b.i == 0) rt_panic_divide(in->rt);
        if (b.i == -1) return vint(0);
        return vint(a.i % b.i);
    case OP_DIV_UINT:
        if (b.u == 0) rt_panic_divide(in->rt);
        return vint((int64_t)(a.u / b.u));
    case OP_REM_UINT:
        if (b.u == 0) rt_panic_divide(in->rt);
        return vint((int64_t)(a.u % b.u));
    case OP_AND: return vint(a.i & b.i);
    case OP_OR: return vint(a.i | b.i);
    case OP_XOR: return vint(wrap(kind, a.i ^ b.i));
    case OP_AND_NOT: return vint(a.i & ~b.i);
    case OP_SHL: {
        uint64_t s = b.u;   // negative signed counts panicked before (eval_expr)
        if (s >= 64) return vint(0);
        return vint(wrap(kind, (int64_t)(a.u << s)));
    }
    case OP_SHR_INT: {
        uint64_t s = (uint64_t)b.i;
        return vint(s >= 64 ? (a.i < 0 ? -1 : 0) : a.i >> s);
    }
    case OP_SHR_UINT: {
        uint64_t s = (uint64_t)b.i;
        return vint(s >= 64 ? 0 : (int64_t)(a.u >> s));
    }
    case OP_ADD_F64: r.f = a.f + b.f; return r;
    case OP_SUB_F64: r.f = a.f - b.f; return r;
    case OP_MUL_F64: r.f = a.f * b.f; return r;
    case OP_DIV_F64: r.f = a.f / b.f; return r;
    case OP_ADD_F32: r.w[0] = 0; r.f32 = a.f32 + b.f32; return r;
    case OP_SUB_F32: r.w[0] = 0; r.f32 = a.f32 - b.f32; return r;
    case OP_MUL_F32: r.w[0] = 0; r.f32 = a.f32 * b.f32; return r;
    case OP_DIV_F32: r.w[0] = 0; r.f32 = a.f32 / b.f32; return r;
    case OP_ADD_STR: r.s = rt_string_concat(in->rt, a.s, b.s); return r;
    case OP_EQ_INT: return vbool(a.i == b.i);
    case OP_NE_INT: return vbool(a.i != b.i);
    case OP_LT_INT: return vbool(a.i < b.i);
    case OP_LE_INT: return vbool(a.i <= b.i);
    case OP_GT_INT: return vbool(a.i > b.i);
    case OP_GE_INT: return vbool(a.i >= b.i);
    case OP_LT_UINT: return vbool(a.u < b.u);
    case OP_LE_UINT: return vbool(a.u <= b.u);
    case OP_GT_UINT: return vbool(a.u > b.u);
    case OP_GE_UINT: return vbool(a.u >= b.u);
    case OP_EQ_F64: return vbool(a.f == b.f);
    case OP_NE_F64: return vbool(a.f != b.f);
    case OP_LT_F64: return vbool(a.f < b.f);
    case OP_LE_F64: return vbool(a.f <= b.f);
    case OP_GT_F64: return vbool(a.f > b.f);
    case OP_GE_F64: return vbool(a.f >= b.f);
    case OP_EQ_F32: return vbool(a.f32 == b.f32);
    case OP_NE_F32: return vbool(a.f32 != b.f32);
    case OP_LT_F32: return vbool(a.f32 < b.f32);
    case OP_LE_F32: return vbool(a.f32 <= b.f32);
    case OP_GT_F32: return vbool(a.f32 > b.f32);
    case OP_GE_F32: return vbool(a.f32 >= b.f32);
    case OP_EQ_STR: return vbool(rt_string_eq(a.s, b.s));
    case OP_NE_STR: return vbool(!rt_string_eq(a.s, b.s));
    case OP_LT_STR: return vbool(rt_string_compare(a.s, b.s) < 0);
    case OP_LE_STR: return vbool(rt_string_compare(a.s, b.s) <= 0);
    case OP_GT_STR: return vbool(rt_string_compare(a.s, b.s) > 0);
    case OP_GE_STR: return vbool(rt_string_compare(a.s, b.s) >= 0);
    case OP_EQ_PTR: return vbool(a.u == b.u);
    case OP_NE_PTR: return vbool(a.u != b.u);
    case OP_EQ_GENERIC: case OP_NE_GENERIC: {
        bool eq = rt_equal(in->rt, t, rt_value_addr(t, &a), rt_value_addr(t, &b));
        return vbool(op == OP_EQ_GENERIC ? eq : !eq);
    }
    default:
        rt_fatal(in->rt, "gosub: internal error: bad binary op %d", op);
    }
}

static Value conv(Interp *in, AstExpr *e, Value v) {
    Value r;
    r.w[1] = 0;
    int k = e->slot;
    switch (e->op) {
    case OP_CONV_NOP: case OP_CONV_AGG_COPY: return v;
    case OP_CONV_INT: return vint(wrap(k, v.i));
    case OP_CONV_INT_F64: r.f = (double)v.i; return r;
    case OP_CONV_UINT_F64: r.f = (double)v.u; return r;
    case OP_CONV_INT_F32: r.w[0] = 0; r.f32 = (float)v.i; return r;
    case OP_CONV_UINT_F32: r.w[0] = 0; r.f32 = (float)v.u; return r;
    case OP_CONV_F64_F32: r.w[0] = 0; r.f32 = (float)v.f; return r;
    case OP_CONV_F32_F64: r.f = (double)v.f32; return r;
    case OP_CONV_F64_INT: case OP_CONV_F32_INT: {
        double d = e->op == OP_CONV_F64_INT ? v.f : (double)v.f32;
        if (isnan(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) return vint(INT64_MIN);
        return vint(wrap(k, (int64_t)d));
    }
    case OP_CONV_F64_UINT: case OP_CONV_F32_UINT: {
        double d = e->op == OP_CONV_F64_UINT ? v.f : (double)v.f32;
        if (isnan(d) || d < 0) return vint(wrap(k, (int64_t)d));
        if (d >= 18446744073709551616.0) return vint(INT64_MIN);
        return vint(wrap(k, (int64_t)(uint64_t)d));
    }
    case OP_CONV_INT_STR: {
        const Type *from = e->aux;
        int64_t rr = tc_is_unsigned(from) && v.u > 0x10FFFF ? -1 : v.i;
        r.s = rt_string_from_rune(in->rt, rr);
        return r;
    }
    case OP_CONV_STR_BYTES: r.sl = rt_bytes_from_string(in->rt, e->type, v.s); return r;
    case OP_CONV_STR_RUNES: r.sl = rt_runes_from_string(in->rt, e->type, v.s); return r;
    case OP_CONV_BYTES_STR: r.s = rt_string_from_bytes(in->rt, v.sl); return r;
    case OP_CONV_RUNES_STR: r.s = rt_string_from_runes(in->rt, v.sl); return r;
    case OP_CONV_TO_IFACE: r.e = rt_iface_box(in->rt, e->aux, v); return r;
    default: rt_fatal(in->rt, "gosub: internal error: bad conversion op %d", e->op);
    }
}

static AstExpr *conv_operand(AstExpr *e) {
    return e->kind == AST_CALL_EXPR ? e->u.call.args.v[0] : e->u.paren.x;
}

static void *nil_check(Interp *in, void *p) {
    if (!p) rt_panic_nil_deref(in->rt);
    return p;
}

static inline void check_index(Interp *in, int64_t i, int64_t len) {
    if ((uint64_t)i >= (uint64_t)len) rt_panic_index(in->rt, i, len);
}

// var_addr: address of the storage of a variable node.
static void *var_addr(Interp *in, Frame *fr, AstExpr *e) {
    switch (e->op) {
    case OP_LOCAL: return &fr->slots[e->slot];
    case OP_LOCAL_CELL: return fr->slots[e->slot].p;
    case OP_CAPTURED: return fr->closure->cells[e->slot];
    case OP_GLOBAL: return &in->globals[e->slot];
    case OP_GLOBAL_CELL: return in->globals[e->slot].p;
    default: return NULL;
    }
}

// eval_addr: the address of addressable expression e.
void *eval_addr(Interp *in, Frame *fr, AstExpr *e) {
    switch (e->op) {
    case OP_LOCAL: case OP_LOCAL_CELL: case OP_CAPTURED: case OP_GLOBAL: case OP_GLOBAL_CELL:
        return var_addr(in, fr, e);
    case OP_PAREN: return eval_addr(in, fr, e->u.paren.x);
    // an aggregate evaluates to the address of its storage, addressable or not
    case OP_FIELD: return (char *)eval_expr(in, fr, e->u.selector.x).p + e->slot;
    case OP_PTR_FIELD: return (char *)nil_check(in, eval_expr(in, fr, e->u.selector.x).p) + e->slot;
    case OP_DEREF: return nil_check(in, eval_expr(in, fr, e->u.star.x).p);
    case OP_INDEX_ARRAY: {
        char *base = eval_expr(in, fr, e->u.index.x).p;
        const Type *at = tc_under(e->u.index.x->type);
        int64_t i = eval_expr(in, fr, e->u.index.index).i;
        check_index(in, i, at->len);
        return base + i * (int64_t)at->elem->size;
    }
    case OP_INDEX_PTR_ARRAY: {
        char *base = eval_expr(in, fr, e->u.index.x).p;
        const Type *at = tc_under(tc_under(e->u.index.x->type)->elem);
        int64_t i = eval_expr(in, fr, e->u.index.index).i;
        nil_check(in, base);
        check_index(in, i, at->len);
        return base + i * (int64_t)at->elem->size;
    }
    case OP_INDEX_SLICE: {
        GoSlice s = eval_expr(in, fr, e->u.index.x).sl;
        int64_t i = eval_expr(in, fr, e->u.index.index).i;
        check_index(in, i, s.len);
        return (char *)s.ptr + i * (int64_t)e->type->size;
    }
    case OP_COMPOSITE: case OP_CALL: case OP_CALL_CLOSURE: case OP_CALL_NATIVE: case OP_CONV_AGG_COPY:
    case OP_CALL_METHOD: case OP_CALL_IFACE:
        return eval_expr(in, fr, e).p;   // aggregates: their fresh storage
    default:
        rt_fatal(in->rt, "gosub: internal error: not addressable (op %d)", e->op);
    }
}

// eval_store stores v (of type t) into the lvalue lhs.
void eval_store(Interp *in, Frame *fr, AstExpr *lhs, Type *t, Value v) {
    switch (lhs->op) {
    case OP_BLANK: return;
    case OP_LOCAL: fr->slots[lhs->slot] = v; return;
    case OP_INDEX_MAP: {
        GoMap *m = eval_expr(in, fr, lhs->u.index.x).p;
        const Type *mt = lhs->aux;
        Value k = eval_expr(in, fr, lhs->u.index.index);
        void *slot = rt_map_assign(in->rt, mt, m, rt_value_addr(mt->key, &k));
        rt_store(in->rt, t, slot, v);
        return;
    }
    case OP_PAREN: eval_store(in, fr, lhs->u.paren.x, t, v); return;
    default:
        rt_store(in->rt, t, eval_addr(in, fr, lhs), v);
        return;
    }
}

static Value slice_expr(Interp *in, Frame *fr, AstExpr *e) {
    Value r;
    r.w[1] = 0;
    AstExpr *xe = e->u.slice.x;
    char *base;
    int64_t len, cap;
    uint32_t esize = 1;
    Value x;
    switch (e->op) {
    case OP_SLICE_STRING:
        x = eval_expr(in, fr, xe);
        base = (char *)x.s.ptr;
        len = cap = x.s.len;
        break;
    case OP_SLICE_SLICE:
        x = eval_expr(in, fr, xe);
        base = x.sl.ptr;
        len = x.sl.len;
        cap = x.sl.cap;
        esize = tc_under(xe->type)->elem->size;
        break;
    case OP_SLICE_ARRAY: {
        const Type *at = tc_under(xe->type);
        base = eval_addr(in, fr, xe);
        len = cap = at->len;
        esize = at->elem->size;
        break;
    }
    default: {   // pointer to array
        const Type *at = tc_under(tc_under(xe->type)->elem);
        base = nil_check(in, eval_expr(in, fr, xe).p);
        len = cap = at->len;
        esize = at->elem->size;
        break;
    }
    }
    int64_t lo = e->u.slice.low ? eval_expr(in, fr, e->u.slice.low).i : 0;
    int64_t hi = e->u.slice.high ? eval_expr(in, fr, e->u.slice.high).i : len;
    int64_t max = e->u.slice.max ? eval_expr(in, fr, e->u.slice.max).i : cap;
    bool is_string = e->op == OP_SLICE_STRING;
    if (e->u.slice.max) {
        if ((uint64_t)max > (uint64_t)cap) rt_panic_slice(in->rt, BOUNDS_SLICE3_ACAP, max, cap);
        if ((uint64_t)hi > (uint64_t)max) rt_panic_slice(in->rt, BOUNDS_SLICE3_B, hi, max);
        if ((uint64_t)lo > (uint64_t)hi) rt_panic_slice(in->rt, BOUNDS_SLICE3_C, lo, hi);
    } else {
        int64_t bound = is_string ? len : cap;
        if ((uint64_t)hi > (uint64_t)bound)
            rt_panic_slice(in->rt, is_string ? BOUNDS_SLICE_ALEN : (e->op == OP_SLICE_SLICE ? BOUNDS_SLICE_ACAP : BOUNDS_SLICE_ALEN), hi, bound);
        if ((uint64_t)lo > (uint64_t)hi) rt_panic_slice(in->rt, BOUNDS_SLICE_B, lo, hi);
    }
    if (is_string) {
        r.s.ptr = (const uint8_t *)base + lo;
        r.s.len = hi - lo;
        return r;
    }
    r.sl.ptr = (hi - lo > 0 || max - lo > 0) ? base + lo * (int64_t)esize : (lo == 0 ? base : base + lo * (int64_t)esize);
    r.sl.len = (uint32_t)(hi - lo);
    r.sl.cap = (uint32_t)(max - lo);
    return r;
}

static Value composite(Interp *in, Frame *fr, AstExpr *e) {
    CompositeInfo *ci = e->aux;
    const Type *t = ci->type, *u = tc_under(t);
    Value r;
    r.w[1] = 0;
    switch (u->kind) {
    case KIND_STRUCT: {
        char *p = rt_alloc(in->rt, t);
        for (int i = 0; i < ci->n; i++)
            if (ci->values[i])
                rt_store(in->rt, ci->elem_types[i], p + ci->index[i], eval_expr(in, fr, ci->values[i]));
        r.p = p;
        return r;
    }
    case KIND_ARRAY: case KIND_SLICE: {
        const Type *et = u->elem;
        char *p = u->kind == KIND_ARRAY ? rt_alloc(in->rt, t) : rt_alloc_array(in->rt, et, (size_t)ci->length);
        for (int i = 0; i < ci->n; i++)
            rt_store(in->rt, et, p + ci->index[i] * et->size, eval_expr(in, fr, ci->values[i]));
        if (u->kind == KIND_ARRAY) {
            r.p = p;
        } else {
            r.sl.ptr = p;
            r.sl.len = r.sl.cap = (uint32_t)ci->length;
        }
        return r;
    }
    case KIND_MAP: {
        GoMap *m = rt_map_new(in->rt, t, ci->n);
        for (int i = 0; i < ci->n; i++) {
            if (!ci->keys[i]) continue;
            Value k = eval_expr(in, fr, ci->keys[i]);
            Value v = eval_expr(in, fr, ci->values[i]);
            void *slot = rt_map_assign(in->rt, t, m, rt_value_addr(u->key, &k));
            rt_store(in->rt, u->elem, slot, v);
        }
        r.p = m;
        return r;
    }
    default:
        rt_fatal(in->rt, "gosub: internal error: bad composite literal");
    }
}

static Value index_map(Interp *in, Frame *fr, AstExpr *e, Value *ok) {
    GoMap *m = eval_expr(in, fr, e->u.index.x).p;
    const Type *mt = e->aux;
    Value k = eval_expr(in, fr, e->u.index.index);
    void *slot = rt_map_access(in->rt, mt, m, rt_value_addr(mt->key, &k));
    if (ok) *ok = vbool(slot != NULL);
    if (!slot) return rt_zero_value(in->rt, mt->elem);
    return rt_load(mt->elem, slot);
}

void eval_multi(Interp *in, Frame *fr, AstExpr *e, Value *out, int n) {
    while (e->op == OP_PAREN) e = e->u.paren.x;
    if (e->op == OP_INDEX_MAP) {
        out[0] = index_map(in, fr, e, n > 1 ? &out[1] : NULL);
        return;
    }
    if (e->op == OP_TYPE_ASSERT) {
        out[0] = eval_type_assert(in, fr, e, n > 1 ? &out[1] : NULL);
        return;
    }
    if (e->op == OP_RECV) {
        out[0] = eval_recv(in, fr, e, n > 1 ? &out[1] : NULL);
        return;
    }
    eval_call(in, fr, e, out);
}

Value eval_expr(Interp *in, Frame *fr, AstExpr *e) {
    Value r;
    switch (e->op) {
    case OP_PAREN: return eval_expr(in, fr, e->u.paren.x);
    case OP_CONST: return *(Value *)e->aux;
    case OP_NIL: memset(&r, 0, sizeof r); return r;
    case OP_LOCAL: return fr->slots[e->slot];
    case OP_LOCAL_CELL: case OP_CAPTURED: case OP_GLOBAL_CELL:
        return rt_load(e->type, var_addr(in, fr, e));
    case OP_GLOBAL: return in->globals[e->slot];
    case OP_FUNC_VAL: r.w[1] = 0; r.p = eval_make_closure(in, NULL, e->aux); return r;
    case OP_NATIVE_VAL: {
        Closure *cl = rt_alloc_array(in->rt, in->c->u.t_unsafe_ptr, 2);
        cl->native = e->aux;
        r.w[1] = 0;
        r.p = cl;
        return r;
    }
    case OP_LAND: return eval_expr(in, fr, e->u.binary.x).b ? eval_expr(in, fr, e->u.binary.y) : vbool(false);
    case OP_LOR: return eval_expr(in, fr, e->u.binary.x).b ? vbool(true) : eval_expr(in, fr, e->u.binary.y);
    case OP_EQ_SLICE_NIL: return vbool(eval_expr(in, fr, e->u.binary.x).sl.ptr == NULL);
    case OP_NE_SLICE_NIL: return vbool(eval_expr(in, fr, e->u.binary.x).sl.ptr != NULL);
    case OP_SHL: case OP_SHR_INT: case OP_SHR_UINT: {
        Value a = eval_expr(in, fr, e->u.binary.x);
        Value b = eval_expr(in, fr, e->u.binary.y);
        if (b.i < 0 && !tc_is_unsigned(e->u.binary.y->type)) rt_panic_runtime(in->rt, "negative shift amount");
        return eval_binop(in, e->op, e->slot, a, b, NULL);
    }
    // the hottest integer ops, inline
    case OP_ADD_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vint(wrap(e->slot, (int64_t)((uint64_t)a + (uint64_t)eval_expr(in, fr, e->u.binary.y).i)));
    }
    case OP_SUB_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vint(wrap(e->slot, (int64_t)((uint64_t)a - (uint64_t)eval_expr(in, fr, e->u.binary.y).i)));
    }
    case OP_LT_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vbool(a < eval_expr(in, fr, e->u.binary.y).i);
    }
    case OP_LE_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vbool(a <= eval_expr(in, fr, e->u.binary.y).i);
    }
    case OP_GT_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vbool(a > eval_expr(in, fr, e->u.binary.y).i);
    }
    case OP_GE_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vbool(a >= eval_expr(in, fr, e->u.binary.y).i);
    }
    case OP_EQ_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vbool(a == eval_expr(in, fr, e->u.binary.y).i);
    }
    case OP_NE_INT: {
        int64_t a = eval_expr(in, fr, e->u.binary.x).i;
        return vbool(a != eval_expr(in, fr, e->u.binary.y).i);
    }
    case OP_MUL_INT ... OP_AND_NOT: case OP_ADD_F64 ... OP_ADD_STR: case OP_LT_UINT ... OP_NE_PTR:
    case OP_EQ_GENERIC: case OP_NE_GENERIC: {
        Value a = eval_expr(in, fr, e->u.binary.x);
        Value b = eval_expr(in, fr, e->u.binary.y);
        return eval_binop(in, e->op, e->slot, a, b, e->aux ? e->aux : e->u.binary.x->type);
    }
    case OP_NEG_INT: return vint(wrap(e->slot, (int64_t)(0 - (uint64_t)eval_expr(in, fr, e->u.unary.x).i)));
    case OP_NEG_F64: r = eval_expr(in, fr, e->u.unary.x); r.f = -r.f; return r;
    case OP_NEG_F32: r = eval_expr(in, fr, e->u.unary.x); r.f32 = -r.f32; return r;
    case OP_NOT: return vbool(!eval_expr(in, fr, e->u.unary.x).b);
    case OP_COMPL: return vint(wrap(e->slot, ~eval_expr(in, fr, e->u.unary.x).i));
    case OP_POS: return eval_expr(in, fr, e->u.unary.x);
    case OP_CONV_NOP ... OP_CONV_AGG_COPY: return conv(in, e, eval_expr(in, fr, conv_operand(e)));
    case OP_INDEX_STRING: {
        GoString s = eval_expr(in, fr, e->u.index.x).s;
        int64_t i = eval_expr(in, fr, e->u.index.index).i;
        check_index(in, i, s.len);
        return vint(s.ptr[i]);
    }
    case OP_INDEX_MAP: return index_map(in, fr, e, NULL);
    case OP_TYPE_ASSERT: return eval_type_assert(in, fr, e, NULL);
    case OP_INDEX_ARRAY: case OP_INDEX_PTR_ARRAY: case OP_INDEX_SLICE: case OP_FIELD: case OP_PTR_FIELD: case OP_DEREF:
        return rt_load(e->type, eval_addr(in, fr, e));
    case OP_SLICE_ARRAY ... OP_SLICE_STRING: return slice_expr(in, fr, e);
    case OP_ADDR: r.w[1] = 0; r.p = eval_addr(in, fr, e->u.unary.x); return r;
    case OP_ADDR_COMPOSITE: {
        AstExpr *x = e->u.unary.x;
        while (x->op == OP_PAREN) x = x->u.paren.x;
        return composite(in, fr, x);
    }
    case OP_COMPOSITE: return composite(in, fr, e);
    case OP_FUNC_LIT: r.w[1] = 0; r.p = eval_make_closure(in, fr, e->aux); return r;
    case OP_METHOD_VALUE: case OP_NATIVE_METHOD_EXPR: r.w[1] = 0; r.p = eval_method_value(in, fr, e); return r;
    case OP_CALL: case OP_CALL_CLOSURE: case OP_CALL_NATIVE: case OP_CALL_METHOD: case OP_CALL_IFACE: {
        Value res[16];
        CallInfo *ci = e->aux;
        Value *out = ci->nresults > 16 ? rt_alloc_array(in->rt, in->c->u.t_any, (size_t)ci->nresults) : res;
        eval_call(in, fr, e, out);
        return out[0];
    }
    case OP_CALL_BUILTIN: {
        Value res[2];
        return eval_builtin(in, fr, e, res);
    }
    case OP_RECV: return eval_recv(in, fr, e, NULL);
    default:
        rt_fatal(in->rt, "gosub: internal error: unevaluable expression (op %d) at %s:%d:%d", e->op, in->filename,
                 e->pos.line, e->pos.col);
    }
}
