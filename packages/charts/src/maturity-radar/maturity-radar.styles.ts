import { css } from 'lit';

/** Styles specific to `<sc-maturity-radar>` (the shared chart styles come first). */
export const maturityRadarStyles = css`
  :host {
    max-width: var(--sc-radar-max-width, none);
  }
  .ring-labels text {
    pointer-events: none;
  }
`;
