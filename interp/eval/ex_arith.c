// ex_arith.c - unary and binary operators (spec "Arithmetic operators",
// "Comparison operators", "Logical operators").
//
// The checker chose the op from the operand types; lowering chooses the
// handler from the op and the operand shapes. The hot integer and float64
// operators have one handler per shape: two general operands (nn), a local
// and a constant (lk), two locals (ll), a general operand and a constant
// (nk), so `i < n`, `x + 1` or `a*b` run without evaluating child nodes.
// Integer results of sized types wrap to their width (Go's wrap-around);
// the 64-bit kinds need no wrapping and have the fast handlers.
#include <math.h>

#include "internal.h"


static Value vint(int64_t i) { return eval_vint(i); }
static Value vbool(bool b) { return eval_vbool(b); }

// eval_binop applies binary op to a and b (operands of kind; t the
// operand type for generic equality).
Value eval_binop(Interp *in, int op, int kind, Value a, Value b, const Type *t) {
    Value r;
    r.w[1] = 0;
    switch (op) {
    case OP_ADD_INT: return vint(eval_wrap(kind, (int64_t)((uint64_t)a.i + (uint64_t)b.i)));
    case OP_SUB_INT: return vint(eval_wrap(kind, (int64_t)((uint64_t)a.i - (uint64_t)b.i)));
    case OP_MUL_INT: return vint(eval_wrap(kind, (int64_t)((uint64_t)a.i * (uint64_t)b.i)));
    case OP_DIV_INT:
        if (b.i == 0) rt_panic_divide(in->rt);
        if (b.i == -1) return vint(eval_wrap(kind, (int64_t)(0 - (uint64_t)a.i)));
        return vint(eval_wrap(kind, a.i / b.i));
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
    case OP_XOR: return vint(eval_wrap(kind, a.i ^ b.i));
    case OP_AND_NOT: return vint(a.i & ~b.i);
    case OP_SHL: {
        uint64_t s = b.u;   // negative signed counts panicked before
        if (s >= 64) return vint(0);
        return vint(eval_wrap(kind, (int64_t)(a.u << s)));
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

// ---- the general handler: any op, any kind ----

static Value bin_generic(const Node *n, Frame *fr) {
    const BinData *b = &n->u.bin;
    Value x = EVAL(b->x, fr);
    Value y = EVAL(b->y, fr);
    return eval_binop(fr->in, b->op, b->kind, x, y, b->t);
}

static Value bin_shift(const Node *n, Frame *fr) {
    const BinData *b = &n->u.bin;
    Value x = EVAL(b->x, fr);
    Value y = EVAL(b->y, fr);
    if (y.i < 0 && b->signed_count) rt_panic_runtime(fr->in->rt, "negative shift amount");
    return eval_binop(fr->in, b->op, b->kind, x, y, b->t);
}

// ---- shape-specialised handlers ----

#define SHAPES(NAME, T, FIELD, MK, EXPR)                                                  \
    static Value NAME##_nn(const Node *n, Frame *fr) {                                   \
        T a = EVAL(n->u.bin.x, fr).FIELD;                                                \
        T b = EVAL(n->u.bin.y, fr).FIELD;                                                \
        return MK(EXPR);                                                                 \
    }                                                                                    \
    static Value NAME##_lk(const Node *n, Frame *fr) {                                   \
        T a = fr->slots[n->u.bin.sx].FIELD;                                              \
        T b = n->u.bin.k.FIELD;                                                          \
        return MK(EXPR);                                                                 \
    }                                                                                    \
    static Value NAME##_ll(const Node *n, Frame *fr) {                                   \
        T a = fr->slots[n->u.bin.sx].FIELD;                                              \
        T b = fr->slots[n->u.bin.sy].FIELD;                                              \
        return MK(EXPR);                                                                 \
    }                                                                                    \
    static Value NAME##_nk(const Node *n, Frame *fr) {                                   \
        T a = EVAL(n->u.bin.x, fr).FIELD;                                                \
        T b = n->u.bin.k.FIELD;                                                          \
        return MK(EXPR);                                                                 \
    }                                                                                    \
    static const EvalFn NAME##_shapes[4] = {NAME##_nn, NAME##_lk, NAME##_ll, NAME##_nk};

static inline Value vf64(double d) {
    Value v;
    v.w[1] = 0;
    v.f = d;
    return v;
}

SHAPES(add_i, int64_t, i, vint, (int64_t)((uint64_t)a + (uint64_t)b))
SHAPES(sub_i, int64_t, i, vint, (int64_t)((uint64_t)a - (uint64_t)b))
SHAPES(mul_i, int64_t, i, vint, (int64_t)((uint64_t)a * (uint64_t)b))
SHAPES(and_i, int64_t, i, vint, a & b)
SHAPES(eq_i, int64_t, i, vbool, a == b)
SHAPES(ne_i, int64_t, i, vbool, a != b)
SHAPES(lt_i, int64_t, i, vbool, a < b)
SHAPES(le_i, int64_t, i, vbool, a <= b)
SHAPES(gt_i, int64_t, i, vbool, a > b)
SHAPES(ge_i, int64_t, i, vbool, a >= b)
SHAPES(add_f, double, f, vf64, a + b)
SHAPES(sub_f, double, f, vf64, a - b)
SHAPES(mul_f, double, f, vf64, a * b)
SHAPES(div_f, double, f, vf64, a / b)
SHAPES(lt_f, double, f, vbool, a < b)
SHAPES(le_f, double, f, vbool, a <= b)
SHAPES(gt_f, double, f, vbool, a > b)
SHAPES(ge_f, double, f, vbool, a >= b)
SHAPES(eq_f, double, f, vbool, a == b)
SHAPES(ne_f, double, f, vbool, a != b)

// Division and remainder by a non-zero constant other than -1 need no check.
static Value rem_i_nk(const Node *n, Frame *fr) { return vint(EVAL(n->u.bin.x, fr).i % n->u.bin.k.i); }
static Value rem_i_lk(const Node *n, Frame *fr) { return vint(fr->slots[n->u.bin.sx].i % n->u.bin.k.i); }
static Value div_i_nk(const Node *n, Frame *fr) { return vint(EVAL(n->u.bin.x, fr).i / n->u.bin.k.i); }
// ... and by a constant power of two 2^s (s in bin.sy): shifts, rounding
// toward zero as Go's signed division does.
static inline int64_t div_pow2(int64_t x, int s) {
    return (int64_t)((uint64_t)x + ((uint64_t)(x >> 63) & (((uint64_t)1 << s) - 1))) >> s;
}
static Value div_i_p2(const Node *n, Frame *fr) { return vint(div_pow2(EVAL(n->u.bin.x, fr).i, n->u.bin.sy)); }
static Value rem_i_p2(const Node *n, Frame *fr) {
    int64_t x = EVAL(n->u.bin.x, fr).i;
    int s = n->u.bin.sy;
    return vint((int64_t)((uint64_t)x - ((uint64_t)div_pow2(x, s) << s)));
}
static Value div_u_p2(const Node *n, Frame *fr) { return vint((int64_t)(EVAL(n->u.bin.x, fr).u >> n->u.bin.sy)); }
static Value rem_u_p2(const Node *n, Frame *fr) {
    return vint((int64_t)(EVAL(n->u.bin.x, fr).u & (((uint64_t)1 << n->u.bin.sy) - 1)));
}

// pow2_divisor: the constant divisor of b is 2^s, 0 < s < 63: s, else -1.
static int pow2_divisor(BinData *b) {
    Value k;
    if (!eval_const_of(b->y, &k) || k.i <= 1 || (k.u & (k.u - 1)) != 0 || k.u >= ((uint64_t)1 << 63)) return -1;
    b->k = k;
    return __builtin_ctzll(k.u);
}

static Value rem_i_nn(const Node *n, Frame *fr) {
    int64_t a = EVAL(n->u.bin.x, fr).i;
    int64_t b = EVAL(n->u.bin.y, fr).i;
    if (b == 0) rt_panic_divide(fr->in->rt);
    return vint(b == -1 ? 0 : a % b);
}

static Value eq_str(const Node *n, Frame *fr) {
    GoString a = EVAL(n->u.bin.x, fr).s;
    return vbool(rt_string_eq(a, EVAL(n->u.bin.y, fr).s));
}
static Value ne_str(const Node *n, Frame *fr) {
    GoString a = EVAL(n->u.bin.x, fr).s;
    return vbool(!rt_string_eq(a, EVAL(n->u.bin.y, fr).s));
}
static Value add_str(const Node *n, Frame *fr) {
    GoString a = EVAL(n->u.bin.x, fr).s;
    Value r;
    r.s = rt_string_concat(fr->in->rt, a, EVAL(n->u.bin.y, fr).s);
    return r;
}
static Value eq_word(const Node *n, Frame *fr) {
    uint64_t a = EVAL(n->u.bin.x, fr).u;
    return vbool(a == EVAL(n->u.bin.y, fr).u);
}
static Value ne_word(const Node *n, Frame *fr) {
    uint64_t a = EVAL(n->u.bin.x, fr).u;
    return vbool(a != EVAL(n->u.bin.y, fr).u);
}
static Value land(const Node *n, Frame *fr) {
    return EVAL(n->u.bin.x, fr).b ? EVAL(n->u.bin.y, fr) : vbool(false);
}
static Value lor(const Node *n, Frame *fr) {
    return EVAL(n->u.bin.x, fr).b ? vbool(true) : EVAL(n->u.bin.y, fr);
}
static Value eq_slice_nil(const Node *n, Frame *fr) { return vbool(EVAL(n->u.bin.x, fr).sl.ptr == NULL); }
static Value ne_slice_nil(const Node *n, Frame *fr) { return vbool(EVAL(n->u.bin.x, fr).sl.ptr != NULL); }

static bool wide_int(int kind) {
    return kind == KIND_INT || kind == KIND_INT64 || kind == KIND_UINT || kind == KIND_UINT64 || kind == KIND_UINTPTR;
}

// k - x and k / x (a constant on the left of an operator that does not
// commute): x in bin.x, k in bin.k
static Value sub_i_kn(const Node *n, Frame *fr) {
    return vint((int64_t)((uint64_t)n->u.bin.k.i - (uint64_t)EVAL(n->u.bin.x, fr).i));
}
static Value sub_f_kn(const Node *n, Frame *fr) { return vf64(n->u.bin.k.f - EVAL(n->u.bin.x, fr).f); }
static Value div_f_kn(const Node *n, Frame *fr) { return vf64(n->u.bin.k.f / EVAL(n->u.bin.x, fr).f); }

static bool commutes(int op) {
    return op == OP_ADD_INT || op == OP_MUL_INT || op == OP_AND || op == OP_EQ_INT || op == OP_NE_INT ||
           op == OP_ADD_F64 || op == OP_MUL_F64 || op == OP_EQ_F64 || op == OP_NE_F64;
}

// shaped: the shape handler of table t for node n (fills the slots and
// the constant); NULL when the op has no table.
static EvalFn shaped(const EvalFn *t, Node *n) {
    BinData *b = &n->u.bin;
    Value k;
    if (eval_const_of(b->x, &k) && !eval_const_of(b->y, &k)) {
        // k op x: operands swapped when op commutes (a constant has no
        // side effect to order), else a handler of its own
        if (commutes(b->op)) {
            Node *x = b->x;
            b->x = b->y;
            b->y = x;
        } else if (b->op == OP_SUB_INT || b->op == OP_SUB_F64 || b->op == OP_DIV_F64) {
            b->x = b->y;
            b->k = k;
            return b->op == OP_SUB_INT ? sub_i_kn : b->op == OP_SUB_F64 ? sub_f_kn : div_f_kn;
        }
    }
    int sx = eval_local_slot(b->x), sy = eval_local_slot(b->y);
    bool ky = eval_const_of(b->y, &b->k);
    b->sx = sx;
    b->sy = sy;
    if (sx >= 0 && ky) return t[1];
    if (sx >= 0 && sy >= 0) return t[2];
    if (ky) return t[3];
    return t[0];
}

// table: the shape table of op on operands of kind (NULL: none).
static const EvalFn *table(int op, int kind) {
    if (wide_int(kind)) {
        switch (op) {
        case OP_ADD_INT: return add_i_shapes;
        case OP_SUB_INT: return sub_i_shapes;
        case OP_MUL_INT: return mul_i_shapes;
        case OP_AND: return and_i_shapes;
        case OP_EQ_INT: return eq_i_shapes;
        case OP_NE_INT: return ne_i_shapes;
        case OP_LT_INT: return lt_i_shapes;
        case OP_LE_INT: return le_i_shapes;
        case OP_GT_INT: return gt_i_shapes;
        case OP_GE_INT: return ge_i_shapes;
        default: break;
        }
    }
    if (kind == KIND_FLOAT64) {
        switch (op) {
        case OP_ADD_F64: return add_f_shapes;
        case OP_SUB_F64: return sub_f_shapes;
        case OP_MUL_F64: return mul_f_shapes;
        case OP_DIV_F64: return div_f_shapes;
        case OP_LT_F64: return lt_f_shapes;
        case OP_LE_F64: return le_f_shapes;
        case OP_GT_F64: return gt_f_shapes;
        case OP_GE_F64: return ge_f_shapes;
        case OP_EQ_F64: return eq_f_shapes;
        case OP_NE_F64: return ne_f_shapes;
        default: break;
        }
    }
    return NULL;
}

// divisor_ok: a constant divisor that can neither panic nor overflow.
static bool divisor_ok(const BinData *b) {
    Value k;
    return eval_const_of(b->y, &k) && k.i != 0 && k.i != -1;
}

static EvalFn choose(Node *n) {
    BinData *b = &n->u.bin;
    const EvalFn *t = table(b->op, b->kind);
    if (t) return shaped(t, n);
    int p2 = wide_int(b->kind) ? pow2_divisor(b) : -1;
    if (p2 > 0) {
        b->sy = p2;
        switch (b->op) {
        case OP_DIV_INT: return div_i_p2;
        case OP_REM_INT: return rem_i_p2;
        case OP_DIV_UINT: return div_u_p2;
        case OP_REM_UINT: return rem_u_p2;
        default: break;
        }
    }
    switch (b->op) {
    case OP_REM_INT:
        if (!wide_int(b->kind)) break;
        if (divisor_ok(b)) {
            eval_const_of(b->y, &b->k);
            b->sx = eval_local_slot(b->x);
            return b->sx >= 0 ? rem_i_lk : rem_i_nk;
        }
        return rem_i_nn;
    case OP_DIV_INT:
        if (wide_int(b->kind) && divisor_ok(b)) {
            eval_const_of(b->y, &b->k);
            return div_i_nk;
        }
        break;
    case OP_EQ_STR: return eq_str;
    case OP_NE_STR: return ne_str;
    case OP_ADD_STR: return add_str;
    case OP_EQ_PTR: return eq_word;
    case OP_NE_PTR: return ne_word;
    case OP_LAND: return land;
    case OP_LOR: return lor;
    case OP_EQ_SLICE_NIL: return eq_slice_nil;
    case OP_NE_SLICE_NIL: return ne_slice_nil;
    default: break;
    }
    return bin_generic;
}

bool eval_local_step(const Node *n, int *slot, int64_t *k) {
    if (n->eval != add_i_lk && n->eval != sub_i_lk) return false;
    *slot = n->u.bin.sx;
    *k = n->eval == add_i_lk ? n->u.bin.k.i : (int64_t)(0 - (uint64_t)n->u.bin.k.i);
    return true;
}

// eval_cmp_shape: when n compares a wide-int local with a constant
// (returns 1) or with another local (returns 2), its CmpOp and operands;
// 0 otherwise. if and for statements fuse such conditions.
int eval_cmp_shape(const Node *n, int *cmp, int *sx, int *sy, int64_t *k) {
    static const EvalFn *const tables[] = {lt_i_shapes, le_i_shapes, gt_i_shapes, ge_i_shapes, eq_i_shapes,
                                           ne_i_shapes};
    for (int c = 0; c < 6; c++) {
        for (int shape = 1; shape <= 2; shape++) {
            if (n->eval != tables[c][shape]) continue;
            *cmp = c;
            *sx = n->u.bin.sx;
            *sy = n->u.bin.sy;
            *k = n->u.bin.k.i;
            return shape;
        }
    }
    return 0;
}

Node *eval_lower_binary(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, NULL, EN(e)->type, e->pos.line);
    BinData *b = &n->u.bin;
    b->op = EN(e)->op;
    b->kind = EN(e)->slot;
    b->x = eval_lower_expr(L, e->u.binary.x);
    b->y = eval_lower_expr(L, e->u.binary.y);
    b->t = EN(e)->aux ? EN(e)->aux : EN(e->u.binary.x)->type;
    if (EN(e)->op == OP_SHL || EN(e)->op == OP_SHR_INT || EN(e)->op == OP_SHR_UINT) {
        b->signed_count = !tc_is_unsigned(EN(e->u.binary.y)->type);
        n->eval = bin_shift;
        return n;
    }
    n->eval = choose(n);
    return n;
}

// ---- unary ----

static Value neg_int(const Node *n, Frame *fr) {
    return vint(eval_wrap(n->u.un.kind, (int64_t)(0 - (uint64_t)EVAL(n->u.un.x, fr).i)));
}
static Value neg_f64(const Node *n, Frame *fr) {
    Value r = EVAL(n->u.un.x, fr);
    r.f = -r.f;
    return r;
}
static Value neg_f32(const Node *n, Frame *fr) {
    Value r = EVAL(n->u.un.x, fr);
    r.f32 = -r.f32;
    return r;
}
static Value not_(const Node *n, Frame *fr) { return vbool(!EVAL(n->u.un.x, fr).b); }
static Value compl_(const Node *n, Frame *fr) { return vint(eval_wrap(n->u.un.kind, ~EVAL(n->u.un.x, fr).i)); }

Node *eval_lower_unary(Lower *L, AstExpr *e) {
    EvalFn fn;
    switch (EN(e)->op) {
    case OP_NEG_INT: fn = neg_int; break;
    case OP_NEG_F64: fn = neg_f64; break;
    case OP_NEG_F32: fn = neg_f32; break;
    case OP_NOT: fn = not_; break;
    default: fn = compl_; break;
    }
    Node *n = eval_new_node(L, fn, EN(e)->type, e->pos.line);
    n->u.un.x = eval_lower_expr(L, e->u.unary.x);
    n->u.un.kind = EN(e)->slot;
    return n;
}
