// internal.h - the checker's own header (interp/check/): its objects and
// scopes, its records of the AST's nodes (ExprNote, StmtNote, DeclNote,
// kept in the room parser.h leaves behind each node, reached with EN, SN
// and DN), which lowering (interp/eval/lower.c) reads, and the tc_*
// functions. parser.h carries no checker field.
//
// The contract between checker and evaluator:
//   - Every expression node the evaluator may reach has EN(e)->op !=
//     OP_NONE and EN(e)->type set. Untyped constants are converted to their final type and
//     evaluate as OP_CONST with aux pointing to the Value.
//   - Implicit conversions (a concrete value assigned to an interface...)
//     appear as synthetic PAREN nodes whose op is the conversion.
//   - Every variable is resolved to storage: a frame slot (OP_LOCAL), a
//     frame slot holding a pointer to a heap cell (OP_LOCAL_CELL: captured
//     or address-taken variables and all aggregates), a closure cell
//     (OP_CAPTURED) or a global (OP_GLOBAL / OP_GLOBAL_CELL).
//   - Statements carry op (StmtOp) and, where needed, aux data.
#ifndef GOSUB_CHECK_INTERNAL_H
#define GOSUB_CHECK_INTERNAL_H

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

#include "../../parser/parser.h"
#include "../../runtime/runtime.h"
#include "../eval/exec.h"
#include "../interp.h"
#include "constant.h"

// The checker's record of a node (parser.h: the room after each node).
// Untyped constants get their default-converted type; obj is what an
// IDENT (or a package member's SELECTOR) denotes; op is the evaluator op;
// slot and aux its op-specific operands (frame slot, field offset,
// builtin id; constant value, conversion info...).
typedef struct ExprNote {
    Type *type;
    struct Obj *obj;
    int32_t op;
    int32_t slot;
    void *aux;
} ExprNote;
typedef struct StmtNote {
    int32_t op;               // StmtOp
    int32_t slot;
    void *aux;
} StmtNote;
typedef struct DeclNote {
    struct FuncInfo *info;    // a function declaration's checked function
} DeclNote;
_Static_assert(sizeof(ExprNote) <= AST_EXPR_NOTE, "ExprNote outgrew parser.h's AST_EXPR_NOTE");
_Static_assert(sizeof(StmtNote) <= AST_STMT_NOTE, "StmtNote outgrew parser.h's AST_STMT_NOTE");
_Static_assert(sizeof(DeclNote) <= AST_DECL_NOTE, "DeclNote outgrew parser.h's AST_DECL_NOTE");
// EN, SN, DN: the record of an expression, statement or declaration node
#define EN(e) ((ExprNote *)((AstExpr *)(e) + 1))
#define SN(s) ((StmtNote *)((AstStmt *)(s) + 1))
#define DN(d) ((DeclNote *)((AstDecl *)(d) + 1))

typedef enum Op {
#define OP(n) OP_##n,
#include "../ops.def"
#undef OP
    OP__COUNT
} Op;

typedef enum StmtOp {
    SOP_NONE,
    SOP_EXPR,            // u.expr.x evaluated, result dropped
    SOP_DEFINE,          // := and var declarations: aux = AssignInfo*
    SOP_DEFINE_MULTI,    // var ( a = 1; b = 2 ): aux = AssignInfo*[slot]
    SOP_ASSIGN,          // = : aux = AssignInfo*
    SOP_OP_ASSIGN,       // op= and ++/--: aux = OpAssignInfo*
    SOP_BLOCK, SOP_IF, SOP_FOR, SOP_SWITCH, SOP_RANGE,
    SOP_RETURN,          // aux = ReturnInfo*
    SOP_BREAK, SOP_CONTINUE, SOP_FALLTHROUGH,   // aux = target AstStmt* (labeled) or NULL
    SOP_LABELED,
    SOP_GOTO,            // aux = the LABELED_STMT jumped to (check_goto.c, eval/st_basic.c)
    SOP_DEFER,           // aux = CallInfo* of the deferred call
    SOP_EMPTY,
    SOP_DECL_NOP,        // const/type declarations: nothing to run
    SOP_TYPE_SWITCH,     // aux = TypeSwitchInfo*
    SOP_GO,              // aux = the CALL_EXPR (check_chan.c / eval/ex_go.c)
    SOP_SEND,            // u.send; slot unused
    SOP_SELECT,          // aux = SelectInfo*
} StmtOp;

typedef enum BuiltinId {
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
    BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN,
    BI_REAL, BI_RECOVER,
    BI__UNIVERSE,             // package unsafe's, below: not predeclared
    BI_SIZEOF = BI__UNIVERSE, BI_ALIGNOF, BI_OFFSETOF,
    BI__COUNT
} BuiltinId;

// ---- checker objects and scopes ------------------------------------------

typedef enum ObjKind { OBJ_BAD, OBJ_VAR, OBJ_CONST, OBJ_TYPENAME, OBJ_FUNC, OBJ_PKGNAME,
                       OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL } ObjKind;

typedef enum VarStorage { VS_LOCAL, VS_CELL, VS_GLOBAL, VS_GLOBAL_CELL } VarStorage;

// Where a message finds the spelling of a type the checker holds
// canonically (spell.c): the type expression e (SPELL_SELF of a type) or
// the type of expression e (SPELL_SELF of a value), or a part of e's
// type: its index-th result or parameter (of a call's callee or a
// FUNC_TYPE), element, key or index-th struct field, or what ranging over
// e gives.
typedef enum SpellHow {
    SPELL_NONE, SPELL_SELF, SPELL_RESULT, SPELL_PARAM, SPELL_PARAM_ELEM, SPELL_ELEM, SPELL_KEY,
    SPELL_FIELD, SPELL_RANGE_KEY, SPELL_RANGE_VALUE,
} SpellHow;
typedef struct SpellRef {
    struct AstExpr *e;
    int how;                  // SpellHow
    int index;
} SpellRef;

typedef struct FuncInfo FuncInfo;
typedef struct Obj {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    SpellRef spell;           // VAR, CONST: how its type was written (spell.c)
    bool used;
    // OBJ_VAR
    VarStorage storage;
    int slot;
    FuncInfo *owner;          // function whose frame holds the variable (NULL: global)
    bool captured, addr_taken, is_param;
    // OBJ_CONST
    const ConstVal *cval;
    // OBJ_FUNC
    FuncInfo *fn;
    const NativeFunc *native;
    // OBJ_BUILTIN
    BuiltinId builtin;
    // OBJ_PKGNAME
    const NativePkg *pkg;
    struct Scope *pkg_scope;
    AstSpec *import_spec;
    // package-level declaration being resolved (cycle detection)
    AstSpec *spec;
    int spec_index;
    AstDecl *decl;
    int state;                // 0 unresolved, 1 resolving, 2 done, 3 a type named but not yet
                              //   defined (met through a pointer while declaring a type)
    // package-level initialisation dependencies (vars and funcs referenced)
    struct Obj **deps;
    int ndeps;
    int init_mark;            // in c->init_order (initorder.c)
    int init_color, init_index;   // initorder.c scratch
    bool self_ref;            // package-level var used in its own initialiser
    struct AssignInfo *init;  // package-level var: its initialising spec
    const NativeVar *native_var;   // package variable of a built-in package
    // generic type (generic.c): the methods declared on it, instantiated per instance
    struct AstDecl **gmethods;
    int ngmethods;
    struct Scope *gen_scope;  // a local generic type: the scope it was declared in
    bool gen_bad;             // a generic declaration in error: not instantiated
    bool gen_verifying;       // its type arguments' constraints are being checked (a cycle if met again)
    bool tparam;              // a type parameter's name bound to its type argument
} Obj;

// NativeScope: the checker's scope of one built-in package (a list in the arena).
typedef struct NativeScope {
    const NativePkg *pkg;
    struct Scope *scope;
    struct NativeScope *next;
} NativeScope;

typedef struct Scope {
    struct Scope *parent;
    Obj **objs;
    int n, cap;
    int *index;               // hash index of objs (index+1; 0 empty), or NULL (scope.c)
    int index_cap;
    bool is_func;             // function scope boundary (for captures)
} Scope;

// A variable captured by a closure: where its cell comes from in the
// enclosing function's frame at closure creation.
typedef struct CaptureSrc {
    Obj *var;
    bool from_capture;        // true: enclosing closure's cells[index]; false: frame slot index
    int index;
} CaptureSrc;

struct FuncInfo {
    const char *name;         // "main.f", "main.main.func1"
    Type *sig;
    AstBlock *body;
    Pos pos;
    FuncInfo *parent;         // enclosing function for literals
    int nslots;
    int nparams;              // receiver first (issue 3)
    int *param_slots;
    Obj **params;
    int nresults;
    int *result_slots;
    Obj **results;
    bool named_results;
    CaptureSrc *captures;
    int ncaptures, capcap;
    bool has_defer;
    bool has_recover;
    int nlits;                // function literals numbered for names (func1...)
    bool is_lit;              // a function literal (its own literals are named ".1", ".2"...)
    struct Code *code;        // the evaluator's compiled form (eval_code_of)
    bool generic;             // an instance of a generic function or method (generic.c)
    Type *recv_type;          // methods: the receiver's type (T or *T)
    AstDecl *decl;            // methods: the declaration
    AstExpr *ftype;           // its FUNC_TYPE as written (from tc_func_body on)
};

typedef struct CallInfo {
    FuncInfo *fn;             // OP_CALL
    const NativeFunc *native; // OP_CALL_NATIVE
    Type *sig;                // the callee's signature
    int nfixed;               // parameters before the variadic one
    bool variadic;            // callee is variadic
    bool spread;              // call uses f(xs...)
    Type *variadic_slice;     // []T of the variadic parameter
    int nargs;                // arguments as written (tuple call f(g()) expanded: see tuple_arg)
    bool tuple_arg;           // f(g()) where g returns several results
    const Type **tuple_box;   // per result of g: its type when it must be boxed into an interface
    int nresults;
} CallInfo;

typedef struct MethodRef {
    const char *name;
    FuncInfo *fn;             // method written in Go (NULL for native / interface)
    NativeFn native;          // method written in C
    Type *recv_type;          // static receiver type passed (T or *T)
    RecvMode mode;
} MethodRef;

typedef struct CompositeInfo {
    Type *type;               // the literal's type (not a pointer)
    int n;
    AstExpr **values;         // per element
    int64_t *index;           // STRUCT: field byte offset; ARRAY/SLICE: element index
    const Type **elem_types;  // per element type (struct fields)
    AstExpr **keys;           // MAP: key expressions
    int64_t length;           // ARRAY/SLICE: resulting length
} CompositeInfo;

// Assignment a, b = x, y / a, b := f() / var a, b = ...
typedef struct AssignInfo {
    int nlhs;
    AstExpr **lhs;            // each: an lvalue expression (op says how to store) or NULL for _
    Obj **decl;               // SOP_DEFINE: the new variable per lhs (NULL if reused or _)
    int nrhs;                 // 0: zero values (var x T)
    AstExpr **rhs;
    bool tuple;               // one rhs producing nlhs values
    bool copy_first;          // aggregates: copy all rhs values before storing
    Type **types;             // per lhs type
    const Type **tuple_box;   // tuple: per lhs, the value's type when it is boxed into an interface, or NULL
} AssignInfo;

typedef struct OpAssignInfo {
    AstExpr *lhs;
    AstExpr *rhs;             // NULL for ++/-- (constant 1 of lhs type in one)
    Value one;
    int op;                   // binary Op to apply
    int kind;                 // TypeKind for wrap-around
    Type *type;
} OpAssignInfo;

typedef struct ReturnInfo {
    int n;
    AstExpr **results;
    bool tuple;               // return f() with multi-result f
    const Type **tuple_box;   // tuple: per result, f's result type when boxed into an interface, or NULL
} ReturnInfo;

// Range loop over array, pointer to array, slice, string, map, int or chan
// (RangeKind: eval/exec.h).
typedef struct RangeInfo {
    RangeKind kind;
    AstExpr *key, *value;     // lvalues (NULL or blank: not stored)
    Obj *key_var, *value_var; // := form
    int tmp;                  // hidden slots: tmp (range value), tmp+1 (length/iterator)
    Type *elem;
    Type *key_type;
} RangeInfo;

// A type switch: the guarded interface value lives in a hidden slot; per
// clause the listed types (NULL entry: the nil case) and the clause's own
// variable (when "v := x.(type)" declares one).
typedef struct TypeSwitchInfo {
    int tmp;                  // hidden slot holding the interface value
    const Type *iface;        // static type of x
    int nclauses;
    int *ntypes;
    Type ***types;
    Obj **vars;               // per clause: v, or NULL
    int default_clause;
} TypeSwitchInfo;

typedef struct SwitchInfo {
    int tag_slot;             // hidden slot holding the tag value
    AstExpr ***cases;         // per clause: its comparisons (synthetic EQ nodes or conditions)
    int *ncases;
    int nclauses;
    int default_clause;       // -1 if none
    Obj *tag_obj;             // hidden variable holding the tag (NULL: tagless)
} SwitchInfo;

// ---- generics (generic.c) ------------------------------------------------

// A term of a constraint's union: T or ~T.
typedef struct TypeTerm {
    bool tilde;
    Type *type;
} TypeTerm;
typedef struct TypeUnion {
    int n;
    TypeTerm *terms;
} TypeUnion;
// The type set of a constraint interface beyond its methods: the
// intersection of its unions (each line of type elements), and whether it
// embeds comparable.
typedef struct TypeSetInfo {
    const Type *iface;
    int nunions;
    TypeUnion *unions;
    bool comparable;
} TypeSetInfo;

// One instance of a generic type or function: its type arguments, and the
// scope binding the type parameters' names to them.
typedef struct GenInst {
    Obj *gen;
    Type **targs;
    int n;
    Scope *scope;
    Type *type;               // a type's instance (a named type)
    Obj *obj;                 // a function's instance (OBJ_FUNC, not in any scope)
    int depth;                // instances between it and the package's own code
    bool own_check;           // the generic check's instance (its arguments are its own SynthParams)
    bool complete;            // a type's instance: its underlying type and methods are set
    bool deferred;            // a type's instance named but not yet defined (tc_instantiate_type)
} GenInst;

// A type parameter as the generic check sees it (generic_check.c): a
// named type "T" whose underlying type is one term of its constraint (or
// an opaque struct), with the constraint's methods.
typedef struct SynthParam {
    Type *type;
    const char *constraint;   // as written: "any", "Number", "~int | ~string"
    bool exact;               // from a term without ~ (its type set is that one type)
    bool core;                // its type set has a core type (one underlying type)
    const struct TypeUnion *terms;   // its constraint's union (NULL: no type terms)
} SynthParam;

// An instance body waiting to be checked (tc_check_instances).
typedef struct PendingBody {
    FuncInfo *fn;
    AstDecl *decl;            // the instance's own copy of the declaration
    Scope *scope;
    Obj *decl_obj;            // functions: the instance object (initialisation order)
    bool method;
    GenInst *inst;
} PendingBody;

// A constraint check put off until its type arguments are complete
// (tc_verify_later): a type still being declared has no underlying type
// or methods yet, and no type has methods before tc_collect_methods.
typedef struct PendingVerify {
    Obj *gen;                 // the generic declaration
    Type **targs;
    AstExpr **spell;          // the type arguments as written (messages)
    int n;
    Scope *scope;             // the instance's scope (constraints are evaluated there)
    Pos pos;
    AstExpr **xlist;
    int nx;
} PendingVerify;

// ---- the checker -----------------------------------------------------------

typedef struct Diag {
    Pos pos;
    char *msg;
    const char *import_path;   // an import that failed: these print first, ordered by path (as `go run`)
} Diag;

typedef struct Universe {
    Type *types[KIND__COUNT];     // predeclared basic types by kind
    Type *t_error, *t_any, *t_byte_slice, *t_rune_slice, *t_string_slice;
    Type *t_unsafe_ptr;
    Scope *scope;
} Universe;

// A label of the function being checked (check_stmt.c).
typedef struct LabelInfo {
    const char *name;
    AstStmt *stmt;            // NULL once its statement is checked
    bool used;
    Pos pos;
} LabelInfo;

typedef struct Checker {
    Arena *arena;
    const char *filename;
    AstFile *file;
    Universe u;
    Scope *pkg_scope;
    Scope *scope;             // current
    FuncInfo *fn;             // current function
    int nglobals;
    Diag *diags;
    int ndiags, diagcap;
    // type interning
    Type **interned;
    int ninterned, interncap;
    int nincomplete_arrays;   // arrays of a type still being declared (*[2]T in T): tc_complete_arrays
    // package-level var initialisation order
    Obj **init_order;
    int ninit, initcap;
    AstDecl **init_funcs;
    int ninit_funcs;
    FuncInfo **init_fninfo;
    int ninit_fns;
    Obj **native_vars;        // package variables to initialise at start
    int nnative_vars;
    FuncInfo *main_fn;
    // variable references, resolved to ops at the end (tc_var_ref)
    AstExpr **varrefs;
    int nvarrefs, varrefcap;
    Type **types;             // every descriptor made (tc_free releases their masks)
    int ntypes, typecap;
    Obj **blank_vars;         // package-level "var _ = ..." (not in any scope)
    int nblank_vars;
    AstDecl **methods;        // method declarations
    int nmethods;
    Obj **imports;            // package names, for "imported and not used"
    int indirect;             // > 0 inside a pointer, slice, map value, chan or func type
    Obj **deferred_types;     // package-level types named through such (state 3), to define
    int ndeferred_types, deferred_cap;   //   once the type declarations in progress are done
    bool methods_collected;   // tc_collect_methods ran: types made later get their promoted methods at once
    int glob_lits;            // function literals outside functions ("main.glob..func1"...)
    Obj **local_types;        // types declared in functions (tc_name_instances numbers them)
    int nlocal_types;
    struct NativeScope *native_scopes;   // one scope per built-in package used (packages.c)
    int nimports;
    // dependency tracking while checking a package-level initialiser
    Obj *cur_decl_obj;
    // type declarations being resolved, outermost first (check_decl.c:
    // "invalid recursive type" cycles)
    Obj **type_path;
    int ntype_path, type_path_cap;
    // methods as nodes of the initialisation graph (check_method.c)
    Obj **method_objs;
    int nmethod_objs;
    // iota of the const spec being checked (-1 outside)
    int64_t iota;
    ConstCtx *cctx;
    // for loop/switch context (break/continue/fallthrough)
    int loop_depth, switch_depth;
    bool lhs_ident;           // checking an assignment target: not a use
    bool in_call_fun;         // checking the callee of a call (method values allowed)
    const char *opassign_str; // "x += y" while checking an op-assignment
    const char *assign_ctx;   // tc_assignment's context ("argument to f") for tc_convert_untyped
    SpellRef assign_spell;    // tc_assignment_as: how its target type was written
    AstExpr **targ_spell;     // a generic call's inferred type arguments as written (spell.c), or NULL
    LabelInfo *labels;        // the labels of the statements being checked (growable)
    int nlabels, labelcap;
    // REPL (issue 6): repl disables "declared and not used"; variables
    // declared directly in repl_scope (an input's top level) are globals.
    bool repl;
    Scope *repl_scope;
    // generics (generic.c)
    GenInst **insts;
    int ninsts, instcap;
    PendingBody *pending;
    int npending, pendcap;
    int inst_depth;
    PendingVerify *later_verify;   // constraint checks put off (tc_verify_later)
    int nlater_verify, later_verify_cap;
    GenInst *cur_inst;        // the instance whose body is being checked
    AstExpr **recv_names;     // checking a generic method on its own: the names its receiver gives cur_inst's parameters
    TypeSetInfo **tsets;
    int ntsets, tsetcap;
    SynthParam **synth;
    int nsynth, synthcap;
    bool synth_check;         // instantiating with SynthParams: constraints hold by construction
    bool in_constraint;       // resolving a constraint: interfaces with type sets allowed
} Checker;

// Errors: tc_errorf records "file:line:col: msg" (sorted and printed by
// tc_print_errors). Go's texts.
void tc_errorf(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

// ---- types (types.c) ----
// TC_MAX_SIZE: Go's limit of a type's size on 64-bit machines (gc's
// MaxWidth, 1<<50): a type this large or larger is "larger than address
// space". Sizes computed by tc_array and tc_struct saturate at it.
#define TC_MAX_SIZE ((uint64_t)1 << 50)
// TC_MAX_SYMBOL: the largest package-level variable Go's linker takes.
#define TC_MAX_SYMBOL ((uint64_t)2000000000)
// tc_check_size reports a type t (written as e, may be NULL) that is too
// large for a variable: "type T larger than address space" or, for the
// package-level variable named global (NULL: not one), the linker's
// "main.x: symbol too large (N bytes > 2000000000 bytes)". False then.
bool tc_check_size(Checker *c, Pos pos, AstExpr *e, const Type *t, const char *global);
void tc_universe_init(Checker *c);
Type *tc_new_type(Checker *c, TypeKind kind);
Type *tc_pointer(Checker *c, Type *elem);
Type *tc_slice(Checker *c, Type *elem);
// tc_array: [len]elem. An element type still being declared (T in
// *[2]T inside T) gives an array marked TF_INCOMPLETE whose layout
// tc_complete_arrays fills in once the element is complete.
Type *tc_array(Checker *c, Type *elem, int64_t len);
// tc_complete_arrays lays out the incomplete arrays whose element types
// are now complete (after a type declaration).
void tc_complete_arrays(Checker *c);
Type *tc_map(Checker *c, Type *key, Type *value);
Type *tc_chan(Checker *c, Type *elem, int dir);
Type *tc_func(Checker *c, Type **params, int np, Type **results, int nr, bool variadic);
Type *tc_tuple(Checker *c, Type **types, int n);
Type *tc_struct(Checker *c, Field *fields, int n);
Type *tc_interface(Checker *c, Method *methods, int n);
Type *tc_interface_unique(Checker *c, Method *methods, int n);
Type *tc_named(Checker *c, const char *name, const char *pkg);
void tc_set_underlying(Checker *c, Type *named, Type *under);
// tc_init_order appends the package-level variables not yet ordered to
// c->init_order in Go's initialisation order, or reports Go's
// "initialization loop for x" (initorder.c).
void tc_init_order(Checker *c);
// tc_type_cycle reports Go's "invalid recursive type" for the cycle of
// declarations in progress that ends at the incomplete named type
// incomplete; false when it is not being declared (check_decl.c).
bool tc_type_cycle(Checker *c, const Type *incomplete);
const Type *tc_under(const Type *t);
bool tc_identical(const Type *a, const Type *b);
bool tc_is_untyped(const Type *t);
bool tc_is_integer(const Type *t);
bool tc_is_unsigned(const Type *t);
bool tc_is_float(const Type *t);
bool tc_is_numeric(const Type *t);
bool tc_is_string(const Type *t);
bool tc_is_boolean(const Type *t);
bool tc_is_interface(const Type *t);
bool tc_comparable(const Type *t);
bool tc_has_nil(const Type *t);
Type *tc_default_type(Checker *c, Type *t);
// ---- spelling in messages (spell.c) ----
// tc_type_string: Go's spelling of t in messages (types2): named types of
// package main unqualified, "untyped int" for untyped kinds; in the
// arena. byte and rune are uint8 and int32 here: see tc_spell_type.
const char *tc_type_string(Checker *c, const Type *t);
// tc_spell_type: t spelled with the names of hint, a type expression the
// program wrote for t (NULL: none): "byte", "[]rune", "func(x int) int".
// Where hint's shape is not t's, t's own spelling. In the arena.
const char *tc_spell_type(Checker *c, const Type *t, AstExpr *hint);
// tc_spell_of: the type expression that spells the type of checked
// expression e (its variable's declared type, byte for s[i] of a string,
// a callee's declared result...), or NULL. For messages (and inferred type
// arguments): it walks the expression and may allocate synthetic nodes.
AstExpr *tc_spell_of(Checker *c, AstExpr *e);
// tc_expr_type_string: t, the type of checked expression e (NULL: none),
// spelled as e's type was written
const char *tc_expr_type_string(Checker *c, AstExpr *e, const Type *t);
// tc_tuple_string: "(T1, T2, ...T3)", types ts[0..n) (the last variadic
// when variadic), spelled from the results (or parameters) of ftype, a
// FUNC_TYPE as written (NULL: none)
const char *tc_tuple_string(Checker *c, const Type *const *ts, int n, bool variadic, AstExpr *ftype, bool results);
// tc_results_string: tuple, the results of call (a CALL_EXPR), spelled as
// its callee declared them, names included: "(a byte, b rune)"
const char *tc_results_string(Checker *c, AstExpr *call, const Type *tuple);
// tc_spell_part: the part of hint h (a type expression written for t)
// that spells t's element (SPELL_ELEM: of a pointer, slice, array, chan,
// map, ...T), key (SPELL_KEY) or index-th parameter or result
// (SPELL_PARAM, SPELL_RESULT); NULL when h does not have that shape
AstExpr *tc_spell_part(Checker *c, const Type *t, AstExpr *h, SpellHow part, int index);
// tc_spell_func: the FUNC_TYPE that spells the type of checked callee
// expression callee, or NULL
AstExpr *tc_spell_func(Checker *c, AstExpr *callee);
// tc_expr_under_string: the underlying type of t, the type of checked
// expression e, spelled as written ("byte" for a type B byte)
const char *tc_expr_under_string(Checker *c, AstExpr *e, const Type *t);
// tc_incomparable_string: why t, the type of checked expression e, cannot
// be compared (types2's incomparableCause): "struct containing []byte
// cannot be compared", "[2][]byte cannot be compared"
const char *tc_incomparable_string(Checker *c, AstExpr *e, const Type *t);
// tc_spell_ref_string: t spelled as r says it was written
const char *tc_spell_ref_string(Checker *c, SpellRef r, const Type *t);
// SPELL: a SpellRef
#define SPELL(e_, how_, index_) ((SpellRef){(e_), (how_), (index_)})
// lookup of a method in the method set (issue 3); NULL when absent
const Method *tc_lookup_method(const Type *t, const char *name, bool *ptr_recv);
bool tc_implements(Checker *c, Type *t, Type *iface, char **why);
char *tc_missing_reason(Checker *c, const Type *t, const Type *iface, bool static_);

// ---- scopes (scope.c) ----
Scope *tc_scope_new(Checker *c, Scope *parent, bool is_func);
Obj *tc_scope_lookup_local(Scope *s, const char *name);
Obj *tc_scope_lookup(Scope *s, const char *name, Scope **found);
// tc_declare: adds obj to s; reports "x redeclared in this block" when
// the name is taken; "_" is never declared.
void tc_declare(Checker *c, Scope *s, Obj *obj);
Obj *tc_new_obj(Checker *c, ObjKind kind, const char *name, Pos pos, Type *type);

// ---- checker internals (check_*.c) ----

typedef enum OperandMode {
    MODE_INVALID, MODE_NOVALUE, MODE_BUILTIN, MODE_TYPEXPR, MODE_CONSTANT,
    MODE_VARIABLE, MODE_MAPINDEX, MODE_VALUE, MODE_COMMAOK,
} OperandMode;

// An operand: the result of checking an expression (types2's operand).
typedef struct Operand {
    OperandMode mode;
    Type *type;
    const ConstVal *val;      // MODE_CONSTANT
    AstExpr *expr;
    BuiltinId builtin;        // MODE_BUILTIN
} Operand;

// tc_check_file checks a parsed file and annotates it. Returns the number
// of errors (printed by tc_print_errors).
int tc_check_file(Checker *c, AstFile *file);
void tc_print_errors(Checker *c, FILE *f);

// tc_name_instances gives, after a check without errors, each generic
// type instance the name Go's linker gives it: "Box[main.local·3]" (local
// types numbered in source order through the package), "Box[struct {
// main.b string }]" (see rt_type_link_string). Messages keep types2's
// spelling ("Box[local]"), so this runs last.
void tc_name_instances(Checker *c);

// tc_exit_status is what `go run` exits with after c's errors: 1 when an
// imported package is missing (go's build fails before compiling), else 2.
int tc_exit_status(const Checker *c);
Checker *tc_new(Arena *arena, const char *filename);
void tc_free(Checker *c);

void tc_expr(Checker *c, Operand *x, AstExpr *e);
void tc_expr_or_type(Checker *c, Operand *x, AstExpr *e);
void tc_multi_expr(Checker *c, Operand *x, AstExpr *e);   // allows tuples
// tc_single_value reports operand x of e (from tc_multi_expr) where one
// value is wanted and it is none, or several (x becomes invalid).
void tc_single_value(Checker *c, Operand *x, AstExpr *e);
// tc_assigned_value: tc_expr of e, the one value assigned to one variable;
// a call with several results is types2's "assignment mismatch: 1
// variable but json.Marshal returns 2 values"
void tc_assigned_value(Checker *c, Operand *x, AstExpr *e);
// tc_assignment: x (whose expression sits at *slot) is assigned to a
// variable of type t in context ctx ("assignment", "argument", "return
// statement", "variable declaration"...). Converts untyped constants,
// inserts implicit conversions, reports Go's errors. false on error.
bool tc_assignment(Checker *c, Operand *x, AstExpr **slot, Type *t, const char *ctx);
// tc_assignment_as: tc_assignment to a target whose type t the program
// wrote as spell says (its messages keep those names: "as byte value")
bool tc_assignment_as(Checker *c, Operand *x, AstExpr **slot, Type *t, SpellRef spell, const char *ctx);
// tc_convert_untyped: give the untyped operand x type t (or its default).
void tc_convert_untyped(Checker *c, Operand *x, Type *t);
void tc_use_default(Checker *c, Operand *x);
Type *tc_type_expr(Checker *c, AstExpr *e);
void tc_call(Checker *c, Operand *x, AstExpr *e);
void tc_call_args(Checker *c, AstExpr *e, Operand *args);
void tc_arg_count_error(Checker *c, AstExpr *e, Operand *args, int nargs, int np, bool too_many, const char *want);
void tc_call_value(Checker *c, Operand *x, AstExpr *e, Operand *pre);
void tc_builtin_call(Checker *c, Operand *x, AstExpr *e, BuiltinId id);
// tc_unsafe_call: unsafe.Sizeof/Alignof/Offsetof(arg), a uintptr constant
// of Go's amd64 layout (check_unsafe.c).
void tc_unsafe_call(Checker *c, Operand *x, AstExpr *e, BuiltinId id);
// tc_go_size: the size of t in Go's amd64 layout (unsafe.Sizeof).
int64_t tc_go_size(const Type *t);
// tc_unsafe_member: the selector unsafe.X (builtins, or Go's error).
bool tc_unsafe_member(Checker *c, Operand *x, AstExpr *e);
void tc_conversion(Checker *c, Operand *x, AstExpr *e, Type *t);
const char *tc_operand_string(Checker *c, Operand *x);
const char *tc_expr_str(Checker *c, AstExpr *e);
void tc_func_body(Checker *c, FuncInfo *fn, AstExpr *ftype, AstBlock *body, AstFieldList *recv);
FuncInfo *tc_new_func(Checker *c, const char *name, Pos pos);
bool tc_method_selector(Checker *c, Operand *x, AstExpr *e);
bool tc_method_expr(Checker *c, Operand *x, AstExpr *e);
void tc_type_assert(Checker *c, Operand *x, AstExpr *e);
int tc_lookup_path(const Type *t, const char *name, const Field **path, int *npath, const Field **field,
                   const Method **method);
void tc_embed_path(Checker *c, Operand *x, AstExpr *e, const Field **path, int n);
void tc_promote_methods(Checker *c, Type *t);
// tc_promote_late gives an unnamed struct type, or a type declared in a
// function, the methods of its embedded fields (once; named package-level
// types get theirs in tc_collect_methods).
void tc_promote_late(Checker *c, Type *t);
// tc_unpromote drops the promoted methods of named type t, for
// tc_promote_late to compute them again: instances defined after the
// instances that embed them (generic.c).
void tc_unpromote(Checker *c, Type *t);
void tc_type_switch(Checker *c, AstStmt *s);
void tc_stmt(Checker *c, AstStmt *s);
Type *tc_lvalue(Checker *c, AstExpr *e);
bool tc_missing_method(Checker *c, const Type *t, const Type *iface, const char **missing, bool *wrong_ptr);
void tc_stmt_list(Checker *c, AstStmtList *l);
void tc_goto(Checker *c, AstStmt *s);
bool tc_goto_uses_label(Checker *c, const char *name);
void tc_block(Checker *c, AstBlock *b);
Type *tc_signature(Checker *c, AstExpr *ftype);
void tc_resolve_obj(Checker *c, Obj *o);
void tc_import(Checker *c, AstSpec *spec);
Obj *tc_declare_var(Checker *c, AstExpr *name, Type *t);
void tc_var_ref(Checker *c, AstExpr *e, Obj *o);
void tc_finish_func_vars(Checker *c, FuncInfo *fn);
int tc_new_slot(Checker *c);
Value *tc_const_value(Checker *c, const ConstVal *v, Type *t);
void tc_set_const(Checker *c, AstExpr *e, const ConstVal *v, Type *t);
ConstType tc_const_type(const Type *t);
bool tc_is_terminating(Checker *c, AstStmt *s, const char *label);
const char *tc_builtin_name(BuiltinId id);
void tc_universe_scope(Checker *c);
void tc_collect_methods(Checker *c);
void tc_add_dep(Checker *c, Obj *d, Obj *o);
void tc_track_type(Checker *c, Type *t);
void tc_check_method_bodies(Checker *c);
void tc_check_func_decl(Checker *c, Obj *o);
void tc_check_init_func(Checker *c, AstDecl *d);
AssignInfo *tc_var_spec(Checker *c, AstSpec *s, bool local);
void tc_commaok_mark(Checker *c, Operand *x, AstExpr *e, int n);
bool tc_is_terminating_list(Checker *c, AstStmtList *l);
void tc_check_unused(Checker *c, Scope *s);
Obj *tc_package_member(Checker *c, Obj *pkgobj, AstExpr *sel);
// tc_native_type: the named type path.name of a built-in package (its
// scope made on first use; NULL when there is no such type).
Type *tc_native_type(Checker *c, const char *path, const char *name);
// tc_native_obj: the object path.name of a built-in package (types: always;
// functions, constants and variables: once the program referred to them).
Obj *tc_native_obj(Checker *c, const char *path, const char *name);
// tc_native_resolve gives the type name o of a built-in package (o->pkg,
// declared unresolved by packages.c) its type and C methods, on first use.
void tc_native_resolve(Checker *c, Obj *o);
void tc_add_native_var(Checker *c, Obj *o);
// tc_native_method_type: the FUNC_TYPE written for method name of a
// built-in package whose C function is fn (messages spell it: spell.c),
// or NULL
AstExpr *tc_native_method_type(Checker *c, NativeFn fn, const char *name);
// tc_native_type_expr: the underlying type written for named type t of a
// built-in package (messages spell it: spell.c), or NULL
AstExpr *tc_native_type_expr(Checker *c, const Type *t);
// tc_method_string: Go's funcString of method m of type recv, "M(x int)
// rune", with the parameter names and types as declared (spell.c)
const char *tc_method_string(Checker *c, const Type *recv, const Method *m);
// tc_native_inst_methods gives t, instance g of a built-in package's
// generic type (atomic.Pointer[T]), that type's C methods.
void tc_native_inst_methods(Checker *c, const GenInst *g, Type *t);
// tc_native_generic: the generic type of a built-in package that selector
// e (pkg.Name) denotes, or NULL
Obj *tc_native_generic(Checker *c, AstExpr *e);
bool tc_assignable(Checker *c, Operand *x, Type *t, char **why);
// tc_box_type: vt when a value of type vt stored into a target of type t
// must be boxed (t an interface, vt not), else NULL. Tuple elements (call
// arguments, assignments, returns) record it for the evaluator.
const Type *tc_box_type(const Type *t, const Type *vt);
// tc_tuple_box notes that element i of a tuple assignment, of type vt,
// is boxed into lhs i's interface type (AssignInfo.tuple_box).
void tc_tuple_box(Checker *c, AssignInfo *ai, int i, const Type *vt);
void tc_composite_lit(Checker *c, Operand *x, AstExpr *e, Type *hint);
void tc_func_lit(Checker *c, Operand *x, AstExpr *e);
void tc_binary(Checker *c, Operand *x, AstExpr *e);
void tc_unary(Checker *c, Operand *x, AstExpr *e);
// tc_stash_untyped_const records untyped constant v (of type t) at e and
// the expressions in its parentheses, an operand of an untyped
// non-constant expression: tc_update_untyped makes it a constant of the
// type the context gives.
void tc_stash_untyped_const(AstExpr *e, Type *t, const ConstVal *v);
void tc_update_untyped(Checker *c, AstExpr *e, Type *t);
void tc_finish_binary_op(Checker *c, AstExpr *e, Type *t);
void tc_finish_shift(Checker *c, AstExpr *e);
void tc_mark_addressed(Checker *c, AstExpr *e);
int tc_arith_op(TokenKind op, const Type *t);
void raw_expr_quiet(Checker *c, Operand *x, AstExpr *e);
bool tc_has_call(AstExpr *e);
void tc_resolve_local_const(Checker *c, Obj *o);
void tc_resolve_local_type(Checker *c, Obj *o);
// tc_defer_type names package-level type o (state 3) without defining it:
// met through an indirection while another type is declared, it is
// defined when no type declaration is in progress (check_decl.c).
void tc_defer_type(Checker *c, Obj *o);
AstExpr *tc_wrap(Checker *c, AstExpr *x, int op, Type *t);

// ---- generics (generic.c) ----
const TypeSetInfo *tc_typeset_of(Checker *c, const Type *t);
bool tc_is_type_term(const AstExpr *e);
Type *tc_constraint_iface(Checker *c, AstExpr **elems, int n, Method *ms, int nm, bool comparable);
AstFieldList *tc_tparams_of(const Obj *o);
int tc_tparam_count(const AstFieldList *l);
// tc_tparam_name: the i-th type parameter of l; *constraint (if non-NULL)
// its constraint expression
AstExpr *tc_tparam_name(const AstFieldList *l, int i, AstExpr **constraint);
const char *tc_generic_string(Checker *c, const Obj *o);
void tc_generic_unused(Checker *c, Pos pos, const Obj *o);
const GenInst *tc_inst_of_type(Checker *c, const Type *t);
Type *tc_instantiate_type(Checker *c, Obj *gen, Type **targs, int n, Pos pos, AstExpr **xlist);
Obj *tc_instantiate_func(Checker *c, Obj *gen, Type **targs, int n, Pos pos, AstExpr **xlist, int nx);
void tc_check_instances(Checker *c);
// tc_verify_later checks the type arguments' constraints put off while
// their types were incomplete, now that they are complete (those still
// incomplete stay queued); errors are reported as usual.
void tc_verify_later(Checker *c);
// tc_bind_scope: a scope (child of parent, or of the package scope) where
// the type parameter identifiers names[0..n) (NULL or _: skipped) denote
// targs, as type names marked tparam
Scope *tc_bind_scope(Checker *c, Scope *parent, AstExpr **names, int n, Type **targs);
// tc_constraint_type: constraint expression ce as an interface type (a
// union or a non-interface type is an implicit interface), in the current
// scope; *cname (if non-NULL) gets its spelling in messages. NULL after an
// error.
Type *tc_constraint_type(Checker *c, AstExpr *ce, const char **cname);
// tc_check_generics checks every generic declaration of the package scope
// once (instantiated with SynthParams), so that its errors are reported in
// Go's terms whether or not it is used.
void tc_check_generics(Checker *c);
const SynthParam *tc_synth_param(Checker *c, const Type *t);
// tc_synth_name: the name a generic method's receiver gives synthetic
// type parameter t ("func (b Box[int]) ..." calls it int), or NULL
const char *tc_synth_name(Checker *c, const Type *t);
const char *tc_constraint_string(Checker *c, AstExpr *ce);
// tc_type_mentions: type expression e has an identifier for which
// ident(ctx, id) holds (walking pointers, slices, maps, channels, func
// types, type argument lists)
bool tc_type_mentions(AstExpr *e, bool (*ident)(void *ctx, AstExpr *id), void *ctx, int depth);
// tc_mentions_tparam: type expression e names a type parameter
bool tc_mentions_tparam(Checker *c, AstExpr *e, int depth);
void tc_generic_methods(Checker *c);
// tc_generic_obj: the generic type or function e (an identifier, possibly
// parenthesized) denotes, or NULL
Obj *tc_generic_obj(Checker *c, AstExpr *e);
// tc_generic_index: e is x[args] (INDEX_EXPR or INDEX_LIST_EXPR) with x
// generic: a type (MODE_TYPEXPR) or a function instance (MODE_VALUE)
void tc_generic_index(Checker *c, Operand *x, AstExpr *e, Obj *gen);
// tc_subst_tparams: a copy of type expression e where the identifiers
// naming names[0..n) are repl[0..n) (shared, not copied)
AstExpr *tc_subst_tparams(Checker *c, AstExpr *e, AstExpr **names, AstExpr **repl, int n);
// tc_generic_call: call e whose callee is a generic function (f or
// f[partial args]): infers the type arguments, instantiates, and checks
// the call. x receives the result.
void tc_generic_call(Checker *c, Operand *x, AstExpr *e, Obj *gen);
Obj *tc_method_obj(Checker *c, FuncInfo *fn);

// ---- goroutines, channels, select (check_chan.c) ----
// One case of a select statement: send (chan <- value), receive
// (<-chan, possibly assigned to lhs[0..nlhs) or defining vars), default.
typedef struct SelectCase {
    SelectKind kind;
    AstStmt *clause;          // the COMM_CLAUSE (body)
    AstExpr *chan, *value;    // value: SEND only
    AstExpr *recv;            // RECV: the <-chan expression
    int nlhs;
    AstExpr *lhs[2];          // assigned (=) targets, NULL or blank: dropped
    Obj *vars[2];             // := variables (NULL: blank)
    Type *types[2];           // target types (for boxing into interfaces)
    Type *elem;
} SelectCase;
typedef struct SelectInfo {
    int n;                    // cases (default included)
    SelectCase *cases;
    int ndefault;             // index of default, -1 when none
} SelectInfo;
void tc_go_stmt(Checker *c, AstStmt *s);
void tc_send_stmt(Checker *c, AstStmt *s);
void tc_select_stmt(Checker *c, AstStmt *s);
void tc_recv_expr(Checker *c, Operand *x, AstExpr *e);
void tc_close_call(Checker *c, Operand *x, AstExpr *e);
bool tc_select_terminating(Checker *c, AstStmt *s);

// ---- the REPL's checking (check.c) ----

// tc_repl_decls checks the imports and declarations of one REPL input in
// the scope c->pkg_scope (a fresh scope chained to the session's);
// tc_repl_finish resolves the variable references of the input (every
// package-level variable lives in a cell) and extends the
// initialisation order. Errors are left in c->diags.
void tc_repl_decls(Checker *c, AstFile *file);
void tc_repl_finish(Checker *c);

#endif
