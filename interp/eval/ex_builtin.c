// ex_builtin.c - the built-in functions at run time (spec "Built-in
// functions"): len, cap, append, copy, delete, new, make, panic, print,
// println, recover, close, min, max, clear. new and make are the runtime's
// allocation intrinsics.
//
// A built-in's arguments are evaluated first (eval_builtin_args), then
// applied (eval_builtin_apply): deferred built-ins and go statements keep
// the evaluated arguments and apply them later, as Go does. len and cap of
// strings and slices have handlers of their own.
#include "internal.h"

static Value vint(int64_t i) { return eval_vint(i); }

// tuple_args: println(f()), f's results as the arguments (out of line: its
// variable-length array stays out of every built-in call's frame)
static __attribute__((noinline)) void tuple_args(const CallSite *cs, Frame *fr, Value *args) {
    Value vals[cs->ntuple > 0 ? cs->ntuple : 1];
    eval_multi(cs->args[0], fr, vals, cs->ntuple);
    for (int i = 0; i < cs->ntuple; i++) {
        const Type *t = cs->args[0]->type->fields[i].type;
        args[i] = cs->copy_args ? rt_copy_value(fr->in->rt, t, vals[i]) : vals[i];
    }
    eval_forget(vals, sizeof vals);
}

// builtin_args: eval_builtin_args, inlined into eval_builtin. Once the
// tuple case made it too big to inline, its own frame between them kept an
// argument's words (copy(cache, data)'s data) in a slot the frames of a
// later runtime.GC() did not overwrite, and the conservative stack scan
// kept the dropped 22 MB alive (conformance gc_memstats.go under TSan)
__attribute__((always_inline)) static inline void builtin_args(const CallSite *cs, Frame *fr, Value *args) {
    if (cs->tuple_arg) {   // println(f()): f's results
        tuple_args(cs, fr, args);
        return;
    }
    for (int i = 0; i < cs->nargs; i++) {
        if (!cs->args[i]) {   // a type operand (make, new)
            memset(&args[i], 0, sizeof args[i]);
            continue;
        }
        Value v = EVAL(cs->args[i], fr);
        args[i] = cs->copy_args ? rt_copy_value(fr->in->rt, cs->args[i]->type, v) : v;
    }
}

void eval_builtin_args(const CallSite *cs, Frame *fr, Value *args) { builtin_args(cs, fr, args); }

static Value len_cap(const CallSite *cs, Value v, bool is_len) {
    const Type *u = tc_under(cs->args[0]->type);
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

static Value make(const CallSite *cs, Interp *in, Value *args) {
    const Type *t = cs->btype, *u = tc_under(t);
    int64_t n1 = cs->nargs > 1 ? args[1].i : 0;
    int64_t n2 = cs->nargs > 2 ? args[2].i : n1;
    Value r;
    memset(&r, 0, sizeof r);
    if (u->kind == KIND_SLICE) {
        if (cs->nargs > 1 &&
            (tc_is_unsigned(cs->args[1]->type) ? (uint64_t)n1 > INT32_MAX : n1 < 0 || n1 > INT32_MAX))
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

static Value append(const CallSite *cs, Interp *in, Value *args) {
    const Type *et = cs->btype;
    Value s = args[0];
    if (cs->variadic) {   // append(s, t...)
        Value y = args[1];
        if (cs->bflag) s.sl = rt_append(in->rt, et, s.sl, y.s.ptr, (size_t)y.s.len);   // append([]byte, string...)
        else s.sl = rt_append(in->rt, et, s.sl, y.sl.ptr, y.sl.len);
        return s;
    }
    int n = cs->nargs - 1;
    if (n == 0) return s;
    if (n == 1) {
        Value v = args[1];
        if (et->flags & TF_AGGREGATE) {
            s.sl = rt_append(in->rt, et, s.sl, v.p, 1);
        } else {
            char tmp[et->size > 0 ? et->size : 1];
            memcpy(tmp, &v, et->size);
            s.sl = rt_append(in->rt, et, s.sl, tmp, 1);
        }
        return s;
    }
    char *buf = rt_alloc_array(in->rt, et, (size_t)n);
    for (int i = 0; i < n; i++) rt_store(in->rt, et, buf + (size_t)i * et->size, args[i + 1]);
    s.sl = rt_append(in->rt, et, s.sl, buf, (size_t)n);
    return s;
}

static void print_builtin(const CallSite *cs, Interp *in, Value *args, bool ln) {
    StrBuf b = {0};
    int n = cs->tuple_arg ? cs->ntuple : cs->nargs;
    for (int i = 0; i < n; i++) {
        if (ln && i > 0) sb_putc(&b, ' ');
        rt_print_value(in->rt, &b, cs->tuple_arg ? cs->args[0]->type->fields[i].type : cs->args[i]->type, args[i]);
    }
    if (ln) sb_putc(&b, '\n');
    rt_write_stderr(in->rt, b.p ? b.p : "", b.len);
    sb_free(&b);
}

// less / greater for min and max (NaN and signed zeros as Go 1.21 defines).
static Value min_max(const CallSite *cs, Value *args, bool is_min) {
    const Type *u = tc_under(cs->rtype);
    Value best = args[0];
    for (int i = 1; i < cs->nargs; i++) {
        Value v = args[i];
        bool less, greater;
        switch (u->kind) {
        case KIND_FLOAT64:
            if (v.f != v.f) return v;
            less = v.f < best.f || (v.f == 0 && best.f == 0 && (is_min ? __builtin_signbit(v.f) : !__builtin_signbit(v.f)));
            greater = v.f > best.f;
            break;
        case KIND_FLOAT32: less = v.f32 < best.f32; greater = v.f32 > best.f32; break;
        case KIND_STRING:
            less = rt_string_compare(v.s, best.s) < 0;
            greater = rt_string_compare(v.s, best.s) > 0;
            break;
        default:
            less = tc_is_unsigned(u) ? v.u < best.u : v.i < best.i;
            greater = tc_is_unsigned(u) ? v.u > best.u : v.i > best.i;
            break;
        }
        if (is_min ? less : greater) best = v;
    }
    return best;
}

static void clear(const CallSite *cs, Interp *in, Value v) {
    const Type *u = tc_under(cs->btype);
    if (u->kind == KIND_SLICE && v.sl.len) {
        char *zero = rt_alloc_array(in->rt, u->elem, v.sl.len);
        rt_typedmemmove(in->rt, u->elem, v.sl.ptr, zero, v.sl.len);
    } else if (u->kind == KIND_MAP && v.p) {
        MapIter it = {0};
        it.m = v.p;
        void *k, *val;
        while (rt_map_next(&it, &k, &val)) rt_map_delete(in->rt, u, v.p, k);
    }
}

// builtin_apply applies cs's built-in to evaluated arguments; fr is the
// frame calling it (recover looks at its caller).
static Value builtin_apply(const CallSite *cs, Interp *in, Frame *fr, Value *args) {
    Value r;
    memset(&r, 0, sizeof r);
    switch (cs->builtin) {
    case BI_LEN: return len_cap(cs, args[0], true);
    case BI_CAP: return len_cap(cs, args[0], false);
    case BI_NEW: r.p = rt_alloc(in->rt, cs->btype); return r;
    case BI_MAKE: return make(cs, in, args);
    case BI_APPEND: return append(cs, in, args);
    case BI_COPY: {
        GoSlice src = args[1].sl;
        if (cs->bflag) src = (GoSlice){(void *)args[1].s.ptr, (uint32_t)args[1].s.len, (uint32_t)args[1].s.len};
        return vint(rt_copy_slice(in->rt, cs->btype, args[0].sl, src));
    }
    case BI_DELETE: {
        const Type *mt = cs->btype;
        rt_map_delete(in->rt, mt, args[0].p, rt_value_addr(tc_under(mt)->key, &args[1]));
        return r;
    }
    case BI_PANIC: rt_panic(in->rt, args[0].e);
    case BI_PRINT: print_builtin(cs, in, args, false); return r;
    case BI_PRINTLN: print_builtin(cs, in, args, true); return r;
    case BI_RECOVER:   // nil unless called directly by a deferred function
        if (fr && fr->caller && fr->caller->running_defers) r.e = rt_recover(in->rt);
        return r;
    case BI_CLOSE: rt_chan_close(in->rt, args[0].p); return r;
    case BI_MIN: return min_max(cs, args, true);
    case BI_MAX: return min_max(cs, args, false);
    case BI_CLEAR: clear(cs, in, args[0]); return r;
    default: rt_fatal(in->rt, "gosub: builtin %s is not supported", tc_builtin_name((BuiltinId)cs->builtin));
    }
}

void eval_builtin_apply(const CallSite *cs, Interp *in, Frame *fr, Value *args) {
    if (fr) fr->line = cs->line;
    builtin_apply(cs, in, fr, args);
}

Value eval_builtin(const CallSite *cs, Frame *fr) {
    int n = cs->tuple_arg ? cs->ntuple : cs->nargs;
    Value args[n > 0 ? n : 1];
    builtin_args(cs, fr, args);
    fr->line = cs->line;
    Value r = builtin_apply(cs, fr->in, fr, args);
    eval_forget(args, sizeof args);
    return r;
}

static Value builtin_node(const Node *n, Frame *fr) { return eval_builtin(n->u.call.site, fr); }

static Value len_string(const Node *n, Frame *fr) {
    const Node *x = n->u.call.site->args[0];
    return vint(EVAL(x, fr).s.len);
}
static Value len_slice(const Node *n, Frame *fr) {
    const Node *x = n->u.call.site->args[0];
    return vint(EVAL(x, fr).sl.len);
}

// append(s, v) of one word-or-smaller value without pointers: in place
// while there is room, through rt_append when it must grow.
static Value append1(const Node *n, Frame *fr) {
    const CallSite *cs = n->u.call.site;
    const Type *et = cs->btype;
    Value s = EVAL(cs->args[0], fr);
    Value v = EVAL(cs->args[1], fr);
    if (s.sl.len < s.sl.cap) {
        memcpy((char *)s.sl.ptr + (size_t)s.sl.len * et->size, &v, et->size);
        s.sl.len++;
        return s;
    }
    fr->line = cs->line;
    s.sl = rt_append(fr->in->rt, et, s.sl, &v, 1);
    return s;
}

// eval_builtin_handler: the handler of a built-in call node.
EvalFn eval_builtin_handler(const CallSite *cs) {
    if (cs->builtin == BI_APPEND && cs->nargs == 2 && !cs->variadic && (cs->btype->flags & TF_NOPTR) &&
        !(cs->btype->flags & TF_AGGREGATE) && cs->btype->size <= 8 && cs->btype->size > 0)
        return append1;
    if (cs->builtin == BI_LEN) {
        int k = tc_under(cs->args[0]->type)->kind;
        if (k == KIND_STRING) return len_string;
        if (k == KIND_SLICE) return len_slice;
    }
    return builtin_node;
}
