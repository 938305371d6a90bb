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
/* Bulk copies (copy(), append): elements in memory representation. */
int64_t rt_slicecopy(const rtype *elem, golem_slice dst, golem_slice src);

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

/* ---- interfaces (vm/iface.c) ---- */
/* The dynamic type of an interface value (NULL for nil). */
const rtype *rt_iface_type(const golem_iface *v, bool empty);
/* The itab for (inter, type), built on first use and cached in the VM.
   NULL when type does not implement inter: if canfail is false, raises
   Go's "interface conversion: T is not I: missing method M" first. */
const itab *rt_getitab(golem_g *g, const rtype *inter, const rtype *type,
                       bool canfail);
/* Box a value (memory representation, t->nslots slots) for an interface's
   data word; pointer-shaped values are returned as they are. */
void *rt_box(golem_g *g, const rtype *t, const void *val);

/* ---- panics and tracebacks (vm/panic.c) ---- */
typedef struct golem_panic {
    golem_iface value;          /* eface: (rtype*, data) */
    bool recovered;
    bool runtime_error;         /* a runtime.Error */
    struct golem_panic *link;   /* the panic this one interrupted */
} golem_panic;

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

#endif
