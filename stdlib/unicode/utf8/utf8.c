/*
 * utf8.c - package unicode/utf8's natives: counting, decoding (forwards
 * and backwards) and validation over string and []byte operands, both of
 * which are (pointer, length) at the start of their slots. Decoding uses
 * strconv_decode_rune, Go's rules: the shortest encoding only, no
 * surrogates, nothing above U+10FFFF; anything else is one invalid byte.
 */
#include "natives.h"
#include "strconv/strconv_impl.h"

static int64_t count_runes(const uint8_t *p, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        i += strconv_decode_rune(p + i, (size_t)(n - i), &r);
    }
    return c;
}

static int utf8_RuneCount(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = count_runes(args[0].p, args[1].i);
    return 0;
}

static int utf8_DecodeRune(golem_g *g, slot *args)
{
    (void)g;
    const uint8_t *p = args[0].p;
    int64_t n = args[1].i;
    if (n <= 0) {
        args[0].i = 0xFFFD;
        args[1].i = 0;
        return 0;
    }
    int32_t r;
    int w = strconv_decode_rune(p, (size_t)n, &r);
    args[0].i = r;
    args[1].i = w;
    return 0;
}

static int utf8_DecodeLastRune(golem_g *g, slot *args)
{
    (void)g;
    const uint8_t *p = args[0].p;
    int64_t end = args[1].i;
    if (end <= 0) {
        args[0].i = 0xFFFD;
        args[1].i = 0;
        return 0;
    }
    int64_t start = end - 1;
    if (p[start] < 0x80) {
        args[0].i = p[start];
        args[1].i = 1;
        return 0;
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if ((p[start] & 0xC0) != 0x80)
            break;
    if (start < 0)
        start = 0;
    int32_t r;
    int w = strconv_decode_rune(p + start, (size_t)(end - start), &r);
    if (start + w != end) {
        args[0].i = 0xFFFD;
        args[1].i = 1;
        return 0;
    }
    args[0].i = r;
    args[1].i = w;
    return 0;
}

static int utf8_Valid(golem_g *g, slot *args)
{
    (void)g;
    const uint8_t *p = args[0].p;
    int64_t n = args[1].i;
    for (int64_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        int w = strconv_decode_rune(p + i, (size_t)(n - i), &r);
        if (w == 1) {
            args[0].u = 0;
            return 0;
        }
        i += w;
    }
    args[0].u = 1;
    return 0;
}

/* Whether p[0..n) begins with a full (possibly invalid) encoding. */
static int utf8_FullRune(golem_g *g, slot *args)
{
    (void)g;
    const uint8_t *p = args[0].p;
    int64_t n = args[1].i;
    if (n <= 0) {
        args[0].u = 0;
        return 0;
    }
    int32_t r;
    int w = strconv_decode_rune(p, (size_t)n, &r);
    if (w > 1 || p[0] < 0x80) {
        args[0].u = 1;
        return 0;
    }
    /* an invalid byte: full unless it could start a longer encoding that
       is merely cut short */
    uint8_t c = p[0];
    int need = c >= 0xF5 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
    if (need == 1 || n >= need) {
        args[0].u = 1;
        return 0;
    }
    for (int64_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            args[0].u = 1;
            return 0;
        }
        if (i == 1 && ((c == 0xE0 && p[1] < 0xA0) ||
                       (c == 0xED && p[1] > 0x9F) ||
                       (c == 0xF0 && p[1] < 0x90) ||
                       (c == 0xF4 && p[1] > 0x8F))) {
            args[0].u = 1;
            return 0;
        }
    }
    args[0].u = 0;
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). The string and
   []byte variants share code: both start with (pointer, length). */
const stdlib_native utf8_natives[] = {
    {"unicode/utf8.DecodeLastRune", utf8_DecodeLastRune},
    {"unicode/utf8.DecodeLastRuneInString", utf8_DecodeLastRune},
    {"unicode/utf8.DecodeRune", utf8_DecodeRune},
    {"unicode/utf8.DecodeRuneInString", utf8_DecodeRune},
    {"unicode/utf8.FullRune", utf8_FullRune},
    {"unicode/utf8.FullRuneInString", utf8_FullRune},
    {"unicode/utf8.RuneCount", utf8_RuneCount},
    {"unicode/utf8.RuneCountInString", utf8_RuneCount},
    {"unicode/utf8.Valid", utf8_Valid},
    {"unicode/utf8.ValidString", utf8_Valid},
    {NULL, NULL},
};
