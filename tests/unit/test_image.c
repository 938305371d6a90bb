/*
 * test_image.c - the standard library's prebuilt syntax trees
 * (compiler/image.c) must be exactly what parse_file_skim() makes.
 *
 * It writes an image of every embedded file (as the build does), then
 * for each file loads the tree from it and compares it, field by field
 * (kinds, operators, flags, the three positions, names, iota, //extern,
 * children, lists, shared subtrees, skipped bodies), with a fresh skim of
 * the same text; then parses every skipped body in both trees and compares
 * again (bodies come from their own prebuilt trees in the image on one
 * side, from the text on the other). Finally it feeds the loader damaged
 * images (truncated at many points, bytes flipped, a stale text) and
 * checks that each is refused or yields a tree, never a crash (run under
 * ASan by make check-asan).
 *
 * Prints "ok NAME" / "FAIL NAME" per property; exit status 1 on failure.
 */
#include "compile.h"
#include "stdlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void report(const char *name, bool ok)
{
    printf("%s %s\n", ok ? "ok" : "FAIL", name);
    if (!ok)
        failures++;
}

static bool same_pos(src_pos a, src_pos b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col;
}

static bool same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_tree(compilation *ca, const ast_node *a, compilation *cb,
                      const ast_node *b, const char *where);

static bool same_list(compilation *ca, const ast_list *a, compilation *cb,
                      const ast_list *b, const char *where)
{
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++)
        if (!same_tree(ca, a->items[i], cb, b->items[i], where))
            return false;
    return true;
}

static bool same_tree(compilation *ca, const ast_node *a, compilation *cb,
                      const ast_node *b, const char *where)
{
    if (!a || !b)
        return a == b;
    size_t oa = 0, ob = 0;
    src_pos pa = {0, 0, 0}, pb = {0, 0, 0};
    int ka = 0, kb = 0;
    bool ua = parse_unparsed_info(ca, a, &oa, &pa, &ka);
    bool ub = parse_unparsed_info(cb, b, &ob, &pb, &kb);
    bool ok = a->kind == b->kind && a->op == b->op && a->flags == b->flags &&
              same_pos(a->pos, b->pos) && same_pos(a->end, b->end) &&
              same_pos(a->oppos, b->oppos) && same_str(a->name, b->name) &&
              a->iota == b->iota && same_str(a->extern_lib, b->extern_lib) &&
              same_str(a->extern_sym, b->extern_sym) && ua == ub &&
              oa == ob && same_pos(pa, pb) && ka == kb;
    if (!ok) {
        fprintf(stderr, "  %s: %s @%d:%d differs\n", where,
                ast_kind_name(a->kind), a->pos.line, a->pos.col);
        return false;
    }
    return same_tree(ca, a->a, cb, b->a, where) &&
           same_tree(ca, a->b, cb, b->b, where) &&
           same_tree(ca, a->c, cb, b->c, where) &&
           same_tree(ca, a->d, cb, b->d, where) &&
           same_list(ca, &a->list, cb, &b->list, where) &&
           same_list(ca, &a->list2, cb, &b->list2, where);
}

/* Const specs that repeat the previous one share its subtrees: the loaded
   tree must share them too. */
static bool same_sharing(const ast_node *a, const ast_node *b)
{
    for (int i = 0; i < a->list2.len; i++) {
        const ast_node *da = a->list2.items[i], *db = b->list2.items[i];
        if (da->kind != N_GENDECL)
            continue;
        for (int j = 1; j < da->list.len; j++) {
            bool sa = da->list.items[j]->a &&
                      da->list.items[j]->a == da->list.items[j - 1]->a;
            bool sb = db->list.items[j]->a &&
                      db->list.items[j]->a == db->list.items[j - 1]->a;
            if (sa != sb)
                return false;
        }
    }
    return true;
}

static void parse_all_bodies(compilation *c, ast_node *file)
{
    for (int i = 0; i < file->list2.len; i++)
        if (file->list2.items[i]->kind == N_FUNCDECL)
            parse_body(c, file->list2.items[i]);
}

static unsigned char *make_image(size_t *size)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, size);
    if (!f)
        return NULL;
    int missing = image_write_stdlib(f);
    fclose(f);
    if (missing != 0) {
        fprintf(stderr, "  %d files not in the image\n", missing);
        free(buf);
        return NULL;
    }
    return (unsigned char *)buf;
}

/* Loads stdlib_files[index] from img into a fresh compilation; NULL when
   the loader refused it. */
static compilation *load(const unsigned char *img, size_t size, int index,
                         unsigned long crc)
{
    const stdlib_file *sf = &stdlib_files[index];
    compilation *c = comp_new(NULL);
    int fi = comp_add_file_static(c, sf->name, sf->text, sf->len,
                                  sf->pkgpath);
    if (!image_load_from(img, size, c, fi, index, crc)) {
        comp_free(c);
        return NULL;
    }
    return c;
}

static bool check_file(const unsigned char *img, size_t size, int index)
{
    const stdlib_file *sf = &stdlib_files[index];
    compilation *ci = load(img, size, index, sf->crc);
    compilation *cs = comp_new(NULL);
    int fs = comp_add_file_static(cs, sf->name, sf->text, sf->len,
                                  sf->pkgpath);
    bool ok = ci && parse_file_skim(cs, fs);
    if (ok) {
        ast_node *ti = ci->files[0].ast, *ts = cs->files[fs].ast;
        for (int i = 0; i < ti->list2.len; i++) /* signatures stored apart */
            ok = parse_signature(ci, ti->list2.items[i]) && ok;
        ok = ok && same_tree(ci, ti, cs, ts, sf->name) &&
             same_sharing(ti, ts);
        if (ok) {
            parse_all_bodies(ci, ti);
            parse_all_bodies(cs, ts);
            ok = diag_count(ci) == 0 && diag_count(cs) == 0 &&
                 same_tree(ci, ti, cs, ts, sf->name);
        }
    } else {
        fprintf(stderr, "  %s: not loaded\n", sf->name);
    }
    comp_free(ci);
    comp_free(cs);
    return ok;
}

static bool check_damaged(const unsigned char *img, size_t size)
{
    /* truncated: header, directory, inside blobs */
    for (size_t cut = 0; cut < size; cut += cut < 4096 ? 61 : size / 97)
        comp_free(load(img, cut, 0, stdlib_files[0].crc));
    /* a blob with flipped bytes: refused or some tree, never a crash */
    unsigned char *copy = malloc(size);
    memcpy(copy, img, size);
    for (size_t at = 200; at < size; at += size / 151) {
        copy[at] ^= 0x5a;
        for (int i = 0; stdlib_files[i].pkgpath && i < 8; i++) {
            compilation *c = load(copy, size, i, stdlib_files[i].crc);
            if (c) { /* damaged parts: loaded, parsed, or refused */
                ast_node *t = c->files[0].ast;
                for (int j = 0; j < t->list2.len; j++)
                    parse_signature(c, t->list2.items[j]);
                parse_all_bodies(c, t);
            }
            comp_free(c);
        }
        copy[at] ^= 0x5a;
    }
    free(copy);
    /* a text with another CRC than the image was made from: refused */
    compilation *c = load(img, size, 0, stdlib_files[0].crc ^ 1);
    bool stale_refused = c == NULL;
    comp_free(c);
    return stale_refused;
}

int main(void)
{
    size_t size = 0;
    unsigned char *img = make_image(&size);
    report("image written", img != NULL);
    if (!img)
        return 1;
    bool all = true;
    for (int i = 0; stdlib_files[i].pkgpath; i++)
        all = check_file(img, size, i) && all;
    report("every file loads as it skims", all);
    report("damaged images refused", check_damaged(img, size));
    free(img);
    return failures != 0;
}
