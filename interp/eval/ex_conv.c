// ex_conv.c - conversions (spec "Conversions"), explicit T(x) and the
// implicit ones the checker inserted (a concrete value assigned to an
// interface), and type assertions (spec "Type assertions"): dynamic type
// tests against concrete types (descriptor identity) and interfaces
// (method sets).
#include <math.h>
#include <stdlib.h>

#include "internal.h"


#define X(n, fr) EVAL((n)->u.conv.x, fr)

static Value conv_nop(const Node *n, Frame *fr) { return X(n, fr); }
static Value conv_int(const Node *n, Frame *fr) { return eval_vint(eval_wrap(n->u.conv.kind, X(n, fr).i)); }
static Value conv_int_f64(const Node *n, Frame *fr) {
    Value r;
    r.w[1] = 0;
    r.f = (double)X(n, fr).i;
    return r;
}
static Value conv_uint_f64(const Node *n, Frame *fr) {
    Value r;
    r.w[1] = 0;
    r.f = (double)X(n, fr).u;
    return r;
}
static Value conv_int_f32(const Node *n, Frame *fr) {
    Value r;
    memset(&r, 0, sizeof r);
    r.f32 = (float)X(n, fr).i;
    return r;
}
static Value conv_uint_f32(const Node *n, Frame *fr) {
    Value r;
    memset(&r, 0, sizeof r);
    r.f32 = (float)X(n, fr).u;
    return r;
}
static Value conv_f64_f32(const Node *n, Frame *fr) {
    Value r;
    memset(&r, 0, sizeof r);
    r.f32 = (float)X(n, fr).f;
    return r;
}
static Value conv_f32_f64(const Node *n, Frame *fr) {
    Value r;
    r.w[1] = 0;
    r.f = (double)X(n, fr).f32;
    return r;
}

// float to integer: out-of-range values give Go's amd64 result.
static Value float_to_int(int kind, double d) {
    if (isnan(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) return eval_vint(INT64_MIN);
    return eval_vint(eval_wrap(kind, (int64_t)d));
}
static Value float_to_uint(int kind, double d) {
    if (isnan(d) || d < 0) return eval_vint(eval_wrap(kind, (int64_t)d));
    if (d >= 18446744073709551616.0) return eval_vint(INT64_MIN);
    return eval_vint(eval_wrap(kind, (int64_t)(uint64_t)d));
}
static Value conv_f64_int(const Node *n, Frame *fr) { return float_to_int(n->u.conv.kind, X(n, fr).f); }
static Value conv_f32_int(const Node *n, Frame *fr) { return float_to_int(n->u.conv.kind, (double)X(n, fr).f32); }
static Value conv_f64_uint(const Node *n, Frame *fr) { return float_to_uint(n->u.conv.kind, X(n, fr).f); }
static Value conv_f32_uint(const Node *n, Frame *fr) { return float_to_uint(n->u.conv.kind, (double)X(n, fr).f32); }

static Value conv_int_str(const Node *n, Frame *fr) {
    Value v = X(n, fr), r;
    int64_t rr = tc_is_unsigned(n->u.conv.from) && v.u > 0x10FFFF ? -1 : v.i;
    r.s = rt_string_from_rune(fr->in->rt, rr);
    return r;
}
static Value conv_str_bytes(const Node *n, Frame *fr) {
    Value r;
    r.sl = rt_bytes_from_string(fr->in->rt, n->type, X(n, fr).s);
    return r;
}
static Value conv_str_runes(const Node *n, Frame *fr) {
    Value r;
    r.sl = rt_runes_from_string(fr->in->rt, n->type, X(n, fr).s);
    return r;
}
static Value conv_bytes_str(const Node *n, Frame *fr) {
    Value r;
    r.s = rt_string_from_bytes(fr->in->rt, X(n, fr).sl);
    return r;
}
static Value conv_runes_str(const Node *n, Frame *fr) {
    Value r;
    r.s = rt_string_from_runes(fr->in->rt, X(n, fr).sl);
    return r;
}
static Value conv_to_iface(const Node *n, Frame *fr) {
    Value r;
    r.e = rt_iface_box(fr->in->rt, n->u.conv.from, X(n, fr));
    return r;
}
static void *conv_agg_addr(const Node *n, Frame *fr) { return X(n, fr).p; }

// (*[N]T)(s): the array s's elements are, nil for a nil slice
static Value conv_slice_arrptr(const Node *n, Frame *fr) {
    GoSlice s = X(n, fr).sl;
    int64_t want = tc_under(tc_under(n->u.conv.to)->elem)->len;
    if ((int64_t)s.len < want) rt_panic_slice(fr->in->rt, BOUNDS_CONVERT, want, (int64_t)s.len);
    Value r;
    r.w[1] = 0;
    r.p = s.ptr;
    return r;
}

Node *eval_lower_conv(Lower *L, AstExpr *e) {
    static const EvalFn fns[] = {
        [OP_CONV_NOP - OP_CONV_NOP] = conv_nop, [OP_CONV_INT - OP_CONV_NOP] = conv_int,
        [OP_CONV_INT_F64 - OP_CONV_NOP] = conv_int_f64, [OP_CONV_UINT_F64 - OP_CONV_NOP] = conv_uint_f64,
        [OP_CONV_INT_F32 - OP_CONV_NOP] = conv_int_f32, [OP_CONV_UINT_F32 - OP_CONV_NOP] = conv_uint_f32,
        [OP_CONV_F64_INT - OP_CONV_NOP] = conv_f64_int, [OP_CONV_F64_UINT - OP_CONV_NOP] = conv_f64_uint,
        [OP_CONV_F32_INT - OP_CONV_NOP] = conv_f32_int, [OP_CONV_F32_UINT - OP_CONV_NOP] = conv_f32_uint,
        [OP_CONV_F64_F32 - OP_CONV_NOP] = conv_f64_f32, [OP_CONV_F32_F64 - OP_CONV_NOP] = conv_f32_f64,
        [OP_CONV_INT_STR - OP_CONV_NOP] = conv_int_str, [OP_CONV_STR_BYTES - OP_CONV_NOP] = conv_str_bytes,
        [OP_CONV_BYTES_STR - OP_CONV_NOP] = conv_bytes_str, [OP_CONV_STR_RUNES - OP_CONV_NOP] = conv_str_runes,
        [OP_CONV_RUNES_STR - OP_CONV_NOP] = conv_runes_str, [OP_CONV_TO_IFACE - OP_CONV_NOP] = conv_to_iface,
        [OP_CONV_AGG_COPY - OP_CONV_NOP] = conv_nop, [OP_CONV_SLICE_ARRPTR - OP_CONV_NOP] = conv_slice_arrptr,
    };
    AstExpr *xe = e->kind == AST_CALL_EXPR ? e->u.call.args.v[0] : e->u.paren.x;
    Node *x = eval_lower_expr(L, xe);
    if (EN(e)->op == OP_CONV_NOP && !(EN(e)->type->flags & TF_AGGREGATE) && x->type && x->type->size == EN(e)->type->size &&
        !x->addr) {
        // a conversion that changes nothing at run time: the operand itself,
        // seen with the new type
        Node *n = eval_new_node(L, x->eval, EN(e)->type, x->line);
        n->u = x->u;
        return n;
    }
    Node *n = eval_new_node(L, fns[EN(e)->op - OP_CONV_NOP], EN(e)->type, e->pos.line);
    n->u.conv.x = x;
    n->u.conv.kind = EN(e)->slot;
    n->u.conv.to = EN(e)->type;
    n->u.conv.from = EN(e)->op == OP_CONV_TO_IFACE || EN(e)->op == OP_CONV_INT_STR ? (const Type *)EN(e)->aux : EN(xe)->type;
    if (EN(e)->type->flags & TF_AGGREGATE) n->addr = conv_agg_addr;
    return n;
}

// ---- type assertions ----

// implements_slow: does dyn implement iface? *missing gets the first
// missing method; fun (when not NULL) gets dyn's method for each method of
// the interface, in the interface's order. Signatures are compared by
// descriptor, then by spelling (runtime-made types have their own).
static bool implements_slow(const Type *dyn, const Type *iface, const char **missing, const Method **fun) {
    const Type *it = iface->underlying;
    for (int i = 0; i < it->nmethods; i++) {
        const Method *want = &it->methods[i];
        bool ptr = false;
        const Method *m = tc_lookup_method(dyn, want->name, &ptr);
        bool ok = m && (dyn->kind == KIND_POINTER || !ptr) &&
                  (m->type == want->type || strcmp(rt_type_string(m->type), rt_type_string(want->type)) == 0);
        if (!ok) {
            if (missing) *missing = want->name;
            return false;
        }
        if (fun) fun[i] = m;
    }
    return true;
}

// The method tables of (dynamic type, interface) pairs, as Go's itabs:
// built once per pair (the only name lookups), then type assertions,
// switches and interface method calls find them by the two descriptors.
// The same table memoizes the lookups of promoted methods in embedded
// fields' types (key: the promoted Method). Open addressing, grown at half
// full; the method arrays are C-side bookkeeping (malloc).
typedef struct ItabEntry {
    const Type *dyn;
    const void *key;          // the interface type, or a promoted Method
    const char *missing;      // NULL: implements
    const Method **fun;       // per interface method: dyn's method (NULL when missing)
} ItabEntry;
struct ItabCache {
    ItabEntry *v;
    size_t mask, n;
};

static size_t itab_hash(const Type *dyn, const void *key) {
    uint64_t h = (uint64_t)(uintptr_t)dyn * 0x9e3779b97f4a7c15ULL ^ (uint64_t)(uintptr_t)key;
    return (size_t)(h ^ (h >> 29));
}

static ItabEntry *itab_slot(struct ItabCache *c, const Type *dyn, const void *key) {
    size_t i = itab_hash(dyn, key) & c->mask;
    while (c->v[i].dyn && (c->v[i].dyn != dyn || c->v[i].key != key)) i = (i + 1) & c->mask;
    return &c->v[i];
}

static void itab_grow(Interp *in) {
    struct ItabCache *c = in->itabs;
    size_t cap = c ? 2 * (c->mask + 1) : 64;
    ItabEntry *v = calloc(cap, sizeof *v);
    if (!v) rt_fatal(in->rt, "runtime: out of memory");
    struct ItabCache *nc = c ? c : calloc(1, sizeof *nc);
    if (!nc) rt_fatal(in->rt, "runtime: out of memory");
    ItabEntry *old = c ? c->v : NULL;
    size_t oldcap = c ? c->mask + 1 : 0;
    nc->v = v;
    nc->mask = cap - 1;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].dyn) *itab_slot(nc, old[i].dyn, old[i].key) = old[i];
    free(old);
    in->itabs = nc;
}

static void itab_free_tables(struct ItabCache *c) {
    for (size_t i = 0; i <= c->mask; i++) free(c->v[i].fun);
}

void eval_interp_free(Interp *in) {
    if (in->itabs) {
        itab_free_tables(in->itabs);
        free(in->itabs->v);
    }
    free(in->itabs);
    in->itabs = NULL;
}

void eval_forget_itabs(Interp *in) {
    if (!in->itabs) return;
    itab_free_tables(in->itabs);
    memset(in->itabs->v, 0, (in->itabs->mask + 1) * sizeof *in->itabs->v);
    in->itabs->n = 0;
}

// itab_find: the entry of (dyn, key), a new empty one (dyn NULL) when absent.
static ItabEntry *itab_find(Interp *in, const Type *dyn, const void *key) {
    if (!in->itabs || 2 * (in->itabs->n + 1) > in->itabs->mask + 1) itab_grow(in);
    return itab_slot(in->itabs, dyn, key);
}

static ItabEntry *itab_of(Interp *in, const Type *dyn, const Type *iface) {
    ItabEntry *e = itab_find(in, dyn, iface);
    if (!e->dyn) {
        const char *miss = NULL;
        int n = iface->underlying->nmethods;
        e->fun = calloc((size_t)(n > 0 ? n : 1), sizeof *e->fun);
        if (!e->fun) rt_fatal(in->rt, "runtime: out of memory");
        e->missing = implements_slow(dyn, iface, &miss, e->fun) ? NULL : miss;
        e->dyn = dyn;
        e->key = iface;
        in->itabs->n++;
    }
    return e;
}

// eval_implements: does dynamic type dyn implement interface iface? On
// failure *missing (when not NULL) gets the first missing method.
bool eval_implements(Interp *in, const Type *dyn, const Type *iface, const char **missing) {
    ItabEntry *e = itab_of(in, dyn, iface);
    if (e->missing && missing) *missing = e->missing;
    return e->missing == NULL;
}

const Method *const *eval_itab(Interp *in, const Type *dyn, const Type *iface) {
    ItabEntry *e = itab_of(in, dyn, iface);
    return e->missing ? NULL : e->fun;
}

const Method *eval_promoted_target(Interp *in, const Type *t, const Method *promoted) {
    ItabEntry *e = itab_find(in, t, promoted);
    if (!e->dyn) {
        e->fun = malloc(sizeof *e->fun);
        if (!e->fun) rt_fatal(in->rt, "runtime: out of memory");
        e->fun[0] = tc_lookup_method(t, promoted->name, NULL);
        e->dyn = t;
        e->key = promoted;
        in->itabs->n++;
    }
    return e->fun[0];
}

bool eval_type_matches(Interp *in, const Type *dyn, const Type *t) {
    if (!t) return dyn == NULL;
    if (!dyn) return false;
    if (t->underlying->kind == KIND_INTERFACE) return eval_implements(in, dyn, t, NULL);
    return dyn == t;
}

// eval_as_type: the value of e seen as type t (e's dynamic type matches t).
Value eval_as_type(Interp *in, GoIface e, const Type *t) {
    Value v;
    if (t->underlying->kind == KIND_INTERFACE) {
        v.e = e;
        return v;
    }
    return rt_copy_value(in->rt, t, rt_iface_unbox(e));
}

Value eval_assert_commaok(const Node *n, Frame *fr, Value *ok) {
    const AssertData *a = &n->u.assert;
    GoIface x = EVAL(a->x, fr).e;
    const Type *t = a->t;
    const char *missing = NULL;
    bool good = x.type && (t->underlying->kind == KIND_INTERFACE ? eval_implements(fr->in, x.type, t, &missing) : x.type == t);
    if (ok) {
        *ok = eval_vbool(good);
        if (!good) return rt_zero_value(fr->in->rt, t);
    } else if (!good) {
        fr->line = n->line;
        rt_panic_type_assert(fr->in->rt, a->xt, x.type, t, missing);
    }
    return eval_as_type(fr->in, x, t);
}

static Value assert_(const Node *n, Frame *fr) { return eval_assert_commaok(n, fr, NULL); }
static void *assert_addr(const Node *n, Frame *fr) { return eval_assert_commaok(n, fr, NULL).p; }

// A concrete non-aggregate target: one compare of the dynamic type.
static Value assert_concrete(const Node *n, Frame *fr) {
    const AssertData *a = &n->u.assert;
    GoIface x = EVAL(a->x, fr).e;
    if (x.type != a->t) {
        fr->line = n->line;
        rt_panic_type_assert(fr->in->rt, a->xt, x.type, a->t, NULL);
    }
    return rt_iface_unbox(x);
}

bool eval_is_assert(const Node *n) { return n->eval == assert_ || n->eval == assert_concrete; }

Node *eval_lower_assert(Lower *L, AstExpr *e) {
    const Type *t = EN(e)->aux;
    bool concrete = t->underlying->kind != KIND_INTERFACE && !(t->flags & TF_AGGREGATE);
    Node *n = eval_new_node(L, concrete ? assert_concrete : assert_, EN(e)->type, e->pos.line);
    n->u.assert.x = eval_lower_expr(L, e->u.type_assert.x);
    n->u.assert.t = t;
    n->u.assert.xt = EN(e->u.type_assert.x)->type;
    n->u.assert.commaok = EN(e)->slot == 1;
    if (t->flags & TF_AGGREGATE) n->addr = assert_addr;
    return n;
}
