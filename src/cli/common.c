#include "cli/common.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "angka/fetch.h"

#ifndef ANGKA_BUILD_RULES_DIR
#define ANGKA_BUILD_RULES_DIR "rules"
#endif
#ifndef ANGKA_INSTALL_RULES_DIR
#define ANGKA_INSTALL_RULES_DIR "/usr/local/share/angka/rules"
#endif
#ifndef ANGKA_BUILD_WEB_DIR
#define ANGKA_BUILD_WEB_DIR "web"
#endif
#ifndef ANGKA_INSTALL_WEB_DIR
#define ANGKA_INSTALL_WEB_DIR "/usr/local/share/angka/web"
#endif

int common_option(int id, const char *arg, void *ctx)
{
	run_options *o = ctx;
	switch (id) {
	case OPT_FORMAT: o->format_name = arg; return 0;
	case OPT_DB: o->db_path = arg; return 0;
	case OPT_RULES: o->rules_dir = arg; return 0;
	case OPT_QUIET: o->quiet = true; return 0;
	case OPT_SOURCE_NAME: o->source_name = arg; return 0;
	case OPT_JOBS: {
		char *end = NULL;
		long n = strtol(arg, &end, 10);
		if (end == arg || *end != '\0' || n < 1 || n > 256) {
			cli_usage_error(o->command, "--jobs wants a number from 1 to 256, not '%s'",
			                arg);
			return 1;
		}
		o->jobs = (size_t)n;
		return 0;
	}
	default: return 1;
	}
}

int parse_format(const cli_command *cmd, run_options *o)
{
	if (angka_format_parse(&o->format, o->format_name) != ANGKA_OK) {
		cli_usage_error(cmd, "unknown format '%s' (table, jsonl, json, csv)",
		                o->format_name);
		return -1;
	}
	return 0;
}

int check_stdin_operands(const cli_command *cmd, const run_options *o, int argc, char **argv)
{
	int seen = 0;
	for (int i = 0; i < argc; i++)
		seen += strcmp(argv[i], STDIN_OPERAND) == 0;
	if (seen > 1) {
		cli_usage_error(cmd, "'-' (standard input) can be read only once");
		return -1;
	}
	if (o->source_name != NULL && seen == 0) {
		cli_usage_error(cmd, "--source-name names the article read from '-', and there "
		                     "is none");
		return -1;
	}
	if (o->source_name != NULL && *o->source_name == '\0') {
		cli_usage_error(cmd, "--source-name wants a name");
		return -1;
	}
	return 0;
}

void print_count(size_t n, const char *singular, const char *plural)
{
	fprintf(stderr, "%zu %s\n", n, n == 1 ? singular : plural);
}

static bool has_file(const char *dir, const char *name)
{
	char path[PATH_MAX];
	struct stat st;
	int n = snprintf(path, sizeof path, "%s/%s", dir, name);
	return n > 0 && (size_t)n < sizeof path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_rules_dir(const char *dir)
{
	return has_file(dir, "patterns.yaml");
}

/* Next to an installed binary: <bin>/../share/angka/<name>, when it holds
 * marker. */
static const char *installed_beside_binary(const char *name, const char *marker, char *buf,
                                           size_t size)
{
	char exe[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len <= 0)
		return NULL;
	exe[len] = '\0';
	char *slash = strrchr(exe, '/');
	if (slash == NULL)
		return NULL;
	*slash = '\0';
	int n = snprintf(buf, size, "%s/../share/angka/%s", exe, name);
	return n > 0 && (size_t)n < size && has_file(buf, marker) ? buf : NULL;
}

/* The web assets (the review desk, the report's script and style, the
 * vendored chart library): --web, $ANGKA_WEB, next to an installed binary,
 * the install folder, then the source tree — as the rules are found. */
const char *find_web_dir(const char *given, char *buf, size_t size)
{
	if (given)
		return given;
	const char *env = getenv("ANGKA_WEB");
	if (env && *env)
		return env;
	const char *beside = installed_beside_binary("web", "desk/index.html", buf, size);
	if (beside)
		return beside;
	if (has_file(ANGKA_INSTALL_WEB_DIR, "desk/index.html"))
		return ANGKA_INSTALL_WEB_DIR;
	return ANGKA_BUILD_WEB_DIR;
}

/* Where the rules are, when --rules does not say: $ANGKA_RULES, then next to
 * an installed binary (<prefix>/share/angka/rules, so an installed tree can
 * move), then the configured install folder, then the source tree the
 * binary was built from. */
const char *find_rules_dir(const char *given, char *buf, size_t size)
{
	if (given)
		return given;
	const char *env = getenv("ANGKA_RULES");
	if (env && *env)
		return env;
	const char *beside = installed_beside_binary("rules", "patterns.yaml", buf, size);
	if (beside)
		return beside;
	if (is_rules_dir(ANGKA_INSTALL_RULES_DIR))
		return ANGKA_INSTALL_RULES_DIR;
	return ANGKA_BUILD_RULES_DIR;
}

int open_pipeline(angka_pipeline **out, const run_options *o)
{
	char buf[PATH_MAX];
	const char *dir = find_rules_dir(o->rules_dir, buf, sizeof buf);
	angka_error err = {0, ""};
	if (angka_pipeline_new(out, dir, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: cannot load the rules from %s:\n%s\n", dir, err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

int start_pipeline(angka_pipeline_load **out, const run_options *o)
{
	char buf[PATH_MAX];
	angka_error err = {0, ""};
	if (angka_pipeline_load_start(out, find_rules_dir(o->rules_dir, buf, sizeof buf), &err) !=
	    ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

int finish_pipeline(const angka_pipeline **out, angka_pipeline_load *load, const run_options *o)
{
	angka_error err = {0, ""};
	if (angka_pipeline_load_wait(out, load, &err) != ANGKA_OK) {
		char buf[PATH_MAX];
		fprintf(stderr, "angka: cannot load the rules from %s:\n%s\n",
		        find_rules_dir(o->rules_dir, buf, sizeof buf), err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

int open_domains(angka_domain ***out, size_t *n, const run_options *o)
{
	char buf[PATH_MAX];
	const char *dir = find_rules_dir(o->rules_dir, buf, sizeof buf);
	angka_error err = {0, ""};
	if (angka_domains_load(out, n, dir, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: cannot load the domains from %s:\n%s\n", dir, err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

typedef struct expansion {
	input_list *list;
	int failed; /* entries that could not be read, reported */
} expansion;

static int collect_input(const char *path, const angka_error *problem, void *ctx)
{
	expansion *e = ctx;
	input_list *list = e->list;
	if (problem != NULL) {
		fprintf(stderr, "angka: %s\n", problem->message);
		e->failed++;
		return ANGKA_OK;
	}
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 64;
		char **grown = realloc(list->paths, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		list->paths = grown;
		list->cap = cap;
	}
	list->paths[list->n] = strdup(path);
	if (list->paths[list->n] == NULL)
		return ANGKA_ENOMEM;
	list->n++;
	return ANGKA_OK;
}

void input_list_free(input_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->paths[i]);
	free(list->paths);
}

/* Expand every operand; every entry of a folder that cannot be read counts
 * as a failed input, reported here, and the walk goes on. Returns the
 * number of such failures, or -1 when memory ran out. */
int expand_inputs(input_list *list, int argc, char **argv)
{
	expansion e = {list, 0};
	for (int i = 0; i < argc; i++) {
		angka_error err = {0, ""};
		size_t before = list->n;
		int failed_before = e.failed;
		int rc = angka_fetch_expand(argv[i], collect_input, &e, &err);
		if (rc == ANGKA_ENOMEM)
			return -1;
		if (rc != ANGKA_OK) {
			fprintf(stderr, "angka: %s\n", err.message);
			e.failed++;
		}
		/* A folder that gave nothing is not an error (a spool folder is
		 * often empty), but is not silence either. */
		struct stat st;
		if (list->n == before && e.failed == failed_before && stat(argv[i], &st) == 0 &&
		    S_ISDIR(st.st_mode))
			fprintf(stderr,
			        "angka: %s: warning: nothing to read in this folder (files ending "
			        "in "
			        ".txt, .html, .htm, .xhtml, or without an extension)\n",
			        argv[i]);
	}
	return e.failed;
}

typedef struct input_walk {
	const run_options *o;
	size_t done, total;
	int (*visit)(const char *path, void *ctx);
	int (*settle)(void *ctx);
	void *ctx;
	size_t *failed;
} input_walk;

static int count_input(const char *path, const angka_error *problem, void *ctx)
{
	(void)path;
	if (problem == NULL)
		((input_walk *)ctx)->total++;
	return ANGKA_OK;
}

/* An entry the walk could not read is one failed input, reported where it
 * falls among the others (after settle: the messages before it are out). */
static int walk_input(const char *path, const angka_error *problem, void *ctx)
{
	input_walk *w = ctx;
	if (problem != NULL) {
		int stop = w->settle ? w->settle(w->ctx) : 0;
		if (stop != 0)
			return stop;
		fprintf(stderr, "angka: %s\n", problem->message);
		(*w->failed)++;
		return ANGKA_OK;
	}
	progress(w->o, w->done++, w->total, path);
	return w->visit(path, w->ctx);
}

int walk_inputs(const run_options *o, int argc, char **argv,
                int (*visit)(const char *path, void *ctx), int (*settle)(void *ctx), void *ctx,
                size_t *failed)
{
	input_walk w = {o, 0, 0, visit, settle, ctx, failed};
	if (!o->quiet && isatty(STDERR_FILENO))
		for (int i = 0; i < argc; i++)
			angka_fetch_expand(argv[i], count_input, &w, NULL);
	for (int i = 0; i < argc; i++) {
		angka_error err = {0, ""};
		size_t done_before = w.done, failed_before = *failed;
		int rc = angka_fetch_expand(argv[i], walk_input, &w, &err);
		if (rc == ANGKA_ENOMEM)
			return rc;
		if (rc != ANGKA_OK && err.message[0] == '\0')
			return rc; /* visit or settle stopped the walk */
		if (rc != ANGKA_OK) {
			int stop = settle ? settle(ctx) : 0;
			if (stop != 0)
				return stop;
			fprintf(stderr, "angka: %s\n", err.message);
			(*failed)++;
		}
		/* A folder that gave nothing is not an error (a spool folder is
		 * often empty), but is not silence either. */
		struct stat st;
		if (w.done == done_before && *failed == failed_before && stat(argv[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			int stop = settle ? settle(ctx) : 0;
			if (stop != 0)
				return stop;
			fprintf(stderr,
			        "angka: %s: warning: nothing to read in this folder (files ending "
			        "in .txt, .html, .htm, .xhtml, or without an extension)\n",
			        argv[i]);
		}
	}
	progress(o, w.total, w.total, "");
	return ANGKA_OK;
}

/* A progress line on a terminal, for runs long enough to want one. */
void progress(const run_options *o, size_t done, size_t total, const char *path)
{
	if (o->quiet || total < 20 || !isatty(STDERR_FILENO))
		return;
	if (done == total)
		fprintf(stderr, "\r\033[K");
	else
		fprintf(stderr, "\r\033[K[%zu/%zu] %.60s", done + 1, total, path);
}

/* SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes "now" for
 * resolving relative dates ("3 bulan lalu"), so that a run can be repeated
 * with the same result. */
static void apply_source_date_epoch(angka_document *doc)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch == NULL || *epoch == '\0')
		return;
	char *end = NULL;
	long long seconds = strtoll(epoch, &end, 10);
	if (*end != '\0' || seconds < 0)
		return;
	time_t t = (time_t)seconds;
	struct tm tm;
	char stamp[32];
	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return;
	char *copy = strdup(stamp);
	if (copy == NULL)
		return;
	free(doc->fetched_at);
	doc->fetched_at = copy;
}

/* Parse a fetched document (SOURCE_DATE_EPOCH applied, invalid UTF-8
 * warned about on stderr); the failure is left in err for the caller. */
int parse_document(angka_article **out, angka_document *doc, angka_error *err)
{
	char warning[1024];
	document_warning(warning, sizeof warning, doc);
	fputs(warning, stderr);
	return parse_document_quietly(out, doc, err);
}

int parse_document_quietly(angka_article **out, angka_document *doc, angka_error *err)
{
	apply_source_date_epoch(doc);
	return angka_parse_document(out, doc, err);
}

void document_warning(char *buf, size_t size, const angka_document *doc)
{
	int used = 0;
	buf[0] = '\0';
	if (doc->invalid_utf8_at >= 0)
		used = snprintf(buf, size,
		                "angka: %s: warning: invalid UTF-8 at byte %ld (read as U+FFFD)\n",
		                doc->source, doc->invalid_utf8_at);
	if (doc->warning != NULL && used >= 0 && (size_t)used < size)
		snprintf(buf + used, size - (size_t)used, "angka: %s: warning: %s\n", doc->source,
		         doc->warning);
}

int fetch_input(angka_document **out, const char *path, const char *stdin_name, angka_error *err)
{
	if (strcmp(path, STDIN_OPERAND) == 0)
		return angka_fetch_stream(out, stdin, stdin_name ? stdin_name : STDIN_DEFAULT_NAME,
		                          0, err);
	return angka_fetch_file(out, path, 0, err);
}

void print_pipeline_warning(const angka_article *article, const char *message, void *ctx)
{
	(void)ctx;
	fprintf(stderr, "angka: %s: warning: %s\n", article->source, message);
}

int extract_figures(angka_figure_list *out, const angka_pipeline *pipeline,
                    const angka_article *article, angka_error *err)
{
	angka_pipeline_trace trace = {.warning = print_pipeline_warning};
	return angka_pipeline_extract_traced(out, pipeline, article, &trace, err);
}

/* Fetch and parse one input; on failure, report it on stderr. */
int read_article(angka_article **out, const char *path, const char *stdin_name)
{
	angka_error err = {0, ""};
	angka_document *doc = NULL;
	*out = NULL;
	int rc = fetch_input(&doc, path, stdin_name, &err);
	if (rc == ANGKA_OK)
		apply_source_date_epoch(doc);
	if (rc == ANGKA_OK && doc->invalid_utf8_at >= 0)
		fprintf(stderr, "angka: %s: warning: invalid UTF-8 at byte %ld (read as U+FFFD)\n",
		        doc->source, doc->invalid_utf8_at);
	if (rc == ANGKA_OK)
		rc = angka_parse_document(out, doc, &err);
	angka_document_free(doc);
	if (rc != ANGKA_OK)
		fprintf(stderr, "angka: %s\n", err.message);
	return rc;
}

int open_existing_store(angka_store **out, const char *path)
{
	struct stat st;
	angka_error err = {0, ""};
	*out = NULL;
	/* A PostgreSQL URL is no file: angka_store_open says what it is for. */
	bool url = strncmp(path, "postgresql://", 13) == 0 || strncmp(path, "postgres://", 11) == 0;
	if (!url && stat(path, &st) != 0) {
		fprintf(stderr, "angka: %s: no such database (run 'angka ingest' first)\n", path);
		return EXIT_SYSTEM;
	}
	if (angka_store_open_existing(out, path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

int open_writable_store(angka_store **out, const char *path)
{
	angka_error err = {0, ""};
	*out = NULL;
	if (angka_store_open_existing_writable(out, path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

int open_existing_store_any(angka_store **out, const char *path)
{
	angka_error err = {0, ""};
	*out = NULL;
	if (strncmp(path, "postgresql://", 13) != 0 && strncmp(path, "postgres://", 11) != 0)
		return open_existing_store(out, path);
	if (angka_store_open_any(out, path, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

/* cli_parse stops at the first operand; parsing resumes after it with the
 * operand in the place of the command name, which cli_parse skips. */
int cli_parse_all(const cli_command *cmd, int argc, char **argv, cli_option_fn fn, void *ctx,
                  char **operands, int max)
{
	int n = 0;
	for (;;) {
		int first = cli_parse(cmd, argc, argv, fn, ctx);
		if (first < 0)
			return first;
		if (first >= argc)
			return n;
		if (strcmp(argv[first - 1], "--") == 0) {
			for (int i = first; i < argc; i++) {
				if (n == max) {
					cli_usage_error(cmd, "unexpected argument '%s'", argv[i]);
					return -1;
				}
				operands[n++] = argv[i];
			}
			return n;
		}
		if (n == max) {
			cli_usage_error(cmd, "unexpected argument '%s'", argv[first]);
			return -1;
		}
		operands[n++] = argv[first];
		argc -= first;
		argv += first;
	}
}
