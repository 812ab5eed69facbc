#!/usr/bin/env bash
# Quality gate: nutgraf must stay at or above Lead-k and the best classic summarizer on the
# development sets (figures from ../shared/data/README.md). Needs ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
eval=eval/score.py
[ -f "$eval" ] || { echo "quality: $eval not found, skipped"; exit 0; }
python3 -c 'import rouge_score' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check rouge-score
cargo build --release --locked --quiet
fails=0
check() { # set  R1 R2 RLsum floors
  local line; line=$(python3 "$eval" "$data/$1" --bin target/release/nutgraf)
  echo "$1: $line"
  python3 - "$line" "$2" "$3" "$4" <<'PY' || fails=$((fails + 1))
import re, sys
line, floors = sys.argv[1], [float(x) for x in sys.argv[2:]]
got = [float(x) for x in re.findall(r"(?:R1|R2|RLsum)\s+([\d.]+)", line)]
bad = [f"{n} {g:.2f} < {f:.2f}" for n, g, f in zip(["R1", "R2", "RLsum"], got, floors) if g < f]
print("  below floor: " + ", ".join(bad) if bad else "  ok: at or above every floor")
sys.exit(1 if bad else 0)
PY
}
check cnndm-validation.jsonl 28.64 10.62 25.42
check gumsum-dev.jsonl 31.58 12.20 23.49
# The defect classes of summaries a reader should never see (markup, fragments, dangling
# openings, budget overruns …), at three budgets; printed for the record.
python3 tests/defects.py --bin target/release/nutgraf || true
echo "quality: $((2 - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
