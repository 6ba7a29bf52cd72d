/* What the CLI's commands share: options every command understands, where
 * the rules are, expanding SOURCE operands, reading one article, progress.
 * Exit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage
 * error, 3 system error (rules, database, output). */
#ifndef ANGKA_CLI_COMMON_H
#define ANGKA_CLI_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/export.h"
#include "angka/parse.h"
#include "angka/pipeline.h"
#include "angka/store.h"
#include "cli/options.h"

#define EXIT_OK     0
#define EXIT_INPUT  1
#define EXIT_USAGE  2
#define EXIT_SYSTEM 3

/* Option ids shared by the commands' option tables. */
enum {
	OPT_FORMAT = 1000,
	OPT_DB,
	OPT_RULES,
	OPT_QUIET,
	OPT_SOURCE_NAME,
	OPT_JOBS,
	OPT_FIRST_COMMAND_OPTION = 1100, /* commands number their own from here */
};

typedef struct run_options {
	const char *format_name;
	angka_format format;
	const char *db_path;
	const char *rules_dir;
	bool quiet;
	const char *source_name;    /* --source-name: what the article read from '-' is called */
	size_t jobs;                /* --jobs: worker threads, 0: one per processor */
	const cli_command *command; /* for usage errors in the shared options */
} run_options;

/* The operand that names standard input, and what its article is called
 * when --source-name does not say. */
#define STDIN_OPERAND      "-"
#define STDIN_DEFAULT_NAME "-"

/* The shared --source-name option's line in an option table. */
#define SOURCE_NAME_OPTION                                                                         \
	{                                                                                          \
		"source-name", 0, "NAME", "the source the article read from '-' (stdin) is named", \
		        OPT_SOURCE_NAME                                                            \
	}

/* The shared --jobs option's line in an option table. */
#define JOBS_OPTION                                                                                \
	{                                                                                          \
		"jobs", 'j', "N", "threads that parse and extract (default: one per core)",        \
		        OPT_JOBS                                                                   \
	}

/* --format into o->format, else a usage error naming the formats:
 * table, jsonl, json, csv. Returns 0 or -1. */
int parse_format(const cli_command *cmd, run_options *o);

/* Operands may name standard input once ('-'); --source-name only goes
 * with it. Returns 0, or -1 after a usage error. */
int check_stdin_operands(const cli_command *cmd, const run_options *o, int argc, char **argv);

/* cli_option_fn for the shared options; ctx is a run_options. */
int common_option(int id, const char *arg, void *ctx);

/* Load the rules (--rules, $ANGKA_RULES, next to the binary, the install
 * folder, the source tree); reports on stderr and returns an exit code. */
int open_pipeline(angka_pipeline **out, const run_options *o);
/* open_pipeline in two halves, for a command that reads and parses its
 * first articles while the rules load: start loading (an exit code, out of
 * memory reported), then wait for the pipeline where it is first needed
 * (reports as open_pipeline does; *out is the load's). */
int start_pipeline(angka_pipeline_load **out, const run_options *o);
int finish_pipeline(const angka_pipeline **out, angka_pipeline_load *load, const run_options *o);
/* The domains of the rules folder (--rules, $ANGKA_RULES, else found next to
 * the binary), for the commands that need what the domains declare but not
 * their rules; an exit status (EXIT_SYSTEM, reported) on failure. */
int open_domains(angka_domain ***out, size_t *n, const run_options *o);
/* The rules folder that would be used. */
const char *find_rules_dir(const char *given, char *buf, size_t size);
/* The web assets folder (desk, report script, vendored charts), found as
 * the rules are: --web, $ANGKA_WEB, the install tree, the source tree. */
const char *find_web_dir(const char *given, char *buf, size_t size);

typedef struct input_list {
	char **paths;
	size_t n;
	size_t cap;
} input_list;

/* Walk SOURCE operands in order (folders recursively), calling visit for
 * each input as the walk finds it, so that no list of them is held (memory
 * stays flat however many there are). A progress line is kept when stderr
 * is a terminal (a counting walk goes first, then). An operand that cannot
 * be walked is reported on stderr, after settle(ctx) (may be NULL) so that
 * the messages before it are out first, and counted in *failed. Returns
 * 0, visit's or settle's non-zero return (which stops the walk: the
 * command cannot go on), or ANGKA_ENOMEM. */
int walk_inputs(const run_options *o, int argc, char **argv,
                int (*visit)(const char *path, void *ctx), int (*settle)(void *ctx), void *ctx,
                size_t *failed);

/* Expand SOURCE operands (folders recursively). Returns the number of
 * operands that failed (reported on stderr), or -1 when out of memory. */
int expand_inputs(input_list *list, int argc, char **argv);
void input_list_free(input_list *list);

/* Fetch and parse one input ('-': standard input, named stdin_name);
 * failures and warnings are reported on stderr. */
int read_article(angka_article **out, const char *path, const char *stdin_name);

/* Fetch one input as a document ('-': standard input, named stdin_name);
 * the failure is left in err, not printed. */
int fetch_input(angka_document **out, const char *path, const char *stdin_name, angka_error *err);

/* Parse a fetched document (SOURCE_DATE_EPOCH applied, invalid UTF-8
 * warned about on stderr); the failure is left in err, not printed. */
int parse_document(angka_article **out, angka_document *doc, angka_error *err);
/* The same without printing anything, for worker threads. */
int parse_document_quietly(angka_article **out, angka_document *doc, angka_error *err);
/* The warnings a document deserves (invalid UTF-8, its charset) into buf,
 * as whole "angka: ...\n" lines ready for stderr, or "". */
void document_warning(char *buf, size_t size, const angka_document *doc);

/* The pipeline's warnings, on stderr (an angka_pipeline_trace observer;
 * ctx is unused). */
void print_pipeline_warning(const angka_article *article, const char *message, void *ctx);

/* angka_pipeline_extract, with its warnings on stderr. */
int extract_figures(angka_figure_list *out, const angka_pipeline *pipeline,
                    const angka_article *article, angka_error *err);

/* A progress line on stderr when it is a terminal and the run is long. */
void progress(const run_options *o, size_t done, size_t total, const char *path);

/* Open a database that must already exist (reading commands must not
 * create an empty one); reports on stderr and returns an exit code. */
int open_existing_store(angka_store **out, const char *path);
/* The same for the commands that also read PostgreSQL (export, facts,
 * audit): path may be a postgresql:// URL. */
int open_existing_store_any(angka_store **out, const char *path);
/* The same for a command that records changes for as long as it runs
 * (serve): refused up front where this user cannot write the database,
 * rather than opened read-only. */
int open_writable_store(angka_store **out, const char *path);

/* cli_parse that also accepts options after operands ("review correct 12
 * --value 46,17"): fills operands (up to max) and returns their number, or
 * -1 (usage error, reported) or -2 (help printed). */
int cli_parse_all(const cli_command *cmd, int argc, char **argv, cli_option_fn fn, void *ctx,
                  char **operands, int max);

/* A footer or summary for people: on stderr, so that stdout carries only
 * the listing itself. */
void print_count(size_t n, const char *singular, const char *plural);

/* The commands. */
extern const cli_command extract_command, ingest_command, export_command;
extern const cli_command sources_command;
int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_export(int argc, char **argv);
extern const cli_command parse_command;
int cmd_parse(int argc, char **argv);
extern const cli_command explain_command, rules_command;
int cmd_explain(int argc, char **argv);
int cmd_rules(int argc, char **argv);
extern const cli_command normalize_command, facts_command;
int cmd_normalize(int argc, char **argv);
int cmd_facts(int argc, char **argv);
extern const cli_command audit_command, review_command, reextract_command, report_command;
int cmd_audit(int argc, char **argv);
int cmd_review(int argc, char **argv);
int cmd_reextract(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_sources(int argc, char **argv);
extern const cli_command forget_command, load_command;
int cmd_load(int argc, char **argv);
int cmd_forget(int argc, char **argv);
extern const cli_command serve_command;
int cmd_serve(int argc, char **argv);

#endif
