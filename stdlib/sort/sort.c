/*
 * sort.c - the two natives behind sort.Slice: the length of any slice held
 * in an interface, and swapping two of its elements. The element size is
 * the element descriptor's stride (packed for basic scalars, nslots*8
 * otherwise), so one byte-wise swap serves every element type; 8-byte
 * elements (the common case) are swapped as words.
 */
#include "natives.h"

#include <string.h>

/* The slice held by the eface at args[0..1], or NULL after a panic. */
static const golem_slice *slice_of(golem_g *g, const slot *args,
                                   const rtype **elem)
{
    const rtype *t = args[0].p;
    const rtype *u = t ? (t->underlying ? t->underlying : t) : NULL;
    if (!u || u->kind != RK_SLICE) {
        rt_panic_runtime(g, "sort: argument is not a slice (%s)",
                         t ? t->string : "nil");
        return NULL;
    }
    *elem = u->elem;
    return args[1].p;
}

/* func lenOf(x any) int */
static int sort_lenOf(golem_g *g, slot *args)
{
    const rtype *elem;
    const golem_slice *s = slice_of(g, args, &elem);
    if (!s)
        return -1;
    args[0].i = s->len;
    return 0;
}

/* func swapAt(x any, i, j int) */
static int sort_swapAt(golem_g *g, slot *args)
{
    const rtype *elem;
    const golem_slice *s = slice_of(g, args, &elem);
    if (!s)
        return -1;
    int64_t i = args[2].i, j = args[3].i;
    if ((uint64_t)i >= (uint64_t)s->len)
        return rt_panic_index(g, i, s->len);
    if ((uint64_t)j >= (uint64_t)s->len)
        return rt_panic_index(g, j, s->len);
    size_t st = elem->stride ? elem->stride : (size_t)elem->nslots * 8;
    gc_bulk_barrier(g, (char *)s->data + i * st, (char *)s->data + j * st, elem, 1); /* shades both (vm/mgc.h) */
    if (st == 8) { /* int, pointers, float64...: the common case */
        uint64_t *w = s->data, t = w[i];
        w[i] = w[j];
        w[j] = t;
        return 0;
    }
    char *a = (char *)s->data + (size_t)i * st;
    char *b = (char *)s->data + (size_t)j * st;
    char tmp[64];
    while (st > 0) {
        size_t n = st < sizeof tmp ? st : sizeof tmp;
        memcpy(tmp, a, n);
        memcpy(a, b, n);
        memcpy(b, tmp, n);
        a += n, b += n, st -= n;
    }
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native sort_natives[] = {
    {"sort.lenOf", sort_lenOf},
    {"sort.swapAt", sort_swapAt},
    {NULL, NULL},
};
