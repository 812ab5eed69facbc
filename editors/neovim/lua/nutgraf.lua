-- nutgraf for Neovim: starts the `nutgraf` language server for Markdown and plain text.
--
--   require('nutgraf').setup()                            -- defaults
--   require('nutgraf').setup({ cmd = { '/path/to/nutgraf' },
--                              settings = { nutgraf = { summary = { sentences = 2 } } } })
--
-- Neovim >= 0.11: registers the config with vim.lsp.config() and calls vim.lsp.enable().
-- Neovim 0.8 - 0.10: a FileType autocmd calls vim.lsp.start().
-- Neovim 0.7: a FileType autocmd calls vim.lsp.start_client() once per root and
--             vim.lsp.buf_attach_client() for every buffer.
-- The base configuration is the table returned by lsp/nutgraf.lua (shipped next to this file).

local M = {}

local uv = vim.uv or vim.loop

local function has(version)
  return vim.fn.has('nvim-' .. version) == 1
end

-- Keys of setup() that are ours and not part of the LSP client configuration.
local own_keys = { native = true, autostart = true, commands = true, keymaps = true, lenses = true }

--- How setup() was called ('enable', 'setup', 'autocmd'), for :checkhealth nutgraf.
M.mode = nil

--- The configuration table of lsp/nutgraf.lua (a fresh copy).
function M.base_config()
  local candidates = {}
  -- Prefer the file that ships beside this module, so both always match.
  local source = debug.getinfo(1, 'S').source
  if source:sub(1, 1) == '@' then
    local dir = vim.fn.fnamemodify(source:sub(2), ':p:h:h')
    table.insert(candidates, dir .. '/lsp/nutgraf.lua')
  end
  for _, file in ipairs(vim.api.nvim_get_runtime_file('lsp/nutgraf.lua', true)) do
    table.insert(candidates, file)
  end
  for _, file in ipairs(candidates) do
    if vim.fn.filereadable(file) == 1 then
      local ok, config = pcall(dofile, file)
      if ok and type(config) == 'table' then
        return config
      end
    end
  end
  -- Last resort: the same defaults, inline.
  return {
    cmd = { 'nutgraf' },
    filetypes = { 'markdown', 'text' },
    root_markers = { '.git', '.hg', '.jj' },
    get_language_id = function(_, filetype)
      if filetype == 'text' then
        return 'plaintext'
      end
      return filetype
    end,
    settings = { nutgraf = vim.empty_dict() },
  }
end

--- Merges the user's options over the base configuration.
function M.make_config(opts)
  local user = {}
  for k, v in pairs(opts or {}) do
    if not own_keys[k] then
      user[k] = v
    end
  end
  local config = vim.tbl_deep_extend('force', M.base_config(), user)
  config.name = 'nutgraf'
  config.settings = config.settings or {}
  local section = config.settings.nutgraf
  if type(section) ~= 'table' or next(section) == nil then
    -- An empty Lua table would be sent as a JSON array.
    config.settings.nutgraf = vim.empty_dict()
  elseif config.init_options == nil then
    -- Neovim < 0.11 neither advertises workspace/configuration nor sends the settings on
    -- start, so the server also gets them as initializationOptions.
    config.init_options = vim.deepcopy(section)
  end
  return config
end

-- Walks up from `dir` looking for one of `markers`; returns the directory that has it, or nil.
local function find_root(dir, markers)
  if not dir or dir == '' or not markers or #markers == 0 then
    return nil
  end
  local current = dir
  while true do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(current .. '/' .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      return nil
    end
    current = parent
  end
end

local legacy_clients = {} -- root (or '') -> client id, Neovim 0.7 only

--- Attaches the nutgraf client to a buffer (used by the FileType autocmd before 0.11).
function M.attach(bufnr, config)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  config = config or M.config or M.make_config({})
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return nil
  end
  local buftype = vim.bo[bufnr].buftype
  if buftype ~= '' and buftype ~= 'acwrite' then
    return nil
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil -- no file, no URI to give the server
  end
  local root = config.root_dir
  if type(root) ~= 'string' then
    root = find_root(vim.fn.fnamemodify(name, ':p:h'), config.root_markers)
  end
  local client_config = vim.deepcopy(config)
  client_config.root_dir = root
  client_config.root_markers = nil
  client_config.filetypes = nil
  -- Before 0.11 the client does not push `settings` by itself (nvim-lspconfig does the same).
  -- Neovim < 0.10 maps nothing on attach: K shows the hover where nothing else claims it.
  local user_on_attach = config.on_attach
  client_config.on_attach = function(client, attached)
    if M.keymaps ~= false and not has('0.10') then
      M.map_hover(attached)
    end
    if user_on_attach then
      return user_on_attach(client, attached)
    end
  end
  local user_on_init = config.on_init
  client_config.on_init = function(client, result)
    if not has('0.11') and client.config.settings and next(client.config.settings) then
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end
    if user_on_init then
      return user_on_init(client, result)
    end
  end

  if has('0.8') then
    return vim.lsp.start(client_config, { bufnr = bufnr })
  end

  -- Neovim 0.7: one client per root, shared by all its buffers.
  local key = root or ''
  local id = legacy_clients[key]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(client_config)
    legacy_clients[key] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Maps `K` in Normal mode to vim.lsp.buf.hover() in buffer `bufnr` unless `K` is already
--- mapped there (buffer-local or global), as Neovim >= 0.10 does by itself. True if it mapped.
function M.map_hover(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local taken = false
  vim.api.nvim_buf_call(bufnr, function()
    taken = vim.fn.maparg('K', 'n') ~= ''
  end)
  if taken then
    return false
  end
  vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = bufnr, desc = 'nutgraf: hover (vim.lsp.buf.hover)' })
  return true
end

--- True when an offered action title is `title`, exactly or followed by more words: a note in
--- parentheses ("Summarize article (first 5 KB of 9 KB)" for documents larger than
--- maxDocumentBytes) or the front-matter key ("Write summary to front matter description").
function M.title_matches(offered, title)
  return offered == title or offered:sub(1, #title + 1) == title .. ' '
end

--- Runs the nutgraf code action with this title ("Summarize article", "Summarize section",
--- "Summarize paragraph", "Summarize selection", "Replace selection with summary").
function M.code_action(title, range)
  if has('0.8') then
    local opts = {
      apply = true,
      filter = function(action)
        return type(action.title) == 'string' and M.title_matches(action.title, title)
      end,
    }
    if range then
      opts.range = range
    end
    return vim.lsp.buf.code_action(opts)
  end
  -- Neovim 0.7 has no filter: answer the action menu ourselves, once.
  local select = vim.ui.select
  local restored = false
  local function restore()
    if not restored then
      restored = true
      vim.ui.select = select
    end
  end
  vim.ui.select = function(items, select_opts, on_choice)
    restore()
    if not select_opts or select_opts.kind ~= 'codeaction' then
      return select(items, select_opts, on_choice)
    end
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      if type(action) == 'table' and type(action.title) == 'string' and M.title_matches(action.title, title) then
        return on_choice(item, i)
      end
    end
    vim.notify('nutgraf: no "' .. title .. '" action here', vim.log.levels.WARN)
    return on_choice(nil)
  end
  vim.defer_fn(restore, 10000) -- in case no menu comes (no client, no actions)
  if range then
    vim.lsp.buf.range_code_action(nil, range.start, range['end'])
  else
    vim.lsp.buf.code_action()
  end
end

local subcommands = {
  article = 'Summarize article',
  section = 'Summarize section',
  paragraph = 'Summarize paragraph',
  selection = 'Summarize selection',
  replace = 'Replace selection with summary',
  description = 'Write summary to front matter',
}

--- Whether a nutgraf client is attached to `bufnr`.
local function attached(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, client in ipairs(get() or {}) do
    if client.name == 'nutgraf' and vim.lsp.buf_is_attached(bufnr, client.id) then
      return true
    end
  end
  return false
end

--- The outline of `bufnr` from nutgraf's document symbols, flattened in document order:
--- `{ { lnum = 1, col = 1, depth = 0, name = 'Title', detail = 'its gist' }, ... }`;
--- nil and a message when there is no answer within `timeout_ms` (default 2000).
function M.outline_items(bufnr, timeout_ms)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, timeout_ms or 2000)
  if not responses then
    return nil, tostring(err or 'no answer')
  end
  local items = {}
  local function walk(symbols, depth)
    for _, s in ipairs(symbols or {}) do
      local range = s.selectionRange or s.range or (s.location and s.location.range)
      table.insert(items, {
        lnum = range.start.line + 1,
        col = range.start.character + 1,
        depth = depth,
        name = s.name,
        detail = s.detail,
      })
      walk(s.children, depth + 1)
    end
  end
  for id, response in pairs(responses) do
    local client = vim.lsp.get_client_by_id(id)
    if client and client.name == 'nutgraf' and type(response.result) == 'table' then
      walk(response.result, 0)
    end
  end
  return items
end

--- `:Nutgraf outline`: the headings with their gists in the location list.
function M.outline(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local items, err = M.outline_items(bufnr)
  if not items then
    vim.notify('nutgraf: no outline: ' .. err, vim.log.levels.WARN)
    return
  end
  local list = {}
  for _, item in ipairs(items) do
    local text = string.rep('  ', item.depth) .. item.name
    if item.detail and item.detail ~= '' then
      text = text .. ' — ' .. item.detail
    end
    table.insert(list, { bufnr = bufnr, lnum = item.lnum, col = item.col, text = text })
  end
  vim.fn.setloclist(0, {}, ' ', { title = 'nutgraf outline', items = list })
  vim.cmd('lopen')
end

--- Asks for the code lenses of `bufnr` again (reading time and "Summarize section" on headings).
function M.refresh_lenses(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not attached(bufnr) or not vim.lsp.codelens then
    return
  end
  if has('0.10') then
    pcall(vim.lsp.codelens.refresh, { bufnr = bufnr })
  elseif vim.api.nvim_get_current_buf() == bufnr then
    pcall(vim.lsp.codelens.refresh)
  end
end

local function lens_autocmds()
  local group = vim.api.nvim_create_augroup('nutgraf_lenses', { clear = true })
  local events = { 'BufEnter', 'InsertLeave', 'BufWritePost' }
  if has('0.8') then
    table.insert(events, 'LspAttach')
  end
  vim.api.nvim_create_autocmd(events, {
    group = group,
    callback = function(args)
      M.refresh_lenses(args.buf)
    end,
    desc = 'nutgraf: refresh code lenses',
  })
end

local function define_commands()
  vim.api.nvim_create_user_command('Nutgraf', function(cmd)
    if cmd.args == 'outline' then
      return M.outline(0)
    elseif cmd.args == 'lens' then
      return vim.lsp.codelens.run()
    end
    local title = subcommands[cmd.args ~= '' and cmd.args or 'article']
    if not title then
      vim.notify('nutgraf: unknown action ' .. cmd.args, vim.log.levels.ERROR)
      return
    end
    local range
    if cmd.range == 2 then
      local last = vim.api.nvim_buf_get_lines(0, cmd.line2 - 1, cmd.line2, true)[1] or ''
      range = { start = { cmd.line1, 0 }, ['end'] = { cmd.line2, math.max(#last - 1, 0) } }
    end
    M.code_action(title, range)
  end, {
    nargs = '?',
    range = true,
    complete = function()
      local names = vim.tbl_keys(subcommands)
      table.insert(names, 'outline')
      table.insert(names, 'lens')
      table.sort(names)
      return names
    end,
    desc = 'nutgraf: summarize (article|section|paragraph|selection|replace|description), outline, lens',
  })
end

--- Sets nutgraf up. `opts` are merged over lsp/nutgraf.lua (cmd, filetypes, root_markers,
--- settings, init_options, capabilities, on_attach, ...), plus:
---   native    (boolean) use vim.lsp.config/vim.lsp.enable (default: true on Neovim >= 0.11)
---   autostart (boolean) start on FileType (default true)
---   commands  (boolean) define :Nutgraf [article|section|...|outline|lens] (default true)
---   keymaps   (boolean) on Neovim < 0.10, map K to hover in attached buffers where K is not
---             mapped yet (default true; Neovim >= 0.10 does that itself)
---   lenses    (boolean) refresh code lenses on BufEnter/InsertLeave/BufWritePost (default true)
function M.setup(opts)
  opts = opts or {}
  local config = M.make_config(opts)
  M.config = config
  M.keymaps = opts.keymaps

  if opts.commands ~= false then
    define_commands()
  end
  if opts.lenses ~= false then
    lens_autocmds()
  end

  local native = opts.native
  if native == nil then
    native = has('0.11') and vim.lsp.config ~= nil and vim.lsp.enable ~= nil
  end
  if native then
    local native_config = vim.deepcopy(config)
    native_config.name = nil
    vim.lsp.config('nutgraf', native_config)
    if opts.autostart ~= false then
      vim.lsp.enable('nutgraf')
    end
    M.mode = 'setup (vim.lsp.config + vim.lsp.enable)'
    return config
  end
  M.mode = 'setup (FileType autocmd)'

  if opts.autostart == false then
    return config
  end
  local group = vim.api.nvim_create_augroup('nutgraf', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = config.filetypes,
    callback = function(args)
      M.attach(args.buf, config)
    end,
    desc = 'nutgraf: attach the language server',
  })
  -- Buffers that were already open when setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr)
        and vim.tbl_contains(config.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr, config)
    end
  end
  return config
end

return M
