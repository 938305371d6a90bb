/*
 * test_sched.c - unit tests of vm/sched.c, the M:N scheduler, with fake
 * goroutines: a fake G is a golem_g embedded in a struct that says what
 * the run hook should do with it (spawn workers, burn CPU while polling
 * the preempt flag as the interpreter does, sleep on a timer, block in a
 * "native"). Properties checked:
 *   - local run queues: FIFO order, runnext first, overflow of half a ring
 *     to the global queue, the global queue's fair share;
 *   - stealing under contention: an owner pushing and popping while three
 *     thieves steal; every G is taken exactly once;
 *   - the timer heap fires in `when` order; stopped timers never fire;
 *     reset moves them; tickers repeat;
 *   - the whole scheduler: 2000 Gs on 4 Ps all run, on several Ms;
 *     sleeping Gs wake after their deadline; a blocking native lets the
 *     other Gs run on its P; "all goroutines are asleep" is detected
 *     (and not while a timer is pending); stop-the-world stops every G and
 *     reports its latency; a G blocked in a "native callback" waits pinned
 *     to its M while the P runs others (and a pinned deadlock is still
 *     reported); GOMAXPROCS changes while Gs run.
 *
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "gosched.h"
#include "harness.h"
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


/* run(), with the property's duration after its name. */
static void run_timed(const char *name, bool (*fn)(void))
{
    int64_t t0 = sched_nanotime();
    bool ok = fn();
    char label[256];
    snprintf(label, sizeof label, "%s (%.0f ms)", name,
             (sched_nanotime() - t0) / 1e6);
    report(label, ok);
}

/* ---- fake goroutines ---- */

enum { FK_MAIN, FK_WORKER, FK_SLEEPER, FK_SPIN, FK_BLOCKER, FK_PARK,
       FK_PINNER, FK_WAKER };

typedef struct fake_g {
    golem_g g;           /* first: a golem_g * is a fake_g * */
    int kind, state;
    int64_t id;
    int64_t work;        /* worker: steps left */
    int64_t wake_at;     /* sleeper: deadline */
    int64_t woke_at;
    int32_t ran_on_m;
    sched_timer timer;
} fake_g;

/* The world a scheduler test runs in. */
typedef struct world {
    sched *s;
    fake_g *main;
    fake_g *gs;
    int n;
    int kind;            /* what main spawns */
    pthread_mutex_t lock;
    int done;
    bool main_waiting;
    int64_t counter;     /* spinners' progress */
    int64_t spin_stop;
    int deadlocks;
    uint64_t m_seen;     /* bit per M id that ran a worker */
    int64_t blocked_progress;
    golem_g *pinned;     /* the pinner, once its wait is committed */
    int pinned_same_m;   /* pinners that resumed on their own M */
} world;

static fake_g *fg(golem_g *g)
{
    return (fake_g *)g;
}

static bool main_wait_commit(golem_g *g, void *arg)
{
    world *w = arg;
    (void)g;
    pthread_mutex_lock(&w->lock);
    bool park = w->done < w->n;
    w->main_waiting = park;
    pthread_mutex_unlock(&w->lock);
    return park;
}

static void g_finished(world *w)
{
    pthread_mutex_lock(&w->lock);
    bool wake = ++w->done == w->n && w->main_waiting;
    if (wake)
        w->main_waiting = false;
    pthread_mutex_unlock(&w->lock);
    if (wake)
        sched_make_ready(w->s, &w->main->g, true);
}

static void timer_ready(sched *s, sched_timer *t, void *arg)
{
    (void)t;
    sched_make_ready(s, arg, false);
}

static bool sleep_commit(golem_g *g, void *arg)
{
    world *w = arg;
    sched_timer_start(w->s, &fg(g)->timer);
    return true;
}

static bool polls_preempt(golem_g *g)
{
    if (__atomic_load_n(&g->preempt, __ATOMIC_ACQUIRE)) {
        __atomic_store_n(&g->preempt, 0, __ATOMIC_RELAXED);
        return true;
    }
    return false;
}

static sched_stop run_main(sched_m *m, fake_g *f, world *w)
{
    if (f->state == 0) {
        f->state = 1;
        for (int i = 0; i < w->n; i++)
            sched_make_ready(w->s, &w->gs[i].g, false);
        sched_set_park_commit(m, main_wait_commit, w);
        f->g.status = G_WAITING;
        return SCHED_PARKED;
    }
    sched_exit(w->s, 0);
    return SCHED_EXIT;
}

static bool pin_commit(golem_g *g, void *arg)
{
    __atomic_store_n(&((world *)arg)->pinned, g, __ATOMIC_RELEASE);
    return true;
}

/* A G blocked inside a "native callback": it waits on its own thread. */
static sched_stop run_pinner(sched_m *m, golem_g *g, world *w)
{
    g->status = G_WAITING;
    if (!sched_park_pinned(w->s, g, pin_commit, w))
        return SCHED_EXIT; /* deadlock or exit: no P any more */
    if (sched_curm == m && m->p != NULL)
        __atomic_add_fetch(&w->pinned_same_m, 1, __ATOMIC_RELAXED);
    g->status = G_DEAD;
    g_finished(w);
    return SCHED_DONE;
}

/* Waits (yielding) until the pinner is parked, then readies it. */
static sched_stop run_waker(golem_g *g, world *w)
{
    golem_g *p;
    while ((p = __atomic_load_n(&w->pinned, __ATOMIC_ACQUIRE)) == NULL)
        if (polls_preempt(g))
            return SCHED_YIELD;
    sched_make_ready(w->s, p, false);
    g->status = G_DEAD;
    g_finished(w);
    return SCHED_DONE;
}

static sched_stop run_hook(sched_m *m, golem_g *g, void *ctx)
{
    world *w = ctx;
    fake_g *f = fg(g);
    switch (f->kind) {
    case FK_MAIN:
        return run_main(m, f, w);
    case FK_WORKER:
        __atomic_or_fetch(&w->m_seen, UINT64_C(1) << (m->id & 63),
                          __ATOMIC_RELAXED);
        for (volatile int64_t x = 0; f->work > 0; f->work--) {
            x += f->work;
            if ((f->work & 255) == 0 && polls_preempt(g))
                return SCHED_YIELD;
        }
        g->status = G_DEAD;
        g_finished(w);
        return SCHED_DONE;
    case FK_SLEEPER:
        if (f->state == 0) {
            f->state = 1;
            f->timer.when = f->wake_at;
            f->timer.fire = timer_ready;
            f->timer.arg = g;
            sched_set_park_commit(m, sleep_commit, w);
            g->status = G_WAITING;
            return SCHED_PARKED;
        }
        f->woke_at = sched_nanotime();
        g->status = G_DEAD;
        g_finished(w);
        return SCHED_DONE;
    case FK_SPIN:
        while (!__atomic_load_n(&w->spin_stop, __ATOMIC_ACQUIRE)) {
            __atomic_add_fetch(&w->counter, 1, __ATOMIC_RELAXED);
            if (polls_preempt(g))
                return SCHED_YIELD;
        }
        g->status = G_DEAD;
        g_finished(w);
        return SCHED_DONE;
    case FK_BLOCKER: {
        int64_t before = __atomic_load_n(&w->counter, __ATOMIC_ACQUIRE);
        sched_enter_blocking(g);
        /* 100 ms, longer (up to 5 s) until the spinner moved: on a loaded
           machine a new M may take a while to get a CPU */
        struct timespec ts = {0, 10 * 1000 * 1000};
        for (int i = 0; i < 500; i++) {
            nanosleep(&ts, NULL);
            if (i >= 9 && __atomic_load_n(&w->counter, __ATOMIC_ACQUIRE) !=
                              before)
                break;
        }
        sched_exit_blocking(g);
        w->blocked_progress =
            __atomic_load_n(&w->counter, __ATOMIC_ACQUIRE) - before;
        __atomic_store_n(&w->spin_stop, 1, __ATOMIC_RELEASE);
        g->status = G_DEAD;
        g_finished(w);
        return SCHED_DONE;
    }
    case FK_PARK: /* blocks forever */
        g->status = G_WAITING;
        return SCHED_PARKED;
    case FK_PINNER:
        return run_pinner(m, g, w);
    case FK_WAKER:
        return run_waker(g, w);
    }
    return SCHED_DONE;
}

static void on_deadlock(sched *s, void *ctx)
{
    (void)s;
    ((world *)ctx)->deadlocks++;
}

static void world_init(world *w, int nprocs, int n, int kind)
{
    memset(w, 0, sizeof *w);
    pthread_mutex_init(&w->lock, NULL);
    sched_config cfg = {nprocs, run_hook, on_deadlock, w};
    w->s = sched_new(NULL, &cfg);
    w->n = n;
    w->kind = kind;
    w->main = calloc(1, sizeof *w->main);
    w->main->kind = FK_MAIN;
    w->gs = calloc((size_t)(n ? n : 1), sizeof *w->gs);
    for (int i = 0; i < n; i++) {
        w->gs[i].kind = kind;
        w->gs[i].id = i;
        w->gs[i].g.goid = i + 2;
    }
}

static void world_free(world *w)
{
    sched_free(w->s);
    free(w->main);
    free(w->gs);
    pthread_mutex_destroy(&w->lock);
}

/* ---- run queues ---- */

static bool test_runq_fifo_overflow(void)
{
    sched_config cfg = {2, run_hook, NULL, NULL};
    sched *s = sched_new(NULL, &cfg);
    sched_p *p = &s->allp[0];
    enum { N = 300 };
    golem_g *gs = calloc(N, sizeof *gs);
    for (int i = 0; i < N; i++)
        sched_runq_put(s, p, &gs[i], false);
    /* 256 filled the ring; the 257th moved 128 + itself to the global
       queue; 43 more followed. */
    CHECK(sched_runq_len(p) == 128 + 43);
    CHECK(s->gq_size == 129);
    int seen[N] = {0};
    golem_g *g, *prev = NULL;
    while ((g = sched_runq_get(p)) != NULL) {
        CHECK(prev == NULL || g > prev); /* FIFO */
        prev = g;
        seen[g - gs]++;
    }
    while (s->gq_size > 0) {
        g = sched_globq_get(s, p, 1);
        seen[g - gs]++;
    }
    for (int i = 0; i < N; i++)
        CHECK(seen[i] == 1);
    free(gs);
    sched_free(s);
    return true;
}

static bool test_runnext_first(void)
{
    sched_config cfg = {1, run_hook, NULL, NULL};
    sched *s = sched_new(NULL, &cfg);
    sched_p *p = &s->allp[0];
    golem_g a = {0}, b = {0}, c = {0};
    sched_runq_put(s, p, &a, false);
    sched_runq_put(s, p, &b, true);
    sched_runq_put(s, p, &c, true); /* kicks b to the tail */
    CHECK(sched_runq_get(p) == &c);
    CHECK(sched_runq_get(p) == &a);
    CHECK(sched_runq_get(p) == &b);
    CHECK(sched_runq_get(p) == NULL);
    sched_free(s);
    return true;
}

static bool test_globq_fair_share(void)
{
    sched_config cfg = {2, run_hook, NULL, NULL};
    sched *s = sched_new(NULL, &cfg);
    golem_g *gs = calloc(100, sizeof *gs);
    for (int i = 0; i < 100; i++)
        sched_globq_put(s, &gs[i]);
    golem_g *g = sched_globq_get(s, &s->allp[0], 0);
    CHECK(g == &gs[0]);
    CHECK(sched_runq_len(&s->allp[0]) == 50); /* 100/2 + 1 taken */
    CHECK(s->gq_size == 49);
    CHECK(sched_runq_get(&s->allp[0]) == &gs[1]);
    free(gs);
    sched_free(s);
    return true;
}

/* Stealing under contention. */
enum { STEAL_N = 20000, THIEVES = 3 };

typedef struct steal_ctx {
    sched *s;
    golem_g *gs;
    int *taken;
    volatile int owner_done;
    int64_t stolen[THIEVES + 1];
} steal_ctx;

typedef struct thief_arg {
    steal_ctx *c;
    int idx;
} thief_arg;

static void take(steal_ctx *c, golem_g *g)
{
    __atomic_add_fetch(&c->taken[g - c->gs], 1, __ATOMIC_RELAXED);
}

static void *thief_main(void *arg)
{
    thief_arg *a = arg;
    steal_ctx *c = a->c;
    sched_p *mine = &c->s->allp[a->idx];
    for (;;) {
        bool last = __atomic_load_n(&c->owner_done, __ATOMIC_ACQUIRE);
        golem_g *g = sched_runq_steal(mine, &c->s->allp[0], true);
        if (g == NULL && last)
            break;
        if (g == NULL) {
            sched_yield(); /* give the owner the core */
            continue;
        }
        take(c, g);
        c->stolen[a->idx]++;
        while ((g = sched_runq_get(mine)) != NULL) {
            take(c, g);
            c->stolen[a->idx]++;
        }
    }
    return NULL;
}

static bool test_steal_contention(void)
{
    sched_config cfg = {THIEVES + 1, run_hook, NULL, NULL};
    steal_ctx c = {0};
    c.s = sched_new(NULL, &cfg);
    c.gs = calloc(STEAL_N, sizeof *c.gs);
    c.taken = calloc(STEAL_N, sizeof *c.taken);
    pthread_t th[THIEVES];
    thief_arg ta[THIEVES];
    for (int i = 0; i < THIEVES; i++) {
        ta[i] = (thief_arg){&c, i + 1};
        pthread_create(&th[i], NULL, thief_main, &ta[i]);
    }
    sched_p *p = &c.s->allp[0];
    golem_g *g;
    for (int i = 0; i < STEAL_N; i++) {
        sched_runq_put(c.s, p, &c.gs[i], (i % 7) == 0);
        if (i % 3 == 0 && (g = sched_runq_get(p)) != NULL)
            take(&c, g);
        if (i % 64 == 0)
            sched_yield(); /* let the thieves in, even on one core */
    }
    __atomic_store_n(&c.owner_done, 1, __ATOMIC_RELEASE);
    while ((g = sched_runq_get(p)) != NULL)
        take(&c, g);
    for (int i = 0; i < THIEVES; i++)
        pthread_join(th[i], NULL);
    while ((g = sched_globq_get(c.s, p, 1)) != NULL)
        take(&c, g);
    int64_t stolen = 0;
    for (int i = 1; i <= THIEVES; i++)
        stolen += c.stolen[i];
    bool once = true;
    for (int i = 0; i < STEAL_N; i++)
        once &= c.taken[i] == 1;
    printf("  steal: %d Gs, %lld stolen by %d thieves\n", STEAL_N,
           (long long)stolen, THIEVES);
    free(c.gs);
    free(c.taken);
    sched_free(c.s);
    CHECK(once);
    return true;
}

/* ---- timers ---- */

typedef struct timer_log {
    int64_t fired[4096];
    int n;
    int ticks;
} timer_log;

static void log_fire(sched *s, sched_timer *t, void *arg)
{
    (void)s;
    timer_log *l = arg;
    if (t->period > 0)
        l->ticks++;
    else
        l->fired[l->n++] = t->when;
}

static bool test_timer_heap_order(void)
{
    sched_config cfg = {1, run_hook, NULL, NULL};
    sched *s = sched_new(NULL, &cfg);
    enum { N = 2000 };
    static sched_timer ts[N];
    static timer_log log;
    memset(&log, 0, sizeof log);
    uint64_t r = 12345;
    int expect = 0;
    for (int i = 0; i < N; i++) {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        ts[i] = (sched_timer){.when = 1000 + (int64_t)(r >> 44),
                              .fire = log_fire, .arg = &log};
        sched_timer_start(s, &ts[i]);
    }
    for (int i = 0; i < N; i += 3)
        CHECK(sched_timer_stop(s, &ts[i]));
    for (int i = 0; i < N; i += 3)
        CHECK(!sched_timer_stop(s, &ts[i])); /* already stopped */
    for (int i = 1; i < N; i += 5)
        sched_timer_reset(s, &ts[i], 500 + i);
    for (int i = 0; i < N; i++)
        expect += i % 3 != 0 || (i % 5 == 1);
    sched_timer tick = {.when = 100, .period = 1000, .fire = log_fire,
                        .arg = &log};
    sched_timer_start(s, &tick);
    int64_t end = (int64_t)1 << 21;
    for (int64_t now = 0; now <= end; now += 997)
        sched_timers_run(s, &s->allp[0], now);
    sched_timer_stop(s, &tick);
    CHECK(log.n == expect);
    for (int i = 1; i < log.n; i++) {
        if (log.fired[i - 1] > log.fired[i])
            fprintf(stderr, "  fired[%d]=%lld > fired[%d]=%lld\n", i - 1,
                    (long long)log.fired[i - 1], i, (long long)log.fired[i]);
        CHECK(log.fired[i - 1] <= log.fired[i]);
    }
    /* ticks at 100, 1100, ... up to the last run (<= end). */
    int64_t last_now = end / 997 * 997;
    CHECK(log.ticks >= (last_now - 100) / 1000 - 2 &&
          log.ticks <= (last_now - 100) / 1000 + 1);
    CHECK(s->allp[0].ntimers == 0);
    sched_free(s);
    return true;
}

/* ---- the whole scheduler ---- */

static bool test_sched_runs_all(void)
{
    world w;
    enum { N = 2000 };
    world_init(&w, 4, N, FK_WORKER);
    for (int i = 0; i < N; i++)
        w.gs[i].work = 2000 + (i % 7) * 20000;
    int code = sched_main(w.s, &w.main->g);
    int ms = __builtin_popcountll(w.m_seen);
    printf("  %d workers on 4 Ps: %d Ms ran them\n", N, ms);
    bool ok = code == 0 && w.done == N && w.deadlocks == 0;
    for (int i = 0; i < N; i++)
        ok &= w.gs[i].work == 0;
    world_free(&w);
    CHECK(ok);
    CHECK(ms >= 2);
    return true;
}

static bool test_gomaxprocs_one(void)
{
    world w;
    world_init(&w, 1, 300, FK_WORKER);
    for (int i = 0; i < 300; i++)
        w.gs[i].work = 1000;
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 0 && w.done == 300 && w.m_seen == 1;
    world_free(&w);
    CHECK(ok);
    return true;
}

static bool test_sleepers_wake_in_order(void)
{
    world w;
    enum { N = 200 };
    world_init(&w, 2, N, FK_SLEEPER);
    int64_t t0 = sched_nanotime();
    for (int i = 0; i < N; i++)
        w.gs[i].wake_at = t0 + (1 + i % 20) * 1000000;
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 0 && w.done == N && w.deadlocks == 0;
    int64_t worst = 0;
    for (int i = 0; i < N; i++) {
        ok &= w.gs[i].woke_at >= w.gs[i].wake_at;
        if (w.gs[i].woke_at - w.gs[i].wake_at > worst)
            worst = w.gs[i].woke_at - w.gs[i].wake_at;
    }
    printf("  %d sleepers: latest wake-up %.2f ms late\n", N, worst / 1e6);
    world_free(&w);
    CHECK(ok);
    return true;
}

static bool test_deadlock_detected(void)
{
    world w;
    world_init(&w, 2, 3, FK_PARK); /* main waits for 3 Gs that never end */
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 2 && w.deadlocks == 1;
    world_free(&w);
    CHECK(ok);
    return true;
}

static bool test_no_deadlock_while_timer_pending(void)
{
    world w;
    world_init(&w, 2, 1, FK_SLEEPER);
    w.gs[0].wake_at = sched_nanotime() + 30000000; /* 30 ms */
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 0 && w.deadlocks == 0 && w.done == 1;
    world_free(&w);
    CHECK(ok);
    return true;
}

static bool test_blocking_native_releases_p(void)
{
    world w;
    /* One P: a spinner and a blocker. While the blocker sleeps in its
       "native", the spinner must run (on another M, with the P). */
    world_init(&w, 1, 2, FK_SPIN);
    w.gs[1].kind = FK_BLOCKER;
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 0 && w.done == 2 && w.blocked_progress > 0;
    printf("  spinner progress during a 100 ms blocking call: %lld\n",
           (long long)w.blocked_progress);
    world_free(&w);
    CHECK(ok);
    return true;
}

static void *sched_thread(void *arg)
{
    world *w = arg;
    sched_main(w->s, &w->main->g);
    return NULL;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static bool test_stop_the_world_latency(void)
{
    world w;
    enum { NSPIN = 6, ROUNDS = 30 };
    world_init(&w, 4, NSPIN, FK_SPIN);
    pthread_t th;
    pthread_create(&th, NULL, sched_thread, &w);
    struct timespec ms5 = {0, 5000000};
    nanosleep(&ms5, NULL);
    int64_t lat[ROUNDS];
    bool frozen = true;
    for (int i = 0; i < ROUNDS; i++) {
        lat[i] = sched_stop_the_world(w.s, "test");
        int64_t c0 = __atomic_load_n(&w.counter, __ATOMIC_ACQUIRE);
        struct timespec ms1 = {0, 1000000};
        nanosleep(&ms1, NULL);
        frozen &= __atomic_load_n(&w.counter, __ATOMIC_ACQUIRE) == c0;
        sched_start_the_world(w.s);
        nanosleep(&ms1, NULL);
    }
    __atomic_store_n(&w.spin_stop, 1, __ATOMIC_RELEASE);
    pthread_join(th, NULL);
    qsort(lat, ROUNDS, sizeof lat[0], cmp_i64);
    printf("  stop-the-world over %d spinning Gs on 4 Ps: median %.1f us, "
           "max %.1f us\n",
           NSPIN, lat[ROUNDS / 2] / 1e3, lat[ROUNDS - 1] / 1e3);
    bool ok = w.done == NSPIN && w.deadlocks == 0;
    world_free(&w);
    CHECK(ok);
    CHECK(frozen);
    CHECK(lat[ROUNDS / 2] < 50000000); /* generous: shared CI cores */
    return true;
}

static bool test_two_schedulers_at_once(void)
{
    world a, b;
    world_init(&a, 2, 100, FK_WORKER);
    world_init(&b, 2, 100, FK_WORKER);
    for (int i = 0; i < 100; i++)
        a.gs[i].work = b.gs[i].work = 5000;
    pthread_t ta, tb;
    pthread_create(&ta, NULL, sched_thread, &a);
    pthread_create(&tb, NULL, sched_thread, &b);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    bool ok = a.done == 100 && b.done == 100;
    world_free(&a);
    world_free(&b);
    CHECK(ok);
    return true;
}

static bool test_pinned_wait_on_one_p(void)
{
    world w;
    /* One P: the pinner blocks its thread; the waker must get the P on
       another M, ready it, and the pinner resumes on its own M. */
    world_init(&w, 1, 2, FK_PINNER);
    w.gs[1].kind = FK_WAKER;
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 0 && w.done == 2 && w.deadlocks == 0 &&
              w.pinned_same_m == 1;
    world_free(&w);
    CHECK(ok);
    return true;
}

static bool test_pinned_deadlock_detected(void)
{
    world w;
    world_init(&w, 2, 1, FK_PINNER); /* nobody readies it */
    int code = sched_main(w.s, &w.main->g);
    bool ok = code == 2 && w.deadlocks == 1;
    world_free(&w);
    CHECK(ok);
    return true;
}

static bool test_gomaxprocs_while_running(void)
{
    world w;
    enum { N = 3000 };
    world_init(&w, 2, N, FK_WORKER);
    for (int i = 0; i < N; i++)
        w.gs[i].work = 3000 + (i % 5) * 10000;
    pthread_t th;
    pthread_create(&th, NULL, sched_thread, &w);
    static const int sizes[] = {1, 4, 2, 8, 1, 3};
    int changes = 0;
    struct timespec ms1 = {0, 1000000};
    for (;;) {
        pthread_mutex_lock(&w.lock);
        int done = w.done;
        pthread_mutex_unlock(&w.lock);
        if (done >= N / 2)
            break;
        sched_set_procs(w.s, sizes[changes++ % 6]);
        nanosleep(&ms1, NULL);
    }
    pthread_join(th, NULL);
    printf("  %d workers done across %d GOMAXPROCS changes\n", N, changes);
    bool ok = w.done == N && w.deadlocks == 0;
    for (int i = 0; i < N; i++)
        ok &= w.gs[i].work == 0;
    world_free(&w);
    CHECK(ok);
    return true;
}

int main(void)
{
    run_timed("runq_fifo_and_overflow_to_global", test_runq_fifo_overflow);
    run_timed("runq_runnext_first", test_runnext_first);
    run_timed("globq_fair_share", test_globq_fair_share);
    run_timed("runq_steal_under_contention", test_steal_contention);
    run_timed("timer_heap_order_stop_reset_ticker", test_timer_heap_order);
    run_timed("sched_runs_all_gs_on_several_ms", test_sched_runs_all);
    run_timed("sched_gomaxprocs_1_uses_one_m", test_gomaxprocs_one);
    run_timed("sched_sleepers_wake_after_deadline", test_sleepers_wake_in_order);
    run_timed("sched_deadlock_detected", test_deadlock_detected);
    run_timed("sched_no_deadlock_while_timer_pending",
        test_no_deadlock_while_timer_pending);
    run_timed("sched_blocking_native_releases_p", test_blocking_native_releases_p);
    run_timed("sched_stop_the_world_latency", test_stop_the_world_latency);
    run_timed("sched_two_schedulers_at_once", test_two_schedulers_at_once);
    run_timed("sched_pinned_wait_hands_p_over", test_pinned_wait_on_one_p);
    run_timed("sched_pinned_wait_deadlock_detected",
        test_pinned_deadlock_detected);
    run_timed("sched_gomaxprocs_changes_while_running",
        test_gomaxprocs_while_running);
    return failures ? 1 : 0;
}
