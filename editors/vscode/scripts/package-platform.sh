#!/usr/bin/env bash
# The extension for one platform with the nutgraf server inside (server/nutgraf):
#   bash scripts/package-platform.sh VSCODE_TARGET SERVER_BINARY    → nutgraf-VSCODE_TARGET.vsix
# VSCODE_TARGET is vsce's: linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32-x64, …;
# SERVER_BINARY a nutgraf built for it (e.g. ../../target/release/nutgraf). The extension
# starts the bundled server unless nutgraf.path is set.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bash scripts/package-platform.sh VSCODE_TARGET SERVER_BINARY" >&2; exit 2; }
target=$1
bin=$2
[ -f "$bin" ] || { echo "package-platform.sh: $bin: no such file (build it: cargo build --release)" >&2; exit 1; }
exe=nutgraf
case "$target" in win32-*) exe=nutgraf.exe ;; esac
rm -rf server
mkdir server
trap 'rm -rf server' EXIT
cp "$bin" "server/$exe"
chmod 755 "server/$exe"
npx vsce package --target "$target" --no-dependencies --allow-missing-repository --out "nutgraf-$target.vsix"
