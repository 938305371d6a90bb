/*
 * sema.c - counting semaphores keyed by address, on which package sync
 * builds Mutex, RWMutex, WaitGroup and Cond (Go's sema.go, simplified).
 *
 * The count lives in the user's variable (*addr, a uint32 inside a sync
 * object); acquiring decrements it by CAS when it is positive. Goroutines
 * that must wait queue a record in one of SEMA_BUCKETS buckets (chosen by
 * hashing the address), each a lock, a FIFO list and an atomic count of
 * waiters.
 *
 * ACQUIRE: try the CAS; else lock the bucket, count ourselves a waiter,
 * try again (a release may have come in between), else queue a record and
 * park (proc_park), keeping the bucket locked until the G is off its
 * thread. RELEASE: increment the count; if the bucket has no waiters we
 * are done (the waiter count is incremented before the waiter's last try
 * and read after our increment, both sequentially consistent, so one of
 * the two sides sees the other); else dequeue the first record for addr
 * and ready its G. A woken G calls sema_acquire again (the native is
 * re-executed): it frees its record and competes for the count afresh,
 * queueing again if another goroutine took it first. No wakeup is lost:
 * every increment is followed by a wakeup while someone waits.
 *
 * A native running under a callback from another native (native_depth >
 * 1) cannot park: its G waits pinned to its thread (proc_park_pinned: the
 * thread blocks, the P serves others, the releaser's proc_ready wakes
 * it) and then retries at once. Only the cooperative stand-in, which has
 * no threads to spare, polls instead.
 */
#include "sema.h"
#include "gosched.h"
#include "proc.h"
#include <stdlib.h>
#include <time.h>

#define SEMA_BUCKETS 251

typedef struct sema_waiter {
    golem_g *g;
    uint32_t *addr;
    struct sema_waiter *next;
} sema_waiter;

typedef struct sema_bucket {
    pthread_mutex_t lock;
    sema_waiter *first, *last;
    uint32_t nwait;           /* atomic */
} sema_bucket;

struct sema_table {
    sema_bucket buckets[SEMA_BUCKETS];
};

static struct sema_table *table_of(golem_vm *vm)
{
    struct sema_table *t = __atomic_load_n(&vm->semas, __ATOMIC_ACQUIRE);
    if (t != NULL)
        return t;
    struct sema_table *nt = calloc(1, sizeof *nt);
    if (nt == NULL) {
        fputs("fatal error: runtime: out of memory\n", stderr);
        exit(2);
    }
    for (int i = 0; i < SEMA_BUCKETS; i++)
        pthread_mutex_init(&nt->buckets[i].lock, NULL);
    if (__atomic_compare_exchange_n(&vm->semas, &t, nt, false,
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return nt;
    free(nt); /* another thread made it first */
    return t;
}

static sema_bucket *bucket_of(golem_vm *vm, uint32_t *addr)
{
    uintptr_t h = (uintptr_t)addr >> 2;
    return &table_of(vm)->buckets[h % SEMA_BUCKETS];
}

static bool can_acquire(uint32_t *addr)
{
    uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    while (v > 0) {
        if (__atomic_compare_exchange_n(addr, &v, v - 1, false,
                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    }
    return false;
}

static bool unlock_commit(golem_g *g, void *arg)
{
    (void)g;
    pthread_mutex_unlock(&((sema_bucket *)arg)->lock);
    return true;
}

/* Cannot park (a callback from a native under the cooperative stand-in):
   poll, letting others run. */
static void acquire_polling(golem_g *g, uint32_t *addr)
{
    while (!can_acquire(addr)) {
        sched_enter_blocking(g);
        struct timespec ts = {0, 20000};
        nanosleep(&ts, NULL);
        sched_exit_blocking(g);
    }
}

int sema_acquire(golem_g *g, uint32_t *addr, const char *reason)
{
    if (g->coop_wait != NULL) { /* woken: the releaser dequeued us */
        free(g->coop_wait);
        g->coop_wait = NULL;
    }
    if (can_acquire(addr))
        return COOP_DONE;
    bool pinned = !proc_can_park(g, 1);
    if (pinned && g->vm->sched == NULL) {
        acquire_polling(g, addr);
        return COOP_DONE;
    }
    sema_bucket *b = bucket_of(g->vm, addr);
    pthread_mutex_lock(&b->lock);
    __atomic_add_fetch(&b->nwait, 1, __ATOMIC_SEQ_CST);
    if (can_acquire(addr)) {
        __atomic_sub_fetch(&b->nwait, 1, __ATOMIC_SEQ_CST);
        pthread_mutex_unlock(&b->lock);
        return COOP_DONE;
    }
    sema_waiter *w = calloc(1, sizeof *w);
    if (w == NULL) {
        fputs("fatal error: runtime: out of memory\n", stderr);
        exit(2);
    }
    w->g = g;
    w->addr = addr;
    if (b->last != NULL)
        b->last->next = w;
    else
        b->first = w;
    b->last = w;
    if (pinned) {
        int rc = proc_park_pinned(g, w, 0, reason, unlock_commit, b);
        return rc > 0 ? sema_acquire(g, addr, reason) : rc;
    }
    proc_park(g, w, reason, unlock_commit, b);
    return COOP_BLOCK;
}

void sema_release(golem_vm *vm, uint32_t *addr)
{
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    sema_bucket *b = bucket_of(vm, addr);
    if (__atomic_load_n(&b->nwait, __ATOMIC_SEQ_CST) == 0)
        return;
    pthread_mutex_lock(&b->lock);
    sema_waiter *prev = NULL, *w = b->first;
    while (w != NULL && w->addr != addr) {
        prev = w;
        w = w->next;
    }
    if (w != NULL) {
        if (prev != NULL)
            prev->next = w->next;
        else
            b->first = w->next;
        if (b->last == w)
            b->last = prev;
        w->next = NULL;
        __atomic_sub_fetch(&b->nwait, 1, __ATOMIC_SEQ_CST);
    }
    pthread_mutex_unlock(&b->lock);
    if (w != NULL)
        proc_ready(vm, w->g, false);
}

void sema_free(golem_vm *vm)
{
    struct sema_table *t = vm->semas;
    if (t == NULL)
        return;
    for (int i = 0; i < SEMA_BUCKETS; i++)
        pthread_mutex_destroy(&t->buckets[i].lock);
    free(t);
    vm->semas = NULL;
}
