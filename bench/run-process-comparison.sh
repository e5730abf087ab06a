#!/usr/bin/env bash
# Whole process against whole process, with hyperfine (apt-get install hyperfine):
#   1. `newsextract batch` over a folder with one worker, against a SmartReader loop over the same folder (one worker);
#   2. `newsextract batch` with two workers against one;
#   3. cold start: `newsextract extract` on one page, published with ReadyToRun and without;
#   4. calibration: how much a second core is worth on this machine right now (a fixed CPU-bound loop run once, and
#      twice at the same time). On a shared machine two workers can only be as much faster as this allows.
# Both apps are published the same way (Release, framework-dependent, ReadyToRun as their project files say).
# Usage: bench/run-process-comparison.sh [pages-folder] [runs]     (results: bench/results/*.md and *.json)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-${NEWSEXTRACT_CORPUS:-$(cd .. && pwd)/shared/corpus}/scrapinghub/pages}"
runs="${2:-5}"
out="$(pwd)/bench/results"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }

echo "publishing into $bin ..."
dotnet publish samples/NewsExtract.Cli -c Release -o "$bin/newsextract" -v quiet -nologo >/dev/null
dotnet publish samples/NewsExtract.Cli -c Release -o "$bin/newsextract-jit" -p:PublishReadyToRun=false -v quiet -nologo >/dev/null
dotnet publish bench/SmartReaderLoop -c Release -o "$bin/smartreader" -v quiet -nologo >/dev/null

page="$(ls -S "$pages"/*.html | sed -n "$(( ($(ls "$pages"/*.html | wc -l) + 1) / 2 ))p")"   # the median-sized page
echo "pages: $pages ($(ls "$pages"/*.html | wc -l)); one page: $(basename "$page") ($(stat -c %s "$page") bytes)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine -N --warmup 1 --runs "$runs" \
  --export-markdown "$out/batch-vs-smartreader.md" --export-json "$out/batch-vs-smartreader.json" \
  -n "newsextract batch, 1 worker" "$bin/newsextract/NewsExtract.Cli batch $pages --output $bin/ne1.jsonl --concurrency 1" \
  -n "SmartReader loop, 1 worker" "$bin/smartreader/SmartReaderLoop $pages --output $bin/sr.jsonl"

hyperfine -N --warmup 1 --runs "$runs" \
  --export-markdown "$out/batch-workers.md" --export-json "$out/batch-workers.json" \
  -n "newsextract batch, 1 worker" "$bin/newsextract/NewsExtract.Cli batch $pages --output $bin/ne1.jsonl --concurrency 1" \
  -n "newsextract batch, 2 workers" "$bin/newsextract/NewsExtract.Cli batch $pages --output $bin/ne2.jsonl --concurrency 2"

hyperfine -N --warmup 2 --runs $(( runs * 4 )) \
  --export-markdown "$out/cold-start.md" --export-json "$out/cold-start.json" \
  -n "extract one page, ReadyToRun" "$bin/newsextract/NewsExtract.Cli extract $page --format json" \
  -n "extract one page, JIT only" "$bin/newsextract-jit/NewsExtract.Cli extract $page --format json"

burn="python3 -c 'sum(i * i for i in range(10_000_000))'"
hyperfine --warmup 1 --runs "$runs" \
  --export-markdown "$out/calibration.md" --export-json "$out/calibration.json" \
  -n "fixed CPU work, once" "$burn" \
  -n "fixed CPU work, twice at once" "$burn & $burn; wait"

cmp -s "$bin/ne1.jsonl" "$bin/ne2.jsonl" && echo "1 and 2 workers wrote identical output" || { echo "1 and 2 workers wrote different output" >&2; exit 1; }
cat "$out"/batch-vs-smartreader.md "$out"/batch-workers.md "$out"/cold-start.md "$out"/calibration.md
python3 - "$out" <<'PY'
import json, sys
def mean(name, i):
    return json.load(open(f"{sys.argv[1]}/{name}.json"))["results"][i]["mean"]
print(f"batch, 1 worker, against the SmartReader loop: {mean('batch-vs-smartreader', 1) / mean('batch-vs-smartreader', 0):.2f}x (target >= 4)")
print(f"batch, 2 workers against 1:                    {mean('batch-workers', 0) / mean('batch-workers', 1):.2f}x (target >= 1.7)")
print(f"this machine's own 2-way scaling (calibration): {2 * mean('calibration', 0) / mean('calibration', 1):.2f}x (2.00 on an idle 2-core machine)")
print(f"cold extract, ReadyToRun against JIT only:     {mean('cold-start', 1) / mean('cold-start', 0):.2f}x faster ({mean('cold-start', 0) * 1000:.0f} ms against {mean('cold-start', 1) * 1000:.0f} ms)")
PY
