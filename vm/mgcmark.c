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
 * the exception (codegen never clears a new frame, so any slot may hold a
 * stale value): each frame's slots are scanned by
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
 * never scanned while they run: the world is stopped, and the G running
 * the cycle is either at a safepoint of the interpreter (every live value
 * in its slots) or inside runtime.GC (which holds nothing).
 *
 * FINALIZERS (Go's rule): after the roots are drained, everything
 * reachable FROM each finalizable object is marked, but not the object
 * itself; objects still white then are unreachable: each is marked (so it
 * and what it refers to survive this cycle) and its finalizer moves to the
 * ready list, to be started on a new goroutine after the world restarts.
 * An object on a cycle with itself is never finalized, as in Go.
 *
 * The grey list is a malloc'd stack of (span, index) pairs. With the
 * world stopped one list and no locks suffice. Concurrent marking
 * (vm/mgc.c, GODEBUG=gcconcurrent=1) greys the roots in the first pause
 * (gcm_grey_roots), then one marker drains batches of the global list
 * into a local one while the write barrier adds to the global list under
 * grey_lock (gcm_drain_concurrent, gcm_shade), and the second pause
 * drains the rest and handles finalizers (gcm_finish). gccheckmark's
 * verification (gcm_verify_marks, gcm_verify_roots) checks the result:
 * every root's object is marked and no marked object points to an
 * unmarked one, so everything reachable is marked.
 */
#include "mgcstate.h"
#include "chan.h"
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
    if (!spanclass_noscan(s->spanclass))
        work_push(w, s, i);
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

/* Every root, handed to c (the world stopped). */
static void visit_roots(mark_ctx *c, bool drain_between)
{
    gc_state *gc = c->gc;
    golem_vm *vm = gc->vm;
    if (vm->globals != NULL)
        visit_words(vm->globals, vm->nglobals, c);
    for (golem_proto *p = vm->protos; p != NULL; p = p->next)
        if (p->consts != NULL)
            visit_words(p->consts, p->nconsts, c);
    if (drain_between)
        drain(gc, c->w);
    for (golem_g *g = vm->allg; g != NULL; g = g->next) {
        scan_goroutine(c, g);
        if (drain_between)
            drain(gc, c->w);
    }
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

void gcm_mark(gc_state *gc, golem_g *self)
{
    (void)self;
    mark_ctx c = {gc, &gc->grey, false, NULL, NULL, 0};
    visit_roots(&c, true);
    drain(gc, &gc->grey);
    pthread_mutex_lock(&gc->fin_lock);
    mark_finalizable(gc);
    pthread_mutex_unlock(&gc->fin_lock);
}

/* ---- concurrent marking ---- */

void gcm_grey_roots(gc_state *gc, golem_g *self)
{
    (void)self;
    mark_ctx c = {gc, &gc->grey, false, NULL, NULL, 0};
    visit_roots(&c, false);
}

/* The write barrier's shading while the world runs: greys p's object
   onto the global list. */
void gcm_shade(gc_state *gc, const void *p)
{
    pthread_mutex_lock(&gc->grey_lock);
    mark_candidate(gc, &gc->grey, p);
    pthread_mutex_unlock(&gc->grey_lock);
}

/* Moves up to `max` grey objects from the global list to w; returns how
   many. */
static size_t take_batch(gc_state *gc, gc_work *w, size_t max)
{
    pthread_mutex_lock(&gc->grey_lock);
    size_t n = 0;
    while (n < max && gc->grey.n > 0) {
        gc_grey g = gc->grey.items[--gc->grey.n];
        work_push(w, g.span, g.index);
        n++;
    }
    pthread_mutex_unlock(&gc->grey_lock);
    return n;
}

void gcm_drain_concurrent(gc_state *gc)
{
    gc_work local = {0};
    /* gcconcurrent=2: a slow marker (small batches and a pause after
       each), so that the program mutates a lot while marking goes on: a
       testing aid for the write barrier, with gccheckmark=1 */
    bool slow = gc->concurrent_slow;
    while (take_batch(gc, &local, slow ? 8 : 256) > 0) {
        drain(gc, &local);
        if (slow) {
            struct timespec ts = {0, 20000};
            nanosleep(&ts, NULL);
        }
    }
    free(local.items);
}

void gcm_finish(gc_state *gc)
{
    drain(gc, &gc->grey);
    pthread_mutex_lock(&gc->fin_lock);
    mark_finalizable(gc);
    pthread_mutex_unlock(&gc->fin_lock);
}

const char *gcm_verify_roots(gc_state *gc, char *buf, size_t len)
{
    mark_ctx c = {gc, &gc->grey, true, NULL, buf, len};
    visit_roots(&c, false);
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

/* ---- stack shrinking ---- */

void gcm_shrink_stacks(gc_state *gc, golem_g *self)
{
    for (golem_g *g = gc->vm->allg; g != NULL; g = g->next) {
        if (g == self || g->nframes == 0 || g->native_depth != 0 ||
            g->retired_stacks != NULL ||
            (g->status != G_WAITING && g->status != G_RUNNABLE))
            continue;
        uint32_t used = g_stack_top(g);
        if ((uint64_t)used * 4 < g->stack_size ||
            (uint64_t)g->nframes * 4 < g->capframes)
            stack_shrink(g, used);
    }
}
