-- nvim-lspconfig's classic form of the config (require('lspconfig').nutgraf.setup{}), for
-- setups built on nvim-lspconfig before Neovim 0.11. nvim-lspconfig loads
-- lspconfig.configs.<name> from 'runtimepath', so this folder on 'runtimepath' is enough.
-- Neovim 0.11+ uses lsp/nutgraf.lua instead (vim.lsp.enable('nutgraf')); both share its table.

local util = require('lspconfig.util')
local base = require('nutgraf').base_config()

return {
  default_config = {
    cmd = base.cmd,
    filetypes = base.filetypes,
    root_dir = util.root_pattern(unpack(base.root_markers)),
    single_file_support = true,
    get_language_id = base.get_language_id,
    settings = base.settings,
  },
  docs = {
    description = [[
nutgraf: summaries of prose (Markdown and plain text) where people write it. Hover a
paragraph, heading or title for its gist; code actions insert a TL;DR block.

Install the server: `cargo install --locked --path .` in the nutgraf repository, a release
archive, or Mason (`:MasonInstall nutgraf`).
]],
  },
}
