import { escapeXml as esc } from '@smartcity/charts/svg';
import type { Block, Report, ReportSection } from './model.js';

/** Options of `renderReportHtml`. */
export interface HtmlOptions {
  /** Leave out the `<html>` shell and the style sheet: the `<article>` alone, for a page that has its own. */
  readonly fragment?: boolean;
}

/**
 * The print style sheet: A4 pages, page numbers in the footer (`@page` margin boxes), each chapter on a
 * new page, tables and figures kept whole, and page numbers in the contents through `target-counter()`
 * where the engine supports it (paged-media engines; Chromium prints the contents without them and numbers
 * every page in the footer).
 */
export const REPORT_CSS = `
@page { size: A4; margin: 22mm 18mm 20mm 22mm;
  @bottom-right { content: counter(page); font: 9pt "Noto Sans", Arial, sans-serif; color: #555; } }
@page :first { @bottom-right { content: none; } }
.sc-report { font: 11pt/1.45 "Noto Sans", Arial, sans-serif; color: #111; max-width: 170mm; margin: 0 auto; }
.sc-report h1, .sc-report h2, .sc-report h3, .sc-report h4 { font-family: "Noto Sans", Arial, sans-serif; line-height: 1.25; break-after: avoid; }
.sc-report h1 { font-size: 20pt; margin: 0 0 8mm; }
.sc-report h2 { font-size: 14pt; margin: 7mm 0 3mm; }
.sc-report h3 { font-size: 12pt; margin: 5mm 0 2mm; }
.sc-report .page { break-before: page; }
.sc-report .cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.sc-report .cover .kicker { text-transform: uppercase; letter-spacing: .12em; color: #555; }
.sc-report .cover .title { font-size: 24pt; font-weight: 700; margin: 6mm 0; }
.sc-report .notice { border-left: 4px solid #b45309; background: #fff7ed; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }
.sc-report .notice.info { border-color: #1d4ed8; background: #eff6ff; }
.sc-report .provenance { font-size: 9pt; color: #444; border-top: 1px solid #ddd; padding-top: 1mm; margin: 2mm 0; }
.sc-report .provenance .mark { font-weight: 700; text-transform: uppercase; font-size: 8pt; letter-spacing: .05em; margin-right: 1.5mm; }
.sc-report table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm; font-size: 9pt; }
.sc-report caption { text-align: left; font-weight: 700; margin-bottom: 1.5mm; caption-side: top; }
.sc-report th, .sc-report td { border: 1px solid #bbb; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
.sc-report thead th { background: #eef2f7; }
.sc-report thead { display: table-header-group; }
.sc-report tr { break-inside: avoid; }
.sc-report td.num, .sc-report th.num { text-align: right; white-space: nowrap; }
.sc-report figure { margin: 4mm 0; break-inside: avoid; text-align: center; }
.sc-report figure svg { max-width: 100%; height: auto; max-height: 150mm; }
.sc-report figcaption { font-size: 9pt; color: #333; margin-top: 1mm; }
.sc-report nav.toc ol { list-style: none; padding: 0; }
.sc-report nav.toc li { display: flex; gap: 2mm; margin: 1.5mm 0; }
.sc-report nav.toc li a { color: inherit; text-decoration: none; flex: 1; display: flex; }
.sc-report nav.toc li a .label { flex: 1; }
.sc-report nav.toc li a::after { content: target-counter(attr(href), page); }
.sc-report .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm 10mm; margin-top: 10mm; }
.sc-report .signature { text-align: center; break-inside: avoid; }
.sc-report .signature .space { height: 22mm; }
.sc-report .signature .name { font-weight: 700; text-decoration: underline; }
.sc-report dl.decree { display: grid; grid-template-columns: 35mm 1fr; gap: 2mm 4mm; }
.sc-report dl.decree dt { font-weight: 700; }
.sc-report dl.decree dd { margin: 0; }
@media screen { .sc-report { padding: 16px; } .sc-report .page { border-top: 1px dashed #ccc; margin-top: 24px; padding-top: 16px; } }
@media screen and (max-width: 640px) { .sc-report table { display: block; overflow-x: auto; } .sc-report .signatures { grid-template-columns: 1fr; } }
`;

function block(b: Block, r: Report, n: { figure: number; table: number }): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'notice':
      return `<p class="notice ${b.tone}" role="note">${esc(b.text)}</p>`;
    case 'provenance':
      return `<p class="provenance" data-status="${esc(b.status)}">${esc(b.text)}</p>`;
    case 'figure':
      n.figure++;
      return `<figure id="fig-${esc(b.id)}">${b.svg}<figcaption>${esc(r.labels.figure)} ${n.figure}. ${esc(b.caption)}</figcaption></figure>`;
    case 'table': {
      n.table++;
      const num = new Set(b.numeric);
      const cls = (i: number) => (num.has(i) ? ' class="num"' : '');
      return `<table id="${esc(b.id)}"><caption>${esc(r.labels.table)} ${n.table}. ${esc(b.caption)}</caption><thead><tr>${b.head
        .map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`)
        .join('')}</tr></thead><tbody>${b.rows
        .map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    }
  }
}

const anchor = (s: ReportSection) => `${s.kind === 'chapter' ? 'bab' : 'lampiran'}-${s.id}`;

/**
 * Renders the report as one self-contained HTML document (inline SVG figures, print CSS): cover, approval
 * page, decree, contents, review notes, chapters and annexes. Every text is escaped.
 */
export function renderReportHtml(r: Report, options: HtmlOptions = {}): string {
  const n = { figure: 0, table: 0 };
  const sections = [...r.chapters, ...r.annexes];
  const parts: string[] = [];
  parts.push(
    `<section class="cover" data-part="cover"><p class="kicker">${esc(r.cover.kicker)}</p><h1 class="title">${esc(r.cover.title)}</h1>${r.cover.lines
      .map((l) => `<p>${esc(l)}</p>`)
      .join(
        '',
      )}${r.cover.illustrative ? `<p class="notice warning">${esc(r.cover.illustrative)}</p>` : ''}</section>`,
  );
  if (r.approval) {
    const a = r.approval;
    parts.push(
      `<section class="page approval" data-part="approval"><h2>${esc(a.title)}</h2><p>${esc(a.statement)}</p>${a.placeAndDate ? `<p>${esc(a.placeAndDate)}</p>` : ''}<div class="signatures">${a.signatories
        .map(
          (s) =>
            `<div class="signature"><p>${esc(s.role)}</p><p>${esc(s.position)}</p><div class="space"></div><p class="name">${esc(s.name)}</p>${s.nip ? `<p>${esc(s.nip)}</p>` : ''}${s.date ? `<p>${esc(s.date)}</p>` : ''}</div>`,
        )
        .join('')}</div></section>`,
    );
  }
  if (r.decree)
    parts.push(
      `<section class="${r.approval ? '' : 'page '}decree" data-part="decree"><h2>${esc(r.decree.title)}</h2><dl class="decree">${r.decree.rows
        .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
        .join('')}</dl></section>`,
    );
  parts.push(
    `<nav class="page toc" aria-label="${esc(r.contentsTitle)}" data-part="contents"><h2>${esc(r.contentsTitle)}</h2><ol><li><a href="#catatan"><span class="label">${esc(r.findingsTitle)}</span></a></li>${sections
      .map((s) => `<li><a href="#${anchor(s)}"><span class="label">${esc(s.heading)}</span></a></li>`)
      .join('')}</ol></nav>`,
  );
  parts.push(
    `<section class="page findings" id="catatan" data-part="findings"><h2>${esc(r.findingsTitle)}</h2>${
      r.findings.length
        ? `<ul>${r.findings.map((f) => `<li class="finding ${f.kind}">${esc(f.text)}</li>`).join('')}</ul>`
        : `<p>${esc(r.labels.noFindings)}</p>`
    }</section>`,
  );
  for (const s of sections)
    parts.push(
      `<section class="page ${s.kind}" id="${anchor(s)}" data-chapter="${esc(s.id)}"><h1>${esc(s.heading)}</h1>${s.blocks
        .map((b) => block(b, r, n))
        .join('')}</section>`,
    );
  const article = `<article class="sc-report" lang="${r.lang}">${parts.join('\n')}</article>`;
  if (options.fragment) return article;
  return `<!doctype html>
<html lang="${r.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${article}
</body>
</html>
`;
}
