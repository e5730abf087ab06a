#!/usr/bin/env bash
# The console app installs as a dotnet tool from the packed folder (NewsExtract.Cli, command newsextract; `dotnet tool
# install` picks the package for this machine's platform) and runs: with no arguments it prints the bundled sample
# article, `extract page.html --format json` gives its title, and `--version` is the packed version.
#   .ci/tool-install.sh [repository-root] [packages-folder]      (without a folder the repository is packed first)
set -euo pipefail
repo="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
work="$(mktemp -d /tmp/newsextract-tool.XXXXXX)"
trap 'rm -rf "$work"' EXIT
source "$repo/.ci/local-feed.sh"
packages="$(packages_folder "$work" "$repo" "${2:-}")"
version="$(package_version "$packages" NewsExtract.Cli)"
use_local_feed "$work" "$packages"

if ! (cd "$work" && dotnet tool install NewsExtract.Cli --version "$version" --tool-path "$work/tools") >"$work/install.log" 2>&1; then
  tail -20 "$work/install.log" >&2
  echo "tool: FAILED: dotnet tool install NewsExtract.Cli $version from the packed folder" >&2
  exit 1
fi
newsextract="$work/tools/newsextract"
rid_package="$(ls -d "$work/tools/.store/newsextract.cli/$version"/newsextract.cli.* 2>/dev/null | head -n 1)"

sample="$("$newsextract" 2>/dev/null)"
if ! grep -q "^City Council Approves Riverside Flood Barrier" <<<"$sample"; then
  printf '%s\n' "$sample" | head -5 >&2
  echo "tool: FAILED: newsextract without arguments does not print the bundled sample article" >&2
  exit 1
fi

title="$("$newsextract" extract "$repo/samples/NewsExtract.Cli/Sample/sample-article.html" --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["title"])')"
expected="$(sed -n 's|.*<h1>\(.*\)</h1>.*|\1|p' "$repo/samples/NewsExtract.Cli/Sample/sample-article.html" | head -n 1)"
if [ "$title" != "$expected" ]; then
  echo "tool: FAILED: newsextract extract --format json gave the title \"$title\", not \"$expected\"" >&2
  exit 1
fi

reported="$("$newsextract" --version)"
if [ "${reported%%+*}" != "$version" ]; then
  echo "tool: FAILED: newsextract --version says $reported, not $version" >&2
  exit 1
fi
echo "tool: NewsExtract.Cli $version installed from the packed folder (${rid_package##*/}) and ran: the sample, extract --format json, --version"
