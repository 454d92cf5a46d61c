-- wrk script: each request reads a page of the back office's order list as a staff user who writes nothing
-- (so the read replica may serve it). args: <token file: one token on its first line>
local token
local statuses = { "", "PENDING", "CONFIRMED" }
thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  token = io.lines(args[1])()
  math.randomseed(os.time() + thread_id * 104729)
end

function request()
  local status = statuses[math.random(1, #statuses)]
  local path = "/api/admin/orders?size=20&page=" .. math.random(0, 4)
  if status ~= "" then
    path = path .. "&status=" .. status
  end
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format('RESULT {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,'
      .. '"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
