// Steps a document written in an older format version up to the current one, saying what changed. A step
// never reinterprets a value: what it cannot carry over faithfully it keeps as it was and says so.
import { SCHEMA_VERSION } from '../schema/documents.js';
import { type IssuePath, issue, type ValidationIssue } from './issues.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Format 1 → 2: evaluations gained instruments; a format-1 evaluation stays on the old 0–5 scale. */
function from1(doc: Record<string, unknown>): { value: Record<string, unknown>; notices: ValidationIssue[] } {
  const notices: ValidationIssue[] = [
    issue(
      ['schemaVersion'],
      'schema-migrated',
      'Dokumen format versi 1 dibaca sebagai versi 2. Yang berubah: evaluasi tahunan kini mengikuti instrumen kementerian (nilai per pertanyaan 1–4, 0 = tidak dievaluasi; bobot per tahun), dan ada dokumen penilaian mandiri (smartcity.self-assessment). Simpan ulang dokumen untuk menulis versi 2.',
      "A format-1 document was read as format 2. What changed: the yearly evaluation now follows the ministry's instruments (each question valued 1–4, 0 = not evaluated; weights by year), and there is a self-assessment document (smartcity.self-assessment). Save the document again to write format 2.",
    ),
  ];
  const evaluationPaths: IssuePath[] = [];
  if (Array.isArray(doc.evaluations))
    doc.evaluations.forEach((e, i) => {
      if (isObject(e)) evaluationPaths.push(['evaluations', i]);
    });
  if (isObject(doc.evaluation)) evaluationPaths.push(['evaluation']);
  for (const path of evaluationPaths)
    notices.push(
      issue(
        path,
        'schema-migrated',
        'Evaluasi ini memakai skala lama 0–5 dan set bobot kerangka. Skornya dibaca apa adanya, tidak dikonversi ke skala instrumen 1–4: indeksnya tetap dihitung dengan bobot kerangka dan tidak sebanding dengan indeks instrumen. Untuk memakai instrumen kementerian, isi "instrument" (mis. gmsc-2022) dan skor 1–4.',
        "This evaluation uses the old 0–5 scale and the framework's weight sets. Its scores are read as they are, not converted to the instruments' 1–4 scale: its index is still computed with the framework's weights and is not comparable with an instrument's index. To use the ministry's instrument, set \"instrument\" (e.g. gmsc-2022) and 1–4 scores.",
      ),
    );
  return { value: { ...doc, schemaVersion: 2 }, notices };
}

const STEPS: Record<number, (doc: Record<string, unknown>) => ReturnType<typeof from1>> = { 1: from1 };

/**
 * Steps a document (an object whose `schemaVersion` is an older supported version) up to `SCHEMA_VERSION`,
 * with a notice for every change a reader should know of. Returns `undefined` for a version no step starts
 * from. The input is not modified.
 */
export function migrateDocument(
  doc: Record<string, unknown>,
): { value: Record<string, unknown>; notices: ValidationIssue[] } | undefined {
  let value = doc;
  const notices: ValidationIssue[] = [];
  let v = doc.schemaVersion;
  while (typeof v === 'number' && v < SCHEMA_VERSION) {
    const step = STEPS[v];
    if (!step) return undefined;
    const r = step(value);
    value = r.value;
    notices.push(...r.notices);
    v = value.schemaVersion;
  }
  return v === SCHEMA_VERSION ? { value, notices } : undefined;
}
