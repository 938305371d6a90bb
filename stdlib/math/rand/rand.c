/*
 * rand.c - package math/rand's one native: a start-up seed. The generator
 * itself is Go code (rand.go); only the seed needs the outside world. It
 * mixes the VM's fast random source with the clock so that two programs
 * started in the same instant still differ.
 */
#include "natives.h"

#include <time.h>

/* func seedNow() int64 */
static int rand_seedNow(golem_g *g, slot *args)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t t = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    args[0].u = t ^ rt_fastrand(g->vm);
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native rand_natives[] = {
    {"math/rand.seedNow", rand_seedNow},
    {NULL, NULL},
};
