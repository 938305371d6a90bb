/*
 * chan.h - Go channels and select for parallel goroutines (vm/chan.c).
 *
 * The operations keep the interpreter's blocking protocol (vm/vm.h): they
 * return COOP_DONE, COOP_BLOCK (the G is parked on a wait record in
 * g->coop_wait; the interpreter re-executes the op when the G resumes and
 * the op then completes from the record) or -1 after raising a panic.
 * Values are in register form for send/recv (n = the element's nslots),
 * memory form in select's cells.
 */
#ifndef GOLEM_CHAN_H
#define GOLEM_CHAN_H

#include "vm.h"

typedef struct golem_chan golem_chan;

golem_chan *chan_make(golem_g *g, const rtype *chantype, int64_t size);
int chan_send(golem_g *g, golem_chan *c, const slot *val);
int chan_recv(golem_g *g, golem_chan *c, slot *dst, bool *ok);
int chan_close(golem_g *g, golem_chan *c);
int64_t chan_len(golem_chan *c);
int64_t chan_cap(golem_chan *c);
uint32_t chan_elem_slots(const golem_chan *c); /* 0 for nil */
/* select over n cases at cases[2i] (channel), cases[2i+1] (a heap cell in
   memory form: the value to send, or where a received value goes); the
   first nsend are sends. *chosen = the case index (n for default), *ok =
   the receive's ok. */
int chan_select(golem_g *g, slot *cases, uint32_t n, uint32_t nsend,
                bool has_default, int64_t *chosen, bool *ok);
/* A send that never blocks, from C with no goroutine (a timer firing):
   the value mem is in memory form. False if it would block (the value is
   dropped, as Go's timers do) or c is closed or nil. */
bool chan_offer(golem_vm *vm, golem_chan *c, const void *mem);

/* (added by GC) golem_g.coop_wait_kind values: coop_wait is a sudog (a
   plain send or receive, or a park forever) or a select record. */
enum { CHAN_WAIT_OTHER = 0, CHAN_WAIT_SUDOG = 1, CHAN_WAIT_SELECT = 2 };
/* (added by GC) Calls visit(words, nwords, arg) on the words of g's
   channel wait record that may hold heap pointers (the channels and the
   element buffer a sender may have filled before g resumes). Nothing
   when g waits on no channel record. The world must be stopped. */
void chan_gc_visit_wait(golem_g *g,
                        void (*visit)(const void *words, size_t nwords,
                                      void *arg),
                        void *arg);

#endif
