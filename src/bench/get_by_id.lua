-- GET /api/v1/opportunities/{id} with ids chosen at random from IDS_FILE.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local f = io.open(os.getenv("TOKEN_FILE")); local token = f:read("*a"); f:close()
wrk.headers["Authorization"] = "Bearer " .. token
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/opportunities/" .. ids[math.random(#ids)])
end
done = report.done
