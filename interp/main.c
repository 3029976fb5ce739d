// main.c - the gosub command: run a Go program file (or stdin), print the
// version or help. The REPL (issue 6, repl.c) starts when no program is
// given on a terminal, or with "gosub repl".
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "interp.h"

#define GOSUB_VERSION "0.1.0"

static void usage(FILE *f) {
    fprintf(f,
            "usage: gosub FILE.go [args...]     run a Go program\n"
            "       gosub run FILE.go [args...] the same\n"
            "       gosub - [args...]           run the program read from standard input\n"
            "       gosub repl                  the interactive REPL (also: gosub on a terminal)\n"
            "       gosub version               print the version\n"
            "       gosub help                  print this help\n"
            "\n"
            "Environment: GOGC (percent, or off), GODEBUG=gctrace=1, GOSUBDEBUG=gcstress=N\n");
}

// MAX_SOURCE: the largest program read (an endless standard input ends
// with a clear error instead of exhausting memory).
#define MAX_SOURCE ((size_t)256 << 20)

// read_all reads a whole stream into a NUL-terminated buffer; NULL with
// *len == MAX_SOURCE + 1 when it is longer than MAX_SOURCE.
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n > MAX_SOURCE) {
            free(buf);
            *len = MAX_SOURCE + 1;
            return NULL;
        }
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    int i = 1;
    if (argc < 2) {
        if (isatty(0)) return repl_run(argc, argv);
        argv[0] = "-";
        i = 0;   // piped program: run stdin like "gosub -"
    } else if (strcmp(argv[1], "version") == 0 || strcmp(argv[1], "--version") == 0) {
        printf("gosub version %s (Go 1.19 subset)\n", GOSUB_VERSION);
        return 0;
    } else if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(stdout);
        return 0;
    } else if (strcmp(argv[1], "repl") == 0) {
        return repl_run(argc - 1, argv + 1);
    } else if (strcmp(argv[1], "run") == 0) {
        i = 2;
        if (argc < 3) {
            fprintf(stderr, "gosub run: no go files listed\n");
            return 2;
        }
    }
    const char *path = argv[i];
    if (path[0] == '-' && path[1] != '\0') {
        fprintf(stderr, "gosub: unknown flag %s (see 'gosub help')\n", path);
        return 2;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "gosub: cannot open %s: %s\n", path, strerror(errno));
        return 2;
    }
    size_t len = 0;
    char *src = read_all(f, &len);
    if (f != stdin) fclose(f);
    if (!src) {
        if (len > MAX_SOURCE)
            fprintf(stderr, "gosub: %s: program larger than %zu MiB\n", strcmp(path, "-") == 0 ? "standard input" : path,
                    MAX_SOURCE >> 20);
        else
            fprintf(stderr, "gosub: cannot read %s\n", path);
        return 2;
    }
    RunOptions opt = {
        .filename = strcmp(path, "-") == 0 ? "main.go" : path,
        .src = src,
        .len = len,
        .argc = argc - i,
        .argv = argv + i,
    };
    int code = interp_run(&opt);
    free(src);
    return code;
}
