/*
 * types.h - Go types as the checker builds them and codegen lays them out.
 *
 * Types are canonical where Go's identity rules make them identical: the
 * checker interns composite types (type_slice(elem) called twice returns the
 * same pointer), so identity is pointer equality for everything except
 * signatures/structs built from distinct declarations, for which
 * type_identical() is the authority. Named (defined) types are unique per
 * declaration (per instantiation for generics).
 *
 * LAYOUT (the value model of DESIGN.md section 4). A value occupies
 * type_nslots(t) consecutive 8-byte slots, in a frame and in memory alike:
 *   bool, ints, floats, pointers, map, chan, func: 1 slot
 *   string: 2 (data pointer, length)   slice: 3 (data pointer, len, cap)
 *   interface: 2 (itab-or-rtype pointer, data pointer)
 *   struct: its fields in order, each starting at a slot boundary
 *   array: ceil(len * stride / 8) slots, where stride is the element's
 *          natural size for a basic scalar element (bool/int8/uint8 1,
 *          int16/uint16 2, int32/uint32/float32 4, others 8) and
 *          nslots(elem) * 8 for any other element. Slices use the same
 *          stride for their backing arrays, so []byte is packed.
 * Representation of scalars: in a single-scalar frame slot (a register) a
 * value is normalised to 64 bits (signed ints sign-extended, unsigned and
 * bool zero-extended, float32 held as a double rounded to float32). Inside a
 * composite value (a struct or array, in a frame or in memory) and anywhere
 * in memory (heap cells, globals, backing arrays), a narrow scalar (bool,
 * 8/16/32-bit ints, float32) is stored at its natural width at the start of
 * its slot or packed element; the rest of its slot is unspecified. Moving a
 * narrow scalar between a register and a composite or memory location
 * therefore always goes through a width-typed load/store.
 */
#ifndef GOLEM_TYPES_H
#define GOLEM_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct symbol;
struct ck_package;
struct rtype;
typedef struct type type;
typedef struct type_universe type_universe;

typedef enum type_kind {
    T_INVALID,
    /* basic, in this order (codegen relies on ranges) */
    T_BOOL,
    T_INT, T_INT8, T_INT16, T_INT32, T_INT64,
    T_UINT, T_UINT8, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR,
    T_FLOAT32, T_FLOAT64,
    T_COMPLEX64, T_COMPLEX128, /* rejected: "complex numbers are not supported" */
    T_STRING,
    T_UNSAFEPTR,
    /* untyped constant kinds */
    T_UNTYPED_BOOL, T_UNTYPED_INT, T_UNTYPED_RUNE, T_UNTYPED_FLOAT,
    T_UNTYPED_STRING, T_UNTYPED_NIL,
    /* composite */
    T_ARRAY, T_SLICE, T_STRUCT, T_POINTER, T_FUNC, T_INTERFACE, T_MAP,
    T_CHAN,
    T_NAMED,     /* a defined type: name + underlying + methods */
    T_TYPEPARAM, /* a type parameter inside a generic body */
    T_TUPLE,     /* the result list of a multi-value call */
} type_kind;

typedef struct field {
    const char *name;  /* for embedded fields: the type's name */
    type *type;
    const char *tag;   /* decoded tag or NULL */
    bool embedded;
    bool exported;
    int slot;          /* offset in slots from the struct start (layout) */
} field;

/* A method of a named type, or a method of an interface. */
typedef struct method {
    const char *name;
    type *sig;               /* T_FUNC without the receiver */
    struct symbol *func;     /* the declared function (named types) */
    bool ptr_recv;           /* declared with a pointer receiver */
} method;

struct type {
    type_kind kind;
    type *underlying; /* T_NAMED / T_TYPEPARAM: underlying type (for a
                         type parameter, its constraint interface); every
                         other kind: the type itself */

    /* T_ARRAY, T_SLICE, T_POINTER, T_CHAN, T_MAP (value) */
    type *elem;
    /* T_MAP */
    type *key;
    /* T_ARRAY */
    int64_t len;
    /* T_CHAN: CHAN_BOTH|CHAN_SEND|CHAN_RECV */
    int dir;

    /* T_STRUCT */
    field *fields;
    int nfields;

    /* T_FUNC (signature) and T_TUPLE (results only, in params) */
    type **params;
    int nparams;
    type **results;
    int nresults;
    bool variadic; /* last param is a slice receiving ...T */

    /* T_INTERFACE: the full method set sorted by name (embedded interfaces
       flattened); for constraints also the type set terms */
    method *methods;
    int nmethods;
    type **terms;      /* union terms; NULL = no restriction */
    bool *term_tilde;
    int nterms;
    bool comparable_constraint; /* embeds `comparable` */

    /* T_NAMED */
    const char *name;           /* "Point" */
    struct ck_package *pkg;     /* NULL for predeclared (int, error, ...) */
    struct symbol *obj;         /* the type's symbol */
    method *mdecl;              /* declared methods, sorted by name */
    int nmdecl;
    type **targs;               /* instantiated generic: type arguments */
    int ntargs;

    /* T_TYPEPARAM */
    int tparam_index;

    /* --- layout, computed on demand by type_layout() --- */
    bool laid_out;
    int nslots;           /* slots occupied by a value */
    uint8_t *ptrmask;     /* nslots entries: 1 where the slot holds a heap
                             pointer (GC pointer map) */
    bool has_pointers;

    type_universe *universe; /* the universe that owns it (NULL for the
                                predeclared types); layout allocates there */
    struct rtype *rt;     /* runtime descriptor, made by codegen on demand
                             (never set on predeclared types, which all VMs
                             share: codegen keeps theirs per VM) */
    uint32_t id;          /* unique, for interning and hashing */

    /* --- added by CHECK (generics) --- */
    type **tparams;       /* generic named type: its type parameters
                             (T_TYPEPARAM); NULL once instantiated */
    int ntparams;
    type *origin;         /* instantiated named type: its generic type */
    type **instances;     /* generic named type: instantiations made */
    int ninstances, capinstances;
};

/* Predeclared types (universe), set up by types_init(). */
extern type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
    *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
    *ty_float32, *ty_float64, *ty_string, *ty_unsafeptr,
    *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
    *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil,
    *ty_error, *ty_any, *ty_invalid;
/* (These are immutable after types_init(), which runs once per process
   under pthread_once; they are the one exception to "no globals outside
   golem_vm" because they are constants.) */

void types_init(void);
/* True for the process-wide predeclared types (int, string, error, any,
   ...): they are shared by every VM, so nothing per-VM (such as type->rt)
   may be cached on them. */
bool type_is_predeclared(const type *t);

/* The types created while compiling into one VM live in its universe (one
   per golem_vm, so two VMs never share mutable state, and the REPL's later
   compilations see earlier types). Constructors intern their result. */
type_universe *types_universe_new(void);
void types_universe_free(type_universe *u);
void *types_alloc(type_universe *u, size_t size); /* zeroed, VM lifetime */

type *type_pointer(type_universe *u, type *elem);
type *type_slice(type_universe *u, type *elem);
type *type_array(type_universe *u, type *elem, int64_t len);
type *type_map(type_universe *u, type *key, type *val);
type *type_chan(type_universe *u, type *elem, int dir);
type *type_func(type_universe *u, type **params, int np, type **results,
                int nr, bool variadic);
type *type_tuple(type_universe *u, type **elems, int n);

type *type_under(type *t);           /* underlying type */
bool type_identical(type *a, type *b);
bool type_is_basic(type *t);         /* kind in T_BOOL..T_UNSAFEPTR */
bool type_is_integer(type *t);       /* on the underlying type */
bool type_is_unsigned(type *t);
bool type_is_float(type *t);
bool type_is_numeric(type *t);
bool type_is_string(type *t);
bool type_is_untyped(type *t);
bool type_is_interface(type *t);
bool type_is_pointer_shaped(type *t); /* stored directly in an interface's
                                         data word: pointer, map, chan,
                                         func, unsafe.Pointer */
bool type_comparable(type *t);
type *type_default(type *t);         /* untyped -> default type */

/* Layout (see the comment at the top). */
void type_layout(type *t);
int type_nslots(type *t);
int type_stride(type *t);            /* element stride in an array/slice */
int type_natural_size(type *t);      /* 1,2,4,8 for basic scalars */
bool type_is_narrow(type *t);        /* scalar stored narrower than 8 bytes */

/* "main.Point", "[]int", "map[string]int", "func(int) string", as %T and
   Go's error messages print them; allocated in the type's universe
   (cached on the type). */
const char *type_string(type_universe *u, type *t);

/* Method lookup on the method set of t (auto-deref / embedding handled by
   the checker's selector resolution, not here). */
method *type_find_method(type *t, const char *name);


/* --- added by the checker (CHECK) --- */
/* complex64/complex128 exist only so the checker can name them in its
   "complex numbers are not supported" error. */
extern type *ty_complex64, *ty_complex128;
/* Interning constructors for structs and interfaces (fields / methods are
   copied; methods are sorted by name in place first). */
type *type_struct(type_universe *u, field *fields, int n);
type *type_interface(type_universe *u, method *methods, int nm, type **terms,
                     bool *tilde, int nterms, bool comparable);
/* A new defined type (never interned); underlying is set by the caller. */
type *type_named(type_universe *u, const char *name, struct ck_package *pkg,
                 struct symbol *obj);
/* A type parameter; underlying = its constraint interface. */
type *type_typeparam(type_universe *u, const char *name, int index,
                     type *constraint);
/* Generics. type_subst replaces each from[i] (T_TYPEPARAM) by to[i]
   throughout t, instantiating generic named types as needed; codegen uses
   it to stencil a generic body (from = the function's or receiver type's
   tparams, to = ck_info.targs). type_instantiate returns the (cached)
   instance generic[targs...]. */
type *type_subst(type_universe *u, type *t, type **from, type **to, int n);
type *type_instantiate(type_universe *u, type *generic, type **targs, int n);
/* Fills in an instance's underlying type and methods once its generic
   type is complete (the checker calls it for instances made early). */
void type_complete_instance(type_universe *u, type *inst);

/* malloc'd type string: mode 0 as reflect's %T prints it, mode 1 as
   go/types prints it in messages (rel: the package whose names print
   unqualified). */
char *type_string_mode(type *t, int mode, struct ck_package *rel);

/* --- added by ALIAS (issue 2) --- */
/* byte and rune: distinct predeclared type objects with the kind, layout
   and identity of uint8 / int32 (type_identical treats them as the same
   type), kept apart only so go/types-style messages (mode 1) print the
   name the program wrote. %T and runtime descriptors print uint8/int32;
   type_canonical_basic() maps an alias to its canonical type (any other
   type to itself), for code that keys tables by basic type pointer. */
extern type *ty_byte, *ty_rune;
type *type_canonical_basic(type *t);

#endif
