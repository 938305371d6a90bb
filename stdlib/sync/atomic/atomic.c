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

/* The five operations on one Go integer type T (C type CT): the result
   goes back through the slot field F, .i for signed types (sign-extended
   by the assignment) and .u for unsigned ones (zero-extended). */
#define ATOMIC_OPS(T, CT, F)                                                   \
    static int atomic_Add##T(golem_g *g, slot *args)                           \
    {                                                                          \
        CT *p = args[0].p;                                                     \
        NILCHECK(p);                                                           \
        args[0].F = __atomic_add_fetch(p, (CT)args[1].F, SC);                  \
        return 0;                                                              \
    }                                                                          \
    static int atomic_Load##T(golem_g *g, slot *args)                          \
    {                                                                          \
        CT *p = args[0].p;                                                     \
        NILCHECK(p);                                                           \
        args[0].F = __atomic_load_n(p, SC);                                    \
        return 0;                                                              \
    }                                                                          \
    static int atomic_Store##T(golem_g *g, slot *args)                         \
    {                                                                          \
        CT *p = args[0].p;                                                     \
        NILCHECK(p);                                                           \
        __atomic_store_n(p, (CT)args[1].F, SC);                                \
        return 0;                                                              \
    }                                                                          \
    static int atomic_Swap##T(golem_g *g, slot *args)                          \
    {                                                                          \
        CT *p = args[0].p;                                                     \
        NILCHECK(p);                                                           \
        args[0].F = __atomic_exchange_n(p, (CT)args[1].F, SC);                 \
        return 0;                                                              \
    }                                                                          \
    static int atomic_CompareAndSwap##T(golem_g *g, slot *args)                \
    {                                                                          \
        CT *p = args[0].p;                                                     \
        NILCHECK(p);                                                           \
        CT old = (CT)args[1].F;                                                \
        args[0].u = __atomic_compare_exchange_n(p, &old, (CT)args[2].F, false, \
                                                SC, SC);                       \
        return 0;                                                              \
    }

ATOMIC_OPS(Int32, int32_t, i)
ATOMIC_OPS(Int64, int64_t, i)
ATOMIC_OPS(Uint32, uint32_t, u)
ATOMIC_OPS(Uint64, uint64_t, u)
ATOMIC_OPS(Uintptr, uint64_t, u)

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
