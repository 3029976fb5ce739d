// repl_names.c - the REPL's knowledge of names (issue 6): TAB completion
// (keywords, the session's names, packages and their members, fields and
// methods of variables, :commands) and the automatic import of packages
// an input uses as pkg.Name.
//
// Completion reads only checker state (scopes, types, the NativePkg
// tables); it never checks or runs code.
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "repl.h"

static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var",
};

static const char *const commands[] = {":help", ":load", ":quit", ":reset", ":type"};

// The import paths the REPL knows (those without a package in this
// build are skipped).
static const char *const package_paths[] = {
    "bufio", "bytes", "container/heap", "container/list", "context", "crypto/md5", "crypto/sha256", "encoding",
    "encoding/base64", "encoding/csv", "encoding/hex", "encoding/json", "errors", "flag", "fmt", "hash", "hash/crc32",
    "hash/fnv", "io", "io/fs", "io/ioutil", "log", "math", "math/bits", "math/rand", "os", "os/exec", "os/signal",
    "os/user", "path", "path/filepath", "reflect", "regexp", "runtime", "runtime/debug", "sort", "strconv", "strings",
    "sync", "sync/atomic", "syscall", "text/tabwriter", "time", "unicode", "unicode/utf8", "unsafe",
};

// package_named: the built-in package whose name (not path) is name.
static const NativePkg *package_named(const char *name) {
    for (size_t i = 0; i < sizeof package_paths / sizeof *package_paths; i++) {
        const NativePkg *p = rt_find_package(package_paths[i]);
        if (p && strcmp(p->name, name) == 0) return p;
    }
    return NULL;
}

// ---- automatic imports ------------------------------------------------------------

static bool imports_name(AstFile *file, const char *name) {
    for (int i = 0; i < file->imports.n; i++) {
        AstDecl *d = file->imports.v[i];
        for (int j = 0; j < d->u.gen.specs.n; j++) {
            AstSpec *s = d->u.gen.specs.v[j];
            const NativePkg *p = rt_find_package(s->u.import.path->u.lit.sval);
            const char *nm = s->u.import.name ? s->u.import.name->u.ident.name : p ? p->name : "";
            if (strcmp(nm, name) == 0) return true;
        }
    }
    return false;
}

// drop_reimports removes the import specs that import a package the
// session already sees under the same name.
static void drop_reimports(Repl *r, AstFile *file) {
    for (int i = 0; i < file->imports.n; i++) {
        AstSpecList *l = &file->imports.v[i]->u.gen.specs;
        int k = 0;
        for (int j = 0; j < l->n; j++) {
            AstSpec *s = l->v[j];
            const NativePkg *p = rt_find_package(s->u.import.path->u.lit.sval);
            const char *nm = s->u.import.name ? s->u.import.name->u.ident.name : p ? p->name : "";
            Obj *o = tc_scope_lookup(r->scope, nm, NULL);
            if (!(p && o && o->kind == OBJ_PKGNAME && o->pkg == p)) l->v[k++] = s;
        }
        l->n = k;
    }
}

static void add_import(Repl *r, AstFile *file, const NativePkg *p, Pos pos) {
    AstDecl *d = ast_new_decl(r->arena, AST_GEN_DECL, pos);
    d->u.gen.tok = TOK_IMPORT;
    AstSpec *s = ast_new_spec(r->arena, AST_IMPORT_SPEC, pos);
    AstExpr *lit = ast_new_expr(r->arena, AST_BASIC_LIT, pos);
    lit->u.lit.kind = LIT_STRING;
    lit->u.lit.text = arena_printf(r->arena, "\"%s\"", p->path);
    lit->u.lit.sval = p->path;
    lit->u.lit.slen = strlen(p->path);
    s->u.import.path = lit;
    ast_spec_push(r->arena, &d->u.gen.specs, s);
    ast_decl_push(r->arena, &file->imports, d);
}

void repl_fix_imports(Repl *r, AstFile *file, const char *src, size_t len) {
    drop_reimports(r, file);
    Lexer *lx = lex_new(src, len, NULL, NULL);
    if (!lx) return;
    Token prev, cur, next;
    memset(&prev, 0, sizeof prev);
    lex_next(lx, &cur);
    while (cur.kind != TOK_EOF) {
        lex_next(lx, &next);
        if (cur.kind == TOK_IDENT && next.kind == TOK_PERIOD && prev.kind != TOK_PERIOD) {
            char name[64];
            size_t n = cur.len < sizeof name - 1 ? cur.len : sizeof name - 1;
            memcpy(name, cur.text, n);
            name[n] = '\0';
            const NativePkg *p = package_named(name);
            if (p && !tc_scope_lookup(r->scope, name, NULL) && !imports_name(file, name))
                add_import(r, file, p, cur.pos);
        }
        prev = cur;
        cur = next;
    }
    lex_free(lx);
}

// ---- completion -------------------------------------------------------------------------

typedef struct Cands {
    char **v;
    int n, cap;
} Cands;

// add_cand adds head+name when name starts with prefix.
static void add_cand(Cands *cs, const char *head, const char *name, const char *prefix) {
    if (!name || !*name || strncmp(name, prefix, strlen(prefix)) != 0) return;
    if (strcmp(name, "_") == 0 || strchr(name, '.') || strchr(name, '(')) return;
    if (cs->n == cs->cap) {
        cs->cap = cs->cap ? cs->cap * 2 : 32;
        cs->v = realloc(cs->v, (size_t)cs->cap * sizeof *cs->v);
        if (!cs->v) abort();
    }
    size_t hn = strlen(head), nn = strlen(name);
    char *s = malloc(hn + nn + 1);
    if (!s) abort();
    memcpy(s, head, hn);
    memcpy(s + hn, name, nn + 1);
    cs->v[cs->n++] = s;
}

static void package_members(Cands *cs, const NativePkg *p, const char *head, const char *prefix) {
    for (int i = 0; i < p->nfuncs; i++) add_cand(cs, head, p->funcs[i].name, prefix);
    for (int i = 0; i < p->nconsts; i++) add_cand(cs, head, p->consts[i].name, prefix);
    for (int i = 0; i < p->ntypes; i++) add_cand(cs, head, p->types[i].name, prefix);
    for (int i = 0; i < p->nvars; i++) add_cand(cs, head, p->vars[i].name, prefix);
}

// type_members: the fields and methods of a value of type t.
static void type_members(Cands *cs, const Type *t, const char *head, const char *prefix) {
    if (!t) return;
    if (t->kind == KIND_POINTER && !(t->flags & TF_NAMED) && t->elem) t = t->elem;
    for (int i = 0; i < t->nmethods && t->methods; i++) add_cand(cs, head, t->methods[i].name, prefix);
    const Type *u = tc_under(t);
    for (int i = 0; u->kind == KIND_STRUCT && i < u->nfields; i++) add_cand(cs, head, u->fields[i].name, prefix);
    if (u != t && u->kind == KIND_INTERFACE)
        for (int i = 0; i < u->nmethods; i++) add_cand(cs, head, u->methods[i].name, prefix);
}

// selector_cands: completions of "head.prefix".
static void selector_cands(Repl *r, Cands *cs, const char *word, const char *dot) {
    size_t hn = (size_t)(dot - word);
    char head[128];
    if (hn == 0 || hn >= sizeof head - 1) return;
    memcpy(head, word, hn);
    head[hn] = '\0';
    for (size_t i = 0; i < hn; i++)
        if (!(isalnum((unsigned char)head[i]) || head[i] == '_' || (unsigned char)head[i] >= 0x80)) return;
    Obj *o = tc_scope_lookup(r->scope, head, NULL);
    head[hn] = '.';
    head[hn + 1] = '\0';
    if (o && o->kind == OBJ_PKGNAME && o->pkg) {
        package_members(cs, o->pkg, head, dot + 1);
    } else if (o && o->kind == OBJ_VAR) {
        type_members(cs, o->type, head, dot + 1);
    } else if (!o) {
        head[hn] = '\0';
        const NativePkg *p = package_named(head);
        head[hn] = '.';
        if (p) package_members(cs, p, head, dot + 1);
    }
}

static int cand_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **repl_completions(Repl *r, const char *word, int *n) {
    Cands cs = {0};
    const char *dot = strrchr(word, '.');
    if (word[0] == ':') {
        for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) add_cand(&cs, "", commands[i], word);
    } else if (dot) {
        selector_cands(r, &cs, word, dot);
    } else {
        for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) add_cand(&cs, "", keywords[i], word);
        for (Scope *s = r->scope; s; s = s->parent)
            for (int i = 0; i < s->n; i++) add_cand(&cs, "", s->objs[i]->name, word);
        for (size_t i = 0; i < sizeof package_paths / sizeof *package_paths; i++) {
            const NativePkg *p = rt_find_package(package_paths[i]);
            if (p) add_cand(&cs, "", p->name, word);
        }
    }
    if (cs.n > 1) qsort(cs.v, (size_t)cs.n, sizeof *cs.v, cand_cmp);
    int k = 0;
    for (int i = 0; i < cs.n; i++) {
        if (k > 0 && strcmp(cs.v[k - 1], cs.v[i]) == 0) free(cs.v[i]);
        else cs.v[k++] = cs.v[i];
    }
    *n = k;
    return cs.v;
}

static bool word_char(unsigned char ch) {
    return isalnum(ch) || ch == '_' || ch == '.' || ch >= 0x80;
}

// list_cands prints the candidates in columns below the line being edited.
static void list_cands(char **v, int n) {
    size_t w = 0;
    for (int i = 0; i < n; i++)
        if (strlen(v[i]) > w) w = strlen(v[i]);
    int cols = (int)(80 / (w + 2));
    if (cols < 1) cols = 1;
    fputs("\n", stdout);
    for (int i = 0; i < n; i++)
        printf("%-*s%s", (int)w + 2, v[i], (i % cols == cols - 1 || i == n - 1) ? "\n" : "");
    fflush(stdout);
}

unsigned char repl_complete_fn(EditLine *el, int ch) {
    (void)ch;
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    const LineInfo *li = el_line(el);
    if (!r || !li) return CC_ERROR;
    const char *start = li->cursor;
    while (start > li->buffer && word_char((unsigned char)start[-1])) start--;
    if (start > li->buffer && start[-1] == ':') {
        const char *p = li->buffer;
        while (p < start - 1 && (*p == ' ' || *p == '\t')) p++;
        if (p == start - 1) start--;
    }
    size_t wlen = (size_t)(li->cursor - start);
    char *word = malloc(wlen + 1);
    if (!word) abort();
    memcpy(word, start, wlen);
    word[wlen] = '\0';
    int n = 0;
    char **v = repl_completions(r, word, &n);
    unsigned char ret = CC_REFRESH;
    if (n == 0) {
        ret = CC_REFRESH_BEEP;
    } else {
        size_t lcp = strlen(v[0]);
        for (int i = 1; i < n; i++) {
            size_t k = 0;
            while (k < lcp && v[i][k] == v[0][k]) k++;
            lcp = k;
        }
        if (lcp > wlen) {
            v[0][lcp] = '\0';
            el_insertstr(el, v[0] + wlen);
        } else if (n > 1) {
            list_cands(v, n);
            ret = CC_REDISPLAY;
        }
    }
    for (int i = 0; i < n; i++) free(v[i]);
    free(v);
    free(word);
    return ret;
}
