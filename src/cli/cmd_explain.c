#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka/fetch.h"
#include "angka/segment.h"
#include "cli/common.h"

enum { OPT_ALL = OPT_FIRST_COMMAND_OPTION };

typedef struct explain_options {
	run_options run;
	bool all;
} explain_options;

static int explain_option(int id, const char *arg, void *ctx)
{
	explain_options *o = ctx;
	if (id == OPT_ALL) {
		o->all = true;
		return 0;
	}
	return common_option(id, arg, &o->run);
}

static const cli_option explain_options_table[] = {
        {"all", 'a', NULL, "show every sentence, also those where no rule matched", OPT_ALL},
        {"rules", 0, "DIR", "the rules folder (default: found next to the binary)", OPT_RULES},
        SOURCE_NAME_OPTION,
        {NULL, 0, NULL, NULL, 0},
};

const cli_command explain_command = {
        "explain",
        "[OPTIONS] TEXT|FILE...",
        "Show, sentence by sentence, why angka found what it found: every quantity\n"
        "of the sentence and what it became (its metric and the cue, template or\n"
        "rule that decided it) or why it is no figure, which specific rules matched\n"
        "and which hits the overlap policy dropped, what each figure was bound to\n"
        "(region, period, segment, and where they came from), and what the parser\n"
        "dropped as page furniture. An argument that names a file is read as an\n"
        "article, '-' reads one from standard input; any other argument is taken as\n"
        "the text itself.",
        "Exit status: 0 ok, 1 an input could not be read, 2 usage error, 3 the rules do\n"
        "not load.\n",
        explain_options_table,
};

/* Everything the trace saw, printed per sentence once extraction is over
 * (normalization binds after all sentences are matched). */
typedef struct event {
	enum { EV_READING, EV_HIT, EV_OVERLAP, EV_DROPPED, EV_FIGURE } kind;
	angka_reading reading; /* EV_READING; its why is copied into why */
	char why[120];
	angka_hit hit;
	const char *winner;  /* EV_OVERLAP: the rule that won */
	const char *reason;  /* EV_DROPPED */
	angka_figure figure; /* EV_FIGURE: a copy */
	const char *region_from, *period_from;
	const char *domain; /* the domain reading when it happened (NULL: the only one) */
} event;

typedef struct explain_state {
	const char *domain; /* the domain reading now, when there are several */
	size_t domains_seen;
	angka_sentence *sentences;
	size_t n_sentences, cap_sentences;
	event *events;
	size_t n_events, cap_events;
	bool failed;
} explain_state;

static event *new_event(explain_state *st)
{
	if (st->n_events == st->cap_events) {
		size_t cap = st->cap_events ? st->cap_events * 2 : 64;
		event *grown = realloc(st->events, cap * sizeof *grown);
		if (grown == NULL) {
			st->failed = true;
			return NULL;
		}
		st->events = grown;
		st->cap_events = cap;
	}
	event *e = &st->events[st->n_events++];
	memset(e, 0, sizeof *e);
	e->domain = st->domain;
	return e;
}

/* Every domain reads the same sentences: they are recorded once. */
static void on_domain(const angka_domain *domain, void *ctx)
{
	explain_state *st = ctx;
	st->domain = angka_domain_name(domain);
	st->domains_seen++;
}

static void on_sentence(const angka_article *article, const angka_sentence *sentence, void *ctx)
{
	(void)article;
	explain_state *st = ctx;
	if (st->domains_seen > 1)
		return;
	if (st->n_sentences == st->cap_sentences) {
		size_t cap = st->cap_sentences ? st->cap_sentences * 2 : 64;
		angka_sentence *grown = realloc(st->sentences, cap * sizeof *grown);
		if (grown == NULL) {
			st->failed = true;
			return;
		}
		st->sentences = grown;
		st->cap_sentences = cap;
	}
	st->sentences[st->n_sentences++] = *sentence;
}

static void on_reading(const angka_reading *reading, void *ctx)
{
	event *e = new_event(ctx);
	if (e) {
		e->kind = EV_READING;
		e->reading = *reading;
		snprintf(e->why, sizeof e->why, "%s", reading->why);
		e->hit.value_start = reading->start; /* where the event belongs */
	}
}

static void on_hit(const angka_hit *hit, void *ctx)
{
	event *e = new_event(ctx);
	if (e) {
		e->kind = EV_HIT;
		e->hit = *hit;
	}
}

static void on_overlap(const angka_hit *dropped, const angka_hit *winner, void *ctx)
{
	event *e = new_event(ctx);
	if (e) {
		e->kind = EV_OVERLAP;
		e->hit = *dropped;
		e->winner = angka_rule_id(winner->rule);
	}
}

static void on_dropped(const angka_hit *hit, const char *reason, void *ctx)
{
	event *e = new_event(ctx);
	if (e) {
		e->kind = EV_DROPPED;
		e->hit = *hit;
		e->reason = reason;
	}
}

static void on_bound(const angka_hit *hit, const angka_figure *figure, const char *region_from,
                     const char *period_from, void *ctx)
{
	explain_state *st = ctx;
	angka_figure_list one = ANGKA_FIGURE_LIST_INIT;
	if (angka_figure_list_push(&one, figure) != ANGKA_OK) {
		st->failed = true;
		return;
	}
	event *e = new_event(st);
	if (e == NULL) {
		angka_figure_list_free(&one);
		return;
	}
	e->kind = EV_FIGURE;
	e->hit = *hit;
	e->figure = one.items[0];
	free(one.items);
	e->region_from = region_from;
	e->period_from = period_from;
}

static void print_span(const char *text, size_t start, size_t end)
{
	printf("\"%.*s\" [%zu, %zu)", (int)(end - start), text + start, start, end);
}

static void print_event(const angka_article *article, const event *e)
{
	const char *text = article->text;
	const char *rule = e->kind == EV_READING ? NULL : angka_rule_id(e->hit.rule);
	switch (e->kind) {
	case EV_READING:
		printf("    quantity ");
		print_span(text, e->reading.start, e->reading.end);
		printf(" %s%s%s: ", e->reading.kind, e->reading.noun ? " of " : "",
		       e->reading.noun ? e->reading.noun : "");
		if (e->reading.metric)
			printf("%s, %s\n", e->reading.metric, e->why);
		else if (e->reading.claimed)
			printf("%s\n", e->why); /* the specific rule's match follows */
		else
			printf("no figure, %s\n", e->why);
		break;
	case EV_HIT:
		printf("    match    %-32s %-22s ", rule, e->hit.metric);
		print_span(text, e->hit.value_start, e->hit.value_end);
		putchar('\n');
		break;
	case EV_OVERLAP:
		printf("    overlap  %-32s %-22s ", rule, e->hit.metric);
		print_span(text, e->hit.value_start, e->hit.value_end);
		printf(": dropped, %s won (longest span, then priority, then rule order)\n",
		       e->winner);
		break;
	case EV_DROPPED:
		printf("    no figure %-31s %-22s ", rule, e->hit.metric);
		print_span(text, e->hit.value_start, e->hit.value_end);
		printf(": %s\n", e->reason);
		break;
	case EV_FIGURE: {
		const angka_figure *f = &e->figure;
		printf("    figure   %s = %.15g %s%s\n", f->metric, f->value, f->unit,
		       f->approx ? " (approximate)" : "");
		printf("             region  %s%s%s%s  (%s)\n", f->region,
		       f->region_code ? " [" : "", f->region_code ? f->region_code : "",
		       f->region_code ? "]" : "", e->region_from);
		printf("             as_of   %s  (%s)\n", f->as_of ? f->as_of : "null",
		       e->period_from);
		printf("             segment %s%s\n", f->segment,
		       angka_rule_segment(e->hit.rule) ? "  (the rule's)" : "");
		break;
	}
	}
}

/* The domain that read after domain, in the order they read (the last
 * one's name is st->domain; NULL when there is only one domain). */
static const char *next_domain(const explain_state *st, const char *domain)
{
	bool past = false;
	for (size_t i = 0; i < st->n_events; i++) {
		if (past && st->events[i].domain != domain)
			return st->events[i].domain;
		past |= st->events[i].domain == domain;
	}
	return st->domain;
}

static bool has_events(const explain_state *st, const char *domain, const angka_sentence *sentence)
{
	for (size_t i = 0; i < st->n_events; i++)
		if (st->events[i].domain == domain &&
		    st->events[i].hit.value_start >= sentence->start &&
		    st->events[i].hit.value_start < sentence->end)
			return true;
	return false;
}

static void explain_article(const angka_article *article, const angka_pipeline *pipeline, bool all,
                            int *status)
{
	explain_state st;
	memset(&st, 0, sizeof st);
	angka_pipeline_trace trace = {
	        .domain = on_domain,
	        .sentence = on_sentence,
	        .hit = on_hit,
	        .overlap_dropped = on_overlap,
	        .reading = on_reading,
	        .normalize = {.dropped = on_dropped, .bound = on_bound, .ctx = &st},
	        .warning = print_pipeline_warning,
	        .ctx = &st,
	};
	angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
	angka_error err = {0, ""};
	int rc = angka_pipeline_extract_traced(&figures, pipeline, article, &trace, &err);

	printf("== %s\n", article->source);
	printf("title: %s\npublished: %s%s\ndateline: %s\n", article->title ? article->title : "-",
	       article->published ? article->published : "-",
	       article->published_approx ? " (approximate)" : "",
	       article->dateline_place ? article->dateline_place : "-");
	if (article->n_dropped > 0) {
		printf("parser dropped %zu block%s:\n", article->n_dropped,
		       article->n_dropped == 1 ? "" : "s");
		for (size_t i = 0; i < article->n_dropped; i++)
			printf("    %-14s \"%.70s\"\n", article->dropped[i].reason,
			       article->dropped[i].text);
	}
	for (size_t s = 0; s < st.n_sentences; s++) {
		const angka_sentence *sentence = &st.sentences[s];
		bool any = false;
		for (size_t i = 0; i < st.n_events && !any; i++)
			any = st.events[i].hit.value_start >= sentence->start &&
			      st.events[i].hit.value_start < sentence->end;
		if (!any && !all)
			continue;
		printf("\nsentence %zu (paragraph %zu): %.*s\n", s + 1, sentence->paragraph + 1,
		       (int)(sentence->end - sentence->start), article->text + sentence->start);
		/* Matches first, then what the overlap policy and normalization
		 * made of them, in the order they happened. */
		/* With several domains, each domain's reading in turn. */
		for (const char *domain = st.n_events ? st.events[0].domain : st.domain;;
		     domain = next_domain(&st, domain)) {
			if (domain && has_events(&st, domain, sentence))
				printf("  domain %s\n", domain);
			for (int pass = 0; pass < 2; pass++)
				for (size_t i = 0; i < st.n_events; i++) {
					const event *e = &st.events[i];
					if (e->domain != domain ||
					    e->hit.value_start < sentence->start ||
					    e->hit.value_start >= sentence->end)
						continue;
					if ((pass == 0) ==
					    (e->kind == EV_HIT || e->kind == EV_READING))
						print_event(article, e);
				}
			if (domain == st.domain)
				break;
		}
	}
	if (rc != ANGKA_OK || st.failed) {
		fprintf(stderr, "angka: %s\n", rc != ANGKA_OK ? err.message : "out of memory");
		*status = EXIT_SYSTEM;
	}
	/* What stands in the dataset, and what only the audit reads. */
	size_t context = 0;
	for (size_t i = 0; i < figures.n; i++)
		context += figures.items[i].context;
	printf("\n%zu figure%s after merging duplicates", figures.n - context,
	       figures.n - context == 1 ? "" : "s");
	if (context > 0) {
		printf(", and %zu context figure%s for the audit:", context,
		       context == 1 ? "" : "s");
		for (size_t i = 0, k = 0; i < figures.n; i++)
			if (figures.items[i].context)
				printf("%s %s = %.15g", k++ ? "," : "", figures.items[i].metric,
				       figures.items[i].value);
	}
	printf("\n\n");
	for (size_t i = 0; i < st.n_events; i++)
		if (st.events[i].kind == EV_FIGURE)
			angka_figure_clear(&st.events[i].figure);
	free(st.events);
	free(st.sentences);
	angka_figure_list_free(&figures);
}

int cmd_explain(int argc, char **argv)
{
	explain_options o = {.run = {.format_name = "table"}};
	int first = cli_parse(&explain_command, argc, argv, explain_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first >= argc) {
		cli_usage_error(&explain_command, "no TEXT or FILE given");
		return EXIT_USAGE;
	}
	if (check_stdin_operands(&explain_command, &o.run, argc - first, argv + first) != 0)
		return EXIT_USAGE;
	angka_pipeline *pipeline = NULL;
	int status = open_pipeline(&pipeline, &o.run);
	if (status != EXIT_OK)
		return status;
	for (int i = first; i < argc; i++) {
		angka_article *article = NULL;
		struct stat st;
		if (strcmp(argv[i], STDIN_OPERAND) == 0 || stat(argv[i], &st) == 0) {
			if (read_article(&article, argv[i], o.run.source_name) != ANGKA_OK) {
				status = EXIT_INPUT;
				continue;
			}
		} else {
			angka_document doc = {.source = "(text)",
			                      .bytes = (unsigned char *)argv[i],
			                      .len = strlen(argv[i]),
			                      .kind = ANGKA_CONTENT_TEXT,
			                      .invalid_utf8_at = -1};
			angka_error err = {0, ""};
			if (angka_parse_document(&article, &doc, &err) != ANGKA_OK) {
				fprintf(stderr, "angka: %s\n", err.message);
				status = EXIT_INPUT;
				continue;
			}
		}
		explain_article(article, pipeline, o.all, &status);
		angka_article_free(article);
	}
	angka_pipeline_free(pipeline);
	return status;
}
