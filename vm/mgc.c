/*
 * mgc.c - the garbage collector (placeholder until the collector lands:
 * marking is never on, so nothing is ever shaded).
 */
#include "mgc.h"

void gc_shade(golem_g *g, const void *p)
{
    (void)g;
    (void)p;
}
