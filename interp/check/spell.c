// spell.c - Go's spelling of types in compile errors (types2's
// TypeString), keeping the names the program wrote.
//
// The checker interns types and compares them by pointer, so byte is
// uint8, rune is int32 and a function type has no parameter names: the
// evaluator and the runtime share these descriptors, and %T at run time
// prints uint8 as Go's does. types2 keeps a type as written in its
// messages: "value of type byte", "func(x int) int", "[]byte value". So
// a message spells a type with a hint: a type expression the program
// wrote for it (an AST node), found only when the message is built.
//
//   - tc_spell_of walks a checked expression to the type expression that
//     spells its type: an identifier takes its object's SpellRef (Obj.spell:
//     its declared type, or the expression, call result or range element
//     it was initialised from); s[i] of a string is byte, a rune literal
//     rune, T(x) is T as written, a call its callee's declared result, a
//     function name its declared signature, p.f the field's declared type.
//   - write_type walks a type and its hint together and drops the hint
//     where their shapes part, falling back to the canonical spelling, so a
//     wrong or missing hint costs a name, never a wrong type.
//
//   - an instance's type parameter (a tparam object) is spelled as its type
//     argument was written: given (Map[byte]), or inferred from an
//     argument's spelling (generic_infer.c records it while unifying).
//
// Nothing here runs unless a message is built, but for that record of
// inferred type arguments (one walk of each argument of a generic call);
// elsewhere the checker only stores SpellRefs (three words) where it
// declares objects.
#include <string.h>

#include "internal.h"

// SPELL_MAX_DEPTH: hint chains followed (x := y, y := z, aliases...);
// past it a type is spelled canonically.
#define SPELL_MAX_DEPTH 32

static AstExpr *spell_expr(Checker *c, AstExpr *e, int depth);
static AstExpr *resolve(Checker *c, SpellRef r, int depth);

static AstExpr *ident_hint(Checker *c, const char *name, Pos pos) {
    AstExpr *h = ast_new_expr(c->arena, AST_IDENT, pos);
    h->u.ident.name = name;
    return h;
}

// unalias: h without parentheses, an alias's name replaced by the type it
// stands for (types2 spells an alias as its type)
static AstExpr *unalias(AstExpr *h) {
    for (int i = 0; h && i < SPELL_MAX_DEPTH; i++) {
        if (h->kind == AST_PAREN_EXPR) {
            h = h->u.paren.x;
            continue;
        }
        Obj *o = h->kind == AST_IDENT ? EN(h)->obj : NULL;
        if (o && o->kind == OBJ_TYPENAME && o->tparam && o->spell.e) {   // an instance's T: its argument as written
            h = o->spell.e;
            continue;
        }
        if (!o || o->kind != OBJ_TYPENAME || !o->spec || o->spec->kind != AST_TYPE_SPEC ||
            !o->spec->u.type_spec.assign)
            break;
        h = o->spec->u.type_spec.type;
    }
    return h;
}

// targ_hint: the i-th type argument of instance g as written, or NULL
static AstExpr *targ_hint(const GenInst *g, int i) {
    const AstFieldList *l = tc_tparams_of(g->gen);
    AstExpr *name = l && g->scope ? tc_tparam_name(l, i, NULL) : NULL;
    Obj *o = name ? tc_scope_lookup_local(g->scope, name->u.ident.name) : NULL;
    return o && o->tparam ? o->spell.e : NULL;
}

// inst_under_hint: the underlying type of instance g as its generic
// declaration wrote it, its type parameters replaced by the type
// arguments as written
static AstExpr *inst_under_hint(Checker *c, const GenInst *g) {
    const AstFieldList *l = tc_tparams_of(g->gen);
    if (!l || !g->gen->spec || g->gen->spec->kind != AST_TYPE_SPEC || !g->scope) return NULL;
    AstExpr **names = arena_alloc(c->arena, (size_t)(g->n + 1) * sizeof *names);
    AstExpr **repl = arena_alloc(c->arena, (size_t)(g->n + 1) * sizeof *repl);
    for (int i = 0; i < g->n; i++) {
        names[i] = tc_tparam_name(l, i, NULL);
        if (!names[i]) return NULL;
        repl[i] = targ_hint(g, i);
        if (!repl[i]) repl[i] = names[i];
    }
    return unalias(tc_subst_tparams(c, g->gen->spec->u.type_spec.type, names, repl, g->n));
}

// under_hint: the type expression of t's underlying type, from hint h
// (a named type's name leads to its declaration) or, with no hint, from
// the declaration of t in package main
static AstExpr *under_hint(Checker *c, const Type *t, AstExpr *h) {
    const GenInst *g = t && (t->flags & TF_NAMED) ? tc_inst_of_type(c, t) : NULL;
    if (g) return inst_under_hint(c, g);
    h = unalias(h);
    if (h && h->kind != AST_IDENT && h->kind != AST_SELECTOR_EXPR) return h;
    Obj *o = h && h->kind == AST_IDENT ? EN(h)->obj : NULL;
    if ((!o || o->kind != OBJ_TYPENAME) && t && (t->flags & TF_NAMED) && t->pkg && strcmp(t->pkg, "main") == 0 &&
        c->pkg_scope)
        o = tc_scope_lookup_local(c->pkg_scope, t->name);
    if (!o || o->kind != OBJ_TYPENAME || (t && o->type != t) || !o->spec || o->spec->kind != AST_TYPE_SPEC)
        return t && (t->flags & TF_NAMED) && t->pkg && strcmp(t->pkg, "main") != 0 ? tc_native_type_expr(c, t) : NULL;
    return unalias(o->spec->u.type_spec.type);
}

static int field_count(const AstFieldList *l) {
    int n = 0;
    for (int i = 0; i < l->n; i++) n += l->v[i]->names.n ? l->v[i]->names.n : 1;
    return n;
}

// field_at: the type expression of the i-th entry of l (names flattened:
// "a, b int" is two), its name in *name (NULL: anonymous); NULL past the end
static AstExpr *field_at(const AstFieldList *l, int i, const char **name) {
    for (int k = 0; k < l->n; k++) {
        int nn = l->v[k]->names.n ? l->v[k]->names.n : 1;
        if (i < nn) {
            if (name) *name = l->v[k]->names.n ? l->v[k]->names.v[i]->u.ident.name : NULL;
            return l->v[k]->type;
        }
        i -= nn;
    }
    return NULL;
}

// ---- the printer ----

static void write_type(Checker *c, StrBuf *b, const Type *t, AstExpr *h);

// write_tuple: parameters or results ts[0..n), with their names and
// written types from l (a FUNC_TYPE's list, or NULL)
static void write_tuple(Checker *c, StrBuf *b, const Type *const *ts, int n, bool variadic, const AstFieldList *l) {
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        const char *name = NULL;
        AstExpr *h = l ? field_at(l, i, &name) : NULL;
        if (name) {
            sb_puts(b, name);
            sb_putc(b, ' ');
        }
        if (variadic && i == n - 1) {
            sb_puts(b, "...");
            write_type(c, b, ts[i]->elem, h && h->kind == AST_ELLIPSIS ? h->u.ellipsis.elt : NULL);
        } else {
            write_type(c, b, ts[i], h);
        }
    }
}

// write_signature: (params) results of func type t, h its FUNC_TYPE or NULL
static void write_signature(Checker *c, StrBuf *b, const Type *t, AstExpr *h) {
    const AstFieldList *pl = NULL, *rl = NULL;
    if (h && h->kind == AST_FUNC_TYPE && field_count(&h->u.func_type.params) == t->nparams &&
        field_count(&h->u.func_type.results) == t->nresults) {
        pl = &h->u.func_type.params;
        rl = &h->u.func_type.results;
    }
    sb_putc(b, '(');
    write_tuple(c, b, t->params, t->nparams, t->variadic, pl);
    sb_putc(b, ')');
    bool named = rl && rl->n && rl->v[0]->names.n;
    if (t->nresults == 1 && !named) {
        sb_putc(b, ' ');
        write_type(c, b, t->results[0], rl ? field_at(rl, 0, NULL) : NULL);
    } else if (t->nresults > 0) {
        sb_puts(b, " (");
        write_tuple(c, b, t->results, t->nresults, false, rl);
        sb_putc(b, ')');
    }
}

// predeclared_alias: "byte", "rune" or "any" where hint h names Go's
// predeclared alias for t, else NULL
static const char *predeclared_alias(Checker *c, const Type *t, AstExpr *h) {
    if (!h || h->kind != AST_IDENT) return NULL;
    const char *name = h->u.ident.name;
    Obj *o = EN(h)->obj;
    if (o && c->u.scope && tc_scope_lookup_local(c->u.scope, name) != o) return NULL;   // the program's own byte
    if (t == c->u.types[KIND_UINT8] && strcmp(name, "byte") == 0) return "byte";
    if (t == c->u.types[KIND_INT32] && strcmp(name, "rune") == 0) return "rune";
    // types2 writes "any" for the universe's any (interface{} written so is a new type)
    if (t == c->u.t_any && strcmp(name, "any") == 0) return "any";
    return NULL;
}

static AstExpr *method_hint(AstExpr *h, const char *name) {
    if (!h || h->kind != AST_INTERFACE_TYPE) return NULL;
    const AstFieldList *l = &h->u.interface_type.methods;
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->names.n == 1 && strcmp(l->v[i]->names.v[0]->u.ident.name, name) == 0) return l->v[i]->type;
    return NULL;
}

static AstExpr *targ_hint(const GenInst *g, int i);

static void write_named(Checker *c, StrBuf *b, const Type *t) {
    const GenInst *g = (t->flags & TF_NAMED) ? tc_inst_of_type(c, t) : NULL;
    if (g) {   // an instance: List[int], Pair[string, Point], List[byte]
        sb_puts(b, g->gen->name);
        sb_putc(b, '[');
        for (int i = 0; i < g->n; i++) {
            if (i) sb_puts(b, ", ");
            write_type(c, b, g->targs[i], targ_hint(g, i));
        }
        sb_putc(b, ']');
        return;
    }
    if (t->pkg && strcmp(t->pkg, "main") != 0) {
        sb_puts(b, t->pkg);
        sb_putc(b, '.');
    }
    sb_puts(b, t->name);
}

static void write_struct(Checker *c, StrBuf *b, const Type *t, AstExpr *h) {
    const AstFieldList *l = h && h->kind == AST_STRUCT_TYPE && field_count(&h->u.struct_type.fields) == t->nfields
                                ? &h->u.struct_type.fields : NULL;
    sb_puts(b, "struct{");
    for (int i = 0; i < t->nfields; i++) {
        if (i) sb_puts(b, "; ");
        if (!t->fields[i].embedded) {
            sb_puts(b, t->fields[i].name);
            sb_putc(b, ' ');
        }
        write_type(c, b, t->fields[i].type, l ? field_at(l, i, NULL) : NULL);
    }
    sb_putc(b, '}');
}

static void write_interface(Checker *c, StrBuf *b, const Type *t, AstExpr *h) {
    if (t->nmethods == 0) {
        sb_puts(b, "interface{}");
        return;
    }
    sb_puts(b, "interface{");
    for (int i = 0; i < t->nmethods; i++) {
        if (i) sb_puts(b, "; ");
        sb_puts(b, t->methods[i].name);
        write_signature(c, b, t->methods[i].type, method_hint(h, t->methods[i].name));
    }
    sb_putc(b, '}');
}

// write_type: Go's spelling of t; h (NULL: none) is a type expression the
// program wrote for t, whose names are kept where its shape matches t's
static void write_type(Checker *c, StrBuf *b, const Type *t, AstExpr *h) {
    if (!t) {
        sb_puts(b, "invalid type");
        return;
    }
    h = unalias(h);
    const char *rn = (t->flags & TF_NAMED) ? tc_synth_name(c, t) : NULL;
    if (rn) {   // a type parameter as the method's receiver names it
        sb_puts(b, rn);
        return;
    }
    if (t->name) {
        const char *alias = predeclared_alias(c, t, h);
        if (alias) sb_puts(b, alias);
        else write_named(c, b, t);
        return;
    }
    // the hint's part for t's element: []E, [N]E, *E, chan E, ...E (a
    // variadic parameter's slice)
    AstExpr *eh = NULL;
    if (h) {
        switch (h->kind) {
        case AST_ARRAY_TYPE:
            if ((t->kind == KIND_SLICE) == (h->u.array_type.len == NULL)) eh = h->u.array_type.elt;
            break;
        case AST_ELLIPSIS: eh = t->kind == KIND_SLICE ? h->u.ellipsis.elt : NULL; break;
        case AST_STAR_EXPR: eh = t->kind == KIND_POINTER ? h->u.star.x : NULL; break;
        case AST_CHAN_TYPE: eh = t->kind == KIND_CHAN ? h->u.chan_type.value : NULL; break;
        case AST_MAP_TYPE: eh = t->kind == KIND_MAP ? h->u.map_type.value : NULL; break;
        default: break;
        }
    }
    switch (t->kind) {
    case KIND_POINTER: sb_putc(b, '*'); write_type(c, b, t->elem, eh); break;
    case KIND_SLICE: sb_puts(b, "[]"); write_type(c, b, t->elem, eh); break;
    case KIND_ARRAY: sb_printf(b, "[%lld]", (long long)t->len); write_type(c, b, t->elem, eh); break;
    case KIND_MAP:
        sb_puts(b, "map[");
        write_type(c, b, t->key, eh ? h->u.map_type.key : NULL);
        sb_putc(b, ']');
        write_type(c, b, t->elem, eh);
        break;
    case KIND_CHAN:
        sb_puts(b, t->chandir == CHAN_RECV ? "<-chan " : t->chandir == CHAN_SEND ? "chan<- " : "chan ");
        write_type(c, b, t->elem, eh);
        break;
    case KIND_FUNC: sb_puts(b, "func"); write_signature(c, b, t, h); break;
    case KIND_TUPLE:
        sb_putc(b, '(');
        for (int i = 0; i < t->nfields; i++) {
            if (i) sb_puts(b, ", ");
            write_type(c, b, t->fields[i].type, NULL);
        }
        sb_putc(b, ')');
        break;
    case KIND_STRUCT: write_struct(c, b, t, h); break;
    case KIND_INTERFACE:
        if (predeclared_alias(c, t, h)) sb_puts(b, "any");
        else write_interface(c, b, t, h);
        break;
    default: sb_puts(b, "?"); break;
    }
}

const char *tc_spell_type(Checker *c, const Type *t, AstExpr *hint) {
    StrBuf b = {0};
    write_type(c, &b, t, hint);
    const char *s = arena_strndup(c->arena, b.p ? b.p : "", b.len);
    sb_free(&b);
    return s;
}

const char *tc_type_string(Checker *c, const Type *t) { return tc_spell_type(c, t, NULL); }

const char *tc_expr_type_string(Checker *c, AstExpr *e, const Type *t) {
    return tc_spell_type(c, t, e ? tc_spell_of(c, e) : NULL);
}

const char *tc_tuple_string(Checker *c, const Type *const *ts, int n, bool variadic, AstExpr *ftype, bool results) {
    const AstFieldList *l = NULL;
    if (ftype && ftype->kind == AST_FUNC_TYPE) {
        l = results ? &ftype->u.func_type.results : &ftype->u.func_type.params;
        if (field_count(l) != n) l = NULL;
    }
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        AstExpr *h = l ? field_at(l, i, NULL) : NULL;
        if (variadic && i == n - 1) {
            sb_puts(&b, "...");
            write_type(c, &b, ts[i]->elem, h && h->kind == AST_ELLIPSIS ? h->u.ellipsis.elt : NULL);
        } else {
            write_type(c, &b, ts[i], h);
        }
    }
    sb_putc(&b, ')');
    const char *s = arena_strndup(c->arena, b.p, b.len);
    sb_free(&b);
    return s;
}

const char *tc_results_string(Checker *c, AstExpr *call, const Type *tuple) {
    while (call && call->kind == AST_PAREN_EXPR) call = call->u.paren.x;
    AstExpr *fh = call && call->kind == AST_CALL_EXPR ? tc_spell_func(c, call->u.call.fun) : NULL;
    const AstFieldList *l = fh ? &fh->u.func_type.results : NULL;
    if (l && field_count(l) != tuple->nfields) l = NULL;
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < tuple->nfields; i++) {
        if (i) sb_puts(&b, ", ");
        const char *name = NULL;
        AstExpr *h = l ? field_at(l, i, &name) : NULL;
        if (name) {
            sb_puts(&b, name);
            sb_putc(&b, ' ');
        }
        write_type(c, &b, tuple->fields[i].type, h);
    }
    sb_putc(&b, ')');
    const char *s = arena_strndup(c->arena, b.p, b.len);
    sb_free(&b);
    return s;
}

const char *tc_method_string(Checker *c, const Type *recv, const Method *m) {
    const FuncInfo *fn = m->fn;
    AstExpr *h = fn && fn->decl ? fn->decl->u.func.type : fn ? fn->ftype : NULL;
    if (!h && m->native) h = tc_native_method_type(c, m->native, m->name);
    if (!h && !fn && !m->native) {   // an interface's: its declaration, or the assignment target's as written
        AstExpr *ih = under_hint(c, recv, NULL);
        if (!ih && !(recv->flags & TF_NAMED) && c->assign_spell.how != SPELL_NONE) ih = resolve(c, c->assign_spell, 0);
        h = method_hint(unalias(ih), m->name);
    }
    return arena_printf(c->arena, "%s%s", m->name, tc_spell_type(c, m->type, h) + strlen("func"));
}

const char *tc_expr_under_string(Checker *c, AstExpr *e, const Type *t) {
    AstExpr *h = e ? tc_spell_of(c, e) : NULL;
    if (!(t->flags & TF_NAMED)) return tc_spell_type(c, t, h);
    return tc_spell_type(c, tc_under(t), under_hint(c, t, h));
}

const char *tc_incomparable_string(Checker *c, AstExpr *e, const Type *t) {
    AstExpr *h = e ? tc_spell_of(c, e) : NULL;
    const Type *u = tc_under(t);
    if (u->kind != KIND_STRUCT) return arena_printf(c->arena, "%s cannot be compared", tc_spell_type(c, t, h));
    AstExpr *sh = under_hint(c, t, h);
    const AstFieldList *l = sh && sh->kind == AST_STRUCT_TYPE && field_count(&sh->u.struct_type.fields) == u->nfields
                                ? &sh->u.struct_type.fields : NULL;
    for (int i = 0; i < u->nfields; i++)
        if (!tc_comparable(u->fields[i].type))
            return arena_printf(c->arena, "struct containing %s cannot be compared",
                                tc_spell_type(c, u->fields[i].type, l ? field_at(l, i, NULL) : NULL));
    return arena_printf(c->arena, "%s cannot be compared", tc_spell_type(c, t, h));
}

const char *tc_spell_ref_string(Checker *c, SpellRef r, const Type *t) {
    return tc_spell_type(c, t, r.how == SPELL_NONE ? NULL : resolve(c, r, 0));
}

// ---- finding the hint of an expression ----

// elem_hint: the type expression of the element of t (a slice, array,
// pointer to array, channel or map: its value) written as h
static AstExpr *elem_hint(Checker *c, const Type *t, AstExpr *h) {
    const Type *u = tc_under(t);
    h = under_hint(c, t, h);
    if (!u || !h) return NULL;
    if (u->kind == KIND_POINTER) {
        if (h->kind != AST_STAR_EXPR) return NULL;
        t = u->elem;
        u = tc_under(t);
        h = under_hint(c, t, h->u.star.x);
        if (!h || u->kind != KIND_ARRAY) return NULL;
    }
    switch (h->kind) {
    case AST_ARRAY_TYPE: return u->kind == KIND_SLICE || u->kind == KIND_ARRAY ? h->u.array_type.elt : NULL;
    case AST_ELLIPSIS: return u->kind == KIND_SLICE ? h->u.ellipsis.elt : NULL;
    case AST_MAP_TYPE: return u->kind == KIND_MAP ? h->u.map_type.value : NULL;
    case AST_CHAN_TYPE: return u->kind == KIND_CHAN ? h->u.chan_type.value : NULL;
    default: return NULL;
    }
}

static AstExpr *key_hint(Checker *c, const Type *t, AstExpr *h) {
    const Type *u = tc_under(t);
    h = under_hint(c, t, h);
    return u && u->kind == KIND_MAP && h && h->kind == AST_MAP_TYPE ? h->u.map_type.key : NULL;
}

static AstExpr *func_hint(Checker *c, const Type *t, AstExpr *h) {
    h = under_hint(c, t, h);
    return h && h->kind == AST_FUNC_TYPE ? h : NULL;
}

static bool is_type_expr(AstExpr *e) {
    while (e && e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (!e) return false;
    switch (e->kind) {
    case AST_ARRAY_TYPE: case AST_STRUCT_TYPE: case AST_FUNC_TYPE: case AST_INTERFACE_TYPE:
    case AST_MAP_TYPE: case AST_CHAN_TYPE: case AST_ELLIPSIS:
        return true;
    case AST_STAR_EXPR: return EN(e)->op != OP_DEREF;
    case AST_IDENT: case AST_SELECTOR_EXPR: return EN(e)->obj && EN(e)->obj->kind == OBJ_TYPENAME;
    default: return EN(e)->op == OP_TYPE_EXPR;
    }
}

static AstExpr *spell_obj(Checker *c, Obj *o, int depth) {
    switch (o->kind) {
    case OBJ_FUNC:
        if (o->decl && o->decl->kind == AST_FUNC_DECL) return o->decl->u.func.type;
        return resolve(c, o->spell, depth);
    case OBJ_CONST:
        if (o->type && o->type->kind == KIND_UNTYPED_RUNE) return ident_hint(c, "rune", o->pos);
        return resolve(c, o->spell, depth);
    case OBJ_VAR: return resolve(c, o->spell, depth);
    default: return NULL;
    }
}

// field_hint: p.f's field f, declared in the struct type p's hint leads to
static AstExpr *field_hint(Checker *c, AstExpr *e, int depth) {
    AstExpr *x = e->u.selector.x;
    const Type *t = EN(x)->type;
    if (!t) return NULL;
    AstExpr *h = under_hint(c, t, spell_expr(c, x, depth));
    if (tc_under(t)->kind == KIND_POINTER) {
        t = tc_under(t)->elem;
        h = under_hint(c, t, h && h->kind == AST_STAR_EXPR ? h->u.star.x : NULL);
    }
    if (!h || h->kind != AST_STRUCT_TYPE) return NULL;
    const char *sel = e->u.selector.sel->u.ident.name;
    const AstFieldList *l = &h->u.struct_type.fields;
    for (int i = 0; i < l->n; i++)
        for (int j = 0; j < l->v[i]->names.n; j++)
            if (strcmp(l->v[i]->names.v[j]->u.ident.name, sel) == 0) return l->v[i]->type;
    return NULL;
}

// method_expr_hint: T.M, a function of the receiver and M's parameters:
// its FUNC_TYPE built from M's declaration, the receiver named as declared
// ("_" when not) and typed T as written
static AstExpr *method_expr_hint(Checker *c, AstExpr *e, const FuncInfo *fn) {
    if (!fn || !fn->decl || fn->decl->u.func.recv.n != 1) return NULL;
    const AstField *rf = fn->decl->u.func.recv.v[0];
    const AstExpr *mt = fn->decl->u.func.type;
    AstField *recv = arena_alloc(c->arena, sizeof *recv);
    ast_expr_push(c->arena, &recv->names, ident_hint(c, rf->names.n ? rf->names.v[0]->u.ident.name : "_", e->pos));
    recv->type = e->u.selector.x;
    AstExpr *h = ast_new_expr(c->arena, AST_FUNC_TYPE, e->pos);
    ast_field_push(c->arena, &h->u.func_type.params, recv);
    for (int i = 0; i < mt->u.func_type.params.n; i++)
        ast_field_push(c->arena, &h->u.func_type.params, mt->u.func_type.params.v[i]);
    h->u.func_type.results = mt->u.func_type.results;
    return h;
}

static AstExpr *spell_selector(Checker *c, AstExpr *e, int depth) {
    if (EN(e)->obj) return EN(e)->obj->kind == OBJ_TYPENAME ? e : spell_obj(c, EN(e)->obj, depth);
    switch (EN(e)->op) {
    case OP_FIELD: case OP_PTR_FIELD: return field_hint(c, e, depth);
    case OP_FUNC_VAL: return method_expr_hint(c, e, EN(e)->aux);
    case OP_METHOD: case OP_METHOD_VALUE: {
        const MethodRef *mr = EN(e)->aux;
        if (mr && mr->fn && mr->fn->decl) return mr->fn->decl->u.func.type;
        if (mr && mr->native) return tc_native_method_type(c, mr->native, e->u.selector.sel->u.ident.name);
        AstExpr *x = e->u.selector.x;
        return method_hint(under_hint(c, EN(x)->type, spell_expr(c, x, depth)), e->u.selector.sel->u.ident.name);
    }
    default: return NULL;
    }
}

static AstExpr *spell_index(Checker *c, AstExpr *e, int depth) {
    AstExpr *x = e->u.index.x;
    const Type *t = EN(x)->type;
    if (!t) return NULL;
    if (tc_is_string(tc_under(t))) return ident_hint(c, "byte", e->pos);
    return elem_hint(c, t, spell_expr(c, x, depth));
}

// spell_slice: s[i:j] keeps a slice's or string's type; of an array it is
// []E
static AstExpr *spell_slice(Checker *c, AstExpr *e, int depth) {
    AstExpr *x = e->u.slice.x;
    const Type *t = EN(x)->type, *u = tc_under(t);
    if (!u || u->kind == KIND_SLICE || tc_is_string(u)) return u ? spell_expr(c, x, depth) : NULL;
    AstExpr *eh = elem_hint(c, t, spell_expr(c, x, depth));
    if (!eh) return NULL;
    AstExpr *h = ast_new_expr(c->arena, AST_ARRAY_TYPE, e->pos);
    h->u.array_type.elt = eh;
    return h;
}

static AstExpr *spell_unary(Checker *c, AstExpr *e, int depth) {
    AstExpr *x = e->u.unary.x;
    switch (e->u.unary.op) {
    case TOK_AND: {
        AstExpr *xh = spell_expr(c, x, depth);
        if (!xh) return NULL;
        AstExpr *h = ast_new_expr(c->arena, AST_STAR_EXPR, e->pos);
        h->u.star.x = xh;
        return h;
    }
    case TOK_ARROW: return EN(x)->type ? elem_hint(c, EN(x)->type, spell_expr(c, x, depth)) : NULL;
    case TOK_NOT: return NULL;
    default: return spell_expr(c, x, depth);
    }
}

// spell_binary: x op y has its operands' type; a typed operand spells it
// rather than a constant converted to it
static AstExpr *spell_binary(Checker *c, AstExpr *e, int depth) {
    switch (e->u.binary.op) {
    case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
    case TOK_LAND: case TOK_LOR:
        return NULL;
    case TOK_SHL: case TOK_SHR: return spell_expr(c, e->u.binary.x, depth);
    default: break;
    }
    AstExpr *x = e->u.binary.x, *y = e->u.binary.y;
    if (EN(x)->op == OP_CONST && EN(y)->op != OP_CONST) return spell_expr(c, y, depth);
    AstExpr *h = spell_expr(c, x, depth);
    return h ? h : spell_expr(c, y, depth);
}

static AstExpr *spell_call(Checker *c, AstExpr *e, int depth) {
    AstExpr *fun = e->u.call.fun;
    if (is_type_expr(fun)) return fun;   // a conversion T(x): T as written
    AstExprList *al = &e->u.call.args;
    if (EN(e)->op == OP_CALL_BUILTIN || (fun->kind == AST_IDENT && EN(fun)->obj && EN(fun)->obj->kind == OBJ_BUILTIN)) {
        Obj *o = fun->kind == AST_IDENT ? EN(fun)->obj : NULL;
        if (!o || o->kind != OBJ_BUILTIN || al->n == 0) return NULL;
        switch (o->builtin) {
        case BI_APPEND: case BI_MIN: case BI_MAX: return spell_expr(c, al->v[0], depth);
        case BI_MAKE: return al->v[0];
        case BI_NEW: {
            AstExpr *h = ast_new_expr(c->arena, AST_STAR_EXPR, e->pos);
            h->u.star.x = al->v[0];
            return h;
        }
        default: return NULL;
        }
    }
    AstExpr *fh = func_hint(c, EN(fun)->type, spell_expr(c, fun, depth));
    return fh && field_count(&fh->u.func_type.results) == 1 ? field_at(&fh->u.func_type.results, 0, NULL) : NULL;
}

static AstExpr *spell_expr(Checker *c, AstExpr *e, int depth) {
    if (!e || depth > SPELL_MAX_DEPTH) return NULL;
    depth++;
    switch (e->kind) {
    case AST_PAREN_EXPR:
        if (EN(e)->op >= OP_CONV_NOP && EN(e)->op <= OP_CONV_SLICE_ARRPTR) return NULL;   // implicit conversion
        return spell_expr(c, e->u.paren.x, depth);
    case AST_IDENT:
        if (EN(e)->obj && EN(e)->obj->kind == OBJ_TYPENAME) return e;
        return EN(e)->obj ? spell_obj(c, EN(e)->obj, depth) : NULL;
    case AST_BASIC_LIT: return e->u.lit.kind == LIT_CHAR ? ident_hint(c, "rune", e->pos) : NULL;
    case AST_SELECTOR_EXPR: return spell_selector(c, e, depth);
    case AST_INDEX_EXPR: case AST_INDEX_LIST_EXPR:
        if (EN(e)->obj && EN(e)->obj->kind == OBJ_FUNC) return spell_obj(c, EN(e)->obj, depth);   // f[int]
        return e->kind == AST_INDEX_EXPR ? spell_index(c, e, depth) : NULL;
    case AST_SLICE_EXPR: return spell_slice(c, e, depth);
    case AST_STAR_EXPR: {
        if (EN(e)->op != OP_DEREF) return e;   // a pointer type
        AstExpr *x = e->u.star.x;
        AstExpr *h = under_hint(c, EN(x)->type, spell_expr(c, x, depth));
        return h && h->kind == AST_STAR_EXPR ? h->u.star.x : NULL;
    }
    case AST_UNARY_EXPR: return spell_unary(c, e, depth);
    case AST_BINARY_EXPR: return spell_binary(c, e, depth);
    case AST_CALL_EXPR: return spell_call(c, e, depth);
    case AST_FUNC_LIT: return e->u.func_lit.type;
    case AST_COMPOSITE_LIT: return e->u.composite.type;
    case AST_TYPE_ASSERT_EXPR: return e->u.type_assert.type;
    case AST_ARRAY_TYPE: case AST_STRUCT_TYPE: case AST_FUNC_TYPE: case AST_INTERFACE_TYPE:
    case AST_MAP_TYPE: case AST_CHAN_TYPE: case AST_ELLIPSIS:
        return e;
    default: return NULL;
    }
}

AstExpr *tc_spell_of(Checker *c, AstExpr *e) { return spell_expr(c, e, 0); }

AstExpr *tc_spell_part(Checker *c, const Type *t, AstExpr *h, SpellHow part, int index) {
    // inference calls this on every generic call: a built-in package's
    // named type (whose declaration would be parsed again) gives no hint
    if (!h || (t && (t->flags & TF_NAMED) && t->pkg && strcmp(t->pkg, "main") != 0)) return NULL;
    h = under_hint(c, t, h);
    if (!h) return NULL;
    switch (part) {
    case SPELL_ELEM:
        switch (h->kind) {
        case AST_STAR_EXPR: return h->u.star.x;
        case AST_ARRAY_TYPE: return h->u.array_type.elt;
        case AST_ELLIPSIS: return h->u.ellipsis.elt;
        case AST_CHAN_TYPE: return h->u.chan_type.value;
        case AST_MAP_TYPE: return h->u.map_type.value;
        default: return NULL;
        }
    case SPELL_KEY: return h->kind == AST_MAP_TYPE ? h->u.map_type.key : NULL;
    case SPELL_PARAM: return h->kind == AST_FUNC_TYPE ? field_at(&h->u.func_type.params, index, NULL) : NULL;
    case SPELL_RESULT: return h->kind == AST_FUNC_TYPE ? field_at(&h->u.func_type.results, index, NULL) : NULL;
    default: return NULL;
    }
}

AstExpr *tc_spell_func(Checker *c, AstExpr *callee) {
    return callee ? func_hint(c, EN(callee)->type, spell_expr(c, callee, 0)) : NULL;
}

// range_hint: the key (value false) or value of ranging over x
static AstExpr *range_hint(Checker *c, AstExpr *x, bool value, int depth) {
    const Type *t = EN(x)->type, *u = tc_under(t);
    if (!u) return NULL;
    if (tc_is_string(u)) return value ? ident_hint(c, "rune", x->pos) : NULL;
    AstExpr *h = spell_expr(c, x, depth);
    if (u->kind == KIND_MAP) return value ? elem_hint(c, t, h) : key_hint(c, t, h);
    if (u->kind == KIND_CHAN) return value ? NULL : elem_hint(c, t, h);
    if (tc_is_integer(u)) return value ? NULL : h;
    return value ? elem_hint(c, t, h) : NULL;
}

// result_hint: the i-th result of e: a call's callee's declared result, a
// FUNC_TYPE's own; v of "v, ok := m[k]" (and x.(T), <-ch) is e itself
static AstExpr *result_hint(Checker *c, AstExpr *e, int i, int depth) {
    while (e && e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (!e) return NULL;
    AstExpr *fh = NULL;
    if (e->kind == AST_FUNC_TYPE) fh = e;
    else if (e->kind == AST_CALL_EXPR && !is_type_expr(e->u.call.fun))
        fh = func_hint(c, EN(e->u.call.fun)->type, spell_expr(c, e->u.call.fun, depth));
    else return i == 0 ? spell_expr(c, e, depth) : NULL;
    return fh ? field_at(&fh->u.func_type.results, i, NULL) : NULL;
}

// param_hint: the i-th parameter of callee e (past a variadic one's
// place: its element when elem)
static AstExpr *param_hint(Checker *c, AstExpr *e, int i, bool elem, int depth) {
    AstExpr *fh = func_hint(c, EN(e)->type, spell_expr(c, e, depth));
    if (!fh) return NULL;
    int n = field_count(&fh->u.func_type.params);
    AstExpr *h = field_at(&fh->u.func_type.params, i < n ? i : n - 1, NULL);
    if (h && h->kind == AST_ELLIPSIS && elem) return h->u.ellipsis.elt;
    return i < n ? h : NULL;
}

static AstExpr *resolve(Checker *c, SpellRef r, int depth) {
    if (!r.e || depth > SPELL_MAX_DEPTH) return NULL;
    depth++;
    switch ((SpellHow)r.how) {
    case SPELL_NONE: return NULL;
    case SPELL_SELF: return spell_expr(c, r.e, depth);
    case SPELL_RESULT: return result_hint(c, r.e, r.index, depth);
    case SPELL_PARAM: return param_hint(c, r.e, r.index, false, depth);
    case SPELL_PARAM_ELEM: return param_hint(c, r.e, r.index, true, depth);
    case SPELL_ELEM: return EN(r.e)->type ? elem_hint(c, EN(r.e)->type, spell_expr(c, r.e, depth)) : NULL;
    case SPELL_KEY: return EN(r.e)->type ? key_hint(c, EN(r.e)->type, spell_expr(c, r.e, depth)) : NULL;
    case SPELL_FIELD: {
        AstExpr *h = under_hint(c, EN(r.e)->type, spell_expr(c, r.e, depth));
        return h && h->kind == AST_STRUCT_TYPE ? field_at(&h->u.struct_type.fields, r.index, NULL) : NULL;
    }
    case SPELL_RANGE_KEY: return range_hint(c, r.e, false, depth);
    case SPELL_RANGE_VALUE: return range_hint(c, r.e, true, depth);
    }
    return NULL;
}
