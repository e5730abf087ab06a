#!/usr/bin/env python3
"""Generate plain-text scrapes of articles whose truth is known and score the plain-text extraction on them.

usage: eval/scrapes.py [--shared DIR] [--corpora fundus-a,readability] [--per-article N] [--seed S]
                       [--work DIR] [--show N] [--app PATH]

Each article (title and body paragraphs from a corpus's truth.jsonl) becomes N scrapes, each with a random mix of
what scrapers leave, in varied forms and several languages:
  credit     photo or source credit lines under the title or between paragraphs ("Photo: …", "Foto: …", "© …")
  pullquote  a paragraph repeated further down (a pull quote), whole, in quotation marks or one sentence of it
  teaser     teasers of other articles (their headline and first paragraph, maybe cut short) before the article
  subhead    a subhead (a phrase of the section's text, or a short question) above a paragraph, near the top too
  contrib    a contributor line at the end ("Reporting by …", "Mitarbeit: …")
  quoteline  a short quote on a line of its own
  meta       a byline and a date line under the title
  nav        navigation and sharing lines around the article
What must come out: the title, and the body's paragraphs with the subheads, contributor and quote lines, each
paragraph once at its first place; no credit, teaser, byline, date or navigation line. A scrape is exact when the
title and the paragraph list are equal (whitespace collapsed). The forms are drawn from what sites print, not from
the extractor's word lists; a form the extractor misses is a failure, not a form to leave out.

Only aggregate figures are printed for a corpus's validation part; --show prints failed tuning scrapes only.
"""
import argparse, json, os, random, re, shutil, subprocess, sys
from collections import Counter

KINDS = ["credit", "pullquote", "teaser", "subhead", "contrib", "quoteline", "meta", "nav"]

GIVEN = ["Jane", "John", "Anna", "Lukas", "Marie", "Pierre", "Sofia", "Mateo", "Elif", "Kenji", "Olga", "Tomás",
         "Ingrid", "Ravi", "Chloé", "Jonas", "Lea", "Marco", "Nora", "Samuel"]
FAMILY = ["Roe", "Doe", "Berger", "Lindqvist", "Moreau", "García", "Kowalski", "Yilmaz", "Tanaka", "Novak",
          "Fischer", "Haddad", "Okafor", "Rossi", "Jensen", "Petrov", "Silva", "Meyer", "Dubois", "Larsen"]
AGENCIES = ["Reuters", "AP", "AFP", "dpa", "Getty Images", "EPA", "picture alliance", "IMAGO", "Keystone", "ANP",
            "ANSA", "EFE", "Shutterstock", "privat", "AFP via Getty Images", "Xinhua", "PA Wire", "NurPhoto"]


def name(r):
    return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"


def credit_line(r):
    agency, person = r.choice(AGENCIES), name(r)
    forms = [
        f"Photo: {agency}", f"Photo: {person}/{agency}", f"Photo by {person}/{agency}", f"Photograph: {person}/{agency}",
        f"Image: {agency}", f"Picture: {agency}", f"(Photo: {agency})", f"Credit: {person} for {agency}",
        f"Image credit: {agency}", f"Foto: {agency}", f"Foto: picture alliance/dpa | {person}", f"Foto: IMAGO/{person}",
        f"Bild: {agency}", f"Bild: {person}", f"Quelle: {agency}", f"Foto: {person}", f"Fotos: {agency}",
        f"Crédit photo : {agency}", f"Photo : {person} / {agency}", f"Foto: {agency} / {person}", f"Imagen: {agency}",
        f"Fuente: {agency}", f"Foto di {person}", f"Beeld: {agency}", f"Kuva: {person}", f"Zdjęcie: {agency}",
        f"© {agency}", f"© {person}", f"Photo: {person}", f"Photo © {agency}", f"Fotó: {agency}",
    ]
    return r.choice(forms)


BYLINES = ["By {n}", "By {n} and {m}", "Von {n}", "{n}, Reuters", "Par {n}", "Por {n}", "Di {n}", "Door {n}",
           "By {n}, Staff Writer", "Von {n} und {m}"]
DATES = ["May 5, 2021", "5 May 2021", "Published 12:30 GMT, 3 March 2024", "5. Mai 2021, 10:45 Uhr",
         "Veröffentlicht am 5. Mai 2021", "Stand: 05.05.2021 10:45 Uhr", "Mis à jour le 3 mars 2024 à 10h20",
         "3 de marzo de 2024", "Updated March 3, 2024 10:20 a.m. ET", "2024-03-03", "Tuesday 3 March 2024 14.05 CET",
         "03.03.2024"]
NAV = ["Home", "Menu", "Skip to content", "Share", "Share on Facebook", "Share on X", "Teilen", "Startseite",
       "Newsletter", "Zum Inhalt springen", "Accueil", "Partager", "Inicio", "Compartir", "Most read", "Advertisement",
       "Anzeige", "Read more", "Kommentare"]
QUESTIONS = ["What happens next?", "Why now?", "Wie geht es weiter?", "Was bedeutet das?", "Et maintenant ?",
             "¿Qué pasa ahora?", "Who pays?", "What we know so far"]
QUOTES = ["“We are not there yet,” she said.", "„Das ist erst der Anfang“, sagte sie.", "“It is over.”",
          "«Nous allons continuer.»", "“Nobody saw this coming,” he said.", "„Wir machen weiter.“",
          "\"This changes everything,\" said one resident.", "«No vamos a parar», dijo."]
CONTRIBS = ["Reporting by {n}; Editing by {m}", "Additional reporting by {n}", "With reporting by {n} and {m}",
            "Mitarbeit: {n}", "Contributing: {n}", "{n} contributed reporting.", "Mit Material von dpa",
            "Written by {n}, edited by {m}"]


def fill(template, r):
    return template.format(n=name(r), m=name(r))


def load_articles(shared, corpus):
    path = os.path.join(shared, "corpus", corpus, "truth.jsonl")
    vpath = os.path.join(shared, "corpus", corpus, "validation-ids.txt")
    val = set(open(vpath).read().split()) if os.path.exists(vpath) else set()
    out = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        title, body = (d.get("title") or "").strip(), d.get("body") or ""
        # The article is its prose: the truth's short lines (sharing labels, credits, separators, a lone word) and
        # lines of markup or addresses are left out, as is a line given twice or the title repeated, so that the
        # article itself holds none of what the scrape adds.
        paragraphs = []
        for p in body.split("\n"):
            p = re.sub(r"\s+", " ", p).strip()
            if (prose(p) and p != re.sub(r"\s+", " ", title) and p not in paragraphs
                    and "<" not in p and not re.search(r"https?://|www\.", p)):
                paragraphs.append(p)
        if not title or len(paragraphs) < 3:
            continue
        out.append({"id": f"{corpus}-{d['id']}", "part": "validation" if d["id"] in val else "tuning",
                    "title": re.sub(r"\s+", " ", title), "paragraphs": paragraphs})
    return out


def prose(text):
    """Six words or more, or, in a script written without spaces, twenty characters."""
    return len(text.split()) >= 6 or (len(text) >= 20 and not re.search(r"[A-Za-z]", text))


def words(text):
    return text.split()


def subhead_from(paragraph, r):
    w = [x.strip(".,;:!?\"'“”„«»()") for x in words(paragraph)]
    w = [x for x in w if x]
    if r.random() < 0.3 or len(w) < 10:
        return r.choice(QUESTIONS)
    n = r.randint(2, 5)
    start = r.randint(3, len(w) - n)  # from inside the paragraph, not its opening words
    phrase = " ".join(w[start:start + n])
    return phrase[0].upper() + phrase[1:]


def make_scrape(article, others, r, kinds):
    title, paragraphs = article["title"], list(article["paragraphs"])
    expected = list(paragraphs)
    lines = []
    if "nav" in kinds:
        lines += r.sample(NAV, r.randint(1, 4))
    if "teaser" in kinds:
        for other in r.sample(others, r.randint(1, 3)):
            lines.append(other["title"])
            first = other["paragraphs"][0]
            if r.random() < 0.4 and len(first) > 60:
                first = first[: len(first) * 2 // 3].rstrip() + r.choice(["…", "...", " …"])
            lines.append(first)
        if r.random() < 0.5:
            lines.append(r.choice(NAV))
    lines.append(title)
    if "meta" in kinds:
        if r.random() < 0.8:
            lines.append(fill(r.choice(BYLINES), r))
        lines.append(r.choice(DATES))
    body = list(paragraphs)
    if "subhead" in kinds:
        # near the top (after the first or second paragraph) or anywhere
        for _ in range(r.randint(1, 2)):
            at = r.choice([1, 2, r.randint(1, len(body) - 1)])
            if at < len(body) and len(words(body[at])) >= 6:
                subhead = subhead_from(body[at], r)
                if subhead not in body:
                    body.insert(at, subhead)
        expected = list(body)
    if "quoteline" in kinds:
        at = r.randint(1, len(body))
        q = r.choice(QUOTES)
        if q not in body:
            body.insert(at, q)
            expected = list(body)
    if "contrib" in kinds:
        c = fill(r.choice(CONTRIBS), r)
        body.append(c)
        expected = list(body)
    if "pullquote" in kinds:
        candidates = [i for i, p in enumerate(body) if 8 <= len(words(p)) <= 80 and i + 2 < len(body)]
        if candidates:
            i = r.choice(candidates)
            p = body[i]
            form = r.random()
            if form < 0.5:
                quote = p
            elif form < 0.75:
                quote = "“" + p.strip("“”\"") + "”"
            else:
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", p) if len(words(s)) >= 6]
                quote = r.choice(sentences) if sentences else p
            body.insert(r.randint(i + 2, len(body)), quote)
    if "credit" in kinds:
        if r.random() < 0.7:
            body.insert(0, credit_line(r))
        for _ in range(r.randint(0, 2)):
            body.insert(r.randint(1, len(body)), credit_line(r))
    lines += body
    if "nav" in kinds:
        lines += r.sample(NAV, r.randint(1, 3))
    sep = "\n\n" if r.random() < 0.5 else "\n"
    return sep.join(lines), expected


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(here, "..", "..", "shared")))
    ap.add_argument("--corpora", default="fundus-a,readability")
    ap.add_argument("--per-article", type=int, default=3)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--work", default="/tmp/newsextract-scrapes")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--app", default=os.path.join(here, "..", "samples", "NewsExtract.Cli", "bin", "Release", "net10.0", "NewsExtract.Cli"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    articles = [x for c in a.corpora.split(",") if c for x in load_articles(a.shared, c)]
    if not articles:
        sys.exit("scrapes: no articles with a title and three paragraphs")
    pages = os.path.join(a.work, "pages")
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(pages)
    truth = {}
    for art in articles:
        others = [o for o in articles if o["id"] != art["id"] and o["part"] == art["part"]]
        clean = f"{art['id']}-clean"
        with open(os.path.join(pages, clean + ".txt"), "w", encoding="utf-8") as f:
            f.write(art["title"] + "\n\n" + "\n\n".join(art["paragraphs"]))
        truth[clean] = (art, art["paragraphs"], ("clean",))
        for k in range(a.per_article):
            kinds = tuple(x for x in KINDS if r.random() < 0.45) or (r.choice(KINDS),)
            text, expected = make_scrape(art, others, r, kinds)
            sid = f"{art['id']}-{k}"
            with open(os.path.join(pages, sid + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            truth[sid] = (art, expected, kinds)
    out = os.path.join(a.work, "out.jsonl")
    subprocess.run([a.app, "batch", pages, "--output", out, "--concurrency", "2"], check=True, stderr=subprocess.DEVNULL)
    preds = {}
    for line in open(out, encoding="utf-8"):
        d = json.loads(line)
        preds[d["id"]] = d
    stats = {}
    shown = 0
    for sid, (art, expected, kinds) in sorted(truth.items()):
        p = preds.get(sid, {})
        title_ok = norm(p.get("title")) == norm(art["title"])
        got = [norm(x) for x in p.get("paragraphs") or []]
        body_ok = got == [norm(x) for x in expected]
        group = "clean" if kinds == ("clean",) else "scrape"
        s = stats.setdefault((art["part"], group), Counter())
        s["n"] += 1
        s["exact"] += title_ok and body_ok
        s["title"] += title_ok
        s["body"] += body_ok
        if group == "scrape":
            for k in kinds:
                s["n " + k] += 1
                s["fail " + k] += not (title_ok and body_ok)
        if group == "scrape" and art["part"] == "tuning" and not (title_ok and body_ok) and shown < a.show:
            shown += 1
            missing = [x for x in expected if norm(x) not in got]
            extra = [x for x in got if x not in [norm(e) for e in expected]]
            print(f"--- {sid} {kinds}\n title {'ok' if title_ok else 'WRONG: ' + repr(p.get('title'))}")
            for x in missing:
                print("  missing:", x[:160])
            for x in extra:
                print("  extra:  ", x[:160])
            if not missing and not extra and not body_ok:
                print("  order differs")
    for (part, group), s in sorted(stats.items()):
        n = s["n"]
        line = f"{part:<10} {group:<6} {n:>4} scrapes: exact {s['exact'] / n:.1%}  title {s['title'] / n:.1%}  body {s['body'] / n:.1%}"
        if group == "scrape":
            line += "  failed with: " + ", ".join(f"{k} {s['fail ' + k]}/{s['n ' + k]}" for k in KINDS if s["n " + k])
        print(line)


if __name__ == "__main__":
    main()
