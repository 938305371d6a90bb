/*
 * mbarrier.c - the write barrier (Go's hybrid barrier; vm/mgc.h).
 *
 * While the collector marks, every pointer store into heap or global
 * memory shades the pointer it overwrites (so an object reachable when
 * marking began cannot be hidden by moving its only reference out of the
 * heap) and the pointer it writes (so a pointer taken from a goroutine
 * stack that has not been scanned yet cannot be hidden inside an object
 * that is already black). Stacks are scanned once per cycle and never
 * rescanned; objects allocated during marking are black, which is why
 * stores into freshly allocated objects need the barrier too (the value
 * written may live only on an unscanned stack).
 *
 * Bulk copies of typed values walk the type's pointer mask: one bit per
 * 8-byte slot of a value, the value repeating every t->nslots slots (a
 * type with pointers always has stride nslots*8). The type test comes
 * before anything touches g, so pointer-free copies may pass g == NULL
 * (a timer thread sending on a channel of time.Time).
 *
 * Who calls what (docs/runtime.md "The write barrier"): the interpreter's
 * ST_P/ST_NP/SST_P/SST_NP/GST_P/GST_NP and APPEND/COPY, runtime natives
 * (slice growth, maps, channels, boxing, closures, panics) and stdlib
 * natives that store pointers into Go memory.
 */
#include "mgc.h"
#include "rtype.h"
#include <string.h>

/* Shades p, or hands it to the test hook (vm->gc_shade_hook) instead. */
static inline void barrier_shade(golem_g *g, const void *p)
{
    void (*hook)(golem_g *, const void *) = g->vm->gc_shade_hook;
    if (__builtin_expect(hook != NULL, 0))
        hook(g, p);
    else
        gc_shade(g, p);
}

void gc_write_barrier_slow(golem_g *g, void **slot, void *val)
{
    barrier_shade(g, *slot);
    barrier_shade(g, val);
}

void gc_bulk_barrier(golem_g *g, void *dst, const void *src,
                     const rtype *t, size_t count)
{
    if (t == NULL || !(t->flags & RF_HAS_POINTERS) || !gc_barrier_on(g->vm))
        return;
    void **d = dst;
    void *const *s = src;
    for (size_t i = 0; i < count; i++) {
        for (uint32_t k = 0; k < t->nslots; k++) {
            if (!t->ptrmask[k])
                continue;
            size_t w = i * t->nslots + k;
            barrier_shade(g, d[w]);
            if (s != NULL)
                barrier_shade(g, s[w]);
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

void gc_shade_words(golem_g *g, const void *words, size_t n)
{
    if (!gc_barrier_on(g->vm))
        return;
    void *const *w = words;
    for (size_t i = 0; i < n; i++)
        barrier_shade(g, w[i]);
}
