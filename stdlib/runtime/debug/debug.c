/*
 * debug.c - package runtime/debug's natives: the collector's settings
 * (vm/mgc.c keeps them in the VM's collector state; GOGC and GOMEMLIMIT
 * give their initial values).
 */
#include "natives.h"
#include "mgc.h"

/* func SetGCPercent(percent int) int */
static int debug_SetGCPercent(golem_g *g, slot *args)
{
    args[0].i = gc_set_percent(g->vm, args[0].i);
    return 0;
}

/* func SetMemoryLimit(limit int64) int64 */
static int debug_SetMemoryLimit(golem_g *g, slot *args)
{
    args[0].i = gc_set_memory_limit(g->vm, args[0].i);
    return 0;
}

/* func FreeOSMemory() */
static int debug_FreeOSMemory(golem_g *g, slot *args)
{
    (void)args;
    gc_free_os_memory(g);
    return 0;
}

const stdlib_native debug_natives[] = {
    {"runtime/debug.FreeOSMemory", debug_FreeOSMemory},
    {"runtime/debug.SetGCPercent", debug_SetGCPercent},
    {"runtime/debug.SetMemoryLimit", debug_SetMemoryLimit},
    {NULL, NULL},
};
