// fuzz_common.c - helpers shared by the harnesses (fuzz.h).
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "interp/interp.h"

char *fuzz_source(const uint8_t *data, size_t size) {
    char *src = malloc(size + 1);
    if (!src) abort();
    memcpy(src, data, size);
    src[size] = '\0';
    return src;
}

void fuzz_quiet(void) {
    static int done;   // harness-process state, not gosub's
    if (done) return;
    done = 1;
    int fd = open("/dev/null", O_WRONLY);
    if (fd >= 0) {
        dup2(fd, 1);
        close(fd);
    }
}

int fuzz_run_program(const char *src, size_t len, uint64_t max_safepoints) {
    static char *argv[] = {"prog.go", NULL};
    RunOptions opt = {
        .filename = "prog.go",
        .src = src,
        .len = len,
        .argc = 1,
        .argv = argv,
        .max_safepoints = max_safepoints ? max_safepoints : FUZZ_MAX_SAFEPOINTS,
        .max_heap = FUZZ_MAX_HEAP,
        .return_status = true,
    };
    return interp_run(&opt);
}
