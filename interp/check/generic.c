// generic.c - type parameters (Go 1.18/1.19, spec "Type parameter
// declarations", "Instantiations", "Type inference").
//
// Design: a generic function or type is instantiated per distinct list of
// type arguments at check time. An instance is a copy of the generic
// declaration (ast_clone_decl) checked in a scope where each type
// parameter name denotes its type argument: the evaluator only ever sees
// ordinary, fully typed functions and named types, so generic code runs as
// fast as its hand-written copy. Instances are cached per (generic, type
// arguments); their bodies are checked after the package's own functions
// (tc_check_instances), as they may be created while another body is being
// checked. Named instances are spelled "List[int]" in messages and
// "main.List[int]" by %T; instance functions are "main.Map[...]" in traces,
// as in Go.
//
// Type sets of constraint interfaces (unions, ~T terms, comparable) are
// recorded in a side table (TypeSetInfo) keyed by the interface's
// descriptor, which is never interned for such interfaces.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// GEN_MAX_DEPTH: instances created while creating instances, at most (an
// instantiation cycle such as F[T] calling F[[]T] is reported past it)
#define GEN_MAX_DEPTH 16
// GEN_MAX_CHAIN: instances made by instance bodies made by instance
// bodies..., at most (past it: "instantiation cycle")
#define GEN_MAX_CHAIN 200

// ---- type sets ----

// tc_typeset_of: the recorded type set of constraint interface t (or of
// its underlying interface), or NULL for an ordinary interface.
const TypeSetInfo *tc_typeset_of(Checker *c, const Type *t) {
    if (!t) return NULL;
    const Type *u = tc_under(t);
    for (int i = 0; i < c->ntsets; i++)
        if (c->tsets[i]->iface == u) return c->tsets[i];
    return NULL;
}

// add_term appends one term to union u
static void add_term(Checker *c, TypeUnion *u, bool tilde, Type *t) {
    TypeTerm *v = arena_alloc(c->arena, (size_t)(u->n + 1) * sizeof *v);
    if (u->n) memcpy(v, u->terms, (size_t)u->n * sizeof *v);
    v[u->n].tilde = tilde;
    v[u->n].type = t;
    u->terms = v;
    u->n++;
}

// union_terms collects the terms of a union expression e ("~int | string
// | Number") into u; false after an error (reported).
static bool union_terms(Checker *c, AstExpr *e, TypeUnion *u) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind == AST_BINARY_EXPR && e->u.binary.op == TOK_OR)
        return union_terms(c, e->u.binary.x, u) && union_terms(c, e->u.binary.y, u);
    bool tilde = e->kind == AST_UNARY_EXPR && e->u.unary.op == TOK_TILDE;
    AstExpr *te = tilde ? e->u.unary.x : e;
    bool saved_in = c->in_constraint;
    c->in_constraint = true;
    Type *t = tc_type_expr(c, te);
    c->in_constraint = saved_in;
    if (!t) return false;
    EN(e)->type = t;
    const TypeSetInfo *ts = tc_typeset_of(c, t);
    if (ts && ts->comparable) {
        tc_errorf(c, te->pos, "cannot use comparable in union");
        return false;
    }
    if (ts && !tilde) {   // a constraint in a union contributes its terms
        if (ts->nunions == 1) {
            for (int i = 0; i < ts->unions[0].n; i++) add_term(c, u, ts->unions[0].terms[i].tilde, ts->unions[0].terms[i].type);
            return true;
        }
        tc_errorf(c, te->pos, "cannot use %s in union (%s contains methods)", tc_type_string(c, t), tc_type_string(c, t));
        return false;
    }
    if (tilde && !tc_identical(t, tc_under(t))) {
        tc_errorf(c, e->pos, "invalid use of ~ (underlying type of %s is %s)", tc_type_string(c, t),
                  tc_type_string(c, tc_under(t)));
        return false;
    }
    if (tc_under(t)->kind == KIND_INTERFACE && tc_under(t)->nmethods && u->n + 1 > 1) {
        tc_errorf(c, te->pos, "cannot use %s in union (%s contains methods)", tc_type_string(c, t), tc_type_string(c, t));
        return false;
    }
    add_term(c, u, tilde, t);
    return true;
}

// tc_is_type_term: e is written as a type element of a constraint (a
// union or ~T), not as a type or an embedded interface.
bool tc_is_type_term(const AstExpr *e) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    return (e->kind == AST_BINARY_EXPR && e->u.binary.op == TOK_OR) ||
           (e->kind == AST_UNARY_EXPR && e->u.unary.op == TOK_TILDE);
}

// all_types: union u has a term whose type set is every type (any,
// interface{}): it restricts nothing
static bool all_types(const TypeUnion *u) {
    for (int i = 0; i < u->n; i++) {
        const Type *t = tc_under(u->terms[i].type);
        if (t->kind == KIND_INTERFACE && t->nmethods == 0) return true;
    }
    return false;
}

// tc_constraint_iface: the interface of a constraint interface written
// with type elements (elems, n of them; non-interface types count as
// one-term unions), and methods ms[0..nm); comparable when it embeds
// comparable. Not interned: its type set lives in the side table.
Type *tc_constraint_iface(Checker *c, AstExpr **elems, int n, Method *ms, int nm, bool comparable) {
    if (!ms) ms = arena_alloc(c->arena, sizeof *ms);
    TypeSetInfo *ts = arena_alloc(c->arena, sizeof *ts);
    ts->comparable = comparable;
    ts->unions = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *ts->unions);
    for (int i = 0; i < n; i++) {
        if (!elems[i]) continue;
        TypeUnion u = {0};
        if (union_terms(c, elems[i], &u) && !all_types(&u)) ts->unions[ts->nunions++] = u;
    }
    // interface{ any | int }: the type set of all types, an ordinary interface (types2's IsMethodSet)
    if (ts->nunions == 0 && !comparable) return tc_interface(c, ms, nm);
    Type *t = tc_interface_unique(c, ms, nm);
    ts->iface = t;
    if (c->ntsets == c->tsetcap) {
        c->tsetcap = c->tsetcap ? 2 * c->tsetcap : 8;
        c->tsets = realloc(c->tsets, (size_t)c->tsetcap * sizeof *c->tsets);
        if (!c->tsets) abort();
    }
    c->tsets[c->ntsets++] = ts;
    return t;
}

// union_string: a union constraint as types2 spells the implicit
// interface, "~int|~float64"
static void union_string(Checker *c, StrBuf *b, AstExpr *e) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind == AST_BINARY_EXPR && e->u.binary.op == TOK_OR) {
        union_string(c, b, e->u.binary.x);
        sb_putc(b, '|');
        union_string(c, b, e->u.binary.y);
    } else if (e->kind == AST_UNARY_EXPR && e->u.unary.op == TOK_TILDE) {
        sb_putc(b, '~');
        union_string(c, b, e->u.unary.x);
    } else {
        sb_puts(b, ast_expr_string(c->arena, e));
    }
}

// tc_constraint_string: a constraint as types2 spells it: a union as its
// implicit interface "~int|~float64", anything else as written
const char *tc_constraint_string(Checker *c, AstExpr *ce) {
    StrBuf b = {0};
    union_string(c, &b, ce);
    const char *s = arena_strndup(c->arena, b.p, b.len);
    sb_free(&b);
    return s;
}

// terms_string: Go's spelling of a union ("~int | ~float64")
static const char *terms_string(Checker *c, const TypeUnion *u) {
    StrBuf b = {0};
    for (int i = 0; i < u->n; i++) {
        if (i) sb_puts(&b, " | ");
        if (u->terms[i].tilde) sb_putc(&b, '~');
        sb_puts(&b, tc_type_string(c, u->terms[i].type));
    }
    const char *s = arena_printf(c->arena, "%.*s", (int)b.len, b.p ? b.p : "");
    sb_free(&b);
    return s;
}

static bool term_includes(Checker *c, const TypeTerm *t, const Type *a) {
    const SynthParam *sp = tc_synth_param(c, a);
    if (sp)   // a type parameter: its (one-term) type set must be within t
        return tc_identical(tc_under(t->type), tc_under(a)) && (t->tilde || sp->exact);
    return t->tilde ? tc_identical(tc_under(t->type), tc_under(a)) : tc_identical(t->type, a);
}

// satisfies: whether type argument a satisfies constraint type ct (spec
// "Satisfying a type constraint", Go 1.19: interfaces are not comparable
// there). On failure *why gets Go's message.
static bool satisfies(Checker *c, Type *a, AstExpr *spell, Type *ct, const char *cname, char **why) {
    const char *as = tc_spell_type(c, a, spell);   // a as written (byte), for messages
    const Type *cu = tc_under(ct);
    if (cu->kind != KIND_INTERFACE) {
        *why = arena_printf(c->arena, "%s is not an interface", cname);
        return false;
    }
    char *r = tc_missing_reason(c, a, ct, true);
    if (r) {
        *why = arena_printf(c->arena, "%s does not implement %s %s", as, cname, r);
        return false;
    }
    const TypeSetInfo *ts = tc_typeset_of(c, ct);
    if (!ts) return true;
    if (ts->comparable && (!tc_comparable(a) || tc_under(a)->kind == KIND_INTERFACE)) {
        // types2 spells the predeclared any as written
        *why = arena_printf(c->arena, "%s does not implement comparable", a == c->u.t_any ? "any" : as);
        return false;
    }
    for (int i = 0; i < ts->nunions; i++) {
        const TypeUnion *u = &ts->unions[i];
        bool in = false;
        const Type *alt = NULL;
        for (int j = 0; j < u->n && !in; j++) {
            in = term_includes(c, &u->terms[j], a);
            if (!in && !alt && !u->terms[j].tilde && tc_identical(u->terms[j].type, tc_under(u->terms[j].type)) &&
                tc_identical(u->terms[j].type, tc_under(a)))
                alt = u->terms[j].type;
        }
        if (!in) {
            *why = alt ? arena_printf(c->arena, "%s does not implement %s (possibly missing ~ for %s in constraint %s)",
                                      as, cname, tc_type_string(c, alt), cname)
                       : arena_printf(c->arena, "%s does not implement %s (%s missing in %s)", as,
                                      cname, as, terms_string(c, u));
            return false;
        }
    }
    return true;
}

// tc_synth_name: see internal.h.
const char *tc_synth_name(Checker *c, const Type *t) {
    if (!c->recv_names || !c->cur_inst) return NULL;
    for (int i = 0; i < c->cur_inst->n; i++)
        if (c->cur_inst->targs[i] == t && c->recv_names[i]) return c->recv_names[i]->u.ident.name;
    return NULL;
}

// tc_type_mentions: see internal.h.
bool tc_type_mentions(AstExpr *e, bool (*ident)(void *ctx, AstExpr *id), void *ctx, int depth) {
    if (!e || depth > 100) return false;
    switch (e->kind) {
    case AST_IDENT: return ident(ctx, e);
    case AST_PAREN_EXPR: return tc_type_mentions(e->u.paren.x, ident, ctx, depth + 1);
    case AST_STAR_EXPR: return tc_type_mentions(e->u.star.x, ident, ctx, depth + 1);
    case AST_ELLIPSIS: return tc_type_mentions(e->u.ellipsis.elt, ident, ctx, depth + 1);
    case AST_ARRAY_TYPE: return tc_type_mentions(e->u.array_type.elt, ident, ctx, depth + 1);
    case AST_MAP_TYPE:
        return tc_type_mentions(e->u.map_type.key, ident, ctx, depth + 1) ||
               tc_type_mentions(e->u.map_type.value, ident, ctx, depth + 1);
    case AST_CHAN_TYPE: return tc_type_mentions(e->u.chan_type.value, ident, ctx, depth + 1);
    case AST_INDEX_EXPR: return tc_type_mentions(e->u.index.index, ident, ctx, depth + 1);
    case AST_INDEX_LIST_EXPR:
        for (int i = 0; i < e->u.index_list.indices.n; i++)
            if (tc_type_mentions(e->u.index_list.indices.v[i], ident, ctx, depth + 1)) return true;
        return false;
    case AST_FUNC_TYPE:
        for (int i = 0; i < e->u.func_type.params.n; i++)
            if (tc_type_mentions(e->u.func_type.params.v[i]->type, ident, ctx, depth + 1)) return true;
        for (int i = 0; i < e->u.func_type.results.n; i++)
            if (tc_type_mentions(e->u.func_type.results.v[i]->type, ident, ctx, depth + 1)) return true;
        return false;
    case AST_STRUCT_TYPE:
        for (int i = 0; i < e->u.struct_type.fields.n; i++)
            if (tc_type_mentions(e->u.struct_type.fields.v[i]->type, ident, ctx, depth + 1)) return true;
        return false;
    default: return false;
    }
}

static bool names_tparam(void *ctx, AstExpr *id) {
    Checker *c = ctx;
    Obj *o = tc_scope_lookup(c->scope, id->u.ident.name, NULL);
    return o && o->kind == OBJ_TYPENAME && o->tparam;
}

// tc_mentions_tparam: see internal.h.
bool tc_mentions_tparam(Checker *c, AstExpr *e, int depth) { return tc_type_mentions(e, names_tparam, c, depth); }

// ---- generic objects ----

// tc_tparams_of: the type parameter list of a generic type or function
// declaration, or NULL when o is not generic.
AstFieldList *tc_tparams_of(const Obj *o) {
    if (o->kind == OBJ_TYPENAME && o->spec && o->spec->kind == AST_TYPE_SPEC && o->spec->u.type_spec.tparams.n)
        return &o->spec->u.type_spec.tparams;
    if (o->kind == OBJ_FUNC && o->decl && o->decl->kind == AST_FUNC_DECL && o->decl->u.func.type &&
        o->decl->u.func.type->u.func_type.tparams.n)
        return &o->decl->u.func.type->u.func_type.tparams;
    return NULL;
}

// tparam_count: the number of type parameters in list l
int tc_tparam_count(const AstFieldList *l) {
    int n = 0;
    for (int i = 0; i < l->n; i++) n += l->v[i]->names.n;
    return n;
}

// tparam_name: the i-th type parameter's name identifier of l
AstExpr *tc_tparam_name(const AstFieldList *l, int i, AstExpr **constraint) {
    for (int k = 0; k < l->n; k++) {
        if (i < l->v[k]->names.n) {
            if (constraint) *constraint = l->v[k]->type;
            return l->v[k]->names.v[i];
        }
        i -= l->v[k]->names.n;
    }
    return NULL;
}

// tc_generic_string: Go's spelling of a generic type in messages,
// "List[T any]", "Pair[K comparable, V any]".
const char *tc_generic_string(Checker *c, const Obj *o) {
    AstFieldList *l = tc_tparams_of(o);
    StrBuf b = {0};
    if (o->pkg) {   // a built-in package's: atomic.Pointer[T any]
        sb_puts(&b, o->pkg->name);
        sb_putc(&b, '.');
    }
    sb_puts(&b, o->name);
    sb_putc(&b, '[');
    for (int i = 0; l && i < l->n; i++) {
        if (i) sb_puts(&b, ", ");
        for (int j = 0; j < l->v[i]->names.n; j++) {
            if (j) sb_puts(&b, ", ");
            sb_puts(&b, l->v[i]->names.v[j]->u.ident.name);
        }
        sb_putc(&b, ' ');
        sb_puts(&b, ast_expr_string(c->arena, l->v[i]->type));
    }
    sb_putc(&b, ']');
    const char *s = arena_printf(c->arena, "%.*s", (int)b.len, b.p ? b.p : "");
    sb_free(&b);
    return s;
}

// tc_generic_unused: o (generic) was used without instantiation
void tc_generic_unused(Checker *c, Pos pos, const Obj *o) {
    if (o->kind == OBJ_TYPENAME)
        tc_errorf(c, pos, "cannot use generic type %s without instantiation", tc_generic_string(c, o));
    else
        tc_errorf(c, pos, "cannot use generic function %s without instantiation", o->name);
}

// ---- instances ----

static GenInst *find_inst(Checker *c, const Obj *gen, Type **targs, int n) {
    for (int i = 0; i < c->ninsts; i++) {
        GenInst *g = c->insts[i];
        if (g->gen != gen || g->n != n) continue;
        bool same = true;
        for (int k = 0; k < n && same; k++) same = tc_identical(g->targs[k], targs[k]);
        if (same) return g;
    }
    return NULL;
}

// contains: t is made of u (a proper part, or u itself)
static bool contains(Checker *c, const Type *t, const Type *u, int depth) {
    if (!t || depth > 50) return false;
    if (t == u) return true;
    const GenInst *g = tc_inst_of_type(c, t);
    if (g) {
        for (int i = 0; i < g->n; i++)
            if (contains(c, g->targs[i], u, depth + 1)) return true;
        return false;
    }
    if (t->flags & TF_NAMED) return false;
    if (contains(c, t->elem, u, depth + 1) || contains(c, t->key, u, depth + 1)) return true;
    for (int i = 0; i < t->nfields && t->kind == KIND_STRUCT; i++)
        if (contains(c, t->fields[i].type, u, depth + 1)) return true;
    for (int i = 0; i < t->nparams && t->kind == KIND_FUNC; i++)
        if (contains(c, t->params[i], u, depth + 1)) return true;
    for (int i = 0; i < t->nresults && t->kind == KIND_FUNC; i++)
        if (contains(c, t->results[i], u, depth + 1)) return true;
    return false;
}

// cycle: instantiating gen with targs (at pos) from the body of one of
// its own instances would instantiate it forever: Go's "instantiation
// cycle" (reported once, at the type parameter), or an instance chain
// past any sensible depth. True then.
static bool cycle(Checker *c, Obj *gen, Type **targs, int n, Pos pos, AstExpr **xlist) {
    GenInst *cur = c->cur_inst;
    // checked where the current instance is the generic check's (its type
    // arguments stand for the parameters themselves)
    if (cur && cur->gen == gen && cur->n == n && cur->own_check) {
        for (int i = 0; i < n; i++) {
            if (targs[i] == cur->targs[i] || !contains(c, targs[i], cur->targs[i], 0)) continue;
            AstExpr *name = tc_tparam_name(tc_tparams_of(gen), i, NULL);
            Pos at = xlist && xlist[i] ? xlist[i]->pos : pos;
            tc_errorf(c, name->pos, "instantiation cycle:\n\t%s:%d:%d: %s instantiated as %s", c->filename, at.line,
                      at.col, name->u.ident.name, tc_type_string(c, targs[i]));
            gen->gen_bad = true;
            return true;
        }
    }
    if (cur && cur->depth >= GEN_MAX_CHAIN) {
        tc_errorf(c, pos, "instantiation cycle");
        gen->gen_bad = true;
        return true;
    }
    return false;
}

static GenInst *new_inst(Checker *c, Obj *gen, Type **targs, int n) {
    GenInst *g = arena_alloc(c->arena, sizeof *g);
    g->depth = c->cur_inst ? c->cur_inst->depth + 1 : 0;
    g->own_check = c->synth_check && c->inst_depth == 0;
    g->gen = gen;
    g->n = n;
    g->targs = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *g->targs);
    memcpy(g->targs, targs, (size_t)n * sizeof *targs);
    if (c->ninsts == c->instcap) {
        c->instcap = c->instcap ? 2 * c->instcap : 16;
        c->insts = realloc(c->insts, (size_t)c->instcap * sizeof *c->insts);
        if (!c->insts) abort();
    }
    c->insts[c->ninsts++] = g;
    return g;
}

// tc_inst_of_type: the instance record of named type t, or NULL
const GenInst *tc_inst_of_type(Checker *c, const Type *t) {
    if (!t || !(t->flags & TF_NAMED)) return NULL;
    for (int i = 0; i < c->ninsts; i++)
        if (c->insts[i]->type == t) return c->insts[i];
    return NULL;
}

// tc_bind_scope: see internal.h.
Scope *tc_bind_scope(Checker *c, Scope *parent, AstExpr **names, int n, Type **targs) {
    Scope *s = tc_scope_new(c, parent ? parent : c->pkg_scope, false);
    for (int i = 0; i < n; i++) {
        if (!names[i] || strcmp(names[i]->u.ident.name, "_") == 0) continue;
        Obj *o = tc_new_obj(c, OBJ_TYPENAME, names[i]->u.ident.name, names[i]->pos, targs[i]);
        o->state = 2;
        o->used = true;
        o->tparam = true;
        tc_declare(c, s, o);
    }
    return s;
}

static AstExpr **tparam_names(Checker *c, const AstFieldList *l, int n) {
    AstExpr **v = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *v);
    for (int i = 0; i < n; i++) v[i] = tc_tparam_name(l, i, NULL);
    return v;
}

// runtime_name: the instance's name as reflect spells it after the
// package: "List[int]", "Pair[string,main.Point]"
static const char *runtime_name(Checker *c, const Obj *gen, Type **targs, int n) {
    StrBuf b = {0};
    sb_puts(&b, gen->name);
    sb_putc(&b, '[');
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(&b, ',');
        sb_puts(&b, rt_type_string(targs[i]));
    }
    sb_putc(&b, ']');
    const char *s = arena_printf(c->arena, "%.*s", (int)b.len, b.p ? b.p : "");
    sb_free(&b);
    return s;
}

static void subst_fields(Checker *c, AstFieldList *l, int depth);

// subst_tparams renames, in type expression e (a copy), each identifier
// that names a type parameter in the current scope to its type argument's
// spelling, so that e prints as types2 prints the substituted type
static void subst_tparams(Checker *c, AstExpr *e, int depth) {
    if (!e || depth > 100) return;
    depth++;
    switch (e->kind) {
    case AST_IDENT: {
        Obj *o = tc_scope_lookup(c->scope, e->u.ident.name, NULL);
        if (o && o->kind == OBJ_TYPENAME && o->tparam && o->type) e->u.ident.name = tc_type_string(c, o->type);
        break;
    }
    case AST_PAREN_EXPR: subst_tparams(c, e->u.paren.x, depth); break;
    case AST_STAR_EXPR: subst_tparams(c, e->u.star.x, depth); break;
    case AST_UNARY_EXPR: subst_tparams(c, e->u.unary.x, depth); break;
    case AST_BINARY_EXPR: subst_tparams(c, e->u.binary.x, depth); subst_tparams(c, e->u.binary.y, depth); break;
    case AST_ELLIPSIS: subst_tparams(c, e->u.ellipsis.elt, depth); break;
    case AST_ARRAY_TYPE: subst_tparams(c, e->u.array_type.elt, depth); break;
    case AST_MAP_TYPE: subst_tparams(c, e->u.map_type.key, depth); subst_tparams(c, e->u.map_type.value, depth); break;
    case AST_CHAN_TYPE: subst_tparams(c, e->u.chan_type.value, depth); break;
    case AST_INDEX_EXPR: subst_tparams(c, e->u.index.index, depth); break;
    case AST_INDEX_LIST_EXPR:
        for (int i = 0; i < e->u.index_list.indices.n; i++) subst_tparams(c, e->u.index_list.indices.v[i], depth);
        break;
    case AST_FUNC_TYPE:
        subst_fields(c, &e->u.func_type.params, depth);
        subst_fields(c, &e->u.func_type.results, depth);
        break;
    case AST_STRUCT_TYPE: subst_fields(c, &e->u.struct_type.fields, depth); break;
    case AST_INTERFACE_TYPE: subst_fields(c, &e->u.interface_type.methods, depth); break;
    default: break;
    }
}

static void subst_fields(Checker *c, AstFieldList *l, int depth) {
    for (int i = 0; i < l->n; i++) subst_tparams(c, l->v[i]->type, depth);
}

// verify: the type arguments satisfy their constraints (evaluated in the
// instance's scope s); reports at xlist[i] or pos. False on failure.
// tc_constraint_type: see internal.h.
Type *tc_constraint_type(Checker *c, AstExpr *ce, const char **cname) {
    AstExpr *cc = ast_clone_expr(c->arena, ce);
    if (tc_is_type_term(cc)) {   // [T ~int | string]: an implicit interface
        if (cname) *cname = tc_constraint_string(c, ce);
        return tc_constraint_iface(c, &cc, 1, NULL, 0, false);
    }
    bool saved_in = c->in_constraint;
    c->in_constraint = true;
    Type *t = tc_type_expr(c, cc);
    c->in_constraint = saved_in;
    if (!t) return NULL;
    if (cname && ((t->flags & TF_NAMED) || tc_under(t)->kind != KIND_INTERFACE)) {
        *cname = tc_type_string(c, t);
    } else if (cname) {   // an interface literal: as written, with the type arguments in place of its parameters
        AstExpr *sc = ast_clone_expr(c->arena, ce);
        subst_tparams(c, sc, 0);
        *cname = ast_expr_string(c->arena, sc);
    }
    if (tc_under(t)->kind != KIND_INTERFACE) {   // [T int]: the union of one term
        AstExpr *one = ast_clone_expr(c->arena, ce);
        t = tc_constraint_iface(c, &one, 1, NULL, 0, false);
    }
    return t;
}

static bool verify(Checker *c, Obj *gen, Type **targs, AstExpr **spell, int n, Scope *s, Pos pos,
                   AstExpr **xlist, int nx) {
    if (gen->gen_verifying) {   // type T[U interface{ M() T[U] }]: the constraint needs T itself
        tc_errorf(c, gen->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s", gen->name,
                  c->filename, gen->pos.line, gen->pos.col, gen->name, c->filename, gen->pos.line, gen->pos.col, gen->name);
        gen->gen_bad = true;
        return false;
    }
    gen->gen_verifying = true;
    const AstFieldList *l = tc_tparams_of(gen);
    Scope *saved = c->scope;
    c->scope = s;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        AstExpr *ce = NULL;
        tc_tparam_name(l, i, &ce);
        const char *cname;
        Type *ct = tc_constraint_type(c, ce, &cname);
        if (!ct) {
            ok = false;
            break;
        }
        char *why = NULL;
        if (!satisfies(c, targs[i], spell[i], ct, cname, &why)) {
            if (!gen->gen_bad) tc_errorf(c, i < nx && xlist[i] ? xlist[i]->pos : pos, "%s", why);   // else: its cycle, reported
            ok = false;
        }
    }
    c->scope = saved;
    gen->gen_verifying = false;
    return ok;
}

// incomplete: t is a type still being declared (no underlying type or
// methods yet), or a pointer to one
static bool incomplete(Checker *c, const Type *t) {
    if (!tc_under(t)) return true;
    if (t->kind == KIND_POINTER && !(t->flags & TF_NAMED)) return incomplete(c, t->elem);
    const GenInst *g = tc_inst_of_type(c, t);
    return g && !g->complete && !g->own_check;
}

// verify_now: the constraints of targs can be checked now (every type
// argument is complete, with its methods)
static bool verify_now(Checker *c, Type **targs, int n) {
    if (!c->methods_collected) return false;
    for (int i = 0; i < n; i++)
        if (incomplete(c, targs[i])) return false;
    return true;
}

// verify_later queues the constraint check v (its arrays copied)
static void verify_later(Checker *c, const PendingVerify *v) {
    if (c->nlater_verify == c->later_verify_cap) {
        c->later_verify_cap = c->later_verify_cap ? 2 * c->later_verify_cap : 8;
        c->later_verify = realloc(c->later_verify, (size_t)c->later_verify_cap * sizeof *c->later_verify);
        if (!c->later_verify) abort();
    }
    PendingVerify *p = &c->later_verify[c->nlater_verify++];
    *p = *v;
    p->targs = arena_alloc(c->arena, (size_t)(v->n + 1) * sizeof *p->targs);
    memcpy(p->targs, v->targs, (size_t)v->n * sizeof *p->targs);
    if (v->xlist && v->nx) {
        p->xlist = arena_alloc(c->arena, (size_t)(v->nx + 1) * sizeof *p->xlist);
        memcpy(p->xlist, v->xlist, (size_t)v->nx * sizeof *p->xlist);
    }
}

// tc_verify_later: see internal.h.
void tc_verify_later(Checker *c) {
    if (!c->methods_collected || c->inst_depth > 0) return;
    PendingVerify *v = c->later_verify;   // verifying may queue more: a fresh list
    int n = c->nlater_verify;
    c->later_verify = NULL;
    c->nlater_verify = c->later_verify_cap = 0;
    for (int i = 0; i < n; i++) {
        if (verify_now(c, v[i].targs, v[i].n))
            verify(c, v[i].gen, v[i].targs, v[i].spell, v[i].n, v[i].scope, v[i].pos, v[i].xlist, v[i].nx);
        else
            verify_later(c, &v[i]);
    }
    free(v);
}

static void queue_body(Checker *c, FuncInfo *fn, AstDecl *d, Scope *s, Obj *decl_obj, bool method, GenInst *g) {
    if (c->npending == c->pendcap) {
        c->pendcap = c->pendcap ? 2 * c->pendcap : 16;
        c->pending = realloc(c->pending, (size_t)c->pendcap * sizeof *c->pending);
        if (!c->pending) abort();
    }
    c->pending[c->npending++] = (PendingBody){fn, d, s, decl_obj, method, g};
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

// receiver_tparams: the identifiers naming the type parameters in a
// generic method's receiver type "*List[T]" (n of them), or NULL after
// an error
static AstExpr **receiver_tparams(Checker *c, AstExpr *te, int n, bool *ptr) {
    *ptr = false;
    while (te->kind == AST_PAREN_EXPR) te = te->u.paren.x;
    if (te->kind == AST_STAR_EXPR) {
        *ptr = true;
        te = te->u.star.x;
        while (te->kind == AST_PAREN_EXPR) te = te->u.paren.x;
    }
    AstExpr **v = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *v);
    int k = 0;
    if (te->kind == AST_INDEX_EXPR) {
        v[k++] = te->u.index.index;
    } else if (te->kind == AST_INDEX_LIST_EXPR) {
        for (int i = 0; i < te->u.index_list.indices.n && k <= n; i++) v[k++] = te->u.index_list.indices.v[i];
    }
    if (k != n) {
        tc_errorf(c, te->pos, "got %d arguments but %d type parameters", k, n);
        return NULL;
    }
    for (int i = 0; i < k; i++)
        if (v[i]->kind != AST_IDENT) {
            tc_errorf(c, v[i]->pos, "receiver type parameter %s must be an identifier", tc_expr_str(c, v[i]));
            return NULL;
        }
    return v;
}

// instance_methods gives named instance t (of gen, with targs) the
// methods declared on gen, each a checked copy queued for its body
static void instance_methods(Checker *c, GenInst *g, Type *t) {
    Obj *gen = g->gen;
    if (gen->ngmethods == 0) return;
    Method *ms = arena_alloc(c->arena, (size_t)gen->ngmethods * sizeof *ms);
    int n = 0;
    for (int i = 0; i < gen->ngmethods; i++) {
        AstDecl *d = ast_clone_decl(c->arena, gen->gmethods[i]);
        bool ptr;
        AstExpr **names = receiver_tparams(c, d->u.func.recv.v[0]->type, g->n, &ptr);
        if (!names) continue;
        const char *name = d->u.func.name->u.ident.name;
        Scope *s = tc_bind_scope(c, NULL, names, g->n, g->targs);
        FuncInfo *fn = tc_new_func(c, ptr ? arena_printf(c->arena, "main.(*%s[...]).%s", gen->name, name)
                                          : arena_printf(c->arena, "main.%s[...].%s", gen->name, name),
                                   d->pos);
        Scope *saved = c->scope;
        FuncInfo *saved_fn = c->fn;
        GenInst *saved_inst = c->cur_inst;
        c->scope = s;
        c->fn = NULL;
        c->cur_inst = g;   // List[Pair[T, T]] in a method of List[T] is a cycle
        fn->sig = tc_signature(c, d->u.func.type);
        c->cur_inst = saved_inst;
        c->scope = saved;
        c->fn = saved_fn;
        fn->body = d->u.func.body;
        fn->generic = true;
        fn->recv_type = ptr ? tc_pointer(c, t) : t;
        fn->decl = d;
        DN(d)->info = fn;
        if (strcmp(name, "_") == 0 || !fn->sig) continue;
        ms[n++] = (Method){.name = name, .type = fn->sig, .fn = fn, .ptr_recv = ptr};
        queue_body(c, fn, d, s, NULL, true, g);
    }
    if (n > 1) qsort(ms, (size_t)n, sizeof *ms, method_cmp);
    t->methods = ms;
    t->nmethods = n;
}

// holds: t holds u by value (a field, an array element)
static bool holds(const Type *t, const Type *u, int depth) {
    if (!t || depth > 1000) return false;
    if (t == u) return true;
    if (t->flags & TF_NAMED) return false;
    if (t->kind == KIND_ARRAY) return holds(t->elem, u, depth + 1);
    if (t->kind != KIND_STRUCT) return false;
    for (int i = 0; i < t->nfields; i++)
        if (holds(t->fields[i].type, u, depth + 1)) return true;
    return false;
}

// self_ref_pos: where generic struct type gen names itself in a field
// (for "invalid recursive type"), or its declaration
static Pos self_ref_pos(const Obj *gen) {
    AstExpr *te = gen->spec->u.type_spec.type;
    for (int i = 0; te->kind == AST_STRUCT_TYPE && i < te->u.struct_type.fields.n; i++) {
        AstExpr *ft = te->u.struct_type.fields.v[i]->type;
        while (ft->kind == AST_ARRAY_TYPE && ft->u.array_type.len) ft = ft->u.array_type.elt;
        AstExpr *base = ft->kind == AST_INDEX_EXPR ? ft->u.index.x : ft->kind == AST_INDEX_LIST_EXPR ? ft->u.index_list.x : ft;
        if (base->kind == AST_IDENT && strcmp(base->u.ident.name, gen->name) == 0) return ft->pos;
    }
    return gen->pos;
}

// new_instance: the instance of gen for targs: *g is set to the cached one
// (false), or to a new one with its scope (true); false with *g NULL after
// an error. cycle_x: the type arguments' expressions for cycle reports.
static bool new_instance(Checker *c, Obj *gen, Type **targs, int n, Pos pos, AstExpr **xlist, int nx, AstExpr **cycle_x,
                         GenInst **g) {
    AstExpr **targ_spell = c->targ_spell;   // meant for this instance, not those its checking makes
    c->targ_spell = NULL;
    *g = NULL;
    if (gen->gen_bad) return false;
    *g = find_inst(c, gen, targs, n);
    if (*g) return false;
    if (cycle(c, gen, targs, n, pos, cycle_x)) return false;
    if (c->inst_depth >= GEN_MAX_DEPTH) {
        tc_errorf(c, pos, "instantiation cycle");
        return false;
    }
    AstFieldList *l = tc_tparams_of(gen);
    AstExpr **names = tparam_names(c, l, n);
    Scope *s = tc_bind_scope(c, gen->gen_scope, names, n, targs);
    // the type arguments as written (given, or inferred from arguments
    // spelled so): the instance's messages spell its parameters so (spell.c)
    AstExpr **spell = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *spell);
    for (int i = 0; i < n; i++) {
        spell[i] = i < nx && xlist && xlist[i] ? xlist[i] : targ_spell ? targ_spell[i] : NULL;
        Obj *o = names[i] ? tc_scope_lookup_local(s, names[i]->u.ident.name) : NULL;
        if (o && o->tparam) o->spell = SPELL(spell[i], SPELL_SELF, 0);
    }
    if (!c->synth_check && verify_now(c, targs, n)) {
        if (!verify(c, gen, targs, spell, n, s, pos, xlist, nx)) return false;
    } else if (!c->synth_check) {
        verify_later(c, &(PendingVerify){gen, targs, spell, n, s, pos, xlist, nx});
    }
    *g = new_inst(c, gen, targs, n);
    (*g)->scope = s;
    return true;
}

// define_instance gives named instance g->type its underlying type and
// methods (in the scope binding its type parameters)
static void define_instance(Checker *c, GenInst *g) {
    Obj *gen = g->gen;
    Type *t = g->type;
    g->deferred = false;
    c->inst_depth++;
    Scope *saved = c->scope;
    FuncInfo *saved_fn = c->fn;
    GenInst *saved_inst = c->cur_inst;
    c->scope = g->scope;
    c->fn = NULL;
    c->cur_inst = g;   // C[*T] inside C[T] is a cycle (cycle())
    Type *under = tc_type_expr(c, ast_clone_expr(c->arena, gen->spec->u.type_spec.type));
    c->cur_inst = saved_inst;
    c->scope = saved;
    c->fn = saved_fn;
    if (under && holds(under, t, 0)) {   // Node[T] in Node[T] by value: of infinite size
        Pos at = self_ref_pos(gen);
        tc_errorf(c, at, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s", gen->name, c->filename,
                  at.line, at.col, gen->name, c->filename, at.line, at.col, gen->name);
        gen->gen_bad = true;
        under = NULL;
    }
    tc_set_underlying(c, t, under ? under : c->u.types[KIND_INT]);
    instance_methods(c, g, t);
    if (gen->pkg) tc_native_inst_methods(c, g, t);   // a built-in package's (atomic.Pointer)
    if (c->methods_collected) tc_promote_late(c, t);   // else tc_collect_methods does
    g->complete = true;
    c->inst_depth--;
}

// define_deferred_instances defines the instances put off while an
// outer one was being defined (see tc_instantiate_type), once none is
static void define_deferred_instances(Checker *c) {
    bool any = false;
    for (int i = 0; i < c->ninsts; i++) {
        GenInst *g = c->insts[i];
        if (!g->deferred) continue;
        int saved = c->indirect;
        c->indirect = 0;
        define_instance(c, g);
        c->indirect = saved;
        any = true;
    }
    if (!any || !c->methods_collected) return;
    // an instance defined before may embed one defined now (AnyCache[T]
    // embedding *anyCache[T]): the promoted methods are computed again
    for (int i = 0; i < c->ninsts; i++)
        if (c->insts[i]->type && c->insts[i]->complete) tc_unpromote(c, c->insts[i]->type);
    for (int i = 0; i < c->ninsts; i++)
        if (c->insts[i]->type && c->insts[i]->complete) tc_promote_late(c, c->insts[i]->type);
}

// instances_done: past the outermost instantiation, the instances put off
// are defined and the constraint checks put off are made
static void instances_done(Checker *c) {
    if (c->inst_depth > 0) return;
    define_deferred_instances(c);
    if (c->nlater_verify) tc_verify_later(c);
}

// tc_instantiate_type: gen[targs] for generic type gen (pos: the
// instantiation; xlist: the type argument expressions, for messages).
// NULL after an error.
//
// An instance met through an indirection (a pointer, slice, func...)
// while another instance is being defined is named at once and defined
// after the outermost one, as a package-level type declaration is
// (tc_defer_type): List[int]'s method Match(func(Cons[int])) must not lay
// out Cons[int]{Tail List[int]} while List[int] has no underlying type yet.
Type *tc_instantiate_type(Checker *c, Obj *gen, Type **targs, int n, Pos pos, AstExpr **xlist) {
    AstFieldList *l = tc_tparams_of(gen);
    int want = tc_tparam_count(l);
    if (n != want) {
        tc_errorf(c, pos, "got %d arguments but %d type parameters", n, want);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        if (!targs[i]) return NULL;
    GenInst *g = NULL;
    if (!new_instance(c, gen, targs, n, pos, xlist, xlist ? n : 0, xlist, &g)) {
        if (g && g->deferred && c->indirect == 0) define_instance(c, g);   // needed by value now
        return g ? g->type : NULL;
    }
    Type *t = tc_named(c, runtime_name(c, gen, targs, n), gen->pkg ? gen->pkg->name : "main");
    g->type = t;
    if (c->inst_depth > 0 && c->indirect > 0) {
        g->deferred = true;
        return t;
    }
    define_instance(c, g);
    instances_done(c);
    return t;
}

// tc_instantiate_func: gen[targs] for generic function gen, an object
// named "Map[int,string]" (traces say "main.Map[...]"); NULL after an error
Obj *tc_instantiate_func(Checker *c, Obj *gen, Type **targs, int n, Pos pos, AstExpr **xlist, int nx) {
    for (int i = 0; i < n; i++)
        if (!targs[i]) return NULL;
    GenInst *g = NULL;
    if (!new_instance(c, gen, targs, n, pos, xlist, nx, NULL, &g)) return g ? g->obj : NULL;
    Scope *s = g->scope;
    AstDecl *d = ast_clone_decl(c->arena, gen->decl);
    FuncInfo *fn = tc_new_func(c, arena_printf(c->arena, "main.%s[...]", gen->name), d->pos);
    fn->body = d->u.func.body;
    fn->generic = true;
    Obj *o = tc_new_obj(c, OBJ_FUNC, runtime_name(c, gen, targs, n), gen->pos, NULL);
    o->decl = d;
    o->fn = fn;
    o->state = 2;
    o->used = true;
    g->obj = o;
    c->inst_depth++;
    Scope *saved = c->scope;
    FuncInfo *saved_fn = c->fn;
    c->scope = s;
    c->fn = NULL;
    o->type = tc_signature(c, d->u.func.type);
    fn->sig = o->type;
    c->scope = saved;
    c->fn = saved_fn;
    c->inst_depth--;
    instances_done(c);
    if (!o->type) return NULL;
    queue_body(c, fn, d, s, o, false, g);
    return o;
}

// tc_check_instances checks the bodies of the instances made so far, and
// of those their bodies make, until none is left.
void tc_check_instances(Checker *c) {
    tc_verify_later(c);
    for (int i = 0; i < c->npending; i++) {
        PendingBody p = c->pending[i];
        if (p.inst && p.inst->gen->gen_bad) continue;   // its error is reported; its bodies would only echo it
        if (!p.decl->u.func.body) {
            tc_errorf(c, p.decl->u.func.name->pos, "missing function body");
            continue;
        }
        Scope *saved = c->scope;
        Obj *saved_decl = c->cur_decl_obj;
        c->scope = p.scope;
        c->cur_decl_obj = p.method ? tc_method_obj(c, p.fn) : p.decl_obj;
        c->cur_inst = p.inst;
        bool ptr;
        c->recv_names = p.method && p.inst && p.inst->n && tc_synth_param(c, p.inst->targs[0])
                            ? receiver_tparams(c, p.decl->u.func.recv.v[0]->type, p.inst->n, &ptr)
                            : NULL;
        tc_func_body(c, p.fn, p.decl->u.func.type, p.decl->u.func.body, p.method ? &p.decl->u.func.recv : NULL);
        DN(p.decl)->info = p.fn;
        c->cur_decl_obj = saved_decl;
        c->scope = saved;
        c->cur_inst = NULL;
        c->recv_names = NULL;
    }
    c->npending = 0;
}

// tc_generic_methods moves the methods declared on generic types out of
// c->methods onto their generic type's object (instantiated with each
// instance). Runs before any type is resolved.
void tc_generic_methods(Checker *c) {
    int k = 0;
    for (int i = 0; i < c->nmethods; i++) {
        AstDecl *d = c->methods[i];
        AstFieldList *rl = &d->u.func.recv;
        AstExpr *te = rl->n == 1 ? rl->v[0]->type : NULL;
        while (te && (te->kind == AST_PAREN_EXPR || te->kind == AST_STAR_EXPR))
            te = te->kind == AST_PAREN_EXPR ? te->u.paren.x : te->u.star.x;
        AstExpr *base = te && te->kind == AST_INDEX_EXPR        ? te->u.index.x
                        : te && te->kind == AST_INDEX_LIST_EXPR ? te->u.index_list.x
                                                                : NULL;
        Obj *o = base && base->kind == AST_IDENT ? tc_scope_lookup(c->pkg_scope, base->u.ident.name, NULL) : NULL;
        if (!o || !tc_tparams_of(o) || o->kind != OBJ_TYPENAME) {
            c->methods[k++] = d;
            continue;
        }
        o->used = true;
        const char *name = d->u.func.name->u.ident.name;
        bool dup = false;
        for (int j = 0; j < o->ngmethods && !dup; j++)
            if (strcmp(o->gmethods[j]->u.func.name->u.ident.name, name) == 0 && strcmp(name, "_") != 0) {
                tc_errorf(c, d->u.func.name->pos, "method %s.%s already declared", o->name, name);
                dup = true;
            }
        if (dup) continue;
        AstDecl **v = arena_alloc(c->arena, (size_t)(o->ngmethods + 1) * sizeof *v);
        if (o->ngmethods) memcpy(v, o->gmethods, (size_t)o->ngmethods * sizeof *v);
        v[o->ngmethods++] = d;
        o->gmethods = v;
    }
    c->nmethods = k;
}

// ---- instance names as the linker spells them ----

static int obj_pos_cmp(const void *a, const void *b) {
    const Obj *x = *(Obj *const *)a, *y = *(Obj *const *)b;
    if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
    return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

void tc_name_instances(Checker *c) {
    if (c->ninsts == 0) return;
    // Go numbers local types in the order the compiler meets their
    // declarations: source order (a function literal's within its function)
    if (c->nlocal_types > 0)   // qsort(NULL, 0, ...) is undefined (UBSan stops the asan golden run)
        qsort(c->local_types, (size_t)c->nlocal_types, sizeof *c->local_types, obj_pos_cmp);
    uint32_t n = 0;
    for (int i = 0; i < c->nlocal_types; i++) {
        Obj *o = c->local_types[i];
        if (!o->spec->u.type_spec.assign && o->type && (o->type->flags & TF_NAMED)) o->type->local_id = ++n;
    }
    bool renamed = false;
    for (int i = 0; i < c->ninsts; i++) {   // in creation order: an instance's arguments come first
        GenInst *g = c->insts[i];
        if (!g->type || g->own_check) continue;
        StrBuf b = {0};
        sb_puts(&b, g->gen->name);
        sb_putc(&b, '[');
        for (int j = 0; j < g->n; j++) {
            if (j) sb_putc(&b, ',');
            char *a = rt_type_link_string(g->targs[j]);
            sb_puts(&b, a);
            free(a);
        }
        sb_putc(&b, ']');
        if (strlen(g->type->name) != b.len || memcmp(g->type->name, b.p, b.len) != 0) {
            g->type->name = arena_printf(c->arena, "%.*s", (int)b.len, b.p);
            renamed = true;
        }
        sb_free(&b);
    }
    if (!renamed) return;
    for (int i = 0; i < c->ntypes; i++) {   // spellings cached while checking may hold the old names
        free((void *)c->types[i]->str);
        c->types[i]->str = NULL;
    }
}
