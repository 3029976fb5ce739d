// internal.h - what only interp/eval/ sees: the lowering context and the
// entry points each construct family exports to the lowering dispatcher
// (lower.c). Each ex_*.c / st_*.c file holds one family: the lowering of
// its checked AST into Nodes/Stmts and the (static) handlers those run.
//
// Lowering is the only code here that reads checker objects (Obj,
// FuncInfo, the *Info records of interp/internal.h); handlers read only
// exec.h payloads.
#ifndef GOSUB_EVAL_INTERNAL_H
#define GOSUB_EVAL_INTERNAL_H

#include <string.h>

#include "../internal.h"
#include "exec.h"

// The lowering of one function.
typedef struct Lower {
    Interp *in;
    Checker *c;
    Arena *arena;
    FuncInfo *fn;             // NULL while lowering package initialisers
    Code *code;
    // lowered statements that branches may target (loops, switches,
    // labeled statements), and gotos waiting for a later label
    struct LowerLabel { AstStmt *ast; Stmt *stmt; } *labels;
    int nlabels, labelcap;
    struct LowerFix { AstStmt *ast; const Stmt **where; } *fixups;
    int nfixups, fixcap;
} Lower;

// ---- lower.c: dispatch and helpers ----
Node *eval_lower_expr(Lower *L, AstExpr *e);
Stmt *eval_lower_stmt(Lower *L, AstStmt *s);
Stmt *eval_lower_block(Lower *L, AstStmtList *l, int line);
void eval_lower_stmt_list(Lower *L, AstStmtList *l, Block *out);
Node *eval_new_node(Lower *L, EvalFn fn, const Type *t, int line);
Stmt *eval_new_stmt(Lower *L, ExecFn fn, int line);
void *eval_lower_alloc(Lower *L, size_t size);
// eval_note_target registers the lowered statement of AST statement ast
// (a loop, switch, select or labeled statement) as a branch target.
void eval_note_target(Lower *L, AstStmt *ast, Stmt *s);
// eval_branch_target: where a break/continue/goto to ast jumps (fixed up
// later when ast is not lowered yet).
void eval_branch_target(Lower *L, AstStmt *ast, const Stmt **where);
// eval_code_prepare lowers code's body on its first call.
void eval_code_prepare(Interp *in, Code *code);
// eval_lower_target / eval_store_target: assignment targets.
void eval_lower_target(Lower *L, AstExpr *lhs, const Type *t, Target *out);
void eval_prepare_target(Frame *fr, const Target *t, void **addr, GoMap **m, Value *key);
void eval_store_prepared(Frame *fr, const Target *t, void *addr, GoMap *m, Value *key, Value v);
void eval_store_target(Frame *fr, const Target *t, Value v);
VarDecl *eval_lower_var(Lower *L, Obj *o);
void eval_declare(Frame *fr, const VarDecl *d, Value v);
// eval_set_var: assigns v to an already declared variable d.
void eval_set_var(Frame *fr, const VarDecl *d, Value v);

// ---- ex_var.c: variables, constants, loads ----
Node *eval_lower_var_ref(Lower *L, AstExpr *e);
Node *eval_lower_const(Lower *L, AstExpr *e);
Node *eval_const_node(Lower *L, Value k, const Type *t, int line);
Node *eval_lower_func_val(Lower *L, AstExpr *e);
// eval_load_fn: the handler loading a value of type t from an address node
// (used by index, field and deref nodes): specialised by size.
Value eval_load(const Type *t, const void *addr);
// eval_var_slot: the slot of a plain local variable node, or -1.
int eval_local_slot(const Node *n);
bool eval_const_of(const Node *n, Value *k);

// ---- ex_arith.c: operators ----
Node *eval_lower_binary(Lower *L, AstExpr *e);
Node *eval_lower_unary(Lower *L, AstExpr *e);
enum { CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ, CMP_NE };
int eval_cmp_shape(const Node *n, int *cmp, int *sx, int *sy, int64_t *k);
// eval_local_step: is n a wide-int local plus or minus a constant? Its
// slot and the constant added (negated for minus).
bool eval_local_step(const Node *n, int *slot, int64_t *k);
Value eval_binop(Interp *in, int op, int kind, Value a, Value b, const Type *t);

// ---- ex_conv.c: conversions and type assertions ----
Node *eval_lower_conv(Lower *L, AstExpr *e);
Node *eval_lower_assert(Lower *L, AstExpr *e);
Value eval_assert_commaok(const Node *n, Frame *fr, Value *ok);
bool eval_implements(Interp *in, const Type *dyn, const Type *iface, const char **missing);
// eval_itab: the method table of dynamic type dyn for interface iface
// (dyn's method per method of iface, in iface's order), built on first
// use and kept; NULL when dyn does not implement iface.
const Method *const *eval_itab(Interp *in, const Type *dyn, const Type *iface);
// eval_promoted_target: the method of type t (an embedded field's type)
// that promoted method promoted stands for; memoized; NULL when none.
const Method *eval_promoted_target(Interp *in, const Type *t, const Method *promoted);
bool eval_type_matches(Interp *in, const Type *dyn, const Type *t);
Value eval_as_type(Interp *in, GoIface e, const Type *t);

// ---- ex_access.c: index, slice, fields, pointers, composites ----
Node *eval_lower_index(Lower *L, AstExpr *e);
Node *eval_lower_slice(Lower *L, AstExpr *e);
Node *eval_lower_field(Lower *L, AstExpr *e);
Node *eval_lower_deref(Lower *L, AstExpr *e);
Node *eval_lower_addr(Lower *L, AstExpr *e);
Node *eval_lower_composite(Lower *L, AstExpr *e);
Node *eval_lower_addr_composite(Lower *L, AstExpr *e, AstExpr *lit);
Value eval_map_index_commaok(const Node *n, Frame *fr, Value *ok);
bool eval_is_map_index(const Node *n);
// eval_slice_ll_word: is n s[i], a word-sized element of a local slice at
// a local index? The two slots.
bool eval_slice_ll_word(const Node *n, int *sx, int *si);
bool eval_is_assert(const Node *n);
// eval_is_fresh: n's aggregate value is storage nobody else holds (a
// composite literal, a call's result): no copy needed to own it.
bool eval_is_fresh(const Node *n);
void *eval_nil_check(Frame *fr, void *p);

// ---- ex_call.c: calls and frames ----
Node *eval_lower_call(Lower *L, AstExpr *e);
CallSite *eval_lower_callsite(Lower *L, AstExpr *e);
// eval_call_multi runs call node n (or any tuple node) into out[0..n).
void eval_multi(const Node *n, Frame *fr, Value *out, int count);
// eval_box_multi boxes out[i] with type box[i] where box[i] is set (a tuple's
// concrete values stored into interfaces: the checker's tuple_box); box may be NULL.
void eval_box_multi(Interp *in, const Type *const *box, Value *out, int count);
// eval_call_site performs a call, results to out.
void eval_call_site(const CallSite *cs, Frame *fr, Value *out);
void eval_call_code(Interp *in, const Code *code, Closure *cl, Value *args, int nargs, Value *out, Frame *caller);
void eval_call_value(Interp *in, Value fnv, Value *args, int nargs, Value *results, Frame *caller);
Closure *eval_make_closure(Frame *fr, const Code *code);
// ex_records.c: the evaluator's records on the Go heap, zeroed, each with
// its own type descriptor.
Closure *eval_alloc_closure(Interp *in, int ncells);
DeferRec *eval_alloc_defer(Interp *in);
GoStart *eval_alloc_go_start(Interp *in);
Closure *eval_static_closure(Interp *in, const Code *code);
int eval_pack_args(const CallSite *cs, Frame *fr, Value *args);
bool eval_is_call(const Node *n);
Node *eval_lower_func_lit(Lower *L, AstExpr *e);

// ---- ex_method.c: methods ----
void eval_lower_method(Lower *L, AstExpr *fun, MethodSel *ms);
Node *eval_lower_method_value(Lower *L, AstExpr *e);
// eval_method_recv resolves ms on its receiver: the receiver Value in
// *recv and the Go code or C function to call.
void eval_method_recv(const MethodSel *ms, Frame *fr, Value *recv, const Code **code, NativeFn *native);
const Method *eval_iface_method(Interp *in, GoIface e, const char *name, Value *recv);
bool eval_string_method(Interp *in, GoIface v, const char *name, GoString *out);
bool eval_call_method(Interp *in, GoIface recv, const char *name, Value *args, int nargs, Value *results);

// ---- ex_defer.c: defer, panics, traces ----
Stmt *eval_lower_defer(Lower *L, AstStmt *s);
DeferRec *eval_defer_record(const CallSite *cs, Frame *fr);
void eval_run_defer(Interp *in, DeferRec *d, Frame *fr);
void eval_run_with_defers(Frame *fr);
void eval_print_frames(void *ctx, FILE *f);
void eval_capture_trace(void *ctx);
// eval_caller: RtHooks.caller (the goroutine's frames, innermost first).
bool eval_caller(void *ctx, int skip, const char **func, const char **file, int *line);

// ---- ex_builtin.c ----
Value eval_builtin(const CallSite *cs, Frame *fr);
EvalFn eval_builtin_handler(const CallSite *cs);
void eval_builtin_args(const CallSite *cs, Frame *fr, Value *args);
void eval_builtin_apply(const CallSite *cs, Interp *in, Frame *fr, Value *args);

// ---- st_basic.c / st_flow.c: statements ----
Stmt *eval_lower_assign(Lower *L, AstStmt *s, AssignInfo *ai, bool define);
Stmt *eval_lower_define_multi(Lower *L, AstStmt *s);
Stmt *eval_lower_opassign(Lower *L, AstStmt *s);
Stmt *eval_lower_return(Lower *L, AstStmt *s);
const Node *eval_single_return(const Stmt *s);
Node *eval_guarded_return(Lower *L, const Block *body);
Stmt *eval_lower_if(Lower *L, AstStmt *s);
Stmt *eval_lower_for(Lower *L, AstStmt *s);
Stmt *eval_lower_range(Lower *L, AstStmt *s);
Stmt *eval_lower_switch(Lower *L, AstStmt *s);
Stmt *eval_lower_type_switch(Lower *L, AstStmt *s);
Stmt *eval_lower_branch(Lower *L, AstStmt *s);
Stmt *eval_lower_expr_stmt(Lower *L, AstStmt *s);
ExecStatus eval_exec_block(const Stmt *s, Frame *fr);
ExecStatus eval_exec_list(const Block *b, Frame *fr);
// eval_exec_assign runs an AssignData (package initialisers use it).
void eval_exec_assign(const AssignData *a, Frame *fr);
Stmt *eval_lower_init_assign(Lower *L, AssignInfo *ai, int line);

// ---- ex_go.c: goroutines, channels, select ----
Stmt *eval_lower_go(Lower *L, AstStmt *s);
Stmt *eval_lower_send(Lower *L, AstStmt *s);
Stmt *eval_lower_select(Lower *L, AstStmt *s);
Node *eval_lower_recv(Lower *L, AstExpr *e);
Value eval_recv_commaok(const Node *n, Frame *fr, Value *ok);
bool eval_is_recv(const Node *n);
ExecStatus eval_range_chan(const RangeData *r, Frame *fr, Value ch, const Stmt *self);
void eval_go_preempt(Interp *in);
void eval_go_init(Interp *in);

// eval_safepoint: calls and loop back-edges let other goroutines run and
// answer the REPL's Ctrl-C.
static inline void eval_safepoint(Interp *in) {
    if (--in->preempt < 0) eval_go_preempt(in);
}

// eval_exec_body runs statement list b (a loop's or an if's body): a
// one-statement body, the common case, without the list's loop.
static inline ExecStatus eval_exec_body(const Block *b, Frame *fr) {
    if (b->n != 1) return eval_exec_list(b, fr);
    const Stmt *s = b->v[0];
    for (;;) {
        fr->line = s->line;
        ExecStatus st = s->exec(s, fr);
        if (__builtin_expect(st != EXEC_GOTO || fr->branch_target != s, 1)) return st;
        fr->branch_target = NULL;   // goto the body's own (labeled) statement
    }
}

// eval_leave_loop maps a loop body's status to the loop's: true = leave
// the loop with *st (break/continue with a label for another statement,
// return, goto pass through).
static inline bool eval_leave_loop(Frame *fr, const Stmt *loop, ExecStatus *st) {
    switch (*st) {
    case EXEC_BREAK:
        if (fr->branch_target && fr->branch_target != loop) return true;
        fr->branch_target = NULL;
        *st = EXEC_NORMAL;
        return true;
    case EXEC_CONTINUE:
        if (fr->branch_target && fr->branch_target != loop) return true;
        fr->branch_target = NULL;
        *st = EXEC_NORMAL;
        return false;
    case EXEC_NORMAL: return false;
    default: return true;
    }
}

// eval_leave_switch: a break out of switch/select s ends it normally.
static inline ExecStatus eval_leave_switch(Frame *fr, const Stmt *s, ExecStatus st) {
    if (st == EXEC_BREAK && (!fr->branch_target || fr->branch_target == s)) {
        fr->branch_target = NULL;
        return EXEC_NORMAL;
    }
    return st;
}

// eval_range_set assigns a range loop's iteration value: declares the :=
// variable at the first iteration, then assigns it; or stores to the =
// target.
static inline void eval_range_set(Frame *fr, const Target *t, const VarDecl *var, Value v, bool first) {
    if (var) {
        if (first) eval_declare(fr, var, v);
        else eval_set_var(fr, var, v);
    } else if (t->kind != TGT_BLANK) {
        eval_store_target(fr, t, v);
    }
}

// eval_range_set_kv assigns a range loop's key and (want_value) value as
// one assignment statement: when both are = targets, the value target's
// operands are evaluated before the key is stored (for i, x[i] = range y
// indexes x with the old i).
static inline void eval_range_set_kv(Frame *fr, const RangeData *r, Value k, Value v, bool first) {
    if (r->want_value && !r->value_var && (r->value.kind == TGT_ADDR || r->value.kind == TGT_MAP) && !r->key_var &&
        r->key.kind != TGT_BLANK) {
        void *addr = NULL;
        GoMap *m = NULL;
        Value key;
        key.w[0] = key.w[1] = 0;
        eval_prepare_target(fr, &r->value, &addr, &m, &key);
        eval_store_target(fr, &r->key, k);
        eval_store_prepared(fr, &r->value, addr, m, &key, v);
        return;
    }
    eval_range_set(fr, &r->key, r->key_var, k, first);
    if (r->want_value) eval_range_set(fr, &r->value, r->value_var, v, first);
}

// eval_back_edge: a loop's safepoint and the REPL's Ctrl-C poll.
static inline void eval_back_edge(Interp *in) {
    eval_safepoint(in);
    eval_poll_interrupt(in);
}

// eval_wrap truncates an integer result to the width of its kind (Go's
// wrap-around for sized integers).
static inline int64_t eval_wrap(int kind, int64_t v) {
    switch (kind) {
    case KIND_INT8: return (int8_t)v;
    case KIND_INT16: return (int16_t)v;
    case KIND_INT32: return (int32_t)v;
    case KIND_UINT8: return (uint8_t)v;
    case KIND_UINT16: return (uint16_t)v;
    case KIND_UINT32: return (uint32_t)v;
    default: return v;
    }
}

static inline Value eval_vint(int64_t i) {
    Value v;
    v.w[1] = 0;
    v.i = i;
    return v;
}

static inline Value eval_vbool(bool b) {
    Value v;
    v.w[1] = 0;
    v.u = b;
    return v;
}

// EVAL evaluates node n. Plain locals, the commonest operands, are read
// inline instead of through their handler (eval_local).
Value eval_local(const Node *n, Frame *fr);
static inline Value eval_node(const Node *n, Frame *fr) {
    if (n->eval == eval_local) return fr->slots[n->u.slot];
    return n->eval(n, fr);
}
#define EVAL(n, fr) eval_node((n), (fr))

// eval_forget clears a dead array of Values before its frame is popped:
// the collector scans goroutine stacks conservatively, and a later frame's
// unwritten padding at the same depth would otherwise keep what they
// pointed to alive. The empty asm keeps the compiler from dropping the
// stores as dead.
#define eval_forget(arr, size)                       \
    do {                                             \
        memset((arr), 0, (size));                    \
        __asm__ volatile("" : : "r"(arr) : "memory"); \
    } while (0)

#endif
