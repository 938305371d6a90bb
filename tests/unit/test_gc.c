/*
 * test_gc.c - the collector (vm/mgc.c, vm/mgcmark.c) on object graphs
 * built by hand: what is reachable from globals and goroutine stacks
 * survives (interior pointers included), everything else is freed, and
 * swept slots are reused. Runs without a scheduler (the cooperative
 * setting: stopping the world is a no-op), so gc_collect runs the cycle
 * on this thread.
 */
#include "harness.h"
#include "mgc.h"
#include "mheap.h"
#include <stdlib.h>
#include <string.h>

/* Objects whose every word may hold a pointer. */
static void **new_words(size_t n)
{
    return gc_alloc(tg, &gc_pointer_words_type, n * 8);
}

static bool is_live(const void *p)
{
    mspan *s;
    uint32_t i;
    return mheap_object_start(tvm->mheap, p, &s, &i) != NULL &&
           mspan_is_allocated(s, i);
}

static slot globals[4];
static const uint8_t globals_map[4] = {SK_PTR, SK_PTR, SK_PTR, SK_PTR};

static void set_roots(void *a, void *b)
{
    memset(globals, 0, sizeof globals);
    globals[0].p = a;
    globals[1].p = b;
}

static bool heap_ok(void)
{
    return mheap_verify(tvm->mheap) == NULL;
}

/* A chain reachable from a global survives; an object pointing into the
   chain but not reachable itself is freed, and so is a garbage cycle. */
static bool marks_reachable_frees_rest(void)
{
    void **a = new_words(2), **b = new_words(2), **c = new_words(4);
    void **d = new_words(2), **e = new_words(2), **f = new_words(2);
    a[0] = b;
    b[1] = c;
    c[3] = a; /* a cycle through the root */
    d[0] = a; /* garbage pointing at live data */
    e[0] = f;
    f[0] = e; /* a garbage cycle */
    set_roots(a, NULL);
    gc_collect(tvm);
    CHECK(is_live(a) && is_live(b) && is_live(c));
    CHECK(!is_live(d) && !is_live(e) && !is_live(f));
    CHECK(a[0] == b && b[1] == c && c[3] == a);
    set_roots(NULL, NULL);
    gc_collect(tvm);
    CHECK(!is_live(a) && !is_live(b) && !is_live(c));
    return heap_ok();
}

/* Noscan objects are kept but not scanned: a pointer-looking word
   inside a string does not keep anything alive. */
static bool noscan_not_scanned(void)
{
    void **target = new_words(1);
    void **bytes = gc_alloc(tg, NULL, 64);
    bytes[0] = target;
    set_roots(bytes, NULL);
    gc_collect(tvm);
    CHECK(is_live(bytes));
    CHECK(!is_live(target));
    set_roots(NULL, NULL);
    return heap_ok();
}

/* A pointer anywhere inside an object keeps it, for small objects of
   many classes and for a large one. */
static bool interior_pointers(void)
{
    static const size_t sizes[] = {8,    16,   48,    128,   1024,
                                   4096, 9472, 32768, 100000};
    enum { N = sizeof sizes / sizeof sizes[0] };
    void **objs[N], **holder = new_words(N);
    void **dead[N];
    for (size_t k = 0; k < N; k++) {
        objs[k] = new_words(sizes[k] / 8);
        dead[k] = new_words(sizes[k] / 8);
        size_t off = sizes[k] - 1 - (k * 37) % sizes[k];
        holder[k] = (char *)objs[k] + off;
    }
    set_roots(holder, NULL);
    gc_collect(tvm);
    for (size_t k = 0; k < N; k++) {
        CHECK(is_live(objs[k]));
        CHECK(!is_live(dead[k]));
    }
    set_roots(NULL, NULL);
    return heap_ok();
}

/* Stack roots follow the frame's pointer map: a pointer slot keeps its
   object, a scalar slot does not; a frame's closure and defer records are
   roots too; slots above the frames are not. */
static bool stack_roots(void)
{
    static uint8_t map[4] = {SK_SCALAR, SK_PTR, SK_SCALAR, SK_PTR};
    static golem_proto proto = {.name = "test.frame", .framesize = 4,
                                .ptrmap = map};
    golem_g *g = vm_new_g(tvm);
    CHECK(g != NULL && g->stack_size >= 8);
    void **kept = new_words(1), **kept2 = new_words(1);
    void **scalar = new_words(1), **above = new_words(1);
    void **clo = new_words(2), **defer_arg = new_words(1);
    g->frames[0] = (golem_frame){.proto = &proto, .closure = (void *)clo};
    g->nframes = 1;
    g->stack[0].p = scalar;
    g->stack[1].p = kept;
    g->stack[3].p = (char *)kept2 + 4;
    g->stack[5].p = above;
    golem_defer *d = malloc(sizeof *d + sizeof(slot));
    CHECK(d != NULL);
    d->link = NULL;
    d->fn = NULL;
    d->nargs = 1;
    d->args[0].p = defer_arg;
    g->frames[0].defers = d;
    set_roots(NULL, NULL);
    gc_collect(tvm);
    CHECK(is_live(kept) && is_live(kept2) && is_live(clo));
    CHECK(is_live(defer_arg));
    CHECK(!is_live(scalar) && !is_live(above));
    g->frames[0].defers = NULL;
    free(d);
    g->nframes = 0;
    gc_collect(tvm);
    CHECK(!is_live(kept) && !is_live(clo) && !is_live(defer_arg));
    g->status = G_DEAD;
    return heap_ok();
}

/* Swept slots are handed out again: churning garbage in a fixed live set
   does not grow the heap. */
static bool span_reuse_after_sweep(void)
{
    set_roots(NULL, NULL);
    gc_collect(tvm);
    for (int k = 0; k < 2000; k++)
        new_words(6);
    gc_collect(tvm);
    mheap_stats before = mheap_read_stats(tvm->mheap);
    for (int round = 0; round < 50; round++) {
        for (int k = 0; k < 2000; k++)
            new_words(6);
        gc_collect(tvm);
    }
    mheap_stats after = mheap_read_stats(tvm->mheap);
    CHECK(after.committed == before.committed);
    CHECK(after.nfree >= before.nfree + 50 * 2000);
    return heap_ok();
}

/* The live estimate after a cycle is what survived. */
static bool live_bytes_after_cycle(void)
{
    void **holder = new_words(100);
    for (int k = 0; k < 100; k++)
        holder[k] = new_words(8); /* 64-byte class */
    for (int k = 0; k < 5000; k++)
        new_words(8);
    set_roots(holder, NULL);
    gc_collect(tvm);
    uint64_t live = tvm->mheap->swept_live_bytes;
    CHECK(live >= 100 * 64 + 800);
    CHECK(live < 100 * 64 + 800 + 64 * 1024);
    set_roots(NULL, NULL);
    return heap_ok();
}

int main(void)
{
    tvm = vm_new();
    tg = vm_new_g(tvm);
    tvm->globals = globals;
    tvm->nglobals = 4;
    tvm->globals_ptrmap = globals_map;
    gc_mheap(tvm);
    run("marks_reachable_frees_rest", marks_reachable_frees_rest);
    run("noscan_not_scanned", noscan_not_scanned);
    run("interior_pointers", interior_pointers);
    run("stack_roots", stack_roots);
    run("span_reuse_after_sweep", span_reuse_after_sweep);
    run("live_bytes_after_cycle", live_bytes_after_cycle);
    tvm->globals = NULL;
    tvm->nglobals = 0;
    tvm->globals_ptrmap = NULL;
    vm_free(tvm);
    return failures != 0;
}
