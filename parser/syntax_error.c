// syntax_error.c - words LR syntax errors as cmd/compile/internal/syntax
// (Go 1.19) does, e.g. "syntax error: unexpected newline in argument list;
// possibly missing comma or )".
//
// Go's parser is recursive descent: when a token cannot continue the
// construct at hand, the innermost enclosing parse function that still
// needs something reports what it wanted. We recover that function from
// the LR parse stack: the innermost unclosed opener ("(", "{", a header
// keyword, a clause's ":", ...) names the construct, the top of the stack
// says whether its current element is complete, and the set of acceptable
// tokens tells an expression position from a type position. Messages that
// Go produces after a successful parse ("cannot use x := 1 as value",
// "missing condition in if statement", ...) come from the constructors.
#include "parser/parse_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Contexts, named after the Go parser function that reports the error.
typedef enum Ctx {
    CTX_TOP,        // fileOrNil: between top-level declarations
    CTX_FUNCDECL,   // funcDeclOrNil
    CTX_DECL,       // a single const/var/type/import spec
    CTX_GROUP,      // appendGroup: "(" specs ")"
    CTX_BLOCK,      // stmtList inside { } or a body
    CTX_CLAUSE,     // stmtList inside a case/default clause
    CTX_LABEL,      // labeledStmtOrNil
    CTX_HEADER,     // header of if/for/switch
    CTX_CASE,       // case list before ":"
    CTX_CASES,      // switch/select body between clauses
    CTX_CALL,       // argList
    CTX_PARAMS,     // paramList
    CTX_PAREN,      // ( expr )
    CTX_INDEX,      // x[ ... ]
    CTX_COMPLIT,    // complitexpr
    CTX_STRUCT,     // structType
    CTX_IFACE,      // interfaceType
    CTX_OTHER,
} Ctx;

typedef struct ErrInfo {
    const char *const *stack;
    int n;               // stack size
    const int *exp;
    int nexp;
    Ctx ctx;
    int at;              // stack index of the context's opener (-1: none)
    const char *kw;      // header/decl keyword symbol name for CTX_HEADER/DECL/GROUP
} ErrInfo;

static bool is(const ErrInfo *e, int i, const char *name) {
    return i >= 0 && i < e->n && strcmp(e->stack[i], name) == 0;
}

static bool expects(const ErrInfo *e, int kind) {
    for (int i = 0; i < e->nexp; i++)
        if (e->exp[i] == kind)
            return true;
    return false;
}

static const char *top(const ErrInfo *e) {
    return e->n > 0 ? e->stack[e->n - 1] : "";
}

static bool top_is(const ErrInfo *e, const char *name) {
    return is(e, e->n - 1, name);
}

// lbrace_ctx classifies the "{" (or lbrace/LBODY) at stack index i.
static Ctx lbrace_ctx(const ErrInfo *e, int i) {
    if (is(e, i - 1, "STRUCT"))
        return CTX_STRUCT;
    if (is(e, i - 1, "INTERFACE"))
        return CTX_IFACE;
    if (is(e, i - 1, "comptype") || is(e, i - 1, "pexpr_np"))
        return CTX_COMPLIT;
    if (is(e, i, "LBRACE") &&
        (is(e, i - 1, "COMMA") || is(e, i - 1, "LBRACE") || is(e, i - 1, "lbrace") || is(e, i - 1, "COLON")))
        return CTX_COMPLIT;  // elided type inside a literal
    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
        if (is(e, j, "SWITCH") || is(e, j, "SELECT"))
            return CTX_CASES;
        if (is(e, j, "IF") || is(e, j, "FOR") || is(e, j, "LBRACE") || is(e, j, "SEMICOLON"))
            break;
    }
    return CTX_BLOCK;
}

static Ctx lparen_ctx(const ErrInfo *e, int i) {
    if (is(e, i - 1, "pexpr") || is(e, i - 1, "convtype"))
        return CTX_CALL;
    if (is(e, i - 1, "FUNC") || is(e, i - 1, "ident") || is(e, i - 1, "params"))
        return CTX_PARAMS;
    if (is(e, i - 1, "IMPORT") || is(e, i - 1, "CONST") || is(e, i - 1, "VAR") || is(e, i - 1, "TYPE"))
        return CTX_GROUP;
    return CTX_PAREN;
}

// find_ctx walks the stack from the top to the innermost open construct.
static void find_ctx(ErrInfo *e) {
    bool closed_header = false;  // a body was passed: the header keyword below is complete
    e->ctx = CTX_OTHER;
    e->at = -1;
    for (int i = e->n - 1; i >= 0; i--) {
        const char *s = e->stack[i];
        Ctx c = CTX_OTHER;
        if (!strcmp(s, "LPAREN"))
            c = lparen_ctx(e, i);
        else if (!strcmp(s, "LBRACK"))
            c = is(e, i - 1, "pexpr") ? CTX_INDEX : CTX_OTHER;
        else if (!strcmp(s, "LBRACE") || !strcmp(s, "LBODY") || !strcmp(s, "lbrace"))
            c = lbrace_ctx(e, i);
        else if (!strcmp(s, "COLON") && (is(e, i - 2, "CASE") || is(e, i - 1, "DEFAULT")))
            c = CTX_CLAUSE;
        else if (!strcmp(s, "COLON") && is(e, i - 1, "ident") && (i == e->n - 1))
            c = CTX_LABEL;
        else if (!strcmp(s, "CASE") || !strcmp(s, "DEFAULT"))
            c = CTX_CASE;
        else if (!strcmp(s, "body") || !strcmp(s, "block"))
            closed_header = true;
        else if ((!strcmp(s, "IF") || !strcmp(s, "FOR") || !strcmp(s, "SWITCH")) && !closed_header)
            c = CTX_HEADER;
        else if (!strcmp(s, "FUNC") && (is(e, i - 1, "top_decls") ))
            c = CTX_FUNCDECL;
        else if (!strcmp(s, "CONST") || !strcmp(s, "VAR") || !strcmp(s, "TYPE") || !strcmp(s, "IMPORT"))
            c = CTX_DECL;
        else if (!strcmp(s, "top_decls") || !strcmp(s, "package_clause"))
            c = CTX_TOP;
        if (c != CTX_OTHER) {
            e->ctx = c;
            e->at = i;
            e->kw = s;
            if (c == CTX_GROUP)
                e->kw = e->stack[i - 1];
            return;
        }
    }
}

// tok_string is how Go's syntaxErrorAt prints the unexpected token.
static const char *tok_string(Parser *P, const ParseTok *t) {
    switch (t->kind) {
    case TOK_EOF: return "EOF";
    case TOK_INT:
    case TOK_FLOAT:
    case TOK_IMAG:
    case TOK_CHAR:
    case TOK_STRING: return arena_printf(P->arena, "literal %s", t->text);
    case PARSE_TOK_LBODY: return "{";
    default: return t->text;
    }
}

// want_string is Go's tokstring for an expected token.
static const char *want_string(int kind) {
    switch (kind) {
    case TOK_COMMA: return "comma";
    case TOK_SEMICOLON: return "semicolon or newline";
    case TOK_IDENT: return "name";
    case PARSE_TOK_LBODY: return "{";
    default: return lex_token_name((TokenKind)kind);
    }
}

// An operand may start here (the parser is at an expression position).
static bool wants_operand(const ErrInfo *e) {
    return expects(e, TOK_INT);
}

// A type may start here but not an expression.
static bool wants_type(const ErrInfo *e) {
    return !expects(e, TOK_INT) && expects(e, TOK_MAP) && expects(e, TOK_IDENT);
}

// The top of the stack opens a new statement (nothing of it parsed yet).
static bool at_stmt_start(const ErrInfo *e) {
    const char *t = top(e);
    return !strcmp(t, "LBRACE") || !strcmp(t, "LBODY") || !strcmp(t, "lbrace") || !strcmp(t, "SEMICOLON") ||
           !strcmp(t, "COLON");
}

// The current element of a list is at its start (after the opener or a separator).
static bool at_elem_start(const ErrInfo *e) {
    return e->at == e->n - 1 || top_is(e, "COMMA") || top_is(e, "SEMICOLON");
}

static const char *header_msg(const ErrInfo *e) {
    int nsemi = 0;
    bool range = false;
    for (int i = e->at + 1; i < e->n; i++) {
        nsemi += is(e, i, "SEMICOLON");
        range |= is(e, i, "RANGE");
    }
    bool is_for = !strcmp(e->kw, "FOR");
    if (range || (is_for && nsemi == 2))
        return ", expecting { after for clause";
    if (is_for && nsemi == 1)
        return ", expecting semicolon or newline";
    if (nsemi == 0)
        return ", expecting {";
    if (!strcmp(e->kw, "IF"))
        return ", expecting { after if clause";
    return NULL;  // switch: plain "missing { after switch clause"
}

static const char *list_msg(Ctx c) {
    switch (c) {
    case CTX_CALL: return " in argument list; possibly missing comma or )";
    case CTX_PARAMS: return " in parameter list; possibly missing comma or )";
    case CTX_COMPLIT: return " in composite literal; possibly missing comma or }";
    case CTX_GROUP: return " in grouped declaration; possibly missing semicolon or newline or )";
    case CTX_STRUCT: return " in struct type; possibly missing semicolon or newline or }";
    case CTX_IFACE: return " in interface type; possibly missing semicolon or newline or }";
    default: return NULL;
    }
}

// is_continuation: a token that would extend the expression just parsed
// (Go's expression parser stops before any other token).
static bool is_continuation(int k) {
    return (k >= TOK_ADD && k <= TOK_AND_NOT) || k == TOK_LAND || k == TOK_LOR || k == TOK_EQL ||
           k == TOK_NEQ || k == TOK_LSS || k == TOK_LEQ || k == TOK_GTR || k == TOK_GEQ || k == TOK_LPAREN ||
           k == TOK_LBRACK || k == TOK_LBRACE || k == TOK_PERIOD;
}

// generic_msg words an error from the expected set alone, ignoring the
// tokens that would only continue the current expression.
static const char *generic_msg(Parser *P, const ErrInfo *e) {
    if (wants_operand(e))
        return ", expecting expression";
    if (wants_type(e))
        return ", expecting type";
    int stripped[64];
    int n = 0;
    for (int i = 0; i < e->nexp && n < 64; i++)
        if (!is_continuation(e->exp[i]) || e->nexp <= 2)
            stripped[n++] = e->exp[i];
    ErrInfo s = *e;
    s.exp = stripped;
    s.nexp = n;
    e = &s;
    if (e->nexp == 2 && expects(e, TOK_IDENT) && expects(e, TOK_LPAREN))
        return ", expecting name or (";
    if (e->nexp == 3 && expects(e, TOK_COMMA) && expects(e, TOK_ASSIGN) && expects(e, TOK_DEFINE))
        return ", expecting := or = or comma";
    if (e->nexp == 1)
        return arena_printf(P->arena, ", expecting %s", want_string(e->exp[0]));
    if (expects(e, TOK_RPAREN) && !expects(e, TOK_RBRACE))
        return ", expecting )";
    if (expects(e, TOK_RBRACK) && !expects(e, TOK_RPAREN))
        return ", expecting ]";
    return "";
}

static const char *stmt_msg(const ErrInfo *e, int tok) {
    if (at_stmt_start(e)) {
        if (e->ctx == CTX_LABEL)
            return NULL;
        return e->ctx == CTX_CLAUSE ? ", expecting case or default or }" : ", expecting }";
    }
    if (expects(e, TOK_SEMICOLON) || expects(e, TOK_RBRACE))
        return " at end of statement";
    return "";
}

// context_msg is the message suffix for e's context ("" to fall back to
// the generic wording); *plain receives a message without "unexpected X".
static const char *context_msg(Parser *P, const ErrInfo *e, int tok, const char **plain) {
    const char *m;
    switch (e->ctx) {
    case CTX_TOP:
        if (top_is(e, "top_decls") || top_is(e, "package_clause")) {
            *plain = tok == TOK_LBRACE && P->last_func_no_body ? "unexpected semicolon or newline before {"
                                                                : "non-declaration statement outside function body";
            P->skip_to_decl = true;
            return NULL;
        }
        return expects(e, TOK_SEMICOLON) ? " after top level declaration" : "";
    case CTX_FUNCDECL:
        if (top_is(e, "FUNC") || top_is(e, "params"))
            return ", expecting name or (";
        return expects(e, TOK_SEMICOLON) && !wants_operand(e) ? " after top level declaration" : "";
    case CTX_DECL:
        if (!strcmp(e->kw, "TYPE") && (top_is(e, "ident") || top_is(e, "ASSIGN")))
            return " in type declaration";
        return expects(e, TOK_SEMICOLON) && !wants_operand(e) ? " after top level declaration" : "";
    case CTX_GROUP:
        if (!strcmp(e->kw, "TYPE") && (top_is(e, "ident") || top_is(e, "ASSIGN")))
            return " in type declaration";
        return at_elem_start(e) || wants_operand(e) ? "" : list_msg(e->ctx);
    case CTX_BLOCK:
    case CTX_CLAUSE:
    case CTX_LABEL:
        return stmt_msg(e, tok);
    case CTX_CASES:
        return ", expecting case or default or }";
    case CTX_HEADER:
        if (top_is(e, e->kw) && tok == TOK_VAR) {
            const char *kw = !strcmp(e->kw, "IF") ? "if" : !strcmp(e->kw, "FOR") ? "for" : "switch";
            // Go reports it after consuming "var": at the next token
            P->pending = arena_printf(P->arena, "syntax error: var declaration not allowed in %s initializer", kw);
            *plain = "";
            return NULL;
        }
        if (wants_operand(e) && !expects(e, PARSE_TOK_LBODY) && !expects(e, TOK_SEMICOLON))
            return "";
        if ((m = header_msg(e)) == NULL)
            *plain = "missing { after switch clause";
        return m;
    case CTX_CASE:
        return expects(e, TOK_COLON) && !wants_operand(e) ? ", expecting :" : "";
    case CTX_CALL:
    case CTX_COMPLIT:
    case CTX_STRUCT:
    case CTX_IFACE:
        return at_elem_start(e) || wants_operand(e) ? "" : list_msg(e->ctx);
    case CTX_PARAMS:
        if (top_is(e, "ELLIPSIS")) {
            *plain = "... is missing type";
            return NULL;
        }
        if (at_elem_start(e))
            return ", expecting )";
        return wants_type(e) || wants_operand(e) ? "" : list_msg(e->ctx);
    case CTX_PAREN:
        return at_elem_start(e) || wants_operand(e) ? "" : ", expecting )";
    case CTX_INDEX:
        if (at_elem_start(e) || wants_operand(e))
            return "";
        for (int i = e->at + 1; i < e->n; i++)
            if (is(e, i, "COLON"))
                return ", expecting ]";
        return ", expecting comma, : or ]";
    default:
        return "";
    }
}

// eof_close: Go's list parsing stops at EOF and wants the closing token.
static const char *eof_close(Ctx c) {
    switch (c) {
    case CTX_CALL:
    case CTX_PARAMS:
    case CTX_GROUP:
    case CTX_PAREN: return ", expecting )";
    case CTX_COMPLIT:
    case CTX_STRUCT:
    case CTX_IFACE:
    case CTX_BLOCK:
    case CTX_CLAUSE:
    case CTX_CASES: return ", expecting }";
    default: return NULL;
    }
}

// three_index reports Go's plain errors for x[i::k] and x[i:j:].
static bool three_index(Parser *P, const ErrInfo *e, const ParseTok *tok) {
    if (e->ctx != CTX_INDEX || !top_is(e, "COLON"))
        return false;
    int colons = 0;
    for (int i = e->at + 1; i < e->n; i++)
        colons += is(e, i, "COLON");
    if (tok->kind == TOK_COLON && colons == 1 && is(e, e->n - 2, "oexpr")) {
        parse_error(P, tok->pos, "middle index required in 3-index slice");
        return true;
    }
    if (tok->kind == TOK_RBRACK && colons == 2) {
        parse_error(P, tok->pos, "final index required in 3-index slice");
        return true;
    }
    return false;
}

// parse_syntax_error: see internal.h.
void parse_syntax_error(Parser *P, const ParseTok *tok, const char *const *stack, int nstack,
                        const int *expected, int nexpected) {
    if (tok->kind == TOK_EOF && P->nerrors > 0)
        return;  // avoid meaningless follow-up errors, as Go does
    if (nstack == 0) {
        parse_error(P, tok->pos, "syntax error: package statement must be first");
        return;
    }
    P->recovering = true;
    // after "func" or "func f" Go wants "(" and accepts "[" (type
    // parameters) only to complain: it says "expecting ("
    if (nexpected == 2 && ((expected[0] == TOK_LPAREN && expected[1] == TOK_LBRACK) ||
                           (expected[0] == TOK_LBRACK && expected[1] == TOK_LPAREN))) {
        static const int lparen[1] = {TOK_LPAREN};
        expected = lparen;
        nexpected = 1;
    }
    ErrInfo e = {stack, nstack, expected, nexpected, CTX_OTHER, -1, ""};
    find_ctx(&e);
#ifdef GOSUB_DEBUG
    if (getenv("GOSUB_PARSE_DEBUG")) {
        fprintf(stderr, "syntax error at %s: ctx %d at %d; stack:", tok->text, (int)e.ctx, e.at);
        for (int i = 0; i < nstack; i++)
            fprintf(stderr, " %s", stack[i]);
        fprintf(stderr, "; expected:");
        for (int i = 0; i < nexpected; i++)
            fprintf(stderr, " %s", want_string(expected[i]));
        fprintf(stderr, "\n");
    }
#endif
    if (three_index(P, &e, tok))
        return;
    const char *plain = NULL;
    const char *suffix = context_msg(P, &e, tok->kind, &plain);
    if (e.ctx == CTX_LABEL && !plain && !suffix) {
        // reported at the ':' (the token before the lookahead)
        parse_error(P, P->prev.pos, "syntax error: missing statement after label");
        return;
    }
    if (top_is(&e, "ELSE"))
        plain = "else must be followed by if or statement block";
    if (tok->kind == TOK_EOF && !plain) {
        const char *close = eof_close(e.ctx);
        if (close)
            suffix = close;
    }
    if (plain && !*plain)
        return;
    if (plain) {
        parse_error(P, tok->pos, arena_printf(P->arena, "syntax error: %s", plain));
        return;
    }
    if (!suffix || !*suffix)
        suffix = generic_msg(P, &e);
    parse_error(P, tok->pos, arena_printf(P->arena, "syntax error: unexpected %s%s", tok_string(P, tok), suffix));
}
