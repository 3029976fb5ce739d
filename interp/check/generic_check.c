// generic_check.c - checking generic declarations themselves, used or not
// (Go reports "operator + not defined on x (variable of type T constrained
// by any)" in a generic body nobody calls).
//
// Each generic function and type is instantiated once more with
// SynthParams: per type parameter T a named type "T" standing for every
// type of its constraint's type set - its underlying type is one term of
// the constraint's union (each term in turn, a few variants at most), an
// empty struct for comparable, or a struct that is not comparable for
// any; its methods are the constraint's. Operations the type set does not
// permit then fail with messages that name T "constrained by" its
// constraint. These instances are checked first (their errors win their
// positions) and are never run.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// GEN_MAX_VARIANTS: how many term combinations a declaration is checked with
#define GEN_MAX_VARIANTS 8

// tc_synth_param: the SynthParam t is, or NULL
const SynthParam *tc_synth_param(Checker *c, const Type *t) {
    if (!t || !(t->flags & TF_NAMED) || c->nsynth == 0) return NULL;
    for (int i = 0; i < c->nsynth; i++)
        if (c->synth[i]->type == t) return c->synth[i];
    return NULL;
}

static SynthParam *new_synth(Checker *c, AstExpr *name, AstExpr *ce) {
    SynthParam *sp = arena_alloc(c->arena, sizeof *sp);
    sp->type = tc_named(c, name->u.ident.name, "main");
    sp->constraint = tc_constraint_string(c, ce);
    if (c->nsynth == c->synthcap) {
        c->synthcap = c->synthcap ? 2 * c->synthcap : 16;
        c->synth = realloc(c->synth, (size_t)c->synthcap * sizeof *c->synth);
        if (!c->synth) abort();
    }
    c->synth[c->nsynth++] = sp;
    return sp;
}

// opaque: the underlying type of a type parameter with no core type: a
// struct holding a func (so that == is not defined), or an empty struct
static Type *opaque(Checker *c, bool comparable) {
    if (comparable) return tc_struct(c, NULL, 0);
    Field f = {.name = "_", .type = tc_func(c, NULL, 0, NULL, 0, false)};
    return tc_struct(c, &f, 1);
}

// term_class: terms of one class behave alike under operators
static int term_class(const Type *t) {
    return tc_is_string(t) ? 0 : tc_is_float(t) ? 1 : tc_is_unsigned(t) ? 2 : tc_is_integer(t) ? 3 : 4 + t->kind;
}

static bool is_complex_term(const TypeTerm *t) {
    TypeKind k = tc_under(t->type)->kind;
    return k == KIND_COMPLEX64 || k == KIND_COMPLEX128;
}

// checked_terms: how many terms of u the variants use: gosub does not run
// complex numbers, so a union with other terms is checked with those only
// (Numeric = ~int | ... | ~complex128 permits a - b)
static int checked_terms(const TypeUnion *u) {
    int n = 0;
    for (int j = 0; j < u->n; j++) n += !is_complex_term(&u->terms[j]);
    return n ? n : u->n;
}

// term_order: the term the k-th variant uses: the first term of each
// class before the others, so that a few variants (GEN_MAX_VARIANTS) see
// every kind of operand ([T ~int | ~int8 | ... | ~string] checks string
// early)
static int term_order(const TypeUnion *u, int k) {
    bool skip_complex = checked_terms(u) < u->n;
    int n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int j = 0; j < u->n; j++) {
            if (skip_complex && is_complex_term(&u->terms[j])) continue;
            bool first = true;
            for (int q = 0; q < j && first; q++)
                first = term_class(tc_under(u->terms[q].type)) != term_class(tc_under(u->terms[j].type));
            if (first != (pass == 0)) continue;
            if (n++ == k) return j;
        }
    return k;
}

// check_variant instantiates generic o with SynthParams whose union terms
// are chosen by variant v; false when there is no such variant
static bool check_variant(Checker *c, Obj *o, int v) {
    AstFieldList *l = tc_tparams_of(o);
    int n = tc_tparam_count(l);
    Type **targs = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *targs);
    SynthParam **sps = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *sps);
    AstExpr **names = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *names);
    for (int i = 0; i < n; i++) {   // names first: constraints may mention any of them
        AstExpr *ce = NULL;
        names[i] = tc_tparam_name(l, i, &ce);
        sps[i] = new_synth(c, names[i], ce);
        targs[i] = sps[i]->type;
    }
    Scope *s = tc_bind_scope(c, NULL, names, n, targs);
    for (int i = 0; i < n; i++) tc_set_underlying(c, targs[i], opaque(c, true));   // until its constraint is known
    Scope *saved = c->scope;
    c->scope = s;
    int stride = 1;
    for (int i = 0; i < n; i++) {
        AstExpr *ce = NULL;
        tc_tparam_name(l, i, &ce);
        Type *ct = tc_constraint_type(c, ce, NULL);
        const TypeSetInfo *ts = ct ? tc_typeset_of(c, ct) : NULL;
        Type *under = NULL;
        if (ts && ts->nunions > 0 && ts->unions[0].n > 0) {
            const TypeUnion *u = &ts->unions[0];
            int nt = checked_terms(u);
            int k = term_order(u, (v / stride) % nt);
            stride *= nt;
            under = (Type *)tc_under(u->terms[k].type);
            sps[i]->exact = !u->terms[k].tilde;
            sps[i]->terms = u;
            sps[i]->core = ts->nunions == 1;
            int dirs = 0;   // channels: one element type, and not both send-only and receive-only
            for (int j = 0; j < u->n; j++) {
                const Type *tj = tc_under(u->terms[j].type);
                if (tj->kind == KIND_CHAN && under->kind == KIND_CHAN && tc_identical(tj->elem, under->elem)) {
                    dirs |= tj->chandir == CHAN_BOTH ? 0 : tj->chandir;
                    continue;
                }
                sps[i]->core = sps[i]->core && tc_identical(tj, under);
            }
            if (dirs == (CHAN_SEND | CHAN_RECV)) sps[i]->core = false;
        } else {
            under = opaque(c, ts && ts->comparable);
        }
        if (!under || under == (Type *)ct || under->kind == KIND_INTERFACE) under = opaque(c, ts && ts->comparable);
        tc_set_underlying(c, targs[i], under);
        if (ct) {
            const Type *cu = tc_under(ct);
            Method *ms = arena_alloc(c->arena, (size_t)(cu->nmethods + 1) * sizeof *ms);
            for (int k = 0; k < cu->nmethods; k++) ms[k] = (Method){.name = cu->methods[k].name, .type = cu->methods[k].type};
            targs[i]->methods = ms;
            targs[i]->nmethods = cu->nmethods;
        }
    }
    c->scope = saved;
    bool saved_flag = c->synth_check;
    c->synth_check = true;
    if (o->kind == OBJ_TYPENAME)
        tc_instantiate_type(c, o, targs, n, o->pos, NULL);
    else
        tc_instantiate_func(c, o, targs, n, o->pos, NULL, 0);
    c->synth_check = saved_flag;
    return v + 1 < stride;
}

// tparam_misuse reports a type parameter used as a constraint ([T any,
// U T]) or as the whole right-hand side of a generic type (type N[T any]
// T); true then
static bool tparam_misuse(Checker *c, Obj *o) {
    AstFieldList *l = tc_tparams_of(o);
    int n = tc_tparam_count(l);
    bool bad = false;
    for (int i = 0; i < n; i++) {   // [T, T any]
        AstExpr *ni = tc_tparam_name(l, i, NULL);
        for (int j = 0; j < i && strcmp(ni->u.ident.name, "_") != 0; j++) {
            AstExpr *nj = tc_tparam_name(l, j, NULL);
            if (strcmp(ni->u.ident.name, nj->u.ident.name) != 0) continue;
            tc_errorf(c, ni->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", ni->u.ident.name,
                      c->filename, nj->pos.line, nj->pos.col, nj->u.ident.name);
            bad = true;
            break;
        }
    }
    for (int i = 0; i < n; i++) {
        AstExpr *ce = NULL;
        tc_tparam_name(l, i, &ce);
        while (ce->kind == AST_PAREN_EXPR) ce = ce->u.paren.x;
        for (int j = 0; j < n && ce->kind == AST_IDENT; j++)
            if (strcmp(tc_tparam_name(l, j, NULL)->u.ident.name, ce->u.ident.name) == 0) {
                tc_errorf(c, ce->pos, "cannot use a type parameter as constraint");
                bad = true;
                break;
            }
    }
    AstExpr *rhs = o->kind == OBJ_TYPENAME ? o->spec->u.type_spec.type : NULL;
    while (rhs && rhs->kind == AST_PAREN_EXPR) rhs = rhs->u.paren.x;
    for (int j = 0; rhs && rhs->kind == AST_IDENT && j < n; j++)
        if (strcmp(tc_tparam_name(l, j, NULL)->u.ident.name, rhs->u.ident.name) == 0) {
            tc_errorf(c, rhs->pos, "cannot use a type parameter as RHS in type declaration");
            bad = true;
            break;
        }
    return bad;
}

// tc_check_generics: see internal.h.
void tc_check_generics(Checker *c) {
    int n = c->pkg_scope->n;
    for (int i = 0; i < n; i++) {
        Obj *o = c->pkg_scope->objs[i];
        if ((o->kind != OBJ_TYPENAME && o->kind != OBJ_FUNC) || !tc_tparams_of(o)) continue;
        if (tparam_misuse(c, o)) {
            o->gen_bad = true;
            continue;
        }
        Obj *saved_decl = c->cur_decl_obj;
        c->cur_decl_obj = NULL;
        for (int v = 0; v < GEN_MAX_VARIANTS; v++)
            if (!check_variant(c, o, v)) break;
        c->cur_decl_obj = saved_decl;
    }
}
