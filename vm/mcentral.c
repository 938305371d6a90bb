/*
 * mcentral.c - the central free lists: one per span class (size class x
 * {scan, noscan}), between the per-P caches and the page heap.
 *
 * An mcentral owns the small spans of its class that no mcache holds, on
 * two doubly-linked lists: partial (at least one free object) and full (no
 * free object). An mcache that runs out of objects in its span hands the
 * span back (mcentral_uncache_span: onto full, or partial if objects were
 * freed meanwhile) and takes another (mcentral_cache_span: the head of
 * partial, else a fresh span from the heap). A span an mcache holds is on
 * neither list (cached = true); its allocation bits belong to that mcache.
 *
 * Freeing an object (the sweeper's job; mcentral_free_object) clears its
 * allocation bit. A span that was full moves to partial; a span whose last
 * object is freed, and that no mcache holds, goes back to the heap so its
 * pages can coalesce, serve large objects and be scavenged. A span that
 * comes back empty from an mcache is returned to the heap the same way.
 * Sweeping a span after a mark phase (mcentral_sweep_span) is the same
 * thing for every unmarked object at once: allocbits &= gcmarkbits, the
 * mark bits cleared for the next cycle, freeindex back to 0.
 *
 * Invariants: s->list says which list s is on (MSPAN_LIST_NONE while
 * cached or outside); nspans counts every span of the class, cached or
 * not. Locking: c->lock guards the lists and the allocation bits of
 * uncached spans; mheap.lock may be taken inside it, never the reverse.
 * mheap_alloc_span and mheap_free_span run with c->lock dropped, so a slow
 * page allocation does not block this class's frees.
 */
#include "mheap.h"
#include <string.h>

void mcentral_init(mcentral *c, int spanclass)
{
    memset(c, 0, sizeof *c);
    pthread_mutex_init(&c->lock, NULL);
    c->spanclass = spanclass;
}

void mcentral_destroy(mcentral *c)
{
    pthread_mutex_destroy(&c->lock);
}

static mspan **list_head(mcentral *c, int list)
{
    return list == MSPAN_LIST_FULL ? &c->full : &c->partial;
}

static void list_push(mcentral *c, mspan *s, int list)
{
    mspan **head = list_head(c, list);
    s->prev = NULL;
    s->next = *head;
    if (*head != NULL)
        (*head)->prev = s;
    *head = s;
    s->list = (uint8_t)list;
}

static void list_remove(mcentral *c, mspan *s)
{
    mspan **head = list_head(c, s->list);
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        *head = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
    s->list = MSPAN_LIST_NONE;
}

/* The collector's live estimate (mheap.heap_live) counts every free slot
   of a cached span as allocated: all of them may be handed out without
   another look at the heap. sign +1 when s is cached, -1 when it comes
   back (under c->lock, so nalloc is stable). */
static void live_add(mheap *h, const mspan *s, int sign)
{
    uint64_t bytes = (uint64_t)(s->nelems - s->nalloc) * s->elemsize;
    if (sign > 0)
        __atomic_fetch_add(&h->heap_live, bytes, __ATOMIC_RELAXED);
    else { /* saturating: explicit frees of cached slots may skew it */
        uint64_t old = __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&h->heap_live, &old,
                                            old > bytes ? old - bytes : 0,
                                            true, __ATOMIC_RELAXED,
                                            __ATOMIC_RELAXED))
            ;
    }
}

mspan *mcentral_cache_span(mcentral *c, mheap *h)
{
    pthread_mutex_lock(&c->lock);
    mspan *s = c->partial;
    if (s != NULL) {
        list_remove(c, s);
        s->cached = true;
        live_add(h, s, 1);
        pthread_mutex_unlock(&c->lock);
        return s;
    }
    pthread_mutex_unlock(&c->lock);

    s = mheap_alloc_span(h, c->spanclass);
    if (s == NULL)
        return NULL;
    pthread_mutex_lock(&c->lock);
    s->cached = true;
    c->nspans++;
    live_add(h, s, 1);
    pthread_mutex_unlock(&c->lock);
    return s;
}

/* Puts an uncached span on the list its fill level calls for; returns true
   when it is empty and must go back to the heap (taken off c first). */
static bool file_span(mcentral *c, mspan *s)
{
    if (s->nalloc == 0) {
        c->nspans--;
        return true;
    }
    list_push(c, s, s->nalloc == s->nelems ? MSPAN_LIST_FULL
                                           : MSPAN_LIST_PARTIAL);
    return false;
}

void mcentral_uncache_span(mcentral *c, mheap *h, mspan *s)
{
    pthread_mutex_lock(&c->lock);
    s->cached = false;
    live_add(h, s, -1);
    bool release = file_span(c, s);
    pthread_mutex_unlock(&c->lock);
    if (release)
        mheap_free_span(h, s);
}

void mcentral_free_object(mcentral *c, mheap *h, mspan *s, uint32_t index)
{
    pthread_mutex_lock(&c->lock);
    uint64_t bit = 1ull << (index & 63);
    if (!(s->allocbits[index >> 6] & bit)) {
        pthread_mutex_unlock(&c->lock);
        return;
    }
    s->allocbits[index >> 6] &= ~bit;
    s->nalloc--;
    if (index < s->freeindex)
        s->freeindex = index;
    s->alloc_cache = 0; /* reloaded from allocbits by the next take */
    s->needzero = true;
    if (s->types != NULL)
        s->types[index] = 0;
    MH_POISON(mspan_object_addr(s, index), s->elemsize);
    bool release = false;
    if (!s->cached) {
        list_remove(c, s);
        release = file_span(c, s);
    }
    pthread_mutex_unlock(&c->lock);
    if (release)
        mheap_free_span(h, s);
}

/* Frees the allocated, unmarked objects of s (under c->lock): poisons
   them, clears their type words; returns how many. */
static uint32_t sweep_free_unmarked(mspan *s)
{
    uint32_t freed = 0, words = (s->nelems + 63) / 64;
    for (uint32_t w = 0; w < words; w++) {
        uint64_t dead = s->allocbits[w] & ~s->gcmarkbits[w];
        while (dead != 0) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(dead);
            dead &= dead - 1;
            if (s->types != NULL)
                s->types[i] = 0;
            MH_POISON(mspan_object_addr(s, i), s->elemsize);
            freed++;
        }
        s->allocbits[w] &= s->gcmarkbits[w];
        s->gcmarkbits[w] = 0;
    }
    return freed;
}

uint32_t mcentral_sweep_span(mcentral *c, mheap *h, mspan *s)
{
    pthread_mutex_lock(&c->lock);
    uint32_t freed = sweep_free_unmarked(s);
    bool release = false;
    if (freed > 0) {
        s->nalloc -= freed;
        s->freeindex = 0;
        s->alloc_cache = 0;
        s->needzero = true;
        if (!s->cached) {
            list_remove(c, s);
            release = file_span(c, s);
        }
    }
    pthread_mutex_unlock(&c->lock);
    __atomic_fetch_add(&h->stats.nfree, freed, __ATOMIC_RELAXED);
    if (release)
        mheap_free_span(h, s);
    return freed;
}
