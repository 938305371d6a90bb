/*
 * main.c - the golem command line.
 *
 *   golem run FILE.go|DIR [args...]   compile and run package main
 *   golem FILE.go [args...]           the same
 *   golem disasm [-all] FILE.go|DIR   print the bytecode of package main's
 *                                     functions (closures and wrappers
 *                                     included); -all: of every function
 *   golem parse FILE.go               print the syntax tree (for debugging
 *                                     the front end)
 *   golem version
 *
 * This is the boundary where errors become exit statuses: 1 for compile
 * errors (printed as go prints them, file:line:col: message), 2 for an
 * unrecovered panic or a fatal runtime error, or the status os.Exit gave.
 */
#include "check.h"
#include "compile.h"
#include "vm.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define GOLEM_VERSION "0.1.0"

enum { EXIT_COMPILE = 1, EXIT_USAGE = 2 };

/* What cmd_run does once the program is compiled. */
typedef enum run_mode {
    MODE_RUN,         /* execute it */
    MODE_DISASM_MAIN, /* print package main's functions */
    MODE_DISASM_ALL,  /* print every function */
} run_mode;

static void usage(void)
{
    fprintf(stderr,
            "usage: golem run FILE.go|DIR [arguments...]\n"
            "       golem FILE.go [arguments...]\n"
            "       golem disasm [-all] FILE.go|DIR\n"
            "       golem parse FILE.go\n"
            "       golem version\n");
}

/* Reads a whole file; NULL (with a message) on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "golem: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *grown = realloc(buf, cap);
            if (!grown) {
                free(buf);
                buf = NULL;
            }
            buf = grown;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static bool has_go_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".go") == 0 &&
           !(n > 8 && strcmp(name + n - 8, "_test.go") == 0);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the file, or every .go file of the directory (sorted, as go does),
   to the compilation. Returns the number of files added, -1 on error. */
static int add_sources(compilation *c, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "golem: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char **names = NULL;
    int n = 0;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL) {
            if (!has_go_suffix(e->d_name))
                continue;
            names = realloc(names, sizeof *names * (n + 1));
            size_t len = strlen(path) + strlen(e->d_name) + 2;
            names[n] = malloc(len);
            snprintf(names[n++], len, "%s/%s", path, e->d_name);
        }
        if (d)
            closedir(d);
        if (n > 1)
            qsort(names, n, sizeof *names, compare_names);
        if (n == 0)
            fprintf(stderr, "golem: no Go files in %s\n", path);
    } else {
        names = malloc(sizeof *names);
        names[n++] = strdup(path);
    }
    int added = 0;
    for (int i = 0; i < n; i++) {
        size_t len;
        char *text = read_file(names[i], &len);
        if (text) {
            comp_add_file(c, names[i], text, len, "main");
            added++;
        }
        free(text);
        free(names[i]);
    }
    free(names);
    return added == n && n > 0 ? added : -1;
}

/* Parses and checks; prints diagnostics. */
static bool front_end(compilation *c)
{
    bool ok = true;
    int nfiles = c->nfiles; /* imports add files while checking */
    for (int i = 0; i < nfiles; i++)
        ok = parse_file(c, i) && ok;
    if (ok && diag_count(c) == 0)
        ok = check_program(c);
    if (!ok || diag_count(c) > 0) {
        diag_print(c, stderr);
        return false;
    }
    return true;
}

static int cmd_run(const char *path, int argc, char **argv, run_mode mode)
{
    golem_vm *vm = vm_new();
    compilation *c = comp_new(vm);
    int status = EXIT_COMPILE;
    if (add_sources(c, path) < 0 || !front_end(c))
        goto done;
    golem_proto *entry = codegen_program(c);
    if (!entry) {
        diag_print(c, stderr);
        goto done;
    }
    if (mode != MODE_RUN) {
        vm_disasm_prefix(vm, mode == MODE_DISASM_ALL ? NULL : "main.",
                         stdout);
        status = 0;
        goto done;
    }
    vm->argc = argc;
    vm->argv = argv;
    golem_g *g = vm_new_g(vm);
    vm->main_g = g;
    status = vm_run(g, entry);
done:
    vm_flush(&vm->out);
    vm_flush(&vm->err);
    comp_free(c);
    vm_free(vm);
    return status;
}

static int cmd_parse(const char *path)
{
    compilation *c = comp_new(NULL);
    int status = EXIT_COMPILE;
    if (add_sources(c, path) < 0)
        goto done;
    bool ok = true;
    for (int i = 0; i < c->nfiles; i++) {
        ok = parse_file(c, i) && ok;
        if (c->files[i].ast)
            ast_dump(c->files[i].ast, 0, stdout);
    }
    diag_print(c, stderr);
    status = ok && diag_count(c) == 0 ? 0 : EXIT_COMPILE;
done:
    comp_free(c);
    return status;
}

static int write_stdlib_image(const char *path)
{
    FILE *out = fopen(path, "wb");
    if (!out) {
        fprintf(stderr, "golem: %s: %s\n", path, strerror(errno));
        return 1;
    }
    int missing = image_write_stdlib(out);
    if (fclose(out) != 0 || missing < 0) {
        fprintf(stderr, "golem: %s: write failed\n", path);
        return 1;
    }
    if (missing > 0)
        fprintf(stderr, "golem: %s: %d files left to parse at run time\n",
                path, missing);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage();
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "__stdlib-image") == 0 && argc == 3) {
        /* hidden, run by the Makefile: the standard library's prebuilt
           syntax trees (compiler/image.c) */
        return write_stdlib_image(argv[2]);
    }
    if (strcmp(cmd, "version") == 0) {
        printf("golem version %s\n", GOLEM_VERSION);
        return 0;
    }
    if (strcmp(cmd, "run") == 0 || strcmp(cmd, "disasm") == 0 ||
        strcmp(cmd, "parse") == 0) {
        if (argc < 3) {
            usage();
            return EXIT_USAGE;
        }
        if (cmd[0] == 'p')
            return cmd_parse(argv[2]);
        if (cmd[0] == 'd') {
            bool all = strcmp(argv[2], "-all") == 0;
            if (all && argc < 4) {
                usage();
                return EXIT_USAGE;
            }
            return cmd_run(argv[all ? 3 : 2], 0, NULL,
                           all ? MODE_DISASM_ALL : MODE_DISASM_MAIN);
        }
        /* os.Args[0] is the program, then its arguments */
        return cmd_run(argv[2], argc - 2, argv + 2, MODE_RUN);
    }
    if (has_go_suffix(cmd))
        return cmd_run(cmd, argc - 1, argv + 1, MODE_RUN);
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage();
        return 0;
    }
    fprintf(stderr, "golem: unknown command %s\n", cmd);
    usage();
    return EXIT_USAGE;
}
