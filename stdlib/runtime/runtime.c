/*
 * runtime.c - package runtime's natives: scheduler controls and counts
 * (vm/sched.c, vm/proc.c).
 *
 * Gosched sets the running goroutine's preempt flag: the interpreter
 * yields at its next safepoint (the next call or loop back-edge), which is
 * as soon as Gosched returns to its caller's next poll.
 */
#include "natives.h"
#include "gosched.h"
#include "proc.h"

#include <unistd.h>

/* func Gosched() */
static int runtime_Gosched(golem_g *g, slot *args)
{
    (void)args;
    __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
    return 0;
}

/* func NumGoroutine() int: goroutines started and not yet finished
   (vm/proc.c keeps the count). */
static int runtime_NumGoroutine(golem_g *g, slot *args)
{
    args[0].i = proc_num_goroutine(g->vm);
    return 0;
}

/* func NumCPU() int */
static int runtime_NumCPU(golem_g *g, slot *args)
{
    (void)g;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    args[0].i = n < 1 ? 1 : n;
    return 0;
}

/* func GOMAXPROCS(n int) int: n > 0 resizes the set of Ps with the world
   stopped (vm/sched.c sched_set_procs); returns the previous count. */
static int runtime_GOMAXPROCS(golem_g *g, slot *args)
{
    sched *s = g->vm->sched;
    int64_t n = args[0].i;
    if (n > SCHED_MAX_PROCS)
        n = SCHED_MAX_PROCS;
    args[0].i = s != NULL ? sched_set_procs(s, (int)n) : 1;
    return 0;
}

/* func Goexit(): unwinds like a panic that recover() cannot stop (a
   golem_panic marked goexit, value nil), running every deferred call;
   vm/proc.c ends the goroutine normally when the unwinding is done. */
static int runtime_Goexit(golem_g *g, slot *args)
{
    (void)args;
    rt_panic(g, NULL, NULL);
    if (g->panic == NULL)
        return -1;
    g->panic->goexit = true;
    g->goexit = true;
    return -1;
}

const stdlib_native runtime_natives[] = {
    {"runtime.GOMAXPROCS", runtime_GOMAXPROCS},
    {"runtime.Goexit", runtime_Goexit},
    {"runtime.Gosched", runtime_Gosched},
    {"runtime.NumCPU", runtime_NumCPU},
    {"runtime.NumGoroutine", runtime_NumGoroutine},
    {NULL, NULL},
};
