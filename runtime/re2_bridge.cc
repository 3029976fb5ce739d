// re2_bridge.cc - the thin C++ bridge to RE2 (re2_bridge.h). No Go
// semantics live here: RE2 is configured as Go's regexp/syntax.Perl
// (UTF-8, leftmost-first unless longest, . excludes \n, ^/$ at text ends,
// Perl classes and \b) and answers one search at a time.
#include <re2/re2.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <new>
#include <string>
#include <vector>

#include "re2_bridge.h"

struct Re2Prog {
    re2::RE2 *re;
    std::vector<std::string> names;   // names[i]: group i's name, "" if unnamed
};

static Re2Err map_error(re2::RE2::ErrorCode code) {
    switch (code) {
    case re2::RE2::NoError: return RE2E_OK;
    case re2::RE2::ErrorBadEscape: return RE2E_BAD_ESCAPE;
    case re2::RE2::ErrorBadCharClass: return RE2E_BAD_CHAR_CLASS;
    case re2::RE2::ErrorBadCharRange: return RE2E_BAD_CHAR_RANGE;
    case re2::RE2::ErrorMissingBracket: return RE2E_MISSING_BRACKET;
    case re2::RE2::ErrorMissingParen: return RE2E_MISSING_PAREN;
    case re2::RE2::ErrorUnexpectedParen: return RE2E_UNEXPECTED_PAREN;
    case re2::RE2::ErrorTrailingBackslash: return RE2E_TRAILING_BACKSLASH;
    case re2::RE2::ErrorRepeatArgument: return RE2E_REPEAT_ARGUMENT;
    case re2::RE2::ErrorRepeatSize: return RE2E_REPEAT_SIZE;
    case re2::RE2::ErrorRepeatOp: return RE2E_REPEAT_OP;
    case re2::RE2::ErrorBadPerlOp: return RE2E_BAD_PERL_OP;
    case re2::RE2::ErrorBadUTF8: return RE2E_BAD_UTF8;
    case re2::RE2::ErrorBadNamedCapture: return RE2E_BAD_NAMED_CAPTURE;
    case re2::RE2::ErrorPatternTooLarge: return RE2E_TOO_LARGE;
    default: return RE2E_INTERNAL;
    }
}

static char *dup_string(const std::string &s) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (p) {
        std::memcpy(p, s.data(), s.size());
        p[s.size()] = 0;
    }
    return p;
}

extern "C" Re2Prog *re2_compile(const char *pat, size_t n, int mode, Re2Err *err, char **arg, size_t *arg_len) {
    re2::RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_longest_match(mode != RE2_MODE_PERL);
    opt.set_posix_syntax(mode == RE2_MODE_POSIX);
    opt.set_max_mem(int64_t(1) << 30);   // Go has no memory budget: be generous
    re2::RE2 *re = new (std::nothrow) re2::RE2(re2::StringPiece(pat, n), opt);
    *arg = nullptr;
    *arg_len = 0;
    if (!re) {
        *err = RE2E_INTERNAL;
        return nullptr;
    }
    if (!re->ok()) {
        *err = map_error(re->error_code());
        *arg = dup_string(re->error_arg());
        *arg_len = *arg ? re->error_arg().size() : 0;
        delete re;
        return nullptr;
    }
    Re2Prog *p = new (std::nothrow) Re2Prog;
    if (!p) {
        delete re;
        *err = RE2E_INTERNAL;
        return nullptr;
    }
    p->re = re;
    p->names.assign(size_t(re->NumberOfCapturingGroups()) + 1, std::string());
    for (const auto &kv : re->CapturingGroupNames()) p->names[size_t(kv.first)] = kv.second;
    *err = RE2E_OK;
    return p;
}

extern "C" void re2_free(Re2Prog *p) {
    if (!p) return;
    delete p->re;
    delete p;
}

extern "C" int re2_num_groups(const Re2Prog *p) { return p->re->NumberOfCapturingGroups(); }

extern "C" const char *re2_group_name(const Re2Prog *p, int i) {
    if (i < 0 || size_t(i) >= p->names.size() || p->names[size_t(i)].empty()) return nullptr;
    return p->names[size_t(i)].c_str();
}

extern "C" bool re2_match(const Re2Prog *p, const char *text, size_t n, size_t pos, int ncap, int64_t *caps) {
    re2::StringPiece input(text ? text : "", n);
    std::vector<re2::StringPiece> sub(size_t(ncap > 0 ? ncap : 0));
    if (!p->re->Match(input, pos, n, re2::RE2::UNANCHORED, sub.data(), ncap)) return false;
    for (int i = 0; i < ncap; i++) {
        const re2::StringPiece &s = sub[size_t(i)];
        if (s.data() == nullptr) {
            caps[2 * i] = caps[2 * i + 1] = -1;
        } else {
            caps[2 * i] = s.data() - input.data();
            caps[2 * i + 1] = caps[2 * i] + int64_t(s.size());
        }
    }
    return true;
}
