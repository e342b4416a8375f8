import { css } from 'lit';

/** The title and intro text that open a section-like element (figures, messages, speakers, timeline). */
export const sectionHeaderStyles = css`
  .title {
    margin: 0 0 calc(var(--_ct-space) * 0.75);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .description {
    margin: 0 0 var(--_ct-space);
    color: var(--_ct-muted);
    max-inline-size: 70ch;
  }
`;
