import { css } from 'lit';

/** Styles specific to `<sc-benchmark-strip>` (the shared chart styles come first). */
export const benchmarkStripStyles = css`
  :host {
    max-width: var(--sc-benchmark-strip-max-width, none);
  }
`;
