// check_goto.c - goto statements (spec "Goto statements"), checked as Go
// 1.19's syntax package does (cmd/compile/internal/syntax/branches.go): a
// goto may jump to a label of its own block or of an enclosing block of
// the same function, never into a block and never forward over a
// variable declaration of the label's block. A resolved goto gets op
// SOP_GOTO and aux = the LABELED_STMT it jumps to; the evaluator
// (eval/st_basic.c, eval_exec_list) finds that statement in the enclosing statement lists.
#include <string.h>

#include "internal.h"

#define GOTO_MAX_DEPTH 256

// A statement list on the way from the function body to a statement, with
// the index taken in it and the position Go reports as its block's start.
typedef struct GotoStep {
    AstStmtList *list;
    int index;
    Pos start;
} GotoStep;

// The statement lists directly nested in s (bodies of blocks, ifs, loops
// and clauses), with their block start positions; at most 2 plus clauses.
typedef struct ChildLists {
    AstStmtList *v;
    Pos *start;
    int n;
} ChildLists;

static void add_list(Checker *c, ChildLists *cl, AstStmtList *l, Pos start) {
    AstStmtList *v = arena_alloc(c->arena, (size_t)(cl->n + 1) * sizeof *v);
    Pos *st = arena_alloc(c->arena, (size_t)(cl->n + 1) * sizeof *st);
    if (cl->n) {
        memcpy(v, cl->v, (size_t)cl->n * sizeof *v);
        memcpy(st, cl->start, (size_t)cl->n * sizeof *st);
    }
    v[cl->n] = *l;
    st[cl->n] = start;
    cl->v = v;
    cl->start = st;
    cl->n++;
}

static void add_clauses(Checker *c, ChildLists *cl, AstBlock *body) {
    for (int i = 0; body && i < body->list.n; i++) {
        AstStmt *cc = body->list.v[i];
        if (cc->kind == AST_CASE_CLAUSE) add_list(c, cl, &cc->u.case_clause.body, cc->pos);
        else if (cc->kind == AST_COMM_CLAUSE) add_list(c, cl, &cc->u.comm_clause.body, cc->pos);
    }
}

// child_lists: s's nested lists; an else branch is a one-statement block
// starting at the else statement, as in Go.
static ChildLists child_lists(Checker *c, AstStmt *s) {
    ChildLists cl = {0};
    while (s->kind == AST_LABELED_STMT) s = s->u.labeled.stmt;
    switch (s->kind) {
    case AST_BLOCK_STMT: add_list(c, &cl, &s->u.block.block->list, s->u.block.block->lbrace); break;
    case AST_IF_STMT:
        add_list(c, &cl, &s->u.if_stmt.body->list, s->u.if_stmt.body->lbrace);
        if (s->u.if_stmt.else_) {
            AstStmtList one = {&s->u.if_stmt.else_, 1};
            add_list(c, &cl, &one, s->u.if_stmt.else_->pos);
        }
        break;
    case AST_FOR_STMT: add_list(c, &cl, &s->u.for_stmt.body->list, s->u.for_stmt.body->lbrace); break;
    case AST_RANGE_STMT: add_list(c, &cl, &s->u.range.body->list, s->u.range.body->lbrace); break;
    case AST_SWITCH_STMT: add_clauses(c, &cl, s->u.switch_stmt.body); break;
    case AST_TYPE_SWITCH_STMT: add_clauses(c, &cl, s->u.type_switch.body); break;
    case AST_SELECT_STMT: add_clauses(c, &cl, s->u.select_stmt.body); break;
    default: break;
    }
    return cl;
}

static bool list_path(Checker *c, AstStmtList *l, Pos start, AstStmt *target, GotoStep *path, int depth, int *n);

// stmt_path: is target s or inside s? path[0..depth) leads to s.
static bool stmt_path(Checker *c, AstStmt *s, AstStmt *target, GotoStep *path, int depth, int *n) {
    for (AstStmt *t = s;; t = t->u.labeled.stmt) {
        if (t == target) {
            *n = depth;
            return true;
        }
        if (t->kind != AST_LABELED_STMT) break;
    }
    ChildLists cl = child_lists(c, s);
    for (int i = 0; i < cl.n; i++)
        if (list_path(c, &cl.v[i], cl.start[i], target, path, depth, n)) return true;
    return false;
}

static bool list_path(Checker *c, AstStmtList *l, Pos start, AstStmt *target, GotoStep *path, int depth, int *n) {
    if (depth >= GOTO_MAX_DEPTH) return false;
    for (int i = 0; i < l->n; i++) {
        path[depth] = (GotoStep){l, i, start};
        if (stmt_path(c, l->v[i], target, path, depth + 1, n)) return true;
    }
    return false;
}

// find_label: the LABELED_STMT declaring name, with the step of its list.
static AstStmt *find_label(Checker *c, AstStmtList *l, Pos start, const char *name, GotoStep *at) {
    for (int i = 0; i < l->n; i++) {
        for (AstStmt *t = l->v[i]; t->kind == AST_LABELED_STMT; t = t->u.labeled.stmt) {
            if (strcmp(t->u.labeled.label->u.ident.name, name) == 0) {
                *at = (GotoStep){l, i, start};
                return l->v[i];   // for L1: L2: s, jumping to L2 runs the list element L1: L2: s
            }
        }
        ChildLists cl = child_lists(c, l->v[i]);
        for (int j = 0; j < cl.n; j++) {
            AstStmt *r = find_label(c, &cl.v[j], cl.start[j], name, at);
            if (r || at->list) return r;
        }
    }
    return NULL;
}

// var_decl: s declares variables (var or :=); *pos and *names get what
// Go reports.
static bool var_decl(Checker *c, AstStmt *s, Pos *pos, const char **names) {
    while (s->kind == AST_LABELED_STMT) s = s->u.labeled.stmt;
    if (s->kind == AST_ASSIGN_STMT && s->u.assign.tok == TOK_DEFINE) {
        *pos = s->u.assign.tok_pos;
        const char *str = "";
        for (int i = 0; i < s->u.assign.lhs.n; i++)
            str = arena_printf(c->arena, "%s%s%s", str, i ? ", " : "", tc_expr_str(c, s->u.assign.lhs.v[i]));
        *names = str;
        return true;
    }
    if (s->kind != AST_DECL_STMT || s->u.decl.decl->kind != AST_GEN_DECL || s->u.decl.decl->u.gen.tok != TOK_VAR)
        return false;
    AstSpecList *sl = &s->u.decl.decl->u.gen.specs;
    if (sl->n == 0 || sl->v[0]->u.value.names.n == 0) return false;
    AstExpr *name = sl->v[0]->u.value.names.v[0];
    *pos = name->pos;
    *names = name->u.ident.name;
    return true;
}

// go_file: the file name Go prints inside messages ("./x.go": the go
// command hands the compiler ./-relative names).
static const char *go_file(Checker *c) {
    const char *slash = strrchr(c->filename, '/');
    return arena_printf(c->arena, "./%s", slash ? slash + 1 : c->filename);
}

// tc_goto checks the goto statement s of the current function.
void tc_goto(Checker *c, AstStmt *s) {
    const char *name = s->u.branch.label->u.ident.name;
    Pos lpos = s->u.branch.label->pos;
    AstBlock *body = c->fn ? c->fn->body : NULL;
    if (!body) return;
    GotoStep at = {0};
    AstStmt *lstmt = find_label(c, &body->list, body->lbrace, name, &at);
    if (!at.list) {
        tc_errorf(c, lpos, "label %s not defined", name);
        return;
    }
    GotoStep *path = arena_alloc(c->arena, GOTO_MAX_DEPTH * sizeof *path);
    int n = 0;
    if (!list_path(c, &body->list, body->lbrace, s, path, 0, &n)) return;
    int j = n - 1;
    while (j >= 0 && path[j].list->v != at.list->v) j--;
    if (j < 0) {
        tc_errorf(c, lpos, "goto %s jumps into block starting at %s:%d:%d", name, go_file(c), at.start.line,
                  at.start.col);
        return;
    }
    Pos vpos = {0, 0};
    const char *vnames = NULL;
    for (int k = path[j].index + 1; k < at.index; k++) var_decl(c, at.list->v[k], &vpos, &vnames);
    if (vnames) {
        tc_errorf(c, lpos, "goto %s jumps over declaration of %s at %s:%d:%d", name, vnames, go_file(c),
                  vpos.line, vpos.col);
        return;
    }
    SN(s)->op = SOP_GOTO;
    SN(s)->aux = lstmt;
}

static bool uses_label(Checker *c, AstStmtList *l, const char *name) {
    for (int i = 0; i < l->n; i++) {
        AstStmt *s = l->v[i];
        while (s->kind == AST_LABELED_STMT) s = s->u.labeled.stmt;
        if (s->kind == AST_BRANCH_STMT && s->u.branch.tok == TOK_GOTO && s->u.branch.label &&
            strcmp(s->u.branch.label->u.ident.name, name) == 0)
            return true;
        ChildLists cl = child_lists(c, l->v[i]);
        for (int j = 0; j < cl.n; j++)
            if (uses_label(c, &cl.v[j], name)) return true;
    }
    return false;
}

// tc_goto_uses_label: does a goto of the current function name label
// name? (A label used only by gotos is used.)
bool tc_goto_uses_label(Checker *c, const char *name) {
    AstBlock *body = c->fn ? c->fn->body : NULL;
    return body && uses_label(c, &body->list, name);
}
