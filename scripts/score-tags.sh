#!/usr/bin/env bash
# Scores `dyad tag` on the Recognizers-Text suites (../shared/peer/recognizers), per language.
# Usage: scripts/score-tags.sh [BIN] [KINDS] [extra score_tags.py flags]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/.build/release/dyad}
kinds=${2:-date,number,ordinal,money,percent}
shift $(( $# > 2 ? 2 : $# ))
peer=$here/../shared/peer/recognizers
for lang in fr en; do
  out=$(mktemp)
  python3 -c '
import json,sys
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    print(json.dumps({"id": c["id"], "text": c["text"], "lang": c["lang"], "reference": c.get("reference")}, ensure_ascii=False))
' "$peer/$lang.jsonl" | "$bin" tag --format jsonl --lang "$lang" - > "$out"
  echo "== $lang ($kinds)"
  python3 "$here/../shared/tools/score_tags.py" --cases "$peer/$lang.jsonl" --pred "$out" --kinds "$kinds" "$@"
  rm -f "$out"
done
