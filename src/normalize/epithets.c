/* Places named by what they are, not their name: "kabupaten penghasil
 * nikel itu", "ibu kota provinsi tersebut", pointing back at a place named
 * before. */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"

/* Appends h to (*a)[0, *n) of *cap; false, with *a freed, when out of
 * memory. */
static bool push_hit(angka_lexicon_hit **a, size_t *n, size_t *cap, angka_lexicon_hit h)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		angka_lexicon_hit *grown = realloc(*a, *cap * sizeof *grown);
		if (grown == NULL) {
			free(*a);
			*a = NULL;
			return false;
		}
		*a = grown;
	}
	(*a)[(*n)++] = h;
	return true;
}

/* The words that point back at a place named before ("kabupaten itu"). */
static const char *const pointers[] = {"itu", "tersebut", "ini", NULL};

/* "ibu kota Provinsi Maluku itu": the capital of a province named, pointed
 * back at, is the last city named (the province inside it is no place of
 * a figure: mentions.c). Where the phrase that starts at text[i] ends, or
 * 0. */
static size_t capital_pointed_back(const char *text, size_t i, size_t end)
{
	size_t p;
	if (i + 9 < end && strncasecmp(text + i, "ibu kota ", 9) == 0)
		p = i + 9;
	else if (i + 8 < end && strncasecmp(text + i, "ibukota ", 8) == 0)
		p = i + 8;
	else
		return 0;
	/* a name: up to five words that start with a capital letter */
	for (int words = 0; words < 5; words++) {
		if (p >= end || !(text[p] >= 'A' && text[p] <= 'Z'))
			return 0;
		while (p < end && text[p] != ' ')
			p++;
		if (p >= end)
			return 0;
		size_t w0 = ++p, w1 = w0;
		while (w1 < end && text[w1] >= 'a' && text[w1] <= 'z')
			w1++;
		if (w1 > w0 && angka_word_is_one_of(text + w0, w1 - w0, pointers))
			return words > 0 ? w1 : 0;
	}
	return 0;
}

/* "kabupaten penghasil nikel itu": where the epithet that starts at text[i]
 * ends, with *value the level it points back at, or 0. */
static size_t epithet_at(const char *text, size_t i, size_t end, const char **value)
{
	static const struct {
		const char *word, *value;
		size_t len;
	} levels[] = {{"kabupaten ", "that-regency", 10},
	              {"kota ", "that-city", 5},
	              {"provinsi ", "that-province", 9}};
	static const char *const not_epithets[] = {
	        "lain", "yang", "dan",  "di",    "ke",    "dari",  "se",   "dengan", "lainnya",
	        "baru", "saat", "masa", "waktu", "tahun", "bulan", "hari", "kali",   NULL};
	for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++) {
		size_t len = levels[l].len;
		if (i + len >= end || (char)(text[i + 1] | 0x20) != levels[l].word[1] ||
		    strncasecmp(text + i, levels[l].word, len) != 0)
			continue;
		size_t w0 = i + len, w1 = w0;
		while (w1 < end && text[w1] >= 'a' && text[w1] <= 'z')
			w1++;
		if (w1 == w0 || w1 >= end || text[w1] != ' ' ||
		    angka_word_is_one_of(text + w0, w1 - w0, not_epithets))
			continue;
		/* up to two words; "kabupaten berjuluk Pamahanunusa itu": a by-name
		 * of up to four words, written as a name */
		static const char *const naming[] = {"berjuluk", "berjulukan", "dijuluki", NULL};
		bool named = angka_word_is_one_of(text + w0, w1 - w0, naming);
		size_t p0 = w1 + 1, p1 = p0;
		for (int words = 1;; words++) {
			while (p1 < end && (islower((unsigned char)text[p1]) ||
			                    (named && (isalpha((unsigned char)text[p1]) ||
			                               strchr("\"'-", text[p1]) != NULL))))
				p1++;
			if (p1 == p0 || angka_word_is_one_of(text + p0, p1 - p0, pointers) ||
			    words == (named ? 5 : 4) || p1 >= end || text[p1] != ' ' ||
			    angka_word_is_one_of(text + p0, p1 - p0, not_epithets))
				break;
			p0 = ++p1;
		}
		/* "kabupaten paling luas di DIY itu", "kabupaten paling barat
		 * pesisir selatan Jawa Tengah ini": the place it lies in, named
		 * before the word that points back, qualifies it */
		bool in = p1 - p0 == 2 && strncmp(text + p0, "di", 2) == 0 && p1 < end &&
		          text[p1] == ' ';
		if (in || (p1 == p0 && p0 > w1 + 1 && isupper((unsigned char)text[p0]))) {
			size_t q = in ? p1 + 1 : p0;
			for (int words = 0; words < 3 && q < end && isupper((unsigned char)text[q]);
			     words++) {
				size_t e = q;
				while (e < end && isalpha((unsigned char)text[e]))
					e++;
				if (e >= end || text[e] != ' ')
					break;
				size_t w = e + 1, we = w;
				while (we < end && islower((unsigned char)text[we]))
					we++;
				if (angka_word_is_one_of(text + w, we - w, pointers)) {
					p0 = w;
					p1 = we;
					break;
				}
				q = w;
			}
		}
		if (!angka_word_is_one_of(text + p0, p1 - p0, pointers))
			continue;
		*value = levels[l].value;
		return p1;
	}
	return 0;
}

/* "di kabupaten bahari itu", "kota pelabuhan tersebut", "kabupaten
 * penghasil nikel itu": a level, one or two words that describe it, and a
 * word that points back are the last place of that
 * level named, as "kabupaten itu" is (places.tsv lists those); added to the
 * sentence's place words in text order, with the capitals pointed back at. */
int norm_add_epithets(place_words *w, const char *text, size_t start, size_t end)
{
	angka_lexicon_hit *merged = NULL;
	size_t n = 0, cap = 0, at = 0; /* w->hits[0, at) are merged or start before i */
	bool any = false;
	for (size_t i = start, next; i < end; i = next) {
		const char *space = memchr(text + i, ' ', end - i);
		next = space ? (size_t)(space - text) + 1 : end;
		char c = (char)(text[i] | 0x20);
		const char *value = "that-city";
		size_t p1 = c == 'i'               ? capital_pointed_back(text, i, end)
		            : c == 'k' || c == 'p' ? epithet_at(text, i, end, &value)
		                                   : 0;
		if (p1 == 0)
			continue;
		/* the lexicon's hits before it go first; none may overlap it */
		bool taken = n > 0 && merged[n - 1].end > i;
		for (; !taken && at < w->n && w->hits[at].start < p1; at++) {
			taken = w->hits[at].end > i;
			if (!push_hit(&merged, &n, &cap, w->hits[at]))
				return ANGKA_ENOMEM;
		}
		if (taken)
			continue;
		if (!push_hit(&merged, &n, &cap, (angka_lexicon_hit){i, p1, value}))
			return ANGKA_ENOMEM;
		any = true;
		next = p1;
	}
	if (!any) {
		free(merged);
		return ANGKA_OK;
	}
	size_t rest = w->n - at;
	angka_lexicon_hit *all = realloc(merged, (n + rest ? n + rest : 1) * sizeof *all);
	if (all == NULL) {
		free(merged);
		return ANGKA_ENOMEM;
	}
	if (rest > 0)
		memcpy(all + n, w->hits + at, rest * sizeof *all);
	free(w->hits);
	w->hits = all;
	w->n = n + rest;
	return ANGKA_OK;
}
