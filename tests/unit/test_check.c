/*
 * test_check.c - unit tests of the type checker, and a driver for it.
 *
 * Without arguments: checks a table of small programs. Each case is a
 * package main body and the regular expression its first diagnostic must
 * match (NULL: it must check cleanly); a few cases then inspect the facts
 * the checker records for codegen (escapes, captures, init order, implicit
 * conversions, promoted selector paths). Prints "FAIL ..." per failure and
 * exits non-zero if any failed.
 *
 * With arguments: `test_check FILE.go...` parses and checks the files as
 * package main and prints the diagnostics (CK_DUMP=1 also prints init order,
 * functions, captures and escaping variables) - handy while working on the
 * checker against tests/lang and tests/errors.
 */
#include "check.h"
#include "compile.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = 0;
    fclose(f);
    return buf;
}

static void dump(compilation *c)
{
    ck_package *m = c->prog->pkgs[c->prog->npkgs - 1];
    printf("init order:");
    for (int i = 0; i < m->ninit; i++)
        for (int j = 0; j < m->init_order[i]->list.len; j++)
            printf(" %s", m->init_order[i]->list.items[j]->name);
    printf("\n");
    for (int i = 0; i < m->nfuncs; i++) {
        ck_func *f = m->funcs[i];
        printf("func %s params=%d results=%d captures:", f->name, f->nparams,
               f->nresults);
        for (int j = 0; j < f->ncaptures; j++)
            printf(" %s", f->captures[j]->name);
        printf(" | escaping:");
        for (int j = 0; j < f->nparams + f->nresults; j++)
            if (f->params[j]->escapes) printf(" %s", f->params[j]->name);
        printf("\n");
    }
}

/* CK_VERIFY: every expression node in package main must have a type. */
static int verify_node(ast_node *n, ast_node *parent, compilation *c)
{
    if (!n) return 0;
    int bad = 0;
    bool is_expr = n->kind >= N_IDENT && n->kind <= N_BINARY;
    bool skip = n->kind == N_KEYVALUE ||
                (parent && parent->kind == N_SELECTOR && parent->a == n &&
                 n->sym && n->sym->kind == SYM_PKG) ||
                (parent && parent->kind == N_TYPESWITCH) ||
                (parent && parent->kind == N_CASECLAUSE && n->kind == N_IDENT &&
                 n->type && n->type->kind == T_UNTYPED_NIL) ||
                (parent && parent->kind == N_ASSIGN && n->kind == N_IDENT &&
                 n->name && strcmp(n->name, "_") == 0) ||
                (parent && parent->kind == N_RANGE && n->kind == N_IDENT &&
                 n->name && strcmp(n->name, "_") == 0);
    if (is_expr && !skip && !n->type) {
        printf("untyped node %s at %s:%d:%d\n", ast_kind_name(n->kind),
               comp_file_name(c, n->pos.file), n->pos.line, n->pos.col);
        bad++;
    }
    if (is_expr && n->type && n->type->kind >= T_UNTYPED_BOOL &&
        n->type->kind <= T_UNTYPED_NIL && !skip && n->kind != N_BINARY) {
        printf("untyped-kind node %s (%d) at %s:%d:%d\n",
               ast_kind_name(n->kind), n->type->kind,
               comp_file_name(c, n->pos.file), n->pos.line, n->pos.col);
        bad++;
    }
    if (n->kind == N_CONSTSPEC || n->kind == N_TYPESPEC) return bad;
    if (n->kind == N_FIELD || n->kind == N_FUNCTYPE || n->kind == N_FIELDLIST ||
        n->kind == N_STRUCTTYPE || n->kind == N_INTERFACETYPE ||
        n->kind == N_BRANCH || n->kind == N_LABELED)
        return bad + (n->kind == N_LABELED ? verify_node(n->a, n, c) : 0);
    bad += verify_node(n->a, n, c) + verify_node(n->b, n, c) +
           verify_node(n->c, n, c) + verify_node(n->d, n, c);
    for (int i = 0; i < n->list.len; i++) bad += verify_node(n->list.items[i], n, c);
    if (n->kind != N_CONSTSPEC)
        for (int i = 0; i < n->list2.len; i++)
            bad += verify_node(n->list2.items[i], n, c);
    return bad;
}

static int driver(int argc, char **argv)
{
    compilation *c = comp_new(NULL);
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *t = slurp(argv[i], &len);
        if (!t) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            return 2;
        }
        comp_add_file(c, argv[i], t, len, "main");
        free(t);
    }
    int n = c->nfiles;
    bool ok = true;
    for (int i = 0; i < n; i++) ok = parse_file(c, i) && ok;
    if (ok) check_program(c);
    int nd = diag_count(c);
    diag_print(c, stdout);
    if (getenv("CK_DUMP") && c->prog && nd == 0) dump(c);
    if (getenv("CK_VERIFY") && nd == 0)
        for (int i = 0; i < n; i++) {
            ast_node *f = c->files[i].ast;
            for (int j = 0; f && j < f->list2.len; j++) {
                ast_node *d = f->list2.items[j];
                if (d->kind == N_FUNCDECL) verify_node(d->c, d, c);
                else if (d->kind == N_GENDECL && d->op != 0)
                    for (int k = 0; k < d->list.len; k++)
                        if (d->list.items[k]->kind == N_VARSPEC)
                            verify_node(d->list.items[k], d, c);
            }
        }
    comp_free(c);
    return nd ? 1 : 0;
}

/* ---------- the table ---------- */

typedef struct check_case {
    const char *name;
    const char *src;  /* appended to "package main\n" */
    const char *want; /* regex for the first diagnostic, or NULL */
} check_case;

static const check_case cases[] = {
    {"hello", "import \"fmt\"\nfunc main() { fmt.Println(\"hi\", 1, 2.5) }\n",
     NULL},
    {"unused var", "func main() { x := 1 }\n", "declared and not used: x"},
    {"unused import", "import \"os\"\nfunc main() {}\n",
     "\"os\" imported and not used"},
    {"undefined", "func main() { y = 2 }\n", "undefined: y"},
    {"redeclared", "func main() { var a int; var a int; _ = a }\n",
     "a redeclared in this block"},
    {"overflow assign", "func main() { var b int8 = 300; _ = b }\n",
     "cannot use 300 \\(untyped int constant\\) as int8 value in variable "
     "declaration \\(overflows\\)"},
    {"overflow conv", "func main() { _ = int8(300) }\n",
     "constant 300 overflows int8"},
    {"mismatched", "func main() { x, y := 1, \"a\"; _ = x + y }\n",
     "invalid operation: x \\+ y \\(mismatched types int and string\\)"},
    {"arg count", "func f(a, b int) {}\nfunc main() { f(1) }\n",
     "not enough arguments in call to f\n\thave \\(number\\)\n\twant \\(int, "
     "int\\)"},
    {"missing return", "func f() int { for { break } }\nfunc main() {}\n",
     "missing return"},
    {"terminating", "func f(x int) int { switch { case x > 0: return 1; "
                    "default: panic(0) } }\nfunc main() { _ = f(1) }\n",
     NULL},
    {"div zero", "func main() { x := 1; _ = x / 0 }\n",
     "invalid operation: division by zero"},
    {"missing method",
     "type I interface{ M() }\ntype T struct{}\nfunc main() { var i I = "
     "T{}; _ = i }\n",
     "T does not implement I \\(missing method M\\)"},
    {"pointer receiver",
     "type I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\nfunc "
     "main() { var i I = T{}; _ = i }\n",
     "method M has pointer receiver"},
    {"big constants", "const big = 1 << 200\nfunc main() { println(big >> "
                      "198) }\n",
     NULL},
    {"shift untyped", "func main() { var s uint = 2; x := 1 << s; var f "
                      "float64 = 1 << s; _, _ = x, f }\n",
     "shifted operand 1 \\(type float64\\) must be integer"},
    {"iota", "const (A = iota * 10; B; C)\nfunc main() { var a [C]int; _ = "
             "a }\n",
     NULL},
    {"generics",
     "type Num interface{ ~int | ~float64 }\nfunc Sum[T Num](xs ...T) T "
     "{ var s T; for _, x := range xs { s += x }; return s }\n"
     "type Box[T any] struct{ v T }\nfunc (b *Box[T]) Get() T { return "
     "b.v }\nfunc main() { _ = Sum(1, 2) + Sum[int](3); b := Box[string]{"
     "\"x\"}; _ = b.Get() + \"y\" }\n",
     NULL},
    {"generic constraint", "func F[T ~int](x T) {}\nfunc main() { F(\"s\") "
                           "}\n",
     "string does not satisfy"},
    {"labels", "func main() { L: for { break L }; goto M; M: }\n", NULL},
    {"goto into block", "func main() { goto L; { L: } }\n",
     "goto L jumps into block"},
    {"init cycle", "var a = b\nvar b = a\nfunc main() {}\n",
     "initialization cycle"},
    {"type switch", "func main() { var x any = 1; switch v := x.(type) { "
                    "case int: _ = v + 1; case string: _ = len(v) } }\n",
     NULL},
    {"complex", "func main() { _ = 1i }\n", "complex numbers are not "
                                            "supported"},
    {"unsafe", "import \"unsafe\"\nfunc main() {}\n", "not supported"},
    {"not in std", "import \"nosuchpkg\"\nfunc main() {}\n",
     "package nosuchpkg is not in std"},
    {"range int", "func main() { for i := range 3 { _ = i } }\n", NULL},
    {"comma ok", "func main() { m := map[string]int{}; v, ok := m[\"a\"]; "
                 "_, _ = v, ok; var x any; s, ok2 := x.(string); _, _ = s, "
                 "ok2 }\n",
     NULL},
    {"method value", "type T struct{ n int }\nfunc (t *T) Inc() { t.n++ }\n"
                     "func main() { var t T; f := t.Inc; f(); g := "
                     "(*T).Inc; g(&t) }\n",
     NULL},
    {"not used expr", "func main() { x := 1; x + 1 }\n",
     "x \\+ 1 \\(value of type int\\) is not used"},
    {"typed const overflow", "func main() { const x int8 = 100; _ = x * 2 "
                             "}\n",
     "x \\* 2 \\(constant 200 of type int8\\) overflows int8"},
    {"unexported field", "import \"strings\"\nfunc main() { var b "
                         "strings.Builder; _ = b.buf }\n",
     "cannot refer to unexported field buf"},
    {"slices generic", "import \"slices\"\nfunc main() { s := []int{3, "
                       "1}; slices.Sort(s); _ = slices.Index(s, 1) }\n",
     NULL},
    {"generic value", "func F[T any](x T) T { return x }\nfunc main() { f "
                      ":= F; _ = f }\n",
     "cannot use generic function F without instantiation"},
    {"partial instantiation", "func G[S ~[]E, E any](s S, n int) S { "
                              "return s }\nfunc main() { _ = G[[]int](nil, "
                              "1) }\n",
     NULL},
    {"switch on iface", "func main() { var x any = 1; switch x { case 1, "
                        "\"a\": } }\n",
     NULL},
    {"recursive type via named", "type T1 struct{ next *T2 }\ntype T2 "
                                 "T1\nfunc main() { var t T2; _ = t.next }\n",
     NULL},
    {"invalid recursive type", "type T struct{ t T }\nfunc main() {}\n",
     "invalid recursive type T"},
    {NULL, NULL, NULL},
};

static compilation *check_src(const char *src)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "package main\n%s", src);
    compilation *c = comp_new(NULL);
    comp_add_file(c, "t.go", buf, strlen(buf), "main");
    if (parse_file(c, 0)) check_program(c);
    return c;
}

static int run_case(const check_case *tc)
{
    compilation *c = check_src(tc->src);
    int fails = 0;
    int nd = diag_count(c);
    if (!tc->want && nd) {
        printf("FAIL %s: unexpected: %s\n", tc->name, c->diags[0].msg);
        fails++;
    } else if (tc->want) {
        regex_t re;
        regcomp(&re, tc->want, REG_EXTENDED | REG_NOSUB);
        bool found = false;
        for (int i = 0; i < nd; i++)
            if (regexec(&re, c->diags[i].msg, 0, NULL, 0) == 0) found = true;
        if (!found) {
            printf("FAIL %s: want /%s/, got %s\n", tc->name, tc->want,
                   nd ? c->diags[0].msg : "no error");
            fails++;
        }
        regfree(&re);
    }
    comp_free(c);
    return fails;
}

static symbol *find_local(ck_func *f, const char *name)
{
    for (int i = 0; i < f->nparams + f->nresults; i++)
        if (strcmp(f->params[i]->name, name) == 0) return f->params[i];
    return NULL;
}

static ck_func *find_func(ck_package *p, const char *name)
{
    for (int i = 0; i < p->nfuncs; i++)
        if (strcmp(p->funcs[i]->name, name) == 0) return p->funcs[i];
    return NULL;
}

#define EXPECT(cond, ...)                                                    \
    do {                                                                     \
        if (!(cond)) {                                                       \
            printf("FAIL " __VA_ARGS__);                                     \
            printf("\n");                                                    \
            fails++;                                                         \
        }                                                                    \
    } while (0)

/* Facts codegen relies on. */
static int test_facts(void)
{
    int fails = 0;
    compilation *c = check_src(
        "var x = y + 1\nvar y = f()\nfunc f() int { return 2 }\n"
        "type B struct{ n int }\nfunc (b *B) Set(v int) { b.n = v }\n"
        "type D struct{ B }\n"
        "func g(p int, q int) (r int) { defer func() { r = p }(); return q "
        "}\n"
        "func main() { var d D; d.Set(1); var e any = d.n; _ = e; _ = g(1, 2) "
        "}\n");
    EXPECT(diag_count(c) == 0, "facts: %s", diag_count(c) ? c->diags[0].msg
                                                          : "");
    if (diag_count(c)) {
        comp_free(c);
        return fails;
    }
    ck_package *m = c->prog->pkgs[c->prog->npkgs - 1];
    EXPECT(m->ninit == 2 && strcmp(m->init_order[0]->list.items[0]->name,
                                   "y") == 0,
           "facts: init order should be y, x");
    ck_func *g = find_func(m, "main.g");
    EXPECT(g && g->nparams == 2 && g->nresults == 1, "facts: g params");
    symbol *r = g ? find_local(g, "r") : NULL;
    symbol *p = g ? find_local(g, "p") : NULL;
    EXPECT(r && r->captured && r->escapes, "facts: r captured");
    EXPECT(p && p->captured, "facts: p captured");
    ck_func *lit = find_func(m, "main.g.func1");
    EXPECT(lit && lit->ncaptures == 2, "facts: literal captures r and p");
    ck_func *mn = find_func(m, "main.main");
    symbol *d = mn ? find_local(mn, "d") : NULL;
    (void)d; /* locals are not params; find via the AST below */
    /* d.Set(1): promoted pointer method on an addressable value */
    ast_node *body = mn ? mn->decl->c : NULL;
    ast_node *call = body ? body->list.items[1]->a : NULL;
    ast_node *sel = call ? call->a : NULL;
    EXPECT(call && call->info && call->info->call == CALL_METHOD,
           "facts: d.Set is a static method call");
    EXPECT(sel && sel->info && sel->info->npath == 1 &&
               sel->info->addr_recv && sel->a->sym && sel->a->sym->escapes,
           "facts: d.Set path/addr_recv/escape");
    /* var e any = d.n: implicit conversion recorded */
    ast_node *decl = body ? body->list.items[2]->a : NULL;
    ast_node *val = decl ? decl->list.items[0]->list2.items[0] : NULL;
    EXPECT(val && val->info && val->info->implicit_to == ty_any,
           "facts: implicit_to any");
    comp_free(c);
    return fails;
}

int main(int argc, char **argv)
{
    if (argc > 1) return driver(argc, argv);
    int fails = 0, n = 0;
    for (const check_case *tc = cases; tc->name; tc++, n++)
        fails += run_case(tc);
    fails += test_facts();
    printf("test_check: %d cases, %d failures\n", n + 1, fails);
    return fails ? 1 : 0;
}
