// parser.h - gosub's abstract syntax tree and the parser that builds it.
//
// The tree mirrors go/ast (same node names and field names) so a Go
// programmer recognises it. All nodes live in the Arena passed to
// parse_file and are freed with it. The parser is a pure bison parser
// (grammar.y) that only calls the ast_* constructors in ast.c.
//
// The checker (interp/check/) keeps its annotations of a node (types,
// objects, evaluator ops) in a record of its own placed right after the
// node: every expression, statement and declaration node is allocated
// with AST_*_NOTE bytes of zeroed room behind it (ast_new_*). parser/
// neither knows nor touches that record; the checker reaches it with
// pointer arithmetic (interp/check/internal.h: EN, SN, DN).
#ifndef GOSUB_PARSER_H
#define GOSUB_PARSER_H

#include "../lexer/lexer.h"

// AST_EXPR_NOTE, AST_STMT_NOTE, AST_DECL_NOTE: the room kept after each
// node for the checker's record (sizes checked by the checker).
enum { AST_EXPR_NOTE = 32, AST_STMT_NOTE = 16, AST_DECL_NOTE = 8 };

typedef enum AstExprKind {
#define EXPR(n) AST_##n,
#include "ast_kinds.def"
    AST_EXPR__COUNT
} AstExprKind;

typedef enum AstStmtKind {
#define STMT(n) AST_##n,
#include "ast_kinds.def"
    AST_STMT__COUNT
} AstStmtKind;

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstField AstField;
typedef struct AstDecl AstDecl;
typedef struct AstSpec AstSpec;
typedef struct AstBlock AstBlock;

typedef struct AstExprList { AstExpr **v; int n; } AstExprList;
typedef struct AstStmtList { AstStmt **v; int n; } AstStmtList;
typedef struct AstFieldList {
    Pos opening, closing;    // ( ) or { } positions; zero if absent
    AstField **v;
    int n;
} AstFieldList;
typedef struct AstSpecList { AstSpec **v; int n; } AstSpecList;
typedef struct AstDeclList { AstDecl **v; int n; } AstDeclList;

// A field of a struct type, a parameter or result, or an interface method
// (names.n == 0 for an embedded field / anonymous parameter / embedded
// interface). For interface methods type is a FUNC_TYPE.
struct AstField {
    AstExprList names;       // IDENTs
    AstExpr *type;           // may be an ELLIPSIS for a variadic parameter
    AstExpr *tag;            // BASIC_LIT string or NULL
};

// A block: { stmts }. lbrace/rbrace are the brace positions ("missing
// return" is reported at rbrace).
struct AstBlock {
    Pos lbrace, rbrace;
    AstStmtList list;
};

// Literal kinds of BASIC_LIT, by token.
typedef enum AstLitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } AstLitKind;

struct AstExpr {
    AstExprKind kind;
    Pos pos;                 // position of the node's first token
    union {
        struct { const char *name; } ident;
        struct {
            AstLitKind kind;
            const char *text;     // source text (NUL-terminated)
            const char *sval;     // STRING: decoded bytes (may hold NULs)
            size_t slen;
            int32_t rune;         // CHAR: decoded rune
        } lit;
        struct {
            AstExpr *type;        // NULL when elided inside another literal
            AstExprList elts;     // values or KEY_VALUE_EXPRs
            Pos lbrace, rbrace;
        } composite;
        struct { AstExpr *type; AstBlock *body; } func_lit;  // type: FUNC_TYPE
        struct { AstExpr *x; Pos rparen; } paren;
        struct {
            AstExpr *x, *sel;     // sel: IDENT
            bool implicit;        // the checker's step through an embedded field: not printed
        } selector;
        struct { AstExpr *x; AstExpr *index; Pos lbrack, rbrack; } index;   // also x[T]: one type argument
        struct { AstExpr *x; AstExprList indices; Pos lbrack, rbrack; } index_list;  // x[A, B]: type arguments
        struct {
            AstExpr *x, *low, *high, *max;  // each may be NULL
            bool slice3;
            Pos lbrack, rbrack;
        } slice;
        struct { AstExpr *x; AstExpr *type; Pos lparen; } type_assert;  // type NULL: x.(type)
        struct {
            AstExpr *fun;
            AstExprList args;
            Pos lparen, rparen;
            Pos ellipsis;         // line 0 when there is no "..."
            bool has_ellipsis;
        } call;
        struct { AstExpr *x; } star;
        struct { TokenKind op; AstExpr *x; } unary;          // op: ADD SUB NOT XOR AND ARROW
        struct { AstExpr *x; TokenKind op; Pos op_pos; AstExpr *y; } binary;
        struct { AstExpr *key; AstExpr *value; Pos colon; } key_value;
        struct { AstExpr *elt; } ellipsis;                   // elt NULL in [...]T
        struct { AstExpr *len; AstExpr *elt; } array_type;   // len NULL: slice; ELLIPSIS: [...]T
        struct { AstFieldList fields; } struct_type;
        struct {
            AstFieldList params, results;
            bool has_results_parens;
            AstFieldList tparams;     // a generic function's type parameters (n == 0: none)
        } func_type;
        struct { AstFieldList methods; } interface_type;
        struct { AstExpr *key; AstExpr *value; } map_type;
        struct { int dir; AstExpr *value; } chan_type;       // dir: CHAN_BOTH/SEND/RECV
    } u;
};

enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };

struct AstStmt {
    AstStmtKind kind;
    Pos pos;
    union {
        struct { AstDecl *decl; } decl;                       // GenDecl only
        struct { bool implicit; } empty;
        struct { AstExpr *label; AstStmt *stmt; } labeled;   // label: IDENT
        struct { AstExpr *x; } expr;
        struct { AstExpr *chan; AstExpr *value; Pos arrow; } send;
        struct { AstExpr *x; TokenKind tok; Pos tok_pos; } inc_dec;  // INC or DEC
        struct {
            AstExprList lhs;
            TokenKind tok;        // ASSIGN, DEFINE, or an op-assign (ADD_ASSIGN...)
            Pos tok_pos;
            AstExprList rhs;
        } assign;
        struct { AstExpr *call; } go_stmt, defer_stmt;        // CALL_EXPR (or a bad expr)
        struct { AstExprList results; } return_stmt;
        struct { TokenKind tok; AstExpr *label; } branch;    // BREAK CONTINUE GOTO FALLTHROUGH
        struct { AstBlock *block; } block;
        struct { AstStmt *init; AstExpr *cond; AstBlock *body; AstStmt *else_; } if_stmt;  // else_: IF_STMT or BLOCK_STMT
        struct { AstExprList list; Pos colon; AstStmtList body; bool is_default; } case_clause;
        struct { AstStmt *init; AstExpr *tag; AstBlock *body; } switch_stmt;       // body holds CASE_CLAUSEs
        struct { AstStmt *init; AstStmt *assign; AstBlock *body; } type_switch;    // assign: x := y.(type) or y.(type) as EXPR_STMT
        struct { AstStmt *comm; Pos colon; AstStmtList body; bool is_default; } comm_clause;
        struct { AstBlock *body; } select_stmt;                                    // COMM_CLAUSEs
        struct { AstStmt *init; AstExpr *cond; AstStmt *post; AstBlock *body; } for_stmt;
        struct {
            AstExpr *key, *value;  // may be NULL
            TokenKind tok;         // ILLEGAL (no assignment), ASSIGN or DEFINE
            Pos tok_pos;
            AstExpr *x;
            AstBlock *body;
        } range;
    } u;
};

// Declarations (go/ast GenDecl and FuncDecl) and their specs.
typedef enum AstDeclKind { AST_GEN_DECL, AST_FUNC_DECL, AST_BAD_DECL } AstDeclKind;
typedef enum AstSpecKind { AST_IMPORT_SPEC, AST_VALUE_SPEC, AST_TYPE_SPEC } AstSpecKind;

struct AstSpec {
    AstSpecKind kind;
    Pos pos;
    union {
        struct { AstExpr *name; AstExpr *path; } import;      // name: IDENT or NULL; path: BASIC_LIT
        struct {
            AstExprList names;    // IDENTs
            AstExpr *type;        // may be NULL
            AstExprList values;   // may be empty; for const specs that repeat the
                                  // previous list, the parser leaves it empty and
                                  // sets implicit (the checker re-uses the last list)
            int iota;             // index of the spec within its const group
            bool implicit;
        } value;
        struct {
            AstExpr *name;
            bool assign;          // alias "type A = B"
            AstExpr *type;
            AstFieldList tparams; // a generic type's type parameters (n == 0: none)
        } type_spec;
    } u;
};

struct AstDecl {
    AstDeclKind kind;
    Pos pos;
    union {
        struct { TokenKind tok; AstSpecList specs; Pos lparen, rparen; } gen;  // IMPORT CONST TYPE VAR
        struct {
            AstFieldList recv;    // n == 0: a function, not a method
            AstExpr *name;        // IDENT
            AstExpr *type;        // FUNC_TYPE
            AstBlock *body;       // NULL: no body (external, an error in gosub)
        } func;
    } u;
};

typedef struct AstFile {
    const char *filename;    // as given on the command line; used in messages
    AstExpr *package_name;   // IDENT
    AstDeclList imports;     // GEN_DECLs with tok IMPORT, in order
    AstDeclList decls;       // every other top-level declaration, in order
} AstFile;

// Called for each syntax error: Go's wording, e.g.
// "syntax error: unexpected newline, expected comma or )".
typedef void (*ParseErrorFn)(void *ctx, Pos pos, const char *msg);

// parse_file parses src[0..len) (NUL at src[len]) as one Go source file.
// Nodes are allocated in arena. Every lexical and syntax error is reported
// through err (at most ~10 are useful; the parser recovers at statement
// and declaration boundaries). Returns the file (possibly partial) and sets
// *nerrors to the number of errors reported. Never returns NULL.
AstFile *parse_file(Arena *arena, const char *filename, const char *src,
                    size_t len, ParseErrorFn err, void *ctx, int *nerrors);

// parse_repl_input parses one REPL input: a sequence of top-level
// declarations and/or statements (issue 6). Same contract as parse_file;
// positions count lines from first_line (the session's line number of
// src's first line). Imports go to file->imports and import, type and
// func declarations to file->decls; every other item (statements, var
// and const declarations) is wrapped, in order, in a FUNC_DECL named ""
// whose body holds them, the last of file->decls (absent when there are
// none).
AstFile *parse_repl_input(Arena *arena, const char *filename, const char *src, size_t len, int first_line,
                          ParseErrorFn err, void *ctx, int *nerrors);

// parse_repl_needs_more: true when src is an unfinished REPL input that a
// continuation line may complete: an open bracket, brace or parenthesis,
// an unterminated raw string or comment, or a last token after which Go
// inserts no semicolon ("x :=", "a +").
bool parse_repl_needs_more(const char *src, size_t len);

// ast_expr_string renders e as go/types' ExprString does ("it.Qty * it.Price",
// "Counter{}", "inv[item].Qty", "func(x int) int {…}"), allocated in arena.
const char *ast_expr_string(Arena *arena, const AstExpr *e);

// ast_clone_decl / ast_clone_expr: deep copies (positions kept, checker
// annotations zero) allocated in a, for instantiating generic code
// (ast_clone.c). NULL gives NULL.
AstDecl *ast_clone_decl(Arena *a, const AstDecl *d);
AstExpr *ast_clone_expr(Arena *a, const AstExpr *e);
// ast_copy_expr: a shallow copy of e, its checker record included.
AstExpr *ast_copy_expr(Arena *a, const AstExpr *e);

const char *ast_expr_kind_name(AstExprKind k);
const char *ast_stmt_kind_name(AstStmtKind k);

// Constructors used by the grammar (ast.c). Each allocates in the arena.
AstExpr *ast_new_expr(Arena *a, AstExprKind kind, Pos pos);
AstStmt *ast_new_stmt(Arena *a, AstStmtKind kind, Pos pos);
AstDecl *ast_new_decl(Arena *a, AstDeclKind kind, Pos pos);
AstSpec *ast_new_spec(Arena *a, AstSpecKind kind, Pos pos);
AstField *ast_new_field(Arena *a);
AstBlock *ast_new_block(Arena *a, Pos lbrace);
void ast_expr_push(Arena *a, AstExprList *l, AstExpr *e);
void ast_stmt_push(Arena *a, AstStmtList *l, AstStmt *s);
void ast_field_push(Arena *a, AstFieldList *l, AstField *f);
void ast_spec_push(Arena *a, AstSpecList *l, AstSpec *s);
void ast_decl_push(Arena *a, AstDeclList *l, AstDecl *d);

#endif
