// internal.h - what only parser/ shares: the interface between the bison
// grammar (grammar.y), the yylex adapter (parse.c) and the constructors
// (ast.c, ast_build.c).
//
// Invariant: this header does NOT include lexer.h or parser.h. bison's
// generated token enum (api.token.prefix TOK_) has the same names as
// lexer.h's TokenKind, so grammar.c must never see both. The %token list in
// grammar.y gives every token the number of its TokenKind, so a token
// number crosses the boundary unchanged as an int (see
// parse_bison_tokens and the unit test that compares the two).
// Everything here is opaque or plain data; grammar actions only call the
// constructors declared below.
#ifndef GOSUB_PARSER_INTERNAL_H
#define GOSUB_PARSER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Parser Parser;
typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstField AstField;
typedef struct AstDecl AstDecl;
typedef struct AstSpec AstSpec;
typedef struct AstBlock AstBlock;
typedef struct AstExprList AstExprList;
typedef struct AstStmtList AstStmtList;
typedef struct AstFieldList AstFieldList;
typedef struct AstSpecList AstSpecList;

// The grammar-only token for a '{' that opens the body of an if, for,
// switch or select (Go 1.4 go.y's LBODY). Its number lies above TokenKind.
#define PARSE_TOK_LBODY 200

// A location: bison's YYLTYPE (start of the symbol), same shape as Pos.
typedef struct ParseLoc {
    int32_t line;
    int32_t col;
} ParseLoc;

// A token as the grammar sees it (semantic value of every terminal).
typedef struct ParseTok {
    int kind;              // TokenKind value (or PARSE_TOK_LBODY)
    ParseLoc pos;
    const char *text;      // NUL-terminated copy in the arena for names/literals
    size_t len;
    const char *sval;      // STRING/CHAR decoded value
    size_t slen;
    int32_t ival;
} ParseTok;

// The bison semantic value (api.value.type); <tag>s are member names.
typedef union ParseValue {
    ParseTok tok;
    int ival;
    AstExpr *expr;
    AstExprList *exprs;
    AstStmt *stmt;
    AstStmtList *stmts;
    AstBlock *block;
    AstField *field;
    AstFieldList *fields;
    AstSpec *spec;
    AstSpecList *specs;
    AstDecl *decl;
} ParseValue;

// ---- parse.c: the yylex adapter and error reporting ---------------------
int yylex(ParseValue *lval, ParseLoc *lloc, Parser *P);
int yyparse(Parser *P);
// parse_lbrace_done re-arms the header state after a composite or function
// literal whose '{' was lexed as LBODY closed (go.y's fixlbrace).
void parse_lbrace_done(Parser *P, int lbrace_kind);
// parse_error reports msg ("syntax error: ..." already prefixed) at loc,
// applying Go's one-syntax-error-per-line rule.
void parse_error(Parser *P, ParseLoc loc, const char *msg);
// parse_syntax_error builds Go's message for an LR syntax error.
// stack: the symbol names on the parse stack, bottom first (bison names).
// expected: TokenKind values (or PARSE_TOK_LBODY) acceptable here.
void parse_syntax_error(Parser *P, const ParseTok *tok, const char *const *stack,
                        int nstack, const int *expected, int nexpected);
// The last token the adapter produced (the lookahead at an error).
const ParseTok *parse_last_token(const Parser *P);

// parse_bison_tokens (grammar.y): every token name with its bison number,
// NULL-terminated; the unit test checks them against TokenKind.
extern const struct ParseTokenNumber { const char *name; int value; } parse_bison_tokens[];

// ---- ast_build.c: constructors called by grammar actions ----------------
// Each allocates in the parser's arena. Lists are built by *_list_new /
// *_push (returning the list). Positions are the start of the node.
AstExpr *ast_mk_ident(Parser *P, const ParseTok *t);
AstExpr *ast_mk_lit(Parser *P, const ParseTok *t);
AstExpr *ast_mk_bad(Parser *P, ParseLoc pos);
AstExpr *ast_mk_paren(Parser *P, ParseLoc lparen, AstExpr *x, ParseLoc rparen);
AstExpr *ast_mk_selector(Parser *P, AstExpr *x, AstExpr *sel);
AstExpr *ast_mk_index(Parser *P, AstExpr *x, ParseLoc lbrack, AstExpr *index, ParseLoc rbrack);
// ast_mk_index_list: x[a, b, ...], type arguments (go/ast IndexListExpr).
AstExpr *ast_mk_index_list(Parser *P, AstExpr *x, ParseLoc lbrack, AstExprList *indices, ParseLoc rbrack);
// ast_mk_tparams: a type parameter list "[T any, K comparable]" with its brackets.
AstFieldList *ast_mk_tparams(Parser *P, AstFieldList *list, ParseLoc lbrack, ParseLoc rbrack);
// ast_mk_generic_func_type: func[tparams](params) results of a generic function.
AstExpr *ast_mk_generic_func_type(Parser *P, ParseLoc pos, AstFieldList *tparams, AstFieldList *params,
                                  AstFieldList *results, bool results_parens);
AstExpr *ast_mk_slice(Parser *P, AstExpr *x, ParseLoc lbrack, AstExpr *lo, AstExpr *hi,
                      AstExpr *max, bool slice3, ParseLoc rbrack);
AstExpr *ast_mk_type_assert(Parser *P, AstExpr *x, ParseLoc lparen, AstExpr *type);
AstExpr *ast_mk_call(Parser *P, AstExpr *fun, ParseLoc lparen, AstExprList *args,
                     const ParseTok *ellipsis, ParseLoc rparen);
AstExpr *ast_mk_composite(Parser *P, AstExpr *type, ParseLoc lbrace, AstExprList *elts,
                          ParseLoc rbrace);
AstExpr *ast_mk_key_value(Parser *P, AstExpr *key, ParseLoc colon, AstExpr *value);
AstExpr *ast_mk_func_lit(Parser *P, AstExpr *type, AstBlock *body);
AstExpr *ast_mk_unary(Parser *P, const ParseTok *op, AstExpr *x);
AstExpr *ast_mk_binary(Parser *P, AstExpr *x, const ParseTok *op, AstExpr *y);
AstExpr *ast_mk_array_type(Parser *P, ParseLoc lbrack, AstExpr *len, AstExpr *elt);
AstExpr *ast_mk_ellipsis(Parser *P, ParseLoc pos, AstExpr *elt);
AstExpr *ast_mk_struct_type(Parser *P, ParseLoc pos, AstFieldList *fields,
                            ParseLoc lbrace, ParseLoc rbrace);
AstExpr *ast_mk_interface_type(Parser *P, ParseLoc pos, AstFieldList *methods,
                               ParseLoc lbrace, ParseLoc rbrace);
AstExpr *ast_mk_func_type(Parser *P, ParseLoc pos, AstFieldList *params, AstFieldList *results,
                          bool results_parens);
AstExpr *ast_mk_map_type(Parser *P, ParseLoc pos, AstExpr *key, AstExpr *value);
AstExpr *ast_mk_chan_type(Parser *P, ParseLoc pos, int dir, AstExpr *value);

AstExprList *ast_mk_expr_list(Parser *P, AstExpr *first);  // first may be NULL
AstExprList *ast_mk_expr_push(Parser *P, AstExprList *l, AstExpr *e);
// ast_mk_expr_unshift: a new list of e followed by l's elements.
AstExprList *ast_mk_expr_unshift(Parser *P, AstExprList *l, AstExpr *e);

// Fields: struct fields, interface methods and parameter items.
AstField *ast_mk_field(Parser *P, AstExprList *names, AstExpr *type, AstExpr *tag);
AstFieldList *ast_mk_field_list(Parser *P, AstField *first);  // first may be NULL
AstFieldList *ast_mk_field_push(Parser *P, AstFieldList *l, AstField *f);
// ast_mk_params groups a parenthesized list of "[name] type" items the way
// go/parser does: either every item is a type, or every item is named and
// consecutive names share the next type. Reports Go's error if mixed.
AstFieldList *ast_mk_params(Parser *P, AstFieldList *items, ParseLoc open, ParseLoc close);

// ---- statements (ast_build.c) -------------------------------------------
AstStmt *ast_mk_expr_stmt(Parser *P, AstExpr *x);
AstStmt *ast_mk_send(Parser *P, AstExpr *ch, const ParseTok *arrow, AstExpr *value);
AstStmt *ast_mk_inc_dec(Parser *P, AstExpr *x, const ParseTok *op);
AstStmt *ast_mk_assign(Parser *P, AstExprList *lhs, const ParseTok *op, AstExprList *rhs);
AstStmt *ast_mk_decl_stmt(Parser *P, AstDecl *d);
AstStmt *ast_mk_labeled(Parser *P, AstExpr *label, AstStmt *stmt, ParseLoc colon);
AstStmt *ast_mk_go_defer(Parser *P, const ParseTok *kw, AstExpr *call);
AstStmt *ast_mk_return(Parser *P, ParseLoc pos, AstExprList *results);
AstStmt *ast_mk_branch(Parser *P, const ParseTok *kw, AstExpr *label);
AstStmt *ast_mk_block_stmt(Parser *P, AstBlock *b);
AstStmt *ast_mk_empty(Parser *P, ParseLoc pos, bool implicit);
AstStmt *ast_mk_bad_stmt(Parser *P, ParseLoc pos);
// ast_mk_if: semi is the ";" between init and cond (NULL without one).
AstStmt *ast_mk_if(Parser *P, ParseLoc pos, AstStmt *init, const ParseTok *semi, AstStmt *cond,
                   AstBlock *body, AstStmt *else_);
AstStmt *ast_mk_switch(Parser *P, ParseLoc pos, AstStmt *init, AstStmt *tag, AstBlock *body);
AstStmt *ast_mk_case(Parser *P, ParseLoc pos, AstExprList *list, ParseLoc colon,
                     AstStmtList *body);
AstStmt *ast_mk_select(Parser *P, ParseLoc pos, AstBlock *body);
AstStmt *ast_mk_comm(Parser *P, ParseLoc pos, AstStmt *comm, ParseLoc colon, AstStmtList *body);
AstStmt *ast_mk_for(Parser *P, ParseLoc pos, AstStmt *init, AstStmt *cond, AstStmt *post,
                    AstBlock *body);
AstStmt *ast_mk_range(Parser *P, ParseLoc pos, AstExprList *lhs, const ParseTok *tok,
                      AstExpr *x, AstBlock *body);
AstStmtList *ast_mk_stmt_list(Parser *P, AstStmt *first);  // first may be NULL (skipped)
AstStmtList *ast_mk_stmt_push(Parser *P, AstStmtList *l, AstStmt *s);  // NULL s skipped
AstBlock *ast_mk_block(Parser *P, ParseLoc lbrace, AstStmtList *list, ParseLoc rbrace);

// ---- declarations (ast_build.c) -----------------------------------------
AstSpec *ast_mk_import_spec(Parser *P, AstExpr *name, AstExpr *path);
AstSpec *ast_mk_value_spec(Parser *P, AstExprList *names, AstExpr *type, AstExprList *values);
AstSpec *ast_mk_type_spec(Parser *P, AstExpr *name, bool assign, AstExpr *type);
// ast_mk_generic_type_spec: name[tparams] type.
AstSpec *ast_mk_generic_type_spec(Parser *P, AstExpr *name, AstFieldList *tparams, AstExpr *type);
AstSpecList *ast_mk_spec_list(Parser *P, AstSpec *first);  // sets iota = index
AstSpecList *ast_mk_spec_push(Parser *P, AstSpecList *l, AstSpec *s);
AstDecl *ast_mk_gen_decl(Parser *P, const ParseTok *kw, AstSpecList *specs, ParseLoc lparen,
                         ParseLoc rparen);
AstDecl *ast_mk_func_decl(Parser *P, ParseLoc pos, AstFieldList *recv, AstExpr *name,
                          AstExpr *type, AstBlock *body);
void ast_mk_package(Parser *P, AstExpr *name);
void ast_mk_file_decl(Parser *P, AstDecl *d);  // appends to imports or decls

#endif
