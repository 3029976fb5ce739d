// fuzz_lex.c - libFuzzer harness: the lexer scans any bytes to EOF.
#include <stdlib.h>

#include "fuzz.h"
#include "lexer/lexer.h"

static void on_error(void *ctx, Pos pos, const char *msg) {
    (void)pos;
    (void)msg;
    (*(int *)ctx)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = fuzz_source(data, size);
    int nerr = 0;
    Lexer *lx = lex_new(src, size, on_error, &nerr);
    if (lx) {
        Token tok;
        size_t n = 0;
        do {
            lex_next(lx, &tok);
            if (++n > size + 16) abort();   // the lexer must make progress
        } while (tok.kind != TOK_EOF);
        if (lex_errors(lx) != nerr) abort();
        lex_free(lx);
    }
    free(src);
    return 0;
}
