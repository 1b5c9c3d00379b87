// Type-checked in the fresh project (strict, NodeNext, no DOM lib): the types of model, scoring, the
// DOM-free SVG renderers and the CLI's API, as a Node consumer sees them.
import { readFileSync } from 'node:fs';
import { type MaturityRadarData, renderMaturityRadarSvg } from '@smartcity/charts/svg';
import { type Io, run } from '@smartcity/cli';
import {
  createRegistry,
  formatPath,
  GMSC,
  type Masterplan,
  parseFramework,
  parseMasterplan,
  type ValidationIssue,
} from '@smartcity/model';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { type MasterplanScore, scoreMasterplan } from '@smartcity/scoring';

export function radarOf(score: MasterplanScore): MaturityRadarData | undefined {
  const m = score.maturity;
  if (!m) return undefined;
  // noUncheckedIndexedAccess: an index may be undefined.
  const first = m.dimensions[0];
  const firstName: string | undefined = first?.name.en;
  return {
    title: firstName ?? 'Maturity',
    axes: m.dimensions.map((d) => ({ id: d.id, label: d.name.en })),
    min: m.ladder.min,
    max: m.ladder.max,
    series: [
      {
        id: 'current',
        label: String(m.year),
        kind: 'current',
        values: Object.fromEntries(m.dimensions.map((d) => [d.id, d.index])),
      },
    ],
  };
}

export function report(text: string): string {
  const parsed = parseMasterplan(text);
  if (!parsed.ok) {
    const issues: readonly ValidationIssue[] = parsed.issues;
    return issues.map((i) => `${formatPath(i.path)}: ${i.message.en}`).join('\n');
  }
  const plan: Masterplan = parsed.value.document;
  const data = radarOf(scoreMasterplan(plan, parsed.value.framework));
  return data ? renderMaturityRadarSvg(data, { width: 480, lang: 'en' }) : '';
}

report(JSON.stringify(MINAHASA_SAMPLE));
report(readFileSync('sample.json', 'utf8'));

const framework = parseFramework(JSON.parse(JSON.stringify(GMSC)));
if (framework.ok) createRegistry([framework.value]);

const io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  interactive: false,
  cwd: '.',
};
const code: number = await run(['validate', 'sample.json'], io);
void code;

// @ts-expect-error `axes` must be an array of axes: a consumer's mistake is caught.
const wrong: MaturityRadarData = { axes: 'governance', series: [] };
void wrong;
