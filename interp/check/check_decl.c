// check_decl.c - declarations (spec "Declarations and scope"): constants
// with iota, variables, type declarations, function declarations and
// their bodies, imports of the built-in packages, and local declarations.
//
// Package-level objects are resolved lazily (tc_resolve_obj), so they may
// be used before their declaration; a named type is registered before its
// underlying type is resolved, so it may refer to itself through pointers.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// ---- constants ----

// check_const_value checks the expression of constant o (with the iota of
// its spec) and gives o its type and value.
static void check_const(Checker *c, Obj *o) {
    AstSpec *s = o->spec;            // the spec holding the values (maybe an earlier one)
    AstSpec *own = o->import_spec ? o->import_spec : s;
    int64_t saved_iota = c->iota;
    c->iota = own->u.value.iota;
    Type *t = s->u.value.type ? tc_type_expr(c, s->u.value.type) : NULL;
    if (o->spec_index >= s->u.value.values.n) {
        if (s->u.value.values.n == 0 && !s->u.value.implicit && own == s)
            tc_errorf(c, o->pos, "missing init expr for const declaration");
        else
            tc_errorf(c, o->pos, "missing init expr for const declaration");
        o->type = NULL;
        o->cval = const_unknown(c->cctx);
        c->iota = saved_iota;
        return;
    }
    AstExpr *e = s->u.value.values.v[o->spec_index];
    if (own != s) {
        // implicit repetition: check a fresh evaluation of the same
        // expression (types differ with iota only through values)
    }
    Operand x;
    tc_expr(c, &x, e);
    if (x.mode != MODE_CONSTANT) {
        if (x.mode != MODE_INVALID)
            tc_errorf(c, e->pos, "%s is not constant", tc_operand_string(c, &x));
        o->type = t;
        o->cval = const_unknown(c->cctx);
        c->iota = saved_iota;
        return;
    }
    if (t) {
        tc_assignment_as(c, &x, &s->u.value.values.v[o->spec_index], t, SPELL(s->u.value.type, SPELL_SELF, 0),
                         "constant declaration");
    }
    o->spell = t ? SPELL(s->u.value.type, SPELL_SELF, 0) : SPELL(e, SPELL_SELF, 0);
    o->type = x.type;
    o->cval = x.val;
    c->iota = saved_iota;
}

// ---- variables ----

// tc_declare_var makes a new local or global variable for identifier name.
Obj *tc_declare_var(Checker *c, AstExpr *name, Type *t) {
    Obj *o = tc_new_obj(c, OBJ_VAR, name->u.ident.name, name->pos, t);
    EN(name)->obj = o;
    EN(name)->type = t;
    if (strcmp(o->name, "_") == 0) {
        o->slot = -1;
        o->used = true;
        return o;
    }
    if (c->repl_scope && c->scope == c->repl_scope) {
        // REPL (issue 6): an input's top-level variables persist as globals,
        // in cells (a later input may take their address)
        o->slot = c->nglobals++;
        o->storage = VS_GLOBAL_CELL;
        return o;
    }
    o->owner = c->fn;
    o->slot = tc_new_slot(c);
    o->storage = c->fn ? VS_LOCAL : VS_GLOBAL;
    if (t && (t->flags & TF_AGGREGATE)) o->storage = c->fn ? VS_CELL : VS_GLOBAL_CELL;
    return o;
}

// check_var_spec checks "var names [T] [= values]" (package level or
// local) and produces the SOP_DEFINE AssignInfo that initialises them.
AssignInfo *tc_var_spec(Checker *c, AstSpec *s, bool local) {
    int n = s->u.value.names.n, nv = s->u.value.values.n;
    Type *t = s->u.value.type ? tc_type_expr(c, s->u.value.type) : NULL;
    AssignInfo *ai = arena_alloc(c->arena, sizeof *ai);
    ai->nlhs = n;
    ai->lhs = arena_alloc(c->arena, (size_t)n * sizeof *ai->lhs);
    ai->decl = arena_alloc(c->arena, (size_t)n * sizeof *ai->decl);
    ai->types = arena_alloc(c->arena, (size_t)n * sizeof *ai->types);
    ai->nrhs = nv;
    ai->rhs = s->u.value.values.v;
    Type **types = ai->types;
    // per variable: its initialiser was in error (Go then counts it used)
    bool *failed = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *failed);
    if (nv == 0) {
        for (int i = 0; i < n; i++) types[i] = t;
    } else if (nv == n) {
        for (int i = 0; i < n; i++) {
            Operand x;
            tc_expr(c, &x, ai->rhs[i]);   // var v = f(): "multiple-value f() ... in single-value context"
            if (t) {
                failed[i] = !tc_assignment_as(c, &x, &ai->rhs[i], t, SPELL(s->u.value.type, SPELL_SELF, 0),
                                              "variable declaration");
                types[i] = t;
            } else {
                if (x.mode == MODE_CONSTANT || tc_is_untyped(x.type)) {
                    if (x.type && x.type->kind == KIND_UNTYPED_NIL) {
                        tc_errorf(c, ai->rhs[i]->pos, "use of untyped nil in variable declaration");
                        x.mode = MODE_INVALID;
                    }
                    const char *saved = c->assign_ctx;
                    c->assign_ctx = "variable declaration";
                    tc_use_default(c, &x);
                    c->assign_ctx = saved;
                }
                if (x.mode != MODE_INVALID) tc_assignment(c, &x, &ai->rhs[i], x.type, "variable declaration");
                types[i] = x.mode == MODE_INVALID ? NULL : x.type;
            }
        }
    } else if (nv == 1) {
        Operand x;
        tc_multi_expr(c, &x, ai->rhs[0]);
        ai->tuple = true;
        if (x.mode != MODE_INVALID) {
            int got = x.type && x.type->kind == KIND_TUPLE ? x.type->nfields : 1;
            bool commaok = (x.mode == MODE_COMMAOK || x.mode == MODE_MAPINDEX) && n == 2;
            if (commaok) got = 2;
            if (got != n) {
                if (ai->rhs[0]->kind == AST_CALL_EXPR)
                    tc_errorf(c, ai->rhs[0]->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", n,
                              n > 1 ? "s" : "", tc_expr_str(c, ai->rhs[0]->u.call.fun), got, got > 1 ? "s" : "");
                else
                    tc_errorf(c, ai->rhs[0]->pos, "assignment mismatch: %d variable%s but %d value%s", n,
                              n > 1 ? "s" : "", got, got > 1 ? "s" : "");
            } else {
                for (int i = 0; i < n; i++) {
                    Type *xt = commaok ? (i == 0 ? x.type : c->u.types[KIND_BOOL]) : (Type *)x.type->fields[i].type;
                    types[i] = t ? t : xt;
                    if (t) {   // Go 1.19 words these as an assignment
                        Operand o = {.mode = MODE_VALUE, .type = commaok && i == 1 ? c->u.types[KIND_UNTYPED_BOOL] : xt,
                                     .expr = ai->rhs[0]};
                        tc_assignment(c, &o, NULL, t, "assignment");
                        if (o.mode == MODE_INVALID) failed[i] = true;
                        tc_tuple_box(c, ai, i, xt);
                    }
                }
                tc_commaok_mark(c, &x, ai->rhs[0], n);
            }
        }
    } else {
        tc_errorf(c, s->u.value.names.v[0]->pos, "assignment mismatch: %d variable%s but %d value%s", n,
                  n > 1 ? "s" : "", nv, nv > 1 ? "s" : "");
    }
    for (int i = 0; i < n; i++) {
        AstExpr *name = s->u.value.names.v[i];
        if (types[i] && !tc_check_size(c, name->pos, s->u.value.type, types[i], local ? NULL : name->u.ident.name))
            types[i] = NULL;
        Obj *o;
        if (local) {
            o = tc_declare_var(c, name, types[i]);
            if (!types[i] || failed[i]) o->used = true;   // its initialiser was in error
        } else {
            o = EN(name)->obj;
            o->type = types[i];
            EN(name)->type = types[i];
            if (types[i] && (types[i]->flags & TF_AGGREGATE)) o->storage = VS_GLOBAL_CELL;
        }
        if (s->u.value.type) o->spell = SPELL(s->u.value.type, SPELL_SELF, 0);
        else if (ai->tuple) o->spell = SPELL(ai->rhs[0], SPELL_RESULT, i);
        else if (i < nv) o->spell = SPELL(ai->rhs[i], SPELL_SELF, 0);
        ai->lhs[i] = name;
        ai->decl[i] = o;
    }
    return ai;
}

// ---- types ----

// Type declarations in progress form a path (c->type_path). A type that
// contains itself without indirection - through struct fields and array
// elements, spec "Type definitions" - or an alias that names itself is
// a cycle: Go's "invalid recursive type T" with one "X refers to" line per
// declaration of the cycle, starting with the one first in the source.

static void push_type_path(Checker *c, Obj *o) {
    if (c->ntype_path == c->type_path_cap) {
        c->type_path_cap = c->type_path_cap ? 2 * c->type_path_cap : 16;
        c->type_path = realloc(c->type_path, (size_t)c->type_path_cap * sizeof *c->type_path);
        if (!c->type_path) abort();
    }
    c->type_path[c->ntype_path++] = o;
}

// report_type_cycle reports the cycle type_path[from..] once.
static void report_type_cycle(Checker *c, int from) {
    int n = c->ntype_path - from, first = from;
    for (int i = from; i < c->ntype_path; i++) {
        Pos p = c->type_path[i]->pos, q = c->type_path[first]->pos;
        if (p.line < q.line || (p.line == q.line && p.col < q.col)) first = i;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) abort();
    Obj *start = c->type_path[first];
    fprintf(f, "invalid recursive type %s", start->name);
    for (int k = 0; k <= n; k++) {
        Obj *o = c->type_path[from + (first - from + k) % n];
        fprintf(f, "\n\t%s:%d:%d: %s%s", c->filename, o->pos.line, o->pos.col, o->name, k < n ? " refers to" : "");
    }
    fclose(f);
    tc_errorf(c, start->pos, "%s", buf);
    free(buf);
}

// contains_incomplete: the named type still being declared that t holds
// by value, or NULL.
static const Type *contains_incomplete(const Type *t, int depth) {
    if (!t || depth > 10000) return NULL;
    if (t->flags & TF_NAMED) return (t->flags & TF_INCOMPLETE) ? t : NULL;
    if (t->kind == KIND_ARRAY) return contains_incomplete(t->elem, depth + 1);
    if (t->kind != KIND_STRUCT) return NULL;
    for (int i = 0; i < t->nfields; i++) {
        const Type *in = contains_incomplete(t->fields[i].type, depth + 1);
        if (in) return in;
    }
    return NULL;
}

// type_cycle_from: the index in type_path of the declaration of the
// incomplete named type in, or of alias o itself (-1 when absent).
static int type_cycle_from(Checker *c, const Type *in, Obj *o) {
    for (int i = 0; i < c->ntype_path; i++)
        if ((in && c->type_path[i]->type == in) || c->type_path[i] == o) return i;
    return -1;
}

bool tc_type_cycle(Checker *c, const Type *incomplete) {
    int from = type_cycle_from(c, incomplete, NULL);
    if (from < 0) return false;
    report_type_cycle(c, from);
    return true;
}

void tc_defer_type(Checker *c, Obj *o) {
    if (o->state == 3) return;
    o->type = tc_named(c, o->name, "main");
    o->state = 3;
    if (c->ndeferred_types == c->deferred_cap) {
        c->deferred_cap = c->deferred_cap ? 2 * c->deferred_cap : 16;
        c->deferred_types = realloc(c->deferred_types, (size_t)c->deferred_cap * sizeof *c->deferred_types);
        if (!c->deferred_types) abort();
    }
    c->deferred_types[c->ndeferred_types++] = o;
}

// define_deferred defines the types tc_defer_type named, now that no type
// declaration is in progress (each may name more).
static void define_deferred(Checker *c) {
    while (c->ndeferred_types > 0) {
        Obj *o = c->deferred_types[--c->ndeferred_types];
        if (o->state == 3) tc_resolve_obj(c, o);
    }
}

static void check_type_spec(Checker *c, Obj *o) {
    AstSpec *s = o->spec;
    push_type_path(c, o);
    if (s->u.type_spec.assign) {       // alias
        o->type = tc_type_expr(c, s->u.type_spec.type);
        c->ntype_path--;
        if (c->ntype_path == 0) define_deferred(c);
        return;
    }
    Type *named = o->type ? o->type : tc_named(c, o->name, "main");   // named already when deferred
    o->type = named;
    o->state = 2;                      // visible (incomplete) for self-reference through pointers
    // type C comparable: a constraint may be named (C is usable as one only)
    AstExpr *rhs = s->u.type_spec.type;
    bool saved_in = c->in_constraint;
    if (rhs->kind == AST_IDENT || rhs->kind == AST_SELECTOR_EXPR) c->in_constraint = true;
    Type *under = tc_type_expr(c, rhs);
    c->in_constraint = saved_in;
    if (under && under->kind == KIND_INVALID && !(under->flags & TF_NAMED)) {
        tc_errorf(c, o->pos, "invalid recursive type %s", o->name);
        under = NULL;
    }
    const Type *in = contains_incomplete(tc_under(under) == under ? under : NULL, 0);
    if (!in && under && (under->flags & TF_INCOMPLETE)) in = under;   // type T U; type U T
    int from = in ? type_cycle_from(c, in, NULL) : -1;
    if (from >= 0) {
        report_type_cycle(c, from);
        under = NULL;
    }
    c->ntype_path--;
    tc_set_underlying(c, named, under ? under : c->u.types[KIND_INT]);
    if (c->nincomplete_arrays) tc_complete_arrays(c);
    if (c->ntype_path == 0) define_deferred(c);
}

// alias_cycle: o is an alias whose declaration is in progress (a use of
// it inside its own type, directly or through other aliases).
static void alias_cycle(Checker *c, Obj *o) {
    int from = type_cycle_from(c, NULL, o);
    if (from >= 0) report_type_cycle(c, from);
    o->type = c->u.types[KIND_INT];   // stands in for the invalid type
}

void tc_resolve_local_const(Checker *c, Obj *o) {
    check_const(c, o);
    o->state = 2;
}

void tc_resolve_local_type(Checker *c, Obj *o) {
    if (tc_tparams_of(o)) {   // a local generic type: instantiated where used
        o->gen_scope = c->scope;
        o->state = 2;
        return;
    }
    check_type_spec(c, o);
    o->state = 2;
    if (c->methods_collected && o->type && (o->type->flags & TF_NAMED)) tc_promote_late(c, o->type);   // a local type
}

// ---- functions ----

static FuncInfo *new_func(Checker *c, const char *name, Pos pos) {
    FuncInfo *fn = arena_alloc(c->arena, sizeof *fn);
    fn->name = name;
    fn->pos = pos;
    return fn;
}

static void resolve_func(Checker *c, Obj *o) {
    AstDecl *d = o->decl;
    FuncInfo *fn = new_func(c, arena_printf(c->arena, "main.%s", o->name), d->pos);
    fn->body = d->u.func.body;
    o->fn = fn;
    Scope *saved = c->scope;
    FuncInfo *saved_fn = c->fn;
    c->scope = c->pkg_scope;
    c->fn = NULL;
    o->type = tc_signature(c, d->u.func.type);
    fn->sig = o->type;
    c->scope = saved;
    c->fn = saved_fn;
    if (strcmp(o->name, "main") == 0 && o->type && (o->type->nparams || o->type->nresults))
        tc_errorf(c, d->u.func.name->pos, "func main must have no arguments and no return values");
}

void tc_resolve_obj(Checker *c, Obj *o) {
    if (o->kind == OBJ_TYPENAME && o->pkg) {   // a built-in package's type (packages.c)
        tc_native_resolve(c, o);
        return;
    }
    if (o->state == 2 || !o->decl) return;
    if (o->state == 3) o->state = 0;   // named through a pointer (tc_defer_type): define it now
    if (tc_tparams_of(o)) {   // generic: instantiated where used (generic.c)
        if (o->kind == OBJ_FUNC && (strcmp(o->name, "main") == 0 || strcmp(o->name, "init") == 0))
            tc_errorf(c, tc_tparams_of(o)->v[0]->names.v[0]->pos, "func %s must have no type parameters", o->name);
        o->state = 2;
        return;
    }
    if (o->state == 1) {
        if (o->kind == OBJ_TYPENAME) {
            if (!o->type) alias_cycle(c, o);
            return;
        }
        if (o->kind == OBJ_VAR) {   // tc_init_order reports the loop
            o->self_ref = true;
            return;
        }
        tc_errorf(c, o->pos, "initialization cycle or invalid recursive reference to %s", o->name);
        o->state = 2;
        return;
    }
    o->state = 1;
    Scope *saved = c->scope;
    FuncInfo *saved_fn = c->fn;
    Obj *saved_decl = c->cur_decl_obj;
    int64_t saved_iota = c->iota;
    c->scope = c->pkg_scope;
    c->fn = NULL;
    c->iota = -1;
    switch (o->kind) {
    case OBJ_CONST: check_const(c, o); break;
    case OBJ_TYPENAME: check_type_spec(c, o); break;
    case OBJ_FUNC: resolve_func(c, o); break;
    case OBJ_VAR: {
        AstSpec *s = o->spec;
        c->cur_decl_obj = o;
        int n = s->u.value.names.n;
        if (n > 1 && s->u.value.values.n == n) {
            // "var a, b = 1, a": one value per name, each its own initialiser
            // (spec "Package initialization")
            AstSpec *one = arena_alloc(c->arena, sizeof *one);
            *one = *s;
            one->u.value.names.v = &s->u.value.names.v[o->spec_index];
            one->u.value.names.n = 1;
            one->u.value.values.v = &s->u.value.values.v[o->spec_index];
            one->u.value.values.n = 1;
            s = one;
        }
        AssignInfo *ai = tc_var_spec(c, s, false);
        for (int i = 0; i < s->u.value.names.n; i++) {
            Obj *v = EN(s->u.value.names.v[i])->obj;
            v->state = 2;
            v->init = ai;
            if (v != o) {   // all names of the spec share the dependencies
                v->deps = o->deps;
                v->ndeps = o->ndeps;
            }
        }
        break;
    }
    default: break;
    }
    o->state = 2;
    c->scope = saved;
    c->fn = saved_fn;
    c->cur_decl_obj = saved_decl;
    c->iota = saved_iota;
}

// tc_func_body checks the body of fn (parameters from its FUNC_TYPE
// ftype) in a new function scope nested in the current one.
void tc_func_body(Checker *c, FuncInfo *fn, AstExpr *ftype, AstBlock *body, AstFieldList *recv) {
    Scope *saved = c->scope;
    FuncInfo *saved_fn = c->fn;
    int saved_loop = c->loop_depth, saved_switch = c->switch_depth;
    c->fn = fn;
    c->loop_depth = c->switch_depth = 0;
    c->scope = tc_scope_new(c, saved, true);
    fn->ftype = ftype;
    Type *sig = fn->sig;
    AstFieldList *pl = &ftype->u.func_type.params, *rl = &ftype->u.func_type.results;
    int np = sig ? sig->nparams : 0, nr = sig ? sig->nresults : 0;
    fn->params = arena_alloc(c->arena, (size_t)(np + 2) * sizeof *fn->params);
    fn->param_slots = arena_alloc(c->arena, (size_t)(np + 2) * sizeof(int));
    fn->results = arena_alloc(c->arena, (size_t)(nr + 1) * sizeof *fn->results);
    fn->result_slots = arena_alloc(c->arena, (size_t)(nr + 1) * sizeof(int));
    int k = 0, base = 0;
    if (recv && recv->n == 1 && fn->recv_type) {   // the receiver is parameter 0
        AstField *f = recv->v[0];
        Obj *o;
        if (f->names.n && strcmp(f->names.v[0]->u.ident.name, "_") != 0) {
            o = tc_declare_var(c, f->names.v[0], fn->recv_type);
            tc_declare(c, c->scope, o);
        } else {
            o = tc_new_obj(c, OBJ_VAR, "_", f->type->pos, fn->recv_type);
            o->owner = fn;
            o->slot = tc_new_slot(c);
            o->storage = (fn->recv_type->flags & TF_AGGREGATE) ? VS_CELL : VS_LOCAL;
        }
        o->used = true;
        o->is_param = true;
        o->spell = SPELL(f->type, SPELL_SELF, 0);
        fn->params[0] = o;
        fn->param_slots[0] = o->slot;
        base = 1;
    }
    fn->params += base;
    fn->param_slots += base;
    for (int i = 0; i < pl->n && sig; i++) {
        AstField *f = pl->v[i];
        int nn = f->names.n ? f->names.n : 1;
        for (int j = 0; j < nn && k < np; j++, k++) {
            Type *pt = (Type *)sig->params[k];
            Obj *o;
            if (f->names.n) {
                o = tc_declare_var(c, f->names.v[j], pt);
                tc_declare(c, c->scope, o);
            } else {
                o = tc_new_obj(c, OBJ_VAR, "_", f->type->pos, pt);
                o->owner = fn;
                o->slot = tc_new_slot(c);
                o->storage = (pt->flags & TF_AGGREGATE) ? VS_CELL : VS_LOCAL;
            }
            if (o->slot < 0) {   // a "_" parameter still receives its argument
                o->owner = fn;
                o->slot = tc_new_slot(c);
                o->storage = (pt->flags & TF_AGGREGATE) ? VS_CELL : VS_LOCAL;
            }
            o->used = true;
            o->is_param = true;
            o->spell = SPELL(f->type, SPELL_SELF, 0);
            fn->params[k] = o;
            fn->param_slots[k] = o->slot;
        }
    }
    fn->params -= base;
    fn->param_slots -= base;
    fn->nparams = np + base;
    k = 0;
    for (int i = 0; i < rl->n && sig; i++) {
        AstField *f = rl->v[i];
        int nn = f->names.n ? f->names.n : 1;
        for (int j = 0; j < nn && k < nr; j++, k++) {
            Type *rt = (Type *)sig->results[k];
            Obj *o;
            if (f->names.n) {
                fn->named_results = true;
                o = tc_declare_var(c, f->names.v[j], rt);
                tc_declare(c, c->scope, o);
            } else {
                o = tc_new_obj(c, OBJ_VAR, "", f->type->pos, rt);
                o->owner = fn;
                o->slot = tc_new_slot(c);
                o->storage = (rt->flags & TF_AGGREGATE) ? VS_CELL : VS_LOCAL;
            }
            if (o->slot < 0) {   // a "_" result is still a result slot
                o->owner = fn;
                o->slot = tc_new_slot(c);
                o->storage = (rt->flags & TF_AGGREGATE) ? VS_CELL : VS_LOCAL;
            }
            o->used = true;
            o->is_param = true;
            o->spell = SPELL(f->type, SPELL_SELF, 0);
            fn->results[k] = o;
            fn->result_slots[k] = o->slot;
        }
    }
    fn->nresults = nr;
    if (body) {
        tc_stmt_list(c, &body->list);
        if (nr > 0 && !tc_is_terminating_list(c, &body->list))
            tc_errorf(c, body->rbrace, "missing return");
        tc_check_unused(c, c->scope);
    }
    tc_finish_func_vars(c, fn);
    c->scope = saved;
    c->fn = saved_fn;
    c->loop_depth = saved_loop;
    c->switch_depth = saved_switch;
}

void tc_check_func_decl(Checker *c, Obj *o) {
    if (!o->fn) return;
    AstDecl *d = o->decl;
    if (!d->u.func.body) {
        tc_errorf(c, d->u.func.name->pos, "missing function body");
        return;
    }
    Scope *saved = c->scope;
    c->scope = c->pkg_scope;
    c->cur_decl_obj = o;
    tc_func_body(c, o->fn, d->u.func.type, d->u.func.body, NULL);
    c->cur_decl_obj = NULL;
    c->scope = saved;
    DN(d)->info = o->fn;
}

void tc_check_init_func(Checker *c, AstDecl *d) {
    FuncInfo *fn = new_func(c, "main.init", d->pos);
    fn->body = d->u.func.body;
    fn->sig = tc_func(c, NULL, 0, NULL, 0, false);
    AstFieldList *pl = &d->u.func.type->u.func_type.params, *rl = &d->u.func.type->u.func_type.results;
    if (pl->n || rl->n) tc_errorf(c, d->u.func.name->pos, "func init must have no arguments and no return values");
    c->init_fninfo = realloc(c->init_fninfo, (size_t)(c->ninit_fns + 1) * sizeof *c->init_fninfo);
    if (!c->init_fninfo) abort();
    c->init_fninfo[c->ninit_fns++] = fn;
    fn->name = c->ninit_fns > 1 ? arena_printf(c->arena, "main.init.%d", c->ninit_fns - 1) : "main.init.0";
    Scope *saved = c->scope;
    c->scope = c->pkg_scope;
    tc_func_body(c, fn, d->u.func.type, d->u.func.body, NULL);
    c->scope = saved;
    DN(d)->info = fn;
}

// tc_check_unused reports "x declared but not used" for the variables of
// scope s (Go reports them per function, at their declaration).
void tc_check_unused(Checker *c, Scope *s) {
    if (c->repl) return;   // unused variables are no error at the REPL's prompt (issue 6)
    for (int i = 0; i < s->n; i++) {
        Obj *o = s->objs[i];
        if (o->kind == OBJ_VAR && !o->used && !o->is_param)
            tc_errorf(c, o->pos, "%s declared but not used", o->name);
    }
}

// ---- imports ----

void tc_import(Checker *c, AstSpec *spec) {
    const char *path = spec->u.import.path->u.lit.sval;
    const NativePkg *pkg = rt_find_package(path);
    if (!pkg) {
        const char *slash = strchr(path, '/');
        const char *dot = strchr(path, '.');
        int before = c->ndiags;
        if (dot && (!slash || dot < slash))   // a module path (golang.org/x/...): `go run x.go` has no go.mod
            tc_errorf(c, spec->u.import.path->pos,
                      "no required module provides package %s: go.mod file not found in current directory or any "
                      "parent directory; see 'go help modules'",
                      path);
        else
            tc_errorf(c, spec->u.import.path->pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
        if (c->ndiags > before) c->diags[before].import_path = path;
        return;
    }
    const char *name = pkg->name;
    if (spec->u.import.name) name = spec->u.import.name->u.ident.name;
    if (strcmp(name, "_") == 0) return;
    Obj *o = tc_new_obj(c, OBJ_PKGNAME, name, spec->pos, NULL);
    o->pkg = pkg;
    o->import_spec = spec;
    c->imports = realloc(c->imports, (size_t)(c->nimports + 1) * sizeof *c->imports);
    if (!c->imports) abort();
    c->imports[c->nimports++] = o;
    tc_declare(c, c->pkg_scope, o);
}

FuncInfo *tc_new_func(Checker *c, const char *name, Pos pos) { return new_func(c, name, pos); }
