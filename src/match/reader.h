/* The reader (reader.c): the quantities of a sentence and what their cues
 * make of them. Internal to the match stage; match.c runs it after the
 * specific rules. */
#ifndef ANGKA_MATCH_READER_H
#define ANGKA_MATCH_READER_H

#include "match/rules_internal.h"

/* Append a hit to *hits (grown as needed). */
int angka_match_push(angka_hit **hits, size_t *n, const angka_hit *hit);

/* cues.c: the quantities of the sentence [start, end) into *out (NULL), and
 * the phrases of lex in it, from the memo when a domain that reads them
 * alike found them already. */
int angka_reader_scan_quantities(angka_quantity **out, size_t *n, const reading_config *config,
                                 angka_sentence_memo *memo, const char *text, size_t start,
                                 size_t end);
int angka_reader_find_words(angka_lexicon_hit **out, size_t *n, const angka_lexicon *lex,
                            angka_sentence_memo *memo, const char *text, size_t start, size_t end);
/* clauses.c: does text[from, to), between two quantities, make the first a
 * part of the second ("pekerja dari", "dari total")? */
bool angka_reader_part_before(const char *text, size_t from, size_t to);

/* Read one sentence: a hit for every quantity the cues make a figure of,
 * except those a specific rule already read (claimed, n_claimed). */
int angka_reader_sentence(angka_hit **hits, size_t *n_hits, const angka_rules *rules,
                          angka_match_context *ctx, const char *text, size_t start, size_t end,
                          bool headline, const angka_hit *claimed, size_t n_claimed,
                          angka_match_warning_fn warn, void *warn_ctx, angka_reading_fn reading,
                          void *trace_ctx, angka_error *err);

/* openers.c: is at the first word of the sentence [start, ..) (after quotes
 * and brackets)? */
bool angka_reader_at_sentence_start(const char *text, size_t start, size_t at);
/* Does the sentence [start, end) open with a noun pointed back at by
 * ini/itu/tersebut ("Pembayaran itu ...")? *part: it takes a part of that
 * count ("Dari jumlah peserta itu, ...", as the `part` connectives do).
 * *figure: the noun names a figure ("Angka tersebut ..."), not a group. */
bool angka_reader_opens_pointing_back(const char *text, size_t start, size_t end, bool *part,
                                      bool *figure);
/* Does the sentence open on a demonstrative alone and an equality ("Itu
 * setara 34 persen dari angkatan kerja", "Ini kira-kira 40 persen")? It
 * restates the figure before as a share, of what that figure was. */
bool angka_reader_restates_alone(const char *text, size_t start, size_t end);
/* Where what a sentence says starts, after who says it ("Kepala ..., Rudi
 * Hartono, mengatakan jumlah tersebut ...", "Menurut Rudi, dari jumlah itu
 * ..."): past its first `says` connective when no number comes before it;
 * start when there is none. */
size_t angka_reader_after_speaker(const char *text, size_t start, size_t end,
                                  const angka_lexicon_hit *connectives, size_t n_connectives);
/* Is [start, end) a question ("Daerah mana yang paling tinggi cakupannya?")? */
bool angka_reader_asks(const char *text, size_t start, size_t end);
/* Where what a sentence says starts after a short fronted adverbial and its
 * comma ("Mulai tahun depan, jumlah itu ...", "Pada 2026, angka tersebut
 * ..."); start when it has none. */
size_t angka_reader_after_fronted(const char *text, size_t start, size_t end);
/* Does [start, end) open on heirs ("Ahli warisnya menerima ...")? */
bool angka_reader_opens_on_heirs(const char *text, size_t start, size_t end);
/* Does a death ("yang meninggal dunia", "wafat") follow, within a few words,
 * the count ending at at, before end? */
bool angka_reader_died_after(const char *text, size_t at, size_t end);
/* Is the sentence a list item ("- Jawa Barat: ...", "Jawa Barat: 4,96 juta")? */
bool angka_reader_starts_item(const char *text, size_t start, size_t end);
/* Does [start, end) open on a clause with no head ("Yang terdaftar baru
 * 85.388 orang", "Namun yang tercatat sebagai peserta aktif baru 41.382"):
 * whom it speaks of is whom the sentence before did. */
bool angka_reader_opens_headless(const char *text, size_t start, size_t end);
/* Is [start, end) a short line of its own with a number and no closing
 * punctuation ("Jawa Timur 948.300 orang"), as unmarked list items are? */
bool angka_reader_bare_line(const char *text, size_t start, size_t end);

/* tables.c: the '|' in [start, end): a sentence with two or more is a table
 * row, and those before a cell are its column. */
size_t angka_reader_count_pipes(const char *text, size_t start, size_t end);
/* Does a header cell text[cell[0], cell[1]) say its column holds
 * percentages ("Cakupan (%)", "Persentase")? */
bool angka_reader_column_says_percent(const char *text, const size_t cell[2]);
/* What the header cell [cell[0], cell[1]) says its column counts, a value
 * of the nouns lexicon ("Jumlah Kasus": cases, "Peserta": persons), or NULL
 * (none, or out of memory: the column then says nothing). */
const char *angka_reader_column_noun(const angka_lexicon *nouns, const char *text,
                                     const size_t cell[2]);
/* The scale a header cell states in brackets for its column's numbers
 * ("Peserta Aktif (juta orang)", "Nilai (Rp miliar)", "(dalam ribuan)"):
 * 1e3, 1e6, 1e9 or 1e12, with *money set when it states rupiah; 0 when it
 * states none. */
double angka_reader_column_scale(const char *text, const size_t cell[2], bool *money);

/* What the reader knows of one quantity of a sentence, shared by reader.c
 * and templates.c. */
typedef enum scope {
	SCOPE_TEMPLATE = 0,
	SCOPE_COLUMN,   /* a table's column header */
	SCOPE_PHRASE,   /* between the quantity and its neighbours */
	SCOPE_CLAUSE,   /* the clause it is in */
	SCOPE_SENTENCE, /* its sentence */
	SCOPE_HEAD,     /* the head of the breakdown it is an item of */
	SCOPE_PREVIOUS, /* the sentence before, which this one continues */
	SCOPE_UNDECIDED,
} scope;

/* A cue word of the sentence and its class (-1 once a template used it). */
typedef struct cue {
	size_t start, end;
	int cls;
	/* The quantity whose counted words it is, said right after it ("14,2
	 * juta penduduk bekerja"), or -1: no other quantity's clause takes it. */
	long owner;
	/* Where a forward-reaching cue (a target) stops speaking: the first turn
	 * after it, to the present ("saat ini") or against it ("namun"); else
	 * SIZE_MAX. */
	size_t until;
	/* It holds its owner ("beasiswa untuk dua anak"): it speaks of that
	 * number alone, also where a sentence's topic speaks of every one. */
	bool holds;
} cue;

typedef struct qread {
	angka_quantity q;
	int kind; /* reading_kind, or -1: no figure whatever its cues */
	size_t clause_start, clause_end;
	size_t phrase_start, phrase_end;
	int column;   /* table column, or -1 */
	double scale; /* the scale its column's header states, or 0 */
	/* what the templates said */
	int template_class;
	const angka_rule *template_rule;
	size_t pair; /* union-find parent (its own index when alone) */
	bool item, part, list, claimed;
	size_t list_start, list_end;
	long hit; /* the index of its hit in the hits, or -1 */
	/* the decision */
	int cls;
	scope scope;
	const angka_rule *by;
	size_t cue_start, cue_end;
} qread;

/* clauses.c: each quantity's clause (punctuation outside numbers and
 * brackets, and the connectives that split) and phrase (its clause's words
 * between it and its neighbours) in the sentence [start, end). */
void angka_reader_find_clauses(qread *qs, size_t n, const char *text, size_t start, size_t end,
                               const angka_lexicon_hit *connectives, size_t n_connectives,
                               bool headline);

/* templates.c: what the domain's templates say of the quantities qs[0, n)
 * of the sentence [start, end): classes, restatements (their sets, read with
 * angka_reader_find_set), items, parts, lists. The cue words inside what a
 * template read as a class are used up (cls -1). A template too costly on
 * the sentence reads nothing of it, and is reported through warn. */
int angka_reader_templates(qread *qs, size_t n, const angka_rules *rules, const char *text,
                           size_t start, size_t end, cue *cues, size_t n_cues,
                           angka_match_warning_fn warn, void *warn_ctx, angka_error *err);
/* The restatement set quantity i belongs to (its representative). */
size_t angka_reader_find_set(qread *qs, size_t i);
/* Restatements (the quantities of one set) share the best-supported
 * decision any of them has; undecided_only: only those still undecided
 * take one. */
void angka_reader_share_restatements(qread *qs, size_t n, const reading_config *config,
                                     bool undecided_only);
/* "peserta penerima upah berjumlah 30,71 juta (63,63%), bukan penerima upah
 * 11,8 juta (24,45%), jasa konstruksi 5,23 juta (10,84%), dan pekerja
 * migran 520 ribu (1,08%)": levels of one sentence that add up to the whole
 * (100, within their rounding), three or more, are the shares of it
 * (reading.tsv part); two may add up so by chance. */
void angka_reader_shares_of_whole(qread *qs, size_t n, const reading_config *config);

/* What one span is matched with: match data, and a match context with a JIT
 * stack of its own made on first need (PCRE2's default of 32 KiB of the
 * machine stack runs out on long sentences). Per call, never shared, so
 * spans can be matched in several threads at once (match.c). */
typedef struct angka_matcher {
	pcre2_match_data *md;
	pcre2_match_context *context;
	pcre2_jit_stack *jit_stack;
} angka_matcher;

/* pcre2_match, again with the larger JIT stack when the default one ran out. */
int angka_matcher_match(angka_matcher *m, const pcre2_code *code, PCRE2_SPTR subject,
                        PCRE2_SIZE length, PCRE2_SIZE offset, uint32_t options);
void angka_matcher_free(angka_matcher *m);
/* After a match: the span of its group number into [*from, *to), false when
 * the group did not take part. */
bool angka_matcher_group(const angka_matcher *m, uint32_t number, PCRE2_SIZE *from, PCRE2_SIZE *to);
/* After a match: where the next one is looked for, past it (an empty match
 * moves one character on, never into a UTF-8 sequence). */
PCRE2_SIZE angka_matcher_next(const angka_matcher *m, PCRE2_SPTR subject, PCRE2_SIZE length);
/* The limits PCRE2 puts on one match: the rule is too costly on this text,
 * not wrong. */
bool angka_match_resource_limit(int rc);

#define MAX_COLUMNS 16

/* tables.c: a row of a table no header row names the columns of ("1 | Aceh
 * | 583.638 | 117.947" under a sentence): the lead says what its first
 * column of counts holds; what the others hold, nothing says, so they are
 * no quantities. */
void angka_reader_unnamed_columns(qread *qs, size_t n, size_t *candidates);
/* tables.c: is r's number plain (no noun, no unit, no scale word), as a
 * table cell's bare number is? Read it as a percentage (a bare one becomes
 * a candidate: *candidates counts it). */
bool angka_reader_plain_number(const qread *r);
void angka_reader_read_as_percent(qread *r, size_t *candidates);
/* A table's header written as one line of words ("Provinsi Penduduk
 * Bekerja (Sakernas Feb 2025) Peserta Aktif Cakupan (%)"), as captures
 * flatten it: split at its cue words outside brackets, one cell for each
 * column of numbers of the row under it, the cells before them its text.
 * Writes *n_columns cells (0 when the cue words and the columns of numbers
 * do not pair one to one). ANGKA_OK or ANGKA_ENOMEM. */
int angka_reader_header_line(size_t columns[][2], size_t *n_columns, size_t max,
                             const angka_lexicon *cues, const char *text, const size_t line[2],
                             const qread *row, size_t n);

/* cues.c */
/* "6,18 juta pekerja dari total 14,2 juta penduduk bekerja": the words right
 * after a quantity say what it counts, for it alone; the other quantities of
 * the clause do not read them (what the whole sentence says, its topic, is
 * still every quantity's). quantities and cues are in text order. */
void angka_reader_own_cues(const char *text, const angka_quantity *quantities, size_t n, cue *cues,
                           size_t n_cues, int base);
/* The first row of the kind's precedence whose class a cue in [from, to)
 * has, among the fallback classes or the others. Returns the class, or -1;
 * *at is that cue. */
int angka_reader_decide_among(const reading_config *config, int kind, const cue *cues,
                              size_t n_cues, size_t from, size_t to, bool whole_sentence,
                              bool fallback, long self, size_t at_q, const cue **at);
/* The same among the classes that are not a fallback. */
int angka_reader_decide_in(const reading_config *config, int kind, const cue *cues, size_t n_cues,
                           size_t from, size_t to, bool whole_sentence, long self, size_t at_q,
                           const cue **at);
/* The class of the cue said right before a quantity at [q_start, q_end)
 * ("dengan capaian 18,9 persen"), when the kind's table gives it a metric
 * and no cue right after it (its noun) rules it out; else -1 (*at: that
 * cue). */
int angka_reader_adjacent_class(const reading_config *config, int kind, const cue *cues,
                                size_t n_cues, size_t q_start, size_t q_end, long self,
                                const cue **at);
/* Where the sentence turns against what came before after `from` (a "but"
 * connective), or end (clauses.c). */
size_t angka_reader_turn_after(const angka_lexicon_hit *connectives, size_t n_connectives,
                               size_t from, size_t end);
/* Widens [*from, *to) to the run of a headline's statements around it that
 * each hold a quantity (clauses.c). */
void angka_reader_statements_around(size_t *from, size_t *to, const char *text, size_t start,
                                    size_t end, const qread *qs, size_t n);
/* "Jumlah pekerja yang wajib dilindungi di kabupaten itu, merujuk data BPS
 * ..., tercatat 231.460 orang": the end of the subject a sentence opens on
 * ("Jumlah", "Total", "Banyaknya" up to its first comma) when that comma
 * comes before `before`; else start (clauses.c). */
size_t angka_reader_subject_end(const char *text, size_t start, size_t before);
/* The row of the kind's table for a class, or NULL. */
const reading_row *angka_reader_row_of(const reading_config *config, int kind, int cls);
/* The metric a class gives a kind: NULL when none (also when the class is
 * "none" or the kind's table does not name it). *named: the table names it. */
const char *angka_reader_metric_of(const reading_config *config, int kind, int cls, bool *named);
/* "belum tercatat sebagai peserta", "tidak masuk kepesertaan": a cue said
 * at most max_words words after a modifier, a negator ("belum", "tidak": the
 * class "not"; "yang belum", the class "negation", only right before it)
 * reads as reading.tsv's `not` line says (covered: negation); "akan
 * menanggung iuran", after the class "will" ("akan", "bakal"), as its `will`
 * line says (funded: target). Not across a comma, nor past a word that turns
 * "not" into "not only" ("tidak hanya"). */
void angka_reader_modify_cues(const char *text, cue *cues, size_t n, int modifier, const int *as,
                              size_t max_words);
/* "45.210 pekerja telah terlindungi, sementara 114.790 lainnya belum.": a
 * negator that ends its clause leaves out the cue it negates, said before it
 * past a comma; it reads as that cue negated. */
void angka_reader_elided_negation(const char *text, size_t end, cue *cues, size_t n, int modifier,
                                  const int *as);
/* "berharap seluruh pekerja terlindungi, karena saat ini baru 12.500 orang
 * yang menjadi peserta", "namun yang terdaftar baru 4.000 orang": a cue of
 * a forward-reaching class (a target) says nothing past a turn to the
 * present or against it (connectives `now`, `but`), in any scope. */
void angka_reader_turn_cues(const reading_config *config, cue *cues, size_t n_cues,
                            const angka_lexicon_hit *connectives, size_t n_connectives);

#endif
