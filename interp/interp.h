// interp.h - gosub's type checker, evaluator and driver.
//
// A program goes through interp_run: parse (parser/), check (tc_*: Go's
// type rules and Go's error texts, annotating the AST in place with types,
// resolved slots and evaluator ops), then evaluate (eval_*) on the
// runtime (runtime/). All compile-time data lives in one Arena per
// program.
#ifndef GOSUB_INTERP_H
#define GOSUB_INTERP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct RunOptions {
    const char *filename;     // shown in messages ("prog.go")
    const char *src;          // source bytes, NUL at src[len]
    size_t len;
    int argc;                 // os.Args (argv[0] is the program path)
    char **argv;
    // For untrusted programs (fuzzers, the regression corpus): see
    // RtConfig.max_safepoints and max_heap (0: none, or GOSUBDEBUG's).
    uint64_t max_safepoints;
    size_t max_heap;
    // return_status: interp_run returns the exit status of every way out
    // (os.Exit, panics, fatal errors, deadlock) after freeing what it
    // made, instead of ending the process.
    bool return_status;
} RunOptions;

// interp_run compiles and runs one program. Compile errors are printed to
// stderr as "file:line:col: message" (at most 10, then "too many errors").
// Returns the process exit status: 0, 2 for compile errors or panics, or
// os.Exit's code (os.Exit itself exits the process directly unless
// opt->return_status).
int interp_run(const RunOptions *opt);

// repl_run runs the interactive REPL (issue 6) on standard input: with
// libedit line editing, history (~/.gosub_history) and completion when
// standard input and output are terminals, plain lines without prompts
// otherwise. argc/argv become os.Args. It ends the process (status 0)
// after :quit or the end of input; it returns only on failure (2).
int repl_run(int argc, char **argv);

#endif
