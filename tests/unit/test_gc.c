/*
 * test_gc.c - the collector (vm/mgc.c, vm/mgcmark.c) on object graphs
 * built by hand: what is reachable from globals and goroutine stacks
 * survives (interior pointers included), everything else is freed, and
 * swept slots are reused. Runs without a scheduler (the cooperative
 * setting: stopping the world is a no-op), so gc_collect runs the cycle
 * on this thread.
 *
 * (gc-mark3) The per-goroutine scan protocol: a "mutator" thread plays
 * an M running a G (it owns the G through gc_g_acquire, as vm/sched.c's
 * execute does) while gc_collect marks concurrently on this thread: the
 * marker must wait for a G that is running until it parks or scans
 * itself at a safepoint (gc_safepoint), a G created while marking is born
 * scanned with its arguments shaded, and pointers moved between a stack
 * and the heap while marking are never lost (gccheckmark verifies every
 * cycle of these tests).
 */
#include "harness.h"
#include "mgc.h"
#include "mgcstate.h"
#include "mheap.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* ---- (gc-mark3) concurrent per-G scanning ---- */

static uint8_t two_ptrs_map[2] = {SK_PTR, SK_PTR};
static golem_proto two_ptrs = {.name = "test.mutator", .framesize = 2,
                               .ptrmap = two_ptrs_map};

/* A G whose one frame has two pointer slots. */
static golem_g *g_with_frame(void)
{
    golem_g *g = vm_new_g(tvm);
    if (g == NULL)
        return NULL;
    g->frames[0] = (golem_frame){.proto = &two_ptrs};
    g->nframes = 1;
    g->status = G_RUNNABLE;
    return g;
}

static void nap_us(long us)
{
    struct timespec ts = {us / 1000000, us % 1000000 * 1000};
    nanosleep(&ts, NULL);
}

typedef struct mutator {
    golem_g *g;
    int mode;              /* MUT_* */
    void *x;               /* MUT_BORN: what the new G receives */
    golem_g *born;         /* MUT_BORN: the G made while marking */
    void **h;              /* MUT_SWAP: a heap object reachable from
                              globals[0] */
    int started, stop;     /* atomic */
    int64_t debt_small, debt_after; /* MUT_ASSIST */
    long swaps;
} mutator;

enum { MUT_PARK, MUT_SELF_SCAN, MUT_BORN, MUT_SWAP, MUT_ASSIST };

static bool marking_on(void)
{
    return gc_barrier_on(tvm);
}

/* At a safepoint: what interp_preempt does. */
static void poll_preempt(golem_g *g)
{
    if (__atomic_exchange_n(&g->preempt, 0, __ATOMIC_ACQ_REL))
        gc_safepoint(g);
}

static void *mutator_main(void *arg)
{
    mutator *m = arg;
    golem_g *g = m->g;
    gc_g_acquire(g);
    g->status = G_RUNNING;
    __atomic_store_n(&m->started, 1, __ATOMIC_RELEASE);
    if (m->mode == MUT_PARK) {
        nap_us(20000); /* runs a while, then parks */
        g->status = G_WAITING;
        gc_g_release(g);
        return NULL;
    }
    while (!marking_on() && !__atomic_load_n(&m->stop, __ATOMIC_ACQUIRE))
        nap_us(10);
    if (m->mode == MUT_BORN && marking_on()) {
        /* proc_go's steps: the new G's argument comes from this stack,
           which is not scanned yet and then drops it */
        golem_g *ng = g_with_frame();
        gc_g_acquire(ng);
        slot args[1];
        args[0].p = m->x;
        ng->stack[0] = args[0];
        gc_g_born(ng, args, 1);
        gc_g_release(ng);
        m->born = ng;
        g->stack[0].p = NULL;
        m->x = NULL;
    }
    if (m->mode == MUT_ASSIST && marking_on()) {
        gc_assist(g, 1000);
        m->debt_small = g->gc_assist_debt;
        gc_assist(g, 70000);
        m->debt_after = g->gc_assist_debt;
    }
    unsigned k = 0;
    while (!__atomic_load_n(&m->stop, __ATOMIC_ACQUIRE)) {
        if (m->mode == MUT_SWAP) {
            /* move the pointers around: heap word <-> stack slot */
            void *tmp = m->h[0];
            gc_write_pointer(g, &m->h[0], g->stack[0].p);
            g->stack[0].p = tmp;
            tmp = m->h[1];
            gc_write_pointer(g, &m->h[1], g->stack[1].p);
            g->stack[1].p = tmp;
            m->swaps++;
            if (++k % 97 == 0)
                poll_preempt(g);
        } else if (m->mode != MUT_PARK) {
            poll_preempt(g);
            nap_us(50);
        }
    }
    g->status = G_WAITING;
    gc_g_release(g);
    return NULL;
}

static bool start_mutator(mutator *m, pthread_t *t)
{
    if (pthread_create(t, NULL, mutator_main, m) != 0)
        return false;
    while (!__atomic_load_n(&m->started, __ATOMIC_ACQUIRE))
        nap_us(10);
    return true;
}

static void stop_mutator(mutator *m, pthread_t t)
{
    __atomic_store_n(&m->stop, 1, __ATOMIC_RELEASE);
    pthread_join(t, NULL);
}

static bool scanned_now(const golem_g *g)
{
    return g->gc_scanned_gen == gc_state_of(tvm)->scan_gen;
}

/* A G running when marking starts cannot be scanned: the marker waits
   until it parks (releases it), then scans it; its object survives. */
static bool running_g_scanned_after_park(void)
{
    set_roots(NULL, NULL);
    golem_g *g = g_with_frame();
    void **obj = new_words(2);
    g->stack[1].p = obj;
    mutator m = {.g = g, .mode = MUT_PARK};
    pthread_t t;
    CHECK(start_mutator(&m, &t));
    gc_collect(tvm);
    pthread_join(t, NULL);
    CHECK(is_live(obj));
    CHECK(scanned_now(g));
    CHECK(g->gc_owner == 0);
    g->nframes = 0;
    g->status = G_DEAD;
    return heap_ok();
}

/* A G that keeps running scans its own stack at its safepoint when the
   marker asks (its preempt flag); marking ends without owning it. */
static bool running_g_scans_itself(void)
{
    set_roots(NULL, NULL);
    golem_g *g = g_with_frame();
    void **obj = new_words(3), **dead = new_words(3);
    g->stack[0].p = obj;
    mutator m = {.g = g, .mode = MUT_SELF_SCAN};
    pthread_t t;
    CHECK(start_mutator(&m, &t));
    gc_collect(tvm);
    bool owned = __atomic_load_n(&g->gc_owner, __ATOMIC_ACQUIRE) == 1;
    stop_mutator(&m, t);
    CHECK(owned);
    CHECK(scanned_now(g));
    CHECK(is_live(obj) && !is_live(dead));
    g->nframes = 0;
    g->status = G_DEAD;
    return heap_ok();
}

/* A G made while marking is born scanned; the argument it got from a
   stack that dropped it before being scanned survives (shaded). */
static bool g_born_while_marking(void)
{
    set_roots(NULL, NULL);
    golem_g *g = g_with_frame();
    void **x = new_words(4);
    g->stack[0].p = x;
    mutator m = {.g = g, .mode = MUT_BORN, .x = x};
    pthread_t t;
    CHECK(start_mutator(&m, &t));
    gc_collect(tvm);
    stop_mutator(&m, t);
    CHECK(m.born != NULL);
    CHECK(scanned_now(m.born));
    CHECK(is_live(x));
    CHECK(m.born->stack[0].p == x);
    m.born->nframes = 0;
    m.born->status = G_DEAD;
    g->nframes = 0;
    g->status = G_DEAD;
    gc_collect(tvm);
    CHECK(!is_live(x));
    return heap_ok();
}

/* Pointers moved back and forth between a running G's stack and a heap
   object while the (slow) marker works: nothing reachable is freed, and
   gccheckmark finds no marked object pointing to an unmarked one. */
static bool barrier_race_stack_heap(void)
{
    gc_state *gc = gc_state_of(tvm);
    bool slow = gc->concurrent_slow;
    gc->concurrent_slow = true;
    void **h = new_words(2);
    void **a = new_words(2), **b = new_words(2), **c = new_words(2),
         **d = new_words(2);
    a[0] = new_words(1); /* something only a refers to */
    h[0] = a;
    h[1] = b;
    set_roots(h, NULL);
    golem_g *g = g_with_frame();
    g->stack[0].p = c;
    g->stack[1].p = d;
    bool ok = true;
    for (int round = 0; round < 5 && ok; round++) {
        mutator m = {.g = g, .mode = MUT_SWAP, .h = h};
        pthread_t t;
        CHECK(start_mutator(&m, &t));
        /* let the marker run while the mutator swaps */
        gc_collect(tvm);
        stop_mutator(&m, t);
        ok = is_live(a) && is_live(b) && is_live(c) && is_live(d) &&
             is_live(a[0]) && m.swaps > 0;
    }
    gc->concurrent_slow = slow;
    CHECK(ok);
    g->nframes = 0;
    g->status = G_DEAD;
    set_roots(NULL, NULL);
    return heap_ok();
}

/* Assists: outside marking no debt accrues; while marking it accrues
   below GC_ASSIST_CHUNK and an assist settles it. */
static bool assist_accounting(void)
{
    set_roots(NULL, NULL);
    golem_g *g = g_with_frame();
    g->gc_assist_debt = 0;
    gc_assist(g, 1 << 20);
    CHECK(g->gc_assist_debt == 0);
    mutator m = {.g = g, .mode = MUT_ASSIST};
    pthread_t t;
    CHECK(start_mutator(&m, &t));
    gc_collect(tvm);
    stop_mutator(&m, t);
    CHECK(m.debt_small == 1000);
    CHECK(m.debt_after == 0);
    g->nframes = 0;
    g->status = G_DEAD;
    return heap_ok();
}

/* The cycle counts what the markers marked. */
static bool marked_bytes_counted(void)
{
    void **holder = new_words(64);
    for (int k = 0; k < 64; k++)
        holder[k] = new_words(16); /* 128-byte class */
    set_roots(holder, NULL);
    gc_collect(tvm);
    uint64_t marked = gc_state_of(tvm)->marked_bytes;
    CHECK(marked >= 64 * 128 + 512);
    set_roots(NULL, NULL);
    return heap_ok();
}

/* A span keeps one type word while its objects share it; the first
   object of another type gives it a table, in which the earlier objects
   keep theirs, and a cycle scans each object by its own type. */
static bool span_type_then_table(void)
{
    static rtype other;
    other = gc_pointer_words_type; /* same layout, another descriptor */
    set_roots(NULL, NULL);
    gc_collect(tvm);
    void **a = new_words(5); /* 48-byte class: a span of its own */
    void **b = new_words(5);
    mspan *s;
    uint32_t ia, ib, ic;
    CHECK(mheap_object_start(tvm->mheap, a, &s, &ia) != NULL);
    CHECK(mheap_object_start(tvm->mheap, b, NULL, &ib) != NULL);
    CHECK(s->types == NULL);
    CHECK(mspan_type_word(s, ia) == mspan_type_word(s, ib));
    void **c = gc_alloc(tg, &other, 5 * 8);
    mspan *sc;
    CHECK(mheap_object_start(tvm->mheap, c, &sc, &ic) != NULL);
    CHECK(sc == s && s->types != NULL);
    CHECK(typeword_type(mspan_type_word(s, ia)) == &gc_pointer_words_type);
    CHECK(typeword_type(mspan_type_word(s, ic)) == &other);
    a[0] = c;
    c[0] = new_words(2);
    set_roots(a, NULL);
    gc_collect(tvm);
    CHECK(is_live(c) && is_live(c[0]) && !is_live(b));
    set_roots(NULL, NULL);
    return heap_ok();
}

/* vm->stack_bytes (MemStats.StackInuse, read without walking the
   goroutines) follows every stack and frame-array change. */
static bool stack_bytes_counted(void)
{
    golem_g *g = vm_new_g(tvm);
    CHECK(g != NULL);
    CHECK(stack_ensure(g, 5000));
    while (g->capframes < 64)
        CHECK(frames_ensure(g) && (g->nframes = g->capframes) > 0);
    g->nframes = 1;
    stack_shrink(g, 8);
    uint64_t sum = 0;
    for (golem_g *x = tvm->allg; x != NULL; x = x->next)
        sum += (uint64_t)x->stack_size * sizeof(slot) +
               (uint64_t)x->capframes * sizeof(golem_frame);
    CHECK(__atomic_load_n(&tvm->stack_bytes, __ATOMIC_RELAXED) == sum);
    g->nframes = 0;
    return true;
}

/* ---- the idle rule (vm/mgc.c "IDLE") ---- */

/* A dropped spike is collected by sysmon once every P has been idle for
   a second (only once per quiet spell, never while busy), and its pages
   go back to the OS a second after they became free. */
static bool idle_cycle_frees_spike(void)
{
    gc_state *gc = tvm->gc;
    void **holder = new_words(1024);
    for (int k = 0; k < 1024; k++)
        holder[k] = new_words(1024); /* 8 KiB each: 8 MiB in all */
    set_roots(holder, NULL);
    gc_collect(tvm);
    set_roots(NULL, NULL);
    for (int k = 0; k < 4000; k++) /* the live estimate moves */
        new_words(8);
    uint32_t cycles = gc->numgc;
    gc_sysmon(tvm, true);
    gc_sysmon(tvm, false); /* the quiet spell starts */
    CHECK(gc->numgc == cycles);
    nap_us(1100 * 1000);
    gc_sysmon(tvm, true); /* busy again: the spell starts over */
    gc_sysmon(tvm, false);
    CHECK(gc->numgc == cycles);
    nap_us(1100 * 1000);
    gc_sysmon(tvm, false);
    CHECK(gc->numgc == cycles + 1);
    CHECK(!is_live(holder));
    gc_sysmon(tvm, false); /* nothing allocated since: no second cycle */
    CHECK(gc->numgc == cycles + 1);
    mheap_sweep_finish(tvm->mheap);
    uint64_t released = mheap_read_stats(tvm->mheap).released;
    nap_us(1100 * 1000);
    gc_sysmon(tvm, false); /* the periodic trim */
    CHECK(mheap_read_stats(tvm->mheap).released >= released + 4 * 1024 * 1024);
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
    /* the per-G protocol is concurrent marking's (the default, but in
       ThreadSanitizer builds) */
    gc_state_of(tvm)->concurrent = true;
    gc_state_of(tvm)->checkmark = true;
    run("running_g_scanned_after_park", running_g_scanned_after_park);
    run("running_g_scans_itself", running_g_scans_itself);
    run("g_born_while_marking", g_born_while_marking);
    run("barrier_race_stack_heap", barrier_race_stack_heap);
    run("assist_accounting", assist_accounting);
    run("marked_bytes_counted", marked_bytes_counted);
    run("span_type_then_table", span_type_then_table);
    run("stack_bytes_counted", stack_bytes_counted);
    run("idle_cycle_frees_spike", idle_cycle_frees_spike);
    tvm->globals = NULL;
    tvm->nglobals = 0;
    tvm->globals_ptrmap = NULL;
    vm_free(tvm);
    return failures != 0;
}
