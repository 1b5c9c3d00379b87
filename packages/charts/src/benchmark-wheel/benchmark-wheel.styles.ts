import { css } from 'lit';

/** Styles specific to `<sc-benchmark-wheel>` (the shared chart styles come first). */
export const benchmarkWheelStyles = css`
  :host {
    max-width: var(--sc-benchmark-wheel-max-width, none);
  }
  .rule-fill { fill: var(--_text); }
  .t-halo-text { fill: var(--_bg); }
`;
