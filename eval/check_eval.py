#!/usr/bin/env python3
"""How well `nutgraf check --jsonl` tells supported summaries from corrupt ones, beside the
lexical baselines (ROUGE-1/2/L precision of the summary against the article).

  python3 eval/corrupt.py DATA/cnndm-validation.jsonl > /tmp/pairs.jsonl
  python3 eval/check_eval.py /tmp/pairs.jsonl [--bin target/release/nutgraf]

Pairwise accuracy: for each corrupt summary, whether the metric scores its article's supported
summary higher (ties count half). AUC: all supported against all corrupt summaries.
Needs `pip install rouge-score`.
"""

import argparse
import collections
import json
import subprocess
import sys
import time


def auc(pos, neg):
    """Mann-Whitney AUC with ties counted half."""
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, i, n = 0.0, 0, len(allv)
    while i < n:
        j = i
        while j < n and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs")
    ap.add_argument("--bin", default="target/release/nutgraf")
    ap.add_argument("--no-rouge", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.pairs, encoding="utf-8") if l.strip()]
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"], "summary": r["summary"]}) + "\n"
                  for r in rows)
    t0 = time.perf_counter()
    p = subprocess.run([args.bin, "check", "--jsonl"], input=inp.encode(), capture_output=True,
                       check=True)
    wall = time.perf_counter() - t0
    out = [json.loads(l) for l in p.stdout.decode().splitlines()]
    assert len(out) == len(rows)
    metrics = {"nutgraf": [o["score"] for o in out]}
    kinds = collections.Counter()
    for r, o in zip(rows, out):
        if r["label"] == 0:
            kinds.update({r["type"] + ":" + f["kind"] for f in o["findings"]})
    if not args.no_rouge:
        # The baselines are slow (pure Python LCS): cached beside the pairs.
        cache = args.pairs + ".rouge.json"
        try:
            with open(cache, encoding="utf-8") as f:
                base = json.load(f)
            assert len(base["ROUGE-1 P"]) == len(rows)
        except (OSError, ValueError, KeyError, AssertionError):
            from rouge_score import rouge_scorer
            sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
            base = {"ROUGE-1 P": [], "ROUGE-2 P": [], "ROUGE-L P": []}
            for r in rows:
                # (target, prediction): precision is the share of the summary found in the article.
                s = sc.score(r["text"], r["summary"])
                base["ROUGE-1 P"].append(s["rouge1"].precision)
                base["ROUGE-2 P"].append(s["rouge2"].precision)
                base["ROUGE-L P"].append(s["rougeL"].precision)
            with open(cache, "w", encoding="utf-8") as f:
                json.dump(base, f)
        metrics.update(base)
    types = sorted({r["type"] for r in rows if r["label"] == 0})
    print(f"{len(rows)} summaries, {sum(r['label'] == 0 for r in rows)} corrupt; "
          f"nutgraf check --jsonl: {wall:.2f} s wall")
    head = f"{'metric':<11} {'AUC':>6} {'pairs':>6} " + " ".join(f"{t:>8}" for t in types)
    print(head)
    for name, vals in metrics.items():
        ref = {r["pair"]: v for r, v in zip(rows, vals) if r["label"] == 1}
        per = collections.defaultdict(list)
        for r, v in zip(rows, vals):
            if r["label"] == 0 and r["pair"] in ref:
                a = ref[r["pair"]]
                per[r["type"]].append(1.0 if a > v else 0.5 if a == v else 0.0)
        allp = [x for t in types for x in per[t]]
        pos = [v for r, v in zip(rows, vals) if r["label"] == 1]
        neg = [v for r, v in zip(rows, vals) if r["label"] == 0]
        print(f"{name:<11} {auc(pos, neg):6.3f} {sum(allp) / len(allp):6.3f} "
              + " ".join(f"{sum(per[t]) / len(per[t]):8.3f}" for t in types))
    print("findings on corrupt summaries (type:kind):",
          ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
