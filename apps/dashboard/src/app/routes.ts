import type { TemplateResult } from 'lit';
import type { Messages } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

/** What a page module exports: a view of the store the shell receives through `storeContext`. */
export interface PageModule {
  render(store: Store): TemplateResult;
}

export interface Route {
  /** Hash path without `#/`. */
  id: string;
  /** Step number in the masterplan workflow (1–9); absent for the project list and the national view. */
  step?: number;
  /** The Bimtek round the step belongs to. */
  bimtek?: string;
  label: (m: Messages) => string;
  load: () => Promise<PageModule>;
}

export const ROUTES: readonly Route[] = [
  { id: 'profil', step: 1, bimtek: 'I', label: (m) => m.profile, load: () => import('../pages/profile.js') },
  {
    id: 'kesiapan',
    step: 2,
    bimtek: 'I',
    label: (m) => m.readiness,
    load: () => import('../pages/readiness.js'),
  },
  {
    id: 'kematangan',
    step: 3,
    bimtek: 'I',
    label: (m) => m.maturity,
    load: () => import('../pages/maturity.js'),
  },
  {
    id: 'program',
    step: 4,
    bimtek: 'II–III',
    label: (m) => m.programmes,
    load: () => import('../pages/programmes.js'),
  },
  {
    id: 'quick-win',
    step: 5,
    bimtek: 'IV',
    label: (m) => m.quickWins,
    load: () => import('../pages/quickwins.js'),
  },
  {
    id: 'literasi',
    step: 6,
    bimtek: 'IV',
    label: (m) => m.literacy,
    load: () => import('../pages/literacy.js'),
  },
  { id: 'laporan', step: 7, label: (m) => m.report, load: () => import('../pages/report.js') },
  { id: 'evaluasi', step: 8, label: (m) => m.evaluation, load: () => import('../pages/evaluation.js') },
  { id: 'monitoring', step: 9, label: (m) => m.monitoring, load: () => import('../pages/monitoring.js') },
  { id: 'nasional', label: (m) => m.national, load: () => import('../pages/national.js') },
  { id: 'proyek', label: (m) => m.projects, load: () => import('../pages/projects.js') },
];

export const DEFAULT_ROUTE = 'profil';

/** The route named by the location hash (`#/kesiapan`), or undefined for an unknown one. */
export function routeFromHash(hash: string): Route | undefined {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] || DEFAULT_ROUTE;
  return ROUTES.find((r) => r.id === id);
}
