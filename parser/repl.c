// repl.c - the parser's entry points for the REPL (issue 6):
// parse_repl_input parses one input made of top-level declarations and
// statements; parse_repl_needs_more tells a finished input from one that
// awaits continuation lines.
//
// parse_repl_input lexes the whole input first and splits it into items
// at the semicolons outside brackets. Items opening with import, type,
// "func name" or "func (recv) name(" are declarations; every other item is
// a statement. The grammar is then handed the token sequence of a file,
//     package main; <imports> <declarations> func ""() { <statements> };
// by replaying the lexed tokens (Parser.replay) with their own positions,
// so messages point into the input; a synthetic token takes the position
// of the token it precedes. The lexer stays alive until the parse is over
// (token texts and decoded literals live in its buffers).
#include "parser/parse_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct TokVec {
    Token *v;
    size_t n, cap;
} TokVec;

static void push_tok(TokVec *tv, Token t) {
    if (tv->n == tv->cap) {
        tv->cap = tv->cap ? tv->cap * 2 : 64;
        tv->v = realloc(tv->v, tv->cap * sizeof *tv->v);
        if (!tv->v) {
            fputs("fatal error: out of memory\n", stderr);
            abort();
        }
    }
    tv->v[tv->n++] = t;
}

// LexCtx forwards lexical errors with session line numbers.
typedef struct LexCtx {
    ParseErrorFn err;
    void *ctx;
    int line_offset;
    int nerrors;
    bool unterminated;        // a raw string or comment runs to the end
} LexCtx;

static void repl_lex_error(void *ctx, Pos pos, const char *msg) {
    LexCtx *lc = ctx;
    if (strstr(msg, "not terminated"))
        lc->unterminated = true;
    pos.line += lc->line_offset;
    lc->nerrors++;
    if (lc->err)
        lc->err(lc->ctx, pos, msg);
}

static Token synth(TokenKind kind, const char *text, Pos pos) {
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = kind;
    t.pos = pos;
    t.text = text;
    t.len = strlen(text);
    t.implicit = kind == TOK_SEMICOLON;
    return t;
}

static bool opens(TokenKind k) {
    return k == TOK_LPAREN || k == TOK_LBRACK || k == TOK_LBRACE;
}

static bool closes(TokenKind k) {
    return k == TOK_RPAREN || k == TOK_RBRACK || k == TOK_RBRACE;
}

// item_end: the index just past the item starting at i (its semicolon
// at bracket depth 0 included).
static size_t item_end(const TokVec *tv, size_t i) {
    int depth = 0;
    for (; i < tv->n && tv->v[i].kind != TOK_EOF; i++) {
        TokenKind k = tv->v[i].kind;
        if (opens(k))
            depth++;
        else if (closes(k) && depth > 0)
            depth--;
        else if (k == TOK_SEMICOLON && depth == 0)
            return i + 1;
    }
    return i;
}

typedef enum ItemKind { ITEM_EMPTY, ITEM_IMPORT, ITEM_DECL, ITEM_STMT } ItemKind;

// classify: what the item tokens[i..end) is.
static ItemKind classify(const TokVec *tv, size_t i, size_t end) {
    const Token *t = tv->v;
    if (i >= end || t[i].kind == TOK_SEMICOLON)
        return ITEM_EMPTY;
    if (t[i].kind == TOK_PACKAGE)   // a pasted package clause
        return ITEM_EMPTY;
    if (t[i].kind == TOK_IMPORT)
        return ITEM_IMPORT;
    if (t[i].kind == TOK_TYPE)
        return ITEM_DECL;
    if (t[i].kind != TOK_FUNC || i + 1 >= end)
        return ITEM_STMT;
    if (t[i + 1].kind == TOK_IDENT)
        return ITEM_DECL;
    if (t[i + 1].kind != TOK_LPAREN)
        return ITEM_STMT;
    // "func (" opens a method's receiver or a function literal's
    // parameters: a method has "name (" after the closing parenthesis.
    int depth = 0;
    for (size_t j = i + 1; j < end; j++) {
        if (opens(t[j].kind))
            depth++;
        else if (closes(t[j].kind) && --depth == 0)
            return j + 2 < end && t[j + 1].kind == TOK_IDENT && t[j + 2].kind == TOK_LPAREN ? ITEM_DECL
                                                                                            : ITEM_STMT;
    }
    return ITEM_STMT;
}

// append_items copies the items of kind want from all to out (each ends
// with a semicolon); returns how many there were.
static int append_items(TokVec *out, const TokVec *all, ItemKind want) {
    int n = 0;
    for (size_t i = 0; i < all->n && all->v[i].kind != TOK_EOF;) {
        size_t end = item_end(all, i);
        if (classify(all, i, end) == want) {
            for (size_t j = i; j < end; j++)
                push_tok(out, all->v[j]);
            if (all->v[end - 1].kind != TOK_SEMICOLON)
                push_tok(out, synth(TOK_SEMICOLON, "\n", all->v[end - 1].pos));
            n++;
        }
        i = end > i ? end : i + 1;
    }
    return n;
}

// first_of: the position of the first token of an item of kind want.
static Pos first_of(const TokVec *all, ItemKind want, Pos dflt) {
    for (size_t i = 0; i < all->n && all->v[i].kind != TOK_EOF;) {
        size_t end = item_end(all, i);
        if (classify(all, i, end) == want)
            return all->v[i].pos;
        i = end > i ? end : i + 1;
    }
    return dflt;
}

// build_tokens: the file-shaped token sequence for the input's tokens.
static void build_tokens(TokVec *out, const TokVec *all, int first_line) {
    Pos start = all->n ? all->v[0].pos : (Pos){first_line, 1};
    Pos end = all->n ? all->v[all->n - 1].pos : start;
    push_tok(out, synth(TOK_PACKAGE, "package", start));
    push_tok(out, synth(TOK_IDENT, "main", start));
    push_tok(out, synth(TOK_SEMICOLON, "\n", start));
    append_items(out, all, ITEM_IMPORT);
    append_items(out, all, ITEM_DECL);
    Pos body = first_of(all, ITEM_STMT, start);
    size_t mark = out->n;
    push_tok(out, synth(TOK_FUNC, "func", body));
    push_tok(out, synth(TOK_IDENT, "", body));
    push_tok(out, synth(TOK_LPAREN, "(", body));
    push_tok(out, synth(TOK_RPAREN, ")", body));
    push_tok(out, synth(TOK_LBRACE, "{", body));
    if (append_items(out, all, ITEM_STMT) > 0) {
        push_tok(out, synth(TOK_RBRACE, "}", end));
        push_tok(out, synth(TOK_SEMICOLON, "\n", end));
    } else {
        out->n = mark;
    }
    Token eof = synth(TOK_EOF, "", end);
    eof.implicit = false;
    push_tok(out, eof);
}

// lex_all lexes src into all (EOF last), with session line numbers.
static Lexer *lex_all(TokVec *all, const char *src, size_t len, LexCtx *lc) {
    Lexer *lx = lex_new(src, len, repl_lex_error, lc);
    if (!lx) {
        fputs("fatal error: out of memory\n", stderr);
        abort();
    }
    for (;;) {
        Token t;
        lex_next(lx, &t);
        t.pos.line += lc->line_offset;
        push_tok(all, t);
        if (t.kind == TOK_EOF)
            break;
    }
    return lx;
}

// parse_repl_input: see parser.h.
AstFile *parse_repl_input(Arena *arena, const char *filename, const char *src, size_t len, int first_line,
                          ParseErrorFn err, void *ctx, int *nerrors) {
    LexCtx lc = {.err = err, .ctx = ctx, .line_offset = first_line - 1};
    TokVec all = {0}, toks = {0};
    Lexer *lx = lex_all(&all, src, len, &lc);
    build_tokens(&toks, &all, first_line);
    Parser P = {0};
    P.arena = arena;
    P.err = err;
    P.ctx = ctx;
    P.nerrors = lc.nerrors;
    P.file = arena_alloc(arena, sizeof *P.file);
    P.file->filename = filename;
    P.lx = lx;
    P.replay = toks.v;
    P.nreplay = toks.n;
    yyparse(&P);
    lex_free(lx);
    free(P.levels);
    free(all.v);
    free(toks.v);
    if (nerrors)
        *nerrors = P.nerrors;
    return P.file;
}

// parse_repl_needs_more: see parser.h.
bool parse_repl_needs_more(const char *src, size_t len) {
    LexCtx lc = {0};
    Lexer *lx = lex_new(src, len, repl_lex_error, &lc);
    if (!lx)
        return false;
    int depth = 0;
    TokenKind last = TOK_SEMICOLON;
    for (;;) {
        Token t;
        lex_next(lx, &t);
        if (t.kind == TOK_EOF)
            break;
        if (opens(t.kind))
            depth++;
        else if (closes(t.kind) && depth > 0)
            depth--;
        if (t.kind != TOK_ILLEGAL)
            last = t.kind;
    }
    lex_free(lx);
    return lc.unterminated || depth > 0 || last != TOK_SEMICOLON;
}
