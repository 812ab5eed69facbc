-- :checkhealth nutgraf — the server binary and its version, how the client is configured, the
-- clients attached and the settings they send. Works on Neovim 0.7 and later.

local M = {}

-- vim.health.start/ok/… (0.10+), vim.health.report_* (0.8, 0.9), require('health').report_* (0.7).
local health = vim.health or require('health')
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local fail = health.error or health.report_error
local info = health.info or health.report_info

local function has(version)
  return vim.fn.has('nvim-' .. version) == 1
end

local function nutgraf_clients()
  local all = vim.lsp.get_clients and vim.lsp.get_clients({ name = 'nutgraf' }) or vim.lsp.get_active_clients()
  local out = {}
  for _, client in ipairs(all) do
    if client.name == 'nutgraf' then
      table.insert(out, client)
    end
  end
  return out
end

local function buffers_of(client)
  local out = {}
  if client.attached_buffers then
    for bufnr, attached in pairs(client.attached_buffers) do
      if attached then
        table.insert(out, bufnr)
      end
    end
  elseif vim.lsp.get_buffers_by_client_id then
    out = vim.lsp.get_buffers_by_client_id(client.id)
  end
  table.sort(out)
  local names = {}
  for _, bufnr in ipairs(out) do
    local name = vim.api.nvim_buf_get_name(bufnr)
    table.insert(names, name ~= '' and vim.fn.fnamemodify(name, ':~:.') or ('buffer ' .. bufnr))
  end
  return names
end

-- The configuration in force: setup()'s, else vim.lsp.config's (0.11+), else lsp/nutgraf.lua.
local function configuration()
  local nutgraf = require('nutgraf')
  if nutgraf.config then
    return nutgraf.config, nutgraf.mode or 'setup()'
  end
  if has('0.11') and vim.lsp.config then
    local got, config = pcall(function()
      return vim.lsp.config.nutgraf
    end)
    if got and config then
      if not vim.lsp.is_enabled then
        return config, 'vim.lsp.config (lsp/nutgraf.lua)'
      end
      return config, vim.lsp.is_enabled('nutgraf') and 'vim.lsp.enable (lsp/nutgraf.lua)' or nil
    end
  end
  return nutgraf.base_config(), nil
end

function M.check()
  start('nutgraf')
  local v = vim.version()
  info(string.format('Neovim %d.%d.%d', v.major, v.minor, v.patch))

  local config, mode = configuration()
  if mode then
    ok('configured with ' .. mode)
  else
    warn('not set up: call vim.lsp.enable(\'nutgraf\') (Neovim 0.11+) or require(\'nutgraf\').setup()')
  end

  local cmd = type(config.cmd) == 'table' and config.cmd[1] or nil
  if type(cmd) ~= 'string' then
    info('cmd is a function: the server binary cannot be checked')
  else
    local exe = vim.fn.exepath(cmd)
    if exe == '' then
      fail('server not found: ' .. cmd, {
        'install it: cargo install --locked --path . in the nutgraf repository (puts it in ~/.cargo/bin)',
        'or point cmd at it: require(\'nutgraf\').setup({ cmd = { \'/path/to/nutgraf\' } })',
      })
    else
      ok('server: ' .. exe)
      local out = vim.fn.system({ exe, '--version' })
      if vim.v.shell_error == 0 and out:match('^nutgraf ') then
        ok('version: ' .. vim.trim(out))
      else
        fail('`' .. exe .. ' --version` failed: ' .. vim.trim(out))
      end
    end
  end

  local clients = nutgraf_clients()
  if #clients == 0 then
    info('no nutgraf client running (open a Markdown or text file)')
  end
  for _, client in ipairs(clients) do
    local buffers = buffers_of(client)
    ok(string.format('client %d attached to %d buffer(s): %s; root: %s; position encoding: %s', client.id, #buffers,
      table.concat(buffers, ', '), tostring(client.config.root_dir or '(single file)'),
      tostring(client.offset_encoding)))
  end

  local settings = (clients[1] and clients[1].config.settings or config.settings or {}).nutgraf
  if type(settings) ~= 'table' or next(settings) == nil then
    info('settings: none (the server\'s defaults)')
  else
    info('settings (as sent to the server): ' .. vim.fn.json_encode(settings))
  end
  if not has('0.10') then
    local nutgraf = require('nutgraf')
    info('K shows the hover: ' .. (nutgraf.keymaps == false and 'off (keymaps = false)' or 'mapped on attach where K is free'))
  end
end

return M
