/* UTF-8 and white space for the parse stage: the charset decoder both
 * producers use, white-space folding, and the small text predicates the
 * paragraph filters are built from. The plain-text producer is
 * text_plain.c. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parse/parse_internal.h"

/* UTF-8 --------------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (strict: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 when the bytes are invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
	}
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;
		if (c == 0xED && s[1] >= 0xA0)
			return 0;
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/* The length of the leading run of ASCII bytes of s other than NUL: most
 * of a page is markup, so it is read sixteen bytes at a time where SSE2 is
 * there (every x86-64), eight otherwise. */
static size_t ascii_run(const unsigned char *s, size_t n)
{
	size_t i = 0;
#ifdef __SSE2__
	const __m128i zero = _mm_setzero_si128();
	while (i + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		int stop = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)));
		if (stop != 0)
			return i + (size_t)__builtin_ctz((unsigned)stop);
		i += 16;
	}
#endif
	const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
	while (i + 8 <= n) {
		uint64_t v;
		memcpy(&v, s + i, 8);
		if ((v & high) != 0 || ((v - ones) & ~v & high) != 0)
			break;
		i += 8;
	}
	while (i < n && s[i] < 0x80 && s[i] != 0)
		i++;
	return i;
}

/* The length of the longest prefix of s that needs no repair: valid UTF-8
 * without NUL bytes. */
static size_t clean_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		i += ascii_run(s + i, n - i);
		if (i >= n || s[i] == 0)
			break;
		size_t k = utf8_seq(s + i, n - i);
		if (k == 0)
			break;
		i += k;
	}
	return i;
}

bool angka_parse_utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		i += clean_prefix(s + i, n - i);
		if (i >= n)
			break;
		if (s[i] != 0)
			return false;
		i++; /* NUL is valid UTF-8 */
	}
	return true;
}

bool angka_parse_utf8_clean(const unsigned char *s, size_t n)
{
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return false;
	return clean_prefix(s, n) == n;
}

static const char replacement[] = "\xEF\xBF\xBD";

char *angka_parse_utf8_sanitize(const unsigned char *s, size_t n, size_t *out_len)
{
	size_t i = 0;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	/* The common case, clean text: one copy. */
	if (clean_prefix(s + i, n - i) == n - i) {
		char *out = malloc(n - i + 1);
		if (out == NULL)
			return NULL;
		memcpy(out, s + i, n - i);
		out[n - i] = '\0';
		*out_len = n - i;
		return out;
	}
	/* Each invalid byte grows to 3 bytes at most. */
	if (n > (SIZE_MAX - 1) / 3)
		return NULL;
	char *out = malloc(n * 3 + 1);
	if (out == NULL)
		return NULL;
	size_t o = 0;
	while (i < n) {
		size_t run = clean_prefix(s + i, n - i);
		if (run > 0) {
			memcpy(out + o, s + i, run);
			o += run;
			i += run;
			continue;
		}
		/* A NUL or an invalid sequence: one U+FFFD per byte. */
		memcpy(out + o, replacement, 3);
		o += 3;
		i++;
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

size_t angka_parse_utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	size_t n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Charsets ------------------------------------------------------------------- */

/* windows-1252's 0x80..0x9F; the rest of the range is ISO-8859-1. */
static const uint16_t cp1252_high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static size_t put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | (cp >> 12));
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

static char *decode_cp1252(const unsigned char *s, size_t n, size_t *out_len)
{
	if (n > (SIZE_MAX - 1) / 3)
		return NULL;
	char *out = malloc(n * 3 + 1);
	if (out == NULL)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		if (c == 0)
			o += put_utf8(out + o, 0xFFFD);
		else if (c >= 0x80 && c < 0xA0)
			o += put_utf8(out + o, cp1252_high[c - 0x80]);
		else
			o += put_utf8(out + o, c);
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/* Anything else iconv knows. Undecodable bytes become U+FFFD; the result is
 * sanitized once more because a decoder may produce NULs. NULL when iconv
 * does not know the charset or memory ran out. */
static char *decode_iconv(const unsigned char *s, size_t n, const char *charset, size_t *out_len)
{
	char *result = NULL;
	char *out = NULL;
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = n * 2 + 64;
	out = malloc(cap);
	if (out == NULL)
		goto cleanup;
	char *in = (char *)(uintptr_t)s;
	size_t in_left = n;
	size_t used = 0;
	while (in_left > 0) {
		char *o = out + used;
		size_t o_left = cap - used;
		size_t r = iconv(cd, &in, &in_left, &o, &o_left);
		used = (size_t)(o - out);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG || cap - used < 8) {
			if (cap > ANGKA_PARSE_MAX_TEXT)
				goto cleanup;
			char *bigger = realloc(out, cap * 2);
			if (bigger == NULL)
				goto cleanup;
			out = bigger;
			cap *= 2;
			continue;
		}
		/* EILSEQ or a truncated sequence at the end: skip one byte. */
		memcpy(out + used, replacement, 3);
		used += 3;
		in++;
		in_left--;
	}
	result = angka_parse_utf8_sanitize((const unsigned char *)out, used, out_len);
cleanup:
	free(out);
	iconv_close(cd);
	return result;
}

static bool label_is(const char *label, const char *const *names)
{
	for (; *names != NULL; names++) {
		const char *a = label;
		const char *b = *names;
		while (*a && *b && (*a | 0x20) == *b)
			a++, b++;
		if (*a == '\0' && *b == '\0')
			return true;
	}
	return false;
}

static const char *const utf8_names[] = {"utf-8", "utf8", "unicode-1-1-utf-8", NULL};

bool angka_parse_charset_utf8(const char *charset)
{
	return charset == NULL || label_is(charset, utf8_names);
}

char *angka_parse_decode(const unsigned char *s, size_t n, const char *charset, size_t *out_len)
{
	/* As browsers do, Latin-1 and ASCII labels mean windows-1252. */
	static const char *const cp1252_names[] = {
	        "windows-1252", "cp1252",  "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
	        "latin1",       "latin-1", "l1",       "us-ascii",   "ascii",     NULL};
	if (angka_parse_charset_utf8(charset))
		return angka_parse_utf8_sanitize(s, n, out_len);
	if (label_is(charset, cp1252_names))
		return decode_cp1252(s, n, out_len);
	char *out = decode_iconv(s, n, charset, out_len);
	if (out != NULL)
		return out;
	/* An unknown label: trust the bytes if they are UTF-8. */
	if (angka_parse_utf8_valid(s, n))
		return angka_parse_utf8_sanitize(s, n, out_len);
	return decode_cp1252(s, n, out_len);
}

/* White-space folding --------------------------------------------------------- */

/* What a non-ASCII character means to folding: 1 a space, 2 nothing,
 * 0 itself. */
static int special_char(const unsigned char *s, size_t k)
{
	if (k == 2 && s[0] == 0xC2) {
		if (s[1] == 0xA0 || s[1] < 0xA0)
			return 1; /* NBSP, C1 controls */
		if (s[1] == 0xAD)
			return 2; /* soft hyphen */
		return 0;
	}
	if (k == 3 && s[0] == 0xE2 && s[1] == 0x80) {
		if (s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF)
			return 1;
		if (s[2] >= 0x8B && s[2] <= 0x8D)
			return 2;
		return 0;
	}
	if (k == 3 && s[0] == 0xE2 && s[1] == 0x81) {
		if (s[2] == 0x9F)
			return 1;
		if (s[2] == 0xA0)
			return 2;
		return 0;
	}
	if (k == 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 1;
	if (k == 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 2;
	return 0;
}

static void fold_flush(angka_parse_folder *f, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (f->pending_space && f->buf.len > 0 && f->buf.data[f->buf.len - 1] != '\n')
		angka_buf_putc(&f->buf, ' ');
	f->pending_space = false;
	angka_buf_append(&f->buf, s, n);
}

void angka_parse_fold_break(angka_parse_folder *f)
{
	if (f->buf.len > 0 && f->buf.data[f->buf.len - 1] != '\n')
		angka_buf_putc(&f->buf, '\n');
	f->pending_space = false;
}

void angka_parse_fold(angka_parse_folder *f, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t run = 0;
	size_t i = 0;
	while (i < n) {
		unsigned char c = u[i];
		if (c > 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		/* One space between two runs of text: flushing the first and
		 * marking a space would write just this space before the second,
		 * so the run goes on over it (one append a paragraph, not one a
		 * word). */
		if (c == ' ' && i > run && i + 1 < n && u[i + 1] > 0x20 && u[i + 1] < 0x7F) {
			i++;
			continue;
		}
		if (c < 0x80) {
			fold_flush(f, s + run, i - run);
			f->pending_space = true;
			run = ++i;
			continue;
		}
		size_t k = utf8_seq(u + i, n - i);
		if (k == 0)
			k = 1; /* cannot happen on sanitized input; keep going */
		int special = special_char(u + i, k);
		if (special != 0) {
			fold_flush(f, s + run, i - run);
			if (special == 1)
				f->pending_space = true;
			run = i + k;
		}
		i += k;
	}
	fold_flush(f, s + run, n - run);
}

/* Folds into f a line that was folded already, as folding it again would
 * (so each byte is folded once): a folded line is runs of text with one
 * space between two, none at either end and nothing folding changes, so a
 * second fold copies it whole, after the space pending in f. */
void angka_parse_fold_folded(angka_parse_folder *f, const angka_parse_folder *line)
{
	fold_flush(f, line->buf.data, line->buf.len);
}

void angka_parse_fold_space(angka_parse_folder *f)
{
	f->pending_space = true;
}

/* Blocks -------------------------------------------------------------------- */

int angka_parse_blocks_add(angka_parse_blocks *bl, const char *text, size_t len, bool fold,
                           angka_block_kind kind, unsigned flags, const char *drop)
{
	char *copy = NULL;
	size_t copy_len = 0;
	if (fold) {
		angka_parse_folder f = {ANGKA_BUF_INIT, false};
		angka_parse_fold(&f, text, len);
		if (f.buf.failed) {
			angka_buf_free(&f.buf);
			return ANGKA_ENOMEM;
		}
		if (f.buf.len == 0) {
			angka_buf_free(&f.buf);
			return 0;
		}
		copy_len = f.buf.len;
		copy = angka_buf_detach(&f.buf);
	} else {
		if (len == 0)
			return 0;
		copy = angka_strndup(text, len);
		copy_len = len;
	}
	if (copy == NULL)
		return ANGKA_ENOMEM;
	if (bl->total + copy_len > ANGKA_PARSE_MAX_TEXT) {
		free(copy);
		return ANGKA_ETOOBIG;
	}
	if (bl->n == bl->cap) {
		size_t cap = bl->cap ? bl->cap * 2 : 64;
		angka_parse_block *items = realloc(bl->items, cap * sizeof *items);
		if (items == NULL) {
			free(copy);
			return ANGKA_ENOMEM;
		}
		bl->items = items;
		bl->cap = cap;
	}
	bl->items[bl->n++] = (angka_parse_block){copy, copy_len, kind, flags, drop};
	bl->total += copy_len;
	return 0;
}

void angka_parse_blocks_free(angka_parse_blocks *bl)
{
	if (bl == NULL)
		return;
	for (size_t i = 0; i < bl->n; i++)
		free(bl->items[i].text);
	free(bl->items);
	bl->items = NULL;
	bl->n = bl->cap = bl->total = 0;
}

void angka_parse_meta_free(angka_parse_meta *meta)
{
	if (meta == NULL)
		return;
	free(meta->title);
	free(meta->site);
	free(meta->canonical_url);
	free(meta->author);
	free(meta->published);
	free(meta->modified);
	*meta = (angka_parse_meta){NULL, NULL, NULL, NULL, NULL, NULL};
}

/* Predicates ------------------------------------------------------------------ */

static char lower_ascii(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static bool is_alnum_ascii(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t angka_parse_count_words(const char *s, size_t len)
{
	size_t words = 0;
	bool in_word = false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ') {
			in_word = false;
		} else if (!in_word) {
			in_word = true;
			words++;
		}
	}
	return words;
}

bool angka_parse_ends_sentence(const char *s, size_t len)
{
	/* Step back over closing quotes and brackets: "… ujarnya." ” */
	while (len > 0) {
		char c = s[len - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
			len--;
			continue;
		}
		/* ” ’ » */
		if (len >= 3 && (unsigned char)s[len - 3] == 0xE2 &&
		    (unsigned char)s[len - 2] == 0x80 &&
		    ((unsigned char)s[len - 1] == 0x9D || (unsigned char)s[len - 1] == 0x99)) {
			len -= 3;
			continue;
		}
		if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 &&
		    (unsigned char)s[len - 1] == 0xBB) {
			len -= 2;
			continue;
		}
		break;
	}
	if (len == 0)
		return false;
	char c = s[len - 1];
	if (c == '.' || c == '!' || c == '?')
		return true;
	/* … */
	return len >= 3 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
	       (unsigned char)s[len - 1] == 0xA6;
}

bool angka_parse_is_weather(const char *s, size_t len)
{
	size_t i = 0;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		i++;
	size_t digits = 0;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (digits == 0 || digits > 3)
		return false;
	if (i < len && (s[i] == '.' || s[i] == ',')) {
		i++;
		size_t frac = 0;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++, frac++;
		if (frac == 0)
			return false;
	}
	while (i < len && s[i] == ' ')
		i++;
	/* ° or º */
	if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
	    ((unsigned char)s[i + 1] == 0xB0 || (unsigned char)s[i + 1] == 0xBA))
		i += 2;
	while (i < len && s[i] == ' ')
		i++;
	return i + 1 == len && (s[i] == 'C' || s[i] == 'F');
}

bool angka_parse_has_prefix(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	if (n > len)
		return false;
	for (size_t i = 0; i < n; i++)
		if (lower_ascii(s[i]) != lower_ascii(prefix[i]))
			return false;
	return n == len || !is_alnum_ascii(s[n]);
}

bool angka_parse_equals_ci(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && angka_parse_has_prefix(s, len, word);
}

/* needle (any case) in hay (already lower case): each byte of the needle
 * is lowered as it is compared, so that needles in any case need no
 * second search. memchr finds the candidates for its first byte. */
static bool find_lower(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return true;
	if (n > len)
		return false;
	char first = lower_ascii(needle[0]);
	const char *p = hay, *last = hay + (len - n);
	while (p <= last) {
		p = memchr(p, first, (size_t)(last - p) + 1);
		if (p == NULL)
			return false;
		size_t k = 1;
		while (k < n && p[k] == lower_ascii(needle[k]))
			k++;
		if (k == n)
			return true;
		p++;
	}
	return false;
}

/* needle (any case) in s, for texts too long to lower in one go. */
static bool find_ci_slow(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0 || n > len)
		return n == 0;
	for (size_t i = 0; i + n <= len; i++) {
		if (lower_ascii(s[i]) != lower_ascii(needle[0]))
			continue;
		size_t k = 1;
		while (k < n && lower_ascii(s[i + k]) == lower_ascii(needle[k]))
			k++;
		if (k == n)
			return true;
	}
	return false;
}

/* The text is lowered once into a buffer on the stack, then each needle's
 * first byte is found with memchr. */
bool angka_parse_contains_any_ci(const char *s, size_t len, const char *const *needles)
{
	char lower[1024];
	if (len > sizeof lower) {
		for (size_t i = 0; needles[i] != NULL; i++)
			if (find_ci_slow(s, len, needles[i]))
				return true;
		return false;
	}
	for (size_t i = 0; i < len; i++)
		lower[i] = lower_ascii(s[i]);
	for (size_t i = 0; needles[i] != NULL; i++)
		if (find_lower(lower, len, needles[i]))
			return true;
	return false;
}

bool angka_parse_contains_ci(const char *s, size_t len, const char *needle)
{
	const char *const needles[] = {needle, NULL};
	return angka_parse_contains_any_ci(s, len, needles);
}
