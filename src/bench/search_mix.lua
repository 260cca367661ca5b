-- Search as the catalogue sees it: filtered and free-text searches in turn (the warm-up curve's load).
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local f = io.open(os.getenv("TOKEN_FILE")); local token = f:read("*a"); f:close()
wrk.headers["Authorization"] = "Bearer " .. token
local paths = {
  "/api/v1/opportunities?municipality=167&type=WORK_TRIAL&targetGroup=YOUTH&top=50",
  "/api/v1/opportunities?q=kahvila&availableOnly=true&top=50",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
done = report.done
