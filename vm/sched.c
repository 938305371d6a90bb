/*
 * sched.c - the M:N goroutine scheduler: Go's G/M/P design (proc.go)
 * re-expressed for golem.
 *
 * THE PIECES. A G is a goroutine (golem_g). An M is an OS thread that runs
 * Gs through the `run` hook of the configuration (the interpreter). A P is
 * a logical processor, GOMAXPROCS of them: an M must hold a P to run Gs, so
 * at most GOMAXPROCS goroutines execute at once. Each P owns a local run
 * queue and a `runnext` slot; one global queue, under s->lock, takes
 * overflow and preempted Gs.
 *
 * LOCAL RUN QUEUES are 256-entry rings indexed by free-running 32-bit
 * head and tail counters. Only the owner writes the tail (push: store the
 * slot, then release-store tail+1). The head is advanced by CAS, both by
 * the owner popping one and by thieves grabbing half of [head, tail): a
 * thief copies the slots first and then claims them with one CAS on head,
 * so a failed CAS just retries and nothing is ever taken twice. A push to
 * a full ring moves half of it plus the new G to the global queue in one
 * batch. runnext holds the G a channel handoff just readied, so a
 * producer/consumer pair ping-pongs on one P; a push into runnext kicks
 * the previous occupant to the tail. Thieves take runnext only on their
 * last round.
 *
 * FINDING WORK (find_runnable), in order: the P's expired timers; every
 * 61st schedule one G from the global queue (so it cannot starve); the
 * local queue; the global queue (a fair share into the local queue); then,
 * if fewer than half the busy Ps already have a spinning M, spin: four
 * rounds over the other Ps from a random start, stealing half of a queue
 * (the last round also runs their expired timers and takes runnext).
 * Nothing found: the M hands its P to the idle list and parks on its
 * condition variable (under s->lock). A spinning M that gives up rechecks
 * every queue after dropping its spinning count, so work pushed in the
 * window cannot be missed. Whoever readies a G calls wakep: if a P is
 * idle and no M is spinning, one M is woken (or created) with that P and
 * spins; an M that finds work while spinning wakes the next spinner if it
 * was the last (resetspinning), so wakeups chain without a thundering
 * herd.
 *
 * PARKING. The run hook returns SCHED_PARKED for a G that blocked. The
 * blocking operation may register a commit (sched_set_park_commit) which
 * the M calls once the G is off it: a channel keeps its lock until then,
 * so no partner can ready and run the G while its old M still touches it.
 *
 * BLOCKING NATIVES. sched_enter_blocking marks the P P_SYSCALL and drops
 * it from the M; sched_exit_blocking CASes it back (the fast path), else
 * takes an idle P, else queues the M on s->pwait until a P is released
 * (pidleput serves that queue first). The G never leaves its M: the
 * native's C frame is on this thread. A P left in P_SYSCALL with work
 * queued, or for a whole sysmon period, is retaken and handed to another
 * M (handoffp).
 *
 * SYSMON is a thread that wakes every millisecond (10 when all Ps are
 * idle). A P whose schedtick has not moved for 10 ms runs one G too long:
 * its G's preempt flag is set, and the interpreter polls that flag at
 * function entry and loop back-edges and yields (SCHED_YIELD puts it on
 * the global queue). It also retakes Ps from blocking natives.
 *
 * STOP-THE-WORLD uses the same safepoints: gcwaiting is set, idle and
 * P_SYSCALL Ps are stopped at once, every running G is asked to preempt
 * (again every 100 us), and each M that reaches its scheduler stops its P
 * and parks until start_the_world hands Ps with work back to Ms.
 *
 * GOMAXPROCS. allp has room for SCHED_MAX_PROCS Ps from the start;
 * sched_set_procs stops the world, initialises new Ps (the restart idles
 * them), empties removed ones (their Gs to the global queue, their timers
 * to P0's heap, status P_DEAD) and moves a caller standing on a removed P
 * to P0. nprocs is read atomically elsewhere; a stale value only makes
 * someone look at an empty dead P.
 *
 * PINNED WAITS. A G that blocks inside a callback from a native cannot
 * leave its thread (the native's C frame is there). sched_park_pinned
 * marks it (g->pinned_m), runs the commit, hands the P off and blocks the
 * M on its condition variable; sched_make_ready of such a G wakes that M
 * (ready_pinned) instead of queueing the G, and the M then waits for a P
 * like one back from a blocking native. Pinned Ms count in s->npinned:
 * neither running nor idle for the deadlock check; the waker uncounts the
 * M when it readies it, so a readied pinned G never looks deadlocked.
 *
 * TIMERS live in a 4-ary min-heap per P under a per-P lock; p->timer0_when
 * mirrors the root so others can look without the lock. Each M runs its
 * P's expired timers when it schedules; thieves run victims' ones. An M
 * going idle with timers pending anywhere becomes the one timer sleeper:
 * it parks with a deadline at the earliest when, and adding an earlier
 * timer kicks it. A timer fires with no lock held.
 *
 * DEADLOCK. An M about to park with no deadline checks (checkdead_locked)
 * whether it is the last M awake: no other M running (pinned Ms do not
 * count), in a blocking native or waiting for a P, no timer pending, no G
 * queued, the world not stopping. Then no event can ever ready a G again: the deadlock hook
 * reports Go's fatal error and the program exits with status 2.
 *
 * LOCKS: s->lock guards the idle lists, the global queue, the M lists and
 * the stop-the-world count; a P's timer_lock guards its heap. A timer lock
 * is never held while taking s->lock. Ms live until sched_free; so reading
 * p->m->curg racily (sysmon, preemption) never touches freed memory.
 *
 * What it must never do: run a G on an M without a P, or run one G on two
 * Ms (a G is on at most one queue, and only a PARKED G is readied).
 */
#include "gosched.h"
#include "mgc.h" /* (GC) gc_sysmon */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

_Thread_local sched_m *sched_curm;

#define LOAD(x) __atomic_load_n(&(x), __ATOMIC_ACQUIRE)
#define LOADR(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELEASE)
#define STORER(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define XADD(x, d) __atomic_add_fetch(&(x), (d), __ATOMIC_SEQ_CST)
#define CAS(x, o, n)                                                           \
    __extension__({                                                            \
        __typeof__(x) o_ = (o);                                                \
        __atomic_compare_exchange_n(&(x), &o_, (n), false, __ATOMIC_SEQ_CST,   \
                                    __ATOMIC_SEQ_CST);                         \
    })

#define STW_RETRY_NS 100000      /* re-preempt while stopping the world */
#define SYSMON_BUSY_NS 1000000   /* sysmon period while Ps run */
#define SYSMON_IDLE_NS 10000000  /* ... while all are idle */
#define M_STACK_BYTES (16u << 20)

static void wakep(sched *s);
static bool checkdead_locked(sched *s, int32_t self);

/* ---- time ---- */

int64_t sched_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static struct timespec abs_monotonic(int64_t ns)
{
    struct timespec ts = {ns / 1000000000, ns % 1000000000};
    return ts;
}

static void cond_init_monotonic(pthread_cond_t *c)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

static uint32_t m_fastrand(sched_m *m)
{
    /* xorshift64 */
    uint64_t x = m->rand;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    m->rand = x;
    return (uint32_t)(x >> 32);
}

/* A documented fatal error of the scheduler itself (Go's "fatal error:"
   for runtime invariants): no recovery is possible. */
static void sched_throw(const char *msg)
{
    fprintf(stderr, "fatal error: %s\n", msg);
    exit(2);
}

/* ==== local run queues ==== */

uint32_t sched_runq_len(const sched_p *p)
{
    uint32_t h = __atomic_load_n(&p->runq_head, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&p->runq_tail, __ATOMIC_ACQUIRE);
    return t - h;
}

static bool runq_empty(const sched_p *p)
{
    return sched_runq_len(p) == 0 &&
           __atomic_load_n(&p->runnext, __ATOMIC_ACQUIRE) == NULL;
}

static void globq_put_batch_locked(sched *s, golem_g *first, golem_g *last,
                                   int32_t n)
{
    last->schedlink = NULL;
    if (s->gq_tail != NULL)
        s->gq_tail->schedlink = first;
    else
        s->gq_head = first;
    s->gq_tail = last;
    XADD(s->gq_size, n);
}

/* The ring is full: move its older half and g to the global queue. Fails
   (and the caller retries) when a thief moved head meanwhile. */
static bool runq_put_slow(sched *s, sched_p *p, golem_g *g, uint32_t h,
                          uint32_t t)
{
    golem_g *batch[SCHED_RUNQ_SIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    for (uint32_t i = 0; i < n; i++)
        batch[i] = LOADR(p->runq[(h + i) % SCHED_RUNQ_SIZE]);
    if (!CAS(p->runq_head, h, h + n))
        return false;
    batch[n] = g;
    for (uint32_t i = 0; i < n; i++)
        batch[i]->schedlink = batch[i + 1];
    pthread_mutex_lock(&s->lock);
    globq_put_batch_locked(s, batch[0], batch[n], (int32_t)n + 1);
    pthread_mutex_unlock(&s->lock);
    return true;
}

/* Pushes at the tail; false if the ring is full (nothing done). */
static bool runq_put_tail(sched_p *p, golem_g *g, uint32_t *h_out)
{
    uint32_t h = LOAD(p->runq_head);
    uint32_t t = LOADR(p->runq_tail);
    *h_out = h;
    if (t - h >= SCHED_RUNQ_SIZE)
        return false;
    STORER(p->runq[t % SCHED_RUNQ_SIZE], g);
    STORE(p->runq_tail, t + 1);
    return true;
}

void sched_runq_put(sched *s, sched_p *p, golem_g *g, bool next)
{
    if (next) {
        golem_g *old = __atomic_exchange_n(&p->runnext, g, __ATOMIC_ACQ_REL);
        if (old == NULL)
            return;
        g = old; /* the previous runnext goes to the tail */
    }
    for (;;) {
        uint32_t h;
        if (runq_put_tail(p, g, &h))
            return;
        if (runq_put_slow(s, p, g, h, h + SCHED_RUNQ_SIZE))
            return;
    }
}

/* Like sched_runq_put at the tail, for callers holding s->lock: a full
   ring sends g to the global queue instead. */
static void runq_put_locked(sched *s, sched_p *p, golem_g *g)
{
    uint32_t h;
    if (!runq_put_tail(p, g, &h))
        globq_put_batch_locked(s, g, g, 1);
}

golem_g *sched_runq_get(sched_p *p)
{
    golem_g *next = LOAD(p->runnext);
    if (next != NULL && CAS(p->runnext, next, NULL))
        return next;
    for (;;) {
        uint32_t h = LOAD(p->runq_head);
        uint32_t t = LOADR(p->runq_tail);
        if (t == h)
            return NULL;
        golem_g *g = LOADR(p->runq[h % SCHED_RUNQ_SIZE]);
        if (CAS(p->runq_head, h, h + 1))
            return g;
    }
}

/* Copies half of victim's queue into batch at batch_head (a ring of
   SCHED_RUNQ_SIZE) and claims it; returns how many. */
static uint32_t runq_grab(sched_p *victim, golem_g **batch,
                          uint32_t batch_head, bool steal_runnext)
{
    for (;;) {
        uint32_t h = LOAD(victim->runq_head);
        uint32_t t = LOAD(victim->runq_tail);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            golem_g *next = steal_runnext ? LOAD(victim->runnext) : NULL;
            if (next == NULL)
                return 0;
            if (!CAS(victim->runnext, next, NULL))
                continue;
            STORER(batch[batch_head % SCHED_RUNQ_SIZE], next);
            return 1;
        }
        if (n > SCHED_RUNQ_SIZE / 2)
            continue; /* read head and tail inconsistently: retry */
        for (uint32_t i = 0; i < n; i++) {
            golem_g *g = LOADR(victim->runq[(h + i) % SCHED_RUNQ_SIZE]);
            STORER(batch[(batch_head + i) % SCHED_RUNQ_SIZE], g);
        }
        if (CAS(victim->runq_head, h, h + n))
            return n;
    }
}

golem_g *sched_runq_steal(sched_p *thief, sched_p *victim,
                          bool steal_runnext)
{
    uint32_t t = LOADR(thief->runq_tail);
    uint32_t n = runq_grab(victim, thief->runq, t, steal_runnext);
    if (n == 0)
        return NULL;
    n--;
    golem_g *g = LOADR(thief->runq[(t + n) % SCHED_RUNQ_SIZE]);
    if (n == 0)
        return g;
    uint32_t h = LOAD(thief->runq_head);
    if (t - h + n >= SCHED_RUNQ_SIZE)
        sched_throw("runqsteal: runq overflow");
    STORE(thief->runq_tail, t + n);
    return g;
}

/* ==== the global run queue ==== */

void sched_globq_put(sched *s, golem_g *g)
{
    pthread_mutex_lock(&s->lock);
    globq_put_batch_locked(s, g, g, 1);
    pthread_mutex_unlock(&s->lock);
}

static golem_g *globq_pop_locked(sched *s)
{
    golem_g *g = s->gq_head;
    s->gq_head = g->schedlink;
    if (s->gq_head == NULL)
        s->gq_tail = NULL;
    g->schedlink = NULL;
    XADD(s->gq_size, -1);
    return g;
}

/* Takes a fair share (size/nprocs + 1, at most max when max > 0, at most
   half a ring): returns the first, the rest go to p's local queue. */
static golem_g *globq_get_locked(sched *s, sched_p *p, int32_t max)
{
    int32_t size = LOADR(s->gq_size);
    if (size == 0)
        return NULL;
    int32_t n = size / LOADR(s->nprocs) + 1;
    if (n > size)
        n = size;
    if (max > 0 && n > max)
        n = max;
    if (n > SCHED_RUNQ_SIZE / 2)
        n = SCHED_RUNQ_SIZE / 2;
    golem_g *g = globq_pop_locked(s);
    while (--n > 0)
        runq_put_locked(s, p, globq_pop_locked(s));
    return g;
}

golem_g *sched_globq_get(sched *s, sched_p *p, int32_t max)
{
    pthread_mutex_lock(&s->lock);
    golem_g *g = globq_get_locked(s, p, max);
    pthread_mutex_unlock(&s->lock);
    return g;
}

/* ==== Ps ==== */

static void acquirep(sched_m *m, sched_p *p)
{
    m->p = p;
    STORE(p->m, m);
    STORE(p->status, P_RUNNING);
}

static sched_p *releasep(sched_m *m)
{
    sched_p *p = m->p;
    STORE(p->m, NULL);
    m->p = NULL;
    return p;
}

/* Counts a P as stopped for the stop-the-world in progress. */
static void stopwait_done_locked(sched *s, sched_p *p)
{
    STORE(p->status, P_STOPPED);
    STORE(p->m, NULL);
    if (--s->stopwait == 0)
        pthread_cond_signal(&s->stopnote);
}

/* A P nobody uses: stopped if the world is stopping, else handed to an M
   back from a blocking call, else onto the idle list. */
static void pidleput_locked(sched *s, sched_p *p)
{
    if (s->gcwaiting) {
        stopwait_done_locked(s, p);
        return;
    }
    sched_m *w = s->pwait;
    if (w != NULL) {
        s->pwait = w->link;
        XADD(s->npwait, -1);
        w->nextp = p;
        w->woken = true;
        STORE(p->status, P_RUNNING);
        pthread_cond_signal(&w->park);
        return;
    }
    STORE(p->m, NULL);
    STORE(p->status, P_IDLE);
    p->link = s->pidle;
    s->pidle = p;
    XADD(s->npidle, 1);
}

static sched_p *pidleget_locked(sched *s)
{
    sched_p *p = s->pidle;
    if (p != NULL) {
        s->pidle = p->link;
        p->link = NULL;
        XADD(s->npidle, -1);
    }
    return p;
}

static void pidle_remove_locked(sched *s, sched_p *p)
{
    for (sched_p **pp = &s->pidle; *pp != NULL; pp = &(*pp)->link) {
        if (*pp == p) {
            *pp = p->link;
            p->link = NULL;
            XADD(s->npidle, -1);
            return;
        }
    }
}

/* Earliest pending timer over all Ps, 0 when none. */
static int64_t earliest_timer(sched *s)
{
    int64_t best = 0;
    for (int32_t i = 0; i < LOADR(s->nprocs); i++) {
        int64_t w = __atomic_load_n(&s->allp[i].timer0_when, __ATOMIC_SEQ_CST);
        if (w != 0 && (best == 0 || w < best))
            best = w;
    }
    return best;
}

/* ==== Ms ==== */

static void *m_thread(void *arg);

static sched_m *m_new_locked(sched *s)
{
    sched_m *m = calloc(1, sizeof *m);
    if (m == NULL)
        sched_throw("runtime: cannot allocate an M");
    m->s = s;
    m->id = s->next_mid++;
    m->rand = 0x9E3779B97F4A7C15ull * (uint64_t)(m->id + 1) ^
              (uint64_t)sched_nanotime();
    if (m->rand == 0)
        m->rand = 1;
    cond_init_monotonic(&m->park);
    m->alllink = s->allm;
    s->allm = m;
    return m;
}

/* A new M (thread) that starts with p. */
static void newm_locked(sched *s, sched_p *p, bool spinning)
{
    sched_m *m = m_new_locked(s);
    m->nextp = p;
    m->spinning = spinning;
    s->mcount++;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, M_STACK_BYTES);
    int rc = pthread_create(&m->thread, &a, m_thread, m);
    pthread_attr_destroy(&a);
    if (rc != 0)
        sched_throw("runtime: failed to create new OS thread");
}

static sched_m *mget_locked(sched *s)
{
    sched_m *m = s->midle;
    if (m != NULL) {
        s->midle = m->link;
        m->link = NULL;
        s->nmidle--;
        if (s->timer_sleeper == m)
            s->timer_sleeper = NULL;
    }
    return m;
}

static void mlist_remove(sched_m **list, sched_m *m)
{
    for (sched_m **pp = list; *pp != NULL; pp = &(*pp)->link) {
        if (*pp == m) {
            *pp = m->link;
            m->link = NULL;
            return;
        }
    }
}

/* Parks m (no P) on the idle list until a waker hands it a P (true; the
   P is in m->nextp), or until deadline (> 0), a kick, or the exit
   (false). Called and returns with s->lock held. */
static bool m_park_locked(sched *s, sched_m *m, int64_t deadline)
{
    m->woken = false;
    m->kicked = false;
    m->link = s->midle;
    s->midle = m;
    s->nmidle++;
    while (!m->woken && !m->kicked && !s->exiting) {
        if (deadline > 0) {
            struct timespec ts = abs_monotonic(deadline);
            pthread_cond_timedwait(&m->park, &s->lock, &ts);
            if (!m->woken && sched_nanotime() >= deadline)
                break;
        } else {
            pthread_cond_wait(&m->park, &s->lock);
        }
    }
    if (m->woken)
        return true; /* the waker took it off the list */
    mlist_remove(&s->midle, m);
    s->nmidle--;
    if (s->timer_sleeper == m)
        s->timer_sleeper = NULL;
    return false;
}

/* Runs p (or an idle P when p is NULL) on an idle or new M. spinning: the
   caller already counted the M in nmspinning. */
static void startm(sched *s, sched_p *p, bool spinning)
{
    pthread_mutex_lock(&s->lock);
    if (s->exiting) {
        if (p != NULL)
            pidleput_locked(s, p);
        pthread_mutex_unlock(&s->lock);
        if (spinning)
            XADD(s->nmspinning, -1);
        return;
    }
    if (p == NULL) {
        p = pidleget_locked(s);
        if (p == NULL) {
            pthread_mutex_unlock(&s->lock);
            if (spinning)
                XADD(s->nmspinning, -1);
            return;
        }
    }
    sched_m *m = mget_locked(s);
    if (m == NULL) {
        newm_locked(s, p, spinning);
    } else {
        m->spinning = spinning;
        m->nextp = p;
        m->woken = true;
        pthread_cond_signal(&m->park);
    }
    pthread_mutex_unlock(&s->lock);
}

/* Work appeared: make sure some M looks for it if a P is idle. */
static void wakep(sched *s)
{
    if (!LOAD(s->started))
        return; /* sched_main has not run yet: no Ms to start */
    if (__atomic_load_n(&s->npidle, __ATOMIC_SEQ_CST) == 0)
        return;
    if (LOAD(s->nmspinning) != 0 || !CAS(s->nmspinning, 0, 1))
        return;
    startm(s, NULL, true);
}

/* A P released by an M that will not run it (blocking native, sysmon
   retake): to an M if it has work, else idle. */
static void handoffp(sched *s, sched_p *p)
{
    if (!runq_empty(p) || LOAD(s->gq_size) > 0) {
        startm(s, p, false);
        return;
    }
    if (LOAD(s->nmspinning) + LOAD(s->npidle) == 0 &&
        CAS(s->nmspinning, 0, 1)) {
        startm(s, p, true); /* nobody looks for work: this one will */
        return;
    }
    pthread_mutex_lock(&s->lock);
    pidleput_locked(s, p);
    bool need_timer_m = s->timer_sleeper == NULL && earliest_timer(s) != 0;
    pthread_mutex_unlock(&s->lock);
    if (need_timer_m)
        wakep(s);
}

static void reset_spinning(sched *s, sched_m *m)
{
    m->spinning = false;
    if (XADD(s->nmspinning, -1) == 0)
        wakep(s);
}

/* ==== making Gs runnable ==== */

/* g waits pinned to its M (sched_park_pinned): wake that M. */
static bool ready_pinned(sched *s, golem_g *g)
{
    if (__atomic_load_n(&g->pinned_m, __ATOMIC_ACQUIRE) == NULL)
        return false;
    pthread_mutex_lock(&s->lock);
    sched_m *m = g->pinned_m;
    if (m != NULL && !m->pin_ready) {
        m->pin_ready = true;
        s->npinned--; /* awake again as far as checkdead is concerned */
        pthread_cond_signal(&m->park);
    }
    pthread_mutex_unlock(&s->lock);
    return m != NULL;
}

void sched_make_ready(sched *s, golem_g *g, bool next)
{
    if (ready_pinned(s, g))
        return;
    g->status = G_RUNNABLE;
    sched_m *m = sched_curm;
    if (m != NULL && m->s == s && m->p != NULL)
        sched_runq_put(s, m->p, g, next);
    else
        sched_globq_put(s, g);
    wakep(s);
}

void sched_set_park_commit(sched_m *m, bool (*commit)(golem_g *, void *),
                           void *arg)
{
    m->park_commit = commit;
    m->park_arg = arg;
}

/* ==== stop-the-world ==== */

static void preempt_all_locked(sched *s)
{
    for (sched_m *m = s->allm; m != NULL; m = m->alllink) {
        golem_g *g = LOAD(m->curg);
        if (g != NULL)
            __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
    }
}

/* Asks one running G to reach a scheduling point (an M back from a
   blocking native waits for a P). */
static void preempt_one_locked(sched *s)
{
    for (int32_t i = 0; i < LOADR(s->nprocs); i++) {
        sched_p *p = &s->allp[i];
        sched_m *m = LOAD(p->m);
        golem_g *g = m != NULL && LOAD(p->status) == P_RUNNING
                         ? LOAD(m->curg) : NULL;
        if (g != NULL) {
            __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
            return;
        }
    }
}

/* m saw gcwaiting: stop its P and park until the world restarts. Returns
   holding a P, or without one when the program is exiting. */
static void gcstopm(sched *s, sched_m *m)
{
    if (m->spinning) {
        m->spinning = false;
        XADD(s->nmspinning, -1);
    }
    sched_p *p = releasep(m);
    pthread_mutex_lock(&s->lock);
    if (s->gcwaiting)
        stopwait_done_locked(s, p);
    else
        pidleput_locked(s, p); /* the world restarted meanwhile */
    while (!s->exiting) {
        if (m_park_locked(s, m, 0)) {
            acquirep(m, m->nextp);
            m->nextp = NULL;
            break;
        }
    }
    pthread_mutex_unlock(&s->lock);
}

/* Takes stw_lock. A caller holding a P must not block on it while another
   stopper waits for that very P to stop: it releases the P as a blocking
   native does (the other stopper then counts it stopped), waits, and
   takes a P back before stopping the world itself. */
static void stw_lock_acquire(sched *s)
{
    if (pthread_mutex_trylock(&s->stw_lock) == 0)
        return;
    sched_m *self = sched_curm;
    golem_g *g = self != NULL && self->s == s && self->p != NULL
                     ? LOAD(self->curg) : NULL;
    if (g == NULL) {
        pthread_mutex_lock(&s->stw_lock);
        return;
    }
    sched_enter_blocking(g);
    pthread_mutex_lock(&s->stw_lock);
    sched_exit_blocking(g);
}

int64_t sched_stop_the_world(sched *s, const char *reason)
{
    (void)reason;
    stw_lock_acquire(s);
    int64_t t0 = sched_nanotime();
    pthread_mutex_lock(&s->lock);
    STORE(s->gcwaiting, 1);
    s->stopwait = LOADR(s->nprocs);
    sched_m *self = sched_curm;
    if (self != NULL && self->s == s && self->p != NULL) {
        STORE(self->p->status, P_STOPPED);
        s->stopwait--;
    }
    sched_p *p;
    while ((p = pidleget_locked(s)) != NULL)
        stopwait_done_locked(s, p);
    for (int32_t i = 0; i < LOADR(s->nprocs); i++) {
        p = &s->allp[i];
        if (CAS(p->status, P_SYSCALL, P_STOPPED)) {
            STORER(p->syscalltick, p->syscalltick + 1);
            s->stopwait--;
        }
    }
    preempt_all_locked(s);
    while (s->stopwait > 0 && !s->exiting) {
        struct timespec ts = abs_monotonic(sched_nanotime() + STW_RETRY_NS);
        pthread_cond_timedwait(&s->stopnote, &s->lock, &ts);
        preempt_all_locked(s);
    }
    pthread_mutex_unlock(&s->lock);
    return sched_nanotime() - t0;
}

void sched_start_the_world(sched *s)
{
    pthread_mutex_lock(&s->lock);
    STORE(s->gcwaiting, 0);
    sched_m *self = sched_curm;
    sched_p *mine = self != NULL && self->s == s ? self->p : NULL;
    if (mine != NULL)
        STORE(mine->status, P_RUNNING);
    bool work = false;
    for (int32_t i = 0; i < LOADR(s->nprocs); i++) {
        sched_p *p = &s->allp[i];
        if (p == mine || LOAD(p->status) != P_STOPPED)
            continue;
        if (!runq_empty(p) && s->midle != NULL && !s->exiting) {
            sched_m *m = mget_locked(s);
            m->nextp = p;
            m->woken = true;
            STORE(p->status, P_RUNNING);
            pthread_cond_signal(&m->park);
        } else {
            work |= !runq_empty(p);
            pidleput_locked(s, p);
        }
    }
    pthread_mutex_unlock(&s->lock);
    pthread_mutex_unlock(&s->stw_lock);
    (void)work;
    wakep(s);
}

int64_t stop_the_world(golem_vm *vm, const char *reason)
{
    return vm->sched ? sched_stop_the_world(vm->sched, reason) : 0;
}

void start_the_world(golem_vm *vm)
{
    if (vm->sched)
        sched_start_the_world(vm->sched);
}

/* ==== blocking natives ==== */

void sched_enter_blocking(golem_g *g)
{
    sched_m *m = sched_curm;
    if (m == NULL || m->p == NULL || m->curg != g)
        return;
    sched *s = m->s;
    sched_p *p = m->p;
    g->status = G_SYSCALL;
    XADD(s->nsyscall, 1);
    STORER(p->syscalltick, p->syscalltick + 1);
    m->oldp = p;
    releasep(m);
    STORE(p->status, P_SYSCALL);
    if (LOAD(s->gcwaiting) && CAS(p->status, P_SYSCALL, P_STOPPED)) {
        pthread_mutex_lock(&s->lock);
        if (--s->stopwait == 0)
            pthread_cond_signal(&s->stopnote);
        pthread_mutex_unlock(&s->lock);
    } else if ((!runq_empty(p) || LOAD(s->gq_size) > 0) &&
               CAS(p->status, P_SYSCALL, P_IDLE)) {
        STORER(p->syscalltick, p->syscalltick + 1);
        handoffp(s, p); /* others are waiting: do not make them wait */
    }
}

/* m (no P) needs one to go on: an idle P, else it queues on s->pwait
   until a P is released to it (a running G is asked to reach a
   scheduling point). Returns without a P only when the program exits. */
static void m_wait_for_p_locked(sched *s, sched_m *m)
{
    sched_p *p = s->gcwaiting ? NULL : pidleget_locked(s);
    if (p == NULL) {
        m->woken = false;
        m->nextp = NULL;
        m->link = s->pwait;
        s->pwait = m;
        XADD(s->npwait, 1);
        preempt_one_locked(s); /* a scheduling point hands us its P */
        while (!m->woken && !s->exiting)
            pthread_cond_wait(&m->park, &s->lock);
        if (m->woken) {
            p = m->nextp;
            m->nextp = NULL;
        } else {
            mlist_remove(&s->pwait, m);
            XADD(s->npwait, -1);
        }
    }
    if (p != NULL)
        acquirep(m, p);
}

void sched_exit_blocking(golem_g *g)
{
    sched_m *m = sched_curm;
    if (m == NULL || g->status != G_SYSCALL)
        return;
    sched *s = m->s;
    sched_p *p = m->oldp;
    m->oldp = NULL;
    XADD(s->nsyscall, -1);
    if (p != NULL && CAS(p->status, P_SYSCALL, P_RUNNING)) {
        acquirep(m, p);
        g->status = G_RUNNING;
        return;
    }
    pthread_mutex_lock(&s->lock);
    m_wait_for_p_locked(s, m);
    pthread_mutex_unlock(&s->lock);
    g->status = G_RUNNING;
}

/* ==== pinned waits ==== */

bool sched_park_pinned(sched *s, golem_g *g,
                       bool (*commit)(golem_g *, void *), void *arg)
{
    sched_m *m = sched_curm;
    if (m == NULL || m->s != s || m->p == NULL)
        return false;
    pthread_mutex_lock(&s->lock);
    m->pin_ready = false;
    s->npinned++;
    __atomic_store_n(&g->pinned_m, m, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&s->lock);
    /* From here a partner may ready g: ready_pinned wakes us. */
    if (commit != NULL && !commit(g, arg))
        ready_pinned(s, g);
    handoffp(s, releasep(m));
    pthread_mutex_lock(&s->lock);
    while (!m->pin_ready && !s->exiting) {
        if (earliest_timer(s) == 0 && checkdead_locked(s, 0)) {
            STORE(s->deadlocked, 1);
            pthread_mutex_unlock(&s->lock);
            if (s->cfg.deadlock != NULL)
                s->cfg.deadlock(s, s->cfg.ctx);
            sched_exit(s, 2);
            pthread_mutex_lock(&s->lock);
            continue;
        }
        pthread_cond_wait(&m->park, &s->lock);
    }
    bool readied = m->pin_ready;
    if (!readied)
        s->npinned--;
    __atomic_store_n(&g->pinned_m, NULL, __ATOMIC_RELEASE);
    if (readied)
        m_wait_for_p_locked(s, m);
    pthread_mutex_unlock(&s->lock);
    if (!readied || m->p == NULL)
        return false;
    g->status = G_RUNNING;
    return true;
}

/* ==== timers ==== */

static void timer_swap(sched_p *p, int32_t i, int32_t j)
{
    sched_timer *a = p->timers[i], *b = p->timers[j];
    p->timers[i] = b;
    p->timers[j] = a;
    b->idx = i;
    a->idx = j;
}

static void timer_sift_up(sched_p *p, int32_t i)
{
    while (i > 0) {
        int32_t parent = (i - 1) / 4;
        if (p->timers[parent]->when <= p->timers[i]->when)
            break;
        timer_swap(p, i, parent);
        i = parent;
    }
}

static void timer_sift_down(sched_p *p, int32_t i)
{
    for (;;) {
        int32_t best = i;
        for (int32_t c = 4 * i + 1; c <= 4 * i + 4 && c < p->ntimers; c++)
            if (p->timers[c]->when < p->timers[best]->when)
                best = c;
        if (best == i)
            return;
        timer_swap(p, i, best);
        i = best;
    }
}

static void timer0_update(sched_p *p)
{
    __atomic_store_n(&p->timer0_when, p->ntimers ? p->timers[0]->when : 0,
                     __ATOMIC_SEQ_CST);
}

static void timer_add_locked(sched_p *p, sched_timer *t)
{
    if (p->ntimers == p->captimers) {
        int32_t nc = p->captimers ? p->captimers * 2 : 16;
        sched_timer **nt = realloc(p->timers, (size_t)nc * sizeof *nt);
        if (nt == NULL)
            sched_throw("runtime: out of memory for timers");
        p->timers = nt;
        p->captimers = nc;
    }
    if (t->when <= 0)
        t->when = 1; /* 0 means "no timer" in timer0_when */
    t->idx = p->ntimers;
    p->timers[p->ntimers++] = t;
    STORE(t->p, p); /* sched_timer_stop peeks without the lock */
    timer_sift_up(p, t->idx);
    timer0_update(p);
}

static void timer_del_locked(sched_p *p, sched_timer *t)
{
    int32_t i = t->idx;
    int32_t last = --p->ntimers;
    if (i != last) {
        p->timers[i] = p->timers[last];
        p->timers[i]->idx = i;
        sched_timer *moved = p->timers[i];
        timer_sift_up(p, i);
        if (p->timers[i] == moved)
            timer_sift_down(p, i);
    }
    STORE(t->p, NULL);
    t->idx = -1;
    timer0_update(p);
}

/* A timer was armed at when: wake the timer sleeper if it sleeps too
   long, or start an M if Ps are idle and none watches the timers. */
static void timer_added(sched *s, int64_t when)
{
    if (__atomic_load_n(&s->npidle, __ATOMIC_SEQ_CST) == 0)
        return; /* every P runs and checks its timers as it schedules */
    pthread_mutex_lock(&s->lock);
    sched_m *sl = s->timer_sleeper;
    if (sl != NULL) {
        if (when < s->sleep_until) {
            s->timer_sleeper = NULL;
            sl->kicked = true;
            pthread_cond_signal(&sl->park);
        }
        pthread_mutex_unlock(&s->lock);
        return;
    }
    pthread_mutex_unlock(&s->lock);
    wakep(s);
}

void sched_timer_start(sched *s, sched_timer *t)
{
    sched_m *m = sched_curm;
    sched_p *p = m != NULL && m->s == s && m->p != NULL ? m->p : &s->allp[0];
    pthread_mutex_lock(&p->timer_lock);
    timer_add_locked(p, t);
    int64_t when = t->when;
    pthread_mutex_unlock(&p->timer_lock);
    timer_added(s, when);
}

bool sched_timer_stop(sched *s, sched_timer *t)
{
    (void)s;
    for (;;) {
        sched_p *p = __atomic_load_n(&t->p, __ATOMIC_ACQUIRE);
        if (p == NULL)
            return false;
        pthread_mutex_lock(&p->timer_lock);
        if (LOADR(t->p) == p) {
            timer_del_locked(p, t);
            pthread_mutex_unlock(&p->timer_lock);
            return true;
        }
        pthread_mutex_unlock(&p->timer_lock);
    }
}

bool sched_timer_reset(sched *s, sched_timer *t, int64_t when)
{
    bool was = sched_timer_stop(s, t);
    t->when = when;
    sched_timer_start(s, t);
    return was;
}

int sched_timers_run(sched *s, sched_p *p, int64_t now)
{
    int fired = 0;
    pthread_mutex_lock(&p->timer_lock);
    while (p->ntimers > 0 && p->timers[0]->when <= now) {
        sched_timer *t = p->timers[0];
        if (t->period > 0) {
            t->when += t->period * (1 + (now - t->when) / t->period);
            timer_sift_down(p, 0);
            timer0_update(p);
        } else {
            timer_del_locked(p, t);
        }
        void (*fire)(sched *, sched_timer *, void *) = t->fire;
        void *arg = t->arg;
        pthread_mutex_unlock(&p->timer_lock);
        fire(s, t, arg);
        fired++;
        pthread_mutex_lock(&p->timer_lock);
    }
    pthread_mutex_unlock(&p->timer_lock);
    return fired;
}

static void run_expired_timers(sched *s, sched_p *p)
{
    int64_t w = __atomic_load_n(&p->timer0_when, __ATOMIC_ACQUIRE);
    if (w != 0 && w <= sched_nanotime())
        sched_timers_run(s, p, sched_nanotime());
}

/* ==== deadlock detection ==== */

/* The calling M (no P; about to park and not yet on the idle list when
   self is 1, or already counted in npinned when 0) is the last one awake
   and nothing can ever ready a G: see the file comment. */
static bool checkdead_locked(sched *s, int32_t self)
{
    if (s->exiting || s->gcwaiting)
        return false;
    if (s->mcount - s->nmidle - s->npinned - self > 0 ||
        LOAD(s->nsyscall) > 0)
        return false;
    if (earliest_timer(s) != 0 || LOAD(s->gq_size) > 0)
        return false;
    for (int32_t i = 0; i < LOADR(s->nprocs); i++)
        if (!runq_empty(&s->allp[i]))
            return false;
    return true;
}

/* ==== finding and running Gs ==== */

static golem_g *steal_work(sched *s, sched_m *m)
{
    sched_p *p = m->p;
    for (int round = 0; round < 4; round++) {
        bool last = round == 3;
        int32_t nprocs = LOADR(s->nprocs);
        uint32_t start = m_fastrand(m) % (uint32_t)nprocs;
        for (int32_t i = 0; i < nprocs; i++) {
            if (LOAD(s->gcwaiting) || LOAD(s->exiting))
                return NULL;
            sched_p *v = &s->allp[(start + (uint32_t)i) % (uint32_t)nprocs];
            if (v == p)
                continue;
            if (last) {
                run_expired_timers(s, v); /* may ready Gs onto p */
                golem_g *g = sched_runq_get(p);
                if (g != NULL)
                    return g;
            }
            golem_g *g = sched_runq_steal(p, v, last);
            if (g != NULL)
                return g;
        }
    }
    return NULL;
}

/* Parks an M that has no P and found no work; returns true holding a P
   (go look again), false when the program is exiting. Called with
   s->lock held; returns with it released. */
static bool idle_park(sched *s, sched_m *m)
{
    bool may_time = true;
    for (;;) {
        if (s->exiting) {
            pthread_mutex_unlock(&s->lock);
            return false;
        }
        int64_t next = s->gcwaiting ? 0 : earliest_timer(s);
        int64_t deadline = 0;
        if (next != 0 && may_time &&
            (s->timer_sleeper == NULL || next < s->sleep_until)) {
            s->timer_sleeper = m;
            s->sleep_until = next;
            deadline = next;
        } else if (next == 0 && checkdead_locked(s, 1)) {
            STORE(s->deadlocked, 1);
            pthread_mutex_unlock(&s->lock);
            if (s->cfg.deadlock != NULL)
                s->cfg.deadlock(s, s->cfg.ctx);
            sched_exit(s, 2);
            pthread_mutex_lock(&s->lock);
            continue;
        }
        if (m_park_locked(s, m, deadline)) {
            acquirep(m, m->nextp);
            m->nextp = NULL;
            pthread_mutex_unlock(&s->lock);
            return true;
        }
        if (s->exiting)
            continue;
        sched_p *p = s->gcwaiting ? NULL : pidleget_locked(s);
        if (p != NULL) {
            acquirep(m, p);
            pthread_mutex_unlock(&s->lock);
            return true;
        }
        may_time = false; /* every P is busy: their Ms run the timers */
    }
}

/* A runnable G for m (which holds a P), or NULL when the program exits.
   Blocks the thread while there is nothing to run. */
static golem_g *find_runnable(sched *s, sched_m *m)
{
top:
    if (LOAD(s->exiting))
        return NULL;
    if (LOAD(s->gcwaiting)) {
        gcstopm(s, m);
        goto top;
    }
    sched_p *p = m->p;
    run_expired_timers(s, p);
    golem_g *g;
    if (p->schedtick % SCHED_GLOBAL_TICK == 0 && LOAD(s->gq_size) > 0 &&
        (g = sched_globq_get(s, p, 1)) != NULL)
        return g;
    if ((g = sched_runq_get(p)) != NULL)
        return g;
    if (LOAD(s->gq_size) > 0 && (g = sched_globq_get(s, p, 0)) != NULL)
        return g;
    int32_t busy = LOADR(s->nprocs) - LOAD(s->npidle);
    if (m->spinning || 2 * LOAD(s->nmspinning) < busy) {
        if (!m->spinning) {
            m->spinning = true;
            XADD(s->nmspinning, 1);
        }
        if ((g = steal_work(s, m)) != NULL)
            return g;
        if (LOAD(s->gcwaiting) || LOAD(s->exiting))
            goto top;
    }
    /* Nothing to do: give up the P. */
    pthread_mutex_lock(&s->lock);
    if (s->gcwaiting || s->exiting) {
        pthread_mutex_unlock(&s->lock);
        goto top;
    }
    if (s->gq_size > 0) {
        g = globq_get_locked(s, p, 0);
        pthread_mutex_unlock(&s->lock);
        return g;
    }
    releasep(m);
    pidleput_locked(s, p);
    bool was_spinning = m->spinning;
    m->spinning = false;
    pthread_mutex_unlock(&s->lock);
    if (was_spinning) {
        XADD(s->nmspinning, -1);
        /* Work may have been queued after we looked: look once more. */
        for (int32_t i = 0; i < LOADR(s->nprocs); i++) {
            if (runq_empty(&s->allp[i]))
                continue;
            pthread_mutex_lock(&s->lock);
            sched_p *np = pidleget_locked(s);
            if (np != NULL) {
                acquirep(m, np);
                pthread_mutex_unlock(&s->lock);
                m->spinning = true;
                XADD(s->nmspinning, 1);
                goto top;
            }
            pthread_mutex_unlock(&s->lock);
            break;
        }
    }
    pthread_mutex_lock(&s->lock);
    if (!idle_park(s, m))
        return NULL;
    goto top;
}

static void execute(sched *s, sched_m *m, golem_g *g)
{
    sched_p *p = m->p;
    STORER(p->schedtick, p->schedtick + 1);
    gc_g_acquire(g); /* (gc-mark3) waits while a mark worker scans g */
    g->status = G_RUNNING;
    STORE(m->curg, g);
    if (LOAD(s->gcwaiting) || LOAD(s->exiting))
        __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
    sched_stop why = s->cfg.run(m, g, s->cfg.ctx);
    STORE(m->curg, NULL);
    /* (gc-mark3) g is off this M: scannable. Before the park commit,
       after which another M may run g (and would wait on this). */
    gc_g_release(g);
    switch (why) {
    case SCHED_PARKED:
        if (m->park_commit != NULL) {
            bool (*commit)(golem_g *, void *) = m->park_commit;
            m->park_commit = NULL;
            if (!commit(g, m->park_arg))
                sched_make_ready(s, g, true);
        }
        break;
    case SCHED_YIELD:
        g->status = G_RUNNABLE;
        sched_globq_put(s, g);
        break;
    case SCHED_DONE:
    case SCHED_EXIT:
        break;
    }
}

/* An M back from a blocking native waits for a P: give it ours (its G
   has a C frame on that thread and cannot move), then idle. Returns false
   when the program exits. */
static bool yield_p_to_waiter(sched *s, sched_m *m)
{
    pthread_mutex_lock(&s->lock);
    if (s->pwait == NULL || s->gcwaiting) {
        pthread_mutex_unlock(&s->lock);
        return true;
    }
    if (m->spinning) {
        m->spinning = false;
        XADD(s->nmspinning, -1);
    }
    pidleput_locked(s, releasep(m));
    return idle_park(s, m);
}

static void schedule_loop(sched *s, sched_m *m)
{
    for (;;) {
        if (LOAD(s->npwait) > 0 && !yield_p_to_waiter(s, m))
            return;
        golem_g *g = find_runnable(s, m);
        if (g == NULL)
            return;
        if (m->spinning)
            reset_spinning(s, m);
        if (m->p == NULL) /* exiting from a blocking call without a P */
            return;
        execute(s, m, g);
    }
}

/* An M leaves: counted out; the last one wakes sched_main. */
static void m_leave(sched *s, sched_m *m)
{
    if (m->p != NULL)
        releasep(m);
    if (m->spinning) {
        m->spinning = false;
        XADD(s->nmspinning, -1);
    }
    pthread_mutex_lock(&s->lock);
    s->mcount--;
    pthread_cond_broadcast(&s->exitnote);
    pthread_mutex_unlock(&s->lock);
}

static void *m_thread(void *arg)
{
    sched_m *m = arg;
    sched *s = m->s;
    sched_curm = m;
    pthread_mutex_lock(&s->lock);
    sched_p *p = m->nextp;
    m->nextp = NULL;
    acquirep(m, p);
    pthread_mutex_unlock(&s->lock);
    schedule_loop(s, m);
    m_leave(s, m);
    sched_curm = NULL;
    return NULL;
}

/* ==== sysmon ==== */

/* Preempts Gs running > 10 ms; retakes Ps stuck in blocking natives. */
static bool retake(sched *s, int64_t now)
{
    bool busy = false;
    for (int32_t i = 0; i < LOADR(s->nprocs); i++) {
        sched_p *p = &s->allp[i];
        int32_t st = LOAD(p->status);
        if (st == P_RUNNING) {
            busy = true;
            uint32_t t = LOADR(p->schedtick);
            if (p->sysmon_tick != t) {
                p->sysmon_tick = t;
                p->sysmon_when = now;
            } else if (now - p->sysmon_when >= SCHED_PREEMPT_NS) {
                sched_m *m = LOAD(p->m);
                golem_g *g = m ? LOAD(m->curg) : NULL;
                if (g != NULL)
                    __atomic_store_n(&g->preempt, 1, __ATOMIC_RELEASE);
                p->sysmon_when = now;
            }
        } else if (st == P_SYSCALL) {
            busy = true;
            uint32_t t = LOADR(p->syscalltick);
            if (p->sysmon_syscalltick != t) {
                p->sysmon_syscalltick = t;
                p->sysmon_when = now;
                continue;
            }
            if (runq_empty(p) &&
                LOAD(s->nmspinning) + LOAD(s->npidle) > 0 &&
                now - p->sysmon_when < SCHED_PREEMPT_NS)
                continue;
            if (CAS(p->status, P_SYSCALL, P_IDLE)) {
                STORER(p->syscalltick, p->syscalltick + 1);
                handoffp(s, p);
            }
        }
    }
    return busy;
}

static void *sysmon_main(void *arg)
{
    sched *s = arg;
    int64_t period = SYSMON_BUSY_NS;
    pthread_mutex_lock(&s->lock);
    while (!s->sysmon_stop) {
        struct timespec ts = abs_monotonic(sched_nanotime() + period);
        pthread_cond_timedwait(&s->sysmon_note, &s->lock, &ts);
        if (s->sysmon_stop)
            break;
        if (s->gcwaiting)
            continue;
        pthread_mutex_unlock(&s->lock);
        bool busy = retake(s, sched_nanotime());
        period = busy ? SYSMON_BUSY_NS : SYSMON_IDLE_NS;
        gc_sysmon(s->vm, busy); /* (GC) forced and idle collections */
        pthread_mutex_lock(&s->lock);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

void sched_sysmon_start(sched *s)
{
    if (s->sysmon_started)
        return;
    s->sysmon_stop = 0;
    if (pthread_create(&s->sysmon_thread, NULL, sysmon_main, s) == 0)
        s->sysmon_started = true;
}

void sched_sysmon_stop(sched *s)
{
    if (!s->sysmon_started)
        return;
    pthread_mutex_lock(&s->lock);
    s->sysmon_stop = 1;
    pthread_cond_signal(&s->sysmon_note);
    pthread_mutex_unlock(&s->lock);
    pthread_join(s->sysmon_thread, NULL);
    s->sysmon_started = false;
}

/* ==== lifetime ==== */

int sched_default_procs(void)
{
    const char *env = getenv("GOMAXPROCS");
    if (env != NULL) {
        long n = strtol(env, NULL, 10);
        if (n > 0)
            return n > SCHED_MAX_PROCS ? SCHED_MAX_PROCS : (int)n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    return n > SCHED_MAX_PROCS ? SCHED_MAX_PROCS : (int)n;
}

/* Makes allp[0..id] usable (each once; Ps live until sched_free). */
static void p_init(sched *s, int32_t id)
{
    while (s->ninit <= id) {
        sched_p *p = &s->allp[s->ninit];
        p->id = s->ninit;
        pthread_mutex_init(&p->timer_lock, NULL);
        STORE(p->status, P_STOPPED);
        s->ninit++;
    }
}

sched *sched_new(golem_vm *vm, const sched_config *cfg)
{
    sched *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    s->vm = vm;
    s->cfg = *cfg;
    s->nprocs = cfg->nprocs > 0 ? (cfg->nprocs > SCHED_MAX_PROCS
                                       ? SCHED_MAX_PROCS : cfg->nprocs)
                                : sched_default_procs();
    /* calloc'd pages of unused Ps are never touched */
    s->allp = calloc(SCHED_MAX_PROCS, sizeof *s->allp);
    if (s->allp == NULL) {
        free(s);
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_mutex_init(&s->stw_lock, NULL);
    pthread_mutex_init(&s->glock, NULL);
    cond_init_monotonic(&s->stopnote);
    cond_init_monotonic(&s->exitnote);
    cond_init_monotonic(&s->sysmon_note);
    for (int32_t i = s->nprocs - 1; i >= 0; i--) {
        p_init(s, i);
        pidleput_locked(s, &s->allp[i]);
    }
    return s;
}

/* Empties a P leaving service (world stopped, s->lock held): its queued
   Gs go to the global queue, its timers to `heir`'s heap. */
static void p_retire_locked(sched *s, sched_p *p, sched_p *heir)
{
    golem_g *g;
    while ((g = sched_runq_get(p)) != NULL)
        globq_put_batch_locked(s, g, g, 1);
    /* Only sched_set_procs nests two timer locks, under stw_lock. */
    pthread_mutex_lock(&p->timer_lock);
    pthread_mutex_lock(&heir->timer_lock);
    while (p->ntimers > 0) {
        sched_timer *t = p->timers[p->ntimers - 1];
        timer_del_locked(p, t);
        timer_add_locked(heir, t);
    }
    pthread_mutex_unlock(&heir->timer_lock);
    pthread_mutex_unlock(&p->timer_lock);
    STORE(p->m, NULL);
    STORE(p->status, P_DEAD);
}

int sched_procs(const sched *s)
{
    return __atomic_load_n(&s->nprocs, __ATOMIC_RELAXED);
}

int sched_set_procs(sched *s, int n)
{
    int old = sched_procs(s);
    if (n <= 0 || n == old)
        return old;
    if (n > SCHED_MAX_PROCS)
        n = SCHED_MAX_PROCS;
    sched_stop_the_world(s, "GOMAXPROCS");
    pthread_mutex_lock(&s->lock);
    old = s->nprocs;
    if (!s->exiting && n != old) {
        p_init(s, n - 1);
        for (int32_t i = old; i < n; i++)
            STORE(s->allp[i].status, P_STOPPED); /* start_the_world idles it */
        for (int32_t i = n; i < old; i++)
            p_retire_locked(s, &s->allp[i], &s->allp[0]);
        sched_m *self = sched_curm;
        if (self != NULL && self->s == s && self->p != NULL &&
            self->p->id >= n) {
            /* Our own P goes away: continue on P0 (stopped like the rest;
               start_the_world marks it running as the caller's). */
            self->p = NULL;
            acquirep(self, &s->allp[0]);
            STORE(s->allp[0].status, P_STOPPED);
        }
        STORE(s->nprocs, n);
    }
    pthread_mutex_unlock(&s->lock);
    sched_start_the_world(s);
    return old;
}

void sched_free(sched *s)
{
    if (s == NULL)
        return;
    sched_sysmon_stop(s);
    for (sched_m *m = s->allm, *next; m != NULL; m = next) {
        next = m->alllink;
        pthread_cond_destroy(&m->park);
        free(m);
    }
    for (int32_t i = 0; i < s->ninit; i++) {
        pthread_mutex_destroy(&s->allp[i].timer_lock);
        free(s->allp[i].timers);
    }
    free(s->allp);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->stw_lock);
    pthread_mutex_destroy(&s->glock);
    pthread_cond_destroy(&s->stopnote);
    pthread_cond_destroy(&s->exitnote);
    pthread_cond_destroy(&s->sysmon_note);
    free(s);
}

/* Signals every M's condition variable (idle, waiting for a P, pinned):
   each wait loop rechecks its condition, and s->exiting ends them. */
static void wake_all_locked(sched *s)
{
    for (sched_m *m = s->allm; m != NULL; m = m->alllink)
        pthread_cond_signal(&m->park);
}

void sched_exit(sched *s, int code)
{
    pthread_mutex_lock(&s->lock);
    if (!s->exiting) {
        s->exit_code = code;
        STORE(s->exiting, 1);
    }
    wake_all_locked(s);
    pthread_cond_broadcast(&s->stopnote);
    preempt_all_locked(s);
    pthread_mutex_unlock(&s->lock);
}

int sched_main(sched *s, golem_g *main_g)
{
    sched_m *prev = sched_curm;
    pthread_mutex_lock(&s->lock);
    sched_m *m0 = m_new_locked(s);
    m0->is_main = true;
    m0->thread = pthread_self();
    s->mcount++;
    pidle_remove_locked(s, &s->allp[0]);
    acquirep(m0, &s->allp[0]);
    pthread_mutex_unlock(&s->lock);
    sched_curm = m0;
    /* main is made ready before the scheduler counts as started, so no M
       is woken to look for work that is already M0's (Go's mainStarted):
       a program of one goroutine starts no extra M */
    sched_make_ready(s, main_g, false);
    STORE(s->started, 1);
    sched_sysmon_start(s);
    schedule_loop(s, m0);
    m_leave(s, m0);
    /* Wait for the other Ms (they stop at their next scheduling point). */
    pthread_mutex_lock(&s->lock);
    while (s->mcount > 0) {
        struct timespec ts = abs_monotonic(sched_nanotime() + STW_RETRY_NS);
        pthread_cond_timedwait(&s->exitnote, &s->lock, &ts);
        wake_all_locked(s);
        preempt_all_locked(s);
    }
    pthread_mutex_unlock(&s->lock);
    for (sched_m *m = s->allm; m != NULL; m = m->alllink) {
        if (!m->is_main && !m->joined)
            pthread_join(m->thread, NULL);
        m->joined = true;
    }
    sched_sysmon_stop(s);
    sched_curm = prev;
    return s->exit_code;
}
