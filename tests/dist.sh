#!/usr/bin/env bash
# The release archive unpacks to a working binary: scripts/dist.sh for the host, then the
# archive's contents, its checksum, and the unpacked nutgraf run on the bundled example.
# Ends with "N passed, M failed"; exits non-zero if a check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
check() { # NAME COMMAND...
  local name=$1; shift
  if "$@" >/dev/null 2>&1; then echo "PASS $name"; passed=$((passed + 1));
  else echo "FAIL $name"; failed=$((failed + 1)); fi
}

archive=$(bash scripts/dist.sh | tail -n1) || { echo "FAIL dist.sh"; echo "0 passed, 1 failed"; exit 1; }
echo "archive: $archive ($(wc -c < "$archive") bytes)"
name=$(basename "$archive" .tar.gz)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
host=$(rustc -vV | sed -n 's/^host: //p')
check "archive named nutgraf-VERSION-TARGET.tar.gz" test "$name" = "nutgraf-$version-$host"
check "checksum" bash -c "cd dist && sha256sum -c '$name.tar.gz.sha256'"

out=$(mktemp -d "${TMPDIR:-/tmp}/nutgraf-unpack.XXXXXX")
trap 'rm -rf "$out"' EXIT
tar -C "$out" -xzf "$archive"
want="$name/
$name/LICENSE-APACHE
$name/LICENSE-MIT
$name/README.md
$name/completions/
$name/completions/_nutgraf
$name/completions/_nutgraf.ps1
$name/completions/nutgraf.bash
$name/completions/nutgraf.elv
$name/completions/nutgraf.fish
$name/man/
$name/man/nutgraf-check.1
$name/man/nutgraf-completions.1
$name/man/nutgraf-lsp.1
$name/man/nutgraf-man.1
$name/man/nutgraf-sentences.1
$name/man/nutgraf-summarize.1
$name/man/nutgraf.1
$name/nutgraf"
got=$(tar -tzf "$archive" | LC_ALL=C sort)
check "archive contents" test "$got" = "$(printf '%s\n' "$want" | LC_ALL=C sort)"
[ "$got" = "$(printf '%s\n' "$want" | LC_ALL=C sort)" ] || diff <(echo "$got") <(printf '%s\n' "$want" | LC_ALL=C sort)
bin="$out/$name/nutgraf"
check "unpacked binary: --version" test "$("$bin" --version </dev/null)" = "nutgraf $version"
check "unpacked binary: summarize the example" bash -c "'$bin' summarize --sentences 1 examples/harbor-bridge.md </dev/null | grep -q 'Harbor Street bridge'"
check "unpacked binary: at most 10 MiB" test "$(wc -c < "$bin")" -le $((10 * 1024 * 1024))
check "bash completion loads" bash -c "source '$out/$name/completions/nutgraf.bash' && complete -p nutgraf"
# The Mason registry entry (editors/neovim/mason) installs exactly this archive and binary.
mason=editors/neovim/mason/nutgraf/package.yaml
tmpl='nutgraf-{{ version | strip_prefix "v" }}'
check "Mason package: the archive of $host" grep -qxF "      file: $tmpl-$host.tar.gz" "$mason"
check "Mason package: the binary in it" grep -qxF "      bin: $tmpl-$host/nutgraf" "$mason"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
