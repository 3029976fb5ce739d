// eval_assert.c - type assertions and type switches at run time: dynamic
// type tests against concrete types (descriptor identity) and interfaces
// (method sets, looked up by name).
#include <string.h>

#include "../internal.h"

// eval_implements: does dynamic type dyn implement interface iface?
// *missing gets the first missing method. Signatures are compared by
// descriptor, then by spelling (runtime-made types have their own).
bool eval_implements(const Type *dyn, const Type *iface, const char **missing) {
    const Type *it = iface->underlying;
    for (int i = 0; i < it->nmethods; i++) {
        const Method *want = &it->methods[i];
        bool ptr = false;
        const Method *m = tc_lookup_method(dyn, want->name, &ptr);
        bool ok = m && (dyn->kind == KIND_POINTER || !ptr) &&
                  (m->type == want->type || strcmp(rt_type_string(m->type), rt_type_string(want->type)) == 0);
        if (!ok) {
            if (missing) *missing = want->name;
            return false;
        }
    }
    return true;
}

static bool matches(const Type *dyn, const Type *t) {
    if (!t) return dyn == NULL;
    if (!dyn) return false;
    if (t->underlying->kind == KIND_INTERFACE) return eval_implements(dyn, t, NULL);
    return dyn == t;
}

// as_type: the value of e seen as type t (e's dynamic type matches t).
static Value as_type(Interp *in, GoIface e, const Type *t) {
    Value v;
    if (t->underlying->kind == KIND_INTERFACE) {
        v.e = e;
        return v;
    }
    return rt_copy_value(in->rt, t, rt_iface_unbox(e));
}

Value eval_type_assert(Interp *in, Frame *fr, AstExpr *e, Value *ok) {
    GoIface x = eval_expr(in, fr, e->u.type_assert.x).e;
    const Type *t = e->aux;
    const char *missing = NULL;
    bool good = x.type && (t->underlying->kind == KIND_INTERFACE ? eval_implements(x.type, t, &missing) : x.type == t);
    if (ok) {
        ok->w[1] = 0;
        ok->u = good;
        if (!good) return rt_zero_value(in->rt, t);
    } else if (!good) {
        fr->line = e->pos.line;
        rt_panic_type_assert(in->rt, e->u.type_assert.x->type, x.type, t, missing);
    }
    return as_type(in, x, t);
}

ExecStatus eval_type_switch(Interp *in, Frame *fr, AstStmt *s) {
    TypeSwitchInfo *ti = s->aux;
    if (s->u.type_switch.init) eval_stmt(in, fr, s->u.type_switch.init);
    AstExpr *x = s->u.type_switch.assign->aux;
    GoIface e = eval_expr(in, fr, x).e;
    fr->slots[ti->tmp].e = e;   // keeps the value visible to the collector
    int chosen = -1;
    const Type *single = NULL;
    for (int i = 0; i < ti->nclauses && chosen < 0; i++) {
        for (int j = 0; j < ti->ntypes[i]; j++) {
            if (matches(e.type, ti->types[i][j])) {
                chosen = i;
                single = ti->ntypes[i] == 1 ? ti->types[i][0] : NULL;
                break;
            }
        }
    }
    if (chosen < 0) chosen = ti->default_clause;
    if (chosen < 0) return EXEC_NORMAL;
    Obj *v = ti->vars[chosen];
    if (v) {
        Value val;
        if (single) {
            val = as_type(in, e, single);
        } else {
            val.e = e;
        }
        eval_declare(in, fr, v, val);
    }
    AstStmt *cl = s->u.type_switch.body->list.v[chosen];
    ExecStatus st = eval_block_list(in, fr, &cl->u.case_clause.body);
    if (st == EXEC_BREAK && (!fr->branch_target || fr->branch_target == s)) {
        fr->branch_target = NULL;
        return EXEC_NORMAL;
    }
    return st;
}
