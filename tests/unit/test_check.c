/*
 * test_check.c - runs the front end (parse + check) on Go files and prints
 * the diagnostics, without codegen or the VM. Usage:
 *   test_check FILE.go...     prints diagnostics; exit 1 if any
 * Used to test the checker against tests/lang (no errors expected) and
 * tests/errors (errors on the `// ERROR "re"` lines).
 */
#include "check.h"
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct golem_proto *codegen_program(compilation *c) __attribute__((weak));
struct golem_proto *codegen_program(compilation *c)
{
    (void)c;
    return NULL;
}

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

int main(int argc, char **argv)
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
    if (getenv("CK_DUMP") && c->prog && nd == 0) {
        ck_package *m = c->prog->pkgs[c->prog->npkgs - 1];
        printf("init order:");
        for (int i = 0; i < m->ninit; i++)
            for (int j = 0; j < m->init_order[i]->list.len; j++)
                printf(" %s", m->init_order[i]->list.items[j]->name);
        printf("\n");
        for (int i = 0; i < m->nfuncs; i++) {
            ck_func *f = m->funcs[i];
            printf("func %s params=%d results=%d captures:", f->name,
                   f->nparams, f->nresults);
            for (int j = 0; j < f->ncaptures; j++)
                printf(" %s", f->captures[j]->name);
            printf(" | escaping:");
            for (int j = 0; j < f->nparams + f->nresults; j++)
                if (f->params[j]->escapes) printf(" %s", f->params[j]->name);
            printf("\n");
        }
    }
    diag_print(c, stdout);
    comp_free(c);
    return nd ? 1 : 0;
}
