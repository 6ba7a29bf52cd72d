/* The programme a benefit or claim was paid under (JHT, JKK, JKM, JP, JKP,
 * beasiswa: lexicon/programmes.tsv), named or read from the sentences
 * around it. Part of the binding (bind.c), apart so that each file stays
 * one reader's length. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"

/* The programme a benefit or claim was paid under: the nearest programme
 * named before the value in its clause, else the first after it there, else
 * the nearest before it in the sentence (JHT, JKK, JKM, JP, JKP, beasiswa),
 * or NULL. */
static const char *programme_named(const char *text, const sentence_context *sc,
                                   const angka_hit *hit, size_t start, size_t end)
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
	if (norm_list_values(distinct, 2, text, sc->programmes, sc->n_programmes, (size_t)found) >
	    1)
		return NULL;
	return sc->programmes[found].value;
}

/* Does the sentence open on the amount or the recipients of what the one
 * before paid ("Nilainya mencapai ...", "Total nilainya ...",
 * "Penerimanya ...")? */
static bool opens_on_its_amount(const char *s, size_t n)
{
	static const char *const openers[] = {
	        "nilainya ",   "total nilainya ", "nilai totalnya ",     "nominalnya ",
	        "besarannya ", "penerimanya ",    "jumlah penerimanya ", NULL};
	while (n > 0 && (*s == ' ' || *s == '"')) {
		s++;
		n--;
	}
	for (size_t o = 0; openers[o]; o++) {
		size_t len = strlen(openers[o]);
		if (n > len && strncasecmp(s, openers[o], len) == 0)
			return true;
	}
	return false;
}

const char *norm_programme_paid_under(article_state *st, const angka_hit *hit,
                                      const angka_sentence *sentence, const sentence_context *sc,
                                      size_t start, size_t end)
{
	const char *text = st->article->text;
	const char *programme = programme_named(text, sc, hit, start, end);
	size_t index = (size_t)(sentence - st->sentences);
	/* "Sebanyak 713 anak peserta juga menerima beasiswa pendidikan. Total
	 * nilainya Rp3,08 miliar.": what a sentence that goes on from the one
	 * before pays, naming no programme, is paid under the programme that
	 * one paid under; "Penerimanya 1.152 anak dengan nilai manfaat Rp4,19
	 * miliar": so is what is paid beside the scholarships its clause
	 * counts. */
	if (programme == NULL && sc->n_programmes == 0 &&
	    angka_domain_programme_of(st->norm->dom, hit->metric) == NULL) {
		if (!hit->row && st->paid_programme && index == st->paid_programme_sentence + 1 &&
		    opens_on_its_amount(text + sentence->start, sentence->end - sentence->start))
			programme = st->paid_programme;
		for (size_t j = 0; programme == NULL && j < st->n_sentence_hits; j++) {
			const angka_hit *other = &st->sentence_hits[j];
			if (other != hit && hit->scope_end > hit->scope_start &&
			    other->value_start >= hit->scope_start &&
			    other->value_end <= hit->scope_end)
				programme = angka_domain_programme_of(st->norm->dom, other->metric);
		}
	}
	if (programme) {
		st->paid_programme = programme;
		st->paid_programme_sentence = index;
	}
	return programme;
}

/* The programmes listed before `before` with no number between them, each
 * once ("Jaminan Hari Tua (JHT), Jaminan Kecelakaan Kerja (JKK) ... dan
 * Jaminan Pensiun (JP)"): their hits, at most max, and how many. */
size_t norm_programme_list(const angka_lexicon_hit **out, size_t max, const char *text,
                           const sentence_context *sc, size_t before)
{
	size_t n = 0;
	for (size_t i = 0; i < sc->n_programmes && sc->programmes[i].end <= before; i++) {
		const angka_lexicon_hit *p = &sc->programmes[i];
		if (n > 0) {
			bool number = false;
			for (size_t k = out[n - 1]->end; k < p->start && !number; k++)
				number = text[k] >= '0' && text[k] <= '9';
			if (number)
				n = 0;
		}
		bool again = false;
		for (size_t j = 0; j < n && !again; j++)
			again = strcmp(out[j]->value, p->value) == 0;
		if (!again && n < max)
			out[n++] = p;
	}
	return n;
}

/* The one programme the value's clause (else its sentence) names, or NULL
 * when it names none or several ("program JKK, JKM, JHT dan JP" is the
 * whole scheme). */
const char *norm_single_programme(const sentence_context *sc, const angka_hit *hit)
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
