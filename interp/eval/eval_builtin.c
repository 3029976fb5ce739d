// eval_builtin.c - the built-in functions at run time: len, cap, append,
// copy, delete, new, make, panic, print, println, recover, min, max, clear.
// new and make are the runtime's allocation intrinsics.
#include <string.h>

#include "../internal.h"

static Value vint(int64_t i) { Value v; v.w[1] = 0; v.i = i; return v; }

static Value len_cap(Interp *in, Frame *fr, AstExpr *e, bool is_len) {
    AstExpr *a = e->u.call.args.v[0];
    const Type *u = tc_under(a->type);
    Value v = eval_expr(in, fr, a);
    switch (u->kind) {
    case KIND_STRING: return vint(v.s.len);
    case KIND_SLICE: return vint(is_len ? v.sl.len : v.sl.cap);
    case KIND_MAP: return vint(rt_map_len(v.p));
    case KIND_ARRAY: return vint(u->len);
    case KIND_POINTER: return vint(tc_under(u->elem)->len);
    case KIND_CHAN: return vint(is_len ? rt_chan_len(v.p) : rt_chan_cap(v.p));
    default: return vint(0);
    }
}

static Value make(Interp *in, Frame *fr, AstExpr *e, CallInfo *ci) {
    const Type *t = ci->sig, *u = tc_under(t);
    AstExprList *al = &e->u.call.args;
    int64_t n1 = al->n > 1 ? eval_expr(in, fr, al->v[1]).i : 0;
    int64_t n2 = al->n > 2 ? eval_expr(in, fr, al->v[2]).i : n1;
    Value r;
    memset(&r, 0, sizeof r);
    if (u->kind == KIND_SLICE) {
        if (al->n > 1 && (tc_is_unsigned(al->v[1]->type) ? (uint64_t)n1 > INT32_MAX : n1 < 0 || n1 > INT32_MAX))
            rt_panic_runtime(in->rt, "makeslice: len out of range");
        if (n2 < n1 || n2 > INT32_MAX) rt_panic_runtime(in->rt, "makeslice: cap out of range");
        r.sl = rt_make_slice(in->rt, u->elem, n1, n2);
    } else if (u->kind == KIND_MAP) {
        if (n1 < 0) rt_panic_runtime(in->rt, "makemap: size out of range");
        r.p = rt_map_new(in->rt, t, n1);
    } else {
        r.p = rt_chan_new(in->rt, t, n1);
    }
    return r;
}

static Value append(Interp *in, Frame *fr, AstExpr *e, CallInfo *ci) {
    AstExprList *al = &e->u.call.args;
    const Type *et = ci->sig;
    Value s = eval_expr(in, fr, al->v[0]);
    if (ci->spread) {
        Value y = eval_expr(in, fr, al->v[1]);
        if (ci->variadic_slice)   // append([]byte, string...)
            s.sl = rt_append(in->rt, et, s.sl, y.s.ptr, (size_t)y.s.len);
        else
            s.sl = rt_append(in->rt, et, s.sl, y.sl.ptr, y.sl.len);
        return s;
    }
    int n = al->n - 1;
    if (n == 0) return s;
    if (n == 1) {
        Value v = eval_expr(in, fr, al->v[1]);
        char tmp[et->size > 0 ? et->size : 1];
        if (et->flags & TF_AGGREGATE) {
            s.sl = rt_append(in->rt, et, s.sl, v.p, 1);
        } else {
            memcpy(tmp, &v, et->size);
            s.sl = rt_append(in->rt, et, s.sl, tmp, 1);
        }
        return s;
    }
    char *buf = rt_alloc_array(in->rt, et, (size_t)n);
    for (int i = 0; i < n; i++) rt_store(in->rt, et, buf + (size_t)i * et->size, eval_expr(in, fr, al->v[i + 1]));
    s.sl = rt_append(in->rt, et, s.sl, buf, (size_t)n);
    return s;
}

static void print_builtin(Interp *in, Frame *fr, AstExpr *e, bool ln) {
    StrBuf b = {0};
    AstExprList *al = &e->u.call.args;
    for (int i = 0; i < al->n; i++) {
        if (ln && i > 0) sb_putc(&b, ' ');
        Value v = eval_expr(in, fr, al->v[i]);
        rt_print_value(in->rt, &b, al->v[i]->type, v);
    }
    if (ln) sb_putc(&b, '\n');
    rt_write_stderr(in->rt, b.p ? b.p : "", b.len);
    sb_free(&b);
}

static Value min_max(Interp *in, Frame *fr, AstExpr *e, bool is_min) {
    AstExprList *al = &e->u.call.args;
    const Type *u = tc_under(e->type);
    Value best = eval_expr(in, fr, al->v[0]);
    for (int i = 1; i < al->n; i++) {
        Value v = eval_expr(in, fr, al->v[i]);
        bool less;
        switch (u->kind) {
        case KIND_FLOAT64:
            if (v.f != v.f) return v;
            less = v.f < best.f || (v.f == 0 && best.f == 0 && (is_min ? __builtin_signbit(v.f) : !__builtin_signbit(v.f)));
            break;
        case KIND_FLOAT32: less = v.f32 < best.f32; break;
        case KIND_STRING: less = rt_string_compare(v.s, best.s) < 0; break;
        default: less = tc_is_unsigned(u) ? v.u < best.u : v.i < best.i; break;
        }
        bool greater;
        switch (u->kind) {
        case KIND_FLOAT64: greater = v.f > best.f; break;
        case KIND_FLOAT32: greater = v.f32 > best.f32; break;
        case KIND_STRING: greater = rt_string_compare(v.s, best.s) > 0; break;
        default: greater = tc_is_unsigned(u) ? v.u > best.u : v.i > best.i; break;
        }
        if (is_min ? less : greater) best = v;
    }
    return best;
}

Value eval_builtin(Interp *in, Frame *fr, AstExpr *e, Value *results) {
    CallInfo *ci = e->aux;
    AstExprList *al = &e->u.call.args;
    Value r;
    memset(&r, 0, sizeof r);
    fr->line = e->pos.line;
    switch ((BuiltinId)e->slot) {
    case BI_LEN: r = len_cap(in, fr, e, true); break;
    case BI_CAP: r = len_cap(in, fr, e, false); break;
    case BI_NEW: r.p = rt_alloc(in->rt, ci->sig); break;
    case BI_MAKE: r = make(in, fr, e, ci); break;
    case BI_APPEND: r = append(in, fr, e, ci); break;
    case BI_COPY: {
        Value d = eval_expr(in, fr, al->v[0]);
        Value s = eval_expr(in, fr, al->v[1]);
        if (ci->variadic_slice) {   // copy([]byte, string)
            GoSlice src = {(void *)s.s.ptr, (uint32_t)s.s.len, (uint32_t)s.s.len};
            r = vint(rt_copy_slice(in->rt, ci->sig, d.sl, src));
        } else {
            r = vint(rt_copy_slice(in->rt, ci->sig, d.sl, s.sl));
        }
        break;
    }
    case BI_DELETE: {
        const Type *mt = ci->sig;
        GoMap *m = eval_expr(in, fr, al->v[0]).p;
        Value k = eval_expr(in, fr, al->v[1]);
        rt_map_delete(in->rt, mt, m, rt_value_addr(tc_under(mt)->key, &k));
        break;
    }
    case BI_PANIC: {
        Value v = eval_expr(in, fr, al->v[0]);
        rt_panic(in->rt, v.e);
    }
    case BI_PRINT: print_builtin(in, fr, e, false); break;
    case BI_PRINTLN: print_builtin(in, fr, e, true); break;
    case BI_RECOVER:   // nil unless called directly by a deferred function
        if (fr->caller && fr->caller->running_defers) r.e = rt_recover(in->rt);
        break;
    case BI_CLOSE: rt_chan_close(in->rt, eval_expr(in, fr, e->u.call.args.v[0]).p); break;
    case BI_MIN: r = min_max(in, fr, e, true); break;
    case BI_MAX: r = min_max(in, fr, e, false); break;
    case BI_CLEAR: {
        Value v = eval_expr(in, fr, al->v[0]);
        const Type *u = tc_under(ci->sig);
        if (u->kind == KIND_SLICE && v.sl.len) {
            char *zero = rt_alloc_array(in->rt, u->elem, v.sl.len);
            rt_typedmemmove(in->rt, u->elem, v.sl.ptr, zero, v.sl.len);
        } else if (u->kind == KIND_MAP && v.p) {
            MapIter it = {0};
            it.m = v.p;
            void *k, *val;
            while (rt_map_next(&it, &k, &val)) rt_map_delete(in->rt, u, v.p, k);
        }
        break;
    }
    default: rt_fatal(in->rt, "gosub: builtin %s is not supported", tc_builtin_name((BuiltinId)e->slot));
    }
    if (results) results[0] = r;
    return r;
}
