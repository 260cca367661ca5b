-- Two-word free text as a coach types it (inflected forms, a label word, a place), relevance order,
-- rotating over a few queries so that no single cached answer serves them; arg: the path before "&q=";
-- SEARCH_EXTRA adds parameters (run.sh's "facets" scenario asks for counts per filter value with it).
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local token_file = os.getenv("TOKEN_FILE")
if token_file and token_file ~= "" then
  local f = io.open(token_file); local token = f:read("*a"); f:close()
  wrk.headers["Authorization"] = "Bearer " .. token
end
local queries = { "kahvilassa%20asiakaspalvelua", "keitti%C3%B6ss%C3%A4%20nuoret", "puut%C3%B6it%C3%A4%20verstas",
  "siivous%20joensuu", "ty%C3%B6kokeilu%20kahvila", "kierr%C3%A4tys%20myym%C3%A4l%C3%A4ss%C3%A4" }
local base = "/api/v1/opportunities?top=20"
local extra = os.getenv("SEARCH_EXTRA") or ""
local n = 0
init = function(args)
  if args[1] then base = args[1] end
end
request = function()
  n = n + 1
  return wrk.format("GET", base .. extra .. "&q=" .. queries[(n % #queries) + 1])
end
done = report.done
