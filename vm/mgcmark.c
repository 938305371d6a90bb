/*
 * mgcmark.c - marking: the roots, the grey list, finalizer handling,
 * mark verification and stack shrinking (DESIGN.md section 9; the cycle
 * itself is in vm/mgc.c).
 *
 * COLOURS. An object is white (mark bit clear), grey (marked, on the grey
 * list, its pointer words not yet scanned) or black (marked and scanned).
 * Marking greys every object a root refers to, then pops grey objects and
 * greys what their pointer words refer to, until the list is empty: every
 * object reachable from a root is then black, everything else white, and
 * the sweeper (vm/mheap.c) frees the white ones. Noscan objects (no
 * pointer words: strings, []byte, []int) go straight to black.
 *
 * POINTER VALIDATION. A candidate word is a pointer into the heap when
 * mheap_object_start finds an in-use span and slot for it (interior
 * pointers included) and the slot is allocated. Anything else (NULL,
 * integers, pointers to constants, descriptors or C memory, stale words
 * naming a free slot) is ignored. Heap objects are scanned precisely
 * (their type words, vm/mheap.h); memory outside the heap is scanned
 * conservatively, every word being a candidate, because the VM keeps
 * heap pointers in untyped places: defer records, channel wait records,
 * timers, the globals block. A conservative word can only keep garbage
 * alive a little longer, never free a live object. Goroutine stacks are
 * the exception (a slot may hold a stale value: a new frame clears only
 * its pointer slots above the parameters, golem_proto.zero_lo/zero_hi):
 * each frame's slots are scanned by
 * its proto's pointer map (slots codegen gives a pointer kind; it keeps a
 * slot's kind for the whole function), because a returned callee leaves
 * its pointers in the part of the caller's frame it overlapped, and
 * scanning those would keep whole dead structures alive (a dropped list
 * whose head a helper function once held). Stale values in pointer-kind
 * slots remain, and are validated like any other candidate.
 * GODEBUG=gcconservative=1 scans stacks conservatively instead (a
 * debugging aid when a pointer map is suspected).
 *
 * THE ROOTS (gcm_mark, in this order):
 *   - the globals block (vm->globals, all nglobals slots);
 *   - every proto's constant pool (constants may be heap pointers);
 *   - every goroutine with frames: each frame's pointer-kind slots (the
 *     argument window of a native in progress lies in its caller's frame,
 *     with the kinds of the call's arguments), each frame's closure, each
 *     frame's defer records (function value and argument copies), its
 *     panic chain (the records' words), and its
 *     channel wait record (vm/chan.c: chan_gc_visit_wait; a receiver that
 *     was handed a value but has not run yet holds it only there);
 *   - package time's timers (stdlib/time/time.c: time_gc_visit_timers;
 *     Go code holds them only through uintptr handles);
 *   - the finalizer table: each registered function, and both the
 *     function and the object of each finalizer waiting to start.
 * Semaphore waiters need nothing: the address they wait on is an argument
 * of the parked native's call, in the goroutine's stack. Goroutines are
 * never scanned while they run (see STACKS below): the G running the
 * cycle is either at a safepoint of the interpreter (every live value in
 * its slots) or inside runtime.GC (which holds nothing).
 *
 * FINALIZERS (Go's rule): after the roots are drained, everything
 * reachable FROM each finalizable object is marked, but not the object
 * itself; objects still white then are unreachable: each is marked (so it
 * and what it refers to survive this cycle) and its finalizer moves to the
 * ready list, to be started on a new goroutine after the world restarts.
 * An object on a cycle with itself is never finalized, as in Go.
 *
 * THE GREY LIST is a malloc'd stack of (span, index) pairs. With the
 * world stopped (gcconcurrent=0) one list and no locks suffice.
 *
 * STACKS (concurrent marking, the default). The first pause only flips
 * state: gc->scan_gen + 1 (a G is scanned this cycle when its
 * gc_scanned_gen equals it), barrier, black allocation and marking on.
 * No goroutine is scanned in it. With the world running, the cycle's
 * thread (the coordinator) walks vm->allg (Gs are never unlinked; new
 * ones are published with a release store) and scans each G it can own:
 * g->gc_owner goes 0 -> 2 by CAS, which the scheduler cannot do while
 * the scan lasts (vm/sched.c execute takes 0 -> 1 before running a G,
 * spinning while it is 2, and stores 0 when the M lets go of the G:
 * parked, yielded, ended). A G not running is at a point where every
 * live pointer is in its slots, its frame closures, defer records,
 * panic chain and channel wait record, exactly as with the world
 * stopped; while it is owned it stays there, and it is also the moment
 * to shrink its stack (Go does so in scanstack; never with native_depth
 * > 0). A running G cannot be owned: its preempt flag is set and at its
 * next safepoint (interp_preempt -> gc_safepoint, native_depth 0) it
 * scans itself (gcm_scan_self). Gs the coordinator could not scan wait
 * on gc->pending and are retried (and preempted again) until scanned.
 * New goroutines are born scanned (gc_g_born: their stack holds only
 * their arguments, which are shaded). Stacks are never rescanned: with
 * the hybrid barrier (both the overwritten and the written pointer are
 * shaded on every heap or global store, always) and black allocation,
 * a scanned stack can only obtain pointers to objects that are marked
 * or reachable from grey ones (Go's proof for its hybrid barrier); the
 * other ways a pointer moves between goroutines without a heap store -
 * channel wait records (vm/chan.c elem_put: bulk barrier), a new G's
 * arguments (gc_g_born), a timer started while marking
 * (time.startTimer shades), a finalizer's function (gc_set_finalizer
 * shades) - shade too. The other roots (globals, constant pools,
 * timers, finalizer tables) are scanned concurrently for the same
 * reason.
 *
 * WORKERS. The coordinator is one mark worker; nprocs/4 - 1 helper
 * threads (none below 8 Ps) drain the global grey list with it. A
 * worker takes batches from the global list under grey_lock into a
 * local one (counted in gc->nbusy while it holds any), and gives half
 * back when its list is long and the global one empty. The barrier's
 * gcm_shade sets the mark bit first, without a lock (most shades hit
 * marked objects), and locks only to push a newly greyed scan object.
 * Allocating goroutines assist (gc_assist): past GC_ASSIST_CHUNK bytes
 * allocated while marking they scan about as many bytes of grey objects.
 * The concurrent phase ends when the global list is empty, no worker
 * holds work, and every G is scanned but those that cannot be (in a
 * blocking native, pinned, or inside a native's callback); then the
 * world stops for mark termination (gcm_finish_pending): those Gs are
 * scanned (normally none), what the barrier greyed since is drained, and
 * finalizers are handled: O(those Gs + that work), never O(all Gs).
 * Every marker counts the bytes it marks (gc->marked_bytes): with the
 * black allocations (vm/mheap.h), the cycle's live estimate.
 *
 * gccheckmark's verification (gcm_verify_marks, gcm_verify_roots) checks
 * the result: every root's object is marked and no marked object points
 * to an unmarked one, so everything reachable is marked.
 */
#include "mgcstate.h"
#include "chan.h"
#include "gosched.h"
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

/* stdlib/time/time.c; weak so that VM-only test binaries link without
   package time. */
__attribute__((weak)) void time_gc_visit_timers(
    golem_vm *vm,
    void (*visit)(const void *words, size_t nwords, void *arg), void *arg);

static void grey_fatal(void)
{
    static const char msg[] = "fatal error: runtime: out of memory "
                              "(mark stack)\n";
    if (write(2, msg, sizeof msg - 1) < 0) {
        /* nothing more to do */
    }
    exit(2);
}

static void work_push(gc_work *w, mspan *s, uint32_t i)
{
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 1024;
        gc_grey *g = realloc(w->items, cap * sizeof *g);
        if (g == NULL)
            grey_fatal();
        w->items = g;
        w->cap = cap;
    }
    w->items[w->n].span = s;
    w->items[w->n].index = i;
    w->n++;
}

/* What a root or pointer word is handed to: the marker (grey onto w), or
   the root verifier (err set at the first unmarked object). */
typedef struct mark_ctx {
    gc_state *gc;
    gc_work *w;
    bool verify;
    const char *err;
    char *buf;
    size_t len;
} mark_ctx;

/* Greys the object p points into, if it is an allocated, white object. */
static inline void mark_candidate(gc_state *gc, gc_work *w, const void *p)
{
    mspan *s;
    uint32_t i;
    if (p == NULL || mheap_object_start(gc->heap, p, &s, &i) == NULL ||
        !mspan_is_allocated(s, i) || !mspan_mark(s, i))
        return;
    w->marked += s->elemsize;
    if (!spanclass_noscan(s->spanclass))
        work_push(w, s, i);
}

/* Adds what w's owner marked to the cycle's count. */
static void flush_marked(gc_state *gc, gc_work *w)
{
    if (w->marked != 0)
        __atomic_add_fetch(&gc->marked_bytes, w->marked, __ATOMIC_RELAXED);
    w->marked = 0;
}

static void ctx_candidate(mark_ctx *c, const void *p)
{
    if (!c->verify) {
        mark_candidate(c->gc, c->w, p);
        return;
    }
    mspan *s;
    uint32_t i;
    if (c->err != NULL || p == NULL ||
        mheap_object_start(c->gc->heap, p, &s, &i) == NULL ||
        !mspan_is_allocated(s, i) || mspan_is_marked(s, i))
        return;
    snprintf(c->buf, c->len,
             "gccheckmark: a root points to unmarked object %p (%s)",
             mspan_object_addr(s, i),
             typeword_type(mspan_type_word(s, i))
                 ? typeword_type(mspan_type_word(s, i))->string
                 : "noscan");
    c->err = c->buf;
}

/* A conservative root: nwords 8-byte words at words. */
static void visit_words(const void *words, size_t nwords, void *arg)
{
    void *const *w = words;
    for (size_t k = 0; k < nwords; k++)
        ctx_candidate(arg, w[k]);
}

/* A precise pointer word of a heap object (mspan_scan_object). */
static void visit_slot(void **slot, void *arg)
{
    mark_ctx *c = arg;
    mark_candidate(c->gc, c->w, *slot);
}

/* Scans w's grey objects until it is empty (one thread). */
static void drain(gc_state *gc, gc_work *w)
{
    mark_ctx c = {gc, w, false, NULL, NULL, 0};
    while (w->n > 0) {
        gc_grey g = w->items[--w->n];
        mspan_scan_object(g.span, g.index, visit_slot, &c);
    }
}

/* ---- goroutines ---- */

/* One past the highest slot any frame of g may use. */
static uint32_t g_stack_top(const golem_g *g)
{
    uint64_t top = 0;
    for (uint32_t k = 0; k < g->nframes; k++) {
        const golem_frame *fr = &g->frames[k];
        const golem_proto *p = fr->proto;
        uint64_t need = 0;
        if (p != NULL) {
            need = p->framesize;
            if (need < p->nparams)
                need = p->nparams;
            if (need < p->nresults)
                need = p->nresults;
        }
        if (fr->base + need > top)
            top = fr->base + need;
    }
    return top < g->stack_size ? (uint32_t)top : g->stack_size;
}

/* The slots of frame fr that its proto's pointer map names (every slot
   of its window when the proto has none: a native called by vm_call), or
   all of them in conservative mode. */
static void scan_frame_slots(mark_ctx *c, const golem_g *g,
                             const golem_frame *fr)
{
    const golem_proto *p = fr->proto;
    if (p == NULL)
        return;
    uint64_t n = p->framesize;
    if (n < p->nparams)
        n = p->nparams;
    if (n < p->nresults)
        n = p->nresults;
    if (fr->base + n > g->stack_size)
        n = fr->base < g->stack_size ? g->stack_size - fr->base : 0;
    const slot *s = g->stack + fr->base;
    if (p->ptrmap == NULL || c->gc->conservative) {
        visit_words(s, n, c);
        return;
    }
    for (uint64_t i = 0; i < n; i++)
        if (i >= p->framesize || p->ptrmap[i] == SK_PTR)
            ctx_candidate(c, s[i].p);
}

static void scan_goroutine(mark_ctx *c, golem_g *g)
{
    if (g->stack != NULL)
        for (uint32_t k = 0; k < g->nframes; k++)
            scan_frame_slots(c, g, &g->frames[k]);
    for (uint32_t k = 0; k < g->nframes; k++) {
        golem_frame *fr = &g->frames[k];
        visit_words(&fr->closure, 1, c);
        for (golem_defer *d = fr->defers; d != NULL; d = d->link) {
            visit_words(&d->fn, 1, c);
            visit_words(d->args, d->nargs, c);
        }
    }
    for (golem_panic *p = g->panic; p != NULL; p = p->link) {
        visit_words(&p, 1, c);
        visit_words(p, sizeof *p / 8, c);
    }
    chan_gc_visit_wait(g, visit_words, c);
}

/* ---- finalizers ---- */

static bool ready_push(gc_state *gc, gc_finalizer f)
{
    gc_finalizer_list *l = &gc->ready;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        gc_finalizer *items = realloc(l->items, cap * sizeof *items);
        if (items == NULL)
            return false;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = f;
    return true;
}

/* Go's finalizer rule (see the header comment); fin_lock held. */
static void mark_finalizable(gc_state *gc)
{
    mark_ctx c = {gc, &gc->grey, false, NULL, NULL, 0};
    mspan *s;
    uint32_t i;
    for (size_t k = 0; k < gc->fins.n; k++)
        if (mheap_object_start(gc->heap, gc->fins.items[k].obj, &s, &i) &&
            mspan_is_allocated(s, i))
            mspan_scan_object(s, i, visit_slot, &c);
    drain(gc, &gc->grey);
    size_t keep = 0;
    for (size_t k = 0; k < gc->fins.n; k++) {
        gc_finalizer f = gc->fins.items[k];
        if (mheap_object_start(gc->heap, f.obj, &s, &i) == NULL ||
            !mspan_is_allocated(s, i))
            continue; /* cannot happen: the table holds no dead objects */
        if (mspan_is_marked(s, i) || !ready_push(gc, f)) {
            gc->fins.items[keep++] = f;
            continue;
        }
        /* it survives until its finalizer has run */
        mark_candidate(gc, &gc->grey, f.obj);
    }
    gc->fins.n = keep;
    drain(gc, &gc->grey);
}

/* The roots other than goroutines, handed to c: globals, constant pools,
   timers, the finalizer tables (with the world stopped, or running: see
   STACKS in the header comment). */
static void visit_other_roots(mark_ctx *c)
{
    gc_state *gc = c->gc;
    golem_vm *vm = gc->vm;
    if (vm->globals != NULL)
        visit_words(vm->globals, vm->nglobals, c);
    for (golem_proto *p = vm->protos; p != NULL; p = p->next)
        if (p->consts != NULL)
            visit_words(p->consts, p->nconsts, c);
    if (time_gc_visit_timers != NULL)
        time_gc_visit_timers(vm, visit_words, c);
    pthread_mutex_lock(&gc->fin_lock);
    for (size_t k = 0; k < gc->fins.n; k++)
        visit_words(&gc->fins.items[k].fn, 1, c);
    for (size_t k = 0; k < gc->ready.n; k++) {
        visit_words(&gc->ready.items[k].fn, 1, c);
        visit_words(&gc->ready.items[k].obj, 1, c);
    }
    pthread_mutex_unlock(&gc->fin_lock);
}


/* g waits or is runnable (not running, not in a blocking native). Read
   while another thread may ready g (WAITING -> RUNNABLE): either answer
   allows shrinking, and an owned G is in no other state. */
static bool g_parked_status(const golem_g *g)
{
    g_status st = g->status;
    return st == G_WAITING || st == G_RUNNABLE;
}

/* Shrinks g's stack if it uses under a quarter of it; g is not running
   (the world is stopped, or the caller owns g) and is not self. */
static void maybe_shrink(golem_g *g)
{
    if (g->nframes == 0 || g->native_depth != 0 ||
        g->retired_stacks != NULL || !g_parked_status(g))
        return;
    uint32_t used = g_stack_top(g);
    if ((uint64_t)used * 4 < g->stack_size ||
        (uint64_t)g->nframes * 4 < g->capframes)
        stack_shrink(g, used);
}

/* Every root, handed to c, with the world stopped. shrink: also shrink
   the stacks of goroutines not running (gcconcurrent=0). */
static void visit_roots(mark_ctx *c, bool drain_between, bool shrink)
{
    gc_state *gc = c->gc;
    visit_other_roots(c);
    if (drain_between)
        drain(gc, c->w);
    for (golem_g *g = gc->vm->allg; g != NULL; g = g->next) {
        scan_goroutine(c, g);
        if (shrink && g != gc->self)
            maybe_shrink(g);
        if (drain_between)
            drain(gc, c->w);
    }
}

void gcm_mark(gc_state *gc, golem_g *self)
{
    gc->self = self;
    mark_ctx c = {gc, &gc->grey, false, NULL, NULL, 0};
    visit_roots(&c, true, true);
    drain(gc, &gc->grey);
    pthread_mutex_lock(&gc->fin_lock);
    mark_finalizable(gc);
    pthread_mutex_unlock(&gc->fin_lock);
    flush_marked(gc, &gc->grey);
}

/* ---- concurrent marking: the shared grey list ---- */

#define GC_BATCH 256          /* objects a worker takes at once */
#define GC_GIVE_BACK 32       /* a local list this long shares half */
#define GC_ASSIST_CHUNK 65536 /* bytes of debt before an assist */
#define GC_IDLE_NS 20000      /* a worker with nothing to do sleeps */

static void nap(long ns)
{
    struct timespec ts = {0, ns};
    nanosleep(&ts, NULL);
}

/* The write barrier's shading while the world runs: the mark bit first,
   without a lock; the lock only to push a newly greyed scan object. */
void gcm_shade(gc_state *gc, const void *p)
{
    mspan *s;
    uint32_t i;
    if (mheap_object_start(gc->heap, p, &s, &i) == NULL ||
        !mspan_is_allocated(s, i) || !mspan_mark(s, i))
        return;
    __atomic_add_fetch(&gc->marked_bytes, s->elemsize, __ATOMIC_RELAXED);
    if (spanclass_noscan(s->spanclass))
        return;
    pthread_mutex_lock(&gc->grey_lock);
    work_push(&gc->grey, s, i);
    pthread_mutex_unlock(&gc->grey_lock);
}

/* Moves all of w to the global list. */
static void publish_all(gc_state *gc, gc_work *w)
{
    flush_marked(gc, w);
    if (w->n == 0)
        return;
    pthread_mutex_lock(&gc->grey_lock);
    for (size_t k = 0; k < w->n; k++)
        work_push(&gc->grey, w->items[k].span, w->items[k].index);
    pthread_mutex_unlock(&gc->grey_lock);
    w->n = 0;
}

/* A worker whose local list ran dry: no longer busy; takes up to max
   objects from the global list (busy again if it got any). */
static size_t refill(gc_state *gc, gc_work *w, size_t max, bool was_busy)
{
    pthread_mutex_lock(&gc->grey_lock);
    if (was_busy)
        gc->nbusy--;
    size_t n = 0;
    while (n < max && gc->grey.n > 0) {
        gc_grey g = gc->grey.items[--gc->grey.n];
        work_push(w, g.span, g.index);
        n++;
    }
    if (n > 0)
        gc->nbusy++;
    pthread_mutex_unlock(&gc->grey_lock);
    return n;
}

/* A long local list while the global one is empty: half goes back for
   the other workers. */
static void maybe_give_back(gc_state *gc, gc_work *w)
{
    if (w->n < GC_GIVE_BACK || pthread_mutex_trylock(&gc->grey_lock) != 0)
        return;
    if (gc->grey.n != 0) {
        pthread_mutex_unlock(&gc->grey_lock);
        return;
    }
    size_t half = w->n / 2;
    for (size_t k = 0; k < half; k++)
        work_push(&gc->grey, w->items[w->n - 1 - k].span,
                  w->items[w->n - 1 - k].index);
    pthread_mutex_unlock(&gc->grey_lock);
    w->n -= half;
}

/* Marks from the global list until it is empty or about `budget` bytes
   of objects were scanned; w is empty on entry and on return (what is
   left goes back to the global list before this worker stops counting
   as busy, so the termination check cannot miss it). Returns the bytes
   scanned. */
static uint64_t drain_shared(gc_state *gc, gc_work *w, uint64_t budget,
                             size_t batch)
{
    mark_ctx c = {gc, w, false, NULL, NULL, 0};
    uint64_t scanned = 0;
    bool busy = false;
    unsigned k = 0;
    while (scanned < budget) {
        if (w->n == 0) {
            busy = refill(gc, w, batch, busy) > 0;
            if (!busy)
                break;
        }
        gc_grey g = w->items[--w->n];
        mspan_scan_object(g.span, g.index, visit_slot, &c);
        scanned += g.span->elemsize;
        if (++k % 64 == 0)
            maybe_give_back(gc, w);
    }
    publish_all(gc, w);
    if (busy) {
        pthread_mutex_lock(&gc->grey_lock);
        gc->nbusy--;
        pthread_mutex_unlock(&gc->grey_lock);
    }
    return scanned;
}

/* ---- concurrent marking: goroutines ---- */

static void glist_push(gc_glist *l, golem_g *g)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        golem_g **items = realloc(l->items, cap * sizeof *items);
        if (items == NULL)
            grey_fatal();
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = g;
}

static bool g_is_scanned(const golem_g *g, uint32_t gen)
{
    return __atomic_load_n(&g->gc_scanned_gen, __ATOMIC_ACQUIRE) == gen;
}

/* Scans g into c if this thread can own it (or g is the cycle's own G,
   stopped at its safepoint or inside runtime.GC). False: g is running. */
static bool try_scan_g(mark_ctx *c, golem_g *g, uint32_t gen)
{
    gc_state *gc = c->gc;
    if (g_is_scanned(g, gen))
        return true;
    if (g == gc->self) {
        scan_goroutine(c, g);
        __atomic_store_n(&g->gc_scanned_gen, gen, __ATOMIC_RELEASE);
        return true;
    }
    uint32_t free_ = 0;
    if (!__atomic_compare_exchange_n(&g->gc_owner, &free_, 2, false,
                                     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return false;
    if (!g_is_scanned(g, gen)) {
        scan_goroutine(c, g);
        maybe_shrink(g);
        __atomic_store_n(&g->gc_scanned_gen, gen, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&g->gc_owner, 0, __ATOMIC_RELEASE);
    return true;
}

/* A G that may stay unscannable until mark termination: in a blocking
   native or pinned wait (owned by its M, which holds no P), or running
   inside a native's callback (no safepoint scans there). */
static bool g_stuck(const golem_g *g)
{
    return __atomic_load_n(&g->status, __ATOMIC_RELAXED) == G_SYSCALL ||
           __atomic_load_n(&g->pinned_m, __ATOMIC_RELAXED) != NULL ||
           __atomic_load_n(&g->native_depth, __ATOMIC_RELAXED) != 0;
}

void gcm_scan_self(gc_state *gc, golem_g *g)
{
    if (!__atomic_load_n(&gc->marking, __ATOMIC_ACQUIRE))
        return;
    uint32_t gen = __atomic_load_n(&gc->scan_gen, __ATOMIC_ACQUIRE);
    if (g_is_scanned(g, gen))
        return;
    gc_work w = {0};
    mark_ctx c = {gc, &w, false, NULL, NULL, 0};
    scan_goroutine(&c, g);
    publish_all(gc, &w); /* before the generation: see termination */
    __atomic_store_n(&g->gc_scanned_gen, gen, __ATOMIC_RELEASE);
    free(w.items);
}

void gc_g_born(golem_g *ng, const slot *args, uint32_t nargs)
{
    gc_state *gc = __atomic_load_n(&ng->vm->gc, __ATOMIC_ACQUIRE);
    uint32_t gen = gc != NULL
                       ? __atomic_load_n(&gc->scan_gen, __ATOMIC_ACQUIRE)
                       : 0;
    __atomic_store_n(&ng->gc_scanned_gen, gen, __ATOMIC_RELEASE);
    if (nargs > 0 && args != NULL)
        gc_shade_words(ng, args, nargs);
}

void gc_g_acquire_slow(golem_g *g)
{
    for (unsigned spins = 0;; spins++) {
        uint32_t free_ = 0;
        if (__atomic_compare_exchange_n(&g->gc_owner, &free_, 1, false,
                                        __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
#if defined(__x86_64__) || defined(__i386__)
        if (spins < 64) {
            __builtin_ia32_pause();
            continue;
        }
#endif
        sched_yield();
    }
}

/* ---- concurrent marking: workers ---- */

static void *helper_main(void *arg)
{
    gc_state *gc = arg;
    gc_work w = {0};
    uint64_t t0 = (uint64_t)mheap_nanotime();
    while (!__atomic_load_n(&gc->mark_done, __ATOMIC_ACQUIRE))
        if (drain_shared(gc, &w, UINT64_MAX, GC_BATCH) == 0)
            nap(GC_IDLE_NS);
    free(w.items);
    __atomic_add_fetch(&gc->bg_ns, (uint64_t)mheap_nanotime() - t0,
                       __ATOMIC_RELAXED);
    return NULL;
}

static void start_helpers(gc_state *gc)
{
    golem_vm *vm = gc->vm;
    int32_t np = vm->sched != NULL
                     ? __atomic_load_n(&vm->sched->nprocs, __ATOMIC_RELAXED)
                     : 1;
    int32_t want = np / 4 - 1;
    if (want > GC_MAX_HELPERS)
        want = GC_MAX_HELPERS;
    gc->nhelpers = 0;
    __atomic_store_n(&gc->mark_done, 0, __ATOMIC_RELEASE);
    for (int32_t k = 0; k < want; k++) {
        if (pthread_create(&gc->helpers[gc->nhelpers], NULL, helper_main,
                           gc) != 0)
            break;
        gc->nhelpers++;
    }
}

static void stop_helpers(gc_state *gc)
{
    __atomic_store_n(&gc->mark_done, 1, __ATOMIC_RELEASE);
    for (uint32_t k = 0; k < gc->nhelpers; k++)
        pthread_join(gc->helpers[k], NULL);
    gc->nhelpers = 0;
}

static bool program_exiting(golem_vm *vm)
{
    return vm->sched != NULL &&
           __atomic_load_n(&vm->sched->exiting, __ATOMIC_ACQUIRE);
}

/* The first walk over allg: scan what can be owned, remember the rest
   (their preempt flags set: they scan themselves). */
static void walk_goroutines(gc_state *gc, gc_work *w, uint32_t gen)
{
    mark_ctx c = {gc, w, false, NULL, NULL, 0};
    size_t k = 0;
    golem_g *head = __atomic_load_n(&gc->vm->allg, __ATOMIC_ACQUIRE);
    for (golem_g *g = head; g != NULL; g = g->next, k++) {
        if (!try_scan_g(&c, g, gen)) {
            __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
            glist_push(&gc->pending, g);
        }
        if (k % 64 == 63 && w->n >= GC_BATCH)
            publish_all(gc, w); /* let the helpers start */
    }
    publish_all(gc, w);
}

/* Retries the pending Gs; returns true when all left are stuck. */
static bool retry_pending(gc_state *gc, gc_work *w, uint32_t gen)
{
    mark_ctx c = {gc, w, false, NULL, NULL, 0};
    bool all_stuck = true;
    size_t keep = 0;
    for (size_t k = 0; k < gc->pending.n; k++) {
        golem_g *g = gc->pending.items[k];
        if (try_scan_g(&c, g, gen))
            continue;
        gc->pending.items[keep++] = g;
        if (!g_stuck(g)) {
            all_stuck = false;
            __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
        }
    }
    gc->pending.n = keep;
    publish_all(gc, w);
    return all_stuck;
}

bool gcm_mark_concurrent(gc_state *gc)
{
    uint64_t t0 = (uint64_t)mheap_nanotime();
    uint32_t gen = gc->scan_gen;
    gc->pending.n = 0;
    gc_work w = {0};
    start_helpers(gc);
    mark_ctx c = {gc, &w, false, NULL, NULL, 0};
    if (gc->self != NULL)
        try_scan_g(&c, gc->self, gen);
    visit_other_roots(&c);
    publish_all(gc, &w);
    walk_goroutines(gc, &w, gen);
    /* gcconcurrent=2: a slow marker (small batches and a pause after
       each), so that the program mutates a lot while marking goes on: a
       testing aid for the write barrier, with gccheckmark=1 */
    bool slow = gc->concurrent_slow;
    bool ok = true;
    for (unsigned round = 0;; round++) {
        uint64_t did = drain_shared(gc, &w, slow ? 8 * 64 : UINT64_MAX,
                                    slow ? 8 : GC_BATCH);
        if (slow)
            nap(GC_IDLE_NS);
        bool all_stuck = retry_pending(gc, &w, gen);
        pthread_mutex_lock(&gc->grey_lock);
        bool idle = gc->grey.n == 0 && gc->nbusy == 0;
        pthread_mutex_unlock(&gc->grey_lock);
        if (idle && all_stuck)
            break;
        if (program_exiting(gc->vm)) {
            ok = false;
            break;
        }
        if (did == 0)
            nap(round < 100 ? GC_IDLE_NS : 5 * GC_IDLE_NS);
    }
    stop_helpers(gc);
    free(w.items);
    __atomic_add_fetch(&gc->bg_ns, (uint64_t)mheap_nanotime() - t0,
                       __ATOMIC_RELAXED);
    return ok;
}

void gcm_finish_pending(gc_state *gc)
{
    uint32_t gen = gc->scan_gen;
    mark_ctx c = {gc, &gc->grey, false, NULL, NULL, 0};
    for (size_t k = 0; k < gc->pending.n; k++) {
        golem_g *g = gc->pending.items[k];
        if (!g_is_scanned(g, gen)) {
            scan_goroutine(&c, g);
            __atomic_store_n(&g->gc_scanned_gen, gen, __ATOMIC_RELEASE);
        }
    }
    gc->pending.n = 0;
    gcm_finish(gc);
}

/* ---- assists ---- */

void gc_assist(golem_g *g, size_t bytes)
{
    gc_state *gc = g->vm->gc;
    if (gc == NULL || !__atomic_load_n(&gc->marking, __ATOMIC_RELAXED))
        return;
    g->gc_assist_debt += (int64_t)bytes;
    if (g->gc_assist_debt < GC_ASSIST_CHUNK)
        return;
    uint64_t t0 = (uint64_t)mheap_nanotime();
    gc_work w = {0};
    drain_shared(gc, &w, (uint64_t)g->gc_assist_debt, GC_BATCH / 4);
    free(w.items);
    /* Paid, or nothing grey was left (the markers are ahead): either way
       the debt is settled (Go would make the G wait instead). */
    g->gc_assist_debt = 0;
    __atomic_add_fetch(&gc->assist_ns, (uint64_t)mheap_nanotime() - t0,
                       __ATOMIC_RELAXED);
}

/* ---- mark termination ---- */

void gcm_finish(gc_state *gc)
{
    drain(gc, &gc->grey);
    pthread_mutex_lock(&gc->fin_lock);
    mark_finalizable(gc);
    pthread_mutex_unlock(&gc->fin_lock);
    flush_marked(gc, &gc->grey);
}

const char *gcm_verify_roots(gc_state *gc, char *buf, size_t len)
{
    mark_ctx c = {gc, &gc->grey, true, NULL, buf, len};
    visit_roots(&c, false, false);
    return c.err;
}

/* ---- verification (GODEBUG=gccheckmark=1) ---- */

typedef struct verify_ctx {
    gc_state *gc;
    const mspan *span;
    uint32_t index;
    const char *err;
    char *buf;
    size_t len;
} verify_ctx;

static const char *type_name_of(const mspan *s, uint32_t i)
{
    const rtype *t = typeword_type(mspan_type_word(s, i));
    return t != NULL && t->string != NULL ? t->string : "noscan";
}

static void verify_slot(void **slot, void *arg)
{
    verify_ctx *v = arg;
    mspan *s;
    uint32_t i;
    if (v->err != NULL || *slot == NULL ||
        mheap_object_start(v->gc->heap, *slot, &s, &i) == NULL ||
        !mspan_is_allocated(s, i) || mspan_is_marked(s, i))
        return;
    void *holder = mspan_object_addr(v->span, v->index);
    snprintf(v->buf, v->len,
             "gccheckmark: marked object %p (%s) holds at offset %ld a "
             "pointer to unmarked object %p (%s)",
             holder, type_name_of(v->span, v->index),
             (long)((char *)slot - (char *)holder), mspan_object_addr(s, i),
             type_name_of(s, i));
    v->err = v->buf;
}

static void verify_span(mspan *s, void *arg)
{
    verify_ctx *v = arg;
    if (spanclass_noscan(s->spanclass))
        return;
    for (uint32_t i = 0; i < s->nelems && v->err == NULL; i++) {
        if (!mspan_is_allocated(s, i) || !mspan_is_marked(s, i))
            continue;
        v->span = s;
        v->index = i;
        mspan_scan_object(s, i, verify_slot, v);
    }
}

const char *gcm_verify_marks(gc_state *gc, char *buf, size_t len)
{
    verify_ctx v = {gc, NULL, 0, NULL, buf, len};
    mheap_for_each_span(gc->heap, verify_span, &v);
    return v.err;
}
