/* The region gazetteer.
 *
 * Every name a region can be written with (canonical name, the name without
 * its "Kabupaten "/"Kota " prefix, press abbreviations) becomes a key:
 * lowercased, with spaces and hyphens dropped, so "Batang Hari" finds
 * "Kabupaten Batanghari" and "Tojo Una-Una" finds "Kabupaten Tojo Una Una".
 * The keys sit in one sorted array, found through a hash table of its runs
 * of equal keys (regions_internal.h); a key may stand for
 * several regions ("bekasi": the regency and the city), and resolve() picks
 * one by the prefix written in the text, the province in context and the
 * rule that a bare name means the province when one exists.
 *
 * Scanning a text tokenizes it into words on the fly, and at each word start
 * tries at most a couple of prefixes and MAX_NAME_WORDS name lengths, so the
 * work per byte is bounded and nothing is allocated except the mentions.
 *
 * Reading the TSV files into keys and regions is regions_load.c.
 */
#include <stdlib.h>
#include <string.h>

#include "normalize/regions_internal.h"

#define MAX_NAME_WORDS   6
#define MAX_PREFIX_WORDS 3
#define MAX_CHAIN        (MAX_PREFIX_WORDS + MAX_NAME_WORDS)
#define MAX_CANDIDATES   16

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
static bool word_char_beyond_ascii(const char *t, size_t i, size_t end, size_t *len)
{
	unsigned char c = (unsigned char)t[i];
	size_t n = 1;
	bool word;
	if (c >= 0xC0 && c < 0xE0) {
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

/* ASCII, most of the text, without a call: the gazetteer reads every
 * character of every sentence with it, and the call was most of the cost. */
static inline bool word_char_at(const char *t, size_t i, size_t end, size_t *len)
{
	unsigned char c = (unsigned char)t[i];
	if (c < 0x80) {
		*len = 1;
		return is_ascii_alnum(c);
	}
	return word_char_beyond_ascii(t, i, end, len);
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

static bool word_is(const char *t, const word *w, const char *lower);
static bool is_connector(const char *t, const word *w);

/* The words starting at the word [ws, we) that are joined by separators a
 * name may contain, at most max of them. In scan mode the chain also ends
 * at the first word past the longest prefix that can neither start nor
 * continue a name (lowercase, not "dan"): a scan's name_match stops there
 * whatever follows, and most words of a text are such words, so gathering
 * the whole chain at every capital was a tenth of extract's work. */
static size_t gather_chain(word *w, size_t max, const char *t, size_t ws, size_t we, size_t end,
                           bool scan)
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
		if (scan && k > MAX_PREFIX_WORDS && !is_ascii_upper((unsigned char)t[ws]) &&
		    !is_connector(t, &w[k - 1]))
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
	/* Compared as it is read, not measured first: most words differ at
	 * their first letter, and the gazetteer asks of every word that starts
	 * like a prefix whether it is each of them. */
	size_t n = w->end - w->start;
	for (size_t i = 0; i < n; i++)
		if (lower[i] == '\0' ||
		    to_lower((unsigned char)t[w->start + i]) != (unsigned char)lower[i])
			return false;
	return lower[n] == '\0';
}

/* Lowercase words that may sit inside a name: "Pangkajene dan Kepulauan". */
static bool is_connector(const char *t, const word *w)
{
	return word_is(t, w, "dan");
}

/* "Kep. Riau", "Kab. Kep. Meranti": "Kep." is how tables shorten
 * "Kepulauan" inside a name. */
static bool is_short_kepulauan(const char *t, const word *w)
{
	return w->sep_after == SEP_DOT && word_is(t, w, "kep");
}

/* ---- keys ----------------------------------------------------------- */

/* Writes the key of s[0, n) into out (lowercased unless exact, keeping only
 * word characters). Returns its length, or 0 when empty or too long. */
size_t gaz_make_key(char *out, size_t cap, const char *s, size_t n, bool exact)
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

/* The key and the exact form of words w[0, n) (n <= MAX_NAME_WORDS), unterminated:
 * those of w[0, i) end at key_end[i], and caps[i] says whether they hold no
 * lowercase letter (an ALL-CAPS dateline). Returns how many of the words
 * fit, MAX_KEY - 1 bytes at most. */
static size_t words_keys(char key[MAX_KEY], char exact[MAX_KEY], size_t key_end[], bool caps[],
                         const char *t, const word *w, size_t n)
{
	size_t k = 0;
	bool all_caps = true;
	key_end[0] = 0;
	caps[0] = true;
	for (size_t i = 0; i < n; i++) {
		bool lower = is_ascii_lower((unsigned char)t[w[i].end - 1]);
		const char *s = t + w[i].start;
		size_t len = w[i].end - w[i].start;
		if (is_short_kepulauan(t, &w[i])) {
			s = lower ? "Kepulauan" : "KEPULAUAN";
			len = 9;
		}
		for (size_t j = 0; j < len; j++) {
			unsigned char c = (unsigned char)s[j];
			if (k + 1 >= MAX_KEY)
				return i;
			if (is_ascii_lower(c))
				all_caps = false;
			exact[k] = (char)c;
			key[k] = (char)to_lower(c);
			k++;
		}
		key_end[i + 1] = k;
		caps[i + 1] = all_caps;
	}
	return n;
}

int gaz_key_cmp(const void *a, const void *b)
{
	const gaz_key *x = a;
	const gaz_key *y = b;
	int c = strcmp(x->norm, y->norm);
	if (c != 0)
		return c;
	return (x->order > y->order) - (x->order < y->order);
}

int gaz_region_code_cmp(const void *a, const void *b)
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

bool angka_region_within(const angka_region *a, const angka_region *b)
{
	return b->level == ANGKA_REGION_COUNTRY ||
	       (a->parent_code != NULL && b->code != NULL && strcmp(a->parent_code, b->code) == 0);
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
	size_t head = gaz_key_head(key);
	if (!(gaz->key_heads[head / 64] & (uint64_t)1 << (head % 64)))
		return NULL;
	size_t slot = gaz_key_slot(gaz, key);
	while (gaz->key_runs[slot].n != 0 &&
	       strcmp(gaz->keys[gaz->key_runs[slot].first].norm, key) != 0)
		slot = (slot + 1) & gaz->key_run_mask;
	if (gaz->key_runs[slot].n == 0)
		return NULL;
	const gaz_key *lo = gaz->keys + gaz->key_runs[slot].first;
	const gaz_key *hi = lo + gaz->key_runs[slot].n;

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
	bool whole; /* only before a name that is all its capitalised words */
} prefix;

/* Longest first, so "Pemerintah Kota" wins over nothing and "Kota
 * Administrasi" over "Kota". */
static const prefix PREFIXES[] = {
        {{"pemerintah", "kabupaten"}, false, ANGKA_REGION_REGENCY, false},
        {{"pemerintah", "kota"}, false, ANGKA_REGION_CITY, false},
        {{"pemerintah", "provinsi"}, false, ANGKA_REGION_PROVINCE, false},
        {{"kabupaten", "administrasi"}, false, ANGKA_REGION_REGENCY, false},
        {{"kota", "administrasi"}, false, ANGKA_REGION_CITY, false},
        {{"kabupaten", NULL}, false, ANGKA_REGION_REGENCY, false},
        {{"kab", NULL}, true, ANGKA_REGION_REGENCY, false},
        {{"pemkab", NULL}, false, ANGKA_REGION_REGENCY, false},
        {{"kota", NULL}, false, ANGKA_REGION_CITY, false},
        {{"kotamadya", NULL}, false, ANGKA_REGION_CITY, false},
        {{"pemkot", NULL}, false, ANGKA_REGION_CITY, false},
        {{"pemko", NULL}, false, ANGKA_REGION_CITY, false}, /* Aceh's usage: "Pemko Banda Aceh" */
        {{"provinsi", NULL}, false, ANGKA_REGION_PROVINCE, false},
        {{"propinsi", NULL}, false, ANGKA_REGION_PROVINCE, false}, /* old spelling */
        {{"prov", NULL}, true, ANGKA_REGION_PROVINCE, false},
        {{"pemprov", NULL}, false, ANGKA_REGION_PROVINCE, false},
        /* A branch office sits in the city of its name ("Cabang Malang",
         * "Kantor Cabang BPJS Ketenagakerjaan Jayapura"), one named after a
         * district too may not ("Cabang Bandung Bojongsoang"). */
        {{"cabang", "bpjs", "ketenagakerjaan"}, false, ANGKA_REGION_CITY, true},
        {{"cabang", "bpjamsostek", NULL}, false, ANGKA_REGION_CITY, true},
        {{"cabang", NULL}, false, ANGKA_REGION_CITY, true},
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
                       size_t k, bool scan, bool has_prefix, int level, const char *province_code,
                       bool whole)
{
	size_t run = 0;
	while (run < k && run < MAX_NAME_WORDS) {
		bool capital = is_ascii_upper((unsigned char)t[w[run].start]);
		if (scan && !capital && !(run > 0 && is_connector(t, &w[run])))
			break;
		run++;
		if (w[run - 1].sep_after != SEP_SPACE && !is_short_kepulauan(t, &w[run - 1]))
			break;
	}
	if (!scan && run != k)
		return false;
	/* The keys of w[0, n) for n = run..1 are prefixes of one another: one
	 * pass writes the longest, each shorter one ends where its words do. */
	char key[MAX_KEY];
	char exact[MAX_KEY];
	size_t key_end[MAX_NAME_WORDS + 1];
	bool caps[MAX_NAME_WORDS + 1];
	size_t fits = words_keys(key, exact, key_end, caps, t, w, run);
	/* "Cabang Bogor Kota", "Cabang Medan Kota": the branch of the city X. */
	size_t least = whole && run >= 2 && word_is(t, &w[run - 1], "kota") ? run - 1 : run;
	for (size_t n = run; n > 0 && (!whole || n >= least); n--) {
		if (n > 1 && is_connector(t, &w[n - 1]))
			continue;
		if (n > fits || key_end[n] == 0)
			continue;
		key[key_end[n]] = exact[key_end[n]] = '\0';
		bool ambiguous;
		const angka_region *r = resolve(gaz, key, exact, caps[n], has_prefix, level,
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
                        size_t k, bool scan, bool titled, const char *province_code)
{
	bool found = false;
	/* Every prefix starts with a c, k or p (as may_start_mention knows). */
	unsigned char head = to_lower((unsigned char)t[w[0].start]);
	size_t n_prefixes = head == 'c' || head == 'k' || head == 'p'
	                            ? sizeof PREFIXES / sizeof PREFIXES[0]
	                            : 0;
	for (size_t i = 0; i < n_prefixes; i++) {
		size_t pl = prefix_len(t, w, k, &PREFIXES[i]);
		if (pl == 0)
			continue;
		match m;
		if (name_match(&m, gaz, t, w + pl, k - pl, scan, true, (int)PREFIXES[i].level,
		               province_code, PREFIXES[i].whole && !titled)) {
			m.words += pl;
			if (!found || m.words > out->words) {
				*out = m;
				found = true;
			}
		}
	}
	match m;
	if (name_match(&m, gaz, t, w, k, scan, false, -1, province_code, false) &&
	    (!found || m.words > out->words)) {
		*out = m;
		found = true;
	}
	return found;
}

/* Whether the word [ws, we) can start a mention: a capital, or the first
 * word of a prefix ("kabupaten", "kota", "provinsi", "pemkab"...); a scan's
 * name never starts with another lowercase word. */
static bool may_start_mention(const char *t, size_t ws, size_t we)
{
	unsigned char c = (unsigned char)t[ws];
	if (is_ascii_upper(c))
		return true;
	if (c != 'c' && c != 'k' && c != 'p')
		return false;
	word w = {ws, we, SEP_NONE};
	for (size_t i = 0; i < sizeof PREFIXES / sizeof PREFIXES[0]; i++)
		if (word_is(t, &w, PREFIXES[i].words[0]))
			return true;
	return false;
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

/* Is text[start, end) written in title case ("BPJS Ketenagakerjaan Cabang
 * Jambi Bayar Klaim Rp312 Miliar"): six words or more, four in five of
 * them capitalised? There a capital starts every word, so it does not say
 * where a name ends: "Cabang Jambi" is the branch, whatever follows. */
static bool title_case(const char *t, size_t start, size_t end)
{
	size_t words = 0, capitals = 0;
	for (size_t i = start; i < end; i++) {
		if (!is_ascii_alnum((unsigned char)t[i]) || (i > start && t[i - 1] != ' '))
			continue;
		words++;
		capitals += is_ascii_upper((unsigned char)t[i]) || (t[i] >= '0' && t[i] <= '9');
	}
	return words >= 6 && capitals * 5 >= words * 4;
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
	bool titled = title_case(text, pos, end);
	while (next_word(text, pos, end, &ws, &we)) {
		word chain[MAX_CHAIN];
		size_t k = 0;
		match m;
		/* most words are lowercase and start no prefix: skip the look-ahead */
		if (may_start_mention(text, ws, we))
			k = gather_chain(chain, MAX_CHAIN, text, ws, we, end, true);
		if (k == 0 || !chain_match(&m, gaz, text, chain, k, true, titled, province_code) ||
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
		grown[*n] = (angka_region_mention){.start = ws,
		                                   .end = chain[m.words - 1].end,
		                                   .region = m.region,
		                                   .ambiguous = m.ambiguous};
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
	size_t k = gather_chain(chain, MAX_CHAIN, name, ws, we, len, false);
	if (chain[k - 1].end != len)
		return NULL;
	match m;
	if (!chain_match(&m, gaz, name, chain, k, false, false, province_code))
		return NULL;
	return m.region;
}

const angka_region *angka_gazetteer_by_code(const angka_gazetteer *gaz, const char *code)
{
	if (gaz == NULL || code == NULL)
		return NULL;
	return bsearch(code, gaz->regions, gaz->n_coded, sizeof *gaz->regions, code_probe_cmp);
}
