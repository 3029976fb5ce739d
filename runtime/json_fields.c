// json_fields.c - Go 1.19's typeFields (encoding/json/encode.go): a
// breadth-first walk of embedded structs, tag parsing (StructTag.Lookup,
// parseTag, isValidTag), the sort by name/depth/tag and the dominant-field
// rule, then the fields in index order.
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "json_fields.h"

// tag_lookup: Go's StructTag.Lookup(key); the unquoted value in *out.
static bool tag_lookup(const char *tag, const char *key, StrBuf *out) {
    size_t klen = strlen(key);
    while (tag && *tag) {
        while (*tag == ' ') tag++;
        if (!*tag) break;
        size_t i = 0;
        while (tag[i] && (uint8_t)tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f) i++;
        if (i == 0 || !tag[i] || !tag[i + 1] || tag[i] != ':' || tag[i + 1] != '"') break;
        const char *name = tag;
        size_t nlen = i;
        tag += i + 1;
        i = 1;
        while (tag[i] && tag[i] != '"') {
            if (tag[i] == '\\' && tag[i + 1]) i++;
            i++;
        }
        if (!tag[i]) break;
        const char *q = tag;
        size_t qlen = i + 1;
        tag += i + 1;
        if (nlen == klen && memcmp(name, key, klen) == 0) return rt_unquote(out, (const uint8_t *)q, qlen);
    }
    return false;
}

static bool is_valid_tag(const char *s, size_t n) {
    if (n == 0) return false;
    for (size_t i = 0; i < n;) {
        int w;
        int32_t c = rt_decode_rune((GoString){(const uint8_t *)s, (int64_t)n}, (int64_t)i, &w);
        i += (size_t)w;
        if (c < 0x80 && c && strchr("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c)) continue;
        utf8proc_category_t cat = utf8proc_category(c);
        bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        if (!letter && cat != UTF8PROC_CATEGORY_ND) return false;
    }
    return true;
}

bool json_tag_has(const char *opts, const char *opt) {
    size_t n = strlen(opt);
    while (opts && *opts) {
        const char *comma = strchr(opts, ',');
        size_t len = comma ? (size_t)(comma - opts) : strlen(opts);
        if (len == n && memcmp(opts, opt, n) == 0) return true;
        opts = comma ? comma + 1 : NULL;
    }
    return false;
}

static void push(JsonFields *fs, JsonField f) {
    if (fs->n == fs->cap) {
        fs->cap = fs->cap ? 2 * fs->cap : 8;
        fs->v = realloc(fs->v, (size_t)fs->cap * sizeof *fs->v);
        if (!fs->v) abort();
    }
    fs->v[fs->n++] = f;
}

static int *path_append(const int *index, int depth, int i) {
    int *p = malloc(sizeof(int) * (size_t)(depth + 1));
    if (!p) abort();
    if (depth) memcpy(p, index, sizeof(int) * (size_t)depth);
    p[depth] = i;
    return p;
}

// A level of the breadth-first walk: struct types with their paths.
typedef JsonFields Level;

static bool quotable(const Type *t) {
    int k = t->kind;
    return k == KIND_BOOL || (k >= KIND_INT && k <= KIND_FLOAT64) || k == KIND_STRING;
}

// add_fields: the fields of one struct type f->type of the current level.
static void add_fields(JsonFields *out, const JsonField *f, Level *next) {
    const Type *st = f->type;
    for (int i = 0; i < st->nfields; i++) {
        const Field *sf = &st->fields[i];
        if (sf->embedded) {
            const Type *t = sf->type->kind == KIND_POINTER && !sf->type->name ? sf->type->elem : sf->type;
            if (!sf->exported && t->kind != KIND_STRUCT) continue;
        } else if (!sf->exported) {
            continue;
        }
        StrBuf tag = {0};
        bool has = tag_lookup(sf->tag, "json", &tag);
        sb_putc(&tag, 0);
        if (has && strcmp(tag.p, "-") == 0) {
            sb_free(&tag);
            continue;
        }
        const char *comma = strchr(tag.p, ',');
        size_t name_len = comma ? (size_t)(comma - tag.p) : strlen(tag.p);
        const char *opts = comma ? comma + 1 : "";
        if (!is_valid_tag(tag.p, name_len)) name_len = 0;
        const Type *ft = sf->type;
        if (!ft->name && ft->kind == KIND_POINTER) ft = ft->elem;
        bool quoted = json_tag_has(opts, "string") && quotable(ft);
        if (name_len > 0 || !sf->embedded || ft->kind != KIND_STRUCT) {
            JsonField nf = {.tagged = name_len > 0, .omit_empty = json_tag_has(opts, "omitempty"), .quoted = quoted,
                            .index = path_append(f->index, f->depth, i), .depth = f->depth + 1, .type = ft};
            const char *nm = name_len ? tag.p : sf->name;
            nf.name_len = name_len ? name_len : strlen(sf->name);
            nf.name = malloc(nf.name_len + 1);
            if (!nf.name) abort();
            memcpy(nf.name, nm, nf.name_len);
            nf.name[nf.name_len] = 0;
            push(out, nf);
            if (f->count > 1) {   // the struct type was embedded twice at this depth: annihilated below
                JsonField dup = nf;
                dup.name = strdup(nf.name);
                dup.index = path_append(nf.index, nf.depth - 1, nf.index[nf.depth - 1]);
                push(out, dup);
            }
            sb_free(&tag);
            continue;
        }
        sb_free(&tag);
        bool seen = false;
        for (int k = 0; k < next->n; k++) {
            if (next->v[k].type == ft) {
                next->v[k].count++;
                seen = true;
            }
        }
        if (!seen) {
            JsonField nf = {.index = path_append(f->index, f->depth, i), .depth = f->depth + 1, .type = ft, .count = 1};
            push(next, nf);
        }
    }
}

static int by_name(const void *a, const void *b) {
    const JsonField *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c) return c;
    if (x->depth != y->depth) return x->depth < y->depth ? -1 : 1;
    if (x->tagged != y->tagged) return x->tagged ? -1 : 1;
    for (int i = 0; i < x->depth && i < y->depth; i++)
        if (x->index[i] != y->index[i]) return x->index[i] < y->index[i] ? -1 : 1;
    return x->depth < y->depth ? -1 : x->depth > y->depth;
}

static int by_index(const void *a, const void *b) {
    const JsonField *x = a, *y = b;
    for (int i = 0; i < x->depth && i < y->depth; i++)
        if (x->index[i] != y->index[i]) return x->index[i] < y->index[i] ? -1 : 1;
    return x->depth < y->depth ? -1 : x->depth > y->depth;
}

static void free_field(JsonField *f) {
    free(f->name);
    free(f->index);
}

void json_type_fields(JsonFields *out, const Type *t) {
    memset(out, 0, sizeof *out);
    Level cur = {0}, next = {0};
    JsonField root = {.type = t};
    push(&next, root);
    const Type **visited = NULL;
    int nvisited = 0;
    while (next.n > 0) {
        Level tmp = cur;
        cur = next;
        next = tmp;
        for (int i = 0; i < next.n; i++) free_field(&next.v[i]);
        next.n = 0;
        for (int i = 0; i < cur.n; i++) {
            const JsonField *f = &cur.v[i];
            bool seen = false;
            for (int k = 0; k < nvisited; k++) seen = seen || visited[k] == f->type;
            if (seen) continue;
            visited = realloc(visited, sizeof *visited * (size_t)(nvisited + 1));
            if (!visited) abort();
            visited[nvisited++] = f->type;
            add_fields(out, f, &next);
        }
    }
    for (int i = 0; i < cur.n; i++) free_field(&cur.v[i]);
    for (int i = 0; i < next.n; i++) free_field(&next.v[i]);
    free(cur.v);
    free(next.v);
    free(visited);
    if (out->n == 0) return;
    qsort(out->v, (size_t)out->n, sizeof *out->v, by_name);
    int n = 0;
    for (int i = 0, adv; i < out->n; i += adv) {
        for (adv = 1; i + adv < out->n && strcmp(out->v[i + adv].name, out->v[i].name) == 0; adv++) {}
        bool keep = adv == 1 || !(out->v[i].depth == out->v[i + 1].depth && out->v[i].tagged == out->v[i + 1].tagged);
        for (int j = 0; j < adv; j++) {
            if (j == 0 && keep)
                out->v[n++] = out->v[i];
            else
                free_field(&out->v[i + j]);
        }
    }
    out->n = n;
    qsort(out->v, (size_t)out->n, sizeof *out->v, by_index);
}

void json_fields_free(JsonFields *fs) {
    for (int i = 0; i < fs->n; i++) free_field(&fs->v[i]);
    free(fs->v);
    memset(fs, 0, sizeof *fs);
}

const uint8_t *json_field_addr(const Type *t, const uint8_t *p, const JsonField *f, const Type **ft,
                               bool *addressable, Runtime *rt) {
    for (int i = 0; i < f->depth; i++) {
        if (t->kind == KIND_POINTER) {
            void **slot = (void **)p;
            if (!*slot) {
                if (!rt) return NULL;
                gc_write_ptr(rt, slot, rt_alloc(rt, t->elem));
            }
            p = *slot;
            t = t->elem;
            *addressable = true;
        }
        const Field *sf = &t->fields[f->index[i]];
        p += sf->offset;
        t = sf->type;
    }
    *ft = t;
    return p;
}

bool json_is_empty(const Type *t, const void *p) {
    switch (t->kind) {
    case KIND_ARRAY: return t->len == 0;
    case KIND_MAP: return !*(GoMap *const *)p || rt_map_len(*(GoMap *const *)p) == 0;
    case KIND_SLICE: return ((const GoSlice *)p)->len == 0;
    case KIND_STRING: return ((const GoString *)p)->len == 0;
    case KIND_BOOL: return !*(const bool *)p;
    case KIND_FLOAT32: return *(const float *)p == 0;
    case KIND_FLOAT64: return *(const double *)p == 0;
    case KIND_INTERFACE: return ((const GoIface *)p)->type == NULL;
    case KIND_POINTER: return *(void *const *)p == NULL;
    default:
        if (t->kind >= KIND_INT && t->kind <= KIND_INT64) return json_load_int(t, p) == 0;
        if (t->kind >= KIND_UINT && t->kind <= KIND_UINTPTR) return json_load_uint(t, p) == 0;
        return false;
    }
}

bool json_valid_number(const uint8_t *s, size_t n) {
    size_t i = 0;
    if (n == 0) return false;
    if (s[i] == '-') {
        i++;
        if (i == n) return false;
    }
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    } else {
        return false;
    }
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i += 2;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (s[i] == '+' || s[i] == '-') {
            i++;
            if (i == n) return false;
        }
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    return i == n;
}

enum { CASE_MASK = 0xdf };   // Go's caseMask: ^byte(0x20)

// equal_fold_right: Go's equalFoldRight for a name with K or S: the key's
// non-ASCII runes may be the Kelvin sign and the long s.
static bool equal_fold_right(const uint8_t *s, size_t ns, const uint8_t *t, size_t nt) {
    size_t j = 0;
    for (size_t i = 0; i < ns; i++) {
        uint8_t sb = s[i];
        if (j == nt) return false;
        if (t[j] < 0x80) {
            uint8_t up = sb & CASE_MASK;
            if (sb != t[j] && (up < 'A' || up > 'Z' || up != (t[j] & CASE_MASK))) return false;
            j++;
            continue;
        }
        int w;
        int32_t tr = rt_decode_rune((GoString){t, (int64_t)nt}, (int64_t)j, &w);
        if ((sb == 's' || sb == 'S') ? tr != 0x17f : (sb == 'k' || sb == 'K') ? tr != 0x212a : true) return false;
        j += (size_t)w;
    }
    return j == nt;
}

bool json_equal_fold(const uint8_t *a, size_t na, const uint8_t *b, size_t nb) {
    // Go's foldFunc(name): bytes.EqualFold for a non-ASCII name, else the
    // ASCII folds (equalFoldRight, asciiEqualFold, simpleLetterEqualFold)
    bool non_letter = false, special = false;
    for (size_t i = 0; i < na; i++) {
        if (a[i] >= 0x80) return rt_equal_fold((GoString){a, (int64_t)na}, (GoString){b, (int64_t)nb});
        uint8_t up = a[i] & CASE_MASK;
        if (up < 'A' || up > 'Z') non_letter = true;
        else if (up == 'K' || up == 'S') special = true;
    }
    if (special) return equal_fold_right(a, na, b, nb);
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++) {
        if (a[i] == b[i]) continue;
        bool letter = (a[i] >= 'a' && a[i] <= 'z') || (a[i] >= 'A' && a[i] <= 'Z');
        if (non_letter && !letter) return false;
        if ((a[i] & CASE_MASK) != (b[i] & CASE_MASK)) return false;
    }
    return true;
}

const Type *json_ptr_to(Runtime *rt, const Type *t) {
    if (t->ptr_to || !t->name || !t->pkg) return t->ptr_to;
    // A type of a built-in package whose *T was never spelled by the
    // program: ask the checker (package name == path for those we need).
    bool has_ptr_methods = false;
    for (int i = 0; i < t->nmethods; i++) has_ptr_methods = has_ptr_methods || t->methods[i].ptr_recv;
    return has_ptr_methods ? rt_pkg_type(rt, t->pkg, t->name, true) : NULL;
}

// ---- the per-Runtime cache of field lists (Go's fieldCache) ----

enum { NTYPE_MEMO = 32 };

struct JsonFieldCache {
    const Type **keys;
    JsonFields *vals;
    size_t n, cap;            // cap is a power of two; open addressing
    // json_pkg_type's answers, by the address of the name literal
    struct { const char *name; bool ptr; const Type *t; } memo[NTYPE_MEMO];
    int nmemo;
};

static struct JsonFieldCache *cache_of(Runtime *rt) {
    if (!rt->json_fields) {
        rt->json_fields = calloc(1, sizeof *rt->json_fields);
        if (!rt->json_fields) rt_fatal(rt, "out of memory");
    }
    return rt->json_fields;
}

const Type *json_pkg_type(Runtime *rt, const char *name, bool ptr) {
    struct JsonFieldCache *c = cache_of(rt);
    for (int i = 0; i < c->nmemo; i++)
        if (c->memo[i].name == name && c->memo[i].ptr == ptr) return c->memo[i].t;
    const Type *t = rt_pkg_type(rt, "encoding/json", name, ptr);
    if (!t) rt_fatal(rt, "encoding/json.%s: package type missing", name);
    if (c->nmemo < NTYPE_MEMO) c->memo[c->nmemo++] = (typeof(c->memo[0])){name, ptr, t};
    return t;
}

static size_t slot_of(const struct JsonFieldCache *c, const Type *t) {
    size_t h = ((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15u;
    size_t i = h & (c->cap - 1);
    while (c->keys[i] && c->keys[i] != t) i = (i + 1) & (c->cap - 1);
    return i;
}

static void cache_grow(Runtime *rt, struct JsonFieldCache *c) {
    struct JsonFieldCache old = *c;
    c->cap = old.cap ? 2 * old.cap : 16;
    c->keys = calloc(c->cap, sizeof *c->keys);
    c->vals = calloc(c->cap, sizeof *c->vals);
    if (!c->keys || !c->vals) rt_fatal(rt, "out of memory");
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.keys[i]) continue;
        size_t j = slot_of(c, old.keys[i]);
        c->keys[j] = old.keys[i];
        c->vals[j] = old.vals[i];
    }
    free(old.keys);
    free(old.vals);
}

const JsonFields *json_fields_of(Runtime *rt, const Type *t) {
    struct JsonFieldCache *c = cache_of(rt);
    if (c->cap == 0 || 2 * (c->n + 1) > c->cap) cache_grow(rt, c);
    size_t i = slot_of(c, t);
    if (!c->keys[i]) {
        c->keys[i] = t;
        json_type_fields(&c->vals[i], t);
        c->n++;
    }
    return &c->vals[i];
}

void rt_json_free(Runtime *rt) {
    struct JsonFieldCache *c = rt->json_fields;
    if (!c) return;
    for (size_t i = 0; i < c->cap; i++)
        if (c->keys[i]) json_fields_free(&c->vals[i]);
    free(c->keys);
    free(c->vals);
    free(c);
    rt->json_fields = NULL;
}
