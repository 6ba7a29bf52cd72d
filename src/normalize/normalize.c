#include "angka/normalize.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"
#include "number/number_read.h"
#include "util/buf.h"

/* ---- the normalizer ---------------------------------------------------- */

/* A lexicon of the domain's, else the shared one: the earlier domain's
 * (earlier_lex, when there is an earlier normalizer) when it is the same
 * file, as the shared ones are (approx.tsv, months.tsv). */
static int load_lexicon(angka_lexicon **out, const angka_domain *domain, const char *name,
                        const angka_normalizer *earlier, angka_lexicon *earlier_lex,
                        angka_error *err)
{
	angka_buf name_in = ANGKA_BUF_INIT;
	angka_buf_printf(&name_in, "lexicon/%s", name);
	if (name_in.failed) {
		angka_buf_free(&name_in);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	}
	int rc = angka_lexicon_load_beside(out, domain, name_in.data, ANGKA_LEXICON_WORDS,
	                                   earlier ? earlier_lex : NULL,
	                                   earlier ? earlier->dom : NULL, err);
	angka_buf_free(&name_in);
	return rc;
}

int angka_normalizer_new(angka_normalizer **out, const angka_domain *domain, angka_error *err)
{
	return angka_normalizer_new_beside(out, domain, NULL, err);
}

int angka_normalizer_new_beside(angka_normalizer **out, const angka_domain *domain,
                                const angka_normalizer *earlier, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_buf files = ANGKA_BUF_INIT;
	angka_buf key = ANGKA_BUF_INIT;
	char *regions = angka_domain_file(domain, "regions.tsv");
	char *abbreviations = angka_domain_file(domain, "region_abbreviations.tsv");
	angka_normalizer *norm = calloc(1, sizeof *norm);
	*out = NULL;
	if (norm == NULL || regions == NULL || abbreviations == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto cleanup;
	}
	norm->dom = domain;
	angka_buf_printf(&files, "%s\n%s", regions, abbreviations);
	norm->gazetteer_files = angka_buf_detach(&files);
	if (norm->gazetteer_files == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto cleanup;
	}
	if (earlier && strcmp(earlier->gazetteer_files, norm->gazetteer_files) == 0) {
		norm->gazetteer = earlier->gazetteer;
	} else {
		rc = angka_gazetteer_load(&norm->gazetteer, regions, abbreviations, err);
		norm->owns_gazetteer = rc == ANGKA_OK;
	}
	if (rc == ANGKA_OK) {
		angka_buf_printf(&key, "gazetteer@%p", (const void *)norm->gazetteer);
		norm->gazetteer_key = angka_buf_detach(&key);
		if (norm->gazetteer_key == NULL)
			rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	}
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->segments, domain, "segments.tsv", earlier,
		                  earlier ? earlier->segments : NULL, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->approx, domain, "approx.tsv", earlier,
		                  earlier ? earlier->approx : NULL, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->months, domain, "months.tsv", earlier,
		                  earlier ? earlier->months : NULL, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->domain, domain, "domain.tsv", earlier,
		                  earlier ? earlier->domain : NULL, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->places, domain, "places.tsv", earlier,
		                  earlier ? earlier->places : NULL, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->programmes, domain, "programmes.tsv", earlier,
		                  earlier ? earlier->programmes : NULL, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->cues, domain, "cues.tsv", earlier,
		                  earlier ? earlier->cues : NULL, err);
	/* The period finder is three large patterns to compile: one domain's
	 * serves another with the same month names. */
	if (rc == ANGKA_OK && earlier &&
	    angka_period_finder_reads(earlier->periods, norm->months)) {
		norm->periods = earlier->periods;
	} else if (rc == ANGKA_OK) {
		rc = angka_period_finder_new(&norm->periods, norm->months, err);
		norm->owns_periods = rc == ANGKA_OK;
	}
	if (rc == ANGKA_OK) {
		*out = norm;
		norm = NULL;
	}
cleanup:
	free(regions);
	free(abbreviations);
	angka_normalizer_free(norm);
	return rc;
}

void angka_normalizer_free(angka_normalizer *norm)
{
	if (norm == NULL)
		return;
	if (norm->owns_gazetteer)
		angka_gazetteer_free(norm->gazetteer);
	free(norm->gazetteer_files);
	free(norm->gazetteer_key);
	if (norm->owns_periods)
		angka_period_finder_free(norm->periods);
	angka_lexicon_free(norm->segments);
	angka_lexicon_free(norm->approx);
	angka_lexicon_free(norm->months);
	angka_lexicon_free(norm->domain);
	angka_lexicon_free(norm->places);
	angka_lexicon_free(norm->programmes);
	angka_lexicon_free(norm->cues);
	free(norm);
}

static void sentence_context_free(sentence_context *ctx, size_t n)
{
	for (size_t i = 0; ctx && i < n; i++) {
		free(ctx[i].regions);
		free(ctx[i].periods);
		free(ctx[i].segments);
		free(ctx[i].approx);
		free(ctx[i].domain);
		free(ctx[i].programmes);
	}
	free(ctx);
}

/* Is the word before text[at] one of words (NULL-terminated, any case)? */
static bool after_word(const char *text, size_t from, size_t at, const char *const *words)
{
	size_t end = at;
	while (end > from && text[end - 1] == ' ')
		end--;
	size_t start = end;
	while (start > from && text[start - 1] != ' ')
		start--;
	return angka_word_is_one_of(text + start, end - start, words);
}

/* Does the aside after the comma at text[i - 1] say what is included, at
 * once or after words that only point at the whole (", termasuk ...", ",
 * di situ sudah termasuk ...", ", itu juga termasuk ...")? */
static bool opens_inclusion(const char *text, size_t i, size_t at)
{
	static const char *const pointing[] = {"di",    "situ", "sana", "itu",      "ini",
	                                       "sudah", "juga", "yang", "dalamnya", NULL};
	while (i < at && text[i] == ' ') {
		if (strncasecmp(text + i, " termasuk ", 10) == 0)
			return true;
		size_t w = i + 1, end = w;
		while (end < at && text[end] != ' ' && text[end] != ',')
			end++;
		if (end == w || !angka_word_is_one_of(text + w, end - w, pointing))
			return false;
		i = end;
	}
	return false;
}

bool norm_in_inclusion(const char *text, size_t sentence_start, size_t at)
{
	/* An aside is a few words: look no further back than that. */
	size_t from = at > sentence_start + 160 ? at - 160 : sentence_start;
	for (size_t i = at; i > from; i--) {
		char c = text[i - 1];
		if (c >= '0' && c <= '9')
			return false;
		if (c == ',' && opens_inclusion(text, i, at))
			return true;
	}
	return false;
}

/* "angkatan kerja ... 118.340 orang, tidak termasuk ASN, TNI dan Polri",
 * "... 41,3% akan sulit tercapai tanpa dorongan anggaran daerah",
 * "Kalau dikurangi ASN, TNI dan Polri, sasaran kita 146.570 pekerja", "di
 * luar pekerja jasa konstruksi, dari 160.072 pekerja ...": a
 * group said to be left out of a count is not whom it counts. */
static bool excluded(const char *text, size_t from, size_t at)
{
	static const char *const words[] = {
	        "tidak termasuk", "tak termasuk",    "tidak mencakup",       "dikurangi",
	        "di luar",        "di luar pekerja", "di luar tenaga kerja", "tanpa",
	        "tanpa dorongan", "tanpa dukungan",  "tanpa bantuan",        NULL};
	for (size_t i = 0; words[i]; i++) {
		size_t len = strlen(words[i]);
		if (at >= from + len + 1 && text[at - 1] == ' ' &&
		    strncasecmp(text + at - 1 - len, words[i], len) == 0)
			return true;
	}
	return false;
}

/* "Non-Aparatur Sipil Negara (ASN)", "Bukan Penerima Upah (BPU)": a word in
 * brackets right after another glosses it and says nothing of its own.
 * "Selain PMI, cakupan ... secara umum": a group set apart is not the one
 * spoken of, nor one said to be included ("pekerja informal, termasuk
 * pekerja penerima bantuan iuran dari APBD"). */
/* "Kota Palembang, yang menampung pekerja formal paling banyak, berada di
 * posisi berikutnya": a group named in a relative clause set off after a
 * place (closed by a comma, no number in it) says what the place is, not
 * whom a figure counts. */
static bool describes_a_place(const char *text, const sentence_context *sc, size_t sentence_end,
                              const angka_lexicon_hit *hit)
{
	for (size_t r = 0; r < sc->n_regions; r++) {
		size_t i = sc->regions[r].end;
		if (i > hit->start)
			break;
		while (i < hit->start && text[i] == ' ')
			i++;
		if (i >= hit->start || text[i] != ',')
			continue;
		for (i++; i < hit->start && text[i] == ' ';)
			i++;
		if (hit->start - i < 5 || strncmp(text + i, "yang ", 5) != 0 ||
		    norm_breaks_between(text, i, hit->start) ||
		    memchr(text + i, ',', hit->start - i) != NULL)
			continue;
		const char *comma = memchr(text + hit->end, ',', sentence_end - hit->end);
		if (comma != NULL && !norm_breaks_between(text, hit->end, (size_t)(comma - text)))
			return true;
	}
	return false;
}

/* "penerima upah termasuk jasa konstruksi sebanyak 21.690 orang", "penerima
 * upah (termasuk pekerja migran): 337.420 orang", "kelompok penerima upah
 * yang di dalamnya termasuk pekerja migran": a group right after another
 * and "termasuk" is included in it, not counted apart. */
static bool included_in(const char *text, size_t end, size_t start)
{
	static const char *const words[] = {"termasuk", "sudah",    "juga", "yang",
	                                    "di",       "dalamnya", NULL};
	bool including = false;
	size_t i = end;
	while (i < start) {
		while (i < start && (text[i] == ' ' || text[i] == '('))
			i++;
		size_t w = i;
		while (i < start && text[i] != ' ' && text[i] != '(')
			i++;
		if (i == w)
			break;
		if (!angka_word_is_one_of(text + w, i - w, words))
			return false;
		including |= i - w == 8 && strncasecmp(text + w, "termasuk", 8) == 0;
	}
	return including;
}

/* The spaces in text[from, to) when it holds only words (letters, spaces,
 * hyphens), else -1. */
static long spaces_in_words(const char *text, size_t from, size_t to)
{
	long spaces = 0;
	for (size_t i = from; i < to; i++) {
		if (!isalpha((unsigned char)text[i]) && text[i] != ' ' && text[i] != '-')
			return -1;
		spaces += text[i] == ' ';
	}
	return spaces;
}

/* "pekerja miskin ekstrem di sektor informal": the sector a group works in,
 * said right after it, places the group; the group is the head. */
static bool in_sector(const char *text, size_t end, const angka_lexicon_hit *hit)
{
	if (hit->start < end + 4 || strncasecmp(text + hit->start - 4, " di ", 4) != 0 ||
	    strncasecmp(text + hit->start, "sektor ", 7) != 0)
		return false;
	/* the rest of the group's words ("miskin ekstrem"): a word or two */
	long spaces = spaces_in_words(text, end, hit->start - 4);
	return spaces >= 0 && spaces <= 2;
}

/* "pegawai non-ASN yang didaftarkan Pemkab Siak": who pays for a group the
 * domain keeps apart (`other`: marbot, non-ASN staff), said in a relative
 * clause after it, does not make it the government-funded group (guideline
 * 10). */
static bool funded_apart(const angka_normalizer *norm, const char *text,
                         const angka_lexicon_hit *group, const angka_lexicon_hit *hit)
{
	const char *apart = angka_domain_segment(norm->dom, "other"),
	           *funded = angka_domain_segment(norm->dom, "rentan");
	if (apart == NULL || funded == NULL || strcmp(group->value, apart) != 0 ||
	    strcmp(hit->value, funded) != 0 || hit->start < group->end + 5 ||
	    strncasecmp(text + group->end, " yang ", 6) != 0)
		return false;
	return spaces_in_words(text, group->end, hit->start) >= 0;
}

static void drop_asides(const angka_normalizer *norm, const char *text, size_t from,
                        const sentence_context *sc, size_t to, angka_lexicon_hit *hits, size_t *n)
{
	static const char *const apart[] = {"selain", "kecuali", NULL};
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++) {
		if (after_word(text, from, hits[i].start, apart) ||
		    excluded(text, from, hits[i].start) ||
		    describes_a_place(text, sc, to, &hits[i]) ||
		    (kept > 0 && (norm_in_inclusion(text, hits[kept - 1].end, hits[i].start) ||
		                  included_in(text, hits[kept - 1].end, hits[i].start) ||
		                  in_sector(text, hits[kept - 1].end, &hits[i]) ||
		                  funded_apart(norm, text, &hits[kept - 1], &hits[i]))))
			continue;
		if (kept > 0) {
			size_t j = hits[kept - 1].end;
			while (j < hits[i].start && text[j] == ' ')
				j++;
			if (j < hits[i].start && text[j] == '(') {
				j++;
				while (j < hits[i].start && text[j] == ' ')
					j++;
				if (j == hits[i].start)
					continue;
			}
		}
		hits[kept++] = hits[i];
	}
	*n = kept;
}

/* The periods of sentence s into sc, read from the memo when another
 * domain with the same period finder found them already: they hold no
 * pointer into the finder, so any finder with the same key can hand them
 * on. */
static int find_periods(sentence_context *sc, const angka_normalizer *norm,
                        angka_sentence_memo *memo, const char *text, const angka_sentence *sentence)
{
	const char *key = angka_period_finder_key(norm->periods);
	int rc = angka_sentence_memo_copy((void **)&sc->periods, &sc->n_periods, memo, key,
	                                  sentence->start, sentence->end, sizeof *sc->periods);
	if (rc != ANGKA_ENOTFOUND)
		return rc;
	rc = angka_period_find(&sc->periods, &sc->n_periods, norm->periods, text, sentence->start,
	                       sentence->end);
	if (rc == ANGKA_OK)
		(void)angka_sentence_memo_put(memo, key, sentence->start, sentence->end,
		                              sc->periods, sc->n_periods, sizeof *sc->periods);
	return rc;
}

/* The phrases of lex in a sentence into *out (NULL), read from the memo
 * when another domain's lexicon with the same entries found them already.
 * Their values then point into that lexicon, which lives as long. */
static int find_words(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                      angka_sentence_memo *memo, const char *text, const angka_sentence *sentence)
{
	const char *key = angka_lexicon_key(lex);
	int rc = angka_sentence_memo_copy((void **)out, n, memo, key, sentence->start,
	                                  sentence->end, sizeof **out);
	if (rc != ANGKA_ENOTFOUND)
		return rc;
	rc = angka_lexicon_find(out, n, lex, text, sentence->start, sentence->end);
	if (rc == ANGKA_OK)
		(void)angka_sentence_memo_put(memo, key, sentence->start, sentence->end, *out, *n,
		                              sizeof **out);
	return rc;
}

bool angka_normalizer_names_domain(const angka_normalizer *norm, const char *text,
                                   const angka_sentence *sentences, size_t n_sentences)
{
	bool names = false;
	for (size_t s = 0; s < n_sentences && !names; s++)
		if (angka_lexicon_holds(&names, norm->domain, text, sentences[s].start,
		                        sentences[s].end, "in") != ANGKA_OK)
			names = true; /* let the whole reading report it */
	return names;
}

/* Whether a sentence names a place other than the country. */
static bool names_a_place(const sentence_context *sc)
{
	for (size_t i = 0; i < sc->n_regions; i++)
		if (sc->regions[i].ignored == NULL &&
		    sc->regions[i].region->level != ANGKA_REGION_COUNTRY)
			return true;
	return false;
}

/* Does one of hits[0, n) state a figure of the dataset (a context one, "47
 * Persen" a count grew by, is none)? */
static bool states_a_figure(const article_state *st, const angka_hit *hits, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!norm_metric_is(st->norm, hits[i].metric, ANGKA_METRIC_CONTEXT))
			return true;
	return false;
}

static bool has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

/* "Kabupaten Bogor": a sentence that is one place's name and nothing else. */
static bool names_only_a_place(const char *text, const sentence_context *sc,
                               const angka_sentence *sentence)
{
	/* ... after the number or mark of a list's item: "1. DKI Jakarta" over
	 * what a listicle says of it */
	size_t start = sentence->start;
	while (start < sentence->end && isdigit((unsigned char)text[start]))
		start++;
	if (start < sentence->end && start > sentence->start &&
	    (text[start] == '.' || text[start] == ')'))
		start++;
	else if (start == sentence->start && start < sentence->end && text[start] == '-')
		start++;
	else
		start = sentence->start;
	while (start < sentence->end && text[start] == ' ')
		start++;
	/* ... or with a kicker after a colon: "Sukoharjo: klaim capaian
	 * dipertanyakan" over what a round-up says of it */
	return sc->n_regions == 1 && sc->regions[0].start == start &&
	       (sc->regions[0].end == sentence->end ||
	        (sc->regions[0].end < sentence->end && text[sc->regions[0].end] == ':')) &&
	       sc->regions[0].ignored == NULL;
}

/* Are numbers said of this domain near sentence s: in its paragraph, or in
 * the next one when that names no neighbouring domain ("Namun capaian itu
 * berbanding terbalik dengan kepesertaan BPJS Ketenagakerjaan." ¶
 * "\"Peserta yang aktif baru 28,4 persen,\" katanya.")? Sentences of a
 * paragraph are together, so only the two paragraphs are looked at. */
static bool numbers_follow(const char *text, const angka_sentence *sentences,
                           const sentence_context *sc, size_t n_sentences, size_t s)
{
	size_t first = s, last = s + 1;
	while (first > 0 && sentences[first - 1].paragraph == sentences[s].paragraph)
		first--;
	while (last < n_sentences && sentences[last].paragraph == sentences[s].paragraph)
		last++;
	if (has_digit(text + sentences[first].start,
	              sentences[last - 1].end - sentences[first].start))
		return true;
	bool digits = false;
	for (size_t k = last;
	     k < n_sentences && sentences[k].paragraph == sentences[last].paragraph; k++) {
		bool in, out;
		norm_domain_sides(sc[k].domain, sc[k].n_domain, 0, SIZE_MAX, &in, &out, NULL);
		if (out)
			return false;
		digits |=
		        has_digit(text + sentences[k].start, sentences[k].end - sentences[k].start);
	}
	return digits;
}

/* Is sentence s a sub-heading: a heading block past the title, or a
 * paragraph of one short line that ends in no stop ("Kabupaten Bogor")? */
static bool is_subheading(const angka_article *article, const angka_sentence *sentences, size_t n,
                          size_t s)
{
	size_t p = sentences[s].paragraph;
	if (p == 0 || p >= article->n_paragraphs)
		return false;
	if (article->paragraphs[p].kind == ANGKA_BLOCK_HEADING)
		return true;
	size_t start = sentences[s].start, end = sentences[s].end;
	bool alone = (s == 0 || sentences[s - 1].paragraph != p) &&
	             (s + 1 == n || sentences[s + 1].paragraph != p);
	return alone && article->paragraphs[p].kind == ANGKA_BLOCK_PARAGRAPH && end > start &&
	       end - start <= 60 && strchr(".!?:;\"", article->text[end - 1]) == NULL;
}

/* Which domains the words of url's slug name (*mine: the domain's own, in
 * any case; *theirs: only a neighbouring scheme's). */
static int slug_sides(const angka_normalizer *norm, const char *url, bool *mine, bool *theirs)
{
	size_t from, to;
	*mine = *theirs = false;
	if (url == NULL || !angka_url_slug(url, &from, &to))
		return ANGKA_OK;
	char words[256];
	size_t n = 0;
	for (size_t i = from; i < to && n + 1 < sizeof words; i++)
		words[n++] =
		        url[i] == '-' || url[i] == '_' ? ' ' : (char)toupper((unsigned char)url[i]);
	words[n] = '\0';
	angka_lexicon_hit *hits = NULL;
	size_t n_hits = 0;
	if (angka_lexicon_find(&hits, &n_hits, norm->domain, words, 0, n) != ANGKA_OK)
		return ANGKA_ENOMEM;
	bool other;
	norm_domain_sides(hits, n_hits, 0, SIZE_MAX, mine, &other, theirs);
	free(hits);
	return ANGKA_OK;
}

static bool opens_going_on(const angka_hit *hits, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (hits[i].continues)
			return true;
	return false;
}

int angka_normalize_article(angka_figure_list *out, const angka_normalizer *norm,
                            const angka_article *article, const angka_sentence *sentences,
                            size_t n_sentences, const angka_hit *hits, size_t n_hits,
                            angka_sentence_memo *memo, const angka_normalize_trace *trace,
                            angka_error *err)
{
	/* Figures come from hits only: an article no quantity of which became a
	 * hit (most pages of a crawl: English, sport, politics) needs none of
	 * the places, periods and segments found below, which were more than
	 * half of its extraction. */
	if (n_hits == 0)
		return ANGKA_OK;
	int rc = ANGKA_OK;
	const char *text = article->text;
	sentence_context *sc = calloc(n_sentences ? n_sentences : 1, sizeof *sc);
	article_state st;
	memset(&st, 0, sizeof st);
	if (sc == NULL)
		goto nomem;
	st.norm = norm;
	st.article = article;
	st.sentences = sentences;
	st.contexts = sc;
	st.n_sentences = n_sentences;
	st.out = out;
	st.first_figure = out->n;
	st.trace = trace;
	st.memo = memo;
	st.paragraph = (size_t)-1;
	st.binding_whole = SIZE_MAX;
	st.country = angka_gazetteer_lookup(norm->gazetteer, "Indonesia", 9, NULL);
	rc = norm_find_places(&st, sc, err);
	if (rc != ANGKA_OK)
		goto cleanup;
	for (size_t s = 0; s < n_sentences; s++) {
		if (find_periods(&sc[s], norm, memo, text, &sentences[s]) != ANGKA_OK ||
		    angka_lexicon_find(&sc[s].segments, &sc[s].n_segments, norm->segments, text,
		                       sentences[s].start, sentences[s].end) != ANGKA_OK ||
		    find_words(&sc[s].approx, &sc[s].n_approx, norm->approx, memo, text,
		               &sentences[s]) != ANGKA_OK ||
		    angka_lexicon_find(&sc[s].domain, &sc[s].n_domain, norm->domain, text,
		                       sentences[s].start, sentences[s].end) != ANGKA_OK ||
		    angka_lexicon_find(&sc[s].programmes, &sc[s].n_programmes, norm->programmes,
		                       text, sentences[s].start, sentences[s].end) != ANGKA_OK)
			goto nomem;
		drop_asides(norm, text, sentences[s].start, &sc[s], sentences[s].end,
		            sc[s].segments, &sc[s].n_segments);
	}
	for (size_t s = 0; s < n_sentences && !st.in_domain; s++) {
		bool theirs;
		norm_domain_sides(sc[s].domain, sc[s].n_domain, 0, SIZE_MAX, &st.in_domain, &theirs,
		                  NULL);
	}
	if (article->title) {
		angka_lexicon_hit *words = NULL;
		size_t n_words = 0;
		if (angka_lexicon_find(&words, &n_words, norm->domain, article->title, 0,
		                       strlen(article->title)) != ANGKA_OK)
			goto nomem;
		/* Only a neighbouring scheme's: a title on another subject
		 * ("Musrenbang RKPD 2026, Pemprov Sumsel Patok Pertumbuhan
		 * Ekonomi 5,4 Persen") may hold the domain's figures in its body. */
		bool mine, other, theirs;
		norm_domain_sides(words, n_words, 0, SIZE_MAX, &mine, &other, &theirs);
		free(words);
		st.neighbours_story = theirs && !mine;
	} else {
		/* Headless, the lead says whose story it is, where the rest
		 * agrees: the first sentence that names a domain at all names only
		 * the neighbour ("Liputan6.com, Jakarta - BPJS Kesehatan mencatat
		 * jumlah peserta Program JKN ..."), and no sentence names this
		 * domain alone (a story that turns to it, "Namun capaian itu
		 * berbanding terbalik dengan ... BPJS Ketenagakerjaan", is its). */
		int first = -1;
		size_t mine_only = 0, theirs_only = 0;
		for (size_t s = 0; s < n_sentences; s++) {
			bool mine, other, theirs;
			norm_domain_sides(sc[s].domain, sc[s].n_domain, 0, SIZE_MAX, &mine, &other,
			                  &theirs);
			if (first < 0 && (mine || theirs))
				first = theirs && !mine;
			/* The domain named alone where its numbers are said, or
			 * right before them ("Namun capaian itu berbanding terbalik
			 * dengan kepesertaan BPJS Ketenagakerjaan."), turns the
			 * story to it; named in passing, with no number in its
			 * paragraph or the next ("Dalam forum yang sama, perwakilan
			 * BPJS Ketenagakerjaan ... turut memaparkan ..."), not. */
			mine_only += mine && !theirs &&
			             numbers_follow(text, sentences, sc, n_sentences, s);
			theirs_only += theirs && !mine;
		}
		st.neighbours_story = first == 1 && mine_only == 0 && theirs_only > 0;
		/* ".../komisi-ix-dpr-soroti-21-juta-rekening-calon-penerima-bsu-
		 * 2025-tak-valid": the address of a headless capture holds its
		 * headline's words; one naming only a neighbouring scheme makes
		 * the story the neighbour's, as a title would. */
		bool mine = false, theirs = false;
		if (!st.neighbours_story &&
		    slug_sides(norm, article->canonical_url, &mine, &theirs) != ANGKA_OK)
			goto nomem;
		st.neighbours_story |= theirs && !mine;
	}
	st.published = norm_published_period(article);
	if (st.published.strength == PERIOD_NONE)
		st.published = norm_statement_date(norm, text, sentences, sc, n_sentences,
		                                   article->canonical_url);
	size_t h = 0;
	bool stated = false; /* a sentence before this one gave figures */
	/* the last paragraph was one sentence naming one regency or city, and
	 * no number */
	bool introduced = false;
	/* The place a sub-heading names ("Kabupaten Bogor" over the paragraphs
	 * on it): where its section's sentences that name none speak of. */
	const angka_region *section_region = NULL;
	for (size_t s = 0; s < n_sentences; s++) {
		const angka_sentence *sentence = &sentences[s];
		st.sentence_figures = st.sentence_bases = st.sentence_flows = st.sentence_targets =
		        0;
		/* The one segment the sentence names; one that names several
		 * ("BPU 1 juta ... PU 600 ribu") hands on none. */
		st.sentence_segment = NULL;
		for (size_t i = 0; i < sc[s].n_segments; i++) {
			const char *named = sc[s].segments[i].value;
			if (st.sentence_segment && strcmp(st.sentence_segment, named) != 0) {
				st.sentence_segment = NULL;
				break;
			}
			st.sentence_segment = named;
		}
		while (h < n_hits && hits[h].value_start < sentence->start)
			h++;
		size_t end = h, first_hit = h;
		while (end < n_hits && hits[end].value_start < sentence->end)
			end++;
		/* A paragraph that opens by going on from the one before keeps its
		 * place and segment: sites that give each sentence a paragraph of its
		 * own ("Sedangkan yang terdaftar ... hanya 9.128 pekerja.", "Yakni,
		 * berada di angka 2,22 persen"). */
		if (sentence->paragraph != st.paragraph) {
			st.paragraph = sentence->paragraph;
			if (!opens_going_on(hits + h, end - h)) {
				/* "Data ... menunjukkan kondisi di wilayah tetangga,
				 * Kabupaten Serang, jauh lebih berat." ¶ "Dari sekitar 612
				 * ribu pekerja, baru 174.880 orang ...", "Apa persoalan di
				 * Gunungkidul?" ¶ "...": a paragraph of one sentence that
				 * names one regency or city and no number introduces it. */
				if (!introduced)
					st.paragraph_region = section_region;
				st.carried_segment = st.figure_segment = NULL;
			}
			st.asked_segment = NULL;
		}
		if (st.after_question)
			st.asked_segment = st.question_segment;
		st.sentence_national = norm_states_national_count(&st, hits + h, end - h);
		/* "BPJS Ketenagakerjaan mencatat jumlah peserta aktif ... mencapai
		 * 45,22 juta pekerja": a story whose first figures are a count no
		 * province holds, said of no place, is the country's, whatever
		 * places it goes on to list or where it was said ("di Jakarta");
		 * so is one whose first figures, said of no place, were filed from
		 * where national bodies speak ("Liputan6.com, Jakarta - BPJS
		 * Ketenagakerjaan menyalurkan beasiswa kepada 118.362 anak"). */
		if (states_a_figure(&st, hits + h, end - h) && !stated && !st.titled &&
		    (st.sentence_national || st.from_capital) && st.country &&
		    !names_a_place(&sc[s]))
			st.default_region = st.country;
		stated |= states_a_figure(&st, hits + h, end - h);
		st.sentence_hits = hits + h;
		st.n_sentence_hits = end - h;
		bool row = false;
		for (size_t k = h; k < end; k++)
			row |= hits[k].row;
		st.in_rows = row;
		for (; h < n_hits && hits[h].value_start < sentence->end; h++)
			if (norm_bind_hit(&st, &hits[h], sentence, &sc[s]) != ANGKA_OK)
				goto nomem;
		/* "Berikut sepuluh provinsi dengan jumlah peserta BPU terbanyak:"
		 * names the segment of the rows after it, until a sentence that
		 * is no row gives figures. */
		if (end == first_hit && sentence->end > sentence->start &&
		    text[sentence->end - 1] == ':')
			st.intro_segment = st.sentence_segment; /* no figure bound: the one named */
		else if (end > first_hit && !row)
			st.intro_segment = NULL;
		/* What this sentence stated carries to the sentences after it. */
		st.carried_segment = st.last_segment = st.sentence_segment;
		st.after_question =
		        sentence->end > sentence->start && text[sentence->end - 1] == '?';
		st.question_segment = st.sentence_segment;
		st.carried_named = sc[s].n_segments > 0;
		/* "Adapun 65 persen peserta aktif merupakan pekerja penerima upah."
		 * ¶ "Capaian itu ...": a share of the members is no figure that
		 * "capaian itu" or "jumlah itu" points back at. */
		if (states_a_figure(&st, hits + first_hit, end - first_hit))
			st.figure_segment = st.sentence_segment;
		/* The last place named; Indonesia only when the sentence names no
		 * other ("jauh dari target nasional" compares, it does not move). */
		const angka_region *named = NULL;
		bool several = false;
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region *r = sc[s].regions[i].region;
			if (r->level == ANGKA_REGION_GROUPING || sc[s].regions[i].ignored ||
			    (r->level == ANGKA_REGION_COUNTRY && named))
				continue;
			/* "Bone Bolango berada di bawah rata-rata provinsi": a place
			 * said by its level alone, around one within it, is what
			 * that one is set against, no turn from it. */
			if (named && angka_region_within(named, r) &&
			    islower((unsigned char)text[sc[s].regions[i].start]))
				continue;
			several |= named != NULL && r != named && !angka_region_within(named, r) &&
			           !angka_region_within(r, named);
			named = r;
		}
		/* A sentence naming several places ("di Kacab Polman, Kacab Pasangkayu
		 * dan Kacab Majene", "ruas Solo–Sukoharjo") hands none of them on: the
		 * sentences after it speak of the place the paragraph had. */
		if (named && !several)
			st.paragraph_region = named;
		else if (st.sentence_national && st.country)
			st.paragraph_region = st.country;
		if (is_subheading(article, sentences, n_sentences, s) && end == first_hit)
			section_region = names_only_a_place(text, &sc[s], sentence) ? named : NULL;
		introduced = end == first_hit && named && !several &&
		             (named->level == ANGKA_REGION_REGENCY ||
		              named->level == ANGKA_REGION_CITY) &&
		             (s == 0 || sentences[s - 1].paragraph != sentence->paragraph) &&
		             !has_digit(text + sentence->start, sentence->end - sentence->start);
		norm_carry_periods(&st, sentence, &sc[s]);
	}
	if (norm_settle(&st) != ANGKA_OK || norm_date_by_data_notes(&st) != ANGKA_OK)
		goto nomem;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory normalizing figures",
	                     article->source);
cleanup:
	sentence_context_free(sc, n_sentences);
	free(st.strengths);
	free(st.wholes);
	return rc;
}

/* ---- single texts (angka normalize) ------------------------------------- */

int angka_normalize_number(angka_number *out, const angka_normalizer *norm, const char *text,
                           size_t len)
{
	return angka_number_read(out, text, len, norm ? norm->approx : NULL);
}
