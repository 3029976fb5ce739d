// check.c - the type checker's driver: package-level declarations,
// resolution order, package-level variable initialisation order, the
// final pass that turns variable references into storage ops, and
// diagnostics.
//
// Diagnostics are collected, sorted by position and printed as Go prints
// them ("file:line:col: message"): the tenth is followed by
// "too many errors".
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

Checker *tc_new(Arena *arena, const char *filename) {
    Checker *c = arena_alloc(arena, sizeof *c);
    c->arena = arena;
    c->filename = filename;
    c->cctx = const_ctx_new(arena);
    c->iota = -1;
    tc_universe_init(c);
    tc_universe_scope(c);
    return c;
}

// tc_add_dep records that package-level object d depends on o (arena
// storage, grown by doubling).
void tc_add_dep(Checker *c, Obj *d, Obj *o) {
    if ((d->ndeps & (d->ndeps - 1)) == 0) {   // 0, 1, 2, 4...: full, grow
        int cap = d->ndeps ? d->ndeps * 2 : 4;
        Obj **v = arena_alloc(c->arena, (size_t)cap * sizeof *v);
        if (d->ndeps) memcpy(v, d->deps, (size_t)d->ndeps * sizeof *v);
        d->deps = v;
    }
    d->deps[d->ndeps++] = o;
}

// tc_track_type remembers a descriptor whose malloc'ed GC mask and
// spelling tc_free releases.
void tc_track_type(Checker *c, Type *t) {
    if (c->ntypes == c->typecap) {
        c->typecap = c->typecap ? c->typecap * 2 : 256;
        c->types = realloc(c->types, (size_t)c->typecap * sizeof *c->types);
        if (!c->types) abort();
    }
    c->types[c->ntypes++] = t;
}

void tc_free(Checker *c) {
    if (!c) return;
    for (int i = 0; i < c->ntypes; i++) {
        free((void *)c->types[i]->gcmask);
        free((void *)c->types[i]->str);
    }
    free(c->types);
    free(c->native_vars);
    free(c->methods);
    free(c->init_funcs);
    free(c->imports);
    free(c->local_types);
    free(c->deferred_types);
    free(c->init_fninfo);
    for (int i = 0; i < c->ndiags; i++) free(c->diags[i].msg);
    free(c->diags);
    free(c->interned);
    free(c->init_order);
    free(c->varrefs);
    free(c->blank_vars);
    free(c->type_path);
    free(c->labels);
    free(c->method_objs);
    free(c->insts);
    free(c->pending);
    free(c->later_verify);
    free(c->tsets);
    free(c->synth);
    const_ctx_free(c->cctx);
}

void tc_errorf(Checker *c, Pos pos, const char *fmt, ...) {
    // one error per position, as Go reports
    for (int i = 0; i < c->ndiags; i++)
        if (c->diags[i].pos.line == pos.line && c->diags[i].pos.col == pos.col) return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0) abort();
    va_end(ap);
    if (c->ndiags == c->diagcap) {
        c->diagcap = c->diagcap ? c->diagcap * 2 : 16;
        c->diags = realloc(c->diags, (size_t)c->diagcap * sizeof *c->diags);
        if (!c->diags) abort();
    }
    c->diags[c->ndiags].pos = pos;
    c->diags[c->ndiags].msg = msg;
    c->diags[c->ndiags].import_path = NULL;
    c->ndiags++;
}

static int diag_cmp(const void *a, const void *b) {
    const Diag *x = a, *y = b;
    if (x->import_path || y->import_path) {
        if (!y->import_path) return -1;
        if (!x->import_path) return 1;
        int d = strcmp(x->import_path, y->import_path);
        if (d) return d;
    }
    if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
    return 0;
}

void tc_print_errors(Checker *c, FILE *f) {
    qsort(c->diags, (size_t)c->ndiags, sizeof *c->diags, diag_cmp);
    int printed = 0;
    Pos last = {0, 0};
    for (int i = 0; i < c->ndiags; i++) {
        // like gc, the same message is reported once per line
        bool dup = false;
        for (int j = i - 1; j >= 0 && c->diags[j].pos.line == c->diags[i].pos.line; j--)
            dup |= strcmp(c->diags[j].msg, c->diags[i].msg) == 0;
        if (dup) continue;
        fprintf(f, "%s:%d:%d: %s\n", c->filename, c->diags[i].pos.line, c->diags[i].pos.col, c->diags[i].msg);
        last = c->diags[i].pos;
        if (++printed == 10) {   // gc stops at the tenth error, more or not
            fprintf(f, "%s:%d:%d: too many errors\n", c->filename, last.line, last.col);
            break;
        }
    }
}

int tc_exit_status(const Checker *c) {
    for (int i = 0; i < c->ndiags; i++)
        if (c->diags[i].import_path) return 1;
    return 2;
}

int tc_new_slot(Checker *c) {
    if (!c->fn) return c->nglobals++;
    return c->fn->nslots++;
}

// ---- collecting package-level objects ----

static void collect_value_spec(Checker *c, AstDecl *d, AstSpec *s, AstSpec *last_values) {
    bool is_const = d->u.gen.tok == TOK_CONST;
    for (int i = 0; i < s->u.value.names.n; i++) {
        AstExpr *name = s->u.value.names.v[i];
        Obj *o = tc_new_obj(c, is_const ? OBJ_CONST : OBJ_VAR, name->u.ident.name, name->pos, NULL);
        o->spec = is_const && s->u.value.implicit && last_values ? last_values : s;
        o->spec_index = i;
        o->decl = d;
        if (is_const) o->import_spec = s;   // the spec that holds the iota and names
        if (!is_const) {
            o->storage = VS_GLOBAL;
            o->slot = c->nglobals++;
        }
        EN(name)->obj = o;
        tc_declare(c, c->pkg_scope, o);
        if (!is_const && strcmp(o->name, "_") == 0) {   // not in scope, but checked and initialised
            c->blank_vars = realloc(c->blank_vars, (size_t)(c->nblank_vars + 1) * sizeof *c->blank_vars);
            if (!c->blank_vars) abort();
            c->blank_vars[c->nblank_vars++] = o;
        }
    }
}

static void collect_decl(Checker *c, AstDecl *d) {
    if (d->kind == AST_FUNC_DECL) {
        AstExpr *name = d->u.func.name;
        if (d->u.func.recv.n > 0) {
            c->methods = realloc(c->methods, (size_t)(c->nmethods + 1) * sizeof *c->methods);
            if (!c->methods) abort();
            c->methods[c->nmethods++] = d;
            return;
        }
        const char *nm = name->u.ident.name;
        if (strcmp(nm, "init") == 0) {
            c->init_funcs = realloc(c->init_funcs, (size_t)(c->ninit_funcs + 1) * sizeof *c->init_funcs);
            if (!c->init_funcs) abort();
            c->init_funcs[c->ninit_funcs++] = d;
            return;
        }
        Obj *o = tc_new_obj(c, OBJ_FUNC, nm, name->pos, NULL);
        o->decl = d;
        EN(name)->obj = o;
        tc_declare(c, c->pkg_scope, o);
        return;
    }
    if (d->kind != AST_GEN_DECL) return;
    AstSpec *last_values = NULL;
    for (int i = 0; i < d->u.gen.specs.n; i++) {
        AstSpec *s = d->u.gen.specs.v[i];
        if (s->kind == AST_VALUE_SPEC) {
            if (!s->u.value.implicit) last_values = s;
            collect_value_spec(c, d, s, last_values);
        } else if (s->kind == AST_TYPE_SPEC) {
            AstExpr *name = s->u.type_spec.name;
            Obj *o = tc_new_obj(c, OBJ_TYPENAME, name->u.ident.name, name->pos, NULL);
            o->spec = s;
            o->decl = d;
            EN(name)->obj = o;
            tc_declare(c, c->pkg_scope, o);
        }
    }
}

// ---- variable references ----

// tc_var_ref records that identifier e refers to variable o from the
// current function; the op is decided by finish_var_refs once every
// capture and address-of is known.
void tc_var_ref(Checker *c, AstExpr *e, Obj *o) {
    EN(e)->obj = o;
    EN(e)->aux = c->fn;
    EN(e)->slot = -1;
    if (o->owner && c->fn && o->owner != c->fn) {
        // captured: register in every function between the owner and here
        o->captured = true;
        if (o->storage == VS_LOCAL) o->storage = VS_CELL;
        int n = 0;
        for (FuncInfo *f = c->fn; f && f != o->owner; f = f->parent) n++;
        FuncInfo **chain = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *chain);
        n = 0;
        for (FuncInfo *f = c->fn; f && f != o->owner; f = f->parent) chain[n++] = f;
        int idx = -1;
        for (int k = n - 1; k >= 0; k--) {
            FuncInfo *f = chain[k];
            int found = -1;
            for (int j = 0; j < f->ncaptures; j++)
                if (f->captures[j].var == o) found = j;
            if (found < 0) {
                if (f->ncaptures == f->capcap) {
                    f->capcap = f->capcap ? f->capcap * 2 : 4;
                    CaptureSrc *v = arena_alloc(c->arena, (size_t)f->capcap * sizeof *v);
                    if (f->ncaptures) memcpy(v, f->captures, (size_t)f->ncaptures * sizeof *v);
                    f->captures = v;
                }
                CaptureSrc *cs = &f->captures[f->ncaptures];
                cs->var = o;
                cs->from_capture = (k != n - 1);
                cs->index = cs->from_capture ? idx : -1;   // frame slot filled at finish
                found = f->ncaptures++;
            }
            idx = found;
        }
        EN(e)->slot = idx;
    }
    if (c->nvarrefs == c->varrefcap) {
        c->varrefcap = c->varrefcap ? c->varrefcap * 2 : 256;
        c->varrefs = realloc(c->varrefs, (size_t)c->varrefcap * sizeof *c->varrefs);
        if (!c->varrefs) abort();
    }
    c->varrefs[c->nvarrefs++] = e;
    if (c->cur_decl_obj && !o->owner) {
        // dependency of a package-level initialiser
        Obj *d = c->cur_decl_obj;
        tc_add_dep(c, d, o);
    }
}

static void finish_var_refs(Checker *c) {
    for (int i = 0; i < c->nvarrefs; i++) {
        AstExpr *e = c->varrefs[i];
        Obj *o = EN(e)->obj;
        if (!o->owner) {
            EN(e)->op = o->storage == VS_GLOBAL_CELL ? OP_GLOBAL_CELL : OP_GLOBAL;
            EN(e)->slot = o->slot;
        } else if (EN(e)->slot >= 0 && o->owner != EN(e)->aux) {
            EN(e)->op = OP_CAPTURED;
        } else {
            EN(e)->op = o->storage == VS_CELL ? OP_LOCAL_CELL : OP_LOCAL;
            EN(e)->slot = o->slot;
        }
    }
}

// tc_finish_func_vars decides where the variables of fn live, and where
// its closures' captured cells come from.
void tc_finish_func_vars(Checker *c, FuncInfo *fn) {
    (void)c;
    for (int j = 0; j < fn->ncaptures; j++) {
        CaptureSrc *cs = &fn->captures[j];
        if (!cs->from_capture) cs->index = cs->var->slot;
    }
}

// ---- the file ----

static void check_unused_imports(Checker *c) {
    for (int i = 0; i < c->nimports; i++) {
        Obj *o = c->imports[i];
        if (!o->used)
            tc_errorf(c, o->import_spec->pos, "imported and not used: \"%s\"", o->pkg ? o->pkg->path : o->name);
    }
}

int tc_check_file(Checker *c, AstFile *file) {
    c->file = file;
    c->pkg_scope = tc_scope_new(c, c->u.scope, false);
    c->scope = c->pkg_scope;
    for (int i = 0; i < file->imports.n; i++) {
        AstDecl *d = file->imports.v[i];
        for (int j = 0; j < d->u.gen.specs.n; j++) tc_import(c, d->u.gen.specs.v[j]);
    }
    // `go run` resolves the imports before it compiles: a missing package
    // is the only kind of error it reports
    if (c->ndiags > 0) return c->ndiags;
    for (int i = 0; i < file->decls.n; i++) collect_decl(c, file->decls.v[i]);
    tc_collect_methods(c);
    for (int i = 0; i < c->pkg_scope->n; i++) tc_resolve_obj(c, c->pkg_scope->objs[i]);
    for (int i = 0; i < c->nblank_vars; i++) tc_resolve_obj(c, c->blank_vars[i]);
    tc_check_generics(c);
    tc_check_method_bodies(c);
    for (int i = 0; i < c->pkg_scope->n; i++) {
        Obj *o = c->pkg_scope->objs[i];
        if (o->kind == OBJ_FUNC && o->decl) tc_check_func_decl(c, o);
    }
    for (int i = 0; i < c->ninit_funcs; i++) tc_check_init_func(c, c->init_funcs[i]);
    tc_check_instances(c);
    Obj *m = tc_scope_lookup_local(c->pkg_scope, "main");
    if (!m || m->kind != OBJ_FUNC) {
        if (c->ndiags == 0) tc_errorf(c, (Pos){1, 1}, "function main is undeclared in the main package");
    } else {
        c->main_fn = m->fn;
    }
    check_unused_imports(c);
    finish_var_refs(c);
    tc_init_order(c);
    if (c->ndiags == 0) tc_name_instances(c);
    return c->ndiags;
}

// ---- the REPL (issue 6) ----

// tc_repl_decls: see internal.h. As tc_check_file, for the declarations
// of one input only (c->pkg_scope holds the input's own names).
void tc_repl_decls(Checker *c, AstFile *file) {
    int nblank = c->nblank_vars, ninit = c->ninit_funcs;
    c->file = file;
    c->scope = c->pkg_scope;
    c->nmethods = 0;
    for (int i = 0; i < file->imports.n; i++) {
        AstDecl *d = file->imports.v[i];
        for (int j = 0; j < d->u.gen.specs.n; j++) tc_import(c, d->u.gen.specs.v[j]);
    }
    for (int i = 0; i < file->decls.n; i++) collect_decl(c, file->decls.v[i]);
    tc_collect_methods(c);
    for (int i = 0; i < c->pkg_scope->n; i++) tc_resolve_obj(c, c->pkg_scope->objs[i]);
    for (int i = nblank; i < c->nblank_vars; i++) tc_resolve_obj(c, c->blank_vars[i]);
    tc_check_generics(c);
    tc_check_method_bodies(c);
    for (int i = 0; i < c->pkg_scope->n; i++) {
        Obj *o = c->pkg_scope->objs[i];
        if (o->kind == OBJ_FUNC && o->decl) tc_check_func_decl(c, o);
    }
    for (int i = ninit; i < c->ninit_funcs; i++) tc_check_init_func(c, c->init_funcs[i]);
    tc_check_instances(c);
}

// tc_repl_finish: see internal.h.
void tc_repl_finish(Checker *c) {
    tc_check_instances(c);   // those the input's statements made
    for (int i = 0; i < c->pkg_scope->n; i++) {
        Obj *o = c->pkg_scope->objs[i];
        if (o->kind == OBJ_VAR && !o->owner && !o->native_var && o->slot >= 0) o->storage = VS_GLOBAL_CELL;
    }
    finish_var_refs(c);
    c->nvarrefs = 0;
    tc_init_order(c);
}
