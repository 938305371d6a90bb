/*
 * slice.c - slice growth (append), make([]T, len, cap) and copy.
 *
 * GROWTH. append calls rt_growslice only when the new length exceeds the
 * capacity. The new capacity follows Go 1.19-1.22 to the element, so that
 * programs printing cap() after append agree with `go run`:
 *
 *   1. newcap = old cap; if the needed length is more than twice that,
 *      newcap = needed length; else if old cap < 256, newcap = 2 * old cap;
 *      else repeatedly newcap += (newcap + 3*256) / 4 until it suffices
 *      (a smooth slide from 2x growth for small slices to 1.25x for big).
 *   2. The byte size newcap * elemsize is rounded up to the allocator's
 *      size class (sizeclasses.h, sc_roundupsize) and newcap becomes
 *      however many elements fit in that: appending one int to an empty
 *      []int gives cap 1, one byte to an empty []byte gives cap 8.
 *
 * The element size in step 2 must be Go's size of the element (Go's
 * alignment and padding rules), not golem's in-memory stride: golem lays
 * out every struct field in its own 8-byte slot, so struct{a, b int8} has
 * stride 16 here but size 2 in Go. go_type_size() computes Go's size from
 * the rtype (fields, arrays, basic kinds); the allocation itself then uses
 * golem's stride times the capacity Go would have chosen.
 *
 * Memory comes from gc_alloc with the element's descriptor (the allocator
 * decides scan/noscan from it), already zeroed, so the elements between
 * len and cap are zero values as Go requires.
 *
 * THE WRITE BARRIER (vm/mgc.h). Growth copies the old elements into the
 * new array with the bulk barrier first: the new array is allocated black
 * while the collector marks, so the pointers it receives must be shaded
 * or an object reachable only through the old (now dropped) array could
 * be missed. copy() and append() of a slice go through rt_typedslicecopy,
 * which shades the overwritten and the copied pointer words.
 */
#include "mgc.h"
#include "runtime.h"
#include "sizeclasses.h"
#include <string.h>

/* Go's largest allocation on 64-bit platforms (1 << 48 bytes). */
#define MAX_ALLOC ((uint64_t)1 << 48)

/* Storage of a zero-size element's backing array: never written. */
static const uint64_t zero_sized_base;

/* Bytes per element in golem's memory representation. */
static uint64_t elem_stride(const rtype *t)
{
    if (t->stride)
        return t->stride;
    return (uint64_t)t->nslots * 8;
}

static uint64_t align_up(uint64_t n, uint64_t a)
{
    return (n + a - 1) & ~(a - 1);
}

static void go_type_layout(const rtype *t, uint64_t *size, uint64_t *align);

/* Go's layout of a struct: fields at their natural alignment, the size
   rounded to the largest alignment, and one byte of padding when the last
   field has size zero (so &s.last never points past the object). */
static void go_struct_layout(const rtype *t, uint64_t *size, uint64_t *align)
{
    uint64_t off = 0, maxalign = 1, fsize = 0, falign;
    for (uint32_t i = 0; i < t->nfields; i++) {
        go_type_layout(t->fields[i].type, &fsize, &falign);
        off = align_up(off, falign) + fsize;
        if (falign > maxalign)
            maxalign = falign;
    }
    if (t->nfields > 0 && fsize == 0 && off > 0)
        off++;
    *size = align_up(off, maxalign);
    *align = maxalign;
}

/* Go's size and alignment of a value of type t on a 64-bit platform. */
static void go_type_layout(const rtype *t, uint64_t *size, uint64_t *align)
{
    switch (t->kind) {
    case RK_BOOL: case RK_INT8: case RK_UINT8:
        *size = *align = 1;
        return;
    case RK_INT16: case RK_UINT16:
        *size = *align = 2;
        return;
    case RK_INT32: case RK_UINT32: case RK_FLOAT32:
        *size = *align = 4;
        return;
    case RK_COMPLEX64:
        *size = 8, *align = 4;
        return;
    case RK_COMPLEX128: case RK_STRING: case RK_INTERFACE:
        *size = 16, *align = 8;
        return;
    case RK_SLICE:
        *size = 24, *align = 8;
        return;
    case RK_ARRAY: {
        uint64_t es, ea;
        go_type_layout(t->elem, &es, &ea);
        *size = es * (uint64_t)t->len;
        *align = ea;
        return;
    }
    case RK_STRUCT:
        go_struct_layout(t, size, align);
        return;
    default: /* ints, uintptr, float64, pointer-shaped kinds */
        *size = *align = 8;
        return;
    }
}

static uint64_t go_type_size(const rtype *t)
{
    uint64_t size, align;
    go_type_layout(t, &size, &align);
    return size;
}

/* Step 1 of the growth rule (header comment). */
static int64_t next_capacity(int64_t oldcap, int64_t newlen)
{
    int64_t newcap = oldcap;
    int64_t doublecap = newcap + newcap;
    if (newlen > doublecap)
        return newlen;
    const int64_t threshold = 256;
    if (oldcap < threshold)
        return doublecap;
    while (newcap > 0 && newcap < newlen)
        newcap += (newcap + 3 * threshold) / 4;
    return newcap <= 0 ? newlen : newcap;
}

int64_t rt_grow_capacity(const rtype *elem, int64_t oldcap, int64_t newlen)
{
    int64_t newcap = next_capacity(oldcap, newlen);
    uint64_t esize = go_type_size(elem);
    if (esize == 0)
        return newlen;
    uint64_t mem;
    if (__builtin_mul_overflow((uint64_t)newcap, esize, &mem) ||
        mem > MAX_ALLOC)
        return -1;
    return (int64_t)(sc_roundupsize(mem) / esize);
}

int rt_growslice(golem_g *g, golem_slice *s, const rtype *elem,
                 int64_t newlen)
{
    if (newlen < 0)
        return rt_panic_runtime(g, "growslice: len out of range");
    int64_t newcap = rt_grow_capacity(elem, s->cap, newlen);
    uint64_t stride = elem_stride(elem), bytes;
    if (newcap < 0 ||
        __builtin_mul_overflow((uint64_t)newcap, stride, &bytes) ||
        bytes > MAX_ALLOC)
        return rt_panic_runtime(g, "growslice: cap out of range");
    void *data;
    if (bytes == 0) {
        data = (void *)&zero_sized_base;
    } else {
        data = gc_alloc(g, elem, (size_t)bytes);
        if (!data)
            return -1;
        if (s->len > 0) {
            gc_bulk_barrier(g, data, s->data, elem, (size_t)s->len);
            memcpy(data, s->data, (size_t)s->len * stride);
        }
    }
    s->data = data;
    s->cap = newcap;
    return 0;
}

int rt_makeslice(golem_g *g, golem_slice *out, const rtype *elem,
                 int64_t len, int64_t cap)
{
    uint64_t stride = elem_stride(elem), bytes;
    if (len < 0 || __builtin_mul_overflow((uint64_t)len, stride, &bytes) ||
        bytes > MAX_ALLOC)
        return rt_panic_runtime(g, "makeslice: len out of range");
    if (cap < len || __builtin_mul_overflow((uint64_t)cap, stride, &bytes) ||
        bytes > MAX_ALLOC)
        return rt_panic_runtime(g, "makeslice: cap out of range");
    void *data;
    if (bytes == 0) {
        data = (void *)&zero_sized_base;
    } else {
        data = gc_alloc(g, elem, (size_t)bytes);
        if (!data)
            return -1;
    }
    out->data = data;
    out->len = len;
    out->cap = cap;
    return 0;
}

int64_t rt_slicecopy(const rtype *elem, golem_slice dst, golem_slice src)
{
    int64_t n = dst.len < src.len ? dst.len : src.len;
    uint64_t stride = elem_stride(elem);
    if (n > 0 && stride > 0 && dst.data != src.data)
        memmove(dst.data, src.data, (size_t)n * stride);
    return n;
}

int64_t rt_typedslicecopy(golem_g *g, const rtype *elem, golem_slice dst,
                          golem_slice src)
{
    int64_t n = dst.len < src.len ? dst.len : src.len;
    if (n > 0 && dst.data != src.data)
        gc_bulk_barrier(g, dst.data, src.data, elem, (size_t)n);
    return rt_slicecopy(elem, dst, src);
}
