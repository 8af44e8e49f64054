#!/bin/bash
# Builds a blind author's kit in <dir> (default /work/blind/kit) from ../shared and this checkout:
# DOMAIN.md, the seed pages, the required elements per code, the finding and route tables, the case
# format and the two briefs. Authors read only the kit; it holds no source and no fixture.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
kit=${1:-/work/blind/kit}
mkdir -p "$kit/seeds"
cp "$root/../shared/DOMAIN.md" "$kit/" && cp "$root/../shared/seeds/"* "$kit/seeds/"
(cd "$root" && node_modules/.bin/node evals/blind-kit/requirements.ts) > "$kit/REQUIREMENTS.md"
awk '/^### Finding ids/{on=1} /^## Adding a code/{on=0} on' "$root/README.md" > "$kit/FINDINGS.md"
cp "$here"/BRIEF-*.md "$here/FORMAT.md" "$kit/"
echo "kit in $kit: $(ls "$kit" | tr '\n' ' ')"
