import { describe, expect, it } from 'vitest';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import type { MasterplanInput } from '../schema/documents.js';
import { parseMasterplan } from './parse.js';

const base = (): MasterplanInput => structuredClone(MINAHASA_SAMPLE);

describe('fields a reviewer needs: narrative, approval page, adoption decree', () => {
  it('reads the sample with its narrative, approval page and decree title', () => {
    const r = parseMasterplan(base());
    expect(r.issues).toEqual([]);
    if (!r.ok) return;
    expect(r.value.document.narrative?.chapters.profile).toMatch(/Tondano/);
    expect(r.value.document.narrative?.dimensions.governance).toBeTruthy();
    expect(r.value.document.approval?.signatories.length).toBeGreaterThan(0);
    expect(r.value.document.adoption?.title).toMatch(/Masterplan/);
  });

  it('keeps documents without them valid (the fields are optional)', () => {
    const doc = base();
    delete doc.narrative;
    delete doc.approval;
    if (doc.adoption) delete doc.adoption.title;
    expect(parseMasterplan(doc).issues).toEqual([]);
  });

  it('refuses narrative for a chapter or dimension the framework does not have, naming the place', () => {
    const doc = base();
    doc.narrative = { chapters: { preface: 'x' }, dimensions: { 'smart-weather': 'y' } };
    const r = parseMasterplan(doc);
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('narrative.chapters.preface');
    expect(paths).toContain('narrative.dimensions.smart-weather');
    expect(r.issues.find((i) => i.path.join('.') === 'narrative.chapters.preface')?.message.en).toMatch(
      /report chapter "preface"/,
    );
  });

  it('refuses a signatory without a position and a malformed signing date', () => {
    const doc = base();
    doc.approval = { date: '2022-13-40', signatories: [{ name: 'A' } as never] };
    const r = parseMasterplan(doc);
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('approval.date');
    expect(paths).toContain('approval.signatories.0.position');
  });
});
