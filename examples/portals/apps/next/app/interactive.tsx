'use client';
// A client component: typed events into React state, and export through a ref.
import type { MaturityRadarData, ScMaturityRadar } from '@smartcity/charts';
import { MaturityRadar } from '@smartcity/charts/react';
import { useRef, useState } from 'react';

export function Interactive({ data }: { data: MaturityRadarData }) {
  const ref = useRef<ScMaturityRadar>(null);
  const [selected, setSelected] = useState('');
  const [axis, setAxis] = useState('');
  const [exported, setExported] = useState('');
  return (
    <section>
      <MaturityRadar
        ref={ref}
        data={data}
        onPointSelect={(e) => {
          const d = e.detail; // RadarPointDetail
          setSelected(`${d.axisId}/${d.seriesId}: ${d.value}`);
        }}
        onAxisSelect={(e) => setAxis(e.detail.axisId)}
      />
      <p data-testid="selected">{selected}</p>
      <p data-testid="axis">{axis}</p>
      <button
        type="button"
        onClick={async () => {
          const svg = ref.current!.toSVG();
          const png = await ref.current!.toPNG({ scale: 2 });
          setExported(`${svg.length} ${png.type} ${png.size}`);
        }}
      >
        Ekspor
      </button>
      <p data-testid="exported">{exported}</p>
    </section>
  );
}
