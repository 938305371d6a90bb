/*
 * codegen.h - internal interface of the code generator (codegen*.c).
 *
 * The code generator walks the checked AST of every package and emits
 * register bytecode (vm/opcodes.h) into golem_proto objects owned by the VM.
 * One cg_state per codegen_program() call; one cg_fn per function body being
 * generated (nested function literals push a new cg_fn whose parent is the
 * enclosing one).
 *
 * Frame slots. Every variable and temporary gets a fixed slot whose kind
 * (SK_SCALAR / SK_PTR, from the type's ptrmask) never changes within the
 * function, so each proto carries one precise pointer map. The allocator
 * (codegen_emit.c) keeps, per slot, its kind (or "unassigned") and whether
 * it is busy; an allocation of a run with a kind pattern takes the lowest
 * free run whose kinds match. Allocations form a stack (cg_mark /
 * cg_release): a statement releases the temporaries it allocated; variables
 * are pinned and survive until their block ends (cg_release_scope).
 * A call window (arguments, then results) is allocated above every busy
 * slot, so the callee's frame, which starts at the window, never overlaps a
 * live slot of the caller.
 *
 * What the collector may assume of a frame (the contract with vm/'s stack
 * scan): a slot marked SK_SCALAR never holds the only reference to a heap
 * object at a safepoint; a slot marked SK_PTR holds a heap pointer, nil, a
 * pointer to static data (string constants, rtypes, static closures), or a
 * stale value of a dead temporary or of a callee's frame (results of
 * another kind come back through call windows), so the scan must validate
 * SK_PTR slots against the heap (the span table) before marking.
 *
 * Variables. A local variable lives in registers unless the checker marked
 * it escaping (address taken, captured), it is an array of composite
 * elements or a struct holding an array (indexed through memory), or it is
 * bigger than CG_BIG_VALUE slots: then its slot holds a pointer to a heap
 * cell and every access goes through memory. Arrays of basic scalars in
 * registers are indexed with the FLDX/FSTX ops. Globals live in the VM's
 * globals block (GLD/GST by offset).
 *
 * Generics are stenciled: each instantiation of a generic function or of a
 * method of a generic type gets its own proto, generated after the function
 * that asked for it, with the type parameters substituted (cg_ty).
 *
 * Values in registers. A value of type T occupies type_nslots(T) slots. A
 * lone narrow scalar in a register is normalised (sign/zero-extended,
 * float32 as a rounded double); composite values (structs, arrays) in
 * registers are the same bytes as in memory, so copies between registers
 * and memory are raw slot copies, and only extracting or inserting a narrow
 * scalar field needs a width-typed conversion.
 */
#ifndef GOLEM_CODEGEN_H
#define GOLEM_CODEGEN_H

#include "check.h"
#include "codegen_bop.h"
#include "compile.h"
#include "opcodes.h"
#include "rtype.h"
#include "runtime.h"
#include "types.h"
#include "vm.h"

typedef struct cg_state cg_state;
typedef struct cg_fn cg_fn;

/* A list of instruction indices whose jump target is patched later. */
typedef struct cg_jumps {
    int *pcs;
    int n, cap;
} cg_jumps;

/* A statement that break/continue may target. */
typedef struct cg_target {
    ast_node *stmt;
    const char *label;
    bool is_loop;
    cg_jumps breaks, continues;
    struct cg_target *outer;
} cg_target;

typedef struct cg_label {
    const char *name;
    int pc;            /* -1 until defined */
    cg_jumps gotos;
} cg_label;

/* An allocation record of the slot stack. */
typedef struct cg_alloc {
    int slot, n;
    bool var;          /* a variable: survives cg_release, not
                          cg_release_scope */
} cg_alloc;

struct cg_fn {
    cg_state *st;
    cg_fn *parent;
    ck_func *ck;       /* NULL for wrappers and the entry proto */
    golem_proto *proto;

    uint64_t *code;
    int32_t *lines;
    uint32_t ncode, capcode;
    int line;

    slot *consts;
    uint8_t *const_kinds;
    uint32_t nconsts, capconsts;
    int *strconsts;    /* indices of string (data, len) pairs */
    int nstrconsts, capstrconsts;

    uint8_t *kind;     /* per slot: SK_SCALAR, SK_PTR or CG_KIND_FREE */
    uint8_t *busy;
    int nslots, capslots;
    cg_alloc *allocs;  /* allocation stack */
    int nallocs, capallocs;

    int *capslot;      /* slot holding the cell pointer of capture i */
    int ncaps;

    cg_target *targets;
    cg_label *labels;
    int nlabels, caplabels;

    int nresult_slots;
    int *result_slot;  /* per result: slot of the named/implicit result var
                          (for named results; -1 unnamed) */
    bool has_defer;
    int defer_exit_pc; /* pc of the shared return sequence (defers) */
    cg_jumps exits;    /* jumps to the shared return sequence */
    int counter;       /* function literal numbering: main.main.func1 */
    /* stenciling a generic body: type parameters -> type arguments
       (inherited by nested function literals) */
    type **sub_from, **sub_to;
    int nsub;
};

/* t with the current instantiation's type arguments substituted */
type *cg_ty(cg_fn *f, type *t);
#define CG_T(t) cg_ty(f, (t))

enum { CG_KIND_FREE = 0xff };
/* Arrays and structs of more slots than this live in heap cells and are
   built in memory, not in registers. */
enum { CG_BIG_VALUE = 64 };

/* Per-VM codegen cache: rtype interning and static itabs (lives in
   vm->codegen_cache, freed with the VM's type universe memory). */
typedef struct cg_cache {
    type **types;      /* compiler type of each interned rtype */
    rtype **rts;
    int n, cap;
    struct { const rtype *iface, *type; itab *tab; } *itabs;
    int nitabs, capitabs;
    rtype *predeclared[64]; /* descriptors of the shared predeclared types,
                               by type id */
} cg_cache;

struct cg_state {
    compilation *c;
    golem_vm *vm;
    ck_program *prog;
    type_universe *u;
    cg_cache *cache;
    int sig_depth;     /* > 0 while building a signature's descriptors */
    ck_package *pkg;   /* package being generated */
    bool failed;
    slot *globals;     /* the globals block */
    uint32_t nglobals;
    uint8_t *globals_ptrmap;
    /* generated wrappers, by (key, tag) */
    struct {
        const void *key;
        int tag;
        golem_proto *proto;
    } *wraps;
    int nwraps, capwraps;
    /* instances of generic functions and methods (stenciled bodies),
       generated after the function being generated (ninst_done) */
    struct cg_inst {
        symbol *fn;
        type **from, **to;
        int n;
        golem_proto *proto;
    } *insts;
    int ninsts, capinsts, ninst_done;
    /* declared functions whose proto was referenced: their bodies are
       generated on demand, so unreachable code is never compiled */
    struct cg_pending {
        ck_func *ck;
        golem_proto *proto;
    } *pending;
    int npending, cappending, npending_done;
    golem_closure **closures; /* static closures of declared functions */
    int nclosures, capclosures;
    /* ck_func by declaring node (function literals) */
    ck_func **funcs;
    int nfuncs, capfuncs;
    /* (added, start-up) the method names of the interfaces the program
       has: a concrete type's method table compiles only the methods so
       named (Go's linker rule); the others wait in `deferred` until an
       interface with their name appears (codegen_rtype.c) */
    const char **iface_names;
    int niface_names, capiface_names;
    struct cg_deferred *deferred;
    int ndeferred, capdeferred;
};

/* ---- codegen.c ---- */
void cg_error(cg_state *st, src_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
ck_func *cg_find_func(cg_state *st, ast_node *decl);
golem_proto *cg_func_proto(cg_state *st, symbol *fsym);
golem_closure *cg_static_closure(cg_state *st, golem_proto *p);
void *cg_global_addr(cg_state *st, symbol *sym);
/* Generates the body of a function or literal into its proto. */
void cg_gen_function(cg_state *st, cg_fn *parent, ck_func *ck,
                     golem_proto *proto);
golem_proto *cg_new_proto(cg_state *st, const char *name, src_pos pos);
/* The proto of generic function fn instantiated with from[i] := to[i]
   (generated later, by cg_drain_instances). */
golem_proto *cg_inst_proto(cg_state *st, symbol *fn, type **from, type **to,
                           int n);
void cg_drain_instances(cg_state *st);
/* (added) Compiles the deferred methods whose names some interface now
   has (see cg_state.deferred); true when it compiled any. */
bool cg_resolve_deferred_methods(cg_state *st);
/* method m of named type owner (an instance of a generic type or not) */
golem_proto *cg_method_proto(cg_state *st, method *m, type *owner);
/* the receiver type of m as declared, for owner */
type *cg_method_recv(cg_state *st, method *m, type *owner);

/* ---- codegen_emit.c: instructions, constants, slots ---- */
void cg_fn_init(cg_fn *f, cg_state *st, cg_fn *parent, golem_proto *p);
void cg_fn_finish(cg_fn *f);
void cg_fn_free(cg_fn *f);
int cg_emit(cg_fn *f, uint64_t insn);
int cg_pc(cg_fn *f);
void cg_patch_jump(cg_fn *f, int at, int target);
void cg_jumps_add(cg_jumps *j, int pc);
void cg_jumps_patch(cg_fn *f, cg_jumps *j, int target);
void cg_jumps_free(cg_jumps *j);

int cg_const(cg_fn *f, slot v, uint8_t kind);
int cg_const_int(cg_fn *f, int64_t v);
int cg_const_ptr(cg_fn *f, const void *p);
/* a string constant: two consecutive constants (data, len) */
int cg_const_string(cg_fn *f, const char *s, int64_t len);

int cg_mark(cg_fn *f);
void cg_release(cg_fn *f, int mark);
void cg_release_scope(cg_fn *f, int mark);
void cg_pin_var(cg_fn *f);
int cg_alloc_slots(cg_fn *f, const uint8_t *pattern, int n);
int cg_alloc_type(cg_fn *f, type *t);
int cg_alloc_scalar(cg_fn *f);
int cg_alloc_ptr(cg_fn *f);
/* a run of n slots above every busy slot, kinds from pattern */
int cg_alloc_window(cg_fn *f, const uint8_t *pattern, int n);
/* pattern of a list of types laid out consecutively (caller frees) */
uint8_t *cg_pattern(type **ts, int n, int *nslots);

static inline int cg_op(cg_fn *f, int op, int a, int b, int c)
{
    return cg_emit(f, MAKE_INS(op, a, b, c));
}
static inline int cg_opx(cg_fn *f, int op, int a, int32_t bc)
{
    return cg_emit(f, MAKE_INS_ABx(op, a, bc));
}
static inline void cg_extra(cg_fn *f, int a, int32_t bc)
{
    cg_emit(f, MAKE_INS_ABx(OP_EXTRA, a, bc));
}
/* a jump (JMP, JMPT/JMPF on R[a], or a compare-and-jump) to patch later */
int cg_jump(cg_fn *f, int op, int a, int b);
void cg_jump_to(cg_fn *f, int op, int a, int b, int target);
int cg_kconst_rtype(cg_fn *f, type *t);

/* ---- codegen_rtype.c ---- */
const rtype *cg_rtype(cg_state *st, type *t);
/* The method set of t (T or *T) in name order, with embedding paths. */
typedef struct cg_mentry {
    const char *name;
    method *m;         /* declared method, or the embedded interface's */
    int path[16];      /* embedded field indices from t's struct inward */
    int npath;
    int depth;
    bool iface;        /* promoted from an embedded interface field */
    int iface_index;
    bool ambiguous;
} cg_mentry;
typedef struct cg_mset {
    cg_mentry *e;
    int n, cap;
} cg_mset;
void cg_method_set(cg_state *st, type *t, cg_mset *out);
void cg_mset_free(cg_mset *ms);
/* codegen_wrap.c: the itab entry of method e of t's method set */
golem_proto *cg_method_ifn(cg_state *st, type *t, cg_mentry *e);
golem_proto *cg_bound_method_wrapper(cg_state *st, method *m, type *owner);
golem_proto *cg_mentry_proto(cg_state *st, type *t, cg_mentry *e);
golem_proto *cg_bound_iface_wrapper(cg_state *st, type *it, int index,
                                    method *m);
golem_proto *cg_method_expr_proto(cg_state *st, ast_node *sel);
/* codegen_builtin.c: defer/go of a builtin call */
golem_proto *cg_builtin_thunk(cg_fn *f, ast_node *call);
int cg_thunk_args(cg_fn *f, ast_node *call, int *nslots);
const itab *cg_itab(cg_state *st, type *iface, type *concrete);
cg_cache *cg_cache_get(golem_vm *vm);

/* ---- codegen_expr.c ---- */
/* Evaluates e (with its implicit conversion) into slots starting at dst, or,
   when dst < 0, anywhere (possibly a variable's own slots, which the
   caller must not write); returns the first slot. */
int cg_expr(cg_fn *f, ast_node *e, int dst);
/* Same, ignoring e's implicit conversion. */
int cg_expr_raw(cg_fn *f, ast_node *e, int dst);
/* The type a node's value has after its implicit conversion. */
type *cg_value_type(cg_fn *f, ast_node *e);
void cg_move(cg_fn *f, int dst, int src, int n);
void cg_load_const(cg_fn *f, type *t, const_value *cv, int dst);
void cg_zero(cg_fn *f, type *t, int dst);
void cg_convert(cg_fn *f, type *from, type *to, int src, int dst);
/* condition: jumps to the returned list when e is false (falls through
   when true) */
void cg_cond(cg_fn *f, ast_node *e, bool when, cg_jumps *j);
void cg_cond_false(cg_fn *f, ast_node *e, cg_jumps *jf);
void cg_cond_true(cg_fn *f, ast_node *e, cg_jumps *jt);

void cg_arith(cg_fn *f, int bop, type *t, int dst, int a, int b,
              type *ytype);
int cg_address_of(cg_fn *f, ast_node *x, int dst);
/* the immediate form of `x op y` for a small constant y, or -1 */
int cg_arith_imm(int bop, type *t, ast_node *y, int64_t *imm);
void cg_normalise(cg_fn *f, type *t, int r);
int cg_type_assert(cg_fn *f, ast_node *e, int dst, int ok);
/* whether e may be evaluated straight into the registers of the variable
   it is assigned to */
bool cg_expr_direct_ok(ast_node *e);
/* codegen_lit.c */
int cg_composite(cg_fn *f, ast_node *e, int dst);
int cg_composite_ptr(cg_fn *f, ast_node *e, int dst);
/* Fills the (zeroed) memory at R[ptr] + off with literal e of type t. */
void cg_composite_mem(cg_fn *f, ast_node *e, type *t, int ptr, int32_t off);

/* Locations: where a value lives (addressable or a temporary). */
typedef enum {
    LV_BLANK,  /* _ */
    LV_REG,    /* registers: reg (+ byte offset off inside a composite
                  when inner) */
    LV_MEM,    /* memory at pointer R[reg] + off */
    LV_MAP,    /* map R[reg], key at R[key..] */
    LV_SLICE,  /* element R[key] of slice R[reg..] */
    LV_FRAMEX, /* element R[key] of the frame array at R[reg..]
                  (bounds already checked) */
    LV_GLOBAL, /* globals block + off */
} lv_kind;
typedef struct cg_lval {
    lv_kind kind;
    type *type;
    int reg;
    int32_t off;
    bool inner;
    int key;
} cg_lval;
cg_lval cg_lvalue(cg_fn *f, ast_node *e);
void cg_store(cg_fn *f, cg_lval *lv, int src);
int cg_load_lval(cg_fn *f, cg_lval *lv, int dst);
/* address of an addressable location into dst (dst < 0: anywhere) */
int cg_addr(cg_fn *f, cg_lval *lv, int dst);
/* walks a selector path (embedded fields, auto-dereferencing pointers) */
cg_lval cg_lv_walk(cg_fn *f, cg_lval lv, sel_step *path, int npath);
/* e converted to t (boxing into interfaces) */
int cg_expr_as(cg_fn *f, ast_node *e, type *t, int dst);
/* memory <-> registers of a value of type t */
void cg_mem_load(cg_fn *f, type *t, int dst, int base, int32_t off);
void cg_mem_store(cg_fn *f, type *t, int src, int base, int32_t off);
/* variables */
bool cg_var_in_cell(symbol *s);
int cg_var_slot(cg_fn *f, symbol *s);   /* register or cell-pointer slot */
void cg_declare_var(cg_fn *f, symbol *s);
void cg_init_var(cg_fn *f, symbol *s, int src); /* src < 0: zero value */

/* ---- codegen_call.c ---- */
/* Evaluates a call; results land in slots starting at the returned slot
   (the call window) or at dst when dst >= 0. */
int cg_call(cg_fn *f, ast_node *call, int dst);
int cg_builtin(cg_fn *f, ast_node *call, int dst);
void cg_go_defer(cg_fn *f, ast_node *stmt);
/* <-ch (e is the N_UNARY) into dst; ok >= 0 receives the comma-ok flag */
int cg_recv(cg_fn *f, ast_node *e, int dst, int ok);
/* Builds the closure value of a function literal into dst. */
void cg_funclit(cg_fn *f, ast_node *lit, int dst);
int cg_method_value(cg_fn *f, ast_node *sel, int dst);
int cg_generic_value(cg_fn *f, ast_node *e, int dst);

/* ---- codegen_stmt.c ---- */
void cg_block(cg_fn *f, ast_node *block);
void cg_stmt(cg_fn *f, ast_node *s);
void cg_return_sequence(cg_fn *f);
void cg_return_sequence_values(cg_fn *f);
/* a var spec's assignment (define: declares local variables) */
void cg_varspec_assign(cg_fn *f, ast_node *spec, bool define);

/* ---- codegen_trace.c (added by traces) ---- */
/* Records on f's proto what tracebacks print for its frames: the argument
   words (proto->arginfo) and whether Go would inline it (inlinable). */
void cg_trace_info(cg_fn *f, ck_func *ck);

#endif
