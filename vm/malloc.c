/*
 * malloc.c - object allocation for the VM: gc_alloc.
 *
 * This is the placeholder heap. The real one (DESIGN.md section 8: a
 * reserved arena, size classes, per-P caches, spans, and the concurrent
 * collector of section 9) is a later issue; this file keeps its interface
 * so that nothing above it changes when it lands.
 *
 * Mechanism: every object is a calloc'd block with a small header in front
 * that links it into the VM's list of live blocks; memory is zeroed, as Go
 * requires. Nothing is freed before vm_free, which walks the list
 * (gc_heap_free). The type argument is ignored for now; the collector will
 * use it for precise scanning (it describes one element; size may be a
 * multiple of its size for arrays).
 *
 * Invariants: the returned pointer is 16-byte aligned (the header is 16
 * bytes); gc_alloc never returns NULL: exhaustion is Go's fatal error
 * "runtime: out of memory", which ends the process with status 2 (a
 * documented fatal error, the one exit below the CLI). The list is guarded
 * by a mutex so that natives running on several threads may allocate.
 */
#include "vm.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct gc_block {
    struct gc_block *next;
    size_t size;
} gc_block;

_Static_assert(sizeof(gc_block) == 16, "header keeps 16-byte alignment");

typedef struct gc_heap {
    pthread_mutex_t lock;
    gc_block *blocks;     /* every live block, most recent first */
    uint64_t allocated;   /* bytes handed out (statistics) */
    uint64_t nobjects;
} gc_heap;

static gc_heap *heap_of(golem_vm *vm)
{
    if (vm->heap == NULL) {
        gc_heap *h = calloc(1, sizeof *h);
        if (h == NULL)
            return NULL;
        pthread_mutex_init(&h->lock, NULL);
        vm->heap = h;
    }
    return vm->heap;
}

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

void *gc_alloc(golem_g *g, const rtype *t, size_t size)
{
    (void)t;
    golem_vm *vm = g->vm;
    gc_heap *h = heap_of(vm);
    gc_block *b = calloc(1, sizeof(gc_block) + size);
    if (h == NULL || b == NULL)
        out_of_memory(vm);
    b->size = size;
    pthread_mutex_lock(&h->lock);
    b->next = h->blocks;
    h->blocks = b;
    h->allocated += size;
    h->nobjects++;
    pthread_mutex_unlock(&h->lock);
    return b + 1;
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
    pthread_mutex_destroy(&h->lock);
    free(h);
    vm->heap = NULL;
}
