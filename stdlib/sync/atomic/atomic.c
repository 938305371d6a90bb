/*
 * atomic.c - package sync/atomic's functions: sequentially consistent
 * atomic add, load, store, swap and compare-and-swap on 32- and 64-bit
 * integers, with the C11 __atomic builtins.
 *
 * The pointer argument points at the variable in memory form, i.e. an
 * int32 or uint32 is 4 bytes (compiler/types.h), so the operation has the
 * width of the Go type. Results are returned in register form: signed
 * 32-bit values sign-extended, unsigned ones zero-extended. A nil pointer
 * panics as Go's nil dereference does. Go's memory model makes these
 * operations sequentially consistent, hence __ATOMIC_SEQ_CST throughout.
 *
 * sameType(a, b any) reports whether two interface values have the same
 * dynamic type (atomic.Value's consistency check).
 */
#include "natives.h"

#define NILCHECK(p)                                                            \
    do {                                                                       \
        if ((p) == NULL)                                                       \
            return rt_panic_nil_deref(g);                                      \
    } while (0)

#define SC __ATOMIC_SEQ_CST

/* ---- int32 ---- */

static int atomic_AddInt32(golem_g *g, slot *args)
{
    int32_t *p = args[0].p;
    NILCHECK(p);
    args[0].i = __atomic_add_fetch(p, (int32_t)args[1].i, SC);
    return 0;
}

static int atomic_LoadInt32(golem_g *g, slot *args)
{
    int32_t *p = args[0].p;
    NILCHECK(p);
    args[0].i = __atomic_load_n(p, SC);
    return 0;
}

static int atomic_StoreInt32(golem_g *g, slot *args)
{
    int32_t *p = args[0].p;
    NILCHECK(p);
    __atomic_store_n(p, (int32_t)args[1].i, SC);
    return 0;
}

static int atomic_SwapInt32(golem_g *g, slot *args)
{
    int32_t *p = args[0].p;
    NILCHECK(p);
    args[0].i = __atomic_exchange_n(p, (int32_t)args[1].i, SC);
    return 0;
}

static int atomic_CompareAndSwapInt32(golem_g *g, slot *args)
{
    int32_t *p = args[0].p;
    NILCHECK(p);
    int32_t old = (int32_t)args[1].i;
    args[0].u = __atomic_compare_exchange_n(p, &old, (int32_t)args[2].i, false,
                                            SC, SC);
    return 0;
}

/* ---- int64 ---- */

static int atomic_AddInt64(golem_g *g, slot *args)
{
    int64_t *p = args[0].p;
    NILCHECK(p);
    args[0].i = __atomic_add_fetch(p, (int64_t)args[1].i, SC);
    return 0;
}

static int atomic_LoadInt64(golem_g *g, slot *args)
{
    int64_t *p = args[0].p;
    NILCHECK(p);
    args[0].i = __atomic_load_n(p, SC);
    return 0;
}

static int atomic_StoreInt64(golem_g *g, slot *args)
{
    int64_t *p = args[0].p;
    NILCHECK(p);
    __atomic_store_n(p, (int64_t)args[1].i, SC);
    return 0;
}

static int atomic_SwapInt64(golem_g *g, slot *args)
{
    int64_t *p = args[0].p;
    NILCHECK(p);
    args[0].i = __atomic_exchange_n(p, (int64_t)args[1].i, SC);
    return 0;
}

static int atomic_CompareAndSwapInt64(golem_g *g, slot *args)
{
    int64_t *p = args[0].p;
    NILCHECK(p);
    int64_t old = (int64_t)args[1].i;
    args[0].u = __atomic_compare_exchange_n(p, &old, (int64_t)args[2].i, false,
                                            SC, SC);
    return 0;
}

/* ---- uint32 ---- */

static int atomic_AddUint32(golem_g *g, slot *args)
{
    uint32_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_add_fetch(p, (uint32_t)args[1].u, SC);
    return 0;
}

static int atomic_LoadUint32(golem_g *g, slot *args)
{
    uint32_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_load_n(p, SC);
    return 0;
}

static int atomic_StoreUint32(golem_g *g, slot *args)
{
    uint32_t *p = args[0].p;
    NILCHECK(p);
    __atomic_store_n(p, (uint32_t)args[1].u, SC);
    return 0;
}

static int atomic_SwapUint32(golem_g *g, slot *args)
{
    uint32_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_exchange_n(p, (uint32_t)args[1].u, SC);
    return 0;
}

static int atomic_CompareAndSwapUint32(golem_g *g, slot *args)
{
    uint32_t *p = args[0].p;
    NILCHECK(p);
    uint32_t old = (uint32_t)args[1].u;
    args[0].u = __atomic_compare_exchange_n(p, &old, (uint32_t)args[2].u, false,
                                            SC, SC);
    return 0;
}

/* ---- uint64 ---- */

static int atomic_AddUint64(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_add_fetch(p, (uint64_t)args[1].u, SC);
    return 0;
}

static int atomic_LoadUint64(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_load_n(p, SC);
    return 0;
}

static int atomic_StoreUint64(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    __atomic_store_n(p, (uint64_t)args[1].u, SC);
    return 0;
}

static int atomic_SwapUint64(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_exchange_n(p, (uint64_t)args[1].u, SC);
    return 0;
}

static int atomic_CompareAndSwapUint64(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    uint64_t old = (uint64_t)args[1].u;
    args[0].u = __atomic_compare_exchange_n(p, &old, (uint64_t)args[2].u, false,
                                            SC, SC);
    return 0;
}

/* ---- uintptr ---- */

static int atomic_AddUintptr(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_add_fetch(p, (uint64_t)args[1].u, SC);
    return 0;
}

static int atomic_LoadUintptr(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_load_n(p, SC);
    return 0;
}

static int atomic_StoreUintptr(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    __atomic_store_n(p, (uint64_t)args[1].u, SC);
    return 0;
}

static int atomic_SwapUintptr(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    args[0].u = __atomic_exchange_n(p, (uint64_t)args[1].u, SC);
    return 0;
}

static int atomic_CompareAndSwapUintptr(golem_g *g, slot *args)
{
    uint64_t *p = args[0].p;
    NILCHECK(p);
    uint64_t old = (uint64_t)args[1].u;
    args[0].u = __atomic_compare_exchange_n(p, &old, (uint64_t)args[2].u, false,
                                            SC, SC);
    return 0;
}

/* func sameType(a, b any) bool: word 0 of an empty interface is the
   dynamic type's descriptor. */
static int atomic_sameType(golem_g *g, slot *args)
{
    (void)g;
    const rtype *a = args[0].p, *b = args[2].p;
    args[0].u = a == b || (a != NULL && b != NULL && rt_type_identical(a, b));
    return 0;
}
const stdlib_native atomic_natives[] = {
    {"sync/atomic.AddInt32", atomic_AddInt32},
    {"sync/atomic.AddInt64", atomic_AddInt64},
    {"sync/atomic.AddUint32", atomic_AddUint32},
    {"sync/atomic.AddUint64", atomic_AddUint64},
    {"sync/atomic.AddUintptr", atomic_AddUintptr},
    {"sync/atomic.CompareAndSwapInt32", atomic_CompareAndSwapInt32},
    {"sync/atomic.CompareAndSwapInt64", atomic_CompareAndSwapInt64},
    {"sync/atomic.CompareAndSwapUint32", atomic_CompareAndSwapUint32},
    {"sync/atomic.CompareAndSwapUint64", atomic_CompareAndSwapUint64},
    {"sync/atomic.CompareAndSwapUintptr", atomic_CompareAndSwapUintptr},
    {"sync/atomic.LoadInt32", atomic_LoadInt32},
    {"sync/atomic.LoadInt64", atomic_LoadInt64},
    {"sync/atomic.LoadUint32", atomic_LoadUint32},
    {"sync/atomic.LoadUint64", atomic_LoadUint64},
    {"sync/atomic.LoadUintptr", atomic_LoadUintptr},
    {"sync/atomic.StoreInt32", atomic_StoreInt32},
    {"sync/atomic.StoreInt64", atomic_StoreInt64},
    {"sync/atomic.StoreUint32", atomic_StoreUint32},
    {"sync/atomic.StoreUint64", atomic_StoreUint64},
    {"sync/atomic.StoreUintptr", atomic_StoreUintptr},
    {"sync/atomic.SwapInt32", atomic_SwapInt32},
    {"sync/atomic.SwapInt64", atomic_SwapInt64},
    {"sync/atomic.SwapUint32", atomic_SwapUint32},
    {"sync/atomic.SwapUint64", atomic_SwapUint64},
    {"sync/atomic.SwapUintptr", atomic_SwapUintptr},
    {"sync/atomic.sameType", atomic_sameType},
    {NULL, NULL},
};
