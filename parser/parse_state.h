// parse_state.h - the Parser state shared by parse.c (the yylex adapter
// and driver), ast_build.c (constructors) and syntax_error.c (messages).
// Not seen by grammar.c, which only knows Parser as an opaque type.
#ifndef GOSUB_PARSER_PARSE_STATE_H
#define GOSUB_PARSER_PARSE_STATE_H

#include "parser/parser.h"
#include "parser/internal.h"

enum { PARSE_MAX_ERRORS = 10 };

struct Parser {
    Arena *arena;
    Lexer *lx;
    AstFile *file;
    ParseErrorFn err;
    void *ctx;
    int nerrors;              // errors reported (lexical and syntax)
    int32_t last_syntax_line; // Go reports one syntax error per line
    ParseTok last;            // the token yylex returned last (the lookahead)
    ParseTok prev;            // the token before it
    const char *pending;      // an error to report at the next token's position
    bool recovering;          // after a syntax error: skip bracketed groups whole
    bool skip_to_decl;        // after a top-level error: skip to const/type/var/func
    bool have_queued;         // queued: a token to return after a synthetic ";"
    Token queued;
    int prev_kind;            // kind of the token before it
    // Header tracking for LBODY (see grammar.y): hdr is the flag of the
    // current nesting level; levels[] saves the enclosing levels' flags.
    bool hdr;
    bool *levels;
    int nlevels, caplevels;
    bool last_func_no_body;   // the last top-level decl was "func f()" without body
    // parse_repl_input (parser/repl.c, issue 6): tokens handed out instead
    // of lexing, replay[ireplay..nreplay) (the last one is EOF); NULL for
    // parse_file.
    const Token *replay;
    size_t nreplay, ireplay;
};

static inline Pos pos_of(ParseLoc l) {
    Pos p = {l.line, l.col};
    return p;
}

// ast_dump.c: compact S-expressions of the tree (tests, debugging);
// arena-allocated.
char *ast_dump_expr(Arena *a, const AstExpr *e);
char *ast_dump_stmt(Arena *a, const AstStmt *s);
char *ast_dump_decl(Arena *a, const AstDecl *d);
char *ast_dump_file(Arena *a, const AstFile *f);

#endif
