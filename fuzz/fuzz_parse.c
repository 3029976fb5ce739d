// fuzz_parse.c - libFuzzer harness: the parser on any bytes.
#include <stdlib.h>

#include "fuzz.h"
#include "parser/parser.h"

static void on_error(void *ctx, Pos pos, const char *msg) {
    (void)pos;
    (void)msg;
    (*(int *)ctx)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = fuzz_source(data, size);
    Arena *arena = arena_new();
    int seen = 0, nerr = 0;
    parse_file(arena, "prog.go", src, size, on_error, &seen, &nerr);
    arena_free(arena);
    arena = arena_new();
    parse_repl_needs_more(src, size);
    parse_repl_input(arena, "<repl>", src, size, 1, on_error, &seen, &nerr);
    arena_free(arena);
    free(src);
    return 0;
}
