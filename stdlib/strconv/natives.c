/*
 * natives.c - package strconv's natives: the formatting and parsing cores
 * (ftoa.c, atoi.c, quote.c) bound to Go signatures. Errors come back as
 * codes; strconv.go wraps them in *NumError with Go's messages.
 */
#include "natives.h"
#include "strconv/strconv_impl.h"

/* func Itoa(i int) string */
static int strconv_Itoa(golem_g *g, slot *args)
{
    int64_t v = args[0].i;
    char tmp[24];
    int i = sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    native_ret_bytes(g, args, tmp + i, (int64_t)sizeof tmp - i);
    return 0;
}

/* func formatBits(u uint64, base int, neg bool) string */
static int strconv_formatBits(golem_g *g, slot *args)
{
    strbuf b;
    strbuf_init(&b);
    strconv_append_uint(&b, args[0].u, (int)args[1].i, args[2].u & 1);
    native_ret_bytes(g, args, b.p, (int64_t)b.len);
    strbuf_free(&b);
    return 0;
}

/* func formatFloat(f float64, fmt byte, prec, bitSize int) string */
static int strconv_formatFloat(golem_g *g, slot *args)
{
    strbuf b;
    strbuf_init(&b);
    int prec = args[2].i < -1 ? -1 : args[2].i > 1 << 24 ? 1 << 24
                                                          : (int)args[2].i;
    strconv_append_float(&b, args[0].f, (char)(args[1].u & 0xFF), prec,
                         (int)args[3].i);
    native_ret_bytes(g, args, b.p, (int64_t)b.len);
    strbuf_free(&b);
    return 0;
}

/* func parseUint(s string, base, bitSize int) (uint64, int) */
static int strconv_parseUint(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    uint64_t v;
    int code = strconv_parse_uint(s.data, (size_t)s.len, (int)args[2].i,
                                  (int)args[3].i, &v);
    args[0].u = v;
    args[1].i = code;
    return 0;
}

/* func parseInt(s string, base, bitSize int) (int64, int) */
static int strconv_parseInt(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    int64_t v;
    int code = strconv_parse_int(s.data, (size_t)s.len, (int)args[2].i,
                                 (int)args[3].i, &v);
    args[0].i = v;
    args[1].i = code;
    return 0;
}

/* func parseFloat(s string, bitSize int) (float64, int) */
static int strconv_parseFloat(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    double v;
    int code = strconv_parse_float(s.data, (size_t)s.len, (int)args[2].i,
                                   &v);
    args[0].f = v;
    args[1].i = code;
    return 0;
}

static int quote_native(golem_g *g, slot *args, bool ascii, bool graphic)
{
    golem_string s = native_arg_string(args, 0);
    strbuf b;
    strbuf_init(&b);
    strconv_append_quote(&b, s.data, (size_t)s.len, ascii, graphic);
    native_ret_bytes(g, args, b.p, (int64_t)b.len);
    strbuf_free(&b);
    return 0;
}

static int strconv_Quote(golem_g *g, slot *args)
{
    return quote_native(g, args, false, false);
}

static int strconv_QuoteToASCII(golem_g *g, slot *args)
{
    return quote_native(g, args, true, false);
}

static int strconv_QuoteToGraphic(golem_g *g, slot *args)
{
    return quote_native(g, args, false, true);
}

static int quote_rune_native(golem_g *g, slot *args, bool ascii,
                             bool graphic)
{
    strbuf b;
    strbuf_init(&b);
    strconv_append_quote_rune(&b, (int32_t)args[0].i, ascii, graphic);
    native_ret_bytes(g, args, b.p, (int64_t)b.len);
    strbuf_free(&b);
    return 0;
}

static int strconv_QuoteRune(golem_g *g, slot *args)
{
    return quote_rune_native(g, args, false, false);
}

static int strconv_QuoteRuneToASCII(golem_g *g, slot *args)
{
    return quote_rune_native(g, args, true, false);
}

static int strconv_QuoteRuneToGraphic(golem_g *g, slot *args)
{
    return quote_rune_native(g, args, false, true);
}

static int strconv_CanBackquote(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    args[0].u = strconv_can_backquote(s.data, (size_t)s.len);
    return 0;
}

static int strconv_IsPrint(golem_g *g, slot *args)
{
    (void)g;
    args[0].u = unicode_is_print((int32_t)args[0].i);
    return 0;
}

static int strconv_IsGraphic(golem_g *g, slot *args)
{
    (void)g;
    args[0].u = unicode_is_graphic((int32_t)args[0].i);
    return 0;
}

/* func unquote(s string) (string, bool) */
static int strconv_unquote_native(golem_g *g, slot *args)
{
    golem_string s = native_arg_string(args, 0);
    strbuf b;
    strbuf_init(&b);
    bool ok = strconv_unquote(s.data, (size_t)s.len, &b);
    if (ok)
        native_ret_bytes(g, args, b.p, (int64_t)b.len);
    else
        args[0].p = NULL, args[1].i = 0;
    args[2].u = ok;
    strbuf_free(&b);
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native strconv_natives[] = {
    {"strconv.CanBackquote", strconv_CanBackquote},
    {"strconv.IsGraphic", strconv_IsGraphic},
    {"strconv.IsPrint", strconv_IsPrint},
    {"strconv.Itoa", strconv_Itoa},
    {"strconv.Quote", strconv_Quote},
    {"strconv.QuoteRune", strconv_QuoteRune},
    {"strconv.QuoteRuneToASCII", strconv_QuoteRuneToASCII},
    {"strconv.QuoteRuneToGraphic", strconv_QuoteRuneToGraphic},
    {"strconv.QuoteToASCII", strconv_QuoteToASCII},
    {"strconv.QuoteToGraphic", strconv_QuoteToGraphic},
    {"strconv.formatBits", strconv_formatBits},
    {"strconv.formatFloat", strconv_formatFloat},
    {"strconv.parseFloat", strconv_parseFloat},
    {"strconv.parseInt", strconv_parseInt},
    {"strconv.parseUint", strconv_parseUint},
    {"strconv.unquote", strconv_unquote_native},
    {NULL, NULL},
};
