#!/usr/bin/env bash
# Headless Emacs (eglot) test of editors/emacs/nutgraf.el against the real server.
#   bash tests/editors/emacs.sh [SERVER_BINARY]
# Runs `emacs -Q --batch` with Debian's elpa-eglot; once with markdown-mode (if installed) and
# once as if it were not installed (nutgraf.el's fallback mode for *.md); and with lsp-mode
# (Debian's elpa-lsp-mode) instead of eglot when that is installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"
repo="$(repo_root)"
bin="$(resolve_bin "${1:-$repo/target/release/nutgraf}")"

if ! command -v emacs >/dev/null 2>&1; then
  fail "emacs: not installed (run tests/editors/install.sh)"
  echo "emacs.sh finished ($PASSED passed, $FAILED failed)"
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/nutgraf-emacs.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

run_one() { # NAME NO_MARKDOWN_MODE [CLIENT]
  local dir="$tmp/$1" status=0 client="${3:-eglot}"
  mkdir -p "$dir/work" "$dir/home"
  cp "$repo/tests/editors/fixtures/article.md" "$repo/tests/editors/fixtures/article.txt" "$dir/work/"
  : >"$dir/results"
  (
    cd "$dir/work"
    export NUTGRAF_BIN="$bin" NUTGRAF_REPO="$repo" NUTGRAF_WORK="$dir/work" NUTGRAF_RESULTS="$dir/results" \
      NUTGRAF_NO_MARKDOWN_MODE="$2" NUTGRAF_EMACS_CLIENT="$client" HOME="$dir/home" NUTGRAF_LOG="${NUTGRAF_LOG:-info}"
    run_bounded "$dir/emacs.log" emacs -Q --batch -l "$repo/tests/editors/emacs_test.el"
  ) || status=$?
  local before=$FAILED
  report_results "$dir/results" ""
  if [ "$status" -ne 0 ]; then
    fail "emacs $1: exited with status $status$([ "$status" -eq 124 ] && echo ' (timeout)')"
  elif ! grep -q . "$dir/results"; then
    fail "emacs $1: the test script reported nothing"
  fi
  if [ "$FAILED" -ne "$before" ]; then show_log "$dir/emacs.log" 40; fi
}

has_library() { # NAME: is this Emacs package installed (Debian elpa-* or site-lisp)?
  emacs -Q --batch --eval "(progn (require 'package) (add-to-list 'package-directory-list \"/usr/share/emacs/site-lisp/elpa\") (package-initialize) (kill-emacs (if (locate-library \"$1\") 0 1)))" </dev/null >/dev/null 2>&1
}

run_one eglot 0
if has_library markdown-mode; then
  run_one eglot-no-markdown-mode 1
else
  skip "emacs: markdown-mode not installed, so the eglot run was the fallback run"
fi
if has_library lsp-mode; then
  run_one lsp-mode 0 lsp-mode
else
  skip "emacs: lsp-mode not installed (elpa-lsp-mode), its client registration not exercised"
fi

echo "emacs.sh finished ($PASSED passed, $FAILED failed)"
[ "$FAILED" -eq 0 ]
