/*
 * test_heap.c - unit tests of the Go-style allocator (vm/mheap.c,
 * vm/mcentral.c, vm/mcache.c): the 64 GiB reservation, every size class
 * (scan and noscan, zeroed, non-overlapping, type words recorded), every
 * request size rounding to its class, large objects, interior pointers to
 * every byte of every object size mapping back to the object's start, span
 * and object reuse after explicit frees (with re-zeroing), page coalescing
 * (also under random allocation and freeing, until the arena is one free
 * run again), the scavenger returning memory to the OS (RSS from
 * /proc/self/statm), the collector's mark, sweep and object-scanning
 * primitives, two heaps side by side, several threads each allocating
 * through its own mcache, lazy sweeping (span reuse after a lazy sweep,
 * large objects, sweep_finish waiting for a span in progress, the
 * allocator, the background sweeper and another thread racing on one
 * generation, the free counters), and (ASan builds) the poisoning of
 * unallocated bytes. After every test mheap_verify checks the heap's invariants.
 *
 * Build: make build/unit/test_heap (links build/libgolem.a).
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "harness.h"
#include "mheap.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


/* Each test gets a fresh heap (1 GiB reserved) and cache. */
static mheap theap;
static mcache *tc;

static void run_on_fresh_heap(const char *name, bool (*fn)(void))
{
    bool ok = mheap_init(&theap, (uint64_t)1 << 30);
    tc = ok ? mcache_new(&theap) : NULL;
    ok = ok && tc != NULL && fn();
    const char *err = ok ? mheap_verify(&theap) : NULL;
    if (err != NULL) {
        fprintf(stderr, "  heap invariant: %s\n", err);
        ok = false;
    }
    if (tc != NULL)
        mcache_free(tc);
    mheap_destroy(&theap);
    report(name, ok);
}

/* Hand-made descriptors, as codegen would make them. */
static const uint8_t one_ptr_mask[1] = {1};
static const rtype ptr_type = {
    .kind = RK_POINTER, .flags = RF_HAS_POINTERS | RF_POINTER_SHAPED,
    .nslots = 1, .stride = 8, .string = "*int", .ptrmask = one_ptr_mask,
};
static const uint8_t pair_mask[3] = {1, 0, 0};
static const rtype str_int_type = { /* struct { s string; n int } */
    .kind = RK_STRUCT, .flags = RF_HAS_POINTERS, .nslots = 3, .stride = 24,
    .string = "struct { s string; n int }", .ptrmask = pair_mask,
};
static const rtype int_type = {
    .kind = RK_INT, .nslots = 1, .stride = 8, .string = "int",
};

static bool all_zero(const void *p, size_t n)
{
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] != 0)
            return false;
    return true;
}

static long rss_pages(void)
{
    long size = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL)
        return -1;
    if (fscanf(f, "%ld %ld", &size, &resident) != 2)
        resident = -1;
    fclose(f);
    return resident;
}

/* ---- tests ---- */

static bool test_reserve_64g(void)
{
    mheap big;
    CHECK(mheap_init(&big, 0));
    CHECK(big.reserved == MH_DEFAULT_RESERVE);
    CHECK(big.arena % MH_PAGE_SIZE == 0);
    mcache *c = mcache_new(&big);
    CHECK(c != NULL);
    void *p = mcache_alloc(c, NULL, 100);
    CHECK(p != NULL && mheap_span_of(&big, p) != NULL);
    mcache_free(c);
    mheap_destroy(&big);
    return true;
}

/* Fills every object of one span class past a span boundary; checks that
   objects are zeroed, distinct, non-overlapping and typed. */
static bool check_class(int sizeclass, const rtype *t)
{
    uint64_t size = sc_class_to_size[sizeclass];
    uint32_t per_span = (uint32_t)(sc_class_to_npages[sizeclass] *
                                   MH_PAGE_SIZE / size);
    uint32_t n = per_span + 3;
    uint8_t **objs = calloc(n, sizeof *objs);
    CHECK(objs != NULL);
    for (uint32_t i = 0; i < n; i++) {
        objs[i] = mcache_alloc(tc, t, size);
        CHECK(objs[i] != NULL);
        CHECK(all_zero(objs[i], size));
        memset(objs[i], (int)(i & 0xff) | 1, size);
        mspan *s;
        uint32_t idx;
        CHECK(mheap_object_start(&theap, objs[i], &s, &idx) == objs[i]);
        CHECK(s->elemsize == size);
        CHECK(spanclass_sizeclass(s->spanclass) == sizeclass);
        CHECK(spanclass_noscan(s->spanclass) == (t == NULL));
        CHECK(mspan_is_allocated(s, idx));
        if (t != NULL) {
            uint64_t w = mspan_type_word(s, idx);
            CHECK(typeword_type(w) == t);
            CHECK(typeword_count(w) == size / (t->nslots * 8));
        } else {
            CHECK(mspan_type_word(s, idx) == 0);
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        for (uint64_t b = 0; b < size; b++)
            CHECK(objs[i][b] == ((int)(i & 0xff) | 1));
        uintptr_t base = (uintptr_t)objs[i];
        CHECK(base % 8 == 0);
        if (i > 0)
            CHECK(objs[i] != objs[i - 1]);
    }
    free(objs);
    return true;
}

static bool test_every_size_class(void)
{
    for (int c = 1; c < SC_NUM_CLASSES; c++) {
        if (!check_class(c, NULL) || !check_class(c, &ptr_type)) {
            fprintf(stderr, "  size class %d\n", c);
            return false;
        }
    }
    return true;
}

static bool test_request_sizes_round_to_class(void)
{
    for (uint64_t size = 1; size <= SC_MAX_SMALL_SIZE; size += 7) {
        uint8_t *p = mcache_alloc(tc, NULL, size);
        CHECK(p != NULL);
        mspan *s = mheap_span_of(&theap, p);
        CHECK(s != NULL);
        CHECK(s->elemsize >= size);
        CHECK(s->elemsize == sc_roundupsize(size));
        p[size - 1] = 1;
    }
    void *z1 = mcache_alloc(tc, NULL, 0), *z2 = mcache_alloc(tc, NULL, 0);
    CHECK(z1 != NULL && z2 != NULL && z1 != z2);
    return true;
}

static bool test_type_words_of_arrays(void)
{
    /* [5]struct{s string; n int} = 120 bytes in the 128-byte class */
    void *p = mcache_alloc(tc, &str_int_type, 5 * 24);
    mspan *s;
    uint32_t i;
    CHECK(mheap_object_start(&theap, p, &s, &i) == p);
    uint64_t w = mspan_type_word(s, i);
    CHECK(typeword_type(w) == &str_int_type && typeword_count(w) == 5);
    /* pointer-free types go to noscan spans */
    void *q = mcache_alloc(tc, &int_type, 64);
    CHECK(spanclass_noscan(mheap_span_of(&theap, q)->spanclass));
    /* a large array of pointers records its type in the span */
    void *big = mcache_alloc(tc, &ptr_type, 100000 * 8);
    mspan *ls = mheap_span_of(&theap, big);
    CHECK(ls != NULL && !spanclass_noscan(ls->spanclass));
    w = mspan_type_word(ls, 0);
    CHECK(typeword_type(w) == &ptr_type);
    CHECK(ls->large_count == 100000);
    return true;
}

static bool test_large_objects(void)
{
    static const uint64_t sizes[] = {32769, 40000, 100000, 1 << 20,
                                     (10 << 20) + 3};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        uint8_t *p = mcache_alloc(tc, NULL, sizes[k]);
        CHECK(p != NULL);
        CHECK((uintptr_t)p % MH_PAGE_SIZE == 0);
        CHECK(all_zero(p, sizes[k]));
        memset(p, 0xab, sizes[k]);
        mspan *s = mheap_span_of(&theap, p);
        CHECK(s != NULL && spanclass_sizeclass(s->spanclass) == 0);
        CHECK(s->npages * MH_PAGE_SIZE >= sizes[k]);
        CHECK(mheap_object_start(&theap, p + sizes[k] - 1, NULL, NULL) == p);
        CHECK(mheap_object_start(&theap, p + sizes[k] / 2, NULL, NULL) == p);
    }
    /* a freed large object's pages come back zeroed */
    uint8_t *a = mcache_alloc(tc, NULL, 200000);
    memset(a, 0x5a, 200000);
    mheap_free_object(&theap, a);
    CHECK(mheap_span_of(&theap, a) == NULL);
    uint8_t *b = mcache_alloc(tc, NULL, 200000);
    CHECK(b == a);
    CHECK(all_zero(b, 200000));
    mheap_stats st = mheap_read_stats(&theap);
    CHECK(st.nlarge_alloc == 7 && st.nlarge_free == 1);
    return true;
}

/* Every byte offset of a full span maps to its object's start. */
static bool test_interior_pointers(void)
{
    for (int c = 1; c < SC_NUM_CLASSES; c++) {
        uint64_t size = sc_class_to_size[c];
        uint8_t *first = mcache_alloc(tc, NULL, size);
        mspan *s = mheap_span_of(&theap, first);
        CHECK(s != NULL);
        uint64_t span_bytes = s->npages * MH_PAGE_SIZE;
        for (uint64_t off = 0; off < span_bytes; off++) {
            void *p = (void *)(s->base + off);
            void *want = off / size < s->nelems
                             ? (void *)(s->base + off / size * size)
                             : NULL;
            if (mheap_object_start(&theap, p, NULL, NULL) != want) {
                fprintf(stderr, "  class %d offset %llu\n", c,
                        (unsigned long long)off);
                return false;
            }
        }
    }
    /* large object, and addresses outside any span */
    uint8_t *big = mcache_alloc(tc, NULL, 5 * MH_PAGE_SIZE + 5);
    for (uint64_t off = 0; off < 6 * MH_PAGE_SIZE; off += 61)
        CHECK(mheap_object_start(&theap, big + off, NULL, NULL) == big);
    int local;
    CHECK(mheap_object_start(&theap, &local, NULL, NULL) == NULL);
    CHECK(mheap_object_start(&theap, (void *)(theap.arena + theap.committed),
                             NULL, NULL) == NULL);
    CHECK(mheap_object_start(&theap, NULL, NULL, NULL) == NULL);
    return true;
}

static bool test_object_reuse_after_free(void)
{
    /* 3 spans' worth of 48-byte scan objects */
    int c = sc_size_class(48);
    uint32_t per_span = MH_PAGE_SIZE / 48;
    uint32_t n = 3 * per_span;
    uint8_t **objs = calloc(n, sizeof *objs);
    for (uint32_t i = 0; i < n; i++) {
        objs[i] = mcache_alloc(tc, &ptr_type, 48);
        memset(objs[i], 0xee, 48);
    }
    /* free one object in the first (full, uncached) span */
    mspan *s0 = mheap_span_of(&theap, objs[5]);
    CHECK(!s0->cached && s0->list == MSPAN_LIST_FULL);
    mheap_free_object(&theap, objs[5]);
    CHECK(!mspan_is_allocated(s0, mspan_object_index(s0, (uintptr_t)objs[5])));
    CHECK(s0->list == MSPAN_LIST_PARTIAL);
    /* finish the cached span, then the freed slot comes back, zeroed */
    uint8_t *got = NULL;
    for (uint32_t k = 0; k < per_span + 1 && got != objs[5]; k++)
        got = mcache_alloc(tc, &ptr_type, 48);
    CHECK(got == objs[5]);
    CHECK(all_zero(got, 48));
    CHECK(mspan_type_word(s0, mspan_object_index(s0, (uintptr_t)got)) != 0);
    free(objs);
    (void)c;
    return true;
}

static bool test_empty_spans_return_to_heap(void)
{
    uint32_t n = 10 * (MH_PAGE_SIZE / 64);
    uint8_t **objs = calloc(n, sizeof *objs);
    mheap_stats before = mheap_read_stats(&theap);
    for (uint32_t i = 0; i < n; i++)
        objs[i] = mcache_alloc(tc, NULL, 64);
    mheap_stats full = mheap_read_stats(&theap);
    CHECK(full.inuse >= before.inuse + 9 * MH_PAGE_SIZE);
    mcache_release_all(tc); /* the cached span goes back to its mcentral */
    for (uint32_t i = 0; i < n; i++)
        mheap_free_object(&theap, objs[i]);
    mheap_stats after = mheap_read_stats(&theap);
    CHECK(after.inuse == before.inuse);
    CHECK(after.nfree == n);
    CHECK(theap.central[spanclass_make(sc_size_class(64), true)].nspans == 0);
    /* the pages are reused by the next spans */
    uint8_t *p = mcache_alloc(tc, NULL, 64);
    CHECK(p == objs[0] || mheap_span_of(&theap, p)->base <
                              (uintptr_t)objs[n - 1]);
    free(objs);
    return true;
}

/* The free run that contains addr (a test-only walk of the lists). */
static mspan *free_run_at(uintptr_t addr)
{
    for (int l = 0; l < MH_FREE_EXACT; l++)
        for (mspan *s = theap.free[l]; s != NULL; s = s->next)
            if (addr >= s->base && addr < s->base + s->npages * MH_PAGE_SIZE)
                return s;
    return NULL;
}

static bool test_page_coalescing(void)
{
    uint64_t five = 5 * MH_PAGE_SIZE;
    uint8_t *a = mcache_alloc(tc, NULL, five);
    uint8_t *b = mcache_alloc(tc, NULL, five);
    uint8_t *c = mcache_alloc(tc, NULL, five);
    uint8_t *guard = mcache_alloc(tc, NULL, five);
    CHECK(b == a + five && c == b + five && guard == c + five);
    mheap_free_object(&theap, a);
    mheap_free_object(&theap, c);
    CHECK(free_run_at((uintptr_t)a)->npages == 5);
    CHECK(free_run_at((uintptr_t)c)->npages == 5);
    mheap_free_object(&theap, b);
    mspan *run = free_run_at((uintptr_t)a);
    CHECK(run != NULL && run->base == (uintptr_t)a && run->npages == 15);
    CHECK(free_run_at((uintptr_t)c) == run);
    /* a 15-page object fits exactly there */
    uint8_t *big = mcache_alloc(tc, NULL, 15 * MH_PAGE_SIZE);
    CHECK(big == a);
    CHECK(all_zero(big, 15 * MH_PAGE_SIZE));
    /* freeing the guard merges with the arena's free tail */
    mheap_free_object(&theap, guard);
    run = free_run_at((uintptr_t)guard);
    CHECK(run != NULL && run->base == (uintptr_t)guard);
    CHECK(run->base + run->npages * MH_PAGE_SIZE == theap.arena + theap.committed);
    return true;
}

/* Random allocations and frees, small and large, with the invariants
   checked as it goes; once everything is freed the whole committed arena
   is one free run again. */
static bool test_random_alloc_free_coalesces_fully(void)
{
    enum { LIVE = 2000, OPS = 30000 };
    static uint8_t *live[LIVE];
    static uint32_t sizes[LIVE];
    memset(live, 0, sizeof live);
    uint32_t x = 2463534242u;
    for (int op = 0; op < OPS; op++) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        int k = (int)(x % LIVE);
        if (live[k] != NULL) {
            CHECK(live[k][0] == (uint8_t)k && live[k][sizes[k] - 1] == (uint8_t)k);
            mheap_free_object(&theap, live[k]);
            live[k] = NULL;
            continue;
        }
        sizes[k] = x % 16 == 0 ? 32769 + (x >> 8) % 300000 : 1 + (x >> 8) % 2000;
        live[k] = mcache_alloc(tc, (x >> 4) & 1 ? &ptr_type : NULL, sizes[k]);
        CHECK(live[k] != NULL && all_zero(live[k], sizes[k]));
        memset(live[k], k, sizes[k]);
        if (op % 1000 == 0) {
            const char *err = mheap_verify(&theap);
            if (err != NULL) {
                fprintf(stderr, "  op %d: %s\n", op, err);
                return false;
            }
        }
    }
    mcache_release_all(tc);
    for (int k = 0; k < LIVE; k++)
        if (live[k] != NULL)
            mheap_free_object(&theap, live[k]);
    CHECK(mheap_verify(&theap) == NULL);
    CHECK(mheap_read_stats(&theap).inuse == 0);
    CHECK(theap.free_pages * MH_PAGE_SIZE == theap.committed);
    CHECK(free_run_at(theap.arena)->npages * MH_PAGE_SIZE == theap.committed);
    return true;
}

static bool test_scavenger_returns_memory(void)
{
    const uint64_t total = 64 << 20, each = 1 << 20;
    void *objs[64];
    for (int i = 0; i < 64; i++) {
        objs[i] = mcache_alloc(tc, NULL, each);
        CHECK(objs[i] != NULL);
        memset(objs[i], 0x77, each);
    }
    long touched = rss_pages();
    for (int i = 0; i < 64; i++)
        mheap_free_object(&theap, objs[i]);
    long page = sysconf(_SC_PAGESIZE);
    /* nothing has been free for a minute yet */
    CHECK(mheap_scavenge(&theap, mheap_nanotime(), 60 * 1000000000LL) == 0);
    CHECK(rss_pages() > touched - (long)(total / 8 / page));
    uint64_t released = mheap_scavenge(&theap, mheap_nanotime(), 0);
    CHECK(released >= total);
    long after = rss_pages();
    CHECK(touched - after >= (long)(total * 3 / 4 / page));
    mheap_stats st = mheap_read_stats(&theap);
    CHECK(st.nscavenged == released);
    CHECK(st.released >= total);
    /* a second pass has nothing left to do; the memory reads as zero */
    CHECK(mheap_scavenge(&theap, mheap_nanotime(), 0) == 0);
    uint8_t *again = mcache_alloc(tc, NULL, 8 * each);
    CHECK(again != NULL && all_zero(again, 8 * each));
    return true;
}

static bool test_two_heaps(void)
{
    mheap other;
    CHECK(mheap_init(&other, (uint64_t)256 << 20));
    mcache *oc = mcache_new(&other);
    void *p = mcache_alloc(tc, NULL, 24), *q = mcache_alloc(oc, NULL, 24);
    CHECK(mheap_span_of(&theap, p) != NULL && mheap_span_of(&other, p) == NULL);
    CHECK(mheap_span_of(&other, q) != NULL && mheap_span_of(&theap, q) == NULL);
    mcache_free(oc);
    mheap_destroy(&other);
    return true;
}

static bool test_arena_exhaustion_is_null(void)
{
    mheap small;
    CHECK(mheap_init(&small, MH_MIN_RESERVE));
    mcache *c = mcache_new(&small);
    CHECK(mcache_alloc(c, NULL, MH_MIN_RESERVE + 1) == NULL);
    CHECK(mcache_alloc(c, NULL, MH_MIN_RESERVE / 2) != NULL);
    CHECK(mcache_alloc(c, NULL, MH_MIN_RESERVE / 2 + MH_PAGE_SIZE) == NULL);
    CHECK(mcache_alloc(c, NULL, 16) != NULL);
    mcache_free(c);
    mheap_destroy(&small);
    return true;
}

/* The collector's primitives: mark some objects, sweep, the rest is
   freed and reused (zeroed); marks are cleared for the next cycle. */
static bool test_mark_and_sweep(void)
{
    enum { N = 3000 };
    static uint8_t *objs[N];
    for (int i = 0; i < N; i++) {
        objs[i] = mcache_alloc(tc, &ptr_type, 32);
        memset(objs[i], 0x3c, 32);
    }
    uint8_t *big_live = mcache_alloc(tc, NULL, 50000);
    uint8_t *big_dead = mcache_alloc(tc, &ptr_type, 60000);
    for (int i = 0; i < N; i += 2) {
        mspan *s;
        uint32_t idx;
        CHECK(mheap_object_start(&theap, objs[i] + 5, &s, &idx) == objs[i]);
        CHECK(mspan_mark(s, idx));
        CHECK(!mspan_mark(s, idx)); /* already marked */
    }
    CHECK(mspan_mark(mheap_span_of(&theap, big_live), 0));
    mheap_stats before = mheap_read_stats(&theap);
    CHECK(mheap_sweep_all(&theap) == N / 2 + 1);
    CHECK(mheap_span_of(&theap, big_dead) == NULL);
    CHECK(mheap_span_of(&theap, big_live) != NULL);
    for (int i = 0; i < N; i++) {
        mspan *s;
        uint32_t idx;
        CHECK(mheap_object_start(&theap, objs[i], &s, &idx) == objs[i]);
        CHECK(mspan_is_allocated(s, idx) == (i % 2 == 0));
        CHECK(!mspan_is_marked(s, idx));
        if (i % 2 == 0)
            CHECK(objs[i][31] == 0x3c && typeword_type(mspan_type_word(s, idx)) == &ptr_type);
    }
    CHECK(mheap_read_stats(&theap).nfree == before.nfree + N / 2 + 1);
    /* nothing is marked now: a second sweep frees every object */
    CHECK(mheap_sweep_all(&theap) == N / 2 + 1);
    /* and the slots come back zeroed */
    for (int i = 0; i < 100; i++) {
        uint8_t *p = mcache_alloc(tc, &ptr_type, 32);
        CHECK(p != NULL && all_zero(p, 32));
    }
    return true;
}

/* mspan_scan_object visits exactly the pointer words the type words
   describe: single values, arrays in small objects, large arrays. */
typedef struct visit_log {
    void **slots[64];
    int n;
} visit_log;

static void log_visit(void **slot, void *arg)
{
    visit_log *log = arg;
    if (log->n < 64)
        log->slots[log->n] = slot;
    log->n++;
}

static bool test_scan_object_visits_pointer_words(void)
{
    visit_log log = {0};
    mspan *s;
    uint32_t i;
    /* [3]struct{s string; n int}: words 0, 3, 6 */
    void **arr = mcache_alloc(tc, &str_int_type, 3 * 24);
    mheap_object_start(&theap, arr, &s, &i);
    mspan_scan_object(s, i, log_visit, &log);
    CHECK(log.n == 3);
    CHECK(log.slots[0] == &arr[0] && log.slots[1] == &arr[3] &&
          log.slots[2] == &arr[6]);
    /* noscan: nothing */
    log.n = 0;
    void *bytes = mcache_alloc(tc, NULL, 100);
    mheap_object_start(&theap, bytes, &s, &i);
    mspan_scan_object(s, i, log_visit, &log);
    CHECK(log.n == 0);
    /* a large []*int of 5000: every word */
    log.n = 0;
    void **big = mcache_alloc(tc, &ptr_type, 5000 * 8);
    mheap_object_start(&theap, big + 4999, &s, &i);
    mspan_scan_object(s, i, log_visit, &log);
    CHECK(log.n == 5000 && log.slots[1] == &big[1]);
    return true;
}

/* Several threads, one mcache each (as Ps will have), allocate mixed
   sizes from the shared central lists and heap; no object overlaps. */
enum { NTHREADS = 4, NPER_THREAD = 20000 };

typedef struct worker {
    int id;
    uint8_t *objs[NPER_THREAD];
    uint32_t sizes[NPER_THREAD];
    bool ok;
} worker;

static void *worker_run(void *arg)
{
    worker *w = arg;
    mcache *c = mcache_new(&theap);
    uint32_t x = 12345u + (uint32_t)w->id;
    w->ok = c != NULL;
    for (int i = 0; i < NPER_THREAD && w->ok; i++) {
        x = x * 1103515245u + 12345u;
        w->sizes[i] = (x >> 8) % (i % 100 == 0 ? 70000 : 600) + 1;
        w->objs[i] = mcache_alloc(c, i & 1 ? &ptr_type : NULL, w->sizes[i]);
        if (w->objs[i] == NULL || !all_zero(w->objs[i], w->sizes[i]))
            w->ok = false;
        else
            memset(w->objs[i], w->id + 1, w->sizes[i]);
        if (w->ok && i % 3 == 2) { /* free some: exercises the locks */
            mheap_free_object(&theap, w->objs[i - 1]);
            w->objs[i - 1] = NULL;
        }
    }
    mcache_free(c);
    return NULL;
}

static bool test_threads_with_own_caches(void)
{
    static worker ws[NTHREADS];
    pthread_t th[NTHREADS];
    for (int t = 0; t < NTHREADS; t++) {
        ws[t].id = t;
        CHECK(pthread_create(&th[t], NULL, worker_run, &ws[t]) == 0);
    }
    for (int t = 0; t < NTHREADS; t++)
        pthread_join(th[t], NULL);
    for (int t = 0; t < NTHREADS; t++) {
        CHECK(ws[t].ok);
        for (int i = 0; i < NPER_THREAD; i++) {
            uint8_t *p = ws[t].objs[i];
            if (p == NULL)
                continue;
            CHECK(p[0] == t + 1 && p[ws[t].sizes[i] - 1] == t + 1);
            CHECK(mheap_object_start(&theap, p, NULL, NULL) == p);
        }
    }
    return true;
}

/* ---- lazy sweeping (sweep generations) ---- */

/* Sets the mark bit of the object at p. */
static void mark_object(void *p)
{
    mspan *s;
    uint32_t i;
    if (mheap_object_start(&theap, p, &s, &i) != NULL)
        mspan_mark(s, i);
}

static uint32_t sweepgen_of(const void *p)
{
    return __atomic_load_n(&mheap_span_of(&theap, p)->sweepgen,
                           __ATOMIC_ACQUIRE);
}

static bool object_marked(const void *p)
{
    mspan *s;
    uint32_t i;
    return mheap_object_start(&theap, p, &s, &i) != NULL &&
           mspan_is_marked(s, i);
}

/* After mheap_sweep_begin the allocator sweeps a span before reusing it:
   the unmarked half of the slots comes back zeroed, no new span is
   needed, the marked half keeps its bytes, the frees are counted (per
   class too). (No background sweeper here: a span it holds mid-sweep
   would send the allocator to a new span, which is correct but not what
   this test counts.) */
static bool test_lazy_sweep_reuses_span(void)
{
    enum { N = 2000 };
    static uint8_t *objs[N];
    theap.bg_stop = true;
    for (int i = 0; i < N; i++) {
        objs[i] = mcache_alloc(tc, &ptr_type, 32);
        memset(objs[i], 0x5a, 32);
        if (i % 2 == 0)
            mark_object(objs[i]);
    }
    mcache_release_all(tc); /* the collector releases every cache first */
    mheap_stats before = mheap_read_stats(&theap);
    CHECK(before.nmalloc_class[4] == N); /* class 4: 32 bytes */
    uint32_t sg = theap.sweepgen;
    mheap_sweep_begin(&theap);
    CHECK(theap.sweepgen == sg + 2);
    for (int k = 0; k < N / 2; k++) {
        uint8_t *p = mcache_alloc(tc, &ptr_type, 32);
        CHECK(p != NULL && all_zero(p, 32));
        CHECK(sweepgen_of(p) == sg + 2); /* a cached span is swept */
    }
    mheap_sweep_finish(&theap);
    CHECK(mheap_sweep_done(&theap));
    mheap_stats after = mheap_read_stats(&theap);
    CHECK(after.inuse == before.inuse); /* the freed slots were enough */
    CHECK(after.nfree == before.nfree + N / 2);
    CHECK(after.nfree_class[4] == before.nfree_class[4] + N / 2);
    CHECK(after.freed_bytes == before.freed_bytes + N / 2 * 32);
    for (int i = 0; i < N; i += 2)
        CHECK(objs[i][0] == 0x5a && objs[i][31] == 0x5a &&
              !object_marked(objs[i]));
    CHECK(theap.swept_live_objects == N / 2);
    CHECK(theap.swept_live_bytes == N / 2 * 32);
    return true;
}

/* Large objects are swept lazily too: the unmarked one is freed, the
   marked one survives with its mark cleared, one allocated after
   sweep_begin is born swept and survives unmarked. (No background
   sweeper here: the test needs `dead` unswept until the finish.) */
static bool test_lazy_sweep_large(void)
{
    theap.bg_stop = true; /* else `born` may reuse dead's pages */
    uint8_t *live = mcache_alloc(tc, &ptr_type, 50000);
    uint8_t *dead = mcache_alloc(tc, NULL, 70000);
    live[49999] = 7;
    mark_object(live);
    mcache_release_all(tc);
    mheap_stats before = mheap_read_stats(&theap);
    mheap_sweep_begin(&theap);
    uint8_t *born = mcache_alloc(tc, NULL, 40000);
    CHECK(sweepgen_of(born) == theap.sweepgen);
    mheap_sweep_finish(&theap);
    CHECK(mheap_span_of(&theap, dead) == NULL);
    CHECK(mheap_span_of(&theap, live) != NULL && live[49999] == 7);
    CHECK(!object_marked(live));
    CHECK(mheap_span_of(&theap, born) != NULL);
    mheap_stats after = mheap_read_stats(&theap);
    CHECK(after.nfree == before.nfree + 1 && after.nlarge_free == 1);
    CHECK(after.freed_bytes - before.freed_bytes == 9 * MH_PAGE_SIZE);
    /* a second generation with nothing marked frees both */
    mcache_release_all(tc);
    mheap_sweep_begin(&theap);
    mheap_sweep_finish(&theap);
    CHECK(mheap_span_of(&theap, live) == NULL &&
          mheap_span_of(&theap, born) == NULL);
    return true;
}

/* The pause does no per-span work: with the background sweeper kept
   from starting, every span is unswept after sweep_begin (and the heap's
   invariants hold); mheap_sweep_finish waits for a span that another
   thread is sweeping. */
typedef struct finisher {
    pthread_t th;
    int done;
} finisher;

static void *finisher_run(void *arg)
{
    finisher *f = arg;
    mheap_sweep_finish(&theap);
    __atomic_store_n(&f->done, 1, __ATOMIC_RELEASE);
    return NULL;
}

static bool test_sweep_finish_waits(void)
{
    theap.bg_stop = true; /* no background sweeper in this test */
    enum { N = 1000 };
    for (int i = 0; i < N; i++)
        mcache_alloc(tc, NULL, 64);
    mcache_release_all(tc);
    mheap_sweep_begin(&theap);
    uint64_t nspans = theap.nspans_inuse;
    CHECK(nspans > 1 && theap.sweep_left == nspans);
    CHECK(mheap_verify(&theap) == NULL);
    mcentral *c = &theap.central[spanclass_make(sc_size_class(64), true)];
    mspan *s = mcentral_take_unswept(c, &theap);
    CHECK(s != NULL && s->sweepgen == theap.sweepgen - 1);
    finisher f = {0};
    CHECK(pthread_create(&f.th, NULL, finisher_run, &f) == 0);
    usleep(50000);
    CHECK(!__atomic_load_n(&f.done, __ATOMIC_ACQUIRE));
    CHECK(__atomic_load_n(&theap.sweep_left, __ATOMIC_ACQUIRE) == 1);
    CHECK(mcentral_sweep_taken(c, &theap, s) == 1); /* empty: freed */
    pthread_join(f.th, NULL);
    CHECK(f.done && mheap_sweep_done(&theap));
    CHECK(theap.nspans_inuse == 0 && mheap_read_stats(&theap).inuse == 0);
    return true;
}

/* The sweepers' cursor names its generation: a cursor left by a sweeper
   still working on the previous generation (moved past every class while
   the new one was being set up) must not hide the new generation's
   spans; mheap_sweep_one starts such a cursor over at class 0. */
static bool test_stale_cursor_ignored(void)
{
    theap.bg_stop = true;
    for (int i = 0; i < 3000; i++)
        mcache_alloc(tc, i & 1 ? &ptr_type : NULL, 16 + (i % 7) * 48);
    mcache_release_all(tc);
    mheap_sweep_begin(&theap);
    uint64_t stale = (uint64_t)(theap.sweepgen - 2) << 32 | MH_NUM_SPAN_CLASSES;
    __atomic_store_n(&theap.sweep_cursor, stale, __ATOMIC_RELEASE);
    uint64_t n = 0;
    while (mheap_sweep_one(&theap) >= 0)
        n++;
    CHECK(mheap_sweep_done(&theap));
    CHECK(n == theap.nspans_inuse || theap.nspans_inuse == 0);
    CHECK(mheap_read_stats(&theap).inuse == 0); /* nothing was marked */
    return true;
}

/* Sweepers race: the background sweeper, two allocating threads (their
   refills sweep) and this thread (mheap_sweep_one) share one
   generation. Each span is swept exactly once: the frees are exactly
   the unmarked objects (a second sweep of a span would free its
   survivors, whose marks the first one cleared). */
typedef struct racer {
    pthread_t th;
    int id;
    bool ok;
} racer;

static void *racer_run(void *arg)
{
    racer *r = arg;
    mcache *c = mcache_new(&theap);
    uint32_t x = 777u + (uint32_t)r->id;
    r->ok = c != NULL;
    for (int i = 0; i < 20000 && r->ok; i++) {
        x = x * 1103515245u + 12345u;
        uint32_t size = (x >> 8) % 500 + 1;
        uint8_t *p = mcache_alloc(c, i & 1 ? &ptr_type : NULL, size);
        if (p == NULL || !all_zero(p, size))
            r->ok = false;
    }
    mcache_free(c);
    return NULL;
}

static bool test_sweepers_race(void)
{
    enum { N = 30000 };
    static uint8_t *objs[N];
    static uint32_t sizes[N];
    uint32_t x = 99;
    uint64_t unmarked = 0;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        sizes[i] = (x >> 8) % (i % 500 == 0 ? 60000 : 500) + 1;
        objs[i] = mcache_alloc(tc, i & 1 ? &ptr_type : NULL, sizes[i]);
        memset(objs[i], 0x77, sizes[i]);
        if (i % 3 == 0)
            mark_object(objs[i]);
        else
            unmarked++;
    }
    mcache_release_all(tc);
    mheap_stats before = mheap_read_stats(&theap);
    mheap_sweep_begin(&theap);
    racer rs[2];
    for (int t = 0; t < 2; t++) {
        rs[t].id = t;
        CHECK(pthread_create(&rs[t].th, NULL, racer_run, &rs[t]) == 0);
    }
    while (mheap_sweep_one(&theap) >= 0)
        ;
    for (int t = 0; t < 2; t++) {
        pthread_join(rs[t].th, NULL);
        CHECK(rs[t].ok);
    }
    mheap_sweep_finish(&theap);
    mheap_stats after = mheap_read_stats(&theap);
    CHECK(after.nfree - before.nfree == unmarked);
    for (int i = 0; i < N; i += 3)
        CHECK(objs[i][0] == 0x77 && objs[i][sizes[i] - 1] == 0x77);
    return true;
}

#ifdef MH_ASAN
/* ASan sees the arena through the allocator's poisoning. */
static bool test_asan_poisoning(void)
{
    uint8_t *p = mcache_alloc(tc, NULL, 20);
    CHECK(!__asan_address_is_poisoned(p) && !__asan_address_is_poisoned(p + 19));
    CHECK(__asan_address_is_poisoned(p + 20));
    CHECK(__asan_address_is_poisoned(p + 24)); /* the next, free slot */
    uint8_t *big = mcache_alloc(tc, NULL, 40000);
    CHECK(!__asan_address_is_poisoned(big + 39999));
    CHECK(__asan_address_is_poisoned(big + 40000));
    mheap_free_object(&theap, p);
    CHECK(__asan_address_is_poisoned(p));
    mheap_free_object(&theap, big);
    CHECK(__asan_address_is_poisoned(big));
    return true;
}
#endif

int main(void)
{
    run_on_fresh_heap("reserve_64g", test_reserve_64g);
    run_on_fresh_heap("every_size_class", test_every_size_class);
    run_on_fresh_heap("request_sizes_round_to_class", test_request_sizes_round_to_class);
    run_on_fresh_heap("type_words_of_arrays", test_type_words_of_arrays);
    run_on_fresh_heap("large_objects", test_large_objects);
    run_on_fresh_heap("interior_pointers", test_interior_pointers);
    run_on_fresh_heap("object_reuse_after_free", test_object_reuse_after_free);
    run_on_fresh_heap("empty_spans_return_to_heap", test_empty_spans_return_to_heap);
    run_on_fresh_heap("page_coalescing", test_page_coalescing);
    run_on_fresh_heap("random_alloc_free_coalesces_fully",
        test_random_alloc_free_coalesces_fully);
    run_on_fresh_heap("scavenger_returns_memory", test_scavenger_returns_memory);
    run_on_fresh_heap("two_heaps", test_two_heaps);
    run_on_fresh_heap("arena_exhaustion_is_null", test_arena_exhaustion_is_null);
    run_on_fresh_heap("threads_with_own_caches", test_threads_with_own_caches);
    run_on_fresh_heap("mark_and_sweep", test_mark_and_sweep);
    run_on_fresh_heap("scan_object_visits_pointer_words",
        test_scan_object_visits_pointer_words);
    run_on_fresh_heap("lazy_sweep_reuses_span", test_lazy_sweep_reuses_span);
    run_on_fresh_heap("lazy_sweep_large", test_lazy_sweep_large);
    run_on_fresh_heap("sweep_finish_waits", test_sweep_finish_waits);
    run_on_fresh_heap("sweepers_race", test_sweepers_race);
    run_on_fresh_heap("stale_cursor_ignored", test_stale_cursor_ignored);
#ifdef MH_ASAN
    run_on_fresh_heap("asan_poisoning", test_asan_poisoning);
#endif
    return failures ? 1 : 0;
}
