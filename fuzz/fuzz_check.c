// fuzz_check.c - libFuzzer harness: parse, then type-check what parsed
// without errors (the checker sees only syntactically valid files, as in
// interp_run), printing its diagnostics to /dev/null.
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "interp/internal.h"

static void on_error(void *ctx, Pos pos, const char *msg) {
    (void)pos;
    (void)msg;
    (*(int *)ctx)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *devnull;   // harness-process state
    if (!devnull) devnull = fopen("/dev/null", "w");
    char *src = fuzz_source(data, size);
    Arena *arena = arena_new();
    int seen = 0, nerr = 0;
    AstFile *file = parse_file(arena, "prog.go", src, size, on_error, &seen, &nerr);
    if (nerr == 0) {
        Checker *c = tc_new(arena, "prog.go");
        if (tc_check_file(c, file) > 0) tc_print_errors(c, devnull);
        tc_free(c);
    }
    arena_free(arena);
    free(src);
    return 0;
}
