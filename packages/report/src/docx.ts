import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { Block, Report, ReportFigure, ReportSection, ReportTable } from './model.js';
import { svgToPng } from './png.js';

/** Options of `renderReportDocx`. */
export interface DocxOptions {
  /** Draws a figure's PNG fallback (default: `@resvg/resvg-js`); pass another to draw elsewhere. */
  readonly png?: (svg: string, width: number) => Uint8Array;
}

const FONT = 'Noto Sans';
/** Text width of an A4 page with the margins below, in px at 96 dpi (for figure sizes). */
const TEXT_WIDTH_PX = 600;
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1247, right: 1020, bottom: 1134, left: 1247 };

const text = (t: string, extra: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({ text: t, font: FONT, ...extra });

function heading(t: string, level: 1 | 2 | 3, pageBreak = false, bookmark?: string): Paragraph {
  const h =
    level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const children = bookmark ? [new Bookmark({ id: bookmark, children: [text(t)] })] : [text(t)];
  return new Paragraph({ heading: h, pageBreakBefore: pageBreak, children, keepNext: true });
}

/** A contents line: the heading, a dotted tab and a PAGEREF field to the heading's bookmark. */
function contentsLine(t: string, bookmark: string): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: A4.width - MARGIN.left - MARGIN.right, leader: 'dot' }],
    spacing: { after: 80 },
    children: [
      text(t),
      new TextRun({ children: [new Tab()] }),
      new PageReference(bookmark, { hyperlink: true }),
    ],
  });
}

const para = (t: string, opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    children: [text(t)],
    spacing: { after: 120 },
    ...(opts.align ? { alignment: opts.align } : {}),
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };

function table(t: ReportTable, n: number, label: string): (Paragraph | Table)[] {
  const num = new Set(t.numeric);
  // Column widths follow the text they hold (longest word at least, mean length weighted), so a KPI
  // column gets room and a year column does not.
  const total = A4.width - MARGIN.left - MARGIN.right;
  // Each column first gets its longest word (about 95 twips a character at 8.5 pt, plus padding), the rest
  // of the line is shared by how much longer than that its texts are on average.
  const CHAR = 95;
  const stats = t.head.map((h, i) => {
    const cells = [h, ...t.rows.map((r) => r[i] ?? '')];
    const mean = cells.reduce((a, c) => a + c.length, 0) / cells.length;
    const word = Math.max(3, ...cells.flatMap((c) => c.split(/\s+/).map((w) => w.length)));
    return { min: Math.min(word * CHAR + 200, total / 3), extra: Math.max(0, mean - word) };
  });
  const base = stats.reduce((a, c) => a + c.min, 0);
  const extra = stats.reduce((a, c) => a + c.extra, 0);
  const left = Math.max(0, total - base);
  const widths = stats.map((c) =>
    Math.round(
      base > total
        ? (c.min / base) * total
        : c.min + (extra > 0 ? (c.extra / extra) * left : left / stats.length),
    ),
  );
  const cell = (c: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: num.has(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [text(c, { bold: head, size: 17 })],
        }),
      ],
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [text(`${label} ${n}. ${t.caption}`, { bold: true, size: 18 })],
    }),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: t.head.map((h, i) => cell(h, i, true)),
        }),
        ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
      ],
    }),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  ];
}

function figure(
  f: ReportFigure,
  n: number,
  label: string,
  png: NonNullable<DocxOptions['png']>,
): Paragraph[] {
  const scale = Math.min(1, TEXT_WIDTH_PX / f.width, 560 / f.height);
  const transformation = { width: Math.round(f.width * scale), height: Math.round(f.height * scale) };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(f.svg),
          transformation,
          fallback: { type: 'png', data: png(f.svg, f.width) },
          altText: { name: f.id, title: f.caption, description: f.caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [text(`${label} ${n}. ${f.caption}`, { size: 18, italics: true })],
    }),
  ];
}

function blocks(
  list: readonly Block[],
  r: Report,
  n: { figure: number; table: number; list: number },
  png: NonNullable<DocxOptions['png']>,
) {
  const out: (Paragraph | Table)[] = [];
  for (const b of list)
    switch (b.kind) {
      case 'heading':
        out.push(heading(b.text, b.level));
        break;
      case 'paragraph':
        out.push(para(b.text));
        break;
      case 'list':
        n.list++;
        for (const item of b.items)
          out.push(
            new Paragraph({
              children: [text(item)],
              ...(b.ordered
                ? {
                    numbering: {
                      reference: 'ordered',
                      level: 0,
                      instance: n.list,
                    },
                  }
                : { bullet: { level: 0 } }),
              spacing: { after: 60 },
            }),
          );
        break;
      case 'notice':
        out.push(
          new Paragraph({
            border: {
              left: {
                style: BorderStyle.SINGLE,
                size: 24,
                color: b.tone === 'warning' ? 'B45309' : '1D4ED8',
                space: 6,
              },
            },
            shading: {
              type: ShadingType.CLEAR,
              fill: b.tone === 'warning' ? 'FFF7ED' : 'EFF6FF',
              color: 'auto',
            },
            spacing: { before: 80, after: 120 },
            children: [text(b.text)],
          }),
        );
        break;
      case 'provenance':
        out.push(
          new Paragraph({ spacing: { after: 120 }, children: [text(b.text, { size: 16, color: '444444' })] }),
        );
        break;
      case 'figure':
        n.figure++;
        out.push(...figure(b, n.figure, r.labels.figure, png));
        break;
      case 'table':
        n.table++;
        out.push(...table(b, n.table, r.labels.table));
        break;
    }
  return out;
}

/**
 * Renders the report as a Word document (.docx): cover, approval page, decree, a real table-of-contents
 * field over the chapter headings (Word fills in page numbers; the document asks it to update fields on
 * opening), review notes, chapters and annexes with Word headings, tables with a repeated header row, and
 * figures as SVG with a PNG fallback. Page numbers in the footer.
 */
export async function renderReportDocx(r: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const png = options.png ?? svgToPng;
  const n = { figure: 0, table: 0, list: 0 };
  const children: (Paragraph | Table | TableOfContents)[] = [];
  // Cover.
  children.push(
    new Paragraph({
      spacing: { before: 3000, after: 200 },
      alignment: AlignmentType.CENTER,
      children: [text(r.cover.kicker.toUpperCase(), { size: 22, color: '555555' })],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [text(r.cover.title, { bold: true, size: 48 })],
    }),
    ...r.cover.lines.map((l) => para(l, { align: AlignmentType.CENTER })),
  );
  if (r.cover.illustrative) children.push(para(r.cover.illustrative, { align: AlignmentType.CENTER }));
  if (r.approval) {
    const a = r.approval;
    children.push(
      new Paragraph({
        pageBreakBefore: true,
        alignment: AlignmentType.CENTER,
        spacing: { after: 300 },
        children: [text(a.title.toUpperCase(), { bold: true, size: 28 })],
      }),
      para(a.statement),
    );
    if (a.placeAndDate) children.push(para(a.placeAndDate, { align: AlignmentType.RIGHT }));
    // Two signatures a row; the names in a row of their own, so they line up whatever the positions' length.
    const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
    const cell = (children: Paragraph[]) =>
      new TableCell({ borders, width: { size: 50, type: WidthType.PERCENTAGE }, children });
    const center = (t: string) => para(t, { align: AlignmentType.CENTER });
    const rows: TableRow[] = [];
    for (let i = 0; i < a.signatories.length; i += 2) {
      const pair = a.signatories.slice(i, i + 2);
      const pad = pair.length < 2 ? [cell([center('')])] : [];
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [...pair.map((s) => cell([center(s.role), center(s.position)])), ...pad],
        }),
        new TableRow({
          cantSplit: true,
          children: [
            ...pair.map((s) =>
              cell([
                new Paragraph({
                  spacing: { before: 1100 },
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: s.name, font: FONT, bold: true, underline: {} })],
                }),
                ...(s.nip ? [center(s.nip)] : []),
                ...(s.date ? [center(s.date)] : []),
              ]),
            ),
            ...pad,
          ],
        }),
      );
    }
    if (rows.length) children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
  }
  if (r.decree) {
    children.push(heading(r.decree.title, 2, !r.approval));
    for (const [k, v] of r.decree.rows)
      children.push(
        new Paragraph({ spacing: { after: 80 }, children: [text(`${k}: `, { bold: true }), text(v)] }),
      );
  }
  // Contents: a TOC field over the Heading 1 paragraphs. Its cached result lists every heading with a
  // PAGEREF field to the heading's bookmark; Word rebuilds the field when it opens (the document asks it to
  // update fields), LibreOffice on Tools › Update › Update All.
  const sections: readonly ReportSection[] = [...r.chapters, ...r.annexes];
  const marks = sections.map((_, i) => `_Toc_sc_${i + 1}`);
  children.push(
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [text(r.contentsTitle, { bold: true, size: 32 })],
    }),
    new TableOfContents(r.contentsTitle, {
      hyperlink: true,
      headingStyleRange: '1-1',
      contentChildren: [
        contentsLine(r.findingsTitle, '_Toc_sc_0'),
        ...sections.map((s, i) => contentsLine(s.heading, marks[i] ?? '')),
      ],
    }),
  );
  children.push(heading(r.findingsTitle, 1, true, '_Toc_sc_0'));
  if (r.findings.length)
    for (const f of r.findings)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [text(f.text)] }));
  else children.push(para(r.labels.noFindings));
  sections.forEach((s, i) => {
    children.push(heading(s.heading, 1, true, marks[i]));
    children.push(...blocks(s.blocks, r, n, png));
  });
  const doc = new Document({
    title: r.title,
    creator: 'smartcity',
    description: r.cover.kicker,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: FONT, size: 21 } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 32, bold: true, color: '1F2937' },
          paragraph: { spacing: { before: 240, after: 200 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 26, bold: true, color: '1F2937' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: 'Heading3',
          name: 'Heading 3',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 23, bold: true, color: '374151' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN }, titlePage: true },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ font: FONT, size: 18, children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  return markTableOfContents(new Uint8Array(await Packer.toBuffer(doc)), r.contentsTitle);
}

/**
 * Marks the contents' structured-document tag as a table of contents (`docPartGallery`), as Word writes
 * it: Word and LibreOffice then treat the TOC field as an index instead of printing its field code.
 */
async function markTableOfContents(bytes: Uint8Array, alias: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  const escaped = alias.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const marked = xml.replace(
    `<w:sdtPr><w:alias w:val="${escaped}"/></w:sdtPr>`,
    `<w:sdtPr><w:alias w:val="${escaped}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>`,
  );
  zip.file('word/document.xml', marked);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
