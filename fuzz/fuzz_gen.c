// fuzz_gen.c - libFuzzer harness: gen_program turns the input bytes into a
// well-typed Go program, run through the whole pipeline like fuzz_run.c.
// The program must pass the parser and the checker: an error there is a
// generator bug (or a checker bug) and aborts, so the fuzzer reports it.
// GOSUB_FUZZ_PRINT=1 prints each program on stderr instead of running it
// (to turn a crash input into a fuzz/regress/*.go file:
// GOSUB_FUZZ_PRINT=1 build/fuzz/fuzz-gen CRASH-FILE 2>fuzz/regress/NAME.go).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "interp/internal.h"

static void on_error(void *ctx, Pos pos, const char *msg) {
    fprintf(stderr, "gen: %d:%d: %s\n", pos.line, pos.col, msg);
    (*(int *)ctx)++;
}

// must_check aborts when the generated program does not compile.
static void must_check(const char *src, size_t len) {
    Arena *arena = arena_new();
    int seen = 0, nerr = 0;
    AstFile *file = parse_file(arena, "prog.go", src, len, on_error, &seen, &nerr);
    if (nerr) {
        fputs(src, stderr);
        abort();
    }
    Checker *c = tc_new(arena, "prog.go");
    if (tc_check_file(c, file) > 0) {
        fputs(src, stderr);
        tc_print_errors(c, stderr);
        abort();
    }
    tc_free(c);
    arena_free(arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = gen_program(data, size);
    const char *print = getenv("GOSUB_FUZZ_PRINT");
    if (print && *print == '1') {
        fputs(src, stderr);
        free(src);
        return 0;
    }
    fuzz_quiet();
    size_t len = strlen(src);
    must_check(src, len);
    fuzz_run_program(src, len, 200);   // generated programs are short: keep runs fast
    free(src);
    return 0;
}
