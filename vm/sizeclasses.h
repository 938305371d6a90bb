/*
 * sizeclasses.h - the allocator's size classes, as Go's runtime defines
 * them (Go 1.19-1.22, runtime/sizeclasses.go), and the rounding that
 * growslice uses so that cap() after append matches `go run`.
 *
 * THE RULE. Objects up to 32 KiB (SC_MAX_SMALL_SIZE) are allocated from
 * spans of SC_PAGE_SIZE (8 KiB) pages, each span holding objects of one
 * size class. The table is produced by walking sizes upwards in steps of an
 * alignment that grows with the size:
 *
 *     align starts at 8; whenever the size reaches a power of two,
 *     size >= 2048 -> align 256, size >= 128 -> align size/8,
 *     size >= 32 -> align 16.
 *
 * For each size, the span takes the fewest pages for which the leftover
 * (span bytes mod size) is at most 1/8 of the span, so tail waste stays
 * under 12.5%. A size that needs the same number of pages and fits the
 * same number of objects as the previous class replaces it (no point in two
 * classes that pack identically). Finally each class grows to the largest
 * multiple of 128 that still fits the same object count in its span
 * (e.g. 8448 -> 9472 for 6 objects in 7 pages). Class 0 is unused (it
 * stands for "large object"). The result is 68 classes, 0..67.
 *
 * LOOKUP. sc_size_to_class8 maps ceil(size/8) for sizes up to 1024, and
 * sc_size_to_class128 maps ceil((size-1024)/128) for sizes above 1024, so
 * sc_size_class() is two loads. sc_roundupsize() is Go's roundupsize: the
 * class size for a small request, else the request rounded up to whole
 * pages. (Go 1.22 additionally reserves an 8-byte malloc header for
 * pointerful objects over 512 bytes; golem follows 1.19-1.21, whose results
 * the installed `go` prints.)
 *
 * tests/unit/test_runtime.c recomputes the table from the rule above and
 * checks it against these constants.
 */
#ifndef GOLEM_SIZECLASSES_H
#define GOLEM_SIZECLASSES_H

#include <stdint.h>

#define SC_PAGE_SHIFT 13
#define SC_PAGE_SIZE (1 << SC_PAGE_SHIFT)  /* 8 KiB */
#define SC_MAX_SMALL_SIZE 32768
#define SC_NUM_CLASSES 68
#define SC_SMALL_SIZE_DIV 8
#define SC_SMALL_SIZE_MAX 1024
#define SC_LARGE_SIZE_DIV 128

/* Object size of each class (class 0: none). */
static const uint16_t sc_class_to_size[68] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144,
    160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
    448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408,
    1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

/* Pages per span of each class. */
static const uint8_t sc_class_to_npages[68] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2,
    1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2,
    9, 7, 5, 8, 3, 10, 7, 4,
};

/* Class of a size <= 1024, indexed by ceil(size / 8). */
static const uint8_t sc_size_to_class8[129] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
    12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20,
    20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25,
    25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28,
    28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32, 32, 32, 32,
};

/* Class of a size in (1024, 32768], indexed by ceil((size - 1024) / 128). */
static const uint8_t sc_size_to_class128[249] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43,
    44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47,
    47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52,
    52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56,
    56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58,
    58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61,
    61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
};

/* The size class for a small request (1..SC_MAX_SMALL_SIZE bytes). */
static inline int sc_size_class(uint64_t size)
{
    if (size <= SC_SMALL_SIZE_MAX - 8)
        return sc_size_to_class8[(size + SC_SMALL_SIZE_DIV - 1) /
                                 SC_SMALL_SIZE_DIV];
    return sc_size_to_class128[(size - SC_SMALL_SIZE_MAX +
                                SC_LARGE_SIZE_DIV - 1) / SC_LARGE_SIZE_DIV];
}

/* Go's roundupsize: the bytes the allocator really hands out for a request
   of size bytes (a class size, or whole pages for large objects). */
static inline uint64_t sc_roundupsize(uint64_t size)
{
    if (size < SC_MAX_SMALL_SIZE)
        return sc_class_to_size[sc_size_class(size)];
    if (size + SC_PAGE_SIZE < size)
        return size;
    return (size + SC_PAGE_SIZE - 1) & ~(uint64_t)(SC_PAGE_SIZE - 1);
}

#endif
