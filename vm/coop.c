/*
 * coop.c - channels, select, and a cooperative goroutine scheduler: the
 * single-threaded stand-in for DESIGN.md's M:N scheduler (vm/sched.c) and
 * channels (vm/chan.c) until they land. Everything here is prefixed coop_
 * so that it can live beside them and be deleted in one piece.
 *
 * SCHEDULING. Goroutines are golem_g records; all of them run on the
 * thread that called vm_run, inside the one interpreter loop: a `go`
 * statement makes a G whose first frame is a boundary record and appends
 * it to the VM's FIFO run queue; the loop switches to the next runnable G
 * when the current one blocks on a channel or returns from its first
 * frame. When main returns the program ends, whatever else is runnable.
 * When the running G blocks and nothing is runnable, no event can ever
 * wake anyone (there are no timers or I/O waits yet): Go's fatal
 * "all goroutines are asleep - deadlock!". A G that never blocks is
 * preempted: a ticker thread (sysmon) sets its preempt flag every 10 ms
 * while others wait, and the interpreter, which polls the flag at calls
 * and taken jumps, puts it at the back of the queue.
 *
 * BLOCKING. An operation that cannot proceed parks its G on a wait record
 * (sudog: the G, the channel, a value buffer) queued on the channel, sets
 * g->coop_wait and returns COOP_BLOCK; the interpreter rewinds pc to the op
 * and switches. The partner operation completes the record (copies the
 * value in or out, marks it done) and readies the G; when the G runs
 * again, the op re-executes, finds g->coop_wait, and finishes from it. So a
 * parked G holds no pointer into any stack: values travel through the
 * record's own buffer.
 *
 * CHANNELS follow Go's hchan: a ring buffer of cap elements, a queue of
 * waiting receivers and one of waiting senders, a closed flag. Elements are
 * kept in memory form (nslots*8 bytes each, narrow scalars at natural
 * width) so that select, whose cases are heap cells in memory form, copies
 * bytes; plain SEND/RECV convert from/to register form. A send to a
 * waiting receiver copies straight into its record (no buffering); a
 * receive from a full buffer refills it from the first waiting sender, so
 * FIFO order holds.
 *
 * SELECT polls its cases in a random order (rt_fastrand),
 * takes the first ready one, else the default, else enqueues one record
 * per non-nil case, all pointing at one shared select record; the first
 * partner to complete one of them sets the fired case, and the others are
 * skipped when dequeued and unlinked when the select resumes.
 *
 * Invariants: records on a queue are linked (queued = true) exactly once;
 * a record of a select whose fired case is set is dead and only waits to
 * be unlinked. Nothing here may be called with g->native_depth > 0 and
 * block (the interpreter checks): a native's C frame cannot be parked.
 */
#include "opcodes.h"
#include "runtime.h"
#include "vm.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct selwait selwait;

typedef struct sudog {
    golem_g *g;
    struct sudog *next, *prev;
    coop_chan *c;
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
    int64_t fired;      /* index of the case that completed, or -1 */
    uint32_t n;
    sudog cases[];
};

typedef struct waitq {
    sudog *first, *last;
} waitq;

struct coop_chan {
    const rtype *elem;
    size_t esize;       /* bytes per buffered element: nslots * 8 */
    int64_t cap, count, head;
    char *buf;
    bool closed;
    waitq recvq, sendq;
};

/* A parked G that nothing will ever wake (nil channel, empty select)
   points here; it is never written. */
static const sudog park_forever_marker;

/* Go's runtime.plainError panics ("send on closed channel"), printed
   without the "runtime error: " prefix. panic.c may provide the exact
   type; this weak fallback raises a runtime error with the same text. */
__attribute__((weak)) int rt_panic_plain(golem_g *g, const char *msg);
__attribute__((weak)) int rt_panic_plain(golem_g *g, const char *msg)
{
    return rt_panic_runtime(g, "%s", msg);
}

/* ---- memory form <-> register form ---- */

/* memcpy/memset for element buffers, which are NULL for zero-size
   elements (chan struct{}). */
static void elem_copy(void *dst, const void *src, size_t n)
{
    if (n > 0)
        memcpy(dst, src, n);
}

static void elem_clear(void *dst, size_t n)
{
    if (n > 0)
        memset(dst, 0, n);
}

static void elem_to_mem(const rtype *t, const slot *reg, void *mem)
{
    if (t->nslots == 1 && t->kind == RK_FLOAT32) {
        float f = (float)reg->f;
        memcpy(mem, &f, sizeof f);
        return;
    }
    elem_copy(mem, reg, (size_t)t->nslots * sizeof(slot));
}

static void elem_to_reg(const rtype *t, const void *mem, slot *reg)
{
    if (t->nslots != 1) {
        elem_copy(reg, mem, (size_t)t->nslots * sizeof(slot));
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

/* ---- the run queue ---- */

void coop_ready(golem_vm *vm, golem_g *g)
{
    g->status = G_RUNNABLE;
    g->waitreason = NULL;
    g->schedlink = NULL;
    if (vm->coop_runq_tail != NULL)
        vm->coop_runq_tail->schedlink = g;
    else
        __atomic_store_n(&vm->coop_runq_head, g, __ATOMIC_RELAXED);
    vm->coop_runq_tail = g;
}

golem_g *coop_next(golem_vm *vm)
{
    golem_g *g = vm->coop_runq_head;
    if (g != NULL) {
        __atomic_store_n(&vm->coop_runq_head, g->schedlink, __ATOMIC_RELAXED);
        if (vm->coop_runq_head == NULL)
            vm->coop_runq_tail = NULL;
        g->schedlink = NULL;
    }
    return g;
}

/* ---- the preemption ticker ---- */

typedef struct sysmon {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    bool stop;
} sysmon;

/* Every 10 ms: if some G waits in the run queue, ask the running one to
   yield (it polls g->preempt at calls and taken jumps). Reading curg and
   the queue head without the interpreter's cooperation is a benign race:
   the worst case is one spurious or one missed request. */
static void *coop_sysmon_main(void *arg)
{
    golem_vm *vm = arg;
    sysmon *sm = vm->coop_sysmon;
    pthread_mutex_lock(&sm->lock);
    while (!sm->stop) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_nsec += 10 * 1000 * 1000;
        if (t.tv_nsec >= 1000000000) {
            t.tv_sec++;
            t.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&sm->wake, &sm->lock, &t);
        golem_g *cur = __atomic_load_n(&vm->coop_curg, __ATOMIC_RELAXED);
        golem_g *waiting = __atomic_load_n(&vm->coop_runq_head, __ATOMIC_RELAXED);
        if (!sm->stop && cur != NULL && waiting != NULL)
            __atomic_store_n(&cur->preempt, 1, __ATOMIC_RELAXED);
    }
    pthread_mutex_unlock(&sm->lock);
    return NULL;
}

void coop_sysmon_start(golem_vm *vm)
{
    if (vm->coop_sysmon != NULL)
        return;
    sysmon *sm = calloc(1, sizeof *sm);
    if (sm == NULL)
        return; /* no preemption: goroutines still switch when blocking */
    pthread_mutex_init(&sm->lock, NULL);
    pthread_cond_init(&sm->wake, NULL);
    vm->coop_sysmon = sm;
    if (pthread_create(&sm->thread, NULL, coop_sysmon_main, vm) != 0) {
        vm->coop_sysmon = NULL;
        free(sm);
    }
}

void coop_sysmon_stop(golem_vm *vm)
{
    sysmon *sm = vm->coop_sysmon;
    if (sm == NULL)
        return;
    pthread_mutex_lock(&sm->lock);
    sm->stop = true;
    pthread_cond_signal(&sm->wake);
    pthread_mutex_unlock(&sm->lock);
    pthread_join(sm->thread, NULL);
    pthread_mutex_destroy(&sm->lock);
    pthread_cond_destroy(&sm->wake);
    free(sm);
    vm->coop_sysmon = NULL;
}

golem_g *coop_go(golem_g *g, golem_closure *fn, const slot *args,
                  uint32_t nargs)
{
    coop_sysmon_start(g->vm);
    golem_proto *p = fn->proto;
    golem_g *ng = vm_new_g(g->vm);
    if (ng == NULL)
        return NULL;
    uint64_t need = p->framesize > nargs ? p->framesize : nargs;
    if (!stack_ensure(ng, need + 1))
        return NULL;
    if (nargs > 0)
        memcpy(ng->stack, args, nargs * sizeof(slot));
    golem_frame *fr = &ng->frames[0];
    fr->proto = p;
    fr->closure = fn;
    fr->base = 0;
    fr->pc = 0;
    fr->defers = NULL;
    fr->flags = FRAME_C_BOUNDARY;
    fr->owner = 0;
    ng->nframes = 1;
    coop_ready(g->vm, ng);
    return ng;
}

static void park(golem_g *g, void *on, const char *reason)
{
    g->coop_wait = on;
    g->status = G_WAITING;
    g->waitreason = reason;
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

/* The first live waiter, unlinked; records of already-fired selects are
   dropped on the way. */
static sudog *dequeue(waitq *q)
{
    for (;;) {
        sudog *s = q->first;
        if (s == NULL)
            return NULL;
        unlink_sudog(q, s);
        if (s->sel != NULL && s->sel->fired >= 0)
            continue;
        return s;
    }
}

/* The partner completed s: record it and make its G runnable. */
static void complete(golem_vm *vm, sudog *s)
{
    s->done = true;
    if (s->sel != NULL)
        s->sel->fired = s->caseidx;
    coop_ready(vm, s->g);
}

static sudog *sudog_new(golem_g *g, coop_chan *c)
{
    sudog *s = calloc(1, sizeof *s + c->esize);
    if (s == NULL)
        abort(); /* out of memory: fatal, as in gc_alloc */
    s->g = g;
    s->c = c;
    s->val = s + 1;
    return s;
}

static void *buf_slot(coop_chan *c, int64_t i)
{
    return c->buf + (size_t)(i % c->cap) * c->esize;
}

void coop_release_waiting(golem_g *g)
{
    if (g->coop_wait != NULL && g->coop_wait != (void *)&park_forever_marker)
        free(g->coop_wait); /* a sudog or a selwait: one block each */
    g->coop_wait = NULL;
}

/* ---- channels ---- */

coop_chan *coop_chan_make(golem_g *g, const rtype *chantype, int64_t size)
{
    const rtype *elem = chantype->elem;
    size_t esize = (size_t)elem->nslots * sizeof(slot);
    if (size < 0 || (esize && (uint64_t)size > (UINT64_C(1) << 40) / esize)) {
        rt_panic_plain(g, "makechan: size out of range");
        return NULL;
    }
    coop_chan *c = gc_alloc(g, NULL, sizeof *c);
    c->elem = elem;
    c->esize = esize;
    c->cap = size;
    if (size > 0 && esize > 0)
        c->buf = gc_alloc(g, elem, (size_t)size * esize);
    return c;
}

int64_t coop_chan_len(const coop_chan *c)
{
    return c ? c->count : 0;
}

int64_t coop_chan_cap(const coop_chan *c)
{
    return c ? c->cap : 0;
}

uint32_t coop_chan_elem_slots(const coop_chan *c)
{
    return c ? c->elem->nslots : 0;
}

int coop_chan_send(golem_g *g, coop_chan *c, const slot *val)
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
    if (c == NULL) {
        park(g, (void *)&park_forever_marker, "chan send (nil chan)");
        return COOP_BLOCK;
    }
    if (c->closed)
        return rt_panic_plain(g, "send on closed channel");
    sudog *r = dequeue(&c->recvq);
    if (r != NULL) {
        elem_to_mem(c->elem, val, r->val);
        r->ok = true;
        complete(g->vm, r);
        return COOP_DONE;
    }
    if (c->count < c->cap) {
        elem_to_mem(c->elem, val, buf_slot(c, c->head + c->count));
        c->count++;
        return COOP_DONE;
    }
    sudog *s = sudog_new(g, c);
    elem_to_mem(c->elem, val, s->val);
    enqueue(&c->sendq, s);
    park(g, s, "chan send");
    return COOP_BLOCK;
}

/* Takes the oldest buffered element into mem and refills the buffer from
   the first waiting sender. */
static void take_buffered(golem_vm *vm, coop_chan *c, void *mem)
{
    void *p = buf_slot(c, c->head);
    elem_copy(mem, p, c->esize);
    elem_clear(p, c->esize);
    c->head = (c->head + 1) % c->cap;
    c->count--;
    sudog *w = dequeue(&c->sendq);
    if (w != NULL) {
        elem_copy(buf_slot(c, c->head + c->count), w->val, c->esize);
        c->count++;
        complete(vm, w);
    }
}

int coop_chan_recv(golem_g *g, coop_chan *c, slot *dst, bool *ok)
{
    if (g->coop_wait != NULL) { /* resumed: a sender or close filled it */
        sudog *s = g->coop_wait;
        g->coop_wait = NULL;
        elem_to_reg(s->c->elem, s->val, dst);
        *ok = s->ok;
        free(s);
        return COOP_DONE;
    }
    if (c == NULL) {
        park(g, (void *)&park_forever_marker, "chan receive (nil chan)");
        return COOP_BLOCK;
    }
    if (c->count > 0) {
        slot tmp[c->elem->nslots ? c->elem->nslots : 1];
        take_buffered(g->vm, c, tmp);
        elem_to_reg(c->elem, tmp, dst);
        *ok = true;
        return COOP_DONE;
    }
    sudog *w = dequeue(&c->sendq);
    if (w != NULL) {
        elem_to_reg(c->elem, w->val, dst);
        *ok = true;
        complete(g->vm, w);
        return COOP_DONE;
    }
    if (c->closed) {
        elem_clear(dst, c->esize);
        *ok = false;
        return COOP_DONE;
    }
    sudog *s = sudog_new(g, c);
    enqueue(&c->recvq, s);
    park(g, s, "chan receive");
    return COOP_BLOCK;
}

int coop_chan_close(golem_g *g, coop_chan *c)
{
    if (c == NULL)
        return rt_panic_plain(g, "close of nil channel");
    if (c->closed)
        return rt_panic_plain(g, "close of closed channel");
    c->closed = true;
    sudog *s;
    while ((s = dequeue(&c->recvq)) != NULL) {
        elem_clear(s->val, c->esize);
        s->ok = false;
        complete(g->vm, s);
    }
    while ((s = dequeue(&c->sendq)) != NULL) {
        s->closed = true;
        complete(g->vm, s);
    }
    return COOP_DONE;
}

/* ---- select ---- */

/* Tries case i without blocking: 1 done, 0 not ready, -1 panic. */
static int select_try(golem_g *g, slot *cases, uint32_t i, bool send,
                      bool *ok)
{
    coop_chan *c = cases[2 * i].p;
    void *cell = cases[2 * i + 1].p;
    if (c == NULL)
        return 0;
    if (send) {
        if (c->closed)
            return rt_panic_plain(g, "send on closed channel");
        sudog *r = dequeue(&c->recvq);
        if (r != NULL) {
            elem_copy(r->val, cell, c->esize);
            r->ok = true;
            complete(g->vm, r);
            return 1;
        }
        if (c->count < c->cap) {
            elem_copy(buf_slot(c, c->head + c->count), cell, c->esize);
            c->count++;
            return 1;
        }
        return 0;
    }
    if (c->count > 0) {
        take_buffered(g->vm, c, cell);
        *ok = true;
        return 1;
    }
    sudog *w = dequeue(&c->sendq);
    if (w != NULL) {
        elem_copy(cell, w->val, c->esize);
        complete(g->vm, w);
        *ok = true;
        return 1;
    }
    if (c->closed) {
        elem_clear(cell, c->esize);
        *ok = false;
        return 1;
    }
    return 0;
}

/* The select resumed: unlink the records that did not fire. */
static int select_finish(golem_g *g, uint32_t nsend, int64_t *chosen,
                         bool *ok)
{
    selwait *w = g->coop_wait;
    g->coop_wait = NULL;
    for (uint32_t i = 0; i < w->n; i++) {
        sudog *s = &w->cases[i];
        if (s->c != NULL)
            unlink_sudog(s->caseidx < nsend ? &s->c->sendq : &s->c->recvq,
                         s);
    }
    sudog *f = &w->cases[w->fired];
    *chosen = w->fired;
    *ok = f->ok;
    bool closed = f->closed;
    free(w);
    if (closed)
        return rt_panic_plain(g, "send on closed channel");
    return COOP_DONE;
}

int coop_select(golem_g *g, slot *cases, uint32_t n, uint32_t nsend,
                bool has_default, int64_t *chosen, bool *ok)
{
    if (g->coop_wait != NULL)
        return select_finish(g, nsend, chosen, ok);
    *ok = false;
    uint32_t small[16];
    uint32_t *order = n <= 16 ? small : malloc(n * sizeof *order);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t j = (uint32_t)(rt_fastrand(g->vm) % (i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    int rc = 0;
    for (uint32_t k = 0; k < n && rc == 0; k++) {
        rc = select_try(g, cases, order[k], order[k] < nsend, ok);
        if (rc > 0)
            *chosen = order[k];
    }
    if (order != small)
        free(order);
    if (rc != 0)
        return rc < 0 ? -1 : COOP_DONE;
    if (has_default) {
        *chosen = n;
        return COOP_DONE;
    }
    selwait *w = calloc(1, sizeof *w + n * sizeof(sudog));
    if (w == NULL)
        abort(); /* out of memory */
    w->fired = -1;
    w->n = n;
    bool any = false;
    for (uint32_t i = 0; i < n; i++) {
        sudog *s = &w->cases[i];
        coop_chan *c = cases[2 * i].p;
        s->g = g;
        s->c = c;
        s->sel = w;
        s->caseidx = i;
        s->val = cases[2 * i + 1].p;
        if (c != NULL) {
            enqueue(i < nsend ? &c->sendq : &c->recvq, s);
            any = true;
        }
    }
    if (!any) {
        free(w);
        park(g, (void *)&park_forever_marker,
             n == 0 ? "select (no cases)" : "select");
        return COOP_BLOCK;
    }
    park(g, w, "select");
    return COOP_BLOCK;
}
