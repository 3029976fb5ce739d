// ex_var.c - variables, constants and function values.
//
// A variable is resolved to storage before running (checker: Obj.storage
// and slot): a frame slot holding the value (locals nobody captures or
// addresses), a frame slot holding a pointer to a heap cell (captured,
// address-taken and aggregate variables), a closure cell, or a global.
// Each storage class has its own handler; the value handlers are also
// specialised by the size of the value (eval_load).
#include "internal.h"

// eval_load reads a value of type t at addr (aggregates: borrowed).
Value eval_load(const Type *t, const void *addr) {
    Value v;
    if (t->flags & TF_AGGREGATE) {   // the value is its storage (borrowed)
        v.w[1] = 0;
        v.p = (void *)addr;
        return v;
    }
    switch (t->size) {
    case 8:
        if (t->flags & TF_AGGREGATE) break;
        v.w[1] = 0;
        memcpy(&v.u, addr, 8);
        return v;
    case 16:
        if (t->flags & TF_AGGREGATE) break;
        memcpy(&v, addr, 16);
        return v;
    default: break;
    }
    return rt_load(t, addr);
}

// ---- locals ----

Value eval_local(const Node *n, Frame *fr) { return fr->slots[n->u.slot]; }
static void *local_addr(const Node *n, Frame *fr) { return &fr->slots[n->u.slot]; }

static void *cell_addr(const Node *n, Frame *fr) { return fr->slots[n->u.slot].p; }
static Value cell_w8(const Node *n, Frame *fr) {
    Value v;
    v.w[1] = 0;
    memcpy(&v.u, fr->slots[n->u.slot].p, 8);
    return v;
}
static Value cell_any(const Node *n, Frame *fr) { return eval_load(n->type, fr->slots[n->u.slot].p); }

static void *captured_addr(const Node *n, Frame *fr) { return fr->closure->cells[n->u.slot]; }
static Value captured_w8(const Node *n, Frame *fr) {
    Value v;
    v.w[1] = 0;
    memcpy(&v.u, fr->closure->cells[n->u.slot], 8);
    return v;
}
static Value captured_any(const Node *n, Frame *fr) { return eval_load(n->type, fr->closure->cells[n->u.slot]); }

static Value global(const Node *n, Frame *fr) { return fr->in->globals[n->u.slot]; }
// a global narrower than a word (int8, float32...): stores through its
// address (= assignments, pointers) write only its bytes, so it is loaded
// as its type (sign-extended) rather than as the whole Value
static Value global_narrow(const Node *n, Frame *fr) { return eval_load(n->type, &fr->in->globals[n->u.slot]); }
static void *global_addr(const Node *n, Frame *fr) { return &fr->in->globals[n->u.slot]; }
static void *global_cell_addr(const Node *n, Frame *fr) { return fr->in->globals[n->u.slot].p; }
static Value global_cell(const Node *n, Frame *fr) { return eval_load(n->type, fr->in->globals[n->u.slot].p); }

static bool word_sized(const Type *t) { return t->size == 8 && !(t->flags & TF_AGGREGATE); }

Node *eval_lower_var_ref(Lower *L, AstExpr *e) {
    Node *n = eval_new_node(L, NULL, EN(e)->type, e->pos.line);
    n->u.slot = EN(e)->slot;
    switch (EN(e)->op) {
    case OP_LOCAL: n->eval = eval_local; n->addr = local_addr; break;
    case OP_LOCAL_CELL: n->eval = word_sized(EN(e)->type) ? cell_w8 : cell_any; n->addr = cell_addr; break;
    case OP_CAPTURED: n->eval = word_sized(EN(e)->type) ? captured_w8 : captured_any; n->addr = captured_addr; break;
    case OP_GLOBAL:
        n->eval = EN(e)->type->size < 8 && !(EN(e)->type->flags & TF_AGGREGATE) ? global_narrow : global;
        n->addr = global_addr;
        break;
    default: n->eval = global_cell; n->addr = global_cell_addr; break;
    }
    return n;
}

int eval_local_slot(const Node *n) { return n->eval == eval_local ? n->u.slot : -1; }

// ---- constants ----

static Value constant(const Node *n, Frame *fr) {
    (void)fr;
    return n->u.k;
}

// An aggregate constant never occurs (Go constants are scalars or
// strings); nil of any type is the zero Value.
Node *eval_const_node(Lower *L, Value k, const Type *t, int line) {
    Node *n = eval_new_node(L, constant, t, line);
    n->u.k = k;
    return n;
}

Node *eval_lower_const(Lower *L, AstExpr *e) {
    Value k;
    memset(&k, 0, sizeof k);
    if (EN(e)->op == OP_CONST) k = *(Value *)EN(e)->aux;
    return eval_const_node(L, k, EN(e)->type, e->pos.line);
}

bool eval_const_of(const Node *n, Value *k) {
    if (n->eval != constant) return false;
    *k = n->u.k;
    return true;
}

// ---- function values ----

static Value func_val(const Node *n, Frame *fr) {
    Value r;
    r.w[1] = 0;
    r.p = eval_static_closure(fr->in, n->u.lit.code);
    return r;
}

static Value native_val(const Node *n, Frame *fr) {
    Interp *in = fr->in;
    Closure *cl = eval_alloc_closure(in, 0);
    cl->kind = CLOSURE_NATIVE;
    cl->native = n->u.native;
    Value r;
    r.w[1] = 0;
    r.p = cl;
    return r;
}

Node *eval_lower_func_val(Lower *L, AstExpr *e) {
    if (EN(e)->op == OP_FUNC_VAL) {
        Node *n = eval_new_node(L, func_val, EN(e)->type, e->pos.line);
        n->u.lit.code = eval_code_of(L->in, EN(e)->aux);
        return n;
    }
    Node *n = eval_new_node(L, native_val, EN(e)->type, e->pos.line);
    n->u.native = ((const NativeFunc *)EN(e)->aux)->fn;
    return n;
}
