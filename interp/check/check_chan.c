// check_chan.c - the checker's concurrency statements and expressions:
// go statements (spec "Go statements"), send statements, the receive
// operator (spec "Receive operator"), select statements (spec "Select
// statements") and the close built-in. Channel directions are enforced
// with go/types' texts.
#include <string.h>

#include "internal.h"

// GoStmt = "go" Expression .
void tc_go_stmt(Checker *c, AstStmt *s) {
    AstExpr *call = s->u.go_stmt.call;
    SN(s)->op = SOP_GO;
    SN(s)->aux = call;
    if (call->kind != AST_CALL_EXPR) {
        tc_errorf(c, call->pos, "expression in go must be function call");
        return;
    }
    Operand x;
    tc_multi_expr(c, &x, call);
    if (x.mode == MODE_INVALID) return;
    bool is_call = EN(call)->op == OP_CALL || EN(call)->op == OP_CALL_CLOSURE || EN(call)->op == OP_CALL_NATIVE ||
                   EN(call)->op == OP_CALL_METHOD || EN(call)->op == OP_CALL_IFACE;
    if (EN(call)->op == OP_CALL_BUILTIN) {
        // As expression statements: the built-ins without results (and
        // copy, recover) may be started; go close(ch) is legal Go.
        BuiltinId id = (BuiltinId)EN(call)->slot;
        if (id == BI_CLOSE || id == BI_COPY || id == BI_DELETE || id == BI_PANIC || id == BI_PRINT ||
            id == BI_PRINTLN || id == BI_RECOVER)
            return;
        tc_errorf(c, call->pos, "go discards result of %s", tc_operand_string(c, &x));
    } else if (!is_call) {
        tc_errorf(c, call->pos, "go requires function call, not conversion %s", tc_operand_string(c, &x));
    }
}

// chan_operand checks that x is a channel usable in direction dir
// (CHAN_SEND or CHAN_RECV); what: "send to" / "receive from".
static const Type *chan_operand(Checker *c, Operand *x, Pos pos, int dir, const char *what) {
    const Type *u = tc_under(x->type);
    if (u->kind != KIND_CHAN) {
        tc_errorf(c, pos, "invalid operation: cannot %s non-channel %s", what, tc_operand_string(c, x));
        return NULL;
    }
    if (!(u->chandir & dir)) {
        tc_errorf(c, pos, "invalid operation: cannot %s %s channel %s", what,
                  dir == CHAN_SEND ? "receive-only" : "send-only", tc_operand_string(c, x));
        return NULL;
    }
    return u;
}

// SendStmt = Channel "<-" Expression .
void tc_send_stmt(Checker *c, AstStmt *s) {
    SN(s)->op = SOP_SEND;
    Operand ch, v;
    tc_expr(c, &ch, s->u.send.chan);
    tc_expr(c, &v, s->u.send.value);
    if (ch.mode == MODE_INVALID || v.mode == MODE_INVALID) return;
    const Type *u = chan_operand(c, &ch, s->pos, CHAN_SEND, "send to");
    if (!u) return;
    tc_assignment_as(c, &v, &s->u.send.value, (Type *)u->elem, SPELL(s->u.send.chan, SPELL_ELEM, 0), "send");
}

// The receive operation <-x: a comma-ok expression of the element type.
void tc_recv_expr(Checker *c, Operand *x, AstExpr *e) {
    tc_expr(c, x, e->u.unary.x);
    if (x->mode == MODE_INVALID) return;
    const Type *u = chan_operand(c, x, e->u.unary.x->pos, CHAN_RECV, "receive from");
    if (!u) {
        x->mode = MODE_INVALID;
        return;
    }
    EN(e)->op = OP_RECV;
    EN(e)->slot = 0;
    x->mode = MODE_COMMAOK;
    x->type = (Type *)u->elem;
    EN(e)->type = x->type;
    x->expr = e;
}

// close(ch)
void tc_close_call(Checker *c, Operand *x, AstExpr *e) {
    x->mode = MODE_INVALID;
    if (e->u.call.args.n != 1) {
        tc_errorf(c, e->u.call.rparen, "%s arguments for %s (expected 1, found %d)",
                  e->u.call.args.n < 1 ? "not enough" : "too many", tc_expr_str(c, e), e->u.call.args.n);
        return;
    }
    Operand ch;
    tc_expr(c, &ch, e->u.call.args.v[0]);
    if (ch.mode == MODE_INVALID) return;
    const Type *u = tc_under(ch.type);
    if (u->kind != KIND_CHAN) {
        tc_errorf(c, ch.expr->pos, "invalid operation: cannot close non-channel %s", tc_operand_string(c, &ch));
        return;
    }
    if (u->chandir == CHAN_RECV) {
        tc_errorf(c, ch.expr->pos, "invalid operation: cannot close receive-only channel %s",
                  tc_operand_string(c, &ch));
        return;
    }
    x->mode = MODE_NOVALUE;
}

static AstExpr *unparen(AstExpr *e) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    return e;
}

static bool is_recv(AstExpr *e) {
    e = unparen(e);
    return e->kind == AST_UNARY_EXPR && e->u.unary.op == TOK_ARROW;
}

// recv_target checks an assigned (=) receive target; returns its type.
static Type *recv_target(Checker *c, AstExpr *e) { return tc_lvalue(c, e); }

// recv_case checks "lhs = <-ch" / "lhs := <-ch" of a select case.
static void recv_case(Checker *c, SelectCase *sc, AstStmt *comm) {
    AstExprList *lhs = &comm->u.assign.lhs;
    sc->recv = unparen(comm->u.assign.rhs.v[0]);
    Operand x;
    tc_recv_expr(c, &x, sc->recv);
    if (x.mode == MODE_INVALID) return;
    sc->elem = x.type;
    sc->nlhs = lhs->n > 2 ? 2 : lhs->n;
    if (lhs->n > 2) tc_errorf(c, lhs->v[2]->pos, "assignment mismatch: %d variables but <-ch returns 2 values", lhs->n);
    if (lhs->n == 2) EN(sc->recv)->slot = 1;
    for (int i = 0; i < sc->nlhs; i++) {
        AstExpr *e = lhs->v[i];
        Type *vt = i == 0 ? x.type : c->u.types[KIND_BOOL];
        sc->types[i] = vt;
        if (comm->u.assign.tok == TOK_DEFINE) {
            if (e->kind != AST_IDENT) {
                tc_errorf(c, e->pos, "non-name %s on left side of :=", tc_expr_str(c, e));
                continue;
            }
            if (strcmp(e->u.ident.name, "_") == 0) {
                EN(e)->op = OP_BLANK;
                continue;
            }
            Obj *o = tc_declare_var(c, e, vt);
            tc_declare(c, c->scope, o);
            tc_var_ref(c, e, o);
            sc->vars[i] = o;
        } else {
            Type *lt = recv_target(c, e);
            if (!lt) continue;
            Operand o = {.mode = MODE_VALUE, .type = i == 0 ? vt : c->u.types[KIND_UNTYPED_BOOL], .expr = e};
            tc_assignment(c, &o, NULL, lt, "assignment");
            sc->types[i] = lt;
            sc->lhs[i] = e;
        }
    }
}

static void comm_clause(Checker *c, SelectInfo *si, AstStmt *cl, int i) {
    SelectCase *sc = &si->cases[i];
    sc->clause = cl;
    AstStmt *comm = cl->u.comm_clause.comm;
    if (cl->u.comm_clause.is_default || !comm) {
        sc->kind = SEL_DEFAULT;
        if (si->ndefault >= 0) tc_errorf(c, cl->pos, "multiple defaults in select");
        si->ndefault = i;
    } else if (comm->kind == AST_SEND_STMT) {
        sc->kind = SEL_SEND;
        sc->chan = comm->u.send.chan;
        sc->value = comm->u.send.value;
        tc_send_stmt(c, comm);
        sc->elem = (Type *)(EN(comm->u.send.chan)->type ? tc_under(EN(comm->u.send.chan)->type)->elem : NULL);
    } else if (comm->kind == AST_EXPR_STMT && is_recv(comm->u.expr.x)) {
        sc->kind = SEL_RECV;
        sc->recv = unparen(comm->u.expr.x);
        Operand x;
        tc_recv_expr(c, &x, sc->recv);
        if (x.mode != MODE_INVALID) sc->elem = x.type;
    } else if (comm->kind == AST_ASSIGN_STMT && comm->u.assign.rhs.n == 1 && is_recv(comm->u.assign.rhs.v[0]) &&
               (comm->u.assign.tok == TOK_DEFINE || comm->u.assign.tok == TOK_ASSIGN)) {
        sc->kind = SEL_RECV;
        recv_case(c, sc, comm);
    } else {
        tc_errorf(c, comm->pos, "select case must be receive, send or assign recv");
        sc->kind = SEL_DEFAULT;
    }
    if (sc->recv) sc->chan = sc->recv->u.unary.x;
}

// SelectStmt = "select" "{" { CommClause } "}" .
void tc_select_stmt(Checker *c, AstStmt *s) {
    SelectInfo *si = arena_alloc(c->arena, sizeof *si);
    AstStmtList *body = &s->u.select_stmt.body->list;
    SN(s)->op = SOP_SELECT;
    SN(s)->aux = si;
    si->n = body->n;
    si->cases = arena_alloc(c->arena, (size_t)(body->n + 1) * sizeof *si->cases);
    si->ndefault = -1;
    for (int i = 0; i < body->n; i++) {
        AstStmt *cl = body->v[i];
        c->scope = tc_scope_new(c, c->scope, false);
        comm_clause(c, si, cl, i);
        c->switch_depth++;
        tc_stmt_list(c, &cl->u.comm_clause.body);
        c->switch_depth--;
        tc_check_unused(c, c->scope);
        c->scope = c->scope->parent;
    }
}

// breaks_select: l holds a break that leaves select s (an unlabeled one
// not nested in another breakable statement, or one labeled with s).
static bool breaks_select(AstStmtList *l, AstStmt *s, bool nested) {
    for (int i = 0; i < l->n; i++) {
        AstStmt *x = l->v[i];
        switch (x->kind) {
        case AST_BRANCH_STMT:
            if (x->u.branch.tok == TOK_BREAK && ((!x->u.branch.label && !nested) || SN(x)->aux == s)) return true;
            break;
        case AST_BLOCK_STMT:
            if (breaks_select(&x->u.block.block->list, s, nested)) return true;
            break;
        case AST_IF_STMT:
            if (breaks_select(&x->u.if_stmt.body->list, s, nested)) return true;
            if (x->u.if_stmt.else_) {
                AstStmtList one = {.v = &x->u.if_stmt.else_, .n = 1};
                if (breaks_select(&one, s, nested)) return true;
            }
            break;
        case AST_FOR_STMT: if (breaks_select(&x->u.for_stmt.body->list, s, true)) return true; break;
        case AST_RANGE_STMT: if (breaks_select(&x->u.range.body->list, s, true)) return true; break;
        case AST_SWITCH_STMT: case AST_TYPE_SWITCH_STMT: case AST_SELECT_STMT: {
            AstBlock *b = x->kind == AST_SWITCH_STMT ? x->u.switch_stmt.body
                          : x->kind == AST_TYPE_SWITCH_STMT ? x->u.type_switch.body : x->u.select_stmt.body;
            for (int j = 0; j < b->list.n; j++) {
                AstStmt *cl = b->list.v[j];
                AstStmtList *body = cl->kind == AST_COMM_CLAUSE ? &cl->u.comm_clause.body : &cl->u.case_clause.body;
                if (breaks_select(body, s, true)) return true;
            }
            break;
        }
        default: break;
        }
    }
    return false;
}

// tc_select_terminating: spec "Terminating statements" for select: no
// break refers to it and every clause's list ends in a terminating statement.
bool tc_select_terminating(Checker *c, AstStmt *s) {
    AstStmtList *l = &s->u.select_stmt.body->list;
    for (int i = 0; i < l->n; i++) {
        AstStmtList *body = &l->v[i]->u.comm_clause.body;
        if (breaks_select(body, s, false) || !tc_is_terminating_list(c, body)) return false;
    }
    return true;
}
