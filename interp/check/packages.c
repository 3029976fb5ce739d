// packages.c - the checker's view of the built-in packages (runtime/'s
// NativePkg tables): a scope per imported package whose objects get their
// types by parsing the Go type texts of the tables, lazily, on first use.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

// TypeTexts: the distinct Go type texts of a package table (deduplicated
// by pointer: one literal used by many entries), their parsed expressions
// and, once checked, their types.
typedef struct TypeTexts {
    const char **text;
    int n;
    AstExpr **expr;   // NULL after a syntax error in a table
    Type **type;
} TypeTexts;

static int add_text(TypeTexts *tt, const char *text) {
    for (int i = 0; i < tt->n; i++)
        if (tt->text[i] == text) return i;
    tt->text[tt->n] = text;
    return tt->n++;
}

static Type *check_in(Checker *c, Scope *s, AstExpr *e);

// text_type: the type of text i, checked in s on first use.
static Type *text_type(Checker *c, Scope *s, TypeTexts *tt, int i) {
    if (!tt->type[i]) tt->type[i] = check_in(c, s, tt->expr ? tt->expr[i] : NULL);
    return tt->type[i];
}

static void native_methods(Checker *c, const NativePkg *p, Scope *s, TypeTexts *tt, const int *sig_slot);

// parse_texts parses the Go types texts[0..n) as one file (one parser run
// for a whole package's types and method signatures) and returns their
// type expressions, unchecked; NULL after a syntax error.
static AstExpr **parse_texts(Checker *c, const char *const *texts, int n) {
    size_t len = 10;
    for (int i = 0; i < n; i++) len += strlen(texts[i]) + 7;
    char *src = arena_alloc(c->arena, len + 1), *w = src;
    w += sprintf(w, "package p\n");
    for (int i = 0; i < n; i++) w += sprintf(w, "var _ %s\n", texts[i]);
    int nerr = 0;
    AstFile *f = parse_file(c->arena, "<builtin>", src, (size_t)(w - src), parse_error, c, &nerr);
    if (nerr || f->decls.n != n) return NULL;
    AstExpr **v = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *v);
    for (int i = 0; i < n; i++) v[i] = f->decls.v[i]->u.gen.specs.v[0]->u.value.type;
    return v;
}

// check_in checks the type expression e in scope s.
static Type *check_in(Checker *c, Scope *s, AstExpr *e) {
    if (!e) return NULL;
    Scope *saved = c->scope;
    c->scope = s;
    Type *t = tc_type_expr(c, e);
    c->scope = saved;
    return t;
}

// method_of: whether table function fn is a method of the type named
// tname ("(*Builder).WriteString", "Duration.String"); *ptr tells which receiver.
static bool method_of(const char *fn, const char *tname, bool *ptr) {
    const char *dot = strchr(fn, '.');
    if (!dot) return false;
    *ptr = fn[0] == '(';
    const char *tn = *ptr ? fn + 2 : fn;
    size_t len = (size_t)(dot - tn) - (*ptr ? 1 : 0);
    return strlen(tname) == len && strncmp(tn, tname, len) == 0;
}

// native_scope: the one scope of built-in package p in this checker,
// made on first use (every import of p and every package that refers to
// p's types shares it, so io.Reader is one type wherever it is named).
// The scope holds p's type names, a package name for each path in
// p->imports (whose scopes are made when a text first names them), then
// members on demand (make_member). A type whose text
// starts with "= " is an alias ("= fs.FileMode").
static Scope *native_scope(Checker *c, const NativePkg *p) {
    for (NativeScope *ns = c->native_scopes; ns; ns = ns->next)
        if (ns->pkg == p) return ns->scope;
    Scope *s = tc_scope_new(c, c->u.scope, false);
    NativeScope *ns = arena_alloc(c->arena, sizeof *ns);
    *ns = (NativeScope){p, s, c->native_scopes};
    c->native_scopes = ns;
    for (int i = 0; i < p->ntypes; i++) {
        bool alias = strncmp(p->types[i].underlying, "= ", 2) == 0;
        Obj *t = tc_new_obj(c, OBJ_TYPENAME, p->types[i].name, (Pos){0, 0},
                            alias ? NULL : tc_named(c, p->types[i].name, p->name));
        t->state = 2;
        tc_declare(c, s, t);
    }
    for (const char *const *imp = p->imports; imp && *imp; imp++) {
        const NativePkg *q = rt_find_package(*imp);
        if (!q) continue;
        Obj *o = tc_new_obj(c, OBJ_PKGNAME, q->name, (Pos){0, 0}, NULL);
        o->pkg = q;
        o->used = true;
        tc_declare(c, s, o);
    }
    // one parse for the underlying types and the method signatures, each
    // distinct text (the same literal: "func() string"...) parsed and
    // checked once
    int total = p->ntypes + p->nfuncs;
    TypeTexts tt = {malloc((size_t)(total + 1) * sizeof *tt.text), 0, NULL, calloc((size_t)total + 1, sizeof *tt.type)};
    int *slot = malloc((size_t)(total + 1) * sizeof *slot);
    if (!tt.text || !tt.type || !slot) abort();
    for (int i = 0; i < p->ntypes; i++) {
        const char *text = p->types[i].underlying;
        slot[i] = add_text(&tt, strncmp(text, "= ", 2) == 0 ? text + 2 : text);
    }
    int nm = p->ntypes;
    for (int j = 0; j < p->nfuncs; j++)
        if (strchr(p->funcs[j].name, '.')) slot[nm++] = add_text(&tt, p->funcs[j].sig);
    tt.expr = parse_texts(c, tt.text, tt.n);
    for (int i = 0; i < p->ntypes; i++) {
        Obj *t = tc_scope_lookup_local(s, p->types[i].name);
        Type *u = text_type(c, s, &tt, slot[i]);
        if (strncmp(p->types[i].underlying, "= ", 2) == 0) t->type = u ? u : c->u.types[KIND_INT];
        else tc_set_underlying(c, t->type, u ? u : c->u.types[KIND_INT]);
    }
    native_methods(c, p, s, &tt, slot + p->ntypes);
    free(tt.text);
    free(tt.type);
    free(slot);
    return s;
}

// pkg_scope_of: the scope of package object o (see native_scope).
static Scope *pkg_scope_of(Checker *c, Obj *o) {
    if (!o->pkg_scope) o->pkg_scope = native_scope(c, o->pkg);
    return o->pkg_scope;
}

// tc_native_obj: see internal.h. The package's scope is made if needed
// (the runtime may box a value of a type no text of the program named).
Obj *tc_native_obj(Checker *c, const char *path, const char *name) {
    for (NativeScope *ns = c->native_scopes; ns; ns = ns->next)
        if (strcmp(ns->pkg->path, path) == 0) return tc_scope_lookup_local(ns->scope, name);
    const NativePkg *p = rt_find_package(path);
    return p ? tc_scope_lookup_local(native_scope(c, p), name) : NULL;
}

// tc_native_type: see internal.h.
Type *tc_native_type(Checker *c, const char *path, const char *name) {
    Obj *t = tc_native_obj(c, path, name);
    return t && t->kind == OBJ_TYPENAME ? t->type : NULL;
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

// native_methods attaches the C methods of the package's types
// ("(*Builder).WriteString", "Duration.String") to their named types;
// sig_slot gives the text of each of the table's methods, in table order.
static void native_methods(Checker *c, const NativePkg *p, Scope *s, TypeTexts *tt, const int *sig_slot) {
    for (int i = 0; i < p->ntypes; i++) {
        Obj *to = tc_scope_lookup_local(s, p->types[i].name);
        Type *t = to->type;
        if (strncmp(p->types[i].underlying, "= ", 2) == 0) continue;
        int n = 0;
        bool ptr;
        for (int j = 0; j < p->nfuncs; j++)
            if (method_of(p->funcs[j].name, t->name, &ptr)) n++;
        if (n == 0) continue;
        Method *ms = arena_alloc(c->arena, (size_t)n * sizeof *ms);
        int k = 0, m = 0;
        for (int j = 0; j < p->nfuncs; j++) {
            if (!strchr(p->funcs[j].name, '.')) continue;
            int sig = sig_slot[m++];
            if (!method_of(p->funcs[j].name, t->name, &ptr)) continue;
            ms[k].name = strchr(p->funcs[j].name, '.') + 1;
            ms[k].type = text_type(c, s, tt, sig);
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
