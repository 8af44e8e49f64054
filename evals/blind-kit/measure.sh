#!/bin/bash
# measure.sh <checkout> <setdir> [label] [outroot]: runs that checkout's `opnote eval` on a blind set and
# prints one summary row (supported code, route, wrong codes outside coder review, finding F1, draft key
# items, clean dictations routed ready/fix-claim). MISSES=1 lists the misses: never on a holdout set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
co=$1; set=$2; label=${3:-$(basename "$set")@$(git -C "$co" rev-parse --short HEAD)}
out=${4:-/work/blind/results}/$label; mkdir -p "$out"; chmod 700 "$out"
(cd "$co" && node_modules/.bin/node bin/opnote.js eval "$set" --out "$out" > "$out/log.txt" 2>&1) || true
ROW_OUT=$out/row.json node "$here/summarise.mjs" "$out/results.json" "$label"
