/*
 * errors.c - the two reflective helpers of package errors.
 *
 * isComparable(err error) reads the comparable flag of err's dynamic type
 * (so errors.Is never compares values whose == would panic).
 * asTarget(err error, target any) implements the assignment at the heart
 * of errors.As: target is a pointer *E; if E is an interface that err's
 * dynamic type D implements, *target becomes (itab(E, D) or D, data); if
 * E is a concrete type identical to D, the value is copied out of err's
 * box (or the data word itself for pointer-shaped D). Type identity is
 * rtype pointer equality (codegen interns descriptors).
 */
#include "mgc.h"
#include "natives.h"

#include <string.h>

static const rtype *iface_dynamic_type(const slot *args)
{
    const itab *tab = (const itab *)args[0].p;
    return tab ? tab->type : NULL;
}

/* func isComparable(err error) bool */
static int errors_isComparable(golem_g *g, slot *args)
{
    (void)g;
    const rtype *t = iface_dynamic_type(args);
    args[0].u = t && (t->flags & RF_COMPARABLE);
    return 0;
}

/* Bytes a value of t occupies in memory. */
static size_t value_size(const rtype *t)
{
    if (t->flags & RF_NARROW)
        return (size_t)rkind_natural_size(t->kind);
    return (size_t)t->nslots * 8;
}

/* func asTarget(err error, target any) int */
static int errors_asTarget(golem_g *g, slot *args)
{
    const rtype *dyn = iface_dynamic_type(args);
    void *data = args[1].p;
    const rtype *pt = (const rtype *)args[2].p;
    void *target = args[3].p;
    if (!pt || pt->kind != RK_POINTER || !target) {
        args[0].i = 2;
        return 0;
    }
    const rtype *elem = pt->elem;
    if (elem->kind == RK_INTERFACE) {
        golem_iface *dst = target;
        if (elem->nmethods == 0) {
            dst->tab = dyn;
            gc_write_pointer(g, &dst->data, data);
            args[0].i = 1;
            return 0;
        }
        const itab *tab = rt_getitab(g, elem, dyn, true);
        if (!tab) {
            args[0].i = 0;
            return 0;
        }
        dst->tab = tab;
        gc_write_pointer(g, &dst->data, data);
        args[0].i = 1;
        return 0;
    }
    if (elem != dyn) {
        args[0].i = 0;
        return 0;
    }
    if (dyn->flags & RF_POINTER_SHAPED)
        gc_write_pointer(g, (void **)target, data);
    else if (value_size(dyn) > 0) {
        gc_bulk_barrier(g, target, data, dyn, 1);
        memcpy(target, data, value_size(dyn));
    }
    args[0].i = 1;
    return 0;
}

const stdlib_native errors_natives[] = {
    {"errors.asTarget", errors_asTarget},
    {"errors.isComparable", errors_isComparable},
    {NULL, NULL},
};
