#!/usr/bin/env python3
"""Classic baselines on a development set: Lead-k and sumy's TextRank, LexRank, LSA and Luhn
(stop words and Snowball stemmer of the set's language), sentences by pySBD per blank-line
paragraph (this machine has no NLTK punkt data, which the tables in the data folder's README
used). `--eq` cuts each summary to each reference's length in words first, as
`eval/equal_length.py` does for nutgraf.

  pip install sumy pysbd rouge-score nltk
  python3 eval/baselines.py SET.jsonl [K] [--eq]
"""

import json, re, sys
import pysbd
from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
class Tok:
    def to_words(self, s): return re.findall(r"[A-Za-z0-9']+", s)
tok = Tok()
seg = pysbd.Segmenter(language="en", clean=False)
recs = [json.loads(l) for l in open(sys.argv[1])]
k = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else recs[0]["k"]
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import score as S
lang = recs[0].get("lang", "en")
_, tokz = S.tokenizer_for(lang if lang != "en" else None)
sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True, **({"tokenizer": tokz} if tokz else {}))
L = {"en": "english", "de": "german"}[lang]
seg = pysbd.Segmenter(language=lang, clean=False)
stem = Stemmer(L); stop = get_stop_words(L)
EQ = "--eq" in sys.argv
def cut(sents, n):
    words, out = 0, []
    for s in sents:
        w = s.split()
        if words + len(w) >= n:
            out.append(" ".join(w[: n - words])); break
        out.append(" ".join(w)); words += len(w)
    return "\n".join(out)
methods = {}
for name, cls in [("TextRank", TextRankSummarizer), ("LexRank", LexRankSummarizer), ("LSA", LsaSummarizer), ("Luhn", LuhnSummarizer)]:
    m = cls(stem); m.stop_words = stop; methods[name] = m
agg = {n: [0, 0, 0] for n in ["Lead"] + list(methods)}
for r in recs:
    paras = [p.strip() for p in re.split(r"\n\s*\n", r["text"]) if p.strip()]
    sents = [[s.strip() for s in seg.segment(p) if s.strip()] for p in paras]
    flat = [s for p in sents for s in p]
    doc = ObjectDocumentModel([Paragraph([Sentence(s, tok) for s in p]) for p in sents])
    outs = {"Lead": flat[:k]}
    for n, m in methods.items():
        outs[n] = [str(s) for s in m(doc, k)]
    for n, o in outs.items():
        t = "\n".join(o)
        s = [sc.score(ref, cut(o, len(ref.split())) if EQ else t) for ref in r["refs"]]
        for i, key in enumerate(["rouge1", "rouge2", "rougeLsum"]):
            agg[n][i] += max(x[key].fmeasure for x in s)
for n, v in agg.items():
    print(f"{n:9s} R1 {100*v[0]/len(recs):6.2f}  R2 {100*v[1]/len(recs):6.2f}  RLsum {100*v[2]/len(recs):6.2f}")
