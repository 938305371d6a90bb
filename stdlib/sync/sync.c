/*
 * sync.c - the runtime hooks of package sync: semaphores (vm/sema.c) on
 * which Mutex, RWMutex, WaitGroup and Cond are written in Go, and the
 * fatal errors they report.
 *
 * runtime_Semacquire may park its goroutine: it returns COOP_BLOCK, the
 * interpreter parks the G and calls the native again when it resumes
 * (vm/vm.h's blocking protocol), and sema_acquire then tries again.
 */
#include "natives.h"
#include "sema.h"

#include <string.h>

/* Wait reasons, indexed by the reason argument (stdlib/sync/sync.go). */
static const char *const sema_reasons[] = {
    "semacquire",
    "sync.Mutex.Lock",
    "sync.RWMutex.RLock",
    "sync.RWMutex.Lock",
    "sync.Cond.Wait",
};

/* func runtime_Semacquire(addr *uint32, reason int) */
static int sync_runtime_Semacquire(golem_g *g, slot *args)
{
    uint32_t *addr = args[0].p;
    if (addr == NULL)
        return rt_panic_nil_deref(g);
    int64_t r = args[1].i;
    const char *why = r >= 0 && r < (int64_t)(sizeof sema_reasons /
                                              sizeof sema_reasons[0])
                          ? sema_reasons[r]
                          : "semacquire";
    return sema_acquire(g, addr, why);
}

/* func runtime_Semrelease(addr *uint32) */
static int sync_runtime_Semrelease(golem_g *g, slot *args)
{
    uint32_t *addr = args[0].p;
    if (addr == NULL)
        return rt_panic_nil_deref(g);
    sema_release(g->vm, addr);
    return 0;
}

/* func fatal(s string): Go's throw ("fatal error: sync: ..."). */
static int sync_fatal(golem_g *g, slot *args)
{
    golem_string s = native_arg_string(args, 0);
    char msg[256];
    size_t n = s.len < (int64_t)sizeof msg - 1 ? (size_t)s.len
                                                : sizeof msg - 1;
    memcpy(msg, s.data, n);
    msg[n] = 0;
    return rt_fatal(g, msg);
}

const stdlib_native sync_natives[] = {
    {"sync.fatal", sync_fatal},
    {"sync.runtime_Semacquire", sync_runtime_Semacquire},
    {"sync.runtime_Semrelease", sync_runtime_Semrelease},
    {NULL, NULL},
};
