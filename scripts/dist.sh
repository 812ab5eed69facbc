#!/usr/bin/env bash
# The release archive of nutgraf for one target:
#   dist/nutgraf-VERSION-TARGET.tar.gz (and its .sha256), holding nutgraf-VERSION-TARGET/ with
#   the binary (nutgraf, or nutgraf.exe), LICENSE-MIT, LICENSE-APACHE, README.md,
#   completions/ (bash, zsh, fish, elvish, PowerShell) and man/ (one page per command).
#
#   bash scripts/dist.sh            # the host's target; reuses target/release
#   bash scripts/dist.sh TARGET     # e.g. aarch64-unknown-linux-gnu: cargo build --target TARGET
#
# The binary must run where the archive is built (completions and manual pages come from it):
# build each target on its own kind of machine, as .github/workflows/release.yml does.
# Prints the archive's path on the last line.
set -euo pipefail
cd "$(dirname "$0")/.."

host=$(rustc -vV | sed -n 's/^host: //p')
target=${1:-$host}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
[ -n "$version" ] || { echo "dist.sh: no version in Cargo.toml" >&2; exit 1; }
target_dir=${CARGO_TARGET_DIR:-$PWD/target}

if [ $# -eq 0 ]; then
  cargo build --release --locked >&2
  bin_dir="$target_dir/release"
else
  cargo build --release --locked --target "$target" >&2
  bin_dir="$target_dir/$target/release"
fi
exe=nutgraf
case "$target" in *windows*) exe=nutgraf.exe ;; esac
bin="$bin_dir/$exe"
[ -x "$bin" ] || { echo "dist.sh: $bin was not built" >&2; exit 1; }
if ! "$bin" --version >/dev/null 2>&1; then
  echo "dist.sh: $bin does not run on this machine ($host); build $target on its own kind of machine" >&2
  exit 1
fi

name="nutgraf-$version-$target"
mkdir -p dist
stage=$(mktemp -d "${TMPDIR:-/tmp}/nutgraf-dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/completions" "$root/man"
cp "$bin" "$root/$exe"
cp LICENSE-MIT LICENSE-APACHE README.md "$root/"
"$bin" completions bash > "$root/completions/nutgraf.bash"
"$bin" completions zsh > "$root/completions/_nutgraf"
"$bin" completions fish > "$root/completions/nutgraf.fish"
"$bin" completions elvish > "$root/completions/nutgraf.elv"
"$bin" completions powershell > "$root/completions/_nutgraf.ps1"
"$bin" man --dir "$root/man"

archive="dist/$name.tar.gz"
tar -C "$stage" -czf "$archive" "$name"
if command -v sha256sum >/dev/null; then
  (cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
else
  (cd dist && shasum -a 256 "$name.tar.gz" > "$name.tar.gz.sha256")
fi
echo "$archive"
