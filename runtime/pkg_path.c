// pkg_path.c - packages path and path/filepath (Unix: the separator is
// '/' and both packages share one implementation): Clean, Join, Split,
// Base, Dir, Ext, IsAbs, Match (Go's scanChunk/matchChunk, ported), and
// for filepath Abs, Rel, Glob, Walk, WalkDir, SplitList, ToSlash,
// FromSlash, VolumeName. Walk and WalkDir call the Go callback through
// rt_call_func, visiting names in lexical order as Go does.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoIface no_error = {NULL, NULL};
static const GoString bad_pattern_path = {(const uint8_t *)"syntax error in pattern", 23};
static const GoString bad_pattern_filepath = {(const uint8_t *)"syntax error in pattern", 23};

static GoString go_str(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static GoString sb_string(Runtime *rt, StrBuf *b) {
    GoString s = rt_string_from_c(rt, b->p ? b->p : "", b->len);
    sb_free(b);
    return s;
}

static void set_bool(Value *v, bool b) {
    v->w[1] = 0;
    v->u = b;
}

// ---- lexical operations ---------------------------------------------------------------

void rt_path_clean(StrBuf *out, GoString path) {
    if (path.len == 0) {
        sb_putc(out, '.');
        return;
    }
    const uint8_t *p = path.ptr;
    int64_t n = path.len, r = 0;
    size_t base = out->len, dotdot = 0;
    bool rooted = p[0] == '/';
    if (rooted) {
        sb_putc(out, '/');
        r = 1;
        dotdot = 1;
    }
    while (r < n) {
        if (p[r] == '/') {
            r++;
        } else if (p[r] == '.' && (r + 1 == n || p[r + 1] == '/')) {
            r++;
        } else if (p[r] == '.' && p[r + 1] == '.' && (r + 2 == n || p[r + 2] == '/')) {
            r += 2;
            size_t w = out->len - base;
            if (w > dotdot) {
                w--;
                while (w > dotdot && out->p[base + w] != '/')
                    w--;
                out->len = base + w;
            } else if (!rooted) {
                if (w > 0)
                    sb_putc(out, '/');
                sb_puts(out, "..");
                dotdot = out->len - base;
            }
        } else {
            size_t w = out->len - base;
            if ((rooted && w != 1) || (!rooted && w != 0))
                sb_putc(out, '/');
            for (; r < n && p[r] != '/'; r++)
                sb_putc(out, (char)p[r]);
        }
    }
    if (out->len == base)
        sb_putc(out, '.');
}

static GoString clean_string(Runtime *rt, GoString path) {
    StrBuf b = {0};
    rt_path_clean(&b, path);
    if ((int64_t)b.len == path.len && memcmp(b.p, path.ptr, b.len) == 0) {
        sb_free(&b);
        return path;
    }
    return sb_string(rt, &b);
}

static GoString join(Runtime *rt, const GoString *elems, int64_t n) {
    StrBuf b = {0};
    bool any = false;
    for (int64_t i = 0; i < n; i++) {
        if (elems[i].len == 0 && !any)
            continue;
        if (any)
            sb_putc(&b, '/');
        sb_put(&b, elems[i].ptr, (size_t)elems[i].len);
        any = true;
    }
    if (!any) {
        sb_free(&b);
        return (GoString){NULL, 0};
    }
    GoString joined = {(const uint8_t *)b.p, (int64_t)b.len};
    StrBuf c = {0};
    rt_path_clean(&c, joined);
    sb_free(&b);
    return sb_string(rt, &c);
}

GoString rt_path_join2(Runtime *rt, GoString a, GoString b) {
    GoString v[2] = {a, b};
    return join(rt, v, 2);
}

static int64_t last_slash(GoString s) {
    int64_t i = s.len - 1;
    while (i >= 0 && s.ptr[i] != '/')
        i--;
    return i;
}

static GoString base(GoString path) {
    if (path.len == 0)
        return go_str(".");
    while (path.len > 0 && path.ptr[path.len - 1] == '/')
        path.len--;
    if (path.len == 0)
        return go_str("/");
    int64_t i = last_slash(path);
    return (GoString){path.ptr + i + 1, path.len - i - 1};
}

static void p_clean(Runtime *rt, Value *a, Value *res) { res[0].s = clean_string(rt, a[0].s); }
static void p_join(Runtime *rt, Value *a, Value *res) {
    res[0].s = join(rt, (const GoString *)a[0].sl.ptr, a[0].sl.len);
}
static void p_base(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].s = base(a[0].s); }

static void p_dir(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    res[0].s = clean_string(rt, (GoString){s.ptr, last_slash(s) + 1});
}

static void p_split(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoString s = a[0].s;
    int64_t i = last_slash(s);
    res[0].s = (GoString){s.ptr, i + 1};
    res[1].s = (GoString){s.ptr + i + 1, s.len - i - 1};
}

static void p_ext(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoString s = a[0].s;
    res[0].s = (GoString){NULL, 0};
    for (int64_t i = s.len - 1; i >= 0 && s.ptr[i] != '/'; i--) {
        if (s.ptr[i] == '.') {
            res[0].s = (GoString){s.ptr + i, s.len - i};
            return;
        }
    }
}

static void p_is_abs(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    set_bool(&res[0], a[0].s.len > 0 && a[0].s.ptr[0] == '/');
}

static void p_identity(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].s = a[0].s; }
static void p_volume_name(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].s = (GoString){NULL, 0}; }

static void p_split_list(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    GoSlice out = {NULL, 0, 0};
    if (s.len > 0) {
        int64_t start = 0;
        for (int64_t i = 0; i <= s.len; i++) {
            if (i < s.len && s.ptr[i] != ':')
                continue;
            GoString part = {s.ptr + start, i - start};
            out = rt_append(rt, &rt_ptype_string, out, &part, 1);
            start = i + 1;
        }
    }
    res[0].sl = out;
}

static void p_abs(Runtime *rt, Value *a, Value *res) {
    res[1].e = no_error;
    if (a[0].s.len > 0 && a[0].s.ptr[0] == '/') {
        res[0].s = clean_string(rt, a[0].s);
        return;
    }
    Value r[2];
    rt_os_getwd(rt, NULL, r);
    if (r[1].e.type) {
        res[0].s = (GoString){NULL, 0};
        res[1].e = r[1].e;
        return;
    }
    res[0].s = rt_path_join2(rt, r[0].s, a[0].s);
}

static bool str_eq(GoString a, GoString b) { return rt_string_eq(a, b); }

static void p_rel(Runtime *rt, Value *a, Value *res) {
    GoString base_s = clean_string(rt, a[0].s), targ = clean_string(rt, a[1].s);
    res[0].s = (GoString){NULL, 0};
    res[1].e = no_error;
    if (str_eq(targ, base_s)) {
        res[0].s = go_str(".");
        return;
    }
    if (base_s.len == 1 && base_s.ptr[0] == '.')
        base_s.len = 0;
    bool bs = base_s.len > 0 && base_s.ptr[0] == '/', ts = targ.len > 0 && targ.ptr[0] == '/';
    int64_t bl = base_s.len, tl = targ.len, b0 = 0, bi = 0, t0 = 0, ti = 0;
    if (bs == ts) {
        for (;;) {
            while (bi < bl && base_s.ptr[bi] != '/')
                bi++;
            while (ti < tl && targ.ptr[ti] != '/')
                ti++;
            if (!str_eq((GoString){targ.ptr + t0, ti - t0}, (GoString){base_s.ptr + b0, bi - b0}))
                break;
            if (bi < bl)
                bi++;
            if (ti < tl)
                ti++;
            b0 = bi;
            t0 = ti;
        }
    }
    if (bs != ts || (bi - b0 == 2 && base_s.ptr[b0] == '.' && base_s.ptr[b0 + 1] == '.')) {
        StrBuf b = {0};
        sb_puts(&b, "Rel: can't make ");
        sb_put(&b, a[1].s.ptr, (size_t)a[1].s.len);
        sb_puts(&b, " relative to ");
        sb_put(&b, a[0].s.ptr, (size_t)a[0].s.len);
        res[1].e = rt_error_new(rt, b.p, b.len);
        sb_free(&b);
        return;
    }
    if (b0 != bl) {
        StrBuf b = {0};
        sb_puts(&b, "..");
        for (int64_t i = b0; i < bl; i++)
            if (base_s.ptr[i] == '/')
                sb_puts(&b, "/..");
        if (t0 != tl) {
            sb_putc(&b, '/');
            sb_put(&b, targ.ptr + t0, (size_t)(tl - t0));
        }
        res[0].s = sb_string(rt, &b);
        return;
    }
    res[0].s = (GoString){targ.ptr + t0, tl - t0};
}

// ---- EvalSymlinks --------------------------------------------------------------------

// eval_symlinks: Go's walkSymlinks (Unix): resolves each element of path
// in turn, following at most 255 links; the cleaned result or *err.
static GoString eval_symlinks(Runtime *rt, GoString in, GoIface *err) {
    StrBuf path = {0}, dest = {0};
    sb_put(&path, in.ptr, (size_t)in.len);
    size_t vol = path.len > 0 && path.p[0] == '/' ? 1 : 0;
    sb_put(&dest, path.p, vol);
    int links = 0;
    *err = no_error;
    GoString result = {NULL, 0};
    for (size_t start = vol, end = vol; start < path.len; start = end) {
        while (start < path.len && path.p[start] == '/')
            start++;
        end = start;
        while (end < path.len && path.p[end] != '/')
            end++;
        size_t elen = end - start;
        if (elen == 0)
            break;
        if (elen == 1 && path.p[start] == '.')
            continue;
        if (elen == 2 && path.p[start] == '.' && path.p[start + 1] == '.') {
            ssize_t r = (ssize_t)dest.len - 1;
            while (r >= (ssize_t)vol && dest.p[r] != '/')
                r--;
            if (r < (ssize_t)vol || (dest.len - (size_t)r - 1 == 2 && dest.p[r + 1] == '.' && dest.p[r + 2] == '.')) {
                if (dest.len > vol)
                    sb_putc(&dest, '/');
                sb_puts(&dest, "..");
            } else {
                dest.len = (size_t)r;
            }
            continue;
        }
        if (dest.len > 0 && dest.p[dest.len - 1] != '/')
            sb_putc(&dest, '/');
        sb_put(&dest, path.p + start, elen);
        GoString d = rt_string_from_c(rt, dest.p, dest.len);
        char *cd = rt_cstring(d);
        struct stat st;
        int rc = lstat(cd, &st), e = errno;
        if (rc < 0) {
            free(cd);
            *err = rt_path_error(rt, "lstat", d, e);
            goto done;
        }
        if (!S_ISLNK(st.st_mode)) {
            free(cd);
            if (!S_ISDIR(st.st_mode) && end < path.len) {
                *err = rt_errno(rt, ENOTDIR);
                goto done;
            }
            continue;
        }
        if (++links > 255) {
            free(cd);
            *err = rt_error_new(rt, "EvalSymlinks: too many links", 28);
            goto done;
        }
        Value la[1], lr[2];
        la[0].s = d;
        free(cd);
        rt_native_call(rt, "os", "Readlink", la, lr);
        if (lr[1].e.type) {
            *err = lr[1].e;
            goto done;
        }
        GoString link = lr[0].s;
        StrBuf np = {0};
        sb_put(&np, link.ptr, (size_t)link.len);
        sb_put(&np, path.p + end, path.len - end);
        sb_free(&path);
        path = np;
        if (link.len > 0 && link.ptr[0] == '/') {
            dest.len = 0;
            sb_putc(&dest, '/');
            end = 1;
        } else {
            ssize_t r = (ssize_t)dest.len - 1;
            while (r >= (ssize_t)vol && dest.p[r] != '/')
                r--;
            dest.len = r < (ssize_t)vol ? vol : (size_t)r;
            end = 0;
        }
    }
    result = clean_string(rt, rt_string_from_c(rt, dest.p ? dest.p : "", dest.len));
done:
    sb_free(&path);
    sb_free(&dest);
    return result;
}

static void p_eval_symlinks(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    res[0].s = eval_symlinks(rt, a[0].s, &err);
    res[1].e = err;
}

// ---- Match ----------------------------------------------------------------------------

typedef enum { M_NO, M_OK, M_BAD } MatchResult;

static void scan_chunk(GoString *pattern, bool *star, GoString *chunk) {
    *star = false;
    while (pattern->len > 0 && pattern->ptr[0] == '*') {
        pattern->ptr++;
        pattern->len--;
        *star = true;
    }
    bool inrange = false;
    int64_t i;
    for (i = 0; i < pattern->len; i++) {
        uint8_t c = pattern->ptr[i];
        if (c == '\\') {
            if (i + 1 < pattern->len)
                i++;
        } else if (c == '[') {
            inrange = true;
        } else if (c == ']') {
            inrange = false;
        } else if (c == '*' && !inrange) {
            break;
        }
    }
    *chunk = (GoString){pattern->ptr, i};
    pattern->ptr += i;
    pattern->len -= i;
}

static void advance(GoString *s, int64_t n) {
    s->ptr += n;
    s->len -= n;
}

static bool get_esc(GoString *chunk, int32_t *r) {
    if (chunk->len == 0 || chunk->ptr[0] == '-' || chunk->ptr[0] == ']')
        return false;
    if (chunk->ptr[0] == '\\') {
        advance(chunk, 1);
        if (chunk->len == 0)
            return false;
    }
    int w;
    *r = rt_decode_rune(*chunk, 0, &w);
    bool ok = !(*r == 0xfffd && w == 1);
    advance(chunk, w);
    return ok && chunk->len > 0;
}

// match_chunk: Go's matchChunk; *rest is what remains of s on M_OK.
static MatchResult match_chunk(GoString chunk, GoString s, GoString *rest) {
    bool failed = false;
    while (chunk.len > 0) {
        if (!failed && s.len == 0)
            failed = true;
        uint8_t c = chunk.ptr[0];
        if (c == '[') {
            int32_t r = 0;
            if (!failed) {
                int w;
                r = rt_decode_rune(s, 0, &w);
                advance(&s, w);
            }
            advance(&chunk, 1);
            bool negated = false;
            if (chunk.len > 0 && chunk.ptr[0] == '^') {
                negated = true;
                advance(&chunk, 1);
            }
            bool match = false;
            int nrange = 0;
            for (;;) {
                if (chunk.len > 0 && chunk.ptr[0] == ']' && nrange > 0) {
                    advance(&chunk, 1);
                    break;
                }
                int32_t lo, hi;
                if (!get_esc(&chunk, &lo))
                    return M_BAD;
                hi = lo;
                if (chunk.ptr[0] == '-') {
                    advance(&chunk, 1);
                    if (!get_esc(&chunk, &hi))
                        return M_BAD;
                }
                if (lo <= r && r <= hi)
                    match = true;
                nrange++;
            }
            if (match == negated)
                failed = true;
        } else if (c == '?') {
            if (!failed) {
                if (s.ptr[0] == '/')
                    failed = true;
                int w;
                rt_decode_rune(s, 0, &w);
                advance(&s, w);
            }
            advance(&chunk, 1);
        } else {
            if (c == '\\') {
                advance(&chunk, 1);
                if (chunk.len == 0)
                    return M_BAD;
            }
            if (!failed) {
                if (chunk.ptr[0] != s.ptr[0])
                    failed = true;
                advance(&s, 1);
            }
            advance(&chunk, 1);
        }
    }
    if (failed)
        return M_NO;
    *rest = s;
    return M_OK;
}

// match: Match(pattern, name); check_rest: path.Match's syntax check of
// the rest of the pattern after a failed chunk (Go 1.19's filepath.Match
// does not make it).
static MatchResult match_in(GoString pattern, GoString name, bool check_rest) {
    while (pattern.len > 0) {
        bool star;
        GoString chunk, t;
        scan_chunk(&pattern, &star, &chunk);
        if (star && chunk.len == 0)
            return name.len && memchr(name.ptr, '/', (size_t)name.len) ? M_NO : M_OK;
        MatchResult m = match_chunk(chunk, name, &t);
        if (m == M_OK && (t.len == 0 || pattern.len > 0)) {
            name = t;
            continue;
        }
        if (m == M_BAD)
            return M_BAD;
        bool matched = false;
        if (star) {
            for (int64_t i = 0; i < name.len && name.ptr[i] != '/'; i++) {
                m = match_chunk(chunk, (GoString){name.ptr + i + 1, name.len - i - 1}, &t);
                if (m == M_OK) {
                    if (pattern.len == 0 && t.len > 0)
                        continue;
                    name = t;
                    matched = true;
                    break;
                }
                if (m == M_BAD)
                    return M_BAD;
            }
        }
        if (matched)
            continue;
        while (check_rest && pattern.len > 0) {
            scan_chunk(&pattern, &star, &chunk);
            if (match_chunk(chunk, (GoString){NULL, 0}, &t) == M_BAD)
                return M_BAD;
        }
        return M_NO;
    }
    return name.len == 0 ? M_OK : M_NO;
}

int rt_path_match(GoString pattern, GoString name) {
    MatchResult m = match_in(pattern, name, true);
    return m == M_OK ? 1 : m == M_NO ? 0 : -1;
}

static MatchResult match(GoString pattern, GoString name) { return match_in(pattern, name, false); }

static void match_common(Value *a, Value *res, const GoString *bad) {
    MatchResult m = match_in(a[0].s, a[1].s, bad == &bad_pattern_path);
    set_bool(&res[0], m == M_OK);
    res[1].e = m == M_BAD ? rt_error_static(bad) : no_error;
}

static void path_match(Runtime *rt, Value *a, Value *res) { (void)rt; match_common(a, res, &bad_pattern_path); }
static void filepath_match(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    match_common(a, res, &bad_pattern_filepath);
}

// ---- Glob -----------------------------------------------------------------------------

static bool has_meta(GoString s) {
    for (int64_t i = 0; i < s.len; i++)
        if (strchr("*?[\\", s.ptr[i]))
            return true;
    return false;
}

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

// dir_names: the sorted names in dir (malloc'ed), or -errno.
static int64_t dir_names(GoString dir, char ***out) {
    char *p = rt_cstring(dir);
    DirEnt *ents = NULL;
    int64_t n = rt_os_list_dir(p, &ents, false);
    free(p);
    if (n < 0)
        return n;
    char **v = malloc((size_t)(n + 1) * sizeof *v);
    if (!v)
        abort();
    for (int64_t i = 0; i < n; i++)
        v[i] = ents[i].name;
    free(ents);
    if (n > 1)
        qsort(v, (size_t)n, sizeof *v, cmp_cstr);
    *out = v;
    return n;
}

static void free_names(char **v, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static bool is_dir(GoString path) {
    char *p = rt_cstring(path);
    struct stat st;
    bool ok = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
    free(p);
    return ok;
}

// glob_dir appends to *m the names in dir matching pattern; false on a bad pattern.
static bool glob_dir(Runtime *rt, GoString dir, GoString pattern, GoSlice *m) {
    if (!is_dir(dir))
        return true;
    char **names;
    int64_t n = dir_names(dir, &names);
    if (n < 0)
        return true;
    bool ok = true;
    for (int64_t i = 0; i < n && ok; i++) {
        MatchResult r = match(pattern, go_str(names[i]));
        if (r == M_BAD)
            ok = false;
        else if (r == M_OK) {
            GoString j = rt_path_join2(rt, dir, rt_string_from_c(rt, names[i], strlen(names[i])));
            *m = rt_append(rt, &rt_ptype_string, *m, &j, 1);
        }
    }
    free_names(names, n);
    return ok;
}

static bool glob(Runtime *rt, GoString pattern, int depth, GoSlice *out) {
    if (match(pattern, (GoString){NULL, 0}) == M_BAD || depth == 10000)
        return false;
    if (!has_meta(pattern)) {
        char *p = rt_cstring(pattern);
        struct stat st;
        int r = lstat(p, &st);
        free(p);
        if (r == 0)
            *out = rt_append(rt, &rt_ptype_string, *out, &pattern, 1);
        return true;
    }
    int64_t i = last_slash(pattern);
    GoString dir = {pattern.ptr, i + 1}, file = {pattern.ptr + i + 1, pattern.len - i - 1};
    if (dir.len == 0)
        dir = go_str(".");
    else if (dir.len > 1)
        dir.len--;
    if (!has_meta(dir))
        return glob_dir(rt, dir, file, out);
    if (str_eq(dir, pattern))
        return false;
    GoSlice dirs = {NULL, 0, 0};
    if (!glob(rt, dir, depth + 1, &dirs))
        return false;
    for (uint32_t k = 0; k < dirs.len; k++)
        if (!glob_dir(rt, ((GoString *)dirs.ptr)[k], file, out))
            return false;
    return true;
}

static void p_glob(Runtime *rt, Value *a, Value *res) {
    GoSlice m = {NULL, 0, 0};
    res[1].e = no_error;
    if (!glob(rt, a[0].s, 0, &m)) {
        res[0].sl = (GoSlice){NULL, 0, 0};
        res[1].e = rt_error_static(&bad_pattern_filepath);
        return;
    }
    res[0].sl = m;
}

// ---- Walk and WalkDir ------------------------------------------------------------------

static bool is_skip_dir(GoIface e) { return rt_fs_is_sentinel(e, FS_ERR_SKIP_DIR); }

static GoIface call_walk_fn(Runtime *rt, Value fn, GoString path, GoIface info, GoIface err) {
    Value args[3], r[1];
    args[0].s = path;
    args[1].e = info;
    args[2].e = err;
    r[0].e = no_error;
    rt_call_func(rt, fn, args, 3, r);
    return r[0].e;
}

static bool info_is_dir(Runtime *rt, GoIface info) {
    Value r[1];
    r[0].w[0] = r[0].w[1] = 0;
    rt_call_method(rt, info, "IsDir", NULL, 0, r);
    return r[0].b;
}

static GoIface lstat_info(Runtime *rt, GoString path, GoIface *err) {
    Value a[1], r[2];
    a[0].s = path;
    rt_native_call(rt, "os", "Lstat", a, r);
    *err = r[1].e;
    return r[0].e;
}

static GoIface walk(Runtime *rt, GoString path, GoIface info, Value fn) {
    if (!info_is_dir(rt, info))
        return call_walk_fn(rt, fn, path, info, no_error);
    char **names = NULL;
    int64_t n = dir_names(path, &names);
    GoIface rerr = n < 0 ? rt_path_error(rt, "open", path, (int)-n) : no_error;
    GoIface err1 = call_walk_fn(rt, fn, path, info, rerr);
    if (rerr.type || err1.type) {
        if (n > 0)
            free_names(names, n);
        return err1;
    }
    GoIface result = no_error;
    for (int64_t i = 0; i < n; i++) {
        GoString file = rt_path_join2(rt, path, rt_string_from_c(rt, names[i], strlen(names[i])));
        GoIface lerr, e;
        GoIface fi = lstat_info(rt, file, &lerr);
        if (lerr.type) {
            e = call_walk_fn(rt, fn, file, fi, lerr);
            if (e.type && !is_skip_dir(e)) {
                result = e;
                break;
            }
        } else {
            e = walk(rt, file, fi, fn);
            if (e.type && (!info_is_dir(rt, fi) || !is_skip_dir(e))) {
                result = e;
                break;
            }
        }
    }
    free_names(names, n);
    return result;
}

static void p_walk(Runtime *rt, Value *a, Value *res) {
    GoIface lerr, err;
    GoIface fi = lstat_info(rt, a[0].s, &lerr);
    if (lerr.type)
        err = call_walk_fn(rt, a[1], a[0].s, fi, lerr);
    else
        err = walk(rt, a[0].s, fi, a[1]);
    res[0].e = is_skip_dir(err) ? no_error : err;
}

// walk_dir: filepath's walkDir (fsys nil: the OS's directories) or
// io/fs's (entries from fs.ReadDir(fsys, ...), whose second callback may
// skip the directory).
static GoIface walk_dir(Runtime *rt, GoIface fsys, GoString path, GoIface d, Value fn) {
    GoIface err = call_walk_fn(rt, fn, path, d, no_error);
    bool dir = info_is_dir(rt, d);
    if (err.type || !dir)
        return is_skip_dir(err) && dir ? no_error : err;
    Value a[2], r[2];
    if (fsys.type) {
        a[0].e = fsys;
        a[1].s = path;
        rt_native_call(rt, "io/fs", "ReadDir", a, r);
    } else {
        a[0].s = path;
        rt_native_call(rt, "os", "ReadDir", a, r);
    }
    if (r[1].e.type) {
        err = call_walk_fn(rt, fn, path, d, r[1].e);
        if (err.type)
            return fsys.type && is_skip_dir(err) ? no_error : err;
    }
    GoSlice dirs = r[0].sl;
    for (uint32_t i = 0; i < dirs.len; i++) {
        GoIface d1 = ((GoIface *)dirs.ptr)[i];
        Value nr[1];
        rt_call_method(rt, d1, "Name", NULL, 0, nr);
        err = walk_dir(rt, fsys, rt_path_join2(rt, path, nr[0].s), d1, fn);
        if (err.type)
            return is_skip_dir(err) ? no_error : err;
    }
    return no_error;
}

GoIface rt_stat_dir_entry(Runtime *rt, const char *pkg, GoIface fi) {
    const Type *t = rt_pkg_type(rt, pkg, "statDirEntry", false);
    GoIface *sd = rt_alloc(rt, t);
    rt_store(rt, &rt_ptype_error, sd, (Value){.e = fi});
    return (GoIface){rt_pkg_type(rt, pkg, "statDirEntry", true), sd};
}

void rt_fs_walk_dir(Runtime *rt, Value *a, Value *res) {
    Value sa[2], sr[2];
    sa[0] = a[0];
    sa[1] = a[1];
    rt_native_call(rt, "io/fs", "Stat", sa, sr);
    GoIface err;
    if (sr[1].e.type)
        err = call_walk_fn(rt, a[2], a[1].s, no_error, sr[1].e);
    else
        err = walk_dir(rt, a[0].e, a[1].s, rt_stat_dir_entry(rt, "io/fs", sr[0].e), a[2]);
    res[0].e = is_skip_dir(err) ? no_error : err;
}

// statDirEntry: "struct { info fs.FileInfo }", a DirEntry made from a FileInfo.
static void p_walk_dir(Runtime *rt, Value *a, Value *res) {
    GoIface lerr, err;
    GoIface fi = lstat_info(rt, a[0].s, &lerr);
    if (lerr.type) {
        err = call_walk_fn(rt, a[1], a[0].s, no_error, lerr);
    } else {
        err = walk_dir(rt, no_error, a[0].s, rt_stat_dir_entry(rt, "path/filepath", fi), a[1]);
    }
    res[0].e = is_skip_dir(err) ? no_error : err;
}

static void sde_forward(Runtime *rt, Value *a, Value *res, const char *name) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    rt_call_method(rt, *(GoIface *)a[0].p, name, NULL, 0, res);
}

void rt_sde_name(Runtime *rt, Value *a, Value *res) { sde_forward(rt, a, res, "Name"); }
void rt_sde_is_dir(Runtime *rt, Value *a, Value *res) { sde_forward(rt, a, res, "IsDir"); }
void rt_sde_type(Runtime *rt, Value *a, Value *res) {
    sde_forward(rt, a, res, "Mode");
    res[0].u &= 0x8f280000u;
}
void rt_sde_info(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].e = *(GoIface *)a[0].p;
    res[1].e = no_error;
}

static void var_skip_dir(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_SKIP_DIR); }
// p_has_prefix: filepath.HasPrefix (deprecated in Go, kept for old
// scripts): a byte prefix test on Unix.
static void p_has_prefix(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoString p = a[0].s, pre = a[1].s;
    res[0].w[1] = 0;
    res[0].u = pre.len <= p.len && (pre.len == 0 || memcmp(p.ptr, pre.ptr, (size_t)pre.len) == 0);
}

static void var_bad_pattern_path(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&bad_pattern_path); }
static void var_bad_pattern_filepath(Runtime *rt, Value *out) {
    (void)rt;
    out->e = rt_error_static(&bad_pattern_filepath);
}

#define COMMON_FUNCS                                                                  \
    {"Clean", "func(path string) string", p_clean},                                   \
    {"Join", "func(elem ...string) string", p_join},                                  \
    {"Split", "func(path string) (dir, file string)", p_split},                       \
    {"Base", "func(path string) string", p_base},                                     \
    {"Dir", "func(path string) string", p_dir},                                       \
    {"Ext", "func(path string) string", p_ext},                                       \
    {"IsAbs", "func(path string) bool", p_is_abs}

static const NativeFunc path_funcs[] = {
    COMMON_FUNCS,
    {"Match", "func(pattern, name string) (matched bool, err error)", path_match},
};

static const NativeVar path_vars[] = {
    {"ErrBadPattern", "error", var_bad_pattern_path},
};

const NativePkg rt_pkg_path = {
    .path = "path", .name = "path",
    .funcs = path_funcs, .nfuncs = sizeof path_funcs / sizeof path_funcs[0],
    .vars = path_vars, .nvars = sizeof path_vars / sizeof path_vars[0],
};

static const NativeFunc filepath_funcs[] = {
    COMMON_FUNCS,
    {"Match", "func(pattern, name string) (matched bool, err error)", filepath_match},
    {"Abs", "func(path string) (string, error)", p_abs},
    {"Rel", "func(basepath, targpath string) (string, error)", p_rel},
    {"EvalSymlinks", "func(path string) (string, error)", p_eval_symlinks},
    {"Glob", "func(pattern string) (matches []string, err error)", p_glob},
    {"Walk", "func(root string, fn WalkFunc) error", p_walk},
    {"WalkDir", "func(root string, fn fs.WalkDirFunc) error", p_walk_dir},
    {"SplitList", "func(path string) []string", p_split_list},
    {"ToSlash", "func(path string) string", p_identity},
    {"FromSlash", "func(path string) string", p_identity},
    {"VolumeName", "func(path string) string", p_volume_name},
    {"HasPrefix", "func(p, prefix string) bool", p_has_prefix},
    {"(*statDirEntry).Name", "func() string", rt_sde_name},
    {"(*statDirEntry).IsDir", "func() bool", rt_sde_is_dir},
    {"(*statDirEntry).Type", "func() fs.FileMode", rt_sde_type},
    {"(*statDirEntry).Info", "func() (fs.FileInfo, error)", rt_sde_info},
};

static const NativeType filepath_types[] = {
    {"WalkFunc", "func(path string, info fs.FileInfo, err error) error"},
    {"statDirEntry", "struct { info fs.FileInfo }"},
};

static const NativeConst filepath_consts[] = {
    {"Separator", "untyped rune", "47"},
    {"ListSeparator", "untyped rune", "58"},
};

static const NativeVar filepath_vars[] = {
    {"ErrBadPattern", "error", var_bad_pattern_filepath},
    {"SkipDir", "error", var_skip_dir},
};

static const char *const filepath_imports[] = {"io/fs", "os", NULL};

const NativePkg rt_pkg_filepath = {
    .path = "path/filepath", .name = "filepath",
    .funcs = filepath_funcs, .nfuncs = sizeof filepath_funcs / sizeof filepath_funcs[0],
    .types = filepath_types, .ntypes = sizeof filepath_types / sizeof filepath_types[0],
    .consts = filepath_consts, .nconsts = sizeof filepath_consts / sizeof filepath_consts[0],
    .vars = filepath_vars, .nvars = sizeof filepath_vars / sizeof filepath_vars[0],
    .imports = filepath_imports,
};
