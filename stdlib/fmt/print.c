/*
 * print.c - fmt's operand walker and its natives (the counterpart of Go's
 * fmt/print.go and internal/fmtsort).
 *
 * Operands arrive as a slice of empty interfaces. Each is printed by
 * print_arg: nil, %T and %p first; then, unless we are already reporting
 * an error, the operand's methods (Format, then GoString for %#v, else
 * Error or String) are tried; otherwise print_value walks the value through its rtype: basic
 * kinds go to format.c, composites recurse with depth+1. At depth > 0 the
 * methods of each element are tried again, except for values reached
 * through unexported struct fields (Go's CanInterface rule, tracked by
 * fmt_value.ro). Pointers print as &{...} only at depth 0; deeper they
 * print as addresses. Maps print with their keys sorted by Go's fmtsort
 * order (numbers, strings, bools, addresses, then field by field).
 *
 * Methods are called with vm_call on the method's ifn, passing the
 * interface data word (the value itself for pointer-shaped types, else a
 * pointer to it in memory). Format methods need a State, so they run
 * through the Go helper fmt.callFormat (print.go), found by name. A method that panics is reported inline as
 * "%!v(PANIC=String method: ...)" after taking its panic off the
 * goroutine, or as "<nil>" for a nil pointer receiver, as Go does. If a
 * panic cannot be handled (one raised while printing another panic, or
 * os.Exit inside a method), the printer stops with `failed` set and the
 * native returns -1 with the panic still raised.
 *
 * Output is built in a C-side buffer and copied once: into a golem string
 * (Sprint*), the VM's stdout writer (Print*), or an io.Writer (Fprint*):
 * *os.File for fd 1/2 directly, anything else through its Write method.
 */
#include "fmt/fmt_impl.h"
#include "os/os_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const rtype *under(const rtype *t)
{
    return t->underlying ? t->underlying : t;
}

static size_t elem_stride(const rtype *elem)
{
    return elem->stride ? elem->stride : (size_t)elem->nslots * 8;
}

/* The dynamic type of an interface stored in memory with static type u. */
static const rtype *iface_dyn(const rtype *u, const golem_iface *iv)
{
    if (!iv->tab)
        return NULL;
    if (u->nmethods == 0)
        return (const rtype *)iv->tab;
    return ((const itab *)iv->tab)->type;
}

/* The value held by an interface of dynamic type dyn. */
static fmt_value iface_elem(const rtype *dyn, const golem_iface *iv, bool ro)
{
    fmt_value v = {dyn, NULL, ro};
    v.p = (dyn->flags & RF_POINTER_SHAPED) ? (const void *)&iv->data
                                            : (const void *)iv->data;
    return v;
}

static int64_t load_int(int kind, const void *p)
{
    switch (kind) {
    case RK_INT8: return *(const int8_t *)p;
    case RK_INT16: return *(const int16_t *)p;
    case RK_INT32: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}

static uint64_t load_uint(int kind, const void *p)
{
    switch (kind) {
    case RK_UINT8: return *(const uint8_t *)p;
    case RK_UINT16: return *(const uint16_t *)p;
    case RK_UINT32: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static bool is_signed_kind(int k)
{
    return k >= RK_INT && k <= RK_INT64;
}

static bool is_unsigned_kind(int k)
{
    return k >= RK_UINT && k <= RK_UINTPTR;
}

static void put_verb(fmt_printer *p, int verb)
{
    strbuf_put_rune(&p->buf, verb);
}

static void print_value(fmt_printer *p, fmt_value v, int verb, int depth);

/* ---- errors about verbs and operands ---- */

static void bad_verb(fmt_printer *p, int verb)
{
    p->erroring = true;
    strbuf_put(&p->buf, "%!", 2);
    put_verb(p, verb);
    strbuf_putc(&p->buf, '(');
    if (p->has_arg) {
        fmt_value a = p->arg;
        strbuf_puts(&p->buf, a.t->string);
        strbuf_putc(&p->buf, '=');
        print_value(p, a, 'v', 0);
    } else if (p->has_value) {
        fmt_value a = p->value;
        strbuf_puts(&p->buf, a.t->string);
        strbuf_putc(&p->buf, '=');
        print_value(p, a, 'v', 0);
    } else {
        strbuf_put(&p->buf, "<nil>", 5);
    }
    strbuf_putc(&p->buf, ')');
    p->erroring = false;
}

/* ---- kinds ---- */

static void print_bool(fmt_printer *p, bool b, int verb)
{
    if (verb == 't' || verb == 'v')
        fmt_boolean(p, b);
    else
        bad_verb(p, verb);
}

static void print_integer(fmt_printer *p, uint64_t v, bool is_signed,
                          int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmt_integer(p, v, 10, is_signed, verb, false);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, false); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, false); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, false); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, false); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, true); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb); break;
    }
}

static void print_float(fmt_printer *p, double v, int size, int verb)
{
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X':
        fmt_float(p, v, size, verb, -1);
        break;
    case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb); break;
    }
}

static void print_string(fmt_printer *p, const uint8_t *s, size_t n,
                         int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharp_v)
            fmt_q(p, s, n);
        else
            fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, s, n, false); break;
    case 'X': fmt_sbx(p, s, n, true); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb); break;
    }
}

static void print_pointer(fmt_printer *p, fmt_value v, int verb)
{
    const rtype *u = under(v.t);
    uintptr_t addr;
    switch (u->kind) {
    case RK_CHAN: case RK_FUNC: case RK_MAP: case RK_POINTER:
    case RK_SLICE: case RK_UNSAFEPTR:
        addr = (uintptr_t) * (void *const *)v.p;
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            strbuf_putc(&p->buf, '(');
            strbuf_puts(&p->buf, v.t->string);
            strbuf_put(&p->buf, ")(", 2);
            if (addr == 0)
                strbuf_put(&p->buf, "nil", 3);
            else
                fmt_0x64(p, addr, true);
            strbuf_putc(&p->buf, ')');
        } else if (addr == 0) {
            fmt_pad(p, "<nil>", 5);
        } else {
            fmt_0x64(p, addr, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, addr, !p->f.sharp);
        break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        print_integer(p, addr, false, verb);
        break;
    default:
        bad_verb(p, verb);
        break;
    }
}

/* ---- methods ---- */

static const rmethod *find_string_method(const rtype *t, const char *name)
{
    for (uint32_t i = 0; i < t->nmethods; i++) {
        const rmethod *m = &t->methods[i];
        int c = strcmp(m->name, name);
        if (c > 0)
            break;
        if (c != 0 || !m->ifn)
            continue;
        if (m->sig && (m->sig->nin != 0 || m->sig->nout != 1 ||
                       under(m->sig->out[0])->kind != RK_STRING))
            return NULL;
        return m;
    }
    return NULL;
}

static void *data_word(fmt_value v)
{
    if (v.t->flags & RF_POINTER_SHAPED)
        return *(void *const *)v.p;
    return (void *)v.p;
}

/* A method panicked: report it inline (Go's catchPanic). */
static void catch_panic(fmt_printer *p, fmt_value v, int verb,
                        const char *method)
{
    golem_g *g = p->g;
    golem_panic *pn = g->panic;
    if (!pn || p->panicking) {
        p->failed = true; /* os.Exit, or a panic while printing one */
        return;
    }
    g->panic = pn->link;
    pn->recovered = true;
    if (under(v.t)->kind == RK_POINTER && *(void *const *)v.p == NULL) {
        strbuf_put(&p->buf, "<nil>", 5);
        return;
    }
    fmt_flags old = p->f;
    int owid = p->wid, oprec = p->prec;
    memset(&p->f, 0, sizeof p->f);
    strbuf_put(&p->buf, "%!", 2);
    put_verb(p, verb);
    strbuf_puts(&p->buf, "(PANIC=");
    strbuf_puts(&p->buf, method);
    strbuf_puts(&p->buf, " method: ");
    p->panicking = true;
    golem_iface value = pn->value;
    fmt_print_arg(p, &value, 'v');
    p->panicking = false;
    strbuf_putc(&p->buf, ')');
    p->f = old;
    p->wid = owid;
    p->prec = oprec;
}

/* Calls a String-like method; on success prints its result with verb
   (GoString: as %s). */
static void call_method(fmt_printer *p, fmt_value v, const rmethod *m,
                        int verb, const char *what, bool gostring)
{
    slot arg, res[2] = {{0}, {0}};
    arg.p = data_word(v);
    if (vm_call(p->g, m->ifn, NULL, &arg, 1, res, 2) != 0) {
        catch_panic(p, v, verb, what);
        return;
    }
    const uint8_t *s = res[0].p;
    size_t n = (size_t)res[1].i;
    if (gostring)
        fmt_s(p, s, n);
    else
        print_string(p, s, n, verb);
}

/* fmt.callFormat, the Go helper that runs a Format method (NULL if the
   program did not link package fmt's Go side, which cannot happen when
   these natives run). Found by name among the VM's protos. */
static golem_proto *find_call_format(golem_vm *vm)
{
    for (golem_proto *q = vm->protos; q; q = q->next)
        if (q->name && strcmp(q->name, "fmt.callFormat") == 0)
            return q;
    return NULL;
}

/* Runs v's Format method through fmt.callFormat; false if the helper is
   missing (the caller then prints v the default way). */
static bool call_format(fmt_printer *p, fmt_value v, int verb)
{
    golem_proto *helper = find_call_format(p->g->vm);
    if (!helper)
        return false;
    char flags[8];
    int nf = 0;
    if (p->f.minus)
        flags[nf++] = '-';
    if (p->f.plus || p->f.plus_v)
        flags[nf++] = '+';
    if (p->f.sharp || p->f.sharp_v)
        flags[nf++] = '#';
    if (p->f.space)
        flags[nf++] = ' ';
    if (p->f.zero)
        flags[nf++] = '0';
    golem_string fs = nf ? rt_string_from_bytes(p->g, flags, nf)
                         : (golem_string){NULL, 0};
    slot args[9], res[2] = {{0}, {0}};
    args[0].p = (void *)v.t;
    args[1].p = data_word(v);
    args[2].i = verb;
    args[3].i = p->wid;
    args[4].i = p->prec;
    args[5].u = p->f.wid_present;
    args[6].u = p->f.prec_present;
    args[7].p = (void *)fs.data;
    args[8].i = fs.len;
    if (vm_call(p->g, helper, NULL, args, 9, res, 2) != 0) {
        catch_panic(p, v, verb, "Format");
        return true;
    }
    strbuf_put(&p->buf, res[0].p, (size_t)res[1].i);
    return true;
}

static bool has_format_method(const rtype *t)
{
    for (uint32_t i = 0; i < t->nmethods; i++) {
        const rmethod *m = &t->methods[i];
        if (strcmp(m->name, "Format") == 0)
            return m->ifn && (!m->sig || (m->sig->nin == 2 &&
                                          m->sig->nout == 0));
    }
    return false;
}

static bool handle_methods(fmt_printer *p, int verb)
{
    if (p->erroring || p->failed)
        return false;
    fmt_value v = p->arg;
    if (v.t->nmethods == 0 && verb != 'w')
        return false;
    if (verb == 'w') {
        if (!p->wrap_errs || !find_string_method(v.t, "Error")) {
            bad_verb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (has_format_method(v.t) && call_format(p, v, verb))
        return true;
    if (p->f.sharp_v) {
        const rmethod *m = find_string_method(v.t, "GoString");
        if (m) {
            call_method(p, v, m, verb, "GoString", true);
            return true;
        }
        return false;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
        const rmethod *m = find_string_method(v.t, "Error");
        const char *what = "Error";
        if (!m) {
            m = find_string_method(v.t, "String");
            what = "String";
        }
        if (m) {
            call_method(p, v, m, verb, what, false);
            return true;
        }
        return false;
    }
    }
    return false;
}

/* ---- map key order (Go's internal/fmtsort) ---- */

static int cmp3(bool lt, bool gt)
{
    return lt ? -1 : gt ? 1 : 0;
}

static int compare_values(const rtype *t, const void *a, const void *b)
{
    const rtype *u = under(t);
    int k = u->kind;
    if (is_signed_kind(k)) {
        int64_t x = load_int(k, a), y = load_int(k, b);
        return cmp3(x < y, x > y);
    }
    if (is_unsigned_kind(k)) {
        uint64_t x = load_uint(k, a), y = load_uint(k, b);
        return cmp3(x < y, x > y);
    }
    switch (k) {
    case RK_STRING: {
        const golem_string *x = a, *y = b;
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = n ? memcmp(x->data, y->data, (size_t)n) : 0;
        if (c)
            return c < 0 ? -1 : 1;
        return cmp3(x->len < y->len, x->len > y->len);
    }
    case RK_FLOAT32: case RK_FLOAT64: {
        double x = k == RK_FLOAT32 ? *(const float *)a : *(const double *)a;
        double y = k == RK_FLOAT32 ? *(const float *)b : *(const double *)b;
        if (isnan(x))
            return -1;
        if (isnan(y))
            return 1;
        return cmp3(x < y, x > y);
    }
    case RK_BOOL: {
        bool x = *(const uint8_t *)a, y = *(const uint8_t *)b;
        return x == y ? 0 : x ? 1 : -1;
    }
    case RK_POINTER: case RK_UNSAFEPTR: case RK_CHAN: {
        uintptr_t x = (uintptr_t) * (void *const *)a;
        uintptr_t y = (uintptr_t) * (void *const *)b;
        return cmp3(x < y, x > y);
    }
    case RK_STRUCT:
        for (uint32_t i = 0; i < u->nfields; i++) {
            const rfield *f = &u->fields[i];
            int c = compare_values(f->type, (const char *)a + f->slot * 8,
                                   (const char *)b + f->slot * 8);
            if (c)
                return c;
        }
        return 0;
    case RK_ARRAY: {
        size_t st = elem_stride(u->elem);
        for (int64_t i = 0; i < u->len; i++) {
            int c = compare_values(u->elem, (const char *)a + i * st,
                                   (const char *)b + i * st);
            if (c)
                return c;
        }
        return 0;
    }
    case RK_INTERFACE: {
        const golem_iface *x = a, *y = b;
        const rtype *tx = iface_dyn(u, x), *ty = iface_dyn(u, y);
        if (!tx || !ty)
            return !tx && !ty ? 0 : !tx ? -1 : 1;
        if (tx != ty) {
            /* Go orders by type descriptor address, which its linker lays
               out sorted by type string: order by the string, then by
               address, to be deterministic and usually agree. */
            int c = strcmp(tx->string, ty->string);
            if (c)
                return c < 0 ? -1 : 1;
            return (uintptr_t)tx < (uintptr_t)ty ? -1 : 1;
        }
        fmt_value ex = iface_elem(tx, x, false), ey = iface_elem(ty, y, false);
        return compare_values(tx, ex.p, ey.p);
    }
    }
    return 0;
}

typedef struct map_entry {
    const void *key, *val;
} map_entry;

/* Stable merge sort of entries by key. */
static void sort_entries(const rtype *kt, map_entry *e, map_entry *tmp,
                         size_t n)
{
    if (n < 2)
        return;
    if (n <= 8) {
        for (size_t i = 1; i < n; i++) {
            map_entry x = e[i];
            size_t j = i;
            while (j > 0 && compare_values(kt, e[j - 1].key, x.key) > 0) {
                e[j] = e[j - 1];
                j--;
            }
            e[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_entries(kt, e, tmp, h);
    sort_entries(kt, e + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = compare_values(kt, e[j].key, e[i].key) < 0 ? e[j++]
                                                               : e[i++];
    while (i < h)
        tmp[k++] = e[i++];
    while (j < n)
        tmp[k++] = e[j++];
    memcpy(e, tmp, n * sizeof *e);
}

static void print_map(fmt_printer *p, fmt_value v, int verb, int depth)
{
    const rtype *u = under(v.t);
    golem_map *m = *(golem_map *const *)v.p;
    if (p->f.sharp_v) {
        strbuf_puts(&p->buf, v.t->string);
        if (!m) {
            strbuf_put(&p->buf, "(nil)", 5);
            return;
        }
        strbuf_putc(&p->buf, '{');
    } else {
        strbuf_put(&p->buf, "map[", 4);
    }
    size_t n = m ? (size_t)rt_maplen(m) : 0, cnt = 0;
    map_entry *e = NULL, *tmp = NULL;
    if (n) {
        e = malloc(n * sizeof *e);
        tmp = malloc(n * sizeof *tmp);
        golem_mapiter *it = rt_mapiterinit(p->g, m);
        void *k, *val;
        while (cnt < n && rt_mapiternext(it, &k, &val)) {
            e[cnt].key = k;
            e[cnt].val = val;
            cnt++;
        }
        sort_entries(u->key, e, tmp, cnt);
    }
    for (size_t i = 0; i < cnt && !p->failed; i++) {
        if (i > 0) {
            if (p->f.sharp_v)
                strbuf_put(&p->buf, ", ", 2);
            else
                strbuf_putc(&p->buf, ' ');
        }
        fmt_value kv = {u->key, e[i].key, v.ro};
        fmt_value vv = {u->elem, e[i].val, v.ro};
        print_value(p, kv, verb, depth + 1);
        strbuf_putc(&p->buf, ':');
        print_value(p, vv, verb, depth + 1);
    }
    free(e);
    free(tmp);
    strbuf_putc(&p->buf, p->f.sharp_v ? '}' : ']');
}

static void print_struct(fmt_printer *p, fmt_value v, int verb, int depth)
{
    const rtype *u = under(v.t);
    if (p->f.sharp_v)
        strbuf_puts(&p->buf, v.t->string);
    strbuf_putc(&p->buf, '{');
    for (uint32_t i = 0; i < u->nfields && !p->failed; i++) {
        const rfield *f = &u->fields[i];
        if (i > 0) {
            if (p->f.sharp_v)
                strbuf_put(&p->buf, ", ", 2);
            else
                strbuf_putc(&p->buf, ' ');
        }
        if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
            strbuf_puts(&p->buf, f->name);
            strbuf_putc(&p->buf, ':');
        }
        fmt_value fv = {f->type, (const char *)v.p + f->slot * 8,
                        v.ro || !f->exported};
        const rtype *fu = under(f->type);
        if (fu->kind == RK_INTERFACE) {
            const golem_iface *iv = fv.p;
            const rtype *dyn = iface_dyn(fu, iv);
            if (dyn)
                fv = iface_elem(dyn, iv, fv.ro);
        }
        print_value(p, fv, verb, depth + 1);
    }
    strbuf_putc(&p->buf, '}');
}

static void print_bytes(fmt_printer *p, const uint8_t *b, size_t n, int verb)
{
    switch (verb) {
    case 's': fmt_s(p, b, n); break;
    case 'x': fmt_sbx(p, b, n, false); break;
    case 'X': fmt_sbx(p, b, n, true); break;
    default: fmt_q(p, b, n); break;
    }
}

static void print_list(fmt_printer *p, fmt_value v, int verb, int depth)
{
    const rtype *u = under(v.t);
    const rtype *elem = u->elem;
    const char *data;
    int64_t len;
    bool is_nil = false;
    if (u->kind == RK_SLICE) {
        const golem_slice *s = v.p;
        data = s->data;
        len = s->len;
        is_nil = s->data == NULL;
    } else {
        data = v.p;
        len = u->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
        under(elem)->kind == RK_UINT8) {
        print_bytes(p, (const uint8_t *)data, (size_t)len, verb);
        return;
    }
    size_t st = elem_stride(elem);
    if (p->f.sharp_v) {
        /* Go's fast path names an operand of type []byte "[]byte" */
        bool byte_operand = depth == 0 && u->kind == RK_SLICE &&
                            !(v.t->flags & RF_NAMED) &&
                            elem->kind == RK_UINT8 &&
                            !(elem->flags & RF_NAMED);
        strbuf_puts(&p->buf, byte_operand ? "[]byte" : v.t->string);
        if (u->kind == RK_SLICE && is_nil) {
            strbuf_put(&p->buf, "(nil)", 5);
            return;
        }
        strbuf_putc(&p->buf, '{');
    } else {
        strbuf_putc(&p->buf, '[');
    }
    for (int64_t i = 0; i < len && !p->failed; i++) {
        if (i > 0) {
            if (p->f.sharp_v)
                strbuf_put(&p->buf, ", ", 2);
            else
                strbuf_putc(&p->buf, ' ');
        }
        fmt_value ev = {elem, data + i * st, v.ro};
        print_value(p, ev, verb, depth + 1);
    }
    strbuf_putc(&p->buf, p->f.sharp_v ? '}' : ']');
}

static void print_value(fmt_printer *p, fmt_value v, int verb, int depth)
{
    if (p->failed)
        return;
    if (depth > 0 && v.t && !v.ro) {
        p->arg = v;
        p->has_arg = true;
        if (handle_methods(p, verb))
            return;
    }
    p->has_arg = false;
    p->value = v;
    p->has_value = v.t != NULL;
    if (!v.t) {
        if (depth == 0)
            strbuf_puts(&p->buf, "<invalid reflect.Value>");
        else if (verb == 'v')
            strbuf_put(&p->buf, "<nil>", 5);
        else
            bad_verb(p, verb);
        return;
    }
    const rtype *u = under(v.t);
    int k = u->kind;
    if (is_signed_kind(k)) {
        print_integer(p, (uint64_t)load_int(k, v.p), true, verb);
        return;
    }
    if (is_unsigned_kind(k)) {
        print_integer(p, load_uint(k, v.p), false, verb);
        return;
    }
    switch (k) {
    case RK_BOOL:
        print_bool(p, *(const uint8_t *)v.p != 0, verb);
        break;
    case RK_FLOAT32:
        print_float(p, *(const float *)v.p, 32, verb);
        break;
    case RK_FLOAT64:
        print_float(p, *(const double *)v.p, 64, verb);
        break;
    case RK_STRING: {
        const golem_string *s = v.p;
        print_string(p, s->data, (size_t)s->len, verb);
        break;
    }
    case RK_MAP:
        print_map(p, v, verb, depth);
        break;
    case RK_STRUCT:
        print_struct(p, v, verb, depth);
        break;
    case RK_INTERFACE: {
        const golem_iface *iv = v.p;
        const rtype *dyn = iface_dyn(u, iv);
        if (!dyn) {
            if (p->f.sharp_v) {
                strbuf_puts(&p->buf, v.t->string);
                strbuf_put(&p->buf, "(nil)", 5);
            } else {
                strbuf_put(&p->buf, "<nil>", 5);
            }
        } else {
            print_value(p, iface_elem(dyn, iv, v.ro), verb, depth + 1);
        }
        break;
    }
    case RK_ARRAY: case RK_SLICE:
        print_list(p, v, verb, depth);
        break;
    case RK_POINTER: {
        const void *ptr = *(void *const *)v.p;
        if (depth == 0 && ptr) {
            int ek = under(u->elem)->kind;
            if (ek == RK_ARRAY || ek == RK_SLICE || ek == RK_STRUCT ||
                ek == RK_MAP) {
                strbuf_putc(&p->buf, '&');
                fmt_value ev = {u->elem, ptr, v.ro};
                print_value(p, ev, verb, depth + 1);
                break;
            }
        }
        print_pointer(p, v, verb);
        break;
    }
    case RK_CHAN: case RK_FUNC: case RK_UNSAFEPTR:
        print_pointer(p, v, verb);
        break;
    default:
        strbuf_putc(&p->buf, '?');
        strbuf_puts(&p->buf, v.t->string);
        strbuf_putc(&p->buf, '?');
        break;
    }
}

void fmt_print_arg(fmt_printer *p, const golem_iface *arg, int verb)
{
    const rtype *t = arg->tab;
    p->has_value = false;
    if (!t) {
        p->has_arg = false;
        if (verb == 'T' || verb == 'v')
            fmt_pad(p, "<nil>", 5);
        else
            bad_verb(p, verb);
        return;
    }
    fmt_value v = iface_elem(t, arg, false);
    p->arg = v;
    p->has_arg = true;
    if (verb == 'T') {
        fmt_s(p, (const uint8_t *)t->string, strlen(t->string));
        return;
    }
    if (verb == 'p') {
        print_pointer(p, v, 'p');
        return;
    }
    if (!handle_methods(p, verb))
        print_value(p, v, verb, 0);
}

/* ---- Printf's format parsing ---- */

static bool too_large(int64_t x)
{
    return x > 1000000 || x < -1000000;
}

/* Parses a decimal number at s[*i..end). */
static bool parse_num(const uint8_t *s, size_t *i, size_t end, int *num)
{
    int64_t n = 0;
    bool isnum = false;
    *num = 0;
    if (*i >= end)
        return false;
    size_t j = *i;
    for (; j < end && s[j] >= '0' && s[j] <= '9'; j++) {
        if (too_large(n)) {
            *i = end;
            *num = 0;
            return false;
        }
        n = n * 10 + (s[j] - '0');
        isnum = true;
    }
    *i = j;
    *num = (int)n;
    return isnum;
}

/* Go's intFromArg: operand argnum as a width or precision. */
static bool int_from_arg(const golem_iface *a, int64_t na, int64_t *argnum,
                         int *num)
{
    *num = 0;
    if (*argnum >= na)
        return false;
    const golem_iface *arg = &a[*argnum];
    (*argnum)++;
    const rtype *t = arg->tab;
    if (!t)
        return false;
    int k = under(t)->kind;
    int64_t n;
    fmt_value v = iface_elem(t, arg, false);
    if (is_signed_kind(k)) {
        n = load_int(k, v.p);
    } else if (is_unsigned_kind(k)) {
        uint64_t un = load_uint(k, v.p);
        if ((int64_t)un < 0)
            return false;
        n = (int64_t)un;
    } else {
        return false;
    }
    if (too_large(n))
        return false;
    *num = (int)n;
    return true;
}

/* Go's argNumber: an explicit [n] index at format[*i]. Returns whether
   one was found (afterIndex). */
static bool arg_number(fmt_printer *p, int64_t *argnum, const uint8_t *s,
                       size_t *i, size_t end, int64_t na)
{
    if (*i >= end || s[*i] != '[')
        return false;
    p->reordered = true;
    /* parseArgNumber on s[*i..end) */
    size_t start = *i;
    if (end - start < 3) {
        *i = start + 1;
        p->good_argnum = false;
        return false;
    }
    for (size_t j = start + 1; j < end; j++) {
        if (s[j] == ']') {
            size_t k = start + 1;
            int width;
            bool ok = parse_num(s, &k, j, &width);
            if (!ok || k != j) {
                *i = j + 1;
                p->good_argnum = false;
                return false;
            }
            int64_t index = (int64_t)width - 1;
            *i = j + 1;
            if (index >= 0 && index < na) {
                *argnum = index;
                return true;
            }
            p->good_argnum = false;
            return true;
        }
    }
    *i = start + 1;
    p->good_argnum = false;
    return false;
}

static void begin_verb_v(fmt_printer *p)
{
    p->f.sharp_v = p->f.sharp;
    p->f.sharp = false;
    p->f.plus_v = p->f.plus;
    p->f.plus = false;
}

void fmt_do_printf(fmt_printer *p, const uint8_t *s, size_t end,
                   const golem_iface *a, int64_t na)
{
    int64_t argnum = 0;
    bool after_index = false;
    p->reordered = false;
    size_t i = 0;
    while (i < end && !p->failed) {
        p->good_argnum = true;
        size_t lasti = i;
        while (i < end && s[i] != '%')
            i++;
        if (i > lasti)
            strbuf_put(&p->buf, s + lasti, i - lasti);
        if (i >= end)
            break;
        i++;
        /* like Go's clearflags: wid and prec keep their last values (a
           Formatter can observe them through State after the fast path) */
        memset(&p->f, 0, sizeof p->f);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = s[i];
            if (c == '#') {
                p->f.sharp = true;
            } else if (c == '0') {
                p->f.zero = !p->f.minus;
            } else if (c == '+') {
                p->f.plus = true;
            } else if (c == '-') {
                p->f.minus = true;
                p->f.zero = false;
            } else if (c == ' ') {
                p->f.space = true;
            } else {
                if (c >= 'a' && c <= 'z' && argnum < na) {
                    if (c == 'w' && argnum < 64)
                        p->wrapped |= UINT64_C(1) << argnum;
                    if (c == 'v' || c == 'w')
                        begin_verb_v(p);
                    fmt_print_arg(p, &a[argnum], c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done)
            continue;
        after_index = arg_number(p, &argnum, s, &i, end, na);
        if (i < end && s[i] == '*') {
            i++;
            p->f.wid_present = int_from_arg(a, na, &argnum, &p->wid);
            if (!p->f.wid_present)
                strbuf_puts(&p->buf, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            p->f.wid_present = parse_num(s, &i, end, &p->wid);
            if (after_index && p->f.wid_present)
                p->good_argnum = false;
        }
        if (i + 1 < end && s[i] == '.') {
            i++;
            if (after_index)
                p->good_argnum = false;
            after_index = arg_number(p, &argnum, s, &i, end, na);
            if (i < end && s[i] == '*') {
                i++;
                p->f.prec_present = int_from_arg(a, na, &argnum, &p->prec);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present)
                    strbuf_puts(&p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                p->f.prec_present = parse_num(s, &i, end, &p->prec);
                if (!p->f.prec_present) {
                    p->prec = 0;
                    p->f.prec_present = true;
                }
            }
        }
        if (!after_index)
            after_index = arg_number(p, &argnum, s, &i, end, na);
        if (i >= end) {
            strbuf_puts(&p->buf, "%!(NOVERB)");
            break;
        }
        int32_t verb = s[i];
        int size = 1;
        if (verb >= 0x80)
            size = strconv_decode_rune(s + i, end - i, &verb);
        i += size;
        if (verb == '%') {
            strbuf_putc(&p->buf, '%');
        } else if (!p->good_argnum) {
            strbuf_put(&p->buf, "%!", 2);
            put_verb(p, verb);
            strbuf_puts(&p->buf, "(BADINDEX)");
        } else if (argnum >= na) {
            strbuf_put(&p->buf, "%!", 2);
            put_verb(p, verb);
            strbuf_puts(&p->buf, "(MISSING)");
        } else {
            if (verb == 'w' && argnum < 64)
                p->wrapped |= UINT64_C(1) << argnum;
            if (verb == 'v' || verb == 'w')
                begin_verb_v(p);
            fmt_print_arg(p, &a[argnum], verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < na && !p->failed) {
        memset(&p->f, 0, sizeof p->f);
        strbuf_puts(&p->buf, "%!(EXTRA ");
        for (int64_t k = argnum; k < na; k++) {
            if (k > argnum)
                strbuf_put(&p->buf, ", ", 2);
            const rtype *t = a[k].tab;
            if (!t) {
                strbuf_put(&p->buf, "<nil>", 5);
            } else {
                strbuf_puts(&p->buf, t->string);
                strbuf_putc(&p->buf, '=');
                fmt_print_arg(p, &a[k], 'v');
            }
        }
        strbuf_putc(&p->buf, ')');
    }
}

void fmt_do_print(fmt_printer *p, const golem_iface *a, int64_t na)
{
    bool prev_string = false;
    for (int64_t i = 0; i < na && !p->failed; i++) {
        const rtype *t = a[i].tab;
        bool is_string = t && under(t)->kind == RK_STRING;
        if (i > 0 && !is_string && !prev_string)
            strbuf_putc(&p->buf, ' ');
        fmt_print_arg(p, &a[i], 'v');
        prev_string = is_string;
    }
}

void fmt_do_println(fmt_printer *p, const golem_iface *a, int64_t na)
{
    for (int64_t i = 0; i < na && !p->failed; i++) {
        if (i > 0)
            strbuf_putc(&p->buf, ' ');
        fmt_print_arg(p, &a[i], 'v');
    }
    strbuf_putc(&p->buf, '\n');
}

/* ---- natives ---- */

enum { MODE_PRINT, MODE_PRINTLN, MODE_PRINTF };

/* Formats the operands found at args[first...] per mode; false when a
   panic escaped (the native must return -1). */
static bool format_operands(fmt_printer *p, slot *args, int first, int mode)
{
    if (mode == MODE_PRINTF) {
        golem_string f = native_arg_string(args, first);
        golem_slice a = native_arg_slice(args, first + 2);
        fmt_do_printf(p, f.data, (size_t)f.len, a.data, a.len);
    } else {
        golem_slice a = native_arg_slice(args, first);
        if (mode == MODE_PRINT)
            fmt_do_print(p, a.data, a.len);
        else
            fmt_do_println(p, a.data, a.len);
    }
    return !p->failed;
}

static int print_to_stdout(golem_g *g, slot *args, int mode)
{
    fmt_printer p;
    fmt_printer_init(&p, g);
    if (!format_operands(&p, args, 0, mode)) {
        fmt_printer_free(&p);
        return -1;
    }
    vm_write(&g->vm->out, p.buf.p, p.buf.len);
    args[0].i = (int64_t)p.buf.len;
    args[1].p = args[2].p = NULL;
    fmt_printer_free(&p);
    return 0;
}

static int print_to_string(golem_g *g, slot *args, int mode)
{
    fmt_printer p;
    fmt_printer_init(&p, g);
    if (!format_operands(&p, args, 0, mode)) {
        fmt_printer_free(&p);
        return -1;
    }
    native_ret_bytes(g, args, p.buf.p, (int64_t)p.buf.len);
    fmt_printer_free(&p);
    return 0;
}

/* Whether an io.Writer is os.Stdout or os.Stderr: its Write method is
   os.(*File).Write and the File's first word, its descriptor, is 1 or 2.
   Those are written straight into the VM's buffers; any other file goes
   through its Write method, which reports errors. */
static bool is_std_file_write(const golem_proto *write, const void *data)
{
    if (!write->name || strcmp(write->name, "os.(*File).Write") != 0)
        return false;
    int64_t fd = *(const int64_t *)data;
    return fd == 1 || fd == 2;
}

/* Writes buf to the io.Writer in args[0..1]; results (n, err) go to
   args[0..2]. */
static int write_to_writer(golem_g *g, slot *args, const char *buf,
                           size_t n)
{
    const itab *tab = args[0].p;
    void *data = args[1].p;
    if (!tab)
        return rt_panic_nil_deref(g);
    golem_proto *write = tab->fun[0];
    if (write && data && is_std_file_write(write, data)) {
        os_file_write_bytes(g, *(const int64_t *)data, buf, n);
        args[0].i = (int64_t)n;
        args[1].p = args[2].p = NULL;
        return 0;
    }
    void *bytes = n ? gc_alloc(g, NULL, n) : NULL;
    if (n && !bytes)
        return -1;
    if (n)
        memcpy(bytes, buf, n);
    slot call[4], res[3] = {{0}, {0}, {0}};
    call[0].p = data;
    call[1].p = bytes;
    call[2].i = (int64_t)n;
    call[3].i = (int64_t)n;
    if (vm_call(g, write, NULL, call, 4, res, 3) != 0)
        return -1;
    args[0] = res[0];
    args[1] = res[1];
    args[2] = res[2];
    return 0;
}

static int print_to_writer(golem_g *g, slot *args, int mode)
{
    fmt_printer p;
    fmt_printer_init(&p, g);
    if (!format_operands(&p, args, 2, mode)) {
        fmt_printer_free(&p);
        return -1;
    }
    int rc = write_to_writer(g, args, p.buf.p, p.buf.len);
    fmt_printer_free(&p);
    return rc;
}

static int fmt_Print(golem_g *g, slot *args)
{
    return print_to_stdout(g, args, MODE_PRINT);
}

static int fmt_Println(golem_g *g, slot *args)
{
    return print_to_stdout(g, args, MODE_PRINTLN);
}

static int fmt_Printf(golem_g *g, slot *args)
{
    return print_to_stdout(g, args, MODE_PRINTF);
}

static int fmt_Sprint(golem_g *g, slot *args)
{
    return print_to_string(g, args, MODE_PRINT);
}

static int fmt_Sprintln(golem_g *g, slot *args)
{
    return print_to_string(g, args, MODE_PRINTLN);
}

static int fmt_Sprintf(golem_g *g, slot *args)
{
    return print_to_string(g, args, MODE_PRINTF);
}

static int fmt_Fprint(golem_g *g, slot *args)
{
    return print_to_writer(g, args, MODE_PRINT);
}

static int fmt_Fprintln(golem_g *g, slot *args)
{
    return print_to_writer(g, args, MODE_PRINTLN);
}

static int fmt_Fprintf(golem_g *g, slot *args)
{
    return print_to_writer(g, args, MODE_PRINTF);
}

/* func errorf(format string, a []any) (string, uint64): the message, and
   a bit per operand printed with %w. */
static int fmt_errorf(golem_g *g, slot *args)
{
    fmt_printer p;
    fmt_printer_init(&p, g);
    p.wrap_errs = true;
    if (!format_operands(&p, args, 0, MODE_PRINTF)) {
        fmt_printer_free(&p);
        return -1;
    }
    native_ret_bytes(g, args, p.buf.p, (int64_t)p.buf.len);
    args[2].u = p.wrapped;
    fmt_printer_free(&p);
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native fmt_natives[] = {
    {"fmt.Fprint", fmt_Fprint},
    {"fmt.Fprintf", fmt_Fprintf},
    {"fmt.Fprintln", fmt_Fprintln},
    {"fmt.Print", fmt_Print},
    {"fmt.Printf", fmt_Printf},
    {"fmt.Println", fmt_Println},
    {"fmt.Sprint", fmt_Sprint},
    {"fmt.Sprintf", fmt_Sprintf},
    {"fmt.Sprintln", fmt_Sprintln},
    {"fmt.errorf", fmt_errorf},
    {"fmt.scanFormat", fmt_scan_format_native},
    {"fmt.scanValues", fmt_scan_values_native},
    {NULL, NULL},
};
