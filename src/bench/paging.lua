-- Follows nextLink page after page (top=50) from the search in PAGE_QUERY, starting over at the end.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local f = io.open(os.getenv("TOKEN_FILE")); local token = f:read("*a"); f:close()
wrk.headers["Authorization"] = "Bearer " .. token
local first = os.getenv("PAGE_QUERY")
local next_path = first
request = function()
  return wrk.format("GET", next_path)
end
response = function(status, headers, body)
  local link = body and body:match('"nextLink":"([^"]+)"')
  if status == 200 and link then
    next_path = link:gsub("^https?://[^/]+", "")
  else
    next_path = first
  end
end
done = report.done
