import { MaturityRadar } from '@smartcity/charts/react';

// Must not type-check: a number is not radar data, and the detail has no `pillarId`.
export const Bad = () => <MaturityRadar data={123} onPointSelect={(e) => console.log(e.detail.pillarId)} />;
