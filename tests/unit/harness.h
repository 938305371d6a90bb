/*
 * harness.h - the little test harness the runtime's C unit tests share.
 * Each test file is its own program: it sets tvm/tg up in main(), calls
 * run() per property, and exits with failures != 0.
 *
 * A property is a function returning bool; CHECK returns false from it,
 * after printing the failed condition, when cond does not hold.
 */
#ifndef GOLEM_TEST_HARNESS_H
#define GOLEM_TEST_HARNESS_H

#include "runtime.h"
#include <stdio.h>

static golem_vm *tvm;
static golem_g *tg;
static int failures;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__,       \
                    __LINE__, #cond);                                      \
            return false;                                                  \
        }                                                                  \
    } while (0)

/* Runs one property with no panic raised and prints "ok NAME" or
   "FAIL NAME". */
static void run(const char *name, bool (*fn)(void))
{
    tg->panic = NULL;
    bool ok = fn();
    printf("%s %s\n", ok ? "ok" : "FAIL", name);
    if (!ok)
        failures++;
}

#endif
