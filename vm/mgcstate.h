/*
 * mgcstate.h - the collector's private state, shared by vm/mgc.c (the
 * cycle, pacing, statistics, finalizers, the user API) and vm/mgcmark.c
 * (roots, the grey list, marking, verification). Nothing outside vm/mgc*.c
 * includes it; the rest of the VM sees vm/mgc.h.
 */
#ifndef GOLEM_MGCSTATE_H
#define GOLEM_MGCSTATE_H

#include "mgc.h"
#include "mheap.h"
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

/* A registered finalizer: run fn(obj) once obj is unreachable. objtype
   is obj's pointer type (the eface type word when fn takes an interface). */
typedef struct gc_finalizer {
    void *obj;
    const rtype *objtype;
    golem_closure *fn;
} gc_finalizer;

typedef struct gc_finalizer_list {
    gc_finalizer *items;
    size_t n, cap;
} gc_finalizer_list;

/* One grey object: its span and index (the span stays in use: an
   allocated object's span is freed only by the sweeper). */
typedef struct gc_grey {
    mspan *span;
    uint32_t index;
} gc_grey;

/* A list of grey objects: the global one (under grey_lock while the world
   runs), or a marker's local one. */
typedef struct gc_work {
    gc_grey *items;
    size_t n, cap;
    uint64_t marked;   /* bytes this list's owner marked, not yet added
                          to gc->marked_bytes */
} gc_work;

/* Goroutines a mark worker could not scan yet (running, or in a
   blocking native). */
typedef struct gc_glist {
    golem_g **items;
    size_t n, cap;
} gc_glist;

#define GC_MAX_HELPERS 32

typedef struct gc_state {
    golem_vm *vm;
    mheap *heap;

    /* One cycle at a time. A G at a safepoint only try-locks it (it must
       not block while holding a P the stopper waits for); runtime.GC
       releases its P first and then waits. */
    pthread_mutex_t cycle_lock;
    uint32_t want;             /* atomic: a cycle was asked for */

    /* Pacing (atomic reads by the allocator). pace_lock guards the
       settings and pace(); it is taken inside cycle_lock, and alone by
       the setters (which run in natives holding a P, so they must never
       wait for a whole cycle). */
    pthread_mutex_t pace_lock;
    uint64_t trigger;          /* heap_live at which a cycle starts */
    uint64_t goal;             /* NextGC */
    int64_t gcpercent;         /* GOGC; < 0: off */
    int64_t memlimit;          /* GOMEMLIMIT in bytes; INT64_MAX: none */
    uint64_t heap_marked;      /* live bytes after the last cycle */

    /* GODEBUG */
    bool trace;                /* gctrace=1 */
    bool checkmark;            /* gccheckmark=1 */
    bool conservative;         /* gcconservative=1: stacks scanned whole */
    uint32_t stress_every;     /* gcstress: a cycle every N allocations */
    uint32_t stress_count;     /* atomic allocation count */
    uint64_t last_cycle_ns;    /* atomic: the last cycle's duration ... */
    uint64_t last_end_ns;      /* ... and its end (monotonic) */

    /* Statistics (under cycle_lock). */
    uint32_t numgc, numforced;
    uint64_t pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    int64_t last_gc_unix_ns;
    int64_t start_ns;          /* monotonic, at the state's creation */
    int64_t last_activity_ns;  /* the last cycle's end (or attempt) */
    int64_t force_period_ns;   /* sysmon forces a cycle after this long */
    /* The idle rule (vm/mgc.c gc_sysmon; sysmon's thread only, except
       live_after_cycle, written by the cycle): since when every P has
       been idle (0: busy), the live estimate a cycle left, and the last
       periodic trim. */
    int64_t idle_since_ns;
    uint64_t live_after_cycle; /* atomic */
    int64_t last_trim_ns;
    int64_t gc_cpu_ns;         /* time spent in cycles */
    uint64_t nfreed_total;

    /* Marking (valid during a cycle, under cycle_lock). With the world
       stopped one thread uses `grey` alone; during concurrent marking
       (GODEBUG=gcconcurrent=1) the write barrier (gc_shade) and the
       marker share it under grey_lock, the marker draining into a local
       list. */
    gc_work grey;
    pthread_mutex_t grey_lock;
    uint32_t marking;          /* atomic: concurrent marking in progress */
    bool concurrent;           /* gcconcurrent=1 */
    bool concurrent_slow;      /* gcconcurrent=2: a slow marker (testing) */

    /* (gc-mark3) Per-G stack scanning and parallel marking
       (vm/mgcmark.c "STACKS", "WORKERS"). */
    uint32_t scan_gen;         /* atomic: +1 at each cycle's first pause */
    golem_g *self;             /* the G running the cycle, or NULL */
    gc_glist pending;          /* unscanned Gs (the cycle's thread only) */
    uint32_t nbusy;            /* workers holding grey work (grey_lock) */
    uint32_t mark_done;        /* atomic: helpers stop */
    uint64_t marked_bytes;     /* atomic: bytes marked by the markers this
                                  cycle (black allocations excluded) */
    uint64_t assist_ns;        /* atomic: this cycle's assist time */
    uint64_t bg_ns;            /* atomic: this cycle's worker time */
    uint32_t nhelpers;
    pthread_t helpers[GC_MAX_HELPERS];

    /* Finalizers: registered ones, and those whose object became
       unreachable and wait to be started (both roots for their fn; the
       ready ones for obj too). */
    pthread_mutex_t fin_lock;
    gc_finalizer_list fins, ready;
} gc_state;

/* vm/mgc.c: made with the heap by vm/malloc.c (NULL when out of memory). */
gc_state *gc_state_new(golem_vm *vm, mheap *heap);
void gc_state_destroy(gc_state *gc);

/* vm/mgcmark.c */
/* Marks everything reachable from the roots (the world stopped, caches
   released, mark bits clear), then the finalizers' objects (queuing those
   that became unreachable on gc->ready). self: the G running the cycle,
   or NULL. */
void gcm_mark(gc_state *gc, golem_g *self);
/* gc_shade's work while marking concurrently (sets the mark bit; takes
   grey_lock only to push a newly greyed scan object). */
void gcm_shade(gc_state *gc, const void *p);
/* The end of concurrent marking, world stopped: drain, finalizers. */
void gcm_finish(gc_state *gc);
/* (gc-mark3) The concurrent phase of the per-G design, world running:
   starts the helper workers, scans the roots and every goroutine
   (owning each, or asking a running one to scan itself), drains with the
   helpers until nothing is grey and every G is scanned but those that
   cannot be (in a blocking native, pinned), then stops the helpers.
   Returns false when the program is exiting. */
bool gcm_mark_concurrent(gc_state *gc);
/* (gc-mark3) Mark termination's fallback, world stopped: scans the Gs
   left unscanned (gc->pending), then gcm_finish. */
void gcm_finish_pending(gc_state *gc);
/* (gc-mark3) gc_safepoint's part: g (running, native_depth 0) scans its
   own stack if marking is on and it is not scanned yet. */
void gcm_scan_self(gc_state *gc, golem_g *g);
/* gccheckmark after concurrent marking: every root's object is marked
   (with gcm_verify_marks, everything reachable is then marked). */
const char *gcm_verify_roots(gc_state *gc, char *buf, size_t len);
/* gccheckmark: every pointer word of every marked object that points to
   an allocated object points to a marked one. NULL, or a description of
   the first violation (static buffer in gc: written to buf). */
const char *gcm_verify_marks(gc_state *gc, char *buf, size_t len);

#endif
