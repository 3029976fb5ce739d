// check_type.c - type expressions (spec "Types"): type names, pointer,
// array, slice, map, chan, func, struct and interface types, and function
// signatures.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// written_type: Go's spelling of type t written as e, keeping the names
// written (byte, rune, aliases) and array lengths as numbers.
static void written_type(Checker *c, FILE *f, AstExpr *e, const Type *t) {
    if (e && e->kind == AST_ARRAY_TYPE && e->u.array_type.len && t && t->kind == KIND_ARRAY && !(t->flags & TF_NAMED)) {
        fprintf(f, "[%lld]", (long long)t->len);
        written_type(c, f, e->u.array_type.elt, t->elem);
    } else if (e) {
        fputs(tc_expr_str(c, e), f);
    } else {
        fputs(rt_type_string(t), f);
    }
}

bool tc_check_size(Checker *c, Pos pos, AstExpr *e, const Type *t, const char *global) {
    if (!t || (t->size < TC_MAX_SIZE && (!global || t->size <= TC_MAX_SYMBOL))) return true;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) abort();
    if (t->size >= TC_MAX_SIZE) {
        fputs("type ", f);
        written_type(c, f, e, t);
        fputs(" larger than address space", f);
    } else {   // the linker's report, for package-level variables
        fprintf(f, "main.%s: symbol too large (%llu bytes > %llu bytes)", global, (unsigned long long)t->size,
                (unsigned long long)TC_MAX_SYMBOL);
    }
    fclose(f);
    tc_errorf(c, pos, "%s", buf);
    free(buf);
    return false;
}

// not_a_type reports identifier e naming o, not a type, as go/types
// describes the operand: "x (variable of type int) is not a type".
static void not_a_type(Checker *c, AstExpr *e, Obj *o) {
    if (o->decl && o->state != 2) tc_resolve_obj(c, o);
    Operand x = {.expr = e, .type = o->type};
    switch (o->kind) {
    case OBJ_VAR: x.mode = MODE_VARIABLE; break;
    case OBJ_CONST: x.mode = MODE_CONSTANT; x.val = o->cval; break;
    case OBJ_FUNC: x.mode = MODE_VALUE; break;
    default: x.mode = MODE_INVALID; break;
    }
    if (x.mode == MODE_INVALID || !x.type || (x.mode == MODE_CONSTANT && !x.val))
        tc_errorf(c, e->pos, "%s is not a type", e->u.ident.name);
    else
        tc_errorf(c, e->pos, "%s is not a type", tc_operand_string(c, &x));
}

static Type *type_name(Checker *c, AstExpr *e) {
    const char *name = e->u.ident.name;
    if (strcmp(name, "_") == 0) {
        tc_errorf(c, e->pos, "cannot use _ as value or type");
        return NULL;
    }
    Obj *o = tc_scope_lookup(c->scope, name, NULL);
    if (!o) {
        tc_errorf(c, e->pos, "undefined: %s", name);
        return NULL;
    }
    o->used = true;
    if (o->kind != OBJ_TYPENAME) {
        not_a_type(c, e, o);
        return NULL;
    }
    if (tc_tparams_of(o)) {
        tc_generic_unused(c, e->pos, o);
        return NULL;
    }
    if (o->state != 2 && o->decl) {
        // A type met through an indirection while types are being declared
        // needs only its name now: it is defined once those declarations
        // are done, so that a struct it holds by value (type A struct{ p *B };
        // type B struct{ a A }) is complete by then.
        if (c->indirect > 0 && c->ntype_path > 0 && (o->state == 0 || o->state == 3) && !o->pkg && o->spec &&
            !o->spec->u.type_spec.assign)
            tc_defer_type(c, o);
        else
            tc_resolve_obj(c, o);
    }
    EN(e)->obj = o;
    EN(e)->op = OP_TYPE_EXPR;
    const TypeSetInfo *ts = !c->in_constraint && o->type ? tc_typeset_of(c, o->type) : NULL;
    if (ts) {
        tc_errorf(c, e->pos, "cannot use type %s outside a type constraint: %s", name,
                  ts->nunions ? "interface contains type constraints" : "interface is (or embeds) comparable");
        return NULL;
    }
    return o->type;
}

static int64_t array_length(Checker *c, AstExpr *len) {
    if (len->kind == AST_IDENT && strcmp(len->u.ident.name, "_") != 0 && !tc_scope_lookup(c->scope, len->u.ident.name, NULL)) {
        tc_errorf(c, len->pos, "undeclared name %s for array length", len->u.ident.name);
        return -1;
    }
    Operand x;
    tc_expr(c, &x, len);
    if (x.mode != MODE_CONSTANT) {
        if (x.mode != MODE_INVALID) tc_errorf(c, len->pos, "array length %s (%s) must be constant",
                                              tc_expr_str(c, len), tc_operand_string(c, &x));
        return -1;
    }
    bool ok = false;
    int64_t n = const_int64(x.val, &ok);
    if (!ok || !tc_is_integer(x.type) || n < 0) {
        if (tc_is_untyped(x.type) && const_is_integral(x.val) && ok && n >= 0) return n;
        tc_errorf(c, len->pos, "invalid array length %s", tc_expr_str(c, len));
        return -1;
    }
    return n;
}

// tparam_named: identifier et names a type parameter (bound in an
// instance's scope)
static bool tparam_named(Checker *c, AstExpr *et) {
    Obj *o = tc_scope_lookup(c->scope, et->u.ident.name, NULL);
    return o && o->kind == OBJ_TYPENAME && o->tparam;
}

// embedded_name: the field name of an embedded field of type e (spec
// "Struct types": the unqualified type name, "E" of *pkg.E or E[int]), or
// NULL when e is not so written
static const char *embedded_name(AstExpr *e) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind == AST_STAR_EXPR) e = e->u.star.x;
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind == AST_INDEX_EXPR) e = e->u.index.x;
    else if (e->kind == AST_INDEX_LIST_EXPR) e = e->u.index_list.x;
    if (e->kind == AST_SELECTOR_EXPR) e = e->u.selector.sel;
    return e->kind == AST_IDENT ? e->u.ident.name : NULL;
}

static Type *struct_type(Checker *c, AstExpr *e) {
    AstFieldList *fl = &e->u.struct_type.fields;
    int n = 0;
    for (int i = 0; i < fl->n; i++) n += fl->v[i]->names.n ? fl->v[i]->names.n : 1;
    Field *fields = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *fields);
    int k = 0;
    for (int i = 0; i < fl->n; i++) {
        AstField *f = fl->v[i];
        Type *ft = tc_type_expr(c, f->type);
        if (!ft) ft = c->u.types[KIND_INT];
        const char *tag = NULL;
        if (f->tag && f->tag->u.lit.slen > 0) {   // spec "Struct types": the tag is part of the type ("" is none)
            tag = arena_strndup(c->arena, f->tag->u.lit.sval, f->tag->u.lit.slen);
        }
        if (f->names.n == 0) {
            AstExpr *et = f->type->kind == AST_STAR_EXPR ? f->type->u.star.x : f->type;
            if (et->kind == AST_IDENT && tparam_named(c, et))
                tc_errorf(c, f->type->pos, "embedded field type cannot be a (pointer to a) type parameter");
            fields[k].tag = tag;
            const Type *base = ft->kind == KIND_POINTER && !ft->name ? ft->elem : ft;
            const GenInst *g = tc_inst_of_type(c, base);   // an embedded List[int] is the field List
            const char *written = embedded_name(f->type);  // as written: an alias Eint = E[int] names the field Eint
            fields[k].name = written ? written : g ? g->gen->name : base && base->name ? base->name : "?";
            fields[k].type = ft;
            fields[k].embedded = true;
            fields[k].exported = fields[k].name[0] >= 'A' && fields[k].name[0] <= 'Z';
            k++;
            continue;
        }
        for (int j = 0; j < f->names.n; j++, k++) {
            const char *nm = f->names.v[j]->u.ident.name;
            for (int q = 0; q < k; q++)
                if (strcmp(fields[q].name, nm) == 0 && strcmp(nm, "_") != 0)
                    tc_errorf(c, f->names.v[j]->pos, "%s redeclared", nm);
            fields[k].name = nm;
            fields[k].type = ft;
            fields[k].tag = tag;
            fields[k].exported = nm[0] >= 'A' && nm[0] <= 'Z';
        }
    }
    Type *t = tc_struct(c, fields, k);
    if (c->methods_collected) tc_promote_late(c, t);   // struct{ T } has T's methods (spec "Struct types")
    for (int i = 0; i < k; i++) {
        if (t->fields[i].offset > INT32_MAX && t->size < TC_MAX_SIZE) {   // selectors keep offsets in 31 bits
            tc_errorf(c, e->pos, "struct type too large for gosub (field %s past 2 GiB)", t->fields[i].name);
            break;
        }
    }
    return t;
}

// add_method appends m to the method set being built (*ms, *n, *cap:
// arena-grown); false when the name is there already.
static bool add_method(Checker *c, Method **ms, int *n, int *cap, const Method *m) {
    for (int q = 0; q < *n; q++)
        if (strcmp((*ms)[q].name, m->name) == 0) return false;
    if (*n == *cap) {
        int ncap = *cap ? 2 * *cap : 8;
        Method *v = arena_alloc(c->arena, (size_t)ncap * sizeof *v);
        if (*n) memcpy(v, *ms, (size_t)*n * sizeof *v);
        *ms = v;
        *cap = ncap;
    }
    (*ms)[(*n)++] = *m;
    return true;
}

// interface_type: spec "Interface types"; embedded interfaces contribute
// their methods (an interface embedding itself, directly or not, is an
// invalid recursive type).
static Type *interface_type(Checker *c, AstExpr *e) {
    AstFieldList *fl = &e->u.interface_type.methods;
    Method *ms = NULL;
    int n = 0, cap = 0;
    AstExpr **elems = NULL;   // type elements (a constraint interface)
    int nelems = 0;
    bool comparable = false;
    for (int i = 0; i < fl->n; i++) {
        AstField *f = fl->v[i];
        if (f->names.n == 0 && tc_is_type_term(f->type)) {
            if (!elems) elems = arena_alloc(c->arena, (size_t)fl->n * sizeof *elems);
            elems[nelems++] = f->type;
            continue;
        }
        if (f->names.n == 0) {   // embedded interface
            bool saved_in = c->in_constraint;
            c->in_constraint = true;
            Type *et = tc_type_expr(c, f->type);
            c->in_constraint = saved_in;
            if (et && !(et->flags & TF_INCOMPLETE) && et->kind != KIND_INTERFACE) {   // a one-term type element
                if (!elems) elems = arena_alloc(c->arena, (size_t)fl->n * sizeof *elems);
                elems[nelems++] = f->type;
                continue;
            }
            const TypeSetInfo *ets = et ? tc_typeset_of(c, et) : NULL;
            if (ets) {   // embedding a constraint: its type set too (its union, re-read from its name)
                if (ets->comparable) comparable = true;
                if (ets->nunions) {
                    if (!elems) elems = arena_alloc(c->arena, (size_t)fl->n * sizeof *elems);
                    elems[nelems++] = f->type;
                }
            }
            if (!et) continue;
            if (et->flags & TF_INCOMPLETE) {
                if (!tc_type_cycle(c, et)) tc_errorf(c, f->type->pos, "invalid recursive type");
                continue;
            }
            if (et->kind != KIND_INTERFACE) {
                tc_errorf(c, f->type->pos, "interface contains type constraints");
                continue;
            }
            for (int j = 0; j < et->nmethods; j++) add_method(c, &ms, &n, &cap, &et->methods[j]);
            continue;
        }
        Method m = {.name = f->names.v[0]->u.ident.name};
        c->indirect++;   // a method's signature is a func type: what it names is not held by value
        m.type = tc_signature(c, f->type);
        c->indirect--;
        if (!add_method(c, &ms, &n, &cap, &m)) {
            Pos other = f->names.v[0]->pos;
            for (int k = 0; k < i; k++)
                if (fl->v[k]->names.n && strcmp(fl->v[k]->names.v[0]->u.ident.name, m.name) == 0) {
                    other = fl->v[k]->names.v[0]->pos;
                    break;
                }
            tc_errorf(c, f->names.v[0]->pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s", m.name,
                      c->filename, other.line, other.col, m.name);
        }
    }
    if (!ms) ms = arena_alloc(c->arena, sizeof *ms);
    if (nelems || comparable) return tc_constraint_iface(c, elems, nelems, ms, n, comparable);
    return tc_interface(c, ms, n);
}

// tc_signature: the FUNC type of a func type expression (spec "Function
// types"); a final ...T parameter makes it variadic with type []T.
Type *tc_signature(Checker *c, AstExpr *ftype) {
    int np = 0, nr = 0;
    bool variadic = false;
    AstFieldList *pl = &ftype->u.func_type.params, *rl = &ftype->u.func_type.results;
    for (int i = 0; i < pl->n; i++) np += pl->v[i]->names.n ? pl->v[i]->names.n : 1;
    for (int i = 0; i < rl->n; i++) nr += rl->v[i]->names.n ? rl->v[i]->names.n : 1;
    Type **params = arena_alloc(c->arena, (size_t)(np + 1) * sizeof *params);
    Type **results = arena_alloc(c->arena, (size_t)(nr + 1) * sizeof *results);
    np = nr = 0;
    for (int i = 0; i < pl->n; i++) {
        AstField *f = pl->v[i];
        AstExpr *te = f->type;
        Type *t;
        if (te->kind == AST_ELLIPSIS) {
            if (i != pl->n - 1 || f->names.n > 1) {
                tc_errorf(c, te->pos, "can only use ... with final parameter in list");
            }
            Type *elem = tc_type_expr(c, te->u.ellipsis.elt);
            t = tc_slice(c, elem ? elem : c->u.types[KIND_INT]);
            variadic = true;
        } else {
            t = tc_type_expr(c, te);
        }
        if (!t) t = c->u.types[KIND_INT];
        int nn = f->names.n ? f->names.n : 1;
        for (int j = 0; j < nn; j++) params[np++] = t;
    }
    for (int i = 0; i < rl->n; i++) {
        AstField *f = rl->v[i];
        Type *t = tc_type_expr(c, f->type);
        if (!t) t = c->u.types[KIND_INT];
        int nn = f->names.n ? f->names.n : 1;
        for (int j = 0; j < nn; j++) results[nr++] = t;
    }
    Type *sig = tc_func(c, params, np, results, nr, variadic);
    EN(ftype)->type = sig;
    return sig;
}

static Type *pkg_type(Checker *c, AstExpr *e) {
    AstExpr *x = e->u.selector.x;
    if (x->kind != AST_IDENT) {
        tc_errorf(c, e->pos, "%s is not a type", tc_expr_str(c, e));
        return NULL;
    }
    Obj *o = tc_scope_lookup(c->scope, x->u.ident.name, NULL);
    if (!o) {
        tc_errorf(c, x->pos, "undefined: %s", x->u.ident.name);
        return NULL;
    }
    if (o->kind != OBJ_PKGNAME) {
        tc_errorf(c, e->pos, "%s is not a type", tc_expr_str(c, e));
        return NULL;
    }
    o->used = true;
    Obj *m = tc_package_member(c, o, e->u.selector.sel);
    if (!m) return NULL;
    if (m->kind != OBJ_TYPENAME) {
        tc_errorf(c, e->pos, "%s is not a type", tc_expr_str(c, e));
        return NULL;
    }
    if (tc_tparams_of(m)) {   // atomic.Pointer
        tc_generic_unused(c, e->pos, m);
        return NULL;
    }
    EN(e)->op = OP_TYPE_EXPR;
    return m->type;
}

// tc_type_expr: the type denoted by e, or NULL after reporting an error.
Type *tc_type_expr(Checker *c, AstExpr *e) {
    Type *t = NULL;
    switch (e->kind) {
    case AST_IDENT: t = type_name(c, e); break;
    case AST_PAREN_EXPR: t = tc_type_expr(c, e->u.paren.x); break;
    case AST_SELECTOR_EXPR: t = pkg_type(c, e); break;
    case AST_STAR_EXPR: {
        c->indirect++;
        Type *elem = tc_type_expr(c, e->u.star.x);
        c->indirect--;
        t = elem ? tc_pointer(c, elem) : NULL;
        break;
    }
    case AST_ARRAY_TYPE: {
        bool slice = !e->u.array_type.len;
        c->indirect += slice;
        Type *elem = tc_type_expr(c, e->u.array_type.elt);
        c->indirect -= slice;
        if (!elem) return NULL;
        if (!e->u.array_type.len) {
            t = tc_slice(c, elem);
        } else if (e->u.array_type.len->kind == AST_ELLIPSIS) {
            tc_errorf(c, e->u.array_type.len->pos, "invalid use of [...] array (outside a composite literal)");
            return NULL;
        } else {
            int64_t n = array_length(c, e->u.array_type.len);
            if (n < 0) return NULL;
            // an element still being declared (*[2]T in T) gives an array laid
            // out later; T holding it by value is a cycle (check_type_spec)
            t = tc_array(c, elem, n);
        }
        break;
    }
    case AST_MAP_TYPE: {
        Type *k = tc_type_expr(c, e->u.map_type.key);   // complete now: its comparability is checked
        c->indirect++;
        Type *v = tc_type_expr(c, e->u.map_type.value);
        c->indirect--;
        if (!k || !v) return NULL;
        if (!(k->flags & TF_INCOMPLETE) && !tc_comparable(k)) {
            AstExpr *ke = e->u.map_type.key;
            // types2 positions a func type at its parameter list
            Pos kp = ke->kind == AST_FUNC_TYPE && ke->u.func_type.params.opening.line ? ke->u.func_type.params.opening
                                                                                      : ke->pos;
            tc_errorf(c, kp, "invalid map key type %s%s", tc_spell_type(c, k, ke),
                      tc_synth_param(c, k) ? " (missing comparable constraint)" : "");
            return NULL;
        }
        t = tc_map(c, k, v);
        break;
    }
    case AST_CHAN_TYPE: {
        c->indirect++;
        Type *elem = tc_type_expr(c, e->u.chan_type.value);
        c->indirect--;
        t = elem ? tc_chan(c, elem, e->u.chan_type.dir) : NULL;
        break;
    }
    case AST_FUNC_TYPE:
        c->indirect++;
        t = tc_signature(c, e);
        c->indirect--;
        break;
    case AST_STRUCT_TYPE: t = struct_type(c, e); break;
    case AST_INTERFACE_TYPE: t = interface_type(c, e); break;
    case AST_INDEX_EXPR:
    case AST_INDEX_LIST_EXPR: {
        Obj *gen = tc_generic_obj(c, e->kind == AST_INDEX_EXPR ? e->u.index.x : e->u.index_list.x);
        if (!gen || gen->kind != OBJ_TYPENAME) {
            AstExpr *base = e->kind == AST_INDEX_EXPR ? e->u.index.x : e->u.index_list.x;
            if (base->kind == AST_IDENT && !tc_scope_lookup(c->scope, base->u.ident.name, NULL))
                tc_errorf(c, base->pos, "undefined: %s", base->u.ident.name);
            else
                tc_errorf(c, e->pos, "%s is not a generic type", tc_expr_str(c, base));
            return NULL;
        }
        Operand x;
        tc_generic_index(c, &x, e, gen);
        if (x.mode != MODE_TYPEXPR) return NULL;
        t = x.type;
        break;
    }
    default:
        tc_errorf(c, e->pos, "%s is not a type", tc_expr_str(c, e));
        return NULL;
    }
    EN(e)->type = t;
    if (EN(e)->op == OP_NONE) EN(e)->op = OP_TYPE_EXPR;
    return t;
}
