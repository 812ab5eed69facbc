#!/usr/bin/env python3
"""Scores nutgraf at equal length, as DUC scored long documents: each summary (k sentences, from
`nutgraf summarize --jsonl --sentences K`) is cut to each reference's length in words before
ROUGE against that reference; best over references, mean over documents.

  python3 eval/equal_length.py DATA/qmsum-dev.jsonl [--bin target/release/nutgraf]
      [--score eval/score.py] [--lead]

Tokenizers and the run of the binary come from the standard scorer (`--score`), so the figures
differ from it only by the cut.
"""
import argparse, importlib.util, json, sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cut(hyp_sents, n):
    words, out = 0, []
    for s in hyp_sents:
        w = s.split()
        if words + len(w) >= n:
            out.append(" ".join(w[: n - words]))
            break
        out.append(" ".join(w))
        words += len(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set")
    ap.add_argument("--bin", default="target/release/nutgraf")
    ap.add_argument("--score", default=str(__import__("pathlib").Path(__file__).with_name("score.py")))
    ap.add_argument("--lead", action="store_true")
    a = ap.parse_args()
    sc_mod = load_scorer(a.score)
    recs = [json.loads(l) for l in open(a.set, encoding="utf-8") if l.strip()]
    lang = recs[0].get("lang") or "en"
    _, tok = sc_mod.tokenizer_for(lang)
    rs = sc_mod.rouge_scorer
    scorer = rs.RougeScorer(sc_mod.METRICS, use_stemmer=True) if tok is None else rs.RougeScorer(sc_mod.METRICS, tokenizer=tok)
    by_k = {}
    for r in recs:
        by_k.setdefault(r["k"], []).append(r)
    outs = {}
    for k, group in by_k.items():
        o, _ = sc_mod.run(a.bin, ["summarize", "--jsonl", "--sentences", str(k)], group)
        outs.update(o)
    systems = {"nutgraf": outs}
    if a.lead:
        sents, _ = sc_mod.run(a.bin, ["sentences", "--jsonl"], recs)
        systems["Lead-k"] = {r["id"]: sents.get(r["id"], [])[: r["k"] * 4] for r in recs}
    for name, out in systems.items():
        tot = dict.fromkeys(sc_mod.METRICS, 0.0)
        words = 0
        for r in recs:
            hyp = out.get(r["id"], [])
            for m in sc_mod.METRICS:
                best = 0.0
                for ref in r["refs"]:
                    h = "\n".join(cut(hyp, len(ref.split())))
                    best = max(best, scorer.score(ref, h)[m].fmeasure)
                tot[m] += best
            words += sum(len(s.split()) for s in hyp)
        s = {m: 100 * v / len(recs) for m, v in tot.items()}
        print(f"{name:8} R1 {s['rouge1']:6.2f}  R2 {s['rouge2']:6.2f}  RLsum {s['rougeLsum']:6.2f}   "
              f"equal length, {len(recs)} docs, {words / len(recs):.0f} words per summary before the cut")


if __name__ == "__main__":
    sys.exit(main())
