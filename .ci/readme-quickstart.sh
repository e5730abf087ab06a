#!/usr/bin/env bash
# The README's Quick start works as written: its first ```csharp block becomes Program.cs of a new console project
# (`dotnet new console`) that gets the NewsExtract package from the packed folder only (its other packages from the
# machine's sources), as `dotnet add package NewsExtract` would from the registry; it must build (warnings are errors),
# run with no arguments and print the article's title (the text of the first <h1> in the block) on a line of its own,
# and the opening of its first paragraph.
#   .ci/readme-quickstart.sh [repository-root] [packages-folder]
# (default root: this checkout; .ci/run passes its clean clone and the folder .ci/pack.sh filled; without a folder the
# repository is packed into a temporary one first)
set -euo pipefail
repo="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
work="$(mktemp -d /tmp/newsextract-quickstart.XXXXXX)"
trap 'rm -rf "$work"' EXIT
app="$work/QuickStart"
source "$repo/.ci/local-feed.sh"
packages="$(packages_folder "$work" "$repo" "${2:-}")"
version="$(package_version "$packages" NewsExtract)"
use_local_feed "$work" "$packages"

# How the new project gets the library: the package, from the packed folder; and proof it came from there.
reference_library() {
  dotnet add "$app/QuickStart.csproj" package NewsExtract --version "$version" >"$work/add.log" 2>&1 || { tail -20 "$work/add.log" >&2; return 1; }
  python3 - "$NUGET_PACKAGES/newsextract/$version/.nupkg.metadata" "$packages" <<'PY'
import json, os, sys
metadata, packages = sys.argv[1:]
source = json.load(open(metadata))["source"]
if os.path.realpath(source.rstrip("/")) != os.path.realpath(packages):
    sys.exit(f"quick start: NewsExtract came from {source}, not from the packed folder {packages}")
PY
}

dotnet new console --name QuickStart --output "$app" >/dev/null
# The snippet, and from it what the run must print: the <h1> and the first words of the first <p> after it.
python3 - "$repo/README.md" "$app/Program.cs" "$work/expected" <<'PY'
import html, re, sys
readme, program, expected = sys.argv[1:]
block = re.search(r"^```csharp\n(.*?)^```$", open(readme, encoding="utf-8").read(), re.S | re.M)
if block is None:
    sys.exit("quick start: README.md has no ```csharp block")
code = block.group(1)
title = re.search(r"<h1[^>]*>(.*?)</h1>", code, re.S)
paragraph = re.search(r"<p[^>]*>(.*?)</p>", code[title.end():], re.S) if title else None
if title is None or paragraph is None:
    sys.exit("quick start: the first ```csharp block of README.md has no <h1> followed by a <p> to check the output against")
text = lambda fragment: " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())
open(program, "w", encoding="utf-8").write(code)
open(expected, "w", encoding="utf-8").write(text(title.group(1)) + "\n" + text(paragraph.group(1))[:60] + "\n")
PY
reference_library
sed -i 's|<Nullable>enable</Nullable>|&\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>|' "$app/QuickStart.csproj"

if ! dotnet build "$app" --nologo -v quiet >"$work/build.log" 2>&1; then
  grep -E "error|warning" "$work/build.log" | sort -u | head -20 >&2
  echo "quick start: FAILED: README.md's first C# block does not build as Program.cs of a new console project" >&2
  exit 1
fi
output="$(cd "$app" && timeout 120 dotnet run --no-build)" || {
  echo "quick start: FAILED: the program exited with an error" >&2
  exit 1
}
title="$(sed -n 1p "$work/expected")"
opening="$(sed -n 2p "$work/expected")"
if ! grep -Fxq -- "$title" <<<"$output"; then
  printf '%s\n' "$output" | head -5 >&2
  echo "quick start: FAILED: the title \"$title\" is not printed on a line of its own" >&2
  exit 1
fi
if ! grep -Fq -- "$opening" <<<"$output"; then
  echo "quick start: FAILED: the first paragraph (\"$opening…\") is not printed" >&2
  exit 1
fi
# Every other block marked `<!-- ci: whole program -->` (the pipeline in ten lines) is a whole Program.cs too: it must
# build against the packed packages (NewsExtract.Pipelines brings Fetching and the core); it is not run (it reads an
# archive and the network).
python3 - "$repo/README.md" "$work/programs" <<'PY'
import os, re, sys
readme, out = sys.argv[1:]
os.makedirs(out, exist_ok=True)
blocks = re.findall(r"^<!-- ci: whole program -->\n```csharp\n(.*?)^```$", open(readme, encoding="utf-8").read(), re.S | re.M)
for i, code in enumerate(blocks):
    open(os.path.join(out, f"{i}.cs"), "w", encoding="utf-8").write(code)
PY
programs=0
for program in "$work"/programs/*.cs; do
  [ -e "$program" ] || continue
  project="$work/Program$programs"
  dotnet new console --name "Program$programs" --output "$project" >/dev/null
  cp "$program" "$project/Program.cs"
  sed -i 's|<Nullable>enable</Nullable>|&\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>|' "$project/Program$programs.csproj"
  if ! dotnet add "$project/Program$programs.csproj" package NewsExtract.Pipelines --version "$(package_version "$packages" NewsExtract.Pipelines)" >"$work/add$programs.log" 2>&1 \
     || ! dotnet build "$project" --nologo -v quiet >"$work/build$programs.log" 2>&1; then
    grep -hE "error|warning" "$work/add$programs.log" "$work/build$programs.log" | sort -u | head -20 >&2
    echo "quick start: FAILED: README.md's whole-program block $((programs + 1)) does not build against the packed packages" >&2
    exit 1
  fi
  programs=$((programs + 1))
done
if [ "$programs" -eq 0 ]; then
  echo "quick start: FAILED: README.md marks no block <!-- ci: whole program --> (the pipeline in ten lines)" >&2
  exit 1
fi
echo "quick start: README.md's first C# block builds against the package NewsExtract $version from the packed folder, runs and prints the title \"$title\" and the first paragraph; its $programs whole-program block(s) build"
