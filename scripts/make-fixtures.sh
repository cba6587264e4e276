#!/usr/bin/env bash
# Rebuilds fixtures/seeds from ../shared/seeds: each user document as TXT (or MD), and as PDF, ODT and
# DOCX converted by LibreOffice, so a test can prove all four formats give the same values.
# Needs: soffice (Debian: libreoffice-writer-nogui). The outputs are committed; run this only
# when the seeds change.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$here/../shared/seeds}
out=$here/fixtures/seeds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for src in "$seeds"/*.txt; do
  id=$(basename "$src" .txt)
  # 004 is Markdown (the seeds README says so): keep its real extension.
  if grep -q '^# ' "$src"; then ext=md; else ext=txt; fi
  install -m 644 "$src" "$out/$id.$ext"
  cp "$src" "$work/$id.txt"
  for target in pdf docx odt; do
    soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to "$target" \
      --outdir "$work" "$work/$id.txt" >/dev/null 2>&1
    cp "$work/$id.$target" "$out/$id.$target"
  done
  install -m 644 "$seeds/gold/$id.gold.json" "$out/$id.expected.json"
done
ls -l "$out"
