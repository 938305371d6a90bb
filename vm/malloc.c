/*
 * malloc.c - gc_alloc, the VM's allocation entry point, over the Go-style
 * heap of vm/mheap.h (DESIGN.md section 8; docs/runtime.md).
 *
 * Mechanism: each VM owns one gc_heap: the page heap (arena, central
 * lists, scavenger; also published as vm->mheap) and its mcaches.
 * gc_alloc picks the calling thread's cache and calls
 * mcache_alloc(cache, t, size): size class, scan or noscan span class from
 * t, the next free slot of the cached span, the type word recorded for the
 * collector.
 *
 * WHICH CACHE. A thread running goroutines for the M:N scheduler holds a
 * P, and each P has its own mcache (sched_p.mcache, made here on the P's
 * first allocation): only that thread uses it while it holds the P, so
 * the fast path takes no lock at all. Caches are kept per P id in the
 * gc_heap, so a scheduler made again for the same VM (the REPL runs one
 * per evaluation) gets the same caches back instead of new ones. Every
 * other thread (the cooperative interpreter, a native inside a blocking
 * call that released its P, an embedding host) shares the VM's one
 * fallback cache under a spin lock held for the few instructions of the
 * fast path (a refill takes an mcentral lock inside it). Objects over
 * 32 KiB go straight to the page heap, which locks for itself.
 *
 * The heap is made on the first allocation (or gc_mheap call) and
 * published with a compare-and-swap, so two threads racing to allocate
 * first agree on one heap, and on the collector's state (vm/mgc.c), made
 * with it. gc_heap_free frees every cache, the collector's state and the
 * arena at vm_free.
 *
 * THE COLLECTOR'S TRIGGER. After each allocation gc_alloc compares the
 * heap's live estimate (mheap.heap_live, raised at span refills and large
 * allocations) with the collector's trigger: one load and a compare. Past
 * it, gc_note_trigger asks the allocating goroutine to reach a safepoint,
 * where the cycle runs (vm/mgc.c explains why never here).
 *
 * SWEEPING (vm/mheap.h). An mcache must hold no span across
 * mheap_sweep_begin: the collector releases every cache with the world
 * stopped right before it (gc_release_caches), and nothing allocates
 * between the two (a thread without a P that allocated then would cache
 * a span whose marks are about to become stale). gc_release_caches also
 * finishes sweeping, as the collector's start needs.
 *
 * Invariants: memory comes back zeroed; objects are 8-byte aligned
 * (16-byte aligned in every class but 8 and 24 bytes); gc_alloc never
 * returns NULL: an exhausted arena is Go's fatal error "runtime: out of
 * memory", which ends the process with status 2 (a documented fatal
 * error, the one exit below the CLI).
 */
#include "vm.h"
#include "gosched.h"
#include "mgcstate.h"
#include "mheap.h"
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct gc_heap {
    mheap heap;
    mcache *shared;         /* threads without a P (see above) */
    volatile int shared_lock; /* spin lock over shared */
    pthread_mutex_t caches_lock; /* the two fields below */
    mcache **per_p;         /* per_p[id]: the cache of the Ps with that id */
    int32_t nper_p;
    mcache *all;            /* every cache, linked by alllink */
    gc_state *gc;           /* the collector (vm/mgc.c) */
} gc_heap;

/* A word that may hold a heap pointer, or a pointer elsewhere that the
   collector ignores (mheap_object_start says NULL): for runtime objects
   made of such words, e.g. closures (proto, captured cells...). */
static const uint8_t pointer_word_mask[1] = {1};
const rtype gc_pointer_words_type = {
    .kind = RK_UNSAFEPTR,
    .flags = RF_HAS_POINTERS | RF_POINTER_SHAPED,
    .nslots = 1,
    .stride = 8,
    .string = "runtime.pointerword",
    .ptrmask = pointer_word_mask,
    .underlying = &gc_pointer_words_type,
};

/* Go's "fatal error: runtime: out of memory": not recoverable. */
static void out_of_memory(golem_vm *vm)
{
    static const char msg[] = "fatal error: runtime: out of memory\n";
    if (vm != NULL)
        vm_flush(&vm->out);
    if (write(2, msg, sizeof msg - 1) < 0) {
        /* nothing more to do */
    }
    exit(2);
}

/* A new cache on h's list (caller holds caches_lock or owns h alone). */
static mcache *cache_new(golem_vm *vm, gc_heap *h)
{
    mcache *c = mcache_new(&h->heap);
    if (c == NULL)
        out_of_memory(vm);
    c->alllink = h->all;
    h->all = c;
    return c;
}

static gc_heap *heap_new(golem_vm *vm)
{
    gc_heap *h = calloc(1, sizeof *h);
    if (h == NULL || !mheap_init(&h->heap, 0))
        out_of_memory(vm);
    pthread_mutex_init(&h->caches_lock, NULL);
    h->shared = cache_new(vm, h);
    h->gc = gc_state_new(vm, &h->heap);
    if (h->gc == NULL)
        out_of_memory(vm);
    return h;
}

/* Frees h; its caches are simply freed, the heap goes as a whole. */
static void heap_destroy(gc_heap *h)
{
    for (mcache *c = h->all, *next; c != NULL; c = next) {
        next = c->alllink;
        free(c);
    }
    free(h->per_p);
    gc_state_destroy(h->gc);
    pthread_mutex_destroy(&h->caches_lock);
    mheap_destroy(&h->heap);
    free(h);
}

static gc_heap *heap_of(golem_vm *vm)
{
    gc_heap *h = __atomic_load_n((gc_heap **)&vm->heap, __ATOMIC_ACQUIRE);
    if (h != NULL)
        return h;
    gc_heap *mine = heap_new(vm), *expected = NULL;
    if (__atomic_compare_exchange_n((gc_heap **)&vm->heap, &expected, mine,
                                    false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        __atomic_store_n(&vm->mheap, &mine->heap, __ATOMIC_RELEASE);
        __atomic_store_n(&vm->gc, mine->gc, __ATOMIC_RELEASE);
        return mine;
    }
    heap_destroy(mine); /* another thread won the race */
    return expected;
}

struct mheap *gc_mheap(golem_vm *vm)
{
    return &heap_of(vm)->heap;
}

struct gc_state *gc_state_of(golem_vm *vm)
{
    return heap_of(vm)->gc;
}

/* The cache of the Ps numbered id (made on first use). */
static mcache *cache_for_p(golem_vm *vm, gc_heap *h, int32_t id)
{
    pthread_mutex_lock(&h->caches_lock);
    if (id >= h->nper_p) {
        int32_t n = id + 1 > 2 * h->nper_p ? id + 1 : 2 * h->nper_p;
        mcache **grown = realloc(h->per_p, (size_t)n * sizeof *grown);
        if (grown == NULL)
            out_of_memory(vm);
        for (int32_t i = h->nper_p; i < n; i++)
            grown[i] = NULL;
        h->per_p = grown;
        h->nper_p = n;
    }
    if (h->per_p[id] == NULL)
        h->per_p[id] = cache_new(vm, h);
    mcache *c = h->per_p[id];
    pthread_mutex_unlock(&h->caches_lock);
    return c;
}

/* The calling thread's P's cache, or NULL when it holds no P of vm. */
static mcache *current_p_cache(golem_vm *vm, gc_heap *h)
{
    sched_m *m = sched_curm;
    if (m == NULL || m->p == NULL || m->s == NULL || m->s->vm != vm)
        return NULL;
    sched_p *p = m->p;
    if (p->mcache == NULL)
        p->mcache = cache_for_p(vm, h, p->id);
    return p->mcache;
}

static void shared_lock(gc_heap *h)
{
    while (__atomic_test_and_set(&h->shared_lock, __ATOMIC_ACQUIRE)) {
        for (int spins = 0; __atomic_load_n(&h->shared_lock, __ATOMIC_RELAXED);
             spins++)
            if (spins >= 100)
                sched_yield(); /* the holder may have been descheduled */
    }
}

static void shared_unlock(gc_heap *h)
{
    __atomic_clear(&h->shared_lock, __ATOMIC_RELEASE);
}

void *gc_alloc(golem_g *g, const rtype *t, size_t size)
{
    golem_vm *vm = g->vm;
    gc_heap *h = heap_of(vm);
    void *p;
    mcache *c = current_p_cache(vm, h);
    if (c != NULL) {
        p = mcache_alloc(c, t, size);
    } else if (size > SC_MAX_SMALL_SIZE) {
        p = mcache_alloc(h->shared, t, size); /* the heap's own lock */
    } else {
        shared_lock(h);
        p = mcache_alloc(h->shared, t, size);
        shared_unlock(h);
    }
    if (p == NULL)
        out_of_memory(vm);
    if (gc_barrier_on(vm)) /* (gc-mark3) marking: pay with mark work */
        gc_assist(g, size);
    if (__builtin_expect(gc_should_trigger(
                             h->gc, __atomic_load_n(&h->heap.heap_live,
                                                    __ATOMIC_RELAXED)),
                         0))
        gc_note_trigger(g, h->gc);
    return p;
}

void gc_release_caches(golem_vm *vm)
{
    gc_heap *h = vm->heap;
    if (h == NULL)
        return;
    pthread_mutex_lock(&h->caches_lock);
    for (mcache *c = h->all; c != NULL; c = c->alllink) {
        if (c == h->shared) /* P-less threads are not stopped */
            shared_lock(h);
        mcache_release_all(c);
        if (c == h->shared)
            shared_unlock(h);
    }
    pthread_mutex_unlock(&h->caches_lock);
    /* Callers release the caches before marking or reading statistics,
       both of which need the last generation swept: a fallback in case
       the collector did not finish sweeping first (O(1) when it did). */
    mheap_sweep_finish(&h->heap);
}

void gc_heap_free(golem_vm *vm)
{
    gc_heap *h = vm->heap;
    if (h == NULL)
        return;
    heap_destroy(h);
    vm->heap = NULL;
    vm->mheap = NULL;
    vm->gc = NULL;
}
