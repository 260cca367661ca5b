-- GET a fixed path with the bearer token in TOKEN_FILE (or none).
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local token_file = os.getenv("TOKEN_FILE")
if token_file and token_file ~= "" then
  local f = io.open(token_file); local token = f:read("*a"); f:close()
  wrk.headers["Authorization"] = "Bearer " .. token
end
done = report.done
