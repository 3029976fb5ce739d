// repl.h - what the REPL's files share (issue 6): repl.c (the session:
// reading, checking, running) and repl_names.c (names: completion and
// automatic imports).
#ifndef GOSUB_INTERP_REPL_H
#define GOSUB_INTERP_REPL_H

#include <histedit.h>
#include <limits.h>

#include "internal.h"

enum {
    REPL_HISTORY_MAX = 1000,          // lines kept in ~/.gosub_history
    REPL_STACK_PAD = 64 * 1024,       // bytes between the prompt's frame and the evaluator's
};

typedef struct Repl {
    Arena *arena;             // everything compiled in the session
    Checker *c;
    Interp in;
    Scope *scope;             // the innermost scope: the last accepted input's
    int line;                 // lines read so far: messages say <repl>:LINE:COL
    int first_line;           // line of the input being accumulated
    StrBuf input;             // the input being accumulated (NUL-terminated)
    int nsyntax;              // syntax errors of the current parse
    int globals_cap;          // Values allocated at in.globals
    InitProgress init_done;   // package-level initialisation already run
    FuncInfo *cur_fn;         // the statements' function of the input being run
    Type interrupt_type;      // Ctrl-C panics with repl.interrupt("interrupted")
    GoString interrupt_text;
    bool cancelled;           // Ctrl-C abandoned the line being edited
    bool running;             // run_input's panic handler is in place (repl_exit)
    EditLine *el;             // NULL when standard input is not a terminal
    History *hist;
    char history_path[PATH_MAX];
} Repl;

// repl_fix_imports adjusts the imports of an input (src[0..len)) before
// it is checked: an import of a package the session already imported
// under the same name is dropped, and a package used as pkg.Name that no
// visible name declares is imported (file's arena: the session's).
void repl_fix_imports(Repl *r, AstFile *file, const char *src, size_t len);

// repl_complete_fn is libedit's completion command (bound to TAB): it
// completes the Go name before the cursor (keywords, the session's names,
// package names, pkg.Member, a variable's fields and methods, :commands),
// inserting the longest common prefix or listing the candidates.
unsigned char repl_complete_fn(EditLine *el, int ch);

// repl_completions: the sorted, distinct completions of word (the text
// before the cursor back to the last character that cannot be part of a
// name or selector), malloc'ed (free each and the array); *n their count.
// Each candidate is the whole word as completed. For tests.
char **repl_completions(Repl *r, const char *word, int *n);

#endif
