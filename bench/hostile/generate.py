#!/usr/bin/env python3
"""Writes the hostile input set into a folder (default /tmp/newsextract-hostile): pages built to make an HTML
extractor hang, blow up its memory or lose text. Nothing here is checked in but this script: the large files are
made on demand. bench/hostile/run.sh runs every file through the console app and the library.

    python3 bench/hostile/generate.py [FOLDER]
"""
import gzip
import os
import random
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/newsextract-hostile"
os.makedirs(folder, exist_ok=True)
rng = random.Random(20)

PARAGRAPH = ("The council voted on Tuesday to extend the programme for another year, after a debate that ran "
             "late into the evening and drew residents from across the district. ")


def page(body, head=""):
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Hostile page</title>{head}</head><body>{body}</body></html>"


def article(paragraphs=6):
    return "<article><h1>Council extends programme</h1>" + "".join(
        f"<p>{PARAGRAPH * 3}Paragraph {i}.</p>" for i in range(paragraphs)) + "</article>"


def write(name, text, encoding="utf-8"):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)
    print(f"{name}: {os.path.getsize(path):,} bytes")


write("nested-200k.html", page("<div>" * 200_000 + article() + "</div>" * 200_000))
write("unclosed-inline-100k.html", page(article() + "<span><b><i>" * 33_334 + "the end of the page"))
write("tiny-elements-1m.html", page(article() + "<i>a</i>" * 1_000_000))
write("line-20mb.html", page(article() + "<p>" + "x" * 20_000_000 + "</p>"))
filler = "".join(f"<div class=\"c{i % 7}\"><p>{PARAGRAPH * 4}</p></div>\n" for i in range(40))
write("page-150mb.html", page(article() + filler * (150_000_000 // len(filler) + 1)))
write("attribute-20mb.html", page(article() + '<div title="' + "a" * 20_000_000 + '">caption</div>'))
# Text made to make a backtracking pattern scan to its end from every position: bylines, dates, script state.
bait_head = ('<meta name="author" content="By ' + ", and " * 200_000 + '">'
             '<meta property="article:published_time" content="2020' + "+12" * 200_000 + '">')
bait_body = (article() + "<p>" + "12-" * 300_000 + "</p><p>" + "1 " * 300_000 + "</p>"
             + '<script>window.__STATE__ = {"body": "<p>' + "<" * 2_000_000 + '"};</script>')
write("regex-bait.html", page(bait_body, bait_head))
write("quotes-200k.html", page(article() + "<p>" + "\u201cword said " * 200_000 + "</p>"))
jsonld = '<script type="application/ld+json">{}</script>'
write("jsonld-deep-100k.html", page(article(), jsonld.format('{"@type":"NewsArticle","a":' + "[" * 100_000 + "]" * 100_000 + "}")))
write("jsonld-deep-broken.html", page(article(), jsonld.format('{"@type":"NewsArticle","a":' + '{"b":[' * 50_000)))
write("jsonld-broken.html", page(article(), jsonld.format('{"@type":"NewsArticle","headline":"Broken, "author":{"name":"A}]},,')))
big = '{"@type":"NewsArticle","headline":"Large structured data","articleBody":"' + (PARAGRAPH * (50_000_000 // len(PARAGRAPH))) + '"}'
write("jsonld-50mb.html", page(article(), jsonld.format(big)))
write("random-2mb.html", bytes(rng.getrandbits(8) for _ in range(2_000_000)))
write("nul-bytes.html", page(article().replace(" ", " \0") + "\0" * 100_000))
write("utf16-bom.html", "\ufeff" + page(article()), "utf-16-le")
write("utf16-nobom.html", page(article()), "utf-16-le")
write("empty.html", "")
write("whitespace.html", " \n\t\r\n" * 100_000)
cyrillic = "<article><h1>Совет продлил программу</h1>" + "".join(
    f"<p>{'Совет проголосовал во вторник за продление программы ещё на год после долгих прений. ' * 4}</p>" for _ in range(6)) + "</article>"
write("charset-mismatch.html", page(cyrillic).replace('charset="utf-8"', 'charset="iso-8859-1"'))
write("text-20mb-line.txt", "x" * 20_000_000)
write("text-quotes-200k.txt", (PARAGRAPH + "\n") * 10 + "\u201cword said " * 200_000)
# Served by run.sh's loopback server to the console app's fetcher: a gzip bomb (200 MB of markup in 200 KB).
write("gzip-bomb.gz", gzip.compress(b"<p>" + b"a" * 200_000_000, 9))
