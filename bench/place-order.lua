-- wrk script: each request places a 3-line order as one of the seeded customers,
-- with a fresh Idempotency-Key. args: <tokens file> <products file>
local tokens, products = {}, {}
local counter = 0
thread_id = 0

local function lines(path)
  local out = {}
  for line in io.lines(path) do out[#out + 1] = line end
  return out
end

local threads = {}
function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  tokens = lines(args[1])
  products = lines(args[2])
  math.randomseed(os.time() + thread_id * 7919)
end

local function pick(from, to) return products[math.random(from, to)] end

function request()
  counter = counter + 1
  local third = math.floor(#products / 3)
  local body = string.format(
    '{"lines":[{"productId":"%s","quantity":1},{"productId":"%s","quantity":1},{"productId":"%s","quantity":1}],'
      .. '"shippingAddress":{"name":"Bench Customer","line1":"1 Load Street","city":"Benchville",'
      .. '"postalCode":"12345","country":"DE"}}',
    pick(1, third), pick(third + 1, 2 * third), pick(2 * third + 1, #products))
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
    ["Idempotency-Key"] = string.format("wrk-%d-%d-%d", thread_id, os.time(), counter),
  }
  return wrk.format("POST", "/api/orders", headers, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format('RESULT {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,'
      .. '"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
