/* Cue words: the words of a sentence through the memo, which a quantity
 * owns, how negators and "akan" turn them, how far a target's reach, and
 * the precedence of reading.tsv among them.
 * Part of the reader (reader.c), apart so that each file stays one reader's
 * length. */
#include <string.h>

#include "match/reader.h"
#include "util/lexicon.h"

/* The quantities of the sentence [start, end) into *out (NULL), from the
 * memo when a domain with the same nouns and months read them already.
 * Their nouns then point into that domain's lexicon, which lives as long
 * (and is only ever compared by content). */
int angka_reader_scan_quantities(angka_quantity **out, size_t *n, const reading_config *config,
                                 angka_sentence_memo *memo, const char *text, size_t start,
                                 size_t end)
{
	const char *key = config->quantities_key;
	int rc =
	        key ? angka_sentence_memo_copy((void **)out, n, memo, key, start, end, sizeof **out)
	            : ANGKA_ENOTFOUND;
	if (rc != ANGKA_ENOTFOUND)
		return rc;
	angka_quantity_lexicons lex = {config->nouns, config->months};
	rc = angka_quantities_scan(out, n, &lex, text, start, end);
	if (rc == ANGKA_OK && key)
		(void)angka_sentence_memo_put(memo, key, start, end, *out, *n, sizeof **out);
	return rc;
}

/* The phrases of lex in [start, end) into *out (NULL), from the memo when
 * a domain's lexicon with the same entries found them already. */
int angka_reader_find_words(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                            angka_sentence_memo *memo, const char *text, size_t start, size_t end)
{
	const char *key = angka_lexicon_key(lex);
	int rc = angka_sentence_memo_copy((void **)out, n, memo, key, start, end, sizeof **out);
	if (rc != ANGKA_ENOTFOUND)
		return rc;
	rc = angka_lexicon_find(out, n, lex, text, start, end);
	if (rc == ANGKA_OK)
		(void)angka_sentence_memo_put(memo, key, start, end, *out, *n, sizeof **out);
	return rc;
}

/* The longest a cue phrase that holds a quantity runs before it, in bytes. */
#define CUE_REACH 64

/* "6,18 juta pekerja dari total 14,2 juta penduduk bekerja": the words right
 * after a quantity say what it counts, for it alone; the other quantities of
 * the clause do not read them (what the whole sentence says, its topic, is
 * still every quantity's). quantities and cues are in text order. */
void angka_reader_own_cues(const char *text, const angka_quantity *quantities, size_t n, cue *cues,
                           size_t n_cues, int base)
{
	size_t c = 0;
	for (size_t k = 0; k < n; k++) {
		if (quantities[k].not_quantity)
			continue;
		size_t at = quantities[k].end;
		while (text[at] == ' ')
			at++;
		while (c < n_cues && cues[c].start < at)
			c++;
		/* "dari 684 perusahaan": what a count of something else counts says
		 * nothing of the sentence's other quantities, not even as its
		 * topic. */
		bool other = quantities[k].noun && strcmp(quantities[k].noun, "other") == 0;
		for (size_t d = c; d < n_cues && cues[d].start == at; d++) {
			cues[d].owner = (long)k;
			if (other)
				cues[d].cls = -1;
		}
	}
	/* "... peserta aktif dibandingkan potensi 3.682.150 pekerja": so do the
	 * words of a base right before one (a base's cues are next to it,
	 * reading.tsv), that none before them has taken. */
	c = 0;
	for (size_t k = 0; k < n; k++) {
		if (quantities[k].not_quantity)
			continue;
		size_t at = quantities[k].start;
		while (at > 0 && text[at - 1] == ' ')
			at--;
		while (c < n_cues && cues[c].end < at)
			c++;
		for (size_t d = c; d < n_cues && cues[d].end == at; d++)
			if (cues[d].owner < 0 && base >= 0 && cues[d].cls == base)
				cues[d].owner = (long)k;
	}
	/* "beasiswa untuk dua anak", "menerima Rp42 juta": a cue that holds a
	 * quantity says what that number is (a rule of the scheme), not what
	 * the numbers around it are ("masing-masing Rp42 juta, sehingga
	 * totalnya Rp882 juta"). Cues are a few words, so each is looked at
	 * by the few quantities that start within its reach. */
	c = 0;
	for (size_t k = 0; k < n; k++) {
		size_t from = quantities[k].start > CUE_REACH ? quantities[k].start - CUE_REACH : 0;
		while (c < n_cues && cues[c].start < from)
			c++;
		for (size_t d = c; d < n_cues && cues[d].start <= quantities[k].start; d++)
			if (cues[d].end >= quantities[k].end) {
				cues[d].owner = (long)k;
				cues[d].holds = true;
			}
	}
}

/* The first row of the kind's precedence whose class a cue in [from, to)
 * has, among the fallback classes or the others. Returns the class, or -1;
 * *at is that cue. */
int angka_reader_decide_among(const reading_config *config, int kind, const cue *cues,
                              size_t n_cues, size_t from, size_t to, bool whole_sentence,
                              bool fallback, long self, size_t at_q, const cue **at)
{
	if (kind < 0 || from >= to)
		return -1;
	for (size_t row = 0; row < config->n_rows[kind]; row++) {
		int cls = config->rows[kind][row].cue_class;
		if ((whole_sentence && config->reach[cls] == REACH_CLAUSE) ||
		    (config->reach[cls] == REACH_FALLBACK) != fallback)
			continue;
		for (size_t c = 0; c < n_cues; c++) {
			if (cues[c].cls == cls && cues[c].start >= from && cues[c].end <= to &&
			    (cues[c].owner == self ||
			     ((cues[c].owner < 0 || self < 0) && !cues[c].holds)) &&
			    cues[c].until > at_q) {
				*at = &cues[c];
				return cls;
			}
		}
	}
	return -1;
}

int angka_reader_decide_in(const reading_config *config, int kind, const cue *cues, size_t n_cues,
                           size_t from, size_t to, bool whole_sentence, long self, size_t at_q,
                           const cue **at)
{
	return angka_reader_decide_among(config, kind, cues, n_cues, from, to, whole_sentence,
	                                 false, self, at_q, at);
}

int angka_reader_adjacent_class(const reading_config *config, int kind, const cue *cues,
                                size_t n_cues, size_t q_start, size_t q_end, long self,
                                const cue **at)
{
	bool named;
	/* "mendaftarkan 1.240 karyawannya": the count's own noun rules it out
	 * before any verb before it */
	for (size_t c = 0; c < n_cues; c++)
		if (cues[c].cls >= 0 && cues[c].start == q_end + 1 &&
		    (cues[c].owner < 0 || cues[c].owner == self) &&
		    angka_reader_metric_of(config, kind, cues[c].cls, &named) == NULL)
			return -1;
	for (size_t c = 0; c < n_cues; c++) {
		if (cues[c].cls < 0 || cues[c].end + 1 != q_start ||
		    !(cues[c].owner < 0 || cues[c].owner == self))
			continue;
		if (angka_reader_metric_of(config, kind, cues[c].cls, &named) != NULL) {
			*at = &cues[c];
			return cues[c].cls;
		}
	}
	return -1;
}

/* The row of the kind's table for a class, or NULL. */
const reading_row *angka_reader_row_of(const reading_config *config, int kind, int cls)
{
	if (kind < 0 || cls < 0)
		return NULL;
	for (size_t row = 0; row < config->n_rows[kind]; row++)
		if (config->rows[kind][row].cue_class == cls)
			return &config->rows[kind][row];
	return NULL;
}

/* The metric a class gives a kind: NULL when none (also when the class is
 * "none" or the kind's table does not name it). *named: the table names it. */
const char *angka_reader_metric_of(const reading_config *config, int kind, int cls, bool *named)
{
	*named = cls == CLASS_NONE;
	const reading_row *row = cls == CLASS_NONE ? NULL : angka_reader_row_of(config, kind, cls);
	*named |= row != NULL;
	return row ? row->metric : NULL;
}

/* "belum tercatat sebagai peserta", "tidak masuk kepesertaan": a cue said
 * at most two words after a negator ("belum", "tidak": the class "not")
 * reads as reading.tsv's `not` line says (covered: negation); "akan
 * menanggung iuran", after the class "will" ("akan", "bakal"), as its `will`
 * line says (funded: target). Not across a comma, nor past a word that turns
 * "not" into "not only" ("tidak hanya"). */
void angka_reader_modify_cues(const char *text, cue *cues, size_t n, int modifier, const int *as,
                              size_t max_words)
{
	static const char *const only[] = {"hanya", "cuma", "saja", "sekadar", "sedikit", NULL};
	if (modifier < 0)
		return;
	for (size_t c = 0; c + 1 < n; c++) {
		if (cues[c].cls != modifier || cues[c + 1].cls < 0 || as[cues[c + 1].cls] < 0)
			continue;
		size_t i = cues[c].end, to = cues[c + 1].start, words = 0;
		bool apart = false;
		while (i < to && !apart) {
			while (i < to && text[i] == ' ')
				i++;
			size_t w = i;
			while (i < to && text[i] != ' ')
				i++;
			if (i == w)
				break;
			for (size_t k = w; k < i && !apart; k++)
				apart = text[k] == ',' || text[k] == ';' || text[k] == '.';
			apart |= angka_word_is_one_of(text + w, i - w, only);
			words++;
		}
		if (!apart && words <= max_words)
			cues[c + 1].cls = as[cues[c + 1].cls];
	}
}

/* "45.210 pekerja telah terlindungi, sementara 114.790 lainnya belum.": a
 * negator that ends its clause leaves out the cue it negates, said before it
 * past a comma; it reads as that cue negated. */
void angka_reader_elided_negation(const char *text, size_t end, cue *cues, size_t n, int modifier,
                                  const int *as)
{
	if (modifier < 0)
		return;
	for (size_t c = 1; c < n; c++) {
		if (cues[c].cls != modifier)
			continue;
		size_t i = cues[c].end;
		while (i < end && text[i] == ' ')
			i++;
		if (i < end && text[i] != ',' && text[i] != '.' && text[i] != ';' && text[i] != '"')
			continue;
		size_t p = c;
		while (p > 0 && cues[p - 1].cls < 0)
			p--;
		if (p == 0 || as[cues[p - 1].cls] < 0)
			continue;
		bool apart = false;
		for (size_t k = cues[p - 1].end; k < cues[c].start && !apart; k++)
			apart = text[k] == ',' || text[k] == ';';
		if (apart)
			cues[c].cls = as[cues[p - 1].cls];
	}
}

/* "berharap seluruh pekerja terlindungi, karena saat ini baru 12.500 orang
 * yang menjadi peserta", "namun yang terdaftar baru 4.000 orang": a cue of
 * a forward-reaching class (a target) says nothing past a turn to the
 * present or against it (connectives `now`, `but`), in any scope. */
void angka_reader_turn_cues(const reading_config *config, cue *cues, size_t n_cues,
                            const angka_lexicon_hit *connectives, size_t n_connectives)
{
	for (size_t c = 0; c < n_cues; c++) {
		if (cues[c].cls < 0 || config->reach[cues[c].cls] != REACH_FORWARD)
			continue;
		for (size_t t = 0; t < n_connectives && cues[c].until == SIZE_MAX; t++)
			if (connectives[t].start >= cues[c].end &&
			    (strcmp(connectives[t].value, "now") == 0 ||
			     strcmp(connectives[t].value, "but") == 0))
				cues[c].until = connectives[t].start;
	}
}
