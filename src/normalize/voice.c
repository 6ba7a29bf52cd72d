/* Which domain a figure's words speak of, where it is not this one's. The
 * sentences whose domain words speak for one that names none, and the
 * clauses and headline statements that name only a neighbour. Part of the
 * binding (bind.c), apart so that each file stays one reader's length. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"

void norm_domain_sides(const angka_lexicon_hit *words, size_t n, size_t from, size_t to, bool *in,
                       bool *out, bool *neighbour)
{
	bool scheme = false;
	*in = *out = false;
	for (size_t i = 0; i < n; i++) {
		if (words[i].start < from || words[i].end > to)
			continue;
		*in |= strcmp(words[i].value, "in") == 0;
		scheme |= strcmp(words[i].value, "out") == 0;
		*out |= strcmp(words[i].value, "topic") == 0;
	}
	*out |= scheme;
	if (neighbour)
		*neighbour = scheme;
}

/* Do words[0, n) within [from, to) name only a neighbouring domain ("BPJS
 * Kesehatan", "JKN", "UHC") and none of the domain's own words? */
static bool names_only_other_domain(const angka_lexicon_hit *words, size_t n, size_t from,
                                    size_t to)
{
	bool in, out;
	norm_domain_sides(words, n, from, to, &in, &out, NULL);
	return out && !in;
}

/* A sentence that names only a neighbouring domain. */
static bool speaks_of_other_domain(const sentence_context *sc)
{
	return names_only_other_domain(sc->domain, sc->n_domain, 0, SIZE_MAX);
}

/* "Kalau BPJS Kesehatan bisa di atas 90 persen, jaminan sosial
 * ketenagakerjaan juga harus bisa menyusul": a clause that names only the
 * neighbour speaks of it, whatever the rest of its sentence names. */
static bool clause_speaks_of_other_domain(const char *text, const angka_sentence *sentence,
                                          const sentence_context *sc, const angka_hit *hit)
{
	if (hit->scope_end <= hit->scope_start)
		return false;
	bool in, out;
	norm_domain_sides(sc->domain, sc->n_domain, hit->scope_start, hit->scope_end, &in, &out,
	                  NULL);
	if (in || out)
		return out && !in;
	/* "sementara 27,1 persen menyangkut kepesertaan dan layanan Jaminan
	 * Kesehatan Nasional (JKN)": a clause that names no domain runs on
	 * past a "dan" that joins two nouns, to its comma. */
	size_t end = hit->scope_end;
	while (end < sentence->end && text[end] != ',' && text[end] != ';' && text[end] != '.')
		end++;
	return names_only_other_domain(sc->domain, sc->n_domain, hit->scope_start, end);
}

/* "DJSN: Cakupan JKN 98 Persen, Jamsostek Baru 41 Persen": a headline's
 * statement, between its commas, that names only the neighbour speaks of
 * it, whatever the statement beside it names. */
static bool statement_speaks_of_other_domain(const char *text, const angka_sentence *sentence,
                                             const sentence_context *sc, const angka_hit *hit)
{
	if (!hit->headline)
		return false;
	size_t from = hit->value_start, to = hit->value_end;
	while (from > sentence->start && text[from - 1] != ',')
		from--;
	while (to < sentence->end && text[to] != ',')
		to++;
	return names_only_other_domain(sc->domain, sc->n_domain, from, to);
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
 * the last sentence earlier in the same paragraph that names one speaks for
 * it: a neighbour alone ("Di sisi lain, kepesertaan BPJS Kesehatan ... 97
 * persen. Tahun lalu cakupannya 92 persen."), or the domain, also in a
 * neighbour's story. */
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
		if (i == (size_t)-1 || st->sentences[i].paragraph != paragraph)
			return sc;
		/* "... peserta aktif BPJS Ketenagakerjaan di Kendal sebanyak
		 * 139.652 orang. Rinciannya, 112.406 pekerja penerima upah, ...":
		 * one that names the domain, whatever story it is in. */
		if (!speaks_of_other_domain(&st->contexts[i]))
			return &st->contexts[i];
		/* A turn goes back to the story: "Sementara itu, kepesertaan
		 * pekerja baru 18,9 persen." */
		static const char *const turns_back[] = {"sebaliknya", "berbeda",  "di sisi lain",
		                                         "meski",      "meskipun", NULL};
		const char *text = st->article->text + st->sentences[at].start;
		if (opens_with(text, norm_contrasts) || opens_with(text, turns_back))
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

/* Why the figure of hit is the neighbour's, or NULL: it is this domain's.
 * "Sambas Raih UHC Prioritas, 97,31 Persen Warga Terdaftar JKN": a story
 * whose title names only a neighbouring domain is the neighbour's where a
 * sentence's voice names no domain ("Dari 553.126 peserta, yang aktif
 * sebanyak 481.904 jiwa"), though it names the domain in passing. */
const char *norm_other_domain(const article_state *st, const angka_sentence *sentence,
                              const sentence_context *sc, const angka_hit *hit)
{
	const sentence_context *voice = domain_voice(st, sc);
	/* "jumlah penduduk bekerja ... tercatat 1.062.418 orang, dengan tingkat
	 * pengangguran terbuka 6,41 persen": a topic, not a neighbouring scheme,
	 * named only after the figure's clause adds a fact beside it; its
	 * clause is its own. One named first is what the sentence is about
	 * ("Target realisasi anggaran ... 95 persen, sementara realisasi ...
	 * baru 71 persen"). */
	bool in, out, neighbour;
	norm_domain_sides(voice->domain, voice->n_domain, 0, SIZE_MAX, &in, &out, &neighbour);
	size_t clause_end = hit->scope_end > hit->scope_start ? hit->scope_end : hit->value_end;
	bool topic_after = voice == sc && out && !neighbour;
	for (size_t i = 0; topic_after && i < sc->n_domain; i++)
		topic_after = sc->domain[i].start >= clause_end;
	if ((speaks_of_other_domain(voice) && !topic_after) ||
	    (voice->n_domain == 0 && st->neighbours_story))
		return "the sentence speaks of another domain (its lexicon/domain.tsv)";
	if (clause_speaks_of_other_domain(st->article->text, sentence, sc, hit) ||
	    statement_speaks_of_other_domain(st->article->text, sentence, sc, hit))
		return "its clause speaks of another domain (its lexicon/domain.tsv)";
	return NULL;
}
