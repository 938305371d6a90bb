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
 * Type information. Every object of a scan span carries one "type word" in
 * a side table of its span (mspan.types, one uint64 per object): the
 * element rtype in the low 48 bits and the element count in the high 16
 * (an array of n elements allocated as one object records (elem, n)). A
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

/* Which mcentral list a small span is on. */
enum { MSPAN_LIST_NONE = 0, MSPAN_LIST_PARTIAL, MSPAN_LIST_FULL };

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
    uint64_t *types;            /* scan small spans: a type word per object */
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
    mspan *partial;   /* not cached, at least one free object */
    mspan *full;      /* not cached, no free object */
    uint64_t nspans;  /* spans of this class, cached ones included */
} mcentral;

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

    /* (GC) The collector's live-heap estimate, in bytes (atomic): set to
       the allocated bytes by mheap_sweep_all, raised by the free slots of
       every span an mcache takes (all of which it may hand out) and by
       each large object, lowered by the free slots of spans handed back.
       Go's heapLive; the pacer compares it with the cycle's trigger. */
    uint64_t heap_live;
    /* (GC) Nonzero while the collector marks with the world running:
       objects are allocated black (their mark bit set by mcache_alloc and
       mheap_alloc_large). Changed with the world stopped. */
    uint32_t alloc_black;
    /* (GC) What the last mheap_sweep_all left allocated. */
    uint64_t swept_live_bytes, swept_live_objects;
} mheap;

typedef struct mcache {
    mheap *heap;
    struct mcache *alllink;  /* the owner's list of caches (vm/malloc.c) */
    mspan *alloc[MH_NUM_SPAN_CLASSES]; /* NULL: none cached yet */
    /* Local statistics, flushed into heap->stats by mcache_flush_stats. */
    uint64_t nsmall_alloc, small_bytes;
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
   resident. Returns the bytes released. Called by the GC at the end of a
   cycle and by sysmon; min_age_ns 0 releases everything free (what
   debug.FreeOSMemory does). Takes mheap.lock. */
uint64_t mheap_scavenge(mheap *h, int64_t now_ns, int64_t min_age_ns);
/* The same, stopping once at least max_bytes were released (whole free
   runs at a time): the collector trims what sits above its goal without
   returning the pages the program is about to reuse. */
uint64_t mheap_scavenge_some(mheap *h, int64_t now_ns, int64_t min_age_ns,
                             uint64_t max_bytes);
/* How long a free run stays resident before sysmon's periodic scavenge
   returns it (Go's scavenger of Go 1.12 and before used 5 minutes; golem
   prefers RSS to fall sooner after a spike). */
#define MH_SCAVENGE_MIN_AGE_NS ((int64_t)60 * 1000000000)
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
    return (__atomic_load_n(&s->allocbits[i >> 6], __ATOMIC_RELAXED) >>
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

/* Sweeps span s with the world stopped and s in no mcache (after
   mcache_release_all): every allocated object whose mark bit is clear is
   freed, the mark bits are cleared for the next cycle, and a span left
   empty goes back to the heap (s must not be used afterwards if so).
   Returns the objects freed. Takes mcentral and mheap locks. */
uint32_t mheap_sweep_span(mheap *h, mspan *s);
/* Sweeps every in-use span, cached ones included (their mcache simply
   finds the freed slots); the world must be stopped. Returns the objects
   freed. (GC) Also sets swept_live_bytes/objects and heap_live to what
   remains allocated (class sizes; large objects: their spans). */
uint64_t mheap_sweep_all(mheap *h);
/* (GC) Calls fn(span, arg) for every in-use span (the world stopped; fn
   must not free spans). */
void mheap_for_each_span(mheap *h, void (*fn)(mspan *s, void *arg),
                         void *arg);

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
