/*
 * harness.h - the little test harness the runtime's C unit tests share.
 * Each test file is its own program: it sets tvm/tg up in main() when it
 * needs a VM, calls run() per property (or its own runner, which ends in
 * report()), and exits with failures != 0.
 *
 * A property is a function returning bool; CHECK returns false from it,
 * after printing the failed condition, when cond does not hold.
 */
#ifndef GOLEM_TEST_HARNESS_H
#define GOLEM_TEST_HARNESS_H

#include "runtime.h"
#include <stdio.h>

/* The VM and goroutine of tests that need one (set up in main()). */
static golem_vm *tvm __attribute__((unused));
static golem_g *tg __attribute__((unused));
static int failures;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__,       \
                    __LINE__, #cond);                                      \
            return false;                                                  \
        }                                                                  \
    } while (0)

/* Prints "ok NAME" or "FAIL NAME" and counts the failure. */
static inline void report(const char *name, bool ok)
{
    printf("%s %s\n", ok ? "ok" : "FAIL", name);
    fflush(stdout);
    if (!ok)
        failures++;
}

/* Runs one property (with no panic raised on tg, when there is one). */
static inline void run(const char *name, bool (*fn)(void))
{
    if (tg != NULL)
        tg->panic = NULL;
    report(name, fn());
}

#endif
