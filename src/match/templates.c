/* The templates of the reader (reader.h): the structure around the
 * quantities of a sentence, read in the sentence with every quantity
 * replaced by a token. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "match/reader.h"
#include "util/buf.h"

/* ---- templates ---------------------------------------------------------- */

typedef struct token {
	size_t abs_start, abs_end; /* in the abstract text */
	size_t index;              /* the quantity */
} token;

typedef struct abstract {
	angka_buf text;
	token *tokens;
	size_t n_tokens;
	size_t origin; /* the sentence's start in the article text */
} abstract;

static char token_letter(const qread *r)
{
	if (r->q.not_quantity)
		return 0;
	switch (r->q.kind) {
	case ANGKA_QUANTITY_PERCENT: return 'P';
	case ANGKA_QUANTITY_RUPIAH: return 'R';
	case ANGKA_QUANTITY_CASES: return 'K';
	case ANGKA_QUANTITY_COUNT: return 'N';
	case ANGKA_QUANTITY_OTHER: return 'O';
	}
	return 0;
}

/* A quantity's token: \x01, its letter, its index in the sentence, \x02.
 * Written without printf: a printf a token was a tenth of reading the
 * templates. */
static void put_token(angka_buf *b, char letter, size_t index)
{
	angka_buf_putc(b, '\x01');
	angka_buf_putc(b, letter);
	angka_buf_putu(b, index);
	angka_buf_putc(b, '\x02');
}

/* The sentence with each quantity replaced by its token. */
static int build_abstract(abstract *a, const qread *qs, size_t n, const char *text, size_t start,
                          size_t end)
{
	a->tokens = calloc(n ? n : 1, sizeof *a->tokens);
	if (a->tokens == NULL)
		return ANGKA_ENOMEM;
	a->origin = start;
	size_t at = start;
	for (size_t k = 0; k < n; k++) {
		char letter = token_letter(&qs[k]);
		if (letter == 0)
			continue;
		angka_buf_append(&a->text, text + at, qs[k].q.start - at);
		size_t abs_start = a->text.len;
		put_token(&a->text, letter, k);
		a->tokens[a->n_tokens++] = (token){abs_start, a->text.len, k};
		at = qs[k].q.end;
	}
	angka_buf_append(&a->text, text + at, end - at);
	return a->text.failed ? ANGKA_ENOMEM : ANGKA_OK;
}

/* An offset of the abstract text in the article text. */
static size_t abs_to_text(const abstract *a, const qread *qs, size_t x)
{
	size_t shift_abs = 0, shift_text = a->origin;
	for (size_t t = 0; t < a->n_tokens && a->tokens[t].abs_start < x; t++) {
		const qread *r = &qs[a->tokens[t].index];
		if (x < a->tokens[t].abs_end)
			return r->q.start;
		shift_abs = a->tokens[t].abs_end;
		shift_text = r->q.end;
	}
	return shift_text + (x - shift_abs);
}

size_t angka_reader_find_set(qread *qs, size_t i)
{
	while (qs[i].pair != i) {
		qs[i].pair = qs[qs[i].pair].pair;
		i = qs[i].pair;
	}
	return i;
}

void angka_reader_share_restatements(qread *qs, size_t n, const reading_config *config,
                                     bool undecided_only)
{
	for (size_t k = 0; k < n; k++) {
		qread *r = &qs[k];
		if (r->kind < 0 || r->claimed || (undecided_only && r->cls >= 0))
			continue;
		size_t root = angka_reader_find_set(qs, k);
		for (size_t j = 0; j < n; j++) {
			qread *o = &qs[j];
			if (j == k || o->kind < 0 || angka_reader_find_set(qs, j) != root ||
			    o->scope >= r->scope)
				continue;
			bool named = false;
			(void)angka_reader_metric_of(config, r->kind, o->cls, &named);
			if (named) {
				r->cls = o->cls;
				r->scope = o->scope;
				r->by = o->by;
				r->cue_start = o->cue_start;
				r->cue_end = o->cue_end;
			}
		}
	}
}

void angka_reader_shares_of_whole(qread *qs, size_t n, const reading_config *config)
{
	double sum = 0;
	size_t levels = 0;
	for (size_t k = 0; k < n; k++) {
		const qread *r = &qs[k];
		if (r->kind == READ_PERCENT && !r->claimed && r->cls >= 0 &&
		    config->part[r->cls] >= 0) {
			sum += r->q.number.value;
			levels++;
		}
	}
	if (levels < 3 || sum < 100 - 0.11 * (double)levels || sum > 100 + 0.11 * (double)levels)
		return;
	for (size_t k = 0; k < n; k++) {
		qread *r = &qs[k];
		if (r->kind == READ_PERCENT && !r->claimed && r->cls >= 0 &&
		    config->part[r->cls] >= 0)
			r->cls = config->part[r->cls];
	}
}

static void unite(qread *qs, size_t a, size_t b)
{
	size_t ra = angka_reader_find_set(qs, a), rb = angka_reader_find_set(qs, b);
	if (ra != rb)
		qs[rb].pair = ra;
}

/* What one group of one template match says of the quantities inside it. */
static void apply_group(qread *qs, const abstract *a, const angka_rule *rule, const rule_group *g,
                        size_t gs, size_t ge)
{
	long first = -1;
	for (size_t t = 0; t < a->n_tokens; t++) {
		if (a->tokens[t].abs_start < gs || a->tokens[t].abs_end > ge)
			continue;
		size_t k = a->tokens[t].index;
		qread *r = &qs[k];
		switch (g->role) {
		case ROLE_CLASS:
			if (r->template_class < 0) {
				r->template_class = g->cue_class;
				r->template_rule = rule;
			}
			break;
		case ROLE_PAIR:
			if (first >= 0)
				unite(qs, (size_t)first, k);
			break;
		case ROLE_ITEMS: r->item = true; break;
		case ROLE_PART:
			r->part = true;
			if (r->template_rule == NULL)
				r->template_rule = rule;
			break;
		case ROLE_LIST:
			if (!r->list) {
				r->list = true;
				r->list_start = abs_to_text(a, qs, gs);
				r->list_end = abs_to_text(a, qs, ge);
				r->template_rule = rule;
			}
			break;
		}
		if (first < 0)
			first = (long)k;
	}
}

/* Cue words inside what a template read as a quantity's class ("dari
 * jumlah angkatan kerja 144.225") speak of that quantity only: no other
 * quantity of the sentence takes them. */
static void consume_cues(cue *cues, size_t n_cues, size_t from, size_t to)
{
	for (size_t c = 0; c < n_cues; c++)
		if (cues[c].start >= from && cues[c].end <= to)
			cues[c].cls = -1;
}

/* The sentence in ASCII lower case, for the `needs:` of templates, with
 * the pairs of letters (or '-') it holds side by side: a word it holds
 * has every pair of the word's letters in it. Two dozen templates ask for
 * a hundred words or so, and searching the sentence for each was a
 * twentieth of extract's time; most words it lacks have a pair it lacks,
 * found without reading the sentence again. */
typedef struct lowered {
	char *text;         /* '\0'-terminated */
	uint32_t pairs[27]; /* bit b of pairs[a]: letter a then letter b (see needs_code) */
	uint32_t singles;   /* bit a: letter a */
} lowered;

/* A `needs:` word's letters (see rules.c) as 0..26: 'a'..'z' and '-';
 * 27 for any other byte, which no such word holds. */
static unsigned needs_code(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : c == '-' ? 26u : 27u;
}

/* text[0, len) lowered into *out; ANGKA_ENOMEM. Only what precedes a
 * '\0' in it counts, as it does for strstr. */
static int lower_copy(lowered *out, const char *text, size_t len)
{
	*out = (lowered){NULL, {0}, 0};
	char *lower = malloc(len + 1);
	if (lower == NULL)
		return ANGKA_ENOMEM;
	for (size_t i = 0; i < len; i++)
		lower[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
	lower[len] = '\0';
	unsigned before = 27;
	for (const unsigned char *p = (const unsigned char *)lower; *p; p++) {
		unsigned code = needs_code(*p);
		if (code < 27) {
			out->singles |= UINT32_C(1) << code;
			if (before < 27)
				out->pairs[before] |= UINT32_C(1) << code;
		}
		before = code;
	}
	out->text = lower;
	return ANGKA_OK;
}

/* Does the sentence hold one of the words of needs (each '\0'-terminated,
 * the list ending with an empty one), anywhere: "tambah" is in
 * "penambahan"? */
static bool holds_a_word(const lowered *lower, const char *needs)
{
	for (const char *w = needs; *w; w += strlen(w) + 1) {
		const unsigned char *u = (const unsigned char *)w;
		bool may = (lower->singles >> needs_code(u[0])) & 1;
		for (size_t k = 0; may && u[k + 1]; k++)
			may = (lower->pairs[needs_code(u[k])] >> needs_code(u[k + 1])) & 1;
		if (may && strstr(lower->text, w) != NULL)
			return true;
	}
	return false;
}

static int run_templates(qread *qs, const angka_rules *rules, const abstract *a, cue *cues,
                         size_t n_cues, angka_match_warning_fn warn, void *warn_ctx, size_t start,
                         size_t end, angka_error *err)
{
	angka_matcher m = {NULL, NULL, NULL};
	m.md = pcre2_match_data_create(rules->max_groups ? rules->max_groups : 1, NULL);
	if (m.md == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory reading a sentence");
	PCRE2_SPTR subject = (PCRE2_SPTR)a->text.data;
	PCRE2_SIZE length = a->text.len;
	int rc = ANGKA_OK;
	char held[8] = "";
	for (size_t t = 0, n = 0; t < a->n_tokens && n + 1 < sizeof held; t++) {
		char letter = token_letter(&qs[a->tokens[t].index]);
		if (letter && strchr(held, letter) == NULL)
			held[n++] = letter;
	}
	lowered lower = {NULL, {0}, 0}; /* the sentence in lower case, made on first need */
	for (size_t r = 0; r < rules->n && rc == ANGKA_OK; r++) {
		const angka_rule *rule = &rules->items[r];
		if (rule->kind != RULE_TEMPLATE ||
		    (rule->requires[0] && strpbrk(held, rule->requires) == NULL))
			continue;
		if (rule->needs) {
			if (lower.text == NULL &&
			    lower_copy(&lower, a->text.data, length) != ANGKA_OK) {
				rc = angka_error_set(err, ANGKA_ENOMEM,
				                     "out of memory reading a sentence");
				break;
			}
			if (!holds_a_word(&lower, rule->needs))
				continue;
		}
		PCRE2_SIZE offset = 0;
		while (offset <= length) {
			/* The abstract text is built from the article's, checked UTF-8. */
			int found = angka_matcher_match(&m, rule->code, subject, length, offset,
			                                PCRE2_NO_UTF_CHECK);
			if (found == PCRE2_ERROR_NOMATCH)
				break;
			if (found < 0) {
				PCRE2_UCHAR message[256];
				pcre2_get_error_message(found, message, sizeof message);
				if (found == PCRE2_ERROR_NOMEMORY ||
				    !angka_match_resource_limit(found)) {
					rc = angka_error_set(err,
					                     found == PCRE2_ERROR_NOMEMORY
					                             ? ANGKA_ENOMEM
					                             : ANGKA_EPARSE,
					                     "template %s: %s", rule->id, message);
					break;
				}
				/* A template too costly on this sentence reads nothing of it. */
				if (warn)
					warn(rule, start, end, (const char *)message, warn_ctx);
				break;
			}
			PCRE2_SIZE match_from = 0, match_to = 0, from, to;
			(void)angka_matcher_group(&m, 0, &match_from, &match_to);
			/* Groups in the order they open, so an inner group can refine an
			 * outer one; a quantity takes the first class a template gives. */
			for (size_t g = 0; g < rule->n_groups; g++) {
				if (!angka_matcher_group(&m, rule->groups[g].number, &from, &to))
					continue;
				apply_group(qs, a, rule, &rule->groups[g], from, to);
				if (rule->groups[g].role == ROLE_CLASS)
					consume_cues(cues, n_cues, abs_to_text(a, qs, match_from),
					             abs_to_text(a, qs, match_to));
			}
			offset = angka_matcher_next(&m, subject, length);
		}
	}
	free(lower.text);
	angka_matcher_free(&m);
	return rc;
}

int angka_reader_templates(qread *qs, size_t n, const angka_rules *rules, const char *text,
                           size_t start, size_t end, cue *cues, size_t n_cues,
                           angka_match_warning_fn warn, void *warn_ctx, angka_error *err)
{
	abstract a = {ANGKA_BUF_INIT, NULL, 0, 0};
	int rc = build_abstract(&a, qs, n, text, start, end);
	if (rc != ANGKA_OK)
		rc = angka_error_set(err, rc, "out of memory reading a sentence");
	else
		rc = run_templates(qs, rules, &a, cues, n_cues, warn, warn_ctx, start, end, err);
	free(a.tokens);
	angka_buf_free(&a.text);
	return rc;
}
