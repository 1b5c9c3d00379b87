import type { WorkingDoc } from './document.js';

/** The project a first run starts with: the bundled Kabupaten Minahasa sample (illustrative figures). */
export async function seedDocument(): Promise<WorkingDoc> {
  const [{ parseMasterplan, createMasterplan }, { MINAHASA_SAMPLE }] = await Promise.all([
    import('@smartcity/model'),
    import('@smartcity/model/samples'),
  ]);
  const r = parseMasterplan(MINAHASA_SAMPLE);
  const doc = r.ok ? r.value.document : createMasterplan('71.02');
  return JSON.parse(JSON.stringify(doc)) as WorkingDoc;
}
