/*
 * test_runq.c - unit tests of vm/sched.c's run queues under contention,
 * with bare golem_g records (no scheduler running) and one thread per P
 * playing that P's owner. Properties checked:
 *   - a steal takes half of the victim's queue (rounded up), returns one
 *     G and queues the rest on the thief, in order;
 *   - runnext is stolen only when asked (a thief's last round);
 *   - every owner pushing, popping and stealing from every other P at
 *     once: each G is taken exactly once, none lost, none duplicated
 *     (the CAS on head is the only arbiter);
 *   - an owner overflowing its ring to the global queue while thieves
 *     steal from it: again every G exactly once;
 *   - sched_set_procs (GOMAXPROCS) moves the queues of removed Ps to the
 *     global queue and keeps their Gs.
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

static bool steal_takes_half(void)
{
    sched *s = new_sched(2);
    sched_p *victim = &s->allp[0], *thief = &s->allp[1];
    golem_g gs[101];
    memset(gs, 0, sizeof gs);
    for (int i = 0; i < 100; i++)
        sched_runq_put(s, victim, &gs[i], false);
    sched_runq_put(s, victim, &gs[100], true); /* runnext */
    golem_g *g = sched_runq_steal(thief, victim, false);
    CHECK(g == &gs[49]);                  /* the last of the stolen half */
    CHECK(sched_runq_len(thief) == 49);
    CHECK(sched_runq_len(victim) == 50);
    for (int i = 0; i < 49; i++)
        CHECK(sched_runq_get(thief) == &gs[i]);
    CHECK(sched_runq_get(victim) == &gs[100]); /* runnext first */
    for (int i = 50; i < 100; i++)
        CHECK(sched_runq_get(victim) == &gs[i]);
    CHECK(sched_runq_get(victim) == NULL);
    /* only runnext: taken on the last round only */
    sched_runq_put(s, victim, &gs[100], true);
    CHECK(sched_runq_steal(thief, victim, false) == NULL);
    CHECK(sched_runq_steal(thief, victim, true) == &gs[100]);
    CHECK(sched_runq_get(victim) == NULL);
    sched_free(s);
    return true;
}

/* ---- everyone steals from everyone ---- */

enum { NP = 4, PER_P = 20000 };

typedef struct arena {
    sched *s;
    golem_g *gs;           /* NP * PER_P */
    int *taken;
    int started;
    int pushing;           /* owners still pushing */
} arena;

typedef struct owner {
    arena *a;
    int id;
    uint64_t rand;
    int64_t stolen;
} owner;

static void take(arena *a, golem_g *g)
{
    __atomic_add_fetch(&a->taken[g - a->gs], 1, __ATOMIC_RELAXED);
}

static uint32_t next_rand(owner *o)
{
    o->rand ^= o->rand << 13;
    o->rand ^= o->rand >> 7;
    o->rand ^= o->rand << 17;
    return (uint32_t)(o->rand >> 32);
}

static void drain_own(owner *o, sched_p *p)
{
    golem_g *g;
    while ((g = sched_runq_get(p)) != NULL)
        take(o->a, g);
}

/* An owner thread: pushes its share of Gs (some into runnext), pops
   every other one, and now and then runs dry and steals, as an M's
   find_runnable does; then steals until every queue is empty. */
static void *owner_main(void *arg)
{
    owner *o = arg;
    arena *a = o->a;
    sched_p *p = &a->s->allp[o->id];
    golem_g *mine = a->gs + (size_t)o->id * PER_P;
    for (int i = 0; i < PER_P; i++) {
        sched_runq_put(a->s, p, &mine[i], (i % 11) == 0);
        if (i % 2 == 0) {
            golem_g *g = sched_runq_get(p);
            if (g != NULL)
                take(a, g);
        }
        if (i % 97 == 0) {
            drain_own(o, p); /* thieves steal into an empty queue only */
            sched_p *v = &a->s->allp[next_rand(o) % NP];
            golem_g *g = v == p ? NULL : sched_runq_steal(p, v, i % 2);
            if (g != NULL) {
                take(a, g);
                o->stolen++;
            }
        }
        if (i % 256 == 0)
            sched_yield();
    }
    __atomic_sub_fetch(&a->pushing, 1, __ATOMIC_ACQ_REL);
    /* steal until everyone is done pushing and every queue is empty */
    for (;;) {
        drain_own(o, p);
        bool found = false;
        for (int k = 0; k < NP; k++) {
            sched_p *v = &a->s->allp[(o->id + 1 + k) % NP];
            if (v == p)
                continue;
            golem_g *g = sched_runq_steal(p, v, true);
            if (g != NULL) {
                take(a, g);
                o->stolen++;
                found = true;
                drain_own(o, p);
            }
        }
        if (!found && __atomic_load_n(&a->pushing, __ATOMIC_ACQUIRE) == 0) {
            bool empty = true;
            for (int k = 0; k < NP; k++)
                empty &= sched_runq_len(&a->s->allp[k]) == 0 &&
                         __atomic_load_n(&a->s->allp[k].runnext,
                                         __ATOMIC_ACQUIRE) == NULL;
            if (empty)
                break;
        }
        if (!found)
            sched_yield();
    }
    return NULL;
}

static bool all_steal_from_all(void)
{
    arena a = {0};
    a.s = new_sched(NP);
    a.gs = calloc((size_t)NP * PER_P, sizeof *a.gs);
    a.taken = calloc((size_t)NP * PER_P, sizeof *a.taken);
    a.pushing = NP;
    owner os[NP];
    pthread_t th[NP];
    for (int i = 0; i < NP; i++) {
        os[i] = (owner){&a, i, 0x9E3779B97F4A7C15ull * (uint64_t)(i + 1), 0};
        pthread_create(&th[i], NULL, owner_main, &os[i]);
    }
    int64_t stolen = 0;
    for (int i = 0; i < NP; i++) {
        pthread_join(th[i], NULL);
        stolen += os[i].stolen;
    }
    golem_g *g;
    while ((g = sched_globq_get(a.s, &a.s->allp[0], 1)) != NULL) {
        take(&a, g);
        while ((g = sched_runq_get(&a.s->allp[0])) != NULL)
            take(&a, g);
    }
    bool once = true;
    for (int i = 0; i < NP * PER_P; i++)
        once &= a.taken[i] == 1;
    printf("  %d Gs on %d owners, %lld taken by steals\n", NP * PER_P, NP,
           (long long)stolen);
    free(a.gs);
    free(a.taken);
    sched_free(a.s);
    CHECK(once);
    return true;
}

/* ---- overflow to the global queue while being robbed ---- */

typedef struct robbery {
    arena *a;
    int idx;
    int *done;
} robbery;

static void *robber_main(void *arg)
{
    robbery *r = arg;
    arena *a = r->a;
    sched_p *mine = &a->s->allp[r->idx];
    for (;;) {
        bool last = __atomic_load_n(r->done, __ATOMIC_ACQUIRE);
        golem_g *g = sched_runq_steal(mine, &a->s->allp[0], false);
        if (g != NULL) {
            take(a, g);
            while ((g = sched_runq_get(mine)) != NULL)
                take(a, g);
        } else if (last) {
            return NULL;
        } else {
            sched_yield();
        }
    }
}

static bool overflow_while_robbed(void)
{
    arena a = {0};
    enum { N = 50000 };
    a.s = new_sched(3);
    a.gs = calloc(N, sizeof *a.gs);
    a.taken = calloc(N, sizeof *a.taken);
    int done = 0;
    robbery r[2] = {{&a, 1, &done}, {&a, 2, &done}};
    pthread_t th[2];
    sched_p *p = &a.s->allp[0];
    /* the first pushes overflow the 256-slot ring for certain; the rest
       race with the robbers (overflowing whenever they fall behind) */
    enum { BEFORE = 600 };
    for (int i = 0; i < BEFORE; i++)
        sched_runq_put(a.s, p, &a.gs[i], false);
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, robber_main, &r[i]);
    for (int i = BEFORE; i < N; i++)
        sched_runq_put(a.s, p, &a.gs[i], false);
    __atomic_store_n(&done, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    golem_g *g;
    while ((g = sched_runq_get(p)) != NULL)
        take(&a, g);
    int32_t global = a.s->gq_size;
    while ((g = sched_globq_get(a.s, &a.s->allp[1], 1)) != NULL)
        take(&a, g);
    bool once = true;
    for (int i = 0; i < N; i++)
        once &= a.taken[i] == 1;
    printf("  %d pushes on one P: %d went to the global queue\n", N,
           (int)global);
    free(a.gs);
    free(a.taken);
    sched_free(a.s);
    CHECK(once);
    CHECK(global > 0);
    return true;
}

/* ---- GOMAXPROCS ---- */

static bool set_procs_moves_queues(void)
{
    sched *s = new_sched(4);
    golem_g gs[40];
    memset(gs, 0, sizeof gs);
    for (int i = 0; i < 40; i++)
        sched_runq_put(s, &s->allp[i % 4], &gs[i], i == 3);
    CHECK(sched_set_procs(s, 2) == 4);
    CHECK(sched_procs(s) == 2);
    CHECK(s->allp[2].status == P_DEAD && s->allp[3].status == P_DEAD);
    CHECK(sched_runq_len(&s->allp[3]) == 0 && s->allp[3].runnext == NULL);
    CHECK(s->gq_size == 20); /* the Gs of P2 and P3, runnext included */
    int seen[40] = {0};
    golem_g *g;
    for (int k = 0; k < 2; k++)
        while ((g = sched_runq_get(&s->allp[k])) != NULL)
            seen[g - gs]++;
    while ((g = sched_globq_get(s, &s->allp[0], 1)) != NULL)
        seen[g - gs]++;
    for (int i = 0; i < 40; i++)
        CHECK(seen[i] == 1);
    CHECK(sched_set_procs(s, 0) == 2);  /* a query */
    CHECK(sched_set_procs(s, 6) == 2);  /* grows past the first size */
    CHECK(sched_procs(s) == 6 && s->ninit == 6);
    CHECK(s->npidle == 6);              /* every P idle again */
    CHECK(sched_set_procs(s, 1000) == 6);
    CHECK(sched_procs(s) == SCHED_MAX_PROCS);
    sched_free(s);
    return true;
}

int main(void)
{
    run("runq_steal_takes_half_and_runnext_on_request", steal_takes_half);
    run("runq_every_owner_steals_from_every_other", all_steal_from_all);
    run("runq_overflow_to_global_while_robbed", overflow_while_robbed);
    run("runq_gomaxprocs_moves_removed_queues", set_procs_moves_queues);
    return failures ? 1 : 0;
}
