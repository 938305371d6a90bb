/*
 * unicode.c - package unicode's natives and the rune classification used by
 * strings, strconv and fmt.
 *
 * Mechanism: every property is a sorted array of closed rune ranges
 * (tables.h, generated from Go's Unicode tables); a lookup is a binary
 * search, after an ASCII fast path for the common case. Case mappings are
 * runs {lo, hi, step, delta}: runes lo, lo+step, ..., hi map to rune+delta
 * (step 2 covers the alternating upper/lower blocks such as U+0100..U+017F).
 *
 * The RangeTables of package unicode (unicode.Latin, unicode.Lu, ...) live
 * in rangetables.h (tools/mkunicode-tables.go): all their strided runs
 * {lo, hi, stride} in one array, and per table its slice of that array;
 * unicode.inTable binary-searches the slice of table id-1. SimpleFold walks
 * case-folding orbits: the few orbits of three or more runes (k K U+212A)
 * are listed in unicode_fold_orbits, every other rune folds to its other
 * case. The tables are immutable constants; nothing here has state.
 *
 * Start-up. Importing strings imports unicode, so unicode's init must be
 * cheap: tables.go declares the 227 exported *RangeTable variables
 * (C ... White_Space) without initialisers, and its init calls bindTables
 * once, which points each variable at its element of the 236-table array
 * `tables`, sets each element's id, R16, R32 and LatinOffset (the slices
 * over static arrays in Go's own form, shared by the process's VMs; the
 * collector ignores pointers outside the heap), and fills the five name maps from the names
 * in rangetables.h (the 9 fold tables have no variable). This
 * leans on the layout of package-level variables (compiler/codegen.c
 * cg_layout_globals, compiler/check_pkg.c compute_init_order): variables
 * without initialisers occupy consecutive slots in declaration order, so
 * the variables C .. White_Space are one array of pointers. bindTables
 * checks that (the distance between the first and the last must be
 * UNICODE_NVARS-1 slots) and panics if a compiler change broke it, rather
 * than write elsewhere. The values stored are addresses inside the globals
 * block, not heap objects, so no write barrier is involved; the map keys
 * are golem strings over the constant names.
 *
 * CaseRanges (and TurkishCase) is a copy (one allocation, one memcpy) of
 * unicode_case_ranges (unicode_turkish_case), which the generator lays
 * out as golem stores a CaseRange: Lo, Hi and Delta each start a slot
 * (Delta's three int32s packed in two slots), 32 bytes per element.
 */
#include "unicode/unicode_impl.h"

#include "natives.h"

#include <stddef.h>
#include <string.h>

typedef struct unicode_range {
    int32_t lo, hi;
} unicode_range;

typedef struct unicode_case_run {
    int32_t lo, hi, step, delta;
} unicode_case_run;

#include "unicode/tables.h"

/* The tables behind unicode.Latin, unicode.Lu, ... : runes lo, lo+stride,
   ..., hi; each table's runs are sorted and disjoint. */
typedef struct unicode_run {
    int32_t lo, hi, stride;
} unicode_run;

typedef struct unicode_table_index {
    int32_t first, count; /* runs first .. first+count-1 */
    int32_t map;          /* the name map listing it: index of bindTables'
                             map parameters (Categories, Scripts, ...) */
    const char *name;     /* its key there */
} unicode_table_index;

/* One unicode.CaseRange in golem's memory layout (32 bytes). */
typedef struct unicode_case_range {
    uint32_t lo, pad_lo;
    uint32_t hi, pad_hi;
    int32_t delta[3], pad_delta;
} unicode_case_range;

_Static_assert(sizeof(unicode_case_range) == 32,
               "unicode.CaseRange is four slots");

/* SimpleFold's exceptions (orbits of three or more runes): from -> to. */
typedef struct unicode_fold {
    int32_t from, to;
} unicode_fold;

/* Go's own R16 or R32 entry of a generated table, laid out as golem
   stores a Range16 or Range32: three fields, one slot each, the value at
   the slot's start (a uint64 puts it there on a little-endian machine). */
typedef struct unicode_go_range {
    uint64_t lo, hi, stride;
} unicode_go_range;

/* Where a generated table's R16 and R32 lie in unicode_r16 / unicode_r32,
   and its LatinOffset. */
typedef struct unicode_go_table {
    int32_t r16_first, r16_count, r32_first, r32_count, latin_offset;
} unicode_go_table;

#include "unicode/rangetables.h"

/* A unicode.RangeTable in golem's memory layout. */
typedef struct unicode_range_table {
    golem_slice r16, r32;
    int64_t latin_offset;
    int64_t id;
} unicode_range_table;

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "unicode_go_range assumes narrow values at a slot's start");

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const unicode_range *t, size_t n, int32_t r)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r < t[mid].lo)
            hi = mid;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

static int32_t map_case(const unicode_case_run *t, size_t n, int32_t r)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r < t[mid].lo)
            hi = mid;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else
            return (r - t[mid].lo) % t[mid].step == 0 ? r + t[mid].delta : r;
    }
    return r;
}

#define LOOKUP(t, r) in_ranges(t, NELEM(t), r)

bool unicode_is_print(int32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return LOOKUP(print_ranges, r);
}

bool unicode_is_graphic(int32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return LOOKUP(graphic_ranges, r);
}

bool unicode_is_letter(int32_t r)
{
    if (r < 0x80)
        return (uint32_t)((r | 0x20) - 'a') < 26;
    return LOOKUP(letter_ranges, r);
}

bool unicode_is_digit(int32_t r)
{
    if (r < 0x80)
        return (uint32_t)(r - '0') < 10;
    return LOOKUP(digit_ranges, r);
}

bool unicode_is_space(int32_t r)
{
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return LOOKUP(space_ranges, r);
}

bool unicode_is_upper(int32_t r)
{
    if (r < 0x80)
        return (uint32_t)(r - 'A') < 26;
    return LOOKUP(upper_ranges, r);
}

bool unicode_is_lower(int32_t r)
{
    if (r < 0x80)
        return (uint32_t)(r - 'a') < 26;
    return LOOKUP(lower_ranges, r);
}

int32_t unicode_to_upper(int32_t r)
{
    if (r < 0x80)
        return (uint32_t)(r - 'a') < 26 ? r - 32 : r;
    return map_case(upper_runs, NELEM(upper_runs), r);
}

int32_t unicode_to_lower(int32_t r)
{
    if (r < 0x80)
        return (uint32_t)(r - 'A') < 26 ? r + 32 : r;
    return map_case(lower_runs, NELEM(lower_runs), r);
}

/* ---- natives: func F(r rune) bool / rune ---- */

#define RUNE_ARG(args) ((int32_t)(args)[0].i)

#define BOOL_NATIVE(fname, expr)                                           \
    static int fname(golem_g *g, slot *args)                               \
    {                                                                      \
        (void)g;                                                           \
        int32_t r = RUNE_ARG(args);                                        \
        args[0].u = (expr) ? 1 : 0;                                        \
        return 0;                                                          \
    }

BOOL_NATIVE(unicode_IsLetter, unicode_is_letter(r))
BOOL_NATIVE(unicode_IsDigit, unicode_is_digit(r))
BOOL_NATIVE(unicode_IsNumber, r < 0x80 ? (uint32_t)(r - '0') < 10
                                       : LOOKUP(number_ranges, r))
BOOL_NATIVE(unicode_IsSpace, unicode_is_space(r))
BOOL_NATIVE(unicode_IsUpper, unicode_is_upper(r))
BOOL_NATIVE(unicode_IsLower, unicode_is_lower(r))
BOOL_NATIVE(unicode_IsTitle, r >= 0x80 && LOOKUP(title_ranges, r))
BOOL_NATIVE(unicode_IsPunct, LOOKUP(punct_ranges, r))
BOOL_NATIVE(unicode_IsSymbol, LOOKUP(symbol_ranges, r))
BOOL_NATIVE(unicode_IsMark, r >= 0x80 && LOOKUP(mark_ranges, r))
BOOL_NATIVE(unicode_IsControl, LOOKUP(control_ranges, r))
BOOL_NATIVE(unicode_IsPrint, unicode_is_print(r))
BOOL_NATIVE(unicode_IsGraphic, unicode_is_graphic(r))

static int unicode_ToUpper(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = unicode_to_upper(RUNE_ARG(args));
    return 0;
}

static int unicode_ToLower(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = unicode_to_lower(RUNE_ARG(args));
    return 0;
}

static int unicode_ToTitle(golem_g *g, slot *args)
{
    (void)g;
    int32_t r = RUNE_ARG(args);
    args[0].i = r < 0x80 ? unicode_to_upper(r)
                         : map_case(title_runs, NELEM(title_runs), r);
    return 0;
}

/* Whether r is in the strided runs t[0..n). */
static bool in_runs(const unicode_run *t, size_t n, int32_t r)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r < t[mid].lo)
            hi = mid;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else
            return (r - t[mid].lo) % t[mid].stride == 0;
    }
    return false;
}

/* Whether t is generated table k as set_go_ranges left it: a program may
   copy a table and change the copy's R16 or R32, which Is must then
   search instead. */
static bool is_generated(const unicode_range_table *t, size_t k)
{
    const unicode_go_table *gt = &unicode_go_tables[k];
    return t->r16.len == gt->r16_count && t->r32.len == gt->r32_count &&
           (!gt->r16_count || t->r16.data == &unicode_r16[gt->r16_first]) &&
           (!gt->r32_count || t->r32.data == &unicode_r32[gt->r32_first]);
}

/* func inTable(t *RangeTable, r rune) (in, ok bool): t has a non-zero id,
   1 + an index of unicode_tables (bindTables gives each generated table
   its id); ok is false when t's R16 or R32 are no longer that table's. */
static int unicode_inTable(golem_g *g, slot *args)
{
    const unicode_range_table *t = args[0].p;
    int32_t r = (int32_t)args[1].i;
    if (!t)
        return rt_panic_nil_deref(g);
    bool in = false, ok = false;
    if (t->id >= 1 && (size_t)t->id <= NELEM(unicode_tables) &&
        is_generated(t, (size_t)t->id - 1)) {
        const unicode_table_index *x = &unicode_tables[t->id - 1];
        in = in_runs(unicode_table_runs + x->first, (size_t)x->count, r);
        ok = true;
    }
    args[0].u = in ? 1 : 0;
    args[1].u = ok ? 1 : 0;
    return 0;
}

/* The next rune of r's case-folding orbit. The orbits of three or more
   runes come from unicode_fold_orbits; every other rune folds to its lower
   case if that differs, else its upper case. */
int32_t unicode_simple_fold(int32_t r)
{
    if (r < 0 || r > 0x10FFFF)
        return r;
    size_t lo = 0, hi = NELEM(unicode_fold_orbits);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r == unicode_fold_orbits[mid].from)
            return unicode_fold_orbits[mid].to;
        if (r < unicode_fold_orbits[mid].from)
            hi = mid;
        else
            lo = mid + 1;
    }
    int32_t l = unicode_to_lower(r);
    return l != r ? l : unicode_to_upper(r);
}

/* func SimpleFold(r rune) rune */
static int unicode_SimpleFold(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = unicode_simple_fold(RUNE_ARG(args));
    return 0;
}

/* Fills generated table k (id k+1): its id, and R16, R32 and LatinOffset
   as Go has them, the slices over the static arrays of rangetables.h
   (writable, as Go's are; a write in place is not seen by Is, which keeps
   the generated runs: nothing does that in practice). */
static void set_go_ranges(unicode_range_table *t, size_t k)
{
    const unicode_go_table *gt = &unicode_go_tables[k];
    t->id = (int64_t)k + 1;
    t->r16.data = gt->r16_count ? (void *)&unicode_r16[gt->r16_first] : NULL;
    t->r16.len = t->r16.cap = gt->r16_count;
    t->r32.data = gt->r32_count ? (void *)&unicode_r32[gt->r32_first] : NULL;
    t->r32.len = t->r32.cap = gt->r32_count;
    t->latin_offset = gt->latin_offset;
}

/* func bindTables(t0, t1 *RangeTable, first, last **RangeTable,
   m0, m1, m2, m3, m4 map[string]*RangeTable)
   t0, t1: &tables[0], &tables[1] (their distance is a RangeTable's size,
   checked against unicode_range_table); first, last: &C, &White_Space (the variables of
   tables 0 .. UNICODE_NVARS-1; the fold tables have none); m0..m4: the
   empty maps Categories, Scripts, Properties, FoldCategory, FoldScript. */
static int unicode_bindTables(golem_g *g, slot *args)
{
    uint8_t *t0 = args[0].p, *t1 = args[1].p;
    slot *first = args[2].p, *last = args[3].p;
    size_t ntables = NELEM(unicode_tables);
    if (!t0 || t1 <= t0 || (t1 - t0) % sizeof(slot) != 0 || !first ||
        last - first != UNICODE_NVARS - 1)
        return rt_panic_plain(g, "unicode: table variables are not laid "
                                 "out consecutively (see unicode.c)");
    size_t table_size = (size_t)(t1 - t0);
    if (table_size != sizeof(unicode_range_table))
        return rt_panic_plain(g, "unicode: RangeTable is not laid out as "
                                 "unicode.c expects");
    for (size_t k = 0; k < ntables; k++) {
        uint8_t *table = t0 + k * table_size;
        set_go_ranges((unicode_range_table *)table, k);
        if (k < UNICODE_NVARS)
            first[k].p = table;
        golem_map *m = args[4 + unicode_tables[k].map].p;
        const char *name = unicode_tables[k].name;
        golem_string key = {(const uint8_t *)name, (int64_t)strlen(name)};
        void **val = rt_mapassign(g, m, &key);
        if (!val)
            return -1;
        *val = table;
    }
    return 0;
}

/* Returns in out[0..2] a new []CaseRange holding a copy of t[0..n). */
static void case_ranges_copy(golem_g *g, slot *out,
                             const unicode_case_range *t, size_t n)
{
    void *data = gc_alloc(g, NULL, n * sizeof *t);
    memcpy(data, t, n * sizeof *t);
    out[0].p = data;
    out[1].i = (int64_t)n;
    out[2].i = (int64_t)n;
}

/* func caseRanges() []CaseRange: a fresh copy of Go's CaseRanges. */
static int unicode_caseRanges(golem_g *g, slot *args)
{
    case_ranges_copy(g, args, unicode_case_ranges,
                     NELEM(unicode_case_ranges));
    return 0;
}

/* func turkishCase() []CaseRange: a fresh copy of Go's TurkishCase. */
static int unicode_turkishCase(golem_g *g, slot *args)
{
    case_ranges_copy(g, args, unicode_turkish_case,
                     NELEM(unicode_turkish_case));
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native unicode_natives[] = {
    {"unicode.IsControl", unicode_IsControl},
    {"unicode.IsDigit", unicode_IsDigit},
    {"unicode.IsGraphic", unicode_IsGraphic},
    {"unicode.IsLetter", unicode_IsLetter},
    {"unicode.IsLower", unicode_IsLower},
    {"unicode.IsMark", unicode_IsMark},
    {"unicode.IsNumber", unicode_IsNumber},
    {"unicode.IsPrint", unicode_IsPrint},
    {"unicode.IsPunct", unicode_IsPunct},
    {"unicode.IsSpace", unicode_IsSpace},
    {"unicode.IsSymbol", unicode_IsSymbol},
    {"unicode.IsTitle", unicode_IsTitle},
    {"unicode.IsUpper", unicode_IsUpper},
    {"unicode.SimpleFold", unicode_SimpleFold},
    {"unicode.ToLower", unicode_ToLower},
    {"unicode.ToTitle", unicode_ToTitle},
    {"unicode.ToUpper", unicode_ToUpper},
    {"unicode.bindTables", unicode_bindTables},
    {"unicode.caseRanges", unicode_caseRanges},
    {"unicode.inTable", unicode_inTable},
    {"unicode.turkishCase", unicode_turkishCase},
    {NULL, NULL},
};
