import { css } from 'lit';

/** Styles specific to `<sc-quickwin-matrix>` (the shared chart styles come first). */
export const quickwinMatrixStyles = css`
  :host {
    max-width: var(--sc-quickwin-matrix-max-width, none);
  }
`;
