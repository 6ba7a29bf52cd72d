#include "cli/options.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define OPT_HELP    0x10000
#define MAX_OPTIONS 32

void cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
	va_list ap;
	fputs("angka: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (cmd && cmd->name)
		fprintf(stderr, "\nTry 'angka %s --help'.\n", cmd->name);
	else
		fputs("\nTry 'angka --help'.\n", stderr);
}

int cli_parse(const cli_command *cmd, int argc, char **argv, cli_option_fn fn, void *ctx)
{
	struct option longs[MAX_OPTIONS + 2];
	/* No leading '+': options may come after operands ("angka extract
	 * page.html --format csv"), as in every command; "--" ends them. */
	char shorts[3 * MAX_OPTIONS + 4] = ":h";
	size_t n = 0, s = strlen(shorts);
	for (const cli_option *o = cmd->options; o && o->long_name && n < MAX_OPTIONS; o++, n++) {
		longs[n] = (struct option){o->long_name, o->arg ? required_argument : no_argument,
		                           NULL, o->short_name ? o->short_name : o->id};
		if (o->short_name) {
			shorts[s++] = (char)o->short_name;
			if (o->arg)
				shorts[s++] = ':';
		}
	}
	shorts[s] = '\0';
	longs[n++] = (struct option){"help", no_argument, NULL, OPT_HELP};
	longs[n] = (struct option){NULL, 0, NULL, 0};

	optind = 0; /* 0, not 1: glibc then forgets the previous scan's permutation */
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		if (c == 'h' || c == OPT_HELP) {
			cli_print_help(stdout, cmd);
			return -2;
		}
		if (c == '?') {
			if (optopt)
				cli_usage_error(cmd, "unknown option '-%c'", optopt);
			else
				cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
			return -1;
		}
		if (c == ':') {
			cli_usage_error(cmd, "option '%s' needs a value", argv[optind - 1]);
			return -1;
		}
		int id = c;
		for (const cli_option *o = cmd->options; o && o->long_name; o++)
			if (o->short_name == c)
				id = o->id;
		if (fn(id, optarg, ctx) != 0)
			return -1;
	}
	return optind;
}

void cli_print_help(FILE *fp, const cli_command *cmd)
{
	if (cmd->name)
		fprintf(fp, "Usage: angka %s %s\n\n%s\n", cmd->name, cmd->usage, cmd->summary);
	else
		fprintf(fp, "Usage: angka %s\n\n%s\n", cmd->usage, cmd->summary);
	fputs("\nOptions:\n", fp);
	for (const cli_option *o = cmd->options; o && o->long_name; o++) {
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->long_name,
			         o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->long_name, o->arg ? " " : "",
			         o->arg ? o->arg : "");
		fprintf(fp, "  %-24s %s\n", left, o->help);
	}
	fprintf(fp, "  %-24s %s\n", "-h, --help", "show this help and exit");
	if (cmd->details)
		fprintf(fp, "\n%s", cmd->details);
}
