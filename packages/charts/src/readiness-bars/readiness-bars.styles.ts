import { css } from 'lit';

/** Styles specific to `<sc-readiness-bars>` (the shared chart styles come first). */
export const readinessBarsStyles = css`
  :host {
    max-width: var(--sc-readiness-bars-max-width, none);
  }
`;
