/*
 * mheap.c - the page heap: one reserved arena of 8 KiB pages, the
 * page-to-span table, the free-page structure, large objects and the
 * scavenger (DESIGN.md section 8).
 *
 * THE ARENA. mheap_init reserves one range of address space per VM (64 GiB
 * by default on 64-bit hosts; mmap PROT_NONE + MAP_NORESERVE costs neither
 * memory nor commit charge) and aligns it to a page. The heap only ever
 * uses a prefix of it: [arena, arena + committed) is made read-write with
 * mprotect, in steps of at least MH_GROW_PAGES pages, when the free-page
 * structure has no run long enough. Nothing is ever uncommitted; memory
 * goes back to the OS through the scavenger instead.
 *
 * THE PAGE-TO-SPAN TABLE. spans[i] describes page i of the arena. Every
 * page of an in-use span points to it, so "which object contains address
 * p" is: page index, table load, state and range check, then the object
 * index by a multiply (divmul = ceil(2^32 / elemsize) makes
 * (offset * divmul) >> 32 == offset / elemsize for every offset inside a
 * span of any size class; tests/unit/test_heap.c checks every offset). A
 * free run is reachable from its first and last pages only, which is all
 * coalescing needs. Other entries may be stale (pointing to a span struct
 * that has since been freed, merged or reused); every reader checks the
 * span's state and range, and span structs are never returned to malloc
 * before mheap_destroy, so a stale read is harmless. The table and a byte
 * of flags per page (pageflags) are MAP_NORESERVE mappings sized for the
 * whole reservation: only the parts covering committed pages are touched.
 *
 * THE FREE-PAGE STRUCTURE. Free runs are mspan structs in state
 * MSPAN_FREE. A run of n < MH_FREE_EXACT pages sits in list free[n]; all
 * longer runs share free[0]. A bitmap of non-empty lists makes "the
 * smallest exact list with a run of at least n pages" a count-trailing-
 * zeros; free[0] is searched best-fit (lowest address on ties). The run
 * found is split: the front is used, the rest goes back as a free run.
 * Freeing pages coalesces with the free runs that end just before and
 * start just after them (found through the table), so free space never
 * stays fragmented into neighbouring runs. This is the pre-1.14 Go heap's
 * design; Go's radix-tree page allocator would be the next step if the
 * best-fit walk over long runs ever shows up in a profile.
 *
 * ZEROING. Go hands out zeroed memory. Each page carries MH_PAGE_DIRTY
 * (may hold old bytes) and MH_PAGE_RELEASED (not resident: never touched
 * since it was committed, or madvised away; reads as zeros). When a span
 * takes pages, only its dirty pages are cleared, so fresh and scavenged
 * memory is never touched twice; a new span is entirely zero. Objects
 * freed inside a span set the span's needzero, after which mcache_alloc
 * clears each object it hands out from that span.
 *
 * THE SCAVENGER. Each free run remembers when it became free (free_since;
 * when two runs coalesce, the longer one's time wins, so a steady trickle
 * of small frees next to a large idle run does not keep it resident).
 * mheap_scavenge walks the free runs and madvises (MADV_DONTNEED) every
 * resident page of each run free for at least min_age_ns; the pages stay
 * committed and read as zeros when next used. The background sweeper
 * calls it (mheap_trim) once a cycle's sweeping has produced the free
 * pages, down to the collector's target; debug.FreeOSMemory releases
 * everything free.
 *
 * THE COLLECTOR'S PRIMITIVES. mheap_object_start (any address to its
 * object), mspan_type_word and mspan_scan_object (an object's pointer
 * words), the mark bits (mspan_mark in vm/mheap.h), lazy sweeping (below;
 * mheap_sweep_all sweeps everything at once, for tests), and mheap_verify
 * (every invariant above, checked) are what the collector builds on.
 *
 * LAZY SWEEPING (Go's design; vm/mheap.h "Sweep generations"). After
 * marking, mheap_sweep_begin (world stopped) only advances h->sweepgen
 * by 2 and sets sweep_left to the number of in-use spans: every span is
 * now unswept, and the pause does no per-span work. Spans are then swept
 * by whoever gets to them first, each exactly once (taken off its
 * unswept list under the list's lock, sweepgen CAS h-2 -> h-1):
 *   - the allocator, before it reuses a span of a class
 *     (mcentral_cache_span, vm/mcentral.c);
 *   - the allocator again before it grows the arena while spans are still
 *     unswept: it sweeps until as many pages as it needs came back, at
 *     most MH_RECLAIM_BUDGET spans (Go's reclaim), so garbage is reused
 *     before the heap grows;
 *   - the background sweeper, a thread the heap makes at the first
 *     mheap_sweep_begin and wakes at each: it sweeps large spans and then
 *     the classes in order (a shared cursor, sweep_cursor, skips classes
 *     already done; it names its generation, so that a sweeper still on
 *     the previous one cannot move it), waits for spans others are sweeping, and then trims
 *     resident memory to the collector's goal (mheap_trim: pages free for
 *     MH_TRIM_MIN_AGE_NS, until scavenge_keep bytes stay resident);
 *   - mheap_sweep_finish, which the collector calls before the next cycle
 *     marks (Go's sweep termination) and runtime.GC after its cycle.
 * A span allocated meanwhile is born swept. Each swept span is counted
 * down under the lock (mheap_note_swept), the survivors summed; the last
 * one publishes swept_live_bytes/objects. Frees are counted as they
 * happen (stats.nfree, freed_bytes, nfree_class). The background sweeper
 * is not stopped by stop-the-world (it holds no P), which is harmless:
 * it only sweeps spans of the current generation, and a new generation
 * starts only after mheap_sweep_finish.
 *
 * LOCKING. mheap.lock guards the free-page structure, the table writes,
 * the page flags, the span-struct pool, the large-span lists, the sweep
 * countdown and the statistics. Callers may hold an mcentral lock when
 * they take it, never the reverse; nobody sweeps while holding either.
 * Bitmaps are calloc'd before the lock is taken and freed after it is
 * dropped. bg_lock guards only the background sweeper's wake-up.
 */
#define _GNU_SOURCE
#include "mheap.h"
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define MH_SPANS_PER_CHUNK 64
/* Spans an allocation sweeps at most, looking for pages, before it grows
   the arena instead. */
#define MH_RECLAIM_BUDGET 64

struct mh_span_chunk {
    mh_span_chunk *next;
    mspan spans[MH_SPANS_PER_CHUNK];
};

int64_t mheap_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void atomic_sub_bytes(uint64_t *v, uint64_t n)
{
    __atomic_fetch_sub(v, n, __ATOMIC_RELAXED);
}

static inline uintptr_t page_index(const mheap *h, uintptr_t addr)
{
    return (addr - h->arena) >> MH_PAGE_SHIFT;
}

static inline uintptr_t span_end(const mspan *s)
{
    return s->base + s->npages * MH_PAGE_SIZE;
}

/* ---- span structs ---- */

/* A zeroed span struct from the pool (under the lock). */
static mspan *span_struct_new(mheap *h)
{
    if (h->span_pool == NULL) {
        mh_span_chunk *c = calloc(1, sizeof *c);
        if (c == NULL)
            return NULL;
        c->next = h->span_chunks;
        h->span_chunks = c;
        h->stats.span_struct_bytes += sizeof *c;
        for (int i = 0; i < MH_SPANS_PER_CHUNK; i++) {
            c->spans[i].next = h->span_pool;
            h->span_pool = &c->spans[i];
        }
    }
    mspan *s = h->span_pool;
    h->span_pool = s->next;
    memset(s, 0, sizeof *s);
    h->stats.nspan_structs++;
    return s;
}

/* Returns a struct without bitmaps to the pool (under the lock). */
static void span_struct_dispose(mheap *h, mspan *s)
{
    memset(s, 0, sizeof *s);
    s->state = MSPAN_DEAD;
    s->next = h->span_pool;
    h->span_pool = s;
    h->stats.nspan_structs--;
}

/* ---- the free-page structure (all under the lock) ---- */

static inline int free_list_of(uintptr_t npages)
{
    return npages < MH_FREE_EXACT ? (int)npages : 0;
}

static void free_list_insert(mheap *h, mspan *s)
{
    int i = free_list_of(s->npages);
    s->state = MSPAN_FREE;
    s->prev = NULL;
    s->next = h->free[i];
    if (s->next != NULL)
        s->next->prev = s;
    h->free[i] = s;
    h->free_nonempty[i >> 6] |= 1ull << (i & 63);
    h->free_pages += s->npages;
    h->spans[page_index(h, s->base)] = s;
    h->spans[page_index(h, span_end(s)) - 1] = s;
}

static void free_list_remove(mheap *h, mspan *s)
{
    int i = free_list_of(s->npages);
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        h->free[i] = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    if (h->free[i] == NULL)
        h->free_nonempty[i >> 6] &= ~(1ull << (i & 63));
    h->free_pages -= s->npages;
    s->next = s->prev = NULL;
}

/* The free run that ends exactly at addr, or NULL. */
static mspan *free_run_ending_at(const mheap *h, uintptr_t addr)
{
    if (addr <= h->arena)
        return NULL;
    mspan *l = h->spans[page_index(h, addr) - 1];
    if (l != NULL && l->state == MSPAN_FREE && span_end(l) == addr)
        return l;
    return NULL;
}

/* The free run that starts exactly at addr, or NULL. */
static mspan *free_run_starting_at(const mheap *h, uintptr_t addr)
{
    if (addr >= h->arena + h->committed)
        return NULL;
    mspan *r = h->spans[page_index(h, addr)];
    if (r != NULL && r->state == MSPAN_FREE && r->base == addr)
        return r;
    return NULL;
}

/* Absorbs the free run other (already off its list) into s. */
static void free_run_absorb(mheap *h, mspan *s, mspan *other)
{
    if (other->npages > s->npages)
        s->free_since = other->free_since;
    if (other->base < s->base)
        s->base = other->base;
    s->npages += other->npages;
    span_struct_dispose(h, other);
}

/* Adds the pages of s (base, npages, free_since set) as a free run,
   coalescing with free neighbours. */
static void free_run_add(mheap *h, mspan *s)
{
    mspan *left = free_run_ending_at(h, s->base);
    if (left != NULL) {
        free_list_remove(h, left);
        free_run_absorb(h, s, left);
    }
    mspan *right = free_run_starting_at(h, span_end(s));
    if (right != NULL) {
        free_list_remove(h, right);
        free_run_absorb(h, s, right);
    }
    free_list_insert(h, s);
}

/* The run to carve npages from: the smallest non-empty exact list that
   fits, else the best fit among the long runs. */
static mspan *free_run_find(const mheap *h, uintptr_t npages)
{
    if (npages < MH_FREE_EXACT) {
        for (uintptr_t w = npages >> 6; w < MH_FREE_EXACT / 64; w++) {
            uint64_t bits = h->free_nonempty[w];
            if (w == npages >> 6)
                bits &= ~0ull << (npages & 63);
            if (bits != 0)
                return h->free[w * 64 + __builtin_ctzll(bits)];
        }
    }
    mspan *best = NULL;
    for (mspan *s = h->free[0]; s != NULL; s = s->next) {
        if (s->npages < npages)
            continue;
        if (best == NULL || s->npages < best->npages ||
            (s->npages == best->npages && s->base < best->base))
            best = s;
    }
    return best;
}

/* Commits at least npages more pages of the arena as one free run. */
static bool arena_grow(mheap *h, uintptr_t npages)
{
    uint64_t want = (uint64_t)(npages > MH_GROW_PAGES ? npages : MH_GROW_PAGES)
                    * MH_PAGE_SIZE;
    if (want > h->reserved - h->committed) {
        want = h->reserved - h->committed;
        if (want < (uint64_t)npages * MH_PAGE_SIZE)
            return false;
    }
    uintptr_t base = h->arena + h->committed;
    mspan *s = span_struct_new(h);
    if (s == NULL)
        return false;
    if (mprotect((void *)base, want, PROT_READ | PROT_WRITE) != 0) {
        span_struct_dispose(h, s);
        return false;
    }
    uintptr_t first = page_index(h, base), n = want >> MH_PAGE_SHIFT;
    memset(h->pageflags + first, MH_PAGE_RELEASED, n);
    /* read without the lock by mheap_span_of */
    __atomic_store_n(&h->committed, h->committed + want, __ATOMIC_RELEASE);
    h->stats.committed = h->committed;
    h->stats.released += want;
    s->base = base;
    s->npages = n;
    s->free_since = mheap_nanotime();
    MH_POISON(base, want);
    free_run_add(h, s);
    return true;
}

/* Takes npages pages off the free-page structure: a span struct (state
   still MSPAN_FREE, off every list) covering exactly them, or NULL
   (may_grow: after growing the arena if needed). */
static mspan *pages_alloc(mheap *h, uintptr_t npages, bool may_grow)
{
    mspan *run = free_run_find(h, npages);
    if (run == NULL) {
        if (!may_grow || !arena_grow(h, npages))
            return NULL;
        run = free_run_find(h, npages);
        if (run == NULL)
            return NULL;
    }
    mspan *rest = NULL;
    if (run->npages > npages) {
        rest = span_struct_new(h);
        if (rest == NULL)
            return NULL;
    }
    free_list_remove(h, run);
    if (rest != NULL) {
        rest->base = run->base + npages * MH_PAGE_SIZE;
        rest->npages = run->npages - npages;
        rest->free_since = run->free_since;
        free_list_insert(h, rest);
        run->npages = npages;
    }
    return run;
}

/* Makes s's pages an in-use span: points every table entry at it, clears
   the pages that may hold old bytes, and marks them dirty and resident. */
static void pages_take(mheap *h, mspan *s)
{
    uintptr_t first = page_index(h, s->base);
    uint64_t released = 0;
    MH_UNPOISON(s->base, s->npages * MH_PAGE_SIZE);
    for (uintptr_t i = 0; i < s->npages; i++) {
        uint8_t f = h->pageflags[first + i];
        if (f & MH_PAGE_DIRTY)
            memset((void *)(s->base + i * MH_PAGE_SIZE), 0, MH_PAGE_SIZE);
        if (f & MH_PAGE_RELEASED)
            released += MH_PAGE_SIZE;
        h->pageflags[first + i] = MH_PAGE_DIRTY;
        h->spans[first + i] = s;
    }
    h->stats.released -= released;
    h->stats.inuse += s->npages * MH_PAGE_SIZE;
    s->state = MSPAN_INUSE;
    s->next = s->prev = NULL;
}

/* ---- lifetime ---- */

static void *map_table(uint64_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* Reserves the arena, halving the request until the OS grants it. */
static bool arena_reserve(mheap *h, uint64_t reserve)
{
    reserve &= ~(uint64_t)(MH_PAGE_SIZE - 1);
    for (; reserve >= MH_MIN_RESERVE; reserve /= 2) {
        uint64_t len = reserve + MH_PAGE_SIZE; /* room to align */
        void *p = mmap(NULL, len, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            continue;
        h->map_base = (uintptr_t)p;
        h->map_len = len;
        h->arena = ((uintptr_t)p + MH_PAGE_SIZE - 1) & ~(MH_PAGE_SIZE - 1);
        h->reserved = reserve;
        h->npages_reserved = reserve >> MH_PAGE_SHIFT;
        return true;
    }
    return false;
}

bool mheap_init(mheap *h, uint64_t reserve)
{
    memset(h, 0, sizeof *h);
    if (reserve == 0)
        reserve = MH_DEFAULT_RESERVE;
    if (!arena_reserve(h, reserve))
        return false;
    h->spans = map_table(h->npages_reserved * sizeof(mspan *));
    h->pageflags = map_table(h->npages_reserved);
    if (h->spans == NULL || h->pageflags == NULL) {
        if (h->spans != NULL)
            munmap(h->spans, h->npages_reserved * sizeof(mspan *));
        munmap((void *)h->map_base, h->map_len);
        return false;
    }
    pthread_mutex_init(&h->lock, NULL);
    pthread_mutex_init(&h->bg_lock, NULL);
    pthread_cond_init(&h->bg_cond, NULL);
    for (int i = 0; i < MH_NUM_SPAN_CLASSES; i++)
        mcentral_init(&h->central[i], i);
    h->stats.reserved = h->reserved;
    h->scavenge_keep = UINT64_MAX;
    return true;
}

static void span_free_bitmaps(mspan *s)
{
    free(s->allocbits);
    free(s->gcmarkbits);
    free(s->types);
    s->allocbits = s->gcmarkbits = s->types = NULL;
}

static void bg_sweeper_stop(mheap *h);

void mheap_destroy(mheap *h)
{
    if (h->arena == 0)
        return;
    bg_sweeper_stop(h);
    pthread_mutex_destroy(&h->bg_lock);
    pthread_cond_destroy(&h->bg_cond);
    for (mh_span_chunk *c = h->span_chunks, *next; c != NULL; c = next) {
        next = c->next;
        for (int i = 0; i < MH_SPANS_PER_CHUNK; i++)
            span_free_bitmaps(&c->spans[i]);
        free(c);
    }
    for (int i = 0; i < MH_NUM_SPAN_CLASSES; i++)
        mcentral_destroy(&h->central[i]);
    MH_UNPOISON(h->arena, h->committed);
    munmap(h->spans, h->npages_reserved * sizeof(mspan *));
    munmap(h->pageflags, h->npages_reserved);
    munmap((void *)h->map_base, h->map_len);
    pthread_mutex_destroy(&h->lock);
    memset(h, 0, sizeof *h);
}

/* ---- spans ---- */

/* The bytes of a span's bitmaps (GCSys in MemStats). */
static uint64_t bitmap_bytes(uint32_t nelems, bool scan)
{
    return (uint64_t)(nelems + 63) / 64 * 2 * sizeof(uint64_t) +
           (scan ? (uint64_t)nelems * sizeof(uint64_t) : 0);
}

/* Bitmaps for a span of nelems objects (its type table, if it ever needs
   one, comes later: mheap_span_types). */
static bool span_bitmaps_new(mheap *h, mspan *s, uint32_t nelems)
{
    size_t words = (nelems + 63) / 64;
    s->allocbits = calloc(words, sizeof(uint64_t));
    s->gcmarkbits = calloc(words, sizeof(uint64_t));
    s->types = NULL;
    if (s->allocbits == NULL || s->gcmarkbits == NULL) {
        span_free_bitmaps(s);
        return false;
    }
    __atomic_fetch_add(&h->stats.bitmap_bytes, bitmap_bytes(nelems, false),
                       __ATOMIC_RELAXED);
    return true;
}

bool mheap_span_types(mheap *h, mspan *s)
{
    uint64_t *types = malloc((size_t)s->nelems * sizeof(uint64_t));
    if (types == NULL)
        return false;
    for (uint32_t k = 0; k < s->nelems; k++)
        types[k] = s->span_type;
    __atomic_fetch_add(&h->stats.bitmap_bytes,
                       (uint64_t)s->nelems * sizeof(uint64_t),
                       __ATOMIC_RELAXED);
    __atomic_store_n(&s->types, types, __ATOMIC_RELEASE);
    return true;
}

/* Frees the bitmaps of a span whose struct was copied to b. */
static void span_release_bitmaps(mheap *h, mspan *b)
{
    if (b->allocbits != NULL)
        atomic_sub_bytes(&h->stats.bitmap_bytes,
                         bitmap_bytes(b->nelems, b->types != NULL));
    span_free_bitmaps(b);
}

/* ---- the large-span lists (under the lock) ---- */

static void large_push(mheap *h, mspan *s, int set)
{
    s->prev = NULL;
    s->next = h->large[set];
    if (s->next != NULL)
        s->next->prev = s;
    h->large[set] = s;
    __atomic_store_n(&h->nlarge[set], h->nlarge[set] + 1, __ATOMIC_RELAXED);
    s->list = MSPAN_LIST_LARGE;
    s->listset = (uint8_t)set;
}

static void large_remove(mheap *h, mspan *s)
{
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        h->large[s->listset] = s->next;
    __atomic_store_n(&h->nlarge[s->listset], h->nlarge[s->listset] - 1,
                     __ATOMIC_RELAXED);
    if (s->next != NULL)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
    s->list = MSPAN_LIST_NONE;
}

/* Sweeps spans until npages pages came back to the page heap, the
   budget is spent or nothing is left unswept (no lock held). */
static void reclaim(mheap *h, uintptr_t npages)
{
    uint64_t got = 0;
    for (int n = 0; n < MH_RECLAIM_BUDGET && got < npages; n++) {
        int64_t pages = mheap_sweep_one(h);
        if (pages < 0)
            return;
        got += (uint64_t)pages;
    }
}

/* pages_alloc for a new span (lock held on entry and on return; dropped
   meanwhile to reclaim): before the arena grows while spans are still
   unswept, sweeping some may give the pages back. */
static mspan *pages_get(mheap *h, uintptr_t npages)
{
    mspan *s = pages_alloc(h, npages, false);
    if (s == NULL && !mheap_sweep_done(h)) {
        pthread_mutex_unlock(&h->lock);
        reclaim(h, npages);
        pthread_mutex_lock(&h->lock);
        s = pages_alloc(h, npages, false);
    }
    if (s == NULL)
        s = pages_alloc(h, npages, true);
    if (s != NULL) {
        pages_take(h, s);
        h->nspans_inuse++;
        /* born swept: the current generation's marks are not its own */
        __atomic_store_n(&s->sweepgen, h->sweepgen, __ATOMIC_RELAXED);
    }
    return s;
}

mspan *mheap_alloc_span(mheap *h, int spanclass)
{
    int sizeclass = spanclass_sizeclass(spanclass);
    uintptr_t npages = sc_class_to_npages[sizeclass];
    uint64_t elemsize = sc_class_to_size[sizeclass];
    uint32_t nelems = (uint32_t)(npages * MH_PAGE_SIZE / elemsize);
    mspan tmp = {0};
    tmp.nelems = nelems;
    if (!span_bitmaps_new(h, &tmp, nelems))
        return NULL;
    pthread_mutex_lock(&h->lock);
    mspan *s = pages_get(h, npages);
    pthread_mutex_unlock(&h->lock);
    if (s == NULL) {
        span_release_bitmaps(h, &tmp);
        return NULL;
    }
    s->allocbits = tmp.allocbits;
    s->gcmarkbits = tmp.gcmarkbits;
    s->types = NULL;
    s->span_type = 0;
    s->spanclass = (uint8_t)spanclass;
    s->elemsize = elemsize;
    s->nelems = nelems;
    s->divmul = (uint32_t)(((1ull << 32) + elemsize - 1) / elemsize);
    MH_POISON(s->base, npages * MH_PAGE_SIZE);
    return s;
}

mspan *mheap_alloc_large(mheap *h, uint64_t size, const rtype *t,
                         uint64_t count)
{
    if (size > h->reserved)
        return NULL;
    uintptr_t npages = (size + MH_PAGE_SIZE - 1) >> MH_PAGE_SHIFT;
    mspan tmp = {0};
    tmp.nelems = 1;
    if (!span_bitmaps_new(h, &tmp, 1))
        return NULL;
    pthread_mutex_lock(&h->lock);
    mspan *s = pages_get(h, npages);
    if (s != NULL) {
        h->stats.nlarge_alloc++;
        h->stats.large_bytes += npages * MH_PAGE_SIZE;
        __atomic_fetch_add(&h->heap_live, npages * MH_PAGE_SIZE,
                           __ATOMIC_RELAXED);
        if (__atomic_load_n(&h->alloc_black, __ATOMIC_RELAXED))
            __atomic_fetch_add(&h->black_bytes, npages * MH_PAGE_SIZE,
                               __ATOMIC_RELAXED);
        large_push(h, s, mh_swept_set(h->sweepgen));
    }
    pthread_mutex_unlock(&h->lock);
    if (s == NULL) {
        span_release_bitmaps(h, &tmp);
        return NULL;
    }
    s->allocbits = tmp.allocbits;
    s->gcmarkbits = tmp.gcmarkbits;
    s->allocbits[0] = 1;
    s->nalloc = 1;
    s->nelems = 1;
    s->freeindex = 1;
    s->elemsize = npages * MH_PAGE_SIZE;
    s->spanclass = (uint8_t)spanclass_make(0, t == NULL);
    s->large_type = t;
    s->large_count = count;
    MH_POISON(s->base + size, s->elemsize - size);
    return s;
}

void mheap_free_span(mheap *h, mspan *s)
{
    uint64_t bytes = s->npages * MH_PAGE_SIZE;
    /* only the bitmap fields: the list links are the lock's */
    mspan bitmaps = {.nelems = s->nelems, .allocbits = s->allocbits,
                     .gcmarkbits = s->gcmarkbits, .types = s->types};
    MH_POISON(s->base, bytes);
    pthread_mutex_lock(&h->lock);
    if (spanclass_sizeclass(s->spanclass) == 0)
        h->stats.nlarge_free++;
    if (s->list == MSPAN_LIST_LARGE)
        large_remove(h, s);
    h->nspans_inuse--;
    h->stats.inuse -= bytes;
    uintptr_t base = s->base, npages = s->npages;
    memset(s, 0, sizeof *s);
    s->base = base;
    s->npages = npages;
    s->free_since = mheap_nanotime();
    free_run_add(h, s);
    pthread_mutex_unlock(&h->lock);
    span_release_bitmaps(h, &bitmaps);
}

mspan *mheap_span_of(const mheap *h, const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (a < h->arena ||
        a - h->arena >= __atomic_load_n(&h->committed, __ATOMIC_ACQUIRE))
        return NULL;
    mspan *s = h->spans[page_index(h, a)];
    if (s == NULL || s->state != MSPAN_INUSE || a < s->base ||
        a >= span_end(s))
        return NULL;
    return s;
}

void *mheap_object_start(const mheap *h, const void *p, mspan **span,
                         uint32_t *index)
{
    mspan *s = mheap_span_of(h, p);
    if (s == NULL)
        return NULL;
    uint32_t i = 0;
    if (spanclass_sizeclass(s->spanclass) != 0) {
        i = mspan_object_index(s, (uintptr_t)p);
        if (i >= s->nelems)
            return NULL; /* the span's tail waste */
    }
    if (span != NULL)
        *span = s;
    if (index != NULL)
        *index = i;
    return mspan_object_addr(s, i);
}

uint64_t mspan_type_word(const mspan *s, uint32_t i)
{
    if (spanclass_noscan(s->spanclass))
        return 0;
    if (spanclass_sizeclass(s->spanclass) == 0)
        return typeword_make(s->large_type, s->large_count);
    const uint64_t *types = __atomic_load_n(&s->types, __ATOMIC_ACQUIRE);
    return types != NULL ? types[i] : s->span_type;
}

void mspan_scan_object(const mspan *s, uint32_t i, mh_pointer_visitor visit,
                       void *arg)
{
    uint64_t w = mspan_type_word(s, i);
    const rtype *t = typeword_type(w);
    if (t == NULL || t->nslots == 0 || t->ptrmask == NULL)
        return;
    uint64_t count = spanclass_sizeclass(s->spanclass) == 0
                         ? s->large_count
                         : typeword_count(w);
    uint64_t elem_bytes = (uint64_t)t->nslots * 8;
    if (count == 0)
        count = s->elemsize / elem_bytes;
    void **words = mspan_object_addr(s, i);
    for (uint64_t e = 0; e < count; e++, words += t->nslots)
        for (uint32_t k = 0; k < t->nslots; k++)
            if (t->ptrmask[k])
                visit(&words[k], arg);
}

void mheap_free_object(mheap *h, void *p)
{
    mspan *s;
    uint32_t i;
    mheap_sweep_finish(h); /* explicit frees touch swept spans only */
    if (mheap_object_start(h, p, &s, &i) == NULL || !mspan_is_allocated(s, i))
        return;
    __atomic_fetch_add(&h->stats.nfree, 1, __ATOMIC_RELAXED);
    if (spanclass_sizeclass(s->spanclass) == 0) {
        __atomic_fetch_add(&h->stats.freed_bytes, s->elemsize,
                           __ATOMIC_RELAXED);
        mheap_free_span(h, s);
        return;
    }
    mcentral_free_object(&h->central[s->spanclass], h, s, i);
}

uint32_t mheap_sweep_span(mheap *h, mspan *s)
{
    if (spanclass_sizeclass(s->spanclass) != 0)
        return mcentral_sweep_span(&h->central[s->spanclass], h, s);
    if (mspan_is_marked(s, 0)) {
        __atomic_store_n(&s->gcmarkbits[0], 0, __ATOMIC_RELAXED);
        return 0;
    }
    __atomic_fetch_add(&h->stats.nfree, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->stats.freed_bytes, s->elemsize, __ATOMIC_RELAXED);
    mheap_free_span(h, s);
    return 1;
}

uint64_t mheap_sweep_all(mheap *h)
{
    uint64_t freed = 0, live_bytes = 0, live_objects = 0;
    mheap_sweep_finish(h);
    /* Sweeping frees spans and merges free runs, which only moves structs
       between states and the pool: the chunks themselves stay put. A span
       freed here is no longer MSPAN_INUSE, so it is counted only while it
       still holds objects. */
    for (mh_span_chunk *c = h->span_chunks; c != NULL; c = c->next)
        for (int i = 0; i < MH_SPANS_PER_CHUNK; i++) {
            mspan *s = &c->spans[i];
            if (s->state != MSPAN_INUSE)
                continue;
            freed += mheap_sweep_span(h, s);
            if (s->state == MSPAN_INUSE && s->nalloc > 0) {
                live_bytes += (uint64_t)s->nalloc * s->elemsize;
                live_objects += s->nalloc;
            }
        }
    h->swept_live_bytes = live_bytes;
    h->swept_live_objects = live_objects;
    __atomic_store_n(&h->heap_live, live_bytes, __ATOMIC_RELAXED);
    return freed;
}

void mheap_for_each_span(mheap *h, void (*fn)(mspan *s, void *arg),
                         void *arg)
{
    for (mh_span_chunk *c = h->span_chunks; c != NULL; c = c->next)
        for (int i = 0; i < MH_SPANS_PER_CHUNK; i++)
            if (c->spans[i].state == MSPAN_INUSE)
                fn(&c->spans[i], arg);
}

/* ---- lazy sweeping ---- */

void mheap_note_swept(mheap *h)
{
    /* sweep_left before sweep_active: mheap_sweep_finish must never see
       neither a span in progress nor the generation done. The last one
       publishes the survivors, then swept_gen (release); readers wait for
       swept_gen (mheap_sweep_finish). */
    if (__atomic_sub_fetch(&h->sweep_left, 1, __ATOMIC_ACQ_REL) == 0) {
        __atomic_store_n(&h->swept_live_bytes,
                         __atomic_load_n(&h->sweep_acc_bytes, __ATOMIC_RELAXED),
                         __ATOMIC_RELAXED);
        __atomic_store_n(&h->swept_live_objects,
                         __atomic_load_n(&h->sweep_acc_objects,
                                         __ATOMIC_RELAXED),
                         __ATOMIC_RELAXED);
        __atomic_store_n(&h->swept_gen,
                         __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE),
                         __ATOMIC_RELEASE);
    }
    __atomic_fetch_sub(&h->sweep_active, 1, __ATOMIC_ACQ_REL);
}

/* Sweeps one unswept large span: its pages freed (0 if it survives), or
   -1 when none is left. */
static int64_t large_sweep_one(mheap *h)
{
    uint32_t sg0 = __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE);
    if (__atomic_load_n(&h->nlarge[mh_unswept_set(sg0)], __ATOMIC_RELAXED) ==
        0)
        return -1; /* the common case, without the lock */
    pthread_mutex_lock(&h->lock);
    uint32_t sg = h->sweepgen;
    mspan *s = h->large[mh_unswept_set(sg)];
    if (s == NULL) {
        pthread_mutex_unlock(&h->lock);
        return -1;
    }
    large_remove(h, s);
    __atomic_store_n(&s->sweepgen, sg - 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->sweep_active, 1, __ATOMIC_ACQ_REL);
    pthread_mutex_unlock(&h->lock);
    if (mspan_is_marked(s, 0)) {
        __atomic_store_n(&s->gcmarkbits[0], 0, __ATOMIC_RELAXED);
        __atomic_fetch_add(&h->sweep_acc_bytes, s->elemsize, __ATOMIC_RELAXED);
        __atomic_fetch_add(&h->sweep_acc_objects, 1, __ATOMIC_RELAXED);
        pthread_mutex_lock(&h->lock);
        __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
        large_push(h, s, mh_swept_set(sg));
        pthread_mutex_unlock(&h->lock);
        mheap_note_swept(h);
        return 0;
    }
    int64_t pages = (int64_t)s->npages;
    __atomic_fetch_add(&h->stats.nfree, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&h->stats.freed_bytes, s->elemsize, __ATOMIC_RELAXED);
    mheap_free_span(h, s);
    mheap_note_swept(h);
    return pages;
}

int64_t mheap_sweep_one(mheap *h)
{
    if (mheap_sweep_done(h))
        return -1;
    int64_t pages = large_sweep_one(h);
    if (pages >= 0)
        return pages;
    uint32_t sg = __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE);
    uint64_t cur = __atomic_load_n(&h->sweep_cursor, __ATOMIC_ACQUIRE);
    uint32_t k = (uint32_t)(cur >> 32) == sg ? (uint32_t)cur : 0;
    for (; k < MH_NUM_SPAN_CLASSES; k++) {
        pages = mcentral_sweep_one(&h->central[k], h);
        if (pages >= 0)
            return pages;
        /* class k has nothing left in generation sg: move the cursor past
           it (fails harmlessly if sg is stale or others moved it) */
        uint64_t expect = (uint64_t)sg << 32 | k;
        __atomic_compare_exchange_n(&h->sweep_cursor, &expect, expect + 1,
                                    false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_RELAXED);
    }
    return -1;
}

/* Sweeps what every class has left, ignoring the cursor (a check that
   does not trust it); returns the spans swept. */
static uint64_t sweep_every_class(mheap *h)
{
    uint64_t n = 0;
    while (large_sweep_one(h) >= 0)
        n++;
    for (int k = 0; k < MH_NUM_SPAN_CLASSES; k++)
        while (mcentral_sweep_one(&h->central[k], h) >= 0)
            n++;
    return n;
}

/* Once the generation is swept: waits for its last sweeper to publish
   the survivors (a few instructions after its countdown). */
static void wait_published(mheap *h)
{
    while (__atomic_load_n(&h->swept_gen, __ATOMIC_ACQUIRE) !=
           __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE))
        sched_yield();
}

void mheap_sweep_finish(mheap *h)
{
    if (mheap_sweep_done(h)) {
        wait_published(h);
        return;
    }
    /* spans taken by other threads (the background sweeper, allocators)
       are being swept: each takes microseconds. A thread takes a span
       (sweep_active + 1) under the lock of the list it was on, so once
       the lists are empty and sweep_active is 0, what is left unswept can
       only sit in an mcache (see vm/mheap.h). */
    for (int spins = 0; !mheap_sweep_done(h); spins++) {
        if (mheap_sweep_one(h) >= 0)
            continue;
        if (__atomic_load_n(&h->sweep_active, __ATOMIC_ACQUIRE) == 0 &&
            sweep_every_class(h) == 0 && !mheap_sweep_done(h) &&
            __atomic_load_n(&h->sweep_active, __ATOMIC_ACQUIRE) == 0)
            return;
        if (spins >= 50)
            sched_yield();
    }
    wait_published(h);
}

void mheap_set_scavenge_goal(mheap *h, uint64_t keep)
{
    __atomic_store_n(&h->scavenge_keep, keep, __ATOMIC_RELAXED);
}

uint64_t mheap_trim(mheap *h)
{
    uint64_t keep = __atomic_load_n(&h->scavenge_keep, __ATOMIC_RELAXED);
    if (keep == UINT64_MAX)
        return 0;
    pthread_mutex_lock(&h->lock);
    uint64_t resident = h->stats.committed - h->stats.released;
    pthread_mutex_unlock(&h->lock);
    if (resident <= keep)
        return 0;
    return mheap_scavenge_some(h, mheap_nanotime(), MH_TRIM_MIN_AGE_NS,
                               resident - keep);
}

static bool bg_stopping(mheap *h)
{
    return __atomic_load_n(&h->bg_stop, __ATOMIC_ACQUIRE);
}

/* One generation's work for the background sweeper. */
static void bg_sweep_generation(mheap *h)
{
    while (!bg_stopping(h) && mheap_sweep_one(h) >= 0)
        ;
    if (bg_stopping(h))
        return;
    mheap_sweep_finish(h); /* waits for spans others are sweeping */
    if (mheap_sweep_done(h))
        mheap_trim(h);
}

/* The background sweeper's thread: sleeps until mheap_sweep_begin
   raises bg_gen, sweeps, trims, sleeps again; exits on bg_stop. */
static void *bg_sweeper_main(void *arg)
{
    mheap *h = arg;
    uint32_t done_gen = 0;
    bool have_done = false;
    pthread_mutex_lock(&h->bg_lock);
    for (;;) {
        while (!h->bg_stop && have_done && h->bg_gen == done_gen)
            pthread_cond_wait(&h->bg_cond, &h->bg_lock);
        if (h->bg_stop)
            break;
        done_gen = h->bg_gen;
        have_done = true;
        pthread_mutex_unlock(&h->bg_lock);
        bg_sweep_generation(h);
        pthread_mutex_lock(&h->bg_lock);
    }
    pthread_mutex_unlock(&h->bg_lock);
    return NULL;
}

/* Wakes the background sweeper for generation sg, starting it the first
   time (if the thread cannot be made, the allocator and
   mheap_sweep_finish still sweep everything). */
static void bg_sweeper_wake(mheap *h, uint32_t sg)
{
    pthread_mutex_lock(&h->bg_lock);
    h->bg_gen = sg;
    if (!h->bg_started && !h->bg_stop)
        h->bg_started =
            pthread_create(&h->bg_thread, NULL, bg_sweeper_main, h) == 0;
    pthread_cond_signal(&h->bg_cond);
    pthread_mutex_unlock(&h->bg_lock);
}

static void bg_sweeper_stop(mheap *h)
{
    pthread_mutex_lock(&h->bg_lock);
    __atomic_store_n(&h->bg_stop, true, __ATOMIC_RELEASE);
    bool started = h->bg_started;
    pthread_cond_signal(&h->bg_cond);
    pthread_mutex_unlock(&h->bg_lock);
    if (started)
        pthread_join(h->bg_thread, NULL);
}

void mheap_sweep_begin(mheap *h)
{
    mheap_sweep_finish(h); /* a fallback: normally nothing is left */
    pthread_mutex_lock(&h->lock);
    uint32_t sg = h->sweepgen + 2;
    __atomic_store_n(&h->sweep_acc_bytes, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&h->sweep_acc_objects, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&h->black_bytes, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&h->sweep_left, h->nspans_inuse, __ATOMIC_RELEASE);
    __atomic_store_n(&h->sweepgen, sg, __ATOMIC_RELEASE);
    /* after the new generation: a sweeper still working on the old one
       cannot move this cursor (its CAS names the old generation) */
    __atomic_store_n(&h->sweep_cursor, (uint64_t)sg << 32, __ATOMIC_RELEASE);
    if (h->nspans_inuse == 0) {
        __atomic_store_n(&h->swept_live_bytes, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&h->swept_live_objects, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&h->swept_gen, sg, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&h->lock);
    bg_sweeper_wake(h, sg);
}

/* ---- the scavenger ---- */

/* Releases the resident pages of free run s; returns the bytes. */
static uint64_t scavenge_run(mheap *h, mspan *s)
{
    uintptr_t first = page_index(h, s->base);
    uint64_t released = 0;
    uintptr_t i = 0;
    while (i < s->npages) {
        if (h->pageflags[first + i] & MH_PAGE_RELEASED) {
            i++;
            continue;
        }
        uintptr_t j = i;
        while (j < s->npages && !(h->pageflags[first + j] & MH_PAGE_RELEASED))
            j++;
        void *addr = (void *)(s->base + i * MH_PAGE_SIZE);
        size_t len = (j - i) * MH_PAGE_SIZE;
        if (madvise(addr, len, MADV_DONTNEED) == 0) {
            memset(h->pageflags + first + i, MH_PAGE_RELEASED, j - i);
            released += len;
        }
        i = j;
    }
    return released;
}

uint64_t mheap_scavenge(mheap *h, int64_t now_ns, int64_t min_age_ns)
{
    return mheap_scavenge_some(h, now_ns, min_age_ns, UINT64_MAX);
}

uint64_t mheap_scavenge_some(mheap *h, int64_t now_ns, int64_t min_age_ns,
                             uint64_t max_bytes)
{
    uint64_t released = 0;
    pthread_mutex_lock(&h->lock);
    for (int l = 0; l < MH_FREE_EXACT && released < max_bytes; l++)
        for (mspan *s = h->free[l]; s != NULL && released < max_bytes;
             s = s->next)
            if (now_ns - s->free_since >= min_age_ns)
                released += scavenge_run(h, s);
    h->stats.released += released;
    h->stats.nscavenged += released;
    pthread_mutex_unlock(&h->lock);
    return released;
}

mheap_stats mheap_read_stats(mheap *h)
{
    /* the fields sweepers and mcaches update without the lock are read
       atomically, one by one */
    mheap_stats st;
    pthread_mutex_lock(&h->lock);
    st.reserved = h->stats.reserved;
    st.committed = h->stats.committed;
    st.inuse = h->stats.inuse;
    st.released = h->stats.released;
    st.nscavenged = h->stats.nscavenged;
    st.nlarge_alloc = h->stats.nlarge_alloc;
    st.nlarge_free = h->stats.nlarge_free;
    st.large_bytes = h->stats.large_bytes;
    st.nspan_structs = h->stats.nspan_structs;
    st.span_struct_bytes = h->stats.span_struct_bytes;
    pthread_mutex_unlock(&h->lock);
#define MH_LOAD(f) __atomic_load_n(&h->stats.f, __ATOMIC_RELAXED)
    st.nsmall_alloc = MH_LOAD(nsmall_alloc);
    st.small_bytes = MH_LOAD(small_bytes);
    st.nfree = MH_LOAD(nfree);
    st.freed_bytes = MH_LOAD(freed_bytes);
    st.bitmap_bytes = MH_LOAD(bitmap_bytes);
    st.ncaches = MH_LOAD(ncaches);
    for (int k = 0; k < SC_NUM_CLASSES; k++) {
        st.nmalloc_class[k] = MH_LOAD(nmalloc_class[k]);
        st.nfree_class[k] = MH_LOAD(nfree_class[k]);
    }
#undef MH_LOAD
    return st;
}

/* ---- verification ---- */

static uint32_t popcount_bits(const uint64_t *bits, uint32_t n)
{
    uint32_t c = 0;
    for (uint32_t w = 0; w < (n + 63) / 64; w++)
        c += (uint32_t)__builtin_popcountll(bits[w]);
    return c;
}

/* The list set an uncached span of generation sg must be on. */
static const char *verify_sweep_set(const mspan *s, uint32_t sg)
{
    uint32_t ssg = __atomic_load_n(&s->sweepgen, __ATOMIC_RELAXED);
    if (ssg != sg && ssg != sg - 2)
        return "span: sweepgen neither swept nor unswept (being swept, or "
               "stale)";
    if (s->cached)
        return ssg == sg ? NULL : "cached span not swept";
    int want = ssg == sg ? mh_swept_set(sg) : mh_unswept_set(sg);
    return s->listset == want ? NULL : "span on the wrong sweep set";
}

static const char *verify_small_span(const mspan *s, uint32_t sg)
{
    const char *err = verify_sweep_set(s, sg);
    if (err != NULL)
        return err;
    if (s->nalloc != popcount_bits(s->allocbits, s->nelems))
        return "small span: nalloc differs from its allocation bitmap";
    if (s->freeindex > s->nelems)
        return "small span: freeindex past nelems";
    for (uint32_t i = 0; i < s->freeindex; i++)
        if (!mspan_is_allocated(s, i))
            return "small span: a free slot below freeindex";
    if (s->cached)
        return s->list == MSPAN_LIST_NONE ? NULL
                                          : "cached span on an mcentral list";
    if (s->nalloc == 0)
        return "empty uncached span not returned to the heap";
    int want = s->nalloc == s->nelems ? MSPAN_LIST_FULL : MSPAN_LIST_PARTIAL;
    return s->list == want ? NULL : "span on the wrong mcentral list";
}

/* Walks the committed pages run by run. */
static const char *verify_pages(const mheap *h, uint64_t *free_pages,
                                uint64_t *inuse, uint64_t *nspans,
                                uint64_t *nlarge, uint64_t *nunswept)
{
    uint32_t sg = h->sweepgen;
    uintptr_t pos = h->arena, end = h->arena + h->committed;
    bool prev_free = false;
    while (pos < end) {
        const mspan *s = h->spans[page_index(h, pos)];
        if (s == NULL || s->base != pos || s->npages == 0 ||
            span_end(s) > end)
            return "page table: no span starts where the previous ended";
        if (s->state == MSPAN_FREE) {
            if (prev_free)
                return "two free runs touch (missed coalescing)";
            if (h->spans[page_index(h, span_end(s)) - 1] != s)
                return "free run: last page not in the table";
            *free_pages += s->npages;
        } else if (s->state == MSPAN_INUSE) {
            for (uintptr_t i = 0; i < s->npages; i++)
                if (h->spans[page_index(h, pos) + i] != s)
                    return "in-use span: a page not in the table";
            *inuse += s->npages * MH_PAGE_SIZE;
            (*nspans)++;
            if (__atomic_load_n(&s->sweepgen, __ATOMIC_RELAXED) != sg)
                (*nunswept)++;
            const char *err;
            if (spanclass_sizeclass(s->spanclass) != 0) {
                err = verify_small_span(s, sg);
            } else {
                (*nlarge)++;
                err = verify_sweep_set(s, sg);
                if (err == NULL && s->list != MSPAN_LIST_LARGE)
                    err = "large span not on a large-span list";
            }
            if (err != NULL)
                return err;
        } else {
            return "page table: points to a dead span";
        }
        prev_free = s->state == MSPAN_FREE;
        pos = span_end(s);
    }
    return NULL;
}

static const char *verify_free_lists(const mheap *h, uint64_t *listed)
{
    for (int l = 0; l < MH_FREE_EXACT; l++) {
        bool bit = (h->free_nonempty[l >> 6] >> (l & 63)) & 1;
        if (bit != (h->free[l] != NULL))
            return "free lists: non-empty bitmap out of date";
        for (const mspan *s = h->free[l]; s != NULL; s = s->next) {
            if (s->state != MSPAN_FREE || free_list_of(s->npages) != l)
                return "free lists: a run on the wrong list";
            *listed += s->npages;
        }
    }
    return NULL;
}

static uint64_t count_list(const mspan *s)
{
    uint64_t n = 0;
    for (; s != NULL; s = s->next)
        n++;
    return n;
}

const char *mheap_verify(mheap *h)
{
    uint64_t free_pages = 0, inuse = 0, listed = 0, nspans = 0, nlarge = 0,
             nunswept = 0;
    pthread_mutex_lock(&h->lock);
    const char *err =
        verify_pages(h, &free_pages, &inuse, &nspans, &nlarge, &nunswept);
    if (err == NULL)
        err = verify_free_lists(h, &listed);
    if (err == NULL && nspans != h->nspans_inuse)
        err = "in-use span count differs from the spans";
    if (err == NULL &&
        (nlarge != h->nlarge[0] + h->nlarge[1] ||
         h->nlarge[0] != count_list(h->large[0]) ||
         h->nlarge[1] != count_list(h->large[1])))
        err = "large spans and the large-span lists differ";
    if (err == NULL &&
        nunswept != __atomic_load_n(&h->sweep_left, __ATOMIC_RELAXED))
        err = "unswept span count differs from sweep_left";
    if (err == NULL && (free_pages != listed || listed != h->free_pages))
        err = "free-page count differs from the runs";
    if (err == NULL && inuse != h->stats.inuse)
        err = "in-use byte count differs from the spans";
    pthread_mutex_unlock(&h->lock);
    return err;
}
