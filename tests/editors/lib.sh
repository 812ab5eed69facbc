# Shared helpers for the headless editor tests (sourced, not run).
# shellcheck shell=bash

EDITOR_TEST_TIMEOUT="${EDITOR_TEST_TIMEOUT:-120}"

# Absolute path of the repository root (tests/editors/..).
repo_root() {
  (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
}

# resolve_bin PATH -> absolute path of the server binary, or exit 2 with a message.
resolve_bin() {
  local bin="${1:-target/release/nutgraf}"
  if [ -x "$bin" ] && [ ! -d "$bin" ]; then
    (cd "$(dirname "$bin")" && printf '%s/%s\n' "$(pwd)" "$(basename "$bin")")
    return 0
  fi
  if command -v "$bin" >/dev/null 2>&1; then
    command -v "$bin"
    return 0
  fi
  echo "error: server binary '$bin' not found or not executable (build it with: cargo build --release)" >&2
  return 2
}

# run_bounded LOGFILE CMD... : runs CMD with stdin from /dev/null, stdout+stderr to LOGFILE,
# killed after $EDITOR_TEST_TIMEOUT seconds. `timeout` makes itself the leader of a new
# process group, so afterwards we kill that group: the editor and any language server it
# started (and nothing else). Returns the command's exit status (124 on timeout).
run_bounded() {
  local log="$1"; shift
  local status=0 pid
  timeout --kill-after=5 "$EDITOR_TEST_TIMEOUT" "$@" </dev/null >"$log" 2>&1 &
  pid=$!
  wait "$pid" || status=$?
  kill -TERM -- "-$pid" 2>/dev/null || true
  sleep 0.2
  kill -KILL -- "-$pid" 2>/dev/null || true
  return "$status"
}

# Counters shared by the scripts; each check prints one PASS/FAIL/SKIP line.
PASSED=0
FAILED=0
SKIPPED=0

pass() { PASSED=$((PASSED + 1)); echo "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
skip() { SKIPPED=$((SKIPPED + 1)); echo "SKIP $*"; }

# report_results FILE PREFIX : prints the PASS/FAIL lines an editor wrote to FILE, counting them.
report_results() {
  # Byte semantics: a line with a cut UTF-8 character must still match PASS\ *.
  local LC_ALL=C
  local file="$1" prefix="$2" line
  [ -f "$file" ] || return 0
  while IFS= read -r line; do
    case "$line" in
      PASS\ *) pass "${prefix:+$prefix }${line#PASS }" ;;
      FAIL\ *) fail "${prefix:+$prefix }${line#FAIL }" ;;
      SKIP\ *) skip "${prefix:+$prefix }${line#SKIP }" ;;
      *) echo "     $line" ;;
    esac
  done <"$file"
}

# show_log FILE [LINES] : indented tail of a log, for failures.
show_log() {
  local file="$1" lines="${2:-40}"
  [ -s "$file" ] || return 0
  echo "  --- last $lines lines of $file ---"
  tail -n "$lines" "$file" | sed "s/^/  | /"; echo
}
