// Runs in a fresh project that installed the packed tarballs: plain Node ESM, no DOM, no build step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderMaturityRadarSvg } from '@smartcity/charts/svg';
import { parseMasterplan } from '@smartcity/model';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { scoreMasterplan } from '@smartcity/scoring';

const require = createRequire(import.meta.url);
const samplePath = require.resolve('@smartcity/model/samples/minahasa.json');
const parsed = parseMasterplan(readFileSync(samplePath, 'utf8'));
if (!parsed.ok) throw new Error(`sample invalid: ${JSON.stringify(parsed.issues)}`);
const { document: plan, framework } = parsed.value;
const fromModule = parseMasterplan(MINAHASA_SAMPLE);

const score = scoreMasterplan(plan, framework);
const maturity = score.maturity;
const svg = renderMaturityRadarSvg(
  {
    title: `${plan.region.name} ${maturity.year}`,
    axes: maturity.dimensions.map((d) => ({ id: d.id, label: d.name.id })),
    series: [
      {
        id: 'current',
        label: 'Saat ini',
        kind: 'current',
        values: Object.fromEntries(maturity.dimensions.map((d) => [d.id, d.index])),
      },
    ],
  },
  { width: 480 },
);

console.log(
  JSON.stringify({
    samplePath,
    region: plan.region.name,
    sameAsModule: fromModule.ok && JSON.stringify(fromModule.value.document) === JSON.stringify(plan),
    year: maturity.year,
    index: maturity.indexRounded,
    dimensions: maturity.dimensions.length,
    svg,
    dom: typeof globalThis.document !== 'undefined' || typeof globalThis.HTMLElement !== 'undefined',
  }),
);
