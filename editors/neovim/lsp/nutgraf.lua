-- nutgraf: summaries of prose (hover a paragraph, "Summarize article" code action).
--
-- Neovim >= 0.11 picks this file up from 'runtimepath' as the config named "nutgraf":
--
--   vim.lsp.enable('nutgraf')
--
-- Override any field with vim.lsp.config('nutgraf', { ... }) before or after enabling, e.g.
--
--   vim.lsp.config('nutgraf', {
--     cmd = { '/path/to/nutgraf' },
--     settings = { nutgraf = { summary = { sentences = 2, style = 'callout' } } },
--   })
--
-- Older Neovim (0.7 - 0.10): require('nutgraf').setup() (lua/nutgraf.lua) uses this same table.

-- Neovim's filetype for *.txt is "text"; the server also accepts "text", but "plaintext" is
-- the language id the LSP specification defines, so that is what we send.
local language_ids = {
  markdown = 'markdown',
  text = 'plaintext',
  mdx = 'mdx',
}

---@type vim.lsp.Config
return {
  cmd = { 'nutgraf' },
  filetypes = { 'markdown', 'text' },
  -- Prose rarely lives in a project; without a marker the client runs in single-file mode
  -- (root_dir nil), which is fine: the server works per document.
  root_markers = { '.git', '.hg', '.jj' },
  get_language_id = function(_, filetype)
    local base = (filetype or ''):match('^[^.]+') or ''
    return language_ids[base] or language_ids[filetype] or filetype
  end,
  -- Server settings, answered to workspace/configuration (section "nutgraf") and sent with
  -- workspace/didChangeConfiguration. All keys are optional (the server has defaults);
  -- the values below are only examples:
  --   summary = { sentences = 2, maxWords = 60, label = 'TL;DR',
  --               style = 'blockquote' },          -- or 'callout' | 'plain'
  --   hover = { enabled = true, minWords = 20 },
  --   language = 'auto',                           -- or 'en', 'de', ...
  --   maxDocumentBytes = 4000000,
  settings = {
    nutgraf = vim.empty_dict(),
  },
}
