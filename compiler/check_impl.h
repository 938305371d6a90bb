/*
 * check_impl.h - the type checker's private interface, shared by check_*.c,
 * const.c and universe.c (nothing outside the checker includes it).
 *
 * The checker walks one package at a time (imports first). A `checker`
 * holds everything about the walk in progress; nothing is global. An
 * expression is checked into an `operand` (go/types' model): its mode says
 * what it denotes (constant, addressable variable, plain value, type,
 * builtin, package, comma-ok producing expression), its type, and for
 * constants its exact value. When an operand is finally used, untyped
 * values are converted to their context's type and the new type is written
 * back into the expression tree (ck_set_final_type), so codegen sees only
 * typed nodes.
 */
#ifndef GOLEM_CHECK_IMPL_H
#define GOLEM_CHECK_IMPL_H

#include "check.h"
#include "compile.h"
#include "types.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* Operators, independent of the parser's token codes (ck_op maps them). */
typedef enum ck_opcode {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MUL, OP_QUO, OP_REM,
    OP_AND, OP_OR, OP_XOR, OP_ANDNOT, OP_SHL, OP_SHR,
    OP_LAND, OP_LOR,
    OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ,
    OP_NOT, OP_ARROW, OP_AMP, OP_TILDE,
    OP_INC, OP_DEC, OP_ASSIGN, OP_DEFINE,
    OP_BREAK, OP_CONTINUE, OP_GOTO, OP_FALLTHROUGH,
    OP_VAR, OP_CONST, OP_TYPE,
} ck_opcode;

/* Maps a TK_* code from the parser to an ck_opcode; compound assignment
   tokens map to their arithmetic operator with *compound set. */
ck_opcode ck_op(int tk, bool *compound);
const char *ck_op_string(ck_opcode op);

/* ---------- scopes ---------- */

enum { SC_UNIVERSE, SC_PACKAGE, SC_FILE, SC_FUNC, SC_BLOCK };

typedef struct scope {
    struct scope *parent;
    int kind;
    symbol **syms;
    int nsyms, cap;
    ck_func *fn; /* SC_FUNC: the function whose outermost block this is */
    /* Hash index over syms, kept only for big scopes (package, universe;
       check_scope.c): open addressing, a power-of-two number of slots,
       covering syms[0..nindexed). Arena memory. */
    struct ast_arena *arena;
    symbol **index;
    int index_cap, nindexed;
} scope;

/* Package-level declaration info (symbol.ck_decl). */
typedef struct ck_decl {
    ast_node *spec;     /* N_VARSPEC / N_CONSTSPEC / N_TYPESPEC /
                           N_FUNCDECL */
    int index;          /* name index within the spec */
    scope *file;        /* file scope the declaration was written in */
    symbol **deps;      /* package-level vars/funcs referenced */
    int ndeps, capdeps;
    symbol **names;     /* VARSPEC: all symbols the spec declares */
    int nnames;
    bool emitted, visiting;
    bool body_pending;  /* function: body check deferred (lazy_bodies) */
    int walk;           /* init-order traversal stamp */
    scope *tparam_scope; /* generic func / method of generic type / generic
                            type: the scope declaring its type params */
    /* SYM_TYPE: method declarations whose receiver base type is this */
    ast_node **methods;
    scope **method_files;
    int nmethods, capmethods, capmfiles, nmfiles;
    symbol **method_syms;
    int nmsyms, capmsyms;
} ck_decl;

/* ---------- operands ---------- */

typedef enum op_mode {
    M_INVALID, M_NOVALUE, M_BUILTIN, M_TYPE, M_CONST, M_VAR, M_MAPINDEX,
    M_VALUE, M_COMMAOK, M_PKG,
} op_mode;

typedef struct operand {
    op_mode mode;
    ast_node *expr;
    type *type;
    const_value *val;
    builtin_id builtin;
    symbol *pkg; /* M_PKG */
} operand;

/* ---------- the checker ---------- */

typedef struct label_info {
    const char *name;
    ast_node *stmt;  /* N_LABELED */
    bool used;
    ast_list *list;  /* statement list holding it, and its index there */
    int index;
    src_pos block_pos; /* position of the block owning that list */
} label_info;

typedef struct branch_ctx {
    ast_node *stmt;         /* innermost breakable / continuable stmt */
    bool can_continue;      /* for loops */
    const char *label;      /* label attached to stmt, if any */
    struct branch_ctx *outer;
} branch_ctx;

typedef struct func_ctx {
    ck_func *fn;
    type *sig;
    label_info *labels;
    int nlabels, caplabels;
    ast_node **gotos;
    int ngotos, capgotos;
    branch_ctx *branch;
    struct func_ctx *outer;
    /* statement lists being walked, outermost first, with the index of the
       statement in progress in each (goto checks) */
    ast_list **blk;
    int *blkidx;
    int nblk, capblk;
    /* unused locals, reported together (by position) when the body ends,
       as go does */
    symbol **unused;
    int nunused, capunused;
} func_ctx;

typedef struct pkg_entry {
    const char *path;
    ck_package *pkg;
    bool checking; /* in progress: an import cycle reaches it */
} pkg_entry;

typedef struct checker {
    compilation *c;
    ck_program *prog;
    type_universe *u;
    scope *universe;
    ck_package *pkg;       /* package being checked */
    scope *file_scope;     /* file of the declaration being checked */
    scope *scope;          /* innermost scope */
    func_ctx *fctx;        /* function being checked, NULL at package level */
    ck_decl *cur_decl;     /* package-level decl whose deps are recorded */
    int iota;              /* -1 outside constant declarations */
    pkg_entry *pkgs;
    int npkgs, cappkgs;
    ck_func **allfuncs;
    int nerrors;
    int funclit_count;     /* per top-level function, for names */
    const char *cur_func_name;
    /* package-level method declarations waiting for their receiver type */
    ast_node **methods;
    scope **method_files;
    int nmethods, capmethods, nmfiles, capmfiles;
    bool in_stdlib;        /* checking an embedded standard package */
    bool lazy_bodies;      /* defer standard packages' function bodies
                              until codegen or init order needs them */
    /* `type A B` met while B's own declaration was in progress: A's
       underlying is copied from B once B is complete */
    type **pend_named, **pend_rhs;
    ast_node **pend_spec;
    int npend, cappend, cappend2, cappend3;
    int tparam_depth;
} checker;

/* check_util.c */
void ck_error(checker *ck, src_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *ck_alloc(checker *ck, size_t n);
const char *ck_strdup(checker *ck, const char *s);
const char *ck_sprintf(checker *ck, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
ck_info *ck_info_of(checker *ck, ast_node *n);
const char *ck_typestr(checker *ck, type *t);     /* go/types form */
const char *ck_exprstr(checker *ck, ast_node *e); /* go/ast form */
const char *ck_operand_str(checker *ck, operand *x);
void ck_push(checker *ck, void ***arr, int *n, int *cap, void *item);
#define CK_PUSH(ck, arr, n, cap, item) \
    ck_push((ck), (void ***)&(arr), &(n), &(cap), (void *)(item))
bool ck_is_exported(const char *name);
/* Where go reports an error about an operand (the expression's leftmost
   position) and about a node (gc's node position, ast_node.oppos). */
src_pos ck_start(ast_node *e);
src_pos ck_gcpos(ast_node *e);
bool ck_is_blank(const char *name);

/* check_scope.c */
scope *ck_scope_new(checker *ck, scope *parent, int kind);
symbol *ck_scope_lookup_local(scope *s, const char *name);
symbol *ck_lookup_name(checker *ck, const char *name, scope **where);
/* Declares sym in s; reports "x redeclared in this block" and returns
   false on a duplicate (blank names are never declared). */
bool ck_declare(checker *ck, scope *s, symbol *sym, src_pos pos);
symbol *ck_new_sym(checker *ck, sym_kind k, const char *name, src_pos pos);
void ck_open_scope(checker *ck, int kind);
void ck_close_scope(checker *ck);
void ck_report_unused(checker *ck, scope *s);
void ck_flush_unused(checker *ck, func_ctx *fc);

/* universe.c */
scope *ck_universe(checker *ck);

/* const.c */
const_value *cv_new_int(checker *ck, __int128 v);
const_value *cv_new_float(checker *ck, long double v);
const_value *cv_new_bool(checker *ck, bool b);
const_value *cv_new_string(checker *ck, const char *s, int64_t len);
/* Exact binary arithmetic; *err receives a message on failure (division
   by zero, overflow). int_div: integer division (both operands integer). */
const_value *cv_binary(checker *ck, ck_opcode op, const_value *a,
                       const_value *b, bool int_div, const char **err);
bool cv_compare(ck_opcode op, const_value *a, const_value *b);
const_value *cv_unary(checker *ck, ck_opcode op, const_value *a, type *t,
                      const char **err);
const_value *cv_shift(checker *ck, ck_opcode op, const_value *a,
                      uint64_t n, const char **err);
/* Converts x to the representation of basic type t (int<->float), checking
   representability. Returns NULL when not representable; *why =
   "overflows" or "truncated" (or NULL for impossible conversions). */
const_value *cv_convert(checker *ck, const_value *x, type *t,
                        const char **why);
bool cv_is_int_valued(const_value *x);
const char *cv_string(checker *ck, const_value *x); /* as go prints it */
bool cv_to_int64(const_value *x, int64_t *out);
/* Decodes a basic literal; NULL + *err on malformed input. */
const_value *cv_from_literal(checker *ck, ast_node *lit, type **t,
                             const char **err);

/* check_type.c */
type *ck_typexpr(checker *ck, ast_node *e);        /* reports non-types */
type *ck_typexpr_or_null(checker *ck, ast_node *e); /* NULL if not a type */
type *ck_signature(checker *ck, ast_node *ftype, ast_node *recv,
                   scope *s, symbol ***params, int *nparams, int *nresults);
bool ck_assignable(checker *ck, operand *x, type *t, const char **reason);
bool ck_implements(checker *ck, type *v, type *iface, const char **reason);
bool ck_convertible(checker *ck, operand *x, type *t);
/* Field/method lookup with embedding (Go's lookupFieldOrMethod). */
typedef struct lookup_res {
    int kind; /* 0 none, 1 field, 2 method, 3 ambiguous, 4 iface method */
    sel_step path[32];
    int npath;
    field *fld;
    method *meth;
    int iface_index;
    bool indirect;   /* a pointer was dereferenced along the way */
    bool recv_ptr;   /* the value reaching the method is a pointer */
    type *holder;    /* the named/interface type holding the method */
} lookup_res;
void ck_lookup_field_or_method(checker *ck, type *t, const char *name,
                               lookup_res *r);
type *ck_method_sig(checker *ck, method *m);
void ck_resolve_type_methods(checker *ck, type *named);
bool ck_is_generic_type(type *t);

/* check_expr.c */
void ck_expr(checker *ck, ast_node *e, operand *x);       /* single value */
void ck_expr_any(checker *ck, ast_node *e, operand *x);   /* value/type/... */
void ck_multi_expr(checker *ck, ast_node *e, operand *x); /* allows tuples */
void ck_stmt_expr(checker *ck, ast_node *e, operand *x);  /* + no value */
void ck_expr_with_hint(checker *ck, ast_node *e, operand *x, type *hint);
void ck_set_final_type(checker *ck, ast_node *e, type *t);
/* Converts x (possibly untyped) for assignment to t in `context`
   ("assignment", "argument", "return statement", ...). Reports errors. */
bool ck_assign_operand(checker *ck, operand *x, type *t,
                       const char *context);
/* Gives an untyped operand its default type (for := and interfaces). */
void ck_default_operand(checker *ck, operand *x);
void ck_default_operand_ctx(checker *ck, operand *x, const char *context);
/* Converts untyped x to t for use as an operand of a binary op. */
bool ck_convert_untyped(checker *ck, operand *x, type *t);
void ck_use_expr(checker *ck, ast_node *e); /* marks vars used after error */
void ck_record_use(checker *ck, symbol *s);
void ck_note_capture(checker *ck, symbol *s); /* capture without a use */
void ck_binary_operands(checker *ck, ast_node *e, ck_opcode op, operand *x,
                        operand *y);
bool ck_has_call_or_recv(ast_node *e);
void ck_mark_escape(checker *ck, ast_node *e);
void ck_funclit(checker *ck, ast_node *e, operand *x);
void ck_composite(checker *ck, ast_node *e, type *hint, operand *x);
void ck_selector(checker *ck, ast_node *e, operand *x, bool in_call);
void ck_index(checker *ck, ast_node *e, operand *x);
bool ck_const_int_index(checker *ck, operand *x, int64_t max,
                        int64_t *out, const char *what);

/* check_call.c */
void ck_call(checker *ck, ast_node *e, operand *x);
void ck_conversion(checker *ck, ast_node *e, operand *x, type *t);
void ck_builtin(checker *ck, ast_node *e, operand *x, builtin_id id);
void ck_instantiate_index(checker *ck, ast_node *e, operand *x);

/* check_generic.c */
type **ck_declare_tparams(checker *ck, ast_node *list, int *np);
scope *ck_receiver_tparams(checker *ck, ast_node *recv);
type *ck_core(type *t); /* core type (underlying for non-type-params) */
bool ck_has_tparams(type *t); /* mentions a type parameter */
type *ck_constraint_type(checker *ck, ast_node *e);
/* Infers the type arguments of a call of generic function fn from its
   arguments; returns the instantiated signature (NULL after an error) and
   records ck_info.targs / inst_sig on the call. */
type *ck_infer_call(checker *ck, ast_node *call, symbol *fn, operand *args,
                    int nargs);
void ck_generic_type_spec(checker *ck, ast_node *spec, symbol *sym);
/* (added by traces) Instantiates generic function value e from the
   function type it is assigned to (Go 1.21); false when it cannot. */
bool ck_infer_func_value(checker *ck, ast_node *e, operand *x, type *target);

/* check_stmt.c */
void ck_func_body(checker *ck, ck_func *fn, ast_node *body);
void ck_stmt(checker *ck, ast_node *s);
bool ck_is_terminating(ast_node *s, const char *label);
void ck_assign_vars(checker *ck, ast_list *lhs, ast_list *rhs,
                    src_pos pos, bool define, ast_node *stmt);

/* check_pkg.c */
void ck_resolve_obj(checker *ck, symbol *s);
ck_package *ck_import(checker *ck, const char *path, src_pos pos);
void ck_add_dep(checker *ck, symbol *s);
void ck_declare_local_decl(checker *ck, ast_node *gendecl);
/* Types the names of a var spec (only >= 0: just that name of an n:n
   spec). */
void ck_var_spec(checker *ck, ast_node *spec, symbol **syms, int n,
                 int only);
void ck_const_spec(checker *ck, ast_node *spec, symbol **syms, int n);
void ck_type_spec(checker *ck, ast_node *spec, symbol *sym);
void ck_finish_pending_types(checker *ck, bool report);
ck_func *ck_new_func(checker *ck, ast_node *decl, symbol *sym, type *sig);

#endif
