#!/usr/bin/env bash
# Regenerate docs/cli.md from the binary's own --help, so the reference
# cannot drift from the program (tests/e2e/test_cli.sh checks it is current).
set -eu
ANGKA=${1:-build/angka}
cd "$(dirname "$0")/.."
{
	echo "# The command line"
	echo
	echo "Generated from \`angka --help\` and \`angka COMMAND --help\` by \`docs/update-cli.sh\`."
	echo
	echo '```'
	"$ANGKA" --help
	echo '```'
	for cmd in $("$ANGKA" --help | awk '/^Commands:/{on=1; next} /^$/{on=0} on {print $1}'); do
		echo
		echo "## angka $cmd"
		echo
		echo '```'
		"$ANGKA" "$cmd" --help
		echo '```'
	done
} >docs/cli.md
