#!/usr/bin/env python3
"""Supported / unsupported summary pairs for `nutgraf check` (issue 12).

The human highlights of a CNN/DailyMail article are its supported summary; each corrupt copy
changes one thing, the recipe used to train factual-consistency checkers (FactCC):

  number   a number swapped (for another number of the article when it has one)
  date     a year, month or weekday swapped
  name     a name swapped for another name of the same article
  negation a "not" added after an auxiliary verb (or removed)
  flip     a word swapped for its opposite (rose/fell, won/lost, more/fewer)
  add      a highlight of another article added

Usage: python3 eval/corrupt.py DATA/cnndm-validation.jsonl > pairs.jsonl
Output lines: {"id","text","summary","label","type","pair"}; label 1 = supported. Standard
library only; deterministic (--seed).
"""

import argparse
import json
import random
import re
import sys

WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty").split()
TENS = "thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
AUX = {"is", "was", "are", "were", "has", "have", "had", "will", "can", "could", "would",
       "should", "did", "does", "do", "must"}
OPPOSITES = [("rose", "fell"), ("rise", "fall"), ("increase", "decrease"), ("increased", "decreased"),
             ("won", "lost"), ("win", "lose"), ("wins", "loses"), ("more", "fewer"), ("higher", "lower"),
             ("before", "after"), ("best", "worst"), ("largest", "smallest"), ("biggest", "smallest"),
             ("guilty", "innocent"), ("approved", "rejected"), ("older", "younger"),
             ("survived", "died"), ("allowed", "banned"), ("first", "last"), ("up", "down")]
FLIP = {**{a: b for a, b in OPPOSITES}, **{b: a for a, b in OPPOSITES}}
NUM = re.compile(r"^\d[\d,]*(\.\d+)?$")
YEAR = re.compile(r"^(19|20)\d\d$")
CAP = re.compile(r"^[A-Z][a-z'’.-]+$|^[A-Z]{2,}$")
STOP_CAPS = set(MONTHS) | set(DAYS) | {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "This", "That",
    "In", "On", "At", "But", "And", "After", "Before", "When", "CNN", "Mr", "Mrs", "Ms", "Dr", "U.S.",
    "Police", "President", "New", "One", "Two", "Some", "Many", "More", "Most", "Officials"}


def name_spans(tokens):
    """Runs of capitalized tokens (not a lone sentence-initial word)."""
    spans, i = [], 0
    while i < len(tokens):
        if CAP.match(tokens[i]) and tokens[i] not in STOP_CAPS:
            j = i
            while j + 1 < len(tokens) and CAP.match(tokens[j + 1]) and tokens[j + 1] not in STOP_CAPS:
                j += 1
            initial = i == 0 or tokens[i - 1] in {".", "!", "?", "``", '"', ":"}
            if not (initial and j == i):
                spans.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return spans


def number_value(tok):
    t = tok.lower()
    if NUM.match(t):
        return t
    if t in WORDS or t in TENS:
        return t
    return None


def corrupt_number(tokens, art_tokens, rng):
    cands = [i for i, t in enumerate(tokens) if number_value(t) and not YEAR.match(t)
             and t.lower() not in ("one", "zero")]
    if not cands:
        return None
    i = rng.choice(cands)
    old = tokens[i]
    art_nums = sorted({t for t in art_tokens if NUM.match(t) and not YEAR.match(t) and t != old})
    if art_nums and rng.random() < 0.5:
        new = rng.choice(art_nums)
    elif NUM.match(old):
        v = float(old.replace(",", ""))
        delta = max(1, round(abs(v) * rng.uniform(0.1, 0.5)))
        nv = v + delta if rng.random() < 0.5 or v - delta <= 0 else v - delta
        new = str(int(nv)) if nv == int(nv) else f"{nv:.1f}"
    else:
        pool = [w for w in WORDS[2:] + TENS if w != old.lower()]
        new = rng.choice(pool)
        if old[0].isupper():
            new = new.capitalize()
    out = tokens[:]
    out[i] = new
    return out


def corrupt_date(tokens, art_tokens, rng):
    cands = [i for i, t in enumerate(tokens) if YEAR.match(t) or t in MONTHS or t in DAYS]
    if not cands:
        return None
    i = rng.choice(cands)
    old = tokens[i]
    if YEAR.match(old):
        new = str(int(old) + rng.choice([-3, -2, -1, 1, 2, 3]))
    elif old in MONTHS:
        new = rng.choice([m for m in MONTHS if m != old])
    else:
        new = rng.choice([d for d in DAYS if d != old])
    out = tokens[:]
    out[i] = new
    return out


def corrupt_name(tokens, art_tokens, rng):
    spans = name_spans(tokens)
    if not spans:
        return None
    s, e = rng.choice(spans)
    old = tokens[s:e]
    in_summary = {" ".join(tokens[a:b]) for a, b in spans}
    others = [art_tokens[a:b] for a, b in name_spans(art_tokens)]
    others = [o for o in others if " ".join(o) not in in_summary
              and not set(o) & set(old) and len(o) == len(old)]
    if not others:
        return None
    new = rng.choice(others)
    return tokens[:s] + new + tokens[e:]


def corrupt_negation(tokens, art_tokens, rng):
    cands = [i for i, t in enumerate(tokens[:-1]) if t.lower() in AUX]
    if not cands:
        return None
    i = rng.choice(cands)
    out = tokens[:]
    if out[i + 1].lower() in ("not", "n't", "never"):
        del out[i + 1]
    else:
        out.insert(i + 1, "not")
    return out


def corrupt_flip(tokens, art_tokens, rng):
    cands = [i for i, t in enumerate(tokens) if t.lower() in FLIP]
    if not cands:
        return None
    i = rng.choice(cands)
    out = tokens[:]
    new = FLIP[out[i].lower()]
    out[i] = new.capitalize() if out[i][0].isupper() else new
    return out


def tokenize(text):
    return re.findall(r"\w[\w,.'’-]*\w|\w|[^\w\s]", text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    if args.limit:
        docs = docs[: args.limit]
    kinds = [("number", corrupt_number), ("date", corrupt_date), ("name", corrupt_name),
             ("negation", corrupt_negation), ("flip", corrupt_flip)]
    for n, d in enumerate(docs):
        ref = d["refs"][0]
        highlights = [h.strip() for h in ref.split("\n") if h.strip()]
        art_tokens = tokenize(d["text"])
        base = {"text": d["text"]}
        print(json.dumps({**base, "id": f"{d['id']}:ref", "summary": ref, "label": 1,
                          "type": "ref", "pair": d["id"]}))
        for kind, f in kinds:
            order = list(range(len(highlights)))
            rng.shuffle(order)
            for h in order:
                toks = highlights[h].split(" ")
                out = f(toks, art_tokens, rng)
                if out and out != toks:
                    hs = highlights[:]
                    hs[h] = " ".join(out)
                    print(json.dumps({**base, "id": f"{d['id']}:{kind}", "summary": "\n".join(hs),
                                      "label": 0, "type": kind, "pair": d["id"]}))
                    break
        other = docs[(n + 1 + rng.randrange(len(docs) - 1)) % len(docs)] if len(docs) > 1 else None
        if other is not None:
            oh = [h.strip() for h in other["refs"][0].split("\n") if h.strip()]
            extra = rng.choice(oh)
            hs = highlights[:]
            hs.insert(rng.randrange(len(hs) + 1), extra)
            print(json.dumps({**base, "id": f"{d['id']}:add", "summary": "\n".join(hs), "label": 0,
                              "type": "add", "pair": d["id"]}))


if __name__ == "__main__":
    sys.exit(main())
