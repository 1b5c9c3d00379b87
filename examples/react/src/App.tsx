import type { ScPointDetail, SeriesToggleDetail } from '@smartcity/charts';
import { useMemo, useState } from 'react';
import { type Lang, maturityRadar, readinessBars, scoreSample } from './chart-data.ts';

// Scoring is pure and the sample fixed: score once, outside the component.
const score = scoreSample();

const TEXT = {
  id: {
    heading: `Masterplan Smart City ${score.region.name}`,
    note: 'Angka ilustratif dari contoh masterplan yang dibawa @smartcity/model (bukan angka resmi).',
    switchTo: 'English',
    switchLabel: 'Switch the page to English',
    shown: 'Seri yang ditampilkan',
    none: 'tidak ada',
    selected: 'Titik terpilih',
    nothing: 'belum ada — klik sebuah titik pada grafik',
    readiness: 'Kesiapan',
  },
  en: {
    heading: `Smart City Masterplan of ${score.region.name}`,
    note: 'Illustrative figures from the sample masterplan shipped with @smartcity/model (not official).',
    switchTo: 'Bahasa Indonesia',
    switchLabel: 'Ganti bahasa halaman ke Bahasa Indonesia',
    shown: 'Series shown',
    none: 'none',
    selected: 'Selected point',
    nothing: 'none yet — click a point on the chart',
    readiness: 'Readiness',
  },
};

export function App() {
  const [lang, setLang] = useState<Lang>('id');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ScPointDetail | null>(null);
  // A new object only when the language changes: the chart lays out again only then.
  const radar = useMemo(() => maturityRadar(score, lang), [lang]);
  const bars = useMemo(() => readinessBars(score, lang), [lang]);
  const t = TEXT[lang];

  const onToggle = (event: CustomEvent<SeriesToggleDetail>) => {
    const { seriesId, visible } = event.detail;
    setHidden((before) => {
      const next = new Set(before);
      if (visible) next.delete(seriesId);
      else next.add(seriesId);
      return next;
    });
  };

  const shown = radar.series.filter((s) => !hidden.has(s.id)).map((s) => s.label);
  const label = (list: { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label;
  let picked: string = t.nothing;
  if (selected?.chart === 'maturity-radar') {
    picked = `${label(radar.axes, selected.axisId)}, ${label(radar.series, selected.seriesId)}: ${selected.value ?? '—'}`;
  }

  return (
    <main lang={lang}>
      <h1>{t.heading}</h1>
      <p>{t.note}</p>
      <button
        type="button"
        lang={lang === 'id' ? 'en' : 'id'}
        aria-label={t.switchLabel}
        onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
      >
        {t.switchTo}
      </button>
      <sc-maturity-radar
        data={radar}
        onsc-series-toggle={onToggle}
        onsc-point-select={(e) => setSelected(e.detail)}
      />
      <dl aria-live="polite">
        <dt>{t.shown}</dt>
        <dd data-testid="shown">{shown.length ? shown.join(', ') : t.none}</dd>
        <dt>{t.selected}</dt>
        <dd data-testid="selected">{picked}</dd>
      </dl>
      <h2>{t.readiness}</h2>
      <sc-readiness-bars data={bars} />
    </main>
  );
}
