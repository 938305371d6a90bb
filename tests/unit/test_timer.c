/*
 * test_timer.c - unit tests of vm/sched.c's timers: per-P 4-ary heaps
 * under the P's timer lock, driven directly (no scheduler running; the
 * caller is no M, so sched_timer_start arms on P0). Properties checked:
 *   - after any mix of start, stop and reset the heap is a valid 4-ary
 *     min-heap, every entry knows its index and its P, and timer0_when
 *     mirrors the root;
 *   - timers fire in `when` order, each once per arming; a stopped timer
 *     never fires; stop reports whether the timer was still pending;
 *   - a ticker re-arms at the next multiple of its period, skipping the
 *     periods it missed rather than firing for each;
 *   - stop and reset from several threads racing one thread that runs the
 *     expired timers: a timer whose stop returned true does not fire for
 *     that arming, and fired + successfully stopped == armed;
 *   - sched_set_procs (GOMAXPROCS) moves the timers of removed Ps to P0,
 *     keeping the heap valid.
 *
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "gosched.h"
#include "harness.h"
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>



static sched_stop no_run(sched_m *m, golem_g *g, void *ctx)
{
    (void)m;
    (void)g;
    (void)ctx;
    return SCHED_DONE;
}

static sched *new_sched(int nprocs)
{
    sched_config cfg = {nprocs, no_run, NULL, NULL};
    return sched_new(NULL, &cfg);
}

/* The heap invariants of p (its timer lock must not be held elsewhere). */
static bool heap_valid(sched_p *p)
{
    pthread_mutex_lock(&p->timer_lock);
    bool ok = true;
    for (int32_t i = 0; i < p->ntimers; i++) {
        sched_timer *t = p->timers[i];
        ok &= t->idx == i && t->p == p;
        if (i > 0)
            ok &= p->timers[(i - 1) / 4]->when <= t->when;
    }
    int64_t root = p->ntimers ? p->timers[0]->when : 0;
    ok &= __atomic_load_n(&p->timer0_when, __ATOMIC_SEQ_CST) == root;
    pthread_mutex_unlock(&p->timer_lock);
    return ok;
}

static uint64_t lcg(uint64_t *r)
{
    *r = *r * 6364136223846793005ull + 1442695040888963407ull;
    return *r >> 33;
}

typedef struct counter {
    int64_t last_when;
    int fired;
    bool in_order;
    int *per_timer;
    sched_timer *base;
} counter;

static void count_fire(sched *s, sched_timer *t, void *arg)
{
    (void)s;
    counter *c = arg;
    c->in_order &= t->period > 0 || t->when >= c->last_when;
    if (t->period == 0)
        c->last_when = t->when;
    c->fired++;
    if (c->per_timer != NULL)
        __atomic_add_fetch(&c->per_timer[t - c->base], 1, __ATOMIC_RELAXED);
}

static bool heap_stays_valid(void)
{
    sched *s = new_sched(1);
    sched_p *p = &s->allp[0];
    enum { N = 3000 };
    sched_timer *ts = calloc(N, sizeof *ts);
    bool *armed = calloc(N, sizeof *armed);
    counter c = {0, 0, true, NULL, NULL};
    uint64_t r = 99;
    for (int step = 0; step < 20000; step++) {
        int i = (int)(lcg(&r) % N);
        switch (lcg(&r) % 3) {
        case 0:
            if (!armed[i]) {
                ts[i] = (sched_timer){.when = 1 + (int64_t)(lcg(&r) % 100000),
                                      .fire = count_fire, .arg = &c};
                sched_timer_start(s, &ts[i]);
                armed[i] = true;
            }
            break;
        case 1:
            CHECK(sched_timer_stop(s, &ts[i]) == armed[i]);
            armed[i] = false;
            break;
        default:
            if (ts[i].fire == NULL)
                ts[i].fire = count_fire, ts[i].arg = &c;
            CHECK(sched_timer_reset(s, &ts[i],
                                    1 + (int64_t)(lcg(&r) % 100000)) ==
                  armed[i]);
            armed[i] = true;
        }
        if (step % 1000 == 0)
            CHECK(heap_valid(p));
    }
    CHECK(heap_valid(p));
    int pending = 0;
    for (int i = 0; i < N; i++)
        pending += armed[i];
    CHECK(p->ntimers == pending);
    sched_timers_run(s, p, 1000000);
    CHECK(c.fired == pending && c.in_order);
    CHECK(p->ntimers == 0 && p->timer0_when == 0);
    free(ts);
    free(armed);
    sched_free(s);
    return true;
}

static bool ticker_skips_missed_periods(void)
{
    sched *s = new_sched(1);
    counter c = {0, 0, true, NULL, NULL};
    sched_timer t = {.when = 100, .period = 50, .fire = count_fire,
                     .arg = &c};
    sched_timer_start(s, &t);
    CHECK(sched_timers_run(s, &s->allp[0], 99) == 0);
    CHECK(sched_timers_run(s, &s->allp[0], 100) == 1);
    CHECK(t.when == 150);
    /* late by 7 periods: fires once, re-armed at the next multiple */
    CHECK(sched_timers_run(s, &s->allp[0], 520) == 1);
    CHECK(t.when == 550);
    CHECK(sched_timer_stop(s, &t));
    CHECK(sched_timers_run(s, &s->allp[0], 10000) == 0);
    CHECK(c.fired == 2);
    sched_free(s);
    return true;
}

/* ---- racing stop/reset against the runner ---- */

enum { RACE_N = 512, RACERS = 3, ROUNDS = 4000 };

typedef struct race {
    sched *s;
    sched_timer ts[RACE_N];
    int stopped_ok[RACE_N];   /* stops that returned true */
    int armed[RACE_N];        /* arms (start/reset) */
    int fired[RACE_N];
    pthread_mutex_t tlock[RACE_N]; /* the owner's lock, as time.Timer has */
    int running;
    int64_t now;
} race;

static void race_fire(sched *s, sched_timer *t, void *arg)
{
    (void)s;
    race *r = arg;
    __atomic_add_fetch(&r->fired[t - r->ts], 1, __ATOMIC_RELAXED);
}

typedef struct racer {
    race *r;
    uint64_t rand;
} racer;

static void *racer_main(void *arg)
{
    racer *me = arg;
    race *r = me->r;
    for (int k = 0; k < ROUNDS; k++) {
        int i = (int)(lcg(&me->rand) % RACE_N);
        pthread_mutex_lock(&r->tlock[i]);
        int64_t now = __atomic_load_n(&r->now, __ATOMIC_ACQUIRE);
        if (lcg(&me->rand) % 2) {
            if (sched_timer_stop(r->s, &r->ts[i]))
                r->stopped_ok[i]++;
        } else {
            if (sched_timer_reset(r->s, &r->ts[i],
                                  now + 1 + (int64_t)(lcg(&me->rand) % 50)))
                r->stopped_ok[i]++; /* reset stopped a pending arming */
            r->armed[i]++;
        }
        pthread_mutex_unlock(&r->tlock[i]);
        if (k % 64 == 0)
            sched_yield();
    }
    return NULL;
}

static bool stop_reset_race_runner(void)
{
    race *r = calloc(1, sizeof *r);
    r->s = new_sched(1);
    for (int i = 0; i < RACE_N; i++) {
        pthread_mutex_init(&r->tlock[i], NULL);
        r->ts[i] = (sched_timer){.when = 1 + i % 50, .fire = race_fire,
                                 .arg = r};
        sched_timer_start(r->s, &r->ts[i]);
        r->armed[i] = 1;
    }
    racer rs[RACERS];
    pthread_t th[RACERS];
    for (int i = 0; i < RACERS; i++) {
        rs[i] = (racer){r, 1234567ull * (uint64_t)(i + 1)};
        pthread_create(&th[i], NULL, racer_main, &rs[i]);
    }
    /* the runner: advance time and fire what expired */
    for (int64_t now = 1; now < 20000; now++) {
        __atomic_store_n(&r->now, now, __ATOMIC_RELEASE);
        sched_timers_run(r->s, &r->s->allp[0], now);
        if (now % 128 == 0)
            sched_yield();
    }
    for (int i = 0; i < RACERS; i++)
        pthread_join(th[i], NULL);
    sched_timers_run(r->s, &r->s->allp[0], INT64_MAX / 2);
    bool balanced = true;
    int64_t fired = 0, stopped = 0;
    for (int i = 0; i < RACE_N; i++) {
        balanced &= r->fired[i] + r->stopped_ok[i] == r->armed[i];
        fired += r->fired[i];
        stopped += r->stopped_ok[i];
    }
    printf("  %d timers, %d racers: %lld fired, %lld stopped in time\n",
           RACE_N, RACERS, (long long)fired, (long long)stopped);
    CHECK(heap_valid(&r->s->allp[0]));
    CHECK(r->s->allp[0].ntimers == 0);
    for (int i = 0; i < RACE_N; i++)
        pthread_mutex_destroy(&r->tlock[i]);
    sched_free(r->s);
    free(r);
    CHECK(balanced);
    return true;
}

static bool set_procs_moves_timers(void)
{
    sched *s = new_sched(4);
    enum { N = 400 };
    sched_timer *ts = calloc(N, sizeof *ts);
    counter c = {0, 0, true, NULL, NULL};
    uint64_t r = 7;
    /* arm on each P in turn, as if each P's M had started them */
    sched_m fake = {0};
    fake.s = s;
    for (int i = 0; i < N; i++) {
        ts[i] = (sched_timer){.when = 1 + (int64_t)(lcg(&r) % 5000),
                              .fire = count_fire, .arg = &c};
        fake.p = &s->allp[i % 4];
        sched_curm = &fake;
        sched_timer_start(s, &ts[i]);
        sched_curm = NULL;
    }
    for (int k = 0; k < 4; k++)
        CHECK(s->allp[k].ntimers == N / 4 && heap_valid(&s->allp[k]));
    CHECK(sched_set_procs(s, 1) == 4);
    CHECK(s->allp[0].ntimers == N);
    CHECK(s->allp[3].ntimers == 0 && s->allp[3].timer0_when == 0);
    CHECK(heap_valid(&s->allp[0]));
    for (int i = 0; i < N; i++)
        CHECK(ts[i].p == &s->allp[0]);
    CHECK(sched_timer_stop(s, &ts[5])); /* still stoppable where it went */
    sched_timers_run(s, &s->allp[0], 1000000);
    CHECK(c.fired == N - 1 && c.in_order);
    free(ts);
    sched_free(s);
    return true;
}

int main(void)
{
    run("timer_heap_valid_after_start_stop_reset", heap_stays_valid);
    run("timer_ticker_skips_missed_periods", ticker_skips_missed_periods);
    run("timer_stop_reset_race_with_runner", stop_reset_race_runner);
    run("timer_gomaxprocs_moves_removed_timers", set_procs_moves_timers);
    return failures ? 1 : 0;
}
