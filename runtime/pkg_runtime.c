// pkg_runtime.c - package runtime as Go programs see it: GC, ReadMemStats
// (runtime.MemStats with Go 1.19's field order), NumGoroutine, Gosched,
// NumCPU, GOMAXPROCS, Version, GOOS/GOARCH; the caller's frames (Caller,
// Callers, CallersFrames, FuncForPC, Stack); and runtime/debug
// (SetGCPercent, FreeOSMemory, Stack, PrintStack).
//
// A program counter is made up: the function's index in the runtime's
// FuncTable (plus one) in the bits from 24 up, the line below them. So
// FuncForPC and Frames find the function and line back from it; only
// what runtime.Caller and Callers have returned is ever in the table.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

// GoMemStats mirrors the Go struct text below field for field; C's amd64
// layout rules give the same offsets as the checker's.
typedef struct GoMemStats {
    uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t stack_inuse, stack_sys, mspan_inuse, mspan_sys, mcache_inuse, mcache_sys;
    uint64_t buck_hash_sys, gc_sys, other_sys;
    uint64_t next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
    bool enable_gc, debug_gc;
} GoMemStats;

static void gc(Runtime *rt, Value *args, Value *res) {
    (void)args, (void)res;
    gc_collect(rt);
}

static void read_memstats(Runtime *rt, Value *args, Value *res) {
    (void)res;
    GoMemStats *m = args[0].p;
    if (!m) rt_panic_nil_deref(rt);
    RtMemStats s;
    memset(&s, 0, sizeof s);
    gc_read_memstats(rt, &s);
    GoMemStats g;
    memset(&g, 0, sizeof g);
    g.alloc = s.alloc;
    g.total_alloc = s.total_alloc;
    g.sys = s.sys;
    g.mallocs = s.mallocs;
    g.frees = s.frees;
    g.heap_alloc = s.heap_alloc;
    g.heap_sys = s.heap_sys;
    g.heap_idle = s.heap_idle;
    g.heap_inuse = s.heap_inuse;
    g.heap_released = s.heap_released;
    g.heap_objects = s.heap_objects;
    g.next_gc = s.next_gc;
    g.last_gc = s.last_gc;
    g.pause_total_ns = s.pause_total_ns;
    memcpy(g.pause_ns, s.pause_ns, sizeof g.pause_ns);
    memcpy(g.pause_end, s.pause_end, sizeof g.pause_end);
    g.num_gc = s.num_gc;
    g.num_forced_gc = s.num_forced_gc;
    g.gc_cpu_fraction = s.gc_cpu_fraction;
    g.enable_gc = true;
    memcpy(m, &g, sizeof g);   // MemStats holds no pointers: no barrier needed
}

static void num_goroutine(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)args;
    res[0].w[1] = 0;
    res[0].i = rt_num_goroutine(rt);
}

static void gosched(Runtime *rt, Value *args, Value *res) { (void)args, (void)res; rt_gosched(rt); }

static void num_cpu(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)args;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    res[0].w[1] = 0;
    res[0].i = n > 0 ? n : 1;
}

static void gomaxprocs(Runtime *rt, Value *args, Value *res) {
    num_cpu(rt, args, res);
}

static void version(Runtime *rt, Value *args, Value *res) {
    (void)args;
    res[0].s = rt_string_from_c(rt, "go1.19.8", 8);
}

// ---- frames ----

typedef struct FuncEntry {
    const char *name;         // "main.f.func1"
    const char *file;         // absolute
} FuncEntry;

struct FuncTable {
    FuncEntry *v;
    int n, cap;
};

void rt_func_table_free(Runtime *rt) {
    if (!rt->func_table) return;
    free(rt->func_table->v);
    free(rt->func_table);
}

enum { PC_LINE_BITS = 24 };

// Go's own frames around the program's: the bottom of the main goroutine
// and of every goroutine, and runtime.Callers itself, where Go 1.19 has them.
static const FuncEntry callers_fn = {"runtime.Callers", "/usr/lib/go-1.19/src/runtime/extern.go"};
static const FuncEntry main_fn = {"runtime.main", "/usr/lib/go-1.19/src/runtime/proc.go"};
static const FuncEntry goexit_fn = {"runtime.goexit", "/usr/lib/go-1.19/src/runtime/asm_amd64.s"};
enum { CALLERS_LINE = 247, MAIN_LINE = 250, GOEXIT_LINE = 1594 };

// func_pc: the program counter of line in function (name, file), adding
// the function to the table when it is new.
static uint64_t func_pc(Runtime *rt, const char *name, const char *file, int line) {
    struct FuncTable *t = rt->func_table;
    if (!t) {
        t = rt->func_table = calloc(1, sizeof *t);
        if (!t) abort();
    }
    int i = 0;
    while (i < t->n && !(t->v[i].name == name && t->v[i].file == file)) i++;
    if (i == t->n) {
        if (t->n == t->cap) {
            t->cap = t->cap ? 2 * t->cap : 16;
            t->v = realloc(t->v, (size_t)t->cap * sizeof *t->v);
            if (!t->v) abort();
        }
        t->v[t->n++] = (FuncEntry){name, file};
    }
    return ((uint64_t)(i + 1) << PC_LINE_BITS) | (uint64_t)(line & ((1 << PC_LINE_BITS) - 1));
}

// pc_func: the table entry of pc, or NULL.
static const FuncEntry *pc_func(Runtime *rt, uint64_t pc) {
    uint64_t i = pc >> PC_LINE_BITS;
    if (!rt->func_table || i == 0 || i > (uint64_t)rt->func_table->n) return NULL;
    return &rt->func_table->v[i - 1];
}

// frame_pc: the pc of frame k of the running goroutine as Go counts them
// from the innermost Go frame (0), Go's runtime.main and runtime.goexit
// below the outermost; 0 past the bottom.
static uint64_t frame_pc(Runtime *rt, int k) {
    const char *name, *file;
    int line, user = 0;
    if (rt->hooks.caller) {
        if (rt->hooks.caller(rt->hooks.ctx, k, &name, &file, &line)) return func_pc(rt, name, file, line);
        while (rt->hooks.caller(rt->hooks.ctx, user, &name, &file, &line)) user++;
    }
    k -= user;
    if (rt_goroutine_id(rt) == 1) {
        if (k == 0) return func_pc(rt, main_fn.name, main_fn.file, MAIN_LINE);
        k--;
    }
    return k == 0 ? func_pc(rt, goexit_fn.name, goexit_fn.file, GOEXIT_LINE) : 0;
}

static void rt_caller(Runtime *rt, Value *a, Value *res) {
    uint64_t pc = a[0].i >= 0 && a[0].i < INT32_MAX ? frame_pc(rt, (int)a[0].i) : 0;
    const FuncEntry *f = pc_func(rt, pc);
    res[0] = (Value){.w = {pc, 0}};
    res[1].s = f ? rt_string_from_c(rt, f->file, strlen(f->file)) : (GoString){NULL, 0};
    res[2] = (Value){.w = {f ? pc & ((1 << PC_LINE_BITS) - 1) : 0, 0}};
    res[3] = (Value){.w = {f != NULL, 0}};
}

static void rt_callers(Runtime *rt, Value *a, Value *res) {
    int64_t skip = a[0].i, n = 0;
    GoSlice pcs = a[1].sl;
    uint64_t *out = pcs.ptr;
    for (int64_t k = skip < 0 ? 0 : skip; n < pcs.len && k < INT32_MAX; k++) {
        uint64_t pc = k == 0 ? func_pc(rt, callers_fn.name, callers_fn.file, CALLERS_LINE) : frame_pc(rt, (int)k - 1);
        if (!pc) break;
        out[n++] = pc;
    }
    res[0] = (Value){.w = {(uint64_t)n, 0}};
}

typedef struct GoFunc { int64_t id; } GoFunc;

static void *new_func(Runtime *rt, uint64_t pc) {
    if (!pc_func(rt, pc)) return NULL;
    GoFunc *f = rt_alloc(rt, rt_pkg_type(rt, "runtime", "Func", false));
    f->id = (int64_t)(pc >> PC_LINE_BITS);
    return f;
}

static void func_for_pc(Runtime *rt, Value *a, Value *res) { res[0] = (Value){.w = {0, 0}}, res[0].p = new_func(rt, a[0].u); }

static const FuncEntry *func_entry(Runtime *rt, const GoFunc *f) {
    return f ? pc_func(rt, (uint64_t)f->id << PC_LINE_BITS) : NULL;
}

static void func_name(Runtime *rt, Value *a, Value *res) {
    const FuncEntry *e = func_entry(rt, a[0].p);
    res[0].s = e ? rt_string_from_c(rt, e->name, strlen(e->name)) : (GoString){NULL, 0};
}

static void func_entry_pc(Runtime *rt, Value *a, Value *res) {
    const GoFunc *f = a[0].p;
    res[0] = (Value){.w = {func_entry(rt, f) ? (uint64_t)f->id << PC_LINE_BITS : 0, 0}};
}

static void func_file_line(Runtime *rt, Value *a, Value *res) {
    const FuncEntry *e = func_entry(rt, a[0].p);
    res[0].s = e ? rt_string_from_c(rt, e->file, strlen(e->file)) : (GoString){NULL, 0};
    res[1] = (Value){.w = {e ? a[1].u & ((1 << PC_LINE_BITS) - 1) : 0, 0}};
}

// Frame and Frames mirror the Go texts below.
typedef struct GoFrame {
    uint64_t pc;
    void *func;
    GoString function, file;
    int64_t line, start_line;
    uint64_t entry;
} GoFrame;
typedef struct GoFrames { GoSlice pcs; int64_t i; } GoFrames;

static void callers_frames(Runtime *rt, Value *a, Value *res) {
    GoFrames *fs = rt_alloc(rt, rt_pkg_type(rt, "runtime", "Frames", false));
    gc_write_ptr(rt, &fs->pcs.ptr, a[0].sl.ptr);
    fs->pcs.len = a[0].sl.len;
    fs->pcs.cap = a[0].sl.cap;
    res[0] = (Value){.w = {0, 0}};
    res[0].p = fs;
}

static void frames_next(Runtime *rt, Value *a, Value *res) {
    GoFrames *fs = a[0].p;
    if (!fs) rt_panic_nil_deref(rt);
    GoFrame *fr = rt_alloc(rt, rt_pkg_type(rt, "runtime", "Frame", false));
    if (fs->i < fs->pcs.len) {
        uint64_t pc = ((uint64_t *)fs->pcs.ptr)[fs->i++];
        const FuncEntry *e = pc_func(rt, pc);
        fr->pc = pc;
        if (e) {
            // Go's Frame for runtime.Callers itself has no Func
            if (strcmp(e->name, callers_fn.name) != 0) gc_write_ptr(rt, &fr->func, new_func(rt, pc));
            GoString fn = rt_string_from_c(rt, e->name, strlen(e->name));
            gc_write_ptr(rt, (void **)&fr->function.ptr, (void *)fn.ptr);
            fr->function.len = fn.len;
            GoString file = rt_string_from_c(rt, e->file, strlen(e->file));
            gc_write_ptr(rt, (void **)&fr->file.ptr, (void *)file.ptr);
            fr->file.len = file.len;
            fr->line = (int64_t)(pc & ((1 << PC_LINE_BITS) - 1));
            fr->entry = pc >> PC_LINE_BITS << PC_LINE_BITS;
        }
    }
    res[0] = (Value){.w = {0, 0}};
    res[0].p = fr;
    res[1] = (Value){.w = {fs->i < fs->pcs.len, 0}};
}

// stack_text: "goroutine N [running]:\n" and the running goroutine's frames,
// after the frames of the package functions asking (pre, may be "").
static void stack_text(Runtime *rt, const char *pre, StrBuf *b) {
    sb_printf(b, "goroutine %lld [running]:\n%s", (long long)rt_goroutine_id(rt), pre);
    char *text = NULL;
    size_t len = 0;
    FILE *f = rt->hooks.print_frames ? open_memstream(&text, &len) : NULL;
    if (f) {
        rt->hooks.print_frames(rt->hooks.ctx, f);
        fclose(f);
        sb_put(b, text, len);
    }
    free(text);
}

static void rt_stack(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    stack_text(rt, "runtime.Stack(...)\n\t/usr/lib/go-1.19/src/runtime/mprof.go:1193\n", &b);
    GoSlice buf = a[0].sl;
    size_t n = b.len < buf.len ? b.len : buf.len;
    if (n) memcpy(buf.ptr, b.p, n);
    sb_free(&b);
    res[0] = (Value){.w = {(uint64_t)n, 0}};
}

static const char debug_stack_frame[] = "runtime/debug.Stack()\n\t/usr/lib/go-1.19/src/runtime/debug/stack.go:24 +0x65\n";

static void debug_stack(Runtime *rt, Value *a, Value *res) {
    (void)a;
    StrBuf b = {0};
    stack_text(rt, debug_stack_frame, &b);
    res[0].sl = rt_bytes_from_string(rt, &rt_ptype_bytes, (GoString){(const uint8_t *)b.p, (int64_t)b.len});
    sb_free(&b);
}

static void debug_print_stack(Runtime *rt, Value *a, Value *res) {
    (void)a, (void)res;
    StrBuf b = {0};
    stack_text(rt, "runtime/debug.PrintStack()\n\t/usr/lib/go-1.19/src/runtime/debug/stack.go:16 +0x19\n", &b);
    rt_flush(rt);
    fwrite(b.p ? b.p : "", 1, b.len, stderr);
    sb_free(&b);
}

static void goexit(Runtime *rt, Value *a, Value *res) {
    (void)a, (void)res;
    rt_goexit_start(rt);
}

static void nop(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a, (void)res; }

static void goroot(Runtime *rt, Value *a, Value *res) {
    (void)a;
    const char *g = getenv("GOROOT");
    if (!g || !*g) g = "/usr/lib/go-1.19";
    res[0].s = rt_string_from_c(rt, g, strlen(g));
}

static void zero_int(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a, res[0] = (Value){.w = {0, 0}}; }

#if defined(__x86_64__)
#define GOARCH "amd64"
#elif defined(__aarch64__)
#define GOARCH "arm64"
#elif defined(__i386__)
#define GOARCH "386"
#elif defined(__riscv) && __riscv_xlen == 64
#define GOARCH "riscv64"
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define GOARCH "ppc64le"
#elif defined(__s390x__)
#define GOARCH "s390x"
#else
#define GOARCH "amd64"
#endif

static const NativeConst runtime_consts[] = {
    {"GOOS", "string", "linux"},
    {"GOARCH", "string", GOARCH},
    {"Compiler", "untyped string", "gc"},
};

static const NativeType runtime_types[] = {
    {"Error", "interface { error; RuntimeError() }"},
    {"Func", "struct { id int }"},
    {"Frame", "struct { PC uintptr; Func *Func; Function string; File string; Line int; startLine int; Entry uintptr }"},
    {"Frames", "struct { pcs []uintptr; i int }"},
    {"MemStats",
     "struct { Alloc uint64; TotalAlloc uint64; Sys uint64; Lookups uint64; Mallocs uint64; Frees uint64; "
     "HeapAlloc uint64; HeapSys uint64; HeapIdle uint64; HeapInuse uint64; HeapReleased uint64; HeapObjects uint64; "
     "StackInuse uint64; StackSys uint64; MSpanInuse uint64; MSpanSys uint64; MCacheInuse uint64; MCacheSys uint64; "
     "BuckHashSys uint64; GCSys uint64; OtherSys uint64; NextGC uint64; LastGC uint64; PauseTotalNs uint64; "
     "PauseNs [256]uint64; PauseEnd [256]uint64; NumGC uint32; NumForcedGC uint32; GCCPUFraction float64; "
     "EnableGC bool; DebugGC bool }"},
};

static const NativeFunc runtime_funcs[] = {
    {"GC", "func()", gc},
    {"ReadMemStats", "func(m *MemStats)", read_memstats},
    {"NumGoroutine", "func() int", num_goroutine},
    {"Gosched", "func()", gosched},
    {"NumCPU", "func() int", num_cpu},
    {"GOMAXPROCS", "func(n int) int", gomaxprocs},
    {"Version", "func() string", version},
    {"GOROOT", "func() string", goroot},
    {"Caller", "func(skip int) (pc uintptr, file string, line int, ok bool)", rt_caller},
    {"Callers", "func(skip int, pc []uintptr) int", rt_callers},
    {"FuncForPC", "func(pc uintptr) *Func", func_for_pc},
    {"(*Func).Name", "func() string", func_name},
    {"(*Func).Entry", "func() uintptr", func_entry_pc},
    {"(*Func).FileLine", "func(pc uintptr) (file string, line int)", func_file_line},
    {"CallersFrames", "func(callers []uintptr) *Frames", callers_frames},
    {"(*Frames).Next", "func() (frame Frame, more bool)", frames_next},
    {"Stack", "func(buf []byte, all bool) int", rt_stack},
    {"KeepAlive", "func(x any)", nop},
    {"Goexit", "func()", goexit},
    {"LockOSThread", "func()", nop},
    {"UnlockOSThread", "func()", nop},
    {"NumCgoCall", "func() int64", zero_int},
};

const NativePkg rt_pkg_runtime = {
    .path = "runtime", .name = "runtime",
    .funcs = runtime_funcs, .nfuncs = sizeof runtime_funcs / sizeof runtime_funcs[0],
    .types = runtime_types, .ntypes = sizeof runtime_types / sizeof runtime_types[0],
    .consts = runtime_consts, .nconsts = sizeof runtime_consts / sizeof runtime_consts[0],
};

// ---- unsafe: Sizeof, Alignof and Offsetof are the checker's (constants of
// Go's amd64 layout); unsafe.Pointer is not supported ----

const NativePkg rt_pkg_unsafe = {.path = "unsafe", .name = "unsafe"};

// ---- runtime/debug ----

static void set_gc_percent(Runtime *rt, Value *args, Value *res) {
    res[0].w[1] = 0;
    res[0].i = rt_set_gc_percent(rt, (int)args[0].i);
}

static void free_os_memory(Runtime *rt, Value *args, Value *res) {
    (void)args, (void)res;
    gc_collect(rt);
}

static const NativeFunc debug_funcs[] = {
    {"SetGCPercent", "func(percent int) int", set_gc_percent},
    {"FreeOSMemory", "func()", free_os_memory},
    {"Stack", "func() []byte", debug_stack},
    {"PrintStack", "func()", debug_print_stack},
};

const NativePkg rt_pkg_runtime_debug = {
    .path = "runtime/debug", .name = "debug",
    .funcs = debug_funcs, .nfuncs = sizeof debug_funcs / sizeof debug_funcs[0],
};
