-- An editor's work: create a draft, then publish it; alternates between the two requests.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local report = require("report")
local f = io.open(os.getenv("TOKEN_FILE")); local token = f:read("*a"); f:close()
local organisation = os.getenv("ORGANISATION_ID")
local pending = nil
local counter = 0
local body = [[{"organisationId":"%s","type":"WORK_TRIAL","title":{"fi":"Kuormitustesti %d: kahvila"},
"summary":{"fi":"Asiakaspalvelua ja leivontaa."},"municipalityCodes":["167"],"targetGroups":["YOUTH"],
"languages":["fi"],"deliveryMode":"ONSITE","capacityTotal":2,"capacityAvailable":2,
"contact":{"role":"Työvalmentaja","email":"kuorma@example.fi"}}]]
request = function()
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if pending then
    local path = "/api/v1/opportunities/" .. pending .. "/publish"
    pending = nil
    return wrk.format("POST", path, headers, "")
  end
  counter = counter + 1
  return wrk.format("POST", "/api/v1/opportunities", headers, string.format(body, organisation, counter))
end
response = function(status, headers, body)
  if status == 201 then
    pending = body:match('"id":"([0-9a-f%-]+)"')
  end
end
done = report.done
