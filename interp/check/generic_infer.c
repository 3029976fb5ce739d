// generic_infer.c - instantiation expressions and calls of generic
// functions: explicit type arguments, function argument type inference
// and constraint type inference (spec "Type inference", Go 1.19 rules and
// messages). Inference unifies the generic declaration's parameter type
// expressions (as written, type parameters by name) with the arguments'
// types; the instance is then made and checked by generic.c.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// tc_generic_obj: see internal.h.
Obj *tc_generic_obj(Checker *c, AstExpr *e) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind == AST_SELECTOR_EXPR) return tc_native_generic(c, e);   // atomic.Pointer
    if (e->kind != AST_IDENT) return NULL;
    Obj *o = tc_scope_lookup(c->scope, e->u.ident.name, NULL);
    if (!o || (o->kind != OBJ_TYPENAME && o->kind != OBJ_FUNC) || !tc_tparams_of(o)) return NULL;
    o->used = true;
    EN(e)->obj = o;
    return o;
}

// subst replaces, in a copy of type expression e, the identifiers naming
// names[0..n) by repl[0..n) (shared, not copied)
static AstExpr *subst(Checker *c, AstExpr *e, AstExpr **names, AstExpr **repl, int n, int depth) {
    if (!e || depth > 200) return e;
    if (e->kind == AST_IDENT) {
        for (int i = 0; i < n; i++)
            if (strcmp(names[i]->u.ident.name, e->u.ident.name) == 0) return repl[i];
        return e;
    }
    AstExpr *r = ast_copy_expr(c->arena, e);
    switch (e->kind) {
    case AST_PAREN_EXPR: r->u.paren.x = subst(c, e->u.paren.x, names, repl, n, depth + 1); break;
    case AST_STAR_EXPR: r->u.star.x = subst(c, e->u.star.x, names, repl, n, depth + 1); break;
    case AST_UNARY_EXPR: r->u.unary.x = subst(c, e->u.unary.x, names, repl, n, depth + 1); break;
    case AST_BINARY_EXPR:
        r->u.binary.x = subst(c, e->u.binary.x, names, repl, n, depth + 1);
        r->u.binary.y = subst(c, e->u.binary.y, names, repl, n, depth + 1);
        break;
    case AST_ELLIPSIS: r->u.ellipsis.elt = subst(c, e->u.ellipsis.elt, names, repl, n, depth + 1); break;
    case AST_ARRAY_TYPE: r->u.array_type.elt = subst(c, e->u.array_type.elt, names, repl, n, depth + 1); break;
    case AST_MAP_TYPE:
        r->u.map_type.key = subst(c, e->u.map_type.key, names, repl, n, depth + 1);
        r->u.map_type.value = subst(c, e->u.map_type.value, names, repl, n, depth + 1);
        break;
    case AST_CHAN_TYPE: r->u.chan_type.value = subst(c, e->u.chan_type.value, names, repl, n, depth + 1); break;
    case AST_INDEX_EXPR: r->u.index.index = subst(c, e->u.index.index, names, repl, n, depth + 1); break;
    case AST_INDEX_LIST_EXPR: {
        AstExpr **v = arena_alloc(c->arena, (size_t)(e->u.index_list.indices.n + 1) * sizeof *v);
        for (int i = 0; i < e->u.index_list.indices.n; i++)
            v[i] = subst(c, e->u.index_list.indices.v[i], names, repl, n, depth + 1);
        r->u.index_list.indices.v = v;
        break;
    }
    case AST_FUNC_TYPE: case AST_INTERFACE_TYPE: case AST_STRUCT_TYPE: {
        AstFieldList *src = e->kind == AST_FUNC_TYPE ? &e->u.func_type.params
                          : e->kind == AST_INTERFACE_TYPE ? &e->u.interface_type.methods : &e->u.struct_type.fields;
        AstFieldList *dst = e->kind == AST_FUNC_TYPE ? &r->u.func_type.params
                          : e->kind == AST_INTERFACE_TYPE ? &r->u.interface_type.methods : &r->u.struct_type.fields;
        for (int pass = 0; pass < (e->kind == AST_FUNC_TYPE ? 2 : 1); pass++) {
            if (pass == 1) {
                src = &e->u.func_type.results;
                dst = &r->u.func_type.results;
            }
            AstField **v = arena_alloc(c->arena, (size_t)(src->n + 1) * sizeof *v);
            for (int i = 0; i < src->n; i++) {
                v[i] = arena_alloc(c->arena, sizeof *v[i]);
                *v[i] = *src->v[i];
                v[i]->type = subst(c, src->v[i]->type, names, repl, n, depth + 1);
            }
            dst->v = v;
        }
        break;
    }
    default: break;
    }
    return r;
}

// tc_subst_tparams: see internal.h.
AstExpr *tc_subst_tparams(Checker *c, AstExpr *e, AstExpr **names, AstExpr **repl, int n) {
    return subst(c, e, names, repl, n, 0);
}

// expand: the underlying type expression of an instantiated generic
// type written as pe (List[E] of "type List[T any] []T" is []E), or NULL
static AstExpr *expand(Checker *c, AstExpr *pe) {
    AstExpr *base = pe->kind == AST_INDEX_EXPR ? pe->u.index.x : pe->kind == AST_INDEX_LIST_EXPR ? pe->u.index_list.x : NULL;
    Obj *g = base ? tc_generic_obj(c, base) : NULL;
    if (!g || g->kind != OBJ_TYPENAME) return NULL;
    AstFieldList *l = tc_tparams_of(g);
    int n = tc_tparam_count(l);
    int na = pe->kind == AST_INDEX_EXPR ? 1 : pe->u.index_list.indices.n;
    if (na != n) return NULL;
    AstExpr **names = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *names);
    AstExpr **repl = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *repl);
    for (int i = 0; i < n; i++) {
        names[i] = tc_tparam_name(l, i, NULL);
        repl[i] = pe->kind == AST_INDEX_EXPR ? pe->u.index.index : pe->u.index_list.indices.v[i];
    }
    return subst(c, g->spec->u.type_spec.type, names, repl, n, 0);
}

// Inference state: the type parameters (names, constraints) and what each
// is bound to so far.
typedef struct Infer {
    int n;
    AstExpr **names;
    AstExpr **constraints;
    Type **bound;
    AstExpr **spell;          // per bound parameter: its type as the argument wrote it (spell.c), or NULL
    bool *by_untyped;         // bound by an untyped constant's default type
    int mismatch;             // constraint inference failed: this parameter's type does not match its core type
    AstExpr *mismatch_core;
    bool mismatch_tilde;
} Infer;

static int tparam_index(const Infer *in, const AstExpr *e) {
    if (e->kind != AST_IDENT) return -1;
    for (int i = 0; i < in->n; i++)
        if (strcmp(in->names[i]->u.ident.name, e->u.ident.name) == 0) return i;
    return -1;
}

// unify matches type expression pe (of the generic signature) with type t,
// binding type parameters (inexact: a defined type matches a type literal
// by its underlying type). h (NULL: none) is a type expression the
// argument's type was written as: a parameter bound records its part.
// False on a mismatch.
static bool unify(Checker *c, Infer *in, AstExpr *pe, const Type *t, AstExpr *h, int depth) {
    if (!pe || !t || depth > 100) return true;
    while (pe->kind == AST_PAREN_EXPR) pe = pe->u.paren.x;
    int k = tparam_index(in, pe);
    if (k >= 0) {
        if (!in->bound[k]) {
            in->bound[k] = (Type *)t;
            in->spell[k] = h;
            return true;
        }
        if (tc_identical(in->bound[k], t)) return true;
        // inexact: a named type and a literal with the same underlying type
        // defined types (predeclared ones too) against type literals only
        bool bn = (in->bound[k]->flags & TF_NAMED) || in->bound[k]->name, tn = (t->flags & TF_NAMED) || t->name;
        if (bn != tn && tc_identical(tc_under(in->bound[k]), tc_under(t))) {
            if (tn) {
                in->bound[k] = (Type *)t;
                in->spell[k] = h;
            }
            return true;
        }
        return false;
    }
    const Type *u = (t->flags & TF_NAMED) && pe->kind != AST_INDEX_EXPR && pe->kind != AST_INDEX_LIST_EXPR &&
                            pe->kind != AST_IDENT && pe->kind != AST_SELECTOR_EXPR
                        ? tc_under(t)
                        : t;
    switch (pe->kind) {
    case AST_STAR_EXPR:
        return u->kind == KIND_POINTER &&
               unify(c, in, pe->u.star.x, u->elem, tc_spell_part(c, t, h, SPELL_ELEM, 0), depth + 1);
    case AST_ARRAY_TYPE:
        if (pe->u.array_type.len ? u->kind != KIND_ARRAY : u->kind != KIND_SLICE) return false;
        return unify(c, in, pe->u.array_type.elt, u->elem, tc_spell_part(c, t, h, SPELL_ELEM, 0), depth + 1);
    case AST_MAP_TYPE:
        if (u->kind != KIND_MAP) return false;
        return unify(c, in, pe->u.map_type.key, u->key, tc_spell_part(c, t, h, SPELL_KEY, 0), depth + 1) &&
               unify(c, in, pe->u.map_type.value, u->elem, tc_spell_part(c, t, h, SPELL_ELEM, 0), depth + 1);
    case AST_CHAN_TYPE:
        return u->kind == KIND_CHAN && unify(c, in, pe->u.chan_type.value, u->elem, tc_spell_part(c, t, h, SPELL_ELEM, 0),
                                             depth + 1);
    case AST_ELLIPSIS:
        return unify(c, in, pe->u.ellipsis.elt, t, h, depth + 1);
    case AST_FUNC_TYPE: {
        if (u->kind != KIND_FUNC) return false;
        int i = 0;
        for (int f = 0; f < pe->u.func_type.params.n; f++) {
            AstField *fd = pe->u.func_type.params.v[f];
            int nn = fd->names.n ? fd->names.n : 1;
            for (int j = 0; j < nn; j++, i++) {
                if (i >= u->nparams) return false;
                AstExpr *pt = fd->type;
                const Type *at = u->params[i];
                AstExpr *ah = tc_spell_part(c, t, h, SPELL_PARAM, i);
                if (pt->kind == AST_ELLIPSIS) {
                    pt = pt->u.ellipsis.elt;
                    at = at->elem;
                    ah = ah && ah->kind == AST_ELLIPSIS ? ah->u.ellipsis.elt : NULL;
                }
                if (!unify(c, in, pt, at, ah, depth + 1)) return false;
            }
        }
        i = 0;
        for (int f = 0; f < pe->u.func_type.results.n; f++) {
            AstField *fd = pe->u.func_type.results.v[f];
            int nn = fd->names.n ? fd->names.n : 1;
            for (int j = 0; j < nn; j++, i++) {
                if (i >= u->nresults) return false;
                if (!unify(c, in, fd->type, u->results[i], tc_spell_part(c, t, h, SPELL_RESULT, i), depth + 1)) return false;
            }
        }
        return i == u->nresults;
    }
    case AST_STRUCT_TYPE: {   // a struct core type (~struct{ ID T }): field by field, names alike
        if (u->kind != KIND_STRUCT) return false;
        int i = 0;
        for (int f = 0; f < pe->u.struct_type.fields.n; f++) {
            AstField *fd = pe->u.struct_type.fields.v[f];
            int nn = fd->names.n ? fd->names.n : 1;
            for (int j = 0; j < nn; j++, i++) {
                if (i >= u->nfields || (fd->names.n && strcmp(fd->names.v[j]->u.ident.name, u->fields[i].name) != 0) ||
                    !fd->names.n != u->fields[i].embedded)
                    return false;
                if (!unify(c, in, fd->type, u->fields[i].type, NULL, depth + 1)) return false;
            }
        }
        return i == u->nfields;
    }
    case AST_INDEX_EXPR:
    case AST_INDEX_LIST_EXPR: {
        const GenInst *g = tc_inst_of_type(c, t);
        if (!g && !(t->flags & TF_NAMED)) {   // List[T] and a type literal: by List's underlying type
            AstExpr *x = expand(c, pe);
            return x && unify(c, in, x, t, NULL, depth + 1);
        }
        if (!g) return false;
        AstExpr *base = pe->kind == AST_INDEX_EXPR ? pe->u.index.x : pe->u.index_list.x;
        if (base->kind != AST_IDENT || strcmp(base->u.ident.name, g->gen->name) != 0) return false;
        int na = pe->kind == AST_INDEX_EXPR ? 1 : pe->u.index_list.indices.n;
        for (int i = 0; i < na && i < g->n; i++) {
            AstExpr *ae = pe->kind == AST_INDEX_EXPR ? pe->u.index.index : pe->u.index_list.indices.v[i];
            if (!unify(c, in, ae, g->targs[i], NULL, depth + 1)) return false;
        }
        return true;
    }
    default: return true;
    }
}

// core_term: the single term of a constraint written as one term ("~[]E",
// "*T", "[]E"), its tilde in *tilde; NULL for anything else (a named
// constraint such as Setter[T] is looked into by constraint_inference).
static AstExpr *core_term(Checker *c, AstExpr *ce, bool *tilde) {
    *tilde = false;
    while (ce->kind == AST_PAREN_EXPR) ce = ce->u.paren.x;
    if (ce->kind == AST_INTERFACE_TYPE) {   // interface{ ~[]E } or interface{ *T; M() }
        AstExpr *one = NULL;
        for (int i = 0; i < ce->u.interface_type.methods.n; i++) {
            AstField *f = ce->u.interface_type.methods.v[i];
            if (f->names.n) continue;
            if (one) return NULL;
            one = f->type;
        }
        if (!one) return NULL;
        ce = one;
    }
    if (ce->kind == AST_BINARY_EXPR && ce->u.binary.op == TOK_OR) {   // ~chan T | ~<-chan T: a channel core type
        AstExpr *first = NULL;
        for (AstExpr *u = ce;;) {
            AstExpr *t = u->kind == AST_BINARY_EXPR && u->u.binary.op == TOK_OR ? u->u.binary.y : u;
            if (t->kind == AST_UNARY_EXPR && t->u.unary.op == TOK_TILDE) t = t->u.unary.x;
            if (t->kind != AST_CHAN_TYPE) return NULL;
            first = t;
            if (!(u->kind == AST_BINARY_EXPR && u->u.binary.op == TOK_OR)) break;
            u = u->u.binary.x;
        }
        *tilde = true;
        return first;
    }
    if (ce->kind == AST_UNARY_EXPR && ce->u.unary.op == TOK_TILDE) {
        *tilde = true;
        ce = ce->u.unary.x;
    }
    switch (ce->kind) {
    case AST_INDEX_EXPR: case AST_INDEX_LIST_EXPR: {   // an instance of a generic type; a generic constraint: its term
        Obj *g = tc_generic_obj(c, ce->kind == AST_INDEX_EXPR ? ce->u.index.x : ce->u.index_list.x);
        if (g && g->kind == OBJ_TYPENAME && g->spec->u.type_spec.type->kind == AST_INTERFACE_TYPE) {
            AstExpr *x = expand(c, ce);
            return x ? core_term(c, x, tilde) : NULL;
        }
        return ce;
    }
    case AST_STAR_EXPR: case AST_ARRAY_TYPE: case AST_MAP_TYPE: case AST_CHAN_TYPE: case AST_FUNC_TYPE:
    case AST_STRUCT_TYPE:
        return ce;
    default: return NULL;
    }
}

static bool is_unbound(void *ctx, AstExpr *id) {
    const Infer *in = ctx;
    int k = tparam_index(in, id);
    return k >= 0 && !in->bound[k];
}

static bool is_bound(void *ctx, AstExpr *id) {
    const Infer *in = ctx;
    int k = tparam_index(in, id);
    return k >= 0 && in->bound[k];
}

// mentions_unbound: type expression e names a type parameter not bound yet
static bool mentions_unbound(const Infer *in, AstExpr *e, int depth) { return tc_type_mentions(e, is_unbound, (void *)in, depth); }

// mentions_bound: type expression e names a bound type parameter
static bool mentions_bound(const Infer *in, AstExpr *e, int depth) { return tc_type_mentions(e, is_bound, (void *)in, depth); }

// bound_type: type expression e with the bound type parameters substituted
static Type *bound_type(Checker *c, Infer *in, AstExpr *e) {
    Scope *s = tc_bind_scope(c, NULL, in->names, in->n, in->bound);
    Scope *saved = c->scope;
    c->scope = s;
    Type *t = tc_type_expr(c, ast_clone_expr(c->arena, e));
    c->scope = saved;
    return t;
}

// constraint_inference: spec "Constraint type inference" - a bound type
// parameter's core term binds the parameters it mentions; an unbound one
// whose core term (without ~) is fully known is that type.
static void constraint_inference(Checker *c, Infer *in) {
    for (int round = 0; round < in->n + 1; round++) {
        bool progress = false;
        for (int i = 0; i < in->n; i++) {
            bool tilde;
            AstExpr *core = core_term(c, in->constraints[i], &tilde);
            if (!core && !in->bound[i] && !mentions_unbound(in, in->constraints[i], 0) &&
                !tc_is_type_term(in->constraints[i])) {
                // a named constraint with one exact term: interface{ *T; M() } behind a name
                bool saved_in = c->in_constraint;
                c->in_constraint = true;
                Type *ct = bound_type(c, in, in->constraints[i]);
                c->in_constraint = saved_in;
                const TypeSetInfo *ts = ct ? tc_typeset_of(c, ct) : NULL;
                if (ts && ts->nunions == 1 && ts->unions[0].n == 1 && !ts->unions[0].terms[0].tilde) {
                    in->bound[i] = ts->unions[0].terms[0].type;
                    progress = true;
                }
                continue;
            }
            if (!core) continue;
            if (in->bound[i]) {
                if (mentions_unbound(in, core, 0)) {
                    if (!unify(c, in, core, tilde ? tc_under(in->bound[i]) : in->bound[i],
                               tilde ? NULL : in->spell[i], 0)) {
                        in->mismatch = i;
                        in->mismatch_core = core;
                        in->mismatch_tilde = tilde;
                        return;
                    }
                    progress = true;
                }
            } else if (!tilde && !mentions_unbound(in, core, 0)) {
                in->bound[i] = bound_type(c, in, core);
                progress = in->bound[i] != NULL;
            }
        }
        if (!progress) break;
    }
}

static Infer new_infer(Checker *c, AstFieldList *l) {
    Infer in = {0};
    in.mismatch = -1;
    for (int i = 0; i < l->n; i++) in.n += l->v[i]->names.n;
    in.names = arena_alloc(c->arena, (size_t)(in.n + 1) * sizeof *in.names);
    in.constraints = arena_alloc(c->arena, (size_t)(in.n + 1) * sizeof *in.constraints);
    in.bound = arena_alloc(c->arena, (size_t)(in.n + 1) * sizeof *in.bound);
    in.spell = arena_alloc(c->arena, (size_t)(in.n + 1) * sizeof *in.spell);
    in.by_untyped = arena_alloc(c->arena, (size_t)(in.n + 1) * sizeof *in.by_untyped);
    int k = 0;
    for (int i = 0; i < l->n; i++)
        for (int j = 0; j < l->v[i]->names.n; j++) {
            in.names[k] = l->v[i]->names.v[j];
            in.constraints[k++] = l->v[i]->type;
        }
    return in;
}

// explicit_targs: the type arguments written in callee (an index
// expression; none otherwise) into in->bound; their expressions in *xlist.
// False after an error.
static bool explicit_targs(Checker *c, Infer *in, AstExpr *callee, AstExpr ***xlist, int *nx) {
    *nx = 0;
    *xlist = NULL;
    AstExpr **v;
    int n;
    if (callee->kind == AST_INDEX_EXPR) {
        v = &callee->u.index.index;
        n = 1;
    } else if (callee->kind == AST_INDEX_LIST_EXPR) {
        v = callee->u.index_list.indices.v;
        n = callee->u.index_list.indices.n;
    } else {
        return true;
    }
    if (n > in->n) {
        tc_errorf(c, v[in->n]->pos, "got %d type arguments but want %d", n, in->n);
        return false;
    }
    bool ok = true;
    for (int i = 0; i < n; i++) {
        in->bound[i] = tc_type_expr(c, v[i]);
        if (!in->bound[i]) ok = false;
    }
    *xlist = v;
    *nx = n;
    return ok;
}

// annotate_callee marks callee (and the index expression naming the
// instance, if any) as the instance function o
static void annotate_callee(Checker *c, Operand *x, AstExpr *e, Obj *o) {
    for (AstExpr *p = e;;) {
        EN(p)->type = o->type;
        EN(p)->op = OP_FUNC_VAL;
        EN(p)->aux = o->fn;
        EN(p)->obj = o;
        if (p->kind == AST_PAREN_EXPR) p = p->u.paren.x;
        else break;
    }
    x->mode = MODE_VALUE;
    x->type = o->type;
    x->expr = e;
    if (c->cur_decl_obj) tc_add_dep(c, c->cur_decl_obj, o);
}

// tc_generic_index: see internal.h.
void tc_generic_index(Checker *c, Operand *x, AstExpr *e, Obj *gen) {
    x->mode = MODE_INVALID;
    x->expr = e;
    AstFieldList *l = tc_tparams_of(gen);
    AstExpr **v = e->kind == AST_INDEX_EXPR ? &e->u.index.index : e->u.index_list.indices.v;
    int n = e->kind == AST_INDEX_EXPR ? 1 : e->u.index_list.indices.n;
    if (gen->kind == OBJ_TYPENAME) {
        Type **targs = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *targs);
        bool ok = true;
        for (int i = 0; i < n; i++) {
            targs[i] = tc_type_expr(c, v[i]);
            if (!targs[i]) ok = false;
        }
        if (!ok) return;
        Type *t = tc_instantiate_type(c, gen, targs, n, e->kind == AST_INDEX_EXPR ? e->u.index.x->pos : e->u.index_list.x->pos, v);
        if (!t) return;
        x->mode = MODE_TYPEXPR;
        x->type = t;
        EN(e)->type = t;
        EN(e)->op = OP_TYPE_EXPR;
        return;
    }
    Infer in = new_infer(c, l);
    AstExpr **xlist;
    int nx;
    if (!explicit_targs(c, &in, e, &xlist, &nx)) return;
    constraint_inference(c, &in);
    for (int i = 0; i < in.n; i++)
        if (!in.bound[i]) {
            tc_errorf(c, e->pos, "cannot use generic function %s without instantiation", gen->name);
            return;
        }
    Obj *o = tc_instantiate_func(c, gen, in.bound, in.n, e->pos, xlist, nx);
    if (!o) return;
    annotate_callee(c, x, e, o);
}

// tparams_string: types2's typeParamsString, "T", "K and V", "A, B, and C"
static const char *tparams_string(Checker *c, const Infer *in) {
    StrBuf b = {0};
    for (int i = 0; i < in->n; i++) {
        if (i) sb_puts(&b, in->n == 2 ? " and " : i == in->n - 1 ? ", and " : ", ");
        sb_puts(&b, in->names[i]->u.ident.name);
    }
    const char *s = arena_strndup(c->arena, b.p, b.len);
    sb_free(&b);
    return s;
}

typedef struct Subst {
    Checker *c;
    const Infer *in;
} Subst;

// subst_ident renames identifier id of a bound type parameter to its
// type's spelling; false: keep walking
static bool subst_ident(void *ctx, AstExpr *id) {
    const Subst *s = ctx;
    int k = tparam_index(s->in, id);
    if (k >= 0 && s->in->bound[k]) id->u.ident.name = tc_spell_type(s->c, s->in->bound[k], s->in->spell[k]);
    return false;
}

// spelled_params: type expression p with its bound type parameters
// replaced by the types the arguments wrote for them (a hint, spell.c)
static AstExpr *spelled_params(Checker *c, const Infer *in, AstExpr *p) {
    AstExpr **repl = arena_alloc(c->arena, (size_t)(in->n + 1) * sizeof *repl);
    for (int i = 0; i < in->n; i++) repl[i] = in->spell[i] ? in->spell[i] : in->names[i];
    return subst(c, p, in->names, repl, in->n, 0);
}

// partial_string: type expression p spelled with the bound type
// parameters replaced by their types, the others left as named
// ("func(string) U": types2's subst of an incomplete inference)
static const char *partial_string(Checker *c, const Infer *in, AstExpr *p) {
    AstExpr *q = ast_clone_expr(c->arena, p);
    Subst s = {c, in};
    tc_type_mentions(q, subst_ident, &s, 0);
    return ast_expr_string(c->arena, q);
}

// mismatch reports argument ae of type t that does not unify with its
// parameter's type p (types2's inference errorf)
static void mismatch(Checker *c, Infer *in, AstExpr *p, const Type *t, AstExpr *ae) {
    bool none = true;
    for (int i = 0; i < in->n; i++) none = none && !in->bound[i];
    const char *ps = ast_expr_string(c->arena, p);
    if (none) {
        tc_errorf(c, ae->pos, "type %s of %s does not match %s (cannot infer %s)", tc_expr_type_string(c, ae, t),
                  tc_expr_str(c, ae), ps, tparams_string(c, in));
        return;
    }
    Type *inferred = mentions_unbound(in, p, 0) ? NULL : bound_type(c, in, p);
    if (inferred && tparam_index(in, p) < 0 && !mentions_bound(in, p, 0)) inferred = NULL;
    const char *ts = tc_expr_type_string(c, ae, t);
    if (inferred)
        tc_errorf(c, ae->pos, "type %s of %s does not match inferred type %s for %s", ts, tc_expr_str(c, ae),
                  tc_spell_type(c, inferred, spelled_params(c, in, p)), ps);
    else if (mentions_bound(in, p, 0))   // some of p's parameters inferred, not all
        tc_errorf(c, ae->pos, "type %s of %s does not match inferred type %s for %s", ts, tc_expr_str(c, ae),
                  partial_string(c, in, p), ps);
    else
        tc_errorf(c, ae->pos, "type %s of %s does not match %s", ts, tc_expr_str(c, ae), ps);
}

// tc_generic_call: see internal.h.
void tc_generic_call(Checker *c, Operand *x, AstExpr *e, Obj *gen) {
    AstExpr *callee = e->u.call.fun;
    while (callee->kind == AST_PAREN_EXPR) callee = callee->u.paren.x;
    AstFieldList *l = tc_tparams_of(gen);
    Infer in = new_infer(c, l);
    AstExpr **xlist;
    int nx;
    x->mode = MODE_INVALID;
    x->expr = e;
    AstExprList *al = &e->u.call.args;
    Operand *args = arena_alloc(c->arena, (size_t)(al->n + 1) * sizeof *args);
    bool ok = explicit_targs(c, &in, callee, &xlist, &nx);
    tc_call_args(c, e, args);
    if (!ok) return;
    for (int i = 0; i < al->n; i++)
        if (args[i].mode == MODE_INVALID) return;
    // the argument types, one per parameter position (a tuple f(g()) spread)
    int na = al->n;
    const Type **at = arena_alloc(c->arena, (size_t)(na + 1) * sizeof *at);
    Operand **aop = arena_alloc(c->arena, (size_t)(na + 1) * sizeof *aop);
    if (na == 1 && args[0].type && args[0].type->kind == KIND_TUPLE) {
        na = args[0].type->nfields;
        at = arena_alloc(c->arena, (size_t)(na + 1) * sizeof *at);
        aop = arena_alloc(c->arena, (size_t)(na + 1) * sizeof *aop);
        for (int i = 0; i < na; i++) at[i] = args[0].type->fields[i].type;
    } else {
        for (int i = 0; i < na; i++) {
            at[i] = args[i].type;
            aop[i] = &args[i];
        }
    }
    // the generic parameters as written, one per position
    AstExpr *ft = gen->decl->u.func.type;
    int np = 0;
    for (int f = 0; f < ft->u.func_type.params.n; f++)
        np += ft->u.func_type.params.v[f]->names.n ? ft->u.func_type.params.v[f]->names.n : 1;
    AstExpr **pt = arena_alloc(c->arena, (size_t)(np + 1) * sizeof *pt);
    np = 0;
    for (int f = 0; f < ft->u.func_type.params.n; f++) {
        AstField *fd = ft->u.func_type.params.v[f];
        for (int j = 0; j < (fd->names.n ? fd->names.n : 1); j++) pt[np++] = fd->type;
    }
    bool variadic = np > 0 && pt[np - 1]->kind == AST_ELLIPSIS;
    if (aop[0] || na == 0 ? (variadic ? na < np - 1 : na != np) : false) {   // Go counts before inferring
        StrBuf b = {0};
        sb_putc(&b, '(');
        for (int i = 0; i < np; i++) {
            if (i) sb_puts(&b, ", ");
            sb_puts(&b, ast_expr_string(c->arena, pt[i]));
        }
        sb_putc(&b, ')');
        tc_arg_count_error(c, e, args, na, np, na > np, arena_strndup(c->arena, b.p, b.len));
        sb_free(&b);
        return;
    }
    bool all_explicit = nx == in.n;
    // pass 1: typed arguments
    for (int i = 0; i < na && !all_explicit; i++) {
        AstExpr *p = i < np ? pt[i] : variadic ? pt[np - 1] : NULL;
        if (!p || !at[i] || tc_is_untyped(at[i])) continue;
        if (p->kind == AST_ELLIPSIS && e->u.call.has_ellipsis && i == np - 1) {
            const Type *u = tc_under(at[i]);
            if (u->kind == KIND_SLICE)
                unify(c, &in, p->u.ellipsis.elt, u->elem,
                      tc_spell_part(c, at[i], aop[i] ? tc_spell_of(c, aop[i]->expr) : NULL, SPELL_ELEM, 0), 0);
            continue;
        }
        Type *before[64];
        int nb = in.n < 64 ? in.n : 64;
        memcpy(before, in.bound, (size_t)nb * sizeof *before);
        if (!unify(c, &in, p, at[i], aop[i] ? tc_spell_of(c, aop[i]->expr) : NULL, 0)) {
            // worded with what the failed unification bound (as types2 does)
            bool none = true;
            for (int k = 0; k < nb; k++) none = none && !before[k];
            if (none) memcpy(in.bound, before, (size_t)nb * sizeof *before);
            mismatch(c, &in, p->kind == AST_ELLIPSIS ? p->u.ellipsis.elt : p, at[i], aop[i] ? aop[i]->expr : al->v[0]);
            return;
        }
    }
    // pass 2: untyped constants for parameters still unbound (Go 1.19: the
    // first one's default type, then each must agree)
    for (int i = 0; i < na && !all_explicit; i++) {
        AstExpr *p = i < np ? pt[i] : variadic ? pt[np - 1] : NULL;
        if (!p || !at[i] || !tc_is_untyped(at[i]) || !aop[i]) continue;
        if (p->kind == AST_ELLIPSIS) p = p->u.ellipsis.elt;
        int k = tparam_index(&in, p);
        if (k < 0 || at[i]->kind == KIND_UNTYPED_NIL) continue;
        Type *d = tc_default_type(c, (Type *)at[i]);
        if (!in.bound[k]) {
            in.bound[k] = d;
            in.spell[k] = tc_spell_of(c, aop[i]->expr);   // 'a': rune
            in.by_untyped[k] = true;
        } else if (in.by_untyped[k] && !tc_identical(in.bound[k], d)) {
            tc_errorf(c, aop[i]->expr->pos, "default type %s of %s does not match inferred type %s for %s",
                      tc_type_string(c, d), tc_expr_str(c, aop[i]->expr), tc_type_string(c, in.bound[k]),
                      in.names[k]->u.ident.name);
            return;
        }
    }
    constraint_inference(c, &in);
    if (in.mismatch >= 0) {
        tc_errorf(c, e->u.call.lparen, "%s does not match %s%s", in.names[in.mismatch]->u.ident.name,
                  in.mismatch_tilde ? "~" : "", ast_expr_string(c->arena, in.mismatch_core));
        return;
    }
    for (int i = 0; i < in.n; i++)
        if (!in.bound[i]) {
            tc_errorf(c, e->u.call.lparen, "cannot infer %s (%s:%d:%d)", in.names[i]->u.ident.name, c->filename,
                      in.names[i]->pos.line, in.names[i]->pos.col);
            return;
        }
    AstExpr **saved_spell = c->targ_spell;
    c->targ_spell = in.spell;
    Obj *o = tc_instantiate_func(c, gen, in.bound, in.n, e->u.call.lparen, xlist, nx);
    c->targ_spell = saved_spell;
    if (!o) return;
    annotate_callee(c, x, e->u.call.fun, o);
    tc_call_value(c, x, e, args);
}
