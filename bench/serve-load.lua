-- wrk script of bench/serve-load: a mix of what the web page asks, at random
-- (searches with and without filters and facets, sorted, paged, suggestions, entries, stats, the page itself)
local paths = {
  "/api/search?q=trafficking",
  "/api/search?q=refugees+children&filter=kind:practice",
  "/api/search?q=early+warning&filter=region:Africa",
  "/api/search?q=disaster&sort=year_desc&page=2",
  "/api/search?q=protecion+of+migrnats",
  "/api/search?q=&filter=kind:resource&year=2010..2020",
  "/api/search?q=health+coordination&size=20",
  "/api/suggest?q=tra",
  "/api/suggest?q=gov",
  "/api/stats",
  "/health",
  "/",
  "/app.js",
}
local ids = {}
for id in string.gmatch(os.getenv("SERVE_LOAD_IDS") or "", "[^ ]+") do
  table.insert(paths, "/api/entries/" .. id)
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
