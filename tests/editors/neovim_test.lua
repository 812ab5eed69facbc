-- Headless Neovim test of editors/neovim, run by tests/editors/neovim.sh:
--   nvim --headless --clean -i NONE -c 'luafile tests/editors/neovim_test.lua'
-- Environment: NUTGRAF_BIN (server), NUTGRAF_REPO (repository root), NUTGRAF_WORK (temp dir
-- with article.md and article.txt), NUTGRAF_MODE (enable | setup | setup-legacy),
-- NUTGRAF_RESULTS (file that gets one "PASS name: detail" / "FAIL name: detail" line per check).
-- Works on Neovim 0.7 through 0.12.

local bin = assert(os.getenv('NUTGRAF_BIN'), 'NUTGRAF_BIN')
local repo = assert(os.getenv('NUTGRAF_REPO'), 'NUTGRAF_REPO')
local work = assert(os.getenv('NUTGRAF_WORK'), 'NUTGRAF_WORK')
local mode = os.getenv('NUTGRAF_MODE') or 'setup'
local results_path = assert(os.getenv('NUTGRAF_RESULTS'), 'NUTGRAF_RESULTS')
local wait_ms = tonumber(os.getenv('NUTGRAF_WAIT_MS') or '') or 20000

local results = assert(io.open(results_path, 'a'))
local function report(ok, name, detail)
  local line = (ok and 'PASS ' or 'FAIL ') .. name
  if detail and detail ~= '' then
    line = line .. ': ' .. detail:gsub('\n', ' | ')
  end
  results:write(line .. '\n')
  results:flush()
end
local function note(text)
  results:write('  ' .. text:gsub('\n', ' | ') .. '\n')
  results:flush()
end

-- Messages the client shows the user (errors from the server end up here).
local notifications = {}
local notify = vim.notify
vim.notify = function(msg, level, opts)
  table.insert(notifications, tostring(msg))
  return notify(msg, level, opts)
end
local function recent_notifications()
  local n = #notifications
  local from = math.max(1, n - 3)
  local out = {}
  for i = from, n do
    table.insert(out, notifications[i])
  end
  return table.concat(out, ' / ')
end

-- At most n bytes of s, never cutting a UTF-8 character in two.
local function clip(s, n)
  if #s <= n then
    return s
  end
  return (s:sub(1, n):gsub('[\xC0-\xFF][\x80-\xBF]*$', '')) .. '...'
end

local function normalize(text)
  text = text:gsub('\\([%p])', '%1') -- Markdown escapes
  text = text:gsub('%s+', ' ')
  return vim.trim(text)
end

local function clients_of(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'nutgraf' })
  end
  local out = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'nutgraf' then
      table.insert(out, client)
    end
  end
  return out
end

local function floats()
  local out = {}
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      table.insert(out, win)
    end
  end
  return out
end

local function close_floats()
  for _, win in ipairs(floats()) do
    pcall(vim.api.nvim_win_close, win, true)
  end
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

-- The sentences of the paragraph that contains line `lnum` (1-based).
local function paragraph_sentences(bufnr, lnum)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local first, last = lnum, lnum
  while first > 1 and vim.trim(lines[first - 1]) ~= '' do
    first = first - 1
  end
  while last < #lines and vim.trim(lines[last + 1]) ~= '' do
    last = last + 1
  end
  local text = normalize(table.concat(vim.list_slice(lines, first, last), ' '))
  local sentences = {}
  for sentence in text:gmatch('[^.!?]+[.!?]') do
    table.insert(sentences, vim.trim(sentence))
  end
  return sentences
end

local function find_line(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find(needle, 1, true) then
      return i
    end
  end
  error('fixture line not found: ' .. needle)
end

local function count(haystack, needle)
  local n, from = 0, 1
  while true do
    local s, e = haystack:find(needle, from, true)
    if not s then
      return n
    end
    n, from = n + 1, e + 1
  end
end

-- Runs the code action with this title through the normal UI path: vim.lsp.buf.code_action()
-- and the vim.ui.select menu, where we "pick" the entry like a user would.
local function pick_code_action(title)
  local offered = {}
  local picked = false
  local select = vim.ui.select
  vim.ui.select = function(items, opts, on_choice)
    vim.ui.select = select
    local choice
    for i, item in ipairs(items) do
      local action = item.action or item[2] or item
      table.insert(offered, action.title)
      if action.title == title and not choice then
        choice = i
      end
    end
    picked = choice ~= nil
    if choice then
      on_choice(items[choice], choice)
    else
      on_choice(nil)
    end
  end
  vim.lsp.buf.code_action()
  return offered, function()
    return picked
  end, function()
    vim.ui.select = select
  end
end

local function check_file(file, spec)
  local label = spec.label
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= spec.filetype then
    report(false, label .. ' filetype', 'expected ' .. spec.filetype .. ', got ' .. vim.bo[bufnr].filetype)
  end

  -- 1. The client attaches and the server initializes.
  local client
  local died_before = #notifications
  local attached = vim.wait(wait_ms, function()
    client = clients_of(bufnr)[1]
    if client == nil then
      -- The server process exited: no use waiting any longer.
      for i = died_before + 1, #notifications do
        if notifications[i]:find('quit with exit code', 1, true) then
          return true
        end
      end
      return false
    end
    return client.server_capabilities ~= nil and next(client.server_capabilities) ~= nil
  end, 50) and client ~= nil
  if not attached then
    report(false, label .. ' attach', 'no initialized nutgraf client after ' .. wait_ms .. ' ms; ' .. recent_notifications())
    return
  end
  local language_id = client.config.get_language_id and client.config.get_language_id(bufnr, vim.bo[bufnr].filetype)
    or vim.bo[bufnr].filetype
  report(language_id == spec.language_id, label .. ' attach',
    'languageId ' .. tostring(language_id) .. ', offset encoding ' .. tostring(client.offset_encoding))

  -- 1b. The outline: the headings (the plain-text title), each with a gist from the document.
  if spec.outline then
    local items, err
    vim.wait(wait_ms, function()
      items, err = require('nutgraf').outline_items(bufnr, 2000)
      return items ~= nil and #items > 0
    end, 100)
    local names, ok = {}, items ~= nil and #items == #spec.outline
    local body = normalize(buffer_text(bufnr))
    for i, item in ipairs(items or {}) do
      table.insert(names, string.rep('>', item.depth) .. item.name .. ' @' .. item.lnum)
      local want = spec.outline[i]
      local detail = (item.detail or ''):gsub('…$', '')
      if not want or want ~= names[#names] or detail == '' or not body:find(detail, 1, true) then
        ok = false
      end
    end
    report(ok, label .. ' outline', table.concat(names, ', ') .. (err and ('; ' .. err) or '')
      .. (items and items[1] and ('; first gist: ' .. tostring(items[1].detail)) or ''))
    -- :Nutgraf outline (with setup(); else the function behind it) fills the location list.
    local how = vim.fn.exists(':Nutgraf') == 2 and ':Nutgraf outline' or "require('nutgraf').outline()"
    local listed = vim.fn.exists(':Nutgraf') == 2 and pcall(vim.cmd, 'Nutgraf outline')
      or pcall(require('nutgraf').outline, 0)
    local loclist = vim.fn.getloclist(0)
    report(listed and #loclist == #spec.outline, label .. ' ' .. how, #loclist .. ' location-list entries')
    pcall(vim.cmd, 'lclose')
  end

  -- 2. Hover over a paragraph shows one of its sentences.
  local lnum = find_line(bufnr, spec.hover_line)
  local sentences = paragraph_sentences(bufnr, lnum)
  local hover_text, hover_ok = nil, false
  for _ = 1, 3 do
    close_floats()
    vim.api.nvim_win_set_cursor(0, { lnum, 4 })
    vim.lsp.buf.hover()
    local win
    vim.wait(math.floor(wait_ms / 3), function()
      win = floats()[1]
      return win ~= nil
    end, 25)
    if win then
      local fbuf = vim.api.nvim_win_get_buf(win)
      hover_text = normalize(table.concat(vim.api.nvim_buf_get_lines(fbuf, 0, -1, false), ' '))
      for _, sentence in ipairs(sentences) do
        if hover_text:find(sentence, 1, true) then
          hover_ok = true
        end
      end
      break
    end
  end
  close_floats()
  if hover_ok then
    report(true, label .. ' hover', 'shows: ' .. clip(hover_text, 100))
  elseif hover_text then
    report(false, label .. ' hover', 'hover has none of the paragraph sentences: ' .. clip(hover_text, 200))
  else
    report(false, label .. ' hover', 'no hover window; ' .. recent_notifications())
  end

  -- 2b. K shows the same hover: Neovim >= 0.10 maps it on attach, setup() does on older ones.
  local mapped = vim.fn.maparg('K', 'n') ~= ''
  if not mapped then
    report(false, label .. ' K', 'K is not mapped in the buffer (keywordprg would run)')
  else
    close_floats()
    vim.api.nvim_win_set_cursor(0, { lnum, 4 })
    vim.api.nvim_feedkeys('K', 'x', false)
    local win
    vim.wait(wait_ms, function()
      win = floats()[1]
      return win ~= nil
    end, 25)
    local k_text = win and normalize(table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), ' '))
    local k_ok = false
    for _, sentence in ipairs(sentences) do
      if k_text and k_text:find(sentence, 1, true) then
        k_ok = true
      end
    end
    close_floats()
    report(k_ok, label .. ' K', k_ok and 'hover float' or ('no hover with a paragraph sentence: ' .. tostring(k_text)))
  end

  -- 3. "Summarize article" inserts the TL;DR block.
  local para = find_line(bufnr, spec.action_line)
  vim.api.nvim_win_set_cursor(0, { para, 2 })
  local offered, was_picked, restore = pick_code_action('Summarize article')
  local inserted = vim.wait(wait_ms, function()
    return spec.has_block(buffer_text(bufnr))
  end, 50)
  restore()
  if inserted then
    report(true, label .. ' "Summarize article"', 'actions offered: ' .. table.concat(offered, ', '))
  else
    local why
    if #offered == 0 then
      why = 'no code action menu (no actions?)'
    elseif not was_picked() then
      why = '"Summarize article" not among: ' .. table.concat(offered, ', ')
    else
      why = 'picked, but the buffer has no TL;DR block'
    end
    report(false, label .. ' "Summarize article"', why .. '; ' .. recent_notifications())
    note('buffer now: ' .. clip(buffer_text(bufnr), 300))
    return
  end
  local text = buffer_text(bufnr)
  local quoted = 0
  for _, sentence in ipairs(spec.all_sentences) do
    if normalize(spec.block_of(text)):find(sentence, 1, true) then
      quoted = quoted + 1
    end
  end
  report(quoted == 2, label .. ' TL;DR quotes 2 sentences of the article (settings: summary.sentences = 2)',
    quoted .. ' quoted: ' .. clip(normalize(spec.block_of(text)), 120))

  -- 4. Running it again updates the block in place instead of adding a second one: same
  -- document, same summary, so the text must come out identical (which also checks the ranges
  -- of the edit across the non-ASCII text of the fixture).
  local first_text = text
  -- With setup(), through its :Nutgraf command (require('nutgraf').code_action); with plain
  -- vim.lsp.enable, through the menu again.
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  local how, ran, restore2
  if vim.fn.exists(':Nutgraf') == 2 then
    how = ':Nutgraf article'
    ran = pcall(vim.cmd, 'Nutgraf article')
  else
    how = 'the code action menu'
    local _, picked
    _, picked, restore2 = pick_code_action('Summarize article')
    ran = picked
  end
  -- The edit is applied even though it changes nothing, which bumps b:changedtick.
  local edited = vim.wait(math.floor(wait_ms / 4), function()
    return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick
  end, 50)
  vim.wait(300, function()
    return false
  end, 50) -- let a possible second edit arrive
  if restore2 then
    restore2()
  end
  if type(ran) == 'function' then
    ran = ran()
  end
  text = buffer_text(bufnr)
  local blocks = spec.count_blocks(text)
  local same = text == first_text
  report(blocks == 1 and ran and edited and same,
    label .. ' second "Summarize article" (' .. how .. ') replaces the block',
    blocks .. ' block(s) after the second run, text ' .. (same and 'unchanged' or 'changed')
      .. (edited and '' or ', no edit applied')
      .. (ran and '' or '; failed to run: ' .. recent_notifications()))
  if not same then
    note('after the first run: ' .. clip(first_text, 400))
    note('after the second run: ' .. clip(text, 400))
  end
end

-- Sentences of the file's body paragraphs (not headings, not the plain-text title line).
local function all_sentences_of(file)
  local f = assert(io.open(file))
  local text = f:read('*a')
  f:close()
  local out = {}
  for paragraph in (text .. '\n\n'):gmatch('(.-)\n%s*\n') do
    paragraph = normalize(paragraph)
    if paragraph ~= '' and not paragraph:find('^#') then
      for sentence in paragraph:gmatch('[^.!?]+[.!?]') do
        table.insert(out, vim.trim(sentence))
      end
    end
  end
  return out
end

local md_open, md_close = '<!-- nutgraf:summary -->', '<!-- /nutgraf:summary -->'

-- :checkhealth nutgraf: the binary, its version, the configuration, the attached client and
-- the settings, with no error.
local function check_health(prefix)
  local version = vim.trim(vim.fn.system({ bin, '--version' }))
  vim.cmd('checkhealth nutgraf')
  local hbuf = vim.api.nvim_get_current_buf()
  vim.wait(5000, function()
    return buffer_text(hbuf):find('settings', 1, true) ~= nil
  end, 50)
  local text = buffer_text(hbuf)
  local missing = {}
  for _, needle in ipairs({ 'server: ' .. bin, 'version: ' .. version, 'configured with', 'attached to 2 buffer(s)', '{"summary": {"sentences": 2}}' }) do
    if not text:find(needle, 1, true) then
      table.insert(missing, needle)
    end
  end
  local has_error = text:find('ERROR', 1, true) ~= nil
  report(#missing == 0 and not has_error, prefix .. ' :checkhealth nutgraf',
    (#missing == 0 and not has_error) and version or ('missing ' .. table.concat(missing, '; ') .. ' in: ' .. clip(text, 600)))
  pcall(vim.cmd, 'bwipeout! ' .. hbuf)
end

-- setup() never takes K from a buffer that maps it already (Neovim < 0.10 path), and
-- nvim-lspconfig's classic config (lua/lspconfig/configs/nutgraf.lua) has lsp/nutgraf.lua's
-- fields (with a stand-in for lspconfig.util: nvim-lspconfig is not installed here).
local function check_keymap_and_lspconfig(prefix)
  local nutgraf = require('nutgraf')
  local buf = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_buf_set_keymap(buf, 'n', 'K', ':echo "mine"<CR>', {})
  local took = nutgraf.map_hover(buf)
  local kept
  vim.api.nvim_buf_call(buf, function()
    kept = vim.fn.maparg('K', 'n')
  end)
  report(took == false and kept == ':echo "mine"<CR>', prefix .. ' K already mapped is kept', kept)
  vim.api.nvim_buf_delete(buf, { force = true })

  package.loaded['lspconfig.util'] = {
    root_pattern = function(...)
      local markers = { ... }
      return function()
        return table.concat(markers, ',')
      end
    end,
  }
  local got, config = pcall(require, 'lspconfig.configs.nutgraf')
  package.loaded['lspconfig.util'] = nil
  local d = got and config.default_config or {}
  local shape = got and d.cmd and d.cmd[1] == 'nutgraf' and table.concat(d.filetypes, ',') == 'markdown,text'
    and d.root_dir() == '.git,.hg,.jj' and d.single_file_support == true and d.get_language_id(0, 'text') == 'plaintext'
  report(shape and true or false, prefix .. ' nvim-lspconfig config', got and vim.inspect(d.cmd) or tostring(config))
end

local function main()
  vim.opt.runtimepath:prepend(repo .. '/editors/neovim')
  local version = vim.version()
  local prefix = string.format('nvim %d.%d.%d %s:', version.major, version.minor, version.patch, mode)

  -- A non-default setting, to see that settings reach the server: two-sentence summaries.
  local settings = { nutgraf = { summary = { sentences = 2 } } }
  if mode == 'enable' then
    -- Neovim >= 0.11, exactly as a user with lsp/nutgraf.lua on 'runtimepath' would.
    vim.lsp.config('nutgraf', { cmd = { bin }, settings = settings })
    vim.lsp.enable('nutgraf')
  elseif mode == 'setup' then
    require('nutgraf').setup({ cmd = { bin }, settings = settings })
  elseif mode == 'setup-legacy' then
    require('nutgraf').setup({ cmd = { bin }, settings = settings, native = false })
  else
    error('unknown NUTGRAF_MODE ' .. mode)
  end

  local md = work .. '/article.md'
  local txt = work .. '/article.txt'
  check_file(md, {
    label = prefix .. ' markdown',
    filetype = 'markdown',
    language_id = 'markdown',
    hover_line = 'Supporters said',
    action_line = 'The city council voted',
    outline = { 'City council approves new bike lanes @1', '>Concerns @12' },
    all_sentences = all_sentences_of(md),
    has_block = function(text)
      return text:find(md_open, 1, true) ~= nil and text:find(md_close, 1, true) ~= nil
    end,
    block_of = function(text)
      local s = text:find(md_open, 1, true) or 1
      local e = text:find(md_close, 1, true) or #text
      return text:sub(s + #md_open, e - 1)
    end,
    count_blocks = function(text)
      return count(text, md_open)
    end,
  })
  check_file(txt, {
    label = prefix .. ' plaintext',
    filetype = 'text',
    language_id = 'plaintext',
    hover_line = 'Students said',
    outline = { 'Library extends opening hours for students @1' },
    action_line = 'The central library',
    all_sentences = all_sentences_of(txt),
    has_block = function(text)
      return ('\n\n' .. text):find('\n\nTL;DR:', 1, true) ~= nil
    end,
    block_of = function(text)
      local s = ('\n\n' .. text):find('\n\nTL;DR:', 1, true) or 1
      local rest = text:sub(s + #'TL;DR:')
      return rest:match('^(.-)\n%s*\n') or rest
    end,
    count_blocks = function(text)
      return count('\n' .. text, '\nTL;DR:')
    end,
  })
  check_health(prefix)
  check_keymap_and_lspconfig(prefix)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  report(false, 'neovim test script', err)
end

-- Stop the clients (shutdown + exit) and wait for them to go, then quit.
pcall(function()
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, client in ipairs(all) do
    if vim.fn.has('nvim-0.11') == 1 then
      client:stop()
    else
      client.stop()
    end
  end
  vim.wait(3000, function()
    local left = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
    return #left == 0
  end, 50)
end)
results:close()
vim.cmd('qall!')
