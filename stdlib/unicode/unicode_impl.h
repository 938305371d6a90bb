/*
 * unicode_impl.h - Unicode property and case lookups for the C side of the
 * standard library (unicode, strings, strconv, fmt). Tables are generated
 * from Go's own Unicode data (stdlib/unicode/mktables.go.in), so answers
 * match Go's unicode and strconv packages rune for rune.
 */
#ifndef GOLEM_UNICODE_IMPL_H
#define GOLEM_UNICODE_IMPL_H

#include <stdbool.h>
#include <stdint.h>

bool unicode_is_print(int32_t r);   /* strconv.IsPrint */
bool unicode_is_graphic(int32_t r); /* strconv.IsGraphic */
bool unicode_is_letter(int32_t r);
bool unicode_is_digit(int32_t r);
bool unicode_is_space(int32_t r);
bool unicode_is_upper(int32_t r);
bool unicode_is_lower(int32_t r);
int32_t unicode_to_upper(int32_t r);
int32_t unicode_to_lower(int32_t r);
/* unicode.SimpleFold: the next rune of r's case-folding orbit (r itself
   when the orbit is just r, or r is not a valid rune). */
int32_t unicode_simple_fold(int32_t r);

#endif
