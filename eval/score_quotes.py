#!/usr/bin/env python3
"""Score extracted quotes against an annotated set (PolNeAR test split).
usage: score_quotes.py TRUTH_DIR PRED.jsonl [MIN_DIRECT_F1 MIN_SPEAKER MIN_SPEECH_RECALL] [--ids FILE | --exclude FILE]
Truth lines: {id, quotes: [{text, speaker, cue, kind: direct|indirect|mixed}]}; predictions per CONTRACT.md
(kinds direct|partial|indirect; truth 'mixed' = prediction 'partial'). A prediction's "content" (the whole
attributed statement), where present, is scored in place of its "text" (the words inside the marks).
--ids FILE scores only the articles listed in FILE (one id a line); --exclude FILE all but those.
--list [KIND] (this project's addition) prints, article by article, the truth quotes not found and the predictions
found in no truth quote (of KIND: direct, partial, indirect, speech or any; default all). It lists tuning articles only:
it needs --exclude with the validation ids, and refuses --ids, so validation pages are never read one by one.

Two views, because annotators and extractors cut quotations differently (one long attributed statement in the
truth is often two or three quoted pieces in an extraction, and the reverse):
strict   : one-to-one pairs whose shared word tokens cover >= 80% of the longer text (the turn-1 scorer).
pieces   : a prediction counts when >= 80% of its tokens lie inside one truth quote of the same kind; a truth
           quote is found when the predictions lying inside it cover >= 80% of its tokens together.
speaker  : over found direct truth quotes whose speaker is not a bare pronoun: right when the speaker of the
           largest prediction inside it shares a content word with the truth speaker ('Kabulov' ~ 'Zamir Kabulov').
speech   : recall of truth indirect quotes whose cue is a plain speech verb (said, told, according to, ...),
           found at 50% coverage by predictions of any kind: reported speech that a reader sees at once.
Exit 0 when pieces-direct F1, speaker accuracy and speech recall reach the optional minimums."""
import json, re, sys
from collections import Counter

TOK = re.compile(r"\w+", re.UNICODE)
PRON = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "its", "their", "who", "this",
        "that", "which", "one"}
STOP = PRON | {"the", "a", "an", "of", "and", "in", "on", "for", "to", "mr", "mrs", "ms", "dr", "s", "said"}
SPEECH = re.compile(r"^(?:\w+ )?(?:said|says|say|saying|told|tells|tell|telling|according to|added|adds|stated|"
                    r"states|announced|announces|explained|explains|wrote|writes|asked|asks|noted|notes|"
                    r"declared|declares|replied|replies|insisted|insists|warned|warns|argued|argues|"
                    r"claimed|claims|reported|reports)$", re.I)
KIND = {"direct": "direct", "mixed": "partial", "partial": "partial", "indirect": "indirect"}


def toks(s):
    return [t.lower() for t in TOK.findall(s or "")]


def inside(p, t):
    """Share of p's tokens that occur in t (multiset)."""
    return sum((Counter(p) & Counter(t)).values()) / len(p) if p else 0.0


def shown(q, width=160):
    """A quote's text (or content) on one line, cut to width."""
    text = " ".join((q.get("content") or q.get("text") or "").split())
    return text if len(text) <= width else text[:width - 3] + "..."


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[str(r.get("id"))] = r
    return out


def prf(m_p, n_p, m_t, n_t):
    P = m_p / n_p if n_p else 0.0
    R = m_t / n_t if n_t else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def strict_pairs(truth, pred):
    used, n = set(), 0
    for t in truth:
        best, bi = 0.0, None
        for i, p in enumerate(pred):
            if i in used:
                continue
            a, b = t["_t"], p["_t"]
            c = sum((Counter(a) & Counter(b)).values()) / max(len(a), len(b)) if a and b else 0.0
            if c > best:
                best, bi = c, i
        if bi is not None and best >= 0.8:
            used.add(bi)
            n += 1
    return n


def main():
    args = sys.argv[1:]
    only = skip = None
    listing = None
    if "--list" in args:
        i = args.index("--list")
        listing = "all"
        if i + 1 < len(args) and args[i + 1] in ("direct", "partial", "indirect", "speech", "any", "all"):
            listing = args.pop(i + 1)
        del args[i]
        if "--ids" in args or "--exclude" not in args:
            sys.exit("score_quotes: --list reads tuning articles only: give --exclude with the validation ids, not --ids")
    for flag in ("--ids", "--exclude"):
        if flag in args:
            i = args.index(flag)
            ids = {l.strip() for l in open(args[i + 1]) if l.strip()}
            only, skip = (ids, None) if flag == "--ids" else (None, ids)
            del args[i:i + 2]
    truth = load(args[0].rstrip("/") + "/truth.jsonl")
    truth = {k: v for k, v in truth.items() if (only is None or k in only) and (skip is None or k not in skip)}
    pred = load(args[1])
    kinds = ("direct", "partial", "indirect")
    strict = {k: [0, 0, 0] for k in kinds}          # matched, predicted, truth
    pieces = {k: [0, 0, 0, 0] for k in kinds}       # preds inside, predicted, truth found, truth
    any_found = any_total = 0
    sp_ok = sp_n = 0
    sp_found = sp_total = 0
    missing = 0
    for aid, t in truth.items():
        rec = pred.get(aid)
        if rec is None:
            missing += 1
        pq = [dict(q, _t=toks(q.get("content") or q.get("text")), _k=KIND.get((q.get("kind") or "direct").lower(), "direct"))
              for q in (rec or {}).get("quotes") or []]
        tq = [dict(q, _t=toks(q["text"]), _k=KIND[q["kind"]]) for q in t["quotes"]]
        lines = []
        for k in kinds:
            tk = [q for q in tq if q["_k"] == k]
            pk = [q for q in pq if q["_k"] == k]
            s = strict[k]
            s[0] += strict_pairs(tk, pk); s[1] += len(pk); s[2] += len(tk)
            c = pieces[k]
            c[1] += len(pk); c[3] += len(tk)
            home = {}
            for i, p in enumerate(pk):
                best, bj = 0.0, None
                for j, q in enumerate(tk):
                    v = inside(p["_t"], q["_t"])
                    if v > best:
                        best, bj = v, j
                if bj is not None and best >= 0.8:
                    c[0] += 1
                    home.setdefault(bj, []).append(p)
                elif listing in (k, "all"):
                    lines.append(f"  EXTRA {k:8s} [{p.get('paragraph')}] {p.get('speaker')} ({p.get('cue')}): {shown(p)}")
            for j, q in enumerate(tk):
                got = home.get(j, [])
                cov = Counter()
                for p in got:
                    cov |= Counter(p["_t"]) & Counter(q["_t"])
                if q["_t"] and sum(cov.values()) / len(q["_t"]) >= 0.8:
                    c[2] += 1
                    if k == "direct":
                        ts = set(toks(q.get("speaker"))) - STOP
                        if ts:
                            sp_n += 1
                            big = max(got, key=lambda p: len(p["_t"]))
                            right = bool(ts & (set(toks(big.get("speaker"))) - STOP))
                            sp_ok += right
                            if not right and listing in (k, "all"):
                                lines.append(f"  WHO   {k:8s} {q.get('speaker')} ({q.get('cue')}), got {big.get('speaker')}: {shown(q)}")
                elif listing in (k, "all"):
                    part = f" ({sum(cov.values())}/{len(q['_t'])} by {len(got)})" if got else ""
                    lines.append(f"  MISS  {k:8s} {q.get('speaker')} ({q.get('cue')}){part}: {shown(q)}")
        # any kind: is the truth quote's content covered by predictions of any kind?
        for q in tq:
            got = [p for p in pq if inside(p["_t"], q["_t"]) >= 0.8]
            cov = Counter()
            for p in got:
                cov |= Counter(p["_t"]) & Counter(q["_t"])
            share = sum(cov.values()) / len(q["_t"]) if q["_t"] else 0.0
            any_total += 1
            any_found += share >= 0.5
            if q["_k"] == "indirect" and SPEECH.match((q.get("cue") or "").strip()):
                sp_total += 1
                sp_found += share >= 0.5
                if share < 0.5 and listing == "speech":
                    lines.append(f"  MISS  speech   {q.get('speaker')} ({q.get('cue')}) {share:.2f}: {shown(q)}")
            elif share < 0.5 and listing == "any":
                lines.append(f"  MISS  {q['_k']:8s} {q.get('speaker')} ({q.get('cue')}) {share:.2f}: {shown(q)}")
        if lines:
            print(f"{aid}")
            print("\n".join(lines))
    out = {}
    for k in kinds:
        sP, sR, sF = prf(strict[k][0], strict[k][1], strict[k][0], strict[k][2])
        pP, pR, pF = prf(pieces[k][0], pieces[k][1], pieces[k][2], pieces[k][3])
        out[k] = {"truth": strict[k][2], "predicted": strict[k][1], "strict_f1": round(sF, 3),
                  "pieces_p": round(pP, 3), "pieces_r": round(pR, 3), "pieces_f1": round(pF, 3)}
        print(f"{k:8s}: pieces P {pP:.3f} R {pR:.3f} F1 {pF:.3f} | strict P {sP:.3f} R {sR:.3f} F1 {sF:.3f} "
              f"({strict[k][2]} in truth, {strict[k][1]} predicted)")
    spk = sp_ok / sp_n if sp_n else 0.0
    speech = sp_found / sp_total if sp_total else 0.0
    anyr = any_found / any_total if any_total else 0.0
    print(f"speaker right {spk:.3f} of {sp_n} found named direct quotes")
    print(f"speech-verb indirect recall {speech:.3f} of {sp_total}; any-kind recall {anyr:.3f} of {any_total}"
          + (f"; {missing} articles missing from predictions" if missing else ""))
    out.update(speaker=round(spk, 3), speech_recall=round(speech, 3), any_recall=round(anyr, 3), missing=missing)
    print(json.dumps(out))
    need = [float(x) for x in args[2:5]]
    got = [out["direct"]["pieces_f1"], spk, speech][:len(need)]
    sys.exit(0 if all(g >= n for g, n in zip(got, need)) else 1)


if __name__ == "__main__":
    main()
