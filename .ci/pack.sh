#!/usr/bin/env bash
# Packs every package of the repository into a folder, as a release would (Release, CI build: deterministic paths,
# SourceLink), the tool for the platforms in NEWSEXTRACT_TOOL_RIDS only (default: this machine's and `any`; .ci/run
# packs `any` alone, the framework-dependent tool, since a ReadyToRun package costs minutes of compiling), and checks what a user of the packages gets: a
# .snupkg beside each package, the id, version, description, tags, licence expression, repository URL and commit, the
# README, XML docs beside each library, and SourceLink in the symbols.
#   .ci/pack.sh OUTPUT-FOLDER [repository-root]
set -euo pipefail
out="$(mkdir -p "$1" && cd "$1" && pwd)"
repo="$(cd "${2:-$(dirname "$0")/..}" && pwd)"
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
tool_rids="${NEWSEXTRACT_TOOL_RIDS:-$rid;any}"

if ! CI=true dotnet pack "$repo/NewsExtract.sln" -c Release -o "$out" --nologo -v quiet \
     "-p:NewsExtractToolRuntimeIdentifiers=\"$tool_rids\"" >"$out/pack.log" 2>&1; then
  grep -E "error|warning" "$out/pack.log" | sort -u | head -20 >&2
  echo "pack: FAILED: dotnet pack" >&2
  exit 1
fi

python3 - "$out" "$tool_rids" <<'PY'
import glob, os, re, sys, zipfile
out, tool_rids = sys.argv[1:]
rids = [r for r in tool_rids.split(";") if r]
problems = []
def nuspec(path):
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".nuspec"))
        return z.read(name).decode("utf-8"), z.namelist(), z
libraries = ["NewsExtract", "NewsExtract.Fetching", "NewsExtract.Pipelines", "NewsExtract.Orleans"]
tools = ["NewsExtract.Cli"] + [f"NewsExtract.Cli.{r}" for r in rids]
for package_id in libraries + tools:
    found = [p for p in glob.glob(f"{out}/{package_id}.*.nupkg") if re.fullmatch(re.escape(package_id) + r"\.\d[^/]*\.nupkg", os.path.basename(p))]
    if len(found) != 1:
        problems.append(f"{package_id}: {len(found)} packages")
        continue
    path = found[0]
    spec, names, _ = nuspec(path)
    for element in ["<license type=\"expression\">MIT</license>", "<readme>README.md</readme>", "<description>", "<repository type=\"git\" url=\"https://"]:
        if element not in spec:
            problems.append(f"{package_id}: the nuspec has no {element}")
    if not re.search(r'<repository [^>]*commit="[0-9a-f]{40}"', spec):
        problems.append(f"{package_id}: the repository element names no commit")
    if "README.md" not in names:
        problems.append(f"{package_id}: no README.md in the package")
    if package_id == "NewsExtract.Cli":
        continue  # the pointer to the platforms' packages: no code, no symbols
    if package_id in libraries and "<tags>" not in spec:
        problems.append(f"{package_id}: no tags")
    symbols = path[:-len(".nupkg")] + ".snupkg"
    if not os.path.exists(symbols):
        problems.append(f"{package_id}: no .snupkg")
        continue
    if package_id in libraries:
        for ext in (".dll", ".xml"):
            if f"lib/net10.0/{package_id}{ext}" not in names:
                problems.append(f"{package_id}: no lib/net10.0/{package_id}{ext}")
        with zipfile.ZipFile(symbols) as z:
            pdb = z.read(f"lib/net10.0/{package_id}.pdb")
        if not re.search(rb'\{"documents":\{"/_/\*":"https://[^"]+/[0-9a-f]{40}/\*"\}\}', pdb):
            problems.append(f"{package_id}: the symbols carry no SourceLink map to a commit")
if problems:
    print("\n".join("pack: FAILED: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
version = re.search(r"<version>([^<]+)</version>", nuspec(glob.glob(f"{out}/NewsExtract.Fetching.*.nupkg")[0])[0]).group(1)
print(f"pack: {len(libraries)} libraries and the tool ({', '.join(rids)}) packed as {version}, each with its .snupkg, metadata, README, XML docs and SourceLink")
PY
