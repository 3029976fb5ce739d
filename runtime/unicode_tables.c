// unicode_tables.c - package unicode's range tables (Go 1.19's tables.go,
// generated into unicode_tables.inc): the exported *RangeTable variables
// (Letter, Upper, Han, Latin, White_Space...) built as Go values on first
// use, Go's Is/In/IsOneOf over any RangeTable (also ones a program
// builds), and caseOrbit for SimpleFold. Each table is one *RangeTable
// per run, shared by its variables (Upper, Lu) and by Categories, Scripts,
// Properties, GraphicRanges and PrintRanges.
#include <string.h>

#include "pkg_internal.h"
#include "reflect_internal.h"

// A generated table: R16 and R32 as (lo, hi, stride) triples.
typedef struct UniTable {
    const uint16_t *r16;
    int n16;
    const uint32_t *r32;
    int n32;
    int latin_offset;
} UniTable;

#include "unicode_tables.inc"
#include "unicode_table_list.h"

// RangeTable: struct { R16 []Range16; R32 []Range32; LatinOffset int }.
typedef struct RangeTable {
    GoSlice r16, r32;
    int64_t latin_offset;
} RangeTable;

static const Type *utype(Runtime *rt, const char *name) {
    const Type *t = rt_pkg_type(rt, "unicode", name, false);
    if (!t) rt_fatal(rt, "unicode.%s: package type missing", name);
    return t;
}

static void make_table(Runtime *rt, const UniTable *u, Value *out);

typedef struct NamedTable {
    const char *name;
    const UniTable *tab;
} NamedTable;

#define NAMED_ENTRY(name, tab) {#name, &tab},
static const NamedTable named_tables[] = {UNICODE_TABLE_VARS(NAMED_ENTRY)};
enum { NNAMED_TABLES = sizeof named_tables / sizeof named_tables[0] };

// table_value: the one *RangeTable of generated table u in this run (Go's
// Upper and Lu, Categories["Lu"] are the same pointer), built on first use
// and kept in a []*RangeTable in the package state.
static void *table_value(Runtime *rt, const UniTable *u) {
    int i = 0;
    while (i < NNAMED_TABLES && named_tables[i].tab != u) i++;
    if (i == NNAMED_TABLES) rt_fatal(rt, "unicode: unnamed range table");
    void **slot = rt_pkg_state(rt, RT_PKG_STATE_UNICODE);
    if (!*slot) {
        const Type *pt = rt_type_ptr(rt, utype(rt, "RangeTable"));
        gc_write_ptr(rt, slot, rt_make_slice(rt, pt, NNAMED_TABLES, NNAMED_TABLES).ptr);
    }
    void **cache = *slot;
    if (!cache[i]) {
        Value v;
        make_table(rt, u, &v);
        gc_write_ptr(rt, &cache[i], v.p);
    }
    return cache[i];
}

static void make_table(Runtime *rt, const UniTable *u, Value *out) {
    RangeTable *t = rt_alloc(rt, utype(rt, "RangeTable"));
    if (u->n16) {
        GoSlice s = rt_make_slice(rt, utype(rt, "Range16"), u->n16, u->n16);
        memcpy(s.ptr, u->r16, sizeof(uint16_t) * 3 * (size_t)u->n16);
        gc_write_ptr(rt, &t->r16.ptr, s.ptr);
        t->r16.len = t->r16.cap = s.len;
    }
    if (u->n32) {
        GoSlice s = rt_make_slice(rt, utype(rt, "Range32"), u->n32, u->n32);
        memcpy(s.ptr, u->r32, sizeof(uint32_t) * 3 * (size_t)u->n32);
        gc_write_ptr(rt, &t->r32.ptr, s.ptr);
        t->r32.len = t->r32.cap = s.len;
    }
    t->latin_offset = u->latin_offset;
    *out = (Value){.w = {0, 0}};
    out->p = t;
}

#define VAR_INIT(name, tab) \
    static void init_##name(Runtime *rt, Value *out) { \
        *out = (Value){.w = {0, 0}}; \
        out->p = table_value(rt, &tab); \
    }
UNICODE_TABLE_VARS(VAR_INIT)
// CaseRange: struct { Lo uint32; Hi uint32; Delta d } (d: [MaxCase]rune).
typedef struct CaseRange {
    uint32_t lo, hi;
    int32_t delta[3];
} CaseRange;

// Go's _TurkishCase (TurkishCase and AzeriCase).
static const CaseRange turkish_case[] = {
    {0x0049, 0x0049, {0, 0x131 - 0x49, 0}},
    {0x0069, 0x0069, {0x130 - 0x69, 0, 0x130 - 0x69}},
    {0x0130, 0x0130, {0, 0x69 - 0x130, 0}},
    {0x0131, 0x0131, {0x49 - 0x131, 0, 0x49 - 0x131}},
};

static void init_turkish(Runtime *rt, Value *out) {
    int n = (int)(sizeof turkish_case / sizeof turkish_case[0]);
    GoSlice s = rt_make_slice(rt, utype(rt, "CaseRange"), n, n);
    memcpy(s.ptr, turkish_case, sizeof turkish_case);
    *out = (Value){.sl = s};
}

// Go's Categories keys (the one- and two-letter category names).
static const char *const category_names[] = {
    "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl",
    "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
};

static const NamedTable *named_table(Runtime *rt, const char *name) {
    for (int i = 0; i < NNAMED_TABLES; i++)
        if (strcmp(named_tables[i].name, name) == 0) return &named_tables[i];
    rt_fatal(rt, "unicode.%s: range table missing", name);
}

// table_map: a map[string]*RangeTable of the names in [from, to] of the
// generated list (the scripts and the properties are runs of it), or of
// names[0..n) when names is not NULL.
static void table_map(Runtime *rt, const char *from, const char *to, const char *const *names, int n, Value *out) {
    const Type *mt = rt_type_map(rt, &rt_ptype_string, rt_type_ptr(rt, utype(rt, "RangeTable")));
    const NamedTable *lo = names ? NULL : named_table(rt, from), *hi = names ? NULL : named_table(rt, to);
    if (!names) n = (int)(hi - lo) + 1;
    GoMap *m = rt_map_new(rt, mt, n);
    *out = (Value){.w = {0, 0}};
    out->p = m;
    for (int i = 0; i < n; i++) {
        const NamedTable *nt = names ? named_table(rt, names[i]) : lo + i;
        GoString key = rt_string_from_c(rt, nt->name, strlen(nt->name));
        void *t = table_value(rt, nt->tab);
        gc_write_ptr(rt, rt_map_assign(rt, mt, m, &key), t);
    }
}

static void init_categories(Runtime *rt, Value *out) {
    table_map(rt, NULL, NULL, category_names, (int)(sizeof category_names / sizeof category_names[0]), out);
}

static void init_scripts(Runtime *rt, Value *out) { table_map(rt, "Adlam", "Zanabazar_Square", NULL, 0, out); }

static void init_properties(Runtime *rt, Value *out) { table_map(rt, "ASCII_Hex_Digit", "White_Space", NULL, 0, out); }

// table_list: a []*RangeTable of the named tables.
static void table_list(Runtime *rt, const char *const *names, int n, Value *out) {
    GoSlice s = rt_make_slice(rt, rt_type_ptr(rt, utype(rt, "RangeTable")), n, n);
    for (int i = 0; i < n; i++) gc_write_ptr(rt, (void **)s.ptr + i, table_value(rt, named_table(rt, names[i])->tab));
    *out = (Value){.sl = s};
}

static void init_graphic_ranges(Runtime *rt, Value *out) {
    static const char *const names[] = {"L", "M", "N", "P", "S", "Zs"};
    table_list(rt, names, 6, out);
}

static void init_print_ranges(Runtime *rt, Value *out) {
    static const char *const names[] = {"L", "M", "N", "P", "S"};
    table_list(rt, names, 5, out);
}

#define VAR_ENTRY(name, tab) {#name, "*RangeTable", init_##name},
const NativeVar rt_unicode_vars[] = {
    UNICODE_TABLE_VARS(VAR_ENTRY)
    {"TurkishCase", "SpecialCase", init_turkish},
    {"AzeriCase", "SpecialCase", init_turkish},
    {"Categories", "map[string]*RangeTable", init_categories},
    {"Scripts", "map[string]*RangeTable", init_scripts},
    {"Properties", "map[string]*RangeTable", init_properties},
    {"GraphicRanges", "[]*RangeTable", init_graphic_ranges},
    {"PrintRanges", "[]*RangeTable", init_print_ranges},
};

// rt_unicode_special_to: see pkg_internal.h (Go's unexported to()).
int32_t rt_unicode_special_to(GoSlice special, int kind, int32_t r, bool *found) {
    const CaseRange *cr = special.ptr;
    int64_t lo = 0, hi = special.len;
    *found = false;
    while (lo < hi) {
        int64_t m = lo + (hi - lo) / 2;
        if ((int32_t)cr[m].lo <= r && r <= (int32_t)cr[m].hi) {
            int32_t delta = cr[m].delta[kind];
            *found = true;
            if (delta > 0x10ffff)   // UpperLower: alternating upper and lower case
                return (int32_t)cr[m].lo + (((r - (int32_t)cr[m].lo) & ~1) | (kind & 1));
            return (int32_t)((uint32_t)r + (uint32_t)delta);
        }
        if (r < (int32_t)cr[m].lo) hi = m;
        else lo = m + 1;
    }
    return r;
}

// is_in: Go's Is(rangeTab, r) (a binary search gives Go's answer).
static bool is_in(Runtime *rt, const RangeTable *t, int32_t r) {
    if (!t) rt_panic_nil_deref(rt);
    const uint16_t *r16 = t->r16.ptr;
    int64_t n16 = t->r16.len;
    if (n16 > 0 && (uint32_t)r <= r16[3 * (n16 - 1) + 1]) {
        int64_t lo = 0, hi = n16;
        while (lo < hi) {
            int64_t m = lo + (hi - lo) / 2;
            const uint16_t *g = r16 + 3 * m;
            if (g[0] <= (uint32_t)r && (uint32_t)r <= g[1]) return g[2] == 1 || ((uint32_t)r - g[0]) % g[2] == 0;
            if ((uint32_t)r < g[0]) hi = m;
            else lo = m + 1;
        }
        return false;
    }
    const uint32_t *r32 = t->r32.ptr;
    int64_t n32 = t->r32.len;
    if (n32 > 0 && r >= (int32_t)r32[0]) {
        int64_t lo = 0, hi = n32;
        while (lo < hi) {
            int64_t m = lo + (hi - lo) / 2;
            const uint32_t *g = r32 + 3 * m;
            if (g[0] <= (uint32_t)r && (uint32_t)r <= g[1]) return g[2] == 1 || ((uint32_t)r - g[0]) % g[2] == 0;
            if ((uint32_t)r < g[0]) hi = m;
            else lo = m + 1;
        }
    }
    return false;
}

void rt_unicode_is(Runtime *rt, Value *a, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    res[0].b = is_in(rt, a[0].p, (int32_t)a[1].i);
}

// rt_unicode_in: In(r, ranges...) and IsOneOf(ranges, r) (slice at a[ranges_at]).
static void any_in(Runtime *rt, GoSlice ranges, int32_t r, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    for (uint32_t i = 0; i < ranges.len; i++) {
        if (is_in(rt, ((RangeTable **)ranges.ptr)[i], r)) {
            res[0].b = true;
            return;
        }
    }
}

void rt_unicode_in(Runtime *rt, Value *a, Value *res) { any_in(rt, a[1].sl, (int32_t)a[0].i, res); }
void rt_unicode_is_one_of(Runtime *rt, Value *a, Value *res) { any_in(rt, a[0].sl, (int32_t)a[1].i, res); }

int32_t rt_unicode_orbit(int32_t r) {
    size_t lo = 0, hi = sizeof case_orbit / sizeof case_orbit[0];
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if ((int32_t)case_orbit[m][0] < r) lo = m + 1;
        else hi = m;
    }
    if (lo < sizeof case_orbit / sizeof case_orbit[0] && (int32_t)case_orbit[lo][0] == r) return (int32_t)case_orbit[lo][1];
    return -1;
}

// Go 1.19 regexp/syntax unicodeTable names: the keys of unicode.Categories
// and unicode.Scripts, without the aliases and properties above.
static const char *const class_names[] = {
    "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum",
    "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid",
    "C", "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Cc", "Cf", "Chakma", "Cham",
    "Cherokee", "Chorasmian", "Co", "Common", "Coptic", "Cs", "Cuneiform", "Cypriot", "Cyrillic",
    "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs", "Elbasan",
    "Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati",
    "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew",
    "Hiragana", "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian",
    "Javanese", "Kaithi", "Kannada", "Katakana", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script",
    "Khmer", "Khojki", "Khudawadi", "L", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B",
    "Lisu", "Ll", "Lm", "Lo", "Lt", "Lu", "Lycian", "Lydian", "M", "Mahajani", "Makasar", "Malayalam",
    "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Mc", "Me", "Medefaidrin", "Meetei_Mayek",
    "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Mn", "Modi", "Mongolian",
    "Mro", "Multani", "Myanmar", "N", "Nabataean", "Nandinagari", "Nd", "New_Tai_Lue", "Newa", "Nko",
    "Nl", "No", "Nushu", "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic",
    "Old_North_Arabian", "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic",
    "Oriya", "Osage", "Osmanya", "P", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Pc", "Pd", "Pe",
    "Pf", "Phags_Pa", "Phoenician", "Pi", "Po", "Ps", "Psalter_Pahlavi", "Rejang", "Runic", "S",
    "Samaritan", "Saurashtra", "Sc", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sk",
    "Sm", "So", "Sogdian", "Sora_Sompeng", "Soyombo", "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog",
    "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangut", "Telugu", "Thaana",
    "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Ugaritic", "Vai", "Wancho", "Warang_Citi", "Yezidi",
    "Yi", "Z", "Zanabazar_Square", "Zl", "Zp", "Zs",
};

static void set_bits(uint64_t *bits, uint32_t lo, uint32_t hi, uint32_t stride) {
    for (uint32_t r = lo; r <= hi; r += stride) bits[r >> 6] |= (uint64_t)1 << (r & 63);
}

// rt_unicode_class_set: see pkg_internal.h.
bool rt_unicode_class_set(const uint8_t *name, size_t n, uint64_t *bits) {
    if (n == 3 && memcmp(name, "Any", 3) == 0) {
        memset(bits, 0xff, RT_UNICODE_BITS / 8);
        return true;
    }
    const char *found = NULL;
    for (size_t i = 0; i < sizeof class_names / sizeof class_names[0] && !found; i++)
        if (strlen(class_names[i]) == n && memcmp(class_names[i], name, n) == 0) found = class_names[i];
    if (!found) return false;
    for (size_t i = 0; i < sizeof named_tables / sizeof named_tables[0]; i++) {
        if (strcmp(named_tables[i].name, found) != 0) continue;
        const UniTable *u = named_tables[i].tab;
        memset(bits, 0, RT_UNICODE_BITS / 8);
        for (int j = 0; j < u->n16; j++) set_bits(bits, u->r16[3 * j], u->r16[3 * j + 1], u->r16[3 * j + 2]);
        for (int j = 0; j < u->n32; j++) set_bits(bits, u->r32[3 * j], u->r32[3 * j + 1], u->r32[3 * j + 2]);
        return true;
    }
    return false;
}
