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

const char *const norm_worker_nouns[] = {
        "pekerja ", "tenaga kerja ", "angkatan kerja ", "buruh ", "karyawan ", "pegawai ",
        "peserta ", "orang ",        "jiwa ",           "warga ", NULL};

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
		for (size_t v = 0; v < n_values; v++)
			if (above_national(st->norm, hits[i].metric, values[v].number.value))
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

/* Is the sentence a table's total row ("| | Total | 129.399 | 442.350 |"):
 * its first cell with letters says "Total" or "Jumlah"? */
static bool is_total_row(const char *text, const angka_sentence *sentence)
{
	static const char *const totals[] = {"total", "jumlah", "grand total", "total keseluruhan",
	                                     NULL};
	if (memchr(text + sentence->start, '|', sentence->end - sentence->start) == NULL)
		return false;
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

/* The end of the bare number listed right after i and its spaces ("dan
 * 430", "serta 430", ", 430"), or 0 when none is; a percentage is no count
 * listed beside one ("Dari 141 ribu pekerja yang terlindungi, 62 persen
 * merupakan ..."). */
static size_t listed_number_end(const char *text, size_t i)
{
	static const char *const joins[] = {"dan ", "serta ", ", dan ", ", serta ", ", ", NULL};
	static const char *const percent[] = {"%", " %", " persen", NULL};
	while (text[i] == ' ')
		i++;
	size_t j = norm_skip_phrase(text, i, joins), digits = j;
	while ((text[digits] >= '0' && text[digits] <= '9') ||
	       ((text[digits] == '.' || text[digits] == ',') && digits > j &&
	        text[digits + 1] >= '0' && text[digits + 1] <= '9'))
		digits++;
	if (j == i || digits == j || norm_skip_phrase(text, digits, percent) > digits)
		return 0;
	return digits;
}

/* Past the bare numbers listed after a value and its spaces: "45.000 dan
 * 30.000 peserta BPU" counts BPU members both times. */
static size_t skip_listed_numbers(const char *text, size_t i)
{
	static const char *const scales[] = {"ribu ", "juta ", NULL};
	for (;;) {
		while (text[i] == ' ')
			i++;
		size_t digits = listed_number_end(text, i);
		if (digits == 0 || text[digits] != ' ')
			return i;
		i = norm_skip_phrase(text, digits + 1, scales);
	}
}

/* "25.000 pekerja rentan", "72.987 peserta BPU": a segment word right after
 * the value (past the noun that counts, and a copula) speaks of that value;
 * its index in sc->segments, or -1. */
static long segment_after(const char *text, const sentence_context *sc, size_t end)
{
	/* "61.200 merupakan pekerja penerima upah", "3,8 juta adalah bukan
	 * penerima upah": a copula says what the counted are. */
	static const char *const copulas[] = {"merupakan ", "adalah ", "ialah ", NULL};
	size_t i = end;
	while (text[i] == ' ')
		i++;
	/* Past other bare numbers only to a noun they share, not to a copula,
	 * which speaks of the last number alone. */
	size_t listed = skip_listed_numbers(text, i);
	bool shared = listed > i;
	i = norm_skip_phrase(text, listed, norm_worker_nouns);
	/* "52.300 di antaranya merupakan pekerja penerima upah": a part of the
	 * whole before it, and what the part is. */
	static const char *const of_them[] = {"di antaranya ", "diantaranya ", NULL};
	if (!shared)
		i = norm_skip_phrase(text, i, of_them);
	size_t at[3] = {i, shared ? i : norm_skip_phrase(text, i, copulas), 0};
	at[2] = at[1] > i ? norm_skip_phrase(text, at[1], norm_worker_nouns) : i;
	for (size_t k = 0; k < sc->n_segments; k++)
		for (size_t a = 0; a < 3; a++)
			if (sc->segments[k].start == at[a] || sc->segments[k].start == end + 1)
				return (long)k;
	return -1;
}

/* Are two lexicon hits joined as items of one list ("PU, BPU dan PMI",
 * "formal maupun informal", "JKM dan Beasiswa"), past a gloss of the first
 * ("Penerima Upah (PU), ...")? */
static bool items_joined(const char *text, size_t end, size_t start)
{
	size_t i = end;
	while (i < start && text[i] == ' ')
		i++;
	if (i < start && text[i] == '(') {
		const char *close = memchr(text + i, ')', start - i);
		if (close)
			i = (size_t)(close - text) + 1;
	}
	return norm_joined_in_list(text, i, start);
}

/* The distinct values (at most max, into distinct) of the list that hit k
 * of hits[0..n) is an item of: how many. */
static size_t list_values(const char **distinct, size_t max, const char *text,
                          const angka_lexicon_hit *hits, size_t n, size_t k)
{
	size_t first = k, last = k;
	while (first > 0 && items_joined(text, hits[first - 1].end, hits[first].start))
		first--;
	while (last + 1 < n && items_joined(text, hits[last].end, hits[last + 1].start))
		last++;
	size_t found = 0;
	for (size_t i = first; i <= last && found < max; i++) {
		bool seen = false;
		for (size_t j = 0; j < found && !seen; j++)
			seen = strcmp(distinct[j], hits[i].value) == 0;
		if (!seen)
			distinct[found++] = hits[i].value;
	}
	return found;
}

/* Does a sentence open on the topic at `at`: "Untuk ", "Bagi ", "Khusus "
 * (capitalised, as a sentence's first word is) right before it, or before
 * the noun before it ("Untuk pekerja non-ASN")? */
static bool opens_on_topic(const char *text, size_t at)
{
	for (size_t i = 0; norm_worker_nouns[i]; i++) {
		size_t len = strlen(norm_worker_nouns[i]);
		if (at >= len && strncasecmp(text + at - len, norm_worker_nouns[i], len) == 0) {
			at -= len;
			break;
		}
	}
	static const char *const words[] = {"Untuk ", "Bagi ", "Khusus ", "Khusus untuk ", NULL};
	for (size_t i = 0; words[i]; i++) {
		size_t len = strlen(words[i]);
		if (at >= len && strncmp(text + at - len, words[i], len) == 0 &&
		    (at == len || text[at - len - 1] == ' ' || text[at - len - 1] == '\n' ||
		     text[at - len - 1] == '"'))
			return true;
	}
	return false;
}

/* The segment of one value stated for segment word k: a value stated for a
 * list of groups is for them together. Three groups or more, or those of
 * the domain's `everyone` line (wage and non-wage workers), are every worker
 * ("baik sektor formal, informal, jasa konstruksi maupun pekerja migran");
 * two others are one combined group ("6 juta pekerja Jasa Konstruksi dan
 * Pekerja Migran Indonesia"). */
static const char *segment_of(const angka_normalizer *norm, const char *text,
                              const sentence_context *sc, long k)
{
	if (k < 0)
		return NULL;
	/* "pekerja rentan non-aparatur sipil negara": a "non-" group right after
	 * another narrows it; the noun phrase's head is the first. */
	while (k > 0 && strncasecmp(text + sc->segments[k].start, "non", 3) == 0) {
		size_t gap = sc->segments[k - 1].end;
		while (gap < sc->segments[k].start && (text[gap] == ' ' || text[gap] == '-'))
			gap++;
		if (gap != sc->segments[k].start)
			break;
		k--;
	}
	const char *distinct[4];
	size_t n = list_values(distinct, 4, text, sc->segments, sc->n_segments, (size_t)k);
	/* "Untuk pekerja non-ASN, ..., total peserta tercatat 12.171": the
	 * sentence's topic, not every worker, is whom its total counts. */
	const char *all = angka_domain_segment(norm->dom, "all");
	if (k > 0 && all && strcmp(sc->segments[k].value, all) == 0 &&
	    opens_on_topic(text, sc->segments[0].start) && strcmp(sc->segments[0].value, all) != 0)
		return segment_of(norm, text, sc, 0);
	if (n < 2)
		return sc->segments[k].value;
	bool everyone = n >= 3 || angka_domain_lists_everyone(norm->dom, distinct, n);
	const char *declared = angka_domain_segment(norm->dom, everyone ? "all" : "other");
	return declared ? declared : sc->segments[k].value;
}

/* The nearest segment word in [from, to) before at (or, when after, the
 * first after at): its index in sc->segments, or -1. */
static long segment_in(const sentence_context *sc, size_t from, size_t to, size_t at, bool after)
{
	long found = -1;
	for (size_t i = 0; i < sc->n_segments; i++) {
		const angka_lexicon_hit *h = &sc->segments[i];
		if (h->start < from || h->end > to)
			continue;
		if (!after && h->end <= at)
			found = (long)i;
		/* After the value, one segment only: "31,36 persen dari total sasaran
		 * yang mencakup pekerja penerima upah, pekerja informal, dan sektor
		 * jasa konstruksi" lists them all. */
		if (after && h->start >= at) {
			if (found >= 0 && strcmp(sc->segments[found].value, h->value) != 0)
				return -1;
			found = (long)i;
		}
	}
	return found;
}

/* The segment a table's column header names ("PU | BPU | Jakon"), or NULL. */
static const char *header_segment(const angka_normalizer *norm, const char *text,
                                  const angka_hit *hit)
{
	angka_lexicon_hit *found = NULL;
	size_t n = 0;
	const char *segment = NULL;
	if (angka_lexicon_find(&found, &n, norm->segments, text, hit->header_start,
	                       hit->header_end) == ANGKA_OK &&
	    n > 0)
		segment = found[n - 1].value;
	free(found);
	return segment;
}

/* Is text[at, at + digits) a year: four digits from 1900 to 2100, not part
 * of a longer number ("2.025")? */
static bool is_year(const char *text, size_t at, size_t digits)
{
	if (digits != 4 || (at > 0 && (text[at - 1] == '.' || text[at - 1] == ',')))
		return false;
	if ((text[at + 4] == '.' || text[at + 4] == ',') && text[at + 5] >= '0' &&
	    text[at + 5] <= '9')
		return false;
	int year = atoi(text + at);
	return year >= 1900 && year <= 2100;
}

/* The words that turn to a contrast. */
static const char *const contrasts[] = {"sementara", "sedangkan", "namun", "tetapi",
                                        "tapi",      "adapun",    NULL};

bool norm_contrast_between(const char *text, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (i > from && text[i - 1] != ' ' && text[i - 1] != ',')
			continue;
		size_t len = 0;
		while (i + len < to && text[i + len] >= 'a' && text[i + len] <= 'z')
			len++;
		if (len > 0 && angka_word_is_one_of(text + i, len, contrasts))
			return true;
	}
	return false;
}

/* Does text[from, to) hold a number that is no year ("melalui APBD 2025
 * sebagai pekerja rentan" holds none), or, when commas count, a comma? */
static bool number_between(const char *text, size_t from, size_t to, bool commas)
{
	for (size_t k = from; k < to; k++) {
		size_t digits = 0;
		while (k + digits < to && text[k + digits] >= '0' && text[k + digits] <= '9')
			digits++;
		if (digits > 0 ? !is_year(text, k, digits) : commas && text[k] == ',')
			return true;
		k += digits > 0 ? digits - 1 : 0;
	}
	return false;
}

/* "850 petani dan 430 nelayan ... terdaftar sebagai peserta BPJS
 * Ketenagakerjaan secara mandiri": counts listed before one predicate share
 * the segment it names, unless the next count names its own ("430 pekerja
 * konstruksi"). The segment after the next count with no other number
 * between (a year is none), or -1. */
static long listed_segment(const char *text, const sentence_context *sc, const angka_hit *hit)
{
	size_t next =
	        hit->scope_end > hit->scope_start ? listed_number_end(text, hit->scope_end) : 0;
	if (next == 0 || segment_after(text, sc, next) >= 0)
		return -1;
	for (size_t i = 0; i < sc->n_segments; i++)
		if (sc->segments[i].start >= next)
			return number_between(text, next, sc->segments[i].start, false) ? -1
			                                                                : (long)i;
	return -1;
}

/* The segment of a value: a segment word right after it ("450 marbot",
 * "25.000 pekerja rentan"), else the rule's own or the reading's (a table's
 * column), else the nearest segment word before it in its clause or list
 * item, else the first after it there ("PU sebanyak 411.791 peserta dan BPU
 * 198.924 peserta" is two clauses), else the nearest before it in the
 * sentence, else the first after it before the next number when the
 * sentence puts the counted in it ("... terdaftar sebagai peserta BPU"),
 * else all. */
static const char *segment_for(const angka_normalizer *norm, const char *text, const angka_hit *hit,
                               const sentence_context *sc, size_t value_start, size_t value_end)
{
	const char *after = segment_of(norm, text, sc, segment_after(text, sc, value_end));
	if (after)
		return after;
	const char *fixed = hit->segment ? hit->segment : angka_rule_segment(hit->rule);
	if (fixed)
		return fixed;
	if (hit->header_end > hit->header_start) {
		const char *column = header_segment(norm, text, hit);
		if (column)
			return column;
	}
	if (hit->scope_end > hit->scope_start) {
		long k = segment_in(sc, hit->scope_start, value_start, value_start, false);
		if (k >= 0 && norm_contrast_between(text, sc->segments[k].end, value_start))
			k = -1;
		if (k < 0)
			k = segment_in(sc, value_end, hit->scope_end, value_end, true);
		if (k < 0)
			k = listed_segment(text, sc, hit);
		if (k >= 0)
			return segment_of(norm, text, sc, k);
	}
	/* A headline's clauses are statements apart. */
	if (hit->headline)
		return NULL;
	long before = -1;
	for (size_t i = 0; i < sc->n_segments; i++)
		if (sc->segments[i].end <= value_start)
			before = (long)i;
	/* "... perlindungan PMI terus meningkat, sementara cakupan pekerja di
	 * NTB masih 24 persen": a contrast turns to another subject. */
	if (before >= 0 && !norm_contrast_between(text, sc->segments[before].end, value_start))
		return segment_of(norm, text, sc, before);
	/* After the value, only a segment the sentence says the counted are in,
	 * or are covered through: "terdaftar sebagai peserta BPU", "masuk
	 * kategori pekerja rentan", "4.500 nelayan dan petani melalui APBD" (not
	 * "..., sebagian besar pekerja informal"). */
	static const char *const introducers[] = {"peserta ", "sebagai ", "kategori ",
	                                          "melalui ", "lewat ",   NULL};
	for (size_t i = 0; i < sc->n_segments; i++) {
		size_t at = sc->segments[i].start;
		if (at < value_end)
			continue;
		if (number_between(text, value_end, at, true))
			return NULL;
		for (size_t n = 0; introducers[n]; n++) {
			size_t len = strlen(introducers[n]);
			if (at >= value_end + len &&
			    strncasecmp(text + at - len, introducers[n], len) == 0)
				return sc->segments[i].value;
		}
	}
	return NULL;
}

/* The programme a benefit or claim was paid under: the nearest programme
 * named before the value in its clause, else the first after it there, else
 * the nearest before it in the sentence (JHT, JKK, JKM, JP, JKP, beasiswa),
 * or NULL. */
static const char *programme_for(const char *text, const sentence_context *sc, const angka_hit *hit,
                                 size_t start, size_t end)
{
	long found = -1;
	if (hit->scope_end > hit->scope_start) {
		for (size_t i = 0; i < sc->n_programmes; i++) {
			const angka_lexicon_hit *p = &sc->programmes[i];
			if (p->start >= hit->scope_start && p->end <= start)
				found = (long)i;
		}
		for (size_t i = 0; found < 0 && i < sc->n_programmes; i++) {
			const angka_lexicon_hit *p = &sc->programmes[i];
			if (p->start >= end && p->end <= hit->scope_end)
				found = (long)i;
		}
	}
	if (found < 0) {
		for (size_t i = 0; i < sc->n_programmes; i++)
			if (sc->programmes[i].end <= start)
				found = (long)i;
		if (found < 0)
			return NULL;
	}
	/* "JKM dan Beasiswa sebanyak 24 kasus": paid under them together, under
	 * no one of them. */
	const char *distinct[2];
	if (list_values(distinct, 2, text, sc->programmes, sc->n_programmes, (size_t)found) > 1)
		return NULL;
	return sc->programmes[found].value;
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

/* The segment of the quantity a part belongs to ("21.563 di antaranya" is
 * a part of the 64.940 construction workers of the sentence before). */
static const char *anchor_segment(const article_state *st, const angka_hit *hit)
{
	/* The last sentence that starts at or before the anchor. */
	size_t lo = 0, hi = st->n_sentences;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (st->sentences[mid].start <= hit->anchor_start)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || hit->anchor_start >= st->sentences[lo - 1].end)
		return NULL;
	angka_hit anchor = *hit;
	anchor.scope_start = anchor.scope_end = 0;
	anchor.segment = NULL;
	return segment_for(st->norm, st->article->text, &anchor, &st->contexts[lo - 1],
	                   hit->anchor_start, hit->anchor_end);
}

/* The one programme the value's clause (else its sentence) names, or NULL
 * when it names none or several ("program JKK, JKM, JHT dan JP" is the
 * whole scheme). */
static const char *single_programme(const sentence_context *sc, const angka_hit *hit)
{
	size_t from = hit->scope_end > hit->scope_start ? hit->scope_start : 0;
	size_t to = hit->scope_end > hit->scope_start ? hit->scope_end : SIZE_MAX;
	const char *only = NULL;
	for (size_t i = 0; i < sc->n_programmes; i++) {
		const angka_lexicon_hit *p = &sc->programmes[i];
		if (p->start < from || p->end > to)
			continue;
		if (only && strcmp(only, p->value) != 0)
			return NULL;
		only = p->value;
	}
	return only;
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
	const char *programme = paid ? programme_for(text, sc, hit, start, end) : NULL;
	const char *metric = metric_for_programme(st->norm, hit->metric, programme);
	/* "peserta program JHT sebanyak 120.000": the members of one programme
	 * the domain declares no figure of ("programme JHT participants -"). */
	const char *only = paid ? NULL : single_programme(sc, hit);
	const char *as = only ? metric_for_programme(st->norm, hit->metric, only) : NULL;
	if (as && strcmp(as, "-") == 0) {
		drop(st, hit, "a count of one programme's members, not of the scheme's");
		return ANGKA_OK;
	}
	const char *segment = segment_for(st->norm, text, hit, sc, start, end);
	if (segment == NULL && hit->anchor_end > hit->anchor_start)
		segment = anchor_segment(st, hit);
	/* "Jumlah ini sangat kecil karena hanya 6,48 persen": a sentence that
	 * goes on from the one before speaks of its segment, also when a segment
	 * it names binds to none of its values ("Angka itu menandai 150 persen
	 * coverage, ... karena menyasar pekerja rentan"). */
	if (segment == NULL && hit->continues)
		segment = st->carried_segment;
	/* "Tingkat perlindungan untuk kategori ini ...": the category named
	 * before, also from the paragraph before. */
	if (segment == NULL && hit->refers)
		segment = st->last_segment;
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
	values[0] = (angka_hit_value){hit->value_start, hit->value_end, number};
	return 1;
}

/* A sentence that names only a neighbouring domain ("BPJS Kesehatan",
 * "JKN", "UHC") and none of the domain's own words. */
static bool speaks_of_other_domain(const sentence_context *sc)
{
	bool in = false, out = false;
	for (size_t i = 0; i < sc->n_domain; i++) {
		in |= strcmp(sc->domain[i].value, "in") == 0;
		out |= strcmp(sc->domain[i].value, "out") == 0;
	}
	return out && !in;
}

/* Does text open with one of words (any case, as a word)? */
static bool opens_with(const char *text, const char *const *words)
{
	for (size_t w = 0; words[w]; w++) {
		size_t len = strlen(words[w]);
		if (strncasecmp(text, words[w], len) == 0 && !isalpha((unsigned char)text[len]))
			return true;
	}
	return false;
}

/* The sentence whose domain words speak for sc: sc itself when it names the
 * domain or a neighbour; else the nearest sentence before it that names
 * one, else the nearest after it. Where the domain's words do not carry
 * (any sentence of an article that names the domain may speak of it), only
 * a sentence earlier in the same paragraph that names a neighbour alone
 * speaks for it: "Di sisi lain, kepesertaan BPJS Kesehatan ... 97 persen.
 * Tahun lalu cakupannya 92 persen." */
static const sentence_context *domain_voice(const article_state *st, const sentence_context *sc)
{
	if (sc->n_domain > 0)
		return sc;
	size_t at = (size_t)(sc - st->contexts);
	if (!angka_domain_words_carry(st->norm->dom)) {
		size_t paragraph = st->sentences[at].paragraph, i = at;
		while (i-- > 0 && st->sentences[i].paragraph == paragraph)
			if (st->contexts[i].n_domain > 0)
				break;
		if (i == (size_t)-1 || st->sentences[i].paragraph != paragraph ||
		    !speaks_of_other_domain(&st->contexts[i]))
			return sc;
		/* A turn goes back to the story: "Sementara itu, kepesertaan
		 * pekerja baru 18,9 persen." */
		static const char *const turns_back[] = {"sebaliknya", "berbeda",  "di sisi lain",
		                                         "meski",      "meskipun", NULL};
		const char *text = st->article->text + st->sentences[at].start;
		if (opens_with(text, contrasts) || opens_with(text, turns_back))
			return sc;
		return &st->contexts[i];
	}
	for (size_t i = at; i-- > 0;)
		if (st->contexts[i].n_domain > 0)
			return &st->contexts[i];
	for (size_t i = at + 1; i < st->n_sentences; i++)
		if (st->contexts[i].n_domain > 0)
			return &st->contexts[i];
	return sc;
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

/* "lebih dari 80%", "di bawah 50%": a bound (above or below) right before
 * the value. */
static bool is_threshold(const sentence_context *sc, size_t start)
{
	for (size_t i = 0; i < sc->n_approx; i++) {
		const char *kind = sc->approx[i].value;
		if ((strcmp(kind, "above") == 0 || strcmp(kind, "below") == 0) &&
		    sc->approx[i].end <= start && start - sc->approx[i].end <= 1)
			return true;
	}
	return false;
}

/* The last coordinated list of segment words before `before` in the
 * sentence ("PU dan BPU"), into out: how many. */
static size_t segment_list(const char **out, size_t max, const char *text,
                           const sentence_context *sc, size_t before)
{
	size_t n = 0;
	for (size_t i = 0; i < sc->n_segments && sc->segments[i].end <= before; i++) {
		bool joined = n > 0 && norm_joined_in_list(text, sc->segments[i - 1].end,
		                                           sc->segments[i].start);
		if (!joined)
			n = 0;
		if (n < max)
			out[n++] = sc->segments[i].value;
	}
	return n;
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
static const angka_region *anchor_region(const article_state *st, const angka_hit *hit)
{
	if (hit->anchor_end <= hit->anchor_start)
		return NULL;
	for (size_t i = st->out->n; i-- > st->first_figure;) {
		const angka_figure *f = &st->out->items[i];
		if (f->start <= hit->anchor_start && hit->anchor_start < f->end && f->region_code)
			return angka_gazetteer_by_code(st->norm->gazetteer, f->region_code);
	}
	return NULL;
}

int norm_bind_hit(article_state *st, const angka_hit *hit, const angka_sentence *sentence,
                  const sentence_context *sc)
{
	const char *text = st->article->text;
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
	if (speaks_of_other_domain(domain_voice(st, sc))) {
		drop(st, hit, "the sentence speaks of another domain (its lexicon/domain.tsv)");
		return ANGKA_OK;
	}
	if (hit->header_end == hit->header_start && is_cut_off(st->article, hit->value_end)) {
		drop(st, hit, "the number is cut off at the end of the text");
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
	long k = norm_nearest_mention(st, sentence, sc, hit, &region_from);
	if (k >= 0) {
		size_t first = norm_list_start(text, sc, (size_t)k);
		for (size_t i = first; i <= (size_t)k && n_regions < 16; i++)
			regions[n_regions++] = sc->regions[i].region;
		/* "Di Jawa Timur, pemerintah provinsi dan kabupaten/kota ...": a
		 * place named again (by a level that stands for it) lists it once. */
		size_t kept = 0;
		for (size_t i = 0; i < n_regions; i++) {
			bool again = false;
			for (size_t j = 0; j < kept && !again; j++)
				again = regions[j] == regions[i];
			if (!again)
				regions[kept++] = regions[i];
		}
		n_regions = kept;
		if (n_regions > 1)
			region_from = "a list of places named before the value";
	} else if (st->default_region && is_total_row(text, sentence)) {
		/* The total of a table of places is not its last row's place. */
		regions[n_regions++] = st->default_region;
		region_from = "a table's total row: the article's place";
	} else if ((regions[0] = anchor_region(st, hit)) != NULL) {
		n_regions = 1;
		region_from = "the place of the count it is a part of";
	} else if (st->paragraph_region) {
		regions[n_regions++] = st->paragraph_region;
		region_from = "named earlier in the paragraph";
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
		if (n_regions == 1 &&
		    segment_list(segments, 16, text, sc, values[0].start) == n_values) {
			for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++) {
				angka_hit item = *hit;
				item.segment = segments[i];
				rc = bind_value(st, &item, sentence, sc, regions[0], region_from,
				                &values[i], NULL);
			}
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
	if (n_regions > 1 && strcmp(unit_for(st->norm, hit), "percent") != 0 &&
	    !says_each(text, sentence)) {
		const angka_region *grouping = NULL;
		for (size_t i = 0; i < sc->n_regions && !grouping; i++)
			if (sc->regions[i].region->level == ANGKA_REGION_GROUPING &&
			    !sc->regions[i].ignored)
				grouping = sc->regions[i].region;
		if (grouping == NULL) {
			drop(st, hit, "a count for a list of places is theirs together");
			return ANGKA_OK;
		}
		return bind_value(st, hit, sentence, sc, grouping,
		                  "the grouping named in the sentence", &values[0], NULL);
	}
	for (size_t i = 0; i < n_regions && rc == ANGKA_OK; i++)
		rc = bind_value(st, hit, sentence, sc, regions[i], region_from, &values[0], NULL);
	return rc;
}
