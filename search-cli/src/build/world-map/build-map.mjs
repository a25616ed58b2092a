// Builds the web page's world map once: country outlines from Natural Earth (npm world-atlas, public domain),
// projected with Natural Earth I into a 960-wide box and written as SVG path data keyed by ISO 3166 alpha-2
// code, the code our country normaliser gives. Run: npm ci && npm run build (the output is committed; the
// page and the jar never need npm). 110m: 174 shapes in ~117 KB; 50m would add small island states at 1 MB.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const scale = process.argv[2] || '110m';
const topo = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
const out = new URL('../../main/resources/web/world.json', import.meta.url);
// Natural Earth shapes without a numeric ISO code; codes as our normaliser gives them
const BY_NAME = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO', 'Indian Ocean Ter.': null, 'Ashmore and Cartier Is.': null,
  'Siachen Glacier': null };

const world = feature(topo, topo.objects.countries);
const land = { type: 'FeatureCollection', features: world.features.filter((f) => f.properties.name !== 'Antarctica') };
const width = 960;
const projection = geoNaturalEarth1().fitWidth(width, land);
const path = geoPath(projection).digits(1);
const height = Math.ceil(path.bounds(land)[1][1]);
const shapes = new Map();
for (const f of land.features) {
  const name = f.properties.name;
  const code = f.id !== undefined ? countries.numericToAlpha2(f.id) : BY_NAME[name];
  if (!code) {
    if (!(name in BY_NAME)) console.error(`warning: no ISO code for ${name} (${f.id}); left out`);
    continue;
  }
  const d = path(f);
  if (!d) continue;
  // a country drawn in parts (Cyprus and Northern Cyprus, Somalia and Somaliland) is one shape
  const s = shapes.get(code);
  shapes.set(code, s ? { ...s, d: s.d + d } : { code, name: countries.getName(code, 'en') || name, d });
}
const list = [...shapes.values()].sort((a, b) => a.code.localeCompare(b.code));
const json = JSON.stringify({ source: `Natural Earth ${scale} via world-atlas (public domain)`, width, height, countries: list });
writeFileSync(out, json + '\n');
console.error(`wrote ${list.length} countries, ${json.length} bytes to ${out.pathname}`);
