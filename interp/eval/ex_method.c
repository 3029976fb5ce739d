// ex_method.c - method calls and method values (spec "Method sets",
// "Method values", "Calls"): static methods bound at lowering time, and
// dynamic dispatch on interfaces through an inline cache per call site.
//
// The cache holds the last dynamic types seen at the site, the methods
// they resolved to and how the receiver is passed; a miss (or a promoted
// method, which dispatches again on the embedded field) takes the slow path
// through the itab of (dynamic type, interface), built once per pair: no
// method is looked up by name while a program runs, except for package
// code's calls by name (String, Error: eval_string_method).
#include <stdlib.h>

#include "internal.h"

// How a cached method takes its receiver from the interface value.
enum { IRECV_DATA, IRECV_LOAD, IRECV_UNBOX };

static const Code *code_of_method(Interp *in, const Method *m) {
    return m->fn ? eval_code_of(in, m->fn) : NULL;
}

static void take_recv(Interp *in, int mode, GoIface e, Value *recv, const Method *m);
static int recv_mode(const Method *m, const Type *t);

// resolve: the method m of e's dynamic type as called: its receiver to
// *recv, and the method that runs (a promoted method dispatches again on
// the embedded field, through any number of levels).
static const Method *resolve(Interp *in, GoIface e, const Method *m, Value *recv);

// promoted_method: m of e's dynamic type T is promoted from the embedded
// field at m->promote_offset; find that field and the receiver it gives.
static const Method *promoted_method(Interp *in, GoIface e, const Method *m, Value *recv) {
    char *base = e.data;   // T is a struct: boxed, or e holds *T
    if (!base) rt_panic_nil_deref(in->rt);
    char *field = base + m->promote_offset;
    const Type *tt = e.type->kind == KIND_POINTER ? e.type->elem : e.type;
    const Type *ft = NULL;
    for (int i = 0; i < tt->underlying->nfields; i++)
        if (tt->underlying->fields[i].offset == m->promote_offset && tt->underlying->fields[i].embedded)
            ft = tt->underlying->fields[i].type;
    // dispatch again on the embedded field, seen as an interface value
    GoIface inner;
    if (ft->underlying->kind == KIND_INTERFACE) {
        inner = *(GoIface *)field;
    } else if (ft->kind == KIND_POINTER) {
        inner.type = ft;
        inner.data = *(void **)field;
    } else {
        inner.type = ft;   // the field itself stands for the boxed value (and its address)
        inner.data = field;
    }
    if (!inner.type) rt_panic_nil_deref(in->rt);
    const Method *im = eval_promoted_target(in, inner.type, m);
    if (!im) rt_fatal(in->rt, "gosub: internal error: %s has no method %s", rt_type_string(inner.type), m->name);
    if (inner.data == field && !im->ptr_recv && !im->promoted && !(ft->flags & TF_BOXED)) {
        // a value method of a type an interface holds unboxed (type T int):
        // the receiver is the field's value, not its address
        Value v = rt_load(ft, field);
        inner.data = v.p;
    }
    return resolve(in, inner, im, recv);
}

static const Method *resolve(Interp *in, GoIface e, const Method *m, Value *recv) {
    if (m->promoted) return promoted_method(in, e, m, recv);
    take_recv(in, recv_mode(m, e.type), e, recv, m);
    return m;
}

// recv_mode: how method m of dynamic type t takes its receiver.
static int recv_mode(const Method *m, const Type *t) {
    if (m->ptr_recv && t->kind != KIND_POINTER) return IRECV_DATA;   // reached through an embedded value field
    if (t->kind == KIND_POINTER) return m->ptr_recv ? IRECV_DATA : IRECV_LOAD;
    return IRECV_UNBOX;
}

// panicwrap: Go's panic for value method m of T called through a nil *T
static _Noreturn void panicwrap(Interp *in, const Type *t, const Method *m) {
    if (!t->name) rt_panic_nil_deref(in->rt);
    char *msg = NULL;
    if (asprintf(&msg, "value method %s.%s.%s called using nil *%s pointer", t->pkg ? t->pkg : "main", t->name,
                 m ? m->name : "?", t->name) < 0)
        rt_panic_nil_deref(in->rt);
    GoString s = rt_string_from_c(in->rt, msg, strlen(msg));
    free(msg);
    rt_panic_plain_string(in->rt, s);
}

static void take_recv(Interp *in, int mode, GoIface e, Value *recv, const Method *m) {
    recv->w[1] = 0;
    switch (mode) {
    case IRECV_DATA: recv->p = e.data; return;
    case IRECV_LOAD: {
        const Type *t = e.type->elem;
        if (!e.data) panicwrap(in, t, m);
        *recv = rt_copy_value(in->rt, t, rt_load(t, e.data));
        return;
    }
    default: *recv = rt_copy_value(in->rt, e.type, rt_iface_unbox(e)); return;
    }
}

// eval_iface_method finds method name of e's dynamic type and the receiver
// to pass it; panics on a nil interface. (Package code's calls by name:
// String, Error; the evaluator's own calls go through itabs.)
const Method *eval_iface_method(Interp *in, GoIface e, const char *name, Value *recv) {
    if (!e.type) rt_panic_nil_deref(in->rt);
    const Method *m = tc_lookup_method(e.type, name, NULL);
    if (!m) rt_fatal(in->rt, "gosub: internal error: %s has no method %s", rt_type_string(e.type), name);
    return resolve(in, e, m, recv);
}

// dispatch: the interface call of ms on iv, through the site's cache; a
// miss takes the method from the itab of (dynamic type, interface): no
// name is looked up once the itab exists.
static void dispatch(const MethodSel *ms, Frame *fr, GoIface iv, Value *recv, const Code **code, NativeFn *native) {
    Interp *in = fr->in;
    MethodCache *mc = ms->cache;
    if (!iv.type) rt_panic_nil_deref(in->rt);
    for (int i = 0; i < METHOD_CACHE_WAYS; i++) {
        const MethodCacheEntry *ce = &mc->e[i];
        if (ce->type == iv.type) {
            take_recv(in, ce->mode, iv, recv, ce->m);
            *code = ce->code;
            *native = ce->m->native;
            return;
        }
    }
    const Method *const *itab = eval_itab(in, iv.type, ms->iface);
    const Method *m = itab ? itab[ms->index] : NULL;
    if (!m) rt_fatal(in->rt, "gosub: internal error: %s has no method %s", rt_type_string(iv.type), ms->name);
    if (!m->promoted) {
        MethodCacheEntry *ce = &mc->e[mc->next++ % METHOD_CACHE_WAYS];
        ce->type = iv.type;
        ce->m = m;
        ce->code = code_of_method(in, m);
        ce->mode = recv_mode(m, iv.type);
    }
    m = resolve(in, iv, m, recv);
    *code = code_of_method(in, m);
    *native = m->native;
}

// eval_method_recv resolves ms on its receiver expression.
void eval_method_recv(const MethodSel *ms, Frame *fr, Value *recv, const Code **code, NativeFn *native) {
    Interp *in = fr->in;
    const Node *x = ms->x;
    switch (ms->mode) {
    case RECV_IFACE: dispatch(ms, fr, EVAL(x, fr).e, recv, code, native); return;
    case RECV_ADDR:
        recv->w[1] = 0;
        recv->p = x->addr(x, fr);
        break;
    case RECV_DEREF: {
        void *p = EVAL(x, fr).p;
        if (!p) rt_panic_nil_deref(in->rt);
        *recv = rt_load(ms->recv_type, p);
        if (!ms->borrow) *recv = rt_copy_value(in->rt, ms->recv_type, *recv);
        break;
    }
    default:
        *recv = EVAL(x, fr);
        if (!ms->borrow) *recv = rt_copy_value(in->rt, ms->recv_type, *recv);
        break;
    }
    *code = ms->code;
    *native = ms->native;
}

void eval_lower_method(Lower *L, AstExpr *fun, MethodSel *ms) {
    MethodRef *mr = EN(fun)->aux;
    ms->x = eval_lower_expr(L, fun->u.selector.x);
    ms->name = mr->name;
    ms->mode = mr->mode;
    ms->recv_type = mr->recv_type;
    ms->code = mr->fn ? eval_code_of(L->in, mr->fn) : NULL;
    ms->native = mr->native;
    if (ms->mode == RECV_IFACE) {
        ms->cache = eval_lower_alloc(L, sizeof *ms->cache);
        ms->iface = EN(fun->u.selector.x)->type;
        const Type *it = tc_under(ms->iface);
        ms->index = -1;
        for (int i = 0; i < it->nmethods; i++)
            if (strcmp(it->methods[i].name, ms->name) == 0) ms->index = i;
        if (ms->index < 0) rt_fatal(L->in->rt, "gosub: internal error: interface has no method %s", ms->name);
    }
    if (ms->mode == RECV_ADDR && !ms->x->addr)
        rt_fatal(L->in->rt, "gosub: internal error: pointer method on a non-addressable receiver");
}

// ---- method values ----

static Value method_value(const Node *n, Frame *fr) {
    Interp *in = fr->in;
    const MethodSel *ms = n->u.msel;
    Closure *cl = eval_alloc_closure(in, 0);
    cl->kind = CLOSURE_METHOD;
    Value recv;
    const Code *code;
    NativeFn native;
    if (ms->x) {
        eval_method_recv(ms, fr, &recv, &code, &native);
        Value *cell = rt_alloc(in->rt, in->c->u.t_any);
        gc_write_ptr(in->rt, (void **)&cell->w[0], (void *)recv.w[0]);
        gc_write_ptr(in->rt, (void **)&cell->w[1], (void *)recv.w[1]);
        gc_write_ptr(in->rt, (void **)&cl->recv, cell);
    } else {   // T.M of a C method: the receiver comes as the first argument
        code = NULL;
        native = ms->native;
    }
    cl->code = code;
    cl->native = native;
    Value r;
    r.w[1] = 0;
    r.p = cl;
    return r;
}

Node *eval_lower_method_value(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, method_value, EN(e)->type, e->pos.line);
    MethodSel *ms = eval_lower_alloc(L, sizeof *ms);
    n->u.msel = ms;
    if (EN(e)->op == OP_NATIVE_METHOD_EXPR) {
        ms->native = ((const Method *)EN(e)->aux)->native;
        return n;
    }
    eval_lower_method(L, e, ms);
    return n;
}

// ---- calls from package code (RtHooks) ----

// eval_string_method calls v's method name (func() string) for fmt and
// panic messages (Error, String); false when v's dynamic type has none.
bool eval_string_method(Interp *in, GoIface v, const char *name, GoString *out) {
    if (!v.type) return false;
    bool ptr = false;
    const Method *m = tc_lookup_method(v.type, name, &ptr);
    if (!m || m->type->nparams != 0 || m->type->nresults != 1 || tc_under(m->type->results[0])->kind != KIND_STRING)
        return false;
    if (m->ptr_recv && v.type->kind != KIND_POINTER) return false;   // not in T's method set
    Value args[1], res[1];
    m = eval_iface_method(in, v, name, &args[0]);
    if (m->fn) eval_call_code(in, code_of_method(in, m), NULL, args, 1, res, in->top);
    else m->native(in->rt, args, res);
    *out = res[0].s;
    return true;
}

// eval_call_method calls method name of recv's dynamic type with args
// (the receiver is prepended); false when the method does not exist.
bool eval_call_method(Interp *in, GoIface recv, const char *name, Value *args, int nargs, Value *results) {
    if (!recv.type) rt_panic_nil_deref(in->rt);
    if (!tc_lookup_method(recv.type, name, NULL)) return false;
    Value all[nargs + 1];
    const Method *m = eval_iface_method(in, recv, name, &all[0]);
    for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
    if (m->fn) eval_call_code(in, code_of_method(in, m), NULL, all, nargs + 1, results, in->top);
    else m->native(in->rt, all, results);
    return true;
}
