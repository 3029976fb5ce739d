// check_method.c - method declarations (spec "Method declarations"),
// method sets, and selectors that denote methods (spec "Selectors",
// "Method values" when called).
//
// Methods are collected after every package-level type is resolved and
// before any body is checked, so calls may precede declarations. A named
// type's Type.methods holds its value- and pointer-receiver methods,
// sorted by name; Method.fn is the FuncInfo.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

// receiver_base: the named type T of a receiver "T" or "*T" (at pos:
// the receiver's name, or its type); NULL after an error.
static Type *receiver_base(Checker *c, AstExpr *te, Pos pos, bool *ptr) {
    *ptr = false;
    while (te->kind == AST_PAREN_EXPR) te = te->u.paren.x;
    if (te->kind == AST_STAR_EXPR) {
        *ptr = true;
        te = te->u.star.x;
        while (te->kind == AST_PAREN_EXPR) te = te->u.paren.x;
    }
    if (te->kind != AST_IDENT) {
        tc_errorf(c, te->pos, "invalid receiver type %s", tc_expr_str(c, te));
        return NULL;
    }
    Obj *o = tc_scope_lookup(c->pkg_scope, te->u.ident.name, NULL);
    if (!o) {
        tc_errorf(c, te->pos, "undefined: %s", te->u.ident.name);
        return NULL;
    }
    if (o->kind != OBJ_TYPENAME) {
        tc_errorf(c, te->pos, "%s is not a type", te->u.ident.name);
        return NULL;
    }
    tc_resolve_obj(c, o);
    o->used = true;
    if (tc_tparams_of(o)) {
        tc_generic_unused(c, te->pos, o);
        return NULL;
    }
    Type *t = o->type;
    if (!t) return NULL;
    if (!(t->flags & TF_NAMED) || !t->pkg || strcmp(t->pkg, "main") != 0) {
        tc_errorf(c, pos, "cannot define new methods on non-local type %s", tc_type_string(c, t));
        return NULL;
    }
    if (t->kind == KIND_POINTER || t->kind == KIND_INTERFACE) {
        tc_errorf(c, te->pos, "invalid receiver type %s (pointer or interface type)", tc_type_string(c, t));
        return NULL;
    }
    return t;
}

typedef struct MethodList {
    Type *type;
    Method *v;
    int n, cap;
} MethodList;

static void add_method(MethodList **lists, int *nlists, Type *t, Method m) {
    MethodList *l = NULL;
    for (int i = 0; i < *nlists; i++)
        if ((*lists)[i].type == t) l = &(*lists)[i];
    if (!l) {
        *lists = realloc(*lists, (size_t)(*nlists + 1) * sizeof **lists);
        if (!*lists) abort();
        l = &(*lists)[(*nlists)++];
        memset(l, 0, sizeof *l);
        l->type = t;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
        if (!l->v) abort();
    }
    l->v[l->n++] = m;
}

void tc_collect_methods(Checker *c) {
    c->methods_collected = false;   // constraint checks wait for the methods (tc_verify_later)
    tc_generic_methods(c);
    for (int i = 0; i < c->pkg_scope->n; i++)
        if (c->pkg_scope->objs[i]->kind == OBJ_TYPENAME) tc_resolve_obj(c, c->pkg_scope->objs[i]);
    MethodList *lists = NULL;
    int nlists = 0;
    for (int i = 0; i < c->nmethods; i++) {
        AstDecl *d = c->methods[i];
        AstFieldList *rl = &d->u.func.recv;
        const char *name = d->u.func.name->u.ident.name;
        if (rl->n != 1 || rl->v[0]->names.n > 1) {
            tc_errorf(c, d->u.func.name->pos, "method has multiple receivers");
            continue;
        }
        bool ptr = false;
        Pos rpos = rl->v[0]->names.n ? rl->v[0]->names.v[0]->pos : rl->v[0]->type->pos;
        Type *base = receiver_base(c, rl->v[0]->type, rpos, &ptr);
        if (!base) continue;
        const Type *u = tc_under(base);
        bool dup = false;
        for (int j = 0; j < u->nfields && u->kind == KIND_STRUCT && strcmp(name, "_") != 0; j++)   // blanks never clash
            if (strcmp(u->fields[j].name, name) == 0) {
                tc_errorf(c, d->u.func.name->pos, "field and method with the same name %s", name);
                dup = true;
            }
        for (int j = 0; j < nlists && !dup; j++)
            if (lists[j].type == base)
                for (int k = 0; k < lists[j].n; k++)
                    if (strcmp(lists[j].v[k].name, name) == 0) {
                        tc_errorf(c, d->u.func.name->pos, "method %s.%s already declared", base->name, name);
                        dup = true;
                    }
        if (dup || strcmp(name, "_") == 0) continue;
        FuncInfo *fn = tc_new_func(c, ptr ? arena_printf(c->arena, "main.(*%s).%s", base->name, name)
                                          : arena_printf(c->arena, "main.%s.%s", base->name, name),
                                   d->pos);
        Scope *saved = c->scope;
        c->scope = c->pkg_scope;
        fn->sig = tc_signature(c, d->u.func.type);
        c->scope = saved;
        fn->body = d->u.func.body;
        fn->recv_type = ptr ? tc_pointer(c, base) : base;
        fn->decl = d;
        DN(d)->info = fn;
        Method m = {.name = name, .type = fn->sig, .fn = fn, .ptr_recv = ptr};
        add_method(&lists, &nlists, base, m);
    }
    for (int i = 0; i < nlists; i++) {
        MethodList *l = &lists[i];
        // REPL (issue 6): the methods earlier inputs declared stay, unless redeclared
        for (int j = 0; c->repl && j < l->type->nmethods; j++) {
            bool redeclared = false;
            for (int k = 0; k < l->n && !redeclared; k++) redeclared = strcmp(l->v[k].name, l->type->methods[j].name) == 0;
            if (!redeclared) add_method(&lists, &nlists, l->type, l->type->methods[j]);
        }
        Method *v = arena_alloc(c->arena, (size_t)l->n * sizeof *v);
        memcpy(v, l->v, (size_t)l->n * sizeof *v);
        if (l->n > 1) qsort(v, (size_t)l->n, sizeof *v, method_cmp);
        l->type->methods = v;
        l->type->nmethods = l->n;
        free(l->v);
    }
    free(lists);
    for (int i = 0; i < c->pkg_scope->n; i++) {
        Obj *o = c->pkg_scope->objs[i];
        if (o->kind == OBJ_TYPENAME && o->type && (o->type->flags & TF_NAMED)) tc_promote_late(c, o->type);
    }
    // unnamed struct types made so far (struct{ T } in declarations)
    for (int i = 0; i < c->ninterned; i++)
        if (c->interned[i]->kind == KIND_STRUCT && !(c->interned[i]->flags & TF_NAMED)) tc_promote_late(c, c->interned[i]);
    // instances made while types were declared (var g L[T] included)
    for (int i = 0; i < c->ninsts; i++)
        if (c->insts[i]->type) tc_promote_late(c, c->insts[i]->type);
    c->methods_collected = true;
    tc_verify_later(c);
}

// method_obj: the object standing for the method with body fn in the
// initialisation graph (initorder.c), made on first use.
Obj *tc_method_obj(Checker *c, FuncInfo *fn) {
    for (int i = 0; i < c->nmethod_objs; i++)
        if (c->method_objs[i]->fn == fn) return c->method_objs[i];
    if ((c->nmethod_objs & (c->nmethod_objs - 1)) == 0) {   // 0, 1, 2, 4...: full
        int cap = c->nmethod_objs ? 2 * c->nmethod_objs : 8;
        c->method_objs = realloc(c->method_objs, (size_t)cap * sizeof *c->method_objs);
        if (!c->method_objs) abort();
    }
    const char *name = strrchr(fn->name, '.');
    Obj *o = tc_new_obj(c, OBJ_FUNC, name ? name + 1 : fn->name, fn->pos, NULL);
    o->fn = fn;
    c->method_objs[c->nmethod_objs++] = o;
    return o;
}

// method_dep: the declaration being checked refers to method fn.
static void method_dep(Checker *c, FuncInfo *fn) {
    if (c->cur_decl_obj && fn) tc_add_dep(c, c->cur_decl_obj, tc_method_obj(c, fn));
}

void tc_check_method_bodies(Checker *c) {
    for (int i = 0; i < c->nmethods; i++) {
        AstDecl *d = c->methods[i];
        FuncInfo *fn = DN(d)->info;
        if (!fn) continue;
        if (!d->u.func.body) {
            tc_errorf(c, d->u.func.name->pos, "missing function body");
            continue;
        }
        Scope *saved = c->scope;
        Obj *saved_decl = c->cur_decl_obj;
        c->scope = c->pkg_scope;
        c->cur_decl_obj = tc_method_obj(c, fn);
        c->cur_decl_obj->pos = d->u.func.name->pos;
        tc_func_body(c, fn, d->u.func.type, d->u.func.body, &d->u.func.recv);
        c->cur_decl_obj = saved_decl;
        c->scope = saved;
    }
}

// tc_method_selector: x.sel where sel is a method of x's type (x already
// checked into *x). Annotates e as OP_METHOD; false if there is none.
bool tc_method_selector(Checker *c, Operand *x, AstExpr *e) {
    const char *sel = e->u.selector.sel->u.ident.name;
    Type *t = x->type;
    const Type *u = tc_under(t);
    MethodRef *mr = arena_alloc(c->arena, sizeof *mr);
    mr->name = sel;
    const Method *m = NULL;
    if (u->kind == KIND_INTERFACE) {
        for (int i = 0; i < u->nmethods; i++)
            if (strcmp(u->methods[i].name, sel) == 0) m = &u->methods[i];
        if (!m) return false;
        mr->mode = RECV_IFACE;
        mr->recv_type = t;
    } else {
        bool ptr = false;
        m = tc_lookup_method(t, sel, &ptr);
        if (!m) return false;
        bool x_is_ptr = u->kind == KIND_POINTER;
        if (m->ptr_recv && !x_is_ptr) {
            if (x->mode != MODE_VARIABLE) {
                tc_errorf(c, e->u.selector.sel->pos, "cannot call pointer method %s on %s", sel, tc_type_string(c, t));
                x->mode = MODE_INVALID;
                return true;
            }
            mr->mode = RECV_ADDR;
            tc_mark_addressed(c, e->u.selector.x);
            mr->recv_type = tc_pointer(c, t);
        } else if (!m->ptr_recv && x_is_ptr) {
            mr->mode = RECV_DEREF;
            mr->recv_type = (Type *)u->elem;
        } else {
            mr->mode = RECV_VALUE;
            mr->recv_type = t;
        }
        mr->fn = m->fn;
        mr->native = m->native;
        method_dep(c, m->fn);
    }
    EN(e)->op = c->in_call_fun ? OP_METHOD : OP_METHOD_VALUE;
    EN(e)->aux = mr;
    EN(e)->type = (Type *)m->type;
    x->mode = MODE_VALUE;
    x->type = (Type *)m->type;
    x->expr = e;
    return true;
}

// bound_ident: an identifier of a name no program can write, denoting
// type t in scope s
static AstExpr *bound_ident(Checker *c, Scope *s, Pos pos, const char *name, Type *t) {
    AstExpr *id = ast_new_expr(c->arena, AST_IDENT, pos);
    id->u.ident.name = name;
    if (t) {
        Obj *o = tc_new_obj(c, OBJ_TYPENAME, name, pos, t);
        o->state = 2;
        o->used = true;
        tc_declare(c, s, o);
    }
    return id;
}

static AstField *field(Checker *c, AstExpr *name, AstExpr *type) {
    AstField *f = ast_new_field(c->arena);
    if (name) ast_expr_push(c->arena, &f->names, name);
    f->type = type;
    return f;
}

static void panicwrap(Checker *c, Scope *s, AstBlock *body, Type *t, const Method *m, Pos pos);

// method_expr_lit: the function Go generates for a method expression
// T.M it cannot take from T's method table, checked as a function literal
// in e's place: with deref ((*T).M of a value method M), func(p *T,
// args...) results { return (*p).M(args...) } (Go's panicwrap when p is
// nil); else (M promoted from an embedded field, or T an interface)
// func(p T, args...) results { return p.M(args...) }.
static bool method_expr_lit(Checker *c, Operand *x, AstExpr *e, Type *t, const Method *m, bool deref) {
    const Type *sig = m->type;
    Pos pos = e->pos;
    Scope *s = tc_scope_new(c, c->scope, false);
    AstExpr *ft = ast_new_expr(c->arena, AST_FUNC_TYPE, pos);
    AstExpr *recv = bound_ident(c, s, pos, ".p", NULL);
    ast_field_push(c->arena, &ft->u.func_type.params, field(c, recv, bound_ident(c, s, pos, ".R", t)));
    AstExpr *call = ast_new_expr(c->arena, AST_CALL_EXPR, pos);
    AstExpr *sel = ast_new_expr(c->arena, AST_SELECTOR_EXPR, pos);
    sel->u.selector.x = bound_ident(c, s, pos, ".p", NULL);
    if (deref) {
        AstExpr *star = ast_new_expr(c->arena, AST_STAR_EXPR, pos);
        star->u.star.x = sel->u.selector.x;
        AstExpr *paren = ast_new_expr(c->arena, AST_PAREN_EXPR, pos);
        paren->u.paren.x = star;
        paren->u.paren.rparen = pos;
        sel->u.selector.x = paren;
    }
    sel->u.selector.sel = bound_ident(c, s, pos, m->name, NULL);
    call->u.call.fun = sel;
    for (int i = 0; i < sig->nparams; i++) {
        const char *an = arena_printf(c->arena, ".a%d", i), *tn = arena_printf(c->arena, ".P%d", i);
        bool dots = sig->variadic && i == sig->nparams - 1;
        AstExpr *te = bound_ident(c, s, pos, tn, dots ? (Type *)sig->params[i]->elem : (Type *)sig->params[i]);
        if (dots) {
            AstExpr *el = ast_new_expr(c->arena, AST_ELLIPSIS, pos);
            el->u.ellipsis.elt = te;
            te = el;
            call->u.call.has_ellipsis = true;
            call->u.call.ellipsis = pos;
        }
        ast_field_push(c->arena, &ft->u.func_type.params, field(c, bound_ident(c, s, pos, an, NULL), te));
        ast_expr_push(c->arena, &call->u.call.args, bound_ident(c, s, pos, an, NULL));
    }
    for (int i = 0; i < sig->nresults; i++)
        ast_field_push(c->arena, &ft->u.func_type.results,
                       field(c, NULL, bound_ident(c, s, pos, arena_printf(c->arena, ".Q%d", i), (Type *)sig->results[i])));
    AstStmt *st;
    if (sig->nresults) {
        st = ast_new_stmt(c->arena, AST_RETURN_STMT, pos);
        ast_expr_push(c->arena, &st->u.return_stmt.results, call);
    } else {
        st = ast_new_stmt(c->arena, AST_EXPR_STMT, pos);
        st->u.expr.x = call;
    }
    AstBlock *body = ast_new_block(c->arena, pos);
    body->rbrace = pos;
    if (deref) panicwrap(c, s, body, t, m, pos);
    ast_stmt_push(c->arena, &body->list, st);
    AstExpr *lit = ast_new_expr(c->arena, AST_FUNC_LIT, pos);
    lit->u.func_lit.type = ft;
    lit->u.func_lit.body = body;
    Scope *saved = c->scope;
    c->scope = s;
    // not one of the function's literals: the numbering of those stays Go's
    FuncInfo *outer = c->fn;
    int nlits = outer ? outer->nlits : 0, glob = c->glob_lits;
    tc_func_lit(c, x, lit);
    if (outer) outer->nlits = nlits;
    c->glob_lits = glob;
    FuncInfo *fn = EN(lit)->aux;
    if (fn && EN(lit)->op == OP_FUNC_LIT) fn->name = arena_printf(c->arena, "%s.%s", tc_type_string(c, t), m->name);
    c->scope = saved;
    *e = *lit;   // e becomes the literal (its record follows)
    *EN(e) = *EN(lit);
    x->expr = e;
    return true;
}

// panicwrap appends to body: if p == nil { panic("value method main.S.M
// called using nil *S pointer") }, Go's panicwrap for (*T).M
static void panicwrap(Checker *c, Scope *s, AstBlock *body, Type *t, const Method *m, Pos pos) {
    const Type *base = t->elem;
    const char *msg = arena_printf(c->arena, "value method %s.%s.%s called using nil *%s pointer", base->pkg ? base->pkg : "main",
                                   base->name ? base->name : "?", m->name, base->name ? base->name : "?");
    AstExpr *lit_msg = ast_new_expr(c->arena, AST_BASIC_LIT, pos);
    lit_msg->u.lit.kind = LIT_STRING;
    lit_msg->u.lit.sval = msg;
    lit_msg->u.lit.slen = strlen(msg);
    lit_msg->u.lit.text = arena_printf(c->arena, "\"%s\"", msg);
    AstExpr *pcall = ast_new_expr(c->arena, AST_CALL_EXPR, pos);
    pcall->u.call.fun = bound_ident(c, s, pos, "panic", NULL);
    ast_expr_push(c->arena, &pcall->u.call.args, lit_msg);
    AstStmt *pst = ast_new_stmt(c->arena, AST_EXPR_STMT, pos);
    pst->u.expr.x = pcall;
    AstBlock *then = ast_new_block(c->arena, pos);
    then->rbrace = pos;
    ast_stmt_push(c->arena, &then->list, pst);
    AstExpr *cond = ast_new_expr(c->arena, AST_BINARY_EXPR, pos);
    cond->u.binary.x = bound_ident(c, s, pos, ".p", NULL);
    cond->u.binary.op = TOK_EQL;
    cond->u.binary.op_pos = pos;
    cond->u.binary.y = bound_ident(c, s, pos, "nil", NULL);
    AstStmt *ifs = ast_new_stmt(c->arena, AST_IF_STMT, pos);
    ifs->u.if_stmt.cond = cond;
    ifs->u.if_stmt.body = then;
    ast_stmt_push(c->arena, &body->list, ifs);
}

// tc_method_expr: T.M or (*T).M, a function whose first parameter is the
// receiver (spec "Method expressions").
bool tc_method_expr(Checker *c, Operand *x, AstExpr *e) {
    const char *sel = e->u.selector.sel->u.ident.name;
    Type *t = x->type;
    bool ptr = false;
    const Method *m = tc_lookup_method(t, sel, &ptr);
    if (!m) return false;
    if (tc_under(t)->kind == KIND_INTERFACE) return method_expr_lit(c, x, e, t, m, false);   // I.M
    if (m->promoted) {
        if (m->ptr_recv && tc_under(t)->kind != KIND_POINTER && !m->promote_ptr) {
            tc_errorf(c, e->u.selector.sel->pos, "cannot call pointer method %s on %s", sel, tc_type_string(c, t));
            x->mode = MODE_INVALID;
            return true;
        }
        return method_expr_lit(c, x, e, t, m, false);
    }
    if (m->ptr_recv && tc_under(t)->kind != KIND_POINTER) {
        tc_errorf(c, e->u.selector.sel->pos, "cannot call pointer method %s on %s", sel, tc_type_string(c, t));
        x->mode = MODE_INVALID;
        return true;
    }
    if (!m->ptr_recv && tc_under(t)->kind == KIND_POINTER) return method_expr_lit(c, x, e, t, m, true);
    const Type *sig = m->type;
    method_dep(c, m->fn);
    Type **params = arena_alloc(c->arena, (size_t)(sig->nparams + 1) * sizeof *params);
    int np = 0;
    params[np++] = t;
    for (int i = 0; i < sig->nparams; i++) params[np++] = (Type *)sig->params[i];
    Type *ft = tc_func(c, params, np, (Type **)sig->results, sig->nresults, sig->variadic);
    EN(e)->op = m->fn ? OP_FUNC_VAL : OP_NATIVE_METHOD_EXPR;
    EN(e)->aux = m->fn ? m->fn : (void *)m;
    EN(e)->type = ft;
    x->mode = MODE_VALUE;
    x->type = ft;
    x->expr = e;
    return true;
}
