/*
 * alg.c - equality and hashing of values of any comparable type, driven by
 * their rtype: what ==, map keys, switch on interfaces and interface
 * comparison use when the compiler could not emit a typed instruction.
 *
 * Values are read in memory representation (compiler/types.h): narrow
 * scalars at natural width at the start of their slot or packed array
 * element, struct fields at field.slot * 8, array elements at
 * elem->stride. Bytes outside a scalar's natural width are unspecified, so
 * nothing here ever compares or hashes whole slots of narrow fields.
 *
 * Equality follows the spec:
 *  - floats compare as floats: +0 == -0, NaN != NaN (so a NaN map key is
 *    never found again, as in Go);
 *  - strings by length and bytes;
 *  - interfaces: equal when both are nil, or when the dynamic types are
 *    identical (rtype pointer equality) and the values are equal; if the
 *    dynamic type is not comparable, Go panics with
 *    "runtime error: comparing uncomparable type []int";
 *  - structs field by field (blank fields `_` are skipped), arrays element
 *    by element;
 *  - slices, maps and funcs are not comparable: reaching one here (only
 *    possible through an interface) panics.
 *
 * Hashing must agree with equality: equal values hash equal. So +0 and -0
 * hash alike; a NaN hashes to a random value (each NaN key inserted into a
 * map is a new entry, as in Go); an interface hashes its dynamic type's
 * identity and its value; an unhashable dynamic type panics with
 * "runtime error: hash of unhashable type []int". Composite values chain
 * the seed through their parts. The byte hash reads 16 bytes per round and
 * folds each pair of words with a 64x64->128-bit multiply (high and low
 * halves xored), which mixes well enough for open addressing on the low
 * bits and runs at several bytes per cycle.
 */
#include "runtime.h"
#include <string.h>

#define K0 0xa0761d6478bd642full
#define K1 0xe7037ed1a0b428dbull
#define K2 0x8ebc6af09c88c6e3ull

static inline uint64_t fold_mul(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t load32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Hash of n bytes at p. */
uint64_t rt_memhash(const void *data, size_t n, uint64_t seed)
{
    const uint8_t *p = data;
    uint64_t h = seed ^ K0 ^ (n * K2);
    uint64_t a, b;
    while (n > 16) {
        h = fold_mul(load64(p) ^ K1, load64(p + 8) ^ h);
        p += 16;
        n -= 16;
    }
    if (n >= 8) {
        a = load64(p);
        b = load64(p + n - 8);
    } else if (n >= 4) {
        a = load32(p);
        b = load32(p + n - 4);
    } else if (n > 0) {
        a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
        b = 0;
    } else {
        a = b = 0;
    }
    return fold_mul(fold_mul(a ^ K1, b ^ h) ^ K2, h ^ K1);
}

uint64_t rt_hash64(uint64_t v, uint64_t seed)
{
    return fold_mul(fold_mul(v ^ K0, seed ^ K1), K2);
}

/* ---- comparability ---- */

/* Whether == is defined on t (interfaces count: they may still panic on
   their dynamic value). */
bool rt_comparable(const rtype *t)
{
    switch (t->kind) {
    case RK_SLICE: case RK_MAP: case RK_FUNC:
        return false;
    case RK_ARRAY:
        return rt_comparable(t->elem);
    case RK_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!rt_comparable(t->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

static bool is_blank_field(const rfield *f)
{
    return f->name && f->name[0] == '_' && f->name[1] == 0;
}

/* ---- equality ---- */

static int iface_equal(golem_g *g, const rtype *t, const golem_iface *a,
                       const golem_iface *b)
{
    bool empty = t->nmethods == 0;
    const rtype *ta = rt_iface_type(a, empty), *tb = rt_iface_type(b, empty);
    if (ta != tb)
        return 0;
    if (!ta)
        return 1;
    if (!rt_comparable(ta))
        return rt_panic_runtime(g, "comparing uncomparable type %s",
                                ta->string);
    if (ta->flags & RF_POINTER_SHAPED)
        return a->data == b->data;
    return rt_equal(g, ta, a->data, b->data);
}

static int struct_equal(golem_g *g, const rtype *t, const uint8_t *a,
                        const uint8_t *b)
{
    for (uint32_t i = 0; i < t->nfields; i++) {
        const rfield *f = &t->fields[i];
        if (is_blank_field(f))
            continue;
        size_t off = (size_t)f->slot * 8;
        int r = rt_equal(g, f->type, a + off, b + off);
        if (r != 1)
            return r;
    }
    return 1;
}

/* Elements whose equality is their bytes (no floats, strings, interfaces,
   padding): integers, bools and pointer-like words. */
static bool bytewise_kind(int k)
{
    return (k >= RK_BOOL && k <= RK_UINTPTR) || k == RK_POINTER ||
           k == RK_CHAN || k == RK_UNSAFEPTR;
}

static int array_equal(golem_g *g, const rtype *t, const uint8_t *a,
                       const uint8_t *b)
{
    const rtype *e = t->elem;
    size_t stride = e->stride ? e->stride : (size_t)e->nslots * 8;
    if (bytewise_kind(e->kind) && stride == (size_t)rkind_natural_size(e->kind))
        return memcmp(a, b, stride * (size_t)t->len) == 0;
    for (int64_t i = 0; i < t->len; i++) {
        int r = rt_equal(g, e, a + i * stride, b + i * stride);
        if (r != 1)
            return r;
    }
    return 1;
}

int rt_equal(golem_g *g, const rtype *t, const void *pa, const void *pb)
{
    const uint8_t *a = pa, *b = pb;
    switch (t->kind) {
    case RK_BOOL: case RK_INT8: case RK_UINT8:
        return *a == *b;
    case RK_INT16: case RK_UINT16:
        return memcmp(a, b, 2) == 0;
    case RK_INT32: case RK_UINT32:
        return memcmp(a, b, 4) == 0;
    case RK_FLOAT32: {
        float x, y;
        memcpy(&x, a, 4), memcpy(&y, b, 4);
        return x == y;
    }
    case RK_FLOAT64: {
        double x, y;
        memcpy(&x, a, 8), memcpy(&y, b, 8);
        return x == y;
    }
    case RK_COMPLEX64: {
        float x[2], y[2];
        memcpy(x, a, 8), memcpy(y, b, 8);
        return x[0] == y[0] && x[1] == y[1];
    }
    case RK_COMPLEX128: {
        double x[2], y[2];
        memcpy(x, a, 16), memcpy(y, b, 16);
        return x[0] == y[0] && x[1] == y[1];
    }
    case RK_STRING:
        return rt_streq(*(const golem_string *)pa, *(const golem_string *)pb);
    case RK_INTERFACE:
        return iface_equal(g, t, pa, pb);
    case RK_STRUCT:
        return struct_equal(g, t, a, b);
    case RK_ARRAY:
        return array_equal(g, t, a, b);
    case RK_SLICE: case RK_MAP: case RK_FUNC:
        return rt_panic_runtime(g, "comparing uncomparable type %s",
                                t->string);
    default: /* 8-byte ints, uintptr, pointers, chans, unsafe.Pointer */
        return memcmp(a, b, 8) == 0;
    }
}

/* ---- hashing ---- */

static uint64_t float_hash(golem_g *g, double f, uint64_t seed)
{
    if (f == 0)
        return rt_hash64(0, seed); /* +0 and -0 */
    if (f != f)                    /* NaN: never equal, so never found */
        return rt_hash64(rt_fastrand(g->vm), seed);
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return rt_hash64(bits, seed);
}

static int iface_hash(golem_g *g, const rtype *t, const golem_iface *v,
                      uint64_t seed, uint64_t *out)
{
    const rtype *dt = rt_iface_type(v, t->nmethods == 0);
    if (!dt) {
        *out = rt_hash64(0, seed);
        return 0;
    }
    if (!rt_comparable(dt))
        return rt_panic_runtime(g, "hash of unhashable type %s", dt->string);
    seed = rt_hash64((uint64_t)(uintptr_t)dt, seed);
    if (dt->flags & RF_POINTER_SHAPED) {
        *out = rt_hash64((uint64_t)(uintptr_t)v->data, seed);
        return 0;
    }
    return rt_hash(g, dt, v->data, seed, out);
}

static int struct_hash(golem_g *g, const rtype *t, const uint8_t *p,
                       uint64_t seed, uint64_t *out)
{
    uint64_t h = seed;
    for (uint32_t i = 0; i < t->nfields; i++) {
        const rfield *f = &t->fields[i];
        if (is_blank_field(f))
            continue;
        if (rt_hash(g, f->type, p + (size_t)f->slot * 8, h, &h) < 0)
            return -1;
    }
    *out = h;
    return 0;
}

static int array_hash(golem_g *g, const rtype *t, const uint8_t *p,
                      uint64_t seed, uint64_t *out)
{
    const rtype *e = t->elem;
    size_t stride = e->stride ? e->stride : (size_t)e->nslots * 8;
    if (bytewise_kind(e->kind) &&
        stride == (size_t)rkind_natural_size(e->kind)) {
        *out = rt_memhash(p, stride * (size_t)t->len, seed);
        return 0;
    }
    uint64_t h = seed;
    for (int64_t i = 0; i < t->len; i++)
        if (rt_hash(g, e, p + i * stride, h, &h) < 0)
            return -1;
    *out = h;
    return 0;
}

int rt_hash(golem_g *g, const rtype *t, const void *pv, uint64_t seed,
            uint64_t *out)
{
    const uint8_t *p = pv;
    switch (t->kind) {
    case RK_BOOL: case RK_INT8: case RK_UINT8:
        *out = rt_hash64(*p, seed);
        return 0;
    case RK_INT16: case RK_UINT16: {
        uint16_t v;
        memcpy(&v, p, 2);
        *out = rt_hash64(v, seed);
        return 0;
    }
    case RK_INT32: case RK_UINT32:
        *out = rt_hash64(load32(p), seed);
        return 0;
    case RK_FLOAT32: {
        float f;
        memcpy(&f, p, 4);
        *out = float_hash(g, f, seed);
        return 0;
    }
    case RK_FLOAT64: {
        double f;
        memcpy(&f, p, 8);
        *out = float_hash(g, f, seed);
        return 0;
    }
    case RK_COMPLEX64: {
        float f[2];
        memcpy(f, p, 8);
        *out = float_hash(g, f[1], float_hash(g, f[0], seed));
        return 0;
    }
    case RK_COMPLEX128: {
        double f[2];
        memcpy(f, p, 16);
        *out = float_hash(g, f[1], float_hash(g, f[0], seed));
        return 0;
    }
    case RK_STRING: {
        const golem_string *s = pv;
        *out = rt_memhash(s->data, (size_t)s->len, seed);
        return 0;
    }
    case RK_INTERFACE:
        return iface_hash(g, t, pv, seed, out);
    case RK_STRUCT:
        return struct_hash(g, t, p, seed, out);
    case RK_ARRAY:
        return array_hash(g, t, p, seed, out);
    case RK_SLICE: case RK_MAP: case RK_FUNC:
        return rt_panic_runtime(g, "hash of unhashable type %s", t->string);
    default:
        *out = rt_hash64(load64(p), seed);
        return 0;
    }
}
