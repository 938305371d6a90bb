/*
 * malloc.c - object allocation for the VM: gc_alloc.
 *
 * This is the placeholder heap. The real one (DESIGN.md section 8: a
 * reserved arena, size classes, per-P caches, spans, and the concurrent
 * collector of section 9) is a later issue; this file keeps its interface
 * so that nothing above it changes when it lands.
 *
 * Mechanism: a bump allocator over calloc'd 1 MiB chunks. An object is
 * carved from the current chunk by advancing a pointer (rounded to 16
 * bytes); when it does not fit, a new chunk starts. Objects larger than a
 * quarter chunk (every object, under AddressSanitizer) get a calloc'd
 * block of their own. Memory comes zeroed
 * (fresh calloc memory is never reused), as Go requires. Nothing is freed
 * before vm_free, which releases the chunks and the large blocks
 * (gc_heap_free); so a program that allocates without bound grows without
 * bound until the collector lands. Compared with one calloc per object this
 * has no per-object header and makes vm_free a walk over chunks, not
 * objects.
 *
 * The type argument is ignored for now; the collector will use it for
 * precise scanning (it describes one element; size may be a multiple of
 * its size for arrays).
 *
 * Invariants: returned pointers are 16-byte aligned; gc_alloc never
 * returns NULL: exhaustion is Go's fatal error "runtime: out of memory",
 * which ends the process with status 2 (a documented fatal error, the one
 * exit below the CLI). A spin lock guards the heap so that natives running
 * on several threads may allocate; it is held for a few instructions.
 */
#include "vm.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Under AddressSanitizer every object gets its own block, so that
   overflows between neighbouring objects are caught. */
#if defined(__SANITIZE_ADDRESS__)
#define GC_SEPARATE_OBJECTS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_SEPARATE_OBJECTS 1
#endif
#endif
#ifndef GC_SEPARATE_OBJECTS
#define GC_SEPARATE_OBJECTS 0
#endif

enum {
    GC_CHUNK_SIZE = 1 << 20,
    GC_LARGE_OBJECT = GC_SEPARATE_OBJECTS ? 0 : GC_CHUNK_SIZE / 4,
    GC_ALIGN = 16,
};

/* Header of a chunk or a large block; objects follow it. */
typedef struct gc_block {
    struct gc_block *next;
    size_t size;
} gc_block;

_Static_assert(sizeof(gc_block) == GC_ALIGN, "header keeps the alignment");

typedef struct gc_heap {
    volatile int lock;    /* spin lock (__atomic test-and-set) */
    char *bump, *end;     /* free space of the current chunk */
    gc_block *blocks;     /* every chunk and large block */
    uint64_t allocated;   /* bytes handed out (statistics) */
    uint64_t nobjects;
} gc_heap;

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

static gc_heap *heap_of(golem_vm *vm)
{
    gc_heap *h = vm->heap;
    if (h == NULL) {
        h = calloc(1, sizeof *h);
        if (h == NULL)
            out_of_memory(vm);
        vm->heap = h;
    }
    return h;
}

static void heap_lock(gc_heap *h)
{
    while (__atomic_test_and_set(&h->lock, __ATOMIC_ACQUIRE))
        ;
}

static void heap_unlock(gc_heap *h)
{
    __atomic_clear(&h->lock, __ATOMIC_RELEASE);
}

/* A new zeroed block of `bytes` (header included), linked into the heap. */
static gc_block *new_block(golem_vm *vm, gc_heap *h, size_t bytes)
{
    gc_block *b = calloc(1, bytes);
    if (b == NULL)
        out_of_memory(vm);
    b->size = bytes;
    b->next = h->blocks;
    h->blocks = b;
    return b;
}

void *gc_alloc(golem_g *g, const rtype *t, size_t size)
{
    (void)t;
    golem_vm *vm = g->vm;
    gc_heap *h = heap_of(vm);
    size = size ? (size + GC_ALIGN - 1) & ~(size_t)(GC_ALIGN - 1) : GC_ALIGN;
    void *p;
    heap_lock(h);
    if (size > GC_LARGE_OBJECT) {
        if (size > SIZE_MAX - sizeof(gc_block))
            out_of_memory(vm);
        p = new_block(vm, h, sizeof(gc_block) + size) + 1;
    } else {
        if ((size_t)(h->end - h->bump) < size) {
            gc_block *c = new_block(vm, h, GC_CHUNK_SIZE);
            h->bump = (char *)(c + 1);
            h->end = (char *)c + GC_CHUNK_SIZE;
        }
        p = h->bump;
        h->bump += size;
    }
    h->allocated += size;
    h->nobjects++;
    heap_unlock(h);
    return p;
}

void gc_heap_free(golem_vm *vm)
{
    gc_heap *h = vm->heap;
    if (h == NULL)
        return;
    for (gc_block *b = h->blocks, *next; b != NULL; b = next) {
        next = b->next;
        free(b);
    }
    free(h);
    vm->heap = NULL;
}
