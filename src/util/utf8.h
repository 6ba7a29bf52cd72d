/* UTF-8 checks and escapes for names that come from outside the text
 * pipeline (file names, terminal output). Internal to libangka. */
#ifndef ANGKA_UTIL_UTF8_H
#define ANGKA_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Length of the well-formed UTF-8 sequence at s (at most n bytes): 1 to 4,
 * or 0 when s does not start one (overlong forms, surrogates and code
 * points past U+10FFFF are not well-formed). */
size_t angka_utf8_sequence(const unsigned char *s, size_t n);
/* The same, and the code point it encodes in *cp (left as it was when there
 * is no sequence). */
size_t angka_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* The characters (code points) in s[0, n) of UTF-8: its bytes that are no
 * continuation byte. What a column, a wrap width or a table's padding
 * counts (wide scripts would need wcwidth). */
size_t angka_utf8_count(const char *s, size_t n);

/* True when s holds only well-formed UTF-8 and no NUL. */
bool angka_utf8_valid(const char *s, size_t n);

/* True when s[0, n) is well-formed UTF-8 (NUL included): what PCRE2's
 * UTF check and iconv from UTF-8 pass. Eight ASCII bytes at a time. */
bool angka_utf8_well_formed(const char *s, size_t n);

/* Would pcre2_match pass the UTF-8 check it makes of the subject text[0,
 * end) searched from start, for a pattern that looks back at most
 * lookbehind characters (PCRE2_INFO_MAXLOOKBEHIND)? PCRE2 checks that
 * start is no continuation byte, and the bytes from lookbehind characters
 * before start to the end of the subject. True only when it would: the
 * caller may then pass PCRE2_NO_UTF_CHECK and get the same result, at a
 * fraction of the cost on mostly ASCII text; false when unsure (let PCRE2
 * check and report). */
bool angka_utf8_pcre2_would_pass(const char *text, size_t start, size_t end, uint32_t lookbehind);

/* A copy of s that is valid UTF-8: s itself when it is, else s with every
 * byte that is not part of a well-formed sequence written as "\xHH" and
 * every backslash as "\\", so that the original bytes can be told from the
 * copy. NULL when out of memory. Freed by the caller. */
char *angka_utf8_escape(const char *s);

/* A copy of s for a terminal: control characters (C0 but tab, DEL, C1)
 * written as "\xHH" or "\u00HH", invalid bytes as "\xHH", so that text
 * from a page or a reviewer can move no cursor and ring no bell. NULL when
 * out of memory. Freed by the caller. */
char *angka_utf8_printable(const char *s);

#endif
