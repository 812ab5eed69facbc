#!/usr/bin/env bash
# Headless Kakoune + kakoune-lsp test of editors/kakoune/nutgraf.kak against the real server.
#   bash tests/editors/kakoune.sh [SERVER_BINARY]
# Optional: skipped (not failed) when `kak` or `kak-lsp` is not installed
# (install.sh installs kakoune; kak-lsp with `cargo install kak-lsp` or NUTGRAF_INSTALL_KAK_LSP=1).
# A Kakoune session with a dummy UI is driven with `kak -p`, as a user's kakrc would set it up:
# `eval %sh{kak-lsp}`, `source editors/kakoune/nutgraf.kak`, `lsp-enable`, `nutgraf` on PATH.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"
repo="$(repo_root)"
bin="$(resolve_bin "${1:-$repo/target/release/nutgraf}")"
wait_seconds="${NUTGRAF_WAIT_SECONDS:-20}"

if ! command -v kak >/dev/null 2>&1; then
  skip "kakoune: kak not installed"
  echo "kakoune.sh finished ($PASSED passed, $FAILED failed)"
  [ "${NUTGRAF_REQUIRE_KAK:-}" = "1" ] && exit 1
  exit 0
fi
if ! command -v kak-lsp >/dev/null 2>&1; then
  skip "kakoune: kak-lsp not installed (cargo install kak-lsp)"
  echo "kakoune.sh finished ($PASSED passed, $FAILED failed)"
  # CI installs it and asks for the test to run: a missing kak-lsp there is a failure.
  [ "${NUTGRAF_REQUIRE_KAK:-}" = "1" ] && exit 1
  exit 0
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/nutgraf-kak.XXXXXX")"
session="nutgraf-test-$$"
kak_pid=""
cleanup() {
  if [ -n "$kak_pid" ]; then
    echo "kill-server" | kak -p "$session" 2>/dev/null || true
    sleep 0.3
    # `timeout` leads the process group: Kakoune, kak-lsp and the language server.
    kill -TERM -- "-$kak_pid" 2>/dev/null || true
    sleep 0.2
    kill -KILL -- "-$kak_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp/home" "$tmp/bin" "$tmp/work"
ln -s "$bin" "$tmp/bin/nutgraf"
cp "$repo/tests/editors/fixtures/article.md" "$repo/tests/editors/fixtures/article.txt" "$tmp/work/"
cat >"$tmp/kakrc" <<KAK
# Kakoune's own runtime (filetype detection), as a normal start without -n would load it.
evaluate-commands %sh{ find -L "\$kak_runtime/autoload" -type f -name '*.kak' | sed 's/.*/try %{ source & } catch %{ echo -debug Autoload: could not load & }/' }
evaluate-commands %sh{kak-lsp}
source "$repo/editors/kakoune/nutgraf.kak"
set-option global lsp_debug true
lsp-enable
KAK

export HOME="$tmp/home" PATH="$tmp/bin:$PATH" TMPDIR="$tmp"
unset XDG_CONFIG_HOME XDG_RUNTIME_DIR
cd "$tmp/work"
timeout --kill-after=5 "$EDITOR_TEST_TIMEOUT" kak -s "$session" -ui dummy -n -e "source %{$tmp/kakrc}" \
  </dev/null >"$tmp/kak.log" 2>&1 &
kak_pid=$!

kak_version="$(kak -version 2>/dev/null | sed 's/^Kakoune //')"
if [ "$kak_version" = unknown ] || [ -z "$kak_version" ]; then
  kak_version="$(dpkg-query -W -f='${Version}' kakoune 2>/dev/null || echo unknown)"
fi
version="kakoune $kak_version kak-lsp $(kak-lsp --version 2>/dev/null | awk '{print $NF}')"

# send CMDS: evaluate commands in the (only) client.
send() { printf 'evaluate-commands -client client0 %%{ %s }\n' "$1" | kak -p "$session"; }

# ask FILE CMDS: run CMDS that write FILE, wait (bounded) for it, print it.
ask() {
  rm -f "$1"
  send "$2" || return 1
  local i
  for i in $(seq 1 50); do
    [ -s "$1" ] && { cat "$1"; return 0; }
    sleep 0.1
  done
  return 1
}

# Wait for the session and its client.
ready=""
for _ in $(seq 1 100); do
  if ask "$tmp/ping" "echo -to-file %{$tmp/ping} ok" >/dev/null 2>&1; then ready=1; break; fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  fail "$version: the Kakoune session did not start"
  show_log "$tmp/kak.log" 20
  echo "kakoune.sh finished ($PASSED passed, $FAILED failed)"
  exit 1
fi

dump_debug() {
  send "evaluate-commands -buffer *debug* %{ write -force %{$tmp/debug.txt} }" || true
  sleep 0.5
  show_log "$tmp/debug.txt" 25
}

# sentences FILE FIRST LAST: sentences of lines FIRST..LAST, one per line, whitespace folded.
sentences() {
  sed -n "$2,$3p" "$1" | tr '\n' ' ' | tr -s ' \t' ' ' | grep -oE '[^.!?]+[.!?]' | sed 's/^ *//; s/ *$//'
}

# paragraph_bounds FILE LINE -> "FIRST LAST" of the paragraph around LINE.
paragraph_bounds() {
  awk -v n="$2" '
    { blank[NR] = ($0 ~ /^[ \t]*$/) }
    END { f = n; while (f > 1 && !blank[f-1]) f--; l = n; while (l < NR && !blank[l+1]) l++; print f, l }
  ' "$1"
}

check_file() { # LABEL FILE FILETYPE LANGUAGE_ID HOVER_NEEDLE ACTION_NEEDLE KIND
  local label="$1" file="$2" filetype="$3" language_id="$4" hover_needle="$5" action_needle="$6" kind="$7"
  local failed_before=$FAILED
  send "edit -existing %{$file}"

  # 1. filetype and the nutgraf server configured for the buffer.
  local opts
  opts="$(ask "$tmp/opts" "echo -to-file %{$tmp/opts} %opt{filetype} %opt{lsp_language_id} %sh{case \"\$kak_opt_lsp_servers\" in *'[nutgraf]'*) echo nutgraf;; *) echo none;; esac}")" || opts="?"
  if [ "$opts" = "$filetype $language_id nutgraf" ]; then
    pass "$label attach: filetype $filetype, languageId $language_id, lsp_servers has [nutgraf]"
  else
    fail "$label attach: expected '$filetype $language_id nutgraf', got '$opts'"
  fi

  # 2. Hover (lsp-hover-buffer puts it in *hover*) shows a sentence of the paragraph.
  local line bounds hover="" sentence ok=""
  line="$(grep -n -m1 -F "$hover_needle" "$file" | cut -d: -f1)"
  bounds="$(paragraph_bounds "$file" "$line")"
  local deadline=$(( $(date +%s) + wait_seconds ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    rm -f "$tmp/hover.txt"
    send "buffer %{$file}; select $line.5,$line.5; lsp-hover-buffer" || true
    sleep 0.5
    send "try %{ evaluate-commands -buffer *hover* %{ write -force %{$tmp/hover.txt} } }" || true
    sleep 0.2
    if [ -s "$tmp/hover.txt" ]; then
      hover="$(tr '\n' ' ' <"$tmp/hover.txt" | tr -s ' \t' ' ')"
      break
    fi
  done
  send "buffer %{$file}" || true
  if [ -n "$hover" ]; then
    while IFS= read -r sentence; do
      case "$hover" in *"$sentence"*) ok=1 ;; esac
    done < <(sentences "$file" $bounds)
  fi
  if [ -n "$ok" ]; then
    pass "$label hover: shows: ${hover:0:100}"
  elif [ -n "$hover" ]; then
    fail "$label hover: none of the paragraph's sentences in: ${hover:0:200}"
  else
    fail "$label hover: no hover after ${wait_seconds}s"
  fi

  # 3. nutgraf-summarize-article (kak-lsp's lsp-code-action by title) inserts the block.
  line="$(grep -n -m1 -F "$action_needle" "$file" | cut -d: -f1)"
  send "buffer %{$file}; select $line.3,$line.3; nutgraf-summarize-article" || true
  local found=""
  deadline=$(( $(date +%s) + wait_seconds ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 0.3
    send "buffer %{$file}; write" || true
    sleep 0.2
    if has_block "$kind" "$file"; then found=1; break; fi
  done
  if [ -n "$found" ]; then
    pass "$label nutgraf-summarize-article: TL;DR block inserted"
  else
    fail "$label nutgraf-summarize-article: no TL;DR block in the buffer after ${wait_seconds}s"
  fi

  # 4. Again: still one block.
  if [ -n "$found" ]; then
    sleep 0.5
    send "buffer %{$file}; write" || true
    sleep 0.3
    cp "$file" "$tmp/first-run"
    local resolved_before resolved_after
    resolved_before="$(resolves)"
    send "buffer %{$file}; select $line.3,$line.3; nutgraf-summarize-article" || true
    sleep 1.5
    send "buffer %{$file}; write" || true
    sleep 0.3
    resolved_after="$(resolves)"
    local blocks
    blocks="$(count_blocks "$kind" "$file")"
    # Same document, same summary: identical text (also checks the edit's ranges across the
    # fixture's non-ASCII text). The action must really have run (one more codeAction/resolve).
    if [ "$blocks" = 1 ] && cmp -s "$tmp/first-run" "$file" && [ "$resolved_after" -gt "$resolved_before" ]; then
      pass "$label second nutgraf-summarize-article replaces the block: text unchanged"
    else
      fail "$label second nutgraf-summarize-article: $blocks block(s), text $(cmp -s "$tmp/first-run" "$file" && echo unchanged || echo changed), codeAction/resolve requests $resolved_before -> $resolved_after"
      diff "$tmp/first-run" "$file" | head -20 | sed 's/^/  | /' || true
    fi
  fi
  if [ "$FAILED" -ne "$failed_before" ]; then dump_debug; fi
}

resolves() { # number of codeAction/resolve requests kak-lsp has sent (from *debug*)
  rm -f "$tmp/debug-count.txt"
  send "evaluate-commands -buffer *debug* %{ write -force %{$tmp/debug-count.txt} }" || true
  local i
  for i in $(seq 1 20); do [ -s "$tmp/debug-count.txt" ] && break; sleep 0.1; done
  local n
  n="$(grep -c 'To server nutgraf: .*"method":"codeAction/resolve"' "$tmp/debug-count.txt" 2>/dev/null || true)"
  echo "${n:-0}"
}

has_block() { # KIND FILE
  if [ "$1" = markdown ]; then
    grep -qF '<!-- nutgraf:summary -->' "$2" && grep -qF '<!-- /nutgraf:summary -->' "$2"
  else
    grep -q '^TL;DR:' "$2"
  fi
}

count_blocks() { # KIND FILE
  if [ "$1" = markdown ]; then grep -cF '<!-- nutgraf:summary -->' "$2" || true; else grep -c '^TL;DR:' "$2" || true; fi
}

check_file "$version: markdown" "$tmp/work/article.md" markdown markdown "Supporters said" "The city council voted" markdown
check_file "$version: plaintext" "$tmp/work/article.txt" text plaintext "Students said" "The central library" plaintext

echo "kakoune.sh finished ($PASSED passed, $FAILED failed)"
[ "$FAILED" -eq 0 ]
