// check_ops.c - unary and binary operators (spec "Operators",
// "Arithmetic operators", "Comparison operators", "Logical operators"):
// operand type matching, untyped conversion, exact constant folding, and
// the choice of the evaluator op by operand type.
#include <string.h>

#include "internal.h"

static const char *op_str(TokenKind op) { return lex_token_name(op); }

// overflow_error: a typed constant expression e whose value r does not fit
// its type t; Go 1.19 says "a * 2 (constant 200 of type T) overflows int8".
static void overflow_error(Checker *c, AstExpr *e, const ConstVal *r, const Type *t) {
    const char *os = const_operand_string(c->cctx, tc_expr_str(c, e), r, false, tc_expr_type_string(c, e, t));
    tc_errorf(c, e->pos, "%s overflows %s", os, tc_expr_under_string(c, e, t));
}

static bool is_comparison(TokenKind op) {
    return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR || op == TOK_GEQ;
}

// arith_op_for chooses the evaluator op of arithmetic operator op on
// operands of underlying type u.
static int arith_op_for(TokenKind op, const Type *u) {
    bool f64 = u->kind == KIND_FLOAT64 || u->kind == KIND_UNTYPED_FLOAT;
    bool f32 = u->kind == KIND_FLOAT32;
    bool uns = tc_is_unsigned(u);
    switch (op) {
    case TOK_ADD: return u->kind == KIND_STRING ? OP_ADD_STR : f64 ? OP_ADD_F64 : f32 ? OP_ADD_F32 : OP_ADD_INT;
    case TOK_SUB: return f64 ? OP_SUB_F64 : f32 ? OP_SUB_F32 : OP_SUB_INT;
    case TOK_MUL: return f64 ? OP_MUL_F64 : f32 ? OP_MUL_F32 : OP_MUL_INT;
    case TOK_QUO: return f64 ? OP_DIV_F64 : f32 ? OP_DIV_F32 : uns ? OP_DIV_UINT : OP_DIV_INT;
    case TOK_REM: return uns ? OP_REM_UINT : OP_REM_INT;
    case TOK_AND: return OP_AND;
    case TOK_OR: return OP_OR;
    case TOK_XOR: return OP_XOR;
    case TOK_AND_NOT: return OP_AND_NOT;
    case TOK_SHL: return OP_SHL;
    case TOK_SHR: return uns ? OP_SHR_UINT : OP_SHR_INT;
    case TOK_LAND: return OP_LAND;
    case TOK_LOR: return OP_LOR;
    default: return OP_NONE;
    }
}

int tc_arith_op(TokenKind op, const Type *t) { return arith_op_for(op, tc_under(t)); }

static int compare_op_for(TokenKind op, const Type *u) {
    int base;
    switch (u->kind) {
    case KIND_FLOAT64: case KIND_UNTYPED_FLOAT: base = OP_EQ_F64; break;
    case KIND_FLOAT32: base = OP_EQ_F32; break;
    case KIND_STRING: case KIND_UNTYPED_STRING: base = OP_EQ_STR; break;
    case KIND_BOOL: case KIND_UNTYPED_BOOL: case KIND_POINTER: case KIND_MAP: case KIND_CHAN: case KIND_FUNC:
    case KIND_UNSAFE_POINTER:
        return op == TOK_EQL ? OP_EQ_PTR : OP_NE_PTR;
    case KIND_STRUCT: case KIND_ARRAY: case KIND_INTERFACE:
        return op == TOK_EQL ? OP_EQ_GENERIC : OP_NE_GENERIC;
    default:
        if (tc_is_unsigned(u) && op != TOK_EQL && op != TOK_NEQ) {
            switch (op) {
            case TOK_LSS: return OP_LT_UINT;
            case TOK_LEQ: return OP_LE_UINT;
            case TOK_GTR: return OP_GT_UINT;
            default: return OP_GE_UINT;
            }
        }
        base = OP_EQ_INT;
        break;
    }
    switch (op) {
    case TOK_EQL: return base;
    case TOK_NEQ: return base + 1;
    case TOK_LSS: return base + 2;
    case TOK_LEQ: return base + 3;
    case TOK_GTR: return base + 4;
    default: return base + 5;
    }
}

// tc_finish_binary_op sets the op of a non-constant binary expression
// whose operands have type t.
void tc_finish_binary_op(Checker *c, AstExpr *e, Type *t) {
    (void)c;
    const Type *u = tc_under(t);
    EN(e)->op = arith_op_for(e->u.binary.op, u);
    EN(e)->slot = u->kind;
    EN(e)->type = t;
}

void tc_finish_shift(Checker *c, AstExpr *e) {
    (void)c;
    const Type *u = tc_under(EN(e)->type);
    EN(e)->op = arith_op_for(e->u.binary.op, u);
    EN(e)->slot = u->kind;
}

static bool op_allowed(TokenKind op, const Type *u) {
    switch (op) {
    case TOK_ADD: return tc_is_numeric(u) || tc_is_string(u);
    case TOK_SUB: case TOK_MUL: case TOK_QUO: return tc_is_numeric(u);
    case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT: return tc_is_integer(u);
    case TOK_LAND: case TOK_LOR: return tc_is_boolean(u);
    default: return false;
    }
}

// match_types converts an untyped operand to the other operand's type
// (spec: "implicitly converted to the type of the other operand").
// implicit_to converts untyped operand x to the other operand's type t
// inside a binary expression. false: the kinds do not mix (the caller
// reports mismatched types); a constant that does not fit gets Go's
// "1000 (untyped int constant) overflows int8" and x turns invalid.
static bool implicit_to(Checker *c, Operand *x, Type *t) {
    const Type *u = tc_under(t);
    if (x->type->kind == KIND_UNTYPED_NIL) {
        if (!tc_has_nil(u)) return false;
        tc_convert_untyped(c, x, t);
        return true;
    }
    if (u->kind != KIND_INTERFACE) {
        bool ok = (tc_is_boolean(x->type) && tc_is_boolean(u)) || (tc_is_string(x->type) && tc_is_string(u)) ||
                  (tc_is_numeric(x->type) && tc_is_numeric(u));
        const SynthParam *sp = tc_synth_param(c, t);
        bool some = sp && !sp->terms;   // the constant's kind suits some type of T's type set (any: "cannot convert")
        for (int j = 0; sp && sp->terms && j < sp->terms->n; j++) {
            const Type *tu = tc_under(sp->terms->terms[j].type);
            some = some || (tc_is_boolean(x->type) && tc_is_boolean(tu)) || (tc_is_string(x->type) && tc_is_string(tu)) ||
                   (tc_is_numeric(x->type) && tc_is_numeric(tu));
        }
        if (sp && x->mode == MODE_CONSTANT && some) {   // must convert to every type of T's type set
            const ConstVal *r = NULL;
            if (!ok || const_representation(c->cctx, x->val, tc_is_integer(x->type), tc_is_numeric(x->type),
                                            tc_const_type(u), &r) != CONST_REPR_OK) {
                tc_errorf(c, x->expr->pos, "cannot convert %s to %s", tc_operand_string(c, x),
                          tc_spell_ref_string(c, c->assign_spell, t));
                x->mode = MODE_INVALID;
                return true;
            }
        }
        if (!ok && (x->mode != MODE_CONSTANT || !tc_is_numeric(x->type) || tc_is_boolean(u) || tc_is_string(u)))
            return false;
        if (!ok) {   // types2's mayConvert: a number is tried against any type but a boolean or string one
            tc_errorf(c, x->expr->pos, "cannot convert %s to %s", tc_operand_string(c, x),
                      tc_spell_ref_string(c, c->assign_spell, t));
            x->mode = MODE_INVALID;
            return true;
        }
        if (x->mode == MODE_CONSTANT) {
            const ConstVal *r = NULL;
            ConstRepr why = const_representation(c->cctx, x->val, tc_is_integer(x->type), tc_is_numeric(x->type),
                                                 tc_const_type(u), &r);
            if (why != CONST_REPR_OK) {
                // types2's convertUntyped names the underlying type: "truncated to int64"
                tc_errorf(c, x->expr->pos, "%s %s %s", tc_operand_string(c, x),
                          why == CONST_REPR_TRUNCATED ? "truncated to" : "overflows",
                          sp || u == t ? tc_spell_ref_string(c, c->assign_spell, t) : tc_expr_under_string(c, NULL, t));
                x->mode = MODE_INVALID;
                return true;
            }
        }
    }
    tc_convert_untyped(c, x, t);
    return true;
}

// implicit_to_operand: implicit_to the type of typed operand to, its
// messages spelling that type as to's expression does
static bool implicit_to_operand(Checker *c, Operand *x, Operand *to) {
    SpellRef saved = c->assign_spell;
    c->assign_spell = SPELL(to->expr, SPELL_SELF, 0);
    bool ok = implicit_to(c, x, to->type);
    c->assign_spell = saved;
    return ok;
}

static bool match_types(Checker *c, Operand *x, Operand *y) {
    bool xu = tc_is_untyped(x->type), yu = tc_is_untyped(y->type);
    if (xu && !yu) {
        if (!implicit_to_operand(c, x, y)) return false;
    } else if (yu && !xu) {
        if (!implicit_to_operand(c, y, x)) return false;
    } else if (xu && yu) {
        // both untyped: the "larger" kind wins (int < rune < float)
        bool xn = tc_is_numeric(x->type), yn = tc_is_numeric(y->type);
        if (xn && yn) {
            Type *t = x->type->kind >= y->type->kind ? x->type : y->type;
            x->type = t;
            y->type = t;
            if (x->mode != MODE_CONSTANT) tc_update_untyped(c, x->expr, t);
            if (y->mode != MODE_CONSTANT) tc_update_untyped(c, y->expr, t);
        }
    }
    return x->mode != MODE_INVALID && y->mode != MODE_INVALID;
}

// switch_case_error reports the comparison e of a switch's hidden tag
// variable x with case value y (check_stmt.c) in types2's terms; false
// when e is no such comparison
static bool switch_case_error(Checker *c, AstExpr *e, Operand *x, Operand *y) {
    AstExpr *xe = e->u.binary.x;
    Obj *tag = xe->kind == AST_IDENT && strcmp(xe->u.ident.name, ".tag") == 0 ? EN(xe)->obj : NULL;
    if (!tag) return false;
    const char *ts = tc_expr_type_string(c, xe, x->type);
    if (y->mode == MODE_CONSTANT && tc_is_untyped(y->type))
        tc_errorf(c, y->expr->pos, "cannot convert %s to %s", tc_operand_string(c, y), ts);
    else
        tc_errorf(c, y->expr->pos, "invalid case %s in switch on %s (mismatched types %s and %s)", tc_expr_str(c, y->expr),
                  tc_expr_str(c, tag->spell.e), tc_expr_type_string(c, y->expr, y->type), ts);
    return true;
}

static void comparison(Checker *c, Operand *x, Operand *y, AstExpr *e) {
    TokenKind op = e->u.binary.op;
    const char *err = NULL;
    bool ok = tc_assignable(c, x, y->type, NULL) || tc_assignable(c, y, x->type, NULL);
    bool was_nil = EN(x->expr)->op == OP_NIL || EN(y->expr)->op == OP_NIL;
    if (x->type->kind == KIND_UNTYPED_NIL || y->type->kind == KIND_UNTYPED_NIL) {
        Operand *v = x->type->kind == KIND_UNTYPED_NIL ? y : x;
        if (!tc_has_nil(tc_under(v->type))) ok = false;
    }
    if (!ok) {
        if (!switch_case_error(c, e, x, y))
            tc_errorf(c, y->expr->pos, "invalid operation: %s (mismatched types %s and %s)", tc_expr_str(c, e),
                      tc_expr_type_string(c, x->expr, x->type), tc_expr_type_string(c, y->expr, y->type));
        x->mode = MODE_INVALID;
        return;
    }
    const Type *u = tc_under(x->type->kind == KIND_UNTYPED_NIL ? y->type : x->type);
    const SynthParam *sp = tc_synth_param(c, x->type);
    if (op == TOK_EQL || op == TOK_NEQ) {
        if (!was_nil && !tc_comparable(u) && sp) {
            tc_errorf(c, x->expr->pos, "invalid operation: %s (incomparable types in type set)", tc_expr_str(c, e));
            x->mode = MODE_INVALID;
            return;
        }
        if (!was_nil && !tc_comparable(u)) {
            err = u->kind == KIND_SLICE ? "slice can only be compared to nil"
                : u->kind == KIND_MAP ? "map can only be compared to nil"
                : u->kind == KIND_FUNC ? "func can only be compared to nil" : NULL;
            if (err)
                tc_errorf(c, x->expr->pos, "invalid operation: %s (%s)", tc_expr_str(c, e), err);
            else
                tc_errorf(c, x->expr->pos, "invalid operation: %s (%s)", tc_expr_str(c, e),
                          tc_incomparable_string(c, x->expr, x->type));
            x->mode = MODE_INVALID;
            return;
        }
    } else if (!(tc_is_numeric(u) || tc_is_string(u)) && sp) {
        tc_errorf(c, x->expr->pos, "invalid operation: %s (type parameter %s is not comparable with %s)",
                  tc_expr_str(c, e), tc_expr_type_string(c, x->expr, x->type), op_str(op));
        x->mode = MODE_INVALID;
        return;
    } else if (!(tc_is_numeric(u) || tc_is_string(u))) {
        tc_errorf(c, x->expr->pos, "invalid operation: %s (operator %s not defined on %s)", tc_expr_str(c, e),
                  op_str(op), tc_operand_string(c, x)[0] ? tc_expr_type_string(c, x->expr, x->type) : "");
        x->mode = MODE_INVALID;
        return;
    }
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
        x->val = const_from_bool(c->cctx, const_compare(x->val, op, y->val));
        x->type = c->u.types[KIND_UNTYPED_BOOL];
        EN(e)->type = x->type;
        return;
    }
    // operands now typed (or untyped bool/nil); finalize untyped leftovers
    if (tc_is_untyped(x->type) && x->type->kind != KIND_UNTYPED_NIL) tc_use_default(c, x);
    if (tc_is_untyped(y->type) && y->type->kind != KIND_UNTYPED_NIL) tc_use_default(c, y);
    bool xnil = EN(x->expr)->op == OP_NIL, ynil = EN(y->expr)->op == OP_NIL;
    const Type *ot = xnil ? y->type : x->type;
    u = tc_under(ot);
    if ((xnil || ynil) && u->kind == KIND_SLICE) {
        EN(e)->op = op == TOK_EQL ? OP_EQ_SLICE_NIL : OP_NE_SLICE_NIL;
        if (xnil) {   // keep the slice on the x side
            AstExpr *t = e->u.binary.x;
            e->u.binary.x = e->u.binary.y;
            e->u.binary.y = t;
        }
    } else if ((xnil || ynil) && u->kind == KIND_INTERFACE) {
        EN(e)->op = op == TOK_EQL ? OP_EQ_GENERIC : OP_NE_GENERIC;
        EN(e)->aux = (void *)ot;
        if (xnil) EN(x->expr)->type = (Type *)ot;
        else EN(y->expr)->type = (Type *)ot;
    } else if (tc_under(x->type)->kind == KIND_INTERFACE && tc_under(y->type)->kind != KIND_INTERFACE && !ynil) {
        e->u.binary.y = tc_wrap(c, e->u.binary.y, OP_CONV_TO_IFACE, x->type);
        EN(e)->op = op == TOK_EQL ? OP_EQ_GENERIC : OP_NE_GENERIC;
        EN(e)->aux = x->type;
    } else if (tc_under(y->type)->kind == KIND_INTERFACE && tc_under(x->type)->kind != KIND_INTERFACE && !xnil) {
        e->u.binary.x = tc_wrap(c, e->u.binary.x, OP_CONV_TO_IFACE, y->type);
        EN(e)->op = op == TOK_EQL ? OP_EQ_GENERIC : OP_NE_GENERIC;
        EN(e)->aux = y->type;
    } else {
        EN(e)->op = compare_op_for(op, u);
        EN(e)->aux = (void *)ot;
    }
    EN(e)->slot = u->kind;
    x->mode = MODE_VALUE;
    x->type = c->u.types[KIND_UNTYPED_BOOL];
    EN(e)->type = x->type;
}

static void shift(Checker *c, Operand *x, Operand *y, AstExpr *e) {
    // the right operand: integer (untyped constants must be non-negative ints)
    const char *ystr = NULL;   // y as written, before it becomes a uint (types2's messages)
    if (y->mode == MODE_CONSTANT) {
        ystr = tc_operand_string(c, y);
        if (!const_is_integral(y->val)) {
            tc_errorf(c, y->expr->pos, "%s truncated to uint", ystr);
            x->mode = MODE_INVALID;
            return;
        }
        if (const_sign(y->val) < 0) {
            tc_errorf(c, y->expr->pos, "invalid operation: negative shift count %s", ystr);
            x->mode = MODE_INVALID;
            return;
        }
        if (tc_is_untyped(y->type)) tc_convert_untyped(c, y, c->u.types[KIND_UINT]);
    } else if (!tc_is_integer(y->type)) {
        tc_errorf(c, y->expr->pos, "invalid operation: shift count %s must be integer", tc_operand_string(c, y));
        x->mode = MODE_INVALID;
        return;
    } else if (tc_is_untyped(y->type)) {   // a non-constant untyped count (1 << (1 << n)): uint, as types2
        tc_update_untyped(c, y->expr, c->u.types[KIND_UINT]);
        y->type = c->u.types[KIND_UINT];
    }
    if (x->mode == MODE_CONSTANT) {
        if (!const_is_integral(x->val)) {
            tc_errorf(c, x->expr->pos, "invalid operation: shifted operand %s must be integer", tc_operand_string(c, x));
            x->mode = MODE_INVALID;
            return;
        }
        if (y->mode == MODE_CONSTANT) {
            ConstErr err = CONST_OK;
            const ConstVal *r = const_shift(c->cctx, x->val, e->u.binary.op, y->val, &err);
            if (err) {
                tc_errorf(c, y->expr->pos, "invalid operation: invalid shift count %s", ystr);
                x->mode = MODE_INVALID;
                return;
            }
            if (const_kind(r) == CONST_INT && const_bitlen(r) > 512) {
                tc_errorf(c, e->u.binary.op_pos, "constant shift overflow");
                x->mode = MODE_INVALID;
                return;
            }
            x->val = r;
            if (tc_is_untyped(x->type) && x->type->kind == KIND_UNTYPED_FLOAT) x->type = c->u.types[KIND_UNTYPED_INT];
            if (!tc_is_untyped(x->type)) {
                if (!const_representable(c->cctx, r, tc_const_type(tc_under(x->type)), NULL)) {
                    overflow_error(c, e, r, x->type);
                    x->mode = MODE_INVALID;
                    return;
                }
            }
            EN(e)->type = x->type;
            if (!tc_is_untyped(x->type)) tc_set_const(c, e, r, x->type);
            return;
        }
        // non-constant shift of an untyped constant: typed later by context
        if (tc_is_untyped(x->type)) {
            x->mode = MODE_VALUE;
            EN(e)->type = c->u.types[KIND_UNTYPED_INT];
            x->type = EN(e)->type;
            tc_stash_untyped_const(e->u.binary.x, EN(e)->type, x->val);
            return;
        }
    }
    if (!tc_is_integer(x->type)) {
        tc_errorf(c, x->expr->pos, "invalid operation: shifted operand %s must be integer", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    if (x->mode == MODE_CONSTANT) tc_set_const(c, e->u.binary.x, x->val, x->type);
    x->mode = MODE_VALUE;
    EN(e)->type = x->type;
    tc_finish_shift(c, e);
}

void tc_binary(Checker *c, Operand *x, AstExpr *e) {
    Operand y;
    TokenKind op = e->u.binary.op;
    const char *opassign = c->opassign_str;   // spells this node only, not the operands' own
    c->opassign_str = NULL;
    tc_expr(c, x, e->u.binary.x);
    tc_expr(c, &y, e->u.binary.y);
    c->opassign_str = opassign;
    if (x->mode == MODE_INVALID) return;
    if (y.mode == MODE_INVALID) {
        x->mode = MODE_INVALID;
        return;
    }
    if (op == TOK_SHL || op == TOK_SHR) {
        shift(c, x, &y, e);
        x->expr = e;
        return;
    }
    if (!match_types(c, x, &y)) {
        if (x->mode != MODE_INVALID && y.mode != MODE_INVALID && !switch_case_error(c, e, x, &y))
            tc_errorf(c, is_comparison(op) ? y.expr->pos : x->expr->pos,   // types2: comparisons at y
                      "invalid operation: %s (mismatched types %s and %s)",
                      c->opassign_str ? c->opassign_str : tc_expr_str(c, e), tc_expr_type_string(c, x->expr, x->type),
                      tc_expr_type_string(c, y.expr, y.type));
        x->mode = MODE_INVALID;
        return;
    }
    if (is_comparison(op)) {
        comparison(c, x, &y, e);
        x->expr = e;
        return;
    }
    if (x->type != y.type && !(tc_is_untyped(x->type) && tc_is_untyped(y.type))) {
        tc_errorf(c, x->expr->pos, "invalid operation: %s (mismatched types %s and %s)",
                  c->opassign_str ? c->opassign_str : tc_expr_str(c, e), tc_expr_type_string(c, x->expr, x->type),
                  tc_expr_type_string(c, y.expr, y.type));
        x->mode = MODE_INVALID;
        return;
    }
    const Type *u = tc_under(x->type);
    if (!op_allowed(op, u)) {
        tc_errorf(c, x->expr->pos, "invalid operation: operator %s not defined on %s", op_str(op),
                  tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    if ((op == TOK_QUO || op == TOK_REM) && y.mode == MODE_CONSTANT && const_sign(y.val) == 0 &&
        (x->mode == MODE_CONSTANT || tc_is_integer(u))) {
        tc_errorf(c, y.expr->pos, "invalid operation: division by zero");
        x->mode = MODE_INVALID;
        return;
    }
    if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
        ConstErr err = CONST_OK;
        const ConstVal *r = const_binary_op(c->cctx, x->val, op, y.val, tc_is_integer(u), &err);
        if (err == CONST_ERR_DIV_ZERO) {
            tc_errorf(c, y.expr->pos, "invalid operation: division by zero");
            x->mode = MODE_INVALID;
            return;
        }
        if (tc_is_untyped(x->type) && const_kind(r) == CONST_INT && const_bitlen(r) > 512) {
            tc_errorf(c, e->u.binary.op_pos, "constant %s overflow", const_overflow_op_name(op, false));
            x->mode = MODE_INVALID;
            return;
        }
        x->val = r;
        if (!tc_is_untyped(x->type) && !const_representable(c->cctx, r, tc_const_type(u), &x->val)) {
            overflow_error(c, e, r, x->type);
            x->mode = MODE_INVALID;
            return;
        }
        EN(e)->type = x->type;
        if (!tc_is_untyped(x->type)) tc_set_const(c, e, x->val, x->type);
        x->expr = e;
        return;
    }
    if (tc_is_untyped(x->type) && op != TOK_LAND && op != TOK_LOR) {
        // an untyped result (1<<s + 1): its constant operand takes the type
        // the context gives the whole, when tc_update_untyped gets there
        if (x->mode == MODE_CONSTANT) tc_stash_untyped_const(e->u.binary.x, x->type, x->val);
        if (y.mode == MODE_CONSTANT) tc_stash_untyped_const(e->u.binary.y, y.type, y.val);
    }
    if (op == TOK_LAND || op == TOK_LOR) {
        // an untyped constant operand beside a non-constant one (len(a) == 3
        // || x > 0) gets no type from the context, which types the result:
        // it is a bool whatever type that is
        if (x->mode == MODE_CONSTANT && tc_is_untyped(x->type)) tc_set_const(c, x->expr, x->val, c->u.types[KIND_BOOL]);
        if (y.mode == MODE_CONSTANT && tc_is_untyped(y.type)) tc_set_const(c, y.expr, y.val, c->u.types[KIND_BOOL]);
    }
    x->mode = MODE_VALUE;
    tc_finish_binary_op(c, e, x->type);
    x->expr = e;
}

void tc_unary(Checker *c, Operand *x, AstExpr *e) {
    TokenKind op = e->u.unary.op;
    if (op == TOK_AND) {
        AstExpr *inner = e->u.unary.x;
        while (inner->kind == AST_PAREN_EXPR) inner = inner->u.paren.x;
        if (inner->kind == AST_COMPOSITE_LIT) {
            tc_composite_lit(c, x, inner, NULL);
            if (x->mode == MODE_INVALID) return;
            EN(e)->op = OP_ADDR_COMPOSITE;
            x->type = tc_pointer(c, x->type);
            x->mode = MODE_VALUE;
            EN(e)->type = x->type;
            x->expr = e;
            return;
        }
        tc_expr(c, x, e->u.unary.x);
        if (x->mode == MODE_INVALID) return;
        if (x->mode != MODE_VARIABLE) {
            tc_errorf(c, e->pos, "invalid operation: cannot take address of %s", tc_operand_string(c, x));
            x->mode = MODE_INVALID;
            return;
        }
        tc_mark_addressed(c, e->u.unary.x);
        EN(e)->op = OP_ADDR;
        x->type = tc_pointer(c, x->type);
        x->mode = MODE_VALUE;
        EN(e)->type = x->type;
        x->expr = e;
        return;
    }
    if (op == TOK_ARROW) {
        tc_recv_expr(c, x, e);
        return;
    }
    tc_expr(c, x, e->u.unary.x);
    if (x->mode == MODE_INVALID) return;
    const Type *u = tc_under(x->type);
    bool ok = op == TOK_NOT ? tc_is_boolean(u) : op == TOK_XOR ? tc_is_integer(u) : tc_is_numeric(u);
    if (!ok) {
        tc_errorf(c, e->u.unary.x->pos, "invalid operation: operator %s not defined on %s", op_str(op),
                  tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    if (x->mode == MODE_CONSTANT) {
        unsigned prec = 0;
        if (op == TOK_XOR && tc_is_unsigned(u)) prec = u->size * 8;
        ConstErr err = CONST_OK;
        const ConstVal *r = const_unary_op(c->cctx, op, x->val, prec, &err);
        if (!tc_is_untyped(x->type) && !const_representable(c->cctx, r, tc_const_type(u), &r)) {
            overflow_error(c, e, r, x->type);
            x->mode = MODE_INVALID;
            return;
        }
        x->val = r;
        EN(e)->type = x->type;
        if (!tc_is_untyped(x->type)) tc_set_const(c, e, r, x->type);
        x->expr = e;
        return;
    }
    switch (op) {
    case TOK_SUB: EN(e)->op = tc_is_float(u) ? (u->kind == KIND_FLOAT32 ? OP_NEG_F32 : OP_NEG_F64) : OP_NEG_INT; break;
    case TOK_ADD: EN(e)->op = OP_POS; break;
    case TOK_NOT: EN(e)->op = OP_NOT; break;
    default: EN(e)->op = OP_COMPL; break;
    }
    EN(e)->slot = u->kind;
    x->mode = MODE_VALUE;
    EN(e)->type = x->type;
    x->expr = e;
}
