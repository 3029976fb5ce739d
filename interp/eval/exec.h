// exec.h - the executable tree: the whole contract between the checker
// (through lowering, lower_*.c) and the evaluator (exec_*.c).
//
// Lowering turns each checked function into a Code: a tree of Stmt and
// Node records whose handlers (function pointers) were chosen for the
// static types and operand shapes (an add of two int locals, of an int
// local and a constant, of float64s... are different handlers), and whose
// payloads are typed records: slots, constants, offsets, element sizes,
// type descriptors. Children are direct pointers.
//
// The evaluator only calls handlers. It never switches on AST kinds, never
// reads checker objects (Obj, FuncInfo, *Info records) and never looks a
// name up: variables are frame slots, heap cells, closure cells or global
// indexes; interface method calls go through an inline cache per call site
// (dynamic type -> method), falling back to the type's method table.
//
// Invariants:
//   - Every Node has eval set; addressable or aggregate Nodes also have
//     addr (the address of the value's storage).
//   - An aggregate (struct, array) Value holds the address of its storage;
//     stores copy (rt_store), so a Node may return borrowed storage.
//   - A Code's body is lowered on its first call (code_prepare), so start-up
//     pays only for the functions a run reaches.
//   - Records kept on the Go heap while a program runs (closures, deferred
//     calls, goroutine starts) are the named structs below, allocated with
//     their own type descriptors (exec_types.c).
#ifndef GOSUB_EVAL_EXEC_H
#define GOSUB_EVAL_EXEC_H

#include "../../runtime/runtime.h"

typedef struct Interp Interp;
typedef struct Node Node;
typedef struct Stmt Stmt;
typedef struct Frame Frame;
typedef struct Code Code;
typedef struct CallSite CallSite;

// Statement status: how control leaves a statement.
typedef enum ExecStatus { EXEC_NORMAL, EXEC_BREAK, EXEC_CONTINUE, EXEC_RETURN, EXEC_FALLTHROUGH, EXEC_GOTO } ExecStatus;

typedef Value (*EvalFn)(const Node *n, Frame *fr);
typedef void *(*AddrFn)(const Node *n, Frame *fr);
typedef ExecStatus (*ExecFn)(const Stmt *s, Frame *fr);

// A deferred call or the start of a goroutine: the callee and its
// arguments, evaluated when the defer/go statement ran.
typedef struct DeferRec {
    struct DeferRec *next;
    Value fn;                 // a func value (Closure), or zero for methods/builtins
    Value *args;              // heap array of nargs Values (methods: receiver first)
    int nargs;
    const Code *method;       // a method written in Go...
    NativeFn native;          // ...or in C
    const CallSite *site;     // the call (a built-in when site->kind is CALL_BUILTIN)
} DeferRec;

// A goroutine's start: the call evaluated at the go statement.
typedef struct GoStart {
    DeferRec *call;
    Interp *in;
} GoStart;

// A closure: the function and its captured cells. A method value x.M is a
// closure of kind CLOSURE_METHOD holding the bound receiver in recv; a C
// package function used as a value is CLOSURE_NATIVE.
typedef enum ClosureKind { CLOSURE_GO, CLOSURE_NATIVE, CLOSURE_METHOD } ClosureKind;
typedef struct Closure {
    const Code *code;         // CLOSURE_GO, CLOSURE_METHOD with a Go method
    NativeFn native;          // CLOSURE_NATIVE, CLOSURE_METHOD with a C method
    Value *recv;              // CLOSURE_METHOD: heap cell of the bound receiver (NULL: method expression)
    uint32_t kind;            // ClosureKind
    uint32_t ncells;
    void *cells[];            // captured variables' storage
} Closure;

// An activation of a Go function. Slots live on the C stack of the
// goroutine (a variable-length array in the call handler), found by the
// collector's conservative stack scan.
struct Frame {
    Value *slots;
    Closure *closure;
    Interp *in;
    const Code *code;
    Frame *caller;
    const Stmt *branch_target;    // labeled break/continue/goto target
    DeferRec *defers;
    int line;                     // line being executed, for traces
    bool running_defers;          // only deferred calls' frames may recover
};

// Where a captured variable's cell comes from when a closure is made.
typedef struct CaptureFrom {
    bool from_closure;        // the enclosing closure's cells[index], else frame slot index
    int index;
} CaptureFrom;

// A parameter or result needing a heap cell at entry (captured,
// address-taken or aggregate).
typedef struct CellInit {
    int slot;
    const Type *type;
    bool result;              // results start at the zero value
    bool adopt;               // an aggregate parameter: the caller passed a fresh copy, which becomes the cell
} CellInit;

// A compiled function.
struct Code {
    const char *name;         // "main.f", "main.main.func1", "main.(*T).M"
    int line;                 // declaration line (traces before the first statement)
    int end_line;             // the closing brace: deferred calls run there when the body ends
    int nslots;
    int nparams;
    const int *param_slot;    // -1: blank parameter
    const Type *const *param_type;
    int nresults;
    const int *result_slot;
    const bool *result_cell;  // the slot holds a pointer to the result's cell
    const Type *const *result_type;
    int ncellinit;
    const CellInit *cellinit;
    bool has_defer;
    bool named_results;       // results are variables: they start at zero
    bool simple;              // no defer, no cells, at most one unnamed result: call_simple
    bool show_args;           // traces print "(...)"
    bool dense_params;        // parameter i is slot i (no blank parameter): arguments go to slots[0..nparams)
    bool direct_ok;           // body lowered, simple and dense_params: the fixed-arity calls' fast path
    bool pure;                // a leaf that only reads (lower.c, pure_leaf): aggregate arguments and
                              //   receivers may be passed by reference, without a copy
    int ncaptures;
    const CaptureFrom *captures;
    const Stmt *body;         // NULL until code_prepare lowers it
    const Node *ret_expr;     // a body that is just "return e" (one plain result): e
    int ret_line;
    struct FuncInfo *src;     // lowering's source, the checked function: only code_prepare reads it
    Closure *static_closure;  // the value of a top-level function (a GC root)
};

// ---- expression payloads --------------------------------------------------

typedef struct BinData {
    Node *x, *y;
    int op;                   // the checker's Op (general handler)
    int kind;                 // TypeKind of the operands (wrap-around)
    bool signed_count;        // shifts: a negative count panics
    int sx, sy;               // operand slots (local shapes)
    Value k;                  // constant operand (constant shapes)
    const Type *t;            // operand type (generic equality, interface compare)
} BinData;

typedef struct UnData {
    Node *x;
    int kind;
} UnData;

typedef struct ConvData {
    Node *x;
    int kind;                 // target TypeKind
    const Type *from, *to;
} ConvData;

typedef struct IndexData {
    Node *x, *i;
    int64_t len;              // arrays: the length
    int64_t esize;            // element size
    const Type *map_type;     // maps
    int sx, si;               // local shapes: slot of x and of the index
} IndexData;

typedef struct SliceData {
    Node *x, *lo, *hi, *max;
    int64_t len;              // arrays: the length
    int64_t esize;
    int kind;                 // SLICE_OF_*
} SliceData;
enum { SLICE_OF_STRING, SLICE_OF_SLICE, SLICE_OF_ARRAY, SLICE_OF_PTR_ARRAY };

typedef struct FieldData {
    Node *x;
    int64_t offset;
    int slot;                 // p.f with p a local: p's slot
} FieldData;

// A composite literal: per element the value node and where it goes.
typedef struct CompositeData {
    const Type *type;
    int kind;                 // KIND_STRUCT, KIND_ARRAY, KIND_SLICE, KIND_MAP
    int n;
    Node **values;
    Node **keys;              // maps
    const int64_t *index;     // struct: byte offset; array/slice: element index
    const Type *const *elem_types;
    int64_t length;           // array/slice: resulting length
} CompositeData;

typedef struct AssertData {
    Node *x;
    const Type *t;            // asserted type
    const Type *xt;           // static (interface) type of x
    bool commaok;
} AssertData;

typedef enum RecvMode {
    RECV_VALUE,               // x is the receiver (value method on T, or pointer method on *T)
    RECV_ADDR,                // &x (pointer method, addressable x of type T)
    RECV_DEREF,               // *x (value method, x of type *T)
    RECV_IFACE,               // x is an interface: dispatch on its dynamic type
} RecvMode;

// An inline cache for dynamic dispatch: the last few dynamic types seen at
// the site and the methods they resolved to (round-robin replacement).
typedef struct MethodCacheEntry {
    const Type *type;
    const Method *m;
    const Code *code;
    int mode;                 // how the receiver is taken from the interface value
} MethodCacheEntry;
enum { METHOD_CACHE_WAYS = 4 };
typedef struct MethodCache {
    MethodCacheEntry e[METHOD_CACHE_WAYS];
    unsigned next;            // the entry the next miss replaces
} MethodCache;

// A method selected on a receiver expression: x.M.
typedef struct MethodSel {
    Node *x;
    const char *name;         // the method's name (method values' traces; lowering)
    RecvMode mode;
    const Type *iface;        // RECV_IFACE: the static interface type of x...
    int index;                // ...and the method's index in it (the itab slot)
    const Type *recv_type;    // static receiver type passed (T or *T)
    const Code *code;         // static Go method
    NativeFn native;          // static C method
    MethodCache *cache;       // RECV_IFACE
    bool borrow;              // a call (not a method value, defer or go) of a pure method by value
                              //   (RECV_VALUE/RECV_DEREF): the receiver is not copied
} MethodSel;

typedef enum CallKind { CALL_STATIC, CALL_CLOSURE, CALL_NATIVE, CALL_METHOD, CALL_BUILTIN } CallKind;

// A call site: callee, arguments and how they are passed.
struct CallSite {
    CallKind kind;
    int line;
    const Code *code;         // CALL_STATIC
    NativeFn native;          // CALL_NATIVE
    Node *fn;                 // CALL_CLOSURE: the func value
    MethodSel method;         // CALL_METHOD
    int builtin;              // CALL_BUILTIN: BuiltinId
    const Type *btype;        // CALL_BUILTIN: its type operand (make/new type, element type...)
    bool bflag;               // CALL_BUILTIN: append/copy of a string
    bool copy_args;           // CALL_BUILTIN deferred or started by go: arguments copied
    const Type *rtype;        // the call's result type
    int nargs;                // argument nodes as written
    Node **args;
    const Type *const *arg_types;   // per argument: the parameter type (copies of aggregates)
    int nparams;              // values the callee receives (variadic tail packed into one)
    bool variadic;            // pack args[nfixed..] into a slice of vtype
    int nfixed;
    const Type *velem;        // element type of the variadic slice
    bool tuple_arg;           // f(g()): args[0] yields nargs_tuple values
    int ntuple;
    const Type *const *tuple_box;   // per tuple value: box into this interface type (or NULL)
    int nresults;
};

// A call node: its site, and for the fixed-arity handlers (ex_call.c)
// the callee and arguments copied out of the site, so the hot path reads
// them from the node itself (one dependent load fewer per operand).
enum { CALL_INLINE_ARGS = 4 };
typedef struct CallData {
    CallSite *site;
    const Code *code;         // CALL_STATIC: site->code
    Node *fn;                 // CALL_CLOSURE: site->fn
    Node *arg[CALL_INLINE_ARGS];   // site->args when site->nargs <= CALL_INLINE_ARGS
} CallData;

typedef struct FuncLitData {
    Code *code;
} FuncLitData;

union NodeData {
    int slot;                 // variables: frame slot, closure cell or global index
    Value k;                  // constants
    BinData bin;
    UnData un;
    ConvData conv;
    IndexData index;
    SliceData slice;
    FieldData field;
    CompositeData *comp;
    AssertData assert;
    CallData call;
    FuncLitData lit;
    MethodSel *msel;          // method values
    struct GuardData *guard;  // a body "if c { return a }; return b" (st_basic.c)
    NativeFn native;          // a package function used as a value
};

struct Node {
    EvalFn eval;
    AddrFn addr;              // addressable and aggregate nodes
    const Type *type;         // static type of the value
    int line;
    union NodeData u;
};

// ---- statement payloads -----------------------------------------------------

typedef struct Block {
    int n;
    Stmt **v;
} Block;

// An assignment target, lowered: how to find and store the variable.
typedef enum TargetKind { TGT_BLANK, TGT_LOCAL, TGT_ADDR, TGT_MAP } TargetKind;
typedef struct Target {
    TargetKind kind;
    int slot;                 // TGT_LOCAL
    Node *x;                  // TGT_ADDR: the addressable node; TGT_MAP: the map
    Node *key;                // TGT_MAP
    const Type *map_type;
    const Type *type;         // the stored value's type
} Target;

// A variable declared by := / var / range / type switch / select.
typedef struct VarDecl {
    int slot;
    bool global;              // in Interp.globals
    bool cell;                // gets a fresh heap cell
    const Type *type;
} VarDecl;

typedef struct AssignData {
    int n;
    Target *lhs;              // =
    VarDecl **decl;           // := / var: per lhs the new variable (NULL: reused or blank)
    int nrhs;                 // 0: zero values
    Node **rhs;
    bool tuple;               // one rhs yielding n values
    bool define;
    const Type *const *types; // per lhs
    const Type *const *tuple_box;   // tuple: per lhs, the value's type to box into its interface, or NULL
    int step_from[2];         // exec_step2 (i, j = i+1, j-1): the locals read...
    int64_t step[2];          // ...and the constants added
    int swap_s, swap_i, swap_j;   // exec_swap (s[i], s[j] = s[j], s[i]): the slots
    bool lhs_first;           // some target's operands call functions: targets before values (else values first, as gc)
} AssignData;

typedef struct OpAssignData {
    Target lhs;
    Node *rhs;                // ++/--: a constant node
    int op;                   // the checker's binary Op
    int op_kind;              // TypeKind
    bool shift_signed;        // a signed shift count: negative panics
    bool lhs_first;           // the target's operands call functions: they run before rhs (else rhs, then the target, as gc)
    int slot;                 // local shapes
    int rslot;                // the right operand's slot when it is a local
    Value k;
} OpAssignData;

typedef struct IfData {
    Stmt *init;
    Node *cond;
    Stmt *then_, *else_;
    int sx, sy;               // fused conditions: a local compared with
    int64_t k;                //   a constant or another local
} IfData;

typedef struct ForData {
    Stmt *init, *post;
    Node *cond;
    Stmt *body;
    // fused conditions: a local compared with a constant or another local
    int sx, sy;
    int64_t k;
} ForData;

typedef enum RangeKind { RANGE_ARRAY, RANGE_PTR_ARRAY, RANGE_SLICE, RANGE_STRING, RANGE_MAP,
                         RANGE_CHAN } RangeKind;
typedef struct RangeData {
    RangeKind kind;
    Node *x;
    Target key, value;        // = form
    VarDecl *key_var, *value_var;   // := form
    bool want_value;
    const Type *elem, *key_type, *x_type;
    int64_t len;              // arrays
    Stmt *body;
    int key_slot, value_slot; // range_words: the plain local variables (-1: none)
} RangeData;

typedef struct SwitchData {
    Stmt *init;
    Node *tag;                // NULL: tagless
    VarDecl *tag_var;
    int nclauses;
    int *ncases;
    Node ***cases;            // per clause: conditions (tag == v already lowered)
    Block *bodies;
    int default_clause;
} SwitchData;

typedef struct TypeSwitchData {
    Stmt *init;
    Node *x;
    int tmp;                  // hidden slot holding the value
    int nclauses;
    int *ntypes;
    const Type ***types;      // NULL entry: the nil case
    VarDecl **vars;
    Block *bodies;
    int default_clause;
} TypeSwitchData;

typedef enum SelectKind { SEL_DEFAULT, SEL_SEND, SEL_RECV } SelectKind;
typedef struct SelectCaseData {
    SelectKind kind;
    Node *chan, *value;
    int nlhs;
    Target lhs[2];
    VarDecl *vars[2];
    const Type *types[2];
    const Type *elem;
    Block body;
} SelectCaseData;

typedef struct SelectData {
    int n;
    SelectCaseData *cases;
    int ndefault;
} SelectData;

typedef struct ReturnData {
    int n;
    Node **results;
    bool *copy;               // per result: an aggregate to copy (not fresh)
    bool tuple;
    const Type *const *tuple_box;   // tuple: per result, the value's type to box into its interface, or NULL
    Node *single;             // one non-cell result: evaluated straight into its slot
    int single_slot;
} ReturnData;

typedef struct GoData {
    CallSite *site;
    const char *fname;        // the function holding the go statement ("created by")
} GoData;

typedef struct SendData {
    Node *chan, *value;
    const Type *elem;
} SendData;

union StmtData {
    Node *expr;               // expression statements
    Block block;
    AssignData assign;
    OpAssignData opassign;
    IfData if_;
    ForData for_;
    RangeData range;
    SwitchData sw;
    TypeSwitchData tsw;
    SelectData sel;
    ReturnData ret;
    const Stmt *target;       // break/continue/goto: the labeled statement (NULL: innermost)
    Stmt *labeled;            // labeled statement: the statement
    CallSite *defer;
    GoData go;
    SendData send;
};

struct Stmt {
    ExecFn exec;
    int line;
    union StmtData u;
};

#endif
