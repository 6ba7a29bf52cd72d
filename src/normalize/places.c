/* The places an article names, the ones a figure may speak of, and the
 * one each figure speaks of. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"
#include "number/number_read.h"

bool norm_joined_in_list(const char *text, size_t end, size_t start)
{
	size_t i = end;
	if (start < i || start - i > 8)
		return false;
	char between[16];
	size_t len = 0;
	for (; i < start && len < sizeof between - 1; i++)
		if (text[i] != ' ')
			between[len++] = text[i];
	between[len] = '\0';
	return strcmp(between, ",") == 0 || strcmp(between, "dan") == 0 ||
	       strcmp(between, ",dan") == 0 || strcmp(between, "serta") == 0 ||
	       strcmp(between, "maupun") == 0 || strcmp(between, ",maupun") == 0 ||
	       strcmp(between, "&") == 0 || strcmp(between, "/") == 0;
}

/* "Nusa Tenggara Barat (NTB)": mention i restates mention i - 1 in
 * parentheses, one place named twice. */
static bool restates(const char *text, const sentence_context *sc, size_t i)
{
	const angka_region_mention *a = &sc->regions[i - 1], *b = &sc->regions[i];
	return a->region == b->region && b->start == a->end + 2 &&
	       strncmp(text + a->end, " (", 2) == 0 && text[b->end] == ')';
}

/* Are mentions i - 1 and i joined in a list, "A, B" or "A (a), B"? */
static bool joined(const char *text, const sentence_context *sc, size_t i)
{
	if (restates(text, sc, i))
		return true;
	size_t end = sc->regions[i - 1].end;
	if (i >= 2 && restates(text, sc, i - 1))
		end++;
	return norm_joined_in_list(text, end, sc->regions[i].start);
}

/* The coordinated list of mentions that ends with mention k: [*first, k]. */
size_t norm_list_start(const char *text, const sentence_context *sc, size_t k)
{
	size_t first = k;
	while (first > 0 && joined(text, sc, first))
		first--;
	return first;
}

/* ---- the place a figure speaks of ---------------------------------------- */

/* The end of a place's link ("di", "untuk", "bagi", "pada") that opens
 * text[i..], or i when none does. */
static size_t skip_link(const char *text, size_t i)
{
	static const char *const links[] = {"di", "untuk", "bagi", "pada", NULL};
	size_t w = i;
	while (isalpha((unsigned char)text[w]))
		w++;
	return w > i && text[w] == ' ' && angka_word_is_one_of(text + i, w - i, links) ? w + 1 : i;
}

/* Past a few words that say what a count is ("aktif", "yang masih aktif",
 * "BPJS Ketenagakerjaan") to where a base ("dari") or a place's link ("di")
 * may follow; not past either. */
static size_t skip_qualifiers(const char *text, size_t i)
{
	/* "248.306 peserta dan di Nganjuk 141.732 peserta": a conjunction
	 * before a link opens another place's clause */
	static const char *const conjunctions[] = {"dan", "serta", "sedangkan", "sementara", NULL};
	for (int words = 0; words < 4; words++) {
		size_t w = i;
		while (isalpha((unsigned char)text[i]))
			i++;
		if (i == w || text[i] != ' ' || skip_link(text, w) > w ||
		    (i - w == 4 && strncasecmp(text + w, "dari", 4) == 0) ||
		    (angka_word_is_one_of(text + w, i - w, conjunctions) &&
		     skip_link(text, i + 1) > i + 1))
			return w;
		i++;
	}
	return i;
}

/* "dari 19,8 juta pekerja ": the base a count is out of, which the place
 * named after it ("... pekerja di Jawa Barat") also applies to. Returns
 * where the text after the base starts, or i when there is none. */
static size_t skip_base(const char *text, size_t i)
{
	size_t j = i;
	if (strncasecmp(text + j, "dari ", 5) != 0)
		return i;
	j += 5;
	static const char *const fillers[] = {"total ", "potensi ", "sekitar ", NULL};
	for (size_t f = 0; fillers[f]; f++)
		if (strncasecmp(text + j, fillers[f], strlen(fillers[f])) == 0)
			j += strlen(fillers[f]);
	angka_number number;
	if (angka_number_parse(&number, text + j, strlen(text + j) < 64 ? strlen(text + j) : 64) !=
	    ANGKA_OK)
		return i;
	j += number.consumed;
	while (text[j] == ' ')
		j++;
	size_t after = norm_skip_phrase(text, j, norm_worker_nouns);
	return after > j ? after : i;
}

/* A region named right after the value ("32,73% di Provinsi Aceh",
 * "25.000 pekerja di Kota Bekasi", "peserta aktif di wilayah Aceh", "peserta
 * aktif dari 19,8 juta pekerja di Jawa Barat"): index or -1. */
size_t norm_place_after_value(const char *text, size_t end)
{
	size_t i = end;
	while (text[i] == ' ')
		i++;
	i = norm_skip_phrase(text, i, norm_worker_nouns);
	i = skip_base(text, skip_qualifiers(text, i));
	size_t linked = skip_link(text, i);
	if (linked == i)
		return SIZE_MAX;
	return norm_skip_phrase(text, linked, norm_area_words);
}

static long mention_after(const char *text, const sentence_context *sc, size_t end)
{
	size_t at = norm_place_after_value(text, end);
	for (size_t k = 0; at != SIZE_MAX && k < sc->n_regions; k++)
		if (sc->regions[k].start == at)
			return (long)k;
	return -1;
}

/* A place a figure can speak of: not a dateline, venue or gloss, not the
 * scope of a ranking, and, named after the figure (after), not what it is
 * compared with ("11,2 persen, jauh di bawah rata-rata NTB"). The ith of the
 * sentence's mentions; first is the index of the first that is none of the
 * former (a place named before a ranking may be what ranks: "Badung
 * memiliki coverage tertinggi di Bali"). */
static bool speaks_of(const char *text, const angka_sentence *sentence, const sentence_context *sc,
                      size_t i, size_t first, bool after)
{
	const angka_region_mention *m = &sc->regions[i];
	return m->ignored == NULL && !(after && m->compared) &&
	       !norm_is_scope(text, sentence->start, m, i > first);
}

/* The index of the sentence's first mention no dateline, venue or gloss. */
static size_t first_place(const sentence_context *sc)
{
	size_t i = 0;
	while (i < sc->n_regions && sc->regions[i].ignored != NULL)
		i++;
	return i;
}

/* "BPJS Ketenagakerjaan Kantor Cabang Tarakan membayarkan manfaat sebesar
 * Rp148,6 miliar kepada peserta dan ahli waris di wilayah Kalimantan
 * Utara": a branch office is who reports; the province of its city, said
 * after the value with "di" and before any turn, is where the figure is.
 * The index of that mention, or -1. */
static long where_branch_paid(const char *text, const angka_sentence *sentence,
                              const sentence_context *sc, long branch, size_t first, size_t end)
{
	const angka_region_mention *b = &sc->regions[branch];
	/* "Cabang Merauke": a branch named after a regency's town, with no
	 * city of that name, is a mention of the regency after "Cabang". */
	bool branch_office = strncasecmp(text + b->start, "cabang ", 7) == 0 ||
	                     (b->start >= 7 && strncasecmp(text + b->start - 7, "cabang ", 7) == 0);
	if (!branch_office || b->region->parent_code == NULL)
		return -1;
	for (size_t i = 0; i < sc->n_regions; i++) {
		const angka_region_mention *m = &sc->regions[i];
		if (m->start < end || m->region->code == NULL ||
		    norm_contrast_between(text, end, m->start) ||
		    strcmp(m->region->code, b->region->parent_code) != 0 ||
		    !speaks_of(text, sentence, sc, i, first, true))
			continue;
		size_t at = m->start;
		for (size_t w = 0; norm_area_words[w]; w++) {
			size_t len = strlen(norm_area_words[w]);
			if (at >= len &&
			    strncasecmp(text + at - len, norm_area_words[w], len) == 0) {
				at -= len;
				break;
			}
		}
		if (at >= 3 && strncasecmp(text + at - 3, "di ", 3) == 0)
			return (long)i;
	}
	return -1;
}

/* The mention a figure at [start, end) speaks of: one named right after
 * it; else the nearest one before it in its clause or list item (the hit's
 * scope), else the first after it there; else the nearest one before it in
 * the sentence, else the first after it. Returns its index or -1. */
long norm_nearest_mention(const article_state *st, const angka_sentence *sentence,
                          const sentence_context *sc, const angka_hit *hit, const char **from)
{
	const char *text = st->article->text;
	size_t start = hit->value_start, end = hit->value_end, first = first_place(sc);
	/* "46,2% atau 465.940 pekerja di Kalimantan Tengah": what the match
	 * says of the place after its last value holds for all its values. */
	long after = mention_after(text, sc, end);
	if (after < 0 && hit->match_end > end)
		after = mention_after(text, sc, hit->match_end);
	*from = "named right after the value";
	if (after >= 0 && sc->regions[after].ignored == NULL && !sc->regions[after].compared)
		return after;
	if (hit->scope_end > hit->scope_start) {
		*from = "named before the value in its clause";
		long before = -1;
		for (size_t i = 0; i < sc->n_regions; i++)
			if (sc->regions[i].start >= hit->scope_start &&
			    sc->regions[i].end <= start &&
			    speaks_of(text, sentence, sc, i, first, false))
				before = (long)i;
		if (before >= 0) {
			long where = where_branch_paid(text, sentence, sc, before, first, end);
			if (where >= 0) {
				*from = "named after the value in its clause, where the branch "
				        "before it serves";
				return where;
			}
			return before;
		}
		*from = "named after the value in its clause";
		for (size_t i = 0; i < sc->n_regions; i++)
			if (sc->regions[i].start >= end && sc->regions[i].end <= hit->scope_end &&
			    speaks_of(text, sentence, sc, i, first, true))
				return (long)i;
	}
	*from = "named before the value in the sentence";
	long before = -1;
	for (size_t i = 0; i < sc->n_regions; i++)
		if (sc->regions[i].end <= start && speaks_of(text, sentence, sc, i, first, false))
			before = (long)i;
	if (before >= 0)
		return before;
	/* Not past a turn: "Angka itu naik dari 24,9 persen pada akhir 2024,
	 * namun masih di bawah rata-rata nasional" speaks of its own place. */
	*from = "named later in the sentence";
	for (size_t i = 0; i < sc->n_regions; i++)
		if (sc->regions[i].start >= end && speaks_of(text, sentence, sc, i, first, true))
			return norm_contrast_between(text, end, sc->regions[i].start) ? -1
			                                                              : (long)i;
	return -1;
}

/* How often each region is named in the article: (region, count) sorted by
 * the region's address, looked up by bsearch. Counting once per article
 * keeps "the place named most" O(m log m) in the article's m mentions; a
 * recount per mention was quadratic, and per bare "Pemprov" cubic. */
typedef struct region_count {
	const angka_region *region;
	size_t count;
} region_count;

typedef struct region_counts {
	region_count *items;
	size_t n;
} region_counts;

static int compare_region_count(const void *pa, const void *pb)
{
	uintptr_t a = (uintptr_t)((const region_count *)pa)->region;
	uintptr_t b = (uintptr_t)((const region_count *)pb)->region;
	return a < b ? -1 : a > b;
}

/* Count the mentions of sc[0, n) a figure may speak of. */
static int count_regions(region_counts *out, const sentence_context *sc, size_t n)
{
	size_t total = 0, kept = 0;
	for (size_t s = 0; s < n; s++)
		total += sc[s].n_regions;
	out->items = malloc((total ? total : 1) * sizeof *out->items);
	out->n = 0;
	if (out->items == NULL)
		return ANGKA_ENOMEM;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].ignored == NULL && !sc[s].regions[i].pointed)
				out->items[kept++] = (region_count){sc[s].regions[i].region, 1};
	if (kept > 1)
		qsort(out->items, kept, sizeof *out->items, compare_region_count);
	for (size_t i = 0; i < kept; i++) {
		if (out->n > 0 && out->items[out->n - 1].region == out->items[i].region)
			out->items[out->n - 1].count++;
		else
			out->items[out->n++] = out->items[i];
	}
	return ANGKA_OK;
}

static size_t count_of(const region_counts *counts, const angka_region *region)
{
	region_count probe = {region, 0};
	const region_count *found = counts->n ? bsearch(&probe, counts->items, counts->n,
	                                                sizeof *counts->items, compare_region_count)
	                                      : NULL;
	return found ? found->count : 0;
}

/* Is this dateline place the capital (a "capital" row of places.tsv)? */
static bool is_capital(const angka_normalizer *norm, const char *place)
{
	const char *value = angka_lexicon_lookup(norm->places, place, strlen(place));
	return value && strcmp(value, "capital") == 0;
}

/* The grouping of the regional office the lead (the sentence that opens on
 * the dateline) reports for: one named right after an office's name, the
 * only place of that sentence; or NULL. */
static const angka_region *lead_office(const char *text, const sentence_context *sc, size_t n)
{
	static const char *const offices[] = {"Ketenagakerjaan ", "BPJamsostek ", "BPJAMSOSTEK ",
	                                      "Kantor Wilayah ",  "Kanwil ",      NULL};
	for (size_t s = 0; s < n; s++) {
		bool lead = false;
		for (size_t i = 0; i < sc[s].n_regions && !lead; i++)
			lead = sc[s].regions[i].ignored &&
			       strcmp(sc[s].regions[i].ignored, "the dateline") == 0;
		if (!lead)
			continue;
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region_mention *m = &sc[s].regions[i];
			if (m->ignored && strcmp(m->ignored, "the dateline") == 0)
				continue;
			if (m->region->level != ANGKA_REGION_GROUPING)
				return NULL; /* another place first: the lead is about more */
			bool office = false;
			for (size_t o = 0; offices[o] && !office; o++) {
				size_t len = strlen(offices[o]);
				office = m->start >= len &&
				         strncmp(text + m->start - len, offices[o], len) == 0;
			}
			/* "Kanwil ... Sumbagsel mencatat cakupan ... di Provinsi
			 * Sumatera Selatan": the office reports for the place it
			 * names; "Kanwil ... Sumbagut menyebut ... di Sumatera Utara
			 * dan Aceh": for the provinces of its area, together. */
			const angka_region *other = NULL;
			size_t provinces = 0;
			bool one_place = false;
			for (size_t j = i + 1; office && j < sc[s].n_regions; j++) {
				const angka_region *r = sc[s].regions[j].region;
				if (sc[s].regions[j].ignored || r == m->region || r == other)
					continue;
				provinces += r->level == ANGKA_REGION_PROVINCE;
				one_place |= r->level != ANGKA_REGION_PROVINCE;
				other = r;
			}
			if (other && (one_place || provinces < 2))
				office = false;
			return office ? m->region : NULL;
		}
		return NULL;
	}
	return NULL;
}

/* The grouping that is the only place the lead paragraph names (that of
 * the dateline, else the first to name a place), or NULL: "RMOLSUMSEL.
 * Tingkat kepesertaan ... di wilayah Sumatera Bagian Selatan (Sumbagsel)
 * dinilai masih jauh dari harapan" is the regional office's story, however
 * often its provinces are named below. */
static const angka_region *lead_grouping(const angka_sentence *sentences,
                                         const sentence_context *sc, size_t n)
{
	size_t lead = SIZE_MAX;
	for (size_t s = 0; s < n && lead == SIZE_MAX; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].ignored &&
			    strcmp(sc[s].regions[i].ignored, "the dateline") == 0)
				lead = sentences[s].paragraph;
	for (size_t s = 0; s < n && lead == SIZE_MAX; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].ignored == NULL)
				lead = sentences[s].paragraph;
	const angka_region *only = NULL;
	for (size_t s = 0; s < n; s++) {
		if (sentences[s].paragraph != lead)
			continue;
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region_mention *m = &sc[s].regions[i];
			if (m->ignored && !m->speaker)
				continue;
			if (m->region->level != ANGKA_REGION_GROUPING ||
			    (only && only != m->region))
				return NULL;
			only = m->region;
		}
	}
	return only;
}

/* Places of one rank, neither in the other: two provinces, or two of
 * regencies and cities ("Papua Tengah, Pemkab ..." is no list). */
static bool peers(const angka_region *a, const angka_region *b)
{
	bool a_local = a->level == ANGKA_REGION_REGENCY || a->level == ANGKA_REGION_CITY;
	bool b_local = b->level == ANGKA_REGION_REGENCY || b->level == ANGKA_REGION_CITY;
	return a != b &&
	       (a_local ? b_local
	                : a->level == ANGKA_REGION_PROVINCE && b->level == ANGKA_REGION_PROVINCE);
}

/* Where a title's clause that names place i states no number and a later
 * clause names a place and states one ("Nelayan Bintan Ikut Terlindungi,
 * Klaim BPJS Ketenagakerjaan di Kepri Tembus Rp1 Triliun"), the later
 * place, whose figure the headline gives; NULL otherwise. */
static const angka_region *counted_in_title(const char *text, const angka_sentence *title,
                                            const sentence_context *sc, size_t i)
{
	size_t at = sc->regions[i].end;
	while (at < title->end && text[at] != ',')
		if (isdigit((unsigned char)text[at++]))
			return NULL;
	for (size_t j = i + 1; j < sc->n_regions; j++) {
		if (sc->regions[j].start < at || sc->regions[j].ignored)
			continue;
		size_t end = sc->regions[j].end;
		while (end < title->end && text[end] != ',')
			if (isdigit((unsigned char)text[end++]))
				return sc->regions[j].region;
	}
	return NULL;
}

/* The place the article speaks of where a sentence names none. named: the
 * article's mentions a figure may speak of, counted. */
static const angka_region *article_region(const angka_normalizer *norm,
                                          const angka_article *article, const sentence_context *sc,
                                          const angka_sentence *sentences, size_t n,
                                          const region_counts *named, bool *titled)
{
	/* The title's first region, a grouping too ("Kanwil Kalimantan Bayar
	 * Klaim ..., Kaltim Tertinggi UCJ" is the regional office's story), or
	 * the one of its clause that gives the headline's number;
	 * not the first of a list ("di Riau, Sumbar dan Kepri Tembus 2,4
	 * Juta" is the story of the three together, told below). */
	*titled = true;
	if (article->n_paragraphs > 0 && article->paragraphs[0].kind == ANGKA_BLOCK_HEADING) {
		for (size_t s = 0; s < n && sentences[s].paragraph == 0; s++)
			for (size_t i = 0; i < sc[s].n_regions; i++) {
				if (sc[s].regions[i].ignored != NULL || sc[s].regions[i].ranked)
					continue;
				size_t next = i + 1;
				while (next < sc[s].n_regions &&
				       sc[s].regions[next].region == sc[s].regions[i].region &&
				       joined(article->text, &sc[s], next))
					next++;
				if (next < sc[s].n_regions && joined(article->text, &sc[s], next) &&
				    peers(sc[s].regions[i].region, sc[s].regions[next].region))
					goto untitled;
				const angka_region *counted =
				        counted_in_title(article->text, &sentences[s], &sc[s], i);
				return counted ? counted : sc[s].regions[i].region;
			}
	}
untitled:
	*titled = false;
	/* "FAJAR.CO.ID, MAKASSAR — Kantor Wilayah BPJS Ketenagakerjaan Sulawesi
	 * Maluku membukukan ...": the regional office a lead reports for is the
	 * story's place, where no headline named one (annotation guideline 9: a
	 * Kanwil's figures are its grouping's; a branch's go to its city or its
	 * province, which the lead alone does not tell). */
	const angka_region *office = lead_office(article->text, sc, n);
	if (office == NULL)
		office = lead_grouping(sentences, sc, n);
	if (office)
		return office;
	/* The place named most often (of two named as often, the one named
	 * first: the lead names what the story is about, "Cabang Pekanbaru Kota
	 * ..." before "... di wilayah Riau"; groupings, the country and the
	 * dateline never are: the dateline is where the reporter files from). */
	const angka_region *best = NULL;
	size_t best_count = 0;
	bool tied = false;
	for (size_t s = 0; s < n; s++) {
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region *r = sc[s].regions[i].region;
			/* An ambiguous name ("Mura") waits for the article's place to
			 * resolve it; it cannot decide that place itself. */
			if (r->level == ANGKA_REGION_GROUPING || r->level == ANGKA_REGION_COUNTRY ||
			    sc[s].regions[i].ambiguous || sc[s].regions[i].ignored)
				continue;
			size_t count = count_of(named, r);
			if (count == 0)
				continue; /* only pointed back at ("kabupaten itu") */
			bool better = count > best_count;
			if (better) {
				tied = false;
				best = r;
				best_count = count;
			} else if (count == best_count && r != best && r->level == best->level) {
				tied = true;
			}
		}
	}
	/* A table of every province names none most: the story is wider. */
	if (best && !tied)
		return best;
	/* A regional office's story names its grouping ("Kanwil Kalimantan"). */
	best = NULL;
	best_count = 0;
	for (size_t s = 0; s < n; s++) {
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region *r = sc[s].regions[i].region;
			if (r->level != ANGKA_REGION_GROUPING || sc[s].regions[i].ignored)
				continue;
			size_t count = count_of(named, r);
			if (count > best_count) {
				best = r;
				best_count = count;
			}
		}
	}
	if (best)
		return best;
	/* The office whose head speaks, where the article names no other place:
	 * "Kepala Kanwil BPJS Ketenagakerjaan Kalimantan, ..., mengatakan
	 * jumlah peserta aktif ..." reports the office's own figures, whatever
	 * town the reporter files from. */
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].speaker)
				return sc[s].regions[i].region;
	/* A national story ("secara nasional") names no other place. */
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].region->level == ANGKA_REGION_COUNTRY &&
			    sc[s].regions[i].ignored == NULL)
				return sc[s].regions[i].region;
	/* The province of the dateline's place ("SAMARINDA, ..." speaks of
	 * Kalimantan Timur unless it says otherwise); the capital's dateline is
	 * where national bodies file from, so a story that names no place of
	 * its own from there speaks of the country. */
	if (article->dateline_place && is_capital(norm, article->dateline_place))
		return angka_gazetteer_lookup(norm->gazetteer, "Indonesia", 9, NULL);
	if (article->dateline_place) {
		const angka_region *r =
		        angka_gazetteer_lookup(norm->gazetteer, article->dateline_place,
		                               strlen(article->dateline_place), NULL);
		if (r && r->level != ANGKA_REGION_PROVINCE && r->parent_code)
			r = angka_gazetteer_by_code(norm->gazetteer, r->parent_code);
		if (r)
			return r;
	}
	return NULL;
}

/* The region of a level the article names most often, or NULL; counts: all
 * the article's mentions. Ties go to the region named first. */
static const angka_region *most_named(const sentence_context *sc, size_t n,
                                      angka_region_level level, const region_counts *counts)
{
	const angka_region *best = NULL;
	size_t best_count = 0;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region *r = sc[s].regions[i].region;
			if (r->level != level)
				continue;
			size_t count = count_of(counts, r);
			if (count > best_count) {
				best = r;
				best_count = count;
			}
		}
	return best;
}

/* Merge the implicit mentions (in text order, not overlapping one another)
 * into the sentence's named ones (the same), leaving out those that overlap
 * a named place: "Pemkab Kendal" is a named place already. In one pass: an
 * insertion each was quadratic in a sentence of bare "Pemkab"s. */
static int merge_mentions(sentence_context *sc, const angka_region_mention *implicit,
                          size_t n_implicit)
{
	const angka_region_mention *named = sc->regions;
	size_t n_named = sc->n_regions, j = 0, k = 0;
	angka_region_mention *merged = malloc((n_named + n_implicit) * sizeof *merged);
	if (merged == NULL)
		return ANGKA_ENOMEM;
	for (size_t h = 0; h < n_implicit; h++) {
		const angka_region_mention *m = &implicit[h];
		/* After every named place that starts where it does or before. */
		while (j < n_named && named[j].start <= m->start)
			merged[k++] = named[j++];
		bool overlaps = (j > 0 && named[j - 1].end > m->start) ||
		                (j < n_named && named[j].start < m->end);
		if (!overlaps)
			merged[k++] = *m;
	}
	while (j < n_named)
		merged[k++] = named[j++];
	free(sc->regions);
	sc->regions = merged;
	sc->n_regions = k;
	return ANGKA_OK;
}

/* The regency or city of that level named as the dateline's place
 * ("SORONG, RADARSORONG.ID - Pemerintah kota ..." files from Kota Sorong),
 * or NULL. */
static const angka_region *dateline_at_level(const angka_normalizer *norm,
                                             const angka_article *article, angka_region_level level)
{
	if (article->dateline_place == NULL || is_capital(norm, article->dateline_place))
		return NULL;
	char name[128];
	int len = snprintf(name, sizeof name, "%s %s",
	                   level == ANGKA_REGION_CITY ? "Kota" : "Kabupaten",
	                   article->dateline_place);
	if (len <= 0 || (size_t)len >= sizeof name)
		return NULL;
	const angka_region *r = angka_gazetteer_lookup(norm->gazetteer, name, (size_t)len, NULL);
	return r && r->level == level ? r : NULL;
}

/* Does the mention at text[start] open its sentence or line? */
static bool opens_sentence(const char *text, size_t start)
{
	size_t i = start;
	while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"'))
		i--;
	return i == 0 || text[i - 1] == '\n' || text[i - 1] == '.' || text[i - 1] == '!' ||
	       text[i - 1] == '?';
}

/* "secara nasional" is a mention of Indonesia; a bare "Pemkab" one of the
 * regency the article names most ("Pemkab Kendal" is a named place the
 * gazetteer found, and stays as it is). The place named most is the same
 * before and after the bare mentions are added (each adds to its count), so
 * it is found once per level. */
static int add_implicit_places(const angka_normalizer *norm, const angka_article *article,
                               sentence_context *sc, size_t n, const place_words *words)
{
	const angka_region *country = angka_gazetteer_lookup(norm->gazetteer, "Indonesia", 9, NULL);
	static const struct {
		const char *name;
		angka_region_level level;
	} levels[] = {{"province", ANGKA_REGION_PROVINCE},
	              {"regency", ANGKA_REGION_REGENCY},
	              {"city", ANGKA_REGION_CITY}};
	const angka_region *most[sizeof levels / sizeof levels[0]] = {NULL};
	region_counts counts = {NULL, 0};
	angka_region_mention *implicit = NULL;
	int rc = count_regions(&counts, sc, n);
	for (size_t l = 0; rc == ANGKA_OK && l < sizeof levels / sizeof levels[0]; l++)
		most[l] = most_named(sc, n, levels[l].level, &counts);
	/* A bare "Pemkot" in a story that names no city is the city the
	 * reporter files from, when the dateline names one. */
	for (size_t l = 1; rc == ANGKA_OK && l < sizeof levels / sizeof levels[0]; l++)
		if (most[l] == NULL)
			most[l] = dateline_at_level(norm, article, levels[l].level);
	/* "di provinsi ini" in a story that names only its city: the city's. */
	if (most[0] == NULL && (most[2] || most[1])) {
		const angka_region *local = most[2] ? most[2] : most[1];
		if (most[1] && most[2] && count_of(&counts, most[1]) > count_of(&counts, most[2]))
			local = most[1];
		most[0] = angka_gazetteer_by_code(norm->gazetteer, local->parent_code);
	}
	/* The last place of each level named so far: what "kabupaten itu"
	 * points back at. */
	const angka_region *last[sizeof levels / sizeof levels[0]] = {NULL};
	size_t last_in[sizeof levels / sizeof levels[0]] = {0};
	/* ... and whether its sentence named it alone of its level, and
	 * opened on it (its topic: "Papua Barat Daya: provinsi baru.") */
	bool alone[sizeof levels / sizeof levels[0]] = {false};
	bool opens[sizeof levels / sizeof levels[0]] = {false};
	const angka_region *last_any = NULL; /* what "di sana" points back at */
	/* what "di tiga provinsi ini" points back at: the group they make */
	const angka_region *last_grouping = NULL;
	for (size_t s = 0; rc == ANGKA_OK && s < n; s++) {
		const angka_lexicon_hit *hits = words[s].hits;
		size_t n_hits = words[s].n, n_implicit = 0, seen = 0;
		if (n_hits > 0 && (implicit = malloc(n_hits * sizeof *implicit)) == NULL)
			rc = ANGKA_ENOMEM;
		for (size_t h = 0; rc == ANGKA_OK && h <= n_hits; h++) {
			size_t upto = h < n_hits ? hits[h].start : (size_t)-1;
			for (; seen < sc[s].n_regions && sc[s].regions[seen].start < upto; seen++) {
				if (sc[s].regions[seen].region->level == ANGKA_REGION_GROUPING)
					last_grouping = sc[s].regions[seen].region;
				for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++)
					if (!sc[s].regions[seen].ambiguous &&
					    sc[s].regions[seen].region->level == levels[l].level) {
						alone[l] = last_in[l] != s + 1 ||
						           (alone[l] &&
						            last[l] == sc[s].regions[seen].region);
						if (last_in[l] != s + 1)
							opens[l] = opens_sentence(
							        article->text,
							        sc[s].regions[seen].start);
						last[l] = sc[s].regions[seen].region;
						last_in[l] = s + 1;
						last_any = last[l];
					}
			}
			if (h == n_hits)
				break;
			const angka_region *region = NULL;
			bool pointed = strncmp(hits[h].value, "that-", 5) == 0;
			if (strcmp(hits[h].value, "venue") == 0 ||
			    strcmp(hits[h].value, "speech") == 0 ||
			    strcmp(hits[h].value, "none") == 0)
				continue;
			if (strcmp(hits[h].value, "country") == 0) {
				region = country;
			} else if (strcmp(hits[h].value, "that-place") == 0) {
				region = last_any;
			} else if (strcmp(hits[h].value, "that-grouping") == 0) {
				region = last_grouping;
			} else {
				for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++) {
					/* "Di Kolaka Utara, lanjutnya, Pemkab sudah ...": a bare
					 * "Pemkab" after a regency its sentence names is that
					 * regency's, and a bare "Pemkab" or "Pemprov" after the
					 * place the sentence just before opened on alone
					 * ("Sukoharjo: klaim capaian dipertanyakan" ¶ "Pemkab
					 * mengumumkan ...") is that place's; else the one the
					 * story names most. */
					if (strcmp(hits[h].value, levels[l].name) == 0)
						region =
						        (l > 0 && last_in[l] == s + 1) ||
						                        (last_in[l] == s && s > 0 &&
						                         alone[l] && opens[l])
						                ? last[l]
						                : most[l];
					else if (strncmp(hits[h].value, "that-", 5) == 0 &&
					         strcmp(hits[h].value + 5, levels[l].name) == 0)
						region = last[l] ? last[l] : most[l];
				}
			}
			if (region)
				implicit[n_implicit++] =
				        (angka_region_mention){.start = hits[h].start,
				                               .end = hits[h].end,
				                               .region = region,
				                               .pointed = pointed};
		}
		if (rc == ANGKA_OK && n_implicit > 0)
			rc = merge_mentions(&sc[s], implicit, n_implicit);
		free(implicit);
		implicit = NULL;
	}
	free(counts.items);
	return rc;
}

static const char *province_of(const angka_region *region)
{
	if (region == NULL)
		return NULL;
	if (region->level == ANGKA_REGION_PROVINCE)
		return region->code;
	return region->parent_code;
}

/* A sentence's mentions as the first pass found them, and whether any was
 * a guess that the province found by that pass may settle otherwise. */
typedef struct first_mentions {
	angka_region_mention *mentions;
	size_t n;
	bool guessed;
} first_mentions;

/* Two passes: the regions of the first (the title's, or the one named
 * most) decide the province that resolves ambiguous names everywhere. */
/* A malloc'd copy of mentions[0..n) (n > 0), or NULL: out of memory. */
static angka_region_mention *copy_mentions(const angka_region_mention *mentions, size_t n)
{
	angka_region_mention *copy = malloc(n * sizeof *copy);
	if (copy)
		memcpy(copy, mentions, n * sizeof *copy);
	return copy;
}

/* The places the gazetteer finds in a sentence into sc (regions NULL).
 * Those found without a province are the same for every domain that
 * shares the gazetteer: the memo hands them on (see gazetteer_key). */
static int find_regions(sentence_context *sc, const angka_normalizer *norm,
                        angka_sentence_memo *memo, const char *text, const angka_sentence *sentence,
                        const char *province, angka_error *err)
{
	const char *key = province ? NULL : norm->gazetteer_key;
	int rc = key ? angka_sentence_memo_copy((void **)&sc->regions, &sc->n_regions, memo, key,
	                                        sentence->start, sentence->end, sizeof *sc->regions)
	             : ANGKA_ENOTFOUND;
	if (rc == ANGKA_ENOMEM)
		return angka_error_set(err, rc, "out of memory finding places");
	if (rc == ANGKA_OK)
		return rc;
	rc = angka_gazetteer_find(&sc->regions, &sc->n_regions, norm->gazetteer, text,
	                          sentence->start, sentence->end, province, err);
	if (rc == ANGKA_OK && key)
		(void)angka_sentence_memo_put(memo, key, sentence->start, sentence->end,
		                              sc->regions, sc->n_regions, sizeof *sc->regions);
	return rc;
}

int norm_find_places(article_state *st, sentence_context *sc, angka_error *err)
{
	const angka_normalizer *norm = st->norm;
	const angka_article *article = st->article;
	const angka_sentence *sentences = st->sentences;
	size_t n = st->n_sentences;
	const char *province = NULL;
	int ret = ANGKA_OK;
	place_words *words = calloc(n ? n : 1, sizeof *words);
	first_mentions *first = calloc(n ? n : 1, sizeof *first);
	if (words == NULL || first == NULL) {
		free(words);
		free(first);
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory finding places",
		                       article->source);
	}
	for (size_t s = 0; s < n; s++)
		if (angka_lexicon_find(&words[s].hits, &words[s].n, norm->places, article->text,
		                       sentences[s].start, sentences[s].end) != ANGKA_OK ||
		    norm_add_epithets(&words[s], article->text, sentences[s].start,
		                      sentences[s].end) != ANGKA_OK) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory finding places",
			                      article->source);
			goto cleanup;
		}
	for (int pass = 0; pass < 2; pass++) {
		for (size_t s = 0; s < n; s++) {
			free(sc[s].regions);
			sc[s].regions = NULL;
			sc[s].n_regions = 0;
			/* The second pass differs only where the first guessed (see
			 * angka_gazetteer_find): elsewhere the first pass's mentions,
			 * kept before the steps below changed them, stand. */
			if (pass == 1 && !first[s].guessed) {
				if (first[s].n > 0 &&
				    (sc[s].regions = copy_mentions(first[s].mentions,
				                                   first[s].n)) == NULL) {
					ret = angka_error_set(err, ANGKA_ENOMEM,
					                      "%s: out of memory finding places",
					                      article->source);
					goto cleanup;
				}
				sc[s].n_regions = first[s].n;
				continue;
			}
			ret = find_regions(&sc[s], norm, st->memo, article->text, &sentences[s],
			                   province, err);
			if (ret != ANGKA_OK)
				goto cleanup;
			if (pass == 0 && sc[s].n_regions > 0) {
				first[s].mentions = copy_mentions(sc[s].regions, sc[s].n_regions);
				if (first[s].mentions == NULL) {
					ret = angka_error_set(err, ANGKA_ENOMEM,
					                      "%s: out of memory finding places",
					                      article->source);
					goto cleanup;
				}
				first[s].n = sc[s].n_regions;
				for (size_t i = 0; i < sc[s].n_regions; i++)
					first[s].guessed |= sc[s].regions[i].ambiguous;
			}
		}
		region_counts named = {NULL, 0};
		/* The places named only as a venue or a dateline are no place a
		 * bare "pemerintah provinsi" stands for: marked before those are
		 * added, and the added ones marked after. */
		bool ok = norm_prefer_explicit_places(article->text, sc, n) == ANGKA_OK;
		if (ok) {
			norm_mark_mentions(article, sentences, sc, n, words);
			ok = add_implicit_places(norm, article, sc, n, words) == ANGKA_OK;
		}
		if (!ok) {
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory finding places",
			                      article->source);
			goto cleanup;
		}
		norm_mark_mentions(article, sentences, sc, n, words);
		if (count_regions(&named, sc, n) != ANGKA_OK) {
			free(named.items);
			ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory finding places",
			                      article->source);
			goto cleanup;
		}
		st->default_region =
		        article_region(norm, article, sc, sentences, n, &named, &st->titled);
		st->from_capital =
		        article->dateline_place && is_capital(norm, article->dateline_place);
		free(named.items);
		const char *found = province_of(st->default_region);
		if (found == NULL || (province && strcmp(found, province) == 0))
			break;
		province = found;
	}
cleanup:
	for (size_t s = 0; s < n; s++) {
		free(words[s].hits);
		free(first[s].mentions);
	}
	free(words);
	free(first);
	return ret;
}
