#!/usr/bin/env bash
# Regenerate the golden files after a deliberate change; review the diff
# (git diff tests/e2e/expected) before committing it.
set -eu
ANGKA=${1:-build/angka}
cd "$(dirname "$0")/../.."
export SOURCE_DATE_EPOCH=1747180800 # as in lib.sh
"$ANGKA" extract --format jsonl samples >tests/e2e/expected/samples.jsonl
