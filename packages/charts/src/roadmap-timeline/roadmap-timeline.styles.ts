import { css } from 'lit';

/** Styles specific to `<sc-roadmap-timeline>` (the shared chart styles come first). */
export const roadmapTimelineStyles = css`
  :host {
    max-width: var(--sc-roadmap-timeline-max-width, none);
  }
`;
