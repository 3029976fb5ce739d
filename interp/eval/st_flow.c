// st_flow.c - range loops, expression switches and type switches (spec
// "For statements with range clause", "Switch statements").
//
// Go 1.19: a := range loop has one variable for the whole loop (declared at
// the first iteration), so closures created in the body all see its latest
// value.
#include "internal.h"

static ExecStatus range_map(const Stmt *s, Frame *fr, Value x) {
    const RangeData *r = &s->u.range;
    const Type *mt = tc_under(r->x_type);
    MapIter iter;
    memset(&iter, 0, sizeof iter);
    iter.m = x.p;
    void *k, *v;
    bool first = true;
    while (x.p && rt_map_next(&iter, &k, &v)) {
        eval_range_set_kv(fr, r, rt_load(mt->key, k), r->want_value ? rt_load(mt->elem, v) : eval_vint(0), first);
        first = false;
        ExecStatus st = r->body->exec(r->body, fr);
        if (st != EXEC_NORMAL && eval_leave_loop(fr, s, &st)) return st;
        eval_back_edge(fr->in);
    }
    return EXEC_NORMAL;
}

static ExecStatus exec_range(const Stmt *s, Frame *fr) {
    const RangeData *r = &s->u.range;
    Interp *in = fr->in;
    Value x = EVAL(r->x, fr);
    int64_t n;
    char *base = NULL;
    switch (r->kind) {
    case RANGE_CHAN: return eval_range_chan(r, fr, x, s);
    case RANGE_MAP: return range_map(s, fr, x);
    case RANGE_STRING: n = x.s.len; break;
    case RANGE_SLICE: n = x.sl.len; base = x.sl.ptr; break;
    case RANGE_ARRAY:
        n = r->len;
        if (r->want_value) x = rt_copy_value(in->rt, r->x_type, x);   // range copies the array
        base = x.p;
        break;
    default:
        n = r->len;
        base = x.p;
        if (!base && r->want_value) rt_panic_nil_deref(in->rt);
        break;
    }
    for (int64_t i = 0; i < n;) {
        int64_t next = i + 1;
        if (r->kind == RANGE_STRING) {
            int w = 1;
            Value rv = eval_vint(rt_decode_rune(x.s, i, &w));
            next = i + w;
            eval_range_set_kv(fr, r, eval_vint(i), rv, i == 0);
        } else {
            Value v = r->want_value ? eval_load(r->elem, base + i * (int64_t)r->elem->size) : eval_vint(0);
            eval_range_set_kv(fr, r, eval_vint(i), v, i == 0);
        }
        ExecStatus st = eval_exec_body(&r->body->u.block, fr);
        if (st != EXEC_NORMAL && eval_leave_loop(fr, s, &st)) return st;
        eval_back_edge(in);
        i = next;
    }
    return EXEC_NORMAL;
}

// range_words: a range over a slice of word-sized scalars (int, float64,
// pointers...) into plain local variables (or none): no per-iteration
// dispatch on the kind, the variables' storage or the element size.
static ExecStatus range_words(const Stmt *s, Frame *fr) {
    const RangeData *r = &s->u.range;
    Interp *in = fr->in;
    GoSlice x = EVAL(r->x, fr).sl;
    const uint64_t *base = x.ptr;
    int64_t n = x.len;
    int ks = r->key_slot, vs = r->value_slot;
    const Block *body = &r->body->u.block;
    for (int64_t i = 0; i < n; i++) {
        if (ks >= 0) fr->slots[ks] = eval_vint(i);
        if (vs >= 0) fr->slots[vs] = eval_vint((int64_t)base[i]);
        ExecStatus st = eval_exec_body(body, fr);
        if (st != EXEC_NORMAL && eval_leave_loop(fr, s, &st)) return st;
        eval_back_edge(in);
    }
    return EXEC_NORMAL;
}

// plain_var_slot: the slot of a := range variable living in a frame slot
// (-1: none); false when the variable is a global or a heap cell.
static bool plain_var_slot(const VarDecl *v, const Target *t, int *slot) {
    *slot = -1;
    if (v) {
        if (v->global || v->cell) return false;
        *slot = v->slot;
        return true;
    }
    return t->kind == TGT_BLANK;
}

Stmt *eval_lower_range(Lower *L, AstStmt *s) {
    RangeInfo *ri = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_range, s->pos.line);
    eval_note_target(L, s, st);
    RangeData *r = &st->u.range;
    r->kind = ri->kind;
    r->x = eval_lower_expr(L, s->u.range.x);
    r->x_type = EN(s->u.range.x)->type;
    r->elem = ri->elem;
    r->key_type = ri->key_type;
    r->key_var = eval_lower_var(L, ri->key_var);
    r->value_var = eval_lower_var(L, ri->value_var);
    r->want_value = ri->value && EN(ri->value)->op != OP_BLANK;
    if (!ri->key_var) eval_lower_target(L, ri->key, ri->key ? EN(ri->key)->type : NULL, &r->key);
    if (!ri->value_var) eval_lower_target(L, r->want_value ? ri->value : NULL, r->want_value ? EN(ri->value)->type : NULL,
                                          &r->value);
    // = targets get the iteration value's type (interfaces box it)
    if (r->key.kind != TGT_BLANK && ri->kind != RANGE_MAP) r->key.type = ri->key_type;
    const Type *u = tc_under(r->x_type);
    if (ri->kind == RANGE_ARRAY) r->len = u->len;
    else if (ri->kind == RANGE_PTR_ARRAY) r->len = tc_under(u->elem)->len;
    if (ri->kind == RANGE_MAP) {
        if (r->key.kind != TGT_BLANK) r->key.type = u->key;
        if (r->value.kind != TGT_BLANK) r->value.type = u->elem;
    } else if (r->value.kind != TGT_BLANK) {
        r->value.type = ri->elem;
    }
    r->body = eval_lower_block(L, &s->u.range.body->list, s->pos.line);
    if (r->kind == RANGE_SLICE && plain_var_slot(r->key_var, &r->key, &r->key_slot) &&
        plain_var_slot(r->want_value ? r->value_var : NULL, &r->value, &r->value_slot) && r->elem->size == 8 &&
        !(r->elem->flags & TF_AGGREGATE))
        st->exec = range_words;
    return st;
}

// ---- expression switches ----

static ExecStatus exec_switch(const Stmt *s, Frame *fr) {
    const SwitchData *d = &s->u.sw;
    if (d->init) d->init->exec(d->init, fr);
    if (d->tag_var) eval_declare(fr, d->tag_var, EVAL(d->tag, fr));
    int chosen = -1;
    for (int i = 0; i < d->nclauses && chosen < 0; i++) {
        for (int j = 0; j < d->ncases[i]; j++) {
            if (EVAL(d->cases[i][j], fr).b) {
                chosen = i;
                break;
            }
        }
    }
    if (chosen < 0) chosen = d->default_clause;
    if (chosen < 0) return EXEC_NORMAL;
    for (int i = chosen; i < d->nclauses; i++) {
        ExecStatus st = eval_exec_list(&d->bodies[i], fr);
        if (st == EXEC_FALLTHROUGH) continue;
        return eval_leave_switch(fr, s, st);
    }
    return EXEC_NORMAL;
}

Stmt *eval_lower_switch(Lower *L, AstStmt *s) {
    SwitchInfo *si = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_switch, s->pos.line);
    eval_note_target(L, s, st);
    SwitchData *d = &st->u.sw;
    d->init = s->u.switch_stmt.init ? eval_lower_stmt(L, s->u.switch_stmt.init) : NULL;
    if (si->tag_obj) {
        d->tag_var = eval_lower_var(L, si->tag_obj);
        d->tag = eval_lower_expr(L, s->u.switch_stmt.tag->u.paren.x);
    }
    d->nclauses = si->nclauses;
    d->default_clause = si->default_clause;
    d->ncases = eval_lower_alloc(L, (size_t)(si->nclauses + 1) * sizeof(int));
    d->cases = eval_lower_alloc(L, (size_t)(si->nclauses + 1) * sizeof(Node **));
    d->bodies = eval_lower_alloc(L, (size_t)(si->nclauses + 1) * sizeof(Block));
    AstStmtList *body = &s->u.switch_stmt.body->list;
    for (int i = 0; i < si->nclauses; i++) {
        d->ncases[i] = si->ncases[i];
        d->cases[i] = eval_lower_alloc(L, (size_t)(si->ncases[i] + 1) * sizeof(Node *));
        for (int j = 0; j < si->ncases[i]; j++) d->cases[i][j] = eval_lower_expr(L, si->cases[i][j]);
        eval_lower_stmt_list(L, &body->v[i]->u.case_clause.body, &d->bodies[i]);
    }
    return st;
}

// ---- type switches ----

static ExecStatus exec_type_switch(const Stmt *s, Frame *fr) {
    const TypeSwitchData *d = &s->u.tsw;
    if (d->init) d->init->exec(d->init, fr);
    GoIface e = EVAL(d->x, fr).e;
    fr->slots[d->tmp].e = e;   // keeps the value visible to the collector
    int chosen = -1;
    const Type *single = NULL;
    for (int i = 0; i < d->nclauses && chosen < 0; i++) {
        for (int j = 0; j < d->ntypes[i]; j++) {
            if (eval_type_matches(fr->in, e.type, d->types[i][j])) {
                chosen = i;
                single = d->ntypes[i] == 1 ? d->types[i][0] : NULL;
                break;
            }
        }
    }
    if (chosen < 0) chosen = d->default_clause;
    if (chosen < 0) return EXEC_NORMAL;
    const VarDecl *v = d->vars[chosen];
    if (v) {
        Value val;
        if (single) val = eval_as_type(fr->in, e, single);
        else val.e = e;
        eval_declare(fr, v, val);
    }
    return eval_leave_switch(fr, s, eval_exec_list(&d->bodies[chosen], fr));
}

Stmt *eval_lower_type_switch(Lower *L, AstStmt *s) {
    TypeSwitchInfo *ti = SN(s)->aux;
    Stmt *st = eval_new_stmt(L, exec_type_switch, s->pos.line);
    eval_note_target(L, s, st);
    TypeSwitchData *d = &st->u.tsw;
    d->init = s->u.type_switch.init ? eval_lower_stmt(L, s->u.type_switch.init) : NULL;
    d->x = eval_lower_expr(L, SN(s->u.type_switch.assign)->aux);
    d->tmp = ti->tmp;
    d->nclauses = ti->nclauses;
    d->default_clause = ti->default_clause;
    d->ntypes = ti->ntypes;
    d->types = (const Type ***)ti->types;
    d->vars = eval_lower_alloc(L, (size_t)(ti->nclauses + 1) * sizeof(VarDecl *));
    d->bodies = eval_lower_alloc(L, (size_t)(ti->nclauses + 1) * sizeof(Block));
    AstStmtList *body = &s->u.type_switch.body->list;
    for (int i = 0; i < ti->nclauses; i++) {
        d->vars[i] = eval_lower_var(L, ti->vars[i]);
        eval_lower_stmt_list(L, &body->v[i]->u.case_clause.body, &d->bodies[i]);
    }
    return st;
}
