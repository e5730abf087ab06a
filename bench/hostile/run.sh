#!/usr/bin/env bash
# Runs every file of the hostile set (bench/hostile/generate.py) through the console app and through the library (the
# fuzz project's `extract` mode reads the file through ArticleExtractor.ExtractAsync), each as a whole process under
# /usr/bin/time -v with a time limit, and prints one table row per file and path: wall and CPU (user + system) seconds,
# peak RSS, outcome. On a shared machine the CPU seconds are the steadier figure.
# The gzip bomb and a body that never ends are served on loopback to the console app's fetcher.
#   bench/hostile/run.sh [FOLDER] [LIMIT_SECONDS]
set -uo pipefail
cd "$(dirname "$0")/../.."
folder="${1:-/tmp/newsextract-hostile}"
limit="${2:-10}"
[ -d "$folder" ] || python3 bench/hostile/generate.py "$folder" >/dev/null
dotnet build samples/NewsExtract.Cli -c Release -v quiet -nologo >/dev/null || exit 1
dotnet build tests/NewsExtract.Fuzz -c Release -v quiet -nologo >/dev/null || exit 1
cli=samples/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll
lib=tests/NewsExtract.Fuzz/bin/Release/net10.0/NewsExtract.Fuzz.dll
out=$(mktemp -d)

measure() { # name path command...
  local name=$1 path=$2; shift 2
  /usr/bin/time -v -o "$out/time" timeout "$limit" "$@" >"$out/stdout" 2>"$out/stderr"
  local code=$?
  local wall cpu rss outcome
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out/time")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$out/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out/time")
  if [ $code -eq 124 ]; then outcome="TIMEOUT (> ${limit} s)"
  else
    outcome="exit $code: $(python3 - "$out/stdout" "$out/stderr" <<'PY'
import json, sys
text = open(sys.argv[1], errors="replace").read().strip()
try:
    article = json.loads(text.splitlines()[0] if text.startswith("{\"") else text) if text else None
except Exception:
    article = None
if isinstance(article, dict):
    paragraphs = article.get("paragraphs") or []
    warnings = (article.get("diagnostics") or {}).get("warnings") or article.get("warnings") or []
    print(f"{len(paragraphs)} paragraphs, {sum(len(p) for p in paragraphs):,} chars" + (f", warnings {','.join(warnings)}" if warnings else ""))
else:
    err = open(sys.argv[2], errors="replace").read().strip().splitlines()
    print((err[0] if err else text[:100])[:140])
PY
)"
  fi
  printf '| %-28s | %-7s | %6.2f | %6.2f | %6s | %s |\n' "$name" "$path" "$wall" "$cpu" "$rss" "$outcome"
}

printf '| %-28s | %-7s | %6s | %6s | %6s | %s |\n' input path "wall s" "CPU s" "MB" outcome
printf '|%s|%s|%s|%s|%s|%s|\n' ------------------------------ --------- --------: --------: --------: -------
for file in "$folder"/*.html "$folder"/*.txt; do
  name=$(basename "$file")
  measure "$name" console dotnet "$cli" extract "$file" --format json
  measure "$name" library dotnet "$lib" extract "$file"
done

# The fetcher: a gzip bomb and an endless body, served on loopback.
port=$((20000 + RANDOM % 20000))
python3 - "$folder/gzip-bomb.gz" "$port" <<'PY' &
import http.server, sys
bomb = open(sys.argv[1], "rb").read()
class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if self.path == "/bomb":
            self.send_header("Content-Encoding", "gzip"); self.send_header("Content-Length", str(len(bomb))); self.end_headers()
            self.wfile.write(bomb)
        else:
            self.end_headers()
            try:
                for _ in range(1_000_000):
                    self.wfile.write(b"<p>" + b"a" * 65536)
            except OSError:
                pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Handler)
server.timeout = 60
for _ in range(8):
    server.handle_request()
PY
server=$!
sleep 1
measure "gzip-bomb (fetched)" console dotnet "$cli" extract "http://127.0.0.1:$port/bomb" --format json --ignore-robots
measure "endless body (fetched)" console dotnet "$cli" extract "http://127.0.0.1:$port/endless" --format json --ignore-robots
kill "$server" 2>/dev/null
rm -rf "$out"
