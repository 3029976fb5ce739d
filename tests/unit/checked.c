// checked.c - see checked.h.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checked.h"

static void syntax_error(void *ctx, Pos pos, const char *msg) {
    fprintf((FILE *)ctx, "x.go:%d:%d: %s\n", pos.line, pos.col, msg);
}

void tu_check_src(Checked *out, const char *src) {
    memset(out, 0, sizeof *out);
    size_t len = 0;
    FILE *mem = open_memstream(&out->errors, &len);
    ck_assert_ptr_nonnull(mem);
    out->arena = arena_new();
    out->file = parse_file(out->arena, "x.go", src, strlen(src), syntax_error, mem, &out->nsyntax);
    if (out->nsyntax == 0) {
        out->c = tc_new(out->arena, "x.go");
        out->nerrors = tc_check_file(out->c, out->file);
        if (out->nerrors > 0) tc_print_errors(out->c, mem);
    } else {
        out->nerrors = out->nsyntax;
    }
    fclose(mem);
}

void tu_checked_free(Checked *k) {
    tc_free(k->c);
    arena_free(k->arena);
    free(k->errors);
}
