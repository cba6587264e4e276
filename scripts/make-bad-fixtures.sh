#!/usr/bin/env bash
# Rebuilds fixtures/bad: inputs that must become clear error records (or ok with a warning)
# without stopping a batch. Needs soffice and qpdf (Debian: libreoffice-writer-nogui, qpdf).
# The outputs are committed; run this only to change them.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$here/fixtures/bad
seeds=$here/fixtures/seeds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# A PDF cut in half: damaged.
head -c 6000 "$seeds/002_d8e6a0855838f666.pdf" > "$out/truncated.pdf"
# A password-protected PDF.
qpdf --encrypt secret secret 256 -- "$seeds/001_0f04818b8e1e8c03.pdf" "$out/encrypted.pdf"
# A PDF page without a text layer, as a scan without OCR has.
printf '\n' > "$work/blank.txt"
soffice --headless --convert-to pdf --outdir "$work" "$work/blank.txt" >/dev/null 2>&1
cp "$work/blank.pdf" "$out/scanned-no-text.pdf"
# An empty file, and a text file with nothing but white space.
: > "$out/empty.txt"
printf ' \n\t\n' > "$out/blank.txt"
# Mislabelled: a PDF named .txt, a DOCX named .pdf.
cp "$seeds/002_d8e6a0855838f666.pdf" "$out/really-a-pdf.txt"
cp "$seeds/004_2390318a2969672b.docx" "$out/really-a-docx.pdf"
# A zip that claims to be a DOCX but is damaged.
head -c 3000 "$seeds/003_5247c620947f851a.docx" > "$out/damaged.docx"
# Legacy encodings of the same Czech text.
iconv -f utf-8 -t windows-1250 "$seeds/001_0f04818b8e1e8c03.txt" > "$out/cp1250.txt"
iconv -f utf-8 -t iso-8859-2//TRANSLIT "$seeds/001_0f04818b8e1e8c03.txt" > "$out/latin2.txt"
ls -l "$out"
