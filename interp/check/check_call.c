// check_call.c - calls (spec "Calls", "Passing arguments to ...
// parameters"), conversions (spec "Conversions"), built-in functions
// (spec "Built-in functions"), composite literals and function literals.
#include <string.h>

#include "internal.h"

// ---- conversions ----

static int conv_op(const Type *from, const Type *to) {
    const Type *f = tc_under(from), *t = tc_under(to);
    if (t->kind == KIND_INTERFACE) return f->kind == KIND_INTERFACE ? OP_CONV_NOP : OP_CONV_TO_IFACE;
    if (tc_is_integer(f) && tc_is_integer(t)) return OP_CONV_INT;
    if (tc_is_integer(f) && t->kind == KIND_FLOAT64) return tc_is_unsigned(f) ? OP_CONV_UINT_F64 : OP_CONV_INT_F64;
    if (tc_is_integer(f) && t->kind == KIND_FLOAT32) return tc_is_unsigned(f) ? OP_CONV_UINT_F32 : OP_CONV_INT_F32;
    if (f->kind == KIND_FLOAT64 && tc_is_integer(t)) return tc_is_unsigned(t) ? OP_CONV_F64_UINT : OP_CONV_F64_INT;
    if (f->kind == KIND_FLOAT32 && tc_is_integer(t)) return tc_is_unsigned(t) ? OP_CONV_F32_UINT : OP_CONV_F32_INT;
    if (f->kind == KIND_FLOAT64 && t->kind == KIND_FLOAT32) return OP_CONV_F64_F32;
    if (f->kind == KIND_FLOAT32 && t->kind == KIND_FLOAT64) return OP_CONV_F32_F64;
    if (f->kind == t->kind && (f->kind == KIND_FLOAT64 || f->kind == KIND_FLOAT32)) return OP_CONV_NOP;
    if (tc_is_integer(f) && t->kind == KIND_STRING) return OP_CONV_INT_STR;
    if (f->kind == KIND_STRING && t->kind == KIND_SLICE)
        return tc_under(t->elem)->kind == KIND_UINT8 ? OP_CONV_STR_BYTES : OP_CONV_STR_RUNES;
    if (f->kind == KIND_SLICE && t->kind == KIND_STRING)
        return tc_under(f->elem)->kind == KIND_UINT8 ? OP_CONV_BYTES_STR : OP_CONV_RUNES_STR;
    if (f->kind == KIND_SLICE && t->kind == KIND_POINTER) return OP_CONV_SLICE_ARRPTR;
    return OP_CONV_NOP;
}

static bool convertible(Checker *c, Operand *x, Type *t) {
    if (tc_assignable(c, x, t, NULL)) return true;
    const Type *v = tc_under(x->type), *u = tc_under(t);
    if (v == u) return true;
    if (v->kind == KIND_POINTER && u->kind == KIND_POINTER && !x->type->name && !t->name &&
        tc_under(v->elem) == tc_under(u->elem))
        return true;
    if (tc_is_numeric(v) && tc_is_numeric(u)) return true;
    if (tc_is_integer(v) && u->kind == KIND_STRING) return true;
    if (v->kind == KIND_STRING && u->kind == KIND_SLICE &&
        (tc_under(u->elem)->kind == KIND_UINT8 || tc_under(u->elem)->kind == KIND_INT32))
        return true;
    if (u->kind == KIND_STRING && v->kind == KIND_SLICE &&
        (tc_under(v->elem)->kind == KIND_UINT8 || tc_under(v->elem)->kind == KIND_INT32))
        return true;
    if (v->kind == KIND_STRING && u->kind == KIND_STRING) return true;
    // spec "Conversions from slice to array pointer" (Go 1.17)
    if (v->kind == KIND_SLICE && u->kind == KIND_POINTER && tc_under(u->elem)->kind == KIND_ARRAY &&
        tc_under(u->elem)->elem == v->elem)
        return true;
    return false;
}

// conv_target: the type T of conversion e, T(x), spelled as written
static const char *conv_target(Checker *c, AstExpr *e, const Type *t) {
    return tc_expr_type_string(c, e->u.call.fun, t);
}

// tc_conversion checks T(x) where e is the CALL_EXPR.
void tc_conversion(Checker *c, Operand *x, AstExpr *e, Type *t) {
    AstExpr *arg = e->u.call.args.v[0];
    if (t->flags & TF_INCOMPLETE) {   // type T [unsafe.Sizeof(T(x))]int
        tc_errorf(c, e->u.call.fun->pos, "illegal cycle in type declaration");
        x->mode = MODE_INVALID;
        return;
    }
    tc_expr(c, x, arg);
    if (x->mode == MODE_INVALID) return;
    const Type *u = tc_under(t);
    if (x->mode == MODE_CONSTANT && (tc_is_numeric(u) || tc_is_string(u) || tc_is_boolean(u)) &&
        (tc_is_numeric(x->type) || tc_is_string(x->type) || tc_is_boolean(x->type))) {
        const ConstVal *out = NULL;
        if (tc_is_string(u) && tc_is_integer(x->type)) {
            if (!const_convert(c->cctx, x->val, true, CT_STRING, &out)) goto bad;
        } else if (!tc_is_string(u) || tc_is_string(x->type)) {
            bool kinds = (tc_is_numeric(u) && tc_is_numeric(x->type)) || (tc_is_string(u) && tc_is_string(x->type)) ||
                         (tc_is_boolean(u) && tc_is_boolean(x->type));
            if (!kinds) goto bad;
            ConstRepr why = const_representation(c->cctx, x->val, tc_is_integer(x->type), tc_is_numeric(x->type),
                                                 tc_const_type(u), &out);
            if (why != CONST_REPR_OK && tc_synth_param(c, t)) {   // T(1000): one term of T's type set fails
                const char *os = tc_operand_string(c, x);
                tc_errorf(c, arg->pos, "cannot convert %s (%s value) to type %s:\n\tcannot convert %s to %s (in %s)",
                          tc_expr_str(c, arg), tc_type_string(c, x->type), conv_target(c, e, t), os,
                          tc_type_string(c, u), conv_target(c, e, t));
                x->mode = MODE_INVALID;
                return;
            }
            if (why != CONST_REPR_OK) {   // types2 adds no "(truncated)" to a conversion, only to assignments
                tc_errorf(c, arg->pos, "cannot convert %s to type %s", tc_operand_string(c, x), conv_target(c, e, t));
                x->mode = MODE_INVALID;
                return;
            }
            if (!out) out = x->val;
        } else {
            goto bad;
        }
        x->val = out;
        x->type = t;
        x->expr = e;
        tc_set_const(c, e, out, t);
        return;
    }
    if (tc_is_untyped(x->type)) {
        if (x->type->kind == KIND_UNTYPED_NIL) {
            if (!tc_has_nil(u)) goto bad;
            tc_convert_untyped(c, x, t);
        } else if (u->kind == KIND_INTERFACE || (x->mode == MODE_CONSTANT && !tc_is_numeric(u))) {
            tc_use_default(c, x);
        } else if (x->mode != MODE_CONSTANT) {
            // types2: a non-constant untyped value (a shift of a constant,
            // a comparison) takes the conversion's type: float64(1<<s) is
            // a float shift, an error
            tc_convert_untyped(c, x, t);
        } else {
            tc_convert_untyped(c, x, t);
        }
        if (x->mode == MODE_INVALID) return;
    }
    if (!convertible(c, x, t)) goto bad;
    EN(e)->op = conv_op(x->type, t);
    if ((u->flags & TF_AGGREGATE) && EN(e)->op == OP_CONV_NOP) EN(e)->op = OP_CONV_AGG_COPY;
    EN(e)->aux = x->type;
    if (EN(e)->op == OP_CONV_TO_IFACE) EN(e)->aux = x->type;
    EN(e)->slot = u->kind;
    EN(e)->type = t;
    x->type = t;
    x->mode = MODE_VALUE;
    x->expr = e;
    return;
bad:
    if (tc_synth_param(c, x->type) && !tc_synth_param(c, x->type)->terms)   // no specific types: no detail
        tc_errorf(c, arg->pos, "cannot convert %s to type %s", tc_operand_string(c, x), conv_target(c, e, t));
    else if (tc_synth_param(c, x->type))   // a type parameter: the term of its type set that does not convert
        tc_errorf(c, arg->pos, "cannot convert %s to type %s:\n\tcannot convert %s (in %s) to %s", tc_operand_string(c, x),
                  conv_target(c, e, t), tc_type_string(c, tc_under(x->type)), tc_type_string(c, x->type),
                  conv_target(c, e, t));
    else if (tc_synth_param(c, t))
        tc_errorf(c, arg->pos, "cannot convert %s to type %s:\n\tcannot convert %s to %s (in %s)", tc_operand_string(c, x),
                  conv_target(c, e, t), tc_type_string(c, x->type), tc_type_string(c, tc_under(t)), conv_target(c, e, t));
    else
        tc_errorf(c, arg->pos, "cannot convert %s to type %s", tc_operand_string(c, x), conv_target(c, e, t));
    x->mode = MODE_INVALID;
}

// ---- calls ----

// tuple_string: the results tt of call g, "(T, U)"
static const char *tuple_string(Checker *c, const Type *tt, AstExpr *g) {
    const Type **ts = arena_alloc(c->arena, (size_t)(tt->nfields + 1) * sizeof *ts);
    for (int i = 0; i < tt->nfields; i++) ts[i] = tt->fields[i].type;
    while (g->kind == AST_PAREN_EXPR) g = g->u.paren.x;
    AstExpr *ftype = g->kind == AST_CALL_EXPR ? tc_spell_func(c, g->u.call.fun) : NULL;
    return tc_tuple_string(c, ts, tt->nfields, false, ftype, true);
}

// params_string: the parameter types of call e's callee sig, "(T, ...U)"
static const char *params_string(Checker *c, AstExpr *e, Type *sig) {
    return tc_tuple_string(c, sig->params, sig->nparams, sig->variadic, tc_spell_func(c, e->u.call.fun), false);
}

// arg_type_for_message: types2 prints untyped constant args as "number"
static Type *have_type(Checker *c, Operand *x) {
    if (x->mode == MODE_CONSTANT && tc_is_untyped(x->type) && tc_is_numeric(x->type)) return NULL;
    if (tc_is_untyped(x->type) && x->type->kind != KIND_UNTYPED_NIL) return tc_default_type(c, x->type);
    return x->type;
}

static void arg_count_error(Checker *c, AstExpr *e, Type *sig, Operand *args, int nargs, bool too_many) {
    tc_arg_count_error(c, e, args, nargs, sig->nparams, too_many, params_string(c, e, sig));
}

// tc_arg_count_error: Go's "not enough / too many arguments in call" for
// call e with nargs arguments args, np parameters spelled want ("(T, int)")
void tc_arg_count_error(Checker *c, AstExpr *e, Operand *args, int nargs, int np, bool too_many, const char *want) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < nargs; i++) {
        Type *have = have_type(c, &args[i]);
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, have ? tc_expr_type_string(c, args[i].expr, have) : "number");
    }
    sb_putc(&b, ')');
    // types2: too many -> at the first extra argument; not enough -> at the
    // last argument, or at ")" when there is none
    Pos pos = too_many && nargs > np ? args[np].expr->pos
            : nargs > 0 ? args[nargs - 1].expr->pos : e->pos;
    tc_errorf(c, pos, "%s arguments in call to %s\n\thave %.*s\n\twant %s", too_many ? "too many" : "not enough",
              tc_expr_str(c, e->u.call.fun), (int)b.len, b.p, want);
    sb_free(&b);
}

// tc_call_args evaluates the arguments of call e into args (room for
// e->u.call.args.n + 1): a single argument may be a tuple f(g()).
void tc_call_args(Checker *c, AstExpr *e, Operand *args) {
    AstExprList *al = &e->u.call.args;
    memset(args, 0, (size_t)(al->n + 1) * sizeof *args);
    if (al->n == 1) {
        tc_multi_expr(c, &args[0], al->v[0]);
        return;
    }
    for (int i = 0; i < al->n; i++) tc_expr(c, &args[i], al->v[i]);
}

// check_args checks the arguments of call e against signature sig and
// fills ci. Handles f(g()) with multi-result g, variadics and "...".
// pre: the arguments already evaluated by tc_call_args, or NULL.
static void check_args(Checker *c, AstExpr *e, Type *sig, CallInfo *ci, Operand *pre) {
    AstExprList *al = &e->u.call.args;
    const char *ctx = arena_printf(c->arena, "argument to %s", tc_expr_str(c, e->u.call.fun));
    Operand *args = pre;
    if (!args) {
        args = arena_alloc(c->arena, (size_t)(al->n + 1) * sizeof *args);
        tc_call_args(c, e, args);
    }
    int nargs = 0;
    if (al->n == 1) {
        if (args[0].mode != MODE_INVALID && args[0].type && args[0].type->kind == KIND_TUPLE) {
            ci->tuple_arg = true;
            Type *tt = args[0].type;
            int np = sig->nparams;
            if (tt->nfields != np && !(sig->variadic && tt->nfields >= np - 1)) {
                tc_errorf(c, al->v[0]->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                          tt->nfields < np ? "not enough" : "too many", tc_expr_str(c, e->u.call.fun),
                          tuple_string(c, tt, al->v[0]), params_string(c, e, sig));
                return;
            }
            ci->tuple_box = arena_alloc(c->arena, (size_t)tt->nfields * sizeof *ci->tuple_box);
            for (int i = 0; i < tt->nfields; i++) {
                Type *pt = (Type *)(sig->variadic && i >= np - 1 ? sig->params[np - 1]->elem : sig->params[i]);
                Operand o = {.mode = MODE_VALUE, .type = (Type *)tt->fields[i].type, .expr = al->v[0]};
                tc_assignment_as(c, &o, NULL, pt, SPELL(e->u.call.fun, SPELL_PARAM_ELEM, i), ctx);
                ci->tuple_box[i] = tc_box_type(pt, o.type);
            }
            ci->nargs = tt->nfields;
            return;
        }
        if (args[0].mode == MODE_COMMAOK || args[0].mode == MODE_MAPINDEX) args[0].mode = MODE_VALUE;
        nargs = 1;
    } else {
        nargs = al->n;
    }
    for (int i = 0; i < nargs; i++)
        if (args[i].mode == MODE_INVALID) return;
    if (nargs == 1 && args[0].mode != MODE_INVALID) {
        // single argument checked with multi_expr: apply single-value rules
        if (args[0].mode == MODE_NOVALUE || args[0].mode == MODE_TYPEXPR || args[0].mode == MODE_BUILTIN) {
            Operand t = args[0];
            tc_assignment(c, &t, NULL, c->u.t_any, "argument");
            return;
        }
    }
    int np = sig->nparams;
    ci->nargs = nargs;
    if (e->u.call.has_ellipsis) {
        if (!sig->variadic) {
            tc_errorf(c, e->u.call.ellipsis, "have (...) but function is not variadic: %s", tc_expr_str(c, e->u.call.fun));
            return;
        }
        ci->spread = true;
        if (nargs != np) {
            arg_count_error(c, e, sig, args, nargs, nargs > np);
            return;
        }
        for (int i = 0; i < nargs; i++)
            tc_assignment_as(c, &args[i], &al->v[i], (Type *)sig->params[i], SPELL(e->u.call.fun, SPELL_PARAM, i), ctx);
        return;
    }
    if (sig->variadic ? nargs < np - 1 : nargs != np) {
        arg_count_error(c, e, sig, args, nargs, nargs > np);
        return;
    }
    for (int i = 0; i < nargs; i++) {
        Type *pt = (Type *)(sig->variadic && i >= np - 1 ? sig->params[np - 1]->elem : sig->params[i]);
        tc_assignment_as(c, &args[i], &al->v[i], pt, SPELL(e->u.call.fun, SPELL_PARAM_ELEM, i), ctx);
    }
}

static void call_result(Checker *c, Operand *x, AstExpr *e, Type *sig) {
    if (sig->nresults == 0) {
        x->mode = MODE_NOVALUE;
        x->type = NULL;
    } else if (sig->nresults == 1) {
        x->mode = MODE_VALUE;
        x->type = (Type *)sig->results[0];
    } else {
        x->mode = MODE_VALUE;
        x->type = tc_tuple(c, (Type **)sig->results, sig->nresults);
    }
    EN(e)->type = x->type;
    x->expr = e;
}

void tc_call(Checker *c, Operand *x, AstExpr *e) {
    AstExpr *callee = e->u.call.fun;
    while (callee->kind == AST_PAREN_EXPR) callee = callee->u.paren.x;
    Obj *gen = tc_generic_obj(c, callee->kind == AST_INDEX_EXPR        ? callee->u.index.x
                                 : callee->kind == AST_INDEX_LIST_EXPR ? callee->u.index_list.x
                                                                       : callee);
    if (gen && gen->kind == OBJ_FUNC) {
        tc_generic_call(c, x, e, gen);
        return;
    }
    c->in_call_fun = callee->kind == AST_SELECTOR_EXPR;
    tc_expr_or_type(c, x, e->u.call.fun);
    c->in_call_fun = false;
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < e->u.call.args.n; i++) {
            Operand t;
            raw_expr_quiet(c, &t, e->u.call.args.v[i]);
        }
        return;
    }
    if (x->mode == MODE_TYPEXPR) {
        Type *t = x->type;
        if (e->u.call.args.n != 1) {
            tc_errorf(c, e->u.call.args.n ? e->u.call.args.v[e->u.call.args.n > 1 ? 1 : 0]->pos : e->u.call.rparen,
                      e->u.call.args.n ? "too many arguments in conversion to %s" : "missing argument in conversion to %s",
                      tc_type_string(c, t));
            x->mode = MODE_INVALID;
            return;
        }
        tc_conversion(c, x, e, t);
        return;
    }
    if (x->mode == MODE_BUILTIN) {
        tc_builtin_call(c, x, e, x->builtin);
        return;
    }
    Type *ft = x->type;
    if (!ft || tc_under(ft)->kind != KIND_FUNC) {
        tc_errorf(c, e->pos, "invalid operation: cannot call non-function %s", tc_operand_string(c, x));
        x->mode = MODE_INVALID;
        return;
    }
    tc_call_value(c, x, e, NULL);
}

// tc_call_value: call e of the function value x (already checked);
// pre: its arguments if already evaluated (tc_call_args), or NULL.
void tc_call_value(Checker *c, Operand *x, AstExpr *e, Operand *pre) {
    const Type *sig = tc_under(x->type);
    CallInfo *ci = arena_alloc(c->arena, sizeof *ci);
    ci->sig = (Type *)sig;
    ci->variadic = sig->variadic;
    ci->nfixed = sig->variadic ? sig->nparams - 1 : sig->nparams;
    if (sig->variadic) ci->variadic_slice = (Type *)sig->params[sig->nparams - 1];
    ci->nresults = sig->nresults;
    AstExpr *fun = e->u.call.fun;
    while (fun->kind == AST_PAREN_EXPR) fun = fun->u.paren.x;
    if (EN(fun)->op == OP_METHOD) {
        MethodRef *mr = EN(fun)->aux;
        EN(e)->op = mr->mode == RECV_IFACE ? OP_CALL_IFACE : OP_CALL_METHOD;
        ci->fn = mr->fn;
    } else if (EN(fun)->op == OP_FUNC_VAL) {
        EN(e)->op = OP_CALL;
        ci->fn = EN(fun)->aux;
    } else if (EN(fun)->op == OP_NATIVE_VAL) {
        EN(e)->op = OP_CALL_NATIVE;
        ci->native = EN(fun)->aux;
    } else {
        EN(e)->op = OP_CALL_CLOSURE;
    }
    EN(e)->aux = ci;
    check_args(c, e, (Type *)sig, ci, pre);
    call_result(c, x, e, (Type *)sig);
}

// raw_expr_quiet checks e for its side effects on 'used' marks only.
void raw_expr_quiet(Checker *c, Operand *x, AstExpr *e) { tc_multi_expr(c, x, e); }

// ---- composite literals ----

static void struct_lit(Checker *c, AstExpr *e, Type *t, CompositeInfo *ci) {
    const Type *u = tc_under(t);
    AstExprList *el = &e->u.composite.elts;
    ci->n = el->n;
    ci->values = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->values);
    ci->index = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->index);
    ci->elem_types = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->elem_types);
    if (el->n == 0) return;
    bool keyed = el->v[0]->kind == AST_KEY_VALUE_EXPR;
    // a built-in package's struct: its unexported fields are not the program's
    bool foreign = (t->flags & TF_NAMED) && t->pkg && strcmp(t->pkg, "main") != 0;
    const Field **given = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *given);   // per element (zero-size fields share offsets)
    for (int i = 0; i < el->n; i++) {
        AstExpr *v = el->v[i];
        const Field *f = NULL;
        AstExpr **vslot = &el->v[i];
        if (keyed) {
            if (v->kind != AST_KEY_VALUE_EXPR) {
                tc_errorf(c, v->pos, "mixture of field:value and value elements in struct literal");
                return;
            }
            AstExpr *k = v->u.key_value.key;
            if (k->kind != AST_IDENT) {
                tc_errorf(c, k->pos, "invalid field name %s in struct literal", tc_expr_str(c, k));
                continue;
            }
            for (int j = 0; j < u->nfields; j++)
                if (strcmp(u->fields[j].name, k->u.ident.name) == 0 && (!foreign || u->fields[j].exported)) f = &u->fields[j];
            if (!f) {
                tc_errorf(c, k->pos, "unknown field '%s' in struct literal of type %s", k->u.ident.name, tc_type_string(c, t));
                continue;
            }
            for (int j = 0; j < i; j++)
                if (given[j] == f) tc_errorf(c, k->pos, "duplicate field name %s in struct literal", k->u.ident.name);
            given[i] = f;
            vslot = &v->u.key_value.value;
        } else {
            if (v->kind == AST_KEY_VALUE_EXPR) {
                tc_errorf(c, v->pos, "mixture of field:value and value elements in struct literal");
                return;
            }
            if (i >= u->nfields) {
                tc_errorf(c, v->pos, "too many values in struct literal of type %s", tc_type_string(c, t));
                return;
            }
            f = &u->fields[i];
            if (foreign && !f->exported) {
                tc_errorf(c, v->pos, "implicit assignment to unexported field %s in %s literal", f->name, tc_type_string(c, t));
                continue;
            }
        }
        Operand x;
        if ((*vslot)->kind == AST_COMPOSITE_LIT && !(*vslot)->u.composite.type)
            tc_composite_lit(c, &x, *vslot, (Type *)f->type);
        else
            tc_expr(c, &x, *vslot);
        tc_assignment_as(c, &x, vslot, (Type *)f->type, SPELL(e, SPELL_FIELD, (int)(f - u->fields)), "struct literal");
        ci->values[i] = *vslot;
        ci->index[i] = f->offset;
        ci->elem_types[i] = f->type;
    }
    if (!keyed && el->n < u->nfields && el->n > 0)
        tc_errorf(c, e->u.composite.rbrace, "too few values in struct literal of type %s", tc_type_string(c, t));
}

// elem_value checks the element or key at *vslot of a composite literal
// against elem (written as spell says)
static void elem_value(Checker *c, AstExpr **vslot, Type *elem, SpellRef spell, const char *ctx) {
    Operand x;
    AstExpr *v = *vslot;
    if (v->kind == AST_COMPOSITE_LIT && !v->u.composite.type && tc_under(elem)->kind == KIND_POINTER) {
        // {…} for a *T element means &T{…} (spec "Composite literals"); so
        // too for a named pointer type or a type parameter whose core
        // type is *T (types2: deref(coreType(elem)))
        AstExpr *addr = ast_new_expr(c->arena, AST_UNARY_EXPR, v->pos);
        addr->u.unary.op = TOK_AND;
        addr->u.unary.x = v;
        tc_composite_lit(c, &x, v, (Type *)tc_under(elem)->elem);
        EN(addr)->op = OP_ADDR_COMPOSITE;
        EN(addr)->type = elem;
        x.type = elem;
        x.expr = addr;
        *vslot = addr;
    } else if (v->kind == AST_COMPOSITE_LIT && !v->u.composite.type) {
        tc_composite_lit(c, &x, v, elem);
    } else if (v->kind == AST_UNARY_EXPR && v->u.unary.op == TOK_AND && v->u.unary.x->kind == AST_COMPOSITE_LIT &&
               !v->u.unary.x->u.composite.type && tc_under(elem)->kind == KIND_POINTER) {
        tc_composite_lit(c, &x, v->u.unary.x, (Type *)tc_under(elem)->elem);
        EN(v)->op = OP_ADDR_COMPOSITE;
        EN(v)->type = elem;
        x.type = elem;
        x.expr = v;
    } else {
        tc_expr(c, &x, v);
    }
    tc_assignment_as(c, &x, vslot, elem, spell, ctx);
}

static int64_t array_lit(Checker *c, AstExpr *e, Type *elem, int64_t len, CompositeInfo *ci, const char *ctx) {
    AstExprList *el = &e->u.composite.elts;
    ci->n = el->n;
    ci->values = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->values);
    ci->index = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->index);
    int64_t idx = 0, max = 0;
    for (int i = 0; i < el->n; i++) {
        AstExpr *v = el->v[i];
        AstExpr **vslot = &el->v[i];
        if (v->kind == AST_KEY_VALUE_EXPR) {
            Operand k;
            tc_expr(c, &k, v->u.key_value.key);
            bool ok = false;
            int64_t kv = k.mode == MODE_CONSTANT ? const_int64(k.val, &ok) : -1;
            if (!ok || kv < 0) {
                tc_errorf(c, v->u.key_value.key->pos, "index %s must be integer constant", tc_expr_str(c, v->u.key_value.key));
            } else {
                idx = kv;
            }
            vslot = &v->u.key_value.value;
        }
        if (len >= 0 && idx >= len) {
            tc_errorf(c, (*vslot)->pos, "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)len);
        }
        for (int j = 0; j < i; j++)
            if (ci->index[j] == idx) {
                tc_errorf(c, (*vslot)->pos, "duplicate index %lld in array or slice literal", (long long)idx);
                break;
            }
        elem_value(c, vslot, elem, SPELL(e, SPELL_ELEM, 0), ctx);
        ci->values[i] = *vslot;
        ci->index[i] = idx;
        idx++;
        if (idx > max) max = idx;
    }
    return max;
}

static void map_lit(Checker *c, AstExpr *e, const Type *u, CompositeInfo *ci) {
    AstExprList *el = &e->u.composite.elts;
    ci->n = el->n;
    ci->values = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->values);
    ci->keys = arena_alloc(c->arena, (size_t)(el->n + 1) * sizeof *ci->keys);
    for (int i = 0; i < el->n; i++) {
        AstExpr *v = el->v[i];
        if (v->kind != AST_KEY_VALUE_EXPR) {
            tc_errorf(c, v->pos, "missing key in map literal");
            continue;
        }
        elem_value(c, &v->u.key_value.key, (Type *)u->key, SPELL(e, SPELL_KEY, 0), "map literal");
        elem_value(c, &v->u.key_value.value, (Type *)u->elem, SPELL(e, SPELL_ELEM, 0), "map literal");
        ci->keys[i] = v->u.key_value.key;
        ci->values[i] = v->u.key_value.value;
        if (EN(ci->keys[i])->op == OP_CONST) {
            for (int j = 0; j < i; j++) {
                if (!ci->keys[j] || EN(ci->keys[j])->op != OP_CONST) continue;
                Value *a = EN(ci->keys[i])->aux, *b = EN(ci->keys[j])->aux;
                bool same = tc_is_string(u->key) ? rt_string_eq(a->s, b->s) : a->u == b->u;
                if (same) {
                    tc_errorf(c, ci->keys[i]->pos, "duplicate key %s in map literal", tc_expr_str(c, ci->keys[i]));
                    break;
                }
            }
        }
    }
}

void tc_composite_lit(Checker *c, Operand *x, AstExpr *e, Type *hint) {
    Type *t = hint;
    AstExpr *te = e->u.composite.type;
    bool open_array = false;
    if (te) {
        if (te->kind == AST_ARRAY_TYPE && te->u.array_type.len && te->u.array_type.len->kind == AST_ELLIPSIS) {
            Type *elem = tc_type_expr(c, te->u.array_type.elt);
            t = elem ? tc_array(c, elem, 0) : NULL;
            open_array = true;
        } else {
            t = tc_type_expr(c, te);
        }
    }
    if (!t) {
        if (!te) tc_errorf(c, e->pos, "invalid composite literal type: missing type");
        x->mode = MODE_INVALID;
        return;
    }
    if (t->flags & TF_INCOMPLETE) {   // type T [len(T{})]int
        tc_errorf(c, te ? te->pos : e->pos, "illegal cycle in type declaration");
        x->mode = MODE_INVALID;
        return;
    }
    const SynthParam *sp = tc_synth_param(c, t);
    if (sp && !sp->core) {   // T{} needs a core type (struct, array, slice or map)
        tc_errorf(c, te ? te->pos : e->pos, "invalid composite literal type %s", tc_type_string(c, t));
        x->mode = MODE_INVALID;
        return;
    }
    const Type *u = tc_under(t);
    CompositeInfo *ci = arena_alloc(c->arena, sizeof *ci);
    EN(e)->type = t;   // its elements' messages spell their types from it (spell.c)
    switch (u->kind) {
    case KIND_STRUCT: struct_lit(c, e, t, ci); break;
    case KIND_ARRAY: {
        int64_t n = array_lit(c, e, (Type *)u->elem, open_array ? -1 : u->len, ci, "array or slice literal");
        if (open_array) t = tc_array(c, (Type *)u->elem, n);
        ci->length = open_array ? n : u->len;
        break;
    }
    case KIND_SLICE:
        ci->length = array_lit(c, e, (Type *)u->elem, -1, ci, "array or slice literal");
        break;
    case KIND_MAP: map_lit(c, e, u, ci); break;
    default:
        tc_errorf(c, e->pos, "invalid composite literal type %s", tc_type_string(c, t));
        x->mode = MODE_INVALID;
        return;
    }
    ci->type = t;
    EN(e)->op = OP_COMPOSITE;
    EN(e)->aux = ci;
    EN(e)->type = t;
    x->mode = MODE_VALUE;
    x->type = t;
    x->expr = e;
}

// ---- function literals ----

void tc_func_lit(Checker *c, Operand *x, AstExpr *e) {
    Type *sig = tc_signature(c, e->u.func_lit.type);
    FuncInfo *outer = c->fn;
    FuncInfo *fn = arena_alloc(c->arena, sizeof *fn);
    // Go's names (cmd/compile closureName): main.f.func1 in a function,
    // main.f.func1.2 in a literal, main.glob..func1 outside functions
    if (!outer) fn->name = arena_printf(c->arena, "main.glob..func%d", ++c->glob_lits);
    else fn->name = arena_printf(c->arena, "%s.%s%d", outer->name, outer->is_lit ? "" : "func", ++outer->nlits);
    fn->is_lit = true;
    fn->sig = sig;
    fn->parent = outer;
    fn->pos = e->pos;
    fn->body = e->u.func_lit.body;
    tc_func_body(c, fn, e->u.func_lit.type, e->u.func_lit.body, NULL);
    EN(e)->op = OP_FUNC_LIT;
    EN(e)->aux = fn;
    EN(e)->type = sig;
    x->mode = MODE_VALUE;
    x->type = sig;
    x->expr = e;
}
