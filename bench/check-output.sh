#!/usr/bin/env bash
# Output guard for optimisations: runs the console app over both corpora and compares its JSON Lines with a
# reference taken before the change, byte for byte.
#   bench/check-output.sh save     # before a change: write the reference
#   bench/check-output.sh          # after it: compare with the reference (exit 1 on any difference)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${NEWSEXTRACT_CORPUS:-$(cd .. && pwd)/shared/corpus}"
reference="${OUTPUT_REFERENCE:-/tmp/newsextract-output-reference}"
mkdir -p "$reference"
dotnet build samples/NewsExtract.Cli -c Release -v quiet -nologo >/dev/null
app=samples/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli
status=0
for name in scrapinghub readability; do
  out="$reference/$name.current.jsonl"
  "$app" batch "$corpus/$name/pages" --output "$out" --concurrency 2 2>/dev/null
  if [ "${1:-}" = "save" ]; then
    mv "$out" "$reference/$name.jsonl"
    echo "$name: reference saved ($(wc -l < "$reference/$name.jsonl") lines)"
  elif cmp -s "$out" "$reference/$name.jsonl"; then
    echo "$name: identical ($(wc -l < "$out") lines)"
  else
    echo "$name: DIFFERENT"; diff <(cut -c1-300 "$reference/$name.jsonl") <(cut -c1-300 "$out") | head -20; status=1
  fi
done
exit $status
