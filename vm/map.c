/*
 * map.c - Go maps: a hash index over insertion-ordered entry arrays.
 *
 * LAYOUT. A map is a small header (golem_map) pointing to its current
 * table (map_table). A table has four arrays, each a separate heap object
 * so that each can carry an honest GC descriptor:
 *
 *   keys[ecap]    the keys, in memory representation, stride ksize
 *                 (described by the key's rtype)
 *   vals[ecap]    the values, stride vsize (described by the value's rtype)
 *   hashes[ecap]  each entry's full 64-bit hash with the top bit set, or 0
 *                 for a deleted entry (noscan)
 *   index[icap]   open-addressing hash index, icap = 2 * ecap; a word is 0
 *                 (empty), INDEX_DELETED, or
 *                 (hash >> 32) << 32 | (entry + 1)  (noscan)
 *
 * Entries are appended in insertion order at position `used`; a deletion
 * clears the entry (hash 0, key and value zeroed so the collector drops
 * what they referenced) and leaves INDEX_DELETED in its index word. Every
 * non-empty index word belongs to an appended entry, so at most ecap of
 * the 2 * ecap words are in use and probes stay short. The upper 32 bits
 * of a word hold the upper half of the hash, so a probe compares a key
 * only when 31 bits of hash already match. When `used` reaches ecap, the
 * table is rebuilt into fresh arrays: twice the size if at least half the
 * entries are live, the same size otherwise (compaction). A rebuild never
 * modifies the old arrays. A table that no iterator has started on (its
 * sticky `iterated` flag is clear) is compacted in place instead, so a map
 * used as a queue does not allocate.
 *
 * PROBING. The first probe is at pos & mask; later ones follow
 * i = 5 * i + 1 + perturb (mod icap) with perturb = pos shifted right by 5
 * more each step, which brings the position's high bits in quickly and,
 * once perturb is 0, visits every slot (5i + 1 is a full-period sequence
 * modulo a power of two). Integer keys use their own value as pos: keys
 * that are consecutive integers land in consecutive index words, so
 * sequential workloads walk memory in order instead of missing the cache
 * on every access, while the perturbation resolves regular patterns
 * (multiples of a large power of two) in a few probes. All other keys use
 * their hash as pos.
 *
 * KEY MODES. Three specialisations keep the common cases fast:
 *   KEY_WORD    integers, bools, pointers, chans, unsafe.Pointer: the key's
 *               natural-width bytes zero-extended into one uint64, stored
 *               at stride 8, compared with ==, hashed with one multiply;
 *   KEY_STRING  compared by length then bytes, hashed with rt_memhash;
 *   KEY_GENERIC everything else (floats, interfaces, structs, arrays):
 *               rt_hash / rt_equal (alg.c), which may panic for an
 *               interface key holding an unhashable dynamic type.
 * Each map seeds its hash with its own random value (rt_fastrand).
 *
 * ITERATION. An iterator remembers the table it started on and how many
 * entries it had (`n`), and visits positions start, start+1, ..., n-1,
 * 0, ..., start-1 of that table, with start random per iteration (Go's
 * order is unspecified and deliberately varies; for a small map Go also
 * yields a rotation of its insertion order). Go's rules under mutation
 * hold:
 *   - each entry is produced at most once (each position is visited once
 *     and a table holds a key at most once among its live entries);
 *   - an entry deleted before it is reached is not produced: while the map
 *     still uses the iterator's table, the entry's hash is 0 and it is
 *     skipped; after a rebuild the old table is frozen, so each of its
 *     live entries is looked up in the current map and produced only if
 *     still present (with the current value). Keys that are not equal to
 *     themselves (NaN) cannot be looked up and are produced from the old
 *     table, as Go does;
 *   - entries added during the iteration are appended past `n`, or land
 *     in a newer table, and are not produced (the spec allows either);
 *   - clear(m) zeroes the current table's hashes, so its iterators stop;
 *     the table is then reused, or dropped if an iterator has seen it.
 *
 * Pointers returned by rt_mapaccess / rt_mapassign / rt_mapiternext stay
 * valid until the next insertion or deletion in the map; callers copy
 * through them at once. Memory comes from gc_alloc; the header, table and
 * iterator objects carry static descriptors (ptrmask below), the arrays
 * the key's and value's rtypes or none.
 *
 * THE WRITE BARRIER (vm/mgc.h). Every write of keys or values with
 * pointers goes through the bulk barrier: storing a key, moving entries
 * into a rebuilt table (allocated black during marking, so the moved
 * pointers must be shaded) or down within a compacted one, and clearing
 * entries (delete, clear: the overwritten pointers are shaded). Values are
 * stored by the interpreter through the pointer rt_mapassign returns, with
 * its barriered store instructions. The header's and iterator's own
 * pointer fields (table, map) are written with gc_write_pointer; a
 * table's array pointers are only set in a table just allocated, to
 * arrays just allocated (both black), which needs no barrier.
 */
#include "mgc.h"
#include "runtime.h"
#include <string.h>

enum { KEY_WORD, KEY_STRING, KEY_GENERIC };

#define HASH_TOP_BIT ((uint64_t)1 << 63)
#define INDEX_DELETED (~(uint64_t)0)
#define MIN_ENTRIES 8
#define PERTURB_SHIFT 5

/* Walks the probe sequence of position hash pos over an index of mask + 1
   words (see PROBING in the header comment). */
#define FOR_EACH_PROBE(i, pos, mask)                                       \
    for (uint64_t i = (pos) & (mask), perturb_ = (pos);;                   \
         perturb_ >>= PERTURB_SHIFT, i = (i * 5 + perturb_ + 1) & (mask))

typedef struct map_table {
    uint64_t *index;
    uint64_t *hashes;
    uint8_t *keys;
    uint8_t *vals;
    uint64_t ecap;        /* entry capacity (a power of two) */
    uint64_t used;        /* entries appended, live or deleted */
    uint64_t imask;       /* index capacity - 1 */
    uint64_t iterated;    /* an iterator has started on this table (sticky):
                             its arrays may no longer be rearranged */
} map_table;

struct golem_map {
    const rtype *type;    /* the map type (outside the heap) */
    map_table *table;     /* NULL until the first insertion */
    int64_t count;        /* live entries: len(m) */
    uint64_t seed;
    uint32_t ksize;       /* bytes per stored key */
    uint32_t vsize;       /* bytes per stored value */
    uint8_t kwidth;       /* KEY_WORD: the key's natural width */
    uint8_t mode;         /* KEY_* */
    uint8_t identity;     /* KEY_WORD integer keys: probe at the key's
                             value (PROBING in the header comment) */
    uint8_t writing;      /* an insertion or deletion is in progress: seen
                             by another goroutine, it is Go's fatal error
                             "concurrent map writes" (best effort, as Go) */
};

struct golem_mapiter {
    golem_map *m;
    map_table *table;     /* the table iteration started on */
    golem_g *g;           /* the iterating goroutine (for rt_equal) */
    uint64_t n;           /* entries of table when iteration started */
    uint64_t start;       /* first position visited */
    uint64_t visited;     /* positions visited so far */
};

/* GC descriptors of the runtime's own objects. */
static const uint8_t map_header_ptrmask[6] = {0, 1, 0, 0, 0, 0};
static const rtype map_header_type = {
    .kind = RK_STRUCT, .flags = RF_HAS_POINTERS, .nslots = 6, .stride = 48,
    .string = "runtime.hmap", .ptrmask = map_header_ptrmask,
    .underlying = &map_header_type,
};
static const uint8_t map_table_ptrmask[8] = {1, 1, 1, 1, 0, 0, 0, 0};
static const rtype map_table_type = {
    .kind = RK_STRUCT, .flags = RF_HAS_POINTERS, .nslots = 8, .stride = 64,
    .string = "runtime.maptable", .ptrmask = map_table_ptrmask,
    .underlying = &map_table_type,
};
static const uint8_t map_iter_ptrmask[6] = {1, 1, 0, 0, 0, 0};
static const rtype map_iter_type = {
    .kind = RK_STRUCT, .flags = RF_HAS_POINTERS, .nslots = 6, .stride = 48,
    .string = "runtime.hiter", .ptrmask = map_iter_ptrmask,
    .underlying = &map_iter_type,
};

_Static_assert(sizeof(struct golem_map) == 48, "map header descriptor");
_Static_assert(sizeof(map_table) == 64, "map table descriptor");
_Static_assert(sizeof(struct golem_mapiter) == 48, "map iterator descriptor");

/* Storage of zero-size keys or values: never written. */
static const uint64_t zero_size_cell;

/* ---- keys ---- */

static uint32_t stored_size(const rtype *t)
{
    return t->stride ? t->stride : t->nslots * 8;
}

static bool word_key_kind(int k)
{
    return (k >= RK_BOOL && k <= RK_UINTPTR) || k == RK_POINTER ||
           k == RK_CHAN || k == RK_UNSAFEPTR;
}

static inline uint64_t load_word(const void *key, uint32_t width)
{
    switch (width) {
    case 1:
        return *(const uint8_t *)key;
    case 2: {
        uint16_t v;
        memcpy(&v, key, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, key, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, key, 8);
        return v;
    }
    }
}

static inline uint64_t hash_word(uint64_t k, uint64_t seed)
{
    __uint128_t r = (__uint128_t)(k ^ seed) * 0x9e3779b97f4a7c15ull;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* The hash of key with the top bit set; -1 after a panic. */
static inline int key_hash(golem_g *g, const golem_map *m, const void *key,
                           uint64_t *h)
{
    switch (m->mode) {
    case KEY_WORD:
        *h = hash_word(load_word(key, m->kwidth), m->seed) | HASH_TOP_BIT;
        return 0;
    case KEY_STRING: {
        const golem_string *s = key;
        *h = rt_memhash(s->data, (size_t)s->len, m->seed) | HASH_TOP_BIT;
        return 0;
    }
    default:
        if (rt_hash(g, m->type->key, key, m->seed, h) < 0)
            return -1;
        *h |= HASH_TOP_BIT;
        return 0;
    }
}

/* Where key's probe sequence starts (before masking): the key itself for
   integer keys, else its hash h. */
static inline uint64_t key_pos(const golem_map *m, const void *key,
                               uint64_t h)
{
    return m->identity ? load_word(key, m->kwidth) : h;
}

/* key_pos of entry e of t (a live entry). */
static inline uint64_t entry_pos(const golem_map *m, const map_table *t,
                                 uint64_t e)
{
    return m->identity ? ((const uint64_t *)t->keys)[e] : t->hashes[e];
}

static inline bool string_key_equal(const golem_string *a,
                                    const golem_string *b)
{
    return a->len == b->len &&
           (a->data == b->data || a->len == 0 ||
            memcmp(a->data, b->data, (size_t)a->len) == 0);
}

static inline uint64_t index_word(uint64_t h, uint64_t e)
{
    return (h >> 32) << 32 | (e + 1);
}

/* Whether index word w may refer to a key with hash h (not deleted, same
   upper hash half). */
static inline bool word_matches(uint64_t w, uint32_t tag)
{
    return (uint32_t)(w >> 32) == tag && w != INDEX_DELETED;
}

/* Probes t's index for key (hash h). Returns the entry holding it, -1 if
   absent, -2 after a panic (rt_equal); *slot is the index position of the
   match or of the empty word that ended the probe. */
static int64_t table_probe(golem_g *g, const golem_map *m,
                           const map_table *t, const void *key, uint64_t h,
                           uint64_t *slot)
{
    uint32_t tag = (uint32_t)(h >> 32);
    uint64_t mask = t->imask, pos = key_pos(m, key, h), w;
    switch (m->mode) {
    case KEY_WORD: {
        uint64_t k = load_word(key, m->kwidth);
        const uint64_t *keys = (const uint64_t *)t->keys;
        FOR_EACH_PROBE(i, pos, mask) {
            if ((w = t->index[i]) == 0) {
                *slot = i;
                return -1;
            }
            if (word_matches(w, tag) && keys[(uint32_t)w - 1] == k) {
                *slot = i;
                return (uint32_t)w - 1;
            }
        }
    }
    case KEY_STRING: {
        const golem_string *keys = (const golem_string *)t->keys;
        FOR_EACH_PROBE(i, pos, mask) {
            if ((w = t->index[i]) == 0) {
                *slot = i;
                return -1;
            }
            if (word_matches(w, tag) &&
                string_key_equal(&keys[(uint32_t)w - 1], key)) {
                *slot = i;
                return (uint32_t)w - 1;
            }
        }
    }
    default:
        FOR_EACH_PROBE(i, pos, mask) {
            if ((w = t->index[i]) == 0) {
                *slot = i;
                return -1;
            }
            if (!word_matches(w, tag))
                continue;
            uint64_t e = (uint32_t)w - 1;
            int r = rt_equal(g, m->type->key, t->keys + e * m->ksize, key);
            if (r < 0)
                return -2;
            if (r) {
                *slot = i;
                return (int64_t)e;
            }
        }
    }
}

static void store_key(golem_g *g, const golem_map *m, map_table *t,
                      uint64_t e, const void *key)
{
    if (m->mode == KEY_WORD) {
        /* pointer-shaped keys are whole words; narrow ones have none */
        uint64_t *k = (uint64_t *)t->keys + e;
        uint64_t w = load_word(key, m->kwidth);
        if (m->type->key->flags & RF_HAS_POINTERS)
            gc_write_pointer(g, (void **)k, (void *)w);
        else
            *k = w;
    } else if (m->ksize) {
        gc_bulk_barrier(g, t->keys + e * m->ksize, key, m->type->key, 1);
        memcpy(t->keys + e * m->ksize, key, m->ksize);
    }
}

/* Entry e2 := entry e1 (keys and values, with the bulk barrier); the two
   tables may be the same. */
static void move_entry(golem_g *g, const golem_map *m, map_table *to,
                       uint64_t e2, const map_table *from, uint64_t e1)
{
    void *kd = to->keys + e2 * m->ksize, *vd = to->vals + e2 * m->vsize;
    const void *ks = from->keys + e1 * m->ksize;
    const void *vs = from->vals + e1 * m->vsize;
    gc_bulk_barrier(g, kd, ks, m->type->key, 1);
    gc_bulk_barrier(g, vd, vs, m->type->elem, 1);
    memcpy(kd, ks, m->ksize);
    memcpy(vd, vs, m->vsize);
}

/* Zeroes entries [e, e + n) (keys and values), shading what they held. */
static void clear_entries(golem_g *g, const golem_map *m, map_table *t,
                          uint64_t e, uint64_t n)
{
    if (n == 0)
        return;
    gc_bulk_barrier(g, t->keys + e * m->ksize, NULL, m->type->key, n);
    gc_bulk_barrier(g, t->vals + e * m->vsize, NULL, m->type->elem, n);
    memset(t->keys + e * m->ksize, 0, (size_t)(n * m->ksize));
    memset(t->vals + e * m->vsize, 0, (size_t)(n * m->vsize));
}

/* ---- tables ---- */

static void *alloc_array(golem_g *g, const rtype *t, uint64_t n,
                         uint32_t size)
{
    if (size == 0)
        return (void *)&zero_size_cell;
    return gc_alloc(g, t, (size_t)(n * size));
}

static map_table *table_new(golem_g *g, const golem_map *m, uint64_t ecap)
{
    map_table *t = gc_alloc(g, &map_table_type, sizeof *t);
    if (!t)
        return NULL;
    t->ecap = ecap;
    t->imask = 2 * ecap - 1;
    t->index = gc_alloc(g, NULL, (size_t)(2 * ecap * 8));
    t->hashes = gc_alloc(g, NULL, (size_t)(ecap * 8));
    /* KEY_WORD keys are stored as 8-byte words even for narrow kinds;
       all such keys are pointer-free or pointer-sized. */
    t->keys = alloc_array(g, m->type->key, ecap, m->ksize);
    t->vals = alloc_array(g, m->type->elem, ecap, m->vsize);
    if (!t->index || !t->hashes || !t->keys || !t->vals)
        return NULL;
    return t;
}

/* Inserts entry e (hash h, probe start pos) into t's index. */
static void index_insert(map_table *t, uint64_t e, uint64_t h, uint64_t pos)
{
    FOR_EACH_PROBE(i, pos, t->imask) {
        if (t->index[i] == 0) {
            t->index[i] = index_word(h, e);
            return;
        }
    }
}

/* Replaces m's table by a fresh one of ecap entries holding the live
   entries in their order. */
static int map_rebuild(golem_g *g, golem_map *m, uint64_t ecap)
{
    map_table *old = m->table, *t = table_new(g, m, ecap);
    if (!t)
        return -1;
    uint64_t n = 0;
    for (uint64_t e = 0; old && e < old->used; e++) {
        uint64_t h = old->hashes[e];
        if (!h)
            continue;
        t->hashes[n] = h;
        move_entry(g, m, t, n, old, e);
        index_insert(t, n, h, entry_pos(m, t, n));
        n++;
    }
    t->used = n;
    gc_write_pointer(g, (void **)&m->table, t);
    return 0;
}

/* Slides the live entries of a table no iterator has seen to its front
   and rebuilds its index: compaction without allocating. */
static void compact_in_place(golem_g *g, golem_map *m, map_table *t)
{
    uint64_t n = 0;
    memset(t->index, 0, (size_t)(t->imask + 1) * 8);
    for (uint64_t e = 0; e < t->used; e++) {
        uint64_t h = t->hashes[e];
        if (!h)
            continue;
        if (n != e) {
            t->hashes[n] = h;
            move_entry(g, m, t, n, t, e);
        }
        index_insert(t, n, h, entry_pos(m, t, n));
        n++;
    }
    for (uint64_t e = n; e < t->used; e++)
        t->hashes[e] = 0;
    clear_entries(g, m, t, n, t->used - n);
    t->used = n;
}

/* Makes room for one more entry. */
static int map_reserve(golem_g *g, golem_map *m)
{
    map_table *t = m->table;
    if (t && t->used < t->ecap)
        return 0;
    if (!t)
        return map_rebuild(g, m, MIN_ENTRIES);
    if ((uint64_t)m->count * 2 >= t->ecap)
        return map_rebuild(g, m, t->ecap * 2);
    if (!t->iterated) {
        compact_in_place(g, m, t);
        return 0;
    }
    return map_rebuild(g, m, t->ecap);
}

/* ---- the API ---- */

/* A map touched by two goroutines at once, one of them writing: Go's
   fatal error (not a panic). */
static int concurrent_use(golem_g *g, const char *what)
{
    return rt_fatal(g, what);
}


golem_map *rt_makemap(golem_g *g, const rtype *maptype, int64_t hint)
{
    golem_map *m = gc_alloc(g, &map_header_type, sizeof *m);
    if (!m)
        return NULL;
    const rtype *kt = maptype->key;
    m->type = maptype;
    m->seed = rt_fastrand(g->vm);
    m->vsize = stored_size(maptype->elem);
    if (word_key_kind(kt->kind) && kt->nslots == 1) {
        m->mode = KEY_WORD;
        m->identity = kt->kind >= RK_BOOL && kt->kind <= RK_UINT64;
        m->kwidth = (uint8_t)rkind_natural_size(kt->kind);
        m->ksize = 8;
    } else if (kt->kind == RK_STRING) {
        m->mode = KEY_STRING;
        m->ksize = sizeof(golem_string);
    } else {
        m->mode = KEY_GENERIC;
        m->ksize = stored_size(kt);
    }
    if (hint > 0 && hint <= ((int64_t)1 << 40)) {
        uint64_t ecap = MIN_ENTRIES;
        while (ecap < (uint64_t)hint)
            ecap *= 2;
        if (map_rebuild(g, m, ecap) < 0)
            return NULL;
    }
    return m;
}

/* Whether hashing a key of type t can panic (an interface inside). */
static bool hash_might_panic(const rtype *t)
{
    switch (t->kind) {
    case RK_INTERFACE:
        return true;
    case RK_ARRAY:
        return hash_might_panic(t->elem);
    case RK_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (hash_might_panic(t->fields[i].type))
                return true;
        return false;
    default:
        return false;
    }
}

/* For an empty or nil map: Go still hashes a key that might be
   unhashable, so m[[]int{}] panics even then. */
static int check_hashable(golem_g *g, const rtype *maptype, const void *key)
{
    if (!maptype || !hash_might_panic(maptype->key))
        return 0;
    uint64_t h;
    return rt_hash(g, maptype->key, key, 0, &h);
}

void *rt_mapaccess(golem_g *g, golem_map *m, const void *key)
{
    if (!m || m->count == 0) {
        if (m)
            check_hashable(g, m->type, key);
        return NULL;
    }
    uint64_t h, pos;
    if (key_hash(g, m, key, &h) < 0)
        return NULL;
    if (m->writing) {
        concurrent_use(g, "concurrent map read and map write");
        return NULL;
    }
    map_table *t = m->table;
    int64_t e = table_probe(g, m, t, key, h, &pos);
    return e >= 0 ? t->vals + (uint64_t)e * m->vsize : NULL;
}

/* The value slot of key (hash h), inserting a zeroed one if absent. */
static void *map_insert(golem_g *g, golem_map *m, const void *key,
                        uint64_t h)
{
    uint64_t pos;
    map_table *t = m->table;
    if (t) {
        int64_t e = table_probe(g, m, t, key, h, &pos);
        if (e >= 0)
            return t->vals + (uint64_t)e * m->vsize;
        if (e == -2)
            return NULL;
    }
    uint64_t e;
    if (!t || t->used == t->ecap) {
        if (map_reserve(g, m) < 0)
            return NULL;
        t = m->table;
        e = t->used++;
        index_insert(t, e, h, key_pos(m, key, h));
    } else {
        e = t->used++;
        t->index[pos] = index_word(h, e);
    }
    t->hashes[e] = h;
    store_key(g, m, t, e, key);
    m->count++;
    return t->vals + e * m->vsize;
}

void *rt_mapassign(golem_g *g, golem_map *m, const void *key)
{
    if (!m) {
        rt_panic_nil_map(g);
        return NULL;
    }
    uint64_t h;
    if (key_hash(g, m, key, &h) < 0)
        return NULL;
    if (m->writing) {
        concurrent_use(g, "concurrent map writes");
        return NULL;
    }
    m->writing = 1;
    void *v = map_insert(g, m, key, h);
    m->writing = 0;
    return v;
}

/* Removes key (hash h) if present; -1 after a panic. */
static int map_remove(golem_g *g, golem_map *m, const void *key, uint64_t h)
{
    uint64_t pos;
    map_table *t = m->table;
    int64_t e = table_probe(g, m, t, key, h, &pos);
    if (e < 0)
        return e == -2 ? -1 : 0;
    t->index[pos] = INDEX_DELETED;
    t->hashes[e] = 0;
    clear_entries(g, m, t, (uint64_t)e, 1);
    m->count--;
    return 0;
}

int rt_mapdelete(golem_g *g, golem_map *m, const void *key)
{
    if (!m || m->count == 0)
        return m ? check_hashable(g, m->type, key) : 0;
    uint64_t h;
    if (key_hash(g, m, key, &h) < 0)
        return -1;
    if (m->writing)
        return concurrent_use(g, "concurrent map writes");
    m->writing = 1;
    int r = map_remove(g, m, key, h);
    m->writing = 0;
    return r;
}

int64_t rt_maplen(const golem_map *m)
{
    return m ? m->count : 0;
}

/* clear(m): every entry goes. Zeroing the hashes makes iterators of this
   table skip the rest (NaN keys included); a table no iterator has seen is
   reset and reused, one that has been iterated is dropped (iterators still
   hold it). */
void rt_mapclear(golem_g *g, golem_map *m)
{
    if (!m || !m->table)
        return;
    map_table *t = m->table;
    memset(t->hashes, 0, (size_t)(t->used * 8));
    if (t->iterated) {
        gc_write_pointer(g, (void **)&m->table, NULL);
    } else {
        memset(t->index, 0, (size_t)(t->imask + 1) * 8);
        clear_entries(g, m, t, 0, t->used);
        t->used = 0;
    }
    m->count = 0;
}

/* ---- iteration ---- */

golem_mapiter *rt_mapiterinit(golem_g *g, golem_map *m)
{
    golem_mapiter *it = gc_alloc(g, &map_iter_type, sizeof *it);
    if (!it)
        return NULL;
    gc_write_pointer(g, (void **)&it->m, m);
    it->g = g;
    if (!m || m->count == 0 || !m->table)
        return it;
    gc_write_pointer(g, (void **)&it->table, m->table);
    it->table->iterated = 1;
    it->n = m->table->used;
    it->start = it->n ? rt_fastrand(g->vm) % it->n : 0;
    return it;
}

/* Position e of a table the map no longer uses: the live entry's current
   key and value, if the key is still in the map. */
static bool lookup_moved_entry(golem_mapiter *it, uint64_t e, void **key,
                               void **val)
{
    golem_map *m = it->m;
    map_table *old = it->table, *cur = m->table;
    void *k = old->keys + e * m->ksize;
    if (m->mode == KEY_GENERIC &&
        rt_equal(it->g, m->type->key, k, k) != 1) {
        *key = k; /* NaN-like: cannot be looked up, produce as it was */
        *val = old->vals + e * m->vsize;
        return true;
    }
    if (!cur || m->count == 0)
        return false;
    uint64_t pos;
    int64_t ce = table_probe(it->g, m, cur, k, old->hashes[e], &pos);
    if (ce < 0)
        return false;
    *key = cur->keys + (uint64_t)ce * m->ksize;
    *val = cur->vals + (uint64_t)ce * m->vsize;
    return true;
}

bool rt_mapiternext(golem_mapiter *it, void **key, void **val)
{
    if (!it)
        return false;
    golem_map *m = it->m;
    map_table *t = it->table;
    while (it->visited < it->n) {
        uint64_t e = it->start + it->visited++;
        if (e >= it->n)
            e -= it->n;
        if (!t->hashes[e])
            continue; /* deleted */
        if (m->table == t) {
            *key = t->keys + e * m->ksize;
            *val = t->vals + e * m->vsize;
            return true;
        }
        if (lookup_moved_entry(it, e, key, val))
            return true;
    }
    return false;
}
