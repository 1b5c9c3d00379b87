import { css } from 'lit';

/** Styles specific to `<sc-maturity-heatmap>` (the shared chart styles come first). */
export const maturityHeatmapStyles = css`
  :host {
    contain-intrinsic-size: auto 720px;
  }
  .point.area:focus-visible,
  .point.area.active:focus {
    outline-offset: 0;
    border-radius: 1px;
  }
  .groups text { font-weight: 600; }
`;
