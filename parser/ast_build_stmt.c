// ast_build_stmt.c - the constructors grammar actions call for statements
// and declarations (declared in internal.h), including the header checks
// cmd/compile's parser makes while building if/for/switch statements
// ("cannot use x := 1 as value", "missing condition in if statement", ...).
#include "parser/parse_state.h"

#include <string.h>

static AstStmt *new_stmt(Parser *P, AstStmtKind k, Pos pos) {
    return ast_new_stmt(P->arena, k, pos);
}

static ParseLoc loc_of(Pos p) {
    ParseLoc l = {p.line, p.col};
    return l;
}

// ast_mk_expr_stmt: an expression used as a statement.
AstStmt *ast_mk_expr_stmt(Parser *P, AstExpr *x) {
    AstStmt *s = new_stmt(P, AST_EXPR_STMT, x->pos);
    s->u.expr.x = x;
    return s;
}

// ast_mk_send: ch <- value.
AstStmt *ast_mk_send(Parser *P, AstExpr *ch, const ParseTok *arrow, AstExpr *value) {
    AstStmt *s = new_stmt(P, AST_SEND_STMT, ch->pos);
    s->u.send.chan = ch;
    s->u.send.value = value;
    s->u.send.arrow = pos_of(arrow->pos);
    return s;
}

// ast_mk_inc_dec: x++ or x--.
AstStmt *ast_mk_inc_dec(Parser *P, AstExpr *x, const ParseTok *op) {
    AstStmt *s = new_stmt(P, AST_INC_DEC_STMT, x->pos);
    s->u.inc_dec.x = x;
    s->u.inc_dec.tok = (TokenKind)op->kind;
    s->u.inc_dec.tok_pos = pos_of(op->pos);
    return s;
}

// ast_mk_assign: lhs op rhs for =, := and the op= forms.
AstStmt *ast_mk_assign(Parser *P, AstExprList *lhs, const ParseTok *op, AstExprList *rhs) {
    AstStmt *s = new_stmt(P, AST_ASSIGN_STMT, lhs->v[0]->pos);
    s->u.assign.lhs = *lhs;
    s->u.assign.tok = (TokenKind)op->kind;
    s->u.assign.tok_pos = pos_of(op->pos);
    s->u.assign.rhs = *rhs;
    return s;
}

// ast_mk_decl_stmt: a const/var/type declaration inside a function.
AstStmt *ast_mk_decl_stmt(Parser *P, AstDecl *d) {
    AstStmt *s = new_stmt(P, AST_DECL_STMT, d->pos);
    s->u.decl.decl = d;
    return s;
}

// ast_mk_labeled: label: stmt (stmt NULL becomes an implicit empty statement).
AstStmt *ast_mk_labeled(Parser *P, AstExpr *label, AstStmt *stmt, ParseLoc colon) {
    AstStmt *s = new_stmt(P, AST_LABELED_STMT, label->pos);
    s->u.labeled.label = label;
    if (!stmt)
        stmt = ast_mk_empty(P, colon, true);
    s->u.labeled.stmt = stmt;
    return s;
}

// ast_mk_go_defer: go call / defer call. The operand must be a call
// (cmd/compile reports it as a syntax error).
AstStmt *ast_mk_go_defer(Parser *P, const ParseTok *kw, AstExpr *call) {
    bool go = kw->kind == TOK_GO;
    AstStmt *s = new_stmt(P, go ? AST_GO_STMT : AST_DEFER_STMT, pos_of(kw->pos));
    if (go)
        s->u.go_stmt.call = call;
    else
        s->u.defer_stmt.call = call;
    const char *what = go ? "go" : "defer";
    AstExpr *x = call;
    if (x->kind == AST_PAREN_EXPR) {
        while (x->kind == AST_PAREN_EXPR)
            x = x->u.paren.x;
        if (x->kind == AST_CALL_EXPR) {
            parse_error(P, loc_of(call->pos),
                        arena_printf(P->arena, "expression in %s must not be parenthesized", what));
            return s;
        }
    }
    if (x->kind != AST_CALL_EXPR)
        parse_error(P, loc_of(call->pos),
                    arena_printf(P->arena, "expression in %s must be function call", what));
    return s;
}

// ast_mk_return: return [results].
AstStmt *ast_mk_return(Parser *P, ParseLoc pos, AstExprList *results) {
    AstStmt *s = new_stmt(P, AST_RETURN_STMT, pos_of(pos));
    if (results)
        s->u.return_stmt.results = *results;
    return s;
}

// ast_mk_branch: break/continue/goto [label], fallthrough.
AstStmt *ast_mk_branch(Parser *P, const ParseTok *kw, AstExpr *label) {
    AstStmt *s = new_stmt(P, AST_BRANCH_STMT, pos_of(kw->pos));
    s->u.branch.tok = (TokenKind)kw->kind;
    s->u.branch.label = label;
    return s;
}

// ast_mk_block_stmt: a block used as a statement.
AstStmt *ast_mk_block_stmt(Parser *P, AstBlock *b) {
    AstStmt *s = new_stmt(P, AST_BLOCK_STMT, b->lbrace);
    s->u.block.block = b;
    return s;
}

// ast_mk_empty: an empty statement (implicit: from a newline or before "}").
AstStmt *ast_mk_empty(Parser *P, ParseLoc pos, bool implicit) {
    AstStmt *s = new_stmt(P, AST_EMPTY_STMT, pos_of(pos));
    s->u.empty.implicit = implicit;
    return s;
}

// ast_mk_bad_stmt: a placeholder for a statement with a syntax error.
AstStmt *ast_mk_bad_stmt(Parser *P, ParseLoc pos) {
    return new_stmt(P, AST_BAD_STMT, pos_of(pos));
}

static const char *list_string(Parser *P, const AstExprList *l) {
    const char *s = "";
    for (int i = 0; i < l->n; i++)
        s = arena_printf(P->arena, "%s%s%s", s, i ? ", " : "", ast_expr_string(P->arena, l->v[i]));
    return s;
}

// simple_stmt_string renders a simple statement as cmd/compile's
// syntax.String does for the "cannot use ... as value" message.
static const char *simple_stmt_string(Parser *P, const AstStmt *s) {
    Arena *a = P->arena;
    switch (s->kind) {
    case AST_ASSIGN_STMT:
        if (s->u.assign.tok == TOK_ASSIGN)
            return arena_printf(a, "assignment (%s) = (%s)", list_string(P, &s->u.assign.lhs),
                                list_string(P, &s->u.assign.rhs));
        return arena_printf(a, "%s %s %s", list_string(P, &s->u.assign.lhs),
                            lex_token_name(s->u.assign.tok), list_string(P, &s->u.assign.rhs));
    case AST_INC_DEC_STMT:
        return arena_printf(a, "%s%s", ast_expr_string(a, s->u.inc_dec.x),
                            lex_token_name(s->u.inc_dec.tok));
    case AST_SEND_STMT:
        return arena_printf(a, "%s <- %s", ast_expr_string(a, s->u.send.chan),
                            ast_expr_string(a, s->u.send.value));
    default:
        return "statement";
    }
}

// stmt_op_pos is cmd/compile's position of a simple statement: the
// operator for assignments, sends and ++/--.
static Pos stmt_op_pos(const AstStmt *s) {
    switch (s->kind) {
    case AST_ASSIGN_STMT: return s->u.assign.tok_pos;
    case AST_INC_DEC_STMT: return s->u.inc_dec.tok_pos;
    case AST_SEND_STMT: return s->u.send.arrow;
    default: return s->pos;
    }
}

// header_expr unpacks a header's condition statement: an expression
// statement yields its expression; anything else is reported as
// "cannot use ... as value".
static AstExpr *header_expr(Parser *P, AstStmt *s) {
    if (!s || s->kind == AST_BAD_STMT)
        return NULL;
    if (s->kind == AST_EXPR_STMT)
        return s->u.expr.x;
    parse_error(P, loc_of(stmt_op_pos(s)),
                arena_printf(P->arena, "syntax error: cannot use %s as value", simple_stmt_string(P, s)));
    return NULL;
}

// ast_mk_if (IfStmt) checks the header: a missing condition after ";" is
// "unexpected newline, expecting { after if clause" (implicit ";") or
// "missing condition in if statement".
AstStmt *ast_mk_if(Parser *P, ParseLoc pos, AstStmt *init, const ParseTok *semi, AstStmt *cond,
                   AstBlock *body, AstStmt *else_) {
    AstStmt *s = new_stmt(P, AST_IF_STMT, pos_of(pos));
    s->u.if_stmt.init = init;
    s->u.if_stmt.body = body;
    s->u.if_stmt.else_ = else_;
    if (cond) {
        s->u.if_stmt.cond = header_expr(P, cond);
    } else if (semi && strcmp(semi->text, "semicolon") != 0) {
        parse_error(P, semi->pos,
                    arena_printf(P->arena, "syntax error: unexpected %s, expecting { after if clause", semi->text));
    } else {
        parse_error(P, semi ? semi->pos : loc_of(body->lbrace), "syntax error: missing condition in if statement");
    }
    if (!s->u.if_stmt.cond)
        s->u.if_stmt.cond = ast_new_expr(P->arena, AST_BAD_EXPR, semi ? pos_of(semi->pos) : body->lbrace);
    return s;
}

static bool is_type_switch_guard(const AstStmt *s) {
    const AstExpr *x = NULL;
    if (s->kind == AST_EXPR_STMT)
        x = s->u.expr.x;
    else if (s->kind == AST_ASSIGN_STMT && s->u.assign.tok == TOK_DEFINE && s->u.assign.lhs.n == 1 &&
             s->u.assign.rhs.n == 1 && s->u.assign.lhs.v[0]->kind == AST_IDENT)
        x = s->u.assign.rhs.v[0];
    return x && x->kind == AST_TYPE_ASSERT_EXPR && x->u.type_assert.type == NULL;
}

// ast_mk_switch: an expression switch, or a type switch when tag is
// "x := y.(type)" or "y.(type)".
AstStmt *ast_mk_switch(Parser *P, ParseLoc pos, AstStmt *init, AstStmt *tag, AstBlock *body) {
    if (tag && is_type_switch_guard(tag)) {
        AstStmt *s = new_stmt(P, AST_TYPE_SWITCH_STMT, pos_of(pos));
        s->u.type_switch.init = init;
        s->u.type_switch.assign = tag;
        s->u.type_switch.body = body;
        return s;
    }
    AstStmt *s = new_stmt(P, AST_SWITCH_STMT, pos_of(pos));
    s->u.switch_stmt.init = init;
    s->u.switch_stmt.tag = header_expr(P, tag);
    s->u.switch_stmt.body = body;
    return s;
}

// ast_mk_case: case list: body, or default: body (list NULL).
AstStmt *ast_mk_case(Parser *P, ParseLoc pos, AstExprList *list, ParseLoc colon, AstStmtList *body) {
    AstStmt *s = new_stmt(P, AST_CASE_CLAUSE, pos_of(pos));
    if (list)
        s->u.case_clause.list = *list;
    s->u.case_clause.is_default = list == NULL;
    s->u.case_clause.colon = pos_of(colon);
    if (body)
        s->u.case_clause.body = *body;
    return s;
}

// ast_mk_select: select { comm clauses }.
AstStmt *ast_mk_select(Parser *P, ParseLoc pos, AstBlock *body) {
    AstStmt *s = new_stmt(P, AST_SELECT_STMT, pos_of(pos));
    s->u.select_stmt.body = body;
    return s;
}

// ast_mk_comm: case comm: body, or default: body (comm NULL).
AstStmt *ast_mk_comm(Parser *P, ParseLoc pos, AstStmt *comm, ParseLoc colon, AstStmtList *body) {
    AstStmt *s = new_stmt(P, AST_COMM_CLAUSE, pos_of(pos));
    s->u.comm_clause.comm = comm;
    s->u.comm_clause.is_default = comm == NULL;
    s->u.comm_clause.colon = pos_of(colon);
    if (body)
        s->u.comm_clause.body = *body;
    return s;
}

// ast_mk_for: for [init; cond; post] body. cond must be an expression;
// post must not declare.
AstStmt *ast_mk_for(Parser *P, ParseLoc pos, AstStmt *init, AstStmt *cond, AstStmt *post,
                    AstBlock *body) {
    AstStmt *s = new_stmt(P, AST_FOR_STMT, pos_of(pos));
    s->u.for_stmt.init = init;
    s->u.for_stmt.cond = header_expr(P, cond);
    if (post && post->kind == AST_ASSIGN_STMT && post->u.assign.tok == TOK_DEFINE) {
        parse_error(P, loc_of(post->u.assign.tok_pos), "syntax error: cannot declare in post statement of for loop");
    }
    s->u.for_stmt.post = post;
    s->u.for_stmt.body = body;
    return s;
}

// ast_mk_range: for [k[, v] (=|:=)] range x body. tok NULL: no assignment.
AstStmt *ast_mk_range(Parser *P, ParseLoc pos, AstExprList *lhs, const ParseTok *tok, AstExpr *x,
                      AstBlock *body) {
    AstStmt *s = new_stmt(P, AST_RANGE_STMT, pos_of(pos));
    s->u.range.tok = TOK_ILLEGAL;
    if (lhs && tok) {
        s->u.range.key = lhs->n > 0 ? lhs->v[0] : NULL;
        s->u.range.value = lhs->n > 1 ? lhs->v[1] : NULL;
        s->u.range.tok = (TokenKind)tok->kind;
        s->u.range.tok_pos = pos_of(tok->pos);
        if (lhs->n > 2)
            parse_error(P, loc_of(lhs->v[0]->pos),
                        "syntax error: range clause permits at most two iteration variables");
    }
    s->u.range.x = x;
    s->u.range.body = body;
    return s;
}

// ast_mk_stmt_list: a new list holding first (if non-NULL).
AstStmtList *ast_mk_stmt_list(Parser *P, AstStmt *first) {
    AstStmtList *l = arena_alloc(P->arena, sizeof *l);
    if (first)
        ast_stmt_push(P->arena, l, first);
    return l;
}

// ast_mk_stmt_push appends s (if non-NULL) to l and returns l.
AstStmtList *ast_mk_stmt_push(Parser *P, AstStmtList *l, AstStmt *s) {
    if (s)
        ast_stmt_push(P->arena, l, s);
    return l;
}

// ast_mk_block: { list }.
AstBlock *ast_mk_block(Parser *P, ParseLoc lbrace, AstStmtList *list, ParseLoc rbrace) {
    AstBlock *b = ast_new_block(P->arena, pos_of(lbrace));
    b->rbrace = pos_of(rbrace);
    if (list)
        b->list = *list;
    return b;
}

// ---- declarations -------------------------------------------------------

// ast_mk_import_spec: [name] "path".
AstSpec *ast_mk_import_spec(Parser *P, AstExpr *name, AstExpr *path) {
    AstSpec *s = ast_new_spec(P->arena, AST_IMPORT_SPEC, name ? name->pos : path->pos);
    s->u.import.name = name;
    s->u.import.path = path;
    return s;
}

// ast_mk_value_spec: names [type] [= values] of a const or var decl.
AstSpec *ast_mk_value_spec(Parser *P, AstExprList *names, AstExpr *type, AstExprList *values) {
    AstSpec *s = ast_new_spec(P->arena, AST_VALUE_SPEC, names->v[0]->pos);
    s->u.value.names = *names;
    s->u.value.type = type;
    if (values)
        s->u.value.values = *values;
    return s;
}

// ast_mk_type_spec: name type, or name = type (alias).
AstSpec *ast_mk_type_spec(Parser *P, AstExpr *name, bool assign, AstExpr *type) {
    AstSpec *s = ast_new_spec(P->arena, AST_TYPE_SPEC, name->pos);
    s->u.type_spec.name = name;
    s->u.type_spec.assign = assign;
    s->u.type_spec.type = type;
    return s;
}

// ast_mk_generic_type_spec: name[tparams] type.
AstSpec *ast_mk_generic_type_spec(Parser *P, AstExpr *name, AstFieldList *tparams, AstExpr *type) {
    AstSpec *s = ast_mk_type_spec(P, name, false, type);
    s->u.type_spec.tparams = *tparams;
    return s;
}

// ast_mk_spec_list: a new spec list holding first (if non-NULL).
AstSpecList *ast_mk_spec_list(Parser *P, AstSpec *first) {
    AstSpecList *l = arena_alloc(P->arena, sizeof *l);
    if (first)
        ast_spec_push(P->arena, l, first);
    return l;
}

// ast_mk_spec_push appends s to l and returns l.
AstSpecList *ast_mk_spec_push(Parser *P, AstSpecList *l, AstSpec *s) {
    ast_spec_push(P->arena, l, s);
    return l;
}

// ast_mk_gen_decl: import/const/var/type with one spec or a group. For
// const groups each spec records its iota (index in the group) and a spec
// without values is marked implicit (it repeats the previous list).
AstDecl *ast_mk_gen_decl(Parser *P, const ParseTok *kw, AstSpecList *specs, ParseLoc lparen,
                         ParseLoc rparen) {
    AstDecl *d = ast_new_decl(P->arena, AST_GEN_DECL, pos_of(kw->pos));
    d->u.gen.tok = (TokenKind)kw->kind;
    d->u.gen.specs = *specs;
    d->u.gen.lparen = pos_of(lparen);
    d->u.gen.rparen = pos_of(rparen);
    if (kw->kind == TOK_CONST) {
        for (int i = 0; i < specs->n; i++) {
            AstSpec *s = specs->v[i];
            s->u.value.iota = i;
            s->u.value.implicit = s->u.value.values.n == 0;
        }
    }
    return d;
}

// ast_mk_func_decl: func [recv] name signature [body].
AstDecl *ast_mk_func_decl(Parser *P, ParseLoc pos, AstFieldList *recv, AstExpr *name, AstExpr *type,
                          AstBlock *body) {
    AstDecl *d = ast_new_decl(P->arena, AST_FUNC_DECL, pos_of(pos));
    if (recv) {
        d->u.func.recv = *recv;
        int n = 0;
        for (int i = 0; i < recv->n; i++)
            n += recv->v[i]->names.n ? recv->v[i]->names.n : 1;
        if (n != 1)
            parse_error(P, loc_of(name->pos), n == 0 ? "method has no receiver" : "method has multiple receivers");
    }
    d->u.func.name = name;
    d->u.func.type = type;
    d->u.func.body = body;
    return d;
}

// ast_mk_package records the package clause's name.
void ast_mk_package(Parser *P, AstExpr *name) {
    P->file->package_name = name;
}

// ast_mk_file_decl appends a top-level declaration to the file.
void ast_mk_file_decl(Parser *P, AstDecl *d) {
    P->last_func_no_body = d->kind == AST_FUNC_DECL && d->u.func.body == NULL;
    if (d->kind == AST_GEN_DECL && d->u.gen.tok == TOK_IMPORT) {
        if (P->file->decls.n > 0)
            parse_error(P, loc_of(d->pos), "syntax error: non-declaration statement outside function body");
        ast_decl_push(P->arena, &P->file->imports, d);
    }
    else
        ast_decl_push(P->arena, &P->file->decls, d);
}
