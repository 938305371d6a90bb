/*
 * mheap.h - golem's Go-style allocator: the page heap (vm/mheap.c), the
 * per-span-class central lists (vm/mcentral.c) and the per-P caches
 * (vm/mcache.c). DESIGN.md section 8; docs/runtime.md ("The heap") tells the whole story.
 *
 * Layering, from the top:
 *
 *   mcache_alloc(c, t, size)     per-P, no lock: the next free object of a
 *        |                       cached span; objects > 32 KiB go straight
 *        |                       to the heap as one-object spans
 *   mcentral (one per span class) locked lists of partial and full spans
 *        |
 *   mheap                        locked: one reserved arena of 8 KiB pages,
 *                                a free-page structure that coalesces, the
 *                                page-to-span table, the scavenger
 *
 * A span class is a size class (vm/sizeclasses.h) times {scan, noscan}:
 * spanclass = sizeclass << 1 | noscan. Class 0 stands for large objects.
 *
 * Type information. Every object of a scan span has one "type word": the
 * element rtype in the low 48 bits and the element count in the high 16
 * (an array of n elements allocated as one object records (elem, n)).
 * A span whose objects all have the same type word (the usual case: one
 * allocation site fills a size class) keeps it once (mspan.span_type);
 * the first object with another one gives the span a side table of a
 * word per object (mspan.types), filled with the shared word for the
 * objects before it (vm/mcache.c span_set_type). That table costs 8
 * bytes per object, a third to a half of a 16- or 24-byte node, so it
 * is made only when needed. A
 * large object's type and count live in its span (large_type,
 * large_count). Noscan spans have no table at all. A side table was chosen
 * over a header word inside the object so that objects are exactly their
 * size class: cap() after append must match Go's, which rounds to class
 * sizes (sc_roundupsize), and a header would push objects into the next
 * class. Count 0 in a type word means "as many whole elements as fit in the
 * object" (used only for counts over 65535, which small objects never
 * reach); that
 * is a safe over-approximation because the bytes past the requested size
 * are zero and stay zero unless the program writes elements there.
 *
 * Sweep generations (Go's mspan.sweepgen). heap->sweepgen advances by 2 at
 * each mheap_sweep_begin; relative to it a span is unswept (sweepgen ==
 * h-2: its mark bits are the last cycle's, not yet applied), being swept
 * (h-1: one thread owns it) or swept (h). Spans made after sweep_begin are
 * born swept. Each mcentral keeps partial and full lists in two sets
 * indexed by sweepgen/2 % 2, so advancing the generation turns every swept
 * list into an unswept one in O(1) (large spans: the same pair of lists in
 * the heap). A thread sweeps a span only after taking it off its unswept
 * list under the list's lock and moving its sweepgen from h-2 to h-1 with
 * a compare-and-swap, so no span is swept twice. An mcache only ever holds
 * swept spans.
 *
 * Locking order: mcentral.lock before mheap.lock; an mcache is owned by one
 * P (one thread at a time) and takes no lock on its fast path.
 */
#ifndef GOLEM_MHEAP_H
#define GOLEM_MHEAP_H

#include "rtype.h"
#include "sizeclasses.h"
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MH_PAGE_SHIFT SC_PAGE_SHIFT
#define MH_PAGE_SIZE ((uintptr_t)SC_PAGE_SIZE)
#define MH_NUM_SPAN_CLASSES (SC_NUM_CLASSES * 2)
/* Free runs shorter than this many pages sit in exact-size lists; longer
   ones share one list searched best-fit. */
#define MH_FREE_EXACT 128
/* The arena grows (is committed) in steps of at least this many pages. */
#define MH_GROW_PAGES 128
/* Default reservation: 64 GiB of address space on 64-bit hosts. */
#define MH_DEFAULT_RESERVE \
    (sizeof(void *) >= 8 ? ((uint64_t)64 << 30) : ((uint64_t)512 << 20))
/* Smallest reservation mheap_init falls back to. */
#define MH_MIN_RESERVE ((uint64_t)64 << 20)

/* AddressSanitizer cannot see inside the arena by itself; the allocator
   poisons free slots, span tails and the bytes past each request so that
   ASan builds still catch overflows and use of freed objects. */
#if defined(__SANITIZE_ADDRESS__)
#define MH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MH_ASAN 1
#endif
#endif
#ifdef MH_ASAN
#include <sanitizer/asan_interface.h>
#define MH_POISON(p, n) ASAN_POISON_MEMORY_REGION((const void *)(p), (n))
#define MH_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((const void *)(p), (n))
#else
#define MH_POISON(p, n) ((void)(p), (void)(n))
#define MH_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

typedef enum mspan_state {
    MSPAN_DEAD = 0,  /* in the span-struct pool, describes nothing */
    MSPAN_FREE,      /* a run of free pages in the free-page structure */
    MSPAN_INUSE,     /* holds objects (small) or one large object */
} mspan_state;

/* Which list an in-use span is on (the set, swept or unswept, is
   mspan.listset). */
enum {
    MSPAN_LIST_NONE = 0,
    MSPAN_LIST_PARTIAL, /* an mcentral's: at least one free object */
    MSPAN_LIST_FULL,    /* an mcentral's: no free object */
    MSPAN_LIST_LARGE,   /* the heap's in-use large spans */
};

/* Per-page flags (mheap.pageflags). */
enum {
    MH_PAGE_DIRTY = 1 << 0,     /* may hold non-zero bytes */
    MH_PAGE_RELEASED = 1 << 1,  /* not resident: never touched since it was
                                   committed, or madvised away; reads 0 */
};

typedef struct mspan {
    struct mspan *next, *prev;  /* a free-page list or an mcentral list */
    uintptr_t base;             /* address of the first page */
    uintptr_t npages;
    uint8_t state;              /* mspan_state */
    uint8_t spanclass;          /* sizeclass << 1 | noscan; 0 = large */
    uint8_t list;               /* MSPAN_LIST_* (small spans) */
    bool cached;                /* held by an mcache */
    bool needzero;              /* free object slots may hold old bytes */
    uint8_t listset;            /* which set of lists (sweepgen/2 % 2) */
    bool cached_black;          /* cached while alloc_black: its free slots
                                   were counted in heap->black_bytes */
    uint32_t sweepgen;          /* atomic; see "Sweep generations" */

    /* Objects (state MSPAN_INUSE). */
    uint64_t elemsize;          /* bytes per object (large: npages*page) */
    uint32_t nelems;            /* objects the span holds */
    uint32_t freeindex;         /* no free slot below this index */
    uint64_t alloc_cache;       /* ~allocbits from freeindex to the end of
                                   its word: bit k = slot freeindex+k free;
                                   0 = refresh from allocbits (frees and
                                   sweeps reset it) */
    uint32_t nalloc;            /* allocated objects */
    uint32_t divmul;            /* ceil(2^32 / elemsize): offset -> index */
    uint64_t *allocbits;        /* nelems bits, 1 = allocated */
    uint64_t *gcmarkbits;       /* nelems bits, for the collector */
    uint64_t span_type;         /* scan small spans: the type word every
                                   object allocated so far shares (0: none
                                   yet), while types is NULL ... */
    uint64_t *types;            /* ... else a type word per object, made
                                   when a second type word appears
                                   (atomic pointer: the marker reads it) */
    const rtype *large_type;    /* large scan object: element type ... */
    uint64_t large_count;       /* ... and count */

    /* Free runs (state MSPAN_FREE). */
    int64_t free_since;         /* CLOCK_MONOTONIC ns when it became free */
} mspan;

static inline int spanclass_make(int sizeclass, bool noscan)
{
    return sizeclass << 1 | (noscan ? 1 : 0);
}
static inline int spanclass_sizeclass(int sc) { return sc >> 1; }
static inline bool spanclass_noscan(int sc) { return sc & 1; }

/* Type words: element rtype (low 48 bits) and count (high 16). */
#define MH_TYPEWORD_COUNT_SHIFT 48
/* Relies on user-space addresses being below 2^48, true of every 64-bit
   Linux golem targets (x86-64 with 4-level paging, arm64 48-bit VA) and of
   32-bit hosts. */
static inline uint64_t typeword_make(const rtype *t, uint64_t count)
{
    if (count > 0xffff)
        count = 0; /* "whole elements that fit": see the header comment */
    return (uint64_t)(uintptr_t)t | count << MH_TYPEWORD_COUNT_SHIFT;
}
static inline const rtype *typeword_type(uint64_t w)
{
    return (const rtype *)(uintptr_t)(w & ((1ull << MH_TYPEWORD_COUNT_SHIFT) - 1));
}
static inline uint64_t typeword_count(uint64_t w)
{
    return w >> MH_TYPEWORD_COUNT_SHIFT;
}

typedef struct mcentral {
    pthread_mutex_t lock;
    int spanclass;
    /* Not cached, by sweep set (mh_swept_set / mh_unswept_set): */
    mspan *partial[2]; /* at least one free object (unswept: before
                          sweeping) */
    mspan *full[2];    /* no free object (unswept: before sweeping) */
    uint64_t nspans;   /* spans of this class, cached ones included */
} mcentral;

/* The list set holding swept / unswept spans in generation sg. */
static inline int mh_swept_set(uint32_t sg) { return (int)(sg >> 1) & 1; }
static inline int mh_unswept_set(uint32_t sg) { return mh_swept_set(sg) ^ 1; }

typedef struct mh_span_chunk mh_span_chunk;

/* Cumulative and current statistics, in bytes unless named n*. Updated
   under mheap.lock, except the mcache counters flushed into it. */
typedef struct mheap_stats {
    uint64_t reserved;        /* address space reserved */
    uint64_t committed;       /* arena bytes made accessible (heap_sys) */
    uint64_t inuse;           /* bytes in in-use spans */
    uint64_t released;        /* free bytes returned to the OS */
    uint64_t nscavenged;      /* bytes the scavenger has ever released */
    uint64_t nlarge_alloc, nlarge_free;
    uint64_t nsmall_alloc;    /* flushed from mcaches */
    uint64_t small_bytes;     /* flushed from mcaches (class sizes) */
    uint64_t nfree;           /* objects freed (explicitly or swept) */
    uint64_t large_bytes;     /* (GC) bytes of large objects ever
                                 allocated (whole spans) */
    /* (sweep3) Frees and metadata, for MemStats: */
    uint64_t freed_bytes;     /* bytes of the nfree objects (class sizes;
                                 large: whole spans) */
    uint64_t nmalloc_class[SC_NUM_CLASSES]; /* small, flushed from mcaches */
    uint64_t nfree_class[SC_NUM_CLASSES];   /* small, counted by sweeping */
    uint64_t bitmap_bytes;    /* alloc/mark bitmaps and type-word tables */
    uint64_t nspan_structs;   /* span structs not in the pool */
    uint64_t span_struct_bytes; /* span-struct chunks ever allocated */
    uint64_t ncaches;         /* mcaches alive (mcache_new .. mcache_free) */
} mheap_stats;

typedef struct mheap {
    pthread_mutex_t lock;

    /* The arena: [arena, arena + reserved) is reserved PROT_NONE; the
       prefix [arena, arena + committed) is read-write. */
    uintptr_t arena;
    uint64_t reserved, committed;
    uintptr_t map_base;       /* the mmap itself (arena rounded to a page) */
    uint64_t map_len;
    uintptr_t npages_reserved;

    /* Page -> span for every page of an in-use span, and the first and
       last page of each free run (other entries may be stale: readers
       check the span's state and range). A MAP_NORESERVE mapping, so only
       the part covering the committed arena costs memory. */
    mspan **spans;
    uint8_t *pageflags;       /* MH_PAGE_* per page, same mapping kind */

    /* The free-page structure: free[n] (1 <= n < MH_FREE_EXACT) holds runs
       of exactly n pages; free[0] holds every longer run. free_nonempty
       has bit n set when free[n] is non-empty. */
    mspan *free[MH_FREE_EXACT];
    uint64_t free_nonempty[MH_FREE_EXACT / 64];
    uint64_t free_pages;

    mcentral central[MH_NUM_SPAN_CLASSES];

    mspan *span_pool;         /* dead span structs, linked by next */
    mh_span_chunk *span_chunks;

    mheap_stats stats;

    /* Sweeping (see "Sweep generations" above and vm/mheap.c). */
    uint32_t sweepgen;        /* atomic; advanced under lock, world stopped */
    uint64_t nspans_inuse;    /* in-use spans, small and large (lock) */
    uint64_t sweep_left;      /* atomic: in-use spans of this generation
                                 not yet swept (unswept or being swept) */
    uint64_t sweep_active;    /* atomic: spans being swept right now */
    uint64_t sweep_cursor;    /* atomic: sweepgen << 32 | k: no unswept
                                 span of that generation below span class
                                 k (the sweepers' shortcut; a cursor of
                                 another generation means 0) */
    uint64_t sweep_acc_bytes, sweep_acc_objects; /* atomic: survivors of
                                 the spans swept so far this generation */
    mspan *large[2];          /* in-use large spans by sweep set (lock) */
    uint64_t nlarge[2];       /* their lengths (written under the lock,
                                 read atomically without it) */
    uint32_t swept_gen;       /* atomic: the generation whose survivors
                                 swept_live_bytes/objects describe */
    /* The background sweeper: a thread made by the first
       mheap_sweep_begin, woken by each, joined by mheap_destroy. */
    pthread_mutex_t bg_lock;
    pthread_cond_t bg_cond;
    pthread_t bg_thread;
    bool bg_started, bg_stop; /* under bg_lock (bg_stop also read atomically) */
    uint32_t bg_gen;          /* the generation it was last asked to sweep */
    /* Resident bytes the background sweeper keeps once sweeping is done
       (mheap_set_scavenge_goal; UINT64_MAX: no trimming). Atomic. */
    uint64_t scavenge_keep;

    /* (GC) The collector's live-heap estimate, in bytes (atomic): set at
       the end of each cycle by the collector (and by mheap_sweep_all),
       raised by the free slots of every span an mcache takes (all of
       which it may hand out) and by each large object, lowered by the
       free slots of spans handed back. Sweeping leaves it alone. Go's
       heapLive; the pacer compares it with the cycle's trigger. */
    uint64_t heap_live;
    /* (sweep3) Bytes handed out black while alloc_black is set (atomic):
       the free slots of every span an mcache takes then (less those still
       free when it hands the span back) and every large object. The
       collector reads it at mark termination, before mheap_sweep_begin,
       which resets it to 0. */
    uint64_t black_bytes;
    /* (GC) Nonzero while the collector marks with the world running:
       objects are allocated black (their mark bit set by mcache_alloc and
       mheap_alloc_large). Changed with the world stopped. */
    uint32_t alloc_black;
    /* (GC) What the last completed sweep left allocated (the bytes and
       objects marked by the cycle before it): set when the last span of
       a generation is swept (or by mheap_sweep_all). runtime.GC returns
       with it up to date. */
    uint64_t swept_live_bytes, swept_live_objects;
} mheap;

typedef struct mcache {
    mheap *heap;
    struct mcache *alllink;  /* the owner's list of caches (vm/malloc.c) */
    mspan *alloc[MH_NUM_SPAN_CLASSES]; /* NULL: none cached yet */
    /* Local statistics, flushed into heap->stats by mcache_flush_stats:
       small objects allocated per size class. */
    uint64_t nmalloc_class[SC_NUM_CLASSES];
} mcache;

/* --- the page heap (vm/mheap.c) --- */

/* Reserves `reserve` bytes of address space (0: MH_DEFAULT_RESERVE;
   halved until the OS grants it, down to MH_MIN_RESERVE) and sets up h.
   Returns false when even that fails. */
bool mheap_init(mheap *h, uint64_t reserve);
/* Unmaps the arena and frees every span struct and bitmap. */
void mheap_destroy(mheap *h);

/* A span of npages pages for objects of span class spanclass (small: the
   class's page count and object size; the span's bitmaps are allocated,
   its memory is zero). Returns NULL when the arena is exhausted. Takes
   mheap.lock. */
mspan *mheap_alloc_span(mheap *h, int spanclass);
/* A one-object span of at least size bytes (size > SC_MAX_SMALL_SIZE) whose
   memory is zero, recording (t, count) when t has pointers. NULL when the
   arena is exhausted. Takes mheap.lock. */
mspan *mheap_alloc_large(mheap *h, uint64_t size, const rtype *t,
                         uint64_t count);
/* Returns a span's pages to the free-page structure, coalescing with free
   neighbours. The span must not be on any mcentral list or in an mcache.
   Takes mheap.lock. */
void mheap_free_span(mheap *h, mspan *s);

/* The in-use span containing p, or NULL (p outside the arena, on a free
   page). O(1). No lock: the caller must keep the span alive (the world is
   stopped, or p is reachable). */
mspan *mheap_span_of(const mheap *h, const void *p);
/* The start of the object containing p (interior pointers included), or
   NULL when p is in no in-use span or in a span's tail waste. Sets *span
   and *index when non-NULL. Does not check that the slot is allocated
   (mspan_is_allocated). O(1). */
void *mheap_object_start(const mheap *h, const void *p, mspan **span,
                         uint32_t *index);

/* Frees one object explicitly (for the sweeper and tests): clears its
   allocation bit; a small span that becomes empty and is not cached goes
   back to the heap, a large object's span at once. The world must be
   stopped or the object's span must not be in use by an mcache at the same
   moment (the sweeper's rule). Takes mcentral and mheap locks. */
void mheap_free_object(mheap *h, void *p);

/* The scavenger: returns to the OS (madvise MADV_DONTNEED) every free page
   that has been free for at least min_age_ns at now_ns and is still
   resident. Returns the bytes released. min_age_ns 0 releases everything
   free (what debug.FreeOSMemory does, after its cycle's sweep). Takes
   mheap.lock. */
uint64_t mheap_scavenge(mheap *h, int64_t now_ns, int64_t min_age_ns);
/* The same, stopping once at least max_bytes were released (whole free
   runs at a time): mheap_trim's way to return what sits above the
   collector's goal without the pages the program is about to reuse. */
uint64_t mheap_scavenge_some(mheap *h, int64_t now_ns, int64_t min_age_ns,
                             uint64_t max_bytes);
/* CLOCK_MONOTONIC in nanoseconds, the scavenger's clock. */
int64_t mheap_nanotime(void);

/* Checks the heap's invariants (the world stopped): the table describes
   every committed page as exactly one in-use span or free run, no two free
   runs touch, every free run is on the list its length calls for, the
   free-page count and the in-use byte count agree, and every small span's
   allocation count, freeindex and mcentral list match its bitmap. Returns
   NULL, or a static description of the first violation. For tests and
   GODEBUG-style verification modes. */
const char *mheap_verify(mheap *h);

/* A copy of the statistics (under the lock). */
mheap_stats mheap_read_stats(mheap *h);

/* --- span helpers (vm/mheap.c) --- */
static inline bool mspan_is_allocated(const mspan *s, uint32_t i)
{
    /* atomic: the concurrent marker reads bits an mcache sets */
    return (__atomic_load_n(&s->allocbits[i >> 6], __ATOMIC_ACQUIRE) >>
            (i & 63)) & 1;
}
static inline uint32_t mspan_object_index(const mspan *s, uintptr_t p)
{
    return (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
}
static inline void *mspan_object_addr(const mspan *s, uint32_t i)
{
    return (void *)(s->base + (uintptr_t)i * s->elemsize);
}
/* The type word of object i (0 for noscan spans); large spans synthesise
   one from large_type/large_count. */
uint64_t mspan_type_word(const mspan *s, uint32_t i);

/* Mark bits, for the collector: sets object i's bit atomically (several
   mark workers may race); returns true when this call marked it. */
static inline bool mspan_mark(mspan *s, uint32_t i)
{
    uint64_t bit = 1ull << (i & 63);
    uint64_t old = __atomic_fetch_or(&s->gcmarkbits[i >> 6], bit,
                                     __ATOMIC_RELAXED);
    return !(old & bit);
}
static inline bool mspan_is_marked(const mspan *s, uint32_t i)
{
    return (__atomic_load_n(&s->gcmarkbits[i >> 6], __ATOMIC_RELAXED) >>
            (i & 63)) & 1;
}

/* Calls visit(slot, arg) for every word of object i of s that its type
   word says may hold a heap pointer (count elements of T->nslots words,
   T->ptrmask per element; count 0: as many as fit in the slot). Nothing
   for noscan spans. What the collector's scanobject does per object. */
typedef void (*mh_pointer_visitor)(void **slot, void *arg);
void mspan_scan_object(const mspan *s, uint32_t i, mh_pointer_visitor visit,
                       void *arg);

/* Sweeps span s with the world stopped, no sweeping in progress (after
   mheap_sweep_finish) and s swept in the current generation, cached or
   not: every allocated object whose mark bit is clear is freed, the mark
   bits are cleared for the next cycle, and an uncached span left empty
   goes back to the heap (s must not be used afterwards if so). Returns
   the objects freed. Takes mcentral and mheap locks. */
uint32_t mheap_sweep_span(mheap *h, mspan *s);
/* Sweeps every in-use span at once, cached ones included (their mcache
   simply finds the freed slots); the world must be stopped. Finishes a
   lazy sweep first. Returns the objects freed. (GC) Also sets
   swept_live_bytes/objects and heap_live to what remains allocated
   (class sizes; large objects: their spans). For tests: the collector
   sweeps lazily (below). */
uint64_t mheap_sweep_all(mheap *h);

/* (sweep3) Lazy sweeping, Go's design.
   mheap_sweep_begin: the world stopped, marking done, every mcache
   released. Advances the sweep generation, which makes every in-use span
   unswept in O(1) (no walk over the heap), resets black_bytes and wakes
   the background sweeper. Spans are then swept by the allocator before it
   reuses them (mcentral_cache_span), before it grows the heap (a few
   spans, to reclaim pages), by the background sweeper, and by
   mheap_sweep_finish. If the previous generation is not finished yet it
   is finished first (a fallback: callers should have called
   mheap_sweep_finish before marking). */
void mheap_sweep_begin(mheap *h);
/* Sweeps every span still unswept, from any thread (world running or
   stopped), then waits for spans other threads are sweeping (the
   background sweeper holds no P: stopping the world does not stop it).
   On return the generation is fully swept and no mark bit is set: a
   cycle may start marking (Go's sweep termination). Cheap when nothing
   is left. The one exception: a span some mcache held across
   mheap_sweep_begin (the caller broke its rule) cannot be swept until
   the cache gives it back; finish then returns with mheap_sweep_done
   false rather than wait, and gc_release_caches (which hands every span
   back and finishes sweeping) completes the generation. */
void mheap_sweep_finish(mheap *h);
/* Called once a span of the generation is swept and filed (vm/mcentral.c
   and the large-span sweeper): counts it down, and the last one publishes
   swept_live_bytes/objects. */
void mheap_note_swept(mheap *h);
/* True when every span of the current generation is swept. */
static inline bool mheap_sweep_done(const mheap *h)
{
    return __atomic_load_n(&h->sweep_left, __ATOMIC_ACQUIRE) == 0;
}
/* Sweeps one unswept span, if any is left: returns the pages it gave
   back to the page heap (0 or the span's), or -1 when none was left to
   take (others may still be sweeping theirs). */
int64_t mheap_sweep_one(mheap *h);
/* Sets the resident-memory target of the trim that the background
   sweeper does once a generation is swept: when more than keep bytes of
   the arena are resident, free pages idle for MH_TRIM_MIN_AGE_NS are
   released until keep is reached. UINT64_MAX: no trimming. */
void mheap_set_scavenge_goal(mheap *h, uint64_t keep);
/* The trim itself (also for tests): returns the bytes released. */
uint64_t mheap_trim(mheap *h);
/* Free pages younger than this stay resident after a cycle: they are
   what the program is about to allocate again (faulting them back in cost
   allocation-heavy programs a quarter of their time in the kernel). */
#define MH_TRIM_MIN_AGE_NS ((int64_t)1000000000)

/* (GC) Calls fn(span, arg) for every in-use span (the world stopped and
   no sweeping in progress; fn must not free spans). */
void mheap_for_each_span(mheap *h, void (*fn)(mspan *s, void *arg),
                         void *arg);

/* Gives scan span s its table of a type word per object, every entry
   the shared span_type (the owner's mcache calls it when an object of
   another type arrives). False when out of memory. */
bool mheap_span_types(mheap *h, mspan *s);

/* --- central lists (vm/mcentral.c) --- */
void mcentral_init(mcentral *c, int spanclass);
void mcentral_destroy(mcentral *c);
/* A span with at least one free object for an mcache (marked cached,
   taken off the lists), from the partial list or a new span from the heap.
   NULL when the heap is exhausted. */
mspan *mcentral_cache_span(mcentral *c, mheap *h);
/* Takes back a span an mcache held: onto the full or partial list. */
void mcentral_uncache_span(mcentral *c, mheap *h, mspan *s);
/* mheap_free_object's small-object half (takes c->lock). */
void mcentral_free_object(mcentral *c, mheap *h, mspan *s, uint32_t index);
/* mheap_sweep_span's small-span half (takes c->lock). */
uint32_t mcentral_sweep_span(mcentral *c, mheap *h, mspan *s);
/* mheap_sweep_one's small-span half: sweeps one unswept span of c;
   returns the pages freed, or -1 when c has no unswept span left. It is
   the two steps below: take an unswept span (off its list, sweepgen
   h-2 -> h-1: the caller owns it; NULL when none is left), then sweep
   and file it (sweepgen h; returns the pages freed). */
int64_t mcentral_sweep_one(mcentral *c, mheap *h);
mspan *mcentral_take_unswept(mcentral *c, mheap *h);
int64_t mcentral_sweep_taken(mcentral *c, mheap *h, mspan *s);

/* --- per-P caches (vm/mcache.c) --- */
mcache *mcache_new(mheap *h);
/* Returns every cached span to its mcentral (before a GC cycle, or when a
   P is destroyed) and flushes the statistics. */
void mcache_release_all(mcache *c);
void mcache_free(mcache *c); /* mcache_release_all, then frees c */
void mcache_flush_stats(mcache *c);
/* Allocates size bytes of zeroed memory for objects of type t (one element;
   size may hold several: an array). t NULL or pointer-free: noscan. Size 0
   gets an 8-byte object (a distinct non-nil address). Returns NULL when
   the heap is exhausted. Only the thread owning c may call this. */
void *mcache_alloc(mcache *c, const rtype *t, size_t size);

#endif
