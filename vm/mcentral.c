/*
 * mcentral.c - the central free lists: one per span class (size class x
 * {scan, noscan}), between the per-P caches and the page heap, and the
 * sweeping of small spans.
 *
 * An mcentral owns the small spans of its class that no mcache holds, on
 * doubly-linked lists: partial (at least one free object) and full (no
 * free object), each in two sets by sweep generation (vm/mheap.h, "Sweep
 * generations"): in generation sg, set mh_swept_set(sg) holds swept spans
 * and the other set unswept ones, whose fill level is the one they had
 * before the cycle marked. mheap_sweep_begin advances sg by 2, which turns
 * the swept set into the unswept one without touching a span.
 *
 * An mcache that runs out of objects in its span hands the span back
 * (mcentral_uncache_span: onto the swept full list, or partial if objects
 * were freed meanwhile) and takes another (mcentral_cache_span):
 *   1. the head of the swept partial list;
 *   2. else an unswept span (partial first, then full), swept here by the
 *      allocator itself before use (Go's lazy sweeping): one with a free
 *      slot after sweeping is taken, even an empty one; a full one goes to
 *      the swept full list and the next is tried (at most
 *      MC_SWEEP_BUDGET of them, so that one refill cannot sweep a whole
 *      class of live spans);
 *   3. else a fresh span from the heap.
 * A span an mcache holds is on no list (cached = true) and always swept;
 * its allocation bits belong to that mcache.
 *
 * SWEEPING a span (sweep_small) applies the last cycle's marks:
 * allocbits &= gcmarkbits, the mark bits cleared for the next cycle,
 * freeindex back to 0, the freed slots poisoned and their type words
 * cleared, the frees counted (per size class too). The sweeper owns the
 * span exclusively: it took it off an unswept list under c->lock and moved
 * its sweepgen from h-2 to h-1 with a compare-and-swap (take_unswept), so
 * no other sweeper, no mcache and no explicit free can touch it; it sweeps
 * with the lock dropped, then files the span (swept list, or the heap if
 * empty) and publishes sweepgen = h under the lock. mcentral_sweep_one is
 * that for the background sweeper and mheap_sweep_finish.
 *
 * Freeing an object explicitly (mcentral_free_object; tests) clears its
 * allocation bit. A span that was full moves to partial; a span whose last
 * object is freed, and that no mcache holds, goes back to the heap so its
 * pages can coalesce, serve large objects and be scavenged. A span that
 * comes back empty from an mcache is returned to the heap the same way.
 *
 * Invariants: s->list and s->listset say which list s is on
 * (MSPAN_LIST_NONE while cached, being swept or outside); an uncached
 * span is on a list of the set its sweepgen calls for; nspans counts every
 * span of the class, cached or not. Locking: c->lock guards the lists and
 * the allocation bits of uncached, not-being-swept spans; mheap.lock may
 * be taken inside it, never the reverse. mheap_alloc_span and
 * mheap_free_span run with c->lock dropped, so a slow page allocation
 * does not block this class's frees.
 */
#include "mheap.h"
#include <string.h>

/* Unswept spans one refill sweeps at most before taking a fresh span. */
#define MC_SWEEP_BUDGET 100

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

static inline uint32_t heap_sweepgen(const mheap *h)
{
    return __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE);
}

static mspan **list_head(mcentral *c, int list, int set)
{
    return list == MSPAN_LIST_FULL ? &c->full[set] : &c->partial[set];
}

static void list_push(mcentral *c, mspan *s, int list, int set)
{
    mspan **head = list_head(c, list, set);
    s->prev = NULL;
    s->next = *head;
    if (*head != NULL)
        (*head)->prev = s;
    *head = s;
    s->list = (uint8_t)list;
    s->listset = (uint8_t)set;
}

static void list_remove(mcentral *c, mspan *s)
{
    mspan **head = list_head(c, s->list, s->listset);
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        *head = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
    s->list = MSPAN_LIST_NONE;
}

static void atomic_sub_saturating(uint64_t *v, uint64_t bytes)
{
    uint64_t old = __atomic_load_n(v, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(v, &old,
                                        old > bytes ? old - bytes : 0, true,
                                        __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        ;
}

/* The collector's live estimate (mheap.heap_live) counts every free slot
   of a cached span as allocated: all of them may be handed out without
   another look at the heap. While marking (alloc_black) they are also
   black allocations (black_bytes). sign +1 when s is cached, -1 when it
   comes back (under c->lock, so nalloc is stable). */
static void live_add(mheap *h, mspan *s, int sign)
{
    uint64_t bytes = (uint64_t)(s->nelems - s->nalloc) * s->elemsize;
    if (sign > 0) {
        __atomic_fetch_add(&h->heap_live, bytes, __ATOMIC_RELAXED);
        if (__atomic_load_n(&h->alloc_black, __ATOMIC_RELAXED)) {
            __atomic_fetch_add(&h->black_bytes, bytes, __ATOMIC_RELAXED);
            s->cached_black = true;
        }
        return;
    }
    /* saturating: explicit frees of cached slots may skew them */
    atomic_sub_saturating(&h->heap_live, bytes);
    if (s->cached_black) {
        atomic_sub_saturating(&h->black_bytes, bytes);
        s->cached_black = false;
    }
}

/* Takes s (swept, off every list) into an mcache (under c->lock). */
static void take_for_cache(mheap *h, mspan *s)
{
    s->cached = true;
    live_add(h, s, 1);
}

/* Takes an unswept span off c's list `list` for sweeping (under
   c->lock): the sweeper owns it once its sweepgen moved from sg-2 to
   sg-1. NULL when the list is empty. A span whose CAS fails is refiled:
   swept (sg) when it is (a sweeper that read a generation before
   mheap_sweep_begin advanced it), and a span older than sg-2 (a
   generation started before it was swept, which the collector's rules
   exclude) is kept as swept: its objects stay, its stale marks only
   delay their freeing by a cycle, where sweeping it now could free
   objects allocated since. */
static mspan *take_unswept(mcentral *c, mheap *h, int list)
{
    for (;;) {
        uint32_t sg = heap_sweepgen(h);
        mspan *s = *list_head(c, list, mh_unswept_set(sg));
        if (s == NULL)
            return NULL;
        list_remove(c, s);
        uint32_t expect = sg - 2;
        if (__atomic_compare_exchange_n(&s->sweepgen, &expect, sg - 1, false,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            __atomic_fetch_add(&h->sweep_active, 1, __ATOMIC_ACQ_REL);
            return s;
        }
        if (expect != sg) /* stale (never sg-1: that one is off lists) */
            __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
        list_push(c, s, list, mh_swept_set(sg));
    }
}

/* Frees the allocated, unmarked objects of s: poisons them, clears their
   type words and mark bits; returns how many. The caller owns s. The
   allocation words are stored atomically: mheap_object_start users
   (SetFinalizer) may read them meanwhile. */
static uint32_t sweep_free_unmarked(mspan *s)
{
    uint32_t freed = 0, words = (s->nelems + 63) / 64;
    for (uint32_t w = 0; w < words; w++) {
        uint64_t marks = __atomic_load_n(&s->gcmarkbits[w], __ATOMIC_RELAXED);
        uint64_t dead = s->allocbits[w] & ~marks;
        while (dead != 0) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(dead);
            dead &= dead - 1;
            if (s->types != NULL)
                s->types[i] = 0;
            MH_POISON(mspan_object_addr(s, i), s->elemsize);
            freed++;
        }
        __atomic_store_n(&s->allocbits[w], s->allocbits[w] & marks,
                         __ATOMIC_RELAXED);
        __atomic_store_n(&s->gcmarkbits[w], 0, __ATOMIC_RELAXED);
    }
    return freed;
}

/* Sweeps s (owned by the caller) and counts the frees and survivors. */
static uint32_t sweep_small(mheap *h, mspan *s)
{
    uint32_t freed = sweep_free_unmarked(s);
    if (freed > 0) {
        s->nalloc -= freed;
        s->freeindex = 0;
        s->alloc_cache = 0;
        s->needzero = true;
        __atomic_fetch_add(&h->stats.nfree, freed, __ATOMIC_RELAXED);
        __atomic_fetch_add(&h->stats.freed_bytes,
                           (uint64_t)freed * s->elemsize, __ATOMIC_RELAXED);
        __atomic_fetch_add(
            &h->stats.nfree_class[spanclass_sizeclass(s->spanclass)], freed,
            __ATOMIC_RELAXED);
    }
    __atomic_fetch_add(&h->sweep_acc_bytes, (uint64_t)s->nalloc * s->elemsize,
                       __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->sweep_acc_objects, s->nalloc, __ATOMIC_RELAXED);
    return freed;
}

/* Puts an uncached span on the list its fill level and sweep generation
   call for; returns true when it is empty and must go back to the heap
   (taken off c first). Under c->lock. */
static bool file_span(mcentral *c, mheap *h, mspan *s)
{
    if (s->nalloc == 0) {
        c->nspans--;
        return true;
    }
    uint32_t sg = heap_sweepgen(h);
    bool swept = __atomic_load_n(&s->sweepgen, __ATOMIC_RELAXED) == sg;
    list_push(c, s, s->nalloc == s->nelems ? MSPAN_LIST_FULL
                                           : MSPAN_LIST_PARTIAL,
              swept ? mh_swept_set(sg) : mh_unswept_set(sg));
    if (!swept) { /* a span some cache held across sweep_begin: let the
                     sweepers' cursor see this class again */
        uint64_t cur = __atomic_load_n(&h->sweep_cursor, __ATOMIC_RELAXED);
        uint64_t low = (uint64_t)sg << 32 | (uint32_t)c->spanclass;
        while ((uint32_t)(cur >> 32) == sg && cur > low &&
               !__atomic_compare_exchange_n(&h->sweep_cursor, &cur, low, true,
                                            __ATOMIC_ACQ_REL,
                                            __ATOMIC_RELAXED))
            ;
    }
    return false;
}

/* Files s after sweeping it (the caller owns it, sweepgen h-1): marks it
   swept, puts it on a swept list or returns it to the heap. */
static int64_t file_swept(mcentral *c, mheap *h, mspan *s)
{
    int64_t pages = 0;
    pthread_mutex_lock(&c->lock);
    __atomic_store_n(&s->sweepgen, heap_sweepgen(h), __ATOMIC_RELEASE);
    bool release = file_span(c, h, s);
    pthread_mutex_unlock(&c->lock);
    if (release) {
        pages = (int64_t)s->npages;
        mheap_free_span(h, s);
    }
    mheap_note_swept(h);
    return pages;
}

mspan *mcentral_cache_span(mcentral *c, mheap *h)
{
    pthread_mutex_lock(&c->lock);
    mspan *s = c->partial[mh_swept_set(heap_sweepgen(h))];
    if (s != NULL) {
        list_remove(c, s);
        take_for_cache(h, s);
        pthread_mutex_unlock(&c->lock);
        return s;
    }
    for (int budget = 0; budget < MC_SWEEP_BUDGET; budget++) {
        s = take_unswept(c, h, MSPAN_LIST_PARTIAL);
        if (s == NULL)
            s = take_unswept(c, h, MSPAN_LIST_FULL);
        if (s == NULL)
            break;
        pthread_mutex_unlock(&c->lock);
        sweep_small(h, s);
        if (s->nalloc < s->nelems) { /* a free slot: ours */
            pthread_mutex_lock(&c->lock);
            __atomic_store_n(&s->sweepgen, heap_sweepgen(h),
                             __ATOMIC_RELEASE);
            take_for_cache(h, s);
            pthread_mutex_unlock(&c->lock);
            mheap_note_swept(h);
            return s;
        }
        file_swept(c, h, s);
        pthread_mutex_lock(&c->lock);
    }
    pthread_mutex_unlock(&c->lock);

    s = mheap_alloc_span(h, c->spanclass);
    if (s == NULL)
        return NULL;
    pthread_mutex_lock(&c->lock);
    c->nspans++;
    take_for_cache(h, s);
    pthread_mutex_unlock(&c->lock);
    return s;
}

void mcentral_uncache_span(mcentral *c, mheap *h, mspan *s)
{
    pthread_mutex_lock(&c->lock);
    s->cached = false;
    live_add(h, s, -1);
    bool release = file_span(c, h, s);
    pthread_mutex_unlock(&c->lock);
    if (release)
        mheap_free_span(h, s);
}

mspan *mcentral_take_unswept(mcentral *c, mheap *h)
{
    pthread_mutex_lock(&c->lock);
    mspan *s = take_unswept(c, h, MSPAN_LIST_PARTIAL);
    if (s == NULL)
        s = take_unswept(c, h, MSPAN_LIST_FULL);
    pthread_mutex_unlock(&c->lock);
    return s;
}

int64_t mcentral_sweep_taken(mcentral *c, mheap *h, mspan *s)
{
    sweep_small(h, s);
    return file_swept(c, h, s);
}

int64_t mcentral_sweep_one(mcentral *c, mheap *h)
{
    mspan *s = mcentral_take_unswept(c, h);
    return s == NULL ? -1 : mcentral_sweep_taken(c, h, s);
}

void mcentral_free_object(mcentral *c, mheap *h, mspan *s, uint32_t index)
{
    pthread_mutex_lock(&c->lock);
    uint64_t bit = 1ull << (index & 63);
    if (!(s->allocbits[index >> 6] & bit)) {
        pthread_mutex_unlock(&c->lock);
        return;
    }
    __atomic_store_n(&s->allocbits[index >> 6],
                     s->allocbits[index >> 6] & ~bit, __ATOMIC_RELAXED);
    s->nalloc--;
    if (index < s->freeindex)
        s->freeindex = index;
    s->alloc_cache = 0; /* reloaded from allocbits by the next take */
    s->needzero = true;
    if (s->types != NULL)
        s->types[index] = 0;
    MH_POISON(mspan_object_addr(s, index), s->elemsize);
    __atomic_fetch_add(&h->stats.freed_bytes, s->elemsize, __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->stats.nfree_class[spanclass_sizeclass(s->spanclass)],
                       1, __ATOMIC_RELAXED);
    bool release = false;
    if (!s->cached) {
        list_remove(c, s);
        release = file_span(c, h, s);
    }
    pthread_mutex_unlock(&c->lock);
    if (release)
        mheap_free_span(h, s);
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
            release = file_span(c, h, s);
        }
    }
    pthread_mutex_unlock(&c->lock);
    __atomic_fetch_add(&h->stats.nfree, freed, __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->stats.freed_bytes, (uint64_t)freed * s->elemsize,
                       __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->stats.nfree_class[spanclass_sizeclass(s->spanclass)],
                       freed, __ATOMIC_RELAXED);
    if (release)
        mheap_free_span(h, s);
    return freed;
}
