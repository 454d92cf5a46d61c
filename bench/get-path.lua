-- wrk script: every request is GET <path>, with a bearer token when one is given. args: <path> [token]
local path_ = "/"
local headers_ = {}

function init(args)
  path_ = args[1] or "/"
  if args[2] then
    headers_["Authorization"] = "Bearer " .. args[2]
  end
end

function request()
  return wrk.format("GET", path_, headers_)
end

function done(summary, latency, requests)
  io.write(string.format('RESULT {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,'
      .. '"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
