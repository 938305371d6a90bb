/*
 * vm.c - the lifetime of a golem_vm: creation, output writers, goroutine
 * records, the registries of protos and runtime types, and teardown.
 *
 * A VM owns everything a running program touches (DESIGN.md: no global
 * mutable state), so two VMs in one process never interfere:
 *
 *  - two writers, out and err, buffering output in memory and handing it to
 *    a sink function (by default write(2) on fd 1 and 2). out is flushed
 *    when its buffer fills, when a panic is printed, and when the program
 *    ends; err is flushed after each line of print/println and at the end,
 *    so interleaving with the terminal stays close to Go's. Each has a
 *    spin lock (goroutines on several threads print);
 *  - the goroutines (golem_g), each with a small slot stack that
 *    vm/stack.c grows by copying, and an array of call records;
 *  - the list of protos (for disasm) and of rtypes codegen made. Protos and
 *    rtypes themselves are allocated by codegen in the VM's type universe
 *    (types_alloc) and are released with it, not one by one;
 *  - the heap (vm/malloc.c), released as a whole by vm_free.
 *
 * Invariant: vm_free releases everything reachable from the VM and nothing
 * else; callers must not use any golem_g or heap object afterwards.
 */
#include "vm.h"
#include "types.h"
#include "sema.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    WRITER_BUF_SIZE = 8192,
    G_INITIAL_STACK_SLOTS = 32, /* 256 bytes (Go starts at 2 KiB): a parked
                                   goroutine costs ~760 bytes in all */
    G_INITIAL_FRAMES = 4,
};

/* The default sink: write(2) on the file descriptor stored in ctx,
   retrying partial writes and EINTR. */
static void write_fd(void *ctx, const char *buf, size_t len)
{
    int fd = (int)(intptr_t)ctx;
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; /* nowhere to report it: drop, as Go ignores EPIPE */
        }
        buf += n;
        len -= (size_t)n;
    }
}

static void writer_init(golem_writer *w, int fd)
{
    w->write = write_fd;
    w->ctx = (void *)(intptr_t)fd;
    w->cap = WRITER_BUF_SIZE;
    w->buf = malloc(w->cap);
    w->len = 0;
}

/* The writer's spin lock: goroutines on several threads print. It is held
   across the sink call, so output lines never interleave mid-buffer. */
static void writer_lock(golem_writer *w)
{
    while (__atomic_test_and_set(&w->lock, __ATOMIC_ACQUIRE))
        while (__atomic_load_n(&w->lock, __ATOMIC_RELAXED))
            ;
}

static void writer_unlock(golem_writer *w)
{
    __atomic_clear(&w->lock, __ATOMIC_RELEASE);
}

static void flush_locked(golem_writer *w)
{
    if (w->len > 0) {
        w->write(w->ctx, w->buf, w->len);
        w->len = 0;
    }
}

/* Appends buf to the writer, flushing when the buffer would overflow; a
   write larger than the buffer goes straight to the sink. */
void vm_write(golem_writer *w, const char *buf, size_t len)
{
    writer_lock(w);
    if (w->buf == NULL || w->len + len > w->cap) {
        flush_locked(w);
        if (w->buf == NULL || len > w->cap) {
            w->write(w->ctx, buf, len);
            writer_unlock(w);
            return;
        }
    }
    memcpy(w->buf + w->len, buf, len);
    w->len += len;
    writer_unlock(w);
}

void vm_flush(golem_writer *w)
{
    writer_lock(w);
    flush_locked(w);
    writer_unlock(w);
}

golem_vm *vm_new(void)
{
    golem_vm *vm = calloc(1, sizeof *vm);
    if (vm == NULL)
        return NULL;
    writer_init(&vm->out, 1);
    writer_init(&vm->err, 2);
    vm->next_goid = 1;
    return vm;
}

/* A goroutine record with a small stack; linked into vm->allg. The first
   one becomes vm->main_g. */
golem_g *vm_new_g(golem_vm *vm)
{
    golem_g *g = calloc(1, sizeof *g);
    if (g == NULL)
        return NULL;
    g->vm = vm;
    g->goid = vm->next_goid++;
    g->status = G_IDLE;
    g->stack_size = G_INITIAL_STACK_SLOTS;
    g->stack = calloc(g->stack_size, sizeof(slot));
    g->capframes = G_INITIAL_FRAMES;
    g->frames = calloc(g->capframes, sizeof(golem_frame));
    if (g->stack == NULL || g->frames == NULL) {
        free(g->stack);
        free(g->frames);
        free(g);
        return NULL;
    }
    stack_account(g, g->stack_size, g->capframes);
    g->next = vm->allg;
    /* (gc-mark3) release: mark workers walk allg while Gs are created */
    __atomic_store_n(&vm->allg, g, __ATOMIC_RELEASE);
    if (vm->main_g == NULL)
        vm->main_g = g;
    return g;
}

static void g_free(golem_g *g)
{
    frames_drop(g, 0);
    stack_free_retired(g);
    free(g->stack);
    free(g->frames);
    free(g);
}

void vm_add_proto(golem_vm *vm, golem_proto *p)
{
    p->next = vm->protos;
    vm->protos = p;
}

void vm_add_rtype(golem_vm *vm, const rtype *t)
{
    if (vm->nrtypes == vm->caprtypes) {
        uint32_t nc = vm->caprtypes ? vm->caprtypes * 2 : 64;
        const rtype **nt = realloc(vm->rtypes, nc * sizeof *nt);
        if (nt == NULL)
            return; /* the registry is advisory (lookups by name) */
        vm->rtypes = nt;
        vm->caprtypes = nc;
    }
    vm->rtypes[vm->nrtypes++] = t;
}

void vm_free(golem_vm *vm)
{
    if (vm == NULL)
        return;
    coop_sysmon_stop(vm);
    vm_flush(&vm->out);
    vm_flush(&vm->err);
    for (golem_g *g = vm->allg, *next; g != NULL; g = next) {
        next = g->next;
        g_free(g);
    }
    sema_free(vm);
    gc_heap_free(vm);
    free(vm->globals);
    free((void *)vm->globals_ptrmap);
    free(vm->rtypes);
    if (vm->types != NULL)
        types_universe_free(vm->types);
    free(vm->out.buf);
    free(vm->err.buf);
    free(vm);
}
