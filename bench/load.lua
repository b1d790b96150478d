-- wrk script used by bench/run.sh: a copy of ../shared/tools/baseline/load.lua (same protocol,
-- same output) that also templates the path: {{n}} in path and body is the request counter (unique
-- across all threads), {{id}} the n-th line of an ids file (e.g. task ids for submit-form).
-- Script args (after "--"): method path body_template total_requests nthreads outdir offset auth [ids_file]
--   auth: value of the Authorization header, or "-" for none.
-- Each thread writes OUTDIR/thread-<tid>.txt when it has received its share of responses and then
-- stops itself; bench.sh waits for all files and sends wrk SIGINT (wrk otherwise sleeps -d).
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC, same clock in every thread
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

-- setup phase (main Lua state): number the threads
local next_tid = 0
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

-- running phase (one Lua state per thread)
local method, path, tmpl, quota, nthreads, outdir, offset, headers
local ids = {}
local k, sent, responses, non2xx, last_n = 0, 0, 0, 0, 0
local statuses = {}
local t_first, t_last
local finished = false
local verify_pending = false

function init(args)
  method, path, tmpl = args[1], args[2], args[3]
  local total = tonumber(args[4])
  nthreads = tonumber(args[5])
  outdir = args[6]
  offset = tonumber(args[7])
  local auth = args[8]
  if args[9] and args[9] ~= "" and args[9] ~= "-" then
    for line in io.lines(args[9]) do ids[#ids + 1] = line end
  end
  quota = math.floor(total / nthreads)
  if tid < total % nthreads then quota = quota + 1 end
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  if auth and auth ~= "-" then headers["Authorization"] = auth end
  -- wrk calls request() once in thread 0 to verify the script before the run starts
  verify_pending = (tid == 0)
end

function request()
  local n = offset + 1 + tid + k * nthreads
  k = k + 1
  last_n = n
  if verify_pending then
    verify_pending = false
  else
    sent = sent + 1
    if not t_first then t_first = now() end
  end
  local id = ids[n] or ""
  local body = nil
  if tmpl ~= "" then body = tmpl:gsub("{{n}}", tostring(n)):gsub("{{id}}", id) end
  local p = path:gsub("{{n}}", tostring(n)):gsub("{{id}}", id)
  return wrk.format(method, p, headers, body)
end

local function finish()
  finished = true
  t_last = now()
  local codes = {}
  for code, c in pairs(statuses) do codes[#codes + 1] = code .. ":" .. c end
  table.sort(codes)
  local f = io.open(outdir .. "/thread-" .. tid .. ".txt", "w")
  -- a few more request() calls may follow in this event-loop turn (at most one per connection),
  -- so bench.sh starts the next phase's {{n}} above last_n + connections
  f:write(string.format("%d %d %d %.6f %.6f %s %d\n", responses, non2xx, sent,
    t_first or t_last, t_last, table.concat(codes, ","), last_n))
  f:close()
  wrk.thread:stop()
end

function response(status, hdrs, body)
  if finished then return end
  responses = responses + 1
  statuses[status] = (statuses[status] or 0) + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if responses >= quota then finish() end
end
