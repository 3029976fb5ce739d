// arena.c - bump allocation for compile-time data (see the bottom of
// lexer.h).
//
// An Arena is a singly linked list of chunks; allocation bumps a cursor in
// the newest chunk and opens a new chunk (at least ARENA_CHUNK bytes, or
// big enough for the request) when it runs out. Every chunk comes from
// calloc, so memory handed out is zeroed. Nothing is freed individually;
// arena_free releases every chunk at once. Out-of-memory aborts.
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_CHUNK = 64 * 1024, ARENA_ALIGN = 16 };

typedef struct Chunk {
    struct Chunk *next;
    size_t used;   // bytes of data[] handed out
    size_t cap;    // bytes in data[]
    _Alignas(ARENA_ALIGN) unsigned char data[];
} Chunk;

struct Arena {
    Chunk *head;   // newest chunk; allocation happens here
};

static void *xcalloc(size_t n) {
    void *p = calloc(1, n);
    if (p == NULL) {
        fputs("fatal error: out of memory\n", stderr);
        abort();
    }
    return p;
}

// arena_new returns an empty arena. Never returns NULL (aborts on OOM).
Arena *arena_new(void) {
    return xcalloc(sizeof(Arena));
}

static Chunk *new_chunk(size_t need) {
    size_t cap = need > ARENA_CHUNK ? need : ARENA_CHUNK;
    Chunk *c = xcalloc(sizeof(Chunk) + cap);
    c->cap = cap;
    return c;
}

// arena_alloc returns size zeroed bytes aligned to 16, owned by the arena.
void *arena_alloc(Arena *a, size_t size) {
    size_t n = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (n == 0)
        n = ARENA_ALIGN;
    Chunk *c = a->head;
    if (c == NULL || c->cap - c->used < n) {
        Chunk *fresh = new_chunk(n);
        if (c != NULL && n > ARENA_CHUNK / 4) {
            // A big block gets its own chunk behind the current one, so the
            // current chunk's free tail is not wasted.
            fresh->next = c->next;
            c->next = fresh;
            fresh->used = n;
            return fresh->data;
        }
        fresh->next = c;
        a->head = c = fresh;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

// arena_strndup copies s[0..n) into the arena and NUL-terminates it.
char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

// arena_printf formats into a NUL-terminated string owned by the arena.
char *arena_printf(Arena *a, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return arena_strndup(a, small, (size_t)n);
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

// arena_free releases the arena and everything allocated from it.
// a may be NULL.
void arena_free(Arena *a) {
    if (a == NULL)
        return;
    Chunk *c = a->head;
    while (c != NULL) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}
