/*
 * check.h - what the type checker knows, in the form codegen consumes.
 *
 * The checker resolves every name to a symbol, gives every expression a type
 * (untyped constants end converted to their final type, as go/types does),
 * folds every constant expression into a const_value, and records on
 * ck_info the facts codegen needs but the tree does not show: which call is
 * a conversion, which builtin, the path of a promoted selector, where an
 * implicit & or * goes, which variables escape to the heap.
 *
 * Codegen may rely on: a checked program has no errors; every N_IDENT that
 * is used has sym; every expression node has type (T_TUPLE for multi-value
 * calls); every constant expression has cval, already representable in its
 * type; every N_SELECTOR and N_CALL that is used has info.
 */
#ifndef GOLEM_CHECK_H
#define GOLEM_CHECK_H

#include "ast.h"
#include "compile.h"
#include "types.h"

/* ---------- constants ---------- */

typedef enum cv_kind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } cv_kind;

/* An exact constant. Numeric values are exact (exact below, bigconst.c):
   integers up to Go's 512 bits, floats as rationals or 512-bit floats, as
   gc; i and f are rounded copies. See docs/architecture.md "Constants". */
typedef struct const_value {
    cv_kind kind;
    bool b;
    __int128 i;
    long double f;
    const char *s;   /* CV_STRING, arena-owned, may contain NULs */
    int64_t slen;
    /* CV_INT, CV_FLOAT: the exact value (const.c, bigconst.c), of which i
       (saturated beyond 128 bits) and f (nearest long double; exact for
       typed float constants) are the rounded copies codegen reads. */
    struct cv_exact *exact;
} const_value;

/* ---------- symbols (objects) ---------- */

typedef enum sym_kind {
    SYM_BAD, SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN,
    SYM_LABEL, SYM_NIL
} sym_kind;

typedef enum builtin_id {
    BI_NONE,
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE,
    BI_IMAG, BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT,
    BI_PRINTLN, BI_REAL, BI_RECOVER
} builtin_id;

struct ck_func;

typedef struct symbol {
    sym_kind kind;
    const char *name;
    src_pos pos;
    type *type;                 /* var/const/func/type: its type */
    struct ck_package *pkg;     /* declaring package (NULL: universe) */
    ast_node *decl;             /* declaring node (ident, spec, funcdecl) */

    /* SYM_CONST */
    const_value *cval;
    /* SYM_BUILTIN */
    builtin_id builtin;
    /* SYM_PKG */
    struct ck_package *imported;

    /* SYM_VAR */
    bool is_global;
    bool is_param;              /* parameter or named result */
    bool is_result;             /* named result */
    bool used;
    bool escapes;               /* address taken (&x, x.ptrMethod(), x[:] of
                                   an array) or captured by a closure:
                                   lives in a heap cell */
    bool captured;              /* referenced from a nested function */
    struct ck_func *owner;      /* function whose frame declares it */
    /* SYM_FUNC */
    ast_node *funcdecl;         /* N_FUNCDECL (NULL for natives declared in
                                   C only) */
    type *recv;                 /* method: receiver type (T or *T) */
    const char *link_name;      /* "strings.Index", "main.(*T).M": the name
                                   natives are bound by and tracebacks show */

    /* codegen's scratch (slot number, global index, proto), owned by it */
    int cg_slot;
    int cg_index;
    void *cg_data;

    /* checker-private (CHECK): package-level resolution state (0 not yet,
       1 in progress, 2 done) and declaration info (check_impl.h) */
    int ck_color;
    struct ck_decl *ck_decl;
    /* SYM_TYPE of a generic type / SYM_FUNC of a generic function: its
       type parameters (T_TYPEPARAM types), NULL when not generic */
    type **tparams;
    int ntparams;
} symbol;

/* ---------- per-node facts (ast_node.info) ---------- */

typedef enum sel_kind {
    SEL_NONE,
    SEL_FIELD,       /* x.f (possibly promoted through embedded fields) */
    SEL_METHOD,      /* x.m used in a call x.m(...) */
    SEL_METHODVAL,   /* x.m as a value (bound method) */
    SEL_METHODEXPR,  /* T.m / (*T).m as a function value */
    SEL_IFACEMETHOD, /* x.m where x's type is an interface (call or value) */
    SEL_QUALIFIED,   /* pkg.Name: node.sym is the package member */
} sel_kind;

typedef enum call_kind {
    CALL_NONE,
    CALL_FUNC,        /* static call of a declared function (node.a.sym) */
    CALL_METHOD,      /* static method call (a is SEL_METHOD) */
    CALL_IFACE,       /* interface method call (a is SEL_IFACEMETHOD) */
    CALL_VALUE,       /* call of a function value (closure) */
    CALL_CONVERSION,  /* T(x) */
    CALL_BUILTIN,     /* info.builtin */
} call_kind;

/* One step of a selector path: which field of the struct at hand, and
   whether the value at hand is a pointer that must be dereferenced first. */
typedef struct sel_step {
    int field;     /* index into the struct's fields */
    bool deref;    /* the operand at this step is a pointer: load through it */
} sel_step;

typedef struct ck_info {
    /* N_SELECTOR */
    sel_kind sel;
    sel_step *path;   /* embedded-field walk, ending with the selected field
                         for SEL_FIELD; for methods, the walk to the embedded
                         value that has the method */
    int npath;
    method *meth;     /* SEL_METHOD/METHODVAL/METHODEXPR: the method;
                         SEL_IFACEMETHOD: the interface's method */
    int iface_index;  /* SEL_IFACEMETHOD: index in the interface's sorted
                         method set (the itab slot) */
    bool addr_recv;   /* receiver needs implicit & (value var, ptr method) */
    bool deref_recv;  /* receiver needs implicit * (ptr var, value method) */

    /* N_CALL */
    call_kind call;
    builtin_id builtin;
    type *spread_type; /* f(a, b, c) with variadic ...T: the []T built;
                          NULL when AF_ELLIPSIS or not variadic */
    int nfixed;       /* number of non-variadic parameters */

    /* N_INDEX on a generic function or type: the instantiation */
    type **targs;
    int ntargs;

    /* N_RANGE: key/value types; N_TYPESWITCH clause: the implicit var */
    symbol *clause_sym;

    /* N_BINARY comparison: the operand type (both converted to it) */
    type *cmp_type;
    /* any expression converted implicitly on assignment (concrete value to
       interface, untyped to typed) is recorded here by the checker: codegen
       converts node.type -> implicit_to when set */
    type *implicit_to;

    /* statements: N_BRANCH target statement; N_LABELED's statement */
    ast_node *target;

    /* --- added by CHECK --- */
    /* N_KEYVALUE inside a struct literal: index of the field it sets */
    int field_index;
    /* N_CALL of a generic function / N_INDEX instantiation: the
       instantiated signature (type params substituted) */
    type *inst_sig;
} ck_info;

/* ---------- functions and packages ---------- */

/* A function body the checker saw: a declared function, method or
   function literal, with the variables its frame declares. */
typedef struct ck_func {
    ast_node *decl;           /* N_FUNCDECL or N_FUNCLIT */
    symbol *sym;              /* NULL for literals */
    type *sig;
    struct ck_func *outer;    /* enclosing function (literals) */
    symbol **params;          /* receiver first, then params, then results */
    int nparams, nresults;    /* receiver counts in nparams */
    symbol **captures;        /* free variables of a literal, in order */
    int ncaptures;
    const char *name;         /* "main.main", "main.main.func1" */
    bool has_defer;           /* (added for codegen) the body holds a defer
                                 statement, literals' bodies excluded */
} ck_func;

typedef struct ck_package {
    const char *path;         /* "main", "fmt", "strings" */
    const char *name;         /* package name */
    struct scope *scope;      /* package block */
    symbol **globals;         /* package-level vars, in initialisation order */
    int nglobals;
    ast_node **init_order;    /* package-level N_VARSPECs that have values,
                                 each once, in Go's initialisation order
                                 (dependencies first, then source order) */
    int ninit;
    ck_func **funcs;          /* every function body, literals included */
    int nfuncs;
    symbol **init_funcs;      /* func init() in source order */
    int ninit_funcs;
    bool native;              /* has body-less functions bound to C */
    /* checker-private (CHECK): capacities of funcs / init_funcs */
    int capfuncs, capinit_funcs;
    /* (added, checker-private) an imported standard package whose
       functions and constants are resolved on first use: ck_lookup
       resolves them through this checker */
    struct checker *lazy_objs;
} ck_package;

/* The package graph: packages in dependency order (imports first, main
   last). */
typedef struct ck_program {
    ck_package **pkgs;
    int npkgs;
    type_universe *types;
    /* (added) the checker, kept alive when bodies of imported (standard)
       packages were left unchecked for speed; ck_ensure_body checks one on
       demand. NULL when every body was checked (GOLEM_CHECK_ALL set). */
    struct checker *lazy;
} ck_program;

/* Look up a member of a checked package (the REPL and API use it). */
symbol *ck_lookup(ck_package *pkg, const char *name);

/* (added) Checks the body of package-level function or method fn now if
   its check was deferred (ck_program.lazy); its ck_funcs (literals too) are
   then appended to its package's funcs. True when a body was checked now;
   errors go to the compilation's diagnostics as usual. */
bool ck_ensure_body(ck_program *prog, symbol *fn);

#endif
