/*
 * mgc.h - the garbage collector's interface to the rest of the VM
 * (DESIGN.md section 9; docs/runtime.md "The collector").
 *
 * The collector (vm/mgc*.c) is Go's concurrent tri-colour mark-sweep over
 * the heap of vm/mheap.h. Two groups of callers need it:
 *
 * - Everything that stores a heap pointer into heap memory or a global
 *   (the interpreter's pointer-store instructions, runtime natives such as
 *   append, copy, map assignment and channel sends, stdlib natives) goes
 *   through the write barrier below. Stores into goroutine slot stacks need
 *   none: stacks are roots scanned once per cycle.
 * - The allocator (vm/malloc.c) tells the collector what it allocated, so
 *   that a cycle starts when the heap reaches its goal (GOGC) and
 *   allocating goroutines assist marking.
 *
 * THE WRITE BARRIER is Go's hybrid barrier: while marking is on, a pointer
 * store shades (greys) both the value being overwritten and the value
 * being written. While marking is off the check costs one load and one
 * predictable branch (vm->gc_barrier, set and cleared with the world
 * stopped).
 *
 * Rules for callers:
 * - Write every heap pointer word into heap or global memory with
 *   gc_write_pointer (one word), or call gc_bulk_barrier before a memmove
 *   or memcpy of typed values (dst is heap or global memory), or use
 *   gc_typed_memmove which does both.
 * - Memory that gc_alloc just returned and that no other goroutine can see
 *   yet may be filled without the per-word barrier only when every pointer
 *   written is also still held in a goroutine's slot stack or was shaded;
 *   when in doubt, use the barrier: it is cheap when marking is off.
 */
#ifndef GOLEM_MGC_H
#define GOLEM_MGC_H

#include "vm.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Greys the heap object containing p (interior pointers included) if it is
   not marked yet; ignores NULL and pointers outside the heap. */
void gc_shade(golem_g *g, const void *p);

/* Slow path of the barrier: shades *slot's current value and val. */
void gc_write_barrier_slow(golem_g *g, void **slot, void *val);

/* True while the write barrier must run (marking in progress). */
static inline int gc_barrier_on(const golem_vm *vm)
{
    return __builtin_expect(__atomic_load_n(&vm->gc_barrier, __ATOMIC_RELAXED),
                            0);
}

/* *slot = val for a word that may hold a heap pointer, slot being in heap
   or global memory. */
static inline void gc_write_pointer(golem_g *g, void **slot, void *val)
{
    if (gc_barrier_on(g->vm))
        gc_write_barrier_slow(g, slot, val);
    *slot = val;
}

/* Before copying `count` values of type t (t's ptrmask, repeated every
   t->nslots slots) from src to dst, dst being heap or global memory:
   shades every pointer word about to be overwritten in dst and every
   pointer word of src. src may be NULL (clearing: only dst is shaded).
   No-op when marking is off or t has no pointers. */
void gc_bulk_barrier(golem_g *g, void *dst, const void *src,
                     const rtype *t, size_t count);

/* memmove of `count` values of type t with gc_bulk_barrier first. */
void gc_typed_memmove(golem_g *g, const rtype *t, void *dst, const void *src,
                      size_t count);

/* (added by gc-barrier) For words copied into a root that may have been
   scanned already in this cycle and will not be rescanned (a new
   goroutine's arguments, a timer started while marking): shades each of
   the n words (scalars included: gc_shade ignores what is not a heap
   pointer). No-op when marking is off. */
void gc_shade_words(golem_g *g, const void *words, size_t n);


/* ==== the collector (vm/mgc.c, vm/mgcmark.c; added by GC) ====
 *
 * A cycle starts only at a safepoint (vm/mgc.c says why); marking then
 * runs while the program runs, between two short pauses, with the barrier
 * above on (GODEBUG=gcconcurrent=0, and ThreadSanitizer builds: all of it
 * with the world stopped and the barrier off). */

/* The VM's collector state, made with the heap (vm/malloc.c; freed with
   it by gc_heap_free). */
struct gc_state *gc_state_of(golem_vm *vm);

/* The allocator's slow check (vm/malloc.c): the heap reached its trigger
   or the stress counter ran out; asks g to reach a safepoint soon. */
void gc_note_trigger(golem_g *g, struct gc_state *gc);
/* Whether gc_alloc must call gc_note_trigger (heap_live: the page heap's
   live estimate). One load and compare. */
bool gc_should_trigger(const struct gc_state *gc, uint64_t heap_live);

/* A safepoint of g (the interpreter's preemption poll, native_depth 0):
   runs a cycle if one is wanted and no other thread is running one.
   Cheap when none is wanted. */
void gc_safepoint(golem_g *g);

/* runtime.GC: a full cycle, blocking until it is done (g is inside a
   native: its P is released meanwhile so the world can stop). */
void gc_collect_forced(golem_g *g);

/* A full cycle from a thread that runs no goroutine of vm (an embedding
   host, unit tests): the world is stopped around it. Blocks while
   another cycle runs. */
void gc_collect(golem_vm *vm);

/* Called by sysmon (vm/sched.c) on every round (busy: some P runs a G
   or is in a blocking native): runs a cycle on the calling thread when
   none has run for GC_FORCE_PERIOD_NS (Go's forcegcperiod, 2 minutes;
   GODEBUG=gcforceperiod=S sets S seconds) or when the program has been
   idle for a second since it last allocated (vm/mgc.c "IDLE"), and
   returns long-free pages above the goal to the OS once a second, so
   that garbage left by a spike is freed and released even when the
   program stops allocating. Cheap otherwise. */
void gc_sysmon(golem_vm *vm, bool busy);

/* debug.FreeOSMemory: a forced cycle, then every free page back to the
   OS. */
void gc_free_os_memory(golem_g *g);

/* debug.SetGCPercent / SetMemoryLimit: return the previous setting
   (percent < 0: off; limit < 0: only read). */
int64_t gc_set_percent(golem_vm *vm, int64_t percent);
int64_t gc_set_memory_limit(golem_vm *vm, int64_t limit);

/* runtime.SetFinalizer(obj, fn): obj is the object's address (NULL or
   non-heap: ignored), (objtype) its pointer type, fn the closure or NULL
   to remove. Returns NULL, or a panic message for the caller to raise. */
const char *gc_set_finalizer(golem_g *g, const rtype *objtype, void *obj,
                             golem_closure *fn);

/* What runtime.ReadMemStats reports (a consistent snapshot: taken with
   the world stopped). */
typedef struct gc_memstats {
    uint64_t alloc, total_alloc, sys, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released,
        heap_objects;
    uint64_t stack_inuse, stack_sys, other_sys;
    uint64_t next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
    bool enable_gc;
    /* (added by sweep3) metadata, and Go's BySize: per size class (the
       first GC_MEMSTATS_NBYSIZE of vm/sizeclasses.h), the class size and
       the objects allocated and freed (freed: counted by sweeping) */
    uint64_t mspan_inuse, mspan_sys, mcache_inuse, mcache_sys, gc_sys;
#define GC_MEMSTATS_NBYSIZE 61
    struct {
        uint32_t size;
        uint64_t mallocs, frees;
    } by_size[GC_MEMSTATS_NBYSIZE];
} gc_memstats;
void gc_read_memstats(golem_g *g, gc_memstats *out);

/* ==== per-goroutine stack scanning and assists (added by gc-mark3;
 * vm/mgcmark.c "STACKS" explains the protocol) ==== */

/* Slow path of gc_g_acquire: spins while a mark worker scans g. */
void gc_g_acquire_slow(golem_g *g);

/* An M is about to run g (vm/sched.c execute), or proc_go sets up a G
   record: takes g->gc_owner (0 -> 1), waiting while a mark worker holds
   it (2). */
static inline void gc_g_acquire(golem_g *g)
{
    uint32_t free_ = 0;
    if (__builtin_expect(__atomic_compare_exchange_n(
                             &g->gc_owner, &free_, 1, false,
                             __ATOMIC_ACQUIRE, __ATOMIC_RELAXED),
                         1))
        return;
    gc_g_acquire_slow(g);
}

/* The M no longer runs g (it parked, yielded or ended): a mark worker may
   now scan it. */
static inline void gc_g_release(golem_g *g)
{
    __atomic_store_n(&g->gc_owner, 0, __ATOMIC_RELEASE);
}

/* proc_go, while it owns the new G ng: ng counts as scanned in the
   current cycle (its stack holds only its arguments), and the nargs
   argument words are shaded when marking is on (they were copied from
   a stack that may be scanned already). */
void gc_g_born(golem_g *ng, const slot *args, uint32_t nargs);

/* The allocator (vm/malloc.c): g allocated `bytes` while marking may be
   on; once its debt is large enough it does marking work in proportion
   (Go's gcAssistAlloc). Cheap when marking is off. Safe inside gc_alloc:
   marking moves and frees nothing. */
void gc_assist(golem_g *g, size_t bytes);

/* gc_shade_words for a caller without a goroutine (a timer firing on
   the scheduler): shades each of the n words while marking is on. A
   deletion barrier for roots in C memory that stop being visited (a
   timer leaving its heap). */
void gc_shade_words_vm(golem_vm *vm, const void *words, size_t n);

#endif
