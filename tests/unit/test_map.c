/*
 * test_map.c - unit tests of vm/map.c (with alg.c hashing and equality):
 * maps over int, narrow int, string, float, struct and interface keys,
 * growth to 1e5 entries, deletion, iteration (each key exactly once, order
 * varying, safe under deletion and insertion), nil maps and unhashable
 * keys. Descriptors are made by hand (vm/rtype.h), as codegen would.
 *
 * Build: cc -std=gnu11 -Iinclude -Icompiler -Ivm tests/unit/test_map.c
 *        build/libgolem.a -lm -lpthread -ldl
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "harness.h"
#include "runtime.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- harness: tests/unit/harness.h ---- */

/* The Error() text of the raised runtime error, then clears it. */
static bool panic_text_is(const char *want)
{
    if (!tg->panic)
        return false;
    golem_string s;
    bool ok = rt_runtime_error_text(tg, tg->panic->value.tab,
                                    tg->panic->value.data, &s) &&
              s.len == (int64_t)strlen(want) &&
              memcmp(s.data, want, (size_t)s.len) == 0;
    if (!ok)
        fprintf(stderr, "  panic text differs from \"%s\"\n", want);
    tg->panic = NULL;
    return ok;
}

/* ---- descriptors ---- */

static const uint8_t pm0[4] = {0, 0, 0, 0};
static const uint8_t pm_str[2] = {1, 0};
static const uint8_t pm_iface[2] = {0, 1};

#define BASIC(ident, k, str, size)                                         \
    static const rtype ident = {.kind = k, .flags = RF_COMPARABLE,         \
                                .nslots = 1, .stride = size,               \
                                .string = str, .ptrmask = pm0}
BASIC(t_int, RK_INT, "int", 8);
BASIC(t_int8, RK_INT8, "int8", 1);
BASIC(t_int32, RK_INT32, "int32", 4);
BASIC(t_float64, RK_FLOAT64, "float64", 8);
BASIC(t_bool, RK_BOOL, "bool", 1);

static const rtype t_string = {
    .kind = RK_STRING, .flags = RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 2, .stride = 16, .string = "string", .ptrmask = pm_str};
static const rtype t_any = {
    .kind = RK_INTERFACE, .flags = RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 2, .stride = 16, .string = "interface {}",
    .ptrmask = pm_iface};
static const rtype t_slice_int = {
    .kind = RK_SLICE, .flags = RF_HAS_POINTERS, .nslots = 3, .stride = 24,
    .string = "[]int", .elem = &t_int, .ptrmask = pm_str};
static const rtype t_empty_struct = {
    .kind = RK_STRUCT, .flags = RF_COMPARABLE, .nslots = 0, .stride = 0,
    .string = "struct {}"};

/* struct { a int32; b string } : slots a=0, b=1..2 */
static const rfield f_pair[2] = {
    {"a", &t_int32, 0, false, false},
    {"b", &t_string, 1, false, false},
};
static const uint8_t pm_pair[3] = {0, 1, 0};
static const rtype t_pair = {
    .kind = RK_STRUCT, .flags = RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 3, .stride = 24, .string = "struct { a int32; b string }",
    .fields = f_pair, .nfields = 2, .ptrmask = pm_pair};

#define MAPTYPE(ident, k, v)                                               \
    static const rtype ident = {.kind = RK_MAP,                            \
                                .flags = RF_POINTER_SHAPED |               \
                                         RF_HAS_POINTERS,                  \
                                .nslots = 1, .stride = 8,                  \
                                .string = "map", .key = k, .elem = v}
MAPTYPE(m_int_int, &t_int, &t_int);
MAPTYPE(m_int8_int, &t_int8, &t_int);
MAPTYPE(m_str_int, &t_string, &t_int);
MAPTYPE(m_pair_int, &t_pair, &t_int);
MAPTYPE(m_any_int, &t_any, &t_int);
MAPTYPE(m_f64_int, &t_float64, &t_int);
MAPTYPE(m_str_empty, &t_string, &t_empty_struct);
MAPTYPE(m_int_bool, &t_int, &t_bool);

/* ---- helpers ---- */

static golem_string str_of(const char *fmt, int64_t n)
{
    char buf[64];
    snprintf(buf, sizeof buf, fmt, (long long)n);
    return rt_string_from_cstr(tg, buf);
}

static bool set_int(golem_map *m, const void *key, int64_t v)
{
    int64_t *p = rt_mapassign(tg, m, key);
    if (!p)
        return false;
    *p = v;
    return true;
}

static bool get_int(golem_map *m, const void *key, int64_t *v)
{
    int64_t *p = rt_mapaccess(tg, m, key);
    if (p)
        *v = *p;
    return p != NULL;
}

/* ---- tests ---- */

enum { N = 100000 };

static bool int_keys_insert_lookup_delete_grow(void)
{
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < N; k++)
        CHECK(set_int(m, &k, k * 3));
    CHECK(rt_maplen(m) == N);
    for (int64_t k = 0; k < N; k++) {
        int64_t v;
        CHECK(get_int(m, &k, &v) && v == k * 3);
    }
    int64_t absent = N + 5;
    CHECK(rt_mapaccess(tg, m, &absent) == NULL);
    for (int64_t k = 0; k < N; k += 2)
        CHECK(rt_mapdelete(tg, m, &k) == 0);
    CHECK(rt_maplen(m) == N / 2);
    for (int64_t k = 0; k < N; k++) {
        int64_t v;
        bool found = get_int(m, &k, &v);
        CHECK(found == (k % 2 == 1));
        if (found)
            CHECK(v == k * 3);
    }
    /* overwrite keeps the count */
    int64_t one = 1;
    CHECK(set_int(m, &one, -1));
    CHECK(rt_maplen(m) == N / 2);
    int64_t v;
    CHECK(get_int(m, &one, &v) && v == -1);
    return true;
}

static bool negative_and_sparse_int_keys(void)
{
    golem_map *m = rt_makemap(tg, &m_int_int, 10);
    int64_t keys[] = {0, -1, INT64_MIN, INT64_MAX, 1LL << 40, 1LL << 32, 7};
    int n = (int)(sizeof keys / sizeof keys[0]);
    for (int i = 0; i < n; i++)
        CHECK(set_int(m, &keys[i], i));
    for (int i = 0; i < n; i++) {
        int64_t v;
        CHECK(get_int(m, &keys[i], &v) && v == i);
    }
    CHECK(rt_maplen(m) == n);
    return true;
}

static bool narrow_int_keys_use_natural_width(void)
{
    golem_map *m = rt_makemap(tg, &m_int8_int, 0);
    for (int k = -128; k < 128; k++) {
        /* garbage above the natural width must not matter */
        uint64_t slot = 0xdeadbeefcafe0000ull | (uint8_t)(int8_t)k;
        CHECK(set_int(m, &slot, k));
    }
    CHECK(rt_maplen(m) == 256);
    for (int k = -128; k < 128; k++) {
        int8_t key = (int8_t)k;
        int64_t v;
        CHECK(get_int(m, &key, &v) && v == k);
    }
    return true;
}

static bool string_keys_insert_lookup_delete_grow(void)
{
    golem_map *m = rt_makemap(tg, &m_str_int, 0);
    for (int64_t k = 0; k < N; k++) {
        golem_string s = str_of("key-%lld", k);
        CHECK(set_int(m, &s, k));
    }
    CHECK(rt_maplen(m) == N);
    for (int64_t k = 0; k < N; k++) {
        golem_string s = str_of("key-%lld", k); /* a different pointer */
        int64_t v;
        CHECK(get_int(m, &s, &v) && v == k);
    }
    golem_string empty = {NULL, 0};
    CHECK(rt_mapaccess(tg, m, &empty) == NULL);
    CHECK(set_int(m, &empty, 42));
    int64_t v;
    CHECK(get_int(m, &empty, &v) && v == 42);
    for (int64_t k = 0; k < N; k += 3) {
        golem_string s = str_of("key-%lld", k);
        CHECK(rt_mapdelete(tg, m, &s) == 0);
    }
    CHECK(rt_maplen(m) == N + 1 - (N + 2) / 3);
    golem_string s0 = str_of("key-%lld", 0), s1 = str_of("key-%lld", 1);
    CHECK(rt_mapaccess(tg, m, &s0) == NULL);
    CHECK(get_int(m, &s1, &v) && v == 1);
    return true;
}

static bool struct_keys_compare_fieldwise(void)
{
    golem_map *m = rt_makemap(tg, &m_pair_int, 0);
    for (int64_t k = 0; k < N; k++) {
        uint64_t key[3];
        memset(key, 0xAB, sizeof key); /* garbage beside the int32 */
        int32_t a = (int32_t)(k % 1000);
        memcpy(&key[0], &a, 4);
        golem_string b = str_of("%lld", k / 1000);
        memcpy(&key[1], &b, 16);
        CHECK(set_int(m, key, k));
    }
    CHECK(rt_maplen(m) == N);
    for (int64_t k = 0; k < N; k += 7) {
        uint64_t key[3] = {0, 0, 0};
        int32_t a = (int32_t)(k % 1000);
        memcpy(&key[0], &a, 4);
        golem_string b = str_of("%lld", k / 1000);
        memcpy(&key[1], &b, 16);
        int64_t v;
        CHECK(get_int(m, key, &v) && v == k);
    }
    return true;
}

static bool interface_keys_by_dynamic_type_and_value(void)
{
    golem_map *m = rt_makemap(tg, &m_any_int, 0);
    for (int64_t k = 0; k < N; k++) {
        golem_iface key;
        if (k % 2) {
            key.tab = &t_int;
            key.data = rt_box(tg, &t_int, &k);
        } else {
            golem_string s = str_of("%lld", k);
            key.tab = &t_string;
            key.data = rt_box(tg, &t_string, &s);
        }
        CHECK(set_int(m, &key, k));
    }
    CHECK(rt_maplen(m) == N);
    /* int 3 is present, string "3" is not (odd numbers are ints) */
    int64_t three = 3;
    golem_string s3 = str_of("%lld", 3);
    golem_iface ki = {&t_int, rt_box(tg, &t_int, &three)};
    golem_iface ks = {&t_string, rt_box(tg, &t_string, &s3)};
    int64_t v;
    CHECK(get_int(m, &ki, &v) && v == 3);
    CHECK(rt_mapaccess(tg, m, &ks) == NULL);
    golem_iface nil = {NULL, NULL};
    CHECK(rt_mapaccess(tg, m, &nil) == NULL);
    CHECK(set_int(m, &nil, -7));
    CHECK(get_int(m, &nil, &v) && v == -7);
    return true;
}

static bool unhashable_interface_key_panics(void)
{
    golem_map *m = rt_makemap(tg, &m_any_int, 0);
    golem_slice sl = {NULL, 0, 0};
    golem_iface key = {&t_slice_int, rt_box(tg, &t_slice_int, &sl)};
    CHECK(rt_mapassign(tg, m, &key) == NULL);
    CHECK(panic_text_is("runtime error: hash of unhashable type []int"));
    /* lookups panic too, even in an empty map, as Go's do */
    CHECK(rt_mapaccess(tg, m, &key) == NULL);
    CHECK(panic_text_is("runtime error: hash of unhashable type []int"));
    CHECK(rt_mapdelete(tg, m, &key) == -1);
    CHECK(panic_text_is("runtime error: hash of unhashable type []int"));
    return true;
}

static bool float_keys_zero_and_nan(void)
{
    golem_map *m = rt_makemap(tg, &m_f64_int, 0);
    double pz = 0.0, nz = -0.0, nan = NAN;
    CHECK(set_int(m, &pz, 1));
    CHECK(set_int(m, &nz, 2));
    CHECK(rt_maplen(m) == 1); /* +0 and -0 are one key */
    int64_t v;
    CHECK(get_int(m, &pz, &v) && v == 2);
    CHECK(set_int(m, &nan, 3));
    CHECK(set_int(m, &nan, 4));
    CHECK(rt_maplen(m) == 3); /* each NaN is a new key */
    CHECK(rt_mapaccess(tg, m, &nan) == NULL);
    /* iteration still produces both NaN entries */
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *k, *val;
    int nans = 0, total = 0;
    while (rt_mapiternext(it, &k, &val)) {
        total++;
        nans += isnan(*(double *)k);
    }
    CHECK(total == 3 && nans == 2);
    /* clear removes NaN keys too: an iterator started before it stops */
    it = rt_mapiterinit(tg, m);
    CHECK(rt_mapiternext(it, &k, &val));
    rt_mapclear(tg, m);
    CHECK(set_int(m, &pz, 5));
    CHECK(!rt_mapiternext(it, &k, &val) || *(double *)k == 0);
    CHECK(rt_maplen(m) == 1);
    return true;
}

static bool nil_map_reads_empty_and_panics_on_assign(void)
{
    int64_t k = 1;
    CHECK(rt_mapaccess(tg, NULL, &k) == NULL);
    CHECK(rt_maplen(NULL) == 0);
    CHECK(rt_mapdelete(tg, NULL, &k) == 0);
    CHECK(tg->panic == NULL);
    golem_mapiter *it = rt_mapiterinit(tg, NULL);
    void *key, *val;
    CHECK(!rt_mapiternext(it, &key, &val));
    CHECK(rt_mapassign(tg, NULL, &k) == NULL);
    CHECK(panic_text_is("assignment to entry in nil map"));
    return true;
}

/* Iterates m, counting visits per key 0..n-1 in seen. */
static bool iterate_counting(golem_map *m, int n, int *seen)
{
    memset(seen, 0, sizeof(int) * (size_t)n);
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *k, *v;
    while (rt_mapiternext(it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        if (key < 0 || key >= n || *(int64_t *)v != key * 3)
            return false;
        seen[key]++;
    }
    return true;
}

static bool iteration_visits_every_key_exactly_once(void)
{
    static int seen[N];
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < N; k++)
        CHECK(set_int(m, &k, k * 3));
    for (int64_t k = 0; k < N; k += 5) /* holes */
        CHECK(rt_mapdelete(tg, m, &k) == 0);
    CHECK(iterate_counting(m, N, seen));
    for (int k = 0; k < N; k++)
        CHECK(seen[k] == (k % 5 ? 1 : 0));
    return true;
}

static int64_t first_key(golem_map *m)
{
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *k, *v;
    return rt_mapiternext(it, &k, &v) ? *(int64_t *)k : -1;
}

static bool iteration_order_varies_between_loops(void)
{
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < 100; k++)
        CHECK(set_int(m, &k, k * 3));
    int64_t first = first_key(m);
    for (int i = 0; i < 20; i++)
        if (first_key(m) != first)
            return true;
    return false;
}

static bool deleted_entries_are_not_produced(void)
{
    enum { K = 1000 };
    int seen[K] = {0};
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < K; k++)
        CHECK(set_int(m, &k, k * 3));
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *kp, *vp;
    int64_t produced = 0;
    bool deleted[K] = {false};
    while (rt_mapiternext(it, &kp, &vp)) {
        int64_t key = *(int64_t *)kp;
        CHECK(!deleted[key]);
        seen[key]++;
        produced++;
        /* delete the next two keys (mod K) unless already seen */
        for (int64_t d = 1; d <= 2; d++) {
            int64_t victim = (key + d) % K;
            if (!seen[victim] && !deleted[victim]) {
                deleted[victim] = true;
                CHECK(rt_mapdelete(tg, m, &victim) == 0);
            }
        }
    }
    for (int k = 0; k < K; k++)
        CHECK(seen[k] == (deleted[k] ? 0 : 1));
    return true;
}

static bool insertion_during_iteration_keeps_each_key_once(void)
{
    enum { K = 8, ADD = 5000 };
    int seen[K + ADD] = {0};
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < K; k++)
        CHECK(set_int(m, &k, k * 3));
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *kp, *vp;
    bool grown = false;
    int64_t victim = -1;
    while (rt_mapiternext(it, &kp, &vp)) {
        int64_t key = *(int64_t *)kp;
        CHECK(*(int64_t *)vp == key * 3);
        seen[key]++;
        if (!grown) {
            grown = true;
            /* grow the map many times over, then delete one old key
               not yet seen: it must not be produced afterwards */
            for (int64_t k = K; k < K + ADD; k++)
                CHECK(set_int(m, &k, k * 3));
            for (int64_t k = 0; k < K; k++)
                if (!seen[k]) {
                    victim = k;
                    break;
                }
            CHECK(rt_mapdelete(tg, m, &victim) == 0);
        }
    }
    for (int k = 0; k < K; k++)
        CHECK(seen[k] == (k == victim ? 0 : 1));
    for (int k = K; k < K + ADD; k++)
        CHECK(seen[k] <= 1);
    return true;
}

static bool updates_during_iteration_are_seen(void)
{
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < 100; k++)
        CHECK(set_int(m, &k, k * 3));
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *kp, *vp;
    bool first = true;
    int n = 0;
    while (rt_mapiternext(it, &kp, &vp)) {
        int64_t key = *(int64_t *)kp;
        if (first) {
            first = false;
            for (int64_t k = 0; k < 100; k++) /* (allocation-free) */
                CHECK(set_int(m, &k, k * 3 + 1));
            for (int64_t k = 100; k < 400; k++) /* now force a rebuild */
                CHECK(set_int(m, &k, 0));
            for (int64_t k = 0; k < 100; k++)
                CHECK(set_int(m, &k, k * 3 + 2));
            continue;
        }
        CHECK(key < 100);
        CHECK(*(int64_t *)vp == key * 3 + 2);
        n++;
    }
    CHECK(n == 99);
    return true;
}

static bool clear_empties_map_and_stops_iteration(void)
{
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < 50; k++)
        CHECK(set_int(m, &k, k));
    golem_mapiter *it = rt_mapiterinit(tg, m);
    void *kp, *vp;
    CHECK(rt_mapiternext(it, &kp, &vp));
    rt_mapclear(tg, m);
    CHECK(rt_maplen(m) == 0);
    CHECK(!rt_mapiternext(it, &kp, &vp));
    int64_t k = 3;
    CHECK(rt_mapaccess(tg, m, &k) == NULL);
    CHECK(set_int(m, &k, 9));
    CHECK(rt_maplen(m) == 1);
    return true;
}

static bool queue_churn_compacts_without_growing(void)
{
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    for (int64_t k = 0; k < 100000; k++) {
        CHECK(set_int(m, &k, k));
        if (k >= 3) {
            int64_t old = k - 3;
            CHECK(rt_mapdelete(tg, m, &old) == 0);
        }
    }
    CHECK(rt_maplen(m) == 3);
    for (int64_t k = 99997; k < 100000; k++) {
        int64_t v;
        CHECK(get_int(m, &k, &v) && v == k);
    }
    return true;
}

static bool clear_without_iterators_reuses_table(void)
{
    golem_map *m = rt_makemap(tg, &m_str_int, 0);
    for (int round = 0; round < 3; round++) {
        for (int64_t k = 0; k < 1000; k++) {
            golem_string s = str_of("%lld", k + round);
            CHECK(set_int(m, &s, k));
        }
        CHECK(rt_maplen(m) == 1000);
        golem_string s = str_of("%lld", 500 + round);
        int64_t v;
        CHECK(get_int(m, &s, &v) && v == 500);
        rt_mapclear(tg, m);
        CHECK(rt_maplen(m) == 0 && rt_mapaccess(tg, m, &s) == NULL);
    }
    return true;
}

static bool zero_size_values_are_found(void)
{
    golem_map *m = rt_makemap(tg, &m_str_empty, 0);
    golem_string a = str_of("a%lld", 1), b = str_of("b%lld", 2);
    CHECK(rt_mapassign(tg, m, &a) != NULL);
    CHECK(rt_mapaccess(tg, m, &a) != NULL);
    CHECK(rt_mapaccess(tg, m, &b) == NULL);
    CHECK(rt_maplen(m) == 1);
    return true;
}

static bool narrow_values_are_packed(void)
{
    golem_map *m = rt_makemap(tg, &m_int_bool, 0);
    for (int64_t k = 0; k < 1000; k++) {
        uint8_t *p = rt_mapassign(tg, m, &k);
        CHECK(p);
        *p = (uint8_t)(k & 1);
    }
    for (int64_t k = 0; k < 1000; k++) {
        uint8_t *p = rt_mapaccess(tg, m, &k);
        CHECK(p && *p == (k & 1));
    }
    return true;
}

/* Random inserts, deletes and lookups checked against a plain array
   (exercises backward-shift deletion, compaction and growth). */
static bool random_operations_agree_with_reference(void)
{
    enum { KEYS = 5000, OPS = 400000 };
    static int64_t ref[KEYS];
    static bool present[KEYS];
    memset(present, 0, sizeof present);
    golem_map *m = rt_makemap(tg, &m_int_int, 0);
    uint64_t x = 88172645463325252ull;
    int64_t count = 0;
    for (int i = 0; i < OPS; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        int64_t k = (int64_t)(x % KEYS) * 1000003;
        int64_t slot = (int64_t)(x % KEYS);
        switch ((x >> 32) % 3) {
        case 0:
            CHECK(set_int(m, &k, i));
            count += !present[slot];
            present[slot] = true;
            ref[slot] = i;
            break;
        case 1:
            CHECK(rt_mapdelete(tg, m, &k) == 0);
            count -= present[slot];
            present[slot] = false;
            break;
        default: {
            int64_t v;
            bool found = get_int(m, &k, &v);
            CHECK(found == present[slot]);
            if (found)
                CHECK(v == ref[slot]);
        }
        }
        CHECK(rt_maplen(m) == count);
    }
    return true;
}

int main(void)
{
    tvm = vm_new();
    tg = vm_new_g(tvm);
    run("map_int_keys_insert_lookup_delete_grow_1e5",
        int_keys_insert_lookup_delete_grow);
    run("map_negative_and_sparse_int_keys", negative_and_sparse_int_keys);
    run("map_narrow_int_keys_use_natural_width",
        narrow_int_keys_use_natural_width);
    run("map_string_keys_insert_lookup_delete_grow_1e5",
        string_keys_insert_lookup_delete_grow);
    run("map_struct_keys_compare_fieldwise_1e5", struct_keys_compare_fieldwise);
    run("map_interface_keys_by_dynamic_type_and_value_1e5",
        interface_keys_by_dynamic_type_and_value);
    run("map_unhashable_interface_key_panics",
        unhashable_interface_key_panics);
    run("map_float_keys_zero_and_nan", float_keys_zero_and_nan);
    run("map_nil_map_reads_empty_and_panics_on_assign",
        nil_map_reads_empty_and_panics_on_assign);
    run("map_iteration_visits_every_key_exactly_once",
        iteration_visits_every_key_exactly_once);
    run("map_iteration_order_varies_between_loops",
        iteration_order_varies_between_loops);
    run("map_iteration_deleted_entries_are_not_produced",
        deleted_entries_are_not_produced);
    run("map_iteration_insertion_and_growth_keep_each_key_once",
        insertion_during_iteration_keeps_each_key_once);
    run("map_iteration_sees_updates_after_rebuild",
        updates_during_iteration_are_seen);
    run("map_clear_empties_map_and_stops_iteration",
        clear_empties_map_and_stops_iteration);
    run("map_queue_churn_compacts_without_growing",
        queue_churn_compacts_without_growing);
    run("map_clear_without_iterators_reuses_table",
        clear_without_iterators_reuses_table);
    run("map_zero_size_values_are_found", zero_size_values_are_found);
    run("map_narrow_values_are_packed", narrow_values_are_packed);
    run("map_random_operations_agree_with_reference",
        random_operations_agree_with_reference);
    rt_vm_free(tvm);
    vm_free(tvm);
    return failures ? 1 : 0;
}
