/* The reader: every quantity of a sentence is a candidate, and its cues
 * decide what it is.
 *
 * 1. The number grammar reads the quantities (quantity.c).
 * 2. The templates read the structure around them, in the sentence with
 *    every quantity replaced by a token: restatements ("A atau P"), bases
 *    ("dari B"), breakdowns, "di antaranya", lists, what is no figure.
 * 3. Cue words decide each quantity's class, from the nearest scope that has
 *    any: the template, the quantity's phrase (the words between it and its
 *    neighbours), its clause, its sentence, then the sentence before when this
 *    one continues it (a list item, a table row, "Diikuti ...").
 * 4. The class and the kind of quantity give the metric (rules/reading.tsv).
 * Restatements share the best-supported decision.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "match/reader.h"

static const char *const scope_names[] = {
        "template", "column header",    "phrase",          "clause",
        "sentence", "breakdown's head", "sentence before", "-"};

enum { FAMILY_COUNT = 0, FAMILY_PERCENT, FAMILY_RUPIAH, FAMILIES };

struct angka_match_context {
	int carried[FAMILIES]; /* the class the previous sentence decided, or -1 */
	bool previous_lead;    /* the previous sentence introduced a list (ends with ':') */
	bool listing;          /* and it was an item of that list on a line of its own */
	/* What the last sentence without a quantity announced ("Berikut jumlah
	 * peserta aktif per provinsi:", a table's title), per family, or -1: the
	 * items and rows after it that no cue speaks of measure that. */
	int intro[FAMILIES];
	/* ... a target said of what follows ("menetapkan target UCJ tahun 2026
	 * untuk tiap daerah. Di antaranya:"): for its items only */
	bool intro_items[FAMILIES];
	/* What the previous sentence's words say of each family, whether or not
	 * it held one: "membayarkan manfaat ... 11.221 kasus klaim. Totalnya Rp
	 * 191,7 miliar." The quantities of a sentence going on from it that no
	 * cue decides measure that. */
	int said[FAMILIES];
	/* What the previous sentence asked, when it was a question, per family,
	 * or -1: the answer's numbers no cue of their own decides measure that. */
	int asked[FAMILIES];
	size_t last_count_start, last_count_end; /* the previous sentence's last count */
	bool has_last_count;
	/* What became of it: its hit's index in the hits (or -1), whether a cue of
	 * its own decided it, its clause. */
	long last_count_hit;
	bool last_count_cued;
	bool last_count_died; /* a death follows it: "27 peserta yang meninggal dunia" */
	size_t last_count_clause[2];
	int last_count_class; /* the class the previous sentence gave its counts, or -1 */
	/* A table's header: the byte span of each column's cell. */
	size_t columns[MAX_COLUMNS][2];
	size_t n_columns;
	bool in_table;
	/* The sentence before, when it held no quantity and no '|': a header
	 * line, if table rows follow it; else 0, 0. */
	size_t header_line[2];
	/* The scale a caption over a table states ("Oktober 2025 (juta orang)"),
	 * for its columns whose headers state none; 0: none. */
	double caption_scale;
	bool caption_money;
	angka_sentence_memo *memo; /* borrowed, or NULL */
};

int angka_match_context_new(angka_match_context **out)
{
	*out = calloc(1, sizeof **out);
	if (*out == NULL)
		return ANGKA_ENOMEM;
	for (int f = 0; f < FAMILIES; f++)
		(*out)->carried[f] = (*out)->intro[f] = (*out)->said[f] = (*out)->asked[f] = -1;
	(*out)->last_count_hit = -1;
	(*out)->last_count_class = -1;
	return ANGKA_OK;
}

void angka_match_context_free(angka_match_context *ctx)
{
	free(ctx);
}

void angka_match_context_share(angka_match_context *ctx, angka_sentence_memo *memo)
{
	ctx->memo = memo;
}

static int family_of(int kind)
{
	if (kind == READ_PERCENT)
		return FAMILY_PERCENT;
	if (kind == READ_RUPIAH)
		return FAMILY_RUPIAH;
	return FAMILY_COUNT;
}

static void decide(qread *r, int cls, scope sc, const angka_rule *by, const cue *at)
{
	r->cls = cls;
	r->scope = sc;
	r->by = by;
	r->cue_start = at ? at->start : 0;
	r->cue_end = at ? at->end : 0;
}

/* The row of a class in a kind's precedence, or SIZE_MAX. */
/* An undecided quantity measures what the previous sentence's counts did,
 * when its kind's table names a metric for that class. */
static void decide_as_last_count(qread *r, const reading_config *config,
                                 const angka_match_context *ctx)
{
	bool named = false;
	if (r->cls < 0 && ctx->last_count_class >= 0 &&
	    angka_reader_metric_of(config, r->kind, ctx->last_count_class, &named) && named)
		decide(r, ctx->last_count_class, SCOPE_PREVIOUS, NULL, NULL);
}

/* Is r a base said after a figure of its family its sentence decided
 * ("X peserta aktif dibandingkan potensi Y pekerja")? What the sentences
 * after go on from is the figure, not its base. */
static bool is_base_after_figure(const reading_config *config, const qread *r, const int *decided)
{
	int before = decided[family_of(r->kind)];
	return config->base >= 0 && r->cls == config->base && before >= 0 && before != config->base;
}

static size_t rank_of(const reading_config *config, int kind, int cls)
{
	for (size_t row = 0; kind >= 0 && row < config->n_rows[kind]; row++)
		if (config->rows[kind][row].cue_class == cls)
			return row;
	return (size_t)-1;
}

/* The nearest item of the same breakdown before qs[k] that its own words
 * decided (its phrase or clause), of the same family, else the breakdown's
 * head when its own words decided it ("dibayarkan untuk 184 kasus, yakni
 * 172 kasus JKM dan 12 kasus JKK"), or -1. */
static long item_decided_before(const qread *qs, size_t k)
{
	for (size_t j = k; j-- > 0;) {
		bool own = qs[j].cls >= 0 && family_of(qs[j].kind) == family_of(qs[k].kind) &&
		           (qs[j].scope == SCOPE_PHRASE || qs[j].scope == SCOPE_CLAUSE);
		if (!qs[j].item)
			return own ? (long)j : -1;
		if (own)
			return (long)j;
	}
	return -1;
}

/* A class that reaches forward ("Target kita di tahun 2025, ...") decides
 * for a quantity after its cue in the sentence when it outranks what the
 * quantity has, no quantity of its kind stands between them and the cue
 * still speaks there (cue.until). */
static void reach_forward(qread *r, const qread *qs, size_t k, const reading_config *config,
                          const cue *cues, size_t n_cues, size_t start)
{
	size_t have = r->cls >= 0 ? rank_of(config, r->kind, r->cls) : (size_t)-1;
	/* "menargetkan UCJ 70 persen, 465 ribu pekerja belum terlindungi": what
	 * its own words negate is not what a target before it aims at. */
	for (size_t c = 0; r->cls >= 0 && r->scope <= SCOPE_CLAUSE && c < config->n_classes; c++)
		if (config->negated[c] == r->cls)
			return;
	for (size_t c = 0; c < n_cues; c++) {
		const cue *cu = &cues[c];
		if (cu->cls < 0 || config->reach[cu->cls] != REACH_FORWARD ||
		    cu->end > r->q.start || cu->start < start)
			continue;
		size_t rank = rank_of(config, r->kind, cu->cls);
		if (rank == (size_t)-1 || (have != (size_t)-1 && rank >= have) ||
		    cu->until <= r->q.start)
			continue;
		bool between = false;
		for (size_t j = 0; j < k && !between; j++)
			between = qs[j].kind >= 0 && family_of(qs[j].kind) == family_of(r->kind) &&
			          qs[j].q.start >= cu->end;
		if (!between) {
			decide(r, cu->cls, SCOPE_SENTENCE, NULL, cu);
			return;
		}
	}
}

/* ---- the sentence ------------------------------------------------------- */

static void describe(char *why, size_t size, const qread *r, const reading_config *config,
                     const char *text)
{
	const char *cls = r->cls >= 0 ? config->classes[r->cls] : "?";
	if (r->scope == SCOPE_TEMPLATE && r->template_rule)
		snprintf(why, size, "%s (template %s)", cls, r->template_rule->id);
	else if (r->cue_end > r->cue_start)
		snprintf(why, size, "%s: \"%.*s\" in its %s", cls, (int)(r->cue_end - r->cue_start),
		         text + r->cue_start, scope_names[r->scope]);
	else
		snprintf(why, size, "%s, from the %s", cls, scope_names[r->scope]);
}

/* The index of the sentence's first quantity in qs[0, n), or n. */
static size_t first_value(const qread *qs, size_t n)
{
	size_t k = 0;
	while (k < n && !(qs[k].kind >= 0 && !qs[k].q.not_quantity))
		k++;
	return k;
}

/* What a later sentence says the count of the sentence before was: cls,
 * for why. Its hit is remade, or made when it had none (the hits are put
 * back in text order before binding). "21.563 di antaranya": the count no
 * cue of its own had decided is the whole this is a part of, a base ("Untuk
 * pekerja di sektor jasa konstruksi di Kudus ada sebanyak 64.940 pekerja.
 * 21.563 di antaranya ... sudah terdaftar"); "Ahli warisnya menerima
 * santunan ...": those who died, in the sentence before, are cases a
 * benefit was paid for. */
static int remake_last_count(angka_hit **hits, size_t *n_hits, const angka_rules *rules,
                             angka_match_context *ctx, int cls, const char *unit, const char *why,
                             const char *text)
{
	bool named = false;
	const char *metric = angka_reader_metric_of(&rules->reading, READ_COUNT, cls, &named);
	if (metric == NULL)
		return ANGKA_OK;
	angka_hit hit;
	if (ctx->last_count_hit >= 0) {
		hit = (*hits)[ctx->last_count_hit];
	} else {
		memset(&hit, 0, sizeof hit);
		hit.value_start = hit.match_start = ctx->last_count_start;
		hit.value_end = hit.match_end = ctx->last_count_end;
		hit.scope_start = ctx->last_count_clause[0];
		hit.scope_end = ctx->last_count_clause[1];
	}
	hit.metric = metric;
	if (unit)
		hit.unit = unit; /* NULL: as it was */
	hit.rule = &rules->items[rules->cue_rules[cls]];
	snprintf(hit.why, sizeof hit.why, "%s (\"%.*s\")", why,
	         (int)(ctx->last_count_end - ctx->last_count_start), text + ctx->last_count_start);
	if (ctx->last_count_hit >= 0) {
		(*hits)[ctx->last_count_hit] = hit;
		return ANGKA_OK;
	}
	return angka_match_push(hits, n_hits, &hit);
}

int angka_reader_sentence(angka_hit **hits, size_t *n_hits, const angka_rules *rules,
                          angka_match_context *ctx, const char *text, size_t start, size_t end,
                          bool headline, const angka_hit *claimed, size_t n_claimed,
                          angka_match_warning_fn warn, void *warn_ctx, angka_reading_fn reading,
                          void *trace_ctx, angka_error *err)
{
	const reading_config *config = &rules->reading;
	angka_quantity *found = NULL;
	size_t n_found = 0;
	qread *qs = NULL;
	angka_lexicon_hit *cue_hits = NULL, *connectives = NULL;
	size_t n_cue_hits = 0, n_connectives = 0;
	cue *cues = NULL;
	int rc = ANGKA_OK;

	size_t pipes = angka_reader_count_pipes(text, start, end);
	/* "Provinsi | Peserta Aktif (juta orang)" over "DKI Jakarta | 7.94": a
	 * table of two columns has one '|' a row. */
	bool table_row = pipes >= 2 || (pipes == 1 && ctx->in_table && ctx->n_columns == 2);
	/* "Daerah | Capaian UCJ (%)" over "Kota Bontang 84,15": a row of two
	 * cells written without its '|', a name and its number, on a line of
	 * its own. */
	bool own_line = angka_reader_bare_line(text, start, end);
	bool unpiped = !table_row && pipes == 0 && ctx->in_table && ctx->n_columns == 2 && own_line;
	table_row |= unpiped;

	if (!table_row) {
		ctx->in_table = false;
		ctx->n_columns = 0;
	}
	if (angka_reader_scan_quantities(&found, &n_found, config, ctx->memo, text, start, end) !=
	    ANGKA_OK)
		goto nomem;
	/* "Persentase Penduduk Bekerja yang Menjadi Peserta ... Menurut Provinsi
	 * (2023)" over "DKI Jakarta | 53.14": a caption over rows of two cells
	 * with a number names what their numbers are. */
	/* (Not a header that holds only a year: "Provinsi | Capaian UCJ 2024 (%)".) */
	size_t values = 0;
	for (size_t k = 0; k < n_found; k++)
		values += found[k].not_quantity == NULL ||
		          found[k].not_quantity == angka_quantity_bare;
	if (pipes == 1 && !table_row && values > 0 && ctx->header_line[1] > ctx->header_line[0]) {
		table_row = ctx->in_table = true;
		ctx->n_columns = 2;
		for (int c = 0; c < 2; c++) {
			ctx->columns[c][0] = ctx->header_line[0];
			ctx->columns[c][1] = ctx->header_line[1];
		}
	}
	/* Connectives only join the quantities of a sentence to the one before;
	 * a sentence without any still needs its cues (what it announces). */
	if (angka_lexicon_find(&cue_hits, &n_cue_hits, config->cues, text, start, end) !=
	            ANGKA_OK ||
	    (n_found > 0 &&
	     angka_reader_find_words(&connectives, &n_connectives, config->connectives, ctx->memo,
	                             text, start, end) != ANGKA_OK))
		goto nomem;
	cues = calloc(n_cue_hits ? n_cue_hits : 1, sizeof *cues);
	qs = calloc(n_found ? n_found : 1, sizeof *qs);
	if (cues == NULL || qs == NULL)
		goto nomem;
	for (size_t c = 0; c < n_cue_hits; c++)
		cues[c] = (cue){.start = cue_hits[c].start,
		                .end = cue_hits[c].end,
		                .cls = angka_reading_class(config, cue_hits[c].value),
		                .owner = -1,
		                .until = SIZE_MAX};
	angka_reader_modify_cues(text, cues, n_cue_hits, config->not_class, config->negated, 2);
	/* "... nelayan serta buruh pelabuhan di Bitung yang belum terlindungi": what
	 * a negation's own words run on to is negated too, wherever it reaches. */
	angka_reader_modify_cues(text, cues, n_cue_hits, config->negation, config->negated, 0);
	angka_reader_elided_negation(text, end, cues, n_cue_hits, config->not_class,
	                             config->negated);
	angka_reader_modify_cues(text, cues, n_cue_hits, config->will_class, config->willed, 2);
	angka_reader_turn_cues(config, cues, n_cue_hits, connectives, n_connectives);
	angka_reader_own_cues(text, found, n_found, cues, n_cue_hits, config->base);

	size_t candidates = 0;
	for (size_t k = 0; k < n_found; k++) {
		qread *r = &qs[k];
		r->q = found[k];
		r->kind = r->q.not_quantity ? -1 : angka_reading_kind(&r->q);
		r->template_class = -1;
		r->pair = k;
		r->hit = -1;
		r->cls = -1;
		r->scope = SCOPE_UNDECIDED;
		r->column = unpiped     ? 1
		            : table_row ? (int)angka_reader_count_pipes(text, start, r->q.start)
		                        : -1;
		for (size_t h = 0; h < n_claimed; h++)
			if (claimed[h].value_start < r->q.end && r->q.start < claimed[h].value_end)
				r->claimed = true;
		candidates += r->kind >= 0 && !r->claimed;
	}

	/* The first row of a table: a header line of words before it names its
	 * columns; else only the lead says what its first column holds. */
	if (table_row && !ctx->in_table && ctx->header_line[1] > ctx->header_line[0]) {
		if (angka_reader_header_line(ctx->columns, &ctx->n_columns, MAX_COLUMNS,
		                             config->cues, text, ctx->header_line, qs,
		                             n_found) != ANGKA_OK)
			goto nomem;
		ctx->in_table = ctx->n_columns > 0;
	}
	if (table_row && !ctx->in_table)
		angka_reader_unnamed_columns(qs, n_found, &candidates);

	/* A table's header row: its cells name what each column holds; a line
	 * of two cells starts a table of two columns. */
	/* Not a row of bare numbers ("Aceh | 0,43 | 25,9" under "Provinsi |
	 * Peserta Aktif (juta orang) | Cakupan (%)"), which its header makes
	 * quantities. */
	bool bare_numbers = false;
	for (size_t k = 0; k < n_found; k++)
		bare_numbers |= qs[k].q.not_quantity == angka_quantity_bare;
	bool header_row = candidates == 0 && !(bare_numbers && ctx->in_table) &&
	                  (pipes >= 2 ? table_row : pipes == 1 && !table_row);
	if (header_row) {
		ctx->in_table = true;
		ctx->n_columns = 0;
		size_t cell = start;
		for (size_t i = start; i <= end && ctx->n_columns < MAX_COLUMNS; i++) {
			if (i == end || text[i] == '|') {
				ctx->columns[ctx->n_columns][0] = cell;
				ctx->columns[ctx->n_columns][1] = i;
				ctx->n_columns++;
				cell = i + 1;
			}
		}
	}

	/* "| Kabupaten Bogor | 612.450 | 38,2 |" under "Cakupan (%)": a bare
	 * number in a column of percentages is one. */
	for (size_t k = 0; table_row && ctx->in_table && !header_row && k < n_found; k++) {
		qread *r = &qs[k];
		if (r->claimed || r->column < 0 || (size_t)r->column >= ctx->n_columns ||
		    !angka_reader_plain_number(r) || r->q.number.value > 200 ||
		    !angka_reader_column_says_percent(text, ctx->columns[r->column]))
			continue;
		angka_reader_read_as_percent(r, &candidates);
	}
	/* "JKM | 318 | Rp 13.356.000.000" under "Program | Jumlah Kasus |
	 * Nominal": a number that names nothing it counts, under a header that
	 * names what its column counts, counts that (a small bare one too). */
	for (size_t k = 0; table_row && ctx->in_table && k < n_found; k++) {
		qread *r = &qs[k];
		bool bare = r->q.not_quantity == angka_quantity_bare;
		if (r->claimed || r->q.noun != NULL || r->column < 0 ||
		    (size_t)r->column >= ctx->n_columns || !(bare || r->kind == READ_COUNT))
			continue;
		const char *noun =
		        angka_reader_column_noun(config->nouns, text, ctx->columns[r->column]);
		/* "Peserta Aktif (ribu jiwa)" over "104,6": a number in a column
		 * whose header states its scale is that many of them. */
		bool money = false;
		double scale = angka_reader_column_scale(text, ctx->columns[r->column], &money);
		if (scale == 0) {
			scale = ctx->caption_scale;
			money = ctx->caption_money;
		}
		angka_number *num = &r->q.number;
		if (scale > 0 && num->unit == ANGKA_NUMBER_PLAIN && num->scale == 1) {
			candidates += bare;
			angka_number_rescale(num, scale);
			r->scale = scale;
			r->q.noun = money ? NULL : noun;
			r->q.kind = money ? ANGKA_QUANTITY_RUPIAH : ANGKA_QUANTITY_COUNT;
			r->q.not_quantity = NULL;
			r->kind = angka_reading_kind(&r->q);
			continue;
		}
		bool cases = noun && strcmp(noun, "cases") == 0;
		bool children = noun && strcmp(noun, "children") == 0;
		if (!cases && !children && !(bare && noun && strcmp(noun, "persons") == 0))
			continue;
		candidates += bare;
		r->q.noun = noun;
		r->q.kind = cases ? ANGKA_QUANTITY_CASES : ANGKA_QUANTITY_COUNT;
		r->q.not_quantity = NULL;
		r->kind = angka_reading_kind(&r->q);
	}

	/* A list item, a table row, a sentence after a list's lead or one with a
	 * connective that continues the sentence before ("Diikuti ...",
	 * "bahkan lebih besar") speaks of what that one spoke of. */
	/* "...adalah:" ¶ "Jawa Tengah 1,12 juta orang" ¶ "Jawa Timur 948.300
	 * orang": lines that carry on a list, unmarked, are its items. */
	bool item = angka_reader_starts_item(text, start, end) || (table_row && ctx->in_table) ||
	            (own_line && (ctx->previous_lead || ctx->listing));
	bool continues =
	             item || ctx->previous_lead || angka_reader_opens_headless(text, start, end),
	     refers = false, part = false;
	/* What ties a sentence to the one before may also open what is said in
	 * it, after who says it. */
	size_t said = angka_reader_after_speaker(text, start, end, connectives, n_connectives);
	size_t first_number = end;
	for (size_t k = 0; k < n_found && first_number == end; k++)
		if (!qs[k].q.not_quantity)
			first_number = qs[k].q.start;
	for (size_t c = 0; c < n_connectives; c++) {
		/* "Sebelumnya, pada 2024 jumlahnya baru 2.500 orang": "its
		 * number" before the sentence's first number is its subject,
		 * what the sentence before counted, wherever the sentence opens
		 * (not "cakupannya" in "Kabupaten X yang cakupannya ...", of a
		 * place). */
		static const char *const counts[] = {"jumlahnya", "totalnya", "nilainya",
		                                     "nominalnya", NULL};
		bool its = connectives[c].end <= first_number &&
		           angka_word_is_one_of(text + connectives[c].start,
		                                connectives[c].end - connectives[c].start, counts);
		bool opens = angka_reader_at_sentence_start(text, start, connectives[c].start) ||
		             (said > start && connectives[c].start >= said &&
		              angka_reader_at_sentence_start(text, said, connectives[c].start)) ||
		             its;
		refers |= strcmp(connectives[c].value, "refers") == 0;
		part |= strcmp(connectives[c].value, "part") == 0 && opens;
		continues |= (strcmp(connectives[c].value, "continue") == 0 && opens) || part;
	}
	bool of_count = false, at_figure = false;
	bool points_back =
	        angka_reader_opens_pointing_back(text, start, end, &of_count, &at_figure) ||
	        (said > start &&
	         angka_reader_opens_pointing_back(text, said, end, &of_count, &at_figure));
	size_t fronted = angka_reader_after_fronted(text, start, end);
	if (!points_back && fronted > start)
		points_back =
		        angka_reader_opens_pointing_back(text, fronted, end, &of_count, &at_figure);
	bool restated = angka_reader_restates_alone(text, start, end);
	refers |= points_back;
	part |= of_count;
	continues |= refers;

	if (candidates > 0) {
		angka_reader_find_clauses(qs, n_found, text, start, end, connectives, n_connectives,
		                          headline);
		rc = angka_reader_templates(qs, n_found, rules, text, start, end, cues, n_cue_hits,
		                            warn, warn_ctx, err);
		if (rc != ANGKA_OK)
			goto cleanup;
	}

	/* Each quantity, from the nearest scope that decides it. */
	size_t first = first_value(qs, n_found);
	for (size_t k = 0; k < n_found; k++) {
		qread *r = &qs[k];
		if (r->kind < 0 || r->claimed)
			continue;
		const cue *at = NULL;
		int cls;
		long like;
		size_t from = start,
		       to = angka_reader_turn_after(connectives, n_connectives, r->clause_end, end);
		/* "7.498.532 (nonaktif 4.699.958)": the bracket after the
		 * clause is the next quantity's, its words too. */
		if (r->clause_end < end && text[r->clause_end] == '(')
			to = r->clause_end;
		if (headline) {
			size_t turn = to;
			from = r->q.start;
			to = r->q.end;
			angka_reader_statements_around(&from, &to, text, start, end, qs, n_found);
			to = to < turn ? to : turn;
		}
		if (r->template_class >= 0) {
			decide(r, r->template_class, SCOPE_TEMPLATE, r->template_rule, NULL);
			continue;
		}
		if (r->column >= 0 && ctx->in_table && (size_t)r->column < ctx->n_columns) {
			/* What the column's header cell says; its cues are in another
			 * sentence, so they are looked up there. */
			size_t hs = ctx->columns[r->column][0], he = ctx->columns[r->column][1];
			angka_lexicon_hit *head = NULL;
			size_t n_head = 0;
			if (angka_lexicon_find(&head, &n_head, config->cues, text, hs, he) !=
			    ANGKA_OK)
				goto nomem;
			cue *hc = calloc(n_head ? n_head : 1, sizeof *hc);
			if (hc == NULL) {
				free(head);
				goto nomem;
			}
			for (size_t c = 0; c < n_head; c++)
				hc[c] = (cue){.start = head[c].start,
				              .end = head[c].end,
				              .cls = angka_reading_class(config, head[c].value),
				              .owner = -1,
				              .until = SIZE_MAX};
			cls = angka_reader_decide_in(config, r->kind, hc, n_head, hs, he, false, -1,
			                             0, &at);
			if (cls >= 0 && config->header[cls] >= 0)
				cls = config->header[cls];
			if (cls >= 0)
				decide(r, cls, SCOPE_COLUMN, NULL, at);
			free(hc);
			free(head);
			if (cls >= 0)
				continue;
		}
		if ((cls = angka_reader_decide_in(config, r->kind, cues, n_cue_hits,
		                                  r->phrase_start, r->phrase_end, false, (long)k,
		                                  r->q.start, &at)) >= 0) {
			/* "kabupaten dengan penduduk terbanyak ... dengan capaian
			 * 18,9 persen": what rules a number out farther off yields to
			 * what is said right before it. */
			bool named;
			int adjacent = -1;
			if (angka_reader_metric_of(config, r->kind, cls, &named) == NULL &&
			    !(at && at->holds))
				adjacent = angka_reader_adjacent_class(config, r->kind, cues,
				                                       n_cue_hits, r->q.start,
				                                       r->q.end, (long)k, &at);
			decide(r, adjacent >= 0 ? adjacent : cls, SCOPE_PHRASE, NULL, at);
		} else if ((cls = angka_reader_decide_in(config, r->kind, cues, n_cue_hits,
		                                         r->clause_start, r->clause_end, false,
		                                         (long)k, r->q.start, &at)) >= 0) {
			decide(r, cls, SCOPE_CLAUSE, NULL, at);
		} else if (k == first && (cls = angka_reader_decide_in(
		                                  config, r->kind, cues, n_cue_hits, start,
		                                  angka_reader_subject_end(text, start, r->q.start),
		                                  false, (long)k, r->q.start, &at)) >= 0) {
			/* "Jumlah pekerja yang wajib dilindungi di kabupaten itu,
			 * merujuk data BPS ..., tercatat 231.460 orang": the subject
			 * the sentence opens on says what its first number is. */
			decide(r, cls, SCOPE_CLAUSE, NULL, at);
		} else if (r->item && (like = item_decided_before(qs, k)) >= 0) {
			/* "Jumlah itu terdiri atas peserta penerima upah 1.842.615
			 * orang, bukan penerima upah 884.390 orang, ...": the items
			 * of a breakdown are alike; one its own words do not decide
			 * measures what the item before it does, not what the
			 * sentence points back at. */
			decide(r, qs[like].cls, SCOPE_HEAD, qs[like].by, NULL);
		} else if (points_back && !of_count && family_of(r->kind) == FAMILY_COUNT &&
		           (decide_as_last_count(r, config, ctx), r->cls >= 0)) {
			/* "Angka itu turun menjadi 104.277 orang pada 2020, ketika
			 * banyak perusahaan menunggak iuran": a count of the number
			 * the sentence points back at measures what that did, before
			 * what another clause of it says. */
		} else if ((cls = angka_reader_decide_in(config, r->kind, cues, n_cue_hits, from,
		                                         to, true, -1, r->q.start, &at)) >= 0) {
			decide(r, cls, SCOPE_SENTENCE, NULL, at);
		}
		/* "307.552 pekerja dari 927.760 pekerja yang menjadi sasaran": a
		 * base's words are said of the base a template found after "dari",
		 * not of the part before it, which the rest of the reading decides. */
		if (r->cls >= 0 && r->cls == config->base && r->scope != SCOPE_TEMPLATE &&
		    k + 1 < n_found && qs[k + 1].template_class == config->base &&
		    angka_reader_part_before(text, r->q.end, qs[k + 1].q.start))
			decide(r, -1, SCOPE_UNDECIDED, NULL, NULL);
		reach_forward(r, qs, k, config, cues, n_cue_hits, start);
	}
	angka_reader_share_restatements(qs, n_found, config, false);
	/* What is still undecided measures what the last figure of its kind
	 * measured: a breakdown's item its head's, any other the last one before
	 * it in the article ("Kabupaten Malang mencatat 142 anak dengan nilai Rp
	 * 870 juta" goes on from the scholarships of the sentence before). */
	for (size_t k = 0; k < n_found; k++) {
		qread *r = &qs[k];
		if (r->kind < 0 || r->claimed || r->cls >= 0)
			continue;
		if (r->item) {
			for (long j = (long)k - 1; j >= 0; j--) {
				if (qs[j].cls >= 0 && !qs[j].item &&
				    family_of(qs[j].kind) == family_of(r->kind)) {
					decide(r, qs[j].cls, SCOPE_HEAD, qs[j].by, NULL);
					break;
				}
			}
		}
		/* "65 persen peserta aktif merupakan pekerja penerima upah,
		 * sedangkan 35 persen sisanya ...": a quantity its sentence said
		 * nothing of is what the one before it in the sentence is, before
		 * anything the sentence before said. */
		/* A template's "no figure" is said of its own quantity alone ("Hanya
		 * dua daerah yang sudah di atas 50 persen, yakni Kabupaten Sumbawa
		 * Barat sebesar 61,38 persen ...": the bound is none, the levels
		 * after it are not), and so is its base ("Kota Dumai 79.845 dari
		 * 125.900 pekerja, lalu Kabupaten Bengkalis 104.220 dari 170.350
		 * pekerja": the whole after "dari", not the part before the next). */
		for (long j = (long)k - 1; r->cls < 0 && j >= 0; j--)
			if (qs[j].kind >= 0 && family_of(qs[j].kind) == family_of(r->kind) &&
			    qs[j].cls >= 0 && qs[j].scope <= SCOPE_SENTENCE &&
			    !(qs[j].scope == SCOPE_TEMPLATE &&
			      (qs[j].cls == CLASS_NONE || qs[j].cls == config->base)))
				decide(r, qs[j].cls, SCOPE_SENTENCE, qs[j].by, NULL);
		/* "Jumlah pekerja informal bahkan lebih besar, mencapai 68 ribu
		 * orang": a count in a sentence that goes on from the one before
		 * counts what that one's counts did, also a negation. */
		if (continues && !item && family_of(r->kind) == FAMILY_COUNT) {
			decide_as_last_count(r, config, ctx);
			/* "... target satu juta pekerja terlindungi ... . Hingga
			 * Agustus lalu, jumlahnya baru 610.715 orang.": what goes on
			 * from a target counts what it aims at, as what is carried
			 * does. */
			if (r->cls >= 0 && r->scope == SCOPE_PREVIOUS && config->after[r->cls] >= 0)
				r->cls = config->after[r->cls];
		}
		/* "jumlah pekerja informal ... mencapai 15 ribu orang": what the
		 * quantity's own words say of it, weak as it is, before what an
		 * earlier sentence measured. */
		const cue *fb = NULL;
		int weak = -1;
		if (r->cls < 0 &&
		    ((weak = angka_reader_decide_among(config, r->kind, cues, n_cue_hits,
		                                       r->phrase_start, r->phrase_end, false, true,
		                                       (long)k, r->q.start, &fb)) >= 0 ||
		     (weak = angka_reader_decide_among(config, r->kind, cues, n_cue_hits,
		                                       r->clause_start, r->clause_end, false, true,
		                                       (long)k, r->q.start, &fb)) >= 0))
			decide(r, weak, SCOPE_CLAUSE, NULL, fb);
		/* "... 403.313 pekerja belum terdaftar. Jumlah itu setara 55,9
		 * persen dari angkatan kerja": a share of the count a sentence
		 * points back at is a share of what that count was, before what
		 * the sentences before measured. */
		if (r->cls < 0 && (points_back || restated) && family_of(r->kind) == FAMILY_PERCENT)
			decide_as_last_count(r, config, ctx);
		int carried = ctx->carried[family_of(r->kind)];
		int intro = ctx->intro[family_of(r->kind)];
		if (r->cls < 0 && ctx->asked[family_of(r->kind)] >= 0)
			decide(r, ctx->asked[family_of(r->kind)], SCOPE_PREVIOUS, NULL, NULL);
		if (r->cls < 0 && intro >= 0 &&
		    (item || (carried < 0 && !ctx->intro_items[family_of(r->kind)])))
			decide(r, intro, SCOPE_PREVIOUS, NULL, NULL);
		if (r->cls < 0 && carried >= 0)
			decide(r, carried, SCOPE_PREVIOUS, NULL, NULL);
		if (r->cls < 0 && continues && ctx->said[family_of(r->kind)] >= 0)
			decide(r, ctx->said[family_of(r->kind)], SCOPE_PREVIOUS, NULL, NULL);
		/* "Jumlah itu setara 14,6 persen.": a share of the count the
		 * sentence goes on from is the share of what that count was. */
		if (continues && family_of(r->kind) == FAMILY_PERCENT)
			decide_as_last_count(r, config, ctx);
	}

	/* "hanya 12,6 persen atau sekitar 54 ribu dari 430 ribu pekerja": what
	 * one restatement took from the sentences before, the other is too. */
	angka_reader_share_restatements(qs, n_found, config, true);

	/* "Dari jumlah tersebut, 68,05 persen ... peserta aktif": a part of a
	 * count of participants is a share of them, whatever its own words or
	 * template say (reading.tsv `part`). */
	int part_class =
	        part && ctx->last_count_class >= 0 ? config->part[ctx->last_count_class] : -1;
	/* (Not one said of a base of its own: "pekerja bukan penerima upah baru
	 * 47.315 orang (15,8 persen dari 299.460 pekerja informal)".) */
	for (size_t k = 0; k < n_found && part_class >= 0; k++)
		if (qs[k].kind >= 0 && family_of(qs[k].kind) == FAMILY_PERCENT &&
		    !(qs[k].cls >= 0 && qs[k].scope <= SCOPE_CLAUSE && config->keep[qs[k].cls]) &&
		    !(k + 1 < n_found && qs[k + 1].template_class == config->base &&
		      angka_reader_part_before(text, qs[k].q.end, qs[k + 1].q.start)))
			decide(&qs[k], part_class, SCOPE_PREVIOUS, NULL, NULL);

	angka_reader_shares_of_whole(qs, n_found, config);

	/* "memiliki 684.654 pekerja; 214.687 di antaranya sudah menjadi
	 * peserta": the count before a part in its sentence is the whole it is
	 * a part of, a base, unless its phrase or clause said what it is. */
	bool whole_in_sentence = false;
	for (size_t k = 0; k < n_found && config->base >= 0; k++) {
		if (!qs[k].part || qs[k].claimed || qs[k].kind < 0)
			continue;
		for (size_t j = k; j-- > 0;) {
			qread *w = &qs[j];
			if (w->q.not_quantity)
				continue;
			if (w->kind != READ_COUNT || w->claimed || w->part)
				break; /* "dari 1.200 perusahaan, 300 di antaranya" */
			if (w->scope >= SCOPE_SENTENCE) {
				w->template_rule = qs[k].template_rule;
				decide(w, config->base, SCOPE_TEMPLATE, qs[k].template_rule, NULL);
			}
			whole_in_sentence = true;
			break;
		}
	}

	/* The figures. */
	int decided[FAMILIES] = {-1, -1, -1};
	bool of_dataset[FAMILIES] = {false, false, false};
	for (size_t k = 0; k < n_found; k++) {
		qread *r = &qs[k];
		char why[120] = "";
		const char *metric = NULL;
		if (r->q.not_quantity) {
			snprintf(why, sizeof why, "not a quantity: %s", r->q.not_quantity);
		} else if (r->claimed) {
			snprintf(why, sizeof why, "read by a specific rule");
		} else if (r->kind < 0) {
			snprintf(why, sizeof why, "counts %s, never a figure here",
			         r->q.noun ? "something else" : "nothing");
		} else if (r->cls < 0) {
			snprintf(why, sizeof why, "no cue says what it measures");
		} else {
			const reading_row *row =
			        r->cls == CLASS_NONE ? NULL
			                             : angka_reader_row_of(config, r->kind, r->cls);
			metric = row ? row->metric : NULL;
			describe(why, sizeof why, r, config, text);
			/* What the sentences after go on to measure; shares go on
			 * ("... 65 persennya adalah PU. Selain itu 22 persen pekerja
			 * jasa konstruksi ..."), but a count of context does not ("...
			 * 19,51 juta orang merupakan peserta non aktif. Berikut
			 * tabelnya: ..." lists participants). */
			/* ... and an aside of context after a figure of the dataset
			 * does not turn them ("... cakupannya baru 31,8 persen,
			 * dengan lebih dari 70 persen pekerja berada di sektor
			 * informal." "Di Lombok Timur bahkan masih 19,4 persen."). */
			int f = family_of(r->kind);
			if (metric && !(row->context && (f == FAMILY_COUNT || of_dataset[f])) &&
			    !is_base_after_figure(config, r, decided)) {
				decided[f] = r->cls;
				of_dataset[f] = !row->context;
			}
		}
		if (reading) {
			angka_reading info = {r->q.start,
			                      r->q.end,
			                      r->q.number.value,
			                      angka_quantity_kind_name(r->q.kind),
			                      r->q.noun,
			                      metric,
			                      why,
			                      r->claimed};
			reading(&info, trace_ctx);
		}
		if (metric == NULL)
			continue;
		if (r->list && k > 0 && qs[k - 1].list && qs[k - 1].list_start == r->list_start)
			continue; /* one hit for the whole list */
		const angka_rule *by = r->by ? r->by : &rules->items[rules->cue_rules[r->cls]];
		angka_hit hit;
		memset(&hit, 0, sizeof hit);
		hit.rule = by;
		hit.metric = metric;
		/* The match is the measurement with its restatements ("46,2% atau
		 * 465.940 pekerja"), so a place named after them holds for all. */
		hit.match_start = r->q.start;
		hit.match_end = r->q.noun_end;
		/* "Dari jumlah peserta itu, pekerja jasa konstruksi 96.300 orang":
		 * a part of the count before, of its place. */
		bool anchored = r->part || part;
		for (size_t j = 0; j < n_found; j++) {
			if (qs[j].kind < 0 ||
			    angka_reader_find_set(qs, j) != angka_reader_find_set(qs, k))
				continue;
			hit.match_start =
			        qs[j].q.start < hit.match_start ? qs[j].q.start : hit.match_start;
			hit.match_end =
			        qs[j].q.noun_end > hit.match_end ? qs[j].q.noun_end : hit.match_end;
			anchored |= qs[j].part;
		}
		if (r->q.kind == ANGKA_QUANTITY_CASES)
			hit.unit = "cases";
		hit.value_start = r->list ? r->list_start : r->q.start;
		hit.value_end = r->list ? r->list_end : r->q.end;
		hit.list = r->list;
		/* "Tahun ini 42.500 pekerja rentan. Tahun lalu 37.900.": a bare
		 * number whose measure the sentence before gave goes on from it,
		 * of its group. */
		hit.continues =
		        continues || (!headline && r->scope == SCOPE_PREVIOUS &&
		                      r->q.noun == NULL && family_of(r->kind) == FAMILY_COUNT);
		hit.refers = refers;
		hit.points_back = at_figure || restated;
		hit.headline = headline;
		if (r->column >= 0 && ctx->in_table && (size_t)r->column < ctx->n_columns) {
			hit.header_start = ctx->columns[r->column][0];
			hit.header_end = ctx->columns[r->column][1];
			hit.scale = r->scale;
		}
		hit.row = item || table_row;
		if (hit.row) {
			hit.scope_start = start;
			hit.scope_end = end;
		} else {
			hit.scope_start = r->clause_start;
			hit.scope_end = r->clause_end;
		}
		if (anchored && ctx->has_last_count) {
			hit.anchor_start = ctx->last_count_start;
			hit.anchor_end = ctx->last_count_end;
		}
		memcpy(hit.why, why, sizeof hit.why);
		if (angka_match_push(hits, n_hits, &hit) != ANGKA_OK)
			goto nomem;
		r->hit = (long)*n_hits - 1;
	}

	/* What the next sentence may carry. */
	/* What a figure measures carries on, not how it is said: a target or a
	 * negation ends with its sentence. */
	for (int f = 0; f < FAMILIES; f++)
		if (decided[f] >= 0 && config->reach[decided[f]] == REACH_SENTENCE)
			ctx->carried[f] = decided[f];
		else if (decided[f] >= 0 && config->after[decided[f]] >= 0)
			ctx->carried[f] = config->after[decided[f]];
	/* "Hingga Agustus 2025 ... baru 48.210 pekerja ... terdaftar sebagai
	 * peserta aktif. \"Kalau dibandingkan dengan potensi 176.400 pekerja,
	 * cakupannya 27,33 persen.\" Dari jumlah tersebut, ... PU, ... BPU":
	 * a sentence that gives only the base of a coverage of the count before
	 * leaves that count what a later sentence takes parts of. */
	int count = decided[FAMILY_COUNT], percent = decided[FAMILY_PERCENT],
	    last = ctx->last_count_class;
	bool base_of_before = count >= 0 && count == config->base && percent >= 0 &&
	                      config->part[percent] >= 0 && last >= 0 && config->part[last] >= 0;
	if (candidates > 0 && !base_of_before)
		ctx->last_count_class = decided[FAMILY_COUNT];
	ctx->listing = own_line && item;
	ctx->previous_lead = end > start && text[end - 1] == ':';
	if (candidates == 0 && pipes == 0) {
		size_t line[2] = {start, end};
		double scale = angka_reader_column_scale(text, line, &ctx->caption_money);
		if (scale > 0)
			ctx->caption_scale = scale;
	} else if (!table_row && !header_row) {
		ctx->caption_scale = 0;
	}
	ctx->header_line[0] = candidates == 0 && !table_row ? start : 0;
	ctx->header_line[1] = candidates == 0 && !table_row ? end : 0;
	static const int kinds[FAMILIES] = {READ_COUNT, READ_PERCENT, READ_RUPIAH};
	int asked[FAMILIES] = {-1, -1, -1}, announced[FAMILIES];
	for (int f = 0; f < FAMILIES; f++) {
		const cue *at = NULL;
		int cls = table_row || headline
		                  ? -1
		                  : angka_reader_decide_in(config, kinds[f], cues, n_cue_hits,
		                                           start, end, true, -1, 0, &at);
		ctx->said[f] = cls >= 0 && config->reach[cls] == REACH_SENTENCE ? cls : -1;
		/* "Pemprov menetapkan target UCJ tahun 2026 untuk tiap daerah.
		 * Di antaranya:": a target said of what follows announces it */
		announced[f] = cls >= 0 && config->reach[cls] == REACH_FORWARD ? cls : ctx->said[f];
	}
	if (candidates == 0 && !table_row && !headline) {
		/* "Berikut jumlah peserta aktif per provinsi:": what it announces;
		 * a lead that says nothing of what it lists ("Berikut daftarnya:")
		 * lists what the sentence before announced. A headline announces
		 * the story, not the counts after it ("Cakupan Jamsostek Pekerja
		 * Informal Masih Rendah" does not make the informal workers of the
		 * lead participants). */
		for (int f = 0; f < FAMILIES; f++)
			if (announced[f] >= 0 || !ctx->previous_lead) {
				ctx->intro[f] = announced[f];
				ctx->intro_items[f] = announced[f] != ctx->said[f];
			}
		/* "Daerah mana yang paling tinggi cakupannya?" "Kota Yogyakarta,
		 * sudah 63 persen": what an interviewer asks is what the answer's
		 * numbers measure, not what the numbers before the question did;
		 * also a base, whose cues otherwise speak only of their own clause
		 * ("Potensi pekerja informalnya berapa?" "Perkiraan kami sekitar
		 * 225 ribu."). */
		if (angka_reader_asks(text, start, end))
			for (int f = 0; f < FAMILIES; f++) {
				const cue *at = NULL;
				asked[f] =
				        angka_reader_decide_in(config, kinds[f], cues, n_cue_hits,
				                               start, end, false, -1, 0, &at);
				if (ctx->said[f] >= 0)
					ctx->carried[f] = ctx->said[f];
			}
	} else if (candidates > 0 && !item) {
		for (int f = 0; f < FAMILIES; f++)
			ctx->intro[f] = -1;
	}
	for (int f = 0; f < FAMILIES; f++)
		ctx->asked[f] = asked[f];
	/* A part is "X di antaranya", or a count its own words decide in a
	 * sentence that opens on the one before ("Dari jumlah itu, baru 9,5
	 * juta yang menjadi peserta"). */
	bool has_part = false;
	for (size_t k = 0; k < n_found; k++)
		has_part |= !qs[k].claimed && qs[k].kind >= 0 &&
		            (qs[k].part ||
		             (part && qs[k].kind == READ_COUNT && qs[k].scope <= SCOPE_CLAUSE));
	if (has_part && !whole_in_sentence && ctx->has_last_count && !ctx->last_count_cued &&
	    config->base >= 0 &&
	    remake_last_count(hits, n_hits, rules, ctx, config->base, NULL,
	                      "base: a part of it follows, \"di antaranya\"", text) != ANGKA_OK)
		goto nomem;
	if (ctx->has_last_count && ctx->last_count_died && config->benefit >= 0 &&
	    angka_reader_opens_on_heirs(text, start, end) &&
	    remake_last_count(hits, n_hits, rules, ctx, config->benefit, "cases",
	                      "benefit: the heirs of those who died were paid", text) != ANGKA_OK)
		goto nomem;
	/* The count the next sentence may take parts of: the last, but not a
	 * base after what it is the base of ("1.512.644 peserta aktif
	 * dibandingkan potensi 3.682.150 pekerja. Dari jumlah tersebut, PU
	 * ..." breaks down the participants). */
	bool figure_count = false;
	for (size_t k = 0; k < n_found; k++)
		figure_count |= qs[k].kind >= 0 && family_of(qs[k].kind) == FAMILY_COUNT &&
		                !qs[k].q.not_quantity && qs[k].cls >= 0 &&
		                qs[k].cls != config->base;
	/* "... pembayaran manfaat di Gorontalo sebesar Rp148,2 miliar. Dari
	 * jumlah itu, beasiswa ... 97 anak": after an amount and no count, what
	 * the next sentence takes a part of is that amount, not a count said
	 * before it. */
	bool amount = false, a_count = false;
	for (size_t k = 0; k < n_found; k++) {
		if (qs[k].kind < 0 || qs[k].cls < 0 || qs[k].q.not_quantity)
			continue;
		amount |= family_of(qs[k].kind) == FAMILY_RUPIAH;
		a_count |= family_of(qs[k].kind) == FAMILY_COUNT;
	}
	if (amount && !a_count)
		ctx->has_last_count = false;
	for (size_t k = n_found; k-- > 0 && !base_of_before;) {
		if (qs[k].kind >= 0 && family_of(qs[k].kind) == FAMILY_COUNT &&
		    !qs[k].q.not_quantity &&
		    !(figure_count && (qs[k].cls < 0 || qs[k].cls == config->base))) {
			ctx->last_count_start = qs[k].q.start;
			ctx->last_count_end = qs[k].q.end;
			ctx->has_last_count = true;
			ctx->last_count_hit = qs[k].hit;
			ctx->last_count_died = angka_reader_died_after(text, qs[k].q.end, end);
			ctx->last_count_cued = qs[k].scope <= SCOPE_HEAD;
			ctx->last_count_clause[0] = qs[k].clause_start;
			ctx->last_count_clause[1] = qs[k].clause_end;
			break;
		}
	}
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory reading a sentence");
cleanup:
	free(found);
	free(qs);
	free(cue_hits);
	free(connectives);
	free(cues);
	return rc;
}
