// fuzz_run.c - libFuzzer harness: the whole pipeline (parse, check, run)
// on any bytes, with FUZZ_MAX_SAFEPOINTS and FUZZ_MAX_HEAP so runaway
// programs end, and every way out of the program (os.Exit, panics, fatal
// errors, deadlock) returning to the harness (RunOptions.return_status).
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_quiet();
    char *src = fuzz_source(data, size);
    fuzz_run_program(src, size, 0);
    free(src);
    return 0;
}
