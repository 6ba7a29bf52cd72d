#!/usr/bin/env bash
# README command 1 installs the packages with install-packages.sh, which
# runs apt-get as root directly (a fresh Debian container has no sudo) and
# through sudo otherwise, without asking anything. Checked with stand-ins
# for id, sudo and apt-get on a PATH that has nothing else, so that
# nothing is installed; .ci/run runs the README's commands as written.
. "$(dirname "$0")/lib.sh" "$@"
BIN="$WORK/bin"
mkdir -p "$BIN"
for tool in env grep dirname cat sh; do
	ln -s "$(command -v "$tool")" "$BIN/$tool"
done
# apt-get logs how it was called, and whether it would ask questions.
cat >"$BIN/apt-get" <<'SH'
#!/bin/sh
echo "apt-get $* [DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-unset}] [uid=${FAKE_UID}]" >>"$LOG"
SH
cat >"$BIN/id" <<'SH'
#!/bin/sh
echo "$FAKE_UID"
SH
cat >"$WORK/sudo" <<'SH'
#!/bin/sh
echo "sudo $1" >>"$LOG"
FAKE_UID=0 exec "$@"
SH
chmod +x "$BIN/apt-get" "$BIN/id" "$WORK/sudo"
export LOG="$WORK/log"
PACKAGES=$(grep -v '^#' "$SRC/packages.txt" | tr '\n' ' ' | sed 's/ $//')

# Root, no sudo anywhere.
: >"$LOG"
FAKE_UID=0 PATH="$BIN" expect_status 0 sh "$SRC/install-packages.sh"
CHECKS=$((CHECKS + 1))
[ "$(cat "$LOG")" = "apt-get update [DEBIAN_FRONTEND=noninteractive] [uid=0]
apt-get install -y $PACKAGES [DEBIAN_FRONTEND=noninteractive] [uid=0]" ] || fail "as root: $(cat "$LOG")"

# A user with sudo: every apt-get through sudo, still non-interactive.
: >"$LOG"
mkdir -p "$WORK/withsudo" && cp "$WORK/sudo" "$WORK/withsudo/sudo"
FAKE_UID=1000 PATH="$BIN:$WORK/withsudo" expect_status 0 sh "$SRC/install-packages.sh" clang-format
CHECKS=$((CHECKS + 1))
[ "$(cat "$LOG")" = "sudo env
apt-get update [DEBIAN_FRONTEND=noninteractive] [uid=0]
sudo env
apt-get install -y $PACKAGES clang-format [DEBIAN_FRONTEND=noninteractive] [uid=0]" ] || fail "with sudo: $(cat "$LOG")"

# A user without sudo: told what to do, nothing run.
: >"$LOG"
FAKE_UID=1000 PATH="$BIN" expect_status 1 sh "$SRC/install-packages.sh"
expect_grep "$WORK/err" "run it as root, or install sudo" "no way to install"
expect_lines "$LOG" 0 "apt-get not run"

# README command 1 is this script, and .ci/run runs the README's commands
# as written, defining no sudo of its own.
expect_grep "$SRC/README.md" '^sh install-packages.sh && cmake -S . -B build && cmake --build build -j2 && ./build/angka ingest samples/$' "README command 1"
expect_no_grep "$SRC/README.md" "sudo apt-get" "no bare sudo in the README's commands"
expect_no_grep "$SRC/.ci/run" '^[^#]*sudo' "no sudo stand-in in .ci/run (comments aside)"
expect_grep "$SRC/.ci/run" 'readme_command 1' ".ci/run takes command 1 from the README"
finish
