// tokens.c - token names and classes, generated from tokens.def.
//
// The names are the spellings Go's syntax errors use ("name", "literal",
// "comma", "semicolon", "(", "break", ...). The keyword and literal ranges
// rely on tokens.def grouping them: INT..STRING are the basic literals,
// BREAK..VAR the keywords.
#include "lexer/lexer.h"

static const char *const token_names[TOK__COUNT] = {
#define TOK(name, spelling) [TOK_##name] = spelling,
#include "lexer/tokens.def"
#undef TOK
};

// lex_token_name returns the tokens.def spelling of k (static storage),
// or "?" for a value outside the enumeration.
const char *lex_token_name(TokenKind k) {
    if ((unsigned)k >= TOK__COUNT)
        return "?";
    return token_names[k];
}

// lex_is_keyword: k is one of Go's 25 keywords.
bool lex_is_keyword(TokenKind k) {
    return k >= TOK_BREAK && k <= TOK_VAR;
}

// lex_is_literal: k is a basic literal (INT, FLOAT, IMAG, CHAR, STRING);
// identifiers are not literals.
bool lex_is_literal(TokenKind k) {
    return k >= TOK_INT && k <= TOK_STRING;
}
