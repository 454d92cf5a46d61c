-- wrk script: each request reads one order as its owner. args: <pairs file: token order-id per line>
local pairs_ = {}
local counter = 0
thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local token, id = line:match("^(%S+)%s+(%S+)$")
    pairs_[#pairs_ + 1] = { token = token, id = id }
  end
  math.randomseed(os.time() + thread_id * 104729)
end

function request()
  local pair = pairs_[math.random(1, #pairs_)]
  return wrk.format("GET", "/api/orders/" .. pair.id, { ["Authorization"] = "Bearer " .. pair.token })
end

function done(summary, latency, requests)
  io.write(string.format('RESULT {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,'
      .. '"non2xx":%d,"socket_errors":%d,"p90_ms":%.2f,"p999_ms":%.2f}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(90) / 1000, latency:percentile(99.9) / 1000))
end
