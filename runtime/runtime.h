// runtime.h - gosub's runtime: Go values, the heap and its collector,
// strings, slices, maps, interfaces, panics and the built-in packages.
//
// runtime/ never includes parser/ or interp/. The checker builds Type
// descriptors (below) and the evaluator calls the rt_* functions with them.
//
// Value representation (see ../shared/DESIGN.md §2):
//   - A Value is 16 bytes and holds any Go value of a statically known
//     type: integers sign- or zero-extended to 64 bits in .i/.u (the low
//     bytes are the value's in-memory bytes, little-endian), float64 in .f,
//     float32 in .f32 (arithmetic done in float), bool in .b, pointers,
//     maps, chans and funcs in .p, strings in .s, slices in .sl,
//     interfaces in .e.
//   - Structs and arrays (aggregates) are held by address: .p points to
//     the aggregate's bytes (a variable's storage, a heap copy...). Whoever
//     stores an aggregate copies the bytes (rt_store); a Value never owns
//     an aggregate exclusively unless the code that made it says so.
//   - In memory (heap objects, array elements, struct fields) every type
//     has Go's natural layout with the sizes of Type.size: int8 1 byte,
//     int 8, string 16 (ptr,len), slice 16 (ptr, uint32 len, uint32 cap),
//     interface 16 (type, data), pointer/map/chan/func 8. So the address
//     of a Value of a non-aggregate type is also a valid address of that
//     type's in-memory form (rt_value_addr).
//   - Slices: len and cap are 32-bit (a slice holds at most 2^31-1
//     elements; larger make() panics "makeslice: len out of range").
//   - Interfaces: .e.type is the dynamic type (NULL for nil); .e.data
//     holds the value directly when the dynamic type is pointer-shaped
//     (pointer, map, chan, func) or a scalar of at most 8 bytes without
//     pointers (ints, floats, bool); otherwise it points to a heap copy
//     (TF_BOXED types: strings, slices, interfaces, structs, arrays).
#ifndef GOSUB_RUNTIME_H
#define GOSUB_RUNTIME_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// ---- Types ---------------------------------------------------------------

// TypeKind: the kind of a type's underlying type (reflect.Kind order).
typedef enum TypeKind {
    KIND_INVALID,
    KIND_BOOL,
    KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64,
    KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR,
    KIND_FLOAT32, KIND_FLOAT64,
    KIND_COMPLEX64, KIND_COMPLEX128,   // not supported by gosub (checker rejects)
    KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP, KIND_POINTER,
    KIND_SLICE, KIND_STRING, KIND_STRUCT, KIND_UNSAFE_POINTER,
    // checker-only kinds (never reach the runtime as dynamic types)
    KIND_UNTYPED_BOOL, KIND_UNTYPED_INT, KIND_UNTYPED_RUNE, KIND_UNTYPED_FLOAT,
    KIND_UNTYPED_STRING, KIND_UNTYPED_NIL,
    KIND_TUPLE,                        // multiple results: fields hold the types
    KIND__COUNT
} TypeKind;

enum {
    TF_NAMED      = 1 << 0,   // a defined (named) type: name/pkg set
    TF_NOPTR      = 1 << 1,   // values contain no heap pointers (never scanned)
    TF_COMPARABLE = 1 << 2,   // == is defined (spec "Comparison operators")
    TF_BOXED      = 1 << 3,   // stored behind a pointer inside an interface
    TF_AGGREGATE  = 1 << 4,   // struct or array: Value holds its address
    TF_INCOMPLETE = 1 << 5,   // checker: still being defined
    TF_FLOAT_KEY  = 1 << 6,   // contains floats or interfaces: hash/eq need care
    TF_PROMOTED   = 1 << 7,   // checker: an unnamed struct or local type got its promoted methods
};

typedef struct Type Type;
typedef struct Runtime Runtime;
typedef struct NativeFunc NativeFunc;
typedef union Value Value;

typedef struct Field {
    const char *name;         // "" never: embedded fields carry the type's name
    const Type *type;
    uint32_t offset;
    bool embedded;
    bool exported;
    const char *tag;          // the field's tag (its string value), NULL when none
} Field;

// A method of a named type (its method set) or of an interface.
// For named types, fn is the interpreter's function (opaque here); ptr_recv
// tells whether the receiver is *T.
// A function implemented in C (package functions, methods of runtime
// types). args holds the arguments in order (for a method, args[0] is the
// receiver; a variadic parameter arrives as one slice Value); it writes
// its results to results[0..]. It may panic (rt_panic*).
typedef void (*NativeFn)(Runtime *rt, Value *args, Value *results);

typedef struct Method {
    const char *name;
    const Type *type;         // signature without receiver (a FUNC type)
    void *fn;                 // interp's FuncInfo*; NULL for interface methods
    NativeFn native;          // set instead of fn for methods written in C
    bool ptr_recv;            // in the method set of *T only
    // A method promoted from an embedded field (spec "Struct types"): the
    // receiver is the field at promote_offset of T, itself a pointer when
    // promote_ptr; target_ptr tells whether fn wants that field's address.
    bool promoted, promote_ptr, target_ptr;
    uint32_t promote_offset;
} Method;

// A type descriptor. Built by the checker in its arena; unnamed composite
// types are interned (one descriptor per distinct type), so two types are
// identical iff their descriptors are the same pointer. The runtime uses
// descriptors for layout, GC scanning, hashing, equality and printing.
struct Type {
    uint8_t kind;             // TypeKind of the underlying type
    uint8_t align;
    uint16_t flags;           // TF_*
    uint64_t size;            // bytes in memory (arrays up to Go's 2^50; see RT_MAX_MASKED)
    const char *name;         // TF_NAMED: "Celsius"; predeclared: "int"; else NULL
    const char *pkg;          // TF_NAMED: "main", "time"...; NULL for predeclared
    const Type *underlying;   // == self for unnamed and predeclared types
    const Type *elem;         // POINTER SLICE ARRAY CHAN MAP(value)
    const Type *key;          // MAP
    int64_t len;              // ARRAY
    int nfields;              // STRUCT, TUPLE
    const Field *fields;
    int nparams, nresults;    // FUNC
    const Type *const *params;
    const Type *const *results;
    bool variadic;            // FUNC
    uint8_t chandir;          // CHAN: 1 send, 2 recv, 3 both
    int nmethods;             // INTERFACE: its methods; NAMED: value+pointer
    const Method *methods;    //   receiver methods, sorted by name
    const Type *ptr_to;       // cached *T (checker fills lazily)
    // GC layout, filled by rt_type_finish: one bit per 8-byte word of the
    // value's memory, set where the word may hold a heap pointer.
    uint32_t ptrwords;        // number of words up to the last pointer word
    const uint8_t *gcmask;    // ptrwords bits; NULL when TF_NOPTR
    const char *str;          // cached Go spelling ("map[string]int"), see rt_type_string
    uint32_t hash;            // structural hash (for interning and interface hashing)
    uint32_t local_id;        // TF_NAMED, declared in a function: its number N among the
                              //   package's local types ("main.local·N" in instance names)
};

// RT_MAX_MASKED: rt_type_finish builds GC masks for types up to this many
// bytes. A bigger type with pointers has none and cannot be allocated
// (rt_alloc: "fatal error: runtime: out of memory"); one without pointers can.
#define RT_MAX_MASKED ((uint64_t)1 << 32)

// rt_type_finish computes size-dependent GC data (ptrwords, gcmask,
// TF_NOPTR, TF_BOXED, TF_AGGREGATE) for t once size/fields/elem are set.
// The checker calls it when a type is complete. gcmask is malloc'ed and
// lives as long as the process (types are few).
void rt_type_finish(Type *t);

// rt_type_string is Go's spelling of t as %T prints it: "int",
// "main.Celsius", "[]string", "map[string]int", "*main.Node",
// "struct { X int; Y int }", "func(int) string", "interface {}".
// The result is cached in t->str (malloc'ed).
const char *rt_type_string(const Type *t);

// rt_type_link_string is t spelled as Go's linker symbols spell it, which
// is how a generic instance's name spells its type arguments: local types
// get their "·N" and unexported field and method names their package
// ("struct { main.b string }"). The result is malloc'ed (the caller frees).
char *rt_type_link_string(const Type *t);

// ---- Values --------------------------------------------------------------

typedef struct GoString { const uint8_t *ptr; int64_t len; } GoString;
typedef struct GoSlice { void *ptr; uint32_t len, cap; } GoSlice;
typedef struct GoIface { const Type *type; void *data; } GoIface;

typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    float f32;
    bool b;
    void *p;
    GoString s;
    GoSlice sl;
    GoIface e;
    uint64_t w[2];
} Value;

_Static_assert(sizeof(Value) == 16, "Value is two words");

// rt_value_addr: the in-memory address of v's value of type t: v->p for
// aggregates, v itself otherwise.
static inline void *rt_value_addr(const Type *t, Value *v) {
    return (t->flags & TF_AGGREGATE) ? v->p : (void *)v;
}

// rt_load reads a value of type t from memory at addr. For aggregates the
// result borrows addr (no copy).
Value rt_load(const Type *t, const void *addr);

// rt_store writes v (of type t) to addr, through the write barrier when
// addr is in the heap and t has pointers. Aggregates are copied.
void rt_store(Runtime *rt, const Type *t, void *addr, Value v);

// rt_store_init is rt_store into zeroed memory that no other code can
// reach yet (a composite literal's fresh object, filled once per field):
// a pointer, map, chan or func is stored without the write barrier (it
// overwrites nil, and the value it stores is marked anyway: see "Fresh
// objects" in runtime/gc_barrier.c); other types go through rt_store.
void rt_store_init(Runtime *rt, const Type *t, void *addr, Value v);

// rt_copy_value: a Value of type t that owns its storage: for aggregates
// a fresh heap copy of *v.p; otherwise v itself.
Value rt_copy_value(Runtime *rt, const Type *t, Value v);

// rt_zero_value: the zero Value of type t (aggregates: fresh zeroed storage).
Value rt_zero_value(Runtime *rt, const Type *t);

// rt_equal: Go's == on two values of type t (interfaces compare dynamic
// types then values; panics "runtime error: comparing uncomparable type
// []int" as Go does).
bool rt_equal(Runtime *rt, const Type *t, const void *a, const void *b);

// ---- Runtime lifetime ----------------------------------------------------

typedef struct RtConfig {
    int argc;                 // os.Args
    char **argv;
    int gogc;                 // GOGC percent; <0: off
    int gcstress;             // collect every N allocations (0: off)
    bool gctrace;             // GODEBUG=gctrace=1
    // Hard limits for untrusted programs (the fuzzers, the regression
    // corpus); 0 means none. Also read from GOSUBDEBUG=maxsafepoints=N,
    // maxheap=MiB when left 0. Past max_safepoints evaluator safepoints
    // (one every ~2,048 calls or loop iterations) the program ends with
    // "fatal error: gosub: step limit exceeded"; a heap that would grow
    // past max_heap bytes is Go's "fatal error: runtime: out of memory".
    uint64_t max_safepoints;
    size_t max_heap;
} RtConfig;

// Hooks the interpreter gives the runtime (so runtime/ never includes
// interp/): printing the goroutine's Go frames in a trace, and calling a
// Go method (String/Error) of a value for fmt and panics.
typedef struct RtHooks {
    void *ctx;
    // Writes "main.f(...)\n\tfile.go:LINE\n" lines for the current
    // goroutine, innermost first, to f.
    void (*print_frames)(void *ctx, FILE *f);
    // If v's dynamic type has a method named name with signature
    // func() string, calls it, stores the result and returns true.
    bool (*call_string_method)(void *ctx, GoIface v, const char *name, GoString *out);
    // Calls the Go func value fn (a Value of some FUNC type) with
    // args[0..nargs) (a variadic parameter as one slice), writing its
    // results to results[]. Panics propagate (longjmp) as usual.
    void (*call_func)(void *ctx, Value fn, Value *args, int nargs, Value *results);
    // Calls method name of the interface value recv (its dynamic type's
    // method set) with args; false if there is no such method.
    bool (*call_method)(void *ctx, GoIface recv, const char *name, Value *args, int nargs, Value *results);
    // The Go frame skip frames out from the innermost (0: the function
    // running): its function's name ("main.f.func1"), file (absolute, as
    // Go's runtime.Caller gives it) and current line; false past the
    // goroutine's outermost frame.
    bool (*caller)(void *ctx, int skip, const char **func, const char **file, int *line);
    // Called when a panic starts, before unwinding: the interpreter keeps
    // the current goroutine's frames for the report.
    void (*capture_trace)(void *ctx);
    // The checker's descriptor of the built-in package type path.name
    // ("strconv", "NumError"), or of *path.name when ptr: the dynamic
    // type package code gives the values it boxes into interfaces, so
    // that type assertions and errors.As see the type the program names.
    // NULL when the program never used that package.
    const Type *(*pkg_type)(void *ctx, const char *path, const char *name, bool ptr);
    // A Go func value (what a Value of a FUNC type holds in .p) that
    // calls the C function fn (flag.Usage's default value...); with recv
    // non-NULL, fn is a method bound to *recv, which arrives as its first
    // argument (context's CancelFunc...).
    void *(*native_func)(void *ctx, NativeFn fn, const Value *recv);
    // The storage of the built-in package variable path.name as the
    // program sees it (flag.Usage after the program set it), or NULL
    // when the program never referred to that variable.
    Value *(*pkg_var)(void *ctx, const char *path, const char *name);
    // The checker's (interned) descriptors of types package reflect makes
    // at run time: *elem, []elem, map[key]elem, chan elem, [len]elem, the predeclared type of
    // kind k (KIND_BOOL..KIND_STRING), and func(params...) results
    // (variadic: the last parameter is a slice). NULL without a checker.
    const Type *(*type_ptr)(void *ctx, const Type *elem);
    const Type *(*type_slice)(void *ctx, const Type *elem);
    const Type *(*type_map)(void *ctx, const Type *key, const Type *elem);
    const Type *(*type_chan)(void *ctx, const Type *elem, int dir);   // Type.chandir's encoding
    const Type *(*type_array)(void *ctx, const Type *elem, int64_t len);
    const Type *(*type_basic)(void *ctx, int kind);
    const Type *(*type_func)(void *ctx, const Type *const *params, int np, const Type *const *results,
                             int nr, bool variadic);
} RtHooks;

// rt_call_func / rt_call_method: the hooks above, for package code
// (sort.Slice, strings.Map, sort.Sort...).
void rt_call_func(Runtime *rt, Value fn, Value *args, int nargs, Value *results);
bool rt_call_method(Runtime *rt, GoIface recv, const char *name, Value *args, int nargs, Value *results);
// rt_pkg_type: the pkg_type hook (NULL without one).
const Type *rt_pkg_type(Runtime *rt, const char *path, const char *name, bool ptr);

// rt_new makes the runtime (heap, collector, stdout buffer). Returns NULL
// on out-of-memory. rt_free releases everything.
Runtime *rt_new(const RtConfig *cfg, const RtHooks *hooks);
void rt_free(Runtime *rt);

// rt_run_main runs fn(arg) on the main goroutine's own large stack
// (mmap'd, with a guard page), with the collector scanning it; returns
// when fn returns.
void rt_run_main(Runtime *rt, void (*fn)(void *), void *arg);

// rt_stack_check: true when the current goroutine's stack is nearly
// exhausted; the evaluator calls it on every Go call and reports
// "fatal error: stack overflow".
bool rt_stack_low(Runtime *rt);
// rt_stack_limit_addr: where the running stack's overflow limit lives (it
// changes with every goroutine switch); callers compare a frame address
// with it to inline rt_stack_low.
const uintptr_t *rt_stack_limit_addr(Runtime *rt);
// rt_stack_grow: the caller's frame lies below the running stack's limit.
// When the running goroutine can have more stack (it is on its small
// first stack, or on its segment short of the segment's end), runs
// fn(arg) with the stack it needs, then returns true (a panic in fn
// unwinds past the caller as usual); false: out of stack, the caller
// reports "stack overflow".
bool rt_stack_grow(Runtime *rt, void (*fn)(void *), void *arg);
// rt_stack_call: rt_stack_grow for C code that recurses with the data
// (fmt, encoding/json) and found rt_stack_low: runs fn(arg) with more
// stack, or reports Go's "stack overflow" (exit status 2).
void rt_stack_call(Runtime *rt, void (*fn)(void *), void *arg);

// rt_exit flushes stdout and exits the process with status code.
_Noreturn void rt_exit(Runtime *rt, int code);

// Why the program is ending (rt_on_exit).
typedef enum RtExitWhy {
    RT_EXIT_NORMAL,           // main returned, os.Exit
    RT_EXIT_PANIC,            // a panic nobody recovered (reported)
    RT_EXIT_FATAL,            // a fatal error: out of memory, stack overflow... (reported)
    RT_EXIT_DEADLOCK,         // all goroutines asleep (reported)
    RT_EXIT_ABORT,            // the main goroutine, woken by rt_abort_main, is unwinding
} RtExitWhy;

// rt_on_exit: every way out of the program calls fn(ctx, code, why) on
// the program's OS thread, after flushing and printing, instead of
// exiting. When fn returns false the process exits with code; true (only
// for RT_EXIT_DEADLOCK, after rt_abort_main) lets the scheduler go on.
// fn may also leave with rt_leave (interp_run's return_status mode and
// the fuzzers do), rt_goexit or a panic on the main goroutine (the REPL).
// A fatal error on another thread (the collector's) still exits.
void rt_on_exit(Runtime *rt, bool (*fn)(void *ctx, int code, RtExitWhy why), void *ctx);

// rt_abort_main wakes the main goroutine from whatever it waits for (its
// channel, select or semaphore waits undone), to end with RT_EXIT_ABORT
// from inside its wait: the REPL drops an input that deadlocked that way.
void rt_abort_main(Runtime *rt);

// rt_abort_blocked, after a deadlock: every goroutine but main is woken
// to undo its wait and end (as rt_goexit: no deferred calls run; its
// stack is reused), then the main goroutine as by rt_abort_main. The REPL
// drops the input and every goroutine the deadlock left blocked.
void rt_abort_blocked(Runtime *rt);

// rt_goexit ends the running goroutine (not main) where it stands, as if
// its function had returned: the REPL drops a goroutine that panicked.
_Noreturn void rt_goexit(Runtime *rt);

// rt_goexit_start is runtime.Goexit: the goroutine's deferred calls run
// (unwinding as a panic that recover() does not see), then it ends; the
// main goroutine ends too, and the program with "no goroutines (main
// called runtime.Goexit) - deadlock!" once no other goroutine is left.
_Noreturn void rt_goexit_start(Runtime *rt);

// rt_leave jumps to jb, set by setjmp on the OS thread's own stack, from
// whichever goroutine stack is running (announcing the switch to the
// sanitizers). The goroutines are abandoned: the caller's next step is
// rt_free. After setjmp returns nonzero, call rt_left first.
_Noreturn void rt_leave(Runtime *rt, jmp_buf jb);
void rt_left(Runtime *rt);

// rt_set_limits sets RtConfig.max_safepoints and max_heap where the
// arguments are nonzero.
void rt_set_limits(Runtime *rt, uint64_t max_safepoints, size_t max_heap);

// rt_stack_overflow: Go's report of a goroutine out of stack
// ("runtime: goroutine stack exceeds 1000000000-byte limit", "fatal
// error: stack overflow", at most 100 frames) and exit status 2.
_Noreturn void rt_stack_overflow(Runtime *rt);

// rt_print_frames writes the running goroutine's frames (the
// print_frames hook) to f, eliding those past Go's 100th as Go does.
void rt_print_frames(Runtime *rt, FILE *f);

// rt_set_limits sets RtConfig.max_safepoints and max_heap where the
// arguments are nonzero.
void rt_set_limits(Runtime *rt, uint64_t max_safepoints, size_t max_heap);

// rt_leave jumps to jb, set by setjmp on the OS thread's own stack, from
// whichever goroutine stack is running (announcing the switch to the
// sanitizers). The goroutines are abandoned: the caller's next step is
// rt_free. After setjmp returns nonzero, call rt_left first.
_Noreturn void rt_leave(Runtime *rt, jmp_buf jb);
void rt_left(Runtime *rt);

// _Noreturn fatal error: prints "fatal error: MSG" (+ trace) and exits 2.
_Noreturn void rt_fatal(Runtime *rt, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

// ---- Allocation and the collector -----------------------------------------
// Every Go value is allocated here. Objects are zeroed. Out of memory is
// a fatal error. The collector finds objects from interior pointers, scans
// heap objects precisely (Type gcmask) and stacks/registered roots
// conservatively.

// rt_alloc: one zeroed object of type t (t->size bytes, at least 1).
void *rt_alloc(Runtime *rt, const Type *t);
// rt_alloc_array: n zeroed elements of type elem, contiguous.
void *rt_alloc_array(Runtime *rt, const Type *elem, size_t n);
// rt_alloc_noscan: size bytes that hold no pointers (string bytes...).
// Not zeroed when zero is false.
void *rt_alloc_noscan(Runtime *rt, size_t size, bool zero);

// gc_collect runs a full, blocking collection (runtime.GC()).
void gc_collect(Runtime *rt);
// rt_set_gc_percent: runtime/debug.SetGCPercent (pct < 0: off); returns the old value.
int rt_set_gc_percent(Runtime *rt, int pct);
// gc_add_root registers [start, start+size) as a conservatively scanned
// root that may be stored into without the write barrier (timer heaps, a
// few runtime words): it is scanned inside the collector's start pause,
// so it should stay small. gc_add_global_root registers a range every
// pointer store into which goes through the write barrier (gc_write_ptr,
// rt_store...) or replaces a zero word: the interpreter's globals. It is
// scanned concurrently, after the pause, whatever its size. Fatal when out
// of memory. gc_remove_root undoes either (keyed by start); while a
// concurrent mark runs, removing a global root finishes that mark first.
void gc_add_root(Runtime *rt, void *start, size_t size);
void gc_add_global_root(Runtime *rt, void *start, size_t size);
void gc_remove_root(Runtime *rt, void *start);

// Write barrier: every store of a heap pointer into heap memory calls
// gc_write_ptr (one pointer word) or gc_write_bulk before overwriting
// n elements of type t at dst with the n at src (copies of aggregates;
// src may be NULL when dst is only cleared).
void gc_write_ptr(Runtime *rt, void **slot, void *ptr);
void gc_write_bulk(Runtime *rt, const Type *t, void *dst, const void *src, size_t n);

// rt_typedmemmove copies n elements of type t from src to dst (overlap
// allowed) through the barrier.
void rt_typedmemmove(Runtime *rt, const Type *t, void *dst, const void *src, size_t n);

// runtime.MemStats fields gosub provides (a subset of Go's).
typedef struct RtMemStats {
    uint64_t alloc, total_alloc, sys, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
} RtMemStats;
void gc_read_memstats(Runtime *rt, RtMemStats *out);

// ---- Strings ---------------------------------------------------------------
// GoString bytes are immutable; ptr may point into the heap or to static /
// arena memory (literals).
GoString rt_string_from_c(Runtime *rt, const char *s, size_t n);  // copies
GoString rt_string_concat(Runtime *rt, GoString a, GoString b);
int rt_string_compare(GoString a, GoString b);                    // <0 0 >0
static inline bool rt_string_eq(GoString a, GoString b);
GoString rt_string_from_rune(Runtime *rt, int64_t r);             // string(rune)
GoString rt_string_from_bytes(Runtime *rt, GoSlice b);            // string([]byte)
GoString rt_string_from_runes(Runtime *rt, GoSlice r);            // string([]rune)
GoSlice rt_bytes_from_string(Runtime *rt, const Type *slice_type, GoString s);
GoSlice rt_runes_from_string(Runtime *rt, const Type *slice_type, GoString s);
// rt_decode_rune decodes the UTF-8 sequence at s[i]: returns the rune
// (U+FFFD for invalid) and stores its width (>= 1) in *w, as range does.
int32_t rt_decode_rune(GoString s, int64_t i, int *w);

static inline bool rt_string_eq(GoString a, GoString b) {
    extern int memcmp(const void *, const void *, size_t);
    return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

// ---- Slices ----------------------------------------------------------------
GoSlice rt_make_slice(Runtime *rt, const Type *elem, int64_t len, int64_t cap);
// rt_append: append n elements of type elem from src to s, growing as Go
// 1.19's growslice does (capacities match Go's for the same sequence).
GoSlice rt_append(Runtime *rt, const Type *elem, GoSlice s, const void *src, size_t n);
// rt_copy_slice: copy(dst, src), returns the count.
int64_t rt_copy_slice(Runtime *rt, const Type *elem, GoSlice dst, GoSlice src);

// ---- Maps --------------------------------------------------------------------
// A Go map is a pointer to a GoMap (NULL for a nil map). Keys and values
// are passed by address in their in-memory form (rt_value_addr).
typedef struct GoMap GoMap;
GoMap *rt_map_new(Runtime *rt, const Type *map_type, int64_t hint);
int64_t rt_map_len(const GoMap *m);
// rt_map_access: the value slot for key, or NULL when absent (also for a
// nil map). Panics for unhashable dynamic key types.
void *rt_map_access(Runtime *rt, const Type *map_type, GoMap *m, const void *key);
// rt_map_assign: the value slot for key, inserted zeroed if absent.
// Panics "assignment to entry in nil map" when m is NULL.
void *rt_map_assign(Runtime *rt, const Type *map_type, GoMap *m, const void *key);
void rt_map_delete(Runtime *rt, const Type *map_type, GoMap *m, const void *key);
// Iteration: visits every entry present at the start that is not deleted
// before being reached (Go's rule); entries added during iteration may or
// may not be visited. it must be zero-initialised.
typedef struct MapIter { GoMap *m; int64_t pos; uint64_t seq, end; uint32_t gen; } MapIter;
bool rt_map_next(MapIter *it, void **key, void **val);

// ---- Interfaces --------------------------------------------------------------
// rt_iface_box makes the interface value holding v of dynamic type t
// (t NULL: nil interface).
GoIface rt_iface_box(Runtime *rt, const Type *t, Value v);
// rt_iface_unbox: the Value inside e (whose dynamic type is e.type).
Value rt_iface_unbox(GoIface e);

// ---- Panics ------------------------------------------------------------------
// A panic unwinds by longjmp to the innermost handler the evaluator
// installed (a function with defers, or the top of the goroutine).
typedef struct PanicHandler {
    jmp_buf jb;
    struct PanicHandler *prev;
} PanicHandler;

typedef struct RtPanic {
    GoIface value;            // what was passed to panic (runtime errors: a runtime.Error)
    bool recovered;
    bool runtime_error;       // value is a runtime.Error made by rt_panic_runtime
    bool goexit;              // runtime.Goexit: runs the deferred calls, recover() does not stop it
    struct RtPanic *link;     // earlier panic still in progress
    void *frame;              // the handler it last unwound to (C stack address:
                              // a panic whose frame is at or below the frame where
                              // a later panic is recovered was aborted by it)
} RtPanic;

void rt_push_handler(Runtime *rt, PanicHandler *h);
void rt_pop_handler(Runtime *rt, PanicHandler *h);
RtPanic *rt_current_panic(Runtime *rt);
// rt_recovered ends panic p after a recover() in a deferred call.
void rt_recovered(Runtime *rt, RtPanic *p);
// rt_recover: the recover builtin.
GoIface rt_recover(Runtime *rt);
// rt_panic starts panicking with value v (panic(v)).
_Noreturn void rt_panic(Runtime *rt, GoIface v);
// rt_panic_runtime panics with a runtime.Error whose Error() is
// "runtime error: " + the formatted message (index out of range...).
_Noreturn void rt_panic_runtime(Runtime *rt, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
// rt_panic_plain panics with a plain error string value without the
// "runtime error: " prefix (e.g. "assignment to entry in nil map").
_Noreturn void rt_panic_plain(Runtime *rt, const char *msg);
// rt_panic_plain_string: the same with a Go string already made.
_Noreturn void rt_panic_plain_string(Runtime *rt, GoString msg);
// Common runtime errors, with Go's exact texts.
_Noreturn void rt_panic_index(Runtime *rt, int64_t i, int64_t len);
_Noreturn void rt_panic_nil_deref(Runtime *rt);
_Noreturn void rt_panic_divide(Runtime *rt);
// Bounds failures, as Go's boundsError codes: x is the bad index/bound,
// y the length, capacity or other bound (see Go's runtime/error.go).
typedef enum BoundsCode {
    BOUNDS_INDEX,        // s[x]: "index out of range [x] with length y"
    BOUNDS_SLICE_ALEN,   // s[?:x] x > len (strings): "[:x] with length y"
    BOUNDS_SLICE_ACAP,   // s[?:x] x > cap: "[:x] with capacity y"
    BOUNDS_SLICE_B,      // s[x:y] x > y: "[x:y]"
    BOUNDS_SLICE3_ALEN,  // s[?:?:x] x > len: "[::x] with length y"
    BOUNDS_SLICE3_ACAP,  // s[?:?:x] x > cap: "[::x] with capacity y"
    BOUNDS_SLICE3_B,     // s[?:x:y] x > y: "[:x:y]"
    BOUNDS_SLICE3_C,     // s[x:y:?] x > y: "[x:y:]"
    BOUNDS_CONVERT,      // (*[x]T)(s) with len(s) = y < x
} BoundsCode;
// rt_panic_bounds: x_signed says whether x came from a signed integer
// (an unsigned x >= 2^63 prints as unsigned). rt_panic_slice: signed x.
_Noreturn void rt_panic_bounds(Runtime *rt, BoundsCode code, int64_t x, bool x_signed, int64_t y);
_Noreturn void rt_panic_slice(Runtime *rt, BoundsCode code, int64_t x, int64_t y);
// rt_panic_type_assert: a failed x.(T) with a *runtime.TypeAssertionError
// ("interface conversion: ..."); iface is x's static interface type
// (NULL prints "interface"), concrete x's dynamic type (NULL: nil),
// asserted T, missing the first missing method's name for an interface T
// (NULL when T is concrete).
_Noreturn void rt_panic_type_assert(Runtime *rt, const Type *iface, const Type *concrete,
                                    const Type *asserted, const char *missing);
// rt_panic_continue keeps unwinding the current panic: longjmp to the next
// handler (popping it), or rt_report_panic when none is left.
_Noreturn void rt_panic_continue(Runtime *rt);
// rt_report_panic prints "panic: ..." with Go's formatting for the
// panic chain, then "\ngoroutine 1 [running]:\n" and the frames, and exits 2.
_Noreturn void rt_report_panic(Runtime *rt);
// rt_print_panic prints the report rt_report_panic prints, without
// exiting; rt_clear_panic then forgets the panic chain. The REPL (issue 6)
// reports a panic that reached it this way and goes on.
void rt_print_panic(Runtime *rt);
void rt_clear_panic(Runtime *rt);

// ---- Output ------------------------------------------------------------------
// os.Stdout is buffered inside the runtime and flushed at exit, before
// any write to stderr, and before reading stdin.
void rt_write_stdout(Runtime *rt, const void *p, size_t n);
void rt_write_stderr(Runtime *rt, const void *p, size_t n);
void rt_flush(Runtime *rt);
// rt_sigpipe_init: SIGPIPE as Go has it (writes to a broken pipe fail with
// EPIPE; on stdout or stderr the program dies of SIGPIPE). Idempotent;
// leaves a disposition other than the default alone.
void rt_sigpipe_init(void);

// StrBuf: a growable C-side byte buffer (malloc) for building output.
typedef struct StrBuf { char *p; size_t len, cap; } StrBuf;
void sb_putc(StrBuf *b, char c);
void sb_put(StrBuf *b, const void *p, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_free(StrBuf *b);

// ---- fmt / strconv -------------------------------------------------------------
// Formatting of values of any type, as package fmt does. args are the
// interface values of a ...interface{} parameter.
void rt_fmt_sprint(Runtime *rt, StrBuf *out, const GoIface *args, int n);    // Print
void rt_fmt_sprintln(Runtime *rt, StrBuf *out, const GoIface *args, int n);  // Println
void rt_fmt_sprintf(Runtime *rt, StrBuf *out, GoString format, const GoIface *args, int n);
// print/println builtins (to stderr, Go's runtime formatting of floats etc.)
void rt_print_value(Runtime *rt, StrBuf *out, const Type *t, Value v);
// Shortest float formatting ('g' with -1 precision as strconv does).
void rt_format_float(StrBuf *out, double f, char fmt, int prec, int bitsize);


// ---- Built-in packages ------------------------------------------------------
// Packages are tables the checker reads: Go signatures and type texts as
// strings (parsed by the checker), C functions behind them.
// A function or method: name "Repeat", or for methods "(*Builder).WriteString"
// (pointer receiver) / "Duration.String" (value receiver); sig is the Go
// signature without receiver, e.g. "func(s string, count int) string".
struct NativeFunc {
    const char *name;
    const char *sig;
    NativeFn fn;
};
typedef struct NativeConst {
    const char *name;
    const char *type;         // Go type ("untyped int", "float64", "Duration"...)
    const char *value;        // Go constant literal ("9223372036854775807", "1e6"); for
                              // "untyped string" the string itself, unquoted
} NativeConst;
// A package-level type: name and the Go text of its underlying type
// ("struct { buf []byte }", "int64"), in the package's scope; an alias's
// text starts with "= "; a generic type's with "generic " and its type
// parameters ("generic [T any] struct { v *T }"; its methods' texts name
// them).
typedef struct NativeType {
    const char *name;
    const char *underlying;
} NativeType;
// A package-level variable: Go type text and a C initialiser.
typedef struct NativeVar {
    const char *name;
    const char *type;
    void (*init)(Runtime *rt, Value *out);
} NativeVar;
typedef struct NativePkg {
    const char *path;         // "strings", "unicode/utf8"
    const char *name;         // "strings", "utf8"
    const NativeFunc *funcs;  // functions and methods
    int nfuncs;
    const NativeConst *consts;
    int nconsts;
    const NativeType *types;
    int ntypes;
    const NativeVar *vars;
    int nvars;
    // Paths of the packages whose names the type texts use ("io/fs" for
    // "fs.FileMode"), NULL-terminated; NULL when none.
    const char *const *imports;
} NativePkg;
// rt_find_package: the built-in package with import path path, or NULL.
const NativePkg *rt_find_package(const char *path);

// ---- Goroutines, channels, select (sched.c, timer.c, chan.c, select.c) -------
// Green threads on the main OS thread. The interpreter registers how to
// save and restore its per-goroutine state (frames, trace) on a switch;
// the runtime itself swaps its panic state (handler, panicking).
typedef struct RtGoHooks {
    void *ctx;
    size_t size;                                 // bytes of saved state (<= 256)
    void (*save)(void *ctx, void *buf);
    void (*restore)(void *ctx, const void *buf); // buf all zero: a fresh goroutine
} RtGoHooks;
void rt_sched_hooks(Runtime *rt, const RtGoHooks *h);
// rt_sched_free releases the scheduler's goroutines, stacks and timers
// (rt_free calls it).
void rt_sched_free(Runtime *rt);
// rt_go starts a goroutine running fn(rt, arg); arg (a heap object or
// NULL) is kept alive until fn starts.
void rt_go(Runtime *rt, void (*fn)(Runtime *, void *), void *arg);
// Where a goroutine was started, for the "created by FN\n\tFILE:LINE +0xPC"
// lines of its traces (strings must outlive the goroutine).
typedef struct RtGoOrigin {
    const char *fn;           // "main.main"
    const char *file;
    int line;
    unsigned pc;              // the printed "+0x.." offset (cosmetic)
} RtGoOrigin;
// rt_go_at: rt_go with the goroutine's origin (NULL: none).
void rt_go_at(Runtime *rt, void (*fn)(Runtime *, void *), void *arg, const RtGoOrigin *origin);
// rt_goroutine_id: the running goroutine's id (main: 1) as traces print it.
int64_t rt_goroutine_id(Runtime *rt);
// rt_print_created_by writes the running goroutine's "created by" lines
// (nothing for the main goroutine) after its frames in a trace.
void rt_print_created_by(Runtime *rt, FILE *f);
void rt_gosched(Runtime *rt);                    // runtime.Gosched
int64_t rt_num_goroutine(Runtime *rt);           // runtime.NumGoroutine
// rt_preempt: the evaluator's safepoint (every few thousand calls and
// loop iterations): yields when another goroutine or a timer is ready.
void rt_preempt(Runtime *rt);
// rt_sleep parks the running goroutine for ns nanoseconds (time.Sleep).
void rt_sleep(Runtime *rt, int64_t ns);

typedef struct GoChan GoChan;                    // a Go chan value is a GoChan* (NULL: nil)
// rt_chan_new: make(chan T, size); panics "makechan: size out of range".
GoChan *rt_chan_new(Runtime *rt, const Type *chan_type, int64_t size);
// Send/receive the element at elem (in-memory form of the element type).
// recv: elem may be NULL (value dropped); returns false when the channel
// is closed and drained (elem zeroed).
void rt_chan_send(Runtime *rt, GoChan *c, const void *elem);
bool rt_chan_recv(Runtime *rt, GoChan *c, void *elem);
void rt_chan_close(Runtime *rt, GoChan *c);
int64_t rt_chan_len(const GoChan *c);
int64_t rt_chan_cap(const GoChan *c);
typedef struct RtSelectCase {
    GoChan *c;
    void *elem;               // send: the value; recv: where to store (NULL: drop)
    bool send;
    bool ok;                  // recv: out, false when closed
} RtSelectCase;
// rt_select runs a select statement: returns the index of the case that
// ran, or -1 for default (only when has_default). Ready cases are chosen
// uniformly at random as Go does.
int rt_select(Runtime *rt, RtSelectCase *cases, int n, bool has_default);
// rt_timer_chan: a channel of chan_type (buffer 1) that receives one value
// after ns nanoseconds; fill (may be NULL: zero value) writes that value.
// chan_type NULL: elements of 8 bytes without pointers (time.Time).
GoChan *rt_timer_chan(Runtime *rt, int64_t ns, const Type *chan_type, void (*fill)(Runtime *, void *));

#endif
