// packages.c - the checker's view of the built-in packages (runtime/'s
// NativePkg tables): a scope per imported package whose objects get their
// types by parsing the Go type texts of the tables, lazily, on first use.
//
// Laziness is per object. A package's scope starts with its type names
// only, unresolved (state 0, decl = the scope's marker): a type is
// resolved - its underlying text checked, its C methods attached with
// their signatures checked - when a text or the program first names it
// (type_name and friends call tc_resolve_obj, which hands native types to
// tc_native_resolve), or when the runtime asks for it (tc_native_obj).
// Functions, constants and variables are made when first selected
// (make_member). So `import "os"` for os.Exit checks one signature, not
// os, io/fs, time and syscall's hundreds of method signatures.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void parse_error(void *ctx, Pos pos, const char *msg) {
    (void)pos;
    Checker *c = ctx;
    tc_errorf(c, (Pos){1, 1}, "internal error: bad built-in signature: %s", msg);
}

// parse_type_text parses a Go type written as text ("func(s string) int")
// and checks it in scope s; *written (if non-NULL) gets its type expression,
// which spells it in messages (spell.c).
static Type *parse_type_text(Checker *c, Scope *s, const char *text, AstExpr **written) {
    char *src = arena_printf(c->arena, "package p\nvar _ %s\n", text);
    int nerr = 0;
    AstFile *f = parse_file(c->arena, "<builtin>", src, strlen(src), parse_error, c, &nerr);
    if (nerr || f->decls.n != 1) return NULL;
    AstSpec *spec = f->decls.v[0]->u.gen.specs.v[0];
    Scope *saved = c->scope;
    c->scope = s;
    Type *t = tc_type_expr(c, spec->u.value.type);
    c->scope = saved;
    if (written) *written = spec->u.value.type;
    return t;
}

// parse_texts parses the Go types texts[0..n) as one file (one parser run
// for a type's underlying text and its method signatures) and returns
// their type expressions, unchecked; NULL after a syntax error.
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

// generic_spec: the declaration of generic type name of a built-in
// package, whose text is its type parameters and underlying type
// ("[T any] struct { v *T }"); NULL after a syntax error (reported).
static AstSpec *generic_spec(Checker *c, const char *name, const char *text) {
    char *src = arena_printf(c->arena, "package p\ntype %s%s\n", name, text);
    int nerr = 0;
    AstFile *f = parse_file(c->arena, "<builtin>", src, strlen(src), parse_error, c, &nerr);
    if (nerr || f->decls.n != 1) return NULL;
    return f->decls.v[0]->u.gen.specs.v[0];
}

// native_scope: the one scope of built-in package p in this checker,
// made on first use (every import of p and every package that refers to
// p's types shares it, so io.Reader is one type wherever it is named).
// The scope holds p's type names (unresolved: see tc_native_resolve), a
// package name for each path in p->imports (whose scopes are made when a
// text first names them), then members on demand (make_member). A type
// whose text starts with "= " is an alias ("= fs.FileMode").
static Scope *native_scope(Checker *c, const NativePkg *p) {
    for (NativeScope *ns = c->native_scopes; ns; ns = ns->next)
        if (ns->pkg == p) return ns->scope;
    Scope *s = tc_scope_new(c, c->u.scope, false);
    NativeScope *ns = arena_alloc(c->arena, sizeof *ns);
    *ns = (NativeScope){p, s, c->native_scopes};
    c->native_scopes = ns;
    AstDecl *marker = arena_alloc(c->arena, sizeof *marker);   // "resolve me" for tc_resolve_obj's callers
    for (int i = 0; i < p->ntypes; i++) {
        if (strncmp(p->types[i].underlying, "generic ", 8) == 0) {   // instantiated where used (generic.c)
            Obj *t = tc_new_obj(c, OBJ_TYPENAME, p->types[i].name, (Pos){0, 0}, NULL);
            t->spec = generic_spec(c, p->types[i].name, p->types[i].underlying + 8);
            t->state = 2;
            t->pkg = p;
            t->pkg_scope = s;
            t->gen_scope = s;   // its instances' texts name the package's types
            t->spec_index = i;
            tc_declare(c, s, t);
            continue;
        }
        bool alias = strncmp(p->types[i].underlying, "= ", 2) == 0;
        Obj *t = tc_new_obj(c, OBJ_TYPENAME, p->types[i].name, (Pos){0, 0},
                            alias ? NULL : tc_named(c, p->types[i].name, p->name));
        t->state = 0;
        t->decl = marker;
        t->pkg = p;            // for a native type name: its package,
        t->pkg_scope = s;      // the scope its texts are checked in,
        t->spec_index = i;     // and its entry in p->types
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
    return s;
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

// tc_native_resolve: see internal.h. One parse for the type's underlying
// text and its methods' signatures; the underlying type is set before the
// signatures are checked, so a signature naming the type (or a type that
// names it back) finds it complete.
void tc_native_resolve(Checker *c, Obj *o) {
    if (o->state != 0) return;   // done, or named again while resolving: its Type as is
    o->state = 1;
    const NativePkg *p = o->pkg;
    const NativeType *nt = &p->types[o->spec_index];
    bool alias = strncmp(nt->underlying, "= ", 2) == 0, ptr;
    int n = 1;
    for (int j = 0; j < p->nfuncs; j++) n += !alias && method_of(p->funcs[j].name, nt->name, &ptr);
    const char **texts = malloc((size_t)n * sizeof *texts);
    if (!texts) abort();
    texts[0] = alias ? nt->underlying + 2 : nt->underlying;
    for (int j = 0, k = 1; k < n; j++)
        if (method_of(p->funcs[j].name, nt->name, &ptr)) texts[k++] = p->funcs[j].sig;
    AstExpr **expr = parse_texts(c, texts, n);
    free(texts);
    // An interface is complete for layout before its methods are checked:
    // a struct its signatures name may hold it (reflect's Type and
    // StructField), so it gets the empty interface's layout first.
    if (!alias && strncmp(nt->underlying, "interface", 9) == 0) tc_set_underlying(c, o->type, c->u.t_any);
    Type *u = check_in(c, o->pkg_scope, expr ? expr[0] : NULL);
    if (!u) u = c->u.types[KIND_INT];
    if (alias) o->type = u;
    else tc_set_underlying(c, o->type, u);
    if (n > 1) {
        Method *ms = arena_alloc(c->arena, (size_t)(n - 1) * sizeof *ms);
        for (int j = 0, k = 0; k < n - 1; j++) {
            if (!method_of(p->funcs[j].name, nt->name, &ptr)) continue;
            ms[k].name = strchr(p->funcs[j].name, '.') + 1;
            ms[k].type = check_in(c, o->pkg_scope, expr ? expr[k + 1] : NULL);
            ms[k].native = p->funcs[j].fn;
            ms[k].ptr_recv = ptr;
            k++;
        }
        o->type->methods = ms;
        o->type->nmethods = n - 1;
    }
    // methods promoted from embedded fields (bufio.ReadWriter's, exec.ExitError's)
    // join the method set, as for a type the program declares
    if (!alias) tc_promote_methods(c, o->type);
    o->state = 2;
}

// tc_native_method_type: see internal.h. Only messages need it: the
// signature's text is parsed again, in its package's scope.
AstExpr *tc_native_method_type(Checker *c, NativeFn fn, const char *name) {
    for (NativeScope *ns = c->native_scopes; ns; ns = ns->next) {
        const NativePkg *p = ns->pkg;
        for (int j = 0; j < p->nfuncs; j++) {
            const char *dot = strchr(p->funcs[j].name, '.');
            if (p->funcs[j].fn != fn || !dot || strcmp(dot + 1, name) != 0) continue;
            AstExpr *written = NULL;
            parse_type_text(c, ns->scope, p->funcs[j].sig, &written);
            return written;
        }
    }
    return NULL;
}

// tc_native_type_expr: see internal.h. Its underlying type's text is
// parsed again.
AstExpr *tc_native_type_expr(Checker *c, const Type *t) {
    if (!t || !(t->flags & TF_NAMED) || !t->name) return NULL;
    for (NativeScope *ns = c->native_scopes; ns; ns = ns->next) {
        Obj *o = tc_scope_lookup_local(ns->scope, t->name);
        if (!o || o->kind != OBJ_TYPENAME || o->type != t || !o->pkg) continue;
        const char *text = o->pkg->types[o->spec_index].underlying;
        if (strncmp(text, "= ", 2) == 0) text += 2;
        AstExpr *written = NULL;
        parse_type_text(c, ns->scope, text, &written);
        return written;
    }
    return NULL;
}

// pkg_scope_of: the scope of package object o (see native_scope).
static Scope *pkg_scope_of(Checker *c, Obj *o) {
    if (!o->pkg_scope) o->pkg_scope = native_scope(c, o->pkg);
    return o->pkg_scope;
}

// tc_native_inst_methods: see internal.h. The signatures are checked in
// the instance's scope, where the type parameters denote its arguments.
void tc_native_inst_methods(Checker *c, const GenInst *g, Type *t) {
    const NativePkg *p = g->gen->pkg;
    const char *name = p->types[g->gen->spec_index].name;
    bool ptr;
    int n = 0;
    for (int j = 0; j < p->nfuncs; j++) n += method_of(p->funcs[j].name, name, &ptr);
    if (n == 0) return;
    const char **texts = calloc((size_t)n, sizeof *texts);
    if (!texts) abort();
    for (int j = 0, k = 0; k < n; j++)
        if (method_of(p->funcs[j].name, name, &ptr)) texts[k++] = p->funcs[j].sig;
    AstExpr **expr = parse_texts(c, texts, n);
    free(texts);
    Method *ms = arena_alloc(c->arena, (size_t)n * sizeof *ms);
    for (int j = 0, k = 0; k < n; j++) {
        if (!method_of(p->funcs[j].name, name, &ptr)) continue;
        ms[k].name = strchr(p->funcs[j].name, '.') + 1;
        ms[k].type = check_in(c, g->scope, expr ? expr[k] : NULL);
        ms[k].native = p->funcs[j].fn;
        ms[k].ptr_recv = ptr;
        k++;
    }
    t->methods = ms;
    t->nmethods = n;
}

// tc_native_generic: see internal.h.
Obj *tc_native_generic(Checker *c, AstExpr *e) {
    AstExpr *xe = e->u.selector.x;
    if (xe->kind != AST_IDENT) return NULL;
    Obj *po = tc_scope_lookup(c->scope, xe->u.ident.name, NULL);
    if (!po || po->kind != OBJ_PKGNAME || !po->pkg) return NULL;
    const char *name = e->u.selector.sel->u.ident.name;
    Obj *o = tc_scope_lookup_local(pkg_scope_of(c, po), name);
    if (!o || o->kind != OBJ_TYPENAME || !o->spec) return NULL;
    po->used = true;
    EN(e)->obj = o;
    EN(e->u.selector.sel)->obj = o;
    return o;
}

// tc_native_obj: see internal.h. The package's scope is made if needed
// (the runtime may box a value of a type no text of the program named).
Obj *tc_native_obj(Checker *c, const char *path, const char *name) {
    Obj *o = NULL;
    for (NativeScope *ns = c->native_scopes; ns && !o; ns = ns->next)
        if (strcmp(ns->pkg->path, path) == 0) o = tc_scope_lookup_local(ns->scope, name);
    if (!o) {
        const NativePkg *p = rt_find_package(path);
        o = p ? tc_scope_lookup_local(native_scope(c, p), name) : NULL;
    }
    if (o && o->kind == OBJ_TYPENAME) tc_native_resolve(c, o);
    return o;
}

// tc_native_type: see internal.h.
Type *tc_native_type(Checker *c, const char *path, const char *name) {
    Obj *t = tc_native_obj(c, path, name);
    return t && t->kind == OBJ_TYPENAME ? t->type : NULL;
}

static Obj *make_member(Checker *c, Obj *pkgobj, const char *name) {
    Scope *s = pkg_scope_of(c, pkgobj);
    Obj *o = tc_scope_lookup_local(s, name);
    if (o && o->kind == OBJ_TYPENAME) tc_native_resolve(c, o);
    if (o) return o;
    const NativePkg *p = pkgobj->pkg;
    for (int i = 0; i < p->nfuncs; i++) {
        if (strcmp(p->funcs[i].name, name) != 0) continue;
        AstExpr *written = NULL;
        o = tc_new_obj(c, OBJ_FUNC, name, (Pos){0, 0}, parse_type_text(c, s, p->funcs[i].sig, &written));
        o->native = &p->funcs[i];
        o->spell = SPELL(written, SPELL_SELF, 0);
        tc_declare(c, s, o);
        return o;
    }
    for (int i = 0; i < p->nconsts; i++) {
        if (strcmp(p->consts[i].name, name) != 0) continue;
        const char *ty = p->consts[i].type, *val = p->consts[i].value;
        Type *t;
        if (strcmp(ty, "untyped string") == 0 || strcmp(ty, "string") == 0) {
            // A string constant: value is the string itself (no quotes).
            o = tc_new_obj(c, OBJ_CONST, name, (Pos){0, 0}, c->u.types[ty[0] == 's' ? KIND_STRING : KIND_UNTYPED_STRING]);
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
            t = parse_type_text(c, s, ty, NULL);
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
        AstExpr *written = NULL;
        o = tc_new_obj(c, OBJ_VAR, name, (Pos){0, 0}, parse_type_text(c, s, p->vars[i].type, &written));
        o->spell = SPELL(written, SPELL_SELF, 0);
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
    EN(sel)->obj = o;
    return o;
}

// tc_add_native_var records a package variable to initialise at start.
void tc_add_native_var(Checker *c, Obj *o) {
    c->native_vars = realloc(c->native_vars, (size_t)(c->nnative_vars + 1) * sizeof *c->native_vars);
    if (!c->native_vars) abort();
    c->native_vars[c->nnative_vars++] = o;
}
