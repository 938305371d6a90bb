/*
 * rtype.h - runtime type descriptors.
 *
 * Codegen makes one rtype per Go type the running program needs at run time
 * (interface conversions, %v/%T in fmt, map key hashing and equality, the
 * GC's pointer maps, type switches). Descriptors are immutable once the
 * program is loaded and live as long as the VM; two types are identical at
 * run time exactly when their rtype pointers are equal (codegen interns).
 *
 * Memory representation follows compiler/types.h: a value takes nslots
 * 8-byte slots; narrow scalars sit at natural width at the start of their
 * slot; arrays/slices of basic scalars are packed with stride = natural size.
 */
#ifndef GOLEM_RTYPE_H
#define GOLEM_RTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct golem_proto;

/* Kinds: the same order as compiler/types.h's T_BOOL..T_CHAN (RK_x ==
   T_x), so codegen converts by value. */
typedef enum rkind {
    RK_INVALID = 0,
    RK_BOOL,
    RK_INT, RK_INT8, RK_INT16, RK_INT32, RK_INT64,
    RK_UINT, RK_UINT8, RK_UINT16, RK_UINT32, RK_UINT64, RK_UINTPTR,
    RK_FLOAT32, RK_FLOAT64,
    RK_COMPLEX64, RK_COMPLEX128,
    RK_STRING,
    RK_UNSAFEPTR,
    RK_ARRAY = 25, RK_SLICE, RK_STRUCT, RK_POINTER, RK_FUNC, RK_INTERFACE,
    RK_MAP, RK_CHAN,
} rkind;

enum {
    RF_NAMED = 1 << 0,         /* a defined type (has a name) */
    RF_COMPARABLE = 1 << 1,    /* == is defined (may still panic for
                                  interfaces holding uncomparable values) */
    RF_POINTER_SHAPED = 1 << 2,/* stored directly in an interface data word */
    RF_HAS_POINTERS = 1 << 3,  /* some slot holds a heap pointer */
    RF_NARROW = 1 << 4,        /* basic scalar narrower than 8 bytes */
    RF_METHODS_PENDING = 1 << 5, /* (codegen's) reached only through a
                                  function signature so far: the method
                                  table and component descriptors are
                                  completed when the type is used as a
                                  value (compiler/codegen_rtype.c) */
};

typedef struct rtype rtype;

typedef struct rfield {
    const char *name;
    const rtype *type;
    uint32_t slot;     /* offset in slots */
    bool embedded;
    bool exported;
} rfield;

/* A method in a type's method set (sorted by name). */
typedef struct rmethod {
    const char *name;
    const rtype *sig;             /* RK_FUNC, receiver excluded */
    struct golem_proto *ifn;      /* takes the interface data word as its
                                     receiver (one slot): what itabs hold */
    struct golem_proto *tfn;      /* the method itself (receiver as
                                     declared) */
} rmethod;

struct rtype {
    uint8_t kind;       /* rkind */
    uint8_t flags;      /* RF_* */
    uint32_t nslots;    /* slots a value occupies */
    uint32_t stride;    /* bytes per element when this is an array/slice
                           element (natural size for basic scalars) */
    uint32_t hash;      /* stable hash of the type's identity */
    const char *string; /* as %T prints it: "main.Point", "[]int" */
    const char *name;   /* "Point" for named types, else NULL */
    const char *pkgpath;/* "main" for main.Point, NULL if unnamed/predecl. */

    const rtype *elem;  /* array, slice, pointer, chan, map value */
    const rtype *key;   /* map */
    int64_t len;        /* array */
    int dir;            /* chan: 1 send, 2 recv, 3 both */

    const rfield *fields; /* struct */
    uint32_t nfields;

    const rtype *const *in;  /* func params */
    const rtype *const *out; /* func results */
    uint32_t nin, nout;
    bool variadic;

    /* Named types (and pointers to them): the method set, sorted by name.
       Interfaces: the interface's methods (ifn/tfn NULL), sorted by name. */
    const rmethod *methods;
    uint32_t nmethods;

    const uint8_t *ptrmask; /* nslots entries, 1 = slot holds a heap ptr */
    const rtype *underlying;/* for named types: the unnamed underlying
                               descriptor (for printing, equality rules);
                               self for unnamed */
};

/* An interface table: the concrete type, the interface, and the methods of
   the interface in its sorted order, each taking the data word as receiver.
   An empty interface's first word is the rtype itself; a non-empty
   interface's first word is an itab (whose first field is the rtype, so the
   dynamic type is one load away in both cases). */
typedef struct itab {
    const rtype *type;
    const rtype *inter;
    uint32_t nfun;
    struct golem_proto *fun[]; /* nfun entries */
} itab;

/* Memory width of a basic scalar kind (1, 2, 4, 8), 8 for anything else. */
static inline int rkind_natural_size(int k)
{
    switch (k) {
    case RK_BOOL: case RK_INT8: case RK_UINT8: return 1;
    case RK_INT16: case RK_UINT16: return 2;
    case RK_INT32: case RK_UINT32: case RK_FLOAT32: return 4;
    default: return 8;
    }
}

#endif
