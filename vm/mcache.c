/*
 * mcache.c - per-P allocation caches and the allocation path itself
 * (Go's mallocgc, shaped for the VM).
 *
 * An mcache belongs to one P (today: the VM's single cache in
 * vm/malloc.c; with the M:N scheduler, P.mcache) and is only ever used by
 * the thread running that P, so it takes no lock. It holds at most one span
 * per span class. The fast path of mcache_alloc is:
 *
 *   size -> size class (two table loads, vm/sizeclasses.h)
 *   scan or noscan (does the rtype have pointers?) -> span class
 *   the cached span's next free slot: count-trailing-zeros of alloc_cache,
 *   the complement of the allocation bitmap's current word shifted to
 *   freeindex (Go's allocCache), reloaded once per 64 slots
 *   set the bit, advance freeindex, record the type word (scan spans)
 *
 * When the cached span has no free slot left, refill hands it back to its
 * mcentral and takes another with free slots (mcentral locks; the heap's
 * lock only when a new span must be carved). The mcentral sweeps an
 * unswept span before handing it over (lazy sweeping), so a cached span
 * is always swept and its free slots are really free. Objects over
 * SC_MAX_SMALL_SIZE bypass the cache: each gets its own span from the
 * heap, with its type recorded in the span.
 *
 * Zeroing: slots of a fresh span are already zero (the heap clears dirty
 * pages when it makes a span); after an object of a span has been freed
 * (needzero) every object handed out from it is cleared here.
 *
 * Invariants: freeindex never passes a free slot (frees lower it); every
 * slot of a scan span that is allocated has its type word set before
 * mcache_alloc returns it; the cache's spans are on no mcentral list.
 */
#include "mheap.h"
#include <stdlib.h>
#include <string.h>

mcache *mcache_new(mheap *h)
{
    mcache *c = calloc(1, sizeof *c);
    if (c != NULL) {
        c->heap = h;
        __atomic_fetch_add(&h->stats.ncaches, 1, __ATOMIC_RELAXED);
    }
    return c;
}

void mcache_flush_stats(mcache *c)
{
    mheap_stats *st = &c->heap->stats;
    uint64_t n = 0, bytes = 0;
    for (int k = 1; k < SC_NUM_CLASSES; k++) {
        uint64_t a = c->nmalloc_class[k];
        if (a == 0)
            continue;
        __atomic_fetch_add(&st->nmalloc_class[k], a, __ATOMIC_RELAXED);
        n += a;
        bytes += a * sc_class_to_size[k];
        c->nmalloc_class[k] = 0;
    }
    __atomic_fetch_add(&st->nsmall_alloc, n, __ATOMIC_RELAXED);
    __atomic_fetch_add(&st->small_bytes, bytes, __ATOMIC_RELAXED);
}

void mcache_release_all(mcache *c)
{
    for (int i = 0; i < MH_NUM_SPAN_CLASSES; i++) {
        if (c->alloc[i] != NULL) {
            mcentral_uncache_span(&c->heap->central[i], c->heap, c->alloc[i]);
            c->alloc[i] = NULL;
        }
    }
    mcache_flush_stats(c);
}

void mcache_free(mcache *c)
{
    if (c == NULL)
        return;
    mcache_release_all(c);
    __atomic_fetch_sub(&c->heap->stats.ncaches, 1, __ATOMIC_RELAXED);
    free(c);
}

/* Reloads s->alloc_cache from the allocation bitmap: the first word from
   freeindex on with a free slot (freeindex moves to the word's part
   scanned); freeindex = nelems when there is none. */
static void span_refresh_cache(mspan *s)
{
    uint32_t i = s->freeindex;
    while (i < s->nelems) {
        uint64_t free_bits = ~s->allocbits[i >> 6] >> (i & 63);
        if (free_bits != 0) {
            s->freeindex = i;
            s->alloc_cache = free_bits;
            return;
        }
        i = (i | 63) + 1;
    }
    s->freeindex = s->nelems;
    s->alloc_cache = 0;
}

/* Takes the next free slot of s: its index, or nelems when s is full. */
/* black: marking is on, so the object is allocated marked. Its mark bit
   is set before its allocation bit, so that a marker that finds it
   allocated finds it black and never scans it while it is being set up. */
static inline uint32_t span_take(mspan *s, bool black)
{
    if (s->alloc_cache == 0) {
        span_refresh_cache(s);
        if (s->alloc_cache == 0)
            return s->nelems;
    }
    uint32_t k = (uint32_t)__builtin_ctzll(s->alloc_cache);
    uint32_t i = s->freeindex + k;
    if (i >= s->nelems) { /* bits past the last object read as free */
        s->freeindex = s->nelems;
        s->alloc_cache = 0;
        return s->nelems;
    }
    s->alloc_cache = (s->alloc_cache >> k) >> 1;
    s->freeindex = i + 1;
    /* an atomic store: a concurrent marker may read the word (the owner
       is its only writer, so load-or-store needs no lock prefix) */
    if (black)
        mspan_mark(s, i);
    uint64_t *word = &s->allocbits[i >> 6];
    __atomic_store_n(word, *word | 1ull << (i & 63), __ATOMIC_RELEASE);
    s->nalloc++;
    return i;
}

/* Records object i's type word: once for the whole span while every
   object has had the same one (vm/mheap.h "Type information"), else in
   the span's table, made on the first difference. False when out of
   memory for the table. */
static inline bool span_set_type(mheap *h, mspan *s, uint32_t i, uint64_t tw)
{
    if (s->types == NULL) {
        if (s->span_type == tw)
            return true;
        if (s->span_type == 0) { /* the span's first object */
            s->span_type = tw;
            return true;
        }
        if (!mheap_span_types(h, s))
            return false;
    }
    s->types[i] = tw;
    return true;
}

/* Swaps the exhausted span of class spc for one with free slots. */
static mspan *refill(mcache *c, int spc)
{
    mcentral *central = &c->heap->central[spc];
    if (c->alloc[spc] != NULL) {
        mcentral_uncache_span(central, c->heap, c->alloc[spc]);
        c->alloc[spc] = NULL;
    }
    c->alloc[spc] = mcentral_cache_span(central, c->heap);
    return c->alloc[spc];
}

/* Elements of t in size bytes, for the type word. */
static inline uint64_t elem_count(const rtype *t, size_t size)
{
    return size / ((uint64_t)t->nslots * 8);
}

static void *alloc_large(mcache *c, const rtype *t, size_t size)
{
    mspan *s = mheap_alloc_large(c->heap, size, t,
                                 t != NULL ? elem_count(t, size) : 0);
    if (s == NULL)
        return NULL;
    if (__atomic_load_n(&c->heap->alloc_black, __ATOMIC_RELAXED))
        mspan_mark(s, 0); /* allocated black during concurrent marking */
    return (void *)s->base;
}

void *mcache_alloc(mcache *c, const rtype *t, size_t size)
{
    if (t != NULL && (!(t->flags & RF_HAS_POINTERS) || t->nslots == 0))
        t = NULL; /* noscan */
    if (size == 0)
        size = 8;
    if (size > SC_MAX_SMALL_SIZE)
        return alloc_large(c, t, size);

    int spc = spanclass_make(sc_size_class(size), t == NULL);
    mspan *s = c->alloc[spc];
    uint32_t i;
    /* alloc_black changes only with the world stopped, never during
       this call */
    bool black = __atomic_load_n(&c->heap->alloc_black, __ATOMIC_RELAXED);
    if (s == NULL || (i = span_take(s, black)) >= s->nelems) {
        s = refill(c, spc);
        if (s == NULL)
            return NULL;
        i = span_take(s, black);
    }
    void *p = mspan_object_addr(s, i);
    if (s->needzero) {
        /* the whole slot, so that bytes past the request are zero too */
        MH_UNPOISON(p, s->elemsize);
        memset(p, 0, s->elemsize);
        MH_POISON((char *)p + size, s->elemsize - size);
    } else {
        MH_UNPOISON(p, size);
    }
    if (t != NULL && !span_set_type(c->heap, s, i,
                                    typeword_make(t, elem_count(t, size))))
        return NULL;
    c->nmalloc_class[spanclass_sizeclass(spc)]++;
    return p;
}
