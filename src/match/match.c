#include <stdlib.h>
#include <string.h>

#include "match/reader.h"

int angka_match_push(angka_hit **hits, size_t *n, const angka_hit *hit)
{
	/* Capacity implied by the count, as in the segmenter: 16, then doubling. */
	size_t count = *n;
	if (count == 0 || (count >= 16 && (count & (count - 1)) == 0)) {
		size_t cap = count == 0 ? 16 : count * 2;
		angka_hit *grown = realloc(*hits, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		*hits = grown;
	}
	(*hits)[count] = *hit;
	*n = count + 1;
	return ANGKA_OK;
}

/* The JIT stack a span gets when PCRE2's default (32 KiB of the machine
 * stack) is not enough: a rule with a lazy "anything but ;" prefix used it
 * up on a 4.3 KB sentence. 1 MiB takes sentences far over the segmenter's
 * cap (ANGKA_SENTENCE_MAX). */
#define JIT_STACK_START ((size_t)32 * 1024)
#define JIT_STACK_MAX   ((size_t)1024 * 1024)

void angka_matcher_free(angka_matcher *m)
{
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->context);
	pcre2_jit_stack_free(m->jit_stack);
}

int angka_matcher_match(angka_matcher *m, const pcre2_code *code, PCRE2_SPTR subject,
                        PCRE2_SIZE length, PCRE2_SIZE offset, uint32_t options)
{
	int found = pcre2_match(code, subject, length, offset, options, m->md, m->context);
	if (found != PCRE2_ERROR_JIT_STACKLIMIT || m->jit_stack != NULL)
		return found;
	m->context = pcre2_match_context_create(NULL);
	m->jit_stack = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX, NULL);
	if (m->context == NULL || m->jit_stack == NULL)
		return PCRE2_ERROR_NOMEMORY;
	pcre2_jit_stack_assign(m->context, NULL, m->jit_stack);
	return pcre2_match(code, subject, length, offset, options, m->md, m->context);
}

bool angka_matcher_group(const angka_matcher *m, uint32_t number, PCRE2_SIZE *from, PCRE2_SIZE *to)
{
	const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	if (number >= pcre2_get_ovector_count(m->md) || ov[2 * (size_t)number] == PCRE2_UNSET)
		return false;
	*from = ov[2 * (size_t)number];
	*to = ov[2 * (size_t)number + 1];
	return true;
}

PCRE2_SIZE angka_matcher_next(const angka_matcher *m, PCRE2_SPTR subject, PCRE2_SIZE length)
{
	const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	PCRE2_SIZE next = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	while (next < length && (subject[next] & 0xC0) == 0x80)
		next++;
	return next;
}

bool angka_match_resource_limit(int rc)
{
	return rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_MATCHLIMIT ||
	       rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT;
}

/* The subject is the span itself, not the whole text: PCRE2 checks the UTF-8
 * of its whole subject on each call, and a rule must not see past the
 * sentence. Offsets are moved back to the text's afterwards. */
int angka_match_span(angka_hit **hits, size_t *n, const angka_rules *rules, const char *text,
                     size_t start, size_t end, angka_match_warning_fn warn, void *warn_ctx,
                     angka_error *err)
{
	int rc = ANGKA_OK;
	angka_matcher m = {NULL, NULL, NULL};
	m.md = pcre2_match_data_create(rules->max_groups ? rules->max_groups : 1, NULL);
	if (m.md == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory matching rules");
	PCRE2_SPTR subject = (PCRE2_SPTR)(text + start);
	PCRE2_SIZE length = end - start;
	uint32_t options = 0;
	for (size_t r = 0; r < rules->n && rc == ANGKA_OK; r++) {
		const angka_rule *rule = &rules->items[r];
		if (rule->kind != RULE_FIGURE)
			continue;
		size_t rule_first_hit = *n;
		PCRE2_SIZE offset = 0;
		while (offset <= length) {
			int found = angka_matcher_match(&m, rule->code, subject, length, offset,
			                                options);
			if (found == PCRE2_ERROR_NOMATCH)
				break;
			if (found == PCRE2_ERROR_NOMEMORY) {
				rc = angka_error_set(err, ANGKA_ENOMEM,
				                     "out of memory matching rules");
				break;
			}
			if (found < 0) {
				PCRE2_UCHAR message[256];
				pcre2_get_error_message(found, message, sizeof message);
				if (!angka_match_resource_limit(found)) {
					rc = angka_error_set(err, ANGKA_EPARSE, "rule %s: %s",
					                     rule->id, message);
					break;
				}
				/* Half a rule's reading of a span is no reading: it
				 * gives nothing there, and the other rules go on. */
				*n = rule_first_hit;
				if (warn)
					warn(rule, start, end, (const char *)message, warn_ctx);
				break;
			}
			/* The first successful call checked the subject's UTF-8. */
			options = PCRE2_NO_UTF_CHECK;
			PCRE2_SIZE match_from = 0, match_to = 0, from, to;
			(void)angka_matcher_group(&m, 0, &match_from, &match_to);
			for (size_t g = 0; g < rule->n_groups; g++) {
				if (!angka_matcher_group(&m, rule->groups[g].number, &from, &to))
					continue;
				angka_hit hit = {
				        .rule = rule,
				        .metric = rule->groups[g].metric,
				        .match_start = start + match_from,
				        .match_end = start + match_to,
				        .value_start = start + from,
				        .value_end = start + to,
				        .list = rule->groups[g].list,
				};
				if (hit.value_end > hit.value_start &&
				    angka_match_push(hits, n, &hit) != ANGKA_OK) {
					rc = angka_error_set(err, ANGKA_ENOMEM,
					                     "out of memory matching rules");
					break;
				}
			}
			offset = angka_matcher_next(&m, subject, length);
		}
	}
	angka_matcher_free(&m);
	return rc;
}

static bool overlaps(const angka_hit *a, const angka_hit *b)
{
	return a->value_start < b->value_end && b->value_start < a->value_end;
}

/* Ranking of the overlap policy: longest value span, then priority, then
 * the rule that comes first. */
static int compare_rank(const void *pa, const void *pb)
{
	const angka_hit *a = pa, *b = pb;
	size_t la = a->value_end - a->value_start, lb = b->value_end - b->value_start;
	if (la != lb)
		return la > lb ? -1 : 1;
	if (a->rule->priority != b->rule->priority)
		return a->rule->priority > b->rule->priority ? -1 : 1;
	if (a->rule->order != b->rule->order)
		return a->rule->order < b->rule->order ? -1 : 1;
	if (a->value_start != b->value_start)
		return a->value_start < b->value_start ? -1 : 1;
	return 0;
}

static int compare_position(const void *pa, const void *pb)
{
	const angka_hit *a = pa, *b = pb;
	if (a->value_start != b->value_start)
		return a->value_start < b->value_start ? -1 : 1;
	return a->value_end < b->value_end ? -1 : a->value_end > b->value_end;
}

void angka_match_resolve(angka_hit *hits, size_t *n, angka_match_dropped_fn dropped, void *ctx)
{
	if (*n == 0)
		return; /* hits may be NULL: qsort(NULL, 0) is undefined behaviour */
	qsort(hits, *n, sizeof *hits, compare_rank);
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++) {
		const angka_hit *winner = NULL;
		for (size_t k = 0; k < kept && winner == NULL; k++)
			if (overlaps(&hits[k], &hits[i]))
				winner = &hits[k];
		if (winner != NULL) {
			if (dropped)
				dropped(&hits[i], winner, ctx);
			continue;
		}
		hits[kept++] = hits[i];
	}
	*n = kept;
	if (kept > 1)
		qsort(hits, kept, sizeof *hits, compare_position);
}

static int compare_value_start(const void *pa, const void *pb)
{
	const angka_hit *a = pa, *b = pb;
	if (a->value_start != b->value_start)
		return a->value_start < b->value_start ? -1 : 1;
	return 0;
}

int angka_match_sort(angka_hit *hits, size_t n)
{
	/* A stable merge sort: a hit made late for an early sentence ("di
	 * antaranya" makes a base of a count sentences back) moves past all
	 * the hits between, however many. */
	if (n < 2)
		return ANGKA_OK;
	angka_hit *merged = malloc(n * sizeof *merged);
	if (merged == NULL)
		return ANGKA_ENOMEM;
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t a = lo, b = mid, k = lo;
			while (a < mid && b < hi)
				merged[k++] = hits[b].value_start < hits[a].value_start ? hits[b++]
				                                                        : hits[a++];
			while (a < mid)
				merged[k++] = hits[a++];
			while (b < hi)
				merged[k++] = hits[b++];
		}
		memcpy(hits, merged, n * sizeof *hits);
	}
	free(merged);
	return ANGKA_OK;
}

int angka_match_sentence(angka_hit **hits, size_t *n, const angka_rules *rules,
                         angka_match_context *ctx, const char *text, size_t start, size_t end,
                         bool headline, angka_match_warning_fn warn, void *warn_ctx,
                         angka_match_dropped_fn dropped, angka_reading_fn reading, void *trace_ctx,
                         angka_error *err)
{
	angka_hit *specific = NULL;
	size_t n_specific = 0;
	int rc = angka_match_span(&specific, &n_specific, rules, text, start, end, warn, warn_ctx,
	                          err);
	if (rc == ANGKA_OK)
		angka_match_resolve(specific, &n_specific, dropped, trace_ctx);
	size_t first = *n;
	for (size_t i = 0; rc == ANGKA_OK && i < n_specific; i++)
		if (angka_match_push(hits, n, &specific[i]) != ANGKA_OK)
			rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory matching rules");
	if (rc == ANGKA_OK)
		rc = angka_reader_sentence(hits, n, rules, ctx, text, start, end, headline,
		                           specific, n_specific, warn, warn_ctx, reading, trace_ctx,
		                           err);
	if (rc == ANGKA_OK && *n - first > 1)
		qsort(*hits + first, *n - first, sizeof **hits, compare_value_start);
	free(specific);
	return rc;
}

/* Every quantity of text[start, end) a figure could be: for `extract
 * --candidates`, what the reading starts from. */
int angka_match_candidates(const angka_rules *rules, const char *text, size_t start, size_t end,
                           angka_reading_fn reading, void *ctx, angka_error *err)
{
	angka_quantity *found = NULL;
	size_t n = 0;
	angka_quantity_lexicons lex = {rules->reading.nouns, rules->reading.months};
	if (angka_quantities_scan(&found, &n, &lex, text, start, end) != ANGKA_OK)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory reading quantities");
	for (size_t k = 0; k < n; k++) {
		if (found[k].not_quantity && found[k].not_quantity != angka_quantity_bare)
			continue;
		angka_reading info = {found[k].start,
		                      found[k].end,
		                      found[k].number.range ? found[k].number.low
		                                            : found[k].number.value,
		                      angka_quantity_kind_name(found[k].kind),
		                      found[k].noun,
		                      NULL,
		                      "a candidate",
		                      false};
		reading(&info, ctx);
	}
	free(found);
	return ANGKA_OK;
}
