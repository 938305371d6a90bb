/*
 * format.c - fmt's formatting of single values under width, precision and
 * the flags + - # 0 space (the counterpart of Go's fmt/format.go).
 *
 * Every function appends to the printer's buffer. Widths count runes, not
 * bytes. Zero padding never applies on the right (minus clears zero when
 * flags are parsed), and it goes after the sign for numbers: integers
 * implement it as a minimum digit count, floats write the sign before the
 * padding. Infinities and NaN are never zero-padded.
 *
 * Integer digits are produced right to left into a scratch array sized for
 * the width and precision, exactly as Go's fmtInteger lays them out: digits,
 * precision zeros, the # prefix (0b, 0, 0x) or %O's 0o, then the sign.
 */
#include "fmt/fmt_impl.h"

#include <stddef.h>
#include <stdlib.h>

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

void fmt_printer_init(fmt_printer *p, golem_g *g)
{
    /* everything but the buffer's inline storage, which need not be
       cleared (this runs once per Println: keep it cheap) */
    memset(&p->f, 0, sizeof *p - offsetof(fmt_printer, f));
    p->g = g;
    strbuf_init(&p->buf);
}

void fmt_printer_free(fmt_printer *p)
{
    strbuf_free(&p->buf);
}

static size_t rune_count(const uint8_t *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            i++;
        } else {
            int32_t r;
            i += strconv_decode_rune(s + i, n - i, &r);
        }
        c++;
    }
    return c;
}

void fmt_write_padding(fmt_printer *p, int n)
{
    if (n <= 0)
        return;
    strbuf_reserve(&p->buf, (size_t)n);
    memset(p->buf.p + p->buf.len, p->f.zero ? '0' : ' ', (size_t)n);
    p->buf.len += (size_t)n;
}

void fmt_pad(fmt_printer *p, const char *s, size_t n)
{
    if (!p->f.wid_present || p->wid == 0) {
        strbuf_put(&p->buf, s, n);
        return;
    }
    int width = p->wid - (int)rune_count((const uint8_t *)s, n);
    if (!p->f.minus) {
        fmt_write_padding(p, width);
        strbuf_put(&p->buf, s, n);
    } else {
        strbuf_put(&p->buf, s, n);
        fmt_write_padding(p, width);
    }
}

void fmt_pad_string(fmt_printer *p, const char *s, size_t n)
{
    fmt_pad(p, s, n);
}

void fmt_boolean(fmt_printer *p, bool v)
{
    if (v)
        fmt_pad(p, "true", 4);
    else
        fmt_pad(p, "false", 5);
}

void fmt_unicode(fmt_printer *p, uint64_t u)
{
    int prec = 4;
    if (p->f.prec_present && p->prec > 4)
        prec = p->prec;
    size_t cap = (size_t)prec + 32;
    char small[64];
    char *buf = cap <= sizeof small ? small : malloc(cap);
    size_t i = cap;
    if (p->f.sharp && u <= 0x10FFFF && unicode_is_print((int32_t)u)) {
        buf[--i] = '\'';
        strbuf tmp;
        strbuf_init(&tmp);
        strbuf_put_rune(&tmp, (int32_t)u);
        i -= tmp.len;
        memcpy(buf + i, tmp.p, tmp.len);
        strbuf_free(&tmp);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    while (u >= 16) {
        buf[--i] = udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    buf[--i] = udigits[u];
    prec--;
    while (prec > 0) {
        buf[--i] = '0';
        prec--;
    }
    buf[--i] = '+';
    buf[--i] = 'U';
    bool old_zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, buf + i, cap - i);
    p->f.zero = old_zero;
    if (buf != small)
        free(buf);
}

void fmt_integer(fmt_printer *p, uint64_t u, int base, bool is_signed,
                 int verb, bool upper)
{
    const char *digits = upper ? udigits : ldigits;
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = 0 - u;
    char small[68];
    size_t cap = sizeof small;
    if (p->f.wid_present || p->f.prec_present) {
        size_t width = 3 + (size_t)p->wid + (size_t)p->prec;
        if (width > cap)
            cap = width;
    }
    char *buf = cap <= sizeof small ? small : malloc(cap);
    int prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool old_zero = p->f.zero;
            p->f.zero = false;
            fmt_write_padding(p, p->wid);
            p->f.zero = old_zero;
            if (buf != small)
                free(buf);
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--;
    }
    size_t i = cap;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    default:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(cap - i))
        buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0')
                buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    bool old_zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, buf + i, cap - i);
    p->f.zero = old_zero;
    if (buf != small)
        free(buf);
}

void fmt_0x64(fmt_printer *p, uint64_t v, bool leading0x)
{
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', false);
    p->f.sharp = sharp;
}

void fmt_c(fmt_printer *p, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    strbuf tmp;
    strbuf_init(&tmp);
    strbuf_put_rune(&tmp, r);
    fmt_pad(p, tmp.p, tmp.len);
    strbuf_free(&tmp);
}

void fmt_qc(fmt_printer *p, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    strbuf tmp;
    strbuf_init(&tmp);
    strconv_append_quote_rune(&tmp, r, p->f.plus, false);
    fmt_pad(p, tmp.p, tmp.len);
    strbuf_free(&tmp);
}

/* Go's # handling for floats: keep a decimal point, and for %g/%v keep
   trailing zeros up to the precision. num[0] is the sign slot. */
static void float_sharp(strbuf *num, int verb, int prec)
{
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = prec;
        if (digits == -1)
            digits = 6;
    }
    char tail[8];
    size_t ntail = 0;
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num->len; i++) {
        char c = num->p[i];
        if (c == '.') {
            has_point = true;
        } else if (c == 'p' || c == 'P' ||
                   ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            ntail = num->len - i;
            if (ntail > sizeof tail)
                ntail = sizeof tail;
            memcpy(tail, num->p + i, ntail);
            num->len = i;
            break;
        } else {
            if (c != '0')
                saw_nonzero = true;
            if (saw_nonzero)
                digits--;
        }
    }
    if (!has_point) {
        if (num->len == 2 && num->p[1] == '0')
            digits--;
        strbuf_putc(num, '.');
    }
    while (digits > 0) {
        strbuf_putc(num, '0');
        digits--;
    }
    strbuf_put(num, tail, ntail);
}

void fmt_float(fmt_printer *p, double v, int size, int verb, int prec)
{
    if (p->f.prec_present)
        prec = p->prec;
    strbuf num;
    strbuf_init(&num);
    strbuf_putc(&num, '+');
    strconv_append_float(&num, v, (char)verb, prec, size);
    char *s = num.p;
    size_t n = num.len;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (p->f.space && s[0] == '+' && !p->f.plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        bool old_zero = p->f.zero;
        p->f.zero = false;
        if (s[1] == 'N' && !p->f.space && !p->f.plus) {
            s++;
            n--;
        }
        fmt_pad(p, s, n);
        p->f.zero = old_zero;
        strbuf_free(&num);
        return;
    }
    if (p->f.sharp && verb != 'b') {
        /* rebuild num so that it starts at the sign slot */
        if (s != num.p) {
            memmove(num.p, s, n);
            num.len = n;
        }
        float_sharp(&num, verb, prec);
        s = num.p;
        n = num.len;
    }
    if (p->f.plus || s[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->wid > (int)n) {
            strbuf_putc(&p->buf, s[0]);
            fmt_write_padding(p, p->wid - (int)n);
            strbuf_put(&p->buf, s + 1, n - 1);
        } else {
            fmt_pad(p, s, n);
        }
    } else {
        fmt_pad(p, s + 1, n - 1);
    }
    strbuf_free(&num);
}

/* Truncates s to the precision, counted in runes. */
static size_t truncate_len(fmt_printer *p, const uint8_t *s, size_t n)
{
    if (!p->f.prec_present)
        return n;
    int left = p->prec;
    for (size_t i = 0; i < n;) {
        if (left-- <= 0)
            return i;
        if (s[i] < 0x80) {
            i++;
        } else {
            int32_t r;
            i += strconv_decode_rune(s + i, n - i, &r);
        }
    }
    return n;
}

void fmt_s(fmt_printer *p, const uint8_t *s, size_t n)
{
    fmt_pad(p, (const char *)s, truncate_len(p, s, n));
}

void fmt_sbx(fmt_printer *p, const uint8_t *s, size_t n, bool upper)
{
    const char *digits = upper ? udigits : ldigits;
    int length = (int)n;
    if (p->f.prec_present && p->prec < length)
        length = p->prec;
    int width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp)
                width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present)
            fmt_write_padding(p, p->wid);
        return;
    }
    if (p->f.wid_present && p->wid > width && !p->f.minus)
        fmt_write_padding(p, p->wid - width);
    strbuf *b = &p->buf;
    if (p->f.sharp) {
        strbuf_putc(b, '0');
        strbuf_putc(b, digits[16]);
    }
    for (int i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            strbuf_putc(b, ' ');
            if (p->f.sharp) {
                strbuf_putc(b, '0');
                strbuf_putc(b, digits[16]);
            }
        }
        strbuf_putc(b, digits[s[i] >> 4]);
        strbuf_putc(b, digits[s[i] & 0xF]);
    }
    if (p->f.wid_present && p->wid > width && p->f.minus)
        fmt_write_padding(p, p->wid - width);
}

void fmt_q(fmt_printer *p, const uint8_t *s, size_t n)
{
    n = truncate_len(p, s, n);
    strbuf tmp;
    strbuf_init(&tmp);
    if (p->f.sharp && strconv_can_backquote(s, n)) {
        strbuf_putc(&tmp, '`');
        strbuf_put(&tmp, s, n);
        strbuf_putc(&tmp, '`');
    } else {
        strconv_append_quote(&tmp, s, n, p->f.plus, false);
    }
    fmt_pad(p, tmp.p, tmp.len);
    strbuf_free(&tmp);
}
