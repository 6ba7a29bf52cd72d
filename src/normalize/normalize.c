#include "angka/normalize.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/lexicon.h"
#include "normalize/number.h"
#include "normalize/period.h"
#include "normalize/regions.h"
#include "util/buf.h"

struct angka_normalizer {
	angka_gazetteer *gazetteer;
	angka_lexicon *segments;
	angka_lexicon *approx;
	angka_lexicon *months;
	angka_lexicon *domain; /* "in": the domain's own words; "out": a neighbour's */
	angka_lexicon *places; /* places named without a name ("secara nasional") */
	angka_period_finder *periods;
};

/* ---- figure lists ------------------------------------------------------ */

void angka_figure_clear(angka_figure *fig)
{
	if (fig == NULL)
		return;
	free(fig->source);
	free(fig->article_title);
	free(fig->published);
	free(fig->region);
	free(fig->region_code);
	free(fig->metric);
	free(fig->segment);
	free(fig->programme);
	free(fig->unit);
	free(fig->as_of);
	free(fig->text);
	free(fig->sentence);
	free(fig->rule);
	memset(fig, 0, sizeof *fig);
}

static int figure_copy(angka_figure *dst, const angka_figure *src)
{
	*dst = *src;
	dst->source = angka_strdup(src->source);
	dst->article_title = angka_strdup(src->article_title);
	dst->published = angka_strdup(src->published);
	dst->region = angka_strdup(src->region);
	dst->region_code = angka_strdup(src->region_code);
	dst->metric = angka_strdup(src->metric);
	dst->segment = angka_strdup(src->segment);
	dst->programme = angka_strdup(src->programme);
	dst->unit = angka_strdup(src->unit);
	dst->as_of = angka_strdup(src->as_of);
	dst->text = angka_strdup(src->text);
	dst->sentence = angka_strdup(src->sentence);
	dst->rule = angka_strdup(src->rule);
	if ((src->source && !dst->source) || (src->article_title && !dst->article_title) ||
	    (src->published && !dst->published) || (src->region && !dst->region) ||
	    (src->region_code && !dst->region_code) || (src->metric && !dst->metric) ||
	    (src->segment && !dst->segment) || (src->programme && !dst->programme) ||
	    (src->unit && !dst->unit) || (src->as_of && !dst->as_of) || (src->text && !dst->text) ||
	    (src->sentence && !dst->sentence) || (src->rule && !dst->rule)) {
		angka_figure_clear(dst);
		return ANGKA_ENOMEM;
	}
	return ANGKA_OK;
}

int angka_figure_list_push(angka_figure_list *list, const angka_figure *fig)
{
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		angka_figure *grown = realloc(list->items, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		list->items = grown;
		list->cap = cap;
	}
	int rc = figure_copy(&list->items[list->n], fig);
	if (rc == ANGKA_OK)
		list->n++;
	return rc;
}

void angka_figure_list_free(angka_figure_list *list)
{
	if (list == NULL)
		return;
	for (size_t i = 0; i < list->n; i++)
		angka_figure_clear(&list->items[i]);
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}

/* ---- the normalizer ---------------------------------------------------- */

static int load_lexicon(angka_lexicon **out, const char *dir, const char *name, angka_error *err)
{
	angka_buf path = ANGKA_BUF_INIT;
	angka_buf_printf(&path, "%s/lexicon/%s", dir, name);
	if (path.failed)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	int rc = angka_lexicon_load(out, path.data, err);
	angka_buf_free(&path);
	return rc;
}

int angka_normalizer_new(angka_normalizer **out, const char *rules_dir, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_buf regions = ANGKA_BUF_INIT, abbreviations = ANGKA_BUF_INIT;
	angka_normalizer *norm = calloc(1, sizeof *norm);
	*out = NULL;
	if (norm == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	angka_buf_printf(&regions, "%s/regions.tsv", rules_dir);
	angka_buf_printf(&abbreviations, "%s/region_abbreviations.tsv", rules_dir);
	if (regions.failed || abbreviations.failed) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto cleanup;
	}
	rc = angka_gazetteer_load(&norm->gazetteer, regions.data, abbreviations.data, err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->segments, rules_dir, "segments.tsv", err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->approx, rules_dir, "approx.tsv", err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->months, rules_dir, "months.tsv", err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->domain, rules_dir, "domain.tsv", err);
	if (rc == ANGKA_OK)
		rc = load_lexicon(&norm->places, rules_dir, "places.tsv", err);
	if (rc == ANGKA_OK)
		rc = angka_period_finder_new(&norm->periods, norm->months, err);
	if (rc == ANGKA_OK) {
		*out = norm;
		norm = NULL;
	}
cleanup:
	angka_buf_free(&regions);
	angka_buf_free(&abbreviations);
	angka_normalizer_free(norm);
	return rc;
}

void angka_normalizer_free(angka_normalizer *norm)
{
	if (norm == NULL)
		return;
	angka_gazetteer_free(norm->gazetteer);
	angka_period_finder_free(norm->periods);
	angka_lexicon_free(norm->segments);
	angka_lexicon_free(norm->approx);
	angka_lexicon_free(norm->months);
	angka_lexicon_free(norm->domain);
	angka_lexicon_free(norm->places);
	free(norm);
}

/* ---- what each sentence says ------------------------------------------- */

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
} sentence_context;

static void sentence_context_free(sentence_context *ctx, size_t n)
{
	for (size_t i = 0; ctx && i < n; i++) {
		free(ctx[i].regions);
		free(ctx[i].periods);
		free(ctx[i].segments);
		free(ctx[i].approx);
		free(ctx[i].domain);
	}
	free(ctx);
}

/* A period as bound to a figure, with how strongly the text supports it:
 * stated in the sentence > carried from earlier sentences > the
 * publication date. Duplicates keep the best-supported statement. */
typedef enum period_strength {
	PERIOD_NONE = 0,
	PERIOD_PUBLISHED = 1,
	PERIOD_CARRIED = 2,
	PERIOD_STATED = 3,
} period_strength;

typedef struct bound_period {
	int year, month, day;
	period_strength strength;
} bound_period;

/* The publication date, parsed. */
static bound_period published_period(const angka_article *article)
{
	bound_period p = {0, 0, 0, PERIOD_NONE};
	if (article->published &&
	    sscanf(article->published, "%4d-%2d-%2d", &p.year, &p.month, &p.day) >= 1)
		p.strength = PERIOD_PUBLISHED;
	return p;
}

/* The explicit period of a sentence nearest to [start, end), by distance. */
static const angka_period *nearest_period(const sentence_context *sc, size_t start, size_t end,
                                          angka_period_kind kind)
{
	const angka_period *best = NULL;
	size_t best_distance = (size_t)-1;
	for (size_t i = 0; i < sc->n_periods; i++) {
		const angka_period *p = &sc->periods[i];
		if (p->kind != kind)
			continue;
		size_t distance =
		        p->end <= start ? start - p->end : (p->start >= end ? p->start - end : 0);
		if (distance < best_distance) {
			best = p;
			best_distance = distance;
		}
	}
	return best;
}

/* Are mentions a and b (a before b) joined only by a list connector:
 * ",", "dan", ", dan", "serta", "&", "/"? */
static bool joined_in_list(const char *text, const angka_region_mention *a,
                           const angka_region_mention *b)
{
	size_t i = a->end, end = b->start;
	if (end < i || end - i > 8)
		return false;
	char between[16];
	size_t len = 0;
	for (; i < end && len < sizeof between - 1; i++)
		if (text[i] != ' ')
			between[len++] = text[i];
	between[len] = '\0';
	return strcmp(between, ",") == 0 || strcmp(between, "dan") == 0 ||
	       strcmp(between, ",dan") == 0 || strcmp(between, "serta") == 0 ||
	       strcmp(between, "&") == 0 || strcmp(between, "/") == 0;
}

/* The coordinated list of mentions that ends with mention k: [*first, k]. */
static size_t list_start(const char *text, const sentence_context *sc, size_t k)
{
	size_t first = k;
	while (first > 0 && joined_in_list(text, &sc->regions[first - 1], &sc->regions[first]))
		first--;
	return first;
}

/* ---- binding one hit --------------------------------------------------- */

/* ---- the article's figures by what makes two the same --------------------- */

/* emit looks for the same figure stated earlier: a scan of every figure so
 * far was quadratic in the article's figures. The index hashes what
 * same_figure compares: the region's name (a code names one region), the
 * metric, the segment, and the value's cell. Values the same to within
 * same_figure's tolerance (1e-9, relative above 1) lie in the same cell or
 * a neighbouring one, so a lookup probes three cells; the cells are small
 * enough that distinct values rarely share one. */
#define VALUE_CELL_WIDTH 4e-9

typedef struct figure_index {
	size_t *heads;    /* per bucket: the first figure + 1 in its chain, 0: none */
	size_t n_buckets; /* a power of two, at least twice the figures */
	size_t *next;     /* per figure (from first_figure): the next + 1 in its chain */
	uint64_t *keys;   /* per figure: its key (what the bucket is taken from) */
	size_t cap;       /* of next and keys */
} figure_index;

typedef struct article_state {
	const angka_normalizer *norm;
	const angka_article *article;
	const angka_region *default_region;
	const angka_region *paragraph_region; /* last region named in this paragraph */
	size_t paragraph;
	bound_period carried;
	bound_period published;
	angka_figure_list *out;
	period_strength *strengths; /* parallel to out->items, for merging */
	size_t strengths_cap;
	size_t first_figure; /* out->n when this article started */
	figure_index index;  /* this article's figures, for merging */
	bool in_domain;      /* the article names the domain somewhere */
	const angka_normalize_trace *trace;
} article_state;

static void drop(article_state *st, const angka_hit *hit, const char *reason)
{
	if (st->trace && st->trace->dropped)
		st->trace->dropped(hit, reason, st->trace->ctx);
}

static bool value_is_plausible(const char *metric, double value)
{
	if (angka_metric_is_percent(metric))
		return value >= 0 && value <= 100;
	if (strcmp(angka_metric_unit(metric), "IDR") == 0)
		return value >= 1000;
	return value >= 1 && floor(value) == value;
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
static size_t skip_phrase(const char *text, size_t i, const char *const *phrases)
{
	for (size_t p = 0; phrases[p]; p++) {
		size_t len = strlen(phrases[p]);
		if (strncasecmp(text + i, phrases[p], len) == 0)
			return i + len;
	}
	return i;
}

/* "25.000 pekerja rentan", "72.987 peserta BPU": a segment word right after
 * the value (past the noun that counts) speaks of that value. */
static const char *segment_after(const char *text, const sentence_context *sc, size_t end)
{
	static const char *const nouns[] = {"pekerja ", "tenaga kerja ", "peserta ",
	                                    "orang ",   "jiwa ",         "pegawai ",
	                                    "buruh ",   "warga ",        NULL};
	size_t i = end;
	while (text[i] == ' ')
		i++;
	i = skip_phrase(text, i, nouns);
	for (size_t k = 0; k < sc->n_segments; k++)
		if (sc->segments[k].start == i || sc->segments[k].start == end + 1)
			return sc->segments[k].value;
	return NULL;
}

/* The segment of a value: a segment word right after it ("450 marbot",
 * "25.000 pekerja rentan"), else the rule's own (a rule for pemda-funded
 * enrolment says rentan), else the nearest segment word before it in the
 * sentence, else the first after it before the next number ("... terdaftar
 * sebagai peserta BPU"), else all. */
static const char *segment_for(const char *text, const angka_hit *hit, const sentence_context *sc,
                               size_t value_start, size_t value_end)
{
	const char *after = segment_after(text, sc, value_end);
	if (after)
		return after;
	const char *fixed = angka_rule_segment(hit->rule);
	if (fixed)
		return fixed;
	const char *segment = NULL;
	for (size_t i = 0; i < sc->n_segments; i++)
		if (sc->segments[i].end <= value_start)
			segment = sc->segments[i].value;
	if (segment)
		return segment;
	/* After the value, only a segment the sentence says the counted are in:
	 * "terdaftar sebagai peserta BPU", "masuk kategori pekerja rentan" (not
	 * "..., sebagian besar pekerja informal"). */
	static const char *const introducers[] = {"peserta ", "sebagai ", "kategori ", NULL};
	for (size_t i = 0; i < sc->n_segments; i++) {
		size_t at = sc->segments[i].start;
		if (at < value_end)
			continue;
		bool clause_between = false;
		for (size_t k = value_end; k < at && !clause_between; k++)
			clause_between = (text[k] >= '0' && text[k] <= '9') || text[k] == ',';
		if (clause_between)
			return "all";
		for (size_t n = 0; introducers[n]; n++) {
			size_t len = strlen(introducers[n]);
			if (at >= value_end + len &&
			    strncasecmp(text + at - len, introducers[n], len) == 0)
				return sc->segments[i].value;
		}
	}
	return "all";
}

static int ensure_strengths(article_state *st)
{
	if (st->out->n < st->strengths_cap)
		return ANGKA_OK;
	size_t cap = st->strengths_cap ? st->strengths_cap * 2 : 32;
	while (cap <= st->out->n)
		cap *= 2;
	period_strength *grown = realloc(st->strengths, cap * sizeof *grown);
	if (grown == NULL)
		return ANGKA_ENOMEM;
	st->strengths = grown;
	st->strengths_cap = cap;
	return ANGKA_OK;
}

static bool same_figure(const angka_figure *a, const angka_figure *b)
{
	bool same_region = (a->region_code && b->region_code)
	                           ? strcmp(a->region_code, b->region_code) == 0
	                           : (a->region && b->region && strcmp(a->region, b->region) == 0);
	return same_region && strcmp(a->metric, b->metric) == 0 &&
	       strcmp(a->segment, b->segment) == 0 &&
	       fabs(a->value - b->value) <= 1e-9 * fmax(1.0, fabs(a->value));
}

static void figure_index_free(figure_index *index)
{
	free(index->heads);
	free(index->next);
	free(index->keys);
}

/* The cell of a value on a scale that is linear up to 1 and logarithmic
 * beyond, where same_figure's tolerance is about 1e-9 everywhere. */
static int64_t value_cell(double value)
{
	double magnitude = fabs(value);
	double scaled = magnitude <= 1 ? magnitude : 1 + log(magnitude);
	if (!isfinite(scaled))
		return 0;
	return (int64_t)floor((value < 0 ? -scaled : scaled) / VALUE_CELL_WIDTH);
}

static uint64_t hash_text(uint64_t h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3u; /* FNV-1a */
	return (h ^ 0xff) * 0x100000001b3u;                   /* a separator no text has */
}

/* What a figure's key is made of, but its value's cell. */
static uint64_t figure_hash(const angka_figure *fig)
{
	uint64_t h = 0xcbf29ce484222325u;
	h = hash_text(h, fig->region);
	h = hash_text(h, fig->metric);
	return hash_text(h, fig->segment);
}

static uint64_t figure_key(uint64_t hash, int64_t cell)
{
	uint64_t key = hash ^ ((uint64_t)cell * 0x9e3779b97f4a7c15u);
	return key ^ (key >> 29);
}

static void index_link(figure_index *index, size_t slot, uint64_t key)
{
	size_t bucket = (size_t)(key & (index->n_buckets - 1));
	index->keys[slot] = key;
	index->next[slot] = index->heads[bucket];
	index->heads[bucket] = slot + 1;
}

static void index_unlink(figure_index *index, size_t slot)
{
	size_t *link = &index->heads[index->keys[slot] & (index->n_buckets - 1)];
	while (*link != slot + 1)
		link = &index->next[*link - 1];
	*link = index->next[slot];
}

/* Room for one more figure (slot n, n figures indexed), rehashing into
 * twice the buckets when the chains would grow long. */
static int index_reserve(figure_index *index, size_t n)
{
	if (n + 1 > index->cap) {
		size_t cap = index->cap ? index->cap * 2 : 64;
		size_t *next = realloc(index->next, cap * sizeof *next);
		if (next == NULL)
			return ANGKA_ENOMEM;
		index->next = next;
		uint64_t *keys = realloc(index->keys, cap * sizeof *keys);
		if (keys == NULL)
			return ANGKA_ENOMEM;
		index->keys = keys;
		index->cap = cap;
	}
	if (2 * (n + 1) <= index->n_buckets)
		return ANGKA_OK;
	size_t n_buckets = index->n_buckets ? index->n_buckets * 2 : 128;
	size_t *heads = calloc(n_buckets, sizeof *heads);
	if (heads == NULL)
		return ANGKA_ENOMEM;
	free(index->heads);
	index->heads = heads;
	index->n_buckets = n_buckets;
	for (size_t slot = 0; slot < n; slot++)
		index_link(index, slot, index->keys[slot]);
	return ANGKA_OK;
}

/* The first figure of this article (in list order) that is the same as
 * fig, or (size_t)-1. */
static size_t index_find(const article_state *st, const angka_figure *fig, uint64_t hash)
{
	const figure_index *index = &st->index;
	size_t found = (size_t)-1;
	if (index->n_buckets == 0)
		return found;
	int64_t cell = value_cell(fig->value);
	for (int64_t near = cell - 1; near <= cell + 1; near++) {
		uint64_t key = figure_key(hash, near);
		for (size_t link = index->heads[key & (index->n_buckets - 1)]; link;
		     link = index->next[link - 1]) {
			size_t i = st->first_figure + link - 1;
			if (index->keys[link - 1] == key && i < found &&
			    same_figure(&st->out->items[i], fig))
				found = i;
		}
	}
	return found;
}

/* Add a figure, or merge it into the same figure stated earlier in the
 * article: the statement with the better-supported period is kept. */
static int emit(article_state *st, const angka_figure *fig, period_strength strength)
{
	uint64_t hash = figure_hash(fig);
	size_t i = index_find(st, fig, hash);
	if (i != (size_t)-1) {
		if (strength <= st->strengths[i])
			return ANGKA_OK;
		angka_figure replacement;
		if (angka_figure_list_push(st->out, fig) != ANGKA_OK)
			return ANGKA_ENOMEM;
		replacement = st->out->items[--st->out->n];
		angka_figure_clear(&st->out->items[i]);
		st->out->items[i] = replacement;
		st->strengths[i] = strength;
		/* Its value may have moved to the next cell. */
		size_t slot = i - st->first_figure;
		index_unlink(&st->index, slot);
		index_link(&st->index, slot, figure_key(hash, value_cell(fig->value)));
		return ANGKA_OK;
	}
	size_t slot = st->out->n - st->first_figure;
	if (ensure_strengths(st) != ANGKA_OK || index_reserve(&st->index, slot) != ANGKA_OK ||
	    angka_figure_list_push(st->out, fig) != ANGKA_OK)
		return ANGKA_ENOMEM;
	st->strengths[st->out->n - 1] = strength;
	index_link(&st->index, slot, figure_key(hash, value_cell(fig->value)));
	return ANGKA_OK;
}

/* The period of a figure at [start, end) of a sentence. A target speaks of
 * the year it is set for, not of the data reported before it: unless its
 * sentence says otherwise, that is the year of publication. */
static bound_period period_for(const article_state *st, const sentence_context *sc,
                               const char *metric, size_t start, size_t end)
{
	const angka_period *stated = nearest_period(sc, start, end, ANGKA_PERIOD_DATE);
	if (stated)
		return (bound_period){stated->year, stated->month, stated->day, PERIOD_STATED};
	const angka_period *offset = nearest_period(sc, start, end, ANGKA_PERIOD_YEAR_OFFSET);
	if (offset && st->published.strength != PERIOD_NONE)
		return (bound_period){st->published.year + offset->year_offset, offset->month,
		                      offset->day, PERIOD_STATED};
	if (strncmp(metric, "target_", 7) == 0) {
		bound_period year = st->published;
		year.month = year.day = 0;
		return year;
	}
	if (st->carried.strength != PERIOD_NONE)
		return st->carried;
	return st->published;
}

/* A rule's unit ("cases" for claims) applies to what it counts, not to the
 * amounts or percentages the same rule also yields. */
static const char *unit_for(const angka_hit *hit)
{
	const char *unit = angka_metric_unit(hit->metric);
	const char *rule_unit = angka_rule_unit(hit->rule);
	if (rule_unit && strcmp(unit, "persons") == 0)
		return rule_unit;
	return unit;
}

static const char *period_source(period_strength strength)
{
	switch (strength) {
	case PERIOD_STATED: return "stated in the sentence";
	case PERIOD_CARRIED: return "stated earlier in the article";
	case PERIOD_PUBLISHED: return "the publication date";
	case PERIOD_NONE: break;
	}
	return "none";
}

static int bind_value(article_state *st, const angka_hit *hit, const angka_sentence *sentence,
                      const sentence_context *sc, const angka_region *region,
                      const char *region_from, size_t start, size_t end, const angka_number *number)
{
	const char *text = st->article->text;
	bound_period period = period_for(st, sc, hit->metric, start, end);
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
	        .metric = (char *)hit->metric,
	        .segment = (char *)segment_for(text, hit, sc, start, end),
	        .value = number->value,
	        .unit = (char *)unit_for(hit),
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
		st->trace->bound(hit, &fig, region_from, period_source(period.strength),
		                 st->trace->ctx);
	int rc = (value_text && sentence_text) ? emit(st, &fig, period.strength) : ANGKA_ENOMEM;
	free(value_text);
	free(sentence_text);
	return rc;
}

/* Is mention m the scope of a ranking or a place in a wider one ("tertinggi
 * di Sulawesi Utara", "se-Provinsi Jambi", "Kanwil ... di Sumatera Utara")
 * rather than what a figure speaks of? */
static bool is_scope(const char *text, size_t sentence_start, const angka_region_mention *m)
{
	size_t from = m->start > sentence_start + 24 ? m->start - 24 : sentence_start;
	char before[32];
	size_t len = m->start - from;
	memcpy(before, text + from, len);
	before[len] = '\0';
	/* "di seluruh Kalteng" and "se-Kutim" name the place itself; "tertinggi
	 * (di|secara) ..." names the ranking's scope. */
	static const char *const tails[] = {"tertinggi di ", "terendah di ", "terbanyak di ",
	                                    "terbesar di ",  "terbaik di ",  "tertinggi se-",
	                                    "terendah se-",  "tertinggi ",   "terendah ",
	                                    "terbanyak ",    "terbesar ",    NULL};
	for (size_t i = 0; tails[i]; i++) {
		size_t tl = strlen(tails[i]);
		if (len >= tl && strcasecmp(before + len - tl, tails[i]) == 0)
			return true;
	}
	return false;
}

/* "aktif dari 19,8 juta pekerja ": the base a count is out of, which the
 * place named after it ("... pekerja di Jawa Barat") also applies to.
 * Returns where the text after the base starts, or i when there is none. */
static size_t skip_base(const char *text, size_t i)
{
	size_t j = i;
	if (strncasecmp(text + j, "aktif ", 6) == 0)
		j += 6;
	if (strncasecmp(text + j, "dari ", 5) != 0)
		return i;
	j += 5;
	static const char *const fillers[] = {"total ", "potensi ", "sekitar ", NULL};
	for (size_t f = 0; fillers[f]; f++)
		if (strncasecmp(text + j, fillers[f], strlen(fillers[f])) == 0)
			j += strlen(fillers[f]);
	angka_number number;
	/* strnlen: the rest of the article is no business of one base. */
	if (angka_number_parse(&number, text + j, strnlen(text + j, 64)) != ANGKA_OK)
		return i;
	j += number.consumed;
	while (text[j] == ' ')
		j++;
	static const char *const bases[] = {"pekerja ", "tenaga kerja ", "angkatan kerja ", NULL};
	size_t after = skip_phrase(text, j, bases);
	return after > j ? after : i;
}

/* A region named right after the value ("32,73% di Provinsi Aceh",
 * "25.000 pekerja di Kota Bekasi"): index or -1. */
static long mention_after(const char *text, const sentence_context *sc, size_t end)
{
	static const char *const links[] = {"di ", "untuk ", "bagi ", "pada ", NULL};
	size_t i = end;
	while (text[i] == ' ')
		i++;
	static const char *const nouns[] = {"pekerja ", "tenaga kerja ", "peserta ",
	                                    "orang ",   "jiwa ",         NULL};
	i = skip_base(text, skip_phrase(text, i, nouns));
	for (size_t l = 0; links[l]; l++) {
		size_t len = strlen(links[l]);
		if (strncasecmp(text + i, links[l], len) != 0)
			continue;
		for (size_t k = 0; k < sc->n_regions; k++)
			if (sc->regions[k].start == i + len)
				return (long)k;
	}
	return -1;
}

/* "POSSINDO.COM, Palangka Raya – ...", "Semarang (ANTARA) -": the place a
 * report was filed from opens a paragraph, followed by a comma, a bracket or
 * a dash; it is not what the sentence speaks of. */
static bool is_dateline(const angka_article *article, const angka_sentence *sentence,
                        const angka_region_mention *m)
{
	if (article->dateline_place == NULL || sentence->paragraph >= article->n_paragraphs)
		return false;
	size_t paragraph_start = article->paragraphs[sentence->paragraph].start;
	size_t len = strlen(article->dateline_place);
	if (m->start > paragraph_start + 40)
		return false;
	const char *after = article->text + m->end;
	while (*after == ' ')
		after++;
	bool separated = *after == ',' || *after == '(' || *after == '-' || *after == ':' ||
	                 strncmp(after, "\xE2\x80\x93", 3) == 0 ||
	                 strncmp(after, "\xE2\x80\x94", 3) == 0;
	if (!separated)
		return false;
	for (size_t i = m->start; i + len <= m->end; i++)
		if (strncasecmp(article->text + i, article->dateline_place, len) == 0)
			return true;
	return false;
}

/* The mention a figure at [start, end) speaks of: one named right after
 * it, else the nearest one before it in the sentence that is not a scope,
 * else the first after it. Returns its index or -1. */
static long nearest_mention(const article_state *st, const angka_sentence *sentence,
                            const sentence_context *sc, const angka_hit *hit, const char **from)
{
	const char *text = st->article->text;
	size_t start = hit->value_start, end = hit->value_end;
	/* "46,2% atau 465.940 pekerja di Kalimantan Tengah": what the match
	 * says of the place after its last value holds for all its values. */
	long after = mention_after(text, sc, end);
	if (after < 0 && hit->match_end > end)
		after = mention_after(text, sc, hit->match_end);
	*from = "named right after the value";
	if (after >= 0)
		return after;
	*from = "named before the value in the sentence";
	long before = -1;
	for (size_t i = 0; i < sc->n_regions; i++)
		if (sc->regions[i].end <= start &&
		    !is_scope(text, sentence->start, &sc->regions[i]) &&
		    !is_dateline(st->article, sentence, &sc->regions[i]))
			before = (long)i;
	if (before >= 0)
		return before;
	*from = "named later in the sentence";
	for (size_t i = 0; i < sc->n_regions; i++)
		if (sc->regions[i].start >= end)
			return (long)i;
	return -1;
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
	angka_number number;
	if (angka_number_parse(&number, text + hit->value_start,
	                       hit->value_end - hit->value_start) != ANGKA_OK)
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

/* A number at the very end of a captured excerpt, with no sentence end
 * after it ("JKK untuk 2.898 kasus Rp 16.122"), may have lost digits. */
static bool is_cut_off(const angka_article *article, size_t end)
{
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

static int bind_hit(article_state *st, const angka_hit *hit, const angka_sentence *sentence,
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
		drop(st, hit,
		     "the article does not speak of the domain (rules/lexicon/domain.tsv)");
		return ANGKA_OK;
	}
	if (speaks_of_other_domain(sc)) {
		drop(st, hit, "the sentence speaks of another domain (rules/lexicon/domain.tsv)");
		return ANGKA_OK;
	}
	if (is_cut_off(st->article, hit->value_end)) {
		drop(st, hit, "the number is cut off at the end of the text");
		return ANGKA_OK;
	}
	for (size_t v = 0; v < n_values; v++) {
		if (!value_is_plausible(hit->metric, values[v].number.value)) {
			drop(st, hit, "implausible value for the metric");
			return ANGKA_OK;
		}
	}

	/* Which regions: the nearest mention (with the list it belongs to), else
	 * the paragraph's, else the article's. */
	const angka_region *regions[16];
	size_t n_regions = 0;
	const char *region_from = NULL;
	long k = nearest_mention(st, sentence, sc, hit, &region_from);
	if (k >= 0) {
		size_t first = list_start(text, sc, (size_t)k);
		for (size_t i = first; i <= (size_t)k && n_regions < 16; i++)
			regions[n_regions++] = sc->regions[i].region;
		if (first < (size_t)k)
			region_from = "a list of places named before the value";
	} else if (st->paragraph_region) {
		regions[n_regions++] = st->paragraph_region;
		region_from = "named earlier in the paragraph";
	} else if (st->default_region) {
		regions[n_regions++] = st->default_region;
		region_from = "the article's place (title, most named, or dateline)";
	}
	if (n_regions == 0) {
		drop(st, hit, "no region in the sentence, the paragraph or the article");
		return ANGKA_OK;
	}

	int rc = ANGKA_OK;
	if (n_values > 1) {
		/* "masing-masing 26,66% dan 31,49%": one value per region listed. */
		if (n_values != n_regions) {
			drop(st, hit,
			     "a list of values whose count differs from the regions listed");
			return ANGKA_OK;
		}
		for (size_t i = 0; i < n_values && rc == ANGKA_OK; i++)
			rc = bind_value(st, hit, sentence, sc, regions[i], region_from,
			                values[i].start, values[i].end, &values[i].number);
		return rc;
	}
	if (n_regions > 1 && is_threshold(sc, values[0].start)) {
		drop(st, hit, "a threshold applied to a list of regions, not a measurement");
		return ANGKA_OK;
	}
	/* One value for a list of regions ("Kota Bontang dan Kutai Timur ...
	 * 100 persen"): each of them has it. */
	for (size_t i = 0; i < n_regions && rc == ANGKA_OK; i++)
		rc = bind_value(st, hit, sentence, sc, regions[i], region_from, values[0].start,
		                values[0].end, &values[0].number);
	return rc;
}

/* ---- the article ------------------------------------------------------- */

/* Text order, as the store gives them back. A merge may have replaced an
 * early statement with a later one in place; figures of one span (one value
 * for a list of regions) keep the order they were made in. A stable merge
 * sort: however many statements were replaced, O(n log n). */
static int sort_by_position(angka_figure *items, size_t n)
{
	if (n < 2)
		return ANGKA_OK;
	angka_figure *merged = malloc(n * sizeof *merged);
	if (merged == NULL)
		return ANGKA_ENOMEM;
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t a = lo, b = mid, k = lo;
			while (a < mid && b < hi)
				merged[k++] =
				        items[b].start < items[a].start ? items[b++] : items[a++];
			while (a < mid)
				merged[k++] = items[a++];
			while (b < hi)
				merged[k++] = items[b++];
		}
		memcpy(items, merged, n * sizeof *items);
	}
	free(merged);
	return ANGKA_OK;
}

/* How often each region is named in the article: (region, count) sorted by
 * the region's address, looked up by bsearch. Counting once per article
 * keeps "the place named most" O(m log m) in the article's m mentions; a
 * recount per mention was quadratic, and per bare "Pemprov" cubic. */
typedef struct region_count {
	const angka_region *region;
	size_t count;
} region_count;

typedef struct region_counts {
	region_count *items;
	size_t n;
} region_counts;

static int compare_region_count(const void *pa, const void *pb)
{
	uintptr_t a = (uintptr_t)((const region_count *)pa)->region;
	uintptr_t b = (uintptr_t)((const region_count *)pb)->region;
	return a < b ? -1 : a > b;
}

/* Count every mention of sc[0, n), or every one but the datelines. */
static int count_regions(region_counts *out, const angka_article *article,
                         const angka_sentence *sentences, const sentence_context *sc, size_t n,
                         bool skip_datelines)
{
	size_t total = 0, kept = 0;
	for (size_t s = 0; s < n; s++)
		total += sc[s].n_regions;
	out->items = malloc((total ? total : 1) * sizeof *out->items);
	out->n = 0;
	if (out->items == NULL)
		return ANGKA_ENOMEM;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (!skip_datelines ||
			    !is_dateline(article, &sentences[s], &sc[s].regions[i]))
				out->items[kept++] = (region_count){sc[s].regions[i].region, 1};
	if (kept > 1)
		qsort(out->items, kept, sizeof *out->items, compare_region_count);
	for (size_t i = 0; i < kept; i++) {
		if (out->n > 0 && out->items[out->n - 1].region == out->items[i].region)
			out->items[out->n - 1].count++;
		else
			out->items[out->n++] = out->items[i];
	}
	return ANGKA_OK;
}

static size_t count_of(const region_counts *counts, const angka_region *region)
{
	region_count probe = {region, 0};
	const region_count *found = counts->n ? bsearch(&probe, counts->items, counts->n,
	                                                sizeof *counts->items, compare_region_count)
	                                      : NULL;
	return found ? found->count : 0;
}

/* named: the article's mentions counted without the datelines. */
static const angka_region *article_region(const angka_normalizer *norm,
                                          const angka_article *article, const sentence_context *sc,
                                          const angka_sentence *sentences, size_t n,
                                          const region_counts *named)
{
	/* The title's first region. */
	if (article->n_paragraphs > 0 && article->paragraphs[0].kind == ANGKA_BLOCK_HEADING) {
		for (size_t s = 0; s < n && sentences[s].paragraph == 0; s++)
			for (size_t i = 0; i < sc[s].n_regions; i++)
				if (sc[s].regions[i].region->level != ANGKA_REGION_GROUPING)
					return sc[s].regions[i].region;
	}
	/* The place named most often (a province before a regency or city
	 * named as often; groupings, the country and the dateline never are:
	 * the dateline is where the reporter files from). */
	const angka_region *best = NULL;
	size_t best_count = 0;
	for (size_t s = 0; s < n; s++) {
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region *r = sc[s].regions[i].region;
			/* An ambiguous name ("Mura") waits for the article's place to
			 * resolve it; it cannot decide that place itself. */
			if (r->level == ANGKA_REGION_GROUPING || r->level == ANGKA_REGION_COUNTRY ||
			    sc[s].regions[i].ambiguous ||
			    is_dateline(article, &sentences[s], &sc[s].regions[i]))
				continue;
			size_t count = count_of(named, r);
			bool better = count > best_count || (count == best_count && best &&
			                                     best->level != ANGKA_REGION_PROVINCE &&
			                                     r->level == ANGKA_REGION_PROVINCE);
			if (better) {
				best = r;
				best_count = count;
			}
		}
	}
	if (best)
		return best;
	/* A national story ("secara nasional") names no other place. */
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].region->level == ANGKA_REGION_COUNTRY)
				return sc[s].regions[i].region;
	/* The province of the dateline's place ("SAMARINDA, ..." speaks of
	 * Kalimantan Timur unless it says otherwise). */
	if (article->dateline_place) {
		const angka_region *r =
		        angka_gazetteer_lookup(norm->gazetteer, article->dateline_place,
		                               strlen(article->dateline_place), NULL);
		if (r && r->level != ANGKA_REGION_PROVINCE && r->parent_code)
			r = angka_gazetteer_by_code(norm->gazetteer, r->parent_code);
		if (r)
			return r;
	}
	return NULL;
}

/* The name of a regency or city without its "Kabupaten "/"Kota " prefix. */
static const char *bare_name(const angka_region *r)
{
	if (strncmp(r->name, "Kabupaten ", 10) == 0)
		return r->name + 10;
	if (strncmp(r->name, "Kota ", 5) == 0)
		return r->name + 5;
	return r->name;
}

/* A mention in prefer_explicit_places: its bare name and where it is. */
typedef struct named_place {
	const char *bare;
	angka_region_mention *mention;
	size_t sentence, index;
} named_place;

static int compare_named_place(const void *pa, const void *pb)
{
	const named_place *a = pa, *b = pb;
	int by_name = strcmp(a->bare, b->bare);
	if (by_name != 0)
		return by_name;
	if (a->sentence != b->sentence)
		return a->sentence < b->sentence ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static bool named_before(const named_place *a, const named_place *b)
{
	return a->sentence < b->sentence || (a->sentence == b->sentence && a->index < b->index);
}

static bool is_explicit_place(const angka_region_mention *m)
{
	return !m->ambiguous &&
	       (m->region->level == ANGKA_REGION_REGENCY || m->region->level == ANGKA_REGION_CITY);
}

/* A bare name that is both a regency and a city ("Semarang", "Bekasi") is
 * the one the article names explicitly elsewhere ("Kota Semarang"): the
 * first such mention in text order whose region is not the guess, where a
 * name resolved earlier in the text counts as explicit from then on.
 *
 * Mentions sorted by bare name, then text order: each name's explicit
 * mentions are summed up by the first two regions they name (the only ones
 * a guess can be sent to), so the whole is O(m log m), not O(m^2). */
static int prefer_explicit_places(sentence_context *sc, size_t n)
{
	size_t total = 0, k = 0;
	bool any_ambiguous = false;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			any_ambiguous |= sc[s].regions[i].ambiguous;
			total++;
		}
	if (!any_ambiguous)
		return ANGKA_OK;
	named_place *places = malloc(total * sizeof *places);
	if (places == NULL)
		return ANGKA_ENOMEM;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			angka_region_mention *m = &sc[s].regions[i];
			if (m->ambiguous || is_explicit_place(m))
				places[k++] = (named_place){bare_name(m->region), m, s, i};
		}
	qsort(places, k, sizeof *places, compare_named_place);
	for (size_t first = 0, last; first < k; first = last) {
		last = first + 1;
		while (last < k && strcmp(places[last].bare, places[first].bare) == 0)
			last++;
		/* The first region named explicitly, and the first other one. */
		const named_place *one = NULL, *other = NULL;
		for (size_t p = first; p < last && other == NULL; p++) {
			if (!is_explicit_place(places[p].mention))
				continue;
			if (one == NULL)
				one = &places[p];
			else if (places[p].mention->region != one->mention->region)
				other = &places[p];
		}
		for (size_t p = first; p < last && one != NULL; p++) {
			named_place *guess = &places[p];
			angka_region_mention *m = guess->mention;
			if (!m->ambiguous)
				continue;
			const named_place *to = one->mention->region != m->region ? one : other;
			if (to == NULL)
				continue;
			m->region = to->mention->region;
			m->ambiguous = false;
			/* It now counts as an explicit mention where it stands. */
			if (named_before(guess, one)) {
				if (one->mention->region != m->region)
					other = one;
				one = guess;
			} else if (m->region != one->mention->region &&
			           (other == NULL || named_before(guess, other))) {
				other = guess;
			}
		}
	}
	free(places);
	return ANGKA_OK;
}

/* The region of a level the article names most often, or NULL; counts: all
 * the article's mentions. Ties go to the region named first. */
static const angka_region *most_named(const sentence_context *sc, size_t n,
                                      angka_region_level level, const region_counts *counts)
{
	const angka_region *best = NULL;
	size_t best_count = 0;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			const angka_region *r = sc[s].regions[i].region;
			if (r->level != level)
				continue;
			size_t count = count_of(counts, r);
			if (count > best_count) {
				best = r;
				best_count = count;
			}
		}
	return best;
}

/* Merge the implicit mentions (in text order, not overlapping one another)
 * into the sentence's named ones (the same), leaving out those that overlap
 * a named place: "Pemkab Kendal" is a named place already. In one pass: an
 * insertion each was quadratic in a sentence of bare "Pemkab"s. */
static int merge_mentions(sentence_context *sc, const angka_region_mention *implicit,
                          size_t n_implicit)
{
	const angka_region_mention *named = sc->regions;
	size_t n_named = sc->n_regions, j = 0, k = 0;
	angka_region_mention *merged = malloc((n_named + n_implicit) * sizeof *merged);
	if (merged == NULL)
		return ANGKA_ENOMEM;
	for (size_t h = 0; h < n_implicit; h++) {
		const angka_region_mention *m = &implicit[h];
		/* After every named place that starts where it does or before. */
		while (j < n_named && named[j].start <= m->start)
			merged[k++] = named[j++];
		bool overlaps = (j > 0 && named[j - 1].end > m->start) ||
		                (j < n_named && named[j].start < m->end);
		if (!overlaps)
			merged[k++] = *m;
	}
	while (j < n_named)
		merged[k++] = named[j++];
	free(sc->regions);
	sc->regions = merged;
	sc->n_regions = k;
	return ANGKA_OK;
}

/* "secara nasional" is a mention of Indonesia; a bare "Pemkab" one of the
 * regency the article names most ("Pemkab Kendal" is a named place the
 * gazetteer found, and stays as it is). The place named most is the same
 * before and after the bare mentions are added (each adds to its count), so
 * it is found once per level. */
static int add_implicit_places(const angka_normalizer *norm, const char *text,
                               const angka_sentence *sentences, sentence_context *sc, size_t n)
{
	const angka_region *country = angka_gazetteer_lookup(norm->gazetteer, "Indonesia", 9, NULL);
	static const struct {
		const char *name;
		angka_region_level level;
	} levels[] = {{"province", ANGKA_REGION_PROVINCE},
	              {"regency", ANGKA_REGION_REGENCY},
	              {"city", ANGKA_REGION_CITY}};
	const angka_region *most[sizeof levels / sizeof levels[0]];
	region_counts counts = {NULL, 0};
	angka_lexicon_hit *hits = NULL;
	angka_region_mention *implicit = NULL;
	int rc = count_regions(&counts, NULL, sentences, sc, n, false);
	for (size_t l = 0; rc == ANGKA_OK && l < sizeof levels / sizeof levels[0]; l++)
		most[l] = most_named(sc, n, levels[l].level, &counts);
	for (size_t s = 0; rc == ANGKA_OK && s < n; s++) {
		size_t n_hits = 0, n_implicit = 0;
		rc = angka_lexicon_find(&hits, &n_hits, norm->places, text, sentences[s].start,
		                        sentences[s].end);
		if (rc == ANGKA_OK && n_hits > 0 &&
		    (implicit = malloc(n_hits * sizeof *implicit)) == NULL)
			rc = ANGKA_ENOMEM;
		for (size_t h = 0; rc == ANGKA_OK && h < n_hits; h++) {
			const angka_region *region = NULL;
			if (strcmp(hits[h].value, "country") == 0) {
				region = country;
			} else {
				for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++)
					if (strcmp(hits[h].value, levels[l].name) == 0)
						region = most[l];
			}
			if (region)
				implicit[n_implicit++] = (angka_region_mention){
				        hits[h].start, hits[h].end, region, false};
		}
		if (rc == ANGKA_OK && n_implicit > 0)
			rc = merge_mentions(&sc[s], implicit, n_implicit);
		free(hits);
		free(implicit);
		hits = NULL;
		implicit = NULL;
	}
	free(counts.items);
	return rc;
}

static const char *province_of(const angka_region *region)
{
	if (region == NULL)
		return NULL;
	if (region->level == ANGKA_REGION_PROVINCE)
		return region->code;
	return region->parent_code;
}

int angka_normalize_article(angka_figure_list *out, const angka_normalizer *norm,
                            const angka_article *article, const angka_sentence *sentences,
                            size_t n_sentences, const angka_hit *hits, size_t n_hits,
                            const angka_normalize_trace *trace, angka_error *err)
{
	int rc = ANGKA_OK;
	const char *text = article->text;
	sentence_context *sc = calloc(n_sentences ? n_sentences : 1, sizeof *sc);
	article_state st;
	memset(&st, 0, sizeof st);
	if (sc == NULL)
		goto nomem;

	/* First pass: regions of the title decide the province that resolves
	 * ambiguous names everywhere else. */
	const char *province = NULL;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t s = 0; s < n_sentences; s++) {
			free(sc[s].regions);
			sc[s].regions = NULL;
			sc[s].n_regions = 0;
			if (angka_gazetteer_find(&sc[s].regions, &sc[s].n_regions, norm->gazetteer,
			                         text, sentences[s].start, sentences[s].end,
			                         province, err) != ANGKA_OK)
				goto fail;
		}
		if (prefer_explicit_places(sc, n_sentences) != ANGKA_OK)
			goto nomem;
		rc = add_implicit_places(norm, text, sentences, sc, n_sentences);
		if (rc != ANGKA_OK)
			goto find_failed;
		region_counts named;
		if (count_regions(&named, article, sentences, sc, n_sentences, true) != ANGKA_OK)
			goto nomem;
		const angka_region *guess =
		        article_region(norm, article, sc, sentences, n_sentences, &named);
		free(named.items);
		st.default_region = guess;
		const char *found = province_of(guess);
		if (found == NULL || (province && strcmp(found, province) == 0))
			break;
		province = found;
	}
	for (size_t s = 0; s < n_sentences; s++) {
		size_t start = sentences[s].start, end = sentences[s].end;
		rc = angka_period_find(&sc[s].periods, &sc[s].n_periods, norm->periods, text, start,
		                       end);
		if (rc == ANGKA_OK)
			rc = angka_lexicon_find(&sc[s].segments, &sc[s].n_segments, norm->segments,
			                        text, start, end);
		if (rc == ANGKA_OK)
			rc = angka_lexicon_find(&sc[s].approx, &sc[s].n_approx, norm->approx, text,
			                        start, end);
		if (rc == ANGKA_OK)
			rc = angka_lexicon_find(&sc[s].domain, &sc[s].n_domain, norm->domain, text,
			                        start, end);
		if (rc != ANGKA_OK)
			goto find_failed;
	}

	for (size_t s = 0; s < n_sentences && !st.in_domain; s++)
		for (size_t i = 0; i < sc[s].n_domain; i++)
			st.in_domain |= strcmp(sc[s].domain[i].value, "in") == 0;
	st.norm = norm;
	st.article = article;
	st.out = out;
	st.first_figure = out->n;
	st.published = published_period(article);
	st.trace = trace;
	st.paragraph = (size_t)-1;
	size_t h = 0;
	for (size_t s = 0; s < n_sentences; s++) {
		const angka_sentence *sentence = &sentences[s];
		if (sentence->paragraph != st.paragraph) {
			st.paragraph = sentence->paragraph;
			st.paragraph_region = NULL;
		}
		while (h < n_hits && hits[h].value_start < sentence->start)
			h++;
		for (; h < n_hits && hits[h].value_start < sentence->end; h++) {
			rc = bind_hit(&st, &hits[h], sentence, &sc[s]);
			if (rc != ANGKA_OK)
				goto nomem;
		}
		/* What this sentence stated carries to the sentences after it. */
		for (size_t i = 0; i < sc[s].n_regions; i++)
			if (sc[s].regions[i].region->level != ANGKA_REGION_GROUPING)
				st.paragraph_region = sc[s].regions[i].region;
		for (size_t i = 0; i < sc[s].n_periods; i++) {
			const angka_period *p = &sc[s].periods[i];
			if (p->kind == ANGKA_PERIOD_DATE)
				st.carried =
				        (bound_period){p->year, p->month, p->day, PERIOD_CARRIED};
		}
	}
	/* An article that made no figure may leave out->items NULL, and even
	 * NULL + 0 is undefined behaviour. */
	if (out->n > st.first_figure &&
	    sort_by_position(out->items + st.first_figure, out->n - st.first_figure) != ANGKA_OK)
		goto nomem;
	goto cleanup;
find_failed:
	/* The parser gives valid UTF-8; another caller may not have. */
	if (rc == ANGKA_EPARSE) {
		rc = angka_error_set(err, ANGKA_EPARSE, "%s: the text to normalize is not UTF-8",
		                     article->source);
		goto cleanup;
	}
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory normalizing figures",
	                     article->source);
	goto cleanup;
fail:
	rc = err ? err->code : ANGKA_ENOMEM;
cleanup:
	sentence_context_free(sc, n_sentences);
	free(st.strengths);
	figure_index_free(&st.index);
	return rc;
}

/* ---- single texts (angka normalize) ------------------------------------- */

int angka_normalize_number(angka_number *out, const angka_normalizer *norm, const char *text,
                           size_t len)
{
	return angka_number_read(out, text, len, norm ? norm->approx : NULL);
}

int angka_normalize_period(char *as_of, size_t size, const angka_normalizer *norm, const char *text,
                           size_t len, const char *published)
{
	angka_period *periods = NULL;
	size_t n = 0;
	int rc = angka_period_find(&periods, &n, norm->periods, text, 0, len);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = ANGKA_ENOTFOUND;
	angka_article article = {.published = (char *)published};
	bound_period publication = published_period(&article);
	for (size_t i = 0; i < n && rc != ANGKA_OK; i++) {
		const angka_period *p = &periods[i];
		bound_period bound = publication;
		if (p->kind == ANGKA_PERIOD_DATE)
			bound = (bound_period){p->year, p->month, p->day, PERIOD_STATED};
		else if (p->kind == ANGKA_PERIOD_YEAR_OFFSET && bound.strength != PERIOD_NONE)
			bound = (bound_period){bound.year + p->year_offset, p->month, p->day,
			                       PERIOD_STATED};
		if (bound.strength == PERIOD_NONE)
			continue;
		angka_period_format(as_of, size, bound.year, bound.month, bound.day);
		rc = ANGKA_OK;
	}
cleanup:
	free(periods);
	return rc;
}
