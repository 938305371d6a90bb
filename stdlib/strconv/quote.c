/*
 * quote.c - Go string and rune literals: Quote, QuoteToASCII,
 * QuoteToGraphic, QuoteRune, CanBackquote and Unquote.
 *
 * Quoting walks the string rune by rune (Go's decoding: an invalid byte is
 * width 1 and is written as \xNN). A rune is kept as it is when it is
 * printable (ASCII-printable for the ASCII variants, graphic for the
 * Graphic variant) and is not the quote or a backslash; otherwise it is
 * escaped with the shortest of \a \b \f \n \r \t \v, \xNN (controls below
 * space and DEL), \uNNNN or \UNNNNNNNN, exactly as strconv does.
 *
 * Unquoting accepts the three Go literal forms ("...", `...`, '.'),
 * with Go's escape rules; \x and octal escapes produce raw bytes inside
 * double-quoted strings. It reports failure with a false return; the Go
 * wrapper turns that into ErrSyntax.
 */
#include "strconv_impl.h"

#include <stdlib.h>

static const char lower_hex[] = "0123456789abcdef";

int strconv_decode_rune(const uint8_t *p, size_t n, int32_t *r)
{
    uint8_t c = p[0];
    if (c < 0x80) {
        *r = c;
        return 1;
    }
    int need;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1, v = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 2, v = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 3, v = c & 0x07, min = 0x10000;
    else
        goto bad;
    if ((size_t)need >= n)
        goto bad;
    for (int i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80)
            goto bad;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        goto bad;
    *r = v;
    return need + 1;
bad:
    *r = 0xFFFD;
    return 1;
}

static bool valid_rune(int32_t r)
{
    return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
}

static void put_hex(strbuf *b, uint32_t v, int ndigits)
{
    for (int i = ndigits - 1; i >= 0; i--)
        strbuf_putc(b, lower_hex[(v >> (4 * i)) & 0xF]);
}

static void append_escaped_rune(strbuf *b, int32_t r, char quote,
                                bool ascii, bool graphic_only)
{
    if (r == quote || r == '\\') {
        strbuf_putc(b, '\\');
        strbuf_putc(b, (char)r);
        return;
    }
    if (ascii) {
        if (r < 0x80 && unicode_is_print(r)) {
            strbuf_putc(b, (char)r);
            return;
        }
    } else if (unicode_is_print(r) ||
               (graphic_only && unicode_is_graphic(r))) {
        strbuf_put_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': strbuf_put(b, "\\a", 2); return;
    case '\b': strbuf_put(b, "\\b", 2); return;
    case '\f': strbuf_put(b, "\\f", 2); return;
    case '\n': strbuf_put(b, "\\n", 2); return;
    case '\r': strbuf_put(b, "\\r", 2); return;
    case '\t': strbuf_put(b, "\\t", 2); return;
    case '\v': strbuf_put(b, "\\v", 2); return;
    }
    if (r < ' ' || r == 0x7F) {
        strbuf_put(b, "\\x", 2);
        put_hex(b, (uint32_t)r, 2);
        return;
    }
    if (!valid_rune(r))
        r = 0xFFFD;
    if (r < 0x10000) {
        strbuf_put(b, "\\u", 2);
        put_hex(b, (uint32_t)r, 4);
    } else {
        strbuf_put(b, "\\U", 2);
        put_hex(b, (uint32_t)r, 8);
    }
}

void strconv_append_quote(strbuf *b, const uint8_t *s, size_t n,
                          bool ascii, bool graphic_only)
{
    strbuf_reserve(b, n + 2);
    strbuf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        /* fast path: printable ASCII other than " and \ */
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            strbuf_putc(b, (char)c);
            i++;
            continue;
        }
        int32_t r;
        int w = strconv_decode_rune(s + i, n - i, &r);
        if (w == 1 && r == 0xFFFD) {
            strbuf_put(b, "\\x", 2);
            put_hex(b, c, 2);
            i++;
            continue;
        }
        append_escaped_rune(b, r, '"', ascii, graphic_only);
        i += w;
    }
    strbuf_putc(b, '"');
}

void strconv_append_quote_rune(strbuf *b, int32_t r, bool ascii,
                               bool graphic_only)
{
    if (!valid_rune(r))
        r = 0xFFFD;
    strbuf_putc(b, '\'');
    append_escaped_rune(b, r, '\'', ascii, graphic_only);
    strbuf_putc(b, '\'');
}

bool strconv_can_backquote(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t r;
        int w = strconv_decode_rune(s + i, n - i, &r);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == 0xFFFD)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

/* ---- unquoting ---- */

static int hex_val(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

/* Go's UnquoteChar on s[*i..n) (n > *i): decodes one character or
   escape into *value; *multibyte says whether it must be written as UTF-8
   (\x and octal escapes, and ASCII, are single bytes). Returns false on a
   syntax error. */
static bool unquote_char(const uint8_t *s, size_t n, size_t *i, char quote,
                         int32_t *value, bool *multibyte)
{
    uint8_t c = s[*i];
    *multibyte = false;
    if (c == (uint8_t)quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        *i += strconv_decode_rune(s + *i, n - *i, value);
        *multibyte = true;
        return true;
    }
    if (c != '\\') {
        *value = c;
        (*i)++;
        return true;
    }
    if (*i + 1 >= n)
        return false;
    c = s[*i + 1];
    *i += 2;
    int32_t v = 0;
    switch (c) {
    case 'a': v = '\a'; break;
    case 'b': v = '\b'; break;
    case 'f': v = '\f'; break;
    case 'n': v = '\n'; break;
    case 'r': v = '\r'; break;
    case 't': v = '\t'; break;
    case 'v': v = '\v'; break;
    case 'x': case 'u': case 'U': {
        size_t len = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (*i + len > n)
            return false;
        for (size_t k = 0; k < len; k++) {
            int h = hex_val(s[*i + k]);
            if (h < 0)
                return false;
            v = (int32_t)(((uint32_t)v << 4) | (uint32_t)h);
        }
        *i += len;
        if (c != 'x') {
            if (!valid_rune(v))
                return false;
            *multibyte = true;
        }
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6':
    case '7':
        v = c - '0';
        if (*i + 2 > n)
            return false;
        for (int k = 0; k < 2; k++) {
            int d = s[*i + k] - '0';
            if (d < 0 || d > 7)
                return false;
            v = (v << 3) | d;
        }
        *i += 2;
        if (v > 255)
            return false;
        break;
    case '\\':
        v = '\\';
        break;
    case '\'': case '"':
        if (c != (uint8_t)quote)
            return false;
        v = c;
        break;
    default:
        return false;
    }
    *value = v;
    return true;
}

static bool valid_utf8(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t r;
        int w = strconv_decode_rune(s + i, n - i, &r);
        if (w == 1 && s[i] >= 0x80)
            return false;
        i += w;
    }
    return true;
}

/* Go's Unquote: the literal must be the whole of s. Like Go, the first
   matching quote character ends the fast-path scan, escapes are then
   decoded one by one, and a single-quoted literal holds one character
   (or, as Go 1.19 accepts, none). */
bool strconv_unquote(const uint8_t *s, size_t n, strbuf *out)
{
    if (n < 2)
        return false;
    char quote = (char)s[0];
    const uint8_t *close = memchr(s + 1, quote, n - 1);
    if (!close)
        return false;
    size_t end = (size_t)(close - s) + 1; /* just past the closing quote */
    if (quote == '`') {
        if (end != n)
            return false;
        for (size_t i = 1; i + 1 < end; i++)
            if (s[i] != '\r')
                strbuf_putc(out, (char)s[i]);
        return true;
    }
    if (quote != '"' && quote != '\'')
        return false;
    if (!memchr(s, '\\', end) && !memchr(s, '\n', end)) {
        bool valid;
        if (quote == '"') {
            valid = valid_utf8(s + 1, end - 2);
        } else {
            int32_t r = 0xFFFD;
            int w = end > 2 ? strconv_decode_rune(s + 1, end - 2, &r) : 0;
            valid = (size_t)w + 2 == end && (r != 0xFFFD || w != 1);
        }
        if (valid) {
            if (end != n)
                return false;
            strbuf_put(out, s + 1, end - 2);
            return true;
        }
    }
    size_t i = 1;
    while (i < n && s[i] != (uint8_t)quote) {
        if (s[i] == '\n')
            return false;
        int32_t v;
        bool multibyte;
        if (!unquote_char(s, n, &i, quote, &v, &multibyte))
            return false;
        if (v < 0x80 || !multibyte)
            strbuf_putc(out, (char)v);
        else
            strbuf_put_rune(out, v);
        if (quote == '\'')
            break;
    }
    if (i >= n || s[i] != (uint8_t)quote)
        return false;
    return i + 1 == n;
}
