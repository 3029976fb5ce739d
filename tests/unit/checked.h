// checked.h - the unit tests' harness for running the parser and checker
// on a source string in-process (test_checker.c, test_methods.c).
#ifndef GOSUB_TESTS_CHECKED_H
#define GOSUB_TESTS_CHECKED_H

#include "interp/internal.h"

typedef struct Checked {
    Arena *arena;
    Checker *c;
    AstFile *file;
    char *errors;            // "x.go:L:C: msg\n" lines, syntax or type errors
    int nerrors;
    int nsyntax;             // syntax errors (the checker did not run)
} Checked;

// tu_check_src parses and checks src as file x.go; errors go to
// out->errors. The checker is not run after a syntax error (as
// interp_run does). Free with tu_checked_free.
void tu_check_src(Checked *out, const char *src);
void tu_checked_free(Checked *k);

#endif
