// test_lexer.c - unit tests for lexer/ (scanner, token table, arena).
//
// Each test lexes a small source and checks the token sequence (as a
// compact summary string), positions, decoded values, or the errors
// reported ("L:C: msg" lines). Expected error texts and positions were
// checked against Go 1.19's compiler (go run / the syntax scanner).
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"

enum { MAX_TOKS = 128 };

typedef struct Lexed {
    Lexer *lx;               // kept alive: sval lives in its arena
    Token toks[MAX_TOKS];    // up to and including TOK_EOF
    int n;
    char errs[2048];         // "L:C: msg\n" per error
    char summary[2048];
} Lexed;

static void collect_error(void *ctx, Pos pos, const char *msg) {
    Lexed *l = ctx;
    size_t used = strlen(l->errs);
    snprintf(l->errs + used, sizeof l->errs - used, "%d:%d: %s\n",
             (int)pos.line, (int)pos.col, msg);
}

// summarize renders tokens before EOF as space-separated words: the token
// text, "NL" for an implicit newline semicolon, "EOFSEMI" for one at EOF.
static void summarize(Lexed *l) {
    char *s = l->summary;
    size_t cap = sizeof l->summary, used = 0;
    s[0] = '\0';
    for (int i = 0; i < l->n && l->toks[i].kind != TOK_EOF; i++) {
        const Token *t = &l->toks[i];
        int w;
        const char *sep = used > 0 ? " " : "";
        if (t->kind == TOK_SEMICOLON && t->implicit)
            w = snprintf(s + used, cap - used, "%s%s", sep,
                         strcmp(t->text, "EOF") == 0 ? "EOFSEMI" : "NL");
        else
            w = snprintf(s + used, cap - used, "%s%.*s", sep, (int)t->len,
                         t->text);
        used += (size_t)w;
    }
}

static Lexed *lex_src(const char *src) {
    Lexed *l = calloc(1, sizeof *l);
    l->lx = lex_new(src, strlen(src), collect_error, l);
    do {
        lex_next(l->lx, &l->toks[l->n]);
    } while (l->toks[l->n++].kind != TOK_EOF && l->n < MAX_TOKS);
    summarize(l);
    return l;
}

static void lexed_free(Lexed *l) {
    lex_free(l->lx);
    free(l);
}

// expect_summary lexes src and checks the summary and that no error came.
static void expect_summary(const char *src, const char *want) {
    Lexed *l = lex_src(src);
    ck_assert_str_eq(l->summary, want);
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}

// expect_errors lexes src and checks the exact error report.
static void expect_errors(const char *src, const char *want) {
    Lexed *l = lex_src(src);
    ck_assert_str_eq(l->errs, want);
    lexed_free(l);
}

// first_token lexes src and returns its first token (l stays alive).
static const Token *first_token(Lexed **lp, const char *src) {
    *lp = lex_src(src);
    return &(*lp)->toks[0];
}

static void expect_kind(const char *src, TokenKind kind) {
    Lexed *l;
    const Token *t = first_token(&l, src);
    ck_assert_msg(t->kind == kind, "%s: got %s", src, lex_token_name(t->kind));
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}

static void expect_string(const char *src, const char *val, size_t len) {
    Lexed *l;
    const Token *t = first_token(&l, src);
    ck_assert_int_eq(t->kind, TOK_STRING);
    ck_assert_uint_eq(t->slen, len);
    ck_assert_mem_eq(t->sval, val, len);
    ck_assert_int_eq(t->sval[len], '\0');
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}

static void expect_rune(const char *src, int32_t r) {
    Lexed *l;
    const Token *t = first_token(&l, src);
    ck_assert_int_eq(t->kind, TOK_CHAR);
    ck_assert_int_eq(t->ival, r);
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}

static void expect_pos(const Token *t, int line, int col) {
    ck_assert_int_eq(t->pos.line, line);
    ck_assert_int_eq(t->pos.col, col);
}

// ---- automatic semicolons ---------------------------------------------------

START_TEST(semi_after_ident) { expect_summary("x\ny\n", "x NL y NL"); }
END_TEST
START_TEST(semi_after_literals) {
    expect_summary("1\n1.5\n2i\n'a'\n\"s\"\n`r`\n",
                   "1 NL 1.5 NL 2i NL 'a' NL \"s\" NL `r` NL");
}
END_TEST
START_TEST(semi_after_branch_keywords) {
    expect_summary("return\nbreak\ncontinue\nfallthrough\n",
                   "return NL break NL continue NL fallthrough NL");
}
END_TEST
START_TEST(semi_after_incdec) { expect_summary("x++\ny--\n", "x ++ NL y -- NL"); }
END_TEST
START_TEST(semi_after_closers) {
    expect_summary("f()\na[1]\n}\n", "f ( ) NL a [ 1 ] NL } NL");
}
END_TEST
START_TEST(no_semi_after_operators) {
    expect_summary("a +\nb ,\nc =\nd :=\ne &&\nf .\ng",
                   "a + b , c = d := e && f . g EOFSEMI");
}
END_TEST
START_TEST(no_semi_after_openers) {
    expect_summary("{\n(\n[\n", "{ ( [");
}
END_TEST
START_TEST(no_semi_after_other_keywords) {
    expect_summary("func\nif\nelse\ngoto\ntype\nvar\n",
                   "func if else goto type var");
}
END_TEST
START_TEST(semi_at_eof_without_newline) {
    Lexed *l = lex_src("x");
    ck_assert_str_eq(l->summary, "x EOFSEMI");
    const Token *s = &l->toks[1];
    ck_assert(s->implicit);
    ck_assert_str_eq(s->text, "EOF");
    ck_assert_uint_eq(s->len, 0);
    expect_pos(s, 1, 2);
    ck_assert_int_eq(l->toks[2].kind, TOK_EOF);
    lexed_free(l);
}
END_TEST
START_TEST(no_semi_at_eof_after_newline) { expect_summary("x\n", "x NL"); }
END_TEST
START_TEST(semi_newline_token_text_and_pos) {
    Lexed *l = lex_src("ab  \ncd");
    const Token *s = &l->toks[1];
    ck_assert_int_eq(s->kind, TOK_SEMICOLON);
    ck_assert(s->implicit);
    ck_assert_uint_eq(s->len, 1);
    ck_assert_int_eq(s->text[0], '\n');
    expect_pos(s, 1, 5);
    expect_pos(&l->toks[2], 2, 1);
    lexed_free(l);
}
END_TEST
START_TEST(explicit_semicolon) {
    Lexed *l = lex_src("a; b");
    ck_assert_int_eq(l->toks[1].kind, TOK_SEMICOLON);
    ck_assert(!l->toks[1].implicit);
    ck_assert_str_eq(l->summary, "a ; b EOFSEMI");
    lexed_free(l);
}
END_TEST
START_TEST(blank_lines_give_one_semi) { expect_summary("x\n\n\n  \ny", "x NL y EOFSEMI"); }
END_TEST
START_TEST(crlf_lines) { expect_summary("x\r\ny\r\n", "x NL y NL"); }
END_TEST
START_TEST(line_comment_keeps_newline) {
    Lexed *l = lex_src("x // note\ny");
    ck_assert_str_eq(l->summary, "x NL y EOFSEMI");
    expect_pos(&l->toks[1], 1, 10);
    lexed_free(l);
}
END_TEST
START_TEST(line_comment_at_eof) { expect_summary("x // note", "x EOFSEMI"); }
END_TEST
START_TEST(line_comment_after_operator) { expect_summary("x + // c\ny", "x + y EOFSEMI"); }
END_TEST
START_TEST(block_comment_one_line) { expect_summary("x /* c */ y", "x y EOFSEMI"); }
END_TEST
START_TEST(block_comment_with_newline_is_newline) {
    Lexed *l = lex_src("x /* a\nb */ y");
    ck_assert_str_eq(l->summary, "x NL y EOFSEMI");
    const Token *s = &l->toks[1];
    ck_assert(s->implicit);
    ck_assert_int_eq(s->text[0], '\n');
    expect_pos(s, 1, 3);
    expect_pos(&l->toks[2], 2, 6);
    lexed_free(l);
}
END_TEST
START_TEST(block_comment_newline_after_operator) { expect_summary("x + /* a\n */ y", "x + y EOFSEMI"); }
END_TEST
START_TEST(block_comment_then_newline) { expect_summary("x /* c */\ny", "x NL y EOFSEMI"); }
END_TEST
START_TEST(eof_repeats) {
    Lexed *l = lex_src("");
    ck_assert_int_eq(l->toks[0].kind, TOK_EOF);
    Token t;
    lex_next(l->lx, &t);
    ck_assert_int_eq(t.kind, TOK_EOF);
    lex_next(l->lx, &t);
    ck_assert_int_eq(t.kind, TOK_EOF);
    lexed_free(l);
}
END_TEST

// ---- operators and keywords -------------------------------------------------

static const struct { const char *src; TokenKind kind; } ops[] = {
    {"+", TOK_ADD}, {"-", TOK_SUB}, {"*", TOK_MUL}, {"/", TOK_QUO},
    {"%", TOK_REM}, {"&", TOK_AND}, {"|", TOK_OR}, {"^", TOK_XOR},
    {"<<", TOK_SHL}, {">>", TOK_SHR}, {"&^", TOK_AND_NOT},
    {"+=", TOK_ADD_ASSIGN}, {"-=", TOK_SUB_ASSIGN}, {"*=", TOK_MUL_ASSIGN},
    {"/=", TOK_QUO_ASSIGN}, {"%=", TOK_REM_ASSIGN}, {"&=", TOK_AND_ASSIGN},
    {"|=", TOK_OR_ASSIGN}, {"^=", TOK_XOR_ASSIGN}, {"<<=", TOK_SHL_ASSIGN},
    {">>=", TOK_SHR_ASSIGN}, {"&^=", TOK_AND_NOT_ASSIGN}, {"&&", TOK_LAND},
    {"||", TOK_LOR}, {"<-", TOK_ARROW}, {"++", TOK_INC}, {"--", TOK_DEC},
    {"==", TOK_EQL}, {"<", TOK_LSS}, {">", TOK_GTR}, {"=", TOK_ASSIGN},
    {"!", TOK_NOT}, {"~", TOK_TILDE}, {"!=", TOK_NEQ}, {"<=", TOK_LEQ},
    {">=", TOK_GEQ}, {":=", TOK_DEFINE}, {"...", TOK_ELLIPSIS},
    {"(", TOK_LPAREN}, {"[", TOK_LBRACK}, {"{", TOK_LBRACE},
    {",", TOK_COMMA}, {".", TOK_PERIOD}, {")", TOK_RPAREN},
    {"]", TOK_RBRACK}, {"}", TOK_RBRACE}, {";", TOK_SEMICOLON},
    {":", TOK_COLON},
};

START_TEST(each_operator) {
    Lexed *l;
    const Token *t = first_token(&l, ops[_i].src);
    ck_assert_msg(t->kind == ops[_i].kind, "%s", ops[_i].src);
    ck_assert_uint_eq(t->len, strlen(ops[_i].src));
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}
END_TEST
START_TEST(longest_match) {
    expect_summary("a&^=b&&^c<<=d<-e...f..g", "a &^= b && ^ c <<= d <- e ... f . . g EOFSEMI");
}
END_TEST
START_TEST(dot_then_digit_is_number) { expect_summary("x.5", "x .5 EOFSEMI"); }
END_TEST

static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer",
    "else", "fallthrough", "for", "func", "go", "goto", "if", "import",
    "interface", "map", "package", "range", "return", "select", "struct",
    "switch", "type", "var",
};

START_TEST(each_keyword) {
    Lexed *l;
    const Token *t = first_token(&l, keywords[_i]);
    ck_assert_int_eq(t->kind, TOK_BREAK + _i);
    ck_assert(lex_is_keyword(t->kind));
    ck_assert_str_eq(lex_token_name(t->kind), keywords[_i]);
    lexed_free(l);
}
END_TEST
START_TEST(keyword_prefix_is_ident) {
    expect_kind("breakx", TOK_IDENT);
    expect_kind("fore", TOK_IDENT);
    expect_kind("_if", TOK_IDENT);
    expect_kind("funcé", TOK_IDENT);
    expect_kind("Func", TOK_IDENT);
}
END_TEST

// ---- identifiers and positions -------------------------------------------

START_TEST(unicode_identifiers) {
    expect_summary("é := 日本語 + _x9 + aé + ǅ + x٣",
                   "é := 日本語 + _x9 + aé + ǅ + x٣ EOFSEMI");
}
END_TEST
START_TEST(pos_after_multibyte) {
    Lexed *l = lex_src("é := 1\n日本 x");
    expect_pos(&l->toks[1], 1, 4);   // := after 2-byte é
    expect_pos(&l->toks[2], 1, 7);
    expect_pos(&l->toks[4], 2, 1);
    expect_pos(&l->toks[5], 2, 8);   // x after two 3-byte runes
    lexed_free(l);
}
END_TEST
START_TEST(pos_tabs_are_one_column) {
    Lexed *l = lex_src("\t\tx");
    expect_pos(&l->toks[0], 1, 3);
    lexed_free(l);
}
END_TEST
START_TEST(pos_after_multiline_raw_string) {
    Lexed *l = lex_src("s := `a\nbc\n` + x\ny");
    expect_pos(&l->toks[2], 1, 6);
    expect_pos(&l->toks[3], 3, 3);
    expect_pos(&l->toks[4], 3, 5);
    expect_pos(&l->toks[6], 4, 1);
    lexed_free(l);
}
END_TEST
START_TEST(pos_after_block_comment) {
    Lexed *l = lex_src("a /* x\n\n yz */ b");
    expect_pos(&l->toks[2], 3, 8);
    lexed_free(l);
}
END_TEST
START_TEST(token_text_spans_source) {
    const char *src = "foo(0x1F)";
    Lexed *l = lex_src(src);
    ck_assert_ptr_eq(l->toks[0].text, src);
    ck_assert_uint_eq(l->toks[0].len, 3);
    ck_assert_ptr_eq(l->toks[2].text, src + 4);
    ck_assert_uint_eq(l->toks[2].len, 4);
    lexed_free(l);
}
END_TEST

// ---- number literals ---------------------------------------------------------

static const char *const ints[] = {
    "0", "42", "1_000_000", "0x1F", "0X_1f", "0xdead_BEEF", "0o17", "0O17",
    "017", "0_17", "0b101", "0B1", "0b_1", "00", "170141183460469231731687303715884105727",
};
static const char *const floats[] = {
    "1.5", "1.", ".5", "0.", "1e10", "1E+5", "1.5e-3", "0x1p-2", "0x1.8p1",
    "0X.8P0", "0x_1p4", "1_0.0_1", "09.5", "089e1", "6.67428e-11", "1_5.",
};
static const char *const imags[] = {
    "1i", "0i", "1.5i", "0x1p2i", "017i", "1e3i", ".5i", "0b1i", "0o7i",
    "1_0i",
};

START_TEST(int_literal) {
    Lexed *l;
    const Token *t = first_token(&l, ints[_i]);
    ck_assert_msg(t->kind == TOK_INT, "%s", ints[_i]);
    ck_assert_uint_eq(t->len, strlen(ints[_i]));
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}
END_TEST
START_TEST(float_literal) {
    Lexed *l;
    const Token *t = first_token(&l, floats[_i]);
    ck_assert_msg(t->kind == TOK_FLOAT, "%s", floats[_i]);
    ck_assert_uint_eq(t->len, strlen(floats[_i]));
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}
END_TEST
START_TEST(imag_literal) {
    Lexed *l;
    const Token *t = first_token(&l, imags[_i]);
    ck_assert_msg(t->kind == TOK_IMAG, "%s", imags[_i]);
    ck_assert_uint_eq(t->len, strlen(imags[_i]));
    ck_assert_str_eq(l->errs, "");
    lexed_free(l);
}
END_TEST
START_TEST(number_then_ident) { expect_summary("123abc 0x1g", "123 abc 0x1 g EOFSEMI"); }
END_TEST

// ---- rune literals -----------------------------------------------------------

START_TEST(rune_plain) { expect_rune("'a'", 'a'); }
END_TEST
START_TEST(rune_multibyte) { expect_rune("'é'", 0xE9); expect_rune("'本'", 0x672C); }
END_TEST
START_TEST(rune_simple_escapes) {
    expect_rune("'\\a'", 7); expect_rune("'\\b'", 8); expect_rune("'\\f'", 12);
    expect_rune("'\\n'", 10); expect_rune("'\\r'", 13); expect_rune("'\\t'", 9);
    expect_rune("'\\v'", 11); expect_rune("'\\\\'", '\\'); expect_rune("'\\''", '\'');
}
END_TEST
START_TEST(rune_numeric_escapes) {
    expect_rune("'\\x41'", 'A'); expect_rune("'\\101'", 'A');
    expect_rune("'\\xff'", 255); expect_rune("'\\377'", 255);
    expect_rune("'\\000'", 0); expect_rune("'\\u00e9'", 0xE9);
    expect_rune("'\\U0001F600'", 0x1F600); expect_rune("'\\U0010FFFF'", 0x10FFFF);
}
END_TEST
START_TEST(rune_sval_is_utf8) {
    Lexed *l;
    const Token *t = first_token(&l, "'\\u00e9'");
    ck_assert_uint_eq(t->slen, 2);
    ck_assert_str_eq(t->sval, "\xc3\xa9");
    lexed_free(l);
}
END_TEST

// ---- string literals ---------------------------------------------------------

START_TEST(string_plain) { expect_string("\"hello, 世界\"", "hello, 世界", 13); }
END_TEST
START_TEST(string_empty) { expect_string("\"\"", "", 0); }
END_TEST
START_TEST(string_simple_escapes) {
    expect_string("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\a\b\f\n\r\t\v\\\"", 9);
}
END_TEST
START_TEST(string_byte_escapes) {
    expect_string("\"\\xff\\x41\\377\\101\\000\"", "\xff" "A\xff" "A\0", 5);
}
END_TEST
START_TEST(string_unicode_escapes) {
    expect_string("\"\\u00e9\\u672C\\U0001F600\"", "\xc3\xa9\xe6\x9c\xac\xf0\x9f\x98\x80", 9);
}
END_TEST
START_TEST(raw_string_no_escapes) { expect_string("`a\\nb\"`", "a\\nb\"", 5); }
END_TEST
START_TEST(raw_string_multiline) { expect_string("`a\nb\n`", "a\nb\n", 4); }
END_TEST
START_TEST(raw_string_drops_cr) { expect_string("`a\r\nb\r`", "a\nb", 3); }
END_TEST
START_TEST(raw_string_text_keeps_cr) {
    Lexed *l;
    const Token *t = first_token(&l, "`a\r\n`");
    ck_assert_uint_eq(t->len, 5);
    lexed_free(l);
}
END_TEST

// ---- errors (texts and positions as Go 1.19 reports them) ---------------------

START_TEST(err_invalid_character) {
    expect_errors("x := 1 @ 2", "1:8: invalid character U+0040 '@'\n");
}
END_TEST
START_TEST(err_invalid_character_keeps_scanning) {
    Lexed *l = lex_src("a # $ b");
    ck_assert_str_eq(l->summary, "a b EOFSEMI");
    ck_assert_str_eq(l->errs, "1:3: invalid character U+0023 '#'\n"
                              "1:5: invalid character U+0024 '$'\n");
    ck_assert_int_eq(lex_errors(l->lx), 2);
    lexed_free(l);
}
END_TEST
START_TEST(err_invalid_control_character) {
    expect_errors("x \x01", "1:3: invalid character U+0001\n");
}
END_TEST
START_TEST(err_invalid_in_identifier) {
    expect_errors("a\xe2\x80\xa6" "b \xc2\xb7",
                  "1:2: invalid character U+2026 '\xe2\x80\xa6' in identifier\n"
                  "1:7: invalid character U+00B7 '\xc2\xb7' in identifier\n");
}
END_TEST
START_TEST(err_ident_begins_with_digit) {
    expect_errors("\xd9\xa3x", "1:1: identifier cannot begin with digit U+0663 '\xd9\xa3'\n");
}
END_TEST
START_TEST(err_newline_in_string) {
    expect_errors("var s = \"abc\nx", "1:13: newline in string\n");
}
END_TEST
START_TEST(err_string_not_terminated) {
    expect_errors("\n var s = \"abc", "2:10: string not terminated\n");
}
END_TEST
START_TEST(err_raw_string_not_terminated) {
    expect_errors("s = `abc\ndef", "1:5: string not terminated\n");
}
END_TEST
START_TEST(err_empty_rune) { expect_errors("c = ''", "1:6: empty rune literal or unescaped '\n"); }
END_TEST
START_TEST(err_rune_too_long) {
    expect_errors("c = 'ab'", "1:5: more than one character in rune literal\n");
}
END_TEST
START_TEST(err_rune_not_terminated) { expect_errors("c = 'a", "1:5: rune literal not terminated\n"); }
END_TEST
START_TEST(err_newline_in_rune) { expect_errors("c = 'ab\n", "1:8: newline in rune literal\n"); }
END_TEST
START_TEST(err_unknown_escape) {
    expect_errors("c = '\\q' + \"\\'\"",
                  "1:7: unknown escape\n1:14: unknown escape\n");
}
END_TEST
START_TEST(err_escape_bad_digit) {
    expect_errors("c = '\\x4g'", "1:9: invalid character 'g' in hexadecimal escape\n");
}
END_TEST
START_TEST(err_escape_bad_octal_digit) {
    expect_errors("\"\\08\"", "1:4: invalid character '8' in octal escape\n");
}
END_TEST
START_TEST(err_escape_newline) {
    expect_errors("\"\\x\n\"", "1:4: invalid character '\\n' in hexadecimal escape\n"
                              "1:4: newline in string\n"
                              "2:1: string not terminated\n");
}
END_TEST
START_TEST(err_octal_escape_too_big) {
    expect_errors("c = '\\400'", "1:10: octal escape value 256 > 255\n");
}
END_TEST
START_TEST(err_escape_surrogate) {
    expect_errors("s = \"\\uD800\"", "1:12: escape is invalid Unicode code point U+D800\n");
}
END_TEST
START_TEST(err_escape_too_big) {
    expect_errors("'\\U00110000'", "1:12: escape is invalid Unicode code point U+110000\n");
}
END_TEST
START_TEST(err_invalid_octal_digit) {
    expect_errors("x = 0128", "1:8: invalid digit '8' in octal literal\n");
}
END_TEST
START_TEST(err_invalid_binary_digit) {
    expect_errors("x = 0b102", "1:9: invalid digit '2' in binary literal\n");
}
END_TEST
START_TEST(err_bad_separator) {
    expect_errors("x = 1__2", "1:7: '_' must separate successive digits\n");
    expect_errors("x = 1_", "1:6: '_' must separate successive digits\n");
    expect_errors("x = 0_x", "1:6: '_' must separate successive digits\n");
}
END_TEST
START_TEST(err_hex_mantissa_needs_p) {
    expect_errors("x = 0x1.5", "1:10: hexadecimal mantissa requires a 'p' exponent\n");
}
END_TEST
START_TEST(err_literal_has_no_digits) {
    expect_errors("0x 0b 0o", "1:3: hexadecimal literal has no digits\n"
                              "1:6: binary literal has no digits\n"
                              "1:9: octal literal has no digits\n");
}
END_TEST
START_TEST(err_exponent_has_no_digits) {
    expect_errors("1e+", "1:4: exponent has no digits\n");
}
END_TEST
START_TEST(err_exponent_kind) {
    expect_errors("0o1e2 1p3", "1:4: 'e' exponent requires decimal mantissa\n"
                               "1:8: 'p' exponent requires hexadecimal mantissa\n");
}
END_TEST
START_TEST(err_radix_point) {
    expect_errors("0b1.0", "1:4: invalid radix point in binary literal\n");
}
END_TEST
START_TEST(err_comment_not_terminated) {
    expect_errors("x\n  /* abc\n", "2:3: comment not terminated\n");
}
END_TEST
START_TEST(err_invalid_utf8) {
    Lexed *l = lex_src("a \xff b");
    ck_assert_str_eq(l->errs, "1:3: invalid UTF-8 encoding\n");
    ck_assert_str_eq(l->summary, "a b EOFSEMI");
    lexed_free(l);
}
END_TEST
START_TEST(err_invalid_utf8_in_string) {
    expect_errors("\"a\xc3\"", "1:3: invalid UTF-8 encoding\n");
}
END_TEST
START_TEST(err_bom_in_middle) {
    expect_errors("x \xef\xbb\xbf y", "1:3: invalid BOM in the middle of the file\n");
}
END_TEST
START_TEST(err_nul_character) {
    const char src[] = "a \0 b";
    Lexed *l = calloc(1, sizeof *l);
    l->lx = lex_new(src, sizeof src - 1, collect_error, l);
    Token t;
    lex_next(l->lx, &t);
    lex_next(l->lx, &t);
    ck_assert_str_eq(l->errs, "1:3: invalid NUL character\n");
    ck_assert_int_eq(t.kind, TOK_IDENT);
    expect_pos(&t, 1, 5);
    lexed_free(l);
}
END_TEST
START_TEST(err_null_handler_counts) {
    Lexer *lx = lex_new("@ @", 3, NULL, NULL);
    Token t;
    do
        lex_next(lx, &t);
    while (t.kind != TOK_EOF);
    ck_assert_int_eq(lex_errors(lx), 2);
    lex_free(lx);
}
END_TEST

// ---- file start: #! and BOM -----------------------------------------------------

START_TEST(hashbang_line_skipped) {
    Lexed *l = lex_src("#!/usr/bin/env gosub\npackage main\n");
    ck_assert_str_eq(l->summary, "package main NL");
    ck_assert_str_eq(l->errs, "");
    expect_pos(&l->toks[0], 2, 1);
    lexed_free(l);
}
END_TEST
START_TEST(hash_elsewhere_is_error) {
    Lexed *l = lex_src("x\n#!y");
    ck_assert_str_eq(l->errs, "2:1: invalid character U+0023 '#'\n");
    ck_assert_str_eq(l->summary, "x NL ! y EOFSEMI");
    lexed_free(l);
}
END_TEST
START_TEST(bom_at_start_skipped) {
    Lexed *l = lex_src("\xef\xbb\xbfpackage main");
    ck_assert_str_eq(l->errs, "");
    ck_assert_int_eq(l->toks[0].kind, TOK_PACKAGE);
    expect_pos(&l->toks[0], 1, 4);   // Go counts the BOM's bytes
    lexed_free(l);
}
END_TEST

// ---- token table -----------------------------------------------------------------

START_TEST(token_names) {
    ck_assert_str_eq(lex_token_name(TOK_EOF), "EOF");
    ck_assert_str_eq(lex_token_name(TOK_IDENT), "name");
    ck_assert_str_eq(lex_token_name(TOK_INT), "literal");
    ck_assert_str_eq(lex_token_name(TOK_STRING), "literal");
    ck_assert_str_eq(lex_token_name(TOK_COMMA), "comma");
    ck_assert_str_eq(lex_token_name(TOK_SEMICOLON), "semicolon");
    ck_assert_str_eq(lex_token_name(TOK_LPAREN), "(");
    ck_assert_str_eq(lex_token_name(TOK_AND_NOT_ASSIGN), "&^=");
    ck_assert_str_eq(lex_token_name(TOK_FUNC), "func");
    ck_assert_str_eq(lex_token_name(TOK_VAR), "var");
}
END_TEST
START_TEST(token_classes) {
    ck_assert(lex_is_keyword(TOK_BREAK));
    ck_assert(lex_is_keyword(TOK_VAR));
    ck_assert(!lex_is_keyword(TOK_IDENT));
    ck_assert(!lex_is_keyword(TOK_COLON));
    ck_assert(lex_is_literal(TOK_INT));
    ck_assert(lex_is_literal(TOK_CHAR));
    ck_assert(lex_is_literal(TOK_STRING));
    ck_assert(!lex_is_literal(TOK_IDENT));
    ck_assert(!lex_is_literal(TOK_ADD));
}
END_TEST

// ---- a whole program and the arena -------------------------------------------

START_TEST(hello_world) {
    expect_summary("package main\n\nimport \"fmt\"\n\nfunc main() {\n"
                   "\tfmt.Println(\"hello, world\")\n}\n",
                   "package main NL import \"fmt\" NL func main ( ) { "
                   "fmt . Println ( \"hello, world\" ) NL } NL");
}
END_TEST
START_TEST(arena_basics) {
    Arena *a = arena_new();
    char *p = arena_alloc(a, 10);
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(p[i], 0);
    ck_assert_str_eq(arena_strndup(a, "hello", 3), "hel");
    ck_assert_str_eq(arena_printf(a, "%d-%s", 42, "x"), "42-x");
    char *big = arena_alloc(a, 1 << 20);
    big[(1 << 20) - 1] = 1;
    ck_assert_uint_eq((uintptr_t)arena_alloc(a, 3) % 16, 0);
    arena_free(a);
}
END_TEST

Suite *lexer_suite(void);
Suite *lexer_suite(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("semicolons");
    tcase_add_test(tc, semi_after_ident);
    tcase_add_test(tc, semi_after_literals);
    tcase_add_test(tc, semi_after_branch_keywords);
    tcase_add_test(tc, semi_after_incdec);
    tcase_add_test(tc, semi_after_closers);
    tcase_add_test(tc, no_semi_after_operators);
    tcase_add_test(tc, no_semi_after_openers);
    tcase_add_test(tc, no_semi_after_other_keywords);
    tcase_add_test(tc, semi_at_eof_without_newline);
    tcase_add_test(tc, no_semi_at_eof_after_newline);
    tcase_add_test(tc, semi_newline_token_text_and_pos);
    tcase_add_test(tc, explicit_semicolon);
    tcase_add_test(tc, blank_lines_give_one_semi);
    tcase_add_test(tc, crlf_lines);
    tcase_add_test(tc, line_comment_keeps_newline);
    tcase_add_test(tc, line_comment_at_eof);
    tcase_add_test(tc, line_comment_after_operator);
    tcase_add_test(tc, block_comment_one_line);
    tcase_add_test(tc, block_comment_with_newline_is_newline);
    tcase_add_test(tc, block_comment_newline_after_operator);
    tcase_add_test(tc, block_comment_then_newline);
    tcase_add_test(tc, eof_repeats);
    suite_add_tcase(s, tc);

    tc = tcase_create("tokens");
    tcase_add_loop_test(tc, each_operator, 0, sizeof ops / sizeof ops[0]);
    tcase_add_test(tc, longest_match);
    tcase_add_test(tc, dot_then_digit_is_number);
    tcase_add_loop_test(tc, each_keyword, 0, sizeof keywords / sizeof keywords[0]);
    tcase_add_test(tc, keyword_prefix_is_ident);
    tcase_add_test(tc, unicode_identifiers);
    tcase_add_test(tc, pos_after_multibyte);
    tcase_add_test(tc, pos_tabs_are_one_column);
    tcase_add_test(tc, pos_after_multiline_raw_string);
    tcase_add_test(tc, pos_after_block_comment);
    tcase_add_test(tc, token_text_spans_source);
    tcase_add_test(tc, token_names);
    tcase_add_test(tc, token_classes);
    tcase_add_test(tc, hello_world);
    tcase_add_test(tc, arena_basics);
    suite_add_tcase(s, tc);

    tc = tcase_create("literals");
    tcase_add_loop_test(tc, int_literal, 0, sizeof ints / sizeof ints[0]);
    tcase_add_loop_test(tc, float_literal, 0, sizeof floats / sizeof floats[0]);
    tcase_add_loop_test(tc, imag_literal, 0, sizeof imags / sizeof imags[0]);
    tcase_add_test(tc, number_then_ident);
    tcase_add_test(tc, rune_plain);
    tcase_add_test(tc, rune_multibyte);
    tcase_add_test(tc, rune_simple_escapes);
    tcase_add_test(tc, rune_numeric_escapes);
    tcase_add_test(tc, rune_sval_is_utf8);
    tcase_add_test(tc, string_plain);
    tcase_add_test(tc, string_empty);
    tcase_add_test(tc, string_simple_escapes);
    tcase_add_test(tc, string_byte_escapes);
    tcase_add_test(tc, string_unicode_escapes);
    tcase_add_test(tc, raw_string_no_escapes);
    tcase_add_test(tc, raw_string_multiline);
    tcase_add_test(tc, raw_string_drops_cr);
    tcase_add_test(tc, raw_string_text_keeps_cr);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_test(tc, err_invalid_character);
    tcase_add_test(tc, err_invalid_character_keeps_scanning);
    tcase_add_test(tc, err_invalid_control_character);
    tcase_add_test(tc, err_invalid_in_identifier);
    tcase_add_test(tc, err_ident_begins_with_digit);
    tcase_add_test(tc, err_newline_in_string);
    tcase_add_test(tc, err_string_not_terminated);
    tcase_add_test(tc, err_raw_string_not_terminated);
    tcase_add_test(tc, err_empty_rune);
    tcase_add_test(tc, err_rune_too_long);
    tcase_add_test(tc, err_rune_not_terminated);
    tcase_add_test(tc, err_newline_in_rune);
    tcase_add_test(tc, err_unknown_escape);
    tcase_add_test(tc, err_escape_bad_digit);
    tcase_add_test(tc, err_escape_bad_octal_digit);
    tcase_add_test(tc, err_escape_newline);
    tcase_add_test(tc, err_octal_escape_too_big);
    tcase_add_test(tc, err_escape_surrogate);
    tcase_add_test(tc, err_escape_too_big);
    tcase_add_test(tc, err_invalid_octal_digit);
    tcase_add_test(tc, err_invalid_binary_digit);
    tcase_add_test(tc, err_bad_separator);
    tcase_add_test(tc, err_hex_mantissa_needs_p);
    tcase_add_test(tc, err_literal_has_no_digits);
    tcase_add_test(tc, err_exponent_has_no_digits);
    tcase_add_test(tc, err_exponent_kind);
    tcase_add_test(tc, err_radix_point);
    tcase_add_test(tc, err_comment_not_terminated);
    tcase_add_test(tc, err_invalid_utf8);
    tcase_add_test(tc, err_invalid_utf8_in_string);
    tcase_add_test(tc, err_bom_in_middle);
    tcase_add_test(tc, err_nul_character);
    tcase_add_test(tc, err_null_handler_counts);
    tcase_add_test(tc, hashbang_line_skipped);
    tcase_add_test(tc, hash_elsewhere_is_error);
    tcase_add_test(tc, bom_at_start_skipped);
    suite_add_tcase(s, tc);
    return s;
}
