export type { ReportOptions } from './build.js';
export { buildReport } from './build.js';
export type { Contradiction } from './checks.js';
export { planContradictions } from './checks.js';
export type { HtmlOptions } from './html.js';
export { renderReportHtml } from './html.js';
export type {
  ApprovalPage,
  Block,
  DecreePage,
  Report,
  ReportFigure,
  ReportFigures,
  ReportFinding,
  ReportSection,
  ReportTable,
} from './model.js';
