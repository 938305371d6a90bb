/*
 * runtime.h - the runtime's slow paths, called by the interpreter and by
 * natives: strings, slices, maps, interfaces, equality and hashing, panics.
 *
 * Conventions:
 *  - Functions that can fail raise a Go panic on g and return -1 (or NULL
 *    where documented); the caller (interpreter or native) returns -1 up to
 *    the interpreter, which unwinds.
 *  - Values passed "by pointer" (map keys, compared values) are in memory
 *    representation (compiler/types.h): narrow scalars at natural width.
 *    A single-slot integer or bool register is already in memory
 *    representation (little-endian); a float32 register is not (convert).
 */
#ifndef GOLEM_RUNTIME_H
#define GOLEM_RUNTIME_H

#include "vm.h"
#include "mgc.h" /* (added by gc-barrier) the write barrier, for natives */

/* ---- strings (vm/string.c) ---- */
golem_string rt_concat(golem_g *g, golem_string a, golem_string b);
int rt_strcmp(golem_string a, golem_string b); /* <0, 0, >0 bytewise */
bool rt_streq(golem_string a, golem_string b);
golem_string rt_string_from_bytes(golem_g *g, const void *p, int64_t n);
golem_string rt_string_from_cstr(golem_g *g, const char *s);
golem_slice rt_bytes_from_string(golem_g *g, golem_string s);
golem_slice rt_runes_from_string(golem_g *g, golem_string s); /* []rune,
                                                             stride 4 */
golem_string rt_string_from_runes(golem_g *g, golem_slice runes);
golem_string rt_string_from_rune(golem_g *g, int64_t r); /* invalid ->
                                                            "\uFFFD" */
/* Decodes one rune at p (n bytes left); returns its width (>= 1); an
   invalid encoding yields U+FFFD with width 1, as Go's range does. */
int rt_decode_rune(const uint8_t *p, int64_t n, int32_t *r);
int rt_encode_rune(uint8_t *buf, int32_t r); /* returns 1..4 */

/* ---- slices (vm/slice.c) ---- */
/* Grows s so that it can hold newlen elements, with Go's growth rule
   (double below 256, then 1.25x + 192, rounded up to the allocator's size
   class), copying the old elements. s.len is unchanged. */
int rt_growslice(golem_g *g, golem_slice *s, const rtype *elem,
                 int64_t newlen);
/* make([]T, len, cap): panics "makeslice: len out of range" /
   "makeslice: cap out of range". */
int rt_makeslice(golem_g *g, golem_slice *out, const rtype *elem,
                 int64_t len, int64_t cap);
/* (RUNTIME) The capacity rt_growslice picks for growing a slice of cap
   oldcap to hold newlen elements (Go's exact value), -1 on overflow. */
int64_t rt_grow_capacity(const rtype *elem, int64_t oldcap, int64_t newlen);
/* Bulk copies (copy(), append): elements in memory representation. */
int64_t rt_slicecopy(const rtype *elem, golem_slice dst, golem_slice src);
/* (added by gc-barrier) rt_slicecopy with the bulk write barrier (vm/mgc.h)
   first: what copy() and append() use; dst is heap or global memory.
   rt_slicecopy itself is only for elements without pointers. */
int64_t rt_typedslicecopy(golem_g *g, const rtype *elem, golem_slice dst,
                          golem_slice src);

/* ---- maps (vm/map.c) ---- */
typedef struct golem_map golem_map;
typedef struct golem_mapiter golem_mapiter;
golem_map *rt_makemap(golem_g *g, const rtype *maptype, int64_t hint);
/* Pointer to the value for key (memory representation), or NULL. May panic
   for an interface key holding an unhashable type (returns NULL, raised). */
void *rt_mapaccess(golem_g *g, golem_map *m, const void *key);
/* Pointer to the (zeroed if new) value slot for key; NULL after raising
   "assignment to entry in nil map" or an unhashable-key panic. */
void *rt_mapassign(golem_g *g, golem_map *m, const void *key);
int rt_mapdelete(golem_g *g, golem_map *m, const void *key);
int64_t rt_maplen(const golem_map *m);
void rt_mapclear(golem_g *g, golem_map *m);
/* Iteration in Go's unspecified order (a random starting bucket and
   offset); safe against deletion and insertion during the loop as Go's
   rules allow. The iterator is a heap object. */
golem_mapiter *rt_mapiterinit(golem_g *g, golem_map *m);
bool rt_mapiternext(golem_mapiter *it, void **key, void **val);

/* ---- equality and hashing (vm/alg.c) ---- */
/* 1 equal, 0 different, -1 after raising "comparing uncomparable type". */
int rt_equal(golem_g *g, const rtype *t, const void *a, const void *b);
/* -1 after raising "hash of unhashable type T". */
int rt_hash(golem_g *g, const rtype *t, const void *p, uint64_t seed,
            uint64_t *out);
/* (RUNTIME) Hashing primitives (n bytes; one word) and whether == is
   defined on t (false for slices, maps, funcs and composites holding
   them; interfaces count as comparable). */
uint64_t rt_memhash(const void *p, size_t n, uint64_t seed);
uint64_t rt_hash64(uint64_t v, uint64_t seed);
bool rt_comparable(const rtype *t);

/* ---- interfaces (vm/iface.c) ---- */
/* The dynamic type of an interface value (NULL for nil). */
const rtype *rt_iface_type(const golem_iface *v, bool empty);
/* The itab for (inter, type), built on first use and cached in the VM.
   NULL when type does not implement inter: if canfail is false, raises
   Go's "interface conversion: T is not I: missing method M" first. */
const itab *rt_getitab(golem_g *g, const rtype *inter, const rtype *type,
                       bool canfail);
/* (RUNTIME) The first method of inter (sorted order) that type lacks or
   has with another signature, or NULL when type implements inter. */
const char *rt_missing_method(const rtype *inter, const rtype *type);
/* Box a value (memory representation, t->nslots slots) for an interface's
   data word; pointer-shaped values are returned as they are. */
void *rt_box(golem_g *g, const rtype *t, const void *val);

/* ---- panics and tracebacks (vm/panic.c) ---- */
typedef struct golem_panic {
    golem_iface value;          /* eface: (rtype*, data) */
    bool recovered;
    bool runtime_error;         /* a runtime.Error */
    struct golem_panic *link;   /* the panic this one interrupted */
    bool sigsegv;               /* (RUNTIME) a nil dereference: the report
                                   adds Go's "[signal SIGSEGV: ...]" line */
    bool goexit;                /* (SCHED) not a panic: runtime.Goexit
                                   unwinding (value nil). recover() does
                                   not stop it; when it reaches the
                                   goroutine's first frame the goroutine
                                   simply ends (vm/proc.c) */
} golem_panic;

/* (RUNTIME) rt_panic_slice kinds, Go's boundsErrorCode order. x is the
   failing bound, y the length/capacity or the other bound:
     RT_BOUNDS_INDEX        s[x] with len y    "index out of range [x] with length y"
     RT_BOUNDS_SLICE_ALEN   s[:x], x > len y   "slice bounds out of range [:x] with length y"
                            (strings, and slices of arrays' len)
     RT_BOUNDS_SLICE_ACAP   s[:x], x > cap y   "... [:x] with capacity y"
     RT_BOUNDS_SLICE_B      s[x:y], x > y      "... [x:y]"
     RT_BOUNDS_SLICE3_ALEN  s[::x], x > len y  "... [::x] with length y"
     RT_BOUNDS_SLICE3_ACAP  s[::x], x > cap y  "... [::x] with capacity y"
     RT_BOUNDS_SLICE3_B     s[:x:y], x > y     "... [:x:y]"
     RT_BOUNDS_SLICE3_C     s[x:y:], x > y     "... [x:y:]"
     RT_BOUNDS_CONVERT      [x]T(s), len y     "cannot convert slice with length y to array or
                                                pointer to array with length x"
   A negative x prints without y ("index out of range [-1]"). OR in
   RT_BOUNDS_UNSIGNED when x came from an unsigned operand (printed as
   uint64, never negative). Check order as Go: for s[a:b:c] test c
   (SLICE3_A*), then b <= c (SLICE3_B), then a <= b (SLICE3_C). */
enum {
    RT_BOUNDS_INDEX,
    RT_BOUNDS_SLICE_ALEN,
    RT_BOUNDS_SLICE_ACAP,
    RT_BOUNDS_SLICE_B,
    RT_BOUNDS_SLICE3_ALEN,
    RT_BOUNDS_SLICE3_ACAP,
    RT_BOUNDS_SLICE3_B,
    RT_BOUNDS_SLICE3_C,
    RT_BOUNDS_CONVERT,
    RT_BOUNDS_UNSIGNED = 0x100,
};

int rt_panic(golem_g *g, const rtype *t, void *data);   /* panic(v) */
/* A runtime.Error: the message after "runtime error: ". */
int rt_panic_runtime(golem_g *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int rt_panic_index(golem_g *g, int64_t i, int64_t len);
/* kind: which bound failed, formatted as Go does
   ("slice bounds out of range [:5] with capacity 3", "[5:3]", ...). */
int rt_panic_slice(golem_g *g, int kind, int64_t x, int64_t y);
int rt_panic_nil_deref(golem_g *g);
int rt_panic_divide(golem_g *g);
/* (added by SCHED) Go's plainError: the message without "runtime error: "
   ("send on closed channel"); vm/chan.c. */
int rt_panic_plain(golem_g *g, const char *msg);
int rt_panic_nil_map(golem_g *g);
/* "interface conversion: interface {} is string, not int" and friends. */
int rt_panic_typeassert(golem_g *g, const rtype *iface, const rtype *have,
                        const rtype *want);
/* A fatal error (not recoverable): prints "fatal error: msg", then exits
   the program with status 2 via the interpreter. */
int rt_fatal(golem_g *g, const char *msg);
/* Prints the raised panic ("panic: ..." + "[recovered]" chain) and the
   traceback of g to vm->err in Go's format. */
void rt_print_panic(golem_g *g);
void rt_print_traceback(golem_g *g);
/* (RUNTIME) A float as Go's print/println builtins write it
   ("+1.500000e+000", "NaN", "+Inf"); buf needs 16 bytes; returns the
   length. */
int rt_format_float(char *buf, double v);

/* ---- runtime state kept in the VM (vm/iface.c) ---- */
/* (RUNTIME) A fast random number from vm->rand_state (thread-safe). */
uint64_t rt_fastrand(golem_vm *vm);
/* (RUNTIME) Frees what the runtime keeps in the VM (the itab cache);
   vm_free must call it. */
void rt_vm_free(golem_vm *vm);
/* (RUNTIME) Run-time type identity for descriptors that may come from
   different makers (codegen's vs the runtime's own runtime.Error types):
   pointer equality, else named types by package and name, unnamed ones
   structurally. */
bool rt_type_identical(const rtype *a, const rtype *b);
/* (RUNTIME) The Error() text of a runtime.Error panic value (from
   rt_panic_runtime and friends), or false if (t, data) is not one. */
bool rt_runtime_error_text(golem_g *g, const rtype *t, const void *data,
                           golem_string *out);

/* Writes to the VM's stderr sink (panic messages and tracebacks;
   vm/traceback.c); rt_emitf formats into at most 511 bytes. */
void rt_emit(golem_vm *vm, const char *s);
void rt_emitf(golem_vm *vm, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
