/* The CLI's option tables: one table per command drives both parsing
 * (getopt_long) and --help, so the two cannot disagree. */
#ifndef ANGKA_CLI_OPTIONS_H
#define ANGKA_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

typedef struct cli_option {
	const char *long_name; /* NULL ends the table */
	int short_name;        /* 0: none */
	const char *arg;       /* name of the argument for --help, NULL: a flag */
	const char *help;
	int id; /* what the parser hands back */
} cli_option;

typedef struct cli_command {
	const char *name;
	const char *usage;   /* "[OPTIONS] SOURCE..." */
	const char *summary; /* one line */
	const char *details; /* paragraphs after the options, or NULL */
	const cli_option *options;
} cli_command;

/* Called for each option found; return non-zero to stop with a usage error
 * (the callback prints what is wrong). */
typedef int (*cli_option_fn)(int id, const char *arg, void *ctx);

/* Parse argv (argv[0] is the command name); options may come before or
 * after operands (argv is permuted so that operands come last), "--" ends
 * the options. Returns the index of the first operand, -1 on a usage error
 * (already reported on stderr with a hint), or -2 when --help was asked
 * for and printed. */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_option_fn fn, void *ctx);

void cli_print_help(FILE *fp, const cli_command *cmd);
/* "angka: MESSAGE\nTry 'angka COMMAND --help'." on stderr. */
void cli_usage_error(const cli_command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;

#endif
