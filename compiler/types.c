/*
 * types.c - the universe of Go types: predeclared types, interning
 * constructors, identity, predicates, layout and printing.
 *
 * Mechanism. Predeclared types (int, string, error, the untyped kinds, ...)
 * are process-wide constants built once by types_init() (an atomic once).
 * Every other type is created inside a type_universe, which belongs to one
 * golem_vm: an allocation arena plus a hash table that interns composite
 * types. A constructor hashes the type's shape (kind plus the ids of its
 * component types, lengths, directions, field names and tags) and returns an
 * existing type with the same shape when there is one. Because components are
 * themselves interned, two composite types built from identical parts are the
 * same pointer; named types are never interned (one per declaration or
 * instantiation), so pointer equality is Go's type identity in the common
 * case. type_identical() still compares structurally when pointers differ,
 * which covers types built in different universes or before a named type's
 * underlying was known.
 *
 * Aliases. byte and rune are predeclared type objects of their own (same
 * kind and layout as uint8 / int32) so that the checker's messages can say
 * "[]byte" where the program did; identity treats two basic types of the
 * same kind as identical, so []byte and []uint8 are distinct pointers but
 * identical types. Reflect-form printing (%T, runtime descriptors) uses
 * the kind's name, so it always says uint8 / int32, as Go does.
 *
 * Layout follows the value model in types.h: every value is a whole number
 * of 8-byte slots; struct fields start at slot boundaries; arrays of basic
 * scalars are packed at natural width. type_layout() computes nslots and the
 * per-slot pointer mask on first use and caches them on the type; it must
 * only be called once the type's underlying types are complete.
 *
 * type_string() prints types as reflect's %T does ("main.Point",
 * "struct { X int }", "interface {}"); the checker's messages use
 * ck_type_string() (check_util.c), which prints as go/types does.
 */
#include "types.h"
#include "check.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- predeclared types ---------- */

type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint,
    *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32,
    *ty_float64, *ty_string, *ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int,
    *ty_untyped_rune, *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil,
    *ty_error, *ty_any, *ty_invalid;
type *ty_complex64, *ty_complex128;
type *ty_byte, *ty_rune;

/* 0: not started, 1: being built, 2: ready (a C11-atomics "once", so this
   file needs no pthread header) */
static atomic_int types_state;

static type predeclared[40];
static method error_method;
static type error_iface, error_sig;
static type *error_sig_results[1];

static const char *basic_names[] = {
    [T_INVALID] = "invalid type", [T_BOOL] = "bool", [T_INT] = "int",
    [T_INT8] = "int8", [T_INT16] = "int16", [T_INT32] = "int32",
    [T_INT64] = "int64", [T_UINT] = "uint", [T_UINT8] = "uint8",
    [T_UINT16] = "uint16", [T_UINT32] = "uint32", [T_UINT64] = "uint64",
    [T_UINTPTR] = "uintptr", [T_FLOAT32] = "float32",
    [T_FLOAT64] = "float64", [T_COMPLEX64] = "complex64",
    [T_COMPLEX128] = "complex128", [T_STRING] = "string",
    [T_UNSAFEPTR] = "unsafe.Pointer", [T_UNTYPED_BOOL] = "untyped bool",
    [T_UNTYPED_INT] = "untyped int", [T_UNTYPED_RUNE] = "untyped rune",
    [T_UNTYPED_FLOAT] = "untyped float",
    [T_UNTYPED_STRING] = "untyped string", [T_UNTYPED_NIL] = "untyped nil",
};

static type *init_basic(type_kind k)
{
    type *t = &predeclared[k];
    t->kind = k;
    t->underlying = t;
    t->name = basic_names[k];
    t->id = (uint32_t)k + 1;
    return t;
}

static void types_init_once(void)
{
    ty_invalid = init_basic(T_INVALID);
    ty_bool = init_basic(T_BOOL);
    ty_int = init_basic(T_INT);
    ty_int8 = init_basic(T_INT8);
    ty_int16 = init_basic(T_INT16);
    ty_int32 = init_basic(T_INT32);
    ty_int64 = init_basic(T_INT64);
    ty_uint = init_basic(T_UINT);
    ty_uint8 = init_basic(T_UINT8);
    ty_uint16 = init_basic(T_UINT16);
    ty_uint32 = init_basic(T_UINT32);
    ty_uint64 = init_basic(T_UINT64);
    ty_uintptr = init_basic(T_UINTPTR);
    ty_float32 = init_basic(T_FLOAT32);
    ty_float64 = init_basic(T_FLOAT64);
    ty_complex64 = init_basic(T_COMPLEX64);
    ty_complex128 = init_basic(T_COMPLEX128);
    ty_string = init_basic(T_STRING);
    ty_unsafeptr = init_basic(T_UNSAFEPTR);
    ty_untyped_bool = init_basic(T_UNTYPED_BOOL);
    ty_untyped_int = init_basic(T_UNTYPED_INT);
    ty_untyped_rune = init_basic(T_UNTYPED_RUNE);
    ty_untyped_float = init_basic(T_UNTYPED_FLOAT);
    ty_untyped_string = init_basic(T_UNTYPED_STRING);
    ty_untyped_nil = init_basic(T_UNTYPED_NIL);

    /* any = interface{} */
    ty_any = &predeclared[30];
    ty_any->kind = T_INTERFACE;
    ty_any->underlying = ty_any;
    ty_any->id = 31;

    /* error = interface{ Error() string } */
    error_sig_results[0] = ty_string;
    error_sig.kind = T_FUNC;
    error_sig.underlying = &error_sig;
    error_sig.results = error_sig_results;
    error_sig.nresults = 1;
    error_sig.id = 32;
    error_method.name = "Error";
    error_method.sig = &error_sig;
    error_iface.kind = T_INTERFACE;
    error_iface.underlying = &error_iface;
    error_iface.methods = &error_method;
    error_iface.nmethods = 1;
    error_iface.id = 33;
    ty_error = &predeclared[31];
    ty_error->kind = T_NAMED;
    ty_error->name = "error";
    ty_error->underlying = &error_iface;
    ty_error->id = 34;

    /* byte and rune: aliases, told apart from uint8/int32 only by name */
    ty_byte = &predeclared[32];
    *ty_byte = *ty_uint8;
    ty_byte->underlying = ty_byte;
    ty_byte->name = "byte";
    ty_byte->id = 35;
    ty_rune = &predeclared[33];
    *ty_rune = *ty_int32;
    ty_rune->underlying = ty_rune;
    ty_rune->name = "rune";
    ty_rune->id = 36;
}

type *type_canonical_basic(type *t)
{
    if (t == ty_byte) return ty_uint8;
    if (t == ty_rune) return ty_int32;
    return t;
}

/* Predeclared types are shared by every VM: nothing VM-specific may be
   cached on them (codegen keeps their descriptors per VM instead). */
bool type_is_predeclared(const type *t)
{
    return (t >= predeclared && t < predeclared + sizeof predeclared / sizeof *predeclared) ||
           t == &error_iface || t == &error_sig;
}

/* Lays out every predeclared type once, so that no VM writes to them
   later (their layouts are static tables). */
static void layout_predeclared(void)
{
    for (size_t i = 0; i < sizeof predeclared / sizeof *predeclared; i++)
        if (predeclared[i].underlying)
            type_layout(&predeclared[i]);
    type_layout(&error_iface);
    type_layout(&error_sig);
}

void types_init(void)
{
    if (atomic_load_explicit(&types_state, memory_order_acquire) == 2) return;
    int expected = 0;
    if (atomic_compare_exchange_strong(&types_state, &expected, 1)) {
        types_init_once();
        layout_predeclared();
        atomic_store_explicit(&types_state, 2, memory_order_release);
        return;
    }
    while (atomic_load_explicit(&types_state, memory_order_acquire) != 2)
        ; /* another thread is building them: a few microseconds */
}

/* ---------- the universe: arena + intern table ---------- */

typedef struct arena_block {
    struct arena_block *next;
    size_t used, size;
    char data[];
} arena_block;

struct type_universe {
    arena_block *blocks;
    type **table; /* open addressing, by shape hash */
    size_t cap, count;
    uint32_t next_id;
};

type_universe *types_universe_new(void)
{
    types_init();
    type_universe *u = calloc(1, sizeof *u);
    if (!u) return NULL;
    u->cap = 1024;
    u->table = calloc(u->cap, sizeof *u->table);
    u->next_id = 1000;
    return u;
}

void types_universe_free(type_universe *u)
{
    if (!u) return;
    arena_block *b = u->blocks;
    while (b) {
        arena_block *n = b->next;
        free(b);
        b = n;
    }
    free(u->table);
    free(u);
}

void *types_alloc(type_universe *u, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    arena_block *b = u->blocks;
    if (!b || b->used + size > b->size) {
        size_t bs = size > 60000 ? size : 60000;
        b = malloc(sizeof *b + bs);
        if (!b) return NULL;
        b->size = bs;
        b->used = 0;
        b->next = u->blocks;
        u->blocks = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

static uint32_t mix(uint32_t h, uint64_t v)
{
    h ^= (uint32_t)v + 0x9e3779b9u + (h << 6) + (h >> 2);
    h ^= (uint32_t)(v >> 32) + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

static uint32_t mix_str(uint32_t h, const char *s)
{
    if (!s) return mix(h, 7);
    while (*s) h = mix(h, (unsigned char)*s++);
    return h;
}

static uint32_t tid(type *t) { return t ? t->id : 0; }

static uint32_t shape_hash(type *t)
{
    uint32_t h = mix(0, t->kind);
    h = mix(h, tid(t->elem));
    h = mix(h, tid(t->key));
    h = mix(h, (uint64_t)t->len);
    h = mix(h, (uint64_t)t->dir);
    h = mix(h, (uint64_t)t->variadic);
    for (int i = 0; i < t->nparams; i++) h = mix(h, tid(t->params[i]));
    h = mix(h, 99);
    for (int i = 0; i < t->nresults; i++) h = mix(h, tid(t->results[i]));
    for (int i = 0; i < t->nfields; i++) {
        h = mix_str(h, t->fields[i].name);
        h = mix(h, tid(t->fields[i].type));
        h = mix_str(h, t->fields[i].tag);
        h = mix(h, t->fields[i].embedded);
    }
    for (int i = 0; i < t->nmethods; i++) {
        h = mix_str(h, t->methods[i].name);
        h = mix(h, tid(t->methods[i].sig));
    }
    for (int i = 0; i < t->nterms; i++) {
        h = mix(h, tid(t->terms[i]));
        h = mix(h, t->term_tilde[i]);
    }
    h = mix(h, t->comparable_constraint);
    return h;
}

static bool str_eq(const char *a, const char *b)
{
    if (a == b) return true;
    if (!a || !b) return false;
    return strcmp(a, b) == 0;
}

static bool same_shape(type *a, type *b)
{
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key ||
        a->len != b->len || a->dir != b->dir || a->variadic != b->variadic ||
        a->nparams != b->nparams || a->nresults != b->nresults ||
        a->nfields != b->nfields || a->nmethods != b->nmethods ||
        a->nterms != b->nterms ||
        a->comparable_constraint != b->comparable_constraint)
        return false;
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nfields; i++) {
        field *x = &a->fields[i], *y = &b->fields[i];
        if (!str_eq(x->name, y->name) || x->type != y->type ||
            !str_eq(x->tag, y->tag) || x->embedded != y->embedded)
            return false;
    }
    for (int i = 0; i < a->nmethods; i++)
        if (!str_eq(a->methods[i].name, b->methods[i].name) ||
            a->methods[i].sig != b->methods[i].sig)
            return false;
    for (int i = 0; i < a->nterms; i++)
        if (a->terms[i] != b->terms[i] ||
            a->term_tilde[i] != b->term_tilde[i])
            return false;
    return true;
}

static void table_grow(type_universe *u)
{
    size_t ncap = u->cap * 2;
    type **nt = calloc(ncap, sizeof *nt);
    if (!nt) return;
    for (size_t i = 0; i < u->cap; i++) {
        type *t = u->table[i];
        if (!t) continue;
        size_t j = shape_hash(t) & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = t;
    }
    free(u->table);
    u->table = nt;
    u->cap = ncap;
}

/* Returns the interned copy of the stack-built prototype *proto (whose
   arrays must already live in the universe or be copied by the caller). */
static type *intern(type_universe *u, type *proto)
{
    uint32_t h = shape_hash(proto);
    size_t i = h & (u->cap - 1);
    while (u->table[i]) {
        if (same_shape(u->table[i], proto)) return u->table[i];
        i = (i + 1) & (u->cap - 1);
    }
    type *t = types_alloc(u, sizeof *t);
    *t = *proto;
    t->underlying = t;
    t->universe = u;
    t->id = u->next_id++;
    u->table[i] = t;
    if (++u->count * 2 > u->cap) table_grow(u);
    return t;
}

type *type_pointer(type_universe *u, type *elem)
{
    type p = {.kind = T_POINTER, .elem = elem};
    return intern(u, &p);
}

type *type_slice(type_universe *u, type *elem)
{
    type p = {.kind = T_SLICE, .elem = elem};
    return intern(u, &p);
}

type *type_array(type_universe *u, type *elem, int64_t len)
{
    type p = {.kind = T_ARRAY, .elem = elem, .len = len};
    return intern(u, &p);
}

type *type_map(type_universe *u, type *key, type *val)
{
    type p = {.kind = T_MAP, .key = key, .elem = val};
    return intern(u, &p);
}

type *type_chan(type_universe *u, type *elem, int dir)
{
    type p = {.kind = T_CHAN, .elem = elem, .dir = dir};
    return intern(u, &p);
}

static type **copy_types(type_universe *u, type **ts, int n)
{
    if (n == 0) return NULL;
    type **r = types_alloc(u, sizeof *r * n);
    memcpy(r, ts, sizeof *r * n);
    return r;
}

type *type_func(type_universe *u, type **params, int np, type **results,
                int nr, bool variadic)
{
    type p = {.kind = T_FUNC, .params = params, .nparams = np,
              .results = results, .nresults = nr, .variadic = variadic};
    type *t = intern(u, &p);
    if (t->params == params && np) t->params = copy_types(u, params, np);
    if (t->results == results && nr) t->results = copy_types(u, results, nr);
    return t;
}

type *type_tuple(type_universe *u, type **elems, int n)
{
    type p = {.kind = T_TUPLE, .params = elems, .nparams = n};
    type *t = intern(u, &p);
    if (t->params == elems && n) t->params = copy_types(u, elems, n);
    return t;
}

type *type_struct(type_universe *u, field *fields, int n)
{
    type p = {.kind = T_STRUCT, .fields = fields, .nfields = n};
    type *t = intern(u, &p);
    if (t->fields == fields && n) {
        t->fields = types_alloc(u, sizeof *fields * n);
        memcpy(t->fields, fields, sizeof *fields * n);
    }
    return t;
}

static int method_cmp(const void *a, const void *b)
{
    return strcmp(((const method *)a)->name, ((const method *)b)->name);
}

type *type_interface(type_universe *u, method *methods, int nm, type **terms,
                     bool *tilde, int nterms, bool comparable)
{
    if (nm == 0 && nterms == 0 && !comparable) return ty_any;
    if (nm > 1) qsort(methods, nm, sizeof *methods, method_cmp);
    type p = {.kind = T_INTERFACE, .methods = methods, .nmethods = nm,
              .terms = terms, .term_tilde = tilde, .nterms = nterms,
              .comparable_constraint = comparable};
    type *t = intern(u, &p);
    if (t->methods == methods && nm) {
        t->methods = types_alloc(u, sizeof *methods * nm);
        memcpy(t->methods, methods, sizeof *methods * nm);
    }
    if (t->terms == terms && nterms) {
        t->terms = copy_types(u, terms, nterms);
        t->term_tilde = types_alloc(u, sizeof(bool) * nterms);
        memcpy(t->term_tilde, tilde, sizeof(bool) * nterms);
    }
    return t;
}

type *type_named(type_universe *u, const char *name, struct ck_package *pkg,
                 struct symbol *obj)
{
    type *t = types_alloc(u, sizeof *t);
    t->kind = T_NAMED;
    t->name = name;
    t->pkg = pkg;
    t->obj = obj;
    t->underlying = NULL;
    t->universe = u;
    t->id = u->next_id++;
    return t;
}

type *type_typeparam(type_universe *u, const char *name, int index,
                     type *constraint)
{
    type *t = types_alloc(u, sizeof *t);
    t->kind = T_TYPEPARAM;
    t->name = name;
    t->tparam_index = index;
    t->underlying = constraint;
    t->universe = u;
    t->id = u->next_id++;
    return t;
}

/* ---------- identity and predicates ---------- */

type *type_under(type *t)
{
    if (!t) return ty_invalid;
    int guard = 0;
    while (t->kind == T_NAMED && guard++ < 100) {
        if (!t->underlying) return ty_invalid;
        t = t->underlying;
    }
    return t;
}

static bool identical_rec(type *a, type *b, int depth);

static bool identical_list(type **a, type **b, int n, int depth)
{
    for (int i = 0; i < n; i++)
        if (!identical_rec(a[i], b[i], depth)) return false;
    return true;
}

static bool identical_rec(type *a, type *b, int depth)
{
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind || depth > 50) return false;
    depth++;
    switch (a->kind) {
    case T_ARRAY:
        return a->len == b->len && identical_rec(a->elem, b->elem, depth);
    case T_SLICE:
    case T_POINTER:
        return identical_rec(a->elem, b->elem, depth);
    case T_MAP:
        return identical_rec(a->key, b->key, depth) &&
               identical_rec(a->elem, b->elem, depth);
    case T_CHAN:
        return a->dir == b->dir && identical_rec(a->elem, b->elem, depth);
    case T_FUNC:
        return a->nparams == b->nparams && a->nresults == b->nresults &&
               a->variadic == b->variadic &&
               identical_list(a->params, b->params, a->nparams, depth) &&
               identical_list(a->results, b->results, a->nresults, depth);
    case T_TUPLE:
        return a->nparams == b->nparams &&
               identical_list(a->params, b->params, a->nparams, depth);
    case T_STRUCT:
        if (a->nfields != b->nfields) return false;
        for (int i = 0; i < a->nfields; i++) {
            field *x = &a->fields[i], *y = &b->fields[i];
            if (!str_eq(x->name, y->name) || x->embedded != y->embedded ||
                !str_eq(x->tag, y->tag) ||
                !identical_rec(x->type, y->type, depth))
                return false;
        }
        return true;
    case T_INTERFACE:
        if (a->nmethods != b->nmethods || a->nterms != b->nterms ||
            a->comparable_constraint != b->comparable_constraint)
            return false;
        for (int i = 0; i < a->nmethods; i++)
            if (!str_eq(a->methods[i].name, b->methods[i].name) ||
                !identical_rec(a->methods[i].sig, b->methods[i].sig, depth))
                return false;
        for (int i = 0; i < a->nterms; i++)
            if (a->term_tilde[i] != b->term_tilde[i] ||
                !identical_rec(a->terms[i], b->terms[i], depth))
                return false;
        return true;
    case T_NAMED:
        /* distinct declarations are distinct types; instantiations of the
           same generic type with identical arguments are identical */
        if (a->obj && a->obj == b->obj && a->ntargs && a->ntargs == b->ntargs)
            return identical_list(a->targs, b->targs, a->ntargs, depth);
        return false;
    default:
        /* basic types are unique per kind except for the aliases byte
           (uint8) and rune (int32); type params are unique */
        return a->kind >= T_BOOL && a->kind <= T_UNSAFEPTR;
    }
}

bool type_identical(type *a, type *b) { return identical_rec(a, b, 0); }

bool type_is_basic(type *t)
{
    t = type_under(t);
    return t->kind >= T_BOOL && t->kind <= T_UNSAFEPTR;
}

bool type_is_integer(type *t)
{
    t = type_under(t);
    return (t->kind >= T_INT && t->kind <= T_UINTPTR) ||
           t->kind == T_UNTYPED_INT || t->kind == T_UNTYPED_RUNE;
}

bool type_is_unsigned(type *t)
{
    t = type_under(t);
    return t->kind >= T_UINT && t->kind <= T_UINTPTR;
}

bool type_is_float(type *t)
{
    t = type_under(t);
    return t->kind == T_FLOAT32 || t->kind == T_FLOAT64 ||
           t->kind == T_UNTYPED_FLOAT;
}

bool type_is_numeric(type *t)
{
    t = type_under(t);
    return (t->kind >= T_INT && t->kind <= T_COMPLEX128) ||
           t->kind == T_UNTYPED_INT || t->kind == T_UNTYPED_RUNE ||
           t->kind == T_UNTYPED_FLOAT;
}

bool type_is_string(type *t)
{
    t = type_under(t);
    return t->kind == T_STRING || t->kind == T_UNTYPED_STRING;
}

bool type_is_untyped(type *t)
{
    return t && t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL;
}

bool type_is_interface(type *t)
{
    return t && t->kind != T_TYPEPARAM && type_under(t)->kind == T_INTERFACE;
}

bool type_is_pointer_shaped(type *t)
{
    switch (type_under(t)->kind) {
    case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC: case T_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

static bool comparable_rec(type *t, int depth)
{
    if (depth > 50) return true;
    if (t->kind == T_TYPEPARAM) return true; /* checked via constraint */
    t = type_under(t);
    switch (t->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: case T_TUPLE: case T_INVALID:
        return false;
    case T_ARRAY:
        return comparable_rec(t->elem, depth + 1);
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!comparable_rec(t->fields[i].type, depth + 1)) return false;
        return true;
    default:
        return true;
    }
}

bool type_comparable(type *t) { return t && comparable_rec(t, 0); }

type *type_default(type *t)
{
    if (!t) return t;
    switch (t->kind) {
    case T_UNTYPED_BOOL: return ty_bool;
    case T_UNTYPED_INT: return ty_int;
    case T_UNTYPED_RUNE: return ty_rune;
    case T_UNTYPED_FLOAT: return ty_float64;
    case T_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

/* ---------- layout ---------- */

int type_natural_size(type *t)
{
    switch (type_under(t)->kind) {
    case T_BOOL: case T_INT8: case T_UINT8: return 1;
    case T_INT16: case T_UINT16: return 2;
    case T_INT32: case T_UINT32: case T_FLOAT32: return 4;
    case T_INT: case T_INT64: case T_UINT: case T_UINT64: case T_UINTPTR:
    case T_FLOAT64: case T_UNSAFEPTR:
        return 8;
    default:
        return type_nslots(t) * 8;
    }
}

bool type_is_narrow(type *t)
{
    switch (type_under(t)->kind) {
    case T_BOOL: case T_INT8: case T_UINT8: case T_INT16: case T_UINT16:
    case T_INT32: case T_UINT32: case T_FLOAT32:
        return true;
    default:
        return false;
    }
}

static bool packed_scalar(type *t)
{
    type_kind k = type_under(t)->kind;
    return (k >= T_BOOL && k <= T_FLOAT64) || k == T_UNSAFEPTR;
}

int type_stride(type *t)
{
    if (packed_scalar(t)) return type_natural_size(t);
    return type_nslots(t) * 8;
}

/* Writes t's pointer mask into mask[0..nslots) (zeroed by the caller). */
static void fill_mask(type *t, uint8_t *mask)
{
    type_layout(t);
    if (t->ptrmask) memcpy(mask, t->ptrmask, t->nslots);
}

static void layout_struct(type *t, type *u)
{
    int n = 0;
    for (int i = 0; i < u->nfields; i++) {
        u->fields[i].slot = n;
        n += type_nslots(u->fields[i].type);
    }
    t->nslots = n;
    t->ptrmask = types_alloc(t->universe, n ? n : 1);
    for (int i = 0; i < u->nfields; i++)
        fill_mask(u->fields[i].type, t->ptrmask + u->fields[i].slot);
}

static void layout_array(type *t, type *u)
{
    int64_t stride = type_stride(u->elem);
    int64_t bytes = u->len * stride;
    t->nslots = (int)((bytes + 7) / 8);
    t->ptrmask = types_alloc(t->universe, t->nslots ? t->nslots : 1);
    if (packed_scalar(u->elem)) return;
    int es = type_nslots(u->elem);
    for (int64_t i = 0; i < u->len; i++)
        fill_mask(u->elem, t->ptrmask + i * es);
}

void type_layout(type *t)
{
    if (!t || t->laid_out) return;
    t->laid_out = true; /* set first: guards malformed recursive types */
    type *u = type_under(t);
    static const uint8_t one[1] = {1}, str[2] = {1, 0}, sl[3] = {1, 0, 0},
                         ifc[2] = {0, 1}, zero[2] = {0, 0};
    switch (u->kind) {
    case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC: case T_UNSAFEPTR:
    case T_UNTYPED_NIL:
        t->nslots = 1;
        t->ptrmask = (uint8_t *)one;
        break;
    case T_STRING: case T_UNTYPED_STRING:
        t->nslots = 2;
        t->ptrmask = (uint8_t *)str;
        break;
    case T_SLICE:
        t->nslots = 3;
        t->ptrmask = (uint8_t *)sl;
        break;
    case T_INTERFACE:
        t->nslots = 2;
        t->ptrmask = (uint8_t *)ifc;
        break;
    case T_COMPLEX64: case T_COMPLEX128:
        t->nslots = 2;
        t->ptrmask = (uint8_t *)zero;
        break;
    case T_STRUCT:
        layout_struct(t, u);
        break;
    case T_ARRAY:
        layout_array(t, u);
        break;
    case T_TUPLE:
        t->nslots = 0;
        for (int i = 0; i < u->nparams; i++)
            t->nslots += type_nslots(u->params[i]);
        break;
    default:
        t->nslots = 1;
        t->ptrmask = (uint8_t *)zero;
        break;
    }
    t->has_pointers = false;
    if (t->ptrmask)
        for (int i = 0; i < t->nslots; i++)
            if (t->ptrmask[i]) t->has_pointers = true;
}

int type_nslots(type *t)
{
    type_layout(t);
    return t->nslots;
}

/* ---------- printing (reflect's %T form) ---------- */

typedef struct strbuf {
    char *p;
    size_t len, cap;
} strbuf;

static void sb_add(strbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t nc = (b->cap ? b->cap * 2 : 64) + n;
        char *np = realloc(b->p, nc);
        if (!np) return;
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

/* Writes t to b. mode 0: reflect (%T); mode 1: go/types, qualified
   relative to package rel. */
void type_write(void *sbv, type *t, int mode, struct ck_package *rel);

static void write_tuple(strbuf *b, type **ts, int n, bool variadic, int mode,
                        struct ck_package *rel)
{
    sb_add(b, "(");
    for (int i = 0; i < n; i++) {
        if (i) sb_add(b, ", ");
        if (variadic && i == n - 1 && ts[i]->kind == T_SLICE) {
            sb_add(b, "...");
            type_write(b, ts[i]->elem, mode, rel);
        } else {
            type_write(b, ts[i], mode, rel);
        }
    }
    sb_add(b, ")");
}

static void write_sig(strbuf *b, type *t, int mode, struct ck_package *rel)
{
    write_tuple(b, t->params, t->nparams, t->variadic, mode, rel);
    if (t->nresults == 1) {
        sb_add(b, " ");
        type_write(b, t->results[0], mode, rel);
    } else if (t->nresults > 1) {
        sb_add(b, " ");
        write_tuple(b, t->results, t->nresults, false, mode, rel);
    }
}

static void write_quoted(strbuf *b, const char *s)
{
    sb_add(b, "\"");
    char tmp[8];
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            tmp[0] = '\\'; tmp[1] = (char)c; tmp[2] = 0;
        } else if (c < 32) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
        } else {
            tmp[0] = (char)c; tmp[1] = 0;
        }
        sb_add(b, tmp);
    }
    sb_add(b, "\"");
}

static void write_struct(strbuf *b, type *t, int mode, struct ck_package *rel)
{
    if (t->nfields == 0) {
        sb_add(b, mode == 0 ? "struct {}" : "struct{}");
        return;
    }
    sb_add(b, mode == 0 ? "struct { " : "struct{");
    for (int i = 0; i < t->nfields; i++) {
        if (i) sb_add(b, "; ");
        field *f = &t->fields[i];
        if (!f->embedded) {
            sb_add(b, f->name);
            sb_add(b, " ");
        }
        type_write(b, f->type, mode, rel);
        if (f->tag) {
            sb_add(b, " ");
            write_quoted(b, f->tag);
        }
    }
    sb_add(b, mode == 0 ? " }" : "}");
}

static void write_iface(strbuf *b, type *t, int mode, struct ck_package *rel)
{
    if (t == ty_any && mode == 1) {
        sb_add(b, "any");
        return;
    }
    if (t->nmethods == 0 && t->nterms == 0 && !t->comparable_constraint) {
        sb_add(b, mode == 0 ? "interface {}" : "interface{}");
        return;
    }
    sb_add(b, mode == 0 ? "interface { " : "interface{");
    int n = 0;
    if (t->comparable_constraint) {
        sb_add(b, "comparable");
        n++;
    }
    for (int i = 0; i < t->nmethods; i++) {
        if (n++) sb_add(b, "; ");
        sb_add(b, t->methods[i].name);
        write_sig(b, t->methods[i].sig, mode, rel);
    }
    if (t->nterms) {
        if (n++) sb_add(b, "; ");
        for (int i = 0; i < t->nterms; i++) {
            if (i) sb_add(b, " | ");
            if (t->term_tilde[i]) sb_add(b, "~");
            type_write(b, t->terms[i], mode, rel);
        }
    }
    sb_add(b, mode == 0 ? " }" : "}");
}

static void write_named(strbuf *b, type *t, int mode, struct ck_package *rel)
{
    if (t->pkg && (mode == 0 || t->pkg != rel)) {
        sb_add(b, t->pkg->name ? t->pkg->name : t->pkg->path);
        sb_add(b, ".");
    }
    sb_add(b, t->name ? t->name : "?");
    if (t->ntargs) {
        sb_add(b, "[");
        for (int i = 0; i < t->ntargs; i++) {
            if (i) sb_add(b, mode == 0 ? "," : ", ");
            type_write(b, t->targs[i], mode, rel);
        }
        sb_add(b, "]");
    }
}

void type_write(void *sbv, type *t, int mode, struct ck_package *rel)
{
    strbuf *b = sbv;
    char tmp[32];
    if (!t) {
        sb_add(b, "invalid type");
        return;
    }
    switch (t->kind) {
    case T_NAMED:
        write_named(b, t, mode, rel);
        break;
    case T_TYPEPARAM:
        sb_add(b, t->name);
        break;
    case T_POINTER:
        sb_add(b, "*");
        type_write(b, t->elem, mode, rel);
        break;
    case T_SLICE:
        sb_add(b, "[]");
        type_write(b, t->elem, mode, rel);
        break;
    case T_ARRAY:
        snprintf(tmp, sizeof tmp, "[%lld]", (long long)t->len);
        sb_add(b, tmp);
        type_write(b, t->elem, mode, rel);
        break;
    case T_MAP:
        sb_add(b, "map[");
        type_write(b, t->key, mode, rel);
        sb_add(b, "]");
        type_write(b, t->elem, mode, rel);
        break;
    case T_CHAN:
        sb_add(b, t->dir == CHAN_RECV ? "<-chan " :
                  t->dir == CHAN_SEND ? "chan<- " : "chan ");
        {
            bool paren = t->dir == CHAN_BOTH && t->elem->kind == T_CHAN &&
                         t->elem->dir == CHAN_RECV;
            if (paren) sb_add(b, "(");
            type_write(b, t->elem, mode, rel);
            if (paren) sb_add(b, ")");
        }
        break;
    case T_FUNC:
        sb_add(b, "func");
        write_sig(b, t, mode, rel);
        break;
    case T_TUPLE:
        write_tuple(b, t->params, t->nparams, false, mode, rel);
        break;
    case T_STRUCT:
        write_struct(b, t, mode, rel);
        break;
    case T_INTERFACE:
        write_iface(b, t, mode, rel);
        break;
    default:
        if (mode == 1 && (t == ty_byte || t == ty_rune)) {
            sb_add(b, t->name); /* messages keep the alias the program wrote */
            break;
        }
        sb_add(b, t->kind < (int)(sizeof basic_names / sizeof *basic_names) &&
                          basic_names[t->kind] ? basic_names[t->kind] : "?");
        break;
    }
}

/* Returns a malloc'd string (mode/rel as type_write). */
char *type_string_mode(type *t, int mode, struct ck_package *rel)
{
    strbuf b = {0};
    sb_add(&b, "");
    type_write(&b, t, mode, rel);
    return b.p;
}

const char *type_string(type_universe *u, type *t)
{
    if (t && t->kind >= T_BOOL && t->kind <= T_UNTYPED_NIL)
        return basic_names[t->kind];
    if (t == ty_error) return "error";
    char *s = type_string_mode(t, 0, NULL);
    if (!u) return s; /* caller owns it */
    size_t n = strlen(s);
    char *r = types_alloc(u, n + 1);
    memcpy(r, s, n + 1);
    free(s);
    return r;
}

/* ---------- methods ---------- */

static method *find_in(method *ms, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(ms[i].name, name) == 0) return &ms[i];
    return NULL;
}

method *type_find_method(type *t, const char *name)
{
    if (!t) return NULL;
    if (t->kind == T_POINTER && t->elem->kind == T_NAMED) t = t->elem;
    if (t->kind == T_NAMED) {
        method *m = find_in(t->mdecl, t->nmdecl, name);
        if (m) return m;
    }
    type *u = type_under(t);
    if (u->kind == T_INTERFACE) return find_in(u->methods, u->nmethods, name);
    return NULL;
}

/* ---------- generics: substitution and instantiation ---------- */

static type *subst_rec(type_universe *u, type *t, type **from, type **to,
                       int n, int depth);

static type **subst_list(type_universe *u, type **ts, int k, type **from,
                         type **to, int n, int depth, bool *changed)
{
    type **r = NULL;
    for (int i = 0; i < k; i++) {
        type *s = subst_rec(u, ts[i], from, to, n, depth);
        if (s != ts[i] && !r) {
            r = types_alloc(u, sizeof *r * (size_t)k);
            memcpy(r, ts, sizeof *r * (size_t)k);
        }
        if (r) r[i] = s;
    }
    *changed = r != NULL;
    return r ? r : ts;
}

static type *subst_rec(type_universe *u, type *t, type **from, type **to,
                       int n, int depth)
{
    if (!t || depth > 60) return t;
    depth++;
    bool ch = false;
    switch (t->kind) {
    case T_TYPEPARAM:
        for (int i = 0; i < n; i++)
            if (from[i] == t) return to[i];
        return t;
    case T_POINTER: {
        type *e = subst_rec(u, t->elem, from, to, n, depth);
        return e == t->elem ? t : type_pointer(u, e);
    }
    case T_SLICE: {
        type *e = subst_rec(u, t->elem, from, to, n, depth);
        return e == t->elem ? t : type_slice(u, e);
    }
    case T_ARRAY: {
        type *e = subst_rec(u, t->elem, from, to, n, depth);
        return e == t->elem ? t : type_array(u, e, t->len);
    }
    case T_CHAN: {
        type *e = subst_rec(u, t->elem, from, to, n, depth);
        return e == t->elem ? t : type_chan(u, e, t->dir);
    }
    case T_MAP: {
        type *k = subst_rec(u, t->key, from, to, n, depth);
        type *e = subst_rec(u, t->elem, from, to, n, depth);
        return k == t->key && e == t->elem ? t : type_map(u, k, e);
    }
    case T_FUNC: {
        bool c1, c2;
        type **ps = subst_list(u, t->params, t->nparams, from, to, n, depth, &c1);
        type **rs = subst_list(u, t->results, t->nresults, from, to, n, depth, &c2);
        if (!c1 && !c2) return t;
        return type_func(u, ps, t->nparams, rs, t->nresults, t->variadic);
    }
    case T_TUPLE: {
        type **ps = subst_list(u, t->params, t->nparams, from, to, n, depth, &ch);
        return ch ? type_tuple(u, ps, t->nparams) : t;
    }
    case T_STRUCT: {
        field *fs = NULL;
        for (int i = 0; i < t->nfields; i++) {
            type *f = subst_rec(u, t->fields[i].type, from, to, n, depth);
            if (f != t->fields[i].type && !fs) {
                fs = types_alloc(u, sizeof *fs * (size_t)t->nfields);
                memcpy(fs, t->fields, sizeof *fs * (size_t)t->nfields);
            }
            if (fs) fs[i].type = f;
        }
        return fs ? type_struct(u, fs, t->nfields) : t;
    }
    case T_INTERFACE: {
        method *ms = NULL;
        for (int i = 0; i < t->nmethods; i++) {
            type *s = subst_rec(u, t->methods[i].sig, from, to, n, depth);
            if (s != t->methods[i].sig && !ms) {
                ms = types_alloc(u, sizeof *ms * (size_t)t->nmethods);
                memcpy(ms, t->methods, sizeof *ms * (size_t)t->nmethods);
            }
            if (ms) ms[i].sig = s;
        }
        type **terms = subst_list(u, t->terms, t->nterms, from, to, n, depth, &ch);
        if (!ms && !ch) return t;
        method *m2 = ms ? ms : t->methods;
        method *copy = NULL;
        if (t->nmethods) {
            copy = types_alloc(u, sizeof *copy * (size_t)t->nmethods);
            memcpy(copy, m2, sizeof *copy * (size_t)t->nmethods);
        }
        return type_interface(u, copy, t->nmethods, terms, t->term_tilde,
                              t->nterms, t->comparable_constraint);
    }
    case T_NAMED:
        if (t->ntparams && !t->origin) {
            /* the generic type itself (inside its methods): instantiate
               with its parameters substituted */
            type **ta = subst_list(u, t->tparams, t->ntparams, from, to, n,
                                   depth, &ch);
            return ch ? type_instantiate(u, t, ta, t->ntparams) : t;
        }
        if (t->ntargs && t->origin) {
            type **ta = subst_list(u, t->targs, t->ntargs, from, to, n, depth,
                                   &ch);
            return ch ? type_instantiate(u, t->origin, ta, t->ntargs) : t;
        }
        return t;
    default:
        return t;
    }
}

type *type_subst(type_universe *u, type *t, type **from, type **to, int n)
{
    if (n == 0) return t;
    return subst_rec(u, t, from, to, n, 0);
}

void type_complete_instance(type_universe *u, type *inst)
{
    type *g = inst->origin;
    if (!g || !g->underlying || inst->underlying) return;
    inst->underlying = type_under(type_subst(u, g->underlying, g->tparams,
                                             inst->targs, inst->ntargs));
    if (g->nmdecl) {
        method *ms = types_alloc(u, sizeof *ms * (size_t)g->nmdecl);
        for (int i = 0; i < g->nmdecl; i++) {
            ms[i] = g->mdecl[i];
            if (ms[i].sig)
                ms[i].sig = type_subst(u, ms[i].sig, g->tparams, inst->targs,
                                       inst->ntargs);
        }
        inst->mdecl = ms;
        inst->nmdecl = g->nmdecl;
    }
}

type *type_instantiate(type_universe *u, type *generic, type **targs, int n)
{
    bool same = n == generic->ntparams;
    for (int i = 0; same && i < n; i++)
        if (targs[i] != generic->tparams[i]) same = false;
    if (same) return generic;
    for (int i = 0; i < generic->ninstances; i++) {
        type *c = generic->instances[i];
        bool eq = c->ntargs == n;
        for (int j = 0; eq && j < n; j++)
            if (!type_identical(c->targs[j], targs[j])) eq = false;
        if (eq) return c;
    }
    type *t = type_named(u, generic->name, generic->pkg, generic->obj);
    t->origin = generic;
    t->targs = types_alloc(u, sizeof *t->targs * (size_t)n);
    memcpy(t->targs, targs, sizeof *t->targs * (size_t)n);
    t->ntargs = n;
    if (generic->ninstances == generic->capinstances) {
        int nc = generic->capinstances ? generic->capinstances * 2 : 4;
        type **ni = types_alloc(u, sizeof *ni * (size_t)nc);
        if (generic->ninstances)
            memcpy(ni, generic->instances,
                   sizeof *ni * (size_t)generic->ninstances);
        generic->instances = ni;
        generic->capinstances = nc;
    }
    generic->instances[generic->ninstances++] = t;
    type_complete_instance(u, t);
    return t;
}
