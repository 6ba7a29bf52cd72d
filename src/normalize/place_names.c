/* Which region a bare name means ("Bima", "Bekasi": a regency and a city
 * of one name): the one the article names explicitly elsewhere, or, in a
 * list that names the city "Kota X", the regency. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"

/* The name of a regency or city without its "Kabupaten "/"Kota " prefix. */
static const char *bare_name(const angka_region *r)
{
	if (strncmp(r->name, "Kabupaten ", 10) == 0)
		return r->name + 10;
	if (strncmp(r->name, "Kota ", 5) == 0)
		return r->name + 5;
	return r->name;
}

/* A mention in prefer_explicit_places: its bare name and where it is. */
typedef struct named_place {
	const char *bare;
	angka_region_mention *mention;
	size_t sentence, index;
} named_place;

static int compare_named_place(const void *pa, const void *pb)
{
	const named_place *a = pa, *b = pb;
	int by_name = strcmp(a->bare, b->bare);
	if (by_name != 0)
		return by_name;
	if (a->sentence != b->sentence)
		return a->sentence < b->sentence ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static bool named_before(const named_place *a, const named_place *b)
{
	return a->sentence < b->sentence || (a->sentence == b->sentence && a->index < b->index);
}

/* A regency or city named without a doubt; a branch office ("Cabang
 * Blitar") is placed in its city by convention, which says nothing of what
 * the bare name means elsewhere in the article. */
static bool is_explicit_place(const char *text, const angka_region_mention *m)
{
	return !m->ambiguous &&
	       (m->region->level == ANGKA_REGION_REGENCY ||
	        m->region->level == ANGKA_REGION_CITY) &&
	       strncasecmp(text + m->start, "cabang ", 7) != 0;
}

/* Is the line at holds an item of a list or a row of a table ("- Bima
 * 19,88 persen", "9 | Bima | 39.870")? */
static bool in_item_line(const char *text, size_t at)
{
	size_t line = at;
	while (line > 0 && text[line - 1] != '\n')
		line--;
	if (text[line] == '-' || text[line] == '*' || isdigit((unsigned char)text[line]))
		return true;
	for (size_t i = line; text[i] != '\0' && text[i] != '\n'; i++)
		if (text[i] == '|')
			return true;
	return false;
}

/* "- Kota Bima 41,05 persen" ... "- Bima 19,88 persen": in one list, the
 * bare name beside its city named "Kota" is the other place, the regency.
 * The city so listed among places[first, last), or NULL. */
static const angka_region *listed_city(const char *text, const named_place *places, size_t first,
                                       size_t last)
{
	for (size_t p = first; p < last; p++) {
		const angka_region_mention *m = places[p].mention;
		if (!m->ambiguous && m->region->level == ANGKA_REGION_CITY &&
		    strncasecmp(text + m->start, "kota ", 5) == 0 && in_item_line(text, m->start))
			return m->region;
	}
	return NULL;
}

/* A bare name that is both a regency and a city ("Semarang", "Bekasi") is
 * the one the article names explicitly elsewhere ("Kota Semarang"): the
 * first such mention in text order whose region is not the guess, where a
 * name resolved earlier in the text counts as explicit from then on.
 *
 * Mentions sorted by bare name, then text order: each name's explicit
 * mentions are summed up by the first two regions they name (the only ones
 * a guess can be sent to), so the whole is O(m log m), not O(m^2). */
int norm_prefer_explicit_places(const char *text, sentence_context *sc, size_t n)
{
	size_t total = 0, k = 0;
	bool any_ambiguous = false;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			any_ambiguous |= sc[s].regions[i].ambiguous;
			total++;
		}
	if (!any_ambiguous)
		return ANGKA_OK;
	named_place *places = malloc(total * sizeof *places);
	if (places == NULL)
		return ANGKA_ENOMEM;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			angka_region_mention *m = &sc[s].regions[i];
			if (m->ambiguous || is_explicit_place(text, m))
				places[k++] = (named_place){bare_name(m->region), m, s, i};
		}
	qsort(places, k, sizeof *places, compare_named_place);
	for (size_t first = 0, last; first < k; first = last) {
		last = first + 1;
		while (last < k && strcmp(places[last].bare, places[first].bare) == 0)
			last++;
		/* The first region named explicitly, and the first other one. */
		const named_place *one = NULL, *other = NULL;
		const angka_region *city = listed_city(text, places, first, last);
		for (size_t p = first; p < last && other == NULL; p++) {
			if (!is_explicit_place(text, places[p].mention))
				continue;
			if (one == NULL)
				one = &places[p];
			else if (places[p].mention->region != one->mention->region)
				other = &places[p];
		}
		for (size_t p = first; p < last && one != NULL; p++) {
			named_place *guess = &places[p];
			angka_region_mention *m = guess->mention;
			if (!m->ambiguous)
				continue;
			const named_place *to = one->mention->region != m->region ? one : other;
			if (to == NULL ||
			    (to->mention->region == city && in_item_line(text, m->start)))
				continue;
			m->region = to->mention->region;
			m->ambiguous = false;
			/* It now counts as an explicit mention where it stands. */
			if (named_before(guess, one)) {
				if (one->mention->region != m->region)
					other = one;
				one = guess;
			} else if (m->region != one->mention->region &&
			           (other == NULL || named_before(guess, other))) {
				other = guess;
			}
		}
	}
	free(places);
	return ANGKA_OK;
}
