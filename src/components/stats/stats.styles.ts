import { css } from 'lit';

export const statsStyles = css`
  :host {
    --_stats-min-column: var(--ct-stats-min-column, 11em);
    /* A container, so the grid answers to the element's own width, not the window's. */
    container-type: inline-size;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_stats-min-column)), 1fr));
    gap: var(--_ct-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: var(--_ct-space);
    border-block-start: 0.25em solid var(--_ct-accent);
    border-radius: var(--_ct-radius);
    background: var(--ct-stats-figure-background, var(--_ct-surface-raised));
    min-inline-size: 0;
  }
  .value {
    font-size: var(--ct-stats-value-size, 2.25em);
    font-weight: 700;
    line-height: 1.1;
    color: var(--ct-stats-value-color, var(--_ct-accent-strong));
    font-variant-numeric: tabular-nums;
    overflow-wrap: break-word; /* "More than 1,000", "Plus de 1 000": words, not only digits */
  }
  .label {
    font-weight: 500;
    overflow-wrap: break-word; /* prose: whole words, hyphenated where the browser can (tokens.ts) */
  }
  .source {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    font-size: 0.875em;
    color: var(--_ct-muted);
  }
  .source a {
    color: inherit;
  }
  .placeholder {
    animation: ct-pulse 1.5s ease-in-out infinite alternate;
  }
  .placeholder .figure {
    border-block-start-color: var(--_ct-border);
  }
  @container (max-width: 20em) {
    .value {
      font-size: calc(var(--ct-stats-value-size, 2.25em) * 0.8);
    }
  }
  @media print {
    .figure {
      break-inside: avoid;
      background: none;
      border: 1px solid #000;
    }
  }
`;
