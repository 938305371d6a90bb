/*
 * mbarrier.c - the write barrier (Go's hybrid barrier; vm/mgc.h).
 *
 * While the collector marks, every pointer store into heap or global
 * memory shades the pointer it overwrites (so an object reachable when
 * marking began cannot be hidden by moving its only reference out of the
 * heap) and the pointer it writes (so a pointer taken from a goroutine
 * stack that has not been scanned yet cannot be hidden inside an object
 * that is already black). Stacks are scanned once per cycle and never
 * rescanned; objects allocated during marking are black.
 *
 * Bulk copies of typed values walk the type's pointer mask: one bit per
 * 8-byte slot of a value, the value repeating every t->nslots slots.
 */
#include "mgc.h"
#include "rtype.h"
#include <string.h>

void gc_write_barrier_slow(golem_g *g, void **slot, void *val)
{
    gc_shade(g, *slot);
    gc_shade(g, val);
}

void gc_bulk_barrier(golem_g *g, void *dst, const void *src,
                     const rtype *t, size_t count)
{
    if (!gc_barrier_on(g->vm) || t == NULL || !(t->flags & RF_HAS_POINTERS))
        return;
    void **d = dst;
    void *const *s = src;
    for (size_t i = 0; i < count; i++) {
        for (uint32_t k = 0; k < t->nslots; k++) {
            if (!t->ptrmask[k])
                continue;
            size_t w = i * t->nslots + k;
            gc_shade(g, d[w]);
            if (s != NULL)
                gc_shade(g, s[w]);
        }
    }
}

void gc_typed_memmove(golem_g *g, const rtype *t, void *dst, const void *src,
                      size_t count)
{
    if (dst == src || count == 0)
        return;
    gc_bulk_barrier(g, dst, src, t, count);
    memmove(dst, src, count * (size_t)t->stride);
}
