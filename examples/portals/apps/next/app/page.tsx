// A server component: it renders the five React components (client components from
// @smartcity/charts/react) with plain data, and a static SVG drawn on the server.
import { BenchmarkStrip, QuickwinMatrix, ReadinessBars, RoadmapTimeline } from '@smartcity/charts/react';
import { renderMaturityRadarSvg } from '@smartcity/charts/svg';
import { bars, matrix, radar, strip, timeline } from '../../shared/data';
import { Interactive } from './interactive';

export default function Page() {
  const svg = renderMaturityRadarSvg(radar, { width: 360, captions: true });
  return (
    <main>
      <h1>Portal Smart City</h1>
      <Interactive data={radar} />
      <ReadinessBars data={bars} />
      <QuickwinMatrix data={matrix} />
      <RoadmapTimeline data={timeline} />
      <BenchmarkStrip data={strip} />
      <h2>SVG dari server</h2>
      <div data-testid="server-svg" dangerouslySetInnerHTML={{ __html: svg }} />
    </main>
  );
}
