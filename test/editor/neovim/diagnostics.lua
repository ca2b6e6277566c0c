-- Neovim 0.7 as a real LSP client of the bundled TTHC language server (test/editor/neovim.test.ts).
-- Starts the server over stdio, opens one file, waits for its diagnostics and writes them, one a line, as
--   line:col severity code message
-- (1-based; col counts characters, as `tthc check` does) to $TTHC_NVIM_OUT, then quits (exit 1 on failure,
-- with the reason on the file's first line, starting with "FAIL").
--
-- Environment: TTHC_NODE (Node 24), TTHC_SERVER (server.cjs), TTHC_ROOT (workspace folder), TTHC_FILE
-- (file to open), TTHC_NVIM_OUT (result file), TTHC_WAIT_MS (how long to wait for diagnostics).

local function env(name)
  local value = os.getenv(name)
  if value == nil or value == '' then
    error('environment variable ' .. name .. ' is not set')
  end
  return value
end

local out_path = env('TTHC_NVIM_OUT')

local function finish(lines, status)
  local file = assert(io.open(out_path, 'w'))
  file:write(table.concat(lines, '\n'), '\n')
  file:close()
  if status == 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit ' .. status)
  end
end

local severities = { 'error', 'warning', 'info', 'hint' }

local function run()
  local root = env('TTHC_ROOT')
  local wait_ms = tonumber(os.getenv('TTHC_WAIT_MS') or '') or 30000
  local server_log = {}
  local exited = nil

  local client_id = vim.lsp.start_client({
    name = 'tthc',
    cmd = { env('TTHC_NODE'), env('TTHC_SERVER'), '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'legacy' } },
    handlers = {
      -- The server's log messages, kept for the failure report.
      ['window/logMessage'] = function(_, result)
        table.insert(server_log, result.message)
      end,
    },
    on_exit = function(code, signal)
      exited = 'server exited with code ' .. tostring(code) .. ', signal ' .. tostring(signal)
    end,
  })
  if client_id == nil then
    return { 'FAIL vim.lsp.start_client returned nil' }, 1
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(env('TTHC_FILE')))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'tthc'
  vim.lsp.buf_attach_client(buf, client_id)

  local got = vim.wait(wait_ms, function()
    return exited ~= nil or #vim.diagnostic.get(buf) > 0
  end, 50)
  if not got or exited ~= nil then
    local lines = { 'FAIL no diagnostics within ' .. wait_ms .. ' ms' .. (exited and (' (' .. exited .. ')') or '') }
    vim.list_extend(lines, server_log)
    return lines, 1
  end

  local diagnostics = vim.diagnostic.get(buf)
  table.sort(diagnostics, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  local lines = {}
  for _, d in ipairs(diagnostics) do
    local text = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
    -- Neovim keeps byte columns; the golden file counts characters (UTF-32 index of the byte column).
    local chars = vim.str_utfindex(text, math.min(d.col, #text))
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '-'
    table.insert(lines, string.format('%d:%d %s %s %s', d.lnum + 1, chars + 1, severities[d.severity] or tostring(d.severity), tostring(code), d.message))
  end
  vim.lsp.stop_client(client_id)
  return lines, 0
end

local ok, lines, status = pcall(run)
if not ok then
  finish({ 'FAIL ' .. tostring(lines) }, 1)
else
  finish(lines, status)
end
