/*
 * codegen_rtype.c - runtime type descriptors (vm/rtype.h) from compiler
 * types, method tables, and static itabs.
 *
 * Interning. Two types are identical at run time exactly when their rtype
 * pointers are equal, so every descriptor is interned per VM: the compiler
 * type caches its descriptor in type->rt (predeclared types, shared by all
 * VMs, in the VM's cache instead), and since the checker interns
 * composite types, pointer identity of compiler types almost always decides;
 * unnamed struct, func and interface types are additionally looked up with
 * type_identical() in the VM's cache (cg_cache) before a new descriptor is
 * made. A descriptor is registered in t->rt before its element and field
 * descriptors are built, so recursive types (type L struct{ next *L })
 * terminate.
 *
 * Method tables. A named type T (and *T) carries its method set sorted by
 * name: T's holds the value-receiver methods (declared or promoted through
 * embedded fields), *T's holds all of them. Each entry has tfn, the method
 * as declared, and ifn, the function an itab holds: it takes the interface's
 * data word as its one receiver slot (the pointer for pointer-shaped types,
 * else a pointer to the boxed copy) and is the method itself when that is
 * already its receiver, or a wrapper (codegen_wrap.c) that loads the
 * receiver, walks the embedding path and calls the method. An entry whose
 * name no interface of the program has (and that fmt does not call by
 * name) is left NULL and compiled only if such an interface appears later
 * (see "methods reached only through method tables" below).
 *
 * Static itabs. A conversion of a concrete type to a non-empty interface
 * known at compile time gets its itab here, built from the concrete type's
 * method table in the interface's method order and cached per (interface,
 * type) pair.
 *
 * All memory is VM-lifetime (types_alloc).
 */
#include "codegen.h"
#include <stdlib.h>
#include <string.h>

cg_cache *cg_cache_get(golem_vm *vm)
{
    if (!vm->codegen_cache)
        vm->codegen_cache = types_alloc(vm->types, sizeof(cg_cache));
    return vm->codegen_cache;
}

static uint32_t cg_hash_string(const char *s, int kind)
{
    uint32_t h = 2166136261u ^ (uint32_t)kind;
    for (; s && *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static void cg_cache_add(cg_state *st, type *t, rtype *rt)
{
    cg_cache *c = st->cache;
    if (c->n == c->cap) {
        int nc = c->cap ? c->cap * 2 : 64;
        type **nt = types_alloc(st->u, sizeof(type *) * nc);
        rtype **nr = types_alloc(st->u, sizeof(rtype *) * nc);
        if (c->n) {
            memcpy(nt, c->types, sizeof(type *) * c->n);
            memcpy(nr, c->rts, sizeof(rtype *) * c->n);
        }
        c->types = nt;
        c->rts = nr;
        c->cap = nc;
    }
    c->types[c->n] = t;
    c->rts[c->n] = rt;
    c->n++;
}

static rtype *cg_cache_find(cg_state *st, type *t)
{
    cg_cache *c = st->cache;
    for (int i = 0; i < c->n; i++)
        if (c->types[i] == t ||
            (c->types[i]->kind == t->kind && type_identical(c->types[i], t)))
            return c->rts[i];
    return NULL;
}

static uint8_t cg_rtype_flags(type *t)
{
    uint8_t fl = 0;
    if (t->kind == T_NAMED)
        fl |= RF_NAMED;
    if (type_comparable(t))
        fl |= RF_COMPARABLE;
    if (type_is_pointer_shaped(t))
        fl |= RF_POINTER_SHAPED;
    type_layout(t);
    if (t->has_pointers)
        fl |= RF_HAS_POINTERS;
    if (type_is_narrow(t))
        fl |= RF_NARROW;
    return fl;
}

static void cg_rtype_fields(cg_state *st, rtype *rt, type *u)
{
    rfield *fs = types_alloc(st->u, sizeof(rfield) * (u->nfields + 1));
    for (int i = 0; i < u->nfields; i++) {
        fs[i].name = u->fields[i].name;
        fs[i].type = cg_rtype(st, u->fields[i].type);
        fs[i].slot = u->fields[i].slot;
        fs[i].embedded = u->fields[i].embedded;
        fs[i].exported = u->fields[i].exported;
    }
    rt->fields = fs;
    rt->nfields = u->nfields;
}

static const rtype *const *cg_rtype_list(cg_state *st, type **ts, int n)
{
    const rtype **l = types_alloc(st->u, sizeof(rtype *) * (n + 1));
    for (int i = 0; i < n; i++)
        l[i] = cg_rtype(st, ts[i]);
    return l;
}

/* ---- methods reached only through method tables ----
 *
 * A concrete type's method table is consulted at run time only to build
 * itabs for interfaces (whose descriptors codegen makes) and by natives
 * that call String, Error, GoString or Format. So a method whose name no
 * interface of the program has is left out (NULL tfn/ifn) and recorded;
 * when an interface with that name appears, the method is compiled
 * (cg_resolve_deferred_methods, run by cg_itab and at the end of
 * cg_drain_instances until nothing is left to do). hello.go would
 * otherwise compile every method of *os.File. */

struct cg_deferred {
    rmethod *slot;
    type *t;
    cg_mentry e;
};

static bool cg_method_name_used(cg_state *st, const char *name)
{
    static const char *const native_names[] = {"String", "Error",
                                               "GoString", "Format"};
    for (size_t i = 0; i < sizeof native_names / sizeof *native_names; i++)
        if (native_names[i][0] == name[0] && strcmp(native_names[i], name) == 0)
            return true;
    for (int i = 0; i < st->niface_names; i++) {
        const char *n = st->iface_names[i]; /* names are mostly interned */
        if (n == name || (n[0] == name[0] && strcmp(n, name) == 0))
            return true;
    }
    return false;
}

static void cg_note_iface_names(cg_state *st, type *u)
{
    for (int i = 0; i < u->nmethods; i++) {
        const char *name = u->methods[i].name;
        if (cg_method_name_used(st, name))
            continue;
        if (st->niface_names == st->capiface_names) {
            int cap = st->capiface_names ? st->capiface_names * 2 : 32;
            const char **n = realloc(st->iface_names, sizeof *n * cap);
            if (!n) {
                st->failed = true;
                return;
            }
            st->iface_names = n;
            st->capiface_names = cap;
        }
        st->iface_names[st->niface_names++] = name;
    }
}

static void cg_fill_method(cg_state *st, rmethod *slot, type *t, cg_mentry *e)
{
    slot->tfn = e->iface ? NULL : cg_mentry_proto(st, t, e);
    slot->ifn = cg_method_ifn(st, t, e);
}

static void cg_defer_method(cg_state *st, rmethod *slot, type *t,
                            const cg_mentry *e)
{
    if (st->ndeferred == st->capdeferred) {
        int cap = st->capdeferred ? st->capdeferred * 2 : 32;
        struct cg_deferred *n = realloc(st->deferred, sizeof *n * cap);
        if (!n) { /* compile it now instead */
            cg_mentry copy = *e;
            cg_fill_method(st, slot, t, &copy);
            return;
        }
        st->deferred = n;
        st->capdeferred = cap;
    }
    st->deferred[st->ndeferred++] = (struct cg_deferred){slot, t, *e};
}

bool cg_resolve_deferred_methods(cg_state *st)
{
    bool any = false;
    for (int i = 0; i < st->ndeferred;) {
        struct cg_deferred d = st->deferred[i];
        if (!cg_method_name_used(st, d.e.name)) {
            i++;
            continue;
        }
        st->deferred[i] = st->deferred[--st->ndeferred];
        cg_fill_method(st, d.slot, d.t, &d.e); /* may defer more */
        any = true;
    }
    return any;
}

static void cg_rtype_iface_methods(cg_state *st, rtype *rt, type *u)
{
    cg_note_iface_names(st, u);
    rmethod *ms = types_alloc(st->u, sizeof(rmethod) * (u->nmethods + 1));
    for (int i = 0; i < u->nmethods; i++) {
        ms[i].name = u->methods[i].name;
        ms[i].sig = cg_rtype(st, u->methods[i].sig);
    }
    rt->methods = ms;
    rt->nmethods = u->nmethods;
}

/* Method table of a concrete type (see the header comment). */
static void cg_rtype_concrete_methods(cg_state *st, rtype *rt, type *t)
{
    cg_mset ms;
    cg_method_set(st, t, &ms);
    if (ms.n == 0)
        return;
    rmethod *out = types_alloc(st->u, sizeof(rmethod) * ms.n);
    for (int i = 0; i < ms.n; i++) {
        cg_mentry *e = &ms.e[i];
        out[i].name = e->name;
        out[i].sig = cg_rtype(st, e->m->sig);
        if (cg_method_name_used(st, e->name))
            cg_fill_method(st, &out[i], t, e);
        else
            cg_defer_method(st, &out[i], t, e);
    }
    rt->methods = out;
    rt->nmethods = ms.n;
    cg_mset_free(&ms);
}

static void cg_rtype_fill(cg_state *st, rtype *rt, type *t)
{
    type *u = type_under(t);
    switch (u->kind) {
    case T_ARRAY:
        rt->elem = cg_rtype(st, u->elem);
        rt->len = u->len;
        break;
    case T_SLICE:
    case T_POINTER:
        rt->elem = cg_rtype(st, u->elem);
        break;
    case T_CHAN:
        rt->elem = cg_rtype(st, u->elem);
        rt->dir = u->dir;
        break;
    case T_MAP:
        rt->key = cg_rtype(st, u->key);
        rt->elem = cg_rtype(st, u->elem);
        break;
    case T_STRUCT:
        cg_rtype_fields(st, rt, u);
        break;
    case T_FUNC:
        st->sig_depth++;
        rt->in = cg_rtype_list(st, u->params, u->nparams);
        rt->out = cg_rtype_list(st, u->results, u->nresults);
        st->sig_depth--;
        rt->nin = u->nparams;
        rt->nout = u->nresults;
        rt->variadic = u->variadic;
        break;
    case T_INTERFACE:
        cg_rtype_iface_methods(st, rt, u);
        break;
    default:
        break;
    }
    rt->underlying = t->kind == T_NAMED ? cg_rtype(st, u) : rt;
    if (st->sig_depth > 0) {
        rt->flags |= RF_METHODS_PENDING;
        return;
    }
    if (u->kind != T_INTERFACE)
        cg_rtype_concrete_methods(st, rt, t);
}

/* A descriptor first made for a function signature's parameter or result
   has no method table yet (building it would compile every method of every
   type any signature mentions: hello.go would compile most of package
   time). When the type is used as a value, the table is built, and so are
   those of the types it contains, which fmt may reach through it. */
static void cg_rtype_complete(cg_state *st, type *t, rtype *rt)
{
    rt->flags &= (uint8_t)~RF_METHODS_PENDING;
    type *u = type_under(t);
    switch (u->kind) {
    case T_ARRAY: case T_SLICE: case T_POINTER: case T_CHAN:
        cg_rtype(st, u->elem);
        break;
    case T_MAP:
        cg_rtype(st, u->key);
        cg_rtype(st, u->elem);
        break;
    case T_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            cg_rtype(st, u->fields[i].type);
        break;
    default:
        break;
    }
    if (t->kind == T_NAMED)
        cg_rtype(st, u);
    if (u->kind != T_INTERFACE)
        cg_rtype_concrete_methods(st, rt, t);
}

/* A cached descriptor, completed first when it is used as a value. */
static const rtype *cg_rtype_cached(cg_state *st, type *t, rtype *rt)
{
    if ((rt->flags & RF_METHODS_PENDING) && st->sig_depth == 0)
        cg_rtype_complete(st, t, rt);
    return rt;
}

/* Where t's descriptor is cached: on the type itself, except for the
   predeclared types, which every VM shares, whose descriptors live in this
   VM's cache. */
static rtype **cg_rtype_slot(cg_state *st, type *t)
{
    if (type_is_predeclared(t) && t->id < sizeof st->cache->predeclared /
                                               sizeof *st->cache->predeclared)
        return &st->cache->predeclared[t->id];
    return &t->rt;
}

const rtype *cg_rtype(cg_state *st, type *t)
{
    if (!t)
        return NULL;
    if (t->kind == T_UNTYPED_NIL)
        return NULL;
    if (type_is_untyped(t))
        t = type_default(t);
    t = type_canonical_basic(t); /* byte/rune share uint8/int32's */
    rtype **cached = cg_rtype_slot(st, t);
    if (*cached)
        return cg_rtype_cached(st, t, *cached);
    rtype *found = cg_cache_find(st, t);
    if (found) {
        *cached = found;
        return cg_rtype_cached(st, t, found);
    }
    type *u = type_under(t);
    type_layout(t);
    rtype *rt = types_alloc(st->u, sizeof(rtype));
    *cached = rt;
    cg_cache_add(st, t, rt);
    rt->kind = (uint8_t)u->kind;
    rt->flags = cg_rtype_flags(t);
    rt->nslots = t->nslots;
    rt->stride = type_stride(t);
    rt->string = type_string(st->u, t);
    rt->hash = cg_hash_string(rt->string, u->kind);
    rt->ptrmask = t->ptrmask;
    if (t->kind == T_NAMED) {
        rt->name = t->name;
        rt->pkgpath = t->pkg ? t->pkg->path : NULL;
    }
    cg_rtype_fill(st, rt, t);
    vm_add_rtype(st->vm, rt);
    return rt;
}

/* ---- static itabs ---- */

const itab *cg_itab(cg_state *st, type *iface, type *concrete)
{
    const rtype *ri = cg_rtype(st, iface);
    const rtype *rc = cg_rtype(st, concrete);
    cg_cache *c = st->cache;
    for (int i = 0; i < c->nitabs; i++)
        if (c->itabs[i].iface == ri && c->itabs[i].type == rc)
            return c->itabs[i].tab;
    itab *tab = types_alloc(st->u, sizeof(itab) +
                                       sizeof(golem_proto *) * ri->nmethods);
    tab->type = rc;
    tab->inter = ri;
    tab->nfun = ri->nmethods;
    cg_resolve_deferred_methods(st); /* rc's methods that ri names */
    for (uint32_t i = 0; i < ri->nmethods; i++) {
        for (uint32_t j = 0; j < rc->nmethods; j++)
            if (strcmp(rc->methods[j].name, ri->methods[i].name) == 0) {
                tab->fun[i] = rc->methods[j].ifn;
                break;
            }
    }
    if (c->nitabs == c->capitabs) {
        int nc = c->capitabs ? c->capitabs * 2 : 32;
        void *n = types_alloc(st->u, sizeof(*c->itabs) * nc);
        if (c->nitabs)
            memcpy(n, c->itabs, sizeof(*c->itabs) * c->nitabs);
        c->itabs = n;
        c->capitabs = nc;
    }
    c->itabs[c->nitabs].iface = ri;
    c->itabs[c->nitabs].type = rc;
    c->itabs[c->nitabs].tab = tab;
    c->nitabs++;
    return tab;
}
