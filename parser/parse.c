// parse.c - the parser driver: parse_file, the yylex adapter between the
// re2c lexer and the bison grammar, and error reporting.
//
// The adapter copies each token into a ParseTok (names and literal texts
// are NUL-terminated copies in the arena; no malloc per token) and turns
// the '{' that opens an if/for/switch/select body into LBODY, tracking
// paren/bracket/brace nesting as Go 1.4's lexer did ("loophack"): a header
// keyword arms the current nesting level; '(' '[' '{' push the level's flag
// and start a fresh level; the closers restore it; the first '{' at an
// armed level (except after struct/interface) becomes LBODY and disarms it.
//
// Errors follow cmd/compile: at most one syntax error per line, lexical
// errors always; parsing stops once PARSE_MAX_ERRORS have been reported.
#include "parser/parse_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// parse_error reports msg at loc through the caller's callback. Syntax
// errors on a line that already has one are dropped, as cmd/compile does.
void parse_error(Parser *P, ParseLoc loc, const char *msg) {
    if (strncmp(msg, "syntax error", 12) == 0) {
        if (P->last_syntax_line == loc.line)
            return;
        P->last_syntax_line = loc.line;
    }
    if (P->nerrors >= PARSE_MAX_ERRORS)
        return;
    P->nerrors++;
    if (P->err)
        P->err(P->ctx, pos_of(loc), msg);
}

static void lex_error(void *ctx, Pos pos, const char *msg) {
    Parser *P = ctx;
    ParseLoc loc = {pos.line, pos.col};
    parse_error(P, loc, msg);
}

// parse_last_token: the token most recently handed to the grammar.
const ParseTok *parse_last_token(const Parser *P) {
    return &P->last;
}

static void push_level(Parser *P) {
    if (P->nlevels == P->caplevels) {
        P->caplevels = P->caplevels ? P->caplevels * 2 : 64;
        P->levels = realloc(P->levels, (size_t)P->caplevels * sizeof *P->levels);
        if (!P->levels) {
            fputs("fatal error: out of memory\n", stderr);
            abort();
        }
    }
    P->levels[P->nlevels++] = P->hdr;
    P->hdr = false;
}

static void pop_level(Parser *P) {
    if (P->nlevels > 0)
        P->hdr = P->levels[--P->nlevels];
}

// track_nesting updates the header state for token kind and returns the
// kind to hand to the grammar (LBODY for a body's '{').
static int track_nesting(Parser *P, int kind) {
    switch (kind) {
    case TOK_IF:
    case TOK_FOR:
    case TOK_SWITCH:
    case TOK_SELECT:
        P->hdr = true;
        break;
    case TOK_LPAREN:
    case TOK_LBRACK:
        push_level(P);
        break;
    case TOK_LBRACE:
        if (P->hdr && P->prev_kind != TOK_STRUCT && P->prev_kind != TOK_INTERFACE) {
            kind = PARSE_TOK_LBODY;
            P->hdr = false;
        }
        push_level(P);
        break;
    case TOK_RPAREN:
    case TOK_RBRACK:
    case TOK_RBRACE:
        pop_level(P);
        break;
    default:
        break;
    }
    return kind;
}

// parse_lbrace_done: a literal that opened with LBODY has closed, so the
// header it sits in still awaits its body's '{' (go.y's fixlbrace).
void parse_lbrace_done(Parser *P, int lbrace_kind) {
    if (lbrace_kind == PARSE_TOK_LBODY)
        P->hdr = true;
}

// token_text is the text error messages show for t: the name, the literal,
// "newline"/"EOF"/"semicolon" for semicolons, the spelling otherwise.
static const char *token_text(Parser *P, const Token *t) {
    switch (t->kind) {
    case TOK_IDENT:
    case TOK_INT:
    case TOK_FLOAT:
    case TOK_IMAG:
    case TOK_CHAR:
    case TOK_STRING:
        return arena_strndup(P->arena, t->text, t->len);
    case TOK_SEMICOLON:
        if (!t->implicit)
            return "semicolon";
        return t->len == 0 ? "EOF" : "newline";
    default:
        return lex_token_name(t->kind);
    }
}

static bool is_opener(int kind) {
    return kind == TOK_LPAREN || kind == TOK_LBRACK || kind == TOK_LBRACE;
}

static bool is_closer(int kind) {
    return kind == TOK_RPAREN || kind == TOK_RBRACK || kind == TOK_RBRACE;
}

static bool is_decl_keyword(int kind) {
    return kind == TOK_CONST || kind == TOK_TYPE || kind == TOK_VAR || kind == TOK_FUNC || kind == TOK_EOF;
}

// pull_token: the next token from the lexer, or from the token list
// prepared by parse_repl_input (issue 6).
static void pull_token(Parser *P, Token *t) {
    if (!P->replay) {
        lex_next(P->lx, t);
        return;
    }
    *t = P->replay[P->ireplay];
    if (P->ireplay + 1 < P->nreplay)
        P->ireplay++;
}

// skip_to_decl: after "non-declaration statement outside function body"
// Go skips to the next const/type/var/func; bison resynchronises on
// "top_decls error ;", so a synthetic implicit ";" precedes that keyword.
static void skip_to_decl(Parser *P, Token *t) {
    do
        pull_token(P, t);
    while (!is_decl_keyword(t->kind));
    P->skip_to_decl = false;
    P->recovering = false;
    P->queued = *t;
    P->have_queued = true;
    P->nlevels = 0;
    P->hdr = false;
    t->kind = TOK_SEMICOLON;
    t->implicit = true;
    t->text = "\n";
    t->len = 1;
}

// next_token reads the next non-illegal token. While recovering from a
// syntax error, a bracketed group that opens is skipped whole, so bison's
// error recovery (which discards tokens without regard to nesting) resumes
// at a closer or separator of the construct that failed.
static void next_token(Parser *P, Token *t) {
    if (P->have_queued) {
        *t = P->queued;
        P->have_queued = false;
        return;
    }
    if (P->skip_to_decl) {
        skip_to_decl(P, t);
        return;
    }
    for (;;) {
        pull_token(P, t);
        if (t->kind == TOK_ILLEGAL)
            continue;
        if (!P->recovering)
            return;
        if (t->kind == TOK_SEMICOLON || is_closer(t->kind) || t->kind == TOK_EOF || t->kind == TOK_CASE ||
            t->kind == TOK_DEFAULT) {
            P->recovering = false;
            return;
        }
        if (!is_opener(t->kind))
            return;
        for (int depth = 1; depth > 0 && t->kind != TOK_EOF;) {
            pull_token(P, t);
            depth += is_opener(t->kind) - is_closer(t->kind);
        }
        if (t->kind == TOK_EOF)
            return;
    }
}

// yylex is bison's scanner: the next token from the lexer, with LBODY
// substitution. Illegal characters were reported by the lexer and are
// skipped, as Go's scanner does.
int yylex(ParseValue *lval, ParseLoc *lloc, Parser *P) {
    Token t;
    next_token(P, &t);
    ParseTok *pt = &lval->tok;
    memset(pt, 0, sizeof *pt);
    pt->pos.line = t.pos.line;
    pt->pos.col = t.pos.col;
    pt->text = token_text(P, &t);
    pt->len = t.len;
    if (t.kind == TOK_STRING || t.kind == TOK_CHAR) {
        if (t.sval) {
            char *v = arena_alloc(P->arena, t.slen + 1);
            memcpy(v, t.sval, t.slen);
            pt->sval = v;
        }
        pt->slen = t.slen;
        pt->ival = t.ival;
    }
    pt->kind = track_nesting(P, t.kind);
    P->prev_kind = t.kind;
    P->prev = P->last;
    P->last = *pt;
    if (P->pending) {
        parse_error(P, pt->pos, P->pending);
        P->pending = NULL;
    }
    *lloc = pt->pos;
    return pt->kind;
}

// parse_file: see parser.h.
AstFile *parse_file(Arena *arena, const char *filename, const char *src, size_t len,
                    ParseErrorFn err, void *ctx, int *nerrors) {
    Parser P = {0};
    P.arena = arena;
    P.err = err;
    P.ctx = ctx;
    P.file = arena_alloc(arena, sizeof *P.file);
    P.file->filename = filename;
    P.lx = lex_new(src, len, lex_error, &P);
    if (!P.lx) {
        fputs("fatal error: out of memory\n", stderr);
        abort();
    }
    yyparse(&P);
    lex_free(P.lx);
    free(P.levels);
    if (nerrors)
        *nerrors = P.nerrors;
    return P.file;
}
