export type { BenchmarkRow, BenchmarkStats, BenchmarkStripData } from './benchmark-strip.config.js';
export { ScBenchmarkStrip } from './benchmark-strip.js';
export type { BenchmarkPointDetail } from './geometry.js';
