/* The segment a value is of: the words right after it, its clause or list
 * item, a table column's header, the counts listed before one predicate,
 * the quantity a part belongs to, else its sentence. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"

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
size_t norm_list_values(const char **distinct, size_t max, const char *text,
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

/* The segment of what is stated for segment word k of hits[0..n), with the
 * list it is an item of: the groups of a list together (see segment_of). */
static const char *listed_together(const angka_normalizer *norm, const char *text,
                                   const angka_lexicon_hit *hits, size_t n_hits, size_t k)
{
	const char *distinct[4];
	size_t n = norm_list_values(distinct, 4, text, hits, n_hits, k);
	/* "Ditambah 39.118 pekerja jasa konstruksi, total peserta aktif ...
	 * 699.813 orang": a total beside a group is no second group. */
	const char *all = angka_domain_segment(norm->dom, "all");
	size_t groups = 0;
	for (size_t i = 0; i < n; i++)
		groups += !(all && strcmp(distinct[i], all) == 0);
	if (n < 2 || groups < 2)
		return hits[k].value;
	bool everyone = n >= 3 || angka_domain_lists_everyone(norm->dom, distinct, n);
	const char *declared = angka_domain_segment(norm->dom, everyone ? "all" : "other");
	return declared ? declared : hits[k].value;
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
	/* "Untuk pekerja non-ASN, ..., total peserta tercatat 12.171": the
	 * sentence's topic, not every worker, is whom its total counts. */
	const char *all = angka_domain_segment(norm->dom, "all");
	if (k > 0 && all && strcmp(sc->segments[k].value, all) == 0 &&
	    opens_on_topic(text, sc->segments[0].start) && strcmp(sc->segments[0].value, all) != 0)
		return segment_of(norm, text, sc, 0);
	return listed_together(norm, text, sc->segments, sc->n_segments, (size_t)k);
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
	/* "Jakon & PMI (juta)": the groups a column names together */
	if (angka_lexicon_find(&found, &n, norm->segments, text, hit->header_start,
	                       hit->header_end) == ANGKA_OK &&
	    n > 0)
		segment = listed_together(norm, text, found, n, n - 1);
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

/* "Pemkab Dompu menanggung iuran 4.500 pekerja rentan, sedangkan Pemkab
 * Bima 7.200 orang", "potensi pekerja BPU ... 729.758 orang, sementara yang
 * sudah terlindungi baru 77.132 orang": a clause after a contrast that holds
 * nothing but places, periods, the words that lead to a number and a
 * headless "yang" of being covered leaves out what it shares with the
 * clause before; it contrasts place, time or coverage, not group. Does
 * text[from, to) hold only those? */
static bool gapped(const char *text, const sentence_context *sc, size_t from, size_t to)
{
	static const char *const words[] = {
	        "sebanyak",   "sejumlah", "mencapai", "tercatat", "baru",      "hanya",
	        "sekitar",    "yakni",    "yaitu",    "ada",      "di",        "pada",
	        "untuk",      "juga",     "sudah",    "telah",    "pemkab",    "pemkot",
	        "pemprov",    "kanwil",   "kantor",   "cabang",   "wilayah",   "kabupaten",
	        "kota",       "provinsi", "tahun",    "yang",     "terdaftar", "terlindungi",
	        "dilindungi", "tercover", "aktif",    NULL};
	size_t i = from;
	while (i < to) {
		if (text[i] == ' ' || text[i] == ',') {
			i++;
			continue;
		}
		size_t skip = 0;
		for (size_t r = 0; r < sc->n_regions && skip == 0; r++)
			if (sc->regions[r].start == i && sc->regions[r].end <= to)
				skip = sc->regions[r].end - i;
		for (size_t p = 0; p < sc->n_periods && skip == 0; p++)
			if (sc->periods[p].start == i && sc->periods[p].end <= to)
				skip = sc->periods[p].end - i;
		if (skip == 0) {
			size_t len = 0;
			while (i + len < to && text[i + len] != ' ' && text[i + len] != ',')
				len++;
			if (!angka_word_is_one_of(text + i, len, words))
				return false;
			skip = len;
		}
		i += skip;
	}
	return true;
}

/* Does text[from, to) turn to a contrast of another group, not one gapped
 * ("..., sedangkan Pemkab Bima 7.200 orang")? */
static bool turns_away(const char *text, const sentence_context *sc, size_t from, size_t to)
{
	size_t at = norm_last_contrast(text, from, to);
	return at > 0 && !gapped(text, sc, at, to);
}

/* The segment of a value: a segment word right after it ("450 marbot",
 * "25.000 pekerja rentan"), else the rule's own or the reading's (a table's
 * column), else the nearest segment word before it in its clause or list
 * item, else the first after it there ("PU sebanyak 411.791 peserta dan BPU
 * 198.924 peserta" is two clauses), else the nearest before it in the
 * sentence, else the first after it before the next number when the
 * sentence puts the counted in it ("... terdaftar sebagai peserta BPU"),
 * else all. */
/* "Bagi pegawai non-ASN, Pemkot Cimahi menanggung iuran 3.200 peserta": a
 * group the domain sets apart (its `other` segment: marbot, non-ASN staff),
 * set off by a comma as the sentence's topic, is whom the clause after it
 * speaks of; a segment word there before the value (who pays) does not
 * regroup them, short of a contrast. ("Untuk pekerja informal, Pemkab ...
 * menanggung iuran 2.600 nelayan" are regrouped: whom a government pays
 * for is its own segment.) The segment word to read for k. */
static long topic_over(const angka_normalizer *norm, const char *text, const sentence_context *sc,
                       long k)
{
	const char *apart = angka_domain_segment(norm->dom, "other");
	if (k <= 0 || apart == NULL || strcmp(sc->segments[0].value, apart) != 0 ||
	    !opens_on_topic(text, sc->segments[0].start) ||
	    strcmp(sc->segments[0].value, sc->segments[k].value) == 0 ||
	    norm_contrast_between(text, sc->segments[0].end, sc->segments[k].start))
		return k;
	size_t i = sc->segments[0].end;
	while (i < sc->segments[k].start && text[i] != ',' && text[i] != '.' && text[i] != ';')
		i++;
	return i < sc->segments[k].start && text[i] == ',' ? 0 : k;
}

/* "Penerima Upah (PU), yakni ..., antara lain karyawan swasta, pegawai
 * BUMN/BUMD, dan pegawai non-ASN, sebanyak 411.791 peserta": groups named as
 * examples of one named before them are of that group. The segment word to
 * read for k, the nearest before a value at `value` (after `from`). */
static long head_of_examples(const char *text, const sentence_context *sc, long k, size_t from,
                             size_t value)
{
	static const char *const markers[] = {"seperti", "antara lain", "misalnya", "contohnya",
	                                      "yakni",   "yaitu",       NULL};
	for (long j = k - 1; j >= 0 && sc->segments[j].start >= from; j--) {
		size_t gap = sc->segments[j].end, next = sc->segments[j + 1].start;
		bool marked = false;
		for (size_t i = gap; i < next && !marked; i++)
			for (size_t m = 0; markers[m] && !marked; m++) {
				size_t len = strlen(markers[m]);
				marked = (i == 0 || !isalnum((unsigned char)text[i - 1])) &&
				         i + len <= next &&
				         strncasecmp(text + i, markers[m], len) == 0 &&
				         !isalnum((unsigned char)text[i + len]);
			}
		if (marked)
			return number_between(text, gap, value, false) ? k : j;
	}
	return k;
}

/* Is segment word k the whole a part is taken from ("dari total peserta")? */
static bool from_a_whole(const char *text, const sentence_context *sc, long k)
{
	return sc->segments[k].start >= 5 &&
	       strncasecmp(text + sc->segments[k].start - 5, "dari ", 5) == 0;
}

const char *norm_segment_for(const angka_normalizer *norm, const char *text, const angka_hit *hit,
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
		if (k >= 0 && turns_away(text, sc, sc->segments[k].end, value_start))
			k = -1;
		if (k > 0)
			k = head_of_examples(text, sc, k, hit->scope_start, value_start);
		k = topic_over(norm, text, sc, k);
		/* "dari total peserta aktif tersebut, 904.100 orang berasal dari
		 * segmen penerima upah": the whole a part is taken from is
		 * everyone; the group named after the part is the part's. */
		if (k >= 0 && strcmp(sc->segments[k].value, "all") == 0 &&
		    from_a_whole(text, sc, k)) {
			long later = segment_in(sc, value_end, hit->scope_end, value_end, true);
			if (later >= 0)
				k = later;
		}
		if (k < 0)
			k = segment_in(sc, value_end, hit->scope_end, value_end, true);
		/* "33.907 orang atau sekitar 61 persen dari total peserta aktif":
		 * the whole a part is out of is everyone; the part is not. */
		if (k >= 0 && sc->segments[k].start > value_end &&
		    strcmp(sc->segments[k].value, "all") == 0 && from_a_whole(text, sc, k))
			k = -1;
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
	if (before >= 0 && !turns_away(text, sc, sc->segments[before].end, value_start))
		return segment_of(norm, text, sc,
		                  topic_over(norm, text, sc,
		                             head_of_examples(text, sc, before, 0, value_start)));
	/* After the value, only a segment the sentence says the counted are in,
	 * or are covered through: "terdaftar sebagai peserta BPU", "masuk
	 * kategori pekerja rentan", "4.500 nelayan dan petani melalui APBD",
	 * or come from: "27.340 ahli waris dan peserta dari kalangan pekerja
	 * rentan" (not
	 * "..., sebagian besar pekerja informal"). */
	static const char *const introducers[] = {
	        "peserta ",      "sebagai ",       "kategori ",       "melalui ",
	        "lewat ",        "memanfaatkan ",  "menggunakan ",    "dibayarkan dari ",
	        "dibayar dari ", "dibiayai dari ", "bersumber dari ", "ditanggung ",
	        "dibiayai ",     "dibayar ",       "dibayarkan ",     "berasal dari ",
	        "dari segmen ",  "dari kelompok ", "dari kalangan ",  NULL};
	/* "12.400 petani, nelayan, dan pekerja informal lainnya ... sudah
	 * didaftarkan melalui APBD": a government that pays for those counted
	 * speaks of the whole list before it, past its commas (not past a
	 * number); not of a share, a payment or a base ("26,1 persen, ...
	 * berkat perlindungan pekerja rentan yang dibiayai APBD"). */
	const angka_metric *m = angka_domain_metric(norm->dom, hit->metric);
	const char *funded = m && strcmp(m->unit, "persons") == 0 &&
	                                     !(m->roles & (ANGKA_METRIC_PAID | ANGKA_METRIC_BASE))
	                             ? angka_domain_segment(norm->dom, "rentan")
	                             : NULL;
	/* "12.500 petani ... sudah didaftarkan Pemkab Bojonegoro": a phrase that
	 * says who covers them is how they are covered. */
	static const char *const through[] = {"didaftarkan", "dibiayai",   "ditanggung",
	                                      "dibayar",     "dibayarkan", NULL};
	for (size_t i = 0; i < sc->n_segments; i++) {
		size_t at = sc->segments[i].start;
		if (at < value_end)
			continue;
		bool paid_for = funded && strcmp(sc->segments[i].value, funded) == 0;
		if (number_between(text, value_end, at, !paid_for))
			return NULL;
		size_t word = 0;
		while (at + word < sc->segments[i].end && text[at + word] != ' ')
			word++;
		if (angka_word_is_one_of(text + at, word, through))
			return sc->segments[i].value;
		for (size_t n = 0; introducers[n]; n++) {
			size_t len = strlen(introducers[n]);
			if (at >= value_end + len &&
			    strncasecmp(text + at - len, introducers[n], len) == 0)
				return sc->segments[i].value;
		}
	}
	return NULL;
}

/* The segment of the quantity a part belongs to ("21.563 di antaranya" is
 * a part of the 64.940 construction workers of the sentence before). */
const char *norm_anchor_segment(const article_state *st, const angka_hit *hit)
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
	return norm_segment_for(st->norm, st->article->text, &anchor, &st->contexts[lo - 1],
	                        hit->anchor_start, hit->anchor_end);
}

/* Past a bracketed restatement that opens the gap [at, next) ("penerima
 * upah (PU) dan ..."); at itself when there is none. */
static size_t past_brackets(const char *text, size_t at, size_t next)
{
	size_t i = at;
	while (i < next && text[i] == ' ')
		i++;
	if (i >= next || text[i] != '(')
		return at;
	while (i < next && text[i] != ')')
		i++;
	return i < next && i - at <= 24 ? i + 1 : at;
}

/* The last coordinated list of segment words before `before` in the
 * sentence ("PU dan BPU"), into out: how many. */
size_t norm_segment_list(const char **out, size_t max, const char *text, const sentence_context *sc,
                         size_t before)
{
	size_t n = 0;
	bool last_item = false; /* "serta" has opened the list's last item */
	for (size_t i = 0; i < sc->n_segments && sc->segments[i].end <= before; i++) {
		size_t gap_at = i > 0 ? sc->segments[i - 1].end : 0, next = sc->segments[i].start;
		/* "penerima upah (PU) dan bukan penerima upah (BPU)": the item
		 * restated in brackets is the item; the list goes on after it. */
		gap_at = past_brackets(text, gap_at, next);
		/* ", serta" joins a list's last item as "serta" does */
		bool comma_serta = next >= gap_at + 8 && next - gap_at <= 9 &&
		                   text[gap_at] == ',' &&
		                   strncmp(text + next - 6, "serta ", 6) == 0;
		bool joined = n > 0 && (comma_serta || norm_joined_in_list(text, gap_at, next));
		if (!joined) {
			n = 0;
			last_item = false;
		}
		/* "serta" opens the list's last item */
		bool serta = false;
		for (size_t k = gap_at; joined && !serta && k + 5 <= next; k++)
			serta = strncmp(text + k, "serta", 5) == 0;
		/* "penerima upah, bukan penerima upah, serta jasa konstruksi dan
		 * pekerja migran": after "serta", a "dan" joins two groups into
		 * the list's last item, one combined group */
		if (joined && last_item && !serta) {
			if (strcmp(out[n - 1], sc->segments[i].value) != 0)
				out[n - 1] = "other";
			continue;
		}
		last_item |= serta;
		if (n < max)
			out[n++] = sc->segments[i].value;
	}
	return n;
}
