/* Binding a hit: its values, and for each the place, segment, programme
 * and period it speaks of, as figures. */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"
#include "number/number_read.h"
#include "util/buf.h"

static void drop(article_state *st, const angka_hit *hit, const char *reason)
{
	if (st->trace && st->trace->dropped)
		st->trace->dropped(hit, reason, st->trace->ctx);
}

const char *const norm_worker_nouns[] = {"pekerja ",  "tenaga kerja ", "angkatan kerja ", "buruh ",
                                         "karyawan ", "pegawai ",      "peserta ",        "orang ",
                                         "jiwa ",     "warga ",        "tenaga ",         NULL};

/* Within the range the domain declares for the metric; people come whole. */
static bool value_is_plausible(const angka_normalizer *norm, const char *metric, double value)
{
	const angka_metric *m = angka_domain_metric(norm->dom, metric);
	if (m == NULL)
		return false;
	if (value < m->min || value > m->max)
		return false;
	return strcmp(m->unit, "persons") != 0 || floor(value) == value;
}

/* "41,56 juta peserta" in a provincial story: more than any province holds. */
static bool above_national(const angka_normalizer *norm, const char *metric, double value)
{
	const angka_metric *m = angka_domain_metric(norm->dom, metric);
	return m != NULL && value > m->national_above;
}

bool norm_states_national_count(const article_state *st, const angka_hit *hits, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		angka_hit_value values[16];
		size_t n_values =
		        angka_normalize_hit_values(values, 16, st->article->text, &hits[i]);
		/* A count no place can hold ("JKP sebanyak 75,5 Juta", an amount
		 * without "Rp") is no figure, not the country's. */
		for (size_t v = 0; v < n_values; v++)
			if (above_national(st->norm, hits[i].metric, values[v].number.value) &&
			    value_is_plausible(st->norm, hits[i].metric, values[v].number.value))
				return true;
	}
	return false;
}

bool norm_metric_is(const angka_normalizer *norm, const char *metric, unsigned role)
{
	const angka_metric *m = angka_domain_metric(norm->dom, metric);
	return m != NULL && (m->roles & role) != 0;
}

/* An approximation word right before the value ("sekitar 46,2 persen",
 * "lebih dari 1 juta") or "lebih" right after it ("10 persen lebih"). */
static bool is_approx(const char *text, const sentence_context *sc, size_t start, size_t end)
{
	for (size_t i = 0; i < sc->n_approx; i++) {
		const angka_lexicon_hit *a = &sc->approx[i];
		bool before = strcmp(a->value, "after") != 0; /* before, above, below */
		if (before && a->end <= start) {
			size_t gap = a->end;
			while (gap < start && text[gap] == ' ')
				gap++;
			if (gap == start)
				return true;
		} else if (!before && a->start >= end) {
			size_t gap = end;
			while (gap < a->start && text[gap] == ' ')
				gap++;
			if (gap == a->start)
				return true;
		}
	}
	return false;
}

/* Past the first of phrases (NULL-terminated) that text[i..] starts with,
 * without regard to case; i itself when none does. */
size_t norm_skip_phrase(const char *text, size_t i, const char *const *phrases)
{
	for (size_t p = 0; phrases[p]; p++) {
		size_t len = strlen(phrases[p]);
		if (strncasecmp(text + i, phrases[p], len) == 0)
			return i + len;
	}
	return i;
}

/* Does the sentence say "masing-masing" or "masing masing" (each has its
 * own)? Asked only of a value for several places: it reads the whole
 * sentence. */
static bool says_each(const char *text, const angka_sentence *sentence)
{
	for (size_t i = sentence->start; i + 13 <= sentence->end; i++)
		if ((text[i] | 0x20) == 'm' && strncasecmp(text + i, "masing", 6) == 0 &&
		    (text[i + 6] == '-' || text[i + 6] == ' ') &&
		    strncasecmp(text + i + 7, "masing", 6) == 0)
			return true;
	return false;
}

/* "• Cakupan segmen PU ...: 37,6 persen" ¶ "• Target akhir 2025: 1.000.000
 * peserta": a list's item goes on with the group of the item before only
 * where it measures what that one did, an item of a breakdown ("- 27.406
 * pemangku" ¶ "- 8.962 serati banten"). */
static bool follows_alike(const article_state *st, const char *metric)
{
	return st->out->n > st->first_figure &&
	       strcmp(st->out->items[st->out->n - 1].metric, metric) == 0;
}

/* Is the sentence a table's total row ("| | Total | 129.399 | 442.350 |"):
 * its first cell with letters says "Total" or "Jumlah"? A table flattened
 * to a line a row ("Jasa Konstruksi 17.247" ¶ "Total 311.668") has its
 * total on a line of the word and numbers alone. */
static bool is_total_row(const char *text, const angka_sentence *sentence)
{
	static const char *const totals[] = {"total", "jumlah", "grand total", "total keseluruhan",
	                                     NULL};
	if (memchr(text + sentence->start, '|', sentence->end - sentence->start) == NULL) {
		size_t word = sentence->start;
		while (word < sentence->end && isalpha((unsigned char)text[word]))
			word++;
		if (!angka_word_is_one_of(text + sentence->start, word - sentence->start, totals))
			return false;
		for (size_t i = word; i < sentence->end; i++)
			if (isalpha((unsigned char)text[i]))
				return false;
		return true;
	}
	for (size_t i = sentence->start; i < sentence->end;) {
		while (i < sentence->end &&
		       (text[i] == '|' || text[i] == ' ' || isdigit((unsigned char)text[i])))
			i++;
		size_t cell = i;
		while (i < sentence->end && text[i] != '|')
			i++;
		size_t e = i;
		while (e > cell && text[e - 1] == ' ')
			e--;
		if (e > cell)
			return angka_word_is_one_of(text + cell, e - cell, totals);
	}
	return false;
}

/* The total of rows of provinces is the area of the regional office
 * ("Sumbagteng", "Sulawesi Maluku") the article named before them, as a
 * place or as the speaker's office; NULL when the row above names no
 * province or the article no such area (rows of regencies add up to
 * their province, the article's place). */
static const angka_region *rows_grouping(const article_state *st, const angka_sentence *sentence)
{
	size_t s = (size_t)(sentence - st->sentences);
	if (s == 0)
		return NULL;
	const sentence_context *above = &st->contexts[s - 1];
	bool provinces = false;
	for (size_t i = 0; i < above->n_regions && !provinces; i++)
		provinces = !above->regions[i].ignored &&
		            above->regions[i].region->level == ANGKA_REGION_PROVINCE;
	while (provinces && s-- > 0) {
		const sentence_context *c = &st->contexts[s];
		for (size_t i = c->n_regions; i-- > 0;) {
			const angka_region_mention *m = &c->regions[i];
			if (m->region->level == ANGKA_REGION_GROUPING &&
			    (!m->ignored || m->speaker))
				return m->region;
		}
	}
	return NULL;
}

/* "- Lima kabupaten lainnya: 44.390 peserta", "Lain-lain | 12.300": a list
 * item or table row whose label is the rest of the places together, no
 * place of its own. */
static bool is_rest_item(const char *text, const angka_sentence *sentence)
{
	static const char *const rest[] = {"lainnya", "lain-lain", "sisanya", NULL};
	size_t i = sentence->start, end = sentence->end;
	while (i < end && (text[i] == '-' || text[i] == '*' || text[i] == ' ' || text[i] == '|'))
		i++;
	size_t label = i;
	while (i < end && text[i] != ':' && text[i] != '|' && !isdigit((unsigned char)text[i]))
		i++;
	if (i == end || isdigit((unsigned char)text[i]))
		return false;
	for (size_t w = label; w < i;) {
		size_t e = w;
		while (e < i && text[e] != ' ')
			e++;
		if (angka_word_is_one_of(text + w, e - w, rest))
			return true;
		w = e + 1;
	}
	return false;
}

/* The words that turn to a contrast. */
const char *const norm_contrasts[] = {"sementara", "sedangkan", "namun", "tetapi",
                                      "tapi",      "adapun",    NULL};

size_t norm_last_contrast(const char *text, size_t from, size_t to)
{
	size_t found = 0;
	for (size_t i = from; i < to; i++) {
		if (i > from && text[i - 1] != ' ' && text[i - 1] != ',')
			continue;
		size_t len = 0;
		while (i + len < to && text[i + len] >= 'a' && text[i + len] <= 'z')
			len++;
		if (len > 0 && angka_word_is_one_of(text + i, len, norm_contrasts))
			found = i + len;
		i += len;
	}
	return found;
}

bool norm_contrast_between(const char *text, size_t from, size_t to)
{
	return norm_last_contrast(text, from, to) > 0;
}

/* Is r among a[0, n)? */
static bool listed(const angka_region *const *a, size_t n, const angka_region *r)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] == r)
			return true;
	return false;
}

/* A benefit paid as a scholarship is a scholarship; a "scholarship" amount
 * paid under another programme is a benefit (the domain's `programme`
 * declarations). */
static const char *metric_for_programme(const angka_normalizer *norm, const char *metric,
                                        const char *programme)
{
	return angka_domain_paid_as(norm->dom, metric, programme);
}

static bool pays_out(const angka_normalizer *norm, const char *metric)
{
	return norm_metric_is(norm, metric, ANGKA_METRIC_PAID);
}

/* A rule's unit ("cases" for claims) applies to what it counts, not to the
 * amounts or percentages the same rule also yields. */
static const char *unit_for(const angka_normalizer *norm, const angka_hit *hit)
{
	const angka_metric *m = angka_domain_metric(norm->dom, hit->metric);
	const char *unit = m ? m->unit : "persons";
	if (hit->unit && strcmp(unit, "persons") == 0)
		return hit->unit;
	const char *rule_unit = angka_rule_unit(hit->rule);
	if (rule_unit && strcmp(unit, "persons") == 0)
		return rule_unit;
	return unit;
}

/* One figure: value of hit in region; its period the one listed for it
 * (NULL: the one its sentence or article gives). */
static int bind_value(article_state *st, const angka_hit *hit, const angka_sentence *sentence,
                      const sentence_context *sc, const angka_region *region,
                      const char *region_from, const angka_hit_value *value,
                      const angka_period *listed)
{
	const char *text = st->article->text;
	size_t start = value->start, end = value->end;
	const angka_number *number = &value->number;
	bool paid = pays_out(st->norm, hit->metric);
	const char *programme =
	        paid ? norm_programme_paid_under(st, hit, sentence, sc, start, end) : NULL;
	const char *metric = metric_for_programme(st->norm, hit->metric, programme);
	/* "peserta program JHT sebanyak 120.000": the members of one programme
	 * the domain declares no figure of ("programme JHT participants -"). */
	const char *only = paid ? NULL : norm_single_programme(sc, hit);
	const char *as = only ? metric_for_programme(st->norm, hit->metric, only) : NULL;
	if (as && strcmp(as, "-") == 0) {
		drop(st, hit, "a count of one programme's members, not of the scheme's");
		return ANGKA_OK;
	}
	const char *segment = norm_segment_for(st->norm, text, hit, sc, start, end);
	if (segment == NULL && hit->anchor_end > hit->anchor_start)
		segment = norm_anchor_segment(st, hit);
	/* "Jumlah ini sangat kecil karena hanya 6,48 persen": a sentence that
	 * goes on from the one before speaks of its segment, also when a segment
	 * it names binds to none of its values ("Angka itu menandai 150 persen
	 * coverage, ... karena menyasar pekerja rentan"). What a noun points
	 * back at is a figure, of the segment of the sentence that gave it: who
	 * a sentence without figures says a group is made of is not what was
	 * measured ("... 158 ribu pekerja yang belum terlindungi. Kebanyakan
	 * pekerja mandiri, ... . Capaian itu masih di bawah target 45 persen"),
	 * but "Sebagian besar peserta merupakan PU. Jumlahnya 33.907 orang"
	 * counts the group. A table's total row is not of the segment its last
	 * row is labelled with ("PMI | 37.206 | ...", "Total | 669.788 | ..."). */
	if (segment == NULL && st->in_rows && st->intro_segment && !is_total_row(text, sentence))
		segment = st->intro_segment;
	if (segment == NULL && hit->continues && (!hit->row || follows_alike(st, metric)) &&
	    !(st->carried_named && is_total_row(text, sentence)))
		segment = hit->points_back ? st->figure_segment : st->carried_segment;
	if (segment == NULL && st->asked_segment)
		segment = st->asked_segment;
	/* "Tingkat perlindungan untuk kategori ini ...": the category named
	 * before, also from the paragraph before. */
	if (segment == NULL && hit->refers && !hit->points_back)
		segment = st->last_segment;
	/* "... menyerahkan santunan JKM kepada 27 ahli waris pekerja rentan."
	 * "Total santunan yang diserahkan mencapai Rp1.134.000.000." "Sembilan
	 * anak ahli waris juga menerima beasiswa ...": what the next sentences,
	 * naming no group, say was paid goes on to the group the last payment
	 * was said to be made to. */
	size_t index = (size_t)(sentence - st->sentences);
	bool paid_out = norm_is_flow(st->norm, metric);
	if (segment == NULL && paid_out && sc->n_segments == 0 && st->paid_segment &&
	    index <= st->paid_sentence + 2)
		segment = st->paid_segment;
	if (paid_out && sc->n_segments > 0) {
		st->paid_segment = segment;
		st->paid_sentence = index;
	}
	/* What the sentence spoke of, handed on; not a table column's segment,
	 * which is its column's alone. */
	if (segment && sc->n_segments == 0 && st->sentence_segment == NULL &&
	    hit->header_end == hit->header_start)
		st->sentence_segment = segment;
	bound_period period =
	        listed ? (bound_period){listed->year, listed->month, listed->day, PERIOD_STATED}
	               : norm_period_for(st, sc, hit, metric, start, end);
	if (norm_metric_is(st->norm, metric, ANGKA_METRIC_BASE)) {
		if (period.strength == PERIOD_STATED) {
			st->carried_base = (bound_period){period.year, 0, 0, PERIOD_CARRIED};
			st->carried_base_region = region;
		} else if (st->carried_base_region == region &&
		           st->carried_base.strength != PERIOD_NONE) {
			period = st->carried_base;
		}
	}
	/* "tahun depan cakupan bisa naik menjadi 50 persen": a level stated for
	 * a year still to come when it was said is a goal, of that year. */
	const angka_metric *level = angka_domain_metric(st->norm->dom, metric);
	if (level && level->goal && period.strength == PERIOD_STATED &&
	    st->published.strength != PERIOD_NONE && period.year > st->published.year) {
		metric = level->goal;
		period.month = period.day = 0;
	}
	char as_of[16] = "";
	if (period.strength != PERIOD_NONE)
		angka_period_format(as_of, sizeof as_of, period.year, period.month, period.day);
	char *value_text = angka_strndup(text + start, end - start);
	char *sentence_text =
	        angka_strndup(text + sentence->start, sentence->end - sentence->start);
	angka_figure fig = {
	        .source = st->article->source,
	        .article_title = st->article->title,
	        .published = st->article->published,
	        .region = (char *)region->name,
	        .region_code = (char *)region->code,
	        .domain = (char *)angka_domain_name(st->norm->dom),
	        .metric = (char *)metric,
	        .segment = (char *)(segment ? segment : "all"),
	        .programme = (char *)programme,
	        /* a range is its lower bound (the annotation guidelines' reading) */
	        .value = number->range ? number->low : number->value,
	        .unit = (char *)unit_for(st->norm, hit),
	        .approx = number->approx || is_approx(text, sc, start, end),
	        .as_of = period.strength != PERIOD_NONE ? as_of : NULL,
	        .text = value_text,
	        .sentence = sentence_text,
	        .start = start,
	        .end = end,
	        .rule = (char *)angka_rule_id(hit->rule),
	        .decimals = number->decimals,
	        .low = number->low,
	        .high = number->high,
	};
	if (value_text && sentence_text && st->trace && st->trace->bound)
		st->trace->bound(hit, &fig, region_from, norm_period_source(period.strength),
		                 st->trace->ctx);
	st->sentence_figures++;
	st->sentence_flows += norm_is_flow(st->norm, metric);
	st->sentence_targets += norm_metric_is(st->norm, metric, ANGKA_METRIC_TARGET);
	st->sentence_bases += norm_metric_is(st->norm, metric, ANGKA_METRIC_BASE);
	int rc =
	        (value_text && sentence_text) ? norm_emit(st, &fig, period.strength) : ANGKA_ENOMEM;
	free(value_text);
	free(sentence_text);
	return rc;
}

/* Numbers inside a list capture ("26,66% dan 31,49%"). */
static size_t split_list(angka_hit_value *values, size_t max, const char *text, size_t start,
                         size_t end)
{
	size_t n = 0;
	size_t i = start;
	while (i < end && n < max) {
		bool digit_start = text[i] >= '0' && text[i] <= '9' &&
		                   (i == start || !(text[i - 1] >= '0' && text[i - 1] <= '9'));
		bool rp_start = (i + 2 <= end && strncmp(text + i, "Rp", 2) == 0);
		if (!digit_start && !rp_start) {
			i++;
			continue;
		}
		angka_number number;
		if (angka_number_parse(&number, text + i, end - i) != ANGKA_OK ||
		    number.consumed == 0) {
			i++;
			continue;
		}
		values[n++] = (angka_hit_value){i, i + number.consumed, number};
		i += number.consumed;
	}
	return n;
}

size_t angka_normalize_hit_values(angka_hit_value *values, size_t max, const char *text,
                                  const angka_hit *hit)
{
	if (max == 0)
		return 0;
	if (hit->list)
		return split_list(values, max, text, hit->value_start, hit->value_end);
	/* Read as a whole, a range included: "20-25 ribu" is 20 000 to 25 000. */
	angka_number number;
	if (angka_number_read(&number, text + hit->value_start, hit->value_end - hit->value_start,
	                      NULL) != ANGKA_OK)
		return 0;
	if (hit->scale > 0 && number.unit == ANGKA_NUMBER_PLAIN && number.scale == 1)
		angka_number_rescale(&number, hit->scale);
	values[0] = (angka_hit_value){hit->value_start, hit->value_end, number};
	return 1;
}

/* The last run of places listed together ("A, B dan C") before `before`
 * in the sentence, into out (17 at most): how many. */
static size_t listed_run(const angka_region **out, const char *text, const sentence_context *sc,
                         size_t before)
{
	size_t k = 0;
	while (k < sc->n_regions && sc->regions[k].end <= before)
		k++;
	while (k > 0) {
		size_t last = k - 1, first = norm_list_start(text, sc, last);
		size_t n = last - first + 1;
		if (n >= 2 && n <= 17) {
			for (size_t i = 0; i < n; i++)
				out[i] = sc->regions[first + i].region;
			return n;
		}
		k = first;
	}
	return 0;
}

/* A number at the very end of a captured excerpt, with no sentence end
 * after it ("JKK untuk 2.898 kasus Rp 16.122"), may have lost digits (a
 * table's cell under its header has none to end it, and is whole). */
static bool is_cut_off(const angka_article *article, size_t end)
{
	/* "41,7 persen", "Rp 2 miliar" end with their unit: whole. */
	if (end == 0 || article->text[end - 1] < '0' || article->text[end - 1] > '9')
		return false;
	size_t i = end;
	while (i < article->text_len && (article->text[i] == ' ' || article->text[i] == '\n'))
		i++;
	return i == article->text_len;
}

/* Is a word of one of kinds (approx.tsv) right before the value at start? */
static bool bound_before(const sentence_context *sc, size_t start, const char *const *kinds)
{
	for (size_t i = 0; i < sc->n_approx; i++)
		if (sc->approx[i].end <= start && start - sc->approx[i].end <= 1 &&
		    angka_word_is_one_of(sc->approx[i].value, strlen(sc->approx[i].value), kinds))
			return true;
	return false;
}

/* "lebih dari 80%", "di bawah 50%": a bound (above or below) right before
 * the value. */
static bool is_threshold(const sentence_context *sc, size_t start)
{
	static const char *const bounds[] = {"above", "below", "under", NULL};
	return bound_before(sc, start, bounds);
}

/* The last coordinated list of dates before `before` ("tahun 2023 dan
 * 2024"), pointers into sc->periods: how many. */
static size_t period_list(const angka_period **out, size_t max, const char *text,
                          const sentence_context *sc, size_t before)
{
	size_t n = 0;
	const angka_period *last = NULL;
	for (size_t i = 0; i < sc->n_periods && sc->periods[i].end <= before; i++) {
		const angka_period *p = &sc->periods[i];
		if (p->kind != ANGKA_PERIOD_DATE)
			continue;
		if (last == NULL || !norm_joined_in_list(text, last->end, p->start))
			n = 0;
		if (n < max)
			out[n++] = p;
		last = p;
	}
	return n;
}

/* The place of the figure a part's anchor became ("Dari jumlah peserta
 * itu, ...": the count it is a part of), or NULL. */
/* Is mention i of the sentence named right after one of its values? Only
 * values ending within a few words before it can be. */
/* Does "yakni", "yaitu" or "meliputi" open the list whose first mention is
 * i ("di lima provinsi, yakni Sumatera Selatan, ...")? */
static bool spells_out(const char *text, const sentence_context *sc, size_t i)
{
	static const char *const words[] = {"yakni ",  "yaitu ",  "meliputi ",
	                                    "yakni: ", "yaitu: ", NULL};
	size_t at = sc->regions[i].start;
	for (size_t w = 0; words[w]; w++) {
		size_t len = strlen(words[w]);
		if (at >= len && strncasecmp(text + at - len, words[w], len) == 0)
			return true;
	}
	return false;
}

/* Does a value of the sentence follow the place that ends at `end` ("Maluku
 * Tenggara 35 persen", "Jambi: 28,3 persen")? */
static bool has_own_value(const article_state *st, size_t end)
{
	const char *text = st->article->text;
	while (text[end] == ' ' || text[end] == ':')
		end++;
	for (size_t j = 0; j < st->n_sentence_hits; j++)
		if (st->sentence_hits[j].value_start == end)
			return true;
	return false;
}

static bool named_after_a_value(const article_state *st, const sentence_context *sc, size_t i)
{
	size_t at = sc->regions[i].start, lo = 0, hi = st->n_sentence_hits;
	while (lo < hi) { /* the hits before at, in text order */
		size_t mid = lo + (hi - lo) / 2;
		if (st->sentence_hits[mid].value_start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t j = lo; j-- > 0;) {
		const angka_hit *h = &st->sentence_hits[j];
		if (h->value_end > at)
			continue;
		if (at - h->value_end > 80)
			break;
		if (norm_place_after_value(st->article->text, h->value_end) == at)
			return true;
	}
	return false;
}

/* The region of a figure f, from the gazetteer. */
static const angka_region *figure_region(const article_state *st, const angka_figure *f)
{
	/* A grouping ("Sumbagsel") has no code of its own. */
	if (f->region_code)
		return angka_gazetteer_by_code(st->norm->gazetteer, f->region_code);
	if (f->region)
		return angka_gazetteer_lookup(st->norm->gazetteer, f->region, strlen(f->region),
		                              NULL);
	return NULL;
}

/* How many values of hit's measure its sentence states after a list of
 * places that ends at list_end, before any place named after the list
 * (next_place: where that is), and (*nth) how many of them come before
 * hit's; 0 when one of them is a list of values itself (paired by its own
 * "masing-masing"). */
static size_t values_after_list(const article_state *st, const angka_hit *hit, size_t list_end,
                                size_t next_place, size_t *nth)
{
	size_t count = 0, last = SIZE_MAX;
	*nth = 0;
	for (size_t j = 0; j < st->n_sentence_hits; j++) {
		const angka_hit *other = &st->sentence_hits[j];
		if (other->value_start < list_end || other->value_start >= next_place ||
		    other->value_start == last || strcmp(other->metric, hit->metric) != 0)
			continue;
		if (other->list)
			return 0;
		last = other->value_start;
		count++;
		if (other->value_start < hit->value_start)
			(*nth)++;
	}
	return count;
}

static const angka_region *anchor_region(const article_state *st, const angka_hit *hit)
{
	if (hit->anchor_end <= hit->anchor_start)
		return NULL;
	for (size_t i = st->out->n; i-- > st->first_figure;) {
		const angka_figure *f = &st->out->items[i];
		if (f->start <= hit->anchor_start && hit->anchor_start < f->end)
			return figure_region(st, f);
	}
	return NULL;
}

/* "... 12.450 nelayan di Kabupaten Tegal ..." ¶ "Kepala Cabang Tegal ...
 * mengatakan jumlah itu setara 41,5 persen dari 30.000 nelayan": what
 * points back at a figure ("jumlah itu", "angka tersebut") is of the place
 * of the figures the last sentence that gave any gave, when they were all
 * of one place; NULL otherwise. */
static const angka_region *pointed_region(const article_state *st, const angka_sentence *sentence)
{
	const angka_region *region = NULL;
	size_t from = SIZE_MAX;
	for (size_t i = st->out->n; i-- > st->first_figure;) {
		const angka_figure *f = &st->out->items[i];
		if (f->start >= sentence->start)
			continue;
		if (from == SIZE_MAX) {
			/* The sentence holding it, by bisection (sentences are in
			 * text order): once per hit, not once per sentence. */
			size_t lo = 0, hi = st->n_sentences;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (st->sentences[mid].end <= f->start)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo == st->n_sentences || st->sentences[lo].start > f->start)
				return NULL;
			from = st->sentences[lo].start;
		} else if (f->start < from) {
			break;
		}
		if (f->context)
			continue;
		const angka_region *r = figure_region(st, f);
		if (r == NULL || (region && r != region))
			return NULL;
		region = r;
	}
	return region;
}

/* "... 99.263 kasus klaim yang dibayarkan di Jatim ..." ¶ "Klaim JHT menjadi
 * yang terbesar, yakni 69.000 kasus ..." ¶ "Sisanya berasal dari Jaminan
 * Pensiun ...": what one programme paid, after what was paid under all of
 * them, is a part of that total, of its place. The index of the last total
 * of metric before `before`, no smaller than value, when every payout since
 * it was one programme's, all of its place, and nothing else was counted in
 * between; SIZE_MAX otherwise. */
static size_t payout_total(const article_state *st, size_t before, const char *metric, double value)
{
	const angka_region *region = NULL;
	size_t whole = SIZE_MAX;
	bool total = false;
	for (size_t i = st->out->n; i-- > st->first_figure;) {
		const angka_figure *f = &st->out->items[i];
		if (f->start >= before || f->context)
			continue;
		const angka_region *r = figure_region(st, f);
		if (total && (f->programme || !pays_out(st->norm, f->metric) || r != region))
			break;
		if (!pays_out(st->norm, f->metric) || r == NULL || (region && r != region))
			return SIZE_MAX;
		region = r;
		if (f->programme == NULL) {
			total = true;
			if (whole == SIZE_MAX && strcmp(f->metric, metric) == 0 &&
			    f->value >= value)
				whole = i;
		}
	}
	return whole;
}

int norm_bind_hit(article_state *st, const angka_hit *hit, const angka_sentence *sentence,
                  const sentence_context *sc)
{
	const char *text = st->article->text;
	st->binding_whole = SIZE_MAX;
	angka_hit_value values[16];
	size_t n_values = angka_normalize_hit_values(values, 16, text, hit);
	if (n_values == 0) {
		drop(st, hit, "not a number");
		return ANGKA_OK;
	}
	if (!st->in_domain) {
		drop(st, hit, "the article does not speak of the domain (its lexicon/domain.tsv)");
		return ANGKA_OK;
	}
	/* "Sambas Raih UHC Prioritas, 97,31 Persen Warga Terdaftar JKN": a story
	 * whose title names only a neighbouring domain is the neighbour's where
	 * a sentence's voice names no domain ("Dari 553.126 peserta, yang aktif
	 * sebanyak 481.904 jiwa"), though it names the domain in passing. */
	const char *other = norm_other_domain(st, sentence, sc, hit);
	if (other) {
		drop(st, hit, other);
		return ANGKA_OK;
	}
	if (hit->header_end == hit->header_start && is_cut_off(st->article, hit->value_end)) {
		drop(st, hit, "the number is cut off at the end of the text");
		return ANGKA_OK;
	}
	/* "Cakupan di Sulawesi Barat masih di bawah 25 persen": a bound the
	 * value is under (approx.tsv `under`) says where it is not, no
	 * measurement; "hampir", "sekitar", "lebih dari" are hedges of one. */
	static const char *const under[] = {"under", NULL};
	if (n_values == 1 && !hit->list && bound_before(sc, values[0].start, under)) {
		drop(st, hit, "an upper bound (\"kurang dari\", \"di bawah\"), not a measurement");
		return ANGKA_OK;
	}
	for (size_t v = 0; v < n_values; v++) {
		if (!value_is_plausible(st->norm, hit->metric, values[v].number.value)) {
			drop(st, hit, "implausible value for the metric");
			return ANGKA_OK;
		}
	}

	/* Which regions: the nearest mention (with the list it belongs to), else
	 * the paragraph's, else the article's. */
	const angka_region *regions[16];
	size_t n_regions = 0;
	const char *region_from = NULL;
	bool forward_list = false;
	long k = norm_nearest_mention(st, sentence, sc, hit, &region_from);
	if (k >= 0) {
		size_t first = norm_list_start(text, sc, (size_t)k);
		/* "target 45 persen untuk Kota Tual, Maluku Tenggara 35 persen":
		 * a place named right after another value is that value's, not an
		 * item of a list before this one. */
		while (first < (size_t)k && named_after_a_value(st, sc, first))
			first++;
		/* "318.775 kasus di lima provinsi, yakni Sumatera Selatan, Jambi,
		 * ...": a place after the value opens the list it heads, up to a
		 * place with a value of its own ("target 45 persen untuk Kota
		 * Tual, Maluku Tenggara 35 persen"); not where "masing-masing"
		 * gives each its own. */
		size_t last = (size_t)k;
		if (sc->regions[k].start >= hit->value_end && !says_each(text, sentence) &&
		    !has_own_value(st, sc->regions[k].end))
			while (last + 1 < sc->n_regions &&
			       norm_joined_in_list(text, sc->regions[last].end,
			                           sc->regions[last + 1].start) &&
			       !has_own_value(st, sc->regions[last + 1].end))
				last++;
		/* "UCJ di tiga provinsi wilayah kerjanya, yakni Riau, Sumatera
		 * Barat dan Kepulauan Riau, ... 38,86 persen": a list that spells
		 * out an area is that area, together, wherever the value is. */
		forward_list = last > (size_t)k || (last > first && spells_out(text, sc, first));
		/* (Not a mention read as no place: "Provinsi termuda di Pulau
		 * Kalimantan, Kalimantan Utara, ..." lists no island.) */
		for (size_t i = first; i <= last && n_regions < 16; i++)
			if (i == (size_t)k || !sc->regions[i].ignored)
				regions[n_regions++] = sc->regions[i].region;
		/* "Di Jawa Timur, pemerintah provinsi dan kabupaten/kota ...": a
		 * place named again (by a level that stands for it) lists it once. */
		size_t kept = 0;
		for (size_t i = 0; i < n_regions; i++)
			if (!listed(regions, kept, regions[i]))
				regions[kept++] = regions[i];
		n_regions = kept;
		/* "Di antara empat kabupaten di Papua Selatan, Merauke mencatat
		 * cakupan tertinggi": a place another of the list lies in is where
		 * they are, not one of them. */
		kept = 0;
		for (size_t i = 0; i < n_regions; i++) {
			bool holds = false;
			for (size_t j = 0; j < n_regions && !holds; j++)
				holds = j != i && angka_region_within(regions[j], regions[i]);
			if (!holds)
				regions[kept++] = regions[i];
		}
		n_regions = kept;
		if (n_regions > 1)
			region_from = "a list of places named before the value";
		/* "Kabupaten Banyuwangi dan Kabupaten Badung masing-masing
		 * menempati peringkat kedua dan ketiga, dengan cakupan 58,2 persen
		 * dan 61,74 persen": as many values of one measure after a list as
		 * it names places are theirs, in order. */
		size_t nth = 0, next_place = (size_t)k + 1 < sc->n_regions
		                                     ? sc->regions[k + 1].start
		                                     : SIZE_MAX;
		if (n_regions > 1 && n_values == 1 && !hit->list &&
		    values_after_list(st, hit, sc->regions[k].end, next_place, &nth) == n_regions) {
			regions[0] = regions[nth];
			n_regions = 1;
			region_from = "its place in a list of as many places before its values";
		}
	} else if (is_rest_item(text, sentence)) {
		drop(st, hit, "the rest of a list's places together, no place of its own");
		return ANGKA_OK;
	} else if (st->default_region && is_total_row(text, sentence)) {
		/* The total of a table of places is not its last row's place. */
		regions[n_regions] = rows_grouping(st, sentence);
		region_from = "a table's total row: the area of the office named before it";
		if (regions[n_regions] == NULL) {
			regions[n_regions] = st->default_region;
			region_from = "a table's total row: the article's place";
		}
		n_regions++;
	} else if ((regions[0] = anchor_region(st, hit)) != NULL) {
		n_regions = 1;
		region_from = "the place of the count it is a part of";
	} else if (hit->points_back && (regions[0] = pointed_region(st, sentence)) != NULL) {
		n_regions = 1;
		region_from = "the place of the figures it points back at";
	} else if (sc->n_programmes > 0 && pays_out(st->norm, hit->metric) &&
	           angka_domain_programme_of(st->norm->dom, hit->metric) == NULL &&
	           (st->binding_whole = payout_total(st, sentence->start, hit->metric,
	                                             values[0].number.value)) != SIZE_MAX) {
		regions[0] = figure_region(st, &st->out->items[st->binding_whole]);
		n_regions = 1;
		region_from =
		        "the place of the total paid before it, of which it is one programme's";
	} else if (st->paragraph_region) {
		regions[n_regions++] = st->paragraph_region;
		region_from = "named earlier in the paragraph, or by the heading of its section";
	} else if (st->default_region) {
		regions[n_regions++] = st->default_region;
		region_from = "the article's place (title, most named, or dateline)";
	}
	/* A count no province holds is the country's, whatever place the
	 * story is about; so is what its sentence says without naming a place. */
	if (st->sentence_national && st->country &&
	    (n_regions == 0 ||
	     (n_regions == 1 &&
	      (k < 0 || above_national(st->norm, hit->metric, values[0].number.value))))) {
		regions[0] = st->country;
		n_regions = 1;
		region_from = "a sentence stating a count larger than any province holds";
	}
	if (n_regions == 0) {
		drop(st, hit, "no region in the sentence, the paragraph or the article");
		return ANGKA_OK;
	}

	int rc = ANGKA_OK;
	if (n_values > 1) {
		/* "masing-masing 26,66% dan 31,49%": one value per region listed;
		 * "PU dan BPU berturut-turut 38.100 dan 14.200": per segment. */
		const char *segments[16];
		const angka_period *periods[16];
		/* "tahun 2023 dan 2024 masing-masing 35 persen dan 41 persen": per
		 * period. */
		if (n_regions == 1 &&
		    period_list(periods, 16, text, sc, values[0].start) == n_values) {
			for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++)
				rc = bind_value(st, hit, sentence, sc, regions[0], region_from,
				                &values[i], periods[i]);
			return rc;
		}
		/* "klaim JHT, JKK, JKM dan JP berturut-turut sebanyak 21.406, 1.980,
		 * 512 dan 4.077 kasus": one value per programme listed. */
		const angka_lexicon_hit *programmes[16];
		if (n_regions == 1 && pays_out(st->norm, hit->metric) &&
		    norm_programme_list(programmes, 16, text, sc, values[0].start) == n_values) {
			for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++) {
				sentence_context one = *sc;
				one.programmes = (angka_lexicon_hit *)programmes[i];
				one.n_programmes = 1;
				rc = bind_value(st, hit, sentence, &one, regions[0], region_from,
				                &values[i], NULL);
			}
			return rc;
		}
		if (n_regions == 1 &&
		    norm_segment_list(segments, 16, text, sc, values[0].start) == n_values) {
			for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++) {
				angka_hit item = *hit;
				item.segment = segments[i];
				rc = bind_value(st, &item, sentence, sc, regions[0], region_from,
				                &values[i], NULL);
			}
			return rc;
		}
		/* "di Gowa tercatat 98.114 orang, Maros 51.207 orang dan Takalar
		 * 29.540 orang, dengan capaian UCJ masing-masing 29,1 persen, 33,7
		 * persen dan 20,2 persen": the places named before the values, each
		 * with its own count, one for each value in turn. */
		if (n_values != n_regions) {
			const angka_region *named[17]; /* n_values is at most 16 */
			size_t n_named = 0;
			for (size_t i = 0; i < sc->n_regions && n_named <= n_values; i++) {
				const angka_region_mention *m = &sc->regions[i];
				if (!m->ignored && m->end <= values[0].start &&
				    !listed(named, n_named, m->region))
					named[n_named++] = m->region;
			}
			if (n_named == n_values) {
				memcpy(regions, named, n_named * sizeof *named);
				n_regions = n_named;
				region_from = "the places named before the values, in turn";
			} else if (listed_run(named, text, sc, values[0].start) == n_values) {
				/* "Jawa Barat dan Jawa Tengah, dua provinsi ... setelah
				 * Jawa Timur, mencatat UCJ masing-masing 33,41% dan
				 * 31,07%": the places listed together, not one beside. */
				memcpy(regions, named, n_values * sizeof *named);
				n_regions = n_values;
				region_from = "the places listed before the values, in turn";
			}
		}
		/* "petani, nelayan serta buruh dan pedagang kecil, yang masing-masing
		 * berjumlah 7.200, 3.100 dan 2.200 orang": the values of groups of
		 * one place (the sentence names no other), each a figure of it. */
		size_t places = 0;
		for (size_t i = 0; i < sc->n_regions; i++)
			places += sc->regions[i].ignored == NULL;
		if (n_values != n_regions && n_regions == 1 && places <= 1 &&
		    says_each(text, sentence)) {
			for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++)
				rc = bind_value(st, hit, sentence, sc, regions[0], region_from,
				                &values[i], NULL);
			return rc;
		}
		if (n_values != n_regions) {
			drop(st, hit,
			     "a list of values whose count differs from the regions or segments "
			     "listed");
			return ANGKA_OK;
		}
		for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++)
			rc = bind_value(st, hit, sentence, sc, regions[i], region_from, &values[i],
			                NULL);
		return rc;
	}
	if (n_regions > 1 && is_threshold(sc, values[0].start)) {
		drop(st, hit, "a threshold applied to a list of regions, not a measurement");
		return ANGKA_OK;
	}
	/* One value for a list of regions ("Kota Bontang dan Kutai Timur ...
	 * 100 persen"): each of them has it. A count or an amount for a list
	 * ("di Sumatera Utara dan Aceh sebanyak 2,45 juta orang") is theirs
	 * together: the grouping the sentence names, else no one place's
	 * (unless "masing-masing", also written "masing masing", says each has
	 * its own). */
	if (n_regions > 1 && (strcmp(unit_for(st->norm, hit), "percent") != 0 || forward_list) &&
	    !says_each(text, sentence)) {
		const angka_region *grouping = NULL;
		for (size_t i = 0; i < sc->n_regions && !grouping; i++)
			if (sc->regions[i].region->level == ANGKA_REGION_GROUPING &&
			    !sc->regions[i].ignored)
				grouping = sc->regions[i].region;
		const char *from = "the grouping named in the sentence";
		if (grouping == NULL && st->default_region &&
		    st->default_region->level == ANGKA_REGION_GROUPING) {
			grouping = st->default_region;
			from = "the grouping the article is about";
		}
		if (grouping == NULL) {
			drop(st, hit, "a count for a list of places is theirs together");
			return ANGKA_OK;
		}
		return bind_value(st, hit, sentence, sc, grouping, from, &values[0], NULL);
	}
	for (size_t i = 0; i < n_regions && rc == ANGKA_OK; i++)
		rc = bind_value(st, hit, sentence, sc, regions[i], region_from, &values[0], NULL);
	return rc;
}
