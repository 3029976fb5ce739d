// check_expr.c - expressions (spec "Expressions"): operands, identifiers,
// selectors, index and slice expressions, unary and binary operators with
// exact constant folding, untyped conversion and assignability.
//
// Each checked node gets its type and evaluator op; untyped constants are
// turned into OP_CONST nodes of their final type when they are assigned,
// converted or used with a typed operand (types2's "updateExprType").
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *tc_expr_str(Checker *c, AstExpr *e) { return ast_expr_string(c->arena, e); }

// tc_operand_string spells an operand as types2 does in messages:
// "x (variable of type int)", "300 (untyped int constant)".
const char *tc_operand_string(Checker *c, Operand *x) {
    const char *es = x->expr ? tc_expr_str(c, x->expr) : "?";
    switch (x->mode) {
    case MODE_CONSTANT: {
        bool untyped = tc_is_untyped(x->type);
        return const_operand_string(c->cctx, es, x->val, untyped,
                                    untyped ? tc_type_string(c, x->type) : tc_expr_type_string(c, x->expr, x->type));
    }
    case MODE_TYPEXPR: return arena_printf(c->arena, "%s (type)", es);
    case MODE_BUILTIN: return arena_printf(c->arena, "%s (built-in)", es);
    case MODE_NOVALUE: return arena_printf(c->arena, "%s (no value)", es);
    default: break;
    }
    if (x->type && x->type->kind == KIND_UNTYPED_NIL) return "nil";
    const char *what = x->mode == MODE_VARIABLE ? "variable" : x->mode == MODE_MAPINDEX ? "map index expression"
                     : x->mode == MODE_COMMAOK ? "comma, ok expression" : "value";
    if (x->type && tc_is_untyped(x->type))
        return arena_printf(c->arena, "%s (%s %s)", es, tc_type_string(c, x->type), what);
    const char *ts = tc_expr_type_string(c, x->expr, x->type);   // byte, rune, parameter names as written
    const SynthParam *sp = tc_synth_param(c, x->type);
    if (sp) return arena_printf(c->arena, "%s (%s of type %s constrained by %s)", es, what, ts, sp->constraint);
    return arena_printf(c->arena, "%s (%s of type %s)", es, what, ts);
}

ConstType tc_const_type(const Type *t) {
    switch (t->kind) {
    case KIND_BOOL: return CT_BOOL;
    case KIND_STRING: return CT_STRING;
    case KIND_INT: return CT_INT;
    case KIND_INT8: return CT_INT8;
    case KIND_INT16: return CT_INT16;
    case KIND_INT32: return CT_INT32;
    case KIND_INT64: return CT_INT64;
    case KIND_UINT: return CT_UINT;
    case KIND_UINT8: return CT_UINT8;
    case KIND_UINT16: return CT_UINT16;
    case KIND_UINT32: return CT_UINT32;
    case KIND_UINT64: return CT_UINT64;
    case KIND_UINTPTR: return CT_UINTPTR;
    case KIND_FLOAT32: return CT_FLOAT32;
    case KIND_FLOAT64: return CT_FLOAT64;
    case KIND_UNTYPED_BOOL: return CT_UNTYPED_BOOL;
    case KIND_UNTYPED_INT: return CT_UNTYPED_INT;
    case KIND_UNTYPED_RUNE: return CT_UNTYPED_RUNE;
    case KIND_UNTYPED_FLOAT: return CT_UNTYPED_FLOAT;
    default: return CT_UNTYPED_STRING;
    }
}

static bool is_basic_const_type(const Type *t) {
    return t && ((t->kind >= KIND_BOOL && t->kind <= KIND_FLOAT64) || t->kind == KIND_STRING ||
                 tc_is_untyped(t));
}

// tc_const_value: the run-time Value of constant v in type t.
Value *tc_const_value(Checker *c, const ConstVal *v, Type *t) {
    Value *out = arena_alloc(c->arena, sizeof *out);
    const Type *u = tc_under(t);
    switch (u->kind) {
    case KIND_BOOL: case KIND_UNTYPED_BOOL: out->b = const_bool(v); out->u = out->b; break;
    case KIND_STRING: case KIND_UNTYPED_STRING: {
        size_t n = 0;
        const char *s = const_string(v, &n);
        out->s.ptr = (const uint8_t *)s;
        out->s.len = (int64_t)n;
        break;
    }
    case KIND_FLOAT32: out->f32 = const_float32(v, NULL); break;
    case KIND_FLOAT64: case KIND_UNTYPED_FLOAT: out->f = const_float64(v, NULL); break;
    case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR: case KIND_UINT32: case KIND_UINT16: case KIND_UINT8:
        out->u = const_uint64(const_to_int(c->cctx, v), NULL);
        break;
    default: {
        bool ok = true;
        out->i = const_int64(const_to_int(c->cctx, v), &ok);
        if (!ok) out->u = const_uint64(const_to_int(c->cctx, v), NULL);
        break;
    }
    }
    return out;
}

void tc_set_const(Checker *c, AstExpr *e, const ConstVal *v, Type *t) {
    EN(e)->type = t;
    EN(e)->op = OP_CONST;
    EN(e)->aux = tc_const_value(c, v, t);
    if (e->kind == AST_PAREN_EXPR) tc_set_const(c, e->u.paren.x, v, t);   // the evaluator looks through parentheses
}

// target_string: t, the target of the assignment being checked, spelled
// as its SpellRef says (outside tc_assignment_as: canonically)
static const char *target_string(Checker *c, const Type *t) {
    return tc_spell_ref_string(c, c->assign_spell, t);
}

// representable checks constant x against basic type t, reporting Go's
// error at x's expression; the rounded value replaces x->val.
static bool representable(Checker *c, Operand *x, Type *t, const char *ctx) {
    const Type *u = tc_under(t);
    if (!is_basic_const_type(u)) return true;
    const ConstVal *r = NULL;
    ConstRepr why = const_representation(c->cctx, x->val, tc_is_integer(x->type), tc_is_numeric(x->type),
                                         tc_const_type(u), &r);
    if (why == CONST_REPR_OK) {
        if (r) x->val = r;
        return true;
    }
    const char *os = tc_operand_string(c, x);
    const char *ts = target_string(c, t);
    if (ctx) {
        const char *suffix = why == CONST_REPR_OVERFLOWS ? " (overflows)" : why == CONST_REPR_TRUNCATED ? " (truncated)" : "";
        tc_errorf(c, x->expr->pos, "cannot use %s as %s value in %s%s", os, ts, ctx, suffix);
    } else if (why == CONST_REPR_TRUNCATED) {
        tc_errorf(c, x->expr->pos, "%s truncated to %s", os, ts);
    } else if (why == CONST_REPR_OVERFLOWS) {
        if (tc_is_untyped(x->type))
            tc_errorf(c, x->expr->pos, "cannot use %s as %s value in %s (overflows)", os, ts,
                      c->assign_ctx ? c->assign_ctx : "assignment");
        else
            tc_errorf(c, x->expr->pos, "constant %s overflows %s", const_string_repr(c->cctx, x->val), ts);
    } else {
        tc_errorf(c, x->expr->pos, "cannot convert %s to type %s", os, ts);
    }
    x->mode = MODE_INVALID;
    return false;
}

void tc_stash_untyped_const(AstExpr *e, Type *t, const ConstVal *v) {
    for (;;) {
        if ((EN(e)->op != OP_NONE && EN(e)->op != OP_PAREN) || (EN(e)->aux && EN(e)->aux != v)) return;
        EN(e)->type = t;
        EN(e)->aux = (void *)v;
        if (e->kind != AST_PAREN_EXPR) return;
        e = e->u.paren.x;
    }
}

// update_untyped gives an untyped non-constant expression (comparison,
// shift) its final type t, recursively.
void tc_update_untyped(Checker *c, AstExpr *e, Type *t) {
    if (!e || !EN(e)->type || !tc_is_untyped(EN(e)->type)) return;
    if (EN(e)->op == OP_CONST) return;
    if ((EN(e)->op == OP_NONE || EN(e)->op == OP_PAREN) && EN(e)->aux) {   // see tc_stash_untyped_const
        tc_set_const(c, e, (const ConstVal *)EN(e)->aux, t);
        return;
    }
    EN(e)->type = t;
    switch (e->kind) {
    case AST_PAREN_EXPR: tc_update_untyped(c, e->u.paren.x, t); break;
    case AST_UNARY_EXPR: tc_update_untyped(c, e->u.unary.x, t); EN(e)->slot = tc_under(t)->kind; break;
    case AST_BINARY_EXPR: {
        TokenKind op = e->u.binary.op;
        if (op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR || op == TOK_GEQ)
            break;   // operands keep their own types
        if (op == TOK_SHL || op == TOK_SHR) {
            // spec "Operators": the untyped constant left operand of a
            // non-constant shift takes the type the context gives; it must
            // be an integer type
            if (!tc_is_integer(t) && !tc_is_untyped(t)) {
                tc_errorf(c, e->pos, "invalid operation: %s (shift of type %s)", tc_expr_str(c, e), tc_type_string(c, t));
                return;
            }
            tc_update_untyped(c, e->u.binary.x, t);
            EN(e)->slot = tc_under(t)->kind;
            tc_finish_shift(c, e);
            break;
        }
        tc_update_untyped(c, e->u.binary.x, t);
        tc_update_untyped(c, e->u.binary.y, t);
        tc_finish_binary_op(c, e, t);
        break;
    }
    default: break;
    }
}

// convert_const_operand turns the untyped constant expression at x into
// a typed constant of t.
static void convert_const_operand(Checker *c, Operand *x, Type *t) {
    if (x->mode == MODE_CONSTANT) {
        if (!representable(c, x, t, NULL)) return;
        tc_set_const(c, x->expr, x->val, t);
        x->type = t;
        return;
    }
    tc_update_untyped(c, x->expr, t);
    x->type = t;
}

void tc_use_default(Checker *c, Operand *x) {
    if (x->mode == MODE_INVALID || !x->type || !tc_is_untyped(x->type)) return;
    if (x->type->kind == KIND_UNTYPED_NIL) return;
    tc_convert_untyped(c, x, tc_default_type(c, x->type));
}

// tc_convert_untyped: x is untyped; give it type t (spec "implicit
// conversion"): for interfaces and non-basic targets its default type.
void tc_convert_untyped(Checker *c, Operand *x, Type *t) {
    if (x->mode == MODE_INVALID || !tc_is_untyped(x->type)) return;
    const Type *u = tc_under(t);
    if (x->type->kind == KIND_UNTYPED_NIL) {
        if (!tc_has_nil(u)) {
            tc_errorf(c, x->expr->pos, "cannot use nil as %s value in %s", target_string(c, t),
                      c->assign_ctx ? c->assign_ctx : "assignment");
            x->mode = MODE_INVALID;
            return;
        }
        x->type = t;
        EN(x->expr)->type = t;
        EN(x->expr)->op = OP_NIL;
        return;
    }
    if (u->kind == KIND_INTERFACE || tc_is_untyped(t)) {
        Type *d = tc_is_untyped(t) ? t : tc_default_type(c, x->type);
        if (tc_is_untyped(t) && x->type->kind < t->kind) d = t;
        convert_const_operand(c, x, d);
        return;
    }
    bool ok = (tc_is_boolean(x->type) && tc_is_boolean(u)) || (tc_is_string(x->type) && tc_is_string(u)) ||
              (tc_is_numeric(x->type) && tc_is_numeric(u));
    if (!ok) {
        tc_errorf(c, x->expr->pos, "cannot use %s as %s value in %s", tc_operand_string(c, x),
                  target_string(c, t), c->assign_ctx ? c->assign_ctx : "assignment");
        x->mode = MODE_INVALID;
        return;
    }
    convert_const_operand(c, x, t);
}

// tc_assignable: spec "Assignability" of operand x to type t (x typed).
bool tc_assignable(Checker *c, Operand *x, Type *t, char **why) {
    Type *v = x->type;
    if (!v || !t) return true;
    if (v == t) return true;
    const Type *vu = tc_under(v), *tu = tc_under(t);
    // identical underlying types and at least one of them not a named
    // (defined or predeclared) type
    if (vu == tu && (!v->name || !t->name) && vu->kind != KIND_INTERFACE) return true;
    if (tu->kind == KIND_INTERFACE) {
        if (tc_implements(c, v, t, why)) return true;
        if (why && *why)
            *why = arena_printf(c->arena, "%s does not implement %s %s", tc_expr_type_string(c, x->expr, v),
                                target_string(c, t), *why);
        return false;
    }
    if (vu->kind == KIND_CHAN && tu->kind == KIND_CHAN && vu->chandir == CHAN_BOTH && vu->elem == tu->elem &&
        (!v->name || !t->name))
        return true;
    // types2: an interface value whose type t implements: "need type assertion"
    if (why && vu->kind == KIND_INTERFACE && !tc_synth_param(c, v) && !tc_synth_param(c, t) && tc_implements(c, t, v, NULL))
        *why = "need type assertion";
    return false;
}

// tc_wrap returns a synthetic PAREN node around x with op and type.
AstExpr *tc_wrap(Checker *c, AstExpr *x, int op, Type *t) {
    AstExpr *w = ast_new_expr(c->arena, AST_PAREN_EXPR, x->pos);
    w->u.paren.x = x;
    EN(w)->op = op;
    EN(w)->type = t;
    EN(w)->slot = tc_under(t)->kind;
    EN(w)->aux = EN(x)->type;
    return w;
}

static bool assignment(Checker *c, Operand *x, AstExpr **slot, Type *t, const char *ctx) {
    if (x->mode == MODE_INVALID || !t) return false;
    if (x->mode == MODE_TYPEXPR || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        if (x->mode == MODE_NOVALUE)
            tc_errorf(c, x->expr->pos, "%s (no value) used as value", tc_expr_str(c, x->expr));
        else
            tc_errorf(c, x->expr->pos, "%s is not an expression", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return false;
    }
    if (tc_is_untyped(x->type)) {
        const Type *tu = tc_under(t);
        if (x->mode == MODE_CONSTANT && is_basic_const_type(tu) && !tc_is_untyped(t)) {
            bool kinds_ok = (tc_is_boolean(x->type) && tc_is_boolean(tu)) || (tc_is_string(x->type) && tc_is_string(tu)) ||
                            (tc_is_numeric(x->type) && tc_is_numeric(tu));
            if (!kinds_ok) {
                tc_errorf(c, x->expr->pos, "cannot use %s as %s value in %s", tc_operand_string(c, x),
                          target_string(c, t), ctx);
                x->mode = MODE_INVALID;
                return false;
            }
            if (!representable(c, x, t, ctx)) return false;
            tc_set_const(c, x->expr, x->val, t);
            x->type = t;
            return true;
        }
        if (x->type->kind == KIND_UNTYPED_NIL && !tc_has_nil(tu)) {
            tc_errorf(c, x->expr->pos, "cannot use nil as %s value in %s", target_string(c, t), ctx);
            x->mode = MODE_INVALID;
            return false;
        }
        const char *saved = c->assign_ctx;
        c->assign_ctx = ctx;   // Go names the context: "in argument to fmt.Println"
        tc_convert_untyped(c, x, t);
        c->assign_ctx = saved;
        if (x->mode == MODE_INVALID) return false;
    }
    char *why = NULL;
    if (!tc_assignable(c, x, t, &why)) {
        if (why)
            tc_errorf(c, x->expr->pos, "cannot use %s as type %s in %s:\n\t%s", tc_operand_string(c, x),
                      target_string(c, t), ctx, why);
        else
            tc_errorf(c, x->expr->pos, "cannot use %s as type %s in %s", tc_operand_string(c, x),
                      target_string(c, t), ctx);
        x->mode = MODE_INVALID;
        return false;
    }
    if (tc_under(t)->kind == KIND_INTERFACE && tc_under(x->type)->kind != KIND_INTERFACE && slot) {
        *slot = tc_wrap(c, *slot, OP_CONV_TO_IFACE, t);
        EN((*slot))->aux = x->type;
    }
    return true;
}

bool tc_assignment(Checker *c, Operand *x, AstExpr **slot, Type *t, const char *ctx) {
    return tc_assignment_as(c, x, slot, t, SPELL(NULL, SPELL_NONE, 0), ctx);
}

// tc_assignment_as: spec "Assignability"; see internal.h.
bool tc_assignment_as(Checker *c, Operand *x, AstExpr **slot, Type *t, SpellRef spell, const char *ctx) {
    SpellRef saved = c->assign_spell;
    c->assign_spell = spell;
    bool ok = assignment(c, x, slot, t, ctx);
    c->assign_spell = saved;
    return ok;
}

// ---- identifiers ----

static void ident(Checker *c, Operand *x, AstExpr *e) {
    const char *name = e->u.ident.name;
    if (strcmp(name, "_") == 0) {
        tc_errorf(c, e->pos, "cannot use _ as value");
        x->mode = MODE_INVALID;
        return;
    }
    Obj *o = tc_scope_lookup(c->scope, name, NULL);
    if (!o) {
        tc_errorf(c, e->pos, "undefined: %s", name);
        x->mode = MODE_INVALID;
        return;
    }
    if (o->decl && o->state != 2) tc_resolve_obj(c, o);
    EN(e)->obj = o;
    switch (o->kind) {
    case OBJ_VAR:
        if (!c->lhs_ident) o->used = true;
        x->mode = MODE_VARIABLE;
        x->type = o->type;
        EN(e)->type = o->type;
        if (!o->type) x->mode = MODE_INVALID;
        if (o->native_var) {
            EN(e)->op = OP_GLOBAL;
            EN(e)->slot = o->slot;
        } else {
            tc_var_ref(c, e, o);
        }
        break;
    case OBJ_CONST:
        o->used = true;
        x->mode = MODE_CONSTANT;
        x->type = o->type;
        if (strcmp(name, "iota") == 0 && !o->decl && o->pos.line == 0) {
            if (c->iota < 0) {
                tc_errorf(c, e->pos, "cannot use iota outside constant declaration");
                x->mode = MODE_INVALID;
                return;
            }
            x->val = const_from_int64(c->cctx, c->iota);
        } else {
            x->val = o->cval;
        }
        if (!x->type || !x->val) {
            x->mode = MODE_INVALID;
            return;
        }
        EN(e)->type = x->type;
        if (!tc_is_untyped(x->type)) tc_set_const(c, e, x->val, x->type);
        break;
    case OBJ_TYPENAME:
        o->used = true;
        if (tc_tparams_of(o)) {
            tc_generic_unused(c, e->pos, o);
            x->mode = MODE_INVALID;
            return;
        }
        x->mode = MODE_TYPEXPR;
        x->type = o->type;
        EN(e)->type = o->type;
        EN(e)->op = OP_TYPE_EXPR;
        if (!o->type) x->mode = MODE_INVALID;
        break;
    case OBJ_FUNC:
        o->used = true;
        if (tc_tparams_of(o)) {
            tc_generic_unused(c, e->pos, o);
            x->mode = MODE_INVALID;
            return;
        }
        x->mode = MODE_VALUE;
        x->type = o->type;
        EN(e)->type = o->type;
        EN(e)->op = o->native ? OP_NATIVE_VAL : OP_FUNC_VAL;
        EN(e)->aux = o->native ? (void *)o->native : (void *)o->fn;
        if (c->cur_decl_obj && !o->native) {
            Obj *d = c->cur_decl_obj;
            tc_add_dep(c, d, o);
        }
        if (!o->type) x->mode = MODE_INVALID;
        break;
    case OBJ_BUILTIN:
        x->mode = MODE_BUILTIN;
        x->builtin = o->builtin;
        x->type = NULL;
        break;
    case OBJ_NIL:
        x->mode = MODE_VALUE;
        x->type = c->u.types[KIND_UNTYPED_NIL];
        EN(e)->type = x->type;
        EN(e)->op = OP_NIL;
        break;
    case OBJ_PKGNAME:
        o->used = true;
        tc_errorf(c, e->pos, "use of package %s without selector", name);
        x->mode = MODE_INVALID;
        break;
    default:
        x->mode = MODE_INVALID;
        break;
    }
}

static void basic_lit(Checker *c, Operand *x, AstExpr *e) {
    const ConstVal *v = NULL;
    Type *t = NULL;
    switch (e->u.lit.kind) {
    case LIT_INT: v = const_from_int_lit(c->cctx, e->u.lit.text); t = c->u.types[KIND_UNTYPED_INT]; break;
    case LIT_FLOAT: v = const_from_float_lit(c->cctx, e->u.lit.text); t = c->u.types[KIND_UNTYPED_FLOAT]; break;
    case LIT_CHAR: v = const_from_rune(c->cctx, e->u.lit.rune); t = c->u.types[KIND_UNTYPED_RUNE]; break;
    case LIT_STRING: v = const_from_string(c->cctx, e->u.lit.sval, e->u.lit.slen); t = c->u.types[KIND_UNTYPED_STRING]; break;
    case LIT_IMAG:
        tc_errorf(c, e->pos, "complex numbers are not supported by gosub");
        x->mode = MODE_INVALID;
        return;
    }
    if (!v) {
        x->mode = MODE_INVALID;
        return;
    }
    x->mode = MODE_CONSTANT;
    x->type = t;
    x->val = v;
    EN(e)->type = t;
}

// ---- selectors ----

// visible_field: field f, found in t through the embedded fields path[0..np),
// may be named here: not an unexported field of a built-in package's struct
static bool visible_field(const Type *t, const Field *const *path, int np, const Field *f) {
    if (f->exported) return true;
    const Type *owner = np > 0 ? path[np - 1]->type : t;
    if (owner->kind == KIND_POINTER && !(owner->flags & TF_NAMED)) owner = owner->elem;
    return !((owner->flags & TF_NAMED) && owner->pkg && strcmp(owner->pkg, "main") != 0);
}

// other_case_hint: types2's ", but does have Name" when sel with its first
// letter's case changed is a field or method of t
static const char *other_case_hint(Checker *c, const Type *t, const char *sel) {
    if (!sel[0] || !isalpha((unsigned char)sel[0])) return "";
    char *alt = arena_printf(c->arena, "%s", sel);
    alt[0] = (char)(isupper((unsigned char)alt[0]) ? tolower((unsigned char)alt[0]) : toupper((unsigned char)alt[0]));
    const Field *path[8], *f = NULL;
    const Method *m = NULL;
    int np = 0;
    if (tc_lookup_path(t, alt, path, &np, &f, &m) != 1 || (f && !visible_field(t, path, np, f))) return "";
    return arena_printf(c->arena, ", but does have %s", alt);
}

static void selector(Checker *c, Operand *x, AstExpr *e) {
    AstExpr *xe = e->u.selector.x;
    const char *sel = e->u.selector.sel->u.ident.name;
    if (xe->kind == AST_IDENT) {
        Obj *po = tc_scope_lookup(c->scope, xe->u.ident.name, NULL);
        if (po && po->kind == OBJ_PKGNAME) {
            po->used = true;
            if (po->pkg && strcmp(po->pkg->path, "unsafe") == 0) {
                tc_unsafe_member(c, x, e);
                return;
            }
            Obj *m = tc_package_member(c, po, e->u.selector.sel);
            if (m && m->kind == OBJ_TYPENAME && tc_tparams_of(m)) {   // atomic.Pointer as a value
                tc_errorf(c, e->pos, "cannot use generic type %s.%s without instantiation", po->name, m->name);
                m = NULL;
            }
            if (!m) {
                x->mode = MODE_INVALID;
                return;
            }
            EN(e)->obj = m;
            x->type = m->type;
            EN(e)->type = m->type;
            switch (m->kind) {
            case OBJ_FUNC: x->mode = MODE_VALUE; EN(e)->op = OP_NATIVE_VAL; EN(e)->aux = (void *)m->native; break;
            case OBJ_CONST:
                x->mode = MODE_CONSTANT;
                x->val = m->cval;
                if (!tc_is_untyped(m->type)) tc_set_const(c, e, m->cval, m->type);
                break;
            case OBJ_TYPENAME: x->mode = MODE_TYPEXPR; EN(e)->op = OP_TYPE_EXPR; break;
            case OBJ_VAR: x->mode = MODE_VARIABLE; EN(e)->op = OP_GLOBAL; EN(e)->slot = m->slot; break;
            default: x->mode = MODE_INVALID; break;
            }
            if (!x->type) x->mode = MODE_INVALID;
            return;
        }
    }
    bool call_fun = c->in_call_fun;
    c->in_call_fun = false;
    tc_expr_or_type(c, x, xe);
    c->in_call_fun = call_fun;
    if (x->mode == MODE_INVALID) return;
    if (x->mode == MODE_TYPEXPR && tc_method_expr(c, x, e)) return;
    if (x->mode == MODE_TYPEXPR) {
        tc_errorf(c, e->u.selector.sel->pos, "%s undefined (type %s has no method %s)", tc_expr_str(c, e),
                  tc_expr_type_string(c, xe, x->type), sel);
        x->mode = MODE_INVALID;
        return;
    }
    Type *t = x->type;
    const Field *path[8], *f = NULL;
    const Method *m = NULL;
    int np = 0;
    int found;
    if ((t->flags & TF_NAMED) && tc_under(t)->kind == KIND_POINTER) {
        // spec "Selectors": for a defined pointer type, x.f is (*x).f when f
        // is a field (type PS *dch; ps.req), never a method
        found = tc_lookup_path(tc_under(t), sel, path, &np, &f, &m);
        if (found == 1 && !f) found = 0;
    } else {
        found = tc_lookup_path(t, sel, path, &np, &f, &m);
    }
    if (found == 1 && f && !visible_field(t, path, np, f)) found = 0;
    const Type *pt = tc_under(t)->kind == KIND_POINTER && !(t->flags & TF_NAMED) ? t->elem : t;
    if (found == 1 && f && (tc_synth_param(c, t) || tc_synth_param(c, pt))) {   // Go 1.19: no fields through T
        found = 0;
        f = NULL;
    }
    if (found == 2) {
        tc_errorf(c, e->u.selector.sel->pos, "ambiguous selector %s", tc_expr_str(c, e));
        x->mode = MODE_INVALID;
        return;
    }
    if (found == 1 && np > 0) tc_embed_path(c, x, e, path, np);
    if (found == 1 && f) {
        const Type *u = tc_under(x->type);
        bool via_ptr = u->kind == KIND_POINTER;
        EN(e)->op = via_ptr ? OP_PTR_FIELD : OP_FIELD;
        EN(e)->slot = (int32_t)f->offset;
        EN(e)->type = (Type *)f->type;
        x->type = (Type *)f->type;
        if (via_ptr) x->mode = MODE_VARIABLE;
        else if (x->mode != MODE_VARIABLE) x->mode = MODE_VALUE;
        x->expr = e;
        return;
    }
    if (tc_method_selector(c, x, e)) return;
    tc_errorf(c, e->u.selector.sel->pos, "%s undefined (type %s has no field or method %s%s)", tc_expr_str(c, e),
              tc_expr_type_string(c, xe, t), sel, other_case_hint(c, t, sel));
    x->mode = MODE_INVALID;
}

// ---- index and slice ----

// check_index checks index expression ie (of length bound len, or -1)
// and converts it to int. Returns the constant value or -1.
static int64_t check_index(Checker *c, AstExpr **ie, int64_t len, bool allow_len, const char *what) {
    Operand x;
    tc_expr(c, &x, *ie);
    if (x.mode == MODE_INVALID) return -1;
    if (x.mode == MODE_CONSTANT && tc_is_untyped(x.type)) {
        if (!const_is_integral(x.val)) {
            tc_errorf(c, (*ie)->pos, "invalid argument: %s %s must be integer", what, tc_operand_string(c, &x));
            return -1;
        }
        tc_convert_untyped(c, &x, c->u.types[KIND_INT]);
        if (x.mode == MODE_INVALID) return -1;
    }
    if (!tc_is_integer(x.type)) {
        tc_errorf(c, (*ie)->pos, "invalid argument: %s %s must be integer", what, tc_operand_string(c, &x));
        return -1;
    }
    if (x.mode == MODE_CONSTANT) {
        bool ok = false;
        int64_t v = const_int64(x.val, &ok);
        if (v < 0) {
            tc_errorf(c, (*ie)->pos, "invalid argument: %s %s must not be negative", what, tc_expr_str(c, *ie));
            return -1;
        }
        if (len >= 0 && (allow_len ? v > len : v >= len)) {
            tc_errorf(c, (*ie)->pos, "invalid argument: %s %s out of bounds [0:%lld]", what, tc_expr_str(c, *ie),
                      (long long)(allow_len ? len + 1 : len));
            return -1;
        }
        return ok ? v : -1;
    }
    return -1;
}

static void index_expr(Checker *c, Operand *x, AstExpr *e) {
    Obj *gen = tc_generic_obj(c, e->u.index.x);
    if (gen) {
        tc_generic_index(c, x, e, gen);
        return;
    }
    tc_expr_or_type(c, x, e->u.index.x);
    if (x->mode == MODE_INVALID) return;
    if (x->mode == MODE_TYPEXPR) {
        tc_errorf(c, e->pos, "%s is not a generic type", tc_type_string(c, x->type));
        x->mode = MODE_INVALID;
        return;
    }
    Type *t = x->type;
    const Type *u = tc_under(t);
    switch (u->kind) {
    case KIND_STRING: case KIND_UNTYPED_STRING: {
        if (x->mode == MODE_CONSTANT) tc_use_default(c, x);
        int64_t len = -1;
        if (x->mode == MODE_CONSTANT) {
            size_t n = 0;
            const_string(x->val, &n);
            len = (int64_t)n;
        }
        check_index(c, &e->u.index.index, len, false, "index");
        EN(e)->op = OP_INDEX_STRING;
        x->mode = MODE_VALUE;
        x->type = c->u.types[KIND_UINT8];
        break;
    }
    case KIND_ARRAY:
        check_index(c, &e->u.index.index, u->len, false, "index");
        EN(e)->op = OP_INDEX_ARRAY;
        if (x->mode != MODE_VARIABLE) x->mode = MODE_VALUE;
        x->type = (Type *)u->elem;
        break;
    case KIND_POINTER:
        if (tc_under(u->elem)->kind == KIND_ARRAY) {
            check_index(c, &e->u.index.index, tc_under(u->elem)->len, false, "index");
            EN(e)->op = OP_INDEX_PTR_ARRAY;
            x->mode = MODE_VARIABLE;
            x->type = (Type *)tc_under(u->elem)->elem;
            break;
        }
        goto bad;
    case KIND_SLICE:
        check_index(c, &e->u.index.index, -1, false, "index");
        EN(e)->op = OP_INDEX_SLICE;
        x->mode = MODE_VARIABLE;
        x->type = (Type *)u->elem;
        break;
    case KIND_MAP: {
        Operand k;
        tc_expr(c, &k, e->u.index.index);
        if (k.mode == MODE_INVALID) {
            x->mode = MODE_INVALID;
            return;
        }
        if (!tc_assignment_as(c, &k, &e->u.index.index, (Type *)u->key, SPELL(e->u.index.x, SPELL_KEY, 0), "map index")) {
            x->mode = MODE_INVALID;
            return;
        }
        EN(e)->op = OP_INDEX_MAP;
        EN(e)->aux = t;
        x->mode = MODE_MAPINDEX;
        x->type = (Type *)u->elem;
        break;
    }
    default:
    bad:
        tc_errorf(c, e->u.index.lbrack, "invalid operation: cannot index %s", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    EN(e)->type = x->type;
    x->expr = e;
}

static void slice_expr(Checker *c, Operand *x, AstExpr *e) {
    tc_expr(c, x, e->u.slice.x);
    if (x->mode == MODE_INVALID) return;
    const Type *u = tc_under(x->type);
    int64_t len = -1;
    Type *rt = x->type;
    switch (u->kind) {
    case KIND_STRING: case KIND_UNTYPED_STRING:
        if (e->u.slice.slice3) {
            tc_errorf(c, e->pos, "invalid operation: 3-index slice of string");
            x->mode = MODE_INVALID;
            return;
        }
        if (x->mode == MODE_CONSTANT) {
            size_t n = 0;
            const_string(x->val, &n);
            len = (int64_t)n;
            tc_use_default(c, x);
            rt = x->type;
        }
        EN(e)->op = OP_SLICE_STRING;
        break;
    case KIND_ARRAY:
        if (x->mode != MODE_VARIABLE) {
            tc_errorf(c, x->expr->pos, "invalid operation: %s (slice of unaddressable value)", tc_operand_string(c, x));
            x->mode = MODE_INVALID;
            return;
        }
        len = u->len;
        rt = tc_slice(c, (Type *)u->elem);
        EN(e)->op = OP_SLICE_ARRAY;
        tc_mark_addressed(c, e->u.slice.x);
        break;
    case KIND_POINTER:
        if (tc_under(u->elem)->kind == KIND_ARRAY) {
            len = tc_under(u->elem)->len;
            rt = tc_slice(c, (Type *)tc_under(u->elem)->elem);
            EN(e)->op = OP_SLICE_PTR_ARRAY;
            break;
        }
        /* fallthrough */
    default:
        if (u->kind != KIND_SLICE) {
            tc_errorf(c, x->expr->pos, "invalid operation: cannot slice %s", tc_operand_string(c, x));
            x->mode = MODE_INVALID;
            return;
        }
        EN(e)->op = OP_SLICE_SLICE;
        break;
    }
    int64_t vals[3] = {-1, -1, -1};
    AstExpr **parts[3] = {&e->u.slice.low, &e->u.slice.high, &e->u.slice.max};
    for (int i = 0; i < 3; i++)
        if (*parts[i]) vals[i] = check_index(c, parts[i], len, true, "index");
    if (e->u.slice.slice3 && (!e->u.slice.high || !e->u.slice.max)) {
        tc_errorf(c, e->pos, "middle index required in 3-index slice");
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                tc_errorf(c, (*parts[j])->pos, "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
                i = j = 3;
            }
    x->mode = MODE_VALUE;
    x->type = rt;
    EN(e)->type = rt;
    x->expr = e;
}

// tc_mark_addressed: the variable at the root of addressable expression e
// has its address taken (it must live in a cell).
void tc_mark_addressed(Checker *c, AstExpr *e) {
    (void)c;
    while (e) {
        if (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
        else if (e->kind == AST_SELECTOR_EXPR && EN(e)->op == OP_FIELD) e = e->u.selector.x;
        else if (e->kind == AST_INDEX_EXPR && EN(e)->op == OP_INDEX_ARRAY) e = e->u.index.x;
        else break;
    }
    if (e && e->kind == AST_IDENT && EN(e)->obj && EN(e)->obj->kind == OBJ_VAR) {
        Obj *o = EN(e)->obj;
        o->addr_taken = true;
        if (o->storage == VS_LOCAL) o->storage = VS_CELL;
        if (o->storage == VS_GLOBAL) o->storage = VS_GLOBAL_CELL;
    }
}

static void star_expr(Checker *c, Operand *x, AstExpr *e) {
    tc_expr_or_type(c, x, e->u.star.x);
    if (x->mode == MODE_INVALID) return;
    if (x->mode == MODE_TYPEXPR) {
        x->type = tc_pointer(c, x->type);
        EN(e)->type = x->type;
        EN(e)->op = OP_TYPE_EXPR;
        x->expr = e;
        return;
    }
    const Type *u = tc_under(x->type);
    if (x->type->kind == KIND_UNTYPED_NIL) {
        tc_errorf(c, x->expr->pos, "invalid operation: cannot indirect nil");
        x->mode = MODE_INVALID;
        return;
    }
    if (u->kind != KIND_POINTER) {
        tc_errorf(c, x->expr->pos, "invalid operation: cannot indirect %s", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    EN(e)->op = OP_DEREF;
    x->mode = MODE_VARIABLE;
    x->type = (Type *)u->elem;
    EN(e)->type = x->type;
    x->expr = e;
}

static void paren(Checker *c, Operand *x, AstExpr *e) {
    tc_expr_or_type(c, x, e->u.paren.x);
    EN(e)->type = x->type;
    EN(e)->op = OP_PAREN;
    if (x->mode == MODE_TYPEXPR) EN(e)->op = OP_TYPE_EXPR;
    x->expr = e;
}

// raw_expr dispatches on the node kind; x->expr is e afterwards.
static void raw_expr(Checker *c, Operand *x, AstExpr *e) {
    memset(x, 0, sizeof *x);
    x->expr = e;
    switch (e->kind) {
    case AST_BAD_EXPR: x->mode = MODE_INVALID; break;
    case AST_IDENT: ident(c, x, e); break;
    case AST_BASIC_LIT: basic_lit(c, x, e); break;
    case AST_COMPOSITE_LIT: tc_composite_lit(c, x, e, NULL); break;
    case AST_FUNC_LIT: tc_func_lit(c, x, e); break;
    case AST_PAREN_EXPR: paren(c, x, e); break;
    case AST_SELECTOR_EXPR: selector(c, x, e); break;
    case AST_INDEX_EXPR: index_expr(c, x, e); break;
    case AST_INDEX_LIST_EXPR: {
        Obj *gen = tc_generic_obj(c, e->u.index_list.x);
        if (gen) {
            tc_generic_index(c, x, e, gen);
            break;
        }
        tc_expr_or_type(c, x, e->u.index_list.x);
        if (x->mode == MODE_TYPEXPR)
            tc_errorf(c, e->pos, "%s is not a generic type", tc_type_string(c, x->type));
        else if (x->mode != MODE_INVALID)
            tc_errorf(c, e->u.index_list.indices.v[1]->pos, "unexpected comma; expecting ]");
        x->mode = MODE_INVALID;
        break;
    }
    case AST_SLICE_EXPR: slice_expr(c, x, e); break;
    case AST_TYPE_ASSERT_EXPR: tc_type_assert(c, x, e); break;
    case AST_CALL_EXPR: tc_call(c, x, e); break;
    case AST_STAR_EXPR: star_expr(c, x, e); break;
    case AST_UNARY_EXPR: tc_unary(c, x, e); break;
    case AST_BINARY_EXPR: tc_binary(c, x, e); break;
    case AST_KEY_VALUE_EXPR:
        tc_errorf(c, e->pos, "unexpected key:value expression");
        x->mode = MODE_INVALID;
        break;
    case AST_ELLIPSIS:
        tc_errorf(c, e->pos, "invalid use of ...");
        x->mode = MODE_INVALID;
        break;
    default: {
        Type *t = tc_type_expr(c, e);
        x->mode = t ? MODE_TYPEXPR : MODE_INVALID;
        x->type = t;
        break;
    }
    }
    if (x->mode != MODE_INVALID && x->mode != MODE_TYPEXPR && !EN(e)->type) EN(e)->type = x->type;
    x->expr = e;
}

void tc_expr_or_type(Checker *c, Operand *x, AstExpr *e) { raw_expr(c, x, e); }

void tc_multi_expr(Checker *c, Operand *x, AstExpr *e) {
    raw_expr(c, x, e);
    if (x->mode == MODE_TYPEXPR) {
        tc_errorf(c, e->pos, "%s (type) is not an expression", tc_expr_str(c, e));
        x->mode = MODE_INVALID;
    }
}

// tc_expr checks e as a single value.
void tc_expr(Checker *c, Operand *x, AstExpr *e) {
    raw_expr(c, x, e);
    tc_single_value(c, x, e);
}

void tc_assigned_value(Checker *c, Operand *x, AstExpr *e) {
    AstExpr *call = e;
    while (call->kind == AST_PAREN_EXPR) call = call->u.paren.x;
    if (call->kind != AST_CALL_EXPR) {
        tc_expr(c, x, e);
        return;
    }
    raw_expr(c, x, e);
    if (x->mode == MODE_VALUE && x->type && x->type->kind == KIND_TUPLE) {
        tc_errorf(c, e->pos, "assignment mismatch: 1 variable but %s returns %d values", tc_expr_str(c, call->u.call.fun),
                  x->type->nfields);
        x->mode = MODE_INVALID;
        return;
    }
    tc_single_value(c, x, e);
}

// tc_single_value: see internal.h.
void tc_single_value(Checker *c, Operand *x, AstExpr *e) {
    switch (x->mode) {
    case MODE_TYPEXPR:
        tc_errorf(c, e->pos, "%s (type) is not an expression", tc_expr_str(c, e));
        x->mode = MODE_INVALID;
        break;
    case MODE_BUILTIN:
        tc_errorf(c, e->pos, "%s (built-in) must be called", tc_expr_str(c, e));
        x->mode = MODE_INVALID;
        break;
    case MODE_NOVALUE:
        tc_errorf(c, e->pos, "%s (no value) used as value", tc_expr_str(c, e));
        x->mode = MODE_INVALID;
        break;
    case MODE_COMMAOK:   // one value, but types2 still calls it "comma, ok expression"
        break;
    case MODE_VALUE:
        if (x->type && x->type->kind == KIND_TUPLE) {
            tc_errorf(c, e->pos, "multiple-value %s (value of type %s) in single-value context", tc_expr_str(c, e),
                      tc_results_string(c, e, x->type));
            x->mode = MODE_INVALID;
        }
        break;
    default: break;
    }
}

// tc_commaok_mark: a comma-ok expression (map index) is used with two
// results: the node produces a tuple.
void tc_commaok_mark(Checker *c, Operand *x, AstExpr *e, int n) {
    (void)c;
    if (x->mode != MODE_COMMAOK && x->mode != MODE_MAPINDEX) return;
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (n == 2) EN(e)->slot = 1;   // INDEX_MAP / TYPE_ASSERT with comma-ok
}
