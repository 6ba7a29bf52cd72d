/* The region gazetteer.
 *
 * Every name a region can be written with (canonical name, the name without
 * its "Kabupaten "/"Kota " prefix, press abbreviations) becomes a key:
 * lowercased, with spaces and hyphens dropped, so "Batang Hari" finds
 * "Kabupaten Batanghari" and "Tojo Una-Una" finds "Kabupaten Tojo Una Una".
 * The keys sit in one sorted array searched with bsearch; a key may stand for
 * several regions ("bekasi": the regency and the city), and resolve() picks
 * one by the prefix written in the text, the province in context and the
 * rule that a bare name means the province when one exists.
 *
 * Scanning a text tokenizes it into words on the fly, and at each word start
 * tries at most a couple of prefixes and MAX_NAME_WORDS name lengths, so the
 * work per byte is bounded and nothing is allocated except the mentions.
 */
#include "normalize/regions.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

#define MAX_NAME_WORDS   6
#define MAX_PREFIX_WORDS 2
#define MAX_CHAIN        (MAX_PREFIX_WORDS + MAX_NAME_WORDS)
#define MAX_KEY          128
#define MAX_CANDIDATES   16
#define MAX_FIELDS       8
/* The shipped files are tens of kilobytes; the cap only stops a wrong path
 * (a disk image, /dev/zero) from being read into memory. */
#define MAX_FILE_BYTES ((size_t)16 * 1024 * 1024)

enum key_kind { KEY_NAME, KEY_ABBREV };

typedef struct gaz_key {
	char *norm;  /* lowercased, spaces and hyphens dropped; owned */
	char *exact; /* KEY_ABBREV: as written, spaces and hyphens dropped; owned */
	size_t region_index;
	const angka_region *region; /* set once the region array stops moving */
	size_t order;               /* insertion order: file order breaks ties */
	size_t line;                /* where it was defined, for errors */
	enum key_kind kind;
	bool prefix_only; /* counts only after Kabupaten/Kota/Provinsi... */
	bool ambiguous;   /* marked AMBIGUOUS in the file */
} gaz_key;

struct angka_gazetteer {
	char *regions_text; /* file contents; region strings point into them */
	char *abbrev_text;
	angka_region *regions; /* the coded regions sorted by code, then the rest */
	size_t n_regions;
	size_t cap_regions;
	size_t n_coded; /* regions[0, n_coded) have a code */
	gaz_key *keys;  /* sorted by (norm, order) */
	size_t n_keys;
	size_t cap_keys;
};

/* ---- text classes -------------------------------------------------- */

static bool is_ascii_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_ascii_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static bool is_ascii_alnum(unsigned char c)
{
	return is_ascii_upper(c) || is_ascii_lower(c) || (c >= '0' && c <= '9');
}

static unsigned char to_lower(unsigned char c)
{
	return is_ascii_upper(c) ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Whether the character at t[i] belongs to a word, and its length in bytes
 * (never past end). Non-ASCII letters are word characters so that a name
 * never matches inside "Baliné"; the UTF-8 punctuation blocks (U+0080-00BF:
 * no-break space, guillemets; U+2000-2FFF: dashes, quotes, ellipsis) are
 * not, so "Pontianak–" ends at the dash. */
static bool word_char_at(const char *t, size_t i, size_t end, size_t *len)
{
	unsigned char c = (unsigned char)t[i];
	size_t n = 1;
	bool word;
	if (c < 0x80) {
		word = is_ascii_alnum(c);
	} else if (c >= 0xC0 && c < 0xE0) {
		n = 2;
		word = c != 0xC2;
	} else if (c >= 0xE0 && c < 0xF0) {
		n = 3;
		word = c != 0xE2 &&
		       !(c == 0xE3 && i + 1 < end && (unsigned char)t[i + 1] == 0x80) &&
		       !(c == 0xEF && i + 1 < end && (unsigned char)t[i + 1] == 0xBB);
	} else if (c >= 0xF0 && c < 0xF8) {
		n = 4;
		word = true;
	} else {
		word = true; /* a stray continuation byte: keep the word whole */
	}
	if (i + n > end)
		n = end - i;
	*len = n;
	return word;
}

/* Spaces that may separate the words of one name: ASCII blank or U+00A0. */
static size_t blank_at(const char *t, size_t i, size_t end)
{
	if (t[i] == ' ' || t[i] == '\t')
		return 1;
	if ((unsigned char)t[i] == 0xC2 && i + 1 < end && (unsigned char)t[i + 1] == 0xA0)
		return 2;
	return 0;
}

/* Whether the character ending just before pos is a word character: then a
 * scan starting at pos starts inside a word. */
static bool word_char_before(const char *t, size_t pos)
{
	size_t i = pos - 1;
	/* back over UTF-8 continuation bytes to the lead byte (at most 3) */
	for (int k = 0; k < 3 && i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80; k++)
		i--;
	size_t len;
	return word_char_at(t, i, pos, &len);
}

/* ---- words and chains ---------------------------------------------- */

typedef enum sep_kind {
	SEP_NONE,  /* the chain of words ends here */
	SEP_SPACE, /* blanks and at most one hyphen: "Batang Hari", "Una-Una" */
	SEP_DOT,   /* a full stop, maybe blanks: only after "Kab." / "Prov." */
} sep_kind;

typedef struct word {
	size_t start;
	size_t end;
	sep_kind sep_after;
} word;

/* The first word at or after pos: [*ws, *we). */
static bool next_word(const char *t, size_t pos, size_t end, size_t *ws, size_t *we)
{
	size_t len;
	while (pos < end && !word_char_at(t, pos, end, &len))
		pos += len;
	if (pos >= end)
		return false;
	*ws = pos;
	while (pos < end && word_char_at(t, pos, end, &len))
		pos += len;
	*we = pos;
	return true;
}

/* How the word ending at we joins the next one; *next is where that word
 * starts. */
static sep_kind separator_after(const char *t, size_t we, size_t end, size_t *next)
{
	size_t p = we;
	size_t len;
	sep_kind kind = SEP_SPACE;
	if (p < end && t[p] == '.') {
		kind = SEP_DOT;
		p++;
		while (p < end && (len = blank_at(t, p, end)) > 0)
			p += len;
	} else {
		bool hyphen = false;
		while (p < end) {
			if ((len = blank_at(t, p, end)) > 0) {
				p += len;
			} else if (t[p] == '-' && !hyphen) {
				hyphen = true;
				p++;
			} else {
				break;
			}
		}
		if (p == we)
			return SEP_NONE;
	}
	if (p >= end || !word_char_at(t, p, end, &len))
		return SEP_NONE;
	*next = p;
	return kind;
}

/* The words starting at the word [ws, we) that are joined by separators a
 * name may contain, at most max of them. */
static size_t gather_chain(word *w, size_t max, const char *t, size_t ws, size_t we, size_t end)
{
	size_t k = 0;
	while (k < max) {
		w[k].start = ws;
		w[k].end = we;
		size_t next = 0;
		w[k].sep_after = separator_after(t, we, end, &next);
		k++;
		if (w[k - 1].sep_after == SEP_NONE || k == max)
			break;
		if (!next_word(t, next, end, &ws, &we))
			break;
	}
	if (k > 0)
		w[k - 1].sep_after = SEP_NONE;
	return k;
}

static bool word_is(const char *t, const word *w, const char *lower)
{
	size_t n = strlen(lower);
	if (w->end - w->start != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (to_lower((unsigned char)t[w->start + i]) != (unsigned char)lower[i])
			return false;
	return true;
}

/* Lowercase words that may sit inside a name: "Pangkajene dan Kepulauan". */
static bool is_connector(const char *t, const word *w)
{
	return word_is(t, w, "dan");
}

/* ---- keys ----------------------------------------------------------- */

/* Writes the key of s[0, n) into out (lowercased unless exact, keeping only
 * word characters). Returns its length, or 0 when empty or too long. */
static size_t make_key(char *out, size_t cap, const char *s, size_t n, bool exact)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '-')
			continue;
		if (k + 1 >= cap)
			return 0;
		out[k++] = (char)(exact ? c : to_lower(c));
	}
	out[k] = '\0';
	return k;
}

/* The key and the exact form of words w[0, n), and whether they hold no
 * lowercase letter (an ALL-CAPS dateline). False when too long. */
static bool words_key(char key[MAX_KEY], char exact[MAX_KEY], bool *all_caps, const char *t,
                      const word *w, size_t n)
{
	size_t k = 0;
	*all_caps = true;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = w[i].start; j < w[i].end; j++) {
			unsigned char c = (unsigned char)t[j];
			if (k + 1 >= MAX_KEY)
				return false;
			if (is_ascii_lower(c))
				*all_caps = false;
			exact[k] = (char)c;
			key[k] = (char)to_lower(c);
			k++;
		}
	}
	key[k] = exact[k] = '\0';
	return k > 0;
}

static int key_cmp(const void *a, const void *b)
{
	const gaz_key *x = a;
	const gaz_key *y = b;
	int c = strcmp(x->norm, y->norm);
	if (c != 0)
		return c;
	return (x->order > y->order) - (x->order < y->order);
}

static int key_probe_cmp(const void *probe, const void *elem)
{
	return strcmp(probe, ((const gaz_key *)elem)->norm);
}

static int region_code_cmp(const void *a, const void *b)
{
	return strcmp(((const angka_region *)a)->code, ((const angka_region *)b)->code);
}

static int code_probe_cmp(const void *probe, const void *elem)
{
	return strcmp(probe, ((const angka_region *)elem)->code);
}

/* Whether region r lies in the province named by province_code; a regency
 * code ("62.12") stands for its province ("62"). */
static bool in_province(const angka_region *r, const char *province_code)
{
	if (province_code == NULL || r->parent_code == NULL)
		return false;
	size_t n = strcspn(province_code, ".");
	return n > 0 && strlen(r->parent_code) == n &&
	       memcmp(r->parent_code, province_code, n) == 0;
}

/* The region key stands for, given what the text says around it.
 * level is the level a prefix demands, or -1; has_prefix admits the
 * PREFIX ONLY abbreviations; exact and all_caps decide whether an
 * abbreviation is written as listed. A bare name means a province, the
 * country or a grouping when it can; among regencies and cities the one in
 * province_code wins, else the regency, and *ambiguous says it was a guess. */
static const angka_region *resolve(const angka_gazetteer *gaz, const char *key, const char *exact,
                                   bool all_caps, bool has_prefix, int level,
                                   const char *province_code, bool *ambiguous)
{
	*ambiguous = false;
	const gaz_key *hit = bsearch(key, gaz->keys, gaz->n_keys, sizeof *gaz->keys, key_probe_cmp);
	if (hit == NULL)
		return NULL;
	const gaz_key *lo = hit;
	const gaz_key *hi = hit + 1;
	const gaz_key *keys_end = gaz->keys + gaz->n_keys;
	while (lo > gaz->keys && strcmp(lo[-1].norm, key) == 0)
		lo--;
	while (hi < keys_end && strcmp(hi->norm, key) == 0)
		hi++;

	const angka_region *cand[MAX_CANDIDATES];
	size_t nc = 0;
	for (const gaz_key *k = lo; k < hi; k++) {
		if (k->kind == KEY_ABBREV) {
			if (!all_caps && strcmp(k->exact, exact) != 0)
				continue;
			if (k->prefix_only && !has_prefix)
				continue;
		}
		if (level >= 0 && (int)k->region->level != level)
			continue;
		bool seen = false;
		for (size_t i = 0; i < nc; i++)
			seen = seen || cand[i] == k->region;
		if (!seen && nc < MAX_CANDIDATES)
			cand[nc++] = k->region;
	}
	if (nc == 0)
		return NULL;

	static const angka_region_level bare_first[] = {ANGKA_REGION_PROVINCE, ANGKA_REGION_COUNTRY,
	                                                ANGKA_REGION_GROUPING};
	for (size_t l = 0; l < sizeof bare_first / sizeof bare_first[0]; l++)
		for (size_t i = 0; i < nc; i++)
			if (cand[i]->level == bare_first[l])
				return cand[i];
	if (nc == 1)
		return cand[0];

	size_t n_in = 0;
	const angka_region *in[MAX_CANDIDATES];
	for (size_t i = 0; i < nc; i++)
		if (in_province(cand[i], province_code))
			in[n_in++] = cand[i];
	if (n_in == 1)
		return in[0];
	if (n_in > 1) {
		memcpy(cand, in, n_in * sizeof in[0]);
		nc = n_in;
	}
	*ambiguous = true;
	for (size_t i = 0; i < nc; i++)
		if (cand[i]->level == ANGKA_REGION_REGENCY)
			return cand[i];
	return cand[0];
}

/* ---- matching ------------------------------------------------------- */

typedef struct prefix {
	const char *words[MAX_PREFIX_WORDS]; /* lowercase; NULL-padded */
	bool dot;                            /* may be written with a full stop: "Kab." */
	angka_region_level level;
} prefix;

/* Longest first, so "Pemerintah Kota" wins over nothing and "Kota
 * Administrasi" over "Kota". */
static const prefix PREFIXES[] = {
        {{"pemerintah", "kabupaten"}, false, ANGKA_REGION_REGENCY},
        {{"pemerintah", "kota"}, false, ANGKA_REGION_CITY},
        {{"pemerintah", "provinsi"}, false, ANGKA_REGION_PROVINCE},
        {{"kabupaten", "administrasi"}, false, ANGKA_REGION_REGENCY},
        {{"kota", "administrasi"}, false, ANGKA_REGION_CITY},
        {{"kabupaten", NULL}, false, ANGKA_REGION_REGENCY},
        {{"kab", NULL}, true, ANGKA_REGION_REGENCY},
        {{"pemkab", NULL}, false, ANGKA_REGION_REGENCY},
        {{"kota", NULL}, false, ANGKA_REGION_CITY},
        {{"kotamadya", NULL}, false, ANGKA_REGION_CITY},
        {{"pemkot", NULL}, false, ANGKA_REGION_CITY},
        {{"pemko", NULL}, false, ANGKA_REGION_CITY}, /* Aceh's usage: "Pemko Banda Aceh" */
        {{"provinsi", NULL}, false, ANGKA_REGION_PROVINCE},
        {{"propinsi", NULL}, false, ANGKA_REGION_PROVINCE}, /* old spelling */
        {{"prov", NULL}, true, ANGKA_REGION_PROVINCE},
        {{"pemprov", NULL}, false, ANGKA_REGION_PROVINCE},
};

/* Words of the prefix p at the head of w[0, k), or 0. */
static size_t prefix_len(const char *t, const word *w, size_t k, const prefix *p)
{
	size_t n = 0;
	while (n < MAX_PREFIX_WORDS && p->words[n] != NULL) {
		if (n >= k || !word_is(t, &w[n], p->words[n]))
			return 0;
		if (n > 0 && w[n - 1].sep_after != SEP_SPACE)
			return 0;
		n++;
	}
	if (n >= k)
		return 0; /* a lone prefix names nothing */
	sep_kind sep = w[n - 1].sep_after;
	if (sep == SEP_SPACE || (sep == SEP_DOT && p->dot))
		return n;
	return 0;
}

typedef struct match {
	const angka_region *region;
	size_t words; /* how many of the chain's words it covers */
	bool ambiguous;
} match;

/* The region named by the words w[0, k): in scan mode the longest run of
 * capitalized words from w[0] that names one, else exactly all k words. */
static bool name_match(match *out, const angka_gazetteer *gaz, const char *t, const word *w,
                       size_t k, bool scan, bool has_prefix, int level, const char *province_code)
{
	size_t run = 0;
	while (run < k && run < MAX_NAME_WORDS) {
		bool capital = is_ascii_upper((unsigned char)t[w[run].start]);
		if (scan && !capital && !(run > 0 && is_connector(t, &w[run])))
			break;
		run++;
		if (w[run - 1].sep_after != SEP_SPACE)
			break;
	}
	if (!scan && run != k)
		return false;
	for (size_t n = run; n > 0; n--) {
		if (n > 1 && is_connector(t, &w[n - 1]))
			continue;
		char key[MAX_KEY];
		char exact[MAX_KEY];
		bool all_caps;
		if (!words_key(key, exact, &all_caps, t, w, n))
			continue;
		bool ambiguous;
		const angka_region *r = resolve(gaz, key, exact, all_caps, has_prefix, level,
		                                province_code, &ambiguous);
		if (r != NULL) {
			out->region = r;
			out->words = n;
			out->ambiguous = ambiguous;
			return true;
		}
		if (!scan)
			break;
	}
	return false;
}

/* The best mention at the head of the chain w[0, k): with the longest
 * prefix that leads to a name, or without one; the one reaching further
 * wins, and on a tie the prefix (it decides the level). */
static bool chain_match(match *out, const angka_gazetteer *gaz, const char *t, const word *w,
                        size_t k, bool scan, const char *province_code)
{
	bool found = false;
	for (size_t i = 0; i < sizeof PREFIXES / sizeof PREFIXES[0]; i++) {
		size_t pl = prefix_len(t, w, k, &PREFIXES[i]);
		if (pl == 0)
			continue;
		match m;
		if (name_match(&m, gaz, t, w + pl, k - pl, scan, true, (int)PREFIXES[i].level,
		               province_code)) {
			m.words += pl;
			if (!found || m.words > out->words) {
				*out = m;
				found = true;
			}
		}
	}
	match m;
	if (name_match(&m, gaz, t, w, k, scan, false, -1, province_code) &&
	    (!found || m.words > out->words)) {
		*out = m;
		found = true;
	}
	return found;
}

/* Whether a word starting with c can start a mention: a capital, or the
 * first letter of a lowercase prefix ("kabupaten", "kota", "provinsi",
 * "pemkab"...). */
static bool may_start_mention(unsigned char c)
{
	return is_ascii_upper(c) || c == 'k' || c == 'p';
}

/* "Indonesia" as part of a name that is not the country: "Pekerja Migran
 * Indonesia" (a worker segment), "Bank Indonesia" (the central bank). */
static bool country_in_org_name(const char *t, size_t prev_start, size_t prev_end)
{
	static const char *const before[] = {"migran", "bank", "universitas"};
	word prev = {prev_start, prev_end, SEP_SPACE};
	for (size_t i = 0; i < sizeof before / sizeof before[0]; i++)
		if (word_is(t, &prev, before[i]))
			return true;
	return false;
}

int angka_gazetteer_find(angka_region_mention **out, size_t *n, const angka_gazetteer *gaz,
                         const char *text, size_t start, size_t end, const char *province_code,
                         angka_error *err)
{
	if (out == NULL || n == NULL || gaz == NULL || (text == NULL && end > 0) || start > end)
		return angka_error_set(err, ANGKA_EINVAL, "gazetteer find: invalid argument");
	size_t pos = start;
	size_t ws, we;
	size_t prev_start = 0, prev_end = 0;
	if (pos > 0 && pos < end && word_char_before(text, pos)) {
		/* the range starts inside a word: that word is not ours */
		size_t len;
		while (pos < end && word_char_at(text, pos, end, &len))
			pos += len;
	}
	while (next_word(text, pos, end, &ws, &we)) {
		word chain[MAX_CHAIN];
		size_t k = 0;
		match m;
		/* most words are lowercase and start no prefix: skip the look-ahead */
		if (may_start_mention((unsigned char)text[ws]))
			k = gather_chain(chain, MAX_CHAIN, text, ws, we, end);
		if (k == 0 || !chain_match(&m, gaz, text, chain, k, true, province_code) ||
		    (m.region->level == ANGKA_REGION_COUNTRY && prev_end > prev_start &&
		     country_in_org_name(text, prev_start, prev_end))) {
			prev_start = ws;
			prev_end = we;
			pos = we;
			continue;
		}
		angka_region_mention *grown = realloc(*out, (*n + 1) * sizeof **out);
		if (grown == NULL)
			return angka_error_set(err, ANGKA_ENOMEM, "gazetteer find: out of memory");
		*out = grown;
		grown[*n].start = ws;
		grown[*n].end = chain[m.words - 1].end;
		grown[*n].region = m.region;
		grown[*n].ambiguous = m.ambiguous;
		grown[*n].ignored = NULL;
		(*n)++;
		prev_start = chain[m.words - 1].start;
		prev_end = pos = chain[m.words - 1].end;
	}
	return ANGKA_OK;
}

const angka_region *angka_gazetteer_lookup(const angka_gazetteer *gaz, const char *name, size_t len,
                                           const char *province_code)
{
	if (gaz == NULL || name == NULL)
		return NULL;
	while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\t'))
		len--;
	size_t ws, we;
	if (!next_word(name, 0, len, &ws, &we))
		return NULL;
	for (size_t i = 0; i < ws; i++)
		if (name[i] != ' ' && name[i] != '\t')
			return NULL; /* leading punctuation: not a name on its own */
	word chain[MAX_CHAIN];
	size_t k = gather_chain(chain, MAX_CHAIN, name, ws, we, len);
	if (chain[k - 1].end != len)
		return NULL;
	match m;
	if (!chain_match(&m, gaz, name, chain, k, false, province_code))
		return NULL;
	return m.region;
}

const angka_region *angka_gazetteer_by_code(const angka_gazetteer *gaz, const char *code)
{
	if (gaz == NULL || code == NULL)
		return NULL;
	return bsearch(code, gaz->regions, gaz->n_coded, sizeof *gaz->regions, code_probe_cmp);
}

/* ---- loading -------------------------------------------------------- */

/* Reads the whole file into a NUL-terminated buffer the caller frees. */
/* What loading needs beside the gazetteer: the line each region came from
 * (for errors found after sorting) and each grouping's long name (rows with
 * the same long name are one grouping). */
typedef struct load_ctx {
	angka_gazetteer *gaz;
	const char *path;
	size_t *region_line; /* parallel to gaz->regions while reading regions.tsv */
	size_t cap_region_line;
	struct grouping {
		const char *long_name;
		size_t index;
	} * groupings;
	size_t n_groupings;
	size_t cap_groupings;
} load_ctx;

typedef int (*row_fn)(load_ctx *ctx, char **field, size_t line, angka_error *err);

/* Walks the rows of the TSV held in text, splitting them in place: skips
 * '#' comments and blank lines, checks the header line, counts columns and
 * hands each row to row() with its line number. */
static int for_each_row(load_ctx *ctx, char *text, const char *header, size_t columns, row_fn row,
                        angka_error *err)
{
	bool seen_header = false;
	size_t line = 0;
	char *p = text;
	if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3; /* a byte-order mark from an editor on Windows */
	while (*p != '\0') {
		line++;
		char *eol = strchr(p, '\n');
		char *next = eol != NULL ? eol + 1 : p + strlen(p);
		if (eol != NULL)
			*eol = '\0';
		size_t len = strlen(p);
		if (len > 0 && p[len - 1] == '\r')
			p[--len] = '\0';
		if (p[0] == '#' || strspn(p, " \t") == len) {
			p = next;
			continue;
		}
		if (!seen_header) {
			if (strcmp(p, header) != 0)
				return angka_error_set(err, ANGKA_ERULE,
				                       "%s:%zu: expected the header line '%s'",
				                       ctx->path, line, header);
			seen_header = true;
			p = next;
			continue;
		}
		char *field[MAX_FIELDS];
		size_t nf = 0;
		char *f = p;
		for (;;) {
			char *tab = strchr(f, '\t');
			if (nf < MAX_FIELDS)
				field[nf] = f;
			nf++;
			if (tab == NULL)
				break;
			*tab = '\0';
			f = tab + 1;
		}
		if (nf != columns)
			return angka_error_set(err, ANGKA_ERULE,
			                       "%s:%zu: %zu tab-separated columns, expected %zu",
			                       ctx->path, line, nf, columns);
		int rc = row(ctx, field, line, err);
		if (rc != ANGKA_OK)
			return rc;
		p = next;
	}
	if (!seen_header)
		return angka_error_set(err, ANGKA_ERULE, "%s: no header line '%s'", ctx->path,
		                       header);
	return ANGKA_OK;
}

static bool parse_level(angka_region_level *out, const char *s)
{
	static const struct {
		const char *name;
		angka_region_level level;
	} levels[] = {
	        {"province", ANGKA_REGION_PROVINCE},
	        {"regency", ANGKA_REGION_REGENCY},
	        {"city", ANGKA_REGION_CITY},
	        {"grouping", ANGKA_REGION_GROUPING},
	};
	for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
		if (strcmp(s, levels[i].name) == 0) {
			*out = levels[i].level;
			return true;
		}
	}
	return false;
}

static const char *level_name(angka_region_level level)
{
	switch (level) {
	case ANGKA_REGION_PROVINCE: return "province";
	case ANGKA_REGION_REGENCY: return "regency";
	case ANGKA_REGION_CITY: return "city";
	case ANGKA_REGION_GROUPING: return "grouping";
	case ANGKA_REGION_COUNTRY: return "country";
	}
	return "?";
}

/* Appends a region whose strings the gazetteer already owns (they point
 * into its file buffers) or that are literals; *index is where it went. */
static int add_region(angka_gazetteer *gaz, size_t *index, const char *code, const char *name,
                      angka_region_level level, const char *parent_code)
{
	if (gaz->n_regions == gaz->cap_regions) {
		size_t cap = gaz->cap_regions ? gaz->cap_regions * 2 : 1024;
		angka_region *grown = realloc(gaz->regions, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		gaz->regions = grown;
		gaz->cap_regions = cap;
	}
	angka_region *r = &gaz->regions[gaz->n_regions];
	r->code = code;
	r->name = name;
	r->level = level;
	r->parent_code = parent_code;
	*index = gaz->n_regions++;
	return ANGKA_OK;
}

/* Adds a key for name standing for regions[index]: ANGKA_EINVAL when the
 * name has no word character or is over MAX_KEY bytes. */
static int add_key(angka_gazetteer *gaz, const char *name, size_t index, enum key_kind kind,
                   size_t line)
{
	char norm[MAX_KEY];
	char exact[MAX_KEY];
	size_t n = strlen(name);
	if (make_key(norm, sizeof norm, name, n, false) == 0)
		return ANGKA_EINVAL;
	make_key(exact, sizeof exact, name, n, true);
	if (gaz->n_keys == gaz->cap_keys) {
		size_t cap = gaz->cap_keys ? gaz->cap_keys * 2 : 2048;
		gaz_key *grown = realloc(gaz->keys, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		gaz->keys = grown;
		gaz->cap_keys = cap;
	}
	gaz_key *k = &gaz->keys[gaz->n_keys];
	memset(k, 0, sizeof *k);
	k->norm = angka_strdup(norm);
	k->exact = kind == KEY_ABBREV ? angka_strdup(exact) : NULL;
	if (k->norm == NULL || (kind == KEY_ABBREV && k->exact == NULL)) {
		free(k->norm);
		free(k->exact);
		return ANGKA_ENOMEM;
	}
	k->region_index = index;
	k->order = gaz->n_keys;
	k->line = line;
	k->kind = kind;
	gaz->n_keys++;
	return ANGKA_OK;
}

static int key_error(int rc, const char *path, size_t line, const char *name, angka_error *err)
{
	if (rc == ANGKA_ENOMEM)
		return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory", path, line);
	return angka_error_set(err, ANGKA_ERULE, "%s:%zu: '%s' is empty or over %d bytes", path,
	                       line, name, MAX_KEY - 1);
}

static bool is_code(const char *s, size_t n)
{
	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '.')
			return false;
	return true;
}

static int region_row(load_ctx *ctx, char **field, size_t line, angka_error *err)
{
	angka_gazetteer *gaz = ctx->gaz;
	const char *code = field[0];
	const char *name = field[1];
	const char *parent = field[3];
	angka_region_level level;
	if (!is_code(code, strlen(code)))
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: bad code '%s'", ctx->path, line,
		                       code);
	if (name[0] == '\0')
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: empty name", ctx->path, line);
	if (!parse_level(&level, field[2]) || level == ANGKA_REGION_GROUPING)
		return angka_error_set(err, ANGKA_ERULE,
		                       "%s:%zu: unknown level '%s' (province, regency or city)",
		                       ctx->path, line, field[2]);
	if (level == ANGKA_REGION_PROVINCE && parent[0] != '\0')
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: a province has no parent_code",
		                       ctx->path, line);
	if (level != ANGKA_REGION_PROVINCE && parent[0] == '\0')
		return angka_error_set(err, ANGKA_ERULE,
		                       "%s:%zu: a regency or city needs a parent_code", ctx->path,
		                       line);
	size_t index;
	if (add_region(gaz, &index, code, name, level, parent[0] != '\0' ? parent : NULL) != 0)
		return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory", ctx->path, line);
	if (index == ctx->cap_region_line) {
		size_t cap = ctx->cap_region_line ? ctx->cap_region_line * 2 : 1024;
		size_t *grown = realloc(ctx->region_line, cap * sizeof *grown);
		if (grown == NULL)
			return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory",
			                       ctx->path, line);
		ctx->region_line = grown;
		ctx->cap_region_line = cap;
	}
	ctx->region_line[index] = line;
	return ANGKA_OK;
}

/* The name of a regency or city as the press writes it without its prefix:
 * "Kota Administrasi Jakarta Pusat" -> "Jakarta Pusat". */
static const char *strip_prefix(const char *name)
{
	static const char *const prefixes[] = {"Kabupaten Administrasi ", "Kota Administrasi ",
	                                       "Kabupaten ", "Kota "};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(name, prefixes[i], n) == 0 && name[n] != '\0')
			return name + n;
	}
	return name;
}

typedef struct coded_row {
	angka_region region;
	size_t line;
} coded_row;

static int coded_row_cmp(const void *a, const void *b)
{
	return region_code_cmp(&((const coded_row *)a)->region, &((const coded_row *)b)->region);
}

/* After regions.tsv: sorts the regions by code for by_code, refuses
 * duplicate codes and parents that are not provinces, and keys each region
 * by the name the press uses (a regency or city without its prefix).
 * Regions are sorted with their lines so errors can still name them. */
static int finish_regions(load_ctx *ctx, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_gazetteer *gaz = ctx->gaz;
	coded_row *rows = NULL;
	size_t n = gaz->n_regions;
	if (n == 0) {
		rc = angka_error_set(err, ANGKA_ERULE, "%s: no regions", ctx->path);
		goto cleanup;
	}
	rows = malloc(n * sizeof *rows);
	if (rows == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", ctx->path);
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++) {
		rows[i].region = gaz->regions[i];
		rows[i].line = ctx->region_line[i];
	}
	qsort(rows, n, sizeof *rows, coded_row_cmp);
	for (size_t i = 0; i < n; i++) {
		gaz->regions[i] = rows[i].region;
		if (i > 0 && strcmp(rows[i].region.code, rows[i - 1].region.code) == 0) {
			size_t a = rows[i - 1].line, b = rows[i].line;
			rc = angka_error_set(err, ANGKA_ERULE,
			                     "%s:%zu: code %s already on line %zu", ctx->path,
			                     a > b ? a : b, rows[i].region.code, a > b ? b : a);
			goto cleanup;
		}
	}
	gaz->n_coded = n;
	for (size_t i = 0; i < n; i++) {
		const angka_region *r = &gaz->regions[i];
		if (r->parent_code != NULL) {
			const angka_region *parent = angka_gazetteer_by_code(gaz, r->parent_code);
			if (parent == NULL || parent->level != ANGKA_REGION_PROVINCE) {
				rc = angka_error_set(err, ANGKA_ERULE,
				                     "%s:%zu: parent_code %s is not a province",
				                     ctx->path, rows[i].line, r->parent_code);
				goto cleanup;
			}
		}
		rc = add_key(gaz, strip_prefix(r->name), i, KEY_NAME, rows[i].line);
		if (rc != ANGKA_OK) {
			rc = key_error(rc, ctx->path, rows[i].line, r->name, err);
			goto cleanup;
		}
	}
cleanup:
	free(rows);
	return rc;
}

/* Checks each ';'-separated member code of a grouping. */
static int check_members(load_ctx *ctx, const char *codes, size_t line, angka_error *err)
{
	const char *p = codes;
	while (*p != '\0') {
		size_t n = strcspn(p, ";");
		char code[32];
		if (!is_code(p, n) || n >= sizeof code)
			return angka_error_set(err, ANGKA_ERULE, "%s:%zu: bad member code '%.*s'",
			                       ctx->path, line, (int)n, p);
		memcpy(code, p, n);
		code[n] = '\0';
		if (angka_gazetteer_by_code(ctx->gaz, code) == NULL)
			return angka_error_set(err, ANGKA_ERULE,
			                       "%s:%zu: member code %s is not in the regions file",
			                       ctx->path, line, code);
		p += n;
		if (*p == ';')
			p++;
	}
	return ANGKA_OK;
}

/* The grouping whose long name is long_name, created (named after its
 * first abbreviation) when this is its first row. */
static int grouping_index(load_ctx *ctx, size_t *index, const char *long_name, const char *abbr)
{
	for (size_t i = 0; i < ctx->n_groupings; i++) {
		if (strcmp(ctx->groupings[i].long_name, long_name) == 0) {
			*index = ctx->groupings[i].index;
			return ANGKA_OK;
		}
	}
	if (ctx->n_groupings == ctx->cap_groupings) {
		size_t cap = ctx->cap_groupings ? ctx->cap_groupings * 2 : 16;
		struct grouping *grown = realloc(ctx->groupings, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		ctx->groupings = grown;
		ctx->cap_groupings = cap;
	}
	if (add_region(ctx->gaz, index, NULL, abbr, ANGKA_REGION_GROUPING, NULL) != ANGKA_OK)
		return ANGKA_ENOMEM;
	ctx->groupings[ctx->n_groupings].long_name = long_name;
	ctx->groupings[ctx->n_groupings].index = *index;
	ctx->n_groupings++;
	return ANGKA_OK;
}

/* One row of the abbreviations file. A row for a province, regency or city
 * must agree with the regions file on name, level and parent: that catches
 * a mistyped code, which would otherwise silently point elsewhere. */
static int abbreviation_row(load_ctx *ctx, char **field, size_t line, angka_error *err)
{
	angka_gazetteer *gaz = ctx->gaz;
	const char *abbr = field[0];
	const char *name = field[1];
	const char *code = field[3];
	const char *parent = field[4];
	const char *note = field[5];
	angka_region_level level;
	size_t index;
	if (abbr[0] == '\0')
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: empty abbreviation", ctx->path,
		                       line);
	if (!parse_level(&level, field[2]))
		return angka_error_set(
		        err, ANGKA_ERULE,
		        "%s:%zu: unknown level '%s' (province, regency, city or grouping)",
		        ctx->path, line, field[2]);
	if (level == ANGKA_REGION_GROUPING) {
		if (parent[0] != '\0')
			return angka_error_set(err, ANGKA_ERULE,
			                       "%s:%zu: a grouping has no parent_code", ctx->path,
			                       line);
		int rc = check_members(ctx, code, line, err);
		if (rc != ANGKA_OK)
			return rc;
		if (grouping_index(ctx, &index, name, abbr) != ANGKA_OK)
			return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory",
			                       ctx->path, line);
	} else {
		const angka_region *r = angka_gazetteer_by_code(gaz, code);
		if (r == NULL)
			return angka_error_set(
			        err, ANGKA_ERULE,
			        "%s:%zu: code '%s' of '%s' is not in the regions file", ctx->path,
			        line, code, abbr);
		const char *r_parent = r->parent_code != NULL ? r->parent_code : "";
		if (r->level != level || strcmp(r->name, name) != 0 ||
		    strcmp(r_parent, parent) != 0)
			return angka_error_set(
			        err, ANGKA_ERULE,
			        "%s:%zu: code %s is the %s '%s' (parent '%s') in the "
			        "regions file, not the %s '%s' (parent '%s')",
			        ctx->path, line, code, level_name(r->level), r->name, r_parent,
			        level_name(level), name, parent);
		index = (size_t)(r - gaz->regions);
	}
	int rc = add_key(gaz, abbr, index, KEY_ABBREV, line);
	if (rc != ANGKA_OK)
		return key_error(rc, ctx->path, line, abbr, err);
	gaz_key *k = &gaz->keys[gaz->n_keys - 1];
	k->ambiguous = strncmp(note, "AMBIGUOUS", 9) == 0;
	k->prefix_only = strncmp(note, "PREFIX ONLY", 11) == 0;
	return ANGKA_OK;
}

/* Points the keys at their regions (which no longer move), sorts them, and
 * refuses an abbreviation listed for two regions unless both rows say
 * AMBIGUOUS: an unmarked duplicate is more likely a mistake than a choice. */
static int finish_keys(angka_gazetteer *gaz, const char *path, angka_error *err)
{
	for (size_t i = 0; i < gaz->n_keys; i++)
		gaz->keys[i].region = &gaz->regions[gaz->keys[i].region_index];
	qsort(gaz->keys, gaz->n_keys, sizeof *gaz->keys, key_cmp);
	for (size_t i = 0; i < gaz->n_keys; i++) {
		const gaz_key *a = &gaz->keys[i];
		if (a->kind != KEY_ABBREV)
			continue;
		for (size_t j = i + 1; j < gaz->n_keys && strcmp(gaz->keys[j].norm, a->norm) == 0;
		     j++) {
			const gaz_key *b = &gaz->keys[j];
			if (b->kind == KEY_ABBREV && strcmp(a->exact, b->exact) == 0 &&
			    a->region != b->region && !(a->ambiguous && b->ambiguous))
				return angka_error_set(err, ANGKA_ERULE,
				                       "%s:%zu: '%s' already stands for %s on line "
				                       "%zu; mark both rows AMBIGUOUS",
				                       path, b->line, b->exact, a->region->name,
				                       a->line);
		}
	}
	return ANGKA_OK;
}

int angka_gazetteer_load(angka_gazetteer **out, const char *regions_tsv,
                         const char *abbreviations_tsv, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_gazetteer *gaz = NULL;
	load_ctx ctx = {0};
	if (out == NULL || regions_tsv == NULL || abbreviations_tsv == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "gazetteer load: invalid argument");
	*out = NULL;
	gaz = calloc(1, sizeof *gaz);
	if (gaz == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "gazetteer load: out of memory");
		goto cleanup;
	}
	ctx.gaz = gaz;

	ctx.path = regions_tsv;
	rc = angka_read_file(&gaz->regions_text, NULL, regions_tsv, MAX_FILE_BYTES, err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = for_each_row(&ctx, gaz->regions_text, "code\tname\tlevel\tparent_code", 4, region_row,
	                  err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = finish_regions(&ctx, err);
	if (rc != ANGKA_OK)
		goto cleanup;

	size_t index;
	if (add_region(gaz, &index, NULL, "Indonesia", ANGKA_REGION_COUNTRY, NULL) != ANGKA_OK ||
	    add_key(gaz, "Indonesia", index, KEY_NAME, 0) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "gazetteer load: out of memory");
		goto cleanup;
	}

	ctx.path = abbreviations_tsv;
	rc = angka_read_file(&gaz->abbrev_text, NULL, abbreviations_tsv, MAX_FILE_BYTES, err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = for_each_row(&ctx, gaz->abbrev_text,
	                  "abbreviation\tname\tlevel\tcode\tparent_code\tnote", 6, abbreviation_row,
	                  err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = finish_keys(gaz, abbreviations_tsv, err);
	if (rc != ANGKA_OK)
		goto cleanup;

	*out = gaz;
	gaz = NULL;
cleanup:
	free(ctx.region_line);
	free(ctx.groupings);
	angka_gazetteer_free(gaz);
	return rc;
}

void angka_gazetteer_free(angka_gazetteer *gaz)
{
	if (gaz == NULL)
		return;
	for (size_t i = 0; i < gaz->n_keys; i++) {
		free(gaz->keys[i].norm);
		free(gaz->keys[i].exact);
	}
	free(gaz->keys);
	free(gaz->regions);
	free(gaz->regions_text);
	free(gaz->abbrev_text);
	free(gaz);
}
