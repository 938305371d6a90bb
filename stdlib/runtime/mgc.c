/*
 * mgc.c - package runtime's collector natives (runtime.GC, ReadMemStats,
 * SetFinalizer) over vm/mgc.c.
 *
 * ReadMemStats fills the caller's MemStats in place. The struct's memory
 * layout follows compiler/types.h: every field starts at an 8-byte slot,
 * arrays of uint64 are packed at stride 8, a uint32 or bool sits at the
 * start of its slot. MS_* below are the slot indexes of the fields in
 * stdlib/runtime/mstats.go's declaration order (tests/runtime/gc_memstats.go
 * checks them through the invariants Go guarantees).
 */
#include "natives.h"
#include "mgc.h"
#include <stdio.h>
#include <string.h>

enum {
    MS_ALLOC = 0, MS_TOTAL_ALLOC, MS_SYS, MS_LOOKUPS, MS_MALLOCS, MS_FREES,
    MS_HEAP_ALLOC, MS_HEAP_SYS, MS_HEAP_IDLE, MS_HEAP_INUSE,
    MS_HEAP_RELEASED, MS_HEAP_OBJECTS, MS_STACK_INUSE, MS_STACK_SYS,
    MS_MSPAN_INUSE, MS_MSPAN_SYS, MS_MCACHE_INUSE, MS_MCACHE_SYS,
    MS_BUCKHASH_SYS, MS_GC_SYS, MS_OTHER_SYS, MS_NEXT_GC, MS_LAST_GC,
    MS_PAUSE_TOTAL_NS, MS_PAUSE_NS, MS_PAUSE_END = MS_PAUSE_NS + 256,
    MS_NUM_GC = MS_PAUSE_END + 256, MS_NUM_FORCED_GC, MS_GC_CPU_FRACTION,
    MS_ENABLE_GC, MS_DEBUG_GC,
    /* BySize: [61]struct{Size uint32; Mallocs, Frees uint64}, 3 slots
       each */
    MS_BY_SIZE, MS_BY_SIZE_STRIDE = 3,
};

/* func GC() */
static int runtime_GC(golem_g *g, slot *args)
{
    (void)args;
    gc_collect_forced(g);
    return 0;
}

static void put_u64(slot *m, int field, uint64_t v)
{
    m[field].u = v;
}

/* func ReadMemStats(m *MemStats) */
static int runtime_ReadMemStats(golem_g *g, slot *args)
{
    slot *m = args[0].p;
    if (m == NULL)
        return rt_panic_nil_deref(g);
    gc_memstats st;
    gc_read_memstats(g, &st);
    put_u64(m, MS_ALLOC, st.alloc);
    put_u64(m, MS_TOTAL_ALLOC, st.total_alloc);
    put_u64(m, MS_SYS, st.sys);
    put_u64(m, MS_MALLOCS, st.mallocs);
    put_u64(m, MS_FREES, st.frees);
    put_u64(m, MS_HEAP_ALLOC, st.heap_alloc);
    put_u64(m, MS_HEAP_SYS, st.heap_sys);
    put_u64(m, MS_HEAP_IDLE, st.heap_idle);
    put_u64(m, MS_HEAP_INUSE, st.heap_inuse);
    put_u64(m, MS_HEAP_RELEASED, st.heap_released);
    put_u64(m, MS_HEAP_OBJECTS, st.heap_objects);
    put_u64(m, MS_STACK_INUSE, st.stack_inuse);
    put_u64(m, MS_STACK_SYS, st.stack_sys);
    put_u64(m, MS_MSPAN_INUSE, st.mspan_inuse);
    put_u64(m, MS_MSPAN_SYS, st.mspan_sys);
    put_u64(m, MS_MCACHE_INUSE, st.mcache_inuse);
    put_u64(m, MS_MCACHE_SYS, st.mcache_sys);
    put_u64(m, MS_GC_SYS, st.gc_sys);
    put_u64(m, MS_OTHER_SYS, st.other_sys);
    put_u64(m, MS_NEXT_GC, st.next_gc);
    put_u64(m, MS_LAST_GC, st.last_gc);
    put_u64(m, MS_PAUSE_TOTAL_NS, st.pause_total_ns);
    memcpy(&m[MS_PAUSE_NS], st.pause_ns, sizeof st.pause_ns);
    memcpy(&m[MS_PAUSE_END], st.pause_end, sizeof st.pause_end);
    uint32_t n32 = st.num_gc;
    memcpy(&m[MS_NUM_GC], &n32, 4);
    n32 = st.num_forced_gc;
    memcpy(&m[MS_NUM_FORCED_GC], &n32, 4);
    m[MS_GC_CPU_FRACTION].f = st.gc_cpu_fraction;
    *(uint8_t *)&m[MS_ENABLE_GC] = st.enable_gc;
    for (int k = 0; k < GC_MEMSTATS_NBYSIZE; k++) {
        slot *e = &m[MS_BY_SIZE + k * MS_BY_SIZE_STRIDE];
        n32 = st.by_size[k].size;
        memcpy(&e[0], &n32, 4);
        e[1].u = st.by_size[k].mallocs;
        e[2].u = st.by_size[k].frees;
    }
    return 0;
}

/* func SetFinalizer(obj any, finalizer any) */
static int runtime_SetFinalizer(golem_g *g, slot *args)
{
    const rtype *ot = args[0].p, *ft = args[2].p;
    char msg[300];
    if (ot == NULL)
        return rt_fatal(g, "runtime.SetFinalizer: first argument is nil");
    if (ot->kind != RK_POINTER) {
        snprintf(msg, sizeof msg,
                 "runtime.SetFinalizer: first argument is %s, not pointer",
                 ot->string ? ot->string : "?");
        return rt_fatal(g, msg);
    }
    if (ft != NULL && ft->kind != RK_FUNC) {
        snprintf(msg, sizeof msg,
                 "runtime.SetFinalizer: second argument is %s, not a "
                 "function",
                 ft->string ? ft->string : "?");
        return rt_fatal(g, msg);
    }
    const char *err =
        gc_set_finalizer(g, ot, args[1].p, ft != NULL ? args[3].p : NULL);
    return err != NULL ? rt_fatal(g, err) : 0;
}

const stdlib_native runtime_gc_natives[] = {
    {"runtime.GC", runtime_GC},
    {"runtime.ReadMemStats", runtime_ReadMemStats},
    {"runtime.SetFinalizer", runtime_SetFinalizer},
    {NULL, NULL},
};
