// ex_records.c - the type descriptors of the evaluator's own records on
// the Go heap: closures, deferred calls (also a goroutine's start) and
// goroutine start blocks. The collector scans each by its descriptor like
// any Go value; the descriptors mark the words that may hold heap pointers.
#include <stddef.h>

#include "internal.h"

// A Closure is an array of words (a header of four, then its cells): every
// word is scanned as a possible pointer (code and native point outside the
// heap, kind and ncells are small integers: neither keeps anything alive).
static const uint8_t mask_one[] = {0x01};
static const Type closure_word = {
    .kind = KIND_UNSAFE_POINTER, .align = 8, .size = 8, .underlying = &closure_word,
    .ptrwords = 1, .gcmask = mask_one, .str = "gosub.closure",
};

_Static_assert(offsetof(DeferRec, next) == 0 && offsetof(DeferRec, fn) == 8 && offsetof(DeferRec, args) == 24,
               "DeferRec's pointer words are 0-3");
static const uint8_t mask_defer[] = {0x0F};   // next, fn (two words), args
static const Type defer_rec = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(DeferRec), .underlying = &defer_rec,
    .ptrwords = 4, .gcmask = mask_defer, .str = "gosub.deferrec",
};

_Static_assert(offsetof(GoStart, call) == 0, "GoStart's pointer word is 0");
static const Type go_start = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(GoStart), .underlying = &go_start,
    .ptrwords = 1, .gcmask = mask_one, .str = "gosub.gostart",
};

Closure *eval_alloc_closure(Interp *in, int ncells) {
    size_t words = (sizeof(Closure) + (size_t)ncells * sizeof(void *)) / sizeof(void *);
    return rt_alloc_array(in->rt, &closure_word, words);
}

DeferRec *eval_alloc_defer(Interp *in) { return rt_alloc(in->rt, &defer_rec); }

GoStart *eval_alloc_go_start(Interp *in) { return rt_alloc(in->rt, &go_start); }
