import { parseMasterplan } from '@smartcity/model';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { formatDecimal } from '@smartcity/scoring/format';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from './docx.js';
import { buildReport } from './index.js';

const parsed = parseMasterplan(structuredClone(MINAHASA_SAMPLE));
if (!parsed.ok) throw new Error('sample invalid');
const report = buildReport(parsed.value.document, parsed.value.framework, { lang: 'id' });
const bytes = await renderReportDocx(report);
const zip = await JSZip.loadAsync(bytes);
const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';

describe('renderReportDocx', () => {
  it('writes a zip with a Word document part', () => {
    expect(bytes[0]).toBe(0x50); // "PK"
    expect(bytes[1]).toBe(0x4b);
    expect(xml).toContain('<w:document');
  });

  it('has a real table-of-contents field and asks Word to update fields', async () => {
    expect(xml).toMatch(/TOC \\h \\o &quot;1-1&quot;/);
    const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
    expect(settings).toContain('w:updateFields');
  });

  it('has every chapter and annex as a Heading 1, and the tables', () => {
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
      (m) => m[1],
    );
    for (const s of [...report.chapters, ...report.annexes]) expect(headings).toContain(s.heading);
    const tables = [...report.chapters, ...report.annexes]
      .flatMap((c) => c.blocks)
      .filter((b) => b.kind === 'table');
    // Every report table, plus the signature table of the approval page.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(tables.length + 1);
  });

  it('embeds each figure as SVG with a PNG fallback', () => {
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    const figures = report.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'figure').length;
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(figures);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(figures);
  });

  it('reads back with mammoth: headings, the approval page and the scores', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toMatch(/<h1>(<a id="[^"]+"><\/a>)?Bab III Analisis Kesiapan dan Kematangan<\/h1>/);
    expect(html).toContain('LEMBAR PENGESAHAN');
    expect(html).toContain(parsed.value.document.approval?.signatories[0]?.name);
    const maturity = formatDecimal(report.figures.maturityIndex, 'id', 2);
    expect(html).toContain(`Indeks kematangan ${report.figures.maturityYear}: ${maturity}`);
    expect(html.match(/<table>/g)?.length).toBeGreaterThan(10);
  });
});
