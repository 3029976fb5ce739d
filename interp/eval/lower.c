// lower.c - lowering: the checked AST of a function becomes its
// executable tree (exec.h). This file dispatches on the op the checker
// chose for each node and hands the node to its construct family
// (ex_*.c, st_*.c), which picks the handler and fills the payload.
//
// Lowering runs once per function, on its first call (eval_code_prepare),
// so a run pays only for what it reaches. Everything it allocates lives in
// the checker's arena, as long as the program.
#include "internal.h"

void *eval_lower_alloc(Lower *L, size_t size) {
    void *p = arena_alloc(L->arena, size);
    memset(p, 0, size);
    return p;
}

Node *eval_new_node(Lower *L, EvalFn fn, const Type *t, int line) {
    Node *n = eval_lower_alloc(L, sizeof *n);
    n->eval = fn;
    n->type = t;
    n->line = line;
    return n;
}

Stmt *eval_new_stmt(Lower *L, ExecFn fn, int line) {
    Stmt *s = eval_lower_alloc(L, sizeof *s);
    s->exec = fn;
    s->line = line;
    return s;
}

// ---- branch targets ----

// grow_arena_vec makes room for one more element in the arena vector *v of
// n elements of size elem (capacity *cap, doubled when full).
static void grow_arena_vec(Lower *L, void **v, int n, int *cap, size_t elem) {
    if (n < *cap) return;
    *cap = *cap ? 2 * *cap : 16;
    void *nv = eval_lower_alloc(L, (size_t)*cap * elem);
    if (n) memcpy(nv, *v, (size_t)n * elem);
    *v = nv;
}

void eval_note_target(Lower *L, AstStmt *ast, Stmt *s) {
    grow_arena_vec(L, (void **)&L->labels, L->nlabels, &L->labelcap, sizeof *L->labels);
    L->labels[L->nlabels++] = (struct LowerLabel){ast, s};
}

static Stmt *find_target(Lower *L, AstStmt *ast) {
    for (int i = L->nlabels - 1; i >= 0; i--)
        if (L->labels[i].ast == ast) return L->labels[i].stmt;
    return NULL;
}

void eval_branch_target(Lower *L, AstStmt *ast, const Stmt **where) {
    *where = NULL;
    if (!ast) return;
    Stmt *t = find_target(L, ast);
    if (t) {
        *where = t;
        return;
    }
    grow_arena_vec(L, (void **)&L->fixups, L->nfixups, &L->fixcap, sizeof *L->fixups);
    L->fixups[L->nfixups++] = (struct LowerFix){ast, where};
}

static void resolve_fixups(Lower *L) {
    for (int i = 0; i < L->nfixups; i++) {
        Stmt *t = find_target(L, L->fixups[i].ast);
        if (!t) rt_fatal(L->in->rt, "gosub: internal error: branch target not lowered");
        *L->fixups[i].where = t;
    }
    L->nfixups = 0;
}

// ---- expressions ----

static AstExpr *strip_paren(AstExpr *e) {
    while (EN(e)->op == OP_PAREN) e = e->u.paren.x;
    return e;
}

Node *eval_lower_expr(Lower *L, AstExpr *e) {
    switch (EN(e)->op) {
    case OP_PAREN: case OP_POS: {
        AstExpr *x = EN(e)->op == OP_PAREN ? e->u.paren.x : e->u.unary.x;
        return eval_lower_expr(L, x);
    }
    case OP_CONST: case OP_NIL: return eval_lower_const(L, e);
    case OP_LOCAL: case OP_LOCAL_CELL: case OP_CAPTURED: case OP_GLOBAL: case OP_GLOBAL_CELL: case OP_NATIVE_VAR:
        return eval_lower_var_ref(L, e);
    case OP_FUNC_VAL: case OP_NATIVE_VAL: return eval_lower_func_val(L, e);
    case OP_ADD_INT ... OP_LOR: return eval_lower_binary(L, e);
    case OP_NEG_INT: case OP_NEG_F64: case OP_NEG_F32: case OP_NOT: case OP_COMPL: return eval_lower_unary(L, e);
    case OP_CONV_NOP ... OP_CONV_SLICE_ARRPTR: return eval_lower_conv(L, e);
    case OP_INDEX_ARRAY ... OP_INDEX_MAP: return eval_lower_index(L, e);
    case OP_SLICE_ARRAY ... OP_SLICE_STRING: return eval_lower_slice(L, e);
    case OP_FIELD: case OP_PTR_FIELD: return eval_lower_field(L, e);
    case OP_DEREF: return eval_lower_deref(L, e);
    case OP_ADDR: return eval_lower_addr(L, e);
    case OP_ADDR_COMPOSITE: return eval_lower_addr_composite(L, e, strip_paren(e->u.unary.x));
    case OP_COMPOSITE: return eval_lower_composite(L, e);
    case OP_FUNC_LIT: return eval_lower_func_lit(L, e);
    case OP_CALL: case OP_CALL_CLOSURE: case OP_CALL_NATIVE: case OP_CALL_BUILTIN: case OP_CALL_METHOD:
    case OP_CALL_IFACE:
        return eval_lower_call(L, e);
    case OP_METHOD_VALUE: case OP_NATIVE_METHOD_EXPR: return eval_lower_method_value(L, e);
    case OP_TYPE_ASSERT: return eval_lower_assert(L, e);
    case OP_RECV: return eval_lower_recv(L, e);
    case OP_NONE:
        // an untyped boolean constant operand of && or || that the checker
        // left unconverted (the operand the old evaluator never reached)
        if (e->kind == AST_IDENT && EN(e)->obj && EN(e)->obj->kind == OBJ_CONST && EN(e)->obj->cval) {
            Value *k = tc_const_value(L->c, EN(e)->obj->cval, EN(e)->type ? EN(e)->type : L->c->u.types[KIND_BOOL]);
            return eval_const_node(L, *k, EN(e)->type, e->pos.line);
        }
        // fall through
    default:
        rt_fatal(L->in->rt, "gosub: internal error: expression (op %d) at %s:%d:%d cannot be lowered", EN(e)->op,
                 L->in->filename, e->pos.line, e->pos.col);
    }
}

// ---- statements ----

static ExecStatus exec_nop(const Stmt *s, Frame *fr) {
    (void)s;
    (void)fr;
    return EXEC_NORMAL;
}

static ExecStatus exec_labeled(const Stmt *s, Frame *fr) { return s->u.labeled->exec(s->u.labeled, fr); }

static ExecStatus exec_fallthrough(const Stmt *s, Frame *fr) {
    (void)s;
    (void)fr;
    return EXEC_FALLTHROUGH;
}

Stmt *eval_lower_stmt(Lower *L, AstStmt *s) {
    int line = s->pos.line;
    switch (SN(s)->op) {
    case SOP_EXPR: return eval_lower_expr_stmt(L, s);
    case SOP_DEFINE: return eval_lower_assign(L, s, SN(s)->aux, true);
    case SOP_DEFINE_MULTI: return eval_lower_define_multi(L, s);
    case SOP_ASSIGN: return eval_lower_assign(L, s, SN(s)->aux, false);
    case SOP_OP_ASSIGN: return eval_lower_opassign(L, s);
    case SOP_BLOCK: return eval_lower_block(L, &s->u.block.block->list, line);
    case SOP_IF: return eval_lower_if(L, s);
    case SOP_FOR: return eval_lower_for(L, s);
    case SOP_RANGE: return eval_lower_range(L, s);
    case SOP_SWITCH: return eval_lower_switch(L, s);
    case SOP_TYPE_SWITCH: return eval_lower_type_switch(L, s);
    case SOP_RETURN: return eval_lower_return(L, s);
    case SOP_BREAK: case SOP_CONTINUE: case SOP_GOTO: return eval_lower_branch(L, s);
    case SOP_FALLTHROUGH: return eval_new_stmt(L, exec_fallthrough, line);
    case SOP_LABELED: {
        Stmt *st = eval_new_stmt(L, exec_labeled, line);
        eval_note_target(L, s, st);
        st->u.labeled = eval_lower_stmt(L, s->u.labeled.stmt);
        return st;
    }
    case SOP_DEFER: return eval_lower_defer(L, s);
    case SOP_GO: return eval_lower_go(L, s);
    case SOP_SEND: return eval_lower_send(L, s);
    case SOP_SELECT: return eval_lower_select(L, s);
    case SOP_EMPTY: case SOP_DECL_NOP: return eval_new_stmt(L, exec_nop, line);
    default:
        rt_fatal(L->in->rt, "gosub: internal error: statement at %s:%d cannot be lowered", L->in->filename, line);
    }
}

void eval_lower_stmt_list(Lower *L, AstStmtList *l, Block *out) {
    out->n = l->n;
    out->v = eval_lower_alloc(L, (size_t)(l->n > 0 ? l->n : 1) * sizeof(Stmt *));
    for (int i = 0; i < l->n; i++) out->v[i] = eval_lower_stmt(L, l->v[i]);
}

Stmt *eval_lower_block(Lower *L, AstStmtList *l, int line) {
    Stmt *st = eval_new_stmt(L, eval_exec_block, line);
    eval_lower_stmt_list(L, l, &st->u.block);
    return st;
}

// ---- variables ----

VarDecl *eval_lower_var(Lower *L, Obj *o) {
    if (!o || o->slot < 0) return NULL;
    VarDecl *d = eval_lower_alloc(L, sizeof *d);
    d->slot = o->slot;
    d->global = o->owner == NULL;
    d->cell = o->storage == VS_CELL || o->storage == VS_GLOBAL_CELL;
    d->type = o->type;
    return d;
}

void eval_declare(Frame *fr, const VarDecl *d, Value v) {
    Interp *in = fr->in;
    Value *slot = d->global ? &in->globals[d->slot] : &fr->slots[d->slot];
    if (d->cell) {
        void *cell = rt_alloc(in->rt, d->type);
        rt_store(in->rt, d->type, cell, v);
        slot->w[1] = 0;
        slot->p = cell;
    } else {
        *slot = v;
    }
}

void eval_set_var(Frame *fr, const VarDecl *d, Value v) {
    Interp *in = fr->in;
    Value *slot = d->global ? &in->globals[d->slot] : &fr->slots[d->slot];
    if (d->cell) rt_store(in->rt, d->type, slot->p, v);
    else if (d->global) rt_store(in->rt, d->type, slot, v);   // the barrier: globals are scanned concurrently
    else *slot = v;
}

// ---- functions ----

static void layout(Lower *L, Code *code, FuncInfo *fn);

Code *eval_code_of(Interp *in, FuncInfo *fn) {
    if (fn->code) return fn->code;
    Arena *a = in->c->arena;
    Code *code = arena_alloc(a, sizeof *code);
    memset(code, 0, sizeof *code);
    fn->code = code;
    code->name = fn->name;
    code->line = fn->pos.line;
    code->src = fn;
    code->show_args = fn->nparams > 0;
    Lower L = {.in = in, .c = in->c, .arena = a, .fn = fn, .code = code};
    layout(&L, code, fn);
    return code;
}

// pure_expr: does e only read variables and compute, with no call, store,
// address-taking, closure or conversion (which could let a parameter's
// storage escape or change while the function runs)?
static bool pure_expr(AstExpr *e) {
    switch (EN(e)->op) {
    case OP_PAREN: return pure_expr(e->u.paren.x);
    case OP_CONST: case OP_NIL: case OP_LOCAL: case OP_LOCAL_CELL: case OP_CAPTURED: case OP_GLOBAL: case OP_GLOBAL_CELL:
        return true;
    case OP_INDEX_ARRAY: case OP_INDEX_PTR_ARRAY: case OP_INDEX_SLICE: case OP_INDEX_STRING:
        return pure_expr(e->u.index.x) && pure_expr(e->u.index.index);
    case OP_ADD_INT ... OP_LOR: return pure_expr(e->u.binary.x) && pure_expr(e->u.binary.y);
    case OP_NEG_INT: case OP_NEG_F64: case OP_NEG_F32: case OP_NOT: case OP_COMPL: case OP_POS:
        return pure_expr(e->u.unary.x);
    case OP_FIELD: case OP_PTR_FIELD: return pure_expr(e->u.selector.x);
    case OP_COMPOSITE: {
        CompositeInfo *ci = EN(e)->aux;
        int k = tc_under(ci->type)->kind;
        if (k != KIND_STRUCT && k != KIND_ARRAY) return false;
        for (int i = 0; i < ci->n; i++)
            if (!pure_expr(ci->values[i])) return false;
        return true;
    }
    default: return false;
    }
}

// pure_leaf: is fn's body one "return e" with e a pure expression whose
// value is a scalar or fresh storage (a composite literal)? Such a function
// neither writes memory nor runs other code nor returns a parameter's
// storage, so its callers may pass aggregates by reference: nothing can
// change them while it runs and nothing of them outlives the call.
static bool pure_leaf(FuncInfo *fn) {
    if (!fn->body || fn->body->list.n != 1 || fn->has_defer || fn->nresults != 1 || fn->named_results) return false;
    AstStmt *s = fn->body->list.v[0];
    if (SN(s)->op != SOP_RETURN) return false;
    ReturnInfo *ri = SN(s)->aux;
    if (!ri || ri->n != 1 || ri->tuple) return false;
    AstExpr *e = ri->results[0];
    while (EN(e)->op == OP_PAREN) e = e->u.paren.x;
    if (EN(e)->type && (EN(e)->type->flags & TF_AGGREGATE) && EN(e)->op != OP_COMPOSITE) return false;
    return pure_expr(e);
}

// layout fills the frame layout of code from its FuncInfo.
static void layout(Lower *L, Code *code, FuncInfo *fn) {
    code->nslots = fn->nslots;
    code->end_line = fn->body ? fn->body->rbrace.line : fn->pos.line;
    code->nparams = fn->nparams;
    int *ps = eval_lower_alloc(L, (size_t)(fn->nparams + 1) * sizeof(int));
    const Type **pt = eval_lower_alloc(L, (size_t)(fn->nparams + 1) * sizeof(Type *));
    for (int i = 0; i < fn->nparams; i++) {
        ps[i] = fn->param_slots[i];
        pt[i] = fn->params[i]->type;
    }
    code->param_slot = ps;
    code->param_type = pt;
    code->pure = pure_leaf(fn);
    code->dense_params = true;
    for (int i = 0; i < fn->nparams; i++)
        if (ps[i] != i) code->dense_params = false;
    code->nresults = fn->nresults;
    int *rs = eval_lower_alloc(L, (size_t)(fn->nresults + 1) * sizeof(int));
    bool *rc = eval_lower_alloc(L, (size_t)(fn->nresults + 1) * sizeof(bool));
    const Type **rt = eval_lower_alloc(L, (size_t)(fn->nresults + 1) * sizeof(Type *));
    CellInit *ci = eval_lower_alloc(L, (size_t)(fn->nparams + fn->nresults + 1) * sizeof(CellInit));
    int nci = 0;
    for (int i = 0; i < fn->nparams; i++) {
        Obj *p = fn->params[i];
        if (p->storage == VS_CELL && p->slot >= 0)
            ci[nci++] = (CellInit){p->slot, p->type, false, (p->type->flags & TF_AGGREGATE) != 0};
    }
    for (int i = 0; i < fn->nresults; i++) {
        Obj *r = fn->results[i];
        rs[i] = fn->result_slots[i];
        // an unnamed aggregate result of a function without defer needs no
        // cell: only its return statements write it (owned storage: fresh
        // or copied), and no deferred call can read it after a panic
        rc[i] = r->storage == VS_CELL && (fn->named_results || fn->has_defer || !(r->type->flags & TF_AGGREGATE));
        rt[i] = r->type;
        if (rc[i]) ci[nci++] = (CellInit){r->slot, r->type, true, false};
    }
    code->result_slot = rs;
    code->result_cell = rc;
    code->result_type = rt;
    code->cellinit = ci;
    code->ncellinit = nci;
    code->has_defer = fn->has_defer;
    code->named_results = fn->named_results;
    int nwork = 0;   // cell initialisations with work to do at entry (adopted copies have none)
    for (int i = 0; i < nci; i++) nwork += !ci[i].adopt;
    code->simple = !fn->has_defer && nwork == 0 && fn->nresults <= 1 && !fn->named_results;
    code->ncaptures = fn->ncaptures;
    CaptureFrom *cf = eval_lower_alloc(L, (size_t)(fn->ncaptures + 1) * sizeof *cf);
    for (int i = 0; i < fn->ncaptures; i++)
        cf[i] = (CaptureFrom){fn->captures[i].from_capture, fn->captures[i].index};
    code->captures = cf;
}

void eval_code_reset(Interp *in, Code *code) {
    FuncInfo *fn = code->src;
    Lower L = {.in = in, .c = in->c, .arena = in->c->arena, .fn = fn, .code = code};
    code->body = NULL;
    code->direct_ok = false;
    code->ret_expr = NULL;
    code->name = fn->name;
    code->line = fn->pos.line;
    code->show_args = fn->nparams > 0;
    layout(&L, code, fn);
}

void eval_code_prepare(Interp *in, Code *code) {
    if (code->body) return;
    FuncInfo *fn = code->src;
    Lower L = {.in = in, .c = in->c, .arena = in->c->arena, .fn = fn, .code = code};
    Stmt *body = eval_lower_block(&L, &fn->body->list, fn->pos.line);
    resolve_fixups(&L);
    if (body->u.block.n == 1 && eval_single_return(body->u.block.v[0])) {
        code->ret_expr = eval_single_return(body->u.block.v[0]);
        code->ret_line = body->u.block.v[0]->line;
    } else if ((code->ret_expr = eval_guarded_return(&L, &body->u.block))) {
        code->ret_line = body->u.block.v[0]->line;
    }
    code->body = body;
    code->direct_ok = code->simple && code->dense_params;
}
