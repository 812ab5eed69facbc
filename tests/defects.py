#!/usr/bin/env python3
"""Defect classes of issue 9 in nutgraf's summaries (dev script, standard library only).

Runs the binary over ../shared/data/markdown-dev/*.md (one process per file and budget),
gumsum-dev.jsonl and cnndm-validation.jsonl (batch mode, `summarize --jsonl`) at three budgets
(default, --sentences 1, --words 40) and counts, per set x budget:

  hard   markup    Markdown/HTML syntax in the plain text a reader sees (link/image syntax,
                   reference labels, backticks, emphasis markers, footnote refs, HTML tags,
                   URLs that were only link destinations)
         template  {{ }}, {% %}, kramdown {: }, :::, !!!, MDX import/export, <JsxComponent>,
                   HTML comments (in the plain text, or in the source sentence outside code)
         colon     a picked sentence ending in ':'
         fragment  no sentence-final punctuation, a run-on heading/list item (line break after a
                   heading-like line), ALL-CAPS label, citation/bracket only, a split inside a
                   code span or link, a bold term's description ("**Term**, making …")
         overrun   --words 40: more than 40 words; --sentences 1: more than one sentence
         empty     empty summary, failed run or no output for a document
  soft   dangling  opens with a pronoun/connective pointing back (DANGLING_OPENERS) while the
                   document sentence just before it is not picked
         question  ends in '?'
         short     under 4 words
         unfinished  trails off in an ellipsis; a run of consecutive picked sentences that
                   leaves a double quotation open or closes one it never opened
  soft/100 = (dangling + question + short + unfinished) per 100 picked sentences (issue 9 target: <= 2).

Sentence-level classes are counted per picked sentence (its `plain` when the engine gives one,
else its `text` with white space folded); overrun and empty per summary; markup/template found
only in `summary` (not attributable to a sentence) count once for that summary; without `plain`,
a sentence's markup counts only while the summary shows markup too. Code-span content shown as
plain text (`Vec<T>`, `**kwargs`, `{{ page.title }}` quoted in backticks) is not markup. A
space before a final period ("Walrus .", how CNN/DM marks a line end) is not punctuation.

Usage (from the repository root, after `cargo build --release`):
  python3 tests/defects.py                         # table for all sets and budgets
  python3 tests/defects.py --show fragment --limit 20   # examples with doc id and reason
  python3 tests/defects.py --json > before.json    # counts as JSON, to diff before/after
  python3 tests/defects.py --sets markdown,gumsum --budgets default,w40 --cnn-limit 200
  python3 tests/defects.py --bin path/to/nutgraf --strict   # exit 1 on any hard defect or soft/100 > 2
"""

import argparse
import concurrent.futures as cf
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))

SETS = ("markdown", "gumsum", "cnndm")
BUDGETS = {"default": [], "s1": ["--sentences", "1"], "w40": ["--words", "40"]}
WORD_LIMIT = 40
HARD = ("markup", "template", "colon", "fragment", "overrun", "empty")
SOFT = ("dangling", "question", "short", "unfinished")
CLASSES = HARD + SOFT

# Openings that point back to something earlier (case-insensitive; a phrase matches whole words).
DANGLING_OPENERS = (
    "this", "that", "these", "those", "it", "they", "he", "she", "him", "his", "her", "hers",
    "its", "their", "them", "but", "however", "so", "also", "then", "thus", "therefore",
    "moreover", "furthermore", "meanwhile", "instead", "still", "yet", "and", "or", "such",
    "there", "here", "hence", "consequently", "accordingly", "nevertheless", "nonetheless",
    "otherwise", "besides", "likewise", "similarly", "additionally", "afterwards",
    "as a result", "in addition", "for example", "for instance", "on the other hand",
    "in other words", "in contrast", "by contrast", "in fact", "as such", "in turn",
    "after that", "at the same time", "even so", "that said", "because of this",
    "despite this", "in that case", "to that end", "nor", "e.g.", "i.e.",
)
# Pronouns that point back when they open the sentence after a short introductory phrase
# ("If needed, that's in my book", "In 2015, they …") or stand as the object of an opening
# gerund ("Porting it offered us …").
INNER_PRONOUNS = ("it", "they", "he", "she", "this", "that", "these", "those", "them")
_AFTER_INTRO = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}, (%s)(?![\w'’-])(.{0,24})" % "|".join(INNER_PRONOUNS))
_GERUND_OBJECT = re.compile(r"^[A-Z]\w+ing (it|them|this|these|those)\b(?! is\b| are\b)")
_FINAL_DEMONSTRATIVE = re.compile(r"\b(this|that|these|those)\W*$", re.I)
# Openings that start like one of the above but do not point back.
NOT_DANGLING = ("in addition to", "so far", "so-called", "then-", "so many", "so much",
                # Existential "there" and placeholder "it" point at nothing before them.
                "there is ", "there are ", "there was ", "there were ", "there's ", "there’s ",
                "there will ", "there has ", "there have ", "there had ", "it is unclear",
                "it's unclear", "it is not clear", "it's not clear", "it was unclear",
                "it is time", "it's time", "it was time")
_OPENER_RE = re.compile(
    r"(?:%s)(?![\w'’-])" % "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(DANGLING_OPENERS, key=len, reverse=True)),
    re.I)
# A source line ending in one of these words is a hard-wrapped sentence, not a heading.
FUNCTION_WORDS = set(
    "a an the of to in on at for from with by as and or but nor if than that which who whom whose "
    "is are was were be been being has have had do does did will would can could should may might "
    "must not no its their his her our your my this these those into onto over under about via "
    "per between across after before since until while when where how why what".split())

FINAL = ".!?…。！？‼⁇⁈⁉"
CLOSERS = "\"'”’»›)]}」』）】*_ \t\r\n\u00a0"
_TRAILING_CITE = re.compile(r"(?:\s*\[(?:\^[^\]\s]+|[\w ,.\-–]{1,15})\])+\s*$")
_SPACED_STOP = re.compile(r"(?<=[^\s.])\s+\.$")
_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")


def words(s):
    return [t for t in s.split() if any(c.isalnum() for c in t)]


def fold(s):
    return " ".join(s.split())


def trim_end(s):
    """The sentence without trailing white space, closing quotes/brackets and citations."""
    while True:
        t = _TRAILING_CITE.sub("", s).rstrip(CLOSERS)
        t = _SPACED_STOP.sub("", t)  # "Walrus ." (CNN/DM marks a line end so): not punctuation
        while t and unicodedata.category(t[-1]) in ("So", "Sk", "Mn", "Cf"):  # emoji, ZWJ
            t = t[:-1].rstrip(CLOSERS)
        if t == s:
            return s
        s = t


# ---------------------------------------------------------------- documents and runs


class Doc:
    def __init__(self, doc_id, text, markdown, path=None):
        self.id, self.text, self.markdown, self.path = doc_id, text, markdown, path
        self.bytes = text.encode("utf-8")
        self.spans = None  # [(start, end)] of `nutgraf sentences`, byte offsets
        self.code = code_contents(text) if markdown else []
        self.labels = ref_labels(text) if markdown else set()
        self.dests = link_destinations(text)


def code_spans(s):
    """(start, end, content) of inline code spans (backtick runs matched by length) and
    [start of each unmatched run]."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", s)]
    spans, unmatched, i = [], [], 0
    while i < len(runs):
        a, b = runs[i]
        n = b - a
        j = next((j for j in range(i + 1, len(runs)) if runs[j][1] - runs[j][0] == n), None)
        if j is None:
            unmatched.append(a)
            i += 1
            continue
        spans.append((a, runs[j][1], s[b:runs[j][0]]))
        i = j + 1
    return spans, unmatched


def code_contents(text):
    return [fold(c) for _, _, c in code_spans(text)[0] if c.strip()]


def strip_code(s):
    spans, _ = code_spans(s)
    for a, b, _c in reversed(spans):
        s = s[:a] + " " + s[b:]
    return s


def norm_label(s):
    return fold(s).lower()


def ref_labels(text):
    return {norm_label(m.group(1)) for m in re.finditer(r"(?m)^ {0,3}\[([^\]\^][^\]]*)\]:\s*\S", text)}


_DEST_RES = (
    re.compile(r"\]\(\s*<?([^)\s>]+)"),
    re.compile(r"(?m)^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)"),
    re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.I),
)


def link_destinations(text):
    out = []
    for rx in _DEST_RES:
        out += [m.group(1) for m in rx.finditer(text)]
    return out


def load_set(name, cnn_limit):
    if name == "markdown" or os.path.isdir(name):
        # A folder of documents (.md, .markdown, .txt), one process per file and budget.
        folder = os.path.join(DATA, "markdown-dev") if name == "markdown" else name
        docs = []
        for path in sorted(glob.glob(os.path.join(folder, "*"))):
            ext = os.path.splitext(path)[1].lower()
            if ext not in (".md", ".markdown", ".txt"):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                docs.append(Doc(os.path.basename(path), f.read(), ext != ".txt", path))
        return docs
    # Any other name is a summarisation .jsonl file (relative to the data folder or absolute).
    fname = {"gumsum": "gumsum-dev.jsonl", "cnndm": "cnndm-validation.jsonl"}.get(name, name)
    docs = []
    with open(os.path.join(DATA, fname), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                docs.append(Doc(str(r["id"]), r["text"], False))
    return docs[:cnn_limit] if name == "cnndm" else docs


def run(cmd, stdin=None, timeout=300):
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"defects: {' '.join(cmd[:3])}…: {e}", file=sys.stderr)
        return -1, ""


def parse_json(s):
    try:
        v = json.loads(s)
        return v if isinstance(v, dict) else None
    except ValueError:
        return None


def batch(bin_, args, docs):
    """`nutgraf <args> --jsonl` over docs: {id: record} (missing ids: failed or skipped)."""
    payload = "".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in docs).encode()
    _, out = run([bin_] + args + ["--jsonl"], stdin=payload)
    recs = {}
    for line in out.splitlines():
        r = parse_json(line)
        if r is not None and "id" in r:
            recs[str(r["id"])] = r
    return recs


def summarize_all(bin_, name, docs, budgets, pool):
    """{budget: {doc id: summary record or None}}; also fills doc.spans."""
    futs = {}
    if docs and docs[0].path:
        for d in docs:
            futs[("spans", d.id)] = pool.submit(run, [bin_, "sentences", "--format", "json", d.path])
            for b in budgets:
                futs[(b, d.id)] = pool.submit(
                    run, [bin_, "summarize", "--format", "json"] + BUDGETS[b] + [d.path])
        res = {b: {} for b in budgets}
        for d in docs:
            rc, out = futs[("spans", d.id)].result()
            v = None
            try:
                v = json.loads(out) if rc == 0 else None
            except ValueError:
                pass
            if isinstance(v, dict):
                v = v.get("sentences")
            if isinstance(v, list):
                d.spans = [(s["start"], s["end"]) for s in v if "start" in s and "end" in s]
            for b in budgets:
                rc, out = futs[(b, d.id)].result()
                res[b][d.id] = parse_json(out) if rc == 0 else None
        return res
    fspans = pool.submit(batch, bin_, ["sentences"], docs)
    fb = {b: pool.submit(batch, bin_, ["summarize"] + BUDGETS[b], docs) for b in budgets}
    spans = fspans.result()
    for d in docs:
        r = spans.get(d.id)
        if r and isinstance(r.get("sentences"), list):
            d.spans = [(s["start"], s["end"]) for s in r["sentences"] if "start" in s and "end" in s]
    return {b: {d.id: fb[b].result().get(d.id) for d in docs} for b in budgets}


# ---------------------------------------------------------------- classifiers

_TAGS = (
    "a abbr address article aside audio b bdi bdo big blockquote br button caption center cite "
    "code col dd del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 "
    "h5 h6 header hr i iframe img input ins kbd label li link mark meta nav noscript object ol "
    "option p picture pre q s samp script section select small source span strike strong style "
    "sub summary sup svg table tbody td textarea tfoot th thead time tr track tt u ul var video wbr")
MARKUP_RES = (
    ("link ](", re.compile(r"\]\(")),
    ("ref link ][", re.compile(r"\]\[")),
    ("image ![", re.compile(r"!\[")),
    ("footnote [^x]", re.compile(r"\[\^[^\]\s]+\]")),
    ("backtick", re.compile(r"`+")),
    # a pair, or an opening run (not the stars of a censored word: "f***")
    ("strong **", re.compile(r"(?<![\w*])\*\*(?=[^\s*]).{0,300}?(?<=[^\s*])\*\*(?![\w*])|(?<![\w*])\*\*(?=\w)")),
    ("strong __", re.compile(r"(?<![\w_])__(?=[^\s_]).{0,300}?(?<=[^\s_])__(?![\w_])|(?<![\w_])__(?=\w)")),
    ("emphasis *x*", re.compile(r"(?<![\w*\\])\*(?=[^\s*])[^*\n]{0,200}?(?<=[^\s*\\])\*(?![\w*])")),
    ("emphasis _x_", re.compile(r"(?<![\w\\])_(?=[^\s_])[^_\n]{0,200}?(?<=[^\s_\\])_(?!\w)")),
    ("html tag", re.compile(r"(?<![\w<])</?(?:%s)(?=[\s/>])[^<>]{0,300}>?" % "|".join(_TAGS.split()), re.I)),
)
TEMPLATE_RES = (
    ("{{ }}", re.compile(r"\{\{.{0,200}?\}\}|\{\{")),
    ("{% %}", re.compile(r"\{%.{0,200}?%\}|\{%")),
    ("kramdown {:", re.compile(r"\{:[^}]{0,100}\}?")),
    ("admonition :::", re.compile(r":::+\s*\w*")),
    ("admonition !!!", re.compile(r"(?:^|(?<=\s))!!!\s+\w*")),
    ("mdx import", re.compile(r"\bimport\s+[\w*{}, ]+?\s+from\s+['\"][^'\"]*['\"]?")),
    ("mdx export", re.compile(r"\bexport\s+(?:default|const|let|var|function|class)\b")),
    ("jsx <Component", re.compile(r"(?<![\w<])</?[A-Z][a-z][A-Za-z0-9.]*(?=[\s/>])[^<>]{0,300}>?")),
    ("html comment", re.compile(r"<!--|-->")),
)
_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+")
_LABEL = re.compile(r"(?<![\]!\\])\[([^\[\]\n^][^\[\]\n]*)\](?![(\[:])")
_PUNCT_EDGE = ".,;:!?'\"“”‘’()[]<>"


def in_code(doc, s, m):
    """The hit (widened to white space) is code content the reader may see as such."""
    if not doc.code:
        return False
    a, b = m.start(), m.end()
    while a > 0 and not s[a - 1].isspace():
        a -= 1
    while b < len(s) and not s[b].isspace():
        b += 1
    cands = {m.group().strip(), s[a:b].strip(_PUNCT_EDGE), s[a:b].strip()}
    cands.discard("")
    return any(c in code for c in cands for code in doc.code)


def markup_hits(doc, s):
    hits = []
    for name, rx in MARKUP_RES:
        for m in rx.finditer(s):
            if not in_code(doc, s, m):
                hits.append(f"{name}: {m.group()[:40]}")
                break
    for m in _LABEL.finditer(s):
        if norm_label(m.group(1)) in doc.labels and not in_code(doc, s, m):
            hits.append(f"ref label: {m.group()[:40]}")
            break
    for m in _URL.finditer(s):
        url = m.group().rstrip(".,;:!?")
        ndest = sum(1 for d in doc.dests if d == url)
        if ndest and doc.text.count(url) <= ndest:
            hits.append(f"link destination URL: {url[:60]}")
            break
    return hits


def template_hits(doc, s, source=False):
    hits = []
    for name, rx in TEMPLATE_RES:
        for m in rx.finditer(s):
            if source or not in_code(doc, s, m):
                hits.append(f"{name}{' (source)' if source else ''}: {m.group()[:40]}")
                break
    return hits


_DEST_PART = re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)")


def source_template_hits(doc, text):
    """Template syntax in the source sentence outside code spans and link destinations."""
    if not doc.markdown:
        return []
    return template_hits(doc, _DEST_PART.sub("]", strip_code(text)), source=True)


_TEMPLATE_LINE = re.compile(r"\s*(?:>\s*)*(?::::|!!!|\{%|\{\{|\{:|<!--|import\s|export\s)")


def runon_reasons(doc, start, end, text):
    """Line breaks inside the sentence after a heading-like line or a list item."""
    src, a, b = doc.bytes, start, end
    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(src)) \
            or src[a:b].decode("utf-8", "replace") != text:
        src, a, b = text.encode("utf-8"), 0, len(text.encode("utf-8"))
    out = []
    p = src.find(b"\n", a, b)
    while p != -1:
        ls = src.rfind(b"\n", 0, p) + 1
        line = src[ls:p].decode("utf-8", "replace").strip()
        q, blank, nxt = p + 1, False, None
        while q < b:
            ne = src.find(b"\n", q)
            ne = len(src) if ne == -1 else ne
            ln = src[q:ne].decode("utf-8", "replace").strip()
            if ln:
                nxt = ln
                break
            blank, q = True, ne + 1
        p_next = src.find(b"\n", p + 1, b)
        before = strip_code(src[a:p].decode("utf-8", "replace")) if doc.markdown else ""
        inside = before.count("[") > before.count("]") or code_spans(before)[1]
        if line and nxt is not None and not inside and not _TEMPLATE_LINE.match(line):
            heading = doc.markdown and bool(re.match(r"#{1,6}(?:\s|$)", line))
            lst = bool(_LIST.match(line)) if doc.markdown else False
            nlst = bool(_LIST.match(nxt)) if doc.markdown else False
            core = _LIST.sub("", line.lstrip("#> ").strip()) if doc.markdown else line
            core_t = trim_end(core)
            last = core_t[-1:] if core_t else ""
            lw = words(core)
            lastw = re.sub(r"\W", "", lw[-1].lower()) if lw else ""
            nfirst = _LIST.sub("", nxt.lstrip("#> ") if doc.markdown else nxt).lstrip("\"'“‘([*_`")[:1]
            why = None
            if last and last in FINAL:
                pass
            elif blank:
                why = "run-on across a block break"
            elif heading:
                why = "run-on heading"
            elif lst and nlst:
                why = "run-on list items"
            elif last in ",;:-–—" or lastw in FUNCTION_WORDS:
                pass
            elif len(lw) <= 8 and len(core) <= 60 and (nfirst.isupper() or nfirst.isdigit()):
                why = "heading-like line"
            if why:
                out.append(f"{why}: {line[:50]!r} + {nxt[:30]!r}")
        p = p_next
    return out


_MD_LINK = re.compile(r"!?\[([^\[\]]*)\](?:\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)|\[[^\[\]]*\])")


def _citation(m):
    inner = m.group()[1:-1]
    if m.group().startswith("["):
        return " "
    if re.search(r"[.!?…][\"'”’]*$", inner.strip()) and not re.search(r"\bal\.$", inner.strip()):
        return m.group()  # a parenthesised sentence
    if re.search(r"\d|\bet al\b", inner) and len(words(inner)) <= 10:
        return " "
    return m.group()


def strip_citations(s):
    """s without link syntax (text kept) and without citation-like bracket groups:
    [anything], (Author, 2003), (12)."""
    for _ in range(3):
        s = _MD_LINK.sub(lambda m: m.group(1), s)
    prev = None
    while prev != s:
        prev, s = s, re.sub(r"\([^()]*\)|\[[^\[\]]*\]", _citation, s)
    return s


def fragment_reasons(doc, plain, text, start, end):
    out = []
    t = trim_end(plain)
    if not any(c.isalpha() for c in plain):
        out.append("citation/bracket only" if re.search(r"[\[(]", plain) else "no words")
    elif not any(c.isalpha() for c in strip_citations(plain)):
        out.append("citation/bracket only")
    elif not t or (t[-1] not in FINAL and t[-1] not in ":："):
        out.append("no final punctuation")
    letters = [c for c in plain if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters) and len(words(plain)) <= 8:
        out.append("ALL CAPS")
    out += runon_reasons(doc, start, end, text)
    if doc.markdown and re.match(r"\s*(\*\*|__).+?\1\s*[,:—–-]?\s*(?:[a-z]\w{2,}ing|to)\b", text):
        out.append("a bold term's description, no clause (**Term**, making …)")
    if doc.markdown:
        _, unmatched = code_spans(text)
        if unmatched:
            out.append("split inside a code span (unbalanced backticks)")
        nc = re.sub(r"\\[\[\]()]", "", strip_code(text))
        if nc.count("[") != nc.count("]"):
            out.append("split inside link text (unbalanced [ ])")
        elif "](" in nc and nc.count("(") != nc.count(")"):
            out.append("split inside a link destination (unbalanced ( ))")
    return out


def opener(plain, text):
    """The dangling opening of a sentence, or None. A lower-case opening (`it` the Ruby
    keyword, a code identifier) or one in a code span is not a pronoun."""
    s = plain.lstrip(" \t\n\"'“‘«‹([{*_#>-–—•·")
    m = _OPENER_RE.match(s)
    if not m or not m.group()[0].isupper() or text.lstrip(" \t\n\"'“‘«‹([{*_#>-").startswith("`"):
        return None
    if re.sub(r"\s+", " ", s[:20].lower()).startswith(NOT_DANGLING):
        return None
    return re.sub(r"\s+", " ", m.group().lower())


def inner_opener(plain, text):
    """A pronoun pointing back that does not open the sentence but stands right after a short
    introductory phrase, as the object of an opening gerund, or as its last word."""
    if text.lstrip(" \t\n\"'“‘«‹([{*_#>-").startswith("`"):
        return None
    s = plain.lstrip(" \t\n\"'“‘«‹([{*_#>-–—•·")
    m = _AFTER_INTRO.match(s)
    if m:
        after = (m.group(1) + m.group(2)).lower()
        if not re.sub(r"\s+", " ", after).startswith(NOT_DANGLING) and not re.match(
                r"it(?: is|'s|’s| was) (?:\w+ )?(?:to|that|\w+ (?:to|that))\b", after):
            return f"…, {m.group(1)}"
    m = _GERUND_OBJECT.match(s)
    if m:
        return f"… {m.group(1)} (object of the opening verb)"
    m = _FINAL_DEMONSTRATIVE.search(trim_end(s))
    if m and not s.rstrip().endswith(("?", "？")):
        return f"… {m.group(1).lower()} (last word)"
    return None


def unfinished(plain, text):
    """Why a sentence reads as unfinished: it trails off in an ellipsis of its own (not the
    one that marks a sentence cut to a word budget)."""
    def trails(x):
        x = x.rstrip(" \t\n\"'”’»)]*_`")
        return x.endswith(("...", "…")) and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", x[-4:])
    if trails(plain) and trails(text):
        return "trails off in an ellipsis"
    return None


def unbalanced(run):
    """Why a run of consecutive picked sentences (their plain text joined) leaves a double
    quotation open or closes one it never opened (English marks; a digit's `"` is inches)."""
    t = run if run.count('"') % 2 == 0 else re.sub(r'(?<=\d)"', "", run)
    if t.count("“") != t.count("”") or t.count('"') % 2 == 1:
        return "opens or closes a quotation it does not show whole"
    return None


# ---------------------------------------------------------------- counting


def evaluate(doc, rec, budget, add):
    """Classify one summary; add(cls, doc, sentence, reason) records each defect."""
    if not isinstance(rec, dict):
        add("empty", doc, "", "failed run or no output")
        return 0
    summary = rec.get("summary") or ""
    sents = [s for s in (rec.get("sentences") or []) if isinstance(s, dict)]
    if not summary.strip():
        add("empty", doc, "", "empty summary")
    if budget == "w40" and len(words(summary)) > WORD_LIMIT:
        add("overrun", doc, summary, f"{len(words(summary))} words")
    if budget == "s1" and len(sents) > 1:
        add("overrun", doc, summary, f"{len(sents)} sentences")

    sum_markup = markup_hits(doc, summary)
    sum_template = template_hits(doc, summary)
    spans = [(s.get("start"), s.get("end")) for s in sents]
    picked_idx = {s.get("index") for s in sents}
    flagged = {"markup": False, "template": False}
    run = []
    for s in sents:
        text = s.get("text") or ""
        has_plain = isinstance(s.get("plain"), str)
        plain = fold(s["plain"] if has_plain else text)
        start, end = s.get("start"), s.get("end")

        # markup/template in what the reader sees; without `plain`, trust the summary
        mk = markup_hits(doc, plain) if (has_plain or sum_markup) else []
        tp = template_hits(doc, plain) if (has_plain or sum_template) else []
        tp = tp or source_template_hits(doc, text)
        for cls, hits in (("markup", mk), ("template", tp)):
            if hits:
                flagged[cls] = True
                add(cls, doc, plain, "; ".join(hits))

        t = trim_end(plain)
        if t.endswith((":", "：")):
            add("colon", doc, plain, "ends in ':'")
        if t.endswith(("?", "？")):
            add("question", doc, plain, "ends in '?'")
        fr = fragment_reasons(doc, plain, text, start, end)
        if fr:
            add("fragment", doc, plain if plain == fold(text) else f"{plain}\n      src: {text!r}",
                "; ".join(fr))
        n = len(words(plain))
        if n < 4:
            add("short", doc, plain, f"{n} words")

        why = unfinished(plain, text)
        if why:
            add("unfinished", doc, plain, why)
        prev_picked = prev_sentence_picked(doc, start, s.get("index"), spans, picked_idx)
        op = opener(plain, text) or inner_opener(plain, text)
        if op and prev_picked is False and _NAMES_SUBJECT.match(plain) and after_heading(doc, start):
            op = None  # "This crate provides …" under a heading: the heading's subject
        if op and prev_picked is False:
            add("dangling", doc, plain, f"opens with {op!r}, sentence before not picked")
        # Quotations are judged over each run of consecutive picked sentences.
        if run and not prev_picked:
            why = unbalanced(" ".join(run))
            if why:
                add("unfinished", doc, " ".join(run), why)
            run = []
        run.append(plain)
    if run:
        why = unbalanced(" ".join(run))
        if why:
            add("unfinished", doc, " ".join(run), why)
    for cls, hits in (("markup", sum_markup), ("template", sum_template)):
        if hits and not flagged[cls]:
            add(cls, doc, summary, "in summary: " + "; ".join(hits))
    return len(sents)


# "This release fixes …", "This crate provides …", "This is a library …": the first sentence
# under a heading naming what the heading (or the document) is (the engine's
# `dangling::names_its_subject`).
_NAMES_SUBJECT = re.compile(
    r"(?:This|These) (?:release|version|update|patch|change|changes|crate|library|project|"
    r"package|module|tool|plugin|extension|app|application|program|script|repository|guide|"
    r"tutorial|post|article|chapter|section|page|document|book|paper|report|study|notes|series|"
    r"edition|site|website)\b|This is an? ", re.I)


def after_heading(doc, start):
    """Whether a heading line stands between the sentence before `start` and `start`."""
    if not (doc.spans and isinstance(start, int)):
        return False
    before = [sp for sp in doc.spans if sp[1] <= start]
    if not before:
        return False
    ps, pe = max(before, key=lambda sp: sp[1])
    # From the line of the sentence before (a title counts as one) to this sentence.
    line = doc.bytes.rfind(b"\n", 0, ps) + 1
    gap = doc.bytes[line:start].decode("utf-8", "replace")
    return bool(re.search(r"(?m)^(?:#{1,6}\s|[=-]{3,}\s*$)", gap))


def prev_sentence_picked(doc, start, index, picked_spans, picked_idx):
    """True/False: is the document sentence just before this one picked; None: there is none."""
    if doc.spans and isinstance(start, int):
        before = [sp for sp in doc.spans if sp[1] <= start]
        if not before:
            return None
        ps, pe = max(before, key=lambda sp: (sp[1], sp[0]))
        return any(isinstance(a, int) and isinstance(b, int) and a < pe and ps < b
                   for a, b in picked_spans)
    if isinstance(index, int):
        return None if index == 0 else (index - 1) in picked_idx
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "nutgraf"))
    ap.add_argument("--sets", default=",".join(SETS), help="comma list of " + ", ".join(SETS) + ", .jsonl files or folders of .md/.txt files")
    ap.add_argument("--budgets", default=",".join(BUDGETS), help="comma list of " + ", ".join(BUDGETS))
    ap.add_argument("--cnn-limit", type=int, default=1000, help="CNN documents (default 1000)")
    ap.add_argument("--show", metavar="CLASS", help="print examples of CLASS (" + ", ".join(CLASSES) + ")")
    ap.add_argument("--limit", type=int, default=10, help="examples for --show (default 10)")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when any hard class > 0 or soft/100 > 2")
    a = ap.parse_args()
    sets = [s.strip() for s in a.sets.split(",") if s.strip()]
    budgets = [b.strip() for b in a.budgets.split(",") if b.strip()]
    for s in sets:
        if s not in SETS and not s.endswith(".jsonl") and not os.path.isdir(s):
            ap.error(f"unknown set {s!r}")
    for b in budgets:
        if b not in BUDGETS:
            ap.error(f"unknown budget {b!r}")
    if a.show and a.show not in CLASSES:
        ap.error(f"unknown class {a.show!r}")
    if not os.path.exists(a.bin):
        ap.error(f"{a.bin} not found (cargo build --release)")

    docs = {s: load_set(s, a.cnn_limit) for s in sets}
    with cf.ThreadPoolExecutor(max_workers=4) as pool:
        results = {s: summarize_all(a.bin, s, docs[s], budgets, pool) for s in sets}

    rows, examples = [], []
    for s in sets:
        for b in budgets:
            row = {"set": s, "budget": b, "summaries": 0, "picked": 0, **{c: 0 for c in CLASSES}}

            def add(cls, doc, sentence, reason, row=row, s=s, b=b):
                row[cls] += 1
                if cls == a.show and len(examples) < a.limit:
                    examples.append((s, b, doc.id, reason, sentence))

            for d in docs[s]:
                row["summaries"] += 1
                row["picked"] += evaluate(d, results[s][b].get(d.id), b, add)
            finish(row)
            rows.append(row)
    total = {"set": "TOTAL", "budget": "", **{k: sum(r[k] for r in rows)
                                               for k in ("summaries", "picked") + CLASSES}}
    finish(total)

    if a.json:
        # one row per line, so that two runs diff line by line
        body = ",\n".join("  " + json.dumps(r) for r in rows)
        print(f'{{"bin": {json.dumps(a.bin)}, "cnn_limit": {a.cnn_limit},\n "rows": [\n{body}\n ],'
              f'\n "total": {json.dumps(total)}}}')
    else:
        print_table(rows + [total])
    if a.show:
        out = sys.stderr if a.json else sys.stdout  # keep stdout valid JSON
        print(f"\n{a.show}: {len(examples)} example(s)", file=out)
        for s, b, did, reason, sentence in examples:
            print(f"- [{s}/{b}] {did}: {reason}\n      {sentence}", file=out)
    if a.strict and (total["hard"] > 0 or total["soft/100"] > 2):
        return 1
    return 0


def finish(row):
    row["hard"] = sum(row[c] for c in HARD)
    soft = sum(row[c] for c in SOFT)
    row["soft/100"] = round(100.0 * soft / row["picked"], 1) if row["picked"] else 0.0


def print_table(rows):
    cols = ["set", "budget", "summaries", "picked"] + list(CLASSES) + ["hard", "soft/100"]
    head = {"summaries": "docs", "dangling": "dangl", "question": "quest", "template": "templ",
            "fragment": "frag", "overrun": "over", "unfinished": "unfin"}
    cells = [[head.get(c, c) for c in cols]] + [[str(r[c]) for c in cols] for r in rows]
    w = [max(len(x[i]) for x in cells) for i in range(len(cols))]
    for k, line in enumerate(cells):
        print("  ".join(x.ljust(w[i]) if i < 2 else x.rjust(w[i]) for i, x in enumerate(line)))
        if k == 0 or k == len(cells) - 2:
            print("  ".join("-" * n for n in w))


if __name__ == "__main__":
    sys.exit(main())
