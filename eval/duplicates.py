#!/usr/bin/env python3
"""Measure what a duplicated block costs in HTML: the body precision lost when a page carries its article twice.

usage: eval/duplicates.py [--shared DIR] [--corpora scrapinghub,fundus-a] [--work DIR] [--app PATH]

Each page of a corpus with body truth is written again four times, each with one copy of its own article's text
added where sites put one:
  teaser     a teaser of the article itself (its headline and the start of its first paragraph) before the page
  copy       a full second copy of the article (headline and every paragraph) at the end of the page
  pullquote  a sentence of one paragraph repeated, in quotation marks, as a block quote before a later paragraph
             (inside the article's own markup; pages where the later paragraph's markup is not found are skipped)
  noscript   the article's paragraphs again inside <noscript> at the end of the page
The clean pages and every variant go through `newsextract batch`, and the referee (eval/score.py of the shared
folder, imported) scores them against the same truth. The figure is the body precision of each variant minus the
clean pages' precision on the same pages, tuning and validation apart (aggregates only).
"""
import argparse, html, os, random, re, shutil, subprocess

from evaluate import load_referee

KINDS = ["teaser", "copy", "pullquote", "noscript"]
BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)
BODY_CLOSE = re.compile(r"</body\s*>", re.I)
PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.I)
TAG = re.compile(r"<[^>]*>")


def lines(truth):
    return [p.strip() for p in re.split(r"\n", truth.get("body") or "") if p.strip()]


def paragraphs(truth):
    return [p for p in lines(truth) if len(p.split()) >= 6]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def insert_after_body_open(page, block):
    m = BODY_OPEN.search(page)
    return page[:m.end()] + block + page[m.end():] if m else block + page


def insert_before_body_close(page, block):
    ms = list(BODY_CLOSE.finditer(page))
    return page[:ms[-1].start()] + block + page[ms[-1].start():] if ms else page + block


def paragraph_start(page, paragraph):
    """The offset of the <p> whose text starts with the paragraph's first words, or -1."""
    start = norm(paragraph)[:40]
    for m in PARAGRAPH_TAG.finditer(page):
        following = norm(html.unescape(TAG.sub(" ", page[m.start():m.start() + 600])))
        if following.startswith(start):
            return m.start()
    return -1


def variant(kind, page, title, paras, every_line, r):
    esc = html.escape
    if kind == "teaser":
        words = paras[0].split()
        lead = " ".join(words[:25]) + ("…" if len(words) > 25 else "")
        return insert_after_body_open(page, f'<div class="teaser"><a href="/story"><h3>{esc(title)}</h3></a><p>{esc(lead)}</p></div>')
    if kind == "copy":
        body = "".join(f"<p>{esc(p)}</p>" for p in every_line)
        return insert_before_body_close(page, f'<div class="story-copy"><h1>{esc(title)}</h1>{body}</div>')
    if kind == "noscript":
        body = "".join(f"<p>{esc(p)}</p>" for p in every_line)
        return insert_before_body_close(page, f"<noscript><div>{body}</div></noscript>")
    if kind == "pullquote":
        for k in range(2, len(paras)):
            at = paragraph_start(page, paras[k])
            if at < 0:
                continue
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", paras[k - 1]) if len(s.split()) >= 6]
            if not sentences:
                continue
            quote = r.choice(sentences).strip("“”\"")
            return page[:at] + f'<blockquote class="pullquote"><p>“{esc(quote)}”</p></blockquote>' + page[at:]
        return None
    raise ValueError(kind)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(here, "..", "..", "shared")))
    ap.add_argument("--corpora", default="scrapinghub,fundus-a")
    ap.add_argument("--work", default="/tmp/newsextract-duplicates")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--app", default=os.path.join(here, "..", "samples", "NewsExtract.Cli", "bin", "Release", "net10.0", "NewsExtract.Cli"))
    a = ap.parse_args()
    referee = load_referee(a.shared)
    r = random.Random(a.seed)
    shutil.rmtree(a.work, ignore_errors=True)
    for name in a.corpora.split(","):
        corpus = os.path.join(a.shared, "corpus", name)
        truth = referee.load_jsonl(os.path.join(corpus, "truth.jsonl"))
        val = {l.strip() for l in open(os.path.join(corpus, "validation-ids.txt"))} - {""}
        folders = {k: os.path.join(a.work, name, k) for k in ["clean"] + KINDS}
        for f in folders.values():
            os.makedirs(f)
        present = {k: set() for k in folders}
        for pid, t in truth.items():
            paras = paragraphs(t)
            src = os.path.join(corpus, "pages", pid + ".html")
            if len(paras) < 3 or not os.path.exists(src):
                continue
            page = open(src, "rb").read().decode("utf-8", "surrogateescape")
            for kind in folders:
                out = page if kind == "clean" else variant(kind, page, t.get("title") or "", paras, lines(t), r)
                if out is None:
                    continue
                with open(os.path.join(folders[kind], pid + ".html"), "wb") as f:
                    f.write(out.encode("utf-8", "surrogateescape"))
                present[kind].add(pid)
        preds = {}
        for kind, folder in folders.items():
            pred = os.path.join(a.work, name, kind + ".jsonl")
            subprocess.run([a.app, "batch", folder, "--output", pred, "--concurrency", "2"], check=True, stderr=subprocess.DEVNULL)
            preds[kind] = referee.load_jsonl(pred)
        for part, ids in (("tuning", lambda i: i not in val), ("validation", lambda i: i in val)):
            for kind in KINDS:
                pages = {i: truth[i] for i in present[kind] if ids(i)}
                if not pages:
                    continue
                clean = referee.score(pages, preds["clean"])["body"]
                dup = referee.score(pages, preds[kind])["body"]
                print(f"{name:<12} {part:<10} {kind:<9} {len(pages):>4} pages: precision {dup['precision']:.4f} "
                      f"(clean {clean['precision']:.4f}, {dup['precision'] - clean['precision']:+.4f})  "
                      f"recall {dup['recall']:.4f} ({dup['recall'] - clean['recall']:+.4f})")


if __name__ == "__main__":
    main()
