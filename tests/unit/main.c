// main.c - the one libcheck runner for every module's unit tests.
// Each tests/unit/test_<module>.c exports Suite *<module>_suite(void); a
// suite whose file is not built yet is skipped (weak reference).
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#define SUITES(X) X(lexer) X(parser) X(constant) X(types) X(checker) X(runtime) X(gc) X(values) X(fmt) X(pkgs) X(sched) X(stacks) X(methods) X(repl) X(time) X(regexp) X(json) X(files)

#define DECLARE(name) extern Suite *name##_suite(void) __attribute__((weak));
SUITES(DECLARE)
#undef DECLARE

int main(void) {
    SRunner *sr = srunner_create(NULL);
#define ADD(name) if (name##_suite) srunner_add_suite(sr, name##_suite());
    SUITES(ADD)
#undef ADD
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    int run = srunner_ntests_run(sr);
    srunner_free(sr);
    printf("unit: %d passed, %d failed\n", run - failed, failed);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
