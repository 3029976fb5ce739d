// fuzz.h - what gosub's libFuzzer harnesses share (fuzz/*.c).
//
// Each harness fuzz_<stage>.c defines LLVMFuzzerTestOneInput for one stage
// of the pipeline: the lexer, the parser, the checker, the whole run
// (fuzz_run.c), and the whole run of programs made by the generator
// (fuzz_gen.c, gen.c) so that the evaluator and the runtime see programs
// that pass the checker. `make fuzz FUZZ_SECONDS=N` builds them with clang
// (-fsanitize=fuzzer,address,undefined) and runs fuzz/run.sh.
#ifndef GOSUB_FUZZ_H
#define GOSUB_FUZZ_H

#include <stddef.h>
#include <stdint.h>

// Limits of one run in the harnesses: a runaway program ends with a fatal
// error, never a libFuzzer timeout or out-of-memory report.
#define FUZZ_MAX_SAFEPOINTS 2000          // ~4 million calls or loop iterations
#define FUZZ_MAX_HEAP ((size_t)256 << 20)

// fuzz_source copies data into a fresh NUL-terminated buffer (malloc'ed).
char *fuzz_source(const uint8_t *data, size_t size);

// fuzz_quiet sends stdout to /dev/null once (programs print a lot).
void fuzz_quiet(void);

// fuzz_run_program runs src through interp_run in return_status mode with
// the limits above (max_safepoints: 0 for FUZZ_MAX_SAFEPOINTS); returns the
// exit status.
int fuzz_run_program(const char *src, size_t len, uint64_t max_safepoints);

// gen_program builds a Go program that passes the checker from the choice
// bytes data[0..size): every byte picks a production of a small typed
// grammar (gen.c). Returns a malloc'ed NUL-terminated source.
char *gen_program(const uint8_t *data, size_t size);

#endif
