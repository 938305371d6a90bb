/*
 * test_runtime.c - unit tests of the runtime's slow paths: size classes,
 * slice growth (capacities equal to Go's), UTF-8 decoding and encoding as
 * Go's range and conversions do, equality and hashing, itabs, boxing, and
 * the texts of runtime panics and of the panic report. Descriptors are
 * made by hand (vm/rtype.h). Expected values come from go1.19 (`go run`).
 *
 * Build: cc -std=gnu11 -Iinclude -Icompiler -Ivm tests/unit/test_runtime.c
 *        build/libgolem.a -lm -lpthread -ldl
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "harness.h"
#include "runtime.h"
#include "sizeclasses.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- harness: tests/unit/harness.h ---- */

static bool gstr_is(golem_string s, const char *want)
{
    bool ok = s.len == (int64_t)strlen(want) &&
              (s.len == 0 || memcmp(s.data, want, (size_t)s.len) == 0);
    if (!ok)
        fprintf(stderr, "  got \"%.*s\", want \"%s\"\n", (int)s.len,
                s.data ? (const char *)s.data : "", want);
    return ok;
}

/* The Error() text of the raised runtime error, then clears it. */
static bool panic_text_is(const char *want)
{
    golem_string s = {NULL, 0};
    if (!tg->panic || !rt_runtime_error_text(tg, tg->panic->value.tab,
                                             tg->panic->value.data, &s)) {
        fprintf(stderr, "  no runtime error raised (want \"%s\")\n", want);
        return false;
    }
    tg->panic = NULL;
    return gstr_is(s, want);
}

/* A writer sink that keeps what is written (for the panic report). */
typedef struct capture {
    char buf[4096];
    size_t len;
} capture;

static void capture_write(void *ctx, const char *buf, size_t len)
{
    capture *c = ctx;
    if (c->len + len >= sizeof c->buf)
        len = sizeof c->buf - 1 - c->len;
    memcpy(c->buf + c->len, buf, len);
    c->len += len;
    c->buf[c->len] = 0;
}

/* ---- descriptors ---- */

static const uint8_t pm0[8] = {0};
static const uint8_t pm_str[2] = {1, 0};
static const uint8_t pm_iface[2] = {0, 1};
static const uint8_t pm_ptr[1] = {1};

#define BASIC(ident, k, str, size)                                         \
    static const rtype ident = {.kind = k, .flags = RF_COMPARABLE,         \
                                .nslots = 1, .stride = size,               \
                                .string = str, .ptrmask = pm0}
BASIC(t_int, RK_INT, "int", 8);
BASIC(t_int8, RK_INT8, "int8", 1);
BASIC(t_uint8, RK_UINT8, "uint8", 1);
BASIC(t_int32, RK_INT32, "int32", 4);
BASIC(t_int64, RK_INT64, "int64", 8);
BASIC(t_float64, RK_FLOAT64, "float64", 8);
BASIC(t_float32, RK_FLOAT32, "float32", 4);

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
    .kind = RK_STRUCT, .flags = RF_COMPARABLE, .string = "struct {}"};

/* struct{a, b, c int} (24 bytes in Go) and struct{a..e int} (40) */
static const rfield f_ints[5] = {
    {"a", &t_int, 0, false, false}, {"b", &t_int, 1, false, false},
    {"c", &t_int, 2, false, false}, {"d", &t_int, 3, false, false},
    {"e", &t_int, 4, false, false},
};
static const rtype t_s3 = {.kind = RK_STRUCT, .flags = RF_COMPARABLE,
                           .nslots = 3, .stride = 24, .string = "main.S3",
                           .fields = f_ints, .nfields = 3, .ptrmask = pm0};
static const rtype t_s5 = {.kind = RK_STRUCT, .flags = RF_COMPARABLE,
                           .nslots = 5, .stride = 40, .string = "main.S5",
                           .fields = f_ints, .nfields = 5, .ptrmask = pm0};
/* struct{a, b int8}: 2 bytes in Go, 16 in golem */
static const rfield f_p[2] = {{"a", &t_int8, 0, false, false},
                              {"b", &t_int8, 1, false, false}};
static const rtype t_p = {.kind = RK_STRUCT, .flags = RF_COMPARABLE,
                          .nslots = 2, .stride = 16, .string = "main.P",
                          .fields = f_p, .nfields = 2, .ptrmask = pm0};
/* struct{a int8; b int64; c int8}: 24 bytes in Go */
static const rfield f_q[3] = {{"a", &t_int8, 0, false, false},
                              {"b", &t_int64, 1, false, false},
                              {"c", &t_int8, 2, false, false}};
static const rtype t_q = {.kind = RK_STRUCT, .flags = RF_COMPARABLE,
                          .nslots = 3, .stride = 24, .string = "main.Q",
                          .fields = f_q, .nfields = 3, .ptrmask = pm0};
/* struct{a int64; b struct{}}: 16 bytes in Go (trailing zero-size pad) */
static const rfield f_z[2] = {{"a", &t_int64, 0, false, false},
                              {"b", &t_empty_struct, 1, false, false}};
static const rtype t_z = {.kind = RK_STRUCT, .flags = RF_COMPARABLE,
                          .nslots = 1, .stride = 8, .string = "main.Z",
                          .fields = f_z, .nfields = 2, .ptrmask = pm0};
/* struct{x float64; s string; _ int32; n int8} with a blank field */
static const rfield f_mix[4] = {{"x", &t_float64, 0, false, false},
                                {"s", &t_string, 1, false, false},
                                {"_", &t_int32, 3, false, false},
                                {"n", &t_int8, 4, false, false}};
static const uint8_t pm_mix[5] = {0, 1, 0, 0, 0};
static const rtype t_mix = {.kind = RK_STRUCT,
                            .flags = RF_COMPARABLE | RF_HAS_POINTERS,
                            .nslots = 5, .stride = 40, .string = "main.M",
                            .fields = f_mix, .nfields = 4, .ptrmask = pm_mix};
static const rtype t_arr_int8 = {.kind = RK_ARRAY, .flags = RF_COMPARABLE,
                                 .nslots = 1, .stride = 8,
                                 .string = "[5]int8", .elem = &t_int8,
                                 .len = 5, .ptrmask = pm0};

/* Methods for itab tests: type main.T with methods A(), M(); interface
   main.I { M() }; interface main.J { M(); Z() }. */
static const rtype sig_void = {.kind = RK_FUNC, .nslots = 1, .stride = 8,
                               .string = "func()", .ptrmask = pm_ptr};
static const rtype *const out_string[1] = {&t_string};
static const rtype sig_str = {.kind = RK_FUNC, .nslots = 1, .stride = 8,
                              .string = "func() string", .out = out_string,
                              .nout = 1, .ptrmask = pm_ptr};
static golem_proto proto_a = {.name = "main.T.A"};
static golem_proto proto_m = {.name = "main.T.M"};
static const rmethod t_methods[2] = {
    {"A", &sig_void, &proto_a, &proto_a},
    {"M", &sig_void, &proto_m, &proto_m},
};
static const rtype t_T = {.kind = RK_STRUCT,
                          .flags = RF_NAMED | RF_COMPARABLE, .nslots = 0,
                          .string = "main.T", .name = "T",
                          .pkgpath = "main", .methods = t_methods,
                          .nmethods = 2};
static const rmethod i_methods[1] = {{"M", &sig_void, NULL, NULL}};
static const rtype t_I = {.kind = RK_INTERFACE,
                          .flags = RF_NAMED | RF_COMPARABLE, .nslots = 2,
                          .stride = 16, .string = "main.I", .name = "I",
                          .pkgpath = "main", .methods = i_methods,
                          .nmethods = 1, .ptrmask = pm_iface};
static const rmethod j_methods[2] = {{"M", &sig_void, NULL, NULL},
                                     {"Z", &sig_void, NULL, NULL}};
static const rtype t_J = {.kind = RK_INTERFACE,
                          .flags = RF_NAMED | RF_COMPARABLE, .nslots = 2,
                          .stride = 16, .string = "main.J", .name = "J",
                          .pkgpath = "main", .methods = j_methods,
                          .nmethods = 2, .ptrmask = pm_iface};
/* the predeclared error interface, as codegen would make it */
static const rmethod err_methods[1] = {{"Error", &sig_str, NULL, NULL}};
static const rtype t_error = {.kind = RK_INTERFACE,
                              .flags = RF_NAMED | RF_COMPARABLE,
                              .nslots = 2, .stride = 16, .string = "error",
                              .name = "error", .methods = err_methods,
                              .nmethods = 1, .ptrmask = pm_iface};

/* ---- size classes ---- */

/* Recomputes the table from the rule in sizeclasses.h's header. */
static bool size_classes_follow_documented_rule(void)
{
    uint32_t size[80], npages[80];
    int n = 1;
    size[0] = npages[0] = 0;
    uint32_t align = 8;
    for (uint32_t s = align; s <= SC_MAX_SMALL_SIZE; s += align) {
        if ((s & (s - 1)) == 0) {
            if (s >= 2048)
                align = 256;
            else if (s >= 128)
                align = s / 8;
            else if (s >= 32)
                align = 16;
        }
        uint32_t alloc = SC_PAGE_SIZE;
        while (alloc % s > alloc / 8)
            alloc += SC_PAGE_SIZE;
        uint32_t np = alloc / SC_PAGE_SIZE;
        if (n > 1 && np == npages[n - 1] && alloc / s == alloc / size[n - 1]) {
            size[n - 1] = s;
            continue;
        }
        CHECK(n < 80);
        size[n] = s;
        npages[n] = np;
        n++;
    }
    for (int i = 1; i < n; i++) {
        uint32_t span = npages[i] * SC_PAGE_SIZE;
        uint32_t bigger = (span / (span / size[i])) & ~127u;
        if (bigger > size[i])
            size[i] = bigger;
    }
    CHECK(n == SC_NUM_CLASSES);
    for (int i = 0; i < n; i++) {
        CHECK(sc_class_to_size[i] == size[i]);
        CHECK(sc_class_to_npages[i] == npages[i]);
    }
    return true;
}

static bool size_class_lookup_is_smallest_fit(void)
{
    for (uint32_t s = 1; s <= SC_MAX_SMALL_SIZE; s++) {
        int c = sc_size_class(s);
        CHECK(c > 0 && c < SC_NUM_CLASSES);
        CHECK(sc_class_to_size[c] >= s && sc_class_to_size[c - 1] < s);
    }
    CHECK(sc_roundupsize(32769) == 40960);
    CHECK(sc_roundupsize(5) == 8 && sc_roundupsize(1025) == 1152);
    return true;
}

/* ---- slices ---- */

/* The capacities append produces while appending one element at a time
   up to 5000 elements, compared with go1.19's output. */
static bool growth_matches(const rtype *elem, const int64_t *want, int nwant)
{
    int64_t cap = 0, len = 0;
    int k = 0;
    for (; len < 5000; len++) {
        if (len == cap) {
            cap = rt_grow_capacity(elem, cap, len + 1);
            if (k >= nwant || cap != want[k]) {
                fprintf(stderr, "  %s: step %d: cap %lld, want %lld\n",
                        elem->string, k, (long long)cap,
                        k < nwant ? (long long)want[k] : -1LL);
                return false;
            }
            k++;
        }
    }
    return k == nwant;
}

#define GROWS(t, ...)                                                      \
    do {                                                                   \
        static const int64_t w[] = {__VA_ARGS__};                          \
        CHECK(growth_matches(t, w, (int)(sizeof w / sizeof w[0])));        \
    } while (0)

static bool growslice_capacities_equal_go(void)
{
    GROWS(&t_uint8, 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072,
          4096, 5376);
    GROWS(&t_int, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792,
          2560, 3408, 5120);
    GROWS(&t_string, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792,
          2560, 3584, 5120);
    GROWS(&t_s3, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048,
          3072, 4096, 5461);
    GROWS(&t_s5, 1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252,
          3072, 4096, 5324);
    return true;
}

static bool growslice_uses_go_sizes_not_golem_strides(void)
{
    /* go1.19: p4 p8 ... p512 p896 / q1 ... q853 / z1 ... z848 */
    int64_t cap = 0;
    cap = rt_grow_capacity(&t_p, 0, 1);
    CHECK(cap == 4);
    CHECK(rt_grow_capacity(&t_p, 512, 513) == 896);
    CHECK(rt_grow_capacity(&t_q, 512, 513) == 853);
    CHECK(rt_grow_capacity(&t_z, 512, 513) == 848);
    /* appending many at once: append([]int{1,2,3}, 5 more) -> cap 8;
       append([]byte("hello"), 20 more) -> cap 32 */
    CHECK(rt_grow_capacity(&t_int, 3, 8) == 8);
    CHECK(rt_grow_capacity(&t_uint8, 5, 25) == 32);
    CHECK(rt_grow_capacity(&t_empty_struct, 0, 10) == 10);
    return true;
}

static bool growslice_copies_and_keeps_len(void)
{
    golem_slice s = {NULL, 0, 0};
    for (int64_t i = 0; i < 1000; i++) {
        if (s.len == s.cap)
            CHECK(rt_growslice(tg, &s, &t_int32, s.len + 1) == 0);
        ((int32_t *)s.data)[s.len++] = (int32_t)i;
    }
    for (int64_t i = 0; i < 1000; i++)
        CHECK(((int32_t *)s.data)[i] == i);
    int64_t len = s.len;
    CHECK(rt_growslice(tg, &s, &t_int32, 5000) == 0);
    CHECK(s.len == len && s.cap >= 5000);
    CHECK(((int32_t *)s.data)[999] == 999 && ((int32_t *)s.data)[4999] == 0);
    return true;
}

static bool makeslice_checks_len_and_cap(void)
{
    golem_slice s;
    CHECK(rt_makeslice(tg, &s, &t_int, 3, 5) == 0);
    CHECK(s.len == 3 && s.cap == 5 && ((int64_t *)s.data)[4] == 0);
    CHECK(rt_makeslice(tg, &s, &t_int, -1, 5) == -1);
    CHECK(panic_text_is("runtime error: makeslice: len out of range"));
    CHECK(rt_makeslice(tg, &s, &t_int, 2, 1) == -1);
    CHECK(panic_text_is("runtime error: makeslice: cap out of range"));
    CHECK(rt_makeslice(tg, &s, &t_int, 1, (int64_t)1 << 62) == -1);
    CHECK(panic_text_is("runtime error: makeslice: cap out of range"));
    return true;
}

static bool slicecopy_copies_min_len_with_overlap(void)
{
    uint8_t buf[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    golem_slice dst = {buf + 2, 6, 6}, src = {buf, 4, 8};
    CHECK(rt_slicecopy(&t_uint8, dst, src) == 4);
    uint8_t want[8] = {1, 2, 1, 2, 3, 4, 7, 8};
    CHECK(memcmp(buf, want, 8) == 0);
    return true;
}

/* ---- strings and UTF-8 ---- */

static bool range_decoding_matches_go_on_invalid_utf8(void)
{
    /* go1.19 `for i, r := range s` output for this string */
    static const char s[] = "a\xff" "b\xe2\x82\xed\xa0\x80\xf4\x90\x80\x80"
                            "\xc0\xaf\xe2\x82\xac\xf0\x9f\x98\x80\xf0\x9f\x98";
    static const struct { int i; int32_t r; } want[] = {
        {0, 0x61}, {1, 0xfffd}, {2, 0x62}, {3, 0xfffd}, {4, 0xfffd},
        {5, 0xfffd}, {6, 0xfffd}, {7, 0xfffd}, {8, 0xfffd}, {9, 0xfffd},
        {10, 0xfffd}, {11, 0xfffd}, {12, 0xfffd}, {13, 0xfffd},
        {14, 0x20ac}, {17, 0x1f600}, {21, 0xfffd}, {22, 0xfffd},
        {23, 0xfffd},
    };
    int64_t n = (int64_t)sizeof s - 1, i = 0;
    size_t k = 0;
    while (i < n) {
        int32_t r;
        int w = rt_decode_rune((const uint8_t *)s + i, n - i, &r);
        CHECK(k < sizeof want / sizeof want[0]);
        CHECK(want[k].i == i && want[k].r == r);
        i += w;
        k++;
    }
    CHECK(k == sizeof want / sizeof want[0]);
    golem_string gs = {(const uint8_t *)s, n};
    golem_slice runes = rt_runes_from_string(tg, gs);
    CHECK(runes.len == (int64_t)k && ((int32_t *)runes.data)[14] == 0x20ac);
    return true;
}

static bool rune_encoding_replaces_invalid_runes(void)
{
    CHECK(gstr_is(rt_string_from_rune(tg, -1), "\xef\xbf\xbd"));
    CHECK(gstr_is(rt_string_from_rune(tg, 0xD800), "\xef\xbf\xbd"));
    CHECK(gstr_is(rt_string_from_rune(tg, 0x110000), "\xef\xbf\xbd"));
    CHECK(gstr_is(rt_string_from_rune(tg, (int64_t)1 << 32 | 'a'),
                  "\xef\xbf\xbd"));
    CHECK(gstr_is(rt_string_from_rune(tg, 0x10FFFF), "\xf4\x8f\xbf\xbf"));
    CHECK(gstr_is(rt_string_from_rune(tg, 0x7FF), "\xdf\xbf"));
    int32_t rs[4] = {'h', 0x20ac, -5, 0x1f600};
    golem_slice runes = {rs, 4, 4};
    CHECK(gstr_is(rt_string_from_runes(tg, runes),
                  "h\xe2\x82\xac\xef\xbf\xbd\xf0\x9f\x98\x80"));
    return true;
}

static bool string_ops_concat_compare_convert(void)
{
    golem_string a = rt_string_from_cstr(tg, "abc");
    golem_string b = rt_string_from_cstr(tg, "abd");
    golem_string e = {NULL, 0};
    CHECK(gstr_is(rt_concat(tg, a, b), "abcabd"));
    CHECK(rt_concat(tg, a, e).data == a.data);
    CHECK(rt_strcmp(a, b) < 0 && rt_strcmp(b, a) > 0 && rt_strcmp(a, a) == 0);
    CHECK(rt_strcmp(e, a) < 0);
    golem_string ab = rt_string_from_cstr(tg, "ab");
    CHECK(rt_strcmp(ab, a) < 0 && !rt_streq(ab, a) && rt_streq(e, e));
    golem_slice bs = rt_bytes_from_string(tg, a);
    CHECK(bs.len == 3 && bs.cap == 3 && bs.data != (void *)a.data);
    return true;
}

/* ---- equality and hashing ---- */

static uint64_t hash_of(const rtype *t, const void *p)
{
    uint64_t h = 0;
    rt_hash(tg, t, p, 12345, &h);
    return h;
}

static bool float_equality_and_hash_follow_go(void)
{
    double pz = 0.0, nz = -0.0, nan = NAN, one = 1;
    CHECK(rt_equal(tg, &t_float64, &pz, &nz) == 1);
    CHECK(hash_of(&t_float64, &pz) == hash_of(&t_float64, &nz));
    CHECK(rt_equal(tg, &t_float64, &nan, &nan) == 0);
    CHECK(rt_equal(tg, &t_float64, &one, &pz) == 0);
    float fz = 0.0f, fnz = -0.0f;
    CHECK(rt_equal(tg, &t_float32, &fz, &fnz) == 1);
    CHECK(hash_of(&t_float32, &fz) == hash_of(&t_float32, &fnz));
    return true;
}

static bool struct_equality_ignores_padding_and_blank_fields(void)
{
    uint64_t a[5], b[5];
    memset(a, 0x11, sizeof a);
    memset(b, 0x22, sizeof b);
    double x = 2.5;
    golem_string s1 = rt_string_from_cstr(tg, "same");
    golem_string s2 = rt_string_from_cstr(tg, "same");
    int8_t n = -3;
    memcpy(&a[0], &x, 8), memcpy(&b[0], &x, 8);
    memcpy(&a[1], &s1, 16), memcpy(&b[1], &s2, 16);
    memcpy(&a[4], &n, 1), memcpy(&b[4], &n, 1);
    CHECK(rt_equal(tg, &t_mix, a, b) == 1);
    CHECK(hash_of(&t_mix, a) == hash_of(&t_mix, b));
    n = 4;
    memcpy(&b[4], &n, 1);
    CHECK(rt_equal(tg, &t_mix, a, b) == 0);
    int8_t arr1[8] = {1, 2, 3, 4, 5, 9, 9, 9}, arr2[8] = {1, 2, 3, 4, 5};
    CHECK(rt_equal(tg, &t_arr_int8, arr1, arr2) == 1);
    CHECK(hash_of(&t_arr_int8, arr1) == hash_of(&t_arr_int8, arr2));
    return true;
}

static bool interface_equality_by_dynamic_type(void)
{
    int64_t v = 300;
    int32_t v32 = 300;
    golem_iface a = {&t_int, rt_box(tg, &t_int, &v)};
    golem_iface b = {&t_int, rt_box(tg, &t_int, &v)};
    golem_iface c = {&t_int32, rt_box(tg, &t_int32, &v32)};
    golem_iface nil = {NULL, NULL};
    CHECK(a.data != b.data);
    CHECK(rt_equal(tg, &t_any, &a, &b) == 1);
    CHECK(hash_of(&t_any, &a) == hash_of(&t_any, &b));
    CHECK(rt_equal(tg, &t_any, &a, &c) == 0);
    CHECK(rt_equal(tg, &t_any, &a, &nil) == 0);
    CHECK(rt_equal(tg, &t_any, &nil, &nil) == 1);
    golem_slice sl = {NULL, 0, 0};
    golem_iface s1 = {&t_slice_int, rt_box(tg, &t_slice_int, &sl)};
    golem_iface s2 = s1;
    CHECK(rt_equal(tg, &t_any, &s1, &s2) == -1);
    CHECK(panic_text_is("runtime error: comparing uncomparable type []int"));
    /* different dynamic types compare unequal without panicking */
    CHECK(rt_equal(tg, &t_any, &s1, &a) == 0 && !tg->panic);
    uint64_t h;
    CHECK(rt_hash(tg, &t_any, &s1, 0, &h) == -1);
    CHECK(panic_text_is("runtime error: hash of unhashable type []int"));
    return true;
}

/* ---- interfaces ---- */

static bool getitab_matches_methods_and_caches(void)
{
    const itab *tab = rt_getitab(tg, &t_I, &t_T, false);
    CHECK(tab && tab->type == &t_T && tab->inter == &t_I);
    CHECK(tab->nfun == 1 && tab->fun[0] == &proto_m);
    CHECK(rt_getitab(tg, &t_I, &t_T, false) == tab);
    CHECK(rt_getitab(tg, &t_J, &t_T, true) == NULL && !tg->panic);
    CHECK(rt_getitab(tg, &t_J, &t_T, false) == NULL);
    CHECK(panic_text_is(
        "interface conversion: main.T is not main.J: missing method Z"));
    CHECK(rt_getitab(tg, &t_J, NULL, false) == NULL);
    CHECK(panic_text_is("interface conversion: interface is nil, not main.J"));
    return true;
}

static bool runtime_errors_implement_codegens_error_interface(void)
{
    rt_panic_divide(tg);
    golem_panic *p = tg->panic;
    CHECK(p && p->runtime_error);
    const itab *tab = rt_getitab(tg, &t_error, p->value.tab, true);
    CHECK(tab && tab->nfun == 1 && tab->fun[0]->native);
    /* call Error() through the itab as the interpreter would */
    slot args[2] = {{.p = p->value.data}, {0}};
    CHECK(tab->fun[0]->native(tg, args) == 0);
    golem_string s = {args[0].p, args[1].i};
    CHECK(gstr_is(s, "runtime error: integer divide by zero"));
    tg->panic = NULL;
    return true;
}

static bool many_itabs_survive_cache_growth(void)
{
    /* 300 distinct (interface, type) pairs: forces several table grows */
    static rtype types[300];
    for (int i = 0; i < 300; i++) {
        types[i] = t_T;
        CHECK(rt_getitab(tg, &t_I, &types[i], true) != NULL);
    }
    for (int i = 0; i < 300; i++) {
        const itab *tab = rt_getitab(tg, &t_I, &types[i], true);
        CHECK(tab && tab->type == &types[i]);
    }
    return true;
}

static bool box_shares_small_values_and_copies_others(void)
{
    int64_t small = 7, big = 1000, neg = -1;
    int8_t b = -1;
    void *p1 = rt_box(tg, &t_int, &small), *p2 = rt_box(tg, &t_int, &small);
    CHECK(p1 == p2 && *(int64_t *)p1 == 7);
    void *q1 = rt_box(tg, &t_int, &big), *q2 = rt_box(tg, &t_int, &big);
    CHECK(q1 != q2 && *(int64_t *)q1 == 1000);
    CHECK(*(int64_t *)rt_box(tg, &t_int, &neg) == -1);
    CHECK(*(int8_t *)rt_box(tg, &t_int8, &b) == -1);
    int x;
    void *ptr = &x;
    static const rtype t_ptr = {.kind = RK_POINTER,
                                .flags = RF_POINTER_SHAPED | RF_COMPARABLE,
                                .nslots = 1, .stride = 8, .string = "*int",
                                .elem = &t_int, .ptrmask = pm_ptr};
    CHECK(rt_box(tg, &t_ptr, &ptr) == ptr);
    golem_string s = rt_string_from_cstr(tg, "boxed");
    golem_string *bs = rt_box(tg, &t_string, &s);
    CHECK(bs != &s && rt_streq(*bs, s));
    return true;
}

/* ---- panics ---- */

static bool bounds_messages_match_go(void)
{
    rt_panic_index(tg, 5, 3);
    CHECK(panic_text_is("runtime error: index out of range [5] with length 3"));
    rt_panic_index(tg, -1, 3);
    CHECK(panic_text_is("runtime error: index out of range [-1]"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE_ACAP, 5, 3);
    CHECK(panic_text_is(
        "runtime error: slice bounds out of range [:5] with capacity 3"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE_ALEN, 5, 3);
    CHECK(panic_text_is(
        "runtime error: slice bounds out of range [:5] with length 3"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE_B, 5, 3);
    CHECK(panic_text_is("runtime error: slice bounds out of range [5:3]"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE3_ACAP, 5, 3);
    CHECK(panic_text_is(
        "runtime error: slice bounds out of range [::5] with capacity 3"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE3_ALEN, 5, 3);
    CHECK(panic_text_is(
        "runtime error: slice bounds out of range [::5] with length 3"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE3_B, 3, 2);
    CHECK(panic_text_is("runtime error: slice bounds out of range [:3:2]"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE3_C, 2, 1);
    CHECK(panic_text_is("runtime error: slice bounds out of range [2:1:]"));
    rt_panic_slice(tg, RT_BOUNDS_SLICE_B, -2, 1);
    CHECK(panic_text_is("runtime error: slice bounds out of range [-2:]"));
    rt_panic_slice(tg, RT_BOUNDS_INDEX | RT_BOUNDS_UNSIGNED, -1, 3);
    CHECK(panic_text_is("runtime error: index out of range "
                        "[18446744073709551615] with length 3"));
    rt_panic_slice(tg, RT_BOUNDS_CONVERT, 4, 3);
    CHECK(panic_text_is("runtime error: cannot convert slice with length 3 "
                        "to array or pointer to array with length 4"));
    return true;
}

static bool other_runtime_messages_match_go(void)
{
    rt_panic_nil_deref(tg);
    CHECK(tg->panic && tg->panic->sigsegv);
    CHECK(panic_text_is(
        "runtime error: invalid memory address or nil pointer dereference"));
    rt_panic_divide(tg);
    CHECK(panic_text_is("runtime error: integer divide by zero"));
    rt_panic_nil_map(tg);
    CHECK(tg->panic && tg->panic->runtime_error);
    CHECK(panic_text_is("assignment to entry in nil map"));
    rt_panic_typeassert(tg, &t_any, &t_string, &t_int);
    CHECK(panic_text_is(
        "interface conversion: interface {} is string, not int"));
    rt_panic_typeassert(tg, &t_any, NULL, &t_int);
    CHECK(panic_text_is("interface conversion: interface {} is nil, not int"));
    rt_panic_typeassert(tg, &t_any, &t_T, &t_J);
    CHECK(panic_text_is(
        "interface conversion: main.T is not main.J: missing method Z"));
    static rtype other_T;
    other_T = t_T;
    rt_panic_typeassert(tg, &t_I, &other_T, &t_T);
    CHECK(panic_text_is("interface conversion: main.I is main.T, not main.T "
                        "(types from different scopes)"));
    return true;
}

static bool print_float_matches_go_print(void)
{
    char buf[32];
    rt_format_float(buf, 1.5);
    CHECK(strcmp(buf, "+1.500000e+000") == 0);
    rt_format_float(buf, -0.0);
    CHECK(strcmp(buf, "-0.000000e+000") == 0);
    rt_format_float(buf, 1e100);
    CHECK(strcmp(buf, "+1.000000e+100") == 0);
    rt_format_float(buf, 123456789.0);
    CHECK(strcmp(buf, "+1.234568e+008") == 0);
    rt_format_float(buf, 0.001);
    CHECK(strcmp(buf, "+1.000000e-003") == 0);
    rt_format_float(buf, NAN);
    CHECK(strcmp(buf, "NaN") == 0);
    rt_format_float(buf, -INFINITY);
    CHECK(strcmp(buf, "-Inf") == 0);
    return true;
}

/* The full report for a recovered-and-repanicked runtime error raised in
   main.f called from main.main, as Go prints it (golem's frame form). */
static bool panic_report_has_gos_shape(void)
{
    static int32_t lines_f[4] = {10, 11, 12, 13};
    static int32_t lines_main[4] = {20, 21, 22, 23};
    golem_proto pf = {.name = "main.f", .file = "/tmp/x.go",
                      .lines = lines_f, .ncode = 4, .nparams = 1};
    golem_proto pm = {.name = "main.main", .file = "/tmp/x.go",
                      .lines = lines_main, .ncode = 4};
    golem_proto pr = {.name = "runtime.main"};
    golem_frame *saved = tg->frames;
    golem_frame frames[3] = {{.proto = &pr}, {.proto = &pm, .pc = 3},
                             {.proto = &pf, .pc = 2}};
    tg->frames = frames;
    tg->nframes = 3;
    capture cap = {.len = 0};
    golem_writer saved_err = tvm->err;
    tvm->err.write = capture_write;
    tvm->err.ctx = &cap;
    rt_panic_index(tg, 3, 0);
    tg->panic->recovered = true;
    rt_panic_index(tg, 3, 0);
    rt_print_panic(tg);
    tg->panic = NULL;
    int64_t v = 42;
    rt_panic(tg, &t_int, rt_box(tg, &t_int, &v));
    rt_print_panic(tg);
    tg->panic = NULL;
    static const rtype t_E = {.kind = RK_STRING, .flags = RF_NAMED,
                              .nslots = 2, .stride = 16, .string = "main.E",
                              .name = "E", .pkgpath = "main"};
    golem_string es = rt_string_from_cstr(tg, "x");
    rt_panic(tg, &t_E, rt_box(tg, &t_E, &es));
    rt_print_panic(tg);
    tg->panic = NULL;
    rt_panic_nil_deref(tg);
    rt_print_panic(tg);
    tg->panic = NULL;
    tvm->err = saved_err;
    tg->frames = saved;
    tg->nframes = 0;
    const char *want =
        "panic: runtime error: index out of range [3] with length 0 "
        "[recovered]\n"
        "\tpanic: runtime error: index out of range [3] with length 0\n"
        "\n"
        "goroutine 1 [running]:\n"
        "main.f(...)\n"
        "\t/tmp/x.go:11 +0x1\n"
        "main.main()\n"
        "\t/tmp/x.go:22 +0x2\n"
        "panic: 42\n\ngoroutine 1 [running]:\n"
        "main.f(...)\n\t/tmp/x.go:11 +0x1\nmain.main()\n\t/tmp/x.go:22 +0x2\n"
        "panic: main.E(\"x\")\n\ngoroutine 1 [running]:\n"
        "main.f(...)\n\t/tmp/x.go:11 +0x1\nmain.main()\n\t/tmp/x.go:22 +0x2\n"
        "panic: runtime error: invalid memory address or nil pointer "
        "dereference\n"
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n"
        "\ngoroutine 1 [running]:\n"
        "main.f(...)\n\t/tmp/x.go:11 +0x1\nmain.main()\n\t/tmp/x.go:22 +0x2\n";
    if (strcmp(cap.buf, want) != 0) {
        fprintf(stderr, "  report:\n%s\n  want:\n%s\n", cap.buf, want);
        return false;
    }
    return true;
}

static bool fatal_error_prints_and_sets_exit_status(void)
{
    static int32_t lines[2] = {5, 6};
    golem_proto pm = {.name = "main.main", .file = "/tmp/d.go",
                      .lines = lines, .ncode = 2};
    golem_frame *saved = tg->frames;
    golem_frame frames[1] = {{.proto = &pm, .pc = 2}};
    tg->frames = frames;
    tg->nframes = 1;
    tg->status = G_WAITING;
    tg->waitreason = "chan receive";
    capture cap = {.len = 0};
    golem_writer saved_err = tvm->err;
    tvm->err.write = capture_write;
    tvm->err.ctx = &cap;
    int r = rt_fatal(tg, "all goroutines are asleep - deadlock!");
    tvm->err = saved_err;
    tg->frames = saved;
    tg->nframes = 0;
    tg->status = G_RUNNING;
    tg->waitreason = NULL;
    CHECK(r == -1 && tvm->exit_code == 2 && tvm->exiting);
    tvm->exit_code = 0;
    tvm->exiting = false;
    const char *want = "fatal error: all goroutines are asleep - deadlock!\n"
                       "\n"
                       "goroutine 1 [chan receive]:\n"
                       "main.main()\n"
                       "\t/tmp/d.go:6 +0x1\n";
    if (strcmp(cap.buf, want) != 0) {
        fprintf(stderr, "  report:\n%s\n  want:\n%s\n", cap.buf, want);
        return false;
    }
    return true;
}

int main(void)
{
    tvm = vm_new();
    tg = vm_new_g(tvm);
    run("sizeclasses_follow_documented_rule",
        size_classes_follow_documented_rule);
    run("sizeclasses_lookup_is_smallest_fit",
        size_class_lookup_is_smallest_fit);
    run("growslice_capacities_equal_go_for_sizes_1_8_16_24_40",
        growslice_capacities_equal_go);
    run("growslice_uses_go_sizes_not_golem_strides",
        growslice_uses_go_sizes_not_golem_strides);
    run("growslice_copies_and_keeps_len", growslice_copies_and_keeps_len);
    run("makeslice_checks_len_and_cap", makeslice_checks_len_and_cap);
    run("slicecopy_copies_min_len_with_overlap",
        slicecopy_copies_min_len_with_overlap);
    run("utf8_range_decoding_matches_go_on_invalid_input",
        range_decoding_matches_go_on_invalid_utf8);
    run("utf8_rune_encoding_replaces_invalid_runes",
        rune_encoding_replaces_invalid_runes);
    run("string_ops_concat_compare_convert",
        string_ops_concat_compare_convert);
    run("equal_hash_floats_follow_go", float_equality_and_hash_follow_go);
    run("equal_hash_structs_ignore_padding_and_blank_fields",
        struct_equality_ignores_padding_and_blank_fields);
    run("equal_hash_interfaces_by_dynamic_type",
        interface_equality_by_dynamic_type);
    run("getitab_matches_methods_and_caches",
        getitab_matches_methods_and_caches);
    run("getitab_runtime_errors_implement_error",
        runtime_errors_implement_codegens_error_interface);
    run("getitab_cache_survives_growth", many_itabs_survive_cache_growth);
    run("box_shares_small_values_and_copies_others",
        box_shares_small_values_and_copies_others);
    run("panic_bounds_messages_match_go", bounds_messages_match_go);
    run("panic_other_runtime_messages_match_go",
        other_runtime_messages_match_go);
    run("print_float_matches_go_print", print_float_matches_go_print);
    run("panic_report_has_gos_shape", panic_report_has_gos_shape);
    run("fatal_error_prints_and_sets_exit_status",
        fatal_error_prints_and_sets_exit_status);
    rt_vm_free(tvm);
    vm_free(tvm);
    return failures ? 1 : 0;
}
