/*
 * test_parse.c - a driver for the front end alone: parses every .go file
 * named on the command line and prints its syntax errors, or with -d its
 * AST dump, or with -q nothing but a summary line; -t N repeats each parse
 * N times and reports the time per parse (the front end must stay well
 * under a millisecond per thousand lines).
 *
 * The Makefile builds it as build/unit/test_parse (run with no arguments
 * by tests/run.sh). By hand:
 *   cc -std=gnu11 -Iinclude -Icompiler -Ivm -Istdlib -Ibuild/gen \
 *      tests/unit/test_parse.c build/libgolem.a -lm -lpthread -ldl \
 *      -o build/test_parse
 *   build/test_parse -q FILES...                            # accept all
 *   build/test_parse -d prog.go                              # AST dump
 *   build/test_parse -t 100 big.go                           # timing
 * With no file arguments it runs its built-in checks instead (each prints
 * "ok NAME" or "FAIL NAME: why"): accepted programs, Go's syntax-error
 * wording and positions, body braces, iota repetition, //extern, the
 * end-of-input flag, and diagnostic sorting/limits.
 * Exit status: 0 when every file parsed without errors / every check
 * passed.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "compile.h"

void *malloc(size_t n);
void free(void *p);
int atoi(const char *s);

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---- built-in checks ---- */

static int nfail;

static void fail(const char *name, const char *why)
{
    printf("FAIL %s: %s\n", name, why);
    nfail++;
}

/* Parses src as prog.go; returns the compilation (caller frees). */
static compilation *parse_src(const char *src, bool *ok)
{
    compilation *c = comp_new(NULL);
    int f = comp_add_file(c, "prog.go", src, strlen(src), "main");
    *ok = parse_file(c, f);
    return c;
}

/* The first diagnostic as printed, or "" when none. */
static void first_diag(compilation *c, char *buf, size_t n)
{
    buf[0] = 0;
    FILE *m = fmemopen(buf, n, "w");
    if (!m)
        return;
    diag_print(c, m);
    fclose(m);
    char *nl = strchr(buf, '\n');
    if (nl)
        *nl = 0;
}

static void expect_ok(const char *name, const char *src)
{
    bool ok;
    compilation *c = parse_src(src, &ok);
    char buf[512];
    first_diag(c, buf, sizeof buf);
    if (!ok || buf[0])
        fail(name, buf);
    else
        printf("ok %s\n", name);
    comp_free(c);
}

static void expect_error(const char *name, const char *src, const char *msg)
{
    bool ok;
    compilation *c = parse_src(src, &ok);
    char buf[512], why[1200];
    first_diag(c, buf, sizeof buf);
    if (ok || strcmp(buf, msg) != 0) {
        snprintf(why, sizeof why, "got \"%s\", want \"%s\"", buf, msg);
        fail(name, why);
    } else {
        printf("ok %s\n", name);
    }
    comp_free(c);
}

#define PKG "package main\n\n"

static const struct {
    const char *name, *src;
} accepted[] = {
    {"generics", PKG "type List[T any] struct{ items []T }\n"
                 "func (l *List[T]) Push(v T) { l.items = append(l.items, v) }\n"
                 "func Map[T, U any](xs []T, f func(T) U) []U { return nil }\n"
                 "type Num interface{ ~int | ~float64 }\n"
                 "type A [N]int\ntype P[T *int,] struct{}\n"
                 "func main() { _ = Map[int, string]; var l List[int]; _ = List[int]{} }\n"},
    {"body braces", PKG "func main() {\n"
                    "\tfor _, x := range []int{1, 2} { _ = x }\n"
                    "\tfor _, t := range []struct{ a, b int }{{1, 2}} { _ = t }\n"
                    "\tif f := func() bool { return true }; f() {}\n"
                    "\tif s := []int{1}[0]; s > 0 {}\n"
                    "\tif x == (T{}) {}\n"
                    "\tfor range map[string]int{\"a\": 1} {}\n"
                    "\tif f(func() { if a {} }) {}\n"
                    "\tswitch x := y.(type) { case nil, []int, func(), chan int: _ = x }\n"
                    "\tx := T{1}; _ = x\n}\n"},
    {"statements", PKG "func main() {\n"
                   "L:\n\tfor i := 0; i < 3; i++ {\n"
                   "\t\tselect { case v, ok := <-ch: _, _ = v, ok; case ch <- 1: default: break L }\n"
                   "\t\tgo f(); defer g(x...)\n\t\tgoto L\n\t}\n"
                   "\tswitch { case a > b: fallthrough; default: }\n"
                   "\tx, y := 1, 2; x += y; x <<= 1; x &^= 3; x++\n"
                   "\tvar (a int; b = 2); const c = 'x'; type T struct{ *T; pkg.U `tag` }\n}\n"},
    {"literals", PKG "var a = []any{0x1F, 0o17, 017, 0b101, 1_000, 1e9, .5, 0x1p-2, 1i, "
                 "'\\n', '\\x41', '\\u00e9', '\\U0001F600', '\\377', \"a\\tb\", `raw\nline`, 'é'}\n"},
    {"unicode identifiers", PKG "var héllo, 世界 = 1, 2\n"},
};

static const struct {
    const char *name, *src, *msg;
} rejected[] = {
    {"end of statement", PKG "func main() { x y }",
     "./prog.go:3:17: syntax error: unexpected y at end of statement"},
    {"expecting expression", PKG "func main() {\n\tx := \n}\n",
     "./prog.go:5:1: syntax error: unexpected }, expecting expression"},
    {"argument list", PKG "func main() {\n\tx := f(1, 2\n\ty := 3\n}\n",
     "./prog.go:4:13: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"composite literal", PKG "var x = [3]int{1,2\n",
     "./prog.go:3:19: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"unexpected EOF", PKG "func main() {\n\tif x {\n",
     "./prog.go:5:1: syntax error: unexpected EOF, expecting }"},
    {"for clause", PKG "func main() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n",
     "./prog.go:4:24: syntax error: unexpected newline, expecting { after for clause"},
    {"literal token", PKG "func main() {\n\tprintln(\"a\" \"b\")\n}\n",
     "./prog.go:4:14: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"},
    {"struct type", PKG "type T struct { a int b int }",
     "./prog.go:3:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"},
    {"outside function", PKG "x := 1",
     "./prog.go:3:1: syntax error: non-declaration statement outside function body"},
    {"cannot use as value", PKG "func main() { if x := 1 { } }",
     "./prog.go:3:20: syntax error: cannot use x := 1 as value"},
    {"else", PKG "func main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
     "./prog.go:6:2: syntax error: unexpected else, expecting }"},
    {"brace on next line", PKG "func main()\n{\n}\n",
     "./prog.go:4:1: syntax error: unexpected semicolon or newline before {"},
    {"case colon", PKG "func main() { switch { case 1 } }",
     "./prog.go:3:31: syntax error: unexpected }, expecting :"},
    {"octal digit", PKG "var x = 09", "./prog.go:3:10: invalid digit '9' in octal literal"},
    {"rune length", PKG "var x = 'ab'", "./prog.go:3:9: more than one character in rune literal"},
    {"newline in string", PKG "var x = \"abc\n", "./prog.go:3:13: newline in string"},
    {"no package", "func main() {}", "./prog.go:1:1: syntax error: package statement must be first"},
    {"brace after non-type", PKG "func f(xs []int) {\n\tif len(xs == 0 {\n\t\treturn\n\t}\n}\n",
     "./prog.go:4:17: syntax error: unexpected { in argument list; possibly missing comma or )"},
    {"header without semicolon", PKG "func main() { if x y {} }",
     "./prog.go:3:20: syntax error: unexpected y, expecting {"},
    {"label", PKG "func main() {\n\tL: := 1\n}\n",
     "./prog.go:4:3: syntax error: missing statement after label"},
    {"assignment list", PKG "func main() { a, b )",
     "./prog.go:3:20: syntax error: unexpected ), expecting := or = or comma"},
    {"assignment as value", PKG "func main() { if x = 1 { } }",
     "./prog.go:3:20: syntax error: cannot use assignment (x) = (1) as value"},
    {"grouped declaration", PKG "var (\n\tg *int(\n)\n",
     "./prog.go:4:8: syntax error: unexpected ( in grouped declaration; possibly missing semicolon or newline or )"},
    {"case list", PKG "func main() { switch { !x: } }",
     "./prog.go:3:24: syntax error: unexpected !, expecting case or default or }"},
    {"case needs semicolon", PKG "func main() { switch { case true: f() case false: } }",
     "./prog.go:3:39: syntax error: unexpected case at end of statement"},
    {"missing condition", PKG "func main() { if { } }",
     "./prog.go:3:18: syntax error: missing condition in if statement"},
    {"channel element", PKG "type T struct { c chan }",
     "./prog.go:3:24: syntax error: missing channel element type"},
    {"second error per declaration", PKG "func f() { x y }\nfunc g() { ) }\n",
     "./prog.go:3:14: syntax error: unexpected y at end of statement"},
};

static void check_iota(void)
{
    bool ok;
    compilation *c = parse_src(PKG "const (\n\tA, B = iota, iota * 2\n\tC, D\n\tE, F\n)\n", &ok);
    ast_node *d = ok ? c->files[0].ast->list2.items[0] : NULL;
    if (!d || d->list.len != 3)
        fail("iota", "no const group");
    else {
        ast_node *s0 = d->list.items[0], *s2 = d->list.items[2];
        if (s2->iota != 2 || !(s2->flags & AF_IMPLICIT) ||
            s2->list2.items != s0->list2.items || s2->list.len != 2)
            fail("iota", "implicit spec does not repeat the first");
        else
            printf("ok iota\n");
    }
    comp_free(c);
}

static void check_extern(void)
{
    bool ok;
    compilation *c = parse_src(PKG "//extern libm.so.6 cos\nfunc Cos(x float64) float64\n", &ok);
    ast_node *f = ok ? c->files[0].ast->list2.items[0] : NULL;
    if (!f || !f->extern_lib || strcmp(f->extern_lib, "libm.so.6") ||
        strcmp(f->extern_sym, "cos") || f->c)
        fail("extern", "//extern not attached");
    else
        printf("ok extern\n");
    comp_free(c);
}

static void check_eof_flag(void)
{
    bool ok;
    compilation *c = parse_src(PKG "func main() {\n\tx := 1\n", &ok);
    if (ok || !c->eof_error)
        fail("eof flag", "eof_error not set");
    else
        printf("ok eof flag\n");
    comp_free(c);
    c = parse_src(PKG "func main() { ) }\n", &ok);
    if (ok || c->eof_error)
        fail("eof flag", "eof_error set for a plain error");
    comp_free(c);
    c = parse_src(PKG "func main() {\n\tprintln(1,\n\t\t2\n", &ok);
    if (ok || !c->eof_error)
        fail("eof flag", "eof_error not set at the last newline");
    comp_free(c);
    c = parse_src(PKG "func main() {\n\tprintln(1,\n\t\t2\n}\n", &ok);
    if (ok || c->eof_error)
        fail("eof flag", "eof_error set for a newline inside the input");
    comp_free(c);
}

/* One syntax error per top-level declaration is reported, each in place. */
static void check_multiple_errors(void)
{
    bool ok;
    compilation *c = parse_src(PKG "func f() { x y }\nfunc g() { ) }\ntype T struct { a int b int }\n", &ok);
    char buf[1024] = {0};
    FILE *m = fmemopen(buf, sizeof buf, "w");
    diag_print(c, m);
    fclose(m);
    if (ok || diag_count(c) != 3 || !strstr(buf, "./prog.go:4:12: syntax error: unexpected ), expecting }") ||
        !strstr(buf, "./prog.go:5:23: syntax error: unexpected b in struct type"))
        fail("multiple errors", buf);
    else
        printf("ok multiple errors\n");
    comp_free(c);
}

/* As gc: the first ten errors found are kept (here e12 down to e3, reported
   in that order), printed sorted by position, then "too many errors". */
static void check_diag_limit(void)
{
    compilation *c = comp_new(NULL);
    comp_add_file(c, "a.go", "", 0, "main");
    for (int i = 12; i >= 1; i--)
        diag_error(c, (src_pos){0, i, 1}, "e%d", i);
    char buf[1024] = {0};
    FILE *m = fmemopen(buf, sizeof buf, "w");
    diag_print(c, m);
    fclose(m);
    if (strncmp(buf, "./a.go:3:1: e3\n./a.go:4:1: e4\n", 30) ||
        !strstr(buf, "./a.go:12:1: e12\ntoo many errors\n") || strstr(buf, "e1\n") ||
        strstr(buf, "e2\n"))
        fail("diag limit", buf);
    else
        printf("ok diag limit\n");
    comp_free(c);
}

static int self_test(void)
{
    for (size_t i = 0; i < sizeof accepted / sizeof *accepted; i++)
        expect_ok(accepted[i].name, accepted[i].src);
    for (size_t i = 0; i < sizeof rejected / sizeof *rejected; i++)
        expect_error(rejected[i].name, rejected[i].src, rejected[i].msg);
    check_iota();
    check_extern();
    check_eof_flag();
    check_multiple_errors();
    check_diag_limit();
    return nfail != 0;
}

int main(int argc, char **argv)
{
    if (argc == 1)
        return self_test();
    int dump = 0, quiet = 0, times = 0, failed = 0, total = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-d")) {
            dump = 1;
            continue;
        }
        if (!strcmp(argv[i], "-q")) {
            quiet = 1;
            continue;
        }
        if (!strcmp(argv[i], "-t") && i + 1 < argc) {
            times = atoi(argv[++i]);
            continue;
        }
        size_t len;
        char *text = read_file(argv[i], &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            failed++;
            continue;
        }
        total++;
        compilation *c = comp_new(NULL);
        int f = comp_add_file(c, argv[i], text, len, "main");
        bool ok = parse_file(c, f);
        if (!ok) {
            failed++;
            diag_print(c, stdout);
        } else if (dump) {
            ast_dump(c->files[f].ast, 0, stdout);
        }
        if (times > 0) {
            double t0 = now();
            for (int k = 0; k < times; k++) {
                compilation *c2 = comp_new(NULL);
                int f2 = comp_add_file(c2, argv[i], text, len, "main");
                parse_file(c2, f2);
                comp_free(c2);
            }
            double dt = (now() - t0) / times;
            int lines = 0;
            for (size_t k = 0; k < len; k++)
                lines += text[k] == '\n';
            printf("%s: %d lines, %.3f ms/parse, %.3f ms per 1000 lines\n",
                   argv[i], lines, dt * 1e3, dt * 1e6 / (lines ? lines : 1));
        }
        comp_free(c);
        free(text);
    }
    if (quiet || total > 1)
        printf("%d files, %d with errors\n", total, failed);
    return failed != 0;
}
