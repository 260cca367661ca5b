-- Search as the catalogue sees it: filtered and free-text searches in turn. Also counts the responses in
-- each second of the run (all threads together), printed as BENCH_CURVE for the warm-up curve.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local f = io.open(os.getenv("TOKEN_FILE")); local token = f:read("*a"); f:close()
wrk.headers["Authorization"] = "Bearer " .. token
local paths = {
  "/api/v1/opportunities?municipality=167&type=WORK_TRIAL&targetGroup=YOUTH&top=50",
  "/api/v1/opportunities?q=kahvila&availableOnly=true&top=50",
}
local threads = {}
setup = function(thread)
  thread:set("started", os.time())
  table.insert(threads, thread)
end

local n = 0
counts = {}
request = function()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
response = function(status, headers, body)
  local second = os.time() - started
  counts[second] = (counts[second] or 0) + 1
end

done = function(summary, latency, requests)
  report.done(summary, latency, requests)
  local total, last = {}, 0
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for second, count in pairs(c) do
      total[second] = (total[second] or 0) + count
      if second > last then last = second end
    end
  end
  local curve = {}
  for second = 0, last do curve[#curve + 1] = tostring(total[second] or 0) end
  io.write("BENCH_CURVE [" .. table.concat(curve, ",") .. "]\n")
end
