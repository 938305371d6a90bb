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
} unicode_table_index;

/* SimpleFold's exceptions (orbits of three or more runes): from -> to. */
typedef struct unicode_fold {
    int32_t from, to;
} unicode_fold;

#include "unicode/rangetables.h"

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

/* func inTable(id int, r rune) bool: id is 1 + an index of unicode_tables
   (tables.go gives each generated *RangeTable its id). */
static int unicode_inTable(golem_g *g, slot *args)
{
    (void)g;
    int64_t id = args[0].i;
    int32_t r = (int32_t)args[1].i;
    bool in = false;
    if (id >= 1 && (size_t)id <= NELEM(unicode_tables)) {
        const unicode_table_index *t = &unicode_tables[id - 1];
        in = in_runs(unicode_table_runs + t->first, (size_t)t->count, r);
    }
    args[0].u = in ? 1 : 0;
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

/* func indexSpace(s string, from int) int */
static int unicode_indexSpace(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    int64_t from = args[2].i;
    int64_t at = s.len;
    if (from >= 0 && from < s.len) {
        const uint8_t *p = memchr(s.data + from, ' ', (size_t)(s.len - from));
        if (p)
            at = p - s.data;
    }
    args[0].i = at;
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
    {"unicode.inTable", unicode_inTable},
    {"unicode.indexSpace", unicode_indexSpace},
    {NULL, NULL},
};
