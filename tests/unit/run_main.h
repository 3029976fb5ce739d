// run_main.h - the unit tests' way to run a body on a fresh runtime's main
// goroutine (test_sched.c, test_stacks.c).
#ifndef GOSUB_TESTS_RUN_MAIN_H
#define GOSUB_TESTS_RUN_MAIN_H

#include <check.h>

#include "runtime/internal.h"

typedef void (*Body)(Runtime *rt, void *arg);

// tu_run makes a runtime (GOGC 100), runs body(rt, arg) on its main
// goroutine and frees it.
void tu_run(Body body, void *arg);

#endif
