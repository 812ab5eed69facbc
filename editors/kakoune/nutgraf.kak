# nutgraf for Kakoune, with kakoune-lsp (kak-lsp) >= 18 (the `lsp_servers` option).
#
# In your kakrc, after kak-lsp is loaded (`eval %sh{kak-lsp}` or the plugin manager) and
# before or after `lsp-enable`:
#
#     source /path/to/nutgraf/editors/kakoune/nutgraf.kak
#
# Markdown buffers (filetype=markdown) and plain-text buffers get the nutgraf server. Kakoune has
# no filetype for *.txt, so this file gives them filetype=text; kak-lsp sends it as languageId
# "plaintext".

# *.txt and *.text files are plain text.
hook -group nutgraf-filetype global BufCreate .*[.](?:txt|text) %{
    set-option buffer filetype text
}

# The server for Markdown and plain text. Added (once: the filetype may be set more than once),
# so it runs beside other servers configured for these filetypes (e.g. marksman); kak-lsp's
# own defaults only apply to buffers without servers.
hook -group lsp-filetype-nutgraf global BufSetOption filetype=(?:markdown|text) %{
    try %{
        evaluate-commands %sh{
            case "$kak_opt_lsp_servers" in
                *'[nutgraf]'*) echo fail already configured ;;
            esac
        }
        nutgraf-add-server
    }
}

define-command -override -hidden nutgraf-add-server %{
    set-option -add buffer lsp_servers %{
        [nutgraf]
        command = "nutgraf"
        root_globs = [".git", ".hg", ".jj"]
        single_instance = true
        # Sent as initializationOptions and with workspace/didChangeConfiguration; also answers
        # workspace/configuration for section "nutgraf". All keys optional.
        settings_section = "nutgraf"
        [nutgraf.settings.nutgraf]
        # summary.sentences = 2
        # summary.maxWords = 60
        # summary.label = "TL;DR"
        # summary.style = "blockquote"   # or "callout", "plain"
        # hover.enabled = true
        # hover.minWords = 0
        # language = "auto"
        # maxDocumentBytes = 5000000
    }
}

# languageId "plaintext" (LSP's name) for filetype=text; kak-lsp's default is the filetype.
hook -group lsp-filetype-nutgraf global BufSetOption filetype=text %{
    set-option buffer lsp_language_id plaintext
}

# Commands that run one action directly. All nutgraf actions have the kind refactor.rewrite, so
# they are picked by title (a regex; "Summarize article (first 5 KB of 9 KB)" on huge files).
# `lsp-code-actions` without arguments shows the menu with all of them.
define-command -override -docstring "nutgraf: insert or update the TL;DR of the whole document" \
    nutgraf-summarize-article %{ lsp-code-action "^Summarize article( \(|$)" }
define-command -override -docstring "nutgraf: summarize the section under the cursor" \
    nutgraf-summarize-section %{ lsp-code-action "^Summarize section( \(|$)" }
define-command -override -docstring "nutgraf: summarize the paragraph under the cursor" \
    nutgraf-summarize-paragraph %{ lsp-code-action "^Summarize paragraph( \(|$)" }
define-command -override -docstring "nutgraf: summarize the selection" \
    nutgraf-summarize-selection %{ lsp-code-action "^Summarize selection( \(|$)" }
define-command -override -docstring "nutgraf: replace the selection with its summary" \
    nutgraf-replace-selection %{ lsp-code-action "^Replace selection with summary( \(|$)" }
