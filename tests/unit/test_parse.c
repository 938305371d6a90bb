/*
 * test_parse.c - a driver for the front end alone: parses every .go file
 * named on the command line and prints its syntax errors, or with -d its
 * AST dump, or with -q nothing but a summary line; -t N repeats each parse
 * N times and reports the time per parse (the front end must stay well
 * under a millisecond per thousand lines).
 *
 * Build by hand (the Makefile builds the objects):
 *   make build/libgolem.a   # or compile the five front-end files
 *   cc -std=gnu11 -Iinclude -Icompiler -Ivm -Istdlib -Ibuild/gen \
 *      tests/unit/test_parse.c build/libgolem.a -lm -lpthread -ldl \
 *      -o build/test_parse
 * Exit status: 0 when every file parsed without errors.
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

int main(int argc, char **argv)
{
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
