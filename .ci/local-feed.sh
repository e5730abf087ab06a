#!/usr/bin/env bash
# Sourced by the scripts that consume the packed packages as a user would. `use_local_feed DIR PACKAGES` writes
# DIR/nuget.config: the folder PACKAGES as a source, and package source mapping that takes NewsExtract and
# NewsExtract.* from it only and every other package from the machine's own sources; and points NUGET_PACKAGES to a
# new folder, so that no package of the same version cached earlier stands in for the one just packed.
use_local_feed() {
  local dir="$1" packages="$2" keys key
  # The machine's enabled sources, by name, read before our config exists.
  keys="$(cd / && dotnet nuget list source --format Detailed | sed -n 's/^ *[0-9]*\. *\(.*\) \[Enabled\]$/\1/p')"
  {
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<configuration>'
    echo '  <packageSources>'
    echo "    <add key=\"newsextract-local\" value=\"$packages\" />"
    echo '  </packageSources>'
    echo '  <packageSourceMapping>'
    echo '    <packageSource key="newsextract-local">'
    echo '      <package pattern="NewsExtract" />'
    echo '      <package pattern="NewsExtract.*" />'
    echo '    </packageSource>'
    while IFS= read -r key; do
      [ -n "$key" ] && printf '    <packageSource key="%s">\n      <package pattern="*" />\n    </packageSource>\n' "$key"
    done <<<"$keys"
    echo '  </packageSourceMapping>'
    echo '</configuration>'
  } >"$dir/nuget.config"
  export NUGET_PACKAGES="$dir/nuget-packages"
}

# The version of a package in PACKAGES: `package_version PACKAGES NewsExtract`.
package_version() {
  local file
  file="$(ls "$1" | grep -E "^$2\.[0-9][^/]*\.nupkg$" | head -n 1)"
  [ -n "$file" ] || { echo "no package $2 in $1" >&2; return 1; }
  file="${file#"$2".}"
  echo "${file%.nupkg}"
}

# The packed folder to consume: FOLDER when given, else the repository packed into WORK/packages first.
# `packages_folder WORK REPO [FOLDER]`.
packages_folder() {
  if [ -n "${3:-}" ]; then
    (cd "$3" && pwd)
  else
    "$2/.ci/pack.sh" "$1/packages" "$2" >/dev/null && echo "$1/packages"
  fi
}
