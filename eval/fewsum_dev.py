#!/usr/bin/env python3
"""Builds the review development set used for collections (docs/quality.md) from FewSum's gold
summaries: eight Amazon or Yelp reviews of one item -> three written summaries.

  python3 eval/fewsum_dev.py DIR OUT.jsonl [--k 3]

DIR holds `amazon-val.csv`, `amazon-train.csv`, `yelp-val.csv`, `yelp-train.csv`: the files
`artifacts/{amazon,yelp}/gold_summs/{val,train}.csv` of github.com/abrazinskas/FewSum
(tab-separated: cat, group_id, rev1..rev8, summ1..summ3[, rating1..rating8]). The `test.csv`
files are left out on purpose: they are the held-out kind this set stands for. Each record is
`{"id", "text": the reviews joined by blank lines, "refs": summaries one sentence per line, "k"}`.
"""
import argparse, csv, json, os, re

SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def sentences(s):
    return [x.strip() for x in SPLIT.split(s.strip()) if x.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("out")
    ap.add_argument("--k", type=int, default=3)
    a = ap.parse_args()
    csv.field_size_limit(10**9)
    n = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for dom in ("amazon", "yelp"):
            for split in ("val", "train"):
                with open(os.path.join(a.dir, f"{dom}-{split}.csv"), encoding="utf-8", newline="") as f:
                    rows = list(csv.reader(f, delimiter="\t"))
                header = rows[0]
                for r in rows[1:]:
                    d = dict(zip(header, r))
                    rec = {
                        "id": f"{dom}-{split}-{d['group_id']}",
                        "text": "\n\n".join(d[f"rev{i}"].strip() for i in range(1, 9)),
                        "refs": ["\n".join(sentences(d[f"summ{i}"])) for i in range(1, 4)],
                        "k": a.k,
                    }
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
    print(f"{n} records -> {a.out}")


if __name__ == "__main__":
    main()
