// packages.c - the checker's view of the built-in packages (runtime/'s
// NativePkg tables): a scope per imported package whose objects get their
// types by parsing the Go type texts of the tables, lazily, on first use.
#include <stdlib.h>
#include <string.h>

#include "../internal.h"

static void parse_error(void *ctx, Pos pos, const char *msg) {
    (void)pos;
    Checker *c = ctx;
    tc_errorf(c, (Pos){1, 1}, "internal error: bad built-in signature: %s", msg);
}

// parse_type_text parses a Go type written as text ("func(s string) int")
// and checks it in scope s.
static Type *parse_type_text(Checker *c, Scope *s, const char *text) {
    char *src = arena_printf(c->arena, "package p\nvar _ %s\n", text);
    int nerr = 0;
    AstFile *f = parse_file(c->arena, "<builtin>", src, strlen(src), parse_error, c, &nerr);
    if (nerr || f->decls.n != 1) return NULL;
    AstSpec *spec = f->decls.v[0]->u.gen.specs.v[0];
    Scope *saved = c->scope;
    c->scope = s;
    Type *t = tc_type_expr(c, spec->u.value.type);
    c->scope = saved;
    return t;
}

static Obj *make_member(Checker *c, Obj *pkgobj, const char *name);

// pkg_scope_of creates the scope of package object o on first use, with
// its types (named, in the package) declared.
static Scope *pkg_scope_of(Checker *c, Obj *o) {
    if (o->pkg_scope) return o->pkg_scope;
    Scope *s = tc_scope_new(c, c->u.scope, false);
    o->pkg_scope = s;
    const NativePkg *p = o->pkg;
    for (int i = 0; i < p->ntypes; i++) {
        Obj *t = tc_new_obj(c, OBJ_TYPENAME, p->types[i].name, (Pos){0, 0}, tc_named(c, p->types[i].name, p->name));
        t->state = 2;
        tc_declare(c, s, t);
    }
    for (int i = 0; i < p->ntypes; i++) {
        Obj *t = tc_scope_lookup_local(s, p->types[i].name);
        Type *u = parse_type_text(c, s, p->types[i].underlying);
        tc_set_underlying(c, t->type, u ? u : c->u.types[KIND_INT]);
    }
    tc_native_methods(c, o, s);
    return s;
}

static Obj *make_member(Checker *c, Obj *pkgobj, const char *name) {
    Scope *s = pkg_scope_of(c, pkgobj);
    Obj *o = tc_scope_lookup_local(s, name);
    if (o) return o;
    const NativePkg *p = pkgobj->pkg;
    for (int i = 0; i < p->nfuncs; i++) {
        if (strcmp(p->funcs[i].name, name) != 0) continue;
        o = tc_new_obj(c, OBJ_FUNC, name, (Pos){0, 0}, parse_type_text(c, s, p->funcs[i].sig));
        o->native = &p->funcs[i];
        tc_declare(c, s, o);
        return o;
    }
    for (int i = 0; i < p->nconsts; i++) {
        if (strcmp(p->consts[i].name, name) != 0) continue;
        const char *ty = p->consts[i].type, *val = p->consts[i].value;
        Type *t;
        if (strcmp(ty, "untyped string") == 0) {
            // A string constant: value is the string itself (no quotes).
            o = tc_new_obj(c, OBJ_CONST, name, (Pos){0, 0}, c->u.types[KIND_UNTYPED_STRING]);
            o->cval = const_from_string(c->cctx, val, strlen(val));
            o->state = 2;
            tc_declare(c, s, o);
            return o;
        }
        if (strncmp(ty, "untyped ", 8) == 0) {
            t = strcmp(ty + 8, "float") == 0  ? c->u.types[KIND_UNTYPED_FLOAT]
                : strcmp(ty + 8, "rune") == 0 ? c->u.types[KIND_UNTYPED_RUNE]
                                              : c->u.types[KIND_UNTYPED_INT];
        } else {
            t = parse_type_text(c, s, ty);
        }
        o = tc_new_obj(c, OBJ_CONST, name, (Pos){0, 0}, t);
        bool neg = val[0] == '-';
        const char *lit = neg ? val + 1 : val;
        const ConstVal *cv = strpbrk(lit, ".eEpP") && strncmp(lit, "0x", 2) != 0 ? const_from_float_lit(c->cctx, lit)
                                                                                 : const_from_int_lit(c->cctx, lit);
        if (cv && neg) cv = const_unary_op(c->cctx, TOK_SUB, cv, 0, NULL);
        o->cval = cv ? cv : const_unknown(c->cctx);
        o->state = 2;
        tc_declare(c, s, o);
        return o;
    }
    for (int i = 0; i < p->nvars; i++) {
        if (strcmp(p->vars[i].name, name) != 0) continue;
        o = tc_new_obj(c, OBJ_VAR, name, (Pos){0, 0}, parse_type_text(c, s, p->vars[i].type));
        o->storage = VS_GLOBAL;
        o->slot = c->nglobals++;
        o->used = true;
        o->state = 2;
        o->native_var = &p->vars[i];
        tc_declare(c, s, o);
        tc_add_native_var(c, o);
        return o;
    }
    return NULL;
}

// tc_package_member resolves pkg.Name for package object pkgobj; reports
// "undefined: strings.Foo" when absent.
Obj *tc_package_member(Checker *c, Obj *pkgobj, AstExpr *sel) {
    const char *name = sel->u.ident.name;
    Obj *o = NULL;
    if (name[0] >= 'A' && name[0] <= 'Z') o = make_member(c, pkgobj, name);
    if (!o) {
        if (name[0] >= 'a' && name[0] <= 'z' && make_member(c, pkgobj, name))
            tc_errorf(c, sel->pos, "name %s not exported by package %s", name, pkgobj->pkg->name);
        else
            tc_errorf(c, sel->pos, "undefined: %s.%s", pkgobj->name, name);
        return NULL;
    }
    sel->obj = o;
    return o;
}

// tc_native_methods attaches the C methods of the package's types
// ("(*Builder).WriteString", "Duration.String") to their named types.
void tc_native_methods(Checker *c, Obj *pkgobj, Scope *s) {
    const NativePkg *p = pkgobj->pkg;
    for (int i = 0; i < p->ntypes; i++) {
        Obj *to = tc_scope_lookup_local(s, p->types[i].name);
        Type *t = to->type;
        int n = 0;
        for (int j = 0; j < p->nfuncs; j++) {
            const char *fn = p->funcs[j].name;
            const char *dot = strchr(fn, '.');
            if (!dot) continue;
            bool ptr = fn[0] == '(';
            const char *tn = ptr ? fn + 2 : fn;
            size_t len = (size_t)(dot - tn) - (ptr ? 1 : 0);
            if (strlen(t->name) == len && strncmp(tn, t->name, len) == 0) n++;
        }
        if (n == 0) continue;
        Method *ms = arena_alloc(c->arena, (size_t)n * sizeof *ms);
        int k = 0;
        for (int j = 0; j < p->nfuncs; j++) {
            const char *fn = p->funcs[j].name;
            const char *dot = strchr(fn, '.');
            if (!dot) continue;
            bool ptr = fn[0] == '(';
            const char *tn = ptr ? fn + 2 : fn;
            size_t len = (size_t)(dot - tn) - (ptr ? 1 : 0);
            if (strlen(t->name) != len || strncmp(tn, t->name, len) != 0) continue;
            ms[k].name = dot + 1;
            ms[k].type = parse_type_text(c, s, p->funcs[j].sig);
            ms[k].native = p->funcs[j].fn;
            ms[k].ptr_recv = ptr;
            k++;
        }
        t->methods = ms;
        t->nmethods = k;
    }
}

// tc_add_native_var records a package variable to initialise at start.
void tc_add_native_var(Checker *c, Obj *o) {
    c->native_vars = realloc(c->native_vars, (size_t)(c->nnative_vars + 1) * sizeof *c->native_vars);
    if (!c->native_vars) abort();
    c->native_vars[c->nnative_vars++] = o;
}
