// check_builtin.c - calls of the built-in functions (spec "Built-in
// functions"): len, cap, append, copy, delete, new, make, panic, print,
// println, recover, and min/max/clear from newer Go.
//
// The call node gets OP_CALL_BUILTIN with slot = BuiltinId and aux = a
// CallInfo whose sig field carries the type argument (new, make) or the
// element type (append, copy).
#include <string.h>

#include "internal.h"

static bool nargs_ok(Checker *c, AstExpr *e, BuiltinId id, int min, int max) {
    // types2 reports both at the call (inNode(call, call.Rparen))
    int n = e->u.call.args.n;
    if (n < min || (max >= 0 && n > max)) {
        tc_errorf(c, e->pos, "invalid operation: %s arguments for %s (expected %d, found %d)",
                  n < min ? "not enough" : "too many", tc_expr_str(c, e), n < min ? min : max, n);
        return false;
    }
    (void)id;
    return true;
}

static void len_cap(Checker *c, Operand *x, AstExpr *e, BuiltinId id) {
    tc_expr(c, x, e->u.call.args.v[0]);
    if (x->mode == MODE_INVALID) return;
    const Type *u = tc_under(x->type);
    if (u->kind == KIND_POINTER && tc_under(u->elem)->kind == KIND_ARRAY) u = tc_under(u->elem);
    bool ok = u->kind == KIND_ARRAY || u->kind == KIND_SLICE || u->kind == KIND_CHAN ||
              (id == BI_LEN && (tc_is_string(u) || u->kind == KIND_MAP));
    if (!ok) {
        tc_errorf(c, x->expr->pos, "invalid argument: %s for %s", tc_operand_string(c, x), tc_builtin_name(id));
        x->mode = MODE_INVALID;
        return;
    }
    Type *int_t = c->u.types[KIND_INT];
    if (x->mode == MODE_CONSTANT && tc_is_string(u)) {
        size_t n = 0;
        const_string(x->val, &n);
        x->val = const_from_int64(c->cctx, (int64_t)n);
        x->type = int_t;
        tc_set_const(c, e, x->val, int_t);
        x->expr = e;
        return;
    }
    if (u->kind == KIND_ARRAY && !tc_has_call(e->u.call.args.v[0])) {
        x->mode = MODE_CONSTANT;
        x->val = const_from_int64(c->cctx, u->len);
        x->type = int_t;
        tc_set_const(c, e, x->val, int_t);
        x->expr = e;
        return;
    }
    tc_use_default(c, x);
    x->mode = MODE_VALUE;
    x->type = int_t;
}

static Type *make_new(Checker *c, Operand *x, AstExpr *e, BuiltinId id) {
    AstExpr *te = e->u.call.args.v[0];
    Operand t;
    tc_expr_or_type(c, &t, te);
    if (t.mode == MODE_INVALID) return NULL;
    if (t.mode != MODE_TYPEXPR) {
        tc_errorf(c, te->pos, "%s is not a type", tc_expr_str(c, te));
        return NULL;
    }
    Type *ty = t.type;
    if (id == BI_NEW) {
        if (!nargs_ok(c, e, id, 1, 1)) return NULL;
        x->type = tc_pointer(c, ty);
        return ty;
    }
    const Type *u = tc_under(ty);
    int min = 1, max = 1;
    if (u->kind == KIND_SLICE) min = 2, max = 3;
    else if (u->kind == KIND_MAP || u->kind == KIND_CHAN) max = 2;
    else {
        tc_errorf(c, te->pos, "invalid argument: cannot make %s; type must be slice, map, or channel", tc_expr_str(c, te));
        return NULL;
    }
    if (e->u.call.args.n < min) {
        tc_errorf(c, e->pos, "invalid operation: %s expects %d or %d arguments; found %d", tc_expr_str(c, e), min, max,
                  e->u.call.args.n);
        return NULL;
    }
    if (!nargs_ok(c, e, id, min, max)) return NULL;
    if (u->kind == KIND_CHAN && tc_go_size(u->elem) >= (int64_t)1 << 16) {   // cmd/compile's limit
        tc_errorf(c, e->u.call.lparen, "channel element type too large (>64kB)");
        return NULL;
    }
    int64_t sizes[2] = {-1, -1};
    for (int i = 1; i < e->u.call.args.n; i++) {
        Operand s;
        tc_expr(c, &s, e->u.call.args.v[i]);
        if (s.mode == MODE_INVALID) return NULL;
        if (s.mode == MODE_CONSTANT) {
            if (!const_is_integral(s.val)) {
                tc_errorf(c, s.expr->pos, "%s (%s) truncated to int", tc_expr_str(c, s.expr), tc_type_string(c, s.type));
                return NULL;
            }
            if (const_sign(s.val) < 0) {
                tc_errorf(c, s.expr->pos, "invalid argument: index %s (constant of type int) must not be negative",
                          tc_expr_str(c, s.expr));
                return NULL;
            }
            sizes[i - 1] = const_int64(s.val, NULL);
            if (tc_is_untyped(s.type)) tc_convert_untyped(c, &s, c->u.types[KIND_INT]);
        } else if (!tc_is_integer(s.type)) {
            tc_errorf(c, s.expr->pos, "cannot convert %s to type int", tc_operand_string(c, &s));
            return NULL;
        }
    }
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        tc_errorf(c, e->u.call.args.v[1]->pos, "invalid argument: length and capacity swapped");
        return NULL;
    }
    x->type = ty;
    return ty;
}

static void append_call(Checker *c, Operand *x, AstExpr *e, CallInfo *ci) {
    AstExprList *al = &e->u.call.args;
    tc_expr(c, x, al->v[0]);
    if (x->mode == MODE_INVALID) return;
    Type *st = x->type;
    if (st->kind == KIND_UNTYPED_NIL) {
        tc_errorf(c, x->expr->pos, "first argument to append must be a typed slice; have untyped nil");
        x->mode = MODE_INVALID;
        return;
    }
    const Type *u = tc_under(st);
    if (u->kind != KIND_SLICE) {
        tc_errorf(c, x->expr->pos, "first argument to append must be a slice; have %s", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    ci->sig = (Type *)u->elem;
    ci->nargs = al->n;
    if (e->u.call.has_ellipsis) {
        ci->spread = true;
        if (al->n != 2) {
            tc_errorf(c, e->pos, "can only use ... with final argument in list");
            x->mode = MODE_INVALID;
            return;
        }
        Operand y;
        tc_expr(c, &y, al->v[1]);
        if (y.mode == MODE_INVALID) {
            x->mode = MODE_INVALID;
            return;
        }
        if (tc_under(u->elem)->kind == KIND_UINT8 && tc_is_string(y.type)) {
            tc_use_default(c, &y);
            ci->variadic_slice = c->u.types[KIND_STRING];
        } else {
            tc_assignment(c, &y, &al->v[1], st, "append");
        }
    } else {
        for (int i = 1; i < al->n; i++) {
            Operand y;
            tc_expr(c, &y, al->v[i]);
            if (y.mode != MODE_INVALID)
                tc_assignment_as(c, &y, &al->v[i], (Type *)u->elem, SPELL(al->v[0], SPELL_ELEM, 0), "argument to append");
        }
    }
    x->mode = MODE_VALUE;
    x->type = st;
}

static void copy_call(Checker *c, Operand *x, AstExpr *e, CallInfo *ci) {
    Operand y;
    tc_expr(c, x, e->u.call.args.v[0]);
    tc_expr(c, &y, e->u.call.args.v[1]);
    if (x->mode == MODE_INVALID || y.mode == MODE_INVALID) {
        x->mode = MODE_INVALID;
        return;
    }
    const Type *du = tc_under(x->type), *su = tc_under(y.type);
    if (du->kind != KIND_SLICE) {
        tc_errorf(c, x->expr->pos, "invalid argument: copy expects slice arguments; found %s and %s",
                  tc_operand_string(c, x), tc_operand_string(c, &y));
        x->mode = MODE_INVALID;
        return;
    }
    if (tc_is_string(su) && tc_under(du->elem)->kind == KIND_UINT8) {
        tc_use_default(c, &y);
        ci->variadic_slice = c->u.types[KIND_STRING];
    } else if (su->kind != KIND_SLICE || tc_under(su->elem) != tc_under(du->elem)) {
        tc_errorf(c, x->expr->pos, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                  tc_operand_string(c, x), tc_operand_string(c, &y),
                  tc_spell_ref_string(c, SPELL(x->expr, SPELL_ELEM, 0), du->elem),
                  su->kind == KIND_SLICE ? tc_spell_ref_string(c, SPELL(y.expr, SPELL_ELEM, 0), su->elem)
                                         : tc_expr_type_string(c, y.expr, y.type));
        x->mode = MODE_INVALID;
        return;
    }
    ci->sig = (Type *)du->elem;
    x->mode = MODE_VALUE;
    x->type = c->u.types[KIND_INT];
}

static void delete_call(Checker *c, Operand *x, AstExpr *e, CallInfo *ci) {
    tc_expr(c, x, e->u.call.args.v[0]);
    if (x->mode == MODE_INVALID) return;
    const Type *u = tc_under(x->type);
    if (u->kind != KIND_MAP) {
        tc_errorf(c, x->expr->pos, "invalid argument: %s is not a map", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    Operand k;
    tc_expr(c, &k, e->u.call.args.v[1]);
    if (k.mode == MODE_INVALID || !tc_assignment_as(c, &k, &e->u.call.args.v[1], (Type *)u->key,
                                                    SPELL(e->u.call.args.v[0], SPELL_KEY, 0), "argument to delete")) {
        x->mode = MODE_INVALID;
        return;
    }
    ci->sig = x->type;
    x->mode = MODE_NOVALUE;
}

static void print_args(Checker *c, AstExpr *e, CallInfo *ci) {
    for (int i = 0; i < e->u.call.args.n; i++) {
        Operand y;
        if (e->u.call.args.n == 1) {   // println(f()) prints each of f's results
            tc_multi_expr(c, &y, e->u.call.args.v[i]);
            if (y.mode == MODE_VALUE && y.type && y.type->kind == KIND_TUPLE) {
                ci->tuple_arg = true;
                ci->nargs = y.type->nfields;
                return;
            }
            tc_single_value(c, &y, e->u.call.args.v[i]);
        } else {
            tc_expr(c, &y, e->u.call.args.v[i]);
        }
        if (y.mode == MODE_INVALID) continue;
        if (tc_is_untyped(y.type)) {
            if (y.type->kind == KIND_UNTYPED_NIL) {
                tc_errorf(c, y.expr->pos, "use of untyped nil in argument to built-in print");
                continue;
            }
            tc_use_default(c, &y);
        }
    }
}

static void min_max(Checker *c, Operand *x, AstExpr *e, BuiltinId id) {
    AstExprList *al = &e->u.call.args;
    Operand *ops = arena_alloc(c->arena, (size_t)(al->n + 1) * sizeof *ops);
    memset(ops, 0, (size_t)(al->n + 1) * sizeof *ops);
    int n = al->n;
    Type *t = NULL;
    bool all_const = true;
    for (int i = 0; i < n; i++) {
        tc_expr(c, &ops[i], al->v[i]);
        if (ops[i].mode == MODE_INVALID) {
            x->mode = MODE_INVALID;
            return;
        }
        if (!tc_is_untyped(ops[i].type)) t = ops[i].type;
        if (ops[i].mode != MODE_CONSTANT) all_const = false;
    }
    if (all_const) {
        Operand best = ops[0];
        for (int i = 1; i < n; i++) {
            bool less = const_compare(ops[i].val, TOK_LSS, best.val);
            if ((id == BI_MIN) == less) best = ops[i];
            if (ops[i].type->kind > best.type->kind && tc_is_untyped(best.type)) best.type = ops[i].type;
        }
        *x = best;
        x->expr = e;
        if (!tc_is_untyped(x->type)) tc_set_const(c, e, x->val, x->type);
        return;
    }
    if (!t) t = tc_default_type(c, ops[0].type);
    for (int i = 0; i < n; i++) {
        if (!tc_is_numeric(ops[i].type) && !tc_is_string(ops[i].type)) {
            tc_errorf(c, ops[i].expr->pos, "invalid argument: %s cannot be ordered", tc_operand_string(c, &ops[i]));
            x->mode = MODE_INVALID;
            return;
        }
        if (!tc_assignment(c, &ops[i], &al->v[i], t, "argument")) {
            x->mode = MODE_INVALID;
            return;
        }
        if (ops[i].type != t) {
            tc_errorf(c, ops[i].expr->pos, "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                      tc_type_string(c, t), tc_type_string(c, ops[i].type), tc_expr_str(c, ops[i].expr));
            x->mode = MODE_INVALID;
            return;
        }
    }
    x->mode = MODE_VALUE;
    x->type = t;
}

void tc_builtin_call(Checker *c, Operand *x, AstExpr *e, BuiltinId id) {
    CallInfo *ci = arena_alloc(c->arena, sizeof *ci);
    EN(e)->op = OP_CALL_BUILTIN;
    EN(e)->slot = id;
    EN(e)->aux = ci;
    x->expr = e;
    if (e->u.call.has_ellipsis && id != BI_APPEND) {
        tc_errorf(c, e->pos, "invalid operation: invalid use of ... with built-in %s", tc_builtin_name(id));
        x->mode = MODE_INVALID;
        return;
    }
    switch (id) {
    case BI_SIZEOF: case BI_ALIGNOF: case BI_OFFSETOF:
        if (!nargs_ok(c, e, id, 1, 1)) goto bad;
        tc_unsafe_call(c, x, e, id);
        return;
    case BI_LEN: case BI_CAP:
        if (!nargs_ok(c, e, id, 1, 1)) goto bad;
        len_cap(c, x, e, id);
        break;
    case BI_NEW: case BI_MAKE: {
        if (!nargs_ok(c, e, id, 1, -1)) goto bad;
        Type *t = make_new(c, x, e, id);
        if (!t) goto bad;
        if (id == BI_NEW && !tc_check_size(c, e->u.call.lparen, e->u.call.args.v[0], t, NULL)) goto bad;
        ci->sig = t;
        x->mode = MODE_VALUE;
        break;
    }
    case BI_APPEND:
        if (!nargs_ok(c, e, id, 1, -1)) goto bad;
        append_call(c, x, e, ci);
        break;
    case BI_COPY:
        if (!nargs_ok(c, e, id, 2, 2)) goto bad;
        copy_call(c, x, e, ci);
        break;
    case BI_DELETE:
        if (!nargs_ok(c, e, id, 2, 2)) goto bad;
        delete_call(c, x, e, ci);
        break;
    case BI_PANIC: {
        if (!nargs_ok(c, e, id, 1, 1)) goto bad;
        Operand y;
        tc_expr(c, &y, e->u.call.args.v[0]);
        if (y.mode != MODE_INVALID) tc_assignment(c, &y, &e->u.call.args.v[0], c->u.t_any, "argument to panic");
        x->mode = MODE_NOVALUE;
        break;
    }
    case BI_PRINT: case BI_PRINTLN:
        print_args(c, e, ci);
        x->mode = MODE_NOVALUE;
        break;
    case BI_RECOVER:
        if (!nargs_ok(c, e, id, 0, 0)) goto bad;
        if (c->fn) c->fn->has_recover = true;
        x->mode = MODE_VALUE;
        x->type = c->u.t_any;
        break;
    case BI_MIN: case BI_MAX:
        if (!nargs_ok(c, e, id, 1, -1)) goto bad;
        min_max(c, x, e, id);
        break;
    case BI_CLOSE: tc_close_call(c, x, e); break;
    case BI_CLEAR: {
        if (!nargs_ok(c, e, id, 1, 1)) goto bad;
        tc_expr(c, x, e->u.call.args.v[0]);
        if (x->mode == MODE_INVALID) return;
        const Type *u = tc_under(x->type);
        if (u->kind != KIND_MAP && u->kind != KIND_SLICE) {
            tc_errorf(c, x->expr->pos, "invalid argument: %s must be a map or slice", tc_operand_string(c, x));
            goto bad;
        }
        ci->sig = x->type;
        x->mode = MODE_NOVALUE;
        break;
    }
    default:
        tc_errorf(c, e->pos, "%s is not supported by gosub", tc_builtin_name(id));
        goto bad;
    }
    if (x->mode != MODE_INVALID && x->mode != MODE_CONSTANT) EN(e)->type = x->type;
    x->expr = e;
    return;
bad:
    x->mode = MODE_INVALID;
}

// tc_has_call: e contains a function call or channel receive (len of
// such an array expression is not constant).
bool tc_has_call(AstExpr *e) {
    if (!e) return false;
    switch (e->kind) {
    case AST_CALL_EXPR: return true;
    case AST_UNARY_EXPR: return e->u.unary.op == TOK_ARROW || tc_has_call(e->u.unary.x);
    case AST_PAREN_EXPR: return tc_has_call(e->u.paren.x);
    case AST_SELECTOR_EXPR: return tc_has_call(e->u.selector.x);
    case AST_INDEX_EXPR: return tc_has_call(e->u.index.x) || tc_has_call(e->u.index.index);
    case AST_STAR_EXPR: return tc_has_call(e->u.star.x);
    case AST_BINARY_EXPR: return tc_has_call(e->u.binary.x) || tc_has_call(e->u.binary.y);
    default: return false;
    }
}
