/*
 * chan.c - channels and select for goroutines running in parallel (Go's
 * hchan, chan.go and select.go, re-expressed for golem's blocking
 * protocol).
 *
 * A CHANNEL is a lock, a ring buffer of cap elements kept in memory form
 * (nslots*8 bytes each, narrow scalars at natural width: select's cells
 * are in memory form, so select copies bytes; plain send/receive convert
 * from/to register form), a queue of waiting receivers, one of waiting
 * senders, and a closed flag. Every field but elem/esize/cap is guarded by
 * the lock; count is also written atomically so that len() reads it
 * without the lock.
 *
 * WAITING. An operation that cannot proceed queues a wait record (sudog:
 * the G, the channel, a value buffer) and parks the G with proc_park,
 * keeping the channel locked until the G is off its thread (the commit
 * unlocks). The partner, under the same lock, completes the record - copies
 * the value into or out of the record, marks it done - and readies the G
 * into runnext (a direct handoff: the receiver runs next on the sender's
 * P). When the G runs again its operation re-executes, finds g->coop_wait
 * and finishes from the record. So a parked G holds no pointer into any
 * slot stack, and values travel through the record's own buffer.
 *
 * FIFO. A send to a waiting receiver copies straight into its record. A
 * receive from a full buffer takes the head and refills the tail from the
 * first waiting sender, so values leave in the order they were sent.
 *
 * SELECT locks all its channels in address order (each once), polls the
 * cases in a random order (rt_fastrand) and takes the first ready one,
 * else the default; else it queues one record per non-nil case, all
 * pointing at one shared select record, and parks with every lock held
 * until the commit. A partner that dequeues a select's record must win a
 * CAS on the select's `fired` field (-1 -> the case index) before
 * completing it: two channels' partners can race for one select, and only
 * one may fire it; the loser drops the record and looks further. On
 * resume the select locks its channels again to unlink the records that
 * did not fire.
 *
 * Panics match Go: send on closed channel, close of nil channel, close of
 * closed channel ("makechan: size out of range" for a bad make).
 *
 * Invariants: a record is on at most one queue, linked exactly once
 * (queued); a select record whose fired is set is dead and waits to be
 * unlinked. Locks are only ever taken in address order, and no other lock
 * is taken while one is held except the scheduler's (readying a G).
 * PINNED WAITS. A G blocked inside a callback from a native (a String
 * method receiving under fmt: native_depth > 0) cannot leave its thread,
 * whose C stack holds the native's frame. It queues its record exactly as
 * above but waits with proc_park_pinned: the thread blocks (its P serves
 * other goroutines) until the partner readies the G, and then the
 * operation re-executes at once instead of returning COOP_BLOCK.
 */
#include "chan.h"
#include "mgc.h"
#include "proc.h"
#include "runtime.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct selwait selwait;

typedef struct sudog {
    golem_g *g;
    struct sudog *next, *prev;
    golem_chan *c;
    selwait *sel;       /* NULL for a plain send/receive */
    uint32_t caseidx;
    bool queued;        /* on c's recvq or sendq */
    bool done;          /* completed by the partner */
    bool ok;            /* a receive got a sent value (not closed) */
    bool closed;        /* a send was woken by close: it panics */
    void *val;          /* element in memory form (send: the value;
                           receive: filled by the sender) */
} sudog;

struct selwait {
    int64_t fired;      /* index of the case that completed, or -1 (CAS) */
    uint32_t n, nlocks;
    golem_chan **locks; /* the distinct channels, in address order */
    sudog cases[];
};

typedef struct waitq {
    sudog *first, *last;
} waitq;

struct golem_chan {
    pthread_mutex_t lock;
    const rtype *elem;
    size_t esize;       /* bytes per buffered element: nslots * 8 */
    int64_t cap, count, head;
    char *buf;
    bool closed;
    waitq recvq, sendq;
};

/* (added by HEAP) The collector's view of a channel header: buf is its one
   heap pointer (elem is a descriptor; the wait queues hold malloc'd
   records, which the collector must treat as roots). */
static const uint8_t chan_header_ptrmask[sizeof(golem_chan) / 8] = {
    [offsetof(golem_chan, buf) / 8] = 1,
};
static const rtype chan_header_type = {
    .kind = RK_STRUCT, .flags = RF_HAS_POINTERS,
    .nslots = sizeof(golem_chan) / 8, .stride = sizeof(golem_chan),
    .string = "runtime.hchan", .ptrmask = chan_header_ptrmask,
    .underlying = &chan_header_type,
};

/* Go's runtime.plainError panics print without "runtime error: ";
   panic.c may provide the exact type, else this raises a runtime error
   with the same text. */
__attribute__((weak)) int rt_panic_plain(golem_g *g, const char *msg);
__attribute__((weak)) int rt_panic_plain(golem_g *g, const char *msg)
{
    return rt_panic_runtime(g, "%s", msg);
}

static void oom(void)
{
    fputs("fatal error: runtime: out of memory\n", stderr);
    exit(2);
}

/* ---- memory form <-> register form ---- */

static void elem_to_mem(const rtype *t, const slot *reg, void *mem)
{
    if (t->nslots == 1 && t->kind == RK_FLOAT32) {
        float f = (float)reg->f;
        memcpy(mem, &f, sizeof f);
        return;
    }
    memcpy(mem, reg, (size_t)t->nslots * sizeof(slot));
}

static void elem_to_reg(const rtype *t, const void *mem, slot *reg)
{
    if (t->nslots != 1) {
        memcpy(reg, mem, (size_t)t->nslots * sizeof(slot));
        return;
    }
    switch (t->kind) {
    case RK_BOOL:
    case RK_UINT8: reg->u = *(const uint8_t *)mem; break;
    case RK_INT8: reg->i = *(const int8_t *)mem; break;
    case RK_INT16: reg->i = *(const int16_t *)mem; break;
    case RK_UINT16: reg->u = *(const uint16_t *)mem; break;
    case RK_INT32: reg->i = *(const int32_t *)mem; break;
    case RK_UINT32: reg->u = *(const uint32_t *)mem; break;
    case RK_FLOAT32: reg->f = *(const float *)mem; break;
    default: memcpy(reg, mem, sizeof(slot)); break;
    }
}

/* ---- locks and parking ---- */

static void chan_lock(golem_chan *c)
{
    pthread_mutex_lock(&c->lock);
}

static void chan_unlock(golem_chan *c)
{
    pthread_mutex_unlock(&c->lock);
}

static bool unlock_commit(golem_g *g, void *arg)
{
    (void)g;
    chan_unlock(arg);
    return true;
}

static bool no_commit(golem_g *g, void *arg)
{
    (void)g;
    (void)arg;
    return true;
}

/* chan_block's answer for a pinned wait that was readied: the caller
   re-executes its operation (which finds g->coop_wait). */
#define CHAN_RESUMED 2

/* Parks g on rec (the locks stay held until commit): COOP_BLOCK for the
   interpreter to switch goroutines, or, inside a callback from a native,
   a pinned wait on this thread: CHAN_RESUMED once readied, -1 when the
   program ended meanwhile. */
static int chan_block(golem_g *g, void *rec, uint8_t kind, const char *reason,
                      bool (*commit)(golem_g *, void *), void *arg)
{
    if (!proc_can_park(g, 0))
        return proc_park_pinned(g, rec, kind, reason, commit, arg) > 0
                   ? CHAN_RESUMED : -1;
    proc_park(g, rec, reason, commit, arg);
    g->coop_wait_kind = kind; /* (GC) */
    return COOP_BLOCK;
}

/* Parks g forever (nil channel, empty select): a record nobody will
   complete, freed with the G. */
static int park_forever(golem_g *g, const char *reason)
{
    sudog *s = calloc(1, sizeof *s);
    if (s == NULL)
        oom();
    s->g = g;
    int rc = chan_block(g, s, CHAN_WAIT_SUDOG, reason, no_commit, NULL);
    return rc == CHAN_RESUMED ? -1 : rc; /* nobody readies it */
}

/* ---- wait queues ---- */

static void enqueue(waitq *q, sudog *s)
{
    s->next = NULL;
    s->prev = q->last;
    if (q->last != NULL)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
    s->queued = true;
}

static void unlink_sudog(waitq *q, sudog *s)
{
    if (!s->queued)
        return;
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        q->first = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    else
        q->last = s->prev;
    s->next = s->prev = NULL;
    s->queued = false;
}

/* The first waiter that can still be completed, unlinked; a select's
   record is claimed by CAS on its fired field, and records of selects
   another channel already fired are dropped. */
static sudog *dequeue(waitq *q)
{
    for (;;) {
        sudog *s = q->first;
        if (s == NULL)
            return NULL;
        unlink_sudog(q, s);
        if (s->sel != NULL) {
            int64_t expect = -1;
            if (!__atomic_compare_exchange_n(&s->sel->fired, &expect,
                                             (int64_t)s->caseidx, false,
                                             __ATOMIC_ACQ_REL,
                                             __ATOMIC_ACQUIRE))
                continue;
        }
        return s;
    }
}

/* The partner completed s: its G runs next. */
static void complete(golem_vm *vm, sudog *s)
{
    s->done = true;
    proc_ready(vm, s->g, true);
}

static sudog *sudog_new(golem_g *g, golem_chan *c)
{
    sudog *s = calloc(1, sizeof *s + c->esize);
    if (s == NULL)
        oom();
    s->g = g;
    s->c = c;
    s->val = s + 1;
    return s;
}

/* memcpy/memset that accept the NULL buffers of zero-size elements
   (chan struct{}). */
static void elem_copy(void *dst, const void *src, size_t n)
{
    if (n > 0)
        memcpy(dst, src, n);
}

static void elem_zero(void *dst, size_t n)
{
    if (n > 0)
        memset(dst, 0, n);
}

/* THE WRITE BARRIER (vm/mgc.h). Every copy of an element goes through
   these two: the bulk barrier shades the pointers overwritten in dst and
   the ones copied from src. All destinations need it: the ring buffer and
   select's cells are heap memory; a waiting receiver's record is part of
   another goroutine's roots, which may be scanned already and are not
   rescanned (Go's sendDirect); taking a value out of a waiting sender's
   record moves a pointer off a goroutine that may not be scanned yet
   (Go's recvDirect); clearing a buffer slot deletes a heap pointer. Only
   chan_offer runs without a goroutine (g NULL: a timer thread); the
   barrier is then skipped, which is safe only because what it sends
   (time.Time) holds no pointer the timer record does not hold too. */
static void elem_put(golem_g *g, golem_chan *c, void *dst, const void *src)
{
    if (g != NULL)
        gc_bulk_barrier(g, dst, src, c->elem, 1);
    elem_copy(dst, src, c->esize);
}

static void elem_clear(golem_g *g, golem_chan *c, void *dst)
{
    if (g != NULL)
        gc_bulk_barrier(g, dst, NULL, c->elem, 1);
    elem_zero(dst, c->esize);
}

static void *buf_slot(golem_chan *c, int64_t i)
{
    return c->buf + (size_t)(i % c->cap) * c->esize;
}

static void set_count(golem_chan *c, int64_t n)
{
    __atomic_store_n(&c->count, n, __ATOMIC_RELAXED);
}

/* ---- channels ---- */

golem_chan *chan_make(golem_g *g, const rtype *chantype, int64_t size)
{
    const rtype *elem = chantype->elem;
    size_t esize = (size_t)elem->nslots * sizeof(slot);
    if (size < 0 || (esize && (uint64_t)size > (UINT64_C(1) << 40) / esize)) {
        rt_panic_plain(g, "makechan: size out of range");
        return NULL;
    }
    golem_chan *c = gc_alloc(g, &chan_header_type, sizeof *c);
    pthread_mutex_init(&c->lock, NULL);
    c->elem = elem;
    c->esize = esize;
    c->cap = size;
    if (size > 0 && esize > 0)
        c->buf = gc_alloc(g, elem, (size_t)size * esize);
    return c;
}

int64_t chan_len(golem_chan *c)
{
    return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0;
}

int64_t chan_cap(golem_chan *c)
{
    return c ? c->cap : 0;
}

uint32_t chan_elem_slots(const golem_chan *c)
{
    return c ? c->elem->nslots : 0;
}

/* Under c's lock: appends mem to the buffer if there is room. */
static bool buffer_put(golem_g *g, golem_chan *c, const void *mem)
{
    if (c->count >= c->cap)
        return false;
    elem_put(g, c, buf_slot(c, c->head + c->count), mem);
    set_count(c, c->count + 1);
    return true;
}

/* Under c's lock: takes the oldest buffered element into mem and refills
   the buffer from the first waiting sender. */
static void take_buffered(golem_vm *vm, golem_g *g, golem_chan *c,
                          void *mem)
{
    void *p = buf_slot(c, c->head);
    elem_put(g, c, mem, p);
    elem_clear(g, c, p);
    c->head = (c->head + 1) % c->cap;
    set_count(c, c->count - 1);
    sudog *w = dequeue(&c->sendq);
    if (w != NULL) {
        elem_put(g, c, buf_slot(c, c->head + c->count), w->val);
        set_count(c, c->count + 1);
        complete(vm, w);
    }
}

/* Under c's lock: hands mem (memory form) to a waiting receiver or the
   buffer. */
static bool send_nowait(golem_vm *vm, golem_g *g, golem_chan *c,
                        const void *mem)
{
    sudog *r = dequeue(&c->recvq);
    if (r != NULL) {
        elem_put(g, c, r->val, mem);
        r->ok = true;
        complete(vm, r);
        return true;
    }
    return buffer_put(g, c, mem);
}

int chan_send(golem_g *g, golem_chan *c, const slot *val)
{
    if (g->coop_wait != NULL) { /* resumed: the receiver took the value */
        sudog *s = g->coop_wait;
        bool closed = s->closed;
        g->coop_wait = NULL;
        free(s);
        if (closed)
            return rt_panic_plain(g, "send on closed channel");
        return COOP_DONE;
    }
    if (c == NULL)
        return park_forever(g, "chan send (nil chan)");
    uint32_t n = c->elem->nslots ? c->elem->nslots : 1;
    slot mem[n];
    elem_to_mem(c->elem, val, mem);
    chan_lock(c);
    if (c->closed) {
        chan_unlock(c);
        return rt_panic_plain(g, "send on closed channel");
    }
    if (send_nowait(g->vm, g, c, mem)) {
        chan_unlock(c);
        return COOP_DONE;
    }
    sudog *s = sudog_new(g, c);
    elem_put(g, c, s->val, mem);
    enqueue(&c->sendq, s);
    int rc = chan_block(g, s, CHAN_WAIT_SUDOG, "chan send", unlock_commit, c);
    return rc == CHAN_RESUMED ? chan_send(g, c, val) : rc;
}

bool chan_offer(golem_vm *vm, golem_chan *c, const void *mem)
{
    if (c == NULL)
        return false;
    chan_lock(c);
    bool sent = !c->closed && send_nowait(vm, NULL, c, mem);
    chan_unlock(c);
    return sent;
}

/* Under c's lock: a receive that does not block; false if it would. */
static bool recv_nowait(golem_vm *vm, golem_g *g, golem_chan *c, void *mem,
                        bool *ok)
{
    if (c->count > 0) {
        take_buffered(vm, g, c, mem);
        *ok = true;
        return true;
    }
    sudog *w = dequeue(&c->sendq);
    if (w != NULL) {
        elem_put(g, c, mem, w->val);
        *ok = true;
        complete(vm, w);
        return true;
    }
    if (c->closed) {
        elem_clear(g, c, mem);
        *ok = false;
        return true;
    }
    return false;
}

int chan_recv(golem_g *g, golem_chan *c, slot *dst, bool *ok)
{
    if (g->coop_wait != NULL) { /* resumed: a sender or close filled it */
        sudog *s = g->coop_wait;
        g->coop_wait = NULL;
        elem_to_reg(s->c->elem, s->val, dst);
        *ok = s->ok;
        free(s);
        return COOP_DONE;
    }
    if (c == NULL)
        return park_forever(g, "chan receive (nil chan)");
    uint32_t n = c->elem->nslots ? c->elem->nslots : 1;
    slot mem[n];
    memset(mem, 0, sizeof mem); /* the barrier reads what it overwrites */
    chan_lock(c);
    if (recv_nowait(g->vm, g, c, mem, ok)) {
        chan_unlock(c);
        elem_to_reg(c->elem, mem, dst);
        return COOP_DONE;
    }
    sudog *s = sudog_new(g, c);
    enqueue(&c->recvq, s);
    int rc = chan_block(g, s, CHAN_WAIT_SUDOG, "chan receive", unlock_commit,
                        c);
    return rc == CHAN_RESUMED ? chan_recv(g, c, dst, ok) : rc;
}

int chan_close(golem_g *g, golem_chan *c)
{
    if (c == NULL)
        return rt_panic_plain(g, "close of nil channel");
    chan_lock(c);
    if (c->closed) {
        chan_unlock(c);
        return rt_panic_plain(g, "close of closed channel");
    }
    c->closed = true;
    sudog *s;
    while ((s = dequeue(&c->recvq)) != NULL) {
        elem_clear(g, c, s->val);
        s->ok = false;
        complete(g->vm, s);
    }
    while ((s = dequeue(&c->sendq)) != NULL) {
        s->closed = true;
        complete(g->vm, s);
    }
    chan_unlock(c);
    return COOP_DONE;
}

/* ---- select ---- */

static int cmp_chan_addr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (golem_chan *const *)a;
    uintptr_t y = (uintptr_t) * (golem_chan *const *)b;
    return x < y ? -1 : x > y;
}

/* The distinct non-nil channels of the cases, in address order, into
   out (room for n); returns how many. */
static uint32_t lock_order(const slot *cases, uint32_t n, golem_chan **out)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (cases[2 * i].p != NULL)
            out[k++] = cases[2 * i].p;
    qsort(out, k, sizeof *out, cmp_chan_addr);
    uint32_t u = 0;
    for (uint32_t i = 0; i < k; i++)
        if (u == 0 || out[u - 1] != out[i])
            out[u++] = out[i];
    return u;
}

static void lock_all(golem_chan **cs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        chan_lock(cs[i]);
}

static void unlock_all(golem_chan **cs, uint32_t n)
{
    for (uint32_t i = n; i-- > 0;)
        chan_unlock(cs[i]);
}

static bool select_commit(golem_g *g, void *arg)
{
    (void)g;
    selwait *w = arg;
    unlock_all(w->locks, w->nlocks);
    return true;
}

/* Tries case i without blocking (locks held): 1 done, 0 not ready, -1
   "send on closed channel" (the caller unlocks and raises it). */
static int select_try(golem_vm *vm, golem_g *g, slot *cases, uint32_t i,
                      bool send, bool *ok)
{
    golem_chan *c = cases[2 * i].p;
    void *cell = cases[2 * i + 1].p;
    if (c == NULL)
        return 0;
    if (send) {
        if (c->closed)
            return -1;
        return send_nowait(vm, g, c, cell) ? 1 : 0;
    }
    return recv_nowait(vm, g, c, cell, ok) ? 1 : 0;
}

/* The select resumed: unlink the records that did not fire. */
static int select_finish(golem_g *g, uint32_t nsend, int64_t *chosen,
                         bool *ok)
{
    selwait *w = g->coop_wait;
    g->coop_wait = NULL;
    lock_all(w->locks, w->nlocks);
    for (uint32_t i = 0; i < w->n; i++) {
        sudog *s = &w->cases[i];
        if (s->c != NULL)
            unlink_sudog(s->caseidx < nsend ? &s->c->sendq : &s->c->recvq,
                         s);
    }
    unlock_all(w->locks, w->nlocks);
    int64_t fired = __atomic_load_n(&w->fired, __ATOMIC_ACQUIRE);
    sudog *f = &w->cases[fired];
    *chosen = fired;
    *ok = f->ok;
    bool closed = f->closed;
    free(w);
    if (closed)
        return rt_panic_plain(g, "send on closed channel");
    return COOP_DONE;
}

/* Nothing was ready: queue a record on every case and park. */
static int select_park(golem_g *g, slot *cases, uint32_t n, uint32_t nsend,
                       golem_chan **locks, uint32_t nlocks)
{
    selwait *w = calloc(1, sizeof *w + n * sizeof(sudog) +
                               nlocks * sizeof(golem_chan *));
    if (w == NULL)
        oom();
    w->fired = -1;
    w->n = n;
    w->nlocks = nlocks;
    w->locks = (golem_chan **)&w->cases[n];
    memcpy(w->locks, locks, nlocks * sizeof *locks);
    for (uint32_t i = 0; i < n; i++) {
        sudog *s = &w->cases[i];
        golem_chan *c = cases[2 * i].p;
        s->g = g;
        s->c = c;
        s->sel = w;
        s->caseidx = i;
        s->val = cases[2 * i + 1].p;
        if (c != NULL)
            enqueue(i < nsend ? &c->sendq : &c->recvq, s);
    }
    return chan_block(g, w, CHAN_WAIT_SELECT, "select", select_commit, w);
}

int chan_select(golem_g *g, slot *cases, uint32_t n, uint32_t nsend,
                bool has_default, int64_t *chosen, bool *ok)
{
    if (g->coop_wait != NULL)
        return select_finish(g, nsend, chosen, ok);
    *ok = false;
    golem_chan *small_locks[16];
    uint32_t small_order[16];
    golem_chan **locks = n <= 16 ? small_locks : malloc(n * sizeof *locks);
    uint32_t *order = n <= 16 ? small_order : malloc(n * sizeof *order);
    if (locks == NULL || order == NULL)
        oom();
    for (uint32_t i = 0; i < n; i++) {
        uint32_t j = (uint32_t)(rt_fastrand(g->vm) % (i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    uint32_t nlocks = lock_order(cases, n, locks);
    lock_all(locks, nlocks);
    int rc = 0;
    for (uint32_t k = 0; k < n && rc == 0; k++) {
        rc = select_try(g->vm, g, cases, order[k], order[k] < nsend, ok);
        if (rc > 0)
            *chosen = order[k];
    }
    if (rc != 0 || has_default || nlocks == 0) {
        unlock_all(locks, nlocks);
        if (rc < 0)
            rc = rt_panic_plain(g, "send on closed channel");
        else if (rc > 0)
            rc = COOP_DONE;
        else if (has_default) {
            *chosen = n;
            rc = COOP_DONE;
        } else {
            rc = park_forever(g, n == 0 ? "select (no cases)" : "select");
        }
    } else {
        rc = select_park(g, cases, n, nsend, locks, nlocks);
    }
    if (locks != small_locks)
        free(locks);
    if (order != small_order)
        free(order);
    if (rc == CHAN_RESUMED) /* a pinned wait was readied */
        return select_finish(g, nsend, chosen, ok);
    return rc;
}

/* ---- the collector's view (added by GC) ---- */

void chan_gc_visit_wait(golem_g *g,
                        void (*visit)(const void *words, size_t nwords,
                                      void *arg),
                        void *arg)
{
    if (g->coop_wait == NULL)
        return;
    if (g->coop_wait_kind == CHAN_WAIT_SUDOG) {
        sudog *s = g->coop_wait;
        visit(&s->c, 1, arg);
        if (s->c != NULL && s->val == (void *)(s + 1))
            visit(s->val, s->c->esize / 8, arg);
        else
            visit(&s->val, 1, arg);
    } else if (g->coop_wait_kind == CHAN_WAIT_SELECT) {
        selwait *w = g->coop_wait;
        for (uint32_t i = 0; i < w->n; i++) {
            visit(&w->cases[i].c, 1, arg);
            visit(&w->cases[i].val, 1, arg);
        }
    }
}
