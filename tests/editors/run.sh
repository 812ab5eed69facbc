#!/usr/bin/env bash
# Headless tests of the editor clients in editors/ against the real nutgraf server.
#   bash tests/editors/install.sh                 # once: Neovim, Emacs + eglot, Kakoune, ...
#   bash tests/editors/run.sh [SERVER_BINARY]     # default: target/release/nutgraf
# Prints one PASS/FAIL/SKIP line per check and ends with "N passed, M failed";
# exits non-zero if any check failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"
repo="$(repo_root)"
start=$(date +%s)

bin="$(resolve_bin "${1:-$repo/target/release/nutgraf}")" || {
  echo "0 passed, 1 failed"
  exit 2
}
echo "server: $bin ($("$bin" --version 2>/dev/null </dev/null | head -n1 || echo 'no --version'))"

out="$(mktemp "${TMPDIR:-/tmp}/nutgraf-editors.XXXXXX")"
trap 'rm -f "$out"' EXIT

for suite in neovim emacs kakoune; do
  script="$here/$suite.sh"
  [ -f "$script" ] || continue
  echo "== $suite"
  suite_start=$(date +%s)
  status=0
  bash "$script" "$bin" 2>&1 | tee -a "$out" || status=$?
  echo "== $suite: $(( $(date +%s) - suite_start ))s, exit status $status"
  if [ "$status" -ne 0 ] && ! LC_ALL=C grep -a -q "^FAIL" "$out"; then
    echo "FAIL $suite: exited with status $status without a FAIL line" | tee -a "$out"
  fi
done

passed=$(LC_ALL=C grep -a -c '^PASS' "$out" || true)
failed=$(LC_ALL=C grep -a -c '^FAIL' "$out" || true)
skipped=$(LC_ALL=C grep -a -c '^SKIP' "$out" || true)
echo "editor tests took $(( $(date +%s) - start ))s ($skipped skipped)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
