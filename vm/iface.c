/*
 * iface.c - interface values at run time: dynamic types, itabs, boxing,
 * and the small pieces of runtime state the VM carries (random numbers).
 *
 * REPRESENTATION (vm/vm.h). An interface is two words. For an empty
 * interface the first word is the dynamic type's rtype; for a non-empty
 * one it is an itab, whose first field is that rtype, so the dynamic type
 * is one load away in both cases. The second word is the value itself for
 * pointer-shaped types (pointers, maps, chans, funcs, unsafe.Pointer),
 * otherwise a pointer to an immutable boxed copy (rt_box).
 *
 * ITABS. An itab lists, in the interface's method order (sorted by name),
 * the function implementing each method for one concrete type: the
 * method's `ifn`, which takes the data word as its receiver. Codegen builds
 * the itabs of conversions it can see statically; rt_getitab builds the
 * rest (type assertions to interfaces, interface-to-interface conversions)
 * on first use and caches them per VM, negative answers included, keyed by
 * the (interface, type) pair of rtype pointers.
 *
 * The cache is an open-addressing table of pointers to immutable entries.
 * Readers never lock: they load the table pointer (acquire) and probe
 * linearly; an entry, once published, never changes. Writers take the
 * cache's mutex, re-probe, insert with a release store, and when the table
 * would pass half full they build a twice-as-large copy and publish it;
 * retired tables stay allocated (a concurrent reader may still be probing
 * one) until rt_vm_free.
 *
 * Method matching compares names, then signatures with rt_type_identical:
 * pointer equality for descriptors codegen interned, falling back to a
 * structural comparison so that the runtime's own descriptors (the
 * runtime.Error types of panic.c) match codegen's `error` interface.
 *
 * BOXING. rt_box copies a value into a fresh gc_alloc'd cell. Values of
 * zero size share one static cell, and one-slot scalars whose value
 * (zero-extended from their natural width) is below 256 point into a
 * static table of those numbers, as Go's runtime does with staticuint64s;
 * boxed cells are never written, so sharing is invisible. The collector
 * must ignore pointers to these static cells (they are outside the heap).
 * A value with pointers is copied in with the bulk write barrier (vm/mgc.h):
 * the cell is allocated black while the collector marks, so the pointers
 * it receives from the boxing goroutine's stack must be shaded.
 */
#include "mgc.h"
#include "runtime.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- random numbers ---- */

#define RAND_GAMMA 0x9e3779b97f4a7c15ull

static uint64_t splitmix_finish(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Entropy for the first seed: the clock, the VM's address, the pid. */
static uint64_t initial_seed(golem_vm *vm)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t s = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
    s ^= (uint64_t)(uintptr_t)vm * RAND_GAMMA;
    s ^= (uint64_t)getpid() << 32;
    return splitmix_finish(s) | 1;
}

uint64_t rt_fastrand(golem_vm *vm)
{
    uint64_t s = __atomic_load_n(&vm->rand_state, __ATOMIC_RELAXED);
    if (s == 0) {
        uint64_t expected = 0;
        __atomic_compare_exchange_n(&vm->rand_state, &expected,
                                    initial_seed(vm), false,
                                    __ATOMIC_RELAXED, __ATOMIC_RELAXED);
    }
    s = __atomic_add_fetch(&vm->rand_state, RAND_GAMMA, __ATOMIC_RELAXED);
    return splitmix_finish(s);
}

/* ---- type identity ---- */

static bool same_cstr(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static bool is_basic_kind(int k)
{
    return k >= RK_BOOL && k <= RK_UNSAFEPTR;
}

/* A named type: declared in a package, or a predeclared basic type. */
static bool named_identical(const rtype *a, const rtype *b)
{
    if (is_basic_kind(a->kind) && !a->pkgpath && !b->pkgpath)
        return true; /* predeclared (byte and uint8 are one type) */
    return a->name && b->name && strcmp(a->name, b->name) == 0 &&
           same_cstr(a->pkgpath, b->pkgpath);
}

static bool is_named(const rtype *t)
{
    return (t->flags & RF_NAMED) || t->name || t->pkgpath ||
           is_basic_kind(t->kind);
}

static bool list_identical(const rtype *const *a, const rtype *const *b,
                           uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!rt_type_identical(a[i], b[i]))
            return false;
    return true;
}

static bool struct_identical(const rtype *a, const rtype *b)
{
    if (a->nfields != b->nfields)
        return false;
    for (uint32_t i = 0; i < a->nfields; i++) {
        const rfield *x = &a->fields[i], *y = &b->fields[i];
        if (!same_cstr(x->name, y->name) || x->embedded != y->embedded ||
            !rt_type_identical(x->type, y->type))
            return false;
    }
    return true;
}

static bool methods_identical(const rtype *a, const rtype *b)
{
    if (a->nmethods != b->nmethods)
        return false;
    for (uint32_t i = 0; i < a->nmethods; i++)
        if (!same_cstr(a->methods[i].name, b->methods[i].name) ||
            !rt_type_identical(a->methods[i].sig, b->methods[i].sig))
            return false;
    return true;
}

bool rt_type_identical(const rtype *a, const rtype *b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    if (is_named(a) || is_named(b))
        return is_named(a) && is_named(b) && named_identical(a, b);
    switch (a->kind) {
    case RK_ARRAY:
        return a->len == b->len && rt_type_identical(a->elem, b->elem);
    case RK_SLICE: case RK_POINTER:
        return rt_type_identical(a->elem, b->elem);
    case RK_CHAN:
        return a->dir == b->dir && rt_type_identical(a->elem, b->elem);
    case RK_MAP:
        return rt_type_identical(a->key, b->key) &&
               rt_type_identical(a->elem, b->elem);
    case RK_FUNC:
        return a->nin == b->nin && a->nout == b->nout &&
               a->variadic == b->variadic &&
               list_identical(a->in, b->in, a->nin) &&
               list_identical(a->out, b->out, a->nout);
    case RK_STRUCT:
        return struct_identical(a, b);
    case RK_INTERFACE:
        return methods_identical(a, b);
    default:
        return false;
    }
}

/* ---- dynamic types ---- */

const rtype *rt_iface_type(const golem_iface *v, bool empty)
{
    if (!v->tab)
        return NULL;
    if (empty)
        return v->tab;
    return ((const itab *)v->tab)->type;
}

/* ---- itab construction ---- */

/* The method of t named name with signature sig, or NULL. */
static const rmethod *find_method(const rtype *t, const char *name,
                                  const rtype *sig)
{
    for (uint32_t i = 0; i < t->nmethods; i++) {
        const rmethod *m = &t->methods[i];
        if (strcmp(m->name, name) == 0)
            return rt_type_identical(m->sig, sig) ? m : NULL;
    }
    return NULL;
}

const char *rt_missing_method(const rtype *inter, const rtype *type)
{
    for (uint32_t i = 0; i < inter->nmethods; i++) {
        const rmethod *im = &inter->methods[i];
        if (!find_method(type, im->name, im->sig))
            return im->name;
    }
    return NULL;
}

/* A new itab for (inter, type), or NULL if type lacks a method. */
static itab *build_itab(const rtype *inter, const rtype *type)
{
    if (rt_missing_method(inter, type))
        return NULL;
    itab *tab = malloc(sizeof(itab) + inter->nmethods * sizeof(void *));
    if (!tab)
        return NULL;
    tab->type = type;
    tab->inter = inter;
    tab->nfun = inter->nmethods;
    for (uint32_t i = 0; i < inter->nmethods; i++)
        tab->fun[i] = find_method(type, inter->methods[i].name,
                                  inter->methods[i].sig)->ifn;
    return tab;
}

/* ---- the itab cache ---- */

typedef struct itab_entry {
    const rtype *inter, *type;
    itab *tab;                /* NULL: type does not implement inter */
    struct itab_entry *all;   /* every entry, for rt_vm_free */
} itab_entry;

typedef struct itab_table {
    uint32_t mask;            /* capacity - 1 (a power of two minus 1) */
    uint32_t count;
    struct itab_table *retired; /* the table this one replaced */
    itab_entry *slots[];
} itab_table;

struct golem_itab_cache {
    pthread_mutex_t lock;
    itab_table *table;        /* read with acquire loads */
    itab_entry *all;
};

static uint32_t pair_hash(const rtype *inter, const rtype *type)
{
    return (uint32_t)rt_hash64((uint64_t)(uintptr_t)type,
                               (uint64_t)(uintptr_t)inter);
}

static itab_table *table_new(uint32_t cap)
{
    itab_table *t = calloc(1, sizeof(itab_table) + cap * sizeof(void *));
    if (t)
        t->mask = cap - 1;
    return t;
}

static struct golem_itab_cache *cache_get(golem_vm *vm)
{
    struct golem_itab_cache *c = __atomic_load_n(&vm->itabs, __ATOMIC_ACQUIRE);
    if (c)
        return c;
    c = calloc(1, sizeof(*c));
    if (!c)
        return NULL;
    pthread_mutex_init(&c->lock, NULL);
    c->table = table_new(64);
    struct golem_itab_cache *expected = NULL;
    if (!__atomic_compare_exchange_n(&vm->itabs, &expected, c, false,
                                     __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        pthread_mutex_destroy(&c->lock);
        free(c->table);
        free(c);
        return expected;
    }
    return c;
}

static itab_entry *table_find(itab_table *t, const rtype *inter,
                              const rtype *type)
{
    for (uint32_t i = pair_hash(inter, type) & t->mask;; i = (i + 1) & t->mask) {
        itab_entry *e = __atomic_load_n(&t->slots[i], __ATOMIC_ACQUIRE);
        if (!e)
            return NULL;
        if (e->inter == inter && e->type == type)
            return e;
    }
}

static void table_put(itab_table *t, itab_entry *e)
{
    uint32_t i = pair_hash(e->inter, e->type) & t->mask;
    while (t->slots[i])
        i = (i + 1) & t->mask;
    __atomic_store_n(&t->slots[i], e, __ATOMIC_RELEASE);
    t->count++;
}

/* Makes room for one more entry (called with the lock held). */
static itab_table *table_reserve(struct golem_itab_cache *c)
{
    itab_table *t = c->table;
    if ((t->count + 1) * 2 <= t->mask + 1)
        return t;
    itab_table *n = table_new((t->mask + 1) * 2);
    if (!n)
        return t->count < t->mask ? t : NULL;
    for (uint32_t i = 0; i <= t->mask; i++)
        if (t->slots[i])
            table_put(n, t->slots[i]);
    n->retired = t;
    __atomic_store_n(&c->table, n, __ATOMIC_RELEASE);
    return n;
}

/* The cached entry for (inter, type), computing it on a miss. NULL only
   when out of memory. */
static itab_entry *cache_lookup(golem_vm *vm, const rtype *inter,
                                const rtype *type)
{
    struct golem_itab_cache *c = cache_get(vm);
    if (!c || !c->table)
        return NULL;
    itab_entry *e = table_find(__atomic_load_n(&c->table, __ATOMIC_ACQUIRE),
                               inter, type);
    if (e)
        return e;
    pthread_mutex_lock(&c->lock);
    e = table_find(c->table, inter, type);
    if (!e) {
        itab_table *t = table_reserve(c);
        e = t ? calloc(1, sizeof(*e)) : NULL;
        if (e) {
            e->inter = inter;
            e->type = type;
            e->tab = build_itab(inter, type);
            e->all = c->all;
            c->all = e;
            table_put(t, e);
        }
    }
    pthread_mutex_unlock(&c->lock);
    return e;
}

const itab *rt_getitab(golem_g *g, const rtype *inter, const rtype *type,
                       bool canfail)
{
    if (!type) {
        if (!canfail)
            rt_panic_typeassert(g, NULL, NULL, inter);
        return NULL;
    }
    itab_entry *e = cache_lookup(g->vm, inter, type);
    const itab *tab = e ? e->tab : build_itab(inter, type);
    if (!tab && !canfail)
        rt_panic_typeassert(g, NULL, type, inter);
    return tab;
}

void rt_vm_free(golem_vm *vm)
{
    struct golem_itab_cache *c = vm->itabs;
    if (!c)
        return;
    for (itab_entry *e = c->all, *next; e; e = next) {
        next = e->all;
        free(e->tab);
        free(e);
    }
    for (itab_table *t = c->table, *next; t; t = next) {
        next = t->retired;
        free(t);
    }
    pthread_mutex_destroy(&c->lock);
    free(c);
    vm->itabs = NULL;
}

/* ---- boxing ---- */

#define SMALL4(n) (n), (n) + 1, (n) + 2, (n) + 3
#define SMALL16(n) SMALL4(n), SMALL4((n) + 4), SMALL4((n) + 8), SMALL4((n) + 12)
#define SMALL64(n) SMALL16(n), SMALL16((n) + 16), SMALL16((n) + 32), \
                   SMALL16((n) + 48)

/* Boxed cells for the values 0..255 of one-slot scalars (little-endian, so
   a load of any width at the cell's start reads the value). */
static const uint64_t small_values[256] = {
    SMALL64(0), SMALL64(64), SMALL64(128), SMALL64(192),
};

/* The cell of every zero-size boxed value. */
static const uint64_t zero_size_cell;

static bool is_scalar_kind(int k)
{
    return k >= RK_BOOL && k <= RK_FLOAT64;
}

void *rt_box(golem_g *g, const rtype *t, const void *val)
{
    if (t->flags & RF_POINTER_SHAPED)
        return *(void *const *)val;
    size_t size = (size_t)t->nslots * 8;
    if (size == 0)
        return (void *)&zero_size_cell;
    if (is_scalar_kind(t->kind)) {
        int width = rkind_natural_size(t->kind);
        uint64_t v = 0;
        memcpy(&v, val, (size_t)width);
        if (v < 256)
            return (void *)&small_values[v];
        size = (size_t)width;
        void *cell = gc_alloc(g, t, 8);
        if (cell)
            memcpy(cell, val, size);
        return cell;
    }
    void *cell = gc_alloc(g, t, size);
    if (cell) {
        gc_bulk_barrier(g, cell, val, t, 1);
        memcpy(cell, val, size);
    }
    return cell;
}
