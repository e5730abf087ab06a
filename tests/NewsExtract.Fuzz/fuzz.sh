#!/usr/bin/env bash
# Runs one fuzz target under afl-fuzz (AFL++, Debian's afl++ package) for a set time, with SharpFuzz's
# instrumentation of the project's assemblies and AngleSharp, and prints the executions and the crashes and hangs
# found. The seeds are Seeds/TARGET; findings go to a folder outside the repository. A crash or hang found is to be
# copied into Regressions/TARGET, where the test suite runs it (FuzzRegressionTests).
#   tests/NewsExtract.Fuzz/fuzz.sh TARGET [SECONDS] [FINDINGS_FOLDER]
#   targets: html text jsonld robots feed sitemap warc
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?target: html text jsonld robots feed sitemap warc}"
seconds="${2:-600}"
findings="${3:-/tmp/newsextract-fuzz/$target}"
command -v afl-fuzz >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
dotnet tool restore >/dev/null

# A build of its own, instrumented in place: the ordinary build output stays as it is.
out="$findings/bin"
rm -rf "$out"
dotnet publish -c Release -o "$out" --artifacts-path "$findings/artifacts" -v quiet -nologo >/dev/null
for assembly in NewsExtract.dll NewsExtract.Fetching.dll NewsExtract.Pipelines.dll AngleSharp.dll; do
  dotnet sharpfuzz "$out/$assembly" >/dev/null
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
rm -rf "$findings/afl"
afl-fuzz -i "Seeds/$target" -o "$findings/afl" -t 10000 -m none -V "$seconds" -- dotnet "$out/NewsExtract.Fuzz.dll" "$target" >"$findings/afl.log" 2>&1 || true
stats="$findings/afl/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "$target: afl-fuzz did not start; see $findings/afl.log"; tail -20 "$findings/afl.log"; exit 1
fi
awk -v target="$target" -F' *: *' '
  $1 == "execs_done" { execs = $2 } $1 == "saved_crashes" || $1 == "unique_crashes" { crashes = $2 }
  $1 == "saved_hangs" || $1 == "unique_hangs" { hangs = $2 } $1 == "run_time" { time = $2 }
  END { printf "%s: %s s, %s executions, %s crashes, %s hangs\n", target, time, execs, crashes, hangs }' "$stats"
ls "$findings/afl/default/crashes" "$findings/afl/default/hangs" 2>/dev/null | grep -v README || true
