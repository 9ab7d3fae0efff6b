#!/usr/bin/env bash
# Score Dyad on a held-out dev set: devset/ (or the folder named by DEVSET, e.g. devset2).
# The dev set was written independently of the rules: do not tune rules on it
# article by article, or it stops measuring generalisation.
#
# Usage: scripts/score-devset.sh [DYAD_BINARY] [score.py options, e.g. --verbose --json --min-f1 0.5]
#   DYAD_BINARY defaults to .build/release/dyad (relative to the repo root).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN=".build/release/dyad"
if [[ $# -gt 0 && "$1" != --* ]]; then BIN="$1"; shift; fi
SCORE="${SCORE_PY:-$ROOT/../shared/tools/score.py}"
[[ -x "$BIN" ]] || { echo "dyad binary not found: $BIN (build with: swift build -c release --product dyad)" >&2; exit 2; }
[[ -f "$SCORE" ]] || { echo "score.py not found: $SCORE (set SCORE_PY)" >&2; exit 2; }
SET="${DEVSET:-devset}"
PRED="$(mktemp "${TMPDIR:-/tmp}/dyad-$SET.XXXXXX.jsonl")"
trap 'rm -f "$PRED"' EXIT
# document.id = file name without extension = the gold "doc" field.
"$BIN" extract --format jsonl "$SET"/articles/*.txt > "$PRED"
if [[ -n "${KEEP_PRED:-}" ]]; then cp "$PRED" "$KEEP_PRED"; fi
python3 "$SCORE" --gold "$SET"/gold --pred "$PRED" "$@"
