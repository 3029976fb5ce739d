// re2_bridge.h - the C face of the one C++ file (re2_bridge.cc) that
// talks to RE2, the engine Go's regexp package was ported from. It only
// compiles a pattern, answers "the leftmost match at or after pos" and
// names the groups; Go's iteration rules, expansion and error texts are
// C code in pkg_regexp.c.
#ifndef GOSUB_RUNTIME_RE2_BRIDGE_H
#define GOSUB_RUNTIME_RE2_BRIDGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct Re2Prog Re2Prog;

// The parse errors RE2 reports, in Go's regexp/syntax vocabulary.
typedef enum Re2Err {
    RE2E_OK,
    RE2E_INTERNAL,
    RE2E_BAD_ESCAPE,          // invalid escape sequence
    RE2E_BAD_CHAR_CLASS,      // invalid character class
    RE2E_BAD_CHAR_RANGE,      // invalid character class range
    RE2E_MISSING_BRACKET,     // missing closing ]
    RE2E_MISSING_PAREN,       // missing closing )
    RE2E_UNEXPECTED_PAREN,    // unexpected )
    RE2E_TRAILING_BACKSLASH,  // trailing backslash at end of expression
    RE2E_REPEAT_ARGUMENT,     // missing argument to repetition operator
    RE2E_REPEAT_SIZE,         // invalid repeat count
    RE2E_REPEAT_OP,           // invalid nested repetition operator
    RE2E_BAD_PERL_OP,         // invalid or unsupported Perl syntax
    RE2E_BAD_UTF8,            // invalid UTF-8
    RE2E_BAD_NAMED_CAPTURE,   // invalid named capture
    RE2E_TOO_LARGE,           // expression too large
} Re2Err;

// The compile modes: Go's syntax.Perl leftmost-first (Compile), the same
// leftmost-longest (Longest), and syntax.POSIX leftmost-longest (CompilePOSIX).
enum { RE2_MODE_PERL, RE2_MODE_LONGEST, RE2_MODE_POSIX };

// re2_compile compiles pat[0..n) in mode (RE2_MODE_*). On error returns
// NULL, sets *err and writes the fragment RE2 blames to *arg (malloc'ed,
// may hold NUL bytes; NULL when none) and its length to *arg_len.
Re2Prog *re2_compile(const char *pat, size_t n, int mode, Re2Err *err, char **arg, size_t *arg_len);
// re2_free releases a program.
void re2_free(Re2Prog *p);
// re2_num_groups: the number of capturing groups (Go's NumSubexp).
int re2_num_groups(const Re2Prog *p);
// re2_group_name: the name of group i (1-based), or NULL when unnamed.
const char *re2_group_name(const Re2Prog *p, int i);
// re2_match searches text[0..n) for the leftmost match starting at or
// after pos (text before pos is context for ^ and \b, as in Go). On a
// match writes ncap pairs of byte offsets to caps (-1 for groups that did
// not take part; ncap may be 0) and returns true.
bool re2_match(const Re2Prog *p, const char *text, size_t n, size_t pos, int ncap, int64_t *caps);

#ifdef __cplusplus
}
#endif

#endif
