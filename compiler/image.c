/*
 * image.c - the standard library's syntax trees, made when golem is built
 * and embedded in the binary, so that importing a package does not lex and
 * parse its sources at start-up.
 *
 * WHAT IS STORED. For every embedded file (stdlib_files[]), the tree that
 * parse_file_skim() makes of it: declarations in full, the bodies of
 * top-level functions left empty and marked as skipped; and for each
 * skipped body, the tree parse_body() makes of it, which parse_body()
 * loads instead of parsing the embedded text when the checker first needs
 * that body. Loading from the image therefore gives the checker exactly
 * what parsing would have given it; nothing downstream knows the
 * difference (tests/unit/test_image.c compares the two field by field).
 *
 * HOW IT IS MADE. The Makefile links build/golem0 (golem without an image),
 * runs `golem0 __stdlib-image build/gen/stdlib.img`, assembles that file into
 * the object gen/stdlib_image.o (.incbin), and links build/golem with it.
 * The image symbols are weak references here, so libgolem.a alone (unit
 * tests, the fuzzer, golem0) links without an image and simply parses.
 *
 * FORMAT (all integers little-endian; "v" is an unsigned LEB128 varint).
 *   header   "GOLEMIMG", u32 version, u32 sizeof(ast_node),
 *            u32 N_KIND_COUNT, u32 nfiles (= entries of stdlib_files)
 *   entries  per file, in stdlib_files order: u64 CRC of the text,
 *            u32 text length, u32 blob offset, u32 blob size (0: no tree),
 *            u64 hash of the blob
 *   blobs    per file, 4-aligned: v nstrings, each v len + bytes; padding
 *            to 4; then 32-bit words: nbodies and the body table (offset
 *            from the first blob and length of each skipped body's blob,
 *            0 0 when it has none), nnodes, each node as below in
 *            post-order (children before parents, so one pass builds the
 *            tree; a subtree the parser shares, as an implicit const
 *            spec's, is stored once and referenced twice), root index.
 *            The file's blob is followed by its bodies' blobs: a word
 *            holding a hash of the rest, then the same form with an empty
 *            body table, whose root is the N_BLOCK parse_body() makes
 *            (its list and end are what is taken).
 *   node     kind | NB_* mask << 8, then only the fields mask names, a
 *            word each: op, flags, pos (line, col), end, oppos (each line,
 *            col; file is the loading file's index, or 0 for a zero
 *            position), a b c d (node index), name / extern lib / extern
 *            sym (string index), iota, list and list2 (len, then node
 *            indexes), skipped body (offset of `{`, line, col, code,
 *            index in the body table), lazy signature (index in the body
 *            table: a plain function's b, N_FUNCTYPE, stored apart and
 *            loaded by parse_signature() when the checker resolves the
 *            function; most of a package's functions never are).
 *            Fixed-width words decode faster than varints (a node whose
 *            record must lie within the blob is read without per-word
 *            bound tests); the image is about 1.5 MB, of which a program
 *            touches the blobs of the files it imports and the bodies it
 *            reaches.
 *
 * TRUST. The image is produced by this build from the same sources, but
 * the loader never assumes it: every read is bounds-checked, every index
 * is range-checked against what was already built, and an entry is used
 * only when the embedded text has the length and CRC (stdlib_file.crc,
 * from tools/embed-stdlib.sh) recorded at build time, and a blob (a
 * file's tree, a body's tree) only when it has the hash recorded with it,
 * checked when that blob is loaded (a cost in proportion to what a
 * program uses). On any mismatch the loader returns
 * false and the caller parses the source text instead; a damaged image
 * costs speed, never correctness.
 */
#include "compile.h"
#include "stdlib.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define IMAGE_MAGIC "GOLEMIMG"
#define IMAGE_VERSION 6u

enum { HEADER_SIZE = 8 + 4 * 4, ENTRY_SIZE = 8 + 3 * 4 + 8, BODY_ENTRY = 8 };

/* Which optional fields a node record carries. */
enum {
    NB_OP = 1 << 0, NB_FLAGS = 1 << 1, NB_END = 1 << 2, NB_OPPOS = 1 << 3,
    NB_A = 1 << 4, NB_B = 1 << 5, NB_C = 1 << 6, NB_D = 1 << 7,
    NB_NAME = 1 << 8, NB_IOTA = 1 << 9, NB_EXTERN = 1 << 10,
    NB_LIST = 1 << 11, NB_LIST2 = 1 << 12, NB_SKIPPED = 1 << 13,
    NB_LAZYSIG = 1 << 14, /* N_FUNCDECL: b stored apart (table index) */
    NB_ALL = (1 << 15) - 1,
};

/* Provided by the object the Makefile assembles from stdlib.img; absent
   (NULL) in libgolem.a alone. */
extern const unsigned char golem_stdlib_image[] __attribute__((weak));
extern const unsigned char golem_stdlib_image_end[] __attribute__((weak));

/* A hash of a blob, eight bytes at a time (cheap enough to check on
   every load). */
static uint64_t text_hash(const char *s, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 31;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h ^ (h >> 29);
}

/* ==== writing ==== */

typedef struct obuf {
    unsigned char *p;
    size_t len, cap;
    bool failed;
} obuf;

static void ob_bytes(obuf *b, const void *data, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        unsigned char *p = realloc(b->p, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, data, n);
    b->len += n;
}

static void ob_v(obuf *b, uint64_t v)
{
    unsigned char tmp[10];
    int n = 0;
    do {
        tmp[n] = v & 0x7f;
        v >>= 7;
        if (v)
            tmp[n] |= 0x80;
        n++;
    } while (v);
    ob_bytes(b, tmp, (size_t)n);
}

static void ob_u32(obuf *b, uint32_t v)
{
    unsigned char t[4] = {v, v >> 8, v >> 16, v >> 24};
    ob_bytes(b, t, 4);
}

static void ob_u64(obuf *b, uint64_t v)
{
    ob_u32(b, (uint32_t)v);
    ob_u32(b, (uint32_t)(v >> 32));
}

/* An open-addressing map from pointers (nodes, strings) to indexes. */
typedef struct ptrmap {
    const void **keys;
    uint32_t *vals;
    size_t cap, n;
} ptrmap;

static size_t pm_hash(const void *p, size_t cap)
{
    return (size_t)(((uintptr_t)p >> 4) * 0x9e3779b97f4a7c15ull) & (cap - 1);
}

static bool pm_grow(ptrmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    const void **keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return false;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = pm_hash(m->keys[i], cap);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return true;
}

/* The slot of key (holding it, or empty when absent: *found says which);
   -1 when out of memory. */
static long pm_find(ptrmap *m, const void *key, bool *found)
{
    if (2 * (m->n + 1) > m->cap && !pm_grow(m))
        return -1;
    size_t j = pm_hash(key, m->cap);
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    *found = m->keys[j] != NULL;
    return (long)j;
}

static void pm_free(ptrmap *m)
{
    free(m->keys);
    free(m->vals);
}

/* The state of writing one file's tree. */
typedef struct writer {
    compilation *c;
    int file;
    obuf nodes;      /* node records, post-order */
    uint32_t nnodes;
    ptrmap node_ids; /* ast_node * -> index */
    ptrmap str_ids;  /* interned string -> index */
    const char **strs;
    uint32_t nstrs, capstrs;
    ast_node **bodies; /* the parts stored apart, in order: skipped
                          bodies (N_BLOCK) and lazy signatures */
    uint32_t nbodies, capbodies;
    bool failed;
} writer;

/* Numbers a part stored apart (its index in the file's blob table). */
static uint32_t w_body(writer *w, ast_node *body)
{
    if (w->nbodies == w->capbodies) {
        uint32_t cap = w->capbodies ? w->capbodies * 2 : 64;
        ast_node **b = realloc(w->bodies, cap * sizeof *b);
        if (!b) {
            w->failed = true;
            return 0;
        }
        w->bodies = b;
        w->capbodies = cap;
    }
    w->bodies[w->nbodies] = body;
    return w->nbodies++;
}

static uint32_t w_string(writer *w, const char *s)
{
    bool found;
    long slot = pm_find(&w->str_ids, s, &found);
    if (slot < 0) {
        w->failed = true;
        return 0;
    }
    if (found)
        return w->str_ids.vals[slot];
    if (w->nstrs == w->capstrs) {
        uint32_t cap = w->capstrs ? w->capstrs * 2 : 256;
        const char **strs = realloc(w->strs, cap * sizeof *strs);
        if (!strs) {
            w->failed = true;
            return 0;
        }
        w->strs = strs;
        w->capstrs = cap;
    }
    w->strs[w->nstrs] = s;
    w->str_ids.keys[slot] = s;
    w->str_ids.vals[slot] = w->nstrs;
    w->str_ids.n++;
    return w->nstrs++;
}

static void w_pos(writer *w, src_pos p)
{
    bool zero = p.line == 0 && p.col == 0 && p.file == 0;
    if (!zero && p.file != w->file)
        w->failed = true; /* a position in another file: not expressible */
    ob_u32(&w->nodes, (uint32_t)(p.line < 0 ? 0 : p.line));
    ob_u32(&w->nodes, (uint32_t)(p.col < 0 ? 0 : p.col));
}

static bool same_pos(src_pos a, src_pos b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col;
}

static uint32_t w_node(writer *w, ast_node *n);

static void w_list_children(writer *w, const ast_list *l)
{
    for (int i = 0; i < l->len; i++)
        w_node(w, l->items[i]);
}

static void w_list(writer *w, const ast_list *l)
{
    ob_u32(&w->nodes, (uint32_t)l->len);
    for (int i = 0; i < l->len; i++) {
        bool found;
        long slot = pm_find(&w->node_ids, l->items[i], &found);
        if (slot < 0 || !found)
            w->failed = true;
        ob_u32(&w->nodes, slot >= 0 && found ? w->node_ids.vals[slot] : 0);
    }
}

static void w_ref(writer *w, ast_node *n)
{
    bool found;
    long slot = pm_find(&w->node_ids, n, &found);
    if (slot < 0 || !found) {
        w->failed = true;
        return;
    }
    ob_u32(&w->nodes, w->node_ids.vals[slot]);
}

/* Writes n's children, then n; returns n's index. */
static uint32_t w_node(writer *w, ast_node *n)
{
    bool found;
    long slot = pm_find(&w->node_ids, n, &found);
    if (slot < 0) {
        w->failed = true;
        return 0;
    }
    if (found)
        return w->node_ids.vals[slot];
    if (n->type || n->sym || n->cval || n->info)
        w->failed = true; /* checked trees are not images */
    /* A plain function's signature is stored apart: the checker resolves
       a standard package's functions when first used, and most never are
       (init keeps its own: the checker inspects it when collecting). */
    bool lazy_sig = n->kind == N_FUNCDECL && !n->a && n->b && n->name &&
                    strcmp(n->name, "init") != 0;
    ast_node *kids[4] = {n->a, lazy_sig ? NULL : n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        if (kids[i])
            w_node(w, kids[i]);
    w_list_children(w, &n->list);
    w_list_children(w, &n->list2);
    size_t off;
    src_pos lb;
    int code = 0;
    bool skipped = parse_unparsed_info(w->c, n, &off, &lb, &code);
    uint32_t mask = (n->op ? NB_OP : 0) | (n->flags ? NB_FLAGS : 0) |
                    (!same_pos(n->end, (src_pos){0, 0, 0}) ? NB_END : 0) |
                    (!same_pos(n->oppos, n->pos) ? NB_OPPOS : 0) |
                    (n->a ? NB_A : 0) | (kids[1] ? NB_B : 0) |
                    (n->c ? NB_C : 0) | (n->d ? NB_D : 0) |
                    (n->name ? NB_NAME : 0) | (n->iota ? NB_IOTA : 0) |
                    (n->extern_lib || n->extern_sym ? NB_EXTERN : 0) |
                    (n->list.len ? NB_LIST : 0) |
                    (n->list2.len ? NB_LIST2 : 0) |
                    (skipped ? NB_SKIPPED : 0) | (lazy_sig ? NB_LAZYSIG : 0);
    obuf *o = &w->nodes;
    ob_u32(o, (uint32_t)n->kind | (uint32_t)mask << 8);
    if (mask & NB_OP) ob_u32(o, (uint32_t)n->op);
    if (mask & NB_FLAGS) ob_u32(o, n->flags);
    w_pos(w, n->pos);
    if (mask & NB_END) w_pos(w, n->end);
    if (mask & NB_OPPOS) w_pos(w, n->oppos);
    for (int i = 0; i < 4; i++)
        if (kids[i])
            w_ref(w, kids[i]);
    if (mask & NB_NAME) ob_u32(o, w_string(w, n->name));
    if (mask & NB_IOTA) ob_u32(o, (uint32_t)n->iota);
    if (mask & NB_EXTERN) {
        ob_u32(o, n->extern_lib ? w_string(w, n->extern_lib) + 1 : 0);
        ob_u32(o, n->extern_sym ? w_string(w, n->extern_sym) + 1 : 0);
    }
    if (mask & NB_LIST) w_list(w, &n->list);
    if (mask & NB_LIST2) w_list(w, &n->list2);
    if (skipped) {
        if (lb.file != w->file || off > UINT32_MAX)
            w->failed = true;
        ob_u32(o, (uint32_t)off);
        ob_u32(o, (uint32_t)lb.line);
        ob_u32(o, (uint32_t)lb.col);
        ob_u32(o, (uint32_t)code);
        ob_u32(o, w_body(w, n));
    }
    if (lazy_sig)
        ob_u32(o, w_body(w, n->b));
    /* register after the children: indexes follow post-order */
    slot = pm_find(&w->node_ids, n, &found);
    if (slot < 0) {
        w->failed = true;
        return 0;
    }
    w->node_ids.keys[slot] = n;
    w->node_ids.vals[slot] = w->nnodes;
    w->node_ids.n++;
    return w->nnodes++;
}

static void w_free(writer *w)
{
    free(w->nodes.p);
    free(w->strs);
    free(w->bodies);
    pm_free(&w->node_ids);
    pm_free(&w->str_ids);
}

/* Appends to out the string table (padded to 4) of a written tree. */
static void put_strings(const writer *w, obuf *out)
{
    ob_v(out, w->nstrs);
    for (uint32_t i = 0; i < w->nstrs; i++) {
        size_t len = strlen(w->strs[i]);
        ob_v(out, len);
        ob_bytes(out, w->strs[i], len);
    }
    while (out->len % 4)
        ob_bytes(out, "", 1);
}

/* Appends to out the blob of a part stored apart: a parsed body (as
   parse_body() made it: its N_BLOCK, whose list and end the loader takes)
   or a function's signature (N_FUNCTYPE). */
static bool write_body(compilation *c, int file, ast_node *body, obuf *out)
{
    writer w = {.c = c, .file = file};
    uint32_t root = w_node(&w, body);
    bool ok = !w.failed && !w.nodes.failed && w.nbodies == 0;
    if (ok) {
        ob_u32(out, 0); /* the hash, filled in by the caller */
        put_strings(&w, out);
        ob_u32(out, 0); /* no body table */
        ob_u32(out, w.nnodes);
        ob_bytes(out, w.nodes.p, w.nodes.len);
        ob_u32(out, root);
    }
    w_free(&w);
    return ok;
}

/* Appends to out the blob of one skimmed file, then those of its skipped
   bodies, parsed; false when the tree cannot be represented (the entry
   then has no tree). *len is the file blob's own length. A body that
   cannot be stored gets an empty table entry: parse_body() parses it. */
static bool write_file(compilation *c, int file, obuf *out, size_t *len)
{
    writer w = {.c = c, .file = file};
    uint32_t root = w_node(&w, c->files[file].ast);
    bool ok = !w.failed && !w.nodes.failed;
    if (ok) {
        size_t start = out->len;
        put_strings(&w, out);
        ob_u32(out, w.nbodies);
        size_t table = out->len;
        for (uint32_t i = 0; i < w.nbodies; i++) {
            ob_u32(out, 0);
            ob_u32(out, 0);
        }
        ob_u32(out, w.nnodes);
        ob_bytes(out, w.nodes.p, w.nodes.len);
        ob_u32(out, root);
        *len = out->len - start;
        for (uint32_t i = 0; i < w.nbodies && !out->failed; i++) {
            size_t at = out->len;
            ast_node *part = w.bodies[i];
            bool body = part->kind == N_BLOCK;
            ast_node decl = {.kind = N_FUNCDECL, .c = part};
            int before = diag_count(c);
            if ((body && (!parse_body(c, &decl) ||
                          diag_count(c) != before)) ||
                !write_body(c, file, part, out)) {
                out->len = at;
                if (!body)
                    ok = false; /* a signature has no text to fall back on */
                continue;
            }
            /* the blob's first word: a hash of the rest */
            uint32_t hash = (uint32_t)text_hash((const char *)out->p + at + 4,
                                                out->len - at - 4);
            memcpy(out->p + at, &hash, 4);
            unsigned char *e = out->p + table + BODY_ENTRY * (size_t)i;
            uint32_t off = (uint32_t)at, blen = (uint32_t)(out->len - at);
            memcpy(e, &off, 4); /* offsets from the start of the blobs */
            memcpy(e + 4, &blen, 4);
        }
    }
    w_free(&w);
    return ok;
}

int image_write_stdlib(FILE *out)
{
    uint32_t nfiles = 0;
    while (stdlib_files[nfiles].pkgpath)
        nfiles++;
    obuf head = {0}, blobs = {0};
    ob_bytes(&head, IMAGE_MAGIC, 8);
    ob_u32(&head, IMAGE_VERSION);
    ob_u32(&head, (uint32_t)sizeof(ast_node));
    ob_u32(&head, N_KIND_COUNT);
    ob_u32(&head, nfiles);
    int missing = 0;
    for (uint32_t i = 0; i < nfiles; i++) {
        const stdlib_file *f = &stdlib_files[i];
        compilation *c = comp_new(NULL);
        int fi = c ? comp_add_file_static(c, f->name, f->text, f->len,
                                          f->pkgpath)
                   : -1;
        size_t start = blobs.len, len = 0;
        bool ok = fi >= 0 && parse_file_skim(c, fi) && diag_count(c) == 0 &&
                  write_file(c, fi, &blobs, &len);
        if (!ok) {
            blobs.len = start;
            len = 0;
            missing++;
        }
        ob_u64(&head, (uint64_t)f->crc);
        ob_u32(&head, (uint32_t)f->len);
        ob_u32(&head, (uint32_t)start);
        ob_u32(&head, (uint32_t)len);
        ob_u64(&head, text_hash((const char *)blobs.p + start, len));
        comp_free(c);
    }
    bool ok = !head.failed && !blobs.failed &&
              fwrite(head.p, 1, head.len, out) == head.len &&
              fwrite(blobs.p, 1, blobs.len, out) == blobs.len;
    free(head.p);
    free(blobs.p);
    return ok ? missing : (int)nfiles;
}

/* ==== loading ==== */

typedef struct reader {
    const unsigned char *p, *end;
    bool bad;
} reader;

static uint64_t rd_v(reader *r)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            r->bad = true;
            return 0;
        }
        unsigned char b = *r->p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    r->bad = true;
    return 0;
}

static uint32_t rd_u32(const unsigned char *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

/* The next word of the node stream (0 past its end, which marks the
   reader bad). */
/* The next word of a node stream. checked: test the bound first (a
   constant at each use: ld_node instantiates the readers twice, without
   the tests where enough words are known to remain). */
#define LD_INLINE static inline __attribute__((always_inline))

LD_INLINE uint32_t rd_wc(reader *r, bool checked)
{
    if (checked && r->end - r->p < 4) {
        r->bad = true;
        return 0;
    }
    uint32_t w;
    memcpy(&w, r->p, 4); /* the image is little-endian, as its builder */
    r->p += 4;
    return w;
}

static uint32_t rd_w(reader *r)
{
    return rd_wc(r, true);
}

/* The most words a node record holds besides its list items. */
enum { NODE_MAX_WORDS = 25 };

/* The state of loading one file's tree. */
typedef struct loader {
    reader r;
    compilation *c;
    int file;
    const char **strs;
    uint32_t nstrs;
    ast_node **nodes;
    uint32_t nnodes, built;
    const unsigned char *blobs; /* the image's blob area (body lookups) */
    size_t blobs_len;
    const unsigned char *table; /* the file's body table */
    uint32_t nbodies;
    ast_node *root;
} loader;

LD_INLINE src_pos ld_pos(loader *l, bool checked)
{
    src_pos p;
    p.line = (int32_t)rd_wc(&l->r, checked);
    p.col = (int32_t)rd_wc(&l->r, checked);
    p.file = p.line == 0 && p.col == 0 ? 0 : l->file;
    return p;
}

/* A node built earlier (children precede their parents). */
LD_INLINE ast_node *ld_ref(loader *l, bool checked)
{
    uint32_t i = rd_wc(&l->r, checked);
    if (i >= l->built) {
        l->r.bad = true;
        return NULL;
    }
    return l->nodes[i];
}

LD_INLINE const char *ld_str(loader *l, bool checked)
{
    uint32_t i = rd_wc(&l->r, checked);
    if (i >= l->nstrs) {
        l->r.bad = true;
        return NULL;
    }
    return l->strs[i];
}

LD_INLINE const char *ld_opt_str(loader *l, bool checked)
{
    uint32_t i = rd_wc(&l->r, checked);
    if (i > l->nstrs) {
        l->r.bad = true;
        return NULL;
    }
    return i ? l->strs[i - 1] : NULL;
}

/* A list, followed in its record by `after` more words: the items and
   those words must all be there (so that the unchecked reader stays in
   bounds). */
LD_INLINE void ld_list(loader *l, ast_list *list, uint32_t after,
                       bool checked)
{
    uint32_t n = rd_wc(&l->r, checked);
    size_t left = (size_t)(l->r.end - l->r.p) / 4;
    if (n > l->built || (size_t)n + after > left) {
        l->r.bad = true;
        return;
    }
    list->items = ast_alloc(l->c->arena, n * sizeof *list->items);
    for (uint32_t i = 0; i < n; i++)
        list->items[i] = ld_ref(l, false);
    list->len = list->cap = (int)n;
}

/* Entry k of the blob table: the part's blob, when the build stored it. */
static bool ld_part(loader *l, uint32_t k, const unsigned char **blob,
                    uint32_t *len)
{
    if (l->r.bad || k >= l->nbodies)
        return false;
    const unsigned char *e = l->table + BODY_ENTRY * (size_t)k;
    uint32_t boff = rd_u32(e), blen = rd_u32(e + 4);
    if (blen <= 4 || boff > l->blobs_len || blen > l->blobs_len - boff)
        return false;
    *blob = l->blobs + boff;
    *len = blen;
    return true;
}

LD_INLINE bool ld_node_fields(loader *l, bool checked)
{
    reader *r = &l->r;
    uint32_t head = rd_wc(r, checked), kind = head & 0xff, mask = head >> 8;
    if (r->bad || (mask & ~(uint32_t)NB_ALL) || kind >= N_KIND_COUNT)
        return false;
    ast_node *n = ast_alloc(l->c->arena, sizeof *n);
    n->kind = (ast_kind)kind;
    if (mask & NB_OP) n->op = (int)rd_wc(r, checked);
    if (mask & NB_FLAGS) n->flags = rd_wc(r, checked);
    n->pos = ld_pos(l, checked);
    n->oppos = n->pos;
    if (mask & NB_END) n->end = ld_pos(l, checked);
    if (mask & NB_OPPOS) n->oppos = ld_pos(l, checked);
    if (mask & NB_A) n->a = ld_ref(l, checked);
    if (mask & NB_B) n->b = ld_ref(l, checked);
    if (mask & NB_C) n->c = ld_ref(l, checked);
    if (mask & NB_D) n->d = ld_ref(l, checked);
    if (mask & NB_NAME) n->name = ld_str(l, checked);
    if (mask & NB_IOTA) n->iota = (int)rd_wc(r, checked);
    if (mask & NB_EXTERN) {
        n->extern_lib = ld_opt_str(l, checked);
        n->extern_sym = ld_opt_str(l, checked);
    }
    uint32_t skipped_words = (mask & NB_SKIPPED ? 5 : 0) +
                             (mask & NB_LAZYSIG ? 1 : 0);
    if (mask & NB_LIST)
        ld_list(l, &n->list, (mask & NB_LIST2 ? 1 : 0) + skipped_words,
                checked);
    if (mask & NB_LIST2) ld_list(l, &n->list2, skipped_words, checked);
    if (r->bad)
        return false;
    if (mask & NB_SKIPPED) {
        uint32_t off = rd_wc(r, checked);
        src_pos at;
        at.line = (int32_t)rd_wc(r, checked);
        at.col = (int32_t)rd_wc(r, checked);
        at.file = l->file;
        int code = (int)rd_wc(r, checked);
        uint32_t k = rd_wc(r, checked);
        if (kind != N_BLOCK || off >= l->c->files[l->file].len || r->bad ||
            k >= l->nbodies)
            return false;
        /* the body's own blob, when the build could store it */
        const unsigned char *e = l->table + BODY_ENTRY * (size_t)k;
        uint32_t boff = rd_u32(e), blen = rd_u32(e + 4);
        bool stored = blen > 4 && boff <= l->blobs_len &&
                      blen <= l->blobs_len - boff;
        parse_set_unparsed(l->c, n, l->file, off, at, code,
                           stored ? l->blobs + boff : NULL,
                           stored ? blen : 0);
    }
    if (mask & NB_LAZYSIG) {
        const unsigned char *blob;
        uint32_t blen;
        if (!ld_part(l, rd_wc(r, checked), &blob, &blen) ||
            kind != N_FUNCDECL || (mask & NB_B))
            return false;
        parse_set_lazy_signature(l->c, n, l->file, blob, blen);
    }
    l->nodes[l->built++] = n;
    return !r->bad;
}

static bool ld_node(loader *l)
{
    if (l->r.end - l->r.p >= 4 * NODE_MAX_WORDS)
        return ld_node_fields(l, false); /* the record fits: no tests */
    return ld_node_fields(l, true);
}

static bool ld_blob(loader *l)
{
    reader *r = &l->r;
    const unsigned char *start = r->p;
    l->nstrs = (uint32_t)rd_v(r);
    if (r->bad || l->nstrs > (size_t)(r->end - r->p))
        return false;
    l->strs = malloc((l->nstrs + 1) * sizeof *l->strs);
    if (!l->strs)
        return false;
    for (uint32_t i = 0; i < l->nstrs; i++) {
        uint64_t len = rd_v(r);
        if (r->bad || len > (size_t)(r->end - r->p))
            return false;
        l->strs[i] = ast_intern(l->c->arena, (const char *)r->p, len);
        r->p += len;
    }
    while ((r->p - start) % 4 && r->p < r->end)
        r->p++;
    l->nbodies = rd_w(r);
    if (r->bad || l->nbodies > (size_t)(r->end - r->p) / BODY_ENTRY)
        return false;
    l->table = r->p;
    r->p += BODY_ENTRY * (size_t)l->nbodies;
    uint32_t nnodes = rd_w(r);
    if (r->bad || nnodes == 0 || nnodes > (size_t)(r->end - r->p) / 4)
        return false;
    l->nnodes = nnodes;
    l->nodes = malloc(nnodes * sizeof *l->nodes);
    if (!l->nodes)
        return false;
    for (uint32_t i = 0; i < l->nnodes; i++)
        if (!ld_node(l))
            return false;
    l->root = ld_ref(l, true);
    return !r->bad && r->p == r->end && l->root;
}

bool image_load_stdlib_file(compilation *c, int file, int index)
{
    const unsigned char *img = golem_stdlib_image;
    const unsigned char *img_end = golem_stdlib_image_end;
    if (!img || !img_end || img_end < img)
        return false;
    return image_load_from(img, (size_t)(img_end - img), c, file, index,
                           stdlib_files[index].crc);
}

bool image_load_from(const unsigned char *img, size_t size, compilation *c,
                     int file, int index, unsigned long crc)
{
    if (size < HEADER_SIZE || index < 0 || file < 0 || file >= c->nfiles)
        return false;
    uint32_t nfiles = rd_u32(img + 20);
    if (memcmp(img, IMAGE_MAGIC, 8) != 0 || rd_u32(img + 8) != IMAGE_VERSION ||
        rd_u32(img + 12) != sizeof(ast_node) ||
        rd_u32(img + 16) != N_KIND_COUNT || (uint32_t)index >= nfiles ||
        (size - HEADER_SIZE) / ENTRY_SIZE < nfiles)
        return false;
    const unsigned char *e = img + HEADER_SIZE + (size_t)index * ENTRY_SIZE;
    uint64_t text_crc = rd_u32(e) | (uint64_t)rd_u32(e + 4) << 32;
    uint32_t textlen = rd_u32(e + 8), off = rd_u32(e + 12),
             len = rd_u32(e + 16);
    size_t blobs = HEADER_SIZE + (size_t)nfiles * ENTRY_SIZE;
    const src_file *f = &c->files[file];
    uint64_t blob_hash = rd_u32(e + 20) | (uint64_t)rd_u32(e + 24) << 32;
    if (len == 0 || off > size - blobs || len > size - blobs - off ||
        textlen != f->len || text_crc != (uint64_t)crc ||
        blob_hash != text_hash((const char *)img + blobs + off, len))
        return false;
    loader l = {.c = c, .file = file};
    l.blobs = img + blobs;
    l.blobs_len = size - blobs;
    l.r.p = l.blobs + off;
    l.r.end = l.r.p + len;
    bool ok = ld_blob(&l) && l.root->kind == N_FILE;
    if (ok)
        c->files[file].ast = l.root;
    free(l.strs);
    free(l.nodes);
    return ok;
}

/* The root of a part's blob (a body's N_BLOCK, a signature's
   N_FUNCTYPE), when its hash and contents check out; NULL otherwise. */
static ast_node *load_part(compilation *c, int file, const unsigned char *blob,
                           size_t len, ast_kind kind)
{
    if (!blob || len < 4 || file < 0 || file >= c->nfiles ||
        rd_u32(blob) != (uint32_t)text_hash((const char *)blob + 4, len - 4))
        return NULL;
    loader l = {.c = c, .file = file};
    l.r.p = blob + 4;
    l.r.end = blob + len;
    bool ok = ld_blob(&l) && l.nbodies == 0 && l.root->kind == kind;
    free(l.strs);
    free(l.nodes);
    return ok ? l.root : NULL;
}

bool image_load_body(compilation *c, ast_node *body, int file,
                     const unsigned char *blob, size_t len)
{
    if (!body || body->kind != N_BLOCK)
        return false;
    ast_node *root = load_part(c, file, blob, len, N_BLOCK);
    if (root) {
        body->list = root->list;
        body->end = root->end;
    }
    return root != NULL;
}

bool image_load_signature(compilation *c, ast_node *decl, int file,
                          const unsigned char *blob, size_t len)
{
    if (!decl || decl->kind != N_FUNCDECL || decl->b)
        return false;
    decl->b = load_part(c, file, blob, len, N_FUNCTYPE);
    return decl->b != NULL;
}
