// ex_access.c - index and slice expressions, struct fields, pointer
// indirection, & and composite literals (spec "Index expressions", "Slice
// expressions", "Selectors", "Address operators", "Composite literals").
//
// An addressable node has an address handler (addr); its value handler
// loads from that address, specialised by the element's size. Aggregates
// evaluate to the address of their storage (borrowed: stores copy).
#include "internal.h"

void *eval_nil_check(Frame *fr, void *p) {
    if (!p) rt_panic_nil_deref(fr->in->rt);
    return p;
}

static inline void check_index(Frame *fr, int64_t i, int64_t len) {
    if ((uint64_t)i >= (uint64_t)len) rt_panic_index(fr->in->rt, i, len);
}

// LOADERS(name): value handlers of an addressable family from its
// address function name##_at, by value size; name##_loader picks one.
#define LOADERS(name)                                                                    \
    static Value name##_w8(const Node *n, Frame *fr) {                                   \
        Value v;                                                                         \
        v.w[1] = 0;                                                                      \
        memcpy(&v.u, name##_at(n, fr), 8);                                               \
        return v;                                                                        \
    }                                                                                    \
    static Value name##_w16(const Node *n, Frame *fr) {                                  \
        Value v;                                                                         \
        memcpy(&v, name##_at(n, fr), 16);                                                \
        return v;                                                                        \
    }                                                                                    \
    static Value name##_agg(const Node *n, Frame *fr) {                                  \
        Value v;                                                                         \
        v.w[1] = 0;                                                                      \
        v.p = name##_at(n, fr);                                                          \
        return v;                                                                        \
    }                                                                                    \
    static Value name##_any(const Node *n, Frame *fr) { return rt_load(n->type, name##_at(n, fr)); } \
    static void *name##_addr(const Node *n, Frame *fr) { return name##_at(n, fr); }      \
    static void name##_set(Node *n) {                                                    \
        const Type *t = n->type;                                                         \
        n->addr = name##_addr;                                                           \
        if (t->flags & TF_AGGREGATE) n->eval = name##_agg;                               \
        else if (t->size == 8) n->eval = name##_w8;                                      \
        else if (t->size == 16) n->eval = name##_w16;                                    \
        else n->eval = name##_any;                                                       \
    }

// ---- index ----

static inline void *slice_at(const Node *n, Frame *fr) {
    const IndexData *d = &n->u.index;
    GoSlice s = EVAL(d->x, fr).sl;
    int64_t i = EVAL(d->i, fr).i;
    check_index(fr, i, s.len);
    return (char *)s.ptr + i * d->esize;
}
LOADERS(slice)

// s[i] with s and i locals, 8-byte elements ([]int, []float64, []*T).
static Value slice_ll_w8(const Node *n, Frame *fr) {
    const IndexData *d = &n->u.index;
    GoSlice s = fr->slots[d->sx].sl;
    int64_t i = fr->slots[d->si].i;
    check_index(fr, i, s.len);
    Value v;
    v.w[1] = 0;
    memcpy(&v.u, (char *)s.ptr + i * 8, 8);
    return v;
}

static void *slice_ll_addr(const Node *n, Frame *fr) {
    const IndexData *d = &n->u.index;
    GoSlice s = fr->slots[d->sx].sl;
    int64_t i = fr->slots[d->si].i;
    check_index(fr, i, s.len);
    return (char *)s.ptr + i * d->esize;
}

bool eval_slice_ll_word(const Node *n, int *sx, int *si) {
    if (n->eval != slice_ll_w8 || n->addr != slice_ll_addr) return false;
    *sx = n->u.index.sx;
    *si = n->u.index.si;
    return true;
}

// s[i] of []bool / []byte: one byte, zero-extended
static Value slice_u8(const Node *n, Frame *fr) { return eval_vint(*(const uint8_t *)slice_at(n, fr)); }
static Value slice_ll_u8(const Node *n, Frame *fr) {
    const IndexData *d = &n->u.index;
    GoSlice s = fr->slots[d->sx].sl;
    int64_t i = fr->slots[d->si].i;
    check_index(fr, i, s.len);
    return eval_vint(((const uint8_t *)s.ptr)[i]);
}

static inline void *array_at(const Node *n, Frame *fr) {
    const IndexData *d = &n->u.index;
    char *base = EVAL(d->x, fr).p;
    int64_t i = EVAL(d->i, fr).i;
    check_index(fr, i, d->len);
    return base + i * d->esize;
}
LOADERS(array)

static inline void *ptr_array_at(const Node *n, Frame *fr) {
    const IndexData *d = &n->u.index;
    char *base = EVAL(d->x, fr).p;
    int64_t i = EVAL(d->i, fr).i;
    eval_nil_check(fr, base);
    check_index(fr, i, d->len);
    return base + i * d->esize;
}
LOADERS(ptr_array)

static Value index_string(const Node *n, Frame *fr) {
    GoString s = EVAL(n->u.index.x, fr).s;
    int64_t i = EVAL(n->u.index.i, fr).i;
    check_index(fr, i, s.len);
    return eval_vint(s.ptr[i]);
}

Value eval_map_index_commaok(const Node *n, Frame *fr, Value *ok) {
    const IndexData *d = &n->u.index;
    GoMap *m = EVAL(d->x, fr).p;
    const Type *mt = d->map_type;
    Value k = EVAL(d->i, fr);
    void *slot = rt_map_access(fr->in->rt, mt, m, rt_value_addr(mt->key, &k));
    if (ok) *ok = eval_vbool(slot != NULL);
    if (!slot) return rt_zero_value(fr->in->rt, mt->elem);
    return rt_load(mt->elem, slot);
}
static Value index_map(const Node *n, Frame *fr) { return eval_map_index_commaok(n, fr, NULL); }
static void *index_map_addr(const Node *n, Frame *fr) { return index_map(n, fr).p; }   // aggregate elements

bool eval_is_map_index(const Node *n) { return n->eval == index_map; }

Node *eval_lower_index(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, NULL, EN(e)->type, e->pos.line);
    IndexData *d = &n->u.index;
    AstExpr *xe = e->u.index.x;
    d->x = eval_lower_expr(L, xe);
    d->i = eval_lower_expr(L, e->u.index.index);
    switch (EN(e)->op) {
    case OP_INDEX_SLICE:
        d->esize = EN(e)->type->size;
        slice_set(n);
        d->sx = eval_local_slot(d->x);
        d->si = eval_local_slot(d->i);
        if (EN(e)->type->kind == KIND_BOOL || EN(e)->type->kind == KIND_UINT8) n->eval = slice_u8;
        if (d->sx >= 0 && d->si >= 0 && n->eval == slice_w8) n->eval = slice_ll_w8;
        if (d->sx >= 0 && d->si >= 0 && n->eval == slice_u8) n->eval = slice_ll_u8;
        if (d->sx >= 0 && d->si >= 0) n->addr = slice_ll_addr;
        break;
    case OP_INDEX_ARRAY: {
        const Type *at = tc_under(EN(xe)->type);
        d->len = at->len;
        d->esize = at->elem->size;
        array_set(n);
        break;
    }
    case OP_INDEX_PTR_ARRAY: {
        const Type *at = tc_under(tc_under(EN(xe)->type)->elem);
        d->len = at->len;
        d->esize = at->elem->size;
        ptr_array_set(n);
        break;
    }
    case OP_INDEX_STRING: n->eval = index_string; break;
    default:
        d->map_type = EN(e)->aux;
        n->eval = index_map;
        if (EN(e)->type->flags & TF_AGGREGATE) n->addr = index_map_addr;
        break;
    }
    return n;
}

// ---- slice expressions ----

static Value slice_expr(const Node *n, Frame *fr) {
    const SliceData *d = &n->u.slice;
    char *base;
    int64_t len, cap;
    Value x;
    switch (d->kind) {
    case SLICE_OF_STRING:
        x = EVAL(d->x, fr);
        base = (char *)x.s.ptr;
        len = cap = x.s.len;
        break;
    case SLICE_OF_SLICE:
        x = EVAL(d->x, fr);
        base = x.sl.ptr;
        len = x.sl.len;
        cap = x.sl.cap;
        break;
    case SLICE_OF_ARRAY:
        base = d->x->addr(d->x, fr);
        len = cap = d->len;
        break;
    default:
        base = eval_nil_check(fr, EVAL(d->x, fr).p);
        len = cap = d->len;
        break;
    }
    int64_t lo = d->lo ? EVAL(d->lo, fr).i : 0;
    int64_t hi = d->hi ? EVAL(d->hi, fr).i : len;
    int64_t max = d->max ? EVAL(d->max, fr).i : cap;
    bool is_string = d->kind == SLICE_OF_STRING;
    Runtime *rt = fr->in->rt;
    if (d->max) {
        if ((uint64_t)max > (uint64_t)cap)   // an array's bound is its length (Go's boundsSlice3Alen)
            rt_panic_slice(rt, d->kind == SLICE_OF_SLICE ? BOUNDS_SLICE3_ACAP : BOUNDS_SLICE3_ALEN, max, cap);
        if ((uint64_t)hi > (uint64_t)max) rt_panic_slice(rt, BOUNDS_SLICE3_B, hi, max);
        if ((uint64_t)lo > (uint64_t)hi) rt_panic_slice(rt, BOUNDS_SLICE3_C, lo, hi);
    } else {
        int64_t bound = is_string ? len : cap;
        if ((uint64_t)hi > (uint64_t)bound)
            rt_panic_slice(rt, d->kind == SLICE_OF_SLICE ? BOUNDS_SLICE_ACAP : BOUNDS_SLICE_ALEN, hi, bound);
        if ((uint64_t)lo > (uint64_t)hi) rt_panic_slice(rt, BOUNDS_SLICE_B, lo, hi);
    }
    Value r;
    r.w[1] = 0;
    // No arithmetic on a NULL base (an empty string or nil slice). An empty
    // result (no capacity; for a string, no length) keeps the base, as Go's
    // compiler does: base + lo would point past the end, at the next heap
    // object, which the collector would then take for referenced.
    if (is_string) {
        r.s.ptr = base && hi > lo ? (const uint8_t *)base + lo : (const uint8_t *)base;
        r.s.len = hi - lo;
        return r;
    }
    r.sl.ptr = base && max > lo ? base + lo * d->esize : base;
    r.sl.len = (uint32_t)(hi - lo);
    r.sl.cap = (uint32_t)(max - lo);
    return r;
}

Node *eval_lower_slice(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, slice_expr, EN(e)->type, e->pos.line);
    SliceData *d = &n->u.slice;
    AstExpr *xe = e->u.slice.x;
    d->x = eval_lower_expr(L, xe);
    d->lo = e->u.slice.low ? eval_lower_expr(L, e->u.slice.low) : NULL;
    d->hi = e->u.slice.high ? eval_lower_expr(L, e->u.slice.high) : NULL;
    d->max = e->u.slice.max ? eval_lower_expr(L, e->u.slice.max) : NULL;
    d->esize = 1;
    switch (EN(e)->op) {
    case OP_SLICE_STRING: d->kind = SLICE_OF_STRING; break;
    case OP_SLICE_SLICE:
        d->kind = SLICE_OF_SLICE;
        d->esize = tc_under(EN(xe)->type)->elem->size;
        break;
    case OP_SLICE_ARRAY: {
        const Type *at = tc_under(EN(xe)->type);
        d->kind = SLICE_OF_ARRAY;
        d->len = at->len;
        d->esize = at->elem->size;
        break;
    }
    default: {
        const Type *at = tc_under(tc_under(EN(xe)->type)->elem);
        d->kind = SLICE_OF_PTR_ARRAY;
        d->len = at->len;
        d->esize = at->elem->size;
        break;
    }
    }
    return n;
}

// ---- fields and indirection ----

static inline void *field_at(const Node *n, Frame *fr) {
    return (char *)EVAL(n->u.field.x, fr).p + n->u.field.offset;
}
LOADERS(field)

static inline void *ptr_field_at(const Node *n, Frame *fr) {
    return (char *)eval_nil_check(fr, EVAL(n->u.field.x, fr).p) + n->u.field.offset;
}
LOADERS(ptr_field)

// p.f with p a local pointer: the commonest method-body access.
static inline void *local_ptr_field_at(const Node *n, Frame *fr) {
    return (char *)eval_nil_check(fr, fr->slots[n->u.field.slot].p) + n->u.field.offset;
}
LOADERS(local_ptr_field)

static inline void *deref_at(const Node *n, Frame *fr) { return eval_nil_check(fr, EVAL(n->u.field.x, fr).p); }
LOADERS(deref)

Node *eval_lower_field(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, NULL, EN(e)->type, e->pos.line);
    n->u.field.x = eval_lower_expr(L, e->u.selector.x);
    n->u.field.offset = EN(e)->slot;
    if (EN(e)->op == OP_FIELD) {
        field_set(n);
        return n;
    }
    int s = eval_local_slot(n->u.field.x);
    if (s >= 0) {
        n->u.field.slot = s;
        local_ptr_field_set(n);
    } else {
        ptr_field_set(n);
    }
    return n;
}

Node *eval_lower_deref(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, NULL, EN(e)->type, e->pos.line);
    n->u.field.x = eval_lower_expr(L, e->u.star.x);
    deref_set(n);
    return n;
}

static Value addr_of(const Node *n, Frame *fr) {
    const Node *x = n->u.field.x;
    Value r;
    r.w[1] = 0;
    r.p = x->addr(x, fr);
    return r;
}

Node *eval_lower_addr(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, addr_of, EN(e)->type, e->pos.line);
    n->u.field.x = eval_lower_expr(L, e->u.unary.x);
    if (!n->u.field.x->addr)
        rt_fatal(L->in->rt, "gosub: internal error: &x of a non-addressable node at line %d", e->pos.line);
    return n;
}

// ---- composite literals ----

static Value composite(const Node *n, Frame *fr) {
    const CompositeData *d = n->u.comp;
    Runtime *rt = fr->in->rt;
    Value r;
    r.w[1] = 0;
    switch (d->kind) {
    case KIND_STRUCT: {
        char *p = rt_alloc(rt, d->type);
        for (int i = 0; i < d->n; i++)
            if (d->values[i]) rt_store_init(rt, d->elem_types[i], p + d->index[i], EVAL(d->values[i], fr));
        r.p = p;
        return r;
    }
    case KIND_ARRAY: case KIND_SLICE: {
        const Type *et = tc_under(d->type)->elem;
        char *p = d->kind == KIND_ARRAY ? rt_alloc(rt, d->type) : rt_alloc_array(rt, et, (size_t)d->length);
        for (int i = 0; i < d->n; i++) rt_store_init(rt, et, p + d->index[i] * et->size, EVAL(d->values[i], fr));
        if (d->kind == KIND_ARRAY) {
            r.p = p;
        } else {
            r.sl.ptr = p;
            r.sl.len = r.sl.cap = (uint32_t)d->length;
        }
        return r;
    }
    default: {
        const Type *u = tc_under(d->type);
        GoMap *m = rt_map_new(rt, d->type, d->n);
        for (int i = 0; i < d->n; i++) {
            if (!d->keys[i]) continue;
            Value k = EVAL(d->keys[i], fr);
            Value v = EVAL(d->values[i], fr);
            void *slot = rt_map_assign(rt, d->type, m, rt_value_addr(u->key, &k));
            rt_store(rt, u->elem, slot, v);
        }
        r.p = m;
        return r;
    }
    }
}

static void *composite_addr(const Node *n, Frame *fr) { return composite(n, fr).p; }

// &T{...} of a slice or map type: a fresh variable holding the value
static Value addr_of_value(const Node *n, Frame *fr) {
    const Node *x = n->u.field.x;
    void *cell = rt_alloc(fr->in->rt, x->type);
    rt_store(fr->in->rt, x->type, cell, EVAL(x, fr));
    Value r;
    r.w[1] = 0;
    r.p = cell;
    return r;
}

Node *eval_lower_addr_composite(Lower *L, AstExpr *e, AstExpr *lit) {
    Node *x = eval_lower_composite(L, lit);
    if (x->type->flags & TF_AGGREGATE) {   // the literal's fresh storage is the pointer
        x->type = EN(e)->type;
        x->addr = NULL;
        return x;
    }
    Node *n = eval_new_node(L, addr_of_value, EN(e)->type, e->pos.line);
    n->u.field.x = x;
    return n;
}

bool eval_is_fresh(const Node *n) { return n->eval == composite || eval_is_call(n); }

Node *eval_lower_composite(Lower *L, AstExpr *e) {
    CompositeInfo *ci = EN(e)->aux;
    CompositeData *d = eval_lower_alloc(L, sizeof *d);
    d->type = ci->type;
    d->kind = tc_under(ci->type)->kind;
    d->n = ci->n;
    d->values = eval_lower_alloc(L, (size_t)(ci->n + 1) * sizeof(Node *));
    d->keys = eval_lower_alloc(L, (size_t)(ci->n + 1) * sizeof(Node *));
    for (int i = 0; i < ci->n; i++) {
        if (ci->values[i]) d->values[i] = eval_lower_expr(L, ci->values[i]);
        if (ci->keys && ci->keys[i]) d->keys[i] = eval_lower_expr(L, ci->keys[i]);
    }
    d->index = ci->index;
    d->elem_types = (const Type *const *)ci->elem_types;
    d->length = ci->length;
    Node *n = eval_new_node(L, composite, ci->type, e->pos.line);
    n->u.comp = d;
    if (ci->type->flags & TF_AGGREGATE) n->addr = composite_addr;
    return n;
}
