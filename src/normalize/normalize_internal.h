/* What the files of the normalize stage share: the normalizer, what each
 * sentence of an article says, and the state of binding an article's hits.
 * Not installed; only src/normalize includes it. */
#ifndef ANGKA_NORMALIZE_INTERNAL_H
#define ANGKA_NORMALIZE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/normalize.h"
#include "normalize/period.h"
#include "normalize/regions.h"
#include "util/lexicon.h"

struct angka_normalizer {
	const angka_domain *dom; /* borrowed: what the domain's metrics are */
	angka_gazetteer *gazetteer;
	bool owns_gazetteer;   /* false: borrowed from an earlier domain's normalizer */
	char *gazetteer_files; /* the regions and abbreviations files it was read from */
	/* The key of the places it finds in an angka_sentence_memo: its
	 * mentions point into it, so only this gazetteer can hand them on. */
	char *gazetteer_key;
	angka_lexicon *segments;
	angka_lexicon *approx;
	angka_lexicon *months;
	angka_lexicon *domain;     /* "in": the domain's own words; "out": a neighbour's */
	angka_lexicon *places;     /* places named without a name ("secara nasional") */
	angka_lexicon *programmes; /* JHT, Jaminan Hari Tua, ... -> JHT */
	angka_lexicon *cues;       /* what quantities measure; its "target" words date targets */
	angka_period_finder *periods;
	bool owns_periods; /* false: borrowed from an earlier domain's normalizer */
};

/* The context found in one sentence, computed once per article. */
typedef struct sentence_context {
	angka_region_mention *regions;
	size_t n_regions;
	angka_period *periods;
	size_t n_periods;
	angka_lexicon_hit *segments;
	size_t n_segments;
	angka_lexicon_hit *approx;
	size_t n_approx;
	angka_lexicon_hit *domain;
	size_t n_domain;
	angka_lexicon_hit *programmes;
	size_t n_programmes;
} sentence_context;

/* A period as bound to a figure, with how strongly the text supports it:
 * stated in the sentence > "saat ini" there (the statement's month, until
 * a note says when the data's "now" was) > carried from earlier sentences
 * > the publication date. Duplicates keep the best-supported statement. */
typedef enum period_strength {
	PERIOD_NONE = 0,
	PERIOD_PUBLISHED = 1,
	PERIOD_CARRIED = 2,
	PERIOD_NOW = 3,
	PERIOD_STATED = 4,
} period_strength;

typedef struct bound_period {
	int year, month, day;
	period_strength strength;
} bound_period;

typedef struct article_state {
	const angka_normalizer *norm;
	const angka_article *article;
	const angka_region *default_region;
	bool titled;                          /* default_region is the one the title names */
	bool from_capital;                    /* the dateline is where national bodies file from */
	const angka_region *paragraph_region; /* last region named in this paragraph */
	/* The hits of the sentence being bound, in text order. */
	const angka_hit *sentence_hits;
	size_t n_sentence_hits;
	const angka_region *country; /* the gazetteer's Indonesia, or NULL */
	/* This sentence states a count no province holds (metrics.tsv
	 * "national"): what it says without naming a place is the country's. */
	bool sentence_national;
	const char *carried_segment;  /* the segment the previous sentence of the paragraph
	                                  spoke of, for a sentence that goes on from it */
	bool carried_named;           /* that sentence named it itself (a table row's label) */
	const char *sentence_segment; /* the same, of this sentence so far */
	const char *last_segment; /* the previous sentence's, across paragraphs ("kategori ini") */
	/* The segment of the last sentence of the paragraph that gave figures,
	 * for one that points back at a figure ("Angka tersebut ...") */
	const char *figure_segment;
	/* "Tanya: Berapa tingkat coverage penerima upah?" "Jawab: Sudah 37,6
	 * persen.": the segment a question named, for its answer (the sentences
	 * after it up to the end of the next paragraph); and whether the
	 * sentence before was a question, and its segment. */
	const char *asked_segment;
	bool after_question;
	const char *question_segment;
	/* The one segment a lead ending with ':' named ("Berikut sepuluh
	 * provinsi dengan jumlah peserta BPU terbanyak:"), for the rows and
	 * list items after it; and whether the sentence being bound is one. */
	const char *intro_segment;
	bool in_rows;
	/* The group the last payment was said to be made to, in its sentence's
	 * own words, and that sentence's index. */
	const char *paid_segment;
	size_t paid_sentence;
	/* The programme the last payment was made under, and its sentence. */
	const char *paid_programme;
	size_t paid_programme_sentence;
	/* Figures bound in this sentence, and how many are bases, flows, targets. */
	size_t sentence_figures, sentence_bases, sentence_flows, sentence_targets;
	size_t paragraph;
	/* Periods carried on, apart for flows (benefits and claims paid over a
	 * period: "sepanjang tahun 2023") and stocks (participants, coverage: as
	 * of a day): the last stated before, and the last sentence's. */
	bound_period carried[2], last[2];
	/* the last period any sentence before named, compared with or not:
	 * what "saat itu" speaks of */
	bound_period named;
	/* The year the last base statistic was stated for ("data BPS 2022"),
	 * and its place: that place's bases after it without a period of
	 * their own are of that year too. */
	bound_period carried_base;
	const angka_region *carried_base_region;
	bound_period published;
	angka_figure_list *out;
	period_strength *strengths; /* parallel to out->items, for merging */
	/* Parallel to out->items: the index of the figure whose place a part
	 * took (a programme's payout, its total's), or SIZE_MAX. */
	size_t *wholes;
	size_t strengths_cap;
	/* The whole the figure being bound takes its place from, or SIZE_MAX. */
	size_t binding_whole;
	size_t first_figure;   /* out->n when this article started */
	bool in_domain;        /* the article names the domain somewhere */
	bool neighbours_story; /* its title names only a neighbouring domain */
	const angka_normalize_trace *trace;
	angka_sentence_memo *memo;       /* what other domains found in the sentences, or NULL */
	const angka_sentence *sentences; /* every sentence and what it says */
	const sentence_context *contexts;
	size_t n_sentences;
} article_state;

/* bind.c: does the sentence state a count of its metric larger than any
 * province holds (hits[0..n) are the sentence's)? */
bool norm_states_national_count(const article_state *st, const angka_hit *hits, size_t n);
/* bind.c: past the first of phrases (NULL-terminated) that text[i..]
 * starts with, without regard to case; i itself when none does. */
size_t norm_skip_phrase(const char *text, size_t i, const char *const *phrases);
/* segments.c: the segment a value at [value_start, value_end) is of, or
 * NULL (none named: all); of the quantity a part belongs to ("21.563 di
 * antaranya"), or NULL; the last coordinated list of segment words before
 * `before` ("PU dan BPU") into out, how many; the distinct values of the
 * list that lexicon hit k of hits[0, n) is an item of, how many. */
const char *norm_segment_for(const angka_normalizer *norm, const char *text, const angka_hit *hit,
                             const sentence_context *sc, size_t value_start, size_t value_end);
const char *norm_anchor_segment(const article_state *st, const angka_hit *hit);
size_t norm_segment_list(const char **out, size_t max, const char *text, const sentence_context *sc,
                         size_t before);
size_t norm_list_values(const char **distinct, size_t max, const char *text,
                        const angka_lexicon_hit *hits, size_t n, size_t k);

/* Does text[from, to) turn to a contrast ("sementara", "sedangkan", "namun",
 * "tetapi")? */
bool norm_contrast_between(const char *text, size_t from, size_t to);
/* The end of the last contrast word in text[from, to), or 0. */
size_t norm_last_contrast(const char *text, size_t from, size_t to);
/* The words that turn to a contrast ("sementara", "namun", ...). */
extern const char *const norm_contrasts[];
/* Which domain the domain words[0, n) within [from, to) name: *in its own
 * ("in" in lexicon/domain.tsv), *out another's, a neighbouring scheme's
 * ("out") or another subject's ("topic"); *neighbour (unless NULL) a
 * neighbouring scheme's (voice.c). */
void norm_domain_sides(const angka_lexicon_hit *words, size_t n, size_t from, size_t to, bool *in,
                       bool *out, bool *neighbour);
/* Does text[from, to) hold a digit, a quote or end a sentence or clause
 * ('.', ';') (mentions.c)? */
bool norm_breaks_between(const char *text, size_t from, size_t to);
/* Why hit's figure speaks of a neighbouring domain, or NULL (voice.c). */
const char *norm_other_domain(const article_state *st, const angka_sentence *sentence,
                              const sentence_context *sc, const angka_hit *hit);
/* Is at inside an aside of what is included (", termasuk pekerja penerima
 * bantuan iuran dari APBD Kabupaten Manokwari, Mansel dan Kaimana sebesar
 * 52.710"): after ", termasuk" in its sentence with no number between? The
 * place and the segment spoken of are the ones before it. */
bool norm_in_inclusion(const char *text, size_t sentence_start, size_t at);
/* The programme a paid figure of hit at text[start, end) was paid under:
 * the nearest its clause names, else the one a sentence opening on "its
 * value" goes on from, else the one the clause's other figure is declared
 * under (scholarships); NULL for none. Remembers it for the next sentence. */
const char *norm_programme_paid_under(article_state *st, const angka_hit *hit,
                                      const angka_sentence *sentence, const sentence_context *sc,
                                      size_t start, size_t end);
/* The programmes listed before `before` with no number between them, each
 * once: their hits, at most max, and how many. */
size_t norm_programme_list(const angka_lexicon_hit **out, size_t max, const char *text,
                           const sentence_context *sc, size_t before);
/* The one programme the value's clause (else its sentence) names, or NULL. */
const char *norm_single_programme(const sentence_context *sc, const angka_hit *hit);
/* bind.c: the nouns a count of workers is said with ("25.000 buruh di Kota
 * Bekasi", "dari 19,8 juta pekerja di Jawa Barat"), each with its trailing
 * space, for norm_skip_phrase. */
extern const char *const norm_worker_nouns[];

/* The place words of a sentence (norm->places: "kabupaten", venues, a
 * speaker's verb, names that hold a place name): the same in both passes
 * of norm_find_places, so found once per sentence and read by each. */
typedef struct place_words {
	angka_lexicon_hit *hits;
	size_t n;
} place_words;

/* Adds to w, in text order, the places text[start, end) names by an
 * epithet that points back ("kabupaten bahari itu") and the capitals it
 * points back at (epithets.c); ANGKA_ENOMEM. */
int norm_add_epithets(place_words *w, const char *text, size_t start, size_t end);

/* Mark the mentions no figure speaks of (mentions.c): datelines, venues,
 * the speaker's office, glosses, places that qualify the one before,
 * abbreviations the article defines as no place ("penerima upah (PPU)"). */
void norm_mark_mentions(const angka_article *article, const angka_sentence *sentences,
                        sentence_context *sc, size_t n, const place_words *words);
/* Is mention m the scope of a ranking or a place in a wider one ("tertinggi
 * di Sulawesi Utara", "se-Provinsi Jambi")? Not after the ranking's measure
 * ("cakupan terendah di X") unless a place is named before m (place_before). */
bool norm_is_scope(const char *text, size_t sentence_start, const angka_region_mention *m,
                   bool place_before);
/* The words for an area a place may come after ("di wilayah Bali"), each
 * with its trailing space. */
extern const char *const norm_area_words[];

/* places.c: the places each sentence names (sc[s].regions, with those no
 * figure speaks of marked), and the article's own (st->default_region). */
int norm_find_places(article_state *st, sentence_context *sc, angka_error *err);
/* The mention a figure speaks of, its index in sc->regions or -1; *from says
 * where it was found. */
long norm_nearest_mention(const article_state *st, const angka_sentence *sentence,
                          const sentence_context *sc, const angka_hit *hit, const char **from);
/* Are the things at [.., end) and [start, ..) joined only by a list
 * connector: ",", "dan", ", dan", "serta", "&", "/"? */
bool norm_joined_in_list(const char *text, size_t end, size_t start);
/* The coordinated list of mentions that ends with mention k: [result, k]. */
size_t norm_list_start(const char *text, const sentence_context *sc, size_t k);
/* Where a place named right after a value that ends at end would start
 * ("45 persen untuk Kota Tual", "di Kalimantan Tengah"), or SIZE_MAX when no
 * link to a place follows the value. */
size_t norm_place_after_value(const char *text, size_t end);

/* place_names.c: a bare name that is both a regency and a city ("Semarang",
 * "Bekasi") is the one the article names explicitly elsewhere ("Kota
 * Semarang"), unless a list names the city as "Kota X" beside it.
 * ANGKA_ENOMEM. */
int norm_prefer_explicit_places(const char *text, sentence_context *sc, size_t n);

/* as_of.c: the period each figure is as of. */
bound_period norm_published_period(const angka_article *article);
bound_period norm_statement_date(const angka_normalizer *norm, const char *text,
                                 const angka_sentence *sentences, const sentence_context *sc,
                                 size_t n, const char *url);
bool norm_is_flow(const angka_normalizer *norm, const char *metric);
/* Does the domain declare metric with this role (ANGKA_METRIC_*)? */
bool norm_metric_is(const angka_normalizer *norm, const char *metric, unsigned role);
bound_period norm_period_for(const article_state *st, const sentence_context *sc,
                             const angka_hit *hit, const char *metric, size_t start, size_t end);
const char *norm_period_source(period_strength strength);
/* After a sentence is bound: the periods it states that carry on. */
void norm_carry_periods(article_state *st, const angka_sentence *sentence,
                        const sentence_context *sc);
/* "Ini data sampai bulan Agustus 2025" dates the figures before it; the
 * article's figures must be settled (in text order) first. */
int norm_date_by_data_notes(article_state *st);

/* bind.c: a hit's figures, emitted. */
int norm_bind_hit(article_state *st, const angka_hit *hit, const angka_sentence *sentence,
                  const sentence_context *sc);

/* figures.c */
int norm_emit(article_state *st, const angka_figure *fig, period_strength strength);
/* Merge the article's restatements, name its working populations and put
 * its figures (and their strengths) in text order. */
int norm_settle(article_state *st);

#endif
