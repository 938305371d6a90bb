/*
 * test_chan.c - unit tests of vm/chan.c's wait queues, driven from C with
 * no scheduler (vm->sched NULL: the cooperative path, where proc_park
 * runs the commit at once and readying a G only queues it). Every
 * goroutine here is a bare golem_g; a blocked operation returns
 * COOP_BLOCK with its record in g->coop_wait, and "resuming" the G means
 * calling the same operation again, exactly as the interpreter
 * re-executes it. Properties checked:
 *   - blocked senders are served in FIFO order; a resumed sender finishes
 *     and drops its record;
 *   - a receive from a full buffer refills it from the first waiting
 *     sender, so values leave in the order they were sent;
 *   - select queues a record on every case; the first partner fires it;
 *     the records on the other channels are dead (a later partner skips
 *     them and blocks) and are unlinked when the select resumes;
 *   - close wakes every receiver with the zero value and ok = false, and
 *     a sender blocked at the close panics when it resumes;
 *   - select with default, nil cases, and a ready case.
 *
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "chan.h"
#include "harness.h"
#include <stdlib.h>
#include <string.h>

static const uint8_t pm0[1] = {0};
static const rtype t_int = {.kind = RK_INT, .flags = RF_COMPARABLE,
                            .nslots = 1, .stride = 8, .string = "int",
                            .ptrmask = pm0};
static const rtype t_chan_int = {.kind = RK_CHAN, .flags = RF_COMPARABLE,
                                 .nslots = 1, .stride = 8,
                                 .string = "chan int", .elem = &t_int,
                                 .ptrmask = pm0};

static golem_g *new_g(void)
{
    golem_g *g = vm_new_g(tvm);
    g->status = G_RUNNING;
    return g;
}

static int send_int(golem_g *g, golem_chan *c, int64_t v)
{
    slot s = {.i = v};
    return chan_send(g, c, &s);
}

static int recv_int(golem_g *g, golem_chan *c, int64_t *v, bool *ok)
{
    slot s = {.i = -12345};
    int rc = chan_recv(g, c, &s, ok);
    *v = s.i;
    return rc;
}

static bool senders_fifo(void)
{
    golem_chan *c = chan_make(tg, &t_chan_int, 0);
    golem_g *s[3] = {new_g(), new_g(), new_g()};
    for (int i = 0; i < 3; i++) {
        CHECK(send_int(s[i], c, 10 * (i + 1)) == COOP_BLOCK);
        CHECK(s[i]->coop_wait != NULL && s[i]->status == G_WAITING);
    }
    golem_g *r = new_g();
    for (int i = 0; i < 3; i++) {
        int64_t v;
        bool ok;
        CHECK(recv_int(r, c, &v, &ok) == COOP_DONE);
        CHECK(v == 10 * (i + 1) && ok);
        /* the partner readied the sender; resuming finishes it */
        CHECK(send_int(s[i], c, 0) == COOP_DONE);
        CHECK(s[i]->coop_wait == NULL);
    }
    return true;
}

static bool receivers_fifo(void)
{
    golem_chan *c = chan_make(tg, &t_chan_int, 0);
    golem_g *r[3] = {new_g(), new_g(), new_g()};
    int64_t v;
    bool ok;
    for (int i = 0; i < 3; i++)
        CHECK(recv_int(r[i], c, &v, &ok) == COOP_BLOCK);
    golem_g *s = new_g();
    for (int i = 0; i < 3; i++)
        CHECK(send_int(s, c, 100 + i) == COOP_DONE);
    for (int i = 0; i < 3; i++) {
        CHECK(recv_int(r[i], c, &v, &ok) == COOP_DONE);
        CHECK(v == 100 + i && ok);
    }
    return true;
}

static bool buffer_refilled_from_waiting_sender(void)
{
    golem_chan *c = chan_make(tg, &t_chan_int, 2);
    golem_g *s = new_g(), *late = new_g(), *r = new_g();
    CHECK(send_int(s, c, 1) == COOP_DONE);
    CHECK(send_int(s, c, 2) == COOP_DONE);
    CHECK(chan_len(c) == 2 && chan_cap(c) == 2);
    CHECK(send_int(late, c, 3) == COOP_BLOCK);
    int64_t v;
    bool ok;
    CHECK(recv_int(r, c, &v, &ok) == COOP_DONE && v == 1);
    CHECK(chan_len(c) == 2); /* 3 moved into the buffer */
    CHECK(send_int(late, c, 0) == COOP_DONE);
    CHECK(recv_int(r, c, &v, &ok) == COOP_DONE && v == 2);
    CHECK(recv_int(r, c, &v, &ok) == COOP_DONE && v == 3);
    CHECK(chan_len(c) == 0);
    return true;
}

/* A select receiving from c1 or c2 into two heap cells. */
typedef struct sel2 {
    slot cases[4];
    int64_t cell[2];
} sel2;

static void sel2_init(sel2 *s, golem_chan *c1, golem_chan *c2)
{
    memset(s, 0, sizeof *s);
    s->cases[0].p = c1;
    s->cases[1].p = &s->cell[0];
    s->cases[2].p = c2;
    s->cases[3].p = &s->cell[1];
}

static bool select_cancels_other_cases(void)
{
    golem_chan *c1 = chan_make(tg, &t_chan_int, 0);
    golem_chan *c2 = chan_make(tg, &t_chan_int, 0);
    golem_g *sg = new_g();
    sel2 *s = calloc(1, sizeof *s);
    sel2_init(s, c1, c2);
    int64_t chosen = -1;
    bool ok = false;
    CHECK(chan_select(sg, s->cases, 2, 0, false, &chosen, &ok) ==
          COOP_BLOCK);
    golem_g *a = new_g(), *b = new_g();
    CHECK(send_int(a, c2, 77) == COOP_DONE); /* fires the select */
    CHECK(send_int(b, c1, 88) == COOP_BLOCK); /* c1's record is dead */
    CHECK(chan_select(sg, s->cases, 2, 0, false, &chosen, &ok) ==
          COOP_DONE);
    CHECK(chosen == 1 && ok && s->cell[1] == 77 && s->cell[0] == 0);
    CHECK(sg->coop_wait == NULL);
    /* c1 now has only b waiting: a receiver gets 88 */
    int64_t v;
    golem_g *r = new_g();
    CHECK(recv_int(r, c1, &v, &ok) == COOP_DONE && v == 88 && ok);
    CHECK(send_int(b, c1, 0) == COOP_DONE);
    free(s);
    return true;
}

static bool select_sees_ready_case_and_default(void)
{
    golem_chan *c1 = chan_make(tg, &t_chan_int, 1);
    golem_chan *c2 = chan_make(tg, &t_chan_int, 1);
    sel2 *s = calloc(1, sizeof *s);
    sel2_init(s, c1, c2);
    int64_t chosen = -1;
    bool ok;
    CHECK(chan_select(tg, s->cases, 2, 0, true, &chosen, &ok) == COOP_DONE);
    CHECK(chosen == 2); /* default */
    CHECK(send_int(tg, c1, 5) == COOP_DONE);
    CHECK(chan_select(tg, s->cases, 2, 0, true, &chosen, &ok) == COOP_DONE);
    CHECK(chosen == 0 && ok && s->cell[0] == 5);
    /* nil cases are never ready */
    s->cases[0].p = NULL;
    s->cases[2].p = NULL;
    CHECK(chan_select(tg, s->cases, 2, 0, true, &chosen, &ok) == COOP_DONE);
    CHECK(chosen == 2);
    free(s);
    return true;
}

static bool select_random_among_ready(void)
{
    golem_chan *c1 = chan_make(tg, &t_chan_int, 1);
    golem_chan *c2 = chan_make(tg, &t_chan_int, 1);
    sel2 *s = calloc(1, sizeof *s);
    sel2_init(s, c1, c2);
    int counts[2] = {0, 0};
    for (int i = 0; i < 2000; i++) {
        int64_t chosen = -1;
        bool ok;
        if (chan_len(c1) == 0)
            CHECK(send_int(tg, c1, 1) == COOP_DONE);
        if (chan_len(c2) == 0)
            CHECK(send_int(tg, c2, 2) == COOP_DONE);
        CHECK(chan_select(tg, s->cases, 2, 0, false, &chosen, &ok) ==
              COOP_DONE);
        CHECK(chosen == 0 || chosen == 1);
        counts[chosen]++;
    }
    printf("  2000 selects over two ready cases: %d / %d\n", counts[0],
           counts[1]);
    CHECK(counts[0] > 600 && counts[1] > 600);
    free(s);
    return true;
}

static bool close_wakes_everyone(void)
{
    golem_chan *c = chan_make(tg, &t_chan_int, 0);
    golem_g *r1 = new_g(), *r2 = new_g();
    int64_t v;
    bool ok = true;
    CHECK(recv_int(r1, c, &v, &ok) == COOP_BLOCK);
    CHECK(recv_int(r2, c, &v, &ok) == COOP_BLOCK);
    CHECK(chan_close(tg, c) == 0);
    CHECK(recv_int(r1, c, &v, &ok) == COOP_DONE && v == 0 && !ok);
    ok = true;
    CHECK(recv_int(r2, c, &v, &ok) == COOP_DONE && v == 0 && !ok);
    /* a sender blocked when the channel closes panics on resume */
    golem_chan *d = chan_make(tg, &t_chan_int, 0);
    golem_g *s = new_g();
    CHECK(send_int(s, d, 1) == COOP_BLOCK);
    CHECK(chan_close(tg, d) == 0);
    CHECK(send_int(s, d, 1) < 0 && s->panic != NULL);
    s->panic = NULL;
    /* and closing twice, or nil, panics */
    CHECK(chan_close(tg, d) < 0 && tg->panic != NULL);
    tg->panic = NULL;
    CHECK(chan_close(tg, NULL) < 0 && tg->panic != NULL);
    return true;
}

int main(void)
{
    tvm = vm_new();
    tg = vm_new_g(tvm);
    tg->status = G_RUNNING;
    run("chan_blocked_senders_fifo", senders_fifo);
    run("chan_blocked_receivers_fifo", receivers_fifo);
    run("chan_buffer_refilled_from_waiting_sender",
        buffer_refilled_from_waiting_sender);
    run("chan_select_fires_once_and_cancels_other_cases",
        select_cancels_other_cases);
    run("chan_select_ready_case_default_and_nil",
        select_sees_ready_case_and_default);
    run("chan_select_random_among_ready", select_random_among_ready);
    run("chan_close_wakes_receivers_and_panics_senders",
        close_wakes_everyone);
    return failures ? 1 : 0;
}
