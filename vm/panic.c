/*
 * panic.c - raising panics, Go's runtime error values, and the report an
 * unrecovered panic or a fatal error prints.
 *
 * RAISING. A panic is a golem_panic record (a heap object) holding the
 * panic value as an empty interface. rt_panic pushes a new record on g's
 * chain (link = the panic it interrupted, if a deferred call panics while
 * another panic unwinds) and returns -1; the caller returns -1 up to the
 * interpreter, which runs deferred calls, lets recover() mark the record
 * recovered, and unwinds. Nothing here unwinds or longjmps.
 *
 * RUNTIME ERRORS. Go's runtime panics with values of a few internal types,
 * and programs can see them (recover, %T, %v, r.(error), r.(runtime.Error)),
 * so golem makes the same types, as static immutable descriptors shared by
 * every VM:
 *
 *   runtime.errorString   "runtime error: " + text  (nil deref, divide,
 *                         makeslice, comparing/hashing uncomparable types)
 *   runtime.boundsError   "runtime error: " + text  (index, slice bounds)
 *   runtime.plainError    text as is                ("assignment to entry
 *                         in nil map")
 *   *runtime.TypeAssertionError  text as is         ("interface conversion:
 *                         ...")
 *
 * Each carries the methods Error() string and RuntimeError(), implemented
 * by native protos defined here. The value of the first three is a string
 * (its interface data word points to a boxed golem_string); the last is a
 * pointer to a struct whose first field is the message, so one native
 * serves both. Their Error() method signature is a static func() string
 * descriptor; rt_getitab matches it against codegen's `error` interface
 * structurally (rt_type_identical).
 *
 * REPORTING. rt_print_panic writes what Go writes for an unrecovered panic:
 * the chain oldest first ("panic: V [recovered]", later ones indented by a
 * tab), Go's "[signal SIGSEGV: ...]" line after a nil dereference, a blank
 * line, and the goroutine trace. The value prints as Go's printpanicval
 * does: an error's Error() text, a Stringer's String() text (both called
 * through vm_call), predeclared basic types bare (floats in print's
 * +1.500000e+000 format), named basic types as main.E("x") / main.I(3),
 * anything else as "(main.T) 0xADDR".
 * The goroutine trace after the panic lines is vm/traceback.c's.
 */
#include "mgc.h"
#include "runtime.h"
#include <inttypes.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- descriptors of the runtime's own types ---- */

static const uint8_t ptrmask_string[2] = {1, 0};
static const uint8_t ptrmask_ptr[1] = {1};

static const rtype string_type = {
    .kind = RK_STRING, .flags = RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 2, .stride = 16, .string = "string", .name = "string",
    .ptrmask = ptrmask_string, .underlying = &string_type,
};

static const rtype *const sig_string_out[1] = {&string_type};

static const rtype sig_error = {
    .kind = RK_FUNC, .flags = RF_POINTER_SHAPED | RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "func() string",
    .out = sig_string_out, .nout = 1, .ptrmask = ptrmask_ptr,
    .underlying = &sig_error,
};

static const rtype sig_void = {
    .kind = RK_FUNC, .flags = RF_POINTER_SHAPED | RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "func()", .ptrmask = ptrmask_ptr,
    .underlying = &sig_void,
};

/* Error() through the data word (a pointer to the message): with and
   without the "runtime error: " prefix. */
static int native_error_prefixed(golem_g *g, slot *args)
{
    golem_string msg = *(const golem_string *)args[0].p;
    golem_string pre = {(const uint8_t *)"runtime error: ", 15};
    golem_string s = rt_concat(g, pre, msg);
    args[0].p = (void *)s.data;
    args[1].i = s.len;
    return 0;
}

static int native_error_plain(golem_g *g, slot *args)
{
    golem_string msg = *(const golem_string *)args[0].p;
    args[0].p = (void *)msg.data;
    args[1].i = msg.len;
    return 0;
}

/* Error() with the string receiver itself in two slots (tfn). */
static int native_error_prefixed_value(golem_g *g, slot *args)
{
    golem_string msg = {args[0].p, args[1].i};
    golem_string pre = {(const uint8_t *)"runtime error: ", 15};
    golem_string s = rt_concat(g, pre, msg);
    args[0].p = (void *)s.data;
    args[1].i = s.len;
    return 0;
}

static int native_error_plain_value(golem_g *g, slot *args)
{
    (void)g, (void)args; /* the receiver is already the result */
    return 0;
}

static int native_runtime_error(golem_g *g, slot *args)
{
    (void)g, (void)args;
    return 0;
}

#define NATIVE_PROTO(ident, link, fn, np, nr)                              \
    static const golem_proto ident = {                                     \
        .name = link, .file = "runtime/error.go", .nparams = np,           \
        .nresults = nr, .framesize = (np) > (nr) ? (np) : (nr),            \
        .native = fn,                                                      \
    }

NATIVE_PROTO(proto_es_error, "runtime.errorString.Error",
             native_error_prefixed, 1, 2);
NATIVE_PROTO(proto_es_error_v, "runtime.errorString.Error",
             native_error_prefixed_value, 2, 2);
NATIVE_PROTO(proto_pe_error, "runtime.plainError.Error",
             native_error_plain, 1, 2);
NATIVE_PROTO(proto_pe_error_v, "runtime.plainError.Error",
             native_error_plain_value, 2, 2);
NATIVE_PROTO(proto_rt_error1, "runtime.RuntimeError", native_runtime_error,
             1, 0);
NATIVE_PROTO(proto_rt_error2, "runtime.RuntimeError", native_runtime_error,
             2, 0);

#define P(x) ((golem_proto *)&(x))

static const rmethod methods_prefixed[2] = {
    {"Error", &sig_error, P(proto_es_error), P(proto_es_error_v)},
    {"RuntimeError", &sig_void, P(proto_rt_error1), P(proto_rt_error2)},
};

static const rmethod methods_plain[2] = {
    {"Error", &sig_error, P(proto_pe_error), P(proto_pe_error_v)},
    {"RuntimeError", &sig_void, P(proto_rt_error1), P(proto_rt_error2)},
};

/* *T methods take the pointer itself: ifn and tfn coincide. */
static const rmethod methods_ptr_plain[2] = {
    {"Error", &sig_error, P(proto_pe_error), P(proto_pe_error)},
    {"RuntimeError", &sig_void, P(proto_rt_error1), P(proto_rt_error1)},
};

#define STRING_ERROR_TYPE(ident, nm, mtab)                              \
    static const rtype ident = {                                           \
        .kind = RK_STRING,                                                 \
        .flags = RF_NAMED | RF_COMPARABLE | RF_HAS_POINTERS,               \
        .nslots = 2, .stride = 16, .string = "runtime." nm, .name = nm,    \
        .pkgpath = "runtime", .methods = mtab, .nmethods = 2,              \
        .ptrmask = ptrmask_string, .underlying = &string_type,             \
    }

STRING_ERROR_TYPE(error_string_type, "errorString", methods_prefixed);
STRING_ERROR_TYPE(bounds_error_type, "boundsError", methods_prefixed);
STRING_ERROR_TYPE(plain_error_type, "plainError", methods_plain);

static const rfield tae_fields[1] = {
    {"msg", &string_type, 0, false, false},
};

static const rtype tae_struct = {
    .kind = RK_STRUCT, .flags = RF_NAMED | RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 2, .stride = 16, .string = "runtime.TypeAssertionError",
    .name = "TypeAssertionError", .pkgpath = "runtime",
    .fields = tae_fields, .nfields = 1, .ptrmask = ptrmask_string,
    .underlying = &tae_struct,
};

static const rtype tae_ptr_type = {
    .kind = RK_POINTER,
    .flags = RF_COMPARABLE | RF_POINTER_SHAPED | RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "*runtime.TypeAssertionError",
    .elem = &tae_struct, .methods = methods_ptr_plain, .nmethods = 2,
    .ptrmask = ptrmask_ptr, .underlying = &tae_ptr_type,
};

/* The golem_panic record (runtime.h): the pointer words are value.data and
   link (value.tab is an rtype, outside the heap). A pointer field added to
   golem_panic must be added here too. */
#define PANIC_SLOTS (sizeof(golem_panic) / 8)
static const uint8_t ptrmask_panic[PANIC_SLOTS] = {
    [offsetof(golem_panic, value.data) / 8] = 1,
    [offsetof(golem_panic, link) / 8] = 1,
};
static const rtype panic_record_type = {
    .kind = RK_STRUCT, .flags = RF_HAS_POINTERS, .nslots = PANIC_SLOTS,
    .stride = PANIC_SLOTS * 8, .string = "runtime._panic",
    .ptrmask = ptrmask_panic, .underlying = &panic_record_type,
};

bool rt_runtime_error_text(golem_g *g, const rtype *t, const void *data,
                           golem_string *out)
{
    const golem_string *msg = data;
    if (t == &error_string_type || t == &bounds_error_type) {
        golem_string pre = {(const uint8_t *)"runtime error: ", 15};
        *out = rt_concat(g, pre, *msg);
        return true;
    }
    if (t == &plain_error_type || t == &tae_ptr_type) {
        *out = *msg;
        return true;
    }
    return false;
}

/* ---- raising ---- */

int rt_panic(golem_g *g, const rtype *t, void *data)
{
    golem_panic *p = gc_alloc(g, &panic_record_type, sizeof(golem_panic));
    if (!p)
        return -1;
    p->value.tab = t;
    /* the record is black while the GC marks; data may be only on the
       stack (vm/mgc.h) */
    gc_write_pointer(g, &p->value.data, data);
    p->runtime_error = t == &error_string_type || t == &bounds_error_type ||
                       t == &plain_error_type || t == &tae_ptr_type;
    gc_write_pointer(g, (void **)&p->link, g->panic);
    g->panic = p;
    return -1;
}

/* Formats into a fresh golem string (heap). */
static golem_string vformat(golem_g *g, const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    golem_string s = {NULL, 0};
    if (n < 0) {
        va_end(ap2);
        return s;
    }
    if ((size_t)n < sizeof small) {
        va_end(ap2);
        return rt_string_from_bytes(g, small, n);
    }
    char *big = malloc((size_t)n + 1);
    if (big) {
        vsnprintf(big, (size_t)n + 1, fmt, ap2);
        s = rt_string_from_bytes(g, big, n);
        free(big);
    }
    va_end(ap2);
    return s;
}

/* Panics with a string-valued runtime error of type t. */
static int raise_string_error(golem_g *g, const rtype *t, golem_string msg)
{
    golem_string *cell = gc_alloc(g, &string_type, sizeof *cell);
    if (!cell)
        return -1;
    *cell = msg;
    return rt_panic(g, t, cell);
}

int rt_panic_runtime(golem_g *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    golem_string msg = vformat(g, fmt, ap);
    va_end(ap);
    return raise_string_error(g, &error_string_type, msg);
}

static int raise_bounds(golem_g *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int raise_bounds(golem_g *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    golem_string msg = vformat(g, fmt, ap);
    va_end(ap);
    return raise_string_error(g, &bounds_error_type, msg);
}

int rt_panic_index(golem_g *g, int64_t i, int64_t len)
{
    return rt_panic_slice(g, RT_BOUNDS_INDEX, i, len);
}

/* Go's boundsErrorFmt: the text around x and y for each kind, and the
   shorter form used when x is negative. */
static const char *const bounds_fmt[][2] = {
    [RT_BOUNDS_INDEX] = {"index out of range [%s] with length %s",
                         "index out of range [%s]"},
    [RT_BOUNDS_SLICE_ALEN] = {"slice bounds out of range [:%s] with length %s",
                              "slice bounds out of range [:%s]"},
    [RT_BOUNDS_SLICE_ACAP] = {"slice bounds out of range [:%s] with capacity %s",
                              "slice bounds out of range [:%s]"},
    [RT_BOUNDS_SLICE_B] = {"slice bounds out of range [%s:%s]",
                           "slice bounds out of range [%s:]"},
    [RT_BOUNDS_SLICE3_ALEN] = {"slice bounds out of range [::%s] with length %s",
                               "slice bounds out of range [::%s]"},
    [RT_BOUNDS_SLICE3_ACAP] = {"slice bounds out of range [::%s] with capacity %s",
                               "slice bounds out of range [::%s]"},
    [RT_BOUNDS_SLICE3_B] = {"slice bounds out of range [:%s:%s]",
                            "slice bounds out of range [:%s:]"},
    [RT_BOUNDS_SLICE3_C] = {"slice bounds out of range [%s:%s:]",
                            "slice bounds out of range [%s::]"},
};

int rt_panic_slice(golem_g *g, int kind, int64_t x, int64_t y)
{
    bool is_unsigned = (kind & RT_BOUNDS_UNSIGNED) != 0;
    kind &= ~RT_BOUNDS_UNSIGNED;
    char xs[24], ys[24];
    if (is_unsigned)
        snprintf(xs, sizeof xs, "%" PRIu64, (uint64_t)x);
    else
        snprintf(xs, sizeof xs, "%" PRId64, x);
    snprintf(ys, sizeof ys, "%" PRId64, y);
    if (kind == RT_BOUNDS_CONVERT)
        return raise_bounds(g, "cannot convert slice with length %s to array "
                               "or pointer to array with length %s", ys, xs);
    if (kind < 0 || kind > RT_BOUNDS_SLICE3_C)
        kind = RT_BOUNDS_INDEX;
    bool negative = !is_unsigned && x < 0;
    /* The formats are constant strings chosen from the table above. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    return raise_bounds(g, bounds_fmt[kind][negative ? 1 : 0], xs, ys);
#pragma GCC diagnostic pop
}

int rt_panic_nil_deref(golem_g *g)
{
    int r = rt_panic_runtime(
        g, "invalid memory address or nil pointer dereference");
    if (g->panic)
        g->panic->sigsegv = true;
    return r;
}

/* (added by SCHED) A runtime.Error printed without the "runtime error: "
   prefix (Go's plainError): "send on closed channel", "close of nil
   channel", ... (vm/chan.c). */
int rt_panic_plain(golem_g *g, const char *msg)
{
    return raise_string_error(g, &plain_error_type,
                              rt_string_from_cstr(g, msg));
}

int rt_panic_divide(golem_g *g)
{
    return rt_panic_runtime(g, "integer divide by zero");
}

int rt_panic_nil_map(golem_g *g)
{
    return raise_string_error(
        g, &plain_error_type,
        rt_string_from_cstr(g, "assignment to entry in nil map"));
}

/* A type's name as Go's messages print it ("interface {}" for any). */
static const char *type_name(const rtype *t)
{
    return t && t->string ? t->string : "interface";
}

static golem_string format_string(golem_g *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static golem_string format_string(golem_g *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    golem_string s = vformat(g, fmt, ap);
    va_end(ap);
    return s;
}

/* Go's TypeAssertionError text. The static interface is named only for
   assertions to a concrete type; assertions to an interface say
   "interface", as Go's do. */
static golem_string typeassert_message(golem_g *g, const rtype *iface,
                                       const rtype *have, const rtype *want)
{
    const char *inter = want->kind == RK_INTERFACE || !iface
                            ? "interface" : type_name(iface);
    const char *as = type_name(want);
    if (!have)
        return format_string(g, "interface conversion: %s is nil, not %s",
                             inter, as);
    const char *cs = type_name(have);
    const char *miss;
    if (want->kind == RK_INTERFACE &&
        (miss = rt_missing_method(want, have)) != NULL)
        return format_string(g, "interface conversion: %s is not %s: "
                                "missing method %s", cs, as, miss);
    const char *note = "";
    if (strcmp(cs, as) == 0) {
        bool samepkg = (!have->pkgpath && !want->pkgpath) ||
                       (have->pkgpath && want->pkgpath &&
                        strcmp(have->pkgpath, want->pkgpath) == 0);
        note = samepkg ? " (types from different scopes)"
                       : " (types from different packages)";
    }
    return format_string(g, "interface conversion: %s is %s, not %s%s",
                         inter, cs, as, note);
}

int rt_panic_typeassert(golem_g *g, const rtype *iface, const rtype *have,
                        const rtype *want)
{
    golem_string msg = typeassert_message(g, iface, have, want);
    golem_string *cell = gc_alloc(g, &tae_struct, sizeof *cell);
    if (!cell)
        return -1;
    *cell = msg;
    return rt_panic(g, &tae_ptr_type, cell);
}

/* ---- reporting ---- */

static void emit_string(golem_vm *vm, golem_string s)
{
    if (s.len > 0)
        vm_write(&vm->err, (const char *)s.data, (size_t)s.len);
}

int rt_format_float(char *buf, double v)
{
    if (v != v)
        return sprintf(buf, "NaN");
    if (v + v == v && v > 0)
        return sprintf(buf, "+Inf");
    if (v + v == v && v < 0)
        return sprintf(buf, "-Inf");
    enum { DIGITS = 7 };
    char sign = '+';
    int exp = 0;
    if (v == 0) {
        if (1 / v < 0)
            sign = '-';
    } else {
        if (v < 0) {
            v = -v;
            sign = '-';
        }
        while (v >= 10) {
            exp++;
            v /= 10;
        }
        while (v < 1) {
            exp--;
            v *= 10;
        }
        double half = 5.0; /* round at the last printed digit */
        for (int i = 0; i < DIGITS; i++)
            half /= 10;
        v += half;
        if (v >= 10) {
            exp++;
            v /= 10;
        }
    }
    char digits[DIGITS];
    for (int i = 0; i < DIGITS; i++) {
        int d = (int)v;
        digits[i] = (char)('0' + d);
        v = (v - d) * 10;
    }
    int n = 0;
    buf[n++] = sign;
    buf[n++] = digits[0];
    buf[n++] = '.';
    for (int i = 1; i < DIGITS; i++)
        buf[n++] = digits[i];
    buf[n++] = 'e';
    buf[n++] = exp < 0 ? '-' : '+';
    if (exp < 0)
        exp = -exp;
    buf[n++] = (char)('0' + exp / 100);
    buf[n++] = (char)('0' + exp / 10 % 10);
    buf[n++] = (char)('0' + exp % 10);
    buf[n] = 0;
    return n;
}

/* The method name() string of t, or NULL. */
static const rmethod *string_method(const rtype *t, const char *name)
{
    for (uint32_t i = 0; i < t->nmethods; i++) {
        const rmethod *m = &t->methods[i];
        if (strcmp(m->name, name) == 0 && m->sig && m->sig->nin == 0 &&
            m->sig->nout == 1 && m->sig->out[0]->kind == RK_STRING && m->ifn)
            return m;
    }
    return NULL;
}

/* Calls an Error()/String() method for the report; false if it panicked
   (that panic is dropped: the report is about the original one). */
static bool call_string_method(golem_g *g, const rmethod *m, void *data,
                               golem_string *out)
{
    golem_panic *saved = g->panic;
    g->panic = NULL;
    slot arg = {.p = data}, res[2] = {{0}, {0}};
    int r = vm_call(g, m->ifn, NULL, &arg, 1, res, 2);
    g->panic = saved;
    if (r < 0)
        return false;
    out->data = res[0].p;
    out->len = res[1].i;
    return true;
}

/* A scalar's value printed as Go's print builtin does. */
static void format_scalar(const rtype *t, const void *p, char *buf)
{
    int64_t i = 0;
    uint64_t u = 0;
    switch (t->kind) {
    case RK_BOOL:
        strcpy(buf, *(const uint8_t *)p ? "true" : "false");
        return;
    case RK_INT8: i = *(const int8_t *)p; break;
    case RK_INT16: { int16_t v; memcpy(&v, p, 2); i = v; break; }
    case RK_INT32: { int32_t v; memcpy(&v, p, 4); i = v; break; }
    case RK_INT: case RK_INT64: memcpy(&i, p, 8); break;
    case RK_UINT8: sprintf(buf, "%u", *(const uint8_t *)p); return;
    case RK_UINT16: { uint16_t v; memcpy(&v, p, 2); u = v;
        sprintf(buf, "%" PRIu64, u); return; }
    case RK_UINT32: { uint32_t v; memcpy(&v, p, 4); u = v;
        sprintf(buf, "%" PRIu64, u); return; }
    case RK_FLOAT32: { float f; memcpy(&f, p, 4);
        rt_format_float(buf, f); return; }
    case RK_FLOAT64: { double f; memcpy(&f, p, 8);
        rt_format_float(buf, f); return; }
    case RK_COMPLEX64: { float f[2]; memcpy(f, p, 8);
        buf[0] = '(';
        int n = 1 + rt_format_float(buf + 1, f[0]);
        n += rt_format_float(buf + n, f[1]);
        strcpy(buf + n, "i)");
        return; }
    case RK_COMPLEX128: { double f[2]; memcpy(f, p, 16);
        buf[0] = '(';
        int n = 1 + rt_format_float(buf + 1, f[0]);
        n += rt_format_float(buf + n, f[1]);
        strcpy(buf + n, "i)");
        return; }
    default: /* uint, uint64, uintptr */
        memcpy(&u, p, 8);
        sprintf(buf, "%" PRIu64, u);
        return;
    }
    sprintf(buf, "%" PRId64, i);
}

static bool is_basic(int k)
{
    return k >= RK_BOOL && k <= RK_STRING;
}

/* The panic value as Go's printpanicval prints it. */
static void print_panic_value(golem_g *g, const golem_iface *v)
{
    golem_vm *vm = g->vm;
    const rtype *t = v->tab;
    if (!t) {
        rt_emit(vm, "nil");
        return;
    }
    golem_string text;
    if (rt_runtime_error_text(g, t, v->data, &text)) {
        emit_string(vm, text);
        return;
    }
    const rmethod *m = string_method(t, "Error");
    if (!m)
        m = string_method(t, "String");
    if (m && call_string_method(g, m, v->data, &text)) {
        emit_string(vm, text);
        return;
    }
    bool predeclared = !t->pkgpath;
    if (!is_basic(t->kind)) {
        rt_emitf(vm, "(%s) 0x%" PRIxPTR, t->string, (uintptr_t)v->data);
        return;
    }
    if (t->kind == RK_STRING) {
        if (!predeclared)
            rt_emitf(vm, "%s(\"", t->string);
        emit_string(vm, *(const golem_string *)v->data);
        if (!predeclared)
            rt_emit(vm, "\")");
        return;
    }
    char buf[96];
    format_scalar(t, v->data, buf);
    if (predeclared)
        rt_emit(vm, buf);
    else
        rt_emitf(vm, "%s(%s)", t->string, buf);
}

/* The chain, oldest first, as Go's printpanics. */
static void print_panic_chain(golem_g *g, golem_panic *p)
{
    golem_panic *older = p->link;
    while (older != NULL && older->goexit)
        older = older->link; /* (SCHED) a Goexit is no panic to print */
    if (older) {
        print_panic_chain(g, older);
        rt_emit(g->vm, "\t");
    }
    rt_emit(g->vm, "panic: ");
    print_panic_value(g, &p->value);
    if (p->recovered)
        rt_emit(g->vm, " [recovered]");
    rt_emit(g->vm, "\n");
}

void rt_print_panic(golem_g *g)
{
    golem_vm *vm = g->vm;
    vm_flush(&vm->out);
    if (g->panic) {
        print_panic_chain(g, g->panic);
        /* Go prints it when the goroutine took the signal, whichever panic
           of the chain that was */
        bool sigsegv = false;
        for (const golem_panic *p = g->panic; p; p = p->link)
            sigsegv |= p->sigsegv;
        if (sigsegv)
            rt_emit(vm, "[signal SIGSEGV: segmentation violation code=0x1 "
                     "addr=0x0 pc=0x0]\n");
    }
    rt_emit(vm, "\n");
    rt_print_traceback(g);
    vm_flush(&vm->err);
}

int rt_fatal(golem_g *g, const char *msg)
{
    golem_vm *vm = g->vm;
    vm_flush(&vm->out);
    rt_emitf(vm, "fatal error: %s\n\n", msg);
    rt_print_traceback(g);
    vm_flush(&vm->err);
    vm->exit_code = 2;
    vm->exiting = true;
    return -1;
}
