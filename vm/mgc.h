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

#endif
