import { css } from 'lit';

export const pressReleasesStyles = css`
  .title {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_ct-space);
  }
  label {
    font-weight: 700;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding-block: var(--_ct-space);
    border-block-end: 1px solid var(--_ct-border);
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 3px solid var(--_ct-focus);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: var(--_ct-muted);
  }
  .type {
    font-weight: 700;
  }
  .headline {
    margin-block-end: 0.375em;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.3;
    max-inline-size: 70ch;
  }
  .headline a {
    color: var(--_ct-accent-strong);
  }
  .lead {
    margin: 0 0 0.5em;
    max-inline-size: 70ch;
    overflow-wrap: break-word;
  }
  .full {
    margin-block-start: var(--_ct-space);
  }
  .more {
    margin-block-start: var(--_ct-space);
  }
  .placeholder .short {
    inline-size: 25%;
  }
  @media print {
    button,
    .toolbar {
      display: none;
    }
    .full[hidden] {
      display: none;
    }
  }
`;
