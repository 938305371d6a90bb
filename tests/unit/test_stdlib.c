/*
 * test_stdlib.c - every embedded standard package checks cleanly, bodies
 * included.
 *
 * `golem run` checks the function bodies of imported standard packages
 * lazily (only those codegen reaches; compiler/check_pkg.c), so a mistake
 * in an unused stdlib function would go unnoticed at run time. This test
 * sets GOLEM_CHECK_ALL, which makes the checker check every body and report
 * unused imports as for user code, and then checks, one compilation per
 * package, a program that imports the package for its side effects only:
 *
 *     package main
 *     import _ "PATH"
 *     func main() {}
 *
 * Each package prints "PASS PATH" or "FAIL PATH" with its diagnostics; the
 * exit status is non-zero if any failed.
 *
 * Second, the lazy parse: every embedded file is parsed with
 * parse_file_skim(), every skipped body is then parsed with parse_body(),
 * and the syntax tree (ast_dump) must equal the one parse_file() builds,
 * so skimming never changes what a body means ("PASS skim FILE"). The list of packages is
 * stdlib_files[] itself, so a new package is covered without editing this
 * file.
 */
#include "ast.h"
#include "check.h"
#include "compile.h"
#include "stdlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Was pkgpath already seen earlier in stdlib_files[] (before index i)? */
static int seen_before(int i)
{
    for (int j = 0; j < i; j++)
        if (strcmp(stdlib_files[j].pkgpath, stdlib_files[i].pkgpath) == 0)
            return 1;
    return 0;
}

static int check_package_fully(const char *pkgpath)
{
    char src[512];
    snprintf(src, sizeof src,
             "package main\n\nimport _ \"%s\"\n\nfunc main() {}\n", pkgpath);
    compilation *c = comp_new(NULL);
    int file = comp_add_file(c, "stdlib_test.go", src, strlen(src), "main");
    int ok = parse_file(c, file) && check_program(c) && diag_count(c) == 0;
    if (ok) {
        printf("PASS %s\n", pkgpath);
    } else {
        printf("FAIL %s: does not check cleanly\n", pkgpath);
        diag_print(c, stdout);
    }
    comp_free(c);
    return ok;
}

/* The dump of file index `file` of c, in a malloc'd string. */
static char *dump_file(compilation *c, int file)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ast_dump(c->files[file].ast, 0, f);
    fclose(f);
    return buf;
}

static int skim_matches_full(const stdlib_file *sf)
{
    compilation *full = comp_new(NULL), *skim = comp_new(NULL);
    int a = comp_add_file(full, sf->name, sf->text, sf->len, sf->pkgpath);
    int b = comp_add_file(skim, sf->name, sf->text, sf->len, sf->pkgpath);
    int ok = parse_file(full, a) && parse_file_skim(skim, b);
    ast_node *root = skim->files[b].ast;
    for (int i = 0; ok && root && i < root->list2.len; i++)
        if (root->list2.items[i]->kind == N_FUNCDECL)
            ok = parse_body(skim, root->list2.items[i]);
    char *da = dump_file(full, a), *db = ok ? dump_file(skim, b) : NULL;
    ok = ok && da && db && strcmp(da, db) == 0;
    printf("%s skim %s\n", ok ? "PASS" : "FAIL", sf->name);
    if (!ok) {
        diag_print(full, stdout);
        diag_print(skim, stdout);
    }
    free(da);
    free(db);
    comp_free(full);
    comp_free(skim);
    return ok;
}

int main(void)
{
    setenv("GOLEM_CHECK_ALL", "1", 1);
    int failed = 0;
    for (int i = 0; stdlib_files[i].pkgpath; i++)
        if (!seen_before(i) && !check_package_fully(stdlib_files[i].pkgpath))
            failed++;
    for (int i = 0; stdlib_files[i].pkgpath; i++)
        if (!skim_matches_full(&stdlib_files[i]))
            failed++;
    return failed ? 1 : 0;
}
