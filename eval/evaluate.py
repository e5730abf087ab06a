#!/usr/bin/env python3
"""Score the console app's output on the development corpora, tuning and validation parts apart.

usage: eval/evaluate.py [--shared DIR] [--pred-dir DIR] [--run] [--only NAME,...] [--json] [--worst N] [--misses KINDS]

--shared  the folder holding corpus/<name>/ and eval/score.py (default: ../shared beside the checkout).
--run     first runs `newsextract batch` over every corpus into --pred-dir (default /tmp/newsextract-eval).
The referee (eval/score.py of the shared folder) is imported, not copied: the figures are its own. Every corpus
names its validation part in validation-ids.txt (polnear-dev is scored by score_quotes.py instead). A corpus that
is absent is reported as absent, not as a failure: the repository alone does not carry them.
--worst   lists the N tuning pages with the lowest body F1.
--misses  lists the tuning pages whose metadata the referee counts as missed, for the kinds named (title, byline,
          date; comma-separated), with what was found and what the truth holds. Validation pages are never listed.
"""
import argparse, importlib.util, json, os, subprocess, sys

CORPORA = ["scrapinghub", "readability", "cleaneval", "cleanportaleval", "fundus-a", "trafeval-a"]


def load_referee(shared):
    spec = importlib.util.spec_from_file_location("referee", os.path.join(shared, "eval", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def headline(res):
    parts = []
    if "body" in res:
        b = res["body"]
        parts.append(f"body F1 {b['f1']:.3f} (P {b['precision']:.3f} R {b['recall']:.3f})")
    if "with" in res:
        w = res["with"]
        parts.append(f"segments F1 {w['f1']:.3f} (P {w['precision']:.3f} R {w['recall']:.3f})")
    for k, f in (("title", "exact"), ("byline", "match"), ("date", "match")):
        if k in res:
            parts.append(f"{k} {res[k][f]:.3f}")
    return "  ".join(parts)


def misses(referee, truth, preds, kind):
    """The pages of `truth` whose `kind` (title, byline, date) the referee's own rule counts as missed."""
    for pid, t in sorted(truth.items()):
        p = preds.get(pid) or {}
        if kind == "title" and t.get("title"):
            if referee.fold(p.get("title")) != referee.fold(t["title"]):
                yield pid, p.get("title"), t["title"]
        elif kind == "byline" and t.get("byline"):
            got = referee.pred_authors(p)
            a, b = set(referee.tokens(referee.fold(t["byline"]))), set(referee.tokens(referee.fold(got)))
            if not (a | b and len(a & b) / len(a | b) >= 0.5):
                yield pid, got, t["byline"]
        elif kind == "date" and t.get("publishedTime"):
            got = str(p.get("published") or p.get("date") or "")[:10]
            if got != str(t["publishedTime"])[:10]:
                yield pid, got, str(t["publishedTime"])[:10]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(here, "..", "..", "shared")))
    ap.add_argument("--pred-dir", default="/tmp/newsextract-eval")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--misses", default="")
    a = ap.parse_args()
    names = [n for n in a.only.split(",") if n] or CORPORA
    if not os.path.isfile(os.path.join(a.shared, "eval", "score.py")):
        sys.exit(f"evaluate: no referee at {a.shared}/eval/score.py: pass --shared; the corpora are not in the repository")
    referee = load_referee(a.shared)
    os.makedirs(a.pred_dir, exist_ok=True)
    app = os.path.join(here, "..", "samples", "NewsExtract.Cli", "bin", "Release", "net10.0", "NewsExtract.Cli")
    if a.run:
        subprocess.run(["dotnet", "build", os.path.join(here, "..", "samples", "NewsExtract.Cli"), "-c", "Release",
                        "-v", "quiet", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    out = {}
    for name in names:
        corpus = os.path.join(a.shared, "corpus", name)
        if not os.path.isdir(corpus):
            print(f"{name:<16} absent ({corpus})")
            continue
        pred = os.path.join(a.pred_dir, f"{name}.jsonl")
        if a.run:
            subprocess.run([app, "batch", os.path.join(corpus, "pages"), "--output", pred, "--concurrency", "2"],
                           stderr=subprocess.DEVNULL)
        truth = referee.load_jsonl(os.path.join(corpus, "truth.jsonl"))
        preds = referee.load_jsonl(pred)
        vpath = os.path.join(corpus, "validation-ids.txt")
        val = {l.strip() for l in open(vpath)} if os.path.exists(vpath) else set()
        val.discard("")
        tune = {k: v for k, v in truth.items() if k not in val}
        valid = {k: v for k, v in truth.items() if k in val}
        res = {"all": referee.score(truth, preds), "tuning": referee.score(tune, preds, a.worst)}
        if valid:
            res["validation"] = referee.score(valid, preds)
        out[name] = res
        if not a.json:
            for part in ("tuning", "validation", "all"):
                if part in res:
                    print(f"{name:<16} {part:<10} {headline(res[part])}")
            for w in res["tuning"].get("worst", []):
                print(f"    worst tuning {w['id']}: F1 {w['f1']} P {w['precision']} R {w['recall']}")
            for kind in [k for k in a.misses.split(",") if k]:
                for pid, got, want in misses(referee, tune, preds, kind):
                    print(f"    {kind} miss {name}/{pid}: got {got!r} want {want!r}")
    if a.json:
        print(json.dumps(out))


if __name__ == "__main__":
    main()
